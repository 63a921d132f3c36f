"""Who publishes the site and how to reach them: one record per site, edited in the admin.

Templates read these through Wagtail's ``settings`` context processor, so no
hospital name, phone number or link is ever written into a template.
"""

import re

from django.db import models

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

    panels = [
        MultiFieldPanel(
            [FieldPanel("hospital_name"), FieldPanel("centre_name")], heading="Who we are"
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
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
    ]

    class Meta:
        verbose_name = "Hospital settings"

    @property
    def phone_href(self) -> str:
        """The phone number as a ``tel:`` URI: digits and a leading plus only."""
        return "tel:" + re.sub(r"[^\d+]", "", self.phone)
