"""Hospital settings changes in Wagtail's history, with each changed field's old and new value.

Wagtail's own edit action logs "Edited" and nothing more, and settings keep no revisions,
so without this nobody could tell what the phone number or a disclaimer said before.
"""

from django.db import transaction
from django.utils.text import Truncator, capfirst

from wagtail.actions import EditAction
from wagtail.log_actions import LogFormatter, log

SETTINGS_CHANGED = "programs.settings_changed"
SHOWN_CHARACTERS = 80  # per value in the history message; the log data keeps it whole


def changed_fields(before, after) -> list[dict]:
    """Each editable field whose value differs: its label, and its value before and after."""
    return [
        {
            "field": field.name,
            "label": capfirst(field.verbose_name),
            "before": field.value_to_string(before),
            "after": field.value_to_string(after),
        }
        for field in after._meta.concrete_fields
        if field.editable
        and not field.primary_key
        and field.value_from_object(before) != field.value_from_object(after)
    ]


class LoggedSettingsEditAction(EditAction):
    """Wagtail's edit of a setting, logged as one entry that lists what changed, from what."""

    def __init__(self, instance, user=None, **kwargs):
        super().__init__(instance, user=user, **kwargs)
        self.log_action = False  # replaced by the entry below, which carries the values

    @transaction.atomic
    def _edit(self, skip_permission_checks=False):
        # The form has already written the new values onto the instance: read the old ones.
        before = type(self.instance)._default_manager.get(pk=self.instance.pk)
        instance = super()._edit(skip_permission_checks=skip_permission_checks)
        changes = changed_fields(before, instance)
        if changes:
            log(instance, SETTINGS_CHANGED, user=self.user, data={"changes": changes})
        return instance


class SettingsChangedFormatter(LogFormatter):
    label = "Change settings"

    def format_message(self, log_entry):
        return "; ".join(
            f"{change['label']}: {shorten(change['before'])} → {shorten(change['after'])}"
            for change in log_entry.data.get("changes", [])
        )


def shorten(value: str) -> str:
    return Truncator(value).chars(SHOWN_CHARACTERS) if value else "(empty)"
