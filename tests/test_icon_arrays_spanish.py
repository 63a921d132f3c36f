"""Icon arrays in Spanish: the ways Spanish writes a share are read, and the text
alternative and key are worded in Spanish on Spanish pages."""

import unicodedata

from django.core.management import call_command
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from programs.icon_array import IconArray, Refusal, parse_share, text_alternative
from programs.models import ProgramPage
from seed_content.management.commands.load_program_content import translation_key

SPANISH_SHARES = [
    # value, filled of 100, the words the text alternative uses, drawn exactly
    ("70 %", 70, "7 de cada 10", True),
    ("70\u00a0%", 70, "7 de cada 10", True),
    ("70\u202f%", 70, "7 de cada 10", True),
    ("Un 70 %", 70, "7 de cada 10", True),
    ("El 70 %", 70, "7 de cada 10", True),
    ("Más del 80 %", 80, "Más de 8 de cada 10", True),
    ("más del 80%", 80, "Más de 8 de cada 10", True),
    # Issue 17: pasted text may spell "á" as "a" plus a combining accent (NFD).
    (unicodedata.normalize("NFD", "Más del 80 %"), 80, "Más de 8 de cada 10", True),
    ("Mas del 80 %", 80, "Más de 8 de cada 10", True),  # typed without the accent
    ("Más del 80 %.", 80, "Más de 8 de cada 10", True),
    ("Casi 7 de cada 10", 70, "Casi 7 de cada 10", True),
    ("Poco más del 80 %", 80, "Poco más de 8 de cada 10", True),
    ("Más de 8 de cada 10", 80, "Más de 8 de cada 10", True),
    ("Casi el 90 %", 90, "Casi 9 de cada 10", True),
    ("Alrededor del 45 %", 45, "Alrededor de 45 de cada 100", True),
    ("En torno al 30 %", 30, "En torno a 3 de cada 10", True),
    ("Hasta el 30 por ciento", 30, "Hasta 3 de cada 10", True),
    ("Al menos el 60 %", 60, "Al menos 6 de cada 10", True),
    ("3 de cada 10", 30, "3 de cada 10", True),
    ("1 de cada 4", 25, "1 de cada 4", True),
    ("1 de cada 3", 33, "1 de cada 3", False),
    ("12,5 %", 13, "Alrededor de 13 de cada 100", False),
    ("10 de cada 1000", 1, "10 de cada 1\u00a0000", True),  # Django's Spanish grouping
    ("100 %", 100, "10 de cada 10", True),
]


@pytest.mark.parametrize("value,filled,words,exact", SPANISH_SHARES)
def test_a_spanish_share_maps_to_n_of_100_and_is_said_in_spanish(value, filled, words, exact):
    share = parse_share(value)
    assert isinstance(share, IconArray), share
    assert (share.filled, share.exact) == (filled, exact)
    with translation.override("es"):
        assert text_alternative(share, "") == words + "."


SPANISH_REFUSALS = [
    ("Más de 1 millón", "is a count, not a share of 100"),
    ("2 mil", "is a count, not a share of 100"),
    (unicodedata.normalize("NFD", "Más de 1 millón"), "is a count, not a share of 100"),
    ("Entre 70 y 80 %", "is a range"),
    ("70 a 80 %", "is a range"),
    ("70 o 80 %", "is a range"),
    ("Del 70 al 80 %", "is a range"),
    ("Entre el 70 % y el 80 %", "is a range"),
    ("70 % - 80 %", "is a range"),
    ("3.º", "is a rank"),
    ("Casi nunca", "has no number in it"),
    ("1 visita", "is not a percentage or a share of a group"),
    ("120 %", "is more than 100%"),
    ("5 de cada 3", "is more than the whole group"),
    ("80 % de los pacientes", "has words after the percentage"),
    ("Semana 3: 70 %", "starts with “Semana 3”"),
    ("Semana 3: 70 %", "(“Alrededor de”, “Más de”, “Hasta”) are fine"),
]


@pytest.mark.parametrize("value,message", SPANISH_REFUSALS)
def test_spanish_values_an_icon_array_cannot_show_honestly_are_refused(value, message):
    refusal = parse_share(value)
    assert isinstance(refusal, Refusal), refusal
    assert message in refusal.reason


@pytest.mark.parametrize(
    "value,measure,expected",
    [
        (
            "Más del 80%",
            "de los pacientes sienten menos dolor después de la radiocirugía de columna.",
            "Más de 8 de cada 10 pacientes sienten menos dolor después de la radiocirugía "
            "de columna.",
        ),
        (
            "70%",
            "de las personas con cáncer también tienen cáncer que se extiende a los huesos.",
            "7 de cada 10 personas con cáncer también tienen cáncer que se extiende a los huesos.",
        ),
        (
            "1 de cada 3",
            "de pacientes se sienten cansados",
            "1 de cada 3 pacientes se sienten cansados.",
        ),
    ],
)
def test_the_spanish_text_alternative_follows_the_frequency_with_the_measure(
    value, measure, expected
):
    with translation.override("es"):
        assert text_alternative(parse_share(value), measure) == expected


def test_the_key_is_in_the_pages_language():
    more, seventy = parse_share("Más del 80 %"), parse_share("70 %")
    with translation.override("es"):
        assert (more.key_filled, more.key_empty) == ("Más de 80 de 100 personas", "El resto")
        assert (seventy.key_filled, seventy.key_empty) == (
            "70 de 100 personas",
            "30 de 100 personas",
        )
        assert parse_share("1 de cada 3").key_filled == "Alrededor de 33 de 100 personas"
    with translation.override("en"):
        assert (seventy.key_filled, seventy.key_empty) == ("70 of 100 people", "30 of 100 people")


@pytest.mark.django_db
def test_a_spanish_page_draws_its_statistic_as_an_icon_array_in_spanish(client):
    call_command("load_program_content", languages="en,es", stdout=None)
    program = ProgramPage.objects.get(
        translation_key=translation_key("program"), locale__language_code="es"
    )
    fact = next(block for block in program.body if block.block_type == "key_fact")
    assert fact.value["statistic"].value == "Más del 80%"
    fact.value["display"] = "icon_array"
    fact.block.clean(fact.value)  # the editor may choose it: no validation error
    program.save_revision().publish()
    html = BeautifulSoup(client.get(program.url).content, "html.parser")
    svg = html.find("svg", class_="icon-array__svg")
    assert svg.find("title").get_text() == (
        "Más de 8 de cada 10 pacientes sienten menos dolor después de la radiocirugía de columna."
    )
    assert len(svg.select("use.icon-array__filled")) == 80
    key = svg.find_next("ul", class_="icon-array__key")
    assert [li.get_text(" ", strip=True) for li in key.find_all("li")] == [
        "Más de 80 de 100 personas",
        "El resto",
    ]
