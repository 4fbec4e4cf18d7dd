"""Answer first with the person's own facts, session 18, money and the calculators (issue #20; H3). Messages are new
ones of each kind (none is a set's message); every amount the tests expect is computed by knowledge/, never typed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import parse
from actions.context import met_eigen_partner
from actions.feiten_uit_bericht import (TERUGVAL, in_domein, keer_gekregen, participatie, reizen,
                                        start_werk)
from tests.actions.eerste_antwoord import DOMAIN, OpPeildatum, geld, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"

start = OpPeildatum(PEILDATUM, GEMEENTE).start


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


def normuit(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, **invoer})


def grens() -> Decimal:
    return Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", DAG)))


# --- 1. a monthly gift counted by the person so far this year ---------------------------------------------------------

def test_the_times_a_monthly_gift_came_so_far_count_not_the_whole_year():
    gift = parse.Bedrag(Decimal(175), "maand")
    assert keer_gekregen("mijn tante geeft me sinds februari 175 per maand, dat is nu al 10 keer", gift, DAG) == 10
    assert keer_gekregen("mn broer betaalt 175 per maand, dus nu 2 maanden", gift, DAG) == 2
    # the months in the bijstand are not the gift's
    assert keer_gekregen("ik zit nu 3 maanden in de bijstand en mijn moeder geeft 175 per maand", gift, DAG) is None
    assert keer_gekregen("mijn moeder geeft me 175 per maand", gift, DAG) is None


def test_a_monthly_gift_over_the_limit_by_what_came_so_far():
    _, berichten, _ = start("giften_form", "mijn opa maakt sinds januari 160 euro per maand over, nu 11 maanden. "
                                           "is dat te veel?")
    over = Decimal(160) * 11 - grens()
    assert berichten[0]["response"] == "utter_giften_eerst_boven"
    assert berichten[0]["gift_boven_grens"] == geld(over)


def test_a_monthly_gift_under_the_limit_so_far_with_its_start_before_the_amount_and_the_room_left():
    _, berichten, _ = start("giften_form", "mijn zus betaalt sinds oktober mijn energierekening, 300 per maand, dus "
                                           "nu 2 maanden. is dat een gift?")
    assert berichten[0]["response"].startswith("utter_giften_eerst_binnen")
    assert berichten[0]["gift_per_jaar"] == geld(Decimal(600))
    assert berichten[0]["gift_ruimte"] == geld(grens() - 600)


# --- 2. who lives with the person, read where it was missed -----------------------------------------------------------

def test_a_bare_man_or_vrouw_that_opens_the_message_beside_an_own_age_is_the_partner():
    assert met_eigen_partner("vrouw is 70 en ik ben 63, wat krijgen we") == "mijn vrouw is 70 en ik ben 63, wat krijgen we"
    assert met_eigen_partner("man van 40 woont bij mij in") == "man van 40 woont bij mij in"  # no own age: a lodger?


def test_a_couple_with_one_past_the_aow_age_said_with_a_bare_man_gets_the_svb():
    _, berichten, _ = start("norm_form", "man is 69 en ik ben 58, wat is onze bijstand samen")
    assert berichten[0]["response"].startswith("utter_aow_aio")
    assert "SVB" in tekst_op(berichten[0], DAG)


def test_people_named_again_with_their_ages_are_not_counted_twice():
    gevonden = parse.medebewoners("ik deel een huis met 2 anderen, geen familie. de anderen zijn 34 en 47")
    assert sorted(m.leeftijd for m in gevonden) == [34, 47]
    ouders = parse.medebewoners("we wonen in bij zijn ouders (beide ouders rond de 60)")
    assert [m.leeftijd for m in ouders] == [60, 60]
    assert parse.medebewoners("ik woon alleen en wil net als anderen gewoon werken") == []


def test_who_told_the_person_something_is_no_housemate():
    gevonden = parse.medebewoners("ik ben 44. mijn vriendin zegt dat ik minder krijg omdat mijn neef van 31 bij mij woont")
    assert gevonden == [parse.Medebewoner(31, "anders")]
    assert parse.medebewoners("ik woon alleen, een collega van me zei dat ik nu minder krijg") == []
    assert parse.medebewoners("mijn dochter van 29 zegt dat ze niet meetelt") == [parse.Medebewoner(29, "kind")]


def test_a_comparison_is_nobody_who_lives_there():
    gevonden = parse.medebewoners("mijn broer van 40 huurt een kamer, met een contract zoals bij een kamerhuurder")
    assert gevonden == [parse.Medebewoner(40, "anders")]


def test_a_sister_renting_a_room_with_a_contract_still_counts():
    _, berichten, _ = start("norm_form", "ik ben 39 en mijn zus van 30 huurt een kamer bij mij met een contract zoals "
                                         "bij een gewone huurder, hoeveel bijstand krijg ik")
    uit = normuit(leeftijd=39, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 30, "relatie": "anders"}])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


def test_three_co_tenants_named_again_with_their_ages_give_the_kostendelersnorm():
    _, berichten, _ = start("norm_form", "ik ben 50 en huur met 3 anderen een woning, geen familie. de anderen zijn "
                                         "29, 38 en 61. hoeveel bijstand krijg ik")
    uit = normuit(leeftijd=50, leefsituatie="alleenstaande",
                  medebewoners=[{"leeftijd": j, "relatie": "anders"} for j in (29, 38, 61)])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


# --- 3. a single parent whose first months of the vrijlating are over -------------------------------------------------

def test_the_first_months_of_the_vrijlating_over_is_a_start_of_work_before_them():
    maanden = int(knowledge.waarde("vrijlating_31_2_n.maanden", DAG))
    gevonden = start_werk(f"de eerste {maanden} maanden zijn voorbij, ik verdien 900", DAG)
    assert gevonden is not None and (DAG.year - gevonden.year) * 12 + DAG.month - gevonden.month > maanden


def test_a_single_parent_after_the_first_months_gets_the_single_parents_share():
    maanden = int(knowledge.waarde("vrijlating_31_2_n.maanden", DAG))
    _, berichten, _ = start("bijverdienen_form", f"ik ben alleenstaande moeder (dochter 8) en de eerste {maanden} "
                                                 "maanden zijn om. ik verdien 1500 netto, wat mag ik houden")
    maximum = Decimal(str(knowledge.waarde("vrijlating_31_2_r.maximum", DAG)))
    deel = Decimal(str(knowledge.waarde("vrijlating_31_2_r.percentage", DAG))) * 1500 / 100
    assert geld(min(maximum, deel)) in tekst_op(berichten[0], DAG)


# --- 4. duties: the day a twin reaches the ontheffing's age, care for a disabled child --------------------------------

def test_the_day_twins_reach_the_ontheffings_age_is_named():
    jaren = int(knowledge.waarde("participatie.ontheffing_kind_jonger_dan", DAG))
    gevonden = participatie.plichten(f"ik ben alleen met mijn tweeling van {jaren - 1}, ze worden 12 april {jaren}. "
                                     "hoe lang hoef ik nog niet te solliciteren", DAG, "participatieplicht")
    assert gevonden.response == "utter_participatieplicht_ontheffing_tot"
    assert gevonden.waarden["ontheffing_einde"] == "12 april 2027"
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden, "maanden_over_tekst": "4 maanden"}, DAG)
    assert tekst.startswith("Tot 12 april 2027.")


def test_a_model_without_the_newer_text_gets_the_one_it_has():
    gevonden = participatie.Antwoord("utter_participatieplicht_ontheffing_tot", {"maanden_over": "4"})
    domein = {"responses": {TERUGVAL[gevonden.response]: []}}
    assert in_domein(gevonden, domein).response == "utter_participatieplicht_ontheffing_nog"
    assert in_domein(gevonden, DOMAIN).response == "utter_participatieplicht_ontheffing_tot"


@pytest.mark.parametrize("text", [
    "mijn zoon van 9 heeft een zware handicap en heeft dag en nacht zorg nodig, ik ben alleenstaand. moet ik solliciteren",
    "ik heb een meervoudig gehandicapte dochter van 14, moet ik dan toch werken",
])
def test_care_for_a_disabled_child_names_the_ontheffing_for_care(text):
    gevonden = participatie.plichten(text, DAG, "participatieplicht")
    assert gevonden.response == "utter_participatieplicht_mantelzorg"
    tekst = tekst_op({"response": gevonden.response}, DAG)
    assert "ontheffing" in tekst and "beslist" in tekst


def test_a_disabled_child_under_the_ontheffings_age_keeps_the_single_parents_own_ontheffing():
    jaren = int(knowledge.waarde("participatie.ontheffing_kind_jonger_dan", DAG))
    gevonden = participatie.plichten(f"ik ben alleenstaande vader, mijn gehandicapte zoon is {jaren - 2}. moet ik werken",
                                     DAG, "participatieplicht")
    assert gevonden.response == "utter_participatieplicht_jong_kind"


# --- 5. trips: days not used go on to no next year; a partner's age said with "ook" ----------------------------------

@pytest.mark.parametrize("text", [
    "ik was dit jaar maar 10 dagen weg. mag ik in maart 2027 de 4 weken plus de 18 dagen van dit jaar",
    "kan ik de weken die ik niet gebruikt heb meenemen naar volgend jaar",
])
def test_days_not_used_do_not_go_on_to_next_year(text):
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_dagen_niet_mee"
    tekst = tekst_op({"response": gevonden.response}, DAG)
    weken = str(int(knowledge.waarde("buitenland.weken_per_jaar", DAG)))
    assert tekst.startswith("Nee, dat kan niet.") and f"hoogstens {weken} weken" in tekst


def test_a_partner_of_the_same_age_said_with_ook_and_weeks_are_no_age():
    assert reizen.partner_reist_mee("ik ben 71 en mijn man ook, we willen samen 9 weken naar aruba", DAG) == 71
    assert reizen.partner_reist_mee("ik ben 70, mijn vrouw en ik willen 6 weken naar ghana", DAG) is None
    gevonden = reizen.buitenland("ik ben 70, mijn vrouw en ik willen 6 weken naar ghana", DAG,
                                 "bereken_verblijf_buitenland")
    assert gevonden is not None and "aio" in gevonden.response


# --- 6. the source of a young couple's norm is art. 20 ----------------------------------------------------------------

def test_a_young_couples_norm_cites_article_20():
    tekst = tekst_op({"response": "utter_bijstandsnorm_stel_jong", "norm_eigen": "€ 1"}, DAG)
    assert "artikel 20" in tekst and "artikel 21 onder b" not in tekst


# --- 7. a question read as another topic: the ontheffing asked in the norm form, the norm asked as a move -------------

def test_an_ontheffing_asked_in_the_norm_form_is_the_duties_answer():
    _, berichten, _ = start("norm_form", "ik ben alleenstaande vader met een dochter van 14. heb ik nog recht op "
                                         "vrijstelling")
    assert berichten[0]["response"] == "utter_participatieplicht_ontheffing_voorbij"


def test_an_own_age_and_the_amount_asked_without_a_move_is_the_norm():
    from tests.actions.eerste_antwoord import antwoord_namen
    jong = knowledge.waarde("leeftijd.volwassenennorm", DAG) - 1
    assert antwoord_namen("verhuizen", f"{jong}jr, woon nog thuis, hoeveel krijg ik", PEILDATUM,
                          "nl-u")[0] != "utter_verhuizen"
    assert antwoord_namen("verhuizen", "ik ben 30 en ga verhuizen naar zwolle, hoeveel krijg ik daar", PEILDATUM,
                          "nl-u")[0] == "utter_verhuizen"


# --- 8. alimentatie beside a gift in the gift form: both answered, the gift goes on -----------------------------------

def test_alimentatie_beside_a_gift_answers_both_and_the_gift_goes_on():
    slots, berichten, vragen = start("giften_form", "ik krijg 200 partneralimentatie en mijn oom geeft me 40 per maand, "
                                                    "mag ik dat allebei houden")
    assert [b["response"] for b in berichten][0].startswith("utter_alimentatie")
    assert berichten[1]["response"].startswith("utter_giften_eerst_binnen")
    assert slots["gift_bedrag"]["euro"] == 40 and not slots.get("rekenhulp_klaar")


def test_alimentatie_alone_ends_the_gift_form():
    slots, berichten, _ = start("giften_form", "mijn ex betaalt 180 kinderalimentatie per maand, is dat een gift")
    assert [b["response"] for b in berichten] == ["utter_alimentatie_bedrag"] and slots.get("rekenhulp_klaar")


# --- 9. past the AOW age with the partner along, the partner's age not said: the partner's own limit ------------------

def test_a_partner_of_unknown_age_on_a_long_aio_trip_hears_the_limit_under_the_aow_age():
    weken = int(knowledge.waarde("buitenland.weken_per_jaar_aio_partner_jonger", DAG))
    _, berichten, _ = start("verblijf_buitenland_form", f"ik ben 70, mijn vrouw en ik willen {weken + 3} weken naar "
                                                        "suriname")
    namen = [b["response"] for b in berichten]
    assert "utter_buitenland_partner_leeftijd_aio" in namen
    tekst = tekst_op(berichten[namen.index("utter_buitenland_partner_leeftijd_aio")], DAG)
    assert f"hoogstens {weken} weken" in tekst and "De SVB beslist" in tekst
    # a short trip, or the partner's age said: not this note
    assert reizen.partner_leeftijd_onbekend_aio(f"ik ben 70, mijn vrouw en ik willen {weken} weken weg", DAG) is None
    assert reizen.partner_leeftijd_onbekend_aio(f"ik ben 70 en mijn vrouw ook, we willen {weken + 3} weken weg",
                                                DAG) is None
