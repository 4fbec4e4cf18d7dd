"""bench/nlu_cv.py reads numbers as Rasa does (session 19).

Rasa's CountVectorsFeaturizer replaces every number among the tokens with __NUMBER__ before it counts words and
char n-grams (count_vectors_featurizer.py, _process_tokens), so the model never sees "1200" or "285" themselves. The
scikit-learn copy that screens the training data counted them as typed, and the char block read the raw text:
it could blame or credit a number Rasa never sees. getallen=ruw keeps the old copy for comparison.
"""
from __future__ import annotations

import pytest

from tests.nlu.nlu_regels import bench


@pytest.fixture(scope="module")
def cv():
    return bench("nlu_cv")


def test_a_number_is_one_token_as_in_rasa(cv):
    assert cv.als_rasa("Mijn oma geeft 1200 euro, mag dat?").split() == ["mijn", "oma", "geeft", "__number__", "euro",
                                                                        "mag", "dat"]
    assert cv.als_rasa("ik werk 12 uur") == cv.als_rasa("ik werk 30 uur")
    assert "1200" not in cv.als_rasa("is die 1200 per persoon")


@pytest.mark.parametrize("getallen,gelijk", [("rasa", True), ("ruw", False)])
def test_two_messages_that_differ_only_in_a_number(cv, getallen, gelijk):
    teksten = ["mijn oma geeft me 50 euro mag dat", "ik werk 12 uur hoeveel mag ik houden",
               "mijn oma geeft me 1200 euro mag dat", "ik werk 30 uur hoeveel mag ik houden"]
    intents = ["giften", "bijverdienen", "giften", "bijverdienen"]
    model = cv.pijplijn(f"getallen={getallen}").fit(teksten, intents)
    kenmerken = model.steps[0][1].transform(["oma geeft 75 euro", "oma geeft 2000 euro"]).toarray()
    assert bool((kenmerken[0] == kenmerken[1]).all()) is gelijk


def test_the_default_is_rasa(cv):
    assert cv.opzet("")["getallen"] == "rasa"
    with pytest.raises(SystemExit):
        cv.opzet("getallen=soms,onbekend=1")
