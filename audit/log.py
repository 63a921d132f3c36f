"""``record()``: the one function every app calls to write to the audit trail."""

from django.utils import timezone

from wagtail.log_actions import get_active_log_context
from wagtail.log_actions import registry as log_action_registry

from .models import AuditLogEntry


def record(action, instance=None, user=None, data=None, title=None):
    """Write one audit entry now and return it. See the ``audit`` package docstring."""
    if not log_action_registry.action_exists(action):
        raise ValueError(f"Register the audit action {action!r} in a register_log_actions hook.")
    context = get_active_log_context()
    user = user or context.user
    fields = {
        "user": user if user is not None and user.is_authenticated else None,
        "uuid": context.uuid,
        "data": data or {},
        "timestamp": timezone.now(),
    }
    if instance is None:
        label = title or str(log_action_registry.get_action_label(action))
        return AuditLogEntry.objects.create(action=action, label=label, **fields)
    return AuditLogEntry.objects.log_action(instance, action, title=title, **fields)
