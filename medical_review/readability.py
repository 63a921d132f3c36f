"""Reading level of clinical content, on a formula made for its language, to keep it plain.

English pages get the US school grade (Flesch-Kincaid; lower is easier, aim 8 or
below). Spanish pages get Fernández-Huerta's reading ease, Flesch's formula refitted
for Spanish (0 to 100, higher is easier; 60 to 70 is plain, so aim 60 or above).
Other languages are not measured. Each language has its own textstat instance:
``textstat.set_lang`` would change the language of every later measure in the process.

Only the words patients read count: each content type lists its fields in
``text_to_grade`` (summary, rich text, the body), and here the body's headings,
call-outs, questions and answers, table cells and key-fact wording are read out.
Each paragraph, list item, heading and cell ends a sentence, as a reader would pause.
"""

import re
from dataclasses import dataclass

from django.conf import settings

from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from bs4 import BeautifulSoup
from textstat.textstat import textstatistics

GRADE_LIMIT = 8.0  # English: US school grade, at most
EASE_FLOOR = 60.0  # Spanish: Fernández-Huerta reading ease, at least


def _textstat(language: str) -> textstatistics:
    measurer = textstatistics()
    measurer.set_lang(language)  # this instance only; never the module's shared one
    return measurer


_ENGLISH = _textstat("en_US")
_SPANISH = _textstat("es")
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
    """The reader-facing text of ``obj`` (its ``text_to_grade``), one sentence per pause."""
    parts = _texts(obj.text_to_grade())
    sentences = [re.sub(r"\s+", " ", p).strip() for p in parts if p and p.strip()]
    return " ".join(s if s[-1] in ".!?:" else s + "." for s in sentences)


@dataclass(frozen=True)
class ReadingLevel:
    """A page's score on its language's formula, and what editors are told about it."""

    language: str  # "en" or "es"
    score: float

    @property
    def too_hard(self) -> bool:
        if self.language == "es":
            return self.score < EASE_FLOOR
        return self.score > GRADE_LIMIT

    @property
    def formula(self) -> str:
        return "Fernández-Huerta" if self.language == "es" else "US grade"

    @property
    def label(self) -> str:
        return f"{self.formula} {self.score:.1f}"

    @property
    def aim(self) -> str:
        if self.language == "es":
            return f"Fernández-Huerta {EASE_FLOOR:.0f} or above; higher is easier"
        return f"grade {GRADE_LIMIT:.0f} or below"

    @property
    def sort_key(self) -> tuple[str, float]:
        """Each language's pages together (their scales differ), easiest first."""
        return (self.language, -self.score if self.language == "es" else self.score)

    def __str__(self) -> str:
        return self.label


MEASURES = {
    "en": _ENGLISH.flesch_kincaid_grade,
    "es": _SPANISH.fernandez_huerta,
}


def content_language(obj) -> str:
    """The language a page or snippet is written in: its locale's, else the site's default."""
    locale_id = getattr(obj, "locale_id", None)
    return obj.locale.language_code if locale_id else settings.LANGUAGE_CODE


def is_measured(obj) -> bool:
    """Whether the page's language has a reading formula here."""
    return content_language(obj) in MEASURES


def reading_level(obj) -> ReadingLevel | None:
    """How hard a page is to read (None with no text, e.g. a statistic, or no formula)."""
    language = content_language(obj)
    text = page_text(obj)
    if not text or language not in MEASURES:
        return None
    return ReadingLevel(language, round(MEASURES[language](text), 1))
