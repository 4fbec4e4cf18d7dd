"""Issue #15 with #20, session 10: English first replies that answer what was asked (kinds of
bench/antwoorden_afstemmen_en_s10.yml's and _s9.yml's misses, in other words). Gifts: the room left this year after
the 'yes' of 'is that ok?', also for several gifts named together; the food bank named beside a gift (it never
counts, and its 'every week' is not the gift's)."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.rekenhulpen import REKENHULPEN
from tests.actions.eerste_antwoord import DOMAIN

PEILDATUM = "2026-12-06"


def cijfers(bedrag: str) -> str:
    """'€1,200' and '€ 1.200' alike (outside a running form the session's money format is not applied)."""
    return "".join(c for c in bedrag if c.isdigit())


def form_start(form: str, text: str, variant: str = "en") -> list[dict]:
    """The messages a form sends at its start (with their values), before its first question."""
    module = REKENHULPEN[form]
    validator = next(v for naam, v in vars(module).items() if naam.startswith("Validate"))
    eerste = validator.vragen[0]
    tracker = Tracker("test", {"requested_slot": eerste, "variant": variant},
                      {"text": text, "metadata": {"peildatum": PEILDATUM, "gemeente": "voorbeelddorp"},
                       "intent": {"name": "bereken_x", "confidence": 0.9}},
                      [{"event": "slot", "name": "requested_slot", "value": eerste}], False, None, {}, "action_listen")
    domain = {**DOMAIN, "forms": {form: {"required_slots": validator.vragen + ["bevestigd"]}},
              "slots": {s: {} for s in validator.vragen + ["bevestigd"]}}
    dispatcher = CollectingDispatcher()
    asyncio.run(validator().get_validation_events(dispatcher, tracker, domain))
    return dispatcher.messages


# --- gifts ----------------------------------------------------------------------------------------------------

def test_a_gift_under_the_limit_says_the_room_left_after_the_yes():
    said = form_start("giften_form", "my neighbour gave me 250 euro in october, first gift this year. is that ok?")
    assert said[0]["response"] == "utter_giften_eerst_binnen" and cijfers(said[0]["gift_ruimte"]) == "950"
    monthly = form_start("giften_form", "my aunt sends 70 euro every month since january, fine with bijstand?")
    assert cijfers(monthly[0]["gift_ruimte"]) == "360"  # 1,200 - 12 x 70


def test_several_gifts_under_the_limit_say_the_room_left():
    said = form_start("giften_form", "my uncle gave 300 in april and my nephew 250 in july, how much more can I get")
    assert said[0]["response"] == "utter_giften_eerst_meer_binnen" and cijfers(said[0]["gift_ruimte"]) == "650"


def test_the_food_bank_beside_a_gift_never_counts_and_its_period_is_not_the_gifts():
    said = form_start("giften_form", "every week I get a parcel from the food bank and my brother gave me 400 euro "
                                     "this year. is that a problem")
    assert [m["response"] for m in said][:2] == ["utter_giften_eerst_binnen", "utter_giften_voedselbank_telt_niet"]
    assert cijfers(said[0]["gift_per_jaar"]) == "400" and cijfers(said[0]["gift_ruimte"]) == "800"  # not 400 a week
    dutch = form_start("giften_form", "ik haal elke week een pakket bij de voedselbank en mijn oom gaf me 400 euro",
                       "nl-u")
    assert "utter_giften_voedselbank_telt_niet" in [m["response"] for m in dutch]
    assert cijfers(dutch[0]["gift_per_jaar"]) == "400"
