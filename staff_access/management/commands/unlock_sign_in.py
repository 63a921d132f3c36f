"""Lift a sign-in pause (django-axes) for a username, an address, or both, before it ends."""

from django.core.management.base import BaseCommand, CommandError

from axes.utils import reset

from audit import log
from staff_access.throttling import normalise_username


class Command(BaseCommand):
    help = "Lift the pause on signing in for a username and/or an IP address."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="")
        parser.add_argument("--address", default="")

    def handle(self, *args, username, address, **options):
        username = normalise_username(username)
        if not (username or address):
            raise CommandError("Give --username, --address or both.")
        if username:
            reset(username=username)
        if address:
            reset(ip=address)
        log.record(
            "staff_access.unlocked",
            data={"username": username, "address": address},
            title=username or address,
        )
        self.stdout.write(
            f"Signing in is open again for {' and '.join(filter(None, [username, address]))}."
        )
