"""What people send is kept encrypted: Fernet tokens under the keys in ``SUBMISSIONS_KEY``.

``SUBMISSIONS_KEY`` holds one or more Fernet keys, comma-separated, newest first.
New data is always encrypted with the first key; any listed key decrypts, so a
key is rotated by putting a new one in front, running ``reencrypt_submissions``
and then dropping the old one. A missing key, a malformed key or a key that does
not open stored data raises ``ImproperlyConfigured``: there is no plain-text
fallback in either direction.
"""

import functools
import json

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

HOW_TO_MAKE_A_KEY = (
    'make one with: python -c "from cryptography.fernet import Fernet; '
    'print(Fernet.generate_key().decode())"'
)


def parse_keys(value: str) -> list[str]:
    """The keys in a SUBMISSIONS_KEY value; ImproperlyConfigured if there are none or one is bad."""
    keys = [key.strip() for key in value.split(",") if key.strip()]
    if not keys:
        raise ImproperlyConfigured(
            f"Set SUBMISSIONS_KEY to encrypt form submissions; {HOW_TO_MAKE_A_KEY}"
        )
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            raise ImproperlyConfigured(
                f"SUBMISSIONS_KEY: key {position} is not a Fernet key "
                f"(32 url-safe base64-encoded bytes); {HOW_TO_MAKE_A_KEY}"
            ) from None
    return keys


@functools.cache
def _fernet(value: str) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in parse_keys(value)])


def fernet() -> MultiFernet:
    return _fernet(settings.SUBMISSIONS_KEY)


def encrypt(data) -> str:
    return fernet().encrypt(json.dumps(data, cls=DjangoJSONEncoder).encode()).decode()


def decrypt(token: str):
    try:
        return json.loads(fernet().decrypt(token.encode()))
    except InvalidToken:
        raise ImproperlyConfigured(
            "A stored submission cannot be decrypted with any key in SUBMISSIONS_KEY: "
            "the key it was encrypted with is missing, or the row is not encrypted."
        ) from None


class EncryptedJSONField(models.TextField):
    """JSON in Python, a Fernet token in the database: a dump of the table shows no answer."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else decrypt(value)

    def to_python(self, value):
        return value

    def get_prep_value(self, value):
        return None if value is None else encrypt(value)
