"""The site's starting content: what ``make run`` loads, and the local demo accounts.

Its own app because it sits above everything it fills in: the program's pages
(``programs``, ``patient_guide``), its forms (``appointments``) and the review
groups (``medical_review``). Kept in a content app, the copy would make the base
app import the apps built on it.

The structure is written once, the words once per language:

- ``structure``: which pages there are, their parents and order, each page's
  blocks in sequence (block types, the statistics and pages they choose, heading
  levels, call-out tones, illustration kinds, table rows), review flags, and the
  settings that are one value for the whole site. No words.
- ``copy_en``, ``copy_es``: each language's words only, under the stable ids the
  structure names (a page's key is also the name of its translation key). The
  Spanish is written for Spanish readers, not translated word for word.
- ``assemble``: joins the structure with one language's copy, and fails with a
  message naming the key if the copy lacks a word the structure needs or has one
  the structure does not use. A difference between languages that is on purpose
  is a ``PerLanguage`` value in the structure, with its reason (today one: figures
  drawn as icon arrays in English only).

The copy is Python data, not YAML or Markdown with front matter. It needs no new
dependency and no parser of our own; a typo is a ``SyntaxError`` with its file and
line, and ruff formats and checks it like the rest of the code; the wording can
quote settings (the forms' privacy notes say how many months submissions are kept,
from ``FORM_SUBMISSION_RETENTION_DAYS``) with an f-string; and the rich text keeps
the exact HTML the editor stores, where Markdown would be converted and could
change what pages show. A clinician's edit to a sentence is still a one-line change
in review: each word sits in a plain, nested dict under a readable id. YAML would
read a little lighter, but would add a dependency and its own quoting pitfalls
(``no``, colons, ``#``) for no gain in what can be expressed.

``load_program_content`` builds it (idempotent; never overwrites an editor's change).
"""
