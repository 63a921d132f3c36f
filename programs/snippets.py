"""Shared content reused across pages: change a figure or a name once, it changes everywhere.

Each snippet is translatable so a Spanish tree can carry its own wording of the
same fact (linked by ``translation_key``) without another model.
"""

from django.conf import settings
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from medical_review.models import MedicalReviewMixin
from medical_review.panels import ChangesRequestedPanel, ReviewStatusPanel

from .widgets import ImageChooser


class Statistic(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    MedicalReviewMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A figure shown to patients, always with what it measures and where it comes from.

    A changed figure is clinical content: it goes through the same medical review
    workflow as the pages, and the live row only changes when a reviewer approves.
    """

    value = models.CharField(
        max_length=40,
        help_text="The figure as patients should read it, e.g. “More than 80%” or “1 million”.",
    )
    measure = models.CharField(
        max_length=255,
        help_text="What the figure measures, in plain words, e.g. “of patients get pain relief”.",
    )
    source = models.CharField(
        max_length=255,
        help_text="Who published the figure (organisation, report or study), shown as its source.",
    )
    source_url = models.URLField(
        blank=True, help_text="Link to the source, if it is online. Leave empty if it is not."
    )
    as_of = models.DateField(
        null=True,
        blank=True,
        help_text="When the figure was last checked against its source.",
    )

    panels = [
        ReviewStatusPanel(heading="Medical review"),
        FieldPanel("value"),
        FieldPanel("measure"),
        FieldPanel("source"),
        FieldPanel("source_url"),
        FieldPanel("as_of"),
        *MedicalReviewMixin.review_panels,
    ]
    search_fields = [
        index.SearchField("value"),
        index.SearchField("measure"),
        index.AutocompleteField("measure"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["measure"]

    def __str__(self) -> str:
        return f"{self.value} {self.measure}"


class Reference(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """A publication a page draws on, listed under “Sources” at the foot of that page.

    A citation is clinical content: a change goes live only when a medical reviewer approves.
    """

    citation = models.CharField(
        max_length=500,
        help_text="The citation as it should appear, e.g. author, title, publisher, year.",
    )
    url = models.URLField(blank=True, help_text="Link to the publication, if it is online.")

    panels = [
        ChangesRequestedPanel(heading="Medical review"),
        FieldPanel("citation"),
        FieldPanel("url"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["citation"]

    def __str__(self) -> str:
        return self.citation


class Clinician(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """A member of the care team; shown on a program page only once editors add one.

    Names and credentials vouch for pages (the review line): a change goes live only when
    a medical reviewer approves.
    """

    name = models.CharField(max_length=255, help_text="Full name, as patients will see it.")
    credentials = models.CharField(
        max_length=100, blank=True, help_text="Degrees and certifications, e.g. “MD, PhD”."
    )
    role = models.CharField(
        max_length=255, blank=True, help_text="Role in the program, e.g. “Radiation oncologist”."
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clinician",
        help_text="Their admin account, if they review content: approvals are recorded to them.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A head-and-shoulders photo. Optional.",
    )

    panels = [
        ChangesRequestedPanel(heading="Medical review"),
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("photo", widget=ImageChooser),  # started without an inline script (CSP)
        # Who may sign approvals as this clinician: site managers and superusers decide.
        FieldPanel("user", permission="programs.link_clinician_account"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        # The profile medical_review signs approvals with (settings.MEDICAL_REVIEW_CLINICIAN_MODEL).
        swappable = "MEDICAL_REVIEW_CLINICIAN_MODEL"
        permissions = [
            ("link_clinician_account", "Can link a clinician to the admin account they review with")
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


@register_snippet
class Location(DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A place where patients are treated; shown on a program page only once editors add one.

    Not clinical, but patients travel by it: editors save drafts, and only those with
    ``publish_location`` (Site managers) make a change live.
    """

    name = models.CharField(max_length=255, help_text="Building or clinic name.")
    address = models.TextField(help_text="Postal address, one line per line of the address.")
    phone = models.CharField(
        max_length=40, blank=True, help_text="Phone number for this location, if it has its own."
    )
    directions_url = models.URLField(
        blank=True, help_text="Link to a map or directions page. Optional."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("directions_url"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# Under medical review: their reviewers may compare a change with the live version.
for reviewed_snippet in (Statistic, Reference, Clinician):
    register_snippet(reviewed_snippet, viewset="medical_review.changes.ReviewedSnippetViewSet")
