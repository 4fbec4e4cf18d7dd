"""The top floor: what starts, wires and drives the whole of Wegwijs.

* cli.py: the `wegwijs` command (run, run-schaal, chat, telegram, opschonen,
  bereken, dialogen, testers). It is the composition root: it may import every
  floor below it, and nothing imports it.
* spelen.py: the dialogue runner of the ervaringsdeskundigen, a client of the
  gateway like a channel (kanalen/client.py), with `own_assistant` to start a
  Wegwijs of its own.

Nothing below this floor imports from here (`.importlinter`, contract "floors").
"""
