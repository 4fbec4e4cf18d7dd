"""Dialogue scripts: their format, the parser (Dutch errors that name the line), and drafts from the review page.

A script is a plain YAML file (see docs/dialogen.md):

    titel: Thomas krijgt boodschappen van zijn moeder
    persona: Thomas is 34, woont alleen en krijgt elke maand boodschappen.
    peildatum: 2026-11-26          # optional: the date the rules are taken from
    taal: en                       # optional: the session's language, "nl" (default) or "en" (issue #15)
    beurten:
      - zegt: /bereken_giften
        bevat: Hoeveel
      - zegt:                      # several phrasings of one turn: each is played
          - ik krijg elke maand 50 euro van mijn moeder
          - mijn moeder geeft mij 50 euro per maand
        bevat: Wanneer
      - zegt: vijftig euro per maand
        bevat niet: ["Sorry"]
        bedrag: "€ 50"
        knop: Praat met een mens
        bron: wetten.overheid.nl
        verwijst naar een mens: ja
        zegt dat de gemeente beslist: ja

The public gateway's review page imports this module only (script_from_conversation):
not the runner, the reports or the NLU candidates.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

DEFAULT_GEMEENTE = "voorbeeldstad"

# ---------------------------------------------------------------- the format

SCRIPT_KEYS = {"titel", "persona", "peildatum", "gemeente", "taal", "beurten"}
TALEN = ("nl", "en")  # a session's language (POST /api/sessions {"taal"}, issue #15)
REQUIRED_SCRIPT_KEYS = ("titel", "persona", "beurten")
TURN_KEYS = {
    "zegt",
    "bevat",
    "bevat niet",
    "bedrag",
    "bedrag uit",
    "knop",
    "geen knop",
    "bron",
    "verwijst naar een mens",
    "zegt dat de gemeente beslist",
}
BEDRAG_UIT_KEYS = {"rekenhulp", "invoer", "veld"}
INBOX = "inbox"  # an old drafts folder under dialogen/: the runner skips it


def inbox_dir(var_dir: Path) -> Path:
    """Where the review page saves draft scripts: under the data folder, never in the (read-only) code."""
    return var_dir / "dialogen-inbox"

# What the checks "verwijst naar een mens" and "zegt dat de gemeente beslist" look for.
MENS = re.compile(
    r"met een mens|bel de gemeente|juridisch loket|sociaal raadslieden|meld u bij de gemeente|bel 113",
    re.IGNORECASE,
)
MENS_KNOP = "Praat met een mens"
GEMEENTE_BESLIST = re.compile(
    r"gemeente(?: [A-Z][\w-]*)? beslist|beslist de gemeente|dat doet de gemeente|geen besluit",
    re.IGNORECASE,
)
BRON = re.compile(r"https://\S+")


class ScriptFout(ValueError):
    """A script that cannot be read; the message names the file and the line, in Dutch."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.bericht = str(path), line, message
        where = f"{path}, regel {line}" if line else str(path)
        super().__init__(f"{where}: {message}")


@dataclass
class Bedrag:
    rekenhulp: str
    invoer: dict
    veld: str
    regel: int = 0


@dataclass
class Beurt:
    zegt: str  # the first phrasing: the one the conversation goes on with
    regel: int
    andere_zinnen: list[str] = field(default_factory=list)  # other phrasings, each played on its own
    bevat: list[str] = field(default_factory=list)
    bevat_niet: list[str] = field(default_factory=list)
    bedrag: list[str] = field(default_factory=list)
    bedrag_uit: list[Bedrag] = field(default_factory=list)
    knop: list[str] = field(default_factory=list)
    geen_knop: list[str] = field(default_factory=list)
    bron: list[str] = field(default_factory=list)  # "" means: any https link
    mens: bool | None = None
    gemeente_beslist: bool | None = None


@dataclass
class Script:
    pad: str
    titel: str
    persona: str
    beurten: list[Beurt]
    peildatum: str | None = None
    gemeente: str | None = None
    taal: str | None = None  # None: the session starts as any session does (Dutch)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _suggestion(key: str, allowed, list_all: bool = True) -> str:
    """ " Bedoelt u 'x'?" for the nearest allowed word; else (with list_all) every allowed word."""
    words = sorted(allowed)
    close = difflib.get_close_matches(key, words, n=1, cutoff=0.6)
    if not close and key:
        close = difflib.get_close_matches(key.lower(), words, n=1, cutoff=0.5)
    if close:
        return f" Bedoelt u '{close[0]}'?"
    return f" U kunt kiezen uit: {', '.join(words)}." if list_all else ""


def _scalar_text(path, node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.value == "" and node.tag.endswith("null"):
        raise ScriptFout(path, _line(node), f"bij '{what}' hoort een tekst.")
    return str(node.value).strip()


def _text_list(path, node: yaml.Node, what: str) -> list[str]:
    """One text, or a list of texts."""
    if isinstance(node, yaml.SequenceNode):
        items = [_scalar_text(path, item, what) for item in node.value]
        if not items:
            raise ScriptFout(path, _line(node), f"de lijst bij '{what}' is leeg.")
        return items
    return [_scalar_text(path, node, what)]


def _yes_no(path, node: yaml.Node, what: str) -> bool:
    value = _scalar_text(path, node, what).lower()
    if value in ("ja", "true", "yes"):
        return True
    if value in ("nee", "false", "no"):
        return False
    raise ScriptFout(path, _line(node), f"bij '{what}' hoort 'ja' of 'nee', niet '{value}'.")


def _mapping(path, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise ScriptFout(path, _line(node), f"{what} moet bestaan uit regels als 'sleutel: waarde'.")
    result = {}
    for key_node, value_node in node.value:
        key = str(key_node.value).strip()
        if key not in allowed:
            raise ScriptFout(
                path, _line(key_node), f"onbekend woord '{key}' in {what}.{_suggestion(key, allowed)}"
            )
        if key in result:
            raise ScriptFout(path, _line(key_node), f"'{key}' staat twee keer in {what}.")
        result[key] = (key_node, value_node)
    return result


def _bedrag_uit(path, node: yaml.Node) -> Bedrag:
    fields = _mapping(path, node, "'bedrag uit'", BEDRAG_UIT_KEYS)
    for key in BEDRAG_UIT_KEYS:
        if key not in fields:
            raise ScriptFout(path, _line(node), f"bij 'bedrag uit' ontbreekt '{key}'.")
    invoer_node = fields["invoer"][1]
    if not isinstance(invoer_node, yaml.MappingNode):
        raise ScriptFout(path, _line(invoer_node), "bij 'invoer' horen regels als 'leeftijd: 35'.")
    invoer = yaml.safe_load(yaml.serialize(invoer_node))
    return Bedrag(
        rekenhulp=_scalar_text(path, fields["rekenhulp"][1], "rekenhulp"),
        invoer=invoer,
        veld=_scalar_text(path, fields["veld"][1], "veld"),
        regel=_line(node),
    )


def _turn(path, node: yaml.Node, number: int) -> Beurt:
    fields = _mapping(path, node, f"beurt {number}", TURN_KEYS)
    if "zegt" not in fields:
        raise ScriptFout(path, _line(node), f"beurt {number} heeft geen 'zegt:'. Wat zegt de persoon?")
    zinnen = _text_list(path, fields["zegt"][1], "zegt")
    turn = Beurt(zegt=zinnen[0], regel=_line(node), andere_zinnen=zinnen[1:])
    lists = {"bevat": "bevat", "bevat niet": "bevat_niet", "bedrag": "bedrag", "knop": "knop", "geen knop": "geen_knop"}
    for key, attribute in lists.items():
        if key in fields:
            setattr(turn, attribute, _text_list(path, fields[key][1], key))
    if "bron" in fields:
        value_node = fields["bron"][1]
        if isinstance(value_node, yaml.ScalarNode) and value_node.value.lower() in ("ja", "true", "yes"):
            turn.bron = [""]
        else:
            turn.bron = _text_list(path, value_node, "bron")
    if "bedrag uit" in fields:
        value_node = fields["bedrag uit"][1]
        items = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
        turn.bedrag_uit = [_bedrag_uit(path, item) for item in items]
    if "verwijst naar een mens" in fields:
        turn.mens = _yes_no(path, fields["verwijst naar een mens"][1], "verwijst naar een mens")
    if "zegt dat de gemeente beslist" in fields:
        turn.gemeente_beslist = _yes_no(
            path, fields["zegt dat de gemeente beslist"][1], "zegt dat de gemeente beslist"
        )
    return turn


def parse_script(text: str, path: Path | str = "<script>") -> Script:
    """One script from its YAML text; raises ScriptFout (Dutch, with the line number)."""
    _check_lines(path, text)
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as error:
        raise _yaml_error(path, text, error) from None
    if root is None:
        raise ScriptFout(path, None, "het bestand is leeg.")
    fields = _mapping(path, root, "het script", SCRIPT_KEYS)
    for key in REQUIRED_SCRIPT_KEYS:
        if key not in fields:
            raise ScriptFout(path, 1, f"'{key}:' ontbreekt. Elk script heeft een titel, een persona en beurten.")
    peildatum = None
    if "peildatum" in fields:
        value_node = fields["peildatum"][1]
        try:
            peildatum = date.fromisoformat(str(value_node.value).strip()).isoformat()
        except ValueError:
            raise ScriptFout(
                path, _line(value_node), f"de peildatum '{value_node.value}' is geen datum. Schrijf zo: 2026-11-26."
            ) from None
    beurten_node = fields["beurten"][1]
    if not isinstance(beurten_node, yaml.SequenceNode) or not beurten_node.value:
        raise ScriptFout(path, _line(beurten_node), "onder 'beurten:' staat een lijst. Elke beurt begint met '- zegt:'.")
    gemeente = _gemeente(path, fields["gemeente"][1]) if "gemeente" in fields else None
    taal = _taal(path, fields["taal"][1]) if "taal" in fields else None
    script = Script(
        pad=str(path),
        titel=_scalar_text(path, fields["titel"][1], "titel"),
        persona=_scalar_text(path, fields["persona"][1], "persona"),
        peildatum=peildatum,
        gemeente=gemeente,
        taal=taal,
        beurten=[_turn(path, node, i) for i, node in enumerate(beurten_node.value, start=1)],
    )
    for turn in script.beurten:
        for bedrag in turn.bedrag_uit:
            _check_bedrag_uit(path, bedrag, script.peildatum or date.today().isoformat(), gemeente or DEFAULT_GEMEENTE)
    return script


# ---------------------------------------------------------------- Dutch errors for YAML mistakes

ALL_KEYS = SCRIPT_KEYS | TURN_KEYS | BEDRAG_UIT_KEYS
# "zegt:/mens_spreken": a known word with its colon, but no space after it.
NO_SPACE_AFTER_COLON = re.compile(r"^\s*(?:-\s+)?(?P<key>[a-z][a-z ]*?):(?P<rest>[^\s].*)$")


def _check_lines(path, text: str) -> None:
    """Mistakes YAML reports late or in English: a tab to indent, no space after a known word's colon."""
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip())]
        if "\t" in indent:
            raise ScriptFout(path, number, "hier staat een tab vooraan de regel. Gebruik alleen spaties om in te springen.")
        match = NO_SPACE_AFTER_COLON.match(line)
        if match and match["key"] in ALL_KEYS and not match["rest"].startswith("//"):
            key = match["key"]
            raise ScriptFout(path, number, f"na '{key}:' hoort een spatie. Schrijf zo: '{key}: {match['rest']}'.")


def _yaml_error(path, text: str, error: yaml.YAMLError) -> ScriptFout:
    """PyYAML's English problem as a Dutch hint on the line where it is."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = str(getattr(error, "problem", "") or "")
    line = mark.line + 1 if mark else None
    lines = text.splitlines()
    shown = lines[line - 1] if line and line <= len(lines) else ""
    word = shown.strip().lstrip("- ").split(":")[0].strip()
    if "mapping values are not allowed" in problem and mark is not None:
        first_colon = shown.find(": ")
        if 0 <= first_colon < mark.column - 1 or shown.count(": ") > 1:
            return ScriptFout(path, line, "er staat een dubbele punt in de tekst. Zet de hele tekst tussen "
                                          "aanhalingstekens, zo: bevat: \"Let op: u kunt ...\".")
        return ScriptFout(path, line, f"de regel met '{word}:' springt verder in dan de regel erboven. "
                                      "Zet vier spaties voor elke regel onder '- zegt:'.")
    if "expected <block end>" in problem or "did not find expected" in problem or "expected <block" in problem:
        return ScriptFout(path, line, f"de inspringing klopt niet{f' bij {word!r}' if word else ''}. Zet twee spaties "
                                      "voor '- zegt:' en vier spaties voor de regels eronder.")
    if "end of stream" in problem or "quoted scalar" in str(getattr(error, "context", "")):
        start = error.context_mark.line + 1 if getattr(error, "context_mark", None) else line
        return ScriptFout(path, start, "hier begint een tekst met een aanhalingsteken, maar hij sluit niet. "
                                       "Zet aan het eind ook een aanhalingsteken.")
    return ScriptFout(path, line, "deze regel kan ik niet lezen. Kijk of de inspringing klopt. Staat er een "
                                  "dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens.")


def _gemeente(path, node: yaml.Node) -> str:
    """A known gemeente, written as its file is named (lower case); a typo gets the nearest name."""
    from knowledge.gemeenten import bekende_gemeenten

    value = _scalar_text(path, node, "gemeente")
    known = bekende_gemeenten()
    for code in known:
        if code.lower() == value.lower().replace(" ", "-"):
            return code
    raise ScriptFout(path, _line(node), f"de gemeente '{value}' ken ik niet.{_suggestion(value.lower(), known)}")


def _taal(path, node: yaml.Node) -> str:
    """The session's language: nl or en."""
    value = _scalar_text(path, node, "taal").lower()
    if value not in TALEN:
        raise ScriptFout(path, _line(node), f"de taal '{value}' kan niet. Schrijf nl (Nederlands) of en (Engels).")
    return value


def _check_bedrag_uit(path, bedrag: "Bedrag", peildatum: str, gemeente: str) -> None:
    """The calculator, its input and the field exist: found when the script is read, not after playing it."""
    import knowledge

    if bedrag.rekenhulp not in knowledge.BEREKENINGEN:
        raise ScriptFout(path, bedrag.regel, f"de rekenhulp '{bedrag.rekenhulp}' bestaat niet."
                                            f"{_suggestion(bedrag.rekenhulp, knowledge.BEREKENINGEN)}")
    try:
        result = knowledge.bereken(bedrag.rekenhulp, {"peildatum": peildatum, "gemeente": gemeente, **bedrag.invoer})
    except knowledge.InvoerFout as error:
        raise ScriptFout(path, bedrag.regel, f"bij 'invoer' van '{bedrag.rekenhulp}': {error.fout}") from None
    amounts = {k for k, v in result.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    if bedrag.veld not in amounts:
        raise ScriptFout(path, bedrag.regel, f"'{bedrag.rekenhulp}' geeft geen bedrag '{bedrag.veld}'."
                                            f"{_suggestion(bedrag.veld, amounts)}")


def load_script(path: Path) -> Script:
    return parse_script(path.read_text(encoding="utf-8"), path)


def find_scripts(target: Path) -> list[Path]:
    """A file, or every .yml/.yaml under a folder (except the inbox, which holds drafts)."""
    if target.is_file():
        return [target]
    if not target.is_dir():
        raise FileNotFoundError(f"{target} bestaat niet")
    return sorted(
        p for p in target.rglob("*") if p.suffix in (".yml", ".yaml") and INBOX not in p.relative_to(target).parts
    )


# ---------------------------------------------------------------- reading a reply


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def reply_text(messages: list[dict]) -> str:
    """Every bubble, with what is behind its "Meer uitleg" (why, assumptions, the law: gateway API meer_uitleg)."""
    return normalise(" ".join(part for m in messages
                              for part in (m.get("text", ""), *(u.get("tekst", "") for u in m.get("meer_uitleg") or []))))


def reply_buttons(messages: list[dict]) -> list[str]:
    return [b.get("title", "") for m in messages for b in m.get("buttons") or []]


# ---------------------------------------------------------------- from a marked conversation


def first_sentence(text: str) -> str:
    sentence = re.split(r"(?<=[.?!])\s", normalise(text), maxsplit=1)[0]
    return sentence[:120]


# Characters a YAML comment cannot hold: line breaks (also \x85, U+2028, U+2029) end it, and
# control characters or lone surrogates make the whole file unreadable (PyYAML's "unacceptable").
NOT_IN_A_COMMENT = re.compile("[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def yaml_string(text: str) -> str:
    """`text` as one double-quoted YAML string on one line, read back exactly (yaml.safe_dump escapes)."""
    dumped = yaml.safe_dump(str(text), allow_unicode=True, default_style='"', width=float("inf"))
    return dumped.removesuffix("\n")


def yaml_comment(text: str) -> str:
    """`text` on one comment line: whatever could end the comment or break the file becomes a space."""
    return " ".join(NOT_IN_A_COMMENT.sub(" ", text).split())


OORDEEL_WOORDEN = {"klopt": "klopt", "klopt_niet": "klopt niet", "te_moeilijk": "te moeilijk", "te_lang": "te lang",
                   "toon": "toon niet goed"}
NOG_INVULLEN = "    # Wat klopt er niet? Schrijf hier wat er wel (bevat:) of juist niet (bevat niet:) in moet staan."


def script_from_conversation(conversation: dict) -> str:
    """A draft script (YAML text) from a test conversation with the testers' marks.

    The draft keeps what the tester marked: a mark on one sentence of the
    answer ("zin") becomes `bevat` (klopt) or `bevat niet` (klopt niet) of that
    very sentence. A "klopt" without a sentence keeps the first sentence; a
    "klopt niet" without one gets no check (a guess could test the wrong thing)
    but a line asking what to check. The peildatum is the conversation's, or
    else the day it was held, so the draft does not change with the calendar;
    the gemeente is written when it was not the default one.

    Testers typed these texts: every value is written by yaml.safe_dump and
    every comment loses its line breaks, so no text can add keys or turns, or
    make the file unreadable (security review L2).
    """
    lines = [
        f"titel: {yaml_string('Testgesprek van ' + str(conversation.get('tester') or 'een tester'))}",
        f"persona: {yaml_string('Vul hier in wie de persoon is, in een zin.')}",
    ]
    peildatum = _iso_date(conversation.get("peildatum"))
    if peildatum:
        lines.append(f"peildatum: {peildatum}")
    elif _iso_date(str(conversation.get("begin") or "")[:10]):
        lines.append("# Het gesprek had geen peildatum. Dit is de dag van het gesprek:")
        lines.append(f"peildatum: {str(conversation['begin'])[:10]}")
    gemeente = conversation.get("gemeente")
    if isinstance(gemeente, str) and gemeente != DEFAULT_GEMEENTE and re.fullmatch(r"[a-z0-9-]{1,60}", gemeente):
        lines.append(f"gemeente: {gemeente}")
    lines.append("beurten:")
    for turn in conversation["beurten"]:
        if turn["tekst"] == "/welkom":
            continue
        lines.extend(_turn_lines(turn))
    return "\n".join(lines) + "\n"


def _iso_date(value) -> str | None:
    try:
        return date.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None


def _turn_lines(turn: dict) -> list[str]:
    marks = turn.get("markeringen") or []
    lines = [f"  - zegt: {yaml_string(turn['tekst'])}"]
    for mark in marks:
        comment = mark.get("opmerking") or ""
        woord = OORDEEL_WOORDEN.get(mark["oordeel"], mark["oordeel"])
        lines.append("    # " + yaml_comment(f"{mark['tester']}: {woord}{': ' + comment if comment else ''}"))
    with_sentence = {"klopt": [], "klopt_niet": []}
    for mark in marks:
        if mark.get("zin") and mark["oordeel"] in with_sentence and mark["zin"] not in with_sentence[mark["oordeel"]]:
            with_sentence[mark["oordeel"]].append(mark["zin"])
    oordelen = {m["oordeel"] for m in marks}
    lines.extend(_check_lines_for("bevat niet", with_sentence["klopt_niet"]))
    if "klopt_niet" in oordelen and not with_sentence["klopt_niet"]:
        lines.append(NOG_INVULLEN)
    wanted = with_sentence["klopt"]
    if "klopt" in oordelen and not wanted and "klopt_niet" not in oordelen:
        first = first_sentence(reply_text(turn["antwoord"]))
        wanted = [first] if first else []
    lines.extend(_check_lines_for("bevat", wanted))
    buttons = reply_buttons(turn["antwoord"])
    if wanted and buttons:
        lines.append(f"    knop: {yaml_string(buttons[0])}")
    return lines


def _check_lines_for(key: str, sentences: list[str]) -> list[str]:
    """`key: "one"`, or a list under `key:` for several sentences (a key may appear only once)."""
    if len(sentences) == 1:
        return [f"    {key}: {yaml_string(sentences[0])}"]
    return [f"    {key}:"] + [f"      - {yaml_string(sentence)}" for sentence in sentences] if sentences else []
