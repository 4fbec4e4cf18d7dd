"""The Algemene termijnenwet parameter (session 15) with its start date checked (session 16, H4).

Art. 7 lid 1 of the Algemene termijnenwet (BWBR0002448): "Deze wet treedt in werking met ingang van 1 april 1965".
wetten.overheid.nl keeps no text of 1965, so the source points at a dated text it has (10-10-2010), not at {van}."""
from datetime import date

from knowledge import loader
import pytest

NAAM = "termijn.verlengd_na_weekend_of_feestdag"


def _periode():
    return loader.zoek(NAAM, date(2026, 12, 7))


def test_begint_op_de_inwerkingtreding_van_artikel_7():
    p = _periode()
    assert p.van == date(1965, 4, 1)
    assert p.waarde is True
    assert "artikel 7 lid 1" in p.bron["titel"]


def test_bron_wijst_naar_een_toestand_die_er_is():
    url = _periode().bron["url"]
    assert url == "https://wetten.overheid.nl/BWBR0002448/2010-10-10"
    assert "1965" not in url


def test_voor_1965_geen_verlenging():
    with pytest.raises(loader.GeenWaarde):
        loader.zoek(NAAM, date(1965, 3, 31))
