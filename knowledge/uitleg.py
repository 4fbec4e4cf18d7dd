"""The trace of one calculation: steps, parameter values used, assumptions, sources."""
from __future__ import annotations

import functools
from datetime import date
from typing import Any, Callable

from . import loader
from .gemeenten import Gemeente
from .teksten import datum, huidige_variant, tekst


class Berekening:
    """Collects why a result is what it is, while the rules compute it.

    Rules ask it for parameter values (``waarde``) and gemeente settings
    (``beleid``); every value they use is written into the next step, with its
    start date and source. Values marked ``zekerheid: open`` add an assumption.
    """

    __slots__ = ("peildatum", "gemeente", "stappen", "aannames", "_bronnen", "_gebruikt",
                 "_gezien", "lagen", "_onbekend", "_stand")

    def __init__(self, peildatum: date, gemeente: Gemeente | None = None):
        self.peildatum = peildatum
        self.gemeente = gemeente
        self.stappen: list[dict] = []
        self.aannames: list[str] = []
        self._bronnen: dict[str, dict] = {}
        self._gebruikt: list[dict] = []
        self._gezien: set[int] = set()
        self.lagen: dict[str, str] = {}
        self._onbekend = peildatum > loader.meta("wegwijs.bedragen_bekend_tot")
        self._stand = loader.stand(peildatum)

    # -- values -----------------------------------------------------------
    def periode(self, naam: str, peildatum: date | None = None) -> loader.Periode:
        p = self._stand.get(naam) if peildatum is None else None
        if p is None:
            p = loader.zoek(naam, peildatum or self.peildatum)
        self._gebruik(p)
        return p

    def waarde(self, naam: str, peildatum: date | None = None) -> Any:
        """The value of national parameter ``naam`` on the peildatum."""
        return self.periode(naam, peildatum).waarde

    def beleid(self, instelling: str, landelijk: str | None = None, laag: str | None = None) -> Any:
        """A gemeente setting if the gemeente has one, else the national default.

        Returns None when neither exists. Records which layer was used, under
        ``laag`` (default: the name of the setting).
        """
        laag = laag or instelling
        p = self._instelling(instelling)
        if p is not None:
            self.lagen[laag] = "gemeente"
            return p.waarde
        if landelijk is None:
            self.lagen[laag] = "geen"
            return None
        self.lagen[laag] = "landelijk"
        return self.waarde(landelijk)

    def regime(self, parameter: str, nieuw: str, instelling: str, laag: str,
               gemeente_mag: bool = True) -> tuple[str, str]:
        """The national regime ``parameter`` on the peildatum, or regime ``nieuw`` when the
        gemeente starts it early (its setting ``instelling``; only if ``gemeente_mag``).

        Returns the regime and its layer ("wet" or "gemeente"), and records the layer
        as ``laag``. This is the gedoogjaar pattern of the Participatiewet in balans.
        """
        landelijk = self.waarde(parameter)
        p = self._instelling(instelling) if landelijk != nieuw and gemeente_mag else None
        vroeg = p is not None and bool(p.waarde)
        self.lagen[laag] = "gemeente" if vroeg else "wet"
        return (nieuw, "gemeente") if vroeg else (landelijk, "wet")

    def _instelling(self, instelling: str) -> loader.Periode | None:
        """The gemeente's own setting ``instelling`` on the peildatum (used), or None."""
        p = self.gemeente.instelling(instelling, self.peildatum) if self.gemeente else None
        if p is not None:
            self._gebruik(p)
        return p

    def _gebruik(self, p: loader.Periode) -> None:
        if id(p.als_dict) in self._gezien:
            return
        self._gezien.add(id(p.als_dict))
        self._gebruikt.append(p.als_dict)
        if p.bron["titel"] not in self._bronnen:
            url = loader.gedateerd(p.url_sjabloon, self.peildatum)
            self._bronnen[p.bron["titel"]] = {"titel": p.bron["titel"], "url": url}
        if p.zekerheid == "open" and p.noot:
            variant = huidige_variant()
            self.aanname_tekst(tekst("aanname.onzeker", omschrijving=p.in_taal("omschrijving", variant),
                                     noot=p.in_taal("noot", variant)))
        if p.geindexeerd and self._onbekend:
            self.aanname("aanname.bedrag_niet_bekend", peildatum=datum(self.peildatum),
                          van=datum(p.van))

    # -- explanation ------------------------------------------------------
    def stap(self, sleutel: str, **velden: object) -> None:
        """One step of the explanation, with the values used since the last step."""
        self.stappen.append({"tekst": tekst(sleutel, **velden), "parameters": self._gebruikt})
        self._gebruikt = []
        self._gezien = set()

    def aanname(self, sleutel: str, **velden: object) -> None:
        self.aanname_tekst(tekst(sleutel, **velden))

    def aanname_tekst(self, zin: str) -> None:
        if zin not in self.aannames:
            self.aannames.append(zin)

    def bron(self, sleutel: str) -> dict:
        """Register the article ``sleutel`` (bronnen.yml) as a source and return it."""
        b = loader.artikel_bron(sleutel, self.peildatum)
        self._bronnen.setdefault(b["titel"], b)
        return b

    # -- reuse ------------------------------------------------------------
    def opname(self, waarde: Any) -> tuple:
        """Everything this calculation recorded, frozen, to replay it elsewhere."""
        return (waarde, tuple(self.stappen), tuple(self.aannames), tuple(self._bronnen.values()),
                tuple(self.lagen.items()), tuple(self._gebruikt))

    def speel_af(self, opname: tuple) -> Any:
        """Add a recorded sub-calculation to this one, as if it ran here."""
        waarde, stappen, aannames, bronnen, lagen, rest = opname
        for i, s in enumerate(stappen):
            parameters = list(s["parameters"])
            if i == 0 and self._gebruikt:
                parameters = self._gebruikt + [p for p in parameters if id(p) not in self._gezien]
            self.stappen.append({"tekst": s["tekst"], "parameters": parameters})
            self._gebruikt, self._gezien = [], set()
        for p in rest:
            if id(p) not in self._gezien:
                self._gezien.add(id(p))
                self._gebruikt.append(p)
        for zin in aannames:
            self.aanname_tekst(zin)
        for b in bronnen:
            self._bronnen.setdefault(b["titel"], b)
        self.lagen.update(lagen)
        return waarde

    # -- result -----------------------------------------------------------
    def uitleg(self) -> str:
        return " ".join(s["tekst"] for s in self.stappen)

    def afronden(self, resultaat: dict) -> dict:
        """Add uitleg, stappen, aannames, bronnen and policy layers to a result."""
        if self._gebruikt and self.stappen:
            self.stappen[-1]["parameters"].extend(self._gebruikt)
            self._gebruikt = []
        resultaat["uitleg"] = self.uitleg()
        resultaat["stappen"] = self.stappen
        resultaat["aannames"] = self.aannames
        resultaat["bronnen"] = [dict(b) for b in self._bronnen.values()]
        resultaat["beleidslagen"] = self.lagen
        if self.gemeente is not None:
            resultaat["gemeente"] = self.gemeente.naam
        return resultaat


def herbruikbaar(functie: Callable) -> Callable:
    """Remember a pure rule function per (peildatum, gemeente, variant, arguments).

    The first call runs the rule on a fresh ``Berekening`` and records its value
    and trace; later calls replay that record. The arguments must be hashable
    and the value immutable. This is what makes thousands of calculations per
    second possible without changing what a result says.
    """
    geheugen: dict = {}
    limiet = loader.meta("wegwijs.geheugen_per_regel")

    @functools.wraps(functie)
    def omhulsel(ber: Berekening, *args: Any) -> Any:
        sleutel = (ber.peildatum, ber.gemeente.sleutel if ber.gemeente else None, huidige_variant(), args)
        opname = geheugen.get(sleutel)
        if opname is None:
            sub = Berekening(ber.peildatum, ber.gemeente)
            opname = sub.opname(functie(sub, *args))
            if len(geheugen) >= limiet:
                geheugen.clear()
            geheugen[sleutel] = opname
        return ber.speel_af(opname)

    return omhulsel
