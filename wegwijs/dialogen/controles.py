"""The checks of one turn: does the reply contain, leave out, name the amount, offer the button, ...

Each check is a Controle with a Dutch explanation a tester can read.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from decimal import Decimal

from wegwijs.dialogen.script import Bedrag, Beurt, BRON, GEMEENTE_BESLIST, MENS, MENS_KNOP, normalise, reply_buttons, reply_text


def closest_fragment(expected: str, text: str) -> str:
    """The part of the reply that looks most like what was expected, for a readable diff."""
    words, size = text.split(), max(1, len(expected.split()))
    candidates = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
    best = difflib.get_close_matches(expected, candidates, n=1, cutoff=0.0)
    return best[0] if best else ""


def expected_amount(bedrag: Bedrag, peildatum: str, gemeente: str, taal: str | None = None) -> str:
    """The amount as the session writes it: "€ 1.200" in Dutch, "€1,200" in an English script (issue #15)."""
    import knowledge
    from knowledge.geld import euro

    invoer = {"peildatum": peildatum, "gemeente": gemeente, **bedrag.invoer}
    result = knowledge.bereken(bedrag.rekenhulp, invoer)
    return normalise(euro(Decimal(str(result[bedrag.veld])), "en" if taal == "en" else None))


@dataclass
class Controle:
    soort: str
    verwacht: str
    geslaagd: bool
    uitleg: str = ""

    def as_dict(self) -> dict:
        return {"soort": self.soort, "verwacht": self.verwacht, "geslaagd": self.geslaagd, "uitleg": self.uitleg}


def _contains(soort: str, expected: str, text: str, label: str = "") -> Controle:
    wanted = normalise(expected)
    if wanted.lower() in text.lower():
        return Controle(soort, label or wanted, True)
    near = closest_fragment(wanted, text)
    return Controle(
        soort, label or wanted, False, f"Verwacht: '{wanted}'. Niet gevonden. Wat er het meest op lijkt: '{near}'."
    )


def check_turn(turn: Beurt, messages: list[dict], peildatum: str, gemeente: str,
               taal: str | None = None) -> list[Controle]:
    text, buttons = reply_text(messages), reply_buttons(messages)
    checks: list[Controle] = []
    for phrase in turn.bevat:
        checks.append(_contains("bevat", phrase, text))
    for phrase in turn.bevat_niet:
        found = normalise(phrase).lower() in text.lower()
        checks.append(
            Controle("bevat niet", phrase, not found, f"'{phrase}' mocht niet in het antwoord staan, maar staat er wel in." if found else "")
        )
    for amount in turn.bedrag:
        checks.append(_contains("bedrag", amount, text))
    for bedrag in turn.bedrag_uit:
        try:
            amount = expected_amount(bedrag, peildatum, gemeente, taal)
        except Exception as error:  # noqa: BLE001 - a wrong input is the script's fault, report it
            checks.append(Controle("bedrag uit", bedrag.rekenhulp, False, f"De rekenhulp gaf een fout: {error}"))
            continue
        checks.append(_contains("bedrag uit", amount, text, f"{amount} ({bedrag.rekenhulp}, {bedrag.veld})"))
    for title in turn.knop:
        ok = any(normalise(title).lower() == normalise(b).lower() for b in buttons)
        checks.append(
            Controle("knop", title, ok, "" if ok else f"Verwacht een knop '{title}'. Knoppen in het antwoord: {buttons or 'geen'}.")
        )
    for title in turn.geen_knop:
        ok = not any(normalise(title).lower() == normalise(b).lower() for b in buttons)
        checks.append(Controle("geen knop", title, ok, "" if ok else f"De knop '{title}' mocht er niet zijn."))
    links = BRON.findall(text)
    for part in turn.bron:
        ok = any(part in link for link in links)
        wanted = f"een link naar {part}" if part else "een link naar een bron"
        checks.append(Controle("bron", wanted, ok, "" if ok else f"Verwacht {wanted}. Links in het antwoord: {links or 'geen'}."))
    if turn.mens is not None:
        found = bool(MENS.search(text)) or MENS_KNOP in buttons
        wanted = "verwijst naar een mens" if turn.mens else "verwijst niet naar een mens"
        checks.append(Controle("mens", wanted, found == turn.mens, "" if found == turn.mens else f"Verwacht: het antwoord {wanted}."))
    if turn.gemeente_beslist is not None:
        found = bool(GEMEENTE_BESLIST.search(text))
        wanted = "zegt dat de gemeente beslist" if turn.gemeente_beslist else "zegt niet dat de gemeente beslist"
        checks.append(
            Controle("gemeente beslist", wanted, found == turn.gemeente_beslist, "" if found == turn.gemeente_beslist else f"Verwacht: het antwoord {wanted}.")
        )
    return checks
