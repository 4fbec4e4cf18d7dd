"""Understand the short answers people type into Wegwijs' form questions.

Pure functions, standard library only: no Rasa, no I/O, no clock. A function that
needs "today" takes it as ``vandaag``. Every function returns ``None`` when the text
holds no usable answer, so the bot can kindly ask again; none of them raises on any
string.

Decisions on ambiguous input (each one is tested in tests/actions/test_parse.py):

* Text is cleaned first: HTML tags are stripped (``"<b>50</b>"`` is 50; a script or
  style element goes with its content), entities unescaped, Unicode digits read as
  digits (``"٥٠"`` and ``"５０"`` are 50), accents dropped, letters and digits split
  (``"50euro"``). Text longer than ``MAX_TEKST`` characters after cleaning is not a
  form answer and gives ``None``.
* Amounts: ``"1.200"`` and ``"1 200"`` are thousands; a comma followed by one or two
  digits (``"12,50"``) or by ``-`` (``"50,-"``) is the decimal comma; a point
  followed by one or two digits (``"12.50"``) is a decimal point. ``"1,200"`` is read
  as 1200: money never has three decimals, so it is the English thousands comma.
  ``"1e9"`` is not scientific notation but two numbers, so ``None``.
* Several different amounts (``"50 of 60"``) give ``None``, unless exactly one of
  them is marked as money (``€``, ``euro``, ``,-``). A correction (``"nee het was
  200"``, ``"niet 50 maar 60"``, ``"50 sorry 60"``) keeps what follows it.
* ``"geen"``, ``"niks"``, ``"niets"`` are 0 when no number is given; ``"geen idee"``
  is not. Periods the bot cannot store (``"per 4 weken"``, ``"per dag"``) and vague
  amounts (``"een paar honderd"``) give ``None``.
* Dates without a year: every caller of ``datum`` says which way they lie, as
  ``richting`` (see ``Richting``): ``"verleden"`` (this year, or last year when that
  would be after ``vandaag``; also ``"eind november"`` on 26 November), ``"toekomst"``
  (this year, or next year when that is before ``vandaag``) or ``"dichtstbij"`` (the
  one nearest to ``vandaag``). A month alone is a period: the month ``vandaag`` lies
  in counts both ways. ``tijd`` reads which way a sentence itself says ("ik ga",
  "ik kreeg"). A written year is taken as written, between ``MIN_JAAR`` and ten
  years ahead. A bare year (``"sinds 2020"``)
  is 1 January of that year. Two different dates, or digits left over that are no
  part of a date (``"15 of 16 maart"``, ``"15 maart om 10 uur"``), give ``None``.
* ``"vriend"``/``"vriendin"`` may be a partner or a friend: ``medebewoners`` says
  ``"anders"`` and ``leefsituatie`` says ``None``, so the bot asks. Plural people
  without a number (``"mijn kinderen"``) give ``None``: the bot must ask how many.
"""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Literal, NamedTuple, get_args

from knowledge.berekeningen.bijstandsnorm import RELATIES as KOSTENDELER_RELATIES
from knowledge.gemeenten import LEEFSITUATIES
from knowledge.teksten import aantal

# Absurd input ("een miljard", a pasted account number) gets a kind re-ask, not a number.
MAX_BEDRAG = Decimal(1_000_000)
MAX_TEKST = 1000  # characters after cleaning; nobody types a longer form answer
MAX_LEEFTIJD = 120
MAX_HUISGENOTEN = 20
MIN_JAAR = 1900
JAREN_VOORUIT = 10  # a written year may lie at most this far after vandaag

PERIODES = ("maand", "week", "jaar", "keer")
# One vocabulary with knowledge/: the kostendeler relations it knows, plus "partner" (no kostendeler, but the
# norm form must tell a partner apart), minus "familie": a brother or grandmother reads as "anders", which counts
# the same until a form asks about commercial rent, the only place where the two differ (art. 19a lid 1 b).
RELATIES = tuple(r for r in KOSTENDELER_RELATIES if r != "familie") + ("partner",)


@dataclass(frozen=True)
class Bedrag:
    """An amount in euro, and how often it comes when the person said so."""

    euro: Decimal
    periode: str | None = None


@dataclass(frozen=True)
class Medebewoner:
    """Someone who lives with the person: their age if given, and who they are."""

    leeftijd: int | None
    relatie: str


# --- cleaning ---------------------------------------------------------------------

_TAG = re.compile(r"<(script|style)\b.{0,2000}?</\1\s*>|<[^<>]{0,200}>", re.DOTALL | re.IGNORECASE)
_TEKENS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "−": "-", "–": "-", "—": "-"})
_EEN_MET_ACCENT = re.compile(r"\b(?:één|eén|éen)\b")
_CIJFER_LETTER = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")


def _schoon(text: object) -> str:
    """Lower-case ASCII-ish text with single spaces; "" for no text or far too much."""
    if not isinstance(text, str) or len(text) > 20 * MAX_TEKST:
        return ""
    text = _TAG.sub(" ", html.unescape(text)).translate(_TEKENS)
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(_ascii_cijfer(c) for c in text)
    text = _EEN_MET_ACCENT.sub(" 1 ", text)  # "één" is a number, "een" an article
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = " ".join(_CIJFER_LETTER.sub(" ", text).split())
    return text if len(text) <= MAX_TEKST else ""


def _ascii_cijfer(c: str) -> str:
    """A digit from any script as an ASCII digit; other characters unchanged."""
    if c.isascii() or not c.isdecimal():
        return c
    return str(unicodedata.decimal(c, c))


_CORRECTIE = re.compile(r"\b(?:nee|neen|sorry|bedoel|correctie|oeps|oops|excuus|pardon)\b")
_NIET_MAAR = re.compile(r"\b(?:niet|geen)\b.*?\bmaar\b")


def _na_correctie(t: str, heeft: Callable[[str], bool]) -> str:
    """The part after the last correction ("nee", "sorry", "niet X maar") that still answers."""
    grenzen = [m.end() for m in _CORRECTIE.finditer(t)] + [m.end() for m in _NIET_MAAR.finditer(t)]
    for grens in sorted(grenzen, reverse=True):
        if heeft(t[grens:]):
            return t[grens:]
    return t


def _vorige_woorden(t: str, positie: int, aantal: int) -> list[str]:
    return re.findall(r"[a-z']+", t[:positie])[-aantal:]


# --- numbers --------------------------------------------------------------------

_EENHEDEN = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TIENERS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
_TIENTALLEN = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
_SAMENGESTELD = re.compile(f"({'|'.join(_EENHEDEN)})en({'|'.join(_TIENTALLEN)})")
_ANDERHALF = {"anderhalf": Decimal("1.5"), "anderhalve": Decimal("1.5")}


def _onder_honderd(w: str) -> int | None:
    """"vijf" 5, "twaalf" 12, "vijfentwintig" 25 (accents already gone)."""
    for tabel in (_EENHEDEN, _TIENERS, _TIENTALLEN):
        if w in tabel:
            return tabel[w]
    m = _SAMENGESTELD.fullmatch(w)
    return _EENHEDEN[m[1]] + _TIENTALLEN[m[2]] if m else None


def _met_factor(w: str, woord: str, factor: int, deel: Callable[[str], Decimal | int | None]) -> Decimal | None:
    """Read "<links><woord><rechts>", e.g. "twaalf|honderd|vijftig", as links * factor + rechts."""
    links, _, rechts = w.partition(woord)
    voor = 1 if not links else _ANDERHALF.get(links) or deel(links)
    na = 0 if not rechts else deel(rechts)
    if na is None and rechts.startswith("en"):  # "honderdeneen"
        na = deel(rechts[2:]) if rechts[2:] else None
    if voor is None or na is None:
        return None
    return Decimal(voor) * factor + na


def _onder_duizend(w: str) -> Decimal | None:
    if "honderd" in w:
        return _met_factor(w, "honderd", 100, _onder_honderd)
    waarde = _onder_honderd(w)
    return None if waarde is None else Decimal(waarde)


def _woordgetal(w: str) -> Decimal | None:
    """One Dutch number written as a word: "tweeduizendvijfhonderd" is 2500; else None."""
    if w == "nul":
        return Decimal(0)
    if w in _ANDERHALF:
        return _ANDERHALF[w]
    for woord, factor in (("miljard", 10**9), ("miljoen", 10**6)):
        if woord in w:
            return _met_factor(w, woord, factor, _onder_miljoen)
    return _onder_miljoen(w)


def _onder_miljoen(w: str) -> Decimal | None:
    if "duizend" in w:
        return _met_factor(w, "duizend", 1000, _onder_duizend)
    return _onder_duizend(w)


class _Getal(NamedTuple):
    start: int
    eind: int
    waarde: Decimal
    euro: bool  # written as money: €, eur, euro or ",-"


_CIJFERS = re.compile(
    r"""
    (?<!\d)(?<!\d[.,])
    (?:
        (?P<nl>\d{1,3}(?P<sep>[.\ ])\d{3}(?:(?P=sep)\d{3})*)(?:,(?P<nlc>\d{1,2}))?  # 1.200,50  1 200
      | (?P<en>\d{1,3}(?:,\d{3})+)(?:\.(?P<enc>\d{1,2}))?                         # 1,200
      | (?P<int>\d+)(?:[.,](?P<c>\d{1,2}))?                                       # 50  12,50  12.50
    )
    (?P<streep>,[-=]{1,2})?
    (?![.,]?\d)
    (?:\ ?(?P<keer>duizend|mille|k|honderd)\b)?
    (?P<pct>\ ?(?:%|procent\b))?
    """,
    re.VERBOSE,
)
_FACTOREN = {"duizend": 1000, "mille": 1000, "k": 1000, "honderd": 100}
_EURO_VOOR = re.compile(r"(?:€|\beur|\beuro)\s*$")
_EURO_NA = re.compile(r"\s*(?:€|euro?s?\b|eu\b)")


def _cijferwaarde(m: re.Match) -> Decimal:
    if m["nl"]:
        heel, cent = m["nl"].replace(".", "").replace(" ", ""), m["nlc"]
    elif m["en"]:
        heel, cent = m["en"].replace(",", ""), m["enc"]
    else:
        heel, cent = m["int"], m["c"]
    waarde = Decimal(heel) + (Decimal(f"0.{cent}") if cent else 0)
    return waarde * _FACTOREN.get(m["keer"], 1)


def _getallen(t: str) -> list[_Getal]:
    """Every number in t, in digits or words, with where it is and whether it is money."""
    gevonden = [(m.start(), m.end(), _cijferwaarde(m), bool(m["streep"])) for m in _CIJFERS.finditer(t) if not m["pct"]]
    rest = _CIJFERS.sub(lambda m: " " * len(m[0]), t)
    gevonden += _woordgetallen(rest)
    return sorted(
        _Getal(s, e, w, euro or bool(_EURO_VOOR.search(t, 0, s)) or bool(_EURO_NA.match(t, e)))
        for s, e, w, euro in gevonden
    )


def _woordgetallen(t: str) -> list[tuple[int, int, Decimal, bool]]:
    """Numbers in words; neighbouring words form one number ("duizend tweehonderd")."""
    gevonden: list[tuple[int, int, Decimal, bool]] = []
    reeks: list[re.Match] = []
    for m in re.finditer(r"[a-z]+", t):
        if reeks and (_woordgetal(m[0]) is None or t[reeks[-1].end():m.start()].strip()):
            gevonden += _reeks_waarden(reeks)
            reeks = []
        if _woordgetal(m[0]) is not None:
            reeks.append(m)
    return gevonden + _reeks_waarden(reeks)


def _reeks_waarden(reeks: list[re.Match]) -> list[tuple[int, int, Decimal, bool]]:
    samen = _woordgetal("".join(m[0] for m in reeks)) if len(reeks) > 1 else None
    if samen is not None:
        return [(reeks[0].start(), reeks[-1].end(), samen, False)]
    # a lone "een" is the article ("een uitkering"), not the number one
    return [(m.start(), m.end(), _woordgetal(m[0]), False) for m in reeks if m[0] != "een"]


def _geheel(tekst: str | None) -> int | None:
    """A whole number in digits or one word ("drie"), else None."""
    if not tekst:
        return None
    waarde = Decimal(tekst) if tekst.isdigit() and len(tekst) < 10 else _woordgetal(tekst)
    return int(waarde) if waarde is not None and waarde == int(waarde) else None


# --- bedrag -----------------------------------------------------------------------

_PERIODE_PATRONEN = {
    "maand": r"\b(?:per|in de|op de|elke|iedere|ieder|a)\s+(?:maand|mnd)\b|\bp\s*/\s*(?:m|mnd|maand)\b"
             r"|\bp\.\s*m\b\.?|\bpm\b|/\s*(?:maand|mnd|m)\b|\bmaandelijks\b|'s\s*maands\b",
    "week": r"\b(?:per|in de|elke|iedere|ieder|a)\s+(?:week|wk)\b|\bp\s*/\s*(?:w|wk|week)\b"
            r"|\bp\.\s*w\b\.?|\bpw\b|/\s*(?:week|wk|w)\b|\bwekelijks\b|'s\s*weeks\b",
    "jaar": r"\b(?:per|in het|elk|ieder|a)\s+(?:jaar|jr)\b|\bp\s*/\s*(?:j|jr|jaar)\b"
            r"|\bp\.\s*j\b\.?|/\s*(?:jaar|jr|j)\b|\bjaarlijks\b|'s\s*jaars\b",
    "keer": r"\beenmalig\b|\beenmaal\b|\b(?:een|1)\s*(?:keer|maal|x)\b",
}
_PERIODES = {naam: re.compile(patroon) for naam, patroon in _PERIODE_PATRONEN.items()}
_ANDERE_PERIODE = re.compile(
    r"\bper\s+(?:\d+|twee|drie|vier|zes)\s+(?:weken|maanden)\b|\b(?:\d+|twee|vier)\s*-?\s*wekelijks\b"
    r"|\bper\s+(?:dag|uur|kwartaal|half\s*jaar)\b|\bdagelijks\b|\bkwartaal\b"
)
# "elk kwartaal 200", "200 per kwartaal", "om de drie maanden 150", "per half jaar 300": so many times a year, which the
# forms know as an amount per year ("4 keer per jaar 200" is 800 per jaar).
_ELKE_PAAR_MAANDEN = re.compile(r"\b(?:per|elk|elke|ieder|iedere|om\s+het|om\s+de|een\s+keer\s+per|1\s*(?:x|keer)\s+per)\s+"
                                r"(?P<periode>kwartaal|half\s*jaar|(?:3|drie)\s+maanden|(?:6|zes)\s+maanden)\b")
_KEER_PER_JAAR = {"kwartaal": 4, "3 maanden": 4, "drie maanden": 4, "half jaar": 2, "halfjaar": 2, "6 maanden": 2,
                  "zes maanden": 2}


def _keer_per_jaar(t: str) -> str:
    """t with "elk kwartaal" as "4 keer per jaar" (not when it counts times already: "per kwartaal 2 keer")."""
    if _AANTAL_KEER.search(t) or not _ELKE_PAAR_MAANDEN.search(t):
        return t
    return _ELKE_PAAR_MAANDEN.sub(lambda m: f" {_KEER_PER_JAAR[' '.join(m['periode'].split())]} keer per jaar ", t)


_NEGATIEF = re.compile(r"(?<![\w.,])-\s*(?:€|euro?)?\s*\d|(?:€|\beur)\s*-\s*\d|\b(?:min|minus|negatief)\b")
# Scientific notation ("1e9", "2E+5"): the letter would split it into two numbers.
_WETENSCHAPPELIJK = re.compile(r"\d[eE][+-]?\d")
_VAAG = re.compile(r"\b(?:paar|aantal|enkele|honderden|duizenden|tientallen|miljoenen)\b")
_NUL = re.compile(r"\b(?:geen|niks|niets|nada|nop)\b")
_CENT = Decimal("0.01")
_CONFLICT = "conflict"


def _periode(t: str) -> tuple[str | None, str]:
    """How often the amount comes ("maand", ...), and t without those words."""
    gevonden = set()
    for naam, patroon in _PERIODES.items():
        # (a mark, not a space: "(35 pm)" is € 35 a month, not an age in brackets once "pm" is gone)
        t, aantal = patroon.subn(" ; ", t)
        if aantal:
            gevonden.add(naam)
    if len(gevonden) > 1:
        gevonden.discard("keer")  # "1x per maand" is monthly
    if len(gevonden) > 1:
        return _CONFLICT, t
    return (gevonden.pop() if gevonden else None), t


# What is no money, one rule for `bedrag` and `bedragen` (issue #20): a number with a unit of time or a count
# ("12 uur", "3 weken", "2 kinderen"), a day of a month ("15 maart"), a date in digits ("15-03"), a year
# ("sinds 2020", "januari 2027"), a house number ("nummer 12"), an age ("ik ben 24"). Always, unless the number is written
# as money ("12 euro").
_MAANDEN_NAMEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept",
                  "okt", "nov", "dec")
_NIET_ALS_GELD = r"(?!\s*(?:[.,]\d|euro|eur\b|€|,-))"
_GEEN_GELD_ZEKER = re.compile(
    r"\b\d{1,3}\s*(?:jaar|jr|jarige?|weken|week|wk|wkn|dagen|dag|maanden|mnd|mnden|uur|uurtjes?|uren|kinderen|kids"
    r"|kindjes)\b"
    # "mijn vader is 68", "mijn moeder wordt 70", "mijn zoon is 24": a relative's age is no amount (session 21)
    r"|\b(?:vader|moeder|pa|ma|papa|mama|opa|oma|man|vrouw|partner|zoon|dochter|broer|zus|oom|tante|schoonvader"
    r"|schoonmoeder)\s+(?:is|wordt|werd)\s+\d{2}(?=\s*(?:jaar|jr)?\s*(?:\ben\b|\bheeft\b|\bkrijgt\b|\boud\b|[,.;)!?]|$))"
    # "3 ochtenden in de week", "2 avonden", "4 diensten": a count of parts of days of work is no amount (session 21)
    r"|\b(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven)\s*(?:ochtend|middag|avond|nacht|dagdel|dienst)(?:en)?\b"
    # "nu die zes maanden om zijn": a number word with a length of time is no amount either
    r"|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:jaar|weken|dagen|maanden|uur"
    r"|kinderen|kids|kindjes|zoons|zonen|dochters)\b"
    r"|\banderhal(?:f|ve)\s+(?:jaar|maand|maanden|week|weken|dag|dagen|uur)\b"  # "ik werk al anderhalf jaar": no 1,50
    r"|\b\d{1,2}\s+(?:" + "|".join(_MAANDEN_NAMEN) + r")\b(?:\s+(?:19|20)\d{2}\b" + _NIET_ALS_GELD + ")?"
    r"|\b\d{1,2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{2,4})?\b"
    r"|\b(?:sinds|vanaf|in|uit|tot|begin|eind|medio|heel|hele|geheel|gehele)\s+(?:19|20)\d{2}\b" + _NIET_ALS_GELD +  # "heel 2026" (s21)
    r"|\b(?:" + "|".join(_MAANDEN_NAMEN) + r")\s+(?:19|20)\d{2}\b" + _NIET_ALS_GELD +  # "in januari 2027"
    # "vermogensgrens 2026?", "what changes 2027", "huurtoeslag limit 2026": a year after the rule or limit it dates
    r"|\b\w*(?:grens|grenzen|limiet|limit|limits|norm|normen|regels?|rules?|changes?|verander\w*|wijzig\w*|toeslag"
    r"|bijverdien\w*|vrijlating\w*|giften|bijstand)"
    r"\s+20[1-4]\d\b" + _NIET_ALS_GELD +
    # "bijverdienen 2027 nieuwe regels?", "2027 wat verandert er": a year before the rule it dates
    r"|\b20[1-4]\d\s+(?:nieuwe?|regels?|wat\s+verander\w*)\b" +
    # "werken met uitkering 2027 wat is er anders", "working with uitkering 2027 what changes": a year after the benefit
    # or the work it dates, or before a question
    r"|\b(?:uitkering|benefits?|werk\w*|working|work|job|baan)\s+20[1-4]\d\b" + _NIET_ALS_GELD +
    r"(?!\s*(?:per|netto|bruto|net|gross|p/?m|a\s+(?:month|week))\b)" +
    r"|\b20[1-4]\d\s+(?:wat|what|hoe|how)\b" +
    r"|\b(?:nummer|nr|huisnummer|number)\s*\.?\s*\d{1,5}\b"
    # an age: "ik ben 24", "als ik 30 ben", "ik word 67", "jonger dan 27", "ouder dan 21"
    r"|\b(?:ben|word|werd)\s+\d{1,3}" + _NIET_ALS_GELD + r"\b|\b\d{1,3}\s+(?:jaar\s+)?(?:ben|word|werd)\b"
    r"|\b(?:jonger|ouder)(?:\s+(?:ben|bent|is|zijn))?\s+dan\s+\d{1,3}" + _NIET_ALS_GELD + r"\b"
    # ages in brackets or said of "wij": "mijn dochter (35)", "mijn vrouw en ik (allebei 40)", "wij zijn 60 en 63"
    r"|\(\s*(?:allebei|beiden|beide)?\s*\d{1,3}(?:\s*(?:en|&|/)\s*\d{1,3})*\s*(?:jaar|jr)?\s*(?:\)|,(?!\d)|$)"
    r"|(?<![.,\d])\b\d{1,3}\s*(?:jaar|jr)?\s*\)(?!\s*(?:euro|eur\b|€))"
    r"|\b(?:wij|we)\s+zijn\s+(?:allebei\s+|beiden\s+|beide\s+)?\d{1,3}(?:\s*(?:en|&|,)\s*\d{1,3})?"
    + _NIET_ALS_GELD + r"\b"
    # "wij zitten samen in de bijstand allebei 38", "ze is 31 ik 34,": an age said of both, or right after "ik" in
    # short writing where its part ends
    r"|\b(?:allebei|allebij|beiden)\s+\d{2}" + _NIET_ALS_GELD + r"\b(?!\s*(?:per|netto|bruto|p/?m)\b)"
    # (only where "ik" opens its part or follows another age: "krijg ik 50 per maand" is money)
    r"|(?:^|(?<=[,.;:(])|(?<=\d\s))\s*i?k\s+\d{2}\s*(?:jaar|jr)?(?=\s*(?:[,.;!?]|$|\b(?:en|mijn|mn|m'n|met|woon"
    r"|heb|alleen)\b))" + _NIET_ALS_GELD
)
# Numbers that are most likely no money by the word before them: "van 29" (an age), "op 12" (a day), "sinds
# 12". A form answer "het is 50" is money all the same: `bedrag` uses this rule only to choose between several
# numbers; `bedragen` in every part of a sentence. A number of times ("3 keer 50 euro", "2x per jaar 700")
# multiplies the amount, in both readers (`_keer`).
_AANTAL_KEER = re.compile(r"(?<![\d.,])\b(?P<n>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
                          r"\s*(?:keer|x|maal)\b")
# "een abonnement van 30 per maand", "de huur is 50 per week": a period after the number makes it money (session 20:
# "neef betaalt mijn telefoon abo van 30 per maand" lost its gift, "van 30" read as an age).
_GEEN_PERIODE = r"(?!\s*(?:per|p/?[mw]|pm|netto|bruto|elke|iedere|in\s+de\s+(?:maand|week))\b)"
_GEEN_GELD_WAARSCHIJNLIJK = re.compile(
    # (an age or a day: "mijn huur is 950" is money)
    r"\b(?:is|sinds|vanaf|op|per)\s+(?:\d{1,2}|1[01]\d)" + _NIET_ALS_GELD + r"\b" + _GEEN_PERIODE +
    # "mijn zoon van 15" is an age; "een winterjas van 150" a price: ages of three digits are too rare to count
    r"|\bvan\s+\d{1,2}" + _NIET_ALS_GELD + r"\b" + _GEEN_PERIODE
)


def _geld_getallen(t: str) -> list[_Getal]:
    """The numbers of t that can be money: those written as money if any, else all but what is no money
    (`_GEEN_GELD_ZEKER`); of several different ones, also without the likely ages and days."""
    getallen = _getallen(t)
    if any(g.euro for g in getallen):
        return [g for g in getallen if g.euro]
    getallen = _getallen(_GEEN_GELD_ZEKER.sub(" ", t))
    if len({g.waarde for g in getallen}) > 1:
        minder = _getallen(_GEEN_GELD_WAARSCHIJNLIJK.sub(" ", _GEEN_GELD_ZEKER.sub(" ", t)))
        return minder or getallen
    return getallen


# Hours with their own period ("ik werk 4 uurtjes per week, 250 netto per maand"): the week is the hours', not
# the wage's. Only taken out when the message names another period as well ("12 uur per week voor 200 euro" is
# 200 a week).
_UREN_PER = re.compile(r"\b\d{1,2}\s*(?:uur|uurtjes?|uren)\s+(?:per|in de|a|elke|iedere)\s+(?:week|wk|maand|dag)\b")
# The same for days or parts of days of work ("een paar ochtenden in de week ... voor 250 euro per maand", "3 dagen per
# week"): the week is the work's, and "een paar" is no vague amount.
_WERKTIJD_PER = re.compile(r"\b(?:\d{1,2}|een\s+paar|paar|enkele|twee|drie|vier|vijf|zes)\s+(?:dagen|ochtenden|middagen"
                           r"|avonden|nachten|dagdelen|diensten|uur|uurtjes?|uren)\s+(?:per|in\s+de|a|elke|iedere)\s+"
                           r"(?:week|wk|maand)\b")


_ZINSDEEL = re.compile(r"[^,.;:!?()]+")


def _werktijd_apart(t: str) -> str:
    """t without the hours' or days' period said in a part of the sentence of its own ("ik werk 12 uur per week omdat
    meer niet kan, 600 netto", "3 ochtenden in de week, krijg 600"): that week is the work's, not the wage's
    (session 21). In one part with the amount ("12 uur per week voor 200 euro") it stays the wage's."""
    for deel in _ZINSDEEL.finditer(t):
        werktijd = [m for m in (*_UREN_PER.finditer(deel[0]), *_WERKTIJD_PER.finditer(deel[0]))]
        if werktijd and not _getallen(_GEEN_GELD_ZEKER.sub(" ", _WERKTIJD_PER.sub(" ", _UREN_PER.sub(" ", deel[0])))) \
                and _getallen(t[:deel.start()] + " " + t[deel.end():]):
            t = t[:deel.start()] + _WERKTIJD_PER.sub(" ", _UREN_PER.sub(" ", deel[0])) + t[deel.end():]
            return _werktijd_apart(t)
    return t


# The count stands right beside its amount: "3 keer 50 euro", "2x per jaar 700", "50 euro 3 keer". "Ik werk 3 keer
# per week en verdien 300" counts the work, not the money.
_BEDRAG_NA_KEER = re.compile(r"\s*(?:(?:per|in\s+de|in\s+het|elke|elk|iedere|ieder|a)\s+(?:week|maand|jaar)\s*)?"
                             r"(?:€|eur\w*)?\s*\d")
_BEDRAG_VOOR_KEER = re.compile(r"\d(?:[.,]\d+)?\s*(?:€|euro?s?|eur)?\s*(?:,-)?\s*$")


# "2x mijn energierekening betaald, 150 euro per keer": the count belongs to the amount said per time.
# ("drie keer mijn huur betaald, telkens 650 euro", "elke keer 100", "iedere keer", "steeds 200": the same, session 21)
_PER_KEER = re.compile(r"\bper\s+keer\b|\btelkens\b|\b(?:elke|iedere|ieder)\s+keer\b|\bsteeds\s+(?=(?:€\s*)?\d)")


def _naast_bedrag(t: str, m: re.Match) -> bool:
    return bool(_BEDRAG_NA_KEER.match(t, m.end()) or _BEDRAG_VOOR_KEER.search(t[:m.start()]) or _PER_KEER.search(t))


def _losse_keer_weg(t: str) -> str:
    """t without the counts that stand beside no amount ("ik werk 3 keer per week"): they are no money."""
    return _AANTAL_KEER.sub(lambda m: m[0] if _naast_bedrag(t, m) else " ", t)


def _keer(t: str) -> tuple[int, str]:
    """How many times the amount comes ("3 keer 50 euro", "2x per jaar 700 euro"), and t without that count.
    One count of two or more only; "1 keer" is a period of its own ("keer")."""
    treffers = [m for m in _AANTAL_KEER.finditer(t) if (_geheel(m["n"]) or 0) >= 2 and _naast_bedrag(t, m)]
    if len(treffers) != 1:
        return 1, t
    m = treffers[0]
    return _geheel(m["n"]) or 1, t[:m.start()] + " " + t[m.end():]


def bedrag(text: str) -> Bedrag | None:
    """The one amount of money in text ("€ 1.200,- per maand"), else None.

    Zero for "geen"/"niks"/"0"; None for negative, vague, ambiguous ("50 of 60") or
    absurd amounts (above MAX_BEDRAG). See the module docstring for "1,200" and "1e9".
    A number of times multiplies it: "3 keer 50 euro" is 150, "2x per jaar 700" is 1.400 per jaar.
    """
    if _WETENSCHAPPELIJK.search(unicodedata.normalize("NFKC", str(text))):
        return None  # "1e309 euro": not € 309, and no amount a person has
    t = _keer_per_jaar(_schoon(text))
    staart = _na_correctie(t, lambda s: bool(_getallen(s)))
    if not t or _NEGATIEF.search(staart) or _VAAG.search(_WERKTIJD_PER.sub(" ", staart)) or _ANDERE_PERIODE.search(t):
        return None
    gecorrigeerd = staart is not t  # "nee, 60": the period may stand in the part before the correction
    keer, staart = _keer(staart)
    staart = _werktijd_apart(staart)
    periode, rest = _periode(staart)
    if periode is None and gecorrigeerd:
        periode = _periode(t)[0]
    if periode == _CONFLICT and (_UREN_PER.search(staart) or _WERKTIJD_PER.search(staart)):
        # the hours' or days' week is no period of the wage
        periode, rest = _periode(_WERKTIJD_PER.sub(" ", _UREN_PER.sub(" ", staart)))
    if periode == _CONFLICT:
        return None
    waarden = {g.waarde for g in _geld_getallen(rest)}
    if not waarden and _NUL.search(rest) and not weet_niet(t):
        waarden = {Decimal(0)}
    if len(waarden) != 1:
        return None
    euro = waarden.pop() * keer
    return Bedrag(euro.quantize(_CENT), periode) if 0 <= euro <= MAX_BEDRAG else None


# --- datum -----------------------------------------------------------------------

_MAANDEN = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MAAND = r"(?P<maand>" + "|".join(sorted(_MAANDEN, key=len, reverse=True)) + r")\b\.?"
_JAAR = r"(?:\s+(?P<j>\d{4}|'\d{2}))?(?!\d)"
_DEEL_DAG = {"begin": 1, "half": 15, "halverwege": 15, "midden": 15, "medio": 15}
_ONGELDIG = "ongeldig"  # a date-like answer that is no real date ("31 februari")


def _jaar(tekst: str, vandaag: date) -> int:
    """A written year; two digits are 20xx unless that is far ahead. ValueError if absurd."""
    cijfers = tekst.lstrip("'")
    jaar = int(cijfers)
    if len(cijfers) == 2:
        jaar += 2000 if 2000 + jaar <= vandaag.year + JAREN_VOORUIT else 1900
    if not MIN_JAAR <= jaar <= vandaag.year + JAREN_VOORUIT:
        raise ValueError(f"jaar {jaar} is niet aannemelijk")
    return jaar


# Which way a date without a year lies from vandaag: the caller says it (the question asked, the tense of the
# sentence), never guessed here. "verleden": on or before vandaag (a decision received, a gift, the start of work
# that began); "toekomst": on or after vandaag (a trip planned, work still to start); "dichtstbij": the nearer of
# the two (an answer with no tense to a question that may go either way).
Richting = Literal["verleden", "toekomst", "dichtstbij"]
RICHTINGEN: tuple[str, ...] = get_args(Richting)


def zonder_jaar(vandaag: date, richting: Richting, begin: Callable[[int], date],
                einde: Callable[[int], date] | None = None) -> date | None:
    """A day or period without a year (``begin(jaar)`` .. ``einde(jaar)``, a day when einde is None) placed in
    the year ``richting`` says; its first day, or None when it is no date in any of those years ("31 juni").

    "verleden": the latest that has begun on or before vandaag (this year or last); "toekomst": the first that
    has not ended before vandaag (this year or next); "dichtstbij": of last, this and next year the one nearest
    to vandaag (a period vandaag lies in is nearest; a tie goes to the past). So "juli" said on 6 December is
    last July for "verleden" and "dichtstbij" (it ended four months ago, the next begins in seven) and next July
    for "toekomst"; "december" is this December whichever way."""
    if richting not in RICHTINGEN:
        raise ValueError(f"richting {richting!r} is geen van {RICHTINGEN}")
    einde = einde or begin
    perioden: list[tuple[date, date]] = []
    for jaar in (vandaag.year - 1, vandaag.year, vandaag.year + 1):
        try:
            perioden.append((begin(jaar), einde(jaar)))
        except ValueError:
            continue
    if richting == "verleden":
        kandidaten = [van for van, tot in perioden if van <= vandaag]
        return max(kandidaten, default=None)
    if richting == "toekomst":
        kandidaten = [van for van, tot in perioden if tot >= vandaag]
        return min(kandidaten, default=None)

    def afstand(periode: tuple[date, date]) -> tuple[int, bool]:
        van, tot = periode
        dagen = (van - vandaag).days if van > vandaag else (vandaag - tot).days if tot < vandaag else 0
        return dagen, van > vandaag

    return min(perioden, key=afstand)[0] if perioden else None


def _recentst(vandaag: date, richting: Richting, maak: Callable[[int], date],
              einde: Callable[[int], date] | None = None) -> date | str:
    """zonder_jaar, with _ONGELDIG for no date ("31 juni"; "29 februari" far from a leap year)."""
    d = zonder_jaar(vandaag, richting, maak, einde)
    return _ONGELDIG if d is None else d


def _in_jaar(m: re.Match, vandaag: date, richting: Richting, maak: Callable[[int], date],
             einde: Callable[[int], date] | None = None) -> date | str:
    return maak(_jaar(m["j"], vandaag)) if m["j"] else _recentst(vandaag, richting, maak, einde)


def _maanden_terug(d: date, maanden: int) -> date:
    jaar, maand = divmod(d.year * 12 + d.month - 1 - maanden, 12)
    return date(jaar, maand + 1, min(d.day, calendar.monthrange(jaar, maand + 1)[1]))


def _geleden(m: re.Match, vandaag: date, richting: Richting) -> date | None:
    n = _geheel(m["n"])
    if n is None:
        return None  # "een paar weken geleden": not this pattern's to answer
    eenheid = m["eenheid"]
    if eenheid.startswith("dag"):
        return vandaag - timedelta(days=n)
    if eenheid.startswith("we"):
        return vandaag - timedelta(weeks=n)
    return _maanden_terug(vandaag, n if eenheid.startswith("maand") else 12 * n)


def _dag_maand(m: re.Match, vandaag: date, richting: Richting) -> date | str | None:
    dag = _geheel(m["d"])
    if dag is None:
        return None
    maand = _MAANDEN[m["maand"]]
    return _in_jaar(m, vandaag, richting, lambda j: date(j, maand, dag))


def _deel_maand(m: re.Match, vandaag: date, richting: Richting) -> date | str:
    maand = _MAANDEN[m["maand"]]
    dag = _DEEL_DAG.get(m["deel"])
    return _in_jaar(m, vandaag, richting, lambda j: date(j, maand, dag or calendar.monthrange(j, maand)[1]))


def _hele_maand(m: re.Match, vandaag: date, richting: Richting) -> date | str:
    """"juli": its first day; the month vandaag lies in is this month whichever way."""
    maand = _MAANDEN[m["maand"]]
    return _in_jaar(m, vandaag, richting, lambda j: date(j, maand, 1),
                    lambda j: date(j, maand, calendar.monthrange(j, maand)[1]))


def _komt(d: date, richting: Richting) -> date | None:
    """A date still to come ("volgende maand"): no answer when the caller asks about the past."""
    return None if richting == "verleden" else d


def _vorige_maand(vandaag: date) -> date:
    return _maanden_terug(vandaag.replace(day=1), 1)


def _deel_relatief(m: re.Match, vandaag: date, richting: Richting) -> date | str:
    """"begin vorig jaar", "eind vorige maand", "half dit jaar"; after vandaag ("eind deze maand") only when the
    caller's richting is not "verleden"."""
    vorig = not m["wat"].startswith(("dit", "deze"))
    if m["wat"].endswith("jaar"):
        jaar = vandaag.year - vorig
        d = {"begin": date(jaar, 1, 1), "eind": date(jaar, 12, 31), "einde": date(jaar, 12, 31)}.get(
            m["deel"], date(jaar, 7, 1))
    else:
        eerste = _maanden_terug(vandaag.replace(day=1), int(vorig))
        laatste = calendar.monthrange(eerste.year, eerste.month)[1]
        d = eerste.replace(day=_DEEL_DAG.get(m["deel"], laatste))
    return d if d <= vandaag or richting != "verleden" else _ONGELDIG


_DATUMPATRONEN: list[tuple[re.Pattern, Callable[[re.Match, date, Richting], date | str | None]]] = [
    (re.compile(r"\b(?P<j>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
     lambda m, v, r: date(_jaar(m["j"], v), int(m["m"]), int(m["d"]))),
    (re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<j>\d{4}|\d{2})\b"),
     lambda m, v, r: date(_jaar(m["j"], v), int(m["m"]), int(m["d"]))),
    (re.compile(r"\b(?P<deel>begin|half|halverwege|midden|medio|eind|einde)\s+(?:van\s+)?(?P<wat>"
                r"(?:vorig|vorige|afgelopen|verleden)\s+(?:jaar|maand)|dit\s+jaar|deze\s+maand)\b"), _deel_relatief),
    (re.compile(r"\beergisteren\b"), lambda m, v, r: v - timedelta(days=2)),
    (re.compile(r"\bgister(?:en)?\b"), lambda m, v, r: v - timedelta(days=1)),
    (re.compile(r"\bvandaag\b"), lambda m, v, r: v),
    (re.compile(r"\b(?:vorige|afgelopen|verleden)\s+week\b"), lambda m, v, r: v - timedelta(days=7)),
    (re.compile(r"\b(?:vorige|afgelopen|verleden)\s+maand\b"), lambda m, v, r: _vorige_maand(v)),
    (re.compile(r"\bdeze\s+maand\b"), lambda m, v, r: v.replace(day=1)),
    (re.compile(r"\b(?:vorig|afgelopen|verleden)\s+jaar\b"), lambda m, v, r: date(v.year - 1, 1, 1)),
    (re.compile(r"\bdit\s+jaar\b"), lambda m, v, r: date(v.year, 1, 1)),
    # Still to come, as said: never an answer for a caller that asks about the past (not this pattern's then).
    (re.compile(r"\bovermorgen\b"), lambda m, v, r: _komt(v + timedelta(days=2), r)),
    (re.compile(r"\bmorgen\b"), lambda m, v, r: _komt(v + timedelta(days=1), r)),
    (re.compile(r"\b(?:volgende|komende)\s+week\b"), lambda m, v, r: _komt(v + timedelta(days=7), r)),
    (re.compile(r"\b(?:volgende|komende)\s+maand\b"), lambda m, v, r: _komt(_maanden_terug(v.replace(day=1), -1), r)),
    (re.compile(r"\b(?:volgend|komend)\s+jaar\b"), lambda m, v, r: _komt(date(v.year + 1, 1, 1), r)),
    (re.compile(r"\b(?P<n>\d+|[a-z]+)\s+(?P<eenheid>dagen|dag|weken|week|maanden|maand|jaren|jaar)"
                r"\s+(?:geleden|terug)\b"), _geleden),
    (re.compile(r"\b(?P<deel>begin|half|halverwege|midden|medio|eind|einde|eindje)\s+(?:van\s+)?"
                + _MAAND + _JAAR), _deel_maand),
    (re.compile(r"\b(?P<d>\d{1,2}|[a-z]+)(?:\s*(?:e|ste|de))?\s+" + _MAAND + _JAAR), _dag_maand),
    (re.compile(r"\b" + _MAAND + _JAAR), _hele_maand),
    (re.compile(r"(?<![\d/-])(?P<d>\d{1,2})[-/](?P<m>\d{1,2})(?![\d/-])"),
     lambda m, v, r: _recentst(v, r, lambda j: date(j, int(m["m"]), int(m["d"])))),
    (re.compile(r"\b(?P<j>(?:19|20)\d{2})\b"), lambda m, v, r: date(_jaar(m["j"], v), 1, 1)),
]


def _datums(t: str, vandaag: date, richting: Richting) -> list[date | str]:
    """Every date expression in t, most specific first; each part of t is read once.

    Digits left over after that ("15 of 16 maart") make the answer ambiguous.
    """
    gevonden: list[date | str] = []

    def lees(m: re.Match) -> str:
        try:
            d = maak(m, vandaag, richting)
        except (ValueError, OverflowError):
            d = _ONGELDIG
        if d is None:
            return m[0]
        gevonden.append(_ONGELDIG if isinstance(d, date) and d.year < MIN_JAAR else d)
        return " " * len(m[0])

    for patroon, maak in _DATUMPATRONEN:
        t = patroon.sub(lees, t)
    return gevonden + [_ONGELDIG] * bool(gevonden and re.search(r"\d", _GEEN_DATUMDEEL.sub(" ", t)))


# Digits left over beside a date that cannot be a day, a month or a year of one: an age or a count with its unit or
# its verb ("mijn moeder (78)", "ik ben 25", "2 kinderen", "binnen 6 weken", "mijn vader van 80"). Such a
# number leaves the date one ("mijn moeder (78) kreeg een afwijzing gedateerd 14 november", session 21, H4); a bare
# day beside it ("15 of 16 maart") still makes it ambiguous.
_GEEN_DATUMDEEL = re.compile(
    r"\(\s*\d{1,3}\s*(?:jaar|jr)?\s*\)"
    r"|\b\d{1,3}\s*(?:jaar|jr|jarige?|kinderen|kind|kids|personen|mensen|keer|weken|week|dagen|dag|maanden|maand"
    r"|mnd|procent|%)(?!\w)"
    r"|\b(?:ben|is|wordt|word|werd|zijn|worden)\s+\d{1,3}\b"
    r"|\bvan\s+(?:3[2-9]|[4-9]\d|1[01]\d)\b(?![.,]\d|\s*(?:euro|eur\b|€|,-))")


def _zonder_geld(t: str) -> str:
    """t without its amounts of money: "2000 euro" is never the year 2000."""
    for g in reversed(_getallen(t)):
        if g.euro:
            t = t[:g.start] + " " * (g.eind - g.start) + t[g.eind:]
    return t


def datum(text: str, vandaag: date, *, richting: Richting) -> date | None:
    """The one date in text ("15 maart", "15-03-2026", "2 weken geleden"), else None.

    Without a year a date lies the way ``richting`` says (``zonder_jaar``): every caller
    chooses, from the question asked or the sentence (``tijd``), so nothing is guessed
    here. Relative expressions count from vandaag as they say ("vorige maand").
    Invalid dates ("31 februari") and two different dates give None.
    """
    if richting not in RICHTINGEN:
        raise ValueError(f"richting {richting!r} is geen van {RICHTINGEN}")
    t = _schoon(text)
    if not t or not isinstance(vandaag, date):
        return None
    vandaag = date(vandaag.year, vandaag.month, vandaag.day)  # a datetime is a date too
    t = _zonder_geld(t)
    t = _na_correctie(t, lambda s: bool(_datums(s, vandaag, richting)))
    gevonden = set(_datums(t, vandaag, richting))
    if len(gevonden) != 1 or _ONGELDIG in gevonden:
        return None
    return gevonden.pop()


def datum_op_de_dag(text: str, vandaag: date, *, richting: Richting) -> bool:
    """True when the one date of text (``datum``) names its day ("3 november", "03-11-2026", "3/11", "gisteren",
    "5 dagen geleden"); False for a date read from a week, a month or a time ago in weeks or months ("vorige week",
    "begin november", "in oktober", "2 maanden geleden"), and for no date. An answer can then say the day without
    "ongeveer" (session 21, H4: "Uw besluit is van ongeveer 3 november" after "ik kreeg op 3 november een besluit")."""
    d = datum(text, vandaag, richting=richting)
    if d is None:
        return False
    vandaag = date(vandaag.year, vandaag.month, vandaag.day)
    t = _zonder_geld(_schoon(text))
    t = _na_correctie(t, lambda s: bool(_datums(s, vandaag, richting)))
    for patroon, maak in _DATUMPATRONEN:
        for m in patroon.finditer(t):
            dag = "d" in patroon.groupindex or re.search(r"gister|vandaag", patroon.pattern) is not None or (
                maak is _geleden and m["eenheid"].startswith("dag"))
            if not dag:
                continue
            try:
                if maak(m, vandaag, richting) == d:
                    return True
            except (ValueError, OverflowError):
                continue
    return False


# A later calendar year named, for the readers of a later year's money or rules (rekenhulpen/giften.py: a gift of a
# later year is not this year's; rekenhulpen/bijverdienen.py: the vrijlating on a later date asked about). Each form,
# named by an example; a caller takes the forms it reads (the two differ: tests/actions/test_later_jaar.py).
JAAR_VORMEN: dict[str, str] = {
    "volgend jaar": r"\b(?:volgend|komend)\s+jaar\b|\bnext\s+year\b",
    "in 2027": r"\bin\s+20\d\d\b",
    "vanaf 1 januari 2027": r"\b(?:vanaf|per|in|na|from)\s+(?:1\s+)?(?:januari\s+)?20\d\d\b",
    "vanaf januari": r"\bvanaf\s+(?:1\s+)?januari\b",
}


def jaren_genoemd(text: str, vandaag: date, *vormen: str) -> list[date | None]:
    """The years or years' starts of ``vormen`` (keys of JAAR_VORMEN) text names, in order, each as ``datum`` reads
    it on its own the way of "toekomst" ("volgend jaar", "vanaf januari": the next 1 January); None where it reads
    none ("next year"; a year further ahead than JAREN_VOORUIT). A year before vandaag's is named too: the caller
    asks whether it is later."""
    patroon = re.compile("|".join(JAAR_VORMEN[vorm] for vorm in vormen))
    return [datum(m[0], vandaag, richting="toekomst") for m in patroon.finditer(text.lower())]


# Which way a sentence itself says it goes: "ik ga in juli", "vanaf januari ga ik werken", "volgende maand"
# against "ik kreeg op 3 november", "ik ben in mei geweest", "sinds maart". One list for every reader.
_TOEKOMST = re.compile(r"\b(?:ga|gaan|gaat|zal|zullen|zult|straks|binnenkort|volgend\w*|komend\w*|aanstaande"
                       r"|morgen|overmorgen|plan\w*)\b")
# A wish or a question for leave ("wil ik", "mag ik", "kan ik"): about what is asked, not about every date in the
# message ("ik werk vanaf maart, hoeveel mag ik houden" began in March). Future only where the thing asked is the
# one dated, as a trip ("mag ik van 3 tot 20 maart naar Marokko"): zegt_toekomst(text, ook_wens=True).
_WENS = re.compile(r"\b(?:wil|willen|wilt|mag|mogen|kan|kunnen)\b")
_VERLEDEN = re.compile(r"\b(?:geweest|weggeweest|was|waren|gebruikt|opgemaakt|gehad|teruggekomen|verbleven|gebleven"
                       r"|kreeg|kregen|gekregen|ontvangen|gaf|gaven|gegeven|begon|begonnen|gestart|vertrokken"
                       r"|gegaan|ging|gingen|sinds|sedert|vorig|vorige|afgelopen|geleden"
                       r"|zat|zaten|verbleef|vloog|vlogen)\b|\bterug\s+gekomen\b")  # ("ik zat dit jaar al 25 dagen ...", s21)


def zegt_toekomst(text: str, ook_wens: bool = False) -> bool:
    """The sentence speaks of something still to come ("ik ga", "volgende maand"); with ``ook_wens`` also a wish
    or a question for leave ("wil ik", "mag ik")."""
    t = _schoon(text)
    return bool(_TOEKOMST.search(t) or (ook_wens and _WENS.search(t)))


def zegt_verleden(text: str) -> bool:
    """The sentence speaks of something that happened ("ik kreeg", "ben geweest", "sinds maart")."""
    return bool(_VERLEDEN.search(_schoon(text)))


def tijd(text: str, ook_wens: bool = False) -> Richting | None:
    """The way the sentence says it goes: "toekomst" or "verleden" when it says only that one, else None (both, as
    in "ik kreeg vorige week een besluit en ga bezwaar maken", or neither): then the caller's own choice holds, as
    in ``datum(text, vandaag, richting=tijd(text) or "verleden")``."""
    toekomst, verleden = zegt_toekomst(text, ook_wens), zegt_verleden(text)
    return "toekomst" if toekomst and not verleden else "verleden" if verleden and not toekomst else None


# --- leeftijd --------------------------------------------------------------------

_ONDER_EEN_JAAR = re.compile(r"\s*(?:maand|maanden|mnd|weken|week|dagen|dag)\b")


def _leeftijden(t: str) -> list[int | None]:
    """Ages in t in order, None for a number that is no age; "6 maanden" is 0, if alone."""
    jaren: list[int | None] = []
    baby: list[int | None] = []
    for g in _getallen(t):
        if _ONDER_EEN_JAAR.match(t, g.eind):
            baby.append(0)
        elif g.waarde == g.waarde.to_integral_value() and 0 <= g.waarde <= MAX_LEEFTIJD:
            jaren.append(int(g.waarde))
        else:
            jaren.append(None)
    return jaren or baby


def leeftijd(text: str) -> int | None:
    """An age in whole years ("ik ben 34 jaar", "vierendertig"), else None.

    None for negative, above MAX_LEEFTIJD, fractional or more than one different age.
    """
    t = _schoon(text)
    if not t or _NEGATIEF.search(t):
        return None
    waarden = set(_leeftijden(t))
    return waarden.pop() if len(waarden) == 1 and None not in waarden else None


# --- medebewoners ----------------------------------------------------------------

_ENKELVOUD = {
    "kind": "zoon zoontje dochter dochtertje kind kindje baby stiefzoon stiefdochter stiefkind "
            "pleegkind pleegzoon pleegdochter",
    "ouder": "moeder vader mama papa mam pap ma pa stiefmoeder stiefvader",
    "partner": "partner echtgenoot echtgenote verloofde",
    "huurder": "huurder kamerhuurder onderhuurder kostganger",
    "student": "student studente",
    "anders": "broer zus zuster neef nicht oom tante opa oma kleinzoon kleindochter kleinkind "
              "schoonmoeder schoonvader schoonzoon schoondochter zwager schoonzus vriend vriendin "
              "huisgenoot huisgenote kennis iemand persoon man vrouw ex collega",
}
_MEERVOUD = {
    "kind": "zoons zonen dochters kinderen kindjes kindertjes kids stiefkinderen pleegkinderen",
    "ouder": "ouders",
    "huurder": "huurders kamerhuurders onderhuurders kostgangers",
    "student": "studenten",
    "anders": "broers zussen neven nichten kleinkinderen vrienden vriendinnen huisgenoten mensen personen anderen",
}
_WOORDEN = {
    **{w: (relatie, False) for relatie, woorden in _ENKELVOUD.items() for w in woorden.split()},
    **{w: (relatie, True) for relatie, woorden in _MEERVOUD.items() for w in woorden.split()},
}
_PERSOON = re.compile(
    r"\b(?:(?P<mijn>mijn|m'n|mn|me|onze|haar|zijn|z'n|zn|d'r)\s+)?(?:(?P<n>\d+|[a-z]+)\s+)?"
    r"(?:(?:andere|kleine|jonge|volwassen|oudere|jongere|oudste|jongste|lieve)\s+)?"
    r"(?P<woord>" + "|".join(sorted(_WOORDEN, key=len, reverse=True)) + r")\b"
)
_VAN_EEN_ANDER = ("haar", "zijn", "z'n", "zn", "d'r")
_JARIGE = re.compile(r"\b(\d{1,3})\s*-?\s*jarige?\s+([a-z]+)")
_NIEMAND = re.compile(r"\b(?:alleen|niemand|geen|nee|nope|niet|single|ikzelf)\b")


# "met 3 andere volwassenen": housemates ("wij zijn 2 volwassenen" counts the person too, so only "andere").
_ANDERE_VOLWASSENEN = re.compile(r"\bandere\s+volwassenen?\b")
# "een tweeling van 3", "mijn drieling": children born together, of one age.
_TWEELING = re.compile(r"\b(?:een\s+|mijn\s+|mn\s+|m'n\s+|onze\s+)?(?P<soort>twee|drie)ling\b(?:\s+van\s+(?P<jaren>\d{1,2})\b)?")


def _als_kinderen(m: re.Match) -> str:
    aantal = 2 if m["soort"] == "twee" else 3
    if m["jaren"] is None:
        return f"{aantal} kinderen"
    return f"{aantal} kinderen van " + " en ".join([m["jaren"]] * aantal)


# "wij huren met 4 volwassenen een huis", "we wonen met z'n drieen": a count of adults that includes the person.
# "we zijn 4 mensen in huis", "we zijn met z'n vieren" (session 17): the same count, said with "zijn" or as z'n vieren.
_WIJ_MET_AANTAL = re.compile(r"\b(?:wij|we)\s+(?:"
                             # "we zijn 3 broers in 1 huis": the person is one of them (session 20, read as 3 others)
                             r"zijn\s+(?:met\s+)?(?P<f>\d|twee|drie|vier|vijf|zes)\s+(?P<fw>broers|zussen|zusters|vrienden"
                             r"|vriendinnen|huisgenoten|studenten)\b"
                             r"|(?:[a-z]+\s+){0,3}?(?:(?:met\s+)?(?:z'n\s+|zn\s+|zijn\s+)?"
                             r"(?P<n>\d|twee|drie|vier|vijf|zes)\s+(?:volwassenen|personen|mensen)\b"
                             r"|met\s+(?:z'n|zn|ze|zijn)\s+(?P<z>twee[eë]n|drie[eë]n|vieren|vijven|zessen)\b))")
_MET_ZN = {"tweeen": 2, "tweeën": 2, "drieen": 3, "drieën": 3, "vieren": 4, "vijven": 5, "zessen": 6}
# "allemaal tussen 30 en 60 jaar", "de rest 27 tot 40", "huisgenoten van 30-45": an age range for a group; its lowest
# age is what the age rules need (27 or older?), so the range reads as "allemaal 30" (session 20).
_BEREIK = re.compile(r"\b(?:(?:alle(?:maal)?|allen)\s+)?(?:tussen\s+(?:de\s+)?(?P<a>\d{2})\s+en\s+(?:de\s+)?(?P<b>\d{2})"
                     r"|(?:van\s+)?(?P<c>\d{2})\s*(?:tot|t/m|tm|-)\s*(?P<d>\d{2}))\s*(?:jaar|jr)?\b(?!\s*(?:euro|eur\b|€|uur|per))")
# "ik ben 31, de rest 27 tot 40": the others of a count
_DE_REST = re.compile(r"\bde\s+rest\b(?=\s*(?:is|zijn)?\s*(?:allemaal\s+|alle\s+|ook\s+)?(?:tussen\s+|van\s+|boven\s+|ouder\s+)?\d)")
# "in 1 huis", "op 1 adres": one house, no age
_EEN_HUIS = re.compile(r"\b(in|op)\s+1\s+(huis|woning|adres|flat|appartement)\b")


def _anderen_dan_ik(m: re.Match) -> str:
    """"we wonen met 4 volwassenen" as the others in the house: "we wonen met 3 huisgenoten"."""
    if m["z"]:
        return m[0][:m.start("z") - m.start()] + f"{_MET_ZN[m['z']] - 1} huisgenoten"
    if m["f"]:
        n = _geheel(m["f"])
        return m[0] if not n or n < 2 else m[0][:m.start("f") - m.start()] + f"{n - 1} {m['fw']}"
    n = _geheel(m["n"])
    return m[0] if not n or n < 2 else m[0][:m.start("n") - m.start()] + f"{n - 1} huisgenoten"


_OVERLEDEN_NA = re.compile(r"\s+(?:is\s+|zijn\s+)?(?:overleden|overleed|gestorven|stierf|stierven)\b")


def _over_zichzelf_of_ontkend(t: str, m: re.Match) -> bool:
    """"geen kinderen", "zonder partner", "ik ben (alleenstaande) moeder", "onze overleden ouders": nobody who lives
    here."""
    voor = _vorige_woorden(t, m.start("woord"), 2)
    if "geen" in voor or "zonder" in voor or "overleden" in voor:
        return True
    if voor[-1:] == ["per"]:
        return True  # "hoeveel wordt de bijstand per persoon", "per kind": nobody who lives here (session 20)
    if _OVERLEDEN_NA.match(t, m.end()):
        return True  # "sinds mijn vader is overleden", "mijn moeder overleed vorig jaar": no one who lives here
    # "ik ben 31, kind is 4": an age between "ben" and the word ends the person's words about themself
    tussen = re.search(r"[^a-z']*$", t[:m.start("woord")])[0]
    return bool(voor) and not re.search(r"\d", tussen) and (
        voor[-1] in ("ben", "als", "alleenstaande", "alleenstaand") or voor == ["ben", "een"])


# "die alle drie boven de 30 zijn", "allebei 30": one age for all the people of a mention.
# ("iedereen ouder dan 30", "ieder van hen boven de 27": the same, session 21)
_ALLEMAAL = re.compile(r"\b(?:alle(?:maal)?|allen|allebei|allebij|beiden|beide|iedereen|ieder\s+van\s+(?:hen|ons))\b(?:\s+(?:twee|drie|vier|vijf|\d)\b(?!\s*(?:jaar|\+)))?")
# "boven de 30", "ouder dan 30", "30+": older than that, so at least one year more (what the age rules need).
_BOVEN = re.compile(r"\b(?:boven\s+de|ouder\s+dan|over\s+de)\s+(\d{1,3})\b|\b(\d{1,3})\s*\+")
# "onder de 4", "jonger dan 5": younger than that, so at most one year less (session 20: "3 kinderen onder de 4").
_ONDER = re.compile(r"\b(?:onder\s+de|jonger\s+dan|beneden\s+de)\s+(\d{1,2})\b(?!\s*(?:euro|eur\b|€|uur|weken|dagen|maanden))")
# "4 vrienden van rond de 30", "2 huisgenoten van ongeveer 40": one age said roughly for all of a count (session 19).
_ONGEVEER = re.compile(r"\s*(?:van\s+|die\s+(?:allemaal\s+)?)?(?:rond\s+de|rondom\s+de|ongeveer|rond|circa|ca\.?|zo'?n)\s+\d{2}\b")
# Where the ages of a mention end: where the person speaks of themself ("... zijn. ik ben 35" is their own age);
# "mijn dochter woont bij mij. zij is 24" keeps the daughter's age.
_ZIN_EINDE = re.compile(r"[.?!;](?!\d)(?=\s*i?k\b)|\b(?:i?k|en\s+ik)\s+(?:ben|word)\b"
                        r"|(?:^|[,;(])\s*(?:en\s+)?i?k\s+(?=\d{2}\b)")  # "3 broers, ik 60, de anderen ...": the person's own age
# "hij studeert met studiefinanciering": a student with stufi does not count for the kostendelersnorm.
_STUDEERT_MET_STUFI = re.compile(r"\b(?:studeert|student\w*|studie)\b[^.?!]{0,40}?\b(?:studiefinanciering|stufi)\b"
                                 r"|\b(?:studiefinanciering|stufi)\b")
# "hij studeerde met stufi maar is gestopt", "tot vorige maand studeerde hij": the study has ended, so no student now.
_STUDIE_GESTOPT = re.compile(r"\b(?:gestopt|stopte|gestaakt|afgebroken|studeert\s+niet\s+meer|geen\s+student\s+meer|klaar\s+met"
                             r"|afgestudeerd|tot\s+vorige\s+(?:maand|week))\b")


# An amount is never an age: "mijn broer geeft me 100 (euro)", "mijn moeder betaalt elke maand 50", "mijn zus 75 per
# maand": a number after a verb of money (a few words between) or before a period of money.
_GELD_WERKWOORD = re.compile(
    r"\b(?:geeft|gaf|geven|betaalt|betaald|betaalde|betalen|stuurt|stuurde|leent|leende|schenkt|schonk|maakt|maakte"
    r"|overgemaakt|verdient|verdiende|krijg|kreeg|gekregen|bijdrage|helpt\s+met)\b(?:\s+[a-z']+){0,3}\s*$")
_GELD_PERIODE_NA = re.compile(r"\s*(?:,-|per\s+(?:maand|week|jaar|keer)\b|p\s*/\s*[mwj]\b|pm\b|pw\b)")


def _zonder_bedragen(deel: str) -> str:
    """deel without its amounts of money (see _GELD_WERKWOORD), so that no amount is read as an age."""
    for g in reversed(_getallen(deel)):
        if g.euro or _GELD_PERIODE_NA.match(deel, g.eind) or _GELD_WERKWOORD.search(deel, 0, g.start):
            deel = deel[:g.start] + " " * (g.eind - g.start) + deel[g.eind:]
    return deel


_WORDT_OP_DAG = re.compile(r"\b(?:wordt|word)\s+(?:(?:op\s+)?\d{1,2}|in)\s+(?:" + "|".join(_MAANDEN_NAMEN) + r")\b\.?"
                          r"(?:\s+20\d\d)?\s+(?P<jaren>\d{1,3})\b(?!\s*(?:euro|eur\b|€))")


def _leeftijden_van(deel: str) -> list[int]:
    """The ages in the part of a message after a mention, up to the end of its sentence; "boven de 30" is 31; an
    amount of money is no age."""
    deel = _zonder_bedragen(_ZIN_EINDE.split(deel, maxsplit=1)[0])
    # "wordt 1 februari 27", "wordt in april 27": turns 27 later, so one year younger now (the day is no age)
    deel = _WORDT_OP_DAG.sub(lambda w: f" {int(w['jaren']) - 1} ", deel)
    deel = _BOVEN.sub(lambda b: f" {int(b[1] or b[2]) + 1} ", _ALLEMAAL.sub(" ", deel))
    deel = _ONDER.sub(lambda o: f" {max(int(o[1]) - 1, 0)} ", deel)  # "3 kinderen onder de 4": at most 3
    return [j for j in _leeftijden(deel) if j is not None]


def _personen(m: re.Match, leeftijden: list[int]) -> list[Medebewoner] | None:
    """The people one mention stands for: "mijn zoon (27)", "2 kinderen van 5 en 8"."""
    relatie, meervoud = _WOORDEN[m["woord"]]
    if m["mijn"] in _VAN_EEN_ANDER:
        relatie = "anders"  # "mijn vriend en zijn zoon": not the person's own child
    elif m["woord"] in ("man", "vrouw") and m["mijn"]:
        relatie = "partner"
    aantal = _geheel(m["n"])
    if aantal is not None and aantal > 1 and not meervoud and m["n"].isdigit():
        aantal = None  # "moeder 33 zoontje van 7": a number before one person is no count (the mother's age)
    if aantal is None:
        if not meervoud:
            aantal = 1
        elif len(leeftijden) >= 2:
            aantal = len(leeftijden)
        elif m["woord"] == "ouders":
            aantal = 2
        else:
            return None  # "mijn kinderen": how many?
    if not 1 <= aantal <= MAX_HUISGENOTEN:
        return None
    return [Medebewoner(jaren, relatie) for jaren in (leeftijden + [None] * aantal)[:aantal]]


# "wij zijn getrouwd": a vriend(in) of one's own is then the partner (else friend or partner: the bot asks).
_GETROUWD = re.compile(r"\b(?:getrouwd|gehuwd|trouwd|samenlevingscontract|geregistreerd\s+partner\w*)\b")
# "ik woon samen met mijn vriendin", "mijn vriend en ik gaan samenwonen", "mijn vriendin (31) komt bij me wonen, hoeveel
# krijgen we samen": a boyfriend or girlfriend one lives (or will live) with as a couple, no housemate (session 20:
# counted as a kostendeler). Moving in alone is a friend who may be a lodger (kostendelersnorm), unless the message
# speaks of the two together ("we samen", "als stel", "onze bijstand").
_MIJN_VRIEND = r"(?:mijn|m'n|mn|me)\s+(?:vriend|vriendin)\b"
VRIEND_ALS_PARTNER = re.compile(
    r"\bwoon\w*\s+(?:\w+\s+){0,2}?samen\s+met\s+" + _MIJN_VRIEND + r"|\bsamenwon\w*\s+met\s+" + _MIJN_VRIEND +
    r"|\b" + _MIJN_VRIEND + r"(?:\s*\(\s*\d{2}\s*\))?\s+en\s+ik\s+(?:\w+\s+){0,3}?(?:samenwon\w*|samen\s+(?:gaan\s+)?wonen|wonen\s+samen)"
    r"|\b(?:ik\s+en\s+)?" + _MIJN_VRIEND + r"[^.?!]{0,30}?\b(?:gaan|gaat|ga)\s+samenwonen\b"
    r"|\b" + _MIJN_VRIEND + r"[^.?!]{0,30}?\b(?:komt|gaat|kwam|trekt|trok)\s+(?:\w+\s+){0,3}?bij\s+(?:mij|me)\s+(?:wonen|in)\b"
    r"(?=.*(?:\b(?:we|wij|ons|jullie)\s+(?:\w+\s+){0,2}?samen\b|\bsamen\s+(?:krijgen|hebben|ontvangen)\b|\bals\s+stel\b"
    r"|\bonze\s+(?:bijstand|uitkering|norm)\b|\b(?:hoeveel|wat)\s+krijgen\s+(?:we|wij)\b))")
_EIGEN = ("mijn", "m'n", "mn", "me")


# "zoals bij een gewone huurder", "net als een kamerhuurder": a comparison before a mention.
_VERGELIJKING = re.compile(r"\b(?:zoals|net\s+als|alsof)\b(?:\s+[a-z']+){0,3}\s*$")
# "mijn vriend zegt dat", "een kennis van mij zei", "mijn buurvrouw beweert": who told the person something (no age
# between), not someone who lives with them (session 18).
_ZEGT_NA = re.compile(r"\s+(?:[a-z']+\s+){0,2}?(?:zegt|zei|zeiden|zeggen|denkt|dacht|beweert|beweerde|vertelde|vertelt"
                      r"|meent|heeft\s+(?:gezegd|verteld|gehoord))\b")
# "beide ouders", "allebei de ouders": one age for all of an earlier mention's people.
_BEIDE_VOOR = re.compile(r"^(?:beide|allebei|alle|allemaal)$")


def _terugverwijzing(m: re.Match, leeftijden: list[int], groepen: dict[str, tuple[int, int]],
                     gevonden: list[Medebewoner], na: str) -> list[Medebewoner] | None:
    """A mention without 'mijn' or a count that names again people named before without their ages ("ik huur met
    3 anderen ... de anderen zijn 30, 45 en 52", "bij mijn ouders (beide ouders ongeveer 55)"): those people with
    these ages, not more people (gevonden anew); None when it is no such mention."""
    if m["mijn"] or _geheel(m["n"]) is not None or not leeftijden or m["woord"] not in groepen:
        return None
    begin, aantal = groepen[m["woord"]]
    groep = gevonden[begin:begin + aantal]
    if any(p.leeftijd is not None for p in groep):
        return None
    if len(leeftijden) == 1 and aantal > 1 and (_BEIDE_VOOR.match(m["n"] or "") or _ALLEMAAL.search(na)):
        leeftijden = leeftijden * aantal
    if len(leeftijden) != aantal:
        return None
    return gevonden[:begin] + [Medebewoner(j, p.relatie) for j, p in zip(leeftijden, groep)] + gevonden[begin + aantal:]


def medebewoners(text: str) -> list[Medebewoner] | None:
    """Who lives with the person ("mijn dochter van 19 en een student"); [] for nobody.

    "vriend"/"vriendin" are "anders" (friend or partner? the bot asks). None when the
    text names nobody and does not say "alleen"/"niemand", or a number is missing.
    """
    t = _schoon(text)
    if not t or weet_niet(t):
        return None
    t = _JARIGE.sub(r"\2 van \1", t)
    t = _TWEELING.sub(_als_kinderen, t)  # "een tweeling van 3": 2 children of 3
    t = _EEN_HUIS.sub(r"\1 een \2", t)
    t = _ANDERE_VOLWASSENEN.sub(lambda m: "huisgenoot" if m[0].endswith("e") else "huisgenoten", t)
    t = _DE_REST.sub("de anderen", t)
    t = _BEREIK.sub(lambda b: f"allemaal {min(int(b['a'] or b['c']), int(b['b'] or b['d']))}"
                    if 0 < int(b["b"] or b["d"]) - int(b["a"] or b["c"]) else b[0], t)
    telling = None  # where "we zijn 4 mensen" stands, now "3 huisgenoten": the others in the house, the person not
    if (wij := _WIJ_MET_AANTAL.search(t)) is not None:
        nieuw = _anderen_dan_ik(wij)
        telling = (wij.start(), wij.start() + len(nieuw)) if nieuw != wij[0] else None
        t = t[:wij.start()] + nieuw + t[wij.end():]
    treffers = list(_PERSOON.finditer(t))
    gevonden: list[Medebewoner] = []
    uit_telling: list[Medebewoner] = []
    groepen: dict[str, tuple[int, int]] = {}  # a mention's word -> where its people stand in gevonden (session 18)
    for i, m in enumerate(treffers):
        if _over_zichzelf_of_ontkend(t, m) or _VERGELIJKING.search(t, max(0, m.start() - 25), m.start()) \
                or _ZEGT_NA.match(t, m.end()):
            # "een huurcontract zoals bij een gewone huurder": a comparison; "mijn vriend zegt dat ...": who said it;
            # nobody who lives here
            continue
        eind = treffers[i + 1].start() if i + 1 < len(treffers) else len(t)
        leeftijden = _leeftijden_van(t[m.end():eind])
        if (terug := _terugverwijzing(m, leeftijden, groepen, gevonden, t[m.end():eind])) is not None:
            gevonden = terug  # "met 3 anderen ... de anderen zijn 30, 45 en 52", "(beide ouders ongeveer 55)"
            continue
        if m["woord"] == "anderen" and _geheel(m["n"]) is None and not m["mijn"] and leeftijden:
            # "we zijn 3 broers, ik 60, de anderen 55 en 58", "ik woon met mijn broers (3), de anderen zijn 30 en 35":
            # the others of the count, or of the last group named without ages (session 20)
            if uit_telling and all(p.leeftijd is None for p in uit_telling):
                if len(leeftijden) == 1 and len(uit_telling) > 1 and _ALLEMAAL.search(t[m.end():eind]):
                    leeftijden = leeftijden * len(uit_telling)
                if len(leeftijden) == len(uit_telling):
                    uit_telling = [Medebewoner(j, p.relatie) for j, p in zip(leeftijden, uit_telling)]
                    continue
            zonder = [w for w, (b, n) in groepen.items() if all(p.leeftijd is None for p in gevonden[b:b + n])]
            if zonder and (terug := _terugverwijzing(m, leeftijden, {"anderen": groepen[zonder[-1]]}, gevonden,
                                                     t[m.end():eind])) is not None:
                gevonden = terug
                continue
        if m["woord"] == "anderen" and _geheel(m["n"]) is None:
            continue  # "net als anderen", "anderen helpen": only "3 anderen" says people who live here
        aantal = _geheel(m["n"])
        if len(leeftijden) == 1 and aantal and aantal > 1 and (_ALLEMAAL.search(t[m.end():eind])
                                                               or _BOVEN.match(t, m.end()) or _BOVEN.match(t, m.end() + 1)
                                                               or _ONDER.match(t, m.end() + 1)
                                                               or _ONGEVEER.match(t, m.end())):
            # "3 huisgenoten die alle drie boven de 30 zijn", "3 huisgenoten boven de 30", "2 huisgenoten 30+"
            leeftijden = leeftijden * aantal
        if len(leeftijden) == 1 and not aantal and re.fullmatch(r"(?:groot|schoon)?ouders", m["woord"] or "") \
                and _ALLEMAAL.search(t[m.end():eind]):
            # "we wonen bij zijn ouders (allebei 50+)": both parents have that age
            leeftijden = leeftijden * 2
        if not leeftijden and m["woord"] == "baby":
            leeftijden = [0]  # a baby is under a year old
        personen = _personen(m, leeftijden)
        if personen is None:
            return None
        if m["woord"] in ("vriend", "vriendin") and m["mijn"] in _EIGEN and \
                (_GETROUWD.search(t) or VRIEND_ALS_PARTNER.search(t)) and not _GEEN_STEL.search(t):
            personen = [Medebewoner(p.leeftijd, "partner") for p in personen]  # "mijn vriend 25, wij zijn getrouwd"
        if telling is not None and telling[0] <= m.start() < telling[1]:
            uit_telling = personen
            continue
        groepen[m["woord"]] = (len(gevonden), len(personen))
        gevonden += personen
    if uit_telling:
        # "we zijn 4 mensen: ik, mijn zus van 40 en mijn ouders": the others named stand for the count's people; the
        # count keeps those not named ("we zijn 4 mensen, mijn zus is 40": the sister and 2 others)
        gevonden += uit_telling[len(gevonden):]
    partners = [g for g in gevonden if g.relatie == "partner"]
    if len(partners) > 1 and len({p.leeftijd for p in partners if p.leeftijd is not None}) <= 1:
        # "me vrouw ... mijn vrouw wil werken, ze is 31": one partner named twice
        een = Medebewoner(next((p.leeftijd for p in partners if p.leeftijd is not None), None), "partner")
        gevonden = [een if g is partners[0] else g for g in gevonden if g.relatie != "partner" or g is partners[0]]
    if len(gevonden) == 1 and gevonden[0].relatie in ("kind", "anders") and _STUDEERT_MET_STUFI.search(t) \
            and not _STUDIE_GESTOPT.search(t):
        gevonden = [Medebewoner(gevonden[0].leeftijd, "student")]  # "mijn zoon van 30, hij studeert met stufi"
    if gevonden:
        return gevonden if len(gevonden) <= MAX_HUISGENOTEN else None
    return [] if _NIEMAND.search(t) else None


# --- ja / nee / weet niet -------------------------------------------------------

_WEET_NIET = re.compile(
    r"\bweet\s*(?:ik|je|het|ik\s+het|ik\s+dat|dat)?\s*(?:niet|nie|nog\s+niet)\b"
    r"|\bweet\s+ik\s+veel\b|\bgeen\s+(?:flauw\s+)?(?:idee|benul)\b|\b(?:idk|dunno|onbekend)\b"
    r"|\bniet\s+zeker\b|\bzou\s+(?:ik\s+)?(?:het|dat)\s+niet\s+weten\b|^[\s?!.]*\?[\s?!.]*$"
)
_ONZEKER = re.compile(
    r"\b(?:misschien|soms|deels|gedeeltelijk|twijfel\w*|beetje|mwah|tja|wellicht|mogelijk)\b"
    r"|\baf\s+en\s+toe\b|\bhangt\s+ervan\s+af\b|\bniet\s+helemaal\b|\bja\s+en\s+nee\b"
)
_NEE_ZIN = re.compile(
    r"\b(?:klopt|zeker|absoluut|helemaal|natuurlijk|juist|echt|ja|tuurlijk|uiteraard|denk\s+het)\s+niet\b"
    r"|\bniet\s+(?:echt|waar|goed)\b"
)
_JA = re.compile(
    r"j+a+h?|jaw[eo]l|jazeker|jep|jup|yup|yep|yes|yeah|ok|oke|okay|oki|klopt|zeker|inderdaad|correct"
    r"|juist|prima|goed|akkoord|tuurlijk|natuurlijk|absoluut|precies|wel|welles|uiteraard|graag|👍"
)
_NEE = re.compile(r"n+e+h?|neen|neuh|nope|nah|no|niet|geen|nooit|nietes|never|welnee|welneen|👎")


def _pool(woord: str) -> bool | None:
    """True for a yes-word, False for a no-word, None for any other word."""
    if _JA.fullmatch(woord):
        return True
    return False if _NEE.fullmatch(woord) else None


def weet_niet(text: str) -> bool:
    """True when the person says they do not know ("geen idee", "weetnie", "?")."""
    return bool(_WEET_NIET.search(_schoon(text)))


def ja_nee(text: str) -> bool | None:
    """True for yes ("ja hoor", "klopt"), False for no ("nee", "klopt niet"), else None.

    The first yes- or no-word decides; "ja nee", "ja maar niet altijd", "misschien" and
    "geen idee" are None.
    """
    t = _schoon(text)
    if not t or weet_niet(t) or _ONZEKER.search(t):
        return None
    woorden = re.findall(r"[a-z]+|👍|👎", _NEE_ZIN.sub(" nee ", t))
    polen = [p for p in map(_pool, woorden) if p is not None]
    if not polen:
        return None
    begin = [_pool(w) for w in woorden[:2]]
    if len(set(polen)) > 1 and ("maar" in woorden or begin in ([True, False], [False, True])):
        return None
    return polen[0]


# --- leefsituatie ---------------------------------------------------------------

_GEHUWD = re.compile(
    r"\b(?:getrouwd|gehuwd|samenwon\w*|samen\s+wonen|wonen\s+samen|woon\s+samen|woont\s+samen"
    r"|samenlevingscontract|geregistreerd\s+partner\w*|partner|echtgeno(?:ot|te)"
    r"|(?:mijn|m'n|mn|me)\s+(?:man|vrouw)"
    # "wij zijn een stel", "als stel": a couple ("geen stel" is _GEEN_STEL, checked first)
    r"|(?:wij|we)\s+zijn\s+(?:een\s+)?(?:stel|koppel|getrouwd\s+stel)|als\s+stel"
    # "wij zijn samen in de bijstand", "we zitten samen in de bijstand": a couple on bijstand together (session 19)
    r"|(?:wij|we)\s+(?:zijn|zitten|leven)\s+samen\s+(?:in\s+de\s+)?(?:bijstand|uitkering))\b"
)
_EIGEN_KIND = re.compile(
    r"\b(?:kind|kinderen|kids|zoon|zoons|zonen|dochter|dochters|baby|zoontje|dochtertje|kindje|kindjes|kindertjes"
    r"|tweeling|drieling)\b"
    r"|\balleenstaande?\s*(?:moeder|vader|ouder|mama|papa)\b"
)
_ALLEEN = re.compile(
    r"\b(?:alleen|alleenstaand|alleenstaande|single|vrijgezel|gescheiden|weduwe|weduwnaar|niemand"
    r"|overleden)\b|\bin\s+(?:mijn|m'n|mn)\s+eentje\b|\bop\s+(?:mezelf|mijzelf|m'n\s+eigen|mijn\s+eigen)\b"
)
_ONTKENNING = {"geen", "niet", "zonder", "nooit", "ex", "nie"}


def _zegt(patroon: re.Pattern, t: str) -> bool:
    """True when t says it and does not deny it ("niet getrouwd", "geen kinderen", "ex-partner")."""
    return any(not _ONTKENNING & set(_vorige_woorden(t, m.start(), 2)) for m in patroon.finditer(t))


def _ontkent(patroon: re.Pattern, t: str) -> bool:
    return any(_ONTKENNING & set(_vorige_woorden(t, m.start(), 2)) for m in patroon.finditer(t))


# "ik woon samen met mijn zoon": living with family is no living together as a couple.
_SAMEN_MET_FAMILIE = re.compile(
    r"\b(?:samen\s*won\w*|samen\s+wonen|wonen\s+samen|woon\s+samen|woont\s+samen)\s+"
    r"(?=met\s+(?:mijn|m'n|mn|onze|ons)\s+(?:(?:\d|twee|drie|vier|vijf|beide)\s+)?(?:zoon\w*|zonen|dochter\w*|kind\w*|moeder|vader|ouders|broer\w*|zus\w*"
    r"|oma|opa|kleinkind\w*|neef|nicht)\b"
    # "ik woon samen in een huis met 2 vrienden": housemates, no couple
    r"|[^.?!,]{0,25}?\bmet\s+(?:\d+|twee|drie|vier|vijf)\s+(?:vrienden|vriendinnen|huisgenoten|mensen|studenten|anderen)\b)")
# "we zijn geen stel", "we hebben geen relatie": people who live together without being a couple.
_GEEN_STEL = re.compile(r"\b(?:geen|niet\s+een)\s+(?:stel|stellen|koppel|koppels|relatie|liefdesrelatie)\b")


def leefsituatie(text: str) -> str | None:
    """"gehuwden" (married or living together), "alleenstaande_ouder", "alleenstaande", or None.

    A partner decides over children; "met mijn vriend(in)" and "bij mijn ouders" are None.
    """
    t = _SAMEN_MET_FAMILIE.sub("woon ", _schoon(text))
    if not t or weet_niet(t):
        return None
    if _GEEN_STEL.search(t) and not _zegt(_EIGEN_KIND, t):
        return "alleenstaande"  # "we wonen samen, maar we zijn geen stel"
    if (_zegt(_GEHUWD, t) or VRIEND_ALS_PARTNER.search(t)) and not re.search(r"\boverleden\b", t):
        return "gehuwden"
    if _zegt(_EIGEN_KIND, t):
        return "alleenstaande_ouder"
    if _zegt(_ALLEEN, t) or _ontkent(_GEHUWD, t):
        return "alleenstaande"
    return None


# --- duur, terugbetalen ----------------------------------------------------------

class Duur(NamedTuple):
    """How long: a whole number of days, weeks or months."""

    aantal: int
    eenheid: str  # "dag", "week" or "maand"


# ("6 weken terug" is six weeks ago; "na 6 weken terug gekomen" is a length, of a trip)
_DUUR = re.compile(r"\b(?P<n>\d{1,3}|[a-z]+)\s+(?P<eenheid>dagen|dag|weken|week|maanden|maand)\b(?!\s+(?:geleden\b|terug\b"
                   r"(?!\s+(?:gekomen|gekeerd|komen|kwam|kwamen|kom|gevlogen|gereisd|naar|in|thuis)\b)))")
# "4 weken en 2 dagen", "3 weeks and 4 days" (read as "3 weken en 4 dagen"): one length, in days
_WEKEN_EN_DAGEN = re.compile(r"\b(?P<w>\d{1,2})\s+(?:weken|week)\s+(?:en|plus|\+)\s+(?P<d>\d)\s+(?:dagen|dag)\b")
_EENHEID = {"dagen": "dag", "dag": "dag", "weken": "week", "week": "week", "maanden": "maand", "maand": "maand"}


def duur(text: str) -> Duur | None:
    """The one length of time in text ("5 weken", "drie maanden", "een maand"), else None.

    "2 weken geleden" is a date, not a length; two different lengths give None.
    """
    t = _WEKEN_EN_DAGEN.sub(lambda m: f"{7 * int(m['w']) + int(m['d'])} dagen", _schoon(text))
    gevonden = set()
    for m in _DUUR.finditer(t):
        aantal = 1 if m["n"] == "een" else _geheel(m["n"])
        if aantal is not None and aantal > 0:
            gevonden.add(Duur(aantal, _EENHEID[m["eenheid"]]))
    return gevonden.pop() if len(gevonden) == 1 else None


def duur_tekst(d: Duur) -> str:
    """'5 weken', '1 maand' (in Dutch: engels.waarden_in_sessietaal puts it in the session's language)."""
    return aantal(d.aantal, d.eenheid, "nl-u")


_TERUGBETALEN = re.compile(r"\bterug\s*(?:te\s+)?(?:betal|storten|vorder|geven)|\bterugvorder|\bvordering\b|\bteveel\s+ontvangen\b|\bte\s+veel\s+(?:ontvangen|gekregen)\b")


# "ik hoef het niet terug te geven", "hij wil het niet terug": paying back said not to be asked.
_NIET_TERUG = re.compile(r"\b(?:hoef|hoeft|hoeven|moet|moeten|wil|wilt|willen)\s+(?:\w+\s+){0,3}?(?:niet|niks|niets|nooit)\s+"
                         r"(?:\w+\s+){0,2}?terug|\bniet\s+terug\s*(?:te\s+)?(?:betal|geven|storten)")


def terugbetalen(text: str) -> bool:
    """True when the text is about paying money back ("ik moet 2000 euro terugbetalen"): no gift received.
    Not when it says nothing has to be paid back ("ik hoef het niet terug te geven"): that is a gift."""
    schoon = _schoon(text)
    return bool(_TERUGBETALEN.search(schoon)) and not _NIET_TERUG.search(schoon)


# --- several amounts in one message ------------------------------------------------

# Where one amount's part of a sentence ends: "50 euro per maand van mijn moeder en kreeg in maart 300 euro".
_ZINSDEEL_GRENS = re.compile(r"\s*(?:[;?!]|,(?!\d)|\.(?!\d)|\b(?:en|maar|plus|terwijl|ook)\b)\s*")
_SOORTEN = {
    # First: "en betaal elke maand 50 terug" is paying back a loan, not a second gift of the part before it.
    "terugbetaling": re.compile(r"\bterug\s?betaal|\bterug\s?te\s?betalen|\bterugbetal|\bbetaal\w*\b.*\bterug\b"
                                r"|\baflos|\baf\s?te\s?lossen|\blost?\b.*\baf\b|\bafbetaal|\bafbetal"),
    "spaargeld": re.compile(r"spaar|gespaard|op (?:de|mijn|onze|m'n|mn) (?:bank|rekening)|\bvermogen|\bop de bank\b"),
    # "er is nog maar 900 over" (of a debt), "er blijft 300 over": what is left of something, no money received or
    # earned (session 20: the rest of a debt to an uncle was counted as a gift)
    "rest": re.compile(r"\b(?:nog|maar|slechts|alleen|blijft|bleef|houd|hou|hield|overhoud\w*)\s+(?:(?:er|ik|we|maar|nog|zo'?n|ongeveer"
                       r"|ruim|bijna|net)\s+){0,3}(?:€\s*)?\d[\d.,]*\s*(?:euro|eur|€|,-)?\s*over\b(?!\s*(?:de|het|te|naar|aan|een|per)\b)"
                       r"|\d[\d.,]*\s*(?:euro|eur|€|,-)?\s+(?:blijft|bleef)\s+(?:er\s+)?over\b"
                       # "er is nog maar 900 over": "maar" splits the sentence, "900 over" is left
                       r"|^(?:€\s*)?\d[\d.,]*\s*(?:euro|eur|€|,-)?\s*over\s*(?:van\b.*)?$"),
    # "de gemeente zegt ik mag 285 houden", "285 wordt vrijgelaten": what may be kept of a wage, no second wage (s17)
    "vrijlating": re.compile(r"\b(?:mag|mocht|mogen)\s+(?:ik|je|u|we|wij)?\s*(?:(?:maar|slechts|alleen|nu|wel)\s+)?(?:€\s*)?\d[\d.,]*\s*(?:euro\s+|eur\s+)?"
                             r"(?:per\s+maand\s+|p/m\s+)?houden\b|\d\s*(?:euro\s+)?(?:wordt\s+|is\s+)?vrijgelaten\b"
                             r"|\bvrijlating\s+(?:is\s+|van\s+)?(?:€\s*)?\d"
                             r"|^(?:€\s*)?\d[\d.,]*\s*(?:euro\s+|eur\s+)?(?:per\s+maand\s+)?houden\b"),
    "loon": re.compile(r"verdien|\bloon\b|salaris|\bwerk|inkomsten|netto|bruto|uitbetaald|\b(?:bij)?baan(?:tje)?s?\b"),
    "gift": re.compile(r"\bgeeft|\bgaf\b|\bgegeven|\bkrijg|\bkreeg|gekregen|\bbetaalt|\bbetaalde|cadeau|\bgift"
                       r"|\b(?:kocht|koopt|gekocht)\b[^.?!]{0,40}?\bvoor\s+(?:me|mij|ons)\b"  # "kocht een jas van 150 voor me"
                       r"|\bvan (?:mijn|m'n|mn|me|de|het)\b|\bgeschonken|\bgestort\b|\bovergemaakt"),
}
# "elke maand 100 euro, dat is 1200 per jaar": a part that says the same amount again in other words.
_HERHALING = re.compile(r"^(?:(?:dat|dit)\s+(?:is|zijn|wordt|maakt)|dus|samen|in totaal|totaal|oftewel|ofwel)\b")
_SOM_NA = re.compile(r"^(?:nu\s+|al\s+|dus\s+)?(?:€\s*)?\d[\d.,]*\s*(?:euro\s+|eur\s+)?(?:in\s+)?totaal\b")
_VAN_PARTNER = re.compile(r"\b(?:mijn|m'n|mn|onze)\s+(?:partner|vrouw|man|echtgeno\w*|vriendin|vriend)\b"
                          r"(?!\s+(?:van|geeft|gaf|betaalt|betaalde))")


# A part that starts with the verb ("... en gaat werken voor 900", "... en verdient 600"): its subject is that of the
# part before it.
_ZONDER_ONDERWERP = re.compile(r"^(?:gaat|werkt|verdient|heeft|krijgt|begint|start|kan|zal|wil)\b")


@dataclass(frozen=True)
class BedragInZin:
    """One amount of a message with the part of the sentence it stands in: what it is and whose."""

    bedrag: Bedrag
    zin: str
    soort: str | None       # "loon", "gift", "spaargeld", "terugbetaling", "rest", "vrijlating", or None when the part does not say
    van_partner: bool       # "mijn partner 400", "mijn vrouw verdient 800"
    # the parts since the amount before it that hold no amount, with its own: "sinds juli betaalt mijn zus mijn
    # energierekening, 90 euro per maand" says the start and the kind of the gift before its amount (session 20)
    aanloop: str = field(default="", compare=False)


# Two ages at once, which the split of a sentence at "en" would part: "wij zijn 60 en 63", "broers (31 en 35)".
_LEEFTIJDEN_SAMEN = re.compile(r"\b(?:wij|we)\s+zijn\s+(?:allebei\s+|beiden\s+)?\d{1,3}\s+en\s+\d{1,3}" + _NIET_ALS_GELD + r"\b"
                               r"|\(\s*\d{1,3}\s*(?:en|&|,)\s*\d{1,3}\s*(?:jaar|jr)?\s*\)")


def bedragen(text: str) -> list[BedragInZin]:
    """Every amount of money in text, each with the part of the sentence it belongs to.

    "ik krijg 50 euro per maand van mijn moeder en kreeg in maart 300 euro van mijn oom" gives
    € 50 per maand (a gift) and € 300 (a gift); "ik verdien 600 en mijn partner 400" gives € 600 (wage)
    and € 400 (wage, the partner's): a part that names no kind ("en mijn partner 400") is of the kind
    of the part before it. Ages, lengths of time and days of a month are no amounts."""
    t = _keer_per_jaar(_schoon(text))
    if not t or _WETENSCHAPPELIJK.search(t):
        return []
    gevonden: list[BedragInZin] = []
    vorige: str | None = None
    t = _LEEFTIJDEN_SAMEN.sub(" ", t)  # "wij zijn 60 en 63", "(31 en 35)": ages, before "en" splits them
    partner_ervoor = False  # the part before named the partner: "mijn man is 38 en gaat werken voor 900"
    zonder_bedrag: list[str] = []  # the parts since the last amount's
    for zin in (stuk for deel in _ZINSDEEL_GRENS.split(t) for stuk in _per_maand_delen(deel)):
        zonder_bedrag.append(zin)
        noemt_partner, zonder_onderwerp = bool(_VAN_PARTNER.search(zin)), bool(_ZONDER_ONDERWERP.search(zin))
        van_partner = noemt_partner or (partner_ervoor and zonder_onderwerp)
        if noemt_partner or not zonder_onderwerp:
            partner_ervoor = noemt_partner  # a part with its own subject sets whose the next verb-first part is
        zonder = _losse_keer_weg(_GEEN_GELD_WAARSCHIJNLIJK.sub(" ", _GEEN_GELD_ZEKER.sub(" ", zin)))
        if not _getallen(_keer(zonder)[1]):
            vorige = _soort(zin) or vorige
            continue
        found = bedrag(zonder)
        if found is None or found.euro <= 0 or (gevonden and _HERHALING.search(zin)) or \
                (gevonden and gevonden[-1].bedrag.periode is not None and _SOM_NA.search(zin)):
            # no amount, or the amount before it said again ("dat is 1200 per jaar"; "90 per maand sinds februari, 990
            # in totaal nu": the sum so far of the one before, session 21)
            continue
        soort = _soort(zin) or vorige
        if gevonden and _soort(zin) is None and soort == gevonden[-1].soort \
                and (found.periode is None) != (gevonden[-1].bedrag.periode is None):
            # "mijn ouders geven mij 60 en zijn ouders hem 60 per maand": a part without a verb of its own continues the
            # one before it, and one period said for the two holds for both (session 17)
            periode = found.periode or gevonden[-1].bedrag.periode
            found = Bedrag(found.euro, periode)
            gevonden[-1] = BedragInZin(Bedrag(gevonden[-1].bedrag.euro, periode), gevonden[-1].zin, gevonden[-1].soort,
                                       gevonden[-1].van_partner, gevonden[-1].aanloop)
        gevonden.append(BedragInZin(found, zin, soort, van_partner, ", ".join(z for z in zonder_bedrag if z)))
        zonder_bedrag = []
        vorige = soort
    return gevonden


# "200 gekregen in februari 300 in juni", "in maart 100 in mei 250": amounts each with its own month in one part.
_MAAND = r"(?:" + "|".join(_MAANDEN_NAMEN) + r")"
_MAAND_DAN_BEDRAG = re.compile(r"\b(?P<maand>" + _MAAND + r")\s+(?=(?:€\s*)?\d)")  # amount first: cut after the month
_BEDRAG_DAN_MAAND = re.compile(r"(?<=\d)(?P<tussen>(?:\s*(?:euro|eur|€))?)\s+(?=(?:in\s+|op\s+)?" + _MAAND + r"\b)")


def _per_maand_delen(zin: str) -> list[str]:
    """A part with several amounts, each with its own month ("200 gekregen in februari 300 in juni", "in maart 100 in
    mei 250"), as one part per amount, its month with it; a part with one amount stays whole."""
    zonder = _losse_keer_weg(_GEEN_GELD_WAARSCHIJNLIJK.sub(" ", _GEEN_GELD_ZEKER.sub(" ", zin)))
    if len(_getallen(_keer(zonder)[1])) < 2 or not _MAAND_DAN_BEDRAG.search(zin):
        return [zin]
    maand, getal = re.search(r"\b" + _MAAND + r"\b", zin), re.search(r"\d", zin)
    if maand is not None and getal is not None and maand.start() < getal.start():
        gesplitst = _BEDRAG_DAN_MAAND.sub(lambda m: m["tussen"] + "\n", zin)  # month first: cut after each amount
    else:
        gesplitst = _MAAND_DAN_BEDRAG.sub(lambda m: m["maand"] + "\n", zin)
    stukken = [s.strip() for s in gesplitst.split("\n") if s.strip()]
    return stukken if len(stukken) > 1 and all(_getallen(s) for s in stukken) else [zin]


def _soort(zin: str) -> str | None:
    return next((naam for naam, patroon in _SOORTEN.items() if patroon.search(zin)), None)
