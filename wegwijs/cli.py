"""The `wegwijs` command."""

from __future__ import annotations

import sys

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


@cli.command()
@click.option("--url", default=None, help="Gateway address (default: the local one).")
def chat(url: str | None) -> None:
    """Chat with Wegwijs in the terminal, through the gateway."""
    from wegwijs.chat import chat as run_chat

    sys.exit(run_chat(url or Settings().gateway_url))


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bereken(args: tuple[str, ...]) -> None:
    """Compute a rule: JSON in on stdin, JSON out (same as python -m knowledge bereken)."""
    from knowledge.cli import main as knowledge_main

    sys.exit(knowledge_main(["bereken", *args]))


if __name__ == "__main__":
    cli()
