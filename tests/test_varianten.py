"""A new variant (language or form of address) is one registration in knowledge/varianten.py plus its texts."""

from __future__ import annotations

import pytest

from knowledge import varianten
from knowledge.teksten import alle_teksten, met_variant, tekst
from wegwijs.responses import SLOT, all_responses, response_text, variant_of, variation_for


def test_the_standard_is_registered_and_needs_no_fallback():
    assert varianten.STANDAARD in varianten.VARIANTEN
    assert varianten.volgorde(varianten.STANDAARD) == (varianten.STANDAARD,)


def test_variant_of_a_language_and_an_aanspreekvorm():
    assert varianten.variant_van("nl", "u") == "nl-u"
    assert varianten.variant_van("nl", "je") == "nl-je"
    assert varianten.volgorde("nl-je") == ("nl-je", "nl-u")
    assert varianten.variant_van("en", "u") == varianten.variant_van("en", "je") == "en"  # no u/je in English
    assert varianten.volgorde("en") == ("en", "nl-u")  # Dutch only where English is missing (tests/test_engels.py)
    for taal, vorm in [("fr", "u"), ("nl", "jij")]:
        with pytest.raises(ValueError):
            varianten.variant_van(taal, vorm)
    with pytest.raises(ValueError):
        varianten.volgorde("je")  # the old aanspreekvorm is no variant key


@pytest.mark.parametrize("variant", varianten.VARIANTEN)
def test_every_fallback_is_a_registered_variant_without_a_cycle(variant):
    order = varianten.volgorde(variant)
    assert set(order) <= set(varianten.VARIANTEN) and len(order) == len(set(order))
    assert variant in varianten.TERUGVAL


def test_every_response_condition_names_a_registered_variant():
    """A condition on the `variant` slot for a variant that is not registered would never be shown."""
    used = {variant_of(v) for variations in all_responses().values() for v in variations}
    assert used <= set(varianten.VARIANTEN), used - set(varianten.VARIANTEN)
    conditions = [c for variations in all_responses().values() for v in variations for c in v.get("condition") or []]
    assert conditions and all(c == {"type": "slot", "name": SLOT, "value": c["value"]} for c in conditions)


@pytest.mark.parametrize("variant", varianten.VARIANTEN)
def test_every_registered_variant_has_every_response_or_a_fallback(variant):
    for name, variations in all_responses().items():
        assert variation_for(variations, variant)["text"], name
        assert response_text(name, variant) is not None


@pytest.mark.parametrize("variant", varianten.VARIANTEN)
def test_every_registered_variant_has_every_explanation_or_a_fallback(variant):
    standaard = [k for k in alle_teksten() if k.split(".", 1)[0] not in varianten.VARIANTEN]
    with met_variant(variant):
        for sleutel in standaard:
            assert tekst(sleutel) is not None, sleutel


def test_a_text_follows_the_variant_and_falls_back_to_nl_u():
    assert tekst("norm.alleenstaande_aow", variant="nl-je").startswith("Je hebt")
    assert tekst("norm.alleenstaande_aow", variant="nl-u").startswith("U heeft")
    assert tekst("medebewoner.telt_mee", variant="nl-je") == tekst("medebewoner.telt_mee", variant="nl-u")
    with met_variant("nl-je"):
        assert tekst("norm.alleenstaande_aow").startswith("Je hebt")
    with pytest.raises(ValueError):
        met_variant("je")


def test_an_unregistered_variant_gets_no_text():
    with pytest.raises(ValueError):
        response_text("utter_welkom", "fr")
