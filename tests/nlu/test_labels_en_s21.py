"""English labels settled in session 21 (H2, with H1 and the lead), over all of nlu/en/. Data only: no model is loaded.

Someone (not a partner) coming to LIVE with me and whether I must report it is kostendelersnorm: the topic beats the
general inlichtingenplicht, as a hospital stay (opname) and a move (verhuizen) do since session 16, and the
kostendelersnorm answer tells to report it. Nine English lines said inlichtingenplicht ('must i report a new
housemate', 'a friend moves into my flat, do i need to report it', ...). A partner moving in stays samenwonen; a
general list of changes ('a new job or a new person in the house') stays inlichtingenplicht; money back or a boete
for not reporting stays terugvordering.
"""
from __future__ import annotations

import re

from tests.nlu.nlu_regels import bestanden, regels

KOMT_WONEN = re.compile(
    r"\b(new (housemate|roommate|lodger|person in (the|my) (house|home))|(moves?|moving|move) in(to)?\b"
    r"|(com(es|ing)|going) to live (with|at|in)|will live with (me|us)|live(s)? with (me|us) (from now|for good)"
    r"|(coming|comes|moving|moves) back home|rents? (my|a) (spare )?room)", re.I)
MELDEN = re.compile(r"\b(report|tell|inform|pass (that|it|this) on|mention|let (them|the gemeente) know|notify"
                    r"|must the gemeente know)\b", re.I)
PARTNER = re.compile(r"\b(partner|boyfriend|girlfriend|gf|bf|husband|wife|fianc\w*|lover)\b", re.I)
ANDERS = re.compile(r"\b(forgot|forget|(money|pay|paid|repay) back|boete|fine|new job)\b", re.I)


def _gevonden():
    return {(naam, tekst): intent for intent, tekst, naam in regels(bestanden("en"))
            if KOMT_WONEN.search(tekst) and MELDEN.search(tekst) and not PARTNER.search(tekst)
            and not ANDERS.search(tekst)}


def test_someone_coming_to_live_with_me_and_must_i_report_is_kostendelersnorm():
    gevonden = _gevonden()
    assert len(gevonden) >= 15
    assert {k: i for k, i in gevonden.items() if i != "kostendelersnorm"} == {}


def test_the_kinds_next_to_it_keep_their_label():
    labels = {tekst: intent for intent, tekst, _ in regels(bestanden("en"))}
    assert labels["how fast must i report a new job or a new person in the house"] == "inlichtingenplicht"
    assert labels["money back because i forgot to tell about my new housemate, what now"] == "terugvordering"
    assert labels["my partner wants to move in with me"] == "samenwonen"
