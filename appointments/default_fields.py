"""The fields a new form page starts with; editors may reword, reorder, remove or add fields.

Each is (clean name, label, field type, required, help text, choices, autocomplete).
The clean name is fixed when the field is first saved, so later rewording keeps
old submissions readable. Only what the intake team needs to call back is asked:
no diagnosis, no insurance, no records.
"""

CONTACT_TIMES = "Morning (8 a.m. to noon)\nAfternoon (noon to 5 p.m.)\nAny time"

APPOINTMENT_FIELDS = [
    ("full_name", "Your full name", "singleline", True, "", "", "name"),
    (
        "phone",
        "Phone number",
        "phone",
        False,
        "Give a phone number, an email address or both.",
        "",
        "tel",
    ),
    ("email", "Email address", "email", False, "", "", "email"),
    ("contact_time", "When is a good time to call?", "radio", True, "", CONTACT_TIMES, ""),
    (
        "reason",
        "How can we help?",
        "multiline",
        True,
        "A few words are enough, for example “I would like to know if this treatment is "
        "right for me”. Please do not send test results or records.",
        "",
        "",
    ),
    (
        "consent",
        "You may contact me by phone or email about this request.",
        "checkbox",
        True,
        "We use your details only to answer this request.",
        "",
        "",
    ),
]

REFERRAL_FIELDS = [
    ("full_name", "Your full name", "singleline", True, "The referring clinician.", "", "name"),
    ("practice", "Practice or hospital", "singleline", True, "", "", "organization"),
    (
        "phone",
        "Your phone number",
        "phone",
        False,
        "Give a phone number, an email address or both.",
        "",
        "tel",
    ),
    ("email", "Your email address", "email", False, "", "", "email"),
    ("patient_name", "Patient's full name", "singleline", True, "", "", "off"),
    (
        "patient_date_of_birth",
        "Patient's date of birth",
        "birthdate",
        True,
        "Month/day/year, for example 03/27/1958.",
        "",
        "off",
    ),
    ("contact_time", "When is a good time to call you?", "radio", True, "", CONTACT_TIMES, ""),
    (
        "reason",
        "Reason for referral",
        "multiline",
        True,
        "A short summary. We will ask for records when we call; please do not attach them here.",
        "",
        "",
    ),
    (
        "consent",
        "The patient knows about this referral and agrees that we may contact them.",
        "checkbox",
        True,
        "",
        "",
        "",
    ),
]


def build(field_model, definitions) -> list:
    return [
        field_model(
            clean_name=clean_name,
            label=label,
            field_type=field_type,
            required=required,
            help_text=help_text,
            choices=choices,
            autocomplete=autocomplete,
            sort_order=order,
        )
        for order, (clean_name, label, field_type, required, help_text, choices, autocomplete) in (
            enumerate(definitions)
        )
    ]
