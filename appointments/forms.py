"""The public form: field types, length bounds, sense checks and plain error messages.

Wagtail's form builder makes a Django form from the fields editors set up on a
page. This builder adds what a hospital needs on top: every text field has a
maximum length, phone numbers and dates of birth are checked for sense, each
field can tell browsers what to fill in (``autocomplete``), every message says
what to do next, and a form whose phone and email fields are all optional
still needs at least one of them so the hospital can reach the person.
"""

import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm
from wagtail.contrib.forms.forms import FormBuilder as WagtailFormBuilder
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

# Field types editors can choose: Wagtail's, plus two that are checked for sense.
PHONE = "phone"
BIRTH_DATE = "birthdate"
FIELD_TYPE_CHOICES = (
    *FORM_FIELD_CHOICES,
    (PHONE, _("Phone number")),
    (BIRTH_DATE, _("Date of birth")),
)

# What browsers may fill in. Someone else's details (a referred patient's) must be "off".
AUTOCOMPLETE_CHOICES = (
    ("", _("Let the browser decide")),
    ("off", _("Do not fill in (the details are about someone else)")),
    ("name", _("The person's own full name")),
    ("email", _("The person's own email address")),
    ("tel", _("The person's own phone number")),
    ("organization", _("The person's own organization or practice")),
    ("bday", _("The person's own date of birth")),
    ("street-address", _("The person's own street address")),
    ("postal-code", _("The person's own ZIP code")),
)

# Bounds on what one field may hold (characters).
SINGLE_LINE_MAX = 200
MULTI_LINE_MAX = 1000
EMAIL_MAX = 254
PHONE_MAX = 30
OTHER_MAX = 200
OLDEST_AGE_YEARS = 120

PHONE_PATTERN = re.compile(r"^\+?[\d\s().\-/]+(\s*(x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)


def phone_digits(value: str) -> str:
    """The digits of a phone number, without any extension."""
    main = re.split(r"x|ext", value, maxsplit=1, flags=re.IGNORECASE)[0]
    return re.sub(r"\D", "", main)


class PhoneField(forms.CharField):
    """A phone number as people write it: 7 to 15 digits, spaces, dashes, brackets, extension."""

    widget = forms.TextInput(attrs={"type": "tel", "inputmode": "tel"})
    default_error_messages = {
        "invalid": _(
            "Enter a phone number with 7 to 15 digits, for example 800-555-0142. "
            "You can add an extension, for example x123."
        )
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", PHONE_MAX)
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not (PHONE_PATTERN.match(value) and 7 <= len(phone_digits(value)) <= 15):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


def years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


class BirthDateField(forms.DateField):
    """A date of birth: a real date, not in the future and not more than 120 years ago."""

    default_error_messages = {
        "invalid": _("Enter the date of birth as month/day/year, for example 03/27/1958."),
        "future": _("The date of birth cannot be in the future. Check the year."),
        "too_old": _("The date of birth is more than 120 years ago. Check the year."),
    }

    def validate(self, value):
        super().validate(value)
        if value is None:
            return
        today = timezone.localdate()
        if value > today:
            raise forms.ValidationError(self.error_messages["future"], code="future")
        if value < years_before(today, OLDEST_AGE_YEARS):
            raise forms.ValidationError(self.error_messages["too_old"], code="too_old")


class RequestForm(BaseForm):
    """The base of every built form: phone or email, at least one, when neither is required."""

    contact_required_message = _(
        "Give a phone number or an email address, so we can contact you. One is enough."
    )

    def clean(self):
        cleaned = super().clean()
        contact = [
            name
            for name, field in self.fields.items()
            if getattr(field, "contact_field", False) and not field.required
        ]
        # Only when none is filled in and none is already wrong for another reason (its format).
        if (
            contact
            and not any(cleaned.get(name) for name in contact)
            and not any(name in self.errors for name in contact)
        ):
            self.add_error(contact[0], self.contact_required_message)
        return cleaned


class FormBuilder(WagtailFormBuilder):
    """Wagtail's builder with bounded lengths, our two field types and plain messages."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        if field.field_type == "checkbox":
            required = _("Please tick this box to go on.")
        elif field.field_type in ("dropdown", "radio", "checkboxes", "multiselect"):
            required = _("Please choose an answer.")
        else:
            required = _("Please fill this in.")
        options["error_messages"] = {
            "required": required,
            "max_length": _(
                "Shorten this to %(limit_value)d characters or fewer (it has %(show_value)d)."
            ),
            "invalid_choice": _("Choose one of the answers shown."),
            "null_characters_not_allowed": _("Remove the unusual characters from this answer."),
        }
        return options

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTI_LINE_MAX
        options["widget"] = forms.Textarea(attrs={"rows": 5})
        return forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX
        options["error_messages"]["invalid"] = _(
            "Enter an email address in the right format, for example name@example.com."
        )
        email = forms.EmailField(**options)
        email.contact_field = True
        return email

    def create_phone_field(self, field, options):
        phone = PhoneField(**options)
        phone.contact_field = True
        return phone

    def create_birthdate_field(self, field, options):
        options["error_messages"].pop("invalid", None)
        return BirthDateField(**options)

    def create_date_field(self, field, options):
        options["error_messages"]["invalid"] = _(
            "Enter the date as month/day/year, for example 03/27/2026."
        )
        return forms.DateField(**options)

    def create_datetime_field(self, field, options):
        options["error_messages"]["invalid"] = _(
            "Enter the date and time, for example 03/27/2026 14:30."
        )
        return forms.DateTimeField(**options)

    def create_number_field(self, field, options):
        options["error_messages"]["invalid"] = _("Enter a number, for example 12.")
        options["error_messages"]["max_digits"] = _("Enter a number with 15 digits or fewer.")
        return forms.DecimalField(max_digits=15, **options)

    def create_url_field(self, field, options):
        options["max_length"] = OTHER_MAX
        options["error_messages"]["invalid"] = _(
            "Enter a web address, for example https://example.org."
        )
        return super().create_url_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = OTHER_MAX
        return super().create_hidden_field(field, options)

    @property
    def formfields(self):
        built = super().formfields
        for field in self.fields:
            name = field.clean_name or field.get_field_clean_name()
            autocomplete = getattr(field, "autocomplete", "")
            if autocomplete and name in built:
                built[name].widget.attrs["autocomplete"] = autocomplete
        return built

    def get_form_class(self):
        return type("RequestForm", (RequestForm,), self.formfields)
