"""Issue #15 with #20, session 11: English first replies that reach the same facts as the Dutch ones (kinds of
bench/antwoorden_afstemmen_en_s11.yml's misses, in other words written here). The norm of a young couple and of
someone who rents a room among other adults, an 18-year-old at home; savings under the limit that need not be used
up first; an eviction today; something not reported in time; the privacy text; a Turkish greeting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import knowledge
import pytest

from actions.crisis import in_crisis, in_gevaar
from actions.engels import naar_nederlands
from knowledge.geld import euro
from tests.actions.eerste_antwoord import antwoord, form_begin
from wegwijs.responses import response_text

PEILDATUM = "2026-12-06"
VANDAAG = date(2026, 12, 6)


def eerste(intent: str, text: str, variant: str = "en") -> str:
    return antwoord(intent, text, PEILDATUM, variant)[0].get("response")


def namen(intent: str, text: str, variant: str = "en") -> list[str]:
    return [m.get("response") for m in antwoord(intent, text, PEILDATUM, variant)]


def form_start(form: str, text: str, variant: str = "en") -> list[dict]:
    return form_begin(form, text, PEILDATUM, variant, "voorbeelddorp").berichten


def cijfers(bedrag: str) -> str:
    return "".join(c for c in bedrag if c.isdigit())


def norm_met_kostendelers(personen: int) -> str:
    """The kostendelersnorm for `personen` adults from knowledge/ (art. 22a): ((40 + A x 30) / (A x 100)) x B."""
    from decimal import ROUND_HALF_UP, Decimal
    b = Decimal(str(knowledge.waarde("normen.gehuwden", VANDAAG)))
    norm = (Decimal(40 + personen * 30) / Decimal(personen * 100) * b).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return cijfers(str(norm))


# --- norms --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["me 19 and my husband 30, no children, how much do we get",
                                  "we are a couple, i am 20 and my wife 26. what is our bijstand"])
def test_a_young_couple_with_the_partners_age_gets_the_young_couples_norm(text):
    said = form_start("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong"


def test_the_age_of_someone_elses_wife_stays_hers():
    assert "vrouw van 40" in naar_nederlands("The father (42) lives with his wife (40)")
    assert "mijn man is 30" in naar_nederlands("me 19 and my husband 30")


@pytest.mark.parametrize("text, personen", [
    ("I am 45 and I rent a room in a flat with 2 other adults, both over 40. how much bijstand", 3),
    ("33 years old, renting a room in a house with 3 other adults all older than 35, what will my bijstand be", 4),
])
def test_a_rented_room_among_other_adults_gets_the_kostendelersnorm(text, personen):
    said = form_start("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert cijfers(said[0]["kostendelersnorm_bedrag"]) == norm_met_kostendelers(personen)


def test_renting_a_room_is_no_rent_someone_pays():
    assert "boodschappen" not in naar_nederlands("I rent a room in a house with 3 other adults")
    assert "boodschappen" in naar_nederlands("my sister pays my rent every month")


@pytest.mark.parametrize("text", ["i am 19 and still live at home with my mum and dad, what bijstand do i get",
                                  "18 years old, living at home with my parents. how much bijstand is that"])
def test_a_young_person_at_the_parents_home_gets_the_young_persons_norm(text):
    said = form_start("norm_form", text)
    assert said[0]["response"] == "utter_jongeren"


def test_both_after_the_parents_is_the_parents_age():
    dutch = naar_nederlands("I am 19 and my wife is 22, we live with her parents (both 55+). what do we get")
    assert "wij wonen bij haar ouders" in dutch and "partner is 55" not in dutch
    assert "partner is 45" in naar_nederlands("we are married with 3 children, both 45, how much do we get")


# --- savings under the limit --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, variant", [
    ("I live alone with 7000 euro savings, must I use it all up first before I can apply", "en"),
    ("single, 5000 euro on my savings account. do i need to spend my savings before bijstand?", "en"),
    ("ik woon alleen en heb 4000 euro spaargeld, moet ik dat eerst opmaken?", "nl-je"),
])
def test_savings_under_the_limit_need_not_be_used_up_first(text, variant):
    assert eerste("vermogen", text, variant) == "utter_vermogen_niet_te_veel"


def test_savings_above_the_limit_still_get_the_answer_above_it():
    assert eerste("vermogen", "i live alone with 12000 euro savings, do i have to spend it first") == \
        "utter_vermogen_boven_grens"


# --- an eviction today ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["the bailiff comes tomorrow to put us out of our flat",
                                  "they will evict me this week and I have nowhere to go",
                                  "deurwaarder is coming tonight, eviction is today"])
def test_an_eviction_now_is_an_acute_need(text):
    assert in_crisis(text) and not in_gevaar(text)


@pytest.mark.parametrize("text", ["the bailiff sent me a letter about my debts", "can they evict a tenant with bijstand",
                                  "my bailiff comes next month to talk about a payment plan"])
def test_a_bailiff_without_an_eviction_now_is_no_crisis(text):
    assert not in_crisis(text)


def test_an_eviction_with_the_bijstand_stopped_says_what_to_do_about_the_stop():
    said = namen("beslag", "the bailiff comes tomorrow to put us out of our flat, and they stopped my benefit")
    assert said[0] == "utter_noodsituatie" and "utter_stopgezet" in said


# --- something not reported ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("form, text, variant", [
    ("verblijf_buitenland_form", "i forgot to report that i had a job for 3 weeks in august, will i get a fine", "en"),
    ("bijverdienen_form", "I never told the gemeente about my 300 euro wage in May, is that a problem?", "en"),
    ("bijverdienen_form", "ik ben vergeten te melden dat ik in mei 2 weken gewerkt heb, krijg ik een boete", "nl-je"),
])
def test_something_not_reported_gets_the_duty_to_inform(form, text, variant):
    said = form_start(form, text, variant)
    assert said and said[0]["response"] == "utter_inlichtingenplicht_vergeten"


def test_work_not_yet_reported_with_a_question_about_the_amount_is_still_computed():
    said = form_start("bijverdienen_form", "I have not told the gemeente yet, I earn 500 a month, how much can I keep")
    assert not said or said[0]["response"] != "utter_inlichtingenplicht"


# --- privacy, a Turkish greeting ------------------------------------------------------------------------------------

def test_the_privacy_text_says_the_chat_is_not_linked_to_the_person():
    tekst = response_text("utter_privacy", "en", **knowledge.feiten(VANDAAG))
    assert "not linked to your name" in tekst


def test_a_turkish_greeting_with_a_training_word_is_turkish():
    from wegwijs.rasa.taalherkenning import Taalherkenner
    herkenner = Taalherkenner(["merhaba", "hallo"])  # nlu/ has the greeting "merhaba hallo"
    assert herkenner.herken("Merhaba, teşekkürler").taal == "tr"  # one word of two was a training word
    assert herkenner.herken("merhaba hallo").soort == "nl"
    assert herkenner.herken("mijn dochter Ayşe is 19 jaar").soort == "nl"


# --- earning beside bijstand: the rule after the first months, health, work that starts in 2027 ----------------------

def vrijlating(**invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": "voorbeelddorp", **invoer})


def test_a_single_parent_without_an_age_after_the_first_months_keeps_the_single_parents_part():
    begin = form_begin("bijverdienen_form", "single dad, my daughter is 9, working 8 months already for 800 net a month, "
                                            "what can I keep", PEILDATUM, "en", "voorbeelddorp")
    uit = vrijlating(leeftijd=knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", VANDAAG),
                     leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=9, start_werk=begin.slots["start_werk"],
                     netto_inkomsten={"bedrag": 800})
    assert uit["regel"] == "31_2_r" and uit["vrijlating_per_maand"] > 0
    assert cijfers(begin.berichten[0]["vrijlating"]) == cijfers(euro(Decimal(str(uit["vrijlating_per_maand"]))))


@pytest.mark.parametrize("text", ["I am sick a lot, so I can only work 12 hours a week. I earn 650 a month, how much can I keep",
                                  "chronic illness, the doctor says just a few hours of work. 500 euro per month, vrijlating?"])
def test_health_and_fewer_hours_name_the_vrijlating_for_a_medical_limit(text):
    assert "utter_bijverdienen_medisch_bedrag" in [m["response"] for m in form_start("bijverdienen_form", text)]


def test_work_past_the_first_months_said_after_the_number_is_no_vrijlating_any_more():
    begin = form_begin("bijverdienen_form", "41 no children, working at the supermarket since march (9 months now), 600 net "
                                            "a month. why do they take all of it now?", PEILDATUM, "en", "voorbeelddorp")
    assert begin.slots["leeftijd"] == 41 and begin.slots["start_werk"]
    assert begin.berichten[0]["response"].startswith("utter_bijverdienen_eerst_voorbij")  # s12: _over_alleen


def test_work_that_starts_in_2027_is_computed_by_the_new_rule():
    said = form_start("bijverdienen_form", "when I start as a cleaner in february 2027 for 800 a month, how much can I "
                                           "keep? I am 45")
    assert said[0]["response"] == "utter_bijverdienen_eerst_nieuwe_regel"


@pytest.mark.parametrize("text", ["my husband is 38 and earns 900 net a month, we both get bijstand, i am 35. how much is left",
                                  "my wife works and makes 700 a month, we are married, both 40. what do we keep"])
def test_a_partners_wage_is_the_partners(text):
    said = form_start("bijverdienen_form", text)
    assert said[0]["response"] == "utter_bijverdienen_eerst_alleen_partner"
