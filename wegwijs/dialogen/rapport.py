"""The reports of a run of dialogue scripts: HTML for people, JSON for tools, and a summary."""

from __future__ import annotations

import html
import json
from pathlib import Path


REPORT_CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5;overflow-wrap:anywhere}
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
        "<main><h1>Uitslag van de dialogen</h1>",
        f"<p>{_esc(report['datum'])}. <strong>{report['geslaagd']} van de {report['totaal']}</strong> scripts zijn goed."
        f" {report['mislukt']} scripts zijn fout.</p>",
        f"<p>Model: {_esc(report.get('model', 'onbekend'))}. Versie: {_esc(report.get('commit', 'onbekend'))}.</p>",
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
            parts.append(f"<div class='beurt {cls}'><p class='u'>{_turn_name(turn)} (regel {turn['regel']}). De persoon zegt: {_esc(turn['zegt'])}</p>")
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
    parts.append("</main></body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")


def _turn_name(turn: dict) -> str:
    """ "Beurt 2", or "Beurt 2, andere zin" for another phrasing of that turn."""
    return f"Beurt {turn['nummer']}" + (", andere zin" if turn.get("andere_zin") else "")


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
                    lines.append(f"      {_turn_name(turn).lower()} (regel {turn['regel']}), '{turn['zegt']}': {check['uitleg']}")
    lines.append(f"{report['geslaagd']} van de {report['totaal']} scripts goed.")
    return lines
