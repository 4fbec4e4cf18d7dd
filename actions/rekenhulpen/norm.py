"""Bijstandsnorm as a form: the norm of a household, with kostendelers and parents."""
from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import engels, feiten_uit_bericht
from actions.feiten_uit_bericht import aow_bijna
from actions.context import laatste_bericht, peildatum, template_values, variant
from actions.rekenhulp import ONBEKEND, RekenhulpForm, onder_volwassenennorm
from actions.rekenhulpen import bijverdienen
from actions.rekenhulpen._invoer import basis, geld, optional, persoon
from actions.rekenhulpen._woorden import Woorden

FORM = "norm_form"
CALCULATOR = "bijstandsnorm"
TOPIC = "bijstandsnorm"
SLOTS = ["leeftijd", "leefsituatie", "partner_leeftijd", "ouders_kunnen_bijdragen", "medebewoners"]


def invoer(tracker: Tracker) -> dict:
    """The bijstandsnorm has no field for the youngest child: its children are in the medebewoners.
    Without a gemeente, as before: the result is the norm of the law."""
    huisgenoten = [m for m in tracker.get_slot("medebewoners") or []
                   if m["leeftijd"] is not None and m["relatie"] != "partner"]
    return {**basis(tracker, gemeente=False), **persoon(tracker), **optional(tracker, "partner_leeftijd"),
            **optional(tracker, "ouders_kunnen_bijdragen"), "medebewoners": huisgenoten}


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    partner = tracker.get_slot("partner_leeftijd")
    return {
        "partner_tekst": "" if partner in (None, ONBEKEND) else w("partner", aantal=partner),
        "ouders_tekst": ouders_tekst(tracker.get_slot("ouders_kunnen_bijdragen"), w)
        if onder_volwassenennorm(tracker) else "",
        "medebewoners_tekst": w.of_onbekend(tracker.get_slot("medebewoners"), lambda v: ", ".join(
            w(f"{m['relatie']}_persoon", leeftijd=m["leeftijd"] if m["leeftijd"] is not None else w("onbekend"))
            for m in v) or w("niemand")),
    }


def ouders_tekst(value, w: Woorden) -> str:
    """Whether the parents can help (art. 20 lid 3); empty when the form did not ask it."""
    if value is None:
        return ""
    return w({True: "ouders_ja", False: "ouders_nee"}.get(value, "ouders_onbekend"))


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    anders = result.get("norm_ouders_niet_bijdragen")
    if anders is not None and anders != result["norm"]:
        return "utter_uitkomst_norm_ouders", {"norm": geld(result["norm"]), "bedrag": geld(anders)}
    return "utter_uitkomst_norm", {"norm": geld(result["norm"])}


def wat_nu(result: dict, tracker: Tracker) -> str:
    return "utter_wat_nu_norm"


# "kinderbijslag separate?", "en krijg ik ook kindgebonden budget", "child benefit on top?": toeslagen asked beside the norm.
# "mijn vader (60, alleen) woont sinds 4 maanden in een verpleeghuis, hoeveel krijgt hij nu": a stay in an instelling,
# whose norm (art. 23: zak- en kleedgeld) answers the amount asked, not the norm of someone at home.
# (a hospital or a revalidatiecentrum is an inrichting too: a place giving care to people staying there, art. 1 onder
# f; legal-facts-topics 14. Only where the person lies there: "mijn vader ligt in het ziekenhuis", "ik moet 2 dagen naar
# het ziekenhuis" are no stay of the person's own; session 21)
_INSTELLING = re.compile(r"\bverpleeghuis|\bverzorgingshuis|\bzorginstelling|\binstelling\b|\bkliniek|\bzorgcentrum"
                         r"|\b(?:ik\s+lig|lig\s+ik|ik\s+ben\s+(?:\w+\s+){0,3}?opgenomen|ik\s+zit|ik\s+verblijf)\b[^.?!,]{0,30}?"
                         r"\b(?:ziekenhuis|revalidatie\s*centrum)")
_TOESLAG_GEVRAAGD = re.compile(r"kinderbijslag|kindgebonden|\btoeslag(?:en)?\b|huurtoeslag|zorgtoeslag|child\s+benefit")


class ValidateNorm(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS

    async def get_validation_events(self, dispatcher, tracker, domain) -> list[dict]:
        """'Ik help mijn vader (66) met zijn post, hij woont alleen, wat krijgt hij': written for a relative who lives
        alone, that person's own norm and the AIO from the AOW age answer it; the form asks nothing about the writer."""
        tekst = laatste_bericht(tracker)
        if self.begint(tracker) and tekst and not tekst.startswith("/"):
            familie = feiten_uit_bericht.familielid_alleen(tekst, peildatum(tracker))
            if familie is not None and familie.response in domain.get("responses", {}):
                dispatcher.utter_message(response=familie.response, **template_values(tracker),
                                         **engels.waarden_in_sessietaal(familie.waarden, variant(tracker)))
                return [SlotSet(slot, value) for slot, value in self.stop().items()]
        return await super().get_validation_events(dispatcher, tracker, domain)

    def uit_eerste_bericht(self, slot: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """'single mom 29, 2 kids, what bijstand do I get? (kinderbijslag separate?)': after the norm, the second question
        of the message: toeslagen and kinderbijslag come on top (the toeslagen answer: they do not count)."""
        uit = super().uit_eerste_bericht(slot, dispatcher, tracker, domain)
        if _TOESLAG_GEVRAAGD.search(laatste_bericht(tracker).lower()) and "utter_toeslagen" in domain.get("responses", {}) \
                and any((m.get("response") or "").startswith(("utter_bijstandsnorm", "utter_aow_aio_norm"))
                        for m in dispatcher.messages):
            dispatcher.utter_message(response="utter_toeslagen", **template_values(tracker))
        # "i am 66 and alone, aow starts next year, how much until then": after the norm, when the SVB takes over
        if aow_bijna.RESPONSE in domain.get("responses", {}) and \
                aow_bijna.aow_bijna(laatste_bericht(tracker), peildatum(tracker)) and \
                any((m.get("response") or "").startswith("utter_bijstandsnorm") for m in dispatcher.messages):
            dispatcher.utter_message(response=aow_bijna.RESPONSE, **template_values(tracker))
        return uit

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """'bereken hoeveel bijstand ik krijg als ik 30 ben en alleen woon': the norm for the age and household of
        the first message comes first (feiten_uit_bericht.bijstandsnorm, through knowledge/); the form asks the rest."""
        text = laatste_bericht(tracker)  # English read as Dutch
        vandaag = peildatum(tracker)
        # "ben 24 woon alleen, bijbaan 400 per maand, hoeveel blijft over": the bijstand left beside the wage first
        if (met_loon := bijverdienen.eerst_uit_bericht(tracker, domain, alleen_bijstand_over=True)) is not None:
            return met_loon
        eerst = feiten_uit_bericht.huisgenoot_naar_instelling(text, vandaag) or \
            (feiten_uit_bericht.opname(text, vandaag, "opname") if _INSTELLING.search(text.lower()) else None) or \
            _ontheffing_gevraagd(text, vandaag) or \
            feiten_uit_bericht.vermogen_bij_aanvraag(text, vandaag) or \
            feiten_uit_bericht.kostendelers_niet_aangetoond(text, vandaag) or \
            feiten_uit_bericht.huur_van_huisgenoot(text, vandaag) or \
            feiten_uit_bericht.stel_norm(text, vandaag) or \
            feiten_uit_bericht.kind_eigen_bijstand(text, vandaag, TOPIC) or \
            feiten_uit_bericht.bijstandsnorm(text, vandaag, TOPIC) or \
            feiten_uit_bericht.norm_zonder_leeftijd(text, vandaag) or \
            feiten_uit_bericht.jong_bij_ouders(text, vandaag)  # a couple's ages, a child's own bijstand, ...
        if eerst is not None and eerst.response in domain.get("responses", {}):
            return eerst.response, engels.waarden_in_sessietaal(eerst.waarden, variant(tracker))
        # Nothing in the message decides it ('hoeveel bijstand krijgen we als getrouwd stel'): the norms in
        # general first, then the first question (not for a button).
        return (f"utter_{TOPIC}", {}) if text and not text.startswith("/") else None


# "hoeven wij dan niet te werken?", "moet ik solliciteren": the duties asked (session 19: read as the norm).
_WERKEN_GEVRAAGD = re.compile(r"\b(?:hoef|hoeft|hoeven|moet|moeten)\s+(?:\w+\s+){0,3}?(?:niet\s+)?(?:te\s+)?"
                              r"(?:werken|solliciteren|werk\s+zoeken)\b|\bwerkplicht|\bsollicitatieplicht")


def _ontheffing_gevraagd(text: str, vandaag: date):
    """'alleenstaande moeder met een zoon van 13, krijg ik nog vrijstelling' read as the norm: an ontheffing asked,
    no amount, is the duties' question (feiten_uit_bericht.plichten with the child's age; session 18)."""
    from actions.feiten_uit_bericht.participatie import _ONTHEFFING
    lowered = text.lower()
    if not (_ONTHEFFING.search(lowered) or _WERKEN_GEVRAAGD.search(lowered)) or \
            re.search(r"\bhoeveel\b|\bbedrag\b|\bnorm\b|\beuro\b|€", lowered):
        return None
    return feiten_uit_bericht.plichten(text, vandaag, "participatieplicht")
