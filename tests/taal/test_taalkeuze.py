"""The session language without Rasa (issue #15): the gateway's own texts, and what counts as a choice."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gateway.app import create_app
from wegwijs.instance import free_port
from wegwijs.responses import response_text
from wegwijs.settings import Settings
from wegwijs.taalkeuze import gevraagde_taal


@pytest.mark.parametrize("text, taal", [
    ("/taal_en", "en"), ("/taal_nl", "nl"), ("English please", "en"), ("english please!", "en"),
    ("In English, please.", "en"), ("Can we speak English?", "en"), ("Engels graag", "en"), ("English", "en"),
    ("Nederlands graag", "nl"), ("in het Nederlands", "nl"), ("Dutch please", "nl"), ("Kunt u Nederlands praten?", "nl"),
    # session 5's English tuning set: going on in a language and switching were not seen as a choice
    ("could we go on in English?", "en"), ("switch to English please", "en"), ("kun je in het Engels verder", "en"),
    ("change back to Dutch", "nl"), ("carry on in dutch please", "nl"), ("doe maar weer Nederlands", "nl"),
    # session 6: a short reason after the request is still a choice
    ("switch to dutch now, i want to practise", "nl"), ("Dutch please, I am learning it", "nl"),
    ("english please, my dutch is not good yet", "en"), ("In English please because I don't speak Dutch well", "en"),
    ("Nederlands graag, ik wil oefenen", "nl"),
    ("change the language to dutch plz", "nl"), ("switch language to English", "en"),
    ("Dutch please, I prefer dutch", "nl"),
    # session 7 (kinds of afstemmen_en_s7): "with me", "plz", "back to", and the reason before the request
    ("please speak english to me", "en"), ("english pls", "en"), ("back in nederlands pls", "nl"),
    ("talk nederlands with me please", "nl"), ("i am learning dutch, so can we carry on in dutch", "nl"),
    ("i want to improve my english, can we go on in english", "en"),
    # session 8 (the 16 typed switches of /work/s8/taal_kiezen_ruw.txt, 9 missed): the request written in Dutch
    # for English or in short Dutch, "reply me", "let's", "i want dutch", "from now on", "not nederlands",
    # and a teacher as the reason
    ("engels pls", "en"), ("engels please", "en"), ("switch naar engels", "en"), ("ga maar naar het engels", "en"),
    ("kan het in het engels", "en"), ("kunt u in het Engels antwoorden?", "en"),
    ("Ik zou graag verder gaan in het Engels.", "en"), ("ik wil liever in het engels verder", "en"),
    ("nu weer nederlands", "nl"), ("dan maar weer in het nederlands", "nl"), ("praat maar nederlands met mij", "nl"),
    ("spreek voortaan nederlands tegen me aub", "nl"), ("wissel naar nederlands", "nl"),
    ("please answer in english from now", "en"), ("reply to me in english from now on please", "en"),
    ("can you reply me in english not nederlands", "en"), ("could you respond in dutch instead of english", "nl"),
    ("lets go back to dutch", "nl"), ("let's speak english", "en"), ("i prefer english now", "en"),
    ("i want dutch now, my teacher says i must practise", "nl"), ("i'd like to continue in dutch", "nl"),
    ("nederlands graag, mijn juf zegt dat ik moet oefenen", "nl"),
    # kinds of afstemmen_en_s8's taal_kiezen misses: back to English, "terug naar", "now", a reason without a language
    ("switch back to english", "en"), ("go back to english please", "en"), ("terug naar het engels graag", "en"),
    ("ga maar terug naar nederlands", "nl"), ("ik wil oefenen, praat nederlands met me", "nl"),
    ("i need to practise, speak dutch to me", "nl"), ("speak english to me now", "en"),
    # session 11 (kind of afstemmen_en_s11's taal_kiezen miss): "do this in", and someone else who reads or helps
    ("could you do it in dutch, my son helps me", "nl"), ("can we do this in dutch", "nl"),
    ("can we continue in english please, my neighbour will translate it for me", "en"),
    ("kan het in het nederlands, mijn dochter leest mee", "nl"),
    # session 14 (the Dutch NLU helper's note): the plural "kunnen we", "mogen we"
    ("kunnen we in het engels verder", "en"), ("mogen we weer in het nederlands?", "nl"),
    ("willen jullie in het engels antwoorden", "en"),
])
def test_a_request_for_a_language(text, taal):
    assert gevraagde_taal(text) == taal


@pytest.mark.parametrize("text", [
    "/taal", "ik spreek niet goed Nederlands", "can you explain the kostendelersnorm in English for my mother please",
    "mag ik bijverdienen", "Engelse les volgen met bijstand", "/taal_fr", "",
    "switch to english, how much bijstand do i get", "can i continue in english lessons on bijstand",
    "switch to dutch now, i want to practise for my inburgering exam, is that paid by the gemeente",
    "english please, i want to learn how much i can earn",
    "i am learning dutch, can we continue in dutch class while on bijstand", "speak english with me about my debts",
    # session 8: a wider rule must still leave questions about a language alone
    "cursus Engels", "mijn Nederlands is slecht", "ik wil nederlands leren", "kan het in het engels uitgelegd worden",
    "i want dutch lessons", "switch naar engels, hoeveel bijstand krijg ik", "mag ik Engels les volgen met bijstand",
    "i want to learn dutch", "can you speak dutch with my landlord", "praat je nederlands met de klantmanager",
    "ik zou graag nederlands leren", "i want dutch citizenship", "weer nederlands les gehad vandaag",
    "can you reply to my question", "let's talk about dutch rules",
    "terug naar nederlands verhuizen, mag dat", "back to english lessons", "ik wil terug naar nederland",
    "i want to practise for my exam",
    "can we do this in dutch? what is the norm for a couple", "my daughter will read it for me",
    "can you do the calculation in english for my daughter who reads it",
])
def test_no_request_for_a_language(text):
    assert gevraagde_taal(text) is None


async def make_client(tmp_path) -> TestClient:
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port())
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    return client


async def test_without_rasa_an_english_session_still_gets_english_texts(tmp_path):
    client = await make_client(tmp_path)
    try:
        response = await client.post("/api/sessions", json={"taal": "en"})
        body = await response.json()
        assert response.status == 201 and body["messages"][0]["text"].startswith("Hello, I am Wegwijs")
        response = await client.post(f"/api/sessions/{body['session_id']}/messages", json={"text": "hello"})
        error = await response.json()
        assert response.status == 503 and error["message"].startswith("Sorry, Wegwijs does not work right now")
        response = await client.post("/api/sessions", json={"taal": "fr"})
        error = await response.json()
        assert response.status == 400 and error == {"error": "onbekende_taal", "message": response_text("utter_fout_taal")}
        settings_en = await (await client.get("/widget/instellingen/voorbeeldstad?taal=en")).json()
        settings_nl = await (await client.get("/widget/instellingen/voorbeeldstad?taal=xx")).json()
        assert settings_en["teksten"]["versturen"] == "Send" and settings_nl["teksten"]["versturen"] == "Versturen"
    finally:
        await client.close()


async def test_a_choice_wegwijs_could_not_apply_is_not_kept(tmp_path):
    """Rasa down: 'English please' gets the 503, and the session stays Dutch (texts and Rasa never disagree)."""
    client = await make_client(tmp_path)
    try:
        body = await (await client.post("/api/sessions", json={})).json()
        path = f"/api/sessions/{body['session_id']}/messages"
        response = await client.post(path, json={"text": "English please"})
        assert response.status == 503
        error = await (await client.post(path, json={"text": " "})).json()
        assert error["message"] == response_text("utter_fout_leeg")  # Dutch: the choice was not applied
    finally:
        await client.close()


@pytest.mark.parametrize("text, taal", [
    ("Could we continue in Dutch now? I want to practise my Dutch", "nl"),
    ("english please? my dutch is not good", "en"),
])
def test_a_reason_after_a_question_mark_is_still_the_choice(text, taal):
    """'Can we continue in Dutch from now? I want to practise' was no choice (the reason may follow ',' or '.', not
    '?'), so Rasa's taal_kiezen kept the session's English (session 14)."""
    assert gevraagde_taal(text) == taal
