"""Clinical governance: medical review before publishing, review dates, reading level.

Its own app because it cuts across the page apps and the Statistic snippet, and
owns the groups, the "Medical review" workflow, the Reviews due report and the
reminder emails that enforce it.
"""
