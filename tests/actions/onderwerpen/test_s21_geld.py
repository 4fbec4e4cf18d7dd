"""Session 21 (H3): the Dutch money answers and the calculators, answered first with the person's own facts (issue #20).

One section per fix; H7 folds each into the topic module its heading names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from actions import parse
from actions.feiten_uit_bericht import medische_urenbeperking, start_werk
from tests.actions.eerste_antwoord import OpPeildatum

PEILDATUM = "2026-12-08"  # the day the session's tuning sets were written for
DAG = date.fromisoformat(PEILDATUM)
JE = OpPeildatum(PEILDATUM, "voorbeelddorp", "nl-je")
U = OpPeildatum(PEILDATUM, "voorbeelddorp", "nl-u")


# --- bijverdienen: days or parts of days of work are no wage, and their week is the work's -----------------------------
# afstemmen_s21 'ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto. hoeveel mag ik daarvan houden'
# got the general text: "3 ochtenden in de week" was a wage of EUR 3 a week, and "oktober 3" no start of work.

@pytest.mark.parametrize("text, euro", [
    ("ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto", "600"),
    ("ik ben 29, sinds november 2 avonden per week achter de bar, 400 euro netto per maand", "400"),
    ("werk sinds kort 4 diensten in de week in de thuiszorg, 52 jaar, ik krijg 900 netto", "900"),
    ("ik doe drie middagen in de week schoonmaakwerk en verdien 350", "350"),
])
def test_s21_dagdelen_zijn_geen_loon(text, euro):
    gevonden = [b.bedrag for b in parse.bedragen(text)]
    assert [b.euro for b in gevonden] == [Decimal(euro)], gevonden
    assert gevonden[0].periode != "week"


@pytest.mark.parametrize("text, euro, periode", [
    # the hours' or days' week in a part of the sentence of its own is the work's
    ("ik werk al 2 jaar 12 uur per week omdat meer medisch niet kan (staat in mijn keuring), 600 netto", "600", None),
    ("ik werk 3 dagen per week. ik verdien 900 euro", "900", None),
    ("ik werk 20 uur in de week, krijg daarvoor 750 netto", "750", None),
    # in one part with the amount it stays the wage's, and a wage with its own period keeps it
    ("12 uur per week voor 200 euro", "200", "week"),
    ("ik werk 4 uurtjes per week, 250 netto per maand", "250", "maand"),
    ("ik werk 20 uur per week en verdien 300 per week", "300", "week"),
])
def test_s21_week_van_het_werk(text, euro, periode):
    assert parse.bedrag(text) == parse.Bedrag(Decimal(euro).quantize(Decimal("0.01")), periode)


@pytest.mark.parametrize("text, maand", [
    ("ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto", 10),
    ("ik ben 29, sinds november 2 avonden per week achter de bar, 400 euro netto per maand", 11),
    ("sinds september 4 diensten in de week, 800 netto", 9),
])
def test_s21_start_werk_voor_dagdelen(text, maand):
    assert start_werk(text, DAG) == date(2026, maand, 1)


@pytest.mark.parametrize("variant", ["nl-je", "nl-u"])
def test_s21_ochtenden_bedrag_eerst(variant):
    naam, tekst = OpPeildatum(PEILDATUM, "voorbeelddorp", variant).form_eerste(
        "bijverdienen_form", "ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto. hoeveel mag ik "
                             "daarvan houden")
    assert naam.startswith("utter_bijverdienen_eerst_bijstand_over"), naam
    assert "€ 150" in tekst and "per week" not in tekst


def test_s21_ochtenden_niet_nog_eens_gevraagd():
    begin = JE.begin("bijverdienen_form", "ik ben 41, werk sinds oktober 3 ochtenden in de week en krijg 600 netto")
    assert "inkomsten" not in begin.open_vragen and "start_werk" not in begin.open_vragen


# --- bijverdienen: "meer kan (medisch) niet" is a medische urenbeperking --------------------------------------------------
# afstemmen_s21 'ik werk al 2 jaar 12 uur per week omdat meer medisch niet kan (staat in mijn keuring), 600 netto.
# hoeveel wordt vrijgelaten' got 'EUR 600 per week ... EUR 0 (0%)': the week was the wage's, the health not read.

@pytest.mark.parametrize("text", [
    "ik werk 12 uur per week omdat meer medisch niet kan",
    "ik werk 3 avonden per week, meer lukt niet door mijn astma",
    "door mijn rug kan ik niet meer uren werken dan 16",
    "meer uren gaat niet vanwege mijn reuma",
    "ik werk 20 uur, meer kan ik niet volgens de keuring",
])
def test_s21_urenbeperking_gelezen(text):
    assert medische_urenbeperking(text)


@pytest.mark.parametrize("text", [
    "ik werk 12 uur per week en wil meer uren, kan dat",
    "ik ben ziek geweest maar werk nu weer 32 uur",
])
def test_s21_geen_urenbeperking(text):
    assert not medische_urenbeperking(text)


@pytest.mark.parametrize("text", [
    "ik werk al 2 jaar 12 uur per week omdat meer medisch niet kan (staat in mijn keuring), 600 netto. hoeveel wordt "
    "vrijgelaten",
    "werk al 3 jaar 16 uur in de week, meer lukt niet door mijn hernia. 600 euro netto, hoeveel mag ik houden",
    "ik werk sinds 2023 parttime, meer uren kan ik medisch niet aan, ik krijg 600 netto per maand. wat mag ik houden",
])
def test_s21_medisch_bedrag_eerst(text):
    naam, tekst = JE.form_eerste("bijverdienen_form", text)
    assert "€ 90" in tekst and "15%" in tekst, (naam, tekst)
    assert "per week" not in tekst


# --- giften: the food bank's part after "+", "&" or "plus" says nothing about the gift -------------------------------------
# afstemmen_s21 'moeder geeft 300 euro + ik haal wekelijks bij de voedselbank, telt dat allebei mee?' got
# 'EUR 300 per week telt als EUR 15.600 per jaar' and no word on the food bank.

@pytest.mark.parametrize("text, per_jaar", [
    ("moeder geeft 300 euro + ik haal wekelijks bij de voedselbank, telt dat allebei mee?", "€ 300 per jaar"),
    ("ik krijg 50 euro per maand van mijn oom & haal elke week een pakket bij de voedselbank, mag dat allebei",
     "€ 600 per jaar"),
    ("mijn zus gaf me 200 euro plus ik krijg iedere week een voedselpakket, moet ik dat melden", "€ 200 per jaar"),
])
def test_s21_voedselbank_na_plus(text, per_jaar):
    berichten = JE.begin("giften_form", text).berichten
    namen = [m.get("response") for m in berichten]
    assert namen[0].startswith("utter_giften_eerst_binnen"), namen
    assert "utter_giften_voedselbank_telt_niet" in namen
    from tests.actions.eerste_antwoord import tekst_op
    assert per_jaar in tekst_op(berichten[0], DAG, "nl-je")


# --- bereken_verblijf_buitenland: "naar X op <dag> en <dag> terug" is a trip to come; "nog nergens geweest" is no earlier
# trip. afstemmen_s21 'ben dit jaar nog nergens geweest. ik wil op 20 december naar marokko en kom 15 januari terug, kan
# dat?' got the general rule (no trip read) and would have asked the earlier trips again.

@pytest.mark.parametrize("text, dagen", [
    ("ben dit jaar nog nergens geweest. ik wil op 20 december naar marokko en kom 15 januari terug, kan dat?", "26 dagen"),
    ("ik ga 14 december naar turkije en ben 28 december terug, mag dat", "14 dagen"),
    ("mijn plan: 19 december naar suriname, 9 januari terug. kan dat met bijstand?", "21 dagen"),
])
def test_s21_naar_en_terug(text, dagen):
    naam, tekst = JE.form_eerste("verblijf_buitenland_form", text)
    assert naam.startswith("utter_buitenland_dagen_over"), (naam, tekst)
    assert tekst.startswith("Ja") and dagen in tekst


def test_s21_naar_en_terug_te_lang():
    naam, tekst = JE.form_eerste("verblijf_buitenland_form",
                                 "we reizen 10 januari naar suriname en komen 20 februari terug, kan dat met bijstand?")
    assert naam.startswith("utter_buitenland_reis_te_lang") and tekst.startswith("Nee"), (naam, tekst)
    assert "reis" not in JE.begin("verblijf_buitenland_form",
                                  "we reizen 10 januari naar suriname en komen 20 februari terug").open_vragen


@pytest.mark.parametrize("text", [
    "ben dit jaar nog nergens geweest. ik wil op 20 december naar marokko en kom 15 januari terug, kan dat?",
    "ik ben dit jaar nog niet weg geweest, ik wil 3 weken naar turkije in januari",
    "dit jaar nog nergens heen geweest, mag ik 14 december 2 weken naar polen",
])
def test_s21_nergens_geweest_niet_gevraagd(text):
    begin = JE.begin("verblijf_buitenland_form", text)
    assert "eerdere_reizen" not in begin.open_vragen and "reis" not in begin.open_vragen, begin


def test_s21_eerdere_reis_blijft_verleden():
    naam, tekst = JE.form_eerste("verblijf_buitenland_form", "ik ben in maart 10 dagen weg geweest en wil nu 18 december "
                                                             "naar spanje en 2 januari terug")
    assert naam == "utter_buitenland_eerder_mag" and "10 dagen" in tekst and "5 dagen" in tekst, (naam, tekst)


# --- bereken_verblijf_buitenland: "ik zat dit jaar al 25 dagen in het buitenland" is a trip taken ------------------------
# afstemmen_s21b 'ik zat dit jaar al 25 dagen in het buitenland, wil nog een week naar mijn vader in egypte in december'
# got 'Ja, dat mag ... 23 dagen': "zat" was no past tense, so the 25 days were never counted.

@pytest.mark.parametrize("text, eerst, dagen", [
    ("ik zat dit jaar al 25 dagen in het buitenland, wil nog een week naar mijn vader in egypte in december",
     "Nee", "25 dagen"),
    ("ik zat dit jaar al 10 dagen in turkije, mag ik nog 2 weken weg", "Ja", "10 dagen"),
    ("wij zaten dit jaar al 3 weken in marokko. kan ik in december nog 10 dagen gaan?", "Nee", "21 dagen"),
])
def test_s21_zat_al_dagen(text, eerst, dagen):
    naam, tekst = JE.form_eerste("verblijf_buitenland_form", text)
    assert naam.startswith("utter_buitenland_eerder"), (naam, tekst)
    assert tekst.startswith(eerst) and dagen in tekst, tekst


def test_s21_zat_is_verleden():
    assert parse.zegt_verleden("ik zat dit jaar al 25 dagen in het buitenland")
    assert parse.zegt_verleden("we zaten in de zomer in spanje")


# --- bereken_giften: "drie keer ..., telkens 650 euro" is three gifts of 650 ---------------------------------------------
# afstemmen_s21b 'Mijn ouders hebben dit jaar drie keer mijn huur betaald, telkens 650 euro. Moet ik dat opgeven bij de
# gemeente?' got 'De gift telt als EUR 650 per jaar ... onder de grens'.

@pytest.mark.parametrize("text, bedrag", [
    ("Mijn ouders hebben dit jaar drie keer mijn huur betaald, telkens 650 euro", "1950"),
    ("mijn broer heeft 4 keer mijn boodschappen betaald, elke keer 100 euro", "400"),
    ("oma gaf me dit jaar 2x geld, iedere keer 300 euro", "600"),
    ("ik kreeg 3 keer 50 euro van mijn tante", "150"),
])
def test_s21_telkens_bedrag(text, bedrag):
    assert parse.bedrag(text).euro == Decimal(bedrag)


def test_s21_telkens_boven_grens():
    naam, tekst = JE.form_eerste("giften_form", "Mijn ouders hebben dit jaar drie keer mijn huur betaald, telkens 650 "
                                                "euro. Moet ik dat opgeven bij de gemeente?")
    assert naam == "utter_giften_eerst_boven" and "€ 1.950" in tekst and "€ 750" in tekst and "melden" in tekst, tekst


# --- bereken_norm: "iedereen ouder dan 30" is the age of all housemates ----------------------------------------------------
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
    naam, tekst = JE.form_eerste("norm_form", "we wonen met 4 volwassenen in een huis, iedereen ouder dan 30, ik ben de "
                                              "enige in de bijstand. wat is mijn bedrag")
    assert naam == "utter_bijstandsnorm_kostendeler" and tekst.startswith("Je bijstand is waarschijnlijk € 811,12"), tekst


# --- bereken_plichten / jongeren: "moet ik ook al solliciteren" at 18-20 is answered yes, with the age ----------------------
# afstemmen_s21b 'ik ben 19 en heb net bijstand, moet ik ook al solliciteren?' got the general duties.

@pytest.mark.parametrize("intent, text, leeftijd", [
    ("bereken_plichten", "ik ben 19 en heb net bijstand, moet ik ook al solliciteren?", "19"),
    ("bereken_plichten", "ben 18, moet ik nu al werk zoeken?", "18"),
    ("participatieplicht", "ik ben 20 en krijg sinds vorige week bijstand, moet ik meteen solliciteren", "20"),
    ("jongeren", "ik ben 19 en heb net bijstand, moet ik ook al solliciteren?", "19"),
    ("jongeren", "ben 22, moet ik meteen werk zoeken als ik bijstand krijg?", "22"),
])
def test_s21_al_solliciteren(intent, text, leeftijd):
    if intent == "bereken_plichten":
        naam, tekst = JE.form_eerste("plichten_form", text)
    else:
        naam, tekst = JE.eerste(intent, text)
    assert naam.endswith("_jonger") and tekst.startswith(f"Ja. Je bent {leeftijd} jaar."), (naam, tekst)


def test_s21_jongeren_zonder_sollicitatievraag():
    assert JE.naam("jongeren", "ik ben 23 en wil bijstand aanvragen, krijg ik meteen geld") == \
        "utter_jongeren_onder_leeftijd"


# --- vermogen: savings built up on bijstand, and "telt dat mee" below the limit, answered 'nee' -----------------------------
# afstemmen_s21 'ik heb in de 2 jaar dat ik bijstand heb 3000 euro opgespaard, telt dat nu mee?' got 'Ja, EUR 3.000 mag je
# houden': savings from the bijstand do not count at all (art. 34 lid 2 c), and "telt dat mee" is not answered by 'Ja'.

@pytest.mark.parametrize("text", [
    "ik heb in de 2 jaar dat ik bijstand heb 3000 euro opgespaard, telt dat nu mee?",
    "in de tijd dat ik een uitkering kreeg heb ik 1500 gespaard, moet ik dat opmaken",
    "sinds ik in de bijstand zit heb ik 2000 euro opzij gezet, telt dat als vermogen",
])
def test_s21_gespaard_in_de_bijstand(text):
    naam, tekst = JE.eerste("vermogen", text)
    assert naam == "utter_vermogen_gespaard_van_bijstand" and tekst.startswith("Nee."), (naam, tekst)


@pytest.mark.parametrize("text, bedrag", [
    ("ik heb 3000 euro spaargeld, telt dat mee?", "€ 3.000"),
    ("ik heb 5000 op de bank, telt dat nu mee voor mijn bijstand?", "€ 5.000"),
    ("telt mijn spaargeld van 2500 mee?", "€ 2.500"),
])
def test_s21_telt_niet_mee_onder_grens(text, bedrag):
    naam, tekst = U.eerste("vermogen", text)
    assert naam == "utter_vermogen_niet_te_veel" and tekst.startswith(f"Nee, {bedrag}"), (naam, tekst)


def test_s21_mag_ik_houden_blijft_ja():
    assert JE.eerste_tekst("vermogen", "ik heb 3000 euro spaargeld, mag ik dat houden?").startswith("Ja, € 3.000")


# --- aow_aio / inlichtingenplicht: with the AIO, changes go to the SVB ----------------------------------------------------
# afstemmen_s21 'ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?' (aow_aio), read by the model
# as inlichtingenplicht, got the gemeente's duty to report, no SVB.

@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?"),
    ("inlichtingenplicht", "ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?"),
    ("inlichtingenplicht", "mijn moeder heeft aio, haar kleinzoon komt bij haar wonen, moet ze dat melden"),
    ("informeren", "ik heb AIO van de svb, waar geef ik een verhuizing door?"),
    ("aow_aio", "met aio, moet ik mijn bijbaan melden bij de gemeente"),
])
def test_s21_aio_melden_bij_svb(intent, text):
    for variant, begin in (("nl-u", "Aan de SVB. Krijgt u AIO?"), ("nl-je", "Aan de SVB. Krijg je AIO?"),
                           ("en", "To the SVB.")):
        naam, tekst = JE.eerste(intent, text, variant)
        assert naam == "utter_aow_aio_melden" and tekst.startswith(begin), (variant, naam, tekst)


def test_s21_aio_zonder_melden():
    assert JE.naam("aow_aio", "wat is aio") == "utter_aow_aio_wat_is"


def test_s21_aio_melden_oud_model():
    from actions.feiten_uit_bericht import Antwoord, TERUGVAL, in_domein
    oud = {"responses": {"utter_wat_nu_svb": []}}
    assert in_domein(Antwoord("utter_aow_aio_melden", {}), oud).response == TERUGVAL["utter_aow_aio_melden"]


# --- aow_aio / bereken_norm: a relative past the AOW age with another relative of 27+ in the home -------------------------
# afstemmen_s21 'mijn vader is 70, heeft weinig aow en mijn broer van 35 woont bij hem. hoeveel aanvulling krijgt mijn
# vader dan?' got the AIO level for someone alone (1.587,34); the brother makes it the kostendelersnorm (1.088,05).

@pytest.mark.parametrize("intent, text, leeftijd", [
    ("bereken_norm", "mijn vader is 70, heeft weinig aow en mijn broer van 35 woont bij hem. hoeveel aanvulling krijgt "
                     "mijn vader dan?", "35"),
    ("bijstandsnorm", "mijn moeder (72) heeft aio en mijn zus van 40 is bij haar ingetrokken, hoeveel krijgt ze nu", "40"),
    ("aow_aio", "mijn opa is 80, mijn neef (29) woont bij hem, wat krijgt hij aan aio", "29"),
    ("kostendelersnorm", "mijn moeder is 69 en krijgt aio, mijn broer van 45 woont bij haar. hoeveel krijgt ze", "45"),
])
def test_s21_familielid_met_huisgenoot(intent, text, leeftijd):
    if intent == "bereken_norm":
        berichten = JE.begin("norm_form", text).berichten
        from tests.actions.eerste_antwoord import tekst_op
        naam, tekst = berichten[0].get("response"), tekst_op(berichten[0], DAG, "nl-je")
    else:
        naam, tekst = JE.eerste(intent, text)
    assert naam == "utter_aow_aio_familie_huisgenoot", (naam, tekst)
    assert "€ 1.088,05" in tekst and f"Iemand van {leeftijd} jaar" in tekst and "SVB" in tekst


def test_s21_familielid_huisgenoot_jonger_dan_27():
    assert JE.naam("aow_aio", "mijn vader is 70 en mijn zoon van 20 woont bij hem, hoeveel aio krijgt hij") != \
        "utter_aow_aio_familie_huisgenoot"


# --- aow_aio / bijverdienen: a relative past the AOW age who works (session 20's leftover) ----------------------------------
# 'mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat' got 'Nee. Vanaf de AOW-leeftijd hoeft u niet meer te
# solliciteren' (aow_aio) or 'Bent u 27 jaar of ouder? Dan mag u van EUR 68 ...' (bijverdienen: the age read as a wage).

@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat"),
    ("bijverdienen", "mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat"),
    ("bijverdienen", "mijn moeder (70) krijgt aio en wil gaan schoonmaken voor 200 euro per maand, mag dat"),
    ("aow_aio", "mijn opa van 75 heeft een klusje in de buurt, kan dat met zijn aio"),
    ("informeren", "mijn schoonvader is 71, mag hij nog werken naast zijn aio?"),
])
def test_s21_familielid_aio_werk(intent, text):
    for variant, begin in (("nl-u", "Ja, dat mag. Met AIO mag uw familielid werken."),
                           ("nl-je", "Ja, dat mag. Met AIO mag je familielid werken."), ("en", "Yes, that is allowed.")):
        naam, tekst = JE.eerste(intent, text, variant)
        assert naam == "utter_aow_aio_familie_werk" and tekst.startswith(begin) and "SVB" in tekst, (variant, naam, tekst)


@pytest.mark.parametrize("text, bedragen", [
    ("mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat", []),
    ("mijn zoon is 24 en woont bij mij", []),
    ("mijn vader is 68 en verdient 300", ["300"]),
    ("mijn partner is 500 per maand kwijt", ["500"]),
])
def test_s21_leeftijd_familielid_geen_bedrag(text, bedragen):
    assert [b.bedrag.euro for b in parse.bedragen(text)] == [Decimal(b) for b in bedragen]


# --- bereken_norm: a stay of one's own in a hospital or revalidatiecentrum is an inrichting (art. 1 onder f) ------------------
# Session 20's leftover: the norm form knew the verpleeghuis and the kliniek, not the hospital.

@pytest.mark.parametrize("text", [
    "ik lig al 4 maanden in het ziekenhuis, ben alleenstaand. hoeveel bijstand krijg ik nu nog",
    "ik zit al een half jaar in een revalidatiecentrum, hoeveel bijstand krijg ik",
    "ik ben sinds september opgenomen in het ziekenhuis, wat wordt mijn bijstand",
])
def test_s21_ziekenhuis_is_inrichting(text):
    assert JE.form_eerste("norm_form", text)[0] == "utter_opname_inrichting"


@pytest.mark.parametrize("text", [
    "ik ben 35, ik moet volgende week 2 dagen naar het ziekenhuis, hoeveel bijstand krijg ik",
    "mijn vader ligt in het ziekenhuis en ik woon nu alleen, ik ben 30, hoeveel bijstand krijg ik",
])
def test_s21_ziekenhuis_zonder_eigen_opname(text):
    assert JE.form_eerste("norm_form", text)[0] != "utter_opname_inrichting"


# --- buitenland: a stay of a year or half a year abroad is a length of time (session 20's leftover) ------------------------
# "ik wil een half jaar naar turkije" got the general rule: parse.duur reads no years ("30 jaar" is an age).

@pytest.mark.parametrize("intent, text, dagen", [
    ("buitenland", "ik wil een half jaar naar turkije met mijn bijstand", "182 dagen"),
    ("buitenland", "ik wil 1 jaar naar turkije, mag dat", "365 dagen"),
    ("bereken_verblijf_buitenland", "kan ik een jaar in suriname wonen en mijn uitkering houden", "365 dagen"),
])
def test_s21_jaar_weg_te_lang(intent, text, dagen):
    naam, tekst = JE.form_eerste("verblijf_buitenland_form", text) if intent.startswith("bereken") else \
        JE.eerste(intent, text)
    assert naam == "utter_buitenland_reis_te_lang" and tekst.startswith(f"Nee, {dagen} is te lang"), (naam, tekst)


@pytest.mark.parametrize("text", [
    "ik ben 2 jaar geleden naar spanje geweest",
    "ik ben 30 jaar en wil 3 weken naar spanje",
])
def test_s21_jaar_geen_reisduur(text):
    assert JE.naam("buitenland", text) != "utter_buitenland_reis_te_lang"
