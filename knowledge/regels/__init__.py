"""The rules of the Participatiewet, one small function per rule.

Each function names the article in its docstring, takes a ``Berekening`` (which
knows the peildatum and hands out parameter values) and records its steps.
"""
