"""What ActionAntwoord says to one first message with a given intent: shared by the answer-first tests."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import knowledge
from knowledge.geld import euro
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.antwoorden import ActionAntwoord
from actions.berekenen import ActionBereken
from actions.rekenhulpen import REKENHULPEN
from wegwijs.responses import all_responses, response_text

DOMAIN = {"responses": all_responses()}


def geld(waarde) -> str:
    """An amount as the texts write it (\"€ 1.419,46\"), from a parameter value or a Decimal."""
    return euro(Decimal(str(waarde)))


def antwoord(intent: str, text: str, peildatum: str, variant: str = "nl-u") -> list[dict]:
    """The messages ActionAntwoord sends for `text`, classified as `intent` with confidence, on `peildatum`."""
    tracker = Tracker("test", {"variant": variant},
                      {"text": text, "metadata": {"peildatum": peildatum}, "intent": {"name": intent, "confidence": 0.9}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionAntwoord().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages


def antwoord_namen(intent: str, text: str, peildatum: str, variant: str = "nl-u") -> list[str]:
    """The names of the responses ActionAntwoord sends for `text` (see antwoord)."""
    return [m.get("response") for m in antwoord(intent, text, peildatum, variant)]


def tekst_op(bericht: dict, dag: date, variant: str = "nl-u") -> str:
    """The text a message of the actions shows on `dag`: its response filled with the facts of knowledge/."""
    values = {k: v for k, v in bericht.items() if isinstance(v, str)}
    values.update(knowledge.feiten(dag))
    values.update({"gemeente_naam": "Voorbeeldstad"})
    return response_text(bericht["response"], variant, **values)


@dataclass
class FormBegin:
    """A calculator form's first turn: the slots it filled from the first message, the messages it sent before its
    first question, and the questions still open, in the order the form asks them."""

    slots: dict
    berichten: list[dict]
    open_vragen: list[str]


def validator_van(form: str):
    """The form's validation action class (Validate...)."""
    return next(v for naam, v in vars(REKENHULPEN[form]).items() if naam.startswith("Validate"))


def form_begin(form: str, text: str, peildatum: str, variant: str | None = None,
               gemeente: str | None = None) -> FormBegin:
    """Start `form` with `text` as the first message (read as a bereken_ intent, no entity marked by the model)."""
    validator = validator_van(form)
    eerste = validator.vragen[0]
    metadata = {"peildatum": peildatum, **({"gemeente": gemeente} if gemeente else {})}
    slots = {"requested_slot": eerste, **({"variant": variant} if variant else {})}
    tracker = Tracker("test", slots, {"text": text, "metadata": metadata, "intent": {"name": "bereken_x", "confidence": 0.9}},
                      [{"event": "slot", "name": "requested_slot", "value": eerste}], False, None, {}, "action_listen")
    domain = {**DOMAIN, "forms": {form: {"required_slots": validator.vragen + ["bevestigd"]}},
              "slots": {s: {} for s in validator.vragen + ["bevestigd"]}}
    dispatcher, v = CollectingDispatcher(), validator()
    events = asyncio.run(v.get_validation_events(dispatcher, tracker, domain))
    gevuld = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    tracker.slots.update(gevuld)
    gevraagd = asyncio.run(v.required_slots(v.domain_slots(domain), dispatcher, tracker, domain))
    return FormBegin(gevuld, dispatcher.messages, [s for s in gevraagd if tracker.slots.get(s) is None])


@dataclass(frozen=True)
class OpPeildatum:
    """The helpers above bound to one peildatum (and gemeente, and the variant a module tests in by default): each
    session's test module tests on its own date.

    `responses`, `eerste_tekst`, `eerste`, `form_eerste` and `start` were a wrapper written out again in every such
    module.
    """

    peildatum: str
    gemeente: str | None = None
    variant: str = "nl-u"

    @property
    def dag(self) -> date:
        return date.fromisoformat(self.peildatum)

    def responses(self, intent: str, text: str, variant: str | None = None) -> list[str]:
        """The names of the responses ActionAntwoord sends for `text` read as `intent`."""
        return antwoord_namen(intent, text, self.peildatum, variant or self.variant)

    def berichten(self, intent: str, text: str, variant: str | None = None) -> list[dict]:
        """The messages ActionAntwoord sends for `text` read as `intent` (see antwoord)."""
        return antwoord(intent, text, self.peildatum, variant or self.variant)

    def bericht(self, intent: str, text: str, variant: str | None = None) -> dict:
        """The first message ActionAntwoord sends for `text` read as `intent`."""
        return self.berichten(intent, text, variant)[0]

    def naam(self, intent: str, text: str, variant: str | None = None) -> str | None:
        """The name of the first response ActionAntwoord sends for `text` read as `intent`."""
        return self.responses(intent, text, variant)[0]

    def begin(self, form: str, text: str) -> FormBegin:
        """A calculator form's first turn (see form_begin) in the bound variant and gemeente."""
        return form_begin(form, text, self.peildatum, self.variant, self.gemeente)

    def begin_namen(self, form: str, text: str) -> list[str]:
        """The names of the messages a calculator form sends at its start, before its first question."""
        return [m.get("response") for m in self.begin(form, text).berichten]

    def eerste(self, intent: str, text: str, variant: str | None = None) -> tuple[str, str]:
        """The response name and text of the first message ActionAntwoord sends, filled with the peildatum's facts."""
        variant = variant or self.variant
        bericht = antwoord(intent, text, self.peildatum, variant)[0]
        return bericht.get("response"), tekst_op(bericht, self.dag, variant)

    def eerste_tekst(self, intent: str, text: str, variant: str | None = None) -> str:
        """The text of the first message ActionAntwoord sends, filled with the facts of the peildatum."""
        return self.eerste(intent, text, variant)[1]

    def form_eerste(self, form: str, text: str, variant: str | None = None) -> tuple[str, str]:
        """The response name and text of a calculator form's first message before its question."""
        variant = variant or self.variant
        bericht = form_begin(form, text, self.peildatum, variant, self.gemeente).berichten[0]
        return bericht.get("response"), tekst_op(bericht, self.dag, variant)

    def start(self, form: str, text: str) -> tuple[dict, list[dict], list[str]]:
        """A calculator form's first turn: (slots filled, messages before the first question, questions open)."""
        begin = form_begin(form, text, self.peildatum, gemeente=self.gemeente)
        return begin.slots, begin.berichten, begin.open_vragen


# --- the preamble of the topic modules (tests/actions/onderwerpen/) ------------------------------------------------
# The day and the gemeente the answer-first tests of sessions 14-19 were written for, and what they compute with them
# (each session's module wrote these out again until session 19). A test that needs another day says so itself.

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures
OP = OpPeildatum(PEILDATUM)
EN = OpPeildatum(PEILDATUM, variant="en")
EN_DORP = OpPeildatum(PEILDATUM, GEMEENTE, "en")
responses, eerste_tekst = OP.responses, OP.eerste_tekst
start = OpPeildatum(PEILDATUM, GEMEENTE).start


def vrijlating(**invoer) -> dict:
    """knowledge's earnings calculation on PEILDATUM in GEMEENTE, the start of work unknown unless given."""
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": GEMEENTE,
                                                      "start_werk": "onbekend", **invoer})


def norm(**invoer) -> dict:
    """knowledge's norm calculation on PEILDATUM in GEMEENTE."""
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "gemeente": GEMEENTE, **invoer})


def normuit(**invoer) -> dict:
    """knowledge's norm calculation on PEILDATUM, no gemeente given."""
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, **invoer})


def grens() -> Decimal:
    """The gift limit per year on DAG."""
    return Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", DAG)))


def reis(*reizen_: tuple[str, str], **invoer) -> dict:
    """knowledge's trip calculation for trips (vertrek, terug), the age unknown unless given."""
    return knowledge.bereken("verblijf_buitenland", {
        "peildatum": invoer.pop("peildatum", PEILDATUM), "leeftijd": knowledge.ONBEKEND,
        "reizen": [{"vertrek": v, "terug": t} for v, t in reizen_], **invoer})


def _partner_limiet() -> int:
    return int(knowledge.waarde("buitenland.weken_per_jaar_aio_partner_jonger", DAG))


def geen_vraag(text: str, variant: str = "nl-u") -> list[dict]:
    """What ActionGeenVraag sends for `text`, read as informeren with confidence."""
    from actions.twijfel import ActionGeenVraag

    tracker = Tracker("test", {"variant": variant},
                      {"text": text, "metadata": {"peildatum": PEILDATUM},
                       "intent": {"name": "informeren", "confidence": 0.9},
                       "intent_ranking": [{"name": "informeren", "confidence": 0.9}]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionGeenVraag().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages


def met_actie(actie, intent: str, text: str, zekerheid: float = 0.5) -> tuple[list[dict], list[dict]]:
    """The messages and events of action class `actie` for `text` read as `intent` with this confidence."""
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM},
                       "intent": {"name": intent, "confidence": zekerheid},
                       "intent_ranking": [{"name": intent, "confidence": zekerheid}]}, [], False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    events = actie().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages, events


def _start_signaal(events: list[dict]) -> bool:
    return {"event": "followup", "name": "signaal_form"} in [{k: e.get(k) for k in ("event", "name")} for e in events]


# The day the answer-first tests of sessions 8-13 were written for (some of their answers count days and months from
# it): their tests in the topic modules use these, the ones above are those of sessions 14-19.

PEILDATUM_6 = "2026-12-06"
DAG_6 = date.fromisoformat(PEILDATUM_6)
FEITEN_6 = knowledge.feiten(DAG_6)
OP_6 = OpPeildatum(PEILDATUM_6)
OP_6_JE = OpPeildatum(PEILDATUM_6, variant="nl-je")
DORP_6 = OpPeildatum(PEILDATUM_6, GEMEENTE)


def vrijlating_6(**invoer) -> dict:
    """vrijlating() on PEILDATUM_6."""
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM_6, "gemeente": GEMEENTE,
                                                      "start_werk": "onbekend", **invoer})


def norm_6(**invoer) -> Decimal:
    """The norm alone (no housemates unless given) on PEILDATUM_6, as a Decimal."""
    return Decimal(str(knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "medebewoners": [],
                                                           **invoer})["norm"]))


def _buitenland(reizen: list[dict], leeftijd=knowledge.ONBEKEND, peildatum: str = PEILDATUM_6) -> dict:
    """knowledge's trip calculation for trips given as {vertrek, terug}."""
    return knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum, "reizen": reizen, "leeftijd": leeftijd})


def waarde_6(naam: str) -> Decimal:
    """A parameter's value on DAG_6, as a Decimal."""
    return Decimal(str(knowledge.waarde(naam, DAG_6)))


def _tekst(response: str, variant: str) -> str:
    """A response's text on DAG_6, filled with the facts of that day."""
    return tekst_op({"response": response, "gemeente_naam": "Voorbeeldstad"}, DAG_6, variant)


def tekst_6(bericht: dict, variant: str = "nl-u") -> str:
    """The text a message of the actions shows on DAG_6 (tekst_op on that day)."""
    return tekst_op(bericht, DAG_6, variant)


def eerste_bericht(intent: str, text: str) -> dict:
    """The first reply on DAG_6: from the duties form's first turn for bereken_plichten, else from the topic's answer."""
    if intent == "bereken_plichten":
        _, said, _ = OP_6.start("plichten_form", text)
        return said[0]
    return antwoord(intent, text, PEILDATUM_6)[0]


def form_teksten_en(form: str, text: str) -> str:
    """The English texts a calculator form sends before its first question, on DAG in GEMEENTE, joined."""
    return " ".join(tekst_op(m, DAG, "en") for m in EN_DORP.begin(form, text).berichten)


def geen_vraag_en(text: str, variant: str = "en") -> list[dict]:
    """geen_vraag() in English by default."""
    return geen_vraag(text, variant)


def met_twijfel(cls, text: str, ranking: list[tuple[str, float]]):
    tracker = Tracker("test", {"variant": "en"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM},
                       "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
                       "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = cls().run(dispatcher, tracker, DOMAIN)
    return [m.get("response") for m in dispatcher.messages], {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# The English fact tests of sessions 9-13, on 2026-12-06.

EN_6 = OpPeildatum(PEILDATUM_6, variant="en")
EN_DORP_6 = OpPeildatum(PEILDATUM_6, GEMEENTE, "en")


def cijfers(bedrag: str) -> str:
    """'€1,200' and '€ 1.200' alike (outside a running form the session's money format is not applied)."""
    return "".join(c for c in bedrag if c.isdigit())


def form_berichten_en_6(form: str, text: str, variant: str = "en") -> list[dict]:
    """The messages a form sends at its start (with their values), before its first question, on DAG_6."""
    return form_begin(form, text, PEILDATUM_6, variant, GEMEENTE).berichten


def form_namen_en_6(form: str, text: str) -> list[str]:
    """The names of those messages, in English."""
    return [m["response"] for m in form_begin(form, text, PEILDATUM_6, "en", GEMEENTE).berichten]


def bijverdienen_6(**invoer) -> dict:
    """knowledge's earnings calculation on PEILDATUM_6 in GEMEENTE, every input given by the caller."""
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM_6, "gemeente": GEMEENTE, **invoer})


DORP = OpPeildatum(PEILDATUM, GEMEENTE)  # session 19's money tests: the helpers bound to the day and to GEMEENTE


# The helpers of the answer-first tests of sessions 5-12 and of the English ones of sessions 7, 8 and 15 (their own
# modules until session 20). Session 5's tests are pinned to 2026-12-05, the others of these to 2026-12-06.

PEILDATUM_5 = "2026-12-05"
DAG_5 = date.fromisoformat(PEILDATUM_5)
OP_5 = OpPeildatum(PEILDATUM_5)


def parameter_6(naam: str, dag: date = DAG_6):
    """A parameter's value on DAG_6 (or `dag`), as knowledge gives it."""
    return knowledge.waarde(naam, dag)


def grens_6() -> Decimal:
    """The gift limit per year on DAG_6."""
    return Decimal(str(parameter_6("giften.vrijlating_per_jaar")))


def norm_euro_6(**invoer) -> str:
    """norm_6() as the texts write it."""
    return geld(norm_6(**invoer))


def normuit_6(**invoer) -> dict:
    """knowledge's norm calculation on PEILDATUM_6, no gemeente given, no housemates unless given."""
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "medebewoners": [], **invoer})


def vrijlating_uit_6(**invoer) -> dict:
    """knowledge's earnings calculation on PEILDATUM_6, no gemeente given, the start of work unknown unless given."""
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM_6, "start_werk": "onbekend", **invoer})


def vrijlating_onbekend_6(dag: date = DAG_6, **invoer) -> dict:
    """knowledge's earnings calculation on `dag` in GEMEENTE, the household and the start of work unknown unless
    given."""
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": dag.isoformat(), "gemeente": GEMEENTE,
                                                      "leefsituatie": "onbekend", "start_werk": "onbekend", **invoer})


def feit_antwoord_6(intent: str, text: str):
    """What actions/feiten_uit_bericht answers first to `text` read as `intent`, on DAG_6 in GEMEENTE."""
    from actions import feiten_uit_bericht

    return feiten_uit_bericht.antwoord(intent, text, DAG_6, DOMAIN, GEMEENTE)


def response_namen(berichten: list[dict]) -> list[str]:
    """The names of the responses of these messages."""
    return [m.get("response") for m in berichten]


def zinnen(tekst: str, n: int) -> str:
    """The first n sentences of a text (an amount's dot is no end of a sentence)."""
    return " ".join(re.split(r"(?<=[.?!])\s+", tekst)[:n])


def eerste_zin(tekst: str) -> str:
    """The first sentence, or the first two when the first is a question ("Woont u alleen? Dan ...")."""
    stukken = re.split(r"(?<=[.?!])\s+", tekst)
    return " ".join(stukken[:2]) if stukken[0].endswith("?") else stukken[0]


# The calculator forms' own tests (tests/actions/test_rekenhulp.py, test_verblijf_buitenland.py) and the modules that
# use the same trackers (tests/actions/test_engels.py, onderwerpen/test_buitenland.py): until session 21 these lived in
# the calculator test modules and the others imported them from there.

PEILDATUM_FORMS = "2026-11-26"  # the day of the form tests of tests/actions/test_rekenhulp.py


def form_tracker(slots: dict | None = None, text: str = "", requested: str | None = None, intent: str = "informeren",
                 confidence: float = 0.9, form: str | None = "giften_form", events: list | None = None) -> Tracker:
    """A tracker inside a calculator form (the gift form unless given) on PEILDATUM_FORMS."""
    return Tracker(
        "test", {"requested_slot": requested, **(slots or {})},
        {"text": text, "metadata": {"peildatum": PEILDATUM_FORMS}, "intent": {"name": intent, "confidence": confidence}},
        events or [], False, None, {"name": form} if form else {}, "action_listen")


JUNI = date(2026, 6, 15)  # the day of the trip calculator's tests (tests/actions/test_verblijf_buitenland.py)
REIS_FORM = "verblijf_buitenland_form"


def feiten_juni() -> dict:
    """The facts of knowledge/ and of the gemeente voorbeeldstad on JUNI, for a text's placeholders."""
    from wegwijs.gemeente import laad_gemeente

    return {**knowledge.feiten(JUNI, "voorbeeldstad"), **laad_gemeente("voorbeeldstad").template_values()}


def reis_tracker(slots: dict | None = None, text: str = "", requested: str | None = None,
                 events: list | None = None, form: str | None = REIS_FORM) -> Tracker:
    """A tracker inside the trip form (unless given) on JUNI."""
    return Tracker("test", {"requested_slot": requested, **(slots or {})},
                   {"text": text, "metadata": {"peildatum": JUNI.isoformat()}, "intent": {"name": "informeren",
                                                                                         "confidence": 0.9}},
                   events or [], False, None, {"name": form} if form else {}, "action_listen")


def alles(messages: list[dict]) -> str:
    """Every text the messages carry, whatever part of a message it is in."""
    return " ".join(str(v) for m in messages for v in m.values() if isinstance(v, str))


def bereken_reis(slots: dict) -> list[dict]:
    """What ActionBereken says when the trip form ends with these slots, on JUNI."""
    events = [{"event": "active_loop", "name": REIS_FORM}, {"event": "active_loop", "name": None}]
    dispatcher = CollectingDispatcher()
    ActionBereken().run(dispatcher, reis_tracker(slots={"bevestigd": True, **slots}, form=None, events=events), DOMAIN)
    return dispatcher.messages


# The day of session 21's tests (2026-12-08, a Tuesday: the day its tuning sets were written for), in the gemeente
# without policy of its own; until they were folded by topic each of the session's modules had these of its own.

PEILDATUM_8 = "2026-12-08"
DAG_8 = date.fromisoformat(PEILDATUM_8)
NL_8 = OpPeildatum(PEILDATUM_8, GEMEENTE)
JE_8 = OpPeildatum(PEILDATUM_8, GEMEENTE, "nl-je")
EN_8 = OpPeildatum(PEILDATUM_8, GEMEENTE, "en")
