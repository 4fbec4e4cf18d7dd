"""Plichten en mogelijkheden: artikel 9, 9a en 18 Participatiewet."""
from __future__ import annotations

from dataclasses import dataclass

from ..uitleg import Berekening, herbruikbaar
from ..teksten import tekst


@dataclass(frozen=True)
class Deelnemer:
    leeftijd: int
    leefsituatie: str
    jongste_kind_leeftijd: int | None
    mantelzorg: bool
    arbeidsvermogen: str | None
    werk_uren_per_week: str | None
    opleiding: bool
    vrijwilligerswerk: bool


def _plicht(ber: Berekening, code: str, geldt: bool, sleutel: str, bron: str, **velden) -> dict:
    return {"code": code, "geldt": geldt, "uitleg": tekst(sleutel, **velden), "bron": ber.bron(bron)}


def _optie(ber: Berekening, code: str, sleutel: str, bron: str, **velden) -> dict:
    return {"code": code, "uitleg": tekst(sleutel, **velden), "bron": ber.bron(bron)}


def vrijgesteld(ber: Berekening, d: Deelnemer) -> str | None:
    """Artikel 9 lid 1 (vanaf ``leeftijd.minimum_bijstand`` jaar tot de AOW-leeftijd) en lid 5 (volledig en duurzaam
    arbeidsongeschikt): wanneer de plichten niet gelden. Returns the text key."""
    if d.leeftijd >= ber.waarde("leeftijd.aow_jaren"):
        return "plicht.niet_aow"
    if d.arbeidsvermogen == "geen_duurzaam":
        ber.bron("pw_9_5")
        return "plicht.niet_arbeidsongeschikt"
    return None


def plicht_arbeid_9_1_a(ber: Berekening, d: Deelnemer, reden: str | None) -> dict:
    """Artikel 9 lid 1 onder a: algemeen geaccepteerde arbeid zoeken, aanvaarden en
    behouden, en ingeschreven staan bij UWV."""
    if reden:
        return _plicht(ber, "arbeid", False, reden, "pw_9_1_a")
    sleutel = "plicht.arbeid_met_werk" if d.werk_uren_per_week else "plicht.arbeid"
    if d.arbeidsvermogen == "beperkt":
        sleutel = "plicht.arbeid_beperkt"
    return _plicht(ber, "arbeid", True, sleutel, "pw_9_1_a", uren=d.werk_uren_per_week)


def plicht_voorzieningen_9_1_b(ber: Berekening, d: Deelnemer, reden: str | None) -> dict:
    """Artikel 9 lid 1 onder b: gebruikmaken van aangeboden voorzieningen voor
    arbeidsinschakeling (ook sociale activering) en meewerken aan onderzoek en het
    plan van aanpak."""
    if reden:
        return _plicht(ber, "voorzieningen", False, reden, "pw_9_1_b")
    return _plicht(ber, "voorzieningen", True, "plicht.voorzieningen", "pw_9_1_b")


def plicht_tegenprestatie_9_1_c(ber: Berekening, d: Deelnemer, reden: str | None) -> dict:
    """Artikel 9 lid 1 onder c: onbeloonde maatschappelijk nuttige werkzaamheden
    naar vermogen, zonder verdringing van betaald werk."""
    if reden:
        return _plicht(ber, "tegenprestatie", False, reden, "pw_9_1_c")
    return _plicht(ber, "tegenprestatie", True, "plicht.tegenprestatie", "pw_9_1_c")


def plicht_maatschappelijke_participatie(ber: Berekening, d: Deelnemer, reden: str | None) -> dict:
    """Participatiewet in balans (vanaf 2027, of eerder als de gemeente kiest):
    maatschappelijke participatie vervangt de tegenprestatie; u mag het zelf invullen."""
    if reden:
        return _plicht(ber, "tegenprestatie", False, reden, "pib_maatschappelijke_participatie")
    return _plicht(ber, "tegenprestatie", True, "plicht.maatschappelijke_participatie",
                   "pib_maatschappelijke_participatie")


TEGENPRESTATIE_PER_REGIME = {
    "tegenprestatie": plicht_tegenprestatie_9_1_c,
    "maatschappelijke_participatie": plicht_maatschappelijke_participatie,
}


def regime_participatie(ber: Berekening) -> tuple[str, str]:
    """The national regime on the peildatum, unless the gemeente starts maatschappelijke
    participatie early. Returns the regime and its layer ("wet" or "gemeente")."""
    return ber.regime("participatie.regime", "maatschappelijke_participatie",
                      "maatschappelijke_participatie_toepassen", laag="tegenprestatie")


def optie_dringende_redenen_9_2(ber: Berekening, d: Deelnemer) -> dict:
    """Artikel 9 lid 2: het college kan tijdelijk ontheffing geven van de plichten
    onder a en c als daar dringende redenen voor zijn, per geval."""
    sleutel = "optie.dringende_redenen_zorg" if d.mantelzorg else "optie.dringende_redenen"
    return _optie(ber, "ontheffing_dringende_redenen", sleutel, "pw_9_2")


def optie_alleenstaande_ouder_9a(ber: Berekening, d: Deelnemer) -> dict | None:
    """Artikel 9a: een alleenstaande ouder met de volledige zorg voor een kind jonger
    dan ``participatie.ontheffing_kind_jonger_dan`` krijgt op verzoek ontheffing van de
    arbeidsplicht (samen hoogstens ``participatie.ontheffing_maximum_jaren`` jaar).
    De plicht om een opleiding te volgen volgens het plan van aanpak blijft."""
    if d.leefsituatie != "alleenstaande_ouder" or d.jongste_kind_leeftijd is None:
        return None
    grens = ber.waarde("participatie.ontheffing_kind_jonger_dan")
    if d.jongste_kind_leeftijd >= grens:
        return None
    return _optie(ber, "ontheffing_alleenstaande_ouder", "optie.alleenstaande_ouder", "pw_9a",
                  kind=grens, jaren=ber.waarde("participatie.ontheffing_maximum_jaren"))


def optie_kinderopvang_9_4(ber: Berekening, d: Deelnemer) -> dict | None:
    """Artikel 9 lid 4: een alleenstaande ouder met de volledige zorg voor een kind
    jonger dan ``participatie.kinderopvang_kind_jonger_dan`` hoeft arbeid pas te aanvaarden als het college zich genoegzaam heeft
    overtuigd van passende kinderopvang, voldoende scholing (van de ouder) en de
    belastbaarheid van de ouder. Het college hoeft dat niet zelf te regelen."""
    if d.leefsituatie != "alleenstaande_ouder" or d.jongste_kind_leeftijd is None:
        return None
    grens = ber.waarde("participatie.kinderopvang_kind_jonger_dan")
    if d.jongste_kind_leeftijd >= grens:
        return None
    return _optie(ber, "kinderopvang_eerst", "optie.kinderopvang", "pw_9_4", kind=grens)


def optie_mantelzorg(ber: Berekening, d: Deelnemer) -> dict | None:
    """Artikel 9 lid 2 en 33 lid 6: zorg voor een naaste kan een dringende reden zijn;
    onbetaalde mantelzorg telt niet als betaald werk."""
    if not d.mantelzorg:
        return None
    return _optie(ber, "mantelzorg", "optie.mantelzorg", "pw_33_6")


def optie_eigen_initiatief(ber: Berekening, d: Deelnemer, regime: str) -> dict | None:
    """Participatiewet in balans: bij maatschappelijke participatie mag u zelf iets
    voorstellen (opleiding, vrijwilligerswerk, mantelzorg). Aangekondigd is dat dit
    zonder voorafgaande toestemming mag; de tekst van 2027 is niet gezien (open), dus
    de uitleg belooft dat niet."""
    if regime != "maatschappelijke_participatie":
        return None
    sleutel = "optie.eigen_initiatief_bezig" if (d.opleiding or d.vrijwilligerswerk or d.mantelzorg) \
        else "optie.eigen_initiatief"
    return _optie(ber, "eigen_initiatief", sleutel, "pib_maatschappelijke_participatie")


def gevolgen_18(ber: Berekening, reden: str | None) -> dict:
    """Artikel 18: bij de arbeidsverplichtingen (lid 4) verlaagt het college de
    bijstand met ``maatregel.percentage`` voor ``maatregel.duur_minimum_maanden`` tot
    ``maatregel.duur_maximum_maanden`` maanden (de verordening kiest), langer bij
    herhaling (lid 6-8). Bij andere plichten (zoals de tegenprestatie) bepaalt
    de verordening hoeveel en hoe lang (lid 2). Geen verlaging als het u niet te
    verwijten is (lid 9). U wordt eerst gehoord (Awb 4:8). Heroverweging binnen
    ``maatregel.heroverweging_maanden`` maanden."""
    if reden:
        return {"uitleg": tekst("gevolgen.geen"), "maatregel": None, "horen_eerst": False, "bron": None}
    percentage = ber.waarde("maatregel.percentage")
    minimum = ber.waarde("maatregel.duur_minimum_maanden")
    maximum = ber.waarde("maatregel.duur_maximum_maanden")
    duur = ber.beleid("maatregel_duur_maanden")
    heroverweging = ber.waarde("maatregel.heroverweging_maanden")
    ber.bron("awb_4_8")
    if duur is None:
        ber.lagen["maatregel_duur_maanden"] = "wet"
        uitleg = tekst("gevolgen.landelijk", percentage=int(percentage), minimum=int(minimum),
                       maximum=int(maximum), heroverweging=int(heroverweging))
    else:
        uitleg = tekst("gevolgen.gemeente", percentage=int(percentage), duur=int(duur),
                       gemeente=ber.gemeente.naam, heroverweging=int(heroverweging))
    return {
        "uitleg": uitleg,
        "maatregel": {"percentage": int(percentage), "duur_maanden_minimum": int(minimum),
                      "duur_maanden_maximum": int(maximum),
                      "duur_maanden_gemeente": None if duur is None else int(duur)},
        "horen_eerst": True,
        "bron": ber.bron("pw_18"),
    }


@herbruikbaar
def beoordeel(ber: Berekening, d: Deelnemer) -> tuple[str, tuple, tuple, dict]:
    """All plichten (art. 9 lid 1), opties (9 lid 2, 9 lid 4, 9a, 33 lid 6, eigen
    initiatief) and gevolgen (art. 18) for one person on the peildatum."""
    reden = vrijgesteld(ber, d)
    regime, laag = regime_participatie(ber)
    plichten = (
        plicht_arbeid_9_1_a(ber, d, reden),
        plicht_voorzieningen_9_1_b(ber, d, reden),
        TEGENPRESTATIE_PER_REGIME[regime](ber, d, reden),
    )
    opties = () if reden else tuple(o for o in (
        optie_dringende_redenen_9_2(ber, d),
        optie_alleenstaande_ouder_9a(ber, d),
        optie_kinderopvang_9_4(ber, d),
        optie_mantelzorg(ber, d),
        optie_eigen_initiatief(ber, d, regime),
    ) if o is not None)
    gevolgen = gevolgen_18(ber, reden)
    if reden:
        ber.stap("plicht.samenvatting_geen", reden=tekst(reden))
    else:
        ber.stap("plicht.samenvatting", aantal=len(opties))
        ber.aanname("aanname.plan_van_aanpak")
        if regime == "maatschappelijke_participatie" and laag == "gemeente":
            ber.stap("plicht.gemeente_eerder", gemeente=ber.gemeente.naam)
    return regime, plichten, opties, gevolgen


def kopie_gevolgen(gevolgen: dict) -> dict:
    """A copy that a caller may change without changing the remembered rule result."""
    kopie = dict(gevolgen)
    if kopie["maatregel"] is not None:
        kopie["maatregel"] = dict(kopie["maatregel"])
    if kopie["bron"] is not None:
        kopie["bron"] = dict(kopie["bron"])
    return kopie
