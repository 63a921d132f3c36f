"""Factories for the appointment and referral form pages (kept apart from tests/factories.py)."""

import factory
import wagtail_factories

from appointments.models import AppointmentRequestPage, ReferralPage


class FormPageFactory(wagtail_factories.PageFactory):
    summary = factory.Faker("sentence", nb_words=10)
    intro = "<p>Tell us how to reach you.</p>"
    privacy_note = "Only our intake team reads this."
    thank_you_heading = "Thank you. We have your request."
    thank_you_text = "<p>We will call you within two working days.</p>"

    class Meta:
        abstract = True


class AppointmentRequestPageFactory(FormPageFactory):
    title = "Request an appointment"
    slug = "request-an-appointment"

    class Meta:
        model = AppointmentRequestPage


class ReferralPageFactory(FormPageFactory):
    title = "Refer a patient"
    slug = "refer-a-patient"

    class Meta:
        model = ReferralPage
