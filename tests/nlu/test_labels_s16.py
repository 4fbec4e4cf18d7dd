"""Session 16: Dutch training data (nlu/*.yml, not nlu/en/) follows the session-16 conventions of
/work/notes/onderwerpen.md, and its amount spans sit on token boundaries (nlu/bedrag.yml)."""
from __future__ import annotations

import re
from tests.nlu.nlu_regels import ROOT, bestanden, labels

NL = bestanden("nl")


LABELS = labels(NL)


def test_no_dutch_amount_span_starts_with_a_lone_euro_sign_or_a_glued_sign():
    """The WhitespaceTokenizer drops a lone "€" ("€ 300" is annotated € [300](bedrag), as 8b2c783 did in English)
    and keeps "~25" as one token, so a span that starts inside it is misaligned and Rasa trains the entity without it."""
    wrong = [line.strip() for path in NL for line in path.read_text(encoding="utf-8").splitlines()
             if re.search(r"\[€\s|[~≈]\[", line)]
    assert wrong == []
    assert "€ [300](bedrag) eenmalig" in (ROOT / "nlu" / "informeren.yml").read_text(encoding="utf-8")


def test_gift_versus_loan_is_lening():
    for tekst in ("wat is het verschil tussen een gift en een lening voor de bijstand",
                  "wat is het verschil tussen een lening en een gift voor de bijstand",
                  "is gift hetzelfde als lenen voor gemeende",
                  "mijn broer heeft 500 euro geleend aan mij maar zegt nu ik hoef niet terug te betalen, "
                  "is het dan een gift en wat betekent dat",
                  "moet ik een lening van mijn broer doorgeven"):
        assert LABELS[tekst] == {"lening"}, tekst
    verschil = re.compile(r"verschil.*\b(gift|lening|lenen)\b.*\b(gift|lening|lenen)\b", re.I)
    assert not [t for t, i in LABELS.items() if verschil.search(t) and i & {"giften", "bereken_giften"}]


def test_reporting_a_hospital_stay_is_opname():
    assert LABELS["moet mijn moeder melden dat ze in het ziekenhuis ligt"] == {"opname"}
    assert LABELS["moet ik melden dat ik een opname in het ziekenhuis heb gehad"] == {"opname"}
    assert not [t for t, i in LABELS.items() if "inlichtingenplicht" in i and re.search(r"ziekenhuis|opname", t)
                and not re.search(r"auto|brengen", t)]


def test_reporting_a_move_or_new_address_is_verhuizen():
    for tekst in ("moet ik doorgeven dat ik ben verhuisd", "moet ik mijn nieuwe adres doorgeven",
                  "als ik verhuizen moet ik dat zelf doorgeven of doet gemeente",
                  "verhuisd in dezelfde plaats moet dat gemeld worden"):
        assert LABELS[tekst] == {"verhuizen"}, tekst


def test_own_gift_without_an_amount_is_giften_with_an_amount_bereken_giften():
    for tekst in ("mijn buurvrouw geeft me elke week eten is dat een gift en telt het",
                  "mijn dochter betaalt de helft van mijn huur elke maand mag dat wel",
                  "kreeg een nieuwe wasmachine van mijn oom als cadeau moet ik dat opgeven",
                  "mn opa gaf me een oude auto cadeau moet ik dat melden als gift",
                  "mn moeder maakt elke week geld over maar dat is voor haar eigen boodschappen die ik voor haar haal, "
                  "moet ik dat melden als gift"):
        assert LABELS[tekst] == {"giften"}, tekst
    assert LABELS["ik kreeg €25,50 van de buurvrouw terug voor eten dat ik kocht is dat een gift"] == {"bereken_giften"}
    # a frequency word without any amount or calculator request is giften
    freq = re.compile(r"\b(elke|iedere) (week|maand)\b|\bcadeau\b")
    zonder_bedrag = re.compile(r"^[^0-9]*$")
    rekenen = re.compile(r"reken|bereken|honderd|tientje|euro", re.I)
    assert not [t for t, i in LABELS.items() if "bereken_giften" in i and freq.search(t) and zonder_bedrag.match(t)
                and not rekenen.search(t)]


def test_reporting_a_stay_a_gift_or_a_volunteer_fee_is_the_topic():
    for tekst in ("moet ik doorgeven dat mn broer vaak bij me slaapt",
                  "moet ik doorgeven als iemand een paar nachten blijft slapen",
                  "moet ik melden dat mijn zoon tijdelijk bij mij slaapt"):
        assert LABELS[tekst] == {"logeren"}, tekst
    assert LABELS["moet ik het melden als ik een gift krijg of alleen boven een bedrag"] == {"giften"}
    assert LABELS["gift van familie moet je altijd melden?"] == {"giften"}
    assert LABELS["vrijwilligersvergoeding, moet ik die ook melden of niet"] == {"vrijwilligerswerk"}
