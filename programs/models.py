"""Page types for the site's home, its programs and their indications.

``SitePage`` and ``ContentPage`` are abstract bases shared with ``patient_guide``:
each page's ``get_context`` fetches everything its template shows, in a fixed
number of queries, so templates never query.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import slugify

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index

from medical_review.models import MedicalReviewMixin
from medical_review.page_operations import page_operations_tester
from medical_review.panels import ReviewStatusPanel

from . import structured_data
from .blocks import RICH_TEXT_FEATURES, BodyBlock
from .hospital_settings import HospitalSettings
from .i18n import language_context
from .navigation import menu_context
from .snippets import Clinician, Location, Reference, Statistic  # noqa: F401
from .sources import figure_sources


class SitePage(Page):
    """What every public page has: a plain-language summary, breadcrumbs and the main menu."""

    summary = models.TextField(
        max_length=300,
        help_text=(
            "One or two plain sentences saying what the page is about. Used in listings, "
            "search results and link previews."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    # The same for every visitor who is not signed in, so page_cache may keep it.
    cache_for_anonymous = True
    api_fields = [APIField("summary")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ancestors = list(self.get_ancestors().filter(depth__gt=1))
        context["breadcrumbs"] = ancestors
        context["canonical_url"] = self.get_full_url(request)
        context.update(menu_context(ancestors[0] if ancestors else self))
        context.update(language_context(self, ancestors[0] if ancestors else self, request))
        context["structured_data"] = structured_data.to_json_ld(
            self.structured_data(request, ancestors)
        )
        return context

    def text_to_grade(self) -> list:
        """What patients read here, for medical_review's reading measure."""
        return [self.summary]

    def permissions_for_user(self, user):
        """Wagtail's page permissions, plus the routine operations (unpublish, move, reorder,
        delete) that site managers may do without publishing, and no "History" offered to
        readers who would be refused it (medical_review.page_operations)."""
        return page_operations_tester(self, user)

    def get_other_cached_urls(self) -> list[str]:
        """Other pages' cached views that show this one in full: page_cache purges them with
        this page's own (Wagtail's ``get_cached_paths``)."""
        return []

    def structured_data(self, request, ancestors: list[Page]) -> list[dict]:
        """This page as a MedicalWebPage, its breadcrumb trail and its publisher."""
        home = ancestors[0] if ancestors else self
        publisher = structured_data.hospital(
            HospitalSettings.for_request(request), home.get_full_url(request)
        )
        items = [structured_data.medical_web_page(self, request, publisher), publisher]
        if ancestors:
            items.append(structured_data.breadcrumbs([*ancestors, self], request))
        return items


def is_section_heading(block: dict) -> bool:
    """A body block (raw data) that starts a section: an h2, listed under "On this page"."""
    return block["type"] == "heading" and block["value"].get("level") == "h2"


class ContentPage(MedicalReviewMixin, SitePage):
    """Clinical content: a body of shared blocks, its sources, and its medical review record."""

    body = StreamField(BodyBlock(), help_text="The page's content, built from blocks.")
    references = ParentalManyToManyField(
        "programs.Reference",
        blank=True,
        related_name="+",
        help_text="Publications this page draws on, listed under “Sources”.",
    )

    content_panels = [
        ReviewStatusPanel(heading="Medical review"),
        *SitePage.content_panels,
        FieldPanel("body"),
        FieldPanel("references"),
    ]
    settings_panels = [*SitePage.settings_panels, *MedicalReviewMixin.review_panels]
    search_fields = [*SitePage.search_fields, index.SearchField("body")]
    api_fields = [
        *SitePage.api_fields,
        APIField("body"),
        APIField("last_reviewed"),
        APIField("next_review_due"),
    ]

    class Meta:
        abstract = True

    def text_to_grade(self) -> list:
        return [self.summary, self.body]

    def table_of_contents(self) -> list[tuple[str, str]]:
        """(text, anchor) of each section heading, read from raw data so no snippet is loaded."""
        return [
            (block["value"]["text"], slugify(block["value"]["text"]))
            for block in self.body.raw_data
            if is_section_heading(block)
        ]

    def live_reviewer(self):
        """The approving clinician as patients may see them: never an unapproved profile."""
        reviewer = self.reviewed_by if self.reviewed_by_id else None
        return reviewer if reviewer and reviewer.live else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sources"] = list(self.references.filter(live=True))
        context["figure_sources"] = figure_sources(self.body)
        context["reviewer"] = self.live_reviewer()
        return context


class HomePage(SitePage):
    """The site's front door: says who we are and leads to the centre's programs."""

    body = StreamField(
        BodyBlock(), blank=True, help_text="Optional content shown under the list of programs."
    )

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["programs.ProgramPage"]
    content_panels = [*SitePage.content_panels, FieldPanel("body")]

    def text_to_grade(self) -> list:
        return [self.summary, self.body]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = list(ProgramPage.objects.child_of(self).live().public())
        return context


# The program page lists its indications after this many body sections.
INDICATIONS_AFTER_SECTIONS = 2


class ProgramPage(ContentPage):
    """One treatment program of the centre; editors may add more with no code change."""

    review_workflow_root = True  # medical_review puts each program's subtree under review

    clinicians = ParentalManyToManyField(
        "programs.Clinician",
        blank=True,
        related_name="programs",
        help_text="The care team, shown on the page only when at least one is chosen.",
    )
    locations = ParentalManyToManyField(
        "programs.Location",
        blank=True,
        related_name="programs",
        help_text="Where patients are treated, shown only when at least one is chosen.",
    )
    indications_heading = models.CharField(
        max_length=120,
        default="Who this treatment can help",
        help_text="Heading above the list of this program's indication pages.",
    )
    appointment_heading = models.CharField(
        max_length=120,
        default="How to get an appointment",
        help_text="Heading of the appointment section at the foot of the page.",
    )
    body_location = models.CharField(
        max_length=100,
        default="Spine",
        help_text="Where in the body the treatment is given, for search engines (e.g. “Spine”).",
    )
    how_performed = models.TextField(
        max_length=500,
        default="",
        help_text="One or two sentences on how the treatment is given, for search engines.",
    )
    follow_up = models.TextField(
        max_length=500,
        default="",
        help_text="What follow-up patients usually have, for search engines.",
    )
    appointment_text = models.TextField(
        max_length=500,
        help_text="How to get an appointment; the phone number and link come from settings.",
    )

    parent_page_types = ["programs.HomePage"]
    subpage_types = [
        "programs.IndicationPage",
        "patient_guide.PatientGuidePage",
        "appointments.AppointmentRequestPage",
        "appointments.ReferralPage",
    ]
    promote_panels = [
        *ContentPage.promote_panels,
        MultiFieldPanel(
            [FieldPanel("body_location"), FieldPanel("how_performed"), FieldPanel("follow_up")],
            heading="About the treatment, for search engines",
        ),
    ]
    api_fields = [
        *ContentPage.api_fields,
        APIField("body_location"),
        APIField("how_performed"),
        APIField("follow_up"),
    ]
    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("indications_heading"),
        MultiFieldPanel(
            [FieldPanel("appointment_heading"), FieldPanel("appointment_text")],
            heading="Appointments",
        ),
        MultiFieldPanel(
            [FieldPanel("clinicians"), FieldPanel("locations")], heading="People and places"
        ),
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide_model = apps.get_model("patient_guide", "PatientGuidePage")
        form_models = [
            apps.get_model("appointments", m) for m in ("AppointmentRequestPage", "ReferralPage")
        ]
        hidden = Page.objects.private_q()  # one view-restriction lookup for the three listings
        indications = list(IndicationPage.objects.child_of(self).live().exclude(hidden))
        guide = guide_model.objects.child_of(self).live().exclude(hidden).first()
        # Plain Page rows are enough to link to the forms: no per-type query.
        forms = {
            p.content_type_id: p
            for p in Page.objects.child_of(self).live().exclude(hidden).type(*form_models)
        }
        toc = self.table_of_contents()
        split = self.indications_position()
        if indications:
            toc.insert(
                min(INDICATIONS_AFTER_SECTIONS, len(toc)), (self.indications_heading, "indications")
            )
        if guide:
            toc.append((guide.title, "patient-guide"))
        toc.append((self.appointment_heading, "appointment"))
        context.update(
            indications=indications,
            guide=guide,
            appointment_page=forms.get(ContentType.objects.get_for_model(form_models[0]).pk),
            referral_page=forms.get(ContentType.objects.get_for_model(form_models[1]).pk),
            toc=toc,
            body_before_indications=self.body[:split],
            body_after_indications=self.body[split:],
            clinicians=list(self.clinicians.filter(live=True).select_related("photo")),
            locations=list(self.locations.filter(live=True)),
        )
        return context

    def indications_position(self) -> int:
        """Where in the body the indication cards go: before its third section heading, after
        what the treatment is and how it works (the NHS's and Mayo Clinic's order), else last."""
        starts = [i for i, block in enumerate(self.body.raw_data) if is_section_heading(block)]
        return (
            starts[INDICATIONS_AFTER_SECTIONS]
            if len(starts) > INDICATIONS_AFTER_SECTIONS
            else len(self.body.raw_data)
        )

    def procedure(self) -> dict:
        return {
            "@type": "MedicalProcedure",
            "name": self.title,
            "description": self.summary,
            "procedureType": "https://schema.org/NoninvasiveProcedure",
            "bodyLocation": self.body_location,
            "howPerformed": self.how_performed,
            "followup": self.follow_up,
        }

    def structured_data(self, request, ancestors):
        items = super().structured_data(request, ancestors)
        items[0]["about"] = self.procedure()
        return items


class IndicationPage(ContentPage):
    """One use of the program's treatment: who it is for and how the treatment helps them."""

    who_it_is_for = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="Which patients this use is for, in plain words.",
    )
    how_it_helps = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="What the treatment does for these patients, without promises.",
    )
    condition_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="The condition this use treats, e.g. “Spinal metastases”; the title if empty.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Optional further content.")

    parent_page_types = ["programs.ProgramPage"]
    subpage_types: list[str] = []
    content_panels = [
        ReviewStatusPanel(heading="Medical review"),
        *SitePage.content_panels,
        FieldPanel("who_it_is_for"),
        FieldPanel("how_it_helps"),
        FieldPanel("body"),
        FieldPanel("references"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("who_it_is_for"),
        index.SearchField("how_it_helps"),
    ]

    promote_panels = [*ContentPage.promote_panels, FieldPanel("condition_name")]
    api_fields = [
        *ContentPage.api_fields,
        APIField("condition_name"),
        APIField("who_it_is_for"),
        APIField("how_it_helps"),
    ]

    def text_to_grade(self) -> list:
        return [self.summary, RichText(self.who_it_is_for), RichText(self.how_it_helps), self.body]

    def structured_data(self, request, ancestors):
        items = super().structured_data(request, ancestors)
        program = ancestors[-1]
        items[0]["about"] = {
            "@type": "MedicalCondition",
            "name": self.condition_name or self.title,
            "description": self.summary,
            "possibleTreatment": {"@type": "MedicalProcedure", "name": program.title},
        }
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["other_indications"] = list(
            IndicationPage.objects.sibling_of(self, inclusive=False).live().public()
        )
        return context
