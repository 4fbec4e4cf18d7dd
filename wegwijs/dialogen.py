"""Dialogue scripts: written by people with lived experience, played through the gateway.

A script is a plain YAML file (see docs/dialogen.md):

    titel: Thomas krijgt boodschappen van zijn moeder
    persona: Thomas is 34, woont alleen en krijgt elke maand boodschappen.
    peildatum: 2026-11-26          # optional: the date the rules are taken from
    beurten:
      - zegt: /bereken_giften
        bevat: Hoeveel
      - zegt: vijftig euro per maand
        bevat niet: ["Sorry"]
        bedrag: "€ 50"
        knop: Praat met een mens
        bron: wetten.overheid.nl
        verwijst naar een mens: ja
        zegt dat de gemeente beslist: ja

This module loads scripts (with Dutch errors that name the line), plays them
through the gateway API (the path the widget takes), checks every reply and
writes the HTML and JSON reports.
"""

from __future__ import annotations

import difflib
import html
import json
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Callable

import yaml

from kanalen.client import Gateway, GatewayError

# ---------------------------------------------------------------- the format

SCRIPT_KEYS = {"titel", "persona", "peildatum", "gemeente", "beurten"}
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


@dataclass
class Beurt:
    zegt: str
    regel: int
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


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _suggestion(key: str, allowed: set[str]) -> str:
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return f" Bedoelt u '{close[0]}'?" if close else ""


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
    )


def _turn(path, node: yaml.Node, number: int) -> Beurt:
    fields = _mapping(path, node, f"beurt {number}", TURN_KEYS)
    if "zegt" not in fields:
        raise ScriptFout(path, _line(node), f"beurt {number} heeft geen 'zegt:'. Wat zegt de persoon?")
    turn = Beurt(zegt=_scalar_text(path, fields["zegt"][1], "zegt"), regel=_line(node))
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
    """One script from its YAML text; raises ScriptFout with the line number."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or "de tekst is geen geldige YAML"
        hint = " Kijk of de inspringing klopt en of een dubbele punt in een tekst tussen aanhalingstekens staat."
        raise ScriptFout(path, mark.line + 1 if mark else None, f"dit lukt niet te lezen ({problem}).{hint}") from None
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
    return Script(
        pad=str(path),
        titel=_scalar_text(path, fields["titel"][1], "titel"),
        persona=_scalar_text(path, fields["persona"][1], "persona"),
        peildatum=peildatum,
        gemeente=_scalar_text(path, fields["gemeente"][1], "gemeente") if "gemeente" in fields else None,
        beurten=[_turn(path, node, i) for i, node in enumerate(beurten_node.value, start=1)],
    )


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


# ---------------------------------------------------------------- the checks


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def reply_text(messages: list[dict]) -> str:
    return normalise(" ".join(m.get("text", "") for m in messages))


def reply_buttons(messages: list[dict]) -> list[str]:
    return [b.get("title", "") for m in messages for b in m.get("buttons") or []]


def closest_fragment(expected: str, text: str) -> str:
    """The part of the reply that looks most like what was expected, for a readable diff."""
    words, size = text.split(), max(1, len(expected.split()))
    candidates = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
    best = difflib.get_close_matches(expected, candidates, n=1, cutoff=0.0)
    return best[0] if best else ""


def expected_amount(bedrag: Bedrag, peildatum: str, gemeente: str) -> str:
    import knowledge
    from knowledge.geld import euro

    invoer = {"peildatum": peildatum, "gemeente": gemeente, **bedrag.invoer}
    result = knowledge.bereken(bedrag.rekenhulp, invoer)
    return normalise(euro(Decimal(str(result[bedrag.veld]))))


@dataclass
class Controle:
    soort: str
    verwacht: str
    geslaagd: bool
    uitleg: str = ""

    def as_dict(self) -> dict:
        return {"soort": self.soort, "verwacht": self.verwacht, "geslaagd": self.geslaagd, "uitleg": self.uitleg}


def _contains(soort: str, expected: str, text: str, label: str = "") -> Controle:
    wanted = normalise(expected)
    if wanted.lower() in text.lower():
        return Controle(soort, label or wanted, True)
    near = closest_fragment(wanted, text)
    return Controle(
        soort, label or wanted, False, f"Verwacht: '{wanted}'. Niet gevonden. Wat er het meest op lijkt: '{near}'."
    )


def check_turn(turn: Beurt, messages: list[dict], peildatum: str, gemeente: str) -> list[Controle]:
    text, buttons = reply_text(messages), reply_buttons(messages)
    checks: list[Controle] = []
    for phrase in turn.bevat:
        checks.append(_contains("bevat", phrase, text))
    for phrase in turn.bevat_niet:
        found = normalise(phrase).lower() in text.lower()
        checks.append(
            Controle("bevat niet", phrase, not found, f"'{phrase}' mocht niet in het antwoord staan, maar staat er wel in." if found else "")
        )
    for amount in turn.bedrag:
        checks.append(_contains("bedrag", amount, text))
    for bedrag in turn.bedrag_uit:
        try:
            amount = expected_amount(bedrag, peildatum, gemeente)
        except Exception as error:  # noqa: BLE001 - a wrong input is the script's fault, report it
            checks.append(Controle("bedrag uit", bedrag.rekenhulp, False, f"De rekenhulp gaf een fout: {error}"))
            continue
        checks.append(_contains("bedrag uit", amount, text, f"{amount} ({bedrag.rekenhulp}, {bedrag.veld})"))
    for title in turn.knop:
        ok = any(normalise(title).lower() == normalise(b).lower() for b in buttons)
        checks.append(
            Controle("knop", title, ok, "" if ok else f"Verwacht een knop '{title}'. Knoppen in het antwoord: {buttons or 'geen'}.")
        )
    for title in turn.geen_knop:
        ok = not any(normalise(title).lower() == normalise(b).lower() for b in buttons)
        checks.append(Controle("geen knop", title, ok, "" if ok else f"De knop '{title}' mocht er niet zijn."))
    links = BRON.findall(text)
    for part in turn.bron:
        ok = any(part in link for link in links)
        wanted = f"een link naar {part}" if part else "een link naar een bron"
        checks.append(Controle("bron", wanted, ok, "" if ok else f"Verwacht {wanted}. Links in het antwoord: {links or 'geen'}."))
    if turn.mens is not None:
        found = bool(MENS.search(text)) or MENS_KNOP in buttons
        wanted = "verwijst naar een mens" if turn.mens else "verwijst niet naar een mens"
        checks.append(Controle("mens", wanted, found == turn.mens, "" if found == turn.mens else f"Verwacht: het antwoord {wanted}."))
    if turn.gemeente_beslist is not None:
        found = bool(GEMEENTE_BESLIST.search(text))
        wanted = "zegt dat de gemeente beslist" if turn.gemeente_beslist else "zegt niet dat de gemeente beslist"
        checks.append(
            Controle("gemeente beslist", wanted, found == turn.gemeente_beslist, "" if found == turn.gemeente_beslist else f"Verwacht: het antwoord {wanted}.")
        )
    return checks


# ---------------------------------------------------------------- playing


SCRIPT_TIMEOUT_S = 90  # one reply of a script's turn; a calculator turn on a busy machine can take long


def play(script: Script, gateway: Gateway, default_gemeente: str = "voorbeeldstad") -> dict:
    """Play one script; returns its result as a dict (for both reports)."""
    peildatum = script.peildatum or date.today().isoformat()
    gemeente = script.gemeente or default_gemeente
    result = {
        "bestand": script.pad, "titel": script.titel, "persona": script.persona, "peildatum": peildatum,
        "geslaagd": True, "fout": None, "welkom": [], "beurten": [],
    }
    try:
        session_id, welcome = gateway.start(script.peildatum, script.gemeente)
        result["welkom"] = welcome
        for number, turn in enumerate(script.beurten, start=1):
            messages = gateway.say(session_id, turn.zegt)["messages"]
            checks = check_turn(turn, messages, peildatum, gemeente)
            ok = all(c.geslaagd for c in checks)
            result["beurten"].append(
                {"nummer": number, "regel": turn.regel, "zegt": turn.zegt, "antwoord": messages,
                 "geslaagd": ok, "controles": [c.as_dict() for c in checks]}
            )
            result["geslaagd"] = result["geslaagd"] and ok
        gateway.erase(session_id)
    except GatewayError as error:
        result["geslaagd"], result["fout"] = False, str(error)
    return result


def progress(done: int, total: int, title: str, stream=sys.stderr) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    bar = "#" * filled + "." * (width - filled)
    line = f"[{bar}] {done}/{total} {title[:40]:<40}"
    if stream.isatty():  # one line that fills up
        stream.write("\r" + line + ("\n" if done == total else ""))
    else:  # a log (CI): one line per script
        stream.write(line.rstrip() + "\n")
    stream.flush()


def run_scripts(paths: list[Path], gateway: Gateway, on_progress: Callable | None = progress) -> dict:
    """Load and play every script; a script that cannot be read fails with its error."""
    results = []
    for index, path in enumerate(paths):
        try:
            script = load_script(path)
        except ScriptFout as error:
            results.append({"bestand": str(path), "titel": path.stem, "persona": "", "peildatum": None,
                            "geslaagd": False, "fout": str(error), "welkom": [], "beurten": []})
        else:
            if on_progress:
                on_progress(index, len(paths), script.titel)
            results.append(play(script, gateway))
    if on_progress:
        on_progress(len(paths), len(paths), "klaar")
    passed = sum(1 for r in results if r["geslaagd"])
    return {"datum": datetime.now().isoformat(timespec="seconds"), "totaal": len(results), "geslaagd": passed,
            "mislukt": len(results) - passed, "scripts": results}


# ---------------------------------------------------------------- reports

REPORT_CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
.ok{color:#0b6b2f}.nok{color:#a4000f}
details{border:1px solid #bbb;border-radius:.4rem;margin:.6rem 0;padding:.4rem .8rem}
summary{font-weight:bold;cursor:pointer}
.beurt{margin:.6rem 0;padding-left:.6rem;border-left:4px solid #ccc}
.beurt.nok{border-color:#a4000f}
.u{font-weight:bold}.wegwijs{white-space:pre-wrap;background:#f3f3f3;padding:.3rem .5rem}
.knoppen{font-size:.9em;color:#444}
li.nok{color:#a4000f}
"""


def _esc(value) -> str:
    return html.escape(str(value))


def write_json(report: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def write_html(report: dict, path: Path) -> None:
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Dialogen: {report['geslaagd']} van {report['totaal']} goed</title><style>{REPORT_CSS}</style></head><body>",
        "<h1>Uitslag van de dialogen</h1>",
        f"<p>{_esc(report['datum'])}. <strong>{report['geslaagd']} van de {report['totaal']}</strong> scripts zijn goed."
        f" {report['mislukt']} scripts zijn fout.</p>",
    ]
    for script in report["scripts"]:
        ok = script["geslaagd"]
        label = "Goed" if ok else "Fout"
        parts.append(f"<details{'' if ok else ' open'}><summary class='{'ok' if ok else 'nok'}'>{label}: {_esc(script['titel'])}"
                     f" <small>({_esc(script['bestand'])})</small></summary>")
        parts.append(f"<p><em>{_esc(script['persona'])}</em> Peildatum: {_esc(script['peildatum'] or '-')}.</p>")
        if script["fout"]:
            parts.append(f"<p class='nok'>{_esc(script['fout'])}</p>")
        for turn in script["beurten"]:
            cls = "ok" if turn["geslaagd"] else "nok"
            parts.append(f"<div class='beurt {cls}'><p class='u'>Beurt {turn['nummer']} (regel {turn['regel']}). De persoon zegt: {_esc(turn['zegt'])}</p>")
            for message in turn["antwoord"]:
                parts.append(f"<p class='wegwijs'>{_esc(message['text'])}</p>")
                if message.get("buttons"):
                    titles = ", ".join(_esc(b["title"]) for b in message["buttons"])
                    parts.append(f"<p class='knoppen'>Knoppen: {titles}</p>")
            if turn["controles"]:
                parts.append("<ul>")
                for check in turn["controles"]:
                    mark = "goed" if check["geslaagd"] else "fout"
                    extra = f"<br>{_esc(check['uitleg'])}" if check["uitleg"] else ""
                    parts.append(f"<li class='{'ok' if check['geslaagd'] else 'nok'}'>{mark}: {_esc(check['soort'])}: {_esc(check['verwacht'])}{extra}</li>")
                parts.append("</ul>")
            parts.append("</div>")
        parts.append("</details>")
    parts.append("</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")


def summary_lines(report: dict) -> list[str]:
    """The failed checks in plain Dutch, for the terminal."""
    lines = []
    for script in report["scripts"]:
        if script["geslaagd"]:
            continue
        lines.append(f"FOUT  {script['titel']} ({script['bestand']})")
        if script["fout"]:
            lines.append(f"      {script['fout']}")
        for turn in script["beurten"]:
            for check in turn["controles"]:
                if not check["geslaagd"]:
                    lines.append(f"      beurt {turn['nummer']} (regel {turn['regel']}), '{turn['zegt']}': {check['uitleg']}")
    lines.append(f"{report['geslaagd']} van de {report['totaal']} scripts goed.")
    return lines


# ---------------------------------------------------------------- own assistant


@contextmanager
def own_assistant(var_dir: Path, timeout_s: float = 300):
    """Start `wegwijs run` on free ports with its own var/ folder; yields (url, tester token)."""
    from wegwijs import instance
    from wegwijs.settings import NO_LIMITS
    from wegwijs.testers import Testers, open_db

    settings = instance.on_free_ports(var_dir, **NO_LIMITS)  # scripts type faster than people
    var_dir.mkdir(parents=True, exist_ok=True)
    db = open_db(settings.gateway_db)
    token = Testers(db).add("dialogen")
    db.conn.close()
    try:
        with instance.running(settings, timeout_s):
            yield settings.gateway_url, token
    except instance.StartFailed:
        raise GatewayError(detail=f"Wegwijs startte niet op tijd; kijk in {var_dir / 'logs'}") from None


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


def script_from_conversation(conversation: dict) -> str:
    """A draft script (YAML text) from a test conversation with the testers' marks.

    A turn marked "klopt" keeps the first sentence of the answer as `bevat`; a
    turn marked "klopt niet" gets that sentence as `bevat niet`, so the script
    fails until the answer is better. Comments become YAML comments.

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
        lines.append("    # " + yaml_comment(f"{mark['tester']}: {mark['oordeel']}{': ' + comment if comment else ''}"))
    oordelen = {m["oordeel"] for m in marks}
    sentence = first_sentence(reply_text(turn["antwoord"]))
    if not sentence:
        return lines
    if "klopt_niet" in oordelen:
        lines.append(f"    bevat niet: {yaml_string(sentence)}")
    elif "klopt" in oordelen:
        lines.append(f"    bevat: {yaml_string(sentence)}")
    buttons = reply_buttons(turn["antwoord"])
    if "klopt" in oordelen and buttons:
        lines.append(f"    knop: {yaml_string(buttons[0])}")
    return lines


# ---------------------------------------------------------------- nlu candidates

REDACT = [
    (re.compile(r"\b[A-Z]{2}\d{2}[A-Z]{4}\d{6,10}\b", re.IGNORECASE), "[iban]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "[e-mail]"),
    (re.compile(r"\d"), "0"),
]


def redact(text: str) -> str:
    for pattern, replacement in REDACT:
        text = pattern.sub(replacement, text)
    return text


def nlu_candidates(gateway_db: Path, tracker_db: Path, threshold: float = 0.6, real_users_gemeenten: set[str] = frozenset()) -> dict[str, list[dict]]:
    """Messages of test conversations the model was unsure of, or that testers marked "klopt niet".

    Grouped by the intent the model guessed. Real users' messages only for a
    gemeente in real_users_gemeenten (switched on by that gemeente), and redacted.
    """
    import sqlite3

    groups: dict[str, list[dict]] = {}
    if not gateway_db.exists():
        return groups
    gw = sqlite3.connect(str(gateway_db))
    gw.row_factory = sqlite3.Row
    sessions = {r["conversation_id"]: r for r in gw.execute("SELECT conversation_id, test, gemeente FROM sessions")}
    has = {r[0] for r in gw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    marked: set[tuple[str, str]] = set()
    if {"markeringen", "test_beurten"} <= has:
        for row in gw.execute(
            "SELECT b.conversation_id, b.tekst FROM markeringen m JOIN test_beurten b "
            "ON m.conversation_id = b.conversation_id AND m.beurt = b.beurt WHERE m.oordeel = 'klopt_niet'"
        ):
            marked.add((row[0], row[1]))
    gw.close()
    seen: set[tuple[str, str]] = set()
    if tracker_db.exists():
        tr = sqlite3.connect(str(tracker_db))
        rows = tr.execute("SELECT sender_id, data FROM events WHERE type_name = 'user'").fetchall()
        tr.close()
        for sender, data in rows:
            session = sessions.get(sender)
            is_test = session is not None and session["test"]
            real_ok = session is not None and not session["test"] and session["gemeente"] in real_users_gemeenten
            if not (is_test or real_ok):
                continue
            event = json.loads(data)
            text = event.get("text") or ""
            if not text or text.startswith("/"):
                continue
            intent = (event.get("parse_data") or {}).get("intent") or {}
            confidence = float(intent.get("confidence") or 0)
            reasons = []
            if confidence < threshold:
                reasons.append("lage zekerheid")
            if is_test and (sender, text) in marked:
                reasons.append("klopt niet")
            if not reasons:
                continue
            shown = text if is_test else redact(text)
            key = (intent.get("name") or "onbekend", shown)
            if key in seen:
                continue
            seen.add(key)
            groups.setdefault(key[0], []).append(
                {"tekst": shown, "zekerheid": round(confidence, 2), "reden": ", ".join(reasons),
                 "bron": "test" if is_test else "echt (geanonimiseerd)"}
            )
    return groups
