"""Time abroad (buitenland): the trip planned and the trips this year already taken, read from the message,
against knowledge/'s verblijf_buitenland."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import _HEEFT_AOW, Antwoord, _aow_leeftijd, eigen_leeftijd
from knowledge.datums import kalenderjaar, plus_maanden
from knowledge.teksten import alle_teksten, datum, tekst


# "mag ik langer dan 4 weken blijven", "mag ik langer blijven dan 4 weken"
_LANGER_DAN = re.compile(r"\b(?:langer|meer)\s+(?:\w+\s+){0,2}?dan\b")


# "telt de dag van vertrek mee", "tellen de reisdagen ook": how the days of a trip are counted.
# "mag ik zijn weken erbij nemen", "kan ik de weken van mijn vrouw gebruiken", "haar weken overnemen": a partner's
# weeks added to one's own (each partner has their own weeks; legal-facts-topics.md 1, session 17).
_WEKEN_VAN_PARTNER = re.compile(
    r"\b(?:zijn|haar|z'n)\s+(?:\w+\s+)?(?:weken|dagen)\s+(?:\w+\s+)?(?:erbij|bij\s+(?:mijn|de\s+mijne)|overnemen|over\s+nemen"
    r"|gebruiken|lenen|krijgen|optellen|meetellen\s+voor\s+mij)\b"
    r"|\b(?:weken|dagen)\s+van\s+(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\s+(?:\w+\s+)?(?:erbij|overnemen|over\s+nemen"
    r"|gebruiken|lenen|krijgen|optellen)\b")
# "4 weken plus de 8 dagen van dit jaar", "mag ik mijn dagen die over zijn meenemen naar volgend jaar", "de rest van dit
# jaar erbij": days not used this year taken on to the next (session 18).
_DAGEN_MEENEMEN = re.compile(
    r"\b(?:plus|en|\+|met)\s+(?:de\s+|mijn\s+|die\s+)?(?:\d{1,2}\s+|overige\s+|resterende\s+)?(?:dagen|weken|rest)\s+"
    r"(?:\w+\s+)?(?:van|uit)\s+(?:dit|vorig|het\s+vorige)\s+jaar\b"
    r"|\b(?:dagen|weken)\b[^.?!]{0,40}?\b(?:meenemen|mee\s+nemen|meetellen|overzetten|doorschuiven|opsparen|sparen|overhevelen)"
    r"\b[^.?!]{0,30}?\b(?:volgend|volgende|komend|nieuwe?)\s+jaar\b"
    r"|\b(?:dagen|weken)\b[^.?!]{0,30}?\b(?:mee|over)\s+naar\s+(?:volgend|het\s+nieuwe|komend)\s+jaar\b")
_DAGEN_TELLEN = re.compile(r"\b(?:dag\s+van\s+(?:vertrek|terugkomst|terugkeer|aankomst|thuiskomst)|vertrekdag|reisdag\w*"
                           r"|terugreisdag|heen-?\s*en\s+terugreis)\b[^.?!]{0,40}?\btel\w*"
                           r"|\btel\w*\b[^.?!]{0,30}?\b(?:dag\s+van\s+(?:vertrek|terugkomst|terugkeer)|vertrekdag|reisdag\w*)\b")


def buitenland(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """How long the person wants to be abroad, as a trip, through knowledge/'s verblijf_buitenland:
    too long, or the days left in that calendar year (more from the AOW age). Trips this year already
    taken ("ik ben dit jaar al 2 keer 9 dagen weg geweest") count too."""
    bericht = text
    if _VRIJLATING_WOORD.search(text.lower()) and not (_BUITENLAND_WOORD.search(text.lower())
                                                        or _REIS_WOORD.search(text.lower())):
        # "ik heb 6 maanden met 25% vrijlating gehad, wat nu" read as a trip: the months of the earnings rule, no trip
        # (session 19); the earnings answer when it has one
        from actions.feiten_uit_bericht.vrijlating import bijverdienen
        return bijverdienen(text, peildatum, "bijverdienen")
    if _WEKEN_VAN_PARTNER.search(text.lower()):
        return Antwoord("utter_buitenland_weken_partner_niet", {})  # "mag ik zijn weken erbij nemen": no, own weeks
    if _DAGEN_TELLEN.search(text.lower()):
        return Antwoord("utter_buitenland_dagen_tellen", {})  # "telt de dag van vertrek mee"
    if _DAGEN_MEENEMEN.search(text.lower()):
        return Antwoord("utter_buitenland_dagen_niet_mee", {})  # "4 weken plus de 8 dagen van dit jaar": no (s18)
    if in_nederland(text):
        leeftijd = _leeftijd_voor_buitenland(text, peildatum)  # past the AOW age: the SVB's limit, no work to look for
        aio = leeftijd != knowledge.ONBEKEND and leeftijd >= _aow_leeftijd(peildatum)
        return Antwoord("utter_buitenland_in_nederland_aio" if aio else "utter_buitenland_in_nederland", {})  # Texel
    if (weekenden := elk_weekend(text, peildatum)) is not None:
        return weekenden  # "elk weekend vrijdag heen en zondag terug, hoeveel weekenden mag dat"
    if (over := dagen_over_gezegd(text, peildatum)) is not None:
        return over  # "ik wil 10 dagen naar Marokko maar ik heb nog maar 8 dagen over"
    if (samen := geplande_reizen(text, peildatum)) is not None:
        return samen  # "in maart 2 weken, en in juli wil ik weer 3 weken": both trips count
    if (partner := met_partner(text, peildatum)) is not None:
        return partner  # "mijn man en ik willen 3 weken; hij was al 2 weken weg, ik nog niet": each their own days
    if (los := partner_reis_los(text, peildatum)) is not None:
        return los  # "mijn man was in mei 3 weken weg, mag ik nu 4 weken": his weeks are not mine
    if eerdere_reizen(text, peildatum):
        reis = nieuwe_reis(text, peildatum)
        if reis is None or peildatum_voor_reis(reis, peildatum).year == peildatum.year:
            return buitenland_met_eerdere(text, peildatum)
        text = _nieuw_deel(text, peildatum)  # a trip next year: this year's trips do not count for it
    reis = reis_uit_tekst(text, peildatum)
    if reis is None and not _LANGER_DAN.search(text.lower()) and _HEEFT_AOW.search(text.lower()):
        # "mijn vader van 70 heeft aio, hoe lang mag hij naar Suriname": the AIO's limit and the SVB.
        return Antwoord("utter_buitenland_aio", {})
    if reis is None or _LANGER_DAN.search(text.lower()):
        return None  # "langer dan 4 weken" asks what happens then: the general answer says it
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    duur = parse.duur(text) or parse.Duur(dagen, "dag")  # "van 3 tot 20 juli": its days
    jaar_van_reis = peildatum_voor_reis(reis, peildatum)
    invoer = {"peildatum": jaar_van_reis.isoformat(), "reizen": [reis],
              "leeftijd": _leeftijd_voor_buitenland(bericht, peildatum)}
    if (partner_leeftijd := partner_reist_mee(bericht, peildatum)) is not None:
        invoer["partner_leeftijd"] = partner_leeftijd  # past the AOW age, a younger partner keeps the shorter limit
    try:
        uit = knowledge.bereken("verblijf_buitenland", invoer)
    except knowledge.InvoerFout:
        return None  # a trip Wegwijs cannot place (too far ahead): the general answer
    waarden = {"reis_duur": parse.duur_tekst(duur), "buitenland_max_weken": str(uit["max_weken"]),
               "reis_dagen": str(uit["langste_reis_dagen"]), "max_dagen": str(uit["max_dagen"]),
               "dagen_over": str(uit["dagen_over"]), "dagen_zonder_bijstand": str(uit["dagen_zonder_bijstand"]),
               "jaar": str(jaar_van_reis.year)}
    if "partner_max_weken" in uit and not uit["te_lang"]:
        # "ik ben 70 en heb aio, mijn vrouw is 62, we willen 5 weken naar Suriname": fits the AIO, not the partner's
        waarden.update({k: str(uit[k]) for k in ("partner_max_weken", "partner_dagen_over", "partner_dagen_zonder_aio")})
        return Antwoord("utter_buitenland_aio_partner_te_lang" if uit["partner_te_lang"]
                        else "utter_buitenland_aio_partner_mag", waarden)
    if uit["uitvoerder"] == "svb" and not uit["aow_leeftijd"]:
        # "ik ben 60 en mijn man is 68, we gaan samen 5 weken": the SVB pays the couple's AIO (art. 47a lid 1), the
        # person keeps the limit of their own age; a trip over New Year: its days past the limit in one go count too
        waarden["dagen_zonder_bijstand"] = str(max(uit["dagen_zonder_bijstand"],
                                                   uit["langste_reis_dagen"] - uit["max_dagen"]))
        return Antwoord("utter_buitenland_partner_aow_te_lang" if uit["te_lang"] else "utter_buitenland_partner_aow_mag",
                        waarden)
    if uit["te_lang"] and uit["max_weken"] == knowledge.waarde("buitenland.weken_per_jaar_aow", jaar_van_reis):
        return Antwoord("utter_buitenland_reis_te_lang_aio", waarden)  # past the AOW age: the SVB's AIO stops
    if uit["te_lang"]:
        # A trip said with its dates ("sinds 20 november, tot 25 december"): the last day to come back and keep the
        # bijstand, the day before knowledge/'s first day without it (a length alone has no real day of leaving).
        eerste_zonder = uit.get("eerste_dag_zonder_bijstand")
        waarden["uiterlijk_terug"] = tekst("buitenland.uiterlijk_terug", datum=datum(
            date.fromisoformat(eerste_zonder) - timedelta(days=1))) + " " if eerste_zonder and not parse.duur(text) else ""
    return Antwoord(met_aio("utter_buitenland_reis_te_lang" if uit["te_lang"] else "utter_buitenland_dagen_over", uit,
                            jaar_van_reis), waarden)


# "ik ga elk weekend vrijdag heen en zondag terug", "weekendjes van zaterdag tot maandag": the same short trip again and
# again; how many fit in the days of a calendar year (the day of departure counts as a day in the Netherlands).
_WEEKEND = re.compile(r"\b(?:elk|ieder|iedere|elke|alle|om\s+de\s+week\s+een|veel|vaak)\s+weekend\b|\bweekend(?:en|s|jes?)\b")
_WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_WEEKDAG_TOT_WEEKDAG = re.compile(r"\b(?P<van>" + "|".join(_WEEKDAGEN) + r")\w*\b[^.?!]{0,40}?\b(?P<tot>" + "|".join(_WEEKDAGEN)
                          + r")\w*\b")


def elk_weekend(text: str, peildatum: date) -> Antwoord | None:
    """'ik ga elk weekend vrijdag heen en zondag terug, hoeveel weekenden kan ik dat doen in een jaar': the days one
    such trip counts (knowledge/'s verblijf_buitenland, for the first such weekend of the year) and how many of them
    fit in the year's days abroad."""
    lowered = text.lower()
    if not _WEEKEND.search(lowered) or (m := _WEEKDAG_TOT_WEEKDAG.search(lowered)) is None or _WEEKENDEN.search(lowered):
        return None  # ("6 weekenden geweest, altijd vrijdag tot zondag, nu 2 weken": weekends taken, counted as days)
    van, tot = _WEEKDAGEN.index(m["van"]), _WEEKDAGEN.index(m["tot"])
    begin = date(peildatum.year, 1, 1)
    vertrek = begin + timedelta(days=(van - begin.weekday()) % 7)
    terug = vertrek + timedelta(days=(tot - van) % 7 or 7)
    try:
        uit = knowledge.bereken("verblijf_buitenland", {
            "peildatum": peildatum.isoformat(), "leeftijd": _leeftijd_voor_buitenland(text, peildatum),
            "reizen": [{"vertrek": vertrek.isoformat(), "terug": terug.isoformat()}]})
    except knowledge.InvoerFout:
        return None
    dagen = uit["langste_reis_dagen"]
    if not dagen:
        return None
    return Antwoord(met_aio("utter_buitenland_weekenden", uit, peildatum), {
        "reis_dagen": str(dagen), "max_dagen": str(uit["max_dagen"]), "weekenden": str(uit["max_dagen"] // dagen)})


# "ik ga 2 weken op vakantie in Nederland", "6 weken naar Texel": a stay inside the Netherlands, which art. 13 lid 1
# onder e does not limit. Only when the message names no place abroad ("van Texel naar Marokko" is a trip abroad).
_IN_NEDERLAND = re.compile(
    r"\b(?:in|binnen|door)\s+(?:eigen\s+land|nederland|nl)\b|\bin\s+het\s+land\s+blijven\b"
    r"|\b(?:naar|op|in|aan)\s+(?:de\s+)?(?:texel|vlieland|terschelling|ameland|schiermonnikoog|waddeneilanden|wadden"
    r"|veluwe|zeeland|limburg|drenthe|friesland|groningen|achterhoek|twente|brabant|noordzeekust|zandvoort|scheveningen"
    r"|camping\s+in\s+nederland)\b")
_BUITENLAND_WOORD = re.compile(r"\bbuitenland|\bbuiten\s+nederland\b|\bgrens\b|\bvliegen\b|\bvliegtuig\b"
                               r"|\bnaar\s+(?!de\s|het\s|texel|vlieland|terschelling|ameland|schiermonnikoog|veluwe|zeeland"
                               r"|limburg|drenthe|friesland|groningen|achterhoek|twente|brabant|zandvoort|scheveningen|nederland"
                               r"|huis|mijn|m'n|mn|een|familie|vrienden|zee|het\s+strand)[a-z]+")


# "25% vrij", "de vrijlating", "12,5 procent": the earnings rule's words; "weg", "vakantie", "reis": a trip's.
_VRIJLATING_WOORD = re.compile(r"\bvrijlating\w*|\d+(?:[.,]\d+)?\s*(?:%|procent)")
_REIS_WOORD = re.compile(r"\bweg\b|\bvakantie\w*|\breis\w*|\bvertrek\w*|\bterug\b|\bgevlogen\b|\bvlucht\w*")


_WOONT_IN_NL = re.compile(r"\b(?:woon|woont|wonen|woonde|geboren|opgegroeid|ben|zijn|zit)\b[^.,;?!]{0,25}?"
                          r"\bin\s+(?:nederland|nl)\b")


def in_nederland(text: str) -> bool:
    """A stay the message places inside the Netherlands, with no place abroad in it."""
    lowered = _WOONT_IN_NL.sub(" ", text.lower())  # "ik woon al 30 jaar in Nederland" says where, not the trip
    return bool(_IN_NEDERLAND.search(lowered)) and not _BUITENLAND_WOORD.search(lowered)


# "met mijn vrouw", "samen": the partner comes along on the trip.
_PARTNER_MEE = re.compile(r"\bmet\s+(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\b|\bsamen\b|\bgaat\s+mee\b|\bmee\b")


# "ik ben 68 en mijn vrouw ook": the partner has the person's own age (session 18).
_PARTNER_OOK = re.compile(r"\bi?k\s+ben\s+(?P<jaren>\d{2})\b[^.?!]{0,12}?\ben\s+(?:mijn|m'n|mn)\s+(?:man|vrouw|partner"
                          r"|echtgeno\w*)\s+(?:is\s+)?ook\b")


def partner_reist_mee(text: str, peildatum: date | None = None) -> int | None:
    """The partner's age, when the message names it and the partner comes along ("mijn vrouw is 62, we willen samen
    5 weken", "met mijn man van 63", "ik ben 68 en mijn vrouw ook"): knowledge/ then counts the partner's own limit.
    None otherwise; "mijn man en ik willen 8 weken" gives no age (the weeks are no age)."""
    lowered = text.lower()
    if not (_SAMEN_WEG.search(lowered) or _PARTNER_MEE.search(lowered)):
        return None
    if (ook := _PARTNER_OOK.search(lowered)) is not None:
        return int(ook["jaren"])
    minimum = knowledge.waarde("leeftijd.minimum_bijstand", peildatum or date.today())
    partners = [m for m in parse.medebewoners(text) or [] if m.relatie == "partner" and m.leeftijd is not None
                and (minimum is None or m.leeftijd >= minimum)]
    return partners[0].leeftijd if len(partners) == 1 else None


def partner_leeftijd_onbekend_aio(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 69, mijn man en ik willen 8 weken naar Turkije': past the AOW age, with the partner along whose age the
    message does not say, and a trip longer than the limit of a partner under the AOW age (knowledge/, the SVB): that
    limit for the partner, said as a condition (session 18; before, nothing was said of the partner)."""
    lowered = text.lower()
    leeftijd = _leeftijd_voor_buitenland(text, peildatum)
    if leeftijd == knowledge.ONBEKEND or leeftijd < _aow_leeftijd(peildatum) or not _SAMEN_WEG.search(lowered) \
            or not _PARTNER_GENOEMD.search(lowered) or partner_reist_mee(text, peildatum) is not None:
        return None
    weken = knowledge.waarde("buitenland.weken_per_jaar_aio_partner_jonger", peildatum)
    duur = parse.duur(text)
    if weken is None or duur is None or duur.eenheid == "dag" and duur.aantal <= 7 * weken \
            or duur.eenheid == "week" and duur.aantal <= weken:
        return None
    return Antwoord("utter_buitenland_partner_leeftijd_aio", {"partner_max_weken": str(int(weken))})


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
               "dagen_over_voor": str(_dagen_over(eerder, text, peildatum)),
               "buitenland_max_weken": str(uit["max_weken"]), "dagen_over": str(uit["dagen_over"]),
               "dagen_zonder_bijstand": str(uit["dagen_zonder_bijstand"]), "jaar": str(peildatum.year)}
    if reis is None and not uit["te_lang"] and uit["dagen_over"] <= 0:
        # "ik was dit jaar al 28 dagen weg, mag ik nog een weekend naar Antwerpen": no days left this year
        return Antwoord(met_aio("utter_buitenland_eerder_op", uit, peildatum), waarden)
    if reis is None:
        return Antwoord(met_aio("utter_buitenland_eerder_te_lang_al" if uit["te_lang"] else "utter_buitenland_eerder_over",
                                uit, peildatum), waarden)
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    waarden["reis_duur"] = parse.duur_tekst(parse.Duur(dagen, "dag"))
    if (duur := parse.duur(_nieuw_deel(text, peildatum))) is not None:
        waarden["reis_duur"] = parse.duur_tekst(duur)
    return Antwoord(met_aio("utter_buitenland_eerder_te_lang" if uit["te_lang"] else "utter_buitenland_eerder_mag",
                            uit, peildatum), waarden)


# Answers with a text of their own past the AOW age: the AIO's limit, reported to and decided by the SVB.
_MET_AIO_TEKST = frozenset({"utter_buitenland_eerder_mag", "utter_buitenland_eerder_te_lang", "utter_buitenland_dagen_over",
                            "utter_buitenland_over_mag", "utter_buitenland_over_te_lang", "utter_buitenland_reizen_mag",
                            "utter_buitenland_reizen_te_lang", "utter_buitenland_eerder_op",
                            "utter_buitenland_eerder_over", "utter_buitenland_eerder_te_lang_al",
                            "utter_buitenland_weekenden"})


def met_aio(response: str, uit: dict, peildatum: date) -> str:
    """``response``'s AIO text when knowledge/ applied the limit from the AOW age (the SVB's, not the gemeente's)."""
    aio = uit["max_weken"] == knowledge.waarde("buitenland.weken_per_jaar_aow", peildatum)
    return f"{response}_aio" if aio and response in _MET_AIO_TEKST else response


def _dagen_over(eerder: list[dict], text: str, peildatum: date) -> int:
    """The days left this calendar year before the new trip: knowledge/ counts the trips already taken."""
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(), "reizen": eerder,
                                                    "leeftijd": _leeftijd_voor_buitenland(text, peildatum)})
    return uit["dagen_over"]


# "ik heb nog maar 8 dagen over", "ik heb dit jaar nog 8 dagen": the days left this year, as the person counted them.
_NOG_DAGEN_OVER = re.compile(r"\b(?:heb|hebben|heeft)\s+(?:ik\s+|we\s+|wij\s+)?(?:dit\s+jaar\s+)?nog\s+(?:maar\s+|wel\s+)?"
                             r"(?P<n>\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+"
                             r"(?P<eenheid>dagen|dag|weken|week)\b(?:\s+(?:over|vakantie|vrij|te\s+goed))?")


def dagen_over_gezegd(text: str, peildatum: date) -> Antwoord | None:
    """'ik wil 10 dagen naar Marokko maar ik heb nog maar 8 dagen over': the days left as the person says them
    count as the days already used this year (the limit minus those), then the new trip, through knowledge/."""
    m = _NOG_DAGEN_OVER.search(text.lower())
    if m is None:
        return None
    rest = (text.lower()[:m.start()] + " , " + text.lower()[m.end():]).strip()
    reis = reis_uit_tekst(rest, peildatum)
    over = parse._geheel(m["n"])
    if reis is None or over is None or peildatum_voor_reis(reis, peildatum).year != peildatum.year:
        return None
    over *= DAGEN_PER[_EENHEID[m["eenheid"]]]
    leeftijd = _leeftijd_voor_buitenland(text, peildatum)
    try:
        grens = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(), "reizen": [reis],
                                                          "leeftijd": leeftijd})["max_dagen"]
        if over > grens:
            return None  # more days left than the limit: not what was meant
        begin = kalenderjaar(peildatum)[0]
        eerder = [{"vertrek": begin.isoformat(), "terug": (begin + timedelta(days=grens - over)).isoformat()}] \
            if over < grens else []
        uit = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(), "reizen": [*eerder, reis],
                                                        "leeftijd": leeftijd})
    except knowledge.InvoerFout:
        return None
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    duur = parse.duur(rest) or parse.Duur(dagen, "dag")
    waarden = {"dagen_eerder": str(grens - over), "dagen_over_voor": str(over), "max_dagen": str(uit["max_dagen"]),
               "buitenland_max_weken": str(uit["max_weken"]), "dagen_over": str(uit["dagen_over"]),
               "dagen_zonder_bijstand": str(uit["dagen_zonder_bijstand"]), "jaar": str(peildatum.year),
               "reis_duur": parse.duur_tekst(duur)}
    return Antwoord(met_aio("utter_buitenland_over_te_lang" if uit["te_lang"] else "utter_buitenland_over_mag", uit,
                            peildatum), waarden)


# Where one part of a message ends and the next begins: punctuation, "maar", or a new question.
_ZINSDEEL = re.compile(r"[,.;!?]+|\s+(?:maar|en\s+nu)\s+|\s+(?=(?:mag|kan|wil|ga|moet|hoeveel|hoelang|hoe\s+lang)"
                       r"\s+(?:ik|je|we|u|nog)\b)|\s+(?=(?:ik|we)\s+(?:wil|ga|wil\s+nog|mag)\b)"
                       # "ik was in april 3 weken weg en wil in december 2 weken": "en" before a plan starts a new part
                       r"|\s+en\s+(?=(?:nu\s+)?(?:wil|wilt|willen|ga|gaan|mag|mogen|moet|moeten)\b)")
# "2 keer 9 dagen", "twee keer een week", "3 weken": how many trips of how long.
_KEER_DUUR = re.compile(r"\b(?:(?P<keer>\d{1,2}|een|twee|drie|vier|vijf)\s*(?:keer|x|maal)\s+)?"
                        r"(?P<n>\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+"
                        r"(?P<eenheid>dagen|dag|weken|week|maanden|maand)\b(?!\s+(?:geleden\b|terug\b"
                        r"(?!\s+(?:gekomen|gekeerd|kwam|kwamen|gevlogen|gereisd|naar|in|thuis)\b)))")


# "t.m.", "t/m" and "sept." are one word: their dots end no part of the message.
_AFKORTING_MET_PUNT = re.compile(r"\bt\s*[./]\s*m\b\.?|\b(jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.")


# "3 keer een weekend ... van vrijdag tot zondag", "6 weekenden, altijd vrijdag tot zondag", "2 weekendjes": weekends
# counted as trips of their days (session 20: not added up). A weekend is the days of its weekdays said anywhere in the
# message (knowledge/ counts the day of return, not the day of leaving: Friday to Sunday is 2), else 2 (a long weekend 3).
_GETAL_WOORD = r"\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
_WEEKENDEN = re.compile(r"\b(?P<n>" + _GETAL_WOORD + r")\s*(?:keer|x|maal)\s+(?:een\s+)?(?P<lang>lang\s+)?weekend(?:je)?\b"
                        r"|\b(?P<m>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?P<lange>lange\s+)?"
                        r"weekend(?:en|s|jes)\b")


def _weekenden_als_dagen(lowered: str) -> str:
    """Counted weekends as that many trips of their days ("3 keer 2 dagen"), for the readers of trips."""
    if not _WEEKENDEN.search(lowered):
        return lowered
    span = _WEEKDAG_TOT_WEEKDAG.search(lowered)
    dagen = (_WEEKDAGEN.index(span["tot"]) - _WEEKDAGEN.index(span["van"])) % 7 if span else 0

    def als_dagen(w: re.Match) -> str:
        rest = re.split(r"[.?!]", lowered[w.end():], maxsplit=1)[0]
        if len(_DAGEN_GENOEMD.findall(rest)) >= (parse._geheel(w["n"] or w["m"]) or 99):
            return w[0]  # "3x een lang weekend geweest: 3 dagen, 4 dagen en 3 dagen": their days are said
        return f"{w['n'] or w['m']} keer {dagen or (3 if w['lang'] or w['lange'] else 2)} dagen"
    return _WEEKENDEN.sub(als_dagen, lowered)


_DAGEN_GENOEMD = re.compile(r"\b\d{1,2}\s+dag(?:en)?\b")


def _schoon(text: str) -> str:
    return _weekenden_als_dagen(_AFKORTING_MET_PUNT.sub(lambda m: m[1] or "tm", text.lower()))


def _zinsdelen(text: str) -> list[str]:
    return [deel for deel in _ZINSDEEL.split(_schoon(text)) if deel and deel.strip()]


# "heb mijn 4 weken dit jaar al op", "mijn weken zijn al opgemaakt": days already used, a trip already taken.
_AL_OP = re.compile(r"\b(?:dagen|weken)\b[^.?!,]{0,25}?\b(?:al|allemaal|helemaal)\s+(?:op|opgemaakt|gebruikt|verbruikt|opgebruikt)\b"
                    r"|\b(?:dagen|weken)\b[^.?!,]{0,25}?\b(?:zijn|is)\s+op\b"
                    # "mijn man heeft zijn 4 weken dit jaar op", "ik heb mijn dagen opgemaakt"
                    r"|\b(?:heeft|heb|hebben|had)\s+(?:\w+\s+){0,4}?(?:dagen|weken)\b[^.?!,]{0,25}?\bop\s*$"
                    r"|\b(?:dagen|weken)\b[^.?!,]{0,30}?\b(?:opgemaakt|opgebruikt|verbruikt)")


_DIT_JAAR = re.compile(r"\bdit\s+jaar\b")
_VORIG_JAAR = re.compile(r"\bvorig\w*\s+jaar\b")


# "ben nu 26 dagen weg", "ik zit al 3 weken in Marokko": a trip going on, its days so far already used.
_NU_WEG = re.compile(r"\b(?:ben|zit|zijn|zitten|verblijf)\s+(?:nu\s+|al\s+|nu\s+al\s+|inmiddels\s+)"
                     r"(?:\d{1,3}|een|twee|drie|vier|vijf|zes)\s+(?:dagen|dag|weken|week)\s+(?:weg|in\b|hier|buiten|daar)")
# "3 dagen, 4 dagen en 3 dagen": a part that is only a length of time, said right after a part about trips taken.
_DUUR_WOORD = r"(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:dagen|dag|weken|week)"
# "augustus 1 week", "1 week in augustus": such a part may name its month too ("april 3 weken weg geweest, augustus 1 week").
_MAAND_WOORD = r"(?:in\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_ALLEEN_DUUR = re.compile(r"^\s*(?:en\s+|nog\s+)?(?:" + _MAAND_WOORD + r"\s+)?" + _DUUR_WOORD + r"(?:\s+" + _MAAND_WOORD
                          + r")?(?:\s*(?:,|\ben\b)\s*" + _DUUR_WOORD + r")*\s*$")


def _verleden_delen(text: str, vandaag: date | None = None) -> list[tuple[str, bool]]:
    """Each part of the message, with whether it is about a trip already taken; a part that is only a length of time
    ("3 dagen, 4 dagen en 3 dagen") is of the kind of the part before it."""
    uit: list[tuple[str, bool]] = []
    for deel in _zinsdelen(text):
        verleden = _verleden_deel(deel, vandaag) or bool(uit and uit[-1][1] and _ALLEEN_DUUR.search(deel))
        uit.append((deel, verleden))
    return uit


def _verleden_deel(deel: str, vandaag: date | None = None) -> bool:
    """A part about a trip already taken: it says so ("geweest", "was": parse.zegt_verleden), or it says nothing
    of going ("ik ga", "mag ik": parse.zegt_toekomst with the wish, the trip asked for) and gives the dates of a
    trip that this year have passed ("weg op 3 mei en terug op 12 mei" in December: read as a trip to come, they
    would be next year's)."""
    if parse.zegt_verleden(deel) or _AL_OP.search(deel) or _NU_WEG.search(deel):
        return True
    if vandaag is None or parse.zegt_toekomst(deel, ook_wens=True):
        return False
    if _DIT_JAAR.search(deel) and (maand := _IN_MAAND.search(deel)) and \
            _MAAND_NAMEN.index(maand["maand"]) + 1 < vandaag.month:
        return True  # "dit jaar 3 weken in juli" said in December, with no verb: a trip taken
    if _NAAR_TERUG.search(deel) and not _VERTREK_TERUG.search(deel):
        return False  # "we reizen 10 januari naar suriname en komen 20 februari terug", no past tense: to come (s21)
    reis = _van_tot(deel, vandaag, richting="toekomst")
    return reis is not None and date.fromisoformat(reis["vertrek"]).year > vandaag.year


def _nieuw_deel(text: str, vandaag: date | None = None) -> str:
    """The parts of a message that are not about a trip already taken."""
    return " , ".join(deel for deel, verleden in _verleden_delen(text, vandaag) if not verleden)


def eerdere_reizen(text: str, vandaag: date, verleden_gezegd: bool = True) -> list[dict]:
    """The trips this year already taken, from the parts of a message that speak of them in the past
    ("ik ben dit jaar al 2 keer 9 dagen weg geweest"): each as knowledge/ takes it, placed in its month when
    the part names one, else one after another from 1 January. ``verleden_gezegd`` False: every part counts
    (the answer to "Was u dit jaar al eerder weg?")."""
    reizen: list[dict] = []
    begin = kalenderjaar(vandaag)[0]
    genoemde_maand: int | None = None  # the month a part before named ("in maart geweest, vertrokken op de 2e")
    for deel, verleden in _verleden_delen(text, vandaag):
        if verleden_gezegd and not verleden or _VORIG_JAAR.search(deel):
            continue  # (a trip of last year does not count for this year's weeks)
        if (met_data := _van_tot(deel, vandaag, richting="verleden")
                or _dagen_in_maand(deel, vandaag, genoemde_maand)) is not None \
                and date.fromisoformat(met_data["terug"]) <= vandaag:
            reizen.append(met_data)  # "17 aug vertrokken en 7 sept teruggekomen": its own dates
            continue
        maand = _IN_MAAND.search(deel)
        genoemde_maand = _MAAND_NAMEN.index(maand["maand"]) + 1 if maand else genoemde_maand
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

# "vertrokken op de 2e en terug op de 16e": two days of a month said as ordinals, the month named in the part or before.
_DE_DAG = re.compile(r"\bde\s+(\d{1,2})\s*(?:e|de|ste)\b")


def _dagen_in_maand(deel: str, vandaag: date, genoemde_maand: int | None) -> dict | None:
    """'ben in maart in marokko geweest, vertrokken op de 2e en terug op de 16e': a trip taken, its two days in the
    month the part (or the part before) names."""
    maand = _IN_MAAND.search(deel)
    maand_nr = _MAAND_NAMEN.index(maand["maand"]) + 1 if maand else genoemde_maand
    if maand_nr is None or not _VERTREK_TERUG.search(deel) or len(dagen := _DE_DAG.findall(deel)) != 2:
        return None
    d1, d2 = int(dagen[0]), int(dagen[1])
    vertrek = parse.zonder_jaar(vandaag, "verleden", lambda j: date(j, maand_nr, d1))
    if vertrek is None or d2 < d1:
        return None
    try:
        return {"vertrek": vertrek.isoformat(), "terug": date(vertrek.year, maand_nr, d2).isoformat()}
    except ValueError:
        return None


def nieuwe_reis(text: str, vandaag: date) -> dict | None:
    """The trip the person plans, from the parts of the message not about trips already taken."""
    if not any(verleden for _, verleden in _verleden_delen(text, vandaag)):
        return reis_uit_tekst(text, vandaag)
    deel = _nieuw_deel(text, vandaag)
    return reis_uit_tekst(deel, vandaag) if deel else None


def peildatum_voor_reis(reis: dict, vandaag: date) -> date:
    """The days left are counted in the calendar year of the trip: today, or 1 January of a later year."""
    return max(vandaag, kalenderjaar(date.fromisoformat(reis["vertrek"]))[0])


_MAAND_NAMEN = alle_teksten()["maanden"]  # januari .. december, as knowledge/ writes them
# After a day number a month may be short ("17 aug", "7 sept"); alone only its full name ("met Jan" is no month).
_MAAND_NR = {**{naam: nr for naam, nr in parse._MAANDEN.items()}, **{naam: i + 1 for i, naam in enumerate(_MAAND_NAMEN)}}
_MAAND_KORT = "|".join(sorted(_MAAND_NR, key=len, reverse=True))
_OP_DAG = re.compile(r"\b(?P<dag>\d{1,2})\s+(?P<maand>" + _MAAND_KORT + r")\b")
_IN_MAAND = re.compile(r"\b(?P<maand>" + "|".join(_MAAND_NAMEN) + r")\b")
_VOLGENDE_MAAND = re.compile(r"\bvolgende\s+maand\b")
_VOLGEND_JAAR = re.compile(r"\b(?:volgend|komend)\s+jaar\b|\bin\s+(?P<jaar>20\d\d)\b")


# "ik ga 2 jaar naar marokko", "een jaar weg", "een half jaar in turkije": a stay of years abroad (no length of parse.duur,
# where "30 jaar" is an age), said in months so the trip reader counts it (session 20's leftover).
_JAREN_WEG = re.compile(r"\b(?P<n>\d|een|twee|drie|vier|vijf|anderhalf|(?:een\s+)?half)\s+jaar\s+"
                        r"(?=(?:lang\s+|of\s+zo\s+|ofzo\s+)?(?:naar|weg|in|op|bij|buiten|terug\s+naar|wonen)\b)")
_JAREN_MAANDEN = {"een": 12, "twee": 24, "drie": 36, "vier": 48, "vijf": 60, "anderhalf": 18, "half": 6, "een half": 6}


def _als_maanden(m: re.Match) -> str:
    """At most a year: a longer stay runs over more than one next calendar year, which the trip reader does not count
    (it stays as written: the general rule answers it)."""
    n = m["n"]
    maanden = int(n) * 12 if n.isdigit() else _JAREN_MAANDEN[" ".join(n.split())]
    return f"{maanden} maanden " if maanden <= 12 else m[0]


def reis_uit_tekst(text: str, vandaag: date, richting: parse.Richting = "toekomst") -> dict | None:
    """A trip as knowledge/ takes it ({"vertrek", "terug"}) from a length and, if said, when:
    "in juli 3 weken" leaves on 1 July, "op 10 augustus 2 weken" on 10 August, without a
    month today. ``richting`` places a month or dates without a year (parse.zonder_jaar): a trip to come
    ("toekomst", the default: "in maart" or "van 3 tot 20 maart" said in December is next March) or one already
    taken ("verleden": last March). No single length: None."""
    text = _JAREN_WEG.sub(_als_maanden, text)  # "ik ga 2 jaar naar marokko": 24 months (session 21)
    duur = parse.duur(text)
    if duur is None or _DAG_TOT_DAG.search(_schoon(text)):
        # "10 dagen met kerst van 20 tot 30 december": the two dates say when (else the second date was read
        # as the day of leaving: a trip from 30 December)
        return _van_tot(text.lower(), vandaag, richting) or (None if duur is None else _met_duur(text, duur, vandaag, richting))
    return _met_duur(text, duur, vandaag, richting)


def _met_duur(text: str, duur: parse.Duur, vandaag: date, richting: parse.Richting) -> dict | None:
    vertrek = _vertrek(text.lower(), vandaag, richting)
    if vertrek is None:
        return None  # "31 juni"
    terug = plus_maanden(vertrek, duur.aantal) if duur.eenheid == "maand" else \
        vertrek + timedelta(days=duur.aantal * DAGEN_PER[duur.eenheid])
    return {"vertrek": vertrek.isoformat(), "terug": terug.isoformat()}


_DAG_TOT_DAG = re.compile(r"\b(?P<van>\d{1,2})(?:\s+(?P<maand_van>" + _MAAND_KORT + r"))?\s+"
                          r"(?:tot(?:\s+en\s+met)?|tm|-)\s+(?P<tot>\d{1,2})\s+(?P<maand>" + _MAAND_KORT + r")\b")
# ("ik vlieg 14 december en kom 4 januari terug": flying out is leaving, session 19)
_VERTREK_TERUG = re.compile(r"\b(?:vertr[eo]k\w*|weg|gegaan|ging|gingen|vlieg|vliegen|vloog|vlogen)\b.*?\bterug\w*\b")
# A trip to come: "ik wil op 20 december naar marokko en kom 15 januari terug", "ik reis 3 mei af en ben 20 mei terug":
# going somewhere is leaving too (session 21; a trip taken keeps _VERTREK_TERUG's verbs).
_NAAR_TERUG = re.compile(r"\b(?:naar|reis|reizen|af)\b.*?\bterug\w*\b")


def _van_tot(lowered: str, vandaag: date, richting: parse.Richting) -> dict | None:
    """'van 3 tot 20 juli', 'ik vertrek 1 augustus en kom 25 augustus terug': the two dates, as one period placed
    the way ``richting`` says (parse.zonder_jaar): "toekomst", a trip that has not ended before today ("in
    december: ik wil van 3 tot 20 maart" is next March); "verleden", one that began on or before today."""
    lowered = _schoon(lowered)
    if m := _DAG_TOT_DAG.search(lowered):
        maand = _MAAND_NR[m["maand"]]
        van, d1 = _MAAND_NR[m["maand_van"]] if m["maand_van"] else maand, int(m["van"])
        tot, d2 = maand, int(m["tot"])
    elif (_VERTREK_TERUG.search(lowered) or richting == "toekomst" and _NAAR_TERUG.search(lowered)) \
            and len(data := _OP_DAG.findall(lowered)) == 2:
        (d1, m1), (d2, m2) = data
        van, d1, tot, d2 = _MAAND_NR[m1], int(d1), _MAAND_NR[m2], int(d2)
    else:
        return None
    over_de_jaargrens = (tot, d2) < (van, d1)  # "van 20 december tot 10 januari"
    vertrek = parse.zonder_jaar(vandaag, richting, lambda j: date(j, van, d1),
                                lambda j: date(j + over_de_jaargrens, tot, d2))
    if vertrek is None:
        return None  # "31 juni"
    try:
        terug = date(vertrek.year + over_de_jaargrens, tot, d2)
    except ValueError:
        return None  # "van 1 tot 29 februari" in a year without it
    return {"vertrek": vertrek.isoformat(), "terug": terug.isoformat()}


def _vertrek(lowered: str, vandaag: date, richting: parse.Richting) -> date | None:
    """The day of leaving: "op 10 augustus", "in juli" (the 1st; today when it is this month and the trip is to
    come), "volgende maand", else today; a day or month placed the way ``richting`` says. None: no date."""
    if m := _OP_DAG.search(lowered):
        maand, dag = _MAAND_NR[m["maand"]], int(m["dag"])
        return parse.zonder_jaar(vandaag, richting, lambda j: date(j, maand, dag))
    if m := _IN_MAAND.search(lowered):
        maand = _MAAND_NAMEN.index(m["maand"]) + 1
        eerste = parse.zonder_jaar(vandaag, richting, lambda j: date(j, maand, 1),
                                   lambda j: date(j, maand, calendar.monthrange(j, maand)[1]))
        return max(eerste, vandaag) if richting == "toekomst" else eerste
    if _VOLGENDE_MAAND.search(lowered):
        return plus_maanden(vandaag.replace(day=1), 1)
    if richting == "toekomst" and (m := _VOLGEND_JAAR.search(lowered)) and \
            (jaar := int(m["jaar"]) if m["jaar"] else vandaag.year + 1) in (vandaag.year + 1, vandaag.year + 2):
        return date(jaar, 1, 1)  # "hij wil volgend jaar 10 weken": in next year's weeks, from 1 January
    return vandaag


DAGEN_PER = {"dag": 1, "week": 7}


# "vandaag", "today": the day of leaving said, no assumption.
_VANDAAG = re.compile(r"\b(?:vandaag|today)\b")


def vertrek_aanname(reis: dict | None, text: str, vandaag: date) -> Antwoord | None:
    """'aio, 3 weken weg geweest, wil nu 12 weken': a trip without a day of leaving is counted from today
    (_vertrek); when it then runs into the next calendar year, the response that says so (the days from 1 January
    count for that year). None for a trip with a day or month named, or one that ends this year."""
    if not reis or reis.get("vertrek") != vandaag.isoformat():
        return None
    lowered = _schoon(text.lower())
    if _VANDAAG.search(lowered) or _OP_DAG.search(lowered) or _IN_MAAND.search(lowered) or \
            _DAG_TOT_DAG.search(lowered):
        return None
    terug = date.fromisoformat(reis["terug"])
    if terug.year <= vandaag.year:
        return None
    return Antwoord("utter_aanname_vertrek_vandaag_jaarwisseling", {"jaar": str(vandaag.year + 1)})


# Where one planned trip ends and the next begins: a comma, "en" (not "tot en met"), "daarna", "plus".
# ("en met kerst nog 1 week" starts a trip; "tot en met" does not split.)
_REISDEEL = re.compile(r"\s*(?:[,;]|(?<!tot )\ben\b(?!\s+met\s+\d)|\bdaarna\b|\bplus\b)\s*")
# Someone else's trip in the message ("hij is al 2 weken weg geweest", "mijn man wil 3 weken"): not all the person's.
_ANDER_REIST = re.compile(r"\b(?:hij|zij|ze)\b|\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\b")


def _geplande(text: str, peildatum: date) -> list[dict]:
    """Two or more trips the message plans, each in a part of its own with its own length or dates, and a month
    if said: "in maart 2 weken polen, en in juli wil ik weer 3 weken", "2 weken in mei en 3 weken in augustus",
    "van 1 tot 14 april en van 1 tot 20 augustus". Trips without a month follow one another from today.
    [] when the message speaks of trips already taken or of someone else's trip, or a part has no single length."""
    lowered = _schoon(text)
    if parse.zegt_verleden(lowered) or _ANDER_REIST.search(lowered):
        return []
    reizen: list[dict] = []
    for deel in _REISDEEL.split(lowered):
        if _DAG_TOT_DAG.search(deel) or (_VERTREK_TERUG.search(deel) and len(_OP_DAG.findall(deel)) == 2):
            reis = _van_tot(deel, peildatum, richting="toekomst")
        elif len(list(_KEER_DUUR.finditer(deel))) == 1 and not _KEER_DUUR.search(deel)["keer"]:
            reis = reis_uit_tekst(deel, peildatum)
            if reis is not None and not (_IN_MAAND.search(deel) or _OP_DAG.search(deel)) and reizen:
                vorige = date.fromisoformat(reizen[-1]["terug"])  # "en daarna nog 1 week": after the one before
                lengte = date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])
                reis = {"vertrek": vorige.isoformat(), "terug": (vorige + lengte).isoformat()}
        elif _KEER_DUUR.search(deel) or _DAG_TOT_DAG.search(deel):
            return []  # two lengths in one part: not clear which trip is which
        else:
            continue  # no trip in this part ("naar turkije", "mag dat")
        if reis is None:
            return []
        reizen.append(reis)
    return reizen if len(reizen) >= 2 else []


def geplande_reizen(text: str, peildatum: date) -> Antwoord | None:
    """Several planned trips in one calendar year, added up by knowledge/'s verblijf_buitenland: together too
    long, or the days left. None for one trip, or trips in different years (each year has its own days)."""
    return reizen_samen(_geplande(text, peildatum) or reizen_per_maand(text, peildatum), text, peildatum)


# "2 weken spanje in april 1 week turkije in september mag ik met kerst nog een weekje weg": several trips in one
# run of words, each with its own month (or a feast day in a month), the last one asked for. A length may be
# small ("een weekje", "3 dagjes").
_LENGTE = re.compile(r"\b(?P<n>\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+"
                     r"(?P<eenheid>dagen|dagjes?|dag|weken|weekjes?|week|maanden|maandjes?|maand)\b"
                     r"(?!\s+(?:geleden|terug)\b)")
_FEESTDAG_MAAND = {"kerst": 12, "kerstmis": 12, "kerstvakantie": 12, "kerstdagen": 12, "sinterklaas": 12,
                   # "in de zomer nog 2 weken", "in de meivakantie": a season or a school holiday, at a month in it (s19)
                   "zomer": 7, "zomervakantie": 7, "meivakantie": 5, "voorjaar": 4, "lente": 4, "voorjaarsvakantie": 2,
                   "herfst": 10, "najaar": 10, "herfstvakantie": 10}
_MAAND_OF_FEESTDAG = re.compile(r"\b(?P<maand>" + "|".join([*_MAAND_NAMEN, *_FEESTDAG_MAAND]) + r")\b")
_GEVRAAGD = re.compile(r"\b(?:mag|kan|wil|ga|mogen|kunnen|willen|gaan)\s+(?:ik|we|wij|je|u)\b|\?")


def _maand_nr(naam: str) -> int:
    return _FEESTDAG_MAAND.get(naam) or _MAAND_NAMEN.index(naam) + 1


def reizen_per_maand(text: str, peildatum: date) -> list[dict]:
    """Two or more lengths, each with a month of its own (all before their lengths, or all after them), the last
    one asked ("mag ik met kerst nog een weekje"): the trips of this calendar year, each from the 1st of its month
    (the asked one not before today), one after another within a month. [] when a length has no month, the asked
    month has passed this year (then it is next year's), someone else's trip is in it, or nothing is asked.
    "in maart ga ik 3 weken, kan ik in augustus nog 2 weken" said in December: when the first trip's month has passed
    this year, all the trips are next year's (session 19)."""
    return _reizen_per_maand(text, peildatum, peildatum.year) or \
        _reizen_per_maand(text, peildatum, peildatum.year + 1)


def _reizen_per_maand(text: str, peildatum: date, jaar: int) -> list[dict]:
    """reizen_per_maand for the trips in calendar year ``jaar`` (this year, or next year when the first trip's month
    has passed this year)."""
    lowered = _schoon(text)
    lengtes = list(_LENGTE.finditer(lowered))
    if len(lengtes) < 2 or _ANDER_REIST.search(lowered) or parse.zegt_verleden(lowered):
        return []  # trips said to be taken: eerdere_reizen reads them
    maanden = list(_MAAND_OF_FEESTDAG.finditer(lowered))
    # the months stand before their lengths ("in april 2 weken") when one stands before the first; else after
    voor_af = any(x.start() < lengtes[0].start() for x in maanden)
    genomen: set[int] = set()
    reizen: list[dict] = []
    for i, m in enumerate(lengtes):
        eind = lengtes[i + 1].start() if i + 1 < len(lengtes) else len(lowered)
        begin = lengtes[i - 1].end() if i else 0
        na = [x for x in maanden if m.end() <= x.start() < eind and x.start() not in genomen][:1]
        voor = [x for x in maanden if begin <= x.start() < m.start() and x.start() not in genomen][-1:]
        # its own side first; the other side only when nothing else can take that month
        gekozen = next(iter((voor + na) if voor_af else (na + voor)), None)
        if gekozen is None:
            return []
        genomen.add(gekozen.start())
        laatste = i == len(lengtes) - 1
        maand = _maand_nr(gekozen["maand"])
        if jaar > peildatum.year and not i and maand >= peildatum.month:
            return []  # the first trip's month is still to come this year: not next year's
        if laatste and (jaar == peildatum.year and maand < peildatum.month
                        or not _GEVRAAGD.search(lowered[lengtes[i - 1].end():])):
            return []
        n = 1 if m["n"] == "een" else parse._geheel(m["n"])
        if not n:
            return []
        eenheid = _EENHEID[m["eenheid"].rstrip("s").removesuffix("je")] if m["eenheid"] not in _EENHEID else \
            _EENHEID[m["eenheid"]]
        vertrek = date(jaar, maand, 1)
        if laatste:
            vertrek = max(vertrek, peildatum)
        if reizen and date.fromisoformat(reizen[-1]["terug"]) >= vertrek:
            vertrek = date.fromisoformat(reizen[-1]["terug"]) + timedelta(days=1)
        terug = plus_maanden(vertrek, n) if eenheid == "maand" else vertrek + timedelta(days=n * DAGEN_PER[eenheid])
        reizen.append({"vertrek": vertrek.isoformat(), "terug": terug.isoformat()})
    return reizen


def reizen_samen(reizen: list[dict], text: str, peildatum: date) -> Antwoord | None:
    """The trips added up by knowledge/'s verblijf_buitenland (geplande_reizen)."""
    jaren = {date.fromisoformat(r["vertrek"]).year for r in reizen}
    if len(jaren) != 1:
        return None
    jaar = max(peildatum, kalenderjaar(date.fromisoformat(reizen[0]["vertrek"]))[0])
    try:
        uit = knowledge.bereken("verblijf_buitenland", {"peildatum": jaar.isoformat(), "reizen": reizen,
                                                        "leeftijd": _leeftijd_voor_buitenland(text, peildatum)})
    except knowledge.InvoerFout:
        return None
    waarden = {"dagen_gebruikt": str(uit["dagen_gebruikt"]), "max_dagen": str(uit["max_dagen"]),
               "buitenland_max_weken": str(uit["max_weken"]), "dagen_over": str(uit["dagen_over"]),
               "dagen_zonder_bijstand": str(uit["dagen_zonder_bijstand"]), "jaar": str(jaar.year)}
    return Antwoord(met_aio("utter_buitenland_reizen_te_lang" if uit["te_lang"] else "utter_buitenland_reizen_mag", uit,
                            jaar), waarden)


# "hij is dit jaar al 2 weken weg geweest", "mijn vrouw was in mei 10 dagen weg": a part about the partner's trips.
_PARTNER_DEEL = re.compile(r"^\s*(?:hij|zij|ze)\b|\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\s+"
                           r"(?:is|was|heeft|had|ging|zat)\b")
# "mijn man", "mijn vrouw": a partner named. Without one, "hij"/"zij" is the one the message is written for ("ik schrijf
# namens mijn opa, hij is dit jaar niet weg geweest"), the traveller, not a partner.
_PARTNER_GENOEMD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\b")
# "mijn man en ik willen", "wij gaan", "we willen samen": a trip the couple makes together.
_SAMEN_WEG = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\s+en\s+ik\b|\bik\s+en\s+(?:mijn|m'n|mn)\s+"
                        r"(?:man|vrouw|partner)\b|\b(?:wij|we)\s+(?:willen|gaan|wilden)\b")


def met_partner(text: str, peildatum: date) -> Antwoord | None:
    """A couple's trip together, with trips this year that only the partner took: each partner has their own
    days (art. 13 lid 1 onder e). When the trip fits the person but not the partner: how many days the partner
    still has. Other cases: None (the person's own answer)."""
    if not _PARTNER_GENOEMD.search(text.lower()):
        return None
    delen = _zinsdelen(text)
    van_partner = [deel for deel in delen if _PARTNER_DEEL.search(deel) and _verleden_deel(deel, peildatum)]
    if not van_partner or not _SAMEN_WEG.search(text.lower()):
        return None
    eigen = " , ".join(deel for deel in delen if deel not in van_partner)
    reis = nieuwe_reis(eigen, peildatum)
    if reis is None or peildatum_voor_reis(reis, peildatum).year != peildatum.year:
        return None
    partner_eerder = eerdere_reizen(" , ".join(van_partner), peildatum)
    leeftijd = _leeftijd_voor_buitenland(eigen, peildatum)
    try:
        ik = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(), "leeftijd": leeftijd,
                                                       "reizen": [*eerdere_reizen(eigen, peildatum), reis]})
        partner_voor = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(),
                                                                 "leeftijd": knowledge.ONBEKEND, "reizen": partner_eerder})
        partner = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(),
                                                            "leeftijd": knowledge.ONBEKEND,
                                                            "reizen": [*partner_eerder, reis]})
    except knowledge.InvoerFout:
        return None
    if not partner_eerder or ik["te_lang"] or not partner["te_lang"]:
        return None
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    duur = parse.duur(eigen) or parse.Duur(dagen, "dag")
    # past the AOW age (the SVB): each partner's own limit, the partner's counted as under the AOW age (not said)
    return Antwoord("utter_buitenland_partner_te_lang" + ("_aio" if ik["uitvoerder"] == "svb" else ""), {
        "reis_duur": parse.duur_tekst(duur), "dagen_over": str(ik["dagen_over"]), "jaar": str(peildatum.year),
        "buitenland_max_weken": str(ik["max_weken"]), "dagen_eerder": str(partner_voor["dagen_gebruikt"]),
        "dagen_over_voor": str(partner_voor["dagen_over"]), "partner_max_weken": str(partner_voor["max_weken"]),
        "dagen_zonder_bijstand": str(partner["dagen_zonder_bijstand"])})


def partner_reis_los(text: str, peildatum: date) -> Antwoord | None:
    """'Mijn man is in mei 3 weken naar Egypte geweest. Mag ik nu nog 4 weken gaan of tellen zijn weken ook mee?': a
    trip this year that only the partner took, and the person's own trip (not together): the partner's days do not
    count, each partner has their own weeks (art. 13 lid 1 onder e). The person's trip counts only their own trips;
    it fits: utter_buitenland_partner_los; too long: the person's own answer without the partner's trips."""
    if not _PARTNER_GENOEMD.search(text.lower()):
        return None
    delen = _zinsdelen(text)
    van_partner = [deel for deel in delen if _PARTNER_DEEL.search(deel) and _verleden_deel(deel, peildatum)]
    if not van_partner or _SAMEN_WEG.search(text.lower()):
        return None
    eigen = " , ".join(deel for deel in delen if deel not in van_partner)
    reis = nieuwe_reis(eigen, peildatum)
    if reis is None or peildatum_voor_reis(reis, peildatum).year != peildatum.year:
        return None
    try:
        ik = knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum.isoformat(),
                                                       "leeftijd": _leeftijd_voor_buitenland(eigen, peildatum),
                                                       "reizen": [*eerdere_reizen(eigen, peildatum), reis]})
    except knowledge.InvoerFout:
        return None
    if ik["te_lang"]:
        return buitenland(eigen, peildatum, "buitenland")
    dagen = (date.fromisoformat(reis["terug"]) - date.fromisoformat(reis["vertrek"])).days
    duur = parse.duur(eigen) or parse.Duur(dagen, "dag")
    jonger = knowledge.waarde("buitenland.weken_per_jaar_aio_partner_jonger", peildatum)
    aio = ik["uitvoerder"] == "svb" and jonger is not None  # past the AOW age: the SVB, and the partner's own limit
    return Antwoord("utter_buitenland_partner_los" + ("_aio" if aio else ""), {
        "reis_duur": parse.duur_tekst(duur), "dagen_over": str(ik["dagen_over"]), "jaar": str(peildatum.year),
        "buitenland_max_weken": str(ik["max_weken"]), **({"partner_max_weken": str(int(jonger))} if aio else {})})
