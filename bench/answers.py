"""Does the first reply answer the question that was asked? (issue #20)

Plays every first message of bench/antwoorden_blind.yml (written blind: by
someone who had not seen nlu/ or the bot's texts, from the topic list, the
seeds and the legal facts), or of another set given with --set, as the opening
message of a new conversation, and
checks the reply against that message's `moet_bevatten`: every inner list
needs at least one of its strings (case-insensitive) in the reply.

Two kinds of sets: antwoorden_blind.yml is measured as one number at the start and
the end of a session and never read for tuning; antwoorden_afstemmen.yml (session 4)
and antwoorden_afstemmen_s5.yml (session 5, written blind before that session's
tuning, then tuned on) are tuning sets, whose misses you may read and fix.

The gemeente (session 9): every conversation is held in Voorbeelddorp (DEFAULT_GEMEENTE), a fictitious demo
gemeente with no policy of its own, so the national rules apply. The sets are written from the legal facts,
which assume the national defaults (a gemeente's early art. 34a Pw from 1-7-2026 is off, for one); the
assistant's own demo gemeente Voorbeeldstad turns several policies on (early art. 34a among them), so there a
right national answer counted as a miss. `--gemeente voorbeeldstad` measures in Voorbeeldstad as every run
before session 9 did; a case may still name its own `gemeente`, which wins. Voorbeelddorp says "je" where
Voorbeeldstad says "u": no required string of the tuning sets is in one form only (English has neither).

The model (session 9): the assistant this bench starts takes the newest *.tar.gz of models/, or of the
WEGWIJS_MODELS folder. `--model PATH` chooses instead: a model file (only that file is used, whatever else
lies beside it) or a folder (its newest *.tar.gz). Not with --url: a running Wegwijs has its own model.

Prints the share answered (anywhere in the reply, and in its first bubble),
per topic, and every miss with the start of its reply. Starts its own Wegwijs
on free ports unless --url (and --token) are given.

Usage (with the project venv python):
    python bench/answers.py [--set bench/antwoorden_afstemmen.yml | bench/antwoorden_afstemmen_s5.yml] [--taal en] [--url URL --token TOKEN] [--only TOPIC]
                            [--model FILE_OR_FOLDER] [--gemeente CODE] [--json out.json] [--alleen-aandeel]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import machine  # noqa: E402  (bench/measure.py)
from kanalen.client import GatewayClient, GatewayError  # noqa: E402

BLIND_SET = ROOT / "bench" / "antwoorden_blind.yml"
TUNING_SET = ROOT / "bench" / "antwoorden_afstemmen.yml"
TUNING_SET_S5 = ROOT / "bench" / "antwoorden_afstemmen_s5.yml"  # --set bench/antwoorden_afstemmen_s5.yml
# English (issue #15, --taal en): every session starts in English. The blind English set is one number only.
SETS = {"nl": (BLIND_SET, TUNING_SET),
        "en": (ROOT / "bench" / "antwoorden_blind_en.yml", ROOT / "bench" / "antwoorden_afstemmen_en.yml",
               ROOT / "bench" / "antwoorden_afstemmen_en_s5.yml", ROOT / "bench" / "antwoorden_afstemmen_en_s6.yml",
               ROOT / "bench" / "antwoorden_afstemmen_en_s7.yml", ROOT / "bench" / "antwoorden_blind_en_s7.yml",
               ROOT / "bench" / "antwoorden_afstemmen_en_s8.yml", ROOT / "bench" / "antwoorden_blind_en_s8.yml")}
# Written blind and never read (session 7 added a second pair, written before that session's changes and kept
# blind through it): only the share is printed, whatever the options say.
BLIND_SETS = {"antwoorden_blind.yml", "antwoorden_blind_en.yml", "antwoorden_blind_s7.yml", "antwoorden_blind_en_s7.yml",
              "antwoorden_blind_s8.yml", "antwoorden_blind_en_s8.yml", "antwoorden_blind_s11.yml",
              "antwoorden_blind_s13.yml", "antwoorden_blind_en_s13.yml", "antwoorden_blind_s14.yml",
              "antwoorden_blind_en_s14.yml", "antwoorden_blind_s15.yml", "antwoorden_blind_en_s15.yml",
              "antwoorden_blind_s16.yml", "antwoorden_blind_en_s16.yml",
              "antwoorden_blind_s17.yml", "antwoorden_blind_en_s17.yml",
              "antwoorden_blind_s18.yml", "antwoorden_blind_en_s18.yml",
              "antwoorden_blind_s19.yml", "antwoorden_blind_en_s19.yml",
              "antwoorden_blind_s20.yml", "antwoorden_blind_en_s20.yml",
              "antwoorden_blind_s21.yml", "antwoorden_blind_en_s21.yml"}
CONCURRENCY = 4
GOAL = 0.95
# The gemeente of every conversation unless --gemeente or the case says otherwise: no policy of its own, so the
# national rules the sets are written from (see the docstring). Before session 9: the assistant's own, Voorbeeldstad.
DEFAULT_GEMEENTE = "voorbeelddorp"


def models_dir_for(model: Path, tmp: Path) -> Path:
    """The folder the started assistant takes its model from (its newest *.tar.gz: wegwijs/supervisor.py
    latest_model): a folder as given; a file gets a folder of its own in `tmp` with only a link to it, so no
    newer model beside it is taken instead. ValueError when there is no model there."""
    model = model.resolve()
    if model.is_dir():
        if not any(model.glob("*.tar.gz")):
            raise ValueError(f"no model (*.tar.gz) in {model}")
        return model
    if not model.is_file() or not model.name.endswith(".tar.gz"):
        raise ValueError(f"not a model file (*.tar.gz) or folder: {model}")
    folder = tmp / "model"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / model.name).symlink_to(model)
    return folder


def load(path: Path = BLIND_SET, only: str | None = None) -> list[dict]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["berichten"]
    return [c for c in cases if only is None or c["onderwerp"] == only]


# An amount is the same amount in Dutch and English notation: '€ 1.200' and '€1,200', '€ 1.419,46' and
# '€1,419.46' (an English session writes amounts the English way, issue #15). Both sides are read as
# '€1200' and '€1419.46': no thousands separator, a decimal point, no space after the euro sign.
DUIZENDTALLEN = re.compile(r"(?<=\d)[.,](?=\d{3}(?!\d))")
DECIMALEN = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


def plain(text: str) -> str:
    """Lower case, every kind of space as one space, amounts in one notation: '€\u00a01.200' matches '€1,200'."""
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).lower()
    return DECIMALEN.sub(".", DUIZENDTALLEN.sub("", text)).replace("€ ", "€")


# "Doorgeven" is a separable verb: "geef uw reis altijd door" says "geef het door" as well. The
# blind writer listed "doorgeven", "geef het door" and "geef dit door"; a reply that splits the verb
# around other words says the same, so a list that accepts "doorgeven" accepts that split form too.
GESPLITST_DOORGEVEN = re.compile(r"\b(?:geef|geeft)\b[^.?!|]{0,40}?\bdoor\b")


def says(option: str, found: str) -> bool:
    return plain(option) in found or (option == "doorgeven" and GESPLITST_DOORGEVEN.search(found) is not None)


# A short demanded word is found as a substring almost anywhere: "ja" in "jaar", "no" in "not", "28" in "280",
# "5" in "15". The whole-word count reads such a string (at most 3 letters or digits) only as a word of its own,
# so a reply must really say "ja" or "28 dagen". It is the strictest of the printed shares.
KORT = re.compile(r"^\w{1,3}$")


def says_as_word(option: str, found: str) -> bool:
    word = plain(option)
    if KORT.match(word):
        return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", found) is not None
    return says(option, found)


def missing(case: dict, text: str, strict: bool = False, whole_words: bool = False) -> list[list[str]]:
    """The inner lists of `moet_bevatten` of which no string occurs in `text`.

    strict: only the writer's exact strings (no split "geef ... door").
    whole_words: a string of at most 3 letters or digits counts only as a word of its own ("ja" not in "jaar")."""
    found = plain(text)
    if strict:
        return [options for options in case["moet_bevatten"] if not any(plain(o) in found for o in options)]
    if whole_words:
        return [options for options in case["moet_bevatten"] if not any(says_as_word(o, found) for o in options)]
    return [options for options in case["moet_bevatten"] if not any(says(o, found) for o in options)]


async def ask(client: GatewayClient, case: dict, gemeente: str | None = None, taal: str | None = None) -> dict:
    """Open a conversation (in `taal` when given), send the message, return the reply and what it misses."""
    try:
        session_id, _ = await client.start_test(peildatum=case.get("peildatum"), gemeente=case.get("gemeente", gemeente),
                                                taal=taal)
        reply = await client.say(session_id, case["tekst"])
        await client.erase(session_id)
    except GatewayError as error:
        return {**case, "antwoord": f"FOUT: {error}", "mist": case["moet_bevatten"],
                "mist_letterlijk": case["moet_bevatten"], "mist_heel_woord": case["moet_bevatten"],
                "eerste_mist": case["moet_bevatten"]}
    bubbles = [m["text"] for m in reply["messages"]]
    return {
        **case,
        "antwoord": " | ".join(bubbles),
        "mist": missing(case, " ".join(bubbles)),
        "mist_letterlijk": missing(case, " ".join(bubbles), strict=True),
        "mist_heel_woord": missing(case, " ".join(bubbles), whole_words=True),
        "eerste_mist": missing(case, bubbles[0] if bubbles else ""),
    }


async def play(url: str, token: str, cases: list[dict], gemeente: str | None = None,
               taal: str | None = None) -> list[dict]:
    limit = asyncio.Semaphore(CONCURRENCY)
    async with GatewayClient(url, tester_token=token) as client:
        async def one(case):
            async with limit:
                return await ask(client, case, gemeente, taal)

        return await asyncio.gather(*(one(c) for c in cases))


def report(results: list[dict], alleen_aandeel: bool = False) -> float:
    """Print the shares; with ``alleen_aandeel`` nothing else (the blind set: one number, no misses read)."""
    n = len(results)
    answered = sum(not r["mist"] for r in results)
    first = sum(not r["eerste_mist"] for r in results)
    letterlijk = sum(not r["mist_letterlijk"] for r in results)
    heel_woord = sum(not r["mist_heel_woord"] for r in results)
    print(f"=== Wegwijs answers benchmark: {n} first messages ({machine()}) ===")
    print(f"answered (the whole first reply):  {answered / n:.3f}  ({answered}/{n}; goal {GOAL:.2f})")
    print(f"answered in the first bubble:      {first / n:.3f}  ({first}/{n})")
    print(f"answered, only the exact strings:  {letterlijk / n:.3f}  ({letterlijk}/{n}; no split 'geef ... door')")
    print(f"answered, short strings as words:  {heel_woord / n:.3f}  ({heel_woord}/{n}; 'ja' not in 'jaar', '28' not in "
          f"'280')")
    print(f"different first replies:           {len({r['antwoord'] for r in results})}")
    if alleen_aandeel:
        return answered / n
    per_topic = defaultdict(list)
    for r in results:
        per_topic[r["onderwerp"]].append(not r["mist"])
    print("per topic (answered/asked):")
    for topic, oks in sorted(per_topic.items(), key=lambda kv: sum(kv[1]) / len(kv[1])):
        print(f"  {topic:22s} {sum(oks):3d}/{len(oks):<3d}")
    print("misses (message -> missing facts -> reply):")
    for r in results:
        if r["mist"]:
            print(f"  [{r['onderwerp']}] {r['tekst']!r}\n      mist {r['mist']}\n      kreeg {r['antwoord'][:220]!r}")
    return answered / n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running Wegwijs (needs --token, a tester token); default: start one")
    ap.add_argument("--token", help="tester token for --url")
    ap.add_argument("--only", help="only this topic (onderwerp)")
    ap.add_argument("--json", help="write every reply and verdict to this file")
    ap.add_argument("--gemeente", default=DEFAULT_GEMEENTE,
                    help=f"the gemeente of every conversation (default {DEFAULT_GEMEENTE}: no policy of its own, the "
                         "national rules; voorbeeldstad as before session 9); a case's own gemeente wins")
    ap.add_argument("--model", type=Path, help="the model of the assistant this bench starts: a *.tar.gz file, or a "
                    "folder (its newest *.tar.gz); default the newest in models/ or WEGWIJS_MODELS. Not with --url")
    ap.add_argument("--set", type=Path, default=BLIND_SET, help=f"the messages (default {BLIND_SET.name}; tuning: "
                    f"{TUNING_SET.relative_to(ROOT)}, {TUNING_SET_S5.relative_to(ROOT)})")
    ap.add_argument("--alleen-aandeel", action="store_true",
                    help="print only the shares, no topics and no misses (for the blind set)")
    ap.add_argument("--taal", choices=sorted(SETS), help="start every session in this language; 'en' without "
                    "--set plays the English tuning set")
    args = ap.parse_args()
    if args.taal == "en" and args.set == BLIND_SET:
        args.set = SETS["en"][1]
    if args.set.resolve() in {path.resolve() for path in SETS["en"]}:
        args.taal = "en"
    if args.set.name in BLIND_SETS:
        args.alleen_aandeel, args.json = True, None  # written blind: one number, no message or miss is read
    if args.model and args.url:
        ap.error("--model chooses the model of the Wegwijs this bench starts; a running one (--url) has its own")
    cases = load(args.set, only=args.only)
    if args.url:
        results = asyncio.run(play(args.url, args.token, cases, args.gemeente, args.taal))
    else:
        from beheer.spelen import own_assistant

        with tempfile.TemporaryDirectory(prefix="wegwijs-answers-") as var:
            if args.model:
                try:  # the started assistant reads its settings (WEGWIJS_MODELS among them) from the environment
                    os.environ["WEGWIJS_MODELS"] = str(models_dir_for(args.model, Path(var) / "bench"))
                except ValueError as error:
                    ap.error(str(error))
            print(f"model: {os.environ.get('WEGWIJS_MODELS', ROOT / 'models')} (newest *.tar.gz); "
                  f"gemeente: {args.gemeente}", flush=True)
            with own_assistant(Path(var) / "wegwijs") as (url, token):
                results = asyncio.run(play(url, token, cases, args.gemeente, args.taal))
    share = report(results, args.alleen_aandeel)
    if args.json:
        Path(args.json).write_text(json.dumps({"share": share, "results": results}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
