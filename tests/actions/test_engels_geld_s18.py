"""Issue #15 with #20, session 18 (H5): English first replies on money and the calculators that reach the person's
facts, kinds of the misses in bench/antwoorden_afstemmen_en_s18.yml and of session 17's leftovers, in other words
written here."""

from __future__ import annotations

from datetime import date

from tests.actions.eerste_antwoord import OpPeildatum, form_begin, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


# (response name, text) of the form's first message before its question; English unless a variant is given
eerste = OpPeildatum(PEILDATUM, "voorbeelddorp", "en").form_eerste


# --- a trip with a length and its two dates: the dates say when -----------------------------------------------------

def test_a_trip_of_days_from_one_date_till_another_leaves_on_the_first_date():
    # the second date was read as the day of leaving (a trip from 30 December, 1 day in this year: "6 days left")
    naam, tekst = eerste("verblijf_buitenland_form", "I spent 3 weeks in Turkey in the summer. May I go for 8 days "
                                                     "at New Year, from 22 till 30 December?")
    assert naam == "utter_buitenland_eerder_te_lang"
    assert tekst.startswith("No") and "7 days left" in tekst


def test_the_same_in_dutch():
    naam, tekst = eerste("verblijf_buitenland_form", "ik ben deze zomer 3 weken in turkije geweest, mag ik nog 8 "
                                                     "dagen weg van 22 tot 30 december?", "nl-je")
    assert naam == "utter_buitenland_eerder_te_lang" and "7 dagen over" in tekst


def test_the_days_left_before_a_trip_that_still_fits_are_said():
    # "i am 69 on aio ... 8 weeks this year, now 6 weeks": the days left before the trip were said only when it was
    # too long; a trip that fits says them too (session 17's leftover "does not say the days left before the trip")
    naam, tekst = eerste("verblijf_buitenland_form", "I'm 70 and get AIO. I was in Suriname for 9 weeks this year. "
                                                     "May I go again for 2 weeks?")
    assert naam == "utter_buitenland_eerder_mag_aio"
    assert "You had 28 days left" in tekst


# --- housemates in English words the Dutch readers did not take -----------------------------------------------------

def test_adult_sons_all_over_27_are_kostendelers():
    naam, tekst = eerste("norm_form", "I am 52 and my 3 adults daughters live with me, all of them older than 27. "
                                      "How much bijstand do I get?")
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert "4 adults" in tekst


def test_a_housemate_who_turns_27_later_gives_the_norm_now_and_from_that_day():
    naam, tekst = eerste("norm_form", "I am 55 and single. My son lives with me, he is 26 but he turns 27 in April. "
                                      "What is my bijstand now and after that?")
    assert naam == "utter_bijstandsnorm_kostendeler_straks"
    assert "April 2027" in tekst and "goes down to" in tekst


# --- the medical vrijlating holds at every age ----------------------------------------------------------------------

def test_the_medical_vrijlating_says_it_holds_under_27_too():
    berichten = form_begin("bijverdienen_form", "I am 24 and the UWV says I can only work few hours because of my "
                                                "health (medische urenbeperking). I earn 400 net. Do I keep any of it?",
                           PEILDATUM, "en", "voorbeelddorp").berichten
    teksten = {b.get("response"): tekst_op(b, DAG, "en") for b in berichten}
    assert "also under 27" in teksten["utter_bijverdienen_medisch_bedrag"]


# --- an ontheffing and the youngest child's birth month: until the month the child is 5 -----------------------------

def test_an_ontheffing_with_the_childs_birth_month_says_the_month_it_ends():
    naam, tekst = eerste("plichten_form", "I am a single dad with ontheffing. My little boy was born in June 2022. "
                                          "Until when do I keep the ontheffing?")
    assert naam == "utter_participatieplicht_ontheffing_tot"
    assert tekst.startswith("Until June 2027")


def test_a_birth_date_is_no_age_of_the_child_in_dutch():
    # "geboren op 14 mei 2022" was read as a child of 14: "de ontheffing stopt"
    naam, tekst = eerste("plichten_form", "ik heb ontheffing, mijn dochter is geboren op 14 mei 2022. tot wanneer?",
                         "nl-je")
    assert naam == "utter_participatieplicht_ontheffing_tot" and tekst.startswith("Tot 14 mei 2027")


# --- plain English of the duties -------------------------------------------------------------------------------------

def test_a_single_parents_young_child_is_younger_than_5_years():
    naam, tekst = eerste("plichten_form", "I raise my daughter of 2 alone. Must I look for a job?")
    assert naam == "utter_participatieplicht_jong_kind" and "younger than 5 years" in tekst


def test_the_general_duties_name_health_as_a_reason_for_ontheffing():
    from tests.actions.eerste_antwoord import DOMAIN
    en = next(v["text"] for v in DOMAIN["responses"]["utter_participatieplicht"]
              if v.get("condition", [{}])[0].get("value") == "en")
    assert "your health does not allow it" in en


def test_a_sister_renting_the_small_room_with_a_contract_stays_a_kostendeler():
    # "rent the small room in my flat" was read as "boodschappen" (rent paid for the person, a gift in kind)
    naam, tekst = eerste("norm_form", "I am 41. My brother of 33 rents the little room in my apartment with a "
                                      "contract. How much bijstand do I get?")
    assert naam == "utter_kostendelersnorm_familie_huurt_bedrag"
    assert "family member of 33 counts" in tekst


def test_the_norm_of_a_single_parent_says_the_children_get_child_benefit():
    naam, tekst = eerste("norm_form", "Single dad of 35 with a son of 6. How much bijstand, and is there extra for my son?")
    assert naam == "utter_bijstandsnorm_eigen"
    assert "child benefit (kinderbijslag)" in tekst


def test_no_years_of_ontheffing_left_is_said_in_words():
    # session 17's leftover: "Then you can get at most 0 more years"
    naam, tekst = eerste("plichten_form", "I got ontheffing for 5 years with my son. Now I have a baby girl. "
                                          "can i have exemption again?")
    assert naam == "utter_participatieplicht_ontheffing_totaal_op"
    assert "no years are left" in tekst and "0 more" not in tekst


def test_a_model_without_the_no_years_left_text_says_the_total_text():
    from actions.feiten_uit_bericht import Antwoord, in_domein
    oud = in_domein(Antwoord("utter_participatieplicht_ontheffing_totaal_op", {}),
                    {"responses": {"utter_participatieplicht_ontheffing_totaal": []}})
    assert oud.response == "utter_participatieplicht_ontheffing_totaal"
