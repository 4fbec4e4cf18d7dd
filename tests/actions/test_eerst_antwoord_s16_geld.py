"""Answer first with the person's own facts, session 16, money and the calculators (issue #20): the kinds of misses of
the tuning set bench/antwoorden_afstemmen_s16.yml on trips, the norm, gifts and earning, each as a general rule. The
messages are new ones of each kind (none is a set's message); every amount or number of days the tests expect is
computed by knowledge/, never typed here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, namens
from actions.feiten_uit_bericht import aow_en_aio, reizen, vrijlating
from actions.rekenhulpen import giften
from tests.actions.eerste_antwoord import OpPeildatum, geld

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures

start = OpPeildatum(PEILDATUM, GEMEENTE).start


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


def reis(*reizen_: tuple[str, str], **invoer) -> dict:
    return knowledge.bereken("verblijf_buitenland", {
        "peildatum": invoer.pop("peildatum", PEILDATUM), "leeftijd": knowledge.ONBEKEND,
        "reizen": [{"vertrek": v, "terug": t} for v, t in reizen_], **invoer})


# --- 1. trips: a later part with a month and a length, ordinal days, "en met kerst" ----------------------------------

def test_a_second_trip_taken_said_as_month_and_length_counts_too():
    text = "in mei 2 weken weg geweest, september 2 weken. mag ik met kerst nog een week naar polen"
    assert len(reizen.eerdere_reizen(text, DAG)) == 2
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    used = reis(("2026-05-01", "2026-05-15"), ("2026-09-01", "2026-09-15"))
    assert used["dagen_over"] == 0
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_eerder"] == str(used["dagen_gebruikt"])


def test_a_trip_taken_with_ordinal_days_of_a_month_named_before():
    text = "ik ben in juni in turkije geweest, vertrokken op de 5e en teruggekomen op de 19e. hoeveel dagen mag ik nog weg"
    assert reizen.eerdere_reizen(text, DAG) == [{"vertrek": "2026-06-05", "terug": "2026-06-19"}]
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_eerder_over"
    assert gevonden.waarden["dagen_over"] == str(reis(("2026-06-05", "2026-06-19"))["dagen_over"])


def test_ordinal_days_without_a_month_are_no_trip():
    assert reizen.eerdere_reizen("vertrokken op de 5e en terug op de 19e, hoeveel dagen heb ik nog", DAG) == []


def test_two_trips_next_year_joined_by_en_met_kerst_are_added_up():
    text = "volgend jaar wil ik in het voorjaar 3 weken naar marokko en met kerst nog 2 weken naar mijn broer, mag dat"
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_reizen_te_lang"
    assert gevonden.waarden["jaar"] == "2027"
    assert int(gevonden.waarden["dagen_gebruikt"]) > int(gevonden.waarden["max_dagen"])


def test_tot_en_met_still_does_not_split_a_trip():
    assert reizen._REISDEEL.split("van 3 tot en met 20 juli") == ["van 3 tot en met 20 juli"]


# --- 2. the norm: a relative with a pronoun, a client of a social worker, an age in general ---------------------------

def test_a_relative_said_with_a_pronoun_gets_their_own_aio_level():
    text = "ik vraag namens mijn vader, hij is 72 en woont alleen, hij heeft een halve aow. hoeveel krijgt hij totaal"
    gevonden = aow_en_aio.familielid_alleen(text, DAG)
    assert gevonden.response == "utter_aow_aio_familie_ouder"
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 72, "leefsituatie": "alleenstaande",
                                              "medebewoners": []})
    assert gevonden.waarden["norm_eigen"] == geld(uit["norm"])


def test_a_client_is_read_in_the_first_person():
    text = ("als hulpverlener vraag ik voor een cliënte: vrouw van 38, alleenstaand, haar broer van 31 en haar zus "
            "van 35 wonen bij haar. hoeveel bijstand krijgt ze")
    assert namens.als_eigen_vraag(text) == (
        "als hulpverlener vraag ik voor een cliënte: ik ben 38, alleenstaand, mijn broer van 31 en mijn zus "
        "van 35 wonen bij mij. hoeveel bijstand krijg ik")
    _, said, _ = start("norm_form", text)
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "gemeente": GEMEENTE, "leeftijd": 38,
                                              "leefsituatie": "alleenstaande",
                                              "medebewoners": [{"leeftijd": 31, "relatie": "anders"},
                                                               {"leeftijd": 35, "relatie": "anders"}]})
    assert uit["kostendelersnorm_toegepast"]
    assert geld(uit["norm"]) in " ".join(str(v) for m in said for v in m.values())


def test_a_clients_own_child_after_a_preposition():
    assert namens.als_eigen_vraag("als hulpverlener vraag ik: vrouw van 38 woont met haar zoon van 30, wat krijgt ze") \
        == "als hulpverlener vraag ik: ik ben 38 woont met mijn zoon van 30, wat krijg ik"


def test_a_client_with_he_and_his_verb():
    text = "ik vraag dit voor een cliënt van 50. hij woont met zijn zoon van 29, wat is zijn norm"
    assert namens.als_eigen_vraag(text) == "ik vraag dit voor ik ben 50. ik woon met mijn zoon van 29, wat is mijn norm"


@pytest.mark.parametrize("text", [
    "mijn zoon van 29 woont bij mij, wat is zijn norm",  # no client: the writer's own message
    "hij is 50 en woont alleen",
    "ik werk als begeleider, mijn zoon van 20 woont bij mij en hij verdient 300",  # the writer's own job
])
def test_without_a_client_the_message_stays_as_it_is(text):
    assert namens.als_eigen_vraag(text) == text


@pytest.mark.parametrize("text", ["wat krijg je in de bijstand als je boven de 67 bent",
                                  "hoeveel is de bijstand vanaf je 70e"])
def test_an_age_in_general_past_the_aow_age_gets_the_aio_levels(text):
    assert aow_en_aio.aio_norm_algemeen(text, DAG).response == "utter_aow_aio_norm"


def test_an_age_in_general_under_the_aow_age_does_not():
    assert aow_en_aio.aio_norm_algemeen("hoeveel bijstand krijg je als je ouder bent dan 30", DAG) is None


# --- 3. gifts: a couple named, then "allebei" -------------------------------------------------------------------------

def test_a_couple_that_each_got_a_gift_counts_both():
    text = "mijn man en ik hebben allebei een gift van 650 euro gekregen van onze kinderen, mag dat"
    gevonden = giften.giften_uit_bericht(text, DAG)
    assert [g["gift_bedrag"]["euro"] for g in gevonden] == [650.0, 650.0]


# --- 4. earning: wages of several months, the question about one of them ----------------------------------------------

def test_the_wage_of_the_month_asked_is_the_wage():
    text = "ik werk op oproepbasis, in september 400 en in oktober 700 netto. ik ben 35. wat houd ik over van oktober"
    loon = vrijlating.eigen_loon(text)
    assert (loon.euro, loon.periode) == (Decimal("700"), "maand")


def test_wages_of_several_months_without_a_month_asked_stay_unread():
    assert vrijlating.loon_van_gevraagde_maand("in september 400 en in oktober 700 netto, hoeveel mag ik houden") is None


# --- 5. the trip calculator started by a question on the rule, with no trip of one's own ------------------------------

def test_a_question_on_the_rule_without_a_trip_gets_the_rule_before_the_first_question():
    _, said, vragen = start("verblijf_buitenland_form", "mijn vrouw heeft haar weken opgemaakt, mag ze mijn dagen overnemen")
    assert [m.get("response") for m in said] == ["utter_buitenland"]
    assert vragen[0] == "leeftijd"


def test_a_trip_of_ones_own_still_gets_its_days():
    _, said, _ = start("verblijf_buitenland_form", "ik wil in mei 2 weken naar spanje")
    assert [m.get("response") for m in said] == ["utter_buitenland_dagen_over"]


# --- 6. a number and its unit are built together, once: "nog 1 dag over", not "nog 1 dagen over" ----------------------

def test_a_number_with_its_unit_singular_and_plural_in_each_language():
    from knowledge.teksten import aantal
    assert [aantal(1, "dag"), aantal(3, "dag"), aantal(1, "week"), aantal(2, "maand")] == \
        ["1 dag", "3 dagen", "1 week", "2 maanden"]
    assert [aantal(1, "dag", "en"), aantal(3, "dag", "en"), aantal(2, "week", "nl-je")] == ["1 day", "3 days", "2 weken"]


@pytest.mark.parametrize("variant, zin", [("nl-u", "U heeft nog 1 dag over."), ("en", "You have 1 day left.")])
def test_knowledges_explanation_of_one_day_left(variant, zin):
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 40,
                                                    "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-28"}]},
                            variant)
    assert uit["dagen_over"] == 1
    stappen = " ".join(s["tekst"] for s in uit["stappen"])
    assert zin in stappen and "1 dagen" not in stappen and "1 days" not in stappen


@pytest.mark.parametrize("variant, zin", [("nl-u", "nog 1 dag over"), ("nl-je", "nog 1 dag over"),
                                          ("en", "You have 1 day left")])
def test_a_fact_answer_with_one_day_left(variant, zin):
    from actions import engels
    from tests.actions.eerste_antwoord import tekst_op
    gevonden = reizen.buitenland("ik was dit jaar al 27 dagen weg, hoeveel dagen heb ik nog", DAG, "buitenland")
    assert gevonden.waarden["dagen_over"] == "1"  # the readers keep numbers; the unit comes on the way out
    text = tekst_op({"response": gevonden.response, **engels.waarden_in_sessietaal(gevonden.waarden, variant)}, DAG,
                    variant)
    assert zin in text and "1 dagen" not in text and "27 dagen" in text.replace("27 days", "27 dagen")


def test_the_trip_calculators_outcome_with_one_day_left():
    from actions.rekenhulpen.verblijf_buitenland import uitkomst
    from knowledge.teksten import met_variant
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 40,
                                                    "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-28"}]})
    assert uitkomst(uit)[1]["dagen_over_tekst"] == "1 dag" and uitkomst(uit)[1]["dagen_over"] == "1"
    with met_variant("en"):
        assert uitkomst(uit)[1]["dagen_over_tekst"] == "1 day"


def test_no_text_says_a_unit_after_a_counted_value():
    """The counted values of actions/aantallen.py carry their unit in "<name>_tekst": a text that adds "dagen" after
    one would say "7 dagen dagen"."""
    import re
    from pathlib import Path
    from actions.aantallen import EENHEID
    from knowledge.teksten import alle_teksten
    woorden = {w for lijst in (v for k, v in alle_teksten().items() if ".eenheden." in f".{k}") for w in lijst}
    dubbel = re.compile(r"\{(?:" + "|".join(EENHEID) + r")_tekst\}\s+(?:" + "|".join(sorted(woorden)) + r")\b")
    domein = Path(__file__).resolve().parents[2] / "bot" / "domain"
    fout = [(p.name, m[0]) for p in sorted(domein.glob("*.yml")) for m in dubbel.finditer(p.read_text(encoding="utf-8"))]
    assert fout == []


# --- 7. AIO and a partner under the AOW age on the same trip: the partner keeps the shorter limit ---------------------

def _partner_limiet() -> int:
    return int(knowledge.waarde("buitenland.weken_per_jaar_aio_partner_jonger", DAG))


def test_an_aio_trip_too_long_for_the_younger_partner():
    text = "ik ben 71 en heb aio, mijn man is 60. we willen in mei samen 6 weken naar ghana, mag dat"
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_aio_partner_te_lang"
    dagen = 6 * 7
    assert gevonden.waarden["partner_max_weken"] == str(_partner_limiet())
    assert gevonden.waarden["partner_dagen_zonder_aio"] == str(dagen - _partner_limiet() * 7)


def test_an_aio_trip_that_fits_the_younger_partner_too():
    text = "ik ben 68 met aio en ga met mijn vrouw van 61 in april 2 weken naar marokko"
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_aio_partner_mag"
    assert gevonden.waarden["partner_dagen_over"] == str(_partner_limiet() * 7 - 14)


@pytest.mark.parametrize("text", ["ik ben 70 en heb aio, ik wil in mei 6 weken naar ghana",  # no partner
                                  "ik ben 40, mijn vrouw is 38, we willen in mei 3 weken naar marokko"])  # no AIO
def test_without_aio_and_a_younger_partner_the_answer_stays(text):
    assert not reizen.buitenland(text, DAG, "buitenland").response.startswith("utter_buitenland_aio_partner")


@pytest.mark.parametrize("variant, begin", [("nl-u", "Voor u wel, voor uw partner niet. Na deze reis van 6 weken"),
                                            ("nl-je", "Voor jou wel, voor je partner niet."),
                                            ("en", "For you yes, for your partner no.")])
def test_the_aio_partner_answer_in_each_variant(variant, begin):
    from actions import engels
    from tests.actions.eerste_antwoord import tekst_op
    gevonden = reizen.buitenland("ik ben 71 en heb aio, mijn man is 60. we willen in mei samen 6 weken naar ghana",
                                 DAG, "buitenland")
    text = tekst_op({"response": gevonden.response, **engels.waarden_in_sessietaal(gevonden.waarden, variant)}, DAG,
                    variant)
    assert text.startswith(begin) and "SVB" in text
    assert ("14 days" if variant == "en" else "14 dagen") in text  # 6 weeks is 42 days, 28 of them allowed
