"""Issue #15 with #20, session 19 (H6, the topics beside the calculators): English first replies whose first sentence
answers, kinds of the misses in bench/antwoorden_afstemmen_en_s19.yml / _s19b.yml and the older English tuning sets, in
other words written here. What the gemeente already has from the registers (art. 17 lid 1) need not be reported again,
as in Dutch (session 14)."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import OpPeildatum

# (response name, text) of the first message; English unless a variant is given
eerste = OpPeildatum("2026-12-07", variant="en").eerste


# --- what the gemeente gets from the registers itself: 'Usually not', as the Dutch --------------------------------

@pytest.mark.parametrize("intent", ["inlichtingenplicht", "verhuizen"])
@pytest.mark.parametrize("text", [
    "must i tell the gemeente my new address too, they already have it from the brp",
    "my address is already in the brp, do i still need to report the move",
    "do i need to report my marriage or does the municipality know it already from the register",
    "must i report my new address, they can look it up themselves",
    "do i need to tell them i moved, they can see it in the brp",
])
def test_what_the_registers_hold_need_not_be_reported_again(intent, text):
    naam, tekst = eerste(intent, text)
    assert naam == "utter_inlichtingenplicht_al_bekend"
    assert tekst.startswith("Usually not.") and "BRP" in tekst


@pytest.mark.parametrize("text", [
    "the gemeente already knows i work, must i still report my wage",  # wages: report as the gemeente asks
    "do i have to tell them about my new job",
    "they can check my bank account, do i still have to report my savings",  # savings: no fact of the BRP
])
def test_wages_or_a_plain_question_keep_the_duty_to_report(text):
    assert eerste("inlichtingenplicht", text)[0] != "utter_inlichtingenplicht_al_bekend"


# --- asking for a person in short broken English: told English, so the answer is English --------------------------

@pytest.mark.parametrize("text", ["talk human", "give me real person", "connect me with employee please",
                                  "speak to agent", "real person please", "phone number please"])
def test_a_short_broken_english_request_for_a_person_looks_english(text):
    from wegwijs.rasa.taalwissel import lijkt_engels
    assert lijkt_engels(text)


@pytest.mark.parametrize("text", ["ik wil een mens spreken", "mag ik een echte persoon", "geef me het telefoonnummer",
                                  "ik wil met een medewerker praten, real person graag"])
def test_dutch_requests_for_a_person_stay_dutch(text):
    from wegwijs.rasa.taalwissel import lijkt_engels
    assert not lijkt_engels(text)


# --- a partner who comes from abroad to live with the person: moving in together (samenwonen) -------------------

@pytest.mark.parametrize("intent", ["inlichtingenplicht", "samenwonen", "verhuizen"])
@pytest.mark.parametrize("text", [
    "my boyfriend is coming over from ghana to live with me, what changes for my bijstand",
    "my fiancee comes from abroad to move in with me next month, what happens",
    "my girlfriend (29) comes live with me next month, what do i need to do",
])
def test_a_partner_from_abroad_moving_in_is_living_together(intent, text):
    assert eerste(intent, text)[0] == "utter_samenwonen_partner_komt"


# --- a bijstand stopped after a trip over the limit: apply again, with the Dutch term -----------------------------

def test_a_bijstand_stopped_after_a_long_trip_says_apply_again():
    from datetime import date

    from tests.actions.eerste_antwoord import tekst_op
    tekst = tekst_op({"response": "utter_buitenland_gestopt_opnieuw"}, date(2026, 12, 7), "en")
    assert tekst.startswith("Are you back in the Netherlands? Then apply for bijstand again (opnieuw aanvragen) at once")
