"""The seed site's structure, written once for every language.

Which pages there are, under which parent and in which order (the loader creates them
in this order, so it is the tree's order); each page's blocks in sequence, with the
statistics and pages they choose; review flags; the built-in illustrations; the
settings that are one value for the whole site. No words: each language's copy
(``copy_en``, ``copy_es``) gives them under the ids named here, and
``seed_content.assemble`` joins the two, failing on a word missing or left over.

Guide sections 6 to 8 go beyond the source and are marked for medical review, in
every language. Where a language differs in structure on purpose, the difference is
a ``PerLanguage`` value here, with the reason beside it.
"""

from django.conf import settings

from seed_content.assemble import (
    FAQ,
    Callout,
    ComparisonTable,
    Heading,
    Illustration,
    IndicationLink,
    KeyFact,
    Page,
    Paragraph,
    PerLanguage,
    Shared,
    Timeline,
)

# How long submissions are kept, as the forms' privacy notes say it (in months).
RETENTION_MONTHS = round(settings.FORM_SUBMISSION_RETENTION_DAYS / 30)

# Obviously examples (launch.examples says which values are): every page carries an
# "Example site" banner and noindex until the hospital enters its own. The appointment
# link is left to the loader, which points it at the program's own request form.
# One value for the whole site; the translated fields are TRANSLATED_SETTINGS.
HOSPITAL_SETTINGS = {
    "hospital_name": "Example University Hospital",
    "centre_name": "Spine Tumor Center",
    "phone": "800-555-0142",  # the 555-0100 to 555-0199 range is reserved for fiction
    "appointment_url": "",
    "urgent_phone": "800-555-0199",  # the care team's day-and-night line
    "contact_email": "",
    "address": "",
    "policy_url": "https://example.org/advertising-policy",
}
# Hospital settings each language words (its copy's SETTINGS). The site's default
# language fills the field itself; another fills the field's ``_<language>`` twin, while
# that is empty and the English is still the seed's.
TRANSLATED_SETTINGS = ("disclaimer", "medical_disclaimer")

# Every figure comes from one published patient page; cited by its title and publisher,
# with no URL or date the source does not give (content brief, "Sources"). Each
# statistic names its source; the copy's SOURCES give the citation in that language.
CLEVELAND_CLINIC = "cleveland-clinic"
# The words of every statistic, in each language's STATISTICS.
STATISTIC_WORDS = ("value", "measure")
STATISTICS = {
    "cancer_diagnoses": {"source": CLEVELAND_CLINIC, "source_url": "", "as_of": None},
    "skeletal_metastases": {
        "source": CLEVELAND_CLINIC,
        "source_url": "",
        "as_of": None,
        "needs_medical_review": True,  # content brief: a figure to check
    },
    "spine_rank": {
        "source": CLEVELAND_CLINIC,
        "source_url": "",
        "as_of": None,
        "needs_medical_review": True,  # content brief: a figure to check
    },
    "pain_relief": {"source": CLEVELAND_CLINIC, "source_url": "", "as_of": None},
    "relief_timing": {"source": CLEVELAND_CLINIC, "source_url": "", "as_of": None},
    "sessions": {"source": CLEVELAND_CLINIC, "source_url": "", "as_of": None},
    "recovery_time": {"source": CLEVELAND_CLINIC, "source_url": "", "as_of": None},
}

# A share of people drawn as an icon array in English only. Elsewhere the figure shows
# as a number (the block's default): the icon array's spoken description is English only
# (docs/architecture.md#i18n).
ICON_ARRAY = PerLanguage(en="icon_array")

# Blocks used on several pages with the same words (the copy's SHARED).
SHARED = (
    # Signs that a tumor may be pressing on the spinal cord or nerves (content brief,
    # "Urgent symptoms"), with whom to call: one call-out wherever the seed speaks of the
    # condition. Its template adds the care team's day-and-night number from Hospital settings.
    Callout("urgent-symptoms", tone="urgent"),
    # The built-in drawing of beams meeting at a tumor (blocks.IllustrationBlock).
    Illustration("how-it-works-drawing", kind="how_it_works"),
)
URGENT_SYMPTOMS = Shared("urgent-symptoms")
HOW_IT_WORKS_DRAWING = Shared("how-it-works-drawing")

# The words of each kind of page (model fields).
PAGE_WORDS = ("title", "slug", "summary")
PROGRAM_WORDS = (
    *PAGE_WORDS,
    "indications_heading",
    "body_location",
    "how_performed",
    "follow_up",
    "appointment_heading",
    "appointment_text",
)
INDICATION_WORDS = ("condition_name", *PAGE_WORDS, "who_it_is_for", "how_it_helps")
FORM_WORDS = (
    *PAGE_WORDS,
    "intro",
    "privacy_note",
    "submit_label",
    "thank_you_heading",
    "thank_you_text",
)

# The comparison tables' options, the program's own last and highlighted.
TREATMENTS = ("medicines", "surgery", "conventional-radiation", "chemotherapy", "radiosurgery")
COMPARED = ("what-it-is", "what-it-involves")


def indication(key: str) -> Page:
    return Page(
        f"indication:{key}",
        "programs.IndicationPage",
        parent="program",
        words=INDICATION_WORDS,
        fields={"needs_medical_review": True},  # the urgent call-out goes beyond the source
        body=(URGENT_SYMPTOMS,),
    )


def guide_section(key: str, needs_medical_review: bool, body: tuple) -> Page:
    return Page(
        f"guide-section:{key}",
        "patient_guide.GuideSectionPage",
        parent="guide",
        words=PAGE_WORDS,
        fields={"needs_medical_review": needs_medical_review},
        body=body,
    )


INDICATIONS = ("pain-relief", "first-line", "after-surgery", "boost", "salvage")

PAGES = (
    # The site's root page; the loader makes it the default site's home.
    Page("home", "programs.HomePage", parent=None, words=PAGE_WORDS, body=()),
    Page(
        "program",
        "programs.ProgramPage",
        parent="home",
        words=PROGRAM_WORDS,
        fields={
            "needs_medical_review": True,  # the comparison table goes beyond the source
            "show_in_menus": True,
        },
        body=(
            Heading("what-it-is"),
            Paragraph("what-it-is-text"),
            URGENT_SYMPTOMS,
            Heading("how-it-works"),
            Paragraph("how-it-works-text"),
            HOW_IT_WORKS_DRAWING,
            Heading("compared"),
            Paragraph("compared-text"),
            ComparisonTable(
                "compared-table", columns=COMPARED, rows=TREATMENTS, highlight="radiosurgery"
            ),
            Heading("key-facts"),
            KeyFact("pain_relief", context="goals", display=ICON_ARRAY),
            KeyFact("relief_timing"),
            KeyFact("sessions", context="sessions-note"),
            KeyFact("recovery_time"),
        ),
    ),
    *(indication(key) for key in INDICATIONS),
    Page(
        "guide",
        "patient_guide.PatientGuidePage",
        parent="program",
        words=PAGE_WORDS,
        body=(Paragraph("intro"),),
    ),
    guide_section(
        "about-spinal-metastases",
        needs_medical_review=True,
        body=(
            Heading("what-they-are"),
            Paragraph("what-they-are-text"),
            KeyFact("skeletal_metastases", display=ICON_ARRAY),
            KeyFact("spine_rank"),
            Heading("how-they-affect-you"),
            Paragraph("how-they-affect-you-text"),
            Heading("why-early"),
            Paragraph("why-early-text"),
            URGENT_SYMPTOMS,
        ),
    ),
    guide_section(
        "treatment-options",
        needs_medical_review=True,
        body=(
            Heading("at-a-glance"),
            Paragraph("at-a-glance-text"),
            ComparisonTable(
                "options-table", columns=COMPARED, rows=TREATMENTS, highlight="radiosurgery"
            ),
            Heading("more-than-one"),
            Paragraph("more-than-one-text"),
            Heading("choosing"),
            Paragraph("choosing-text"),
        ),
    ),
    guide_section(
        "how-it-works",
        needs_medical_review=False,
        body=(
            Heading("the-name"),
            Paragraph("the-name-text"),
            Heading("how-radiation-works"),
            Paragraph("how-radiation-works-text"),
            HOW_IT_WORKS_DRAWING,
            Heading("what-it-can-treat"),
            Paragraph("what-it-can-treat-text"),
        ),
    ),
    guide_section(
        "who-it-can-help",
        needs_medical_review=False,
        body=(
            Paragraph("intro"),
            *(IndicationLink(f"indication:{key}") for key in INDICATIONS),
            Paragraph("decide"),
        ),
    ),
    guide_section(
        "advantages",
        needs_medical_review=False,
        body=(
            Heading("no-cut"),
            Paragraph("no-cut-text"),
            KeyFact("recovery_time"),
            Heading("few-visits"),
            KeyFact("sessions", context="sessions-note"),
            Heading("pain-relief"),
            KeyFact("pain_relief", display=ICON_ARRAY),
            KeyFact("relief_timing"),
            Heading("quality-of-life"),
            Paragraph("quality-of-life-text"),
            Callout("right-for-me", tone="info"),
        ),
    ),
    # Sections 6 to 8 go beyond the source: marked for medical review.
    guide_section(
        "preparing-for-treatment",
        needs_medical_review=True,
        body=(
            Heading("planning-visit"),
            Paragraph("planning-visit-text"),
            Heading("what-to-tell"),
            Paragraph("what-to-tell-text"),
            Heading("treatment-day"),
            Timeline(
                "treatment-day-steps",
                steps=("arrive", "position", "imaging", "treatment", "go-home"),
            ),
            Paragraph("treatment-day-text"),
            Heading("going-home"),
            Paragraph("going-home-text"),
        ),
    ),
    guide_section(
        "after-treatment",
        needs_medical_review=True,
        body=(
            Heading("first-days"),
            Paragraph("first-days-text"),
            Heading("side-effects"),
            Paragraph("side-effects-text"),
            Heading("pain-medicines"),
            Paragraph("pain-medicines-text"),
            Heading("follow-up"),
            Paragraph("follow-up-text"),
            Heading("when-to-call"),
            URGENT_SYMPTOMS,
            Paragraph("also-call"),
        ),
    ),
    guide_section(
        "questions",
        needs_medical_review=True,
        body=(
            FAQ(
                "questions",
                questions=(
                    "same-as-surgery",
                    "will-it-hurt",
                    "how-many",
                    "hospital-stay",
                    "how-soon",
                    "radioactive",
                    "other-treatments",
                    "right-for-me",
                ),
            ),
            Paragraph("not-here"),
        ),
    ),
    # The forms start with their model's default fields (appointments.default_fields).
    Page(
        "appointment-request",
        "appointments.AppointmentRequestPage",
        parent="program",
        words=FORM_WORDS,
        form_fields=True,
    ),
    Page(
        "referral",
        "appointments.ReferralPage",
        parent="program",
        words=FORM_WORDS,
        form_fields=True,
    ),
)
