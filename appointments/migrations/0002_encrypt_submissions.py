"""The answers column becomes text holding Fernet tokens; rows already there are encrypted."""

import json

from django.db import migrations

import appointments.encryption
from appointments import encryption

TABLE = "appointments_submission"


def encrypt_existing(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT id, form_data FROM {TABLE}")
        for pk, plain in cursor.fetchall():
            cursor.execute(
                f"UPDATE {TABLE} SET form_data = %s WHERE id = %s",
                [encryption.encrypt(json.loads(plain)), pk],
            )


def decrypt_existing(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT id, form_data FROM {TABLE}")
        for pk, token in cursor.fetchall():
            cursor.execute(
                f"UPDATE {TABLE} SET form_data = %s WHERE id = %s",
                [json.dumps(encryption.decrypt(token)), pk],
            )


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="submission",
            name="form_data",
            field=appointments.encryption.EncryptedJSONField(),
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
    ]
