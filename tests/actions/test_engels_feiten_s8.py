"""Issue #15, session 8: English facts the Dutch readers missed because actions/engels.py did not rewrite them
(kinds of bench/antwoorden_afstemmen_en_s8.yml, in other words): a gift "every 3 months" or "quarterly", an age
right after the person it belongs to ("my mother 60", "the father (42)") or bare between commas ("single mum,
28,"), "neither of them is a student", "my husband left us", care for a parent (mantelzorg) against care for
one's own baby, savings put aside "while on bijstand". Each English first message now gets the outcome the same
message in Dutch gets, instead of the general text or a wrong one."""

from __future__ import annotations

import pytest

from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import antwoord
from tests.actions.test_engels_rekenhulp_eerst import eerste_berichten

PEILDATUM = "2026-12-06"


@pytest.mark.parametrize("english, keer", [
    ("my aunt sends 300 euro every 3 months", "4 keer per jaar"),
    ("my dad gives me 100 euro every two weeks", "26 keer per jaar"),
    ("my sister gives me 250 euro quarterly", "4 keer per jaar"),
    ("my cousin gives me 500 euro every six months", "2 keer per jaar"),
])
def test_a_gift_every_few_months_or_weeks_is_counted_that_many_times_a_year(english, keer):
    assert keer in naar_nederlands(english)


def test_a_period_that_does_not_fit_a_year_is_left_alone():
    assert "keer per jaar" not in naar_nederlands("my uncle gives me 20 euro every 5 weeks")


GEVALLEN = [
    ("giften_form", "my grandmother sends me 350 euro every 3 months, is that a problem for my bijstand",
     "mijn oma stuurt me 350 euro 4 keer per jaar, is dat een probleem voor mijn bijstand", "utter_giften_eerst_boven"),
    ("norm_form", "I am 44 and live with my father 70 and my sister 36, neither of them is a student, what is my bijstand",
     "ik ben 44 en woon met mijn vader van 70 en mijn zus van 36, ze zijn geen student, hoeveel bijstand krijg ik",
     "utter_bijstandsnorm_kostendeler"),
    ("plichten_form", "my wife left me last year, I am 29 with a boy of 2, do I have to apply for jobs",
     "ik ben alleen, ik ben 29 met een zoon van 2, moet ik solliciteren", "utter_participatieplicht_jong_kind"),
    ("plichten_form", "single dad, 35, with a girl of 3 and nobody else, must I look for work",
     "alleenstaande vader, ik ben 35, met een dochter van 3, moet ik werk zoeken", "utter_participatieplicht_jong_kind"),
    ("plichten_form", "I take care of my mother with parkinson every day, I am 58, do I have to look for work",
     "ik zorg elke dag voor mijn moeder met parkinson, ik ben 58, moet ik werk zoeken", "utter_participatieplicht_mantelzorg"),
]


@pytest.mark.parametrize("form, english, dutch, eerste", GEVALLEN)
def test_english_facts_give_the_outcome_the_dutch_message_gets(form, english, dutch, eerste):
    antwoord_en, antwoord_nl = eerste_berichten(form, english), eerste_berichten(form, dutch)
    assert antwoord_en, f"no outcome first for {english!r} (read as {naar_nederlands(english)!r})"
    assert antwoord_en[0] == eerste, naar_nederlands(english)
    assert antwoord_en == antwoord_nl[:len(antwoord_en)]


def test_caring_for_ones_own_baby_is_no_mantelzorg():
    """'who takes care of my baby' asked by a parent on their own: the young child's ontheffing, not the
    mantelzorg answer (that is for care of a sick or old person)."""
    berichten = eerste_berichten("plichten_form", "My husband left me, I am 30 with a baby of 10 months, my sister "
                                                  "helps sometimes. Who takes care of my baby if I must work?")
    assert berichten and berichten[0] == "utter_participatieplicht_jong_kind"


def test_savings_put_aside_while_on_bijstand_do_not_count():
    berichten = [m.get("response") for m in antwoord(
        "vermogen", "I put aside 1500 euro while I was on bijstand, is that a problem", PEILDATUM, "en")]
    assert berichten[0] == "utter_vermogen_gespaard_van_bijstand"


def test_an_age_in_brackets_belongs_to_the_person_before_it():
    assert "vader van 42" in naar_nederlands("The father (42) lives with his wife (40)")
    assert "vrouw van 40" in naar_nederlands("The father (42) lives with his wife (40)")
    assert "van 60" not in naar_nederlands("my mother 60 euro a month")  # an amount stays an amount


def test_a_bare_age_after_words_about_the_person_is_their_own():
    assert "ik ben 47" in naar_nederlands("I'm on bijstand, 47, alone.")
    assert "ik ben 28" in naar_nederlands("single mum, 28, daughter of 6")
    assert "ik ben" not in naar_nederlands("I got 300, 400 and 500 from my family")


@pytest.mark.parametrize("english", ["how much more can I get this year", "how much can I still receive",
                                     "how much is still left for this year"])
def test_the_room_left_is_asked_as_the_dutch_readers_read_it(english):
    """'I got 750 this year, how much more can I get': the room left under the year limit is the question."""
    assert "hoeveel mag ik nog krijgen" in naar_nederlands(english)


def test_a_gift_with_the_room_left_asked_gets_the_dutch_outcome():
    english = eerste_berichten("giften_form", "my family gave me 600 euro this year, how much more can I get")
    dutch = eerste_berichten("giften_form", "mijn familie gaf me 600 euro dit jaar, hoeveel mag ik nog krijgen")
    assert english and english == dutch[:len(english)]


@pytest.mark.parametrize("english, dutch", [
    ("I am 38 and live alone, I earn 600 net a month, what is my bijstand then",
     "ik ben 38 en woon alleen, ik verdien 600 netto per maand, hoeveel bijstand krijg ik dan nog"),
    ("I am 41, single, my job pays 900 net per month, do I still get some bijstand?",
     "ik ben 41, alleen, mijn baan geeft 900 netto per maand, hoeveel bijstand krijg ik dan nog?"),
])
def test_the_bijstand_left_beside_a_wage_is_read_in_an_english_question(english, dutch):
    """The earnings form read the raw English text for 'how much bijstand then' (actions/rekenhulpen/bijverdienen.py),
    so an English question never got the bijstand left beside the wage."""
    antwoord_en, antwoord_nl = eerste_berichten("bijverdienen_form", english), eerste_berichten("bijverdienen_form", dutch)
    assert antwoord_en[:1] == ["utter_bijverdienen_eerst_bijstand_over_maanden"], naar_nederlands(english)
    assert antwoord_en == antwoord_nl[:len(antwoord_en)]


def test_may_is_the_month_only_beside_a_day_or_a_word_of_time():
    """'how much of his salary may they keep' was read as the month mei."""
    assert "mei" not in naar_nederlands("how much of his salary may they keep")
    assert "in mei" in naar_nederlands("I got 400 in may")
    assert "3 mei" in naar_nederlands("I leave on May 3")


def test_evenings_a_week_are_no_period_of_the_wage():
    """'3 evenings a week, about 400 euro net per month' gave '€400 per week' and a vrijlating on that."""
    english = eerste_berichten("bijverdienen_form", "I clean 3 evenings a week, about 400 euro net per month. How much "
                                                    "of the 400 can I keep?")
    dutch = eerste_berichten("bijverdienen_form", "ik maak 3 dagen schoon, ongeveer 400 euro netto per maand. Hoeveel "
                                                  "van de 400 mag ik houden?")
    assert english and english == dutch[:len(english)]
    assert "400 euro" in naar_nederlands("3 evenings a week, about 400 euro") and "per week" not in \
        naar_nederlands("3 evenings a week, about 400 euro")


def test_starting_before_a_date_is_the_start_of_work():
    assert "vanaf 1 januari 2027" in naar_nederlands("he found a job starting 1 January 2027")


@pytest.mark.parametrize("english, eerste", [
    ("do I get a bonus when I start working", "utter_bijverdienen_premie"),
])
def test_an_english_question_without_a_wage_is_read_in_dutch_too(english, eerste):
    """Without a wage the earnings form read the raw English text, so 'under 27' or a bonus went unread."""
    assert eerste_berichten("bijverdienen_form", english)[:1] == [eerste]


@pytest.mark.parametrize("english", [
    "I live with 3 housemates, all of them between 30 and 45, I'm 40. What bijstand do I get?",
    "I rent a house with 2 friends, all older than 28, I am 31, how much bijstand",
])
def test_housemates_ages_as_a_range_or_a_lower_bound_make_them_kostendelers(english):
    antwoord_en = eerste_berichten("norm_form", english)
    assert antwoord_en[:1] == ["utter_bijstandsnorm_kostendeler"], naar_nederlands(english)
    assert "allemaal boven de 29" in naar_nederlands("all of them between 30 and 45")


@pytest.mark.parametrize("english", ["no money and no food today for me and my 2 kids, what can I do now",
                                     "the fridge is empty and I get paid next week, my son is 4"])
def test_no_food_now_is_a_crisis_whatever_form_the_model_chose(english):
    """'no money and no food today ... my kids' was read as the duties form (bereken_plichten): the crisis answer
    first, as for the same words in Dutch ('de koelkast is leeg')."""
    assert eerste_berichten("plichten_form", english)[:1] == ["utter_noodsituatie"]


def test_holiday_money_read_as_the_norm_gets_the_vakantiegeld_answer():
    """'is holiday money included in the bijstand amount?' taken for the norm got the general norm text; the same
    words in Dutch ('vakantiegeld') get the vakantiegeld answer whatever the norm intent."""
    berichten = [m.get("response") for m in antwoord("bijstandsnorm", "is holiday money included in the bijstand "
                                                                      "amount?", PEILDATUM, "en")]
    assert berichten[:1] == ["utter_vakantiegeld"]


@pytest.mark.parametrize("english", [
    "im 19, came alone from eritrea, my parents are still there and cannot send anything. i live alone, how much bijstand",
    "I am 20 and live alone, my parents don't give me anything, what is my bijstand",
])
def test_parents_who_cannot_send_or_give_anything_do_not_help(english):
    """A young person's parents who 'cannot send anything' or 'don't give' anything: the norm with the supplement
    for parents who do not contribute, as 'cannot help' already got (tuning set en_s6 missed it)."""
    assert eerste_berichten("norm_form", english)[:1] == ["utter_bijstandsnorm_eigen_jong"], naar_nederlands(english)


def test_years_lived_in_the_netherlands_are_no_holiday_at_home():
    """'I am 64, from Ghana, 30 years in NL ... I want to go 6 weeks in January' got the answer for a stay inside the
    Netherlands ('in NL'); an English trip had no 'naar' for the readers to see the place abroad."""
    berichten = eerste_berichten("verblijf_buitenland_form", "I am 60, 25 years in NL, I want to go 6 weeks to Ghana "
                                                             "in January, can I?")
    assert berichten[:1] == ["utter_buitenland_reis_te_lang"], naar_nederlands("25 years in NL, go 6 weeks to Ghana")
    assert "2 weken naar Texel" in naar_nederlands("I want to go 2 weeks to Texel")
