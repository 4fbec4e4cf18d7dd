"""Session 21, H5: English answers on money and the calculators (issue #15/#20), one section per fix, to be folded into
the topic modules by H7 (tests/actions/onderwerpen/test_<topic>.py)."""

from __future__ import annotations

import re

import pytest

from actions import engels, parse
from tests.actions.eerste_antwoord import OpPeildatum

EN = OpPeildatum("2026-12-08", "voorbeelddorp", "en")
NL = OpPeildatum("2026-12-08", "voorbeelddorp", "nl-je")


def cijfers(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators (amounts alike in English and Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


# --- norm: 'we are 4 friends', 'we rent a house with 4 people': the writer is one of them -------------------------------

@pytest.mark.parametrize("text, anderen", [
    ("we are 4 friends in one house, all between 30 and 45. i am the one on bijstand. how much per month", 3),
    ("we're 3 brothers in one house, the others are 40 and 44. what do i get", 2),
    ("We are four housemates, all above 30, only me on bijstand", 3),
    ("we rent a house with 4 people, all over 30", 3),
    ("we are renting an apartment with 5 people, all around 40", 4),
    ("i rent a house with 3 friends, all over 30", 3),  # "i" with 3 friends: 3 others, as before
])
def test_we_with_a_number_counts_the_writer_in(text, anderen):
    gevonden = parse.medebewoners(engels.naar_nederlands(text))
    assert gevonden is not None and len(gevonden) == anderen


def test_four_friends_get_the_norm_of_four_adults():
    naam, tekst = EN.form_eerste("norm_form", "we are 4 friends in one house, all between 30 and 45. i am the one on "
                                              "bijstand. how much per month")
    assert naam == "utter_bijstandsnorm_kostendeler" and "811" in cijfers(tekst) and "4 adults" in tekst


# --- norm: 'what is bijstand for us' asks the amount of a couple ----------------------------------------------------------

@pytest.mark.parametrize("text, bedrag", [
    ("me and my husband are both 20, no kids yet. what is bijstand for us", "70084"),
    ("my wife and I are both 19. what would bijstand be for us", "70084"),
    ("me 20 my husband 24, what is the bijstand for us?", "136432"),
])
def test_what_is_bijstand_for_us_is_the_couples_amount(text, bedrag):
    naam, tekst = EN.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_stel_jong" and bedrag in cijfers(tekst)


def test_wat_is_bijstand_voor_ons_in_dutch():
    naam, tekst = NL.form_eerste("norm_form", "ik ben 20 en mijn vrouw 24, wat is bijstand voor ons")
    assert naam == "utter_bijstandsnorm_stel_jong" and "1.364,32" in tekst


# --- giften: a gift and 'or do i have to pay back' is the gift against the limit, not a terugvordering ------------------

@pytest.mark.parametrize("text, naam, bedrag", [
    ("my mother give me 100 euro every month since january, is that ok with bijstand or i have to pay back",
     "utter_giften_terugbetalen_binnen", "1200"),
    ("dad gave me 100 every month whole 2026, so 1200. do i need to pay back something?",
     "utter_giften_terugbetalen_binnen", "1200"),
    ("my brother gave me 2000 euro in june. must i pay it back?", "utter_giften_terugbetalen_boven", "800"),
    ("grandma gives me 150 each month since january. do I have to pay some back to the gemeente?",
     "utter_giften_terugbetalen_boven", "600"),
    ("My aunt gave me 500 for a new bed, should i pay back anything??", "utter_giften_terugbetalen_binnen", "1200"),
])
def test_a_gift_and_must_i_pay_back_is_answered_against_the_limit(text, naam, bedrag):
    gekregen, tekst = EN.form_eerste("giften_form", text)
    assert gekregen == naam and bedrag in cijfers(tekst)


@pytest.mark.parametrize("text", [
    "my brother lent me 500, do i have to pay it back to him?",
    "i got a letter that i must pay back 1500 euro bijstand, is that right?",
])
def test_a_loan_or_a_claim_is_no_gift_paid_back(text):
    assert not any(n and n.startswith("utter_giften_terugbetalen") for n in EN.begin_namen("giften_form", text))
    assert engels.naar_nederlands(text).count("moet ik terugbetalen") == 0 or "bijstand" in text


def test_of_moet_ik_terugbetalen_at_the_end_in_dutch():
    gekregen, tekst = NL.form_eerste("giften_form", "mijn moeder geeft me 100 euro per maand sinds januari, mag dat met "
                                                    "bijstand of moet ik het terugbetalen")
    assert gekregen == "utter_giften_terugbetalen_binnen"


# --- giften: 'whole 2026' is no amount, 'so 1200' and '990 altogether now' are the sum of the gift said again -----------

@pytest.mark.parametrize("text, naam, jaar", [
    ("my aunt gives me 90 a month since february, 990 altogether now. can i keep it", "utter_giften_eerst_binnen", "990"),
    ("mum sends 100 every month since february, so 1100. ok?", "utter_giften_eerst_binnen", "1100"),
    ("my uncle gives 50 euro per month the whole of 2026, 600 in total now, can i keep this", "utter_giften_eerst_binnen",
     "600"),
    ("dad gave me 100 every month during 2026, so that is 1200. fine?", "utter_giften_eerst_op_grens", "1200"),
])
def test_the_sum_of_a_monthly_gift_said_again_is_no_second_gift(text, naam, jaar):
    gekregen, tekst = EN.form_eerste("giften_form", text)
    assert gekregen == naam, tekst
    assert f"countsas{jaar}ayear" in cijfers(tekst)


def test_the_sum_said_after_the_gift_in_dutch():
    gevonden = parse.bedragen("mijn tante geeft me 90 per maand sinds februari, 990 in totaal nu. mag ik het houden")
    assert [b.bedrag.euro for b in gevonden] == [90]
    assert [b.bedrag.euro for b in parse.bedragen("vader gaf me 100 per maand heel 2026, dus 1200")] == [100]


# --- bijverdienen: the months of the vrijlating are over: 'No' first and 'those months are over', as the Dutch ----------

@pytest.mark.parametrize("text", [
    "i work since april, now 8 months, 200 each month, 45 years old. still keeping the 25 percent?",
    "I am 38 and work since january for 350 net a month. can I still keep a part?",
    "working since march 2026, 500 a month, im 50. do i still get the vrijlating",
])
def test_the_months_over_say_no_first(text):
    naam, tekst = EN.form_eerste("bijverdienen_form", text)
    assert naam == "utter_bijverdienen_eerst_voorbij_over_alleen"
    assert tekst.startswith("No, ") and "those months are over" in tekst


@pytest.mark.parametrize("variant, begin", [("nl-u", "Nee, u houdt"), ("nl-je", "Nee, je houdt")])
def test_the_months_over_say_no_first_in_dutch(variant, begin):
    naam, tekst = OpPeildatum("2026-12-08", "voorbeelddorp", variant).form_eerste(
        "bijverdienen_form", "ik ben 45 en werk sinds april voor 200 per maand, mag ik nog steeds 25 procent houden?")
    assert naam == "utter_bijverdienen_eerst_voorbij_over_alleen" and tekst.startswith(begin)


# --- plichten: 'how many more years can i get ontheffing' after years already had asks the years left --------------------

@pytest.mark.parametrize("text, over", [
    ("i had ontheffing 3 years with my first kid. now new baby of 1 year, alone with kids. how many more years can i get "
     "ontheffing", "2 years"),
    ("I have had 4 years exemption for my daughter, now a baby again. how much longer can I get exemption?", "1 year"),
    ("single dad, had 2 years ontheffing before, new child of 6 months. how long more can i have ontheffing", "3 years"),
])
def test_the_years_of_ontheffing_left(text, over):
    naam, tekst = EN.form_eerste("plichten_form", text)
    assert naam == "utter_participatieplicht_ontheffing_totaal" and f"at most {over} more" in tekst


def test_how_long_alone_stays_hoe_lang():
    assert engels.naar_nederlands("how long does it take") == "hoe lang does it take"
    assert engels.naar_nederlands("how many more years can i get it").startswith("hoe lang nog")


def test_a_givers_give_keeps_its_adverb():
    assert engels.naar_nederlands("how much can my dad still give me this year") == \
        "hoeveel can mijn vader nog geeft me dit jaar"
    assert engels.naar_nederlands("my mother give me 100 euro") == "mijn moeder geeft me 100 euro"


# --- giften: 'is that ok or do i have to pay back' under the limit says it may be kept, as the other 'binnen' texts -------

@pytest.mark.parametrize("op, text, zin", [
    (EN, "my mother give me 100 euro every month since january, is that ok with bijstand or i have to pay back",
     "so you may keep it"),
    (EN, "My aunt gave me 500 for a new bed, should i pay back anything??", "so you may keep it"),
    (NL, "mijn moeder geeft me 100 euro per maand sinds januari, mag dat met bijstand of moet ik het terugbetalen",
     "dus dat mag je houden"),
    (OpPeildatum("2026-12-08", "voorbeelddorp", "nl-u"), "opa gaf me 400 euro, moet ik nu terugbetalen aan de gemeente?",
     "dus dat mag u houden"),
])
def test_a_gift_under_the_limit_paid_back_may_be_kept(op, text, zin):
    naam, tekst = op.form_eerste("giften_form", text)
    assert naam == "utter_giften_terugbetalen_binnen" and zin in tekst


# --- norm: someone 'moved in with her/him' in a relative's home is the relative's housemate (H3's Dutch reader) ----------

@pytest.mark.parametrize("text, leeftijd", [
    ("my mother is 71 with AIO, my brother (40) moved in with her for good. how much will she get now", "40"),
    ("my dad is 70 and has aio, my sister of 35 has moved in with him. how much aio does he get", "35"),
    ("my father is 69 with aio, my son of 30 came to live with him last month, how much will he get", "30"),
])
def test_a_housemate_who_moved_in_with_a_relative(text, leeftijd):
    naam, tekst = EN.form_eerste("norm_form", text)
    assert naam == "utter_aow_aio_familie_huisgenoot" and "108805" in cijfers(tekst) and f"Someone of {leeftijd}" in tekst
