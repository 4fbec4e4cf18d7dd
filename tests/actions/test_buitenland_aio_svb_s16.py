"""Past the AOW age a trip is reported to the SVB, not the gemeente (H3b, session 16). The SVB pays the AIO
(Pw art. 47a) and a trip is reported to it before leaving, also the partner's (legal-facts-topics.md 2, AIO row
'Buitenland'). The first answers on a single trip within the limit, on the days left as said and on trips added
up said 'Veel gemeenten vragen dat ... De gemeente ... beslist' to a person of 70; the trip form's next step was
the general 'Vraag de AIO aan bij de SVB' and its outcome said 'geen bijstand'."""
from __future__ import annotations

import pytest

from actions import engels, feiten_uit_bericht
from tests.actions.test_verblijf_buitenland import DOMAIN, JUNI, _feiten, alles, bereken
from wegwijs.responses import response_text


def eerste(text: str, variant: str = "nl-u") -> tuple[str, str]:
    said = feiten_uit_bericht.antwoord("buitenland", text, JUNI, DOMAIN)
    return said.response, response_text(said.response, variant, **engels.waarden_in_sessietaal(said.waarden, variant),
                                         **_feiten())


@pytest.mark.parametrize("text, response, begin", [
    ("ik ben 70 en heb aio, mag ik 10 weken naar suriname", "utter_buitenland_dagen_over_aio",
     "Ja, dat mag: na deze reis van 10 weken heeft u in 2026 nog 21 dagen over."),
    ("ik ben 70, ik heb nog 20 dagen over, mag ik 2 weken naar turkije", "utter_buitenland_over_mag_aio", "Ja, dat mag."),
    ("ik ben 70, ik heb nog 10 dagen over, mag ik 3 weken naar turkije", "utter_buitenland_over_te_lang_aio",
     "Nee, dat is te lang."),
    ("ik ben 70, in augustus 2 weken en in oktober wil ik 3 weken naar turkije", "utter_buitenland_reizen_mag_aio",
     "Ja, dat mag."),
    ("ik ben 70, in augustus 8 weken en in oktober wil ik 7 weken naar turkije", "utter_buitenland_reizen_te_lang_aio",
     "Nee, dat is te lang."),
    ("ik ben 70 en heb dit jaar al 13 weken weg geweest, mag ik nog weg", "utter_buitenland_eerder_op_aio",
     "Nee, dit jaar niet meer."),
    ("ik ben 70 en was dit jaar al 3 weken weg", "utter_buitenland_eerder_over_aio", "U heeft in 2026 nog 70 dagen over."),
    ("ik ben 70 en was dit jaar al 100 dagen weg", "utter_buitenland_eerder_te_lang_al_aio",
     "U was dit jaar al 100 dagen weg."),
    ("ik ben 70 en ga elk weekend vrijdag heen en zondag terug, hoeveel weekenden mag dat",
     "utter_buitenland_weekenden_aio", "Zo'n weekend telt als 2 dagen in het buitenland."),
])
@pytest.mark.parametrize("variant, svb, gemeente", [
    ("nl-u", "De SVB beslist", "De gemeente Voorbeeldstad beslist"),
    ("nl-je", "De SVB beslist", "De gemeente Voorbeeldstad beslist"),
    ("en", "The SVB decides", "The gemeente Voorbeeldstad decides"),
])
def test_past_the_aow_age_the_first_answer_says_report_to_the_svb(text, response, begin, variant, svb, gemeente):
    said, tekst = eerste(text, variant)
    assert said == response
    if variant == "nl-u":
        assert tekst.startswith(begin)
    assert svb in tekst and ("aan de SVB" in tekst or "the SVB about" in tekst or "tell the SVB now" in tekst)
    assert gemeente not in tekst and "Veel gemeenten" not in tekst and "Many gemeenten" not in tekst
    assert "AIO" in tekst


@pytest.mark.parametrize("text, response", [
    ("ik ben 45, mag ik 3 weken naar turkije", "utter_buitenland_dagen_over"),
    ("ik ben 45, in augustus 2 weken en in oktober wil ik 3 weken naar turkije", "utter_buitenland_reizen_te_lang"),
    ("ik ga in juli 3 weken naar Turkije", "utter_buitenland_dagen_over"),  # age not known: both limits said
    ("ik ben 45 en was dit jaar al 28 dagen weg, mag ik nog een weekend weg", "utter_buitenland_eerder_op"),
    ("ik ben 45 en ga elk weekend vrijdag heen en zondag terug, hoeveel weekenden mag dat", "utter_buitenland_weekenden"),
])
def test_under_the_aow_age_or_unknown_the_gemeente_stays(text, response):
    said, tekst = eerste(text)
    assert said == response and "De gemeente Voorbeeldstad beslist" in tekst


@pytest.mark.parametrize("variant, melden, geen_aio", [
    ("nl-u", "Geef de reis daarom door aan de SVB voordat u gaat, niet aan de gemeente", "krijgt u geen AIO"),
    ("nl-je", "Geef de reis daarom door aan de SVB voordat je gaat, niet aan de gemeente", "krijg je geen AIO"),
    ("en", "So tell the SVB about the trip before you go, not the gemeente", "you get no AIO"),
])
def test_the_trip_form_past_the_aow_age_says_report_the_trip_to_the_svb(variant, melden, geen_aio):
    mag = bereken({"leeftijd": 70, "reis": {"vertrek": "2026-07-01", "terug": "2026-09-01"}, "eerdere_reizen": [],
                   "variant": variant})
    wat_nu = [m for m in mag if m.get("response") == "utter_bron_en_svb"]
    assert wat_nu and response_text("utter_wat_nu_buitenland_melden_aio", variant) == wat_nu[0]["wat_nu"]
    assert melden in wat_nu[0]["wat_nu"]
    te_lang = bereken({"leeftijd": 70, "reis": {"vertrek": "2026-07-01", "terug": "2026-11-01"},
                       "eerdere_reizen": [], "variant": variant})
    assert geen_aio in te_lang[0]["text"] and "bijstand" not in te_lang[0]["text"]
    wat_nu = [m["wat_nu"] for m in te_lang if m.get("response") == "utter_bron_en_svb"]
    assert wat_nu == [response_text("utter_wat_nu_buitenland_te_lang_aio", variant)]


def test_the_trip_form_under_the_aow_age_keeps_the_gemeente():
    messages = bereken({"leeftijd": 45, "reis": {"vertrek": "2026-07-01", "terug": "2026-09-01"}, "eerdere_reizen": []})
    assert "geen bijstand" in messages[0]["text"]
    assert "Geef dat door aan de gemeente" in alles(messages) and "SVB" not in alles(messages)


@pytest.mark.parametrize("text, response", [
    ("ik ben 70, mag ik in nederland 6 weken naar texel", "utter_buitenland_in_nederland_aio"),
    ("ik ben 45, mag ik in nederland 6 weken naar texel", "utter_buitenland_in_nederland"),
])
def test_a_holiday_in_the_netherlands_past_the_aow_age_asks_the_svb_and_no_work_search(text, response):
    """'U moet ... uw plichten nakomen, zoals ... werk zoeken. Vraag de gemeente' was said to a person of 70 too;
    past the AOW age there is no duty to look for work (Pw art. 47a lid 2) and the SVB decides."""
    said, tekst = eerste(text)
    assert said == response
    if response.endswith("_aio"):
        assert "De SVB beslist" in tekst and "werk zoeken" not in tekst.replace("geen werk te zoeken", "")
        assert "gemeente" not in tekst
