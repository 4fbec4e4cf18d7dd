"""Issue #15, session 7: English facts the Dutch readers missed because actions/engels.py did not rewrite them
(kinds of bench/antwoorden_afstemmen_en_s7.yml, in other words): a couple "my wife and I are both 72", "me 70"
for the own age, "lives with me", "live with my parents", parents who "cannot help", "a 2 year old son", and a
trip told with "went", "used ... abroad", "fly". Each English first message now gets the outcome the same
message in Dutch gets, instead of the general text or a first question."""

from __future__ import annotations

import pytest

from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import antwoord
from tests.actions.test_engels_rekenhulp_eerst import eerste_berichten

GEVALLEN = [
    ("norm_form", "my wife and I are both 72 and we have a small AOW, what is our aio amount",
     "mijn vrouw en ik zijn allebei 72 en we hebben weinig AOW, hoeveel aio krijgen we", "utter_aow_aio_norm"),
    ("norm_form", "me 70, alone, small pension. how much aio do i get",
     "ik ben 70, alleen, klein pensioen. hoeveel aio krijg ik", "utter_aow_aio_hoeveel"),
    ("norm_form", "i am 18 and live alone, my parents cannot help me, how much bijstand",
     "ik ben 18 en woon alleen, mijn ouders kunnen me niet helpen, hoeveel bijstand", "utter_bijstandsnorm_eigen_jong"),
    ("norm_form", "i am 19 and i live with my parents, how much will i get",
     "ik ben 19 en ik woon bij mijn ouders, hoeveel krijg ik", "utter_jongeren"),
    ("plichten_form", "i am alone with a 2 year old son, do i have to look for jobs",
     "ik ben alleen met een zoon van 2, moet ik solliciteren", "utter_participatieplicht_jong_kind"),
    ("verblijf_buitenland_form", "went 10 days to morocco in may, now i want to go 3 weeks in october, ok?",
     "ik ben in mei 10 dagen naar marokko geweest, nu wil ik 3 weken in oktober, mag dat?", None),
    ("verblijf_buitenland_form", "used 5 days in april and 12 days in june abroad, how many days are left",
     "5 dagen in april en 12 dagen in juni in het buitenland geweest, hoeveel dagen heb ik nog", None),
    ("verblijf_buitenland_form", "i fly to ghana on 3 november and come back 20 november, is it allowed?",
     "ik vertrek op 3 november naar ghana en kom terug op 20 november, mag dat?", None),
]


@pytest.mark.parametrize("form, english, dutch, eerste", GEVALLEN)
def test_english_facts_give_the_outcome_the_dutch_message_gets(form, english, dutch, eerste):
    antwoord_en, antwoord_nl = eerste_berichten(form, english), eerste_berichten(form, dutch)
    assert antwoord_en, f"no outcome first for {english!r} (read as {naar_nederlands(english)!r})"
    assert antwoord_en == antwoord_nl[:len(antwoord_en)]
    if eerste:
        assert antwoord_en[0] == eerste


def test_lives_with_me_is_a_housemate_not_a_trip():
    assert "woont bij mij" in naar_nederlands("my daughter is 22 and lives with me")
    assert naar_nederlands("my wife and I are both 41") == "ik ben 41 en mijn vrouw is 41"
    assert naar_nederlands("me and my wife both 41") == "ik ben 41 en mijn vrouw is 41"
    assert "en ik zijn allebei" in naar_nederlands("my sister and I are both students")


def test_a_medical_limitation_is_the_medische_urenbeperking():
    """Left from session 6: 'medical limitation' was not read, so the vrijlating for it was not named."""
    berichten = eerste_berichten("bijverdienen_form", "i am 50, i can work only 12 hours because of a medical limitation, i earn 380")
    assert "utter_bijverdienen_medisch_bedrag" in berichten


def test_turning_67_next_year_is_about_the_aow_age():
    """Left from session 6: 'i turn 67 next year' was not read as the person's age."""
    assert naar_nederlands("i turn 67 next year").startswith("ik word 67 volgend jaar")
    berichten = [m.get("response") for m in antwoord("aow_aio", "i turn 67 next year, what happens to my bijstand", "2026-12-06", "en")]
    assert berichten and berichten[0].startswith("utter_aow_aio_")  and berichten[0] != "utter_aow_aio"


def _gevulde_slots(form: str, text: str) -> dict:
    from tests.actions.eerste_antwoord import form_begin

    return form_begin(form, text, "2026-12-06", "en").slots


@pytest.mark.parametrize("text, leeftijd", [
    ("me and my husband both 44, one kid, how much do we get", 44),
    ("my wife and I are both 38 and have no work, what is our bijstand", 38),
])
def test_a_couple_of_the_same_age_is_not_asked_how_old_they_are(text, leeftijd):
    """Left from session 6: a couple who gave one age for both was still asked 'How old are you?'."""
    slots = _gevulde_slots("norm_form", text)
    assert slots.get("leeftijd") == leeftijd and slots.get("partner_leeftijd") == leeftijd
    assert slots.get("leefsituatie") == "gehuwden"


def test_both_after_the_children_is_no_age_of_the_children():
    """'married with 3 children, both 45': 'both' is the couple, not the children (the Dutch reader gives each of
    'kinderen, allebei 45' that age, so the children became kostendelers)."""
    from actions import parse

    kinderen = [m for m in parse.medebewoners(naar_nederlands("we are married with 3 children, both 45, how much do we get"))
                if m.relatie == "kind"]
    assert all(m.leeftijd is None for m in kinderen)
