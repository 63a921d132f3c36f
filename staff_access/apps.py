from django.apps import AppConfig


class StaffAccessConfig(AppConfig):
    name = "staff_access"
    verbose_name = "Staff sign-in"

    def ready(self):
        from . import signals  # noqa: F401  (connects the audit and session receivers)
