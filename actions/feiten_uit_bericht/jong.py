"""Young people and grown children: a child's own bijstand, a young person at the parents' home or whose
parents do not help, the search period before applying."""

from __future__ import annotations

import re
from datetime import date

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, eigen_leeftijd
from actions.feiten_uit_bericht.aow_en_aio import partner_aow


# "waarom moet ik als 23-jarige 4 weken wachten": the search period of young people, in the application answer.
# ("klopt het dat ik eerst 4 weken moet zoeken", "moet ik eerst zelf een paar weken werk zoeken": the same period)
_WACHTEN = re.compile(r"\bwacht\w*|zoektermijn|zoekperiode|\bweken\b[^.?!]{0,25}?\bzoek\w*"
                      r"|\beerst\b[^.?!]{0,25}?\b(?:zelf\s+)?(?:werk\s+)?zoeken\b")


# "moet hij zelf bijstand aanvragen", "kan zij een eigen uitkering krijgen": a child's own bijstand.
_EIGEN_BIJSTAND = re.compile(r"\b(?:zelf|eigen)\b.{0,30}\b(?:bijstand|uitkering|aanvra\w*)"
                             # "onze zoon van 18 woont thuis, kan hij bijstand krijgen": the child's own bijstand
                             r"|\b(?:kan|mag|krijgt|heeft)\s+(?:hij|zij|ze)\b.{0,20}\b(?:bijstand|uitkering)\b")


# "mijn zoon van 30 woont bij mij, we hebben allebei onze eigen bijstand, wat is mijn norm": the own norm is asked, the
# child's own bijstand is told (session 17: the answer said the child may apply; the kostendelersnorm answers it).
_EIGEN_NORM_GEVRAAGD = re.compile(r"\bwat\s+(?:is|wordt|word)\s+(?:mijn|onze)\s+(?:bijstands)?norm\b|\bmijn\s+norm\s*\?")


def kind_eigen_bijstand(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A child of 18 or older no longer belongs to the parent's gezin: it applies for bijstand of its own
    (under 21 at the young person's norm). Only when the message asks about the child's own bijstand."""
    if not _EIGEN_BIJSTAND.search((text or "").lower()) or _EIGEN_NORM_GEVRAAGD.search((text or "").lower()):
        return None
    grens, volwassen = (knowledge.waarde("gezin.kind_jonger_dan", peildatum),
                        knowledge.waarde("leeftijd.volwassenennorm", peildatum))
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    if grens is None or volwassen is None or len(kinderen) != 1 or kinderen[0].leeftijd < grens:
        return None
    leeftijd = kinderen[0].leeftijd
    response = "utter_jongeren_kind_eigen_bijstand_jong" if leeftijd < volwassen else "utter_jongeren_kind_eigen_bijstand"
    return Antwoord(response, {"kind_leeftijd": str(leeftijd)})


# "mijn ouders kunnen niks bijdragen", "mijn ouders helpen me niet", "mijn moeder zit zelf in de schulden": art. 20
# lid 3 (the norm of a young person).
_OUDERS_NIET = re.compile(r"\b(?:mijn|m'n|mn)\s+ouders\b[^.?!]{0,40}?\b(?:kunnen|willen|hoeven|helpen|betalen|geven)\b"
                          r"[^.?!]{0,15}?\b(?:niet|niks|niets|geen)\b|\bgeen\s+(?:contact|hulp)\s+(?:met|van)\s+"
                          # "geen contact met ouders" (English "no contact with parents"): the possessive left out
                          r"(?:(?:mijn|m'n|mn)\s+)?ouders\b"
                          # "van hun krijg ik niks", "van mijn ouders krijg ik geen geld", "ze geven mij niks"
                          r"|\bvan\s+(?:hun|hen|ze|mijn\s+ouders|mn\s+ouders|m'n\s+ouders)\s+(?:krijg|kreeg)\s+ik\s+"
                          r"(?:niks|niets|geen)\b"
                          # "mijn moeder zit zelf in de schulden", "mijn ouders hebben zelf geen geld": they cannot help
                          r"|\b(?:mijn|m'n|mn)\s+(?:ouders|moeder|vader)\b[^.?!]{0,20}?\b(?:zit|zitten|heeft|hebben)\s+"
                          r"(?:zelf\s+)?(?:ook\s+)?(?:in\s+de\s+schulden|schulden|geen\s+geld|niks|niets)\b")


def ouders_kunnen_bijdragen(text: str, vandaag: date) -> bool | None:
    """False when the message says the parents cannot or do not help; else not said."""
    return False if _OUDERS_NIET.search((text or "").lower()) else None


# "ik woon nog bij mijn ouders", "ik woon thuis": a young person at the parents' home.
_BIJ_OUDERS = re.compile(r"\bbij\s+(?:mijn|m'n|mn)\s+(?:ouders|moeder|vader|pa|ma)\b|\bwoon\s+(?:nog\s+)?thuis\b"
                         # "woon bij pa en ma", "bij ouders": the parents without a possessive (session 19)
                         r"|\bbij\s+(?:pa|ma|papa|mama)\s+en\s+(?:pa|ma|papa|mama)\b|\bbij\s+ouders\b")


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


# "moet ik ook naar school", "moet ik een opleiding gaan doen", "mag ik studeren met bijstand": school or study asked.
_SCHOOL = re.compile(r"\bschool\b|\bopleiding\w*|\bstuder\w*|\bstudie\b|\bstudiefinanciering\b|\bstufi\b|\bduo\b"
                     r"|\b(?:mbo|hbo|roc)\b|\bdiploma\b|\bstartkwalificatie\b|\bleren\b")


def jong_school(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 20 en zit thuis, moet ik ook naar school': under knowledge/'s study age school comes first, with
    studiefinanciering, before bijstand (art. 13 lid 2 c): the studeren answer, whatever else the message says.
    The person's own age must be said and under that age."""
    leeftijd, grens = eigen_leeftijd(text), knowledge.waarde("studie.jongeren_tot_leeftijd", peildatum)
    if leeftijd is None or grens is None or not 18 <= leeftijd < grens or not _SCHOOL.search(text.lower()):
        return None
    return Antwoord("utter_studeren", {})


def jongeren(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'mijn man is 68 en ik ben 60' was taken for a young person's question; a child's own bijstand; the search
    period of young people is in the application answer; the rules under the age of the search period asked."""
    return partner_aow(text, peildatum, intent) or kind_eigen_bijstand(text, peildatum, intent) \
        or (Antwoord("utter_aanvraag", {}) if _WACHTEN.search(text.lower()) else None) \
        or jong_solliciteren(text, peildatum) \
        or regels_onder_leeftijd(text, peildatum) or volwassen_onder_leeftijd(text, peildatum)


# "moet ik (ook) al solliciteren", "moet ik nu al werk zoeken": whether the duties hold yet at that age.
_SOLLICITEREN_AL = re.compile(r"\b(?:moet|hoef)\s+(?:ik|je|u|hij|zij|ze)\s+(?:ook\s+|nu\s+|dan\s+)?(?:al|meteen|direct"
                              r"|gelijk)\b[^.?!]{0,20}?\b(?:sollicit\w*|werk\s+zoeken|werken|aan\s+het\s+werk)\b")


def jong_solliciteren(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 19 en heb net bijstand, moet ik ook al solliciteren?' read as the young people's topic: yes, the duties
    hold from the person's own age on (participatie.plichten), before the rules of the age of the search period
    (session 21, afstemmen_s21b)."""
    if not _SOLLICITEREN_AL.search(text.lower()) or eigen_leeftijd(text) is None:
        return None
    from actions.feiten_uit_bericht.participatie import plichten
    gevonden = plichten(text, peildatum, "participatieplicht")
    return gevonden if gevonden is not None and gevonden.response == "utter_participatieplicht_jonger" else None


def volwassen_onder_leeftijd(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben 23 en wil bijstand aanvragen, krijg ik meteen geld' read as the young people's topic: an own age from
    the adult norm (21) to the age of the search period (27) gets the rules of that age (the search period, study
    first, no vrijlating), not the general answer on the low norm of 18 to 20 and the parents (session 14)."""
    leeftijd = eigen_leeftijd(text)
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    grens = knowledge.waarde("leeftijd.jongeren_zoektermijn", peildatum)
    if leeftijd is None or volwassen is None or grens is None or not volwassen <= leeftijd < grens:
        return None
    return Antwoord("utter_jongeren_onder_leeftijd", {})


# "wat zijn de regels voor jongeren onder de 27", "wat geldt er als je jonger bent dan 27": the rules for that age.
# ("jongeren onder 27 bijstand", "bijstand <27": the same age without "de", session 20)
_ONDER_LEEFTIJD = re.compile(r"(?:\b(?:onder(?:\s+de)?|beneden(?:\s+de)?|jonger\s+(?:(?:ben|bent|is|zijn)\s+)?dan)\s+|<\s*)"
                             r"(?P<jaren>\d{2})\b(?!\s*(?:euro|%|uur|weken|maanden))")


def regels_onder_leeftijd(text: str, peildatum: date) -> Antwoord | None:
    """The age named is knowledge/'s age of the search period (27): the search period, study before bijstand and no
    vrijlating of wages, in one answer. Not for a person's own age ("ik ben 22"): the other rules answer that."""
    m, grens = _ONDER_LEEFTIJD.search(text.lower()), knowledge.waarde("leeftijd.jongeren_zoektermijn", peildatum)
    if m is None or grens is None or int(m["jaren"]) != grens or eigen_leeftijd(text) is not None:
        return None
    return Antwoord("utter_jongeren_onder_leeftijd", {})
