"""Each icon array draws its person once, as an SVG <symbol> its 100 figures and its key
reuse, and every reference finds its own array's symbol, even with several on a page."""

from collections import Counter

from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup

from patient_guide.models import PatientGuidePage
from programs import blocks
from tests.factories import StatisticFactory

pytestmark = pytest.mark.django_db


def test_the_person_is_drawn_once_and_reused_by_the_figures_and_the_key():
    statistic = StatisticFactory(value="70%", measure="of people get cancer that spreads")
    block = blocks.KeyFactBlock()
    value = block.to_python({"statistic": statistic.pk, "display": "icon_array", "context": ""})
    html = BeautifulSoup(block.render(value, context={"id": "a1"}), "html.parser")
    symbols = html.find_all("symbol")
    assert [symbol["id"] for symbol in symbols] == ["key-fact-a1-person"]
    # The head and body shapes exist only inside the symbol.
    shapes = html.find_all(["circle", "path"])
    assert shapes and all(shape.find_parent("symbol") for shape in shapes)
    uses = html.find_all("use")
    assert {use["href"] for use in uses} == {"#key-fact-a1-person"}
    assert len(uses) == 100 + 2  # the grid, and the key's filled and outlined figures
    key = html.find("ul", class_="icon-array__key")
    assert len(key.find_all("use")) == 2
    # The title, the text alternative, is still the SVG's accessible name.
    svg = html.find("svg", class_="icon-array__svg")
    assert svg["role"] == "img"
    assert svg.find("title")["id"] == svg["aria-labelledby"]
    assert svg.find("title").get_text() == "7 in 10 people get cancer that spreads."


def test_in_the_whole_guide_every_figure_finds_its_own_arrays_symbol(client):
    call_command("load_program_content", stdout=None)
    html = BeautifulSoup(
        client.get(PatientGuidePage.objects.get().url + "all/").content, "html.parser"
    )
    arrays = html.find_all("div", class_="icon-array")
    assert len(arrays) >= 2
    ids = Counter(tag["id"] for tag in html.find_all(id=True))
    assert max(ids.values()) == 1
    for array in arrays:
        (symbol,) = array.find_all("symbol")
        assert {use["href"] for use in array.find_all("use")} == {f"#{symbol['id']}"}
