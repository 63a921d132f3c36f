"""The CSRF failure page, and the admin views of forms and their submissions.

Every look at submissions is written to the audit trail (``audit.log``): the
list of forms, each page of submissions shown and each export with its row count.
Deletions are recorded however they happen (``models.record_deletion``).
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import FormPagesListView
from wagtail.contrib.forms.views import SubmissionsListView as WagtailSubmissionsListView

from audit import log
from audit.spreadsheets import FormulaSafeExportMixin


def csrf_failure(request, reason=""):
    """Say plainly that the form was not sent, how to try again, and the phone number."""
    return TemplateResponse(request, "appointments/csrf_failure.html", status=403)


class SubmissionsIndexView(FormPagesListView):
    """Wagtail's list of forms, open to whoever may read some form's submissions.

    Wagtail's own list also asks for a page-editing permission, which Intake
    deliberately lacks: reading patients' requests does not need editing pages.
    Which forms each user sees is still decided by ``get_forms_for_user`` and so
    by our ``filter_form_submissions_for_user`` hook.
    """

    any_permission_required = None
    index_url_name = "appointments_submissions:index"
    index_results_url_name = "appointments_submissions:index_results"

    def dispatch(self, request, *args, **kwargs):
        if not get_forms_for_user(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        log.record("appointments.submissions.list", data={"forms": len(context["object_list"])})
        return context


class SubmissionsListView(FormulaSafeExportMixin, WagtailSubmissionsListView):
    """Wagtail's submissions list and export, audited; exported cells cannot run as formulas."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            shown = [submission.pk for submission in context["submissions"]]
            log.record(
                "appointments.submissions.view",
                instance=self.form_page,
                data={"count": len(shown), "submissions": shown},
            )
        return context

    def get_heading(self, queryset, field):
        heading = super().get_heading(queryset, field)
        if field == "submit_time":  # the zone is named, so nobody reads the time as UTC
            return f"{heading} ({timezone.get_current_timezone_name()})"
        return heading

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):  # the site's time, as the screen shows it
            value = timezone.localtime(value).replace(tzinfo=None, microsecond=0)
        return super().preprocess_field_value(field, value, export_format)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        log.record(
            "appointments.submissions.export",
            instance=self.form_page,
            data={"count": queryset.count(), "format": spreadsheet_format},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)
