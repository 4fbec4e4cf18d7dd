"""The intent classifier's features built without scipy's stacking, and the empty-domain check, give Rasa's results (issue #16).

wegwijs/rasa/server.py builds the classifier's matrix from the sentence features'
own arrays when every block is a row in scipy's canonical order and there are no
dense features; otherwise Rasa's way. Compared here with Rasa's own
LogisticRegressionClassifier._create_X on random messages: the same shape, dtype,
values, columns and their order (the order decides how the scores are summed). On
the real model, bench/nlu_identiek.py compares every parse of nlu/ and the held-out sets.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.core.domain import Domain
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message

from wegwijs.rasa import server
from wegwijs.settings import ROOT

RASAS_CREATE_X = server._rasas_create_X or LogisticRegressionClassifier._create_X
ORIGINS = ("CountVectorsFeaturizer", "CountVectorsFeaturizer_char", "RegexFeaturizer")


def sparse_row(rng: random.Random, width: int, dtype) -> scipy.sparse.coo_matrix:
    columns = sorted(rng.sample(range(width), rng.randint(0, min(width, 12))))
    values = [rng.choice([1, 2, 3, 0.5, 1e-3]) for _ in columns]
    return scipy.sparse.coo_matrix((np.array(values, dtype=dtype), ([0] * len(columns), columns)), shape=(1, width))


def message(rng: random.Random, widths: list[int], dtypes: list) -> Message:
    msg = Message(data={TEXT: "een bericht"})
    tokens = rng.randint(1, 4)
    for origin, width, dtype in zip(ORIGINS, widths, dtypes):
        sequence = scipy.sparse.random(tokens, width, density=0.1, format="coo", random_state=rng.randint(0, 9999))
        msg.add_features(Features(sequence, "sequence", TEXT, origin))
        msg.add_features(Features(sparse_row(rng, width, dtype), "sentence", TEXT, origin))
    return msg


def same(got: scipy.sparse.csr_matrix, expected: scipy.sparse.csr_matrix) -> None:
    assert got.shape == expected.shape and got.dtype == expected.dtype
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert np.array_equal(got.data, expected.data)


@pytest.mark.parametrize("seed", range(40))
def test_the_direct_matrix_is_rasas(seed):
    rng = random.Random(seed)
    widths = [rng.randint(1, 400) for _ in ORIGINS][: rng.randint(1, 3)]
    dtypes = [rng.choice([np.int64, np.float64, np.float32]) for _ in widths]
    messages = [message(rng, widths, dtypes) for _ in range(rng.randint(1, 6))]
    direct = server._sentence_features_directly(messages)
    assert direct is not None  # this layout is the one the fast path is for
    same(direct, RASAS_CREATE_X(None, messages))
    same(server._intent_features(messages), RASAS_CREATE_X(None, messages))


def test_other_layouts_go_rasas_way():
    rng = random.Random(1)
    unsorted = message(rng, [50], [np.float64])
    block = [f for f in unsorted.features if f.type == "sentence"][0]
    block.features = scipy.sparse.coo_matrix((np.array([1.0, 2.0]), ([0, 0], [30, 4])), shape=(1, 50))
    dense = message(rng, [50], [np.float64])
    dense.add_features(Features(np.ones((1, 3)), "sentence", TEXT, "Dense"))
    as_csr = message(rng, [50], [np.float64])
    block = [f for f in as_csr.features if f.type == "sentence"][0]
    block.features = block.features.tocsr()
    for odd in (unsorted, dense, as_csr):
        assert server._sentence_features_directly([odd]) is None
        same(server._intent_features([odd]), RASAS_CREATE_X(None, [odd]))
    widths_differ = [message(rng, [50], [np.float64]), message(rng, [60], [np.float64])]
    assert server._sentence_features_directly(widths_differ) is None


def test_the_empty_domain_check_is_rasas():
    rasas = Domain.__dict__["is_empty"] if Domain.__dict__["is_empty"] is not server._domain_is_empty else None
    for domain in (Domain.empty(), Domain.from_dict({}), Domain.load(str(ROOT / "bot" / "domain")),
                   Domain.from_dict({"intents": ["groeten"]})):
        expected = domain.as_dict() == Domain.from_dict({}).as_dict()  # Rasa's Domain.is_empty, written out
        assert server._domain_is_empty(domain) == expected
        if rasas is not None:
            assert rasas(domain) == expected


def test_a_wegwijs_rasa_server_uses_both():
    server.install_speedups()
    assert LogisticRegressionClassifier._create_X is server._create_X
    assert Domain.is_empty is server._domain_is_empty
