"""Housemates and the kostendelersnorm: who lives with the person (read from the message), their ages and the day one
reaches the kostendeler age, family who rent a room, a guest (logeren), a parent or child at home. Dutch first, then
English."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import feiten_uit_bericht, parse
from actions.antwoorden import ActionNietBegrepen
from actions.context import met_eigen_partner
from actions.engels import naar_nederlands
from knowledge.geld import euro
from tests.actions.eerste_antwoord import (DAG, DAG_6, DAG_8, DOMAIN, DORP_6, EN, EN_6, EN_8, EN_DORP, FEITEN_6,
                                           GEMEENTE, JE_8, NL_8, OP, OP_5, OP_6, PEILDATUM, PEILDATUM_6, antwoord,
                                           antwoord_namen, cijfers, eerste_tekst, feit_antwoord_6, form_begin,
                                           form_berichten_en_6, form_namen_en_6, geld, norm, norm_6, norm_euro_6,
                                           normuit, normuit_6, parameter_6, response_namen, responses, start, tekst_6,
                                           tekst_op)


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


# --- s18: who lives with the person, read where it was missed ---------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_bare_man_or_vrouw_that_opens_the_message_beside_an_own_age_is_the_partner():
    assert met_eigen_partner("vrouw is 70 en ik ben 63, wat krijgen we") == "mijn vrouw is 70 en ik ben 63, wat krijgen we"
    assert met_eigen_partner("man van 40 woont bij mij in") == "man van 40 woont bij mij in"  # no own age: a lodger?


@pytest.mark.usefixtures("voorbeelddorp")
def test_people_named_again_with_their_ages_are_not_counted_twice():
    gevonden = parse.medebewoners("ik deel een huis met 2 anderen, geen familie. de anderen zijn 34 en 47")
    assert sorted(m.leeftijd for m in gevonden) == [34, 47]
    ouders = parse.medebewoners("we wonen in bij zijn ouders (beide ouders rond de 60)")
    assert [m.leeftijd for m in ouders] == [60, 60]
    assert parse.medebewoners("ik woon alleen en wil net als anderen gewoon werken") == []


@pytest.mark.usefixtures("voorbeelddorp")
def test_who_told_the_person_something_is_no_housemate():
    gevonden = parse.medebewoners("ik ben 44. mijn vriendin zegt dat ik minder krijg omdat mijn neef van 31 bij mij woont")
    assert gevonden == [parse.Medebewoner(31, "anders")]
    assert parse.medebewoners("ik woon alleen, een collega van me zei dat ik nu minder krijg") == []
    assert parse.medebewoners("mijn dochter van 29 zegt dat ze niet meetelt") == [parse.Medebewoner(29, "kind")]


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_comparison_is_nobody_who_lives_there():
    gevonden = parse.medebewoners("mijn broer van 40 huurt een kamer, met een contract zoals bij een kamerhuurder")
    assert gevonden == [parse.Medebewoner(40, "anders")]


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_sister_renting_a_room_with_a_contract_still_counts():
    _, berichten, _ = start("norm_form", "ik ben 39 en mijn zus van 30 huurt een kamer bij mij met een contract zoals "
                                         "bij een gewone huurder, hoeveel bijstand krijg ik")
    uit = normuit(leeftijd=39, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 30, "relatie": "anders"}])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


@pytest.mark.usefixtures("voorbeelddorp")
def test_three_co_tenants_named_again_with_their_ages_give_the_kostendelersnorm():
    _, berichten, _ = start("norm_form", "ik ben 50 en huur met 3 anderen een woning, geen familie. de anderen zijn "
                                         "29, 38 en 61. hoeveel bijstand krijg ik")
    uit = normuit(leeftijd=50, leefsituatie="alleenstaande",
                  medebewoners=[{"leeftijd": j, "relatie": "anders"} for j in (29, 38, 61)])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


# --- s17 (English): a room let to a lodger is no gift -----------------------------------------------------------------

def test_a_lodger_at_market_price_leaves_the_norm_of_someone_alone():
    naam, tekst = EN_DORP.form_eerste("norm_form", "I am 52 and on my own. I let a room to a woman of 38, no relative, she pays a "
                                      "normal rent with a written contract. what is my bijstand")
    assert naam == "utter_kostendelersnorm_huurder_norm"
    assert "€1,419.46" in tekst


# --- s17 (English): second round: the ontheffing's years and its end, trips said without a verb, gifts across the year's end ---

def test_the_own_norm_asked_beside_a_grown_child_on_its_own_bijstand():
    naam, tekst = EN_DORP.form_eerste("norm_form", "I am 55 and my daughter of 31 lives with me, she has her own uitkering. what is "
                                      "my norm")
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert "€1,013.90" in tekst  # 50% of 2,027.79: two adults
    naam, _ = EN_DORP.form_eerste("norm_form", "my son of 30 lives with me, can he get his own bijstand")
    assert naam.startswith("utter_jongeren_kind_eigen_bijstand")  # the child's own bijstand asked: that answer stays


def test_a_friend_who_says_something_is_no_housemate():
    gelezen = naar_nederlands("my sister rents a room from me with a contract, my neighbour says family always counts")
    assert "vriend" not in gelezen and "buurman" not in gelezen
    naam, _ = EN_DORP.form_eerste("norm_form", "my sister rents a room from me with a contract, my friend says family always "
                                  "counts. is that true")
    assert naam == "utter_kostendelersnorm_familie_huurt_leeftijd_onbekend"


# --- s18 (English): housemates in English words the Dutch readers did not take ----------------------------------------

def test_adult_sons_all_over_27_are_kostendelers():
    naam, tekst = EN_DORP.form_eerste("norm_form", "I am 52 and my 3 adults daughters live with me, all of them older than 27. "
                                      "How much bijstand do I get?")
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert "4 adults" in tekst


def test_a_housemate_who_turns_27_later_gives_the_norm_now_and_from_that_day():
    naam, tekst = EN_DORP.form_eerste("norm_form", "I am 55 and single. My son lives with me, he is 26 but he turns 27 in April. "
                                      "What is my bijstand now and after that?")
    assert naam == "utter_bijstandsnorm_kostendeler_straks"
    assert "April 2027" in tekst and "goes down to" in tekst


# --- s18 (English): plain English of the duties -----------------------------------------------------------------------

def test_a_sister_renting_the_small_room_with_a_contract_stays_a_kostendeler():
    # "rent the small room in my flat" was read as "boodschappen" (rent paid for the person, a gift in kind)
    naam, tekst = EN_DORP.form_eerste("norm_form", "I am 41. My brother of 33 rents the little room in my apartment with a "
                                      "contract. How much bijstand do I get?")
    assert naam == "utter_kostendelersnorm_familie_huurt_bedrag"
    assert "family member of 33 counts" in tekst


# --- s18 (English): logeren: the first sentence answers ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "can my brother sleep at my place for two weeks when he visits",
    "is it allowed that my aunt stays a few weeks in summer",
])
def test_may_someone_stay_starts_with_yes(text):
    naam, tekst = EN.eerste("logeren", text)
    assert naam == "utter_logeren"
    assert tekst.startswith("Yes, someone may stay with you for a few weeks (logeren)")


@pytest.mark.parametrize("text", [
    "a mate of 38 is between homes and sleeps on my sofa for about two weeks, will my benefit go down",
    "my nephew stays with us over the christmas holiday, does that affect my bijstand",
    "my friend sleeps on my couch for 10 days, do i get less money",
])
def test_will_my_bijstand_go_down_starts_with_no(text):
    naam, tekst = EN.eerste("logeren", text)
    assert naam == "utter_logeren_niet_minder"
    assert tekst.startswith("No, mostly not. Someone who stays with you for a few weeks (logeren) mostly does not count")


def test_a_guest_of_months_keeps_the_general_answer():
    assert EN.eerste("logeren", "my uncle stays with me for some months, will my bijstand go down")[0] == "utter_logeren"


def test_the_dutch_question_says_nee_first_too():
    naam, tekst = EN.eerste("logeren", "mijn vriendin slaapt een week of drie bij mij op de bank, word ik gekort?", "nl-u")
    assert naam == "utter_logeren_niet_minder" and tekst.startswith("Nee, meestal niet.")


# --- s18 (English): a guest from abroad is no trip --------------------------------------------------------------------

def test_from_abroad_is_where_a_guest_comes_from():
    assert "uit het buitenland" in naar_nederlands("my niece from abroad comes over for 3 weeks")


@pytest.mark.parametrize("text, variant", [
    ("my niece from abroad comes to stay with me for 3 weeks, is that ok", "en"),
    ("my uncle from overseas sleeps at my place 10 days in january, any problem?", "en"),
    ("mijn nicht uit het buitenland komt 3 weken bij mij logeren, mag dat", "nl-u"),
])
def test_a_guest_from_abroad_gets_the_logeren_answer_not_the_days_abroad(text, variant):
    naam, _ = EN.eerste("logeren", text, variant)
    assert naam.startswith("utter_logeren")


# --- s18 (English): a stop for the address, contested in a hurry ------------------------------------------------------

def test_a_model_without_the_new_text_says_the_general_logeren_answer():
    """The session-start model's domain has no utter_logeren_niet_minder: its general answer instead of none."""
    from actions.feiten_uit_bericht import Antwoord, in_domein
    oud = {"responses": {"utter_logeren": []}}
    assert in_domein(Antwoord("utter_logeren_niet_minder", {}), oud).response == "utter_logeren"


# --- s8: a guest on the sofa: logeren, not the guest's eviction -------------------------------------------------------

@pytest.mark.parametrize("intent", ["logeren", "schulden"])
def test_someone_evicted_who_sleeps_at_the_persons_home_is_the_logeren_answer(intent):
    text = "mijn broer is uit zijn huis gezet en pit nu al 6 weken op mijn bank, krijg ik minder"
    # session 18: the logeren answer whose first sentence says no ("Nee, meestal niet"), as "krijg ik minder" is asked
    assert OP_6.responses(intent, text)[0] == "utter_logeren_niet_minder"


# --- s8: texts: the article and "de gemeente beslist"; werk.nl; a new aanvraag after moving ---------------------------

@pytest.mark.parametrize("intent, text", [
    ("bijstandsnorm", "mijn dochter van 30 blijft bij mij wonen, hoeveel bijstand krijg ik"),
    ("verhuizen", "mijn uitkering is gestopt omdat ik naar een andere gemeente ben verhuisd"),
    ("aow_aio", "mijn bijstand is gestopt want ik ben 67 geworden, wat nu"),
])
def test_a_housemate_who_stays_or_a_stop_that_a_topic_explains_keeps_that_topics_answer(intent, text):
    assert OP_6.responses(intent, text)[0] not in ("utter_logeren", "utter_stopgezet")


# --- s9: dropping a terugvordering; refusing schuldhulp; bezwaar against verrekenen -----------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_guest_for_months_is_said_to_count_for_the_kostendelersnorm(variant):
    zin = tekst_6(antwoord("logeren", "mijn zus logeert nu al 4 maanden bij me omdat ze geen huis heeft", PEILDATUM_6,
                         variant)[0], variant)
    assert "kostendelersnorm" in zin


# --- s11: living with a parent who needs care: mantelzorg -------------------------------------------------------------

@pytest.mark.parametrize("intent", ["kostendelersnorm", "bijstandsnorm", "samenwonen"])
@pytest.mark.parametrize("text", [
    "ik zit nu een paar maanden bij mijn vader want hij heeft dag en nacht hulp nodig, telt dat als kostendeler",
    "ik woon tijdelijk bij mijn oma omdat ze zorgbehoevend is, krijg ik dan minder",
])
def test_living_with_someone_who_needs_care_is_the_mantelzorg_answer(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_kostendelersnorm_mantelzorg"


# --- s12: a guest with an age (and a stay of months): whether they count for the kostendelersnorm ---------------------

@pytest.mark.parametrize("text", [
    "mijn neef van 19 logeert een tijdje bij mij, krijg ik minder",
    "een vriendin van 24 slaapt al 4 maanden op de bank bij ons, telt die",
    "mijn broertje van 20 logeert een paar maanden bij me",
])
def test_a_guest_under_the_kostendeler_age_does_not_count(text):
    eerste = antwoord("logeren", text, PEILDATUM_6, "nl-je")[0]
    assert eerste["response"] == "utter_logeren_jonger"
    zin = tekst_op(eerste, DAG_6, "nl-je")
    assert zin.startswith("Nee") and f"{FEITEN_6['kostendeler_leeftijd']} jaar" in zin


@pytest.mark.parametrize("text", [
    "mijn zus van 33 slaapt al 3 maanden op mijn bank, moet ik dat melden",
    "een vriend van 45 logeert sinds een half jaar bij mij",
])
def test_a_guest_of_the_age_staying_months_may_count(text):
    eerste = antwoord("logeren", text, PEILDATUM_6, "nl-je")[0]
    assert eerste["response"] == "utter_logeren_maanden"
    zin = tekst_op(eerste, DAG_6, "nl-je")
    assert "hoofdverblijf" in zin and "kostendelersnorm" in zin and "Geef" in zin


@pytest.mark.parametrize("text", [
    "mijn broer van 35 logeert 2 weken bij mij",
    "mijn dakloze vriend van 50 slaapt al 2 maanden bij mij",
])
def test_weeks_or_someone_homeless_keep_the_general_answer(text):
    assert OP_6.responses("logeren", text)[0] == "utter_logeren"


MET_OUDER_OF_KIND = [
    "mijn vader woont sinds de zomer bij mij in, zijn wij nu samenwonend?",
    "ik trek in bij mijn moeder, telt dat als samenwonen",
    "mijn dochter van 29 woont weer thuis, zien ze ons als stel",
    "woon al jaren samen met mijn zoon, is dat een gezamenlijke huishouding",
]


# --- s13: living with a parent or a child: never a gezamenlijke huishouding (art. 3 lid 2 a) --------------------------

@pytest.mark.parametrize("text", MET_OUDER_OF_KIND)
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_parent_or_child_at_home_is_no_couple(text, variant):
    assert OP_6.responses("samenwonen", text, variant)[0] == "utter_samenwonen_familie"
    zin = OP_6.eerste_tekst("samenwonen", text, variant)
    assert zin.startswith("Nee.") and "eerste graad" in zin and "kostendelersnorm" in zin
    assert f"{FEITEN_6['kostendeler_leeftijd']} jaar" in zin


@pytest.mark.parametrize("text", [
    "mijn vriend en zijn zoon komen bij mij wonen, zijn we dan samenwonend",
    "mijn broer woont bij mij, is dat samenwonen",  # second degree: not this answer
    "ik woon samen met mijn vriendin en mijn dochter, telt dat",
])
def test_a_partner_or_a_sibling_keeps_the_other_answers(text):
    assert OP_6.responses("samenwonen", text)[0] != "utter_samenwonen_familie"


# --- s13: questions that had only the general text: each kind gets its own answer -------------------------------------

def test_moving_in_to_give_care_with_an_age_in_brackets_is_mantelzorg():
    gevonden = feiten_uit_bericht.mantelzorg("ik (44) trek voor een paar maanden bij mijn moeder in om haar te verzorgen",
                                             DAG_6)
    assert gevonden is not None and gevonden.response == "utter_kostendelersnorm_mantelzorg"


def test_parents_both_of_an_age_both_get_it():
    """Open item of earlier sessions: 'we wonen bij zijn ouders (allebei 50+)' gave the age to one parent only."""
    assert [m.leeftijd for m in parse.medebewoners("ik woon nog bij mijn ouders (allebei 60+)")] == [61, 61]


# --- s14 (English): who lives with the writer -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["me 69, wife 65, we both have a small AOW. what is our total a month?",
                                  "Husband 70, me 66. is there a top up for us?"])
def test_a_partner_named_bare_is_the_partner(text):
    leden = parse.medebewoners(naar_nederlands(text))
    assert leden and all(m.relatie == "partner" for m in leden)


def test_one_child_said_as_one():
    assert EN_DORP.begin("bijverdienen_form", "single dad, 35, one son of 9. I earn 400 a month").slots.get(
        "jongste_kind_leeftijd") == 9


@pytest.mark.parametrize("text", ["19 yo living w parents, how much bijstand", "I am 20 and live with parents. amount?"])
def test_living_with_parents_without_my(text):
    assert "bij mijn ouders" in naar_nederlands(text)


@pytest.mark.parametrize("text", [
    "My daughter is 31 and lives with me. She had studiefinanciering but she dropped out in the summer. I'm 57, how much bijstand now?",
    "mijn dochter van 31 woont bij mij, ze had stufi maar is gestopt met haar studie. ik ben 57, hoeveel bijstand krijg ik"])
def test_a_study_that_ended_makes_a_kostendeler(text):
    namen = [m["response"] for m in form_begin("norm_form", text, PEILDATUM, None if text.startswith("mijn") else "en",
                                               "voorbeelddorp").berichten]
    assert namen[:1] == ["utter_bijstandsnorm_kostendeler"]


def test_a_student_with_stufi_still_is_one():
    namen = [m["response"] for m in EN_DORP.begin(
        "norm_form", "my son (29) lives with me and studies with stufi. I am 58, how much do I get?").berichten]
    assert namen[:1] == ["utter_bijstandsnorm_student"]


# --- s15 (English): the earnings form ---------------------------------------------------------------------------------

def test_someone_named_beside_living_alone_is_no_housemate():
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", "im 24 and i live alone on bijstand. i got a job, 600 a month net. my "
                                              "cousin who is 35 keeps some of his pay. what is left of my bijstand?")
    assert naam == "utter_bijverdienen_eerst_niets_over"
    assert "819.46" in tekst  # 1,419.46 - 600: nothing kept under 27, no kostendelersnorm


# --- s15 (English): who lives in the home -----------------------------------------------------------------------------

def test_a_parent_who_died_is_no_housemate():
    assert "is overleden" in naar_nederlands("my dad of 70 lives with me since my mother passed away")
    assert parse.medebewoners(naar_nederlands("my dad of 70 lives with me since my mother passed away")) == \
        [parse.Medebewoner(70, "ouder")]
    assert parse.medebewoners("mijn vader van 70 woont bij mij sinds mijn moeder is overleden") == \
        [parse.Medebewoner(70, "ouder")]


# --- s9 (English): people and ages ------------------------------------------------------------------------------------

def test_ages_after_a_plural_belong_to_the_people_named():
    huisgenoten = parse.medebewoners(naar_nederlands("i live with my two sons 28 and 31, both not students"))
    assert [(m.relatie, m.leeftijd) for m in huisgenoten] == [("kind", 28), ("kind", 31)]
    assert "van 3, 7 en 11" in naar_nederlands("we have three children of 3, 7 and 11")
    assert "van 20" not in naar_nederlands("my sons 20 euro and 30 euro")  # amounts stay amounts


def test_no_before_a_noun_is_geen():
    assert "geen partner" in naar_nederlands("both not students, no partner")
    assert "geen kinderen" in naar_nederlands("I have no kids")
    assert naar_nederlands("no, thanks").startswith("nee")


def test_moving_in_with_a_parent_who_needs_care_is_mantelzorg():
    assert EN_6.naam("kostendelersnorm", "I want to move in with my father for some months because he needs a lot of "
                                      "care, will they put the kostendelersnorm on him or me") \
        == "utter_kostendelersnorm_mantelzorg"


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_staying_at_a_parents_house_to_care_for_them_is_mantelzorg():
    assert EN_6.naam("kostendelersnorm", "i stay at my father's house for some months to take care of him, he is very "
                                      "sick. do they apply the kostendelersnorm") == "utter_kostendelersnorm_mantelzorg"


def norm_met_kostendelers(personen: int) -> str:
    """The kostendelersnorm for `personen` adults from knowledge/ (art. 22a): ((40 + A x 30) / (A x 100)) x B."""
    from decimal import ROUND_HALF_UP, Decimal
    b = Decimal(str(knowledge.waarde("normen.gehuwden", DAG_6)))
    norm = (Decimal(40 + personen * 30) / Decimal(personen * 100) * b).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return cijfers(str(norm))


# --- s11 (English): norms ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, personen", [
    ("I am 45 and I rent a room in a flat with 2 other adults, both over 40. how much bijstand", 3),
    ("33 years old, renting a room in a house with 3 other adults all older than 35, what will my bijstand be", 4),
])
def test_a_rented_room_among_other_adults_gets_the_kostendelersnorm(text, personen):
    said = form_berichten_en_6("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert cijfers(said[0]["kostendelersnorm_bedrag"]) == norm_met_kostendelers(personen)


def test_renting_a_room_is_no_rent_someone_pays():
    assert "boodschappen" not in naar_nederlands("I rent a room in a house with 3 other adults")
    assert "boodschappen" in naar_nederlands("my sister pays my rent every month")


# --- s12 (English): the person's own age ------------------------------------------------------------------------------

def test_a_childs_age_after_the_persons_own_is_the_childs():
    assert parse.medebewoners("ik ben 29, dochter is 6") == [parse.Medebewoner(6, "kind")]
    assert parse.medebewoners(naar_nederlands("single dad 40, son is 7, I work 9 months now")) == \
        [parse.Medebewoner(7, "kind")]


# --- s12 (English): couples and the AOW age ---------------------------------------------------------------------------

def test_an_in_law_of_27_or_older_makes_the_couple_share_costs():
    said = form_namen_en_6("norm_form", "we are a couple 41 and 43 and my father in law (72) lives with us, how much")
    assert said[0] == "utter_bijstandsnorm_stel_kostendeler"


# --- s13 (English): living with someone to care for them --------------------------------------------------------------

@pytest.mark.parametrize("intent", ["kostendelersnorm", "samenwonen", "buitenland"])
@pytest.mark.parametrize("text", ["I will go live with my terminally ill mother for a few months to look after her. Does the "
                                  "kostendelersnorm apply to me there?",
                                  "My neighbour has Parkinson and I want to move in with him just to care for him. Are we a couple then?"])
def test_moving_in_to_care_for_someone_is_mantelzorg(intent, text):
    assert EN_6.naam(intent, text) == "utter_kostendelersnorm_mantelzorg"


def test_a_trip_abroad_to_care_for_someone_stays_a_trip():
    assert EN_6.naam("buitenland", "I go to Morocco for 6 weeks to take care of my sick mother") != \
        "utter_kostendelersnorm_mantelzorg"


# --- s19: a couple's two ages said together ---------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_married_couple_with_a_grown_son_gets_the_kostendelersnorm_and_is_not_asked_the_age_again():
    slots, berichten, open_vragen = start("norm_form", "wij zijn getrouwd 51 en 53 en onze zoon van 31 woont nog thuis. "
                                                       "hoeveel krijgen we")
    uit = normuit(leeftijd=51, leefsituatie="gehuwden", partner_leeftijd=53,
                  medebewoners=[{"leeftijd": 31, "relatie": "kind"}])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)
    assert slots.get("leeftijd") == 51 and "leeftijd" not in open_vragen


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_in_brackets_with_the_partners_brothers():
    _, berichten, _ = start("norm_form", "mijn vrouw en ik (44, 46) wonen met haar 2 broers van 38 en 41, hoeveel bijstand")
    uit = normuit(leeftijd=44, leefsituatie="gehuwden", partner_leeftijd=46,
                  medebewoners=[{"leeftijd": j, "relatie": "anders"} for j in (38, 41)])
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


def kostendeler() -> int:
    return int(knowledge.waarde("normen.kostendeler_minimumleeftijd", DAG))


# --- s19: parents whose ages were not said ----------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_adult_at_the_parents_home_gets_the_kostendelersnorm_with_the_parents_age_as_an_assumption():
    _, berichten, open_vragen = start("norm_form", "ik ben 34 en woon weer bij mijn ouders, wat krijg ik dan")
    uit = normuit(leeftijd=34, leefsituatie="alleenstaande",
                  medebewoners=[{"leeftijd": kostendeler(), "relatie": "ouder"}] * 2)
    assert berichten[0]["response"] == "utter_bijstandsnorm_kostendeler_ouders"
    tekst = tekst_op(berichten[0], DAG)
    assert tekst.startswith(f"Uw bijstand is waarschijnlijk {geld(uit['norm'])} per maand.")
    assert f"ouders {kostendeler()} jaar of ouder" in tekst
    assert "leeftijd" not in open_vragen


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_at_the_parents_home_gets_the_couples_kostendelersnorm():
    _, berichten, _ = start("norm_form", "mijn man en ik zijn 29 en 31 en we wonen bij zijn ouders. hoeveel krijgen we")
    uit = normuit(leeftijd=29, leefsituatie="gehuwden", partner_leeftijd=31,
                  medebewoners=[{"leeftijd": kostendeler(), "relatie": "ouder"}] * 2)
    assert berichten[0]["response"] == "utter_bijstandsnorm_stel_kostendeler_ouders"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


# --- s19: a lodger at market rent, "wat is dan mijn norm" -------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_lodger_at_market_rent_and_the_norm_asked_with_dan():
    _, berichten, _ = start("norm_form", "ik ben 47 en verhuur een kamer aan een vrouw van 29 die ik niet ken, met "
                                         "contract tegen marktprijs. wat is dan mijn norm")
    uit = normuit(leeftijd=47, leefsituatie="alleenstaande")
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


# --- s19: housemates of one rough age ---------------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_count_of_housemates_of_one_rough_age():
    gevonden = parse.medebewoners("ik woon met 3 vrienden van rond de 40")
    assert [m.leeftijd for m in gevonden] == [40, 40, 40]


# --- s19: logeren: the first sentence answers -------------------------------------------------------------------------

@pytest.mark.parametrize("variant, begin", [
    ("nl-u", "Ja, iemand mag een paar weken bij u logeren. Daardoor krijgt u meestal niet minder bijstand."),
    ("nl-je", "Ja, iemand mag een paar weken bij je logeren. Daardoor krijg je meestal niet minder bijstand."),
])
def test_logeren_answers_in_its_first_sentence(variant, begin):
    naam, zin = OP.eerste("logeren", "mag er iemand bij mij logeren als ik bijstand heb", variant)
    assert naam == "utter_logeren"
    assert zin.startswith(begin)
    assert "?" not in zin.split(".")[0]


# --- s19 (English): housemates: a shared home, 'only me on bijstand', 'all over 30' -----------------------------------

@pytest.mark.parametrize("text, bedrag", [
    ("i rent a house with two friends, all of them over 40, only me on welfare. what do i receive", "878.71"),
    ("i share an apartment with 3 people (all about 35), we split the rent. how much bijstand will i get", "811.12"),
    ("i rent a house with four friends, all older than 28, just me on uitkering. my amount?", "770.56"),
])
def test_a_shared_home_counts_its_adults(text, bedrag):
    naam, tekst = EN.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert bedrag in tekst


# --- s5: kostendelersnorm: family that pays rent, care ----------------------------------------------------------------

def test_a_son_who_rents_a_room_at_market_price_still_counts():
    text = "mijn zoon van 31 huurt een kamer bij mij voor de marktprijs met een contract, telt hij dan nog mee"
    assert OP_5.naam("kostendelersnorm", text) == "utter_kostendelersnorm_familie_huurt"
    assert OP_5.eerste_tekst("kostendelersnorm", text).startswith("Ja, uw familielid van 31 telt toch mee.")


def test_living_with_a_sick_father_to_care_for_him_is_no_kostendelersnorm():
    text = "ik woon tijdelijk bij mijn vader om voor hem te zorgen, hij is heel ziek, krijg ik nu de kostendelersnorm"
    assert OP_5.naam("kostendelersnorm", text) == "utter_kostendelersnorm_mantelzorg"
    assert OP_5.naam("samenwonen", "wij zorgen voor elkaar en ik woon bij mijn vriend") != \
        "utter_kostendelersnorm_mantelzorg"


# --- s8: samenwonen: friends are no couple, a partner who moves in, savings -------------------------------------------

def test_friends_sharing_a_home_are_no_couple_but_a_housemate_may_share_costs():
    bericht = OP_6.bericht("samenwonen", "ik deel een huis met een vriendin, we zijn gewoon vrienden. tellen we als stel?")
    assert bericht["response"] == "utter_samenwonen_geen_stel"
    assert tekst_6(bericht).startswith("Nee") and "kostendelersnorm" in tekst_6(bericht)
    assert str(parameter_6("normen.kostendeler_minimumleeftijd")) in tekst_6(bericht)


# --- s8: the norm: other adults in the home, a couple of whom one has the AOW age, a lodger at market rent ------------

def test_other_adults_all_over_an_age_make_the_kostendelersnorm_in_the_norm_form():
    _, said, _ = OP_6.start("norm_form", "ik deel een woning met 2 andere volwassenen, allebei boven de 40, wat krijg ik")
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "leeftijd": "onbekend", "leefsituatie": "onbekend",
                                              "medebewoners": [{"leeftijd": 41, "relatie": "anders"}] * 2})
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert euro(Decimal(str(uit["norm"]))) in tekst_6(said[0])


@pytest.mark.parametrize("intent", ["kostendelersnorm", "logeren"])
def test_a_lodger_at_market_rent_with_a_contract_is_no_kostendeler(intent):
    bericht = OP_6.bericht(intent, "een kennis van 40 huurt een kamer bij mij, met een huurcontract en een normale huurprijs. "
                                   "telt zij mee")
    assert bericht["response"] == "utter_kostendelersnorm_huurder"
    assert tekst_6(bericht).startswith("Nee")


def test_a_sister_at_market_rent_stays_a_kostendeler():
    bericht = OP_6.bericht("kostendelersnorm", "mijn zus van 40 huurt een kamer bij mij met een contract tegen marktprijs")
    assert bericht["response"] == "utter_kostendelersnorm_familie_huurt"


# --- s9: ages the readers missed, and ages that are no amounts --------------------------------------------------------

def test_a_deceased_parent_is_no_housemate():
    assert parse.medebewoners("ik woon met mijn zus van 40 in het huis van mijn overleden vader") == \
        [parse.Medebewoner(40, "anders")]


# --- s10: a commercial lodger and the norm asked ----------------------------------------------------------------------

def test_a_commercial_lodger_and_the_norm_asked_gets_the_norm_of_someone_on_their_own():
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "leeftijd": 44, "leefsituatie": "alleenstaande",
                                              "medebewoners": []})
    _, said, _ = OP_6.start("norm_form", "ik ben 44 en een vrouw van 29 huurt een kamer bij mij, met een schriftelijk "
                                         "contract tegen marktprijs. hoeveel bijstand krijg ik")
    assert said[0]["response"] == "utter_kostendelersnorm_huurder_norm"
    assert said[0]["norm_eigen"] == geld(uit["norm"])


# --- s11: housemates under the kostendeler age do not lower the norm --------------------------------------------------

KOSTENDELER = parameter_6("normen.kostendeler_minimumleeftijd")


def test_housemates_all_under_the_kostendeler_age_leave_the_full_norm():
    text = f"ik ben 41 en woon met mijn neef van {KOSTENDELER - 4} en een vriend van {KOSTENDELER - 2} hoeveel bijstand krijg ik"
    gevonden = feit_antwoord_6("jongeren", text)
    assert gevonden.response == "utter_bijstandsnorm_huisgenoten_jonger"
    assert gevonden.waarden["norm_eigen"] == geld(norm_6(leeftijd=41, leefsituatie="alleenstaande"))


# --- s12: ages are no amounts; a vriend one is married to is the partner; "N huisgenoten boven de X" ------------------

def test_housemates_above_an_age_all_have_it():
    assert parse.medebewoners("ik woon met 2 vrienden boven de 40") == [parse.Medebewoner(41, "anders")] * 2


# --- s12: the norm: housemates above an age, a married vriendin's age -------------------------------------------------

def test_housemates_above_an_age_give_the_kostendelersnorm_first():
    _, said, _ = DORP_6.start("norm_form", "ik woon met 2 huisgenoten boven de 40, wat krijg ik")
    assert response_namen(said) == ["utter_bijstandsnorm_kostendeler"]
    uit = normuit_6(leeftijd="onbekend", leefsituatie="onbekend",
                    medebewoners=[{"leeftijd": 41, "relatie": "anders"}] * 2)
    assert said[0]["kostendelersnorm_bedrag"] == geld(uit["norm"])


# --- s7 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_lives_with_me_is_a_housemate_not_a_trip():
    assert "woont bij mij" in naar_nederlands("my daughter is 22 and lives with me")
    assert naar_nederlands("my wife and I are both 41") == "ik ben 41 en mijn vrouw is 41"
    assert naar_nederlands("me and my wife both 41") == "ik ben 41 en mijn vrouw is 41"
    assert "en ik zijn allebei" in naar_nederlands("my sister and I are both students")


def test_both_after_the_children_is_no_age_of_the_children():
    """'married with 3 children, both 45': 'both' is the couple, not the children (the Dutch reader gives each of
    'kinderen, allebei 45' that age, so the children became kostendelers)."""
    from actions import parse

    kinderen = [m for m in parse.medebewoners(naar_nederlands("we are married with 3 children, both 45, how much do we get"))
                if m.relatie == "kind"]
    assert all(m.leeftijd is None for m in kinderen)


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

@pytest.mark.parametrize("english", [
    "I live with 3 housemates, all of them between 30 and 45, I'm 40. What bijstand do I get?",
    "I rent a house with 2 friends, all older than 28, I am 31, how much bijstand",
])
def test_housemates_ages_as_a_range_or_a_lower_bound_make_them_kostendelers(english):
    antwoord_en = EN_6.begin_namen("norm_form", english)
    assert antwoord_en[:1] == ["utter_bijstandsnorm_kostendeler"], naar_nederlands(english)
    assert "allemaal boven de 29" in naar_nederlands("all of them between 30 and 45")


# --- s7: the norm: couples, the AIO, housemates who do not count ------------------------------------------------------

@pytest.mark.parametrize("text, invoer, personen", [
    ("ik ben 40 en woon samen in een huis met 2 vrienden van 30 en 33, we zijn geen stel. hoeveel krijg ik",
     {"leeftijd": 40, "leefsituatie": "alleenstaande", "medebewoners": [{"leeftijd": 30, "relatie": "anders"},
                                                                      {"leeftijd": 33, "relatie": "anders"}]}, 3),
    ("ik woon met 3 huisgenoten die alle drie boven de 30 zijn. ik ben 35. hoeveel bijstand",
     {"leeftijd": 35, "leefsituatie": "alleenstaande", "medebewoners": [{"leeftijd": 31, "relatie": "anders"}] * 3}, 4),
])
def test_housemates_are_read_with_their_ages_and_not_as_a_partner(text, invoer, personen):
    _, said, _ = OP_6.start("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert said[0]["kostendelers_personen"] == str(personen) and norm_euro_6(**invoer) in tekst_6(said[0])


def test_a_son_who_studies_with_studiefinanciering_does_not_count():
    _, said, _ = OP_6.start("norm_form", "ik ben 57 en mijn zoon van 30 woont bij mij, hij studeert met studiefinanciering. "
                                         "hoeveel krijg ik")
    assert said[0]["response"] == "utter_bijstandsnorm_student"
    assert norm_euro_6(leeftijd=57, leefsituatie="alleenstaande") in tekst_6(said[0])


def test_a_brother_who_rents_a_room_with_a_contract_still_counts_even_without_his_age():
    _, said, _ = OP_6.start("norm_form", "ik ben 45 en alleen. mijn broer huurt een kamer bij mij voor een normale prijs "
                                         "met contract. telt hij mee?")
    assert said[0]["response"] == "utter_kostendelersnorm_familie_huurt_leeftijd_onbekend"
    assert "telt toch mee" in tekst_6(said[0])


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def _niet_begrepen(text: str) -> list[dict]:
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM_6}, "intent": {"name": "nlu_fallback",
                                                                                      "confidence": 0.25}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionNietBegrepen().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages


def test_not_showing_who_lives_there_lowers_the_norm_even_when_not_understood():
    bericht = _niet_begrepen("wat gebeurt er als ik niet kan laten zien hoeveel mensen bij mij wonen")[0]
    assert bericht["response"] == "utter_kostendelersnorm_niet_aangetoond"
    assert knowledge.feiten(DAG_6)["kostendelers_niet_aangetoond_percentage"] in tekst_6(bericht)


# --- s20: family renting a room, "krijg ik de volle bijstand of minder": the amount first -----------------------------

def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("intent, text", [
    ("bereken_norm", "mijn broer (47) huurt een kamer bij mij voor een normale prijs met contract. ik ben 40. krijg ik "
                     "dan de volle bijstand of minder"),
    ("bereken_norm", "mijn zus van 35 huurt bij mij een kamer met een huurcontract, ik ben 44, ga ik er dan op "
                     "achteruit?"),
    ("kostendelersnorm", "mijn zoon van 30 huurt een kamer bij mij met contract, krijg ik dan minder bijstand"),
    ("kostendelersnorm", "Mijn moeder (62) huurt een kamer bij mij, met contract. Houd ik dan minder over? Ik ben 41."),
])
def test_family_renting_a_room_gets_the_amount_when_more_or_less_is_asked(intent, text):
    if intent == "bereken_norm":
        naam, tekst = _eerste_form("norm_form", text)
    else:
        naam, tekst = OP.eerste(intent, text)
    assert naam == "utter_kostendelersnorm_familie_huurt_bedrag"
    assert geld(1013.90) in tekst


# --- s6: the norm form with a grown-up son or housemates: the kostendelersnorm first ----------------------------------

def test_the_norm_form_with_a_grown_up_son_says_the_norm_first_and_asks_only_the_age():
    """Old tuning set: 'hoeveel bijstand krijg ik als ik met mijn zoon van 30 woon' started the norm form, which
    asked 'Hoe oud bent u?' first, and later who else lives there, although the message gives the amount."""
    slots, said, open_vragen = OP_6.start("norm_form", "hoeveel bijstand krijg ik als ik met mijn zoon van 30 woon")
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert said[0]["kostendelersnorm_bedrag"] == norm_euro_6(leeftijd="onbekend", leefsituatie="onbekend",
                                                             medebewoners=[{"leeftijd": 30, "relatie": "kind"}])
    assert slots["medebewoners"] == [{"leeftijd": 30, "relatie": "kind"}]
    # whether there is a partner is not said ("met mijn zoon"): asked, the son is not
    assert open_vragen == ["leeftijd", "leefsituatie", "bevestigd"]


def test_alone_with_a_grown_up_son_the_norm_form_asks_only_the_age():
    slots, said, open_vragen = OP_6.start("norm_form", "ik woon alleen met mijn zoon van 30, hoeveel bijstand krijg ik")
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler" and slots["leefsituatie"] == "alleenstaande"
    assert open_vragen == ["leeftijd", "bevestigd"]


def test_living_alone_with_a_grown_up_son_assumes_no_partner():
    """Session-6 brief: 'ik woon alleen met mijn zoon' got 'Ik weet niet of u een partner heeft'."""
    said = antwoord("kostendelersnorm", "ik woon alleen met mijn zoon van 30, hoeveel krijg ik", PEILDATUM_6)
    tekst = " ".join(str(m.get("kostendelersnorm_aannames", "")) for m in said)
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler" and "partner" not in tekst


def test_housemates_with_ages_asked_as_another_topic_get_the_kostendelersnorm():
    gevonden = feiten_uit_bericht.voor_elk_onderwerp(
        "jongeren", "ik ben 40 en woon met 2 huisgenoten van 30 en 33, we hebben geen relatie. wat is mijn norm", DAG_6)
    assert gevonden.response == "utter_bijstandsnorm_kostendeler"
    assert gevonden.waarden["kostendelersnorm_bedrag"] == norm_euro_6(
        leeftijd=40, leefsituatie="onbekend", medebewoners=[{"leeftijd": 30, "relatie": "anders"},
                                                            {"leeftijd": 33, "relatie": "anders"}])


def test_a_brother_renting_a_room_stays_a_kostendeler():
    gevonden = feiten_uit_bericht.kostendelers("mijn broer van 34 huurt een kamer bij mij met een huurcontract, telt "
                                               "hij mee", DAG_6, "kostendelersnorm")
    assert gevonden.response == "utter_kostendelersnorm_familie_huurt"


def test_rent_from_a_housemate_is_no_gift():
    slots, said, _ = OP_6.start("giften_form", "mijn broer van 34 huurt een kamer bij mij voor 500 euro per maand met een "
                                               "huurcontract. telt hij mee")
    assert said[0]["response"] == "utter_kostendelersnorm_familie_huurt" and slots["rekenhulp_klaar"] is True


@pytest.mark.parametrize("intent, text, response", [
    ("lening", "het is geen lening, mijn tante heeft me 500 euro gegeven, mag dat", "utter_giften_binnen_grens"),
    ("inlichtingenplicht", "moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen",
     "utter_kostendelersnorm_telt_mee_bedrag"),
    ("kostendelersnorm", "ik zorg voor mijn zieke buurvrouw en woon daarom bij haar, zijn we dan een stel",
     "utter_kostendelersnorm_mantelzorg"),
])
def test_the_topic_read_gets_the_fact_that_decides_it(intent, text, response):
    assert antwoord(intent, text, PEILDATUM_6)[0]["response"] == response


# --- s21: "moet ik melden dat mijn dochter bij mij komt wonen" read as kostendelersnorm says to report it -------------

def eerste_zin(tekst: str) -> str:
    return tekst.split(". ")[0]


@pytest.mark.parametrize("op, text", [
    (NL_8, "moet ik melden dat mijn dochter bij mij komt wonen"),
    (JE_8, "moet ik doorgeven dat mijn zoon van 25 weer bij me intrekt?"),
    (NL_8, "mijn dochter van 19 komt bij mij wonen, moet ik dat doorgeven?"),
    (NL_8, "mijn moeder gaat bij mij in wonen. moet de gemeente dat weten?"),
    (NL_8, "ik help mijn vader: mijn broer trekt bij hem in, moet hij dat opgeven bij de gemeente"),
    (JE_8, "moet ik het melden als mijn neef van 22 bij mij komt wonen"),
])
def test_someone_coming_to_live_and_whether_to_report_it(op, text):
    naam, tekst = op.eerste("kostendelersnorm", text)
    assert naam == "utter_kostendelersnorm_melden"
    assert eerste_zin(tekst).startswith("Ja, geef dat door aan de gemeente") and "kostendelersnorm" in tekst
    assert "27" in tekst and "samenwonen" in tekst


def test_someone_coming_to_live_in_english():
    naam, tekst = EN_8.eerste("kostendelersnorm", "my son is moving in with me, do i have to report that")
    assert naam == "utter_kostendelersnorm_melden" and tekst.startswith("Yes, tell the gemeente")


def test_a_partner_coming_to_live_is_living_together():
    assert JE_8.naam("kostendelersnorm", "mijn vriendin komt bij mij wonen, moet ik dat melden") == \
        "utter_samenwonen_partner_komt"


@pytest.mark.parametrize("text", ["mijn zoon van 30 woont bij mij, telt hij mee",
                                  "moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen",
                                  "mijn dochter van 19 woont bij mij, krijg ik minder?",
                                  "mijn zoon komt bij mij wonen, telt hij mee?"])
def test_whether_someone_counts_keeps_its_answer(text):
    assert NL_8.naam("kostendelersnorm", text) != "utter_kostendelersnorm_melden"


def test_reporting_a_housemate_on_an_older_model_is_the_general_answer():
    zonder = {"responses": {k: v for k, v in DOMAIN["responses"].items() if k != "utter_kostendelersnorm_melden"}}
    gevonden = feiten_uit_bericht.antwoord("kostendelersnorm", "moet ik melden dat mijn dochter bij mij komt wonen",
                                           DAG_8, zonder)
    assert gevonden is None or gevonden.response == "utter_kostendelersnorm"
