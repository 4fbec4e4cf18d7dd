"""Giftenruimte as a form: how much of a gift (or a monthly gift) counts this year."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import knowledge
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import engels, feiten_uit_bericht, parse
from actions.context import laatste_bericht, peildatum, template_values, variant
from actions.feiten_uit_bericht.giften_en_vermogen import boven_de_grens_gevraagd, gift_per_maand_gevraagd, keer_dit_jaar
from actions.rekenhulp import ONBEKEND, VRAGEN, RekenhulpForm
from actions.rekenhulpen import bijverdienen
from actions.rekenhulpen._invoer import basis, geld, known
from actions.rekenhulpen._woorden import Woorden
from knowledge.geld import euro
from knowledge.teksten import maand

FORM = "giften_form"
CALCULATOR = "giftenruimte"
TOPIC = "giften"
SLOTS = ["gift_bedrag", "gift_soort", "gift_datum"]
RESET = ("gift_bedrag", "gift_soort", "gift_datum", "gift_periode")  # the ledger `giften` stays
CLOSING = "utter_bron_en_gemeente_giften_form"  # with "Nog een gift optellen"
_ALIMENTATIE = re.compile(r"alimentatie")  # money from the ex said to be no alimentatie stays a gift (alimentatie())
GELEEND = re.compile(r"\b(?:geleend|lening|leen|lenen|leende)\b")  # paying back a loan one received
# Money that came from someone ("mijn broer geeft me 1500", "ik kreeg het van mijn tante"): paid back to them, a loan.
VAN_IEMAND = re.compile(r"\b(?:mijn|m'n|mn|een)\s+(?:broer|zus|vader|moeder|pa|ma|vriend\w*|oom|tante|opa|oma|neef|nicht"
                        r"|buurman|buurvrouw|familie\w*|ouders|kennis|collega|zoon|dochter|schoon\w+)\b[^.?!]{0,30}?"
                        r"\b(?:geeft|gaf|gegeven|betaalt|betaalde|stort|stortte|gestort|leent)\b"
                        r"|\b(?:gekregen|kreeg)\b[^.?!]{0,20}?\bvan\s+(?:mijn|m'n|mn|een)\b")


# "onze kinderen geven ons ieder 60 euro per maand", "we krijgen allebei 50 per maand van opa": a couple that gets the
# amount each; the year limit is for the household together (art. 31 lid 2 m), so both count.
# ("mijn vrouw en ik hebben allebei een gift van 700 gekregen": the couple named, then "allebei")
_IEDER_VAN_ONS = re.compile(r"\b(?:ons|wij|we|(?:mijn|m'n|mn)\s+(?:man|vrouw|partner)\s+en\s+ik|ik\s+en\s+(?:mijn|m'n|mn)\s+"
                            r"(?:man|vrouw|partner))\s+(?:\w+\s+){0,2}?(?:ieder|elk|allebei|allebij|beiden|beide)\b"
                            r"|\b(?:ieder|elk)\s+van\s+(?:ons|ons\s+tweeën)\b"
                            r"|\b(?:ieder|elk|allebei|beiden)\s+(?:€\s*)?\d")


# "om de week", "elke twee weken", "om de 14 dagen", "tweewekelijks": every other week.
# "moet ik dit doorgeven", "moet ik dat melden", "do i have to report it": whether to report the gift is the question.
_MELDEN_GEVRAAGD = re.compile(r"\b(?:moet|hoef|moeten|hoeven)\s+(?:ik|we|wij|je|u)\s+(?:dit|dat|het|die|deze|dat\s+geld)?\s*"
                              r"(?:\w+\s+)?(?:door\s*(?:te\s+)?geven|doorgeven|melden|te\s+melden|opgeven|aangeven)\b"
                              r"|\b(?:have|need)\s+to\s+report\b|\bmust\s+i\s+report\b")
_OM_DE_WEEK = re.compile(r"\bom\s+de\s+(?:week|(?:twee|2)\s+weken|(?:14|veertien)\s+dagen)\b"
                         r"|\b(?:elke|iedere|per)\s+(?:twee|2)\s+weken\b|\b(?:twee|2)\s*-?\s*wekelijks\b")
KEER_PER_JAAR_OM_DE_WEEK = 26


def giften_uit_bericht(text: str, vandaag: date) -> list[dict]:
    """Each gift of a message, as the form's slots, from its own part of the sentence (None: not said). A gift a
    couple gets each ("ons ieder 60 euro") is two gifts of the household."""
    delen = [b for b in parse.bedragen(text) if b.soort in ("gift", None)]
    gevonden = [{"gift_bedrag": {"euro": float(b.bedrag.euro), "periode": b.bedrag.periode},
                 "gift_soort": VRAGEN["gift_soort"].parser(b.zin, vandaag),
                 "gift_datum": VRAGEN["gift_datum"].parser(b.zin, vandaag) or _datum_zonder_bedrag(b.zin, vandaag)}
                for b in delen]
    for g, b in zip(gevonden, delen):
        if g["gift_datum"] is None and b.bedrag.periode == "maand" and \
                (sinds := feiten_uit_bericht.gift_sinds(text, b.bedrag, vandaag)) is not None:
            # "sinds juli betaalt mijn zus mijn energierekening, 90 euro per maand": the start said before the amount's
            # own part (session 20: it counted 12 months)
            g["gift_datum"] = sinds.isoformat()
    nu = [g for g, b in zip(gevonden, delen) if not _later_jaar(b.zin, vandaag)]
    if nu and len(nu) < len(gevonden):
        # "nu 100 per maand, volgend jaar wordt het 120": next year's gift counts against next year's limit, not this
        # year's (each calendar year has its own, art. 31 lid 2 m); this year's gifts are the question (session 19)
        gevonden = nu
    if len(gevonden) == 1 and gevonden[0]["gift_bedrag"]["periode"] is None and _OM_DE_WEEK.search(text.lower()):
        # "om de week boodschappen, telkens 50 euro": every other week, 26 times a year; the year's total is the gift
        keer = KEER_PER_JAAR_OM_DE_WEEK
        gevonden[0]["gift_bedrag"] = {"euro": gevonden[0]["gift_bedrag"]["euro"] * keer, "periode": "jaar"}
    if len(gevonden) == 1 and _IEDER_VAN_ONS.search(text.lower()) and \
            feiten_uit_bericht.leefsituatie(text, vandaag) == "gehuwden":
        gevonden.append(dict(gevonden[0]))
    return gevonden


# "ik ben bang dat ik later alles moet terugbetalen": a fear of paying back the gifts received, no loan and no
# terugvordering asked; the gifts against the limit answer it.
_BANG_TERUG = re.compile(r"\b(?:bang|angst|zorgen|vrees|straks|later)\b[^.?!]{0,40}?\bterug\s*(?:te\s+)?betal")
_ONTVANGEN = re.compile(r"\b(?:gegeven|gekregen|kreeg|kregen|geschonken|gaf|geeft|geven|cadeau|kado|kopen|kocht"
                        r"|betaalt|betaalde)\b")


def _later_jaar(zin: str, vandaag: date) -> bool:
    """The part speaks of a gift of a later calendar year: "volgend jaar wordt het 120", "vanaf januari 150", "in
    2027" (a year the date reader takes for no date, too far ahead, is later as well)."""
    return any(dag is None or dag > vandaag
               for dag in parse.jaren_genoemd(zin, vandaag, "volgend jaar", "in 2027", "vanaf januari"))


def _datum_zonder_bedrag(zin: str, vandaag: date) -> str | None:
    """'300 in juni': the month of a part whose amount the date reader takes for part of a date."""
    zonder = re.sub(r"€?\s*\b\d{3,}(?:[.,]\d+)?\b\s*(?:euro|eur\b)?", " ", zin)
    return VRAGEN["gift_datum"].parser(zonder, vandaag) if zonder != zin else None


def gift_voor_berekening(gift: dict) -> dict:
    """A gift of the first message as knowledge/ takes it, for the ledger."""
    uit = {"datum": gift["gift_datum"] or ONBEKEND, "bedrag": gift["gift_bedrag"]["euro"],
           "soort": gift["gift_soort"] or ONBEKEND}
    return {**uit, "periode": "maand"} if gift["gift_bedrag"].get("periode") == "maand" else uit


def samen_tegen_grens(giften: list[dict], open_gift: dict, vandaag: date) -> tuple[str, dict] | None:
    """'€ 50 per maand + € 300 telt samen als € 900 per jaar': the gifts together against the year limit."""
    bedragen = [parse.Bedrag(Decimal(str(g["gift_bedrag"]["euro"])), g["gift_bedrag"].get("periode")) for g in giften]
    if any(b.periode not in feiten_uit_bericht.KEER_PER_JAAR for b in bedragen):
        return None
    # a monthly gift that started this year counts from its first month ("sinds juli 90 per maand": 6 times in 2026)
    keren = [keer_dit_jaar(b, vandaag, _als_datum(g.get("gift_datum"))) for b, g in zip(bedragen, giften)]
    per_jaar = sum(b.euro * keer for b, keer in zip(bedragen, keren))
    teksten = [feiten_uit_bericht.gift_waarden(b, b.euro)["gift_bedrag_tekst"] +
               (f" ({keer} maanden)" if keer != feiten_uit_bericht.KEER_PER_JAAR[b.periode] else "")
               for b, keer in zip(bedragen, keren)]
    som = parse.Bedrag(per_jaar, "jaar")
    gevonden = feiten_uit_bericht.gift_tegen_grens(som, vandaag, "utter_giften_eerst_meer_binnen",
                                                  "utter_giften_eerst_meer_boven")
    if gevonden is None:
        return None
    open_tekst = teksten[giften.index(open_gift)]
    boven = {k: v for k, v in gevonden.waarden.items() if k == "gift_boven_grens"}  # over the limit: by how much
    waarden = {"giften_tekst": " + ".join(teksten), "gift_per_jaar": euro(per_jaar), "gift_vraag_tekst": open_tekst,
               **boven}
    grens = knowledge.waarde("giften.vrijlating_per_jaar", vandaag)
    if not boven and grens is not None:
        # "150 in march and 200 in august, how much can I still get": together under the limit, and the room left
        waarden["gift_ruimte"] = euro(Decimal(str(grens)) - per_jaar)
    laatste = bedragen[-1]
    ervoor = per_jaar - laatste.euro * keren[-1]
    if boven and grens is not None and laatste.periode in (None, "keer", "jaar") and ervoor < Decimal(str(grens)):
        # "400 in juni, 250 in oktober, nu wil mijn neef 800 geven": how much of the last gift still fits
        return gevonden.response + "_deel", {**waarden, "gift_laatste_tekst": teksten[-1],
                                             "gift_ruimte": euro(Decimal(str(grens)) - ervoor)}
    return gevonden.response, waarden


def nieuwe_gift(tracker: Tracker) -> dict:
    """The gift just told about, as knowledge/ takes it (a monthly one with its period)."""
    bedrag = tracker.get_slot("gift_bedrag")
    gift = {"datum": tracker.get_slot("gift_datum") or ONBEKEND, "bedrag": bedrag["euro"],
            "soort": tracker.get_slot("gift_soort") or ONBEKEND}
    return {**gift, "periode": "maand"} if bedrag.get("periode") == "maand" else gift


def invoer(tracker: Tracker) -> dict:
    """The gifts told about earlier in this conversation plus the new one."""
    return {**basis(tracker), "giften": [*(tracker.get_slot("giften") or []), nieuwe_gift(tracker)]}


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    """'€ 50 per maand', 'boodschappen of andere hulp', 'sinds 1 januari 2026'."""
    bedrag = tracker.get_slot("gift_bedrag")
    maandelijks = (bedrag or {}).get("periode") == "maand"

    def bedrag_tekst(value: dict) -> str:
        return w("per_maand", bedrag=geld(value["euro"])) if value.get("periode") == "maand" else geld(value["euro"])

    return {
        "gift_bedrag_tekst": w.of_onbekend(bedrag, bedrag_tekst),
        "gift_soort_tekst": w.of_onbekend(tracker.get_slot("gift_soort"), w),
        "gift_datum_tekst": w.of_onbekend(tracker.get_slot("gift_datum"),
                                          lambda v: w("sinds" if maandelijks else "op", datum=w.datum(v))),
    }


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    values = {k: geld(result[k] or 0) for k in ("grens", "meetellend", "ruimte_over", "overschreden_met")}
    if result["grens"] is None:
        return "utter_uitkomst_giften_gemeente", values
    if result["overschreden_met"] > 0:
        return "utter_uitkomst_giften_boven", values
    if result.get("grens_voorbij_op"):
        # a monthly gift that, at this rate, passes the limit later this year: say in which month
        return "utter_uitkomst_giften_ruimte_tot", {**values, "maand": maand(date.fromisoformat(result["grens_voorbij_op"]))}
    return "utter_uitkomst_giften_ruimte", values


def gevolg(result: dict, tracker: Tracker) -> str | None:
    """The second sentence of the outcome: no consequences, or pass it on (a loan always)."""
    if result["overschreden_met"]:
        return "utter_gevolg_doorgeven"
    if result["grens"] is None:
        return "utter_gevolg_doorgeven" if result["melden_verplicht"] else None
    if result["melden_verplicht"]:
        return "utter_gevolg_geen_wel_doorgeven"
    # a monthly gift that passes the limit later this year: no consequence now, and pass it on when it does
    return "utter_gevolg_giften_nu_nog_geen" if result.get("grens_voorbij_op") else "utter_gevolg_geen"


def wat_nu(result: dict, tracker: Tracker) -> str:
    if known(tracker, "gift_soort") == "lening":
        return "utter_wat_nu_lening"
    if result["melden_verplicht"]:
        return "utter_wat_nu_giften_melden"
    # the outcome already said to pass it on in the month the limit is passed (gevolg): not again here
    return "utter_wat_nu_giften_bijhouden_tot_grens" if result.get("grens_voorbij_op") else "utter_wat_nu_giften_bijhouden"


def onthouden(invoer: dict) -> list[dict]:
    """Keep the ledger: 'nog een gift optellen' adds to it."""
    return [SlotSet("giften", invoer["giften"])]


class ValidateGiften(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS

    def uit_eerste_bericht(self, slot: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """'ik heb een brief dat ik 2000 euro moet terugbetalen' is no gift and no loan received:
        the answer about terugvordering, and no gift form. An English message is read with the Dutch readers from the
        start (session 16: 'they say i must pay back 3400 euro' was read raw up to the gift itself, so the paying back
        was missed and the claim answered as savings to keep)."""
        text = engels.in_sessietaal(tracker.latest_message.get("text") or "", variant(tracker))
        boven = boven_de_grens_gevraagd(text, peildatum(tracker))
        if boven is not None and boven.response in domain.get("responses", {}):
            # "wat gebeurt er als je meer dan 1200 euro aan giften krijgt, moet je dan alles terugbetalen": the limit
            # asked, no gift and no terugvordering
            dispatcher.utter_message(response=boven.response, **template_values(tracker))
            return {slot: None, **self.stop()}
        geen = feiten_uit_bericht.geen_gift(text, peildatum(tracker))
        if geen is not None and geen.response in domain.get("responses", {}):
            # "ik doe de boodschappen voor mn moeder en zij stort het geld terug", "ik zet 40 per maand opzij van mijn
            # uitkering": no gift (money paid back, savings from the bijstand), so no gift form
            dispatcher.utter_message(response=geen.response, **template_values(tracker),
                                     **engels.waarden_in_sessietaal(geen.waarden, variant(tracker)))
            return {slot: None, **self.stop()}
        terug = feiten_uit_bericht.gift_terugbetalen(text, peildatum(tracker))
        if terug is not None and terug.response in domain.get("responses", {}):
            # "opa gaf me 2000 euro, moet ik nu terugbetalen aan de gemeente": a gift; what of it counts comes first,
            # then the form counts it with the year's other gifts
            dispatcher.utter_message(response=terug.response, **template_values(tracker),
                                     **engels.waarden_in_sessietaal(terug.waarden, variant(tracker)))
            gift = giften_uit_bericht(text, peildatum(tracker))[:1]
            found = {k: v for k, v in (gift[0] if gift else {}).items() if v is not None}
            return {slot: None, **found, **(self.extra("gift_bedrag", found["gift_bedrag"]) if found else {})}
        bang = bool(_BANG_TERUG.search(text.lower()) and _ONTVANGEN.search(text.lower())) and \
            not GELEEND.search(text.lower())
        if parse.terugbetalen(text) and not GELEEND.search(text.lower()) and not bang:
            # "mijn broer geeft me 1500 maar ik moet het terugbetalen": money from someone, paid back to them, is a
            # loan; "ik moet 2000 euro terugbetalen" alone is the gemeente asking it back
            lening = VAN_IEMAND.search(text.lower()) is not None
            dispatcher.utter_message(response="utter_lening" if lening else "utter_terugvordering",
                                     **template_values(tracker))
            return {slot: None, **self.stop()}
        if _ALIMENTATIE.search(text.lower()):
            # "ik krijg 250 kinderalimentatie, mag ik die houden": alimentatie is income, no gift (the topic's answer;
            # money said to be no alimentatie is held against the gift limit by alimentatie() and stays in the form)
            gevonden = feiten_uit_bericht.alimentatie(text, peildatum(tracker), "alimentatie") or \
                feiten_uit_bericht.Antwoord("utter_alimentatie", {})
            if gevonden.response.startswith("utter_alimentatie") and gevonden.response in domain.get("responses", {}):
                dispatcher.utter_message(response=gevonden.response, **template_values(tracker), **gevonden.waarden)
                # "300 partneralimentatie en 50 per maand van mijn moeder": the gift beside it goes on in the form
                # (session 18); alimentatie alone ends it
                zonder = {b.bedrag.euro for b in parse.bedragen(text) if not _ALIMENTATIE.search(b.zin.lower())}
                naast = [g for g in giften_uit_bericht(text, peildatum(tracker))
                         if Decimal(str(g["gift_bedrag"]["euro"])) in zonder]
                if len(naast) == 1:
                    return {slot: None, **self.een_gift(naast[0], dispatcher, tracker)}
                return {slot: None, **self.stop()}
        soorten = {b.soort for b in parse.bedragen(text) if not b.van_partner}
        loon = bijverdienen.eerst_uit_bericht(tracker, domain) if soorten == {"loon"} else None
        if loon is not None:
            # "werk sinds april voor 500 per maand, ben 35, mag ik er niks meer van houden": a wage, no gift; the
            # earnings form's first answer
            dispatcher.utter_message(response=loon[0], **template_values(tracker), **loon[1])
            return {slot: None, **self.stop()}
        huur = feiten_uit_bericht.huur_van_huisgenoot(text, peildatum(tracker))
        if huur is not None and huur.response in domain.get("responses", {}):
            # "mijn broer huurt een kamer bij mij voor 500 euro per maand": rent from a housemate is no gift
            dispatcher.utter_message(response=huur.response, **template_values(tracker), **huur.waarden)
            return {slot: None, **self.stop()}
        voedselbank = feiten_uit_bericht.voedselbank_genoemd(text)
        # the food bank's part of the message says nothing about the gift ("every week" is the food bank's)
        text = feiten_uit_bericht.zonder_voedselbank(text)
        giften = giften_uit_bericht(text, peildatum(tracker))
        if len(giften) > 1:
            uit = self.meer_giften(giften, dispatcher, tracker)
        elif len(giften) == 1 and (parse.bedrag(text) is None or voedselbank or _OM_DE_WEEK.search(text.lower())):
            # one gift among other amounts ("600 euro op mijn rekening en elke maand 100 euro van mijn moeder"),
            # or beside the food bank: read from its own part of the message
            uit = {slot: None, **self.een_gift(giften[0], dispatcher, tracker, domain)}
        else:
            uit = super().uit_eerste_bericht(slot, dispatcher, tracker, domain)
        if voedselbank and giften:
            # "a food parcel every week and 80 euro from my sister": the food bank is named, so say it never counts
            dispatcher.utter_message(response="utter_giften_voedselbank_telt_niet", **template_values(tracker))
        for ander in feiten_uit_bericht.ook(TOPIC, text, peildatum(tracker)):
            dispatcher.utter_message(response=ander.response, **template_values(tracker), **ander.waarden)
        if giften and (per_maand := gift_per_maand_gevraagd(text, peildatum(tracker), met_bedrag=True)) is not None \
                and per_maand.response in domain.get("responses", {}):
            # "hoeveel mag ze me per maand geven? ze geeft nu 120": after the gift against the limit, the limit as an
            # average a month, which the question asked (session 19)
            dispatcher.utter_message(response=per_maand.response, **template_values(tracker),
                                     **engels.waarden_in_sessietaal(per_maand.waarden, variant(tracker)))
        return uit

    def een_gift(self, gift: dict, dispatcher, tracker: Tracker, domain: dict | None = None) -> dict:
        """The form's gift, with what holds for it first."""
        found = {k: v for k, v in gift.items() if v is not None and (k == "gift_bedrag" or tracker.get_slot(k) is None)}
        found.update(self.extra("gift_bedrag", found["gift_bedrag"]))
        eerst = self.eerst_zeggen(found, tracker, domain or {})
        if eerst is not None:
            dispatcher.utter_message(response=eerst[0], **template_values(tracker), **eerst[1])
        return found

    def meer_giften(self, giften: list[dict], dispatcher, tracker: Tracker) -> dict:
        """'50 euro per maand van mijn moeder en in maart 300 euro van mijn oom': every gift is counted. The
        one with a fact still missing (else the last) goes through the form; the others go into the ledger
        with what the message says of them. First what they make together per year, against the limit."""
        open_gift = next((g for g in giften if None in g.values()), giften[-1])
        andere = [gift_voor_berekening(g) for g in giften if g is not open_gift]
        found = {k: v for k, v in open_gift.items() if v is not None}
        found.update(self.extra("gift_bedrag", found["gift_bedrag"]))
        eerst = samen_tegen_grens(giften, open_gift, peildatum(tracker))
        if eerst is not None:  # '€800 + €40 per month' in an English session
            dispatcher.utter_message(response=eerst[0], **template_values(tracker),
                                     **engels.waarden_in_sessietaal(eerst[1], variant(tracker)))
        return {"gift_bedrag": None, "gift_soort": None, "gift_datum": None, **found,
                "giften": [*(tracker.get_slot("giften") or []), *andere]}

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """'Giften tot € 1.200 per jaar tellen niet mee. € 50 per maand is € 600 per jaar.'
        Not for a loan: that is no gift (the form says so in its result)."""
        text = laatste_bericht(tracker)
        vooraf = feiten_uit_bericht.grens_per_huishouden(text, peildatum(tracker)) or \
            feiten_uit_bericht.niet_betaald(text, peildatum(tracker)) or \
            (None if found.get("gift_bedrag") else gift_per_maand_gevraagd(text, peildatum(tracker)))
        if vooraf is not None:
            # "geldt die 1200 euro per persoon": the limit, not a gift of 1200; "mijn bijstand is niet gestort en ik
            # moet 650 euro huur betalen": bijstand not paid, no gift
            return vooraf.response, vooraf.waarden
        bedrag = found.get("gift_bedrag")
        if not bedrag or found.get("gift_soort") == "lening":
            return None
        aio = feiten_uit_bericht.gift_met_aio(text, peildatum(tracker))
        if aio is not None:
            return aio.response, aio.waarden  # "mijn moeder van 71 heeft AIO, ik geef haar 100 per maand": the SVB
        gift = parse.Bedrag(Decimal(str(bedrag["euro"])), bedrag.get("periode"))
        sinds = _als_datum(found.get("gift_datum")) or feiten_uit_bericht.gift_sinds(text, gift, peildatum(tracker))
        eerst = feiten_uit_bericht.met_ruimte(
            feiten_uit_bericht.gift_tegen_grens(gift, peildatum(tracker), "utter_giften_eerst_binnen",
                                                "utter_giften_eerst_boven", sinds,
                                                feiten_uit_bericht.keer_gekregen(text, gift, peildatum(tracker), sinds)),
            gift, text, peildatum(tracker))
        if eerst is None:
            return None
        waarden = dict(eerst.waarden)
        if gift.periode == "jaar" and _OM_DE_WEEK.search(text.lower()) and variant(tracker) != "en" and \
                "gift_bedrag_tekst" in waarden:
            # "om de week 40 euro": the person's own words, not "EUR 1,040 counts as EUR 1,040 a year"
            waarden["gift_bedrag_tekst"] = f"{euro(gift.euro / KEER_PER_JAAR_OM_DE_WEEK)} om de week"
        response = eerst.response
        if response == "utter_giften_eerst_binnen" and waarden.get("gift_ruimte") == euro(Decimal(0)) and \
                "utter_giften_eerst_op_grens" in domain.get("responses", {}):
            # "100 a month" counts as exactly the limit: 'that is the limit; report anything more', not 'you may still
            # get €0 this year' (session 17's leftover)
            response = "utter_giften_eerst_op_grens"
        if response == "utter_giften_eerst_binnen" and _MELDEN_GEVRAAGD.search(text.lower()) and \
                "utter_giften_eerst_binnen_melden" in domain.get("responses", {}):
            response = "utter_giften_eerst_binnen_melden"  # "moet ik dit doorgeven": that answer first (session 17)
        # '€ 150 per month' in an English session, as the topic answers say it
        return response, engels.waarden_in_sessietaal(waarden, variant(tracker))


def _als_datum(value: Any) -> date | None:
    """A gift_datum slot ('2026-04-01') as a date, else None."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def maandelijks(tracker: Tracker) -> bool:
    """True when the person already said the gift comes every month ("elke maand 80 euro", "per maand")."""
    bedrag = tracker.get_slot("gift_bedrag")
    return tracker.get_slot("gift_periode") == "maand" or (isinstance(bedrag, dict) and bedrag.get("periode") == "maand")


class ActionAskGiftDatum(Action):
    """'Wanneer kreeg u het? Is het elke maand?', or only 'Sinds wanneer?' when the person already said
    that it comes every month: nothing is asked twice (issue #20, testers' review 5.4)."""

    def name(self) -> str:
        return "action_ask_gift_datum"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        response = "utter_ask_gift_datum_maandelijks" if maandelijks(tracker) else "utter_ask_gift_datum"
        dispatcher.utter_message(response=response, **template_values(tracker))
        return []
