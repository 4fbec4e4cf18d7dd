"""English labels settled in session 19 (H2), over all of nlu/en/. Data only: no model is loaded.

A loan FROM the gemeente is leenbijstand, which onderwerpen.md puts under bijzondere_bijstand ("lening: money I
borrowed from someone / loan, and leenbijstand is under bijzondere_bijstand"); a loan from the gemeente to start a
business is the Bbz (zelfstandig). Three lines said lening ('can i get a loan from the gemeente', 'can the gemeente
lend me money', 'can gemeente give me a loan for the furniture')."""
from __future__ import annotations

import re

from tests.nlu.nlu_regels import bestanden, regels

LENING_VAN_DE_GEMEENTE = re.compile(
    r"leenbijstand|loan from (the )?gemeente|gemeente (give|lend)s? me (a loan|money)|borrow from the gemeente", re.I)
ZAAK = re.compile(r"business|company|shop|entrepreneur|bedrijf|bbz|zzp|catering|food truck|salon|start my own", re.I)


def test_a_loan_from_the_gemeente_is_bijzondere_bijstand():
    gevonden = {}
    for intent, tekst, naam in regels(bestanden("en")):
        if LENING_VAN_DE_GEMEENTE.search(tekst):
            gevonden[(naam, tekst)] = intent
    assert len(gevonden) >= 8
    fout = {k: i for k, i in gevonden.items()
            if i != ("zelfstandig" if ZAAK.search(k[1]) else "bijzondere_bijstand")}
    assert fout == {}
