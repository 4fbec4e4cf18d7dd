"""Python's garbage collector, told about the objects a process loads once and keeps (issue #16).

A Rasa server holds about 525,000 objects once its model is loaded (Rasa,
TensorFlow's Python side, the domain, the policies' rules); the gateway holds
deduce's word lists (wegwijs/namen.py). Python's collector walks every one of
them in each full collection: 0.3-1.4 s for a Rasa server on this machine,
on the event loop, in the middle of whichever turn allocated the object that
set it off. That was the tail of the action turns: a py-spy profile of a Rasa
server under 20 conversations put about 20 % of its time on two harmless
lines (a dict literal in an event's as_dict, aiohttp's cookie jar), which is
where the collections happened to start.

`freeze_loaded()` moves everything alive now into the collector's permanent
generation (gc.freeze, Python 3.7+): it is never walked again, and a full
collection only looks at what came after. Objects are still freed by their
reference counts as before; only a cycle among the frozen objects would stay,
and these are loaded once for the life of the process.
"""

from __future__ import annotations

import gc


def freeze_loaded() -> None:
    """Collect once, then keep the survivors out of every later collection."""
    gc.collect()
    gc.freeze()
