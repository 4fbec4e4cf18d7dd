"""Dialogue scripts of the ervaringsdeskundigen (docs/dialogen.md), in four parts:

* script.py: the format, the parser, and drafts made from a test conversation
  (the only part the gateway's review page imports)
* controles.py: the checks of one turn
* the runner that plays scripts through the gateway is beheer/spelen.py (top floor)
* rapport.py: the HTML and JSON reports
* nlu_kandidaten.py: messages to add to nlu/, from test (and, if switched on, real) conversations

This file imports none of them, so importing one part loads only that part.
"""
