"""Time abroad (verblijf buitenland): trips taken and planned, their dates and lengths, the days left, a partner's own
weeks, the AIO and the SVB past the AOW age, the trip calculator's first turn. Dutch first, then English."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import engels, feiten_uit_bericht, parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import eerdere_reizen, nieuwe_reis, reis_uit_tekst, reizen
from actions.rekenhulpen.verblijf_buitenland import VRAGEN
from tests.actions.eerste_antwoord import (DAG, DAG_6, DORP, EN, EN_6, EN_DORP, EN_DORP_6, FEITEN_6, JE_8, OP, OP_6,
                                           PEILDATUM, PEILDATUM_6, _buitenland, _partner_limiet, antwoord,
                                           antwoord_namen, form_begin, form_berichten_en_6, form_namen_en_6, reis,
                                           responses, start, tekst_6, tekst_op, waarde_6)
from tests.actions.eerste_antwoord import DOMAIN, JUNI, alles, bereken_reis as bereken, feiten_juni as _feiten
from wegwijs.responses import response_text


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


# --- s16: trips: a later part with a month and a length, ordinal days, "en met kerst" ---------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_second_trip_taken_said_as_month_and_length_counts_too():
    text = "in mei 2 weken weg geweest, september 2 weken. mag ik met kerst nog een week naar polen"
    assert len(reizen.eerdere_reizen(text, DAG)) == 2
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    used = reis(("2026-05-01", "2026-05-15"), ("2026-09-01", "2026-09-15"))
    assert used["dagen_over"] == 0
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_eerder"] == str(used["dagen_gebruikt"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_taken_with_ordinal_days_of_a_month_named_before():
    text = "ik ben in juni in turkije geweest, vertrokken op de 5e en teruggekomen op de 19e. hoeveel dagen mag ik nog weg"
    assert reizen.eerdere_reizen(text, DAG) == [{"vertrek": "2026-06-05", "terug": "2026-06-19"}]
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_eerder_over"
    assert gevonden.waarden["dagen_over"] == str(reis(("2026-06-05", "2026-06-19"))["dagen_over"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_ordinal_days_without_a_month_are_no_trip():
    assert reizen.eerdere_reizen("vertrokken op de 5e en terug op de 19e, hoeveel dagen heb ik nog", DAG) == []


@pytest.mark.usefixtures("voorbeelddorp")
def test_two_trips_next_year_joined_by_en_met_kerst_are_added_up():
    text = "volgend jaar wil ik in het voorjaar 3 weken naar marokko en met kerst nog 2 weken naar mijn broer, mag dat"
    gevonden = reizen.buitenland(text, DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_reizen_te_lang"
    assert gevonden.waarden["jaar"] == "2027"
    assert int(gevonden.waarden["dagen_gebruikt"]) > int(gevonden.waarden["max_dagen"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_tot_en_met_still_does_not_split_a_trip():
    assert reizen._REISDEEL.split("van 3 tot en met 20 juli") == ["van 3 tot en met 20 juli"]


# --- s16: the trip calculator started by a question on the rule, with no trip of one's own ----------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_question_on_the_rule_without_a_trip_gets_the_rule_before_the_first_question():
    _, said, vragen = start("verblijf_buitenland_form", "mijn vrouw heeft haar weken opgemaakt, mag ze mijn dagen overnemen")
    assert [m.get("response") for m in said] == ["utter_buitenland"]
    assert vragen[0] == "leeftijd"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_of_ones_own_still_gets_its_days():
    _, said, _ = start("verblijf_buitenland_form", "ik wil in mei 2 weken naar spanje")
    assert [m.get("response") for m in said] == ["utter_buitenland_dagen_over"]


# --- s16: a number and its unit are built together, once: "nog 1 dag over", not "nog 1 dagen over" --------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("variant, zin", [("nl-u", "U heeft nog 1 dag over."), ("en", "You have 1 day left.")])
def test_knowledges_explanation_of_one_day_left(variant, zin):
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 40,
                                                    "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-28"}]},
                            variant)
    assert uit["dagen_over"] == 1
    stappen = " ".join(s["tekst"] for s in uit["stappen"])
    assert zin in stappen and "1 dagen" not in stappen and "1 days" not in stappen


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("variant, zin", [("nl-u", "nog 1 dag over"), ("nl-je", "nog 1 dag over"),
                                          ("en", "You have 1 day left")])
def test_a_fact_answer_with_one_day_left(variant, zin):
    from actions import engels
    from tests.actions.eerste_antwoord import tekst_op
    gevonden = reizen.buitenland("ik was dit jaar al 27 dagen weg, hoeveel dagen heb ik nog", DAG, "buitenland")
    assert gevonden.waarden["dagen_over"] == "1"  # the readers keep numbers; the unit comes on the way out
    text = tekst_op({"response": gevonden.response, **engels.waarden_in_sessietaal(gevonden.waarden, variant)}, DAG,
                    variant)
    assert zin in text and "1 dagen" not in text and "27 dagen" in text.replace("27 days", "27 dagen")


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_trip_calculators_outcome_with_one_day_left():
    from actions.rekenhulpen.verblijf_buitenland import uitkomst
    from knowledge.teksten import met_variant
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 40,
                                                    "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-28"}]})
    assert uitkomst(uit)[1]["dagen_over_tekst"] == "1 dag" and uitkomst(uit)[1]["dagen_over"] == "1"
    with met_variant("en"):
        assert uitkomst(uit)[1]["dagen_over_tekst"] == "1 day"


# --- s16: AIO and a partner under the AOW age on the same trip: the partner keeps the shorter limit -------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_aio_trip_too_long_for_the_younger_partner():
    text = "ik ben 71 en heb aio, mijn man is 60. we willen in mei samen 6 weken naar ghana, mag dat"
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_aio_partner_te_lang"
    dagen = 6 * 7
    assert gevonden.waarden["partner_max_weken"] == str(_partner_limiet())
    assert gevonden.waarden["partner_dagen_zonder_aio"] == str(dagen - _partner_limiet() * 7)


@pytest.mark.usefixtures("voorbeelddorp")
def test_an_aio_trip_that_fits_the_younger_partner_too():
    text = "ik ben 68 met aio en ga met mijn vrouw van 61 in april 2 weken naar marokko"
    gevonden = reizen.buitenland(text, DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_aio_partner_mag"
    assert gevonden.waarden["partner_dagen_over"] == str(_partner_limiet() * 7 - 14)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["ik ben 70 en heb aio, ik wil in mei 6 weken naar ghana",  # no partner
                                  "ik ben 40, mijn vrouw is 38, we willen in mei 3 weken naar marokko"])  # no AIO
def test_without_aio_and_a_younger_partner_the_answer_stays(text):
    assert not reizen.buitenland(text, DAG, "buitenland").response.startswith("utter_buitenland_aio_partner")


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("variant, begin", [("nl-u", "Voor u wel, voor uw partner niet. Na deze reis van 6 weken"),
                                            ("nl-je", "Voor jou wel, voor je partner niet."),
                                            ("en", "For you yes, for your partner no.")])
def test_the_aio_partner_answer_in_each_variant(variant, begin):
    from actions import engels
    from tests.actions.eerste_antwoord import tekst_op
    gevonden = reizen.buitenland("ik ben 71 en heb aio, mijn man is 60. we willen in mei samen 6 weken naar ghana",
                                 DAG, "buitenland")
    text = tekst_op({"response": gevonden.response, **engels.waarden_in_sessietaal(gevonden.waarden, variant)}, DAG,
                    variant)
    assert text.startswith(begin) and "SVB" in text
    assert ("14 days" if variant == "en" else "14 dagen") in text  # 6 weeks is 42 days, 28 of them allowed


# --- s17: trips: the SVB when the person or the partner has the AOW age (art. 47a lid 1) ------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_knowledge_sets_the_svb_when_only_the_partner_has_the_aow_age():
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 63, "partner_leeftijd": 71,
                                                    "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]})
    assert uit["uitvoerder"] == "svb" and not uit["aow_leeftijd"]
    assert uit["max_weken"] == knowledge.waarde("buitenland.weken_per_jaar", DAG)
    onder = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 63, "partner_leeftijd": 64,
                                                      "reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]})
    assert onder["uitvoerder"] == "gemeente"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_with_a_partner_past_the_aow_age_names_the_svb_and_the_own_limit():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.buitenland("ik ben 58 en ga met mijn vrouw van 70 samen 2 weken naar ghana", DAG,
                                 "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_partner_aow_mag"
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert "SVB beslist" in tekst and "gemeente" not in tekst.replace("niet aan de gemeente", "")


@pytest.mark.usefixtures("voorbeelddorp")
def test_past_the_aow_age_the_partners_own_weeks_and_the_svb():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.partner_reis_los("ik ben 72. mijn man was in april 2 weken in italie. mag ik nu 8 weken "
                                       "naar curacao of telt dat van hem mee", DAG)
    assert gevonden.response == "utter_buitenland_partner_los_aio"
    assert gevonden.waarden["partner_max_weken"] == str(int(knowledge.waarde(
        "buitenland.weken_per_jaar_aio_partner_jonger", DAG)))
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert "De SVB beslist" in tekst and "De gemeente" not in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couples_trip_past_the_aow_age_with_the_partners_earlier_trips():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.met_partner("ik ben 68, mijn vrouw en ik willen samen 6 weken naar aruba. zij was dit jaar al "
                                  "3 weken weg", DAG)
    assert gevonden.response == "utter_buitenland_partner_te_lang_aio"
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert f"hoogstens {gevonden.waarden['partner_max_weken']} weken weg" in tekst and "De SVB beslist" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_general_trip_answer_names_the_svb_at_the_aow_age():
    assert "Geef de reis dan door aan de SVB" in tekst_op({"response": "utter_buitenland"}, DAG)


# --- s17: gifts: one period said for two amounts, and whether to report a gift under the limit ------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_no_days_left_names_the_only_exception_and_calling_first():
    tekst = tekst_op({"response": "utter_buitenland_eerder_op", "jaar": "2026", "dagen_eerder_tekst": "28 dagen",
                      "max_dagen_tekst": "28 dagen"}, DAG)
    assert "zeer dringende redenen" in tekst and "Bel de gemeente dan voordat u gaat" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_partners_weeks_cannot_be_added_to_ones_own():
    from actions.feiten_uit_bericht import reizen
    gevonden = reizen.buitenland("mijn vrouw blijft thuis, mag ik haar weken gebruiken om 7 weken naar ghana te gaan",
                                 DAG, "bereken_verblijf_buitenland")
    assert gevonden.response == "utter_buitenland_weken_partner_niet"
    assert tekst_op({"response": gevonden.response}, DAG).startswith("Nee, dat kan niet.")


# --- s18: trips: days not used go on to no next year; a partner's age said with "ook" ---------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
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


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_partner_of_the_same_age_said_with_ook_and_weeks_are_no_age():
    assert reizen.partner_reist_mee("ik ben 71 en mijn man ook, we willen samen 9 weken naar aruba", DAG) == 71
    assert reizen.partner_reist_mee("ik ben 70, mijn vrouw en ik willen 6 weken naar ghana", DAG) is None
    gevonden = reizen.buitenland("ik ben 70, mijn vrouw en ik willen 6 weken naar ghana", DAG,
                                 "bereken_verblijf_buitenland")
    assert gevonden is not None and "aio" in gevonden.response


# --- s18: past the AOW age with the partner along, the partner's age not said: the partner's own limit ----------------

@pytest.mark.usefixtures("voorbeelddorp")
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


# --- s17 (English): second round: the ontheffing's years and its end, trips said without a verb, gifts across the year's end ---

@pytest.mark.parametrize("text, over", [("abroad 5 days + 10 days, left?", "13 days left"),
                                        ("away 7 days and 8 days. how many days left?", "13 days left")])
def test_trips_said_as_a_list_are_trips_taken(text, over):
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", text)
    assert naam == "utter_buitenland_eerder_over"
    assert over in tekst


def test_weeks_abroad_already_at_the_end_are_a_trip_taken():
    assert "al 3 weken in het buitenland geweest dit jaar" in naar_nederlands("3 weeks abroad this year already, "
                                                                             "can I go 1 more week")


def test_before_christmas_and_new_year_are_the_end_of_this_year():
    assert "voor kerst" in naar_nederlands("she gives me 300 before christmas")
    assert "voor nieuwjaar" in naar_nederlands("can i go 2 weeks before new year")


# --- s17 (English): a year under the AOW age --------------------------------------------------------------------------

def test_a_year_under_the_aow_age_a_trip_says_it_too():
    begin = form_begin("verblijf_buitenland_form", "ik ben 66 en wil 6 weken naar Turkije", PEILDATUM, "nl-je",
                       "voorbeelddorp")
    namen = [m.get("response") for m in begin.berichten]
    assert namen[0].startswith("utter_buitenland") and "utter_aow_bijna" in namen


# --- s18 (English): a trip with a length and its two dates: the dates say when ----------------------------------------

def test_a_trip_of_days_from_one_date_till_another_leaves_on_the_first_date():
    # the second date was read as the day of leaving (a trip from 30 December, 1 day in this year: "6 days left")
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", "I spent 3 weeks in Turkey in the summer. May I go for 8 days "
                                                     "at New Year, from 22 till 30 December?")
    assert naam == "utter_buitenland_eerder_te_lang"
    assert tekst.startswith("No") and "7 days left" in tekst


def test_the_same_in_dutch():
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", "ik ben deze zomer 3 weken in turkije geweest, mag ik nog 8 "
                                                     "dagen weg van 22 tot 30 december?", "nl-je")
    assert naam == "utter_buitenland_eerder_te_lang" and "7 dagen over" in tekst


def test_the_days_left_before_a_trip_that_still_fits_are_said():
    # "i am 69 on aio ... 8 weeks this year, now 6 weeks": the days left before the trip were said only when it was
    # too long; a trip that fits says them too (session 17's leftover "does not say the days left before the trip")
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", "I'm 70 and get AIO. I was in Suriname for 9 weeks this year. "
                                                     "May I go again for 2 weeks?")
    assert naam == "utter_buitenland_eerder_mag_aio"
    assert "You had 28 days left" in tekst


# --- s18 (English): a guest from abroad is no trip --------------------------------------------------------------------

def test_an_own_trip_with_a_partner_still_counts_the_days_abroad():
    assert EN.eerste("samenwonen", "we live together and want to go abroad for 6 weeks, do our days count together")[0] \
        .startswith("utter_buitenland")


# --- s8: time abroad: the days left said, the days left before a new trip, the AIO ------------------------------------

def test_days_left_said_in_the_message_count_against_the_new_trip():
    text = "mijn oom is overleden ik wil 12 dagen naar turkije maar ik heb nog maar 9 dagen over"
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_over_te_lang"
    assert eerste["dagen_over_voor"] == "9" and eerste["dagen_zonder_bijstand"] == "3"
    zin = tekst_6(eerste)
    assert zin.startswith("Nee") and "zeer dringende redenen" in zin and "beslist" in zin


def test_days_left_said_and_a_trip_that_fits():
    eerste = antwoord("buitenland", "ik heb dit jaar nog 10 dagen over mag ik een week naar spanje", PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_over_mag"
    assert eerste["dagen_over"] == str(10 - 7)


def test_days_left_said_in_the_trip_forms_first_message_come_first():
    _, berichten, _ = OP_6.start("verblijf_buitenland_form", "ik wil 10 dagen naar marokko maar ik heb nog maar 8 dagen over")
    assert berichten and berichten[0]["response"] == "utter_buitenland_over_te_lang"


def test_too_long_after_earlier_trips_says_the_days_that_were_left():
    eerste = antwoord("buitenland", "in maart was ik 12 dagen weg en nu wil ik nog 3 weken naar ghana", PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_eerder_te_lang"
    eerder = _buitenland([{"vertrek": "2026-03-01", "terug": "2026-03-13"}])
    assert eerste["dagen_over_voor"] == str(eerder["dagen_over"])
    assert f"nog {eerder['dagen_over']} dagen over" in tekst_6(eerste)


@pytest.mark.parametrize("text", ["mijn moeder van 75 heeft aio hoe lang mag ze naar marokko",
                                  "ik heb aio, hoe lang mag ik op vakantie"])
def test_the_aio_abroad_without_a_length_gets_its_limit_and_the_svb(text):
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_aio"
    zin = tekst_6(eerste)
    assert FEITEN_6["buitenland_weken_aow"] + " weken" in zin and "SVB" in zin and "artikel 13" in zin


# --- s8: texts: the article and "de gemeente beslist"; werk.nl; a new aanvraag after moving ---------------------------

@pytest.mark.parametrize("text", ["ik ben 70 en heb aio, mag ik 4 maanden naar marokko",
                                  "ik heb aio en wil 20 weken naar suriname"])
def test_a_trip_over_the_aio_limit_says_the_aio_stops_and_the_svb_decides(text):
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_reis_te_lang_aio"
    zin = tekst_6(eerste)
    assert zin.startswith("Nee") and FEITEN_6["buitenland_weken_aow"] + " weken" in zin and "De SVB beslist" in zin


@pytest.mark.parametrize("text", ["ik wil 6 weken naar texel op vakantie", "ik ga 2 weken op vakantie in nederland mag dat",
                                  "mag ik 5 weken op de veluwe kamperen met de kinderen"])
def test_a_holiday_inside_the_netherlands_is_not_held_against_the_limit_abroad(text):
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_in_nederland"
    assert "buiten Nederland" in tekst_6(eerste) and not tekst_6(eerste).startswith("Nee")


@pytest.mark.parametrize("text", ["ik ben in nederland geboren en wil 5 weken naar marokko",
                                  "ik wil met de auto door nederland en dan 5 weken naar frankrijk"])
def test_a_place_abroad_in_the_message_keeps_the_limit(text):
    assert OP_6.responses("buitenland", text)[0] == "utter_buitenland_reis_te_lang"


def test_living_in_the_netherlands_is_not_a_holiday_there():
    assert OP_6.responses("buitenland", "ik woon al 30 jaar in nederland en wil 6 weken op vakantie")[0] != \
        "utter_buitenland_in_nederland"


# --- s9: trips given by their dates -----------------------------------------------------------------------------------

def test_a_past_trip_by_its_dates_and_a_new_one_with_tm_count_together():
    text = ("ben 17 aug vertrokken naar turkije en 7 sept terug gekomen, verder niks dit jaar. "
            "mag ik van 20 tm 27 december naar duitsland")
    eerder, reis = [{"vertrek": "2026-08-17", "terug": "2026-09-07"}], {"vertrek": "2026-12-20", "terug": "2026-12-27"}
    assert eerdere_reizen(text, DAG_6) == eerder and nieuwe_reis(text, DAG_6) == reis
    uit = _buitenland([*eerder, reis])
    _, berichten, _ = OP_6.start("verblijf_buitenland_form", text)
    eerste = berichten[0]
    assert eerste["response"] == ("utter_buitenland_eerder_te_lang" if uit["te_lang"] else "utter_buitenland_eerder_mag")
    assert eerste["dagen_over"] == str(uit["dagen_over"])
    assert eerste["reis_duur"] == "7 dagen"


def test_a_trip_by_dates_without_a_past_word_after_one_that_has_it_is_past():
    text = ("Ik ben 58 en woon alleen. In mei ben ik naar mijn zus in Portugal geweest, weg op 3 mei en terug op "
            "12 mei. Nu is mijn moeder in Polen ziek en ik wil van 14 december tot en met 2 januari bij haar zijn.")
    eerder, reis = [{"vertrek": "2026-05-03", "terug": "2026-05-12"}], {"vertrek": "2026-12-14", "terug": "2027-01-02"}
    assert eerdere_reizen(text, DAG_6) == eerder and nieuwe_reis(text, DAG_6) == reis
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    uit = _buitenland([*eerder, reis], leeftijd=58)
    assert eerste["response"] == "utter_buitenland_eerder_mag" and eerste["dagen_over"] == str(uit["dagen_over"])


@pytest.mark.parametrize("text", ["ik wil van 3 tot 20 maart naar marokko", "ik wil van 3 t/m 20 maart naar marokko"])
def test_dates_of_a_trip_to_come_that_have_passed_this_year_are_next_years(text):
    assert reis_uit_tekst(text, DAG_6) == {"vertrek": f"{DAG_6.year + 1}-03-03", "terug": f"{DAG_6.year + 1}-03-20"}


def test_the_aio_abroad_after_earlier_trips_is_reported_to_the_svb():
    text = "Ik ben 71 en heb AIO van de SVB. Dit jaar was ik al 8 weken in Turkije. Mag ik nog 4 weken gaan?"
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_buitenland_eerder_mag_aio"
    zin = tekst_6(eerste)
    assert zin.startswith("Ja") and FEITEN_6["buitenland_weken_aow"] + " weken" in zin and "De SVB beslist" in zin


# --- s9: two planned trips in one sentence ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, reizen", [
    ("ik wil 2 weken in mei en 3 weken in augustus naar turkije, mag dat",
     [("05-01", "05-15"), ("08-01", "08-22")]),
    ("ik ga 10 dagen in februari en 20 dagen in juni weg", [("02-01", "02-11"), ("06-01", "06-21")]),
    ("ik wil van 1 tot 14 april en van 1 tot 20 augustus naar suriname", [("04-01", "04-14"), ("08-01", "08-20")]),
])
def test_two_planned_trips_in_one_sentence_count_together(text, reizen):
    jaar = DAG_6.year + 1  # months already past this December: next year's
    verwacht = [{"vertrek": f"{jaar}-{van}", "terug": f"{jaar}-{tot}"} for van, tot in reizen]
    uit = _buitenland(verwacht, peildatum=f"{jaar}-01-01")
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == ("utter_buitenland_reizen_te_lang" if uit["te_lang"] else "utter_buitenland_reizen_mag")
    assert eerste["dagen_gebruikt"] == str(uit["dagen_gebruikt"])


@pytest.mark.parametrize("text", ["ik wil 3 weken naar turkije en marokko", "ik wil van 14 december tot en met 2 januari"
                                  " naar polen"])
def test_one_trip_with_en_in_it_stays_one_trip(text):
    assert OP_6.responses("buitenland", text)[0] == "utter_buitenland_dagen_over"


# --- s9: the gemeente keeping money back from the benefit, read as another topic --------------------------------------

@pytest.mark.parametrize("text, eerder, nieuw", [
    ("ik was in april 3 weken weg en wil in december 2 weken naar suriname", [("2026-04-01", "2026-04-22")],
     ("2026-12-06", "2026-12-20")),
    ("ik ben in mei 10 dagen weg geweest en ga in december nog 2 weken", [("2026-05-01", "2026-05-11")],
     ("2026-12-06", "2026-12-20")),
])
def test_a_trip_taken_and_one_planned_in_one_sentence_are_two_trips(text, eerder, nieuw):
    reizen = [{"vertrek": van, "terug": tot} for van, tot in eerder]
    assert eerdere_reizen(text, DAG_6) == reizen
    assert nieuwe_reis(text, DAG_6) == {"vertrek": nieuw[0], "terug": nieuw[1]}
    uit = _buitenland([*reizen, {"vertrek": nieuw[0], "terug": nieuw[1]}])
    eerste = antwoord("buitenland", text, PEILDATUM_6)[0]
    assert eerste["response"] == ("utter_buitenland_eerder_te_lang" if uit["te_lang"] else "utter_buitenland_eerder_mag")
    assert eerste["dagen_over"] == str(uit["dagen_over"])


# --- s9: a couple's trip: each partner has their own days -------------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_couples_trip_when_only_the_partner_was_away_before(variant):
    text = "mijn man en ik willen 3 weken naar spanje. hij is dit jaar al 2 weken weg geweest, ik nog niet. kan dat"
    eerste = antwoord("buitenland", text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_buitenland_partner_te_lang"
    reis = {"vertrek": PEILDATUM_6, "terug": "2026-12-27"}
    ik, hij_voor = _buitenland([reis]), _buitenland([{"vertrek": "2026-01-01", "terug": "2026-01-15"}])
    hij = _buitenland([{"vertrek": "2026-01-01", "terug": "2026-01-15"}, reis])
    assert eerste["dagen_over"] == str(ik["dagen_over"]) and eerste["dagen_over_voor"] == str(hij_voor["dagen_over"])
    assert eerste["dagen_zonder_bijstand"] == str(hij["dagen_zonder_bijstand"])
    zin = tekst_6(eerste, variant)
    assert f"hoogstens {hij_voor['dagen_over']} dagen mee" in zin and "beslist" in zin


def test_the_persons_own_earlier_trip_is_not_the_partners():
    assert OP_6.responses("buitenland", "ik ben dit jaar al 2 weken weg geweest, mag ik nog 3 weken")[0] == \
        "utter_buitenland_eerder_te_lang"


# --- s10: the partner's trip abroad does not count for the person -----------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_partners_weeks_abroad_do_not_count_for_the_person(variant):
    text = "Mijn man is in mei 3 weken naar Egypte geweest. Mag ik nu nog 4 weken gaan of tellen zijn weken ook mee?"
    _, said, _ = OP_6.start("verblijf_buitenland_form", text)
    assert said[0]["response"] == "utter_buitenland_partner_los"
    zin = tekst_6(said[0], variant)
    assert zin.startswith("Nee") and "eigen" in zin and f"{FEITEN_6['buitenland_weken']} weken" in zin
    assert OP_6.responses("buitenland", text, variant)[0] == "utter_buitenland_partner_los"


def test_a_trip_together_keeps_the_couples_answer():
    from actions.feiten_uit_bericht.reizen import buitenland
    assert buitenland("mijn man en ik willen 3 weken weg, hij was al 2 weken weg", DAG_6,
                      "buitenland").response == "utter_buitenland_partner_te_lang"


# --- s10: the weeks of this year used up, a trip next year ------------------------------------------------------------

def test_weeks_used_up_this_year_and_a_trip_in_january_counts_in_the_new_year():
    text = "heb mijn 4 weken dit jaar al op. mag ik op 2 januari 2027 twee weken naar familie in polen?"
    _, said, _ = OP_6.start("verblijf_buitenland_form", text)
    assert said[0]["response"] == "utter_buitenland_dagen_over"
    assert said[0]["jaar"] == "2027"
    assert tekst_6(said[0]).startswith("Ja")


def test_weeks_used_up_and_a_trip_now_is_too_long():
    from actions.feiten_uit_bericht.reizen import buitenland
    gevonden = buitenland("mijn 4 weken zijn al op, mag ik nog 1 week naar duitsland", DAG_6, "buitenland")
    assert gevonden.response == "utter_buitenland_eerder_te_lang"


# --- s11: several trips in one run of words, each with its month: added up against the limit --------------------------

@pytest.mark.parametrize("text, mag", [
    ("10 dagen griekenland in mei 8 dagen in augustus naar italie kan ik in december nog een weekje weg", True),
    ("in maart 3 weken marokko in juli 2 weken kan ik in december nog 10 dagen", False),
    ("1 week frankrijk in juni 1 week portugal in oktober mag ik met de kerstdagen nog 2 weekjes naar familie", True),
])
def test_trips_each_with_a_month_count_together(text, mag):
    _, said, _ = OP_6.start("verblijf_buitenland_form", text)
    assert said[0]["response"] == ("utter_buitenland_reizen_mag" if mag else "utter_buitenland_reizen_te_lang")
    assert said[0]["max_dagen"] == str(knowledge.waarde("buitenland.weken_per_jaar", DAG_6) * 7)


REIS = [
    "wij wonen samen en hebben bijstand, mogen we 5 weken naar suriname",
    "mijn vriend woont bij mij, we gaan 2 weken naar spanje, mag dat",
]


# --- s13: a trip abroad read as living together or a guest ------------------------------------------------------------

@pytest.mark.parametrize("text", REIS)
@pytest.mark.parametrize("intent", ["samenwonen", "logeren"])
def test_a_trip_abroad_gets_the_limit_abroad(intent, text):
    assert OP_6.responses(intent, text)[0].startswith("utter_buitenland")
    assert f"{int(FEITEN_6['buitenland_weken']) * 7} dagen" in OP_6.eerste_tekst(intent, text)


def test_a_stay_of_weeks_without_a_trip_keeps_the_topic():
    assert OP_6.responses("logeren", "mijn nicht logeert 5 weken bij mij")[0].startswith("utter_logeren")


# --- s13: trips: lengths listed after a trip taken, a trip going on ---------------------------------------------------

def test_lengths_listed_after_trips_taken_are_trips_taken():
    text = "ik ben dit jaar drie keer naar polen geweest: 5 dagen, 6 dagen en 2 dagen. mag ik nog 10 dagen weg"
    eerder = reizen.eerdere_reizen(text, DAG_6)
    assert sum((date.fromisoformat(r["terug"]) - date.fromisoformat(r["vertrek"])).days for r in eerder) == 13
    assert reizen.nieuwe_reis(text, DAG_6) is not None


def test_a_trip_going_on_has_used_its_days():
    eerder = reizen.eerdere_reizen("ik zit nu al 20 dagen in turkije, hoeveel dagen heb ik nog", DAG_6)
    assert sum((date.fromisoformat(r["terug"]) - date.fromisoformat(r["vertrek"])).days for r in eerder) == 20


# --- s13: questions that had only the general text: each kind gets its own answer -------------------------------------

def test_no_days_left_this_year_says_so():
    weken = int(waarde_6("buitenland.weken_per_jaar"))
    gevonden = feiten_uit_bericht.buitenland(f"ik was dit jaar al {weken} weken in marokko, mag ik nog een paar "
                                             "dagen naar parijs", DAG_6, "buitenland")
    assert gevonden.response == "utter_buitenland_eerder_op"


def eerste(text: str, variant: str = "nl-u") -> tuple[str, str]:
    said = feiten_uit_bericht.antwoord("buitenland", text, JUNI, DOMAIN)
    return said.response, response_text(said.response, variant, **engels.waarden_in_sessietaal(said.waarden, variant),
                                         **_feiten())


@pytest.mark.parametrize("text, response, begin", [
    ("ik ben 70 en heb aio, mag ik 10 weken naar suriname", "utter_buitenland_dagen_over_aio",
     "Ja, dat mag: na deze reis van 10 weken heeft u in 2026 nog 21 dagen over."),
    ("ik ben 70, ik heb nog 20 dagen over, mag ik 2 weken naar turkije", "utter_buitenland_over_mag_aio", "Ja, dat mag."),
    ("ik ben 70, ik heb nog 10 dagen over, mag ik 3 weken naar turkije", "utter_buitenland_over_te_lang_aio",
     "Nee, dat is te lang."),
    ("ik ben 70, in augustus 2 weken en in oktober wil ik 3 weken naar turkije", "utter_buitenland_reizen_mag_aio",
     "Ja, dat mag."),
    ("ik ben 70, in augustus 8 weken en in oktober wil ik 7 weken naar turkije", "utter_buitenland_reizen_te_lang_aio",
     "Nee, dat is te lang."),
    ("ik ben 70 en heb dit jaar al 13 weken weg geweest, mag ik nog weg", "utter_buitenland_eerder_op_aio",
     "Nee, dit jaar niet meer."),
    ("ik ben 70 en was dit jaar al 3 weken weg", "utter_buitenland_eerder_over_aio", "U heeft in 2026 nog 70 dagen over."),
    ("ik ben 70 en was dit jaar al 100 dagen weg", "utter_buitenland_eerder_te_lang_al_aio",
     "U was dit jaar al 100 dagen weg."),
    ("ik ben 70 en ga elk weekend vrijdag heen en zondag terug, hoeveel weekenden mag dat",
     "utter_buitenland_weekenden_aio", "Zo'n weekend telt als 2 dagen in het buitenland."),
])
@pytest.mark.parametrize("variant, svb, gemeente", [
    ("nl-u", "De SVB beslist", "De gemeente Voorbeeldstad beslist"),
    ("nl-je", "De SVB beslist", "De gemeente Voorbeeldstad beslist"),
    ("en", "The SVB decides", "The gemeente Voorbeeldstad decides"),
])
def test_past_the_aow_age_the_first_answer_says_report_to_the_svb(text, response, begin, variant, svb, gemeente):
    said, tekst = eerste(text, variant)
    assert said == response
    if variant == "nl-u":
        assert tekst.startswith(begin)
    assert svb in tekst and ("aan de SVB" in tekst or "the SVB about" in tekst or "tell the SVB now" in tekst)
    assert gemeente not in tekst and "Veel gemeenten" not in tekst and "Many gemeenten" not in tekst
    assert "AIO" in tekst


@pytest.mark.parametrize("text, response", [
    ("ik ben 45, mag ik 3 weken naar turkije", "utter_buitenland_dagen_over"),
    ("ik ben 45, in augustus 2 weken en in oktober wil ik 3 weken naar turkije", "utter_buitenland_reizen_te_lang"),
    ("ik ga in juli 3 weken naar Turkije", "utter_buitenland_dagen_over"),  # age not known: both limits said
    ("ik ben 45 en was dit jaar al 28 dagen weg, mag ik nog een weekend weg", "utter_buitenland_eerder_op"),
    ("ik ben 45 en ga elk weekend vrijdag heen en zondag terug, hoeveel weekenden mag dat", "utter_buitenland_weekenden"),
])
def test_under_the_aow_age_or_unknown_the_gemeente_stays(text, response):
    said, tekst = eerste(text)
    assert said == response and "De gemeente Voorbeeldstad beslist" in tekst


@pytest.mark.parametrize("variant, melden, geen_aio", [
    ("nl-u", "Geef de reis daarom door aan de SVB voordat u gaat, niet aan de gemeente", "krijgt u geen AIO"),
    ("nl-je", "Geef de reis daarom door aan de SVB voordat je gaat, niet aan de gemeente", "krijg je geen AIO"),
    ("en", "So tell the SVB about the trip before you go, not the gemeente", "you get no AIO"),
])
def test_the_trip_form_past_the_aow_age_says_report_the_trip_to_the_svb(variant, melden, geen_aio):
    mag = bereken({"leeftijd": 70, "reis": {"vertrek": "2026-07-01", "terug": "2026-09-01"}, "eerdere_reizen": [],
                   "variant": variant})
    wat_nu = [m for m in mag if m.get("response") == "utter_bron_en_svb"]
    assert wat_nu and response_text("utter_wat_nu_buitenland_melden_aio", variant) == wat_nu[0]["wat_nu"]
    assert melden in wat_nu[0]["wat_nu"]
    te_lang = bereken({"leeftijd": 70, "reis": {"vertrek": "2026-07-01", "terug": "2026-11-01"},
                       "eerdere_reizen": [], "variant": variant})
    assert geen_aio in te_lang[0]["text"] and "bijstand" not in te_lang[0]["text"]
    wat_nu = [m["wat_nu"] for m in te_lang if m.get("response") == "utter_bron_en_svb"]
    assert wat_nu == [response_text("utter_wat_nu_buitenland_te_lang_aio", variant)]


def test_the_trip_form_under_the_aow_age_keeps_the_gemeente():
    messages = bereken({"leeftijd": 45, "reis": {"vertrek": "2026-07-01", "terug": "2026-09-01"}, "eerdere_reizen": []})
    assert "geen bijstand" in messages[0]["text"]
    assert "Geef dat door aan de gemeente" in alles(messages) and "SVB" not in alles(messages)


@pytest.mark.parametrize("text, response", [
    ("ik ben 70, mag ik in nederland 6 weken naar texel", "utter_buitenland_in_nederland_aio"),
    ("ik ben 45, mag ik in nederland 6 weken naar texel", "utter_buitenland_in_nederland"),
])
def test_a_holiday_in_the_netherlands_past_the_aow_age_asks_the_svb_and_no_work_search(text, response):
    """'U moet ... uw plichten nakomen, zoals ... werk zoeken. Vraag de gemeente' was said to a person of 70 too;
    past the AOW age there is no duty to look for work (Pw art. 47a lid 2) and the SVB decides."""
    said, tekst = eerste(text)
    assert said == response
    if response.endswith("_aio"):
        assert "De SVB beslist" in tekst and "werk zoeken" not in tekst.replace("geen werk te zoeken", "")
        assert "gemeente" not in tekst


# --- s14 (English): an age opening the message, trips -----------------------------------------------------------------

def test_days_in_brackets_repeat_the_weeks():
    slots = EN_DORP.begin("verblijf_buitenland_form",
                       "2 weeks abroad this year so far (14 days). I want to go 10 to 17 December. ok?").slots
    assert len(slots["eerdere_reizen"]) == 1


def test_a_trip_going_on_since_a_day_and_asked_until_another():
    slots = EN_DORP.begin("verblijf_buitenland_form",
                       "I'm in Ghana since 15 November for my father. Can I stay until 22 December?").slots
    assert slots["reis"] == {"vertrek": "2026-11-15", "terug": "2026-12-22"}


@pytest.mark.parametrize("text, dag", [
    ("I'm in Pakistan since 10 November. Can I stay until 20 December?", "8 December 2026"),
    ("ik ga van 1 december tot 15 januari naar Suriname, mag dat?", "29 december 2026")])
def test_a_trip_too_long_with_its_dates_names_the_last_day_to_come_back(text, dag):
    engels = not text.startswith("ik")
    bericht = form_begin("verblijf_buitenland_form", text, PEILDATUM, "en" if engels else None,
                         "voorbeelddorp").berichten[0]
    assert bericht["response"] == "utter_buitenland_reis_te_lang"
    assert dag in bericht["uiterlijk_terug"]


def test_a_trip_too_long_said_by_its_length_names_no_day():
    bericht = EN_DORP.begin("verblijf_buitenland_form", "I want to go 6 weeks to Morocco, is that ok?").berichten[0]
    assert bericht["response"] == "utter_buitenland_reis_te_lang" and bericht["uiterlijk_terug"] == ""


# --- s15 (English): going on holiday read as the holiday pay ----------------------------------------------------------

@pytest.mark.parametrize("text", ["am I allowed a vacation while on bijstand?", "can I go on holiday when I get benefits"])
def test_going_on_holiday_read_as_the_holiday_pay_is_the_trip_answer(text):
    assert antwoord("vakantiegeld", text, PEILDATUM, "en")[0]["response"] == "utter_buitenland"


@pytest.mark.parametrize("text", ["when is my holiday pay paid", "how much holiday money will I get"])
def test_the_holiday_pay_stays_the_holiday_pay(text):
    assert antwoord("vakantiegeld", text, PEILDATUM, "en")[0]["response"].startswith("utter_vakantiegeld")


# --- s16 (English): trips: days taken without a verb, a length in weeks and days --------------------------------------

def test_days_already_abroad_without_a_verb_are_days_taken():
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", "already 20 days abroad this year, i need 10 days for a wedding")
    assert naam == "utter_buitenland_eerder_te_lang"
    assert "8 days" in tekst  # 28 - 20 left, the trip of 10 is 2 too many


@pytest.mark.parametrize("text, variant", [("flight to Lagos for 3 weeks and 9 days, nothing used this year", "en"),
                                           ("vlucht naar lagos voor 4 weken en 3 dagen, dit jaar nog niet weg", "nl-je")])
def test_weeks_and_days_are_one_length(text, variant):
    begin = form_begin("verblijf_buitenland_form", text, PEILDATUM, variant, "voorbeelddorp")
    assert begin.berichten[0]["response"] == "utter_buitenland_reis_te_lang"
    assert parse.duur("4 weken en 3 dagen") == parse.Duur(31, "dag")


# --- s9 (English): trips ----------------------------------------------------------------------------------------------

def test_a_trip_with_years_in_its_dates():
    text = naar_nederlands("nothing abroad this year. trip from 27 december 2026 to 20 january 2027, too long?")
    assert feiten_uit_bericht.reis_uit_tekst(text, DAG_6) == {"vertrek": "2026-12-27", "terug": "2027-01-20"}
    assert "1 november 2026" in naar_nederlands("I started a job on 1 november 2026")  # a single date keeps its year


def test_a_stay_abroad_this_year_is_a_trip_taken():
    gevonden = feiten_uit_bericht.buitenland(naar_nederlands(
        "I stayed in Spain 35 days this year because I got sick there, no other trip. what happens"), DAG_6, "buitenland")
    assert gevonden is not None and gevonden.waarden["dagen_zonder_bijstand"] == "7"


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_longer_than_four_weeks_is_the_limit_asked_not_a_trip():
    assert EN_6.naam("buitenland", "what if i stay abroad longer than 4 weeks because i got sick there") == "utter_buitenland"


def test_a_trip_one_wants_to_leave_for_is_still_to_come():
    said = form_berichten_en_6("verblijf_buitenland_form", "i didnt travel this year. i want to leave 15 december and come back "
                                                  "5 january. ok?")
    assert said and said[0]["response"] == "utter_buitenland_dagen_over"


def test_bijstand_stopped_after_a_trip_over_the_limit_gets_the_days_without_bijstand():
    assert EN_6.naam("stopgezet", "I was 6 weeks in Morocco this summer and now the gemeente stopped my bijstand, is that "
                               "allowed") == "utter_buitenland_eerder_te_lang_al"
    assert EN_6.naam("stopgezet", "they stopped my bijstand and i think it is wrong, what can i do") == "utter_stopgezet"


@pytest.mark.parametrize("text, variant", [("i did not go anywhere in 2026. how long can i stay in somalia now", "en"),
                                           ("ik ben in 2026 nergens geweest. hoe lang mag ik in somalie blijven", "nl-u")])
def test_how_long_abroad_asked_without_a_trip_gets_the_limit_first(text, variant):
    said = form_berichten_en_6("verblijf_buitenland_form", text, variant)
    assert said and said[0]["response"] == "utter_buitenland"


# --- s12 (English): trips ---------------------------------------------------------------------------------------------

def test_a_trip_of_last_year_does_not_count_and_this_years_month_past_is_a_trip_taken():
    from actions.feiten_uit_bericht import eerdere_reizen, nieuwe_reis
    tekst = naar_nederlands("last year I went 4 weeks to Ghana. this year 10 days in april. can I go 3 weeks in december?")
    assert [r["vertrek"][:7] for r in eerdere_reizen(tekst, DAG_6)] == ["2026-04"]
    assert nieuwe_reis(tekst, DAG_6) is not None
    assert form_namen_en_6("verblijf_buitenland_form", "last year I went 4 weeks to Ghana. this year 10 days in april. "
                                                  "can I go 3 weeks in december?")[0] == "utter_buitenland_eerder_te_lang"


# --- s13 (English): trips ---------------------------------------------------------------------------------------------

def test_day_ranges_with_a_dash_are_trips():
    slots = EN_DORP_6.begin("verblijf_buitenland_form", "Holidays so far: 4-9 March, 12-20 May. How many days are left for me?").slots
    assert slots["eerdere_reizen"] == [{"vertrek": "2026-03-04", "terug": "2026-03-09"},
                                       {"vertrek": "2026-05-12", "terug": "2026-05-20"}]


def test_a_date_with_dashes_is_no_range():
    assert naar_nederlands("born 3-4-1990") == "geboren 3-4-1990"


def test_the_day_back_ends_a_trip():
    slots = EN_DORP_6.begin("verblijf_buitenland_form",
                       "I left for Ghana on 5 Aug, came back on 25 Aug. Can I go again 20 to 23 December?").slots
    assert slots["eerdere_reizen"] == [{"vertrek": "2026-08-05", "terug": "2026-08-25"}]


def test_two_ranges_joined_by_and_are_two_trips():
    slots = EN_DORP_6.begin("verblijf_buitenland_form",
                       "I was in Turkey 2-12 April and 1-6 September. Can I still go 18-22 December?").slots
    assert len(slots["eerdere_reizen"]) == 2


# --- s13 (English): the gemeente keeps an amount back from the benefit ------------------------------------------------

def test_a_trip_asked_from_one_day_to_another_after_one_taken():
    slots = EN_DORP_6.begin("verblijf_buitenland_form",
                       "I was in Spain from 3 Oct and came back 12 Oct. Could I go to Paris from 20 to 23 December?").slots
    assert slots["eerdere_reizen"] == [{"vertrek": "2026-10-03", "terug": "2026-10-12"}]
    assert slots["reis"] == {"vertrek": "2026-12-20", "terug": "2026-12-23"}


# --- s19: trips: next year's trips by month, days said as "weggeweest" ------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_trips_in_months_that_passed_this_year_are_next_years():
    gevonden = reizen.geplande_reizen("in april ga ik 3 weken naar marokko. mag ik in september dan nog 2 weken weg?", DAG)
    assert gevonden is not None and gevonden.response == "utter_buitenland_reizen_te_lang"
    assert gevonden.waarden["jaar"] == "2027" and gevonden.waarden["dagen_gebruikt"] == "35"


@pytest.mark.usefixtures("voorbeelddorp")
def test_days_already_away_said_as_weggeweest_and_a_trip_that_must_come():
    gevonden = reizen.buitenland("ik ben dit jaar al 24 dagen weggeweest en moet nu 6 dagen naar een bruiloft", DAG,
                                 "buitenland")
    maximum = int(knowledge.waarde("buitenland.weken_per_jaar", DAG)) * 7
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_zonder_bijstand"] == str(24 + 6 - maximum)


# --- s19: the bijstand stopped after a trip over the limit ------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_bijstand_stopped_after_a_long_trip_says_apply_again():
    antwoord = DORP.responses("stopgezet", "ik ben 8 weken in turkije geweest en nu is mijn uitkering stopgezet, wat moet "
                                         "ik doen")
    assert antwoord[0] == "utter_buitenland_gestopt_opnieuw"
    tekst = tekst_op({"response": antwoord[0]}, DAG)
    assert tekst.startswith("Bent u weer in Nederland? Vraag de bijstand dan meteen opnieuw aan")


# --- s19: the duties asked, read as the norm --------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_trip_in_a_season_counts_with_a_trip_in_a_month():
    gevonden = reizen.buitenland("in maart ga ik 2 weken naar ghana. mag ik in de zomer nog 3 weken naar turkije?", DAG,
                                 "buitenland")
    assert gevonden.response == "utter_buitenland_reizen_te_lang"
    assert gevonden.waarden["jaar"] == "2027" and gevonden.waarden["dagen_gebruikt"] == "35"


@pytest.mark.usefixtures("voorbeelddorp")
def test_flying_out_on_a_day_and_coming_back_on_another_is_the_trip():
    gevonden = reizen.buitenland("ik vlieg 12 december naar mijn zus in servie en kom 6 januari terug. in de zomer ben "
                                 "ik al 12 dagen weggeweest. is dat goed?", DAG, "buitenland")
    maximum = int(knowledge.waarde("buitenland.weken_per_jaar", DAG)) * 7
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_zonder_bijstand"] == str(12 + (31 - 12) - maximum)  # the day of leaving not counted


# --- s19 (English): a bijstand stopped after a trip over the limit: apply again, with the Dutch term ------------------

def test_a_bijstand_stopped_after_a_long_trip_says_apply_again_en():
    from datetime import date

    from tests.actions.eerste_antwoord import tekst_op
    tekst = tekst_op({"response": "utter_buitenland_gestopt_opnieuw"}, date(2026, 12, 7), "en")
    assert tekst.startswith("Are you back in the Netherlands? Then apply for bijstand again (opnieuw aanvragen) at once")


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_years_lived_in_the_netherlands_are_no_holiday_at_home():
    """'I am 64, from Ghana, 30 years in NL ... I want to go 6 weeks in January' got the answer for a stay inside the
    Netherlands ('in NL'); an English trip had no 'naar' for the readers to see the place abroad."""
    berichten = EN_6.begin_namen("verblijf_buitenland_form", "I am 60, 25 years in NL, I want to go 6 weeks to Ghana "
                                                             "in January, can I?")
    assert berichten[:1] == ["utter_buitenland_reis_te_lang"], naar_nederlands("25 years in NL, go 6 weeks to Ghana")
    assert "2 weken naar Texel" in naar_nederlands("I want to go 2 weeks to Texel")


# --- s7: abroad: several planned trips, "langer blijven dan" ----------------------------------------------------------

def test_two_planned_trips_in_one_year_add_up():
    bericht = feiten_uit_bericht.buitenland("in maart 2 weken polen, en in juli wil ik weer 3 weken naar polen. kan dat",
                                            DAG_6, "buitenland")
    assert bericht.response == "utter_buitenland_reizen_te_lang"
    assert bericht.waarden["dagen_gebruikt"] == str(5 * 7) and bericht.waarden["dagen_zonder_bijstand"] == "7"
    _, said, _ = OP_6.start("verblijf_buitenland_form", "in maart 2 weken polen, en in juli wil ik weer 3 weken naar polen. kan dat")
    assert said and said[0]["response"] == "utter_buitenland_reizen_te_lang"


def test_longer_than_four_weeks_asked_with_a_verb_between_is_no_trip_of_four_weeks():
    bericht = OP_6.bericht("buitenland", "mijn moeder is overleden in turkije, mag ik langer blijven dan 4 weken")
    assert bericht["response"] == "utter_buitenland" and "dringende" in tekst_6(bericht)


# --- s20: weekends taken are trips of their days ("3 keer een weekend van vrijdag tot zondag") ------------------------

def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, eerder, over", [
    ("ben 3 keer een weekend naar antwerpen geweest van vrijdag tot zondag en 2 weken italie. kan ik nog een week weg?",
     20, 1),
    ("ik ben dit jaar 6 weekenden naar duitsland geweest, altijd vrijdag tot zondag. nu wil ik 2 weken naar turkije, "
     "mag dat?", 12, 2),
    ("dit jaar 2 lange weekenden in parijs geweest en 2 weken in spanje. mag ik nog een week?", 20, 1),
    ("Ik was 4 weekendjes in België en 1 week in Frankrijk, wil nu nog 10 dagen weg. Kan dat?", 15, 3),
])
def test_weekends_taken_count_with_their_days(text, eerder, over):
    naam, tekst = _eerste_form("verblijf_buitenland_form", text)
    assert naam == "utter_buitenland_eerder_mag"
    assert f"al {eerder} dagen weg" in tekst and f"nog {over} dag" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_long_weekends_with_their_days_said_are_not_counted_twice():
    naam, tekst = OP.eerste("buitenland", "Dit jaar 3x een lang weekend naar mijn vriend in België geweest: 3 dagen, "
                                          "4 dagen en 3 dagen. Nu wil ik 16 dagen naar Spanje. Kan dat nog?")
    assert "al 10 dagen weg" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_every_weekend_still_asks_how_many_weekends():
    assert OP.naam("buitenland", "ik ga elk weekend vrijdag heen en zondag terug, hoeveel weekenden mag dat") == \
        "utter_buitenland_weekenden"


# --- s20 (English): 'i already had 3 weeks holiday' is a trip taken ---------------------------------------------------

@pytest.mark.parametrize("text, samen", [
    ("i already had 3 weeks holiday in poland this summer. now i want 2 weeks to family in december. ok?", 35),
    ("I have already had 10 days in spain this summer. Now I want 3 weeks to my family in december, ok?", 31),
    ("i've had 3 weeks abroad already. can i go 2 weeks more in december?", None),
])
def test_weeks_had_before_count_with_the_new_trip(text, samen):
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", text)
    assert naam != "utter_buitenland" and tekst.startswith("No")
    assert f"{samen} days" in tekst if samen else "7 days left" in tekst


# --- s20 (English): weekends 'friday to sunday' read as the Dutch readers take them -----------------------------------

@pytest.mark.parametrize("text, gelezen", [
    ("went 6 weekends to germany this year, always friday to sunday", "6 weekenden"),
    ("every weekend from saturday till monday to belgium", "zaterdag tot maandag"),
    ("always thursday until sunday to my mother in antwerp", "altijd donderdag tot zondag"),
])
def test_weekends_and_days_of_the_week(text, gelezen):
    assert gelezen in naar_nederlands(text)


def test_a_weekend_from_day_to_day_counts_its_days():
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form",
                                      "every weekend from saturday till monday to belgium, how many weekends can i go")
    assert naam == "utter_buitenland_weekenden"


# --- s6: trips already taken count in the days used -------------------------------------------------------------------

def dagen_over(reizen: list[dict]) -> dict:
    return knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM_6, "leeftijd": "onbekend", "reizen": reizen})


def test_trips_already_taken_count_in_the_days_used():
    """Session-6 brief: 'ik ben dit jaar al 2 keer 9 dagen weg geweest, mag ik nog 2 weken' counted only the new
    trip ('Ja, dat mag: ... nog 14 dagen over')."""
    gevonden = feiten_uit_bericht.buitenland("ik ben dit jaar al 2 keer 9 dagen weg geweest, mag ik nog 2 weken",
                                             DAG_6, "buitenland")
    eerder = feiten_uit_bericht.eerdere_reizen("ik ben dit jaar al 2 keer 9 dagen weg geweest", DAG_6)
    nieuw = {"vertrek": PEILDATUM_6, "terug": "2026-12-20"}
    verwacht = dagen_over([*eerder, nieuw])
    assert len(eerder) == 2 and verwacht["te_lang"]
    assert gevonden.response == "utter_buitenland_eerder_te_lang"
    assert gevonden.waarden["dagen_eerder"] == "18"
    assert gevonden.waarden["dagen_zonder_bijstand"] == str(verwacht["dagen_zonder_bijstand"])


def test_days_left_after_trips_taken_without_a_new_trip():
    gevonden = feiten_uit_bericht.buitenland("ik ben dit jaar al 2 keer 9 dagen in polen geweest, hoeveel dagen heb "
                                             "ik nog", DAG_6, "buitenland")
    assert gevonden.response == "utter_buitenland_eerder_over"
    assert gevonden.waarden["dagen_over"] == str(dagen_over(feiten_uit_bericht.eerdere_reizen(
        "al 2 keer 9 dagen geweest", DAG_6))["dagen_over"]) == "10"


def test_a_trip_that_still_fits_after_trips_taken():
    gevonden = feiten_uit_bericht.buitenland("ik ben al 3 weken weg geweest dit jaar, mag ik nog een week weg",
                                             DAG_6, "buitenland")
    assert gevonden.response == "utter_buitenland_eerder_mag" and gevonden.waarden["dagen_eerder"] == "21"


def test_a_new_trip_alone_is_not_taken_for_a_trip_already_taken():
    assert feiten_uit_bericht.eerdere_reizen("ik ga in juli 3 weken naar Turkije", DAG_6) == []


def test_the_answer_two_times_nine_days_is_two_trips():
    reizen = VRAGEN["eerdere_reizen"].parser("2 keer 9 dagen", DAG_6)
    assert len(reizen) == 2 and all(
        (date.fromisoformat(r["terug"]) - date.fromisoformat(r["vertrek"])).days == 9 for r in reizen)


def test_a_trip_found_in_the_conversation_still_gets_its_days_first():
    """s6: 'volgend jaar ga ik in juli 3 weken naar turkije ... hoeveel dagen hou ik over' got 'Hoe oud bent u?':
    the trip was already taken from the conversation, so nothing was 'found' and nothing said first."""
    from actions.rekenhulpen.verblijf_buitenland import ValidateVerblijfBuitenland
    text = "volgend jaar ga ik in juli 3 weken naar turkije, verder ga ik niet weg. hoeveel dagen hou ik dan nog over"
    tracker = Tracker("test", {"requested_slot": "leeftijd", "reis": feiten_uit_bericht.nieuwe_reis(text, DAG_6)},
                      {"text": text, "metadata": {"peildatum": PEILDATUM_6}, "intent": {"name": "x", "confidence": 0.9}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ValidateVerblijfBuitenland().uit_eerste_bericht("leeftijd", dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_buitenland_dagen_over"
    assert dispatcher.messages[0]["dagen_over"] == "7"


# --- s21: "naar X op <dag> en <dag> terug" is a trip to come; "nog nergens geweest" is no earlier ---------------------

# trip. afstemmen_s21 'ben dit jaar nog nergens geweest. ik wil op 20 december naar marokko en kom 15 januari terug, kan
# dat?' got the general rule (no trip read) and would have asked the earlier trips again.

@pytest.mark.parametrize("text, dagen", [
    ("ben dit jaar nog nergens geweest. ik wil op 20 december naar marokko en kom 15 januari terug, kan dat?", "26 dagen"),
    ("ik ga 14 december naar turkije en ben 28 december terug, mag dat", "14 dagen"),
    ("mijn plan: 19 december naar suriname, 9 januari terug. kan dat met bijstand?", "21 dagen"),
])
def test_s21_naar_en_terug(text, dagen):
    naam, tekst = JE_8.form_eerste("verblijf_buitenland_form", text)
    assert naam.startswith("utter_buitenland_dagen_over"), (naam, tekst)
    assert tekst.startswith("Ja") and dagen in tekst


def test_s21_naar_en_terug_te_lang():
    naam, tekst = JE_8.form_eerste("verblijf_buitenland_form",
                                   "we reizen 10 januari naar suriname en komen 20 februari terug, kan dat met bijstand?")
    assert naam.startswith("utter_buitenland_reis_te_lang") and tekst.startswith("Nee"), (naam, tekst)
    assert "reis" not in JE_8.begin("verblijf_buitenland_form",
                                    "we reizen 10 januari naar suriname en komen 20 februari terug").open_vragen


@pytest.mark.parametrize("text", [
    "ben dit jaar nog nergens geweest. ik wil op 20 december naar marokko en kom 15 januari terug, kan dat?",
    "ik ben dit jaar nog niet weg geweest, ik wil 3 weken naar turkije in januari",
    "dit jaar nog nergens heen geweest, mag ik 14 december 2 weken naar polen",
])
def test_s21_nergens_geweest_niet_gevraagd(text):
    begin = JE_8.begin("verblijf_buitenland_form", text)
    assert "eerdere_reizen" not in begin.open_vragen and "reis" not in begin.open_vragen, begin


def test_s21_eerdere_reis_blijft_verleden():
    naam, tekst = JE_8.form_eerste("verblijf_buitenland_form", "ik ben in maart 10 dagen weg geweest en wil nu 18 december "
                                                               "naar spanje en 2 januari terug")
    assert naam == "utter_buitenland_eerder_mag" and "10 dagen" in tekst and "5 dagen" in tekst, (naam, tekst)


# --- s21: "ik zat dit jaar al 25 dagen in het buitenland" is a trip taken ---------------------------------------------

# afstemmen_s21b 'ik zat dit jaar al 25 dagen in het buitenland, wil nog een week naar mijn vader in egypte in december'
# got 'Ja, dat mag ... 23 dagen': "zat" was no past tense, so the 25 days were never counted.

@pytest.mark.parametrize("text, eerst, dagen", [
    ("ik zat dit jaar al 25 dagen in het buitenland, wil nog een week naar mijn vader in egypte in december",
     "Nee", "25 dagen"),
    ("ik zat dit jaar al 10 dagen in turkije, mag ik nog 2 weken weg", "Ja", "10 dagen"),
    ("wij zaten dit jaar al 3 weken in marokko. kan ik in december nog 10 dagen gaan?", "Nee", "21 dagen"),
])
def test_s21_zat_al_dagen(text, eerst, dagen):
    naam, tekst = JE_8.form_eerste("verblijf_buitenland_form", text)
    assert naam.startswith("utter_buitenland_eerder"), (naam, tekst)
    assert tekst.startswith(eerst) and dagen in tekst, tekst


def test_s21_zat_is_verleden():
    assert parse.zegt_verleden("ik zat dit jaar al 25 dagen in het buitenland")
    assert parse.zegt_verleden("we zaten in de zomer in spanje")


# --- s21: a stay of a year or half a year abroad is a length of time (session 20's leftover) --------------------------

# "ik wil een half jaar naar turkije" got the general rule: parse.duur reads no years ("30 jaar" is an age).

@pytest.mark.parametrize("intent, text, dagen", [
    ("buitenland", "ik wil een half jaar naar turkije met mijn bijstand", "182 dagen"),
    ("buitenland", "ik wil 1 jaar naar turkije, mag dat", "365 dagen"),
    ("bereken_verblijf_buitenland", "kan ik een jaar in suriname wonen en mijn uitkering houden", "365 dagen"),
])
def test_s21_jaar_weg_te_lang(intent, text, dagen):
    naam, tekst = JE_8.form_eerste("verblijf_buitenland_form", text) if intent.startswith("bereken") else \
        JE_8.eerste(intent, text)
    assert naam == "utter_buitenland_reis_te_lang" and tekst.startswith(f"Nee, {dagen} is te lang"), (naam, tekst)


@pytest.mark.parametrize("text", [
    "ik ben 2 jaar geleden naar spanje geweest",
    "ik ben 30 jaar en wil 3 weken naar spanje",
])
def test_s21_jaar_geen_reisduur(text):
    assert JE_8.naam("buitenland", text) != "utter_buitenland_reis_te_lang"
