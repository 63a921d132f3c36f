"""Spreadsheet exports that cannot run formulas: one rule for every CSV and XLSX export.

It lives in ``audit``, the app beneath all others that holds what staff take out of
the admin, because two apps export (``medical_review``'s Reviews due report,
``appointments``' submissions) and neither may import the other's code upward.
"""

import re

# A cell a spreadsheet would run as a formula (OWASP "CSV injection")...
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ...unless it is only a number or phone number, such as +1 800-555-0142.
PLAIN_NUMBER = re.compile(r"^[+\-]?[\d\s().\-/]*$")


def spreadsheet_safe(value):
    """Prefix a quote to text that a spreadsheet would otherwise treat as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.match(value):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views with Wagtail's spreadsheet export: every cell goes through ``spreadsheet_safe``.

    XLSX too: Wagtail stores formula-like XLSX cells as text, but such text becomes a
    live formula again as soon as someone edits the cell or saves the sheet as CSV.
    """

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))
