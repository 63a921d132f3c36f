from django.apps import AppConfig


class SeedContentConfig(AppConfig):
    name = "seed_content"
    verbose_name = "Seed content"
