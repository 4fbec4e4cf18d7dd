"""English labels settled in session 20 (H2), over all of nlu/en/. Data only: no model is loaded.

Whether vakantiegeld is IN the norm, the monthly amount or the bijstand is a vakantiegeld question: utter_vakantiegeld
answers it in its first lines ("it is already in the norm: the gemeente keeps a part apart every month"), while the
norm's answer gives the amounts (settled with H1 and the lead in session 20; the Dutch lines of nlu/ the same way).
Ten English lines said bijstandsnorm ('is vakantiegeld inside the norm or extra', 'is holiday money included in the
amount', 'the norm i read about, does it include holiday money or not' ...)."""
from __future__ import annotations

import re

from tests.nlu.nlu_regels import bestanden, regels

VAKANTIEGELD = r"(vakantiegeld|vakantietoeslag|holiday (money|allowance|pay))"
IN_HET_BEDRAG = re.compile(
    VAKANTIEGELD + r".{0,40}\b(inside|included|include|in (the|my)( monthly)? (norm|amount|money|bijstand)|part of)"
    r"|\b(norm|amount|bijstand|monthly money)\b.{0,40}\binclude.{0,25}" + VAKANTIEGELD, re.I)


def test_whether_vakantiegeld_is_in_the_norm_is_vakantiegeld():
    gevonden = {(naam, tekst): intent for intent, tekst, naam in regels(bestanden("en")) if IN_HET_BEDRAG.search(tekst)}
    assert len(gevonden) >= 12
    assert {k: i for k, i in gevonden.items() if i != "vakantiegeld"} == {}


def test_the_kinds_next_to_it_keep_their_label():
    """Holiday pay from an own job is income (bereken_bijverdienen / bijverdienen), not vakantiegeld of the bijstand."""
    labels = {tekst: intent for intent, tekst, _ in regels(bestanden("en"))}
    assert labels["my part time job pays me holiday allowance in june, will they deduct it from my bijstand"] == \
        "bereken_bijverdienen"


# A bare own number of working hours, no question ('i have a job for 12 hours a week'), is a fact given in a form:
# informeren, as 'i work 10 hours a week' in basis.yml and the Dutch 'ik werk 10 uur per week'. Three such lines of
# geld.yml said bijverdienen and pulled 'own hours + what happens to my bijstand' away from bereken_bijverdienen.
KALE_UREN = re.compile(r"^i (work|have a (job|contract)|do \w+ work)\b[^?,]*\b\d+ hours( a week| per week)?$", re.I)
EIGEN_UREN = re.compile(r"\bi (work|have a (job|contract)|got a (new )?job|clean|do)\b.{0,40}\b\d+ hours\b.{0,40}"
                        r"\b(what|how|will)\b.{0,30}\b(bijstand|uitkering|benefit|money|welfare|keep)\b", re.I)


def test_a_bare_own_number_of_hours_is_informeren():
    gevonden = {(naam, tekst): intent for intent, tekst, naam in regels(bestanden("en")) if KALE_UREN.search(tekst)}
    assert len(gevonden) >= 5
    assert {k: i for k, i in gevonden.items() if i != "informeren"} == {}


def test_own_hours_and_what_happens_to_my_bijstand_is_bereken_bijverdienen():
    gevonden = {(naam, tekst): intent for intent, tekst, naam in regels(bestanden("en")) if EIGEN_UREN.search(tekst)}
    assert len(gevonden) >= 18
    assert {k: i for k, i in gevonden.items() if i != "bereken_bijverdienen"} == {}


# An own decision + 'is that fair / is that allowed' asks the topic's question (onderwerpen.md: a complaint goes to
# the topic; signaal_geven is feedback on the rules or on Wegwijs without an own question). Session 19's start model
# read 'i got a boete for not reporting, is that fair' as signaal_geven; the answer side offers the signaal (H6).
EERLIJK = re.compile(r"\b(is (that|this|it) (fair|allowed|legal|normal)|(that|this) is not fair|not fair right)\b", re.I)
EIGEN_BESLUIT = re.compile(r"\b(i got|i must|they (cut|want|lowered|took|ask|stopped|reduced|count)|"
                           r"my (bijstand|uitkering|money) (was|is|went))\b", re.I)


def test_an_own_decision_and_is_that_fair_is_the_topic_not_signaal_geven():
    gevonden = {(naam, tekst): intent for intent, tekst, naam in regels(bestanden("en"))
                if EERLIJK.search(tekst) and EIGEN_BESLUIT.search(tekst)}
    assert len(gevonden) >= 30
    assert {k: i for k, i in gevonden.items() if i == "signaal_geven"} == {}
    assert {i for i in gevonden.values()} >= {"terugvordering", "maatregel", "kostendelersnorm"}
