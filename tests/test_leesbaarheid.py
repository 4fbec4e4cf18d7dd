"""Plain Dutch, checked: every response text at B1 level (Flesch-Douma)."""

from __future__ import annotations

import re

import pytest
import textstat

from wegwijs.responses import all_responses

MIN_SCORE = 50
MIN_AVERAGE = 65
MAX_WORDS_PER_SENTENCE = 20
MIN_WORDS_TO_SCORE = 5  # a button label like "Versturen" has no sentence to score
PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")
# Placeholders filled with long texts from knowledge/teksten.yml, which has its own check.
WHOLE_TEXT_PLACEHOLDERS = {"{waarom}", "{aannames}", "{plichten}", "{opties}", "{uitkomst}", "{fout}"}

textstat.set_lang("nl")


def scored_texts() -> list[tuple[str, str]]:
    texts = []
    for name, variants in all_responses().items():
        for variant in variants:
            text = PLACEHOLDER.sub("dit", variant["text"])
            if len(text.split()) >= MIN_WORDS_TO_SCORE:
                texts.append((name, text))
    return texts


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", text) if s.strip()]


@pytest.mark.parametrize("name, text", scored_texts())
def test_each_response_is_easy_to_read(name, text):
    score = textstat.flesch_reading_ease(text)
    assert score >= MIN_SCORE, f"{name}: Flesch-Douma {score:.0f} < {MIN_SCORE}"


@pytest.mark.parametrize("name, text", scored_texts())
def test_no_sentence_is_longer_than_twenty_words(name, text):
    long = [s for s in sentences(text) if len(s.split()) > MAX_WORDS_PER_SENTENCE]
    assert not long, f"{name}: split these sentences: {long}"


def test_average_is_b1():
    scores = [textstat.flesch_reading_ease(text) for _, text in scored_texts()]
    assert sum(scores) / len(scores) >= MIN_AVERAGE


def test_the_score_tells_hard_from_easy():
    easy = "U krijgt geld. Dat mag u houden. Geef het door aan de gemeente."
    hard = ("Overeenkomstig de toepasselijke bepalingen aangaande de inlichtingenverplichting "
            "dient belanghebbende onverwijld mededeling te doen van alle omstandigheden.")
    assert textstat.flesch_reading_ease(easy) >= MIN_AVERAGE > textstat.flesch_reading_ease(hard)
