"""Answer first, with the person's own facts (issue #20, part 2).

A question often carries the fact that decides it: "ik ben 68, moet ik nog
solliciteren?", "mijn dochter van 24 woont bij mij". One function per topic reads
that fact from the message (actions/parse.py), holds it against the rule in
knowledge/ and names the response that answers ja or nee, with the values for its
placeholders. No fact, or not sure what it means: None, and the general answer stays.

The rules are in one module per topic (a topic is one place); this module holds the registry (REGELS per
intent, VOOR_ELK_ONDERWERP for every intent) and antwoord(), and every name callers use is importable from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

import knowledge
from actions import aantallen, parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, bedrag_van_soort, eigen_leeftijd, leefsituatie
from actions.feiten_uit_bericht.aanvragen import (aanvraag, aanvraag_duur, aanvraag_opnieuw, bijstand_terugwerkend,
                                                  eigen_bedrijf, studeren, terugwerkende_kracht, zelfstandig)
from actions.feiten_uit_bericht.andere_inkomsten import (alimentatie, huur_voor_huurtoeslag, huurgrens_gevraagd,
                                                         inkomenstoeslag,
                                                         lang_in_de_bijstand, toeslagen, vakantiegeld_hoeveel)
from actions.feiten_uit_bericht.aow_en_aio import (NA_DE_AOW, aio_aanvulling, aio_hoeveel, aio_melden, aio_norm_algemeen,
                                                   aio_wat_is, familielid_aio_werk,
                                                   aow, aow_aio, aow_later, familielid_aow_later,
                                                   familielid_alleen, opname_aio, opname_met_aio, partner_aow)
from actions.feiten_uit_bericht.bezwaar import (_GESTOPT, afgewezen_niet_eens, bezwaar_gevraagd, bezwaar_termijn,
                                                brief_hulp, gestopt_adres, gestopt_geld_nu, opgeschort_papieren, opgeschort_waarom,
                                                niet_betaald_niet_gestopt, uitkering_gestopt)
from actions.feiten_uit_bericht.gebeurtenissen import bijstand_uitleg, gebeurtenis
from actions.feiten_uit_bericht.formulieren import huisgenoten_uit_bericht, jongste_kind_uit_bericht, onthouden
from actions.feiten_uit_bericht.giften_en_vermogen import (KEER_PER_JAAR, SOORT_VAN_ONDERWERP, gift_met_aio, gift_sinds, gift_terugbetalen,
                                                           gift_tegen_grens, gift_doorgeven, gift_waarden, giften, erfenis,
                                                           keer_gekregen,
                                                           gift_grens_gevraagd, geen_gift, geen_lening, vermogen_bij_aanvraag,
                                                           erfenis_met_schulden, erfenis_genoemd,
                                                           grens_per_huishouden, lening, lening_of_gift, met_ruimte, ook, vermogen,
                                                           vermogen_bijstand_stopt, voedselbank_genoemd, zonder_voedselbank)
from actions.feiten_uit_bericht.huisgenoten import (commerciele_huurder, huisgenoot_naar_instelling, komt_wonen_melden,
                                                    huur_van_huisgenoot, inlichtingenplicht, kind_loon, kostendelers,
                                                    kostendelers_bedrag, kostendelersnorm, logeert_bij_mij, logeren_minder,
                                                    mantelzorg)
from actions.feiten_uit_bericht.jong import (jong_bij_ouders, jong_school, jongeren, kind_eigen_bijstand,
                                             ouders_kunnen_bijdragen)
from actions.feiten_uit_bericht.norm import (bijstandsnorm, bruto_of_netto, huisgenoten_jonger, jong_en_ouders, kostendelers_hoeveel,
                                             met_ander_inkomen, met_student,
                                             norm_zonder_leeftijd,
                                             partner_leeftijd, partner_zonder_recht, samenwonen_partner_verdient,
                                             stel_leeftijden, stel_norm)
from actions.feiten_uit_bericht.participatie import (alleenstaande_ouder, arbeidsvermogen_uit_bericht, jong_kind_opleiding,
                                                     maatregel, maatregel_hoogte, mantelzorg_als_werk,
                                                     mantelzorg_uit_bericht, participatieplicht, plichten,
                                                     plichten_mantelzorg, tegenprestatie, tegenprestatie_2027)
from actions.feiten_uit_bericht.reizen import (DAGEN_PER, buitenland, buitenland_met_eerdere, eerdere_reizen,
                                               geplande_reizen, nieuwe_reis, peildatum_voor_reis, reis_uit_tekst)
from actions.feiten_uit_bericht.reizen import _BUITENLAND_WOORD as _REIS_BUITENLAND, in_nederland
from actions.feiten_uit_bericht.samenwonen import geen_stel, partner_komt, partner_trekt_in, relatie_apart, samenwonen
from actions.feiten_uit_bericht.vaste_teksten import (al_bekend, belastingteruggave, betalingsregeling, dreigende_afsluiting,
                                                      bijzondere_kosten,
                                                      gemeente_wil_terug,
                                                      gemeente_houdt_in, fraude_verwijt, gratis_hulp, kostendelers_niet_aangetoond,
                                                      _GEMEENTE_WIL_TERUG, _TERUGVORDERING_WOORD,
                                                      kwijtschelden_terugvordering, niet_betaald, opname, schulden,
                                                      schuld_kwijtschelden, belasting_kwijtschelden,
                                                      detentie_elders, vergeten_gemeld_terug,
                                                      terugvordering, uitkering_anders, vakantie_gaan, vakantiegeld,
                                                      vakantiegeld_beslag, vergeten_door_te_geven, vergeten_gemeld,
                                                      vergeten_te_melden, vergissen, verhuiskosten, verhuizing_doorgeven)
from actions.feiten_uit_bericht.vrijlating import (bijverdienen, eigen_loon, gemeente_nieuwe_regel_gezegd, loon_per_uur, medische_urenbeperking, start_werk,
                                                   start_werk_later, vrijlating_alleenstaande_ouder, vrijlating_bij,
                                                   vrijlating_medisch, zwart_werk)
from actions.feiten_uit_bericht.vrijwilligers import vrijwilligerswerk, vrijwilligerswerk_gevraagd

# The placeholders these answers fill with the person's own facts (tests/test_responses.py reads them).
WAARDEN = frozenset({"leeftijd", "jaren_tot_aow", "kind_leeftijd", "huisgenoot_leeftijd", "reis_duur",
                     "buitenland_max_weken", "gift_bedrag_tekst", "gift_per_jaar", "spaargeld", "vermogensgrens",
                     "reis_dagen", "max_dagen", "dagen_over", "dagen_zonder_bijstand", "jaar",
                     "kostendelers_personen", "kostendelersnorm_bedrag", "kostendelersnorm_aannames",
                     "alimentatie_bedrag_tekst",
                     "vergoeding_bedrag_tekst", "vergoeding_telt_mee", "norm_eigen", "norm_ouders_niet_bijdragen",
                     "inkomsten_tekst", "vrijlating", "vrijlating_deel", "vrijlating_jong",
                     "partner_inkomsten_tekst", "inkomsten_totaal", "giften_tekst", "gift_vraag_tekst", "dagen_eerder",
                     "medisch_deel", "medisch_maximum", "ouder_deel", "ouder_maximum", "ouder_maanden",
                     "ouder_kind_leeftijd", "ouder_na_maanden", "gift_boven_grens",
                     "besluit_datum", "bezwaar_einde", "dagen_gebruikt", "bijstand_over",
                     "aow_leeftijd_tekst", "uiterlijk_terug",
                     "aow_datum", "geboren_maand", "aow_bedrag", "aio_aanvulling", "geboren_jaar", "aow_jaren",
                     "aow_maanden", "aow_jaar", "maanden_over",
                     "medisch_vrijlating", "dagen_over_voor", "partner_max_weken", "partner_dagen_over",
                     "partner_dagen_zonder_aio",
                     "gift_ruimte", "vermogen_boven", "gift_laatste_tekst", "huur_tekst", "huur_grens", "huur_jong_tot",
                     "vakantiegeld_alleen_maand", "vakantiegeld_alleen_jaar", "vakantiegeld_stel_maand",
                     "vakantiegeld_stel_jaar", "inkomenstoeslag_weer", "loon_af",
                     "ontheffing_jaren_gehad", "ontheffing_jaren_over", "ontheffing_max_jaren", "weekenden", "medisch_bijstand_over",
                     "norm_straks", "kostendeler_datum", "giftengrens_per_maand", "norm_jong_deel", "norm_oudere_deel",
                     "vrijlating_bron", "ontheffing_einde", "termijn_einde", "kosten_tekst"})
# a counted value with its unit, as the texts say it ("dagen_over_tekst": "1 dag", actions/aantallen.py)
WAARDEN = WAARDEN | frozenset(f"{naam}_tekst" for naam in aantallen.EENHEID)
# (bijstand_over and inkomsten_tekst, above, also say what is left of the norm after income not from work)


REGELS: dict[str, Callable[[str, date, str], Antwoord | None]] = {
    "aanvraag": aanvraag,
    "aow_aio": aow_aio,
    "participatieplicht": participatieplicht,
    "kostendelersnorm": kostendelers,
    "buitenland": buitenland,
    "giften": giften,
    "vermogen": vermogen,
    "alimentatie": alimentatie,
    "inkomenstoeslag": inkomenstoeslag,
    "vrijwilligerswerk": vrijwilligerswerk,
    "bijstandsnorm": bijstandsnorm,
    "toeslagen": toeslagen,
    "jongeren": jongeren,
    "lening": lening,
    "inlichtingenplicht": inlichtingenplicht,
    "bezwaar": bezwaar_termijn,
    "terugvordering": terugvordering,
    "opname": opname,
    "samenwonen": samenwonen,
    "erfenis": erfenis,
    "vakantiegeld": vakantiegeld_hoeveel,
    "maatregel": maatregel,
    "schulden": schulden,
    "zelfstandig": zelfstandig,
    "studeren": studeren,
    "bijzondere_bijstand": bijzondere_kosten,
}


# Rules whose answer depends on the gemeente's own choices (its code is the fourth argument).
def jongeren_met_loon(text: str, peildatum: date, intent: str, gemeente: str | None = None) -> Antwoord | None:
    """'ik ben 26 en verdien 500, klopt het dat onder de 27 niets vrij is' read as the young people's topic: a wage
    of one's own and an age is the earnings question (what may be kept at that age); else the young people's rule."""
    if any(b.soort == "loon" for b in parse.bedragen(text)) and eigen_leeftijd(text) is not None and \
            (verdiend := bijverdienen(text, peildatum, "bijverdienen", gemeente)) is not None:
        return verdiend
    return jongeren(text, peildatum, intent)


REGELS_MET_GEMEENTE: dict[str, Callable[[str, date, str, str | None], Antwoord | None]] = {
    "bijverdienen": bijverdienen,
    "jongeren": jongeren_met_loon,
}


# --- facts that decide the question whatever topic the model chose (session 5) ----------------------------

# Topics that answer paying back themselves.
_TERUG_EIGEN_ANTWOORD = {"terugvordering", "bezwaar", "beslag", "schulden", "maatregel", "stopgezet", "lening",
                         "toeslagen", "huisbezoek"}
_WONEN = frozenset({"kostendelersnorm", "samenwonen", "logeren", "bijstandsnorm", "verhuizen", "informeren", "opname"})


@dataclass(frozen=True)
class VoorElk:
    """A rule that may decide the question whatever topic the model chose: for the intents in ``alleen``
    (None: every intent with an answer) except those in ``behalve``. Checked before the intent's own rule."""

    regel: Callable[[str, date], Antwoord | None]
    alleen: frozenset[str] | None = None
    behalve: frozenset[str] = frozenset()

    def geldt_voor(self, intent: str) -> bool:
        return (self.alleen is None or intent in self.alleen) and intent not in self.behalve


VOOR_ELK_ONDERWERP: list[VoorElk] = [
    VoorElk(gratis_hulp, behalve=frozenset({"noodsituatie", "stopgezet"})),
    # "geldt dat recht op vergissen al": a bill not in force, whatever topic was read (terugvordering, maatregel ...).
    VoorElk(vergissen, behalve=frozenset({"noodsituatie"})),
    # "mijn moeder is 69, woont alleen, heeft 800 aow, kan ze er iets bij krijgen" read as the young person's parents
    # or the norm: past the AOW age, alone, an AOW below the AIO level: the SVB's top-up, whatever the topic read.
    VoorElk(aio_aanvulling, behalve=frozenset({"noodsituatie"})),
    # "ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven" read as inlichtingenplicht: the SVB
    VoorElk(aio_melden, alleen=frozenset({"aow_aio", "inlichtingenplicht", "informeren"})),
    # "mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat" read as the earnings or the AOW: yes, the SVB's
    VoorElk(familielid_aio_werk, alleen=frozenset({"aow_aio", "bijverdienen", "informeren", "participatieplicht",
                                                   "inlichtingenplicht"})),
    # "mijn moeder wordt volgende maand 67 en zit in de bijstand, moet ze iets regelen" read as the young people's topic
    # (or the AOW's general 'Nee, ...'): yes, the AIO at the SVB in time (session 19)
    VoorElk(familielid_aow_later, alleen=frozenset({"aow_aio", "jongeren", "informeren", "bijstandsnorm", "aanvraag",
                                                    "participatieplicht", "inlichtingenplicht", "stopgezet"})),
    # "ik help mijn vader (66) met zijn post, hij woont alleen, wat krijgt hij" read as the norm: the father's own
    # norm and the AIO from the AOW age, not a housemate of 66 and the kostendelersnorm.
    VoorElk(familielid_alleen, alleen=frozenset({"bijstandsnorm", "aow_aio", "informeren", "jongeren",
                                                 "kostendelersnorm"})),
    VoorElk(brief_hulp, alleen=frozenset({"wat_kun_je", "informeren", "bezwaar", "nlu_fallback", "buiten_bereik"})),
    # "2 maanden geleden een besluit dat ik moet terugbetalen, kan ik nog bezwaar maken" read as the terugvordering:
    # the term of the bezwaar, from the decision's date.
    VoorElk(bezwaar_gevraagd, alleen=frozenset({"terugvordering", "maatregel", "beslag", "informeren"})),
    # "mijn bijzondere bijstand is afgewezen, ik ben het niet eens" read as the topic of what was refused: the bezwaar.
    VoorElk(afgewezen_niet_eens, alleen=frozenset({"bijzondere_bijstand", "aanvraag", "informeren", "studeren", "verhuizen",
                                                   "zelfstandig", "vrijwilligerswerk", "logeren", "opname"})),
    VoorElk(kostendelers_niet_aangetoond, behalve=frozenset({"noodsituatie"})),
    # "kunt u mij in het kort uitleggen wat bijstand is" read as a verlaging ("kort"): what bijstand is, when no word of
    # a verlaging is in it (session 19, H4)
    VoorElk(lambda text, peildatum: None if _VERLAGING_WOORD.search(text.lower()) else bijstand_uitleg(text, peildatum),
            alleen=frozenset({"maatregel", "wat_kun_je", "buiten_bereik"})),
    # "ze zeggen dat ik fraude heb gepleegd want mijn vriend stond op mijn adres" read as living together: the claim and
    # the bezwaar, not what living together is (session 19, H4)
    VoorElk(fraude_verwijt, alleen=frozenset({"samenwonen", "logeren", "kostendelersnorm", "inlichtingenplicht",
                                              "informeren"})),
    VoorElk(vrijwilligerswerk_gevraagd, alleen=frozenset({"bijverdienen"})),
    VoorElk(mantelzorg_als_werk, alleen=frozenset({"bijverdienen", "informeren", "samenwonen"})),
    # "what replaces the tegenprestatie in 2027": maatschappelijke participatie, not the tegenprestatie of today.
    VoorElk(tegenprestatie_2027, alleen=frozenset({"participatieplicht", "informeren", "vrijwilligerswerk"})),
    # "hoeveel word ik gekort als ik niet solliciteer" read as the duties: how high and how long a verlaging is.
    VoorElk(maatregel_hoogte, alleen=frozenset({"participatieplicht", "informeren"})),
    VoorElk(gift_doorgeven, alleen=frozenset({"inlichtingenplicht"})),
    # "zij stort het geld van haar boodschappen terug, is dat een gift", "ik zet 40 per maand opzij van mijn uitkering"
    # read as gifts, the norm or a loan: no gift (money paid back; savings from the bijstand)
    VoorElk(geen_gift, alleen=frozenset({"giften", "inlichtingenplicht", "informeren", "lening", "vermogen",
                                         "bijstandsnorm", "bijverdienen"})),
    # "wat gebeurt er als je meer dan 1200 per jaar krijgt, moet je alles terugbetalen" read as a terugvordering
    VoorElk(gift_grens_gevraagd, alleen=frozenset({"terugvordering", "inlichtingenplicht", "informeren", "giften"})),
    # "opa gaf me 2000 euro, moet ik nu terugbetalen aan de gemeente" read as a terugvordering: the gift's part above
    # the year limit
    VoorElk(gift_terugbetalen, alleen=frozenset({"terugvordering", "informeren", "inlichtingenplicht", "lening"})),
    # "mn moeder leent me 500 maar ik hoef het niet terug te betalen" read as a terugvordering: a gift
    VoorElk(geen_lening, alleen=frozenset({"terugvordering", "informeren", "schulden"})),
    # "samen hebben we 17.500 spaargeld, kunnen we bijstand krijgen" read as the norm: the vermogensgrens
    VoorElk(vermogen_bij_aanvraag, alleen=frozenset({"bijstandsnorm", "aanvraag", "informeren"})),
    # "heb 9500 op de spaarrekening, gaat mn bijstand nu stoppen" read as stopgezet: the savings against the limit
    VoorElk(vermogen_bijstand_stopt, alleen=frozenset({"stopgezet"})),
    VoorElk(lang_in_de_bijstand, alleen=frozenset({"jongeren", "bijstandsnorm", "bijzondere_bijstand", "informeren",
                                                   "aanvraag", "toeslagen"})),
    VoorElk(partner_zonder_recht, alleen=frozenset({"samenwonen", "aanvraag", "informeren", "jongeren",
                                                    "kostendelersnorm"})),
    # "mijn vader had schulden, moet ik de erfenis aannemen" read as debts: beneficiair aanvaarden or verwerpen.
    VoorElk(erfenis_met_schulden, alleen=frozenset({"schulden", "vermogen", "informeren", "inlichtingenplicht", "giften",
                                                    "beslag"})),
    # "uitkering opgeschort omdat ik mijn papieren te laat heb ingeleverd": hand them in within the term (art. 54).
    VoorElk(opgeschort_papieren, alleen=frozenset({"stopgezet", "informeren", "inlichtingenplicht", "bezwaar",
                                                   "aanvraag"})),
    # "gemeente betaalt niet meer uit omdat mijn adres niet zou kloppen": put the BRP right, tell the gemeente, bezwaar.
    VoorElk(gestopt_adres, alleen=frozenset({"stopgezet", "informeren", "verhuizen", "inlichtingenplicht", "bezwaar"})),
    # "waarom is mijn bijstand opgeschort": no reason said, mostly gegevens or papers the gemeente lacks (session 21)
    VoorElk(opgeschort_waarom, alleen=frozenset({"stopgezet", "informeren", "inlichtingenplicht", "bezwaar", "aanvraag"})),
    # "alleenstaande moeder met een kind van 2, mag ik een opleiding doen?" read as studeren: the single parent's answer
    # (an ontheffing leaves education; leave of the gemeente first) (session 21)
    VoorElk(jong_kind_opleiding, alleen=frozenset({"studeren"})),
    # "moet ik melden dat mijn dochter bij mij komt wonen" read as kostendelersnorm: yes, and whether she counts (s21)
    VoorElk(komt_wonen_melden, alleen=frozenset({"kostendelersnorm", "inlichtingenplicht"})),
    # "lenen of krijgen, wat is het verschil voor mijn uitkering" read as the norm: the loan's answer (session 21)
    VoorElk(lening_of_gift, alleen=frozenset({"bijstandsnorm", "giften", "informeren", "inlichtingenplicht", "vermogen",
                                              "schulden", "terugvordering", "bijverdienen", "wat_kun_je"})),
    VoorElk(niet_betaald, behalve=frozenset({"noodsituatie", "stopgezet", "beslag", "toeslagen"})),
    # "mn uitkering is deze maand niet betaald wat nu" read as stopgezet: not paid is not (yet) stopped.
    VoorElk(niet_betaald_niet_gestopt, alleen=frozenset({"stopgezet"})),
    # "mijn zoon was met zijn opleiding gestopt, nu moet ik duizenden terugbetalen, kan dat kwijtgescholden worden"
    # read as stopgezet: what stopped is not the uitkering, paying back is the question (session 14).
    VoorElk(lambda text, peildatum: terugvordering_niet_gestopt(text, peildatum), alleen=frozenset({"stopgezet"})),
    # "moet ik ook dingen melden die de gemeente zelf al weet, zoals mijn nieuwe adres in de brp" read as a move: what
    # the gemeente gets from the registers of the law need not be reported (art. 17 lid 1) (session 14).
    VoorElk(al_bekend, alleen=frozenset({"inlichtingenplicht", "verhuizen", "informeren"})),
    # "ik word in maart 67 en zit in de bijstand, moet ik zelf iets regelen" read as a move: no move named, the AOW
    # age is: the AOW topic's own answer (session 14).
    VoorElk(lambda text, peildatum: aow_zonder_verhuizing(text, peildatum), alleen=frozenset({"verhuizen", "informeren"})),
    # ("I turn 67 in February, I'm on bijstand, do I need to arrange something?" read as paying back: no word of paying
    # back or a fine, but the AOW age reached on a later day: the AOW topic's answer, the AIO asked at the SVB in time)
    VoorElk(lambda text, peildatum: aow_zonder_terugbetalen(text, peildatum), alleen=frozenset({"terugvordering"})),
    # "I was 6 weeks in Morocco and now they stopped my bijstand" read as stopgezet: the days over the limit abroad;
    # the bijstand said to be stopped: apply again once back, bezwaar if the decision is wrong (session 19)
    VoorElk(lambda text, peildatum: te_lang_gestopt(text, peildatum), alleen=frozenset({"stopgezet", "buitenland",
                                                                                        "informeren", "bezwaar"})),
    VoorElk(lambda text, peildatum: te_lang_weg(text, peildatum), alleen=frozenset({"stopgezet"})),
    # ("ik werd ziek in Pakistan en kwam pas na 6 weken terug, krijg ik problemen" read as the application or a report:
    # the same, when the message names a place abroad)
    VoorElk(lambda text, peildatum: te_lang_weg(text, peildatum) if _OP_REIS.search(text.lower()) else None,
            alleen=frozenset({"aanvraag", "informeren", "inlichtingenplicht"})),
    VoorElk(lambda text, peildatum: reis_naar_buitenland(text, peildatum), alleen=frozenset({"samenwonen", "logeren",
                                                                                            "informeren"})),
    # "mijn uitkering is gestopt omdat ze zeggen dat ik samenwoon": bezwaar and spoed, not the topic of the reason.
    # (Topics whose own answer says what follows a stop: moving, the AOW age, work, a business, study, an opname.)
    VoorElk(uitkering_gestopt, behalve=frozenset({"noodsituatie", "stopgezet", "bezwaar", "aanvraag", "maatregel",
                                                  "terugvordering", "beslag", "verhuizen", "aow_aio", "bijverdienen",
                                                  "zelfstandig", "studeren", "opname"})),
    VoorElk(gestopt_geld_nu, alleen=frozenset({"bezwaar"})),  # stopped, and money while the bezwaar runs
    VoorElk(terugwerkende_kracht, alleen=frozenset({"aanvraag", "bijverdienen", "samenwonen", "bijstandsnorm",
                                                    "informeren", "jongeren"})),
    # "kan bijstand ook met terugwerkende kracht" read as a terugvordering: bijstand from before the application.
    # (read as a trip, "can bijstand go back to earlier months": no coming back, bijstand from before the application)
    VoorElk(bijstand_terugwerkend, alleen=frozenset({"terugvordering"})),
    # ("kan de bijstand ook met terugwerkende kracht ingaan? ben 2 maanden te laat" read as a bezwaar, unsure: no
    # decision to object to named; when it starts is the application's answer, session 19 H4)
    VoorElk(lambda text, peildatum: None if _BEZWAAR_WOORD.search(text.lower()) else bijstand_terugwerkend(text, peildatum),
            alleen=frozenset({"bezwaar"})),
    VoorElk(lambda text, peildatum: None if parse.duur(text) is not None or _REIS_BUITENLAND.search(text.lower())
            else bijstand_terugwerkend(text, peildatum), alleen=frozenset({"buitenland"})),
    VoorElk(eigen_bedrijf, behalve=frozenset({"zelfstandig", "bijverdienen"})),
    # "mijn moeder woonde bij mij maar gaat naar een verpleeghuis, hoeveel krijg ik dan": she is no kostendeler any more
    # once she lives there (session 19), not the norm of an instelling for the one who stays
    VoorElk(huisgenoot_naar_instelling, alleen=frozenset({"kostendelersnorm", "bijstandsnorm", "informeren", "opname",
                                                          "inlichtingenplicht", "verhuizen", "samenwonen", "logeren",
                                                          "jongeren", "aanvraag"})),
    VoorElk(kostendelers_hoeveel, alleen=frozenset({"jongeren", "informeren", "samenwonen", "aanvraag"})),
    # "ik ben 30 en woon met 2 huisgenoten van 26 en 24, krijg ik de volle bijstand" read as the young people's topic:
    # housemates under the kostendeler age do not lower the norm; the person's own norm.
    VoorElk(huisgenoten_jonger, alleen=frozenset({"jongeren", "informeren", "samenwonen", "aanvraag", "bijstandsnorm"})),
    # "my son is 19, still lives at home, he wants own bijstand, how much" read as the kostendelersnorm: the child's
    # own bijstand (the young person's norm), not whether the child counts for the parent's.
    VoorElk(lambda text, peildatum: kind_eigen_bijstand(text, peildatum, "jongeren"),
            alleen=frozenset({"kostendelersnorm", "bijstandsnorm", "informeren"})),
    # "moet ik het melden als ik een nieuwe vriend heb die niet bij mij woont" read as samenwonen or what to report:
    # a relationship apart, and when to report it.
    VoorElk(relatie_apart, alleen=frozenset({"samenwonen", "inlichtingenplicht", "informeren", "logeren"})),
    # "mijn vriendin komt volgende maand bij mij wonen, wat moet ik doen" read as a move or a report: the partner moves
    # in, a couple (session 18). The person who moves themselves ("we gaan samenwonen in een andere gemeente") keeps
    # the move's answer.
    VoorElk(lambda text, peildatum: partner_komt(text, peildatum) if partner_trekt_in(text) else None,
            alleen=frozenset({"verhuizen", "inlichtingenplicht"})),
    # "een vriend huurt een kamer bij mij met een contract tegen marktprijs" read as another topic: no kostendeler.
    VoorElk(commerciele_huurder, alleen=frozenset({"logeren", "samenwonen", "informeren", "inlichtingenplicht"})),
    VoorElk(vakantiegeld_beslag),
    # "holiday with bijstand allowed?" read as the holiday pay: going on holiday (the weeks abroad), no money asked.
    VoorElk(vakantie_gaan, alleen=frozenset({"vakantiegeld"})),
    VoorElk(belastingteruggave),
    VoorElk(kind_loon),
    VoorElk(uitkering_anders),
    # "heb ik recht op kwijtschelding van de afvalstoffenheffing" read as debts or a terugvordering: the gemeentelijke
    # belastingen (session 18, H4).
    VoorElk(belasting_kwijtschelden, alleen=frozenset({"schulden", "terugvordering", "informeren", "bezwaar", "beslag",
                                                       "toeslagen", "bijzondere_bijstand", "buiten_bereik"})),
    # "kan mijn terugvordering kwijtgescholden worden" read as debts: the terugvordering's ways to drop it.
    VoorElk(kwijtschelden_terugvordering, alleen=frozenset({"schulden", "informeren", "bezwaar"})),
    # "kan de gemeente mijn schuld kwijtschelden" read as debts (schuldhulp before, session 17's closing): which debts
    # the gemeente can drop, and schuldhulp for the others (session 18, H4).
    VoorElk(schuld_kwijtschelden, alleen=frozenset({"schulden", "informeren", "bezwaar", "beslag"})),
    # "mag de gemeente het gewoon van mijn uitkering inhouden" read as a gift or the norm: verrekenen.
    # ("they take 150 every month off my bijstand for the terugvordering, is that allowed": the terugvordering read,
    # what is asked is the offsetting and the part always kept)
    # ("de gemeente houdt elke maand 200 in voor een oude schuld" read as debts: the offsetting, not schuldhulp)
    VoorElk(gemeente_houdt_in, alleen=frozenset({"giften", "informeren", "bijstandsnorm", "lening", "beslag",
                                                 "terugvordering", "schulden"})),
    # "de gemeente wil 3000 terug, ik kan dat nooit in een keer betalen" read as debts or a report: a betalingsregeling.
    VoorElk(betalingsregeling, alleen=frozenset({"schulden", "informeren", "inlichtingenplicht", "bezwaar", "beslag",
                                                 "maatregel"})),
    VoorElk(gemeente_wil_terug, behalve=frozenset(_TERUG_EIGEN_ANTWOORD)),
    # "mijn zus is uit huis gezet en slaapt al 2 maanden op mijn bank": the guest, not the guest's eviction.
    VoorElk(logeert_bij_mij, alleen=frozenset({"logeren", "schulden", "informeren", "bijstandsnorm"})),
    # "ik ben 20 en zit thuis, moet ik ook naar school" read as the young person's norm: school first.
    VoorElk(jong_school, alleen=frozenset({"jongeren", "aanvraag", "bijstandsnorm", "informeren", "participatieplicht"})),
    # "ik ben 19, mijn ouders hebben me uit huis gezet": the young person's norm, not an eviction for debts.
    VoorElk(jong_en_ouders, alleen=frozenset({"jongeren", "bijstandsnorm", "schulden", "informeren", "aanvraag"})),
    VoorElk(dreigende_afsluiting, behalve=frozenset({"beslag", "stopgezet", "huisbezoek"})),
    VoorElk(mantelzorg, alleen=_WONEN),
    # "I want to go live with my sick dad for some months to care for him" read as a trip: living with the person
    # cared for (no country, no abroad), the mantelzorg answer
    VoorElk(lambda text, peildatum: mantelzorg(text, peildatum) if _GA_WONEN_BIJ.search(text.lower()) and not
            _BUITENLAND_WOORD.search(text.lower()) else None, alleen=frozenset({"buitenland"})),
    # "is de bijstand bruto of netto, zit het vakantiegeld erin" read as vakantiegeld: the norms, netto, with it
    VoorElk(bruto_of_netto, alleen=frozenset({"bijstandsnorm", "vakantiegeld", "toeslagen", "informeren"})),
    # "hoeveel vakantiegeld krijg ik" read as the norm: the amount, before the general vakantiegeld answer
    VoorElk(lambda text, peildatum: vakantiegeld_hoeveel(text, peildatum, "vakantiegeld"),
            alleen=frozenset({"bijstandsnorm", "toeslagen", "informeren"})),
    VoorElk(vakantiegeld, alleen=frozenset({"bijstandsnorm", "toeslagen"})),
    VoorElk(aanvraag_opnieuw, alleen=frozenset({"aanvraag", "bijverdienen", "informeren", "stopgezet", "aow_aio"})),
    VoorElk(verhuiskosten, alleen=frozenset({"verhuizen", "bijzondere_bijstand", "kostendelersnorm"})),
    # "nieuw adres, hoe geef ik het door", "new address, how to give it to gemeente": reporting the move (session 21)
    VoorElk(verhuizing_doorgeven, alleen=frozenset({"verhuizen", "inlichtingenplicht", "informeren"})),
    # "tot welke huur krijg je huurtoeslag" read as the norm or a move: no maximum rent, the limit it counts to.
    VoorElk(huurgrens_gevraagd, alleen=frozenset({"bijstandsnorm", "informeren", "verhuizen", "aanvraag"})),
    VoorElk(opname_aio, alleen=frozenset({"opname"})),
    # "mijn man zit in de gevangenis, moet ik dat melden" read as the duty to inform or a stop: no bijstand while in
    # prison (Pw art. 13 lid 1 onder a), the opname topic's own answer for a prison (session 17, H4)
    VoorElk(detentie_elders, alleen=frozenset({"inlichtingenplicht", "informeren", "stopgezet", "bijstandsnorm",
                                               "verhuizen", "samenwonen"})),
    # "ik ga naar een verpleeghuis, hoeveel bijstand krijg ik daar" read as a move: the norm of an instelling
    VoorElk(lambda text, peildatum: opname(text, peildatum, "opname") if _INSTELLING.search(text.lower()) else None,
            alleen=frozenset({"verhuizen"})),
    # "ik schrijf voor mijn broer van 58, hij woont alleen ... moet naar een verpleeghuis, hoeveel bijstand houdt hij dan
    # over" read as the kostendelersnorm (a relative with an age): the norm in an instelling for the one who goes in
    # (session 18, H4). Only when the amount asked is that person's (hij/zij) or the writer goes in; "mijn moeder gaat
    # naar een verpleeghuis, hoeveel krijg ik dan" (the one who stays) keeps its topic.
    VoorElk(lambda text, peildatum: opname(text, peildatum, "opname") if _INSTELLING.search(text.lower()) and
            _BEDRAG_VAN_WIE_GAAT.search(text.lower()) else None,
            alleen=frozenset({"kostendelersnorm", "bijstandsnorm", "informeren", "samenwonen", "logeren", "aanvraag"})),
    VoorElk(opname_met_aio, alleen=frozenset({"aow_aio", "bijstandsnorm", "informeren"})),
    # "20jr thuiswonend wat krijg ik" read as a move ("wonend"): an own age and the amount asked, no move said
    # (_VERHUIS_WOORD, below), is the norm with that age (session 18).
    VoorElk(lambda text, peildatum: bijstandsnorm(text, peildatum, "bijstandsnorm")
            if _norm_gevraagd(text) and not _VERHUIS_WOORD.search(text.lower()) else None,
            alleen=frozenset({"verhuizen"})),
    # "op mijn 58e nog solliciteren? niemand neemt me aan" read as a guest: the duties asked, with the age said.
    VoorElk(lambda text, peildatum: participatieplicht(text, peildatum, "participatieplicht")
            if _PLICHTEN_GEVRAAGD.search(text.lower()) and not _LOGEER_WOORD.search(text.lower()) else None,
            alleen=frozenset({"logeren", "verhuizen", "buiten_bereik"})),
    # "my son is 4, i want exemption, how long" read as a trip, "I am 64, when can I stop applying for jobs" read as the
    # young people's topic: the duties or the ontheffing asked, no trip, not young: the duties with the facts said.
    VoorElk(lambda text, peildatum: participatieplicht(text, peildatum, "participatieplicht")
            if _plichten_elders(text, peildatum) else None, alleen=frozenset({"buitenland"})),
    VoorElk(lambda text, peildatum: participatieplicht(text, peildatum, "participatieplicht")
            if _plichten_elders(text, peildatum, jong=False) else None, alleen=frozenset({"jongeren"})),
    # "my daughter (20) gets much less bijstand than her friend of 21, is that right?" read as the norm: why someone of
    # 18 to 20 gets less is the young people's answer (the parents are expected to help, art. 20).
    VoorElk(lambda text, peildatum: Antwoord("utter_jongeren", {}) if _jong_minder(text, peildatum) else None,
            alleen=frozenset({"bijstandsnorm", "informeren"})),
    # "I am 66 and 4 months old, still werkplicht?" read as the AOW: the duties asked, against the AOW age.
    VoorElk(lambda text, peildatum: verdienen_na_aow(text, peildatum), alleen=frozenset({"aow_aio"})),
    # ("ik word in maart 67, moet ik daarna nog solliciteren": the time after it, the AOW topic's own answer)
    VoorElk(lambda text, peildatum: participatieplicht(text, peildatum, "participatieplicht")
            if _PLICHTEN_GEVRAAGD.search(text.lower()) and not (aow_later(text, peildatum) and NA_DE_AOW.search(text.lower()))
            else None, alleen=frozenset({"aow_aio"})),
    VoorElk(samenwonen_partner_verdient, alleen=frozenset({"samenwonen", "informeren", "bijstandsnorm",
                                                           "kostendelersnorm", "bijverdienen"})),
    # ("mijn vrouw en ik zijn allebei 70, hoeveel is het minimum voor ons" read as the AIO: the couple's AIO level)
    # (one partner under the AOW age and one past it: the topic's own answer on the partner, not only the AIO levels)
    VoorElk(lambda text, peildatum: None if _een_voorbij_aow(text, peildatum) else stel_norm(text, peildatum),
            alleen=frozenset({"samenwonen", "bijstandsnorm", "informeren", "aanvraag", "kostendelersnorm",
                                         "jongeren", "aow_aio"})),
    # "ik ben vergeten door te geven dat ik 2 maanden gewerkt heb, wat gebeurt er nu" read as the maatregel (session 16)
    # or as the duty to inform itself: report it now, then paying back and a boete or a waarschuwing. Last, so a rule
    # that reads more of the message (a gift, a trip, a housemate) answers first.
    VoorElk(vergeten_te_melden, alleen=frozenset({"inlichtingenplicht"})),
    # (session 17: read as a bezwaar too, when no decision came yet; a terugvordering keeps its own rules, as an ex's
    # report not made while on bijstand together)
    VoorElk(vergeten_gemeld, alleen=frozenset({"maatregel", "informeren", "bijverdienen", "huisbezoek", "stopgezet",
                                               "wat_kun_je", "nlu_fallback", "buiten_bereik", "bezwaar"})),
    # ("vergeten te zeggen dat mijn dochter een baantje heeft, krijg ik nu een boete" read as a terugvordering: no claim
    # came yet; an ex's report not made while on bijstand together keeps the gezin's answer, art. 59)
    VoorElk(vergeten_gemeld_terug, alleen=frozenset({"terugvordering"})),
    # "a friend sleeps on my couch for a few weeks, will my bijstand go down": the general logeren answer, first saying
    # no (session 18). Last, so a guest's age or months answer first.
    VoorElk(logeren_minder, alleen=frozenset({"logeren"})),
]


_VERLAGING_WOORD = re.compile(r"verlag|\bkorting\b|\bgekort\b|\bkorten\b|maatregel|sanctie|\bstraf")
_BEZWAAR_WOORD = re.compile(r"\bbezwaar\w*|\bberoep\b|\bbesluit\w*|\bbeschikking\w*|\bafgewezen\b|\bafwijzing\b")
_GA_WONEN_BIJ = re.compile(r"\bwonen\s+bij\b|\bwoon\s+bij\b|\bbij\s+\w+\s+(?:\w+\s+)?(?:gaan\s+|te\s+)?wonen\b")
_BUITENLAND_WOORD = re.compile(r"buitenland|\babroad\b|\bnaar\s+(?!huis\b)[a-z]+|vakantie|\breis\b|\bland\b")
_INSTELLING = re.compile(r"\bverpleeghuis|\bverzorgingshuis|\bzorginstelling|\binstelling\b|\bkliniek|\bzorgcentrum")
_BEDRAG_VAN_WIE_GAAT = re.compile(
    r"\b(?:hoeveel|hoe\s+hoog|wat)\b[^.?!]{0,40}?\b(?:krijgt|houdt|overhoudt|heeft)\s+(?:hij|zij|ze)\b"
    r"|\bik\s+(?:ga|moet|word|wordt)\b[^.?!]{0,40}?\b(?:naar|in|opgenomen)\b[^.?!]{0,60}?\b(?:hoeveel|hoe\s+hoog)\b")
# A trip said as such: abroad, a holiday, a flight, coming back (not only a length of time).
_OP_REIS = re.compile(r"terug\s*gekomen|teruggekeerd|\bterug\s+(?:uit|van|in\s+nederland)\b|buitenland|vakantie|\breis\b"
                      r"|gevlogen|\bvlucht\b|weg\s+geweest|\bnaar\s+(?!huis\b|de\b|het\b|mijn\b|m'n\b|mn\b)[a-z]+")
_LOGEER_WOORD = re.compile(r"logee?r\w*|\bslaapt?\b|\bbank\b|\bverblijf\w*|\bin\s+huis\b|\bwoon\w*|\bverhuis\w*")
_PLICHTEN_GEVRAAGD = re.compile(r"plicht|sollicit|werk\s+zoeken|zoek\w*\s+werk|\bduties\b|look\s+for\s+(?:work|a\s+job)")


_ONTHEFFING_WOORD = re.compile(r"\bontheffing\b|\bvrijstelling\b")


def _plichten_elders(text: str, peildatum: date, jong: bool = True) -> bool:
    """The duties or an ontheffing asked, in a message with no trip; not `jong`: by someone not under the age of the
    search period of young people (27) (a young person's duties stay the young people's topic)."""
    lowered = text.lower()
    if not (_PLICHTEN_GEVRAAGD.search(lowered) or _ONTHEFFING_WOORD.search(lowered)) or _OP_REIS.search(lowered) \
            or _BUITENLAND_WOORD.search(lowered):
        return False
    if jong:
        return True
    leeftijd, grens = eigen_leeftijd(text), knowledge.waarde("leeftijd.jongeren_zoektermijn", peildatum)
    return leeftijd is None or grens is None or leeftijd >= grens


# "much less than", "veel minder dan", "why ... lower": a comparison of amounts, asked why or whether it is right.
_MINDER_DAN = re.compile(r"\b(?:minder|less|lower|lager)\b[^.?!]{0,40}?\b(?:dan|than)\b"
                         r"|\b(?:waarom|why)\b[^.?!]{0,40}?\b(?:minder|less|lower|lager)\b")
_EEN_BEDRAG = re.compile(r"€|\beuro|\beur\b|\d{3,}")
_LEEFTIJD_GETAL = re.compile(r"\b(?P<n>1[0-9]|[2-9][0-9])\b(?!\s*(?:euro|eur\b|€|%|uur|weken|maanden|dagen|jaar\s+geleden))")


def _jong_minder(text: str, peildatum: date) -> bool:
    """A message that compares and names an age under knowledge/'s age of the adult norm (21), from 18: why the young
    get less. No amount of one's own (a wage or a gift compared is another question)."""
    volwassen = knowledge.waarde("leeftijd.volwassenennorm", peildatum)
    lowered = text.lower()
    if volwassen is None or not _MINDER_DAN.search(lowered) or _EEN_BEDRAG.search(lowered):
        return False
    return any(18 <= int(m["n"]) < volwassen for m in _LEEFTIJD_GETAL.finditer(lowered))


def _een_voorbij_aow(text: str, peildatum: date) -> bool:
    """A couple of whom one is past the AOW age and the other not ("I am 66 and my husband is 68")."""
    leeftijden, aow = stel_leeftijden(text), knowledge.waarde("leeftijd.aow_jaren", peildatum)
    return leeftijden is not None and aow is not None and min(leeftijden) < aow <= max(leeftijden)


# "een maand 100% gekort", "wil nu 4 maanden bijstand terug": a time that is no trip (a verlaging, money over months).
_GEEN_REIS = re.compile(r"\bgekort\b|\bkorting\b|\bverlaag\w*|\bverlaging\b|\bmaatregel\b|\bsanctie\b|\d+\s*(?:%|procent)"
                        r"|\b(?:\d+|een|twee|drie|vier|vijf|zes)\s+(?:maand|maanden|week|weken)\s+(?:\w+\s+)?(?:bijstand|uitkering)\b"
                        # time worked ("dat ik twee maanden heb gewerkt", "3 weken gewerkt"): no trip (session 17, H4)
                        r"|\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht)\s+(?:dag|dagen|maand|maanden|week|weken)\s+"
                        r"(?:\w+\s+){0,4}?(?:gewerkt|werkte\w*|bijgewerkt)\b")


def te_lang_weg(text: str, peildatum: date) -> Antwoord | None:
    """A trip taken or planned over the limit abroad (the answer says for how many days there is no bijstand)."""
    if _GEEN_REIS.search(text.lower()) and not _REIS_BUITENLAND.search(text.lower()):
        return None
    gevonden = buitenland(text, peildatum, "buitenland")
    return gevonden if gevonden is not None and "te_lang" in gevonden.response else None


def te_lang_gestopt(text: str, peildatum: date) -> Antwoord | None:
    """A trip over the limit abroad, and the bijstand said to be stopped ("ik was 7 weken in Marokko en nu is mijn
    bijstand stopgezet, wat nu"): back in the Netherlands, apply again at once; bezwaar if the decision is wrong.
    Not a trip still to come."""
    lowered = text.lower()
    if not _GESTOPT.search(lowered) or not _WAT_NU.search(lowered) or te_lang_weg(text, peildatum) is None:
        return None  # ("is that allowed", "klopt dat": the days without bijstand answer it, te_lang_weg)
    return Antwoord("utter_buitenland_gestopt_opnieuw", {})


# "wat nu", "wat moet ik doen", "hoe verder", "what now", "what can I do": what to do next is asked.
_WAT_NU = re.compile(r"\bwat\s+(?:nu|moet|kan|moeten|kunnen)\b|\bwat\s+(?:te\s+)?doen\b|\bhoe\s+(?:nu\s+)?verder\b"
                     r"|\bwhat\s+(?:now|can|should|do)\b")


_GEEN_BESTEMMING = re.compile(r"\bnaar\s+(?:zijn|haar|hun|ons|onze|jouw|je|uw|school|werk|bed|binnen|buiten|bijstand"
                              r"|elkaar|hem|mij|me)\b")


# "mijn neef uit het buitenland logeert 2 weken bij mij": where a guest comes from, no trip of the person's (session 18).
_GAST_UIT_BUITENLAND = re.compile(r"\b(?:neef|nicht|zus|zuster|broer|moeder|vader|ouders|tante|oom|oma|opa|zoon"
                                  r"|dochter|kleinkind\w*|vriend\w*|kennis\w*|familie\w*|gast\w*|bezoek|logé\w*|iemand"
                                  r"|family|guests?|relatives?)\s+(?:\w+\s+){0,2}?uit\s+het\s+buitenland\b")


def reis_naar_buitenland(text: str, peildatum: date) -> Antwoord | None:
    """'we wonen samen en willen 6 weken naar Kaapverdië, tellen onze dagen samen' read as samenwonen: a trip abroad
    of a length named is the question (each has the limit abroad of their own)."""
    lowered = text.lower()
    if parse.duur(text) is None or not _REIS_BUITENLAND.search(lowered) or in_nederland(lowered) or \
            _GEEN_BESTEMMING.search(lowered) or _GAST_UIT_BUITENLAND.search(lowered):
        return None
    gevonden = buitenland(text, peildatum, "buitenland")
    return gevonden if gevonden is not None and gevonden.response.startswith("utter_buitenland") else None


# "ik ben 68 en heb aio, ik kan klaar-over worden voor 300 euro per maand, hoeveel gaat er van mijn aio af" read as the
# AOW age: the earnings are the question (what is kept of them), not the duties past the AOW age.
_VERDIENEN = re.compile(r"\bverdien\w*|\bloon\b|\bsalaris\b|\b(?:bij)?baan\w*|\bklus\w*|\bwerk\w*|\bbijverdien\w*"
                        r"|\binkomsten\b|\bworden\s+(?:\w+\s+){0,5}?voor\s+\d")
_ERAF_GEVRAAGD = re.compile(r"\bhoeveel\b|\baf\b|\bhouden\b|\bmag\s+ik\b|\bgekort\b|\bminder\b|\binvloed\b|\bgevolgen\b")


def verdienen_na_aow(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if not parse.bedragen(text) or not _VERDIENEN.search(lowered) or not _ERAF_GEVRAAGD.search(lowered) or \
            _PLICHTEN_GEVRAAGD.search(lowered):
        return None
    gevonden = bijverdienen(text, peildatum, "bijverdienen", None)
    return gevonden if gevonden is not None and gevonden.response.startswith("utter_bijverdienen") else None


def terugvordering_niet_gestopt(text: str, peildatum: date) -> Antwoord | None:
    """Paying back asked, and no word that the uitkering stopped (a study, a job or a relation did): the
    terugvordering's rule, else its general answer."""
    lowered = text.lower()
    if _GESTOPT.search(lowered) or not (_TERUGVORDERING_WOORD.search(lowered) or _GEMEENTE_WIL_TERUG.search(lowered)):
        return None
    return terugvordering(text, peildatum, "terugvordering") or Antwoord("utter_terugvordering", {})


_VERHUIS_WOORD = re.compile(r"verhui[sz]|\badres|\bwoning|\bhuis\b|\bintrek|\bin\s+te\s+trekken|\bwoonplaats|\bverkas"
                            r"|\bandere\s+(?:gemeente|stad|plaats)|\b(?:ga|gaan|gaat)\s+(?:\w+\s+){0,3}?wonen\b|\bemigr"
                            r"|buitenland|\bnaar\s+\w+\s+(?:ga|gaan|gaat|trekken)\b|\b(?:ga|gaan|gaat)\s+naar\s+\w+")
_AOW_WOORD = re.compile(r"\baow\b|\baio\b|\bpensioen")


def aow_zonder_verhuizing(text: str, peildatum: date) -> Antwoord | None:
    """No move named but the AOW (a word of it, or the AOW age reached on a later day): the AOW topic's answer."""
    lowered = text.lower()
    if _VERHUIS_WOORD.search(lowered) or not (_AOW_WOORD.search(lowered) or aow_later(text, peildatum)):
        return None
    return aow_aio(text, peildatum, "aow_aio")


_TERUGBETALEN_WOORD = re.compile(r"\bterug|vorder|\bboete|\bschuld|\bbetal|\bte\s*veel\b|\bfraude|\bback\b|\bpay|\bfine\b")


def aow_zonder_terugbetalen(text: str, peildatum: date) -> Antwoord | None:
    """No paying back named, but the AOW age reached on a later day ("ik word in februari 67"): the AOW answer."""
    if _TERUGBETALEN_WOORD.search(text.lower()) or aow_later(text, peildatum) is None:
        return None
    return aow_aio(text, peildatum, "aow_aio")


def voor_elk_onderwerp(intent: str, text: str, peildatum: date) -> Antwoord | None:
    for regel in VOOR_ELK_ONDERWERP:
        if regel.geldt_voor(intent) and (gevonden := regel.regel(text, peildatum)) is not None:
            return gevonden
    return None


def _norm_gevraagd(text: str) -> bool:
    from actions.feiten_uit_bericht.norm import _HOEVEEL_KRIJG
    return bool(_HOEVEEL_KRIJG.search(text.lower())) and eigen_leeftijd(text) is not None


# A newer response and the one a model whose domain lacks it says instead (session 18).
TERUGVAL = {"utter_participatieplicht_ontheffing_tot": "utter_participatieplicht_ontheffing_nog",
            "utter_participatieplicht_ontheffing_totaal_op": "utter_participatieplicht_ontheffing_totaal",
            "utter_buitenland_dagen_niet_mee": "utter_buitenland",
            "utter_logeren_niet_minder": "utter_logeren",
            # session 19's texts (a model trained before them says the nearest older one; placeholders a subset)
            "utter_aow_aio_familie_later": "utter_aow_aio",
            "utter_buitenland_gestopt_opnieuw": "utter_stopgezet",
            "utter_kostendelersnorm_naar_instelling_bedrag": "utter_kostendelersnorm_naar_instelling",
            "utter_kostendelersnorm_naar_instelling": "utter_kostendelersnorm",
            "utter_bijstandsnorm_kostendeler_ouders": "utter_bijstandsnorm_kostendeler",
            "utter_bijstandsnorm_stel_kostendeler_ouders": "utter_bijstandsnorm_stel",
            # session 20 (H4)
            "utter_aanvraag_terugwerkend": "utter_aanvraag",
            "utter_bezwaar_op_tijd_verschoven": "utter_bezwaar_op_tijd",
            "utter_bijzondere_bijstand_onder_drempel": "utter_bijzondere_bijstand",
            "utter_bijzondere_bijstand_boven_drempel": "utter_bijzondere_bijstand",
            # session 21 (H3)
            "utter_aow_aio_melden": "utter_wat_nu_svb",
            "utter_aow_aio_familie_huisgenoot": "utter_aow_aio_norm_kostendeler",
            "utter_aow_aio_familie_werk": "utter_wat_nu_svb",
            # session 21 (H4)
            "utter_erfenis_op_grens": "utter_erfenis_onder_grens",
            "utter_stopgezet_opgeschort": "utter_stopgezet_papieren",
            "utter_bezwaar_op_tijd_ongeveer": "utter_bezwaar_op_tijd",
            "utter_bezwaar_te_laat_ongeveer": "utter_bezwaar_te_laat",
            "utter_bezwaar_op_tijd_verschoven_ongeveer": "utter_bezwaar_op_tijd_verschoven",
            "utter_participatieplicht_jong_kind_opleiding": "utter_participatieplicht_jong_kind_scholing",
            "utter_kostendelersnorm_melden": "utter_kostendelersnorm",
            # session 21 (H6)
            "utter_verhuizen_doorgeven": "utter_verhuizen"}


def in_domein(gevonden: Antwoord | None, domain: dict) -> Antwoord | None:
    """``gevonden`` if the domain has its response, else the first of its TERUGVAL responses (followed on: a newer
    text may fall back on one that is itself newer than the model) the domain has, else None."""
    if gevonden is None:
        return None
    responses, naam = domain.get("responses", {}), gevonden.response
    while naam not in responses:
        naam = TERUGVAL.get(naam)
        if naam is None:
            return None
    return gevonden if naam == gevonden.response else Antwoord(naam, gevonden.waarden)


def antwoord(intent: str, text: str, peildatum: date, domain: dict, gemeente: str | None = None) -> Antwoord | None:
    """The response that applies the facts in ``text`` to ``intent``, if the domain has it."""
    gevonden = in_domein(voor_elk_onderwerp(intent, text or "", peildatum), domain)
    if gevonden is not None:
        return gevonden
    if intent in REGELS_MET_GEMEENTE:
        gevonden = REGELS_MET_GEMEENTE[intent](text or "", peildatum, intent, gemeente)
    else:
        regel = REGELS.get(intent)
        gevonden = regel(text or "", peildatum, intent) if regel else None
    gevonden = in_domein(gevonden, domain)
    if gevonden is None:
        return None
    return gevonden
