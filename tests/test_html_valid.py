"""Every page the site serves, in English and Spanish, passes the W3C Nu HTML checker.

The checker is the ``vnu-jar`` npm package run offline under Java; ``make test``
installs both (scripts/install-system-deps.sh and tools/vnu/).
"""

import subprocess
from pathlib import Path

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page

import pytest

from patient_guide.models import PatientGuidePage

pytestmark = pytest.mark.django_db

VNU = Path(__file__).resolve().parent.parent / "tools/vnu"
VNU_JAR = VNU / "node_modules/vnu-jar/build/dist/vnu.jar"
CHECKER = ["/usr/bin/java", "-jar", str(VNU_JAR), "--errors-only", "--format", "gnu"]
SEARCHES = {"en": "pain", "es": "dolor"}
PAGE_TYPES = {
    "HomePage",
    "ProgramPage",
    "IndicationPage",
    "PatientGuidePage",
    "GuideSectionPage",
    "AppointmentRequestPage",
    "ReferralPage",
}


def site_urls() -> list[str]:
    """Every live page, each guide's whole-guide view, a search with results and a 404."""
    urls = []
    pages = Page.objects.live().exclude(depth=1).specific().order_by("path")
    # Every page type, in both languages, is among them.
    kinds = {(page.locale.language_code, type(page).__name__) for page in pages}
    assert kinds == {(language, kind) for language in SEARCHES for kind in PAGE_TYPES}
    for page in pages:
        urls.append(page.url)
        if isinstance(page, PatientGuidePage):
            urls.append(page.url + page.reverse_subpage("whole_guide"))
    for language, words in SEARCHES.items():
        prefix = "" if language == "en" else f"/{language}"
        urls += [f"{prefix}{reverse('search')}?q={words}", f"{prefix}/no-such-page/"]
    return urls


def test_every_page_type_in_both_languages_has_no_nu_checker_errors(client, tmp_path):
    call_command("load_program_content", languages="en,es", stdout=None)
    urls = site_urls()
    files = {}
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code == (404 if "no-such-page" in url else 200), url
        if "?q=" in url:
            assert b"search-result__title" in response.content, f"{url} found nothing"
        path = tmp_path / f"{number}.html"
        path.write_bytes(response.content)
        files[str(path)] = url
    # Debian's Java (scripts/install-system-deps.sh) on the files this test wrote.
    checked = subprocess.run([*CHECKER, *files], capture_output=True, text=True)  # noqa: S603
    errors = [line for line in checked.stderr.splitlines() if line.strip()]
    # The checker names each file by its URI; show the page's address instead.
    for path, url in files.items():
        errors = [line.replace(f"file:{path}", url) for line in errors]
    assert not errors, f"{len(errors)} Nu checker errors:\n" + "\n".join(errors)
    assert checked.returncode == 0
