"""Personal names and street addresses out of a message, with deduce (issue #14, part 9).

`wegwijs.redactie` finds what has a shape (BSN, IBAN, phone, postcode, a
street with its number). A name has no shape: "mijn broer Ahmed", "mevrouw
de Wit", "Johan van den Berg hier". For those we use deduce, the Dutch
de-identification library of UMC Utrecht, with its lists of Dutch first
names, surnames, streets and places.

Measured on tests/privacy/namen_corpus.yml (86 messages written before any
tuning, `python -m bench.redactie`): without deduce 34 of 48 messages with a
name or address kept it; with it 3. None of 4,018 NLU, held-out and blind
messages changed. The cost: about 1.2 GB of memory and 5-20 s to load per
process, so only the gateway loads it, once, in a thread at start-up.

Only deduce's name and street finders count here. Its date, age, phone and
number finders stay off: Wegwijs needs "1 januari 2026" and "ik ben 24"
as typed, and wegwijs.redactie handles the numbers that identify. A place
name ("Den Haag") is found, so that it is not taken for a surname, but kept.

`NamenFilter.verwijder(text)` gives the text with [NAAM] and [ADRES]; the
gateway applies it before Rasa ever sees the message, so a name is never
stored, logged or shown on /review.
"""

from __future__ import annotations

import asyncio
import re
import threading

from wegwijs.heap import freeze_loaded

NAAM = "[NAAM]"
ADRES = "[ADRES]"

# deduce's finders Wegwijs does not use (see above). Place names, hospitals and
# institutions stay on: they win from a surname that looks the same ("Den Haag").
_UIT = frozenset({
    "postal_code", "postbus", "date_dmy_1", "date_dmy_2", "date_ymd_1", "date_ymd_2",
    "age", "bsn", "identifier", "phone", "email", "url",
})
_PERSOON = frozenset({"persoon", "patient"})
GEWOON_WOORD = 5000  # a word this frequent in Dutch, found alone, is taken as a word, not a name
# A title stays, so the sentence still reads: "mevrouw [NAAM]".
_TITEL = re.compile(r"(?:mevrouw|mevr|mw|meneer|mnr|dhr|de heer|mr|dr|drs|ir|ing)\.?\s+", re.IGNORECASE)
# What deduce misses: a name typed in lower case or from another country right after
# "ik heet" or "mijn naam is" ("ik heet amir", "mijn naam is Oksana Kovalenko").
_NA_NAAMWOORD = re.compile(
    r"\b(?:ik\s+heet|mijn\s+naam\s+is|naam\s*:)\s+"
    r"(?P<naam>[^\W\d_]+(?:\s+(?:van|de|der|den|el|al|ten|ter|te|bin|ben)){0,3}(?:\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)
_TUSSENWOORDEN = frozenset({"op", "de", "in", "van", "der", "den", "het", "'t", "te", "ten", "ter", "aan", "bij"})
_HUISNUMMER_RESTANT = re.compile(
    r"(?:\s*(?:nr\.?|nummer)\s*[0-9]{1,5}[A-Za-z]?|\s+(?:bis|hs|huis)\b|\s*-[0-9]{1,3}|[ -]?[A-Za-z](?![A-Za-z0-9]))?"
)
_GEEN_NAAM = frozenset({
    "niet", "nog", "ook", "heel", "erg", "zo", "en", "maar", "dat", "het", "een", "de", "hier", "wel", "anders",
    "verkeerd", "fout", "goed", "onbekend", "geheim", "mevrouw", "meneer", "is", "was", "staat",
})


# A country or language right after one of these words is a place or a language, not a person, though
# deduce's name lists hold it ("een cursus Engels", "from Poland", "naar Jordan"); "ik ben Frans" stays a name.
_VOOR_LAND_OF_TAAL = re.compile(
    r"(?:\b(?:naar|in|uit|van|from|to|cursus|les|taalles|het|de|talk|speak|spreek|spreekt)\s+)$", re.IGNORECASE
)


# A language asked for on its own ("Engels aub", "Nederlands graag", "English please") is a language choice.
_NA_TAAL = re.compile(r"\s*(?:aub|a\.u\.b\.?|graag|alsjeblieft|alstublieft|please|pls|plz|svp)?\s*[.!?]*\s*$",
                      re.IGNORECASE)
# Possessives and pronouns deduce's first-name list holds ("My" is a name too): at the start of
# "My WW from UWV ends" it is the word, and a name alone would not be one of these.
_VOORNAAMWOORDEN = frozenset({"my", "me", "we", "us", "our", "your", "his", "her", "their", "mijn", "ons", "onze"})


# An English question opens with a verb that deduce's first-name list also holds ("Can", "May", "Will"):
# "Can we continue in English?", "May I go abroad?". Right before a pronoun it is the verb; "Can woont bij
# mij" and "mijn broer Can" keep the name out.
# The same after the end of an earlier sentence ("... with stufi. Does he count?") and before an English article
# or "gemeente" ("Can gemeente force you to work?", "Can the gemeente ...").
_VRAAGWERKWOORD = re.compile(
    r"(?:can|may|will|shall|could|would|should|might|must|do|does|did)\s+"
    r"(?:i|we|you|he|she|they|it|my|someone|somebody|anyone|u|ik|je|jij|the|a|an|this|that|gemeente|people)\b",
    re.IGNORECASE,
)


_WERKWOORD_ALLEEN = re.compile(r"(?:can|may|will|shall|could|would|should|might|must|do|does|did)\s+(?P<volgend>[a-z]+)\b",
                               re.IGNORECASE)


def _begin_van_zin(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".?!"


def _engels_vraagwerkwoord(text: str, start: int, found: str) -> bool:
    """The first word of an English question ("Can I ...", "May we ..."), not a name."""
    return _begin_van_zin(text, start) and bool(_VRAAGWERKWOORD.match(text, start)) and " " not in found.strip()


# A month is a date, not a person ("Started 1 July", "in May and in August", "since August", "sinds Juni"),
# though deduce's first-name lists hold "May", "June", "August" ...: right after a number or a word of time,
# or right before a number. "mijn vriendin June woont bij mij" keeps the name out.
_VOOR_MAAND = re.compile(
    r"(?:\b(?:\d{1,2}(?:st|nd|rd|th|e|ste|de)?|in|since|from|until|till|by|of|end|early|late|mid|before|after|next|last|"
    r"this|sinds|vanaf|van|tot|eind|begin|half|medio|per|na|voor|vorige|volgende|deze)\s+)$",
    re.IGNORECASE,
)


def _maandnamen() -> frozenset[str]:
    """Month names in Dutch and English, from Babel's CLDR data (lower case, wide and abbreviated)."""
    from babel import Locale

    names = set()
    for code in ("nl", "en"):
        for width in ("wide", "abbreviated"):
            names.update(name.lower().rstrip(".") for name in Locale(code).months["format"][width].values())
    return frozenset(names)


def _landen_en_talen() -> frozenset[str]:
    """Names of countries and languages in Dutch and English, from Babel's CLDR data (lower case)."""
    from babel import Locale

    names = set()
    for code in ("nl", "en"):
        locale = Locale(code)
        names.update(name.lower() for name in locale.territories.values())
        names.update(name.lower() for name in locale.languages.values())
    return frozenset(names)


class NamenFilter:
    """deduce, loaded once: `verwijder(text)` replaces names and street addresses."""

    def __init__(self) -> None:
        from deduce import Deduce  # 5-20 s and ~1.2 GB: only where a filter is made

        from spellchecker import SpellChecker  # its Dutch word frequencies

        self._deduce = Deduce()
        self._frequentie = SpellChecker(language="nl").word_frequency
        self._landen_en_talen = _landen_en_talen()
        self._maanden = _maandnamen()

    def _gewoon_woord(self, found: str) -> bool:
        """One word without a title that Dutch uses a lot ("Woord 'vrijlating' is lastig"): not a name.

        deduce's surname list holds common words ("Woord", "Hoop"); a name alone is rarely frequent
        ("Vos" 1,772 and "Roos" 2,312 against "woord" 56,615 in pyspellchecker's Dutch list).
        """
        words = found.split()
        return len(words) == 1 and self._frequentie[words[0].lower()] >= GEWOON_WOORD

    def _maand(self, text: str, start: int, found: str) -> bool:
        """A month name where a date is written: after a number or a word of time, or before a number."""
        if found.lower() not in self._maanden:
            return False
        return bool(_VOOR_MAAND.search(text[:start])) or bool(re.match(r"\s+\d", text[start + len(found):]))

    def _engels_werkwoord_voor_woord(self, text: str, start: int, found: str) -> bool:
        """"Does food from the voedselbank count?", "Can family support ...": a question verb opening a sentence,
        before a lower-case word Dutch hardly uses. "Can woont bij mij" (a Dutch verb) keeps the name out."""
        m = _WERKWOORD_ALLEEN.match(text, start)
        return (m is not None and _begin_van_zin(text, start) and " " not in found.strip()
                and m["volgend"].islower() and self._frequentie[m["volgend"]] < GEWOON_WOORD)

    def _land_of_taal(self, text: str, start: int, found: str) -> bool:
        """A country or language after "naar", "from", "cursus" ... ("een cursus Engels", "from Poland"),
        or a language asked for on its own ("Engels aub")."""
        if found.lower() not in self._landen_en_talen:
            return False
        if _VOOR_LAND_OF_TAAL.search(text[:start]):
            return True
        return not text[:start].strip() and bool(_NA_TAAL.fullmatch(text[start + len(found):]))

    def verwijder(self, text: str) -> str:
        spans = sorted([*self._deduce_spans(text), *_na_naamwoord(text)])
        out, pos = [], 0
        for start, end, placeholder in spans:
            if start < pos:
                continue  # overlaps one already replaced
            out += [text[pos:start], placeholder]
            pos = end
        return "".join(out) + text[pos:]

    def _naam(self, text: str, start: int, found: str) -> bool:
        return (_heeft_naamwoord(found) and not self._gewoon_woord(found)
                and found.lower() not in _VOORNAAMWOORDEN and not self._land_of_taal(text, start, found)
                and not _engels_vraagwerkwoord(text, start, found)
                and not self._engels_werkwoord_voor_woord(text, start, found)
                and not self._maand(text, start, found))

    def _deduce_spans(self, text: str):
        for a in self._deduce.deidentify(text, disabled=set(_UIT)).annotations:
            if a.tag in _PERSOON:
                # A name found across the end of a sentence ("1-8 August. Can I go", "since August. Does his"):
                # each sentence's part is judged on its own.
                for start, found in _zinsdelen(a.text, a.start_char):
                    if self._naam(text, start, found):
                        yield start + _title_length(found), start + len(found), NAAM
            elif a.tag == "locatie" and any(c.isdigit() for c in a.text):
                tail = _HUISNUMMER_RESTANT.match(text, a.end_char)  # "12 bis", "20-3": deduce stops at 12, 20
                yield a.start_char, tail.end(), ADRES


# The end of a sentence inside what deduce took for one name: a full stop, ? or ! after a word of two or more letters
# (not after an initial, "J. Jansen", nor a title, "Dhr. Jansen"), then a space.
_ZINSEINDE = re.compile(r"(?<=[^\W\d_]{2})[.?!]+\s+")


def _zinsdelen(found: str, start: int) -> list[tuple[int, str]]:
    """The parts of `found` (at `start` in the text) between sentence ends, each with its own start."""
    delen, begin = [], 0
    for m in _ZINSEINDE.finditer(found):
        if _TITEL.fullmatch(found[begin:m.end()]):
            continue  # "Dhr. Jansen": a title, not the end of a sentence
        delen.append((start + begin, found[begin:m.start()]))
        begin = m.end()
    delen.append((start + begin, found[begin:]))
    return [(s, d) for s, d in delen if d.strip()]


def _heeft_naamwoord(found: str) -> bool:
    """deduce sometimes marks only "op de " before a street as a surname; a name has a word of its own."""
    return any(word.lower() not in _TUSSENWOORDEN for word in _TITEL.sub("", found).split())


def _title_length(found: str) -> int:
    m = _TITEL.match(found)
    return m.end() if m else 0


def _na_naamwoord(text: str):
    for m in _NA_NAAMWOORD.finditer(text):
        words = list(re.finditer(r"\S+", m["naam"]))
        while words and words[-1][0].lower() in _GEEN_NAAM:
            words.pop()  # "ik heet amir en ...": the name ends before "en"
        if words and words[0][0].lower() not in _GEEN_NAAM:  # "mijn naam is niet goed gespeld"
            yield m.start("naam"), m.start("naam") + words[-1].end(), NAAM


_geladen: NamenFilter | None = None
_laden = threading.Lock()


def filter_() -> NamenFilter:
    """One filter per process, made once (deduce's word lists are large and never change)."""
    global _geladen
    with _laden:  # a second caller waits for the first load instead of loading 1.2 GB again
        if _geladen is None:
            _geladen = NamenFilter()
            freeze_loaded()  # deduce's word lists: out of every full collection from now on (wegwijs/heap.py)
        return _geladen


def laad_op_achtergrond() -> threading.Thread:
    """Start loading in a thread, so the process starts meanwhile; `filter_()` then waits for it."""
    thread = threading.Thread(target=filter_, name="namen-laden", daemon=True)
    thread.start()
    return thread


async def zonder_namen(text: str) -> str:
    """`text` without names and street addresses; waits (off the event loop) while deduce loads."""
    if text.startswith("/"):
        return text  # a button's payload, never typed words
    namen = _geladen or await asyncio.get_running_loop().run_in_executor(None, filter_)
    return namen.verwijder(text)


if __name__ == "__main__":  # `python -m wegwijs.namen`: build deduce's lookup cache once (make install)
    import time

    begin = time.perf_counter()
    filter_()
    print(f"deduce geladen in {time.perf_counter() - begin:.1f} s")
