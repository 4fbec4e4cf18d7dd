"""Issue #15 with #20, session 17 (H5): English first replies on money and the calculators that reach the person's
facts, kinds of the misses in bench/antwoorden_afstemmen_en_s17.yml, in other words written here: a room let to a
lodger ("rent" was read as groceries, a gift in kind); "are" before a couple's ages; the ages of "both parents" in a
house named before; "me 19 him 24, norm?"; money "from son" with an amount read as informeren is a gift to weigh;
"working since 2025" (a year alone) is a start of work long enough ago for the old vrijlating's 6 months to be over."""

from __future__ import annotations

from datetime import date

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.engels import naar_nederlands
from actions.feiten_uit_bericht.vrijlating import start_werk
from actions.twijfel import ActionGeenVraag, krijgt_gift
from tests.actions.eerste_antwoord import DOMAIN, OpPeildatum, form_begin, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


# (response name, English text) of the form's first message before its question
eerste = OpPeildatum(PEILDATUM, "voorbeelddorp", "en").form_eerste


# --- a room let to a lodger is no gift -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, woorden", [
    ("we rent out the spare room to a student", "verhuur een kamer aan"),
    ("my sister rents a room from us for 400", "huurt een kamer bij mij"),
    ("my cousin is moving in and will pay me rent", "betaalt mij huur"),
    ("he pays the market rent and we have a rental agreement", "marktprijs"),
])
def test_letting_a_room_is_no_gift_in_kind(text, woorden):
    gelezen = naar_nederlands(text)
    assert woorden in gelezen and "boodschappen" not in gelezen


def test_rent_paid_for_the_person_stays_a_gift_in_kind():
    assert "boodschappen" in naar_nederlands("my aunt pays my rent each month")


def test_a_lodger_at_market_price_leaves_the_norm_of_someone_alone():
    naam, tekst = eerste("norm_form", "I am 52 and on my own. I let a room to a woman of 38, no relative, she pays a "
                                      "normal rent with a written contract. what is my bijstand")
    assert naam == "utter_kostendelersnorm_huurder_norm"
    assert "€1,419.46" in tekst


# --- a couple's ages -----------------------------------------------------------------------------------------------

def test_are_before_the_couples_ages_gives_the_couple_with_a_housemate():
    naam, tekst = eerste("norm_form", "my wife and me are 44 and 47 and my son of 29 lives with us, what do we get")
    assert naam == "utter_bijstandsnorm_stel_kostendeler"
    assert "€1,757.42" in tekst  # 260/300 x 2,027.79: a couple with one kostendeler


def test_are_before_an_amount_stays():
    assert "zijn" not in naar_nederlands("the costs are 40 euro a week")


def test_him_after_the_own_age_is_the_partner_and_a_bare_norm_is_the_question():
    gelezen = naar_nederlands("we are married, me 20 her 23, norm?")
    assert "mijn partner is 23" in gelezen and "wat is de norm?" in gelezen
    naam, tekst = eerste("norm_form", "married, me 20 her 23, norm?")
    assert naam == "utter_bijstandsnorm_stel_jong"
    assert "€1,364.32" in tekst  # art. 20.1c on 1-7-2026: one 18-20, the other 21+


def test_both_parents_with_an_age_are_the_parents_not_the_couple():
    gelezen = naar_nederlands("i'm 19 and my wife is 22, we live in her parents home (both parents about 60)")
    assert "(allebei 60)" in gelezen and "mijn partner is 60" not in gelezen


# --- money from a relative, read as informeren ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["40 euro a week from my grandma, ok?", "300 every 3 months from uncle, allowed?"])
def test_money_from_a_relative_is_a_gift(text):
    assert krijgt_gift(naar_nederlands(text))


@pytest.mark.parametrize("text", ["i get 300 a month from my ex, ok?", "ik krijg 900 per maand, mag dat?",
                                  "my brother lent me 500, ok?"])
def test_alimony_a_bare_income_or_a_loan_is_no_gift(text):
    assert not krijgt_gift(naar_nederlands(text))


def test_a_gift_read_as_informeren_starts_the_gift_calculator():
    text = "40 euro a week from my grandma, ok?"
    message = {"text": text, "intent": {"name": "informeren", "confidence": 0.9},
               "intent_ranking": [{"name": "informeren", "confidence": 0.9}],
               "metadata": {"peildatum": PEILDATUM, "gemeente": "voorbeelddorp"}}
    tracker = Tracker("test", {"variant": "en"}, message, [], False, None, {}, "action_listen")
    events = ActionGeenVraag().run(CollectingDispatcher(), tracker, DOMAIN)
    assert any(e.get("event") == "followup" and e.get("name") == "giften_form" for e in events)
    naam, tekst = eerste("giften_form", text)
    assert naam == "utter_giften_eerst_boven"
    assert "€2,080" in tekst  # 40 x 52 a year, over the 1,200


# --- a start of work said as a year --------------------------------------------------------------------------------

def test_a_year_alone_is_a_start_of_work_at_its_latest_day():
    assert start_werk("werken sinds 2024, 900 netto per maand", DAG) == date(2024, 12, 31)
    assert start_werk("werken sinds begin 2025", DAG) == date(2025, 1, 1)
    assert start_werk("ik zit sinds 2023 in de bijstand", DAG) is None


def test_single_parent_working_since_last_year_gets_the_single_parents_share():
    naam, tekst = eerste("bijverdienen_form", "single dad, daughter 7, I work since 2025 and earn 1500 net a month. "
                                              "how much can I keep")
    assert naam.startswith("utter_bijverdienen_eerst")
    assert "€177.66" in tekst and "12.5%" in tekst  # art. 31 lid 2 r: 12.5% of 1,500 is over the 177.66 cap


# --- second round: the ontheffing's years and its end, trips said without a verb, gifts across the year's end ------

def test_years_of_exemption_had_and_asked_again_give_the_total():
    gelezen = naar_nederlands("I got ontheffing for 3 years with my daughter. Now a new baby, single again. "
                              "can i have exemption again?")
    assert "ik heb 3 jaar ontheffing gehad" in gelezen and "ontheffing opnieuw" in gelezen
    naam, tekst = eerste("plichten_form", "I got ontheffing for 3 years with my daughter. Now a new baby, single "
                                          "again. can i have exemption again?")
    assert naam == "utter_participatieplicht_ontheffing_totaal"
    assert "5 years in total" in tekst and "2 more years" in tekst  # art. 9a: at most 5 years in all


def test_he_turns_five_after_a_son_named_is_the_end_of_the_ontheffing():
    assert "mijn kind wordt in april 5" in naar_nederlands("my son is 4 and I have an exemption. he turns 5 in april, "
                                                          "then what")
    assert "wordt" not in naar_nederlands("my husband is 70. he turns 71 in april")  # only after a child
    naam, tekst = eerste("plichten_form", "my son is 4 and I have an exemption. he turns 5 in april, then what")
    assert naam == "utter_participatieplicht_ontheffing_nog"
    assert "ends" in tekst


@pytest.mark.parametrize("text, over", [("abroad 5 days + 10 days, left?", "13 days left"),
                                        ("away 7 days and 8 days. how many days left?", "13 days left")])
def test_trips_said_as_a_list_are_trips_taken(text, over):
    naam, tekst = eerste("verblijf_buitenland_form", text)
    assert naam == "utter_buitenland_eerder_over"
    assert over in tekst


def test_weeks_abroad_already_at_the_end_are_a_trip_taken():
    assert "al 3 weken in het buitenland geweest dit jaar" in naar_nederlands("3 weeks abroad this year already, "
                                                                             "can I go 1 more week")


def test_before_christmas_and_new_year_are_the_end_of_this_year():
    assert "voor kerst" in naar_nederlands("she gives me 300 before christmas")
    assert "voor nieuwjaar" in naar_nederlands("can i go 2 weeks before new year")


def test_a_gift_over_the_limit_says_the_limit_is_per_calendar_year():
    naam, tekst = eerste("giften_form", "in may my uncle gave me 900, now he wants to give 600 more before christmas")
    assert naam == "utter_giften_eerst_meer_boven_deel"
    assert "in January" in tekst  # a gift from January counts for the new calendar year
    bericht = form_begin("giften_form", "in mei gaf mijn oom me 900, nu wil hij voor kerst nog 600 geven", PEILDATUM,
                         "nl-je", "voorbeelddorp").berichten[0]
    assert "in januari" in tekst_op(bericht, DAG, "nl-je")


def test_the_own_norm_asked_beside_a_grown_child_on_its_own_bijstand():
    naam, tekst = eerste("norm_form", "I am 55 and my daughter of 31 lives with me, she has her own uitkering. what is "
                                      "my norm")
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert "€1,013.90" in tekst  # 50% of 2,027.79: two adults
    naam, _ = eerste("norm_form", "my son of 30 lives with me, can he get his own bijstand")
    assert naam.startswith("utter_jongeren_kind_eigen_bijstand")  # the child's own bijstand asked: that answer stays


def test_a_friend_who_says_something_is_no_housemate():
    gelezen = naar_nederlands("my sister rents a room from me with a contract, my neighbour says family always counts")
    assert "vriend" not in gelezen and "buurman" not in gelezen
    naam, _ = eerste("norm_form", "my sister rents a room from me with a contract, my friend says family always "
                                  "counts. is that true")
    assert naam == "utter_kostendelersnorm_familie_huurt_leeftijd_onbekend"


def test_the_old_vrijlating_in_english_names_its_maximum():
    tekst = tekst_op({"response": "utter_bijverdienen"}, DAG, "en")
    assert "maximum of" in tekst and "285" in tekst  # art. 31 lid 2 n: 25% up to a maximum a month


# --- a year under the AOW age ---------------------------------------------------------------------------------------

def test_a_year_under_the_aow_age_the_norm_says_when_the_svb_takes_over():
    begin = form_begin("norm_form", "I'm 66, single. my AOW begins next year, how much bijstand until then", PEILDATUM,
                       "en", "voorbeelddorp")
    namen = [m.get("response") for m in begin.berichten]
    assert namen[:2] == ["utter_bijstandsnorm_eigen", "utter_aow_bijna"]
    tekst = tekst_op(begin.berichten[1], DAG, "en")
    assert "67" in tekst and "SVB" in tekst  # the AOW age of knowledge/ (2026-2027)


def test_a_year_under_the_aow_age_a_trip_says_it_too():
    begin = form_begin("verblijf_buitenland_form", "ik ben 66 en wil 6 weken naar Turkije", PEILDATUM, "nl-je",
                       "voorbeelddorp")
    namen = [m.get("response") for m in begin.berichten]
    assert namen[0].startswith("utter_buitenland") and "utter_aow_bijna" in namen


@pytest.mark.parametrize("text", ["I'm 65, single. how much bijstand", "I am 50 and alone, what is my norm"])
def test_not_for_other_ages(text):
    namen = [m.get("response") for m in form_begin("norm_form", text, PEILDATUM, "en", "voorbeelddorp").berichten]
    assert "utter_aow_bijna" not in namen


# --- following H3 in English: the writer moved in with a parent on AIO ----------------------------------------------

@pytest.mark.parametrize("text", ["my dad is 72 and on AIO, I am 38 and I live with him now. how much will he get",
                                  "My mum (70) has AIO. I'm 31 and moved back in with her. What happens to her AIO?",
                                  "my mother is 68, she gets aio. i (29) came to live at her place. what is her aio now"])
def test_the_writer_living_with_a_parent_on_aio_gives_the_parents_aio(text):
    naam, tekst = eerste("norm_form", text)
    assert naam == "utter_aow_aio_familie_kostendeler"
    assert "1,088.05" in tekst or "1.088,05" in tekst  # 50% of 2,176.10 (art. 22a, 22b): one kostendeler, the SVB


def test_staying_with_a_relative_to_care_is_no_move():
    assert "ik woon bij hem" not in naar_nederlands("my uncle has cancer and i stay with him to do his care")


def test_a_gift_with_its_own_verb_is_its_own_gift():
    naam, tekst = eerste("giften_form", "grandma pays my internet 30 a month this whole year and she gave me 400 for "
                                        "christmas. how much more can i get this year")
    assert naam.startswith("utter_giften_eerst_meer")
    assert "760" in tekst  # 30 x 12 + 400 once, not 400 a month too
