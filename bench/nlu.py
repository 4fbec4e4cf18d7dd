#!/usr/bin/env python
"""NLU benchmark for Wegwijs.

Trains an NLU-only model from nlu/ with config.yml (unless --model is given),
evaluates it on two test sets that were never trained on and prints, per set:

* tests/nlu/heldout.yml: held out by the developers (they have seen nlu/);
* older tuning sets (heldout_s4-s7, afstemmen_s8-s10; English afstemmen_en and _s5-_s10): written
  blind by writers who never saw nlu/, measured, then tuned on in sessions 4-10; retired into nlu/
  as training examples in session 12 (relabelled by the labelling rule below, near copies of every
  remaining set dropped): residents' own way of writing is what the model must learn, and they had
  stopped being evidence. Their numbers stay in docs/benchmarks.md and their files in git history;
* the Dutch afstemmen_s11 and afstemmen_s12: retired into nlu/ the same way in session 13, afstemmen_s13 in session 14,
  afstemmen_s14 in session 15 (nlu/bewoners_s14_*.yml), afstemmen_s15 in session 16 (nlu/bewoners_s15_*.yml),
  afstemmen_s16 in session 17 (nlu/bewoners_s16_*.yml), afstemmen_s17 in session 18 (nlu/bewoners_s17_*.yml),
  afstemmen_s18 in session 19 (nlu/bewoners_s18_*.yml), afstemmen_s19 in session 20 (nlu/bewoners_s19_*.yml),
  afstemmen_s20 in session 21 (nlu/bewoners_s20_*.yml);
* the English afstemmen_en_s13: retired into nlu/en/ the same way in session 14, afstemmen_en_s14 in session 15,
  afstemmen_en_s15 in session 16 (nlu/en/bewoners_s15_*.yml), afstemmen_en_s16 in session 17 (nlu/en/bewoners_s16_*.yml),
  afstemmen_en_s17 in session 18 (nlu/en/bewoners_s17_*.yml), afstemmen_en_s18 in session 19 (nlu/en/bewoners_s18_*.yml),
  afstemmen_en_s19 in session 20 (nlu/en/bewoners_s19_*.yml), afstemmen_en_s20 in session 21 (nlu/en/bewoners_s20_*.yml);
* tests/nlu/afstemmen_s21.yml (and the English afstemmen_en_*): tuning sets written blind
  before each session's changes; measured first on the session-start model, then tuned on;
* tests/nlu/blind_s7.yml and blind_en_s7.yml: written blind in session 7 (e194d68, de9fe4f) by
  a second writer at the same time, before any change; kept blind through that session and
  after: numbers only, like blind.yml;
* tests/nlu/blind_s8.yml and blind_en_s8.yml: written blind in session 8 (dc8ad53, ea51a28) by
  another writer at the same time, before any change; kept blind: numbers only;
* tests/nlu/blind_s11.yml: written blind in session 11 by another writer at the same time as the
  tuning sets afstemmen_s11 and afstemmen_en_s11, before any change; kept blind: numbers only;
* tests/nlu/blind_s12.yml and blind_en_s12.yml: written blind in session 12 by two more writers at the
  same time as the tuning sets afstemmen_s12 and afstemmen_en_s12, before any change; numbers only;
* tests/nlu/blind.yml: written blind, by someone who had not seen nlu/ or the
  bot's texts and was given only the topic list and the people in the seeds
  (its nlu_fallback part: gibberish and other languages, which must NOT be
  read as a topic). Never tune on it, and never train on it: like
  blind_en.yml it is measured as numbers only (ALLEEN_GETALLEN).

Labelling rule (session 6; nlu/ and every set follow it, the blind writers' rule): a message that gives
the person's OWN facts that a calculator works with (an amount received or earned, hours, ages, the
household or children, health or care for the duties, dates or length of a trip) and wants the
outcome for them (how much they keep or get, whether their own amount or trip is allowed, how many
days are left, which duties apply to them) is `bereken_X`: "ik verdien 450 euro, hoeveel mag ik
houden", "mn moeder geeft me 100 per maand mag dat", "ik wil 5 weken naar marokko mag dat", "ik heb
een dochter van 3 moet ik werken". A general question without own facts, a question about what a
rule means, whether or how to report or apply, or a complaint is the topic X ("hoeveel mag je
bijverdienen", "moet ik mijn vakantie melden", "mijn zoon van 24 woont bij mij, telt hij mee" is
kostendelersnorm: whether someone counts, not how much). The calculator intents answer first with
the facts given (847f8e1), so both labels get the person's own answer.

Conventions settled in session 11 (/work/notes/onderwerpen.md; earlier sets disagreed on them, nlu/ follows
them since session 11):
* under 27 and the 4 weeks of looking for work before the bijstand can start (zoektermijn, "moet ik 4 weken
  wachten"): jongeren, not aanvraag, participatieplicht or bereken_plichten;
* why young people (18-20) get less bijstand: jongeren (how much they get stays bijstandsnorm / bereken_norm);
* duties (solliciteren, werken) of someone at or past the AOW age: aow_aio; what the AIO is, or the SVB's
  top-up asked by name: aow_aio. How much someone at or past the AOW age gets stays bereken_norm (own facts)
  or bijstandsnorm (general), as 18 of the 20 such messages in the tuning sets are labelled; the answer gives
  the AIO from the SVB for either intent. (A first version of this rule moved those amounts to aow_aio;
  43 training lines went back the same day.) Before the AOW age ("ik ben 66, nog geen aow") duties keep
  bereken_plichten;
* own health or own care duties with "which duties apply to me / do I still have to work / can I get
  vrijstelling": bereken_plichten; the general "moet je werken als je ziek bent" without own situation:
  participatieplicht;
* lottery winnings, a large sum received at once (not a gift from family): erfenis; whether to report a
  small prize stays inlichtingenplicht.

Conventions settled in session 12 (onderwerpen.md; nlu/ and the retired sets follow them):
* the costs of moving house (verhuiskosten, a van, help paying a move, furnishing the new home because of the
  move): verhuizen, as the tuning sets of sessions 8-11 label it (the verhuizen answer names bijzondere bijstand
  for the costs); costs not tied to a move (a broken fridge, glasses, the dentist): bijzondere_bijstand;
* people of 64-66 whose AOW has not started yet and who ask how much they get or what they must do now: the
  topic or calculator of the question (bijstandsnorm / bereken_norm, participatieplicht / bereken_plichten);
  aow_aio only for the AOW age, the AIO or the time after the AOW starts.

Convention settled in session 14 (onderwerpen.md; nlu/ follows it): furnishing or equipping a home (the first home
of a statushouder, a floor, curtains, white goods) WITHOUT a move between homes is bijzondere_bijstand; the costs of
moving house (verhuiskosten, a move to another gemeente, what to arrange) stay verhuizen.

For each set:

* intent accuracy and macro-F1 (the final intent, so nlu_fallback counts as
  wrong), plus the accuracy of DIET's top non-fallback intent;
* the most frequent confusion pairs and every misclassified example;
* precision / recall of the `bedrag` entity (exact span and overlapping span);
* training time, memory (RSS) of the loaded model, p50/p95 parse latency.

A message in another language gets the intent `andere_taal` (wegwijs/rasa/
taalfilter.py: a short fixed text in that language with the phone line and a
tolk). That reply is right where the set expects "not understood" or the taal
topic, so `andere_taal` counts as correct for the gold intents in
ANDERE_TAAL_GOED; the run prints how many predictions that concerns. A typed language switch
("English please", "in het nederlands aub") is decided by the gateway before Rasa (wegwijs/taalkeuze.py
gevraagde_taal): such a message counts as predicted `taal_kiezen`, as the product handles it (nlu/ has no
examples of that intent); the run prints how many.

Then tests/nlu/talen.yml (messages in Arabic, Turkish, Polish, Ukrainian,
Tigrinya, English, and gibberish): the share recognised as that language or as
gibberish, and the false positives: Dutch messages (its short Dutch list, the
held-out set and every training example) taken for another language or gibberish.

Before anything else it checks that no test example is an exact or near
duplicate of a training example and exits with status 2 if one is.
`--sinds OLD_NLU` only names the new training examples (against an older nlu/)
that make a message of a blind-written set a (near) copy, never that message,
so they can be taken out before training.

English (issue #15, `--taal en`): the same for tests/nlu/heldout_en.yml (held out by
the helper who wrote nlu/en/), the tuning set afstemmen_en_s21.yml (afstemmen_en_s11.yml
and _s12.yml were retired into nlu/en/ as training data in session 13, afstemmen_en_s13.yml in session 14, afstemmen_en_s14.yml in
session 15, afstemmen_en_s15.yml in session 16, afstemmen_en_s16.yml in session 17, afstemmen_en_s17.yml in session 18, afstemmen_en_s18.yml in session 19, afstemmen_en_s19.yml in session 20, afstemmen_en_s20.yml in session 21, like the older ones in session 12) and the blind sets blind_en.yml, blind_en_s7.yml, blind_en_s8.yml,
blind_en_s12.yml, blind_en_s13.yml, blind_en_s14.yml, blind_en_s15.yml, blind_en_s16.yml, blind_en_s17.yml, blind_en_s18.yml, blind_en_s19.yml, blind_en_s20.yml and blind_en_s21.yml. The blind
English set is measured as numbers only: its messages, confusions and failures are
neither printed nor written to --json, so nobody tunes on them.

Usage (with the project venv python):
    python bench/nlu.py [--model PATH] [--heldout FILE ...] [--taal en] [--min-accuracy 0.95] [--json out.json]
"""
from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
ENTITY = "bedrag"
FALLBACK = "nlu_fallback"
NEAR_RATIO = 0.90  # difflib ratio at or above which two texts count as near duplicates
NEAR_MIN_LEN = 12  # ratio check only for normalised texts at least this long
# Sets written blind: a (near) duplicate of a training example there is chance, not a leak; it is left out.
BLIND_SETS = {"blind.yml", "blind_en.yml", "blind_s7.yml", "blind_en_s7.yml", "blind_s8.yml", "blind_en_s8.yml",
              "blind_s11.yml", "blind_s12.yml", "blind_en_s12.yml", "blind_s13.yml", "blind_en_s13.yml",
              "blind_s14.yml", "blind_en_s14.yml", "blind_s15.yml", "blind_en_s15.yml",
              "blind_s16.yml", "blind_en_s16.yml", "blind_s17.yml", "blind_en_s17.yml", "blind_s18.yml", "blind_en_s18.yml",
              "blind_s19.yml", "blind_en_s19.yml",
              "blind_s20.yml", "blind_en_s20.yml",
              "blind_s21.yml", "blind_en_s21.yml"}
# Tuning sets written blind too (without seeing nlu/): their chance duplicates are left out the same way. The
# count printed for them must not grow while tuning: a new one would be a training example copied from the set.
GESCHREVEN_ZONDER_NLU = BLIND_SETS | {"afstemmen_s21.yml", "afstemmen_en_s21.yml"}
# For these the rule is enforced: the number of chance duplicates when the set was committed, each on the nlu/ of
# that moment. A run that finds more fails like a held-out set that overlaps.
TOEVALLIG_GEDEELD = {# session 7, on nlu/ of d45b3ff, kept blind (e194d68, de9fe4f; only their counts are printed)
                     "blind_s7.yml": 98, "blind_en_s7.yml": 17,
                     # session 8, on nlu/ of d112dbf, kept blind (dc8ad53, ea51a28)
                     "blind_s8.yml": 121, "blind_en_s8.yml": 30,
                     # session 11, on nlu/ of 3bcd95e: the tuning sets afstemmen_s11 and afstemmen_en_s11 and the blind
                     # blind_s11 (all written blind before any change; only the blind set's count is printed)
                     "blind_s11.yml": 111,
                     # session 12, on nlu/ of b81b85f: the tuning sets afstemmen_s12 and afstemmen_en_s12 and the blind
                     # blind_s12 and blind_en_s12 (all written blind before any change)
                     "blind_s12.yml": 124, "blind_en_s12.yml": 58,
                     # session 13, on nlu/ of 94a8905: the tuning sets afstemmen_s13 and afstemmen_en_s13 and the blind
                     # blind_s13 and blind_en_s13 (all written blind before any change)
                     "blind_s13.yml": 104, "blind_en_s13.yml": 51,
                     # session 14, on nlu/ of c2fe6a0: the tuning sets afstemmen_s14 and afstemmen_en_s14 and the blind
                     # blind_s14 and blind_en_s14 (all written blind before any change)
                     "blind_s14.yml": 126, "blind_en_s14.yml": 57,
                     # session 15, on nlu/ of 3e8ea8f: the tuning sets afstemmen_s15 and afstemmen_en_s15 and the blind
                     # blind_s15 and blind_en_s15 (all written blind before any change)
                     "blind_s15.yml": 159, "blind_en_s15.yml": 83,
                     # session 16, on nlu/ of 24af79e: the tuning sets afstemmen_s16 and afstemmen_en_s16 and the blind
                     # blind_s16 and blind_en_s16 (all written blind before any change)
                     "blind_s16.yml": 128, "blind_en_s16.yml": 85,
                     # session 17, on nlu/ of 59d6f86: the tuning sets afstemmen_s17 and afstemmen_en_s17 and the blind
                     # blind_s17 and blind_en_s17 (all written blind before any change)
                     "blind_s17.yml": 167, "blind_en_s17.yml": 86,
                     # session 18, on nlu/ of cdc3d7e: the tuning sets afstemmen_s18 and afstemmen_en_s18 and the blind
                     # blind_s18 and blind_en_s18 (all written blind before any change)
                     "blind_s18.yml": 165, "blind_en_s18.yml": 86,
                     # session 19, on nlu/ of 9fec025: the tuning sets afstemmen_s19 and afstemmen_en_s19 and the blind
                     # blind_s19 and blind_en_s19 (all written blind before any change)
                     "blind_s19.yml": 175, "blind_en_s19.yml": 86,
                     # session 20, on nlu/ of 3943c7f: the tuning sets afstemmen_s20 and afstemmen_en_s20 and the blind
                     # blind_s20 and blind_en_s20 (all written blind before any change)
                     "blind_s20.yml": 156, "blind_en_s20.yml": 100,
                     # session 21, on nlu/ of 06e920a: the tuning sets afstemmen_s21 and afstemmen_en_s21 and the blind
                     # blind_s21 and blind_en_s21 (all written blind before any change)
                     "afstemmen_s21.yml": 222, "afstemmen_en_s21.yml": 144, "blind_s21.yml": 165, "blind_en_s21.yml": 104}
# Sets measured as numbers only: accuracy and macro-F1, never a message or a failure (see the docstring).
ALLEEN_GETALLEN = BLIND_SETS  # every set kept blind is read as numbers only; one list to add a new one to
TESTSETS = {"nl": ("heldout.yml", "blind.yml", "blind_s7.yml", "blind_s8.yml",
                   "blind_s11.yml", "blind_s12.yml", "blind_s13.yml",
                   "blind_s14.yml", "blind_s15.yml",
                   "blind_s16.yml",
                   "blind_s17.yml",
                   "blind_s18.yml",
                   "blind_s19.yml",
                   "blind_s20.yml",
                   "afstemmen_s21.yml", "blind_s21.yml"),
            "en": ("heldout_en.yml", "blind_en.yml", "blind_en_s7.yml",
                   "blind_en_s8.yml", "blind_en_s12.yml", "blind_en_s13.yml",
                   "blind_en_s14.yml", "blind_en_s15.yml",
                   "blind_en_s16.yml",
                   "blind_en_s17.yml",
                   "blind_en_s18.yml",
                   "blind_en_s19.yml",
                   "blind_en_s20.yml",
                   "afstemmen_en_s21.yml", "blind_en_s21.yml")}
# Sets not in the Dutch false-positive count of tests/nlu/talen.yml, so that number stays comparable
# with the runs before they existed.
NIET_IN_TALEN = {"blind_s8.yml", "blind_s11.yml", "blind_s12.yml",
                 "blind_s13.yml", "blind_s14.yml", "blind_s15.yml",
                 "blind_s16.yml",
                 "blind_s17.yml",
                 "blind_s18.yml",
                 "blind_s19.yml",
                 "blind_s20.yml",
                 "afstemmen_s21.yml", "blind_s21.yml"}
ANDERE_TAAL = "andere_taal"
# A typed language switch ("English please", "in het nederlands aub") never reaches the classifier: the gateway
# recognises it first (wegwijs/taalkeuze.py gevraagde_taal) and sends Rasa the taal_kiezen payload. The bench does
# the same, so such a message counts as predicted taal_kiezen.
TAAL_KIEZEN = "taal_kiezen"
# Gold intents for which the other-language reply is the right one: "not understood", the
# taal topic ("can you speak english"), and out of scope ("what time is it").
ANDERE_TAAL_GOED = {FALLBACK, "taal", "buiten_bereik"}
TALEN = ROOT / "tests" / "nlu" / "talen.yml"
# Intents whose examples may be English or gibberish by design ("what time is it", "can you speak english", keyboard
# mash, which nlu/basis.yml labels nlu_fallback since session 19), and a typed switch to another language: left out
# of the Dutch messages the false positives are counted on (as tests/nlu/test_taalherkenning.py does).
NIET_PER_SE_NEDERLANDS = {"buiten_bereik", "taal", TAAL_KIEZEN, FALLBACK}

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")


# --------------------------------------------------------------------------
# data loading and the overlap check
# --------------------------------------------------------------------------
def load_examples(path: Path) -> List[Dict[str, Any]]:
    """Return [{text, intent, entities:[(start, end, value)]}] for an NLU path."""
    from rasa.shared.nlu.training_data.loading import load_data

    td = load_data(str(path))
    out = []
    for m in td.intent_examples:
        ents = [
            (e["start"], e["end"], e["value"])
            for e in m.get("entities", []) or []
            if e.get("entity") == ENTITY
        ]
        out.append({"text": m.get("text"), "intent": m.get("intent"), "entities": ents})
    return out


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def overlap_problems(train: List[Dict], test: List[Dict]) -> List[Tuple[int, str]]:
    """Exact (after normalising) and near duplicates between train and test: (test index, what)."""
    return [(i, what) for i, what, _ in overlap_pairs(train, test)]


def overlap_pairs(train: List[Dict], test: List[Dict], snel: bool = True) -> List[Tuple[int, str, Dict | None]]:
    """overlap_problems with the training example each test example duplicates (None: a duplicate inside the test set).

    The near check is difflib's ratio with the held-out text as the first sequence and the training text as the
    second (SequenceMatcher(a=held-out, b=training): the ratio is not symmetric, and that order is the rule), the
    first training example in order at or above NEAR_RATIO. `snel` (the default) only leaves out pairs that cannot
    reach it: difflib's ratio is 2*M/T with M the size of its matching blocks, a common subsequence, so it is never
    above rapidfuzz's Indel ratio 2*LCS/T; a pair below that bound (with a margin for rounding) is skipped unread,
    every other pair gets the same difflib check as before. snel=False is the plain difflib loop over every pair
    (tests/nlu/test_bench_overlap.py checks that both give the same list)."""
    problems = []
    train_norm = {}
    for ex in train:
        train_norm.setdefault(normalise(ex["text"]), ex)
    train_sets = {}
    for n, ex in train_norm.items():
        train_sets.setdefault(frozenset(n.split()), ex)
    train_items = list(train_norm.items())
    near_test = []  # (test index, normalised text) that need the near check, in test order
    seen_test = {}
    for i, ex in enumerate(test):
        n = normalise(ex["text"])
        if n in seen_test:
            problems.append((i, f"DUPLICATE IN HELD-OUT: {ex['text']!r}", None))
        seen_test[n] = ex
        if n in train_norm:
            problems.append((i,
                f"EXACT: held-out {ex['text']!r} [{ex['intent']}] == training "
                f"{train_norm[n]['text']!r} [{train_norm[n]['intent']}]", train_norm[n]
            ))
            continue
        words = frozenset(n.split())
        if len(words) > 1 and words in train_sets:
            t = train_sets[words]
            problems.append((i, f"SAME WORDS: held-out {ex['text']!r} ~ training {t['text']!r}", t))
            continue
        if len(n) < NEAR_MIN_LEN:
            continue
        near_test.append((i, n))
    kandidaten = _near_candidates([n for _, n in near_test], [tn for tn, _ in train_items]) if snel else None
    for k, (i, n) in enumerate(near_test):
        ex = test[i]
        matcher = difflib.SequenceMatcher(a=n, autojunk=False)
        for j in (kandidaten[k] if snel else range(len(train_items))):
            tn, t = train_items[j]
            if abs(len(tn) - len(n)) > len(n) * 0.25:
                continue
            matcher.set_seq2(tn)
            if matcher.real_quick_ratio() < NEAR_RATIO or matcher.quick_ratio() < NEAR_RATIO:
                continue
            r = matcher.ratio()
            if r >= NEAR_RATIO:
                problems.append((i, f"NEAR ({r:.2f}): held-out {ex['text']!r} ~ training {t['text']!r}", t))
                break
    problems.sort(key=lambda p: p[0])  # stable: per test example in the order found, as the one loop gave them
    return problems


# Margin below NEAR_RATIO for the prefilter's bound: a pair is skipped only when its Indel ratio is clearly below,
# so no rounding of either library's floats can skip a pair that difflib puts at NEAR_RATIO.
_BOUND_MARGIN = 1e-6


def _near_candidates(test_texts: List[str], train_texts: List[str]) -> List[List[int]]:
    """Per test text, the indices (ascending) of the training texts whose difflib ratio can reach NEAR_RATIO.

    rapidfuzz's Indel distance d gives the longest common subsequence: LCS = (T - d) / 2 with T the two lengths
    together, and difflib's matching blocks are a common subsequence, so difflib's ratio <= (T - d) / T. Only
    pairs with that bound below NEAR_RATIO - _BOUND_MARGIN are left out; symmetric, so the order does not matter
    here (difflib's check after it keeps the bench's order). rapidfuzz is installed with deduce, numpy with Rasa
    (requirements.lock)."""
    import numpy as np
    from rapidfuzz.distance import Indel
    from rapidfuzz.process import cdist

    if not test_texts or not train_texts:
        return [[] for _ in test_texts]
    lens_train = np.array([len(t) for t in train_texts], dtype=np.int64)
    out = []
    step = 256  # rows per block: bounds the distance matrix's memory (256 x 14,000 int32 = 14 MB)
    for start in range(0, len(test_texts), step):
        block = test_texts[start:start + step]
        dist = cdist(block, train_texts, scorer=Indel.distance, dtype=np.int32, workers=1)
        for row, text in zip(dist, block):
            total = lens_train + len(text)
            bound = (total - row.astype(np.int64)) / total
            out.append(np.nonzero(bound >= NEAR_RATIO - _BOUND_MARGIN)[0].tolist())
    return out


def nieuw_gedeeld(old_train: List[Dict], new_train: List[Dict], test: List[Dict]) -> List[Dict]:
    """New training examples that make a message of a blind-written set a (near) copy that was none with old_train.

    Only the training examples are returned, never the set's messages: they can be taken out of the new data
    without anyone reading the set (the count of chance duplicates must not grow). Repeated until no
    new example is named, since taking one out can leave another that copies the same message."""
    before = {i for i, _, _ in overlap_pairs(old_train, test)}
    old = {normalise(ex["text"]) for ex in old_train}
    named, train = [], list(new_train)
    while True:
        found = [t for i, _, t in overlap_pairs(train, test) if i not in before and t is not None]
        found = [t for t in found if normalise(t["text"]) not in old]
        if not found:
            return named
        named += found
        drop = {normalise(t["text"]) for t in found}
        train = [ex for ex in train if normalise(ex["text"]) not in drop]


# --------------------------------------------------------------------------
# worker: runs in a fresh process, loads the model, parses the held-out set
# --------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def worker(model: str, heldout: str, out: str) -> None:
    import logging

    logging.disable(logging.WARNING)
    # Import TensorFlow and the pipeline components first so that the RSS delta
    # measures the loaded model, not the libraries.
    import tensorflow  # noqa: F401
    from rasa.core.agent import Agent
    import rasa.nlu.classifiers.diet_classifier  # noqa: F401
    import rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer  # noqa: F401
    import rasa.nlu.featurizers.sparse_featurizer.regex_featurizer  # noqa: F401
    import rasa.nlu.featurizers.sparse_featurizer.lexical_syntactic_featurizer  # noqa: F401
    import rasa.core.policies.rule_policy  # noqa: F401

    texts = (json.loads(Path(heldout).read_text()) if heldout.endswith(".json")
             else [ex["text"] for ex in load_examples(Path(heldout))])
    before = rss_mb()
    t0 = time.perf_counter()
    agent = Agent.load(model)
    load_s = time.perf_counter() - t0

    async def run():
        await agent.parse_message("hallo")  # warm-up (builds TF graphs)
        after = rss_mb()
        results, lat = [], []
        for text in texts:
            t = time.perf_counter()
            r = await agent.parse_message(text)
            lat.append((time.perf_counter() - t) * 1000.0)
            results.append(
                {
                    "text": text,
                    "intent": r["intent"]["name"],
                    "confidence": r["intent"].get("confidence"),
                    "ranking": [(i["name"], i["confidence"]) for i in r.get("intent_ranking", [])[:3]],
                    "taalfilter": r.get("taalfilter"),
                    "taalcode": next((e["value"] for e in r.get("entities", []) if e["entity"] == "taalcode"), None),
                    "entities": [
                        (e["start"], e["end"], e["value"])
                        for e in r.get("entities", [])
                        if e["entity"] == ENTITY
                    ],
                }
            )
        return after, results, lat

    after, results, lat = asyncio.run(run())
    Path(out).write_text(
        json.dumps(
            {
                "rss_before_mb": before,
                "rss_after_mb": after,
                "rss_peak_mb": _peak_mb(),
                "load_s": load_s,
                "latency_ms": lat,
                "results": results,
            }
        )
    )


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
def percentile(values: List[float], p: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def entity_scores(gold: List[List[Tuple]], pred: List[List[Tuple]]) -> Dict[str, float]:
    tp = fp = fn = 0
    otp = ofp = ofn = 0
    for g, p in zip(gold, pred):
        gs = {(s, e) for s, e, _ in g}
        ps = {(s, e) for s, e, _ in p}
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
        # lenient: a prediction counts if it overlaps a gold span
        ov = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
        otp += sum(1 for x in gs if any(ov(x, y) for y in ps))
        ofn += sum(1 for x in gs if not any(ov(x, y) for y in ps))
        ofp += sum(1 for y in ps if not any(ov(x, y) for x in gs))
    div = lambda a, b: a / b if b else float("nan")  # noqa: E731
    return {
        "gold": tp + fn,
        "predicted": tp + fp,
        "precision_exact": div(tp, tp + fp),
        "recall_exact": div(tp, tp + fn),
        "precision_overlap": div(otp, otp + ofp),
        "recall_overlap": div(otp, otp + ofn),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="evaluate this model (.tar.gz) instead of training one")
    ap.add_argument("--nlu", default=str(ROOT / "nlu"))
    ap.add_argument("--config", default=str(ROOT / "config.yml"))
    ap.add_argument("--heldout", action="append",
                    help="a test set (repeat for more); default: the sets of TESTSETS for --taal")
    ap.add_argument("--min-accuracy", type=float, default=0.0,
                    help="exit 1 if intent accuracy (0-1) is below this")
    ap.add_argument("--keep", help="directory to keep the trained model in")
    ap.add_argument("--json", help="also write all numbers and predictions to this file")
    ap.add_argument("--top-confusions", type=int, default=15)
    ap.add_argument("--taal", choices=sorted(TESTSETS), default="nl",
                    help="the default test sets: Dutch (heldout.yml, blind.yml) or English (heldout_en.yml, blind_en.yml)")
    ap.add_argument("--sinds", metavar="NLU_DIR",
                    help="only name the training examples of --nlu that make messages of the blind-written sets "
                         "(near) copies that were none with this older nlu/ (training text and intent, never the "
                         "set's message), then stop: take them out to keep the chance-duplicate counts from growing")
    ap.add_argument("--_worker", nargs=3, metavar=("MODEL", "HELDOUT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._worker:
        worker(*args._worker)
        return 0

    import logging

    logging.disable(logging.WARNING)
    # resolve paths before handing them to subprocesses that run in ROOT, and
    # refuse missing ones (rasa silently falls back to its default config)
    args.heldout = args.heldout or [str(ROOT / "tests" / "nlu" / name) for name in TESTSETS[args.taal]
                                    if args.taal == "nl" or (ROOT / "tests" / "nlu" / name).exists()]
    for name in ("nlu", "config", "model"):
        value = getattr(args, name)
        if value is not None:
            path = Path(value).resolve()
            if not path.exists():
                print(f"{name} not found: {path}", file=sys.stderr)
                return 3
            setattr(args, name, str(path))
    sets = {}
    for value in args.heldout:
        path = Path(value).resolve()
        if not path.exists():
            print(f"test set not found: {path}", file=sys.stderr)
            return 3
        sets[path.name] = str(path)
    if args.keep:
        args.keep = str(Path(args.keep).resolve())
    train = load_examples(Path(args.nlu))
    tests = {name: load_examples(Path(path)) for name, path in sets.items()}
    if args.sinds:
        old_train = load_examples(Path(args.sinds).resolve())
        for name in sorted(set(tests) & GESCHREVEN_ZONDER_NLU):
            named = nieuw_gedeeld(old_train, train, tests[name])
            print(f"{name}: {len(named)} new training examples are (near) copies of its messages")
            for t in named:
                print(f"  [{t['intent']}] {t['text']}")
        return 0
    skipped = {}
    for name, test in tests.items():
        problems = overlap_problems(train, test)
        if problems and (name not in GESCHREVEN_ZONDER_NLU or len(problems) > TOEVALLIG_GEDEELD.get(name, len(problems))):
            print("=" * 70, file=sys.stderr)
            print(f"{name} OVERLAPS WITH TRAINING DATA ({len(problems)} problems):", file=sys.stderr)
            if name in ALLEEN_GETALLEN:  # a blind set: its messages (and copies of them) are never printed
                print(f"  cap {TOEVALLIG_GEDEELD.get(name)}: run with --sinds OLD_NLU to name the new training "
                      "examples to take out", file=sys.stderr)
            else:
                for _, p in problems:
                    print("  " + p, file=sys.stderr)
            print("Fix the test or training file; the benchmark is invalid.", file=sys.stderr)
            print("=" * 70, file=sys.stderr)
            return 2
        # A blind writer cannot avoid typing "hoi" or "dank u wel" too: those are not counted.
        skipped[name] = {i for i, _ in problems}
        print(f"overlap check {name}: {len(train)} training, {len(test)} test examples; "
              f"{len(skipped[name])} (near) duplicates of training examples not counted (ratio >= {NEAR_RATIO})")

    tmp = tempfile.TemporaryDirectory(prefix="wegwijs-nlu-bench-")
    train_s = train_cpu_s = None
    if args.model:
        model = args.model
    else:
        outdir = args.keep or tmp.name
        cmd = [sys.executable, "-m", "rasa", "train", "nlu", "--nlu", args.nlu,
               "--config", args.config, "--out", outdir, "--fixed-model-name", "nlu-bench"]
        print("training:", " ".join(cmd[1:]), flush=True)
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        # RASA_MAX_CACHE_SIZE=0: no training cache, so every run really trains
        env = dict(os.environ, RASA_MAX_CACHE_SIZE="0")
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
        train_s = time.perf_counter() - t0
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        train_cpu_s = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        if proc.returncode != 0:
            print(proc.stdout[-4000:], proc.stderr[-4000:], sep="\n", file=sys.stderr)
            print("TRAINING FAILED", file=sys.stderr)
            return 3
        model = str(Path(outdir) / "nlu-bench.tar.gz")
        log = proc.stdout + proc.stderr
        misaligned = log.count("Misaligned entity annotation")
        if misaligned:
            print(f"WARNING: {misaligned} misaligned entity annotations in the training data "
                  "(spans must start and end on token boundaries, see nlu/bedrag.yml)")

    numbers, worst = {}, 1.0
    for name, path in sets.items():
        result = evaluate(name, path, tests[name], skipped[name], model, tmp.name, args, train_s, train_cpu_s,
                          known={ex["intent"] for ex in train} | {FALLBACK})
        if result is None:
            return 3
        numbers[name] = result
        worst = min(worst, result["accuracy"])
    talen = evaluate_talen(model, tmp.name, args.nlu,
                           [sets[n] for n in sets
                            if n not in BLIND_SETS | NIET_IN_TALEN and n not in TESTSETS["en"]])
    if talen is None:
        return 3
    numbers["talen"] = talen
    if len(numbers) > 1:
        print("=== summary ===")
        for name, result in numbers.items():
            if name == "talen":
                print(f"  other languages and gibberish recognised {result['herkend']:.4f} ({result['n']} messages); "
                      f"Dutch taken for another language or gibberish: {result['fout_positief']}/{result['n_nederlands']}")
                continue
            print(f"  {name:14s} intent accuracy {result['accuracy']:.4f}  macro-F1 {result['macro_f1']:.4f}  "
                  f"({result['n']} examples)")
    if args.json:
        Path(args.json).write_text(json.dumps(numbers, indent=1))
    if worst < args.min_accuracy:
        print(f"\nFAIL: intent accuracy {worst:.4f} < --min-accuracy {args.min_accuracy}", file=sys.stderr)
        return 1
    return 0


def parse_texts(model: str, texts: List[str], tmpdir: str, label: str) -> List[Dict] | None:
    """Parse plain texts with the model in a worker process; None when that failed."""
    src, out = Path(tmpdir) / f"texts-{label}.json", Path(tmpdir) / f"parsed-{label}.json"
    src.write_text(json.dumps(texts))
    proc = subprocess.run([sys.executable, __file__, "--_worker", model, str(src), str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stdout[-4000:], proc.stderr[-4000:], sep="\n", file=sys.stderr)
        print("EVALUATION FAILED", file=sys.stderr)
        return None
    return json.loads(out.read_text())["results"]


def taalkeuze_van_gateway(texts: List[str], predicted: List[str]) -> Tuple[List[str], int]:
    """The predictions as the product makes them: a message the gateway takes for a language switch is taal_kiezen
    (it never reaches the classifier). Returns the new predictions and how many were routed so."""
    from wegwijs.taalkeuze import gevraagde_taal

    switch = [gevraagde_taal(t.strip()) is not None for t in texts]
    return [TAAL_KIEZEN if sw else p for sw, p in zip(switch, predicted)], sum(switch)


def herkenning(r: Dict) -> str:
    """What the language filter made of a parsed message: a language code, "onzin", or "nl"."""
    if r["intent"] == ANDERE_TAAL:
        return r.get("taalcode") or "?"
    if r.get("taalfilter") == "engels":
        return "en"  # English is understood (issue #15): the classifier's intent, marked English
    return "onzin" if r.get("taalfilter") == "onzin" else "nl"


def evaluate_talen(model: str, tmpdir: str, nlu: str, dutch_sets: List[str]) -> dict | None:
    """Recognition of other languages and gibberish (tests/nlu/talen.yml) and the Dutch false positives."""
    import yaml

    data = yaml.safe_load(TALEN.read_text(encoding="utf-8"))
    expected = [(t, taal) for taal, texts in data["andere_taal"].items() for t in texts]
    expected += [(t, "onzin") for t in data["onzin"]]
    engels = {ex["text"] for ex in load_examples(Path(nlu) / "en")} if (Path(nlu) / "en").is_dir() else set()
    dutch = list(data["nederlands"]) + [ex["text"] for p in [nlu, *dutch_sets] for ex in load_examples(Path(p))
                                        if ex["intent"] not in NIET_PER_SE_NEDERLANDS and ex["text"] not in engels]
    dutch = list(dict.fromkeys(dutch))
    res = parse_texts(model, [t for t, _ in expected] + dutch, tmpdir, "talen")
    if res is None:
        return None
    got, got_dutch = res[:len(expected)], res[len(expected):]
    print()
    print("=== other languages and gibberish (tests/nlu/talen.yml) ===")
    per = {}
    for (text, want), r in zip(expected, got):
        per.setdefault(want, []).append(herkenning(r) == want)
    for want, hits in per.items():
        print(f"  {want:6s} {sum(hits)}/{len(hits)}")
    n_ok = sum(sum(h) for h in per.values())
    print(f"recognised:       {n_ok / len(expected):.4f} ({n_ok}/{len(expected)})")
    misses = [(t, w, herkenning(r)) for (t, w), r in zip(expected, got) if herkenning(r) != w]
    for t, w, h in misses:
        print(f"  missed [{w} -> {h}] {t!r}")
    wrong = [(t, herkenning(r)) for t, r in zip(dutch, got_dutch) if herkenning(r) != "nl"]
    print(f"Dutch taken for another language or gibberish: {len(wrong)} of {len(dutch)} "
          f"(short Dutch list, {', '.join(Path(p).name for p in dutch_sets)}, all of nlu/; "
          f"not the intents {sorted(NIET_PER_SE_NEDERLANDS)})")
    for t, h in wrong:
        print(f"  [{h}] {t!r}")
    return {"n": len(expected), "herkend": n_ok / len(expected), "per_soort": {w: [sum(h), len(h)] for w, h in per.items()},
            "n_nederlands": len(dutch), "fout_positief": len(wrong), "fout_positief_teksten": wrong}


def evaluate(name, heldout, test, skip, model, tmpdir, args, train_s, train_cpu_s, known) -> dict | None:
    """Parse one test set with the model, print its numbers; None when the evaluation failed."""
    out = Path(tmpdir) / f"predictions-{name}.json"
    proc = subprocess.run(
        [sys.executable, __file__, "--_worker", model, heldout, str(out)],
        cwd=ROOT, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        print(proc.stdout[-4000:], proc.stderr[-4000:], sep="\n", file=sys.stderr)
        print("EVALUATION FAILED", file=sys.stderr)
        return None
    w = json.loads(out.read_text())
    kept = [i for i in range(len(test)) if i not in skip]
    test, res = [test[i] for i in kept], [w["results"][i] for i in kept]

    from sklearn.metrics import f1_score

    y_true = [ex["intent"] for ex in test]
    y_pred, n_taalkeuze = taalkeuze_van_gateway([r["text"] for r in res], [r["intent"] for r in res])
    # the other-language reply is right where "not understood" or the taal topic is expected
    n_andere_goed = sum(1 for t, p in zip(y_true, y_pred) if p == ANDERE_TAAL and t in ANDERE_TAAL_GOED)
    y_pred = [t if p == ANDERE_TAAL and t in ANDERE_TAAL_GOED else p for t, p in zip(y_true, y_pred)]
    y_top = [next((n for n, _ in r["ranking"] if n != FALLBACK), FALLBACK) if r["ranking"] else r["intent"]
             for r in res]
    n = len(y_true)
    acc = sum(a == b for a, b in zip(y_true, y_pred)) / n
    acc_top = sum(a == b for a, b in zip(y_true, y_top)) / n
    labels = sorted(set(y_true))
    macro = f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)
    n_fallback = sum(p == FALLBACK for p in y_pred)
    per_intent = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0)

    conf = Counter((t, p) for t, p in zip(y_true, y_pred) if t != p)
    ents = entity_scores([ex["entities"] for ex in test], [r["entities"] for r in res])
    lat = w["latency_ms"]

    if name in ALLEEN_GETALLEN:
        print()
        print(f"=== Wegwijs NLU benchmark: {name} (numbers only: written blind, never read) ===")
        print(f"intent accuracy:  {acc:.4f}  ({n - sum(conf.values())}/{n}); macro-F1 {macro:.4f}; "
              f"{len(skip)} (near) duplicates of training examples not counted; "
              f"{n_taalkeuze} taken for a language switch by the gateway")
        return {"n": n, "accuracy": acc, "macro_f1": macro, "train_seconds": train_s}
    print()
    print(f"=== Wegwijs NLU benchmark: {name} ===")
    print(f"model:            {model}")
    print(f"held-out:         {n} examples, {len(labels)} intents")
    print(f"intent accuracy:  {acc:.4f}  ({n - sum(conf.values())}/{n})")
    print(f"macro-F1:         {macro:.4f}")
    in_model = [(a, b) for a, b in zip(y_true, y_pred) if a in known]
    if len(in_model) < n:
        acc_known = sum(a == b for a, b in in_model) / max(len(in_model), 1)
        print(f"known intents:    {acc_known:.4f}  ({len(in_model)} examples of intents the model was trained on; "
              f"{sorted(set(y_true) - known)} are not)")
    print(f"nlu_fallback:     {n_fallback} predictions (counted as wrong)")
    print(f"taal_kiezen:      {n_taalkeuze} messages the gateway takes for a language switch (wegwijs/taalkeuze.py), "
          f"counted as predicted {TAAL_KIEZEN}")
    print(f"andere_taal:      {n_andere_goed} predictions counted as right (gold {sorted(ANDERE_TAAL_GOED)}), "
          f"{sum(1 for r in res if r['intent'] == ANDERE_TAAL) - n_andere_goed} as wrong")
    print(f"top-intent acc:   {acc_top:.4f}  (classifier's best intent, ignoring the FallbackClassifier)")
    print("per-intent F1:    " + ", ".join(f"{l} {f:.2f}" for l, f in zip(labels, per_intent)))
    print(f"bedrag entity:    gold {ents['gold']}, predicted {ents['predicted']}; "
          f"exact P {ents['precision_exact']:.3f} R {ents['recall_exact']:.3f}; "
          f"overlap P {ents['precision_overlap']:.3f} R {ents['recall_overlap']:.3f}")
    if train_s is not None:
        print(f"training time:    {train_s:.1f} s wall, {train_cpu_s:.1f} s CPU (user+sys), "
              f"{os.cpu_count()} cores, load average now {os.getloadavg()[0]:.1f}")
    else:
        print("training time:    (not trained, --model)")
    print(f"model memory:     {w['rss_after_mb'] - w['rss_before_mb']:.0f} MB RSS delta "
          f"(process {w['rss_after_mb']:.0f} MB after load, peak {w['rss_peak_mb']:.0f} MB); "
          f"load {w['load_s']:.1f} s")
    print(f"parse latency:    p50 {percentile(lat, 50):.1f} ms, p95 {percentile(lat, 95):.1f} ms "
          f"(max {max(lat):.1f} ms, {len(lat)} messages, sequential)")
    print()
    print("most frequent confusions (true -> predicted: count):")
    for (t, p), c in conf.most_common(args.top_confusions):
        print(f"  {t} -> {p}: {c}")
    if not conf:
        print("  (none)")
    print()
    print("misclassified examples:")
    for ex, r, pred in zip(test, res, y_pred):
        if ex["intent"] != pred:
            rk = ", ".join(f"{a} {b:.2f}" for a, b in r["ranking"])
            print(f"  [{ex['intent']} -> {pred}] {ex['text']!r}  ({rk})")
    ent_err = [(ex, r) for ex, r in zip(test, res)
               if {(s, e) for s, e, _ in ex["entities"]} != {(s, e) for s, e, _ in r["entities"]}]
    if ent_err:
        print()
        print("bedrag entity differences (gold | predicted):")
        for ex, r in ent_err:
            print(f"  {ex['text']!r}: {[v for *_, v in ex['entities']]} | {[v for *_, v in r['entities']]}")


    return {
        "n": n, "accuracy": acc, "macro_f1": macro, "top_intent_accuracy": acc_top,
        "n_fallback": n_fallback, "entity": ents, "train_seconds": train_s,
        "train_cpu_seconds": train_cpu_s,
        "rss_delta_mb": w["rss_after_mb"] - w["rss_before_mb"],
        "latency_p50_ms": percentile(lat, 50), "latency_p95_ms": percentile(lat, 95),
        "confusions": [[t, p, c] for (t, p), c in conf.most_common()],
        "predictions": res, "gold": test,
    }


if __name__ == "__main__":
    sys.exit(main())
