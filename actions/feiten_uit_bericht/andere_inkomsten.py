"""Alimentatie that counts, the age for the individuele inkomenstoeslag, and how much toeslag (Dienst
Toeslagen computes it)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import _HOEVEEL, Antwoord, eigen_leeftijd, _euro_bedrag
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from knowledge.teksten import maand


# "mijn ex betaalt mijn huur, we hebben geen alimentatie afgesproken": money from the ex that is said not to be
# alimentatie is a gift (the year limit), not income of art. 32.
_GEEN_ALIMENTATIE = re.compile(r"\bgeen\s+(?:\w+\s+)?(?:partner|kinder)?alimentatie\b|\balimentatie\b[^.?!]{0,25}\bniet\s+"
                               r"(?:afgesproken|geregeld|vastgelegd)\b")


# "ik moet zelf partneralimentatie betalen", "ik betaal alimentatie aan mijn ex": alimentatie the person pays is no cost
# the bijstand meets (art. 14 onder a).
_ZELF_BETALEN = re.compile(r"\b(?:ik|wij|we)\s+(?:moet|moeten)\s+(?:\w+\s+){0,3}?\w*alimentatie\s+(?:\w+\s+){0,3}?betalen\b"
                           r"|\b(?:ik\s+betaal|wij\s+betalen|we\s+betalen)\s+(?:\w+\s+){0,3}?\w*alimentatie\b"
                           r"|\balimentatie\b[^.?!]{0,30}?\b(?:moet\s+ik|betaal\s+ik)\b[^.?!]{0,20}?\bbetal")


# "mijn ex betaalt de alimentatie niet, wat nu", "al 4 maanden geen kinderalimentatie gestort": the LBIO collects it
# (often free), report it to the gemeente, which can also recover the bijstand from the ex (legal-facts-topics 6).
_EX_BETAALT_NIET = re.compile(r"\b(?:betaalt|betaald|betaalde|betalen|stort|stortte|maakt|geeft)\b[^.?!]{0,40}?\b(?:niet|nooit|geen)\b"
                              r"|\bniet\s+(?:meer\s+)?(?:betaald|gestort|overgemaakt|binnen|betalen)\b|\bachterstand\w*"
                              r"|\bblijft\s+uit\b"
                              r"|\bgeen\s+(?:kinder|partner)?alimentatie\s+(?:meer\s+)?(?:gehad|ontvangen|gekregen|binnen)\b")
_NIET_AFGESPROKEN = re.compile(r"\bafgesproken\b|\bgeregeld\b|\bvastgelegd\b"
                               r"|\b(?:moet|kan|hoef)\s+ik\b[^.?!]{0,30}?\bbetal|\bik\s+betaal\b|\baan\s+(?:mijn|m'n|mn)\s+ex\b")


def alimentatie(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A child's age against the age up to which kinderalimentatie counts; else an amount: it counts. Money said not to
    be alimentatie ("we hebben geen alimentatie afgesproken") is held against the gift limit."""
    if _ZELF_BETALEN.search(text.lower()):
        return Antwoord("utter_alimentatie_zelf_betalen", {})  # paid by the person: no extra bijstand for it
    if _EX_BETAALT_NIET.search(text.lower()) and not _NIET_AFGESPROKEN.search(text.lower()):
        return Antwoord("utter_alimentatie_niet_betaald", {})
    if _GEEN_ALIMENTATIE.search(text.lower()):
        from actions.feiten_uit_bericht.giften_en_vermogen import giften  # no cycle at import time
        return giften(text, peildatum, "giften")
    grens = knowledge.waarde("alimentatie.kind_telt_mee_tot", peildatum)
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    if grens is not None and kinderen and all(m.leeftijd >= grens for m in kinderen):
        return Antwoord("utter_alimentatie_kind_ouder", {"kind_leeftijd": str(min(m.leeftijd for m in kinderen))})
    # An amount, also for a child under the age ("mijn ex betaalt 250 per maand kinderalimentatie voor onze dochter
    # van 7"): that amount counts. Money by its euro or by its period ("250 per maand"); else the general answer.
    bedrag = _euro_bedrag(text)
    if bedrag is None and (per := parse.bedrag(text)) is not None and per.periode in ("maand", "week", "jaar"):
        bedrag = per
    if bedrag is None or bedrag.euro <= 0:
        return None
    from actions.feiten_uit_bericht.norm import bijstandsnorm  # no cycle at import time
    over = bijstandsnorm(text, peildatum, "bijstandsnorm")
    if over is not None and over.response.startswith("utter_bijstandsnorm_inkomen"):
        return over  # "ik ben 44, alleen, 300 partneralimentatie, hoeveel bijstand nog": the norm minus it
    per = f" per {bedrag.periode}" if bedrag.periode in ("maand", "week", "jaar") else ""
    return Antwoord("utter_alimentatie_bedrag", {"alimentatie_bedrag_tekst": euro(bedrag.euro) + per})


def inkomenstoeslag(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """The person's age against the minimum age of the individuele inkomenstoeslag (and the AOW age); 'hoeveel is
    het': each gemeente sets the amount in its verordening (art. 8 lid 1 b), so Wegwijs names none."""
    if (nog_niet := inkomenstoeslag_nog_niet(text, peildatum)) is not None:
        return nog_niet
    leeftijd, grens = eigen_leeftijd(text), knowledge.waarde("inkomenstoeslag.minimum_leeftijd", peildatum)
    if leeftijd is None and _HOEVEEL.search(text.lower()):
        return Antwoord("utter_inkomenstoeslag_hoeveel", {})
    if leeftijd is None or grens is None:
        return None
    if leeftijd < grens:
        return Antwoord("utter_inkomenstoeslag_te_jong", {"leeftijd": str(leeftijd)})
    return None


# "heb in maart 2026 inkomenstoeslag gehad", "vorig jaar in juni kreeg ik hem": when the last one was received.
_GEHAD = re.compile(r"\b(?:gehad|gekregen|ontvangen|kreeg|kregen|had)\b")


def inkomenstoeslag_nog_niet(text: str, peildatum: date) -> Antwoord | None:
    """'heb in maart 2026 inkomenstoeslag gehad, kan ik die nu weer aanvragen': one toeslag per period of knowledge/'s
    months (art. 36 lid 3); inside it the answer is no, with the first month it can be again."""
    maanden = knowledge.waarde("inkomenstoeslag.eens_per_maanden", peildatum)
    deel = next((d for d in re.split(r"[,.;!?]", text.lower()) if _GEHAD.search(d)), None)  # "..., nu in december"
    gehad = None if maanden is None or deel is None else parse.datum(deel, peildatum, richting="verleden")
    if gehad is None or gehad > peildatum:
        return None
    weer = plus_maanden(gehad.replace(day=1), int(maanden))
    if weer <= peildatum:
        return None  # the period is over: the general answer (apply at the gemeente)
    return Antwoord("utter_inkomenstoeslag_nog_niet", {"inkomenstoeslag_weer": f"{maand(weer)} {weer.year}"})


# "telt mijn kinderbijslag mee voor de bijstand", "gaat de huurtoeslag van mijn uitkering af": whether it counts, asked.
# The answer is no (Pw art. 31 lid 2 onder b en d), so it starts with "Nee", not with the "Ja" of "mag ik het houden".
_TELT_MEE = re.compile(r"\btel(?:t|len)\b[^.?!]{0,40}?\bmee\b|\bmeegeteld\b|\bmeetellen\b|\b(?:als|voor\s+het)\s+inkomen\b"
                       r"|\bvan\s+(?:mijn|m'n|mn|de|je|uw)\s+(?:bijstand|uitkering)\s+af\w*|\bafgetrokken\b|\bverrekend\b"
                       r"|\bgekort\b|\bkorten\b|\bminder\s+(?:bijstand|uitkering)\b|\binvloed\s+op\s+(?:mijn|m'n|mn|de)\s+"
                       r"(?:bijstand|uitkering)\b")
# Only when a toeslag or the kinderbijslag is named (not the vakantietoeslag; alimentatie or a wage read as this topic
# does count).
_EEN_TOESLAG = re.compile(r"(?<!vakantie)toeslag|kindgebonden|kinderbijslag|huursubsidie|\bkgb\b")
_GEEN_TOESLAG = re.compile(r"alimentatie|\bloon\b|salaris|\bgift|\berfenis|\bpensioen|\baow\b|\bww\b|uitkering\s+van")


def toeslagen(text: str, peildatum: date, intent: str) -> Antwoord | None:
    if (huur := huur_voor_huurtoeslag(text, peildatum)) is not None:
        return huur
    if (grens := huurgrens_gevraagd(text, peildatum)) is not None:
        return grens
    if _HOEVEEL.search(text.lower()):
        return Antwoord("utter_toeslagen_hoeveel", {})
    lowered = text.lower()
    if _TELT_MEE.search(lowered) and _EEN_TOESLAG.search(lowered) and not _GEEN_TOESLAG.search(lowered):
        return Antwoord("utter_toeslagen_telt_niet", {})
    return None


_HUURTOESLAG = re.compile(r"huurtoeslag|huursubsidie")
_HUUR = re.compile(r"\bhuur\b|\bhuur\s+is\b|\bkale\s+huur\b|\bhuurprijs\b|\bhuur\w*\s+(?:een|mijn)\b")


# "is er in 2026 nog een maximale huur voor de huurtoeslag", "tot welke huur krijg je huurtoeslag": the limit asked,
# without a rent of one's own (with one, huur_voor_huurtoeslag holds it against the limit).
_HUURGRENS = re.compile(r"\bmax\w*\s+(?:kale\s+)?huur\w*|\bhuurgrens\w*|\bhuur\s*grens\w*|\bmaximum\s+(?:voor|van|op)\s+de\s+huur\b"
                        r"|\bhoogste\s+huur\b|\btot\s+welke\s+huur\b|\bhoe\s+hoog\s+mag\s+(?:de|mijn|je|uw)\s+huur\b"
                        r"|\bhuur\s+(?:is\s+)?(?:te|niet\s+te)\s+hoog\b|\bhuurplafond\b|\bmaximale\s+huurprijs\b")


def huurgrens_gevraagd(text: str, peildatum: date) -> Antwoord | None:
    """No maximum rent since 2026: the rent counts up to knowledge/'s limit, lower under the youth age."""
    lowered = text.lower()
    if not (_HUURTOESLAG.search(lowered) and _HUURGRENS.search(lowered)):
        return None
    jong, tot = (knowledge.waarde("toeslagen.huurtoeslag_maximale_huur_jongeren", peildatum),
                 knowledge.waarde("toeslagen.huurtoeslag_jongeren_tot", peildatum))
    if jong is None or tot is None or knowledge.waarde("toeslagen.huurtoeslag_maximale_huur", peildatum) is None:
        return None
    return Antwoord("utter_toeslagen_huurgrens", {"huur_grens": euro(Decimal(str(jong))), "huur_jong_tot": str(tot)})


def huur_voor_huurtoeslag(text: str, peildatum: date) -> Antwoord | None:
    """'mijn kale huur is 1050 euro, kan ik huurtoeslag krijgen?': there is no maximum rent any more; the rent counts up
    to knowledge/'s limit (a lower one for the young, by the person's age). Only with a rent amount and huurtoeslag."""
    lowered = text.lower()
    if not _HUURTOESLAG.search(lowered) or not _HUUR.search(lowered):
        return None
    huur = _euro_bedrag(text) or _huur_bedrag(text)
    if huur is None or huur.euro <= 0 or huur.periode not in (None, "maand"):
        return None
    leeftijd, jong_tot = eigen_leeftijd(text), knowledge.waarde("toeslagen.huurtoeslag_jongeren_tot", peildatum)
    jong = leeftijd is not None and jong_tot is not None and leeftijd < jong_tot
    grens = knowledge.waarde("toeslagen.huurtoeslag_maximale_huur_jongeren" if jong
                             else "toeslagen.huurtoeslag_maximale_huur", peildatum)
    if grens is None:
        return None
    waarden = {"huur_tekst": euro(huur.euro), "huur_grens": euro(Decimal(str(grens)))}
    if jong:
        return Antwoord("utter_toeslagen_huur_jong", {**waarden, "leeftijd": str(leeftijd), "huur_jong_tot": str(jong_tot)})
    boven = huur.euro > Decimal(str(grens))
    return Antwoord("utter_toeslagen_huur_boven" if boven else "utter_toeslagen_huur_onder", waarden)


def _huur_bedrag(text: str) -> parse.Bedrag | None:
    """'mijn huur is 1050 kaal': the one amount said in the same part of the message as the rent, without 'euro'."""
    bij_huur = [b.bedrag for b in parse.bedragen(text) if _HUUR.search(b.zin.lower())]
    return bij_huur[0] if len(bij_huur) == 1 else None


_VAKANTIEGELD_HOEVEEL = re.compile(r"\bhoeveel\b[^.?!]{0,30}vakantie\s*(?:geld|toeslag)|vakantie\s*(?:geld|toeslag)\b"
                                   r"[^.?!]{0,30}\b(?:hoeveel|hoe\s+hoog|welk\s+bedrag)\b")


def vakantiegeld_hoeveel(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'hoeveel vakantiegeld krijg ik als alleenstaande': the part of the norm that is vakantietoeslag (art. 19 lid 3:
    knowledge/'s percentage of the norm with vakantietoeslag), per month and per year, for someone on their own or
    a couple (both when the message does not say)."""
    if not _VAKANTIEGELD_HOEVEEL.search(text.lower()):
        return None
    deel = knowledge.waarde("normen.vakantietoeslag_percentage", peildatum)
    alleen, stel = (knowledge.waarde("normen.alleenstaande", peildatum), knowledge.waarde("normen.gehuwden", peildatum))
    if None in (deel, alleen, stel):
        return None

    def bedragen(norm) -> tuple[str, str]:
        per_maand = (Decimal(str(norm)) * Decimal(str(deel)) / 100).quantize(Decimal("0.01"))
        return euro(per_maand), euro(per_maand * 12)

    (alleen_maand, alleen_jaar), (stel_maand, stel_jaar) = bedragen(alleen), bedragen(stel)
    return Antwoord("utter_vakantiegeld_hoeveel", {"vakantiegeld_alleen_maand": alleen_maand,
                                                   "vakantiegeld_alleen_jaar": alleen_jaar,
                                                   "vakantiegeld_stel_maand": stel_maand,
                                                   "vakantiegeld_stel_jaar": stel_jaar})


# "ik zit al 5 jaar in de bijstand zonder uitzicht op werk, heb ik recht op iets extra's": long on a low income,
# something extra asked: the individuele inkomenstoeslag (art. 36), for someone of at least its minimum age.
_LANG_IN_BIJSTAND = re.compile(r"\b\d{1,2}\s+jaar\b[^.?!]{0,20}?\b(?:in\s+de\s+|van\s+de\s+|op\s+)?(?:bijstand|uitkering)\b"
                               r"|\blang(?:durig|\s+in\s+de\s+bijstand)|\bzonder\s+uitzicht\b")
_IETS_EXTRA = re.compile(r"\bextra\w*|\btoeslag\b|\bmeer\s+geld\b")


def lang_in_de_bijstand(text: str, peildatum: date) -> Antwoord | None:
    lowered, minimum = text.lower(), knowledge.waarde("inkomenstoeslag.minimum_leeftijd", peildatum)
    leeftijd = eigen_leeftijd(text)
    if minimum is None or (leeftijd is not None and leeftijd < minimum):
        return None
    return Antwoord("utter_inkomenstoeslag", {}) if _LANG_IN_BIJSTAND.search(lowered) and _IETS_EXTRA.search(lowered) \
        else None
