"""The shared dialogue policy of the calculator forms: understand each answer.

Each form asks only what its rule in knowledge/ needs (its module in
actions/rekenhulpen/ says what). Every answer goes through the same steps
(see `RekenhulpForm.beoordeel`): crisis first, then stopping, "weet ik niet",
the answer itself, a correction of an earlier answer, a question about
another topic, and only then a kind re-ask.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.forms import FormValidationAction

import knowledge
from actions import crisis, engels, feiten_uit_bericht, mens, parse, taal
from actions.feiten_uit_bericht import aow_en_aio
from actions.context import in_sessievariant, laatste_bericht, peildatum, template_values, variant, zeg_feit
from actions.slotvorm import vorm_klopt
from actions.twijfel import is_vraag

# Intents that answer a topic while a form waits (then the question comes again).
TOPIC_INTENTS = {
    "giften", "bijverdienen", "vermogen", "bijzondere_bijstand", "bijstandsnorm", "kostendelersnorm",
    "samenwonen", "participatieplicht", "inlichtingenplicht", "aanvraag", "bezwaar", "privacy",
    "mens_spreken", "wat_kun_je",
}
def is_onderwerp(name: str, domain: dict) -> bool:
    """An intent that answers a topic: the ones listed, and every topic with a button of its own."""
    return name in TOPIC_INTENTS or f"utter_knop_{name}" in domain.get("responses", {})


SURE = 0.35  # intent confidence (logistic regression, see config.yml) above which a non-answer is read as that intent
STOP_SURE = 0.5  # stopping loses the answers so far: be surer than for a side question
CRISIS_MIN_WORDS = 4  # "ik heb geen geld meer" is a crisis even if "geen" could be an amount
STOP_WORDS = {"stop", "stoppen", "laat maar", "annuleer", "annuleren", "ik wil stoppen", "/stoppen"}
CORRECTION = re.compile(r"\b(nee|niet|sorry|bedoel|was|moet zijn|verkeerd)\b", re.IGNORECASE)


# --- what one answer means, per slot -------------------------------------------

def _bedrag(text: str, vandaag: date) -> dict | None:
    found = parse.bedrag(text)
    if found is None:
        return None
    return {"euro": float(found.euro), "periode": found.periode}


def _eigen_loon(text: str, vandaag: date) -> dict | None:
    """What the person earns, also from a message with more amounts ("ik verdien 600 en mijn partner 400")."""
    found = feiten_uit_bericht.eigen_loon(text)
    return None if found is None else {"euro": float(found.euro), "periode": found.periode}


def _datum(text: str, vandaag: date) -> str | None:
    """The answer to "Wanneer kreeg u het?" or "Wanneer bent u met dit werk begonnen?": both ask the past, and
    knowledge/ takes no gift or start of work after the peildatum, so "maart" said in December is last March."""
    found = parse.datum(text, vandaag, richting="verleden")
    return found.isoformat() if found else None


def _iso(found: date | None) -> str | None:
    return found.isoformat() if found else None


def _leeftijd(text: str, vandaag: date) -> int | None:
    return parse.leeftijd(text)


def _leefsituatie(text: str, vandaag: date) -> str | None:
    if text in parse.LEEFSITUATIES:
        return text  # understood in an earlier form ("alleenstaande_ouder" is no answer "alleen")
    return parse.leefsituatie(text) or _keyword(text, {
        "alleenstaande_ouder": ("kinderen", "kind"), "alleenstaande": ("alleen",), "gehuwden": ("partner",),
    })


def _eerste_van_stel(text: str) -> int | None:
    """'wij zijn getrouwd 45 en 47', 'mijn vrouw en ik zijn 28 en 30': the couple's first age is the writer's own (the
    second is the partner's, feiten_uit_bericht.partner_leeftijd), so the form does not ask the age again."""
    beide = feiten_uit_bericht.stel_leeftijden(text)
    return beide[0] if beide is not None else None


def _keyword(text: str, options: dict[str, tuple[str, ...]]) -> str | None:
    """The first option whose keyword occurs in the text (options in priority order)."""
    lowered = text.lower()
    for value, words in options.items():
        if any(re.search(rf"\b{re.escape(word)}", lowered) for word in words):
            return value
    return None


# "het is geen lening", "ik hoef niets terug te betalen": the words of a loan, said to deny it.
_GEEN_LENING = re.compile(
    r"\b(?:geen|niet|nooit)\s+(?:een\s+|als\s+)?(?:lening|geleend|lenen|leen)\b"
    r"|\b(?:hoef|hoeft|hoeven|moet|moeten)\s+(?:\w+\s+)?(?:niet|niets|nooit)\s+(?:\w+\s+)?terug\w*(?:\s+te\s+betalen)?")


def _gift_soort(text: str, vandaag: date) -> str | None:
    text = _GEEN_LENING.sub(" ", text.lower())
    return _keyword(text, {
        "voedselbank": ("voedselbank", "voedselpakket"),
        "lening": ("lening", "leen", "geleend", "lenen", "terugbetal", "terug betal"),
        "in_natura": ("boodschap", "huur", "rekening", "betaal", "betaalt", "eten", "kleding", "natura"),
        "geld": ("geld", "contant", "gestort", "overgemaakt", "cash", "euro"),
    })


def _arbeidsvermogen(text: str, vandaag: date) -> str | None:
    return _keyword(text, {
        "geen_duurzaam": ("geen", "nooit", "helemaal niet"),
        "beperkt": ("beperkt", "beetje", "minder", "deels", "paar uur", "halve"),
        "volledig": ("volledig", "ja", "gewoon", "fulltime", "helemaal"),
    }) or ({False: "geen_duurzaam", True: "volledig"}.get(parse.ja_nee(text)))


def _ja_nee(text: str, vandaag: date) -> bool | None:
    return parse.ja_nee(text)


# "de jongste is jonger dan 5", "de jongste is 5 tot 12 jaar", "de jongste is 12 of ouder"
_KIND_JONGER = re.compile(r"\bjonger\s+dan\s+(\d{1,2})\b")
_KIND_TUSSEN = re.compile(r"\b(\d{1,2})\s+tot\s+(\d{1,2})\b")
_KIND_OUDER = re.compile(r"\b(\d{1,2})\s*(?:jaar\s+)?of\s+ouder\b")


def kind_groep(text: str) -> dict | None:
    """An age group of the youngest child, as the buttons of the plichten form say it:
    {"van": 0, "tot": 5}, {"van": 5, "tot": 12} or {"van": 12, "tot": None} (van included, tot not)."""
    lowered = text.lower()
    if m := _KIND_JONGER.search(lowered):
        return {"van": 0, "tot": int(m[1])}
    if (m := _KIND_TUSSEN.search(lowered)) and int(m[1]) < int(m[2]):
        return {"van": int(m[1]), "tot": int(m[2])}
    if m := _KIND_OUDER.search(lowered):
        return {"van": int(m[1]), "tot": None}
    return None


def kind_leeftijd_voor_berekening(value: Any) -> Any:
    """An age group counts as its lowest age; knowledge/ gives every age in the group the same answer."""
    return value["van"] if isinstance(value, dict) else value


def _medebewoners(text: str, vandaag: date) -> list | None:
    found = parse.medebewoners(text)
    if found is None:
        return None
    return [{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in found]


@dataclass(frozen=True)
class Vraag:
    slot: str
    parser: Callable[[str, date], Any]
    opnieuw: str            # response for a kind re-ask with an example
    veld: str               # the word for this answer in "wat wilt u aanpassen?"
    aanname: str | None     # where the assumption for "weet ik niet" is written (a knowledge/ text key
                            # or a domain response); None: without this answer nothing can be computed


VRAGEN = {
    v.slot: v
    for v in [
        Vraag("gift_bedrag", _bedrag, "utter_opnieuw_bedrag", "bedrag", None),
        Vraag("gift_soort", _gift_soort, "utter_opnieuw_keuze", "soort", "aanname.gift_soort_onbekend"),
        Vraag("gift_datum", _datum, "utter_opnieuw_datum", "wanneer", "aanname.gift_datum_onbekend"),
        Vraag("leeftijd", _leeftijd, "utter_opnieuw_leeftijd", "leeftijd", None),
        Vraag("leefsituatie", _leefsituatie, "utter_opnieuw_keuze", "wonen", "aanname.leefsituatie_onbekend"),
        Vraag("jongste_kind_leeftijd", _leeftijd, "utter_opnieuw_leeftijd", "kind", "utter_aanname_kind"),
        Vraag("partner_leeftijd", _leeftijd, "utter_opnieuw_leeftijd", "partner", "aanname.partner_leeftijd"),
        Vraag("ouders_kunnen_bijdragen", _ja_nee, "utter_opnieuw_keuze", "ouders",
              "utter_aanname_ouders_kunnen_bijdragen"),
        Vraag("inkomsten", _bedrag, "utter_opnieuw_bedrag", "verdienen", None),
        Vraag("start_werk", _datum, "utter_opnieuw_datum", "sinds", "aanname.start_werk_onbekend"),
        Vraag("arbeidsvermogen", _arbeidsvermogen, "utter_opnieuw_keuze", "werken", "utter_aanname_arbeidsvermogen"),
        Vraag("mantelzorg", _ja_nee, "utter_opnieuw_keuze", "mantelzorg", "utter_aanname_mantelzorg"),
        Vraag("medebewoners", _medebewoners, "utter_opnieuw_medebewoners", "huisgenoten", None),
    ]
}
# Slot value for "weet ik niet" where an assumption is made: the word knowledge/ takes as well.
ONBEKEND = knowledge.ONBEKEND
# What a first message that starts a form may already tell, and how to read it from the
# whole message: "ik ben 34" is the person's age, "sinds 1 oktober" when work started.
EERSTE_BERICHT: dict[str, Callable[[str, date], Any]] = {
    "gift_bedrag": _bedrag, "gift_soort": _gift_soort, "gift_datum": _datum, "inkomsten": _eigen_loon,
    "leeftijd": lambda text, vandaag: aow_en_aio.leeftijd_nu(text, vandaag) or _eerste_van_stel(text),  # "ik word in maart 67": 66 now
    "leefsituatie": feiten_uit_bericht.leefsituatie,  # "ik woon met mijn zoon van 30": on their own
    "start_werk": lambda text, vandaag: _iso(feiten_uit_bericht.start_werk(text, vandaag)),
    "medebewoners": feiten_uit_bericht.huisgenoten_uit_bericht,
    "jongste_kind_leeftijd": feiten_uit_bericht.jongste_kind_uit_bericht,
    "partner_leeftijd": feiten_uit_bericht.partner_leeftijd,
    "arbeidsvermogen": feiten_uit_bericht.arbeidsvermogen_uit_bericht,
    "ouders_kunnen_bijdragen": feiten_uit_bericht.ouders_kunnen_bijdragen,
    "mantelzorg": feiten_uit_bericht.mantelzorg_uit_bericht,
}
# The slots a first message fills by itself (an amount the model found): these read the whole message.
PREFILL = ("gift_bedrag", "gift_soort", "gift_datum", "inkomsten")
# Which answers a person may give straight away, unasked, as a correction.
DIRECT_CORRIGEERBAAR = ("gift_bedrag", "inkomsten", "gift_datum", "start_werk", "gift_soort", "leefsituatie")


def onder_volwassenennorm(tracker: Tracker) -> bool:
    """Under 21: art. 20 lid 3 (parents who cannot help) can raise the norm."""
    leeftijd = tracker.get_slot("leeftijd")
    grens = knowledge.waarde("leeftijd.volwassenennorm", peildatum(tracker))
    return isinstance(leeftijd, int) and grens is not None and leeftijd < grens


def aow_leeftijd_bereikt(tracker: Tracker) -> bool:
    leeftijd = tracker.get_slot("leeftijd")
    return isinstance(leeftijd, int) and leeftijd >= knowledge.waarde("leeftijd.aow_jaren", peildatum(tracker))


def zelfde_periode(nieuw: Any, eerder: Any) -> Any:
    """'nee, 60 euro' about a gift of 50 euro per month means 60 per month: a correction
    that names only the amount keeps the period of the amount it corrects."""
    if isinstance(nieuw, dict) and nieuw.get("periode") is None and isinstance(eerder, dict) and eerder.get("periode"):
        return {**nieuw, "periode": eerder["periode"]}
    return nieuw


def intent(tracker: Tracker) -> tuple[str, float]:
    """The intent of the latest message; a calculator's intent (bereken_X) as the topic of its form, so that
    'ik wil 5 weken naar Marokko, mag dat?' (bereken_verblijf_buitenland) inside another form is a side question."""
    found = tracker.latest_message.get("intent") or {}
    return onderwerp_van(found.get("name") or ""), float(found.get("confidence") or 0)


def onderwerp_van(name: str) -> str:
    """bereken_norm -> bijstandsnorm (the TOPIC of norm_form); any other intent stays itself."""
    if not name.startswith("bereken_"):
        return name
    from actions.rekenhulpen import REKENHULPEN  # the forms import this module
    module = REKENHULPEN.get(name.removeprefix("bereken_") + "_form")
    return module.TOPIC if module is not None else name


class RekenhulpForm(FormValidationAction, ABC):
    """Shared validation of the four calculator forms."""

    @property
    @abstractmethod
    def form(self) -> str:
        """The form this validates, as named in bot/domain/rekenhulp-*.yml."""

    topic = ""  # the intent whose general answer fits this calculator
    vragen: list[str] = []  # the slots this form asks, in order (its module's SLOTS)

    def name(self) -> str:
        return f"validate_{self.form}"

    async def run(self, dispatcher, tracker, domain):
        with in_sessievariant(tracker):  # amounts said back as the session writes them ("€1,200" in English)
            return await super().run(dispatcher, tracker, domain)

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        situatie = tracker.get_slot("leefsituatie")
        slots = [s for s in domain_slots if s != "jongste_kind_leeftijd" or situatie == "alleenstaande_ouder"]
        slots = [s for s in slots if s != "partner_leeftijd" or situatie == "gehuwden"]
        slots = [s for s in slots if s != "ouders_kunnen_bijdragen" or onder_volwassenennorm(tracker)]
        weglaten = self.weglaten(tracker)
        return [s for s in slots if s not in weglaten]

    def weglaten(self, tracker: Tracker) -> set[str]:
        """Slots this form does not need for this person (a form may say so)."""
        return set()

    async def next_requested_slot(self, dispatcher, tracker, domain):
        if tracker.get_slot("rekenhulp_klaar"):
            return SlotSet("requested_slot", None)
        return await super().next_requested_slot(dispatcher, tracker, domain)

    async def get_validation_events(self, dispatcher, tracker, domain) -> list[dict]:
        wanted = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        updates: dict[str, Any] = {}
        te_controleren = tracker.slots_to_validate()
        eerste_tekst = tracker.latest_message.get("text") or ""
        if self.begint(tracker) and crisis.in_crisis(eerste_tekst):
            # "ik heb 3 kinderen en vandaag geen eten" read as a calculator: the crisis answer, no form.
            mens.noodhulp(dispatcher, tracker, domain, crisis.in_gevaar(eerste_tekst))
            return [SlotSet(slot, value) for slot, value in self.stop().items()]
        if self.begint(tracker) and "utter_inlichtingenplicht_vergeten" in domain.get("responses", {}) and \
                feiten_uit_bericht.vergeten_door_te_geven(laatste_bericht(tracker)):
            # "i forgot to tell that i worked 2 weeks in oktober, is it a big problem" read as the trip calculator:
            # what happens when something was not reported (report it now, pay back, a fine or a warning), no form.
            dispatcher.utter_message(response="utter_inlichtingenplicht_vergeten", **template_values(tracker))
            return [SlotSet(slot, value) for slot, value in self.stop().items()]
        if self.begint(tracker) and "utter_erfenis" in domain.get("responses", {}) and \
                feiten_uit_bericht.erfenis_genoemd(laatste_bericht(tracker)):
            # "mijn tante liet me 30000 euro na, wat betekent dat voor mijn uitkering" read as the gift calculator: an
            # inheritance counts as vermogen (art. 34), not as a gift; the erfenis answer with its facts, no form.
            tekst = laatste_bericht(tracker)
            eigen = feiten_uit_bericht.antwoord("erfenis", tekst, peildatum(tracker), domain)
            if eigen is not None:
                zeg_feit(dispatcher, tracker, eigen, template_values(tracker))
            else:
                dispatcher.utter_message(response="utter_erfenis", **template_values(tracker))
            return [SlotSet(slot, value) for slot, value in self.stop().items()]
        if self.begint(tracker) and "utter_terugvordering_verrekenen" in domain.get("responses", {}) and \
                feiten_uit_bericht.gemeente_houdt_in(laatste_bericht(tracker), peildatum(tracker)) is not None:
            # "de gemeente houdt elke maand 200 in voor een oude schuld" read as the gift calculator: no gift, the
            # gemeente offsets a claim against the bijstand (verrekenen, art. 60) and must leave the beslagvrije voet.
            dispatcher.utter_message(response="utter_terugvordering_verrekenen", **template_values(tracker))
            return [SlotSet(slot, value) for slot, value in self.stop().items()]
        if self.begint(tracker) and not set(te_controleren) & set(PREFILL):
            # Started by "reken uit wat ik overhoud als ik 800 verdien" (no amount the model marked): the
            # first message is read all the same, so nothing it says is asked.
            updates.update(self.bij_start(dispatcher, tracker, domain))
            tracker.slots.update(updates)
        for slot, value in te_controleren.items():
            if slot in PREFILL and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                value = " ".join(value)  # two amounts the model marked: the first message says what each is
            if not vorm_klopt(slot, value):
                updates[slot] = None  # not a value the actions made (e.g. typed `/giften{...}`): ask again
                tracker.slots.update(updates)
                continue
            if slot == "jongste_kind_leeftijd" and isinstance(value, dict) and not self.kind_groep_genoeg(value, tracker):
                updates[slot] = None  # an age group from another calculator is too rough here: ask the age
                tracker.slots.update(updates)
                continue
            if not isinstance(value, str) or value == ONBEKEND:
                continue  # understood before, in an earlier turn or form
            if slot in wanted and slot in VRAGEN | {"bevestigd": None}:
                updates.update(self.beoordeel(slot, str(value), dispatcher, tracker, domain))
                tracker.slots.update(updates)
        return [SlotSet(slot, value) for slot, value in updates.items()]

    def beoordeel(self, slot: str, text: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """What the answer to `slot` means; utters any re-ask or side answer.
        An English answer in an English session is read as Dutch (actions/engels.py)."""
        getypt, text = text, engels.in_sessietaal(text, variant(tracker))
        asked = tracker.get_slot("requested_slot") == slot
        name, confidence = intent(tracker)
        values = template_values(tracker)
        if asked and name == taal.INTENT:
            # Another language chosen while the form waits (issue #15): only `variant` changes, the question comes again.
            return {slot: None, **taal.kies_in_formulier(dispatcher, tracker, domain)}
        if asked and self.is_crisis(slot, text, name, confidence, tracker, getypt):
            mens.noodhulp(dispatcher, tracker, domain, crisis.in_gevaar(getypt) or crisis.in_gevaar(text))
            return self.stop()
        if asked and self.wil_stoppen(slot, text, name, confidence, tracker):
            dispatcher.utter_message(response="utter_gestopt")
            return self.stop()
        if slot == "bevestigd":
            return self.bevestiging(text, dispatcher, tracker, domain)
        vraag = VRAGEN[slot]
        if asked and parse.weet_niet(text):
            return self.weet_niet(vraag, dispatcher, tracker, values)
        if not asked:
            # Filled before this question: an answer from an earlier form, or a first message.
            if slot not in PREFILL:
                return {slot: vraag.parser(text, peildatum(tracker))}
            return self.uit_eerste_bericht(slot, dispatcher, tracker, domain)
        if self.is_zijvraag(text, name, confidence, domain):
            # "ik wil 5 weken naar Marokko, mag dat?" while the form asks the age: a question, not an age.
            return self.zijvraag(slot, name, text, dispatcher, tracker, domain, values)
        if (opnieuw := self.andere_situatie(text, name, confidence, dispatcher, tracker, domain)) is not None:
            return opnieuw
        correction = self.correctie(text, tracker, exclude=slot)
        if correction:
            return {slot: None, **correction}
        value = vraag.parser(text, peildatum(tracker))
        if value is not None:
            return {slot: value, **self.extra(slot, value), **self.kind_uit_antwoord(slot, value, text, tracker),
                    "mislukt": None}
        if is_onderwerp(name, domain) and confidence >= SURE:
            return self.zijvraag(slot, name, text, dispatcher, tracker, domain, values)
        return self.opnieuw(vraag, dispatcher, tracker, values)

    def is_zijvraag(self, text: str, name: str, confidence: float, domain: dict) -> bool:
        """A question about another topic, asked while the form waits: it is answered first, even
        when a number in it could be read as the answer."""
        return name != self.topic and is_onderwerp(name, domain) and confidence >= SURE and is_vraag(text)

    def andere_situatie(self, text: str, name: str, confidence: float, dispatcher, tracker: Tracker,
                        domain: dict) -> dict | None:
        """'ik ben 25 en mijn vrouw is 20, geen kinderen. wat is onze bijstand' while this form waits (it knew 19):
        the same calculation asked again for another age. The message's facts replace the earlier ones, its first
        answer comes first, and the form asks again only what this message does not say."""
        if name != self.topic or confidence < SURE or not is_vraag(text) or "leeftijd" not in self.slots():
            return None
        vandaag = peildatum(tracker)
        found = {}
        for other in self.slots():
            value = EERSTE_BERICHT[other](text, vandaag) if other in EERSTE_BERICHT else None
            if value is not None:
                found.update({other: value, **self.extra(other, value)})
        if found.get("leeftijd") is None or tracker.get_slot("leeftijd") in (None, found["leeftijd"]):
            return None
        with in_sessievariant(tracker):
            eerst = self.eerst_zeggen(found, tracker, domain)
        if eerst is not None and eerst[0] in domain.get("responses", {}):
            dispatcher.utter_message(response=eerst[0], **template_values(tracker), **eerst[1])
        return {**{other: None for other in self.slots()}, "bevestigd": None, "aanpassen": None, **found}

    def zijvraag(self, slot: str, name: str, text: str, dispatcher, tracker: Tracker, domain: dict,
                 values: dict) -> dict:
        """Answer the other topic (with the facts in the question), then the form asks its question again."""
        eigen = feiten_uit_bericht.antwoord(name, text, peildatum(tracker), domain)
        if eigen is not None:
            zeg_feit(dispatcher, tracker, eigen, values)
        else:
            dispatcher.utter_message(response=f"utter_{name}", **values)
        return {slot: None}

    def uit_eerste_bericht(self, slot: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """A form started by a message like 'mijn moeder betaalt elke maand 50 euro aan boodschappen':
        take what that whole message already says; the summary lets the person correct it.
        What holds in general for that amount comes first, before the next question."""
        text = laatste_bericht(tracker)
        found = {}
        for other in self.slots():
            value = EERSTE_BERICHT[other](text, peildatum(tracker)) if other in EERSTE_BERICHT else None
            if value is not None and (other == slot or tracker.get_slot(other) is None):
                found.update({other: value, **self.extra(other, value)})
        # What holds for the facts of the message comes first, also when the first question's fact is not among
        # them ("hoeveel bijstand krijg ik als ik met mijn zoon van 30 woon": the norm, then the age), or when
        # they were found before (a trip taken from the conversation). Not for a button.
        getypt = bool(text) and not text.startswith("/")
        with in_sessievariant(tracker):  # the assumptions said in the session's language (not 'Ik weet niet of u ...')
            eerst = self.eerst_zeggen(found, tracker, domain) if found or getypt else None
        if eerst is not None and domain.get("responses") and eerst[0] not in domain["responses"]:
            eerst = None  # no such answer: the next question, as before
        if eerst is not None:
            response, values = eerst
            dispatcher.utter_message(response=response, **template_values(tracker), **values)
        return {slot: None, **found}

    def begint(self, tracker: Tracker) -> bool:
        """True on the form's first turn: the form is not the active loop yet (at activation), or it is and
        the message that started it is the latest one."""
        loop = tracker.active_loop or {}
        if loop.get("name") != self.form:
            return True
        trigger = (loop.get("trigger_message") or {}).get("message_id")
        return trigger is not None and trigger == tracker.latest_message.get("message_id")

    def bij_start(self, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """What the whole first message already says (its amount, the person's age, how they live), read as
        when the model had marked the amount. Nothing known is overwritten with 'not said'."""
        eerste = next((slot for slot in self.slots() if slot in PREFILL), None) or \
            next((slot for slot in self.slots() if slot in EERSTE_BERICHT), None)
        text = tracker.latest_message.get("text") or ""
        if eerste is None or not text or text.startswith("/"):
            return {}
        found = self.uit_eerste_bericht(eerste, dispatcher, tracker, domain)
        return {slot: value for slot, value in found.items() if value is not None}

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """The response (and its values) that says what holds for the facts of a first message.
        A form with such a rule says so; by default nothing comes before the next question."""
        return None

    def is_crisis(self, slot: str, text: str, name: str, confidence: float, tracker: Tracker,
                  getypt: str = "") -> bool:
        """Crisis goes before everything, by the words topics go by too (crisis.in_crisis: danger or an
        acute need, read in what was typed, before an English answer is rewritten); but a one-word answer
        like 'geld' is just an answer."""
        if crisis.in_crisis(getypt) or crisis.in_crisis(text):
            return True
        if name != "noodsituatie" or confidence < SURE:
            return False
        is_answer = slot != "bevestigd" and VRAGEN[slot].parser(text, peildatum(tracker)) is not None
        return not is_answer or len(text.split()) >= CRISIS_MIN_WORDS

    def wil_stoppen(self, slot: str, text: str, name: str, confidence: float, tracker: Tracker) -> bool:
        """'stop', 'laat maar': but an answer that fits the question is an answer."""
        if text.strip().lower() in STOP_WORDS:
            return True
        is_answer = slot != "bevestigd" and VRAGEN[slot].parser(text, peildatum(tracker)) is not None
        return name == "stoppen" and confidence >= STOP_SURE and not is_answer

    # Ages of the youngest child at which the answer of this calculator changes (knowledge/ parameters).
    # Only these forms take an age group instead of an exact age.
    kind_grenzen: tuple[str, ...] = ()

    def kind_groep_genoeg(self, groep: dict, tracker: Tracker) -> bool:
        """True when every age in the group gets the same answer from this calculator."""
        if not self.kind_grenzen:
            return False
        for naam in self.kind_grenzen:
            grens = knowledge.waarde(naam, peildatum(tracker))
            if grens is None:
                return False  # no age known on this date: ask the exact age
            if groep["van"] < grens and (groep["tot"] is None or groep["tot"] > grens):
                return False
        return True

    def kind_uit_antwoord(self, slot: str, value: Any, text: str, tracker: Tracker) -> dict:
        """'alleen met mijn dochter van 3', or a button with the youngest child's age group:
        the answer about living also answers the next question."""
        if slot != "leefsituatie" or value != "alleenstaande_ouder" or "jongste_kind_leeftijd" not in self.slots():
            return {}
        groep = kind_groep(text)
        if groep is not None:
            return {"jongste_kind_leeftijd": groep} if self.kind_groep_genoeg(groep, tracker) else {}
        kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
        if kinderen and all(m.leeftijd is not None for m in kinderen):
            return {"jongste_kind_leeftijd": min(m.leeftijd for m in kinderen)}
        return {}

    def extra(self, slot: str, value: Any) -> dict:
        """Slots that follow from an answer (the period of a recurring gift)."""
        if slot == "gift_bedrag":
            return {"gift_periode": value["periode"]}
        return {}

    def stop(self) -> dict:
        return {"rekenhulp_klaar": True, "bevestigd": None, "mislukt": None}

    def weet_niet(self, vraag: Vraag, dispatcher, tracker: Tracker, values: dict) -> dict:
        if vraag.aanname:
            return {vraag.slot: ONBEKEND, "onbekend": [*(tracker.get_slot("onbekend") or []), vraag.slot]}
        if tracker.get_slot("mislukt") == "weet_niet":
            dispatcher.utter_message(response="utter_weet_niet_dan_algemeen")
            dispatcher.utter_message(response=f"utter_{self.topic}", **values)
            return self.stop()
        dispatcher.utter_message(response="utter_opnieuw_schatting")
        return {vraag.slot: None, "mislukt": "weet_niet"}

    def opnieuw(self, vraag: Vraag, dispatcher, tracker: Tracker, values: dict) -> dict:
        """A kind re-ask with an example; the second time in a row, a way out."""
        if tracker.get_slot("mislukt") == vraag.slot:
            dispatcher.utter_message(response="utter_vast_gelopen", **values)
        else:
            dispatcher.utter_message(response=vraag.opnieuw)
        return {vraag.slot: None, "mislukt": vraag.slot}

    def correctie(self, text: str, tracker: Tracker, exclude: str = "") -> dict:
        """'nee, het was 200': a new value for an answer given earlier in this form."""
        if not CORRECTION.search(text):
            return {}
        for slot in DIRECT_CORRIGEERBAAR:
            if slot != exclude and slot in self.slots():
                value = VRAGEN[slot].parser(text, peildatum(tracker))
                if value is not None:
                    value = zelfde_periode(value, tracker.get_slot(slot))
                    return {slot: value, **self.extra(slot, value)}
        return {}

    def slots(self) -> list[str]:
        return list(self.vragen)

    def bevestiging(self, text: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """The answer to the summary: yes, no, which answer to change, or a new value."""
        if tracker.get_slot("aanpassen"):
            veld = next((s for s in self.slots() if s in VRAGEN and VRAGEN[s].veld in text.lower()), None)
            if veld:
                return {veld: None, "bevestigd": None, "aanpassen": None}
        correction = self.correctie(text, tracker) if parse.ja_nee(text) is not True else {}
        if correction:
            return {**correction, "bevestigd": None, "aanpassen": None}
        answer = parse.ja_nee(text)
        if answer is True:
            return {"bevestigd": True, "aanpassen": None}
        dispatcher.utter_message(response=f"utter_woord_fields_{self.form}")
        return {"bevestigd": None, "aanpassen": True}
