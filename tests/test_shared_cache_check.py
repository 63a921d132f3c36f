"""Production without a shared cache fails `check --deploy` (issue 16, finding 4)."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import override_settings

import pytest

from page_cache.checks import check_shared_cache

ROOT = Path(__file__).resolve().parents[1]
REDIS = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:6379/0"}


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_a_cache_private_to_each_process_is_an_error(backend):
    with override_settings(CACHES={"default": {"BACKEND": backend}}):
        errors = check_shared_cache(None)
    assert [error.id for error in errors] == ["page_cache.E001"]
    assert "REDIS_URL" in errors[0].hint


def test_redis_passes():
    with override_settings(CACHES={"default": REDIS}):
        assert check_shared_cache(None) == []


def check_deploy_with_production_settings(**env: str) -> subprocess.CompletedProcess:
    """`manage.py check --deploy` as an operator runs it, on the production settings."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_", "CACHE_", "FRONTEND_CACHE_"))
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="radiosurgery_site.settings.production",
        SECRET_KEY="check-only-" + "x" * 50,
        ALLOWED_HOSTS="hospital.example",
        **env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--tag", "caches"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_without_redis_url_fail_the_deploy_check():
    result = check_deploy_with_production_settings()
    assert result.returncode == 1
    assert "page_cache.E001" in result.stderr


def test_production_settings_with_redis_url_pass_the_deploy_check():
    result = check_deploy_with_production_settings(REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
