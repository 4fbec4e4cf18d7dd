"""Wegwijs: informatie over rechten en plichten in de bijstand."""

__version__ = "0.1.0"
