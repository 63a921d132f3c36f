"""Icon arrays: a share of people drawn as 100 small figures, some filled in, the rest outlined.

People with low numeracy understand "8 in 10" and a picture of 100 people, 80 of
them filled in, better than "80%" on its own (Galesic, Garcia-Retamero and
Gigerenzer, Health Psychology 2009; Garcia-Retamero and Cokely, 2013). The
key-fact block can show its statistic this way.

Pure functions, no database and no JavaScript:

- ``parse_share(value)`` reads a statistic's value, in English or Spanish ("More
  than 80%", "3 in 10", "Más del 80 %", "3 de cada 10") and returns an
  ``IconArray`` (how many of 100 figures to fill, and the words to say it with),
  or a ``Refusal`` whose ``reason`` tells the editor, in plain words,
  why the figure cannot honestly be drawn as 100 people ("1 million", "3rd",
  "120%", "-5%", "None"...).
- ``text_alternative(share, measure)`` says the same fact in words:
  "More than 8 in 10 patients get pain relief after spinal radiosurgery." It and
  the key under the array are worded in the active language (gettext), so a
  Spanish page says "Más de 8 de cada 10 pacientes...".
- ``render_svg(share, label, dom_id)`` draws the 10 x 10 grid as inline SVG with
  that text as its accessible name. Filled and outlined figures differ in shape
  (solid or hollow), not only in colour, so the array survives black-and-white
  printing, colour blindness and forced-colours mode. Colours come from the
  stylesheet (classes ``icon-array__filled`` and ``icon-array__empty``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape

from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, pgettext

TOTAL = 100
COLUMNS = 10

# One person: a round head and rounded shoulders, drawn in a 22 x 30 cell. The
# stroke is the same on filled and empty figures so both are the same size.
CELL_X, CELL_Y, GAP = 22, 30, 8
PERSON = (
    '<circle cx="11" cy="7" r="4.6" stroke-width="1.6"/>'
    '<path d="M3.4 27.5V19.6C3.4 15.2 6.6 12.6 11 12.6S18.6 15.2 18.6 19.6V27.5Z" '
    'stroke-width="1.6" stroke-linejoin="round"/>'
)

# Words an editor may put before a share; the text alternative keeps them, so
# "More than 80%" is never read out as a plain "8 in 10".
QUALIFIERS = (
    "about",
    "almost",
    "approximately",
    "around",
    "at least",
    "at most",
    "close to",
    "fewer than",
    "just over",
    "just under",
    "less than",
    "more than",
    "nearly",
    "only",
    "over",
    "roughly",
    "under",
    "up to",
    "well over",
)
# The same in Spanish, as they read before a share of people ("más de 8 de cada 10").
# Before a percentage they take an article, which _qualifier() drops: "más del 80 %",
# "casi el 70 %", "en torno al 30 %", "un 70 %".
QUALIFIERS_ES = (
    "al menos",
    "alrededor de",
    "aproximadamente",
    "casi",
    "cerca de",
    "como máximo",
    "como mínimo",
    "en torno a",
    "hasta",
    "más de",
    "más o menos",
    "menos de",
    "poco más de",
    "poco menos de",
    "solo",
    "sólo",
    "unos",
    "unas",
)
SHOW_AS_NUMBER = "Choose “Number” to show it as it is written."
WHAT_WORKS = "An icon array can show a percentage, such as “70%”, or a share, such as “3 in 10”."

_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_PERCENT = re.compile(
    r"^(?P<before>.*?)(?P<number>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent|por ciento)$",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(
    r"^(?P<before>.*?)(?P<part>[-+]?\d[\d,]*)\s+(?:in|of|out of|de cada|de)\s+"
    r"(?P<whole>[-+]?\d[\d,]*)$",
    re.IGNORECASE,
)
# Two figures joined: "70-80%", "70 % - 80 %", "70 to 80%", "del 70 al 80 %",
# "entre el 70 % y el 80 %".
_RANGE = re.compile(
    r"\d\s*%?\s*(?:-|(?:to|or|and|a|al|y|o)\b)\s*(?:(?:el|la|los|las|un|una)\s+)?[-+]?\d",
    re.IGNORECASE,
)
_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b|\bpor ciento\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+\s*(?:(?:st|nd|rd|th|er)\b|\.?[ºª])", re.IGNORECASE)
_LARGE_COUNT = re.compile(
    r"\b(?:thousand|million|billion|trillion|hundred|dozen|mil|millón|millones|billón|"
    r"billones|cientos|centenares|docenas?)s?\b",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# A share is followed by who it counts: "of patients...", "de los pacientes...".
_MEASURE_LEAD = re.compile(r"^(?:of|de(?:\s+(?:los|las))?)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class IconArray:
    """How to draw a share: ``filled`` of 100 figures, and how to say it in words.

    The words are made when they are read, in the active language.
    """

    filled: int
    qualifier: str = ""  # the editor's, e.g. "More than", "Más de"; capitalised
    exact: bool = True  # False when the share was rounded to whole figures
    # The editor's own frequency ("1 in 3", "3 de cada 10"), kept as written; None for a
    # percentage, which is put in words from the whole figures drawn.
    part: Decimal | None = None
    whole: Decimal | None = None

    @property
    def empty(self) -> int:
        return TOTAL - self.filled

    @property
    def frequency(self) -> str:
        """Natural frequency: "8 in 10", "73 in 100", "1 in 3", "all"; "8 de cada 10" in Spanish.

        Tens are easiest to read, so 80% becomes "8 in 10" while 73% stays "73 in 100".
        """
        if self.part is not None:
            part, whole = self.part, self.whole
        elif self.filled == TOTAL:
            return pgettext("icon array: every one of the people", "all")
        elif self.filled and self.filled % 10 == 0:
            part, whole = self.filled // 10, 10
        else:
            part, whole = self.filled, TOTAL
        return gettext("%(part)s in %(whole)s") % {"part": _plain(part), "whole": _plain(whole)}

    @property
    def spoken_qualifier(self) -> str:
        """The editor's words, or "About" for a percentage rounded to whole figures."""
        if self.qualifier or self.exact or self.part is not None:
            return self.qualifier
        return _about()

    @property
    def key_filled(self) -> str:
        """The legend for the filled figures: "More than 80 of 100 people"."""
        qualifier = self.qualifier or ("" if self.exact else _about())
        return _sentence_case(" ".join(filter(None, (qualifier, _people(self.filled)))))

    @property
    def key_empty(self) -> str:
        """The legend for the outlined figures: "20 of 100 people", or "The rest" if approximate."""
        if self.qualifier or not self.exact:
            return gettext("The rest")
        return _people(self.empty)


@dataclass(frozen=True)
class Refusal:
    """Why a value cannot be drawn as an icon array, worded for the editor who chose it."""

    reason: str


def parse_share(value: str) -> IconArray | Refusal:
    """Read a statistic's value as a share of 100 people, or say why it is not one."""
    shown = " ".join(str(value or "").split())
    if not shown:
        return Refusal(f"This statistic has no figure yet. {WHAT_WORKS}")
    text = _normalise(shown)
    quoted = f"“{shown}”"
    numbers = _NUMBER.findall(text)
    if not numbers:
        return Refusal(
            f"{quoted} has no number in it, so there is nothing to count out of 100. "
            f"{WHAT_WORKS} {SHOW_AS_NUMBER}"
        )
    if _RANGE.search(text):
        return Refusal(
            f"{quoted} is a range. An icon array shows one share, not two. {SHOW_AS_NUMBER}"
        )
    if percent := _PERCENT.match(text):
        return _from_percentage(quoted, percent["before"], percent["number"])
    if frequency := _FREQUENCY.match(text):
        return _from_frequency(quoted, frequency["before"], frequency["part"], frequency["whole"])

    if _ORDINAL.search(text):
        return Refusal(
            f"{quoted} is a rank, not a share of a group of people, so it cannot be drawn "
            f"as 100 figures. {SHOW_AS_NUMBER}"
        )
    if _LARGE_COUNT.search(text) or any(_to_decimal(n) > TOTAL for n in numbers):
        return Refusal(
            f"{quoted} is a count, not a share of 100. A picture of 100 people cannot show "
            f"it honestly. {SHOW_AS_NUMBER}"
        )
    if _PERCENT_SIGN.search(text):
        return Refusal(
            f"{quoted} has words after the percentage that an icon array cannot show. "
            f"{WHAT_WORKS} {SHOW_AS_NUMBER}"
        )
    return Refusal(
        f"{quoted} is not a percentage or a share of a group. {WHAT_WORKS} {SHOW_AS_NUMBER}"
    )


def text_alternative(share: IconArray, measure: str) -> str:
    """The fact in words, for screen readers: "More than 8 in 10 patients get pain relief."

    The measure is written to follow a percentage ("of patients get pain relief",
    "de los pacientes sienten menos dolor"), so its leading "of" (or "de los") is
    dropped to follow a frequency instead: "8 de cada 10 pacientes sienten...".
    """
    measure = " ".join(str(measure or "").split())
    measure = _MEASURE_LEAD.sub("", measure).rstrip(" .")
    sentence = " ".join(part for part in (share.spoken_qualifier, share.frequency, measure) if part)
    return _sentence_case(sentence) + "."


def render_svg(share: IconArray, label: str, dom_id: str) -> SafeString:
    """A 10 x 10 grid of people, ``share.filled`` of them solid, as accessible inline SVG.

    Figures fill in reading order, row by row from the top left, so the filled
    ones form one block that can be compared at a glance. A wider gap after the
    fifth row and column helps counting in fives and tens.
    """
    dom_id = _safe_id(dom_id)
    width, height = COLUMNS * CELL_X + GAP, (TOTAL // COLUMNS) * CELL_Y + GAP
    figures = []
    for index in range(TOTAL):
        row, column = divmod(index, COLUMNS)
        x = column * CELL_X + (GAP if column >= COLUMNS // 2 else 0)
        y = row * CELL_Y + (GAP if row >= TOTAL // COLUMNS // 2 else 0)
        kind = "filled" if index < share.filled else "empty"
        figures.append(f'<use href="#{dom_id}-person" x="{x}" y="{y}" class="icon-array__{kind}"/>')
    title = escape(label, quote=True)
    return mark_safe(  # noqa: S308 - every interpolated string is escaped above
        f'<svg class="icon-array__svg" role="img" aria-labelledby="{dom_id}-title" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" data-filled="{share.filled}" data-total="{TOTAL}">'
        f'<title id="{dom_id}-title">{title}</title>'
        f'<defs><symbol id="{dom_id}-person" viewBox="0 0 {CELL_X} {CELL_Y}" '
        f'width="{CELL_X}" height="{CELL_Y}">{PERSON}</symbol></defs>'
        f"{''.join(figures)}</svg>"
    )


def render_key_swatch(kind: str, dom_id: str) -> SafeString:
    """One figure, filled or outlined, for the legend under the array (decorative).

    It draws the array's own symbol (``render_svg`` with the same ``dom_id``), so the
    person is defined once per array.
    """
    kind = "filled" if kind == "filled" else "empty"
    return mark_safe(  # noqa: S308 - the id is reduced to safe characters
        f'<svg class="icon-array__swatch icon-array__{kind}" viewBox="0 0 {CELL_X} {CELL_Y}" '
        f'width="{CELL_X}" height="{CELL_Y}" aria-hidden="true" focusable="false" '
        f'xmlns="http://www.w3.org/2000/svg"><use href="#{_safe_id(dom_id)}-person"/></svg>'
    )


def _safe_id(dom_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", dom_id)


def _from_percentage(quoted: str, before: str, number: str) -> IconArray | Refusal:
    amount = _to_decimal(number)
    if amount < 0:
        return Refusal(
            f"{quoted} is below zero. A share of people cannot be less than 0%, so check "
            f"the figure with its source. {SHOW_AS_NUMBER}"
        )
    if amount > TOTAL:
        return Refusal(
            f"{quoted} is more than 100%. An icon array shows part of a group of 100 "
            f"people, and cannot show more than all of them. {SHOW_AS_NUMBER}"
        )
    qualifier = _qualifier(before)
    if qualifier is None:
        return _unknown_words(quoted, before)
    return _share(quoted, amount, qualifier)


def _from_frequency(quoted: str, before: str, part: str, whole: str) -> IconArray | Refusal:
    part_value, whole_value = _to_decimal(part), _to_decimal(whole)
    if part_value < 0 or whole_value < 0:
        return Refusal(
            f"{quoted} has a number below zero. A share of people cannot be negative, so "
            f"check the figure with its source. {SHOW_AS_NUMBER}"
        )
    if whole_value == 0:
        return Refusal(f"{quoted} is out of zero people, so it is not a share. {SHOW_AS_NUMBER}")
    if part_value > whole_value:
        return Refusal(
            f"{quoted} is more than the whole group. An icon array shows part of a group "
            f"of 100 people, and cannot show more than all of them. {SHOW_AS_NUMBER}"
        )
    qualifier = _qualifier(before)
    if qualifier is None:
        return _unknown_words(quoted, before)
    return _share(quoted, part_value * TOTAL / whole_value, qualifier, (part_value, whole_value))


def _share(
    quoted: str,
    per_hundred: Decimal,
    qualifier: str,
    frequency: tuple[Decimal, Decimal] | None = None,
) -> IconArray | Refusal:
    """Round to whole figures; refuse when rounding would show none or all of them.

    ``frequency`` is the editor's own "1 in 3", kept as written.
    """
    filled = int(per_hundred.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    exact = filled == per_hundred
    if not exact and filled == 0:
        return Refusal(
            f"{quoted} is less than 1 in 100, so it would show as no filled figures at "
            f"all. {SHOW_AS_NUMBER}"
        )
    if not exact and filled == TOTAL:
        return Refusal(
            f"{quoted} is just under 100%, so it would show as all 100 figures filled. "
            f"{SHOW_AS_NUMBER}"
        )
    part, whole = frequency or (None, None)
    return IconArray(filled=filled, qualifier=qualifier, exact=exact, part=part, whole=whole)


def _qualifier(before: str) -> str | None:
    """The editor's words before the number, if they are ones we understand; else None.

    Spanish puts an article before a percentage that a frequency does without:
    "más del 80 %" is "más de 8 de cada 10", "casi el 70 %" is "casi 7 de cada 10".
    Words typed without their accents ("mas del 80 %") are read, and said with them.
    """
    words = " ".join(before.strip(" :,").lower().split())
    if words in QUALIFIERS:
        return _sentence_case(words)
    words = re.sub(r"(^|\s)(?:el|un)$", "", words)
    words = re.sub(r"\s(de|a)l$", r" \1", words)
    if not words or words in QUALIFIERS_ES:
        return _sentence_case(words)
    if (spelled := _QUALIFIERS_ES_UNACCENTED.get(_unaccented(words))) is not None:
        return _sentence_case(spelled)
    return None


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# "mas de" -> "más de"; "solo" and "sólo" are both in the list, each spelled as written.
_QUALIFIERS_ES_UNACCENTED = {_unaccented(q): q for q in QUALIFIERS_ES if _unaccented(q) != q}


def _unknown_words(quoted: str, before: str) -> Refusal:
    return Refusal(
        f"{quoted} starts with “{before.strip(' :,')}”, which an icon array cannot show in "
        f"words. Words such as “About”, “More than” or “Up to” (“Alrededor de”, “Más de”, "
        f"“Hasta”) are fine. {SHOW_AS_NUMBER}"
    )


def _normalise(text: str) -> str:
    """One way of writing each character: accents composed (a pasted "Más" may be "a" plus a
    combining accent), typographic minus signs and dashes as hyphens ("−5%" is "-5%"), and
    a full stop at the end dropped ("Más del 80 %." is "Más del 80 %")."""
    text = unicodedata.normalize("NFC", text)
    for dash in "\u2212\u2012\u2013\u2014\ufe63\uff0d":
        text = text.replace(dash, "-")
    text = text.replace("\u00a0", " ").replace("\uff05", "%").strip()
    text = re.sub(r"(?<=[\d%])\s*\.$", "", text)
    return re.sub(r"^([-+])\s+(?=\d)", r"\1", text)  # "- 5%" is "-5%"


def _to_decimal(number: str) -> Decimal:
    """Commas before groups of three digits separate thousands ("1,000"); any other comma
    is a Spanish decimal comma ("12,5 %")."""
    if _THOUSANDS.fullmatch(number):
        number = number.replace(",", "")
    try:
        return Decimal(number.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return Decimal(0)


def _plain(number: int | Decimal) -> str:
    """A number as the active language writes it: "1,000" or "1.000", "1.5" or "1,5"."""
    return number_format(number, force_grouping=True)


def _about() -> str:
    return pgettext("icon array: a rounded share", "About")


def _people(count: int) -> str:
    return gettext("%(count)s of 100 people") % {"count": count}


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
