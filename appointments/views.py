"""The CSRF failure page, and the admin views of forms and their submissions."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import FormPagesListView
from wagtail.contrib.forms.views import SubmissionsListView as WagtailSubmissionsListView

from radiosurgery_site.spreadsheets import FormulaSafeExportMixin


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


class SubmissionsListView(FormulaSafeExportMixin, WagtailSubmissionsListView):
    """Wagtail's submissions list and export; exported cells cannot run as formulas."""
