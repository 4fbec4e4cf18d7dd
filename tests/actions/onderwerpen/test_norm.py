"""The bijstandsnorm: a person alone, a couple, young people and their norms, a partner moving in, the norm form's first
turn and the norm texts. Dutch first, then English."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import knowledge
from actions import engels, feiten_uit_bericht, namens, parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import aow_en_aio, eigen_leeftijd, stel_leeftijden
from knowledge.geld import euro
from tests.actions.eerste_antwoord import (DAG, DAG_5, DAG_6, DORP, DORP_6, EN, EN_6, EN_8, EN_DORP, EN_DORP_6, FEITEN,
                                           GEMEENTE, JE_8, OP, OP_5, OP_6, OpPeildatum, PEILDATUM, PEILDATUM_6,
                                           antwoord, antwoord_namen, eerste_tekst, feit_antwoord_6, form_begin,
                                           form_berichten_en_6, form_teksten_en, geld, norm, norm_6, norm_euro_6,
                                           normuit, normuit_6, parameter_6, response_namen, responses, start, tekst_6,
                                           tekst_op, vrijlating_6)


# --- s14: the norm: raised when, bruto or netto, a single parent, housemates ------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["wanneer gaan ze de bijstand verhogen", "wanneer word de uitkering weer verhoogt"])
def test_when_the_norms_go_up(text):
    assert antwoord_namen("bijstandsnorm", text, PEILDATUM)[0] == "utter_bijstandsnorm_indexatie"


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("intent", ["bijstandsnorm", "vakantiegeld", "toeslagen"])
def test_bruto_or_netto_gets_the_norms_netto_with_vakantiegeld(intent):
    namen = antwoord_namen(intent, "krijg ik de bijstand netto of bruto? en is het vakantiegeld daar al bij?", PEILDATUM)
    assert namen[0] == "utter_bijstandsnorm"
    tekst = tekst_op({"response": namen[0]}, DAG, "nl-je").lower()
    assert "netto" in tekst and "vakantiegeld" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_general_norm_says_children_get_kinderbijslag_and_kindgebonden_budget():
    tekst = tekst_op({"response": "utter_bijstandsnorm"}, DAG).lower()
    assert "kinderbijslag" in tekst and "kindgebonden budget" in tekst


# --- s14: young people of 21 to 26: their rules, not the low norm of 18 to 20 -----------------------------------------

@pytest.mark.parametrize("text", ["ik ben 24 en vraag bijstand aan, krijg ik het gelijk?",
                                  "ik ben 22, welke regels gelden er onder de 27",
                                  "ben 25 jaar, wat geldt er voor mij in de bijstand"])
def test_an_own_age_under_the_search_periods_age_gets_those_rules(text):
    assert responses("jongeren", text)[0] == "utter_jongeren_onder_leeftijd"
    assert f"{FEITEN['jongeren_zoektermijn_weken']} weken" in eerste_tekst("jongeren", text)


def test_eighteen_to_twenty_keeps_the_young_norm_answer():
    assert responses("jongeren", "ik ben 19 en mijn ouders helpen me niet, wat krijg ik")[0] != \
        "utter_jongeren_onder_leeftijd"


# --- s15: the norm: adults counted with the person, a couple said "ik en mijn vrouw", parents who cannot help ---------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_norm_with_adults_counted_with_the_person():
    _, said, _ = start("norm_form", "wij wonen met 3 volwassenen in een huurhuis, alle 3 boven de 40. wat krijg ik")
    uit = norm(leeftijd=knowledge.ONBEKEND, leefsituatie=knowledge.ONBEKEND,
               medebewoners=[{"leeftijd": 41, "relatie": "anders"}] * 2)
    assert geld(uit["norm"]) in tekst_op(said[0], DAG, "nl-je")


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_said_ik_en_mijn_man_with_a_grown_child():
    _, said, _ = start("norm_form", "ik en mijn man zijn 60 en 58 en onze dochter van 31 woont bij ons. hoeveel krijgen we")
    uit = norm(leeftijd=60, leefsituatie="gehuwden", partner_leeftijd=58,
               medebewoners=[{"leeftijd": 31, "relatie": "kind"}])
    assert said[0]["response"] == "utter_bijstandsnorm_stel_kostendeler"
    assert said[0]["norm_eigen"] == geld(uit["norm"])


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["mijn vader zit zelf in de schulden", "van mijn ouders krijg ik geen cent",
                                  "van hun krijg ik niks"])
def test_parents_who_cannot_help(text):
    assert feiten_uit_bericht.ouders_kunnen_bijdragen(text, DAG) is False


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_whose_parents_cannot_help_gets_the_raised_norm():
    _, said, _ = start("norm_form", "ik ben 20 en woon op kamers. mijn ouders hebben zelf geen geld. hoeveel bijstand krijg ik")
    uit = norm(leeftijd=20, leefsituatie="alleenstaande", ouders_kunnen_bijdragen=False)
    assert geld(uit["norm"]) in tekst_op(said[0], DAG, "nl-je")


# --- s15: the AOW topic read for a person far from the AOW age --------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_amount_under_the_aow_age_read_as_the_aow_topic():
    namen = antwoord_namen("aow_aio", "65 alleenstaand, nog geen aow, hoeveel bijstand?", PEILDATUM)
    assert namen[0] == "utter_bijstandsnorm_eigen"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_read_as_the_aow_topic_gets_the_young_persons_norm():
    namen = antwoord_namen("aow_aio", "ik ben 18, waarom krijg ik zo weinig bijstand", PEILDATUM)
    assert namen[0].startswith("utter_bijstandsnorm_eigen")


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_aio_asked_under_the_aow_age_stays_the_aow_answer():
    namen = antwoord_namen("aow_aio", "ik ben 61 en woon alleen, hoeveel aio krijg ik later", PEILDATUM)
    assert not namen[0].startswith("utter_bijstandsnorm")
    assert aow_en_aio.norm_voor_de_aow("ik ben 61 en woon alleen, hoeveel aio krijg ik later", DAG) is None


# --- s15: a relationship apart may; moving in with the partner is a couple --------------------------------------------

@pytest.mark.parametrize("text", [
    "mijn vriendin en ik gaan in januari samenwonen in mijn flat. zij heeft een vaste baan. wat betekent dat",
    "ik heb al twee jaar een relatie en ga in het voorjaar bij mijn vriend wonen, wat moet ik regelen",
])
def test_moving_in_with_the_partner_is_a_couple(text):
    assert responses("samenwonen", text)[0] == "utter_samenwonen_partner_komt"
    zin = eerste_tekst("samenwonen", text)
    assert "inkomen van uw partner" in zin and "Geef het door" in zin


# --- s16: the norm: a relative with a pronoun, a client of a social worker, an age in general -------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_client_is_read_in_the_first_person():
    text = ("als hulpverlener vraag ik voor een cliënte: vrouw van 38, alleenstaand, haar broer van 31 en haar zus "
            "van 35 wonen bij haar. hoeveel bijstand krijgt ze")
    assert namens.als_eigen_vraag(text) == (
        "als hulpverlener vraag ik voor een cliënte: ik ben 38, alleenstaand, mijn broer van 31 en mijn zus "
        "van 35 wonen bij mij. hoeveel bijstand krijg ik")
    _, said, _ = start("norm_form", text)
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "gemeente": GEMEENTE, "leeftijd": 38,
                                              "leefsituatie": "alleenstaande",
                                              "medebewoners": [{"leeftijd": 31, "relatie": "anders"},
                                                               {"leeftijd": 35, "relatie": "anders"}]})
    assert uit["kostendelersnorm_toegepast"]
    assert geld(uit["norm"]) in " ".join(str(v) for m in said for v in m.values())


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_clients_own_child_after_a_preposition():
    assert namens.als_eigen_vraag("als hulpverlener vraag ik: vrouw van 38 woont met haar zoon van 30, wat krijgt ze") \
        == "als hulpverlener vraag ik: ik ben 38 woont met mijn zoon van 30, wat krijg ik"


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_client_with_he_and_his_verb():
    text = "ik vraag dit voor een cliënt van 50. hij woont met zijn zoon van 29, wat is zijn norm"
    assert namens.als_eigen_vraag(text) == "ik vraag dit voor ik ben 50. ik woon met mijn zoon van 29, wat is mijn norm"


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "mijn zoon van 29 woont bij mij, wat is zijn norm",  # no client: the writer's own message
    "hij is 50 en woont alleen",
    "ik werk als begeleider, mijn zoon van 20 woont bij mij en hij verdient 300",  # the writer's own job
])
def test_without_a_client_the_message_stays_as_it_is(text):
    assert namens.als_eigen_vraag(text) == text


# --- s17: a young partner beside kostendelers (art. 22a lid 3) --------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_allebei_of_the_parents_is_not_the_couples_age():
    text = "ik ben 19 en mijn vrouw is 29, we wonen in bij haar ouders (allebei 60). hoeveel krijgen wij"
    assert feiten_uit_bericht.norm.stel_leeftijden(text) == (19, 29)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_partner_beside_kostendelers_gets_the_22a_lid_3_amount_with_its_two_parts():
    text = "ik ben 19 en mijn vrouw is 29, we wonen in bij haar ouders (allebei 60). hoeveel krijgen wij"
    gevonden = feiten_uit_bericht.norm.stel_norm(text, DAG)
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


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_young_partner_answer_comes_first_in_the_norm_form():
    _, berichten, _ = start("norm_form", "mijn man is 33 en ik ben 20. we wonen bij mijn schoonmoeder van 61 en "
                                         "haar broer van 58. hoeveel bijstand krijgen we")
    assert berichten[0]["response"] == "utter_bijstandsnorm_stel_jong_kostendeler"


# --- s17: ages and amounts read where they were missed ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_married_partner_said_as_hij_is():
    assert feiten_uit_bericht.norm.stel_leeftijden("we zijn getrouwd, ik ben 20 en hij is 31, hoeveel bijstand krijgen we") == (20, 31)
    assert feiten_uit_bericht.norm.stel_leeftijden("ik ben 30 en getrouwd, mijn zoon woont bij ons, hij is 28") is None


# --- s18: who lives with the person, read where it was missed ---------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_with_one_past_the_aow_age_said_with_a_bare_man_gets_the_svb():
    _, berichten, _ = start("norm_form", "man is 69 en ik ben 58, wat is onze bijstand samen")
    assert berichten[0]["response"].startswith("utter_aow_aio")
    assert "SVB" in tekst_op(berichten[0], DAG)


# --- s18: the source of a young couple's norm is art. 20 --------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_couples_norm_cites_article_20():
    tekst = tekst_op({"response": "utter_bijstandsnorm_stel_jong", "norm_eigen": "€ 1"}, DAG)
    assert "artikel 20" in tekst and "artikel 21 onder b" not in tekst


# --- s18: a question read as another topic: the ontheffing asked in the norm form, the norm asked as a move -----------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_own_age_and_the_amount_asked_without_a_move_is_the_norm():
    from tests.actions.eerste_antwoord import antwoord_namen
    jong = knowledge.waarde("leeftijd.volwassenennorm", DAG) - 1
    assert antwoord_namen("verhuizen", f"{jong}jr, woon nog thuis, hoeveel krijg ik", PEILDATUM,
                          "nl-u")[0] != "utter_verhuizen"
    assert antwoord_namen("verhuizen", "ik ben 30 en ga verhuizen naar zwolle, hoeveel krijg ik daar", PEILDATUM,
                          "nl-u")[0] == "utter_verhuizen"


# --- s17 (English): a couple's ages -----------------------------------------------------------------------------------

def test_are_before_the_couples_ages_gives_the_couple_with_a_housemate():
    naam, tekst = EN_DORP.form_eerste("norm_form", "my wife and me are 44 and 47 and my son of 29 lives with us, what do we get")
    assert naam == "utter_bijstandsnorm_stel_kostendeler"
    assert "€1,757.42" in tekst  # 260/300 x 2,027.79: a couple with one kostendeler


def test_are_before_an_amount_stays():
    assert "zijn" not in naar_nederlands("the costs are 40 euro a week")


def test_him_after_the_own_age_is_the_partner_and_a_bare_norm_is_the_question():
    gelezen = naar_nederlands("we are married, me 20 her 23, norm?")
    assert "mijn partner is 23" in gelezen and "wat is de norm?" in gelezen
    naam, tekst = EN_DORP.form_eerste("norm_form", "married, me 20 her 23, norm?")
    assert naam == "utter_bijstandsnorm_stel_jong"
    assert "€1,364.32" in tekst  # art. 20.1c on 1-7-2026: one 18-20, the other 21+


def test_both_parents_with_an_age_are_the_parents_not_the_couple():
    gelezen = naar_nederlands("i'm 19 and my wife is 22, we live in her parents home (both parents about 60)")
    assert "(allebei 60)" in gelezen and "mijn partner is 60" not in gelezen


# --- s18 (English): plain English of the duties -----------------------------------------------------------------------

def test_the_norm_of_a_single_parent_says_the_children_get_child_benefit():
    naam, tekst = EN_DORP.form_eerste("norm_form", "Single dad of 35 with a son of 6. How much bijstand, and is there extra for my son?")
    assert naam == "utter_bijstandsnorm_eigen"
    assert "child benefit (kinderbijslag)" in tekst


@pytest.mark.parametrize("text", [
    "my boyfriend wants to move in with me, we are both on bijstand, what changes",
    "my fiancee is moving in next month, what does that mean for my uitkering",
])
def test_a_partner_who_moves_in_gets_the_couples_norm(text):
    naam, tekst = EN.eerste("samenwonen", text)
    assert naam == "utter_samenwonen_partner_komt" and "couple" in tekst


def test_a_friend_who_moves_in_is_no_partner_by_these_words():
    """"friend" is "vriend" in Dutch, which the samenwonen reader takes for a partner: not rewritten here."""
    naam, _ = EN.eerste("samenwonen", "my friend wants to move in with me, he is 40, what happens")
    assert naam != "utter_samenwonen_partner_komt"


# --- s18 (English): a partner who moves in, read as a move or a report ------------------------------------------------

@pytest.mark.parametrize("intent, text, variant", [
    ("verhuizen", "my boyfriend will come to live with me in march, what do i need to do", "en"),
    ("inlichtingenplicht", "my girlfriend is moving in with me, what must i report", "en"),
    ("verhuizen", "mijn vriend komt in maart bij mij wonen, wat moet ik regelen", "nl-u"),
])
def test_a_partner_moving_in_is_living_together(intent, text, variant):
    assert EN.eerste(intent, text, variant)[0] == "utter_samenwonen_partner_komt"


def test_moving_together_to_another_gemeente_keeps_the_move():
    naam, _ = EN.eerste("verhuizen", "mijn vriend en ik gaan samenwonen in een nieuw huis in een andere gemeente", "nl-u")
    assert naam == "utter_verhuizen"


# --- s13: the norm form with a wage of one's own: the bijstand left beside it comes first -----------------------------

@pytest.mark.parametrize("text, leeftijd, loon", [
    ("ik ben 22, woon alleen en werk bij de bakker voor 300 euro per maand. hoeveel bijstand krijg ik nog", 22, 300),
    ("41 jaar, alleenstaand, ik heb een baan van 650 netto per maand, wat is mijn bijstand dan", 41, 650),
])
def test_the_norm_form_with_a_wage_says_the_bijstand_left(text, leeftijd, loon):
    _, said, _ = DORP_6.start("norm_form", text)
    uit = vrijlating_6(leeftijd=leeftijd, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": loon, "periode": "maand"})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_ww_in_the_norm_form_is_no_wage():
    _, said, _ = DORP_6.start("norm_form", "ik ben 44, woon alleen, ik krijg 600 euro ww per maand, hoeveel bijstand nog")
    assert said[0]["response"] == "utter_bijstandsnorm_inkomen"


# --- s13: the norm: grown children one 'woont samen met', ages in brackets, a partner without a residence permit ------

def test_living_together_with_ones_children_is_no_couple():
    assert parse.leefsituatie("ik woon samen met mijn drie dochters") != "gehuwden"
    _, said, _ = DORP_6.start("norm_form", "ik ben 49 en woon samen met mijn twee zonen van 27 en 30, hoeveel krijg ik")
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert said[0]["kostendelersnorm_bedrag"].startswith(geld(norm_6(
        leeftijd=49, leefsituatie="alleenstaande",
        medebewoners=[{"leeftijd": 27, "relatie": "kind"}, {"leeftijd": 30, "relatie": "kind"}])))


def test_a_couples_ages_in_brackets():
    text = "mijn vrouw (44) en ik (46) wonen met mijn vader van 72, wat is nu ons bedrag"
    assert feiten_uit_bericht.stel_leeftijden(text) == (46, 44)
    _, said, _ = DORP_6.start("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_stel_kostendeler"


@pytest.mark.parametrize("text", [
    "mijn man heeft geen verblijfsvergunning, ik ben 30. hoeveel bijstand krijg ik",
    "ik ben 45 en mijn vrouw is hier zonder papieren, wat krijg ik aan bijstand",
])
def test_a_partner_without_a_residence_permit_has_no_right(text):
    gevonden = feiten_uit_bericht.partner_zonder_recht(text, DAG_6)
    assert gevonden is not None and gevonden.response == "utter_samenwonen_partner_geen_recht"


# --- s14 (English): who lives with the writer -------------------------------------------------------------------------

def test_the_writers_age_in_brackets_after_i():
    slots = EN_DORP.begin("norm_form", "I (45) share a flat with my brother (52) and my aunt (61). What is my bijstand?").slots
    assert slots["leeftijd"] == 45
    assert sorted(m["leeftijd"] for m in slots["medebewoners"]) == [52, 61]


def test_the_total_asked_by_a_couple_past_the_aow_age_is_the_aio_level():
    namen = [m["response"] for m in EN_DORP.begin(
        "norm_form", "I am 68 with AOW and my husband is 60 without income. What would our total be per month?").berichten]
    assert namen[:1] == ["utter_aow_aio_norm"]


def test_the_assumptions_are_said_in_english():
    tekst = form_teksten_en("norm_form", "I (48) live with my cousin (33). How much bijstand will I get?")
    assert "Ik weet niet" not in tekst and "Ik ga ervan uit" not in tekst
    assert "partner" in tekst


# --- s14 (English): the amount asked, a baby, people past the AOW age -------------------------------------------------

def test_a_young_couple_with_a_newborn_gets_the_couples_norm():
    namen = [m["response"] for m in EN_DORP.begin(
        "norm_form", "We got married in May, I am 20 and my wife is 23, and we have a new-born daughter. "
                     "What will our bijstand be?").berichten]
    assert namen[:1] == ["utter_bijstandsnorm_stel_jong"]
    assert {"leeftijd": 0, "relatie": "kind"} in EN_DORP.begin(
        "norm_form", "me 19, husband 21, we have a newborn baby. what would our norm be?").slots["medebewoners"]


# --- s14 (English): living together, savings, an own home -------------------------------------------------------------

def test_moving_in_with_a_partner_who_earns_is_samenwonen():
    assert EN.naam("samenwonen", "I want to move in with my boyfriend who earns 3000 a month. Do I keep my bijstand?") == \
        "utter_samenwonen_partner_verdient_meer"


# --- s14 (English): an age opening the message, trips -----------------------------------------------------------------

def test_moving_in_with_a_partner_who_earns_read_as_earning():
    assert EN.naam("bijverdienen", "If I go live together with my boyfriend who earns 2800 net, do I keep my bijstand?") == \
        "utter_samenwonen_partner_verdient_meer"


# --- s14b (English): parents who put a young person out ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["i am 19 and my dad kicked me out last week, how much bijstand is it",
                                  "I'm 20, my parents threw me out of the house. what do I get a month?"])
def test_parents_who_put_a_young_person_out_are_no_housemates(text):
    assert [m.get("response") for m in EN_DORP.begin("norm_form", text).berichten][:1] == \
        ["utter_bijstandsnorm_eigen_jong"]


def test_dutch_parents_who_put_a_young_person_out_are_no_housemates():
    fb = form_begin("norm_form", "ik ben 18 en mijn moeder heeft me eruit gezet, hoeveel bijstand krijg ik",
                    PEILDATUM, "nl-je", "voorbeelddorp")
    assert [m.get("response") for m in fb.berichten][:1] == ["utter_bijstandsnorm_eigen_jong"]


# --- s15 (English): young people and their parents --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["I'm 18, no contact with parents, I live on my own. what is my bijstand",
                                  "age 20, alone, no contact with my parents anymore, how much do I get"])
def test_no_contact_with_parents_gives_the_raised_young_norm(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_eigen_jong"
    assert "1,112.66" in tekst


@pytest.mark.parametrize("text, leeftijd", [("19 and living with my parents, what bijstand can I get", "19"),
                                            ("20 and i still live with mum and dad. how much is bijstand", "20")])
def test_a_bare_age_then_and_how_one_lives_is_the_own_age(text, leeftijd):
    assert naar_nederlands(text).startswith(f"ik ben {leeftijd}, ik ")
    assert EN_DORP.begin("norm_form", text).berichten[0]["response"] == "utter_jongeren"


# --- s15 (English): who lives in the home -----------------------------------------------------------------------------

def test_a_couple_with_housemates_after_a_death_gets_the_couples_kostendelersnorm():
    naam, tekst = EN_DORP.form_eerste("norm_form", "we are a couple, I am 50 and my wife is 48. my father of 75 lives with us since "
                                      "my mother died, and my sister of 44 too. what do we get together a month?")
    assert naam == "utter_bijstandsnorm_stel_kostendeler"
    assert "1,622.24" in tekst


def test_a_stay_in_an_instelling_in_the_norm_form_is_the_instelling_norm():
    naam, tekst = EN_DORP.form_eerste("norm_form", "my mother is 58, single, she lives in a nursing home for half a year now. "
                                      "how much bijstand does she get there?")
    assert naam == "utter_opname_inrichting"
    assert "449" in tekst


# --- s15 (English): why the young get less, read as the norm ----------------------------------------------------------

@pytest.mark.parametrize("text", ["my son is 19 and gets way less bijstand than his cousin of 22, why?",
                                  "waarom krijgt mijn dochter van 18 zoveel minder dan haar zus van 25"])
def test_why_someone_under_21_gets_less_is_the_young_peoples_answer(text):
    variant = "nl-u" if "waarom" in text else "en"
    assert antwoord("bijstandsnorm", text, PEILDATUM, variant)[0]["response"] == "utter_jongeren"


@pytest.mark.parametrize("text", ["I am 19 and earn 300 a month, do I get less than 1419?",
                                  "we are 45 and 47, why do we get less than two single people"])
def test_an_amount_or_no_young_age_keeps_the_norm(text):
    assert antwoord("bijstandsnorm", text, PEILDATUM, "en")[0]["response"] != "utter_jongeren"


# --- s16 (English): a count of people that holds the writer -----------------------------------------------------------

@pytest.mark.parametrize("text", ["we are 3 people in the flat, all over 40, only I get bijstand. how much is it",
                                  "there are 3 of us in the house, all over 40, i am on bijstand, what do i get"])
def test_we_are_three_people_counts_the_writer(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert "€878.71" in tekst  # 130/300 x 2,027.79: three adults with the writer, not four


# --- s9 (English): people and ages ------------------------------------------------------------------------------------

def test_of_a_couple_he_is_24_is_the_partner():
    assert "mijn partner is 24" in naar_nederlands("we are married, I am 20 and he is 24, no children yet")
    assert "partner" not in naar_nederlands("we are married with a son, he is 19, I am 40").split("getrouwd")[1]
    assert feiten_uit_bericht.antwoord("bijstandsnorm", naar_nederlands(
        "we are married, I am 20 and he is 24, no children yet, how much bijstand"), DAG_6,
        {"responses": {"utter_bijstandsnorm_stel_jong": []}}).response == "utter_bijstandsnorm_stel_jong"


@pytest.mark.parametrize("english", [
    "my husband has no residence permit yet, I have bijstand, no kids. how much do we get",
    "my wife is not entitled to bijstand, how much do I get",
])
def test_a_partner_without_a_right_to_bijstand(english):
    assert EN_6.begin_namen("norm_form", english)[0] == "utter_samenwonen_partner_geen_recht"


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_cant_without_an_apostrophe_is_parents_who_do_not_help():
    for english in ("my parents cant pay anything for me", "my parents can't help me"):
        assert "kunnen niet helpen" in naar_nederlands(english)
    said = form_berichten_en_6("norm_form", "I am 19, my parents kicked me out and they cant pay anything for me. I live alone. "
                                   "How much bijstand do I get?")
    assert said[0]["response"] == "utter_bijstandsnorm_eigen_jong"


def test_bijstand_for_an_18_year_old_is_the_young_persons_norm():
    assert EN_6.naam("bijstandsnorm", "bijstand amount for 18 year old living alone?") == "utter_bijstandsnorm_eigen_jong"


def test_a_grown_childs_own_bijstand_read_as_the_kostendelersnorm():
    assert EN_6.naam("kostendelersnorm", "my son is 19 still lives at home with us, he wants own bijstand how much would "
                                      "that be") == "utter_jongeren_kind_eigen_bijstand_jong"


def test_a_partner_who_turned_the_aow_age_is_that_age():
    assert "mijn vrouw is 67" in naar_nederlands("my wife turned 67 in march, I am 63")
    assert "ik word 67" in naar_nederlands("I turn 67 next year")
    said = form_berichten_en_6("norm_form", "my wife turned 67 in march, I am 63, what is our bijstand now")
    assert said[0]["response"] == "utter_aow_aio_norm"


# --- s11 (English): norms ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["me 19 and my husband 30, no children, how much do we get",
                                  "we are a couple, i am 20 and my wife 26. what is our bijstand"])
def test_a_young_couple_with_the_partners_age_gets_the_young_couples_norm(text):
    said = form_berichten_en_6("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong"


def test_the_age_of_someone_elses_wife_stays_hers():
    assert "vrouw van 40" in naar_nederlands("The father (42) lives with his wife (40)")
    assert "mijn man is 30" in naar_nederlands("me 19 and my husband 30")


@pytest.mark.parametrize("text", ["i am 19 and still live at home with my mum and dad, what bijstand do i get",
                                  "18 years old, living at home with my parents. how much bijstand is that"])
def test_a_young_person_at_the_parents_home_gets_the_young_persons_norm(text):
    said = form_berichten_en_6("norm_form", text)
    assert said[0]["response"] == "utter_jongeren"


def test_both_after_the_parents_is_the_parents_age():
    dutch = naar_nederlands("I am 19 and my wife is 22, we live with her parents (both 55+). what do we get")
    assert "wij wonen bij haar ouders" in dutch and "partner is 55" not in dutch
    assert "partner is 45" in naar_nederlands("we are married with 3 children, both 45, how much do we get")


# --- s12 (English): earning -------------------------------------------------------------------------------------------

def test_the_young_peoples_topic_without_a_wage_stays():
    assert EN_6.naam("jongeren", "I'm 19 and live with my parents, how much bijstand") == "utter_jongeren"


# --- s12 (English): couples and the AOW age ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["we are married, we both 45, no income. what do we get",
                                  "we are couple 30 and 33, no kids, how much do we get"])
def test_a_couples_ages_give_the_couples_norm(text):
    assert EN_6.naam("samenwonen", text) == "utter_bijstandsnorm_stel"


# --- s13 (English): a couple who say they live together ---------------------------------------------------------------

@pytest.mark.parametrize("text, slots", [
    ("my boyfriend is 22 and I am 19, we live together. what is the bijstand for us?", {"leeftijd": 19, "partner_leeftijd": 22}),
    ("We are living together, my girlfriend is 30 and I am 31. What do we get?", {"leeftijd": 31, "partner_leeftijd": 30})])
def test_we_live_together_is_a_couple(text, slots):
    gevuld = EN_DORP_6.begin("norm_form", text).slots
    assert gevuld["leefsituatie"] == "gehuwden"
    assert {k: gevuld[k] for k in slots} == slots


# --- s13 (English): a single parent's norm: children without an age, toeslagen asked beside it ------------------------

@pytest.mark.parametrize("text", ["single dad 35, three kids, no income. how much bijstand per month?",
                                  "dad (41), two children, how much bijstand"])
def test_a_young_single_parents_children_without_an_age_do_not_stop_the_norm(text):
    assert EN_DORP_6.begin("norm_form", text).berichten[0]["response"] == "utter_bijstandsnorm_eigen"


def test_children_without_an_age_of_an_older_parent_are_asked():
    assert EN_DORP_6.begin("norm_form", "single mum 58 with 2 children, what do I get?").berichten[0]["response"] != \
        "utter_bijstandsnorm_eigen"


@pytest.mark.parametrize("text", ["single mom 31 with a baby, what bijstand do I get? and child benefit on top?",
                                  "alleenstaande moeder, ik ben 30, 2 kinderen. hoeveel bijstand? krijg ik kinderbijslag erbij?"])
def test_toeslagen_asked_beside_the_norm_get_their_answer_after_it(text):
    namen = [m["response"] for m in EN_DORP_6.begin("norm_form", text).berichten]
    assert namen[0].startswith("utter_bijstandsnorm") and "utter_toeslagen" in namen


def test_no_toeslagen_answer_when_not_asked():
    assert "utter_toeslagen" not in [m["response"] for m in EN_DORP_6.begin("norm_form", "I am 40, alone, how much bijstand?").berichten]


def test_alimentatie_from_the_ex_comes_off_a_parents_norm():
    text = "father 38 with 2 kids, divorced. my ex pays 200 partneralimentatie a month. what bijstand is left?"
    assert EN_DORP_6.begin("norm_form", text).berichten[0]["response"] == "utter_bijstandsnorm_inkomen"


# --- s19: a couple's two ages said together ---------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, leeftijden", [
    ("wij zijn getrouwd 51 en 53 en onze zoon van 31 woont nog thuis. hoeveel krijgen we", (51, 53)),
    ("mijn vrouw en ik (44, 46) wonen met haar broer van 38, hoeveel bijstand", (44, 46)),
    ("samenwonend, 33 en 35, wat krijgen we", (33, 35)),
])
def test_a_couples_two_ages_said_together(text, leeftijden):
    assert stel_leeftijden(text) == leeftijden


# --- s19: parents whose ages were not said ----------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_with_a_grown_brother_gets_the_young_norm():
    text = "ik ben 20 en woon met mijn broer van 33, hoeveel bijstand"
    _, berichten, _ = start("norm_form", text)
    uit = normuit(leeftijd=20, leefsituatie="alleenstaande")
    assert berichten[0]["response"] == "utter_bijstandsnorm_eigen_jong"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_at_pa_en_mas_gets_the_young_persons_answer_with_the_norm():
    _, berichten, _ = start("norm_form", "ben 19, woon bij pa en ma, wat krijg ik")
    uit = normuit(leeftijd=19, leefsituatie="alleenstaande")
    assert berichten[0]["response"] == "utter_jongeren"
    assert geld(uit["norm"]) in tekst_op(berichten[0], DAG)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_with_a_boyfriend_is_not_given_the_norm_of_someone_alone():
    _, berichten, _ = start("norm_form", "ik ben 20 en woon met mijn vriend van 24, hoeveel bijstand")
    assert berichten[0]["response"] != "utter_bijstandsnorm_eigen_jong"


# --- s19: an own age said as "alleenstaande van 30" -------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, leeftijd", [("alleenstaande van 38, wat krijg ik", 38),
                                            ("als alleenstaand van 45 hoeveel bijstand", 45)])
def test_alleenstaande_van_an_age_is_the_writers_own(text, leeftijd):
    assert eigen_leeftijd(text) == leeftijd
    slots, _, open_vragen = start("norm_form", text)
    assert slots.get("leeftijd") == leeftijd and "leeftijd" not in open_vragen


@pytest.mark.usefixtures("voorbeelddorp")
def test_een_alleenstaande_van_an_age_is_someone_in_general():
    assert eigen_leeftijd("hoeveel krijgt een alleenstaande van 30") is None


# --- s19 (English): gifts: exactly the limit, a total said beside a monthly gift, 'whats our bijstand' ----------------

def test_whats_our_bijstand_asks_the_amount_of_a_young_couple():
    naam, tekst = EN.form_eerste("norm_form", "my wife is 19 and i am 23, we have a son of 2. whats our bijstand")
    assert naam == "utter_bijstandsnorm_stel_jong"
    assert "1,769.88" in tekst


# --- s19 (English): a partner who comes from abroad to live with the person: moving in together (samenwonen) ----------

@pytest.mark.parametrize("intent", ["inlichtingenplicht", "samenwonen", "verhuizen"])
@pytest.mark.parametrize("text", [
    "my boyfriend is coming over from ghana to live with me, what changes for my bijstand",
    "my fiancee comes from abroad to move in with me next month, what happens",
    "my girlfriend (29) comes live with me next month, what do i need to do",
])
def test_a_partner_from_abroad_moving_in_is_living_together(intent, text):
    assert EN.eerste(intent, text)[0] == "utter_samenwonen_partner_komt"


# --- s5: other facts that decide the answer ---------------------------------------------------------------------------

def test_vakantiegeld_taken_for_the_norm_gets_the_vakantiegeld_answer():
    # session 9: a question of how much gets the vakantiegeld answer with the amount (utter_vakantiegeld_hoeveel)
    assert OP_5.naam("bijstandsnorm", "hoeveel vakantiegeld krijg je als alleenstaande in de bijstand") == \
        "utter_vakantiegeld_hoeveel"
    assert OP_5.naam("bijstandsnorm", "wanneer krijg ik vakantiegeld in de bijstand") == "utter_vakantiegeld"


# --- s5: round 2: more facts that decide the question -----------------------------------------------------------------

@pytest.mark.parametrize("loon, verwacht", [(2500, "utter_samenwonen_partner_verdient_meer"),
                                            (800, "utter_samenwonen_partner_verdient_minder")])
def test_a_partners_wage_against_the_norm_for_a_couple(loon, verwacht):
    text = f"ik ga samenwonen met mijn vriend die {loon} netto verdient, wat gebeurt er met mijn bijstand"
    assert knowledge.waarde("normen.gehuwden", DAG_5) > 800
    assert OP_5.naam("samenwonen", text) == verwacht


def test_a_couple_of_45_gets_the_norm_for_a_couple():
    said = OP_5.berichten("samenwonen", "mijn man en ik zijn allebei 45, hoeveel krijgen we samen")[0]
    assert said["response"] == "utter_bijstandsnorm_stel"
    assert said["norm_eigen"] == euro(Decimal(str(knowledge.waarde("normen.gehuwden", DAG_5))))


# --- s8: the norm of a young person -----------------------------------------------------------------------------------

def jong(leeftijd: int) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "medebewoners": [], "leeftijd": leeftijd,
                                               "leefsituatie": "alleenstaande"})


def test_what_someone_of_an_age_under_the_adult_norm_gets_is_the_young_persons_norm():
    bericht = OP_6.bericht("bijstandsnorm", "hoeveel bijstand krijg je als je 19 bent")
    assert bericht["response"] == "utter_bijstandsnorm_eigen_jong"
    assert euro(Decimal(str(jong(19)["norm"]))) in tekst_6(bericht)


@pytest.mark.parametrize("intent", ["jongeren", "schulden"])
def test_a_young_person_put_out_by_the_parents_gets_the_norm_and_the_raise_not_debt_help(intent):
    bericht = OP_6.bericht(intent, "ik ben 18 en mijn ouders hebben me uit huis gezet, moeten ze nog voor mij zorgen")
    assert bericht["response"] == "utter_jongeren"
    assert knowledge.feiten(DAG_6)["jongeren_verhoging_ouders"] in tekst_6(bericht) and "meer" in tekst_6(bericht)


# --- s8: samenwonen: friends are no couple, a partner who moves in, savings -------------------------------------------

def test_a_partner_moving_in_makes_a_couple_and_is_reported_first():
    bericht = OP_6.bericht("samenwonen", "mijn vriendin wil over een maand bij mij komen wonen, wat betekent dat voor mijn "
                                         "bijstand")
    assert bericht["response"] == "utter_samenwonen_partner_komt"
    assert knowledge.feiten(DAG_6)["norm_gehuwden"] in tekst_6(bericht) and "Geef het door" in tekst_6(bericht)


def test_the_partner_without_a_right_names_the_article_and_the_gemeente():
    bericht = OP_6.bericht("bijstandsnorm", "mijn partner heeft geen recht op bijstand, hoeveel krijg ik dan")
    assert bericht["response"] == "utter_samenwonen_partner_geen_recht"
    assert "artikel 24" in tekst_6(bericht) and "beslist" in tekst_6(bericht)


# --- s8: the norm: other adults in the home, a couple of whom one has the AOW age, a lodger at market rent ------------

def test_the_young_persons_norm_names_the_raise_when_the_parents_cannot_contribute():
    bericht = OP_6.bericht("bijstandsnorm", "hoeveel bijstand krijg je als je 19 bent")
    assert knowledge.feiten(DAG_6)["jongeren_verhoging_ouders"] in tekst_6(bericht)


# --- s9: other income: the inkomenstoeslag's amount, vakantiegeld, huurtoeslag and the rent ---------------------------

def test_how_much_vakantiegeld_is_the_part_of_the_norm_knowledge_names():
    said = antwoord("vakantiegeld", "hoeveel vakantiegeld krijg je in de bijstand", PEILDATUM_6)
    assert said[0]["response"] == "utter_vakantiegeld_hoeveel"
    per_maand = (Decimal(str(parameter_6("normen.alleenstaande"))) * Decimal(str(parameter_6("normen.vakantietoeslag_percentage")))
                 / 100).quantize(Decimal("0.01"))
    assert said[0]["vakantiegeld_alleen_maand"] == geld(per_maand)
    assert said[0]["vakantiegeld_alleen_jaar"] == geld(per_maand * 12)


# --- s9: the norm: a young couple who live together, a child's own bijstand -------------------------------------------

def test_a_young_couple_who_live_together_get_their_norm():
    _, said, _ = OP_6.start("norm_form", "ik ben 19 en mijn vriendin is 24, we wonen samen met ons kind van 1. "
                                         "hoeveel bijstand krijgen we")
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "leeftijd": 19, "leefsituatie": "gehuwden",
                                              "partner_leeftijd": 24, "medebewoners": [{"leeftijd": 1, "relatie": "kind"}]})
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong" and said[0]["norm_eigen"] == geld(uit["norm"])


def test_a_parent_asking_whether_a_grown_child_can_get_bijstand():
    _, said, _ = OP_6.start("norm_form", "onze dochter van 19 woont thuis, kan zij bijstand krijgen")
    assert said[0]["response"] == "utter_jongeren_kind_eigen_bijstand_jong"


def test_how_much_vakantiegeld_read_as_the_norm_gets_the_amount():
    said = antwoord("bijstandsnorm", "hoeveel vakantiegeld krijg ik in de bijstand", PEILDATUM_6)
    assert said[0]["response"] == "utter_vakantiegeld_hoeveel"


# --- s10: the norm: asked for someone of an age, and a young couple with a baby ---------------------------------------

def test_the_norm_asked_for_someone_of_an_age_is_that_age_s_norm():
    gevonden = feit_antwoord_6("bijstandsnorm", "wat is de bijstand voor een 19-jarige")
    assert gevonden.response == "utter_bijstandsnorm_eigen_jong"
    assert gevonden.waarden["norm_eigen"] == geld(parameter_6("normen.jongere_alleenstaande"))


def test_someone_of_an_age_named_as_a_housemate_is_no_question_about_that_age():
    assert feiten_uit_bericht.norm.iemand_van("er woont iemand bij mij") is None


def test_a_couple_of_one_age_with_a_baby_gets_the_young_couples_norm_with_child():
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "leeftijd": 19, "leefsituatie": "gehuwden",
                                              "partner_leeftijd": 19, "medebewoners": [{"leeftijd": 0,
                                                                                        "relatie": "kind"}]})
    _, said, _ = OP_6.start("norm_form", "we zijn allebei 19 en hebben een zoontje van 5 maanden, wat krijgen we")
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong"
    assert said[0]["norm_eigen"] == geld(uit["norm"])


# --- s10: living together to give care --------------------------------------------------------------------------------

def test_a_partner_who_moves_in_to_be_cared_for_is_no_couple():
    gevonden = feit_antwoord_6("samenwonen", "mijn vriend trekt bij me in omdat hij kanker heeft en ik hem verzorg, "
                                             "zijn we dan samenwonend")
    assert gevonden.response == "utter_samenwonen_zorg"
    assert tekst_op({"response": gevonden.response}, DAG_6).startswith("Nee")


def test_a_partner_who_moves_in_without_care_is_still_a_couple():
    assert feit_antwoord_6("samenwonen", "mijn vriendin komt bij mij wonen, we hebben al 2 jaar een relatie").response == \
        "utter_samenwonen_partner_komt"


# --- s10: jongeren: the rules under the age of the search period asked ------------------------------------------------

def test_the_rules_under_the_age_of_the_search_period_are_answered_as_such():
    grens = parameter_6("leeftijd.jongeren_zoektermijn")
    gevonden = feit_antwoord_6("jongeren", f"welke regels gelden er als je jonger bent dan {grens} en bijstand wilt")
    assert gevonden.response == "utter_jongeren_onder_leeftijd"
    tekst = tekst_op({"response": gevonden.response}, DAG_6)
    assert f"{parameter_6('termijn.jongeren_zoektermijn_weken')} weken" in tekst and "studiefinanciering" in tekst


# (session 14: an own age from the adult norm to the search period's age, "ik ben 22, welke regels gelden er onder de
# 27", now gets the rules of that age: its s14 section in test_norm.py)
@pytest.mark.parametrize("text", ["ik woon tot 27 maart bij mijn ouders"])
def test_an_own_age_or_a_date_is_no_question_about_the_rules_under_that_age(text):
    gevonden = feit_antwoord_6("jongeren", text)
    assert gevonden is None or gevonden.response != "utter_jongeren_onder_leeftijd"


# --- s11: the young: someone of 18-20 in general, a young couple ------------------------------------------------------

VOLWASSEN = parameter_6("leeftijd.volwassenennorm")


def test_the_norm_asked_for_an_age_written_as_jarige_is_that_age_s_norm():
    gevonden = feit_antwoord_6("bijstandsnorm", f"wat is de bijstandsnorm voor {VOLWASSEN - 1} jarigen")
    assert gevonden.response == "utter_bijstandsnorm_eigen_jong"
    assert gevonden.waarden["norm_eigen"] == geld(parameter_6("normen.jongere_alleenstaande"))


def test_a_child_of_an_age_written_as_jarige_is_a_housemate_not_the_age_asked():
    assert feiten_uit_bericht.norm.iemand_van("mijn 19 jarige zoon woont bij mij") is None


def test_a_young_couple_in_short_writing_gets_the_norm_for_one_young_spouse():
    jong, oud = VOLWASSEN - 1, VOLWASSEN + 1
    _, said, _ = OP_6.start("norm_form", f"ik {jong} mijn vrouw {oud} we zijn getrouwd hoeveel krijgen we")
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong"
    assert said[0]["norm_eigen"] == geld(norm_6(leeftijd=jong, leefsituatie="gehuwden", partner_leeftijd=oud))


# --- s11: income that is not from work comes off the norm in full -----------------------------------------------------

def test_a_ww_uitkering_comes_off_the_norm_in_full():
    _, said, _ = OP_6.start("norm_form", "ik ben 50, woon alleen en krijg een ww uitkering van 500 euro per maand, "
                                         "hoeveel bijstand nog")
    assert said[0]["response"] == "utter_bijstandsnorm_inkomen"
    assert said[0]["bijstand_over"] == geld(norm_6(leeftijd=50, leefsituatie="alleenstaande") - 500)


def test_alimentatie_with_age_and_household_says_what_is_left():
    gevonden = feit_antwoord_6("alimentatie", "ik ben 38 woon alleen en krijg 400 euro alimentatie per maand hoeveel bijstand "
                                              "blijft er over")
    assert gevonden.response == "utter_bijstandsnorm_inkomen"
    assert gevonden.waarden["bijstand_over"] == geld(norm_6(leeftijd=38, leefsituatie="alleenstaande") - 400)


def test_alimentatie_above_the_norm_leaves_no_bijstand():
    boven = int(norm_6(leeftijd=40, leefsituatie="alleenstaande")) + 200
    _, said, _ = OP_6.start("norm_form", f"ik ben 40 alleen met {boven} euro partneralimentatie per maand, krijg ik nog iets")
    assert said[0]["response"] == "utter_bijstandsnorm_inkomen_te_hoog"


# --- s12: ages are no amounts; a vriend one is married to is the partner; "N huisgenoten boven de X" ------------------

def test_a_vriendin_one_is_married_to_is_the_partner():
    assert parse.medebewoners("ik 23 en mijn vriendin 22, we zijn getrouwd") == [parse.Medebewoner(22, "partner")]
    assert parse.medebewoners("mijn vriend woont bij mij, hij is 30") == [parse.Medebewoner(30, "anders")]


def test_one_partner_named_twice_is_one_partner():
    text = "mijn man en ik hebben bijstand, mijn man wil gaan werken, hij is 36"
    assert [m for m in parse.medebewoners(text) if m.relatie == "partner"] == [parse.Medebewoner(36, "partner")]


# --- s12: the norm: housemates above an age, a married vriendin's age -------------------------------------------------

def test_a_married_couple_with_a_vriendin_gets_their_norm():
    _, said, _ = DORP_6.start("norm_form", "ik 22 en mijn vriendin 20, wij zijn getrouwd, hoeveel krijgen we")
    assert response_namen(said) == ["utter_bijstandsnorm_stel_jong"]
    uit = normuit_6(leeftijd=22, leefsituatie="gehuwden", partner_leeftijd=20)
    assert said[0]["norm_eigen"] == geld(uit["norm"])


# --- s7 (English): English facts the Dutch readers missed -------------------------------------------------------------

GEVALLEN = [
    ("norm_form", "my wife and I are both 72 and we have a small AOW, what is our aio amount",
     "mijn vrouw en ik zijn allebei 72 en we hebben weinig AOW, hoeveel aio krijgen we", "utter_aow_aio_norm"),
    ("norm_form", "me 70, alone, small pension. how much aio do i get",
     "ik ben 70, alleen, klein pensioen. hoeveel aio krijg ik", "utter_aow_aio_hoeveel"),
    ("norm_form", "i am 18 and live alone, my parents cannot help me, how much bijstand",
     "ik ben 18 en woon alleen, mijn ouders kunnen me niet helpen, hoeveel bijstand", "utter_bijstandsnorm_eigen_jong"),
    ("norm_form", "i am 19 and i live with my parents, how much will i get",
     "ik ben 19 en ik woon bij mijn ouders, hoeveel krijg ik", "utter_jongeren"),
    ("plichten_form", "i am alone with a 2 year old son, do i have to look for jobs",
     "ik ben alleen met een zoon van 2, moet ik solliciteren", "utter_participatieplicht_jong_kind"),
    ("verblijf_buitenland_form", "went 10 days to morocco in may, now i want to go 3 weeks in october, ok?",
     "ik ben in mei 10 dagen naar marokko geweest, nu wil ik 3 weken in oktober, mag dat?", None),
    ("verblijf_buitenland_form", "used 5 days in april and 12 days in june abroad, how many days are left",
     "5 dagen in april en 12 dagen in juni in het buitenland geweest, hoeveel dagen heb ik nog", None),
    ("verblijf_buitenland_form", "i fly to ghana on 3 november and come back 20 november, is it allowed?",
     "ik vertrek op 3 november naar ghana en kom terug op 20 november, mag dat?", None),
]


@pytest.mark.parametrize("form, english, dutch, eerste", GEVALLEN)
def test_english_facts_give_the_outcome_the_dutch_message_gets(form, english, dutch, eerste):
    antwoord_en, antwoord_nl = EN_6.begin_namen(form, english), EN_6.begin_namen(form, dutch)
    assert antwoord_en, f"no outcome first for {english!r} (read as {naar_nederlands(english)!r})"
    assert antwoord_en == antwoord_nl[:len(antwoord_en)]
    if eerste:
        assert antwoord_en[0] == eerste


def _gevulde_slots(form: str, text: str) -> dict:
    from tests.actions.eerste_antwoord import form_begin

    return form_begin(form, text, "2026-12-06", "en").slots


@pytest.mark.parametrize("text, leeftijd", [
    ("me and my husband both 44, one kid, how much do we get", 44),
    ("my wife and I are both 38 and have no work, what is our bijstand", 38),
])
def test_a_couple_of_the_same_age_is_not_asked_how_old_they_are(text, leeftijd):
    """Left from session 6: a couple who gave one age for both was still asked 'How old are you?'."""
    slots = _gevulde_slots("norm_form", text)
    assert slots.get("leeftijd") == leeftijd and slots.get("partner_leeftijd") == leeftijd
    assert slots.get("leefsituatie") == "gehuwden"


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

GEVALLEN_EN_S8 = [
    ("giften_form", "my grandmother sends me 350 euro every 3 months, is that a problem for my bijstand",
     "mijn oma stuurt me 350 euro 4 keer per jaar, is dat een probleem voor mijn bijstand", "utter_giften_eerst_boven"),
    ("norm_form", "I am 44 and live with my father 70 and my sister 36, neither of them is a student, what is my bijstand",
     "ik ben 44 en woon met mijn vader van 70 en mijn zus van 36, ze zijn geen student, hoeveel bijstand krijg ik",
     "utter_bijstandsnorm_kostendeler"),
    ("plichten_form", "my wife left me last year, I am 29 with a boy of 2, do I have to apply for jobs",
     "ik ben alleen, ik ben 29 met een zoon van 2, moet ik solliciteren", "utter_participatieplicht_jong_kind"),
    ("plichten_form", "single dad, 35, with a girl of 3 and nobody else, must I look for work",
     "alleenstaande vader, ik ben 35, met een dochter van 3, moet ik werk zoeken", "utter_participatieplicht_jong_kind"),
    ("plichten_form", "I take care of my mother with parkinson every day, I am 58, do I have to look for work",
     "ik zorg elke dag voor mijn moeder met parkinson, ik ben 58, moet ik werk zoeken", "utter_participatieplicht_mantelzorg"),
]


@pytest.mark.parametrize("form, english, dutch, eerste", GEVALLEN_EN_S8)
def test_english_facts_give_the_outcome_the_dutch_message_gets_en_s8(form, english, dutch, eerste):
    antwoord_en, antwoord_nl = EN_6.begin_namen(form, english), EN_6.begin_namen(form, dutch)
    assert antwoord_en, f"no outcome first for {english!r} (read as {naar_nederlands(english)!r})"
    assert antwoord_en[0] == eerste, naar_nederlands(english)
    assert antwoord_en == antwoord_nl[:len(antwoord_en)]


def test_holiday_money_read_as_the_norm_gets_the_vakantiegeld_answer():
    """'is holiday money included in the bijstand amount?' taken for the norm got the general norm text; the same
    words in Dutch ('vakantiegeld') get the vakantiegeld answer whatever the norm intent."""
    berichten = [m.get("response") for m in antwoord("bijstandsnorm", "is holiday money included in the bijstand "
                                                                      "amount?", PEILDATUM_6, "en")]
    assert berichten[:1] == ["utter_vakantiegeld"]


@pytest.mark.parametrize("english", [
    "im 19, came alone from eritrea, my parents are still there and cannot send anything. i live alone, how much bijstand",
    "I am 20 and live alone, my parents don't give me anything, what is my bijstand",
])
def test_parents_who_cannot_send_or_give_anything_do_not_help(english):
    """A young person's parents who 'cannot send anything' or 'don't give' anything: the norm with the supplement
    for parents who do not contribute, as 'cannot help' already got (tuning set en_s6 missed it)."""
    assert EN_6.begin_namen("norm_form", english)[:1] == ["utter_bijstandsnorm_eigen_jong"], naar_nederlands(english)


# --- s7: the norm: couples, the AIO, housemates who do not count ------------------------------------------------------

@pytest.mark.parametrize("text, invoer", [
    # a partner with an age, without "getrouwd" or "mijn vrouw en ik": still a couple
    ("ik ben 25 en mijn vrouw is 20, geen kinderen, geen inkomen. wat is onze bijstand",
     {"leeftijd": 25, "leefsituatie": "gehuwden", "partner_leeftijd": 20}),
    # a baby is a child under a year old
    ("mijn man en ik zijn allebei 19 en we hebben een baby. hoeveel bijstand krijgen wij",
     {"leeftijd": 19, "leefsituatie": "gehuwden", "partner_leeftijd": 19, "medebewoners": [{"leeftijd": 0, "relatie": "kind"}]}),
    ("ik ben 25 en mijn vrouw is 19, we hebben een kindje van 1. hoeveel krijgen we",
     {"leeftijd": 25, "leefsituatie": "gehuwden", "partner_leeftijd": 19, "medebewoners": [{"leeftijd": 1, "relatie": "kind"}]}),
])
def test_a_couple_with_ages_gets_its_norm_first_in_the_norm_form(text, invoer):
    _, said, _ = OP_6.start("norm_form", text)
    assert norm_euro_6(**invoer) in tekst_6(said[0])


def test_a_partner_without_a_right_to_bijstand_gives_the_own_part_of_the_couples_norm():
    bericht = OP_6.bericht("bijstandsnorm", "mijn partner heeft geen recht op bijstand, hoeveel krijg ik dan")
    assert bericht["response"] == "utter_samenwonen_partner_geen_recht"
    volwassen = parameter_6("leeftijd.volwassenennorm")
    assert norm_euro_6(leeftijd=volwassen, leefsituatie="gehuwden", partner_heeft_recht=False) in tekst_6(bericht)


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_the_norm_form_says_what_happens_when_the_household_is_not_shown():
    _, said, _ = OP_6.start("norm_form", "wat gebeurt er als ik niet kan laten zien hoeveel mensen bij mij wonen")
    assert said[0]["response"] == "utter_kostendelersnorm_niet_aangetoond"


# --- s20: a boyfriend or girlfriend who moves in or lives with the person, as a couple --------------------------------

def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "mijn vriendin (31) komt bij me wonen, hoeveel krijgen we samen? ik ben 33",
    "ik woon samen met mijn vriendin, zij is 31 en ik 33, hoeveel krijgen we samen",
    "mijn vriend en ik gaan samenwonen, hij is 40 en ik ben 38. wat krijgen we dan",
    "mijn vriend (29) trekt bij me in, ik ben 27, hoeveel bijstand krijgen we dan samen",
])
def test_a_partner_moving_in_gets_the_norm_of_a_couple(text):
    naam, tekst = _eerste_form("norm_form", text)
    assert naam == "utter_bijstandsnorm_stel"
    assert geld(2027.79) in tekst


@pytest.mark.parametrize("text", [
    "mijn vriendin (31) komt bij me wonen, hoeveel krijgen we samen? ik ben 33",
    "mn vriend komt bij me wonen maar hij heeft geen inkomen, hoeveel krijgen we dan",
    "ik woon samen met mijn vriend, wat krijgen we",
])
def test_a_boyfriend_or_girlfriend_lived_with_as_a_couple_is_the_partner(text):
    assert parse.leefsituatie(text) == "gehuwden"
    assert [m.relatie for m in parse.medebewoners(text)] == ["partner"]


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_girlfriend_moving_in_without_the_two_together_stays_a_housemate():
    text = "mijn vriendin (31) komt bij me wonen, ze betaalt huur. ik ben 33, hoeveel krijg ik"
    assert parse.medebewoners(text)[0].relatie == "anders"
    naam, tekst = _eerste_form("norm_form", text)
    assert geld(1013.90) in tekst


# --- s20: a count that includes the person, "de anderen", an age range, "per persoon" ---------------------------------

@pytest.mark.parametrize("text, leeftijden", [
    ("we zijn 3 broers in 1 huis, ik 60, de anderen 55 en 58. hoeveel krijg ik", [55, 58]),
    ("ik woon met 2 vrienden, ik ben 40 de anderen 35 en 38", [35, 38]),
    ("we zijn 4 zussen in huis, ik ben 50 en de anderen zijn allemaal 52", [52, 52, 52]),
    ("we wonen met 5 volwassenen in 1 huis (ik ben 31 de rest 27 tot 40). hoeveel bijstand hou ik over", [27] * 4),
    ("we wonen met 5 volwassenen in een groot huis, allemaal tussen 30 en 60 jaar, geen stellen. hoeveel wordt de "
     "bijstand per persoon", [30] * 4),
    ("ik woon met 3 huisgenoten van 30-45 jaar", [30] * 3),
])
def test_housemates_of_a_count_with_their_ages(text, leeftijden):
    assert [m.leeftijd for m in parse.medebewoners(text)] == leeftijden


def test_possessive_zijn_is_no_count_with_the_person():
    text = "ik ben 20 mijn man 23, we wonen in bij zijn 2 broers van 30 en 33. hoeveel bijstand krijgen wij"
    assert [m.leeftijd for m in parse.medebewoners(text) if m.relatie != "partner"] == [30, 33]


@pytest.mark.parametrize("text", ["geldt de giftengrens per persoon of per huishouden",
                                  "hoeveel is de kinderbijslag per kind"])
def test_per_persoon_is_nobody_who_lives_here(text):
    assert not parse.medebewoners(text)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, bedrag", [
    ("we wonen met 5 volwassenen in een groot huis, allemaal tussen 30 en 60 jaar, geen stellen, geen familie. hoeveel "
     "wordt de bijstand per persoon", 770.56),
    ("we wonen met 5 volwassenen in 1 huis (ik ben 31 de rest 27 tot 40). hoeveel bijstand hou ik over", 770.56),
    ("we zijn 3 broers in 1 huis, ik 60, de anderen 55 en 58. hoeveel krijg ik", 878.71),
    ("ik ben 45 en woon met 3 huisgenoten, de anderen zijn 33, 36 en 41. wat krijg ik", 811.12),
])
def test_the_kostendelersnorm_of_a_household_said_as_a_count(text, bedrag):
    naam, tekst = _eerste_form("norm_form", text)
    assert geld(bedrag) in tekst


# --- s20: the norm at the AOW age, asked in general -------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "wat is de bijstandsnorm als je de aow leeftijd hebt",
    "welke bijstandsnorm geldt er na je 67e",
    "hoe hoog is de norm voor iemand met de aow leeftijd",
    "Wat is de norm als u de AOW-leeftijd heeft?",
])
def test_the_norm_at_the_aow_age_in_general_gives_the_aio_levels(text):
    naam, tekst = DORP.eerste("bijstandsnorm", text)
    assert naam == "utter_aow_aio_norm"
    assert geld(1587.34) in tekst and geld(2176.10) in tekst


# --- s20: "onder 27" without "de" is the age of the search period -----------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "jongeren onder 27 bijstand",
    "regels voor jongeren onder 27 in de bijstand",
    "bijstand <27 wat zijn de regels",
    "wat geldt voor mensen beneden de 27",
])
def test_the_rules_under_27_name_the_search_period(text):
    naam, tekst = OP.eerste("jongeren", text)
    assert naam == "utter_jongeren_onder_leeftijd"
    assert "4 weken" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "mijn vader wordt volgend jaar 67 en heeft nu bijstand van de gemeente. moet hij iets regelen?",
    "Mijn moeder wordt in 2027 67 jaar, ze heeft bijstand. Wat moet ze doen?",
    "mijn moeder wordt volgende maand 67 en zit in de bijstand, moet ze nog solliciteren",
])
def test_a_relative_reaching_the_aow_age_read_as_the_duties_form_applies_for_the_aio(text):
    naam, tekst = _eerste_form("plichten_form", text)
    assert naam == "utter_aow_aio_familie_later"
    assert "aanvraag" in tekst and "SVB" in tekst


# --- s20 (English): grown children who 'still live at home with me' live with the writer, not the writer with parents ---

def cijfers(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators: its amounts alike in the English and Dutch notation (the
    test helpers fill the facts in Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


def kostendelers(eigen: int, *anderen: int) -> str:
    """knowledge/'s norm of someone on their own with these adults (no partner) in the home, in English."""
    return en_geld(norm(leeftijd=eigen, leefsituatie="alleenstaande",
                        medebewoners=[{"leeftijd": a, "relatie": "anders"} for a in anderen])["norm"])


def en_geld(waarde) -> str:
    """An amount as the English texts write it ("€878.71")."""
    return f"€{Decimal(str(waarde)):,.2f}"


@pytest.mark.parametrize("text, eigen, anderen", [
    ("widow 52, my two children 28 and 31 still live at home with me. what is my uitkering amount", 52, (28, 31)),
    ("I am 58, my sons 30 and 33 still live at home with me, how much bijstand do i get", 58, (30, 33)),
    ("im 61 and my daughter (35) still lives at home with me. what is my norm", 61, (35,)),
    ("my two kids 29 and 40 live at home with us, I am 66 and alone. how much money", 66, (29, 40)),
])
def test_grown_children_at_home_with_me_are_housemates_not_my_parents(text, eigen, anderen):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert cijfers(kostendelers(eigen, *anderen)) in cijfers(tekst)


def test_the_ages_before_still_keep_their_space():
    assert "31 wonen" in naar_nederlands("my two children 28 and 31 still live at home with me")
    assert "35 wonen" in naar_nederlands("my cousins 33 and 35 live together with me")


# --- s20 (English): family or friends who 'live together' share a home, they are no couple ----------------------------

@pytest.mark.parametrize("text, eigen, anderen", [
    ("me (40), my brother 38 and my two cousins 33 and 35 live together in one apartment. how much bijstand do i get",
     40, (38, 33, 35)),
    ("i am 45, me and my two sisters 41 and 50 are living together in my house. what is my bijstand", 45, (41, 50)),
    ("I'm 30 and my 2 friends 31 and 32 and me live together, how much do i get", 30, (31, 32)),
])
def test_family_who_live_together_share_a_home(text, eigen, anderen):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert cijfers(kostendelers(eigen, *anderen)) in cijfers(tekst)


@pytest.mark.parametrize("text", ["my girlfriend and me live together, we are 30 and 31",
                                  "we are married and live together"])
def test_a_couple_who_live_together_stays_a_couple(text):
    assert "samenwonen" in naar_nederlands(text) or "wonen samen" in naar_nederlands(text)


# --- s20 (English): a stay in a clinic longer than the months of the inrichting's norm --------------------------------

@pytest.mark.parametrize("text", [
    "i go in a clinic for 5 months from january, i am single. how much money i will get while i am there",
    "I am going into a clinic for 6 months, alone, what bijstand do i get there",
    "i have to go to a psychiatric clinic for 4 months. how much do i get then? i live alone",
])
def test_a_long_stay_in_a_clinic_gets_the_pocket_money(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_opname_inrichting"
    assert "zak- en kleedgeld" in tekst


# --- s20 (English): a bare partner word right after the own age ('me 69 wife 67') is the writer's partner -------------

@pytest.mark.parametrize("text, response, bedrag", [
    ("me 69 wife 67 both have not full aow, to which amount is it filled up", "utter_aow_aio_norm", "€2,176.10"),
    ("i am 45 husband 47, no income, how much bijstand", "utter_bijstandsnorm_stel", "€2,027.79"),
    ("me 52 husband 55, both no job, how much bijstand do we get", "utter_bijstandsnorm_stel", "€2,027.79"),
])
def test_a_bare_partner_after_the_own_age_is_a_couple(text, response, bedrag):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == response and cijfers(bedrag) in cijfers(tekst)


def test_an_amount_before_a_partner_word_stays():
    assert "mijn vrouw" not in naar_nederlands("i pay 50 wife")


# --- s20 (English): a girlfriend who comes to live with me + 'how much do we get (together)' is a couple --------------

@pytest.mark.parametrize("text", [
    "if my girlfriend (31) comes live with me and we both have no money, how much we get together? im 33",
    "my boyfriend 29 will move in with me next month, how much do we get? i am 27",
    "im 40, my girlfriend of 38 is moving in with me. what will we get together",
])
def test_a_partner_moving_in_and_the_couples_amount_asked_is_the_couples_norm(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_stel" and "202779" in cijfers(tekst)


# --- s20 (English): whether it is in the norm, and that the norm's amounts are net, as the Dutch text says ------------

@pytest.mark.parametrize("variant, text, woorden", [
    ("en", "is the amount net or bruto and is vakantiegeld inside it", ("already in the norm", "net")),
    ("en", "does my monthly bijstand include the holiday money already?", ("already in the norm", "net")),
    ("nl-u", "zit het vakantiegeld al in mijn bijstand of komt het erbij", ("al in de norm", "netto")),
    ("nl-je", "krijg ik vakantiegeld bovenop mijn bijstand", ("al in de norm", "netto")),
])
def test_vakantiegeld_is_in_the_norm_and_the_norm_is_net(variant, text, woorden):
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", variant).eerste("vakantiegeld", text)
    assert naam == "utter_vakantiegeld"
    assert all(w in tekst for w in woorden)


# --- s6: a couple's ages, a grown-up son, young people: the norm first ------------------------------------------------

def test_a_partner_age_is_kept_only_for_a_couple():
    assert feiten_uit_bericht.partner_leeftijd("mijn man is 45 en ik ben 40", DAG_6) == 45
    assert feiten_uit_bericht.partner_leeftijd("mijn ex-man is 45", DAG_6) is None


@pytest.mark.parametrize("text, situatie", [
    ("ik woon samen met mijn zoon van 25 en mijn dochter van 15", "alleenstaande_ouder"),
    ("ik woon samen met mijn vriend", "gehuwden"),
])
def test_living_together_with_family_is_no_couple(text, situatie):
    assert parse.leefsituatie(text) == situatie


def test_a_grown_up_son_makes_no_single_parent():
    assert feiten_uit_bericht.leefsituatie("ik woon alleen met mijn zoon van 30", DAG_6) == "alleenstaande"
    assert feiten_uit_bericht.leefsituatie("mijn zoon van 30 woont bij mij", DAG_6) is None
    assert feiten_uit_bericht.leefsituatie("ik woon alleen met mijn zoon van 3", DAG_6) == "alleenstaande_ouder"


@pytest.mark.parametrize("text, response, bedrag", [
    ("wij zijn getrouwd, ik ben 44 en mijn man 47, we hebben geen inkomen. wat krijgen we samen",
     "utter_bijstandsnorm_stel", {"leeftijd": 44, "partner_leeftijd": 47}),
    ("ik ben 20 en getrouwd met een man van 25, geen kinderen, wat krijgen wij samen aan bijstand",
     "utter_bijstandsnorm_stel_jong", {"leeftijd": 20, "partner_leeftijd": 25}),
    ("mijn vrouw en ik (52 en 55) wonen met onze zoon van 30 in huis. hoeveel bijstand krijgen wij",
     "utter_bijstandsnorm_stel_kostendeler",
     {"leeftijd": 52, "partner_leeftijd": 55, "medebewoners": [{"leeftijd": 30, "relatie": "kind"}]}),
])
def test_a_couple_gets_its_norm_from_both_ages_and_its_housemates(text, response, bedrag):
    """s6: a couple's ages said as 'ik ben 44 en mijn man 47', 'getrouwd met een man van 25' or '(52 en 55)', with
    one under 21 or a son of 30, got a general text or 'Hoe oud is uw partner?'."""
    gevonden = feiten_uit_bericht.stel_norm(text, DAG_6)
    assert gevonden.response == response
    assert gevonden.waarden["norm_eigen"] == norm_euro_6(leefsituatie="gehuwden", **bedrag)


def test_the_norm_form_does_not_ask_the_age_of_a_partner_given():
    slots, said, open_vragen = OP_6.start("norm_form", "ik ben 20 en getrouwd met een man van 25, wat krijgen wij samen")
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong" and slots["partner_leeftijd"] == 25
    assert "partner_leeftijd" not in open_vragen


def test_the_young_persons_norm_names_the_raise_when_the_parents_cannot_help():
    _, said, _ = OP_6.start("norm_form", "ik ben 19 en woon op mezelf, mijn ouders kunnen niks bijdragen. hoeveel krijg ik")
    assert said[0]["norm_ouders_niet_bijdragen"] == euro(Decimal(str(knowledge.bereken("bijstandsnorm", {
        "peildatum": PEILDATUM_6, "leeftijd": 19, "leefsituatie": "alleenstaande", "medebewoners": []})[
        "norm_ouders_niet_bijdragen"])))


def test_the_norm_form_answers_a_childs_own_bijstand_and_a_young_person_at_home_first():
    _, said, _ = OP_6.start("norm_form", "mijn zoon van 20 woont bij mij, moet hij zelf bijstand aanvragen")
    assert said[0]["response"] == "utter_jongeren_kind_eigen_bijstand_jong"
    _, said, _ = OP_6.start("norm_form", "ik ben 20 en woon nog bij mijn ouders, hoeveel bijstand krijg ik")
    assert said[0]["response"] == "utter_jongeren"


def test_the_norm_form_with_nothing_decisive_gives_the_norms_in_general_first():
    """Old tuning set: 'hoeveel bijstand krijgen we als getrouwd stel' as bereken_norm got only 'Hoe oud bent u?'."""
    _, said, open_vragen = OP_6.start("norm_form", "hoeveel bijstand krijgen we als getrouwd stel")
    assert said[0]["response"] == "utter_bijstandsnorm" and "leefsituatie" not in open_vragen
    assert OP_6.start("norm_form", "/bereken_norm")[1] == []


def test_a_young_person_whose_parents_do_not_pay_hears_of_the_raise_first():
    _, said, _ = OP_6.start("norm_form", "ik ben 18, mijn ouders hebben me het huis uit gezet en willen niks betalen. ik "
                                         "slaap nu bij een vriendin. krijg ik bijstand?")
    assert said[0]["response"] == "utter_jongeren"


# --- s6 (English): a calculator form started in English says its outcome first ----------------------------------------

@pytest.mark.parametrize("form, text", [
    ("norm_form", "i am 34 years old and live on my own, what is my monthly bijstand"),
    ("norm_form", "i live with my son of 29, i am 50, how much bijstand"),
    ("plichten_form", "i am a single mother with a daughter of 2, do i have to look for work"),
])
def test_an_english_first_message_gets_its_outcome_first(form, text):
    dutch = {"i am 34 years old and live on my own, what is my monthly bijstand":
             "ik ben 34 jaar en woon alleen, hoeveel bijstand krijg ik per maand",
             "i live with my son of 29, i am 50, how much bijstand": "ik woon met mijn zoon van 29, ik ben 50, hoeveel bijstand",
             "i am a single mother with a daughter of 2, do i have to look for work":
             "ik ben alleenstaande moeder met een dochter van 2, moet ik werk zoeken"}[text]
    english = EN_6.begin_namen(form, text)
    assert english and english == EN_6.begin_namen(form, dutch)[:len(english)]
    assert english[0] != f"utter_{'plichten' if form == 'plichten_form' else 'x'}"


# --- s21: "iedereen ouder dan 30" is the age of all housemates --------------------------------------------------------

# afstemmen_s21b 'we wonen met 4 volwassenen in een huis, iedereen ouder dan 30, ik ben de enige in de bijstand. wat is
# mijn bedrag' got the general norm: only one of the three others had an age.

@pytest.mark.parametrize("text, aantal, leeftijd", [
    ("we wonen met 4 volwassenen in een huis, iedereen ouder dan 30, ik ben de enige in de bijstand", 3, 31),
    ("ik woon met 2 vrienden, iedereen boven de 27", 2, 28),
    ("we zijn met z'n drieen, iedereen is 40", 2, 40),
])
def test_s21_iedereen_leeftijd(text, aantal, leeftijd):
    assert [m.leeftijd for m in parse.medebewoners(text)] == [leeftijd] * aantal


def test_s21_iedereen_kostendelersnorm():
    naam, tekst = JE_8.form_eerste("norm_form", "we wonen met 4 volwassenen in een huis, iedereen ouder dan 30, ik ben de "
                                                "enige in de bijstand. wat is mijn bedrag")
    assert naam == "utter_bijstandsnorm_kostendeler" and tekst.startswith("Je bijstand is waarschijnlijk € 811,12"), tekst


# --- s21: a stay of one's own in a hospital or revalidatiecentrum is an inrichting (art. 1 onder f) -------------------

# Session 20's leftover: the norm form knew the verpleeghuis and the kliniek, not the hospital.

@pytest.mark.parametrize("text", [
    "ik lig al 4 maanden in het ziekenhuis, ben alleenstaand. hoeveel bijstand krijg ik nu nog",
    "ik zit al een half jaar in een revalidatiecentrum, hoeveel bijstand krijg ik",
    "ik ben sinds september opgenomen in het ziekenhuis, wat wordt mijn bijstand",
])
def test_s21_ziekenhuis_is_inrichting(text):
    assert JE_8.form_eerste("norm_form", text)[0] == "utter_opname_inrichting"


@pytest.mark.parametrize("text", [
    "ik ben 35, ik moet volgende week 2 dagen naar het ziekenhuis, hoeveel bijstand krijg ik",
    "mijn vader ligt in het ziekenhuis en ik woon nu alleen, ik ben 30, hoeveel bijstand krijg ik",
])
def test_s21_ziekenhuis_zonder_eigen_opname(text):
    assert JE_8.form_eerste("norm_form", text)[0] != "utter_opname_inrichting"


# --- s21 (English): 'we are 4 friends', 'we rent a house with 4 people': the writer is one of them --------------------

def cijfers_s21(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators (amounts alike in English and Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


@pytest.mark.parametrize("text, anderen", [
    ("we are 4 friends in one house, all between 30 and 45. i am the one on bijstand. how much per month", 3),
    ("we're 3 brothers in one house, the others are 40 and 44. what do i get", 2),
    ("We are four housemates, all above 30, only me on bijstand", 3),
    ("we rent a house with 4 people, all over 30", 3),
    ("we are renting an apartment with 5 people, all around 40", 4),
    ("i rent a house with 3 friends, all over 30", 3),  # "i" with 3 friends: 3 others, as before
])
def test_we_with_a_number_counts_the_writer_in(text, anderen):
    gevonden = parse.medebewoners(engels.naar_nederlands(text))
    assert gevonden is not None and len(gevonden) == anderen


def test_four_friends_get_the_norm_of_four_adults():
    naam, tekst = EN_8.form_eerste("norm_form", "we are 4 friends in one house, all between 30 and 45. i am the one on "
                                                "bijstand. how much per month")
    assert naam == "utter_bijstandsnorm_kostendeler" and "811" in cijfers_s21(tekst) and "4 adults" in tekst


# --- s21 (English): 'what is bijstand for us' asks the amount of a couple ---------------------------------------------

@pytest.mark.parametrize("text, bedrag", [
    ("me and my husband are both 20, no kids yet. what is bijstand for us", "70084"),
    ("my wife and I are both 19. what would bijstand be for us", "70084"),
    ("me 20 my husband 24, what is the bijstand for us?", "136432"),
])
def test_what_is_bijstand_for_us_is_the_couples_amount(text, bedrag):
    naam, tekst = EN_8.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_stel_jong" and bedrag in cijfers_s21(tekst)


def test_wat_is_bijstand_voor_ons_in_dutch():
    naam, tekst = JE_8.form_eerste("norm_form", "ik ben 20 en mijn vrouw 24, wat is bijstand voor ons")
    assert naam == "utter_bijstandsnorm_stel_jong" and "1.364,32" in tekst


# --- s21 (English): someone 'moved in with her/him' in a relative's home is the relative's housemate (H3's Dutch reader)

@pytest.mark.parametrize("text, leeftijd", [
    ("my mother is 71 with AIO, my brother (40) moved in with her for good. how much will she get now", "40"),
    ("my dad is 70 and has aio, my sister of 35 has moved in with him. how much aio does he get", "35"),
    ("my father is 69 with aio, my son of 30 came to live with him last month, how much will he get", "30"),
])
def test_a_housemate_who_moved_in_with_a_relative(text, leeftijd):
    naam, tekst = EN_8.form_eerste("norm_form", text)
    assert naam == "utter_aow_aio_familie_huisgenoot" and "108805" in cijfers_s21(tekst) and f"Someone of {leeftijd}" in tekst


# --- s21 (English): moving in with a partner is the partner-moves-in answer (the partner's income counts) -------------

@pytest.mark.parametrize("text", [
    "if i move in with my girlfriend who works full time, what happen to my bijstand",
    "Im planning to move in with my boyfriend, he has a job. what happens to my uitkering",
    "we are gonna live together with my fiancee next month, does my bijstand stop",
    "my son wants to know: if he goes to live with his girlfriend who earns well, what happens with his bijstand",
])
def test_moving_in_with_a_partner_in_english_says_the_partners_income_counts(text):
    naam, tekst = EN_8.eerste("samenwonen", text)
    assert naam == "utter_samenwonen_partner_komt"
    assert "Your partner's income counts" in tekst


@pytest.mark.parametrize("text", [
    "als ik ga samenwonen met mijn vriendin die fulltime werkt, wat gebeurt er met mijn bijstand",
    "ik wil samen gaan wonen met mn vriend, hij werkt. wat gebeurt er dan",
    "wij zijn van plan samenwonen met m'n verloofde, hou ik mijn uitkering?",
])
def test_gaan_samenwonen_met_mijn_partner_is_the_partner_moves_in_answer(text):
    assert JE_8.eerste("samenwonen", text)[0] == "utter_samenwonen_partner_komt"


@pytest.mark.parametrize("text, nederlands", [
    ("i live with my partner", "ik woon samen met mijn partner"),
    ("they say i live with my boyfriend so they stop everything, but he only visits", "ik woon samen met mijn vriend"),
    ("can i live with my girlfriend and keep bijstand", "ik ga samenwonen met mijn vriendin"),
    ("we're going to live with our partner", "ik ga samenwonen met mijn partner"),
])
def test_living_with_a_partner_now_is_not_a_move(text, nederlands):
    from actions.engels import naar_nederlands
    assert nederlands in naar_nederlands(text)


def test_living_with_a_partner_now_keeps_the_general_answer():
    assert EN_8.eerste("samenwonen", "i live with my partner, is that a problem")[0] == "utter_samenwonen"


def test_the_english_samenwonen_answer_says_the_partners_income_counts_as_the_dutch_does():
    from tests.actions.eerste_antwoord import tekst_op
    en = tekst_op({"response": "utter_samenwonen"}, EN_8.dag, "en")
    assert "Does your partner have an income, such as pay? Then it counts. You then get less bijstand, or none." in en
    assert "Heeft uw partner inkomen, zoals loon? Dan telt dat mee." in tekst_op({"response": "utter_samenwonen"},
                                                                               EN_8.dag, "nl-u")


@pytest.mark.parametrize("text", [
    "mijn zoon gaat samenwonen met zijn vriendin die goed verdient, wat gebeurt er met zijn bijstand",
    "mijn dochter wil samenwonen met haar vriend, hij heeft een baan",
])
def test_a_son_or_daughter_who_moves_in_with_a_partner_in_dutch(text):
    assert JE_8.eerste("samenwonen", text)[0] == "utter_samenwonen_partner_komt"


def test_my_daughter_moving_in_with_her_boyfriend_in_english():
    assert EN_8.eerste("samenwonen", "my daughter will move in with her boyfriend, does her bijstand stop")[0] == \
        "utter_samenwonen_partner_komt"
