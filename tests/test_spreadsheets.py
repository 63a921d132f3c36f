"""The one rule every export follows: text a spreadsheet would run as a formula is quoted."""

import pytest

from audit.spreadsheets import spreadsheet_safe


@pytest.mark.parametrize(
    "value,safe",
    [
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+1 800-555-0142", "+1 800-555-0142"),
        ("Plain", "Plain"),
        (True, True),
    ],
)
def test_spreadsheet_safe(value, safe):
    assert spreadsheet_safe(value) == safe
