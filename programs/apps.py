from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    """Home, program and indication pages, the blocks every page body shares, and snippets."""

    name = "programs"
    verbose_name = "Programs"

    def ready(self):
        from . import translated_choices

        translated_choices.connect()  # a translation's statistics and links follow its language
