"""axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every page type, at phone and desktop widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
PAGES = [
    "/",
    "/spinal-radiosurgery/",
    "/spinal-radiosurgery/pain-relief/",
    "/spinal-radiosurgery/patient-guide/",
    "/spinal-radiosurgery/patient-guide/treatment-options/",
    "/spinal-radiosurgery/patient-guide/all/",
]


@pytest.mark.parametrize("width", [390, 1280])
def test_no_axe_violations(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    failures = {}
    for path in PAGES:
        page.goto(site_url + path)
        results = axe.run(page, options=WCAG_AA)
        if results.violations_count:
            failures[path] = results.generate_report()
    assert not failures, "\n".join(f"{path}\n{report}" for path, report in failures.items())
