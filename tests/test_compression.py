"""Pages go out gzipped to browsers that ask, plain to those that don't, from the page
cache too; the cache keeps one copy per URL, so a purge reaches both."""

import gzip

from django.core.cache import cache

import pytest

from page_cache.middleware import cache_key
from programs.models import ProgramPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_program(settings, seeded):
    """The program page's URL, with the page cache on."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield ProgramPage.objects.get().url
    cache.clear()


def test_html_is_gzipped_when_asked_for_and_plain_when_not_on_a_miss_and_a_hit(
    client, cached_program
):
    plain = client.get(cached_program)
    assert plain["X-Page-Cache"] == "miss"
    assert not plain.has_header("Content-Encoding")
    assert plain.content.startswith(b"<!DOCTYPE html>")
    # What the cache keeps is the plain page, whoever asked first.
    assert cache.get(cache_key(cached_program)).content == plain.content
    packed = client.get(cached_program, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert packed["X-Page-Cache"] == "hit"
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 3
    # Compressing a hit leaves the cached copy plain.
    again = client.get(cached_program)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == plain.content
    for response in (plain, packed, again):
        assert "Accept-Encoding" in response["Vary"]


def test_a_gzipped_miss_caches_the_plain_page(client, cached_program):
    packed = client.get(cached_program, headers={"Accept-Encoding": "gzip"})
    assert (packed["X-Page-Cache"], packed["Content-Encoding"]) == ("miss", "gzip")
    plain = client.get(cached_program)
    assert plain["X-Page-Cache"] == "hit"
    assert not plain.has_header("Content-Encoding")
    assert gzip.decompress(packed.content) == plain.content


def test_publishing_purges_the_page_for_gzip_and_plain_readers_alike(
    client, cached_program, django_capture_on_commit_callbacks
):
    client.get(cached_program)
    assert client.get(cached_program, headers={"Accept-Encoding": "gzip"})["X-Page-Cache"] == "hit"
    program = ProgramPage.objects.get()
    program.title = "Spine radiosurgery, renamed"
    with django_capture_on_commit_callbacks(execute=True):
        program.save_revision().publish()
    packed = client.get(cached_program, headers={"Accept-Encoding": "gzip"})
    assert packed["X-Page-Cache"] == "miss"
    assert b"Spine radiosurgery, renamed" in gzip.decompress(packed.content)
    assert b"Spine radiosurgery, renamed" in client.get(cached_program).content


def test_pages_the_cache_never_keeps_are_gzipped_too(client, cached_program):
    search = client.get("/search/?q=pain", headers={"Accept-Encoding": "gzip"})
    assert not search.has_header("X-Page-Cache")
    assert search["Content-Encoding"] == "gzip"
    assert b"search-result__title" in gzip.decompress(search.content)
