"""Bijverdienvrijlating as a form: how much of a wage a person may keep."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from rasa_sdk import Tracker

import knowledge

from actions import engels, feiten_uit_bericht, parse
from actions.context import gemeente_code, laatste_bericht, peildatum, template_values, variant
from actions.feiten_uit_bericht.vrijlating import ouder_na_eerste_maanden
from actions.rekenhulp import EERSTE_BERICHT, ONBEKEND, RekenhulpForm
from actions.rekenhulpen._invoer import basis, geld, kind, persoon
from actions.rekenhulpen._woorden import Woorden
from knowledge.berekeningen.bijverdienvrijlating import PERIODES
from knowledge.datums import plus_maanden
from knowledge.geld import procent
from knowledge.teksten import datum

FORM = "bijverdienen_form"
CALCULATOR = "bijverdienvrijlating"
TOPIC = "bijverdienen"
SLOTS = ["leeftijd", "leefsituatie", "jongste_kind_leeftijd", "inkomsten", "start_werk"]


def inkomsten(value: dict) -> dict:
    """An answer like '150 per week' for knowledge/, which turns it into an amount per month."""
    periode = value.get("periode")
    return {"bedrag": value["euro"], **({"periode": periode} if periode in PERIODES else {})}


def invoer(tracker: Tracker) -> dict:
    return {**basis_op_start(tracker, tracker.get_slot("start_werk")), **persoon(tracker), **kind(tracker),
            "netto_inkomsten": inkomsten(tracker.get_slot("inkomsten")),
            "start_werk": tracker.get_slot("start_werk") or ONBEKEND, **medisch(tracker), **huisgenoten(tracker)}


def basis_op_start(tracker: Tracker, start) -> dict:
    """basis(), computed on the day work starts when that lies ahead ("per 1 januari begin ik"): the law of that date,
    as knowledge/ takes no start of work after its peildatum."""
    uit = basis(tracker)
    try:
        dag = date.fromisoformat(start) if isinstance(start, str) and start != ONBEKEND else None
    except ValueError:
        dag = None
    return {**uit, "peildatum": dag.isoformat()} if dag is not None and dag > peildatum(tracker) else uit


def medisch(tracker: Tracker) -> dict:
    """{"medische_urenbeperking": True} when a message since the last calculation said the person can work fewer
    hours for their health ("ik heb chronische pijn en kan maar 16 uur werken"), else nothing: never asked."""
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") == "action_bereken":
            break
        if event.get("event") == "user" and feiten_uit_bericht.medische_urenbeperking(event.get("text") or ""):
            return {"medische_urenbeperking": True}
    latest = tracker.latest_message.get("text") or ""
    return {"medische_urenbeperking": True} if feiten_uit_bericht.medische_urenbeperking(latest) else {}


def huisgenoten(tracker: Tracker) -> dict:
    """{"kostendelers": n} when a message since the last calculation named housemates with their ages of whom n
    count for the kostendelersnorm ("mijn broer van 48 woont bij mij in"; knowledge/'s bijstandsnorm decides who
    counts), else nothing: the norm beside the wage is then theirs, not a single person's."""
    taal = variant(tracker)  # an English message read in Dutch ("my son of 29 lives with me"), as the readers take it
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") == "action_bereken":
            break
        if event.get("event") == "user" and \
                (n := _kostendelers_in(engels.in_sessietaal(event.get("text") or "", taal), peildatum(tracker))):
            return {"kostendelers": n}
    n = _kostendelers_in(laatste_bericht(tracker), peildatum(tracker))
    return {"kostendelers": n} if n else {}


# "ik woon alleen", "i live alone" (read as Dutch): no housemates, whoever else the message names ("woon alleen met
# mijn zoon" is not alone).
_WOON_ALLEEN = re.compile(r"\b(?:woon|woont)\s+(?:nu\s+|helemaal\s+|gewoon\s+)?alleen\b(?!\s+(?:met|samen|bij)\b)")


def _kostendelers_in(text: str, vandaag) -> int:
    """How many housemates the message names who count for the kostendelersnorm (0 for none, a partner named, or a
    housemate without an age)."""
    if not text or text.startswith("/") or _WOON_ALLEEN.search(text.lower()):
        return 0  # "ik woon alleen ... mijn vriend van 30 mag een deel houden": someone named, no one who lives there
    mensen = feiten_uit_bericht.huisgenoten_uit_bericht(text, vandaag)
    if not mensen or any(m.relatie == "partner" for m in parse.medebewoners(text) or []):
        return 0
    try:
        uit = knowledge.bereken("bijstandsnorm", {"peildatum": vandaag.isoformat(), "leeftijd": ONBEKEND,
                                                  "leefsituatie": "alleenstaande", "medebewoners": mensen})
    except knowledge.InvoerFout:
        return 0
    return int(uit.get("kostendelers") or 0) if uit.get("kostendelersnorm_toegepast") else 0


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    return {
        "inkomsten_tekst": w.of_onbekend(tracker.get_slot("inkomsten"), lambda v: geld(v["euro"])),
        "start_werk_tekst": w.of_onbekend(tracker.get_slot("start_werk"), w.datum),
    }


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    values = {"vrijlating": geld(result["vrijlating_per_maand"]), "totaal": geld(result["totaal_inkomen"])}
    if result["vrijlating_per_maand"] > 0:
        return "utter_uitkomst_bijverdienen", values
    return "utter_uitkomst_bijverdienen_niets", values


def gevolg(result: dict, tracker: Tracker) -> str:
    """Whatever is kept, the wage is passed on every month."""
    return "utter_gevolg_loon_doorgeven"


def wat_nu(result: dict, tracker: Tracker) -> str:
    return "utter_wat_nu_bijverdienen"


class ValidateBijverdienen(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS

    def uit_eerste_bericht(self, slot: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """Two wages in the first message: say first that both count and that each partner keeps a part of
        their own; the person and partner live together, so that is not asked."""
        text = laatste_bericht(tracker)
        if _ALIMENTATIE.search(text.lower()) and not _LOON.search(text.lower()):
            # "ik krijg 250 kinderalimentatie, mag ik die houden": alimentatie is no wage and has no vrijlating
            gevonden = feiten_uit_bericht.alimentatie(text, peildatum(tracker), "alimentatie")
            dispatcher.utter_message(response=gevonden.response if gevonden else "utter_alimentatie",
                                     **template_values(tracker), **(gevonden.waarden if gevonden else {}))
            return {slot: None, **self.stop()}
        if feiten_uit_bericht.zwart_werk(text) and "utter_bijverdienen_zwart" in domain.get("responses", {}):
            # "schoonmaak werk zwart 100 euro per week, mag dat": report it (else fraud) first, then what may be kept
            dispatcher.utter_message(response="utter_bijverdienen_zwart", **template_values(tracker))
        grens = giftengrens_per_persoon(text, tracker)
        if grens is not None and grens.response in domain.get("responses", {}):
            # "geldt die 1200 euro per persoon of voor ons samen": the gift limit asked, no wage of EUR 1.200
            dispatcher.utter_message(response=grens.response, **template_values(tracker))
            return {slot: None, **self.stop()}
        alleen_partner = alleen_partner_loon(text, tracker)
        if alleen_partner is not None and alleen_partner[0] in domain.get("responses", {}):
            # "mijn vrouw (31) gaat 1000 verdienen, we hebben samen bijstand": her vrijlating and what the couple keeps
            dispatcher.utter_message(response=alleen_partner[0], **template_values(tracker), **alleen_partner[1])
            return {slot: None, **self.stop()}
        partner = partner_loon(text, peildatum(tracker))
        if partner is None:
            uit = super().uit_eerste_bericht(slot, dispatcher, tracker, domain)
        else:
            response, values = partner
            dispatcher.utter_message(response=response, **template_values(tracker), **values)
            samen = {} if tracker.get_slot("leefsituatie") else {"leefsituatie": "gehuwden"}
            uit = {**samen, **super().uit_eerste_bericht(slot, dispatcher, tracker, domain)}
        if (beperkt := feiten_uit_bericht.vrijlating_medisch(text, peildatum(tracker))) is not None:
            # "ik kan door mijn ziekte maar 16 uur werken": the vrijlating for that is named after the amount
            dispatcher.utter_message(response=beperkt.response, **template_values(tracker), **beperkt.waarden)
        elif (ouder := ouder_na_eerste_maanden(text, peildatum(tracker))) is not None and \
                ouder.response in domain.get("responses", {}):
            # "alleenstaande vader, zoon 9, verdien 1600": after the first months the single parent's share (s19)
            dispatcher.utter_message(response=ouder.response, **template_values(tracker),
                                     **engels.waarden_in_sessietaal(ouder.waarden, variant(tracker)))
        if not uit.get("start_werk") and not tracker.get_slot("start_werk") and \
                (later := feiten_uit_bericht.start_werk_later(text, peildatum(tracker))) is not None:
            uit = {**uit, "start_werk": later.isoformat()}  # "per 1 januari begin ik": given, so never asked
        if partner is None and not any((m.get("response") or "").startswith(_ZEGT_BIJSTAND_OVER)
                                         or (m.get("response") or "").startswith(_LATER_DATUM)
                                         for m in dispatcher.messages):
            if (erbij := bijstand_erbij(uit, tracker)) is not None:
                # "ik ben 45, woon alleen en verdien 1000": what is left of the bijstand beside the wage, too
                dispatcher.utter_message(response=erbij[0], **template_values(tracker), **erbij[1])
        if _aio_leeftijd(uit, tracker) and "utter_wat_nu_svb" in domain.get("responses", {}) and \
                any((m.get("response") or "").startswith("utter_bijverdienen_") for m in dispatcher.messages):
            # "pensioner 68 on AIO, I earn 400, what can I keep": past the AOW age the SVB pays the AIO and decides
            # what of a wage is kept (art. 47a), not the gemeente; said after the amount
            dispatcher.utter_message(response="utter_wat_nu_svb", **template_values(tracker))
        return uit

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """What the person may keep of what they earn, first. With their age known, knowledge/ computes
        it (in a gemeente that applies art. 34a early: the higher of old and new); else today's rule."""
        text = laatste_bericht(tracker)
        if (vrijwillig := feiten_uit_bericht.vrijwilligerswerk_gevraagd(text, peildatum(tracker))) is not None:
            return vrijwillig.response, vrijwillig.waarden  # "100 euro per maand voor vrijwilligerswerk": no wage
        gezegd = feiten_uit_bericht.gemeente_nieuwe_regel_gezegd(text, peildatum(tracker), gemeente_code(tracker))
        if gezegd is not None and gezegd.response in domain.get("responses", {}):
            return gezegd.response, gezegd.waarden  # "mijn gemeente past de 15%-regel al toe": their statement, named
        value = found.get("inkomsten")
        if not value:
            # no wage said ('ik ben 24 en ga 10 uur werken, mag ik iets houden'): what the age decides, if anything
            text = laatste_bericht(tracker)  # an English message read in Dutch, as the topic answers read it
            # "if I move in with my girlfriend who earns 2500 net": the partner's wage, the couple's income (art. 31)
            samen = feiten_uit_bericht.samenwonen_partner_verdient(text, peildatum(tracker))
            if samen is not None and samen.response in domain.get("responses", {}):
                return samen.response, samen.waarden
            eerst = feiten_uit_bericht.bijverdienen(text, peildatum(tracker), TOPIC, gemeente_code(tracker))
            if eerst is not None:
                return eerst.response, eerst.waarden
            # Nothing in the message decides it ('ik wil bijverdienen', 'ik ga werken', several wages of different
            # months): today's rule in general first (the topic's answer, of the gemeente's regime), then the first
            # question; not for a button.
            if not text or text.startswith("/"):
                return None
            regime = template_values(tracker).get(f"regime_{TOPIC}")
            algemeen = f"utter_{TOPIC}_{regime}"
            return (algemeen if regime and algemeen in domain.get("responses", {}) else f"utter_{TOPIC}"), {}
        maximum = maximum_gevraagd(found, tracker)
        if maximum is not None and maximum[0] in domain.get("responses", {}):
            return maximum  # "ik mag 285 houden, waarom niet meer": that is the maximum, and why
        nieuw = nieuwe_regel_vooraf(found, tracker) or regel_later_gevraagd(found, tracker)
        eerst = nieuw if nieuw and nieuw[0] in domain.get("responses", {}) else vrijlating_vooraf(found, tracker)
        if eerst is not None and eerst[0] not in domain.get("responses", {}) and eerst[0] in _TERUGVAL:
            eerst = _TERUGVAL[eerst[0]], eerst[1]  # a model whose domain has no such text yet: the nearest it has
        if eerst is not None:
            return eerst
        eerst = voorbij_zonder_leeftijd(found, tracker) or vrijlating_zonder_leeftijd(found, tracker)
        if eerst is not None and eerst[0] not in domain.get("responses", {}) and eerst[0] in _TERUGVAL:
            eerst = _TERUGVAL[eerst[0]], eerst[1]  # a model whose domain has no such text yet: the nearest it has
        if eerst is not None:
            return eerst
        regime = template_values(tracker).get("regime_bijverdienen")
        name = f"utter_bijverdienen_eerst_{regime}"
        response = name if name in domain.get("responses", {}) else "utter_bijverdienen_eerst"
        return response, {"inkomsten_tekst": geld(value["euro"])}


# "waarom niet meer", "waarom maar 285", "is dat het maximum": why what may be kept is not more.
_WAAROM_NIET_MEER = re.compile(r"\bwaarom\s+(?:(?:mag|krijg|houd|hou)\s+(?:ik|je|u|we|wij)\s+)?(?:niet\s+meer|maar|slechts|alleen"
                               r"|zo\s+weinig|niet\s+(?:de\s+)?hele?)\b"
                               r"|\bniet\s+meer\s+dan\b|\bis\s+dat\s+(?:alles|het\s+max\w*)|\bmax(?:imum|imaal)?\b"
                               r"|\bhoogstens\b|\bwhy\s+not\s+more\b")


def maximum_gevraagd(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """'ik verdien 1200, de gemeente zegt ik mag 285 houden, waarom niet meer': what may be kept is knowledge/'s
    maximum of the vrijlating (its share of the wage is more), so that is the answer, first. Only when the message
    asks why not more and the wage reaches the maximum; the age not said: the rule's own minimum age is assumed."""
    text, vandaag = laatste_bericht(tracker), peildatum(tracker)
    if not _WAAROM_NIET_MEER.search(text.lower()):
        return None
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    if not isinstance(leeftijd, int):
        leeftijd = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", vandaag)
    if leeftijd is None:
        return None
    start = found.get("start_werk", tracker.get_slot("start_werk")) or ONBEKEND
    try:
        uit = knowledge.bereken(CALCULATOR, {**basis_op_start(tracker, start), "leeftijd": leeftijd,
                                             "leefsituatie": ONBEKEND, "start_werk": start,
                                             "netto_inkomsten": inkomsten(found["inkomsten"])})
    except knowledge.InvoerFout:
        return None
    if not uit.get("maximum") or uit["vrijlating_per_maand"] <= 0 or uit["vrijlating_per_maand"] != uit["maximum"]:
        return None
    return "utter_bijverdienen_eerst_maximum", {
        "inkomsten_tekst": geld(found["inkomsten"]["euro"]) + periode_tekst(found["inkomsten"]),
        "vrijlating": geld(uit["vrijlating_per_maand"]), "vrijlating_deel": procent(Decimal(str(uit["percentage"]))),
        "vrijlating_bron": uit["hoofdbron"]["titel"]}


def _later_dag(text: str, vandaag: date) -> date | None:
    """The date of the first year or year's start the message names, "vanaf 2027 mogen jongeren ook iets houden,
    hoeveel dan", "wat houd ik volgend jaar over": the rule on a later date asked about, for work that already runs
    (the start of work said to come later is nieuwe_regel_vooraf's). A year before vandaag's too: the caller checks."""
    jaren = parse.jaren_genoemd(text, vandaag, "vanaf 1 januari 2027", "volgend jaar")
    return jaren[0] if jaren else None


# Answers about a later date: today's bijstand left beside the wage does not follow them.
_LATER_DATUM = "utter_bijverdienen_eerst_regel_later"


def regel_later_gevraagd(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """'ik ben 23 en verdien 600. vanaf 2027 mogen jongeren ook iets houden toch? hoeveel dan': knowledge/'s vrijlating
    on the date asked about (the peildatum of the question, not today), where today's rule of the gemeente is the old
    one (art. 31 lid 2 n) and that date brings art. 34a. Work that already runs: its months are counted from that date
    (legal-facts.md: no transition rule was found; knowledge/ states the assumption)."""
    text, vandaag = laatste_bericht(tracker), peildatum(tracker)
    if template_values(tracker).get("regime_bijverdienen") != "31_2_n" or \
            feiten_uit_bericht.start_werk_later(text, vandaag) is not None:
        return None
    dag = _later_dag(text, vandaag)
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    if dag is None or dag <= vandaag or not isinstance(leeftijd, int):
        return None
    try:
        uit = knowledge.bereken(CALCULATOR, {**basis(tracker), "peildatum": dag.isoformat(), "leeftijd": leeftijd,
                                             "leefsituatie": ONBEKEND, "start_werk": dag.isoformat(),
                                             "netto_inkomsten": inkomsten(found["inkomsten"])})
    except knowledge.InvoerFout:
        return None
    if uit.get("regel") != "34a" or uit["vrijlating_per_maand"] <= 0:
        return None
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", vandaag)
    jong = grens is not None and leeftijd < grens  # today nothing may be kept: said too
    return "utter_bijverdienen_eerst_regel_later" + ("_jong" if jong else ""), {
        "inkomsten_tekst": geld(found["inkomsten"]["euro"]) + periode_tekst(found["inkomsten"]),
        "vrijlating": geld(uit["vrijlating_per_maand"]), "vrijlating_deel": procent(Decimal(str(uit["percentage"]))),
        "start_werk_tekst": datum(dag), "leeftijd": str(leeftijd)}


def nieuwe_regel_vooraf(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """'Vanaf 1 januari 2027 ga ik werken voor 1000 euro': work that starts on a later date, when another rule than
    today's holds (art. 34a where the gemeente now applies only the old art. 31 lid 2 n): knowledge/'s vrijlating on
    that date. The age does not matter under art. 34a (below the AOW age); without it, the age of the old rule."""
    text, vandaag = laatste_bericht(tracker), peildatum(tracker)
    if template_values(tracker).get("regime_bijverdienen") != "31_2_n":
        return None
    start = feiten_uit_bericht.start_werk_later(text, vandaag)  # "per 1 januari begin ik", "vanaf januari ga ik"
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    if not isinstance(leeftijd, int):
        leeftijd = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", vandaag)
    if start is None or start <= vandaag or leeftijd is None:
        return None
    try:
        uit = knowledge.bereken(CALCULATOR, {**basis(tracker), "peildatum": start.isoformat(), "leeftijd": leeftijd,
                                             "leefsituatie": ONBEKEND, "start_werk": start.isoformat(),
                                             "netto_inkomsten": inkomsten(found["inkomsten"])})
    except knowledge.InvoerFout:
        return None
    if uit.get("regel") != "34a" or uit["vrijlating_per_maand"] <= 0:
        return None
    return "utter_bijverdienen_eerst_nieuwe_regel", {
        "inkomsten_tekst": geld(found["inkomsten"]["euro"]) + periode_tekst(found["inkomsten"]),
        "vrijlating": geld(uit["vrijlating_per_maand"]), "vrijlating_deel": procent(Decimal(str(uit["percentage"]))),
        "start_werk_tekst": datum(start)}


def vrijlating_vooraf(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """The vrijlating for the facts known so far (the first message and earlier ones); the form asks the rest.
    How the person lives and when work started may still be unknown: knowledge/ assumes them."""
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    if not isinstance(leeftijd, int):
        return None
    start = found.get("start_werk", tracker.get_slot("start_werk")) or ONBEKEND
    situatie = found.get("leefsituatie", tracker.get_slot("leefsituatie")) or ONBEKEND
    kind_leeftijd = found.get("jongste_kind_leeftijd", tracker.get_slot("jongste_kind_leeftijd"))
    if situatie == ONBEKEND and not isinstance(kind_leeftijd, int) and huisgenoten(tracker):
        situatie = "alleenstaande"  # "mijn broer van 48 woont bij mij in": no couple, and the kostendelersnorm
    try:
        uit = knowledge.bereken(CALCULATOR, {
            **basis_op_start(tracker, start), "leeftijd": leeftijd, "leefsituatie": situatie, "start_werk": start,
            "netto_inkomsten": inkomsten(found["inkomsten"]), **medisch(tracker), **huisgenoten(tracker),
            **({"jongste_kind_leeftijd": kind_leeftijd} if isinstance(kind_leeftijd, int) else {})})
    except knowledge.InvoerFout:
        return None
    waarden = {"inkomsten_tekst": geld(found["inkomsten"]["euro"]) + periode_tekst(found["inkomsten"]),
               "leeftijd": str(leeftijd)}
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum(tracker))
    jong = grens is not None and leeftijd < grens  # only the new rule (art. 34a) leaves them something
    if uit["vrijlating_per_maand"] <= 0:
        voorbij = not jong and start != ONBEKEND and uit.get("regime") == "artikel_31" and \
            not _TOEKOMST.search(laatste_bericht(tracker).lower())
        # "ik werk nu al 7 maanden, krijg ik nog die vrijlating": the months of art. 31 lid 2 n are over; else too young
        naam = "utter_bijverdienen_eerst_voorbij" if voorbij else "utter_bijverdienen_eerst_niets"
        # "they told me vrijlating is over now, is that right": what the person was told holds, so 'yes' first (s20)
        klopt = "_klopt" if voorbij and _VOORBIJ_KLOPT.search(laatste_bericht(tracker).lower()) else ""
        if (erbij := bijstand_erbij(found, tracker)) is not None:
            # nothing may be kept: the bijstand left beside the wage is the answer, so it comes in the first sentence
            return naam + ("_over_alleen" if erbij[0].endswith("_alleen") else "_over") + klopt, {**waarden, **erbij[1]}
        return naam + klopt, waarden
    deel = procent(Decimal(str(uit["percentage"])))
    waarden = {**waarden, "vrijlating": geld(uit["vrijlating_per_maand"]), "vrijlating_deel": deel}
    if not jong and uit.get("regel") == "34a" and _n_voorbij(start, tracker):
        # "ik werk al 7 maanden": the old rule's months are over, the gemeente already applies art. 34a (the bijstand
        # left follows: bijstand_erbij)
        return "utter_bijverdienen_eerst_n_voorbij_34a", waarden
    if not jong and uit.get("aanvullende_bijstand") is not None:
        # A wage and an age: what is left of the bijstand beside it comes first, whatever was asked ("hoeveel mag ik
        # houden" means "what do I have then"), from knowledge/ (the norm minus the wage plus what may be kept).
        # How the person lives not said: computed for someone on their own (with a child: a single parent), and the
        # answer says so. A wage paid once ("deze maand eenmalig 300"): the bijstand left in that month.
        alleen = situatie == ONBEKEND
        over = uit if not alleen else _vrijlating_alleen(found, tracker, leeftijd, start, kind_leeftijd)
        eenmalig = found["inkomsten"].get("periode") == "keer"
        if over is not None and over.get("aanvullende_bijstand") is not None:
            # what of the wage comes off the bijstand ("hoeveel gaan ze inhouden"), and the norm it is held against
            waarden = {**waarden, "loon_af": geld(_loon_af(over)), "norm": geld(over["bijstandsnorm"])}
        if over is not None and over.get("aanvullende_bijstand") is not None and over["aanvullende_bijstand"] <= 0:
            # "my new job pays 1800 net, do I still get some bijstand": no (it said "still get EUR 0 bijstand")
            return ("utter_bijverdienen_eerst_geen_bijstand_alleen" if alleen else
                    "utter_bijverdienen_eerst_geen_bijstand"), waarden
        if over is not None and over.get("aanvullende_bijstand") is not None:
            # the old vrijlating lasts a number of months (knowledge/'s vrijlating_maanden): said with the amount
            naam = "utter_bijverdienen_eerst_eenmalig" if eenmalig else "utter_bijverdienen_eerst_bijstand_over" + (
                "_maanden" if over.get("regel") == "31_2_n" and over.get("uitvoerder") != "svb" else "")
            return (f"{naam}_alleen" if alleen else naam), {
                **waarden, "bijstand_over": geld(over["aanvullende_bijstand"]),
                "inkomsten_totaal": geld(over["totaal_inkomen"])}
    if not jong and uit.get("regel") == "31_2_n" and uit.get("uitvoerder") != "svb":
        # the old vrijlating lasts a number of months (knowledge/'s vrijlating_maanden): said with the amount
        return "utter_bijverdienen_eerst_bedrag_maanden", waarden
    return ("utter_bijverdienen_eerst_bedrag_jong" if jong else "utter_bijverdienen_eerst_bedrag"), waarden


def _loon_af(uit: dict) -> Decimal:
    """The part of the wage per month that comes off the bijstand: the wage minus what may be kept (knowledge/'s
    result: the wage is the total income minus the bijstand left)."""
    return Decimal(str(uit["totaal_inkomen"])) - Decimal(str(uit["aanvullende_bijstand"])) - \
        Decimal(str(uit["vrijlating_per_maand"]))


def eerst_uit_bericht(tracker: Tracker, domain: dict, alleen_bijstand_over: bool = False) -> tuple[str, dict] | None:
    """This form's first answer to a wage of one's own and an age in a message that started another form (the norm,
    a gift): 'ben 24 woon alleen, bijbaan 400, hoeveel blijft over', 'werk sinds april voor 500 per maand, ben 35,
    mag ik er niks meer van houden'. Only for someone on their own (or not said) with no housemates named (they
    change the norm). ``alleen_bijstand_over``: only an answer that says the bijstand left."""
    text, vandaag = laatste_bericht(tracker), peildatum(tracker)
    if not text or text.startswith("/") or feiten_uit_bericht.eigen_loon(text) is None:
        return None
    if not any(b.soort == "loon" and not b.van_partner for b in parse.bedragen(text)) and \
            feiten_uit_bericht.loon_per_uur(text) is None:
        return None  # a WW, alimentatie or a gift is no wage: the form's own answer
    found = {slot: waarde for slot in SLOTS if slot in EERSTE_BERICHT
             and (waarde := EERSTE_BERICHT[slot](text, vandaag)) is not None}
    if not isinstance(found.get("leeftijd"), int) or "inkomsten" not in found or \
            found.get("leefsituatie") not in (None, "alleenstaande", "alleenstaande_ouder") or \
            feiten_uit_bericht.huisgenoten_uit_bericht(text, vandaag):
        return None
    eerst = vrijlating_vooraf(found, tracker)
    if eerst is not None and eerst[0] not in domain.get("responses", {}) and eerst[0] in _TERUGVAL:
        eerst = _TERUGVAL[eerst[0]], eerst[1]
    if eerst is None or eerst[0] not in domain.get("responses", {}) or \
            (alleen_bijstand_over and not eerst[0].startswith(_ZEGT_BIJSTAND_OVER)):
        return None
    return eerst


# First answers that say the bijstand left themselves, or on a later date by another rule (art. 34a): no second one.
_ZEGT_BIJSTAND_OVER = ("utter_bijverdienen_eerst_bijstand_over", "utter_bijverdienen_eerst_geen_bijstand",
                       "utter_bijverdienen_gemeente_34a",  # (by another rule than the gemeente's in knowledge/)
                       "utter_bijverdienen_eerst_eenmalig", "utter_bijverdienen_eerst_nieuwe_regel",
                       "utter_bijverdienen_eerst_niets_over", "utter_bijverdienen_eerst_voorbij_over")
# Texts added later, and the text a model trained before them says instead.
_TERUGVAL = {"utter_bijverdienen_eerst_eenmalig": "utter_bijverdienen_eerst_bijstand_over",
             "utter_bijverdienen_eerst_eenmalig_alleen": "utter_bijverdienen_eerst_bijstand_over_alleen",
             "utter_bijverdienen_eerst_bijstand_over_maanden": "utter_bijverdienen_eerst_bijstand_over",
             "utter_bijverdienen_eerst_bijstand_over_maanden_alleen": "utter_bijverdienen_eerst_bijstand_over_alleen",
             **{f"utter_bijverdienen_eerst_{naam}_over{alleen}": f"utter_bijverdienen_eerst_{naam}"
                for naam in ("zonder_leeftijd", "zonder_leeftijd_jong_niets") for alleen in ("", "_alleen")},
             "utter_bijverdienen_eerst_niets_over": "utter_bijverdienen_eerst_niets",
             "utter_bijverdienen_eerst_niets_over_alleen": "utter_bijverdienen_eerst_niets",
             "utter_bijverdienen_eerst_voorbij_over": "utter_bijverdienen_eerst_voorbij",
             "utter_bijverdienen_eerst_voorbij_over_alleen": "utter_bijverdienen_eerst_voorbij",
             # session 20: 'yes, that is right' first (a model trained before them says the same without it)
             **{f"utter_bijverdienen_eerst_voorbij{over}_klopt": f"utter_bijverdienen_eerst_voorbij{over}"
                for over in ("", "_over", "_over_alleen")}}


# "ze zeiden dat de vrijlating voorbij is, klopt dat?", "they told me vrijlating is over now? is that right" (read as
# "voorbij ... klopt dat"): the person says the months are over and asks whether that holds.
_VOORBIJ_KLOPT = re.compile(r"\b(?:voorbij|afgelopen|verlopen|gestopt|om|klaar|niets\s+meer|niks\s+meer|niet\s+meer)\b"
                            r"[^!]{0,90}?\b(?:klopt\s+(?:dat|het)|is\s+dat\s+(?:zo|waar|juist|goed))\b")


# "hij gaat vanaf januari 900 verdienen", "volgende maand begin ik": work still to start. A month without a year
# is read as this year's (parse.datum), so such work is never said to be past its months.
_TOEKOMST = re.compile(r"\b(?:ga|gaat|gaan|zal|zullen|wil|wilt)\b[^.?!]{0,60}?\b(?:werken|verdienen|beginnen|starten)\b"
                       r"|\bvolgende\s+(?:maand|week|jaar)\b|\bbinnenkort\b")


def _aio_leeftijd(found: dict, tracker: Tracker) -> bool:
    """The person is at or past knowledge/'s AOW age (the months of the old vrijlating and the gemeente's say do not
    apply to them: the SVB pays the AIO)."""
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    aow = knowledge.waarde("leeftijd.aow_jaren", peildatum(tracker))
    return isinstance(leeftijd, int) and aow is not None and leeftijd >= int(aow)


def _n_voorbij(start, tracker: Tracker) -> bool:
    """True when work started longer ago than the months of the old vrijlating (art. 31 lid 2 n)."""
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", peildatum(tracker))
    if not isinstance(start, str) or start == ONBEKEND or maanden is None or \
            _TOEKOMST.search(laatste_bericht(tracker).lower()):
        return False
    try:
        return plus_maanden(date.fromisoformat(start), int(maanden)) <= peildatum(tracker)
    except ValueError:
        return False


def _vrijlating_alleen(found: dict, tracker: Tracker, leeftijd: int, start, kind_leeftijd) -> dict | None:
    """knowledge/'s vrijlating and bijstand left for someone who lives on their own (with a child: a single parent)."""
    situatie = "alleenstaande_ouder" if isinstance(kind_leeftijd, int) else "alleenstaande"
    try:
        return knowledge.bereken(CALCULATOR, {
            **basis_op_start(tracker, start), "leeftijd": leeftijd, "leefsituatie": situatie, "start_werk": start,
            "netto_inkomsten": inkomsten(found["inkomsten"]), **medisch(tracker), **huisgenoten(tracker),
            **({"jongste_kind_leeftijd": kind_leeftijd} if isinstance(kind_leeftijd, int) else {})})
    except knowledge.InvoerFout:
        return None


_ALIMENTATIE = re.compile(r"alimentatie")
_LOON = re.compile(r"\bloon\b|\bsalaris|\bverdien|\bwerk|\bbaan\b|\bbijbaan")


def bijstand_erbij(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """The bijstand left beside the wage (knowledge/'s aanvullende_bijstand: the norm minus the wage plus what may
    be kept), after a first answer that did not say it (nothing may be kept: too young, or the months are over).
    How the person lives not said: for someone on their own, and the answer says so. None without a wage or an age."""
    value = found.get("inkomsten") or tracker.get_slot("inkomsten")
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    if not isinstance(value, dict) or "euro" not in value or not isinstance(leeftijd, int):
        return None
    situatie = found.get("leefsituatie", tracker.get_slot("leefsituatie")) or ONBEKEND
    start = found.get("start_werk", tracker.get_slot("start_werk")) or ONBEKEND
    kind_leeftijd = found.get("jongste_kind_leeftijd", tracker.get_slot("jongste_kind_leeftijd"))
    alleen = situatie == ONBEKEND  # not said: computed for someone on their own, and the answer says so
    if alleen:
        uit = _vrijlating_alleen(found, tracker, leeftijd, start, kind_leeftijd)
    else:
        try:
            uit = knowledge.bereken(CALCULATOR, {
                **basis_op_start(tracker, start), "leeftijd": leeftijd, "leefsituatie": situatie, "start_werk": start,
                "netto_inkomsten": inkomsten(value), **medisch(tracker), **huisgenoten(tracker),
                **({"jongste_kind_leeftijd": kind_leeftijd} if isinstance(kind_leeftijd, int) else {})})
        except knowledge.InvoerFout:
            uit = None
    if uit is None or uit.get("aanvullende_bijstand") is None or uit["aanvullende_bijstand"] <= 0:
        return None  # nothing left: not "about EUR 0 of your bijstand is left"
    return ("utter_bijverdienen_bijstand_erbij_alleen" if alleen else "utter_bijverdienen_bijstand_erbij"), {
        "bijstand_over": geld(uit["aanvullende_bijstand"]), "inkomsten_totaal": geld(uit["totaal_inkomen"])}


def voorbij_zonder_leeftijd(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """'ik werk al 9 maanden en verdien 1100, die vrijlating heb ik al gehad, ik ben alleen': the months of the old
    vrijlating are over, so no part of the wage is kept at any age below the AOW age (under its age there was none):
    the bijstand left beside the whole wage (knowledge/, at the age of the old vrijlating), not 'EUR 0 if 27 or
    older'. Not with a child (a single parent's share follows) or a health limit (its share may hold)."""
    if isinstance(found.get("leeftijd", tracker.get_slot("leeftijd")), int) or medisch(tracker):
        return None
    start = found.get("start_werk", tracker.get_slot("start_werk"))
    kind_leeftijd = found.get("jongste_kind_leeftijd", tracker.get_slot("jongste_kind_leeftijd"))
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum(tracker))
    if isinstance(kind_leeftijd, int) or grens is None or not _n_voorbij(start, tracker):
        return None
    eerst = vrijlating_vooraf({**found, "leeftijd": int(grens)}, tracker)
    return eerst if eerst is not None and eerst[0].startswith("utter_bijverdienen_eerst_voorbij_over") else None


def vrijlating_zonder_leeftijd(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """Age not known yet: what knowledge/ gives from the age of the old vrijlating and just under it, so the
    first reply names the amount ("Bent u 27 of ouder? Dan mag u waarschijnlijk € 200 houden")."""
    value = found["inkomsten"]
    loon = parse.Bedrag(Decimal(str(value["euro"])), value.get("periode"))
    situatie = found.get("leefsituatie", tracker.get_slot("leefsituatie"))
    start = found.get("start_werk", tracker.get_slot("start_werk"))
    kind_leeftijd = found.get("jongste_kind_leeftijd", tracker.get_slot("jongste_kind_leeftijd"))
    # "single mother, my son is 7, I work already 9 months": the child's age decides the vrijlating for a single parent
    # after the first months (art. 31 lid 2 r); without it that part was EUR 0
    bekend = {**({"leefsituatie": situatie} if isinstance(situatie, str) and situatie != ONBEKEND else {}),
              **({"start_werk": start} if isinstance(start, str) and start != ONBEKEND else {}), **medisch(tracker),
              **huisgenoten(tracker), **({"leefsituatie": "alleenstaande"} if huisgenoten(tracker) and not
                                         isinstance(kind_leeftijd, int) and situatie in (None, ONBEKEND) else {}),
              **({"jongste_kind_leeftijd": kind_leeftijd} if isinstance(kind_leeftijd, int) else {})}
    gevonden = feiten_uit_bericht.vrijlating_bij(loon, None, peildatum(tracker), gemeente_code(tracker), bekend)
    if gevonden is None:
        return None
    # The bijstand left beside the wage at the age of the old vrijlating, first (for someone on their own, with a
    # child a single parent, when how the person lives was not said): "alleenstaande moeder, ik werk al 8 maanden en
    # verdien 800, hoeveel mag ik houden" is answered with what she has then.
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", peildatum(tracker))
    alleen = "leefsituatie" not in bekend
    situatie_over = bekend.get("leefsituatie") or ("alleenstaande_ouder" if isinstance(kind_leeftijd, int)
                                                   else "alleenstaande")
    try:
        over = None if grens is None else knowledge.bereken(CALCULATOR, {
            **basis_op_start(tracker, bekend.get("start_werk")), "leeftijd": grens, "start_werk": ONBEKEND,
            **bekend, "leefsituatie": situatie_over, "netto_inkomsten": inkomsten(value)})
    except knowledge.InvoerFout:
        over = None
    if over is not None and over.get("aanvullende_bijstand") is not None and over["aanvullende_bijstand"] > 0 \
            and over["vrijlating_per_maand"] > 0:
        return f"utter_bijverdienen_eerst_{gevonden[0]}_over" + ("_alleen" if alleen else ""), {
            **gevonden[1], "bijstand_over": geld(over["aanvullende_bijstand"]),
            "inkomsten_totaal": geld(over["totaal_inkomen"])}
    return f"utter_bijverdienen_eerst_{gevonden[0]}", gevonden[1]


def partner_loon(text: str, peildatum) -> tuple[str, dict] | None:
    """'ik verdien 600 en mijn partner 400': both wages count for the couple's bijstand, each partner has a
    vrijlating of their own; the form computes the person's own first. None unless the message names both."""
    lonen = [b for b in parse.bedragen(text) if b.soort == "loon"]
    eigen = [b.bedrag for b in lonen if not b.van_partner]
    partner = [b.bedrag for b in lonen if b.van_partner]
    if len(eigen) != 1 or len(partner) != 1 or {eigen[0].periode, partner[0].periode} - set(PER_MAAND):
        return None
    return "utter_bijverdienen_eerst_partner", {
        "inkomsten_tekst": geld(float(eigen[0].euro)) + periode_tekst({"periode": eigen[0].periode}),
        "partner_inkomsten_tekst": geld(float(partner[0].euro)) + periode_tekst({"periode": partner[0].periode}),
        "inkomsten_totaal": geld(float(per_maand(eigen[0], peildatum) + per_maand(partner[0], peildatum)))}


def giftengrens_per_persoon(text: str, tracker: Tracker) -> feiten_uit_bericht.Antwoord | None:
    """'geldt die 1200 euro per persoon of voor ons samen' read as earnings: the only amount is knowledge/'s gift limit
    and the message asks whom it is for."""
    grens, bedragen = knowledge.waarde("giften.vrijlating_per_jaar", peildatum(tracker)), parse.bedragen(text)
    if grens is None or len(bedragen) != 1 or bedragen[0].bedrag.euro != Decimal(str(grens)):
        return None
    return feiten_uit_bericht.grens_per_huishouden(text, peildatum(tracker))


def alleen_partner_loon(text: str, tracker: Tracker) -> tuple[str, dict] | None:
    """'mijn vrouw (31) gaat werken voor 1000 netto, we hebben samen bijstand, hoeveel krijgen we nog': only the
    partner earns. knowledge/ computes the partner's vrijlating (the partner's age) and the couple's bijstand left.
    None unless the message names one wage, the partner's, and the partner's age."""
    lonen = [b for b in parse.bedragen(text) if b.soort == "loon"]
    partners = [m for m in parse.medebewoners(text) or [] if m.relatie == "partner"]
    if len(partners) == 1 and partners[0].leeftijd is None and (beide := feiten_uit_bericht.stel_leeftijden(text)):
        partners = [parse.Medebewoner(beide[1], "partner")]  # "wij hebben samen bijstand, allebei 41, mijn vrouw ..."
    partners = [m for m in partners if m.leeftijd is not None]
    if len(lonen) != 1 or not lonen[0].van_partner or lonen[0].bedrag.periode not in PER_MAAND or len(partners) != 1:
        return None
    loon = lonen[0].bedrag
    try:
        uit = knowledge.bereken(CALCULATOR, {
            **basis(tracker), "leeftijd": partners[0].leeftijd, "leefsituatie": "gehuwden", "start_werk": ONBEKEND,
            "netto_inkomsten": inkomsten({"euro": float(loon.euro), "periode": loon.periode})})
    except knowledge.InvoerFout:
        return None
    if uit.get("aanvullende_bijstand") is None or uit["aanvullende_bijstand"] <= 0:
        return None
    return "utter_bijverdienen_eerst_alleen_partner", {
        "partner_inkomsten_tekst": geld(float(loon.euro)) + periode_tekst({"periode": loon.periode}),
        "vrijlating": geld(uit["vrijlating_per_maand"]), "bijstand_over": geld(uit["aanvullende_bijstand"]),
        "inkomsten_totaal": geld(uit["totaal_inkomen"]),
        # "mijn man (35) gaat 800 verdienen, hoeveel mogen we houden": the share said with the amount (session 20)
        "vrijlating_deel": procent(Decimal(str(uit["percentage"])) if uit.get("percentage") is not None else
                                   Decimal(str(uit["vrijlating_per_maand"])) * 100 / per_maand(loon, peildatum(tracker)))}


PER_MAAND = (None, "maand", "week", "jaar")  # periods a wage can be turned into an amount per month


def per_maand(loon: parse.Bedrag, peildatum) -> Decimal:
    """A wage per month, with the weeks and months per year knowledge/ counts with (omrekening.*)."""
    if loon.periode in (None, "maand"):
        return loon.euro
    weken = Decimal(str(knowledge.waarde("omrekening.weken_per_jaar", peildatum)))
    maanden = Decimal(str(knowledge.waarde("omrekening.maanden_per_jaar", peildatum)))
    per_jaar = loon.euro * (weken if loon.periode == "week" else 1)
    return (per_jaar / maanden).quantize(Decimal("0.01"))


def periode_tekst(value: dict) -> str:
    """' per week' for an amount per week or year; per month is what the answer says anyway."""
    periode = value.get("periode")
    return f" per {periode}" if periode in ("week", "jaar") else ""
