"""Issue #15 (left from session 6): an English 18-20 year old who asks how much bijstand they get ('I'm 20 and
live with my parents, how much do I get') got the parents question first ('Do your parents not help you with
money?'). The English jongeren text now answers first: the young person's amount, then the raise."""

from __future__ import annotations

import re

from wegwijs.responses import all_responses, variation_for


def test_the_english_jongeren_text_gives_the_amount_in_its_first_sentence():
    tekst = variation_for(all_responses()["utter_jongeren"], "en")["text"]
    eerste_zin = re.split(r"(?<=[.?!])\s", tekst, maxsplit=1)[0]
    assert "{norm_jongere_alleenstaande}" in eerste_zin
    assert not eerste_zin.endswith("?")
