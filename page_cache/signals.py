"""Purge on every change patients could see: (un)publish, move, delete, privacy, settings."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    pre_page_move,
    published,
    unpublished,
)

from programs.hospital_settings import HospitalSettings
from programs.snippets import Clinician, Location, Reference

from .purge import affected_by_page, affected_by_snippet, purge, whole_site


@receiver(page_published)
@receiver(page_unpublished)
def purge_changed_page(sender, instance, **kwargs):
    purge(affected_by_page(instance))


@receiver(pre_page_move)
@receiver(post_page_move)
def purge_moved_page(sender, instance, **kwargs):
    """Before the move: where it was. After: where it is now."""
    purge(affected_by_page(Page.objects.get(pk=instance.pk)))


@receiver(pre_delete)
def purge_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and type(instance) is not Page:
        purge(affected_by_page(instance))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_page_whose_privacy_changed(sender, instance, **kwargs):
    """Privacy set, changed or removed on a page covers it and every page below it."""
    purge(affected_by_page(instance.page))


@receiver(published)
@receiver(unpublished)
def purge_pages_showing_snippet(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        purge(affected_by_snippet(instance))


# Reference, Clinician and Location are draft-capable: a draft changes nothing patients
# see, so they purge on publish/unpublish (above), and here only when deleted.
@receiver(post_delete, sender=Reference)
@receiver(post_delete, sender=Clinician)
@receiver(post_delete, sender=Location)
@receiver(post_save, sender=HospitalSettings)
def purge_whole_site(sender, instance, **kwargs):
    purge(whole_site())
