"""The script format: what a writer gets back when a script is wrong, with the line number."""

from __future__ import annotations

import pytest

from wegwijs.dialogen.script import ScriptFout, find_scripts, load_script, parse_script
from wegwijs.settings import ROOT

GOOD = """\
titel: Thomas krijgt boodschappen
persona: Thomas is 34 en woont alleen.
peildatum: 2026-11-26
beurten:
  - zegt: /bereken_giften
    bevat: Hoeveel
  - zegt: ja
    bevat niet: [Sorry]
    bedrag: "€ 50"
    knop: Praat met een mens
    bron: ja
    verwijst naar een mens: ja
    zegt dat de gemeente beslist: nee
    bedrag uit:
      rekenhulp: giftenruimte
      invoer: {giften: []}
      veld: meetellend
"""


def test_a_good_script_is_read():
    script = parse_script(GOOD, "goed.yml")
    assert script.titel == "Thomas krijgt boodschappen" and script.peildatum == "2026-11-26"
    first, second = script.beurten
    assert first.zegt == "/bereken_giften" and first.bevat == ["Hoeveel"] and first.regel == 5
    assert second.bevat_niet == ["Sorry"] and second.bedrag == ["€ 50"] and second.knop == ["Praat met een mens"]
    assert second.bron == [""] and second.mens is True and second.gemeente_beslist is False
    assert second.bedrag_uit[0].rekenhulp == "giftenruimte" and second.bedrag_uit[0].invoer == {"giften": []}


def error_of(text: str) -> ScriptFout:
    with pytest.raises(ScriptFout) as caught:
        parse_script(text, "fout.yml")
    return caught.value


def test_a_misspelt_key_names_the_line_and_suggests_the_right_word():
    error = error_of(GOOD.replace("    bevat: Hoeveel", "    bevatt: Hoeveel"))
    assert error.line == 6
    assert str(error) == "fout.yml, regel 6: onbekend woord 'bevatt' in beurt 1. Bedoelt u 'bevat'?"


def test_a_turn_without_zegt_is_refused_with_its_line():
    error = error_of(GOOD.replace("  - zegt: ja\n", "  - bevat: ja\n"))
    assert error.line == 7 and "beurt 2 heeft geen 'zegt:'" in str(error)


def test_a_wrong_peildatum_says_how_to_write_it():
    error = error_of(GOOD.replace("2026-11-26", "26 november"))
    assert error.line == 3 and "Schrijf zo: 2026-11-26" in str(error)


def test_broken_yaml_names_the_line_and_gives_a_hint():
    error = error_of(GOOD.replace("    knop: Praat met een mens", "    knop: [Ja, wis: alles"))
    assert error.line and 10 <= error.line <= 12
    assert "inspringing" in str(error)


def test_missing_persona_and_a_wrong_yes_no():
    assert "'persona:' ontbreekt" in str(error_of(GOOD.replace("persona: Thomas is 34 en woont alleen.\n", "")))
    error = error_of(GOOD.replace("verwijst naar een mens: ja", "verwijst naar een mens: misschien"))
    assert error.line == 12 and "'ja' of 'nee'" in str(error)


def test_empty_file_and_empty_turns():
    assert "leeg" in str(error_of(""))
    assert "'- zegt:'" in str(error_of("titel: a\npersona: b\nbeurten: []\n"))


def test_every_shipped_script_is_valid_and_there_are_at_least_twenty():
    paths = find_scripts(ROOT / "dialogen")
    assert len(paths) >= 20
    titles = {load_script(p).titel for p in paths}
    assert len(titles) == len(paths)
    assert not [p for p in paths if "inbox" in p.parts]


def test_the_examples_in_the_docs_are_valid_scripts():
    import re

    text = (ROOT / "docs" / "dialogen.md").read_text(encoding="utf-8")
    examples = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert len(examples) == 4  # three worked examples and the one with several phrasings
    for example in examples:
        assert parse_script(example, "docs/dialogen.md").beurten
