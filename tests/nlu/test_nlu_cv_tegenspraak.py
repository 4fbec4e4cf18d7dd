"""bench/nlu_cv.py --tegenspraak (session 15): the training lines that teach the classifier noise.

Its two lists: lines whose out-of-fold prediction is confidently another intent (top >= 0.5, given <= 0.1),
and pairs of near copies with different intents (the same after normalising, the same words, or difflib's
ratio >= 0.90 in either order, as bench/nlu.py judges a near copy). Each line carries its file and line number
(an intent's `examples: |` block, entity markup taken out, a repeated line left out as Rasa does).
"""
from __future__ import annotations

import numpy as np
import pytest

from tests.nlu import nlu_regels


@pytest.fixture(scope="module")
def cv():
    return nlu_regels.bench("nlu_cv")


def test_only_confident_disagreements_are_listed(cv):
    data = [("a", "giften"), ("b", "giften"), ("c", "giften"), ("d", "bijverdienen")]
    klassen = ["bijverdienen", "giften"]
    kans = np.array([
        [0.95, 0.05],  # confidently bijverdienen, given giften barely: listed
        [0.55, 0.45],  # another top intent, but the given one is not unlikely: not listed
        [0.10, 0.90],  # agrees: not listed
        [0.92, 0.08],  # agrees: not listed
    ])
    assert cv.twijfel(data, kans, klassen) == [(0, "bijverdienen", 0.95, 0.05)]
    assert [i for i, *_ in cv.twijfel(data, kans, klassen, zeker=0.5, gegeven=0.5)] == [0, 1]


def test_near_copies_with_different_intents(cv):
    data = [
        ("Mijn moeder geeft me 100 euro per maand, mag dat?", "bereken_giften"),
        ("mijn moeder geeft me 100 euro per maand mag dat", "giften"),  # same after normalising
        ("mag dat mijn moeder geeft me 100 euro per maand", "inlichtingenplicht"),  # same words
        ("mijn moeder geeft mij 100 euro per maand mag dat", "bereken_giften"),  # same intent as the first
        ("moet ik melden dat mijn moeder me geld geeft", "inlichtingenplicht"),  # not near anything
        ("mijn oma geeft mij 100 euro per maand mag dat", "giften"),  # difflib 0.92 with the fourth
    ]
    paren = {(i, j): hoe for i, j, hoe in cv.bijna_kopieen(data)}
    assert paren[(0, 1)] == "gelijk"
    assert paren[(0, 2)] == "zelfde woorden" and paren[(1, 2)] == "zelfde woorden"
    assert paren[(3, 5)] == "0.92"
    assert (0, 3) not in paren and (1, 5) not in paren  # the same intent is no contradiction
    assert not any(4 in p for p in paren)


def test_every_line_has_its_file_and_line_number(cv, tmp_path):
    (tmp_path / "a.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: giften\n  examples: |\n    - mijn oma geeft me [50](bedrag) euro\n'
        "    - mag ik een gift houden\n    - mag ik een gift houden\n- intent: bijverdienen\n  examples: |\n"
        "    - ik verdien [450 euro](bedrag) hoeveel mag ik houden\n"
        "- lookup: getalwoord\n  examples: |\n    - vijftig\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: giften\n  examples: |\n    - mag ik een gift houden\n', encoding="utf-8"
    )
    data = cv.nederlandse_voorbeelden(tmp_path)
    assert [t for t, _ in data] == ["mijn oma geeft me 50 euro", "mag ik een gift houden",
                                    "ik verdien 450 euro hoeveel mag ik houden", "mag ik een gift houden"]
    assert cv.regels(tmp_path) == [("a.yml", 5), ("a.yml", 6), ("a.yml", 10), ("b.yml", 5)]
