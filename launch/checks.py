"""The launch findings as ``manage.py check --deploy`` warnings, one per finding.

Deploy checks only (tag "launch"): they read the database, which ordinary checks
(run by migrate, runserver and the tests) must not. Unlike Django's convention for
database checks they run without ``--database``, so an operator's plain
``check --deploy`` names every finding. A database not migrated yet has nothing
to report.
"""

from django.core.checks import Warning, register
from django.db import OperationalError, ProgrammingError

from .findings import KINDS, Kind

TAG = "launch"


def as_check(kind: Kind):
    def check(app_configs, **kwargs):
        try:
            findings = kind.find()
        except (OperationalError, ProgrammingError):  # no tables yet
            return []
        return [
            Warning(
                f"{finding.subject}: {finding.problem}",
                hint=f"{kind.hint} Listed in the admin under Reports > Ready to launch?",
                id=kind.check_id,
            )
            for finding in findings
        ]

    check.__name__ = f"check_{kind.find.__name__}"
    check.__doc__ = f"{kind.heading} ({kind.check_id})."
    return check


for _kind in KINDS:
    register(as_check(_kind), TAG, deploy=True)
