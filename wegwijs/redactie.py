"""Remove personal data from chat messages before anything is stored.

`redact(text)` replaces what identifies a person with a placeholder:

    [BSN] [IBAN] [TELEFOON] [EMAIL] [ADRES] [POSTCODE] [GEBOORTEDATUM]

and leaves everything the calculators and the dialogue need: amounts
("€ 1.200,50", "1234 euro"), dates that are not birth dates ("per 1 januari
2026"), article numbers and the helplines the bot gives itself (0800-0113,
113, 112). Numbers are only taken away when they pass the check that real
ones pass: the elfproef for a BSN, mod-97 for an IBAN, the Dutch numbering
plan for a phone number. A near miss stays as typed.

The detectors read a normalised copy of the text (`_normalise`), so a
number is found however it is written: NFKC ("１" and "＠" become "1" and
"@"), every Unicode digit as 0-9 ("١١١" and "۱۱۱" are 111), every space as
" " (no-break, narrow, thin), and invisible format characters and combining
marks left out (zero-width space, soft hyphen, bidi controls, keycaps).
Between the groups of a number up to three of " ./_-" may stand
("111 - 222 - 333", "06_12_34_56_78"). What they find is mapped back to the
original text: only the identifier becomes its placeholder, the rest of the
message stays exactly as typed.

Each kind has one small function that yields spans; `_spans` takes them in
order of priority (an e-mail address wins over the digits inside it), drops
overlaps and joins a street and a postcode next to each other into one
address. Every pattern is linear in the length of the text: no nested
quantifiers over the same characters, and patterns that could start
anywhere in a long word only start at a boundary. Text without a digit or
"@" (after normalising) is returned at once.

`redact_value(obj)` does the same for every string in a JSON-like value,
such as a Rasa event dict, and keeps the keys and Rasa's own message and
model ids (random hex, which now and then looks like a number or an address).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Iterator, NamedTuple

BSN = "[BSN]"
IBAN = "[IBAN]"
TELEFOON = "[TELEFOON]"
EMAIL = "[EMAIL]"
ADRES = "[ADRES]"
POSTCODE = "[POSTCODE]"
GEBOORTEDATUM = "[GEBOORTEDATUM]"

# re.ASCII everywhere: the patterns read the normalised copy, where every digit is 0-9.
_A = re.ASCII
_AI = re.ASCII | re.IGNORECASE

# A number starts where no digit (or digit plus "." "," "/" "-") comes before it,
# and ends where no digit (or such a sign plus digit) follows: so "1.234.567,89"
# and the middle of a longer number are never read as a shorter one.
_NUM_START = r"(?<![0-9])(?<![0-9][.,/-])"
_NUM_END = r"(?![0-9]|[.,/-][0-9])"
# What people put between the groups of a number: "111 222 333", "111/222/333", "111_222_333",
# "111 - 222 - 333", "06 . 12". At most three, so "1200 euro en 300" stays apart.
_GAP = r"[\s./_-]{0,3}"
_PHONE_GAP = r"[\s.()/_-]{0,3}"  # and brackets: "(020) 765 4321", "+31 (0)6"


# ---------------------------------------------------------------- the copy the detectors read

# Leave out: invisible format characters (zero-width space and joiners, word joiner, soft hyphen,
# BOM, bidi marks and isolates) and combining marks (accents, variation selectors, the keycap in "1️⃣").
_LEFT_OUT = frozenset({"Cf", "Mn", "Me"})


@lru_cache(maxsize=4096)
def _read_as(char: str) -> str:
    """How the detectors read one typed character: "١" as "1", a no-break space as " ", "\u200b" as ""."""
    read = []
    for c in unicodedata.normalize("NFKC", char):
        category = unicodedata.category(c)
        if category in _LEFT_OUT:
            continue
        if category == "Nd":
            c = str(unicodedata.decimal(c))
        elif category == "Zs":
            c = " "
        elif category in ("Zl", "Zp"):
            c = "\n"
        read.append(c)
    return "".join(read)


class _Normalised(NamedTuple):
    text: str  # what the detectors read
    origin: list[int] | None  # origin[i] is the index in the typed text of text[i]; None: text is the typed text


def _normalise(typed: str) -> _Normalised:
    if typed.isascii():
        return _Normalised(typed, None)
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(typed):
        read = char if char < "\x80" else _read_as(char)
        chars.append(read)
        origin.extend([i] * len(read))
    return _Normalised("".join(chars), origin)


def _typed_span(span: "Span", normalised: _Normalised, typed: str) -> tuple[int, int]:
    """Where a span of the normalised copy is in the typed text.

    Characters left out inside the span go with it. Combining marks right
    after it belong to its last character ("3️⃣"), so they go too.
    """
    if normalised.origin is None:
        return span.start, span.end
    start = normalised.origin[span.start]
    end = normalised.origin[span.end - 1] + 1
    while True:  # marks after it, also past an invisible character between ("3", ZWSP, keycap)
        ahead = end
        while ahead < len(typed) and unicodedata.category(typed[ahead]) == "Cf":
            ahead += 1
        if ahead < len(typed) and unicodedata.category(typed[ahead]) in ("Mn", "Me"):
            end = ahead + 1
        else:
            return start, end


class Span(NamedTuple):
    start: int
    end: int
    kind: str | None  # a placeholder, or None: keep this text as typed, no other kind may use it


# ---------------------------------------------------------------- shared checks

_MAY_CONTAIN_DATA = re.compile(r"[0-9@]")
_AMOUNT_BEFORE = re.compile(r"(?:€|\beuro?)\s*$", _AI)
_AMOUNT_AFTER = re.compile(r"\s*(?:,[0-9-]|euro?\b|€)", _AI)


def _is_amount(text: str, start: int, end: int) -> bool:
    """ "€ 111.222.333", "111222333 euro", "1200,-": money, whatever its digits."""
    return bool(_AMOUNT_BEFORE.search(text, max(0, start - 8), start) or _AMOUNT_AFTER.match(text, end))


def elfproef(digits: str) -> bool:
    """The BSN check: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not all zeros)."""
    if len(digits) != 9 or not (digits.isascii() and digits.isdigit()) or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return total % 11 == 0


# IBAN length per country (ISO 13616 / SWIFT IBAN registry).
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "QA": 29, "RO": 24, "RU": 33, "SA": 24, "SC": 31, "SD": 18,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", _A)


def _compact(iban: str) -> str:
    """ "nl91 abna-0417" -> "NL91ABNA0417": letters and digits only, in capitals."""
    return re.sub(r"[^A-Za-z0-9]", "", iban).upper()


def _iban_shaped(compact: str) -> bool:
    """Country code, check digits, and the right length for that country."""
    return (
        bool(_IBAN_SHAPE.fullmatch(compact))
        and _IBAN_LENGTHS.get(compact[:2]) == len(compact)
        and sum(c.isdigit() for c in compact[4:]) >= 6  # account numbers are digits, "nl12werkikbij..." is text
    )


def iban_valid(value: str) -> bool:
    """Mod-97 (ISO 13616): shaped like an IBAN of its country, and the check digits fit."""
    compact = _compact(value)
    if not _iban_shaped(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1  # A=10 ... Z=35


# ---------------------------------------------------------------- one function per kind

# The local part only starts at a boundary, else "aaaa...@" is tried from every "a".
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", _A)


def _email_spans(text: str) -> Iterator[Span]:
    for m in _EMAIL.finditer(text):
        yield Span(m.start(), m.end(), EMAIL)


# Where an IBAN may start: country code and check digits, together ("de 12 uur ..." is no IBAN).
_IBAN_START = re.compile(r"(?=([A-Za-z]{2})[0-9]{2})", _A)
# How an IBAN is written: in one piece or in groups of four ("NL82 RABO 0312 3456 78", "NL82-RABO-...").
_IBAN_WRITTEN = re.compile(
    r"[A-Za-z]{2}[0-9]{2}(?:[A-Za-z0-9]+|(?:[\s./_-]{1,3}[A-Za-z0-9]{4})+(?:[\s./_-]{1,3}[A-Za-z0-9]{1,3})?)", _A
)


@lru_cache(maxsize=None)
def _iban_chars(length: int, after_code: str = "") -> re.Pattern:
    """Country code, `after_code` (a space in "NL 91 ..."), check digits, then letters/digits up to `length`
    with small gaps between, no digit after."""
    return re.compile(rf"[A-Za-z]{{2}}{after_code}[0-9]{{2}}(?:{_GAP}[A-Za-z0-9]){{{length - 4}}}(?![0-9])", _A)


# "NL 91 ABNA 0417 1643 00": a space after the country code only when the rest is in groups of four or in
# one piece, so that "is 06 1234 5678 en ik woon ..." is not tried as an IBAN from Iceland (IS).
_IBAN_SPACED_START = re.compile(r"(?<![A-Za-z])(?=([A-Za-z]{2})\s{1,3}[0-9]{2})", _A)
_IBAN_SPACED = re.compile(
    r"[A-Za-z]{2}\s{1,3}[0-9]{2}(?:\s{0,3}[A-Za-z0-9]+|(?:\s{1,3}[A-Za-z0-9]{4})+(?:\s{1,3}[A-Za-z0-9]{1,3})?)", _A
)


def _iban_candidates(text: str) -> Iterator[re.Match]:
    for start in _IBAN_START.finditer(text):
        length = _IBAN_LENGTHS.get(start.group(1).upper())
        m = length and _iban_chars(length).match(text, start.start())
        if m:
            yield m
    for start in _IBAN_SPACED_START.finditer(text):
        length = _IBAN_LENGTHS.get(start.group(1).upper())
        m = length and _iban_chars(length, r"\s{1,3}").match(text, start.start())
        if m and _IBAN_SPACED.fullmatch(m.group()):
            yield m


def _iban_spans(text: str) -> Iterator[Span]:
    for m in _iban_candidates(text):
        if not _iban_shaped(_compact(m.group())):
            continue
        if iban_valid(m.group()):
            yield Span(m.start(), m.end(), IBAN)
        elif _IBAN_WRITTEN.fullmatch(m.group()):
            yield Span(m.start(), m.end(), None)  # a mistyped IBAN stays, and its digits are no phone number


_PHONE_NL = re.compile(
    rf"""(?<![0-9+])(?<![0-9][.,/-])                      # not inside a number
    (?: (?:\+|00)\s{{0,3}}31 {_GAP} (?:\(?0\)?{_GAP})?        # +31, 0031, +31 (0), +310
      | \(?0 (?:\s{{1,3}}(?=6))? )                           # 0, (0, "0 6" (only a mobile: "0 19598" is no phone)
    [1-9] (?:{_PHONE_GAP}[0-9]){{8}}                        # the nine digits after the 0, grouped any way
    (?![0-9])""",
    re.VERBOSE | _A,
)
# Not a person: 0800/0900/090x are service numbers, 088 is a company number (UWV, SVB).
_PHONE_PUBLIC = ("0800", "0900", "0906", "0909", "088")
# Run together with a word only after one like "tel": else "NL12ABNA0417164300" is a phone number.
_PHONE_WORD = re.compile(r"(?:tel|nr|nummer|mobiel|bel|gsm|whatsapp|app)$", _AI)
_PHONE_INTL = re.compile(rf"(?<![A-Za-z0-9+])\+(?!\s{{0,3}}31)\s{{0,3}}[1-9](?:{_PHONE_GAP}[0-9]){{8,13}}(?![0-9])", _A)
# "01-02-2023 12 uur" has ten digits and a 0 in front, but it is a date (and "06-12-34-56-78" is not);
# so has "0 69 23-2-2025 6", a list of numbers with a date among them.
_DATE_LIKE = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:[0-9]{4}|[0-9]{2}(?![./-]?[0-9]))", _A
)


def _phone_spans(text: str) -> Iterator[Span]:
    for m in _PHONE_NL.finditer(text):
        national = "0" + re.sub(r"[^0-9]", "", m.group())[-9:]  # +31 6 1234 5678 -> 0612345678
        if national.startswith(_PHONE_PUBLIC) or _DATE_LIKE.search(m.group()):
            continue
        after_letter = m.start() > 0 and text[m.start() - 1].isalpha()
        if after_letter and not _PHONE_WORD.search(text, max(0, m.start() - 8), m.start()):
            continue
        yield Span(m.start(), m.end(), TELEFOON)
    for m in _PHONE_INTL.finditer(text):
        yield Span(m.start(), m.end(), TELEFOON)


_MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "febr": 2, "februari": 2, "mrt": 3, "maart": 3,
    "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8,
    "augustus": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oct": 10, "oktober": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY, _MONTH, _YEAR = r"(?P<d>[0-9]{1,2})", r"(?P<m>[0-9]{1,2})", r"(?P<y>[0-9]{4}|[0-9]{2})"
_DATES = (
    # 12-03-1985, 12/3/85, 12.03.1985 (the same sign twice)
    re.compile(_NUM_START + _DAY + r"(?P<sep>[-/.])" + _MONTH + "(?P=sep)" + _YEAR + _NUM_END, _A),
    # 1985-03-12
    re.compile(_NUM_START + r"(?P<y>[0-9]{4})-" + _MONTH + "-" + _DAY + _NUM_END, _A),
    # 12 maart 1985, 12 mrt '85, 1e jan 1990
    re.compile(_NUM_START + _DAY + rf"(?:e|ste|de)?\s*(?P<m>{_MONTH_NAMES})\.?\s*'?" + _YEAR + _NUM_END, _AI),
)
# 12031985: only read as a date when the message says it is a birth date.
_COMPACT_DATE = re.compile(_NUM_START + r"(?P<d>[0-9]{2})(?P<m>[0-9]{2})(?P<y>(?:19|20)[0-9]{2})" + _NUM_END, _A)
_BIRTH_WORD = r"(?:geboren|geboorte\w*|geb\.?\s?dat(?:um)?|gebdat\w*|geb\b\.?|verjaardag|jarig|birthday|bday)"
# "geboren op 12-03-1985", "geb: 12/3/85": the word shortly before, with no other number between.
_BIRTH_BEFORE = re.compile(rf"\b{_BIRTH_WORD}[^0-9]{{0,30}}$", _AI)
# ... unless the words between make it another date: "geboren in turkije, sinds 01-02-2010 hier".
_OTHER_DATE_WORD = re.compile(r"\b(?:sinds|vanaf|per|tot|t/m|na|voor)\b", _AI)
# "12-03-1985 is mijn geboortedatum"
_BIRTH_AFTER = re.compile(
    rf"\s*[(,:-]?\s*(?:is\s+|was\s+)?(?:mijn\s+|mn\s+|m'n\s+|de\s+|zijn\s+|haar\s+)?{_BIRTH_WORD}", _AI
)


def _said_to_be_birth_date(text: str, start: int, end: int) -> bool:
    before = _BIRTH_BEFORE.search(text, max(0, start - 50), start)
    if before and not _OTHER_DATE_WORD.search(text, before.start(), start):
        return True
    return bool(_BIRTH_AFTER.match(text, end))


def _as_date(day: str, month: str, year: str, today: date) -> date | None:
    y = int(year)
    if len(year) == 2:  # '85 -> 1985, '07 -> 2007
        y += 2000 if 2000 + y <= today.year else 1900
    m = int(month) if month.isdigit() else _MONTHS[month.lower()]
    if not 1900 <= y <= today.year + 1:
        return None
    try:
        return date(y, m, int(day))
    except ValueError:
        return None


def _birth_date_spans(text: str, today: date) -> Iterator[Span]:
    for pattern in _DATES:
        for m in pattern.finditer(text):
            when = _as_date(m["d"], m["m"], m["y"], today)
            if when is None or _is_amount(text, m.start(), m.end()):
                continue
            if today.year - when.year >= 15 or _said_to_be_birth_date(text, m.start(), m.end()):
                yield Span(m.start(), m.end(), GEBOORTEDATUM)
    for m in _COMPACT_DATE.finditer(text):
        if _as_date(m["d"], m["m"], m["y"], today) and _said_to_be_birth_date(text, m.start(), m.end()):
            yield Span(m.start(), m.end(), GEBOORTEDATUM)


_POSTCODE = r"[1-9][0-9]{3} ?[A-Za-z]{2}(?![A-Za-z])"
_HOUSE_NUMBER = r"[0-9]{1,5}(?:[ -]?[A-Za-z](?![A-Za-z0-9]))?(?:-[0-9]{1,3})?(?![0-9])"  # 12, 12a, 12 A, 12-3
_NUMBER_WORD = r"(?:(?:huis)?(?:nummer|nr)|no)\.?:?\s*"
_POSTCODE_ONLY = re.compile(_NUM_START + _POSTCODE, _A)
# Two letters after four digits are often just a word: "1200 en", "2024 is", "450 pm".
# Written in lower case these are not read as a postcode (upper case always is).
_NOT_POSTCODE_LETTERS = frozenset(
    "en of in op is te ik je al nu na om de er ze we zo ja me mn zn he eh ok af uw ie ah oh hm gr xx "
    "pm pj pw pd pp ex km kg cm mm ml mg jr wk dg hr st nr ct eu ca vs bv tv pc id ns ww dd vd tm "
    "ma di wo do vr za nl".split()
)
_NEVER_ISSUED = frozenset({"SA", "SD", "SS"})  # PostNL does not use these letter pairs
_POSTCODE_WORD = re.compile(r"post\s?code\s*:?\s*$", _AI)


def _is_postcode(text: str, start: int, end: int) -> bool:
    letters = text[end - 2 : end]
    if letters.upper() in _NEVER_ISSUED or _is_amount(text, start, end):
        return False
    if letters.isupper() or _POSTCODE_WORD.search(text, max(0, start - 12), start):
        return True
    return letters.lower() not in _NOT_POSTCODE_LETTERS


def _postcode_spans(text: str) -> Iterator[Span]:
    for m in _POSTCODE_ONLY.finditer(text):
        if _is_postcode(text, m.start(), m.end()):
            yield Span(m.start(), m.end(), POSTCODE)


_STREET_SUFFIX = r"(?:straat|str|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|hof|park|pad)"
# "Kerkstraat 12a", "dorpsstr. 3", "van der Helststraat 8": a word ending in a street suffix
# (with at least two letters before it, so "weg 2 weken" is not a street), then a house number.
_STREET_ADDRESS = re.compile(
    r"(?<![A-Za-z'-])(?:van\s+(?:de[rn]?\s+)?)?"  # van Goghstraat, van der Helststraat
    rf"(?P<street>[A-Za-z]{{2}}[A-Za-z'-]*?{_STREET_SUFFIX})(?![A-Za-z])\.?\s*{_HOUSE_NUMBER}",
    _AI,
)
_NOT_STREETS = frozenset({"onderweg", "halfweg"})
# Streets of more than one word (issue #14, part 9): words that open a street name in any case
# ("Lange Nieuwstraat", "hoge rijndijk", "Burgemeester de Vlugtlaan", "Dr. Schaepmanstraat").
_STREET_OPENERS = (
    r"(?:lange|korte|hoge|lage|oude|nieuwe|grote|kleine|eerste|tweede|derde|vierde|sint|st|burgemeester|burg"
    r"|prins|prinses|koning|koningin|graaf|gravin|hertog|dr|dokter|prof|professor|generaal|president|kapitein"
    r"|admiraal|pastoor|pater|mr|jonkheer|noord|zuid|oost|west|achter|binnen|buiten)\.?"
)
_INTERFIX = r"(?:van\s+(?:de[rn]?\s+)?|de[rn]?\s+|'t\s+|ter\s+|ten\s+)"
# An opener, or a capitalised word, with an interfix between: up to three words before the street word.
_NAME_WORD = rf"(?:(?i:{_STREET_OPENERS})|[A-Z][a-z]+\.?)"
_STREET_WORD = r"[A-Za-z]{2}[A-Za-z'-]*?" + _STREET_SUFFIX
_STANDALONE = r"(?:Laan|Plein|Gracht|Kade|Singel|Dijk|Weg|Dreef|Hof|Park|Straat|Steeg)"
_HOUSE_NUMBER_TAIL = r"(?:\s*(?:nr\.?|nummer)\s*[0-9]{1,5}[A-Za-z]?|\s+(?:bis|hs|huis)\b|\s*-[0-9]{1,3})?"
_LONG_STREET = re.compile(
    r"(?<![A-Za-z'-])(?:"
    rf"(?:{_NAME_WORD}\s+{_INTERFIX}?){{1,3}}(?P<street>{_STREET_WORD})(?![A-Za-z])"  # Lange Nieuwstraat
    rf"|(?:(?i:{_STREET_OPENERS})\s+)?{_STANDALONE}(?:\s+{_INTERFIX}?[A-Z][A-Za-z'-]+)?"  # Laan van Meerdervoort
    rf")\.?\s*{_HOUSE_NUMBER}{_HOUSE_NUMBER_TAIL}",
    re.ASCII,
)
# "1234 AB 12", "1234ab, nr 5", "1234 ab huisnummer 12"
_POSTCODE_THEN_NUMBER = re.compile(
    rf"{_NUM_START}(?P<pc>{_POSTCODE})[ ,:]*(?:en\s+)?(?:{_NUMBER_WORD})?{_HOUSE_NUMBER}", _AI
)
# "huisnummer 12, 1234 AB", "nr 5 postcode 1234ab": the span starts at the number.
_NUMBER_THEN_POSTCODE = re.compile(
    rf"\b{_NUMBER_WORD}(?P<nr>{_HOUSE_NUMBER})[ ,]*(?:(?:en|met)\s+)?(?:post\s?code\s*:?\s*)?(?P<pc>{_POSTCODE})", _AI
)


def _address_spans(text: str) -> Iterator[Span]:
    for m in _LONG_STREET.finditer(text):
        if (m["street"] or "").lower() not in _NOT_STREETS and not _is_amount(text, m.start(), m.end()):
            yield Span(m.start(), m.end(), ADRES)
    for m in _STREET_ADDRESS.finditer(text):
        if m["street"].lower() not in _NOT_STREETS and not _is_amount(text, m.start(), m.end()):
            yield Span(m.start(), m.end(), ADRES)
    for m in _POSTCODE_THEN_NUMBER.finditer(text):
        if _is_postcode(text, m.start("pc"), m.end("pc")):
            yield Span(m.start(), m.end(), ADRES)
    for m in _NUMBER_THEN_POSTCODE.finditer(text):
        if _is_postcode(text, m.start("pc"), m.end("pc")):
            yield Span(m.start("nr"), m.end(), ADRES)


# 111222333, 1112.22.333, 111 222 333, 111/222/333, 111 - 222 - 333
_BSN = re.compile(rf"{_NUM_START}[0-9](?:{_GAP}[0-9]){{8}}{_NUM_END}", _A)


_VISIBLE_GAP = re.compile(r"[^0-9\s]+(?:\s+[^0-9\s]+)*", _A)


def _grouped_as_one_number(written: str) -> bool:
    """ "111 222 333", "1112.22.333", "617-283-941", "111/222/333", "111 - 222 - 333": one number.

    Spaces, and single dots and hyphens, may stand anywhere, as always. Other
    signs ("/", "_", " - ") only count when they split the number in at least
    three groups, the same sign each time: "1200/300 450" or "12 - 345 678 9"
    are numbers that happen to stand close together.
    """
    signs = [gap for gap in re.findall(r"[^0-9]+", written) if not gap.isspace()]
    if all(sign in (".", "-") for sign in signs):
        return True
    return len(signs) >= 2 and len({_VISIBLE_GAP.search(sign).group() for sign in signs}) == 1


def _bsn_spans(text: str) -> Iterator[Span]:
    pos = 0
    while m := _BSN.search(text, pos):
        digits = re.sub(r"[^0-9]", "", m.group())
        if (
            elfproef(digits)
            and _grouped_as_one_number(m.group())
            and not _DATE_LIKE.search(m.group())  # "6-4-2025 7 9 4": a date and two numbers
            and not _is_amount(text, m.start(), m.end())
        ):
            yield Span(m.start(), m.end(), BSN)
            pos = m.end()
        else:  # "12 / 111 222 333": the BSN may start inside what was tried
            pos = m.start() + 1


# ---------------------------------------------------------------- putting it together

# Between a street with number and a postcode: "Kerkstraat 12, 1234 AB", "... 12 in 1234ab".
_ADDRESS_GAP = re.compile(r"[ ,]*(?:(?:in|te)\s+)?", _AI)


def _spans(text: str, today: date) -> list[Span]:
    """All personal data in text, without overlaps, in order."""
    taken: list[Span] = []  # sorted, without overlaps
    detectors = (
        _email_spans(text),
        _iban_spans(text),
        _phone_spans(text),
        _birth_date_spans(text, today),
        _address_spans(text),
        _postcode_spans(text),
        _bsn_spans(text),
    )
    for spans in detectors:  # earlier kinds win
        for span in spans:
            i = bisect.bisect(taken, span.start, key=lambda t: t.start)
            if (i == 0 or taken[i - 1].end <= span.start) and (i == len(taken) or span.end <= taken[i].start):
                taken.insert(i, span)
    joined: list[Span] = []
    for span in taken:
        prev = joined[-1] if joined else None
        if (
            prev
            and {prev.kind, span.kind} <= {ADRES, POSTCODE}
            and ADRES in {prev.kind, span.kind}
            and _ADDRESS_GAP.fullmatch(text, prev.end, span.start)
        ):
            joined[-1] = Span(prev.start, span.end, ADRES)
        else:
            joined.append(span)
    return joined


MAX_PASSES = 4


def redact(text: str, today: date | None = None) -> str:
    """text with every BSN, IBAN, phone number, e-mail address, address, postcode and birth date replaced.

    Replacing one piece can make what is left around it match another
    detector (numbers glued together), so this repeats until nothing changes.
    """
    for _ in range(MAX_PASSES):
        redacted = _redact_once(text, today or date.today())
        if redacted == text:
            break
        text = redacted
    return text


def _redact_once(text: str, today: date) -> str:
    normalised = _normalise(text)
    if not _MAY_CONTAIN_DATA.search(normalised.text):
        return text
    parts, pos = [], 0
    for span in _spans(normalised.text, today):
        if span.kind:
            start, end = _typed_span(span, normalised, text)
            parts += [text[pos : max(pos, start)], span.kind]
            pos = max(pos, end)
    parts.append(text[pos:])
    return "".join(parts)


def found(text: str, today: date | None = None) -> list[str]:
    """The kinds of personal data in text, in order, e.g. ["[TELEFOON]", "[BSN]"]."""
    normalised = _normalise(text).text
    if not _MAY_CONTAIN_DATA.search(normalised):
        return []
    return [span.kind for span in _spans(normalised, today or date.today()) if span.kind]


# Rasa's own ids of a message and of a model (uuid4().hex): random hex that no person typed. Read as
# text, one in nine looked like a BSN, a postcode or a street number, and the tracker cache lost its match.
RASA_ID_KEYS = frozenset({"message_id", "model_id"})
_RASA_ID = re.compile(r"[0-9a-f]{32}")


def is_rasa_id(key, value) -> bool:
    return key in RASA_ID_KEYS and isinstance(value, str) and _RASA_ID.fullmatch(value) is not None


def redact_value(obj, today: date | None = None):
    """A copy of a JSON-like value (a Rasa event dict) with every string redacted, except Rasa's ids; keys stay."""
    if isinstance(obj, str):
        return redact(obj, today)
    if isinstance(obj, dict):
        return {key: value if is_rasa_id(key, value) else redact_value(value, today) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [redact_value(value, today) for value in obj]
    return obj
