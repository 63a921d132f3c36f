"""Build the program's page tree, statistics and settings from the seed's structure and copy.

``seed_content.structure`` says which pages, blocks and figures there are, once;
``seed_content.copy_en`` and ``copy_es`` give each language's words.
``seed_content.assemble`` joins them before anything is saved, and stops the command
with a message naming the key if a language lacks a word or has one the structure
does not use.

Idempotent: every object has a translation key derived from a stable name (its key in
the structure), so a second run finds what the first made and changes nothing, even
after editors have renamed or moved pages. Existing content is never overwritten.

Other languages are built as translations of the English: each page and statistic
shares its English original's translation key, in its own locale, so Wagtail (and the
language switcher) know they are the same page. ``--languages`` (default:
settings.SEED_CONTENT_LANGUAGES) chooses which are made.
"""

import uuid

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale, Page, Site

from appointments import default_fields
from appointments.models import AppointmentRequestPage
from medical_review.governance import ensure_governance
from programs.hospital_settings import HospitalSettings
from programs.models import HomePage
from programs.snippets import Statistic
from seed_content import assemble, structure

KEY_NAMESPACE = uuid.UUID("5a1c6f0e-2d3b-4f7a-9c8e-1b2a3c4d5e6f")


def translation_key(name: str) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, name)


class Command(BaseCommand):
    help = "Create the Stereotactic Spinal Radiosurgery Program pages, statistics and settings."

    def add_arguments(self, parser):
        parser.add_argument(
            "--languages",
            default=",".join(getattr(settings, "SEED_CONTENT_LANGUAGES", ["en", "es"])),
            help="Comma-separated languages to build (en first): en,es",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        languages = [code for code in options["languages"].split(",") if code]
        # Every language's copy is checked against the structure before anything is saved.
        try:
            english = assemble.content("en")
            contents = {
                code: english if code == "en" else assemble.content(code) for code in languages
            }
        except assemble.SeedCopyError as error:
            raise CommandError(f"The seed's copy does not fit its structure: {error}") from error
        self.created = 0
        self.locale, _ = Locale.objects.get_or_create(language_code="en")
        site = self.ensure_site(english)
        ensure_governance()  # groups, page permissions and workflow need the tree's root
        self.ensure_settings(site, english)
        english_home = site.root_page.specific
        for language, content in contents.items():
            if language != "en":
                self.locale, _ = Locale.objects.get_or_create(language_code=language)
                home = self.ensure_page(
                    english_home.get_parent(), HomePage, "home", content.page("home")
                )
                self.ensure_translated_settings(site, content, english)
            else:
                home = english_home
            self.build_program(home, content)
        self.ensure_appointment_link(site)
        self.stdout.write(
            self.style.SUCCESS(f"Program content ready: {self.created} objects created.")
        )

    def build_program(self, home: Page, content: assemble.Content) -> None:
        """The statistics, then every page under the home page, in the structure's order."""
        self.statistics = {
            key: self.ensure_statistic(key, fields) for key, fields in content.statistics.items()
        }
        self.pages = {"home": home}
        for page in content.pages:
            if page.parent is None:  # the home page, made before (ensure_site)
                continue
            model = apps.get_model(page.model)
            self.pages[page.key] = self.ensure_page(
                self.pages[page.parent], model, page.key, page.content
            )

    def ensure_site(self, english: assemble.Content) -> Site:
        """Point the default site at our HomePage, replacing Wagtail's empty welcome page."""
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=self.locale))
        home = HomePage.objects.filter(
            translation_key=translation_key("home"), locale=self.locale
        ).first()
        if home is None:
            for placeholder in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore", numchild=0
            ):
                placeholder.delete()
            home = self.create_page(root, HomePage, "home", english.page("home"))
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
            self.created += 1
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        return site

    def ensure_settings(self, site: Site, english: assemble.Content) -> None:
        """Fill the hospital settings once; later runs leave editors' changes alone."""
        hospital = HospitalSettings.for_site(site)
        if not hospital.hospital_name:
            for field, value in {**structure.HOSPITAL_SETTINGS, **english.settings}.items():
                setattr(hospital, field, value)
            hospital.save()
            self.created += 1

    def ensure_translated_settings(
        self, site: Site, content: assemble.Content, english: assemble.Content
    ) -> None:
        """Fill the settings' translated fields while empty and the English is still the seed's."""
        hospital = HospitalSettings.for_site(site)
        changed = False
        for name, value in content.settings.items():
            field = f"{name}_{content.language}"
            if not getattr(hospital, field) and getattr(hospital, name) == english.settings[name]:
                setattr(hospital, field, value)
                changed = True
        if changed:
            hospital.save()
            self.created += 1

    def ensure_appointment_link(self, site: Site) -> None:
        """Point an empty appointment link at the program's own request form, while the
        settings' names are still the seed's (as for the translated fields)."""
        hospital = HospitalSettings.for_site(site)
        form = AppointmentRequestPage.objects.filter(
            translation_key=translation_key("appointment-request"),
            locale__language_code=settings.LANGUAGE_CODE,
        ).first()
        still_the_seeds = hospital.hospital_name == structure.HOSPITAL_SETTINGS["hospital_name"]
        if form and still_the_seeds and not hospital.appointment_url:
            hospital.appointment_url = form.get_full_url()
            hospital.save()
            self.created += 1

    def ensure_statistic(self, key: str, fields: dict) -> Statistic:
        statistic, created = Statistic.objects.get_or_create(
            translation_key=translation_key(f"statistic:{key}"),
            locale=self.locale,
            defaults=fields,
        )
        self.created += created
        return statistic

    def ensure_page(self, parent: Page, model: type[Page], key: str, content: dict) -> Page:
        existing = model.objects.filter(translation_key=translation_key(key), locale=self.locale)
        return existing.first() or self.create_page(parent, model, key, content)

    def create_page(self, parent: Page, model: type[Page], key: str, content: dict) -> Page:
        fields = dict(content)
        if "form_field_definitions" in fields:  # a translated form: its own wording
            field_model = model._meta.get_field("form_fields").related_model
            fields["form_fields"] = default_fields.build(
                field_model, fields.pop("form_field_definitions")
            )
        if "body" in fields:
            fields["body"] = [self.resolve_block(block) for block in fields["body"]]
        page = model(translation_key=translation_key(key), locale=self.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def resolve_block(self, block: tuple[str, object]) -> tuple[str, object]:
        """Swap the structure's keys for statistics and pages with the saved objects."""
        block_type, value = block
        if block_type == "key_fact":
            value = {**value, "statistic": self.statistics[value["statistic"]]}
        elif block_type == "indication_link":
            value = {**value, "page": self.pages[value["page"]]}
        return block_type, value
