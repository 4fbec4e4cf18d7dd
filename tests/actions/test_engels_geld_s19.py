"""Issue #15 with #20, session 19 (H5, English answers on money and the calculators): kinds of the misses in
bench/antwoorden_afstemmen_en_s19.yml / _s19b.yml and of session 18's leftovers, in other words written here. The
English reader now says what the Dutch readers take (housemates of a shared home, 'monthly bijstand', a child turning
5 in a named month, a back and a doctor, 'since more than a year'), the years of an ontheffing carry their unit, and
the facts of an answer given outside ActionAntwoord (not understood, no question) are dated in English."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import antwoorden, twijfel
from tests.actions.eerste_antwoord import DOMAIN, OpPeildatum, form_begin

OP = OpPeildatum("2026-12-07", variant="en")
eerste, form_eerste = OP.eerste, OP.form_eerste


def form_namen(form: str, text: str) -> list[str]:
    """The responses a calculator form sends before its first question (English)."""
    return [b.get("response") for b in form_begin(form, text, "2026-12-07", "en").berichten]


# --- housemates: a shared home, 'only me on bijstand', 'all over 30' -------------------------------------------------

@pytest.mark.parametrize("text, bedrag", [
    ("i rent a house with two friends, all of them over 40, only me on welfare. what do i receive", "878.71"),
    ("i share an apartment with 3 people (all about 35), we split the rent. how much bijstand will i get", "811.12"),
    ("i rent a house with four friends, all older than 28, just me on uitkering. my amount?", "770.56"),
])
def test_a_shared_home_counts_its_adults(text, bedrag):
    naam, tekst = form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert bedrag in tekst


def test_monthly_bijstand_past_the_aow_age_is_the_aio_amount():
    naam, tekst = form_eerste("norm_form", "i am 69 and live by myself, what is my monthly bijstand")
    assert naam == "utter_aow_aio_hoeveel"
    assert "1,587.34" in tekst


# --- ontheffing: a month named, twins, the years had and left ---------------------------------------------------------

@pytest.mark.parametrize("text, einde", [
    ("my only daughter turns 5 in april 2027, i have ontheffing. until when does it hold", "Until April 2027."),
    ("our twins turn 5 on 3 february 2027, i'm alone with them and have ontheffing. until when?", "Until 3 February 2027."),
])
def test_the_month_a_child_turns_5_is_when_the_ontheffing_ends(text, einde):
    naam, tekst = eerste("participatieplicht", text)
    assert naam == "utter_participatieplicht_ontheffing_tot"
    assert tekst.startswith(einde)


def test_the_dutch_says_the_month_too():
    naam, tekst = eerste("participatieplicht", "mijn jongste wordt in april 5, ik heb ontheffing. tot wanneer?", "nl-u")
    assert naam == "utter_participatieplicht_ontheffing_tot"
    assert tekst.startswith("Tot april 2027.")


@pytest.mark.parametrize("text, over", [
    ("i had ontheffing 3 years for my son, now i have a baby girl and i'm alone. how long can i get it again", "2 years more"),
    ("i had 4 years of ontheffing for my first child, now a new baby. could i have it again", "1 year more"),
])
def test_the_years_of_ontheffing_left_carry_their_unit(text, over):
    naam, tekst = eerste("participatieplicht", text)
    assert naam == "utter_participatieplicht_ontheffing_totaal"
    assert over in tekst and "more years" not in tekst


# --- earnings: health and fewer hours, a single parent past the first year ---------------------------------------------

def test_a_back_and_a_doctor_are_read_as_the_dutch_readers_take_health():
    """(H3's Dutch reader of a medische urenbeperking takes 'rug' and 'dokter', session 19; 'pay me back' is no back.)"""
    from actions.engels import naar_nederlands
    gelezen = naar_nederlands("my back is bad so i can only work less hours, my doctor said so. i earn 900 net")
    assert "mijn rug" in gelezen and "de dokter" in gelezen and "minder uren" in gelezen
    assert "rug" not in naar_nederlands("my brother will pay me back next month")


def test_a_single_parent_working_more_than_a_year_keeps_12_5_percent():
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", "en").form_eerste("bijverdienen_form", "single mother, son of 9, i work since more than a year "
                                                   "now, 800 net a month. what can i keep")
    assert "12.5%" in tekst and "€100" in tekst


# --- dates in English outside ActionAntwoord --------------------------------------------------------------------------

@pytest.mark.parametrize("actie, intent", [(twijfel.ActionGeenVraag, "informeren")])
def test_a_fact_answered_as_no_question_is_dated_in_english(actie, intent):
    tracker = Tracker("t", {"variant": "en"}, {
        "text": "the letter of the gemeente is dated 2 march, i don't agree. can i still object?",
        "metadata": {"peildatum": "2026-03-07"}, "intent": {"name": intent, "confidence": 0.5},
        "intent_ranking": [{"name": intent, "confidence": 0.5}, {"name": "bezwaar", "confidence": 0.3}]},
        [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    actie().run(dispatcher, tracker, DOMAIN)
    eerst = dispatcher.messages[0]
    assert eerst["response"] == "utter_bezwaar_op_tijd"
    assert (eerst["besluit_datum"], eerst["bezwaar_einde"]) == ("2 March 2026", "13 April 2026")


# --- gifts: exactly the limit, a total said beside a monthly gift, 'whats our bijstand' -------------------------------

@pytest.mark.parametrize("variant, begin", [("en", "Yes, you may keep it."), ("nl-u", "Ja, dat mag u houden.")])
def test_a_gift_of_exactly_the_limit_says_so_not_nothing_more_this_year(variant, begin):
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", variant).form_eerste(
        "giften_form", "my grandmother gives me 100 euro each month, is that allowed" if variant == "en"
        else "mijn oma geeft me elke maand 100 euro, mag dat")
    assert naam == "utter_giften_eerst_op_grens"
    assert tekst.startswith(begin) and "0 this year" not in tekst and "nog € 0" not in tekst


def test_a_total_so_far_beside_a_monthly_gift_is_no_second_gift():
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", "en").form_eerste(
        "giften_form", "my uncle sends 200 euro every month since february, in total already 2200 now. is it too much")
    assert naam == "utter_giften_eerst_boven"
    assert "more than one gift" not in tekst and "€200 per month" in tekst


def test_whats_our_bijstand_asks_the_amount_of_a_young_couple():
    naam, tekst = form_eerste("norm_form", "my wife is 19 and i am 23, we have a son of 2. whats our bijstand")
    assert naam == "utter_bijstandsnorm_stel_jong"
    assert "1,769.88" in tekst


@pytest.mark.parametrize("text", ["single mum of twins, they are 3 years old. must i apply for jobs?",
                                  "alone with my twins who are 1, do i have to solliciteren"])
def test_twins_said_with_they_are_are_two_young_children(text):
    assert eerste("participatieplicht", text)[0] == "utter_participatieplicht_jong_kind"
