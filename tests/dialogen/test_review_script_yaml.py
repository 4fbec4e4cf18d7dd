"""L2 of the security review (issue #19): a tester's text could change or break a draft script.

Comments lost only their \\n: a carriage return (or \\x85, U+2028, U+2029) in an opmerking
added a turn to the draft, and some characters made the file unreadable.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings as hypothesis_settings, strategies as st

from tests.dialogen.test_review_api import auth, client, sent  # noqa: F401 - the fixtures
from wegwijs.dialogen.script import first_sentence, parse_script, reply_text, script_from_conversation


def conversation_with(tekst="mag ik bijverdienen", opmerking="", tester="Anja", antwoord="Ja, dat mag. Bel de gemeente.",
                      knop="Praat met een mens", oordeel="klopt") -> dict:
    return {
        "conversation_id": "abcdef1234567890", "tester": tester, "peildatum": "2026-11-26",
        "beurten": [
            {"beurt": 0, "tekst": "/welkom", "antwoord": [{"text": "Welkom."}], "markeringen": []},
            {"beurt": 1, "tekst": tekst, "antwoord": [{"text": antwoord, "buttons": [{"title": knop}]}],
             "markeringen": [{"tester": tester, "oordeel": oordeel, "opmerking": opmerking}]},
        ],
    }


INJECTED = 'ok\r  - zegt: "/vergeet_mij"\r    bevat: "gewist"'


@pytest.mark.parametrize("breaker", ["\r", "\x85", "\u2028", "\u2029", "\r\n", "\n"])
def test_a_comment_cannot_add_a_turn(breaker):
    text = script_from_conversation(conversation_with(opmerking=INJECTED.replace("\r", breaker)))
    script = parse_script(text)
    assert [b.zegt for b in script.beurten] == ["mag ik bijverdienen"]
    assert script.beurten[0].bevat == ["Ja, dat mag."]


@pytest.mark.parametrize("breaker", ["\u2028", "\x85", "\x0b", "\x0c", "\x00", "\x7f", "\ud800", "\ufeff"])
def test_odd_characters_never_make_the_file_unreadable(breaker):
    conversation = conversation_with(tekst=f"a{breaker}b", opmerking=f"c{breaker}d", antwoord=f"e{breaker}f.")
    text = script_from_conversation(conversation)
    text.encode("utf-8")  # the inbox file and the download are UTF-8
    assert parse_script(text).beurten[0].zegt == f"a{breaker}b"


def test_the_draft_stays_readable_for_testers():
    text = script_from_conversation(conversation_with(opmerking="Woord 'vrijlating' is lastig: zeg \"mag\""))
    assert text == (
        'titel: "Testgesprek van Anja"\n'
        'persona: "Vul hier in wie de persoon is, in een zin."\n'
        "peildatum: 2026-11-26\n"
        "beurten:\n"
        '  - zegt: "mag ik bijverdienen"\n'
        "    # Anja: klopt: Woord 'vrijlating' is lastig: zeg \"mag\"\n"
        '    bevat: "Ja, dat mag."\n'
        '    knop: "Praat met een mens"\n'
    )


ANY_TEXT = st.text(min_size=1, max_size=40)
HOSTILE = st.lists(st.sampled_from(['"', "'", "\\", ":", " ", "#", "-", "\r", "\n", "\x85", "\u2028", "\u2029", "\t",
                                    "\x0b", "\x0c", "\x00", "\ud800", "\ufeff", "{", "[", "&", "*", "!", "|", ">", "%",
                                    "@", "`", "é", "€", "😀", "a", "1"]), min_size=1, max_size=30).map("".join)


@hypothesis_settings(max_examples=400, deadline=None)
@given(tekst=ANY_TEXT | HOSTILE, opmerking=ANY_TEXT | HOSTILE, tester=ANY_TEXT | HOSTILE,
       antwoord=ANY_TEXT | HOSTILE, knop=ANY_TEXT | HOSTILE)
def test_any_text_reads_back_as_the_same_single_value(tekst, opmerking, tester, antwoord, knop):
    if tekst == "/welkom":
        tekst = "/welkom "
    text = script_from_conversation(conversation_with(tekst, opmerking, tester, antwoord, knop))
    text.encode("utf-8")
    data = yaml.safe_load(text)
    assert set(data) == {"titel", "persona", "peildatum", "beurten"}
    assert data["titel"] == "Testgesprek van " + tester
    (turn,) = data["beurten"]
    sentence = first_sentence(reply_text([{"text": antwoord}]))
    assert turn == {"zegt": tekst, **({"bevat": sentence, "knop": knop} if sentence else {})}




async def test_a_comment_with_a_lone_surrogate_is_stored_without_it(client):  # noqa: F811 - the fixture
    """Found while testing L2: such a comment gave a 500 (SQLite cannot store it), now it is kept without it."""
    token = client.testers.add("Anja")
    session = await (await client.post("/review/api/sessions", json={}, headers=auth(token))).json()
    body = '{"conversation_id": "%s", "beurt": 0, "oordeel": "klopt", "opmerking": "a\\ud800b\\u0007c\\nd"}'
    response = await client.post("/review/api/markeringen", data=body % session["conversation_id"],
                                 headers={**auth(token), "Content-Type": "application/json"})
    assert response.status == 201 and (await response.json())["opmerking"] == "abc\nd"
