"""Answer first, session 19 (issue #20), the non-money topics (H4).

- Dutch utter_logeren opened with a question ("Komt iemand een paar weken bij u logeren? Dan ..."): the first sentence
  now answers ("Ja, iemand mag een paar weken bij u logeren."), as the English did since session 18.
- utter_opname opened with a question too ("Gaat u naar het ziekenhuis of een instelling? Geef dat door"): "moet ik
  dat melden" is now answered first ("Een opname ... moet u doorgeven aan de gemeente.")."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import OpPeildatum

OP = OpPeildatum("2026-12-07")


# --- logeren: the first sentence answers ---------------------------------------------------------------------------

@pytest.mark.parametrize("variant, begin", [
    ("nl-u", "Ja, iemand mag een paar weken bij u logeren. Daardoor krijgt u meestal niet minder bijstand."),
    ("nl-je", "Ja, iemand mag een paar weken bij je logeren. Daardoor krijg je meestal niet minder bijstand."),
])
def test_logeren_answers_in_its_first_sentence(variant, begin):
    naam, zin = OP.eerste("logeren", "mag er iemand bij mij logeren als ik bijstand heb", variant)
    assert naam == "utter_logeren"
    assert zin.startswith(begin)
    assert "?" not in zin.split(".")[0]


# --- opname: the first sentence answers "moet ik dat melden" (no question first) ----------------------------------

@pytest.mark.parametrize("variant, begin", [
    ("nl-u", "Een opname in het ziekenhuis of een instelling moet u doorgeven aan de gemeente. "
             "Een korte opname verandert meestal niets aan uw bijstand."),
    ("nl-je", "Een opname in het ziekenhuis of een instelling moet je doorgeven aan de gemeente. "
              "Een korte opname verandert meestal niets aan je bijstand."),
])
def test_a_hospital_stay_to_be_reported_is_answered_first(variant, begin):
    naam, zin = OP.eerste("opname", "ik moet een week het ziekenhuis in, moet ik dat aan de gemeente laten weten", variant)
    assert naam == "utter_opname"
    assert zin.startswith(begin)
