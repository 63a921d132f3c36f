"""Icon arrays, the illustration and the timeline in Chromium: axe, no JavaScript, print, contrast.

Also writes screenshots of the two guide sections that carry the drawing and the
timeline, at phone and desktop widths (to docs/screenshots/ with
SCREENSHOTS_DIR=docs/screenshots, as `make screenshots` does for every page type).
"""

import os
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

from programs.accessibility import WCAG_AA_TAGS
from tests.browser.conftest import ARTIFACTS

WCAG_AA = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}
GUIDE = "/spinal-radiosurgery/patient-guide/"
PROGRAM = "/spinal-radiosurgery/"
HOW_IT_WORKS = GUIDE + "how-it-works/"
PREPARING = GUIDE + "preparing-for-treatment/"
PAGES = [PROGRAM, HOW_IT_WORKS, PREPARING, GUIDE + "about-spinal-metastases/", GUIDE + "all/"]
PICTURES = "svg.icon-array__svg, svg.illustration__svg"
WIDTHS = {"phone": 390, "desktop": 1280}


def rgb(css: str) -> tuple[float, ...]:
    """'rgb(10, 82, 117)' -> (10, 82, 117); fully transparent colours are refused."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    assert len(numbers) == 3 or numbers[3] == 1, f"not an opaque colour: {css}"
    return tuple(numbers[:3])


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two CSS colours."""

    def luminance(colour):
        channels = [c / 255 for c in rgb(colour)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def icon_array_colours(page) -> dict[str, str]:
    """Computed colours of the first icon array's figures and of what is behind them."""
    return page.evaluate(
        """() => {
            const svg = document.querySelector("svg.icon-array__svg");
            const filled = getComputedStyle(svg.querySelector("use.icon-array__filled"));
            const empty = getComputedStyle(svg.querySelector("use.icon-array__empty"));
            let node = svg, background = "rgba(0, 0, 0, 0)";
            while (node && /rgba\\(.*, 0\\)|transparent/.test(background)) {
                background = getComputedStyle(node).backgroundColor;
                node = node.parentElement;
            }
            if (/rgba\\(.*, 0\\)|transparent/.test(background)) background = "rgb(255, 255, 255)";
            return {filled: filled.fill, filledStroke: filled.stroke, emptyFill: empty.fill,
                    emptyStroke: empty.stroke, background};
        }"""
    )


@pytest.mark.parametrize("width", WIDTHS.values())
def test_visual_blocks_pass_axe(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    failures = {}
    for path in PAGES:
        page.goto(site_url + path)
        # Open every "Describe this picture" so axe checks the descriptions too.
        for summary in page.locator("details.illustration__details > summary").all():
            summary.click()
        results = axe.run(page, options=WCAG_AA)
        if results.violations_count:
            failures[path] = results.generate_report()
    assert not failures, "\n".join(f"{path}\n{report}" for path, report in failures.items())


def test_the_pictures_and_the_timeline_need_no_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    page = context.new_page()
    try:
        page.goto(site_url + PROGRAM)
        pictures = page.locator(PICTURES)
        expect(pictures).to_have_count(2)  # the pain-relief icon array and the drawing
        for picture in pictures.all():
            picture.scroll_into_view_if_needed()
            expect(picture).to_be_visible()
            box = picture.bounding_box()
            assert box["width"] >= 150 and box["height"] >= 150, box
        description = page.locator(".illustration__description").first
        expect(description).to_be_hidden()
        page.locator("details.illustration__details > summary").first.click()
        expect(description).to_be_visible()

        page.goto(site_url + PREPARING)
        steps = page.locator("ol.timeline__steps > li")
        expect(steps).to_have_count(5)
        expect(steps.first).to_be_visible()
        expect(steps.first.locator(".timeline__label")).to_have_text("Arrive")
    finally:
        context.close()


@pytest.mark.parametrize("path", [PROGRAM, HOW_IT_WORKS, GUIDE + "all/"])
def test_the_pictures_print(page, site_url, path):
    """The print stylesheet keeps every SVG visible and sized, with its description open."""
    page.goto(site_url + path)
    page.emulate_media(media="print")
    pictures = page.locator(PICTURES)
    assert pictures.count() >= 1
    for picture in pictures.all():
        state = picture.evaluate(
            """svg => ({
                display: getComputedStyle(svg).display,
                visibility: getComputedStyle(svg).visibility,
                visible: svg.checkVisibility({opacityProperty: true, visibilityProperty: true}),
                width: svg.getBoundingClientRect().width,
                height: svg.getBoundingClientRect().height,
            })"""
        )
        assert state["display"] != "none" and state["visibility"] == "visible", state
        assert state["visible"] and state["width"] > 100 and state["height"] > 100, state
    for description in page.locator(".illustration__description").all():
        expect(description).to_be_visible()  # paper cannot open a <details>
    if page.locator("svg.icon-array__svg").count():
        # Black and white: solid black figures and hollow ones outlined in black.
        colours = icon_array_colours(page)
        assert rgb(colours["filled"]) == (0, 0, 0)
        assert rgb(colours["emptyFill"]) == (255, 255, 255)
        assert rgb(colours["emptyStroke"]) == (0, 0, 0)
    assert len(page.pdf(format="A4")) > 10_000


def test_the_timeline_prints(page, site_url):
    page.goto(site_url + PREPARING)
    page.emulate_media(media="print")
    steps = page.locator("ol.timeline__steps > li")
    expect(steps).to_have_count(5)
    for step in steps.all():
        expect(step).to_be_visible()
    number = steps.first.evaluate("li => getComputedStyle(li, '::before').borderTopColor")
    assert rgb(number) == (0, 0, 0)


@pytest.mark.parametrize("width", WIDTHS.values())
def test_filled_and_empty_figures_contrast(page, site_url, width):
    """WCAG 2.2 AA 1.4.11: each kind of figure stands out from the card, and from each other."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + PROGRAM)
    colours = icon_array_colours(page)
    assert contrast(colours["filled"], colours["background"]) >= 3, colours
    assert contrast(colours["emptyStroke"], colours["background"]) >= 3, colours
    assert contrast(colours["filled"], colours["emptyFill"]) >= 3, colours
    assert colours["filled"] == colours["filledStroke"]  # filled vs hollow: shape, not colour


def test_the_drawing_and_the_timeline_contrast(page, site_url):
    page.goto(site_url + HOW_IT_WORKS)
    fill = page.evaluate(
        """() => {
            const css = (selector, property) =>
                getComputedStyle(document.querySelector(selector))[property];
            return {
                panel: css(".how-it-works__panel", "fill"),
                bone: css(".how-it-works__bone", "fill"),
                outline: css(".how-it-works__bone", "stroke"),
                label: css(".how-it-works__labels", "fill"),
                beam: css(".how-it-works__beams", "stroke"),
                tumour: css(".how-it-works__tumour", "fill"),
            };
        }"""
    )
    assert contrast(fill["label"], fill["panel"]) >= 4.5, fill
    assert contrast(fill["outline"], fill["panel"]) >= 3, fill
    assert contrast(fill["outline"], fill["bone"]) >= 3, fill
    assert contrast(fill["beam"], fill["panel"]) >= 3, fill
    assert contrast(fill["beam"], fill["bone"]) >= 3, fill
    assert contrast(fill["tumour"], fill["bone"]) >= 3, fill

    page.goto(site_url + PREPARING)
    number = page.locator("ol.timeline__steps > li").first.evaluate(
        """li => ({color: getComputedStyle(li, "::before").color,
                  background: getComputedStyle(li, "::before").backgroundColor})"""
    )
    assert contrast(number["color"], number["background"]) >= 4.5, number


@pytest.mark.parametrize("form_factor", WIDTHS)
def test_screenshots_of_the_sections_with_the_drawing_and_the_timeline(page, site_url, form_factor):
    folder = Path(os.environ.get("SCREENSHOTS_DIR", ARTIFACTS / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": WIDTHS[form_factor], "height": 900})
    for name, path in {"guide-how-it-works": HOW_IT_WORKS, "guide-preparing": PREPARING}.items():
        page.goto(site_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {form_factor} width"
        target = folder / f"{name}-{form_factor}.png"
        page.screenshot(path=target, full_page=True)
        Image.open(target).convert("RGB").quantize(256, dither=Image.Dither.NONE).save(
            target, optimize=True
        )
