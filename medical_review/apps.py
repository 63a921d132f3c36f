from django.apps import AppConfig
from django.db.models.signals import post_migrate


class MedicalReviewConfig(AppConfig):
    name = "medical_review"
    verbose_name = "Medical review"

    def ready(self):
        from . import copies, governance, permissions, signals

        signals.connect()
        copies.connect()  # translated snippets start as unreviewed drafts
        # Medical reviewers read the page tree; Wagtail's own policy has no read-only right.
        permissions.register()

        # After every migrate and every test flush: groups, permissions and the workflow exist.
        post_migrate.connect(governance.receive_post_migrate, sender=self)
