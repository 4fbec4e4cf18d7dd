"""Someone a year under the AOW age (H5, session 17): "i am 66 and alone, aow starts next year, how much do i get until
then", "I am 66, almost pension. Can I go 8 weeks to Portugal?". After the answer on the norm or the trip, one more
message: the AOW age (knowledge/), that the gemeente's bijstand ends there and the SVB pays the AOW and the AIO."""

from __future__ import annotations

from datetime import date

from actions.feiten_uit_bericht._gedeeld import _aow_leeftijd, eigen_leeftijd

RESPONSE = "utter_aow_bijna"


def aow_bijna(text: str, peildatum: date) -> bool:
    """True when the person's own age is one year under knowledge/'s AOW age (in whole years)."""
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    return leeftijd is not None and grens is not None and leeftijd == int(grens) - 1
