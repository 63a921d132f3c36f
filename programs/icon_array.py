"""Icon arrays: a share of people drawn as 100 small figures, some filled in, the rest outlined.

People with low numeracy understand "8 in 10" and a picture of 100 people, 80 of
them filled in, better than "80%" on its own (Galesic, Garcia-Retamero and
Gigerenzer, Health Psychology 2009; Garcia-Retamero and Cokely, 2013). The
key-fact block can show its statistic this way.

Pure functions, no database and no JavaScript:

- ``parse_share(value)`` reads a statistic's value ("More than 80%", "3 in 10")
  and returns an ``IconArray`` (how many of 100 figures to fill, and the words to
  say it with), or a ``Refusal`` whose ``reason`` tells the editor, in plain words,
  why the figure cannot honestly be drawn as 100 people ("1 million", "3rd",
  "120%", "-5%", "None"...).
- ``text_alternative(share, measure)`` says the same fact in words:
  "More than 8 in 10 patients get pain relief after spinal radiosurgery."
- ``render_svg(share, label, dom_id)`` draws the 10 x 10 grid as inline SVG with
  that text as its accessible name. Filled and outlined figures differ in shape
  (solid or hollow), not only in colour, so the array survives black-and-white
  printing, colour blindness and forced-colours mode. Colours come from the
  stylesheet (classes ``icon-array__filled`` and ``icon-array__empty``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape

from django.utils.safestring import SafeString, mark_safe

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
SHOW_AS_NUMBER = "Choose “Number” to show it as it is written."
WHAT_WORKS = "An icon array can show a percentage, such as “70%”, or a share, such as “3 in 10”."

_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_PERCENT = re.compile(
    r"^(?P<before>.*?)(?P<number>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)$",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(
    r"^(?P<before>.*?)(?P<part>[-+]?\d[\d,]*)\s+(?:in|of|out of)\s+(?P<whole>[-+]?\d[\d,]*)$",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\d%?\s*(?:-|to|or|and)\s*[-+]?\d", re.IGNORECASE)
_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
_LARGE_COUNT = re.compile(
    r"\b(?:thousand|million|billion|trillion|hundred|dozen)s?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class IconArray:
    """How to draw a share: ``filled`` of 100 figures, and how to say it in words."""

    filled: int
    frequency: str  # natural frequency, e.g. "8 in 10", "73 in 100", "1 in 3"
    qualifier: str = ""  # e.g. "More than", capitalised as the start of a sentence
    exact: bool = True  # False when the share was rounded to whole figures

    @property
    def empty(self) -> int:
        return TOTAL - self.filled

    @property
    def key_filled(self) -> str:
        """The legend for the filled figures: "More than 80 of 100 people"."""
        qualifier = self.qualifier or ("" if self.exact else "About")
        return _sentence_case(f"{qualifier} {self.filled} of 100 people".strip())

    @property
    def key_empty(self) -> str:
        """The legend for the outlined figures: "20 of 100 people", or "The rest" if approximate."""
        if self.qualifier or not self.exact:
            return "The rest"
        return f"{self.empty} of 100 people"


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

    The measure is written to follow a percentage ("of patients get pain relief"),
    so a leading "of" is dropped to follow a frequency instead.
    """
    measure = " ".join(str(measure or "").split())
    measure = re.sub(r"^of\s+", "", measure, flags=re.IGNORECASE).rstrip(" .")
    sentence = " ".join(part for part in (share.qualifier, share.frequency, measure) if part)
    return _sentence_case(sentence) + "."


def render_svg(share: IconArray, label: str, dom_id: str) -> SafeString:
    """A 10 x 10 grid of people, ``share.filled`` of them solid, as accessible inline SVG.

    Figures fill in reading order, row by row from the top left, so the filled
    ones form one block that can be compared at a glance. A wider gap after the
    fifth row and column helps counting in fives and tens.
    """
    dom_id = re.sub(r"[^A-Za-z0-9_-]", "-", dom_id)
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


def render_key_swatch(kind: str) -> SafeString:
    """One figure, filled or outlined, for the legend under the array (decorative)."""
    kind = "filled" if kind == "filled" else "empty"
    return mark_safe(  # noqa: S308 - no interpolated user input
        f'<svg class="icon-array__swatch icon-array__{kind}" viewBox="0 0 {CELL_X} {CELL_Y}" '
        f'width="{CELL_X}" height="{CELL_Y}" aria-hidden="true" focusable="false" '
        f'xmlns="http://www.w3.org/2000/svg">{PERSON}</svg>'
    )


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
    frequency = f"{_plain(part_value)} in {_plain(whole_value)}"
    return _share(quoted, part_value * TOTAL / whole_value, qualifier, frequency)


def _share(
    quoted: str, per_hundred: Decimal, qualifier: str, frequency: str | None = None
) -> IconArray | Refusal:
    """Round to whole figures; refuse when rounding would show none or all of them.

    ``frequency`` is the editor's own "1 in 3", kept as written; a percentage is
    put in words from the whole figures drawn, with "About" when it was rounded.
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
    if frequency is None:
        frequency = _percentage_frequency(filled)
        if not exact and not qualifier:
            qualifier = "About"
    return IconArray(filled=filled, frequency=frequency, qualifier=qualifier, exact=exact)


def _percentage_frequency(filled: int) -> str:
    """Tens are easiest to read: 80 becomes "8 in 10"; 73 stays "73 in 100"; 100 is "all"."""
    if filled == TOTAL:
        return "all"
    if filled and filled % 10 == 0:
        return f"{filled // 10} in 10"
    return f"{filled} in 100"


def _qualifier(before: str) -> str | None:
    """The editor's words before the number, if they are ones we understand; else None."""
    words = before.strip(" :,")
    if not words:
        return ""
    if words.lower() in QUALIFIERS:
        return _sentence_case(words.lower())
    return None


def _unknown_words(quoted: str, before: str) -> Refusal:
    return Refusal(
        f"{quoted} starts with “{before.strip(' :,')}”, which an icon array cannot show in "
        f"words. Words such as “About”, “More than” or “Up to” are fine. {SHOW_AS_NUMBER}"
    )


def _range(quoted: str) -> Refusal:
    return Refusal(f"{quoted} is a range. An icon array shows one share, not two. {SHOW_AS_NUMBER}")


def _normalise(text: str) -> str:
    """Typographic minus signs and dashes read as hyphens ("−5%" is "-5%")."""
    for dash in "\u2212\u2012\u2013\u2014\ufe63\uff0d":
        text = text.replace(dash, "-")
    text = text.replace("\u00a0", " ").replace("\uff05", "%").strip()
    return re.sub(r"^([-+])\s+(?=\d)", r"\1", text)  # "- 5%" is "-5%"


def _to_decimal(number: str) -> Decimal:
    try:
        return Decimal(number.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return Decimal(0)


def _plain(number: Decimal) -> str:
    """1000 as "1,000"; whole numbers without a decimal point."""
    return f"{int(number):,}" if number == number.to_integral_value() else f"{number:,}"


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
