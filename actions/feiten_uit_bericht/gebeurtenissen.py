"""A change in one's life told as a fact, with no question ("ik ben gescheiden", "ik krijg een pgb"): what it changes
for the bijstand, where Wegwijs knows it, and that it must be reported (session 15); and the general question of
informeren ("hoe werkt de bijstand"): what bijstand is. Read only for a statement the
model took for `informeren` (actions/twijfel.py, ActionGeenVraag): a question about a topic has that topic's answer."""

from __future__ import annotations

import re
from datetime import date

from actions.feiten_uit_bericht._gedeeld import Antwoord

# "ik ben gescheiden", "mijn man en ik zijn uit elkaar", "mijn vrouw is vertrokken": living apart from a partner now.
_SCHEIDING = re.compile(
    r"\bgescheiden\b|\bscheiding\b|\bscheiden\b|\buit\s+elkaar\b|\bverbroken\b"
    r"|\b(?:mijn|m'n|mn)\s+(?:man|vrouw|partner|vriend|vriendin|echtgeno\w+)\s+(?:\w+\s+){0,3}?"
    r"(?:vertrokken|weggegaan|is\s+weg|heeft\s+mij\s+verlaten|woont\s+niet\s+meer)")
# "ik krijg een pgb", "ik heb een persoonsgebonden budget": money for one's own care, or paid from someone's pgb.
_PGB = re.compile(r"\bpgb\b|\bpersoonsgebonden\s+budget\b")
# Other changes the gemeente must hear of (art. 17): a marriage, a child, a death, work, a move, a car, a housemate.
_VERANDERING = re.compile(
    r"\b(?:ga|gaan|gaat)\s+(?:\w+\s+)?trouwen\b|\bgetrouwd\b|\bzwanger\b|\bbevallen\b|\bbaby\b|\bgeboren\b"
    r"|\boverleden\b|\b(?:baan|werk)\s+gevonden\b|\b(?:ga|begin)\s+(?:\w+\s+)?werken\b|\bnieuwe\s+baan\b"
    r"|\bauto\s+gekocht\b|\bverhuisd\b|\b\d{2}\s+geworden\b|\bwoont\s+(?:nu\s+)?bij\s+(?:mij|ons)\b"
    r"|\b(?:komt|komen)\s+bij\s+(?:mij|ons)\s+wonen\b|\buit\s+huis\s+gegaan\b")


# "hoe werkt de bijstand eigenlijk", "wat zijn mijn rechten als bijstandsgerechtigde": the general question of
# informeren (onderwerpen.md), which got "Dank u. Waar gaat uw vraag over?": what bijstand is, its rights and duties.
_ALGEMEEN = re.compile(r"\bhoe\s+werkt\s+(?:de\s+|het\s+met\s+de\s+)?(?:bijstand|uitkering)\b|\bmijn\s+rechten\b"
                       r"|\bhoe\s+(?:de\s+)?bijstand\s+werkt\b"
                       r"|\brechten\s+en\s+plichten\b|\bwat\s+(?:is|houdt)\s+(?:de\s+|een\s+)?(?:bijstand|bijstandsuitkering)\b"
                       r"|\buitleg\s+over\s+(?:de\s+)?bijstand\b"
                       # "kunt u mij in het kort uitleggen wat bijstand is", "leg eens uit hoe de bijstand werkt" (s19)
                       r"|\bwat\s+(?:de\s+|een\s+)?(?:bijstand|bijstandsuitkering)\s+(?:is|inhoudt|precies\s+is)\b"
                       r"|\buit\s*(?:te\s+)?leggen\b[^.?!]{0,30}?\b(?:bijstand|bijstandsuitkering)\b"
                       r"|\bleg\s+(?:\w+\s+){0,3}?uit\b[^.?!]{0,30}?\b(?:bijstand|bijstandsuitkering)\b"
                       # "uitleg bijstand", "vertel me wat over de participatiewet", "info over de bijstand" (session 21;
                       # not the bijzondere bijstand, which is a topic of its own)
                       r"|\b(?:uitleg|info|informatie|vertel|vertellen)\b(?:\s+\w+){0,4}?\s+(?<!bijzondere\s)"
                       r"(?:bijstand|bijstandsuitkering|participatiewet)\b"
                       r"|\b(?:bijstand|participatiewet)\s+(?:uitleg|info|informatie)\b"
                       r"|\b(?:wat\s+is|hoe\s+werkt)\s+(?:de\s+)?participatiewet\b")


def bijstand_uitleg(text: str, peildatum: date) -> Antwoord | None:
    """The general question of what bijstand is, read as another topic (session 19, H4)."""
    return Antwoord("utter_informeren_bijstand", {}) if _ALGEMEEN.search(text.lower()) else None


def gebeurtenis(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _ALGEMEEN.search(lowered):
        return Antwoord("utter_informeren_bijstand", {})
    if _SCHEIDING.search(lowered):
        return Antwoord("utter_gebeurtenis_scheiding", {})
    if _PGB.search(lowered):
        return Antwoord("utter_gebeurtenis_pgb", {})
    if _VERANDERING.search(lowered):
        return Antwoord("utter_inlichtingenplicht", {})
    return None
