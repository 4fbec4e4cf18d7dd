"""Session 20, H6: English answers on the other topics (and the signaal of a complaint with a question). One section per
fix, for H7 to fold into its topic module."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.antwoorden import ActionAntwoord
from actions.signalen import ActionSignaalGeven
from tests.actions.eerste_antwoord import DAG, DOMAIN, PEILDATUM, _start_signaal, tekst_op


def _met_ranking(actie, text: str, ranking: list[tuple[str, float]], variant: str = "en"):
    """The messages and events of `actie` for `text`, the model's ranking as given (best first)."""
    tracker = Tracker("test", {"variant": variant},
                      {"text": text, "metadata": {"peildatum": PEILDATUM},
                       "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
                       "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = actie().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages, events


# --- signaal_geven: a complaint that asks a question of the own case is answered first, then the signaal offered ------

@pytest.mark.parametrize("text, onderwerp, variant", [
    ("i got a boete for not reporting, is that fair", "terugvordering", "en"),
    ("they want 2000 back because i forgot to tell about my job. is this fair?", "terugvordering", "en"),
    ("got letter korting 20% because no sollicitaties. fair?", "maatregel", "en"),
    ("the gemeente cut my money 100 percent for a month, is that allowed", "maatregel", "en"),
    ("why do i have to pay everything back, i did not know the rule. not fair", "terugvordering", "en"),
    ("my bijstand was stopped without a letter, can they do this?", "stopgezet", "en"),
    ("ik kreeg een boete omdat ik niets gemeld had, is dat eerlijk", "terugvordering", "nl-u"),
    ("ze korten 30 procent op mijn uitkering, mag dat?", "maatregel", "nl-je"),
    ("i forgot to report my new job and now they want 3000 back, that is not fair right?", "terugvordering", "en"),
    ("my daughter moved in and now i get less, that cant be fair?", "kostendelersnorm", "en"),
    ("mijn uitkering is gestopt omdat ik een brief niet zag, dat is toch niet eerlijk?", "stopgezet", "nl-u"),
])
@pytest.mark.parametrize("kans", [0.21, 0.011])  # the session-start model put such a topic at 0.011 after the signaal
def test_a_complaint_with_a_question_of_the_own_case_answers_it_first(text, onderwerp, variant, kans):
    berichten, events = _met_ranking(ActionSignaalGeven, text,
                                     [("signaal_geven", 0.62), (onderwerp, kans), ("bezwaar", 0.002)], variant)
    namen = [m.get("response") for m in berichten]
    assert namen[0].startswith(f"utter_{onderwerp}") and namen[-1] == "utter_signaal_aanbod", namen
    assert "utter_signaal_uitleg" not in namen and not _start_signaal(events)  # offered, not started
    knoppen = [k["payload"] for k in DOMAIN["responses"]["utter_signaal_aanbod"][0]["buttons"]]
    assert "/signaal_geven" in knoppen


@pytest.mark.parametrize("text, ranking", [
    ("this 4 weeks abroad rule is unfair, my family is far away. tell the gemeente", [("buitenland", 0.2)]),
    ("this kostendelersnorm is so unfair, my son cant afford own house. who can i tell this",
     [("kostendelersnorm", 0.3)]),
    ("why is this so unfair", [("bijstandsnorm", 0.1)]),
    ("het is oneerlijk dat jongeren zo weinig krijgen, geef dat door", [("jongeren", 0.2)]),
    ("i got a boete, is that fair", [("privacy", 0.2), ("mens_spreken", 0.1)]),  # no topic came near
    ("i got a boete, is that fair", [("terugvordering", 0.002)]),
    ("it is unfair that my son of 27 makes my uitkering lower, who can i tell this?", [("kostendelersnorm", 0.2)]),
    ("my family is abroad and i can only go 4 weeks, not fair! where can i say this?", [("buitenland", 0.2)]),
])
def test_a_complaint_without_a_question_of_the_own_case_is_the_signaal(text, ranking):
    berichten, events = _met_ranking(ActionSignaalGeven, text, [("signaal_geven", 0.7), *ranking])
    assert [m.get("response") for m in berichten] == ["utter_signaal_uitleg"] and _start_signaal(events)


@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "i got a boete for not reporting my bingo prize, is that fair"),
    ("maatregel", "they lowered my bijstand because i missed one appointment. that is not fair right?"),
    ("kostendelersnorm", "my son of 28 lives with me and i get less, unfair"),
    ("terugvordering", "de gemeente wil 1500 terug, dat is toch niet eerlijk?"),
])
def test_a_topic_answer_to_a_complaint_offers_the_signaal_after_it(intent, text):
    berichten, events = _met_ranking(ActionAntwoord, text, [(intent, 0.8)])
    namen = [m.get("response") for m in berichten]
    assert namen[0].startswith(f"utter_{intent}") and namen[-1] == "utter_signaal_aanbod", namen
    assert not _start_signaal(events)


@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "they want money back, how do i pay it"),
    ("maatregel", "i got a maatregel, how long does it last"),
    ("bezwaar", "is this decision right? i want to object"),
])
def test_a_topic_question_without_a_complaint_offers_no_signaal(intent, text):
    berichten, _ = _met_ranking(ActionAntwoord, text, [(intent, 0.8)])
    assert "utter_signaal_aanbod" not in [m.get("response") for m in berichten]


def test_the_offer_and_the_signaal_thank_and_name_the_gemeente_in_english():
    aanbod = tekst_op({"response": "utter_signaal_aanbod"}, DAG, "en")
    assert aanbod.startswith("Do you think the rule is not fair?") and "gemeente" in aanbod and "(signaal)" in aanbod
    assert tekst_op({"response": "utter_signaal_uitleg"}, DAG, "en").startswith("Thank you for letting me know.")
