"""The site's starting content: what ``make run`` loads, and the local demo accounts.

Its own app because it sits above everything it fills in: the program's pages
(``programs``, ``patient_guide``), its forms (``appointments``) and the review
groups (``medical_review``). Kept in a content app, the copy would make the base
app import the apps built on it.

The copy is Python data, one module per language and kind (``program_en``,
``program_es``, ``forms_en``, ``forms_es``): the loader reads dictionaries and
lists it can check as it goes, keyed by stable names that become translation keys,
and a clinician's edit to a sentence is a one-line change in review. The Spanish
is written for Spanish readers, not translated word for word.
``load_program_content`` builds it (idempotent; never overwrites an editor's change).
"""
