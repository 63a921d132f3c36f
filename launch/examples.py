"""Which hospital settings still hold an example value.

The example values themselves are written once, in ``seed_content.structure``; this
module says what makes a value an example: the seed's own names, a phone number in
the fictional 555-0100 to 555-0199 range, or a link or address on a domain reserved
for examples (RFC 2606). It reads the settings object's fields only, no query, so
every page can ask (the "Example site" banner and ``noindex``).
"""

import re
from urllib.parse import urlsplit

from seed_content.structure import HOSPITAL_SETTINGS

# Reserved for fiction in every North American area code: never a real line.
FICTIONAL_PHONE = re.compile(r"(?<!\d)555\D?01\d\d(?!\d)")
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org", "example")


def _on_example_domain(host: str | None) -> bool:
    host = (host or "").lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in EXAMPLE_DOMAINS)


def _is_example_url(url: str) -> bool:
    return bool(url) and _on_example_domain(urlsplit(url).hostname)


# Field -> test of its value, in the admin form's order.
EXAMPLE_TESTS = {
    "hospital_name": lambda value: value == HOSPITAL_SETTINGS["hospital_name"],
    "centre_name": lambda value: value == HOSPITAL_SETTINGS["centre_name"],
    "phone": lambda value: bool(FICTIONAL_PHONE.search(value)),
    "urgent_phone": lambda value: bool(FICTIONAL_PHONE.search(value)),
    "appointment_url": _is_example_url,
    "contact_email": lambda value: bool(value) and _on_example_domain(value.rpartition("@")[2]),
    "policy_url": _is_example_url,
}


def example_fields(hospital) -> list[str]:
    """Names of the hospital settings fields that still hold an example value."""
    return [field for field, test in EXAMPLE_TESTS.items() if test(getattr(hospital, field))]
