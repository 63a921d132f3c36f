"""Admin chooser widgets without inline scripts, for the CSP (no 'unsafe-inline' for scripts)."""

import json

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def chooser_without_inline_script(bound_field):
    """A Wagtail chooser field (a ``BaseChooser`` widget, e.g. the page chooser) as Wagtail
    renders it, except for the ``<script>new PageChooser(...)</script>`` after it: a hidden
    element holds the same constructor, field id and options, and
    static/js/admin-search-promotions.js starts the chooser from it (also in forms added later).
    """
    widget = bound_field.field.widget
    # What BoundField.as_widget would pass to widget.render().
    attrs = bound_field.build_widget_attrs({}, widget)
    if bound_field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound_field.auto_id)
    name, field_id = bound_field.html_name, attrs["id"]
    value_data = widget.get_value_data(bound_field.value())
    return format_html(
        '{}<span hidden data-chooser-start="{}" data-chooser-input="{}" data-chooser-options="{}">'
        "</span>",
        widget.render_html(name, value_data, attrs),
        widget.js_constructor,
        field_id,
        json.dumps(widget.get_js_init_options(field_id, name, value_data)),
    )
