"""Issue #15, session 8 (kinds of bench/antwoorden_afstemmen_en_s8.yml): English answers that did not say the point
in the words a person asks with: a volunteer allowance under the amount gemeenten leave free is one you "may keep"
(the text said "let you keep", and never "free (vrij)"), and owning a house does not stop bijstand (the text only
gave the limit of the house's value)."""

from __future__ import annotations

from wegwijs.responses import all_responses, variation_for


def _engels(naam: str) -> str:
    return variation_for(all_responses()[naam], "en")["text"]


def test_a_volunteer_allowance_within_the_amount_may_be_kept():
    tekst = _engels("utter_vrijwilligerswerk_binnen")
    assert tekst.startswith("Yes, in many gemeenten you may keep that.")
    assert "free (vrij)" in tekst


def test_owning_a_house_does_not_stop_bijstand():
    assert "Do you own a house? You can still get bijstand." in _engels("utter_vermogen")
