"""`wegwijs chat` shows an answer in the same shape as the widget: links under it, "Meer uitleg" on request."""

from __future__ import annotations

import pytest

from kanalen.chat import show, show_more
from tests.cli.test_chat import joined, run_chat

ANTWOORD = {
    "text": "U kunt dit jaar nog € 1.100 aan giften krijgen. Dit heeft geen gevolgen voor uw bijstand.",
    "buttons": [{"title": "Praat met een mens", "payload": "/mens_spreken"}],
    "meer_uitleg": [{"kop": "Waarom?", "tekst": "Giften tot de grens tellen niet mee."},
                    {"kop": "De wet", "tekst": "Dit staat in de wet: Participatiewet, artikel 31."}],
    "links": [{"titel": "Bel de gemeente (14 0000)", "url": "tel:140000"},
              {"titel": "Bel 113 Zelfmoordpreventie (gratis, dag en nacht)", "url": "tel:08000113"},
              {"titel": "Stuur een e-mail", "url": "mailto:info@voorbeeldstad.nl"},
              {"titel": "Contactformulier", "url": "https://www.voorbeeldstad.nl/contact"}],
}


def test_links_are_shown_with_what_to_dial_and_meer_uitleg_waits_for_m():
    lines: list[str] = []
    shown: dict = {}
    assert show([ANTWOORD], lines.append, shown) == ANTWOORD["buttons"]
    assert lines[-6:] == [
        "         Bel de gemeente (14 0000)",
        "         Bel 113 Zelfmoordpreventie (gratis, dag en nacht): 08000113",
        "         Stuur een e-mail: info@voorbeeldstad.nl",
        "         Contactformulier: https://www.voorbeeldstad.nl/contact",
        "         Meer uitleg: typ m",
        "   1. Praat met een mens",
    ]
    assert "Giften tot de grens" not in " ".join(lines)
    more: list[str] = []
    show_more(shown["meer_uitleg"], more.append)
    assert more == ["         Waarom?", "           Giften tot de grens tellen niet mee.",
                    "         De wet", "           Dit staat in de wet: Participatiewet, artikel 31."]


def test_a_message_without_extras_looks_as_before():
    lines: list[str] = []
    show([{"text": "Hallo", "buttons": []}], lines.append, {})
    assert lines == ["Wegwijs: Hallo"]


@pytest.mark.stack
def test_a_calculation_in_the_terminal_then_m_shows_why_and_the_law(stack):
    lines = run_chat(stack.url, ["mijn moeder betaalt elke maand 50 euro aan boodschappen", "boodschappen",
                                 "sinds januari", "ja", "m"])
    text = joined(lines)
    assert "Meer uitleg: typ m" in text
    after_m = joined(lines[max(i for i, line in enumerate(lines) if "Meer uitleg: typ m" in line) + 1:])
    assert "Waarom?" in after_m and "Dit staat in de wet" in after_m
