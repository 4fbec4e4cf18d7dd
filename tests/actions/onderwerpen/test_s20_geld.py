"""Session 20, Dutch money answers (H3): the first reply answers with the person's own facts. One section per fix, so
that each can be folded into its topic module (test_giften, test_norm, test_kostendelers, test_aow_aio, ...)."""

from __future__ import annotations

import pytest

from actions import parse
from actions.rekenhulpen.giften import giften_uit_bericht
from tests.actions.eerste_antwoord import DAG, DORP, OP, geld, start, tekst_op


def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


# --- giften: "een abonnement van 30 per maand" is money, not an age (s20) ---------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, bedrag", [
    ("neef betaalt mijn telefoon abo van 30 per maand en gaf me 400 voor de kapotte fiets. telt dat als gift", "30.00"),
    ("mijn zus betaalt mijn sportschool van 25 p/m, moet ik dat melden", "25.00"),
    ("oma betaalt het internet van 45 per maand voor mij", "45.00"),
    ("de huur is 50 per week die mijn broer voor me betaalt", "50.00"),
])
def test_an_amount_after_van_or_is_with_a_period_is_money(text, bedrag):
    assert str(parse.bedragen(text)[0].bedrag.euro) == bedrag


def test_van_with_an_age_stays_an_age():
    assert [b.bedrag.euro for b in parse.bedragen("mijn zoon van 15 krijgt 50 per maand van opa")] == [50]


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, samen, ruimte", [
    ("neef betaalt mijn telefoon abo van 30 per maand en gaf me 400 voor de kapotte fiets. telt dat als gift", 760, 440),
    ("mn tante betaalt mijn abonnement van 20 per maand en kocht een jas van 150 voor me, is dat goed", 390, 810),
    ("Mijn vader betaalt de verzekering van 40 per maand. Ook kreeg ik 300 euro voor mijn verjaardag. Mag dat?", 780, 420),
])
def test_a_monthly_subscription_and_a_one_off_gift_are_counted_together(text, samen, ruimte):
    naam, tekst = _eerste_form("giften_form", text)
    assert naam == "utter_giften_eerst_meer_binnen"
    assert geld(samen) in tekst and geld(ruimte) in tekst


# --- giften: the start of a monthly gift said before its amount ("sinds juli betaalt ..., 90 per maand") (s20) --------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, samen, ruimte", [
    ("sinds juli betaalt mijn zus mijn energierekening, 90 euro per maand, en ik kreeg 400 voor mijn verjaardag. "
     "zit ik nog goed voor dit jaar", 940, 260),
    ("vanaf augustus doet mijn broer mijn boodschappen, zo 60 euro per maand. ook kreeg ik 250 van oma", 550, 650),
    ("Sinds oktober betaalt mijn moeder mijn telefoon; 30 euro per maand en mijn oom gaf 500. Moet ik iets melden?",
     590, 610),
])
def test_a_monthly_gift_counts_from_the_month_said_before_its_amount(text, samen, ruimte):
    naam, tekst = _eerste_form("giften_form", text)
    assert naam == "utter_giften_eerst_meer_binnen"
    assert geld(samen) in tekst and geld(ruimte) in tekst and "maanden)" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_start_of_the_bijstand_is_no_start_of_the_gift():
    gift = giften_uit_bericht("ik zit sinds maart in de bijstand, mijn moeder geeft 100 per maand en oom gaf 300", DAG)
    assert gift[0]["gift_datum"] is None
    naam, tekst = _eerste_form("giften_form", "ik zit sinds maart in de bijstand, mijn moeder geeft 100 per maand en "
                                              "oom gaf 300")
    assert geld(1500) in tekst


# --- giften: what is left of a debt is no gift ("er is nog maar 900 over") (s20) --------------------------------------

@pytest.mark.parametrize("text", [
    "ik had een schuld bij mijn oom, er is nog maar 900 over. mijn moeder gaf me 300 euro, mag dat?",
    "van de lening bij mijn broer is nog 900 euro over en mijn moeder gaf me 300",
    "er blijft 900 over van mijn schuld, en oma gaf me 300 voor kerst",
])
def test_what_is_left_is_no_gift(text):
    assert [(b.bedrag.euro, b.soort) for b in parse.bedragen(text)] == [(900, "rest"), (300, "gift")]
    assert [g["gift_bedrag"]["euro"] for g in giften_uit_bericht(text, DAG)] == [300]


@pytest.mark.parametrize("text", [
    "na het beslag houd ik maar 900 euro over, klopt dat wel?",
    "de deurwaarder laat me maar 600 euro over van mijn bijstand",
])
def test_what_is_left_after_beslag_is_no_gift(text):
    assert giften_uit_bericht(text, DAG) == []


def test_savings_left_on_the_bank_stay_savings():
    assert parse.bedragen("ik heb nog 900 over op mijn rekening")[0].soort == "spaargeld"


# --- bijstandsnorm: a boyfriend or girlfriend who moves in or lives with the person, as a couple (s20) ----------------

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


# --- bijstandsnorm: a count that includes the person, "de anderen", an age range, "per persoon" (s20) -----------------

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


# --- kostendelersnorm: family renting a room, "krijg ik de volle bijstand of minder": the amount first (s20) ----------

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


# --- bijstandsnorm: the norm at the AOW age, asked in general (s20) ---------------------------------------------------

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


# --- participatieplicht: a single parent's youngest child by birth month; a course asked with a young child (s20) ----

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "ik ben alleenstaande moeder, mijn jongste is geboren in juni 2023. moet ik nu al solliciteren?",
    "Ik ben alleenstaande vader en mijn dochter is geboren op 3 maart 2024. Moet ik werken?",
    "alleenstaande ouder hier, zoontje geboren in januari 2025, moet ik solliciteren",
])
def test_a_single_parents_youngest_by_birth_month_is_a_young_child(text):
    naam, tekst = _eerste_form("plichten_form", text)
    assert naam == "utter_participatieplicht_jong_kind"
    assert "5 jaar" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "moet ik met 3 kinderen onder de 4 echt naar een re-integratie cursus? ik ben alleen",
    "ik ben alleenstaande moeder van een zoon van 3, moet ik naar een cursus van de gemeente?",
    "ik ben alleen met 2 kids van 1 en 3, de gemeente stuurt me naar een traject, mag dat?",
    "Alleenstaande vader, dochter van 2. Ben ik verplicht om een opleiding te doen?",
])
def test_a_course_asked_with_a_young_child_stays_a_duty(text):
    naam, tekst = _eerste_form("plichten_form", text)
    assert naam == "utter_participatieplicht_jong_kind_scholing"
    assert tekst.startswith("Ja") and "plan van aanpak" in tekst


def test_children_under_an_age_are_read_as_younger():
    assert [m.leeftijd for m in parse.medebewoners("ik heb 3 kinderen onder de 4")] == [3, 3, 3]


# --- verblijf buitenland: weekends taken are trips of their days ("3 keer een weekend van vrijdag tot zondag") (s20) ---

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


# --- vermogen: saved during the years on bijstand (s20) --------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "ik heb in de 2 jaar bijstand 2000 euro kunnen sparen, telt dat nu als vermogen",
    "sinds ik bijstand heb, heb ik 1500 euro gespaard. moet ik dat opmaken?",
    "Ik heb 3000 euro overgehouden in mijn jaren in de bijstand, telt dat mee?",
])
def test_savings_from_the_years_on_bijstand_do_not_count(text):
    naam, tekst = OP.eerste("vermogen", text)
    assert naam == "utter_vermogen_gespaard_van_bijstand"
    assert tekst.startswith("Nee")


@pytest.mark.usefixtures("voorbeelddorp")
def test_savings_beside_a_start_of_the_bijstand_are_held_against_the_limit():
    assert OP.naam("vermogen", "ik heb 5000 spaargeld, ik zit sinds maart in de bijstand") == "utter_vermogen_onder_grens"


# --- bijverdienen: only the partner earns: the share is said with the amount (s20) -----------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("variant, text", [
    ("nl-u", "wij zijn getrouwd en zitten in de bijstand, mijn man (35) gaat 800 netto verdienen. hoeveel mogen we houden?"),
    ("nl-je", "mijn vrouw (31) gaat werken voor 1000 netto, we hebben samen bijstand, hoeveel krijgen we nog"),
    ("nl-u", "Mijn partner is 40 en gaat 600 euro per maand verdienen. Wij hebben samen bijstand. Wat houden we over?"),
])
def test_only_the_partner_earns_names_the_share_kept(variant, text):
    naam, tekst = _eerste_form("bijverdienen_form", text, variant)
    assert naam == "utter_bijverdienen_eerst_alleen_partner"
    assert "25% van het netto loon" in tekst


# --- aow_aio: a relative who reaches the AOW age next year or in a named year (s20) ----------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "mijn vader wordt volgend jaar 67 en heeft nu bijstand van de gemeente. moet hij iets regelen?"),
    ("participatieplicht", "mijn vader wordt volgend jaar 67 en heeft nu bijstand van de gemeente. moet hij iets regelen?"),
    ("aow_aio", "Mijn moeder wordt in 2027 67 jaar, ze heeft bijstand. Wat moet ze doen?"),
    ("aow_aio", "mn oom wordt komend jaar 67, hij zit in de bijstand, moet hij iets aanvragen"),
])
def test_a_relative_reaching_the_aow_age_next_year_applies_for_the_aio(intent, text):
    naam, tekst = OP.eerste(intent, text)
    assert naam == "utter_aow_aio_familie_later"
    assert "aanvraag" in tekst and "SVB" in tekst and "2027" in tekst


# --- jongeren: "onder 27" without "de" is the age of the search period (s20) -----------------------------------------

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
