"""Who reads submissions: superusers and the Intake group, nobody else.

Wagtail lets anyone who may edit a form page read its submissions. Editors may
edit every page, so for our two form types the rule is replaced: a user needs
``appointments.view_submission`` (Intake has it, superusers have everything),
and then sees every appointment and referral form without needing to edit pages.
Other form types, if any are added, keep Wagtail's rule.

Whatever is logged about a submission goes to the superuser-only audit trail,
never to Wagtail's ordinary log that Intake and editors may read.
"""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.models import Page

from audit.models import AuditLogEntry
from audit.wagtail_hooks import DataFormatter

from . import urls
from .models import VIEW_SUBMISSIONS, AppointmentRequestPage, ReferralPage, Submission

PATIENT_FORMS = (AppointmentRequestPage, ReferralPage)


@hooks.register("filter_form_submissions_for_user")
def patient_submissions_only_for_intake(user, editable_forms):
    if user.is_active and user.has_perm(VIEW_SUBMISSIONS):
        return editable_forms | Page.objects.type(*PATIENT_FORMS)
    return editable_forms.not_type(*PATIENT_FORMS)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("form-submissions/", include(urls, namespace="appointments_submissions"))]


class SubmissionsMenuItem(MenuItem):
    def is_shown(self, request):
        return get_forms_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_submissions_menu_item():
    return SubmissionsMenuItem(
        "Form submissions",
        reverse("appointments_submissions:index"),
        name="form-submissions",
        icon_name="form",
        order=700,
    )


@hooks.register("construct_main_menu")
def hide_wagtails_forms_menu_item(request, menu_items):
    """Ours lists the same forms and also opens for Intake; one entry is enough."""
    menu_items[:] = [item for item in menu_items if item.name != "forms"]


@hooks.register("register_log_actions")
def register_submission_audit_actions(actions):
    actions.register_model(Submission, AuditLogEntry)
    actions.register_model(FormSubmission, AuditLogEntry)

    actions.register_action(
        "appointments.submissions.list", "List forms with submissions", "Listed the forms"
    )
    actions.register_action("appointments.submission.delete", "Delete submission", "Deleted")

    @actions.register_action("appointments.submissions.view")
    class ViewFormatter(DataFormatter):
        label = "View submissions"
        message = "Viewed %(count)d submission(s)"

    @actions.register_action("appointments.submissions.export")
    class ExportFormatter(DataFormatter):
        label = "Export submissions"
        message = "Exported %(count)d submission(s) as %(format)s"

    @actions.register_action("appointments.submissions.purge")
    class PurgeFormatter(DataFormatter):
        label = "Purge submissions"
        message = "Deleted %(count)d submission(s) older than %(days)d days"
