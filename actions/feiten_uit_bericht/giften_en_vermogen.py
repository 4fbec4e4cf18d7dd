"""Giften against the limit per calendar year, savings against the vermogensgrens, and what holds for the
other amounts in the same message (ook)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, _euro_bedrag, _vaste_tekst, bedrag_van_soort, leefsituatie
from actions.feiten_uit_bericht.vrijlating import bijstand_naast_loon, gemeente_nieuwe_regel_gezegd, vrijlating_medisch
from actions.feiten_uit_bericht.vrijwilligers import vrijwilligersvergoeding
from knowledge.geld import euro


KEER_PER_JAAR = {"maand": 12, "week": 52, "jaar": 1, "keer": 1, None: 1}


# "geldt die 1200 euro per persoon of voor het hele gezin": who the year limit is for, not a gift received.
_PER_PERSOON = re.compile(r"\bper\s+(?:persoon|gezinslid|huishouden|gezin)\b|\bhele\s+(?:gezin|huishouden)\b"
                          r"|\b(?:iedereen|ieder)\s+(?:apart|afzonderlijk)\b|\bvoor\s+(?:ons|ons\s+allebei)\s+samen\b")
grens_per_huishouden = _vaste_tekst(_PER_PERSOON, "utter_giften_per_huishouden")
# "wordt de grens voor giften volgend jaar hoger", "gaat die 1200 omhoog in 2027": indexed each January (art. 39), the
# next amount not known yet (knowledge/'s giften.vrijlating_per_jaar has no later value).
_GRENS_STRAKS = re.compile(r"\b(?:grens|limiet|1200|1\.200|giftengrens)\b[^.?!]{0,50}?\b(?:volgend\s+jaar|omhoog|hoger|verhoogd"
                           r"|verhoging|geïndexeerd|geindexeerd|indexatie|straks|20[3-9]\d|202[7-9])\b"
                           r"|\b(?:volgend\s+jaar|omhoog|hoger|verhoging|indexatie)\b[^.?!]{0,40}?\b(?:grens|limiet|giftengrens)\b")
grens_volgend_jaar = _vaste_tekst(_GRENS_STRAKS, "utter_giften_grens_volgend_jaar")


# "how much may my parents give me every month", "hoeveel mag ik per maand krijgen van mijn moeder": the limit per month
# asked, with no gift named (session 16; the form asked "How much money did you get?", the topic gave the year only).
_PER_MAAND_GEVRAAGD = re.compile(
    r"\bhoeveel\b(?=[^.?!]{0,80}?\b(?:per|elke|iedere)\s+maand\b)(?=[^.?!]{0,80}?\b(?:geven|geeft|give|gives|krijgen|krijg"
    r"|ontvangen|get|receive|sturen|stuurt|send|sends|storten|overmaken)\b)")


def gift_per_maand_gevraagd(text: str, peildatum: date, met_bedrag: bool = False) -> Antwoord | None:
    """The gift limit as an average a month, for a question about it without an amount of its own (``met_bedrag``:
    also beside a gift the message names, 'hoeveel mag ze per maand geven? ze geeft nu 120', session 19)."""
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if grens is None or knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens" or \
            not _PER_MAAND_GEVRAAGD.search(text.lower()) or (parse.bedragen(text) and not met_bedrag):
        return None
    return Antwoord("utter_giften_per_maand", {"giftengrens_per_maand": euro(Decimal(str(grens)) / 12)})


# "ze houden te veel in op mijn bijstand voor schulden, er blijft maar 900 over", "they take too much from my bijstand
# for debt" (session 16, read as giften: "De gift telt als € 900 per jaar"): money taken for debts, with no word of a
# gift, is beslag: the beslagvrije voet.
_VOOR_SCHULDEN = re.compile(r"\bbeslag\w*|\bdeurwaarder\w*|\bincasso\w*|\bschuld(?:en|eiser\w*)?\b")
_GIFT_GENOEMD = re.compile(r"\bgift\w*|\bgeeft\b|\bgaf\b|\bgegeven\b|\bkrijg\w*|\bkreeg\b|\bgekregen\b|\bcadeau|\bkado"
                           r"|\bstuurt\b|\bgestuurd\b|\bbetaalt\b|\bbetaald\b|\bboodschappen\b|\bgeleend\b|\blening\b")


def giften(text: str, peildatum: date, intent: str, geen_lening: bool = False) -> Antwoord | None:
    """A gift, with how often it comes, against the statutory limit per calendar year. ``geen_lening``: the message
    says the money need not be paid back ("hoef het niet terug te betalen"), so its 'terug' is no paying back."""
    if _VOOR_SCHULDEN.search(text.lower()) and not _GIFT_GENOEMD.search(text.lower()):
        return Antwoord("utter_beslag", {})  # money taken for debts, no gift named
    if (geen := geen_gift(text, peildatum)) is not None:
        return geen  # "zij stort het geld voor haar boodschappen terug", "ik spaar 40 per maand van mijn uitkering"
    if voedselbank_genoemd(text) and not parse.bedragen(zonder_voedselbank(text)):
        return Antwoord("utter_giften_voedselbank", {})  # "telt een pakket van de voedselbank als gift": no
    if (boven := boven_de_grens_gevraagd(text, peildatum)) is not None:
        return boven  # "wat gebeurt er als je meer dan 1200 per jaar krijgt": the limit itself, no gift received
    if (straks := grens_volgend_jaar(text, peildatum)) is not None:
        return straks  # "wordt de grens volgend jaar hoger": indexed each January, not known yet
    if (terug := gift_terugbetalen(text, peildatum)) is not None:
        return terug  # "opa gaf me 2000, moet ik nu terugbetalen aan de gemeente": the part above the limit counts
    if parse.terugbetalen(text) and not geen_lening:
        return None  # paying back is no gift received
    if (grens := grens_per_huishouden(text, peildatum)) is not None:
        return grens  # "geldt die 1200 euro per persoon": the limit asked, no gift received
    if (aio := gift_met_aio(text, peildatum)) is not None:
        return aio  # "mijn moeder van 72 heeft aio": the SVB, and "72" is an age, not a gift
    gift = bedrag_van_soort(zonder_voedselbank(text), "gift")  # "elke week een pakket van de voedselbank" is no period
    if gift is None and (per_maand := gift_per_maand_gevraagd(text, peildatum)) is not None:
        return per_maand  # "hoeveel mogen mijn ouders me per maand geven": the limit a month
    if gift is None:
        return Antwoord("utter_giften_melden", {}) if _MELDEN_VRAAG.search(text.lower()) and \
            knowledge.waarde("giften.regime", peildatum) == "wettelijke_grens" else None
    sinds = gift_sinds(text, gift, peildatum)
    return met_ruimte(gift_tegen_grens(gift, peildatum, "utter_giften_binnen_grens", "utter_giften_boven_grens",
                                       sinds, keer_gekregen(text, gift, peildatum, sinds)),
                      gift, text, peildatum)


# "sinds 1 april", "vanaf juli": when a monthly gift started.
_SINDS = re.compile(r"\b(?:sinds|vanaf|sedert)\b(?P<rest>[^,;.!?]{1,30})")
_SINDS_NIET_DE_GIFT = re.compile(r"\b(?:sinds|vanaf|sedert)\b[^,;.!?]{0,30}?\b(?:bijstand|uitkering|werk\w*|baan|ziek|woon\w*"
                                 r"|gescheiden|getrouwd|samen|alleen|in\s+nederland|hier)\b")
_NA_DATUM = re.compile(r"\s(?=(?:€\s*)?\d{2,}(?!\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
                       r"|oktober|november|december)))")


def gift_sinds(text: str, gift: parse.Bedrag, vandaag: date) -> date | None:
    """The start of a monthly gift, where the part of the message with its amount says so ("mijn moeder geeft me
    sinds 1 april 125 euro per maand"); None for a one-off gift or no start said."""
    if gift.periode != "maand":
        return None
    bedragen = parse.bedragen(text)
    delen = [b.zin for b in bedragen if b.bedrag == gift] or [text]
    # "sinds juli betaalt mijn zus mijn energierekening, 90 euro per maand, en ik kreeg 400": the start said in the
    # parts before the amount's own (session 20), not a start of the bijstand or of work ("sinds maart in de bijstand")
    delen += [b.aanloop for b in bedragen if b.bedrag == gift and b.aanloop != b.zin
              and not _SINDS_NIET_DE_GIFT.search(b.aanloop[:-len(b.zin)])]
    if len(bedragen) == 1 and text not in delen:
        delen.append(text)  # "sinds september mn huur ..., 350 per maand": the one amount's start said before it
    for deel in delen:
        if (m := _SINDS.search(deel.lower())) is None:
            continue
        # a gift that comes already ("sinds april", "vanaf juli"): past, as knowledge/ counts this year's gifts
        return parse.datum(m["rest"], vandaag, richting="verleden") or \
            parse.datum(_NA_DATUM.split(m["rest"])[0], vandaag, richting="verleden")
    return None


# "dat zijn nu 11 maanden", "dus nu 3 maanden", "al 4 keer", "(4 times now)": how often a monthly gift came so far
# (session 18); not the months in the bijstand ("ik zit nu 3 maanden in de bijstand").
_GETAL_KEER = r"(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
_AL_KEER = re.compile(r"\b(?:nu|al|inmiddels|dus)\s+(?:(?:al|nu)\s+)?(?P<n>" + _GETAL_KEER + r")\s*(?:maanden|mnd|keer|x|times)\b"
                      r"|\b(?P<m>" + _GETAL_KEER + r")\s*(?:maanden|keer|x|times)\s+(?:nu|now|al|gehad|gekregen|ontvangen)\b"
                      # "mn vriend heeft 2 maanden mijn huur betaald": the months said with the verb of the giving
                      r"|\b(?:heeft|had|hebben|hadden|heb)\s+(?:al\s+|nu\s+)?(?P<h>" + _GETAL_KEER + r")\s*(?:maanden|mnd|keer|x)\b"
                      r"(?=[^.?!]{0,40}?\b(?:betaald|gegeven|overgemaakt|gestort|gekregen|ontvangen|bijgedragen)\b)")
_NIET_DE_GIFT = re.compile(r"\s*(?:in\s+de\s+|op\s+|met\s+|zonder\s+)?(?:bijstand|uitkering|werkloos|ziek|werk)")


def keer_gekregen(text: str, gift: parse.Bedrag, peildatum: date, sinds: date | None = None) -> int | None:
    """How many times a monthly gift came this year so far, where the message counts them ('sinds januari 150 per
    maand, dat zijn nu 11 maanden'); None when not said, not monthly, or more than the months since its start."""
    if gift.periode != "maand":
        return None
    for m in _AL_KEER.finditer((text or "").lower()):
        if _NIET_DE_GIFT.match(text.lower(), m.end()):
            continue
        keer = parse._geheel(m["n"] or m["m"] or m["h"])
        if keer is not None and 1 <= keer <= min(peildatum.month, keer_dit_jaar(gift, peildatum, sinds)):
            return keer
    for m in _TOTAAL_NU.finditer((text or "").lower()):
        # "150 per maand sinds januari, totaal is nu 1650": the sum so far says how often it came (session 20)
        totaal = parse.bedrag(m["a"] or m["b"])
        keer = totaal.euro / gift.euro if totaal is not None and totaal.periode is None else None
        if keer is not None and keer == int(keer) and 1 <= keer <= min(peildatum.month, keer_dit_jaar(gift, peildatum, sinds)):
            return int(keer)
    return None


# "totaal is nu 1650", "in totaal al 2200", "dat is samen nu 900", "1650 in totaal": the sum of a monthly gift so far.
_TOTAAL_NU = re.compile(r"\b(?:in\s+)?(?:totaal|samen|bij\s+elkaar)\s+(?:is\s+|was\s+|al\s+|nu\s+|dus\s+|dat\s+|van\s+)*"
                        r"(?:€\s*)?(?P<a>\d[\d.,]*)(?!\s*(?:per|keer|x\b|maanden|weken))"
                        r"|\b(?P<b>\d[\d.,]*)\s*(?:euro\s+)?(?:in\s+)?totaal\b")


def keer_dit_jaar(gift: parse.Bedrag, peildatum: date, sinds: date | None = None) -> int:
    """How often a gift comes in the calendar year of the peildatum: a monthly one that started this year from its
    first month to December, else KEER_PER_JAAR (12 for a month, 52 for a week)."""
    if gift.periode == "maand" and sinds is not None and sinds.year == peildatum.year and sinds <= peildatum:
        return 12 - sinds.month + 1
    return KEER_PER_JAAR[gift.periode]


# "wat gebeurt er als je meer dan 1200 krijgt", "en als ik over de grens ga": what follows above the limit.
_BOVEN_GRENS = re.compile(r"\b(?:meer\s+dan|boven|over|hoger\s+dan)\s+(?:de\s+)?(?:grens|(?:€\s*)?(?P<bedrag>\d[\d.,]*))")
_WAT_DAN = re.compile(r"\bwat\s+(?:gebeurt|gebeurd|nu|dan|als)\b|\bterug\s*(?:betalen|geven)|\bterugbetal|\bgevolg"
                      r"|\bwat\s+(?:moet|doet)\b|\bkrijg\s+ik\s+(?:dan\s+)?(?:een\s+)?(?:boete|straf|minder)\b")
# "moet ik het melden als mijn vader mij geld geeft": whether to report, asked without an amount.
_MELDEN_VRAAG = re.compile(r"\b(?:moet|moeten|hoef|hoeft|hoeven)\b[^.?!]{0,30}?\b(?:melden|doorgeven|opgeven|door\s+geven"
                           r"|vertellen|zeggen)\b|\b(?:melden|doorgeven)\s*\?"
                           # "altijd melden of pas boven een bedrag", "doorgeven of niet": whether to report, asked
                           r"|\b(?:altijd|meteen|direct|gelijk)\s+(?:melden|doorgeven|opgeven)\b"
                           r"|\b(?:melden|doorgeven|opgeven)\s+of\s+(?:niet|pas|alleen)\b")


def boven_de_grens_gevraagd(text: str, peildatum: date) -> Antwoord | None:
    """'wat gebeurt er als je meer dan 1200 per jaar krijgt, moet je alles terugbetalen': not automatically, the
    gemeente judges the part above the limit (art. 31 lid 2 s). Only where the amount named is the limit itself."""
    lowered = text.lower()
    m = _BOVEN_GRENS.search(lowered)
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if m is None or grens is None or not _WAT_DAN.search(lowered) or \
            knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens":
        return None
    if m["bedrag"] is not None:
        genoemd = parse.bedrag(m["bedrag"])
        if genoemd is None or genoemd.euro != Decimal(str(grens)):
            return None
    return Antwoord("utter_giften_boven_grens_wat_nu", {})


# "opa heeft me 2000 euro gegeven, moet ik nu terugbetalen aan de gemeente?": a gift received, and whether the gemeente
# wants (some of) it back. Not a loan ("geleend", "lening"), not paying the giver back ("aan hem terug").
_GIFT_ONTVANGEN = re.compile(r"\b(?:gegeven|gekregen|kreeg|kregen|geschonken|schonk|gaf|geeft|cadeau|kado|gift)\b")
_GELEEND = re.compile(r"\b(?:geleend|lening|leen|lenen|leende|voorgeschoten)\b|\b(?:aan|naar)\s+(?:hem|haar|hen|mijn|m'n|mn)\b"
                      r"[^.?!]{0,20}\bterug")
_TERUG_AAN_GEMEENTE = re.compile(
    r"\bterug\w*\s+(?:\w+\s+){0,2}?(?:aan|bij|naar)\s+(?:de\s+)?(?:gemeente|sociale\s+dienst|bijstand|uitkering|uwv)\b"
    r"|\b(?:gemeente|sociale\s+dienst)\b[^.?!]{0,40}?\bterug\s*(?:te\s+)?(?:betal|vorder|vrag|halen|eisen|storten)"
    r"|\b(?:bijstand|uitkering)\s+terug\s*(?:te\s+)?(?:betal|storten|geven)"
    r"|\bmoet\s+ik\s+(?:\w+\s+){0,3}?terug\s*(?:te\s+)?(?:betalen|geven|storten)\s*(?:\?|$)")  # at the end too (s21)


# "ik kreeg een brief dat ik 2300 euro moet terugbetalen": what was received is a letter or decision, not a gift.
_BRIEF_GEKREGEN = re.compile(r"\b(?:kreeg|kregen|gekregen|ontvangen|ontving)\s+(?:\w+\s+){0,2}?(?:brief|besluit|beschikking"
                             r"|bericht|mail|e-?mail|aanmaning|vordering|terugvordering|rekening|beslissing)\b"
                             r"|\b(?:brief|besluit|beschikking|bericht|mail|aanmaning|vordering|beslissing)\s+(?:\w+\s+){0,3}?"
                             r"(?:gekregen|ontvangen|gehad)\b")
_ECHTE_GIFT = re.compile(r"\b(?:gegeven|geschonken|schonk|gaf|geeft|cadeau|kado|gift)\b")


def gift_terugbetalen(text: str, peildatum: date) -> Antwoord | None:
    """A gift received and the question whether it must be paid back to the gemeente: not all of it. Under the year
    limit nothing counts; above it only the part above the limit can count, and the gemeente decides (art. 31 lid 2
    m and s). The gift against knowledge/'s limit; None for a loan or money paid back to the giver, or a letter
    received that asks money back (a terugvordering, no gift)."""
    lowered = text.lower()
    if not (_GIFT_ONTVANGEN.search(lowered) and _TERUG_AAN_GEMEENTE.search(lowered)) or _GELEEND.search(lowered):
        return None
    if _BRIEF_GEKREGEN.search(lowered) and not _ECHTE_GIFT.search(lowered):
        return None
    gift = bedrag_van_soort(text, "gift")
    if gift is None:
        return None
    sinds = gift_sinds(text, gift, peildatum)
    return gift_tegen_grens(gift, peildatum, "utter_giften_terugbetalen_binnen", "utter_giften_terugbetalen_boven",
                            sinds, keer_gekregen(text, gift, peildatum, sinds))


# "ik heb aio", "mijn moeder heeft aio": past the AOW age the SVB pays (art. 47a) and is told about gifts. The AOW
# alone is no bijstand: gifts do not matter there.
_AIO = re.compile(r"\baio\b|\baanvullende\s+inkomensvoorziening\b")


def gift_met_aio(text: str, peildatum: date) -> Antwoord | None:
    """A gift to someone with the AIO: the same statutory year limit, told to the SVB, which decides."""
    if not _AIO.search(text.lower()) or knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens":
        return None
    return Antwoord("utter_giften_aio", {})


# "ik haal elke week een pakket bij de voedselbank en mijn zus gaf me 300 euro": help from the food bank is never a
# gift; its part of the message says nothing about the gift (its "elke week" made the 300 a weekly gift).
_VOEDSELBANK = re.compile(r"\bvoedsel\s*(?:bank|pakket)\w*")
# ("300 euro + ik haal wekelijks bij de voedselbank", "& de voedselbank", "plus": parts too, session 21)
_DEEL = re.compile(r"[.!?;,+&]+\s*|\s+(?:en|maar|and|but|plus)\s+")


def voedselbank_genoemd(text: str) -> bool:
    return _VOEDSELBANK.search(text.lower()) is not None


def zonder_voedselbank(text: str) -> str:
    """The message without its parts about the food bank (cut at a full stop, comma, 'en' or 'maar')."""
    if not voedselbank_genoemd(text):
        return text
    return ". ".join(deel for deel in _DEEL.split(text) if deel.strip() and not voedselbank_genoemd(deel))


# "hoeveel mag er nog bij", "hoeveel mag ik nog krijgen": the room left under the year limit is the question.
_NOG_RUIMTE = re.compile(r"\bnog\b[^.?!]{0,25}?\b(?:bij|erbij|krijgen|ontvangen|ruimte|over)\b"
                         r"|\bhoeveel\b[^.?!]{0,30}?\bnog\b")


def met_ruimte(gevonden: Antwoord | None, gift: parse.Bedrag, text: str, peildatum: date) -> Antwoord | None:
    """A gift under the limit, with the room left this year (the limit minus what the gift makes in a year), from
    knowledge/'s limit: after the 'yes' of 'mag dat?' / 'must I report it?' it is what the person needs next (the
    session-9 and -10 tuning sets ask it there too). Where the message asks how much more may come, the answer
    that starts with the room (``_ruimte``)."""
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if gevonden is None or "gift_boven_grens" in gevonden.waarden or grens is None:
        return gevonden
    sinds = gift_sinds(text, gift, peildatum)
    keer = keer_gekregen(text, gift, peildatum, sinds) or keer_dit_jaar(gift, peildatum, sinds)
    ruimte = Decimal(str(grens)) - gift.euro * keer
    naam = gevonden.response + "_ruimte" if _NOG_RUIMTE.search(text.lower()) else gevonden.response
    return Antwoord(naam, {**gevonden.waarden, "gift_ruimte": euro(ruimte)})


def gift_tegen_grens(gift: parse.Bedrag, peildatum: date, binnen: str, boven: str,
                     sinds: date | None = None, al: int | None = None) -> Antwoord | None:
    """'€ 50 per maand is € 600 per jaar': response ``binnen`` under the year limit, else ``boven``. A monthly
    gift that started this year (``sinds``) counts from that month ('€ 125 per maand (9 maanden)').

    None before the statutory limit (the gemeente's own rule) or for no amount."""
    if gift.euro <= 0 or gift.periode not in KEER_PER_JAAR:
        return None
    if knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens":
        return None
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if grens is None:
        return None
    keer = al or keer_dit_jaar(gift, peildatum, sinds)  # the times counted in the message, else the year's
    per_jaar = gift.euro * keer
    waarden = gift_waarden(gift, per_jaar)
    if keer != KEER_PER_JAAR[gift.periode]:
        waarden["gift_bedrag_tekst"] += f" ({keer} maanden)"
    elif gift.periode not in ("maand", "week"):
        # a one-off or yearly gift: 'De gift telt als € 300 per jaar', not '€ 300 telt als € 300 per jaar'
        waarden["gift_bedrag_tekst"] = DE_GIFT
    if per_jaar <= Decimal(str(grens)):
        return Antwoord(binnen, waarden)
    return Antwoord(boven, {**waarden, "gift_boven_grens": euro(per_jaar - Decimal(str(grens)))})


# The words for a gift whose amount the same sentence already says per year (engels.waarden_in_sessietaal: 'The gift').
DE_GIFT = "De gift"


def gift_waarden(gift: parse.Bedrag, per_jaar: Decimal) -> dict[str, str]:
    """'€ 50 per maand' is the person's own words; '€ 600' the year it makes."""
    per = f" per {gift.periode}" if gift.periode in ("maand", "week") else ""
    return {"gift_bedrag_tekst": euro(gift.euro) + per, "gift_per_jaar": euro(per_jaar)}


# The kind of amount a topic's question is about; another kind in the same message gets its own short answer.
SOORT_VAN_ONDERWERP = {"vermogen": "spaargeld", "giften": "gift", "bijverdienen": "loon", "aanvraag": "spaargeld"}


def ook(intent: str, text: str, peildatum: date, gemeente: str | None = None) -> list[Antwoord]:
    """'ik heb 3000 euro spaargeld en mijn oom gaf me 500 euro': the answer of the topic asked, and for
    each amount of another kind what holds for it (savings against the vermogensgrens, a gift against
    the year limit). Only for a message with more than one amount."""
    if intent == "bijverdienen" and (medisch := vrijlating_medisch(text, peildatum)) is not None:
        return [medisch]  # "ik kan door mijn ziekte maar 16 uur werken": the vrijlating for that, named
    if intent == "buitenland":
        return _vertrek_vandaag(text, peildatum)  # "mag ik 10 weken naar marokko": counted from today, into 2027
    if intent == "bijverdienen" and gemeente_nieuwe_regel_gezegd(text, peildatum, gemeente) is None and \
            (over := bijstand_naast_loon(text, peildatum, gemeente)) is not None:
        return [over]  # a wage and an age: after what may be kept, the bijstand left beside it
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


def _vertrek_vandaag(text: str, peildatum: date) -> list[Antwoord]:
    """After a trip's days left, counted from today for want of a day of leaving: that it runs into next year."""
    from actions.feiten_uit_bericht import reizen  # the trips' module imports this one's neighbours
    eigen = reizen.buitenland(text, peildatum, "buitenland")
    if eigen is None or "dagen_over" not in eigen.waarden:
        return []
    aanname = reizen.vertrek_aanname(reizen.nieuwe_reis(text, peildatum), text, peildatum)
    return [aanname] if aanname else []


_EIGEN_HUIS = re.compile(r"huis|woning|overwaarde|hypotheek")
# "het geld dat ik spaar van mijn uitkering", "gespaard tijdens de bijstand": not counted since 2026.
# Saving is a verb here: "hoeveel spaargeld mag je hebben in de bijstand" asks the vermogensgrens.
_GESPAARD_VAN_BIJSTAND = re.compile(
    r"(?:\bspaar\b|\bspaart\b|\bsparen\b|gespaard|opzij)\w*\b[^.?!]{0,40}?\b(?:van|uit|tijdens|in|met)\s+"
    r"(?:mijn|m'n|mn|de|je|uw|het|onze)\s+(?:uitkering|bijstand)"
    r"|\b(?:tijdens|in)\s+(?:mijn|m'n|mn|de|je|uw|onze)\s+(?:uitkering|bijstand)\b[^.?!]{0,40}?\b(?:gespaard|opzij\s+gezet|opgespaard)"
    # "ik heb in de 2 jaar bijstand 2000 euro kunnen sparen", "sinds ik bijstand heb 1500 gespaard", "gespaard in mijn
    # jaren in de bijstand" (session 20): the years or the time on bijstand, then the saving, or the other way round
    r"|\b(?:tijdens|in|sinds|gedurende)\s+(?:ik\s+)?(?:(?:mijn|m'n|mn|de|je|uw|onze|het|die|deze|\d+|een|twee|drie|vier|vijf"
    r"|paar|afgelopen|laatste|jaar|jaren|maanden|tijd|in|met|van|op"
    # "in de 2 jaar dat ik bijstand heb 3000 euro opgespaard" (session 21)
    r"|dat|ik|we|wij|heb|had|hebben|zit|zat|krijg|kreeg|ontvang)\s+){0,6}(?:uitkering|bijstand)\b[^.?!]{0,50}?"
    r"\b(?:gespaard|opzij\s+gezet|opzij\s+gelegd|opgespaard|sparen|spaarde|overgehouden)"
    r"|\b(?:gespaard|opgespaard|sparen|overgehouden)\b[^.?!]{0,30}?\b(?:sinds|tijdens|in|gedurende)\s+(?:ik\s+)?"
    r"(?:(?:mijn|m'n|mn|de|je|uw|onze|het|\d+|een|twee|drie|paar|jaar|jaren|maanden|tijd|in|met|van|op)\s+){0,5}"
    r"(?:uitkering|bijstand)\b")


# "ik doe de boodschappen voor mn moeder en zij stort het geld daarna terug", "hij doet voor zijn moeder boodschappen en
# zij maakt het bedrag later naar hem over", "ik schiet de huur voor mijn broer voor": money paid for someone else and
# paid back is no gift (only one's own money comes back), as long as it can be shown.
_VOOR_EEN_ANDER = re.compile(
    r"\b(?:boodschappen|inkopen|aankopen|betaal\w*|koop|kocht|gekocht|voorgeschoten|voorschiet\w*)\b[^.?!]{0,40}?"
    r"\bvoor\s+(?:mijn|mn|m'n|zijn|zn|z'n|haar|d'r|hem|iemand|een\s+ander|de\s+buur\w*|onze)\b"
    r"|\bvoor\s+(?:mijn|mn|m'n|zijn|zn|z'n|haar|d'r|hem|iemand|een\s+ander)\s+(?:\w+\s+){0,2}(?:de\s+)?"
    r"(?:boodschappen|inkopen|aankopen)\b|\bvoorgeschoten\b|\bvoorschiet\w*|\bschiet\w*\s+[^.?!]{0,30}?\bvoor\b")
_GELD_TERUG = re.compile(
    r"\bterug\s*(?:gestort|storten|stort|betaald|betaalt|betalen|gekregen|krijg\w*|geeft|gegeven|overgemaakt|maakt)\b"
    r"|\b(?:stort\w*|betaal\w*|maakt|geeft)\b[^.?!]{0,30}?\bterug\b"
    r"|\bmaakt\w*\s+(?:het|dat|dit)\s+(?:\w+\s+){0,4}over\b|\bovergemaakt\b|\bvergoed\w*")


def geen_gift(text: str, peildatum: date) -> Antwoord | None:
    """Money that is no gift, whatever topic the model read: paid back for what one paid for someone else (keep the
    receipts), or savings from one's own bijstand (not counted since 2026, art. 34 lid 2 c)."""
    lowered = text.lower()
    if _GESPAARD_VAN_BIJSTAND.search(lowered):
        return Antwoord("utter_vermogen_gespaard_van_bijstand", {})
    if _VOOR_EEN_ANDER.search(lowered) and _GELD_TERUG.search(lowered) and not GELEEND_WOORD.search(lowered):
        return Antwoord("utter_giften_voorgeschoten", {})
    return vrijwilligersvergoeding(text, peildatum)  # "the sportclub gives me 50 a month for helping" (session 20)


# "geleend", "lening": money borrowed is the loan's answer, not money paid back for someone else.
GELEEND_WOORD = re.compile(r"\bgeleend\b|\blening\b|\bleen\w*\b")


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
        # "is dat te veel", "telt dat mee" (session 21): the answer is 'nee'
        te_veel = _TE_VEEL.search(text.lower()) or _TELT_MEE.search(text.lower())
        return Antwoord("utter_vermogen_niet_te_veel" if te_veel else "utter_vermogen_onder_grens", waarden)
    if spaargeld.euro > Decimal(str(hoog)):
        return Antwoord("utter_vermogen_boven_grens", {**waarden, "vermogensgrens": euro(Decimal(str(hoog))),
                                                       "vermogen_boven": euro(spaargeld.euro - Decimal(str(hoog)))})
    return None  # between the two limits: it depends on the household, which the message does not say


# "moet ik het eerst opmaken", "moet ik eerst van mijn spaargeld leven" (English: "do I have to spend it first"): under
# the limit the answer is 'nee' too.
_TELT_MEE = re.compile(r"\btel(?:t|len)\s+(?:dat|dit|het|die|deze|zoiets)\s+(?:\w+\s+){0,2}?mee\b|\btelt\s+(?:mijn|mn|m'n|ons)\s+"
                       r"spaar\w*\s+(?:\w+\s+){0,2}?mee\b")
_TE_VEEL = re.compile(r"\bte\s*veel\b|\bte\s+hoog\b|\bboven\s+de\s+grens\b|\bover\s+de\s+grens\b"
                      r"|\b(?:eerst|helemaal)\s+(?:\w+\s+){0,2}?(?:opmaken|opgemaakt|uitgeven|uitgegeven|gebruiken|aanspreken)\b"
                      r"|\b(?:opmaken|uitgeven|aanspreken)\s+(?:\w+\s+){0,3}?voordat\b|\beerst\s+(?:\w+\s+){0,3}?van\s+leven\b"
                      r"|\beerst\s+van\s+(?:mijn|m'n|mn|ons|onze|het|dat)\s+(?:\w+\s+)?leven\b")
_ERFENIS = re.compile(r"\berf\w*|\bgeërfd|\bgeerfd|\bnalatenschap")


# "er zijn misschien schulden, moet ik de erfenis aannemen", "kan ik een erfenis weigeren": whether to accept it is the
# question: beneficiair aanvaarden or verwerpen (BW 4:190-191), before the inheritance is counted as vermogen.
_AANVAARDEN = re.compile(r"\baan\s*(?:te\s+)?nemen\b|\baanneem\w*|\baangenomen\b|\baanvaard\w*|\bweiger\w*|\baccepte\w*"
                         r"|\bverwerp\w*|\bbeneficiair\w*|\bniet\s+(?:\w+\s+)?(?:willen|wil)\s+(?:hebben|erven)\b")
_SCHULDEN_ERFLATER = re.compile(r"\bschuld\w*|\bmin(?:der)?\b|\bnegatie\w*|\brood\s+staan\b|\brekeningen\b")
erfenis_aanvaarden = _vaste_tekst(_ERFENIS, "utter_erfenis_schulden", _AANVAARDEN)
_erfenis_aanvaarden_met_schulden = _vaste_tekst(_ERFENIS, "utter_erfenis_schulden", _SCHULDEN_ERFLATER, _AANVAARDEN)
# "ik heb 15000 geërfd maar er zijn ook schulden, wat moet ik doen", "mijn vader is overleden en hij had schulden, wat
# nu" (session 18, H4; the vermogen answer before, session 17's closing): the debts of the one who died, without
# "aannemen" said, are the same question: choose first (beneficiair aanvaarden or verwerpen), before the inheritance is
# counted as vermogen. The person's own debts ("mag ik met de erfenis mijn schulden aflossen") are not these.
_OVERLEDEN = re.compile(r"\boverl[eij]d\w*|\bgestorven\b|\bsterft\b|\bdood\b")
_SCHULDEN_NALATENSCHAP = re.compile(
    r"\ber\s+(?:zijn|waren|blijken|lijken|komen)\s+(?:\w+\s+){0,2}?schulden\b"
    r"|\b(?:hij|zij|ze|die|vader|moeder|pa|ma|oom|tante|opa|oma|broer|zus|man|vrouw|partner)\s+(?:\w+\s+){0,2}?"
    r"(?:had|hadden|heeft|hebben|laat|liet|liep)\s+(?:\w+\s+){0,3}?schulden\b"
    r"|\b(?:zijn|haar|hun)\s+(?:\w+\s+)?schulden\b|\bschulden\s+van\s+(?:mijn|m'n|mn|de|het|haar|zijn|hun|wijlen)\b"
    r"|\b(?:erfenis|nalatenschap)\s+(?:\w+\s+){0,2}?(?:met|vol)\s+(?:\w+\s+)?schulden\b|\bnegatie\w*\s+(?:erfenis|nalatenschap)\b"
    r"|\bschulden\s+(?:in|bij|uit)\s+de\s+(?:erfenis|nalatenschap)\b|\bmeer\s+schulden\s+dan\b"
    # "mijn opa is overleden en liet vooral schulden achter": debts left behind
    r"|\bschulden\s+(?:\w+\s+)?achter\b|\bschulden\s+(?:\w+\s+)?achtergelaten\b|\bachtergelaten\s+schulden\b")


# An inheritance said as such at a calculator's start (session 18, H4): "geërfd", "de erfenis", "nalatenschap",
# "liet me 30000 euro na"; not a giver's own inheritance passed on ("oma gaf me 500 uit haar erfenis": a gift).
_ERFENIS_GENOEMD = re.compile(r"\bgeërfd\b|\bgeerfd\b|\berf(?:t|de|den|enis|enissen)?\b|\bnalatenschap\b|\bnagelaten\b"
                              r"|\bliet\s+(?:me|mij|ons)\b[^.?!]{0,40}?\bna\b")
_ERFENIS_VAN_GEVER = re.compile(r"\b(?:van|uit)\s+(?:haar|zijn|hun)\s+(?:eigen\s+)?erfenis\b")


def erfenis_genoemd(text: str) -> bool:
    lowered = (text or "").lower()
    return _ERFENIS_GENOEMD.search(lowered) is not None and _ERFENIS_VAN_GEVER.search(lowered) is None


def erfenis_met_schulden(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if (_ERFENIS.search(lowered) or _OVERLEDEN.search(lowered)) and _SCHULDEN_NALATENSCHAP.search(lowered):
        return Antwoord("utter_erfenis_schulden", {})
    return _erfenis_aanvaarden_met_schulden(text, peildatum)


def erfenis(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'ik heb 10.000 euro geërfd, ik woon alleen': the inheritance against the vermogensgrens of the household, with
    that it must be reported (the vermogen answer; the message's only amount is what was inherited)."""
    if (aanvaarden := erfenis_aanvaarden(text, peildatum) or erfenis_met_schulden(text, peildatum)) is not None:
        return aanvaarden
    if parse.terugbetalen(text) or _EIGEN_HUIS.search(text.lower()):
        return None
    bedrag = _euro_bedrag(text) or (parse.bedrag(text) if _ERFENIS.search(text.lower()) else None)
    if bedrag is None or bedrag.euro <= 0 or bedrag.periode not in (None, "keer"):
        return None
    alleen = knowledge.waarde("vermogen.grens_alleenstaande", peildatum)
    gezin = knowledge.waarde("vermogen.grens_gezin", peildatum)
    if alleen is None or gezin is None:
        return None
    grens = {"alleenstaande": alleen, "alleenstaande_ouder": gezin, "gehuwden": gezin}.get(leefsituatie(text, peildatum))
    if grens is None:
        return None  # the household decides which limit: the general answer names both
    waarden = {"spaargeld": euro(bedrag.euro), "vermogensgrens": euro(Decimal(str(grens)))}
    if bedrag.euro == Decimal(str(grens)):
        return Antwoord("utter_erfenis_op_grens", waarden)  # exactly the limit: allowed, not "onder de grens"
    if bedrag.euro < Decimal(str(grens)):
        return Antwoord("utter_erfenis_onder_grens", waarden)
    return Antwoord("utter_erfenis_boven_grens", {**waarden, "vermogen_boven": euro(bedrag.euro - Decimal(str(grens)))})


# "het is geen lening", "ik hoef het niet terug te betalen": what was received is no loan.
_GEEN_LENING = re.compile(r"\b(?:geen|niet|nooit)\s+(?:een\s+)?(?:lening|geleend)\b"
                          r"|\b(?:hoef|hoeft|hoeven)\s+(?:\w+\s+){0,2}(?:niet|nie|niets|niks)\s+(?:\w+\s+)?terug")


def lening(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'het is geen lening, mijn tante heeft me 500 euro gegeven': a gift said not to be a loan; 'kan ik geld lenen
    van de gemeente': bijzondere bijstand as a loan."""
    if (gemeente := lenen_van_gemeente(text, peildatum)) is not None:
        return gemeente
    return giften(text, peildatum, intent, geen_lening=True) if _GEEN_LENING.search(text.lower()) else None


# "lenen of krijgen, wat is het verschil voor mijn uitkering", "telt geleend geld als gift", "is het een gift of een
# lening": the difference between a loan and a gift is the loan's question (onderwerpen.md, session 16), whatever topic
# was read (session 21, H4: read as the norm it got the norm's amounts).
_LENING_OF_GIFT = re.compile(
    r"\b(?:lenen|lening|leningen|geleend)\b[^.?!]{0,40}?\b(?:of|en|versus|vs)\s+(?:een\s+)?(?:gift|giften|krijgen|gekregen"
    r"|geven|gegeven|geschonken|cadeau)\b"
    r"|\b(?:gift|giften|krijgen|gekregen|cadeau)\b[^.?!]{0,40}?\b(?:of|en|versus|vs)\s+(?:een\s+)?(?:lening|lenen|geleend)\b"
    r"|\bgeleend\s+geld\b[^.?!]{0,25}?\b(?:als|een)\s+gift\b")
_VERSCHIL = re.compile(r"\bverschil\w*\b|\bwat\s+telt\b|\btelt\b|\bals\s+(?:een\s+)?gift\b|\bis\s+het\s+een\b|\bzien\s+als\b")


def lening_of_gift(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    return Antwoord("utter_lening", {}) if _LENING_OF_GIFT.search(lowered) and _VERSCHIL.search(lowered) else None


# "geld lenen van de gemeente", "kan de gemeente mij iets lenen", "een lening bij de sociale dienst": borrowing from the
# gemeente itself (bijzondere bijstand as a loan), not money borrowed from family.
_LENEN_VAN_GEMEENTE = re.compile(
    r"\b(?:lenen|leen|lening|voorschieten)\b[^.?!]{0,25}?\b(?:van|bij|via)\s+(?:de\s+)?(?:gemeente|sociale\s+dienst|kredietbank)\b"
    r"|\b(?:gemeente|sociale\s+dienst)\b[^.?!]{0,25}?\b(?:lenen|uitlenen|lening)\b")


def lenen_van_gemeente(text: str, peildatum: date) -> Antwoord | None:
    return Antwoord("utter_lening_gemeente", {}) if _LENEN_VAN_GEMEENTE.search(text.lower()) else None


def gift_doorgeven(text: str, peildatum: date) -> Antwoord | None:
    """'mijn buurman geeft me af en toe 20 euro, moet ik dat doorgeven' read as the inlichtingenplicht: the gift
    against the year limit answers whether it must be reported (only for a message with a gift in it). Without an
    amount ('moet ik het melden als mijn vader mij geld geeft'): report once the year's gifts pass the limit."""
    if not any(b.soort == "gift" for b in parse.bedragen(text)):
        if (_GEEFT_GELD.search(text.lower()) or _GIFT_WOORD.search(text.lower())) and \
                _MELDEN_VRAAG.search(text.lower()) and not parse.bedragen(text) and \
                knowledge.waarde("giften.regime", peildatum) == "wettelijke_grens":
            return Antwoord("utter_giften_melden", {})
        return None
    return giften(text, peildatum, "giften")


# "mijn vader geeft mij geld", "ik krijg geld van mijn familie": money given, no loan, no wage.
_GEEFT_GELD = re.compile(r"\b(?:geeft|gaf|geven|stuurt|stuurde|schenkt|betaalt)\b[^.?!]{0,20}\bgeld\b"
                         r"|\bgeld\b[^.?!]{0,20}\b(?:geeft|gaf|geven|krijg|kreeg|gekregen|stuurt)\b"
                         r"|\b(?:krijg|kreeg|gekregen)\b[^.?!]{0,15}\bgeld\s+van\b")


# "moet ik elk verjaardagscadeautje doorgeven", "moet ik een kado van mijn oma melden": a gift named by its word.
_GIFT_WOORD = re.compile(r"cadeau|kado|\bgift(?:en|je|jes)?\b|geschenk|geschonken|verjaardagsgeld|kerstgeld")


def gift_grens_gevraagd(text: str, peildatum: date) -> Antwoord | None:
    """The question what happens above the gift limit, read as another topic (a terugvordering: 'moet je dan alles
    terugbetalen'): only where the message names the limit's own amount or gifts."""
    lowered = text.lower()
    m = _BOVEN_GRENS.search(lowered)
    if m is None or (m["bedrag"] is None and not re.search(r"\bgift|\bgeschonk|\bkado|\bcadeau", lowered)):
        return None
    return boven_de_grens_gevraagd(text, peildatum)


def geen_lening(text: str, peildatum: date) -> Antwoord | None:
    """'mn moeder leent me 500 maar ik hoef het niet terug te betalen' read as a terugvordering: no loan, a gift."""
    return lening(text, peildatum, "lening") if re.search(r"\bleen|\blening|geleend", text.lower()) else None


def vermogen_bij_aanvraag(text: str, peildatum: date) -> Antwoord | None:
    """'wij hebben 17.500 spaargeld, kunnen we bijstand krijgen' read as the norm: the savings decide it."""
    bedragen = parse.bedragen(text)
    if len(bedragen) != 1 or bedragen[0].soort != "spaargeld" or bedragen[0].bedrag.euro <= 0:
        return None  # "ik heb geen spaargeld": nothing to hold against the limit, the question is another one
    return vermogen(text, peildatum, "vermogen")


def vermogen_bijstand_stopt(text: str, peildatum: date) -> Antwoord | None:
    """'woon alleen, heb 9500 op de spaarrekening, gaat mijn bijstand nu stoppen' read as a stopped uitkering: a
    question about what the savings will do, not a stop that happened (then the stopgezet answer stays)."""
    return vermogen_bij_aanvraag(text, peildatum) if parse.tijd(text.lower()) != "verleden" else None
