"""Session 18 (H1): two clean-ups of the Dutch training data, checked over all of nlu/*.yml. Data only.

* The voorlopige voorziening (asking the judge for money while a stopped bijstand is contested) is `stopgezet`
  (/work/notes/onderwerpen.md: "my bijstand was stopped/suspended (urgent: voorlopige voorziening)"); nlu/procedure.yml
  had three such lines as bezwaar while nlu/stopgezet.yml and the tuning sets say stopgezet.
* English sentences are nlu/en/'s: nlu/basis.yml had "i want talk to human" among the Dutch mens_spreken lines.
"""
from __future__ import annotations

from tests.nlu.nlu_regels import bestanden, regels


def test_the_voorlopige_voorziening_is_stopgezet():
    intents = {i for i, t, _ in regels(bestanden("nl")) if "voorlopige voorziening" in t.lower()}
    assert intents == {"stopgezet"}


def test_no_english_request_for_a_human_in_the_dutch_data():
    assert not [t for i, t, _ in regels(bestanden("nl")) if t.lower() == "i want talk to human"]
