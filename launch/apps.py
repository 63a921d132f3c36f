from django.apps import AppConfig


class LaunchConfig(AppConfig):
    name = "launch"
    verbose_name = "Ready to launch"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
