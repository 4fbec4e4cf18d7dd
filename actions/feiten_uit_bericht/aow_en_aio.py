"""The AOW age and the AIO: past it no plichten and no bijstand but the AIO of the SVB; a partner past it; the
AIO amount for someone on their own; an admission with AIO."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import (_HEEFT_AOW, _HOEVEEL, Antwoord, _aow_leeftijd, _bijstandsnorm,
                                                 eigen_leeftijd, _norm_tekst)
from actions.feiten_uit_bericht.reizen import buitenland, eerdere_reizen
from knowledge.aow import aow_datum
from knowledge.geld import euro
from knowledge.teksten import huidige_variant, maand


# "ik word volgend jaar 67, moet ik dan nog solliciteren en wie betaalt dan": the age reached next year.
_VOLGEND_JAAR = re.compile(r"\bi?k\s+word\s+volgend\s+jaar\s+(?P<a>\d{2})\b|\bvolgend\s+jaar\s+word\s+ik\s+(?P<b>\d{2})\b")


def aow_volgend_jaar(text: str, peildatum: date) -> Antwoord | None:
    """Someone who reaches the AOW age of next year (knowledge/) next year: now the age before it, the duties until
    then, from then the SVB (utter_aow_aio_jonger, one year to go). Else None."""
    m = _VOLGEND_JAAR.search(text.lower())
    if m is None:
        return None
    wordt = int(m["a"] or m["b"])
    volgend = _aow_leeftijd(date(peildatum.year + 1, 12, 31))
    if volgend is None or wordt < volgend or wordt - 1 >= volgend:
        return None
    return Antwoord("utter_aow_aio_jonger", {"leeftijd": str(wordt - 1), "jaren_tot_aow": "1"})


# "ik word in maart 67", "volgende maand word ik 67", "mijn aow begint pas in juli", "de aow komt over 8 maanden": the
# AOW age is reached on a later day, so today the person is under it (still bijstand and its duties till then).
# (the number words of a count of months; parse._woordgetal gives their value)
_GETAL_WOORD = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf")
_WANNEER = (r"(?:(?:in|op|eind|begin)\s+(?:\d{1,2}\s+)?(?:" + "|".join(sorted(parse._MAANDEN, key=len, reverse=True))
            + r")\b(?:\s+(?:19|20)\d{2})?|volgende\s+maand|over\s+(?:\d{1,2}|" + "|".join(_GETAL_WOORD)
            + r")\s+maand(?:en)?)")
_WORD_LATER = re.compile(rf"\bi?k\s+word\s+(?:pas\s+)?(?P<w1>{_WANNEER})\s+(?P<a>\d{{2}})\b"
                         rf"|\b(?P<w2>{_WANNEER})\s+word\s+ik\s+(?:pas\s+)?(?P<b>\d{{2}})\b")
# (the person's own AOW: "mijn aow", "de aow"; "zijn aow", "de aow van mijn man" is a partner's)
_AOW_LATER = re.compile(rf"\b(?:mijn|m'n|mn|me|de)\s+aow(?:-?uitkering)?\s+(?:begint|start|komt|gaat(?:\s+in)?|ingaat)\s+"
                        rf"(?:pas\s+|eerst\s+|pas\s+echt\s+)?(?P<w>{_WANNEER})"
                        rf"|\bkrijg\s+ik\s+(?:pas\s+|eerst\s+)?(?:mijn\s+)?aow\s+(?P<w3>{_WANNEER})")


# "mijn moeder wordt volgende maand 67", "mijn vader wordt in maart 67": a relative (not a partner) who reaches the AOW
# age on a later day (session 19).
_FAMILIE_WORDT_LATER = re.compile(
    rf"\b(?:mijn|m'n|mn|onze)\s+(?:moeder|vader|ma|pa|oma|opa|tante|oom|schoonmoeder|schoonvader|broer|zus|buurvrouw"
    rf"|buurman|cli[eë]nte?)\b[^.?!]{{0,40}}?\bwordt\s+(?:pas\s+)?(?P<w>{_WANNEER})\s+(?P<a>\d{{2}})\b")


# "mijn vader wordt volgend jaar 67", "mijn moeder wordt in 2027 67": the same, in a later year without its month
# (session 20); the answer names the year.
_FAMILIE_WORDT_JAAR = re.compile(
    _FAMILIE_WORDT_LATER.pattern.split(r"\bwordt")[0] + r"\bwordt\s+(?:pas\s+)?(?:(?:volgend|komend)\s+jaar|in\s+(?P<jaar>20\d\d))"
    r"\s+(?P<a>\d{2})\b")


def familielid_aow_later(text: str, peildatum: date) -> Antwoord | None:
    """'mijn moeder wordt volgende maand 67 en zit in de bijstand, moet ze iets regelen': a relative who reaches
    knowledge/'s AOW age on a later day: yes, the AIO at the SVB in time; the gemeente's bijstand stops then."""
    m = _FAMILIE_WORDT_LATER.search(text.lower())
    if m is None and (j := _FAMILIE_WORDT_JAAR.search(text.lower())) is not None and \
            familielid_alleen(text, peildatum) is None:
        jaar = int(j["jaar"]) if j["jaar"] else peildatum.year + 1
        if jaar > peildatum.year and int(j["a"]) == _aow_leeftijd(date(jaar, 1, 1)):
            return Antwoord("utter_aow_aio_familie_later", {"aow_datum": str(jaar)})
    if m is None or familielid_alleen(text, peildatum) is not None:
        return None  # (the money asked, "stopt dat dan": the relative's own norm and the AIO, familielid_alleen)
    dag = _wanneer_dag(m["w"], peildatum)
    if dag is None or dag <= peildatum.replace(day=1) or int(m["a"]) != _aow_leeftijd(dag):
        return None
    return Antwoord("utter_aow_aio_familie_later", {"aow_datum": f"{maand(dag)} {dag.year}"})


def _wanneer_dag(woorden: str, peildatum: date) -> date | None:
    """The first day of the month a phrase of _WANNEER names, from peildatum on."""
    m = re.search(r"over\s+(\S+)\s+maand", woorden)
    if m is not None:
        n = int(m[1]) if m[1].isdigit() else int(parse._woordgetal(m[1]) or 0)
        jaar, maand_nr = divmod(peildatum.month - 1 + n, 12)
        return date(peildatum.year + jaar, maand_nr + 1, 1) if n else None
    return parse.datum(woorden, peildatum, richting="toekomst")


def aow_later(text: str, peildatum: date) -> tuple[int | None, date] | None:
    """Someone who reaches the AOW age on a later day the message names ('ik word in maart 67', 'mijn aow begint pas
    in juli'): their age today (None when not said) and the first day of that month. Past the AOW age, or a day that
    is not later: None."""
    lowered = text.lower()
    grens = _aow_leeftijd(peildatum)
    if grens is None:
        return None
    m = _WORD_LATER.search(lowered)
    if m is not None:
        dag = _wanneer_dag(m["w1"] or m["w2"], peildatum)
        wordt = int(m["a"] or m["b"])
        if dag is None or dag <= peildatum.replace(day=1) or wordt != _aow_leeftijd(dag):
            return None
        return wordt - 1, dag
    m = _AOW_LATER.search(lowered)
    if m is None or (dag := _wanneer_dag(m["w"] or m["w3"], peildatum)) is None or dag <= peildatum.replace(day=1):
        return None
    leeftijd = eigen_leeftijd(text)
    if leeftijd is not None and leeftijd >= grens:
        return None
    return leeftijd, dag


def leeftijd_nu(text: str, peildatum: date) -> int | None:
    """The person's age today: 'ik word in maart 67' is 66 now (the forms' leeftijd, and what is kept of it)."""
    later = aow_later(text, peildatum)
    return later[0] if later is not None and later[0] is not None else eigen_leeftijd(text)


# "ik word in maart 67, moet ik daarna nog solliciteren", "en als ik eenmaal 67 ben?": the time after the AOW starts
# is asked, not today.
NA_DE_AOW = re.compile(r"\bdaarna\b|\bna\s+(?:mijn|m'n|mn|die|de|deze|dat)\s+(?:verjaardag|aow\w*|datum|tijd|moment)\b"
                       r"|\bvanaf\s+(?:dan|dat\s+moment|die\s+(?:datum|dag|maand)|mijn\s+(?:verjaardag|aow))\b"
                       r"|\bals\s+ik\s+(?:eenmaal\s+|straks\s+)?(?:\d{2}\s+(?:ben|word)|aow\s+(?:heb|krijg))\b|\bzodra\b"
                       r"|\bna\s+die\s+tijd\b|\bdan\s+nog\b")


_BIJNA = re.compile(r"(?:\b(?:i?k\s+ben|ben\s+ik|i?k\s+word|word\s+ik)|^\s*ben)\s+(?:nu\s+|al\s+)?bijna\s+(?P<a>\d{2})\b(?!\s*(?:euro|%))")


def aow(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Age against the AOW age: from then on no plichten and no bijstand, but the AIO of the SVB."""
    if (later := aow_later(text, peildatum)) is not None:
        # "ik word in maart 67, moet ik nog solliciteren": under the AOW age today, till the month named.
        leeftijd, dag = later
        if intent != "aow_aio" and leeftijd is not None and not NA_DE_AOW.search(text.lower()):
            grens = _aow_leeftijd(peildatum)
            return Antwoord(f"utter_{intent}_jonger", {"leeftijd": str(leeftijd), "jaren_tot_aow": str(grens - leeftijd)})
        return Antwoord("utter_aow_aio_later", {"aow_datum": f"{maand(dag)} {dag.year}"})
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if (bijna := _BIJNA.search(text.lower())) is not None:
        leeftijd = int(bijna["a"]) - 1  # "ik ben bijna 67": not yet 67, so under the AOW age today
    if leeftijd is None and grens is not None:
        return aow_volgend_jaar(text, peildatum)
    if leeftijd is None or grens is None:
        return None
    if leeftijd >= grens:
        return Antwoord(f"utter_{intent}_ouder", {"leeftijd": str(leeftijd)})
    return Antwoord(f"utter_{intent}_jonger", {"leeftijd": str(leeftijd), "jaren_tot_aow": str(grens - leeftijd)})


def aow_aio(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """AIO: "ik ben 70 en heb aio, mag ik 4 maanden naar Marokko" asks about time abroad; "mijn man is 68
    en ik ben 60" about the partner past the AOW age."""
    # ("ik ben 66 en 5 maanden" is an age, no trip)
    zonder_leeftijd = _AOW_LATER.sub(" ", _WORD_LATER.sub(" ", _LEEFTIJD_IN_MAANDEN.sub(" ", text.lower())))
    if parse.duur(zonder_leeftijd) is not None or eerdere_reizen(text, peildatum):
        return buitenland(text, peildatum, "buitenland")
    return aio_wat_is(text, peildatum) or aow_wanneer(text, peildatum) or aow_geboortejaar(text, peildatum) \
        or aio_aanvulling(text, peildatum) or aio_hoeveel(text, peildatum) or aio_hoeveel_leefsituatie_open(text, peildatum) \
        or aio_norm_algemeen(text, peildatum) or partner_aow(text, peildatum, intent) or partner_jonger(text, peildatum) \
        or norm_voor_de_aow(text, peildatum) or aow(text, peildatum, intent)


# "aow", "aio", "pensioen", "svb": the message speaks of the AOW itself.
_AOW_WOORD = re.compile(r"\baow\w*|\baio\b|pensioen|\bsvb\b|aanvullende\s+inkomensvoorziening")
_AIO_WOORD = re.compile(r"\baio\b|pensioen|\bsvb\b|aanvullende\s+inkomensvoorziening|\bstraks\b|\blater\b")


def norm_voor_de_aow(text: str, peildatum: date) -> Antwoord | None:
    """An own age under the AOW age read as the AOW topic: the amount asked ('66 alleen geen aow bedrag?'), or a young
    person who names no AOW at all ('waarom krijg ik maar 350 euro ik ben 19'): the person's own norm from knowledge/
    (feiten_uit_bericht.norm.bijstandsnorm), not the years until the AOW age."""
    from actions.feiten_uit_bericht.norm import bijstandsnorm  # (norm.py reads this module)
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    if leeftijd is None or grens is None or volwassen is None or leeftijd >= grens:
        return None
    lowered = text.lower()
    if not (BEDRAG_GEVRAAGD.search(lowered) and not _AIO_WOORD.search(lowered)
            or leeftijd < volwassen and not _AOW_WOORD.search(lowered)):
        return None  # ("ik ben 60, hoeveel aio krijg ik straks" asks the AIO)
    return bijstandsnorm(text, peildatum, "bereken_norm")


_LEEFTIJD_IN_MAANDEN = re.compile(r"\b\d{2}\s+(?:jaar\s+)?en\s+(?:\d{1,2}|" + "|".join(_GETAL_WOORD)
                                  + r"|een\s+half)\s+maand(?:en)?\b")


# "wat is aio", "wat betekent AIO": what the AIO is, asked as such.
_WAT_IS_AIO = re.compile(r"\bwat\s+(?:is|zijn|betekent|betekend|houdt)\s+(?:dat\s+|die\s+|de\s+|een\s+)?(?:aio|aanvullende"
                         r"\s+inkomensvoorziening)\b|\baio\b[^.?!]{0,25}\b(?:betekent|betekenis|inhoud|uitleg|wat\s+is\s+dat)\b"
                         r"|^\s*(?:aio|wat\s+is\s+aio)\s*\??\s*$")


def aio_wat_is(text: str, peildatum: date) -> Antwoord | None:
    """'wat is aio': the AIO is a top-up (aanvulling) of the SVB to the bijstand level from the AOW age."""
    return Antwoord("utter_aow_aio_wat_is", {}) if _WAT_IS_AIO.search(text.lower()) else None


# "mijn moeder is geboren in juni 1961, wanneer krijgt zij aow": a birth date with at least its month.
_GEBOREN = re.compile(r"\bgeboren\b|\bgeboortedatum\b|\bgeb\.|\bgeboortemaand\b")
_MET_MAAND = re.compile(r"\b(?:" + "|".join(sorted(parse._MAANDEN, key=len, reverse=True)) + r")\b\.?\s+(?:19|20)\d{2}\b"
                        r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b")


# "ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?", "met aio, waar meld ik een nieuwe
# huisgenoot": with the AIO, changes go to the SVB (session 21, afstemmen_s21; read as inlichtingenplicht it got the
# gemeente's duty to report).
_AIO_WOORD = re.compile(r"\baio\b|\baanvullende\s+inkomensvoorziening\b")
_MELDEN_WOORD = re.compile(r"\bdoorgeven\b|\bdoor\s*geven\b|\bgeef\b[^.?!]{0,30}\bdoor\b|\bmelden\b|\bmeld\b|\bopgeven\b"
                           r"|\bveranderingen\b|\bwijzigingen\b|\binlichtingenplicht\b|\bwaar\s+(?:moet\s+ik\s+)?(?:dat|het)\b")


def aio_melden(text: str, peildatum: date) -> Antwoord | None:
    """Changes with the AIO are reported to the SVB (art. 47a): for a message that names the AIO and reporting."""
    lowered = text.lower()
    return Antwoord("utter_aow_aio_melden", {}) if _AIO_WOORD.search(lowered) and _MELDEN_WOORD.search(lowered) \
        else None


def aow_wanneer(text: str, peildatum: date) -> Antwoord | None:
    """'geboren in juni 1961, wanneer krijg ik aow': the month the AOW age is reached, from knowledge/'s AOW ages
    (the month is the same whatever the day of birth). Only the year, or a year knowledge/ does not know: None."""
    lowered = text.lower()
    if not _GEBOREN.search(lowered) or not _MET_MAAND.search(lowered):
        return None
    geboren = parse.datum(_MET_MAAND.search(lowered)[0], peildatum, richting="verleden")  # a birth: past
    dag = aow_datum(geboren) if geboren is not None else None
    if dag is None:
        return None
    jaren, extra = divmod((dag.year - geboren.year) * 12 + dag.month - geboren.month, 12)
    return Antwoord("utter_aow_aio_datum", {"aow_datum": f"{maand(dag)} {dag.year}",
                                            "geboren_maand": f"{maand(geboren)} {geboren.year}",
                                            "aow_leeftijd_tekst": _leeftijd_tekst(jaren, extra)})


def _leeftijd_tekst(jaren: int, maanden: int) -> str:
    """'67 jaar' or '67 jaar en 3 maanden', in English '67 years (and 3 months)': an AOW age said in words."""
    if huidige_variant() == "en":
        return f"{jaren} years" + (f" and {maanden} month{'s' if maanden > 1 else ''}" if maanden else "")
    return f"{jaren} jaar" + (f" en {maanden} maand{'en' if maanden > 1 else ''}" if maanden else "")


# "mijn moeder is 69", "mijn vader van 70": the age of the person the question is about.
_FAMILIE_LEEFTIJD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:moeder|vader|ma|pa|mam|pap|oma|opa|tante|oom|schoonmoeder"
                               # "mijn moeder is 71", "namens mijn moeder, ze is 71", "mijn vader (70)"
                               r"|schoonvader|buurvrouw|buurman)\s*(?:,\s*(?:ze|zij|hij)\s+is\s+|is\s+|van\s+|wordt\s+(?:in\s+\w+\s+|volgende\s+\w+\s+"
                               r"|binnenkort\s+|bijna\s+)?)?\(?(?P<jaren>\d{2,3})\b"
                               r"(?!\s*(?:euro|%|weken|dagen|maanden))")
_WOONT_ALLEEN = re.compile(r"\b(?:woont|woon)\s+(?:helemaal\s+|nu\s+)?alleen\b|\balleenstaand|\bin\s+(?:haar|zijn|mijn)"
                           r"\s+eentje\b|\bweduwe|\bweduwnaar")
_AANVULLING_GEVRAAGD = re.compile(r"\biets\s+(?:er)?bij\b|\berbij\b|\baanvul\w*|\bbij\s*krijgen\b|\bextra\b"
                                  r"|\bhoeveel\b|\brecht\s+op\b")


def aio_aanvulling(text: str, peildatum: date) -> Antwoord | None:
    """'mijn moeder is 69 en woont alleen, ze heeft een halve aow van 800 netto, kan ze er iets bij krijgen': past the
    AOW age, on their own, with an AOW below the AIO level: the SVB tops up to knowledge/'s norm, about the
    difference. The person's own age or a parent's; someone living with others: None (the norm differs)."""
    lowered = text.lower()
    m = _FAMILIE_LEEFTIJD.search(lowered)
    leeftijd, grens = (int(m["jaren"]) if m else eigen_leeftijd(text)), _aow_leeftijd(peildatum)
    if leeftijd is None or grens is None or leeftijd < grens or "aow" not in lowered \
            or not _WOONT_ALLEEN.search(lowered) or not _AANVULLING_GEVRAAGD.search(lowered):
        return None
    bedrag = parse.bedrag(text)
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande")
    if bedrag is None or bedrag.periode not in (None, "maand") or uit is None:
        return None
    norm = Decimal(str(uit["norm"]))
    if not 0 < bedrag.euro < norm:
        return None
    return Antwoord("utter_aow_aio_aanvulling", {"norm_eigen": _norm_tekst(uit), "aow_bedrag": euro(bedrag.euro),
                                                 "aio_aanvulling": euro(norm - bedrag.euro)})


def aio_hoeveel(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 70 en woon alleen, hoeveel aio krijg ik': past the AOW age, on their own, the level the SVB tops
    up to, from knowledge/'s bijstandsnorm (the SVB's norm); with housemates of the kostendeler age ('ik ben 67 en
    woon met mijn zoon van 40') the AIO with the kostendelersnorm; as a couple ('ik ben 70 en mijn vrouw 69') the
    AIO levels."""
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is None or grens is None or leeftijd < grens or not BEDRAG_GEVRAAGD.search(text.lower()):
        return None
    huisgenoten = parse.medebewoners(text) or []
    if any(m.relatie == "partner" for m in huisgenoten) or parse.leefsituatie(text) == "gehuwden":
        return Antwoord("utter_aow_aio_norm", {})  # the couple's level is in it; the form computes the rest
    if huisgenoten:
        return aio_kostendelers(huisgenoten, leeftijd, peildatum)
    if parse.leefsituatie(text) != "alleenstaande":
        return None  # how the person lives is not said: the form asks
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande")
    if uit is None:
        return None
    return Antwoord("utter_aow_aio_hoeveel", {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)})


def aio_hoeveel_leefsituatie_open(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 70 en heb aio, hoeveel krijg ik' read as the AOW topic: past the AOW age, the amount asked, how the person
    lives not said: the AIO levels (alone and as a couple) first, not only that the duties stop."""
    leeftijd, grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is None or grens is None or leeftijd < grens or not BEDRAG_GEVRAAGD.search(text.lower()) or \
            _PLICHT_WOORD.search(text.lower()):
        return None
    return Antwoord("utter_aow_aio_norm", {})


_PLICHT_WOORD = re.compile(r"plicht|sollicit|werk\s+zoeken|\bwerken\b")


def aio_kostendelers(huisgenoten: list, leeftijd: int, peildatum: date) -> Antwoord | None:
    """The AIO with housemates who all have an age and may count for the kostendelersnorm (knowledge/ decides)."""
    if any(m.leeftijd is None or m.relatie not in ("kind", "ouder", "anders") for m in huisgenoten):
        return None
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie=knowledge.ONBEKEND,
                         medebewoners=[{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten])
    if uit is None or not uit.get("kostendelersnorm_toegepast"):
        return None
    return Antwoord("utter_aow_aio_norm_kostendeler", {
        "norm_eigen": _norm_tekst(uit), "kostendelers_personen": str(uit["kostendelers"] + 1),
        "huisgenoot_leeftijd": str(max(m.leeftijd for m in huisgenoten))})


# "hoeveel krijgt een alleenstaande boven de aow leeftijd", "hoe hoog is bijstand als je al aow leeftijd hebt": the AIO
# levels, asked in general.
_BOVEN_AOW = re.compile(r"\b(?:boven|na|vanaf|voorbij|met|op|over)\s+(?:de\s+)?aow[\s-]?leeftijd\b|\baow[\s-]?gerechtigd"
                        r"|\baow[\s-]?leeftijd\s+(?:\w+\s+)?(?:hebt|heeft|heb|hebben|bereikt|gehaald|bent|is)\b"
                        r"|\bgepensioneerd\w*|\baio\b")
# "wat wordt mijn aio", "wat krijg ik", "welk bedrag": the amount is the question.
BEDRAG_GEVRAAGD = re.compile(_HOEVEEL.pattern + r"|\bwat\s+(?:wordt|word|is|krijg)\s+(?:ik\s+)?(?:dan\s+|nu\s+)?"
                             r"(?:mijn|m'n|mn|de|onze)\s+(?:aio|(?:bijstands)?norm|uitkering|bijstand)\b|\bwat\s+krijg\w*\s+(?:ik|we|wij|je|jij|u)\b"
                             r"|\bbedrag\b"
                             # "norm op aow leeftijd?", "normen bij de aow-leeftijd": the norm asked is an amount (s17)
                             r"|\b(?:bijstands)?norm(?:en)?\s+(?:op|bij|voor|vanaf|na|met|boven)\b"
                             # "wat is de bijstandsnorm als je de aow leeftijd hebt" (session 20)
                             r"|\b(?:bijstands)?norm(?:en)?\s+(?:als|wanneer|zodra)\s+(?:je|u|jij|ik|iemand|men)\b"
                             r"|\bwelke\s+(?:bijstands)?norm\b")


# "als je ouder bent dan 67", "boven de 70", "vanaf je 67e": an age in general, without a person ("ouder dan" and
# "boven" mean a year more); whether it is the AOW age, knowledge/ says.
_ALGEMENE_LEEFTIJD = re.compile(r"\b(?:(?P<boven>ouder\s+(?:bent\s+|is\s+|wordt\s+)?dan|boven\s+de)|vanaf\s+(?:je|jouw|uw)?|na\s+(?:je|jouw|uw))"
                                r"\s*(?P<n>\d{2})(?:e|ste)?\b(?!\s*(?:euro|%|uur|weken|dagen|maanden))")


def _algemeen_voorbij_aow(lowered: str, peildatum: date) -> bool:
    grens = _aow_leeftijd(peildatum)
    return grens is not None and any(int(m["n"]) + (1 if m["boven"] else 0) >= grens
                                     for m in _ALGEMENE_LEEFTIJD.finditer(lowered))


def aio_norm_algemeen(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if eigen_leeftijd(text) is None and (_BOVEN_AOW.search(lowered) or _ander_voorbij_aow(lowered, peildatum)
                                         or _algemeen_voorbij_aow(lowered, peildatum)) and \
            BEDRAG_GEVRAAGD.search(lowered):
        return Antwoord("utter_aow_aio_norm", {})
    return None


# "mijn vader is 70, moeder 64, hoeveel moeten ze samen hebben", "ik help een mevrouw van 68 met een halve aow": someone
# else's age (not the writer's, not a partner's: they have rules of their own), named after a word for that person.
_ANDER_LEEFTIJD = re.compile(r"\b(?:vader|moeder|pa|ma|opa|oma|schoonvader|schoonmoeder|oom|tante|buurman|buurvrouw"
                             r"|mevrouw|meneer|dame|heer|lady|woman|gentleman|client|cli[eë]nt|father|mother)\s+"
                             r"(?:is\s+|was\s+|van\s+|of\s+|\(\s*)?(?P<n>\d{2})\b(?!\s*(?:euro|%|jaar\s+geleden))")


def _ander_voorbij_aow(lowered: str, peildatum: date) -> bool:
    """Someone the message is written for is at or past the AOW age (the AIO levels answer the amount asked)."""
    grens = _aow_leeftijd(peildatum)
    return grens is not None and not _EIGEN_BEDRAG.search(lowered) and \
        any(int(m["n"]) >= grens for m in _ANDER_LEEFTIJD.finditer(lowered))


# "mijn vader (70) woont bij mij, hoeveel krijg ik nog": the writer's own bijstand beside that person (a kostendeler).
_EIGEN_BEDRAG = re.compile(r"\b(?:krijg|heb|hou|houd)\s+ik\b|\bik\s+(?:krijg|heb|hou|houd)\b|\b(?:mijn|m'n|mn)\s+(?:bijstand|uitkering)\b"
                           r"|\bwoo?n\w*\s+(?:\w+\s+)?(?:bij\s+(?:mij|ons)|met\s+(?:mij|ons))\b|\bbij\s+(?:mij|ons)\s+(?:in\s+huis\s+)?woo?n")


# "mijn man is 68", "mijn vrouw heeft aow": the partner's age or AOW.
# ("mijn man is net 67 geworden": "net", "al", "pas" before the age too)
_PARTNER_LEEFTIJD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:partner|man|vrouw|echtgeno\w*)\s+(?:is|wordt|van)\s+"
                               r"(?:net\s+|al\s+|pas\s+|sinds\s+kort\s+)?(?P<jaren>\d{2,3})\b")
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


# "moet hij nog solliciteren", "heeft mijn vrouw nog plichten": the duties asked (for the partner).
_PLICHTEN_PARTNER = re.compile(r"plicht|sollicit|werk\w*\s+zoeken|zoek\w*\s+(?:naar\s+)?werk|\bwerken\b|re-?integr")


def partner_jonger(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 68, mijn man is 64, moet hij nog solliciteren': the person is past the AOW age, the partner is not.
    The couple gets the AIO of the SVB; the younger partner keeps the duties until the AOW age. Only when the
    duties are asked; the person's own age must be past knowledge/'s AOW age."""
    lowered = (text or "").lower()
    grens, leeftijd = _aow_leeftijd(peildatum), eigen_leeftijd(text)
    m = _PARTNER_LEEFTIJD.search(lowered)
    if grens is None or leeftijd is None or m is None or leeftijd < grens or not _PLICHTEN_PARTNER.search(lowered):
        return None
    if not 18 <= int(m["jaren"]) < grens:
        return None
    return Antwoord("utter_aow_aio_partner_jonger", {"leeftijd": str(leeftijd)})


def opname_aio(text: str, peildatum: date) -> Antwoord | None:
    """An admission of someone past the AOW age ('mijn moeder van 80 met aio'): the SVB, not the gemeente."""
    lowered, grens = text.lower(), _aow_leeftijd(peildatum)
    leeftijden = [m.leeftijd for m in parse.medebewoners(text) or [] if m.leeftijd is not None]
    eigen = eigen_leeftijd(text)
    ouder = grens is not None and any(j >= grens for j in [*leeftijden, *([eigen] if eigen is not None else [])])
    return Antwoord("utter_opname_aio", {}) if _HEEFT_AOW.search(lowered) or "aio" in lowered or ouder else None


# "mijn moeder van 80 met aio gaat naar een verpleeghuis" read as the AIO: an admission, the SVB's answer for it.
_OPGENOMEN = re.compile(r"verpleeghuis|verzorgingshuis|opgenomen|\bopname\b|\binstelling\b|\btehuis\b|zorginstelling")


def opname_met_aio(text: str, peildatum: date) -> Antwoord | None:
    return opname_aio(text, peildatum) if _OPGENOMEN.search(text.lower()) else None


# "Ik help mijn vader (66) met zijn post. Hij woont alleen en heeft bijstand. Wat krijgt hij nu per maand?": written
# for a parent who lives on their own, the parent's own norm, not a housemate of the writer. A parent who lives with
# the writer ("mijn moeder van 70 woont bij mij") is a housemate: None.
_BIJ_DE_SCHRIJVER = re.compile(r"\bbij\s+(?:mij|me|ons)\b|\bin\s+(?:mijn|ons)\s+huis\b|\binwon\w*|\bmet\s+(?:mij|ons)\b"
                               r"|\bwonen\s+samen\b|\bwoont\s+(?:nog\s+)?thuis\b")
_HEEFT_BIJSTAND = re.compile(r"\b(?:heeft|krijgt|zit\s+in\s+de|ontvangt)\s+(?:\w+\s+)?(?:bijstand|uitkering)\b")
_GELD_GEVRAAGD = re.compile(r"\bhoeveel\b|\bwat\s+krijgt\b|\bper\s+maand\b|\bbedrag\b|\bhoe\s+hoog\b|\bverandert\b"
                            r"|\bminder\b|\bmeer\b|\baio\b"
                            # "houdt dat op", "stopt de bijstand dan": whether the bijstand ends at that age
                            r"|\bhoudt\s+(?:dat|het|die|de\s+bijstand|haar\s+bijstand|zijn\s+bijstand)\s+op\b|\bstopt\b"
                            r"|\bwat\s+(?:gebeurt|verandert)\b")


# "ik (36) ben bij hem ingetrokken", "ik woon nu bij mijn vader", "ik ben bij haar gaan wonen": the writer lives in the
# relative's home (not the relative in the writer's: _BIJ_DE_SCHRIJVER).
_SCHRIJVER_BIJ_FAMILIE = re.compile(r"\b(?:ingetrokken|intrekken|trek|ga\s+wonen|gaan\s+wonen|woon|kom\s+wonen)\b[^.?!]{0,25}?"
                                    r"\bbij\s+(?:hem|haar|mijn\s+(?:vader|moeder|pa|ma|opa|oma))\b"
                                    r"|\bbij\s+(?:hem|haar|mijn\s+(?:vader|moeder|pa|ma|opa|oma))\s+(?:\w+\s+){0,2}?"
                                    r"(?:ingetrokken|intrekken|in\s*getrokken|gaan\s+wonen|komen\s+wonen|wonen)\b")
# "wat wordt zijn bedrag", "hoeveel krijgt hij", "haar aio": the relative's money asked, not the writer's
_ZIJN_GELD = re.compile(r"\b(?:zijn|haar|z'n)\s+(?:bedrag|aio|uitkering|bijstand|inkomen)\b"
                        r"|\b(?:krijgt|houdt)\s+(?:hij|zij|ze)\b|\b(?:hij|zij|ze)\s+(?:krijgt|houdt)\b")


def familielid_met_inwoner(text: str, peildatum: date) -> Antwoord | None:
    """'mijn vader is 70 en krijgt aio. ik (36) ben bij hem ingetrokken. wat wordt zijn bedrag nu?': the relative's
    own AIO with the writer as a kostendeler in that home (knowledge/: the relative's age, the writer's age as a
    medebewoner), from the AOW age only (the SVB pays and decides)."""
    lowered = text.lower()
    m, grens, eigen = _FAMILIE_LEEFTIJD.search(lowered), _aow_leeftijd(peildatum), eigen_leeftijd(text)
    if m is None or grens is None or eigen is None or int(m["jaren"]) < grens or \
            not _SCHRIJVER_BIJ_FAMILIE.search(lowered) or not _ZIJN_GELD.search(lowered):
        return None
    uit = _bijstandsnorm(peildatum, leeftijd=int(m["jaren"]), leefsituatie="alleenstaande",
                         medebewoners=[{"leeftijd": eigen, "relatie": "kind"}])
    if uit is None or uit.get("uitvoerder") != "svb":
        return None
    response = "utter_aow_aio_familie_kostendeler" if uit.get("kostendelersnorm_toegepast") else \
        "utter_aow_aio_familie_geen_kostendeler"
    return Antwoord(response, {"leeftijd": str(int(m["jaren"])), "kind_leeftijd": str(eigen),
                               "norm_eigen": _norm_tekst(uit)})


# "mijn vader is 70 ... en mijn broer van 35 woont bij hem", "bij haar is mijn zoon (30) ingetrokken": another relative
# of an age who lives in the relative's home (session 21, afstemmen_s21: the writer's brother, read as nobody).
_HUISGENOOT_WOORD = r"(?:broer|zus|zoon|dochter|kleinzoon|kleindochter|neef|nicht|oom|tante|vriend|vriendin|kind|broertje|zusje)"
_ANDER_BIJ_FAMILIE = re.compile(
    r"\b(?:mijn|m'n|mn|haar|zijn|z'n)\s+(?:\w+\s+)?" + _HUISGENOOT_WOORD + r"\s*(?:\(|van\s+|is\s+|,\s*)?(?P<jaren>\d{2})\)?"
    r"(?:\s+jaar)?\b[^.?!]{0,30}?\b(?:woont|wonen|woonde|is\s+(?:\w+\s+)?(?:ingetrokken|in\s*getrokken|komen\s+wonen"
    r"|gaan\s+wonen)|trekt|trok)\b[^.?!]{0,25}?\bbij\s+(?:hem|haar|mijn\s+(?:vader|moeder|pa|ma|opa|oma))\b"
    r"|\bbij\s+(?:hem|haar)\s+(?:woont|wonen|is)\s+(?:\w+\s+){0,2}?(?:mijn|m'n|mn|haar|zijn)\s+(?:\w+\s+)?"
    + _HUISGENOOT_WOORD + r"\s*(?:\(|van\s+)?(?P<jaren2>\d{2})\b"
    # "mijn zus van 40 is bij haar ingetrokken"
    r"|\b(?:mijn|m'n|mn|haar|zijn|z'n)\s+(?:\w+\s+)?" + _HUISGENOOT_WOORD + r"\s*(?:\(|van\s+|,\s*)?(?P<jaren3>\d{2})\)?"
    r"(?:\s+jaar)?\s+(?:is|gaat|komt)\s+(?:nu\s+|sinds\s+kort\s+)?bij\s+(?:hem|haar)\s+(?:\w+\s+)?"
    r"(?:ingetrokken|in\s*getrokken|wonen|inwonen)\b")
_AANVULLING_OF_GELD = re.compile(r"\baanvul\w*|\bkrijgt\b|\bhoeveel\b|\bbedrag\b|\baio\b")


def familielid_met_huisgenoot(text: str, peildatum: date) -> Antwoord | None:
    """'mijn vader is 70, heeft weinig aow en mijn broer van 35 woont bij hem. hoeveel aanvulling krijgt mijn vader
    dan?': the relative's own AIO (knowledge/: the relative's age, the other relative as a medebewoner of that age),
    from the AOW age only (the SVB pays and decides); the housemate of 27 or older makes it the kostendelersnorm."""
    lowered = text.lower()
    m, ander, grens = _FAMILIE_LEEFTIJD.search(lowered), _ANDER_BIJ_FAMILIE.search(lowered), _aow_leeftijd(peildatum)
    if m is None or ander is None or grens is None or int(m["jaren"]) < grens or not _AANVULLING_OF_GELD.search(lowered):
        return None
    huisgenoot = int(ander["jaren"] or ander["jaren2"] or ander["jaren3"])
    uit = _bijstandsnorm(peildatum, leeftijd=int(m["jaren"]), leefsituatie="alleenstaande",
                         medebewoners=[{"leeftijd": huisgenoot, "relatie": "kind"}])
    if uit is None or uit.get("uitvoerder") != "svb" or not uit.get("kostendelersnorm_toegepast"):
        return None
    return Antwoord("utter_aow_aio_familie_huisgenoot", {
        "leeftijd": str(int(m["jaren"])), "huisgenoot_leeftijd": str(huisgenoot), "norm_eigen": _norm_tekst(uit),
        "kostendelers_personen": str(uit["kostendelers"] + 1)})


# "mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat": a relative past the AOW age who works (session 20's
# leftover; the age was read as a wage of EUR 68 and the answer was the gemeente's).
_WERK_WOORD = re.compile(r"\b(?:werk|werkt|werken|bezorg\w*|bijverdien\w*|verdien\w*|bijbaan\w*|baan(?:tje)?|klus\w*"
                         r"|schoonma\w*|oppas\w*|loon)\b")
_MAG_OF_HOEVEEL = re.compile(r"\bmag\b|\bmogen\b|\bmoet\b|\bkan\b|\bhoeveel\b|\bhouden\b|\bhoudt\b|\bgevolgen\b|\btelt\b")


def familielid_aio_werk(text: str, peildatum: date) -> Antwoord | None:
    """A relative of a stated age past the AOW age (or with the AIO) who works or wants to, and whether that may or
    what it does: yes, it may; the wage goes to the SVB, which deducts it from the AIO and decides (art. 47a)."""
    lowered = text.lower()
    m, grens = _FAMILIE_LEEFTIJD.search(lowered), _aow_leeftijd(peildatum)
    if m is None or grens is None or int(m["jaren"]) < grens or not _WERK_WOORD.search(lowered[m.end():]) \
            or not _MAG_OF_HOEVEEL.search(lowered):
        return None
    return Antwoord("utter_aow_aio_familie_werk", {"leeftijd": str(int(m["jaren"]))})


def familielid_alleen(text: str, peildatum: date) -> Antwoord | None:
    """A parent (or other relative) of a stated age who lives alone or has bijstand, and a question about the
    money: the bijstandsnorm for someone on their own of that age (knowledge/), and from the AOW age the AIO of
    the SVB. Past the AOW age: the AIO level. Living with the writer, or a message without the question: None.
    The writer moved in with a relative past the AOW age: that relative's AIO with the writer (familielid_met_inwoner)."""
    if (inwoner := familielid_met_inwoner(text, peildatum)) is not None:
        return inwoner
    if (huisgenoot := familielid_met_huisgenoot(text, peildatum)) is not None:
        return huisgenoot
    lowered = text.lower()
    m = _FAMILIE_LEEFTIJD.search(lowered)
    grens = _aow_leeftijd(peildatum)
    if m is None or grens is None or _BIJ_DE_SCHRIJVER.search(lowered) or not _GELD_GEVRAAGD.search(lowered):
        return None
    if not (_WOONT_ALLEEN.search(lowered) or _HEEFT_BIJSTAND.search(lowered)):
        return None
    leeftijd = int(m["jaren"])
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande")
    if uit is None:
        return None
    response = "utter_aow_aio_familie_ouder" if leeftijd >= grens else "utter_aow_aio_familie_jonger"
    return Antwoord(response, {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)})


# "Ik ben geboren in 1961, wanneer krijg ik AOW": only the year of birth. The AOW age itself (in years and months)
# is the same for every month of such a year when knowledge/ says so; the month it is reached then follows.
# ("geb. 1960", "geb 1961", "geboorte jaar 1959", "jaargang 1960", "bouwjaar 1960": the forms of a year of birth)
_GEBOORTEJAAR = re.compile(r"\b(?:geboren|geb\.?)\s*(?:in\s+|:\s*)?(?P<jaar>(?:19|20)\d{2})\b"
                           r"|\b(?:geboorte\s*jaar|jaargang|bouwjaar)\s*(?:is\s+|:\s*)?(?P<jaar2>(?:19|20)\d{2})\b"
                           r"|\b(?:van|uit)\s+(?:het\s+jaar\s+)?(?P<jaar3>19[3-7]\d)\b")
_AOW_GEVRAAGD = re.compile(r"\baow\b|\baio\b|\bpensioen")


def aow_geboortejaar(text: str, peildatum: date) -> Antwoord | None:
    """'geboren in 1961, wanneer krijg ik aow': the AOW age of that year of birth in years and months, from
    knowledge/'s AOW ages, when every month of the year it knows gives the same; a birth month given: aow_wanneer's answer."""
    lowered = text.lower()
    m = _GEBOORTEJAAR.search(lowered)
    if m is None or not _AOW_GEVRAAGD.search(lowered) or _MET_MAAND.search(lowered):
        return None
    jaar = int(m["jaar"] or m["jaar2"] or m["jaar3"])
    leeftijden = set()
    for maand_nr in range(1, 13):
        geboren = date(jaar, maand_nr, 1)
        dag = aow_datum(geboren)
        if dag is None:
            continue  # a month whose AOW day lies past the years knowledge/ knows: the months it knows decide
        leeftijden.add((dag.year - geboren.year) * 12 + dag.month - geboren.month)
    if len(leeftijden) != 1:
        return None
    maanden = leeftijden.pop()
    jaren, extra = divmod(maanden, 12)
    # ("geb. 1960 wanneer aow": whole years of AOW age fall in one calendar year, the year it starts is named)
    if extra:  # (the calendar year then depends on the month of birth)
        return Antwoord("utter_aow_aio_geboortejaar",
                        {"geboren_jaar": str(jaar), "aow_jaren": str(jaren), "aow_maanden": str(extra)})
    return Antwoord("utter_aow_aio_geboortejaar_hele_jaren",
                    {"geboren_jaar": str(jaar), "aow_jaren": str(jaren), "aow_maanden": str(extra),
                     "aow_jaar": str(jaar + jaren)})
