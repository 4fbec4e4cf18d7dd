"""bench/nlu.py counts a typed language switch the way the product handles it.

The gateway decides "English please" / "in het nederlands aub" before Rasa (wegwijs/taalkeuze.py gevraagde_taal)
and sends the taal_kiezen payload; nlu/ has no examples of it. The bench used to count such test messages as
the classifier's guess (wrong); now they are predicted taal_kiezen, and only those.
"""
from __future__ import annotations

from tests.nlu import nlu_regels


def _bench():
    return nlu_regels.bench("nlu")


def test_a_typed_language_switch_counts_as_taal_kiezen_and_nothing_else_does():
    bench = _bench()
    texts = ["English please", "  in het nederlands aub ", "kan je engels praten, ik spreek slecht nederlands want ik "
             "woon hier pas twee maanden", "mijn nederlands is niet goed", "hoeveel mag ik bijverdienen"]
    classifier = ["andere_taal", "bevestigen", "taal", "taal", "bijverdienen"]

    predicted, routed = bench.taalkeuze_van_gateway(texts, classifier)

    assert predicted == ["taal_kiezen", "taal_kiezen", "taal", "taal", "bijverdienen"]
    assert routed == 2
