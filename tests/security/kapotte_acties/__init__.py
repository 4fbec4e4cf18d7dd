"""The real actions, with one that fails: for tests of what a failing action leaves in the logs.

The action server loads this package instead of `actions` when a test sets
WEGWIJS_ACTIES_PAKKET=tests.security.kapotte_acties. Every action is the real
one, except action_antwoord: it raises an error whose message quotes what the
person typed, the worst case for a log.
"""

from actions import antwoorden, berekenen, rekenhulp  # noqa: F401 - registers every real action
from actions.antwoorden import ActionAntwoord


class KapotAntwoord(ActionAntwoord):
    """Registered after ActionAntwoord under the same name, so it takes its place."""

    def run(self, dispatcher, tracker, domain):
        raise RuntimeError(f"kapot bij het antwoord op: {tracker.latest_message.get('text')}")
