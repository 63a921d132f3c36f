"""wagtail-factories factories: one for every page type, snippet and block used in bodies."""

from wagtail.snippets.blocks import SnippetChooserBlock

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail_factories.blocks import BlockFactory

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs import blocks
from programs.hospital_settings import HospitalSettings
from programs.models import HomePage, IndicationPage, ProgramPage
from programs.snippets import Clinician, Location, Reference, Statistic


class StatisticFactory(DjangoModelFactory):
    value = factory.Faker("numerify", text="##%")
    measure = factory.Faker("sentence", nb_words=6)
    source = factory.Faker("company")
    source_url = factory.Faker("url")
    as_of = factory.Faker("date_object")

    class Meta:
        model = Statistic


class ReferenceFactory(DjangoModelFactory):
    citation = factory.Faker("sentence", nb_words=10)
    url = factory.Faker("url")

    class Meta:
        model = Reference


class ClinicianFactory(DjangoModelFactory):
    name = factory.Faker("name")
    credentials = "MD"
    role = factory.Faker("job")

    class Meta:
        model = Clinician


class LocationFactory(DjangoModelFactory):
    name = factory.Faker("company")
    address = factory.Faker("address")
    phone = factory.Faker("numerify", text="800-555-01##")

    class Meta:
        model = Location


class HospitalSettingsFactory(DjangoModelFactory):
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


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=4)
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class KeyFactBlockFactory(wagtail_factories.StructBlockFactory):
    statistic = factory.SubFactory(StatisticChooserBlockFactory)
    context = factory.Faker("sentence")

    class Meta:
        model = blocks.KeyFactBlock


class CalloutBlockFactory(wagtail_factories.StructBlockFactory):
    tone = "important"
    title = factory.Faker("sentence", nb_words=5)
    text = factory.SubFactory(ParagraphBlockFactory)

    class Meta:
        model = blocks.CalloutBlock


class QuestionBlockFactory(wagtail_factories.StructBlockFactory):
    question = factory.Faker("sentence", nb_words=6)
    answer = factory.SubFactory(ParagraphBlockFactory)

    class Meta:
        model = blocks.QuestionBlock


class FAQBlockFactory(wagtail_factories.StructBlockFactory):
    heading = factory.Faker("sentence", nb_words=3)
    questions = wagtail_factories.ListBlockFactory(QuestionBlockFactory)

    class Meta:
        model = blocks.FAQBlock


class IndicationLinkBlockFactory(wagtail_factories.StructBlockFactory):
    page = None  # Pass page=<IndicationPage>; a link needs a page in the tree.
    text = ""

    class Meta:
        model = blocks.IndicationLinkBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    heading = factory.SubFactory(HeadingBlockFactory)
    key_fact = factory.SubFactory(KeyFactBlockFactory)
    callout = factory.SubFactory(CalloutBlockFactory)
    faq = factory.SubFactory(FAQBlockFactory)
    indication_link = factory.SubFactory(IndicationLinkBlockFactory)

    class Meta:
        model = blocks.BodyBlock


class SitePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4)
    summary = factory.Faker("sentence", nb_words=15)

    class Meta:
        abstract = True


class HomePageFactory(SitePageFactory):
    class Meta:
        model = HomePage


class ProgramPageFactory(SitePageFactory):
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)
    appointment_text = factory.Faker("sentence")
    how_performed = factory.Faker("sentence")
    follow_up = factory.Faker("sentence")
    show_in_menus = True

    class Meta:
        model = ProgramPage


class IndicationPageFactory(SitePageFactory):
    who_it_is_for = factory.Faker("paragraph")
    how_it_helps = factory.Faker("paragraph")
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = IndicationPage


class PatientGuidePageFactory(SitePageFactory):
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = PatientGuidePage


class GuideSectionPageFactory(SitePageFactory):
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = GuideSectionPage
