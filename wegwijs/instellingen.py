"""The one shape of a check while reading a gemeente settings file (wegwijs/gemeente.py, wegwijs/openingstijden.py).

A typo in a settings file stops the start with a message that names the file,
the field and what it should be, never a wrong phone number or an empty day.
"""

from __future__ import annotations


def eis(goed: object, waar: object, fout: str) -> None:
    """Unless `goed`: a ValueError "<waar>: <fout>" (waar is the file, or the file and the field)."""
    if not goed:
        raise ValueError(f"{waar}: {fout}")
