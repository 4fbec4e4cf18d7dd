"""Answer first, session 19 (issue #20), the non-money topics (H4).

- Dutch utter_logeren opened with a question ("Komt iemand een paar weken bij u logeren? Dan ..."): the first sentence
  now answers ("Ja, iemand mag een paar weken bij u logeren."), as the English did since session 18."""

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
