"""Mijn overzicht: the last calculation of a session as a printable page, or as a PDF.

GET /api/sessions/{session_id}/overzicht              -> text/html
GET /api/sessions/{session_id}/overzicht?formaat=pdf  -> application/pdf
GET /overzicht/overzicht.css                          -> the page's style (also used for the PDF)

The overzicht is made on request, from the session alone: the slot
`laatste_berekening` in the Rasa tracker holds the calculator, its input and
the variant (actions/berekenen.py), and knowledge/ computes the same outcome
again with the same peildatum. Nothing of it is stored anywhere else, so after
erasing the conversation there is nothing left to show (404).

The same access rules as sending a message: the session id is the secret, a
session idle for longer than `hervat_minuten` no longer reads answers back
(security review M6), the rate limits per address and per session apply, and
a foreign site gets nothing (gateway/headers.py). Every text is in
gateway/overzicht.yml (u, je and English); the errors are responses in bot/domain/overzicht.yml.
"""

from __future__ import annotations

import asyncio
import html
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

import yaml
from aiohttp import web

import knowledge
from gateway.core import TRACKERS, ApiError, check_rate, file_handler, find_session
from knowledge import varianten
from knowledge.geld import euro, getal
from knowledge.teksten import datum as datum_tekst
from knowledge.teksten import met_variant
from wegwijs.gemeente import Gemeente, laad_gemeente

SLOT = "laatste_berekening"
TEKSTEN_PAD = Path(__file__).with_name("overzicht.yml")
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
PAGE = TEMPLATES_DIR / "overzicht.html"
STYLE = TEMPLATES_DIR / "overzicht.css"
STYLE_URL = "/overzicht/overzicht.css"
FORMATEN = ("html", "pdf")
NIET_IN_SITUATIE = ("peildatum", "gemeente")  # shown in the heading and under "de datum van de regels"
ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
# "€ 1.200", "12": never broken across lines. "1 januari 2026", "15 March 2026", "3 weken": only on a very
# narrow screen, where a table of gifts would not fit otherwise (gateway/templates/overzicht.css).
GETAL = re.compile(r"€|\d")
DATUM_OF_DUUR = re.compile(r"\d+ \w")
# One PDF at a time: WeasyPrint takes a core for a moment, and the gateway must keep answering.
PDF_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="overzicht-pdf")


# --- the texts (gateway/overzicht.yml) ---------------------------------------------------------

@lru_cache(maxsize=1)
def gegevens() -> dict:
    return yaml.safe_load(TEKSTEN_PAD.read_text(encoding="utf-8"))


def _opzoeken(boom: dict, sleutel: str):
    for deel in sleutel.split("."):
        if not isinstance(boom, dict) or deel not in boom:
            return None
        boom = boom[deel]
    return boom


class Teksten:
    """The overzicht's texts in one variant ("nl-u", "nl-je"), with the fallback of knowledge/varianten.py."""

    def __init__(self, variant: str):
        self.variant = variant if variant in varianten.VARIANTEN else varianten.STANDAARD

    def heeft(self, sleutel: str) -> bool:
        return any(isinstance(_opzoeken(gegevens().get(v, {}), sleutel), str)
                   for v in varianten.volgorde(self.variant))

    def __call__(self, sleutel: str, **velden: str) -> str:
        gekozen = varianten.kies(self.variant, lambda v: isinstance(_opzoeken(gegevens().get(v, {}), sleutel), str))
        sjabloon = _opzoeken(gegevens()[gekozen], sleutel)
        return sjabloon.format(**velden) if velden else sjabloon


# --- what the overzicht shows --------------------------------------------------------------------

@dataclass
class Regel:
    """One line of a list: a label and its value; `onder` holds the lines of a list item (a gift, a housemate)."""

    label: str
    waarde: str = ""
    onder: list[list[Regel]] = field(default_factory=list)


@dataclass
class Overzicht:
    teksten: Teksten
    gemeente: str
    peildatum: date
    situatie: list[Regel]
    uitkomst: list[Regel]
    lijsten: list[tuple[str, list[str]]]  # (kop, items): plichten, opties, gevolgen
    stappen: list[str]
    aannames: list[str]
    regels: list[tuple[str, str, bool]]  # (bron, sinds, nog niet zeker)
    bronnen: list[dict]
    vragen: list[str]


def geen_berekening() -> ApiError:
    return ApiError(404, "geen_berekening", "utter_fout_geen_berekening")


def bereken_opnieuw(laatste: Any) -> tuple[dict, str]:
    """The outcome of the last calculation, computed again from the slot; a 404 when there is none."""
    if not isinstance(laatste, dict) or laatste.get("rekenhulp") not in knowledge.BEREKENINGEN:
        raise geen_berekening()
    invoer, variant = laatste.get("invoer"), laatste.get("variant")
    variant = variant if variant in varianten.VARIANTEN else varianten.STANDAARD
    if not isinstance(invoer, dict):
        raise geen_berekening()
    try:
        return knowledge.bereken(laatste["rekenhulp"], invoer, variant), variant
    except knowledge.InvoerFout:
        raise geen_berekening() from None


def maak_overzicht(laatste: Any, gemeente: Gemeente) -> Overzicht:
    result, variant = bereken_opnieuw(laatste)
    with met_variant(variant):  # dates in the session's language ("15 March 2026")
        return _overzicht(laatste, result, Teksten(variant), gemeente)


def _overzicht(laatste: dict, result: dict, t: Teksten, gemeente: Gemeente) -> Overzicht:
    rekenhulp, invoer = laatste["rekenhulp"], laatste["invoer"]
    return Overzicht(
        teksten=t,
        gemeente=gemeente.naam,
        peildatum=date.fromisoformat(result["peildatum"]),
        situatie=[situatie_regel(veld, waarde, t) for veld, waarde in invoer.items()
                  if veld not in NIET_IN_SITUATIE and waarde is not None],
        uitkomst=uitkomst_regels(rekenhulp, result, t),
        lijsten=lijsten(result, t),
        stappen=[stap["tekst"] for stap in result.get("stappen") or []] or [result["uitleg"]],
        aannames=list(result.get("aannames") or []),
        regels=regels(result),
        bronnen=bronnen(result),
        vragen=[t(f"vraag.{v['vraag']}") for v in gegevens()["vragen"].get(rekenhulp, []) if past(v, result)],
    )


def situatie_regel(veld: str, waarde: Any, t: Teksten) -> Regel:
    if isinstance(waarde, list):
        return Regel(t(f"veld.{veld}"), onder=[[situatie_regel(k, v, t) for k, v in item.items() if v is not None]
                                              for item in waarde if isinstance(item, dict)])
    if isinstance(waarde, dict):
        return Regel(t(f"veld.{veld}"), onder=[[situatie_regel(k, v, t) for k, v in waarde.items() if v is not None]])
    return Regel(t(f"veld.{veld}"), antwoord(veld, waarde, t))


def antwoord(veld: str, waarde: Any, t: Teksten) -> str:
    """One answer as the person would say it: '€ 1.500', '35 jaar', '15 maart 2026', 'alleen', 'ja'."""
    soort = gegevens()["soort_veld"].get(veld)
    if waarde == knowledge.ONBEKEND:
        return t("waarde.onbekend")
    if isinstance(waarde, bool):
        return t("waarde.ja" if waarde else "waarde.nee")
    if soort == "bedrag":
        return euro(Decimal(str(waarde)))
    if soort in ("jaren", "uren"):
        return t(f"waarde.{soort}", aantal=getal(Decimal(str(waarde))))
    if isinstance(waarde, str) and ISO_DATUM.fullmatch(waarde):
        return datum_tekst(date.fromisoformat(waarde))
    if isinstance(waarde, str) and t.heeft(f"waarde.{waarde}"):
        return t(f"waarde.{waarde}")
    return str(waarde)


def uitkomst_regels(rekenhulp: str, result: dict, t: Teksten) -> list[Regel]:
    uit = []
    for regel in gegevens()["uitkomst"].get(rekenhulp, []):
        waarde = result.get(regel["veld"])
        if waarde is None or (regel.get("niet_nul") and not waarde):
            continue
        uit.append(Regel(t(f"uitkomst.{regel['veld']}"), uitkomst_waarde(regel["soort"], waarde, t)))
    return uit


def uitkomst_waarde(soort: str, waarde: Any, t: Teksten) -> str:
    if soort == "bedrag":
        return euro(Decimal(str(waarde)))
    if soort == "datum":
        return datum_tekst(date.fromisoformat(waarde))
    if soort == "dagen":
        return t("waarde.dagen", aantal=str(waarde))
    return str(waarde)


def lijsten(result: dict, t: Teksten) -> list[tuple[str, list[str]]]:
    """The duties that apply, the options that may help and what follows from not meeting a duty."""
    delen = [
        ("plichten", [p["uitleg"] for p in result.get("plichten") or [] if p.get("geldt")]),
        ("opties", [o["uitleg"] for o in result.get("opties") or []]),
        ("gevolgen", [result["gevolgen"]["uitleg"]] if result.get("gevolgen") else []),
    ]
    return [(t(kop), items) for kop, items in delen if items]


def regels(result: dict) -> list[tuple[str, str, bool]]:
    """Each rule the steps used, with the date it took effect (and whether that amount is still open)."""
    gezien: dict[tuple[str, str], bool] = {}
    for stap in result.get("stappen") or []:
        for parameter in stap.get("parameters") or []:
            sleutel = (parameter["bron"]["titel"], parameter["geldig_vanaf"])
            gezien[sleutel] = gezien.get(sleutel, False) or parameter.get("zekerheid") == "open"
    return [(titel, datum_tekst(date.fromisoformat(sinds)), open_) for (titel, sinds), open_ in gezien.items()]


def bronnen(result: dict) -> list[dict]:
    """The article the outcome rests on first, then every other source, each once."""
    uniek = {}
    for bron in [result["hoofdbron"], *(result.get("bronnen") or [])]:
        uniek.setdefault((bron["titel"], bron["url"]), bron)
    return list(uniek.values())


def past(vraag: dict, result: dict) -> bool:
    """Whether a question fits this outcome (its `als` / `als_niet` in gateway/overzicht.yml)."""
    if "als" in vraag and not result.get(vraag["als"]):
        return False
    return not ("als_niet" in vraag and result.get(vraag["als_niet"]))


# --- as HTML -------------------------------------------------------------------------------------

def e(value: str) -> str:
    return html.escape(value, quote=True)


def lijst_html(regels_: list[Regel]) -> str:
    """Label and value per line; a list of items (gifts, housemates, trips) as a table under its label."""
    items = []
    for regel in regels_:
        if regel.onder:  # a table needs the whole width: under its label, on a phone and on paper
            items.append(f'<div class="tabel"><dt>{e(regel.label)}</dt><dd>{tabel_html(regel.onder)}</dd></div>')
        else:
            items.append(f"<div><dt>{e(regel.label)}</dt><dd>{waarde_html(regel.waarde)}</dd></div>")
    return f"<dl>{''.join(items)}</dl>"


def waarde_html(waarde: str) -> str:
    """An amount or a number stays on one line, a date too unless the screen is very narrow;
    words ("iemand betaalde iets voor u") wrap like any text."""
    soort = "waarde datum" if DATUM_OF_DUUR.match(waarde) else "waarde" if GETAL.match(waarde) else "woorden"
    return f'<span class="{soort}">{e(waarde)}</span>'


def tabel_html(rijen: list[list[Regel]]) -> str:
    kolommen = list(dict.fromkeys(regel.label for rij in rijen for regel in rij))
    kop = "".join(f'<th scope="col">{e(k)}</th>' for k in kolommen)
    body = ""
    for rij in rijen:
        waarden = {regel.label: regel.waarde for regel in rij}
        body += "<tr>" + "".join(f"<td>{waarde_html(waarden.get(k, ''))}</td>" for k in kolommen) + "</tr>"
    return f"<table><thead><tr>{kop}</tr></thead><tbody>{body}</tbody></table>"


def sectie(naam: str, kop: str, inhoud: str) -> str:
    return (f'<section aria-labelledby="kop-{naam}"><h2 id="kop-{naam}">{e(kop)}</h2>{inhoud}</section>')


def alinea_lijst(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{e(item)}</li>" for item in items) + "</ul>"


def uitkomst_html(o: Overzicht) -> str:
    delen = [lijst_html(o.uitkomst)] if o.uitkomst else []
    delen += [f"<p>{e(kop)}</p>{alinea_lijst(items)}" for kop, items in o.lijsten]
    return "".join(delen)


def regels_html(o: Overzicht) -> str:
    t = o.teksten
    items = "".join(
        f"<li>{e(t('regel_sinds', bron=titel, datum=sinds))}{' (' + e(t('regel_open')) + ')' if open_ else ''}</li>"
        for titel, sinds, open_ in o.regels)
    uit = f"<p>{e(t('regels_peildatum', datum=datum_tekst(o.peildatum)))}</p>"
    return uit + (f"<p>{e(t('regels_sinds'))}</p><ul>{items}</ul>" if items else "")


def bronnen_html(o: Overzicht) -> str:
    items = "".join(f'<li><a href="{e(b["url"])}" rel="noopener noreferrer">{e(b["titel"])}</a></li>'
                    for b in o.bronnen if b["url"].startswith("https://"))
    return f"<ul>{items}</ul>"


def body_html(o: Overzicht, pdf_link: str | None) -> str:
    t = o.teksten
    aannames = alinea_lijst(o.aannames) if o.aannames else f"<p>{e(t('geen_aannames'))}</p>"
    return "".join([
        sectie("situatie", t("kop_situatie"), lijst_html(o.situatie)),
        sectie("uitkomst", t("kop_uitkomst"), uitkomst_html(o)),
        sectie("stappen", t("kop_stappen"), "<ol>" + "".join(f"<li>{e(s)}</li>" for s in o.stappen) + "</ol>"),
        sectie("aannames", t("kop_aannames"), aannames),
        sectie("regels", t("kop_regels"), regels_html(o)),
        sectie("bronnen", t("kop_bronnen"), bronnen_html(o)),
        sectie("vragen", t("kop_vragen"), f"<p>{e(t('vragen_intro'))}</p>{alinea_lijst(o.vragen)}"),
        f'<p class="pdf"><a href="{e(pdf_link)}" download>{e(t("pdf"))}</a></p>' if pdf_link else "",
    ])


def als_html(o: Overzicht, pdf_link: str | None = None, stylesheet: bool = True) -> str:
    t = o.teksten
    with met_variant(t.variant):
        return _pagina(o, t, pdf_link, stylesheet)


def _pagina(o: Overzicht, t: Teksten, pdf_link: str | None, stylesheet: bool) -> str:
    return Template(PAGE.read_text(encoding="utf-8")).substitute(
        taal=varianten.taal_van(t.variant),
        titel=e(t("titel")),
        stylesheet=f'<link rel="stylesheet" href="{STYLE_URL}">' if stylesheet else "",
        intro=e(t("intro")),
        gemaakt=e(t("gemaakt", datum=datum_tekst(date.today()), gemeente=o.gemeente)),
        geen_besluit=e(t("geen_besluit", gemeente=o.gemeente)),
        inhoud=body_html(o, pdf_link),
    )


# --- as PDF --------------------------------------------------------------------------------------

def no_fetching(url: str, *args, **kwargs):
    """The PDF is made from our own HTML and style only: WeasyPrint fetches nothing (no SSRF)."""
    raise ValueError(f"the overzicht loads no resources ({url[:40]})")


def als_pdf(o: Overzicht) -> bytes:
    import weasyprint  # loads Pango: only when a PDF is asked for

    page = weasyprint.HTML(string=als_html(o, stylesheet=False), url_fetcher=no_fetching)
    return page.write_pdf(stylesheets=[weasyprint.CSS(filename=str(STYLE), url_fetcher=no_fetching)])


# --- the route -----------------------------------------------------------------------------------

def formaat_van(request: web.Request) -> str:
    formaat = request.query.get("formaat", "html")
    if formaat not in FORMATEN or len(request.query.getall("formaat", [])) > 1:
        raise ApiError(400, "onbekend_formaat", "utter_fout_formaat")
    return formaat


async def overzicht(request: web.Request) -> web.Response:
    check_rate(request)
    session_id, session = find_session(request, resumable_only=True)
    check_rate(request, session_id)
    formaat = formaat_van(request)
    loop = asyncio.get_running_loop()
    laatste = await loop.run_in_executor(None, request.app[TRACKERS].slot_value, session.conversation_id, SLOT)
    o = maak_overzicht(laatste, laad_gemeente(session.gemeente))
    if formaat == "pdf":
        pdf = await loop.run_in_executor(PDF_WORKER, als_pdf, o)
        return web.Response(body=pdf, content_type="application/pdf",
                            headers={"Content-Disposition": 'inline; filename="mijn-overzicht.pdf"'})
    return web.Response(text=als_html(o, pdf_link=f"{request.path}?formaat=pdf"), content_type="text/html",
                        charset="utf-8")


def setup(app: web.Application) -> None:
    app.router.add_get("/api/sessions/{session_id}/overzicht", overzicht)
    app.router.add_get(STYLE_URL, file_handler(STYLE, "text/css; charset=utf-8"))
