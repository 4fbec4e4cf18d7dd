"""Ready-formatted Dutch facts for general answers (``knowledge.feiten``).

Chatbot response texts use ``{placeholders}`` filled from this dict, so no amount
ever appears in a response text itself.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from . import loader
from .gemeenten import gemeente as zoek_gemeente
from .geld import euro, getal, procent
from .invoer import fout
from .regels import normen
from .regels.bijverdienen import regimes_bijverdienen
from .uitleg import Berekening
from .teksten import alle_teksten, datum, maand, tekst


def waarde(naam: str, peildatum: date) -> Any:
    """The value of parameter ``naam`` on ``peildatum`` (a number, date or text as in
    ``parameters/``), or None when it has no value on that date."""
    try:
        return loader.zoek(naam, peildatum).waarde
    except loader.GeenWaarde:
        return None


def _euro(naam: str, peildatum: date) -> str:
    w = waarde(naam, peildatum)
    return tekst("feiten.onbekend") if w is None else euro(w)


def _getal(naam: str, peildatum: date) -> str:
    w = waarde(naam, peildatum)
    return tekst("feiten.onbekend") if w is None else getal(w)


def _maandnaam(naam: str, peildatum: date) -> str:
    """A month the parameters name in Dutch ("juni"), in the current variant's language ("June" in English)."""
    nederlands = alle_teksten()["maanden"]
    return maand(date(peildatum.year, nederlands.index(waarde(naam, peildatum)) + 1, 1))


def _procent(naam: str, peildatum: date) -> str:
    w = waarde(naam, peildatum)
    return tekst("feiten.onbekend") if w is None else procent(w)


def _giftengrens(peildatum: date, g) -> str:
    if waarde("giften.regime", peildatum) == "wettelijke_grens":
        return _euro("giften.vrijlating_per_jaar", peildatum)
    p = g.instelling("giftengrens", peildatum) if g else None
    if p is None:
        return tekst("feiten.giftengrens_gemeente_beslist")
    return euro(Decimal(str(p.waarde["alleenstaande"])))


def _vrijlating(peildatum: date, g) -> dict[str, str]:
    """The vrijlating rule a general answer names: the old rule (art. 31 lid 2 n), the new one (art. 34a),
    or, in the gedoogjaar in a gemeente that applies art. 34a early, both: then the higher of the two
    counts for the person (``regels.bijverdienen.regimes_bijverdienen``; regime_bijverdienen "beide", with the
    old rule's facts here and the new one's in ``vrijlating_34a_*``)."""
    regimes = regimes_bijverdienen(Berekening(peildatum, g), False)
    oud = {"vrijlating_percentage": _procent("vrijlating_31_2_n.percentage", peildatum),
           "vrijlating_maximum": _euro("vrijlating_31_2_n.maximum", peildatum),
           "vrijlating_maanden": _getal("vrijlating_31_2_n.maanden", peildatum)}
    if regimes == ("artikel_34a",):
        return {"regime_bijverdienen": "34a",
                "vrijlating_percentage": _procent("vrijlating_34a.percentage", peildatum),
                "vrijlating_maximum": tekst("feiten.geen_maximum"),
                "vrijlating_maanden": _getal("vrijlating_34a.maanden", peildatum)}
    if "artikel_34a" in regimes:
        return {"regime_bijverdienen": "beide", **oud}  # the new rule: vrijlating_34a_* (always given)
    return {"regime_bijverdienen": "31_2_n", **oud}


def feiten(peildatum: date, gemeente: str | None = None) -> dict[str, str]:
    """A flat dict of Dutch strings ('€ 1.419,46', '6', '0800-0113') for ``peildatum``."""
    g = None
    if gemeente is not None:
        g = zoek_gemeente(gemeente)
        if g is None:
            raise fout("gemeente", "onbekende_gemeente", naam=gemeente, bekend="")
    start_34a = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    # Participatiewet in balans, first phase: the date the statutory gift limit began.
    start_pib = loader.regime_ingangsdatum("giften.regime", "wettelijke_grens")
    uit = {
        "peildatum": datum(peildatum),
        "giftengrens": _giftengrens(peildatum, g),
        "giftenregel_sinds": datum(start_pib),
        # Participatiewet in balans, third phase: maatschappelijke participatie replaces the tegenprestatie.
        "maatschappelijke_participatie_sinds": datum(loader.regime_ingangsdatum("participatie.regime",
                                                                                "maatschappelijke_participatie")),
        "wet_in_balans_datum": datum(start_pib),
        "norm_volwassen_leeftijd": _getal("leeftijd.volwassenennorm", peildatum),
        "vrijlating_min_leeftijd": _getal("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum),
        "jongeren_leeftijd": _getal("leeftijd.jongeren_zoektermijn", peildatum),
        "norm_alleenstaande": _euro("normen.alleenstaande", peildatum),
        "norm_gehuwden": _euro("normen.gehuwden", peildatum),
        "norm_alleenstaande_aow": _euro("normen.alleenstaande_aow", peildatum),
        "norm_gehuwden_aow": _euro("normen.gehuwden_aow", peildatum),
        "norm_jongere_alleenstaande": _euro("normen.jongere_alleenstaande", peildatum),
        "jongeren_verhoging_ouders": _euro("normen.jongeren_verhoging_ouders", peildatum),
        "vermogensgrens_alleenstaande": _euro("vermogen.grens_alleenstaande", peildatum),
        "vermogensgrens_gezin": _euro("vermogen.grens_gezin", peildatum),
        "vermogensgrens_eigen_woning": _euro("vermogen.grens_eigen_woning", peildatum),
        "vrijlating_34a_percentage": _procent("vrijlating_34a.percentage", start_34a),
        "vrijlating_34a_maanden": _getal("vrijlating_34a.maanden", start_34a),
        "vrijlating_34a_ingangsdatum": datum(start_34a),
        "bufferbudget": _euro("bufferbudget.maximum_per_jaar", start_34a),
        "bijzondere_bijstand_drempel": _euro("bijzondere_bijstand.drempel", peildatum),
        "bezwaartermijn_weken": _getal("termijn.bezwaar_weken", peildatum),
        "jongeren_zoektermijn_weken": _getal("termijn.jongeren_zoektermijn_weken", peildatum),
        "terugwerkende_kracht_maanden": _getal("termijn.terugwerkende_kracht_maanden", peildatum),
        "hergebruik_gegevens_maanden": _getal("termijn.hergebruik_gegevens_maanden", peildatum),
        "voorschot_percentage": _procent("voorschot.percentage", peildatum),
        "kostendeler_leeftijd": _getal("normen.kostendeler_minimumleeftijd", peildatum),
        "aow_leeftijd": _getal("leeftijd.aow_jaren", peildatum),
        "ontheffing_kind_leeftijd": _getal("participatie.ontheffing_kind_jonger_dan", peildatum),
        "kinderopvang_kind_leeftijd": _getal("participatie.kinderopvang_kind_jonger_dan", peildatum),
        "telefoon_113": waarde("telefoon.zelfmoordpreventie", peildatum),
        "telefoon_juridisch_loket": waarde("telefoon.juridisch_loket", peildatum),
        "telefoon_112": waarde("telefoon.noodnummer", peildatum),
        "telefoon_veilig_thuis": waarde("telefoon.veilig_thuis", peildatum),
    }
    uit.update(_vrijlating(peildatum, g))
    uit.update(_onderwerpen(peildatum))
    uit.update(_wetten_per_onderwerp())
    if g is not None:
        uit["gemeente"] = g.naam
    return uit


def _onderwerpen(peildatum: date) -> dict[str, str]:
    """Facts for the topic answers of issue #20 (parameters/onderwerpen.yaml)."""
    return {
        "buitenland_weken": _getal("buitenland.weken_per_jaar", peildatum),
        "buitenland_weken_aow": _getal("buitenland.weken_per_jaar_aow", peildatum),
        "buitenland_melden_weken": _getal("buitenland.melden_weken_vooraf", peildatum),
        "telefoon_belastingtelefoon": waarde("telefoon.belastingtelefoon", peildatum),
        "toeslagen_melden_weken": _getal("toeslagen.wijziging_melden_weken", peildatum),
        "alimentatie_kind_leeftijd": _getal("alimentatie.kind_telt_mee_tot", peildatum),
        "bbz_voorbereiding_maanden": _getal("bbz.voorbereiding_maanden", peildatum),
        "bbz_bedrijfskapitaal": _euro("bbz.bedrijfskapitaal_maximum", peildatum),
        "vrijwilligersvergoeding_maand": _euro("vrijwilligersvergoeding.per_maand", peildatum),
        "vrijwilligersvergoeding_jaar": _euro("vrijwilligersvergoeding.per_jaar", peildatum),
        "vrijwilligersvergoeding_leeftijd": _getal("vrijwilligersvergoeding.vrij_vanaf_leeftijd", peildatum),
        "terugvordering_afzien_jaren": _getal("terugvordering.afzien_na_jaren", peildatum),
        "terugvordering_afkoop_percentage": _procent("terugvordering.afzien_afkoop_percentage", peildatum),
        "schuldhulp_weken": _getal("schuldhulp.eerste_gesprek_weken", peildatum),
        "schuldhulp_spoed_werkdagen": _getal("schuldhulp.spoed_werkdagen", peildatum),
        "schuldhulp_besluit_weken": _getal("schuldhulp.beschikking_weken", peildatum),
        "schuldhulp_afkoelingsperiode_maanden": _getal("schuldhulp.afkoelingsperiode_maanden", peildatum),
        "inkomenstoeslag_leeftijd": _getal("inkomenstoeslag.minimum_leeftijd", peildatum),
        "inkomenstoeslag_maanden": _getal("inkomenstoeslag.eens_per_maanden", peildatum),
        "studie_leeftijd": _getal("studie.jongeren_tot_leeftijd", peildatum),
        "voorschot_weken": _getal("voorschot.binnen_weken", peildatum),
        "aanvraag_beslistermijn_weken": _getal("aanvraag.beslistermijn_weken", peildatum),
        "gezin_kind_leeftijd": _getal("gezin.kind_jonger_dan", peildatum),
        "huurtoeslag_maximale_huur": _euro("toeslagen.huurtoeslag_maximale_huur", peildatum),
        "opname_maanden": _getal("opname.inrichtingsnorm_na_maanden", peildatum),
        "vakantiegeld_percentage": _procent("normen.vakantietoeslag_percentage", peildatum),
        "vakantiegeld_maand": _maandnaam("vakantiegeld.uitbetaalmaand", peildatum),
        "vakantiegeld_na_einde_maanden": _getal("vakantiegeld.na_einde_maanden", peildatum),
        "beslagvrije_voet_percentage": _procent("beslagvrije_voet.deel_van_norm", peildatum),
        "maatregel_heroverweging_maanden": _getal("maatregel.heroverweging_maanden", peildatum),
        "maatregel_percentage": _procent("maatregel.percentage", peildatum),
        "maatregel_duur_min_maanden": _getal("maatregel.duur_minimum_maanden", peildatum),
        "maatregel_duur_max_maanden": _getal("maatregel.duur_maximum_maanden", peildatum),
        "leeftijd_minimum": _getal("leeftijd.minimum_bijstand", peildatum),
        "premie_maximum": _euro("premie.maximum_per_jaar", peildatum),
        "norm_inrichting_alleenstaande": _euro("normen.inrichting_alleenstaande", peildatum),
        "norm_inrichting_gehuwden": _euro("normen.inrichting_gehuwden", peildatum),
        "kostendelers_niet_aangetoond_percentage": _procent("normen.kostendelers_niet_aangetoond_percentage", peildatum),
        **_kostendelersnormen(peildatum),
    }


def _kostendelersnormen(peildatum: date) -> dict[str, str]:
    """The kostendelersnorm per person with 2 and with 3 adults in one house (art. 22a, below the AOW age): the general
    answer's examples ("hoe werkt de kostendelersnorm met drie volwassenen in huis")."""
    ber = Berekening(peildatum, None)
    aantallen = [1 + huisgenoten for huisgenoten in (1, 2)]  # A: the person and one or two kostendelers
    try:
        b = normen.basis_gehuwdennorm(ber, False)
        return {f"kostendelersnorm_{a}": euro(normen.kostendelersnorm_22a(ber, a, b)) for a in aantallen}
    except loader.GeenWaarde:
        return {f"kostendelersnorm_{a}": tekst("feiten.onbekend") for a in aantallen}


def _wetten_per_onderwerp() -> dict[str, str]:
    """{wet_<onderwerp>}: the article behind a topic answer (bronnen.yml, keys onderwerp_<onderwerp>)."""
    return {"wet_" + sleutel.removeprefix("onderwerp_"): spec["titel"]
            for sleutel, spec in loader.artikelen().items() if sleutel.startswith("onderwerp_")}
