"""Who publishes the site and how to reach them: one record per site, edited in the admin.

Templates read these through Wagtail's ``settings`` context processor, so no
hospital name, phone number or link is ever written into a template.
"""

import re

from django.db import models
from django.utils import translation

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class HospitalSettings(BaseSiteSetting):
    """The hospital's identity, contact details and advertising disclaimer."""

    hospital_name = models.CharField(max_length=255, help_text="Shown in the header and footer.")
    centre_name = models.CharField(
        max_length=255,
        help_text="The centre that runs the programs, shown under the hospital name.",
    )
    phone = models.CharField(
        max_length=40,
        help_text="Appointments phone number as patients should read it, e.g. 800-555-0142.",
    )
    urgent_phone = models.CharField(
        max_length=40,
        blank=True,
        help_text=(
            "The care team's urgent number, answered day and night, e.g. 800-555-0199. "
            "Every “Get help now” call-out shows it as a call button; leave it empty and "
            "they show none."
        ),
    )
    appointment_url = models.URLField(
        blank=True, help_text="Where patients request an appointment online. Optional."
    )
    contact_email = models.EmailField(
        blank=True, help_text="A general contact address for the footer. Optional."
    )
    address = models.TextField(blank=True, help_text="Postal address for the footer. Optional.")
    disclaimer = models.TextField(
        help_text="The advertising and endorsement disclaimer shown in every page footer."
    )
    policy_url = models.URLField(help_text="Link to the full advertising and endorsement policy.")
    medical_disclaimer = models.TextField(
        help_text=(
            "Shown on every clinical page: that it is general information and readers "
            "should talk to their care team."
        )
    )

    # Spanish pages show these when filled in; else the English, marked lang="en".
    disclaimer_es = models.TextField(
        blank=True, help_text="The advertising disclaimer in Spanish, for Spanish pages."
    )
    medical_disclaimer_es = models.TextField(
        blank=True, help_text="The clinical-page note in Spanish, for Spanish pages."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("hospital_name"), FieldPanel("centre_name")], heading="Who we are"
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("urgent_phone"),
                FieldPanel("appointment_url"),
                FieldPanel("contact_email"),
                FieldPanel("address"),
            ],
            heading="Contact",
        ),
        MultiFieldPanel(
            [FieldPanel("disclaimer"), FieldPanel("policy_url"), FieldPanel("medical_disclaimer")],
            heading="Disclaimers",
        ),
        MultiFieldPanel(
            [FieldPanel("disclaimer_es"), FieldPanel("medical_disclaimer_es")],
            heading="Disclaimers in Spanish",
        ),
    ]

    class Meta:
        verbose_name = "Hospital settings"

    def _in_language(self, field: str) -> tuple[str, str]:
        """(text, its language) of ``field`` for the active language, falling back to English."""
        language = (translation.get_language() or "en").split("-")[0]
        translated = getattr(self, f"{field}_{language}", "") if language != "en" else ""
        return (translated, language) if translated else (getattr(self, field), "en")

    @property
    def disclaimer_text(self) -> str:
        return self._in_language("disclaimer")[0]

    @property
    def disclaimer_lang(self) -> str:
        return self._in_language("disclaimer")[1]

    @property
    def medical_disclaimer_text(self) -> str:
        return self._in_language("medical_disclaimer")[0]

    @property
    def medical_disclaimer_lang(self) -> str:
        return self._in_language("medical_disclaimer")[1]

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)

    @property
    def urgent_phone_href(self) -> str:
        return tel_href(self.urgent_phone)


def tel_href(number: str) -> str:
    """A phone number as a ``tel:`` URI: digits and a leading plus only."""
    return "tel:" + re.sub(r"[^\d+]", "", number)
