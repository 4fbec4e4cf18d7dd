"""Samenwonen: friends who share a home are no couple (a housemate may be a kostendeler), a partner who moves in,
and savings named in a question about living together."""

from __future__ import annotations

import re
from datetime import date

from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, _vaste_tekst
from actions.feiten_uit_bericht.giften_en_vermogen import vermogen

# "we zijn gewoon vrienden, geen stel", "mijn huisgenoot en ik hebben geen relatie": sharing a home, no couple.
_GEEN_STEL = re.compile(r"\b(?:gewoon|alleen|maar|enkel)\s+(?:vrienden|vriendinnen|huisgenoten|kamergenoten|goede\s+vrienden)\b"
                        r"|\bgeen\s+(?:stel|relatie|koppel|partners|liefdesrelatie)\b|\bniet\s+(?:samen|een\s+stel)\b")
_HUISGENOOT = re.compile(r"\bhuisgeno\w*|\bkamergeno\w*|\bvriend\w*|\bwonen\s+samen\b|\bsamen\s+in\s+(?:een|één|1)\s+huis\b"
                         r"|\bwoon\s+met\b|\bwoont\s+bij\s+(?:mij|ons)\b")

# "mijn vriend wil bij me intrekken", "mijn vriendin komt bij mij wonen": a partner moves in.
_PARTNER_KOMT = re.compile(
    r"\b(?:vriend|vriendin|partner|man|vrouw|verloofde)\b[^.?!]{0,40}?"
    r"\b(?:intrekken|in\s+te\s+trekken|trekt\s+(?:bij\s+(?:mij|me|ons)\s+)?in|(?:komt|komen|gaat|gaan|wil|wilt)\s+"
    r"(?:\w+\s+){0,4}?(?:wonen|intrekken))\b")
# "we willen in maart gaan samenwonen in haar huis", "als ik bij mijn vriendin intrek": the person moves in with the
# partner, or both move together: the same couple (session 15).
_IK_TREK_IN = re.compile(
    r"\b(?:ik|we|wij|ga|gaan|trek|trekken)\b[^.?!]{0,40}?\bbij\s+(?:haar|hem|mijn\s+(?:vriend|vriendin|partner|verloofde)|m'n\s+\w+|mn\s+\w+)\s+"
    r"(?:\w+\s+){0,3}?(?:intrek\w*|in\s+(?:te\s+)?trek\w*|(?:gaan\s+|te\s+)?wonen)\b"
    r"|\b(?:we|wij|en\s+ik)\s+(?:willen|gaan)\s+(?:\w+\s+){0,4}?(?:samenwonen|samen\s+(?:gaan\s+)?wonen)\b"
    # "als ik ga samenwonen met mijn vriendin", "ik wil samen gaan wonen met mijn vriend" (the English "if i move in
    # with my girlfriend" reads so): the one who speaks moves in with the partner (session 21)
    # (or for a son or a daughter: "mijn zoon gaat samenwonen met zijn vriendin")
    r"|\b(?:ga|gaan|gaat|wil|willen|wilt|zou|zouden|plan|van\s+plan)\s+(?:\w+\s+){0,3}?(?:samenwonen|samen\s+(?:gaan\s+)?wonen)"
    r"\s+met\s+(?:mijn|m'n|mn|zijn|z'n|zn|haar)\s+(?:vriend|vriendin|partner|verloofde)\b")
_RELATIE = re.compile(r"\brelatie\b|\b(?:mijn|m'n|mn)\s+(?:vriend|vriendin|partner|verloofde)\b"
                      r"|\bsamenwonen\s+met\s+(?:zijn|z'n|zn|haar)\s+(?:vriend|vriendin|partner|verloofde)\b")


def geen_stel(text: str, peildatum: date) -> Antwoord | None:
    """'mijn huisgenoot en ik zijn gewoon vrienden, zijn we samenwonend': friends who share a home are no couple;
    a housemate of the kostendeler age still counts for the kostendelersnorm (art. 19a, 22a)."""
    lowered = text.lower()
    if _GEEN_STEL.search(lowered) and _HUISGENOOT.search(lowered):
        return Antwoord("utter_samenwonen_geen_stel", {})
    return None


def partner_trekt_in(text: str) -> bool:
    """'mijn vriendin komt bij mij wonen': the partner moves in with the person, who does not move themselves."""
    return bool(_PARTNER_KOMT.search(text.lower()))


def partner_komt(text: str, peildatum: date) -> Antwoord | None:
    """'mijn vriend wil bij me intrekken, we hebben een relatie', 'we gaan samenwonen in haar huis': a couple, the norm
    for a couple, the partner's income counts; report it before the move."""
    lowered = text.lower()
    if _GEEN_STEL.search(lowered) or not ((_PARTNER_KOMT.search(lowered) or _IK_TREK_IN.search(lowered))
                                          and _RELATIE.search(lowered)):
        return None
    return Antwoord("utter_samenwonen_partner_komt", {})


# "tellen we als samenwonend", "do we count as samenwonen", "is dat een gezamenlijke huishouding": whether they live
# together is the question, whatever else the message says (savings named beside it are not the question).
_OF_WE_SAMENWONEN = re.compile(r"\b(?:tellen|telt|zien|ziet|gezien|beschouwd|count|counted|seen)\b[^.?!]{0,40}\bsamenwon"
                               r"|\bgezamenlijke\s+huishouding\b")


def samenwonen(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """The samenwonen topic with a deciding fact in the message."""
    if any(b.soort == "spaargeld" for b in parse.bedragen(text)) and not _OF_WE_SAMENWONEN.search(text.lower()):
        return vermogen(text, peildatum, "vermogen")  # "wij zijn getrouwd en hebben 15000 op de bank"
    return met_ouder_of_kind(text, peildatum) or samen_om_te_zorgen(text, peildatum) or relatie_apart(text, peildatum) \
        or geen_stel(text, peildatum) or partner_komt(text, peildatum)


# "ik woon met mijn moeder, is dat een gezamenlijke huishouding", "mijn zoon woont bij mij, zijn wij samenwonend":
# a parent and a child are bloedverwanten in the first degree, never a gezamenlijke huishouding (art. 3 lid 2 a);
# the kostendelersnorm may still apply. Brothers, sisters and grandparents are not first degree: not this answer.
_OUDER_OF_KIND = r"(?:vader|moeder|pa|ma|mam|pap|papa|mama|ouders|zoon|dochter|kind|kinderen|zoons|dochters)"
_MET_OUDER_OF_KIND = re.compile(
    rf"\b(?:woon|woont|wonen|samenwonen|samen\s+wonen|intrekken|inwonen|in\s+huis|trek|trekt|trekken)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:met|bij)\s+"
    rf"(?:mijn|m'n|mn|me|onze|ons)\s+(?:\w+\s+)?{_OUDER_OF_KIND}\b"
    rf"|\b(?:mijn|m'n|mn|onze|ons)\s+(?:\w+\s+)?{_OUDER_OF_KIND}\b[^.?!]{{0,30}}?\b(?:woont|wonen|komt|komen|gaat|gaan"
    rf"|trekt|trekken)\b[^.?!]{{0,20}}?\b(?:bij|in|thuis)\b"
    rf"|\b(?:bij|met)\s+(?:mijn|m'n|mn|onze|ons)\s+(?:\w+\s+)?{_OUDER_OF_KIND}\s+(?:\w+\s+){{0,2}}?"
    rf"(?:wonen|woon|intrekken|inwonen|in\s+te\s+trekken|samenwonen)\b"
    # "mijn moeder en ik wonen samen", "ik en mijn zoon delen een huis" (session 14)
    rf"|\b(?:(?:mijn|m'n|mn)\s+(?:\w+\s+)?{_OUDER_OF_KIND}\s+en\s+ik|ik\s+en\s+(?:mijn|m'n|mn)\s+(?:\w+\s+)?{_OUDER_OF_KIND})"
    rf"\s+(?:(?:\w+\s+){{0,2}}?(?:wonen|woonden|delen|huren|samenwonen)\b|zijn\s+(?:\w+\s+){{0,2}}?(?:samenwonend|huisgenoten)\b)")
_IEMAND_ANDERS = re.compile(r"\b(?:vriend|vriendin|vriendje|partner|man|vrouw|verloofde|echtgeno\w*|schoon\w+|stief\w+"
                            r"|pleeg\w+|liefde|relatie)\b")

met_ouder_of_kind = _vaste_tekst(_MET_OUDER_OF_KIND, "utter_samenwonen_familie", zonder=_IEMAND_ANDERS)


# "een nieuwe vriend die niet bij mij woont", "we hebben een lat-relatie", "ze woont in haar eigen huis": a
# relationship while each keeps a home of their own.
_VRIEND_OF_RELATIE = re.compile(r"\b(?:vriend|vriendin|vriendje|vriendinnetje|partner|relatie|verkering|lat|date|scharrel)\b")
_APART_WONEN = re.compile(r"\b(?:woont|wonen|woon)\s+(?:\w+\s+){0,3}?niet\s+(?:\w+\s+){0,3}?(?:bij\s+(?:mij|me|ons|elkaar)|samen)\b"
                          r"|\bniet\s+(?:bij\s+(?:mij|me)\s+)?(?:samen)?wonen\b|\bniet\s+samenwon\w*|\blat[\s-]?relatie\b"
                          r"|\b(?:eigen|zijn\s+eigen|haar\s+eigen)\s+(?:huis|woning|adres|appartement)\b|\bapart\s+wonen\b"
                          r"|\bwonen\s+(?:allebei\s+)?apart\b|\bniet\s+bij\s+(?:mij|me|ons)\s+(?:woont|wonen|in\s*woont)\b"
                          r"|\bniet\s+(?:samen)?woont\b")
_MELDEN = re.compile(r"\bmeld\w*|\bdoorgeven\b|\bdoor\s+(?:te\s+)?geven\b|\bgeef\b[^.?!]{0,20}\bdoor\b|\bvertellen\b"
                     r"|\b(?:zeggen|aangeven)\b|\bgevolgen\b|\binvloed\b|\buitmaken\b|\bgevolg\b|\bmag\s+dat\b"
                     # "is een lat-relatie toegestaan", "mag ik een relatie hebben": whether it is allowed (session 15)
                     r"|\btoegestaan\b|\bmag\s+(?:ik|het|je|men)\b|\bkan\s+dat\b|\bprobleem\b")


def relatie_apart(text: str, peildatum: date) -> Antwoord | None:
    """'moet ik het melden als ik een nieuwe vriend heb die niet bij mij woont': a relationship alone is no
    gezamenlijke huishouding (art. 3: a shared home and caring for each other); what to report when it shows."""
    lowered = text.lower()
    if _VRIEND_OF_RELATIE.search(lowered) and _APART_WONEN.search(lowered) and _MELDEN.search(lowered) \
            and not _PARTNER_KOMT.search(lowered):
        return Antwoord("utter_samenwonen_relatie_apart", {})
    return None


# "omdat ze zwaar ziek is en ik voor haar zorg", "hij verzorgt mij": care is the reason to live together.
_ZORG = re.compile(r"mantelzorg|\bverzorg\w*|\bzorg\w*\s+(?:voor|aan)\s+(?:hem|haar|mij|me|elkaar)\b"
                   r"|\bvoor\s+(?:hem|haar|mij|me|elkaar)\s+(?:te\s+)?zorg")
_SAMEN_WONEN = re.compile(r"samenwon|samen\s+(?:gaan\s+)?wonen|\bals\s+(?:stel|koppel)\b|gezamenlijke\s+huishouding")


def samen_om_te_zorgen(text: str, peildatum: date) -> Antwoord | None:
    """'mijn vriendin komt bij mij wonen omdat ze ziek is en ik voor haar zorg, tellen we als stel': living together
    because one cares for the other is no gezamenlijke huishouding (art. 3, since Participatiewet in balans)."""
    lowered = text.lower()
    if not _ZORG.search(lowered) or not (_PARTNER_KOMT.search(lowered) or _SAMEN_WONEN.search(lowered)):
        return None
    return Antwoord("utter_samenwonen_zorg", {})
