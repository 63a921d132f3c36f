"""Appointment requests and physician referrals: the forms, what they store and who may read it.

Its own app because it is the only part of the site that holds personal (and
possibly health) data, and that data has rules the content apps do not: it is
saved before anything else happens, no email carries it, only the Intake group
and superusers can read it, it is deleted after a retention period, and the
forms defend themselves against abuse (CSRF, a honeypot, a rate limit, a body
size limit). Keeping all of that in one app keeps it reviewable in one place.
"""
