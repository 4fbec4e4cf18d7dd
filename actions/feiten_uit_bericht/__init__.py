"""Answer first, with the person's own facts (issue #20, part 2).

A question often carries the fact that decides it: "ik ben 68, moet ik nog
solliciteren?", "mijn dochter van 24 woont bij mij". One function per topic reads
that fact from the message (actions/parse.py), holds it against the rule in
knowledge/ and names the response that answers ja or nee, with the values for its
placeholders. No fact, or not sure what it means: None, and the general answer stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

import knowledge
from actions import parse
from knowledge.datums import jaar_later, kalenderjaar, plus_maanden
from knowledge.geld import euro, procent
from knowledge.teksten import alle_teksten, huidige_variant, tekst

# The placeholders these answers fill with the person's own facts (tests/test_responses.py reads them).
WAARDEN = frozenset({"leeftijd", "jaren_tot_aow", "kind_leeftijd", "huisgenoot_leeftijd", "reis_duur",
                     "buitenland_max_weken", "gift_bedrag_tekst", "gift_per_jaar", "spaargeld", "vermogensgrens",
                     "reis_dagen", "max_dagen", "dagen_over", "dagen_zonder_bijstand", "jaar",
                     "kostendelers_personen", "kostendelersnorm_bedrag", "kostendelersnorm_aannames",
                     "alimentatie_bedrag_tekst",
                     "vergoeding_bedrag_tekst", "norm_eigen", "norm_ouders_niet_bijdragen",
                     "inkomsten_tekst", "vrijlating", "vrijlating_deel", "vrijlating_jong",
                     "partner_inkomsten_tekst", "inkomsten_totaal", "giften_tekst", "gift_vraag_tekst", "dagen_eerder",
                     "medisch_deel", "medisch_maximum", "ouder_deel", "ouder_maximum", "ouder_maanden",
                     "ouder_kind_leeftijd", "ouder_na_maanden", "gift_boven_grens"})


@dataclass(frozen=True)
class Antwoord:
    """The response that answers the question, and the person's facts for its placeholders."""

    response: str
    waarden: dict[str, str]


# "ik ben 68", "ik ben al 68 jaar", "ik word 67", "mijn leeftijd is 68": the person's own age
# ("mijn vader is 80 jaar oud" is not).
_EIGEN_LEEFTIJD = re.compile(
    r"\b(?:i?k\s+ben|ben\s+ik|i?k\s+word|word\s+ik|en\s+ben)"
    # "ik ben al 68", "k ben vorige maand 67 geworden", "ik ben net 27"
    r"(?:\s+(?:al|nu|net|pas|sinds kort|onlangs|vorige\s+(?:maand|week)|deze\s+maand|dit\s+jaar"
    r"|in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)))?"
    r"\s+(?P<a>\d{2,3})\b"
    r"(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer))|\bmijn\s+leeftijd\s+is\s+(?P<c>\d{2,3})\b"
    # "als ik 35 ben", "omdat ik 19 jaar ben": the same, in a clause
    r"|\b(?:i?k|en)\s+(?P<d>\d{2,3})\s+(?:jaar\s+)?(?:ben|word)\b"
    # "ik ben weduwnaar van 50", "ik ben alleenstaande moeder van 31 met kinderen van 4 en 7"
    r"|\bik\s+ben\s+(?:een\s+)?(?:alleenstaande\s+)?(?:weduwnaar|weduwe|vader|moeder|man|vrouw|alleenstaande)"
    r"\s+van\s+(?P<b>\d{2})\b(?!\s*(?:euro|%|jaar\s+(?:bijstand|getrouwd)|weken|dagen|maanden|kinderen))"
)

# "ik werk sinds 1 oktober", "ik ben vorige maand begonnen": when work started.
_START = re.compile(r"\b(?:sinds|vanaf|begonnen|gestart)\b(?P<rest>.{1,40})")
# Hours worked ("12 uur", "20 uur per week", "12 hours" read as "12 uur"), not a time of day ("om 10 uur").
_UREN = re.compile(r"(?<!\bom )\b\d{1,2}\s*uur\b(?:\s+(?:per|in de|a)\s+week)?")
_START_ERVOOR = re.compile(r"(?P<voor>[^,.?!]{1,30})\b(?:begonnen|gestart)\b")


def start_werk(text: str, vandaag: date) -> date | None:
    """When work started, only where the message says so ("ik werk sinds 1 oktober"):
    "deze maand 220 euro verdiend" is no start of work."""
    lowered = _UREN.sub(" ", (text or "").lower())  # "sinds vorige week 12 uur": the hours are no part of the date
    m = _START.search(lowered)
    if m and (found := parse.datum(m["rest"], vandaag)):
        return found
    m = _START_ERVOOR.search(lowered)
    return parse.datum(m["voor"], vandaag) if m else None


def eigen_leeftijd(text: str) -> int | None:
    """The age the person gives of themself, else None (a child's or housemate's age is not it)."""
    m = _EIGEN_LEEFTIJD.search((text or "").lower())
    if m is None:
        return None
    jaren = int(m["a"] or m["b"] or m["c"] or m["d"])
    return jaren if jaren <= parse.MAX_LEEFTIJD else None


def _aow_leeftijd(peildatum: date) -> int | None:
    return knowledge.waarde("leeftijd.aow_jaren", peildatum)


def aow(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Age against the AOW age: from then on no plichten and no bijstand, but the AIO of the SVB."""
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is None or grens is None:
        return None
    if leeftijd >= grens:
        return Antwoord(f"utter_{intent}_ouder", {"leeftijd": str(leeftijd)})
    return Antwoord(f"utter_{intent}_jonger", {"leeftijd": str(leeftijd), "jaren_tot_aow": str(grens - leeftijd)})


def aow_aio(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """AIO: "ik ben 70 en heb aio, mag ik 4 maanden naar Marokko" asks about time abroad; "mijn man is 68
    en ik ben 60" about the partner past the AOW age."""
    if parse.duur(text) is not None or eerdere_reizen(text, peildatum):
        return buitenland(text, peildatum, "buitenland")
    return aio_hoeveel(text, peildatum) or partner_aow(text, peildatum, intent) or aow(text, peildatum, intent)


def aio_hoeveel(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 70 en woon alleen, hoeveel aio krijg ik': past the AOW age, on their own, the level the SVB tops
    up to, from knowledge/'s bijstandsnorm (the SVB's norm)."""
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is None or grens is None or leeftijd < grens or not _HOEVEEL.search(text.lower()):
        return None
    if parse.leefsituatie(text) != "alleenstaande" or parse.medebewoners(text):
        return None  # a partner or housemates: the form asks them
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande")
    if uit is None:
        return None
    return Antwoord("utter_aow_aio_hoeveel", {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)})


def _bijstandsnorm(peildatum: date, variant: str = knowledge.STANDAARD, **invoer) -> dict | None:
    """knowledge/'s bijstandsnorm for these facts (no housemates unless given), or None when it cannot
    compute them: then the form asks."""
    try:
        return knowledge.bereken("bijstandsnorm", {"peildatum": peildatum.isoformat(), "medebewoners": [], **invoer},
                                 variant)
    except knowledge.InvoerFout:
        return None


def _norm_tekst(uit: dict) -> str:
    return euro(Decimal(str(uit["norm"])))


# "volledig arbeidsongeschikt verklaard", "100% afgekeurd", "ik zit in de IVA": no work duties (art. 9 lid 5).
_ARBEIDSONGESCHIKT = re.compile(r"\b(?:volledig|helemaal|geheel|duurzaam|blijvend|100\s*%?|honderd procent)\s+"
                                r"(?:en\s+\w+\s+)?(?:arbeidsongeschikt|afgekeurd)|\biva\b")


def plichten(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Plichten: past the AOW age none; fully unable to work none; a single parent of a young child has
    ontheffing or childcare first (that answers 'moet ik werken' better than the years until the AOW age)."""
    if _ARBEIDSONGESCHIKT.search(text.lower()):
        return Antwoord("utter_participatieplicht_arbeidsongeschikt", {})
    gevonden = aow(text, peildatum, intent)
    if gevonden is not None and gevonden.response.endswith("_ouder"):
        return gevonden
    return alleenstaande_ouder(text, peildatum) or gevonden


_ALLEEN = re.compile(r"\balleenstaand|\balleen\b|\bin mijn eentje\b|\bzonder (?:partner|man|vrouw)\b")


def leefsituatie(text: str, peildatum: date) -> str | None:
    """How the person lives (parse.leefsituatie), where grown-up children do not make a gezin: "ik woon alleen
    met mijn zoon van 30" is someone on their own with a housemate, not a parent with a partner unknown.
    With only children past the gezin age and no "alleen": None (whether there is a partner was not said)."""
    situatie = parse.leefsituatie(text)
    if situatie != "alleenstaande_ouder":
        return situatie
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    if not kinderen or _kind_in_gezin(kinderen, peildatum):
        return situatie
    lowered = text.lower()
    return "alleenstaande" if _ALLEEN.search(lowered) else None


def alleenstaande_ouder(text: str, peildatum: date) -> Antwoord | None:
    """The youngest child's age against art. 9a (ontheffing on request) and art. 9 lid 4 (childcare first)."""
    if parse.leefsituatie(text) != "alleenstaande_ouder" or not _ALLEEN.search(text.lower()):
        return None  # "mijn kind is 3" alone does not say the parent is on their own
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    if not kinderen or any(m.leeftijd is None for m in kinderen):
        return None
    jongste = min(m.leeftijd for m in kinderen)
    ontheffing = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    opvang = knowledge.waarde("participatie.kinderopvang_kind_jonger_dan", peildatum)
    if ontheffing is not None and jongste < ontheffing:
        return Antwoord("utter_participatieplicht_jong_kind", {"kind_leeftijd": str(jongste)})
    if opvang is not None and jongste < opvang:
        return Antwoord("utter_participatieplicht_kinderopvang", {"kind_leeftijd": str(jongste)})
    return None


# "hij huurt een kamer bij mij met een contract": a lodger at market price, which family never is (art. 19a lid 1 b).
_HUURT = re.compile(r"\bhuur\w*|\bkamer\b|\bcontract\b|marktprijs|marktconform|kostganger")
# Family in the second degree (art. 19a lid 1 b): parse reads them as "anders"; renting does not take them out.
_TWEEDE_GRAAD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:broer|zus|zuster|opa|oma|kleinzoon|kleindochter|kleinkind)\b")
# Who counts for the kostendelersnorm by age; a partner, a student or a lodger has rules of its own.
_KOSTENDELER_RELATIES = ("kind", "ouder", "anders")


def kostendelers(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Housemates' ages against the minimum age of the kostendelersnorm."""
    if (kind := kind_eigen_bijstand(text, peildatum, intent)) is not None:
        return kind  # "mijn dochter van 19 woont thuis, kan zij een eigen uitkering krijgen"
    huisgenoten = parse.medebewoners(text) or []
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    if grens is None or not huisgenoten or any(m.relatie not in _KOSTENDELER_RELATIES for m in huisgenoten):
        return None
    if any(m.leeftijd is None for m in huisgenoten):
        return None  # the deciding fact is missing: the general answer
    oudste = max(m.leeftijd for m in huisgenoten)
    waarden = {"huisgenoot_leeftijd": str(oudste)}
    if oudste < grens:
        return Antwoord("utter_kostendelersnorm_jonger", waarden)
    familie = all(m.relatie in ("kind", "ouder") for m in huisgenoten) or \
        (len(huisgenoten) == 1 and _TWEEDE_GRAAD.search(text.lower()) is not None)  # "mijn broer van 34"
    if _HUURT.search(text.lower()) and familie:
        return Antwoord("utter_kostendelersnorm_familie_huurt", waarden)  # family stays a kostendeler
    norm = kostendelersnorm(text, huisgenoten, peildatum)
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is not None and aow_grens is not None and leeftijd >= aow_grens:
        # Past the AOW age the SVB pays the AIO and applies the same kostendelersnorm (art. 22a, 47a).
        return Antwoord("utter_kostendelersnorm_telt_mee_aio", {**waarden, "leeftijd": str(leeftijd)})
    if norm is None:
        return Antwoord("utter_kostendelersnorm_telt_mee", waarden)
    if _HOEVEEL.search(text.lower()):
        return Antwoord("utter_bijstandsnorm_kostendeler", {**waarden, **norm})  # "hoeveel krijg ik": the amount first
    return Antwoord("utter_kostendelersnorm_telt_mee_bedrag", {**waarden, **norm})


def kostendelers_bedrag(text: str, huisgenoten: list, peildatum: date) -> Antwoord | None:
    """'ik woon met mijn zoon van 29, hoeveel bijstand krijg ik': the norm with housemates who count for the
    kostendelersnorm (all of an age, none a partner, student or lodger), from knowledge/; None otherwise."""
    if not huisgenoten or any(m.relatie not in _KOSTENDELER_RELATIES or m.leeftijd is None for m in huisgenoten):
        return None
    norm = kostendelersnorm(text, huisgenoten, peildatum)
    if norm is None:
        return None
    oudste = max(m.leeftijd for m in huisgenoten)
    return Antwoord("utter_bijstandsnorm_kostendeler", {"huisgenoot_leeftijd": str(oudste), **norm})


def kostendelersnorm(text: str, huisgenoten: list, peildatum: date) -> dict[str, str] | None:
    """The norm with these housemates, from the bijstandsnorm rule in knowledge/, for someone on their own
    (no partner named) who is an adult under the AOW age; None when the message says otherwise."""
    leeftijd, situatie = eigen_leeftijd(text), leefsituatie(text, peildatum)
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    aow_grens = _aow_leeftijd(peildatum)
    if volwassen is None or aow_grens is None or situatie == "gehuwden":
        return None
    if leeftijd is not None and not volwassen <= leeftijd < aow_grens:
        return None  # a young person's norm or the AIO: the form computes those
    # What the message does not say is "onbekend": knowledge/ assumes it and says so in its aannames.
    uitkomst = _bijstandsnorm(
        peildatum, huidige_variant(), leeftijd=knowledge.ONBEKEND if leeftijd is None else leeftijd,
        leefsituatie=situatie if situatie in ("alleenstaande", "alleenstaande_ouder") else knowledge.ONBEKEND,
        medebewoners=[{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten])
    if uitkomst is None or not uitkomst.get("kostendelersnorm_toegepast"):
        return None
    gemeente_beslist = tekst("aanname.norm_gemeente_beslist")  # the answer names the gemeente itself
    aannames = [a for a in uitkomst["aannames"] if a != gemeente_beslist]
    return {"kostendelers_personen": str(uitkomst["kostendelers"] + 1),
            "kostendelersnorm_bedrag": _norm_tekst(uitkomst),
            "kostendelersnorm_aannames": "".join(a + " " for a in aannames)}  # each before a space, or nothing


# "ik heb aio", "ik krijg aow": the person is past the AOW age (the AIO is bijstand from that age).
_HEEFT_AOW = re.compile(r"\baio\b|\b(?:ik heb|ik krijg|ik zit in de|met|sinds)\s+(?:de\s+|mijn\s+)?aow\b")
_LANGER_DAN = re.compile(r"\b(?:langer|meer)\s+dan\b")  # "mag ik langer dan 4 weken blijven"


def buitenland(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """How long the person wants to be abroad, as a trip, through knowledge/'s verblijf_buitenland:
    too long, or the days left in that calendar year (more from the AOW age). Trips this year already
    taken ("ik ben dit jaar al 2 keer 9 dagen weg geweest") count too."""
    bericht = text
    if eerdere_reizen(text, peildatum):
        reis = nieuwe_reis(text, peildatum)
        if reis is None or peildatum_voor_reis(reis, peildatum).year == peildatum.year:
            return buitenland_met_eerdere(text, peildatum)
        text = _nieuw_deel(text)  # a trip next year: this year's trips do not count for it
    reis = reis_uit_tekst(text, peildatum)
    if reis is None or _LANGER_DAN.search(text.lower()):
        return None  # "langer dan 4 weken" asks what happens then: the general answer says it
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    duur = parse.duur(text) or parse.Duur(dagen, "dag")  # "van 3 tot 20 juli": its days
    jaar_van_reis = peildatum_voor_reis(reis, peildatum)
    invoer = {"peildatum": jaar_van_reis.isoformat(), "reizen": [reis],
              "leeftijd": _leeftijd_voor_buitenland(bericht, peildatum)}
    try:
        uit = knowledge.bereken("verblijf_buitenland", invoer)
    except knowledge.InvoerFout:
        return None  # a trip Wegwijs cannot place (too far ahead): the general answer
    waarden = {"reis_duur": parse.duur_tekst(duur), "buitenland_max_weken": str(uit["max_weken"]),
               "reis_dagen": str(uit["langste_reis_dagen"]), "max_dagen": str(uit["max_dagen"]),
               "dagen_over": str(uit["dagen_over"]), "dagen_zonder_bijstand": str(uit["dagen_zonder_bijstand"]),
               "jaar": str(jaar_van_reis.year)}
    return Antwoord("utter_buitenland_reis_te_lang" if uit["te_lang"] else "utter_buitenland_dagen_over", waarden)


def _leeftijd_voor_buitenland(text: str, peildatum: date) -> int | str:
    leeftijd = eigen_leeftijd(text)
    if leeftijd is None and _HEEFT_AOW.search(text.lower()):
        leeftijd = _aow_leeftijd(peildatum)  # "ik heb aio": past the AOW age, so its limit
    return knowledge.ONBEKEND if leeftijd is None else leeftijd


def buitenland_met_eerdere(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben dit jaar al 2 keer 9 dagen weg geweest, mag ik nog 2 weken': the trips already taken count in
    the days used this calendar year (knowledge/'s verblijf_buitenland), then the new trip, if any."""
    eerder, reis = eerdere_reizen(text, peildatum), nieuwe_reis(text, peildatum)
    try:
        uit = knowledge.bereken("verblijf_buitenland", {
            "peildatum": peildatum.isoformat(), "leeftijd": _leeftijd_voor_buitenland(text, peildatum),
            "reizen": [*eerder, *([reis] if reis else [])]})
    except knowledge.InvoerFout:
        return None
    gebruikt_eerder = sum(r["dagen_dit_jaar"] for r in uit["reizen"][:len(eerder)])
    waarden = {"dagen_eerder": str(gebruikt_eerder), "max_dagen": str(uit["max_dagen"]),
               "buitenland_max_weken": str(uit["max_weken"]), "dagen_over": str(uit["dagen_over"]),
               "dagen_zonder_bijstand": str(uit["dagen_zonder_bijstand"]), "jaar": str(peildatum.year)}
    if reis is None:
        return Antwoord("utter_buitenland_eerder_te_lang_al" if uit["te_lang"] else "utter_buitenland_eerder_over",
                        waarden)
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    waarden["reis_duur"] = parse.duur_tekst(parse.Duur(dagen, "dag"))
    if (duur := parse.duur(_nieuw_deel(text))) is not None:
        waarden["reis_duur"] = parse.duur_tekst(duur)
    return Antwoord("utter_buitenland_eerder_te_lang" if uit["te_lang"] else "utter_buitenland_eerder_mag", waarden)


# A part of a message about a trip already taken: "ik ben al 2 keer weg geweest", "in maart was ik 10 dagen weg".
_VERLEDEN = re.compile(r"\bgeweest\b|\bwas\b|\bwaren\b|\bgebruikt\b|\bopgemaakt\b|\bgehad\b|\bteruggekomen\b"
                       r"|\bterug\s+gekomen\b|\bverbleven\b|\bgebleven\b")
# Where one part of a message ends and the next begins: punctuation, "maar", or a new question.
_ZINSDEEL = re.compile(r"[,.;!?]+|\s+(?:maar|en\s+nu)\s+|\s+(?=(?:mag|kan|wil|ga|moet|hoeveel|hoelang|hoe\s+lang)"
                       r"\s+(?:ik|je|we|u|nog)\b)|\s+(?=(?:ik|we)\s+(?:wil|ga|wil\s+nog|mag)\b)")
# "2 keer 9 dagen", "twee keer een week", "3 weken": how many trips of how long.
_KEER_DUUR = re.compile(r"\b(?:(?P<keer>\d{1,2}|een|twee|drie|vier|vijf)\s*(?:keer|x|maal)\s+)?"
                        r"(?P<n>\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+"
                        r"(?P<eenheid>dagen|dag|weken|week|maanden|maand)\b(?!\s+(?:geleden|terug)\b)")


def _zinsdelen(text: str) -> list[str]:
    return [deel for deel in _ZINSDEEL.split(text.lower()) if deel and deel.strip()]


def _nieuw_deel(text: str) -> str:
    """The parts of a message that are not about a trip already taken."""
    return " , ".join(deel for deel in _zinsdelen(text) if not _VERLEDEN.search(deel))


def eerdere_reizen(text: str, vandaag: date, verleden_gezegd: bool = True) -> list[dict]:
    """The trips this year already taken, from the parts of a message that speak of them in the past
    ("ik ben dit jaar al 2 keer 9 dagen weg geweest"): each as knowledge/ takes it, placed in its month when
    the part names one, else one after another from 1 January. ``verleden_gezegd`` False: every part counts
    (the answer to "Was u dit jaar al eerder weg?")."""
    reizen: list[dict] = []
    begin = kalenderjaar(vandaag)[0]
    for deel in _zinsdelen(text):
        if verleden_gezegd and not _VERLEDEN.search(deel):
            continue
        maand = _IN_MAAND.search(deel)
        if maand and (m := _MAAND_NAMEN.index(maand["maand"]) + 1) <= vandaag.month:
            begin = max(begin, date(vandaag.year, m, 1))
        for m in _KEER_DUUR.finditer(deel):
            keer, aantal = parse._geheel(m["keer"]) if m["keer"] else 1, parse._geheel(m["n"])
            if not keer or not aantal:
                return []
            eenheid = _EENHEID[m["eenheid"]]
            for _ in range(keer):
                terug = plus_maanden(begin, aantal) if eenheid == "maand" else begin + timedelta(days=aantal * DAGEN_PER[eenheid])
                reizen.append({"vertrek": begin.isoformat(), "terug": terug.isoformat()})
                begin = terug + timedelta(days=1)
    if any(date.fromisoformat(r["terug"]).year != vandaag.year for r in reizen):
        return []  # more than a year: not what was meant
    return reizen


_EENHEID = {"dagen": "dag", "dag": "dag", "weken": "week", "week": "week", "maanden": "maand", "maand": "maand"}


def nieuwe_reis(text: str, vandaag: date) -> dict | None:
    """The trip the person plans, from the parts of the message not about trips already taken."""
    if not any(_VERLEDEN.search(deel) for deel in _zinsdelen(text)):
        return reis_uit_tekst(text, vandaag)
    deel = _nieuw_deel(text)
    return reis_uit_tekst(deel, vandaag) if deel else None


def peildatum_voor_reis(reis: dict, vandaag: date) -> date:
    """The days left are counted in the calendar year of the trip: today, or 1 January of a later year."""
    return max(vandaag, kalenderjaar(date.fromisoformat(reis["vertrek"]))[0])


_MAAND_NAMEN = alle_teksten()["maanden"]  # januari .. december, as knowledge/ writes them
_OP_DAG = re.compile(r"\b(?P<dag>\d{1,2})\s+(?P<maand>" + "|".join(_MAAND_NAMEN) + r")\b")
_IN_MAAND = re.compile(r"\b(?P<maand>" + "|".join(_MAAND_NAMEN) + r")\b")
_VOLGENDE_MAAND = re.compile(r"\bvolgende\s+maand\b")


def reis_uit_tekst(text: str, vandaag: date) -> dict | None:
    """A trip as knowledge/ takes it ({"vertrek", "terug"}) from a length and, if said, when:
    "in juli 3 weken" leaves on 1 July, "op 10 augustus 2 weken" on 10 August, without a
    month today. A month already past is next year's. No single length: None."""
    duur = parse.duur(text)
    if duur is None:
        return _van_tot(text.lower(), vandaag)
    try:
        vertrek = _vertrek(text.lower(), vandaag)
    except ValueError:
        return None  # "31 juni"
    terug = plus_maanden(vertrek, duur.aantal) if duur.eenheid == "maand" else \
        vertrek + timedelta(days=duur.aantal * DAGEN_PER[duur.eenheid])
    return {"vertrek": vertrek.isoformat(), "terug": terug.isoformat()}


_DAG_TOT_DAG = re.compile(r"\b(?P<van>\d{1,2})(?:\s+(?P<maand_van>" + "|".join(_MAAND_NAMEN) + r"))?\s+"
                          r"(?:tot(?:\s+en\s+met)?|-)\s+(?P<tot>\d{1,2})\s+(?P<maand>" + "|".join(_MAAND_NAMEN) + r")\b")
_VERTREK_TERUG = re.compile(r"\bvertrek\w*\b.*?\bterug\w*\b")


def _van_tot(lowered: str, vandaag: date) -> dict | None:
    """'van 3 tot 20 juli', 'ik vertrek 1 augustus en kom 25 augustus terug': the two dates."""
    try:
        if m := _DAG_TOT_DAG.search(lowered):
            maand = _MAAND_NAMEN.index(m["maand"]) + 1
            van = _MAAND_NAMEN.index(m["maand_van"]) + 1 if m["maand_van"] else maand
            vertrek, terug = date(vandaag.year, van, int(m["van"])), date(vandaag.year, maand, int(m["tot"]))
        elif _VERTREK_TERUG.search(lowered) and len(data := _OP_DAG.findall(lowered)) == 2:
            (d1, m1), (d2, m2) = data
            vertrek = date(vandaag.year, _MAAND_NAMEN.index(m1) + 1, int(d1))
            terug = date(vandaag.year, _MAAND_NAMEN.index(m2) + 1, int(d2))
        else:
            return None
    except ValueError:
        return None  # "31 juni"
    if terug < vertrek:
        terug = jaar_later(terug, 1)  # "van 20 december tot 10 januari"
    return {"vertrek": vertrek.isoformat(), "terug": terug.isoformat()}


def _vertrek(lowered: str, vandaag: date) -> date:
    if m := _OP_DAG.search(lowered):
        d = date(vandaag.year, _MAAND_NAMEN.index(m["maand"]) + 1, int(m["dag"]))
        return d if d >= vandaag else jaar_later(d, 1)
    if m := _IN_MAAND.search(lowered):
        maand = _MAAND_NAMEN.index(m["maand"]) + 1
        if maand == vandaag.month:
            return vandaag
        eerste = date(vandaag.year, maand, 1)
        return eerste if eerste > vandaag else jaar_later(eerste, 1)
    if _VOLGENDE_MAAND.search(lowered):
        return plus_maanden(vandaag.replace(day=1), 1)
    return vandaag


DAGEN_PER = {"dag": 1, "week": 7}


KEER_PER_JAAR = {"maand": 12, "week": 52, "jaar": 1, "keer": 1, None: 1}


def giften(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A gift, with how often it comes, against the statutory limit per calendar year."""
    if parse.terugbetalen(text):
        return None  # paying back is no gift received
    gift = bedrag_van_soort(text, "gift")
    if gift is None:
        return None
    return gift_tegen_grens(gift, peildatum, "utter_giften_binnen_grens", "utter_giften_boven_grens")


def gift_tegen_grens(gift: parse.Bedrag, peildatum: date, binnen: str, boven: str) -> Antwoord | None:
    """'€ 50 per maand is € 600 per jaar': response ``binnen`` under the year limit, else ``boven``.

    None before the statutory limit (the gemeente's own rule) or for no amount."""
    if gift.euro <= 0 or gift.periode not in KEER_PER_JAAR:
        return None
    if knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens":
        return None
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if grens is None:
        return None
    per_jaar = gift.euro * KEER_PER_JAAR[gift.periode]
    if per_jaar <= Decimal(str(grens)):
        return Antwoord(binnen, gift_waarden(gift, per_jaar))
    return Antwoord(boven, {**gift_waarden(gift, per_jaar), "gift_boven_grens": euro(per_jaar - Decimal(str(grens)))})


def gift_waarden(gift: parse.Bedrag, per_jaar: Decimal) -> dict[str, str]:
    """'€ 50 per maand' is the person's own words; '€ 600' the year it makes."""
    per = f" per {gift.periode}" if gift.periode in ("maand", "week") else ""
    return {"gift_bedrag_tekst": euro(gift.euro) + per, "gift_per_jaar": euro(per_jaar)}


def bedrag_van_soort(text: str, soort: str, zonder_partner: bool = False) -> parse.Bedrag | None:
    """The one amount of the message; of a message with more amounts ("3000 euro spaargeld en mijn oom
    gaf me 500 euro"), the one of this kind ("spaargeld", "gift", "loon") when there is exactly one.

    zonder_partner: the partner's amount is never the person's own. When the message has several of this
    kind or only the partner's ("ik verdien 600 en mijn partner 400", "mijn vriendin verdient 1200 euro"),
    the answer is the one of this kind that is not the partner's, else None."""
    van_soort = [b for b in parse.bedragen(text) if b.soort == soort]
    eigen = [b.bedrag for b in van_soort if not (zonder_partner and b.van_partner)]
    if zonder_partner and (len(van_soort) > 1 or (van_soort and not eigen)):
        return eigen[0] if len(eigen) == 1 else None
    gevonden = parse.bedrag(text)
    if gevonden is not None:
        return gevonden
    return eigen[0] if len(eigen) == 1 else None


# The kind of amount a topic's question is about; another kind in the same message gets its own short answer.
SOORT_VAN_ONDERWERP = {"vermogen": "spaargeld", "giften": "gift", "bijverdienen": "loon", "aanvraag": "spaargeld"}


def ook(intent: str, text: str, peildatum: date) -> list[Antwoord]:
    """'ik heb 3000 euro spaargeld en mijn oom gaf me 500 euro': the answer of the topic asked, and for
    each amount of another kind what holds for it (savings against the vermogensgrens, a gift against
    the year limit). Only for a message with more than one amount."""
    if intent == "bijverdienen" and (medisch := vrijlating_medisch(text, peildatum)) is not None:
        return [medisch]  # "ik kan door mijn ziekte maar 16 uur werken": the vrijlating for that, named
    bedragen = parse.bedragen(text)
    eigen = SOORT_VAN_ONDERWERP.get(intent)
    if len(bedragen) < 2 or eigen is None:
        return []
    uit = []
    for soort, regel in (("spaargeld", vermogen), ("gift", giften)):
        van_soort = [b for b in bedragen if b.soort == soort]
        if soort != eigen and len(van_soort) == 1 and (gevonden := regel(van_soort[0].zin, peildatum, intent)):
            uit.append(gevonden)
    return uit


_EIGEN_HUIS = re.compile(r"huis|woning|overwaarde|hypotheek")
# "het geld dat ik spaar van mijn uitkering", "gespaard tijdens de bijstand": not counted since 2026.
# Saving is a verb here: "hoeveel spaargeld mag je hebben in de bijstand" asks the vermogensgrens.
_GESPAARD_VAN_BIJSTAND = re.compile(
    r"(?:\bspaar\b|\bspaart\b|\bsparen\b|gespaard|opzij)\w*\b[^.?!]{0,40}?\b(?:van|uit|tijdens|in|met)\s+"
    r"(?:mijn|m'n|mn|de|je|uw|het|onze)\s+(?:uitkering|bijstand)"
    r"|\b(?:tijdens|in)\s+(?:mijn|m'n|mn|de|je|uw|onze)\s+(?:uitkering|bijstand)\b[^.?!]{0,40}?\b(?:gespaard|opzij\s+gezet|opgespaard)")


def vermogen(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Savings against the vermogensgrens of the household the message names (or both limits); savings from
    the bijstand itself do not count (art. 34 lid 2 c)."""
    if _GESPAARD_VAN_BIJSTAND.search(text.lower()):
        return Antwoord("utter_vermogen_gespaard_van_bijstand", {})
    spaargeld = bedrag_van_soort(text, "spaargeld")
    if spaargeld is None or parse.terugbetalen(text) or _EIGEN_HUIS.search(text.lower()):
        return None  # the value of an own house has a limit of its own: the general answer names it
    alleen = knowledge.waarde("vermogen.grens_alleenstaande", peildatum)
    gezin = knowledge.waarde("vermogen.grens_gezin", peildatum)
    if alleen is None or gezin is None:
        return None
    situatie = leefsituatie(text, peildatum)
    grens = {"alleenstaande": alleen, "alleenstaande_ouder": gezin, "gehuwden": gezin}.get(situatie)
    laag, hoog = (grens, grens) if grens is not None else (min(alleen, gezin), max(alleen, gezin))
    waarden = {"spaargeld": euro(spaargeld.euro), "vermogensgrens": euro(Decimal(str(laag)))}
    if spaargeld.euro <= Decimal(str(laag)):
        return Antwoord("utter_vermogen_onder_grens", waarden)
    if spaargeld.euro > Decimal(str(hoog)):
        return Antwoord("utter_vermogen_boven_grens", {**waarden, "vermogensgrens": euro(Decimal(str(hoog)))})
    return None  # between the two limits: it depends on the household, which the message does not say


_EURO = re.compile(r"€|\beuro\b|\beur\b")


def _euro_bedrag(text: str) -> parse.Bedrag | None:
    """An amount the message says is money ("300 euro", "€ 300"): "mijn zoon is 19" is none."""
    return parse.bedrag(text) if _EURO.search(text.lower()) else None


def alimentatie(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A child's age against the age up to which kinderalimentatie counts; else an amount: it counts."""
    grens = knowledge.waarde("alimentatie.kind_telt_mee_tot", peildatum)
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    if grens is not None and kinderen and all(m.leeftijd >= grens for m in kinderen):
        return Antwoord("utter_alimentatie_kind_ouder", {"kind_leeftijd": str(min(m.leeftijd for m in kinderen))})
    if kinderen:
        return None  # a child under the age: the general answer says it counts
    bedrag = _euro_bedrag(text)
    if bedrag is None or bedrag.euro <= 0:
        return None
    per = f" per {bedrag.periode}" if bedrag.periode in ("maand", "week", "jaar") else ""
    return Antwoord("utter_alimentatie_bedrag", {"alimentatie_bedrag_tekst": euro(bedrag.euro) + per})


def inkomenstoeslag(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """The person's age against the minimum age of the individuele inkomenstoeslag (and the AOW age)."""
    leeftijd, grens = eigen_leeftijd(text), knowledge.waarde("inkomenstoeslag.minimum_leeftijd", peildatum)
    if leeftijd is None or grens is None:
        return None
    if leeftijd < grens:
        return Antwoord("utter_inkomenstoeslag_te_jong", {"leeftijd": str(leeftijd)})
    return None


_PER_JAAR = {"maand": 12, "week": 52, "jaar": 1}
_VERGOEDING = re.compile(r"vergoeding|\bhouden\b")
_TELT_MEE = re.compile(r"\b(?:telt|tellen)\b[^.?!]{0,20}\bmee\b")  # "telt dat mee": answered "Ja, ... telt mee"


def vrijwilligerswerk(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A vrijwilligersvergoeding with its period against what many gemeenten leave free (per year),
    and the person's age against the age from which it is left free at all."""
    leeftijd = eigen_leeftijd(text)
    vrij_vanaf = knowledge.waarde("vrijwilligersvergoeding.vrij_vanaf_leeftijd", peildatum)
    per_jaar = knowledge.waarde("vrijwilligersvergoeding.per_jaar", peildatum)
    bedrag = _euro_bedrag(text)
    if leeftijd is not None and vrij_vanaf is not None and leeftijd < vrij_vanaf:
        # "mag ik die vergoeding houden?" is answered no; "mag ik vrijwilligerswerk doen?" yes, but.
        vergoeding = bedrag is not None or _VERGOEDING.search(text.lower()) is not None
        if vergoeding and _TELT_MEE.search(text.lower()):
            return Antwoord("utter_vrijwilligerswerk_jong_telt_mee", {"leeftijd": str(leeftijd)})  # asked as counted
        return Antwoord("utter_vrijwilligerswerk_jong_vergoeding" if vergoeding else "utter_vrijwilligerswerk_jong",
                        {"leeftijd": str(leeftijd)})
    if bedrag is None or bedrag.euro <= 0 or bedrag.periode not in _PER_JAAR or per_jaar is None:
        return None
    waarden = {"vergoeding_bedrag_tekst": f"{euro(bedrag.euro)} per {bedrag.periode}"}
    boven = bedrag.euro * _PER_JAAR[bedrag.periode] > Decimal(str(per_jaar))
    return Antwoord("utter_vrijwilligerswerk_boven" if boven else "utter_vrijwilligerswerk_binnen", waarden)


def bijstandsnorm(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'ik ben 19 en woon alleen, hoeveel bijstand krijg ik': the person's own age and a household on
    their own (alone, or alone with children) give the norm through the bijstandsnorm calculator."""
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    situatie = leefsituatie(text, peildatum)
    if (partner := partner_aow(text, peildatum, intent)) is not None:
        return partner
    if (aio := aio_hoeveel(text, peildatum)) is not None:
        return aio
    if leeftijd is not None and aow_grens is not None and leeftijd >= aow_grens:
        return Antwoord("utter_aow_aio_ouder", {"leeftijd": str(leeftijd)})  # from the AOW age the SVB pays the AIO
    huisgenoten = _zonder_ouders_die_niet_helpen(text, parse.medebewoners(text) or [])
    if (gedeeld := kostendelers_bedrag(text, huisgenoten, peildatum)) is not None:
        return gedeeld  # housemates of 27 or older: the kostendelersnorm, amount first
    if leeftijd is None or aow_grens is None or situatie not in ("alleenstaande", "alleenstaande_ouder"):
        return None
    if any(m.relatie != "kind" or m.leeftijd is None for m in huisgenoten):
        return None  # other adults, or an age missing: the form asks them
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie=situatie,
                         medebewoners=[{"leeftijd": m.leeftijd, "relatie": "kind"} for m in huisgenoten])
    if uit is None or uit.get("kostendelersnorm_toegepast") or uit.get("uitvoerder") != "gemeente":
        return None
    waarden = {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)}
    if uit.get("norm_ouders_niet_bijdragen") is not None:
        hoger = euro(Decimal(str(uit["norm_ouders_niet_bijdragen"])))
        return Antwoord("utter_bijstandsnorm_eigen_jong", {**waarden, "norm_ouders_niet_bijdragen": hoger})
    return Antwoord("utter_bijstandsnorm_eigen", waarden)


# "de gemeente wil dat ik onbetaald werk ga doen": the tegenprestatie, a duty of the bijstand, not earnings.
_ONBETAALD = re.compile(r"\bonbetaald|\bzonder (?:loon|betaling|geld)\b|\btegenprestatie|\bgratis (?:werk|werken)\b")


def bijverdienen(text: str, peildatum: date, intent: str, gemeente: str | None = None) -> Antwoord | None:
    """'ik ben 24, mag ik iets van mijn loon houden?': under the age of the old vrijlating, in a gemeente
    that applies only the old rules (knowledge/: regime_bijverdienen), the answer is no, for now.
    Unpaid work the gemeente asks for is no earning: the plichten answer (the tegenprestatie)."""
    if _ONBETAALD.search(text.lower()):
        return Antwoord("utter_participatieplicht", {})  # unpaid work asked of the person: a duty, no wage
    leeftijd = eigen_leeftijd(text)
    loon = eigen_loon(text)
    if loon is not None:
        # "reken uit wat ik mag houden als ik 800 verdien": the amount first, computed by knowledge/.
        medisch = {"medische_urenbeperking": True} if medische_urenbeperking(text) else None
        gevonden = vrijlating_bij(loon, leeftijd, peildatum, gemeente, medisch)
        if gevonden is not None:
            return Antwoord(f"utter_bijverdienen_uit_bericht_{gevonden[0]}", gevonden[1])
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum)
    if (ouder := vrijlating_alleenstaande_ouder(text, peildatum)) is not None and (leeftijd is None or grens is None
                                                                                   or leeftijd >= grens):
        return ouder
    if leeftijd is None or grens is None or leeftijd >= grens:
        return None
    try:
        regime = knowledge.feiten(peildatum, gemeente).get("regime_bijverdienen")
    except knowledge.InvoerFout:
        return None
    return Antwoord("utter_bijverdienen_jong_niets", {"leeftijd": str(leeftijd)}) if regime == "31_2_n" else None


# "medische urenbeperking", or health and fewer hours: "ik heb chronische pijn en kan maar 16 uur werken".
_URENBEPERKING = re.compile(r"urenbeperk|medisch\w*\s+(?:uren\s*)?beperk")
_GEZONDHEID = re.compile(r"\bziek\w*|chronisch|\bpijn\b|beperking|gezondheid|klachten|burn-?out|afgekeurd"
                         r"|arbeidsongeschikt|handicap|\bmedisch")
_MINDER_UREN = re.compile(r"\b(?:maar|slechts|hooguit|hoogstens|niet\s+meer\s+dan|max(?:imaal)?)\s+\d{1,2}\s*uur"
                          r"|\bminder\s+uren\b|\bniet\s+(?:meer\s+)?(?:fulltime|voltijd|hele\s+dagen)\b"
                          r"|\b(?:gedeeltelijk|deels|half)\s+(?:arbeidsongeschikt|afgekeurd)\b|\bparttime\b")


def medische_urenbeperking(text: str) -> bool:
    """True when the message says the person can work fewer hours for their health (art. 31 lid 2 y, 34a)."""
    lowered = (text or "").lower()
    return bool(_URENBEPERKING.search(lowered) or (_GEZONDHEID.search(lowered) and _MINDER_UREN.search(lowered)))


def vrijlating_medisch(text: str, peildatum: date) -> Antwoord | None:
    """The vrijlating for a medische urenbeperking, named with its share and maximum from knowledge/'s
    parameters (art. 31 lid 2 y until 2027, with a maximum; art. 34a after, without): only when the message
    says the person can work fewer hours for their health."""
    if not medische_urenbeperking(text):
        return None
    oud = knowledge.waarde("vrijlating_31_2_y.percentage", peildatum)
    if oud is not None and (maximum := knowledge.waarde("vrijlating_31_2_y.maximum", peildatum)) is not None:
        return Antwoord("utter_bijverdienen_medisch", {"medisch_deel": procent(Decimal(str(oud))),
                                                       "medisch_maximum": euro(Decimal(str(maximum)))})
    nieuw = knowledge.waarde("vrijlating_34a.medisch_percentage", peildatum)
    return None if nieuw is None else Antwoord("utter_bijverdienen_medisch_zonder_maximum",
                                               {"medisch_deel": procent(Decimal(str(nieuw)))})


_ALLEENSTAANDE_OUDER = re.compile(r"\balleenstaande?\s+(?:ouder|moeder|vader|mama|papa)\b")


def vrijlating_alleenstaande_ouder(text: str, peildatum: date) -> Antwoord | None:
    """'mag je als alleenstaande ouder meer van je loon houden': the extra vrijlating of art. 31 lid 2 r (its share,
    maximum, months and the child's age from knowledge/'s parameters), while that article applies."""
    if not _ALLEENSTAANDE_OUDER.search(text.lower()):
        return None
    waarden = {naam: knowledge.waarde(f"vrijlating_31_2_r.{naam}", peildatum)
               for naam in ("percentage", "maximum", "maanden", "kind_jonger_dan")}
    eerst = knowledge.waarde("vrijlating_31_2_n.maanden", peildatum)  # r follows the months of n
    if None in waarden.values() or eerst is None:
        return None  # from 2027 art. 34a has no extra share for a single parent: the general answer
    return Antwoord("utter_bijverdienen_alleenstaande_ouder", {
        "ouder_deel": procent(Decimal(str(waarden["percentage"]))), "ouder_maximum": euro(Decimal(str(waarden["maximum"]))),
        "ouder_maanden": str(waarden["maanden"]), "ouder_kind_leeftijd": str(waarden["kind_jonger_dan"]),
        "ouder_na_maanden": str(eerst)})


def eigen_loon(text: str) -> parse.Bedrag | None:
    """What the person earns: the one amount of the message, or of several the one wage that is not the
    partner's ("ik verdien 600 en mijn partner 400" gives 600)."""
    if parse.terugbetalen(text):
        return None
    gevonden = bedrag_van_soort(text, "loon", zonder_partner=True)  # "als ik 1500 verdien en 30 ben"
    return gevonden if gevonden is not None and gevonden.euro > 0 else None


def vrijlating_bij(loon: parse.Bedrag, leeftijd: int | None, peildatum: date, gemeente: str | None,
                   bekend: dict | None = None) -> tuple[str, dict[str, str]] | None:
    """What the person may keep of ``loon`` per month, from knowledge/'s bijverdienvrijlating: with their
    age, ("bedrag" or "niets", values); without it, for both sides of the age of the old vrijlating
    ("zonder_leeftijd" or "zonder_leeftijd_jong_niets"). ``bekend``: other facts known (leefsituatie, ...)."""
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum)
    if leeftijd is None and grens is None:
        return None
    per = f" per {loon.periode}" if loon.periode in ("week", "jaar") else ""
    waarden = {"inkomsten_tekst": euro(loon.euro) + per}
    if leeftijd is not None:
        uit = _vrijlating(loon, leeftijd, peildatum, gemeente, bekend)
        if uit is None:
            return None
        if uit["vrijlating_per_maand"] <= 0:
            return "niets", {**waarden, "leeftijd": str(leeftijd)}
        return "bedrag", {**waarden, "leeftijd": str(leeftijd), "vrijlating": euro(Decimal(str(uit["vrijlating_per_maand"]))),
                          "vrijlating_deel": procent(Decimal(str(uit["percentage"])))}
    oud, jong = (_vrijlating(loon, grens, peildatum, gemeente, bekend),
                 _vrijlating(loon, grens - 1, peildatum, gemeente, bekend))
    if oud is None or jong is None:
        return None
    waarden["vrijlating"] = euro(Decimal(str(oud["vrijlating_per_maand"])))
    if jong["vrijlating_per_maand"] <= 0:
        return "zonder_leeftijd_jong_niets", waarden
    return "zonder_leeftijd", {**waarden, "vrijlating_jong": euro(Decimal(str(jong["vrijlating_per_maand"])))}


def _vrijlating(loon: parse.Bedrag, leeftijd: int, peildatum: date, gemeente: str | None,
                bekend: dict | None) -> dict | None:
    inkomsten = {"bedrag": float(loon.euro), **({"periode": loon.periode} if loon.periode in ("maand", "week", "jaar")
                                                 else {})}
    try:
        return knowledge.bereken("bijverdienvrijlating", {
            "peildatum": peildatum.isoformat(), **({"gemeente": gemeente} if gemeente else {}),
            "leeftijd": leeftijd, "leefsituatie": knowledge.ONBEKEND, "start_werk": knowledge.ONBEKEND,
            **(bekend or {}), "netto_inkomsten": inkomsten})
    except knowledge.InvoerFout:
        return None


# "20000 euro op de bank, kunnen we bijstand aanvragen": the savings decide the question.
_SPAARGELD = re.compile(r"spaar|gespaard|op de bank|op (?:mijn|onze) rekening|\bvermogen")


# "ik ben zzp'er en heb geen opdrachten meer, kan ik bijstand krijgen": a self-employed person applies under the Bbz.
_ZELFSTANDIG = re.compile(r"\bzzp|zelfstandige|zelfstandig ondernemer|\bondernemer|eigen (?:bedrijf|zaak)|\bkvk\b")


# "hoe lang duurt een bijstandsaanvraag", "wanneer hoor ik iets": the decision time and the voorschot.
_HOE_LANG = re.compile(r"\bhoe\s*lang\b|\bhoe\s+snel\b|\bduurt\b|\bwanneer\s+(?:hoor|krijg|weet)\b"
                       r"|\bnog\s+(?:niks|niets)\s+gehoord\b|\bbeslistermijn\b")


# "moet ik me inschrijven bij het uwv": a duty of the bijstand (art. 9 lid 1 a), not the application.
_UWV_INSCHRIJVEN = re.compile(r"inschrijv\w*[^.?!]{0,30}\b(?:uwv|werk\.nl)\b|\b(?:uwv|werk\.nl)\b[^.?!]{0,30}inschrijv")
# "waarom moet ik als 23-jarige 4 weken wachten": the search period of young people, in the application answer.
_WACHTEN = re.compile(r"\bwacht\w*|zoektermijn|zoekperiode")


def aanvraag_duur(text: str) -> Antwoord | None:
    return Antwoord("utter_aanvraag_duur", {}) if _HOE_LANG.search(text.lower()) else None


# "mijn man is 68", "mijn vrouw heeft aow": the partner's age or AOW.
_PARTNER_LEEFTIJD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:partner|man|vrouw|echtgeno\w*)\s+(?:is|wordt|van)\s+(?P<jaren>\d{2,3})\b")
_PARTNER_AOW = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:partner|man|vrouw|echtgeno\w*)\s+(?:heeft|krijgt|ontvangt)\s+(?:al\s+)?(?:de\s+|zijn\s+|haar\s+)?aow\b")


def partner_aow(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A partner past the AOW age while the person is not: the SVB pays the AIO, the person keeps the duties."""
    lowered = (text or "").lower()
    grens = _aow_leeftijd(peildatum)
    m = _PARTNER_LEEFTIJD.search(lowered)
    partner_ouder = bool(_PARTNER_AOW.search(lowered)) or (m is not None and grens is not None and int(m["jaren"]) >= grens)
    leeftijd = eigen_leeftijd(text)
    if not partner_ouder or grens is None or (leeftijd is not None and leeftijd >= grens):
        return None
    return Antwoord("utter_aow_aio_partner", {})


# "moet hij zelf bijstand aanvragen", "kan zij een eigen uitkering krijgen": a child's own bijstand.
_EIGEN_BIJSTAND = re.compile(r"\b(?:zelf|eigen)\b.{0,30}\b(?:bijstand|uitkering|aanvra\w*)")


def kind_eigen_bijstand(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A child of 18 or older no longer belongs to the parent's gezin: it applies for bijstand of its own
    (under 21 at the young person's norm). Only when the message asks about the child's own bijstand."""
    if not _EIGEN_BIJSTAND.search((text or "").lower()):
        return None
    grens, volwassen = (knowledge.waarde("gezin.kind_jonger_dan", peildatum),
                        knowledge.waarde("leeftijd.volwassenennorm", peildatum))
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    if grens is None or volwassen is None or len(kinderen) != 1 or kinderen[0].leeftijd < grens:
        return None
    leeftijd = kinderen[0].leeftijd
    response = "utter_jongeren_kind_eigen_bijstand_jong" if leeftijd < volwassen else "utter_jongeren_kind_eigen_bijstand"
    return Antwoord(response, {"kind_leeftijd": str(leeftijd)})


def aanvraag(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Applying, with a deciding fact in the message: savings against the vermogensgrens; being
    self-employed leads to the Bbz; an age past the AOW age to the AIO of the SVB."""
    lowered = text.lower()
    if (kind := kind_eigen_bijstand(text, peildatum, intent)) is not None:
        return kind
    if _SPAARGELD.search(lowered):
        return vermogen(text, peildatum, "vermogen")
    if _ZELFSTANDIG.search(lowered):
        return Antwoord("utter_zelfstandig", {})
    if _UWV_INSCHRIJVEN.search(lowered):
        return Antwoord("utter_participatieplicht", {})  # registering at the UWV is one of the duties
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is not None and aow_grens is not None and leeftijd >= aow_grens:
        return Antwoord("utter_aow_aio_ouder", {"leeftijd": str(leeftijd)})
    return partner_aow(text, peildatum, intent) or aanvraag_duur(text)


# "het is geen lening", "ik hoef het niet terug te betalen": what was received is no loan.
_GEEN_LENING = re.compile(r"\b(?:geen|niet|nooit)\s+(?:een\s+)?(?:lening|geleend)\b"
                          r"|\b(?:hoef|hoeft|hoeven)\s+(?:\w+\s+)?(?:niet|niets|niks)\s+(?:\w+\s+)?terug")


# "hoeveel huurtoeslag krijg ik": how much is for Dienst Toeslagen to compute; where and what it depends on.
_HOEVEEL = re.compile(r"\bhoeveel\b|\bhoe\s+hoog\b|\bwat\s+is\s+de\s+hoogte\b")


def toeslagen(text: str, peildatum: date, intent: str) -> Antwoord | None:
    return Antwoord("utter_toeslagen_hoeveel", {}) if _HOEVEEL.search(text.lower()) else None


def vrijwilligerswerk_gevraagd(text: str, peildatum: date) -> Antwoord | None:
    """'mag je vrijwilligerswerk doen als je bijstand hebt' read as the duties: the vrijwilligerswerk answer."""
    if "vrijwilli" not in text.lower():
        return None
    return vrijwilligerswerk(text, peildatum, "vrijwilligerswerk") or Antwoord("utter_vrijwilligerswerk", {})


REGELS: dict[str, Callable[[str, date, str], Antwoord | None]] = {
    "aanvraag": aanvraag,
    "aow_aio": aow_aio,
    "participatieplicht": lambda text, peildatum, intent: vrijwilligerswerk_gevraagd(text, peildatum)
    or plichten(text, peildatum, intent),
    "kostendelersnorm": kostendelers,
    "buitenland": buitenland,
    "giften": giften,
    "vermogen": vermogen,
    "alimentatie": alimentatie,
    "inkomenstoeslag": inkomenstoeslag,
    "vrijwilligerswerk": vrijwilligerswerk,
    "bijstandsnorm": bijstandsnorm,
    "toeslagen": toeslagen,
    # "mijn man is 68 en ik ben 60" was taken for a young person's question
    "jongeren": lambda text, peildatum, intent: partner_aow(text, peildatum, intent)
    or kind_eigen_bijstand(text, peildatum, intent)
    or (Antwoord("utter_aanvraag", {}) if _WACHTEN.search(text.lower()) else None),
    # "het is geen lening, mijn tante heeft me 500 euro gegeven": a gift said not to be a loan
    "lening": lambda text, peildatum, intent: giften(text, peildatum, intent) if _GEEN_LENING.search(text.lower())
    else None,
    # "moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen": yes, and what it does to the norm
    "inlichtingenplicht": lambda text, peildatum, intent: kostendelers(text, peildatum, intent)
    if parse.medebewoners(text) else None,
}


# Rules whose answer depends on the gemeente's own choices (its code is the fourth argument).
REGELS_MET_GEMEENTE: dict[str, Callable[[str, date, str, str | None], Antwoord | None]] = {
    "bijverdienen": bijverdienen,
}


# --- facts that decide the question whatever topic the model chose (session 5) ----------------------------

def _vaste_tekst(patroon: re.Pattern, response: str) -> Callable[[str, date], Antwoord | None]:
    """A rule that answers with one response of its own when the message has its words, whatever else it says."""
    def regel(text: str, peildatum: date) -> Antwoord | None:
        return Antwoord(response, {}) if patroon.search(text.lower()) else None
    return regel


_VAKANTIEGELD = re.compile(r"vakantiegeld|vakantietoeslag|vakantie\s+geld")
_BESLAG = re.compile(r"beslag|deurwaarder|incasso")


def vakantiegeld_beslag(text: str, peildatum: date) -> Antwoord | None:
    """Beslag and vakantiegeld in one question: what is sure (the beslagvrije voet, June) and that the rest
    is not settled in the facts Wegwijs has."""
    lowered = text.lower()
    return Antwoord("utter_vakantiegeld_beslag", {}) if _VAKANTIEGELD.search(lowered) and _BESLAG.search(lowered) \
        else None


_BELASTING = re.compile(r"belasting|\baangifte\b|blauwe envelop")
_TERUG_KRIJGEN = re.compile(r"teruggave|\bterug\b|teruggestort|terugkrijg|teruggekregen|terug\s*ontvangen")


def belastingteruggave(text: str, peildatum: date) -> Antwoord | None:
    """Money back from the Belastingdienst: the facts files hold no rule, so not sure, report it."""
    lowered = text.lower()
    if not (_BELASTING.search(lowered) and _TERUG_KRIJGEN.search(lowered)) or "toeslag" in lowered:
        return None  # a toeslag has its own answer: it does not count
    return None if parse.terugbetalen(text) else Antwoord("utter_belastingteruggave", {})


# "mijn zoon van 19 heeft een baan", "zij verdient 800": the child's wage, not the person's own.
_KIND_VERDIENT = re.compile(r"\b(?:hij|zij|ze|zoon|dochter|kind)\b[^.?!]{0,40}?"
                            r"\b(?:verdient|werkt|baan\w*|bijbaan\w*|loon|salaris)\b"
                            r"|\b(?:zijn|haar)\s+(?:loon|salaris|baan\w*|bijbaan\w*|inkomen)\b")
# A child who gives the parent money, or alimentatie for a child: other questions.
_KIND_GEEFT = re.compile(r"\bgeeft\b|\bgaf\b|\bbetaalt\s+(?:mij|me|mijn)\b|alimentatie")
_IK_VERDIEN = re.compile(r"\bi?k\s+(?:verdien|werk)\b|\bmijn\s+(?:eigen\s+)?(?:loon|salaris)\b")


def kind_loon(text: str, peildatum: date) -> Antwoord | None:
    """A child at home earns: from the gezin age its wage is not the parent's income (under the kostendeler
    age it does not count at all); under the gezin age not sure. From the kostendeler age: the kostendelersnorm
    answer (its own rule)."""
    lowered = text.lower()
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    if len(kinderen) != 1 or kinderen[0].leeftijd is None or not _KIND_VERDIENT.search(lowered) \
            or _IK_VERDIEN.search(lowered) or _KIND_GEEFT.search(lowered):
        return None
    leeftijd = kinderen[0].leeftijd
    gezin, kostendeler = (knowledge.waarde("gezin.kind_jonger_dan", peildatum),
                          knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum))
    if gezin is None or kostendeler is None or leeftijd >= kostendeler:
        return None
    response = "utter_kind_loon_jong" if leeftijd < gezin else "utter_kind_loon_volwassen"
    return Antwoord(response, {"kind_leeftijd": str(leeftijd)})


# "waarom is mijn uitkering deze maand 83 euro lager": Wegwijs cannot see the payments.
_WAAROM_ANDERS = re.compile(r"\bwaarom\b[^?]{0,60}\b(?:lager|minder|hoger|meer|anders)\b")
_DEZE_MAAND = re.compile(r"\b(?:deze|vorige|afgelopen|die)\s+maand\b")
_BEKENDE_REDEN = re.compile(r"verlag|maatregel|boete|beslag|vakantiegeld|kostendeler|terugvorder|verreken|werk|verdien")


def uitkering_anders(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _WAAROM_ANDERS.search(lowered) and _DEZE_MAAND.search(lowered) and not _BEKENDE_REDEN.search(lowered):
        return Antwoord("utter_uitkering_anders", {})
    return None


# "ik woon tijdelijk bij mijn vader om voor hem te zorgen": the person lives elsewhere to give care.
_IK_WOON_BIJ = re.compile(r"\b(?:i?k|en)\s+(?:woon|ga|trek|verblijf|zit|slaap|blijf)\b[^.?!]{0,30}\bbij\s+(?:mijn|m'n|mn|een|haar|hem)\b")
_ZORG_GEVEN = re.compile(r"mantelzorg|\bverzorg\w*|\bte zorgen\b|\bzorg\w*\s+(?:voor|aan)\s+(?:hem|haar|mijn|m'n|mn)\b")


def mantelzorg(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _IK_WOON_BIJ.search(lowered) and _ZORG_GEVEN.search(lowered) and "elkaar" not in lowered:
        return Antwoord("utter_kostendelersnorm_mantelzorg", {})
    return None


# 'hoeveel vakantiegeld krijg je als alleenstaande' taken for the norm: the vakantiegeld answer.
vakantiegeld = _vaste_tekst(_VAKANTIEGELD, "utter_vakantiegeld")


# "nu wil de gemeente alles terug": a terugvordering, whatever else the message is about.
_GEMEENTE_WIL_TERUG = re.compile(r"\b(?:gemeente|sociale dienst)\b[^.?!]{0,40}?\b(?:terug|terugbetal\w*|terugvorder\w*)\b"
                                 r"|\bterugvordering\b")
# Topics that answer paying back themselves.
_TERUG_EIGEN_ANTWOORD = {"terugvordering", "bezwaar", "beslag", "schulden", "maatregel", "stopgezet", "lening",
                         "toeslagen", "huisbezoek"}


gemeente_wil_terug = _vaste_tekst(_GEMEENTE_WIL_TERUG, "utter_terugvordering")


# "nu ben ik weer werkloos, moet ik alles opnieuw inleveren": a new application within a year reuses data.
_OPNIEUW = re.compile(r"\bweer\s+(?:werkloos|bijstand|een uitkering|zonder werk)\b|\balles\s+opnieuw\b"
                      r"|\bopnieuw\b[^.?!]{0,20}\b(?:inleveren|aanvragen|aanvraag|bijstand)\b")


aanvraag_opnieuw = _vaste_tekst(_OPNIEUW, "utter_aanvraag_opnieuw")


# "krijg ik geld voor de verhuiskosten": bijzondere bijstand, asked before moving.
_VERHUISKOSTEN = re.compile(r"verhuiskosten|kosten\s+van\s+(?:de|mijn|een|het)\s+verhuiz|geld\s+voor\s+(?:de\s+|mijn\s+|een\s+)?verhuiz")


verhuiskosten = _vaste_tekst(_VERHUISKOSTEN, "utter_verhuizen_kosten")


def opname_aio(text: str, peildatum: date) -> Antwoord | None:
    """An admission of someone past the AOW age ('mijn moeder van 80 met aio'): the SVB, not the gemeente."""
    lowered, grens = text.lower(), _aow_leeftijd(peildatum)
    leeftijden = [m.leeftijd for m in parse.medebewoners(text) or [] if m.leeftijd is not None]
    eigen = eigen_leeftijd(text)
    ouder = grens is not None and any(j >= grens for j in [*leeftijden, *([eigen] if eigen is not None else [])])
    return Antwoord("utter_opname_aio", {}) if _HEEFT_AOW.search(lowered) or "aio" in lowered or ouder else None


# "ik ga samenwonen met mijn vriend die 2500 netto verdient": the partner's wage against the norm for a couple.
_SAMEN_GAAN_WONEN = re.compile(r"samenwon|samen\s+(?:gaan\s+)?wonen|bij\s+mij\s+(?:komt|komen|gaat)\s+wonen|trouwen")


def samenwonen_partner_verdient(text: str, peildatum: date) -> Antwoord | None:
    """As a couple the income of both counts (art. 31 lid 1): a partner's net wage per month above the norm for a
    couple leaves no bijstand; below it, the couple gets less. Only for a wage said per month (or without period)."""
    if not _SAMEN_GAAN_WONEN.search(text.lower()):
        return None
    lonen = [b.bedrag for b in parse.bedragen(text) if b.van_partner and b.soort == "loon"]
    norm = knowledge.waarde("normen.gehuwden", peildatum)
    if len(lonen) != 1 or lonen[0].periode not in (None, "maand") or norm is None:
        return None
    loon = lonen[0].euro
    response = "utter_samenwonen_partner_verdient_meer" if loon >= Decimal(str(norm)) else \
        "utter_samenwonen_partner_verdient_minder"
    return Antwoord(response, {"partner_inkomsten_tekst": euro(loon) + " per maand"})


# "mijn man en ik zijn allebei 45, hoeveel krijgen we samen": the norm for a couple from knowledge/.
_STEL = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\s+en\s+ik\b|\bgetrouwd|\bals\s+stel\b")
# "allebei 45", "we zijn 44 en 47", "mijn vrouw en ik (52 en 55)": both ages at once.
_STEL_LEEFTIJDEN = re.compile(r"\b(?:allebei|beiden|beide|allebij)\s+(?P<a>\d{2})\b|\bzijn\s+(?P<b>\d{2})\s+en\s+(?P<c>\d{2})\b"
                              r"|\(\s*(?P<d>\d{2})\s+en\s+(?P<e>\d{2})\s*\)")
# "mijn man 47", "getrouwd met een man van 25": the partner's age without "is".
_PARTNER_LEEFTIJD_KORT = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:partner|man|vrouw|echtgeno\w*)\s+(?:is\s+|wordt\s+|van\s+)?"
                                    r"(?P<jaren>\d{2})\b(?!\s*(?:euro|%|uur|weken|dagen|maanden|jaar\s+getrouwd))"
                                    r"|\b(?:getrouwd|samen)\s+met\s+(?:een|mijn)\s+(?:man|vrouw|partner)\s+van\s+(?P<met>\d{2})\b")
# "hoeveel krijgen we", "wat krijgen we samen", "wat is onze norm": the amount is the question.
_HOEVEEL_KRIJG = re.compile(r"\bhoeveel\b|\bhoe\s+hoog\b|\bwat\s+krijg\w*\s+(?:ik|we|wij|jullie|u)\b"
                            r"|\bwat\s+is\s+(?:mijn|onze|de)\s+norm\b")


def stel_leeftijden(text: str) -> tuple[int, int] | None:
    """The ages of the person and their partner, where the message gives both."""
    lowered = (text or "").lower()
    if m := _STEL_LEEFTIJDEN.search(lowered):
        if m["a"]:
            return int(m["a"]), int(m["a"])
        return (int(m["b"]), int(m["c"])) if m["b"] else (int(m["d"]), int(m["e"]))
    eigen, partner = eigen_leeftijd(text), _PARTNER_LEEFTIJD_KORT.search(lowered)
    if eigen is None or partner is None:
        return None
    return eigen, int(partner["jaren"] or partner["met"])


def stel_norm(text: str, peildatum: date) -> Antwoord | None:
    """'wij zijn getrouwd, ik ben 44 en mijn man 47, wat krijgen we samen': the norm for a couple from knowledge/,
    with their ages (one under 21 gets the young person's part) and any housemates (the kostendelersnorm)."""
    lowered = text.lower()
    leeftijden = stel_leeftijden(text)
    if not (_HOEVEEL_KRIJG.search(lowered) and _STEL.search(lowered) and leeftijden):
        return None
    huisgenoten = [h for h in parse.medebewoners(text) or [] if h.relatie != "partner"]
    if any(h.leeftijd is None or h.relatie not in _KOSTENDELER_RELATIES for h in huisgenoten):
        return None  # a housemate without an age, a student or a lodger: the form asks
    leeftijd, partner = leeftijden
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="gehuwden", partner_leeftijd=partner,
                         medebewoners=[{"leeftijd": h.leeftijd, "relatie": h.relatie} for h in huisgenoten])
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    if uit is None or uit.get("uitvoerder") != "gemeente" or volwassen is None:
        return None  # the AIO: the SVB's rules, the form computes them
    waarden = {"norm_eigen": _norm_tekst(uit)}
    if uit.get("kostendelersnorm_toegepast"):
        return Antwoord("utter_bijstandsnorm_stel_kostendeler", {
            **waarden, "kostendelers_personen": str(uit["kostendelers"] + 2),
            "huisgenoot_leeftijd": str(max(h.leeftijd for h in huisgenoten))})
    if min(leeftijd, partner) < volwassen:
        return Antwoord("utter_bijstandsnorm_stel_jong", waarden)
    return Antwoord("utter_bijstandsnorm_stel", waarden)


# "hoe snel helpt de gemeente als mijn gas wordt afgesloten": schuldhulp within a few working days (Wgs art. 4).
_DREIGT = re.compile(r"\bafgesloten\b|\bafsluiting\b|\bafsluiten\b|ontruim\w*|uit\s+(?:mijn\s+|ons\s+|het\s+)?huis\s+gezet"
                     r"|huisuitzetting")


dreigende_afsluiting = _vaste_tekst(_DREIGT, "utter_schulden")


# "wie kan mij gratis helpen met een bezwaar": free legal help is the question, whatever topic the model read.
_GRATIS = re.compile(r"\bgratis\b|\bkosteloos\b|\bniets\s+kost|\bniks\s+kost|\bzonder\s+(?:te\s+)?betalen\b")
_JURIDISCH = re.compile(r"bezwaar|\bbesluit|\brechter|juridisch|advocaat|\bjurist|\bberoep\b|rechtszaak|rechtshulp"
                        r"|\bbeschikking")
_HULP_VRAAG = re.compile(r"\bhelp\w*|\bhulp\b|\badvies\b|\bbijstaan\b|\bondersteun\w*")


def gratis_hulp(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _GRATIS.search(lowered) and _JURIDISCH.search(lowered) and _HULP_VRAAG.search(lowered):
        return Antwoord("utter_bezwaar_gratis_hulp", {})
    return None


# "mn bijstand is deze maand niet gestort": not paid (late or stopped), whatever topic the model read.
_NIET_BETAALD = re.compile(r"\b(?:bijstand|uitkering|geld|betaling)\b[^.?!]{0,30}?\bniet\s+(?:gestort|betaald|uitbetaald"
                           r"|binnen(?:gekomen)?|ontvangen|overgemaakt|gekomen|op\s+(?:mijn|de)\s+rekening)\b"
                           r"|\bniet\s+(?:gestort|uitbetaald)\b")


niet_betaald = _vaste_tekst(_NIET_BETAALD, "utter_uitkering_niet_betaald")


# "kan de bijstand vanaf toen ingaan", "met terugwerkende kracht": bijstand from before the application.
_TERUGWERKEND = re.compile(r"terugwerkende\s+kracht|\bvanaf\s+(?:toen|die\s+(?:dag|datum)|dat\s+moment)\b"
                           r"|\b(?:bijstand|uitkering)\s+(?:al\s+)?(?:eerder|achteraf)\s+(?:in)?(?:gaan|krijgen|laten\s+ingaan)\b")


terugwerkende_kracht = _vaste_tekst(_TERUGWERKEND, "utter_aanvraag")


# "mag ik me inschrijven bij de kvk": starting a business from the bijstand (the Bbz), first ask the gemeente.
_KVK = re.compile(r"\bkvk\b|kamer\s+van\s+koophandel|eigen\s+(?:bedrijf|zaak|onderneming)\s+(?:beginnen|starten|opzetten)"
                  r"|\b(?:starten|beginnen)\s+als\s+(?:zzp|zelfstandige|ondernemer)")


eigen_bedrijf = _vaste_tekst(_KVK, "utter_zelfstandig")


def kostendelers_hoeveel(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 40 en woon met 2 huisgenoten van 30 en 33, wat is mijn norm' read as another topic: the amount
    with the kostendelersnorm, from knowledge/ (kostendelers_bedrag), when the message asks for it."""
    if not _HOEVEEL_KRIJG.search(text.lower()):
        return None
    return kostendelers_bedrag(text, parse.medebewoners(text) or [], peildatum)


_WONEN = frozenset({"kostendelersnorm", "samenwonen", "logeren", "bijstandsnorm", "verhuizen", "informeren", "opname"})


@dataclass(frozen=True)
class VoorElk:
    """A rule that may decide the question whatever topic the model chose: for the intents in ``alleen``
    (None: every intent with an answer) except those in ``behalve``. Checked before the intent's own rule."""

    regel: Callable[[str, date], Antwoord | None]
    alleen: frozenset[str] | None = None
    behalve: frozenset[str] = frozenset()

    def geldt_voor(self, intent: str) -> bool:
        return (self.alleen is None or intent in self.alleen) and intent not in self.behalve


VOOR_ELK_ONDERWERP: list[VoorElk] = [
    VoorElk(gratis_hulp, behalve=frozenset({"noodsituatie", "stopgezet"})),
    VoorElk(niet_betaald, behalve=frozenset({"noodsituatie", "stopgezet", "beslag", "toeslagen"})),
    VoorElk(terugwerkende_kracht, alleen=frozenset({"aanvraag", "bijverdienen", "samenwonen", "bijstandsnorm",
                                                    "informeren", "jongeren"})),
    VoorElk(eigen_bedrijf, behalve=frozenset({"zelfstandig", "bijverdienen"})),
    VoorElk(kostendelers_hoeveel, alleen=frozenset({"jongeren", "informeren", "samenwonen", "aanvraag"})),
    VoorElk(vakantiegeld_beslag),
    VoorElk(belastingteruggave),
    VoorElk(kind_loon),
    VoorElk(uitkering_anders),
    VoorElk(gemeente_wil_terug, behalve=frozenset(_TERUG_EIGEN_ANTWOORD)),
    VoorElk(dreigende_afsluiting, behalve=frozenset({"beslag", "stopgezet", "huisbezoek"})),
    VoorElk(mantelzorg, alleen=_WONEN),
    VoorElk(vakantiegeld, alleen=frozenset({"bijstandsnorm", "toeslagen"})),
    VoorElk(aanvraag_opnieuw, alleen=frozenset({"aanvraag", "bijverdienen", "informeren", "stopgezet"})),
    VoorElk(verhuiskosten, alleen=frozenset({"verhuizen", "bijzondere_bijstand", "kostendelersnorm"})),
    VoorElk(opname_aio, alleen=frozenset({"opname"})),
    VoorElk(samenwonen_partner_verdient, alleen=frozenset({"samenwonen", "informeren", "bijstandsnorm",
                                                           "kostendelersnorm"})),
    VoorElk(stel_norm, alleen=frozenset({"samenwonen", "bijstandsnorm", "informeren", "aanvraag", "kostendelersnorm",
                                         "jongeren"})),
]


def voor_elk_onderwerp(intent: str, text: str, peildatum: date) -> Antwoord | None:
    for regel in VOOR_ELK_ONDERWERP:
        if regel.geldt_voor(intent) and (gevonden := regel.regel(text, peildatum)) is not None:
            return gevonden
    return None


def antwoord(intent: str, text: str, peildatum: date, domain: dict, gemeente: str | None = None) -> Antwoord | None:
    """The response that applies the facts in ``text`` to ``intent``, if the domain has it."""
    gevonden = voor_elk_onderwerp(intent, text or "", peildatum)
    if gevonden is not None and gevonden.response in domain.get("responses", {}):
        return gevonden
    if intent in REGELS_MET_GEMEENTE:
        gevonden = REGELS_MET_GEMEENTE[intent](text or "", peildatum, intent, gemeente)
    else:
        regel = REGELS.get(intent)
        gevonden = regel(text or "", peildatum, intent) if regel else None
    if gevonden is None or gevonden.response not in domain.get("responses", {}):
        return None
    return gevonden


# --- nothing asked twice (issue #20, part 3) -------------------------------------------------

# Intents whose question is whether people live together: "woon samen" there is the question, not a fact.
_WONEN_IS_DE_VRAAG = {"samenwonen", "logeren", "huisbezoek"}
# Intents where the housemates a message names are the household a later norm form needs.
_HUISGENOTEN_IS_HET_ONDERWERP = {"kostendelersnorm", "bijstandsnorm", "informeren"}
# Intents where an amount with a period is what the person earns.
_INKOMSTEN_IS_HET_ONDERWERP = {"bijverdienen"}


def onthouden(intent: str, text: str, vandaag: date) -> dict[str, object]:
    """The facts of one message that a later form would ask, as the slots the forms read
    (actions/rekenhulp.py): the person's own age, how they live, the youngest child's age,
    the housemates, what they earn and when work started. Only what the message says."""
    text = text or ""
    feiten: dict[str, object] = {}
    if (leeftijd := eigen_leeftijd(text)) is not None:
        feiten["leeftijd"] = leeftijd
    # "mijn zoon van 28 woont bij mij": a grown-up child, no alleenstaande ouder (leefsituatie)
    situatie = None if intent in _WONEN_IS_DE_VRAAG else leefsituatie(text, vandaag)
    huisgenoten = parse.medebewoners(text) if intent not in _WONEN_IS_DE_VRAAG else None
    kinderen = [m for m in huisgenoten or [] if m.relatie == "kind"]
    if situatie is not None:
        feiten["leefsituatie"] = situatie
    if situatie == "alleenstaande_ouder" and kinderen and all(m.leeftijd is not None for m in kinderen):
        feiten["jongste_kind_leeftijd"] = min(m.leeftijd for m in kinderen)
    if intent in _HUISGENOTEN_IS_HET_ONDERWERP and huisgenoten:
        feiten["medebewoners"] = [{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten]
    if intent in _INKOMSTEN_IS_HET_ONDERWERP and not parse.terugbetalen(text):
        if (loon := parse.bedrag(text)) is not None and loon.euro > 0:
            feiten["inkomsten"] = {"euro": float(loon.euro), "periode": loon.periode}
    if (start := start_werk(text, vandaag)) is not None:
        feiten["start_werk"] = start.isoformat()
    return feiten


def huisgenoten_uit_bericht(text: str, vandaag: date) -> list[dict] | None:
    """Who else lives in the house, as the norm form asks it (not the partner): only when the message names
    them all with their ages ("ik woon met mijn zoon van 30"), or says the person lives alone."""
    huisgenoten = [m for m in parse.medebewoners(text) or [] if m.relatie != "partner"]
    if huisgenoten and all(m.leeftijd is not None for m in huisgenoten):
        return [{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten]
    return [] if _WOON_ALLEEN.search((text or "").lower()) else None


# "ik woon alleen", "ik woon helemaal alleen": nobody else in the house ("alleen met mijn zoon" is someone).
_WOON_ALLEEN = re.compile(r"\b(?:i?k|en)\s+woon\s+(?:helemaal\s+|nu\s+)?(?:alleen\b(?!\s+met\b)|op\s+(?:mezelf|mijzelf)\b)")


def jongste_kind_uit_bericht(text: str, vandaag: date) -> int | None:
    """The youngest child's age, for a parent on their own whose children the message names with ages."""
    if leefsituatie(text, vandaag) != "alleenstaande_ouder":
        return None
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    if not kinderen or any(m.leeftijd is None for m in kinderen):
        return None
    return min(m.leeftijd for m in kinderen)


def partner_leeftijd(text: str, vandaag: date) -> int | None:
    """'mijn man is 45', 'mijn vrouw van 50': the partner's age."""
    if leefsituatie(text, vandaag) != "gehuwden":
        return None  # a partner's age belongs with a couple only (knowledge/ refuses it otherwise)
    if (beide := stel_leeftijden(text)) is not None:
        return beide[1]
    m = _PARTNER_LEEFTIJD.search((text or "").lower())
    return int(m["jaren"]) if m and int(m["jaren"]) <= parse.MAX_LEEFTIJD else None


# "mijn ouders kunnen niks bijdragen", "mijn ouders helpen me niet": art. 20 lid 3 (the norm of a young person).
_OUDERS_NIET = re.compile(r"\b(?:mijn|m'n|mn)\s+ouders\b[^.?!]{0,40}?\b(?:kunnen|willen|hoeven|helpen|betalen|geven)\b"
                          r"[^.?!]{0,15}?\b(?:niet|niks|niets|geen)\b|\bgeen\s+(?:contact|hulp)\s+(?:met|van)\s+"
                          r"(?:mijn|m'n|mn)\s+ouders\b")


def ouders_kunnen_bijdragen(text: str, vandaag: date) -> bool | None:
    """False when the message says the parents cannot or do not help; else not said."""
    return False if _OUDERS_NIET.search((text or "").lower()) else None


# "ik zorg bijna fulltime voor mijn zieke moeder": the person gives care (the plichten form's mantelzorg).
_ZORGT_VOOR = re.compile(r"mantelzorg|\bi?k\s+(?:zorg|verzorg)\w*\b[^.?!]{0,30}?\bvoor\s+(?:mijn|m'n|mn)\b")


def mantelzorg_uit_bericht(text: str, vandaag: date) -> bool | None:
    return True if _ZORGT_VOOR.search((text or "").lower()) else None


def plichten_mantelzorg(text: str, peildatum: date) -> Antwoord | None:
    """'ik zorg bijna fulltime voor mijn zieke moeder, moet ik werk zoeken': yes, the duties hold, and care can be
    a dringende reden for a temporary ontheffing (art. 9 lid 2)."""
    return Antwoord("utter_participatieplicht_mantelzorg", {}) if mantelzorg_uit_bericht(text, peildatum) else None


def _zonder_ouders_die_niet_helpen(text: str, huisgenoten: list) -> list:
    """'mijn ouders kunnen niks bijdragen' names the parents, not as housemates."""
    if ouders_kunnen_bijdragen(text, date.today()) is False:
        return [m for m in huisgenoten if not (m.relatie == "ouder" and m.leeftijd is None)]
    return huisgenoten


# "mijn broer huurt een kamer bij mij", "hij betaalt mij huur": a housemate who pays rent to the person.
_HUURT_BIJ_MIJ = re.compile(r"\bhuurt\b[^.?!]{0,30}?\bbij\s+(?:mij|ons)\b|\bbetaalt\s+(?:mij|me|ons)\b[^.?!]{0,15}\bhuur\b"
                            r"|\bverhuur\w*\b[^.?!]{0,30}?\b(?:kamer|aan\s+(?:mijn|m'n|mn))\b")


def huur_van_huisgenoot(text: str, peildatum: date) -> Antwoord | None:
    """'mijn broer van 34 huurt een kamer bij mij voor 500 euro per maand': rent from a housemate is no gift; what
    decides is whether the housemate counts for the kostendelersnorm (family stays a kostendeler)."""
    if not _HUURT_BIJ_MIJ.search(text.lower()):
        return None
    return kostendelers(text, peildatum, "kostendelersnorm")


# "ik woon nog bij mijn ouders", "ik woon thuis": a young person at the parents' home.
_BIJ_OUDERS = re.compile(r"\bbij\s+(?:mijn|m'n|mn)\s+(?:ouders|moeder|vader|pa|ma)\b|\bwoon\s+(?:nog\s+)?thuis\b")


def jong_bij_ouders(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 20 en woon nog bij mijn ouders, hoeveel bijstand krijg ik', 'ik ben 18, mijn ouders willen niks
    betalen, krijg ik bijstand': under the age of the adult norm the young person's norm, the parents are
    expected to help and when they cannot or do not, the gemeente raises it (art. 20): the jongeren answer."""
    leeftijd, volwassen = eigen_leeftijd(text), knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    if leeftijd is None or volwassen is None or leeftijd >= volwassen:
        return None
    if _BIJ_OUDERS.search(text.lower()) or _OUDERS_NIET.search(text.lower()):
        return Antwoord("utter_jongeren", {})
    return None


def norm_zonder_leeftijd(text: str, peildatum: date) -> Antwoord | None:
    """'alleenstaande moeder met 2 kinderen van 6 en 9, hoeveel bijstand krijg ik': on their own (with children
    under the gezin age) and no age: the adult norm from knowledge/, said for the age from which it holds."""
    situatie = leefsituatie(text, peildatum)
    huisgenoten = parse.medebewoners(text) or []
    if eigen_leeftijd(text) is not None or situatie not in ("alleenstaande", "alleenstaande_ouder") \
            or any(m.relatie != "kind" or m.leeftijd is None for m in huisgenoten):
        return None
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    uit = None if volwassen is None else _bijstandsnorm(
        peildatum, leeftijd=volwassen, leefsituatie=situatie,
        medebewoners=[{"leeftijd": m.leeftijd, "relatie": "kind"} for m in huisgenoten])
    if uit is None or uit.get("kostendelersnorm_toegepast"):
        return None
    return Antwoord("utter_bijstandsnorm_eigen_zonder_leeftijd", {"norm_eigen": _norm_tekst(uit)})


def arbeidsvermogen_uit_bericht(text: str, vandaag: date) -> str | None:
    """'ik ben volledig arbeidsongeschikt': no lasting ability to work (the plichten form's answer)."""
    return "geen_duurzaam" if _ARBEIDSONGESCHIKT.search((text or "").lower()) else None


def _kind_in_gezin(kinderen: list, vandaag: date) -> bool:
    """True unless every child named has an age at which it no longer belongs to the parent's gezin."""
    grens = knowledge.waarde("gezin.kind_jonger_dan", vandaag)
    leeftijden = [m.leeftijd for m in kinderen if m.leeftijd is not None]
    return grens is None or not leeftijden or len(leeftijden) < len(kinderen) or min(leeftijden) < grens
