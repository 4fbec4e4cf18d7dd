#!/usr/bin/env python
"""Fast screen of the Dutch training data: a scikit-learn copy of config.yml's intent pipeline.

The copy: word counts and char_wb 2-5 n-gram counts (lowercased), a balanced
logistic regression (lbfgs, max_iter 300), the top intent without the
FallbackClassifier and without the language filter. It trains in seconds, so
it is the tool for the confusions of the training data; the numbers of record
stay those of bench/nlu.py (Rasa itself).

* 5-fold stratified cross-validation on the Dutch examples in nlu/*.yml
  (nlu/en/ is left out: this measures the Dutch data): accuracy and the most
  frequent confusion pairs.
* With --heldout FILE (repeatable): trained on all of nlu/ (English too, as
  the real model is) and tested on that set; its accuracy, confusions and
  misclassified messages. The blind sets are refused: they are never read
  when tuning (docs/benchmarks.md, the blind-set rule).

Usage: python bench/nlu_cv.py [--folds 5] [--heldout tests/nlu/heldout.yml ...] [--pairs 25]
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parent.parent
NIET_LEZEN = {"blind.yml", "blind_en.yml"}


def voorbeelden(pad: Path) -> List[Tuple[str, str]]:
    """(text, intent) for every intent example under pad (a file or a folder, recursive for folders)."""
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), m.get("intent")) for m in load_data(str(pad)).intent_examples]


def nederlandse_voorbeelden(nlu: Path) -> List[Tuple[str, str]]:
    return [ex for pad in sorted(nlu.glob("*.yml")) for ex in voorbeelden(pad)]


def tokens(text: str) -> str:
    """Roughly what WhitespaceTokenizer leaves: punctuation between words gone."""
    return re.sub(r"[^\w\s'€]", " ", text.lower())


def pijplijn():
    from scipy.sparse import hstack
    from sklearn.base import BaseEstimator, TransformerMixin
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    class Kenmerken(BaseEstimator, TransformerMixin):
        def fit(self, teksten, y=None):
            self.woord = CountVectorizer(token_pattern=r"(?u)\S+", lowercase=True).fit(map(tokens, teksten))
            self.letters = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True).fit(teksten)
            return self

        def transform(self, teksten):
            return hstack([self.woord.transform(map(tokens, teksten)), self.letters.transform(teksten)]).tocsr()

    return make_pipeline(Kenmerken(), LogisticRegression(solver="lbfgs", max_iter=300, tol=1e-4,
                                                         class_weight="balanced", random_state=42))


def kruisvalidatie(data: List[Tuple[str, str]], folds: int, paren: int) -> None:
    from sklearn.model_selection import StratifiedKFold

    teksten = [t for t, _ in data]
    intenties = [i for _, i in data]
    voorspeld = [""] * len(data)
    for train, test in StratifiedKFold(n_splits=folds, shuffle=True, random_state=42).split(teksten, intenties):
        model = pijplijn().fit([teksten[i] for i in train], [intenties[i] for i in train])
        for i, p in zip(test, model.predict([teksten[i] for i in test])):
            voorspeld[i] = p
    goed = sum(a == b for a, b in zip(intenties, voorspeld))
    print(f"=== {folds}-fold cross-validation, Dutch nlu/*.yml: {goed / len(data):.4f} ({goed}/{len(data)}) ===")
    for (t, p), c in Counter((t, p) for t, p in zip(intenties, voorspeld) if t != p).most_common(paren):
        print(f"  {t} -> {p}: {c}")


def toets(naam: str, model, test: List[Tuple[str, str]], paren: int) -> None:
    voorspeld = model.predict([t for t, _ in test])
    fout = [(t, i, p) for (t, i), p in zip(test, voorspeld) if i != p]
    print(f"=== {naam}: {1 - len(fout) / len(test):.4f} ({len(test) - len(fout)}/{len(test)}) ===")
    for (t, p), c in Counter((i, p) for _, i, p in fout).most_common(paren):
        print(f"  {t} -> {p}: {c}")
    for t, i, p in fout:
        print(f"  [{i} -> {p}] {t!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlu", default=str(ROOT / "nlu"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--heldout", action="append", default=[])
    ap.add_argument("--pairs", type=int, default=25, help="how many confusion pairs to print")
    ap.add_argument("--geen-cv", action="store_true", help="only the held-out sets")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    for pad in args.heldout:
        if Path(pad).name in NIET_LEZEN:
            print(f"{pad}: a blind set is never read when tuning; use bench/nlu.py for its number", file=sys.stderr)
            return 2
    nlu = Path(args.nlu)
    if not args.geen_cv:
        kruisvalidatie(nederlandse_voorbeelden(nlu), args.folds, args.pairs)
    if args.heldout:
        alles = voorbeelden(nlu)
        model = pijplijn().fit([t for t, _ in alles], [i for _, i in alles])
        for pad in args.heldout:
            toets(Path(pad).name, model, voorbeelden(Path(pad)), args.pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
