"""Ready to launch?: what still stands between this site and real patients.

Its own app because it reads across the others (hospital settings, medical review,
the forms' Intake recipients, the demo accounts) and nothing depends on it: no
other app imports it, and only ``base.html`` loads its template tags (the "Example
site" banner). The same findings are shown three ways: the **Ready to launch?**
admin report, its dashboard panel, and ``manage.py check --deploy`` warnings.
"""
