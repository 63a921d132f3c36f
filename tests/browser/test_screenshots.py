"""Every page type at phone and desktop widths: no sideways scrolling, and a screenshot of each.

Screenshots go to test-artifacts/browser/ (git-ignored). `make screenshots` sets
SCREENSHOTS_DIR=docs/screenshots to refresh the committed ones.
"""

import os
from pathlib import Path

import pytest
from PIL import Image

from tests.browser.conftest import ARTIFACTS

PAGES = {
    "home": "/",
    "program": "/spinal-radiosurgery/",
    "indication": "/spinal-radiosurgery/pain-relief/",
    "guide": "/spinal-radiosurgery/patient-guide/",
    "guide-section": "/spinal-radiosurgery/patient-guide/treatment-options/",
    "whole-guide": "/spinal-radiosurgery/patient-guide/all/",
}
WIDTHS = {"phone": 390, "desktop": 1280}
MAX_HEIGHT = 6000  # keeps the whole-guide screenshots a reasonable size


@pytest.mark.parametrize("form_factor", WIDTHS)
def test_pages_reflow_without_sideways_scrolling(page, site_url, form_factor):
    folder = Path(os.environ.get("SCREENSHOTS_DIR", ARTIFACTS / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": WIDTHS[form_factor], "height": 900})
    for name, path in PAGES.items():
        page.goto(site_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {form_factor} width"
        height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
        target = folder / f"{name}-{form_factor}.png"
        page.screenshot(
            path=target,
            clip={"x": 0, "y": 0, "width": WIDTHS[form_factor], "height": height},
            full_page=True,
        )
        # 256 colours are plenty for flat UI and keep committed screenshots small.
        Image.open(target).convert("RGB").quantize(256, dither=Image.Dither.NONE).save(
            target, optimize=True
        )
