"""Reading grade of clinical content (US Flesch-Kincaid), to keep patient text plain.

Only the words patients read count: the summary, rich text and headings, call-outs,
questions and answers, table cells and key-fact wording. Each paragraph, list
item, heading and cell ends a sentence, as a reader would pause there.
"""

import re

from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from bs4 import BeautifulSoup
from textstat import textstat

GRADE_LIMIT = 8.0
BLOCK_ELEMENTS = ["p", "li", "h2", "h3", "h4", "td", "th", "dt", "dd"]


def sentences_from_html(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    parts = [el.get_text(" ", strip=True) for el in soup.find_all(BLOCK_ELEMENTS)]
    return parts or [soup.get_text(" ", strip=True)]


def _texts(value) -> list[str]:
    """Every piece of reader-facing text in a block value, in order."""
    if isinstance(value, RichText):
        return sentences_from_html(value.source)
    if isinstance(value, str):
        return [value]
    if isinstance(value, StreamValue):
        return [text for child in value for text in _texts(child.value)]
    if hasattr(value, "measure") and hasattr(value, "value"):  # a Statistic
        return [f"{value.value} {value.measure}"]
    if isinstance(value, dict):  # StructValue
        return [text for child in value.values() for text in _texts(child)]
    if isinstance(value, list | tuple):  # ListValue items
        return [text for item in value for text in _texts(item)]
    return []


def page_text(obj) -> str:
    """The reader-facing text of a clinical page, one sentence per pause."""
    parts = [getattr(obj, "summary", "")]
    for field in ("who_it_is_for", "how_it_helps"):
        if getattr(obj, field, None):
            parts += sentences_from_html(getattr(obj, field))
    if getattr(obj, "body", None) is not None:
        parts += _texts(obj.body)
    sentences = [re.sub(r"\s+", " ", p).strip() for p in parts if p and p.strip()]
    return " ".join(s if s[-1] in ".!?:" else s + "." for s in sentences)


def reading_grade(obj) -> float | None:
    """US school grade needed to read a page (None when it has no text: e.g. a statistic)."""
    text = page_text(obj)
    return round(textstat.flesch_kincaid_grade(text), 1) if text else None
