"""The bijstandsnorm from the message: on one's own (with or without an age), a couple (their ages, a partner
who earns), with housemates who share the costs."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import (Antwoord, _aow_leeftijd, _bijstandsnorm, eigen_leeftijd, leefsituatie,
                                                 _norm_tekst)
from actions.feiten_uit_bericht.aow_en_aio import (_PARTNER_LEEFTIJD, BEDRAG_GEVRAAGD, aio_hoeveel, aio_norm_algemeen,
                                                   partner_aow)
from actions.feiten_uit_bericht.huisgenoten import _KOSTENDELER_RELATIES, kostendelers_bedrag
from actions.feiten_uit_bericht.jong import ouders_kunnen_bijdragen
from knowledge.geld import euro


# "gaat de bijstand in januari weer omhoog", "wanneer worden de normen verhoogd": the norms change in January and July.
_INDEXATIE = re.compile(r"\b(?:bijstand\w*|norm|normen|uitkering\w*|bedrag|bedragen)\b[^.?!]{0,40}?\b(?:omhoog|verhoogd|verhoging"
                        r"|verhoogt|verhoog|verhogen|geïndexeerd|geindexeerd|indexatie|stijg\w*|aangepast|hoger\s+worden"
                        r"|meer\s+worden)\b"
                        r"|\b(?:verhoging|indexatie|verhogen|verhoogt|verhoogd)\b[^.?!]{0,30}?\b(?:bijstand|norm|normen|uitkering)\b")


# "is de bijstand bruto of netto", "zit het vakantiegeld er al in": the general norm text says both (netto, with
# vakantiegeld), whatever topic the model read (vakantiegeld, toeslagen).
_BRUTO_NETTO = re.compile(r"\bbruto\b[^.?!]{0,15}\bnetto\b|\bnetto\b[^.?!]{0,15}\bbruto\b"
                          r"|\b(?:is|zijn)\s+(?:dat|die|het|de\s+\w+)\s+(?:bedrag\w*\s+)?(?:bruto|netto)\b")
_BIJSTAND_BEDRAG = re.compile(r"\bbijstand\w*|\buitkering\w*|\bnorm\w*|\bbedrag\w*")


def bruto_of_netto(text: str, peildatum: date) -> Antwoord | None:
    """'is het bedrag van de bijstand bruto of netto? en zit het vakantiegeld er al in?': the norms, netto, with the
    vakantiegeld in them; a question with an amount of one's own (a wage bruto or netto) is not this rule's."""
    lowered = text.lower()
    if not (_BRUTO_NETTO.search(lowered) and _BIJSTAND_BEDRAG.search(lowered)) or parse.bedragen(text):
        return None
    return Antwoord("utter_bijstandsnorm", {})


def bijstandsnorm(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'ik ben 19 en woon alleen, hoeveel bijstand krijg ik': the person's own age and a household on
    their own (alone, or alone with children) give the norm through the bijstandsnorm calculator."""
    if _INDEXATIE.search(text.lower()):
        return Antwoord("utter_bijstandsnorm_indexatie", {})  # "gaat de bijstand in januari omhoog"
    leeftijd, aow_grens = eigen_leeftijd(text) or iemand_van(text), _aow_leeftijd(peildatum)
    situatie = leefsituatie(text, peildatum)
    if (partner := partner_aow(text, peildatum, intent)) is not None:
        return partner
    if (aio := aio_hoeveel(text, peildatum) or aio_norm_algemeen(text, peildatum)) is not None:
        return aio
    if (geen_recht := partner_zonder_recht(text, peildatum)) is not None:
        return geen_recht
    if leeftijd is not None and aow_grens is not None and leeftijd >= aow_grens:
        if BEDRAG_GEVRAAGD.search(text.lower()):
            return Antwoord("utter_aow_aio_norm", {})  # the amount asked, how one lives not said: the AIO levels
        return Antwoord("utter_aow_aio_ouder", {"leeftijd": str(leeftijd)})  # from the AOW age the SVB pays the AIO
    huisgenoten = _zonder_ouders_die_niet_helpen(text, parse.medebewoners(text) or [])
    if eigen_leeftijd(text) is None and iemand_van(text) is not None:
        huisgenoten = [m for m in huisgenoten if not (m.relatie == "anders" and m.leeftijd == leeftijd)]
    if (gedeeld := kostendelers_bedrag(text, huisgenoten, peildatum)) is not None:
        return gedeeld  # housemates of 27 or older: the kostendelersnorm, amount first
    if leeftijd is not None and situatie != "gehuwden" and \
            (ouders := ouders_aangenomen(huisgenoten, [leeftijd], peildatum, text)) is not None and \
            (gedeeld := kostendelers_bedrag(text, ouders, peildatum)) is not None:
        return Antwoord("utter_bijstandsnorm_kostendeler_ouders", gedeeld.waarden)  # "ik ben 30 en woon bij mijn ouders"
    if (straks := kostendeler_straks(text, leeftijd, huisgenoten, peildatum)) is not None:
        return straks  # "mijn dochter woont bij mij en wordt 1 februari 27": the norm now, and from that day
    if (student := met_student(text, huisgenoten, peildatum)) is not None:
        return student  # "mijn zoon van 30 studeert met studiefinanciering": he does not count
    if (jonger := huisgenoten_jonger(text, peildatum)) is not None:
        return jonger  # "ik ben 30 en woon met huisgenoten van 26 en 24": they do not count, the full norm
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    if situatie is None and not huisgenoten and leeftijd is not None and volwassen is not None and leeftijd < volwassen:
        situatie = "alleenstaande"  # "wat krijg je als je 18 bent": the young person's own norm (no partner said)
    if leeftijd is not None and volwassen is not None and leeftijd < volwassen and situatie != "gehuwden" \
            and huisgenoten and not all(m.relatie == "ouder" for m in huisgenoten) \
            and not _MISSCHIEN_PARTNER.search(text.lower()):
        # "ik ben 19 en woon met mijn broer van 30, wat krijg ik": under the adult norm's age housemates do not lower
        # the norm (the kostendelersnorm holds from that age, art. 22a): the young person's own norm, with its raise
        # (art. 20). (Only the parents: the jongeren answer, jong.jong_bij_ouders.)
        situatie, huisgenoten = situatie or "alleenstaande", [m for m in huisgenoten if m.relatie == "kind"]
    if leeftijd is None or aow_grens is None or situatie not in ("alleenstaande", "alleenstaande_ouder"):
        return None
    if situatie == "alleenstaande_ouder" and _kinderen_jong(leeftijd, peildatum):
        # "single mom 29, 2 kids": children without an age, of a parent too young to have one of the kostendeler age
        huisgenoten = [m for m in huisgenoten if not (m.relatie == "kind" and m.leeftijd is None)]
    if any(m.relatie != "kind" or m.leeftijd is None for m in huisgenoten):
        return None  # other adults, or an age missing: the form asks them
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie=situatie,
                         medebewoners=[{"leeftijd": m.leeftijd, "relatie": "kind"} for m in huisgenoten])
    if uit is None or uit.get("kostendelersnorm_toegepast") or uit.get("uitvoerder") != "gemeente":
        return None
    waarden = {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)}
    if (min_inkomen := met_ander_inkomen(text, uit, waarden)) is not None:
        return min_inkomen  # "ik krijg 300 euro partneralimentatie": it comes off the norm in full
    if uit.get("norm_ouders_niet_bijdragen") is not None:
        hoger = euro(Decimal(str(uit["norm_ouders_niet_bijdragen"])))
        return Antwoord("utter_bijstandsnorm_eigen_jong", {**waarden, "norm_ouders_niet_bijdragen": hoger})
    return Antwoord("utter_bijstandsnorm_eigen", waarden)


# "mijn dochter woont bij mij en wordt 1 februari 27", "mijn zoon wordt in maart 27": a housemate reaches an age later.
_WORDT_OP = re.compile(r"\bwordt\s+(?:op\s+)?(?P<wanneer>\d{1,2}\s+[a-z]+|in\s+[a-z]+)\s+(?P<jaren>\d{2})\b"
                       r"(?!\s*(?:euro|eur\b|%))")


def kostendeler_straks(text: str, leeftijd: int | None, huisgenoten: list, peildatum: date) -> Antwoord | None:
    """One housemate who reaches knowledge/'s kostendeler age on a day the message names: the norm now (from
    knowledge/, without that housemate counting) and the kostendelersnorm from that day, for someone on their own
    (not a couple) who is an adult under the AOW age."""
    m = _WORDT_OP.search(text.lower())
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    volwassen, aow_grens = knowledge.waarde("leeftijd.volwassenennorm", peildatum), _aow_leeftijd(peildatum)
    if m is None or grens is None or volwassen is None or aow_grens is None or int(m["jaren"]) != int(grens) \
            or len(huisgenoten) != 1 or huisgenoten[0].relatie not in _KOSTENDELER_RELATIES \
            or huisgenoten[0].leeftijd != int(grens) - 1 or leefsituatie(text, peildatum) == "gehuwden" \
            or leeftijd is not None and not volwassen <= leeftijd < aow_grens:
        return None
    eigen = knowledge.ONBEKEND if leeftijd is None else leeftijd  # not said: knowledge/ assumes an adult
    dag = parse.datum(m["wanneer"].removeprefix("in "), peildatum, richting="toekomst")
    if dag is None or dag <= peildatum:
        return None
    relatie = huisgenoten[0].relatie
    nu = _bijstandsnorm(peildatum, leeftijd=eigen, leefsituatie="alleenstaande",
                        medebewoners=[{"leeftijd": int(grens) - 1, "relatie": relatie}])
    straks = _bijstandsnorm(dag, leeftijd=eigen, leefsituatie="alleenstaande",
                            medebewoners=[{"leeftijd": int(grens), "relatie": relatie}])
    if nu is None or straks is None or nu.get("kostendelersnorm_toegepast") or not straks.get("kostendelersnorm_toegepast"):
        return None
    from knowledge.teksten import datum as datum_tekst
    return Antwoord("utter_bijstandsnorm_kostendeler_straks", {
        "norm_eigen": _norm_tekst(nu), "norm_straks": _norm_tekst(straks),
        "kostendeler_datum": datum_tekst(dag)})


# "mijn vriend", "mijn vrouw", "we wonen samen": someone who may be a partner (a couple's norm; the form asks).
_MISSCHIEN_PARTNER = re.compile(r"\b(?:vriend|vriendin|partner|man|vrouw|verloofde|echtgeno\w*|samenwon\w*|getrouwd"
                                r"|relatie)\b|\bsamen\s+wonen\b|\bwonen\s+samen\b")


# "bij zijn ouders", "bij mijn schoonmoeder": the partner's parents (parse reads them as "anders"), parents all the same.
_SCHOONOUDERS = re.compile(r"\b(?:zijn|haar|z'n|zn|d'r)\s+(?:ouders|vader|moeder|pa|ma)\b|\bschoon(?:ouders|vader|moeder)\b")


def ouders_aangenomen(huisgenoten: list, leeftijden: list[int], peildatum: date, text: str = "") -> list | None:
    """'ik ben 30 en woon bij mijn ouders', 'we wonen bij zijn ouders': parents whose ages were not said, of someone (or a
    couple) of knowledge/'s adult norm age or older. Such a parent is older than knowledge/'s kostendeler age, so they
    count at that age (the answer says it as an assumption, and the form still asks their ages). None when another
    housemate's age is missing, or the parents' ages were said."""
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    zonder = [m for m in huisgenoten if m.leeftijd is None]
    schoon = len(zonder) <= 2 and bool(_SCHOONOUDERS.search(text.lower()))
    if grens is None or volwassen is None or not leeftijden or min(leeftijden) < volwassen or not zonder \
            or any(m.relatie != "ouder" and not (schoon and m.relatie == "anders") for m in zonder):
        return None
    return [m if m.leeftijd is not None else parse.Medebewoner(int(grens), m.relatie) for m in huisgenoten]


def _kinderen_jong(leeftijd: int, peildatum: date) -> bool:
    """A parent younger than knowledge/'s kostendeler age plus the age up to which a child is in the gezin cannot have
    a child of the kostendeler age (it would have been born before the parent was of that gezin age): children whose
    age was not said do not change the norm."""
    kostendeler = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    gezin = knowledge.waarde("gezin.kind_jonger_dan", peildatum)
    return kostendeler is not None and gezin is not None and leeftijd < int(kostendeler) + int(gezin)


# "hoe hoog is bijstand voor iemand van 18 jaar", "wat krijgt een 20-jarige", "bedrag bijstand 18 jarige": the age of
# whom the norm is asked ("mijn 19-jarige zoon" is a housemate: a possessive before it).
_IEMAND_VAN = re.compile(r"\b(?:iemand|een\s+persoon|een\s+jongere|een\s+alleenstaande)\s+van\s+(?P<a>\d{2})\b"
                         r"(?!\s*(?:euro|%|uur|weken|maanden))|(?P<voor>\b[\w']+\s+)?\b(?P<b>\d{2})\s*-?\s*jarigen?\b"
                         # "bijstand jongere 18 hoeveel", "jongeren van 19": a young person in general (session 17)
                         r"|\bjongeren?\s+(?:van\s+)?(?P<c>\d{2})\b(?!\s*(?:euro|%|uur|weken|maanden|jaar\s+(?:geleden|lang)))")
_BEZITTELIJK = {"mijn", "mn", "m'n", "onze", "ons", "zijn", "haar", "hun", "je", "jouw", "uw", "jullie"}


def iemand_van(text: str) -> int | None:
    """The age in a question about someone in general ("bijstand voor iemand van 18"), not a housemate's."""
    for m in _IEMAND_VAN.finditer((text or "").lower()):
        if m["a"] or m["c"] or (m["voor"] or "").strip() not in _BEZITTELIJK:
            return int(m["a"] or m["b"] or m["c"])
    return None


def huisgenoten_jonger(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 30 en woon met 2 huisgenoten van 26 en 24, krijg ik de volle bijstand': housemates who are all younger
    than knowledge/'s kostendeler age do not lower the norm: the norm of someone on their own of the person's age
    (an adult under the AOW age, no partner named), from knowledge/."""
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    huisgenoten = [m for m in parse.medebewoners(text) or [] if m.relatie != "kind" or m.leeftijd is None
                   or m.leeftijd >= (knowledge.waarde("gezin.kind_jonger_dan", peildatum) or 0)]
    if leeftijd is None or aow_grens is None or volwassen is None or not volwassen <= leeftijd < aow_grens \
            or not huisgenoten or leefsituatie(text, peildatum) == "gehuwden":
        return None
    if any(m.leeftijd is None or m.relatie not in _KOSTENDELER_RELATIES for m in huisgenoten):
        return None  # an age missing, a partner, a student or a lodger: other rules
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande",
                         medebewoners=[{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten])
    if uit is None or uit.get("kostendelersnorm_toegepast") or uit.get("uitvoerder") != "gemeente":
        return None
    return Antwoord("utter_bijstandsnorm_huisgenoten_jonger", {
        "leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit),
        "huisgenoot_leeftijd": str(max(m.leeftijd for m in huisgenoten))})


# "300 euro partneralimentatie", "een ww-uitkering van 600": income that is not from work comes off the norm in full
# (art. 31 lid 1, 32; no vrijlating as for wages). Wages, gifts and savings have rules of their own.
_ANDER_INKOMEN = re.compile(r"alimentatie|\bww\b|\bwia\b|\bwao\b|\bwajong\b|\bziektewet\b|\banw\b|nabestaanden"
                            r"|\bwga\b|\biva\b|pensioen|lijfrente")


def met_ander_inkomen(text: str, uit: dict, waarden: dict[str, str]) -> Antwoord | None:
    """The norm (knowledge/'s result ``uit``) minus one amount per month of income not from work that the message
    names: what is left of the bijstand, or none when the income reaches the norm."""
    delen = [b for b in parse.bedragen(text) if _ANDER_INKOMEN.search(b.zin.lower()) and b.soort != "loon"
             and b.bedrag.periode in (None, "maand") and b.bedrag.euro > 0]
    if len(delen) != 1 or _ANDER_INKOMEN.search(text.lower()) is None:
        return None
    inkomen, norm = delen[0].bedrag.euro, Decimal(str(uit["norm"]))
    inkomsten = {**waarden, "inkomsten_tekst": euro(inkomen) + " per maand"}
    if inkomen >= norm:
        return Antwoord("utter_bijstandsnorm_inkomen_te_hoog", inkomsten)
    return Antwoord("utter_bijstandsnorm_inkomen", {**inkomsten, "bijstand_over": euro(norm - inkomen)})


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
_STEL = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\s+en\s+ik\b|\bgetrouwd|\bals\s+stel\b"
                   # "ik en mijn vrouw zijn 50 en 48"
                   r"|\bik\s+en\s+(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\b"
                   # "wij zijn 68 en 64, hoeveel krijgen wij samen": two people who speak as "wij", with both ages
                   r"|\b(?:wij|we)\s+zijn\s+\d{2}\s+en\s+\d{2}\b"
                   # "wij zijn allebei 20 jaar en hebben een baby": two who speak as "wij", one age for both
                   r"|\b(?:wij|we)\s+zijn\s+(?:allebei|beiden|beide)\s+\d{2}\b"
                   # "ik ben 25 en mijn vrouw is 20": a partner with an age
                   r"|\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|echtgeno\w*)\s+(?:is\s+|\(\s*)?\d{2}\b"
                   # "mijn vriend is 23, we wonen samen": a boyfriend or girlfriend one lives with
                   r"|\b(?:we|wij)\s+wonen\s+samen\b|\bsamenwonend\b"
                   # "ik woon samen met mijn vriendin", "mijn vriendin (31) komt bij me wonen, hoeveel krijgen we samen"
                   r"|" + parse.VRIEND_ALS_PARTNER.pattern)
# "mijn vriend is 23" in a message that says they live together or are married: the partner's age.
_SAMEN = re.compile(r"\b(?:we|wij)\s+wonen\s+samen\b|\bsamenwonend\b|\bwonen\s+(?:wij|we)\s+samen\b"
                    r"|(?<!niet\s)\b(?:getrouwd|gehuwd)\b|" + parse.VRIEND_ALS_PARTNER.pattern)
_VRIEND_LEEFTIJD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:vriend|vriendin)\s+(?:is\s+|van\s+|\(\s*)?(?P<jaren>\d{2})\b"
                              r"(?!\s*(?:euro|%|uur|weken|dagen|maanden))")
# "allebei 45", "we zijn 44 en 47", "mijn vrouw en ik (52 en 55)": both ages at once.
_STEL_LEEFTIJDEN = re.compile(r"\b(?:allebei|beiden|beide|allebij)\s+(?P<a>\d{2})\b|\bzijn\s+(?P<b>\d{2})\s+en\s+(?P<c>\d{2})\b"
                              # "mijn man en ik (50, 52)", "(44 & 47)": the two ages in brackets, any separator
                              r"|\(\s*(?P<d>\d{2})\s*(?:en|,|&|/)\s*(?P<e>\d{2})\s*\)"
                              # "wij zijn getrouwd 45 en 47", "samenwonend, 30 en 32": the two ages after the couple word
                              r"|\b(?:getrouwd|gehuwd|samenwonend|samenwonen)\s*,?\s*(?P<f>\d{2})\s*(?:en|,|&)\s*(?P<g>\d{2})\b"
                              r"(?!\s*(?:euro|%|uur|weken|dagen|maanden|jaar\s+(?:getrouwd|samen)))")
# "mijn man 47", "getrouwd met een man van 25": the partner's age without "is".
_PARTNER_LEEFTIJD_KORT = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:partner|man|vrouw|echtgeno\w*)\s+(?:is\s+|wordt\s+|van\s+|\(\s*)?"
                                    r"(?P<jaren>\d{2})\b(?!\s*(?:euro|%|uur|weken|dagen|maanden|jaar\s+getrouwd))"
                                    r"|\b(?:getrouwd|samen)\s+met\s+(?:een|mijn)\s+(?:man|vrouw|partner)\s+van\s+(?P<met>\d{2})\b")
# "hoeveel krijgen we", "wat krijgen we samen", "wat is onze norm": the amount is the question; "wat is bijstand voor
# ons" (English "what is bijstand for us", no article; session 21) too.
_HOEVEEL_KRIJG = re.compile(r"\bhoeveel\b|\bhoe\s+hoog\b|\bwat\s+krijg\w*\s+(?:ik|we|wij|jullie|u)\b"
                            r"|\bwat\s+is\s+(?:dan\s+|nu\s+)?(?:mijn|onze|ons|de)\s+(?:norm|bijstand|uitkering|bedrag)\b"
                            r"|\bwat\s+(?:is|wordt|zou)\s+(?:dan\s+|nu\s+)?(?:de\s+)?(?:bijstand|uitkering|norm)\s+(?:\w+\s+)?voor\s+(?:ons|mij|me)\b")


# "we wonen bij zijn ouders (allebei 55)", "onze kinderen zijn beide 4": "allebei" of other people, not of the couple.
_ANDEREN_MEERVOUD = re.compile(r"\b(?:ouders|schoonouders|grootouders|kinderen|kids|zoons|zonen|dochters|huisgenoten"
                               r"|broers|zussen|vrienden|vriendinnen|neven|nichten)\b[^.?!;]{0,15}$")


def stel_leeftijden(text: str) -> tuple[int, int] | None:
    """The ages of the person and their partner, where the message gives both. An own age and a partner's age said
    each ('ik ben 20, mijn man is 26') come before a shared one ('allebei 55' may be of the parents they live with)."""
    lowered = (text or "").lower()
    eigen, partner = eigen_leeftijd(text), _PARTNER_LEEFTIJD_KORT.search(lowered)
    if eigen is not None and partner is not None:
        return eigen, int(partner["jaren"] or partner["met"])
    for m in _STEL_LEEFTIJDEN.finditer(lowered):
        if _ANDEREN_MEERVOUD.search(lowered, 0, m.start()):
            continue  # "zijn ouders (allebei 55)": the housemates' ages
        if m["a"]:
            return int(m["a"]), int(m["a"])
        return (int(m["b"]), int(m["c"])) if m["b"] else (int(m["d"]), int(m["e"])) if m["d"] else \
            (int(m["f"]), int(m["g"]))
    if eigen is not None and partner is None and _SAMEN.search(lowered) and (vriend := _VRIEND_LEEFTIJD.search(lowered)):
        return eigen, int(vriend["jaren"])
    if eigen is not None and _SAMEN.search(lowered) and (hij := _HIJ_IS.search(lowered)) is not None \
            and not _ANDER_GENOEMD.search(_ALS_PARTNER_GENOEMD.sub(" ", lowered[:hij.start()])):
        return eigen, int(hij["jaren"])  # "wij zijn getrouwd ik ben 19 hij is 24": married, nobody else named
    return None


# "hij is 24", "zij is 30": in a married or cohabiting couple's message that names nobody else before it, the partner.
# "ik woon samen met mijn vriendin, zij is 31": the girlfriend named as the partner is nobody else
_ALS_PARTNER_GENOEMD = re.compile(parse.VRIEND_ALS_PARTNER.pattern.split("(?=")[0])
_HIJ_IS = re.compile(r"\b(?:hij|zij|ze)\s+is\s+(?P<jaren>\d{2})\b(?!\s*(?:euro|%|uur|weken|dagen|maanden|jaar\s+getrouwd))")
_ANDER_GENOEMD = re.compile(r"\b(?:zoon\w*|zonen|dochter\w*|kind\w*|kids|baby|vriend\w*|moeder|vader|ouders?|broer\w*"
                            r"|zus\w*|oma|opa|neef|nicht|oom|tante|huisgeno\w*|ex|schoon\w+)\b")


def stel_norm(text: str, peildatum: date) -> Antwoord | None:
    """'wij zijn getrouwd, ik ben 44 en mijn man 47, wat krijgen we samen': the norm for a couple from knowledge/,
    with their ages (one under 21 gets the young person's part) and any housemates (the kostendelersnorm)."""
    lowered = text.lower()
    leeftijden = stel_leeftijden(text)
    if not (_HOEVEEL_KRIJG.search(lowered) and _STEL.search(lowered) and leeftijden):
        return None
    huisgenoten = [h for h in parse.medebewoners(text) or [] if h.relatie != "partner"]
    if _SAMEN.search(lowered) and (vriend := _VRIEND_LEEFTIJD.search(lowered)):
        # "mijn vriend is 23, we wonen samen": the partner, not a housemate
        huisgenoten = [h for h in huisgenoten if not (h.relatie == "anders" and h.leeftijd == int(vriend["jaren"]))]
    leeftijd, partner = leeftijden
    ouders = ouders_aangenomen(huisgenoten, [leeftijd, partner], peildatum, text)  # "we wonen bij zijn ouders": 27 or older
    huisgenoten = ouders or huisgenoten
    if any(h.leeftijd is None or h.relatie not in _KOSTENDELER_RELATIES for h in huisgenoten):
        return None  # a housemate without an age, a student or a lodger: the form asks
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="gehuwden", partner_leeftijd=partner,
                         medebewoners=[{"leeftijd": h.leeftijd, "relatie": h.relatie} for h in huisgenoten])
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    if uit is not None and uit.get("uitvoerder") == "svb" and not huisgenoten:
        return Antwoord("utter_aow_aio_norm", {})  # a couple past the AOW age: the AIO levels of the SVB
    if uit is None or uit.get("uitvoerder") != "gemeente" or volwassen is None:
        return None  # the AIO with housemates: the SVB's rules, the form computes them
    waarden = {"norm_eigen": _norm_tekst(uit)}
    if uit.get("kostendelersnorm_toegepast") and min(leeftijd, partner) < volwassen:
        return jong_met_kostendelers(uit, huisgenoten, peildatum)
    if uit.get("kostendelersnorm_toegepast") and ouders is not None:
        return Antwoord("utter_bijstandsnorm_stel_kostendeler_ouders", {
            **waarden, "kostendelers_personen": str(uit["kostendelers"] + 2)})
    if uit.get("kostendelersnorm_toegepast"):
        return Antwoord("utter_bijstandsnorm_stel_kostendeler", {
            **waarden, "kostendelers_personen": str(uit["kostendelers"] + 2),
            "huisgenoot_leeftijd": str(max(h.leeftijd for h in huisgenoten))})
    if min(leeftijd, partner) < volwassen:
        return Antwoord("utter_bijstandsnorm_stel_jong", waarden)
    return Antwoord("utter_bijstandsnorm_stel", waarden)


def jong_met_kostendelers(uit: dict, huisgenoten: list, peildatum: date) -> Antwoord | None:
    """Art. 22a lid 3: a partner under 21 beside a partner of 21 or older, with kostendelers: the young partner's
    fixed amount plus the kostendelersnorm of the older one (who shares with the kostendelers only). Both parts come
    from knowledge/: the fixed amount is its parameter, the older partner's part is the rest of the norm."""
    grens = knowledge.waarde("invoer.maximum_kind_leeftijd", peildatum)
    kind = grens is not None and any(h.relatie == "kind" and h.leeftijd < grens for h in huisgenoten)
    jong = knowledge.waarde("normen.jongeren_gehuwd_kostendelers_" + ("met_kind" if kind else "zonder_kind"), peildatum)
    if jong is None:
        return None
    norm, jong = Decimal(str(uit["norm"])), Decimal(str(jong))
    return Antwoord("utter_bijstandsnorm_stel_jong_kostendeler", {
        "norm_eigen": _norm_tekst(uit), "norm_jong_deel": euro(jong), "norm_oudere_deel": euro(norm - jong),
        "kostendelers_personen": str(uit["kostendelers"] + 1),
        "huisgenoot_leeftijd": str(max(h.leeftijd for h in huisgenoten))})


def kostendelers_hoeveel(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 40 en woon met 2 huisgenoten van 30 en 33, wat is mijn norm' read as another topic: the amount
    with the kostendelersnorm, from knowledge/ (kostendelers_bedrag), when the message asks for it."""
    if not _HOEVEEL_KRIJG.search(text.lower()):
        return None
    return kostendelers_bedrag(text, parse.medebewoners(text) or [], peildatum)


def partner_leeftijd(text: str, vandaag: date) -> int | None:
    """'mijn man is 45', 'mijn vrouw van 50': the partner's age."""
    if leefsituatie(text, vandaag) != "gehuwden":
        return None  # a partner's age belongs with a couple only (knowledge/ refuses it otherwise)
    if (beide := stel_leeftijden(text)) is not None:
        return beide[1]
    m = _PARTNER_LEEFTIJD.search((text or "").lower())
    return int(m["jaren"]) if m and int(m["jaren"]) <= parse.MAX_LEEFTIJD else None


# "mijn ouders hebben me eruit gezet", "mijn vader zette me uit huis": the parents are named, they do not live with
# the young person (no housemates, the young person's own norm and its raise of art. 20 lid 3)
_OUDERS_ZETTEN_UIT = re.compile(
    r"\b(?:eruit|uit\s+huis|op\s+straat|de\s+deur\s+uit|het\s+huis\s+uit)\s+(?:ge)?(?:zet|gegooid|geschopt|gestuurd)\b"
    r"|\b(?:zetten|zette|gooiden|gooide|schopten|schopte|stuurden|stuurde)\s+(?:me|mij)\s+(?:eruit|uit\s+huis|op\s+straat"
    r"|het\s+huis\s+uit|de\s+deur\s+uit)|\bweggestuurd\b")


def _zonder_ouders_die_niet_helpen(text: str, huisgenoten: list) -> list:
    """'mijn ouders kunnen niks bijdragen' names the parents, not as housemates."""
    if ouders_kunnen_bijdragen(text, date.today()) is False or _OUDERS_ZETTEN_UIT.search(text.lower()):
        return [m for m in huisgenoten if not (m.relatie == "ouder" and m.leeftijd is None)]
    return huisgenoten


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


# "mijn partner heeft geen recht op bijstand": art. 24, the person's own part of the norm for a couple.
_PARTNER_GEEN_RECHT = re.compile(
    r"\b(?:partner|man|vrouw|echtgeno\w*)\b[^.?!]{0,30}?\b(?:heeft|krijgt)\s+(?:zelf\s+)?geen\s+(?:recht|bijstand)"
    r"|\bgeen\s+recht\s+op\s+bijstand\b[^.?!]{0,20}?\b(?:partner|man|vrouw)\b"
    # "mijn vrouw heeft nog geen verblijfsvergunning": without legal residence no right of one's own (art. 11, 24)
    r"|\b(?:partner|man|vrouw|echtgeno\w*)\b[^.?!]{0,30}?\b(?:geen|zonder)\s+(?:geldige\s+)?"
    r"(?:verblijfsvergunning|verblijfsstatus|verblijfsrecht|papieren)\b"
    r"|\b(?:partner|man|vrouw|echtgeno\w*)\b[^.?!]{0,30}?\b(?:is\s+)?(?:ongedocumenteerd|illegaal)\b")


def partner_zonder_recht(text: str, peildatum: date) -> Antwoord | None:
    """'mijn partner heeft geen recht op bijstand, hoeveel krijg ik dan': the norm knowledge/ computes for the
    partner who has a right (art. 24), for an adult under the AOW age (the age said, else the adult norm's)."""
    lowered = text.lower()
    if not (_PARTNER_GEEN_RECHT.search(lowered) and _HOEVEEL_KRIJG.search(lowered)):
        return None
    volwassen, aow_grens = knowledge.waarde("leeftijd.volwassenennorm", peildatum), _aow_leeftijd(peildatum)
    leeftijd = eigen_leeftijd(text)
    if volwassen is None or aow_grens is None or (leeftijd is not None and not volwassen <= leeftijd < aow_grens):
        return None  # a young person or the AIO: the form asks and computes
    uit = _bijstandsnorm(peildatum, leeftijd=volwassen if leeftijd is None else leeftijd, leefsituatie="gehuwden",
                         partner_heeft_recht=False)
    if uit is None or uit.get("kostendelersnorm_toegepast"):
        return None
    return Antwoord("utter_samenwonen_partner_geen_recht", {"norm_eigen": _norm_tekst(uit)})


def met_student(text: str, huisgenoten: list, peildatum: date) -> Antwoord | None:
    """'ik ben 57 en mijn zoon van 30 studeert met studiefinanciering': a student with stufi does not count for the
    kostendelersnorm (art. 19a); with no partner named, the norm of someone on their own, from knowledge/."""
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is None or aow_grens is None or leeftijd >= aow_grens or leefsituatie(text, peildatum) == "gehuwden":
        return None
    if not huisgenoten or not any(m.relatie == "student" for m in huisgenoten) or \
            any(m.relatie not in ("student", "kind") for m in huisgenoten):
        return None
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie=knowledge.ONBEKEND,
                         medebewoners=[{"leeftijd": m.leeftijd if m.leeftijd is not None else knowledge.ONBEKEND,
                                        "relatie": m.relatie} for m in huisgenoten])
    if uit is None or uit.get("kostendelersnorm_toegepast") or uit.get("uitvoerder") != "gemeente":
        return None
    return Antwoord("utter_bijstandsnorm_student", {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)})


# "mijn ouders hebben me uit huis gezet", "moeten mijn ouders nog voor mij betalen": a young person and the parents.
_OUDERS = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:ouders|moeder|vader|pa|ma)\b")


def jong_en_ouders(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 19, mijn ouders hebben me uit huis gezet, moeten zij nog betalen': under the age of the adult norm the
    jongeren answer (the young person's norm, and the raise when the parents cannot contribute, art. 20 lid 3).
    Not a debt question: being put out by one's parents is no eviction for debts."""
    leeftijd, volwassen = eigen_leeftijd(text), knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    if leeftijd is None or volwassen is None or leeftijd >= volwassen or not _OUDERS.search(text.lower()):
        return None
    if leefsituatie(text, peildatum) == "gehuwden" or any(m.relatie != "ouder" for m in parse.medebewoners(text) or []):
        return None  # a partner or a household of their own: the form asks
    return Antwoord("utter_jongeren", {})
