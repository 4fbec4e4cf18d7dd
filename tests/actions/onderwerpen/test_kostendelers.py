"""Housemates and the kostendelersnorm: who lives with the person (read from the message), their ages and the day one
reaches the kostendeler age, family who rent a room, a guest (logeren), a parent or child at home. Dutch first, then
English."""

from __future__ import annotations

import pytest

import knowledge
from actions import parse
from tests.actions.eerste_antwoord import (DAG, GEMEENTE, PEILDATUM, antwoord_namen, eerste_tekst, geld, norm,
                                           responses, start, tekst_op)


# --- s14: an amount is never an age, a count of months never an amount, a year before a rule never a wage -------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["mijn broer geeft me 100 euro", "mijn zus stuurt me elke maand 60",
                                  "mijn oom betaalt 80 per maand voor mijn telefoon"])
def test_an_amount_after_a_relative_is_no_age(text):
    assert all(m.leeftijd is None for m in parse.medebewoners(text) or [])


@pytest.mark.usefixtures("voorbeelddorp")
def test_an_age_beside_an_amount_is_still_the_age():
    assert [m.leeftijd for m in parse.medebewoners("mijn broer van 33 woont bij mij en betaalt 200 huur")] == [33]


# --- s14: the norm: raised when, bruto or netto, a single parent, housemates ------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_general_kostendelersnorm_says_its_amounts_and_the_hoofdverblijf():
    tekst = tekst_op({"response": "utter_kostendelersnorm"}, DAG)
    for aantal in (2, 3):
        norm = knowledge.bereken("bijstandsnorm", {
            "peildatum": PEILDATUM, "leeftijd": 40, "leefsituatie": "alleenstaande",
            "medebewoners": [{"leeftijd": 40, "relatie": "anders"}] * (aantal - 1)})["norm"]
        assert geld(norm) in tekst
    assert "hoofdverblijf" in tekst


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_care_said_after_maar_is_mantelzorg():
    text = "ik heb een huurhuis maar slaap meestal bij mijn oom omdat hij veel hulp nodig heeft. telt dat als kostendeler"
    assert antwoord_namen("kostendelersnorm", text, PEILDATUM)[0] == "utter_kostendelersnorm_mantelzorg"


# --- s14: "mijn moeder en ik wonen samen": a parent or a child named first, then 'en ik' ------------------------------

@pytest.mark.parametrize("text", [
    "mijn vader en ik wonen al twee jaar samen, zijn we dan een stel voor de gemeente",
    "ik en mijn dochter van 31 delen een huurhuis, telt dat als samenwonen",
    "mn zoon en ik zijn huisgenoten, zien ze ons als gezamenlijke huishouding?",
])
def test_a_parent_or_child_and_i_living_together_are_no_couple(text):
    assert responses("samenwonen", text)[0] == "utter_samenwonen_familie"
    assert eerste_tekst("samenwonen", text).startswith("Nee.")


@pytest.mark.parametrize("text", [
    "mijn vriendin en ik wonen samen, wat betekent dat voor de bijstand",
    "mijn moeder en ik gaan samen op vakantie, mag dat",
])
def test_a_partner_and_i_or_no_home_shared_keep_the_other_answers(text):
    assert responses("samenwonen", text)[0] != "utter_samenwonen_familie"


# --- s15: the norm: adults counted with the person, a couple said "ik en mijn vrouw", parents who cannot help ---------

@pytest.mark.usefixtures("voorbeelddorp")
def test_adults_counted_with_the_person_are_the_others_in_the_house():
    huisgenoten = parse.medebewoners("we wonen met 3 volwassenen in een huis, allemaal boven de 40")
    assert [m.leeftijd for m in huisgenoten] == [41, 41]


@pytest.mark.usefixtures("voorbeelddorp")
def test_family_who_rent_a_room_with_the_amount_asked():
    namen = antwoord_namen("kostendelersnorm", "mijn zus van 38 huurt een kamer bij mij met een contract. "
                                               "wat wordt mijn bijstand? ik ben 45", PEILDATUM)
    assert namen[0] == "utter_kostendelersnorm_familie_huurt_bedrag"
    _, said, _ = start("norm_form", "mijn vader van 70 huurt bij mij een kamer met contract, wat is mijn norm. ik ben 40")
    uit = norm(leeftijd=40, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 70, "relatie": "ouder"}])
    assert said[0]["response"] == "utter_kostendelersnorm_familie_huurt_bedrag"
    assert said[0]["kostendelersnorm_bedrag"] == geld(uit["norm"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_family_who_rent_a_room_without_an_amount_asked():
    namen = antwoord_namen("kostendelersnorm", "mijn zus van 38 huurt een kamer bij mij met een contract, telt ze mee",
                           PEILDATUM)
    assert namen[0] == "utter_kostendelersnorm_familie_huurt"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_day_a_child_turns_an_age_is_no_age():
    assert [m.leeftijd for m in parse.medebewoners("mijn zoon woont bij mij en wordt 3 maart 27")] == [26]


# --- s15: a housemate who reaches the kostendeler age on a day ahead: the norm now and from that day ------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_housemate_turning_the_kostendeler_age_later_is_a_year_younger_now():
    assert [m.leeftijd for m in parse.medebewoners("mijn zoon woont bij mij en wordt in april 27")] == [26]


@pytest.mark.usefixtures("voorbeelddorp")
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


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("intent", ["kostendelersnorm", "inlichtingenplicht"])
def test_a_housemate_turning_the_kostendeler_age_asked_as_whether_they_count(intent):
    namen = antwoord_namen(intent, "mijn dochter wordt in juni 27, ik woon alleen met haar. wat verandert er dan", PEILDATUM)
    assert namen[0] == "utter_bijstandsnorm_kostendeler_straks"


# --- s15: a relationship apart may; moving in with the partner is a couple --------------------------------------------

def test_moving_in_with_a_parent_stays_family():
    assert responses("samenwonen", "mijn moeder en ik gaan samenwonen, zijn we dan een stel")[0] == \
        "utter_samenwonen_familie"


# --- s17: "we zijn 4 mensen": the person is one of them ---------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text,aantal", [
    ("we zijn met 3 mensen in huis, allemaal boven de 40", 2),
    ("wij zijn 5 personen in 1 huis, iedereen is volwassen", 4),
    ("we wonen met z'n drieën, allemaal ouder dan 30", 2),
])
def test_a_count_of_people_with_wij_includes_the_person(text, aantal):
    assert len(parse.medebewoners(text)) == aantal


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_count_followed_by_the_people_named_is_not_counted_twice():
    gevonden = parse.medebewoners("we zijn 3 mensen in huis: ik (44), mijn oom van 70 en mijn nicht van 35")
    assert sorted(m.leeftijd for m in gevonden) == [35, 70]
