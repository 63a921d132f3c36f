"""A copy or a translation is new content no clinician has approved: it starts unreviewed and
unpublished, whichever way it is made ("Translate" or "Copy", page or snippet).

- **Review fields**: ``MedicalReviewMixin.exclude_fields_in_copy`` keeps the reviewer and
  dates out of every copy Wagtail makes: a page's Copy (its copied revisions too) and
  Translate, and a snippet's Translate (``copy_for_translation``).
- **Publication**: Wagtail makes page copies as drafts, but a snippet's
  ``copy_for_translation`` keeps the original's ``live`` flag, publication dates, lock and
  even its ``live_revision`` (the English statistic's approved revision): the Spanish
  statistic made by Translate would be live, as if a reviewer had approved it.
  ``start_unpublished`` undoes that as the copy is made (``copy_for_translation_done``,
  before the copy is saved).
- **The snippet Copy view**: Wagtail fills its form from the original object itself, so
  the form shows the original's review as if it were the copy's, and a form posted to the
  copy address (the admin's own form posts to "add") saves over the original's live row,
  bypassing review. ``UnreviewedCopyView`` starts from an unsaved, unreviewed copy instead.
"""

from wagtail.models import DraftStateMixin, LockableMixin, Page
from wagtail.signals import copy_for_translation_done
from wagtail.snippets.views.snippets import CopyView

from .models import MedicalReviewMixin


def start_unpublished(obj) -> None:
    """Make ``obj`` (an unsaved copy) a draft nobody has reviewed, published or locked."""
    if isinstance(obj, MedicalReviewMixin):
        for name in MedicalReviewMixin.exclude_fields_in_copy:
            setattr(obj, name, None)
    if isinstance(obj, DraftStateMixin):
        obj.live = False
        obj.has_unpublished_changes = True
        obj.live_revision = None
        obj.first_published_at = obj.last_published_at = None
        obj.go_live_at = obj.expire_at = None
        obj.expired = False
    if isinstance(obj, LockableMixin):
        obj.locked, obj.locked_at, obj.locked_by = False, None, None


def unsaved_copy(original):
    """A new, unsaved object with ``original``'s content, less what a copy must not keep."""
    excluded = {
        "translation_key",  # a copy is new content, not a translation of the original
        *getattr(original, "default_exclude_fields_in_copy", []),
        *getattr(original, "exclude_fields_in_copy", []),
    }
    copy = type(original)(
        **{
            field.attname: getattr(original, field.attname)
            for field in original._meta.concrete_fields
            # Nor a unique value, such as the admin account a Clinician signs approvals with.
            if not (field.primary_key or field.unique) and field.name not in excluded
        }
    )
    start_unpublished(copy)
    return copy


def translated_snippet_starts_unpublished(sender, source_obj, target_obj, **kwargs):
    if not isinstance(target_obj, Page):  # page copies are drafts already (CopyPageAction)
        start_unpublished(target_obj)


class UnreviewedCopyView(CopyView):
    """The snippet Copy view, filled from an unsaved copy: it never shows or overwrites the
    original's review."""

    def get_initial_form_instance(self):
        return unsaved_copy(self.get_object())


def connect() -> None:
    copy_for_translation_done.connect(
        translated_snippet_starts_unpublished, dispatch_uid="medical-review-unpublished-copies"
    )
