"""Session 20, H6: English answers on the other topics (and the signaal of a complaint with a question). One section per
fix, for H7 to fold into its topic module."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.antwoorden import ActionAntwoord
from actions.signalen import ActionSignaalGeven
from tests.actions.eerste_antwoord import (DAG, DOMAIN, EN_DORP, GEMEENTE, PEILDATUM, OpPeildatum, _start_signaal,
                                           tekst_op)


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


# --- vrijwilligerswerk: money for helping at a club or organisation is a vrijwilligersvergoeding, not a gift ----------

@pytest.mark.parametrize("text, variant, begin", [
    ("im 23, the sportclub gives me 50 a month for helping. can i keep", "en", "No, not all of it. You are 23."),
    ("my church pays me 40 a month for volunteering, im 24", "en", "No, not all of it. You are 24."),
    ("Im 19 and the football club gives me 30 euro every month for help with the kids training, is that ok?", "en",
     "No, not all of it. You are 19."),
    ("ik ben 23, de sportclub geeft me 50 per maand voor het helpen. mag ik dat houden", "nl-je",
     "Nee, niet helemaal. Je bent 23 jaar."),
    ("ik help bij de kerk en krijg 40 euro per maand, ik ben 24, mag dat", "nl-u", "Nee, niet helemaal. U bent 24 jaar."),
])
def test_money_for_helping_at_a_club_read_as_a_gift_gets_the_volunteer_answer(text, variant, begin):
    begin_form = OpPeildatum(PEILDATUM, GEMEENTE, variant).begin("giften_form", text)
    eerste = begin_form.berichten[0]
    assert eerste["response"] == "utter_vrijwilligerswerk_jong_vergoeding"
    tekst = tekst_op(eerste, DAG, variant)
    assert tekst.startswith(begin) and "27" in tekst
    assert begin_form.slots.get("gift_bedrag") is None  # no gift counted against the gift limit


@pytest.mark.parametrize("intent, text", [
    ("giften", "i am 30, the buurthuis pays me 150 a month for help in the kitchen, ok?"),
    ("bijverdienen", "i help at the food bank and they give me 100 euro a month, can i keep it"),
    ("giften", "the library gives me 20 euro each week for helping there, does it count as a gift"),
])
def test_an_allowance_within_what_many_gemeenten_leave_free_may_be_kept_in_english(intent, text):
    naam, tekst = EN_DORP.eerste(intent, text)
    assert naam == "utter_vrijwilligerswerk_binnen" and tekst.startswith("Yes, in many gemeenten you may keep that.")
    assert "per maand" not in tekst  # the person's amount in English ("You get €100 per month.")


@pytest.mark.parametrize("text", [
    "my mother gives me 50 a month for helping her at home, can i keep it",
    "mijn moeder geeft me 50 per maand voor het helpen in huis, mag ik dat houden",
    "my brother gives me 100 every month, can i keep it",
])
def test_money_from_a_relative_for_help_stays_a_gift(text):
    eerste = OpPeildatum(PEILDATUM, GEMEENTE, "en").begin("giften_form", text).berichten
    assert not any((m.get("response") or "").startswith("utter_vrijwilligerswerk") for m in eerste)


# --- signaal_geven: a worried question the model read as a signaal is answered, no signaal offered -------------------

@pytest.mark.parametrize("text, onderwerp, eerste", [
    ("dear sir/madam, my daughter lives in london and since january she sends me 150 euros every month for "
     "groceries. i did not tell the gemeente. now the year is almost finished. did i do something wrong and what "
     "should i do now?", "bereken_giften", "utter_giften_boven_grens"),
    ("my uncle pays 200 a month of my rent since march and i never told, what must i do now", "bereken_giften",
     "utter_giften_boven_grens"),
    ("i worked 3 months and did not report it. what should i do", "inlichtingenplicht", "utter_inlichtingenplicht"),
    ("mijn zus geeft me sinds januari 150 euro per maand en ik heb het niet gemeld, heb ik iets fout gedaan?",
     "bereken_giften", "utter_giften_boven_grens"),
])
def test_a_worried_question_read_as_a_signaal_is_answered_without_the_offer(text, onderwerp, eerste):
    variant = "nl-u" if "mijn" in text else "en"
    berichten, events = _met_ranking(ActionSignaalGeven, text, [("signaal_geven", 0.72), (onderwerp, 0.27)], variant)
    namen = [m.get("response") for m in berichten]
    assert namen[0].startswith(eerste) and "utter_signaal_aanbod" not in namen, namen
    assert "utter_signaal_uitleg" not in namen and not _start_signaal(events)


# --- terugvordering, bijzondere_bijstand, bezwaar, opname: the English texts answer first as the Dutch do (H4, 452fc26)

@pytest.mark.parametrize("intent, text, begin", [
    ("terugvordering", "the gemeente says i got too much and must pay back, is that true", "If you got too much "
     "bijstand, you usually must pay it back (terugvordering)."),
    ("terugvordering", "do i really have to pay back bijstand", "If you got too much bijstand, you usually must pay"),
    ("bijzondere_bijstand", "can i get money for new glasses", "For costs you cannot pay from your bijstand, you can "
     "apply for special assistance (bijzondere bijstand)"),
    ("bijzondere_bijstand", "my fridge is broken and i have no money for a new one",
     "For costs you cannot pay from your bijstand"),
    ("bezwaar", "how do i make bezwaar", "You can object (bezwaar maken) with a letter to the gemeente, within 6 weeks"),
    ("bezwaar", "i dont agree with the letter from gemeente, how to object?", "You can object (bezwaar maken)"),
])
def test_the_english_topic_answer_opens_with_the_answer(intent, text, begin):
    naam, tekst = EN_DORP.eerste(intent, text)
    assert naam == f"utter_{intent}" and tekst.startswith(begin), tekst[:160]
    assert tekst.split(".")[0].count("?") == 0


@pytest.mark.parametrize("text", [
    "i go into a clinic for 6 months, i live alone. how much bijstand will i get there",
    "my father (60) goes to an instelling for a year, what happens with his bijstand and his rent",
    "im admitted to a rehab for 4 months, do i still get my full uitkering",
])
def test_a_long_stay_in_english_says_to_ask_bijzondere_bijstand_for_the_rent_as_the_dutch_does(text):
    naam, tekst = EN_DORP.eerste("opname", text)
    if naam == "utter_opname_inrichting":
        assert "keep paying rent" in tekst and "(bijzondere bijstand)" in tekst
    assert "keep paying rent" in tekst_op({"response": "utter_opname_inrichting"}, DAG, "en")


# --- opname: a stay of a year or half a year is a long stay (the instelling's norm), in English and Dutch --------------

@pytest.mark.parametrize("variant, text", [
    ("en", "my father (60) goes to an instelling for a year, what happens with his bijstand and his rent"),
    ("en", "i go to rehab for half a year, what happens to my uitkering"),
    ("en", "my mum will live in a nursing home for 2 years, does her bijstand change"),
    ("nl-u", "mijn vader (60) gaat een jaar naar een instelling, wat gebeurt er met zijn bijstand en zijn huur"),
    ("nl-je", "ik ga een half jaar naar een kliniek, wat gebeurt er met mijn bijstand"),
])
def test_a_stay_of_a_year_or_half_a_year_gets_the_instellings_norm(variant, text):
    assert OpPeildatum(PEILDATUM, GEMEENTE, variant).eerste("opname", text)[0] == "utter_opname_inrichting"


@pytest.mark.parametrize("text", [
    "ik zit al een jaar in de bijstand en ga 2 weken naar het ziekenhuis, moet ik dat melden",
    "ik krijg al een jaar bijstand, nu word ik opgenomen",
    "i have been on bijstand for a year and now i go to hospital for 10 days",
])
def test_a_year_on_bijstand_is_no_long_stay(text):
    assert OpPeildatum(PEILDATUM, GEMEENTE, "en").eerste("opname", text)[0] != "utter_opname_inrichting"


@pytest.mark.parametrize("text, gelezen", [
    ("i have been on bijstand for a year", "een jaar"),
    ("is the earnings exemption only for half a year", "een half jaar"),
    ("my sister gives me 100 a year", "per jaar"),
])
def test_for_a_year_is_a_length_not_an_amount_per_year(text, gelezen):
    from actions.engels import naar_nederlands
    assert gelezen in naar_nederlands(text)


# --- opname: the English general answer says first that a stay is reported, as the Dutch does ------------------------

@pytest.mark.parametrize("text", [
    "i have to go to hospital next week, what do i do with my bijstand",
    "my wife is in hospital for 2 weeks, does that matter",
    "im going to a clinic, do i tell gemeente",
])
def test_the_english_opname_answer_opens_with_reporting_the_stay(text):
    naam, tekst = EN_DORP.eerste("opname", text)
    if naam == "utter_opname":
        assert tekst.startswith("You must report a stay in a hospital or an institution (opname) to the gemeente.")
    assert tekst_op({"response": "utter_opname"}, DAG, "en").startswith("You must report a stay")
    assert "(bijzondere bijstand)" in tekst_op({"response": "utter_opname"}, DAG, "en")


# --- signaal: the English explanation names Wegwijs as well as the rules, as the Dutch does (H4, 5336172) ------------

def test_the_english_signaal_names_what_could_be_better_in_wegwijs():
    uitleg = tekst_op({"response": "utter_signaal_uitleg"}, DAG, "en")
    assert "what could be better in Wegwijs, or where a rule does not fit" in uitleg
    assert "wat beter kan aan Wegwijs" in tekst_op({"response": "utter_signaal_uitleg"}, DAG, "nl-u")


# --- terugvordering: paying a claim in parts, in English words, is the betalingsregeling -------------------------------

@pytest.mark.parametrize("text", [
    "the gemeente wants 4000 back from me, can i pay in parts",
    "they want 2500 back, can i pay it back in small amounts",
    "i must pay back 3000 bijstand, i cannot pay it all at once",
    "can i get a payment plan for the terugvordering",
    "gemeente asks 1800 back, can i pay back a little every month",
    "Can I pay the 1200 in installments?",
])
def test_paying_a_claim_in_parts_in_english_is_the_betalingsregeling(text):
    assert EN_DORP.eerste("terugvordering", text)[0] == "utter_terugvordering_betalingsregeling"


def test_a_gift_of_a_bit_every_month_stays_a_gift():
    from actions.engels import naar_nederlands
    assert "betalen" not in naar_nederlands("my mum gives me a bit every month, is that allowed")
