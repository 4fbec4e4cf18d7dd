"""The calculator forms without the running stack: rasa_sdk Tracker objects in, slot
values and responses out. RekenhulpForm.beoordeel (the shared dialogue policy) and
ActionBereken for each calculator; the stack tests in tests/rekenhulp/ stay end to end."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.berekenen import ActionBereken
from actions.rekenhulp import ONBEKEND, RekenhulpForm
from actions.rekenhulpen import REKENHULPEN
from actions.rekenhulpen.bijverdienen import ValidateBijverdienen
from actions.rekenhulpen._invoer import geld
from actions.rekenhulpen.giften import ValidateGiften
from actions.rekenhulpen.plichten import ValidatePlichten
from tests.actions.eerste_antwoord import DOMAIN, PEILDATUM_FORMS as PEILDATUM, form_tracker as tracker
from wegwijs.protocol import BERICHT_EXTRA
from wegwijs.responses import response_text

STOP = {"rekenhulp_klaar": True, "bevestigd": None, "mislukt": None}


def beoordeel(validator: type[RekenhulpForm], slot: str, text: str, asked: bool = True,
              **kwargs) -> tuple[dict, list[str]]:
    """The slot values and the responses uttered for `text` as the answer to `slot`."""
    dispatcher = CollectingDispatcher()
    t = tracker(text=text, requested=slot if asked else None, **kwargs)
    return validator().beoordeel(slot, text, dispatcher, t, DOMAIN), [m["response"] for m in dispatcher.messages]


# --- the shared policy: crisis, stop, weet niet, correction, side question, re-ask ----------

def test_words_of_danger_go_before_everything():
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "ik wil niet meer leven")
    assert said == ["utter_noodsituatie_gevaar", "utter_noodsituatie", "utter_noodsituatie_wonen"] and values == STOP


def test_a_crisis_sentence_is_a_crisis_even_if_a_word_fits_the_question():
    values, said = beoordeel(ValidateGiften, "gift_soort", "ik heb geen eten meer voor de kinderen",
                             intent="noodsituatie")
    assert said == ["utter_noodsituatie", "utter_noodsituatie_wonen", "utter_noodsituatie_113"] and values == STOP


@pytest.mark.parametrize("slot", ["gift_bedrag", "gift_soort", "gift_datum", "bevestigd"])
@pytest.mark.parametrize("text", ["we have no food for my kids", "we are being evicted tomorrow"])
def test_english_words_of_an_acute_need_in_a_form_give_the_crisis_answer_first(slot, text):
    """Review: outside a form these words give the crisis answer whatever the intent (crisis.in_nood);
    inside a form only danger words did, so 'we have no food for my kids' was read as a gift of food."""
    values, said = beoordeel(ValidateGiften, slot, text, intent="giften", slots={"variant": "en"})
    assert said[:2] == ["utter_noodsituatie", "utter_noodsituatie_wonen"] and values == STOP, (said, values)


def test_a_one_word_answer_is_an_answer_whatever_the_intent():
    values, said = beoordeel(ValidateGiften, "gift_soort", "geld", intent="noodsituatie")
    assert values == {"gift_soort": "geld", "mislukt": None} and said == []


@pytest.mark.parametrize("text", ["stop", "laat maar", "Annuleren"])
def test_stop_words_end_the_form(text):
    values, said = beoordeel(ValidateGiften, "gift_bedrag", text)
    assert said == ["utter_gestopt"] and values == STOP


def test_an_amount_is_an_answer_even_if_the_model_reads_stoppen():
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "50 euro", intent="stoppen")
    assert values["gift_bedrag"] == {"euro": 50.0, "periode": None} and said == []


def test_weet_niet_where_knowledge_can_assume():
    values, said = beoordeel(ValidateGiften, "gift_soort", "weet ik niet", slots={"onbekend": ["gift_datum"]})
    assert values == {"gift_soort": ONBEKEND, "onbekend": ["gift_datum", "gift_soort"]} and said == []


def test_weet_niet_without_an_assumption_asks_an_estimate_then_gives_the_general_answer():
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "geen idee")
    assert said == ["utter_opnieuw_schatting"] and values == {"gift_bedrag": None, "mislukt": "weet_niet"}
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "weet ik niet", slots={"mislukt": "weet_niet"})
    assert said == ["utter_weet_niet_dan_algemeen", "utter_giften"] and values == STOP


def test_a_correction_in_the_middle_changes_the_earlier_answer():
    values, said = beoordeel(ValidateGiften, "gift_soort", "nee, het was 80 euro",
                             slots={"gift_bedrag": {"euro": 50.0, "periode": None}})
    assert values == {"gift_soort": None, "gift_bedrag": {"euro": 80.0, "periode": None}, "gift_periode": None}
    assert said == []


@pytest.mark.parametrize("slot", ["gift_soort", "bevestigd"])
def test_correcting_only_the_amount_of_a_monthly_gift_keeps_it_monthly(slot):
    maandgift = {"gift_bedrag": {"euro": 50.0, "periode": "maand"}, "gift_periode": "maand"}
    values, _ = beoordeel(ValidateGiften, slot, "nee, 60 euro", slots=maandgift)
    assert values["gift_bedrag"] == {"euro": 60.0, "periode": "maand"} and values["gift_periode"] == "maand"


def test_a_correction_with_a_new_period_takes_that_period():
    maandgift = {"gift_bedrag": {"euro": 50.0, "periode": "maand"}, "gift_periode": "maand"}
    values, _ = beoordeel(ValidateGiften, "bevestigd", "nee, 60 euro per week", slots=maandgift)
    assert values["gift_bedrag"] == {"euro": 60.0, "periode": "week"} and values["gift_periode"] == "week"


def test_a_side_question_gets_its_answer_and_the_question_comes_again():
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "mag ik spaargeld hebben", intent="vermogen")
    assert said == ["utter_vermogen"] and values == {"gift_bedrag": None}


def test_an_unclear_answer_gets_a_kind_reask_then_a_way_out():
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "tja", confidence=0.1)
    assert said == ["utter_opnieuw_bedrag"] and values == {"gift_bedrag": None, "mislukt": "gift_bedrag"}
    values, said = beoordeel(ValidateGiften, "gift_bedrag", "tja", confidence=0.1, slots={"mislukt": "gift_bedrag"})
    assert said == ["utter_vast_gelopen"] and values == {"gift_bedrag": None, "mislukt": "gift_bedrag"}


def test_a_first_message_prefills_what_it_already_says():
    text = "mijn moeder betaalt elke maand 50 euro aan boodschappen"
    values, said = beoordeel(ValidateGiften, "gift_bedrag", text, asked=False)
    assert values["gift_bedrag"] == {"euro": 50.0, "periode": "maand"} and values["gift_periode"] == "maand"
    assert values["gift_soort"] == "in_natura" and said == ["utter_giften_eerst_binnen"]


def test_an_answer_from_an_earlier_form_is_taken_without_asking():
    values, said = beoordeel(ValidateBijverdienen, "leeftijd", "34", asked=False, form="bijverdienen_form")
    assert values == {"leeftijd": 34} and said == []


def test_the_summary_yes_confirms_and_no_asks_what_to_change():
    values, said = beoordeel(ValidateGiften, "bevestigd", "ja")
    assert values == {"bevestigd": True, "aanpassen": None} and said == []
    values, said = beoordeel(ValidateGiften, "bevestigd", "nee")
    assert values == {"bevestigd": None, "aanpassen": True} and said == ["utter_woord_fields_giften_form"]


# --- per form: which questions, and thresholds as numbers from knowledge/ ----------------

def required(form: type[RekenhulpForm], slots: dict, name: str) -> list[str]:
    t = tracker(slots=slots, form=name)
    return asyncio.run(form().required_slots(list(form.vragen), CollectingDispatcher(), t, DOMAIN))


def test_the_plichten_form_skips_work_questions_from_the_aow_age():
    jong = required(ValidatePlichten, {"leeftijd": 45, "leefsituatie": "alleenstaande"}, "plichten_form")
    oud = required(ValidatePlichten, {"leeftijd": 70, "leefsituatie": "alleenstaande"}, "plichten_form")
    assert "arbeidsvermogen" in jong and "mantelzorg" in jong
    assert "arbeidsvermogen" not in oud and "mantelzorg" not in oud


def test_an_age_group_is_enough_only_where_knowledge_draws_no_line_inside_it():
    t = tracker(form="plichten_form")
    assert ValidatePlichten().kind_groep_genoeg({"van": 0, "tot": 5}, t)
    assert not ValidatePlichten().kind_groep_genoeg({"van": 0, "tot": 12}, t)
    assert not ValidateBijverdienen().kind_groep_genoeg({"van": 0, "tot": 5}, t)


def test_every_form_module_is_registered_with_its_validation():
    import actions.rekenhulpen

    modules = {p.stem for p in Path(actions.rekenhulpen.__file__).parent.glob("*.py") if not p.stem.startswith("_")}
    assert {r.__name__.rsplit(".", 1)[1] for r in REKENHULPEN.values()} == modules
    assert {"giften_form", "bijverdienen_form", "plichten_form", "norm_form"} <= set(REKENHULPEN)
    for form, rekenhulp in REKENHULPEN.items():
        for onderdeel in ("CALCULATOR", "TOPIC", "SLOTS", "invoer", "uitkomst", "wat_nu", "samenvatting"):
            assert hasattr(rekenhulp, onderdeel), f"{form} mist {onderdeel}"
        assert f"utter_samenvatting_{form}" in DOMAIN["responses"]
        assert getattr(rekenhulp, "CLOSING", "utter_bron_en_gemeente") in DOMAIN["responses"]
        assert rekenhulp.CALCULATOR in knowledge.BEREKENINGEN
        validators = [c for c in vars(rekenhulp).values() if isinstance(c, type) and issubclass(c, RekenhulpForm)
                      and c.__module__ == rekenhulp.__name__]
        assert [v().name() for v in validators] == [f"validate_{form}"]
        assert validators[0].vragen == rekenhulp.SLOTS


# --- ActionBereken, per calculator --------------------------------------------------------

def bereken(form: str, slots: dict) -> tuple[list[dict], list[dict]]:
    events = [{"event": "active_loop", "name": form}, {"event": "active_loop", "name": None}]
    t = tracker(slots={"bevestigd": True, **slots}, form=None, events=events)
    dispatcher = CollectingDispatcher()
    uit = ActionBereken().run(dispatcher, t, DOMAIN)
    return dispatcher.messages, uit


def names(messages: list[dict]) -> list[str]:
    return [m["response"] for m in messages]


def uitleg(message: dict, kop: str) -> str:
    """The text behind "Meer uitleg" under the heading of response `kop` ("" when there is none)."""
    parts = message["custom"][BERICHT_EXTRA].get("meer_uitleg", [])
    return next((p["tekst"] for p in parts if p["kop"] == response_text(kop)), "")


def test_the_answer_comes_first_and_the_explanation_travels_with_it():
    """One or two sentences with the amount and what it means; waarom, aannames and the law behind Meer uitleg."""
    messages, _ = bereken("giften_form", {
        "gift_bedrag": {"euro": 50.0, "periode": "maand"}, "gift_soort": "in_natura", "gift_datum": "2026-01-01"})
    eerste = messages[0]
    assert eerste["text"].startswith("U kunt dit jaar nog") and "€ 550" in eerste["text"]
    assert eerste["text"].endswith(response_text("utter_gevolg_geen"))
    assert len(eerste["text"].split(". ")) <= 4  # outcome and consequence, nothing more
    extra = eerste["custom"][BERICHT_EXTRA]
    assert [p["kop"] for p in extra["meer_uitleg"]] == [
        response_text(k) for k in ("utter_woord_kop_waarom", "utter_woord_kop_aannames", "utter_woord_kop_wet")]
    assert extra["overzicht"] is True
    assert "wetten.overheid.nl" not in eerste["text"] and "wetten.overheid.nl" in uitleg(eerste, "utter_woord_kop_wet")


def test_giften_a_monthly_gift_counts_every_month_and_the_ledger_is_kept():
    messages, events = bereken("giften_form", {
        "gift_bedrag": {"euro": 50.0, "periode": "maand"}, "gift_periode": "maand",
        "gift_soort": "in_natura", "gift_datum": "2026-01-01"})
    assert names(messages) == [None, "utter_bron_en_gemeente_giften_form"]
    los = knowledge.bereken("giftenruimte", {"peildatum": PEILDATUM, "giften": [
        {"datum": f"2026-{m:02d}-01", "bedrag": 50, "soort": "in_natura"} for m in range(1, 12)]})
    assert geld(los["meetellend"]) == "€ 550" and "Nu telt € 550 mee" in messages[0]["text"]
    assert "Participatiewet, artikel 31 lid 2 onder m" in uitleg(messages[0], "utter_woord_kop_wet")
    assert messages[-1]["wat_nu"] == response_text("utter_wat_nu_giften_bijhouden")
    ledger = next(e["value"] for e in events if e["name"] == "giften")
    assert ledger == [{"datum": "2026-01-01", "bedrag": 50.0, "soort": "in_natura", "periode": "maand"}]
    assert SlotSet("gift_bedrag", None) in events and SlotSet("gift_periode", None) in events


def test_giften_above_the_limit_says_pass_it_on_first():
    messages, _ = bereken("giften_form", {
        "gift_bedrag": {"euro": 5000.0, "periode": None}, "gift_soort": "geld", "gift_datum": "2026-03-01"})
    assert messages[0]["text"].startswith("U zit dit jaar")
    assert messages[0]["text"].endswith(response_text("utter_gevolg_doorgeven"))


def test_giften_weet_niet_the_assumption_comes_from_knowledge_once():
    messages, _ = bereken("giften_form", {
        "gift_bedrag": {"euro": 80.0, "periode": None}, "gift_soort": ONBEKEND, "gift_datum": "2026-03-01",
        "onbekend": ["gift_soort"]})
    assert uitleg(messages[0], "utter_woord_kop_aannames").count("Ik heb gerekend alsof het geld was") == 1


def test_bijverdienen_a_weekly_wage_is_converted_by_knowledge_with_a_step():
    messages, _ = bereken("bijverdienen_form", {
        "leeftijd": 45, "leefsituatie": "alleenstaande", "inkomsten": {"euro": 150.0, "periode": "week"},
        "start_werk": ONBEKEND, "onbekend": ["start_werk"]})
    assert messages[0]["text"].startswith("U mag waarschijnlijk")
    assert messages[0]["text"].endswith(response_text("utter_gevolg_loon_doorgeven"))
    assert "Per maand is dat € 650" in uitleg(messages[0], "utter_woord_kop_waarom")
    assert uitleg(messages[0], "utter_woord_kop_aannames").count("U wist niet wanneer u begon met werken.") == 1
    assert messages[-1]["response"] == "utter_bron_en_gemeente"
    assert "Participatiewet, artikel 31 lid 2 onder n" in uitleg(messages[0], "utter_woord_kop_wet")


def test_plichten_options_and_consequences_are_told():
    messages, _ = bereken("plichten_form", {
        "leeftijd": 30, "leefsituatie": "alleenstaande_ouder", "jongste_kind_leeftijd": {"van": 0, "tot": 5},
        "arbeidsvermogen": ONBEKEND, "mantelzorg": False})
    assert names(messages) == [None, "utter_opties_plichten", "utter_bron_en_gemeente"]
    result = knowledge.bereken("participatieplicht", {"peildatum": PEILDATUM, "gemeente": "voorbeeldstad",
                                                      "leeftijd": 30, "leefsituatie": "alleenstaande_ouder",
                                                      "jongste_kind_leeftijd": 0, "mantelzorg": False})
    assert uitleg(messages[0], "utter_woord_kop_waarom").endswith(result["gevolgen"]["uitleg"])
    assert result["hoofdbron"]["titel"] in uitleg(messages[0], "utter_woord_kop_wet")
    assert messages[-1]["wat_nu"] == response_text("utter_wat_nu_plichten")


def test_norm_from_the_aow_age_the_svb_is_named():
    messages, _ = bereken("norm_form", {"leeftijd": 80, "leefsituatie": "alleenstaande", "medebewoners": []})
    assert names(messages)[-1] == "utter_bron_en_svb"
    assert messages[-1]["wat_nu"] == response_text("utter_wat_nu_svb")
    assert "artikel 22" in uitleg(messages[0], "utter_woord_kop_wet")


def test_norm_unknown_living_situation_is_assumed_and_said_once():
    messages, _ = bereken("norm_form", {"leeftijd": 40, "leefsituatie": ONBEKEND, "medebewoners": [],
                                        "onbekend": ["leefsituatie"]})
    assert uitleg(messages[0], "utter_woord_kop_aannames").count("U wist niet hoe u woont.") == 1
    alleen = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 40, "leefsituatie": "alleenstaande"})
    assert geld(alleen["norm"]) in messages[0]["text"]


def test_without_assumptions_there_is_no_empty_part():
    messages, _ = bereken("norm_form", {"leeftijd": 40, "leefsituatie": "alleenstaande", "medebewoners": []})
    assert all(p["tekst"] for p in messages[0]["custom"][BERICHT_EXTRA]["meer_uitleg"])


@pytest.mark.parametrize("form, slots", [
    ("giften_form", {"gift_bedrag": {"euro": 50.0, "periode": "maand"}, "gift_soort": "in_natura",
                     "gift_datum": "2026-01-01"}),
    ("bijverdienen_form", {"leeftijd": 45, "leefsituatie": "alleenstaande", "inkomsten": {"euro": 150.0, "periode": "week"},
                           "start_werk": "2026-02-01"}),
    ("plichten_form", {"leeftijd": 30, "leefsituatie": "alleenstaande_ouder", "jongste_kind_leeftijd": 3,
                       "arbeidsvermogen": ONBEKEND, "mantelzorg": False}),
    ("norm_form", {"leeftijd": 40, "leefsituatie": "alleenstaande", "medebewoners": []}),
])
def test_laatste_berekening_computes_the_same_outcome_again(form, slots):
    """The overzicht recomputes from this slot alone; it must give what the person was told."""
    messages, events = bereken(form, slots)
    laatste = next(e["value"] for e in events if e["name"] == "laatste_berekening")
    assert json.loads(json.dumps(laatste)) == laatste  # a slot value Rasa can store
    opnieuw = knowledge.bereken(laatste["rekenhulp"], laatste["invoer"], laatste["variant"])
    response, outcome = REKENHULPEN[form].uitkomst(opnieuw)
    assert messages[0]["text"].startswith(response_text(response, **outcome))


def test_stopped_before_the_summary_nothing_is_computed():
    events = [{"event": "active_loop", "name": "giften_form"}, {"event": "active_loop", "name": None}]
    dispatcher = CollectingDispatcher()
    uit = ActionBereken().run(dispatcher, tracker(slots={"bevestigd": None}, form=None, events=events), DOMAIN)
    assert dispatcher.messages == [] and SlotSet("gift_bedrag", None) in uit


def test_every_assumption_of_an_answer_is_written_somewhere():
    """'weet ik niet' is an answer only where a text says what was assumed instead."""
    from actions.rekenhulp import VRAGEN
    from knowledge.teksten import alle_teksten

    for vraag in VRAGEN.values():
        if vraag.aanname:
            assert vraag.aanname in DOMAIN["responses"] or vraag.aanname in alle_teksten(), vraag.slot


def test_an_unknown_age_of_the_youngest_child_is_said():
    """'weet ik niet' about the youngest child: the child is left out, and the result says so
    (the text existed, but was looked up under the slot's name and never shown)."""
    messages, _ = bereken("bijverdienen_form", {
        "leeftijd": 30, "leefsituatie": "alleenstaande_ouder", "jongste_kind_leeftijd": ONBEKEND,
        "inkomsten": {"euro": 400.0, "periode": "maand"}, "start_werk": "2026-10-01",
        "onbekend": ["jongste_kind_leeftijd"]})
    aannames = uitleg(messages[0], "utter_woord_kop_aannames")
    assert aannames.count("U wist de leeftijd van uw jongste kind niet.") == 1


def test_an_unknown_age_of_the_partner_is_assumed_by_knowledge_only():
    messages, _ = bereken("norm_form", {"leeftijd": 40, "leefsituatie": "gehuwden", "partner_leeftijd": ONBEKEND,
                                        "medebewoners": [], "onbekend": ["partner_leeftijd"]})
    aannames = uitleg(messages[0], "utter_woord_kop_aannames")
    assert "dezelfde leeftijdsgroep" in aannames and "niet meegenomen" not in aannames


# --- a loan said to deny it (issue #20: "het is geen lening" started the loan path) ---------------
@pytest.mark.parametrize("text, soort", [
    ("het is geen lening, mijn moeder heeft me 500 euro gegeven", "geld"),
    ("ik hoef niets terug te betalen, het is geld", "geld"),
    ("het was geen lening maar hij betaalde mijn boodschappen", "in_natura"),
    ("hij hoeft het niet terug, ik moet het terugbetalen", "lening"),
    ("ik heb het geleend van mijn zus", "lening"),
    ("een lening", "lening"),
])
def test_gift_soort_hears_a_denied_loan(text, soort):
    from actions.rekenhulp import _gift_soort
    assert _gift_soort(text, date(2026, 12, 5)) == soort


def test_a_gift_said_not_to_be_a_loan_is_a_gift_in_the_first_message():
    from actions.rekenhulpen.giften import giften_uit_bericht
    gift, = giften_uit_bericht("mijn moeder gaf me 500 euro, het is geen lening", date(2026, 12, 5))
    assert gift["gift_soort"] == "geld"
