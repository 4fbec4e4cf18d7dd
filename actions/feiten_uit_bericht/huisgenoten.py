"""Housemates and the kostendelersnorm: who counts by age, family who rent, a child at home who earns,
living with someone to give care, a new housemate to report."""

from __future__ import annotations

import re
from datetime import date

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import (_HOEVEEL, Antwoord, _aow_leeftijd, _bijstandsnorm, _vaste_tekst,
                                                 eigen_leeftijd, leefsituatie, _norm_tekst)
from actions.feiten_uit_bericht.jong import kind_eigen_bijstand
from knowledge.teksten import huidige_variant, tekst


# "hij huurt een kamer bij mij met een contract": a lodger at market price, which family never is (art. 19a lid 1 b).
_HUURT = re.compile(r"\bhuur\w*|\bkamer\b|\bcontract\b|marktprijs|marktconform|kostganger")
# Family in the second degree (art. 19a lid 1 b): parse reads them as "anders"; renting does not take them out.
_TWEEDE_GRAAD = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:broer|zus|zuster|opa|oma|kleinzoon|kleindochter|kleinkind)\b")
# Who counts for the kostendelersnorm by age; a partner, a student or a lodger has rules of its own.
_KOSTENDELER_RELATIES = ("kind", "ouder", "anders")


# "moet ik melden dat mijn dochter bij mij komt wonen", "mijn zoon trekt weer bij me in, moet de gemeente dat weten":
# someone coming to live with the person, and whether to report it (session 21, H4: read as kostendelersnorm it got
# the general rule or "Nee, daardoor krijgt u nu niet minder bijstand", which does not say to report it).
_KOMT_WONEN = re.compile(r"\b(?:komt|komen|gaat|gaan|wil|willen)\s+(?:\w+\s+){0,4}?(?:in\s*)?wonen\b"
                         r"|\b(?:trekt|trekken)\s+(?:\w+\s+){0,4}?in\b|\bintrek\w*|\bingetrokken\b"
                         r"|\bbij\s+(?:mij|me|ons)\s+(?:\w+\s+)?(?:in\s*)?wonen\b"
                         r"|\bmov(?:e|es|ing)\s+in\b|\bcom(?:e|es|ing)\s+to\s+live\b")  # (English the reader keeps)
_MELDEN = re.compile(r"\bmelden\b|\bmeld\b|\bdoorgeven\b|\bdoor\s+(?:te\s+)?geven\b|\bgeef\s+(?:ik\s+)?(?:dat|het)\s+door\b"
                     r"|\bopgeven\b|\blaten\s+weten\b|\bgemeente\s+(?:dat|het)\s+(?:\w+\s+)?weten\b|\baangeven\b"
                     r"|\breport\b|\btell\s+the\s+gemeente\b")


def komt_wonen_melden(text: str, peildatum: date) -> Antwoord | None:
    """Someone coming to live with the person and whether to report it: yes, and whether that person counts. A
    partner who moves in is living together (samenwonen.partner_komt); a housemate of the kostendeler age keeps the
    answer with the amount (kostendelers)."""
    lowered = text.lower()
    if not (_KOMT_WONEN.search(lowered) and _MELDEN.search(lowered)):
        return None
    from actions.feiten_uit_bericht.samenwonen import partner_komt, partner_trekt_in
    if partner_trekt_in(text) and (partner := partner_komt(text, peildatum)) is not None:
        return partner
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    if grens is not None and any(m.leeftijd is not None and m.leeftijd >= grens for m in parse.medebewoners(text) or []):
        return None
    return Antwoord("utter_kostendelersnorm_melden", {})


def kostendelers(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Housemates' ages against the minimum age of the kostendelersnorm."""
    if (kind := kind_eigen_bijstand(text, peildatum, intent)) is not None:
        return kind  # "mijn dochter van 19 woont thuis, kan zij een eigen uitkering krijgen"
    huisgenoten = parse.medebewoners(text) or []
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    if grens is None or not huisgenoten or any(m.relatie not in _KOSTENDELER_RELATIES for m in huisgenoten):
        return None
    if len(huisgenoten) == 1 and huisgenoten[0].leeftijd is None and _HUURT.search(text.lower()) and \
            (huisgenoten[0].relatie in ("kind", "ouder") or _TWEEDE_GRAAD.search(text.lower())):
        return Antwoord("utter_kostendelersnorm_familie_huurt_leeftijd_onbekend", {})  # "mijn broer huurt een kamer"
    if (huurder := commerciele_huurder(text, peildatum)) is not None:
        return huurder  # "een vriend huurt een kamer bij mij met een contract tegen marktprijs": no kostendeler
    if any(m.leeftijd is None for m in huisgenoten):
        return None  # the deciding fact is missing: the general answer
    oudste = max(m.leeftijd for m in huisgenoten)
    waarden = {"huisgenoot_leeftijd": str(oudste)}
    if oudste < grens:
        from actions.feiten_uit_bericht.norm import kostendeler_straks  # (norm.py reads this module)
        # "mijn zoon wordt in maart 27, wat gebeurt er dan": the norm now and from that day
        return kostendeler_straks(text, eigen_leeftijd(text), huisgenoten, peildatum) or \
            Antwoord("utter_kostendelersnorm_jonger", waarden)
    familie = all(m.relatie in ("kind", "ouder") for m in huisgenoten) or \
        (len(huisgenoten) == 1 and _TWEEDE_GRAAD.search(text.lower()) is not None)  # "mijn broer van 34"
    norm = kostendelersnorm(text, huisgenoten, peildatum)
    if _HUURT.search(text.lower()) and familie:
        if norm is not None and _NORM_GEVRAAGD.search(text.lower()):
            # "mijn broer (44) huurt een kamer bij mij met contract, wat is mijn norm": the amount first
            return Antwoord("utter_kostendelersnorm_familie_huurt_bedrag", {**waarden, **norm})
        return Antwoord("utter_kostendelersnorm_familie_huurt", waarden)  # family stays a kostendeler
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is not None and aow_grens is not None and leeftijd >= aow_grens:
        # Past the AOW age the SVB pays the AIO and applies the same kostendelersnorm (art. 22a, 47a).
        return Antwoord("utter_kostendelersnorm_telt_mee_aio", {**waarden, "leeftijd": str(leeftijd)})
    if norm is None:
        return Antwoord("utter_kostendelersnorm_telt_mee", waarden)
    if _HOEVEEL.search(text.lower()):
        return Antwoord("utter_bijstandsnorm_kostendeler", {**waarden, **norm})  # "hoeveel krijg ik": the amount first
    return Antwoord("utter_kostendelersnorm_telt_mee_bedrag", {**waarden, **norm})


# "met een schriftelijk contract tegen marktprijs", "een huurcontract en een normale huur": a commercial lodger.
_CONTRACT = re.compile(r"\b(?:huur)?contract\b|\bhuurovereenkomst\b|\bschriftelijk\w*\b")
_MARKTPRIJS = re.compile(r"markt\w*|\bcommercie\w*|\bnormale\s+(?:prijs|huur|huurprijs)\b|\bgewone\s+(?:prijs|huur)\b"
                         r"|\bzakelijk\w*")


def commerciele_huurder(text: str, peildatum: date) -> Antwoord | None:
    """'een vriend van 33 huurt een kamer bij mij met een schriftelijk contract tegen marktprijs': a lodger at a
    commercial rent with a written contract is no kostendeler (art. 19a lid 1), unless family up to the second
    degree (they stay kostendelers: the family answer, kostendelers())."""
    lowered = text.lower()
    huisgenoten = parse.medebewoners(text) or []
    if not (_HUURT.search(lowered) and _CONTRACT.search(lowered) and _MARKTPRIJS.search(lowered)):
        return None
    if len(huisgenoten) != 1 or huisgenoten[0].relatie not in ("anders", "huurder") or _TWEEDE_GRAAD.search(lowered):
        return None
    return huurder_en_norm(text, peildatum) or Antwoord("utter_kostendelersnorm_huurder", {})


# "wat wordt mijn bijstandsnorm", "hoeveel krijg ik dan": the amount is asked.
_NORM_GEVRAAGD = re.compile(r"\bhoeveel\b|\bhoe\s+hoog\b|\bwat\s+(?:is|wordt|word)\s+(?:dan\s+|nu\s+)?(?:mijn|de)\s+"
                            r"(?:bijstands)?(?:norm|bijstand|uitkering)\b"
                            # "krijg ik dan de volle bijstand of minder", "ga ik er dan op achteruit": the amount, said as
                            # more or less (session 20)
                            r"|\bvolle?\s+(?:bijstand|uitkering|norm|bedrag)\b|\b(?:krijg|krijgen|hou|houd|houden)\s+(?:ik|we|wij|u|je)\s+"
                            r"(?:dan\s+|nu\s+|daardoor\s+)?(?:\w+\s+)?(?:minder|meer)\b|\bop\s+achteruit\b"
                            r"|\bwat\s+(?:krijg|hou|houd)\s+(?:ik|je|u)\s+(?:dan\s+|nu\s+)?(?:nog\s+)?(?:over)?\b")


def huurder_en_norm(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 30 en verhuur een kamer aan een man van 35 tegen marktprijs, wat wordt mijn norm': the lodger does not
    count, so the norm of someone on their own (knowledge/, by the person's age), said with that assumption."""
    leeftijd = eigen_leeftijd(text)
    if leeftijd is None or not _NORM_GEVRAAGD.search(text.lower()) or leefsituatie(text, peildatum) == "gehuwden":
        return None
    uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande")
    if uit is None or uit.get("uitvoerder") != "gemeente":
        return None
    return Antwoord("utter_kostendelersnorm_huurder_norm", {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)})


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


# "mijn moeder (80) woonde bij mij, maar ze gaat naar een verpleeghuis", "mijn vader is opgenomen in een verzorgingshuis":
# a relative who lived with the person moves into an instelling (not the person, not a partner: their own rules).
_FAMILIE_NAAR_INSTELLING = re.compile(
    r"\b(?:mijn|m'n|mn)\s+(?:moeder|vader|ma|pa|zoon|dochter|broer|zus|oma|opa|tante|oom|schoonmoeder|schoonvader"
    r"|neef|nicht)\b[^.?!]{0,80}?\b(?:naar|in|opgenomen)\s+(?:(?:in|naar)\s+)?(?:een|het|de)\s+(?:\w+\s+)?"
    r"(?:verpleeghuis|verzorgingshuis|zorginstelling|instelling|zorgcentrum|woonzorgcentrum|verpleegtehuis|tehuis)\b")
_IK_NAAR_INSTELLING = re.compile(r"\b(?:ik|wij|we)\s+(?:ga|gaan|moet|moeten|word|worden|kom|komen)\b[^.?!]{0,40}?"
                                 r"\b(?:verpleeghuis|verzorgingshuis|zorginstelling|instelling|zorgcentrum)\b")


# "woonde bij mij", "woont nu nog bij ons", "thuis", "inwonend": the relative lived with the person (not "hij woont
# alleen": a message written for someone else).
_WOONDE_BIJ_MIJ = re.compile(r"\bbij\s+(?:mij|me|ons)\b|\bthuis\b|\bin\s+huis\b|\binwon\w*|\bin\s+bij\s+(?:mij|ons)\b"
                             r"|\b(?:woonden|wonen|woonde)\s+samen\b|\bsamen\s+(?:gewoond|wonen)\b")


_WAT_KRIJG_IK = re.compile(r"\bwat\s+krijg\s+ik\b")


def huisgenoot_naar_instelling(text: str, peildatum: date) -> Antwoord | None:
    """'mijn moeder (80) woonde bij mij maar gaat naar een verpleeghuis, hoeveel krijg ik dan': someone who goes to live
    in an instelling for good no longer has the person's home as main residence, so is no kostendeler any more
    (art. 19a: the same home as hoofdverblijf); the gemeente decides from when. With the person's own age and nobody
    else named: the norm of someone on their own, from knowledge/ (session 19)."""
    lowered = text.lower()
    if not _FAMILIE_NAAR_INSTELLING.search(lowered) or _IK_NAAR_INSTELLING.search(lowered) \
            or not _WOONDE_BIJ_MIJ.search(lowered) or leefsituatie(text, peildatum) == "gehuwden":
        return None
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    alleen_die = len(parse.medebewoners(text) or []) <= 1  # only the one who goes in is named: then nobody else
    if leeftijd is not None and aow_grens is not None and volwassen is not None and volwassen <= leeftijd < aow_grens \
            and alleen_die and (_NORM_GEVRAAGD.search(lowered) or _WAT_KRIJG_IK.search(lowered)):
        uit = _bijstandsnorm(peildatum, leeftijd=leeftijd, leefsituatie="alleenstaande")
        if uit is not None and uit.get("uitvoerder") == "gemeente" and not uit.get("kostendelersnorm_toegepast"):
            return Antwoord("utter_kostendelersnorm_naar_instelling_bedrag",
                            {"leeftijd": str(leeftijd), "norm_eigen": _norm_tekst(uit)})
    return Antwoord("utter_kostendelersnorm_naar_instelling", {})


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


# "ik woon tijdelijk bij mijn vader om voor hem te zorgen": the person lives elsewhere to give care.
_IK_WOON_BIJ = re.compile(r"\b(?:i?k|en|maar)\s+(?:\(\s*\d{1,3}\s*(?:jaar)?\s*\)\s*)?(?:woon|ga|trek|verblijf|zit|slaap|blijf)\b[^.?!]{0,30}\bbij\s+(?:mijn|m'n|mn|een|haar|hem)\b")
# ("ik heb een eigen huis maar slaap bijna altijd bij een vriendin": "maar" stands for "ik")
# ("omdat ze veel zorg nodig heeft", "hij is zorgbehoevend", "zij heeft hulp nodig": the care the other needs)
_ZORG_GEVEN = re.compile(r"mantelzorg|\bverzorg\w*|\bte zorgen\b|\bzorg\w*\s+(?:voor|aan)\s+(?:hem|haar|mijn|m'n|mn)\b"
                         r"|\b(?:zorg|hulp|verpleging|begeleiding)\s+(?:\w+\s+)?nodig\b|zorgbehoev\w*|\bpflege")


def mantelzorg(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _IK_WOON_BIJ.search(lowered) and _ZORG_GEVEN.search(lowered) and "elkaar" not in lowered:
        return Antwoord("utter_kostendelersnorm_mantelzorg", {})
    return None


# "mijn broer huurt een kamer bij mij", "hij betaalt mij huur": a housemate who pays rent to the person.
_HUURT_BIJ_MIJ = re.compile(r"\bhuurt\b[^.?!]{0,30}?\bbij\s+(?:mij|ons)\b|\bbetaalt\s+(?:mij|me|ons)\b[^.?!]{0,15}\bhuur\b"
                            r"|\bverhuur\w*\b[^.?!]{0,30}?\b(?:kamer|aan\s+(?:mijn|m'n|mn))\b")


def huur_van_huisgenoot(text: str, peildatum: date) -> Antwoord | None:
    """'mijn broer van 34 huurt een kamer bij mij voor 500 euro per maand': rent from a housemate is no gift; what
    decides is whether the housemate counts for the kostendelersnorm (family stays a kostendeler)."""
    if not _HUURT_BIJ_MIJ.search(text.lower()):
        return None
    return kostendelers(text, peildatum, "kostendelersnorm")


def inlichtingenplicht(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen': yes, and what it does to the norm."""
    return kostendelers(text, peildatum, intent) if parse.medebewoners(text) else None


# "mijn zus is uit huis gezet en slaapt nu al 2 maanden op mijn bank": someone else sleeps or stays at the
# person's home. That is the logeren question (does a guest count for the kostendelersnorm), not the guest's
# eviction or debts. ("ik slaap bij mijn moeder" is not: the person is the guest there; "blijft bij mij wonen" is
# not a guest, and "zit nu bij mij" is not a stay.)
_LOGEERT_BIJ_MIJ = re.compile(
    r"\b(?:slaapt|sliep|slapen|logeert|logeren|verblijft|woont\s+tijdelijk|pit|pitt\w*)\b[^.?!]{0,40}?"
    r"\b(?:bij\s+(?:mij|me|ons)(?!\s+(?:in\s+de\s+)?(?:buurt|straat|flat|wijk))"
    r"|op\s+(?:mijn|mn|m'n|de|onze|ons)\s+(?:bank|bankstel|logeerbed|luchtbed|zolder|logeerkamer))\b")


# "al 5 maanden", "sinds een half jaar", "geen einddatum": a stay of months or open-ended points to a hoofdverblijf
# (kostendeling); weeks point to logeren (legal-facts-topics 13). Someone homeless or in a crisis may not have to count.
_MAANDEN_LANG = re.compile(r"\b(?:al|sinds|ruim|bijna|meer\s+dan)\s+(?:een\s+)?(?:half\s+)?jaar\b|\bal\s+maanden\b"
                           r"|\bmaandenlang\b|\bgeen\s+einddatum\b|\bonbepaalde\s+tijd\b")
_TIJDELIJK_NOOD = re.compile(r"\bdaklo\w*|\bgeen\s+(?:huis|woning|dak)\b|\bop\s+straat\b|\buit\s+huis\s+gezet\b"
                             r"|\bcrisis\w*|\bvlucht\w*|\bgeweld\b|\bopvang\b")


# "mijn nichtje van 22", "broertje van 20": the diminutive is the same relative to the reader of housemates
_VERKLEINWOORD = re.compile(r"\b(neef|nicht|broer|zus)t?je\b")
_LOGEERT = re.compile(r"\blogee?r\w*|\blog[eé]\b|\blogees\b")


def logeren(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'mijn nicht van 22 logeert hier, telt zij mee': one guest with an age. Under knowledge/'s kostendeler age: no,
    they do not count. Of that age or older and staying for months (or without an end): they may well count, the
    home may be their hoofdverblijf; report it. Weeks, or someone homeless: None (the general answer says it)."""
    gasten = parse.medebewoners(_VERKLEINWOORD.sub(r"\1", text.lower())) or []
    grens = knowledge.waarde("normen.kostendeler_minimumleeftijd", peildatum)
    if len(gasten) != 1 or gasten[0].leeftijd is None or grens is None or gasten[0].relatie == "partner" \
            or gasten[0].leeftijd < 16:
        return None  # (an age under 16 is mostly a number of weeks read as one: "pit nu al 6 weken op mijn bank")
    leeftijd = gasten[0].leeftijd
    if leeftijd < grens:
        return Antwoord("utter_logeren_jonger", {"huisgenoot_leeftijd": str(leeftijd)})
    lowered, lang = text.lower(), parse.duur(text)
    maanden = (lang is not None and lang.eenheid == "maand" and lang.aantal >= 2) or bool(_MAANDEN_LANG.search(lowered))
    if not maanden or _TIJDELIJK_NOOD.search(lowered):
        return None
    return Antwoord("utter_logeren_maanden", {"huisgenoot_leeftijd": str(leeftijd)})


def logeert_bij_mij(text: str, peildatum: date) -> Antwoord | None:
    """Someone sleeps or stays at the person's home: the logeren answer, with the guest's age and stay when given."""
    lowered = text.lower()
    bij_mij = bool(_LOGEERT_BIJ_MIJ.search(lowered))
    if not (bij_mij or _LOGEERT.search(lowered)):
        return None  # ("nichtje van 22 logeert hier, telt zij mee": a guest with an age, no "bij mij")
    return logeren(text, peildatum, "logeren") or (logeren_algemeen(text) if bij_mij else None)


# "krijg ik nu minder", "is dat een probleem", "telt hij mee", "will my bijstand go down", "does this affect my
# uitkering": whether a guest lowers the bijstand is asked; for a stay of weeks the first sentence says no (session 18).
# A stay of months ("een paar maanden", "some months") may well count: the general answer.
_MINDER_GEVRAAGD = re.compile(
    r"\b(?:minder|lager|omlaag|gekort|korting|invloed|gevolg\w*|probleem|problemen|erg|verander\w*|tel\w*\s+(?:\w+\s+)?mee"
    r"|less|lower|go(?:es)?\s+down|affect\w*|effect\w*|change\w*|matters?|reduc\w*|count\w*|problem)\b")
_MAANDEN_GENOEMD = re.compile(r"\bmaand\w*|\bmonths?\b|\bhalf\s+(?:a\s+)?year\b")


def logeren_algemeen(text: str) -> Antwoord:
    """The general logeren answer; 'krijg ik minder' for a stay of no months first says no."""
    lowered = text.lower()
    if _MINDER_GEVRAAGD.search(lowered) and not _MAANDEN_GENOEMD.search(lowered) and not _MAANDEN_LANG.search(lowered):
        return Antwoord("utter_logeren_niet_minder", {})
    return Antwoord("utter_logeren", {})


def logeren_minder(text: str, peildatum: date) -> Antwoord | None:
    """The logeren topic with nothing else read: the general answer, first saying no when a lower bijstand is asked."""
    gekozen = logeren_algemeen(text)
    return gekozen if gekozen.response == "utter_logeren_niet_minder" else None

