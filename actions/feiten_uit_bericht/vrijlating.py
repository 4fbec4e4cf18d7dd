"""Bijverdienen: what the person may keep of their wage (knowledge/'s bijverdienvrijlating), the extra
vrijlating for a medische urenbeperking or a single parent, unpaid work, and when work started."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from knowledge import loader
from actions.feiten_uit_bericht._gedeeld import Antwoord, bedrag_van_soort, eigen_leeftijd
from actions.feiten_uit_bericht.participatie import tegenprestatie
from knowledge.datums import plus_maanden
from knowledge.geld import euro, procent


# "ik werk sinds 1 oktober", "ik ben vorige maand begonnen": when work started.
_START = re.compile(r"\b(?:sinds|vanaf|begonnen|gestart)\b(?=(?P<rest>.{1,40}))")
# Hours worked ("12 uur", "20 uur per week", "12 hours" read as "12 uur"), not a time of day ("om 10 uur").
_UREN = re.compile(r"(?<!\bom )\b\d{1,2}\s*(?:uur|(?:ochtend|middag|avond|nacht|dagdel|dienst)(?:en)?)\b"
                   r"(?:\s+(?:per|in de|a)\s+week)?")  # (session 21: "sinds oktober 3 ochtenden in de week")
_TOT_BEDRAG = re.compile(r"[,;.!?]|\s(?=(?:€\s*)?\d{3,})")
# "sinds maart dit jaar", "since March this year" (read as "sinds maart dit jaar"): the month of this year.
_DIT_JAAR = re.compile(r"\b((?:sinds|vanaf)\s+(?:begin\s+|half\s+|eind\s+)?[a-z]+)\s+(?:van\s+)?dit\s+jaar\b")
# "sinds vorig jaar in de bijstand", "sinds 2023 een uitkering", "sinds maart in nederland": what began is no work
# ("sinds 1 oktober naast mijn bijstand" is).
_GEEN_WERK = re.compile(r"\s*(?:(?!naast|met|voor|en|werk\w*)[\w-]+\s+){1,3}?(?:in\s+de\s+|een\s+|de\s+|van\s+de\s+)?"
                        r"(?:bijstand|uitkering|ww|nederland)\b")
# "werk sinds 2025", "working since 2025" (read as "werken sinds 2025"): a year without a month, of a year gone by. Work
# began no later than its last day ("begin 2025": its first; "half 2025": 1 July), so the months since are at least
# those (session 17: the year alone was no date, and the first 6 months of the old vrijlating were taken to run).
_SINDS_JAAR = re.compile(r"\b(?:sinds|vanaf|since)\s+(?:(?P<deel>begin|half|eind)\s+)?(?P<jaar>20\d\d)\b(?!\s*(?:euro|eur\b|€|,-))")
_DEEL_VAN_JAAR = {"begin": (1, 1), "half": (7, 1), "eind": (12, 1), None: (12, 31)}
_START_ERVOOR = re.compile(r"(?P<voor>[^,.?!]{1,30})\b(?:begonnen|gestart)\b")
# "ik werk nu al 7 maanden", "ik werk sinds 3 maanden bij de supermarkt": how long the work has lasted.
_AL_MAANDEN = re.compile(r"\b(?:werk|werken|werkt|baan|job|bijbaan)\b[^.?!]{0,20}?\b(?:al|sinds|nu)\s+(?P<n>\d{1,2})\s+maanden?\b"
                         r"|\b(?:al|sinds)\s+(?P<m>\d{1,2})\s+maanden?\s+(?:aan\s+het\s+|een\s+|mijn\s+)?(?:werk|baan|job)\w*\b")
# "ik werk al een jaar", "ik heb al 2 jaar een baan", "ik werk sinds anderhalf jaar": the same in years.
_AL_JAREN = re.compile(r"\b(?:werk|werken|werkt|baan|job|bijbaan)\b[^.?!]{0,20}?\b(?:al|sinds|nu)\s+(?:ruim\s+|meer\s+dan\s+)?"
                       r"(?P<j>\d{1,2}|een|anderhalf|twee|drie|vier|vijf)\s+jaar\b(?!\s+oud)"
                       r"|\b(?:al|sinds)\s+(?P<k>\d{1,2}|een|anderhalf|twee|drie|vier|vijf)\s+jaar\s+(?:aan\s+het\s+|een\s+|mijn\s+)?"
                       r"(?:werk|baan|job)\w*\b")
# "ik werk al ruim een half jaar", "sinds een half jaar aan het werk": six months (more: seven).
_HALF_JAAR = re.compile(r"\b(?:werk|werken|werkt|baan|job|bijbaan)\b[^.?!]{0,20}?\b(?:al|sinds|nu)\s+(?P<ruim>ruim\s+|meer\s+dan\s+)?"
                        r"(?:een\s+)?half\s+jaar\b|\b(?:al|sinds)\s+(?P<ruim2>ruim\s+)?(?:een\s+)?half\s+jaar\s+(?:aan\s+het\s+)?"
                        r"(?:werk|baan|job)\w*\b")
# "die eerste vrijlating van zes maanden is voorbij", "de vrijlating heb ik al gehad", "mijn 6 maanden vrijlating zijn
# om", "ik heb de 6 maanden van 25% al gehad": the months of the old vrijlating (art. 31 lid 2 n) are over.
_VRIJLATING_GEHAD = re.compile(r"\b(?:vrijlating|(?:6|zes)\s+maanden\s+(?:van\s+(?:de\s+)?)?25\s*(?:%|procent)|25\s*(?:%|procent)"
                               r"(?:-?regel(?:ing)?)?)[^.?!]{0,40}?\b(?:voorbij|gehad|afgelopen|verlopen|om(?=\s*(?:[.,!?]|$)))"
                               r"|\b(?:voorbij|gehad|afgelopen|verlopen)\b[^.?!]{0,15}?\b(?:vrijlating|25\s*(?:%|procent))")
# "de eerste 6 maanden zijn om", "mijn eerste zes maanden zijn voorbij": the months of the vrijlating (their number is
# held against knowledge/'s).
_EERSTE_MAANDEN_OM = re.compile(r"\beerste\s+(?P<n>\d{1,2}|zes)\s+maanden\s+(?:zijn\s+|waren\s+)?(?:al\s+|nu\s+)?"
                                r"(?:om|voorbij|afgelopen|verlopen|gehad)\b")
# "per 1 januari begin ik", "vanaf maart start hij": work that starts on a date, said in the present tense.
_BEGINT = re.compile(r"\b(?:begin|start|begint|starten|beginnen)\s+(?:ik|hij|zij|ze|we|wij)\b"
                     r"|\b(?:ik|hij|zij|ze|we|wij)\s+(?:begin|start|begint|starten|beginnen)\b")
# "vanaf januari werk ik voor 600", "per 1 maart verdien ik 800": a month, then the work in the present tense (s19).
# Said in December, "per 1 november werk ik" began last month: only a month in the next half year is work to come.
_MAAND_WERK_IK = re.compile(r"\b(?:vanaf|per)\s+(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus"
                            r"|september|oktober|november|december)\s+(?:werk|verdien|begin|start)\s+"
                            r"(?:ik|hij|zij|ze|we|wij)\b")
# The future is the work's ("ik ga vanaf maart werken", "volgende maand begin ik"), not another verb's ("ik heb in
# oktober 300 bijverdiend, hoeveel gaat eraf" is October of this year); work done ("verdiend", "gewerkt") began.
_WERK_KOMT = re.compile(r"\b(?:ga|gaat|gaan|zal|zullen|wil|wilt|kan|kun|mag)\b[^.?!]{0,60}?\b(?:werken|verdienen"
                        r"|bijverdienen|beginnen|starten|aan\s+de\s+slag)\b|\b(?:volgende|komende|aanstaande)\s+"
                        r"(?:maand|week|jaar)\b|\bbinnenkort\b|\bstraks\b")
_WERK_GEDAAN = re.compile(r"\b(?:verdiend|bijverdiend|gewerkt|uitbetaald|betaald\s+gekregen)\b")
# "per 1 januari", "vanaf februari", "op 1 maart": the date work starts (the date ends where the amount starts).
# "ik begin 4 januari aan een baan", "ik start 1 februari": the date right after the verb.
_PER = re.compile(r"\b(?:per|vanaf|sinds|op|in|(?:ik|hij|zij|ze|we|wij)\s+(?:begin|start|begint|starten|beginnen))\s+"
                  r"(?P<rest>.{1,30})")


def start_werk(text: str, vandaag: date) -> date | None:
    """When work started, only where the message says so ("ik werk sinds 1 oktober"):
    "deze maand 220 euro verdiend" is no start of work. The sentence says which way its month lies
    (parse.tijd): "vanaf januari ga ik werken" in December is next January, work still to come, which has
    no start yet (None: knowledge/ takes no start after the peildatum); without a tense it began."""
    lowered = _UREN.sub(" ", (text or "").lower())  # "sinds vorige week 12 uur": the hours are no part of the date
    lowered = _DIT_JAAR.sub(r"\1", lowered)  # "sinds maart dit jaar": March of this year
    richting = parse.tijd(lowered) or ("toekomst" if _BEGINT.search(lowered) else "verleden")
    # "ik zit sinds vorig jaar in de bijstand, vanaf volgende week begin ik": the start of the bijstand is no start of work
    m = next((s for s in _START.finditer(lowered) if not _GEEN_WERK.match(s["rest"])), None)
    found = m and parse.datum(m["rest"], vandaag, richting=richting)
    if m and not found:
        # "sinds maart 600 netto per maand": the date ends where the amount or the clause starts
        found = parse.datum(_TOT_BEDRAG.split(m["rest"])[0], vandaag, richting=richting)
    if not found and (m := _START_ERVOOR.search(lowered)):
        found = parse.datum(m["voor"], vandaag, richting=richting)
    if not found and (j := _SINDS_JAAR.search(lowered)) and int(j["jaar"]) < vandaag.year and \
            not _GEEN_WERK.match(lowered[j.end():]):
        found = date(int(j["jaar"]), *_DEEL_VAN_JAAR[j["deel"]])  # "werk sinds 2025": at the latest its last day
    if found:
        return found if found <= vandaag else None
    m = _AL_MAANDEN.search(lowered)
    if m:
        return plus_maanden(vandaag, -int(m["n"] or m["m"]))
    if _HALF_JAAR.search(lowered):
        return plus_maanden(vandaag, -6 - bool(_HALF_JAAR.search(lowered)["ruim"]))  # "ik werk al ruim een half jaar"
    eerste = _EERSTE_MAANDEN_OM.search(lowered)
    if eerste and (maanden := knowledge.waarde("vrijlating_31_2_n.maanden", vandaag)) and \
            parse._geheel(eerste["n"]) == int(maanden):
        return plus_maanden(vandaag, -int(maanden) - 1)  # "de eerste 6 maanden zijn om": those of the vrijlating (s18)
    if _VRIJLATING_GEHAD.search(lowered) and (maanden := knowledge.waarde("vrijlating_31_2_n.maanden", vandaag)):
        # "die eerste vrijlating van zes maanden is voorbij", "die vrijlating heb ik al gehad": work began longer ago
        return plus_maanden(vandaag, -int(maanden) - 1)
    m = _AL_JAREN.search(lowered)
    if m:
        jaren = m["j"] or m["k"]
        return plus_maanden(vandaag, -int(12 * (Decimal(jaren) if jaren.isdigit() else parse._woordgetal(jaren))))
    return None


def start_werk_later(text: str, vandaag: date) -> date | None:
    """When work still to come starts, only where the message says so: "per 1 januari begin ik een baan", "vanaf
    januari ga ik 600 verdienen". A month without a year lies ahead (the sentence says work is to come); None for work
    that began, or no date after today."""
    lowered = _UREN.sub(" ", (text or "").lower())
    richting = parse.tijd(lowered)
    alleen_maand = not (_BEGINT.search(lowered) or richting == "toekomst" and _WERK_KOMT.search(lowered))
    if richting == "verleden" or _WERK_GEDAAN.search(lowered) or alleen_maand and not _MAAND_WERK_IK.search(lowered):
        return None
    for m in _PER.finditer(lowered):
        deel = _TOT_BEDRAG.split(m["rest"])[0]
        found = parse.datum(m[0][:m.start("rest") - m.start()] + deel, vandaag, richting="toekomst")
        if found is None and (kort := re.sub(r"\s+\S*\d\S*$", "", deel)) != deel:
            # "vanaf volgend jaar ga ik verdienen 2000 netto" (English word order: "i will earn 2000"): the amount, cut
            # to "20" at the end of the part read, is no day
            found = parse.datum(m[0][:m.start("rest") - m.start()] + kort, vandaag, richting="toekomst")
        if found is not None and found > vandaag and not (alleen_maand and (found - vandaag).days > 183):
            return found
    if (m := _VOLGEND_JAAR.search(lowered)) and (found := parse.datum(m[0], vandaag, richting="toekomst")) and found > vandaag:
        return found  # "volgend jaar ga ik 1000 verdienen", "next year i'm going to earn 1000": from 1 January
    return None


_VOLGEND_JAAR = re.compile(r"\b(?:volgend|komend)\s+jaar\b")


# "krijg je een premie als je gaat werken": art. 31 lid 2 onder j, up to a maximum a year.
_PREMIE = re.compile(r"\b(?:uitstroom|werk|participatie)?premie\b")


# "schoonmaak werk zwart 100 euro per week", "ik word onder de tafel betaald", "zwartwerken naast mijn uitkering":
# pay not reported (undeclared, cash off the books).
_ZWART = re.compile(r"\bzwart\s*(?:werk\w*|betaald|uitbetaald|verdien\w*|bijverdien\w*|gewerkt|geld|klus\w*)\b"
                    r"|\b(?:werk\w*|verdien\w*|bijverdien\w*|betaal\w*|betaald|klus\w*|loon|geld)\b[^.?!]{0,25}?\bzwart\b"
                    r"|\bin\s+het\s+zwart\b|\bonder\s+de\s+tafel\b|\bzonder\s+(?:het\s+)?(?:te\s+)?(?:melden|opgeven"
                    r"|door\s+te\s+geven)\b[^.?!]{0,30}?\b(?:werk|verdien|loon|geld)")


def zwart_werk(text: str) -> bool:
    """True when the message speaks of pay off the books ("zwart", "onder de tafel")."""
    return bool(_ZWART.search((text or "").lower()))


def bijverdienen(text: str, peildatum: date, intent: str, gemeente: str | None = None) -> Antwoord | None:
    """'ik ben 24, mag ik iets van mijn loon houden?': under the age of the old vrijlating, in a gemeente
    that applies only the old rules (knowledge/: regime_bijverdienen), the answer is no, for now.
    Unpaid work the gemeente asks for is no earning: the plichten answer (the tegenprestatie)."""
    if (plicht := tegenprestatie(text, peildatum)) is not None:
        return plicht  # unpaid work asked of the person: a duty, no wage
    if zwart_werk(text):
        return Antwoord("utter_bijverdienen_zwart", {})  # "zwart werk, mag dat": report it, else fraud
    if (gezegd := gemeente_nieuwe_regel_gezegd(text, peildatum, gemeente)) is not None:
        return gezegd  # "mijn gemeente past de 15%-regel al toe": their statement, named; the gemeente decides
    if _PREMIE.search(text.lower()) and eigen_loon(text) is None:
        return Antwoord("utter_bijverdienen_premie", {})  # "krijg je een premie als je gaat werken"
    leeftijd = eigen_leeftijd(text)
    loon = eigen_loon(text)
    if loon is None and leeftijd is None and (onder := _onder_leeftijdsgrens(text, peildatum, gemeente)) is not None:
        return onder  # "geldt die vrijlating ook als je onder de 27 bent": the age limit asked, no wage
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
    if loon is None and (voorbij := _maanden_voorbij(text, peildatum, leeftijd, grens, gemeente)) is not None:
        return voorbij  # "ik werk al 7 maanden met die 25% vrij, ik ben 38: krijg ik het nog": no, the months are over
    if leeftijd is None or grens is None or leeftijd >= grens:
        return None
    regime = _regime(peildatum, gemeente)
    return Antwoord("utter_bijverdienen_jong_niets", {"leeftijd": str(leeftijd)}) if regime == "31_2_n" else None


# "mijn gemeente past de 15%-regel al toe", "bij ons geldt de nieuwe vrijlating al", "onze gemeente doet al mee met
# artikel 34a": the person says their gemeente already applies the new rule (its own choice until 2027).
_GEMEENTE_34A = re.compile(
    r"\b(?:gemeente|bij\s+ons|hier|sociale\s+dienst)\b[^.?!]{0,50}?\b(?:15\s*%|15\s*procent|vijftien\s+procent"
    r"|nieuwe\s+(?:regel\w*|vrijlating)|34a)[^.?!]{0,40}?\b(?:al|toe|nu\s+al|gebruik\w*|geldt|doet|vroeg)\b"
    r"|\b(?:15\s*%|15\s*procent|nieuwe\s+(?:regel\w*|vrijlating)|34a)\S*\s+(?:geldt|gebruikt|gelden)\s+(?:bij\s+ons|hier"
    r"|in\s+(?:mijn|onze)\s+gemeente)\s+al\b")


def gemeente_nieuwe_regel_gezegd(text: str, peildatum: date, gemeente: str | None) -> Antwoord | None:
    """The person says their gemeente already applies art. 34a, where knowledge/ has that gemeente on the old rule
    only: their statement, named as such, with the new rule's share (and what it leaves of a wage said); the gemeente's
    own choice decides. None when knowledge/ already has the gemeente on the new rule (its answers say so)."""
    if not _GEMEENTE_34A.search(text.lower()) or _regime(peildatum, gemeente) != "31_2_n":
        return None
    loon = eigen_loon(text)
    if loon is None:
        return Antwoord("utter_bijverdienen_gemeente_34a", {})
    # knowledge/'s vrijlating on the day art. 34a holds for every gemeente: the rule the person says applies now
    ingang = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    leeftijd = eigen_leeftijd(text) or knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum)
    try:
        uit = knowledge.bereken("bijverdienvrijlating", {
            "peildatum": ingang.isoformat(), "leeftijd": leeftijd, "leefsituatie": knowledge.ONBEKEND,
            "start_werk": ingang.isoformat(), "netto_inkomsten": {"bedrag": float(loon.euro), **(
                {"periode": loon.periode} if loon.periode in ("maand", "week", "jaar") else {})}})
    except knowledge.InvoerFout:
        return Antwoord("utter_bijverdienen_gemeente_34a", {})
    if uit.get("regel") != "34a":
        return Antwoord("utter_bijverdienen_gemeente_34a", {})
    per = f" per {loon.periode}" if loon.periode in ("week", "jaar") else ""
    return Antwoord("utter_bijverdienen_gemeente_34a_bedrag", {
        "inkomsten_tekst": euro(loon.euro) + per, "vrijlating": euro(Decimal(str(uit["vrijlating_per_maand"]))),
        "vrijlating_deel": procent(Decimal(str(uit["percentage"])))})


def _regime(peildatum: date, gemeente: str | None) -> str | None:
    """Which vrijlating rules the gemeente applies on the peildatum (knowledge/'s regime_bijverdienen: "31_2_n" only
    the old ones, "beide" art. 34a as well); None when knowledge/ cannot say."""
    try:
        return knowledge.feiten(peildatum, gemeente).get("regime_bijverdienen")
    except knowledge.InvoerFout:
        return None


def _maanden_voorbij(text: str, peildatum: date, leeftijd: int | None, grens: int | None,
                     gemeente: str | None) -> Antwoord | None:
    """Work that started longer ago than the months of the old vrijlating (art. 31 lid 2 n, knowledge/'s
    vrijlating_31_2_n.maanden), of someone at or over its age, in a gemeente with only the old rule: nothing is kept
    any more (a health limit, lid 2 y, may still leave a part: the answer says so). No wage needed."""
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", peildatum)
    start = start_werk(text, peildatum)
    if leeftijd is None and (_VRIJLATING_GEHAD.search(text.lower()) or _EERSTE_MAANDEN_OM.search(text.lower())):
        leeftijd = grens  # "ik heb 6 maanden met 25% vrijlating gehad": only from that age is it had (session 19)
    if leeftijd is None or grens is None or leeftijd < grens or maanden is None or start is None \
            or plus_maanden(start, int(maanden)) > peildatum or medische_urenbeperking(text):
        return None
    regime = _regime(peildatum, gemeente)
    return Antwoord("utter_bijverdienen_eerst_voorbij", {"leeftijd": str(leeftijd)}) if regime == "31_2_n" else None


# "medische urenbeperking", or health and fewer hours: "ik heb chronische pijn en kan maar 16 uur werken".
_URENBEPERKING = re.compile(r"urenbeperk|medisch\w*\s+(?:uren\s*)?beperk")
_GEZONDHEID = re.compile(r"\bziek\w*|chronisch|\bpijn\b|beperking|gezondheid|klachten|burn-?out|afgekeurd"
                         r"|arbeidsongeschikt|handicap|\bmedisch"
                         # "door mijn rug", "door mijn reuma", "(arts heeft dat vastgesteld)": a body or an illness named,
                         # or a doctor who decided it (session 19)
                         r"|\b(?:rug|nek|knie\w*|heup\w*|reuma\w*|hernia|artrose|artritis|astma|copd|longen|hart\w*"
                         r"|kanker|fibromyalgie|migraine|depressie\w*|depressief|psychisch\w*|epilepsie|diabetes"
                         r"|long\s*covid|whiplash)\b"
                         r"|\b(?:arts|dokter|huisarts|bedrijfsarts|specialist|verzekeringsarts|keuring|herkeuring)\b")
_MINDER_UREN = re.compile(r"\b(?:maar|slechts|hooguit|hoogstens|niet\s+meer\s+dan|max(?:imaal)?)\s+\d{1,2}\s*uur"
                          r"|\bminder\s+uren\b|\bniet\s+(?:meer\s+)?(?:fulltime|voltijd|hele\s+dagen)\b"
                          r"|\b(?:gedeeltelijk|deels|half)\s+(?:arbeidsongeschikt|afgekeurd)\b|\bparttime\b"
                          # "12 uur omdat meer medisch niet kan", "meer uren lukt niet", "kan niet meer uren werken"
                          # (session 21)
                          r"|\bmeer\s+(?:uren\s+|uur\s+)?(?:\w+\s+){0,2}?(?:(?:kan|lukt|gaat)\s+(?:ik\s+|je\s+)?(?:\w+\s+)?niet"
                          r"|niet\s+(?:kan|kun|lukt|gaat))\b"
                          r"|\b(?:kan|mag)\s+(?:ik\s+|je\s+)?(?:\w+\s+)?niet\s+meer\s+(?:uren|uur|werken\s+dan|dan)\b")


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
        waarden = {"medisch_deel": procent(Decimal(str(oud))), "medisch_maximum": euro(Decimal(str(maximum)))}
        if (bedrag := medisch_bedrag(text, peildatum)) is not None:
            return Antwoord("utter_bijverdienen_medisch_bedrag", {**waarden, **bedrag})
        return Antwoord("utter_bijverdienen_medisch", waarden)
    nieuw = knowledge.waarde("vrijlating_34a.medisch_percentage", peildatum)
    return None if nieuw is None else Antwoord("utter_bijverdienen_medisch_zonder_maximum",
                                               {"medisch_deel": procent(Decimal(str(nieuw)))})


def medisch_bedrag(text: str, peildatum: date) -> dict[str, str] | None:
    """'ik ben medisch urenbeperkt en verdien 600': what the vrijlating for the urenbeperking leaves of that wage, from
    knowledge/ (art. 31 lid 2 y holds once the vrijlating of lid 2 n is over: asked for work started before that)."""
    loon, maanden = eigen_loon(text), knowledge.waarde("vrijlating_31_2_n.maanden", peildatum)
    leeftijd = eigen_leeftijd(text) or knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum)
    if loon is None or maanden is None or leeftijd is None:
        return None
    inkomsten = {"bedrag": float(loon.euro), **({"periode": loon.periode} if loon.periode in ("maand", "week", "jaar")
                                                 else {})}
    try:
        uit = knowledge.bereken("bijverdienvrijlating", {
            "peildatum": peildatum.isoformat(), "leeftijd": leeftijd, "leefsituatie": knowledge.ONBEKEND,
            "start_werk": plus_maanden(peildatum, -int(maanden) - 1).isoformat(), "medische_urenbeperking": True,
            "netto_inkomsten": inkomsten})
    except knowledge.InvoerFout:
        return None
    if uit.get("regel") != "31_2_y":
        return None
    per = f" per {loon.periode}" if loon.periode in ("week", "jaar") else ""
    # (how the person lives not said: knowledge/ counts as if alone, and the text says so)
    return {"inkomsten_tekst": euro(loon.euro) + per, "medisch_vrijlating": euro(Decimal(str(uit["vrijlating_per_maand"]))),
            "medisch_bijstand_over": euro(Decimal(str(uit["aanvullende_bijstand"])))}


_ALLEENSTAANDE_OUDER = re.compile(r"\balleenstaande?\s+(?:ouder|moeder|vader|mama|papa)s?\b")  # "voor alleenstaande ouders"


def ouder_na_eerste_maanden(text: str, peildatum: date) -> Antwoord | None:
    """'alleenstaande vader, zoon 9, verdien 1600 netto, hoeveel vrijlating': after the first months of the general
    vrijlating (lid 2 n) a single parent of a child under knowledge/'s age keeps a share for more months (lid 2 r):
    that share of the wage said, from knowledge/ (work counted as started before those months). Only for a single
    parent with such a child's age said, a wage, and no start of work said (then the form's own answer counts it);
    not for a health limit (its own rule, vrijlating_medisch)."""
    loon, maanden = eigen_loon(text), knowledge.waarde("vrijlating_31_2_n.maanden", peildatum)
    grens = knowledge.waarde("vrijlating_31_2_r.kind_jonger_dan", peildatum)
    kinderen = [m.leeftijd for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    leeftijd = eigen_leeftijd(text) or knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum)
    if loon is None or maanden is None or grens is None or leeftijd is None or not kinderen \
            or min(kinderen) >= grens or not _ALLEENSTAANDE_OUDER.search(text.lower()) \
            or start_werk(text, peildatum) is not None or medische_urenbeperking(text):
        return None
    inkomsten = {"bedrag": float(loon.euro), **({"periode": loon.periode} if loon.periode in ("maand", "week", "jaar")
                                                 else {})}
    try:
        uit = knowledge.bereken("bijverdienvrijlating", {
            "peildatum": peildatum.isoformat(), "leeftijd": leeftijd, "leefsituatie": "alleenstaande_ouder",
            "jongste_kind_leeftijd": min(kinderen), "start_werk": plus_maanden(peildatum, -int(maanden) - 1).isoformat(),
            "netto_inkomsten": inkomsten})
    except knowledge.InvoerFout:
        return None
    waarden = {naam: knowledge.waarde(f"vrijlating_31_2_r.{naam}", peildatum) for naam in ("percentage", "maximum",
                                                                                          "maanden")}
    if uit.get("regel") != "31_2_r" or None in waarden.values():
        return None
    per = f" per {loon.periode}" if loon.periode in ("week", "jaar") else ""
    return Antwoord("utter_bijverdienen_ouder_bedrag", {
        "ouder_deel": procent(Decimal(str(waarden["percentage"]))), "ouder_maximum": euro(Decimal(str(waarden["maximum"]))),
        "ouder_maanden": str(waarden["maanden"]), "ouder_kind_leeftijd": str(grens), "ouder_na_maanden": str(maanden),
        "inkomsten_tekst": euro(loon.euro) + per, "vrijlating": euro(Decimal(str(uit["vrijlating_per_maand"])))})


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


# "onder de 27", "jonger dan 27", "boven de 27": an age limit, never a wage.
_LEEFTIJDSGRENS = re.compile(r"\b(?:onder\s+de|jonger\s+dan|boven\s+de|ouder\s+dan|beneden\s+de|vanaf)\s+(?P<jaren>\d{2})"
                             r"(?:\s*jaar)?\b(?!\s*(?:euro|eur|%|uur|per))")
# "onder de 27", "als je jonger bent dan 27"
_ONDER = re.compile(r"\b(?:onder\s+de|jonger\s+(?:(?:ben|bent|is)\s+)?dan|beneden\s+de)\s+(?P<jaren>\d{2})\b")


def _onder_leeftijdsgrens(text: str, peildatum: date, gemeente: str | None) -> Antwoord | None:
    """'geldt die inkomstenvrijlating ook onder de 27': under the age of the old vrijlating (art. 31 lid 5) it does
    not; in a gemeente that already applies art. 34a, its share holds at any age (knowledge/'s regime)."""
    m = _ONDER.search(text.lower())
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum)
    if m is None or grens is None or int(m["jaren"]) != grens:
        return None
    regime = _regime(peildatum, gemeente)
    return {"31_2_n": Antwoord("utter_bijverdienen_onder_grens", {}),
            "beide": Antwoord("utter_bijverdienen_onder_grens_34a", {})}.get(regime)


def eigen_loon(text: str) -> parse.Bedrag | None:
    """What the person earns: the one amount of the message, or of several the one wage that is not the
    partner's ("ik verdien 600 en mijn partner 400" gives 600). An age limit ("onder de 27") is no wage."""
    if parse.terugbetalen(text):
        return None
    text = _LEEFTIJDSGRENS.sub(" ", text.lower()) if _LEEFTIJDSGRENS.search(text.lower()) else text
    if not text.strip():
        return None
    gevonden = bedrag_van_soort(text, "loon", zonder_partner=True)  # "als ik 1500 verdien en 30 ben"
    if gevonden is None:
        gevonden = loon_van_gevraagde_maand(text)  # "oktober 300 en november 500, hoeveel mag ik van november houden"
    if gevonden is None:
        gevonden = loon_per_uur(text)  # "10 uur per week voor 11 euro netto per uur"
    return gevonden if gevonden is not None and gevonden.euro > 0 else None


_MAANDNAAM = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
# "oktober 300 en november 500 netto", "in oktober € 300, in november € 500": a wage per month named.
_MAAND_LOON = re.compile(r"\b(?:in\s+)?(?P<maand>" + _MAANDNAAM + r")\s*:?\s*(?:€\s*)?(?!(?:19|20)\d\d\b)(?P<euro>\d{2,4}(?:[.,]\d{1,2})?)"
                         r"(?!\s*(?:uur|dagen|weken|jaar)\b)")
# "hoeveel mag ik van november houden", "wat houd ik over in november": the month the question is about.
_GEVRAAGDE_MAAND = re.compile(r"\b(?:hoeveel|wat)\b[^.?!]*?\b(?:van|in|over|voor)\s+(?P<maand>" + _MAANDNAAM + r")\b")


def loon_van_gevraagde_maand(text: str) -> parse.Bedrag | None:
    """Wages of different months, each with its month ("oktober 300 en november 500 netto"), and a question about one
    of them ("hoeveel mag ik van november houden"): that month's wage. Else None (which wage is meant is not clear)."""
    lowered = (text or "").lower()
    per_maand = {m["maand"]: m["euro"] for m in _MAAND_LOON.finditer(lowered)}
    gevraagd = _GEVRAAGDE_MAAND.search(lowered)
    if len(per_maand) < 2 or gevraagd is None or gevraagd["maand"] not in per_maand:
        return None
    euro = Decimal(per_maand[gevraagd["maand"]].replace(".", "").replace(",", "."))
    return parse.Bedrag(euro, "maand") if euro > 0 else None


# "10 uur per week vakken vullen voor 11 euro netto per uur", "16 uur in de week, uurloon 12,50": hours and a wage per
# hour make a wage per month (a week is 52/12 of a month, as knowledge/ converts a wage per week).
_UREN_PER_PERIODE = re.compile(r"\b(?P<uren>\d{1,2})\s*(?:uur|uren|uurtjes)\s+(?:per|in\s+de|a|elke|iedere|p/?)\s*(?P<per>week|wk|maand|mnd)\b")
_PER_UUR = re.compile(r"(?:€\s*)?(?P<tarief>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:euro|eur|€)?\s*(?:netto\s+|bruto\s+)?"
                      r"(?:per|p/|/|een|het|an?)\s*uur\b"
                      r"|\buurloon\s+(?:is\s+|van\s+)?(?:€\s*)?(?P<loon>\d{1,2}(?:[.,]\d{1,2})?)")
_PARTNER_WERKT = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:partner|man|vrouw|vriend|vriendin|zoon|dochter)\b")


def loon_per_uur(text: str) -> parse.Bedrag | None:
    """A wage per month from hours per week or month and a wage per hour in the message; None when either is
    missing, or another person is named (whose hours they may be)."""
    lowered = (text or "").lower()
    uren, tarief = _UREN_PER_PERIODE.search(lowered), _PER_UUR.search(lowered)
    if uren is None or tarief is None or _PARTNER_WERKT.search(lowered) or " bruto" in f" {tarief[0]}":
        return None
    per_uur = Decimal((tarief["tarief"] or tarief["loon"]).replace(",", "."))
    per_maand = int(uren["uren"]) * per_uur * (Decimal(52) / 12 if uren["per"] in ("week", "wk") else 1)
    return parse.Bedrag(per_maand.quantize(Decimal("0.01")), "maand") if per_maand > 0 else None


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
        # what comes off the bijstand: the wage per month (knowledge/'s total income minus the bijstand left) minus
        # the part kept
        af = Decimal(str(uit["totaal_inkomen"])) - Decimal(str(uit["aanvullende_bijstand"])) - \
            Decimal(str(uit["vrijlating_per_maand"]))
        return "bedrag", {**waarden, "leeftijd": str(leeftijd), "vrijlating": euro(Decimal(str(uit["vrijlating_per_maand"]))),
                          "vrijlating_deel": procent(Decimal(str(uit["percentage"]))), "loon_af": euro(af)}
    oud, jong = (_vrijlating(loon, grens, peildatum, gemeente, bekend),
                 _vrijlating(loon, grens - 1, peildatum, gemeente, bekend))
    if oud is None or jong is None:
        return None
    waarden["vrijlating"] = euro(Decimal(str(oud["vrijlating_per_maand"])))
    waarden["vrijlating_deel"] = procent(Decimal(str(oud["percentage"])))  # "12.5% of your net pay" (a single parent)
    if jong["vrijlating_per_maand"] <= 0:
        return "zonder_leeftijd_jong_niets", waarden
    return "zonder_leeftijd", {**waarden, "vrijlating_jong": euro(Decimal(str(jong["vrijlating_per_maand"])))}


def bijstand_naast_loon(text: str, peildatum: date, gemeente: str | None = None) -> Antwoord | None:
    """'ben 40, 10 uur per week voor 11 euro per uur, wat blijft er over van mn bijstand' read as the earnings topic:
    after what may be kept, the bijstand left beside the wage (knowledge/: the norm minus the wage plus the part kept).
    How the person lives not said: for someone on their own (the text says so). None without a wage and an age, with
    a partner, housemates, or nothing left."""
    from actions.feiten_uit_bericht._gedeeld import leefsituatie  # (the module of the shared readers)
    loon, leeftijd = eigen_loon(text), eigen_leeftijd(text)
    situatie = leefsituatie(text, peildatum)
    if loon is None or leeftijd is None or situatie not in (None, "alleenstaande", "alleenstaande_ouder") or \
            parse.medebewoners(text) or medische_urenbeperking(text):
        return None
    if not any(b.soort == "loon" and not b.van_partner for b in parse.bedragen(text)) and loon_per_uur(text) is None:
        return None  # an amount not said to be a wage ("mag ik 200 houden" may be a gift): only what may be kept
    start = start_werk(text, peildatum)
    uit = _vrijlating(loon, leeftijd, peildatum, gemeente, {
        "leefsituatie": situatie or "alleenstaande", **({"start_werk": start.isoformat()} if start else {})})
    if uit is None or uit.get("aanvullende_bijstand") is None or uit["aanvullende_bijstand"] <= 0:
        return None
    return Antwoord("utter_bijverdienen_bijstand_erbij" + ("_alleen" if situatie is None else ""), {
        "bijstand_over": euro(Decimal(str(uit["aanvullende_bijstand"]))),
        "inkomsten_totaal": euro(Decimal(str(uit["totaal_inkomen"])))})


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
