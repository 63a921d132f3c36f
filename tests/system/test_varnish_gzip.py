"""Compression through Varnish (deploy/varnish/default.vcl): text goes out gzipped to
browsers that ask and plain to those that don't, is kept compressed, and a publish
purges it for both. Also measures what the program page costs to download."""

import gzip
import http.client
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from . import services

pytestmark = pytest.mark.system

PROGRAM = services.PAGES["program"]
GUIDE_SECTION = services.PAGES["guide section"]
ACCEPTS_GZIP = {"Accept-Encoding": "gzip, deflate, br"}


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes  # as sent, compressed or not

    @property
    def hit(self) -> bool:
        """Served from Varnish's cache: X-Varnish names this request and the stored one."""
        return len(self.headers.get("X-Varnish", "").split()) == 2

    @property
    def text(self) -> bytes:
        if self.headers.get("Content-Encoding") == "gzip":
            return gzip.decompress(self.body)
        return self.body


def fetch(port: int, path: str, headers: dict[str, str] | None = None) -> Answer:
    """One GET with the body exactly as sent (urllib would not show the encoding)."""
    connection = http.client.HTTPConnection(services.HOST, port, timeout=15)
    try:
        connection.request("GET", path, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


class PlainFileServer:
    """Python's http.server on a folder: a backend that never compresses anything."""

    def __init__(self, folder: Path):
        self.folder, self.port = folder, services.free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> "PlainFileServer":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(self.port), "--bind", services.HOST],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        url = f"http://{services.HOST}:{self.port}/"
        services.wait_for(lambda: services.http_status(url) == 200, 15, "http.server")
        return self

    def stop(self) -> None:
        if self.process:
            services.stop_process(self.process)


@pytest.fixture
def edge(site, redis, start) -> Iterator[tuple[services.Gunicorn, services.Varnish, dict]]:
    """gunicorn (production settings) behind Varnish, and the environment that purges it."""
    env = site.env(REDIS_URL=redis.url)
    app = start(services.Gunicorn(env, workers=2))
    varnish = start(services.Varnish(backend_port=app.port))
    yield app, varnish, {**env, **varnish.purge_env()}


def test_pages_css_and_js_go_out_gzipped_when_asked_and_plain_when_not(edge, record):
    app, varnish, _ = edge
    sizes = {}
    packed = fetch(varnish.port, PROGRAM, ACCEPTS_GZIP)
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', packed.text)
    assert {Path(asset.decode()).suffix for asset in assets} == {".css", ".js"}
    for path in [PROGRAM, *(asset.decode() for asset in assets)]:
        packed = fetch(varnish.port, path, ACCEPTS_GZIP)
        again = fetch(varnish.port, path, ACCEPTS_GZIP)
        plain = fetch(varnish.port, path)
        assert packed.status == again.status == plain.status == 200, path
        assert packed.headers["Content-Encoding"] == "gzip", path
        assert again.hit and again.body == packed.body, path
        assert "Content-Encoding" not in plain.headers, path
        assert plain.text == packed.text, path
        sizes[path] = f"{len(plain.body)} bytes plain, {len(packed.body)} gzipped"
        assert len(packed.body) < len(plain.body), sizes[path]
        # Without Varnish the app compresses them itself (GZipMiddleware, WhiteNoise).
        direct = fetch(app.port, path, ACCEPTS_GZIP)
        assert direct.headers["Content-Encoding"] == "gzip", path
        assert direct.text == plain.text, path
    record("varnish: the program page's bytes on the wire", **sizes)


def test_one_stored_copy_serves_both_and_a_publish_purges_it(site, edge):
    _, varnish, env = edge
    fetch(varnish.port, GUIDE_SECTION, ACCEPTS_GZIP)
    assert fetch(varnish.port, GUIDE_SECTION).hit
    title = f"How it works ({uuid.uuid4().hex[:8]})"
    site.publish(env, GUIDE_SECTION, title=title)
    plain = fetch(varnish.port, GUIDE_SECTION)
    assert not plain.hit and title.encode() in plain.text
    packed = fetch(varnish.port, GUIDE_SECTION, ACCEPTS_GZIP)
    assert packed.hit and packed.headers["Content-Encoding"] == "gzip"
    assert packed.text == plain.text


def test_varnish_compresses_text_a_backend_sent_plain(start, tmp_path):
    """For an app without GZipMiddleware: text is compressed by Varnish, images are not."""
    page = b"<!DOCTYPE html><title>Plain</title>" + b"<p>Spinal radiosurgery.</p>" * 200
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "picture.png").write_bytes(bytes(range(256)) * 20)
    backend = start(PlainFileServer(tmp_path))
    assert "Content-Encoding" not in fetch(backend.port, "/page.html", ACCEPTS_GZIP).headers
    varnish = start(services.Varnish(backend_port=backend.port))
    packed = fetch(varnish.port, "/page.html", ACCEPTS_GZIP)
    assert packed.headers["Content-Encoding"] == "gzip"
    assert packed.text == page and len(packed.body) < len(page) / 10
    plain = fetch(varnish.port, "/page.html")
    assert "Content-Encoding" not in plain.headers and plain.body == page
    picture = fetch(varnish.port, "/picture.png", ACCEPTS_GZIP)
    assert "Content-Encoding" not in picture.headers
