"""Applying for bijstand: savings, being self-employed (the Bbz), registering at the UWV, how long it takes,
terugwerkende kracht and applying again; and studying with bijstand, by one's own age."""

from __future__ import annotations

import re
from datetime import date

import knowledge
from actions.feiten_uit_bericht._gedeeld import Antwoord, _aow_leeftijd, eigen_leeftijd, _vaste_tekst
from actions.feiten_uit_bericht.aow_en_aio import partner_aow
from actions.feiten_uit_bericht.giften_en_vermogen import vermogen
from actions.feiten_uit_bericht.jong import kind_eigen_bijstand


# "20000 euro op de bank, kunnen we bijstand aanvragen": the savings decide the question.
_SPAARGELD = re.compile(r"spaar|gespaard|op de bank|op (?:mijn|onze) rekening|\bvermogen")
# "mijn ww stopt en ik heb geen spaargeld, wanneer moet ik aanvragen": no savings is no question about them (it was
# read as savings of € 0, "Ja, € 0 mag je houden"); the question asked gets its answer.
_GEEN_SPAARGELD = re.compile(r"\b(?:geen|nul|zonder)\s+(?:\w+\s+)?(?:spaargeld|spaarcenten|spaarrekening|vermogen|buffer)\b"
                             r"|\b(?:niks|niets)\s+(?:\w+\s+)?(?:gespaard|spaargeld|op\s+de\s+bank|op\s+(?:mijn|onze)\s+rekening)\b"
                             r"|\bgeen\s+(?:cent|geld)\s+(?:meer\s+)?op\s+(?:de\s+bank|(?:mijn|onze)\s+rekening)\b")


# "ik ben zzp'er en heb geen opdrachten meer, kan ik bijstand krijgen": a self-employed person applies under the Bbz.
_ZELFSTANDIG = re.compile(r"\bzzp|zelfstandige|zelfstandig ondernemer|\bondernemer|eigen (?:bedrijf|zaak)|\bkvk\b")


# "hoe lang duurt een bijstandsaanvraag", "wanneer hoor ik iets": the decision time and the voorschot.
_HOE_LANG = re.compile(r"\bhoe\s*lang\b|\bhoe\s+snel\b|\bduurt\b|\bwanneer\s+(?:hoor|krijg|weet)\b"
                       r"|\bnog\s+(?:niks|niets)\s+gehoord\b|\bbeslistermijn\b"
                       # "al 3 weken niks gehoord over mijn aanvraag", "geen antwoord gekregen", "ik wacht al 5 weken"
                       # (session 17, H4)
                       r"|\b(?:niks|niets|geen\s+(?:antwoord|reactie|bericht|besluit|beslissing))\s+(?:meer\s+)?"
                       r"(?:gehoord|ontvangen|gekregen|vernomen)\b|\bwacht\w*\s+(?:nu\s+)?al\b"
                       # "kan ik een voorschot krijgen, hoeveel is dat": the same answer names the voorschot
                       r"|\bvoorschot\w*")


# "moet ik me inschrijven bij het uwv": a duty of the bijstand (art. 9 lid 1 a), not the application.
_UWV_INSCHRIJVEN = re.compile(r"inschrijv\w*[^.?!]{0,30}\b(?:uwv|werk\.nl)\b|\b(?:uwv|werk\.nl)\b[^.?!]{0,30}inschrijv")


# "kan ik een voorschot krijgen", "can I get money while I wait for the decision": yes (after the weeks of the law)
# comes first, then the decision time; "hoe lang duurt het" stays the decision time.
_VOORSCHOT = re.compile(r"\bvoorschot\w*|\bgeld\b[^.?!]{0,40}\b(?:wacht\w*|tijdens)\b|\b(?:wacht\w*|tijdens)\b[^.?!]{0,40}\bgeld\b")
_DUUR = re.compile(r"\bhoe\s*lang\b|\bhoelang\b|\bduurt\b|\bwanneer\b")


def aanvraag_duur(text: str) -> Antwoord | None:
    lowered = text.lower()
    if _VOORSCHOT.search(lowered) and not _DUUR.search(lowered):
        return Antwoord("utter_aanvraag_voorschot", {})
    return Antwoord("utter_aanvraag_duur", {}) if _HOE_LANG.search(lowered) else None


def aanvraag(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Applying, with a deciding fact in the message: savings against the vermogensgrens; being
    self-employed leads to the Bbz; an age past the AOW age to the AIO of the SVB."""
    lowered = text.lower()
    if (kind := kind_eigen_bijstand(text, peildatum, intent)) is not None:
        return kind
    if _SPAARGELD.search(lowered) and not _GEEN_SPAARGELD.search(lowered):
        return vermogen(text, peildatum, "vermogen")
    if _ZELFSTANDIG.search(lowered):
        return Antwoord("utter_zelfstandig", {})
    if _UWV_INSCHRIJVEN.search(lowered):
        return Antwoord("utter_participatieplicht", {})  # registering at the UWV is one of the duties
    leeftijd, aow_grens = eigen_leeftijd(text), _aow_leeftijd(peildatum)
    if leeftijd is not None and aow_grens is not None and leeftijd >= aow_grens:
        return Antwoord("utter_aow_aio_ouder", {"leeftijd": str(leeftijd)})
    return partner_aow(text, peildatum, intent) or aanvraag_duur(text)


# "nu ben ik weer werkloos, moet ik alles opnieuw inleveren": a new application within a year reuses data.
_OPNIEUW = re.compile(r"\bweer\s+(?:werkloos|bijstand|een uitkering|zonder werk)\b|\balles\s+opnieuw\b"
                      r"|\bopnieuw\b[^.?!]{0,20}\b(?:inleveren|aanvragen|aanvraag|bijstand)\b")


aanvraag_opnieuw = _vaste_tekst(_OPNIEUW, "utter_aanvraag_opnieuw")


# "kan de bijstand vanaf toen ingaan", "met terugwerkende kracht": bijstand from before the application.
# (session 20, H4: "pas nu aangevraagd, krijg ik ook geld over die maanden", "te laat aangevraagd", "over de weken
# ervoor": the months before the application asked, in other words; the answer names the months back first)
_TERUGWERKEND = re.compile(r"terugwerkende\s+kracht|\bvanaf\s+(?:toen|die\s+(?:dag|datum)|dat\s+moment)\b"
                           r"|\b(?:bijstand|uitkering)\s+(?:al\s+)?(?:eerder|achteraf)\s+(?:in)?(?:gaan|krijgen|laten\s+ingaan)\b"
                           r"|\b(?:te\s+laat|pas\s+(?:nu|later|net|vandaag|deze\s+(?:week|maand)))\s+(?:\w+\s+){0,3}?"
                           r"(?:aangevraagd|aanvragen|aangemeld|gemeld\s+bij\s+de\s+gemeente)\b"
                           r"|\b(?:geld|bijstand|uitkering)\s+(?:\w+\s+){0,2}?(?:over|voor)\s+(?:die|de|deze|dat|die\s+eerste)\s+"
                           r"(?:\w+\s+)?(?:maanden|weken|periode|tijd)\s+(?:ervoor|daarvoor|terug|voor\s+(?:mijn|de|onze)\s+aanvraag)\b"
                           r"|\b(?:krijg|krijgen|kan|kun|kunnen)\s+(?:ik|we|wij|je|u)\s+(?:\w+\s+){0,2}?(?:geld|bijstand|uitkering)\s+"
                           r"(?:\w+\s+)?over\s+(?:die|de|deze)\s+(?:\w+\s+)?(?:maanden|weken|periode|tijd)\b")


terugwerkende_kracht = _vaste_tekst(_TERUGWERKEND, "utter_aanvraag_terugwerkend")
_TERUG_BETALEN = re.compile(r"terugvorder\w*|\bterug\b|\bterugbetal\w*|\bterugvragen\b")


def bijstand_terugwerkend(text: str, peildatum: date) -> Antwoord | None:
    """'kan bijstand ook met terugwerkende kracht' read as a terugvordering: bijstand from before the application
    (utter_aanvraag_terugwerkend); money the gemeente wants back with terugwerkende kracht stays the terugvordering."""
    return None if _TERUG_BETALEN.search(text.lower()) else terugwerkende_kracht(text, peildatum)


# "mag ik me inschrijven bij de kvk": starting a business from the bijstand (the Bbz), first ask the gemeente.
_KVK = re.compile(r"\bkvk\b|kamer\s+van\s+koophandel|eigen\s+(?:bedrijf|zaak|onderneming)\s+(?:beginnen|starten|opzetten)"
                  r"|\b(?:starten|beginnen)\s+als\s+(?:zzp|zelfstandige|ondernemer)")


def eigen_bedrijf(text: str, peildatum: date) -> Antwoord | None:
    """A business of one's own named, whatever topic was read: the Bbz answer to the question asked (zelfstandig
    below: the KVK, how long, a loan, what the Bbz is), else the general one."""
    if not _KVK.search(text.lower()):
        return None
    return zelfstandig(text, peildatum, "zelfstandig") or Antwoord("utter_zelfstandig", {})


# Questions on starting a business that are not "kan dat" (session 16; legal-facts-topics 4): "moet ik me eerst bij de
# kvk inschrijven" (no: the gemeente first), "hoe lang mag ik voorbereiden" (the months of knowledge/), "krijg ik
# startkapitaal" (bedrijfskapitaal as a loan, Bbz art. 24), "wat is de bbz". "Kan dat" keeps the general "Ja, dat kan".
_KVK_GENOEMD = re.compile(r"\bkvk\b|\bkamer\s+van\s+koophandel\b")
_AL_INGESCHREVEN = re.compile(r"\b(?:ben|heb|had|was)\b[^.?!]{0,20}?\b(?:ingeschreven|aangemeld)\b|\bal\s+een\s+kvk")
_BEDRIJF_LENEN = re.compile(r"\bstart\s*kapitaal\b|\bbedrijfskapitaal\b|\bkrediet\w*|\bleen\w*|\blenen\b|\blening\b"
                            r"|\bgeld\s+(?:voor|om)\b[^.?!]{0,30}?\b(?:bedrijf\w*|zaak|starten|beginnen|spullen)\b")
_HOE_LANG_VOORBEREIDEN = re.compile(r"\bhoe\s*lang\b|\bhoeveel\s+(?:tijd|maanden)\b|\bvoorbereidings(?:tijd|periode)\b")
_WAT_IS_BBZ = re.compile(r"\bwat\s+(?:is|betekent|houdt)\b[^.?!]{0,15}?\bbbz\b|^\s*(?:de\s+|het\s+)?bbz\s*\??\s*$")


def zelfstandig(text: str, peildatum: date, intent: str) -> Antwoord | None:
    lowered = text.lower()
    if _KVK_GENOEMD.search(lowered) and not _AL_INGESCHREVEN.search(lowered):
        return Antwoord("utter_zelfstandig_kvk", {})
    if _BEDRIJF_LENEN.search(lowered):
        return Antwoord("utter_zelfstandig_lening", {})
    if _HOE_LANG_VOORBEREIDEN.search(lowered):
        return Antwoord("utter_zelfstandig_hoe_lang", {})
    return Antwoord("utter_zelfstandig_wat_is", {}) if _WAT_IS_BBZ.search(lowered) else None


_WAAROM = re.compile(r"\bwaarom\b|\bhoe\s+komt\s+het\b")
_STUDIEFINANCIERING = re.compile(r"\bduo\b|studiefinanciering|\bstufi\b|\bstudielening\b|\bwtos\b")


def studeren(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Studying with bijstand, with one's own age said ('ik ben 25 en wil mbo gaan doen'): under knowledge/'s age of
    Pw art. 13 lid 2 onder c mostly no bijstand but studiefinanciering; from it studying may, with conditions
    (legal-facts-topics 11). No age said, or asked why: None (the general answer names both and the reason)."""
    leeftijd, grens = eigen_leeftijd(text), knowledge.waarde("studie.jongeren_tot_leeftijd", peildatum)
    if leeftijd is None or grens is None or _WAAROM.search(text.lower()):
        return None
    if leeftijd >= grens and _STUDIEFINANCIERING.search(text.lower()):
        return None  # studying with stufi (DUO) from that age: stufi comes first (art. 15), the general answer
    response = "utter_studeren_jong" if leeftijd < grens else "utter_studeren_ouder"
    return Antwoord(response, {"leeftijd": str(leeftijd)})
