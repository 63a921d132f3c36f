"""Factories for everything the project defines: pages, form pages and their fields, snippets,
settings, the records the site writes, and every StreamField block.

One module rather than a package per app: every test imports ``from tests.factories import …``,
the meta-test (``tests/test_factories.py``) reads the factories from this one place, and no
re-export list has to be kept in step. The sections follow the dependency direction, each
using only those above it: images; snippets and settings; blocks; pages; form pages; then the
records the site writes (submissions, audit entries, the review task). The one exception, an
indication link's default page, names its factory by dotted path, resolved when used.

Every default is valid and realistic: what an editor could have saved, passing the model's
``full_clean`` and the block's ``clean`` (``tests/test_factories.py`` checks each one). A page
factory called with no ``parent`` builds the branch its ``parent_page_types`` need (home →
program → guide → section); pass ``parent=`` to put it into an existing tree.

A block factory declares every child of its block: ``StructFactory`` refuses to build a value
that leaves a child out, so a child added to a block needs its factory to learn it too.
"""

from django.contrib.auth.models import Group

from wagtail.models import Collection, Page, Site
from wagtail.snippets.blocks import SnippetChooserBlock

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail_factories.blocks import BlockFactory

from appointments.models import (
    AppointmentFormField,
    AppointmentRequestPage,
    ReferralFormField,
    ReferralPage,
    Submission,
)
from audit import log
from audit.models import AuditLogEntry
from medical_review.governance import MEDICAL_REVIEWERS
from medical_review.models import ClinicianApprovalTask
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs import blocks
from programs.hospital_settings import HospitalSettings
from programs.models import HomePage, IndicationPage, ProgramPage
from programs.snippets import Clinician, Location, Reference, Statistic


class HtmlParagraph(factory.Faker):
    """Faker's paragraph as rich text (``<p>…</p>``), the way a rich text field stores it."""

    def __init__(self, **kwargs):
        super().__init__("paragraph", **kwargs)

    def evaluate(self, instance, step, extra):
        return f"<p>{super().evaluate(instance, step, extra)}</p>"


class Words(factory.Faker):
    """A few of Faker's words, capitalised like a title or heading (no final full stop)."""

    def __init__(self, nb_words=4, **kwargs):
        super().__init__("sentence", nb_words=nb_words, **kwargs)

    def evaluate(self, instance, step, extra):
        return super().evaluate(instance, step, extra).rstrip(".")


# --- Images ---------------------------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    """A photo in the root collection, where editors' uploads go (wagtail-factories' own
    ImageFactory makes a new root collection for every image)."""

    title = Words(nb_words=3)
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=1200, height=800, color="steelblue")


# --- Snippets and settings ------------------------------------------------------------------


class StatisticFactory(DjangoModelFactory):
    """A share of patients, so it can also be drawn as an icon array, with its source."""

    value = factory.LazyAttribute(lambda o: f"{o.percent}%")
    measure = factory.Iterator(
        [
            "of patients get pain relief",
            "of tumours stay under control after two years",
            "of patients go home the same day",
            "of patients keep walking",
        ]
    )
    source = factory.Faker("company")
    source_url = factory.Faker("url")
    as_of = factory.Faker("date_between", start_date="-2y", end_date="today")

    class Params:
        percent = factory.Faker("random_int", min=5, max=95)

    class Meta:
        model = Statistic


class ReferenceFactory(DjangoModelFactory):
    citation = factory.LazyAttribute(
        lambda o: f"{o.author} et al. {o.title} {o.journal}. {o.year}."
    )
    url = factory.Faker("url")

    class Params:
        author = factory.Faker("last_name")
        title = factory.Faker("sentence", nb_words=8)
        journal = factory.Iterator(["J Neurosurg Spine", "Int J Radiat Oncol Biol Phys"])
        year = factory.Faker("random_int", min=2005, max=2025)

    class Meta:
        model = Reference


class ClinicianFactory(DjangoModelFactory):
    name = factory.Faker("name")
    credentials = "MD"
    role = factory.Iterator(
        ["Radiation oncologist", "Neurosurgeon", "Medical physicist", "Nurse navigator"]
    )

    class Meta:
        model = Clinician


class LocationFactory(DjangoModelFactory):
    name = factory.Faker("company")
    address = factory.Faker("address")
    phone = factory.Faker("numerify", text="800-555-01##")
    directions_url = factory.Faker("url")

    class Meta:
        model = Location


class HospitalSettingsFactory(DjangoModelFactory):
    """The default site's settings, unless ``site=`` says whose."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    hospital_name = factory.Faker("company")
    centre_name = factory.Faker("company")
    phone = factory.Faker("numerify", text="800-555-01##")
    appointment_url = factory.Faker("url")
    disclaimer = factory.Faker("paragraph")
    policy_url = factory.Faker("url")
    medical_disclaimer = factory.Faker("sentence")

    class Meta:
        model = HospitalSettings
        django_get_or_create = ["site"]


# --- Blocks ---------------------------------------------------------------------------------
# Lists have defaults through class-level ``<list>__<index>__<child>`` declarations: pass
# more indexes to add items (``rows__2__label="Chemotherapy"``), the same index to change one.


class StructFactory(wagtail_factories.StructBlockFactory):
    """A StructBlockFactory whose value has every child of the block, in the block's order."""

    class Meta:
        abstract = True

    @classmethod
    def _construct_struct_value(cls, block_class, params):
        block = block_class()
        if set(params) != set(block.child_blocks):
            raise TypeError(
                f"{cls.__name__} must declare exactly the children of {block_class.__name__}: "
                f"missing {sorted(set(block.child_blocks) - set(params))}, "
                f"unknown {sorted(set(params) - set(block.child_blocks))}."
            )
        return block._to_struct_value([(name, params[name]) for name in block.child_blocks])


class ParagraphBlockFactory(BlockFactory):
    value = factory.Faker("paragraph")

    class Meta:
        model = blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(f"<p>{kwargs['value']}</p>")


class StatisticChooserBlockFactory(wagtail_factories.blocks.ChooserBlockFactory):
    statistic = factory.SubFactory(StatisticFactory)

    class Meta:
        model = SnippetChooserBlock

    @classmethod
    def _build(cls, model_class, statistic):
        return statistic

    _create = _build


class ImageChooserBlockFactory(wagtail_factories.ImageChooserBlockFactory):
    image = factory.SubFactory(ImageFactory)


class IndicationChooserBlockFactory(wagtail_factories.PageChooserBlockFactory):
    page = factory.SubFactory("tests.factories.IndicationPageFactory")


class HeadingBlockFactory(StructFactory):
    text = Words()
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class KeyFactBlockFactory(StructFactory):
    statistic = factory.SubFactory(StatisticChooserBlockFactory)
    display = "number"
    context = factory.Faker("sentence")

    class Meta:
        model = blocks.KeyFactBlock


class CalloutBlockFactory(StructFactory):
    tone = "important"
    title = Words(nb_words=5)
    text = factory.SubFactory(ParagraphBlockFactory)

    class Meta:
        model = blocks.CalloutBlock


class ImageBlockFactory(StructFactory):
    """A described photo; ``decorative=True, alt_text=""`` for one screen readers skip."""

    image = factory.SubFactory(ImageChooserBlockFactory)
    decorative = False
    alt_text = factory.Faker("sentence", nb_words=8)
    caption = factory.Faker("sentence", nb_words=6)

    class Meta:
        model = blocks.ImageBlock


class ComparisonRowBlockFactory(StructFactory):
    """A row with two cells, for the two columns ComparisonTableBlockFactory has."""

    label = factory.Iterator(["Surgery", "Radiosurgery", "Conventional radiation"])
    cells = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)
    cells__0 = factory.Faker("sentence", nb_words=4)
    cells__1 = factory.Iterator(["Weeks", "None", "A few days"])
    highlight = False

    class Meta:
        model = blocks.ComparisonRowBlock


class ComparisonTableBlockFactory(StructFactory):
    """Two options over two columns: the two rows the block requires, each cell filled."""

    caption = factory.Faker("sentence", nb_words=6)
    option_heading = "Option"
    columns = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)
    columns__0 = "What it is"
    columns__1 = "Recovery time"
    rows = wagtail_factories.ListBlockFactory(ComparisonRowBlockFactory)
    rows__0__label = "Surgery"
    rows__1__label = "Radiosurgery"
    rows__1__highlight = True

    class Meta:
        model = blocks.ComparisonTableBlock


class QuestionBlockFactory(StructFactory):
    question = factory.LazyAttribute(lambda o: f"{o.words}?")
    answer = factory.SubFactory(ParagraphBlockFactory)

    class Params:
        words = Words(nb_words=6)

    class Meta:
        model = blocks.QuestionBlock


class FAQBlockFactory(StructFactory):
    heading = Words(nb_words=3)
    questions = wagtail_factories.ListBlockFactory(QuestionBlockFactory)
    questions__0__question = "Will I feel the radiation?"
    questions__1__question = "How long does a treatment take?"

    class Meta:
        model = blocks.FAQBlock


class IndicationLinkBlockFactory(StructFactory):
    """A card to an indication page; a new one (in a new branch) unless ``page=`` is given."""

    page = factory.SubFactory(IndicationChooserBlockFactory)
    text = ""  # The card then shows the page's own summary, as editors usually leave it.

    class Meta:
        model = blocks.IndicationLinkBlock


class IllustrationBlockFactory(StructFactory):
    """The built-in drawing, captioned; ``uploaded=True`` for an image with its own words."""

    illustration = "how_it_works"
    image = None
    alt_text = ""
    caption = factory.Faker("sentence", nb_words=8)
    description = ""

    class Params:
        uploaded = factory.Trait(
            illustration="image",
            image=factory.SubFactory(ImageChooserBlockFactory),
            alt_text=factory.Faker("sentence", nb_words=10),
            description=factory.Faker("paragraph", nb_sentences=4),
        )

    class Meta:
        model = blocks.IllustrationBlock


class TimelineStepBlockFactory(StructFactory):
    label = factory.Iterator(["Arrive", "Get into position", "Treatment", "Go home"])
    description = factory.Faker("sentence", nb_words=6)

    class Meta:
        model = blocks.TimelineStepBlock


class TimelineBlockFactory(StructFactory):
    """A treatment day in four steps (the block takes two to eight)."""

    title = "Treatment day at a glance"
    steps = wagtail_factories.ListBlockFactory(TimelineStepBlockFactory)
    steps__0__label = "Arrive"
    steps__1__label = "Get into position"
    steps__2__label = "Treatment"
    steps__3__label = "Go home"

    class Meta:
        model = blocks.TimelineBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    """Every child of BodyBlock: ``body__0="timeline"`` for a default one,
    ``body__0__heading__text="…"`` to set what it says."""

    paragraph = factory.SubFactory(ParagraphBlockFactory)
    heading = factory.SubFactory(HeadingBlockFactory)
    key_fact = factory.SubFactory(KeyFactBlockFactory)
    callout = factory.SubFactory(CalloutBlockFactory)
    image = factory.SubFactory(ImageBlockFactory)
    comparison_table = factory.SubFactory(ComparisonTableBlockFactory)
    faq = factory.SubFactory(FAQBlockFactory)
    indication_link = factory.SubFactory(IndicationLinkBlockFactory)
    illustration = factory.SubFactory(IllustrationBlockFactory)
    timeline = factory.SubFactory(TimelineBlockFactory)

    class Meta:
        model = blocks.BodyBlock


# --- Pages ----------------------------------------------------------------------------------


class SitePageFactory(wagtail_factories.PageFactory):
    title = Words()
    summary = factory.Faker("sentence", nb_words=15)

    class Meta:
        abstract = True


class HomePageFactory(SitePageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class ProgramPageFactory(SitePageFactory):
    parent = factory.SubFactory(HomePageFactory)
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)
    appointment_text = factory.Faker("sentence")
    how_performed = factory.Faker("sentence")
    follow_up = factory.Faker("sentence")
    show_in_menus = True

    class Meta:
        model = ProgramPage


class IndicationPageFactory(SitePageFactory):
    parent = factory.SubFactory(ProgramPageFactory)
    who_it_is_for = HtmlParagraph()
    how_it_helps = HtmlParagraph()
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = IndicationPage


class PatientGuidePageFactory(SitePageFactory):
    parent = factory.SubFactory(ProgramPageFactory)
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = PatientGuidePage


class GuideSectionPageFactory(SitePageFactory):
    parent = factory.SubFactory(PatientGuidePageFactory)
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = GuideSectionPage


# --- Form pages -----------------------------------------------------------------------------
# A new form page starts with its default fields (appointments.default_fields), as in the
# admin; pass ``form_fields=[]`` for none, or add one with a form field factory.


class FormPageFactory(SitePageFactory):
    parent = factory.SubFactory(ProgramPageFactory)
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


class FormFieldFactory(DjangoModelFactory):
    """A field an editor added after the defaults: optional, one line."""

    field_type = "singleline"
    required = False
    help_text = ""
    autocomplete = ""
    sort_order = factory.Sequence(lambda n: 100 + n)

    class Meta:
        abstract = True


class AppointmentFormFieldFactory(FormFieldFactory):
    page = factory.SubFactory(AppointmentRequestPageFactory)
    label = factory.Iterator(["Preferred language", "Do you need an interpreter?"])

    class Meta:
        model = AppointmentFormField


class ReferralFormFieldFactory(FormFieldFactory):
    page = factory.SubFactory(ReferralPageFactory)
    label = factory.Iterator(["Referring clinician's NPI number", "Primary site of cancer"])

    class Meta:
        model = ReferralFormField


# --- Records the site writes ----------------------------------------------------------------

# An answer for each field type a form page can have, as the form stores it (JSON); a one-line
# answer depends on whose detail it asks for (its ``autocomplete``).
ANSWERS = {
    "multiline": "I would like to know if this treatment is right for me.",
    "email": "ana.garcia@example.org",
    "phone": "800-555-0142",
    "birthdate": "1958-03-27",
    "checkbox": True,
}
ONE_LINE_ANSWERS = {
    "name": "Ana García",
    "organization": "Riverside Oncology Associates",
    "off": "Luis Moreno",  # someone else's detail: the referred patient
}


def answer(field):
    choices = [choice.strip() for choice in field.choices.splitlines() if choice.strip()]
    if choices:
        return choices[-1]
    if field.field_type == "singleline":
        return ONE_LINE_ANSWERS.get(field.autocomplete, "Spanish")
    return ANSWERS.get(field.field_type, "")


def answers_for(page) -> dict:
    """What someone might send through ``page``'s form: an answer to each of its fields."""
    return {field.clean_name: answer(field) for field in page.form_fields.all()}


class SubmissionFactory(DjangoModelFactory):
    """A request sent through a form page, answering each of that page's fields."""

    page = factory.SubFactory(AppointmentRequestPageFactory)
    form_data = factory.LazyAttribute(lambda o: answers_for(o.page))

    class Meta:
        model = Submission


class AuditLogEntryFactory(DjangoModelFactory):
    """An entry written the one way the site writes them, ``audit.log.record`` (so create only:
    entries are append-only). By default a failed sign-in; pass ``action``, ``instance``,
    ``user`` and ``data`` for another registered action."""

    action = "audit.login_failed"
    instance = None
    user = None
    data = factory.LazyAttribute(lambda o: {"username": o.username})
    title = factory.SelfAttribute("username")

    class Params:
        username = factory.Faker("user_name")

    class Meta:
        model = AuditLogEntry

    @classmethod
    def _create(cls, model_class, action, **kwargs):
        return log.record(action, **kwargs)


class ClinicianApprovalTaskFactory(DjangoModelFactory):
    """The medical review task, approved by the Medical reviewers group (the one the governance
    set-up makes, when it exists)."""

    name = "Clinician approval"

    class Meta:
        model = ClinicianApprovalTask
        django_get_or_create = ["name"]
        skip_postgeneration_save = True  # groups.set() saves the relation itself

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            self.groups.set(extracted or [Group.objects.get(name=MEDICAL_REVIEWERS)])
