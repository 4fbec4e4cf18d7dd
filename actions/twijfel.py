"""Not sure what was meant: say so and offer the closest topics or a person (issue #20, part 2).

The model gives a ranking of intents with a confidence each. On the developers'
held-out set (tests/nlu/heldout.yml) the top intent was right in 2 of 11 cases
below a confidence of 0.3, in about 7 of 10 between 0.3 and 0.55, and nearly
always above that. So:

* below NIET_ZEKER Wegwijs gives no answer: it says it is not sure and offers
  the closest topics (each topic's button, utter_knop_<intent>) and a person;
* below TWIJFEL it answers the most likely topic, then says it is not sure that
  was the question and offers the next closest topics;
* when the two likeliest topics are close (less than DICHTBIJ apart) and the message holds no
  fact that decides the first one, Wegwijs answers the first, then asks "Gaat uw vraag over A of
  over B?" with both as buttons and a person (on the held-out sets the first of two close topics
  was right in about 1 of 3 cases, one of the two in more than 9 of 10; asking instead of
  answering cost a first reply the answers subset of make test needs);
* a message the model reads as "ja" or "nee" with no question open, but that holds
  more words than a plain yes or no ("mag dat of niet", "klopt het bedrag"), gets
  the same "not sure" with the closest topics, not "Dat is goed"; so does a
  statement ("informeren") the model is unsure of.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import crisis, engels, feiten_uit_bericht, parse
from actions.context import in_sessievariant, peildatum, template_values, variant
from wegwijs.rasa.taalherkenning import ONZIN
from wegwijs.rasa.taalwissel import UITKOMST
from wegwijs.responses import variation_for
from wegwijs.signalen import REKENHULP_ONDERWERP

NIET_ZEKER = 0.3
TWIJFEL = 0.55
DICHTBIJ = 0.1  # two topics closer than this in confidence: ask which one was meant
MIN_KANS = 0.03  # a topic below this confidence is not "close"
MIN_KANS_ONBEGREPEN = 0.1  # after gibberish (the language filter): only topics that came near
MAX_ONDERWERPEN = 3
KNOP = "utter_knop_{}"
MENS = "mens_spreken"
# Intents that are always answered, however unsure: danger and a person come first.
ALTIJD_ANTWOORDEN = {"noodsituatie", MENS, "stoppen", "vergeet_mij"}
# Words of a plain yes, no or thanks ("nee hoor", "ja graag", "oké dank je wel").
_GEWOON = {
    "ja", "jawel", "jazeker", "nee", "neen", "nope", "ok", "oke", "oké", "okay", "okido", "prima", "goed", "klopt",
    "hoor", "wel", "niet", "zeker", "graag", "dank", "danku", "dankje", "dankjewel", "dankuwel", "bedankt",
    "je", "u", "jij", "top", "fijn", "thanks", "nou", "hoor", "akkoord", "dat", "is", "nog", "even", "alles",
}


# A question, not an answer or a statement: a question mark, or the first word of a question.
# "ik ben 50 en woon alleen, wat is mijn uitkering" asks after a comma; so does "I live alone, will I get less".
VRAAGWOORDEN = ("mag", "mogen", "moet", "moeten", "kan", "kunnen", "krijg", "krijgen", "hoe", "hoeveel", "wat",
                "wanneer", "waar", "wie", "waarom", "welke", "telt", "tellen")
VRAAGWOORDEN_ENGELS = ("can", "could", "may", "might", "must", "should", "would", "will", "do", "does", "did",
                       "is", "are", "am", "was", "were", "have", "has", "how", "what", "when", "where", "who", "whom",
                       "whose", "why", "which")
VRAAG = re.compile(r"\?|(?:^|[,.;:]\s*)(?:" + "|".join(VRAAGWOORDEN + VRAAGWOORDEN_ENGELS) + r")\b", re.IGNORECASE)


def is_vraag(text: str) -> bool:
    return bool(VRAAG.search(text or ""))


def gewoon_ja_nee(text: str) -> bool:
    """True for a plain yes, no or thanks; a message with other words asks or tells something more."""
    woorden = re.findall(r"[a-zà-ÿ]+", (text or "").lower())
    return bool(woorden) and all(w in _GEWOON for w in woorden)


def onzin(tracker: Tracker) -> bool:
    """The language filter took the message for gibberish (wegwijs/rasa/taalfilter.py), not the classifier unsure."""
    return tracker.latest_message.get(UITKOMST) == ONZIN


def min_kans_onbegrepen(tracker: Tracker) -> float:
    """After a fallback: a message the classifier was unsure of (its best topic under the FallbackClassifier's
    threshold, nothing near 0.1 on a flat ranking: "heb ik recht op iets", "mijn digid werkt niet") gets the
    closest topics the model saw, as a message just above that threshold does (issue #20 part 2: the closest topics,
    not a general menu only); gibberish only topics that came near (session 14)."""
    return MIN_KANS_ONBEGREPEN if onzin(tracker) else MIN_KANS


def zekerheid(tracker: Tracker) -> float:
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0)


def dichtste_onderwerpen(tracker: Tracker, domain: dict, zonder: set[str] = frozenset(),
                         min_kans: float = MIN_KANS) -> list[str]:
    """The topics the model found most likely, best first, that have a button (at most MAX_ONDERWERPEN)."""
    responses = domain.get("responses", {})
    gevonden = []
    for kans in tracker.latest_message.get("intent_ranking") or []:
        naam = kans.get("name") or ""
        if naam in zonder or naam == MENS or KNOP.format(naam) not in responses:
            continue
        if float(kans.get("confidence") or 0) < min_kans:
            break
        gevonden.append(naam)
        if len(gevonden) == MAX_ONDERWERPEN:
            break
    return gevonden


def knop_titel(naam: str, domain: dict, taal: str) -> str | None:
    """The title of a topic's button in the session's variant (utter_knop_<naam>), None without one."""
    variaties = domain.get("responses", {}).get(KNOP.format(naam)) or []
    return variation_for(variaties, taal)["text"] if variaties else None


def knoppen(onderwerpen: list[str], domain: dict, taal: str = "nl-u") -> list[dict[str, str]]:
    """A button per topic, then one to a person; titles are the topics' utter_knop_ texts."""
    uit = []
    for naam in [*onderwerpen, MENS]:
        if (titel := knop_titel(naam, domain, taal)) is not None:
            uit.append({"title": titel, "payload": f"/{naam}"})
    return uit


def zeg_niet_zeker(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, response: str,
                   zonder: set[str] = frozenset(), min_kans: float = MIN_KANS) -> None:
    """'Ik weet niet zeker wat u bedoelt' with the closest topics (minus ``zonder``) and a person."""
    onderwerpen = dichtste_onderwerpen(tracker, domain, zonder, min_kans)
    dispatcher.utter_message(response=response, buttons=knoppen(onderwerpen, domain, variant(tracker)),
                             **template_values(tracker))


def twee_dichtbij(intent: str, tracker: Tracker, domain: dict) -> list[str] | None:
    """The two likeliest topics when the model can hardly tell them apart (less than DICHTBIJ), both with a
    button, the first being ``intent``; None otherwise (below NIET_ZEKER the closest topics are offered)."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    if intent in ALTIJD_ANTWOORDEN or zekerheid(tracker) < NIET_ZEKER or len(ranking) < 2:
        return None
    (eerste, kans_eerste), (tweede, kans_tweede) = ((k.get("name") or "", float(k.get("confidence") or 0))
                                                    for k in ranking[:2])
    responses = domain.get("responses", {})
    if eerste != intent or kans_eerste - kans_tweede >= DICHTBIJ or tweede in ALTIJD_ANTWOORDEN:
        return None
    return [eerste, tweede] if all(KNOP.format(n) in responses for n in (eerste, tweede)) else None


def vraag_welke(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, onderwerpen: list[str]) -> None:
    """'Gaat uw vraag over A of over B?', with both topics and a person as buttons."""
    taal = variant(tracker)
    a, b = (knop_titel(naam, domain, taal) for naam in onderwerpen)
    dispatcher.utter_message(response="utter_niet_zeker_kiezen", buttons=knoppen(onderwerpen, domain, taal),
                             onderwerp_a=a, onderwerp_b=b, **template_values(tracker))


def te_onzeker(intent: str, tracker: Tracker) -> bool:
    """Too unsure to answer at all."""
    return intent not in ALTIJD_ANTWOORDEN and zekerheid(tracker) < NIET_ZEKER


def twijfel(intent: str, tracker: Tracker) -> bool:
    """Sure enough to answer, not sure enough to leave out the other topics."""
    return intent not in ALTIJD_ANTWOORDEN and NIET_ZEKER <= zekerheid(tracker) < TWIJFEL


# Intents that answer no question: with more words than a plain yes or no, the person meant something else.
GEEN_VRAAG = {"bevestigen": "utter_bevestigen", "ontkennen": "utter_ontkennen", "informeren": "utter_informeren"}


def verdient(text: str) -> bool:
    """True when the message tells what the person earns, with an amount."""
    return any(b.soort == "loon" for b in parse.bedragen(text)) and feiten_uit_bericht.eigen_loon(text) is not None


# "75 per maand van mijn zoon, mag dat?", "75 a month from son ok?": money from a relative or friend with an amount, asked
# about: a gift to weigh against the limit (bereken_giften, onderwerpen.md session 15), whatever the model read (session
# 17: read as informeren, it got "Thank you. What is your question about?"). A loan, alimony from an ex, a wage,
# savings or rent are no gift here.
_GEEN_GIFT = re.compile(r"\b(?:ex|alimentatie|geleend|lening|leen|lenen|huur\w*|terug\w*|toeslag\w*|uitkering|salaris)\b")

# Someone who gives (not a bare "ik krijg 900 per maand", which may be any income).
_GEVER = re.compile(r"\bvan\s+(?:mijn|m'n|mn|me|de|het|onze|ons)\b|\bgeeft\b|\bgaf\b|\bgegeven\b|\bcadeau|\bkado|\bgift"
                    r"|\bgeschonken\b|\bbetaalt\b|\bbetaalde\b")


def krijgt_gift(text: str) -> bool:
    """True when the message names an amount received as a gift (parse's kind 'gift') and nothing that makes it
    another kind of money."""
    return any(b.soort == "gift" and b.bedrag.euro > 0 for b in parse.bedragen(text)) and \
        _GEVER.search(text.lower()) is not None and not _GEEN_GIFT.search(text.lower())


# "je antwoord klopte niet", "wat je zegt is fout", "je hebt het mis": feedback on what Wegwijs said, which is a signaal
# (onderwerpen.md: "your answer was wrong"), whatever else the model read (ontkennen, wat_kun_je, taal, not understood).
# A bare "dat klopt niet" stays a "nee": it mostly answers a question of a form or a summary. "je vorige antwoord",
# "jouw laatste antwoord" are Wegwijs's answers too (session 16); "het antwoord van de gemeente", "het antwoord op mijn
# bezwaar" are not (a decision: bezwaar).
_ANTWOORD_FOUT = re.compile(
    r"\b(?:je|jouw|uw|dit|dat|het|die|jullie)\s+(?:(?:vorige|laatste|eerste|eerdere|tweede|andere|net\s+gegeven)\s+)?"
    r"antwoord\w*(?!\s+(?:van|uit)\s+(?:de|het|mijn|m'n|mn|die|dat|een)\b)"
    r"(?!\s+op\s+(?:mijn|m'n|mn|ons|onze)\s+(?:bezwaar|aanvraag|brief|verzoek|vraag\s+om))"
    r"\s+(?:\w+\s+){0,3}?(?:klopt|klopte|kloppen|is|was|zijn|waren)\s+"
    r"(?:\w+\s+)?(?:niet|fout|verkeerd|onjuist|onzin|raar)\b"
    r"(?!\s+(?:duidelijk|helder|begrijpelijk|te\s+begrijpen|te\s+volgen|makkelijk|simpel))"
    r"|\b(?:verkeerd|fout|onjuist)\s+antwoord\b"
    r"|\b(?:wat\s+)?(?:je|u)\s+(?:zegt|zei|schrijft|schreef)\s+(?:\w+\s+)?(?:klopt|klopte|is|was)\s+(?:\w+\s+)?"
    r"(?:niet|fout|verkeerd|onjuist|onzin)\b"
    r"|\b(?:niet\s+juist|fout|verkeerd|onjuist|onzin)\s+wat\s+(?:je|u)\s+(?:zegt|zei|schrijft|schreef)\b"
    r"|\b(?:je|u)\s+(?:hebt|heeft|had)\s+het\s+(?:fout|mis)\b|\b(?:je|u)\s+zit\s+ernaast\b")


# "deze chatbot is super onduidelijk", "slechte app dit", "wat een waardeloze bot": feedback on Wegwijs itself is a
# signaal too (onderwerpen.md: "feedback about Wegwijs"), read as what Wegwijs can do (session 19, H4). Not a wish for
# simpler words or another language ("je antwoord is niet duidelijk, kan het in makkelijker nederlands": taal).
_WEGWIJS = r"(?:chat\s*bot|bot|app|wegwijs|chat|robot)"
_WEGWIJS_ZELF = r"(?:chat\s*bot|bot|wegwijs|robot)"  # without "deze": not "app" ("mijn bankapp", "de app van digid")
_SLECHT = (r"(?:(?:super|heel|erg|echt|zo|best|nogal|totaal|gewoon)\s+){0,2}(?:onduidelijk|slecht|waardeloos|nutteloos"
           r"|stom|dom|irritant|vaag|onbruikbaar|kut|ruk|verwarrend|onbegrijpelijk|niks\s+waard)")
_KLACHT_WEGWIJS = re.compile(
    rf"\b(?:deze|die|dit|jouw|je|jullie|uw)\s+{_WEGWIJS}\b[^.?!]{{0,20}}?\b(?:is|was|doet|werkt)\s+{_SLECHT}\b"
    rf"|\b(?:slechte|waardeloze|nutteloze|stomme|domme|irritante|vage|onduidelijke|onbruikbare|kut|rot)\s*-?\s*{_WEGWIJS}\b"
    rf"|\b{_WEGWIJS_ZELF}\s+(?:is\s+)?{_SLECHT}\b")
_WIL_SIMPELER = re.compile(r"makkelijk|simpel|eenvoudig|andere\s+woorden|duidelijker|engels|english|\btaal\b|nederlands"
                           r"|langzamer|korter")


def signaal_over_antwoord(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[dict] | None:
    """Feedback on Wegwijs's answer, or on Wegwijs itself: the signaal's explanation and its form (as the rule for
    signaal_geven does); None when the message is no such feedback."""
    lowered = text.lower()
    if not (_ANTWOORD_FOUT.search(lowered) or (_KLACHT_WEGWIJS.search(lowered) and not _WIL_SIMPELER.search(lowered))):
        return None
    dispatcher.utter_message(response="utter_signaal_uitleg", **template_values(tracker))
    return [FollowupAction("signaal_form")]


# A complaint that carries a question about the person's own case ("i got a boete for not reporting, is that fair",
# "got letter korting 20% because no sollicitaties. fair?", "ik kreeg een boete omdat ik niets gemeld had, is dat
# eerlijk"): the question is answered first, then the signaal is offered (session 20, H6 with H4). A complaint without
# such a question ("this rule is unfair, tell the gemeente", "why is this so unfair") is the signaal itself.
# Raw words of both languages: these readers run on the message as typed.
_KLACHT = re.compile(
    r"\b(?:un|on)fair\b|\bnot\s+(?:\w+\s+)?fair\b|\bfair\s*\?|\b(?:is|was|it'?s)\s+(?:that|this|it)?\s*fair\b"
    r"|\bunjust\b|\bnot\s+(?:\w+\s+)?right\b"
    r"|\boneerlijk\b|\bonrechtvaardig|\bniet\s+(?:\w+\s+)?(?:eerlijk|terecht|fair)\b|\bonterecht\b"
    r"|\b(?:eerlijk|terecht)\s*\?|\b(?:is|was)\s+(?:dat|dit|het)\s+(?:wel\s+)?(?:eerlijk|terecht)\b", re.IGNORECASE)
_EIGEN_VRAAG = re.compile(
    # English: is that fair / allowed / legal, fair?, can they do this, what can i do, why do i have to ...
    r"\b(?:is|was|it'?s)\s+(?:that|this|it)\s+(?:\w+\s+)?(?:fair|allowed|legal|right|correct|ok|okay|normal|true"
    r"|possible|permitted)\b|\bfair\s*\?|\b(?:can|may|could)\s+(?:they|the\s+gemeente|the\s+municipality|he|she)\b"
    r"|\b(?:are|is)\s+(?:they|the\s+gemeente|the\s+municipality)\s+allowed\b"
    r"|\bwhat\s+(?:can|should|must|do|shall)\s+i\s+(?:\w+\s+)?do\b|\bdid\s+i\s+do\s+(?:\w+\s+)?wrong\b"
    r"|\bwhy\s+(?:do|does|did|am|is|are|was|were|must|should|can'?t|cannot|cant|would|will|have)\s+"
    r"(?:i|my|me|we|our|they|the\s+gemeente)\b"
    # Dutch: is dat eerlijk / terecht, mag dat, mogen ze dat, wat kan ik doen, waarom krijg ik ...
    r"|\b(?:is|was)\s+(?:dat|dit|het)\s+(?:wel\s+)?(?:eerlijk|terecht|toegestaan|normaal|legaal|juist|correct"
    r"|goed|mogelijk)\b|\b(?:eerlijk|terecht)\s*\?|\bmag\s+(?:dat|dit|de\s+gemeente|ze|zij|hij|die)\b"
    r"|\bmogen\s+(?:ze|zij|die)\b|\bwat\s+(?:kan|moet|zal)\s+ik\s+(?:\w+\s+)?doen\b"
    r"|\bheb\s+ik\s+(?:\w+\s+)?(?:fout|verkeerd)\s+gedaan\b"
    r"|\bwaarom\s+(?:krijg|moet|word|ben|heb|kreeg|moest|werd|is|zijn)\s+(?:ik|mijn|m'n|mn|we|wij|ze)\b",
    re.IGNORECASE)
# "now they want 3000 back, that is not fair right?", "dat is toch niet eerlijk?": a complaint asked as a question about
# what happened to the person (not "why is this so unfair?"), unless it asks where to pass it on ("who can i tell").
_EIGEN = re.compile(r"\b(?:i|my|me|i'?m|ik|mijn|m'n|mn|mij|me)\b", re.IGNORECASE)
_DOORGEVEN = re.compile(
    r"\b(?:want|wanna|like|wish|need)\s+to\s+(?:tell|say|give|pass|report|complain|send|let)\b"
    r"|\b(?:please|pls|plz|can\s+you|could\s+you|will\s+you)\s+(?:tell|say|give|pass|send|let)\b"
    r"|(?:^|[.,!;]\s*)(?:tell|give|pass|send)\s+(?:this|that|it|the\s+gemeente|them|someone|on)\b"
    r"|\bpass\s+(?:it\s+|this\s+|that\s+)?on\b"
    r"|\b(?:who|where)\s+(?:can|should|do|could)\s+i\s+(?:tell|say|complain|talk|give|report|send|go)\b"
    r"|\bmy\s+opinion\b|\bcomplain\w*|\bfeedback\b|\bsignal\b"
    r"|\bdoorgeven\b|\bgeef\b[^.?!]{0,30}\bdoor\b|\blaten\s+weten\b|\bzeggen\s+tegen\b|\bbij\s+wie\s+kan\s+ik\b"
    r"|\bwaar\s+kan\s+ik\s+(?:\w+\s+)?(?:kwijt|melden|zeggen|klagen|terecht)\b|\bmijn\s+mening\b|\bklacht\w*|\bklagen\b"
    r"|\bsignaal\b", re.IGNORECASE)
# "is that allowed", "can they do this", "mag dat": the person doubts that what happened to them is right
_MAG_DAT = re.compile(
    r"\b(?:allowed|legal|permitted|lawful)\b|\b(?:can|may|could)\s+(?:they|the\s+gemeente|the\s+municipality)\b"
    r"|\bmag\s+(?:dat|dit|de\s+gemeente|ze|zij)\b|\bmogen\s+(?:ze|zij|die)\b|\btoegestaan\b|\blegaal\b",
    re.IGNORECASE)
# The topics a complaint's question may be answered as: a topic with a button of its own, or a calculator's topic
# (wegwijs/signalen.py REKENHULP_ONDERWERP, or "bereken_giften" for giften).
_GEEN_VRAAG_ONDERWERP = {MENS, "privacy", "taal", "noodsituatie", "signaal_geven", "wat_kun_je", "vergeet_mij"}
MIN_KANS_VRAAG = 0.005  # the complaint's topic: the likeliest topic after the signaal, if the model saw it at all


def klacht(text: str) -> bool:
    """True when the message says something is unfair ("not fair", "is dat eerlijk", "oneerlijk")."""
    return _KLACHT.search(text or "") is not None


def wil_signaal(text: str) -> bool:
    """True when the message complains ("not fair", "is that allowed") or asks to pass something on ("tell the
    gemeente")."""
    return klacht(text) or _DOORGEVEN.search(text or "") is not None or _MAG_DAT.search(text or "") is not None


# "ik heb een boete gekregen omdat ik iets te laat had doorgegeven. ik vind het oneerlijk": a decision about the person
# (a boete, a verlaging, money back, a stop, a refusal) called unfair, even with no question mark: what to do about it
# (bezwaar) comes first, then the signaal (session 20, H4).
_EIGEN_BESLUIT = re.compile(
    r"\b(?:boete|gekort|korting|verlaagd|verlaging|maatregel|terugbetalen|terugvorder\w*|ingehouden|stopgezet|gestopt"
    r"|ingetrokken|afgewezen|geweigerd|fined|cut|stopped|rejected|refused|pay\s+(?:it\s+)?back)\b", re.IGNORECASE)


def vraag_in_klacht(tracker: Tracker, domain: dict) -> str | None:
    """The topic of the own-case question a complaint carries ("i got a boete for not reporting, is that fair":
    terugvordering), as the model ranked it after the signaal; None when the complaint asks nothing of the own case
    or no topic came near."""
    text = tracker.latest_message.get("text") or ""
    eigen_klacht_vraag = klacht(text) and ("?" in text or _EIGEN_BESLUIT.search(text)) and _EIGEN.search(text) \
        and not _DOORGEVEN.search(text)
    if not (_EIGEN_VRAAG.search(text) or eigen_klacht_vraag):
        return None
    responses = domain.get("responses", {})
    for kans in tracker.latest_message.get("intent_ranking") or []:
        intent = kans.get("name") or ""
        naam = REKENHULP_ONDERWERP.get(intent) or intent.removeprefix("bereken_")
        if float(kans.get("confidence") or 0) < MIN_KANS_VRAAG:
            return None
        if naam not in _GEEN_VRAAG_ONDERWERP and KNOP.format(naam) in responses:
            return naam
    return None


def bied_signaal_aan(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> None:
    """After a topic's answer to a complaint: 'Do you find the rule unfair? You can pass that on', with a button to
    the signaal (a model whose domain has no such text yet says nothing more)."""
    if "utter_signaal_aanbod" in domain.get("responses", {}):
        dispatcher.utter_message(response="utter_signaal_aanbod", **template_values(tracker))


class ActionGeenVraag(Action):
    """'Ja', 'nee' or a statement with no question open: a plain one gets the short reply,
    anything more gets 'not sure' with the closest topics."""

    def name(self) -> str:
        return "action_geen_vraag"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name", "")
        text = tracker.latest_message.get("text") or ""
        gewoon = GEEN_VRAAG.get(intent, "utter_ontkennen")
        if crisis.zeg_crisis(dispatcher, tracker, domain, text):
            return []  # "I want to die" read as a statement: the crisis answer first
        gelezen = engels.in_sessietaal(text, variant(tracker))  # an English message read in English ("i am 34")
        # "ik woon alleen met mijn zoon van 3": a fact told now is not asked again later.
        onthouden = [SlotSet(slot, value) for slot, value in
                     feiten_uit_bericht.onthouden(intent, gelezen, peildatum(tracker)).items()]
        if (signaal := signaal_over_antwoord(dispatcher, tracker, text)) is not None:
            return [*onthouden, *signaal]  # "je antwoord klopte niet": a signaal, not a "nee"
        if intent == "informeren" and verdient(text):
            # "ik verdien 600 en mijn partner 400": a wage told is a question about keeping part of it.
            return [*onthouden, FollowupAction("bijverdienen_form")]
        if intent == "informeren" and is_vraag(text) and krijgt_gift(gelezen):
            return [*onthouden, FollowupAction("giften_form")]  # "75 a month from son ok?": the gift against the limit
        if intent != "informeren" and (gewoon_ja_nee(text) or text.startswith("/")):
            dispatcher.utter_message(response=gewoon, **template_values(tracker))
        elif self.beantwoord_met_feiten(dispatcher, tracker, domain, gelezen):
            pass  # a question after all, and its facts decide the closest topic
        elif intent == "informeren" and (verandering := feiten_uit_bericht.gebeurtenis(gelezen, peildatum(tracker))) \
                is not None and verandering.response in domain.get("responses", {}):
            # "ik ben gescheiden", "ik krijg een pgb": a change told, no question: what it changes and to report it
            dispatcher.utter_message(response=verandering.response, **template_values(tracker))
        elif intent == "informeren" and zekerheid(tracker) >= TWIJFEL:
            dispatcher.utter_message(response=gewoon, **template_values(tracker))  # a fact, no question
        else:
            zeg_niet_zeker(dispatcher, tracker, domain, "utter_niet_zeker", zonder=set(GEEN_VRAAG))
        return onthouden

    def beantwoord_met_feiten(self, dispatcher, tracker: Tracker, domain: dict, text: str) -> bool:
        """'Ik ben alleenstaande vader van een kind van 2, moet ik werken?' read as a statement: it is a
        question, and the closest topic has a rule its facts decide. Then that answer, with doubt."""
        onderwerpen = dichtste_onderwerpen(tracker, domain, zonder=set(GEEN_VRAAG))
        if not onderwerpen or not is_vraag(text):
            return False
        with in_sessievariant(tracker):  # the facts' dates in the session's language ("14 December 2026"; session 19)
            eigen = feiten_uit_bericht.antwoord(onderwerpen[0], text, peildatum(tracker), domain)
        if eigen is None:
            return False
        dispatcher.utter_message(response=eigen.response, **template_values(tracker),
                                 **engels.waarden_in_sessietaal(eigen.waarden, variant(tracker)))
        zeg_niet_zeker(dispatcher, tracker, domain, "utter_niet_zeker_anders", zonder={onderwerpen[0], *GEEN_VRAAG})
        return True
