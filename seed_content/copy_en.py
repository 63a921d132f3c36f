"""The seed site's English copy: its words only, under the ids ``structure`` names.

Written for patients and families, at a US school grade of 8 or lower. Rich text is
HTML (``<p>``, ``<ul>``, ``<b>``), as the editor's rich text fields store it.
``seed_content.assemble`` joins these words with ``structure`` and stops the load if
a word the structure needs is missing here, or a word here is not used. The form
fields' English wording is the forms' defaults, in ``appointments.default_fields``.
"""

from seed_content.structure import RETENTION_MONTHS

# Hospital settings' translated fields (structure.TRANSLATED_SETTINGS).
SETTINGS = {
    "disclaimer": (
        "This website shows advertising to help support our non-profit mission. The hospital does "
        "not endorse any products or services other than its own."
    ),
    "medical_disclaimer": (
        "This page gives general information, not medical advice. Talk with your care team about "
        "your own health and treatment."
    ),
}

# Each source's citation, as statistics cite it (structure.STATISTICS names the source).
SOURCES = {
    "cleveland-clinic": (
        "Cleveland Clinic, “Stereotactic Spinal Radiosurgery” (patient information)"
    ),
}

# Each figure in full: value, then measure, read as one sentence.
STATISTICS = {
    "cancer_diagnoses": {
        "value": "More than 1 million",
        "measure": "people in the United States are diagnosed with cancer each year.",
    },
    "skeletal_metastases": {
        "value": "70%",
        "measure": (
            "of people diagnosed with cancer also get cancer that spreads to the bones (skeletal "
            "metastases)."
        ),
    },
    "spine_rank": {
        "value": "The spine",
        "measure": "is the third most common place in the skeleton for these tumors to grow.",
    },
    "pain_relief": {
        "value": "More than 80%",
        "measure": "of patients get pain relief after spinal radiosurgery.",
    },
    "relief_timing": {
        "value": "A few days to a few weeks",
        "measure": "is how soon pain relief often starts after spinal radiosurgery.",
    },
    "sessions": {
        "value": "1 visit",
        "measure": "can be all the treatment some people need, and they go home the same day.",
    },
    "recovery_time": {
        "value": "No recovery time",
        "measure": "is usually needed, because there is no cut and no hospital stay.",
    },
}

# The words of the blocks several pages share (structure.SHARED).
SHARED = {
    "urgent-symptoms": {
        "title": "Get help now if you have any of these",
        "text": (
            "<ul>"
            "<li>new back or neck pain, or pain that is getting worse, mostly at night or when "
            "you lie down</li>"
            "<li>numbness, tingling or weakness in your legs or arms</li>"
            "<li>feeling unsteady on your feet, or trouble walking</li>"
            "<li>trouble controlling your bladder or bowels, or numbness around your buttocks</li>"
            "</ul>"
            "<p>These can be signs that a tumor is pressing on your spinal cord or nerves. This "
            "is an emergency. Do not wait for your next visit. Call your care team’s urgent "
            "number now, or call 911.</p>"
        ),
    },
    "how-it-works-drawing": {
        "alt_text": (
            "Drawing of a bone of the spine with a tumor on it, next to the spinal cord. Many "
            "thin beams of radiation come from different sides and meet at the tumor."
        ),
        "caption": (
            "Many thin beams meet at the tumor. Together they give it a strong dose. The spinal "
            "cord close by gets only a low dose."
        ),
        "description": (
            "The drawing shows one bone of the spine, seen from above, as if the body were cut "
            "across. The round front part of the bone has a tumor on it. Just behind the tumor, "
            "in a ring of bone, is the spinal cord. Eight thin beams of radiation come from "
            "different sides. They all meet at the tumor, so the tumor gets a high dose. Each "
            "beam on its own is weak. No beam is aimed at the spinal cord, so it gets only a low "
            "dose."
        ),
    },
}

# Each page's words, under its key in structure.PAGES; ``body`` holds its blocks' words.
PAGES = {
    "home": {
        "title": "Brain and spine tumor care",
        "slug": "home",
        "summary": (
            "Our center cares for people with tumors of the brain and spine. Learn about our "
            "programs, what to expect and how to get an appointment."
        ),
    },
    "program": {
        "title": "Stereotactic Spinal Radiosurgery Program",
        "slug": "spinal-radiosurgery",
        "summary": (
            "Spinal radiosurgery aims strong, precise radiation at tumors in the spine. It can "
            "ease pain without surgery. It can take as few as one visit, and you go home the same "
            "day."
        ),
        "indications_heading": "Who this treatment can help",
        "body_location": "Spine",
        "how_performed": (
            "Many thin beams of radiation are aimed from different angles so they meet at the "
            "tumor. Scans and a mold that keeps you still guide the aim. You do not need a cut."
        ),
        "follow_up": (
            "Check-ups and scans with your care team in the weeks and months after treatment."
        ),
        "appointment_heading": "How to get an appointment",
        "appointment_text": (
            "You, a family member or your doctor can call us or ask for an appointment online. "
            "Our team can answer your questions and help you with the next steps."
        ),
        "body": {
            "what-it-is": "What it is and who it can help",
            "what-it-is-text": (
                "<p><b>Stereotactic spinal radiosurgery</b> is a kind of radiation treatment for "
                "tumors in the spine. It aims a high dose of radiation at the tumor with great "
                "care. There is no cut, and you go home the same day.</p>"
                "<p>It is used most often for cancer that has spread to the bones of the spine. "
                "Doctors call these tumors <b>spinal metastases</b>. The goals are pain relief "
                "and tumor control. Tumor control means keeping the tumor from growing.</p>"
                "<p>Radiosurgery can also treat tumors that are not cancer (benign). It can be "
                "used on its own, or added to another treatment such as surgery. Our hospital is "
                "one of a small number of centers in the country that offer it.</p>"
                "<p>If spinal tumors are not treated, they can make the spine weak. They can also "
                "press on the spinal cord or nerves. This can cause bad pain, loss of feeling or "
                "strength, and even paralysis. This is why it helps to treat them early.</p>"
            ),
            "how-it-works": "How it works",
            "how-it-works-text": (
                "<p>“Stereotactic” means the team uses 3D pictures of your body to find the exact "
                "spot to treat. The name has the word “surgery” in it, but there is no cut.</p>"
                "<p>Many beams of radiation come from outside the body and meet at the tumor. So "
                "the tumor gets a strong dose. The spinal cord and nerves close by get only a low "
                "dose.</p>"
            ),
            "compared": "How it compares with other treatments",
            "compared-text": (
                "<p>There are a few main ways to treat spinal tumors and the pain they cause. "
                "Many people get more than one. Your care team can tell you which options fit "
                "you.</p>"
            ),
            "compared-table": {
                "caption": "Ways to treat spinal tumors and the pain they cause",
                "option_heading": "Treatment",
                "columns": {
                    "what-it-is": "What it is",
                    "what-it-involves": "What it involves",
                },
                "rows": {
                    "medicines": {
                        "label": "Pain medicines (analgesics)",
                        "what-it-is": "Medicines that lower pain or take it away.",
                        "what-it-involves": (
                            "You take them by mouth or in other ways, often every day. They ease "
                            "pain, but they do not treat the tumor itself."
                        ),
                    },
                    "surgery": {
                        "label": "Surgery",
                        "what-it-is": (
                            "An operation to take out a tumor, or to make the spine stronger and "
                            "more stable."
                        ),
                        "what-it-involves": (
                            "It needs a cut in the skin, a stay in the hospital and time to heal "
                            "afterward."
                        ),
                    },
                    "conventional-radiation": {
                        "label": "Conventional radiation therapy",
                        "what-it-is": (
                            "Standard radiation aimed at the tumor and a wider area around it."
                        ),
                        "what-it-involves": (
                            "You come in for visits as an outpatient. The dose is kept lower to "
                            "protect the spinal cord nearby."
                        ),
                    },
                    "chemotherapy": {
                        "label": "Chemotherapy",
                        "what-it-is": (
                            "Medicines that kill cancer cells or slow their growth all through "
                            "the body."
                        ),
                        "what-it-involves": (
                            "It is given by mouth or through a vein, often in cycles. It is not "
                            "aimed at one spot."
                        ),
                    },
                    "radiosurgery": {
                        "label": "Stereotactic spinal radiosurgery",
                        "what-it-is": (
                            "A high dose of radiation aimed with great care at the tumor. The "
                            "spinal cord and nerves get only a low dose."
                        ),
                        "what-it-involves": (
                            "There is no cut and no hospital stay. It can take as few as one "
                            "outpatient visit."
                        ),
                    },
                },
            },
            "key-facts": "Key facts",
            "goals": "The goals of treatment are pain relief and tumor control.",
            "sessions-note": (
                "Some people need more than one session. Your care team will tell you how many "
                "you need."
            ),
        },
    },
    "indication:pain-relief": {
        "condition_name": "Spinal metastases",
        "title": "Pain relief from spinal metastases",
        "slug": "pain-relief",
        "summary": (
            "The main use of spinal radiosurgery is to ease pain from cancer that has spread to "
            "the spine."
        ),
        "who_it_is_for": (
            "<p>This is for people with cancer that has spread to the bones of the spine. These "
            "tumors are called spinal metastases. They can cause pain that starts all of a sudden "
            "or that lasts a long time.</p>"
            "<p>Your care team may talk with you about radiosurgery if:</p><ul>"
            "<li>you have cancer that has spread to your spine</li>"
            "<li>a tumor in your spine is causing pain</li>"
            "<li>you want to learn about options other than, or along with, pain medicines and "
            "surgery</li></ul>"
            "<p>Your team will look at your scans and your health to decide if it fits you.</p>"
        ),
        "how_it_helps": (
            "<p>Radiosurgery aims a strong dose of radiation right at the tumor. The radiation "
            "harms the tumor cells so they cannot keep growing. This can ease the pressure and "
            "the pain that the tumor causes.</p>"
            "<p>The goals are pain relief and tumor control. Most people treated this way get "
            "some pain relief. It often starts within a few days to a few weeks. There is no cut, "
            "and you go home the same day.</p>"
            "<p>Ask your care team what pain relief you might expect.</p>"
        ),
    },
    "indication:first-line": {
        "condition_name": "Spinal tumors",
        "title": "Radiosurgery as a first treatment",
        "slug": "first-treatment",
        "summary": (
            "For some spinal tumors, radiosurgery can be the first treatment you get, before or "
            "instead of other treatments."
        ),
        "who_it_is_for": (
            "<p>A “first-line” treatment is the first treatment you get for a tumor.</p>"
            "<p>This is for some people who have just learned they have a tumor in the spine. It "
            "may be a cancer that has spread there. Or it may be a tumor that is not cancer "
            "(benign).</p>"
            "<p>Not every spinal tumor can be treated this way first. Your care team looks at "
            "things like the size of the tumor, where it is, your symptoms and your overall "
            "health.</p>"
        ),
        "how_it_helps": (
            "<p>Radiosurgery sends a high dose of radiation right to the tumor. It keeps the dose "
            "to the spinal cord and nerves low. For some people, it may be an option instead of "
            "an operation.</p>"
            "<p>If you need other treatments later, radiosurgery can often be used along with "
            "them.</p>"
            "<p>Ask your care team if this could be a first step for you.</p>"
        ),
    },
    "indication:after-surgery": {
        "condition_name": "Residual spinal tumor after surgery",
        "title": "Treating tumor that is left after spine surgery",
        "slug": "after-surgery",
        "summary": (
            "Sometimes part of a tumor is still there after spine surgery. Radiosurgery can aim "
            "radiation at the part that is left."
        ),
        "who_it_is_for": (
            "<p>Surgeons cannot always take out all of a spinal tumor safely. Part of it may be "
            "too close to the spinal cord or nerves. The part that is left is called residual "
            "tumor.</p>"
            "<p>This is for people who have had surgery on the spine and still have some tumor "
            "left, as seen on their scans.</p>"
        ),
        "how_it_helps": (
            "<p>Radiosurgery can aim radiation at the tumor that is left, even when it is close "
            "to the spinal cord. The beams are aimed with great care, so the spinal cord and "
            "nerves get only a low dose.</p>"
            "<p>Your surgeon and your radiation team plan together when to start. Ask them what "
            "this means for you.</p>"
        ),
    },
    "indication:boost": {
        "condition_name": "Spinal tumors after conventional radiation therapy",
        "title": "An extra dose after standard radiation",
        "slug": "radiation-boost",
        "summary": (
            "After standard radiation, radiosurgery can give the tumor an extra, focused dose. "
            "This is called a boost."
        ),
        "who_it_is_for": (
            "<p>Standard radiation therapy is also called conventional radiation. It treats the "
            "tumor and a wider area around it. To protect the spinal cord, the dose has to stay "
            "fairly low.</p>"
            "<p>This is for people who have had standard radiation to the spine. Their care team "
            "may want to give the tumor an extra dose.</p>"
        ),
        "how_it_helps": (
            "<p>A boost is an extra dose of radiation aimed only at the tumor. Radiosurgery is "
            "very precise. So it can give this extra dose while the spinal cord and nerves get "
            "only a low dose.</p>"
            "<p>The goal is to give the tumor more radiation than standard treatment alone could "
            "safely give. Ask your care team if a boost could help you.</p>"
        ),
    },
    "indication:salvage": {
        "condition_name": "Spinal tumors that have not responded to other treatment",
        "title": "When other treatments have not worked",
        "slug": "after-other-treatments",
        "summary": (
            "If a spinal tumor grows back or still causes pain after other treatments, "
            "radiosurgery may still be an option."
        ),
        "who_it_is_for": (
            "<p>Doctors sometimes call this “salvage” treatment. It means a treatment used when "
            "earlier ones did not work well enough.</p>"
            "<p>This may be for people whose spinal tumor:</p><ul>"
            "<li>came back after treatment</li>"
            "<li>kept growing during treatment</li>"
            "<li>still causes pain after other treatments</li></ul>"
            "<p>Some people in this group have already had radiation to the same part of the "
            "spine. Your care team will look at all your past treatments when they decide.</p>"
        ),
        "how_it_helps": (
            "<p>Radiosurgery aims at the tumor with great care. Because of this, it can sometimes "
            "be used when other treatments are no longer an option. The goals are to ease pain "
            "and to keep the tumor from growing.</p>"
            "<p>Your care team will talk with you about what it may and may not do for you.</p>"
        ),
    },
    "guide": {
        "title": "Patient guide to spinal radiosurgery",
        "slug": "patient-guide",
        "summary": (
            "A step-by-step guide for patients and families. It explains spinal tumors, how "
            "radiosurgery works, how to get ready and what to expect after treatment."
        ),
        "body": {
            "intro": (
                "<p>This guide is for people who may have spinal radiosurgery. It is also for "
                "their families and friends. It explains the treatment in plain words.</p>"
                "<p>The guide is made of short sections. You can read them in order, or go "
                "straight to the part you need. You can also read the whole guide on one page, or "
                "print it to share.</p>"
                "<p>As you read, write down your questions. Bring them to your next visit with "
                "your care team.</p>"
            ),
        },
    },
    "guide-section:about-spinal-metastases": {
        "title": "About spinal metastases",
        "slug": "about-spinal-metastases",
        "summary": (
            "What spinal metastases are, how they can affect your body and why it helps to treat "
            "them early."
        ),
        "body": {
            "what-they-are": "What they are",
            "what-they-are-text": (
                "<p>Cancer can spread from where it first started to other parts of the body. "
                "When it spreads to bone, doctors call it <b>skeletal metastases</b>. When it "
                "spreads to the bones of the spine, it is called <b>spinal metastases</b>.</p>"
                "<p>Your spine is a stack of small bones called vertebrae. They protect your "
                "spinal cord. The spinal cord is a bundle of nerves. It carries messages between "
                "your brain and the rest of your body.</p>"
            ),
            "how-they-affect-you": "How they can affect you",
            "how-they-affect-you-text": (
                "<p>Spinal metastases can cause pain. The pain may start all of a sudden (acute "
                "pain). Or it may last a long time (persistent pain).</p>"
                "<p>Over time, the tumor can make the bones of the spine weak. The spine may "
                "become unstable. This means it cannot hold up your body as well as before. A "
                "tumor or a weak bone can also press on the spinal cord or nerves. Doctors call "
                "this compression.</p>"
                "<p>Compression can cause:</p><ul>"
                "<li>bad pain that makes daily life hard</li>"
                "<li>numbness, weakness or tingling</li>"
                "<li>trouble controlling your bladder or bowels</li>"
                "<li>paralysis, which means you cannot move part of your body</li></ul>"
                "<p>Doctors call problems like numbness and weakness neurological dysfunction. It "
                "means the nerves do not work as they should.</p>"
            ),
            "why-early": "Why early treatment matters",
            "why-early-text": (
                "<p>These problems can get worse if the tumor is not treated. Treating spinal "
                "metastases early can help ease pain. It may also help protect the spinal cord "
                "and nerves from harm.</p>"
            ),
        },
    },
    "guide-section:treatment-options": {
        "title": "Your treatment options",
        "slug": "treatment-options",
        "summary": "The main ways to treat spinal tumors and the pain they cause, side by side.",
        "body": {
            "at-a-glance": "Your options at a glance",
            "at-a-glance-text": (
                "<p>There are a few main ways to treat spinal tumors and the pain they cause. The "
                "table shows each one in simple terms.</p>"
            ),
            "options-table": {
                "caption": "Treatments for spinal tumors and the pain they cause",
                "option_heading": "Treatment",
                "columns": {
                    "what-it-is": "What it is",
                    "what-it-involves": "What it involves",
                },
                "rows": {
                    "medicines": {
                        "label": "Pain medicines (analgesics)",
                        "what-it-is": "Medicines that lower pain or take it away.",
                        "what-it-involves": (
                            "Often taken every day, most often by mouth. They do not treat the "
                            "tumor."
                        ),
                    },
                    "surgery": {
                        "label": "Surgery",
                        "what-it-is": "An operation to take out a tumor or make the spine stable.",
                        "what-it-involves": "It needs a cut, a hospital stay and time to heal.",
                    },
                    "conventional-radiation": {
                        "label": "Conventional radiation therapy",
                        "what-it-is": "Standard radiation to the tumor and the area around it.",
                        "what-it-involves": (
                            "You come in for visits as an outpatient. The dose is kept low to "
                            "protect the spinal cord."
                        ),
                    },
                    "chemotherapy": {
                        "label": "Chemotherapy",
                        "what-it-is": "Medicines that kill cancer cells all through the body.",
                        "what-it-involves": (
                            "It is given by mouth or through a vein, often in cycles."
                        ),
                    },
                    "radiosurgery": {
                        "label": "Stereotactic spinal radiosurgery",
                        "what-it-is": (
                            "A high dose of radiation aimed with great care at the tumor."
                        ),
                        "what-it-involves": (
                            "There is no cut and no hospital stay. It can take as few as one visit."
                        ),
                    },
                },
            },
            "more-than-one": "Using more than one treatment",
            "more-than-one-text": (
                "<p>Many people get more than one of these treatments. Radiosurgery can be used "
                "on its own. It can also be added to another treatment for the spine.</p>"
            ),
            "choosing": "Choosing what is right for you",
            "choosing-text": (
                "<p>Each treatment has its own goals, benefits and risks. The best choice depends "
                "on your tumor, your health and what matters most to you. Talk with your care "
                "team about each option.</p>"
            ),
        },
    },
    "guide-section:how-it-works": {
        "title": "How stereotactic spinal radiosurgery works",
        "slug": "how-it-works",
        "summary": (
            "Radiosurgery aims a strong, precise dose of radiation at a spinal tumor. It keeps "
            "the dose to the spinal cord and nerves low."
        ),
        "body": {
            "the-name": "What the name means",
            "the-name-text": (
                "<p>The name is long, but each part has a simple meaning:</p><ul>"
                "<li><b>Stereotactic</b> means using 3D pictures to find an exact spot in the "
                "body.</li>"
                "<li><b>Spinal</b> means it treats the spine.</li>"
                "<li><b>Radiosurgery</b> means radiation aimed as carefully as a surgeon works. "
                "There is no cut.</li></ul>"
            ),
            "how-radiation-works": "How the radiation works",
            "how-radiation-works-text": (
                "<p>Radiation is a kind of energy. In high doses, it harms tumor cells so they "
                "stop growing or die. It can also harm healthy cells. So the team keeps it away "
                "from healthy parts of the body as much as they can.</p>"
                "<p>In radiosurgery, beams of radiation come from many sides. Where they all "
                "meet, at the tumor, the dose is high. The spinal cord and nerves next to the "
                "tumor get only a low dose.</p>"
            ),
            "what-it-can-treat": "What it can treat",
            "what-it-can-treat-text": (
                "<p>Radiosurgery can treat tumors that are cancer. Doctors call these malignant. "
                "It can also treat tumors that are not cancer, called benign.</p>"
                "<p>It can be used on its own. It can also be used with other treatments for the "
                "spine, such as surgery or standard radiation.</p>"
                "<p>Your care team can explain how your own treatment would be planned.</p>"
            ),
        },
    },
    "guide-section:who-it-can-help": {
        "title": "Who it can help",
        "slug": "who-it-can-help",
        "summary": (
            "Radiosurgery is used in several ways. Read about each one to see how it may apply to "
            "you."
        ),
        "body": {
            "intro": (
                "<p>Our program uses radiosurgery in several ways. The main one is to ease pain "
                "from spinal metastases. Choose a topic below to learn more.</p>"
            ),
            "decide": "<p>Your care team will decide with you if radiosurgery fits your needs.</p>",
        },
    },
    "guide-section:advantages": {
        "title": "Advantages of the procedure",
        "slug": "advantages",
        "summary": (
            "Radiosurgery needs no cut and no hospital stay, and most often no recovery time. "
            "Pain relief often starts within days to weeks."
        ),
        "body": {
            "no-cut": "No cut and no hospital stay",
            "no-cut-text": (
                "<p>Radiosurgery is non-invasive. This means nothing goes into your body. It is "
                "done as an outpatient, so you go home the same day.</p>"
            ),
            "few-visits": "Few visits",
            "sessions-note": (
                "Some people need more than one session. Your care team will tell you how many "
                "you need."
            ),
            "pain-relief": "Pain relief",
            "quality-of-life": "Quality of life",
            "quality-of-life-text": (
                "<p>Quality of life means how well you can live your day-to-day life. Less pain "
                "and fewer hospital visits can help you spend more time on the things that matter "
                "to you.</p>"
            ),
            "right-for-me": {
                "title": "Is it right for me?",
                "text": (
                    "<p>Radiosurgery is not right for everyone. Like any treatment, it can have "
                    "side effects. Your care team can tell you about its benefits and risks for "
                    "you.</p>"
                ),
            },
        },
    },
    "guide-section:preparing-for-treatment": {
        "title": "Preparing for treatment and treatment day",
        "slug": "preparing-for-treatment",
        "summary": (
            "What most often happens before and during radiosurgery, from your planning visit to "
            "going home."
        ),
        "body": {
            "planning-visit": "Your planning visit",
            "planning-visit-text": (
                "<p>Before treatment, you will have a planning visit. At this visit:</p><ul>"
                "<li>Your care team talks with you about the treatment, its side effects and your "
                "questions. You may be asked to sign a consent form to say you agree to the "
                "treatment.</li>"
                "<li>You have scans, such as a CT scan or an MRI. These take detailed pictures of "
                "your spine. Your team uses them to map the tumor and the spinal cord.</li>"
                "<li>The team may make a mold or a mask that fits your body. It helps you stay in "
                "the same position each time. It should feel snug but not hurt.</li></ul>"
                "<p>After this visit, your team plans your treatment. This takes time, so "
                "treatment is often on a later day.</p>"
            ),
            "what-to-tell": "What to tell your care team",
            "what-to-tell-text": (
                "<p>Tell your team:</p><ul>"
                "<li>about all the medicines you take. Include pain medicines, vitamins and "
                "herbal products.</li>"
                "<li>if you have a pacemaker or another device inside your body</li>"
                "<li>if you are or could be pregnant</li>"
                "<li>if pain makes it hard to lie still on your back</li></ul>"
                "<p>If pain makes it hard to lie still, ask your team how to manage it on "
                "treatment day.</p>"
            ),
            "treatment-day": "On treatment day",
            "treatment-day-steps": {
                "title": "Treatment day at a glance",
                "steps": {
                    "arrive": {
                        "label": "Arrive",
                        "description": "Check in when you get there.",
                    },
                    "position": {
                        "label": "Get into position",
                        "description": "You lie on the table in your mold or mask.",
                    },
                    "imaging": {
                        "label": "Imaging",
                        "description": "The team takes pictures to check your position.",
                    },
                    "treatment": {
                        "label": "Treatment",
                        "description": "The machine moves around you. It does not hurt.",
                    },
                    "go-home": {
                        "label": "Go home",
                        "description": "You go home the same day.",
                    },
                },
            },
            "treatment-day-text": (
                "<ul><li>Wear loose, comfortable clothes.</li>"
                "<li>You may want to bring a family member or friend.</li>"
                "<li>The team helps you lie on the treatment table in your mold or mask. You lie "
                "in the same position as at your planning visit.</li>"
                "<li>They may take pictures first to check your position.</li>"
                "<li>The staff leave the room during treatment. They can see and hear you the "
                "whole time, and you can talk to them.</li>"
                "<li>The machine may move around you and make noise. You need to lie very "
                "still.</li></ul>"
                "<p>The treatment itself does not hurt. You cannot see or feel the radiation. How "
                "long it takes is different for each person. Your team will tell you what to "
                "expect.</p>"
            ),
            "going-home": "Going home",
            "going-home-text": (
                "<p>You go home the same day. The radiation does not stay in your body, so it is "
                "safe to be close to other people.</p>"
                "<p>Your care team will give you instructions for your own treatment. If they "
                "differ from this guide, follow your team’s instructions.</p>"
            ),
        },
    },
    "guide-section:after-treatment": {
        "title": "After treatment",
        "slug": "after-treatment",
        "summary": (
            "What to expect in the days and weeks after radiosurgery, your follow-up visits and "
            "when to call your care team."
        ),
        "body": {
            "first-days": "The first days",
            "first-days-text": (
                "<p>You go home the same day. Many people go back to their usual activities soon "
                "after. Ask your care team if there is anything you should not do for a while.</p>"
            ),
            "side-effects": "Possible side effects",
            "side-effects-text": (
                "<p>Side effects depend on where the tumor is and on your health. Many are mild "
                "and do not last long. But some can be serious. They may include:</p><ul>"
                "<li>feeling tired</li>"
                "<li>pain at the treated spot that gets worse for a short time. This is called a "
                "pain flare.</li>"
                "<li>an upset stomach, or trouble swallowing, if the treated spot is near the "
                "stomach or throat</li></ul>"
                "<p>Some side effects can show up months later. For example, the treated bone may "
                "get weak and break. In rare cases, radiation can harm the spinal cord or nerves. "
                "Your team plans your treatment to keep this risk low. Ask them which side "
                "effects apply to you.</p>"
            ),
            "pain-medicines": "Your pain and pain medicines",
            "pain-medicines-text": (
                "<p>Pain relief may not come right away. It often starts within a few days to a "
                "few weeks. Keep taking your pain medicines the way your care team tells you. Do "
                "not stop or change them on your own. Your team will tell you when it may be safe "
                "to take less.</p>"
            ),
            "follow-up": "Follow-up visits",
            "follow-up-text": (
                "<p>You will have follow-up visits after treatment. Your team checks how you feel "
                "and how your pain has changed. You will also have scans, such as an MRI, to see "
                "how the tumor has responded. Your team will tell you how often you need these "
                "visits.</p>"
                "<p>Keep notes on your pain and any new symptoms. Bring them to your visits.</p>"
            ),
            "when-to-call": "When to call",
            "also-call": (
                "<p>Also call your care team if your pain gets much worse or you have a fever. "
                "Keep their phone number where you can find it fast.</p>"
            ),
        },
    },
    "guide-section:questions": {
        "title": "Questions patients ask",
        "slug": "questions",
        "summary": (
            "Answers to common questions about spinal radiosurgery. Your care team can answer "
            "questions about your own treatment."
        ),
        "body": {
            "questions": {
                "same-as-surgery": {
                    "question": "Is radiosurgery the same as surgery?",
                    "answer": (
                        "<p>No. There is no cut, even though the name has the word “surgery” in "
                        "it. Radiosurgery uses beams of radiation from outside the body.</p>"
                    ),
                },
                "will-it-hurt": {
                    "question": "Will it hurt?",
                    "answer": (
                        "<p>The treatment itself does not hurt. You cannot see or feel the "
                        "radiation. Lying still can be hard when you are in pain. Tell your team "
                        "if you need help to be comfortable.</p>"
                    ),
                },
                "how-many": {
                    "question": "How many treatments will I need?",
                    "answer": (
                        "<p>It can be as few as one session. Some people need more. Your care "
                        "team will plan the number that is right for you.</p>"
                    ),
                },
                "hospital-stay": {
                    "question": "Will I have to stay in the hospital?",
                    "answer": (
                        "<p>Not for the treatment itself. It is done as an outpatient, so you go "
                        "home the same day. You may want someone to drive you.</p>"
                    ),
                },
                "how-soon": {
                    "question": "How soon will my pain get better?",
                    "answer": (
                        "<p>Pain relief often starts within a few days to a few weeks. It is "
                        "different for each person. Some people get little or no relief. Tell "
                        "your care team if your pain does not get better.</p>"
                    ),
                },
                "radioactive": {
                    "question": "Will I be radioactive after treatment?",
                    "answer": (
                        "<p>No. The radiation comes from a machine outside your body. It does not "
                        "stay in your body. It is safe to be close to other people, including "
                        "children.</p>"
                    ),
                },
                "other-treatments": {
                    "question": "Can I still have other cancer treatments?",
                    "answer": (
                        "<p>Often, yes. Radiosurgery can be used on its own or with other "
                        "treatments, such as surgery, chemotherapy or standard radiation. Your "
                        "doctors will plan the timing together.</p>"
                    ),
                },
                "right-for-me": {
                    "question": "Is radiosurgery right for me?",
                    "answer": (
                        "<p>It depends on your tumor, your symptoms, your past treatments and "
                        "your health. Only your care team can tell you if it is a good choice for "
                        "you. Ask them about the benefits and risks.</p>"
                    ),
                },
            },
            "not-here": (
                "<p>Do you have a question that is not here? Write it down and ask your care "
                "team.</p>"
            ),
        },
    },
    "appointment-request": {
        "title": "Request an appointment",
        "slug": "request-an-appointment",
        "summary": "Ask us for an appointment. Fill in a short form and we will call you back.",
        "intro": (
            "<p>Tell us how to reach you and we will call you back within two working days. You "
            "do not need a doctor's referral to ask.</p>"
            "<p><b>This form is not for emergencies.</b> If you need help right away, call "
            "911.</p>"
        ),
        "privacy_note": (
            "Only our intake team can read what you send. We use it only to answer you, and we "
            f"delete it after {RETENTION_MONTHS} months."
        ),
        "submit_label": "Send my request",
        "thank_you_heading": "Thank you. We have your request.",
        "thank_you_text": (
            "<p>A member of our intake team will call you within two working days. If we cannot "
            "reach you, we will try again or send you an email.</p>"
            "<p>If you feel worse or need help sooner, call us. In an emergency, call 911.</p>"
        ),
    },
    "referral": {
        "title": "Refer a patient",
        "slug": "refer-a-patient",
        "summary": "For doctors and nurses: refer a patient to our program with a short form.",
        "intro": (
            "<p>Use this form to refer a patient to our program. We will call you or the patient "
            "within two working days to set up a visit. We will ask for records when we call.</p>"
            "<p>For an urgent referral, please call us instead.</p>"
        ),
        "privacy_note": (
            "Only our intake team can read what you send. We use it only for this referral, and "
            f"we delete it after {RETENTION_MONTHS} months."
        ),
        "submit_label": "Send the referral",
        "thank_you_heading": "Thank you. We have your referral.",
        "thank_you_text": (
            "<p>A member of our intake team will contact you or the patient within two working "
            "days. If you need to tell us more, or the referral is urgent, please call us.</p>"
        ),
    },
}
