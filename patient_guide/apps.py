from django.apps import AppConfig


class PatientGuideConfig(AppConfig):
    """A program's patient guide: an introduction, its sections in order, the whole-guide view."""

    name = "patient_guide"
    verbose_name = "Patient guide"
