"""A regression guard for the answers benchmark (issue #20): a fixed subset of the blind
first messages of bench/antwoorden_blind.yml, each checked by the same rule as the bench.

This is NOT the measure of how well Wegwijs answers: the full number (all 262 messages,
and the goal of 95%) comes from `python bench/answers.py` and is recorded in
docs/benchmarks.md. This subset holds messages that were answered when it was chosen
(2 per topic, 34 topics, December 2026), so a change that breaks answers that worked fails
`make test`. Nobody tunes on these sentences: they stay as the blind writer wrote them.
A little room (ROOM) is left for a retrained model that flips one borderline message; more
than that is a regression.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys

import pytest

from wegwijs.settings import ROOT
from wegwijs.testers import Testers, open_db

pytestmark = pytest.mark.stack

SUBSET = [
    # aanvraag
    "hoe lang duurt het voordat ik geld krijg na mijn aanvraag",
    "ik ben 22 en heb bijstand aangevraagd, waarom moet ik eerst 4 weken wachten",
    # alimentatie
    "telt kinderalimentatie mee voor de bijstand",
    "ik krijg 300 euro partneralimentatie, krijg ik dan minder bijstand",
    # aow_aio
    "ik word in maart 67, wat gebeurt er dan met mijn bijstand",
    "ik ben 68 en heb maar een halve aow, kan ik er iets bij krijgen",
    # beslag
    "de deurwaarder heeft beslag gelegd op mijn uitkering, hoeveel moet ik overhouden",
    "ik hou bijna niks over door het beslag, klopt dat wel",
    # bezwaar
    "hoe lang heb ik om bezwaar te maken",
    "mijn bijstand is afgewezen en ik ben het er niet mee eens",
    # bijstandsnorm
    "hoeveel bijstand krijg ik als alleenstaande van 40",
    "wij zijn getrouwd, allebei 35, hoeveel bijstand krijgen we samen",
    # bijverdienen
    "wat verandert er in januari 2027 met bijverdienen in de bijstand",
    "krijg ik een premie als ik vanuit de bijstand aan het werk ga",
    # bijzondere_bijstand
    "mijn wasmachine is kapot en ik heb geen geld voor een nieuwe",
    "kan ik bijzondere bijstand krijgen voor een bril van 90 euro",
    # buitenland
    "ik wil in de zomer 5 weken naar mn familie in marokko mag dat",
    "ik ben in april al 2 weken in polen geweest, mag ik in december nog 3 weken gaan",
    # giften
    "mijn moeder geeft me elke maand 50 euro mag dat of moet ik dat melden",
    "mag ik geld aannemen van vrienden als ik in de bijstand zit",
    # huisbezoek
    "de gemeente wil op huisbezoek komen, moet ik ze binnenlaten",
    "er stond zonder afspraak iemand van de sociale recherche voor de deur, mocht dat",
    # inkomenstoeslag
    "ik zit al 4 jaar in de bijstand, krijg ik extra geld",
    "hoeveel is de individuele inkomenstoeslag",
    # inlichtingenplicht
    "wat moet ik allemaal doorgeven aan de gemeente",
    "wat gebeurt er als ik iets vergeet te melden",
    # jongeren
    "ik ben 18 en mijn ouders kunnen mij niet onderhouden, krijg ik dan meer",
    "mijn zoon is 18 en wil bijstand, moet ik hem onderhouden",
    # kostendelersnorm
    "mijn zoon van 28 woont bij mij, krijg ik daardoor minder bijstand",
    "mijn dochter van 24 woont bij mij, telt zij mee voor mijn uitkering",
    # lening
    "ik heb 500 euro geleend van mijn broer voor de huur, telt dat als inkomen",
    "is een lening van vrienden hetzelfde als een gift",
    # logeren
    "mijn nichtje van 22 logeert een maand bij mij, telt dat",
    "ik ben amir, ik ben dakloos en een vriendin laat mij bij haar slapen. heeft dat gevolgen voor haar uitkering",
    # maatregel
    "mijn uitkering is 100% verlaagd omdat ik niet gesolliciteerd heb, wat kan ik doen",
    "hoe lang duurt een verlaging van de bijstand",
    # noodsituatie
    "ik heb vandaag geen geld voor eten voor mijn kinderen",
    "ik wil niet meer leven",
    # onduidelijk
    "hoe zit dat nou",
    "mijn brief klopt niet",
    # participatieplicht
    "ik ben alleenstaande moeder met een kindje van 2, moet ik solliciteren?",
    "ik ben 61, moet ik echt nog steeds solliciteren",
    # privacy
    "ziet de gemeente wat ik hier typ",
    "slaan jullie mijn berichten op",
    # samenwonen
    "ik zorg voor een vriend die bij mij is komen wonen omdat hij erg ziek is, zijn we dan samenwonend",
    "ik heb een nieuwe vriend, moet ik dat melden bij de gemeente",
    # schulden
    "ik heb schulden en kom er niet meer uit, waar krijg ik hulp",
    "hoe lang duurt het voor ik een gesprek krijg bij schuldhulp",
    # stopgezet
    "mijn uitkering is zomaar gestopt en ik heb geen geld meer",
    "deze maand is er niks gestort, wat moet ik doen",
    # studeren
    "ik ben 22, kan ik bijstand krijgen of moet ik gaan studeren",
    "ik ben 35 en wil overdag een mbo opleiding doen, mag dat met bijstand",
    # terugvordering
    "ik kreeg een brief dat ik 3000 euro moet terugbetalen, wat kan ik doen",
    "ik heb een boete gekregen omdat ik mijn bijbaan niet had gemeld, kan die weg",
    # toeslagen
    "telt mijn huurtoeslag mee voor mijn bijstand",
    "wordt kinderbijslag van mijn uitkering afgetrokken",
    # vakantiegeld
    "wanneer krijg ik vakantiegeld in de bijstand",
    "krijg ik nog vakantiegeld als mijn uitkering stopt",
    # vergeet_mij
    "verwijder alles wat ik hier gezegd heb",
    "ik heb te veel verteld kan je mijn gegevens wissen",
    # verhuizen
    "ik ga verhuizen van rotterdam naar utrecht, wat gebeurt er met mijn bijstand",
    "wanneer moet ik in mijn nieuwe gemeente bijstand aanvragen",
    # vermogen
    "ik heb 6000 euro spaargeld en ben alleenstaand, kan ik dan bijstand krijgen",
    "we zijn getrouwd en hebben samen 14.000 op de bank staan is dat te veel",
    # vrijwilligerswerk
    "ik krijg 100 euro per maand van de voetbalclub als vrijwilliger, ik ben 40. telt dat mee",
    "moet ik toestemming vragen voor vrijwilligerswerk",
    # zelfstandig
    "kan ik vanuit de bijstand een eigen bedrijf beginnen",
    "moet ik me al inschrijven bij de kvk voordat ik met de gemeente praat",
]
ROOM = 2  # messages of the subset that may miss before this fails


def bench():
    """bench/answers.py as a module (bench/ is scripts, not a package)."""
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_answers", ROOT / "bench" / "answers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_subset_is_in_the_blind_set_and_covers_many_topics():
    cases = {c["tekst"]: c for c in bench().load()}
    assert all(tekst in cases for tekst in SUBSET), [t for t in SUBSET if t not in cases]
    assert len({cases[t]["onderwerp"] for t in SUBSET}) >= 30


def test_the_subset_is_still_answered(stack):
    answers = bench()
    token = Testers(open_db(stack.settings.gateway_db)).add("pytest-antwoorden")
    cases = [c for c in answers.load() if c["tekst"] in SUBSET]
    results = asyncio.run(answers.play(stack.url, token, cases))
    misses = [f"[{r['onderwerp']}] {r['tekst']!r}: mist {r['mist']}, kreeg {r['antwoord'][:160]!r}"
              for r in results if r["mist"]]
    assert len(misses) <= ROOM, "\n".join(misses)
