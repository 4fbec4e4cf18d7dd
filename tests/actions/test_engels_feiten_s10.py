"""Issue #15 with #20, session 10: English first replies that answer what was asked (kinds of
bench/antwoorden_afstemmen_en_s10.yml's and _s9.yml's misses, in other words). Gifts: the room left this year after
the 'yes' of 'is that ok?', also for several gifts named together; the food bank named beside a gift (it never
counts, and its 'every week' is not the gift's)."""

from __future__ import annotations

from datetime import date

import knowledge
import pytest

from actions.engels import naar_nederlands
from actions.feiten_uit_bericht.vrijlating import start_werk as parse_start
from knowledge.datums import plus_maanden
from tests.actions.eerste_antwoord import antwoord, form_begin, tekst_op
from wegwijs.responses import response_text

PEILDATUM = "2026-12-06"
VANDAAG = date(2026, 12, 6)


def eerste(intent: str, text: str, variant: str = "en") -> str:
    return antwoord(intent, text, PEILDATUM, variant)[0].get("response")


def cijfers(bedrag: str) -> str:
    """'€1,200' and '€ 1.200' alike (outside a running form the session's money format is not applied)."""
    return "".join(c for c in bedrag if c.isdigit())


def form_start(form: str, text: str, variant: str = "en") -> list[dict]:
    """The messages a form sends at its start (with their values), before its first question."""
    return form_begin(form, text, PEILDATUM, variant, "voorbeelddorp").berichten


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


# --- texts that answer the question asked ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["could I get a voorschot while my application is still open",
                                  "is there any money while I wait for the gemeente's decision"])
def test_a_voorschot_asked_gets_yes_first(text):
    said = antwoord("aanvraag", text, PEILDATUM, "en")
    assert said[0]["response"] == "utter_aanvraag_voorschot"
    assert tekst_op(said[0], VANDAAG, "en").startswith("Yes.")
    assert antwoord("aanvraag", "how long does the decision take", PEILDATUM, "en")[0]["response"] == "utter_aanvraag_duur"


def test_holiday_pay_says_it_is_part_of_the_bijstand():
    assert "part of your bijstand" in response_text("utter_vakantiegeld", "en", **knowledge.feiten(VANDAAG))


def test_a_home_visit_says_what_the_gemeente_checks():
    assert "checks your right to bijstand" in response_text("utter_huisbezoek", "en", **knowledge.feiten(VANDAAG))


# --- English facts the Dutch readers missed -------------------------------------------------------------------

def test_an_age_right_after_words_about_the_person_is_theirs():
    assert "ik ben 31" in naar_nederlands("single man 31, third month working, 800 euro netto monthly")
    assert "ik ben 29" in naar_nederlands("i am single mom 29, my daughter is 7")
    assert "ik ben 800" not in naar_nederlands("single mom 800 euro a month")


@pytest.mark.parametrize("english, maanden", [
    ("single man 31, third month working, 800 euro netto monthly", 2),
    ("I work part time 600 net each month already 9 months", 9),
    ("i work since 8 months and earn 800 net a month", 8),
])
def test_months_of_work_said_in_english_are_the_start_of_work(english, maanden):
    assert parse_start(naar_nederlands(english), VANDAAG) == plus_maanden(VANDAAG, -maanden)


def test_months_without_work_are_no_start_of_work():
    assert "begonnen" not in naar_nederlands("already 3 months on bijstand, my second month in this flat")


def test_cant_without_an_apostrophe_is_parents_who_do_not_help():
    for english in ("my parents cant pay anything for me", "my parents can't help me"):
        assert "kunnen niet helpen" in naar_nederlands(english)
    said = form_start("norm_form", "I am 19, my parents kicked me out and they cant pay anything for me. I live alone. "
                                   "How much bijstand do I get?")
    assert said[0]["response"] == "utter_bijstandsnorm_eigen_jong"


def test_bijstand_for_an_18_year_old_is_the_young_persons_norm():
    assert eerste("bijstandsnorm", "bijstand amount for 18 year old living alone?") == "utter_bijstandsnorm_eigen_jong"


def test_twins_are_two_children_of_that_age():
    assert "twee kinderen van 10 en 10" in naar_nederlands("single dad with twins of 10")
    said = form_start("plichten_form", "single dad with twins of 10, must i work fulltime now")
    assert said[0]["response"] == "utter_participatieplicht_kinderopvang"


def test_staying_at_a_parents_house_to_care_for_them_is_mantelzorg():
    assert eerste("kostendelersnorm", "i stay at my father's house for some months to take care of him, he is very "
                                      "sick. do they apply the kostendelersnorm") == "utter_kostendelersnorm_mantelzorg"


def test_a_grown_childs_own_bijstand_read_as_the_kostendelersnorm():
    assert eerste("kostendelersnorm", "my son is 19 still lives at home with us, he wants own bijstand how much would "
                                      "that be") == "utter_jongeren_kind_eigen_bijstand_jong"


def test_longer_than_four_weeks_is_the_limit_asked_not_a_trip():
    assert eerste("buitenland", "what if i stay abroad longer than 4 weeks because i got sick there") == "utter_buitenland"


def test_a_trip_one_wants_to_leave_for_is_still_to_come():
    said = form_start("verblijf_buitenland_form", "i didnt travel this year. i want to leave 15 december and come back "
                                                  "5 january. ok?")
    assert said and said[0]["response"] == "utter_buitenland_dagen_over"


@pytest.mark.parametrize("english", ["what happens if I refuse a job",
                                     "what happens if I dont do what they ask, like solliciteren",
                                     "what will happen if I don't show up at the appointment for work"])
def test_not_doing_a_duty_gets_how_high_and_how_long_the_cut_is(english):
    assert eerste("participatieplicht", english) == "utter_maatregel_hoogte"
    assert eerste("participatieplicht", "what are my duties on bijstand") != "utter_maatregel_hoogte"


def test_a_long_stay_in_a_clinic_gets_the_norm_of_an_inrichting():
    assert eerste("opname", "i will be in a rehab clinic for 4 months, i am alone. what happens with my bijstand") \
        == "utter_opname_inrichting"
    assert eerste("opname", "ik ga 4 maanden naar een kliniek, wat gebeurt er met mijn uitkering", "nl-u") \
        == "utter_opname_inrichting"
    assert eerste("opname", "i go to hospital for 3 weeks next month, does my uitkering change") == "utter_opname"
    assert eerste("opname", "ik ga maandag voor 6 maanden de gevangenis in, moet ik dat doorgeven", "nl-u") \
        != "utter_opname_inrichting"  # a prison is no inrichting


def test_money_taken_back_from_the_bijstand_every_month_is_verrekenen():
    assert eerste("terugvordering", "will they take the money back from my bijstand every month") \
        == "utter_terugvordering_verrekenen"


@pytest.mark.parametrize("english", ["my partner beats me, I am afraid at home",
                                     "there is violence at home and I need money for food",
                                     "my ex hits me and he stopped giving money, I have nothing"])
def test_violence_at_home_in_english_gets_112_and_veilig_thuis_first(english):
    for intent in ("noodsituatie", "stopgezet"):
        assert eerste(intent, english) == "utter_noodsituatie_geweld"


@pytest.mark.parametrize("english", ["my parents kicked me out", "the sociale recherche looks for abuse of benefits",
                                     "I hit the limit of gifts this year"])
def test_words_near_violence_are_no_violence(english):
    from actions.crisis import in_geweld
    assert not in_geweld(english)


def test_bijstand_stopped_after_a_trip_over_the_limit_gets_the_days_without_bijstand():
    assert eerste("stopgezet", "I was 6 weeks in Morocco this summer and now the gemeente stopped my bijstand, is that "
                               "allowed") == "utter_buitenland_eerder_te_lang_al"
    assert eerste("stopgezet", "they stopped my bijstand and i think it is wrong, what can i do") == "utter_stopgezet"


def test_a_partner_who_turned_the_aow_age_is_that_age():
    assert "mijn vrouw is 67" in naar_nederlands("my wife turned 67 in march, I am 63")
    assert "ik word 67" in naar_nederlands("I turn 67 next year")
    said = form_start("norm_form", "my wife turned 67 in march, I am 63, what is our bijstand now")
    assert said[0]["response"] == "utter_aow_aio_norm"


def test_what_replaces_the_tegenprestatie_in_2027_is_maatschappelijke_participatie():
    said = antwoord("participatieplicht", "what replaces the tegenprestatie in 2027", PEILDATUM, "en")
    assert said[0]["response"] == "utter_participatieplicht_2027"
    assert "maatschappelijke participatie" in tekst_op(said[0], VANDAAG, "en")
    assert eerste("participatieplicht", "wat komt er in plaats van de tegenprestatie", "nl-u") == \
        "utter_participatieplicht_2027"
    assert eerste("participatieplicht", "can the tegenprestatie replace my paid job") != "utter_participatieplicht_2027"


def test_the_duties_asked_of_someone_under_the_aow_age_read_as_the_aow():
    assert eerste("aow_aio", "I am 66 and 4 months old, still werkplicht?") == "utter_participatieplicht_jonger"
    assert eerste("aow_aio", "I came to NL at 50 so my AOW will be small, can I get extra") != \
        "utter_participatieplicht_jonger"


def test_a_parent_with_aio_in_a_nursing_home_is_told_to_the_svb():
    assert eerste("aow_aio", "my dad is on AIO and moved to a nursing home, who must know") == "utter_opname_aio"


@pytest.mark.parametrize("text, variant", [("i did not go anywhere in 2026. how long can i stay in somalia now", "en"),
                                           ("ik ben in 2026 nergens geweest. hoe lang mag ik in somalie blijven", "nl-u")])
def test_how_long_abroad_asked_without_a_trip_gets_the_limit_first(text, variant):
    said = form_start("verblijf_buitenland_form", text, variant)
    assert said and said[0]["response"] == "utter_buitenland"
