"""Verblijf buiten Nederland as a form: how many days abroad are left this year, with this trip.

A trip told earlier in the conversation ("ik ga in juli 3 weken naar Turkije") is taken from
there and never asked again; the form asks the age (the limit is longer from the AOW age)
and earlier trips this year, and only what is still missing.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker

from actions import aantallen, engels, feiten_uit_bericht, parse
from actions.context import laatste_bericht, peildatum, peildatum_uit_metadata, template_values, variant
from actions.feiten_uit_bericht import aow_bijna, reizen
from actions.feiten_uit_bericht.reizen import vertrek_aanname
from actions.rekenhulp import EERSTE_BERICHT, VRAGEN, RekenhulpForm, Vraag
from actions.rekenhulpen._invoer import basis, known
from actions.rekenhulpen._woorden import Woorden
from actions.slotvorm import VORMEN, vorm_klopt
from knowledge.datums import jaar_later
from knowledge.invoer import AANTAL, InvoerFout, een_datum
from knowledge.teksten import datum

FORM = "verblijf_buitenland_form"
CALCULATOR = "verblijf_buitenland"
TOPIC = "buitenland"
SLOTS = ["leeftijd", "reis", "eerdere_reizen"]
RESET = ("reis", "eerdere_reizen")

# "nee", "niet", "nog nergens geweest": no earlier trips this year.
_NIET_WEG = re.compile(r"\b(?:nee|niet|nergens|geen|nooit)\b")
# "ben dit jaar nog nergens geweest", "ik ben dit jaar nog niet weg geweest", "nog geen dag weg": no earlier trip this
# year, told in the first message, so the form does not ask it again (session 21).
_NERGENS_GEWEEST = re.compile(r"\b(?:nog\s+)?(?:nergens|niet\s+(?:weg|op\s+vakantie|in\s+het\s+buitenland|buiten\s+nederland)"
                              r"|geen\s+dag\s+weg|nooit\s+weg)\s+(?:\w+\s+){0,2}?(?:geweest|gegaan|gereisd)\b"
                              r"|\bnog\s+(?:nergens|niet\s+weg|geen\s+dag\s+weg)\b(?=[^.?!]{0,20}\bdit\s+jaar\b)"
                              r"|\bdit\s+jaar\s+(?:nog\s+)?(?:nergens|niet\s+weg|geen\s+dag\s+weg)\b")
# "2 keer 9 dagen": more trips of one length.
_KEER = re.compile(r"\b(?:\d{1,2}|een|twee|drie|vier|vijf)\s*(?:keer|x|maal)\b")
# "2 weken in maart en 10 dagen in mei": one trip per part.
_DELEN = re.compile(r"\s*(?:,|;|(?<!tot )\ben\b(?! met)|\bplus\b)\s*")


def _reis(text: str, vandaag: date) -> dict | None:
    """The answer to "Wanneer gaat u weg, en hoe lang?": a trip to come ("in maart" said in December is next March)."""
    return feiten_uit_bericht.reis_uit_tekst(text, vandaag, richting="toekomst")


def _eerdere_reis(deel: str, vandaag: date) -> dict | None:
    """One earlier trip this year, the answer to "Was u dit jaar al eerder buiten Nederland?": a trip taken, so
    "in maart" is the March behind; a month not yet come (read as last year's) is this year's all the same, as the
    question asks about this year; a trip without a month starts on 1 January."""
    reis = feiten_uit_bericht.reis_uit_tekst(deel, vandaag, richting="verleden")
    if reis is None:
        return None
    vertrek = date.fromisoformat(reis["vertrek"])
    if vertrek.year < vandaag.year or vertrek == vandaag:
        vroeg = jaar_later(vertrek, 1) if vertrek.year < vandaag.year else vandaag.replace(month=1, day=1)
        reis = {"vertrek": vroeg.isoformat(),
                "terug": (vroeg + (date.fromisoformat(reis["terug"]) - vertrek)).isoformat()}
    return reis


def _eerdere_reizen(text: str, vandaag: date) -> list[dict] | None:
    """'nee' is none; '2 weken in maart en 10 dagen in mei' are two trips earlier this year, '2 keer 9 dagen'
    two of 9 days."""
    if parse.ja_nee(text) is False or (_NIET_WEG.search(text.lower()) and _eerdere_reis(text, vandaag) is None):
        return []
    if _KEER.search(text.lower()):
        return feiten_uit_bericht.eerdere_reizen(text, vandaag, verleden_gezegd=False) or None
    delen = [deel for deel in _DELEN.split(text) if re.search(r"\d|een|twee|drie|vier|vijf|zes", deel)]
    reizen = [_eerdere_reis(deel, vandaag) for deel in delen]
    return reizen if reizen and all(reizen) else None


def _is_reis(value: Any) -> bool:
    if not isinstance(value, dict) or set(value) != {"vertrek", "terug"}:
        return False
    try:
        return een_datum(value["vertrek"], "vertrek") <= een_datum(value["terug"], "terug")
    except InvoerFout:
        return False


def _zijn_reizen(value: Any) -> bool:
    if not isinstance(value, list) or not all(_is_reis(r) for r in value):
        return False
    try:
        AANTAL(len(value), "eerdere_reizen")
    except InvoerFout:
        return False
    return True


# This form's own questions join the registers of the shared form policy, as the module joins
# REKENHULPEN: the question and its parser (actions/rekenhulp.py), the shape of its values
# (actions/slotvorm.py). No shared file changes for a new form.
VRAGEN.update({v.slot: v for v in (
    Vraag("reis", _reis, "utter_opnieuw_reis", "reis", None),
    Vraag("eerdere_reizen", _eerdere_reizen, "utter_opnieuw_eerdere_reizen", "eerder",
          "utter_aanname_eerdere_reizen"),
)})
VORMEN.update({"reis": _is_reis, "eerdere_reizen": _zijn_reizen})
# A first message may already tell the trips this year ("ik ben dit jaar al 2 keer 9 dagen weg geweest") and
# the new one ("mag ik nog 2 weken"): not asked again.
EERSTE_BERICHT.update({
    "reis": feiten_uit_bericht.nieuwe_reis,
    "eerdere_reizen": lambda text, vandaag: feiten_uit_bericht.eerdere_reizen(text, vandaag) or (
        [] if _NERGENS_GEWEEST.search(text.lower()) else None),
})


def invoer(tracker: Tracker) -> dict:
    """A trip next year is counted in next year, without this year's earlier trips."""
    reis = tracker.get_slot("reis")
    eerder = [] if volgend_jaar(reis, tracker) else known(tracker, "eerdere_reizen") or []
    return {**basis(tracker), "peildatum": feiten_uit_bericht.peildatum_voor_reis(reis, peildatum(tracker)).isoformat(),
            "leeftijd": tracker.get_slot("leeftijd"), "reizen": [*eerder, reis]}


def volgend_jaar(reis: Any, tracker: Tracker) -> bool:
    return _is_reis(reis) and int(reis["vertrek"][:4]) > peildatum(tracker).year


def reis_tekst(reis: dict, w: Woorden) -> str:
    return w("van_tot", van=w.datum(reis["vertrek"]), tot=w.datum(reis["terug"]))


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    """'van 1 juli 2026 tot 22 juli 2026'; earlier trips the same way, or 'niet'."""
    reis, eerder = tracker.get_slot("reis"), tracker.get_slot("eerdere_reizen")
    return {
        "reis_tekst": reis_tekst(reis, w) if _is_reis(reis) else "",
        "eerdere_reizen_tekst": w.of_onbekend(eerder, lambda v: " en ".join(reis_tekst(r, w) for r in v)
                                              if v else w("niet_eerder_weg")),
    }


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    # the days with their unit, in the session's language ("1 dag", "3 days": the outcome is built inside its variant)
    values = aantallen.met_eenheid({k: str(result[k]) for k in ("max_dagen", "dagen_gebruikt", "dagen_over",
                                                                "dagen_zonder_bijstand")})
    values["jaar"] = result["peildatum"][:4]
    aio = "_aio" if result["uitvoerder"] == "svb" else ""  # past the AOW age: no AIO (the SVB's), not no bijstand
    if not result["te_lang"]:
        return "utter_uitkomst_buitenland_mag", values
    if result["eerste_dag_zonder_bijstand"] is None:
        return f"utter_uitkomst_buitenland_reis_te_lang{aio}", values  # the days over fall in another year
    values["datum"] = datum(date.fromisoformat(result["eerste_dag_zonder_bijstand"]))
    return f"utter_uitkomst_buitenland_te_lang{aio}", values


def wat_nu(result: dict, tracker: Tracker) -> str:
    return "utter_wat_nu_buitenland_te_lang" if result["te_lang"] else "utter_wat_nu_buitenland_melden"


def wat_nu_svb(result: dict, tracker: Tracker) -> str:
    """Past the AOW age (AIO, art. 47a): the trip reported to the SVB before leaving, also the partner's trip
    (legal-facts-topics.md 2), rather than the general 'ask the SVB for AIO'."""
    return "utter_wat_nu_buitenland_te_lang_aio" if result["te_lang"] else "utter_wat_nu_buitenland_melden_aio"


class ValidateVerblijfBuitenland(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS

    async def run(self, dispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        """As every form, plus the trip found in the conversation (extract_reis): the shared
        validation returns only the answers it read itself, so the found trip is added here."""
        gevonden = await self.get_extraction_events(dispatcher, tracker, domain)
        tracker.add_slots(gevonden)
        events = await super().run(dispatcher, tracker, domain)
        gezet = {e.get("name") for e in events}
        return [*(e for e in gevonden if e["name"] not in gezet), *events]

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """'ik ben dit jaar al 2 keer 9 dagen weg geweest, mag ik nog 2 weken': the days left (or too many) for the
        trips of the first message come first (feiten_uit_bericht.buitenland, through knowledge/)."""
        text = laatste_bericht(tracker)
        eerst = feiten_uit_bericht.in_domein(feiten_uit_bericht.buitenland(text, peildatum(tracker), TOPIC), domain) \
            if domain.get("responses") else feiten_uit_bericht.buitenland(text, peildatum(tracker), TOPIC)
        if eerst is None and (_HOE_LANG.search(text.lower()) or (
                text and not text.startswith("/") and not found.get("reis") and parse.duur(text) is None)):
            # "ik ben nergens geweest, hoe lang mag ik in Somalie blijven" (no trip to count yet): the limit itself first;
            # "mn man heeft zn dagen al op, mag hij de mijne gebruiken" (a question on the rule, no trip of one's own):
            # the rule answers it before the first question, as the norm and earnings forms do
            return "utter_buitenland", {}
        return None if eerst is None else (eerst.response, engels.waarden_in_sessietaal(eerst.waarden, variant(tracker)))

    def uit_eerste_bericht(self, slot: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """As every form; after the first reply on a trip without a day of leaving, counted from today, that it
        then runs into next year (feiten_uit_bericht.vertrek_aanname)."""
        voor = len(dispatcher.messages)
        found = super().uit_eerste_bericht(slot, dispatcher, tracker, domain)
        aanname = vertrek_aanname(found.get("reis"), laatste_bericht(tracker), peildatum(tracker))
        if aanname and len(dispatcher.messages) > voor and aanname.response in domain.get("responses", {aanname.response: 0}):
            dispatcher.utter_message(response=aanname.response, **{**template_values(tracker), **aanname.waarden})
        # "ik ben 69, mijn man en ik willen 8 weken naar Turkije": the limit of a partner under the AOW age (session 18)
        partner = reizen.partner_leeftijd_onbekend_aio(laatste_bericht(tracker), peildatum(tracker))
        if len(dispatcher.messages) > voor and partner is not None and partner.response in domain.get("responses", {}):
            dispatcher.utter_message(response=partner.response, **template_values(tracker), **partner.waarden)
        # "I am 66, almost pension. Can I go 8 weeks to Portugal?": after the answer on the trip, the AOW age and the AIO
        if len(dispatcher.messages) > voor and aow_bijna.RESPONSE in domain.get("responses", {}) and \
                aow_bijna.aow_bijna(laatste_bericht(tracker), peildatum(tracker)):
            dispatcher.utter_message(response=aow_bijna.RESPONSE, **template_values(tracker))
        return found

    def weglaten(self, tracker: Tracker) -> set[str]:
        """Earlier trips this year do not count for a trip in a later calendar year."""
        return {"eerdere_reizen"} if volgend_jaar(tracker.get_slot("reis"), tracker) else set()

    async def extract_reis(self, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """The trip the person told about earlier in this conversation, so it is not asked again."""
        if tracker.get_slot("reis") is not None or tracker.get_slot("requested_slot") == "reis":
            return {}  # known, or the person is answering the question about it
        reis = reis_uit_gesprek(tracker)
        return {"reis": reis} if reis is not None and vorm_klopt("reis", reis) else {}


# "hoe lang mag ik weg", "how many days can I go" (read as "hoeveel dagen"): how long, asked without a trip to count.
_HOE_LANG = re.compile(r"\bhoe\s*lang\b|\bhoelang\b|\bhoeveel\s+(?:dagen|weken|maanden)\b")


def reis_uit_gesprek(tracker: Tracker) -> dict | None:
    """The last trip a person's message named since the last calculation, read as that message was."""
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") == "action_bereken":
            return None
        if event.get("event") == "user":
            vandaag = peildatum_uit_metadata(event.get("metadata")) or peildatum(tracker)
            text = engels.in_sessietaal(event.get("text") or "", variant(tracker))
            reis = feiten_uit_bericht.nieuwe_reis(text, vandaag)  # not a trip already taken
            if reis is not None:
                return reis
    return None

