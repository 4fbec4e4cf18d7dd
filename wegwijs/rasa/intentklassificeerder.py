"""Rasa NLU component: Rasa's LogisticRegressionClassifier with a chosen C and scaled feature rows.

Rasa's LogisticRegressionClassifier fits sklearn's LogisticRegression on the raw sparse sentence
features (counts of words and char n-grams) with C fixed at 1.0. A long message then counts many
n-grams many times: its row dominates by size, and the regularisation does not fit both short and
long messages. This subclass (bench/nlu_cv.py --variant screens the options, session 10) can:

* ``gewicht``: ``telling`` (raw counts, as Rasa) or ``sublineair`` (1 + log of each count);
* ``norm``: ``geen``, ``l2`` (each row scaled to length 1) or ``blok`` (each featurizer's block of
  the row, e.g. the word counts and the char n-gram counts, scaled to length 1 on its own);
* ``C``: the inverse regularisation strength (normalised rows need a larger C than counts).

Everything else (balanced classes, lbfgs, ranking, persisting with skops) is Rasa's own. The
probabilities' scale changes with C and the norm, so FallbackClassifier's threshold is chosen
again with them (config.yml).
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.preprocessing import normalize

GEWICHTEN = ("telling", "sublineair")
NORMEN = ("geen", "l2", "blok")


def schaal_blok(blok: csr_matrix, gewicht: str) -> csr_matrix:
    """One featurizer's sentence features, weighted: raw counts or 1 + log(count)."""
    blok = csr_matrix(blok, dtype=float)
    if gewicht == "sublineair" and blok.nnz:
        blok.data = np.where(blok.data > 0, 1.0 + np.log(np.maximum(blok.data, 1e-12)), blok.data)
    return blok


def rij(blokken: List[csr_matrix], gewicht: str, norm: str) -> csr_matrix:
    """A message's feature row from its featurizers' blocks (in pipeline order), weighted and normalised."""
    blokken = [schaal_blok(b, gewicht) for b in blokken]
    if norm == "blok":
        blokken = [normalize(b) for b in blokken]
    samen = hstack(blokken).tocsr() if blokken else csr_matrix((1, 0))
    return normalize(samen) if norm == "l2" else samen


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class GeschaaldeLogistischeRegressie(LogisticRegressionClassifier):
    """LogisticRegressionClassifier with ``C``, ``gewicht`` and ``norm`` (see the module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0, "gewicht": "telling", "norm": "geen"}

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage,
                 resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        self.validate_config(self.config)
        self.clf.set_params(C=float(self.config["C"]))

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        config = {**cls.get_default_config(), **config}
        if config["gewicht"] not in GEWICHTEN:
            raise ValueError(f"gewicht must be one of {GEWICHTEN}, not {config['gewicht']!r}")
        if config["norm"] not in NORMEN:
            raise ValueError(f"norm must be one of {NORMEN}, not {config['norm']!r}")
        if float(config["C"]) <= 0:
            raise ValueError("C must be positive")

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        rijen = []
        for message in messages:
            blokken = [csr_matrix(f.features) for f in message.features
                       if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE]
            rijen.append(rij(blokken, self.config["gewicht"], self.config["norm"]))
        return vstack(rijen).tocsr()
