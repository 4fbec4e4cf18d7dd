"""The plichten: none past the AOW age or when fully unable to work; a single parent of a young child has
ontheffing or childcare first; care for someone (mantelzorg); volunteering asked as a duty."""

from __future__ import annotations

import re
from datetime import date

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import _ALLEEN, Antwoord, _vaste_tekst
from actions.feiten_uit_bericht.aow_en_aio import _WANNEER, _wanneer_dag, aow, partner_aow, partner_jonger
from actions.feiten_uit_bericht.vrijwilligers import vrijwilligerswerk_gevraagd
from knowledge.teksten import datum as datum_tekst

# the month names of a day said ("1 maart")
_MAANDNAMEN = "|".join(sorted(parse._MAANDEN, key=len, reverse=True))


# "volledig arbeidsongeschikt verklaard", "100% afgekeurd", "ik zit in de IVA": no work duties (art. 9 lid 5).
_ARBEIDSONGESCHIKT = re.compile(r"\b(?:volledig|helemaal|geheel|duurzaam|blijvend|100\s*%?|honderd procent)\s+"
                                r"(?:en\s+\w+\s+)?(?:arbeidsongeschikt|afgekeurd)|\biva\b")


def plichten(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Plichten: past the AOW age none; fully unable to work none; a single parent of a young child has
    ontheffing or childcare first (that answers 'moet ik werken' better than the years until the AOW age)."""
    if _ARBEIDSONGESCHIKT.search(text.lower()):
        return Antwoord("utter_participatieplicht_arbeidsongeschikt", {})
    if (nog := ontheffing_hoe_lang(text, peildatum)) is not None:
        return nog
    if (geboorte := ontheffing_na_geboorte(text, peildatum)) is not None:
        return geboorte  # "ze is geboren in maart 2022, ik heb ontheffing": until the month she is 5 (s18)
    if (voorbij := ontheffing_voorbij(text, peildatum)) is not None:
        return voorbij
    if (totaal := ontheffing_totaal(text, peildatum)) is not None:
        return totaal  # "ik had al 4 jaar ontheffing, nu weer een baby, krijg ik opnieuw 5 jaar": the years left
    if (stel := stel_jong_kind(text, peildatum)) is not None:
        return stel  # "wij zijn een stel met een baby, moet ik solliciteren": the ontheffing is a single parent's
    if (later := ontheffing_tot_later(text, peildatum)) is not None:
        return later  # "mijn jongste wordt in maart 5, wat verandert er": the months until the ontheffing ends
    if (gevraagd := ontheffing_jong_kind(text, peildatum)) is not None:
        return gevraagd  # "mijn zoon is 4, ik wil ontheffing, hoe lang": the ontheffing until the child is 5
    if (partner := partner_aow(text, peildatum, intent)) is not None:
        return partner  # "mijn man is net 67 geworden, ik ben 60, wie betaalt nu": the SVB, and my duties remain
    if (partner := partner_jonger(text, peildatum)) is not None:
        return partner  # "ik ben 68, mijn man is 64, moet hij nog solliciteren": yes, he keeps the duties
    gevonden = aow(text, peildatum, intent)
    if gevonden is not None and gevonden.response.endswith("_ouder"):
        return gevonden
    ouder = alleenstaande_ouder(text, peildatum)
    if gevonden is None and _ZORG_NODIG.search(text.lower()) and \
            (ouder is None or not ouder.response.startswith("utter_participatieplicht_jong_kind")):
        # "mijn dochter van 11 is gehandicapt en heeft veel zorg nodig, moet ik werken": the care can be a dringende
        # reden for ontheffing (art. 9 lid 2), the gemeente decides; that answers it before childcare first (s18).
        # A child under the ontheffing's age keeps the single parent's own ontheffing (art. 9a).
        return Antwoord("utter_participatieplicht_mantelzorg", {})
    if gevonden is not None and (not _NOG.search(text.lower()) or mantelzorg_uit_bericht(text, peildatum)):
        gevonden = None  # "ik ben 23, wat moet ik doen": the duties in general; "ik ben 66, nog werkplicht?": yes, till 67
    return ouder or gevonden


# "ik heb al 4 jaar ontheffing gehad", "had 3 jaar vrijstelling": years of the ontheffing for a young child already had.
_JAREN_ONTHEFFING = re.compile(r"\b(?P<j>\d|een|twee|drie|vier|vijf)\s+jaar\s+(?:\w+\s+){0,2}?(?:ontheffing|vrijstelling)"
                               r"|\b(?:ontheffing|vrijstelling)\b[^.?!]{0,25}?\b(?P<k>\d|een|twee|drie|vier|vijf)\s+jaar\b"
                               r"[^.?!]{0,10}?\b(?:gehad|gekregen|lang)\b")
_OPNIEUW = re.compile(r"\bopnieuw\b|\bweer\b|\bnog\s*een\s*keer\b|\bnieuwe\b"
                      # "nu heb ik een baby", "hoe lang krijg ik nog ontheffing": another child, the years left (s17)
                      r"|\bnu\s+(?:heb\s+ik\s+|hebben\s+we\s+)?(?:een|weer\s+een|nog\s+een)\s+(?:baby|kind\w*|zoon\w*|dochter\w*)\b"
                      r"|\bnog\s+(?:\w+\s+)?(?:ontheffing|vrijstelling)\b|\bhoe\s+lang\s+(?:\w+\s+){0,3}?nog\b")


def ontheffing_totaal(text: str, peildatum: date) -> Antwoord | None:
    """A single parent who had the ontheffing for a young child for some years and asks it again for another child:
    at most knowledge/'s maximum years in total (art. 9a lid 1), so only the years left."""
    lowered = text.lower()
    m = _JAREN_ONTHEFFING.search(lowered)
    maximum = knowledge.waarde("participatie.ontheffing_maximum_jaren", peildatum)
    if m is None or maximum is None or not _OPNIEUW.search(lowered):
        return None
    gehad = parse._geheel(m["j"] or m["k"])
    if gehad is None or not 0 < gehad:
        return None
    over = max(0, int(maximum) - gehad)
    return Antwoord("utter_participatieplicht_ontheffing_totaal_op" if over == 0 else "utter_participatieplicht_ontheffing_totaal", {
        "ontheffing_jaren_gehad": str(gehad), "ontheffing_jaren_over": str(over), "ontheffing_max_jaren": str(maximum)})


def stel_jong_kind(text: str, peildatum: date) -> Antwoord | None:
    """A couple with a child under knowledge/'s ontheffing age: the ontheffing for a young child is for a single
    parent only (art. 9a); a couple both keep the duties."""
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    if grens is None or parse.leefsituatie(text) != "gehuwden" or not kinderen or \
            min(m.leeftijd for m in kinderen) >= grens:
        return None
    if _ONTHEFFING.search(text.lower()) and _ONTHEFFING_GEVRAAGD.search(text.lower()):
        return Antwoord("utter_participatieplicht_stel_jong_kind_ontheffing", {})  # "krijg ik ontheffing": no
    return Antwoord("utter_participatieplicht_stel_jong_kind", {})


# "krijg ik ontheffing", "kan ik vrijstelling krijgen", "heb ik recht op ontheffing": whether the ontheffing is theirs.
_ONTHEFFING_GEVRAAGD = re.compile(r"\b(?:krijg|krijgen|kan|kunnen|mag|mogen|heb|hebben)\s+(?:ik|we|wij)\b[^.?!]{0,25}?"
                                  r"\b(?:ontheffing|vrijstelling)\b|\brecht\s+op\s+(?:ontheffing|vrijstelling)\b")


# "mijn jongste is 4 jaar en 10 maanden, ik heb ontheffing, hoe lang heb ik die nog": the child's age in years and
# months against the ontheffing's age (art. 9a): the months left.
_KIND_JAAR_MAANDEN = re.compile(r"\b(?:jongste|kind\w*|zoon\w*|dochter\w*|baby|kleine)\b[^.?!]{0,20}?\b(?P<j>\d{1,2})\s+jaar"
                                r"\s+en\s+(?P<m>\d{1,2})\s+maand(?:en)?\b")
_ONTHEFFING = re.compile(r"\bontheffing\b|\bvrijstelling\b")
_HOE_LANG_NOG = re.compile(r"\bhoe\s*lang\b|\btot\s+wanneer\b|\bwanneer\s+(?:stopt|eindigt|houdt)\b")


def ontheffing_hoe_lang(text: str, peildatum: date) -> Antwoord | None:
    """A single parent's ontheffing for a young child and the child's age in years and months: the months until the
    child reaches knowledge/'s ontheffing age. Past it, or no ontheffing asked: None."""
    lowered = text.lower()
    m = _KIND_JAAR_MAANDEN.search(lowered)
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    if m is None or grens is None or not _ONTHEFFING.search(lowered) or not _HOE_LANG_NOG.search(lowered):
        return None
    over = int(grens) * 12 - (int(m["j"]) * 12 + int(m["m"]))
    if not 0 < over < int(grens) * 12 or int(m["m"]) >= 12:
        return None
    return Antwoord("utter_participatieplicht_ontheffing_nog", {"maanden_over": str(over)})


# "mijn jongste is vorige week 5 geworden, ik had ontheffing als alleenstaande moeder, blijft dat": the youngest child
# has reached knowledge/'s ontheffing age (art. 9a), so the ontheffing has ended. ("mijn dochter wordt morgen 5",
# "nu mijn zoontje 6 is", "de kleine is net 5 jaar")
_KIND_IS_NU = re.compile(r"\b(?:jongste|kind\w*|zoon\w*|dochter\w*|baby|kleine|kids|kinderen)\b[^.?!]{0,25}?"
                         r"\b(?:is|wordt|werd|word|zijn|van)\s+(?:\w+\s+){0,3}?(?P<j>\d{1,2})\b(?!\s*(?:maand|week|weken|dag))")


# "wordt in maart", "wordt volgende maand", "wordt over 2 weken": an age reached on a day ahead.
_WORDT_NOG = re.compile(r"wordt\s+(?:in|op|volgende|komende|over|pas|binnenkort|straks)\b")


def ontheffing_voorbij(text: str, peildatum: date) -> Antwoord | None:
    """An ontheffing for a young child named, and the youngest child at or past the ontheffing's age: it ends
    then; the duties come back, with childcare and school first under knowledge/'s kinderopvang age."""
    lowered = text.lower()
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    if grens is None or not _ONTHEFFING.search(lowered) or _KIND_JAAR_MAANDEN.search(lowered):
        return None
    # ("hij wordt in maart 5": the birthday lies ahead, the ontheffing has not ended yet)
    leeftijden = [int(m["j"]) for m in _KIND_IS_NU.finditer(lowered) if not _WORDT_NOG.match(m[0], m[0].rfind("wordt"))]
    if not leeftijden or not int(grens) <= min(leeftijden) < 18:
        return None
    return Antwoord("utter_participatieplicht_ontheffing_voorbij", {"kind_leeftijd": str(min(leeftijden))})


# "mijn jongste wordt in maart 5", "mijn dochter wordt volgende maand 5": the youngest child reaches an age on a later day.
_KIND_WORDT_LATER = re.compile(rf"\b(?:jongste|kind\w*|zoon\w*|dochter\w*|kleine)\b[^.?!]{{0,20}}?\bwordt\s+(?P<w>{_WANNEER})"
                               rf"\s+(?P<j>\d{{1,2}})\b(?!\s*(?:maand|week|weken|dag))"
                               # "mijn tweeling is 4, ze worden 1 maart 5", "ze wordt 3 april 5" (session 18)
                               rf"|\b(?:jongste|kind\w*|zoon\w*|dochter\w*|kleine|tweeling|drieling|ze|zij|hij)\b[^.?!]{{0,30}}?"
                               rf"\b(?:wordt|worden)\s+(?P<dag>(?:op\s+)?\d{{1,2}}\s+(?:{_MAANDNAMEN})\b(?:\s+20\d\d)?)"
                               rf"\s+(?P<k>\d{{1,2}})\b(?!\s*(?:maand|week|weken|dag))")


# "ze is geboren in maart 2022", "she was born march 2022" (session 18): the child's birth month, so the month it reaches
# the ontheffing's age.
_GEBOREN = re.compile(rf"\b(?:geboren|born)\s+(?:in\s+|op\s+|on\s+)?(?:(?P<d>\d{{1,2}})\s+)?(?P<maand>{_MAANDNAMEN})\s+"
                      rf"(?P<jaar>20\d\d)\b")


def ontheffing_na_geboorte(text: str, peildatum: date) -> Antwoord | None:
    """An ontheffing named and the youngest child's birth month and year: the ontheffing holds until the child reaches
    knowledge/'s ontheffing age (art. 9a), that month; the months left."""
    lowered = text.lower()
    geboren = _GEBOREN.search(lowered)
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    if geboren is None or grens is None or not _ONTHEFFING.search(lowered) or len(_GEBOREN.findall(lowered)) > 1:
        return None
    maand, jaar = parse._MAANDEN[geboren["maand"]], int(geboren["jaar"]) + int(grens)
    try:
        dag = date(jaar, maand, int(geboren["d"] or 1))
    except ValueError:
        return None
    over = (dag.year - peildatum.year) * 12 + dag.month - peildatum.month
    if not 0 < over < int(grens) * 12:
        return None
    einde = datum_tekst(dag) if geboren["d"] else datum_tekst(dag).split(" ", 1)[1]  # "maart 2027": no day said
    return Antwoord("utter_participatieplicht_ontheffing_tot", {"maanden_over": str(over), "ontheffing_einde": einde})


def ontheffing_tot_later(text: str, peildatum: date) -> Antwoord | None:
    """The youngest child reaches knowledge/'s ontheffing age (art. 9a) on a later day the message names: the
    ontheffing for a young child holds until then, the months left; then the duties come back."""
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    m = _KIND_WORDT_LATER.search(text.lower())
    if m is None or grens is None or int(m["j"] or m["k"]) != int(grens):
        return None
    if m["dag"]:  # "ze worden 1 maart 5": that day, the next one to come
        dag = parse.datum(m["dag"], peildatum, richting="toekomst")
    else:
        dag = _wanneer_dag(m["w"], peildatum)
    if dag is None:
        return None
    over = (dag.year - peildatum.year) * 12 + dag.month - peildatum.month
    if not 0 < over < int(grens) * 12:
        return None
    if m["dag"]:
        return Antwoord("utter_participatieplicht_ontheffing_tot", {"maanden_over": str(over),
                                                                    "ontheffing_einde": datum_tekst(dag)})
    if (maand := _MAAND_GENOEMD.search(m["w"])) is not None:
        # "mijn jongste wordt in maart 2027 5", "wordt op 1 maart 5": the month (and day) said is when it ends, named
        # back ("Tot maart 2027", "Until March 2027"; session 19: only "nog ongeveer 3 maanden" was no answer to "until
        # when")
        einde = datum_tekst(dag) if maand["d"] else datum_tekst(dag).split(" ", 1)[1]
        return Antwoord("utter_participatieplicht_ontheffing_tot", {"maanden_over": str(over), "ontheffing_einde": einde})
    return Antwoord("utter_participatieplicht_ontheffing_nog", {"maanden_over": str(over)})


_MAAND_GENOEMD = re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?\b(?:{_MAANDNAMEN})\b")


def ontheffing_jong_kind(text: str, peildatum: date) -> Antwoord | None:
    """The ontheffing asked ('ik wil ontheffing, hoe lang') with the youngest child's age under knowledge/'s
    ontheffing age: the ontheffing for a young child (art. 9a), which is a single parent's (a couple: stel_jong_kind),
    also when the message does not say the parent is on their own."""
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    if grens is None or not _ONTHEFFING.search(text.lower()) or parse.leefsituatie(text) == "gehuwden":
        return None
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    if not kinderen or any(m.leeftijd is None for m in kinderen) or min(m.leeftijd for m in kinderen) >= grens:
        return None
    return Antwoord("utter_participatieplicht_jong_kind", {"kind_leeftijd": str(min(m.leeftijd for m in kinderen))})


# "moet ik nog solliciteren", "still werkplicht", "tot mijn AOW": whether the duties still hold at this age.
# ("wanneer mag ik stoppen met solliciteren", "when can I stop applying": until when they hold)
# ("moet ik ook al solliciteren", "moet ik nu al werken", "moet ik meteen": whether the duties hold yet, at that age; s21)
_NOG = re.compile(r"\bnog\b|\bstill\b|\bany\s*more\b|\bniet\s+meer\b|\baow\b|\bpensioen"
                  r"|\b(?:moet|hoef)\s+(?:ik|je|u|hij|zij|ze)\s+(?:ook\s+|nu\s+|dan\s+)?(?:al|meteen|direct|gelijk)\b"
                  r"|\b(?:wanneer|when)\b[^.?!]{0,25}?\b(?:stop\w*|ophouden|klaar)\b|\btot\s+wanneer\b")


# "moet ik echt naar een re-integratie cursus", "moet ik een opleiding doen": education or re-integratie asked, which
# the ontheffing for a young child leaves (art. 9a: the plan van aanpak).
_SCHOLING = re.compile(r"\bcursus\w*|\btraining\w*|\bopleiding\w*|\bscholing|\bre-?\s?integratie\w*|\btraject\w*"
                       r"|\btaalles\w*|\bwerkfit|\bsociale\s+activering|\bplan\s+van\s+aanpak"
                       r"|\bcourses?\b")  # (an English "course", which the English reader keeps; session 21)
_MOET = re.compile(r"\b(?:moet|moeten|hoef|hoeft|hoeven|verplicht\w*|echt|eist|eisen|wil\s+dat\s+ik|stuurt|sturen|must|have\s+to)\b")
# "mag ik een opleiding doen", "kan ik een cursus volgen", "ik wil een mbo-opleiding doen": a wish or leave asked, not a
# duty (session 21, H4: it got "Nee, dat hoeft niet", the answer to "moet ik werken").
_MAG = re.compile(r"\b(?:mag|mogen|kan|kun|kunnen|wil|wilt|willen|zou|toestemming|mogelijk|may|can|allowed)\b")


def _geboren_leeftijden(text: str, peildatum: date) -> list[int]:
    """'mijn jongste is geboren in juni 2023': the ages on the peildatum of the children whose birth month is said."""
    leeftijden = []
    for m in _GEBOREN.finditer(text.lower()):
        maand, jaar = parse._MAANDEN[m["maand"]], int(m["jaar"])
        dag = int(m["d"] or 1)
        leeftijd = peildatum.year - jaar - ((peildatum.month, peildatum.day) < (maand, dag))
        if 0 <= leeftijd < 18:
            leeftijden.append(leeftijd)
    return leeftijden


def alleenstaande_ouder(text: str, peildatum: date) -> Antwoord | None:
    """The youngest child's age against art. 9a (ontheffing on request) and art. 9 lid 4 (childcare first). The age
    may be said as a birth month ('mijn jongste is geboren in juni 2023'; session 20)."""
    if parse.leefsituatie(text) != "alleenstaande_ouder" or not _ALLEEN.search(text.lower()):
        return None  # "mijn kind is 3" alone does not say the parent is on their own
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    geboren = _geboren_leeftijden(text, peildatum)
    if (not kinderen or any(m.leeftijd is None for m in kinderen)) and not geboren:
        return None
    jongste = min([m.leeftijd for m in kinderen if m.leeftijd is not None] + geboren)
    ontheffing = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", peildatum)
    opvang = knowledge.waarde("participatie.kinderopvang_kind_jonger_dan", peildatum)
    if ontheffing is not None and jongste < ontheffing:
        if _SCHOLING.search(text.lower()) and _MOET.search(text.lower()):
            # "moet ik echt naar een re-integratie cursus": yes, the gemeente can ask that (session 20)
            return Antwoord("utter_participatieplicht_jong_kind_scholing", {"kind_leeftijd": str(jongste)})
        if _SCHOLING.search(text.lower()) and _MAG.search(text.lower()):
            # "mag ik een opleiding doen": often yes, with the gemeente's leave (session 21)
            return Antwoord("utter_participatieplicht_jong_kind_opleiding", {"kind_leeftijd": str(jongste)})
        return Antwoord("utter_participatieplicht_jong_kind", {"kind_leeftijd": str(jongste)})
    if opvang is not None and jongste < opvang:
        return Antwoord("utter_participatieplicht_kinderopvang", {"kind_leeftijd": str(jongste)})
    return None


def jong_kind_opleiding(text: str, peildatum: date) -> Antwoord | None:
    """A single parent of a young child asking about a course or an opleiding, read as studeren: the answer of
    alleenstaande_ouder for it (the ontheffing leaves education; a wish to study needs the gemeente's leave)."""
    ouder = alleenstaande_ouder(text, peildatum)
    return ouder if ouder is not None and ouder.response in (
        "utter_participatieplicht_jong_kind_opleiding", "utter_participatieplicht_jong_kind_scholing") else None


# "ik zorg bijna fulltime voor mijn zieke moeder": the person gives care (the plichten form's mantelzorg).
# ("ik ben 41 en zorg elke dag voor mijn vader", "voor mijn moeder zorg ik": the same person, said another way)
_ZORGT_VOOR = re.compile(r"mantelzorg|\bi?k\s+(?:zorg|verzorg)\w*\b[^.?!]{0,30}?\bvoor\s+(?:mijn|m'n|mn)\b"
                         r"|\ben\s+(?:zorg|verzorg)\b[^.?!]{0,30}?\bvoor\s+(?:mijn|m'n|mn)\b"
                         r"|\bvoor\s+(?:mijn|m'n|mn)\s+\w+(?:\s+\w+)?\s+(?:zorg|verzorg)\s+ik\b")


# "mijn dochter van 11 is gehandicapt", "mijn zoon heeft autisme en heeft veel zorg nodig", "ik heb een gehandicapt
# kind": someone of the person's own family with a handicap or an illness that needs much care (session 18).
_FAMILIE = r"(?:dochter\w*|zoon\w*|kind\w*|baby|man|vrouw|partner|moeder|vader|ouders|broer|zus|oma|opa|tweeling)"
_ZORG_NODIG = re.compile(
    r"\b(?:mijn|m'n|mn|onze|ons)\s+(?:\w+\s+){0,2}?" + _FAMILIE + r"\b[^.?!]{0,50}?\b(?:gehandicapt\w*|handicap\w*"
    r"|(?:ernstig|zwaar|chronisch|ongeneeslijk|terminaal)\s+ziek|beperking|autisme|dementie|(?:heel\s+)?veel\s+zorg"
    r"|zorg\s+nodig|intensieve\s+zorg|zorgintensief|dag\s+en\s+nacht\s+zorg)"
    r"|\b(?:gehandicapte?|meervoudig\s+gehandicapte?|(?:ernstig|chronisch|zwaar)\s+zieke?)\s+" + _FAMILIE + r"\b")


def mantelzorg_uit_bericht(text: str, vandaag: date) -> bool | None:
    lowered = (text or "").lower()
    return True if _ZORGT_VOOR.search(lowered) or _ZORG_NODIG.search(lowered) else None


def plichten_mantelzorg(text: str, peildatum: date) -> Antwoord | None:
    """'ik zorg bijna fulltime voor mijn zieke moeder, moet ik werk zoeken': yes, the duties hold, and care can be
    a dringende reden for a temporary ontheffing (art. 9 lid 2)."""
    return Antwoord("utter_participatieplicht_mantelzorg", {}) if mantelzorg_uit_bericht(text, peildatum) else None


def arbeidsvermogen_uit_bericht(text: str, vandaag: date) -> str | None:
    """'ik ben volledig arbeidsongeschikt': no lasting ability to work (the plichten form's answer)."""
    return "geen_duurzaam" if _ARBEIDSONGESCHIKT.search((text or "").lower()) else None


def participatieplicht(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'mag je vrijwilligerswerk doen als je bijstand hebt' read as the duties: the vrijwilligerswerk answer; else
    the plichten with the person's facts."""
    return vrijwilligerswerk_gevraagd(text, peildatum) or tegenprestatie(text, peildatum) or \
        plichten(text, peildatum, intent)


# "moet ik ook onbetaald werk doen van de gemeente", "de gemeente wil dat ik onbetaald werk ga doen": the
# tegenprestatie (art. 9 lid 1 c), a duty of the bijstand, not earnings.
_ONBETAALD_WERK = re.compile(r"\bonbetaald|\bzonder (?:loon|betaling|geld)\b|\btegenprestatie|\bgratis (?:werk|werken)\b")
tegenprestatie = _vaste_tekst(_ONBETAALD_WERK, "utter_participatieplicht_tegenprestatie")


# "wat komt er in 2027 in plaats van de tegenprestatie", "what replaces the tegenprestatie in 2027": maatschappelijke
# participatie (knowledge/'s participatie.regime).
_TEGENPRESTATIE_STRAKS = re.compile(r"tegenprestatie[^.?!]{0,60}?\b(?:2027|straks|volgend\s+jaar|afgeschaft|verdwijnt)\b"
                                    r"|\b2027\b[^.?!]{0,60}?tegenprestatie|\bwhat\s+replaces\b[^.?!]{0,30}?tegenprestatie"
                                    r"|\bwat\s+(?:komt|vervangt)\b[^.?!]{0,40}?tegenprestatie|maatschappelijke\s+participatie")
tegenprestatie_2027 = _vaste_tekst(_TEGENPRESTATIE_STRAKS, "utter_participatieplicht_2027")


# "telt mantelzorg als werk voor de bijstand": the duties hold; much care can be a reason for ontheffing.
_MANTELZORG_ALS_WERK = re.compile(r"mantelzorg[^.?!]{0,40}?\b(?:werk|werken|plicht\w*|solliciteren|sollicitatie\w*)\b"
                                  r"|\b(?:werk|werken|plicht\w*|solliciteren)\b[^.?!]{0,40}?mantelzorg")
mantelzorg_als_werk = _vaste_tekst(_MANTELZORG_ALS_WERK, "utter_participatieplicht_mantelzorg")


# "hoeveel kunnen ze korten als ik een baan weiger", "hoe lang duurt een maatregel": how high and how long a
# verlaging is (art. 18 lid 4 for the work duties; the gemeente's verordening for the rest).
_HOE_HOOG_OF_LANG = re.compile(r"\bhoeveel\b|\bhoe\s*(?:hoog|lang|veel)\b|\bhoelang\b|\bwelk\s+percentage\b"
                               r"|\bvoor\s+hoe\s*lang\b|\bhoeveel\s+procent\b")
_VERLAGING = re.compile(r"\bkort\w*|\bgekort\b|\bverlag\w*|\bmaatregel\w*|\bsanctie\w*|\bstraf\b|\bingehouden\b")


# "wat gebeurt er als ik een baan weiger", "wat als ik niet solliciteer", "what happens if I refuse a job": what follows
# not doing a duty is the verlaging, how high and how long (the same answer).
_WAT_GEBEURT = re.compile(r"\bwat\s+(?:gebeurt|gebeurd)\b|\bwat\s+als\b|\bwat\s+(?:zijn\s+)?de\s+gevolgen\b")
_NIET_NAKOMEN = re.compile(r"\bweiger\w*|\bniet\s+(?:\w+\s+){0,2}?(?:solliciteer\w*|doe|doet|meewerk\w*|mee\s*werk\w*"
                           r"|mee\s*doe\w*|kom|opdagen|reageer)\b")


def maatregel_hoogte(text: str, peildatum: date) -> Antwoord | None:
    lowered = text.lower()
    if _HOE_HOOG_OF_LANG.search(lowered) and _VERLAGING.search(lowered):
        return Antwoord("utter_maatregel_hoogte", {})
    if _WAT_GEBEURT.search(lowered) and _NIET_NAKOMEN.search(lowered):
        return Antwoord("utter_maatregel_hoogte", {})
    return None


def maatregel(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A verlaging (maatregel): asked how high or how long, the percentage and the months of knowledge/."""
    lowered = text.lower()
    return Antwoord("utter_maatregel_hoogte", {}) if _HOE_HOOG_OF_LANG.search(lowered) else None
