"""`make audit`: known vulnerabilities in the pinned packages of requirements.lock.

Runs pip-audit in its own tool environment (uv tool run): pip-audit needs
packaging>=23 and Rasa 3.6 pins packaging<21, so it cannot live in .venv.
pip-audit asks PyPI's JSON API for advisories of each pinned version.

Every advisory listed in audit/accepted.toml is passed with --ignore-vuln.
Exit status:
  0  no open findings (every finding is fixed or accepted with a reason)
  1  open findings, or a problem in audit/accepted.toml
  2  the audit could not run (e.g. the vulnerability service is unreachable);
     nothing was checked, so this never counts as a pass
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # Python 3.10: tomli is in the lock (via pytest)
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
ACCEPTED = ROOT / "audit" / "accepted.toml"
PIP_AUDIT = "pip-audit==2.10.1"
REQUIRED = ("package", "version", "ids", "reason", "reviewed")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)")
WIDTH = 100


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(lock: Path) -> dict[str, str]:
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            pins[normalise(match.group(1))] = match.group(2)
    return pins


def read_accepted(path: Path, pins: dict[str, str]) -> tuple[list[dict], list[str]]:
    """The accepted entries and every problem with them (missing fields, stale versions)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries, problems, seen = data.get("accepted", []), [], {}
    for number, entry in enumerate(entries, 1):
        where = f"{path.relative_to(ROOT)} entry {number} ({entry.get('package', '?')})"
        missing = [key for key in REQUIRED if not entry.get(key)]
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
            continue
        if not isinstance(entry["ids"], list) or not all(isinstance(i, str) for i in entry["ids"]):
            problems.append(f"{where}: ids must be a list of strings")
            continue
        if len(" ".join(entry["reason"].split())) < 40:
            problems.append(f"{where}: the reason is too short to review; say why it does not reach Wegwijs")
        try:
            dt.date.fromisoformat(str(entry["reviewed"]))
        except ValueError:
            problems.append(f"{where}: reviewed must be a date, YYYY-MM-DD")
        pinned = pins.get(normalise(entry["package"]))
        if pinned is None:
            problems.append(f"{where}: {entry['package']} is no longer in requirements.lock; remove the entry")
        elif pinned != str(entry["version"]):
            problems.append(
                f"{where}: reviewed for {entry['version']}, the lock now pins {pinned}; "
                "remove the entry if the upgrade fixed it, or review it again"
            )
        for vuln_id in entry["ids"]:
            if vuln_id in seen:
                problems.append(f"{where}: {vuln_id} is also in entry {seen[vuln_id]}")
            seen[vuln_id] = number
    return entries, problems


def pip_audit_command(uv: str, ignore: list[str], output: Path) -> list[str]:
    command = [
        uv, "tool", "run", "--from", PIP_AUDIT, "pip-audit",
        "--requirement", str(LOCK),
        "--no-deps", "--disable-pip",  # the lock is complete and pinned: audit exactly it
        "--strict",  # a package that could not be checked fails the audit
        "--vulnerability-service", "pypi",
        "--progress-spinner", "off",
        "--format", "json", "--output", str(output),
        "--desc", "on", "--aliases", "on",
    ]
    for vuln_id in ignore:
        command += ["--ignore-vuln", vuln_id]
    return command


def wrap(text: str, indent: str) -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=indent)


def summary_of(description: str) -> str:
    """The first sentence-ish line of an advisory, without Markdown headings."""
    for line in (description or "").splitlines():
        line = line.strip().lstrip("#").strip()
        if line and line.lower() not in ("summary", "impact", "details", "description"):
            return line[:200]
    return ""


def open_findings(report: dict, ignore: set[str]) -> list[tuple[str, str, dict]]:
    """Findings not accepted (pip-audit already leaves the accepted ones out; a --report may not)."""
    findings = []
    for dep in report.get("dependencies", []):
        for vuln in dep.get("vulns", []):
            if ignore.isdisjoint({vuln["id"], *vuln.get("aliases", [])}):
                findings.append((dep["name"], dep.get("version", "?"), vuln))
    return findings


def print_open(findings: list[tuple[str, str, dict]]) -> None:
    print(f"\nOpen findings ({len(findings)}):")
    for name, version, vuln in sorted(findings, key=lambda f: (f[0], f[2]["id"])):
        aliases = ", ".join(sorted(vuln.get("aliases", [])))
        fixes = ", ".join(vuln.get("fix_versions", [])) or "no fixed version"
        print(f"  {name} {version}  {vuln['id']}" + (f" ({aliases})" if aliases else ""))
        print(f"      fixed in: {fixes}")
        text = summary_of(vuln.get("description", ""))
        if text:
            print(wrap(text, "      "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uv", default=os.environ.get("UV", str(ROOT / ".venv" / "bin" / "uv")))
    parser.add_argument(
        "--report", type=Path, help="read a pip-audit JSON report instead of running pip-audit (for review)"
    )
    args = parser.parse_args(argv)

    pins = read_pins(LOCK)
    entries, problems = read_accepted(ACCEPTED, pins)
    ignore = [vuln_id for entry in entries for vuln_id in entry.get("ids", [])]
    print(f"Audit of {len(pins)} pinned packages in requirements.lock ({PIP_AUDIT}, PyPI advisories).")
    print(f"Accepted after review: {len(ignore)} advisories in {len(entries)} entries (audit/accepted.toml).")
    if problems:
        print("\naudit/accepted.toml needs attention:")
        for problem in problems:
            print(textwrap.fill(" ".join(problem.split()), WIDTH, initial_indent="  - ", subsequent_indent="    "))
        print("\nResult: FAILED (fix audit/accepted.toml first; pip-audit was not run)")
        return 1

    with tempfile.TemporaryDirectory(prefix="wegwijs-audit-") as tmp:
        output = Path(tmp) / "pip-audit.json"
        if args.report:
            status, output, log = 0, args.report, ""
        else:
            run = subprocess.run(
                pip_audit_command(args.uv, ignore, output),
                cwd=ROOT, capture_output=True, text=True,
            )
            status, log = run.returncode, run.stderr
        pip_audit_said = [line for line in log.splitlines() if line and "--no-deps is supported" not in line
                          and "pip-compile" not in line and not line.startswith("Installed ")]
        report = json.loads(output.read_text(encoding="utf-8")) if output.is_file() else None

    if report is None and status != 0:
        print("\npip-audit could not finish, so nothing was checked:")
        for line in pip_audit_said[-8:]:
            print(wrap(line, "  "))
        print(
            "\nResult: NOT AUDITED (exit 2). pip-audit needs PyPI's JSON API per version\n"
            "(https://pypi.org/pypi/<name>/<version>/json). Run `make audit` where that is reachable."
        )
        return 2

    for line in pip_audit_said:
        if line.startswith(("Found ", "No known vulnerabilities")):
            print(f"pip-audit: {line}")
    skipped = [d for d in (report or {}).get("dependencies", []) if d.get("skip_reason")]
    findings = open_findings(report or {}, set(ignore))
    if skipped:
        print(f"\nNot checked ({len(skipped)}):")
        for dep in skipped:
            print(wrap(f"{dep['name']}: {dep['skip_reason']}", "  "))
    if findings:
        print_open(findings)
        packages = sorted({name for name, _, _ in findings})
        print(
            f"\nResult: FAILED, {len(findings)} open finding(s) in {', '.join(packages)}.\n"
            "Upgrade (see audit/accepted.toml for how to check), or accept each id there\n"
            "with a reason tied to how Wegwijs uses the package and today's date."
        )
        return 1
    if skipped:
        print("\nResult: FAILED, some packages were not checked.")
        return 1
    if status != 0:
        print(f"\nResult: FAILED, pip-audit exited with {status}:")
        for line in pip_audit_said[-8:]:
            print(wrap(line, "  "))
        return 1
    print("\nResult: OK, no open findings (every known advisory is fixed or accepted with a reason).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
