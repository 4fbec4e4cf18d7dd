"""Numbers in messages and texts beyond one topic: what is an amount or an age and what is not, a number with its unit.
Dutch."""

from __future__ import annotations

from decimal import Decimal

import pytest

from actions import feiten_uit_bericht, parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import eigen_leeftijd
from tests.actions.eerste_antwoord import DAG, DORP_6, EN_DORP, PEILDATUM, antwoord, tekst_op


# --- s14: an amount is never an age, a count of months never an amount, a year before a rule never a wage -------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["mijn ex betaalt al 4 mnd de alimentatie niet", "al 2 wk geen geld gehad"])
def test_months_or_weeks_in_short_are_no_amount(text):
    assert parse.bedragen(text) == []


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["giften 2027 nieuwe grens?", "vrijlating 2027 hoe zit dat", "2027 nieuwe regels bij werk"])
def test_a_year_beside_a_rule_is_no_amount(text):
    assert parse.bedragen(text) == []


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_age_said_as_an_ordinal_is_the_own_age():
    assert feiten_uit_bericht.eigen_leeftijd("moet ik op mijn 61ste nog solliciteren") == 61


# --- s16: a number and its unit are built together, once: "nog 1 dag over", not "nog 1 dagen over" --------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_number_with_its_unit_singular_and_plural_in_each_language():
    from knowledge.teksten import aantal
    assert [aantal(1, "dag"), aantal(3, "dag"), aantal(1, "week"), aantal(2, "maand")] == \
        ["1 dag", "3 dagen", "1 week", "2 maanden"]
    assert [aantal(1, "dag", "en"), aantal(3, "dag", "en"), aantal(2, "week", "nl-je")] == ["1 day", "3 days", "2 weken"]


@pytest.mark.usefixtures("voorbeelddorp")
def test_no_text_says_a_unit_after_a_counted_value():
    """The counted values of actions/aantallen.py carry their unit in "<name>_tekst": a text that adds "dagen" after
    one would say "7 dagen dagen"."""
    import re
    from pathlib import Path
    from actions.aantallen import EENHEID
    from knowledge.teksten import alle_teksten
    woorden = {w for lijst in (v for k, v in alle_teksten().items() if ".eenheden." in f".{k}") for w in lijst}
    dubbel = re.compile(r"\{(?:" + "|".join(EENHEID) + r")_tekst\}\s+(?:" + "|".join(sorted(woorden)) + r")\b")
    domein = Path(__file__).resolve().parents[2] / "bot" / "domain"
    fout = [(p.name, m[0]) for p in sorted(domein.glob("*.yml")) for m in dubbel.finditer(p.read_text(encoding="utf-8"))]
    assert fout == []


# --- s17: ages and amounts read where they were missed ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_age_written_with_jr_against_it():
    from actions.feiten_uit_bericht._gedeeld import eigen_leeftijd
    assert eigen_leeftijd("werk 12 uur per week 34jr wat houd ik over") == 34
    assert eigen_leeftijd("mijn dochter 19jr woont thuis") is None


# --- s9: trips given by their dates -----------------------------------------------------------------------------------

def test_a_date_is_no_age():
    assert eigen_leeftijd("ben 17 aug vertrokken naar turkije") is None
    assert eigen_leeftijd("ik ben 3 mei teruggekomen") is None
    assert eigen_leeftijd("ben 58 en woon alleen") == 58


# --- s13: gifts: two monthly ones, a couple that gets it each, every other week, a fear of paying back, the AIO -------

def test_a_number_of_children_is_no_amount():
    assert [b.bedrag.euro for b in parse.bedragen("ik heb drie kinderen en kreeg 100 euro van mijn zus")] == [100]


# --- s13: questions that had only the general text: each kind gets its own answer -------------------------------------

@pytest.mark.parametrize("text, leeftijd", [("ik word in april 69, moet ik nog iets doen", 68),
                                           ("ik word in februari 30 en woon alleen", 29)])
def test_a_birthday_still_to_come_is_not_todays_age(text, leeftijd):
    """Open item of earlier sessions: 'ik word in maart 68' showed 68 as today's age."""
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


# --- s14 (English): who lives with the writer -------------------------------------------------------------------------

def test_an_age_said_roughly_is_an_age():
    slots = EN_DORP.begin("bijverdienen_form", "My wife started a job last month, 700 net a month. We are both about 40.").slots
    assert slots["leeftijd"] == 40
    assert slots["inkomsten"]["euro"] == 700


# --- s14 (English): an age opening the message, trips -----------------------------------------------------------------

def test_a_bare_age_and_a_comma_open_the_message():
    assert "ik ben 24," in naar_nederlands("24, applied last week, must I wait first?")
    assert naar_nederlands("40, per month?").startswith("40,")


# --- s15 (English): young people and their parents --------------------------------------------------------------------

def test_a_bare_number_and_an_amount_is_no_age():
    assert not naar_nederlands("20 and 30 euro from my aunt").startswith("ik ben")


# --- s15 (English): the earnings form ---------------------------------------------------------------------------------

def test_an_age_with_its_unit_between_commas_is_the_own_age():
    assert "ik ben 44" in naar_nederlands("I earn 150 a week in a shop, 44 y/o, what stays for me")
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", "I earn 150 euro a week in a shop, 44y, how much do I keep")
    assert naam.startswith("utter_bijverdienen_eerst_bijstand_over")
    assert "162.50" in tekst  # 150 x 52 / 12 = 650 a month, 25 % = 162.50


def test_a_length_of_time_between_commas_is_no_age():
    assert "ik ben" not in naar_nederlands("I work in a shop, 10 years, and earn 400")


# --- s16 (English): a year is no amount -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, variant", [("working next to my uitkering 2027 what is new", "en"),
                                           ("werk naast uitkering 2027 wat is er anders", "nl-je")])
def test_a_year_after_the_benefit_or_the_work_is_no_wage(text, variant):
    berichten = antwoord("bijverdienen", text, PEILDATUM, variant)
    tekst = " ".join(tekst_op(b, DAG, variant) for b in berichten)
    assert "2,027" not in tekst and "2.027" not in tekst  # before: "of €2,027 you may probably keep €285"
    assert "15%" in tekst


def test_a_year_written_as_money_stays_money():
    assert parse.bedrag("mijn werk 2027 euro per maand") is not None
    assert parse.bedrag("ik verdien met mijn werk 2040 netto per maand") is not None


# --- s9 (English): people and ages ------------------------------------------------------------------------------------

@pytest.mark.parametrize("english, leeftijd", [
    ("29 years, single, no kids, I started a job on 1 november 2026", 29),
    ("650 net, single 50y, what do I keep", 50),
    ("single mother of 32, my kid is 6, I work since april 2026", 32),
    ("I am 66 and 4 months old, still werkplicht?", 66),
])
def test_an_age_said_without_i_am(english, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(naar_nederlands(english)) == leeftijd


def test_months_beside_an_age_are_no_trip():
    assert parse.duur(naar_nederlands("I am 66 and 4 months old, still werkplicht?")) is None


# --- s9 (English): work, money, letters -------------------------------------------------------------------------------

def test_a_percentage_is_no_amount():
    assert parse.bedrag(naar_nederlands("how long can I keep the 25 percent of my salary")) is None


def test_an_amount_named_again_is_counted_once():
    text = naar_nederlands("My friend gave me 300 euro in April, 500 in September and now he wants to give me 600 "
                           "for Christmas. Is the 600 still ok?")
    assert sorted(b.bedrag.euro for b in parse.bedragen(text)) == [300, 500, 600]


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_an_age_right_after_words_about_the_person_is_theirs():
    assert "ik ben 31" in naar_nederlands("single man 31, third month working, 800 euro netto monthly")
    assert "ik ben 29" in naar_nederlands("i am single mom 29, my daughter is 7")
    assert "ik ben 800" not in naar_nederlands("single mom 800 euro a month")


# --- s12 (English): the person's own age ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, jaren", [("age 52, living alone, no income", 52),
                                         ("Aged 33, single. what do I get", 33),
                                         ("I work 20 hours. my age is 41", 41),
                                         ("pensioner 70, alone, small pension", 70),
                                         ("retired 69 and on my own", 69),
                                         ("single 47, no kids, how much bijstand", 47)])
def test_an_age_named_as_such_is_the_writers_own(text, jaren):
    assert eigen_leeftijd(naar_nederlands(text)) == jaren


@pytest.mark.parametrize("text", ["my son aged 19 lives with me", "a single 50 euro payment from my aunt"])
def test_an_age_of_someone_else_or_an_amount_is_not(text):
    assert eigen_leeftijd(naar_nederlands(text)) is None


# --- s12 (English): earning -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["what are the new rules 2027 for a side job", "is the vermogensgrens 2026 higher",
                                  "huurtoeslag limits 2027?"])
def test_a_year_after_the_rule_it_dates_is_no_amount(text):
    assert parse.bedragen(naar_nederlands(text)) == []


def test_money_beside_a_year_stays_money():
    assert parse.bedrag(naar_nederlands("my uncle gave me 2025 euro")).euro == 2025


# --- s13 (English): a count in the singular ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, euro", [("my aunt sends 80 euro every month, 7 month now", 80),
                                        ("granny gives 40 a week, 6 week already", 40)])
def test_a_count_in_the_singular_is_no_amount(text, euro):
    assert [b.bedrag.euro for b in parse.bedragen(naar_nederlands(text))] == [euro]


def test_one_month_stays_singular():
    assert "1 maand" in naar_nederlands("I started 1 month ago")


# --- s5: parse: what is no money, what is said twice ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["mag je als je jonger bent dan 27 iets houden van wat je verdient",
                                  "geldt dat ook als ik ouder ben dan 27"])
def test_an_age_limit_is_no_amount(text):
    assert parse.bedrag(text) is None and parse.bedragen(text) == []


# --- s8: the person's own age, where the message says it without "ik ben" first ---------------------------------------

@pytest.mark.parametrize("text, leeftijd", [
    ("ik werk in de fabriek ik woon alleen ben 39 krijg ik nog iets", 39),
    ("wat krijg je aan bijstand als je 18 bent", 18),
    ("mijn cliënt is 29 en woont alleen", 29),
])
def test_the_own_age_without_ik_ben_in_front(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


@pytest.mark.parametrize("text", ["ben je 27 of ouder?", "ik woon hier al 12 jaar", "hoe oud ben jij 30?"])
def test_no_own_age_in_a_question_or_a_duration(text):
    assert feiten_uit_bericht.eigen_leeftijd(text) is None


# --- s9: ages the readers missed, and ages that are no amounts --------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd", [
    ("mag ik als 22 jarige iets van mijn loon houden", 22),
    ("ben alleenstaande moeder 33 jr, zoon van 4", 33),
    ("ik (52) en mijn vrouw (50) hebben bijstand", 52),
    ("mijn man en ik (allebei 45) hebben samen bijstand", 45),
])
def test_the_own_age_in_more_forms(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


@pytest.mark.parametrize("text, bedragen", [
    ("mijn zoon (31) krijgt bijstand, ik geef hem elke maand 80 euro", [Decimal("80")]),
    ("mijn buurvrouw (72, weduwe) krijgt 40 euro van mij", [Decimal("40")]),
    ("wij zijn 58 en 61, samen hebben we 9000 spaargeld", [Decimal("9000")]),
])
def test_an_age_in_brackets_or_of_wij_is_no_amount(text, bedragen):
    assert [b.bedrag.euro for b in parse.bedragen(text)] == bedragen


# --- s9: the norm: a young couple who live together, a child's own bijstand -------------------------------------------

def test_a_thing_of_three_digits_is_a_price_not_an_age():
    assert [b.bedrag.euro for b in parse.bedragen("mijn broer kocht een fiets van 180 voor me")] == [Decimal("180")]
    assert parse.bedragen("mijn dochter van 16 woont bij mij") == []


# --- s10: a single parent past the months of the general vrijlating ---------------------------------------------------

def test_a_number_word_with_months_is_no_amount():
    assert [b.bedrag.euro for b in parse.bedragen("ik verdien 700 netto, zijn die vijf maanden al om")] == \
        [Decimal("700")]


def test_what_a_person_is_then_the_age_after_a_comma_is_the_own_age():
    assert feiten_uit_bericht.eigen_leeftijd("alleenstaande vader, 41, zoon van 9. wat mag ik houden") == 41


# --- s10: a count with an amount per time, and children are no amount -------------------------------------------------

def test_a_count_with_an_amount_per_time_is_multiplied_and_kids_are_no_amount():
    assert [b.bedrag.euro for b in parse.bedragen("mijn buurman heeft 3x de boodschappen betaald voor 40 euro per keer. "
                                                  "ik heb 3 kids")] == [Decimal("120")]


# --- s11: an age the message gives is never asked again ---------------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd", [("alleenstaande vader 44, dochter van 9, ik verdien 600 netto per maand. "
                                             "hoeveel mag ik houden", 44),
                                            ("ik ben alleenstaande moeder (29) met een zoon van 4 en verdien 300 "
                                             "netto per maand", 29)])
def test_the_age_after_single_parent_is_the_person_s_own(text, leeftijd):
    slots, _, open_vragen = DORP_6.start("bijverdienen_form", text)
    assert slots["leeftijd"] == leeftijd and "leeftijd" not in open_vragen
    assert "jongste_kind_leeftijd" not in open_vragen


def test_a_number_before_one_child_is_no_count_of_children():
    assert parse.medebewoners("alleenstaande papa 41 dochtertje van 6") == [parse.Medebewoner(6, "kind")]


# --- s11: after the first months: the single parent's and the medische urenbeperking's vrijlating ---------------------

def test_years_of_work_are_no_amount():
    assert feiten_uit_bericht.eigen_loon("ik werk nu anderhalf jaar voor 750 netto") == parse.Bedrag(Decimal(750), None)


# --- s11: the young: someone of 18-20 in general, a young couple ------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd", [("ik 20 mijn vrouw 22", 20), ("ik 40 jaar krijg 300 per maand", 40),
                                            ("ik 10 jaar in de bijstand", None), ("ik 25 euro", None)])
def test_the_age_right_after_ik_in_short_writing(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


# --- s12: an age in years on its own is the writer's; a housemate's age or a length of time is not --------------------

@pytest.mark.parametrize("text, leeftijd", [
    ("woon alleen, 45 jaar, en ga in een magazijn werken", 45),
    ("33 jaar en woon op mezelf, wat mag ik houden van mijn bijbaan", 33),
    ("ik ben alleenstaand 58 jaar en heb een uitkering", 58),
    ("ik heb een baantje van 300 per maand. 61 jaar, geen kinderen.", 61),
    ("ik ben alleen 47 jaar en krijg pensioen", 47),
    ("mijn vrouw en ik zitten in de bijstand, allebei 44", 44),
    ("we krijgen samen bijstand en zijn beiden 52", 52),
])
def test_an_age_in_years_on_its_own_is_the_writers(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


@pytest.mark.parametrize("text", [
    "mijn dochter, 22 jaar, woont nog bij mij",
    "ik zit al 12 jaar in de bijstand",
    "alleen, 5 jaar geleden gescheiden",
    "mijn ouders wonen bij mij, allebei 70",
    "ik heb een oom wonen bij mij, 59 jaar",
])
def test_a_housemates_age_or_a_length_of_time_is_not_the_writers(text):
    assert feiten_uit_bericht.eigen_leeftijd(text) is None


# --- s12: ages are no amounts; a vriend one is married to is the partner; "N huisgenoten boven de X" ------------------

@pytest.mark.parametrize("text, bedrag", [
    ("hij is 33 ik 30, hij gaat 700 per maand verdienen", 700),
    ("we zitten samen in de bijstand, allebei 50, mijn vrouw gaat 800 netto verdienen", 800),
])
def test_an_age_beside_ik_or_allebei_is_no_amount(text, bedrag):
    assert [b.bedrag.euro for b in parse.bedragen(text)] == [bedrag]


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_an_age_in_brackets_belongs_to_the_person_before_it():
    assert "vader van 42" in naar_nederlands("The father (42) lives with his wife (40)")
    assert "vrouw van 40" in naar_nederlands("The father (42) lives with his wife (40)")
    assert "van 60" not in naar_nederlands("my mother 60 euro a month")  # an amount stays an amount


def test_a_bare_age_after_words_about_the_person_is_their_own():
    assert "ik ben 47" in naar_nederlands("I'm on bijstand, 47, alone.")
    assert "ik ben 28" in naar_nederlands("single mum, 28, daughter of 6")
    assert "ik ben" not in naar_nederlands("I got 300, 400 and 500 from my family")


def test_may_is_the_month_only_beside_a_day_or_a_word_of_time():
    """'how much of his salary may they keep' was read as the month mei."""
    assert "mei" not in naar_nederlands("how much of his salary may they keep")
    assert "in mei" in naar_nederlands("I got 400 in may")
    assert "3 mei" in naar_nederlands("I leave on May 3")
