"""Keyboard users: the skip link first, a visible focus ring at every stop, targets big enough."""

import pytest

FOCUS_STYLE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(),
        inMain: !!el.closest("main"),
        outline: style.outlineStyle !== "none" ? parseFloat(style.outlineWidth) : 0,
        shadow: style.boxShadow !== "none",
    };
}"""

SMALL_TARGETS = """() => [...document.querySelectorAll("a[href], button, input, select, summary")]
    .filter((el) => el.offsetParent !== null)
    .filter((el) => getComputedStyle(el).display !== "inline")  // inline text links are exempt
    .map((el) => ({el, box: el.getBoundingClientRect()}))
    .filter(({box}) => box.width < 24 || box.height < 24)
    .map(({el, box}) => `${el.outerHTML.slice(0, 80)} ${box.width}x${box.height}`)"""


def test_tabbing_goes_skip_link_then_header_then_main_with_visible_focus(page, site_url):
    page.goto(site_url + "/spinal-radiosurgery/pain-relief/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    stops = [page.evaluate(FOCUS_STYLE)]
    while not stops[-1]["inMain"]:
        assert len(stops) < 30, "main content not reached in 30 tab stops"
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS_STYLE))
    for number, stop in enumerate(stops, start=1):
        assert stop["outline"] >= 2 or stop["shadow"], f"no visible focus at tab stop {number}"
    assert any(stop["tag"] == "input" for stop in stops), "the header search box is reachable"


def test_skip_link_moves_focus_to_the_main_content(page, site_url):
    page.goto(site_url + "/spinal-radiosurgery/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("width", [390, 1280])
def test_targets_are_at_least_24_by_24(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    for path in [
        "/",
        "/spinal-radiosurgery/",
        "/spinal-radiosurgery/patient-guide/how-it-works/",
        "/search/?q=pain",
    ]:
        page.goto(site_url + path)
        assert page.evaluate(SMALL_TARGETS) == [], path
