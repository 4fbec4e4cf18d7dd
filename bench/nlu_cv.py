#!/usr/bin/env python
"""Fast screen of the training data of one language: a scikit-learn copy of config.yml's intent pipeline.

The copy: word counts and char_wb 2-5 n-gram counts (lowercased; both of the tokens with every number
as __NUMBER__, as Rasa's CountVectorsFeaturizer counts them, since session 19), a balanced
logistic regression (lbfgs, max_iter 300), the top intent without the
FallbackClassifier and without the language filter. It trains in seconds, so
it is the tool for the confusions of the training data; the numbers of record
stay those of bench/nlu.py (Rasa itself).

* 5-fold stratified cross-validation on the Dutch examples in nlu/*.yml
  (nlu/en/ is left out: this measures the Dutch data): accuracy and the most
  frequent confusion pairs. With --taal en (session 19; the same choice as bench/nlu.py --taal): the
  English examples in nlu/en/*.yml instead (nlu/ itself left out), for --labelfouten and --tegenspraak too.
* With --heldout FILE (repeatable): trained on all of nlu/ (English too, as
  the real model is) and tested on that set; its accuracy, confusions and
  misclassified messages. The blind sets are refused: they are never read
  when tuning (docs/benchmarks.md, the blind-set rule).

* With --variant SPEC (repeatable; session 10): a screen of classifier set-ups. Each variant is
  trained on all of nlu/ and tested on every --heldout set; a table gives the top-intent accuracy
  per set, the mean of the Dutch and of the English sets (a set with "_en" in its name is English)
  and, with --drempel T, the accuracy when a top confidence below T counts as nlu_fallback (wrong,
  as bench/nlu.py counts it). SPEC is comma-separated key=value, any of
    C=1            inverse regularisation (Rasa's LogisticRegressionClassifier: 1, fixed)
    gewicht=telling   telling (raw counts, as Rasa) | binair | sublineair (1+log tf) | tfidf (sublinear tf-idf)
    norm=geen      geen | l2 (whole row) | blok (each of the word and char blocks L2 on its own)
    letters=2-5    char_wb n-gram range;  woorden=1-1  word n-gram range (1-2: bigrams too)
    schaal=geen    geen | maxabs (MaxAbsScaler per column)
    getallen=rasa  rasa (as CountVectorsFeaturizer: tokens joined, numbers __NUMBER__, for words and char n-grams)
                   | ruw (the copy before session 19: char n-grams of the raw text, numbers as typed)
    model=lr       lr (balanced logistic regression, lbfgs) | svc (LinearSVC, softmax of its decision values)
                   | sgd (log-loss SGD) | ens (mean of lr and svc probabilities)
  e.g. --variant C=1 --variant C=10,norm=l2 --variant C=10,gewicht=sublineair,norm=blok.
  The same one-variant set-up applies to the CV and plain --heldout runs with --opzet SPEC.

* With --labelfouten N (session 11): the N training lines whose given intent the cross-validated
  model doubts most, found with confident learning (cleanlab.filter.find_label_issues on the CV
  probabilities of the same folds, ranked by the probability of the given intent; the dev extra
  installs cleanlab). Each line: the probability of its given intent, given -> the model's intent
  (its probability), the file, the text. A list to review by hand against the labelling rule
  (bench/nlu.py), never to relabel blindly: many are messages that name another topic's word.

* With --tegenspraak (session 15): the lines that teach the classifier noise, to judge by hand against
  the labelling rule and /work/notes/onderwerpen.md. (a) Confident disagreements: the lines whose
  out-of-fold prediction (the same CV folds) is another intent with a probability of at least --zeker
  (0.5) while the given intent has at most --gegeven (0.1), grouped by given -> predicted intent.
  (b) Contradicting near copies: pairs of Dutch lines with different intents that are the same after
  bench/nlu.py's normalise, have the same set of words, or reach difflib's ratio --gelijk (0.90,
  bench/nlu.py's NEAR_RATIO; in either order) for texts of at least NEAR_MIN_LEN characters. Every
  line is printed with its file and line number.

Usage: python bench/nlu_cv.py [--taal en] [--folds 5] [--heldout tests/nlu/heldout.yml ...] [--pairs 25]
       python bench/nlu_cv.py --geen-cv --heldout SET ... --variant SPEC ... [--drempel 0.25]
       python bench/nlu_cv.py --labelfouten 150
       python bench/nlu_cv.py --tegenspraak [--zeker 0.5] [--gegeven 0.1] [--gelijk 0.9]
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from pathlib import Path
from typing import List, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
NIET_LEZEN = {"blind.yml", "blind_en.yml"}
TALEN = ("en", "nl")  # bench/nlu.py's --taal choices (sorted(TESTSETS)); Dutch is nlu/*.yml, another language nlu/<taal>/


def cv_map(nlu: Path, taal: str = "nl") -> Path:
    """The folder whose own *.yml files the CV reads: nlu/ for Dutch, nlu/<taal>/ for another language."""
    if taal not in TALEN:
        raise SystemExit(f"unknown language {taal!r} (known: {', '.join(TALEN)})")
    return nlu if taal == "nl" else nlu / taal


def is_blind(pad: str) -> bool:
    """Every blind set (blind.yml, blind_s7.yml, blind_en_s8.yml, ...): never read when tuning."""
    return Path(pad).name in NIET_LEZEN or "blind" in Path(pad).name.lower()


def voorbeelden(pad: Path) -> List[Tuple[str, str]]:
    """(text, intent) for every intent example under pad (a file or a folder, recursive for folders)."""
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), m.get("intent")) for m in load_data(str(pad)).intent_examples]


def nederlandse_voorbeelden(nlu: Path) -> List[Tuple[str, str]]:
    return [ex for pad in sorted(nlu.glob("*.yml")) for ex in voorbeelden(pad)]


def nederlandse_bestanden(nlu: Path) -> List[str]:
    """The file name of every example of nederlandse_voorbeelden, in the same order."""
    return [pad.name for pad in sorted(nlu.glob("*.yml")) for _ in voorbeelden(pad)]


def tokens(text: str) -> str:
    """Roughly what WhitespaceTokenizer leaves: punctuation between words gone."""
    return re.sub(r"[^\w\s'€]", " ", text.lower())


def als_rasa(text: str) -> str:
    """What Rasa's CountVectorsFeaturizer counts, word and char_wb alike: the tokens joined by a space, every
    number among them replaced by __NUMBER__ (count_vectors_featurizer.py _process_tokens), lowercased. Without it
    the copy saw "1200" and "285" as their own words and n-grams, which Rasa never does (session 19, H1)."""
    return re.sub(r"\b[0-9]+\b", "__NUMBER__", tokens(text)).lower()


STANDAARD = {"C": "1", "gewicht": "telling", "norm": "geen", "letters": "2-5", "woorden": "1-1",
             "schaal": "geen", "model": "lr", "getallen": "rasa"}


def opzet(spec: str = "") -> dict:
    """A variant's settings: STANDAARD (today's config.yml) with SPEC's key=value pairs over it."""
    instelling = dict(STANDAARD)
    for deel in filter(None, (d.strip() for d in spec.split(","))):
        sleutel, _, waarde = deel.partition("=")
        if sleutel not in STANDAARD:
            raise SystemExit(f"unknown variant key {sleutel!r} (known: {', '.join(STANDAARD)})")
        instelling[sleutel] = waarde
    return instelling


def _bereik(tekst: str) -> tuple:
    laag, _, hoog = tekst.partition("-")
    return int(laag), int(hoog or laag)


def pijplijn(spec: str = ""):
    """The sklearn copy of the intent pipeline; spec "" is today's config.yml."""
    from scipy.sparse import hstack
    from sklearn.base import BaseEstimator, TransformerMixin
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression, SGDClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MaxAbsScaler, normalize

    o = opzet(spec)

    class Kenmerken(BaseEstimator, TransformerMixin):
        def fit(self, teksten, y=None):
            teksten = list(teksten)
            self.woord = CountVectorizer(token_pattern=r"(?u)\S+", lowercase=True,
                                         ngram_range=_bereik(o["woorden"])).fit(map(self._woorden, teksten))
            self.letters = CountVectorizer(analyzer="char_wb", ngram_range=_bereik(o["letters"]),
                                           lowercase=True).fit(map(self._letters, teksten))
            self.idf = []
            if o["gewicht"] == "tfidf":
                self.idf = [TfidfTransformer(norm=None, sublinear_tf=True).fit(b) for b in self._ruw(teksten)]
            return self

        # getallen=rasa (default): both blocks read als_rasa; getallen=ruw: the copy before session 19 (words
        # without punctuation, the char n-grams of the raw text, numbers as they are)
        def _woorden(self, tekst):
            return als_rasa(tekst) if o["getallen"] == "rasa" else tokens(tekst)

        def _letters(self, tekst):
            return als_rasa(tekst) if o["getallen"] == "rasa" else tekst

        def _ruw(self, teksten):
            return [self.woord.transform(map(self._woorden, teksten)), self.letters.transform(map(self._letters, teksten))]

        def transform(self, teksten):
            blokken = [b.astype(float) for b in self._ruw(list(teksten))]
            if o["gewicht"] == "binair":
                for b in blokken:
                    b.data[:] = 1.0
            elif o["gewicht"] in ("sublineair", "tfidf"):
                for b in blokken:
                    b.data = 1.0 + np.log(b.data)
            if self.idf:
                blokken = [b.multiply(idf.idf_).tocsr()
                           for idf, b in zip(self.idf, blokken)]
            if o["norm"] == "blok":
                blokken = [normalize(b) for b in blokken]
            X = hstack(blokken).tocsr()
            if o["norm"] == "l2":
                X = normalize(X)
            return X

    stappen = [Kenmerken()]
    if o["schaal"] == "maxabs":
        stappen.append(MaxAbsScaler())
    C = float(o["C"])
    lr = LogisticRegression(C=C, solver="lbfgs", max_iter=300, tol=1e-4, class_weight="balanced", random_state=42)
    if o["model"] == "lr":
        stappen.append(lr)
    elif o["model"] == "svc":
        stappen.append(_svc(C))
    elif o["model"] == "sgd":
        stappen.append(SGDClassifier(loss="log_loss", alpha=1.0 / (C * 17000), class_weight="balanced",
                                     max_iter=50, tol=1e-4, random_state=42))
    elif o["model"] == "ens":
        stappen.append(_Gemiddelde([lr, _svc(C)]))
    else:
        raise SystemExit(f"unknown model {o['model']!r}")
    return make_pipeline(*stappen)


def _svc(C: float):
    """LinearSVC with probabilities: a softmax of its decision values (scale 5; sigmoid calibration with
    CalibratedClassifierCV needs 3 examples of every intent per fold, and some intents have fewer)."""
    from sklearn.svm import LinearSVC

    class SoftmaxSVC(LinearSVC):
        def predict_proba(self, X):
            d = 5.0 * self.decision_function(X)
            e = np.exp(d - d.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)

    return SoftmaxSVC(C=C, class_weight="balanced", random_state=42)


class _Gemiddelde:
    """Mean of the probabilities of a few classifiers (a cheap ensemble)."""

    def __init__(self, modellen):
        self.modellen = modellen

    def fit(self, X, y):
        for m in self.modellen:
            m.fit(X, y)
        self.classes_ = self.modellen[0].classes_
        return self

    def predict_proba(self, X):
        return sum(m.predict_proba(X) for m in self.modellen) / len(self.modellen)

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]

    def get_params(self, deep=False):
        return {"modellen": self.modellen}


def kruisvalidatie(data: List[Tuple[str, str]], folds: int, paren: int, spec: str = "",
                   naam: str = "Dutch nlu/*.yml") -> Tuple[np.ndarray, list]:
    """Print the CV accuracy and confusions; return the out-of-fold probabilities and their intent order."""
    from sklearn.model_selection import StratifiedKFold

    teksten = [t for t, _ in data]
    intenties = [i for _, i in data]
    klassen = sorted(set(intenties))
    kolom = {k: j for j, k in enumerate(klassen)}
    kans = np.zeros((len(data), len(klassen)))
    for train, test in StratifiedKFold(n_splits=folds, shuffle=True, random_state=42).split(teksten, intenties):
        model = pijplijn(spec).fit([teksten[i] for i in train], [intenties[i] for i in train])
        deel = model.predict_proba([teksten[i] for i in test])
        for j, k in enumerate(model.classes_):  # a fold may miss an intent with very few examples
            kans[test, kolom[k]] = deel[:, j]
    voorspeld = [klassen[j] for j in kans.argmax(axis=1)]
    goed = sum(a == b for a, b in zip(intenties, voorspeld))
    print(f"=== {folds}-fold cross-validation, {naam}: {goed / len(data):.4f} ({goed}/{len(data)}) ===")
    for (t, p), c in Counter((t, p) for t, p in zip(intenties, voorspeld) if t != p).most_common(paren):
        print(f"  {t} -> {p}: {c}")
    return kans, klassen


def labelfouten(data: List[Tuple[str, str]], bestanden: List[str], kans: np.ndarray, klassen: list,
                aantal: int) -> None:
    """The training lines confident learning marks as label issues, most doubted first (see the docstring)."""
    from cleanlab.filter import find_label_issues

    kolom = {k: j for j, k in enumerate(klassen)}
    gegeven = np.array([kolom[i] for _, i in data])
    volgorde = find_label_issues(gegeven, kans, return_indices_ranked_by="self_confidence")
    print(f"=== label issues (confident learning): {len(volgorde)} of {len(data)}; the {min(aantal, len(volgorde))} "
          f"most doubted ===")
    for i in volgorde[:aantal]:
        beste = int(kans[i].argmax())
        print(f"  {kans[i, gegeven[i]]:.2f}  {data[i][1]} -> {klassen[beste]} ({kans[i, beste]:.2f})"
              f"  [{bestanden[i]}]  {data[i][0]}")


def _bench_nlu():
    """bench/nlu.py as a module, for its normalise and near-copy bound (one definition of a near copy)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_nlu_voor_cv", ROOT / "bench" / "nlu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def regels(nlu: Path) -> List[Tuple[str, int]]:
    """(file name, line number) of every example of nederlandse_voorbeelden, in the same order.

    The examples are read again from the text of each file (an intent's `examples: |` block, one "- " line
    each, entity markup taken out; a second copy of a line with the same intent is left out, as Rasa does) and
    checked against Rasa's reading; a file read differently gets line 0."""
    uit = []
    for pad in sorted(nlu.glob("*.yml")):
        rasa = voorbeelden(pad)
        eigen, in_blok, intentie, gezien = [], False, None, set()
        for nr, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1):
            kaal = regel.strip()
            if re.match(r"^- (intent|regex|lookup|synonym):", kaal):
                in_blok = kaal.startswith("- intent:")
                intentie = kaal.split(":", 1)[1].strip()
            elif in_blok and kaal.startswith("- ") and regel.startswith("    "):
                tekst = _ENTITEIT.sub(r"\1", kaal[2:]).strip()
                if (tekst, intentie) not in gezien:
                    gezien.add((tekst, intentie))
                    eigen.append((tekst, nr))
        if [t for t, _ in eigen] == [t.strip() for t, _ in rasa]:
            uit += [(pad.name, nr) for _, nr in eigen]
        else:
            uit += [(pad.name, 0)] * len(rasa)
    return uit


def twijfel(data: List[Tuple[str, str]], kans: np.ndarray, klassen: list, zeker: float = 0.5,
            gegeven: float = 0.1) -> List[Tuple[int, str, float, float]]:
    """(index, predicted intent, its probability, the given intent's probability) of every line whose
    out-of-fold top intent is another one with probability >= zeker while the given one has <= gegeven."""
    kolom = {k: j for j, k in enumerate(klassen)}
    uit = []
    for i, (_, intentie) in enumerate(data):
        beste = int(kans[i].argmax())
        p_gegeven = float(kans[i, kolom[intentie]])
        if klassen[beste] != intentie and kans[i, beste] >= zeker and p_gegeven <= gegeven:
            uit.append((i, klassen[beste], float(kans[i, beste]), p_gegeven))
    return uit


def bijna_kopieen(data: List[Tuple[str, str]], gelijk: float | None = None) -> List[Tuple[int, int, str]]:
    """(i, j, how) with i < j for every pair of lines with different intents that are near copies: the same
    after normalising ("gelijk"), the same set of words ("zelfde woorden") or difflib's ratio >= gelijk in
    either order ("0.93"; texts of at least NEAR_MIN_LEN characters), as bench/nlu.py judges a near copy."""
    import difflib

    bench = _bench_nlu()
    gelijk = bench.NEAR_RATIO if gelijk is None else gelijk
    norm = [bench.normalise(t) for t, _ in data]
    uit, gezien = [], set()

    def erbij(i, j, hoe):
        i, j = min(i, j), max(i, j)
        if data[i][1] != data[j][1] and (i, j) not in gezien:
            gezien.add((i, j))
            uit.append((i, j, hoe))

    for sleutel, hoe in ((lambda n: n, "gelijk"), (lambda n: frozenset(n.split()), "zelfde woorden")):
        groepen = {}
        for i, n in enumerate(norm):
            if hoe == "gelijk" or len(n.split()) > 1:
                groepen.setdefault(sleutel(n), []).append(i)
        for leden in groepen.values():
            for a in range(len(leden)):
                for b in range(a + 1, len(leden)):
                    erbij(leden[a], leden[b], hoe)
    lang = [i for i, n in enumerate(norm) if len(n) >= bench.NEAR_MIN_LEN]
    teksten = [norm[i] for i in lang]
    oud = bench.NEAR_RATIO
    bench.NEAR_RATIO = gelijk  # the rapidfuzz bound of bench/nlu.py, at this ratio
    try:
        kandidaten = bench._near_candidates(teksten, teksten)
    finally:
        bench.NEAR_RATIO = oud
    for a, rij in enumerate(kandidaten):
        for b in rij:
            i, j = lang[a], lang[b]
            if b <= a or data[i][1] == data[j][1] or (i, j) in gezien:
                continue
            r = max(difflib.SequenceMatcher(a=norm[i], b=norm[j], autojunk=False).ratio(),
                    difflib.SequenceMatcher(a=norm[j], b=norm[i], autojunk=False).ratio())
            if r >= gelijk:
                erbij(i, j, f"{r:.2f}")
    return sorted(uit, key=lambda x: (data[x[0]][1], data[x[1]][1], x[0], x[1]))


def tegenspraak(data: List[Tuple[str, str]], plaats: List[Tuple[str, int]], kans: np.ndarray, klassen: list,
                zeker: float, gegeven: float, gelijk: float | None) -> None:
    """Print the confident disagreements and the contradicting near copies (see the docstring)."""
    waar = lambda i: f"[{plaats[i][0]}:{plaats[i][1]}]"
    lijst = twijfel(data, kans, klassen, zeker, gegeven)
    paren = Counter((data[i][1], p) for i, p, _, _ in lijst)
    print(f"=== confident disagreements (top >= {zeker:.2f}, given <= {gegeven:.2f}): {len(lijst)} of {len(data)} ===")
    for (g, p), c in paren.most_common():
        print(f"  {g} -> {p}: {c}")
    for i, p, pt, pg in sorted(lijst, key=lambda x: (-paren[(data[x[0]][1], x[1])], data[x[0]][1], x[1], x[0])):
        print(f"  {data[i][1]} -> {p} ({pt:.2f}; given {pg:.2f})  {waar(i)}  {data[i][0]}")
    kopie = bijna_kopieen(data, gelijk)
    print(f"=== near copies with different intents: {len(kopie)} pairs ===")
    for (a, b), c in Counter(tuple(sorted((data[i][1], data[j][1]))) for i, j, _ in kopie).most_common():
        print(f"  {a} ~ {b}: {c}")
    for i, j, hoe in kopie:
        print(f"  {hoe}: {data[i][1]} {waar(i)} {data[i][0]!r}  <>  {data[j][1]} {waar(j)} {data[j][0]!r}")


def toets(naam: str, model, test: List[Tuple[str, str]], paren: int) -> None:
    voorspeld = model.predict([t for t, _ in test])
    fout = [(t, i, p) for (t, i), p in zip(test, voorspeld) if i != p]
    print(f"=== {naam}: {1 - len(fout) / len(test):.4f} ({len(test) - len(fout)}/{len(test)}) ===")
    for (t, p), c in Counter((i, p) for _, i, p in fout).most_common(paren):
        print(f"  {t} -> {p}: {c}")
    for t, i, p in fout:
        print(f"  [{i} -> {p}] {t!r}")


def scherm(nlu: Path, sets: List[str], varianten: List[str], drempel: float) -> None:
    """The variant table: top-intent accuracy per set, mean Dutch / mean English (see the docstring)."""
    import time

    alles = voorbeelden(nlu)
    toetsen = {Path(p).stem: voorbeelden(Path(p)) for p in sets}
    engels = [n for n in toetsen if "_en" in n]
    nl = [n for n in toetsen if n not in engels]
    kop = ["variant"] + list(toetsen) + ["mean NL", "mean EN"] + (["NL fb", "EN fb"] if drempel else [])
    print("| " + " | ".join(kop) + " |\n|" + "---|" * len(kop), flush=True)
    for spec in varianten:
        begin = time.time()
        model = pijplijn(spec).fit([t for t, _ in alles], [i for _, i in alles])
        score, metfb = {}, {}
        for naam, test in toetsen.items():
            kans = model.predict_proba([t for t, _ in test])
            beste = model.classes_[kans.argmax(axis=1)]
            goed = np.array([b == i for b, (_, i) in zip(beste, test)])
            score[naam] = goed.mean()
            metfb[naam] = (goed & (kans.max(axis=1) >= drempel)).mean()
        gem = lambda d, ns: sum(d[n] for n in ns) / len(ns) if ns else float("nan")
        rij = [spec or "today"] + [f"{score[n]:.3f}" for n in toetsen] + [f"{gem(score, nl):.4f}", f"{gem(score, engels):.4f}"]
        if drempel:
            rij += [f"{gem(metfb, nl):.4f}", f"{gem(metfb, engels):.4f}"]
        print("| " + " | ".join(rij) + f" |  ({time.time() - begin:.0f} s)", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlu", default=str(ROOT / "nlu"))
    ap.add_argument("--taal", choices=TALEN, default="nl",
                    help="the language whose training lines the CV, --labelfouten and --tegenspraak read: nl = "
                         "nlu/*.yml, en = nlu/en/*.yml (--heldout still trains on all of --nlu)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--heldout", action="append", default=[])
    ap.add_argument("--pairs", type=int, default=25, help="how many confusion pairs to print")
    ap.add_argument("--geen-cv", action="store_true", help="only the held-out sets")
    ap.add_argument("--opzet", default="", help="one variant SPEC for the CV and --heldout runs (see above)")
    ap.add_argument("--variant", action="append", default=[],
                    help="screen this variant SPEC on the --heldout sets (repeatable; 'today' or '' = config.yml)")
    ap.add_argument("--drempel", type=float, default=0.0,
                    help="with --variant: also the accuracy when a confidence below this is nlu_fallback")
    ap.add_argument("--labelfouten", type=int, default=0, metavar="N",
                    help="print the N training lines the cross-validated model doubts most (cleanlab)")
    ap.add_argument("--tegenspraak", action="store_true",
                    help="print the confident disagreements and the near copies with different intents")
    ap.add_argument("--zeker", type=float, default=0.5, help="with --tegenspraak: the least top probability")
    ap.add_argument("--gegeven", type=float, default=0.1, help="with --tegenspraak: the most given-intent probability")
    ap.add_argument("--gelijk", type=float, default=None,
                    help="with --tegenspraak: the least difflib ratio of a near copy (bench/nlu.py's NEAR_RATIO)")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    for pad in args.heldout:
        if is_blind(pad):
            print(f"{pad}: a blind set is never read when tuning; use bench/nlu.py for its number", file=sys.stderr)
            return 2
    nlu = Path(args.nlu)
    if args.variant:
        scherm(nlu, args.heldout, ["" if v == "today" else v for v in args.variant], args.drempel)
        return 0
    if not args.geen_cv:
        eigen = cv_map(nlu, args.taal)
        data = nederlandse_voorbeelden(eigen)
        naam = "Dutch nlu/*.yml" if args.taal == "nl" else f"English nlu/{args.taal}/*.yml"
        kans, klassen = kruisvalidatie(data, args.folds, args.pairs, args.opzet, naam)
        if args.labelfouten:
            labelfouten(data, nederlandse_bestanden(eigen), kans, klassen, args.labelfouten)
        if args.tegenspraak:
            tegenspraak(data, regels(eigen), kans, klassen, args.zeker, args.gegeven, args.gelijk)
    if args.heldout:
        alles = voorbeelden(nlu)
        model = pijplijn(args.opzet).fit([t for t, _ in alles], [i for _, i in alles])
        for pad in args.heldout:
            toets(Path(pad).name, model, voorbeelden(Path(pad)), args.pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
