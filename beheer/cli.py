"""The `wegwijs` command."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wegwijs.settings import Settings


@click.group()
def cli() -> None:
    """Wegwijs: informatie over rechten en plichten in de bijstand."""


@cli.command()
def run() -> None:
    """Start the action server, Rasa and the gateway, and keep them running."""
    from wegwijs.supervisor import run as run_supervisor

    sys.exit(run_supervisor(Settings()))


@cli.command("run-schaal")
@click.option("--gateway-poort", "gateway_port_2", default=None, type=int, help="Port of the second gateway (default: next one).")
@click.option("--redis-poort", "redis_port", default=6380, type=int, show_default=True)
@click.option("--database", default="wegwijs", show_default=True, help="PostgreSQL database for the tracker store.")
def run_schaal(gateway_port_2: int | None, redis_port: int, database: str) -> None:
    """Start the scaled set-up: PostgreSQL, Redis, two Rasa servers, two gateways (docs/deploy.md)."""
    from wegwijs.schaal import Schaal, build_parts
    from wegwijs.supervisor import StartError
    from wegwijs.supervisor import run as run_supervisor

    settings = Settings()
    schaal = Schaal((settings.gateway_port, gateway_port_2 or settings.gateway_port + 1), redis_port, database)
    try:
        parts = build_parts(settings, schaal)
    except StartError as error:
        click.echo(f"Starten mislukt: {error}", err=True)
        sys.exit(1)
    click.echo("Tweede gateway: " + schaal.gateway_urls(settings)[1])
    sys.exit(run_supervisor(settings, parts))


@cli.command()
@click.option("--url", default=None, help="Gateway address (default: the local one).")
@click.option("--taal", type=click.Choice(["nl", "en"]), default=None, help="Start in this language (nl, en).")
def chat(url: str | None, taal: str | None) -> None:
    """Chat with Wegwijs in the terminal, through the gateway."""
    from kanalen.chat import chat as run_chat

    sys.exit(run_chat(url or Settings().gateway_url, taal=taal))


@cli.command()
@click.option("--url", default=None, help="Gateway address (default: the local one).")
def telegram(url: str | None) -> None:
    """Run the Telegram bot (token in WEGWIJS_TELEGRAM_TOKEN), bridged to the gateway."""
    from kanalen.telegram import main as run_telegram

    sys.exit(run_telegram(Settings(), url))


@cli.command()
def opschonen() -> None:
    """Wis gesprekken die langer dan de bewaartermijn van de gemeente stil zijn (docs/privacy.md)."""
    from gateway.opschonen import opschonen_alles

    done = opschonen_alles(Settings())
    click.echo(
        f"Gewist: {done.sessies} gesprekken na hun bewaartermijn, {done.gesprekken_zonder_sessie} "
        f"gesprekken zonder sessie ({done.tracker_events} opgeslagen gebeurtenissen), "
        f"{done.stille_sessies} sessies zonder bericht, {done.signalen} signalen na hun eigen bewaartermijn."
    )


@cli.group()
def signalen() -> None:
    """Signalen van inwoners en ervaringsdeskundigen: waar de regels knellen (docs/privacy.md)."""


@signalen.command("export")
@click.option("--formaat", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--gemeente", default=None, help="Alleen de signalen van deze gemeente.")
@click.option("--van", "van", default=None, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Alleen signalen vanaf deze datum (JJJJ-MM-DD).")
def signalen_export(formaat: str, gemeente: str | None, van) -> None:
    """Print de signalen op stdout, als CSV (datum, gemeente, onderwerp, tekst, uitkomst, bron) of JSON."""
    from wegwijs import signalen as store_module

    path = store_module.pad(Settings().var_dir)
    rijen = []
    if store_module.bestaat(Settings().var_dir):  # var/signalen.db, or the shared WEGWIJS_SIGNALEN_DB_URL
        store = store_module.SignalenStore(path)
        try:
            rijen = store.signalen(gemeente, van.date() if van else None)
        finally:
            store.close()
    click.echo(store_module.als_csv(rijen) if formaat == "csv" else store_module.als_json(rijen), nl=False)


def _lezers():
    from wegwijs.gateway_db import open_gateway_db
    from wegwijs.signalen_lezers import Lezers

    return Lezers(open_gateway_db(Settings()))  # SQLite under var/, or the PostgreSQL of run-schaal/deploy


@signalen.command("sleutel")
@click.argument("naam")
@click.option("--gemeente", default=None, help="Deze lezer ziet alleen deze gemeente (zonder: elke gemeente).")
@click.option("--dagen", default=90, show_default=True, help="Hoeveel dagen de sleutel werkt (1 tot 365).")
def signalen_sleutel(naam: str, gemeente: str | None, dagen: int) -> None:
    """Maak een sleutel voor de signalenpagina (/signalen) voor NAAM, bijvoorbeeld de cliëntenraad."""
    from wegwijs.gemeente import bekende_gemeenten
    from wegwijs.signalen_lezers import LezerFout

    if gemeente is not None and gemeente not in bekende_gemeenten():
        click.echo(f"Gemeente {gemeente!r} ken ik niet. Kies uit: {', '.join(bekende_gemeenten())}.", err=True)
        sys.exit(1)
    token = _of_stoppen(lambda: _lezers().add(naam, gemeente=gemeente, dagen=dagen), LezerFout)
    _toon_eenmalig(f"Sleutel voor de signalenpagina voor {naam} ({gemeente or 'elke gemeente'}), {dagen} dagen geldig.",
                   token, sep="\n")


@signalen.command("intrekken")
@click.argument("naam")
def signalen_intrekken(naam: str) -> None:
    """Trek de sleutel voor de signalenpagina van NAAM in."""
    from wegwijs.signalen_lezers import LezerFout

    _of_stoppen(lambda: _lezers().revoke(naam), LezerFout)
    click.echo(f"De sleutel van {naam} werkt niet meer.")


# --- keys: `signalen sleutel` and `testers add` make one, show it this once; a refusal is one Dutch line ---
BEWAAR_EENMALIG = "Bewaar hem goed, u ziet hem maar een keer:"


def _of_stoppen(doe, fout: type[Exception]):
    """What doe() returns; its domain error (`fout`) goes to stderr as it is, and the command stops with 1."""
    try:
        return doe()
    except fout as error:
        click.echo(str(error), err=True)
        sys.exit(1)


def _toon_eenmalig(kop: str, token: str, *daarna: str, sep: str = " ") -> None:
    """A new key: what it is for and that it is shown only now, the key alone on its line, then any notes."""
    click.echo(f"{kop}{sep}{BEWAAR_EENMALIG}")
    click.echo(token)
    for regel in daarna:
        click.echo(regel)


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bereken(args: tuple[str, ...]) -> None:
    """Compute a rule: JSON in on stdin, JSON out (same as python -m knowledge bereken)."""
    from knowledge.cli import main as knowledge_main

    sys.exit(knowledge_main(["bereken", *args]))


@cli.group()
def dialogen() -> None:
    """Dialoogscripts: gesprekken die ervaringsdeskundigen schreven, als test."""


@dialogen.command("test")
@click.help_option("--help", "-h", help="Toon deze hulp en stop.")
@click.argument("pad", default="dialogen", type=click.Path(exists=True, path_type=Path))
@click.option("--url", default=None, help="Adres van een Wegwijs die al draait (anders start er een eigen Wegwijs).")
@click.option("--token", "token_argument", default=None, hidden=True)
@click.option("--html", "html_path", default="results/dialogen.html", type=click.Path(path_type=Path),
              help="Waar het rapport voor mensen komt (standaard: results/dialogen.html).")
@click.option("--json", "json_path", default="results/dialogen.json", type=click.Path(path_type=Path),
              help="Waar het rapport voor programma's komt (standaard: results/dialogen.json).")
def dialogen_test(pad: Path, url: str | None, token_argument: str | None, html_path: Path, json_path: Path) -> None:
    """Speel elk script door de gateway en schrijf een HTML- en JSON-rapport.

    Met --url speelt u tegen een Wegwijs die al draait. Uw testsleutel komt dan uit
    WEGWIJS_TESTER_TOKEN, of Wegwijs vraagt erom. Zet hem nooit op de opdrachtregel.
    """
    import tempfile

    from kanalen.client import GatewayError
    from wegwijs.dialogen.rapport import summary_lines, write_html, write_json
    from wegwijs.dialogen.script import find_scripts
    from beheer.spelen import SCRIPT_TIMEOUT_S, Gateway, own_assistant, run_scripts

    if token_argument is not None:
        click.echo("Zet uw testsleutel niet op de opdrachtregel: iedereen op deze computer kan hem dan zien. "
                   "Zet hem in WEGWIJS_TESTER_TOKEN, of laat Wegwijs erom vragen.", err=True)
        sys.exit(2)
    paths = find_scripts(pad)
    if not paths:
        click.echo(f"Geen scripts gevonden in {pad}.", err=True)
        sys.exit(2)
    try:
        if url:
            gateway = Gateway(url, _tester_token(), timeout_s=SCRIPT_TIMEOUT_S)
            click.echo(f"Testsleutel van {gateway.tester()}.", err=True)
            report = run_scripts(paths, gateway)
        else:
            click.echo("Wegwijs start voor de dialogen (dit duurt even)...", err=True)
            with tempfile.TemporaryDirectory(prefix="wegwijs-dialogen-") as var_dir:
                with own_assistant(Path(var_dir)) as (own_url, own_token):
                    report = run_scripts(paths, Gateway(own_url, own_token, timeout_s=SCRIPT_TIMEOUT_S))
    except GatewayError as error:
        click.echo(error.message or str(error), err=True)
        sys.exit(2)
    write_json(report, json_path)
    write_html(report, html_path)
    for line in summary_lines(report):
        click.echo(line)
    click.echo(f"Rapport: {html_path} en {json_path}")
    # The closing line in the form CI and other tools read: "dialogen: N passed, N failed".
    click.echo(f"dialogen: {report['geslaagd']} passed, {report['totaal'] - report['geslaagd']} failed")
    sys.exit(0 if report["mislukt"] == 0 else 1)


def _interactive() -> bool:
    return sys.stdin.isatty()


def _tester_token() -> str:
    """The tester key from WEGWIJS_TESTER_TOKEN or a hidden prompt; without one, stop with a clear message."""
    import os

    token = os.environ.get("WEGWIJS_TESTER_TOKEN", "").strip()
    if token:
        return token
    if not _interactive():
        click.echo("Geen testsleutel. Met --url heeft u uw testsleutel nodig: zet hem in WEGWIJS_TESTER_TOKEN. "
                   "Zonder sleutel telt de peildatum van een script niet.", err=True)
        sys.exit(2)
    token = click.prompt("Uw testsleutel (u ziet hem niet als u typt)", hide_input=True, err=True).strip()
    if not token:
        click.echo("Geen testsleutel gegeven. De test is niet gestart.", err=True)
        sys.exit(2)
    return token


@dialogen.command("inbox")
def dialogen_inbox() -> None:
    """De concepten van de reviewpagina: waar ze staan, en of ze als script te lezen zijn."""
    from wegwijs.dialogen.concepten import exporteer_alle
    from wegwijs.dialogen.script import ScriptFout, inbox_dir, load_script
    from wegwijs.gateway_db import open_gateway_db

    settings = Settings()
    inbox = inbox_dir(settings.var_dir)
    if settings.gateway_db_url or settings.gateway_db.exists():  # the drafts saved through any gateway, as files here
        db = open_gateway_db(settings)
        try:
            exporteer_alle(db, inbox)
        finally:
            db.close()
    drafts = sorted(inbox.glob("*.yml")) if inbox.is_dir() else []
    click.echo(f"Inbox: {inbox}")
    if not drafts:
        click.echo("Er staan geen concepten in de inbox.")
        return
    for path in drafts:
        try:
            script = load_script(path)
        except ScriptFout as error:
            click.echo(f"  {error}")
            continue
        beurten = len(script.beurten)
        click.echo(f"  {path.name}: {script.titel}, {beurten} {'beurt' if beurten == 1 else 'beurten'}")
    click.echo("Lees een concept na, vul de persona in en zet het dan in dialogen/ (docs/dialogen.md).")


@dialogen.command("nlu-kandidaten")
@click.option("--drempel", default=0.6, show_default=True, help="Below this confidence a message is a candidate.")
def dialogen_nlu_kandidaten(drempel: float) -> None:
    """Berichten uit testgesprekken die het model slecht begreep, per gegokte intent."""
    from wegwijs.dialogen.nlu_kandidaten import nlu_candidates
    from wegwijs.gemeente import bekende_gemeenten, laad_gemeente

    settings = Settings()
    switched_on = {code for code in bekende_gemeenten() if laad_gemeente(code).nlu_kandidaten_uit_echte_gesprekken}
    groups = nlu_candidates(settings, drempel, switched_on)
    if not groups:
        click.echo("Geen kandidaten gevonden.")
        return
    click.echo("# Kandidaten voor nlu/, per intent die het model gokte. Lees ze na voor u ze toevoegt:")
    click.echo("# staat een zin onder de goede intent? Verplaats hem anders.")
    click.echo("nlu:")
    for intent in sorted(groups):
        for item in groups[intent]:
            click.echo(f"# {item['tekst']!r}: {item['reden']}, zekerheid {item['zekerheid']}, {item['bron']}")
        click.echo(f"- intent: {intent}")
        click.echo("  examples: |")
        for item in groups[intent]:
            click.echo(f"    - {item['tekst']}")


@cli.group()
def testers() -> None:
    """Testsleutels voor de reviewpagina (/review)."""


def _testers():
    from wegwijs.gateway_db import open_gateway_db
    from wegwijs.testers import Testers

    return Testers(open_gateway_db(Settings()))  # SQLite under var/, or the PostgreSQL of run-schaal/deploy


def _moment(iso: str) -> str:
    """An ISO time as the CLI shows it, in Dutch local time: 2027-03-05 10:40."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(iso).astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m-%d %H:%M")


@testers.command("add")
@click.argument("naam")
@click.option("--dagen", default=90, show_default=True, help="Hoeveel dagen de sleutel werkt (1 tot 365).")
@click.option("--coordinator", is_flag=True, help="Deze tester ziet alle testgesprekken en zet de status van oordelen.")
def testers_add(naam: str, dagen: int, coordinator: bool) -> None:
    """Maak een testsleutel voor NAAM (u ziet hem maar een keer)."""
    from wegwijs.testers import COORDINATOR, TESTER, TesterFout

    testers = _testers()
    token = _of_stoppen(lambda: testers.add(naam, dagen=dagen, rol=COORDINATOR if coordinator else TESTER), TesterFout)
    _toon_eenmalig(f"Testsleutel voor {naam} ({'coördinator' if coordinator else 'tester'}).", token,
                   f"De sleutel is geldig tot {_moment(testers.verloopt(naam.strip()).isoformat())}.",
                   "Geef de sleutel persoonlijk of in een versleuteld bericht, nooit in een gewone e-mail.")


@testers.command("revoke")
@click.argument("naam")
def testers_revoke(naam: str) -> None:
    """Trek de testsleutel van NAAM in."""
    from wegwijs.testers import TesterFout

    _of_stoppen(lambda: _testers().revoke(naam), TesterFout)
    click.echo(f"De sleutel van {naam} werkt niet meer.")


@testers.command("list")
def testers_list() -> None:
    """Alle testers, hun rol, en of hun sleutel nog werkt (en tot wanneer)."""
    rows = _testers().list()
    if not rows:
        click.echo("Er zijn nog geen testers. Maak er een met: wegwijs testers add <naam>")
        return
    for row in rows:
        if row["ingetrokken"]:
            state = f"ingetrokken {_moment(row['ingetrokken'])}"
        elif row["verlopen"]:
            state = f"verlopen {_moment(row['verloopt'])}"
        else:
            state = f"actief, geldig tot {_moment(row['verloopt'])}"
        rol = "coördinator" if row["rol"] == "coordinator" else "tester"
        click.echo(f"{row['naam']}\t{rol}\t{_moment(row['aangemaakt'])}\t{state}")


if __name__ == "__main__":
    cli()
