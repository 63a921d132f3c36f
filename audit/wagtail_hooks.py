"""The audit log in Wagtail's registry, and the actions that concern no single app: sign-in."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .models import AuditLogEntry


class CountFormatter(LogFormatter):
    """A message naming how many things the action touched (``data["count"]``)."""

    def format_message(self, log_entry):
        return self.message % {"count": log_entry.data.get("count", 0), **log_entry.data}


@hooks.register("register_log_actions")
def register_audit_log(actions):
    # Listed in Site history by this registration; entries about an audit entry stay here too.
    actions.register_model(AuditLogEntry, AuditLogEntry)

    actions.register_action("audit.login", "Sign in", "Signed in")
    actions.register_action("audit.login_failed", "Failed sign-in", "Failed to sign in")
    actions.register_action("audit.lockout", "Locked out", "Locked out after repeated failures")

    @actions.register_action("audit.purge")
    class PurgeFormatter(CountFormatter):
        label = "Purge audit log"
        message = "Deleted %(count)d audit entries older than %(days)d days"
