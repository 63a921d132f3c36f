"""Seed content for the two form pages, created under the program by load_program_content.

Plain data only, written at a US school grade of 8 or lower. The form fields are
not here: every new form page starts with the defaults in ``default_fields``.
"""

from django.conf import settings

RETENTION_MONTHS = round(settings.FORM_SUBMISSION_RETENTION_DAYS / 30)

APPOINTMENT_REQUEST = {
    "title": "Request an appointment",
    "slug": "request-an-appointment",
    "summary": "Ask us for an appointment. Fill in a short form and we will call you back.",
    "intro": (
        "<p>Tell us how to reach you and we will call you back within two working days. "
        "You do not need a doctor's referral to ask.</p>"
        "<p><b>This form is not for emergencies.</b> If you need help right away, call 911.</p>"
    ),
    "privacy_note": (
        "Only our intake team can read what you send. We use it only to answer you, and we "
        f"delete it after {RETENTION_MONTHS} months."
    ),
    "submit_label": "Send my request",
    "thank_you_heading": "Thank you. We have your request.",
    "thank_you_text": (
        "<p>A member of our intake team will call you within two working days. "
        "If we cannot reach you, we will try again or send you an email.</p>"
        "<p>If you feel worse or need help sooner, call us. In an emergency, call 911.</p>"
    ),
}

REFERRAL = {
    "title": "Refer a patient",
    "slug": "refer-a-patient",
    "summary": "For doctors and nurses: refer a patient to our program with a short form.",
    "intro": (
        "<p>Use this form to refer a patient to our program. We will call you or the patient "
        "within two working days to set up a visit. We will ask for records when we call.</p>"
        "<p>For an urgent referral, please call us instead.</p>"
    ),
    "privacy_note": (
        "Only our intake team can read what you send. We use it only for this referral, and we "
        f"delete it after {RETENTION_MONTHS} months."
    ),
    "submit_label": "Send the referral",
    "thank_you_heading": "Thank you. We have your referral.",
    "thank_you_text": (
        "<p>A member of our intake team will contact you or the patient within two working "
        "days. If you need to tell us more, or the referral is urgent, please call us.</p>"
    ),
}
