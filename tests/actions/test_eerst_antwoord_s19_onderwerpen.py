"""Answer first, session 19 (issue #20), the non-money topics (H4).

- Dutch utter_logeren opened with a question ("Komt iemand een paar weken bij u logeren? Dan ..."): the first sentence
  now answers ("Ja, iemand mag een paar weken bij u logeren."), as the English did since session 18.
- utter_opname opened with a question too ("Gaat u naar het ziekenhuis of een instelling? Geef dat door"): "moet ik
  dat melden" is now answered first ("Een opname ... moet u doorgeven aan de gemeente.").
- "de gemeente houdt elke maand 200 in voor een oude schuld" (the verb split) was read as a gift (bereken_giften: "€ 200
  per maand telt als € 2.400 per jaar"): the gemeente offsets a claim, utter_terugvordering_verrekenen, no form.
- "kan de bijstand ook met terugwerkende kracht ingaan" read as a bezwaar (unsure): the application's answer.
- "ze zeggen dat ik fraude heb gepleegd want mijn vriend stond op mijn adres" read as samenwonen: the claim's answer
  (bezwaar, proof, free legal help), utter_terugvordering.
- "kunt u mij in het kort uitleggen wat bijstand is" read as a verlaging: what bijstand is.
- "deze chatbot is super onduidelijk" read as wat_kun_je: feedback on Wegwijs is a signaal; the signaal thanks first."""

from __future__ import annotations

import pytest

from actions.antwoorden import ActionAntwoord, ActionNietBegrepen, ActionWatKunJe
from tests.actions.eerste_antwoord import OpPeildatum, met_actie
from wegwijs.responses import response_text

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


# --- the gemeente keeps money back ("houdt ... in", the verb split): verrekenen, not a gift or schuldhulp ----------

@pytest.mark.parametrize("intent, text", [
    ("giften", "de gemeente houdt elke maand 200 in voor een oude schuld"),
    ("schulden", "de gemeente houdt elke maand 200 in voor een oude schuld"),
    ("terugvordering", "de sociale dienst houdt al een jaar 150 euro per maand in, mag dat zomaar"),
    ("informeren", "waarom houdt de gemeente geld in op mijn uitkering"),
])
def test_money_kept_back_by_the_gemeente_is_verrekenen(intent, text):
    naam, zin = OP.eerste(intent, text)
    assert naam == "utter_terugvordering_verrekenen"
    assert zin.startswith("De gemeente mag wat u moet terugbetalen van uw bijstand afhalen.")
    assert "beslagvrije voet" in zin


@pytest.mark.parametrize("form, text", [
    ("giften_form", "de gemeente houdt elke maand 200 in voor een oude schuld"),
    ("norm_form", "de sociale dienst houdt 150 per maand in op mijn bijstand, mag dat"),
])
def test_money_kept_back_read_as_a_calculator_gets_verrekenen_and_no_form(form, text):
    slots, berichten, open_vragen = OP.start(form, text)
    assert [b.get("response") for b in berichten] == ["utter_terugvordering_verrekenen"]
    assert slots.get("rekenhulp_klaar") is True  # the form stops


@pytest.mark.parametrize("intent, text", [
    ("giften", "mijn moeder geeft me elke maand 200, houdt de gemeente dat in"),  # a gift named: the gift's answer
    ("informeren", "de gemeente zegt dat ik moet solliciteren, wat houdt dat in"),
    ("participatieplicht", "de gemeente houdt mij in de gaten, moet ik elke week solliciteren"),
])
def test_other_uses_of_houden_in_keep_their_answer(intent, text):
    assert OP.responses(intent, text)[:1] != ["utter_terugvordering_verrekenen"]


# --- bijstand from before the application, read as a bezwaar (unsure): the application's answer -------------------

def test_terugwerkende_kracht_read_as_a_bezwaar_gets_the_application_answer():
    naam, zin = OP.eerste("bezwaar", "kan de uitkering met terugwerkende kracht ingaan, ik heb me 6 weken te laat gemeld")
    assert naam == "utter_aanvraag"
    assert "3 maanden terug" in zin


def test_a_bezwaar_about_terugwerkende_kracht_stays_a_bezwaar():
    assert OP.responses("bezwaar", "mijn aanvraag is afgewezen, kan ik bezwaar maken zodat het met terugwerkende "
                                   "kracht ingaat")[0] != "utter_aanvraag"


# --- a fraud accusation read as living together: the claim and the bezwaar ----------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("samenwonen", "ze zeggen dat ik fraude pleeg omdat mijn vriend op mijn adres ingeschreven stond"),
    ("samenwonen", "de sociale dienst verdenkt mij van fraude omdat mijn ex vaak blijft slapen"),
    ("inlichtingenplicht", "ik word beschuldigd van fraude, ik zou niet gemeld hebben dat mijn zus hier woonde"),
])
def test_a_fraud_accusation_gets_the_claim_and_the_bezwaar(intent, text):
    naam, zin = OP.eerste(intent, text)
    assert naam == "utter_terugvordering"
    assert "bezwaar" in zin and "Juridisch Loket" in zin


def test_asking_whether_something_is_fraud_keeps_the_topic():
    assert OP.responses("samenwonen", "is samenwonen zonder het te melden fraude?")[0] != "utter_terugvordering"


# --- what bijstand is, read as a verlaging ("in het kort"): what bijstand is --------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("maatregel", "kunt u mij in het kort uitleggen wat bijstand is"),
    ("maatregel", "leg me kort uit wat een bijstandsuitkering inhoudt"),
    ("wat_kun_je", "kun je uitleggen wat de bijstand is"),
])
def test_what_bijstand_is_read_as_another_topic_gets_the_explanation(intent, text):
    naam, zin = OP.eerste(intent, text)
    assert naam == "utter_informeren_bijstand"
    assert zin.startswith("De bijstand is geld van de gemeente voor wie te weinig heeft om van te leven.")


def test_a_verlaging_asked_keeps_the_maatregel_answer():
    assert OP.responses("maatregel", "leg uit waarom mijn bijstand gekort is")[0] != "utter_informeren_bijstand"


# --- feedback on Wegwijs itself is a signaal; the signaal thanks first ---------------------------------------------

@pytest.mark.parametrize("actie, intent, text", [
    (ActionWatKunJe, "wat_kun_je", "deze chatbot is echt heel onduidelijk"),
    (ActionAntwoord, "privacy", "wat een waardeloze app"),
    (ActionNietBegrepen, "nlu_fallback", "deze bot is dom"),
])
def test_feedback_on_wegwijs_itself_starts_a_signaal(actie, intent, text):
    berichten, events = met_actie(actie, intent, text, zekerheid=0.6)
    assert berichten[0]["response"] == "utter_signaal_uitleg"
    assert "signaal_form" in [e.get("name") for e in events]


@pytest.mark.parametrize("intent, text", [
    ("taal", "deze chatbot is onduidelijk, kan het in makkelijker nederlands"),  # simpler words: taal
    ("bijzondere_bijstand", "mijn computer is slecht, kan ik bijzondere bijstand krijgen voor een nieuwe"),
    ("wat_kun_je", "wat kan deze app allemaal"),
])
def test_other_messages_about_an_app_or_a_computer_are_no_signaal(intent, text):
    berichten, events = met_actie(ActionAntwoord, intent, text, zekerheid=0.6)
    assert berichten[0]["response"] != "utter_signaal_uitleg"


@pytest.mark.parametrize("variant, begin", [("nl-u", "Dank u dat u dit laat weten. U kunt dit doorgeven als signaal."),
                                            ("nl-je", "Dank je dat je dit laat weten. Je kunt dit doorgeven als signaal.")])
def test_the_signaal_thanks_first(variant, begin):
    assert response_text("utter_signaal_uitleg", variant).startswith(begin)
