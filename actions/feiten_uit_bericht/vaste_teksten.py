"""Rules that answer with one fixed response when their words are in the message, whatever topic the model
chose: not paid, a terugvordering, an afsluiting, free legal help, vakantiegeld, money back from the
Belastingdienst, a lower payment, verhuiskosten."""

from __future__ import annotations

import re
from datetime import date

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, _vaste_tekst


_VAKANTIEGELD = re.compile(r"vakantiegeld|vakantietoeslag|vakantie\s+geld")
_BESLAG = re.compile(r"beslag|deurwaarder|incasso")


def vakantiegeld_beslag(text: str, peildatum: date) -> Antwoord | None:
    """Beslag and vakantiegeld in one question: what is sure (the beslagvrije voet, June) and that the rest
    is not settled in the facts Wegwijs has."""
    lowered = text.lower()
    return Antwoord("utter_vakantiegeld_beslag", {}) if _VAKANTIEGELD.search(lowered) and _BESLAG.search(lowered) \
        else None


_BELASTING = re.compile(r"belasting|\baangifte\b|blauwe envelop")
_TERUG_KRIJGEN = re.compile(r"teruggave|\bterug\b|teruggestort|terugkrijg|teruggekregen|terug\s*ontvangen")


def belastingteruggave(text: str, peildatum: date) -> Antwoord | None:
    """Money back from the Belastingdienst: the facts files hold no rule, so not sure, report it."""
    lowered = text.lower()
    if not (_BELASTING.search(lowered) and _TERUG_KRIJGEN.search(lowered)) or "toeslag" in lowered:
        return None  # a toeslag has its own answer: it does not count
    return None if parse.terugbetalen(text) else Antwoord("utter_belastingteruggave", {})


# "waarom is mijn uitkering deze maand 83 euro lager": Wegwijs cannot see the payments.
_WAAROM_ANDERS = re.compile(r"\bwaarom\b[^?]{0,60}\b(?:lager|minder|hoger|meer|anders)\b")
_DEZE_MAAND = re.compile(r"\b(?:deze|vorige|afgelopen|die)\s+maand\b")
_BEKENDE_REDEN = re.compile(r"verlag|maatregel|boete|beslag|vakantiegeld|kostendeler|terugvorder|verreken|werk|verdien")


def uitkering_anders(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _WAAROM_ANDERS.search(lowered) and _DEZE_MAAND.search(lowered) and not _BEKENDE_REDEN.search(lowered):
        return Antwoord("utter_uitkering_anders", {})
    return None


# 'hoeveel vakantiegeld krijg je als alleenstaande' taken for the norm: the vakantiegeld answer.
vakantiegeld = _vaste_tekst(_VAKANTIEGELD, "utter_vakantiegeld")

# "holiday with bijstand allowed?", "mag ik op vakantie met bijstand" read as the holiday pay: going on holiday is asked
# (the weeks outside the Netherlands), not the vakantiegeld; a word of money keeps the vakantiegeld.
_OP_VAKANTIE = re.compile(r"\bvakantie\b")
_VAKANTIE_GELD = re.compile(r"vakantiegeld|vakantietoeslag|vakantie\s*uitkering|\bgeld\b|\bhoeveel\b|\bbedrag\w*|\bbetaal\w*"
                            r"|\buitbetaal\w*|\bpaid\b|\bpay\b|\bmoney\b|\bbonus\b|\bjuni\b|\bmei\b|\d")
vakantie_gaan = _vaste_tekst(_OP_VAKANTIE, "utter_buitenland", zonder=_VAKANTIE_GELD)


# "nu wil de gemeente alles terug": a terugvordering, whatever else the message is about.
_GEMEENTE_WIL_TERUG = re.compile(r"\b(?:gemeente|sociale dienst)\b[^.?!]{0,40}?\b(?:terug|terugbetal\w*|terugvorder\w*)\b"
                                 r"|\bterugvordering\b")


gemeente_wil_terug = _vaste_tekst(_GEMEENTE_WIL_TERUG, "utter_terugvordering")


# "krijg ik geld voor de verhuiskosten": bijzondere bijstand, asked before moving. Also what a move costs named by
# its means ("geld voor een verhuisbus", "wie betaalt de verhuizers"), and the furnishing of the new home
# ("nieuw huis, geen geld voor vloer en gordijnen"): the same answer names bijzondere bijstand for both.
_VERHUISKOSTEN = re.compile(r"verhuiskosten|kosten\s+van\s+(?:de|mijn|een|het)\s+verhuiz|geld\s+voor\s+(?:de\s+|mijn\s+|een\s+)?verhuiz"
                            r"|\bverhuis(?:bus|busje|wagen|auto|bedrijf|lift|dozen)\b|\bverhuizers\b")
_INRICHTING = re.compile(r"\bvloer\w*|\blaminaat\b|\btapijt\b|\bgordijn\w*|\bmeubel\w*|\binricht\w*|\bbehang\w*"
                         r"|\bwitten\b|\bverven\b|\blampen\b|\bwitgoed\b")
_NIEUW_HUIS = re.compile(r"\bverhui[sz]\w*|\bverhuisd\b|\bnieuwe?\s+(?:huis|woning|flat|appartement|huurhuis|adres)\b"
                         r"|\b(?:ander|kleiner|groter|goedkoper)e?\s+(?:huur)?(?:huis|woning)\b|\bsleutel\b"
                         r"|\b(?:huis|woning)\s+(?:toegewezen|gekregen)\b|\bkaal\s+(?:huis|opgeleverd)"
                         r"|\bkale\s+(?:huur)?(?:woning|huis|flat)\b")
_GELD_GEVRAAGD = re.compile(r"\bgeld\b|\bbetaa?l\w*|\bkosten\b|\bkost\b|\bvergoed\w*|\bbijzondere\s+bijstand\b|\blening\b"
                            r"|\bhulp\b|\bhelp\w*|\bkrijg\s+ik\b|\bbijdrage\b|\bkopen\b|\bkan\s+ik\b")


def verhuiskosten(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _VERHUISKOSTEN.search(lowered) or \
            (_INRICHTING.search(lowered) and _NIEUW_HUIS.search(lowered) and _GELD_GEVRAAGD.search(lowered)):
        return Antwoord("utter_verhuizen_kosten", {})
    return None


# "nieuw adres, hoe geef ik het door", "ik ga verhuizen binnen de stad, moet ik dat melden", "new address, how to give it
# to gemeente", "where do i report my move": reporting the move is the question (BRP and the gemeente, art. 17), not
# only the move to another gemeente that utter_verhuizen answers first. A move to another gemeente or abroad named
# keeps that answer (session 21, H6).
_VERHUIZING_DOORGEVEN = re.compile(
    r"\b(?:nieuwe?|new|ander)\s+(?:woon)?add?ress?\b|\badreswijziging\b|\badd?ress?\s+(?:\w+\s+)?(?:wijzig\w*|veranderen"
    r"|aanpassen|doorgeven|door\s+te\s+geven|melden)\b|\b(?:change|update|give|report)\s+(?:\w+\s+)?add?ress?\b"
    r"|\b(?:verhui[sz]\w*|move|moves|moving|moved)\b[^.?!]{0,50}?\b(?:doorgeven|door\s+te\s+geven|melden|gemeld|report|tell)\b"
    r"|\b(?:doorgeven|door\s+te\s+geven|melden|report|geef\s+ik)\b[^.?!]{0,30}?\b(?:verhui[sz]\w*|move)\b")
_ANDERE_PLAATS = re.compile(r"\b(?:andere?|nieuwe)\s+(?:gemeente|stad|plaats|woonplaats|dorp)\b"
                            r"|\b(?:another|other|new)\s+(?:gemeente|city|town|municipality|place|village)\b"
                            r"|\bbuitenland\b|\babroad\b|\bemigr\w*")
# a move inside the gemeente ("naar een andere straat in dezelfde stad", "within the same town"): the same answer
_BINNEN_GEMEENTE = re.compile(r"\bbinnen\s+(?:de|mijn|onze|deze)\s+(?:gemeente|stad|plaats|dorp)\b"
                              r"|\b(?:zelfde|same)\s+(?:gemeente|stad|plaats|dorp|city|town|place|village|municipality)\b"
                              r"|\b(?:andere?|another|other)\s+(?:straat|street|wijk|buurt|neighbou?rhood|flat|huis|house)\b")
_VERHUIS = re.compile(r"\bverhui[sz]\w*|\bmov(?:e|es|ed|ing)\b")


# someone who leaves the person's home ("my son moved out", "mijn dochter gaat uit huis"): who lives with them changes,
# not their own address (the duty to inform's answer)
_IEMAND_GAAT_WEG = re.compile(r"\bmov(?:e|es|ed|ing)\s+out\b|\buit\s+huis\b|\bhet\s+huis\s+uit\b|\buitgeschreven\b"
                              r"|\bweg\s+bij\s+(?:mij|ons)\b")


def verhuizing_doorgeven(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if (_ANDERE_PLAATS.search(lowered) and not _BINNEN_GEMEENTE.search(lowered)) or _IEMAND_GAAT_WEG.search(lowered):
        return None
    if _VERHUIZING_DOORGEVEN.search(lowered) or (_BINNEN_GEMEENTE.search(lowered) and _VERHUIS.search(lowered)):
        return Antwoord("utter_verhuizen_doorgeven", {})
    return None


# "hoe snel helpt de gemeente als mijn gas wordt afgesloten": schuldhulp within a few working days (Wgs art. 4).
_DREIGT = re.compile(r"\bafgesloten\b|\bafsluiting\b|\bafsluiten\b|ontruim\w*|uit\s+(?:mijn\s+|ons\s+|het\s+)?huis\s+gezet"
                     r"|huisuitzetting")


dreigende_afsluiting = _vaste_tekst(_DREIGT, "utter_schulden")


# "wie kan mij gratis helpen met een bezwaar": free legal help is the question, whatever topic the model read.
_GRATIS = re.compile(r"\bgratis\b|\bkosteloos\b|\bniets\s+kost|\bniks\s+kost|\bzonder\s+(?:te\s+)?betalen\b")
_JURIDISCH = re.compile(r"bezwaar|\bbesluit|\brechter|juridisch|advocaat|\bjurist|\bberoep\b|rechtszaak|rechtshulp"
                        r"|\bbeschikking")
_HULP_VRAAG = re.compile(r"\bhelp\w*|\bhulp\b|\badvies\b|\bbijstaan\b|\bondersteun\w*")


gratis_hulp = _vaste_tekst(_GRATIS, "utter_bezwaar_gratis_hulp", _JURIDISCH, _HULP_VRAAG)


# "mn bijstand is deze maand niet gestort": not paid (late or stopped), whatever topic the model read.
_NIET_BETAALD = re.compile(r"\b(?:bijstand|uitkering|geld|betaling)\b[^.?!]{0,30}?\bniet\s+(?:gestort|betaald|uitbetaald"
                           r"|binnen(?:gekomen)?|ontvangen|overgemaakt|gekomen|op\s+(?:mijn|de)\s+rekening)\b"
                           r"|\bniet\s+(?:gestort|uitbetaald)\b")


# "waarom krijg ik geen geld meer, ik heb alles ingeleverd", "we ontvangen ineens geen uitkering meer": the payments
# stopped coming, which is the same question (ask why, a voorschot, bezwaar if it was stopped). Not money from someone
# ("geen geld meer van mijn ex") and not a consequence asked ("als ik ga samenwonen krijg ik geen bijstand meer?").
GEEN_GELD_MEER = re.compile(
    r"\b(?:krijg|krijgen|ontvang|ontvangen|kreeg|kregen)\s+(?:ik\s+|we\s+|wij\s+)?(?:al\s+|nu\s+|ineens\s+|opeens\s+"
    r"|plotseling\s+|sinds\s+\w+\s+)?geen\s+(?:geld|uitkering|bijstand|betaling)\s+meer\b(?!\s+(?:van|uit)\b)"
    r"|\bgeen\s+(?:geld|uitkering|bijstand|betaling)\s+meer\s+(?:gekregen|ontvangen|gehad|binnengekomen|gestort"
    r"|op\s+(?:mijn|m'n|mn|de|onze)\s+rekening)\b"
    # "waarom ik opeens geen uitkering meer krijg": the same in a clause
    r"|\b(?:ik|we|wij)\s+(?:al\s+|nu\s+|ineens\s+|opeens\s+|plotseling\s+)?geen\s+(?:geld|uitkering|bijstand|betaling)"
    r"\s+meer\s+(?:krijg|krijgen|ontvang|ontvangen|kreeg|kregen)\b"
    # "de gemeente betaalt me niks meer uit", "waarom betalen ze niet meer": the gemeente, not an ex or an employer
    r"|\b(?:betalen|betaalt)\s+(?:ze|zij|jullie|de\s+gemeente|de\s+sociale\s+dienst)\s+(?:mij\s+|me\s+|ons\s+)?"
    r"(?:niks|niets|niet)\s+meer(?:\s+uit)?\b"
    r"|\b(?:ze|zij|jullie|gemeente|sociale\s+dienst)\s+(?:betalen|betaalt)\s+(?:mij\s+|me\s+|ons\s+)?"
    r"(?:niks|niets|niet)\s+meer(?:\s+uit)?\b")
_GEVOLG_GEVRAAGD = re.compile(r"\b(?:als|wanneer|zodra|indien|stel\s+dat)\b")


# "de notaris zegt dat ik 10.000 erf, het geld staat nog niet op mijn rekening": money from someone else (an
# inheritance, a prize, a wage, an ex) that has not come yet is not the benefit that was not paid.
_ANDERE_BETALER = re.compile(r"\berf\w*|\bgeërfd|\bgeerfd|\bnotaris|\bnalatenschap|\bloterij\w*|\bgewonnen\b|\bprijs\b"
                             r"|\bwerkgever\w*|\bloon\b|\bsalaris\b|\bex\b|\balimentatie\b|\btoeslag\w*"
                             r"|\bbelastingdienst\b|\bverzekering\w*")


def niet_betaald(text: str, peildatum: date | None) -> Antwoord | None:
    """The benefit did not come this time or no longer comes: ask the gemeente why (utter_uitkering_niet_betaald)."""
    lowered = text.lower()
    # only "geld" or "betaling" not come, and another payer named: that money, not the benefit
    andere = _ANDERE_BETALER.search(lowered) is not None
    if any(not (andere and m.group(0).startswith(("geld", "betaling"))) for m in _NIET_BETAALD.finditer(lowered)) \
            or (GEEN_GELD_MEER.search(lowered) and not _GEVOLG_GEVRAAGD.search(lowered)):
        return Antwoord("utter_uitkering_niet_betaald", {})
    return None


# "de gemeente haalt de terugvordering van mijn uitkering af, hoeveel mogen ze inhouden": verrekening and the
# beslagvrije voet (art. 60 lid 3-6).
# "Inhouden" is a separable verb: "de gemeente houdt elke maand 200 in voor een oude schuld" (session 18's closing: read
# as a gift) says it split, with the amount (or money, a part) between; not "wat houdt dat in", "in de gaten houden".
_HOUDT_IN = (r"\bhoud(?:t|en)?\s+(?:[^.?!\s]+\s+){0,5}?(?:€\s*)?\d[\d.,]*\s*(?:euro\s+|€\s+)?"
             r"(?:per\s+maand\s+|p/?m\s+|in\s+de\s+maand\s+)?in\b"
             r"|\bhoud(?:t|en)?\s+(?:\w+\s+){0,3}?(?:geld|een\s+deel|een\s+bedrag)\s+in\b")
_INHOUDEN = re.compile(r"\binhoud\w*|\bingehouden\b|\bverreken\w*|\bvan\s+(?:mijn|m'n|mn|de)\s+(?:uitkering|bijstand)\s+af\b"
                       r"|\bhoeveel\s+(?:mogen|mag|kunnen|kan)\s+(?:ze|zij|de\s+gemeente)\b|" + _HOUDT_IN)
terugvordering_verrekenen = _vaste_tekst(_INHOUDEN, "utter_terugvordering_verrekenen")
# "mag de gemeente het gewoon van mijn uitkering inhouden" read as a gift: the gemeente keeping money back from the
# benefit is verrekenen, unless the message is about money given to the person ("houden ze mijn gift in").
_GEMEENTE_HOUDT_IN = re.compile(r"\b(?:gemeente|sociale\s+dienst|uitkeringsinstantie)\b[^.?!]{0,60}?"
                                r"(?:\binhoud\w*|\bingehouden\b|\bverreken\w*|\bvan\s+(?:mijn|m'n|mn|de)\s+"
                                r"(?:uitkering|bijstand)\s+af\w*|" + _HOUDT_IN + ")"
                                # "waarom houdt de gemeente geld in op mijn uitkering": the gemeente after the verb
                                r"|\bhoud(?:t|en)?\s+(?:de\s+)?(?:gemeente|sociale\s+dienst)\s+(?:[^.?!\s]+\s+){0,4}?(?:€\s*)?"
                                r"(?:\d[\d.,]*|geld|een\s+deel|een\s+bedrag)\s*(?:euro\s+|€\s+)?(?:per\s+maand\s+)?in\b")
_OVER_EEN_GIFT = re.compile(r"\bgift|\bgeeft\b|\bgaf\b|\bgegeven\b|\bgekregen\b|\bkrijg\b|\bkado|\bcadeau|\bgeschonken"
                            r"|\bbetaalt\b|\bleen\w*|\bgeleend\b|\bvakantiegeld|\bverdien\w*|\bloon\b")

gemeente_houdt_in = _vaste_tekst(_GEMEENTE_HOUDT_IN, "utter_terugvordering_verrekenen", zonder=_OVER_EEN_GIFT)


# "ze zeggen dat ik fraude heb gepleegd want mijn vriend stond op mijn adres" read as living together (session 19,
# H4): the gemeente accuses, so what to do about its claim (bezwaar, proof, free legal help: the terugvordering's
# answer), not what a gezamenlijke huishouding is. Only when someone else says or suspects it.
_FRAUDE_VERWIJT = re.compile(
    r"\b(?:zeg\w*|zei|zeiden|beschuldig\w*|verdacht\w*|verdenk\w*|denk\w*|dacht\w*|vind\w*|vond\w*|beweer\w*"
    r"|noem\w*|aangemerkt|onderzoek\w*)\b[^.?!]{0,40}?\b(?:fraude\w*|gefraudeerd|frauder\w*|uitkeringsfraude)\b"
    r"|\b(?:fraude\w*|gefraudeerd|frauder\w*)\b[^.?!]{0,40}?\b(?:beschuldig\w*|verdacht\w*|aangemerkt)\b")
fraude_verwijt = _vaste_tekst(_FRAUDE_VERWIJT, "utter_terugvordering")


# "wat gebeurt er als ik niet kan laten zien hoeveel mensen bij mij wonen": art. 53a lid 2 en 3.
_NIET_AANGETOOND = re.compile(r"\b(?:laten\s+zien|aantonen|bewijzen|aannemelijk\s+maken)\b[^.?!]{0,40}?\b(?:hoeveel|wie)\b"
                              r"[^.?!]{0,30}?\bwon\w*|\b(?:hoeveel|wie)\b[^.?!]{0,30}?\bwon\w*\b[^.?!]{0,30}?"
                              r"\b(?:laten\s+zien|aantonen|bewijzen)\b")
kostendelers_niet_aangetoond = _vaste_tekst(_NIET_AANGETOOND, "utter_kostendelersnorm_niet_aangetoond")


# "ik word 5 maanden opgenomen in een verpleeghuis, hoeveel bijstand krijg ik": the norm in an inrichting (art. 23).
_HOEVEEL_BIJSTAND = re.compile(r"\bhoeveel\b|\bhoe\s+hoog\b|\bwat\s+krijg\w*\b|\bminder\s+(?:bijstand|geld)\b")
opname_hoeveel = _vaste_tekst(_HOEVEEL_BIJSTAND, "utter_opname_inrichting")


# "kunnen ze een terugvordering kwijtschelden", "hoef ik het dan niet meer terug te betalen": afzien (art. 58 lid 7, 8).
_KWIJTSCHELDEN = re.compile(r"kwijt\s*(?:ge)?scheld\w*|kwijtschelding|\bafzien\b|\bafgezien\b|\bkwijtgescholden\b"
                            r"|\bniet\s+meer\s+(?:terug\s*)?(?:te\s+)?(?:terug)?betalen\b")
kwijtschelden = _vaste_tekst(_KWIJTSCHELDEN, "utter_terugvordering_kwijtschelden")
_TERUGVORDERING_WOORD = re.compile(r"terugvorder\w*|\bterug\s*betal\w*|\bterugbetaling\b")


def kwijtschelden_terugvordering(text: str, peildatum: date) -> Antwoord | None:
    """A terugvordering to be dropped, read as schulden: the terugvordering's own ways (a debt in general: None)."""
    return kwijtschelden(text, peildatum) if _TERUGVORDERING_WOORD.search(text.lower()) else None


# "kan de gemeente mijn schuld kwijtschelden", "kunnen mijn schulden kwijtgescholden worden" read as debts, no
# terugvordering named (session 18, H4): only a debt to the gemeente itself can the gemeente drop (dringende redenen,
# art. 58 lid 8; not a claim with a boete for a report not made on purpose, art. 60c), gemeentelijke belastingen on
# request; debts to others: schuldhulp. (Not "afzien" or "niet meer terugbetalen": those say a terugvordering.)
# A debt with no gemeente named ("ik heb 18.000 euro schuld, kan dat kwijtgescholden worden") stays schuldhulp (s9).
_KWIJTSCHELD_WOORD = re.compile(r"kwijt\s*(?:te\s+)?(?:ge)?scheld\w*|kwijtschelding|\bkwijtgescholden\b")
_DE_GEMEENTE = re.compile(r"\bgemeente\w*|\bsociale\s+dienst\b|\bsoza\b|\bwerk\s+en\s+inkomen\b|\bbelasting\w*")


def schuld_kwijtschelden(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if not (_KWIJTSCHELD_WOORD.search(lowered) and _DE_GEMEENTE.search(lowered)) or \
            _TERUGVORDERING_WOORD.search(lowered):
        return None
    return Antwoord("utter_schulden_kwijtschelden", {})


# "heb ik recht op kwijtschelding van de afvalstoffenheffing met bijstand": gemeentelijke belastingen, on request
# (Gemeentewet art. 255, Invorderingswet 1990 art. 26); whatever topic was read (schulden, terugvordering ...).
_GEMEENTE_BELASTING = re.compile(r"\bbelasting(?!dienst)\w*|\w*heffing\w*|\bozb\b|\bonroerende\s*zaak\w*"
                                 r"|\bwaterschap\w*|\bafval\w*|\briool\w*")
belasting_kwijtschelden = _vaste_tekst(_KWIJTSCHELD_WOORD, "utter_schulden_kwijtschelding_belastingen", _GEMEENTE_BELASTING,
                                       zonder=_TERUGVORDERING_WOORD)


# "mijn ex heeft destijds niet gemeld dat hij werkte toen we samen bijstand hadden, moet ik nu ook terugbetalen":
# the gezin's members are jointly liable for a terugvordering and boete (art. 59, art. 18a lid 9).
_EX_PARTNER = re.compile(r"\b(?:mijn|m'n|mn)\s+(?:ex|ex-partner|ex-man|ex-vrouw|expartner|exman|exvrouw|vorige\s+partner"
                         r"|(?:ex-?)?vriend(?:in)?|man|vrouw|partner)\b")
_SAMEN_BIJSTAND = re.compile(r"\bsamen\b[^.?!]{0,30}?\b(?:bijstand|uitkering)\b|\b(?:bijstand|uitkering)\b[^.?!]{0,20}?\bsamen\b"
                             r"|\btoen\s+we\s+(?:nog\s+)?samen\w*")
_OOK_TERUG = re.compile(r"\b(?:ik|mij|me)\b[^.?!]{0,25}?\b(?:ook|mee)\b[^.?!]{0,20}?\bterug\s*(?:betalen|te\s+betalen|vorder\w*)"
                        r"|\baansprakelijk\b|\bmijn\s+schuld\s+ook\b|\bop\s+mij\s+verhalen\b")


terugvordering_gezin = _vaste_tekst(_EX_PARTNER, "utter_terugvordering_gezin", _SAMEN_BIJSTAND, _OOK_TERUG)


# "geldt dat recht op vergissen al bij de bijstand", "wanneer komt de wet handhaving": a bill that is not in force.
_VERGISSEN = re.compile(r"\brecht\s+op\s+(?:een\s+)?(?:vergis\w*|fouten|foutjes)|\bwet\s+handhaving\b|\bhandhavingswet\b"
                        r"|\b36785\b|\bright\s+to\s+(?:make\s+)?mistakes?\b")
vergissen = _vaste_tekst(_VERGISSEN, "utter_terugvordering_vergissen")


def terugvordering(text: str, peildatum: date, intent: str) -> Antwoord | None:
    return terugvordering_gezin(text, peildatum) or kwijtschelden(text, peildatum) or \
        terugvordering_verrekenen(text, peildatum) or \
        (Antwoord("utter_terugvordering_betalingsregeling", {}) if _IN_DELEN.search(text.lower()) else None)


# "kan de gemeente weigeren mij te helpen met mijn schulden": the grounds for refusing schuldhulp, and bezwaar.
_WEIGEREN = re.compile(r"\bweiger\w*|\bafwijz\w*|\bafgewezen\b|\bniet\s+(?:willen\s+)?helpen\b|\bhelpen\s+niet\b"
                       r"|\bniet\s+geholpen\b|\bgeen\s+schuldhulp\s+(?:krijg|geven|meer)")


# "wat is een afkoelingsperiode", "kunnen ze mijn schuldeisers even stilzetten", "een adempauze van de incasso":
# the gemeente can ask the court to freeze collection for a while (Wgs art. 5), for knowledge/'s months.
_SCHULDEISER = r"(?:schuldeisers?|incasso\w*|deurwaarders?|beslag\w*)"
_STILZETTEN = r"(?:stil\s*(?:te\s+)?(?:zetten|leggen|gezet|gelegd)|bevriez\w*|bevro(?:ren|zen)|even\s+(?:laten\s+)?stoppen)"
_AFKOELING = re.compile(rf"\bafkoel\w*|\bmoratorium\b|\badempauze\b|\bbreathing\s+space\b"
                        rf"|\b{_SCHULDEISER}\b[^.?!]{{0,40}}?\b{_STILZETTEN}|\b{_STILZETTEN}\b[^.?!]{{0,30}}?\b{_SCHULDEISER}\b")


# "the gemeente wants 4000 back from me", "de sociale dienst wil 2500 terug", read as debts: the gemeente's own claim is
# the question (terugvordering), unless other debts or debt help are named beside it (session 21, H6).
_GEMEENTE_WIL_HET_TERUG = re.compile(r"\b(?:gemeente|sociale\s+dienst)\b[^.?!]{0,40}?\b(?:terug|back|terugbetal\w*"
                                     r"|terugvorder\w*)\b|\bterugvordering\b")
_ANDERE_SCHULD = re.compile(r"schuldhulp|schuldeiser|deurwaarder|incasso|belastingdienst|\bbank\b|achterstand|energie"
                            r"|zorgverzeker\w*|\bcjib\b|\bduo\b|creditcard|klarna|rekeningen|\bdebt\s+help|bailiff"
                            r"|\bandere\s+schulden|\bother\s+debts|\bmeer\s+schulden")


def schulden(text: str, peildatum: date, intent: str) -> Antwoord | None:
    lowered = text.lower()
    if _GEMEENTE_WIL_HET_TERUG.search(lowered) and not _ANDERE_SCHULD.search(lowered):
        return Antwoord("utter_terugvordering", {})
    if _WEIGEREN.search(lowered):
        return Antwoord("utter_schulden_weigeren", {})
    return Antwoord("utter_schulden_afkoelingsperiode", {}) if _AFKOELING.search(lowered) else None


def opname(text: str, peildatum: date, intent: str) -> Antwoord | None:
    return detentie(text, peildatum) or opname_hoeveel(text, peildatum) or opname_lang(text, peildatum)


_DAGEN_PER = {"dag": 1, "week": 7, "maand": 30}
_DETENTIE = re.compile(r"gevangenis|\bdetentie|gedetineerd|\bcel\b|\bbajes\b|\bprison|\bjail|\bdetention\b"
                       r"|\bvoorarrest\b|\bvoorlopige\s+hechtenis\b|\bcelstraf|\bde\s+bak\s+in\b|\bbrommen\b|\btbs\b"
                       r"|\bvast\s*(?:zit|zitten|gezeten|gezet)\b|\bzit\w*\s+(?:\w+\s+){0,3}?vast\b"
                       r"|\b(?:dagen|weken|maanden|jaar)\s+(?:moeten\s+|gaan\s+)?(?:zitten|brommen)\b")


# "ik moet 6 maanden de gevangenis in, wat gebeurt er met mijn uitkering": no bijstand while someone is lawfully
# deprived of liberty, also no bijzondere bijstand (Pw art. 13 lid 1 onder a; art. 16: zeer dringende redenen).
# Not the hospital text (an instelling with pocket money): a prison is none (session 16 left this, session 17 H4).
def detentie(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if not _DETENTIE.search(lowered):
        return None
    # "2 jaar in de gevangenis gezeten, nu vrij, hoe krijg ik een uitkering": released, so applying is the question
    return Antwoord("utter_aanvraag", {}) if _VRIJ_NU.search(lowered) else Antwoord("utter_opname_detentie", {})


# The same read as another topic ("mijn man zit in de gevangenis, moet ik dat melden" as the duty to inform): only by
# the plain words of a prison, and not a release ("ik kom uit de gevangenis, hoe vraag ik bijstand aan": applying).
_DETENTIE_WOORD = re.compile(r"gevangenis|\bdetentie|gedetineerd|\bvoorarrest\b|\bcelstraf|\bprison\b|\bjail\b")
_VRIJ = re.compile(r"\buit\s+(?:de\s+)?(?:gevangenis|detentie|bajes|cel|prison|jail)\b|\bvrij\s*(?:gelaten|gekomen|komt|kom)\b"
                   r"|\bkom\w*\s+(?:\w+\s+){0,3}?vrij\b|\bnu\s+(?:weer\s+)?vrij\b|\breleased\b"
                   r"|\bout\s+of\s+(?:prison|jail)\b")
# Released already (not "wat als ik vrijkom": going in, the stay's answer says what to do after)
_VRIJ_NU = re.compile(r"\b(?:kom|kwam|ben|net)\s+(?:\w+\s+){0,2}?uit\s+(?:de\s+)?(?:gevangenis|detentie|bajes|cel)\b"
                      r"|\bvrij\s*(?:gelaten|gekomen)\b|\b(?:nu|net|weer)\s+vrij\b|\breleased\b|\bout\s+of\s+(?:prison|jail)\b")


def detentie_elders(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    return Antwoord("utter_opname_detentie", {}) if _DETENTIE_WOORD.search(lowered) and not _VRIJ.search(lowered) \
        else None


# "hij zit sinds augustus in een kliniek", "since March in a clinic": a stay that began then and still lasts.
_SINDS_OPNAME = re.compile(r"\bsinds\s+(?P<rest>[^.?!,;]{1,25})")


def _dagen_sinds(text: str, peildatum: date) -> int | None:
    """The days a stay has lasted, from the date it began ("sinds augustus"), until today; None without one."""
    m = _SINDS_OPNAME.search(text.lower())
    begin = parse.datum(m["rest"], peildatum, richting="verleden") if m else None
    return (peildatum - begin).days if begin is not None and begin <= peildatum else None


# "mijn vader gaat een jaar naar een instelling", "my father goes to an instelling for a year" (engels.py: "een jaar"):
# a stay of a year or more, or half a year, said next to the stay (parse.duur reads days, weeks and months only) (session
# 20; not "ik zit al een jaar in de bijstand").
_OPNAME_WOORD = r"(?:kliniek|instelling|ziekenhuis|verpleeghuis|verzorgingshuis|opgenomen|opname|revalidatie\w*|rehab\w*)"
_JAREN = r"(?:een\s+half|een|anderhalf|half|\d+|twee|drie|vier)\s+jaar\b"
_OPNAME_JAAR = re.compile(rf"\b{_OPNAME_WOORD}[^.?!,]{{0,40}}?\b{_JAREN}|\b{_JAREN}[^.?!,]{{0,40}}?\b{_OPNAME_WOORD}")


def opname_lang(text: str, peildatum: date) -> Antwoord | None:
    """'ik ga 4 maanden naar een kliniek, wat gebeurt er met mijn bijstand': a stay longer than the months after which
    gemeenten mostly pay the norm of an inrichting (knowledge/) gets that norm, as when the amount was asked."""
    duur, maanden = parse.duur(text), knowledge.waarde("opname.inrichtingsnorm_na_maanden", peildatum)
    dagen = duur.aantal * _DAGEN_PER[duur.eenheid] if duur is not None else _dagen_sinds(text, peildatum)
    if dagen is None and _OPNAME_JAAR.search(text.lower()):
        dagen = 182  # half a year at least: longer than the months after which the inrichting's norm applies
    if dagen is None or maanden is None or dagen <= maanden * 30 or _DETENTIE.search(text.lower()):
        return None  # a prison is no inrichting with pocket money: the general answer (tell the gemeente)
    return Antwoord("utter_opname_inrichting", {})


# "moet ik ook dingen melden die de gemeente zelf al weet, zoals mijn nieuwe adres in de brp", "het staat toch al in de
# brp, moet ik het dan nog doorgeven": the duty to inform does not cover what the gemeente can get from the registers
# the law names (art. 17 lid 1), unless the person knows it is wrong. Asked as such, whatever the topic read (a move).
_AL_BEKEND = re.compile(
    r"\b(?:gemeente|jullie|ze|zij|sociale\s+dienst|klantmanager)\b[^.?!]{0,30}?\b(?:al|toch|zelf)\s+(?:\w+\s+){0,2}?"
    r"(?:weet|weten|ziet|zien|kan\s+zien|kunnen\s+zien|kan\s+opzoeken|kunnen\s+opzoeken|bekend)\b"
    r"|\b(?:gemeente|ze|zij|jullie)\s+(?:\w+\s+)?(?:weet|weten|ziet|zien|kent|kennen)\s+(?:\w+\s+){0,2}?(?:al|zelf)\b"
    r"|\b(?:weet|weten|ziet|zien)\s+(?:de\s+gemeente|ze|zij|jullie)\s+(?:dat\s+|het\s+)?(?:niet\s+)?(?:toch\s+)?(?:al|zelf)\b"
    r"|\bstaat\s+(?:\w+\s+)?(?:toch\s+)?al\s+in\s+(?:de\s+|het\s+)?(?:brp|basisregistratie|gba|register)"
    r"|\bal\s+bekend\s+(?:bij|is\s+bij)\s+(?:de\s+)?gemeente\b")
_MOET_MELDEN = re.compile(r"\bmeld\w*|\bdoorgeven\b|\bdoor\s+(?:te\s+)?geven\b|\bgeef\b[^.?!]{0,20}\bdoor\b|\bdoorgeef\w*"
                          r"|\blaten\s+weten\b|\bdoorgegeven\b"
                          # English (actions/engels.py leaves the verbs): "do i have to tell them", "must I report it"
                          r"|\b(?:tell|report|inform|notify|declare|mention)\b")

# Only facts a register of the BRP holds (an address, a move, a birth, a marriage, a death): wages and the like are
# reported as the gemeente asks, whatever it may see elsewhere (then the general answer: report it).
_IN_DE_BRP = re.compile(r"\badres\w*|\bbrp\b|basisregistratie|\bgba\b|\bverhui[sz]\w*|\bingeschreven\b|\binschrijving\b"
                        r"|\bgeboren\b|\bgeboorte\b|\bgetrouwd\b|\bhuwelijk\b|\boverl[ei]\w*|\bregister\w*")

al_bekend = _vaste_tekst(_AL_BEKEND, "utter_inlichtingenplicht_al_bekend", _MOET_MELDEN, _IN_DE_BRP)


# "ik ben vergeten door te geven dat ik 2 weken gewerkt heb", "vergat te melden", "niet op tijd doorgegeven, wat nu"
# (English "forgot to tell/report", actions/engels.py): something not reported in time, the inlichtingenplicht's question.
_VERGETEN_DOOR_TE_GEVEN = re.compile(
    r"\b(?:vergeten|vergat|vergeet)\b[^.?!]{0,20}?\b(?:door\s+te\s+geven|doorgeven|te\s+melden|melden|gemeld|door\s+gegeven"
    r"|doorgegeven|te\s+vertellen|vertellen|te\s+zeggen)\b"
    r"|\b(?:niet\s+(?:op\s+tijd\s+)?|te\s+laat\s+)(?:doorgegeven|gemeld)\b[^?!]{0,80}?"
    r"\b(?:erg|probleem|boete|terugbetalen|wat\s+nu|wat\s+gebeurt|wat\s+(?:gaat|zal|kan)\s+er)\b")


def vergeten_door_te_geven(text: str) -> bool:
    return bool(_VERGETEN_DOOR_TE_GEVEN.search((text or "").lower()))


# What follows from it, asked: "wat gebeurt er nu", "krijg ik een boete", "is dat erg", "wat moet ik doen".
_WAT_VOLGT_GEVRAAGD = re.compile(
    r"\bwat\s+(?:gebeurt|nu\b|moet\s+ik|kan\s+ik|zijn\s+de\s+gevolgen|als|te\s+doen|gaat\s+er\s+gebeuren)|\berg\b"
    # ("wat gaat er nu gebeuren", "wat zal er dan gebeuren", "wat kan er gebeuren", "wat staat me te wachten")
    r"|\bwat\s+(?:gaat|zal|kan|gaan)\s+er\s+(?:\w+\s+){0,2}?gebeuren\b|\bwat\s+staat\s+(?:me|mij)\s+te\s+wachten\b"
    r"|\bprobleem|\bproblemen\b|\bboete|\bstraf\b|\bgestraft\b|\bterug\s*(?:te\s+)?betal\w*|\bgevolg\w*|\bconsequent\w*"
    r"|\bfraude\b|\balsnog\b|\bhoe\s+(?:los|moet|kan)\b|\bmoet\s+ik\s+nu\b")
# A sanction or a claim that has come already (a boete given, money the gemeente wants back, a verlaging, a stop):
# the terugvordering's, the maatregel's or the stop's own answer says what to do about it.
_AL_EEN_BESLUIT = re.compile(
    r"\b(?:boete|maatregel|korting|verlaging|sanctie|terugvordering)\b[^.?!]{0,30}?\b(?:gekregen|opgelegd|ontvangen)\b"
    r"|\b(?:kreeg|gekregen|opgelegd|ontvangen)\b[^.?!]{0,30}?\b(?:boete|maatregel|korting|verlaging|sanctie|terugvordering)\b"
    r"|\bgekort\b|\bstopgezet\b|\bgestopt\b|\bopgeschort\b|\bzeggen\s+(?:ze|zij)\s+fraude\b"
    r"|\b(?:gemeente|sociale\s+dienst)\b[^.?!]{0,40}?\b(?:wil|eist|vraagt|vordert)\b[^.?!]{0,30}?\bterug\b"
    r"|\bmoet\s+(?:ik|we|wij)\s+(?:nu\s+)?(?:€\s*)?\d[\d.,]*\s*(?:euro\s+)?terug")


def vergeten_gemeld(text: str, peildatum: date) -> Antwoord | None:
    """'ik ben vergeten door te geven dat ik 2 maanden gewerkt heb, wat gebeurt er nu', read as the maatregel, the
    earnings or a statement: something not reported in time, and what follows asked. Report it now; what was paid too
    much is mostly paid back (art. 58), often with a boete or first a waarschuwing (art. 18a). A boete or a claim that
    came already is another question (None)."""
    lowered = text.lower()
    if not vergeten_door_te_geven(lowered) or not _WAT_VOLGT_GEVRAAGD.search(lowered) or _AL_EEN_BESLUIT.search(lowered):
        return None
    return Antwoord("utter_inlichtingenplicht_vergeten", {})


def vergeten_gemeld_terug(text: str, peildatum: date) -> Antwoord | None:
    """'vergeten te zeggen dat mijn dochter een baantje heeft, krijg ik nu een boete' read as a terugvordering: no claim
    came yet, so report it now. An ex's or partner's report not made while on bijstand together keeps the gezin's
    answer (art. 59) (session 17, H4)."""
    lowered = text.lower()
    if _EX_PARTNER.search(lowered) and _SAMEN_BIJSTAND.search(lowered):
        return None
    return vergeten_gemeld(text, peildatum)


def vergeten_te_melden(text: str, peildatum: date) -> Antwoord | None:
    """The same read as the duty to inform: the forgetting said is the question, asked or not ('ik ben vergeten mijn
    bijbaantje te melden')."""
    lowered = text.lower()
    if not vergeten_door_te_geven(lowered) or _AL_EEN_BESLUIT.search(lowered):
        return None
    return Antwoord("utter_inlichtingenplicht_vergeten", {})


# "ik moet 1500 terugbetalen aan de gemeente, kan ik dat in delen betalen", "kan ik een betalingsregeling krijgen":
# paying a terugvordering back bit by bit. Yes, mostly: a betalingsregeling, or the gemeente offsets it against the
# bijstand (art. 60 lid 3), always leaving the beslagvrije voet; bezwaar against the claim itself.
_IN_DELEN = re.compile(r"\bin\s+(?:delen|termijnen|stukjes|gedeelten|gedeeltes|porties)\b|\bbetalingsregeling\w*"
                       r"|\b(?:regeling|afspraak)\s+(?:treffen|maken)\b|\bafbetal\w*|\bafloss\w*|\bgespreid\b"
                       r"|\b(?:niet|nooit)\s+in\s+(?:een|één|1)\s+keer\b|\bin\s+(?:een|één|1)\s+keer\b[^.?!]{0,20}?\bniet\b"
                       r"|\belke\s+maand\s+(?:een\s+beetje|een\s+deel|wat)\b|\bper\s+maand\s+(?:terug\s*)?betalen\b")


def betalingsregeling(text: str, peildatum: date) -> Antwoord | None:
    """A terugvordering (money the gemeente wants back) to be paid in parts: the betalingsregeling answer."""
    lowered = text.lower()
    if not _IN_DELEN.search(lowered) or not (_TERUGVORDERING_WOORD.search(lowered) or _GEMEENTE_WIL_TERUG.search(lowered)):
        return None
    return Antwoord("utter_terugvordering_betalingsregeling", {})


# "mijn bril kost 90 euro, krijg ik daar bijzondere bijstand voor", "tandarts rekening 140 euro, krijg ik dat vergoed":
# one cost with its amount, against knowledge/'s drempel of Pw art. 35 lid 2 (the gemeente may refuse costs at or
# under it in 12 months): at or under it, perhaps not; above it, perhaps, asked beforehand (session 20, H4).
_NIET_KOSTEN = frozenset({"loon", "spaargeld", "terugbetaling", "rest", "vrijlating"})
# ("krijg ik daar bijzondere bijstand voor" reads as a gift to the amount reader: a gift only when someone gave it)
_GEGEVEN = re.compile(r"\b(?:gekregen|kreeg|gaf|geeft|geven|geschonken|betaalt|betaalde|betaald)\b")


def bijzondere_kosten(text: str, peildatum: date, intent: str) -> Antwoord | None:
    from knowledge.geld import euro

    drempel = knowledge.waarde("bijzondere_bijstand.drempel", peildatum)
    kosten = [b for b in parse.bedragen(text) if b.bedrag.periode is None and b.soort not in _NIET_KOSTEN
              and not (b.soort == "gift" and _GEGEVEN.search(text.lower()))]
    if drempel is None or len(kosten) != 1 or len(parse.bedragen(text)) != 1:
        return None  # no amount, an amount per month, or more than one: the general answer
    bedrag = kosten[0].bedrag.euro
    response = "utter_bijzondere_bijstand_onder_drempel" if bedrag <= drempel else "utter_bijzondere_bijstand_boven_drempel"
    return Antwoord(response, {"kosten_tekst": euro(bedrag)})
