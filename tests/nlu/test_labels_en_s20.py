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
