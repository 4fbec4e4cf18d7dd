"""Time abroad (verblijf buitenland): trips taken and planned, their dates and lengths, the days left, a partner's own
weeks, the AIO and the SVB past the AOW age, the trip calculator's first turn. Dutch first, then English."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import knowledge
from actions import parse
from actions.feiten_uit_bericht import reizen
from tests.actions.eerste_antwoord import DAG, PEILDATUM, antwoord_namen, responses, start, tekst_op


# --- s14: trips: a length said with "terug gekomen", the same weekend trip again and again ----------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_taken_said_as_na_weken_terug_gekomen():
    text = "ik moest naar turkije voor mijn zieke vader en ben pas na 7 weken terug gekomen. wat betekent dat voor mij"
    assert parse.duur(text) == parse.Duur(7, "week")
    for intent in ("buitenland", "aanvraag", "inlichtingenplicht"):
        namen = antwoord_namen(intent, text, PEILDATUM)
        assert namen[0] == "utter_buitenland_eerder_te_lang_al", intent


@pytest.mark.usefixtures("voorbeelddorp")
def test_weeks_ago_are_still_no_length():
    assert parse.duur("ik kreeg 3 weken terug een brief") is None


@pytest.mark.usefixtures("voorbeelddorp")
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


# --- s14: a time that is no trip: a month's verlaging, months of bijstand paid back -----------------------------------

@pytest.mark.parametrize("intent, text", [
    ("stopgezet", "mijn uitkering is voor een maand 100% gekort omdat ik een afspraak miste, mag dat"),
    ("stopgezet", "ze hebben mijn bijstand 2 maanden verlaagd en nu krijg ik bijna niks, wat kan ik doen"),
    ("stopgezet", "de gemeente wil 3 maanden bijstand terug omdat ze zelf iets fout deden"),
])
def test_a_verlaging_or_months_of_bijstand_are_no_trip_abroad(intent, text):
    assert not responses(intent, text)[0].startswith("utter_buitenland")


def test_weeks_abroad_read_as_stopped_keep_the_trip_answer():
    assert responses("stopgezet", "ik was 6 weken in het buitenland en nu is mijn uitkering gestopt")[0] \
        .startswith("utter_buitenland")


# --- s15: trips: the partner's weeks used up, a trip written for someone else, a trip next year -----------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_partners_weeks_used_up_are_not_the_persons():
    text = "mijn vrouw heeft haar 4 weken dit jaar op. ik ben nog nergens geweest, mag ik 10 dagen naar polen"
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_partner_los"


@pytest.mark.usefixtures("voorbeelddorp")
def test_weeks_used_up_is_a_trip_taken_but_a_question_about_them_is_not():
    assert reizen._AL_OP.search("mijn man heeft zijn 4 weken dit jaar op")
    assert not reizen._AL_OP.search("mag ik nu nog 2 weken met de kinderen weg of gaat dat van onze weken op")


@pytest.mark.usefixtures("voorbeelddorp")
def test_he_in_a_message_for_someone_else_is_no_partner():
    text = ("ik vraag het voor mijn oom. hij is 72 en heeft aow en aio. hij wil 8 weken naar suriname, "
            "hij is dit jaar niet weg geweest. kan dat")
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden is not None and "partner" not in gevonden.response


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_next_year_counts_in_next_years_days():
    reis = reizen.reis_uit_tekst("ik wil volgend jaar 3 weken naar ghana", DAG)
    assert date.fromisoformat(reis["vertrek"]).year == DAG.year + 1
    assert date.fromisoformat(reizen.reis_uit_tekst("ik wil in 2026 nog 1 week weg", DAG)["vertrek"]) == DAG


# --- s15: a trip without a day of leaving is counted from today; the first reply says so ------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_without_a_date_says_it_leaves_today_and_runs_into_next_year():
    _, said, _ = start("verblijf_buitenland_form", "aio, 3 weken weg geweest, wil nu 12 weken")
    namen = [m.get("response") for m in said]
    assert namen[0].startswith("utter_buitenland_eerder_mag"), namen
    assert "utter_aanname_vertrek_vandaag_jaarwisseling" in namen, namen
    for variant, woorden in (("nl-u", ("vandaag", str(DAG.year + 1))), ("nl-je", ("vandaag", str(DAG.year + 1))),
                             ("en", ("today", str(DAG.year + 1)))):
        tekst = " ".join(tekst_op(m, DAG, variant) for m in said)
        assert all(w in tekst for w in woorden), (variant, tekst)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_without_a_date_in_the_topic_answer_says_it_leaves_today():
    from tests.actions.eerste_antwoord import antwoord
    namen = [m.get("response") for m in antwoord("buitenland", "mag ik 10 weken naar marokko", PEILDATUM)]
    assert "utter_aanname_vertrek_vandaag_jaarwisseling" in namen, namen


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["ik wil in juli 3 weken naar turkije", "ik wil 2 weken op vakantie, mag dat"])
def test_a_trip_with_its_month_or_within_this_year_needs_no_such_words(text):
    _, said, _ = start("verblijf_buitenland_form", text)
    assert not any((m.get("response") or "").startswith("utter_aanname_vertrek") for m in said)
