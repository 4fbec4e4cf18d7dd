"""Plain Dutch, checked: every response text at B1 level (Flesch-Douma).

Only the Dutch variants (varianten.NEDERLANDSE_VARIANTEN): the English texts have
their own check with the English formula (tests/test_engels.py)."""

from __future__ import annotations

import re

import pytest
import textstat

from knowledge import varianten
from knowledge.teksten import alle_teksten, sleutel_in
from wegwijs.responses import all_responses, variant_of, variation_for

MIN_SCORE = 50
MIN_AVERAGE = 65
MAX_WORDS_PER_SENTENCE = 20
MIN_WORDS_TO_SCORE = 5  # a button label like "Versturen" has no sentence to score
PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")
# Placeholders filled with long texts from knowledge/teksten.yml, which has its own check below.
WHOLE_TEXT_PLACEHOLDERS = {"{waarom}", "{aannames}", "{plichten}", "{opties}", "{uitkomst}", "{fout}"}

textstat.set_lang("nl")


def label(name: str, variation: dict) -> str:
    return name if variant_of(variation) == varianten.STANDAARD else f"{name} ({variant_of(variation)})"


def scored_texts(variant: str | None = None) -> list[tuple[str, str]]:
    """Every variation of every response (every variant), or only those one variant sees."""
    texts = []
    for name, variations in all_responses().items():
        for variation in variations if variant is None else [variation_for(variations, variant)]:
            if variant_of(variation) not in varianten.NEDERLANDSE_VARIANTEN:
                continue
            text = PLACEHOLDER.sub("dit", variation["text"])
            if len(text.split()) >= MIN_WORDS_TO_SCORE:
                texts.append((label(name, variation), text))
    return texts


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", text) if s.strip()]


# --- knowledge/teksten.yml: the explanations inside a result ("Waarom? ...") -----------

def explanations(variant: str | None = None) -> list[tuple[str, str]]:
    """The explanation texts that address the reader (those with a version in another variant than
    the standard), as one variant reads them, or in every variant."""
    alle = {k: v for k, v in alle_teksten().items() if isinstance(v, str)}
    eigen = {k.split(".", 1)[1] for k in alle if k.split(".", 1)[0] in varianten.NEDERLANDSE_VARIANTEN}
    texts = {}
    for v in varianten.NEDERLANDSE_VARIANTEN if variant is None else [variant]:
        for sleutel in sorted(eigen):
            gekozen = sleutel_in(varianten.kies(v, lambda w: sleutel_in(w, sleutel) in alle), sleutel)
            texts[gekozen] = alle[gekozen]
    return [(k, PLACEHOLDER.sub("dit", t)) for k, t in texts.items() if len(t.split()) >= MIN_WORDS_TO_SCORE]


def every_explanation() -> list[tuple[str, str]]:
    return [(k, PLACEHOLDER.sub("dit", v)) for k, v in alle_teksten().items() if isinstance(v, str) and v]


# --- gateway/overzicht.yml: the texts of "Mijn overzicht" --------------------------------------

def overzicht_texts() -> list[tuple[str, str]]:
    """Every text of the overzicht as each variant reads it (nl-je falls back to nl-u)."""
    from gateway.overzicht import Teksten, gegevens

    def keys(tree: dict, prefix: str = "") -> list[str]:
        return [k for key, value in tree.items()
                for k in (keys(value, f"{prefix}{key}.") if isinstance(value, dict) else [f"{prefix}{key}"])]

    texts = {}
    for variant in varianten.NEDERLANDSE_VARIANTEN:
        t = Teksten(variant)
        for key in keys(gegevens()[varianten.STANDAARD]):
            texts[f"overzicht.yml {key} ({variant})"] = PLACEHOLDER.sub("dit", t(key))
    return list(texts.items())


def every_scored_text() -> list[tuple[str, str]]:
    """The responses in bot/domain/, the explanations in knowledge/teksten.yml and the overzicht, every variant."""
    overzicht = [(key, text) for key, text in overzicht_texts() if len(text.split()) >= MIN_WORDS_TO_SCORE]
    return scored_texts() + [(f"teksten.yml {key}", text) for key, text in explanations()] + overzicht


def every_text() -> list[tuple[str, str]]:
    return scored_texts() + [(f"teksten.yml {key}", text) for key, text in every_explanation()] + overzicht_texts()


@pytest.mark.parametrize("name, text", every_scored_text())
def test_each_text_is_easy_to_read(name, text):
    score = textstat.flesch_reading_ease(text)
    assert score >= MIN_SCORE, f"{name}: Flesch-Douma {score:.0f} < {MIN_SCORE}"


@pytest.mark.parametrize("name, text", every_text())
def test_no_sentence_is_longer_than_twenty_words(name, text):
    long = [s for s in sentences(text) if len(s.split()) > MAX_WORDS_PER_SENTENCE]
    assert not long, f"{name}: split these sentences: {long}"


@pytest.mark.parametrize("variant", varianten.NEDERLANDSE_VARIANTEN)
def test_average_is_b1(variant):
    scores = [textstat.flesch_reading_ease(text) for _, text in scored_texts(variant)]
    assert sum(scores) / len(scores) >= MIN_AVERAGE, f"{variant}: {sum(scores) / len(scores):.0f}"


def test_the_je_texts_are_scored_too():
    je = [name for name, _ in scored_texts() if name.endswith("(nl-je)")]
    assert len(je) > 50 and "utter_welkom (nl-je)" in je
    assert any(key.startswith("nl-je.") for key, _ in explanations("nl-je"))


@pytest.mark.parametrize("variant", varianten.NEDERLANDSE_VARIANTEN)
def test_explanations_average_is_b1(variant):
    scores = [textstat.flesch_reading_ease(t) for _, t in explanations(variant)]
    assert sum(scores) / len(scores) >= MIN_AVERAGE


def test_the_score_tells_hard_from_easy():
    easy = "U krijgt geld. Dat mag u houden. Geef het door aan de gemeente."
    hard = ("Overeenkomstig de toepasselijke bepalingen aangaande de inlichtingenverplichting "
            "dient belanghebbende onverwijld mededeling te doen van alle omstandigheden.")
    assert textstat.flesch_reading_ease(easy) >= MIN_AVERAGE > textstat.flesch_reading_ease(hard)
