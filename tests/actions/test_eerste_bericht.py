"""A first message that starts a calculator form (issue #20, part 2): what holds in general
for the amount in it comes first, and a fact it already gives is never asked again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.rekenhulpen.bijverdienen import ValidateBijverdienen
from actions.rekenhulpen.giften import ValidateGiften
from knowledge.geld import euro
from wegwijs.responses import all_responses

PEILDATUM = "2026-11-26"
DOMAIN = {"responses": all_responses()}


def eerste_bericht(validator, slot: str, text: str, form: str, intent: str) -> tuple[dict, list[dict]]:
    """The slots and the messages when `text` starts `form` and the model found its amount."""
    tracker = Tracker("test", {"requested_slot": None, slot: text},
                      {"text": text, "metadata": {"peildatum": PEILDATUM}, "intent": {"name": intent, "confidence": 0.9}},
                      [], False, None, {"name": form}, "action_listen")
    dispatcher = CollectingDispatcher()
    return validator().beoordeel(slot, text, dispatcher, tracker, DOMAIN), dispatcher.messages


def giften(text: str):
    return eerste_bericht(ValidateGiften, "gift_bedrag", text, "giften_form", "giften")


def bijverdienen(text: str):
    return eerste_bericht(ValidateBijverdienen, "inkomsten", text, "bijverdienen_form", "bijverdienen")


def grens() -> Decimal:
    return Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", date.fromisoformat(PEILDATUM))))


def test_a_monthly_gift_first_gets_its_year_against_the_limit():
    values, said = giften("mijn moeder geeft me elke maand 50 euro, mag dat?")
    assert [m["response"] for m in said] == ["utter_giften_eerst_binnen"]
    assert said[0]["gift_bedrag_tekst"] == "€ 50 per maand" and said[0]["gift_per_jaar"] == euro(Decimal(600))
    assert said[0]["giftengrens"] == euro(grens()) and Decimal(600) <= grens()
    assert values["gift_bedrag"] == {"euro": 50.0, "periode": "maand"}


def test_a_gift_over_the_limit_says_to_pass_it_on():
    boven = int(grens()) + 300
    values, said = giften(f"ik heb dit jaar {boven} euro van mijn broer gekregen")
    assert [m["response"] for m in said] == ["utter_giften_eerst_boven"]
    assert said[0]["gift_per_jaar"] == euro(Decimal(boven))


def test_a_loan_gets_no_gift_limit_first():
    values, said = giften("ik heb 300 euro geleend van mijn broer")
    assert values["gift_soort"] == "lening" and said == []


def test_an_amount_in_the_first_message_is_not_its_date():
    values, said = giften("ik kreeg 2000 euro van mijn oom")
    assert "gift_datum" not in values


def test_work_start_age_and_living_from_the_first_message_are_not_asked():
    values, said = bijverdienen("Ik ben 34, woon alleen, werk sinds 1 oktober en verdien 900 euro")
    assert values["inkomsten"] == {"euro": 900.0, "periode": None}
    assert values["start_werk"] == "2026-10-01" and values["leeftijd"] == 34 and values["leefsituatie"] == "alleenstaande"
    assert [m["response"] for m in said][0].startswith("utter_bijverdienen_eerst")
    assert said[0]["inkomsten_tekst"] == "€ 900"


def test_earnings_this_month_are_no_start_of_work():
    values, said = bijverdienen("ik heb deze maand 220 euro verdiend, hoeveel mag ik houden")
    assert "start_werk" not in values and "leeftijd" not in values


def test_paying_back_does_not_start_the_gift_form_nor_reads_a_year():
    values, said = giften("ik heb een brief dat ik 2000 euro moet terugbetalen")
    assert [m["response"] for m in said] == ["utter_terugvordering"]
    assert values["rekenhulp_klaar"] is True and values["gift_bedrag"] is None and "gift_datum" not in values


def test_paying_back_a_loan_received_is_still_the_loan_in_the_gift_form():
    values, said = giften("ik heb 300 euro geleend van mijn zus en moet het terugbetalen")
    assert values["gift_soort"] == "lening" and "rekenhulp_klaar" not in values


# --- bijverdienen: the vrijlating for the person's own facts first (issue #20) -------------------

def bijverdienen_in(gemeente: str, text: str) -> tuple[dict, list[dict]]:
    tracker = Tracker("test", {"requested_slot": None, "inkomsten": text},
                      {"text": text, "metadata": {"peildatum": PEILDATUM, "gemeente": gemeente},
                       "intent": {"name": "bijverdienen", "confidence": 0.9}},
                      [], False, None, {"name": "bijverdienen_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    return ValidateBijverdienen().beoordeel("inkomsten", text, dispatcher, tracker, DOMAIN), dispatcher.messages


def vrijlating(gemeente: str, leeftijd: int, loon: int) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM, "gemeente": gemeente, "leeftijd": leeftijd, "leefsituatie": "onbekend",
        "netto_inkomsten_per_maand": loon, "start_werk": "onbekend"})


def test_age_and_wage_first_say_what_may_be_kept():
    values, said = bijverdienen_in("voorbeelddorp", "ik ben 45 en verdien 600 euro per maand netto")
    verwacht = vrijlating("voorbeelddorp", 45, 600)
    assert verwacht["vrijlating_per_maand"] > 0  # 25% of 600, under the maximum of art. 31 lid 2 n
    assert said[0]["response"] == "utter_bijverdienen_eerst_bedrag"
    assert said[0]["vrijlating"] == euro(Decimal(str(verwacht["vrijlating_per_maand"])))
    assert values["leeftijd"] == 45


def test_early_34a_gemeente_gives_the_higher_of_old_and_new():
    """Voorbeeldstad applies art. 34a from 1-7-2026: at a high wage 15% without maximum beats 25% up to the cap."""
    hoog = int(Decimal(str(knowledge.waarde("vrijlating_31_2_n.maximum", date.fromisoformat(PEILDATUM)))) * 10)
    values, said = bijverdienen_in("voorbeeldstad", f"ik ben 35 en verdien {hoog} euro netto per maand")
    verwacht = vrijlating("voorbeeldstad", 35, hoog)
    assert verwacht["regel"] == "34a"
    assert said[0]["response"] == "utter_bijverdienen_eerst_bedrag"
    assert said[0]["vrijlating"] == euro(Decimal(str(verwacht["vrijlating_per_maand"])))
    _, oud = bijverdienen_in("voorbeelddorp", f"ik ben 35 en verdien {hoog} euro netto per maand")
    assert oud[0]["vrijlating"] == euro(Decimal(str(vrijlating("voorbeelddorp", 35, hoog)["maximum"])))


def test_too_young_for_the_old_vrijlating_first_hears_nothing_is_kept():
    jong = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", date.fromisoformat(PEILDATUM)) - 3
    _, said = bijverdienen_in("voorbeelddorp", f"ik ben {jong} en verdien 600 euro per maand")
    assert said[0]["response"] == "utter_bijverdienen_eerst_niets" and said[0]["leeftijd"] == str(jong)
    _, vroeg = bijverdienen_in("voorbeeldstad", f"ik ben {jong} en verdien 600 euro per maand")
    assert vroeg[0]["response"] == "utter_bijverdienen_eerst_bedrag"  # art. 34a has no minimum age


def test_without_an_age_the_rule_of_today_comes_first():
    _, said = bijverdienen_in("voorbeeldstad", "ik verdien 400 euro per maand, hoeveel mag ik houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_beide"
    _, said = bijverdienen_in("voorbeelddorp", "ik verdien 400 euro per maand, hoeveel mag ik houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst"
