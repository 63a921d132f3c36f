"""The CSRF failure page, and the admin views of forms and their submissions."""

import re

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import FormPagesListView
from wagtail.contrib.forms.views import SubmissionsListView as WagtailSubmissionsListView

# A cell a spreadsheet would run as a formula (OWASP "CSV injection")...
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ...unless it is only a number or phone number, such as +1 800-555-0142.
PLAIN_NUMBER = re.compile(r"^[+\-]?[\d\s().\-/]*$")


def spreadsheet_safe(value):
    """Prefix a quote to text that a spreadsheet would otherwise treat as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.match(value):
        return "'" + value
    return value


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


class SubmissionsListView(WagtailSubmissionsListView):
    """Wagtail's submissions list and export; exported cells cannot run as formulas."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value
