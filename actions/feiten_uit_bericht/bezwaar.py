"""Bezwaar: a decision the message dates ("2 maanden geleden een besluit") against the term for bezwaar, and
who explains a letter of the gemeente for free."""

from __future__ import annotations

import re
from datetime import date, timedelta

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, _vaste_tekst
from actions.feiten_uit_bericht.vaste_teksten import niet_betaald
from knowledge.teksten import datum as datum_tekst
from wegwijs.openingstijden import einde_wettelijke_termijn


# "ik kreeg 2 maanden geleden een besluit", "de brief is van 3 oktober": the date of the decision.
# ("een afwijzing gekregen met datum 20 november": a refusal is a decision too)
_BESLUIT = re.compile(r"\bbesluit|\bbeschikking|\bbrief\b|\bbericht\b|\bbeslissing|\bafwijzing\b|\bafgewezen\b")


# "kan ik vandaag nog bezwaar maken", "can i still object today": the day one asks, not the decision's date; with a
# decision dated beside it ("een brief van 27 oktober") the two dates made parse.datum give none (session 21).
_VANDAAG_GEVRAAGD = re.compile(r"\b(?:nog\s+)?vandaag(?:\s+nog)?\b")


def _besluit_datum(text: str, peildatum: date) -> tuple[date | None, bool]:
    """The decision's date: the one date of the message, leaving out a "vandaag" that says when one asks; a letter
    "van vandaag" alone is today's. With it, whether the message names the day (parse.datum_op_de_dag): "op 3
    november" is that day, "2 maanden geleden" or "vorige maand" only about it (session 21, H4)."""
    zonder = _VANDAAG_GEVRAAGD.sub(" ", text.lower())
    for tekst in ((zonder, text) if zonder != text.lower() else (text,)):
        besluit = parse.datum(tekst, peildatum, richting="verleden")
        if besluit is not None:
            return besluit, parse.datum_op_de_dag(tekst, peildatum, richting="verleden")
    return None, False


def bezwaar_termijn(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """The date of the decision plus the term for bezwaar (knowledge/'s termijn.bezwaar_weken), on to the next working
    day when it ends in a weekend or on a feestdag (Algemene termijnenwet): past today, it is probably too late; else it
    can still be done; the last day named either way. No date: None (the general answer)."""
    if not _BESLUIT.search(text.lower()):
        return None
    # a decision one can object to has been received: "3 november" said in January is last November
    besluit, op_de_dag = _besluit_datum(text, peildatum)
    weken = knowledge.waarde("termijn.bezwaar_weken", peildatum)
    if besluit is None or weken is None:
        return None
    termijn = einde = besluit + timedelta(weeks=int(weken))
    if knowledge.waarde("termijn.verlengd_na_weekend_of_feestdag", peildatum):
        einde = einde_wettelijke_termijn(einde)  # 1 January, a Saturday: on to the next working day
    response = "utter_bezwaar_op_tijd" if einde >= peildatum else "utter_bezwaar_te_laat"
    ongeveer = "" if op_de_dag else "_ongeveer"  # "Uw besluit is van ongeveer ..." only for a day not named
    if response == "utter_bezwaar_op_tijd" and einde != termijn:
        # the weeks end on a Saturday, a Sunday or a feestdag: the answer says why the last day is later (session 20)
        return Antwoord("utter_bezwaar_op_tijd_verschoven" + ongeveer, {"besluit_datum": datum_tekst(besluit),
                                                                        "bezwaar_einde": datum_tekst(einde),
                                                                        "termijn_einde": datum_tekst(termijn)})
    return Antwoord(response + ongeveer, {"besluit_datum": datum_tekst(besluit), "bezwaar_einde": datum_tekst(einde)})


# "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen, kan ik nog bezwaar maken", read as the
# terugvordering or the maatregel: the question asked is the bezwaar, so a dated decision gets the term.
_BEZWAAR_GEVRAAGD = re.compile(r"\bbezwaar\b")


def bezwaar_gevraagd(text: str, peildatum: date) -> Antwoord | None:
    """bezwaar_termijn for a message that asks about bezwaar against a dated decision, whatever topic was read."""
    if not _BEZWAAR_GEVRAAGD.search(text.lower()):
        return None
    return bezwaar_termijn(text, peildatum, "bezwaar")


# "mijn bijzondere bijstand voor een bril is afgewezen, ik ben het er niet mee eens", "gemeente said no to my bijzondere
# bijstand for glasses, i dont agree what can i do", read as the topic of what was refused: what to do against the
# decision is the question, so the bezwaar (with the term when the decision is dated) (session 17).
_AFGEWEZEN = re.compile(r"\bafgewezen\b|\bafwijzing\b|\bgeweigerd\b|\bweiger(?:t|en|de|den)?\b|\bniet\s+toegekend\b"
                        r"|\bwees\s+(?:\w+\s+){0,4}?af\b|\bzei(?:den)?\s+nee\b|\bzeggen\s+nee\b")
_TEGEN_BESLUIT = re.compile(r"\bniet\s+(?:\w+\s+){0,3}?eens\b|\boneens\b|\bonterecht\b|\bniet\s+terecht\b|\bbezwaar\b"
                            r"|\boneerlijk\b|\bonrechtvaardig\w*|\bniet\s+eerlijk\b"  # called unfair (session 20)
                            r"|\bwat\s+(?:kan|moet)\s+ik\s+(?:\w+\s+){0,2}?doen\b|\bwat\s+nu\b"
                            r"|\bwat\s+(?:can|should)\s+(?:i|we)\s+do\b")  # the English reader keeps "can i do"


def afgewezen_niet_eens(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if not (_AFGEWEZEN.search(lowered) and _TEGEN_BESLUIT.search(lowered)):
        return None
    return bezwaar_termijn(text, peildatum, "bezwaar") or Antwoord("utter_bezwaar", {})


# "ik weet niet wat ik met die brief moet", "ik snap de brief van de gemeente niet": who explains it, for free.
_BRIEF_NIET_BEGREPEN = re.compile(
    r"\b(?:weet|snap|begrijp)\b[^.?!]{0,25}?\bniet\b[^.?!]{0,30}?\bbrief\b"
    r"|\bbrief\b[^.?!]{0,40}?\b(?:snap|begrijp|weet)\s+(?:ik\s+)?(?:het\s+|hem\s+|er\s+)?niet"
    r"|\bwat\s+(?:moet|kan)\s+ik\s+(?:met|doen\s+met)\s+(?:die|deze|de|een|mijn)\s+brief\b")
brief_hulp = _vaste_tekst(_BRIEF_NIET_BEGREPEN, "utter_brief_hulp")


# "mijn uitkering is gestopt omdat ze zeggen dat ik samenwoon, wat kan ik doen": a decision that stopped the
# benefit, whatever the reason the message gives. What to do is the question: bezwaar within the term, a
# voorlopige voorziening, a voorschot (utter_stopgezet). A benefit that will stop ("stopt als ik ga werken") is not.
_GESTOPT = re.compile(
    r"\b(?:uitkering|bijstand|bijstandsuitkering)\b[^.?!]{0,30}?\b(?:gestopt|stopgezet|stop\s+gezet|be[eë]indigd"
    r"|ingetrokken|opgeschort|geblokkeerd|geschorst|stilgezet|stil\s+gezet|bevroren)\b"
    r"|\b(?:gestopt\s+met|stopgezet|ingetrokken|be[eë]indigd|geschorst|stilgezet)\b[^.?!]{0,10}?\b(?:mijn|m'n|mn|de|onze)\s+"
    r"(?:uitkering|bijstand)\b")  # (geschorst, stilgezet, bevroren: other words for the same, session 20)


uitkering_gestopt = _vaste_tekst(_GESTOPT, "utter_stopgezet")


# "gemeente betaalt niet meer uit omdat mijn adres niet zou kloppen": an address that differs from the BRP stops the
# payment until it is put right (art. 40 lid 2-5): fix the inschrijving, tell the gemeente, and bezwaar.
_ADRES = re.compile(r"\badres\w*|\bbrp\b|\binschrijving\b|\bingeschreven\b|\bbriefadres\b|\bwoonadres\b")
_NIET_BETAALT = re.compile(r"\bstop\w*|\bgestopt\b|\bniet\s+meer\s+(?:uit)?betaal\w*|\bbetaalt\s+niet\b|\bgeblokkeerd\b"
                           r"|\bopgeschort\b|\bingehouden\b|\bniet\s+(?:uit)?betaald\b|\bgeen\s+(?:uitkering|bijstand|geld)\b"
                           r"|\bgeschorst\b|\bschorsing\b|\bstil\s*gezet\b|\bbevroren\b")


gestopt_adres = _vaste_tekst(_ADRES, "utter_stopgezet_adres", _NIET_BETAALT)


# "mijn uitkering is gestopt en bezwaar duurt lang, hoe kom ik aan geld in de tussentijd": the model may read
# bezwaar; money while the bezwaar runs is the spoed answer (voorlopige voorziening, voorschot).
# "ik heb nu helemaal geen inkomen, kan ik iets doen zolang het bezwaar loopt": money now too.
_GELD_NU = re.compile(r"\bgeld\b|\btussentijd\b|\bintussen\b|\bondertussen\b|\bleven\s+van\b|\beten\b|\bhuur\b"
                      r"|\brondkomen\b|\bgeen\s+inkomen\b|\bzolang\b|\bloopt\b|\bin\s+afwachting\b")


def gestopt_geld_nu(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    return Antwoord("utter_stopgezet", {}) if _GESTOPT.search(lowered) and _GELD_NU.search(lowered) else None



# "uitkering opgeschort omdat ik mijn papieren te laat heb ingeleverd", "bijstand geblokkeerd, ik moet nog
# bankafschriften sturen": papers not given (in time) let the gemeente suspend the bijstand and, if they do not come
# within its term, stop it (art. 54 lid 1 en 4). What to do: hand them in within the term; bezwaar if it was stopped.
# ("uitkering geschorst omdat ik mijn bankafschriften te laat had", session 18: geschorst, schorsing, on hold, bevroren)
_OPGESCHORT = re.compile(r"\bopgeschort\b|\bopschort\w*|\bgeblokkeerd\b|\bstilgezet\b|\bstil\s+gezet\b"
                         r"|\bgeschorst\b|\bschorsing\b|\bschorst\b|\bon\s*hold\b|\bgepauzeerd\b|\bbevroren\b"
                         r"|\b(?:uitkering|bijstand)\b[^.?!]{0,30}?\b(?:gestopt|stopgezet|stopt|niet\s+meer\s+(?:uit)?betaald)\b")
_PAPIEREN = re.compile(r"\bpapier\w*|\b(?:bewijs)?stukken\b|\bgegevens\b|\bformulier\w*|\bbankafschrift\w*"
                       r"|\bafschriften\b|\bdocument\w*|\bbewijzen\b|\bingeleverd\b|\binleveren\b|\baangeleverd\b"
                       r"|\baanleveren\b|\bopgestuurd\b|\bopsturen\b|\brechtmatigheidsonderzoek\b")
opgeschort_papieren = _vaste_tekst(_OPGESCHORT, "utter_stopgezet_papieren", _PAPIEREN)

# "waarom is mijn bijstand opgeschort", "uitkering geblokkeerd, wat nu": a suspension with no reason said. Mostly the
# gemeente lacks gegevens or papers (art. 54 lid 1), or the address is not right (art. 40): the letter says which;
# hand them in within its term (session 21, H4; before: the stop's spoed answer, which did not say why). A reason said
# ("omdat ik samenwoon") or no money now keeps the other answers.
_OPGESCHORT_ALLEEN = re.compile(r"\bopgeschort\b|\bopschort\w*|\bgeblokkeerd\b|\bblokkeer\w*|\bstil\s*gezet\b"
                                r"|\bgeschorst\b|\bschorsing\b|\bschorst\b|\bon\s*hold\b|\bgepauzeerd\b|\bbevroren\b")
_REDEN_GENOEMD = re.compile(r"\bomdat\b|\bvanwege\b|\bwegens\b|\bwant\b|\bdoordat\b|\bi\.?v\.?m\b"
                            r"|\bdoor\s+(?:mijn|m'n|mn|de|het|een)\b|\bgeen\s+geld\b|\bniks\b|\bniets\s+(?:meer|te)\b"
                            r"|\beten\b|\bhuur\b")
opgeschort_waarom = _vaste_tekst(_OPGESCHORT_ALLEEN, "utter_stopgezet_opgeschort", zonder=_REDEN_GENOEMD)


def niet_betaald_niet_gestopt(text: str, peildatum: date) -> Antwoord | None:
    """'mn uitkering is deze maand niet betaald wat nu', read as stopgezet: money that did not come is not yet a
    decision to stop; first ask the gemeente why (utter_uitkering_niet_betaald). Said to be stopped: None."""
    return None if _GESTOPT.search(text.lower()) else niet_betaald(text, peildatum)
