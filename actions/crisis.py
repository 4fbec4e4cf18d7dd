"""Words that put the crisis answer first, whatever the model thought the message was about.

GEVAAR: words that point to danger for the person (Dutch and English): 113 and 112 come first.
NOOD_ENGELS: English words of an acute need (no food, evicted, on the street): the crisis answer
(money and food now, the gemeente's number) comes first. Dutch relies on the model for these, which
has far more Dutch examples; the English model is weaker (issue #15), so the words back it up.
"""

from __future__ import annotations

import re

GEVAAR_WOORDEN = (
    # Dutch
    r"zelfmoord", r"su[iï]cid", r"niet meer (zitten|leven|verder)", r"(er )?een eind(e)? aan (maken|make)",
    r"mezelf (iets )?(aan ?doen|van kant)", r"dood (gaan|zijn|willen)", r"wil (niet meer )?dood", r"ik wil niet meer",
    # "zelfdoding", "een einde aan mijn leven maken", "mezelf doden / ophangen"
    r"zelfdoding", r"eind(e)? aan (mijn|m'?n|mn) (eigen )?leven", r"(mezelf|me) (doden|dood maken|ophangen|iets aan te doen)",
    # English ("I can't go on" alone or with "anymore", not "I can't go on holiday"); the -ing forms too
    # ("been thinking about killing myself since the letter came" was read as stopgezet, session 13)
    r"suicid", r"kill (my ?self|me)", r"killing (my|me) ?self", r"end(ing)? (my (own )?life|it all)", r"end it\s*([.!]|$)",
    r"tak(e|ing) my (own )?life",
    r"(want|wants|wanna) to die", r"(don'?t|do not) want to (live|be alive|be here)",
    r"no (reason|point) (to|in) (live|living|go on|going on)", r"hurt (my ?self|me)",
    r"can'?t go on( anymore| any more| like this| living)?\s*([.!]|$)", r"cannot go on( anymore| any more| like this)?\s*([.!]|$)",
    r"can'?t take (it|this) any ?more", r"better off dead", r"not want to live",
)
GEVAAR = re.compile("|".join(GEVAAR_WOORDEN), re.IGNORECASE)

NOOD_ENGELS_WOORDEN = (
    r"no (money for )?food (for|at|in)\b", r"no money (left )?(for|to buy) food", r"nothing (left )?to eat",
    r"(can'?t|cannot) (buy|afford) food", r"(kids|children|child|son|daughter|baby) (are|is) hungry",
    r"(being|been|getting|get|will be) evicted", r"(kicked|thrown) out of (my|our) (house|home|flat|apartment)",
    r"(sleep|sleeping|live|living) (on|in) the streets?", r"(i am|i'm|we are|we're|i will be|we will be) homeless",
    r"bailiff (is )?(at|on) (the|my|our) door",
    # "the deurwaarder is coming today to put me out of my house", "they evict us tomorrow": an eviction now
    r"(put|putting|throw|throwing|kick|kicking|set|setting) (me|us) out of (my|our|the) (house|home|flat|apartment|room)",
    r"(evict|evicting) (me|us)\b", r"eviction (is )?(today|tonight|tomorrow|now|this (morning|afternoon|week))",
    r"(bailiff|deurwaarder) (is |will be )?(coming|comes|here|arriving)\b[^.?!]{0,20}\b(today|tonight|tomorrow|now)\b",
    # "no money and no food today for me and my kids", "the fridge is empty": no food now
    r"no food (today|tonight|now|left|anymore|any more|at home|in the house)\b", r"no (money|cash) and no food",
    r"(fridge|cupboards?) (is|are) (completely |totally )?empty", r"empty fridge",
)
NOOD_ENGELS = re.compile("|".join(NOOD_ENGELS_WOORDEN), re.IGNORECASE)
# "... to put me out of my house, bijstand stopped, what now": in English the benefit that was stopped, which the crisis
# answer follows with what to do about it (utter_stopgezet), as it does for "mijn bijstand is gestopt".
STOPGEZET_ENGELS = re.compile(
    r"\b(?:bijstand|uitkering|benefits?|welfare|social\s+assistance)\b[^.?!]{0,30}?\b(?:stopped|ended|suspended|blocked"
    r"|cut\s+off|cancell?ed|withdrawn|taken\s+away)\b|\b(?:stopped|ended|suspended|blocked|cut\s+off|cancell?ed|withdrew|took\s+away)"
    r"\s+(?:my|our|the)\s+(?:bijstand|uitkering|benefits?|welfare|social\s+assistance)\b", re.IGNORECASE)


def in_gevaar(text: str) -> bool:
    """Words that point to danger: 113 and 112 first."""
    return bool(GEVAAR.search(text or ""))


# Dutch words of an acute need the model may read as another topic ("ik heb 3 kinderen en vandaag geen eten en
# geen geld" was taken for the trip calculator): no food today. Narrow on purpose: a dakloze friend who stays
# over is the logeren topic, not a crisis.
# ("geen geld meer voor boodschappen" is left to the model: money short is not yet no food.)
# An empty fridge is no food today too ("de koelkast is leeg"). "ik heb 0 euro" alone is not: it answers
# the forms' questions about savings.
# "vandaag geen brood", "geen melk voor de baby": no food today too, by the food named.
NOOD_NEDERLANDS = re.compile(r"\bgeen\s+eten\b|\b(?:niks|niets)\s+(?:meer\s+)?te\s+eten\b|\bhonger\b"
                             r"|\bgeen\s+(?:brood|melk|babymelk|babyvoeding|flesvoeding|luiers)\b"
                             r"|\b(?:koelkast|ijskast|voorraadkast)\s+(?:is\s+|zijn\s+)?(?:helemaal\s+)?leeg\b"
                             r"|\blege\s+(?:koelkast|ijskast)\b",
                             re.IGNORECASE)

# Violence at home, to the person or someone with them ("haar man heeft haar net geslagen, ze zit nu bij mij"):
# 112 and Veilig Thuis first, whatever topic the model read. Threats of a bailiff or a cut are not this.
GEWELD = re.compile(r"\bgeslagen\b|\b(?:slaat|sloeg|schopt|schopte)\s+(?:me|mij|haar|hem|ons|mijn|mn|m'n|de\s+kinderen)\b"
                    r"|\bmishandel\w*|\bhuiselijk\s+geweld\b|\bgeweld\b|\bgewurgd\b|\bgeschopt\b"
                    r"|\bbang\s+voor\s+(?:mijn|mn|m'n|haar|zijn)\s+(?:man|vrouw|partner|ex|vriend|vriendin)\b",
                    re.IGNORECASE)


# The same in English ("my husband hits me", "he beat her last night", "violence at home", "I am afraid of my partner"):
# read as the food text before (session 9's English leftover). "my parents kicked me out" is no violence.
GEWELD_ENGELS = re.compile(r"\b(?:hits?|hitting|beats?|beating|beaten|kicks?|kicking|punch\w*|chok\w*|strangl\w*|slap\w*)\s+"
                           r"(?:me|her|him|us|my\s+(?:kids|children|son|daughter|mother|mum|mom)|the\s+(?:kids|children))\b(?!\s+out\b)"
                           r"|\b(?:hit|kicked|punched|slapped|choked|strangled)\s+(?:me|her|him|us)\b(?!\s+out\b)"
                           r"|\b(?:domestic\s+)?violen(?:ce|t)\b|\babus(?:es|ed|ing)\s+(?:me|her|him|us)\b|\b(?:domestic|sexual|physical)\s+abuse\b"
                           r"|\babusive\s+(?:husband|wife|partner|ex|boyfriend|girlfriend|father|dad)\b|\bthreatens?\s+to\s+kill\b"
                           r"|\b(?:afraid|scared)\s+of\s+(?:my|her|his)\s+(?:husband|wife|partner|ex|boyfriend|girlfriend)\b",
                           re.IGNORECASE)


def in_nood(text: str) -> bool:
    """Words of an acute need: no food, evicted, on the street (English), no food today (Dutch)."""
    return bool(NOOD_ENGELS.search(text or "") or NOOD_NEDERLANDS.search(text or ""))


def in_geweld(text: str) -> bool:
    """Words of violence at home: 112 and Veilig Thuis first."""
    return bool(GEWELD.search(text or "") or GEWELD_ENGELS.search(text or ""))


def in_crisis(text: str) -> bool:
    """Words of danger, violence or an acute need: the crisis answer first, whatever the intent."""
    return in_gevaar(text) or in_geweld(text) or in_nood(text)


def zeg_crisis(dispatcher, tracker, domain: dict, text: str) -> bool:
    """The crisis answer (113 and 112 first when words point to danger) when the words call for it."""
    if not in_crisis(text):
        return False
    from actions import mens  # mens reads the gemeente's settings; only needed in a crisis
    mens.noodhulp(dispatcher, tracker, domain, in_gevaar(text))
    return True
