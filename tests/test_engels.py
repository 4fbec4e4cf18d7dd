"""English (issue #15): plain English at about B1, and an exact list of what is not English yet.

The variant "en" falls back to the Dutch standard text where a response has no
English variation (knowledge/varianten.py). So that this fallback never hides
work that is not done, ENGELS_ONTBREEKT lists exactly the responses without
English; this test fails when the list is stale either way (a new Dutch response
without English, or an English text added without taking it off the list).

Readability: Flesch reading ease with the English formula
(206.835 - 1.015 words/sentence - 84.6 syllables/word). textstat's English
syllable count needs NLTK's cmudict, which is not installed offline; syllables
are counted here as the larger of pyphen's en_US hyphenation and the vowel
groups, which never makes a text look easier than textstat would.
"""

from __future__ import annotations

import re

import pyphen
import pytest
import yaml

from knowledge.teksten import alle_teksten
from knowledge.varianten import VARIANTEN
from wegwijs.responses import DOMAIN_DIR, all_responses, variant_of
from wegwijs.settings import ROOT

EN = "en"
MIN_SCORE = 60
MIN_AVERAGE = 70
MAX_WORDS_PER_SENTENCE = 20
MIN_WORDS_TO_SCORE = 5
ONTBREEKT_BESTAND = ROOT / "tests" / "engels_ontbreekt.txt"
PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Dutch names and terms an English text keeps on purpose, so the reader knows them from the
# gemeente's letters (issue #15 part 3): scored as one short word, not as English.
NEDERLANDSE_TERMEN = re.compile(
    r"\b(bijzondere bijstand|bijstandsnorm|bijstand|giften|gift|kostendelersnorm|vrijlating|participatieplicht|inlichtingenplicht"
    r"|ontheffing|AOW-leeftijd|studiefinanciering|voedselbank|voorschot|sociaal raadslieden|tolk"
    r"|Zelfmoordpreventie|Het Juridisch Loket|Teletolk|gemeente|Wegwijs|wis mijn gesprek"
    r"|kostendelers?|jongerennorm|mantelzorg|tegenprestatie|verordening|plan van aanpak|leefsituatie|gehuwden"
    r"|peildatum|loonkostensubsidie|Participatiewet|vermogen|bewindvoerder|inkomenstoeslag|vakantiegeld"
    r"|alimentatie|schuldhulp|beslagvrije voet|griffierecht|voorlopige voorziening|terugvordering|huisbezoek"
    r"|vrijwilligersvergoeding|klantmanager|kinderbijslag|huurtoeslag|zorgtoeslag|Dienst Toeslagen|zak- en kleedgeld"
    r"|Juridisch Loket|maatregel|bezwaar|samenwonen|logeren|opname|erfenis|lening|toeslagen|verhuizen)\b"
)
_HYPHENATOR = pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    word = word.lower()
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1  # a silent e: "made", "care"
    return max(1, groups, len(_HYPHENATOR.positions(word)) + 1)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", text) if s.strip()]


def reading_ease(text: str) -> float:
    words = WORD.findall(NEDERLANDSE_TERMEN.sub("it", text))
    per_sentence = len(words) / max(1, len(sentences(text)))
    return 206.835 - 1.015 * per_sentence - 84.6 * sum(map(syllables, words)) / len(words)


def engelse_teksten() -> list[tuple[str, str]]:
    return [(name, PLACEHOLDER.sub("this", v["text"])) for name, variations in all_responses().items()
            for v in variations if variant_of(v) == EN]


def te_scoren(teksten: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The texts long enough for a reading-ease score to mean something."""
    return [(n, t) for n, t in teksten if len(t.split()) >= MIN_WORDS_TO_SCORE]


def scored() -> list[tuple[str, str]]:
    return te_scoren(engelse_teksten())


# The pages for the gemeente's own staff (/review for testers, /signalen for policy staff) stay Dutch on purpose:
# no resident sees them (docs/architecture.md, "English").
ALLEEN_VOOR_MEDEWERKERS = ("review.yml", "signalen-pagina.yml")


def voor_medewerkers() -> set[str]:
    names = set()
    for bestand in ALLEEN_VOOR_MEDEWERKERS:
        data = yaml.safe_load((DOMAIN_DIR / bestand).read_text(encoding="utf-8")) or {}
        names |= set(data.get("responses") or {})
    return names


def zonder_engels() -> set[str]:
    """The responses a resident can see that have no English variation."""
    return {name for name, variations in all_responses().items()
            if all(variant_of(v) != EN for v in variations)} - voor_medewerkers()


def ontbreekt_volgens_lijst() -> set[str]:
    lines = ONTBREEKT_BESTAND.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_english_average_is_b1():
    scores = [reading_ease(t) for _, t in scored()]
    assert len(scores) > 50 and sum(scores) / len(scores) >= MIN_AVERAGE


def test_the_score_tells_hard_from_easy():
    easy = "You get money. You may keep it. Tell the gemeente about it."
    hard = ("Pursuant to the applicable provisions concerning the obligation to furnish information, "
            "the beneficiary shall immediately communicate all relevant circumstances.")
    assert reading_ease(easy) >= MIN_AVERAGE > MIN_SCORE > reading_ease(hard)


def test_the_staff_pages_are_the_only_dutch_only_texts():
    """Every response a resident can see has English; the staff pages exist and stay Dutch."""
    assert len(voor_medewerkers()) > 50 and not zonder_engels()
    assert all(all(variant_of(v) != EN for v in all_responses()[n]) for n in voor_medewerkers())


def test_the_responses_without_english_are_exactly_the_listed_ones():
    """tests/engels_ontbreekt.txt: what an English session still sees in Dutch. Take a name off when
    its English variation is written; a new response needs English or a line here."""
    missing, listed = zonder_engels(), ontbreekt_volgens_lijst()
    assert not missing - listed, f"no English and not listed: {sorted(missing - listed)}"
    assert not listed - missing, f"listed but English now or gone (take them off): {sorted(listed - missing)}"


def test_the_main_texts_are_english():
    """The welcome, the errors the gateway sends, the widget and the most used topics (issue #15 scope)."""
    hoofd = {"utter_welkom", "utter_niet_begrepen", "utter_giften", "utter_bijverdienen", "utter_participatieplicht",
             "utter_bijstandsnorm", "utter_kostendelersnorm", "utter_mens_spreken", "utter_noodsituatie",
             "utter_noodsituatie_gevaar", "utter_privacy", "utter_vergeet_mij_vraag", "utter_geen_antwoord",
             "utter_fout_taal"}
    fouten = {n for n in all_responses() if n.startswith(("utter_fout_", "utter_widget_"))}
    assert not (hoofd | fouten) & zonder_engels()


def standaard_uitleg() -> dict[str, str]:
    """The explanation texts of knowledge/teksten.yml in the standard variant (the keys without a variant block)."""
    return {k: v for k, v in alle_teksten().items() if isinstance(v, str) and k.split(".", 1)[0] not in VARIANTEN}


def engelse_uitleg() -> list[tuple[str, str]]:
    return [(k, PLACEHOLDER.sub("this", v)) for k, v in alle_teksten().items()
            if k.startswith(f"{EN}.") and isinstance(v, str) and v]


def test_every_explanation_of_a_calculation_is_english():
    """knowledge/teksten.yml has an "en:" block with every key: an English calculation never explains itself in Dutch."""
    missing = [k for k in standaard_uitleg() if f"{EN}.{k}" not in alle_teksten()]
    assert not missing, f"no English in knowledge/teksten.yml for: {missing}"
    assert len(alle_teksten()[f"{EN}.maanden"]) == 12


def engels_overzicht() -> list[tuple[str, str]]:
    from gateway.overzicht import gegevens

    def plat(boom: dict, prefix: str = ""):
        for k, v in boom.items():
            yield from plat(v, f"{prefix}{k}.") if isinstance(v, dict) else [(f"{prefix}{k}", v)]

    return [(k, PLACEHOLDER.sub("this", v)) for k, v in plat(gegevens()[EN])]


def engelse_noten() -> list[tuple[str, str]]:
    """The English notes of open parameters, shown under "What Wegwijs assumes" (knowledge/parameters/, noot_en)."""
    from knowledge import loader
    return [(f"parameters {p.naam} {p.van}", p.in_taal("noot", EN)) for tijdlijn in loader.parameters().values()
            for p in tijdlijn.periodes if p.zekerheid == "open" and p.noot]


def alle_engelse_teksten() -> list[tuple[str, str]]:
    """Every English text a resident can read: the responses, the explanations of a calculation, Mijn overzicht,
    the notes of open parameters."""
    return ([(name, text) for name, text in engelse_teksten()]
            + [(f"teksten.yml {key}", text) for key, text in engelse_uitleg()]
            + [(f"overzicht.yml en.{key}", text) for key, text in engels_overzicht()]
            + engelse_noten())


@pytest.mark.parametrize("name, text", te_scoren(alle_engelse_teksten()))
def test_each_english_text_is_easy_to_read(name, text):
    score = reading_ease(text)
    assert score >= MIN_SCORE, f"{name}: Flesch reading ease {score:.0f} < {MIN_SCORE}"


@pytest.mark.parametrize("name, text", alle_engelse_teksten())
def test_no_english_sentence_is_longer_than_twenty_words(name, text):
    long = [s for s in sentences(text) if len(s.split()) > MAX_WORDS_PER_SENTENCE]
    assert not long, f"{name}: split these sentences: {long}"


def test_an_english_calculation_explains_itself_in_english():
    import knowledge
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": "2026-11-26", "leeftijd": 40,
                                                    "reizen": [{"vertrek": "2026-07-01", "terug": "2026-08-20"}]}, EN)
    assert "outside the Netherlands" in uit["uitleg"] and "July" in uit["uitleg"] and "juli" not in uit["uitleg"]
    assert all(stap["tekst"] in uit["uitleg"] for stap in uit["stappen"])


def test_a_dutch_term_comes_with_the_english_words_the_first_time():
    texts = dict(engelse_teksten())
    assert "cost-sharing standard (kostendelersnorm)" in texts["utter_kostendelersnorm"]
    assert "(giften)" in texts["utter_welkom"] + " ".join(
        b["title"] for v in all_responses()["utter_welkom"] if variant_of(v) == EN for b in v["buttons"])
    assert "gift (gift, plural giften)" in texts["utter_giften"]


def test_english_texts_have_no_amounts_of_their_own():
    """Amounts come from knowledge/ as placeholders, as in the Dutch texts."""
    raw = [v["text"] for variations in all_responses().values() for v in variations if variant_of(v) == EN]
    assert not [t for t in raw if re.search(r"€|\beuro\b|\d+[.,]\d\d|\d+ ?%", t)]


@pytest.mark.parametrize("name", sorted(n for n, vs in all_responses().items() if any(variant_of(v) == EN for v in vs)))
def test_the_english_text_has_the_placeholders_of_the_dutch_one(name):
    variations = all_responses()[name]
    dutch, english = variations[0], next(v for v in variations if variant_of(v) == EN)
    assert set(PLACEHOLDER.findall(english["text"])) == set(PLACEHOLDER.findall(dutch["text"])), name
