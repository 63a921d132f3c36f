from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    """Home, program and indication pages, the blocks every page body shares, and snippets."""

    name = "programs"
    verbose_name = "Programs"
