"""Every new program goes under medical review as soon as it is created."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from programs.models import ProgramPage

from .governance import assign_workflow


@receiver(post_save, sender=ProgramPage)
def put_new_program_under_review(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_workflow(instance)
