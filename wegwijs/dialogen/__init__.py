"""Dialogue scripts of the ervaringsdeskundigen (docs/dialogen.md), in these parts:

* script.py: the format, the parser, and drafts made from a test conversation
* concepten.py: those drafts kept in the gateway database (shared by every node) and
  written to the inbox folder (script.py and concepten.py are the parts the gateway imports)
* controles.py: the checks of one turn
* the runner that plays scripts through the gateway is beheer/spelen.py (top floor)
* rapport.py: the HTML and JSON reports
* nlu_kandidaten.py: messages to add to nlu/, from test (and, if switched on, real) conversations

This file imports none of them, so importing one part loads only that part.
"""
