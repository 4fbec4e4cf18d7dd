"""The smaller topics: alimentatie, an opname or detentie, toeslagen, starting a business, studying, a relationship
apart, the costs of a move. Dutch first, then English."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht
from actions.engels import naar_nederlands
from knowledge import loader
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from knowledge.teksten import maand
from tests.actions.eerste_antwoord import (DAG, DAG_6, DORP, EN, EN_6, EN_8, EN_DORP, FEITEN, FEITEN_6, GEMEENTE, JE_8,
                                           NL_8, OP, OP_5, OP_6, OP_6_JE, OpPeildatum, PEILDATUM, PEILDATUM_6, _tekst,
                                           antwoord, antwoord_namen, eerste_tekst, feit_antwoord_6, geld, normuit,
                                           parameter_6, response_namen, responses, start, tekst_6, tekst_op)
from wegwijs.responses import response_text


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_alimentatie_not_paid_for_months_is_no_gift():
    namen = antwoord_namen("alimentatie", "mijn ex betaalt al 4 mnd geen alimentatie, wat kan ik doen", PEILDATUM)
    assert namen[0] == "utter_alimentatie_niet_betaald"  # the LBIO first (session 16)
    assert "LBIO" in tekst_op({"response": namen[0]}, DAG)


# --- s15: a relationship apart may; moving in with the partner is a couple --------------------------------------------

@pytest.mark.parametrize("text", [
    "we hebben een lat-relatie, is dat toegestaan met een bijstandsuitkering",
    "mijn vriend woont in zijn eigen huis, mag ik wel een relatie hebben",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_relationship_apart_is_allowed(text, variant):
    assert responses("samenwonen", text, variant)[0] == "utter_samenwonen_relatie_apart"
    zin = eerste_tekst("samenwonen", text, variant)
    assert zin.startswith("Een relatie mag") and "eigen huis" in zin


# --- s16: whether a toeslag counts, asked: the answer starts with no --------------------------------------------------

@pytest.mark.parametrize("text", [
    "tellen de zorgtoeslag en de huurtoeslag mee als ik bijstand aanvraag",
    "wordt mijn kinderbijslag verrekend met de uitkering",
    "krijg ik minder bijstand door het kindgebonden budget",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_whether_a_toeslag_counts_is_answered_no(text, variant):
    assert responses("toeslagen", text, variant)[0] == "utter_toeslagen_telt_niet"
    zin = eerste_tekst("toeslagen", text, variant)
    assert zin.startswith("Nee.") and "tellen niet mee" in zin and FEITEN["wet_toeslagen"] in zin


@pytest.mark.parametrize("text", [
    "mag ik mijn huurtoeslag houden als ik in de bijstand zit",   # may I keep it: yes, the general answer
    "telt de kinderalimentatie mee net als kinderbijslag",          # alimentatie does count: not this answer
    "telt mijn vakantietoeslag mee",                                # the vakantiegeld, no toeslag of Dienst Toeslagen
])
def test_keeping_a_toeslag_or_other_money_is_not_the_no_answer(text):
    assert responses("toeslagen", text)[0] != "utter_toeslagen_telt_niet"


# --- s16: an ex who does not pay the alimentatie: the LBIO first ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "de vader van mijn kinderen stort de kinderalimentatie al maanden niet, wat moet ik doen",
    "mijn ex-man is gestopt met betalen, er is een achterstand in de partneralimentatie",
    "sinds september geen alimentatie meer ontvangen van mijn ex",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_ex_who_does_not_pay_gets_the_lbio_first(text, variant):
    assert responses("alimentatie", text, variant)[0] == "utter_alimentatie_niet_betaald"
    zin = eerste_tekst("alimentatie", text, variant)
    assert zin.startswith("Vraag het LBIO om de alimentatie") and "door dat" in zin
    assert FEITEN["wet_alimentatie"] in zin


@pytest.mark.parametrize("text, niet", [
    ("moet ik alimentatie betalen aan mijn ex, ik kan het niet missen", "utter_alimentatie_niet_betaald"),
    ("we hebben geen alimentatie afgesproken maar hij betaalt niet veel", "utter_alimentatie_niet_betaald"),
    ("mijn ex betaalt 300 alimentatie per maand, telt dat mee", "utter_alimentatie_niet_betaald"),
])
def test_paying_oneself_no_agreement_or_an_amount_received_is_not_the_lbio_answer(text, niet):
    assert responses("alimentatie", text)[0] != niet


# --- s16: starting a business: the question that was asked, not always "Ja, dat kan" ----------------------------------

@pytest.mark.parametrize("text, response, begin", [
    ("ik wil een fietsenwinkel beginnen, moet ik dan meteen naar de kvk", "utter_zelfstandig_kvk", "Nee, nog niet."),
    ("hoeveel maanden mag ik aan mijn eigen zaak werken en toch bijstand houden", "utter_zelfstandig_hoe_lang",
     "Hoogstens 12 maanden."),
    ("kan de gemeente mij krediet geven om een foodtruck te kopen", "utter_zelfstandig_lening", "Soms wel."),
    ("wat betekent bbz eigenlijk", "utter_zelfstandig_wat_is", "De Bbz is de regeling"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_business_question_gets_its_own_first_sentence(text, response, begin, variant):
    assert responses("zelfstandig", text, variant)[0] == response
    zin = eerste_tekst("zelfstandig", text, variant)
    maanden = str(knowledge.waarde("bbz.voorbereiding_maanden", DAG))
    assert zin.startswith(begin.replace("12", maanden)) and "Bbz" in zin
    if response == "utter_zelfstandig_lening":
        assert FEITEN["bbz_bedrijfskapitaal"] in zin and "artikel 24" in zin


@pytest.mark.parametrize("text", [
    "kan ik vanuit de bijstand voor mezelf beginnen als schilder",   # can I: the general "Ja, dat kan"
    "ik ben al ingeschreven bij de kvk, wat nu met mijn uitkering",  # done already: not "Nee, nog niet"
])
def test_can_i_start_or_a_registration_done_is_not_the_kvk_no(text):
    assert responses("zelfstandig", text)[0] != "utter_zelfstandig_kvk"


# --- s16: studying with one's own age said: under the age of art. 13 lid 2 onder c mostly not, from it often yes ------

@pytest.mark.parametrize("text, jong", [
    ("ik ben 23, kan ik met bijstand naar de hogeschool", True),
    ("ik ben 41 en wil overdag een cursus tot kok doen, mag dat met mijn uitkering", False),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_studying_with_an_age_answers_for_that_age(text, jong, variant):
    assert responses("studeren", text, variant)[0] == ("utter_studeren_jong" if jong else "utter_studeren_ouder")
    zin = eerste_tekst("studeren", text, variant)
    assert zin.startswith("Meestal niet." if jong else "Vaak wel.")
    assert FEITEN["studie_leeftijd"] in zin and FEITEN["wet_studeren"] in zin


@pytest.mark.parametrize("text", [
    "mag je studeren als je bijstand hebt",                              # no age: the general answer
    "mijn dochter van 19 wil studeren, houdt ze haar bijstand",           # another's age
    "ik ben 24 en studeer niet, waarom krijg ik geen bijstand",          # why: the general answer with the reason
    "ik ben 33 en studeer met duo, kan ik er bijstand bij krijgen",       # stufi from that age: not "Vaak wel"
])
def test_studying_without_an_own_age_or_asked_why_keeps_the_general_answer(text):
    assert responses("studeren", text)[0] == "utter_studeren"


# --- s17: detentie: no bijstand while in prison or voorarrest (Pw art. 13 lid 1 onder a) ------------------------------

@pytest.mark.parametrize("text", [
    "ik moet volgende maand 8 maanden zitten, wat gebeurt er met mijn bijstand",
    "mijn vriend zit in voorarrest, krijgt hij nog zijn uitkering",
    "ik ga 3 weken de cel in voor boetes, moet ik dat melden",
    "ik heb een celstraf van een jaar gekregen, hoeveel bijstand krijg ik dan",
    "ik zit sinds augustus vast, loopt mijn bijstand door",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_prison_stay_gets_no_bijstand_first(text, variant):
    assert responses("opname", text, variant)[0] == "utter_opname_detentie"
    zin = eerste_tekst("opname", text, variant)
    assert zin.startswith(("Zolang u in de gevangenis", "Zolang je in de gevangenis"))
    assert "geen bijstand" in zin.split(".")[0] and "bijzondere bijstand" in zin
    assert FEITEN["wet_detentie"] in zin and "13 lid 1 onder a" in zin
    assert "zak- en kleedgeld" not in zin and "ziekenhuis" not in zin


def test_a_prison_stay_in_english():
    zin = eerste_tekst("opname", "I have to go to prison for 6 months, what happens with my bijstand", "en")
    assert zin.startswith("While you are in prison or in pre-trial detention (voorarrest), you get no bijstand")


@pytest.mark.parametrize("text, response", [
    # a hospital or a clinic keeps its own answers
    ("ik ga 4 maanden naar een kliniek, wat gebeurt er met mijn uitkering", "utter_opname_inrichting"),
    ("ik moet 2 weken het ziekenhuis in, moet ik dat doorgeven", "utter_opname"),
])
def test_a_hospital_stay_keeps_its_answer(text, response):
    assert responses("opname", text)[0] == response


def test_the_source_of_detention_is_the_article():
    bron = loader.artikel_bron("onderwerp_detentie", DAG)
    assert bron["url"] == "https://wetten.overheid.nl/BWBR0015703/2026-12-07"
    assert "artikel 13 lid 1 onder a" in bron["titel"]


# --- s17: kinderalimentatie: counts under 18 (bevestigd); from 18 not, which the law does not say word for word -------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_alimentatie_for_a_child_of_18_or_older_names_the_doubt(variant):
    text = "mijn ex betaalt 200 alimentatie voor onze dochter van 19, telt dat mee?"
    assert responses("alimentatie", text, variant)[0] == "utter_alimentatie_kind_ouder"
    zin = eerste_tekst("alimentatie", text, variant)
    assert zin.startswith("Nee") and "niet letterlijk in de wet" in zin and "Zo staat het in de wet" not in zin
    # the alimentatie stopping at 18: not a bare 'Nee, telt niet mee', and report the change
    stopt = eerste_tekst("alimentatie", "mijn ex stopt met de kinderalimentatie omdat onze zoon 18 wordt, krijg ik dan "
                                        "meer bijstand", variant)
    assert "niet meer van" in stopt and "Geef dat door aan de gemeente" in stopt


def test_alimentatie_for_a_child_under_18_counts():
    text = "mijn ex betaalt 250 kinderalimentatie voor onze zoon van 6, gaat dat van mijn bijstand af?"
    zin = eerste_tekst("alimentatie", text, "nl-je")
    assert "telt mee als inkomen" in zin and "niet letterlijk" not in zin
    algemeen = eerste_tekst("alimentatie", "telt kinderalimentatie mee voor de bijstand?", "nl-je")
    assert algemeen.startswith("Alimentatie telt mee als inkomen") and "kinderen jonger dan 18" in algemeen


@pytest.mark.parametrize("intent, text, response", [
    ("inlichtingenplicht", "mijn man zit in de gevangenis, moet ik dat melden", "utter_opname_detentie"),
    ("stopgezet", "ik zit in voorarrest, stopt mijn uitkering nu", "utter_opname_detentie"),
    ("informeren", "mijn zoon van 30 heeft een celstraf gekregen", "utter_opname_detentie"),
])
def test_a_prison_stay_read_as_another_topic(intent, text, response):
    assert responses(intent, text, "nl-je")[0] == response


@pytest.mark.parametrize("intent, text", [
    # a release: applying again is the question
    ("aanvraag", "ik kom uit de gevangenis hoe vraag ik bijstand aan"),
    ("informeren", "ik ben net vrijgelaten uit de gevangenis en heb geen geld"),
    ("inlichtingenplicht", "ik kom volgende week uit de gevangenis, wat moet ik doorgeven"),
])
def test_a_release_is_not_a_prison_stay(intent, text):
    assert responses(intent, text, "nl-je")[0] != "utter_opname_detentie"


# --- s17: waiting for the decision on an application, said without 'hoe lang' (H4's probe) ----------------------------

@pytest.mark.parametrize("text, response", [
    ("in het gevangenis gezeten 2 jaar, nu vrij, hoe krijg ik een uitkering", "utter_aanvraag"),
    ("ik ben vorige week vrijgelaten uit de gevangenis, kan ik bijstand krijgen", "utter_aanvraag"),
    ("ik moet de gevangenis in, wat moet ik doen als ik vrijkom", "utter_opname_detentie"),
])
def test_released_from_prison_read_as_opname_is_applying(text, response):
    assert responses("opname", text, "nl-je")[0] == response


def test_the_prison_text_says_apply_again():
    zin = eerste_tekst("opname", "ik moet een jaar de gevangenis in", "nl-je")
    assert "nieuwe aanvraag" in zin


# --- s18: a relative going into an instelling, the amount asked for them: the norm in an instelling -------------------

@pytest.mark.parametrize("intent, text", [
    ("kostendelersnorm", "ik help mijn zus van 51, ze woont alleen en moet na een ongeluk een jaar naar een "
                         "verpleeghuis. hoeveel bijstand krijgt zij daar nog, en wat met haar huur"),
    ("bijstandsnorm", "mijn vader van 63 gaat voor lange tijd naar een zorginstelling, hoeveel houdt hij over"),
    ("informeren", "ik word voor 6 maanden opgenomen in een kliniek, hoeveel bijstand krijg ik dan"),
])
def test_a_stay_in_an_instelling_names_its_norm(intent, text):
    assert responses(intent, text)[0] == "utter_opname_inrichting"
    zin = eerste_tekst(intent, text)
    assert "zak- en kleedgeld" in zin and "artikel 23" in zin


def test_the_one_who_stays_home_keeps_the_kostendelersnorm():
    assert responses("kostendelersnorm", "mijn moeder van 70 woont bij mij en gaat naar een verpleeghuis, "
                                         "hoeveel krijg ik dan")[0] != "utter_opname_inrichting"


@pytest.mark.parametrize("text", [
    "who pays the van if we move to a flat in the same town",
    "can i get money to rent a truck for moving house",
    "do i have to pay the movers myself when i move",
])
def test_the_van_or_the_movers_of_a_move_are_moving_costs(text):
    naam, tekst = EN.eerste("verhuizen", text)
    assert naam == "utter_verhuizen_kosten" and "(bijzondere bijstand)" in tekst


# --- s10: texts that say what was asked -------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_rent_during_an_opname_names_bijzondere_bijstand_for_the_woonkosten(variant):
    zin = _tekst("utter_opname", variant)
    assert "woonkosten" in zin and "bijzondere bijstand" in zin


# --- s10: stopped because of the address; a terugvordering for the ex's unreported work -------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_long_opname_with_rent_names_bijzondere_bijstand_for_the_woonkosten(variant):
    zin = _tekst("utter_opname_inrichting", variant)
    assert "woonkosten" in zin and "bijzondere bijstand" in zin


RELATIE_APART = [
    "ik heb sinds kort verkering maar hij woont gewoon in zijn eigen huis, moet ik dat doorgeven",
    "heeft het gevolgen voor mijn uitkering als mijn vriendin niet bij mij woont maar wel vaak langskomt",
]


# --- s11: a relationship apart: what to report ------------------------------------------------------------------------

@pytest.mark.parametrize("text", RELATIE_APART)
@pytest.mark.parametrize("intent", ["samenwonen", "inlichtingenplicht"])
def test_a_relationship_apart_says_what_to_report(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_samenwonen_relatie_apart"
    assert "door" in OP_6_JE.eerste_tekst(intent, text)


def test_a_partner_who_moves_in_is_not_a_relationship_apart():
    assert OP_6.responses("samenwonen", "mijn vriend komt bij mij wonen, moet ik dat melden")[0] != \
        "utter_samenwonen_relatie_apart"


# --- s11: a young person asking about school: study first -------------------------------------------------------------

@pytest.mark.parametrize("intent", ["jongeren", "aanvraag", "bijstandsnorm"])
@pytest.mark.parametrize("text", [
    "ik ben 19, ik ben gestopt met mijn opleiding. moet ik terug naar het mbo als ik bijstand wil",
    "ben 22 en heb geen werk, moet ik eerst gaan studeren of kan ik bijstand krijgen",
])
def test_a_young_person_asking_about_school_gets_study_first(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_studeren"
    assert "studiefinanciering" in OP_6_JE.eerste_tekst(intent, text)


def test_school_asked_from_the_study_age_is_not_the_young_answer():
    assert OP_6.responses("jongeren", "ik ben 30, moet ik naar school")[0] != "utter_studeren"


# --- s13: a huisbezoek refused: the redelijke grond (Pw art. 53a) -----------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_huisbezoek_answer_names_the_redelijke_grond(variant):
    zin = response_text("utter_huisbezoek", variant, **FEITEN_6, gemeente_naam="Voorbeelddorp")
    assert "redelijke grond" in zin and "twijfel" in zin


VERHUIS_EN_INRICHTING = [
    "wie betaalt de verhuiswagen als ik moet verhuizen",
    "kan de gemeente de verhuizers betalen",
    "we krijgen de sleutel van een kale huurwoning, hoe kom ik aan geld voor laminaat",
    "nieuw huis gekregen maar geen geld voor gordijnen en een vloer, help",
    "ik ga naar een goedkopere woning, wie betaalt de inrichting",
]


# --- s13: the costs of a move and of the new home: bijzondere bijstand ------------------------------------------------

@pytest.mark.parametrize("text", VERHUIS_EN_INRICHTING)
@pytest.mark.parametrize("intent", ["verhuizen", "bijzondere_bijstand"])
def test_costs_of_a_move_or_the_new_home_name_bijzondere_bijstand(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_verhuizen_kosten"
    assert "bijzondere bijstand" in OP_6.eerste_tekst(intent, text)


def test_every_verhuizen_answer_names_bijzondere_bijstand_for_the_costs():
    for variant in ("nl-u", "nl-je"):
        zin = response_text("utter_verhuizen", variant, **FEITEN_6, gemeente_naam="Voorbeelddorp")
        assert "bijzondere bijstand" in zin


@pytest.mark.parametrize("text", ["ik ga verhuizen naar Utrecht, wat moet ik doen", "mijn nieuwe vloer is mooi"])
def test_a_move_or_a_floor_alone_is_not_the_costs(text):
    assert OP_6.responses("verhuizen", text)[0] != "utter_verhuizen_kosten"


HUURGRENS = [
    "hoe hoog mag mijn huur zijn voor huurtoeslag",
    "is er een huurgrens bij de huurtoeslag",
    "wat is de maximale kale huur voor huurtoeslag dit jaar",
]


# --- s13: the huurtoeslag's maximum rent asked: none any more, the limit it counts to ---------------------------------

@pytest.mark.parametrize("text", HUURGRENS)
@pytest.mark.parametrize("intent", ["toeslagen", "bijstandsnorm"])
def test_the_maximum_rent_asked_gets_no_maximum_and_the_limit(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_toeslagen_huurgrens"
    zin = OP_6.eerste_tekst(intent, text)
    grens_jong = knowledge.waarde("toeslagen.huurtoeslag_maximale_huur_jongeren", DAG_6)
    assert zin.startswith("Nee") and FEITEN_6["huurtoeslag_maximale_huur"] in zin
    assert f"{grens_jong:.2f}".replace(".", ",") in zin


# --- s13: questions that had only the general text: each kind gets its own answer -------------------------------------

@pytest.mark.parametrize("intent, text, response", [
    ("giften", "gaat die giftengrens in 2027 omhoog", "utter_giften_grens_volgend_jaar"),
    ("bijstandsnorm", "wanneer wordt de bijstandsnorm weer verhoogd", "utter_bijstandsnorm_indexatie"),
    ("buitenland", "tellen de reisdagen ook mee voor de vier weken", "utter_buitenland_dagen_tellen"),
    ("alimentatie", "ik betaal kinderalimentatie aan mijn ex, krijg ik daar iets voor terug", "utter_alimentatie_zelf_betalen"),
    ("participatieplicht", "we zijn een stel met een dochter van 3, moet mijn vrouw ook werken",
     "utter_participatieplicht_stel_jong_kind"),
])
def test_a_question_of_its_own_kind_gets_its_answer(intent, text, response):
    gevonden = feiten_uit_bericht.antwoord(intent, text, DAG_6, {"responses": {response: []}}, GEMEENTE)
    assert gevonden is not None and gevonden.response == response


# --- s9 (English): work, money, letters -------------------------------------------------------------------------------

def test_savings_beside_the_question_whether_we_live_together():
    """'I have 3,000 in savings. Question: do we count as living together' asks about samenwonen, not the savings."""
    assert "spaargeld" in naar_nederlands("I have 3,000 in savings")
    assert EN_6.naam("samenwonen", "I live with my girlfriend, she has her own job. I have 3,000 in savings. Question: "
                                "do we count as living together for the gemeente?") == "utter_samenwonen"


def test_moving_costs():
    assert EN_6.naam("verhuizen", "can the gemeente pay my moving costs") == "utter_verhuizen_kosten"


# --- s10 (English): texts that answer the question asked --------------------------------------------------------------

def test_holiday_pay_says_it_is_part_of_the_bijstand():
    assert "part of your bijstand" in response_text("utter_vakantiegeld", "en", **knowledge.feiten(DAG_6))


def test_a_home_visit_says_what_the_gemeente_checks():
    assert "checks your right to bijstand" in response_text("utter_huisbezoek", "en", **knowledge.feiten(DAG_6))


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_a_long_stay_in_a_clinic_gets_the_norm_of_an_inrichting():
    assert EN_6.naam("opname", "i will be in a rehab clinic for 4 months, i am alone. what happens with my bijstand") \
        == "utter_opname_inrichting"
    assert EN_6.naam("opname", "ik ga 4 maanden naar een kliniek, wat gebeurt er met mijn uitkering", "nl-u") \
        == "utter_opname_inrichting"
    assert EN_6.naam("opname", "i go to hospital for 3 weeks next month, does my uitkering change") == "utter_opname"
    assert EN_6.naam("opname", "ik ga maandag voor 6 maanden de gevangenis in, moet ik dat doorgeven", "nl-u") \
        != "utter_opname_inrichting"  # a prison is no inrichting


# --- s12 (English): other topics --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["can I get money for a removal van", "who pays for the truck to move my things"])
def test_a_van_or_truck_for_the_move_is_the_cost_of_moving(text):
    assert EN_6.naam("verhuizen", text) == "utter_verhuizen_kosten"


def test_a_move_into_a_nursing_home_asking_the_amount_gets_the_norm_of_an_instelling():
    assert EN_6.naam("verhuizen", "my father goes to live in a care home, how much bijstand will he get there") == \
        "utter_opname_inrichting"


def test_a_move_to_another_town_stays_a_move():
    assert EN_6.naam("verhuizen", "I move to Utrecht next month, what happens with my bijstand") != "utter_opname_inrichting"


@pytest.mark.parametrize("text", ["my rent is 990 a month, can I get huurtoeslag", "the basic rent is 1020, rent benefit?"])
def test_the_persons_own_rent_is_read_beside_huurtoeslag(text):
    assert EN_6.naam("toeslagen", text).startswith("utter_toeslagen_huur")


# --- s13 (English): a stay in a clinic since a month ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["my sister (44) has been in a rehab clinic since July, what about her bijstand?",
                                  "mijn vader woont sinds april in een verpleeghuis, wat gebeurt er met zijn bijstand"])
def test_a_stay_since_a_month_longer_than_the_limit_gets_the_pocket_money(text):
    assert EN_6.naam("opname", text) == "utter_opname_inrichting"


def test_a_stay_since_last_week_does_not():
    assert EN_6.naam("opname", "I am in hospital since last week, do I tell the gemeente?") != "utter_opname_inrichting"


# --- s19: a relative who lived with the person goes into a verpleeghuis -----------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_parent_who_moves_into_a_verpleeghuis_no_longer_counts():
    antwoord = DORP.responses("kostendelersnorm", "mijn vader van 83 woonde bij mij maar gaat naar een verzorgingshuis. "
                                                "telt hij dan nog mee?")
    assert antwoord[0] == "utter_kostendelersnorm_naar_instelling"


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_norm_of_the_one_who_stays_when_a_parent_moves_into_a_verpleeghuis():
    _, berichten, _ = start("norm_form", "ik ben 58 en mijn moeder van 84 woont bij mij in, volgende maand gaat ze naar "
                                         "een verpleeghuis. wat krijg ik dan")
    uit = normuit(leeftijd=58, leefsituatie="alleenstaande")
    assert berichten[0]["response"] == "utter_kostendelersnorm_naar_instelling_bedrag"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_relative_written_for_who_goes_in_keeps_the_instellings_norm():
    antwoord = DORP.responses("kostendelersnorm", "ik schrijf voor mijn tante van 62, ze woont alleen en moet naar een "
                                                "verpleeghuis. hoeveel krijgt ze dan")
    assert antwoord[0] != "utter_kostendelersnorm_naar_instelling"


# --- s19: opname: the first sentence answers "moet ik dat melden" (no question first) ---------------------------------

@pytest.mark.parametrize("variant, begin", [
    ("nl-u", "Een opname in het ziekenhuis of een instelling moet u doorgeven aan de gemeente. "
             "Een korte opname verandert meestal niets aan uw bijstand."),
    ("nl-je", "Een opname in het ziekenhuis of een instelling moet je doorgeven aan de gemeente. "
              "Een korte opname verandert meestal niets aan je bijstand."),
])
def test_a_hospital_stay_to_be_reported_is_answered_first(variant, begin):
    naam, zin = OP.eerste("opname", "ik moet een week het ziekenhuis in, moet ik dat aan de gemeente laten weten", variant)
    assert naam == "utter_opname"
    assert zin.startswith(begin)


# --- s5: not settled by the facts: say so -----------------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "ik krijg belasting terug, telt dat mee voor mijn bijstand"),
    ("vermogen", "mag ik mijn belastingteruggave houden"),
    ("giften", "de belastingdienst heeft 400 euro teruggestort wat nu"),
])
def test_a_tax_refund_is_not_settled_so_wegwijs_says_so_and_sends_to_the_gemeente(intent, text):
    assert OP_5.naam(intent, text) == "utter_belastingteruggave"
    assert OP_5.eerste_tekst(intent, text).startswith("Dat weet ik niet zeker.")


@pytest.mark.parametrize("text", ["ik moet belasting terugbetalen", "krijg ik mijn zorgtoeslag terug als ik bijstand heb"])
def test_paying_tax_back_or_a_toeslag_is_no_tax_refund(text):
    assert OP_5.naam("toeslagen", text) != "utter_belastingteruggave"


# --- s5: round 2: more facts that decide the question -----------------------------------------------------------------

def test_moving_costs_are_bijzondere_bijstand():
    assert OP_5.naam("verhuizen", "mijn flat wordt gesloopt, krijg ik geld voor de verhuiskosten") == \
        "utter_verhuizen_kosten"


# --- s9: other income: the inkomenstoeslag's amount, vakantiegeld, huurtoeslag and the rent ---------------------------

def test_how_much_inkomenstoeslag_is_for_the_gemeente():
    assert antwoord("inkomenstoeslag", "hoe hoog is die toeslag voor langdurig laag inkomen", PEILDATUM_6)[0]["response"] \
        == "utter_inkomenstoeslag_hoeveel"


def test_a_rent_above_the_huurtoeslag_limit_can_still_get_huurtoeslag():
    grens = Decimal(str(parameter_6("toeslagen.huurtoeslag_maximale_huur")))
    said = antwoord("toeslagen", f"mijn huur is {grens + 100} euro, krijg ik dan nog huurtoeslag", PEILDATUM_6)
    assert said[0]["response"] == "utter_toeslagen_huur_boven" and said[0]["huur_grens"] == geld(grens)


def test_a_young_persons_rent_counts_up_to_the_lower_limit():
    said = antwoord("toeslagen", "ik ben 20 en betaal 600 euro kale huur, hoeveel krijg ik huurtoeslag", PEILDATUM_6)
    assert said[0]["response"] == "utter_toeslagen_huur_jong"
    assert said[0]["huur_grens"] == geld(parameter_6("toeslagen.huurtoeslag_maximale_huur_jongeren"))


# --- s10: huurtoeslag: a rent said without 'euro' ---------------------------------------------------------------------

def test_a_rent_without_euro_is_held_against_the_huurtoeslag_limit():
    grens = Decimal(str(parameter_6("toeslagen.huurtoeslag_maximale_huur")))
    gevonden = feit_antwoord_6("toeslagen", f"mijn kale huur is {int(grens) + 100}, kan ik nog huurtoeslag krijgen")
    assert gevonden.response == "utter_toeslagen_huur_boven"
    assert gevonden.waarden["huur_grens"] == geld(grens)


# --- s10: inkomenstoeslag: once per period ----------------------------------------------------------------------------

def test_an_inkomenstoeslag_received_inside_the_period_is_not_yet_again():
    maanden = int(parameter_6("inkomenstoeslag.eens_per_maanden"))
    gevonden = feit_antwoord_6("inkomenstoeslag", "ik heb in mei 2026 de inkomenstoeslag gekregen, mag ik nu een nieuwe aanvragen")
    weer = plus_maanden(date(2026, 5, 1), maanden)
    assert gevonden.response == "utter_inkomenstoeslag_nog_niet"
    assert gevonden.waarden["inkomenstoeslag_weer"] == f"{maand(weer)} {weer.year}"


def test_an_inkomenstoeslag_received_before_the_period_gets_the_general_answer():
    gevonden = feit_antwoord_6("inkomenstoeslag", "in januari 2025 kreeg ik de inkomenstoeslag, kan ik hem weer aanvragen")
    assert gevonden is None or gevonden.response != "utter_inkomenstoeslag_nog_niet"


# --- s12: alimentatie with an amount counts, also for a young child ---------------------------------------------------

def test_alimentatie_for_a_young_child_with_an_amount_names_it():
    said = antwoord("alimentatie", "de vader betaalt 180 per maand voor mijn zoon van 5, telt dat mee", PEILDATUM_6)
    assert response_namen(said) == ["utter_alimentatie_bedrag"] and said[0]["alimentatie_bedrag_tekst"] == "€ 180 per maand"


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_how_much_during_a_long_admission_names_the_norm_in_an_inrichting():
    bericht = OP_6.bericht("opname", "ik ben alleenstaand en word voor minstens 5 maanden opgenomen in een verpleeghuis. "
                                     "hoeveel bijstand krijg ik dan")
    assert bericht["response"] == "utter_opname_inrichting"
    assert euro(Decimal(str(parameter_6("normen.inrichting_alleenstaande")))) in tekst_6(bericht)


@pytest.mark.parametrize("intent", ["jongeren", "bijstandsnorm"])
def test_years_in_the_bijstand_and_something_extra_is_the_inkomenstoeslag_whatever_topic_was_read(intent):
    text = "ik ben 45 en zit al 5 jaar in de bijstand zonder uitzicht op werk, heb ik recht op iets extra's"
    assert OP_6.bericht(intent, text)["response"] == "utter_inkomenstoeslag"
    assert OP_6.bericht(intent, "ik ben 19 en zit al 2 jaar in de bijstand, krijg ik iets extra")["response"] != \
        "utter_inkomenstoeslag"


# --- s20: the general answer says first that it can be applied for, and to ask before buying --------------------------

JE = OpPeildatum(PEILDATUM, variant="nl-je")


def eerste_zin(tekst: str) -> str:
    return re.split(r"(?<=[.?!])\s", tekst, maxsplit=1)[0]


@pytest.mark.parametrize("text", [
    "kan ik bijzondere bijstand krijgen voor een bril",
    "mijn wasmachine is kapot en ik heb geen geld",
    "krijg ik geld voor de tandarts van de gemeente",
    "wie betaalt de kosten van mijn bewindvoerder",
])
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_bijzondere_bijstand_answers_first(op, text):
    naam, tekst = op.eerste("bijzondere_bijstand", text)
    assert naam == "utter_bijzondere_bijstand"
    assert not eerste_zin(tekst).endswith("?") and "bijzondere bijstand aanvragen" in eerste_zin(tekst)
    assert "vooraf" in tekst and "voordat" in tekst


# --- s20: one cost with its amount against the drempel of art. 35 lid 2 (knowledge/): at or under it ------------------

@pytest.mark.parametrize("text, response, bedrag", [
    ("mijn bril kost 90 euro krijg ik daar bijzondere bijstand voor", "utter_bijzondere_bijstand_onder_drempel", "€ 90"),
    ("tandarts rekening 140 euro, krijg ik dat vergoed van de gemeente", "utter_bijzondere_bijstand_onder_drempel",
     "€ 140"),
    ("mijn moeder heeft een nieuwe bril nodig van 176 euro, kan zij bijzondere bijstand krijgen",
     "utter_bijzondere_bijstand_onder_drempel", "€ 176"),
    ("ik moet naar de tandarts voor 600 euro en mijn verzekering betaalt het niet",
     "utter_bijzondere_bijstand_boven_drempel", "€ 600"),
    ("een wasmachine kost €450, kan de gemeente helpen?", "utter_bijzondere_bijstand_boven_drempel", "€ 450"),
])
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_one_cost_is_held_against_the_drempel(op, text, response, bedrag):
    naam, tekst = op.eerste("bijzondere_bijstand", text)
    assert naam == response
    drempel = knowledge.waarde("bijzondere_bijstand.drempel", DAG)
    assert eerste_zin(tekst) == ("Misschien niet." if response.endswith("onder_drempel") else "Misschien wel.")
    assert bedrag in tekst and f"€ {drempel}" in tekst and "Participatiewet, artikel 35 lid 2" in tekst


@pytest.mark.parametrize("text", [
    "mijn koelkast is kapot en ik heb geen geld voor een nieuwe",  # no amount
    "ik betaal 50 euro per maand aan mijn bewindvoerder, wie betaalt dat",  # a cost per month
    "mijn zus gaf me 300 euro voor een bril, moet ik dat melden",  # a gift given
])
def test_no_single_cost_keeps_the_general_answer(text):
    assert OP.naam("bijzondere_bijstand", text) == "utter_bijzondere_bijstand"


# --- s20 (English): terugvordering, bijzondere_bijstand, bezwaar, opname: the English texts answer first as the Dutch do (H4, 452fc26) ---

@pytest.mark.parametrize("text", [
    "i go into a clinic for 6 months, i live alone. how much bijstand will i get there",
    "my father (60) goes to an instelling for a year, what happens with his bijstand and his rent",
    "im admitted to a rehab for 4 months, do i still get my full uitkering",
])
def test_a_long_stay_in_english_says_to_ask_bijzondere_bijstand_for_the_rent_as_the_dutch_does(text):
    naam, tekst = EN_DORP.eerste("opname", text)
    if naam == "utter_opname_inrichting":
        assert "keep paying rent" in tekst and "(bijzondere bijstand)" in tekst
    assert "keep paying rent" in tekst_op({"response": "utter_opname_inrichting"}, DAG, "en")


# --- s20 (English): a stay of a year or half a year is a long stay (the instelling's norm), in English and Dutch ------

@pytest.mark.parametrize("variant, text", [
    ("en", "my father (60) goes to an instelling for a year, what happens with his bijstand and his rent"),
    ("en", "i go to rehab for half a year, what happens to my uitkering"),
    ("en", "my mum will live in a nursing home for 2 years, does her bijstand change"),
    ("nl-u", "mijn vader (60) gaat een jaar naar een instelling, wat gebeurt er met zijn bijstand en zijn huur"),
    ("nl-je", "ik ga een half jaar naar een kliniek, wat gebeurt er met mijn bijstand"),
])
def test_a_stay_of_a_year_or_half_a_year_gets_the_instellings_norm(variant, text):
    assert OpPeildatum(PEILDATUM, GEMEENTE, variant).eerste("opname", text)[0] == "utter_opname_inrichting"


@pytest.mark.parametrize("text", [
    "ik zit al een jaar in de bijstand en ga 2 weken naar het ziekenhuis, moet ik dat melden",
    "ik krijg al een jaar bijstand, nu word ik opgenomen",
    "i have been on bijstand for a year and now i go to hospital for 10 days",
])
def test_a_year_on_bijstand_is_no_long_stay(text):
    assert OpPeildatum(PEILDATUM, GEMEENTE, "en").eerste("opname", text)[0] != "utter_opname_inrichting"


@pytest.mark.parametrize("text, gelezen", [
    ("i have been on bijstand for a year", "een jaar"),
    ("is the earnings exemption only for half a year", "een half jaar"),
    ("my sister gives me 100 a year", "per jaar"),
])
def test_for_a_year_is_a_length_not_an_amount_per_year(text, gelezen):
    from actions.engels import naar_nederlands
    assert gelezen in naar_nederlands(text)


# --- s20 (English): the English general answer says first that a stay is reported, as the Dutch does ------------------

@pytest.mark.parametrize("text", [
    "i have to go to hospital next week, what do i do with my bijstand",
    "my wife is in hospital for 2 weeks, does that matter",
    "im going to a clinic, do i tell gemeente",
])
def test_the_english_opname_answer_opens_with_reporting_the_stay(text):
    naam, tekst = EN_DORP.eerste("opname", text)
    if naam == "utter_opname":
        assert tekst.startswith("You must report a stay in a hospital or an institution (opname) to the gemeente.")
    assert tekst_op({"response": "utter_opname"}, DAG, "en").startswith("You must report a stay")
    assert "(bijzondere bijstand)" in tekst_op({"response": "utter_opname"}, DAG, "en")


# --- s21: a single parent of a young child who asks leave for an opleiding gets "often yes", not "Nee, dat hoeft niet"

def eerste_zin_s21(tekst: str) -> str:
    return tekst.split(". ")[0]


@pytest.mark.parametrize("op, intent, text", [
    (JE_8, "participatieplicht", "alleenstaande moeder met kind van 2, mag ik een opleiding doen?"),
    (JE_8, "studeren", "alleenstaande moeder met kind van 2, mag ik een opleiding doen?"),
    (NL_8, "participatieplicht", "ik ben alleenstaande vader, mijn dochter is 3. kan ik een mbo-opleiding volgen met bijstand?"),
    (NL_8, "studeren", "mijn zus is alleenstaand met een baby van 8 maanden en wil een cursus doen, mag dat"),
    (JE_8, "studeren", "Ik ben een alleenstaande ouder (zoontje van 1), is een opleiding mogelijk naast de bijstand?"),
])
def test_a_single_parent_of_a_young_child_may_often_study(op, intent, text):
    naam, tekst = op.eerste(intent, text)
    assert naam == "utter_participatieplicht_jong_kind_opleiding"
    assert eerste_zin_s21(tekst).startswith("Ja, dat kan vaak") and "toestemming" in tekst and "plan van aanpak" in tekst


def test_a_single_parent_of_a_young_child_asking_leave_in_english():
    naam, tekst = EN_8.eerste("participatieplicht", "single mum with a child of 2, can i do a course with bijstand?")
    assert naam == "utter_participatieplicht_jong_kind_opleiding" and tekst.startswith("Yes, often")


@pytest.mark.parametrize("text, naam", [
    ("alleenstaande moeder met kind van 2, moet ik werken?", "utter_participatieplicht_jong_kind"),
    ("alleenstaande moeder met kind van 3, moet ik echt naar een re-integratie cursus?",
     "utter_participatieplicht_jong_kind_scholing"),
])
def test_a_duty_asked_keeps_its_answer(text, naam):
    assert JE_8.naam("participatieplicht", text) == naam


def test_the_form_starts_with_the_leave_answer():
    naam, tekst = JE_8.form_eerste("plichten_form", "alleenstaande moeder met kind van 2, mag ik een opleiding doen?")
    assert naam == "utter_participatieplicht_jong_kind_opleiding" and tekst.startswith("Ja")


# --- s21 (English): reporting a new address or a move is answered how, first (not only the move to another gemeente) --

@pytest.mark.parametrize("text", [
    "new address, how to give it to gemeente",
    "i have a new adress, must i report it?",
    "where do i report my move",
    "I am moving next month to another street in the same town, what must i do",
    "my mother moves to a new flat in her town, what must she report",
])
def test_reporting_a_new_address_in_english_says_how_first(text):
    naam, tekst = EN_8.eerste("verhuizen", text)
    assert naam == "utter_verhuizen_doorgeven"
    assert tekst.startswith("Report your new address in time, before you move.") and "BRP" in tekst


@pytest.mark.parametrize("text", [
    "nieuw adres, hoe geef ik dat door",
    "ik verhuis binnen de gemeente, moet ik iets doen",
    "mn nieuwe adres doorgeven aan de sociale dienst, hoe",
])
def test_een_nieuw_adres_doorgeven_in_dutch_says_how_first(text):
    naam, tekst = JE_8.eerste("verhuizen", text)
    assert naam == "utter_verhuizen_doorgeven" and tekst.startswith("Geef je nieuwe adres op tijd door")


@pytest.mark.parametrize("intent, text, naam", [
    ("verhuizen", "i go live in other city, what happen with bijstand", "utter_verhuizen"),
    ("verhuizen", "ik ga verhuizen naar een andere gemeente, moet ik dat melden", "utter_verhuizen"),
    ("inlichtingenplicht", "my son moved out last week, must I tell gemeente", "utter_inlichtingenplicht"),
])
def test_a_move_to_another_gemeente_or_someone_moving_out_keeps_its_answer(intent, text, naam):
    variant = "en" if " i " in f" {text.lower()} " or "my " in text else "nl-je"
    assert EN_8.eerste(intent, text, variant)[0] == naam


def test_a_model_without_the_new_text_says_utter_verhuizen():
    from actions.feiten_uit_bericht import TERUGVAL
    assert TERUGVAL["utter_verhuizen_doorgeven"] == "utter_verhuizen"


# --- s21 (English): the English answer on moving costs names the furnishing and the loan, as the Dutch does -----------

def test_the_english_moving_costs_answer_names_furnishing_as_the_dutch_does():
    from tests.actions.eerste_antwoord import tekst_op
    en = tekst_op({"response": "utter_verhuizen_kosten"}, EN_8.dag, "en")
    nl = tekst_op({"response": "utter_verhuizen_kosten"}, EN_8.dag, "nl-u")
    assert "inrichting van uw nieuwe huis" in nl and "als lening" in nl
    assert "For furnishing your new home, such as a floor and curtains" in en and "as a loan" in en
