"""The language seam of issue #15, session 16: English with Dutch terms that lingua left Dutch ("how much bijstand do
i get, i am 35 and live alone in amsterdam") was not marked English, so a session nobody chose a language for stayed
Dutch and the Dutch readers of the forms missed "i am 35" and "6 weeks" ("can I go to Nigeria for 6 weeks" got "Hoe
oud ben je?"). wegwijs/rasa/taalwissel.lijkt_engels tells English by its function words; the language filter marks
such a message English (the session switches and answers in English), and the readers read it in English also in a
session that chose Dutch (actions/engels.in_sessietaal); since session 17 that session answers it in English too."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from actions.engels import in_sessietaal
from tests.actions.eerste_antwoord import form_begin
from wegwijs.rasa.taalfilter import Taalfilter
from wegwijs.rasa.taalwissel import ENGELS_VERSTAAN, UITKOMST, lijkt_engels

ROOT = Path(__file__).resolve().parents[2]

ENGELS_MET_NEDERLANDSE_WOORDEN = [
    "how much bijstand do i get, i am 35 and live alone in amsterdam",
    "can I go to Nigeria for 6 weeks in summer? I am on bijstand",
    "my mother gives me 100 euro every month for boodschappen, is that ok with my uitkering",
    "what is the aow age now",
    "i am alone and have 6000 euro savings, can i still get bijstand",
]
NEDERLANDS = [
    "ik ben 35 en woon alleen, hoeveel bijstand krijg ik",
    "hi, thanks voor je hulp",
    "ik heb een part-time job, how much mag ik houden?",
    "sorry, ok, yes",
    "ik will 6 weken naar nigeria",
    "mijn moeder geeft me elke maand 100 euro, is dat ok",
]


@pytest.mark.parametrize("text", ENGELS_MET_NEDERLANDSE_WOORDEN)
def test_english_with_dutch_terms_looks_english(text):
    assert lijkt_engels(text)


@pytest.mark.parametrize("text", NEDERLANDS)
def test_dutch_with_english_loanwords_does_not(text):
    assert not lijkt_engels(text)


def test_no_dutch_training_example_looks_english():
    """nlu/ outside nlu/en/ and the short Dutch of tests/nlu/talen.yml: only the English lines of the out-of-scope and
    the human intent (written English on purpose) may look English."""
    from rasa.shared.nlu.training_data.loading import load_data

    engels = {m.get("text") for m in load_data(str(ROOT / "nlu" / "en")).intent_examples}
    dutch = [(m.get("text"), m.get("intent")) for m in load_data(str(ROOT / "nlu")).intent_examples
             if m.get("text") not in engels]
    talen = yaml.safe_load((ROOT / "tests" / "nlu" / "talen.yml").read_text(encoding="utf-8"))
    dutch += [(t, "nederlands") for t in talen["nederlands"]]
    wrong = [(t, i) for t, i in dutch if lijkt_engels(t) and i not in {"buiten_bereik", "mens_spreken", "taal",
                                                                        "taal_kiezen"}]
    assert wrong == []


def gefilterd(text: str, metadata: dict | None = None) -> Message:
    message = Message(data={"text": text, "intent": {"name": "bijstandsnorm", "confidence": 0.9}, "metadata": metadata})
    Taalfilter(None, None, ["bijstand", "uitkering", "boodschappen", "aow"]).process([message])
    return message


def test_the_filter_marks_english_with_dutch_terms_english():
    message = gefilterd("how much bijstand do i get, i am 35 and live alone in amsterdam")
    assert message.get(UITKOMST) == ENGELS_VERSTAAN and message.get("intent")["name"] == "bijstandsnorm"


def test_the_filter_leaves_dutch_alone_and_marks_english_in_a_chosen_dutch_session_too():
    """Session 17 (issue #15): English in a session that chose Dutch is marked English as well, and answered in
    English with an offer to go on in English (tests/taal/test_engels_in_nederlandse_sessie_s17.py)."""
    assert gefilterd("ik ben 35 en woon alleen, hoeveel bijstand krijg ik").get(UITKOMST) is None
    gekozen = gefilterd("how much bijstand do i get, i am 35 and live alone", {"taal": "nl", "taal_gekozen": True})
    assert gekozen.get(UITKOMST) == ENGELS_VERSTAAN and gekozen.get("intent")["name"] == "bijstandsnorm"


def test_an_english_message_in_a_dutch_session_is_read_in_english():
    text = "can I go to Nigeria for 6 weeks in summer? I am on bijstand"
    assert "6 weken" in in_sessietaal(text, "nl-je")
    assert in_sessietaal("ik ga 6 weken naar nigeria", "nl-je") == "ik ga 6 weken naar nigeria"
    begin = form_begin("verblijf_buitenland_form", text, "2026-12-07", "nl-je", "voorbeelddorp")
    assert begin.berichten[0]["response"] == "utter_buitenland_reis_te_lang"  # before: only "Hoe oud ben je?"
