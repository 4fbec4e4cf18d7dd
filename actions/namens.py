"""A question asked for a client: its facts as the client's own (issue #20).

"Als maatschappelijk werker vraag ik namens een cliënt: man van 42, alleenstaand, zijn twee zonen van 27 en 29 wonen
bij hem": the readers of actions/parse.py and feiten_uit_bericht take the writer's facts from the first person ("ik
ben 42", "mijn zoon woont bij mij"), so the client's age was read as a third adult in the house. A message that says
it is written for a client (or by a social worker, a counsellor, a bewindvoerder) is read in the client's first
person: "man van 42" is "ik ben 42", "zijn zonen" "mijn zonen", "bij hem" "bij mij", "hij woont" "ik woon". Only with
such a marker; a relative ("namens mijn moeder, ze is 71") stays the relative's answer (aow_en_aio.familielid_alleen).
"""

from __future__ import annotations

import re

# "namens een cliënt", "voor mijn cliënte", "als maatschappelijk werker", "ik ben bewindvoerder van": written for someone.
# ("ik werk als begeleider, mijn zoon ... hij verdient 300" is the writer's own job: no marker without the question)
_VOOR_CLIENT = re.compile(
    r"\b(?:namens|voor|van)\s+(?:een|mijn|m'n|mn|onze)\s+(?:cli[eë]nt\w*|klant\w*|deelnemer\w*)\b"
    r"|\bmijn\s+cli[eë]nt\w*\b"
    r"|\bals\s+(?:maatschappelijk\s+werker|sociaal\s+werker|hulpverlener|begeleider|consulent|schuldhulpverlener"
    r"|bewindvoerder|mentor|woonbegeleider|ambulant\s+begeleider)\s*,?\s+(?:vraag|schrijf|wil)\s+ik\b")
# "man van 42", "een vrouw van 35", "cliënt (58)", "meneer 61": the one the question is about, with the age.
_WIE_MET_LEEFTIJD = re.compile(
    r"\b(?:een\s+)?(?:man|vrouw|meneer|mevrouw|jongen|meisje|jongeman|cli[eë]nte?)\s*(?:van\s+|is\s+|\(\s*)?"
    r"(?P<jaren>\d{2})(?:\s*\))?(?:\s+jaar(?:\s+oud)?)?\b(?!\s*(?:euro|%|weken|dagen|maanden|uur))")
# "hij woont", "zij heeft", "ze is": the client as the subject, singular.
_IK_VORM = {"is": "ben", "heeft": "heb", "woont": "woon", "krijgt": "krijg", "werkt": "werk", "verdient": "verdien",
            "zit": "zit", "wordt": "word", "gaat": "ga", "wil": "wil", "kan": "kan", "mag": "mag", "moet": "moet",
            "was": "was", "had": "had", "ontvangt": "ontvang", "huurt": "huur", "betaalt": "betaal", "zoekt": "zoek"}
_HIJ_DOET = re.compile(r"\b(?:hij|zij|ze)\s+(?P<werkwoord>" + "|".join(_IK_VORM) + r")\b", re.IGNORECASE)
_DOET_HIJ = re.compile(r"\b(?P<werkwoord>" + "|".join(_IK_VORM) + r")\s+(?:hij|zij|ze)\b", re.IGNORECASE)
# "bij hem", "met haar", "voor hem": the client after a preposition.
_BIJ_HEM = re.compile(r"\b(?P<voorzetsel>bij|met|voor|aan|van|naast)\s+(?:hem|haar)\b", re.IGNORECASE)
# "zijn twee zonen", "haar dochter van 19", "zijn bijstandsnorm": the client's own (not the verb "zijn").
_ZIJN_EIGEN = re.compile(r"\b(?:zijn|haar)\s+(?=(?:\d|een|twee|drie|vier|vijf|zoon|zonen|zoontje|dochter\w*|kind\w*"
                         r"|vrouw|man|partner|vriend\w*|moeder|vader|ouders|broer\w*|zus\w*|huisgeno\w*|bijstand\w*"
                         r"|uitkering|inkomen|loon|norm|huis|woning|spaargeld|vermogen|auto|schulden|aow|pensioen)\b)",
                         re.IGNORECASE)


def voor_client(text: str) -> bool:
    return bool(_VOOR_CLIENT.search(text or ""))


def als_eigen_vraag(text: str) -> str:
    """``text`` in the client's first person when it says it is written for a client; else ``text`` as it is."""
    if not voor_client(text):
        return text
    text = _WIE_MET_LEEFTIJD.sub(lambda m: f"ik ben {m['jaren']}", text, count=1)
    text = _HIJ_DOET.sub(lambda m: f"ik {_IK_VORM[m['werkwoord'].lower()]}", text)
    text = _DOET_HIJ.sub(lambda m: f"{_IK_VORM[m['werkwoord'].lower()]} ik", text)
    text = _ZIJN_EIGEN.sub("mijn ", text)  # "met haar zoon" first: "haar" is hers there, not her
    return _BIJ_HEM.sub(lambda m: f"{m['voorzetsel']} mij", text)
