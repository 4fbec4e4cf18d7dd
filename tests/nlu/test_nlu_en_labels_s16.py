"""Session 16 (issue #15): the session-16 labelling conventions in nlu/en/ (/work/notes/onderwerpen.md).

The difference between a gift and a loan is lening; reporting a hospital stay is opname; reporting a new address is
verhuizen; someone staying over for some weeks is logeren; an own gift with a frequency but no amount is giften;
'how much bijstand will I get' without own facts is bijstandsnorm. Six lines of nlu/en/ said otherwise and were
relabelled (text unchanged). Data only: no model is loaded."""
from __future__ import annotations

import re
import pytest

from tests.nlu.nlu_regels import bestanden, labels


LABELS = labels(bestanden("en"))


@pytest.mark.parametrize("text, intent", [
    ("what is difference between gift and loan for bijstand", "lening"),
    ("do i need to tell them if i go to hospital", "opname"),
    ("they have my data from the registers, do I still need to report my new address", "verhuizen"),
    ("i changed my address in the basisregistratie, do i still need to report it to the bijstand department", "verhuizen"),
    ("if my friend sleeps here only some weeks is he a kostendeler", "logeren"),
    ("my brother pays my rent every month, is that allowed", "giften"),
])
def test_english_line_has_the_label_of_the_session_16_convention(text, intent):
    assert LABELS.get(text) == {intent}


def test_how_much_bijstand_without_own_facts_is_never_bereken_norm():
    kaal = re.compile(r"^how much (bijstand|uitkering|benefit|money) (will|do|would|can) i (get|receive)\W*$", re.I)
    assert [t for t, intents in LABELS.items() if kaal.match(t) and "bereken_norm" in intents] == []
