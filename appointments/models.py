"""Two form pages on Wagtail's form builder, and the submissions they store.

``AppointmentRequestPage`` (patients and families) and ``ReferralPage``
(referring clinicians) share one abstract base. A POST is handled in this order:
body size, rate limit, honeypot, validation; a valid submission is saved in one
transaction, and only then is Intake told (an email without any answers).
"""

import logging

from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import (
    AbstractFormField,
    AbstractFormSubmission,
    EmailFormMixin,
    FormMixin,
)
from wagtail.fields import RichTextField

from audit import log
from programs.blocks import RICH_TEXT_FEATURES
from programs.models import SitePage

from . import default_fields, notifications, ratelimit
from .encryption import EncryptedJSONField
from .forms import AUTOCOMPLETE_CHOICES, FIELD_TYPE_CHOICES, FormBuilder

logger = logging.getLogger(__name__)

# The hidden field only bots fill in; a name no browser autofills and no editor's field takes.
HONEYPOT_FIELD = "homepage_url"
RESERVED_NAMES = {HONEYPOT_FIELD, "csrfmiddlewaretoken", "submit_time"}
# An honest submission is a few kilobytes; anything above this is refused before parsing.
MAX_BODY_BYTES = 256 * 1024
# Who may read and export submissions (Intake and superusers): see wagtail_hooks.py.
VIEW_SUBMISSIONS = "appointments.view_submission"


class Submission(AbstractFormSubmission):
    """What someone sent through an appointment or referral form. Readable only by Intake.

    The answers are encrypted at rest (``encryption``); the page and time are not.
    """

    form_data = EncryptedJSONField()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self):
        # Wagtail's shows every answer; this name goes into admin messages and the audit trail.
        return f"Submission {self.pk}"


@receiver(post_delete, sender=Submission)
def record_deletion(sender, instance, **kwargs):
    """Audit every deletion, by whom (the admin's log context) or by the system (purge, cascade)."""
    log.record("appointments.submission.delete", instance=instance, data={"page": instance.page_id})


class FormPageAdminForm(WagtailAdminFormPageForm):
    """Wagtail's checks on the form builder, plus: no field may take a name the form reserves."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            if form.cleaned_data.get("DELETE"):
                continue
            name = form.instance.clean_name or form.instance.get_field_clean_name()
            if name in RESERVED_NAMES:
                form.add_error("label", _("This label is reserved by the form. Reword it."))
        return cleaned_data


class FormPage(EmailFormMixin, FormMixin, SitePage):
    """A page with a form editors build, a phone alternative and a thank-you page."""

    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="Shown above the form: who it is for and what happens after they send it.",
    )
    privacy_note = models.TextField(
        max_length=500,
        help_text="Shown above the send button: who reads the answers and how long we keep them.",
    )
    submit_label = models.CharField(
        max_length=40,
        default="Send",
        help_text="The words on the send button, e.g. “Send my request”.",
    )
    thank_you_heading = models.CharField(
        max_length=120,
        default="Thank you",
        help_text="The heading people see after sending the form.",
    )
    thank_you_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="What happens next, and when. The phone number is added under it.",
    )

    base_form_class = FormPageAdminForm
    form_builder = FormBuilder
    landing_page_template = "appointments/form_page_landing.html"
    parent_page_types = ["programs.ProgramPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    default_field_definitions: list[tuple] = []

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("privacy_note"),
        FieldPanel("submit_label"),
        MultiFieldPanel(
            [FieldPanel("thank_you_heading"), FieldPanel("thank_you_text")],
            heading="Thank-you page",
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "to_address",
                    help_text=(
                        "Optional. Members of the Intake group with an email address are always "
                        "told; add other addresses here, separated by commas."
                    ),
                ),
                FieldPanel(
                    "subject",
                    help_text="Optional. Never put a patient's details here.",
                ),
            ],
            heading="Who is told about new requests",
            help_text=(
                "The email says only that a request arrived and links to the admin. "
                "It never contains names or answers."
            ),
        ),
    ]

    class Meta:
        abstract = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A brand new page (in the admin's create view or the seed loader) starts with the
        # default fields. Pages loaded from the database or a revision pass their own.
        if not args and self.pk is None and "form_fields" not in kwargs:
            field_model = self._meta.get_field("form_fields").related_model
            self.form_fields = default_fields.build(field_model, self.default_field_definitions)

    def get_submission_class(self):
        return Submission

    def get_submissions_list_view_class(self):
        from .views import SubmissionsListView

        return SubmissionsListView

    def serve(self, request, *args, **kwargs):
        response = self.serve_form(request)
        # Never kept by a browser, proxy or page cache: answers are echoed back on errors,
        # and each visitor's form carries their own CSRF token.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    def serve_form(self, request):
        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self, user=request.user))
        if body_size(request) > MAX_BODY_BYTES:
            return self.render_not_sent(request, "too_large", status=413)
        if ratelimit.is_limited(request):
            response = self.render_not_sent(request, "rate_limited", status=429)
            response["Retry-After"] = str(ratelimit.window_seconds())
            return response
        if request.POST.get(HONEYPOT_FIELD):
            # A bot: it sees the usual thank-you page, and nothing is stored or sent.
            logger.warning("Form page %s: honeypot filled in, submission discarded.", self.pk)
            ratelimit.record(request)
            return self.render_landing_page(request)
        form = self.get_form(request.POST, page=self, user=request.user)
        if not form.is_valid():
            return self.render_form(request, form)
        submission = self.process_form_submission(form)
        ratelimit.record(request)
        return self.render_landing_page(request, submission)

    def render_form(self, request, form) -> TemplateResponse:
        context = self.get_context(request)
        context["form"] = form
        context["honeypot_field"] = HONEYPOT_FIELD
        return TemplateResponse(request, self.get_template(request), context)

    def render_not_sent(self, request, reason: str, status: int) -> TemplateResponse:
        context = self.get_context(request)
        context.update(reason=reason, retry_minutes=ratelimit.window_seconds() // 60)
        return TemplateResponse(request, "appointments/not_sent.html", context, status=status)

    def process_form_submission(self, form):
        """Save first, in one transaction; then tell Intake, whose email may fail harmlessly."""
        with transaction.atomic():
            submission = Submission.objects.create(form_data=form.cleaned_data, page=self)
        notifications.notify_intake(self, submission)
        return submission

    def render_email(self, form):
        """Wagtail would put every answer in the email; ours never carries any."""
        return notifications.body(self)


def body_size(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class FormField(AbstractFormField):
    """One field of a form page, with our field types and what browsers may fill in."""

    field_type = models.CharField(
        verbose_name=_("field type"),
        max_length=16,
        choices=FIELD_TYPE_CHOICES,
        help_text="“Phone number” and “Date of birth” are checked for sense.",
    )
    field_type.required_on_save = True
    autocomplete = models.CharField(
        max_length=20,
        blank=True,
        choices=AUTOCOMPLETE_CHOICES,
        help_text=(
            "Lets browsers fill in the person's own details. Choose “Do not fill in” for "
            "details about someone else, such as a referred patient."
        ),
    )

    panels = [*AbstractFormField.panels, FieldPanel("autocomplete")]

    class Meta(AbstractFormField.Meta):
        abstract = True


class AppointmentRequestPage(FormPage):
    """Patients and families ask for an appointment."""

    template = "appointments/form_page.html"
    default_field_definitions = default_fields.APPOINTMENT_FIELDS
    # The header's "Request an appointment" leads here (programs.navigation).
    takes_appointment_requests = True

    class Meta:
        verbose_name = _("appointment request form")


class AppointmentFormField(FormField):
    page = ParentalKey(
        AppointmentRequestPage,
        on_delete=models.CASCADE,
        related_name="form_fields",
        help_text="The form this field belongs to.",
    )


class ReferralPage(FormPage):
    """Referring clinicians refer a patient."""

    template = "appointments/form_page.html"
    default_field_definitions = default_fields.REFERRAL_FIELDS

    class Meta:
        verbose_name = _("referral form")


class ReferralFormField(FormField):
    page = ParentalKey(
        ReferralPage,
        on_delete=models.CASCADE,
        related_name="form_fields",
        help_text="The form this field belongs to.",
    )
