"""bench/nlu.py's near-copy check is fast and decides exactly as the plain difflib loop.

overlap_pairs (and --sinds, which uses it) compared every test message with every training example with difflib;
on 14,000 training examples --sinds took over an hour. A rapidfuzz bound now leaves out the pairs that cannot reach
NEAR_RATIO, and the pairs left get the same difflib check in the same order. difflib's ratio is not symmetric: the
held-out text is the first sequence, the training text the second; an earlier fast script compared the other way
round and let near copies through. These tests hold the fast path to the plain one (snel=False) on a realistic
sample, a tuning set (never a blind one), and on pairs whose ratio crosses NEAR_RATIO in one order only.
"""
from __future__ import annotations

import difflib
import random
from pathlib import Path

import pytest

from tests.nlu import nlu_regels

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    return nlu_regels.bench("nlu")


def _ex(text: str, intent: str = "x") -> dict:
    return {"text": text, "intent": intent, "entities": []}


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio()


def _plain(pairs):
    return [(i, what, t["text"] if t else None) for i, what, t in pairs]


# (held-out text, training text): difflib's ratio reaches 0.90 in the bench's order (held-out first) and not the
# other way round, and the reverse. The first is the pair from e30a382 (a training example and a heldout_s5 message).
BENCH_ORDER_ONLY = ("krijg ik minder bijstand als ik ga werken", "krijg ik minder bijstand als ik geld leen")
OTHER_ORDER_ONLY = ("kostendelersnorm voor inwonende kinderen", "kostendelersnorm vooe iwnrnde kinderen")


def test_the_pairs_are_asymmetric_around_the_threshold(bench):
    held, train = BENCH_ORDER_ONLY
    assert _ratio(held, train) >= bench.NEAR_RATIO > _ratio(train, held)
    held, train = OTHER_ORDER_ONLY
    assert _ratio(held, train) < bench.NEAR_RATIO <= _ratio(train, held)


@pytest.mark.parametrize("snel", [True, False])
def test_the_held_out_text_is_difflibs_first_sequence(bench, snel):
    held, train = BENCH_ORDER_ONLY
    found = bench.overlap_pairs([_ex(train)], [_ex(held)], snel=snel)
    assert [(i, t["text"]) for i, _, t in found] == [(0, train)]
    assert found[0][1].startswith("NEAR (0.90)")
    # the same two texts with the roles swapped stay below the threshold
    assert bench.overlap_pairs([_ex(held)], [_ex(train)], snel=snel) == []
    held, train = OTHER_ORDER_ONLY
    assert bench.overlap_pairs([_ex(train)], [_ex(held)], snel=snel) == []
    assert len(bench.overlap_pairs([_ex(held)], [_ex(train)], snel=snel)) == 1


def _variant(text: str, rng: random.Random) -> str:
    """A typist's near copy: one to four characters dropped, added or swapped."""
    s = list(text)
    for _ in range(rng.randint(1, 4)):
        p, op = rng.randrange(len(s)), rng.random()
        if op < 0.4 and len(s) > 1:
            del s[p]
        elif op < 0.7:
            s.insert(p, rng.choice("abcdefghijklmnopqrstuvwxyz "))
        else:
            q = rng.randrange(len(s))
            s[p], s[q] = s[q], s[p]
    return "".join(s)


def test_fast_and_plain_give_the_same_pairs_on_a_realistic_sample(bench):
    """Every 30th training example of nlu/ (about 470) plus typists' near copies of tuning messages, against the
    tuning set tests/nlu/heldout.yml: the same list, in the same order, naming the same training example."""
    train = bench.load_examples(ROOT / "nlu")[::30]
    test = bench.load_examples(ROOT / "tests" / "nlu" / "heldout.yml")
    rng = random.Random(9)
    for ex in rng.sample(test, 150):
        train.append(_ex(_variant(bench.normalise(ex["text"]), rng), ex["intent"]))
    train += [_ex(BENCH_ORDER_ONLY[1]), _ex(OTHER_ORDER_ONLY[1])]
    test = test + [_ex(BENCH_ORDER_ONLY[0]), _ex(OTHER_ORDER_ONLY[0])]

    fast = bench.overlap_pairs(train, test)
    plain = bench.overlap_pairs(train, test, snel=False)

    assert _plain(fast) == _plain(plain)
    assert all(a is b for (*_, a), (*_, b) in zip(fast, plain))
    near = [what for _, what, _ in fast if what.startswith("NEAR")]
    assert len(near) >= 30, "the sample must have near copies for the comparison to mean something"
    # some of them close to the threshold, where a wrong bound or order would show
    assert any(what.startswith("NEAR (0.90)") or what.startswith("NEAR (0.91)") for what in near)
    assert (len(test) - 2, f"NEAR (0.90): held-out {BENCH_ORDER_ONLY[0]!r} ~ training {BENCH_ORDER_ONLY[1]!r}",
            BENCH_ORDER_ONLY[1]) in _plain(fast)
    assert OTHER_ORDER_ONLY[1] not in [t for *_, t in _plain(fast)]


def test_the_bound_never_leaves_out_a_pair_difflib_puts_at_the_threshold(bench):
    """_near_candidates against difflib's own ratio, pair by pair, on near copies around the threshold."""
    rng = random.Random(4)
    texts = [bench.normalise(ex["text"]) for ex in bench.load_examples(ROOT / "tests" / "nlu" / "heldout.yml")]
    texts = [t for t in texts if len(t) >= bench.NEAR_MIN_LEN][:80]
    train = [_variant(t, rng) for t in texts for _ in range(3)]
    candidates = bench._near_candidates(texts, train)
    for k, held in enumerate(texts):
        reach = {j for j, tn in enumerate(train) if _ratio(held, tn) >= bench.NEAR_RATIO}
        assert reach <= set(candidates[k])
