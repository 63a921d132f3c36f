"""Review-date arithmetic: the next review falls a configurable number of months later."""

import calendar
import datetime

from django.conf import settings


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, or that month's last day if shorter (31 Jan -> 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def next_review_after(day: datetime.date) -> datetime.date:
    return add_months(day, settings.MEDICAL_REVIEW_INTERVAL_MONTHS)
