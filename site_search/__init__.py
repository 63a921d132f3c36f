"""Site search: a view over every live page, not a page in the tree.

Its own small app because it belongs to no one program: it reads the whole tree
through Wagtail's search backend (PostgreSQL full-text search on PostgreSQL) and
shows the search promotions editors manage.
"""
