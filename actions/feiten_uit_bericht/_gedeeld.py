"""What the topics share: the answer's shape (Antwoord), the facts any message may carry (the person's own
age, how they live, an amount of a kind) and knowledge/'s bijstandsnorm."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable

import knowledge
from actions import parse
from knowledge.geld import euro


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
    # "ben 32 jaar alleenstaand, ...": a message that starts without "ik"
    r"|^\s*ben\s+(?P<e>\d{2,3})\b(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer))"
    # "ik woon alleen ben 39", "ik kom uit polen ben 30": "ben" with an age is the writer's own, wherever it stands
    # ("ben je 27", "ben jij" ask; "ben 10 jaar in de bijstand" is a duration)
    r"|(?<![\w-])ben\s+(?P<f>\d{2})\b(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer|jaar\s+(?:in|bij|op|getrouwd|werk"
    r"|zonder|ziek|aan|bezig|met)\b))"
    # "ik 19 mn man 23", "ik 40 jaar krijg 300 per maand": the age right after "ik", in short writing
    r"|\bi?k\s+(?P<o>\d{2})\s*(?:jaar|jr)?(?=\s*(?:,|\.|$|\ben\b|\bmijn\b|\bmn\b|\bm'n\b|\bmet\b|\bkrijg|\bwoon|\bheb\b"
    r"|\bben\b|\balleen))(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer|jaar\s+(?:in|bij|op|getrouwd|werk|zonder|ziek|aan"
    r"|bezig|met)\b))"
    # "op mijn 58e nog solliciteren", "met mijn 61ste": the writer's own age, said as an ordinal
    r"|\b(?:op|met)\s+(?:mijn|m'n|mn)\s+(?P<p>\d{2})(?:e|ste|de)\b"
    # "als je 18 bent", "als u 20 bent": you in general is the person asking
    r"|\bals\s+(?:je|u|jij)\s+(?P<g>\d{2})\s+(?:jaar\s+)?(?:bent|wordt|ben)\b"
    # "mijn cliënt is 29": the person the message is written for
    r"|\b(?:mijn|m'n|mn|onze)\s+cli[eë]nte?\s+(?:is\s+)?\(?\s*(?P<h>\d{2})\b(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer))"
    # "ik (44) en mijn man (47)", "mijn vrouw en ik (allebei 40)", "wij zijn allebei 40": the age beside "ik"/"wij"
    r"|\bik\s*\(\s*(?:allebei\s+|beiden\s+|beide\s+)?(?P<i>\d{2,3})\b"
    r"|\b(?:wij|we)\s+zijn\s+(?:allebei|beiden|beide)\s+(?P<j>\d{2,3})\b(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer))"
    # "mag ik als 23 jarige ...", "als 19-jarige": the person asking
    r"|\bals\s+(?P<k>\d{2})\s*-?\s*jarige?\b"
    # "ben alleenstaande vader 31 jr", "ik ben moeder 38 jaar": the age after what the person is
    r"|\bben\s+(?:een\s+)?(?:alleenstaande\s+)?(?:weduwnaar|weduwe|vader|moeder|man|vrouw)\s+(?P<l>\d{2})\s*(?:jaar|jr)\b"
    # "alleenstaande moeder, 32, dochter van 7": a message that starts with what the person is, then the age
    r"|^\s*(?:alleenstaande?\s+)?(?:weduwnaar|weduwe|vader|moeder|ouder|man|vrouw)\s*,\s*(?P<n>\d{2})\s*(?:,|jaar\b|jr\b)"
    # "alleenstaande vader 41 met 2 kinderen", "ik ben alleenstaande moeder (29)": a parent on their own, then the age
    r"|\balleenstaande?\s+(?:vader|moeder|ouder|mama|papa)\s*[,(]?\s*(?P<m>\d{2})\b"
    r"(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer|kinderen|jaar\s+(?:bijstand|getrouwd|in|bij|op|met\s+bijstand)))"
    # "alleenstaande van 30, hoeveel krijg ik", "ben alleenstaand van 44", "als alleenstaande van 30": the writer on
    # their own, with the age (not "een alleenstaande van 30": someone in general, norm.iemand_van)
    r"|(?:^\s*|\bben\s+|\bals\s+)alleenstaande?\s+van\s+(?P<q>\d{2})\b"
    r"(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer|kinderen|jaar\s+(?:bijstand|getrouwd|in|bij|op)))"
)


# "ben 17 aug vertrokken", "ik ben 3 mei teruggekomen": a day and a month are a date, never an age.
_DAG_EN_MAAND = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(sorted(parse._MAANDEN, key=len, reverse=True)) + r")\b")


# "alleenstaand, 41 jaar.", "52 jaar alleen", "19 jaar, woon nog thuis", "ik ben alleen 50 jaar": an age in years
# that stands on its own (at the start, after a comma or full stop, or after "alleen(staand)") and belongs to nobody
# named in its part of the sentence is the writer's own. Not a length of time ("10 jaar in de bijstand", "3 jaar
# geleden", "al 2 jaar") and not the age of a person the part names ("mijn zoon, 19 jaar").
_LOSSE_LEEFTIJD = re.compile(
    r"(?:^|[,.;:!?(]|\balleenstaande?|\balleen|\bsingle)\s*(?P<a>\d{2})\s*(?:jaar|jr)\b(?!\s*oud\w*\s+(?:zoon|dochter|kind))"
    r"(?!\s*(?:in|bij|op|getrouwd|werk\w*|zonder|ziek|aan|bezig|met|geleden|lang|samen|terug|gewerkt|bijstand"
    r"|uitkering|werkloos|later|eerder|voor|na|nog|oud(?:er)?|jonger|ouder|gescheiden|hier|daar|in\s+nederland)\b)")
# "verdien 320 per maand 29jr hoeveel": an age written with "jr" against it, wherever it stands (the part of the
# sentence before it names nobody else: "mijn zoon 19jr" is the son's).
_JR_VAST = re.compile(r"(?<![\w.,])(?P<a>\d{2})jr\b")
# "wij zitten samen in de bijstand, allebei 38", "mijn man en ik allebei 45": the couple's one age is the writer's.
_SAMEN_LEEFTIJD = re.compile(
    r"\b(?:wij|we|samen|(?:mijn|m'n|mn|me)\s+(?:man|vrouw|partner)\s+en\s+ik|ik\s+en\s+(?:mijn|m'n|mn|me)\s+"
    r"(?:man|vrouw|partner))\b(?:(?!\b(?:ouders|kinderen|kids|zoons|zonen|dochters|huisgenoten|broers|zussen)\b)"
    r"[^.?!]){0,60}?\b(?:allebei|allebij|beiden|beide)\s+(?P<a>\d{2})\b"
    r"(?!\s*(?:euro|%|weken|dagen|uur|maanden|keer|kinderen|jaar\s+(?:in|bij|op|getrouwd|samen|werk)))")
_NOEMT_PERSOON = re.compile(
    r"\b(?:zoon\w*|zonen|dochter\w*|kind\w*|kids|baby|partner|man|vrouw|vriend\w*|moeder|vader|ouders?|broer\w*"
    r"|zus\w*|oma|opa|neef|nicht|oom|tante|huisgeno\w*|ex|hij|zij|ze)\b")


# "ik word in maart 68", "ik word volgende maand 30", "word ik in juni 25": a birthday still to come.
_WORD_LATER = re.compile(r"\b(?:i?k\s+word|word\s+ik)\s+(?:in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus"
                         r"|september|oktober|november|december)|volgende\s+(?:maand|week)|binnenkort|over\s+\w+\s+"
                         r"(?:maanden|maand|weken|week))\s+\d{2,3}\b")


def eigen_leeftijd(text: str) -> int | None:
    """The age the person gives of themself, else None (a child's or housemate's age is not it)."""
    lowered = _DAG_EN_MAAND.sub(" ", (text or "").lower())
    m = _EIGEN_LEEFTIJD.search(lowered)
    if m is not None:
        jaren = int(next(v for v in m.groupdict().values() if v))
        if _WORD_LATER.match(lowered, m.start()):
            jaren -= 1  # "ik word in maart 68", "ik word volgende maand 30": a year younger today
        return jaren if jaren <= parse.MAX_LEEFTIJD else None
    if (samen := _SAMEN_LEEFTIJD.search(lowered)) is not None:
        return int(samen["a"])
    for los in [*_LOSSE_LEEFTIJD.finditer(lowered), *_JR_VAST.finditer(lowered)]:
        # the part of the sentence before the age: from the last full stop or comma before it
        ervoor = re.split(r"[.?!;,]", lowered[:los.start("a")].rstrip(" ,.;:!?("))[-1]
        if not _NOEMT_PERSOON.search(ervoor) and int(los["a"]) >= 16:
            return int(los["a"])
    if (vooraan := _LEEFTIJD_VOORAAN.search(lowered)) is not None and int(vooraan["a"]) >= 16:
        return int(vooraan["a"])
    return None


# "66 alleen geen aow bedrag?", "45, alleenstaand, hoeveel krijg ik": a message that opens with the age, then how one lives.
_LEEFTIJD_VOORAAN = re.compile(r"^\s*(?P<a>\d{2})\s*(?:jaar|jr)?\s*[,.]?\s*(?:alleen|alleenstaand\w*|single|getrouwd"
                               r"|samenwonend|gescheiden|weduwe\w*)\b")


def _aow_leeftijd(peildatum: date) -> int | None:
    return knowledge.waarde("leeftijd.aow_jaren", peildatum)


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


# "ik heb aio", "ik krijg aow": the person is past the AOW age (the AIO is bijstand from that age).
_HEEFT_AOW = re.compile(r"\baio\b|\b(?:ik heb|ik krijg|ik zit in de|met|sinds)\s+(?:de\s+|mijn\s+)?aow\b")


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


_EURO = re.compile(r"€|\beuro\b|\beur\b")


def _euro_bedrag(text: str) -> parse.Bedrag | None:
    """An amount the message says is money ("300 euro", "€ 300"): "mijn zoon is 19" is none."""
    return parse.bedrag(text) if _EURO.search(text.lower()) else None


# "hoeveel huurtoeslag krijg ik": how much is for Dienst Toeslagen to compute; where and what it depends on.
_HOEVEEL = re.compile(r"\bhoeveel\b|\bhoe\s+hoog\b|\bwat\s+is\s+de\s+hoogte\b")


def _vaste_tekst(patroon: re.Pattern, response: str, *ook: re.Pattern,
                zonder: re.Pattern | None = None) -> Callable[[str, date], Antwoord | None]:
    """A rule that answers with one response of its own when the message has its words (and those of every
    pattern in `ook`) and none of `zonder`'s, whatever else it says."""
    def regel(text: str, peildatum: date) -> Antwoord | None:
        lowered = text.lower()
        if zonder is not None and zonder.search(lowered):
            return None
        return Antwoord(response, {}) if all(p.search(lowered) for p in (patroon, *ook)) else None
    return regel


def _kind_in_gezin(kinderen: list, vandaag: date) -> bool:
    """True unless every child named has an age at which it no longer belongs to the parent's gezin."""
    grens = knowledge.waarde("gezin.kind_jonger_dan", vandaag)
    leeftijden = [m.leeftijd for m in kinderen if m.leeftijd is not None]
    return grens is None or not leeftijden or len(leeftijden) < len(kinderen) or min(leeftijden) < grens
