"""Wagtail's chooser widgets, started from data attributes instead of an inline script.

A chooser rendered by a form panel (not inside a StreamField, which builds its own)
writes ``<script>new ImageChooser(id, options)</script>`` after itself; the admin's CSP
refuses inline scripts, so the "Choose" button would do nothing. These widgets write the
same constructor and options as data attributes, and ``static/js/admin-choosers.js``
starts them (the same way ``admin-date-choosers.js`` starts the date pickers).
"""

import json

from django import forms
from django.templatetags.static import static
from django.utils.html import format_html

from wagtail.images.widgets import AdminImageChooser


class StartedFromData:
    """For a ``BaseChooser`` whose ``js_constructor`` is a global (ImageChooser, PageChooser...)."""

    def render(self, name, value, attrs=None, renderer=None):
        try:
            id_ = attrs["id"]
        except (KeyError, TypeError) as e:
            raise TypeError("A chooser cannot be rendered without an 'id' attribute") from e
        value_data = self.get_value_data(value)
        return format_html(
            '{}<span hidden data-chooser-start="{}" data-chooser-id="{}" '
            'data-chooser-options="{}"></span>',
            self.render_html(name, value_data, attrs),
            self.js_constructor,
            id_,
            json.dumps(self.get_js_init_options(id_, name, value_data)),
        )

    @property
    def media(self):
        return super().media + forms.Media(js=[static("js/admin-choosers.js")])


class ImageChooser(StartedFromData, AdminImageChooser):
    """Wagtail's image chooser for form panels (e.g. a clinician's photo)."""
