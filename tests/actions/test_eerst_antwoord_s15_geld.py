"""Answer first with the person's own facts, session 15, money and the calculators (issue #20): the kinds of misses of
the tuning set bench/antwoorden_afstemmen_s15.yml on gifts, earning, the norm, housemates, duties and trips, each as a
general rule. The messages are new ones of each kind (none is a set's message); every amount the tests expect is
computed by knowledge/, never typed here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from actions.feiten_uit_bericht import aow_en_aio, reizen
from tests.actions.eerste_antwoord import OpPeildatum, antwoord_namen, geld, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures

start = OpPeildatum(PEILDATUM, GEMEENTE).start


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


def norm(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "gemeente": GEMEENTE, **invoer})


def vrijlating(**invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": GEMEENTE,
                                                      "start_werk": "onbekend", **invoer})


# --- 1. earning: the start of the bijstand is no start of work; a start date right after the verb -------------------

@pytest.mark.parametrize("text", [
    "ik zit sinds 2024 in de bijstand en kan straks bij de groenteboer werken voor 400 per maand",
    "ik heb sinds vorig jaar een uitkering, binnenkort ga ik 600 netto verdienen",
])
def test_the_start_of_the_bijstand_is_no_start_of_work(text):
    assert feiten_uit_bericht.start_werk(text, DAG) is None


@pytest.mark.parametrize("text, begin", [
    ("ik zit sinds 2023 in de bijstand en werk sinds 1 november bij de bakker", date(2026, 11, 1)),
    ("ik werk sinds 1 oktober naast mijn bijstand voor 500", date(2026, 10, 1)),
])
def test_the_start_of_work_beside_the_bijstand_is_still_read(text, begin):
    assert feiten_uit_bericht.start_werk(text, DAG) == begin


def test_work_to_come_after_years_of_bijstand_gets_the_first_months_vrijlating():
    text = ("ik ben 44 en zit sinds vorig jaar in de bijstand. volgende maand kan ik in een magazijn beginnen "
            "en dan verdien ik 640 euro netto per maand, wat mag ik houden")
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=44, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 640, "periode": "maand"})
    assert uit["vrijlating_per_maand"] > 0
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])


@pytest.mark.parametrize("text, begin", [("ik start 1 februari met werk voor 800 netto", date(2027, 2, 1)),
                                         ("wij beginnen 11 januari in de kassen, ik verdien 900", date(2027, 1, 11))])
def test_a_start_date_right_after_the_verb(text, begin):
    assert feiten_uit_bericht.start_werk_later(text, DAG) == begin


@pytest.mark.parametrize("text", ["ik heb mijn zes maanden van 25 procent gehad", "de 25%-regeling is voorbij",
                                  "die 6 maanden 25% heb ik al gehad"])
def test_the_months_of_25_percent_said_to_be_over(text):
    begin = feiten_uit_bericht.start_werk(text, DAG)
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", DAG)
    assert begin is not None and begin < DAG.replace(month=DAG.month - int(maanden))


def test_a_single_parent_past_the_25_percent_gets_the_single_parents_share():
    text = "alleenstaande moeder, dochter van 6, mijn 6 maanden van 25% zijn voorbij. ik verdien 800 netto"
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG),
                     leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=6,
                     start_werk=feiten_uit_bericht.start_werk(text, DAG).isoformat(),
                     netto_inkomsten={"bedrag": 800, "periode": "maand"})
    assert uit["regel"] == "31_2_r"
    tekst = tekst_op(said[0], DAG, "nl-je")
    assert geld(uit["vrijlating_per_maand"]) in tekst
    assert said[0]["vrijlating_deel"] in tekst  # "(12,5% van je netto loon)"


def test_months_over_say_so():
    text = "ik werk al 9 maanden voor 600 per maand naast de bijstand, ik ben 45 en woon alleen. waarom minder?"
    _, said, _ = start("bijverdienen_form", text)
    assert "voorbij" in tekst_op(said[0], DAG, "nl-je")


# --- 2. gifts: a gift every quarter or half year; the food bank -----------------------------------------------------

@pytest.mark.parametrize("text, per_jaar", [("mijn tante geeft me elk kwartaal 150", 600),
                                            ("ik krijg 250 euro per half jaar van opa", 500),
                                            ("om de drie maanden 100 van mijn broer", 400)])
def test_a_gift_every_few_months_is_an_amount_per_year(text, per_jaar):
    assert parse.bedrag(text) == parse.Bedrag(Decimal(per_jaar).quantize(Decimal("0.01")), "jaar")
    assert [b.bedrag.euro for b in parse.bedragen(text)] == [Decimal(per_jaar)]


def test_counting_times_per_quarter_is_no_amount():
    assert parse.bedrag("ik werk per kwartaal 2 keer") is None


def test_a_gift_every_quarter_in_the_gift_form_is_said_against_the_limit():
    slots, said, _ = start("giften_form", "schoonmoeder stuurt elk kwartaal 150")
    assert slots["gift_bedrag"] is not None
    assert said and said[0]["response"].startswith("utter_giften_eerst_binnen")


@pytest.mark.parametrize("text", ["is een voedselpakket een gift?", "moet ik de voedselbank melden als gift"])
def test_the_food_bank_asked_is_no_gift(text):
    assert antwoord_namen("giften", text, PEILDATUM)[0] == "utter_giften_voedselbank"


def test_the_food_banks_week_is_not_the_gifts_period():
    text = "ik ga elke week naar de voedselbank en mijn oom gaf me 200 euro"
    namen = antwoord_namen("giften", text, PEILDATUM)
    assert namen[0] == "utter_giften_binnen_grens"


# --- 3. the norm: adults counted with the person, a couple said "ik en mijn vrouw", parents who cannot help ----------

def test_adults_counted_with_the_person_are_the_others_in_the_house():
    huisgenoten = parse.medebewoners("we wonen met 3 volwassenen in een huis, allemaal boven de 40")
    assert [m.leeftijd for m in huisgenoten] == [41, 41]


def test_the_norm_with_adults_counted_with_the_person():
    _, said, _ = start("norm_form", "wij wonen met 3 volwassenen in een huurhuis, alle 3 boven de 40. wat krijg ik")
    uit = norm(leeftijd=knowledge.ONBEKEND, leefsituatie=knowledge.ONBEKEND,
               medebewoners=[{"leeftijd": 41, "relatie": "anders"}] * 2)
    assert geld(uit["norm"]) in tekst_op(said[0], DAG, "nl-je")


def test_a_couple_said_ik_en_mijn_man_with_a_grown_child():
    _, said, _ = start("norm_form", "ik en mijn man zijn 60 en 58 en onze dochter van 31 woont bij ons. hoeveel krijgen we")
    uit = norm(leeftijd=60, leefsituatie="gehuwden", partner_leeftijd=58,
               medebewoners=[{"leeftijd": 31, "relatie": "kind"}])
    assert said[0]["response"] == "utter_bijstandsnorm_stel_kostendeler"
    assert said[0]["norm_eigen"] == geld(uit["norm"])


@pytest.mark.parametrize("text", ["mijn vader zit zelf in de schulden", "van mijn ouders krijg ik geen cent",
                                  "van hun krijg ik niks"])
def test_parents_who_cannot_help(text):
    assert feiten_uit_bericht.ouders_kunnen_bijdragen(text, DAG) is False


def test_a_young_person_whose_parents_cannot_help_gets_the_raised_norm():
    _, said, _ = start("norm_form", "ik ben 20 en woon op kamers. mijn ouders hebben zelf geen geld. hoeveel bijstand krijg ik")
    uit = norm(leeftijd=20, leefsituatie="alleenstaande", ouders_kunnen_bijdragen=False)
    assert geld(uit["norm"]) in tekst_op(said[0], DAG, "nl-je")


def test_family_who_rent_a_room_with_the_amount_asked():
    namen = antwoord_namen("kostendelersnorm", "mijn zus van 38 huurt een kamer bij mij met een contract. "
                                               "wat wordt mijn bijstand? ik ben 45", PEILDATUM)
    assert namen[0] == "utter_kostendelersnorm_familie_huurt_bedrag"
    _, said, _ = start("norm_form", "mijn vader van 70 huurt bij mij een kamer met contract, wat is mijn norm. ik ben 40")
    uit = norm(leeftijd=40, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 70, "relatie": "ouder"}])
    assert said[0]["response"] == "utter_kostendelersnorm_familie_huurt_bedrag"
    assert said[0]["kostendelersnorm_bedrag"] == geld(uit["norm"])


def test_family_who_rent_a_room_without_an_amount_asked():
    namen = antwoord_namen("kostendelersnorm", "mijn zus van 38 huurt een kamer bij mij met een contract, telt ze mee",
                           PEILDATUM)
    assert namen[0] == "utter_kostendelersnorm_familie_huurt"


def test_a_day_a_child_turns_an_age_is_no_age():
    assert [m.leeftijd for m in parse.medebewoners("mijn zoon woont bij mij en wordt 3 maart 27")] == [26]


# --- 4. the AOW topic read for a person far from the AOW age ----------------------------------------------------------

def test_the_amount_under_the_aow_age_read_as_the_aow_topic():
    namen = antwoord_namen("aow_aio", "65 alleenstaand, nog geen aow, hoeveel bijstand?", PEILDATUM)
    assert namen[0] == "utter_bijstandsnorm_eigen"


def test_a_young_person_read_as_the_aow_topic_gets_the_young_persons_norm():
    namen = antwoord_namen("aow_aio", "ik ben 18, waarom krijg ik zo weinig bijstand", PEILDATUM)
    assert namen[0].startswith("utter_bijstandsnorm_eigen")


def test_the_aio_asked_under_the_aow_age_stays_the_aow_answer():
    namen = antwoord_namen("aow_aio", "ik ben 61 en woon alleen, hoeveel aio krijg ik later", PEILDATUM)
    assert not namen[0].startswith("utter_bijstandsnorm")
    assert aow_en_aio.norm_voor_de_aow("ik ben 61 en woon alleen, hoeveel aio krijg ik later", DAG) is None


# --- 5. duties: twins, a couple asking for the ontheffing, the child's birthday ahead --------------------------------

def test_twins_are_two_children_of_one_age():
    assert [(m.leeftijd, m.relatie) for m in parse.medebewoners("ik ben alleen met een tweeling van 2")] == \
        [(2, "kind"), (2, "kind")]
    assert parse.leefsituatie("alleen met mijn tweeling") == "alleenstaande_ouder"


def test_a_single_parent_of_young_twins_may_ask_for_the_ontheffing():
    _, said, _ = start("plichten_form", "ik zit alleen met een tweeling van 2, moet ik solliciteren")
    assert said[0]["response"] == "utter_participatieplicht_jong_kind"


def test_a_couple_asking_for_the_ontheffing_for_a_young_child_hears_no():
    namen = antwoord_namen("participatieplicht", "ik ben getrouwd en we hebben een kind van 2. kan ik vrijstelling "
                                                 "krijgen van werk zoeken?", PEILDATUM)
    assert namen[0] == "utter_participatieplicht_stel_jong_kind_ontheffing"
    assert tekst_op({"response": namen[0]}, DAG, "nl-je").startswith("Nee")


def test_a_couple_asking_whether_they_must_apply_still_hears_yes():
    namen = antwoord_namen("participatieplicht", "ik ben getrouwd en we hebben een kind van 2, moet ik solliciteren",
                           PEILDATUM)
    assert namen[0] == "utter_participatieplicht_stel_jong_kind"


def test_an_ontheffing_with_the_childs_birthday_ahead_has_not_ended():
    from actions.feiten_uit_bericht.participatie import ontheffing_voorbij
    assert ontheffing_voorbij("ik heb ontheffing want mijn dochter is nog klein, ze wordt in april 5. en dan?", DAG) is None
    assert ontheffing_voorbij("ik had ontheffing, mijn dochter is vorige week 5 geworden", DAG) is not None


def test_the_months_left_of_the_ontheffing_say_it_stops():
    assert "stopt" in tekst_op({"response": "utter_participatieplicht_ontheffing_nog", "maanden_over": "3"}, DAG, "nl-je")


# --- 6. trips: the partner's weeks used up, a trip written for someone else, a trip next year ------------------------

def test_the_partners_weeks_used_up_are_not_the_persons():
    text = "mijn vrouw heeft haar 4 weken dit jaar op. ik ben nog nergens geweest, mag ik 10 dagen naar polen"
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_partner_los"


def test_weeks_used_up_is_a_trip_taken_but_a_question_about_them_is_not():
    assert reizen._AL_OP.search("mijn man heeft zijn 4 weken dit jaar op")
    assert not reizen._AL_OP.search("mag ik nu nog 2 weken met de kinderen weg of gaat dat van onze weken op")


def test_he_in_a_message_for_someone_else_is_no_partner():
    text = ("ik vraag het voor mijn oom. hij is 72 en heeft aow en aio. hij wil 8 weken naar suriname, "
            "hij is dit jaar niet weg geweest. kan dat")
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden is not None and "partner" not in gevonden.response


def test_a_trip_next_year_counts_in_next_years_days():
    reis = reizen.reis_uit_tekst("ik wil volgend jaar 3 weken naar ghana", DAG)
    assert date.fromisoformat(reis["vertrek"]).year == DAG.year + 1
    assert date.fromisoformat(reizen.reis_uit_tekst("ik wil in 2026 nog 1 week weg", DAG)["vertrek"]) == DAG


# --- 7. a housemate who reaches the kostendeler age on a day ahead: the norm now and from that day -------------------

def test_a_housemate_turning_the_kostendeler_age_later_is_a_year_younger_now():
    assert [m.leeftijd for m in parse.medebewoners("mijn zoon woont bij mij en wordt in april 27")] == [26]


def test_the_norm_now_and_from_the_day_a_housemate_turns_the_kostendeler_age():
    _, said, _ = start("norm_form", "mijn zoon woont bij mij, hij wordt 15 maart 27. ik ben 48. wat krijg ik nu en straks")
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", DAG)
    nu = norm(leeftijd=48, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": grens - 1, "relatie": "kind"}])
    straks = knowledge.bereken("bijstandsnorm", {"peildatum": "2027-03-15", "gemeente": GEMEENTE, "leeftijd": 48,
                                                 "leefsituatie": "alleenstaande",
                                                 "medebewoners": [{"leeftijd": grens, "relatie": "kind"}]})
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler_straks"
    assert (said[0]["norm_eigen"], said[0]["norm_straks"]) == (geld(nu["norm"]), geld(straks["norm"]))
    assert said[0]["kostendeler_datum"] == "15 maart 2027"


@pytest.mark.parametrize("intent", ["kostendelersnorm", "inlichtingenplicht"])
def test_a_housemate_turning_the_kostendeler_age_asked_as_whether_they_count(intent):
    namen = antwoord_namen(intent, "mijn dochter wordt in juni 27, ik woon alleen met haar. wat verandert er dan", PEILDATUM)
    assert namen[0] == "utter_bijstandsnorm_kostendeler_straks"


# --- H4b: a one-off or yearly gift is said once, not 'EUR 300 is EUR 300 per jaar' ----------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je", "en"])
def test_a_one_off_gift_is_said_once_in_the_topic_answer(variant):
    from tests.actions.eerste_antwoord import antwoord
    berichten = antwoord("giften", "mijn oom gaf me 300 euro, mag ik dat houden?", PEILDATUM, variant)
    tekst = tekst_op(berichten[0], DAG, variant)
    assert tekst.count("300") == 1, tekst  # '€ 300' in Dutch, '€300' in English


def test_a_gift_every_quarter_is_said_once_in_the_gift_form():
    _, said, _ = start("giften_form", "mijn zus geeft me elk kwartaal 200 euro")
    tekst = tekst_op(said[0], DAG, "nl-je")
    assert tekst.count(geld(800)) == 1, tekst


def test_a_monthly_gift_is_still_counted_per_year():
    from tests.actions.eerste_antwoord import antwoord
    berichten = antwoord("giften", "mijn moeder geeft me 50 euro per maand, mag dat?", PEILDATUM)
    tekst = tekst_op(berichten[0], DAG)
    assert f"{geld(50)} per maand telt als {geld(600)} per jaar" in tekst, tekst


# --- H4b: a trip without a day of leaving is counted from today; the first reply says so ---------------------------

def test_a_trip_without_a_date_says_it_leaves_today_and_runs_into_next_year():
    _, said, _ = start("verblijf_buitenland_form", "aio, 3 weken weg geweest, wil nu 12 weken")
    namen = [m.get("response") for m in said]
    assert namen[0].startswith("utter_buitenland_eerder_mag"), namen
    assert "utter_aanname_vertrek_vandaag_jaarwisseling" in namen, namen
    for variant, woorden in (("nl-u", ("vandaag", str(DAG.year + 1))), ("nl-je", ("vandaag", str(DAG.year + 1))),
                             ("en", ("today", str(DAG.year + 1)))):
        tekst = " ".join(tekst_op(m, DAG, variant) for m in said)
        assert all(w in tekst for w in woorden), (variant, tekst)


def test_a_trip_without_a_date_in_the_topic_answer_says_it_leaves_today():
    from tests.actions.eerste_antwoord import antwoord
    namen = [m.get("response") for m in antwoord("buitenland", "mag ik 10 weken naar marokko", PEILDATUM)]
    assert "utter_aanname_vertrek_vandaag_jaarwisseling" in namen, namen


@pytest.mark.parametrize("text", ["ik wil in juli 3 weken naar turkije", "ik wil 2 weken op vakantie, mag dat"])
def test_a_trip_with_its_month_or_within_this_year_needs_no_such_words(text):
    _, said, _ = start("verblijf_buitenland_form", text)
    assert not any((m.get("response") or "").startswith("utter_aanname_vertrek") for m in said)
