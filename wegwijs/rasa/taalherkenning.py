"""Is a message Dutch, another language, or gibberish? Offline, before a topic is chosen.

The intent classifier always picks one of its topics, also for "merhaba" or
"sdfsdf". This module decides first whether there is Dutch to classify:

* a script that Dutch does not use says the language (Unicode ranges): Ge'ez
  (Tigrinya), Arabic, Cyrillic (Ukrainian; a Russian message gets the
  Ukrainian text too, which most Ukrainians who write Russian read);
* Latin text is another language only when few of its words are Dutch and
  lingua (lingua-language-detector, offline n-gram models, low-accuracy mode:
  ~40 MB) is sure, or when it has letters only Turkish or Polish use;
* gibberish: letters, but not one word that is Dutch (pyspellchecker's Dutch
  word list) or that the training data uses, not even with one typo, and
  every word looks typed by hitting keys (`gemept`). Other unknown words go
  to the classifier, whose fallback threshold decides.

Short Dutch ("ja", "nee", "50 euro", "sinds januari") must stay Dutch: fewer
than MIN_WORDS_LINGUA words are never given to lingua, and a message with a
share of Dutch words of at least DUTCH_SHARE is Dutch. bench/nlu.py measures
the false positives on every training and held-out example.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

NEDERLANDS = "nl"
ENGELS = "en"  # understood by the classifier too (nlu/en/, issue #15): the taal filter keeps its intent
ANDERE_TAAL = "andere_taal"
ONZIN = "onzin"
# The languages with a fixed text of their own (bot/andere_talen.yml); another
# language lingua is sure of gets the English text.
TALEN_MET_TEKST = ("ar", "tr", "pl", "uk", "ti", "en")
VOOR_ANDERE_TALEN = "en"

MIN_WORDS_LINGUA = 3  # "ja", "nee hoor", "50 euro": too short to tell a language by
MIN_LETTERS_LINGUA = 12
LINGUA_ZEKER = 0.75  # lingua's confidence in the other language
DUTCH_SHARE = 0.5  # at least this share of Dutch words: Dutch, whatever lingua says
ENGELS_FACTOR = 3  # a word this many times more frequent in English than in Dutch is English
MIN_FREQ = 100  # pyspellchecker counts; below this the Dutch list holds names and foreign words
TYPO_MIN_LEN = 4  # words this long may be one edit away from a known word

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
TURKS = set("ığşİĞŞ")
POOLS = set("ąęłńśźżćĄĘŁŃŚŹŻĆ")
OEKRAIENS = set("іїєґІЇЄҐ")

_SCRIPTS = (
    ("ti", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),  # Ethiopic (Ge'ez)
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("uk", ((0x0400, 0x052F),)),  # Cyrillic
)


@dataclass(frozen=True)
class Herkenning:
    soort: str  # NEDERLANDS, ANDERE_TAAL or ONZIN
    taal: str | None = None  # for ANDERE_TAAL: a code of TALEN_MET_TEKST
    reden: str = ""
    gezien: str | None = None  # the language lingua named (German gets taal "en" but is no English)

    @property
    def engels(self) -> bool:
        """English itself, not another language that gets the English fixed text."""
        return self.soort == ANDERE_TAAL and self.gezien == ENGELS


def script_taal(text: str) -> str | None:
    """The language of the script most letters are in, when that is not Latin."""
    letters = [ord(c) for c in text if c.isalpha()]
    if not letters:
        return None
    for taal, ranges in _SCRIPTS:
        count = sum(1 for c in letters if any(lo <= c <= hi for lo, hi in ranges))
        if count * 2 > len(letters):
            return taal
    return None


def _woordfrequenties(taal: str) -> dict[str, int]:
    """pyspellchecker's word-frequency list of a language (from OpenSubtitles)."""
    from importlib.resources import files

    path = files("spellchecker").joinpath("resources", f"{taal}.json.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def nederlandse_woorden() -> frozenset[str]:
    """Dutch words, the rarest left out (there the list holds names and foreign words)."""
    return frozenset(w for w, n in _woordfrequenties(NEDERLANDS).items() if n >= MIN_FREQ)


@lru_cache(maxsize=1)
def engelse_woorden() -> frozenset[str]:
    """Words far more frequent in English than in Dutch: "you", "the", "with", "help", "sorry".

    Dutch subtitles and the out-of-scope training examples hold English too, so
    these do not count as Dutch words when a message's share of Dutch is measured.
    """
    nl, en = _woordfrequenties(NEDERLANDS), _woordfrequenties("en")
    nl_totaal, en_totaal = sum(nl.values()), sum(en.values())
    return frozenset(w for w, n in en.items()
                     if n >= MIN_FREQ and n / en_totaal > ENGELS_FACTOR * nl.get(w, 0) / nl_totaal)


@lru_cache(maxsize=1)
def _lingua():
    from lingua import Language, LanguageDetectorBuilder

    talen = [Language.DUTCH, Language.ENGLISH, Language.TURKISH, Language.POLISH, Language.GERMAN,
             Language.FRENCH, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.SOMALI,
             Language.INDONESIAN, Language.ROMANIAN]
    return LanguageDetectorBuilder.from_languages(*talen).with_low_accuracy_mode().build()


def lingua_taal(text: str) -> tuple[str, float]:
    """lingua's most likely language (ISO 639-1, lower case) and its confidence."""
    best = _lingua().compute_language_confidence_values(text)[0]
    return best.language.iso_code_639_1.name.lower(), best.value


# Languages pyspellchecker has a word list for: lingua's guess must show real words of it.
MET_WOORDENLIJST = frozenset({"en", "es", "fr", "pt", "de", "it"})
WOORDEN_ZEKER = 0.5  # at least this share of the words is a word of the language lingua names


@lru_cache(maxsize=None)
def woorden_van(taal: str) -> frozenset[str]:
    return frozenset(w for w, n in _woordfrequenties(taal).items() if n >= MIN_FREQ)


def aandeel_woorden_van(taal: str, words: list[str]) -> float:
    """The share of the words that are words of a language with a word list here (0 without one)."""
    if taal not in MET_WOORDENLIJST:
        return 0.0
    return sum(w in woorden_van(taal) for w in words) / len(words)


ENGELS_ZEKER = 0.6  # at least this share of English words, more than of lingua's language: English


def eigenlijk_engels(taal: str, words: list[str]) -> bool:
    """Short English that lingua calls French, Polish or Turkish ("i got a sanction", "duty to inform"):
    its words are English words, more than words of the language lingua named."""
    engels = aandeel_woorden_van(ENGELS, words)
    return taal != ENGELS and engels >= ENGELS_ZEKER and engels > aandeel_woorden_van(taal, words)


def heeft_woorden_van(taal: str, words: list[str]) -> bool:
    """Whether lingua's language shows in the words: "blorp fnarg wibbel" is 99% Italian to lingua,
    but no word of it is Italian. A language without a word list here is taken on lingua's word."""
    if taal not in MET_WOORDENLIJST:
        return True
    return sum(w in woorden_van(taal) for w in words) / len(words) >= WOORDEN_ZEKER


_TOETSENRIJEN = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KLINKERS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")


def gemept(woord: str) -> bool:
    """A word typed by hitting keys: three neighbours on a keyboard row ("qwe", "lkj"),
    a letter three times ("hhh"), a repeated piece ("fghfgh"), or no vowel ("xcvbnm")."""
    if any(woord[i:i + 3] in rij or woord[i:i + 3] in rij[::-1] for rij in _TOETSENRIJEN for i in range(len(woord) - 2)):
        return True
    if re.search(r"(.)\1\1", woord) or (len(woord) >= 6 and re.fullmatch(r"(.{1,4}?)\1+", woord)):
        return True
    return len(woord) >= 3 and not set(woord) & _KLINKERS


def _rijloopjes(woord: str) -> list[int]:
    """Where three neighbours on a keyboard row start ("asd" at 0 and "kjh" at 3 in "asdkjh")."""
    return [i for i in range(len(woord) - 2) for rij in _TOETSENRIJEN
            if woord[i:i + 3] in rij or woord[i:i + 3] in rij[::-1]]


def rammel(woord: str) -> bool:
    """Nothing but keys hit: one piece typed three times or more ("kkkkkk", "jjj"), a run along a keyboard
    row ("asdfgh", "hgfdsa", "lkj"), four neighbours on a row ("asdfkj") or two runs of three apart ("asdkjh").
    The out-of-scope training examples hold such lines; their words are no Dutch. (Session 18: "asdkjh", from
    "asdkjh qwlekj", counted as a Dutch word, so "asdkjh qwe" was half Dutch and went to the classifier.) Only a
    word outside the Dutch word list is asked (Taalherkenner): "concentreert" has two runs and stays Dutch."""
    if re.fullmatch(r"(.{1,3}?)\1{2,}", woord):
        return True
    if len(woord) >= 3 and any(woord in rij or woord in rij[::-1] for rij in _TOETSENRIJEN):
        return True
    loopjes = _rijloopjes(woord)
    return any(b - a == 1 for a in loopjes for b in loopjes) or any(b - a >= 3 for a in loopjes for b in loopjes)


def ongerekt(woord: str) -> set[str]:
    """What a stretched word may stand for: a letter typed three times or more as once or twice ("laterrr" ->
    "later", "neeeee" -> "nee"), a laugh or a word typed again and again as one or two of its piece ("hahahaha" ->
    "ha", "haha"). Only forms of two different letters or more: "jjjjjj" and "aaaa" stand for nothing."""
    vormen = {re.sub(r"(.)\1{2,}", r"\1", woord), re.sub(r"(.)\1{2,}", r"\1\1", woord)}
    stuk = re.fullmatch(r"(.{2,4}?)\1+", woord)
    if stuk:
        vormen |= {stuk.group(1), stuk.group(1) * 2}
    return {v for v in vormen if v != woord and len(set(v)) >= 2}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Taalherkenner:
    """Decides per message: Dutch (to the classifier), another language, or gibberish."""

    def __init__(self, trainingswoorden: Iterable[str] = ()):
        self.nederlands = nederlandse_woorden()
        # The English training examples (nlu/en/) must not make English words count as Dutch.
        engels = woorden_van(ENGELS)
        self.trainingswoorden = frozenset(w for w in (w.lower() for w in trainingswoorden)
                                          if w in self.nederlands or (w not in engels and not rammel(w)))
        self.woorden = self.nederlands | self.trainingswoorden
        self.engels = engelse_woorden()
        # one deletion away from a training word: "bijstnd", "uitkerig", "gemeende" (symmetric delete)
        self.zonder_een_letter = {d for w in self.trainingswoorden if len(w) >= TYPO_MIN_LEN for d in _deletions(w)}

    def bekend(self, woord: str) -> bool:
        """Dutch, or a word of the training data (or one typo away from one) that does not look
        typed by hitting keys (the out-of-scope examples hold some gibberish)."""
        if woord in self.nederlands:
            return True
        if gemept(woord):
            # "laterrr", "hahahaha", "hoiiii": small talk stretched, not keys hit (session 14: they got nlu_fallback
            # at confidence 1 while the classifier read them right). Only an exact Dutch or training word counts.
            return any(v in self.woorden and not gemept(v) for v in ongerekt(woord))
        if woord in self.trainingswoorden:
            return True
        if len(woord) < TYPO_MIN_LEN:
            return False
        return woord in self.zonder_een_letter or bool(_deletions(woord) & (self.zonder_een_letter | self.trainingswoorden))

    def herken(self, text: str) -> Herkenning:
        text = unicodedata.normalize("NFC", text or "")
        taal = script_taal(text)
        if taal:
            return Herkenning(ANDERE_TAAL, taal, "schrift")
        words = [w.lower() for w in WORD.findall(text)]
        if not words:
            return Herkenning(NEDERLANDS, reden="geen letters")  # a number, an emoji: the classifier decides
        known = [w for w in words if self.bekend(w)]
        dutch = sum(1 for w in words if w in self.woorden and w not in self.engels)
        letters = set(text)
        if letters & TURKS:
            # "Merhaba, nasılsınız": "merhaba" is a training word (a greeting example "merhaba hallo"), so half the
            # words looked Dutch. Beside Turkish letters only the Dutch dictionary's words count as Dutch.
            dutch = sum(1 for w in words if w in self.nederlands and w not in self.engels)
        if dutch / len(words) >= DUTCH_SHARE:
            return Herkenning(NEDERLANDS, reden="nederlandse woorden")
        if letters & TURKS:
            return Herkenning(ANDERE_TAAL, "tr", "turkse letters")
        if letters & POOLS:
            return Herkenning(ANDERE_TAAL, "pl", "poolse letters")
        if len(words) >= MIN_WORDS_LINGUA and sum(map(len, words)) >= MIN_LETTERS_LINGUA:
            code, zeker = lingua_taal(text)
            if code != NEDERLANDS and zeker >= LINGUA_ZEKER and heeft_woorden_van(code, words):
                code = ENGELS if eigenlijk_engels(code, words) else code
                return Herkenning(ANDERE_TAAL, code if code in TALEN_MET_TEKST else VOOR_ANDERE_TALEN, f"lingua {code}",
                                  gezien=code)
        if not known and all(gemept(w) for w in words):
            return Herkenning(ONZIN, reden="geen bekend woord, gemept")
        # Unknown but word-like ("tabee", "cancel"): the classifier and its fallback threshold decide.
        return Herkenning(NEDERLANDS, reden="bekende woorden" if known else "onbekende woorden")
