"""Answer first with the person's own facts, session 19, money and the calculators (issue #20; H3). Messages are new
ones of each kind (none is a set's message); every amount the tests expect is computed by knowledge/, never typed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import parse
from actions.feiten_uit_bericht import eigen_leeftijd, keer_gekregen, reizen, stel_leeftijden, start_werk_later
from actions.feiten_uit_bericht.vrijlating import medische_urenbeperking
from tests.actions.eerste_antwoord import OpPeildatum, geld, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"

OP = OpPeildatum(PEILDATUM, GEMEENTE)
start = OP.start


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


def normuit(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, **invoer})


def kostendeler() -> int:
    return int(knowledge.waarde("normen.kostendeler_minimumleeftijd", DAG))


# --- 1. a couple's two ages said together ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, leeftijden", [
    ("wij zijn getrouwd 51 en 53 en onze zoon van 31 woont nog thuis. hoeveel krijgen we", (51, 53)),
    ("mijn vrouw en ik (44, 46) wonen met haar broer van 38, hoeveel bijstand", (44, 46)),
    ("samenwonend, 33 en 35, wat krijgen we", (33, 35)),
])
def test_a_couples_two_ages_said_together(text, leeftijden):
    assert stel_leeftijden(text) == leeftijden


def test_a_married_couple_with_a_grown_son_gets_the_kostendelersnorm_and_is_not_asked_the_age_again():
    slots, berichten, open_vragen = start("norm_form", "wij zijn getrouwd 51 en 53 en onze zoon van 31 woont nog thuis. "
                                                       "hoeveel krijgen we")
    uit = normuit(leeftijd=51, leefsituatie="gehuwden", partner_leeftijd=53,
                  medebewoners=[{"leeftijd": 31, "relatie": "kind"}])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)
    assert slots.get("leeftijd") == 51 and "leeftijd" not in open_vragen


def test_a_couple_in_brackets_with_the_partners_brothers():
    _, berichten, _ = start("norm_form", "mijn vrouw en ik (44, 46) wonen met haar 2 broers van 38 en 41, hoeveel bijstand")
    uit = normuit(leeftijd=44, leefsituatie="gehuwden", partner_leeftijd=46,
                  medebewoners=[{"leeftijd": j, "relatie": "anders"} for j in (38, 41)])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


# --- 2. parents whose ages were not said -----------------------------------------------------------------------------

def test_an_adult_at_the_parents_home_gets_the_kostendelersnorm_with_the_parents_age_as_an_assumption():
    _, berichten, open_vragen = start("norm_form", "ik ben 34 en woon weer bij mijn ouders, wat krijg ik dan")
    uit = normuit(leeftijd=34, leefsituatie="alleenstaande",
                  medebewoners=[{"leeftijd": kostendeler(), "relatie": "ouder"}] * 2)
    assert berichten[0]["response"] == "utter_bijstandsnorm_kostendeler_ouders"
    tekst = tekst_op(berichten[0], DAG)
    assert tekst.startswith(f"Uw bijstand is waarschijnlijk {geld(uit['norm'])} per maand.")
    assert f"ouders {kostendeler()} jaar of ouder" in tekst
    assert "leeftijd" not in open_vragen


def test_a_couple_at_the_parents_home_gets_the_couples_kostendelersnorm():
    _, berichten, _ = start("norm_form", "mijn man en ik zijn 29 en 31 en we wonen bij zijn ouders. hoeveel krijgen we")
    uit = normuit(leeftijd=29, leefsituatie="gehuwden", partner_leeftijd=31,
                  medebewoners=[{"leeftijd": kostendeler(), "relatie": "ouder"}] * 2)
    assert berichten[0]["response"] == "utter_bijstandsnorm_stel_kostendeler_ouders"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


def test_a_young_person_with_a_grown_brother_gets_the_young_norm():
    text = "ik ben 20 en woon met mijn broer van 33, hoeveel bijstand"
    _, berichten, _ = start("norm_form", text)
    uit = normuit(leeftijd=20, leefsituatie="alleenstaande")
    assert berichten[0]["response"] == "utter_bijstandsnorm_eigen_jong"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


def test_a_young_person_at_pa_en_mas_gets_the_young_persons_answer_with_the_norm():
    _, berichten, _ = start("norm_form", "ben 19, woon bij pa en ma, wat krijg ik")
    uit = normuit(leeftijd=19, leefsituatie="alleenstaande")
    assert berichten[0]["response"] == "utter_jongeren"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


def test_a_young_person_with_a_boyfriend_is_not_given_the_norm_of_someone_alone():
    _, berichten, _ = start("norm_form", "ik ben 20 en woon met mijn vriend van 24, hoeveel bijstand")
    assert berichten[0]["response"] != "utter_bijstandsnorm_eigen_jong"


# --- 3. an own age said as "alleenstaande van 30" --------------------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd", [("alleenstaande van 38, wat krijg ik", 38),
                                            ("als alleenstaand van 45 hoeveel bijstand", 45)])
def test_alleenstaande_van_an_age_is_the_writers_own(text, leeftijd):
    assert eigen_leeftijd(text) == leeftijd
    slots, _, open_vragen = start("norm_form", text)
    assert slots.get("leeftijd") == leeftijd and "leeftijd" not in open_vragen


def test_een_alleenstaande_van_an_age_is_someone_in_general():
    assert eigen_leeftijd("hoeveel krijgt een alleenstaande van 30") is None


# --- 4. a lodger at market rent, "wat is dan mijn norm" --------------------------------------------------------------

def test_a_lodger_at_market_rent_and_the_norm_asked_with_dan():
    _, berichten, _ = start("norm_form", "ik ben 47 en verhuur een kamer aan een vrouw van 29 die ik niet ken, met "
                                         "contract tegen marktprijs. wat is dan mijn norm")
    uit = normuit(leeftijd=47, leefsituatie="alleenstaande")
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


# --- 5. gifts: the months said with the verb, the limit per month asked beside a gift ---------------------------------

def test_the_months_a_gift_was_paid_said_with_the_verb():
    gift = parse.Bedrag(Decimal(400), "maand")
    assert keer_gekregen("mijn tante heeft 3 maanden mijn huur betaald, 400 per maand", gift, DAG) == 3
    assert keer_gekregen("ik heb 3 maanden gewerkt en mijn tante geeft 400 per maand", gift, DAG) is None


def test_a_gift_paid_for_some_months_is_counted_over_those_months():
    _, berichten, _ = start("giften_form", "mijn tante heeft 3 maanden mijn huur betaald, 450 per maand. moet ik dat melden")
    grens = Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", DAG)))
    assert berichten[0]["gift_per_jaar"] == geld(Decimal(1350))
    assert berichten[0]["gift_boven_grens"] == geld(Decimal(1350) - grens)


def test_the_limit_per_month_asked_beside_a_gift_is_said_too():
    _, berichten, _ = start("giften_form", "hoeveel mag mijn oom me per maand geven? nu geeft hij 130 per maand")
    grens = Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", DAG)))
    namen = [b["response"] for b in berichten]
    assert "utter_giften_per_maand" in namen
    assert geld(grens / 12) in tekst_op(berichten[namen.index("utter_giften_per_maand")], DAG)


# --- 6. earnings: health named by the body or a doctor; work from a month ahead ---------------------------------------

@pytest.mark.parametrize("text", ["door mijn hernia kan ik maar 16 uur werken", "ik kan door mijn reuma maar 10 uur werken",
                                  "de bedrijfsarts zegt dat ik hoogstens 20 uur werk"])
def test_health_named_by_a_body_part_an_illness_or_a_doctor(text):
    assert medische_urenbeperking(text)


def test_fewer_hours_for_care_is_no_health_limit():
    assert not medische_urenbeperking("door de zorg voor mijn moeder kan ik maar 20 uur werken")


def test_a_health_limit_by_the_back_names_the_medical_share_of_the_wage():
    _, berichten, _ = start("bijverdienen_form", "door mijn rug kan ik maar 12 uur werken, ik verdien 600 netto. "
                                                 "wat mag ik houden")
    deel = Decimal(str(knowledge.waarde("vrijlating_31_2_y.percentage", DAG)))
    maximum = Decimal(str(knowledge.waarde("vrijlating_31_2_y.maximum", DAG)))
    tekst = " ".join(tekst_op(b, DAG) for b in berichten)
    assert geld(min(maximum, deel * 600 / 100)) in tekst


def test_work_from_a_month_ahead_said_with_werk_ik():
    assert start_werk_later("ik ben 24 en vanaf februari werk ik voor 500 netto", DAG) == date(2027, 2, 1)
    assert start_werk_later("per 1 maart verdien ik 700", DAG) == date(2027, 3, 1)


def test_a_young_person_starting_next_year_gets_the_new_rule():
    _, berichten, _ = start("bijverdienen_form", "ik ben 24 en vanaf februari werk ik voor 500 netto, mag ik iets houden")
    deel = Decimal(str(knowledge.waarde("vrijlating_34a.percentage", date(2027, 2, 1))))
    assert geld(deel * 500 / 100) in tekst_op(berichten[0], DAG)


# --- 7. trips: next year's trips by month, days said as "weggeweest" ------------------------------------------------

def test_trips_in_months_that_passed_this_year_are_next_years():
    gevonden = reizen.geplande_reizen("in april ga ik 3 weken naar marokko. mag ik in september dan nog 2 weken weg?", DAG)
    assert gevonden is not None and gevonden.response == "utter_buitenland_reizen_te_lang"
    assert gevonden.waarden["jaar"] == "2027" and gevonden.waarden["dagen_gebruikt"] == "35"


def test_days_already_away_said_as_weggeweest_and_a_trip_that_must_come():
    gevonden = reizen.buitenland("ik ben dit jaar al 24 dagen weggeweest en moet nu 6 dagen naar een bruiloft", DAG,
                                 "buitenland")
    maximum = int(knowledge.waarde("buitenland.weken_per_jaar", DAG)) * 7
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_zonder_bijstand"] == str(24 + 6 - maximum)


# --- 8. housemates of one rough age ----------------------------------------------------------------------------------

def test_a_count_of_housemates_of_one_rough_age():
    gevonden = parse.medebewoners("ik woon met 3 vrienden van rond de 40")
    assert [m.leeftijd for m in gevonden] == [40, 40, 40]


# --- 9. duties: a couple on bijstand together with young children; the tegenprestatie asked with an age --------------

def test_a_couple_together_on_bijstand_with_toddlers_keeps_the_duties():
    assert parse.leefsituatie("we zitten samen in de bijstand met 2 kindjes van 1 en 3") == "gehuwden"
    assert [m.leeftijd for m in parse.medebewoners("we zitten samen in de bijstand met 2 kindjes van 1 en 3")] == [1, 3]
    _, berichten, _ = start("plichten_form", "we zitten samen in de bijstand met 2 kindjes van 1 en 3, moeten we "
                                             "allebei werk zoeken?")
    assert berichten[0]["response"] == "utter_participatieplicht_stel_jong_kind"


def test_the_tegenprestatie_asked_with_an_own_age_says_yes_it_can():
    _, berichten, _ = start("plichten_form", "ik ben 22 en woon op mezelf, moet ik ook een tegenprestatie doen")
    assert berichten[0]["response"] == "utter_participatieplicht_tegenprestatie"
    assert tekst_op(berichten[0], DAG).startswith("Ja")


# --- 10. the first months of the vrijlating had, no age said; read as a trip -----------------------------------------

def test_the_months_of_the_vrijlating_had_without_an_age_are_over():
    gevonden = OP.responses("bijverdienen", "die 6 maanden van 25 procent vrijlating heb ik gehad, en nu?")
    assert gevonden[0] == "utter_bijverdienen_eerst_voorbij"


def test_the_months_of_the_vrijlating_read_as_a_trip_are_no_trip():
    gevonden = reizen.buitenland("de vrijlating van 25% heb ik 6 maanden gehad, wat nu", DAG, "buitenland")
    assert gevonden is None or gevonden.response.startswith("utter_bijverdienen")


# --- 11. a gift of next year beside this year's ------------------------------------------------------------------------

def test_next_years_gift_does_not_count_for_this_years_limit():
    _, berichten, _ = start("giften_form", "mijn tante geeft me nu 90 per maand, volgend jaar wordt dat 130 per maand. "
                                           "is dat goed?")
    assert berichten[0]["gift_per_jaar"] == geld(Decimal(90 * 12))


# --- 12. a relative who lived with the person goes into a verpleeghuis -----------------------------------------------

def test_a_parent_who_moves_into_a_verpleeghuis_no_longer_counts():
    antwoord = OP.responses("kostendelersnorm", "mijn vader van 83 woonde bij mij maar gaat naar een verzorgingshuis. "
                                                "telt hij dan nog mee?")
    assert antwoord[0] == "utter_kostendelersnorm_naar_instelling"


def test_the_norm_of_the_one_who_stays_when_a_parent_moves_into_a_verpleeghuis():
    _, berichten, _ = start("norm_form", "ik ben 58 en mijn moeder van 84 woont bij mij in, volgende maand gaat ze naar "
                                         "een verpleeghuis. wat krijg ik dan")
    uit = normuit(leeftijd=58, leefsituatie="alleenstaande")
    assert berichten[0]["response"] == "utter_kostendelersnorm_naar_instelling_bedrag"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


def test_a_relative_written_for_who_goes_in_keeps_the_instellings_norm():
    antwoord = OP.responses("kostendelersnorm", "ik schrijf voor mijn tante van 62, ze woont alleen en moet naar een "
                                                "verpleeghuis. hoeveel krijgt ze dan")
    assert antwoord[0] != "utter_kostendelersnorm_naar_instelling"


# --- 13. the bijstand stopped after a trip over the limit --------------------------------------------------------------

def test_a_bijstand_stopped_after_a_long_trip_says_apply_again():
    antwoord = OP.responses("stopgezet", "ik ben 8 weken in turkije geweest en nu is mijn uitkering stopgezet, wat moet "
                                         "ik doen")
    assert antwoord[0] == "utter_buitenland_gestopt_opnieuw"
    tekst = tekst_op({"response": antwoord[0]}, DAG)
    assert tekst.startswith("Bent u weer in Nederland? Vraag de bijstand dan meteen opnieuw aan")


# --- 14. a single parent's share after the first months -------------------------------------------------------------

def test_a_single_parent_with_a_young_child_hears_the_share_after_the_first_months():
    _, berichten, _ = start("bijverdienen_form", "alleenstaande vader, dochter van 6, ik verdien 1450 netto. hoeveel "
                                                 "vrijlating krijg ik")
    namen = [b["response"] for b in berichten]
    assert "utter_bijverdienen_ouder_bedrag" in namen
    deel = Decimal(str(knowledge.waarde("vrijlating_31_2_r.percentage", DAG))) * 1450 / 100
    maximum = Decimal(str(knowledge.waarde("vrijlating_31_2_r.maximum", DAG)))
    assert geld(min(deel, maximum)) in tekst_op(berichten[namen.index("utter_bijverdienen_ouder_bedrag")], DAG)


def test_a_single_parent_of_an_older_child_hears_no_such_share():
    _, berichten, _ = start("bijverdienen_form", "alleenstaande moeder, zoon van 15, ik verdien 900 netto. wat mag ik houden")
    assert "utter_bijverdienen_ouder_bedrag" not in [b["response"] for b in berichten]


# --- 15. why the wage comes off the bijstand ---------------------------------------------------------------------------

def test_the_general_earnings_answer_says_why_the_wage_comes_off():
    for variant in ("nl-u", "nl-je"):
        tekst = tekst_op({"response": "utter_bijverdienen"}, DAG, variant)
        assert "aan tot het minimum" in tekst and "verrekenen" in tekst


# --- 16. a relative who reaches the AOW age on a later day -----------------------------------------------------------

@pytest.mark.parametrize("intent", ["jongeren", "aow_aio", "informeren"])
def test_a_relative_turning_the_aow_age_soon_is_told_to_apply_for_the_aio(intent):
    aow = int(knowledge.waarde("leeftijd.aow_jaren", DAG))
    naam, tekst = OP.eerste(intent, f"mijn vader wordt in februari {aow} en heeft bijstand, moet hij iets doen")
    assert naam == "utter_aow_aio_familie_later"
    assert tekst.startswith("Ja. Vraag de AIO zo snel mogelijk aan bij de SVB. De AOW begint in februari 2027.")


def test_a_relative_of_another_age_is_not_the_aow():
    antwoord = OP.responses("jongeren", "mijn zus wordt in februari 19, moet ze zelf bijstand aanvragen")
    assert antwoord[0] != "utter_aow_aio_familie_later"


# --- 17. the duties asked, read as the norm ----------------------------------------------------------------------------

def test_the_duties_asked_in_the_norm_form_get_the_duties():
    _, berichten, _ = start("norm_form", "we zijn samen in de bijstand met een zoontje van 2, hoeven we dan niet te "
                                         "solliciteren?")
    assert berichten[0]["response"] == "utter_participatieplicht_stel_jong_kind"


def test_an_amount_asked_beside_the_duties_stays_the_norm():
    _, berichten, _ = start("norm_form", "we zijn samen in de bijstand met een zoontje van 2, moeten we werken en "
                                         "hoeveel krijgen we")
    assert berichten[0]["response"] != "utter_participatieplicht_stel_jong_kind"


def test_a_trip_in_a_season_counts_with_a_trip_in_a_month():
    gevonden = reizen.buitenland("in maart ga ik 2 weken naar ghana. mag ik in de zomer nog 3 weken naar turkije?", DAG,
                                 "buitenland")
    assert gevonden.response == "utter_buitenland_reizen_te_lang"
    assert gevonden.waarden["jaar"] == "2027" and gevonden.waarden["dagen_gebruikt"] == "35"


def test_a_month_that_passed_with_werk_ik_is_work_that_began():
    assert start_werk_later("per 1 november werk ik 16 uur per week voor 880 netto", DAG) is None


def test_flying_out_on_a_day_and_coming_back_on_another_is_the_trip():
    gevonden = reizen.buitenland("ik vlieg 12 december naar mijn zus in servie en kom 6 januari terug. in de zomer ben "
                                 "ik al 12 dagen weggeweest. is dat goed?", DAG, "buitenland")
    maximum = int(knowledge.waarde("buitenland.weken_per_jaar", DAG)) * 7
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_zonder_bijstand"] == str(12 + (31 - 12) - maximum)  # the day of leaving not counted
