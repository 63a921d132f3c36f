"""The audit trail: who read, exported or deleted patients' submissions, and who signed in.

Its own app, rather than part of ``appointments`` or the sign-in code, because
its rules belong to no single feature: every app writes to it, only superusers
read it (Intake, who read the submissions themselves, never read who else did),
nobody edits it, and it is kept for years (``AUDIT_RETENTION_DAYS``, six by
default) while the submissions it mentions are deleted after months.

Entries are Wagtail log entries of our own model, ``AuditLogEntry``, so they
appear in the admin's **Reports > Site history** for superusers and nowhere else.

To write one, call::

    from audit import log
    log.record("audit.login_failed", user=None, data={"username": "jo"}, title="jo")
    log.record("audit.submissions.export", instance=form_page, user=request.user,
               data={"count": 12, "format": "csv"})

``record(action, instance=None, user=None, data=None, title=None)``: ``action`` is
a log action registered through Wagtail's ``register_log_actions`` hook (the
sign-in ones are in ``audit.wagtail_hooks``; other apps register theirs in their
own hooks). ``instance`` is what the action concerns, if anything; ``user``
defaults to the admin request's user (Wagtail's log context), and an anonymous
user is stored as none. ``data`` is JSON kept with the entry: counts, ids,
usernames, never what a patient wrote. ``title`` names the entry in Site
history (default: the instance, or the action's label).
"""
