"""Audit entries: Wagtail log entries that only superusers read and nobody changes."""

from django.db import models

from wagtail.models import BaseLogEntry
from wagtail.models.audit_log import ModelLogEntryManager


class AuditLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """Superusers read the whole trail; everyone else, Intake included, reads none of it."""
        if user.is_active and user.is_superuser:
            return self.all()
        return self.none()


class AuditLogEntry(BaseLogEntry):
    """One audited action. ``object_id`` is blank when it concerns no object (a failed sign-in)."""

    object_id = models.CharField(max_length=255, blank=True, db_index=True)

    objects = AuditLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = "audit log entry"
        verbose_name_plural = "audit log entries"

    def save(self, *args, **kwargs):
        """Append only: an entry, once written, is never rewritten."""
        if not self._state.adding:
            raise ValueError("Audit log entries cannot be changed.")
        return super().save(*args, **kwargs)

    @property
    def object_verbose_name(self):
        return super().object_verbose_name if self.content_type_id else ""
