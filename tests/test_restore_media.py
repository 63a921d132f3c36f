"""restore unpacks media only as plain files inside MEDIA_ROOT, on every Python 3.11 we run."""

import io
import tarfile

from django.core.management.base import CommandError

import pytest

from backups.management.commands.restore import extract_media


def archive(tmp_path, name, kind=tarfile.REGTYPE):
    path = tmp_path / "media.tar"
    with tarfile.open(path, "w") as tar:
        member = tarfile.TarInfo(name)
        member.type = kind
        data = b"picture"
        if kind == tarfile.SYMTYPE:
            member.linkname = "/etc/passwd"
            data = b""
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
    return tarfile.open(path)


def test_plain_files_are_restored_into_media(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    with archive(tmp_path, "images/scan.png") as tar:
        extract_media(tar, media)
    assert (media / "images" / "scan.png").read_bytes() == b"picture"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("../outside.png", tarfile.REGTYPE),
        ("/var/abs.png", tarfile.REGTYPE),
        ("link", tarfile.SYMTYPE),
    ],
    ids=["parent", "absolute", "symlink"],
)
def test_a_tampered_archive_writes_nothing(tmp_path, name, kind):
    media = tmp_path / "media"
    media.mkdir()
    with archive(tmp_path, name, kind) as tar, pytest.raises(CommandError, match="Refusing"):
        extract_media(tar, media)
    assert list(media.iterdir()) == []
    assert not (tmp_path / "outside.png").exists()
