"""Session 21 (H6): English answers on the other topics answer first. One '# --- <topic>: ...' section per fix."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import GEMEENTE, OpPeildatum

# the day the session-21 sets were written for (a Tuesday)
EN_8 = OpPeildatum("2026-12-08", GEMEENTE, "en")
NL_8 = OpPeildatum("2026-12-08", GEMEENTE, "nl-je")


# --- bezwaar: "can i still object today" beside the decision's date is the day one asks, not a second date ----------

@pytest.mark.parametrize("text, einde", [
    ("i got a letter dated 27 october that they lower my bijstand. can i still make bezwaar today?", "8 December 2026"),
    ("the decision came on 30 october, is it too late to object today?", "11 December 2026"),
    ("Today i read the letter from 5 november about my maatregel, can i still do bezwaar", "17 December 2026"),
    ("my mother got a besluit dated 2 november. can she object today still?", "14 December 2026"),
])
def test_a_dated_decision_and_today_in_english_get_the_last_day(text, einde):
    naam, tekst = EN_8.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd"
    assert tekst.startswith("Yes, you still can.") and f"the last day is {einde}" in tekst


@pytest.mark.parametrize("text, einde", [
    ("ik kreeg een brief van 27 oktober, kan ik vandaag nog bezwaar maken?", "8 december 2026"),
    ("besluit van 30 oktober, kan ik nog vandaag bezwaar maken", "11 december 2026"),
])
def test_a_dated_decision_and_vandaag_in_dutch_get_the_last_day(text, einde):
    naam, tekst = NL_8.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd" and f"de laatste dag {einde}" in tekst


def test_a_letter_of_today_alone_is_todays_decision():
    naam, tekst = NL_8.eerste("bezwaar", "ik kreeg vandaag een brief, hoe lang heb ik voor bezwaar")
    assert naam == "utter_bezwaar_op_tijd" and "besluit is van 8 december 2026" in tekst  # (a day named, H4)


# --- samenwonen: moving in with a partner is the partner-moves-in answer (the partner's income counts) ----------------

@pytest.mark.parametrize("text", [
    "if i move in with my girlfriend who works full time, what happen to my bijstand",
    "Im planning to move in with my boyfriend, he has a job. what happens to my uitkering",
    "we are gonna live together with my fiancee next month, does my bijstand stop",
    "my son wants to know: if he goes to live with his girlfriend who earns well, what happens with his bijstand",
])
def test_moving_in_with_a_partner_in_english_says_the_partners_income_counts(text):
    naam, tekst = EN_8.eerste("samenwonen", text)
    assert naam == "utter_samenwonen_partner_komt"
    assert "Your partner's income counts" in tekst


@pytest.mark.parametrize("text", [
    "als ik ga samenwonen met mijn vriendin die fulltime werkt, wat gebeurt er met mijn bijstand",
    "ik wil samen gaan wonen met mn vriend, hij werkt. wat gebeurt er dan",
    "wij zijn van plan samenwonen met m'n verloofde, hou ik mijn uitkering?",
])
def test_gaan_samenwonen_met_mijn_partner_is_the_partner_moves_in_answer(text):
    assert NL_8.eerste("samenwonen", text)[0] == "utter_samenwonen_partner_komt"


@pytest.mark.parametrize("text, nederlands", [
    ("i live with my partner", "ik woon samen met mijn partner"),
    ("they say i live with my boyfriend so they stop everything, but he only visits", "ik woon samen met mijn vriend"),
    ("can i live with my girlfriend and keep bijstand", "ik ga samenwonen met mijn vriendin"),
    ("we're going to live with our partner", "ik ga samenwonen met mijn partner"),
])
def test_living_with_a_partner_now_is_not_a_move(text, nederlands):
    from actions.engels import naar_nederlands
    assert nederlands in naar_nederlands(text)


def test_living_with_a_partner_now_keeps_the_general_answer():
    assert EN_8.eerste("samenwonen", "i live with my partner, is that a problem")[0] == "utter_samenwonen"


def test_the_english_samenwonen_answer_says_the_partners_income_counts_as_the_dutch_does():
    from tests.actions.eerste_antwoord import tekst_op
    en = tekst_op({"response": "utter_samenwonen"}, EN_8.dag, "en")
    assert "Does your partner have an income, such as pay? Then it counts. You then get less bijstand, or none." in en
    assert "Heeft uw partner inkomen, zoals loon? Dan telt dat mee." in tekst_op({"response": "utter_samenwonen"},
                                                                               EN_8.dag, "nl-u")


@pytest.mark.parametrize("text", [
    "mijn zoon gaat samenwonen met zijn vriendin die goed verdient, wat gebeurt er met zijn bijstand",
    "mijn dochter wil samenwonen met haar vriend, hij heeft een baan",
])
def test_a_son_or_daughter_who_moves_in_with_a_partner_in_dutch(text):
    assert NL_8.eerste("samenwonen", text)[0] == "utter_samenwonen_partner_komt"


def test_my_daughter_moving_in_with_her_boyfriend_in_english():
    assert EN_8.eerste("samenwonen", "my daughter will move in with her boyfriend, does her bijstand stop")[0] == \
        "utter_samenwonen_partner_komt"


# --- verhuizen: reporting a new address or a move is answered how, first (not only the move to another gemeente) ---

@pytest.mark.parametrize("text", [
    "new address, how to give it to gemeente",
    "i have a new adress, must i report it?",
    "where do i report my move",
    "I am moving next month to another street in the same town, what must i do",
    "my mother moves to a new flat in her town, what must she report",
])
def test_reporting_a_new_address_in_english_says_how_first(text):
    naam, tekst = EN_8.eerste("verhuizen", text)
    assert naam == "utter_verhuizen_doorgeven"
    assert tekst.startswith("Report your new address in time, before you move.") and "BRP" in tekst


@pytest.mark.parametrize("text", [
    "nieuw adres, hoe geef ik dat door",
    "ik verhuis binnen de gemeente, moet ik iets doen",
    "mn nieuwe adres doorgeven aan de sociale dienst, hoe",
])
def test_een_nieuw_adres_doorgeven_in_dutch_says_how_first(text):
    naam, tekst = NL_8.eerste("verhuizen", text)
    assert naam == "utter_verhuizen_doorgeven" and tekst.startswith("Geef je nieuwe adres op tijd door")


@pytest.mark.parametrize("intent, text, naam", [
    ("verhuizen", "i go live in other city, what happen with bijstand", "utter_verhuizen"),
    ("verhuizen", "ik ga verhuizen naar een andere gemeente, moet ik dat melden", "utter_verhuizen"),
    ("inlichtingenplicht", "my son moved out last week, must I tell gemeente", "utter_inlichtingenplicht"),
])
def test_a_move_to_another_gemeente_or_someone_moving_out_keeps_its_answer(intent, text, naam):
    variant = "en" if " i " in f" {text.lower()} " or "my " in text else "nl-je"
    assert EN_8.eerste(intent, text, variant)[0] == naam


def test_a_model_without_the_new_text_says_utter_verhuizen():
    from actions.feiten_uit_bericht import TERUGVAL
    assert TERUGVAL["utter_verhuizen_doorgeven"] == "utter_verhuizen"


# --- terugvordering: 'the gemeente wants 4000 back' read as debts is the gemeente's claim (session 20's leftover) ------

@pytest.mark.parametrize("text, variant", [
    ("the gemeente wants 4000 back from me, what can i do", "en"),
    ("gemeente says i must pay back 2500 bijstand, help", "en"),
    ("my mother: the sociale dienst wants 1800 back from her, what now", "en"),
    ("de gemeente wil 4000 euro terug van mij, wat kan ik doen", "nl-je"),
])
def test_the_gemeente_wanting_money_back_read_as_debts_is_the_claim(text, variant):
    assert EN_8.eerste("schulden", text, variant)[0] == "utter_terugvordering"


def test_other_debts_beside_the_claim_keep_the_debt_help():
    text = "i have debts with the bank and the gemeente wants 300 back, i need debt help"
    assert EN_8.eerste("schulden", text)[0] == "utter_schulden"


# --- verhuizen: the English answer on moving costs names the furnishing and the loan, as the Dutch does --------------

def test_the_english_moving_costs_answer_names_furnishing_as_the_dutch_does():
    from tests.actions.eerste_antwoord import tekst_op
    en = tekst_op({"response": "utter_verhuizen_kosten"}, EN_8.dag, "en")
    nl = tekst_op({"response": "utter_verhuizen_kosten"}, EN_8.dag, "nl-u")
    assert "inrichting van uw nieuwe huis" in nl and "als lening" in nl
    assert "For furnishing your new home, such as a floor and curtains" in en and "as a loan" in en
