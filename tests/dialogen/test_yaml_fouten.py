"""The 13 deliberate mistakes of the testers' review (testers-review.md §2.1), and wrong `bedrag uit` names.

Every message is Dutch (no PyYAML English), names the line where the mistake
is, and suggests the nearest valid word, gemeente or name.
"""

from __future__ import annotations

import re

import pytest

from wegwijs.dialogen.script import ScriptFout, find_scripts, parse_script

KOP = "titel: t\npersona: p\n"
ENGELS = re.compile(r"expected|found|mapping|scalar|token|block|stream|allowed", re.IGNORECASE)


def fout(text: str) -> ScriptFout:
    with pytest.raises(ScriptFout) as caught:
        parse_script(text, "s.yml")
    assert not ENGELS.search(caught.value.bericht), caught.value.bericht
    return caught.value


def test_bevat_indented_two_spaces_instead_of_four():
    error = fout(KOP + "beurten:\n  - zegt: hallo\n  bevat: x\n")
    assert error.line == 5 and "inspringing klopt niet bij 'bevat'" in error.bericht
    assert "vier spaties" in error.bericht


def test_a_misspelled_word_gets_the_nearest_one():
    error = fout(KOP + "beurten:\n  - zegt: hallo\n    bevatt: x\n")
    assert error.line == 5 and error.bericht.endswith("Bedoelt u 'bevat'?")


def test_an_own_word_gets_the_list_of_allowed_words():
    error = fout(KOP + "beurten:\n  - zegt: hallo\n    antwoord moet zijn: x\n")
    assert error.line == 5 and "onbekend woord 'antwoord moet zijn'" in error.bericht
    assert "U kunt kiezen uit: bedrag, bedrag uit, bevat, bevat niet, bron, geen knop, knop" in error.bericht


def test_a_colon_in_a_text_without_quotes():
    error = fout(KOP + "beurten:\n  - zegt: hallo\n    bevat: Let op: u kunt\n")
    assert error.line == 5 and "dubbele punt in de tekst" in error.bericht and "aanhalingstekens" in error.bericht


def test_a_tab_instead_of_spaces_is_called_a_tab():
    error = fout(KOP + "beurten:\n\t- zegt: hallo\n")
    assert error.line == 4 and "tab" in error.bericht and "spaties" in error.bericht


def test_beurt_instead_of_beurten():
    error = fout(KOP + "beurt:\n  - zegt: hallo\n")
    assert error.line == 3 and error.bericht.endswith("Bedoelt u 'beurten'?")


def test_the_dash_before_zegt_forgotten():
    error = fout(KOP + "beurten:\n  zegt: hallo\n")
    assert "Elke beurt begint met '- zegt:'" in error.bericht


def test_no_space_after_the_colon_names_that_line_not_the_next():
    error = fout(KOP + "beurten:\n  - zegt:/mens_spreken\n    bevat: mens\n")
    assert error.line == 4 and "na 'zegt:' hoort een spatie" in error.bericht
    assert "'zegt: /mens_spreken'" in error.bericht


def test_a_peildatum_written_the_dutch_way():
    error = fout(KOP + "peildatum: 15-06-2026\nbeurten:\n  - zegt: hallo\n")
    assert error.line == 3 and "Schrijf zo: 2026-11-26" in error.bericht


def test_ja_or_nee():
    error = fout(KOP + "beurten:\n  - zegt: hallo\n    zegt dat de gemeente beslist: misschien\n")
    assert error.line == 5 and "'ja' of 'nee'" in error.bericht
    assert parse_script(KOP + "beurten:\n  - zegt: x\n    verwijst naar een mens: Ja\n").beurten[0].mens is True


def test_a_gemeente_as_a_town_is_written_is_found_and_an_unknown_one_gets_the_nearest():
    assert parse_script(KOP + "gemeente: Voorbeelddorp\nbeurten:\n  - zegt: x\n").gemeente == "voorbeelddorp"
    error = fout(KOP + "gemeente: Voorbeeldstadt\nbeurten:\n  - zegt: x\n")
    assert error.line == 3 and error.bericht == "de gemeente 'Voorbeeldstadt' ken ik niet. Bedoelt u 'voorbeeldstad'?"
    error = fout(KOP + "gemeente: Utrecht\nbeurten:\n  - zegt: x\n")
    assert "U kunt kiezen uit:" in error.bericht and "voorbeeldstad" in error.bericht


def test_a_number_without_quotes_and_a_yaml_file_are_fine(tmp_path):
    assert parse_script(KOP + "beurten:\n  - zegt: 500\n").beurten[0].zegt == "500"
    (tmp_path / "a.yaml").write_text(KOP + "beurten:\n  - zegt: x\n", encoding="utf-8")
    assert [p.name for p in find_scripts(tmp_path)] == ["a.yaml"]


def test_a_quote_that_is_never_closed():
    error = fout(KOP + "beurten:\n  - zegt: \"hallo\n    bevat: x\n")
    assert error.line == 4 and "aanhalingsteken" in error.bericht


BEDRAG_UIT = KOP + "peildatum: 2026-11-26\nbeurten:\n  - zegt: x\n    bedrag uit:\n{}"


def test_a_wrong_rekenhulp_gets_the_nearest_name_when_read():
    error = fout(BEDRAG_UIT.format("      rekenhulp: bijverdienen\n      invoer: {inkomsten: 100}\n      veld: totaal_inkomen\n"))
    assert error.line == 7 and error.bericht.endswith("Bedoelt u 'bijverdienvrijlating'?")


def test_a_wrong_veld_gets_the_amounts_the_rekenhulp_has():
    invoer = "      invoer:\n        giften:\n          - {datum: 2026-10-01, bedrag: 50, soort: geld}\n"
    error = fout(BEDRAG_UIT.format("      rekenhulp: giftenruimte\n" + invoer + "      veld: nog over\n"))
    assert error.line == 7 and "'giftenruimte' geeft geen bedrag 'nog over'." in error.bericht
    assert "ruimte_over" in error.bericht


def test_a_wrong_invoer_says_what_the_rekenhulp_needs():
    error = fout(BEDRAG_UIT.format("      rekenhulp: giftenruimte\n      invoer: {gifte: []}\n      veld: meetellend\n"))
    assert "Het veld 'gifte' kent Wegwijs niet" in error.bericht


def test_several_phrasings_for_one_turn():
    script = parse_script(KOP + "beurten:\n  - zegt:\n      - ik krijg geld van mijn broer\n"
                                "      - mijn broer geeft mij geld\n    bevat: Wanneer\n")
    assert script.beurten[0].zegt == "ik krijg geld van mijn broer"
    assert script.beurten[0].andere_zinnen == ["mijn broer geeft mij geld"]
