"""wegwijs/namen.py: names and street addresses out, with deduce; nothing the dialogue needs.

The corpus (tests/privacy/namen_corpus.yml) was written before the filter was
built or tuned. The messages it still gets wrong are listed below by name, so
a change that fixes or breaks one shows here; `python -m bench.redactie`
prints the counts.
"""

from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest
import yaml

from wegwijs.namen import filter_
from wegwijs.redactie import redact

ROOT = Path(__file__).resolve().parents[2]
CORPUS = yaml.safe_load((Path(__file__).parent / "namen_corpus.yml").read_text(encoding="utf-8"))
# The known miss, measured when deduce came in: a lower-case name after "ik ben"
# (as ambiguous as "ik ben ziek", so no pattern of ours takes it either).
MISSES = {
    "ik ben kees bakker en ik zit in de schulden",
}


def volledig(text: str) -> str:
    """What is stored of a message: the gateway takes names out, the tracker store the rest."""
    return redact(filter_().verwijder(text))


@pytest.mark.parametrize("entry", CORPUS, ids=[e["tekst"][:40] for e in CORPUS])
def test_corpus_message(entry):
    if entry["tekst"] in MISSES:
        assert volledig(entry["tekst"]) != entry["verwacht"], "fixed: take it out of MISSES"
        return
    assert volledig(entry["tekst"]) == entry["verwacht"]


def test_corpus_has_names_addresses_and_words_that_are_no_names():
    changed = [e for e in CORPUS if e["tekst"] != e["verwacht"]]
    assert sum("[NAAM]" in e["verwacht"] for e in changed) >= 30
    assert sum("[ADRES]" in e["verwacht"] for e in changed) >= 12
    assert len(CORPUS) - len(changed) >= 35


# Blind sets (tests/nlu/blind*.yml) are never read by a developer, so their messages are never printed here: the
# words the filter takes from them are counted against a cap, the number found when the set was added (session 13:
# after the English question verbs after a full stop were fixed, one message of each new set still loses a word;
# session 14: blind_en_s13's went with the months and question verbs before a noun, the s14 sets lose none).
BLIND_GEDEELD = {"blind_s13.yml": 1}


def _messages(path: str) -> list[str]:
    messages = []
    for item in (yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}).get("nlu", []):
        for line in (item.get("examples") or "").splitlines():
            text = re.sub(r"\[([^\]]*)\][({][^)}]*[)}]", r"\1", line.strip()[2:].strip())
            if text:
                messages.append(text)
    return messages


def _files() -> list[str]:
    return sorted(glob.glob(str(ROOT / "nlu" / "*.yml")) + glob.glob(str(ROOT / "tests" / "nlu" / "*.yml")))


def test_no_message_the_assistant_learns_or_is_tested_on_loses_a_word():
    """Amounts, dates, ages, gemeenten, countries and instanties stay: the dialogue needs them."""
    readable = [m for path in _files() if not Path(path).name.startswith("blind") for m in _messages(path)]
    assert len(readable) > 3000
    changed = [(m, filter_().verwijder(m)) for m in readable if filter_().verwijder(m) != m]
    assert changed == []


def test_a_blind_set_loses_no_more_words_than_when_it_was_added():
    """Counts only: a message of a blind set is never shown."""
    counts = {Path(path).name: sum(filter_().verwijder(m) != m for m in _messages(path))
              for path in _files() if Path(path).name.startswith("blind")}
    over = {name: n for name, n in counts.items() if n > BLIND_GEDEELD.get(name, 0)}
    assert not over, f"blind sets with more messages changed by the name filter than their cap: {over}"


def test_a_button_payload_and_empty_text_pass_unchanged():
    assert filter_().verwijder("") == ""
    assert filter_().verwijder("Ja, reken het uit") == "Ja, reken het uit"


@pytest.mark.parametrize(
    ("text", "verwacht"),
    [
        ("een cursus Engels volgen, mag dat", "een cursus Engels volgen, mag dat"),
        ("mijn zus uit Poland komt logeren", "mijn zus uit Poland komt logeren"),
        ("i send money to Syria every month", "i send money to Syria every month"),
        ("ik ben Frans en ik heb schulden", "ik ben [NAAM] en ik heb schulden"),
        ("mijn broer Jordan geeft me geld", "mijn broer [NAAM] geeft me geld"),
        ("Engels aub", "Engels aub"),
        ("Nederlands graag!", "Nederlands graag!"),
        ("My WW from UWV ends next month", "My WW from UWV ends next month"),
        # an English question verb after a full stop, or before an article or "gemeente" (session 13)
        ("My son lives with me. Does he count for the kostendelersnorm?",
         "My son lives with me. Does he count for the kostendelersnorm?"),
        ("Can gemeente force you to do unpaid work?", "Can gemeente force you to do unpaid work?"),
        ("I think it was wrong. Can I still fight it?", "I think it was wrong. Can I still fight it?"),
        ("Engels is mijn achternaam", "[NAAM] is mijn achternaam"),
        ("groet, J. de Vries", "groet, [NAAM]"),
        ("Met vriendelijke groet, Frans", "Met vriendelijke groet, [NAAM]"),
    ],
)
def test_a_country_or_language_after_naar_from_or_cursus_stays_a_name_after_ben_goes(text, verwacht):
    """deduce's name lists hold 'Engels' and 'Poland'; after 'cursus' or 'from' they are no person (session 6)."""
    assert filter_().verwijder(text) == verwacht


@pytest.mark.parametrize(
    ("text", "verwacht"),
    [
        ("Can we continue in English?", "Can we continue in English?"),
        ("Can I get bijstand if I work?", "Can I get bijstand if I work?"),
        ("May I go abroad for 3 weeks?", "May I go abroad for 3 weeks?"),
        ("mijn broer Can woont bij mij", "mijn broer [NAAM] woont bij mij"),
        ("Can woont bij mij, telt hij mee?", "[NAAM] woont bij mij, telt hij mee?"),
        ("Can is mijn zoon van 28", "[NAAM] is mijn zoon van 28"),
        # before a noun (session 14): the verb opens the sentence, the next word is no Dutch word
        ("Does food from the voedselbank count as a gift?", "Does food from the voedselbank count as a gift?"),
        ("Can family pay my rent without problems?", "Can family pay my rent without problems?"),
        ("Thanks. Will rent go up next year?", "Thanks. Will rent go up next year?"),
    ],
)
def test_an_english_question_keeps_its_first_verb_a_name_still_goes(text, verwacht):
    """deduce's first names hold 'Can' and 'May': 'Can we continue in English?' lost its verb (session 10)."""
    assert filter_().verwijder(text) == verwacht


@pytest.mark.parametrize(
    ("text", "verwacht"),
    [
        ("Started 1 July with 18 hours a week", "Started 1 July with 18 hours a week"),
        ("we go to Spain one week in May and 2 weeks in August", "we go to Spain one week in May and 2 weeks in August"),
        ("in a clinic since August, what happens", "in a clinic since August, what happens"),
        ("vakantiegeld komt in Mei, per 1 Juni werk ik", "vakantiegeld komt in Mei, per 1 Juni werk ik"),
        ("June 3 I start a job", "June 3 I start a job"),
        ("mijn vriendin June woont bij mij", "mijn vriendin [NAAM] woont bij mij"),
        ("August helpt mij met de brief", "[NAAM] helpt mij met de brief"),
    ],
)
def test_a_month_where_a_date_is_written_is_no_name(text, verwacht):
    """deduce's first names hold 'May', 'June', 'August': 'Started 1 July' lost its month (session 14)."""
    assert filter_().verwijder(text) == verwacht


@pytest.mark.parametrize(
    ("text", "verwacht"),
    [
        ("I was in Italy 2-9 June and 4-11 August. Can I still go 18-23 December?",
         "I was in Italy 2-9 June and 4-11 August. Can I still go 18-23 December?"),
        ("my sister is in a rehab clinic since July. Does her bijstand stop?",
         "my sister is in a rehab clinic since July. Does her bijstand stop?"),
        ("Mijn vriend Ahmed. Hij woont bij mij.", "Mijn vriend [NAAM]. Hij woont bij mij."),
        ("Ik was bij Dhr. de Vries. Hij zei nee.", "Ik was bij Dhr. [NAAM]. Hij zei nee."),
    ],
)
def test_a_name_never_runs_across_the_end_of_a_sentence(text, verwacht):
    """deduce took 'August. Can' and 'August. Does' for one name (month + the next sentence's verb), so the stack
    sent '1-8 [NAAM] I go' and 'since [NAAM] his bijstand': each sentence's part is judged on its own (session 14)."""
    assert filter_().verwijder(text) == verwacht
