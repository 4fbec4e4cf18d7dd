"""A human within reach: "Praat met een mens", the crisis answer, and the livechat handover.

Whether the gemeente is open comes from the opening hours in its settings file
(wegwijs/openingstijden.py) at the moment `nu()`: Dutch time now, or
WEGWIJS_NU (an ISO time) so a test can choose the moment. The numbers come
from knowledge/ and the settings file; every text from bot/domain/mens.yml
and hulp.yml. Crisis numbers always show, whether the gemeente is open or not.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.bericht import Teksten, extra, link
from actions.context import gemeente_code, vorige_antwoord_was
from knowledge.teksten import datum
from wegwijs.gemeente import Gemeente, laad_gemeente
from wegwijs.openingstijden import TIJDZONE, WEEKDAGEN, status
from wegwijs.redactie import redact

NU_ENV = "WEGWIJS_NU"
ACTION = "action_mens_spreken"
SAMENVATTING_BERICHTEN = 3  # the resident's last messages that go along to the livechat, if they agree
SAMENVATTING_MAX_TEKENS = 300
SAMENVATTING_PARAMETER = "samenvatting"  # the query parameter of the livechat url (docs/gemeente.md)


def nu() -> datetime:
    """Now in the Netherlands, or the moment WEGWIJS_NU names (tests)."""
    fixed = os.environ.get(NU_ENV)
    if fixed:
        moment = datetime.fromisoformat(fixed)
        return moment.replace(tzinfo=TIJDZONE) if moment.tzinfo is None else moment.astimezone(TIJDZONE)
    return datetime.now(TIJDZONE)


def gemeente_van(tracker: Tracker) -> Gemeente:
    return laad_gemeente(gemeente_code(tracker))


# --- open or closed -------------------------------------------------------------

def tijd(moment: datetime) -> str:
    """'9.00', '17.30'."""
    return f"{moment.hour}.{moment.minute:02d}"


def vanaf_tekst(t: Teksten, vanaf: datetime, moment: datetime) -> str:
    """'vandaag vanaf 9.00 uur', 'morgen vanaf 9.00 uur', 'op maandag 7 december 2026 vanaf 9.00 uur'."""
    if vanaf.date() == moment.date():
        return t("utter_woord_vandaag_vanaf", tijd=tijd(vanaf))
    if vanaf.date() == moment.date() + timedelta(days=1):
        return t("utter_woord_morgen_vanaf", tijd=tijd(vanaf))
    return t("utter_woord_dag_vanaf", dag=WEEKDAGEN[vanaf.weekday()], datum=datum(vanaf.date()), tijd=tijd(vanaf))


def status_tekst(t: Teksten, gemeente: Gemeente, moment: datetime) -> str:
    """Open now until when, closed until when, or where the hours are: never "always"."""
    if gemeente.tijden is None:
        return t("utter_mens_tijden_onbekend")
    nu_status = status(gemeente.tijden, moment)
    if nu_status.open:
        return t("utter_mens_open", tot=tijd(nu_status.tot))
    if nu_status.vanaf is None:
        return t("utter_mens_gesloten_lang")
    return t("utter_mens_gesloten", vanaf=vanaf_tekst(t, nu_status.vanaf, moment))


def is_open(gemeente: Gemeente, moment: datetime) -> bool:
    return gemeente.tijden is not None and status(gemeente.tijden, moment).open


# --- the links -----------------------------------------------------------------

def bel_gemeente(t: Teksten) -> list[dict]:
    return [link(t("utter_woord_link_bel_gemeente"), t.values["gemeente_telefoon_url"])]


def route_links(t: Teksten, gemeente: Gemeente) -> list[dict]:
    """The written routes (and Teletolk); the livechat gets a button of its own, only while open."""
    return [link(t(f"utter_woord_route_{r.soort}"), r.url) for r in gemeente.routes if r.soort != "livechat"]


def hulp_links(t: Teksten) -> list[dict]:
    return [link(t("utter_woord_link_juridisch_loket"), t.values["telefoon_juridisch_loket_url"]), *crisis_links(t)]


def crisis_links(t: Teksten) -> list[dict]:
    return [link(t("utter_woord_link_113"), t.values["telefoon_113_url"]),
            link(t("utter_woord_link_112"), t.values["telefoon_112_url"])]


def livechat(gemeente: Gemeente) -> str | None:
    return next((r.url for r in gemeente.routes if r.soort == "livechat"), None)


# --- Praat met een mens ----------------------------------------------------------

class ActionMensSpreken(Action):
    """Open now or closed until when, other ways to reach the gemeente, free advice and the crisis numbers."""

    def name(self) -> str:
        return ACTION

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        t, gemeente, moment = Teksten(domain, tracker), gemeente_van(tracker), nu()
        status_zin = f"{t('utter_mens_bellen')} {status_tekst(t, gemeente, moment)}"
        chat = livechat(gemeente) if is_open(gemeente, moment) else None
        buttons = t.buttons("utter_mens_livechat") if chat else []
        if vorige_antwoord_was(tracker, ACTION):
            # Pressed again: not the same wall of text, but the status now and every link in one bubble.
            links = [*bel_gemeente(t), *route_links(t, gemeente), *hulp_links(t)]
            dispatcher.utter_message(text=f"{status_zin} {t('utter_mens_nog_eens')}", buttons=buttons,
                                     json_message=extra(links=links))
            return []
        eerste = f"{status_zin} {t('utter_mens_livechat')}" if chat else status_zin
        dispatcher.utter_message(text=eerste, buttons=buttons, json_message=extra(links=bel_gemeente(t)))
        routes = route_links(t, gemeente)
        if routes:
            dispatcher.utter_message(text=t("utter_mens_schrijven"), json_message=extra(links=routes))
        dispatcher.utter_message(text=t("utter_mens_hulp"), json_message=extra(links=hulp_links(t)))
        return []


# --- the livechat handover, with a summary only if the resident agrees -------------

def samenvatting(tracker: Tracker) -> str:
    """The resident's last few messages, redacted: what the medewerker would otherwise ask again."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    typed = [redact(text).strip() for text in said if text and not text.startswith("/")]
    joined = " / ".join(text for text in typed[-SAMENVATTING_BERICHTEN:] if text)
    return joined[:SAMENVATTING_MAX_TEKENS]


def met_samenvatting(url: str, tekst: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{urlencode({SAMENVATTING_PARAMETER: tekst})}"


class ActionLivechatVragen(Action):
    """Before the handover: say what would be sent along, and ask whether that is all right."""

    def name(self) -> str:
        return "action_livechat_vragen"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        t, gemeente = Teksten(domain, tracker), gemeente_van(tracker)
        url = livechat(gemeente)
        if url is None or not is_open(gemeente, nu()):
            return ActionMensSpreken().run(dispatcher, tracker, domain)
        tekst = samenvatting(tracker)
        if not tekst:
            dispatcher.utter_message(text=t("utter_livechat_open"), json_message=extra(links=chat_link(t, url)))
            return []
        dispatcher.utter_message(text=t("utter_livechat_vragen", samenvatting=tekst),
                                 buttons=t.buttons("utter_livechat_vragen"))
        return []


def chat_link(t: Teksten, url: str) -> list[dict]:
    return [link(t("utter_woord_link_livechat"), url)]


class ActionLivechatOpenen(Action):
    """The link to the livechat: with the summary when the resident said yes, without it when no."""

    def name(self) -> str:
        return "action_livechat_openen"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        t, gemeente = Teksten(domain, tracker), gemeente_van(tracker)
        url = livechat(gemeente)
        if url is None or not is_open(gemeente, nu()):
            return ActionMensSpreken().run(dispatcher, tracker, domain)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "livechat_met_samenvatting":
            # The same messages as shown in the question: the button presses in between are no text.
            url = met_samenvatting(url, samenvatting(tracker))
        dispatcher.utter_message(text=t("utter_livechat_open"), json_message=extra(links=chat_link(t, url)))
        return []


# --- the crisis answer -------------------------------------------------------------

def betaling_gestopt(text: str) -> str | None:
    """The answer about the benefit in a message of acute need: stopped (utter_stopgezet) or not paid
    (utter_uitkering_niet_betaald); None when the message says neither."""
    from actions.feiten_uit_bericht import niet_betaald, uitkering_gestopt  # only in a crisis: no cycle at import
    from actions.feiten_uit_bericht.vaste_teksten import GEEN_GELD_MEER
    from actions.crisis import STOPGEZET_ENGELS
    if not re.search(r"\b(?:bijstand|uitkering|bijstandsuitkering|benefits?|welfare)\b", text.lower()) \
            and not GEEN_GELD_MEER.search(text.lower()):
        return None  # "geen geld, de huur is niet betaald": not about the benefit ("ik krijg geen geld meer" is)
    gevonden = uitkering_gestopt(text, None) or niet_betaald(text, None)
    if gevonden is None and STOPGEZET_ENGELS.search(text):
        return "utter_stopgezet"  # "bijstand stopped", "they stopped my benefit"
    return gevonden.response if gevonden is not None else None


def gevaar(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> None:
    """Words that point to danger: 113 and 112 first, with call links, before any other answer."""
    t = Teksten(domain, tracker)
    dispatcher.utter_message(response="utter_noodsituatie_gevaar", json_message=extra(links=crisis_links(t)),
                             **t.values)


def noodhulp(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, in_gevaar: bool) -> None:
    """Two or three short bubbles with call links: 113 and 112 first when words point to danger,
    then money and food (with whether the gemeente is open now), then housing and debts, then 113 and 112."""
    t, gemeente = Teksten(domain, tracker), gemeente_van(tracker)
    if in_gevaar:
        gevaar(dispatcher, tracker, domain)
    from actions.crisis import in_geweld, in_nood  # crisis imports mens in a crisis only: no cycle at import
    tekst = tracker.latest_message.get("text") or ""
    betaling = betaling_gestopt(tekst)
    if betaling is not None and betaling in domain.get("responses", {}) and not (in_gevaar or in_nood(tekst)
                                                                                  or in_geweld(tekst)):
        # "waarom krijg ik geen geld meer, ik heb alles ingeleverd" read as an acute need, with no words of one (no
        # food, danger, violence): what was asked (why the money stopped, a voorschot, bezwaar) comes first; the help
        # for today follows.
        dispatcher.utter_message(response=betaling, **t.values)
        dispatcher.utter_message(response="utter_noodsituatie", json_message=extra(links=bel_gemeente(t)),
                                 gemeente_status=status_tekst(t, gemeente, nu()), **t.values)
        dispatcher.utter_message(response="utter_noodsituatie_wonen", **t.values)
        dispatcher.utter_message(response="utter_noodsituatie_113", json_message=extra(links=crisis_links(t)), **t.values)
        return
    if in_geweld(tracker.latest_message.get("text") or "") and "utter_noodsituatie_geweld" in domain.get("responses", {}):
        # Violence at home ("haar man heeft haar net geslagen"): 112 and Veilig Thuis before anything else.
        dispatcher.utter_message(response="utter_noodsituatie_geweld",
                                 json_message=extra(links=[link(t("utter_woord_link_112"), t.values["telefoon_112_url"]),
                                                           link(t("utter_woord_link_veilig_thuis"),
                                                                t.values["telefoon_veilig_thuis_url"])]),
                                 **t.values)
    dispatcher.utter_message(response="utter_noodsituatie", json_message=extra(links=bel_gemeente(t)),
                             gemeente_status=status_tekst(t, gemeente, nu()), **t.values)
    betaling = betaling_gestopt(tracker.latest_message.get("text") or "")
    if betaling is not None and betaling in domain.get("responses", {}):
        # "vandaag geen brood en mijn bijstand is niet betaald": after the help for today, what to do about the
        # money that did not come (ask why, voorschot) or the benefit that was stopped (bezwaar, spoed).
        dispatcher.utter_message(response=betaling, **t.values)
    if in_gevaar:
        # 113 and 112 were said first: the buttons go under the last bubble.
        dispatcher.utter_message(response="utter_noodsituatie_wonen", buttons=t.buttons("utter_noodsituatie_113"),
                                 **t.values)
        return
    dispatcher.utter_message(response="utter_noodsituatie_wonen", **t.values)
    dispatcher.utter_message(response="utter_noodsituatie_113", json_message=extra(links=crisis_links(t)), **t.values)
