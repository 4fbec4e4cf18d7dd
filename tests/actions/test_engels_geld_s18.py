"""Issue #15 with #20, session 18 (H5): English first replies on money and the calculators that reach the person's
facts, kinds of the misses in bench/antwoorden_afstemmen_en_s18.yml and of session 17's leftovers, in other words
written here."""

from __future__ import annotations

from datetime import date

from tests.actions.eerste_antwoord import form_begin, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


def eerste(form: str, text: str, variant: str = "en") -> tuple[str, str]:
    """The response name and the text of the form's first message before its question."""
    bericht = form_begin(form, text, PEILDATUM, variant, "voorbeelddorp").berichten[0]
    return bericht.get("response"), tekst_op(bericht, DAG, variant)


# --- a trip with a length and its two dates: the dates say when -----------------------------------------------------

def test_a_trip_of_days_from_one_date_till_another_leaves_on_the_first_date():
    # the second date was read as the day of leaving (a trip from 30 December, 1 day in this year: "6 days left")
    naam, tekst = eerste("verblijf_buitenland_form", "I spent 3 weeks in Turkey in the summer. May I go for 8 days "
                                                     "at New Year, from 22 till 30 December?")
    assert naam == "utter_buitenland_eerder_te_lang"
    assert tekst.startswith("No") and "7 days left" in tekst


def test_the_same_in_dutch():
    naam, tekst = eerste("verblijf_buitenland_form", "ik ben deze zomer 3 weken in turkije geweest, mag ik nog 8 "
                                                     "dagen weg van 22 tot 30 december?", "nl-je")
    assert naam == "utter_buitenland_eerder_te_lang" and "7 dagen over" in tekst
