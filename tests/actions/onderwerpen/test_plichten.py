"""Duties: the participatieplicht and its ontheffing (a young child, twins, care, the years had), and the
inlichtingenplicht (what to report, a report forgotten and what follows). Dutch first, then English."""

from __future__ import annotations

import pytest

import knowledge
from actions import engels, feiten_uit_bericht, parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import TERUGVAL, in_domein, participatie
from tests.actions.eerste_antwoord import (DAG, DAG_6, DOMAIN, EN, EN_6, EN_8, EN_DORP, FEITEN, FEITEN_6, JE_8, OP_5,
                                           OP_6, PEILDATUM, PEILDATUM_6, _tekst, antwoord, antwoord_namen,
                                           eerste_bericht, eerste_tekst, form_berichten_en_6, form_namen_en_6,
                                           responses, start, tekst_6, tekst_op, waarde_6)


# --- s14: the norm: raised when, bruto or netto, a single parent, housemates ------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_duties_say_solliciteren():
    assert "solliciteren" in tekst_op({"response": "utter_participatieplicht"}, DAG, "nl-je")


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_duties_asked_read_as_a_guest_get_the_duties():
    namen = antwoord_namen("logeren", "moet ik met mijn 59ste echt nog solliciteren, wie wil mij nog", PEILDATUM)
    assert namen[0].startswith("utter_participatieplicht")


# --- s14: what to report: every change, and not what the gemeente gets from the BRP itself ----------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_duty_to_inform_names_every_change(variant):
    assert "verandering" in eerste_tekst("inlichtingenplicht", "wat moet ik zoal melden bij de gemeente", variant)


@pytest.mark.parametrize("intent", ["inlichtingenplicht", "verhuizen"])
@pytest.mark.parametrize("text", [
    "mijn nieuwe adres staat toch al in de brp, moet ik dat dan nog aan de gemeente doorgeven?",
    "ik heb me na de verhuizing ingeschreven, dus de gemeente weet het al. moet ik het nog apart melden",
])
def test_what_the_gemeente_gets_from_the_brp_need_not_be_reported_again(intent, text):
    assert responses(intent, text)[0] == "utter_inlichtingenplicht_al_bekend"
    zin = eerste_tekst(intent, text)
    assert zin.startswith("Meestal niet.") and "BRP" in zin and "artikel 17" in zin


@pytest.mark.parametrize("text", [
    "de gemeente weet al dat ik werk, moet ik mijn loon nog doorgeven",  # wages: report as the gemeente asks
    "moet ik mijn nieuwe adres doorgeven",
])
def test_wages_or_a_plain_question_keep_the_duty_to_report(text):
    assert responses("inlichtingenplicht", text)[0] != "utter_inlichtingenplicht_al_bekend"


# --- s15: duties: twins, a couple asking for the ontheffing, the child's birthday ahead -------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_twins_are_two_children_of_one_age():
    assert [(m.leeftijd, m.relatie) for m in parse.medebewoners("ik ben alleen met een tweeling van 2")] == \
        [(2, "kind"), (2, "kind")]
    assert parse.leefsituatie("alleen met mijn tweeling") == "alleenstaande_ouder"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_single_parent_of_young_twins_may_ask_for_the_ontheffing():
    _, said, _ = start("plichten_form", "ik zit alleen met een tweeling van 2, moet ik solliciteren")
    assert said[0]["response"] == "utter_participatieplicht_jong_kind"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_asking_for_the_ontheffing_for_a_young_child_hears_no():
    namen = antwoord_namen("participatieplicht", "ik ben getrouwd en we hebben een kind van 2. kan ik vrijstelling "
                                                 "krijgen van werk zoeken?", PEILDATUM)
    assert namen[0] == "utter_participatieplicht_stel_jong_kind_ontheffing"
    assert tekst_op({"response": namen[0]}, DAG, "nl-je").startswith("Nee")


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_asking_whether_they_must_apply_still_hears_yes():
    namen = antwoord_namen("participatieplicht", "ik ben getrouwd en we hebben een kind van 2, moet ik solliciteren",
                           PEILDATUM)
    assert namen[0] == "utter_participatieplicht_stel_jong_kind"


@pytest.mark.usefixtures("voorbeelddorp")
def test_an_ontheffing_with_the_childs_birthday_ahead_has_not_ended():
    from actions.feiten_uit_bericht.participatie import ontheffing_voorbij
    assert ontheffing_voorbij("ik heb ontheffing want mijn dochter is nog klein, ze wordt in april 5. en dan?", DAG) is None
    assert ontheffing_voorbij("ik had ontheffing, mijn dochter is vorige week 5 geworden", DAG) is not None


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_months_left_of_the_ontheffing_say_it_stops():
    assert "stopt" in tekst_op({"response": "utter_participatieplicht_ontheffing_nog", "maanden_over": "3"}, DAG, "nl-je")


# --- s16: something not reported in time: report it now, paying back, a boete or a waarschuwing -----------------------

@pytest.mark.parametrize("intent, text", [
    ("maatregel", "vorige maand heb ik 4 dagen gewerkt en dat ben ik vergeten te melden, wat moet ik nu doen"),
    ("maatregel", "ik vergat door te geven dat ik een uitzendbaan had in de zomer. krijg ik nu straf?"),
    ("bijverdienen", "mijn loon van oktober heb ik niet op tijd doorgegeven, is dat erg?"),
    ("informeren", "te laat gemeld dat ik schoonmaakwerk doe, wat gebeurt er nu"),
    ("inlichtingenplicht", "ik ben vergeten mijn nieuwe baan door te geven"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_something_not_reported_says_report_it_now_and_what_follows(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_inlichtingenplicht_vergeten"
    zin = eerste_tekst(intent, text, variant)
    assert zin.startswith("Meld het zo snel mogelijk alsnog")
    assert "terugbetalen" in zin and "boete" in zin and "waarschuwing" in zin
    assert FEITEN["wet_terugvordering"] in zin and FEITEN["telefoon_juridisch_loket"] in zin


def test_something_not_reported_in_english():
    text = "I forgot to report my new cleaning job to the gemeente, what now?"
    assert responses("inlichtingenplicht", text, "en")[0] == "utter_inlichtingenplicht_vergeten"
    zin = eerste_tekst("inlichtingenplicht", text, "en")
    assert zin.startswith("Report it to the gemeente as soon as you can") and "pay back" in zin and "fine" in zin


@pytest.mark.parametrize("intent, text, niet", [
    # a boete or a verlaging that came already: that answer (bezwaar), not "report it now"
    ("maatregel", "ik heb een boete gekregen omdat ik vergeten was mijn werk door te geven, kan ik bezwaar maken",
     "utter_inlichtingenplicht_vergeten"),
    ("maatregel", "ik ben gekort omdat ik vergeten was door te geven dat ik op vakantie ging, wat nu",
     "utter_inlichtingenplicht_vergeten"),
    # the gemeente wants money back already: the terugvordering's answer
    ("inlichtingenplicht", "de gemeente wil 2500 euro terug omdat ik vergat mijn loon te melden, wat kan ik doen",
     "utter_inlichtingenplicht_vergeten"),
    # read as the maatregel with nothing forgotten: the maatregel's answer
    ("maatregel", "ik ben gekort omdat ik niet op een afspraak kwam, wat nu", "utter_inlichtingenplicht_vergeten"),
])
def test_a_sanction_or_claim_that_came_keeps_its_own_answer(intent, text, niet):
    assert responses(intent, text)[0] != niet


def test_the_maatregel_without_forgetting_stays_the_maatregel():
    assert responses("maatregel", "ik ben gekort omdat ik niet op een afspraak kwam, wat nu")[0].startswith(
        "utter_maatregel")


def test_a_claim_after_not_reporting_is_the_terugvordering():
    text = "de gemeente wil 2500 euro terug omdat ik vergat mijn loon te melden, wat kan ik doen"
    assert responses("inlichtingenplicht", text)[0].startswith("utter_terugvordering")


# --- s17: gifts: one period said for two amounts, and whether to report a gift under the limit ------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_years_of_ontheffing_had_and_a_new_baby_give_the_years_left():
    from actions.feiten_uit_bericht import participatie
    gevonden = participatie.ontheffing_totaal("ik heb al 2 jaar ontheffing gehad en nu heb ik een baby, hoe lang "
                                              "mag ik thuisblijven", DAG)
    maximum = knowledge.waarde("participatie.ontheffing_maximum_jaren", DAG)
    assert gevonden.response == "utter_participatieplicht_ontheffing_totaal"
    assert gevonden.waarden["ontheffing_jaren_over"] == str(int(maximum) - 2)


# --- s17: something not reported, 'wat gaat er nu gebeuren' (antwoorden_afstemmen_s17, read as the maatregel) ---------

@pytest.mark.parametrize("intent", ["maatregel", "inlichtingenplicht", "informeren", "stopgezet", "bezwaar",
                                    "bijverdienen", "terugvordering"])
@pytest.mark.parametrize("text", [
    "ik heb vergeten te melden dat ik drie weken heb gewerkt, wat gaat er nu gebeuren?",
    "mijn bijbaan van vorige maand heb ik niet gemeld. wat zal er dan gebeuren",
    "vergeten door te geven dat ik 6 weken bij de bakker heb gewerkt, wat kan er gebeuren",
])
def test_not_reported_and_what_will_happen_says_report_it_now(intent, text):
    assert responses(intent, text, "nl-je")[0] == "utter_inlichtingenplicht_vergeten"
    zin = eerste_tekst(intent, text, "nl-je")
    assert zin.startswith("Meld het zo snel mogelijk alsnog") and "terugbetalen" in zin


@pytest.mark.parametrize("intent, text, niet", [
    # time worked is no trip abroad: not 'weeks over the limit abroad' when read as a stop
    ("stopgezet", "ik heb twee maanden gewerkt en nu is mijn uitkering gestopt", "utter_buitenland"),
    # a trip abroad too long still is one
    ("stopgezet", "ik was 6 weken in marokko en nu is mijn bijstand gestopt", "utter_inlichtingenplicht_vergeten"),
    # a boete or a claim that came already: that topic's answer
    ("bezwaar", "ik heb een boete gekregen omdat ik vergeten was te melden dat ik werkte, wat gaat er nu gebeuren",
     "utter_inlichtingenplicht_vergeten"),
    ("terugvordering", "ik was vergeten mijn werk te melden, nu moet ik 2000 euro terugbetalen, wat gaat er gebeuren",
     "utter_inlichtingenplicht_vergeten"),
    # an ex who did not report while on bijstand together: the gezin's joint liability (art. 59)
    ("terugvordering", "mijn ex heeft niet gemeld dat hij werkte toen we samen bijstand hadden, wat gaat er nu gebeuren",
     "utter_inlichtingenplicht_vergeten"),
])
def test_guards_of_the_forgotten_report(intent, text, niet):
    assert not responses(intent, text, "nl-je")[0].startswith(niet)


# --- s18: duties: the day a twin reaches the ontheffing's age, care for a disabled child ------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_day_twins_reach_the_ontheffings_age_is_named():
    jaren = int(knowledge.waarde("participatie.ontheffing_kind_jonger_dan", DAG))
    gevonden = participatie.plichten(f"ik ben alleen met mijn tweeling van {jaren - 1}, ze worden 12 april {jaren}. "
                                     "hoe lang hoef ik nog niet te solliciteren", DAG, "participatieplicht")
    assert gevonden.response == "utter_participatieplicht_ontheffing_tot"
    assert gevonden.waarden["ontheffing_einde"] == "12 april 2027"
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden, "maanden_over_tekst": "4 maanden"}, DAG)
    assert tekst.startswith("Tot 12 april 2027.")


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_model_without_the_newer_text_gets_the_one_it_has():
    gevonden = participatie.Antwoord("utter_participatieplicht_ontheffing_tot", {"maanden_over": "4"})
    domein = {"responses": {TERUGVAL[gevonden.response]: []}}
    assert in_domein(gevonden, domein).response == "utter_participatieplicht_ontheffing_nog"
    assert in_domein(gevonden, DOMAIN).response == "utter_participatieplicht_ontheffing_tot"


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "mijn zoon van 9 heeft een zware handicap en heeft dag en nacht zorg nodig, ik ben alleenstaand. moet ik solliciteren",
    "ik heb een meervoudig gehandicapte dochter van 14, moet ik dan toch werken",
])
def test_care_for_a_disabled_child_names_the_ontheffing_for_care(text):
    gevonden = participatie.plichten(text, DAG, "participatieplicht")
    assert gevonden.response == "utter_participatieplicht_mantelzorg"
    tekst = tekst_op({"response": gevonden.response}, DAG)
    assert "ontheffing" in tekst and "beslist" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_disabled_child_under_the_ontheffings_age_keeps_the_single_parents_own_ontheffing():
    jaren = int(knowledge.waarde("participatie.ontheffing_kind_jonger_dan", DAG))
    gevonden = participatie.plichten(f"ik ben alleenstaande vader, mijn gehandicapte zoon is {jaren - 2}. moet ik werken",
                                     DAG, "participatieplicht")
    assert gevonden.response == "utter_participatieplicht_jong_kind"


# --- s18: a question read as another topic: the ontheffing asked in the norm form, the norm asked as a move -----------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_ontheffing_asked_in_the_norm_form_is_the_duties_answer():
    _, berichten, _ = start("norm_form", "ik ben alleenstaande vader met een dochter van 14. heb ik nog recht op "
                                         "vrijstelling")
    assert berichten[0]["response"] == "utter_participatieplicht_ontheffing_voorbij"


# --- s17 (English): second round: the ontheffing's years and its end, trips said without a verb, gifts across the year's end ---

def test_years_of_exemption_had_and_asked_again_give_the_total():
    gelezen = naar_nederlands("I got ontheffing for 3 years with my daughter. Now a new baby, single again. "
                              "can i have exemption again?")
    assert "ik heb 3 jaar ontheffing gehad" in gelezen and "ontheffing opnieuw" in gelezen
    naam, tekst = EN_DORP.form_eerste("plichten_form", "I got ontheffing for 3 years with my daughter. Now a new baby, single "
                                          "again. can i have exemption again?")
    assert naam == "utter_participatieplicht_ontheffing_totaal"
    assert "5 years in total" in tekst and "2 years more" in tekst  # art. 9a: at most 5 years in all


def test_he_turns_five_after_a_son_named_is_the_end_of_the_ontheffing():
    assert "mijn kind wordt in april 5" in naar_nederlands("my son is 4 and I have an exemption. he turns 5 in april, "
                                                          "then what")
    assert "wordt" not in naar_nederlands("my husband is 70. he turns 71 in april")  # only after a child
    naam, tekst = EN_DORP.form_eerste("plichten_form", "my son is 4 and I have an exemption. he turns 5 in april, then what")
    assert naam == "utter_participatieplicht_ontheffing_tot"  # the month said is named back (session 19)
    assert tekst.startswith("Until April 2027.") and "ends" in tekst


# --- s18 (English): an ontheffing and the youngest child's birth month: until the month the child is 5 ----------------

def test_an_ontheffing_with_the_childs_birth_month_says_the_month_it_ends():
    naam, tekst = EN_DORP.form_eerste("plichten_form", "I am a single dad with ontheffing. My little boy was born in June 2022. "
                                          "Until when do I keep the ontheffing?")
    assert naam == "utter_participatieplicht_ontheffing_tot"
    assert tekst.startswith("Until June 2027")


def test_a_birth_date_is_no_age_of_the_child_in_dutch():
    # "geboren op 14 mei 2022" was read as a child of 14: "de ontheffing stopt"
    naam, tekst = EN_DORP.form_eerste("plichten_form", "ik heb ontheffing, mijn dochter is geboren op 14 mei 2022. tot wanneer?",
                         "nl-je")
    assert naam == "utter_participatieplicht_ontheffing_tot" and tekst.startswith("Tot 14 mei 2027")


# --- s18 (English): plain English of the duties -----------------------------------------------------------------------

def test_a_single_parents_young_child_is_younger_than_5_years():
    naam, tekst = EN_DORP.form_eerste("plichten_form", "I raise my daughter of 2 alone. Must I look for a job?")
    assert naam == "utter_participatieplicht_jong_kind" and "younger than 5 years" in tekst


def test_the_general_duties_name_health_as_a_reason_for_ontheffing():
    from tests.actions.eerste_antwoord import DOMAIN
    en = next(v["text"] for v in DOMAIN["responses"]["utter_participatieplicht"]
              if v.get("condition", [{}])[0].get("value") == "en")
    assert "your health does not allow it" in en


def test_no_years_of_ontheffing_left_is_said_in_words():
    # session 17's leftover: "Then you can get at most 0 more years"
    naam, tekst = EN_DORP.form_eerste("plichten_form", "I got ontheffing for 5 years with my son. Now I have a baby girl. "
                                          "can i have exemption again?")
    assert naam == "utter_participatieplicht_ontheffing_totaal_op"
    assert "no years are left" in tekst and "0 more" not in tekst


def test_a_model_without_the_no_years_left_text_says_the_total_text():
    from actions.feiten_uit_bericht import Antwoord, in_domein
    oud = in_domein(Antwoord("utter_participatieplicht_ontheffing_totaal_op", {}),
                    {"responses": {"utter_participatieplicht_ontheffing_totaal": []}})
    assert oud.response == "utter_participatieplicht_ontheffing_totaal"


# --- s18 (English): a report forgotten: "what happen now" -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i forgot to tell them about my cleaning job, what happen now",
    "didnt report my new job in time, what happen?",
])
def test_what_happen_after_a_report_forgotten_is_report_it_now(text):
    naam, tekst = EN.eerste("maatregel", text)
    assert naam == "utter_inlichtingenplicht_vergeten"
    assert tekst.startswith("Report it to the gemeente as soon as you can")


# --- s8: texts: the article and "de gemeente beslist"; werk.nl; a new aanvraag after moving ---------------------------

@pytest.mark.parametrize("text, response, wet", [
    ("ik ben alleenstaande moeder van een kind van 9 moet ik werken", "utter_participatieplicht_kinderopvang",
     "wet_kinderopvang"),
    ("ik ben alleenstaande vader van een kind van 2 moet ik solliciteren", "utter_participatieplicht_jong_kind",
     "wet_ontheffing_jong_kind"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_childcare_answers_name_their_article(text, response, wet, variant):
    eerste = antwoord("participatieplicht", text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == response
    zin = tekst_6(eerste, variant)
    assert FEITEN_6[wet] in zin and "beslist" in zin


def test_the_childcare_answer_says_what_must_be_arranged_first():
    zin = tekst_6(antwoord("participatieplicht", "ik ben alleenstaande moeder van een kind van 9 moet ik werken",
                         PEILDATUM_6)[0])
    assert "kinderopvang" in zin and "school" in zin and "geregeld" in zin


# --- s9: how high and how long a verlaging is -------------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("maatregel", "hoeveel kunnen ze korten als ik een baan weiger"),
    ("maatregel", "hoe lang duurt een maatregel"),
    ("participatieplicht", "hoeveel word ik gekort als ik niet solliciteer"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_how_high_a_verlaging_is_says_the_percentage_and_the_months(intent, text, variant):
    eerste = antwoord(intent, text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_maatregel_hoogte"
    zin = tekst_6(eerste, variant)
    assert FEITEN_6["maatregel_percentage"] in zin
    assert f"{FEITEN_6['maatregel_duur_min_maanden']} tot {FEITEN_6['maatregel_duur_max_maanden']} maanden" in zin
    assert "beslist" in zin and "bezwaar" in zin and FEITEN_6["wet_maatregel"] in zin


def test_a_cut_already_given_keeps_the_maatregel_answer():
    assert OP_6.responses("maatregel", "ik ben gekort omdat ik niet op gesprek was, mag dat zomaar")[0] == "utter_maatregel"


def test_the_facts_of_a_verlaging_come_from_the_parameters():
    assert FEITEN_6["maatregel_percentage"] == f"{knowledge.waarde('maatregel.percentage', DAG_6)}%"
    assert FEITEN_6["maatregel_duur_max_maanden"] == str(knowledge.waarde("maatregel.duur_maximum_maanden", DAG_6))


# --- s9: care for a parent, said after the age ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ik ben 41 en zorg elke dag voor mijn vader met dementie moet ik dan toch werk zoeken",
                                  "voor mijn zieke moeder zorg ik elke dag, moet ik solliciteren"])
def test_care_for_a_parent_said_after_the_age_gets_the_mantelzorg_answer(text):
    _, berichten, _ = OP_6.start("plichten_form", text)
    assert berichten[0]["response"] == "utter_participatieplicht_mantelzorg"


def test_someone_else_who_gives_care_is_not_the_persons_care():
    from actions.feiten_uit_bericht import mantelzorg_uit_bericht
    assert mantelzorg_uit_bericht("mijn zus woont bij mij en zorgt voor mijn moeder", DAG_6) is None


# --- s10: texts that say what was asked -------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_verlaging_names_verwijtbaar(variant):
    assert "verwijtbaar" in _tekst("utter_maatregel", variant)


# --- s10: stopped because of the address; a terugvordering for the ex's unreported work -------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_verlaging_for_not_applying_is_called_a_maatregel(variant):
    assert "maatregel" in _tekst("utter_maatregel_hoogte", variant)


# --- s10: the AOW age next year; the months left of the ontheffing for a young child ----------------------------------

def test_the_plichten_form_says_it_first_too():
    _, said, _ = OP_6.start("plichten_form", "ik word volgend jaar 67, moet ik dan nog steeds solliciteren en wie betaalt dan")
    assert said[0]["response"] == "utter_aow_aio_jonger"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_months_left_of_the_ontheffing_for_a_young_child(variant):
    text = ("mijn jongste is 4 jaar en 10 maanden en ik heb als alleenstaande moeder ontheffing van de "
            "sollicitatieplicht. hoe lang heb ik die nog?")
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", DAG_6)
    _, said, _ = OP_6.start("plichten_form", text)
    assert said[0]["response"] == "utter_participatieplicht_ontheffing_nog"
    assert said[0]["maanden_over"] == str(int(grens) * 12 - (4 * 12 + 10))
    zin = tekst_6(said[0], variant)
    assert f"{grens} jaar" in zin and "beslist" in zin
    assert OP_6.responses("participatieplicht", text, variant)[0] == "utter_participatieplicht_ontheffing_nog"


ONTHEFFING_VOORBIJ = [
    "mijn dochter is gisteren 5 jaar geworden en ik had vrijstelling van solliciteren als alleenstaande ouder, geldt die nog",
    "ik heb ontheffing want ik ben alleen met mijn zoontje maar hij wordt morgen 5, wat nu",
    "alleenstaande vader, de kleine is net 6, loopt mijn ontheffing nog door?",
]


# --- s11: a single parent's ontheffing ends when the youngest reaches its age -----------------------------------------

@pytest.mark.parametrize("text", ONTHEFFING_VOORBIJ)
@pytest.mark.parametrize("intent", ["participatieplicht", "bereken_plichten"])
def test_an_ontheffing_whose_child_reached_the_age_ends(intent, text):
    eerste = eerste_bericht(intent, text)
    assert eerste["response"] == "utter_participatieplicht_ontheffing_voorbij"
    zin = tekst_op(eerste, DAG_6, "nl-je")
    assert "stopt" in zin and f"{FEITEN_6['ontheffing_kind_leeftijd']} jaar" in zin


def test_a_child_under_the_age_keeps_the_ontheffing_answer():
    namen = OP_6.responses("participatieplicht", "ik heb ontheffing als alleenstaande moeder, mijn jongste is 3, blijft dat")
    assert "utter_participatieplicht_ontheffing_voorbij" not in namen


VERGISSEN = [
    "heb ik nu al recht op vergissen als ik iets vergeet door te geven",
    "wanneer gaat de wet handhaving sociale zekerheid in",
    "krijg ik geen boete meer door het recht op fouten maken?",
]


# --- s13: the recht op vergissen: a bill, not in force ----------------------------------------------------------------

@pytest.mark.parametrize("text", VERGISSEN)
@pytest.mark.parametrize("intent", ["terugvordering", "inlichtingenplicht", "informeren"])
def test_the_recht_op_vergissen_is_not_in_force(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_terugvordering_vergissen"
    zin = OP_6.eerste_tekst(intent, text)
    assert zin.startswith("Nog niet.") and "wetsvoorstel" in zin and "36785" in zin


# --- s13: questions that had only the general text: each kind gets its own answer -------------------------------------

def test_ontheffing_for_a_new_child_is_only_the_years_left():
    gevonden = feiten_uit_bericht.plichten("ik had 2 jaar ontheffing voor mijn zoon, nu weer een kindje, weer 5 jaar?",
                                           DAG_6, "participatieplicht")
    maximum = int(waarde_6("participatie.ontheffing_maximum_jaren"))
    assert gevonden.response == "utter_participatieplicht_ontheffing_totaal"
    assert gevonden.waarden["ontheffing_jaren_over"] == str(maximum - 2)


# --- s15 (English): the duties and a young child ----------------------------------------------------------------------

def test_the_youngest_turning_five_later_is_the_months_of_ontheffing_left():
    assert "mijn jongste wordt in " in naar_nederlands("my youngest turns 5 in April 2027, what about my duties then")
    naam, tekst = EN_DORP.form_eerste("plichten_form", "my youngest turns 5 in April 2027, what about my duties then")
    assert naam == "utter_participatieplicht_ontheffing_tot"  # the month said is named back (session 19)
    assert tekst.startswith("Until April 2027.")
    assert "4 months more" in tekst and "ends" in tekst  # the number with its unit (actions/aantallen.py)


def test_the_ontheffing_asked_for_a_young_child():
    naam, tekst = EN_DORP.form_eerste("plichten_form", "my daughter is 2, can I get an exemption from applying, for how long")
    assert naam == "utter_participatieplicht_jong_kind"
    assert "younger than 5" in tekst


def test_a_couple_asking_the_ontheffing_keeps_the_couples_answer():
    naam, _ = EN_DORP.form_eerste("plichten_form", "we are married, our son is 3, can I get an exemption")
    assert naam.startswith("utter_participatieplicht_stel_jong_kind")


def test_until_when_the_duties_hold_at_64():
    naam, tekst = EN_DORP.form_eerste("plichten_form", "I'm 65, when may I stop looking for work")
    assert naam == "utter_participatieplicht_jonger"
    assert "67" in tekst


# --- s15 (English): the duties asked, read as a trip or as the young people's topic -----------------------------------

@pytest.mark.parametrize("intent, text, naam", [
    ("jongeren", "I'm 63, until when must I keep applying for jobs?", "utter_participatieplicht_jonger"),
    ("buitenland", "my daughter is 3, I want an exemption from work, for how long?", "utter_participatieplicht_jong_kind"),
])
def test_the_duties_asked_read_as_another_topic(intent, text, naam):
    assert antwoord(intent, text, PEILDATUM, "en")[0]["response"] == naam


@pytest.mark.parametrize("intent, text", [
    ("jongeren", "I'm 22, do I have to do job applications too?"),
    ("buitenland", "can I get an exemption to stay in Morocco 6 weeks?"),
])
def test_a_young_persons_duties_and_a_trip_keep_their_topic(intent, text):
    assert not antwoord(intent, text, PEILDATUM, "en")[0]["response"].startswith("utter_participatieplicht")


def test_a_son_turning_27_is_no_childs_later_birthday():
    # session 18: read as the Dutch say it ("wordt in februari 27": a housemate who will count, the norm now and
    # from that day), which is no young child's birthday for the ontheffing
    assert naar_nederlands("my son turns 27 in february and lives with me") == "mijn zoon wordt in februari 27 en woont bij mij"
    assert "mijn kind wordt" not in naar_nederlands("my son turns 27 in february and lives with me")


# --- s16 (English): the ontheffing for twins --------------------------------------------------------------------------

def test_twins_with_years_and_free_from_the_duty_to_apply():
    assert "vrijstelling van" in naar_nederlands("can I be released from the sollicitatieplicht")
    naam, tekst = EN_DORP.form_eerste("plichten_form", "Single mum with twins of 3 years old. Can I get free from sollicitatieplicht?")
    assert naam == "utter_participatieplicht_jong_kind"
    assert "5" in tekst


# --- s9 (English): answers the English texts now give -----------------------------------------------------------------

def test_under_the_aow_age_the_duties_still_hold():
    berichten = EN_6.begin_namen("plichten_form", "I am 66 and 4 months old, still werkplicht?")
    assert berichten[0] == "utter_participatieplicht_jonger"
    assert EN_6.begin_namen("plichten_form", "I am 35, what are my duties")[0] == "utter_participatieplicht"
    assert EN_6.begin_namen("plichten_form", "I look after my father with dementia every day, I am 52, do I still "
                                             "have to apply for work?")[0] == "utter_participatieplicht_mantelzorg"


def test_the_duties_answer_names_the_aow_age():
    berichten = antwoord("participatieplicht", "I am 66, do I still have to apply for jobs", PEILDATUM_6, "en")
    tekst = tekst_op(berichten[0], DAG_6, "en")
    assert tekst.startswith("Yes.") and "67" in tekst


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_twins_are_two_children_of_that_age():
    assert "twee kinderen van 10 en 10" in naar_nederlands("single dad with twins of 10")
    said = form_berichten_en_6("plichten_form", "single dad with twins of 10, must i work fulltime now")
    assert said[0]["response"] == "utter_participatieplicht_kinderopvang"


@pytest.mark.parametrize("english", ["what happens if I refuse a job",
                                     "what happens if I dont do what they ask, like solliciteren",
                                     "what will happen if I don't show up at the appointment for work"])
def test_not_doing_a_duty_gets_how_high_and_how_long_the_cut_is(english):
    assert EN_6.naam("participatieplicht", english) == "utter_maatregel_hoogte"
    assert EN_6.naam("participatieplicht", "what are my duties on bijstand") != "utter_maatregel_hoogte"


def test_what_replaces_the_tegenprestatie_in_2027_is_maatschappelijke_participatie():
    said = antwoord("participatieplicht", "what replaces the tegenprestatie in 2027", PEILDATUM_6, "en")
    assert said[0]["response"] == "utter_participatieplicht_2027"
    assert "maatschappelijke participatie" in tekst_op(said[0], DAG_6, "en")
    assert EN_6.naam("participatieplicht", "wat komt er in plaats van de tegenprestatie", "nl-u") == \
        "utter_participatieplicht_2027"
    assert EN_6.naam("participatieplicht", "can the tegenprestatie replace my paid job") != "utter_participatieplicht_2027"


def test_the_duties_asked_of_someone_under_the_aow_age_read_as_the_aow():
    assert EN_6.naam("aow_aio", "I am 66 and 4 months old, still werkplicht?") == "utter_participatieplicht_jonger"
    assert EN_6.naam("aow_aio", "I came to NL at 50 so my AOW will be small, can I get extra") != \
        "utter_participatieplicht_jonger"


# --- s11 (English): something not reported ----------------------------------------------------------------------------

@pytest.mark.parametrize("form, text, variant", [
    ("verblijf_buitenland_form", "i forgot to report that i had a job for 3 weeks in august, will i get a fine", "en"),
    ("bijverdienen_form", "I never told the gemeente about my 300 euro wage in May, is that a problem?", "en"),
    ("bijverdienen_form", "ik ben vergeten te melden dat ik in mei 2 weken gewerkt heb, krijg ik een boete", "nl-je"),
])
def test_something_not_reported_gets_the_duty_to_inform(form, text, variant):
    said = form_berichten_en_6(form, text, variant)
    assert said and said[0]["response"] == "utter_inlichtingenplicht_vergeten"


# --- s12 (English): other topics --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["single mom, my youngest is 2, must I apply for jobs",
                                  "single dad here, our youngest one is 4. do I have to work"])
def test_the_youngest_childs_age_is_a_childs(text):
    assert form_namen_en_6("plichten_form", text)[0] == "utter_participatieplicht_jong_kind"


# --- s19: duties: a couple on bijstand together with young children; the tegenprestatie asked with an age -------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_together_on_bijstand_with_toddlers_keeps_the_duties():
    assert parse.leefsituatie("we zitten samen in de bijstand met 2 kindjes van 1 en 3") == "gehuwden"
    assert [m.leeftijd for m in parse.medebewoners("we zitten samen in de bijstand met 2 kindjes van 1 en 3")] == [1, 3]
    _, berichten, _ = start("plichten_form", "we zitten samen in de bijstand met 2 kindjes van 1 en 3, moeten we "
                                             "allebei werk zoeken?")
    assert berichten[0]["response"] == "utter_participatieplicht_stel_jong_kind"


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_tegenprestatie_asked_with_an_own_age_says_yes_it_can():
    _, berichten, _ = start("plichten_form", "ik ben 22 en woon op mezelf, moet ik ook een tegenprestatie doen")
    assert berichten[0]["response"] == "utter_participatieplicht_tegenprestatie"
    assert tekst_op(berichten[0], DAG).startswith("Ja")


# --- s19: the duties asked, read as the norm --------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_duties_asked_in_the_norm_form_get_the_duties():
    _, berichten, _ = start("norm_form", "we zijn samen in de bijstand met een zoontje van 2, hoeven we dan niet te "
                                         "solliciteren?")
    assert berichten[0]["response"] == "utter_participatieplicht_stel_jong_kind"


@pytest.mark.usefixtures("voorbeelddorp")
def test_an_amount_asked_beside_the_duties_stays_the_norm():
    _, berichten, _ = start("norm_form", "we zijn samen in de bijstand met een zoontje van 2, moeten we werken en "
                                         "hoeveel krijgen we")
    assert berichten[0]["response"] != "utter_participatieplicht_stel_jong_kind"


# --- s19 (English): ontheffing: a month named, twins, the years had and left ------------------------------------------

@pytest.mark.parametrize("text, einde", [
    ("my only daughter turns 5 in april 2027, i have ontheffing. until when does it hold", "Until April 2027."),
    ("our twins turn 5 on 3 february 2027, i'm alone with them and have ontheffing. until when?", "Until 3 February 2027."),
])
def test_the_month_a_child_turns_5_is_when_the_ontheffing_ends(text, einde):
    naam, tekst = EN.eerste("participatieplicht", text)
    assert naam == "utter_participatieplicht_ontheffing_tot"
    assert tekst.startswith(einde)


def test_the_dutch_says_the_month_too():
    naam, tekst = EN.eerste("participatieplicht", "mijn jongste wordt in april 5, ik heb ontheffing. tot wanneer?", "nl-u")
    assert naam == "utter_participatieplicht_ontheffing_tot"
    assert tekst.startswith("Tot april 2027.")


@pytest.mark.parametrize("text, over", [
    ("i had ontheffing 3 years for my son, now i have a baby girl and i'm alone. how long can i get it again", "2 years more"),
    ("i had 4 years of ontheffing for my first child, now a new baby. could i have it again", "1 year more"),
])
def test_the_years_of_ontheffing_left_carry_their_unit(text, over):
    naam, tekst = EN.eerste("participatieplicht", text)
    assert naam == "utter_participatieplicht_ontheffing_totaal"
    assert over in tekst and "more years" not in tekst


# --- s19 (English): gifts: exactly the limit, a total said beside a monthly gift, 'whats our bijstand' ----------------

@pytest.mark.parametrize("text", ["single mum of twins, they are 3 years old. must i apply for jobs?",
                                  "alone with my twins who are 1, do i have to solliciteren"])
def test_twins_said_with_they_are_are_two_young_children(text):
    assert EN.eerste("participatieplicht", text)[0] == "utter_participatieplicht_jong_kind"


# --- s19 (English): what the gemeente gets from the registers itself: 'Usually not', as the Dutch ---------------------

@pytest.mark.parametrize("intent", ["inlichtingenplicht", "verhuizen"])
@pytest.mark.parametrize("text", [
    "must i tell the gemeente my new address too, they already have it from the brp",
    "my address is already in the brp, do i still need to report the move",
    "do i need to report my marriage or does the municipality know it already from the register",
    "must i report my new address, they can look it up themselves",
    "do i need to tell them i moved, they can see it in the brp",
])
def test_what_the_registers_hold_need_not_be_reported_again(intent, text):
    naam, tekst = EN.eerste(intent, text)
    assert naam == "utter_inlichtingenplicht_al_bekend"
    assert tekst.startswith("Usually not.") and "BRP" in tekst


@pytest.mark.parametrize("text", [
    "the gemeente already knows i work, must i still report my wage",  # wages: report as the gemeente asks
    "do i have to tell them about my new job",
    "they can check my bank account, do i still have to report my savings",  # savings: no fact of the BRP
])
def test_wages_or_a_plain_question_keep_the_duty_to_report_en(text):
    assert EN.eerste("inlichtingenplicht", text)[0] != "utter_inlichtingenplicht_al_bekend"


# --- s5: other facts that decide the answer ---------------------------------------------------------------------------

def test_fully_unable_to_work_has_no_work_duties():
    assert OP_5.naam("participatieplicht", "ik ben 45 en volledig arbeidsongeschikt verklaard, welke plichten heb ik") \
        == "utter_participatieplicht_arbeidsongeschikt"


def test_registering_at_the_uwv_is_a_duty_not_the_application():
    assert OP_5.naam("aanvraag", "moet ik me inschrijven bij het uwv als ik bijstand heb") == "utter_participatieplicht"


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_caring_for_ones_own_baby_is_no_mantelzorg():
    """'who takes care of my baby' asked by a parent on their own: the young child's ontheffing, not the
    mantelzorg answer (that is for care of a sick or old person)."""
    berichten = EN_6.begin_namen("plichten_form", "My husband left me, I am 30 with a baby of 10 months, my sister "
                                                  "helps sometimes. Who takes care of my baby if I must work?")
    assert berichten and berichten[0] == "utter_participatieplicht_jong_kind"


# --- s7: earning: the bijstand left, hours with their own week, volunteering, a premie --------------------------------

def test_unpaid_work_of_the_gemeente_is_the_tegenprestatie():
    assert "tegenprestatie" in tekst_6(OP_6.bericht("participatieplicht", "moet ik ook onbetaald werk doen van de gemeente"))


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_mantelzorg_asked_as_work_gets_the_duties_with_care():
    bericht = OP_6.bericht("bijverdienen", "telt mantelzorg als werk voor de bijstand")
    assert bericht["response"] == "utter_participatieplicht_mantelzorg" and "niet" in tekst_6(bericht)


# --- s20: a single parent's youngest child by birth month; a course asked with a young child --------------------------

def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "ik ben alleenstaande moeder, mijn jongste is geboren in juni 2023. moet ik nu al solliciteren?",
    "Ik ben alleenstaande vader en mijn dochter is geboren op 3 maart 2024. Moet ik werken?",
    "alleenstaande ouder hier, zoontje geboren in januari 2025, moet ik solliciteren",
])
def test_a_single_parents_youngest_by_birth_month_is_a_young_child(text):
    naam, tekst = _eerste_form("plichten_form", text)
    assert naam == "utter_participatieplicht_jong_kind"
    assert "5 jaar" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "moet ik met 3 kinderen onder de 4 echt naar een re-integratie cursus? ik ben alleen",
    "ik ben alleenstaande moeder van een zoon van 3, moet ik naar een cursus van de gemeente?",
    "ik ben alleen met 2 kids van 1 en 3, de gemeente stuurt me naar een traject, mag dat?",
    "Alleenstaande vader, dochter van 2. Ben ik verplicht om een opleiding te doen?",
])
def test_a_course_asked_with_a_young_child_stays_a_duty(text):
    naam, tekst = _eerste_form("plichten_form", text)
    assert naam == "utter_participatieplicht_jong_kind_scholing"
    assert tekst.startswith("Ja") and "plan van aanpak" in tekst


def test_children_under_an_age_are_read_as_younger():
    assert [m.leeftijd for m in parse.medebewoners("ik heb 3 kinderen onder de 4")] == [3, 3, 3]


# --- s6: the duties form past the AOW age; volunteering read as the duties --------------------------------------------

def test_past_the_aow_age_the_plichten_form_asks_no_ability_to_work_or_care():
    _, _, open_vragen = OP_6.start("plichten_form", "ik ben 68, welke plichten heb ik nog")
    assert open_vragen == ["leefsituatie", "bevestigd"]


def test_volunteering_read_as_the_duties_gets_the_volunteering_answer():
    said = antwoord("participatieplicht", "mag je vrijwilligerswerk doen als je bijstand hebt", PEILDATUM_6)
    assert said[0]["response"] == "utter_vrijwilligerswerk"


# --- s21: "moet ik ook al solliciteren" at 18-20 is answered yes, with the age ----------------------------------------

# afstemmen_s21b 'ik ben 19 en heb net bijstand, moet ik ook al solliciteren?' got the general duties.

@pytest.mark.parametrize("intent, text, leeftijd", [
    ("bereken_plichten", "ik ben 19 en heb net bijstand, moet ik ook al solliciteren?", "19"),
    ("bereken_plichten", "ben 18, moet ik nu al werk zoeken?", "18"),
    ("participatieplicht", "ik ben 20 en krijg sinds vorige week bijstand, moet ik meteen solliciteren", "20"),
    ("jongeren", "ik ben 19 en heb net bijstand, moet ik ook al solliciteren?", "19"),
    ("jongeren", "ben 22, moet ik meteen werk zoeken als ik bijstand krijg?", "22"),
])
def test_s21_al_solliciteren(intent, text, leeftijd):
    if intent == "bereken_plichten":
        naam, tekst = JE_8.form_eerste("plichten_form", text)
    else:
        naam, tekst = JE_8.eerste(intent, text)
    assert naam.endswith("_jonger") and tekst.startswith(f"Ja. Je bent {leeftijd} jaar."), (naam, tekst)


def test_s21_jongeren_zonder_sollicitatievraag():
    assert JE_8.naam("jongeren", "ik ben 23 en wil bijstand aanvragen, krijg ik meteen geld") == \
        "utter_jongeren_onder_leeftijd"


# --- s21 (English): 'how many more years can i get ontheffing' after years already had asks the years left ------------

@pytest.mark.parametrize("text, over", [
    ("i had ontheffing 3 years with my first kid. now new baby of 1 year, alone with kids. how many more years can i get "
     "ontheffing", "2 years"),
    ("I have had 4 years exemption for my daughter, now a baby again. how much longer can I get exemption?", "1 year"),
    ("single dad, had 2 years ontheffing before, new child of 6 months. how long more can i have ontheffing", "3 years"),
])
def test_the_years_of_ontheffing_left(text, over):
    naam, tekst = EN_8.form_eerste("plichten_form", text)
    assert naam == "utter_participatieplicht_ontheffing_totaal" and f"at most {over} more" in tekst


def test_how_long_alone_stays_hoe_lang():
    assert engels.naar_nederlands("how long does it take") == "hoe lang does it take"
    assert engels.naar_nederlands("how many more years can i get it").startswith("hoe lang nog")


def test_a_givers_give_keeps_its_adverb():
    assert engels.naar_nederlands("how much can my dad still give me this year") == \
        "hoeveel can mijn vader nog geeft me dit jaar"
    assert engels.naar_nederlands("my mother give me 100 euro") == "mijn moeder geeft me 100 euro"
