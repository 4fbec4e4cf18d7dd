"""Plain Dutch, checked: every response text at B1 level (Flesch-Douma)."""

from __future__ import annotations

import re

import pytest
import textstat

from knowledge.teksten import JE, alle_teksten
from wegwijs.responses import aanspreekvorm_of, all_responses

MIN_SCORE = 50
MIN_AVERAGE = 65
MAX_WORDS_PER_SENTENCE = 20
MIN_WORDS_TO_SCORE = 5  # a button label like "Versturen" has no sentence to score
PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")
# Placeholders filled with long texts from knowledge/teksten.yml, which has its own check below.
WHOLE_TEXT_PLACEHOLDERS = {"{waarom}", "{aannames}", "{plichten}", "{opties}", "{uitkomst}", "{fout}"}
AANSPREEKVORMEN = ("u", "je")  # every text exists in "u"; gemeenten with `aanspreekvorm: je` get the je text

textstat.set_lang("nl")


def scored_texts(vorm: str | None = None) -> list[tuple[str, str]]:
    """Every variation of every response (both "u" and "je"), or only those one aanspreekvorm sees."""
    texts = []
    for name, variants in all_responses().items():
        for variant in variants:
            if vorm and aanspreekvorm_of(variant) != vorm and not (vorm == "je" and len(variants) == 1):
                continue
            text = PLACEHOLDER.sub("dit", variant["text"])
            if len(text.split()) >= MIN_WORDS_TO_SCORE:
                label = name if aanspreekvorm_of(variant) == "u" else f"{name} (je)"
                texts.append((label, text))
    return texts


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", text) if s.strip()]


# --- knowledge/teksten.yml: the explanations inside a result ("Waarom? ...") -----------

def explanations() -> list[tuple[str, str]]:
    """The explanation texts that address the reader, in both forms: the "u" text and its je version."""
    alle = {k: v for k, v in alle_teksten().items() if isinstance(v, str)}
    met_je = {k.removeprefix(JE) for k in alle if k.startswith(JE)}
    texts = [(k, alle[k]) for k in sorted(met_je)] + [(JE + k, alle[JE + k]) for k in sorted(met_je)]
    return [(k, PLACEHOLDER.sub("dit", v)) for k, v in texts if len(v.split()) >= MIN_WORDS_TO_SCORE]


def every_explanation() -> list[tuple[str, str]]:
    return [(k, PLACEHOLDER.sub("dit", v)) for k, v in alle_teksten().items() if isinstance(v, str) and v]


def every_scored_text() -> list[tuple[str, str]]:
    """The responses in bot/domain/ and the explanations in knowledge/teksten.yml, both forms."""
    return scored_texts() + [(f"teksten.yml {key}", text) for key, text in explanations()]


def every_text() -> list[tuple[str, str]]:
    return scored_texts() + [(f"teksten.yml {key}", text) for key, text in every_explanation()]


@pytest.mark.parametrize("name, text", every_scored_text())
def test_each_text_is_easy_to_read(name, text):
    score = textstat.flesch_reading_ease(text)
    assert score >= MIN_SCORE, f"{name}: Flesch-Douma {score:.0f} < {MIN_SCORE}"


@pytest.mark.parametrize("name, text", every_text())
def test_no_sentence_is_longer_than_twenty_words(name, text):
    long = [s for s in sentences(text) if len(s.split()) > MAX_WORDS_PER_SENTENCE]
    assert not long, f"{name}: split these sentences: {long}"


@pytest.mark.parametrize("vorm", AANSPREEKVORMEN)
def test_average_is_b1(vorm):
    scores = [textstat.flesch_reading_ease(text) for _, text in scored_texts(vorm)]
    assert sum(scores) / len(scores) >= MIN_AVERAGE, f"{vorm}: {sum(scores) / len(scores):.0f}"


def test_the_je_texts_are_scored_too():
    je = [name for name, _ in scored_texts() if name.endswith("(je)")]
    assert len(je) > 50 and "utter_welkom (je)" in je


@pytest.mark.parametrize("vorm", AANSPREEKVORMEN)
def test_explanations_average_is_b1(vorm):
    scores = [textstat.flesch_reading_ease(t) for k, t in explanations() if k.startswith(JE) == (vorm == "je")]
    assert sum(scores) / len(scores) >= MIN_AVERAGE


def test_the_score_tells_hard_from_easy():
    easy = "U krijgt geld. Dat mag u houden. Geef het door aan de gemeente."
    hard = ("Overeenkomstig de toepasselijke bepalingen aangaande de inlichtingenverplichting "
            "dient belanghebbende onverwijld mededeling te doen van alle omstandigheden.")
    assert textstat.flesch_reading_ease(easy) >= MIN_AVERAGE > textstat.flesch_reading_ease(hard)
