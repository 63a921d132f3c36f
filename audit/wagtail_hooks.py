"""The audit log in Wagtail's registry, and the actions that concern no single app: sign-in."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .models import AuditLogEntry


class DataFormatter(LogFormatter):
    """A message filled in from the entry's data, such as how many things the action touched."""

    def format_message(self, log_entry):
        return self.message % log_entry.data


@hooks.register("register_log_actions")
def register_audit_log(actions):
    # Listed in Site history by this registration; entries about an audit entry stay here too.
    actions.register_model(AuditLogEntry, AuditLogEntry)

    actions.register_action("audit.login", "Sign in", "Signed in")
    actions.register_action("audit.login_failed", "Failed sign-in", "Failed to sign in")
    actions.register_action("audit.lockout", "Locked out", "Locked out after repeated failures")

    @actions.register_action("audit.purge")
    class PurgeFormatter(DataFormatter):
        label = "Purge audit log"
        message = "Deleted %(count)d audit entries older than %(days)d days"
