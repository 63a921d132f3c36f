"""Whole-page caching for patients, and purging exactly what a change affects.

Its own app because caching cuts across every page type, the snippets pages show
and the hospital settings: one place knows which cached pages a change makes stale,
and purges them from Django's cache (Redis in production) and from the CDN or
Varnish in front (Wagtail's frontend cache) alike.
"""
