"""How a person chooses the language of a session (issue #15): a button, a typed request, Telegram's language.

* the widget's NL/EN button and the "Nederlands"/"English" buttons of a reply send
  the payload "/taal_nl" or "/taal_en";
* typed: "English please", "in English", "Nederlands graag", "in het Nederlands";
* Telegram: the user's `language_code` ("en", "en-GB" -> "en").

The gateway keeps the choice with the session and tells Rasa (TAAL_KIEZEN_PAYLOAD);
only the slot `variant` changes, every fact already given stays.
"""

from __future__ import annotations

import re

PAYLOADS = {"/taal_nl": "nl", "/taal_en": "en"}

# A short reason after the request is still a choice: "switch to dutch now, i want to practise",
# "english please, my dutch is not good yet". A question after it stays a question (no "?" and no other clause).
_REDEN = (
    r"(?:\s*[,.;:!?-]+\s*|\s+)(?:(?:because|as|so|since)\s+)?"
    r"(?:i (?:want|need|would like|wanna|like) to (?:practi[cs]e|learn|improve|try)|(?:to|for) practi[cs]e|i am learning"
    r"|i'?m learning|my (?:dutch|english) is (?:not good|bad|better|weak|poor)|it is easier for me|that is easier"
    r"|i (?:do not|don'?t) (?:speak|understand|read) (?:dutch|english)(?: (?:well|good))?"
    r"|ik wil (?:het |mijn nederlands )?oefenen|om te oefenen|ik leer (?:het|nederlands)|i (?:want|prefer|need) (?:dutch|english)"
    r"|my (?:teacher|coach|klantmanager) (?:says|said|wants|told me)(?: that)?(?: i (?:must|should|have to|need to))? (?:practi[cs]e|learn|improve)"
    r"|mijn (?:docent|juf|leraar|lerares|coach|klantmanager) (?:zegt|wil)(?: dat)? ik (?:moet |mag )?oefenen"
    # someone else reads or helps: "my daughter will read it for me", "my son helps me", "mijn dochter leest mee"
    r"|(?:my|mijn|m'n) (?:daughter|son|child|kids|children|husband|wife|partner|friend|neighbou?r|sister|brother|mother|father"
    r"|helper|buddy|dochter|zoon|kind|kinderen|man|vrouw|vriend|vriendin|buurman|buurvrouw|zus|broer|moeder|vader|hulp|maatje)"
    r" (?:will |can |is going to |gaat |kan |wil )?(?:read|reads|help|helps|translate|translates|lezen|leest|helpen|helpt"
    r"|vertalen|vertaalt|meelezen|leest mee|kijkt mee)(?: (?:it|this|that|me|us|mee|het|mij))?(?: (?:for|with) (?:me|it|us))?(?: (?:voor|met) (?:mij|me))?)"
    r"(?: (?:my|the|some|a bit of|more|in)? ?(?:dutch|english|language|nederlands|engels|it))?(?: (?:yet|now|a bit|a little|more))?"
)
# "from now on", "not nederlands", "vanaf nu" after the request are still the choice.
_NU = (r"(?:,?\s+(?:from now(?: on)?|from here on|for now|(?:right )?now|again|instead|vanaf nu|voortaan|nu|weer"
       r"|(?:and )?not (?:in )?(?:dutch|nederlands|english|engels)|(?:instead of|rather than) (?:dutch|nederlands|english|engels)"
       r"|(?:en )?niet (?:in het )?(?:nederlands|engels))(?: please| pls| plz)?)?")
_EINDE = _NU + r"(?:" + _REDEN + r")?\s*[.!?]*\s*$"
# The reason may come first too: "i want to practise my dutch, can we continue in dutch".
# Without a language the reason needs a comma after it: "i want to practise, talk dutch to me" (not "i want to learn dutch").
_REDEN_VOOR = (r"(?:(?:(?:i (?:want|would like|wanna|like|need|have) to (?:practi[cs]e|learn|improve)(?: my)? (?:dutch|english)"
               r"|i am learning (?:dutch|english))\s*[,.;:!-]*"
               r"|(?:i (?:want|would like|wanna|like|need|have) to practi[cs]e|ik (?:wil|moet) (?:mijn nederlands |het )?oefenen)"
               r"\s*[,.;:!-]+)\s*(?:so\s+)?)?")
_PLEASE = r"(?: please| pls| plz)?"


def _nl_verzoek(taal: str) -> str:
    """The request written in Dutch for `taal` ("engels" or "nederlands"): "engels pls", "nu weer nederlands",
    "kan het in het engels", "praat maar nederlands met mij", "switch naar engels", "ik zou graag verder gaan in het engels"."""
    t = r"(?:in het )?" + taal
    graag = r"(?: graag| alsjeblieft| alstublieft| aub| svp| please| pls| plz)?"
    return (r"(?:(?:nu |dan |vanaf nu )?(?:(?:weer|maar|voortaan) ){1,2}" + t + graag
            + r"|" + taal + r" (?:pls|plz|please|svp)"
            + r"|(?:kan|kun|kunt|kunnen|mag|mogen|wil|willen) (?:het|je|jij|u|we|wij|jullie|dat)(?: ook| verder| voortaan| weer| nu)? in het " + taal
            + r"(?: verder| praten| spreken| schrijven| antwoorden| doen)?" + graag
            + r"|(?:praat|spreek|schrijf|antwoord|chat)(?: maar| voortaan| verder| weer| nu)? " + t
            + r"(?: (?:met|tegen) (?:mij|me|ons))?" + graag
            + r"|(?:switch|switch over|ga|ga over|wissel|schakel over|verander)(?: maar| nu| weer)? (?:naar|in) (?:het )?" + taal
            + graag
            + r"|(?:ga |ik wil |we gaan |nu |dan )?(?:weer |maar )?terug naar (?:het )?" + taal + graag
            + r"|ik (?:wil|zou)(?: graag| liever)?(?: verder| voortaan| weer)?(?: (?:gaan|praten|chatten|spreken))?"
            + r"(?: verder)? " + t + r"(?: verder| praten| chatten| spreken| gaan| doen)?(?: graag)?)")


_ENGELS = re.compile(
    r"^\s*" + _REDEN_VOOR + r"(?:(?:can|could) (?:we|you)(?: please)? (?:speak|talk|write|answer|reply|respond)(?: (?:to )?me)? (?:in )?english|(?:in )?english,? please"
    r"|(?:in )?english,? (?:pls|plz)|(?:pls |plz |please )?(?:talk|speak|write|answer) (?:in )?english (?:with|to) me" + _PLEASE +
    r"|(?:please )?(?:speak|talk|write|answer|reply|respond)(?: (?:to )?me)? (?:in )?english(?: please)?|in english|english"
    r"|(?:(?:let'?s|let us) )?(?:(?:go|switch|change) )?back (?:to|in) (?:english|engels)" + _PLEASE +
    r"|(?:let'?s|let us) (?:speak|talk|write|chat|continue in|go on in|switch to|change to|go to) english"
    r"|i(?: want| prefer| would like|'?d like| need)(?: to (?:speak|talk|chat|write|continue in|go on in|switch to))? (?:in )?english"
    r"(?: now| please| pls| plz)?|engels(?: graag| alsjeblieft| aub)?|" + _nl_verzoek("engels") + r""
    r"|in het engels(?: graag| alsjeblieft| aub)?|do you speak english"
    r"|(?:(?:can|could) (?:we|you) )?(?:please )?(?:continue|go on|carry on) in english(?: please)?"
    r"|(?:can|could) (?:we|you)(?: please)? (?:do|have|continue|write) (?:this|it|that|the rest)(?: chat)? in (?:english|engels)"
    r"|(?:please )?(?:switch|change|go) (?:the )?(?:language )?(?:back )?(?:to|into) english(?: now)?(?: please| pls| plz)?"
    r"|(?:kun je|kan je|kunt u) (?:verder )?in het engels(?: verder)?|doe maar (?:in het )?engels)" + _EINDE,
    re.IGNORECASE,
)
_NEDERLANDS = re.compile(
    r"^\s*" + _REDEN_VOOR + r"(?:(?:in het )?nederlands(?: graag| alsjeblieft| aub| please)?|dutch(?:,? please)?|in dutch(?: please)?"
    r"|(?:(?:let'?s|let us) )?(?:(?:go|switch|change) )?back (?:to|in) (?:dutch|nederlands)" + _PLEASE +
    r"|(?:let'?s|let us) (?:speak|talk|write|chat|continue in|go on in|switch to|change to|go to) dutch"
    r"|i(?: want| prefer| would like|'?d like| need)(?: to (?:speak|talk|chat|write|continue in|go on in|switch to))? (?:in )?dutch"
    r"(?: now| please| pls| plz)?|" + _nl_verzoek("nederlands") +
    r"|(?:pls |plz |please )?(?:talk|speak|write|answer) (?:in )?(?:dutch|nederlands) (?:with|to) me" + _PLEASE +
    r"|(?:please )?(?:speak|write|answer|reply|respond)(?: (?:to )?me)? (?:in )?dutch(?: please)?"
    r"|(?:can|could) (?:we|you)(?: please)? (?:speak|talk|write|answer|reply|respond)(?: (?:to )?me)? (?:in )?dutch"
    r"|(?:can|could) (?:we|you)(?: please)? (?:do|have|continue|write) (?:this|it|that|the rest)(?: chat)? in (?:dutch|nederlands)"
    r"|(?:kun je|kunt u|wil je|wilt u) "
    r"(?:in het )?nederlands (?:praten|spreken|schrijven)"
    r"|(?:(?:can|could) (?:we|you) )?(?:please )?(?:continue|go on|carry on) in dutch(?: please)?"
    r"|(?:please )?(?:switch|change|go) (?:the )?(?:language )?(?:back )?(?:to|into) dutch(?: now)?(?: please| pls| plz)?"
    r"|doe maar (?:weer )?(?:in het )?nederlands)" + _EINDE,
    re.IGNORECASE,
)


def gevraagde_taal(text: str) -> str | None:
    """"en" or "nl" when the message asks for that language (a button or a short typed request), else None."""
    if text in PAYLOADS:
        return PAYLOADS[text]
    if len(text) > 80:
        return None  # a question that mentions English is a question, not a choice (the patterns are anchored too)
    if _ENGELS.match(text):
        return "en"
    if _NEDERLANDS.match(text):
        return "nl"
    return None


def taal_uit_telegram(language_code: str | None) -> str | None:
    """Telegram's `language_code` of the user: "en", "en-GB" -> "en"; "nl" -> "nl"; anything else None."""
    code = (language_code or "").lower()
    if code.startswith("en"):
        return "en"
    if code.startswith("nl"):
        return "nl"
    return None
