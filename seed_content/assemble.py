"""Join the seed's structure (``structure``) with one language's copy (``copy_<language>``).

The structure says what the site is made of: which pages, their parents and order,
each page's blocks in sequence, the statistics and pages those blocks choose, review
flags and illustration kinds. A language's copy says only the words, under the stable
ids the structure names. ``content(language)`` reads both and returns what the loader
saves, checking as it goes: a word the structure needs and the copy lacks, or a word
the copy has and the structure never uses, stops the load with a ``SeedCopyError``
that names it, for example ``copy_es: PAGES['program']['body'] lacks 'key-facts',
which the body of 'program' needs``.

The block classes below (``Heading``, ``Paragraph``, ``KeyFact``...) are what
``structure`` is written with. Each knows which of its block's values are words (read
from the copy) and which are structure (given in ``structure``), and builds the value
``programs.blocks.BodyBlock`` stores.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings


class SeedCopyError(Exception):
    """A language's copy does not fit the structure: a word missing, unused or misshapen."""


class Words:
    """One language's words at one place in its copy, checked as the structure reads them.

    Every key read is remembered, so that ``CopyReader.check_all_used`` can name a word
    the copy has and the structure never asked for.
    """

    def __init__(self, reader: CopyReader, data, where: str, needed_by: str):
        if not isinstance(data, dict):
            raise SeedCopyError(
                f"{where} should be a dict of words (for {needed_by}), not {type(data).__name__}"
            )
        self.data, self.where, self.needed_by = data, where, needed_by
        self.used: set[str] = set()
        reader.opened.append(self)
        self.reader = reader

    def _get(self, key: str):
        if key not in self.data:
            raise SeedCopyError(f"{self.where} lacks {key!r}, which {self.needed_by} needs")
        self.used.add(key)
        return self.data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise SeedCopyError(
                f"{self.where}[{key!r}] should be text (for {self.needed_by}), "
                f"not {type(value).__name__}"
            )
        return value

    def texts(self, keys) -> dict[str, str]:
        """These keys' texts, as a dict (a page's fields, a statistic's words)."""
        return {key: self.text(key) for key in keys}

    def group(self, key: str, needed_by: str) -> Words:
        return Words(self.reader, self._get(key), f"{self.where}[{key!r}]", needed_by)

    def unused(self) -> list[str]:
        return [key for key in self.data if key not in self.used]


class CopyReader:
    """A language's copy module, read name by name, then checked for words left over."""

    def __init__(self, module):
        self.module = module
        self.name = module.__name__.rpartition(".")[2]
        self.opened: list[Words] = []

    def top(self, name: str, needed_by: str) -> Words:
        if not hasattr(self.module, name):
            raise SeedCopyError(f"{self.name} lacks {name}, which {needed_by} needs")
        return Words(self, getattr(self.module, name), f"{self.name}: {name}", needed_by)

    def check_all_used(self) -> None:
        for words in self.opened:
            if extra := words.unused():
                raise SeedCopyError(
                    f"{words.where} has {', '.join(map(repr, extra))}, which the structure "
                    "does not use (seed_content/structure.py names every word a language needs)"
                )


@dataclass(frozen=True)
class PerLanguage:
    """A structural value that differs by language on purpose: set for the languages named,
    left out elsewhere (so the block's default holds, as for an editor's untouched field)."""

    values: dict

    def __init__(self, **values):
        object.__setattr__(self, "values", values)

    def put(self, into: dict, key: str, language: str) -> None:
        if language in self.values:
            into[key] = self.values[language]


# Blocks ------------------------------------------------------------------------------------


class Block:
    """One block of a body; ``id`` names its words in the page's ``body`` copy (None: none).

    (A field of each kind of block, or a property where the block has no words of its own.)
    """

    def build(self, words: Words | None, shared: SharedBlocks, language: str):
        raise NotImplementedError

    def own(self, words: Words, what: str) -> Words:
        return words.group(self.id, f"{what} {self.id!r}")


@dataclass(frozen=True)
class Heading(Block):
    id: str
    level: str = "h2"

    def build(self, words, shared, language):
        return "heading", {"text": words.text(self.id), "level": self.level}


@dataclass(frozen=True)
class Paragraph(Block):
    """Rich text (HTML): the words are the whole paragraph, lists and bold included."""

    id: str

    def build(self, words, shared, language):
        return "paragraph", words.text(self.id)


@dataclass(frozen=True)
class Callout(Block):
    """A boxed note; words: title and text."""

    id: str
    tone: str = "info"

    def build(self, words, shared, language):
        own = self.own(words, f"the {self.tone} call-out")
        return "callout", {"tone": self.tone, "title": own.text("title"), "text": own.text("text")}


@dataclass(frozen=True)
class Illustration(Block):
    """A built-in drawing (``IllustrationBlock``'s kinds); words: alt_text, caption, description."""

    id: str
    kind: str

    def build(self, words, shared, language):
        own = self.own(words, f"the {self.kind!r} illustration")
        return "illustration", {
            "illustration": self.kind,
            "image": None,
            "alt_text": own.text("alt_text"),
            "caption": own.text("caption"),
            "description": own.text("description"),
        }


@dataclass(frozen=True)
class KeyFact(Block):
    """A Statistic, by its key. ``context`` names the sentence beside it (None: no sentence);
    ``display`` is left to the block's default (a number) unless given."""

    statistic: str
    context: str | None = None
    display: str | PerLanguage | None = None

    @property
    def id(self):
        return self.context

    def build(self, words, shared, language):
        value = {"statistic": self.statistic}
        if isinstance(self.display, PerLanguage):
            self.display.put(value, "display", language)
        elif self.display is not None:
            value["display"] = self.display
        value["context"] = words.text(self.context) if self.context else ""
        return "key_fact", value


@dataclass(frozen=True)
class IndicationLink(Block):
    """A link to an indication page, by the page's key; the page's title is its text."""

    page: str

    @property
    def id(self):
        return None

    def build(self, words, shared, language):
        return "indication_link", {"page": self.page, "text": ""}


@dataclass(frozen=True)
class ComparisonTable(Block):
    """Options (``rows``) compared in ``columns``; the ``highlight`` row is the program's own.

    Words: caption, option_heading, ``columns`` {column: heading} and ``rows``
    {row: {"label": ..., column: cell, ...}}, for every row and column named here.
    """

    id: str
    columns: tuple[str, ...]
    rows: tuple[str, ...]
    highlight: str

    def build(self, words, shared, language):
        own = self.own(words, "the comparison table")
        headings = own.group("columns", f"the columns of {self.id!r}")
        rows = own.group("rows", f"the rows of {self.id!r}")
        return "comparison_table", {
            "caption": own.text("caption"),
            "option_heading": own.text("option_heading"),
            "columns": [headings.text(column) for column in self.columns],
            "rows": [self._row(rows, row) for row in self.rows],
        }

    def _row(self, rows: Words, row: str) -> dict:
        cells = rows.group(row, f"row {row!r} of {self.id!r}")
        return {
            "label": cells.text("label"),
            "cells": [cells.text(column) for column in self.columns],
            "highlight": row == self.highlight,
        }


@dataclass(frozen=True)
class Timeline(Block):
    """Numbered ``steps``; words: title and ``steps`` {step: {label, description}}."""

    id: str
    steps: tuple[str, ...]

    def build(self, words, shared, language):
        own = self.own(words, "the timeline")
        steps = own.group("steps", f"the steps of {self.id!r}")
        return "timeline", {
            "title": own.text("title"),
            "steps": [
                steps.group(step, f"step {step!r} of {self.id!r}").texts(("label", "description"))
                for step in self.steps
            ],
        }


@dataclass(frozen=True)
class FAQ(Block):
    """``questions`` under the page's own title (no heading); words: {key: {question, answer}}."""

    id: str
    questions: tuple[str, ...]

    def build(self, words, shared, language):
        own = self.own(words, "the questions")
        return "faq", {
            "heading": "",
            "questions": [
                own.group(key, f"question {key!r} of {self.id!r}").texts(("question", "answer"))
                for key in self.questions
            ],
        }


@dataclass(frozen=True)
class Shared(Block):
    """A block used on several pages with the same words: one of ``structure.SHARED``."""

    key: str

    @property
    def id(self):
        return None  # its words are in the copy's SHARED

    def build(self, words, shared, language):
        return shared.build(self.key)


class SharedBlocks:
    """``structure.SHARED``'s blocks, their words read once from the copy's ``SHARED``."""

    def __init__(self, blocks, words: Words, language: str):
        self.blocks = {block.id: block for block in blocks}
        self.words, self.language, self.built = words, language, {}
        for key in self.blocks:  # every shared block's words are needed, used or not
            self.build(key)

    def build(self, key: str):
        if key not in self.blocks:
            raise SeedCopyError(f"structure: there is no SHARED block {key!r}")
        if key not in self.built:
            self.built[key] = self.blocks[key].build(self.words, self, self.language)
        return self.built[key]


# Pages -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One page: its key (its translation key's name), model, parent's key and what it holds.

    ``words``: the model's fields each language writes (title, slug, summary...).
    ``fields``: values the same in every language (menus, review flags).
    ``body``: the blocks in order; None for a model without a body.
    ``form_fields``: a form page, whose fields are its model's ``default_field_definitions``.
    The site's default language words them there (``appointments.default_fields``); every
    other language words them in its copy, by clean name: a label, and help text and
    choices wherever the default field has them.
    """

    key: str
    model: str
    parent: str | None
    words: tuple[str, ...]
    fields: dict = field(default_factory=dict)
    body: tuple[Block, ...] | None = None
    form_fields: bool = False

    def __post_init__(self):
        ids = [block.id for block in self.body or () if block.id]
        if repeated := sorted({i for i in ids if ids.count(i) > 1}):
            raise SeedCopyError(f"structure: page {self.key!r} repeats block ids {repeated}")

    def build(self, words: Words, shared: SharedBlocks, language: str) -> dict:
        own = words.group(self.key, f"the page {self.key!r}")
        content = {**own.texts(self.words), **self.fields}
        if self.body is not None:
            body = None
            if any(block.id for block in self.body):  # a body of shared blocks has no words
                body = own.group("body", f"the body of {self.key!r}")
            content["body"] = [block.build(body, shared, language) for block in self.body]
        if self.form_fields and language != settings.LANGUAGE_CODE:
            content["form_field_definitions"] = self._form_fields(own)
        return content

    def _form_fields(self, own: Words) -> list[tuple]:
        """The default fields' definitions with this language's label, help text and choices."""
        defaults = apps.get_model(self.model).default_field_definitions
        words = own.group("form_fields", f"the form fields of {self.key!r}")
        definitions = []
        for clean_name, _, field_type, required, help_text, choices, autocomplete in defaults:
            field_words = words.group(clean_name, f"the form field {clean_name!r} of {self.key!r}")
            definitions.append(
                (
                    clean_name,
                    field_words.text("label"),
                    field_type,
                    required,
                    field_words.text("help_text") if help_text else "",
                    field_words.text("choices") if choices else "",
                    autocomplete,
                )
            )
        return definitions


# One language's content --------------------------------------------------------------------


@dataclass
class AssembledPage:
    key: str
    model: str
    parent: str | None
    content: dict


@dataclass
class Content:
    """What the loader saves for one language."""

    language: str
    settings: dict[str, str]  # structure.TRANSLATED_SETTINGS, in this language
    statistics: dict[str, dict]
    pages: list[AssembledPage]

    def page(self, key: str) -> dict:
        return next(page.content for page in self.pages if page.key == key)


def content(language: str, structure=None, copy=None) -> Content:
    """``structure`` joined with ``copy_<language>`` (or the modules given), checked."""
    if structure is None:
        structure = importlib.import_module("seed_content.structure")
    if copy is None:
        try:
            copy = importlib.import_module(f"seed_content.copy_{language}")
        except ModuleNotFoundError as error:
            raise SeedCopyError(f"There is no seed_content/copy_{language}.py") from error
    reader = CopyReader(copy)

    settings_words = reader.top("SETTINGS", "structure.TRANSLATED_SETTINGS")
    translated = settings_words.texts(structure.TRANSLATED_SETTINGS)

    sources = reader.top("SOURCES", "structure.STATISTICS' sources")
    figures = reader.top("STATISTICS", "structure.STATISTICS")
    statistics = {}
    for key, fields in structure.STATISTICS.items():
        own = figures.group(key, f"the statistic {key!r}")
        fields = dict(fields)
        source = fields.pop("source")
        statistics[key] = {
            **own.texts(structure.STATISTIC_WORDS),
            "source": sources.text(source),
            **fields,
        }

    shared = SharedBlocks(structure.SHARED, reader.top("SHARED", "structure.SHARED"), language)
    pages_words = reader.top("PAGES", "structure.PAGES")
    pages = [
        AssembledPage(page.key, page.model, page.parent, page.build(pages_words, shared, language))
        for page in structure.PAGES
    ]
    reader.check_all_used()
    return Content(language, translated, statistics, pages)
