"""Answer first with the person's own facts, session 17, money and the calculators (issue #20; H3). Messages are new
ones of each kind (none is a set's message); every amount the tests expect is computed by knowledge/, never typed."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from actions import parse
from actions.feiten_uit_bericht import norm
from tests.actions.eerste_antwoord import OpPeildatum, geld, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"

start = OpPeildatum(PEILDATUM, GEMEENTE).start


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


def normuit(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, **invoer})


# --- 1. a young partner beside kostendelers (art. 22a lid 3) ----------------------------------------------------------

def test_allebei_of_the_parents_is_not_the_couples_age():
    text = "ik ben 19 en mijn vrouw is 29, we wonen in bij haar ouders (allebei 60). hoeveel krijgen wij"
    assert norm.stel_leeftijden(text) == (19, 29)


def test_a_young_partner_beside_kostendelers_gets_the_22a_lid_3_amount_with_its_two_parts():
    text = "ik ben 19 en mijn vrouw is 29, we wonen in bij haar ouders (allebei 60). hoeveel krijgen wij"
    gevonden = norm.stel_norm(text, DAG)
    uit = normuit(leeftijd=19, leefsituatie="gehuwden", partner_leeftijd=29,
                  medebewoners=[{"leeftijd": 60, "relatie": "anders"}] * 2)
    jong = knowledge.waarde("normen.jongeren_gehuwd_kostendelers_zonder_kind", DAG)
    assert gevonden.response == "utter_bijstandsnorm_stel_jong_kostendeler"
    assert gevonden.waarden["norm_eigen"] == geld(uit["norm"])
    assert gevonden.waarden["norm_jong_deel"] == geld(jong)
    assert gevonden.waarden["kostendelers_personen"] == "3"  # the older partner and the two parents
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert tekst.startswith(f"Samen krijgt u waarschijnlijk {geld(uit['norm'])} per maand")
    assert geld(jong) in tekst and "artikel 22a" in tekst


def test_the_young_partner_answer_comes_first_in_the_norm_form():
    _, berichten, _ = start("norm_form", "mijn man is 33 en ik ben 20. we wonen bij mijn schoonmoeder van 61 en "
                                         "haar broer van 58. hoeveel bijstand krijgen we")
    assert berichten[0]["response"] == "utter_bijstandsnorm_stel_jong_kostendeler"


# --- 2. "we zijn 4 mensen": the person is one of them ------------------------------------------------------------------

@pytest.mark.parametrize("text,aantal", [
    ("we zijn met 3 mensen in huis, allemaal boven de 40", 2),
    ("wij zijn 5 personen in 1 huis, iedereen is volwassen", 4),
    ("we wonen met z'n drieën, allemaal ouder dan 30", 2),
])
def test_a_count_of_people_with_wij_includes_the_person(text, aantal):
    assert len(parse.medebewoners(text)) == aantal


def test_a_count_followed_by_the_people_named_is_not_counted_twice():
    gevonden = parse.medebewoners("we zijn 3 mensen in huis: ik (44), mijn oom van 70 en mijn nicht van 35")
    assert sorted(m.leeftijd for m in gevonden) == [35, 70]


# --- 3. ages and amounts read where they were missed ---------------------------------------------------------------

def test_a_married_partner_said_as_hij_is():
    assert norm.stel_leeftijden("we zijn getrouwd, ik ben 20 en hij is 31, hoeveel bijstand krijgen we") == (20, 31)
    assert norm.stel_leeftijden("ik ben 30 en getrouwd, mijn zoon woont bij ons, hij is 28") is None


def test_an_age_written_with_jr_against_it():
    from actions.feiten_uit_bericht._gedeeld import eigen_leeftijd
    assert eigen_leeftijd("werk 12 uur per week 34jr wat houd ik over") == 34
    assert eigen_leeftijd("mijn dochter 19jr woont thuis") is None


def test_a_young_person_in_general_and_the_norm_past_the_aow_age_are_amounts_asked():
    from actions.feiten_uit_bericht import aow_en_aio
    assert norm.iemand_van("hoeveel is de bijstand voor jongeren van 19") == 19
    assert aow_en_aio.aio_norm_algemeen("bijstandsnorm na de aow-leeftijd?", DAG).response == "utter_aow_aio_norm"


def test_the_aio_is_something_to_apply_for():
    tekst = tekst_op({"response": "utter_aow_aio_jonger", "leeftijd": "66", "jaren_tot_aow": "1"}, DAG)
    assert "aanvragen bij de SVB" in tekst


# --- 4. what may be kept: the maximum asked, and the rule of a later date ------------------------------------------

def test_an_amount_one_may_keep_is_no_second_wage():
    soorten = [b.soort for b in parse.bedragen("ik verdien 1400 netto, de klantmanager zegt ik mag maar 285 houden")]
    assert soorten == ["loon", "vrijlating"]


def test_why_not_more_than_the_maximum_is_answered_with_the_maximum():
    _, berichten, _ = start("bijverdienen_form", "ik ben 45 en verdien 1300 netto. ik mag maar 285 houden van de "
                                                 "gemeente, waarom niet meer?")
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM, "leeftijd": 45, "leefsituatie": knowledge.ONBEKEND, "start_werk": knowledge.ONBEKEND,
        "netto_inkomsten": {"bedrag": 1300, "periode": "maand"}})
    assert uit["vrijlating_per_maand"] == uit["maximum"]
    assert berichten[0]["response"] == "utter_bijverdienen_eerst_maximum"
    tekst = tekst_op(berichten[0], DAG)
    assert tekst.startswith(f"Dat klopt: {geld(uit['maximum'])} per maand is het maximum")


def test_under_27_asking_about_the_rule_from_2027_gets_knowledges_amount_on_that_date():
    _, berichten, _ = start("bijverdienen_form", "ben 22, ik verdien nu 700 netto. klopt het dat ik in 2027 wel iets "
                                                 "mag houden? hoeveel")
    dag = date(DAG.year + 1, 1, 1)
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": dag.isoformat(), "leeftijd": 22, "leefsituatie": knowledge.ONBEKEND,
        "start_werk": dag.isoformat(), "netto_inkomsten": {"bedrag": 700, "periode": "maand"}})
    assert uit["regel"] == "34a" and uit["vrijlating_per_maand"] > 0
    assert berichten[0]["response"] == "utter_bijverdienen_eerst_regel_later_jong"
    assert berichten[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert not any(b["response"].startswith("utter_bijverdienen_bijstand_erbij") for b in berichten)  # today's


# --- 5. trips: the SVB when the person or the partner has the AOW age (art. 47a lid 1) ------------------------------

def test_knowledge_sets_the_svb_when_only_the_partner_has_the_aow_age():
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 63, "partner_leeftijd": 71,
                                                    "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]})
    assert uit["uitvoerder"] == "svb" and not uit["aow_leeftijd"]
    assert uit["max_weken"] == knowledge.waarde("buitenland.weken_per_jaar", DAG)
    onder = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 63, "partner_leeftijd": 64,
                                                      "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]})
    assert onder["uitvoerder"] == "gemeente"


def test_a_trip_with_a_partner_past_the_aow_age_names_the_svb_and_the_own_limit():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.buitenland("ik ben 58 en ga met mijn vrouw van 70 samen 2 weken naar ghana", DAG,
                                 "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_partner_aow_mag"
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert "SVB beslist" in tekst and "gemeente" not in tekst.replace("niet aan de gemeente", "")


def test_past_the_aow_age_the_partners_own_weeks_and_the_svb():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.partner_reis_los("ik ben 72. mijn man was in april 2 weken in italie. mag ik nu 8 weken "
                                       "naar curacao of telt dat van hem mee", DAG)
    assert gevonden.response == "utter_buitenland_partner_los_aio"
    assert gevonden.waarden["partner_max_weken"] == str(int(knowledge.waarde(
        "buitenland.weken_per_jaar_aio_partner_jonger", DAG)))
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert "De SVB beslist" in tekst and "De gemeente" not in tekst


def test_a_couples_trip_past_the_aow_age_with_the_partners_earlier_trips():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.met_partner("ik ben 68, mijn vrouw en ik willen samen 6 weken naar aruba. zij was dit jaar al "
                                  "3 weken weg", DAG)
    assert gevonden.response == "utter_buitenland_partner_te_lang_aio"
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert f"hoogstens {gevonden.waarden['partner_max_weken']} weken weg" in tekst and "De SVB beslist" in tekst


def test_the_general_trip_answer_names_the_svb_at_the_aow_age():
    assert "Geef de reis dan door aan de SVB" in tekst_op({"response": "utter_buitenland"}, DAG)


# --- 6. a relative past the AOW age with the writer moved in: that relative's own AIO -------------------------------

def test_a_parent_on_aio_with_the_writer_moved_in_gets_the_aio_kostendelersnorm():
    _, berichten, _ = start("norm_form", "mijn moeder is 77 en heeft aio. ik ben 41 en woon sinds kort bij haar. "
                                         "hoeveel krijgt ze nu?")
    uit = normuit(leeftijd=77, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 41, "relatie": "kind"}])
    assert uit["uitvoerder"] == "svb" and uit["kostendelersnorm_toegepast"]
    assert berichten[0]["response"] == "utter_aow_aio_familie_kostendeler"
    tekst = tekst_op(berichten[0], DAG)
    assert tekst.startswith(f"De AIO van uw familielid wordt dan waarschijnlijk {geld(uit['norm'])}")
    assert "De SVB beslist" in tekst


# --- 7. gifts: one period said for two amounts, and whether to report a gift under the limit -----------------------

def test_one_period_after_two_gifts_holds_for_both():
    gevonden = parse.bedragen("zijn moeder geeft hem 75 en mijn vader mij 75 per maand")
    assert [b.bedrag.periode for b in gevonden] == ["maand", "maand"]
    los = parse.bedragen("ik kreeg 300 van mijn oom en mijn moeder geeft 50 per maand")
    assert [b.bedrag.periode for b in los] == [None, "maand"]


def test_a_gift_under_the_limit_with_must_i_report_it_answers_that_first():
    _, berichten, _ = start("giften_form", "mijn broer heeft mijn tandarts betaald, 410 euro. moet ik dat melden?")
    assert berichten[0]["response"] == "utter_giften_eerst_binnen_melden"
    assert tekst_op(berichten[0], DAG).startswith("Nu hoeft u het waarschijnlijk nog niet te melden")


def test_no_days_left_names_the_only_exception_and_calling_first():
    tekst = tekst_op({"response": "utter_buitenland_eerder_op", "jaar": "2026", "dagen_eerder_tekst": "28 dagen",
                      "max_dagen_tekst": "28 dagen"}, DAG)
    assert "zeer dringende redenen" in tekst and "Bel de gemeente dan voordat u gaat" in tekst


def test_years_of_ontheffing_had_and_a_new_baby_give_the_years_left():
    from actions.feiten_uit_bericht import participatie
    gevonden = participatie.ontheffing_totaal("ik heb al 2 jaar ontheffing gehad en nu heb ik een baby, hoe lang "
                                              "mag ik thuisblijven", DAG)
    maximum = knowledge.waarde("participatie.ontheffing_maximum_jaren", DAG)
    assert gevonden.response == "utter_participatieplicht_ontheffing_totaal"
    assert gevonden.waarden["ontheffing_jaren_over"] == str(int(maximum) - 2)


def test_a_partners_weeks_cannot_be_added_to_ones_own():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.buitenland("mijn vrouw blijft thuis, mag ik haar weken gebruiken om 7 weken naar ghana te gaan",
                                 DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_weken_partner_niet"
    assert tekst_op({"response": gevonden.response}, DAG).startswith("Nee, dat kan niet.")
