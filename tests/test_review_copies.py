"""A copy or a translation never carries the original's review record (issue 17)."""

import datetime

from django.utils import timezone

from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Locale

import pytest

from tests.factories import ClinicianFactory, StatisticFactory

pytestmark = pytest.mark.django_db


def reviewed(obj):
    today = timezone.localdate()
    obj.reviewed_by = ClinicianFactory()
    obj.last_reviewed, obj.next_review_due = today, today + datetime.timedelta(days=300)
    obj.needs_medical_review = True
    obj.save()
    return obj


def review_record(obj) -> tuple:
    return obj.reviewed_by_id, obj.last_reviewed, obj.next_review_due


@pytest.fixture
def spanish():
    return Locale.objects.get_or_create(language_code="es")[0]


def test_translated_page_starts_unreviewed_but_keeps_the_beyond_the_source_flag(
    program_tree, spanish
):
    page = reviewed(program_tree.indications[0])
    copy = page.copy_for_translation(spanish, copy_parents=True)
    assert review_record(copy) == (None, None, None)
    assert copy.needs_medical_review
    assert review_record(page.__class__.objects.get(pk=page.pk)) != (None, None, None)


def test_copied_page_starts_unreviewed(program_tree):
    page = reviewed(program_tree.indications[0])
    copy = CopyPageAction(page, update_attrs={"slug": "a-copy", "title": "A copy"}).execute()
    assert review_record(copy.specific) == (None, None, None)


def test_translated_statistic_starts_unreviewed(spanish):
    statistic = reviewed(StatisticFactory())
    assert review_record(statistic.copy_for_translation(spanish)) == (None, None, None)
