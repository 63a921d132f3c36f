"""axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every page type, at phone and desktop widths.

Also the search results, no-results and 404 pages.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from programs.accessibility import WCAG_AA_TAGS

WCAG_AA = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}
PAGES = [
    "/",
    "/spinal-radiosurgery/",
    "/spinal-radiosurgery/pain-relief/",
    "/spinal-radiosurgery/patient-guide/",
    "/spinal-radiosurgery/patient-guide/treatment-options/",
    "/spinal-radiosurgery/patient-guide/all/",
    "/search/?q=pain",
    "/search/?q=xylophone",
    "/no-such-page/",
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
