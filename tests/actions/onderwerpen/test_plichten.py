"""Duties: the participatieplicht and its ontheffing (a young child, twins, care, the years had), and the
inlichtingenplicht (what to report, a report forgotten and what follows). Dutch first, then English."""

from __future__ import annotations

import pytest

from actions import parse
from tests.actions.eerste_antwoord import DAG, PEILDATUM, antwoord_namen, eerste_tekst, responses, start, tekst_op


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
