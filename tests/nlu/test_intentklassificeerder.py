"""wegwijs/rasa/intentklassificeerder.py: Rasa's logistic regression with C and scaled feature rows.

Without a trained model: messages with hand-made sparse sentence features, as the featurizers leave them.
"""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from wegwijs.rasa.intentklassificeerder import GeschaaldeLogistischeRegressie, rij


def bericht(woorden: list[float], letters: list[float], intent: str | None = None) -> Message:
    message = Message(data={TEXT: "x", **({"intent": intent} if intent else {})})
    for origin, waarden in (("woorden", woorden), ("letters", letters)):
        message.add_features(Features(csr_matrix(np.array([waarden], dtype=float)), FEATURE_TYPE_SENTENCE, TEXT, origin))
    return message


def maak(tmp_path, **config) -> GeschaaldeLogistischeRegressie:
    return GeschaaldeLogistischeRegressie.create(
        {**GeschaaldeLogistischeRegressie.get_default_config(), **config}, LocalModelStorage(tmp_path),
        Resource("klassificeerder"), ExecutionContext(GraphSchema({}), "test"))


def test_l2_makes_a_long_message_count_as_much_as_a_short_one():
    kort = rij([csr_matrix([[1.0, 0.0]]), csr_matrix([[2.0, 0.0, 0.0]])], "telling", "l2")
    lang = rij([csr_matrix([[5.0, 0.0]]), csr_matrix([[10.0, 0.0, 0.0]])], "telling", "l2")
    assert np.allclose(kort.toarray(), lang.toarray())
    assert np.isclose(np.linalg.norm(kort.toarray()), 1.0)


def test_blok_scales_each_featurizers_block_on_its_own():
    samen = rij([csr_matrix([[3.0, 4.0]]), csr_matrix([[0.0, 10.0, 0.0]])], "telling", "blok").toarray()[0]
    assert np.allclose(samen, [0.6, 0.8, 0.0, 1.0, 0.0])


def test_sublineair_takes_the_log_of_counts_and_keeps_zeros_and_ones():
    waarden = rij([csr_matrix([[1.0, 0.0, np.e]])], "sublineair", "geen").toarray()[0]
    assert np.allclose(waarden, [1.0, 0.0, 2.0])


def test_today_s_setting_is_rasa_s_raw_counts():
    assert np.allclose(rij([csr_matrix([[1.0, 3.0]]), csr_matrix([[2.0]])], "telling", "geen").toarray(), [[1, 3, 2]])


def test_c_reaches_sklearn_and_a_wrong_setting_is_refused(tmp_path):
    assert maak(tmp_path, C=10).clf.C == 10.0
    assert maak(tmp_path).clf.C == 1.0  # Rasa's own value, unless C is given
    with pytest.raises(ValueError):
        maak(tmp_path, norm="l3")
    with pytest.raises(ValueError):
        maak(tmp_path, gewicht="tfidf")


def test_trains_predicts_and_loads_with_the_same_probabilities(tmp_path):
    training = [bericht([3, 0], [1, 0, 0], "a"), bericht([1, 0], [2, 0, 0], "a"),
                bericht([0, 2], [0, 1, 1], "b"), bericht([0, 7], [0, 0, 3], "b")]
    klassificeerder = maak(tmp_path, C=10, gewicht="sublineair", norm="l2")
    klassificeerder.train(TrainingData(training))
    # A long message (large counts) is still read by what it contains.
    vraag = [bericht([40, 0], [30, 0, 0]), bericht([0, 1], [0, 1, 0])]
    klassificeerder.process(vraag)
    assert [m.get("intent")["name"] for m in vraag] == ["a", "b"]
    geladen = GeschaaldeLogistischeRegressie.load(
        klassificeerder.config, klassificeerder._model_storage, klassificeerder._resource,
        ExecutionContext(GraphSchema({}), "test"))
    opnieuw = [bericht([40, 0], [30, 0, 0]), bericht([0, 1], [0, 1, 0])]
    geladen.process(opnieuw)
    for eerst, daarna in zip(vraag, opnieuw):
        assert eerst.get("intent") == daarna.get("intent")
