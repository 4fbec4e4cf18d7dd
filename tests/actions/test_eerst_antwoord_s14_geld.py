"""Answer first with the person's own facts, session 14, money (issue #20): the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s14.yml on gifts, earning, the norm, housemates and trips, and open items of session 13,
each as a general rule. The messages are new ones of each kind (none is a set's message); every amount the tests
expect is computed by knowledge/, never typed here."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

import knowledge
from knowledge.datums import plus_maanden
from actions import feiten_uit_bericht, parse
from tests.actions.eerste_antwoord import OpPeildatum, antwoord_namen, geld, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


start = OpPeildatum(PEILDATUM, GEMEENTE).start


def vrijlating(**invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": GEMEENTE,
                                                      "start_werk": "onbekend", **invoer})


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


# --- 1. an amount is never an age, a count of months never an amount, a year before a rule never a wage ------------

@pytest.mark.parametrize("text", ["mijn broer geeft me 100 euro", "mijn zus stuurt me elke maand 60",
                                  "mijn oom betaalt 80 per maand voor mijn telefoon"])
def test_an_amount_after_a_relative_is_no_age(text):
    assert all(m.leeftijd is None for m in parse.medebewoners(text) or [])


def test_an_age_beside_an_amount_is_still_the_age():
    assert [m.leeftijd for m in parse.medebewoners("mijn broer van 33 woont bij mij en betaalt 200 huur")] == [33]


@pytest.mark.parametrize("text", ["mijn ex betaalt al 4 mnd de alimentatie niet", "al 2 wk geen geld gehad"])
def test_months_or_weeks_in_short_are_no_amount(text):
    assert parse.bedragen(text) == []


@pytest.mark.parametrize("text", ["giften 2027 nieuwe grens?", "vrijlating 2027 hoe zit dat", "2027 nieuwe regels bij werk"])
def test_a_year_beside_a_rule_is_no_amount(text):
    assert parse.bedragen(text) == []


def test_days_of_work_per_week_are_not_the_wages_period():
    text = "ik ben 58 en kan een paar middagen in de week bij de bibliotheek werken voor 300 euro netto per maand"
    assert parse.bedrag(text) == parse.Bedrag(Decimal("300.00"), "maand")


# --- 2. earning: the months of the old vrijlating said to be over, a half year of work --------------------------------

@pytest.mark.parametrize("text", ["ik werk al ruim een half jaar bij de kapper", "die vrijlating heb ik al gehad",
                                  "mijn eerste vrijlating is voorbij"])
def test_work_longer_than_the_months_of_the_old_vrijlating(text):
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", DAG)
    begin = feiten_uit_bericht.start_werk(text, DAG)
    assert begin is not None and plus_maanden(begin, int(maanden)) < DAG


def test_a_single_parent_past_the_first_months_gets_the_single_parents_share():
    text = ("ik ben alleenstaande vader van 36 met een dochter van 9. ik werk al ruim een half jaar voor 600 euro netto "
            "per maand, de eerste vrijlating is voorbij. wat houd ik nu over")
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=36, leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=9,
                     start_werk=feiten_uit_bericht.start_werk(text, DAG).isoformat(),
                     netto_inkomsten={"bedrag": 600, "periode": "maand"})
    assert uit["regel"] == "31_2_r"
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])


def test_months_over_without_an_age_say_the_bijstand_left_beside_the_whole_wage():
    text = ("ik heb nu 10 maanden een baan en verdien 900 netto, die vrijlating heb ik al gehad. ik woon alleen. "
            "hoeveel bijstand blijft er nog")
    _, said, _ = start("bijverdienen_form", text)
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG)
    uit = vrijlating(leeftijd=grens, leefsituatie="alleenstaande",
                     start_werk=feiten_uit_bericht.start_werk(text, DAG).isoformat(),
                     netto_inkomsten={"bedrag": 900, "periode": "maand"})
    assert uit["vrijlating_per_maand"] == 0
    assert said[0]["response"].startswith("utter_bijverdienen_eerst_voorbij_over")
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_one_off_wage_in_a_past_month_is_this_years():
    text = "ik heb in september een keer 250 bijverdiend met een klus. ik ben 44. hoeveel gaat eraf"
    assert feiten_uit_bericht.start_werk_later(text, DAG) is None
    slots, said, _ = start("bijverdienen_form", text)
    assert not (slots.get("start_werk") or "").startswith(str(DAG.year + 1))
    assert said[0]["response"] != "utter_bijverdienen_eerst_nieuwe_regel"


def test_work_said_to_come_later_still_lies_ahead():
    assert feiten_uit_bericht.start_werk_later("vanaf maart ga ik bij de bakker werken voor 500", DAG) > DAG


def test_a_wage_with_days_of_work_per_week_gets_the_amount_first():
    _, said, _ = start("bijverdienen_form", "ik ben 58 en kan een paar middagen in de week bij de bibliotheek werken "
                                            "voor 300 euro netto per maand, blijft er iets over?")
    uit = vrijlating(leeftijd=58, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 300, "periode": "maand"})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- 3. no gift: money paid back for someone else's shopping, savings from the bijstand --------------------------------

@pytest.mark.parametrize("text", [
    "ik koop elke week boodschappen voor mijn opa en hij betaalt het me daarna terug, telt dat als gift",
    "mijn dochter doet voor haar oma de boodschappen en oma maakt het bedrag later over. is dat een gift?",
    "ik heb de huur voor mijn zus voorgeschoten en zij stort het terug, moet ik dat melden",
])
@pytest.mark.parametrize("intent", ["giften", "inlichtingenplicht", "bijstandsnorm"])
def test_money_paid_back_for_someone_elses_shopping_is_no_gift(text, intent):
    assert antwoord_namen(intent, text, PEILDATUM)[0] == "utter_giften_voorgeschoten"


def test_money_paid_back_in_the_gift_form_is_no_gift():
    _, said, _ = start("giften_form", "ik doe de boodschappen voor mijn buurvrouw en ze geeft me het geld terug, "
                                      "ongeveer 30 euro per week. moet ik dat doorgeven?")
    assert said[0]["response"] == "utter_giften_voorgeschoten"
    tekst = tekst_op(said[0], DAG, "nl-je").lower()
    assert "geen gift" in tekst and "bewaar" in tekst


@pytest.mark.parametrize("text", ["ik leg elke maand 25 euro opzij van mijn bijstand, moet ik dat uitgeven",
                                  "ik spaar iedere maand 30 euro van mijn uitkering. telt dat als gift?"])
def test_savings_from_the_bijstand_are_no_gift(text):
    _, said, _ = start("giften_form", text)
    assert said[0]["response"] == "utter_vermogen_gespaard_van_bijstand"
    assert antwoord_namen("giften", text, PEILDATUM)[0] == "utter_vermogen_gespaard_van_bijstand"


def test_whether_to_report_a_gift_always_is_the_gift_limit():
    assert antwoord_namen("inlichtingenplicht", "een cadeautje van mijn tante altijd doorgeven of pas vanaf een bedrag",
                          PEILDATUM)[0] == "utter_giften_melden"


# --- 4. the norm: raised when, bruto or netto, a single parent, housemates ---------------------------------------------

@pytest.mark.parametrize("text", ["wanneer gaan ze de bijstand verhogen", "wanneer word de uitkering weer verhoogt"])
def test_when_the_norms_go_up(text):
    assert antwoord_namen("bijstandsnorm", text, PEILDATUM)[0] == "utter_bijstandsnorm_indexatie"


@pytest.mark.parametrize("intent", ["bijstandsnorm", "vakantiegeld", "toeslagen"])
def test_bruto_or_netto_gets_the_norms_netto_with_vakantiegeld(intent):
    namen = antwoord_namen(intent, "krijg ik de bijstand netto of bruto? en is het vakantiegeld daar al bij?", PEILDATUM)
    assert namen[0] == "utter_bijstandsnorm"
    tekst = tekst_op({"response": namen[0]}, DAG, "nl-je").lower()
    assert "netto" in tekst and "vakantiegeld" in tekst


def test_the_general_norm_says_children_get_kinderbijslag_and_kindgebonden_budget():
    tekst = tekst_op({"response": "utter_bijstandsnorm"}, DAG).lower()
    assert "kinderbijslag" in tekst and "kindgebonden budget" in tekst


def test_the_general_kostendelersnorm_says_its_amounts_and_the_hoofdverblijf():
    tekst = tekst_op({"response": "utter_kostendelersnorm"}, DAG)
    for aantal in (2, 3):
        norm = knowledge.bereken("bijstandsnorm", {
            "peildatum": PEILDATUM, "leeftijd": 40, "leefsituatie": "alleenstaande",
            "medebewoners": [{"leeftijd": 40, "relatie": "anders"}] * (aantal - 1)})["norm"]
        assert geld(norm) in tekst
    assert "hoofdverblijf" in tekst


def test_the_duties_say_solliciteren():
    assert "solliciteren" in tekst_op({"response": "utter_participatieplicht"}, DAG, "nl-je")


def test_no_savings_is_no_answer_about_the_limit():
    text = "mijn ww houdt volgende maand op en ik heb geen spaargeld, wanneer moet ik bijstand aanvragen"
    assert antwoord_namen("aanvraag", text, PEILDATUM)[0] == "utter_aanvraag"


def test_earning_beside_a_housemate_who_counts_gets_the_kostendelersnorm():
    text = "ik ben 47 en mijn zus van 51 woont bij mij. ik ga 350 netto per maand verdienen bij de supermarkt. wat krijg ik nog"
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=47, leefsituatie="alleenstaande", kostendelers=1,
                     netto_inkomsten={"bedrag": 350, "periode": "maand"})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert not said[0]["response"].endswith("_alleen")


# --- 5. housemates, duties, a loan from the gemeente ------------------------------------------------------------------

def test_care_said_after_maar_is_mantelzorg():
    text = "ik heb een huurhuis maar slaap meestal bij mijn oom omdat hij veel hulp nodig heeft. telt dat als kostendeler"
    assert antwoord_namen("kostendelersnorm", text, PEILDATUM)[0] == "utter_kostendelersnorm_mantelzorg"


def test_an_age_said_as_an_ordinal_is_the_own_age():
    assert feiten_uit_bericht.eigen_leeftijd("moet ik op mijn 61ste nog solliciteren") == 61


def test_the_duties_asked_read_as_a_guest_get_the_duties():
    namen = antwoord_namen("logeren", "moet ik met mijn 59ste echt nog solliciteren, wie wil mij nog", PEILDATUM)
    assert namen[0].startswith("utter_participatieplicht")


@pytest.mark.parametrize("text", ["kan de gemeente mij geld lenen voor een nieuwe koelkast", "lening bij de gemeente mogelijk?"])
def test_borrowing_from_the_gemeente_is_bijzondere_bijstand_as_a_loan(text):
    namen = antwoord_namen("lening", text, PEILDATUM)
    assert namen[0] == "utter_lening_gemeente"
    tekst = tekst_op({"response": namen[0]}, DAG).lower()
    assert "bijzondere bijstand" in tekst and "lening" in tekst


def test_a_loan_from_family_is_still_the_loan():
    assert antwoord_namen("lening", "mijn broer leent me 400 euro, moet ik dat doorgeven", PEILDATUM)[0] != \
        "utter_lening_gemeente"


def test_alimentatie_not_paid_for_months_is_no_gift():
    namen = antwoord_namen("alimentatie", "mijn ex betaalt al 4 mnd geen alimentatie, wat kan ik doen", PEILDATUM)
    assert namen[0] == "utter_alimentatie_niet_betaald"  # the LBIO first (session 16)
    assert "LBIO" in tekst_op({"response": namen[0]}, DAG)


# --- 6. trips: a length said with "terug gekomen", the same weekend trip again and again ------------------------------

def test_a_trip_taken_said_as_na_weken_terug_gekomen():
    text = "ik moest naar turkije voor mijn zieke vader en ben pas na 7 weken terug gekomen. wat betekent dat voor mij"
    assert parse.duur(text) == parse.Duur(7, "week")
    for intent in ("buitenland", "aanvraag", "inlichtingenplicht"):
        namen = antwoord_namen(intent, text, PEILDATUM)
        assert namen[0] == "utter_buitenland_eerder_te_lang_al", intent


def test_weeks_ago_are_still_no_length():
    assert parse.duur("ik kreeg 3 weken terug een brief") is None


@pytest.mark.parametrize("text, van, tot", [
    ("mijn vriend woont in luik, ik ga elk weekend op vrijdag heen en op zondag terug. hoe vaak mag dat", 4, 6),
    ("ik wil ieder weekend van zaterdag tot maandag naar mijn moeder in duitsland, hoeveel weekenden per jaar", 5, 0),
])
def test_the_same_weekend_trip_again_and_again(text, van, tot):
    _, said, _ = start("verblijf_buitenland_form", text)
    assert said[0]["response"] == "utter_buitenland_weekenden"
    begin = date(DAG.year, 1, 1)
    vertrek = begin + timedelta(days=(van - begin.weekday()) % 7)
    terug = vertrek + timedelta(days=(tot - van) % 7)
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": "onbekend",
                                                    "reizen": [{"vertrek": vertrek.isoformat(),
                                                                "terug": terug.isoformat()}]})
    assert said[0]["weekenden"] == str(uit["max_dagen"] // uit["langste_reis_dagen"])
    assert antwoord_namen("buitenland", text, PEILDATUM)[0] == "utter_buitenland_weekenden"


# --- 7. open items of session 13: the "om de week" gift said in the person's own words --------------------------------

def test_a_gift_every_other_week_is_said_as_given():
    _, said, _ = start("giften_form", "mijn tante komt om de week langs met 35 euro, mag ik dat houden")
    assert said[0]["gift_bedrag_tekst"] == f"{geld(35)} om de week"
    assert said[0]["gift_per_jaar"] == geld(35 * 26)


# --- 8. open item of session 13: the gemeente's own policy as the person states it ------------------------------------

@pytest.mark.parametrize("text", ["bij ons geldt de nieuwe vrijlating al, wat houd ik dan over",
                                  "onze gemeente gebruikt de nieuwe regel van 15 procent nu al toch?"])
def test_a_stated_gemeente_policy_is_taken_as_the_persons_statement(text):
    namen = antwoord_namen("bijverdienen", text, PEILDATUM)
    assert namen[0] == "utter_bijverdienen_gemeente_34a"
    tekst = tekst_op({"response": namen[0]}, DAG).lower()
    assert "zegt" in tekst and "gemeente beslist" in tekst


def test_a_stated_gemeente_policy_with_a_wage_gets_the_new_rules_amount():
    text = "mijn gemeente past de 15%-regel al toe. ik ben 23 en verdien 700 netto per maand, wat mag ik houden"
    ingang = knowledge.loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": ingang.isoformat(), "leeftijd": 23,
                                                     "leefsituatie": "onbekend", "start_werk": ingang.isoformat(),
                                                     "netto_inkomsten": {"bedrag": 700, "periode": "maand"}})
    for said in (start("bijverdienen_form", text)[1], [{"response": n} for n in antwoord_namen("bijverdienen", text,
                                                                                               PEILDATUM)]):
        assert said[0]["response"] == "utter_bijverdienen_gemeente_34a_bedrag"
        assert len(said) == 1  # no second answer by the gemeente's rule in knowledge/ (nothing kept under 27)
    _, said, _ = start("bijverdienen_form", text)
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])


def test_a_medical_limit_with_a_wage_says_the_bijstand_left_after_the_first_months():
    text = "ik ben medisch urenbeperkt en kan maar 12 uur werken. ik verdien 700 netto. hoeveel uitkering houd ik"
    _, said, _ = start("bijverdienen_form", text)
    medisch = next(m for m in said if m["response"] == "utter_bijverdienen_medisch_bedrag")
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", DAG)
    uit = vrijlating(leeftijd=knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG),
                     leefsituatie="alleenstaande", medische_urenbeperking=True,
                     start_werk=plus_maanden(DAG, -int(maanden) - 1).isoformat(),
                     netto_inkomsten={"bedrag": 700})
    assert uit["regel"] == "31_2_y"
    assert medisch["medisch_bijstand_over"] == geld(uit["aanvullende_bijstand"])
