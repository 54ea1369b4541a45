"""``diffproof verify-tex FILE ... [--json] [--strict] [--timeout S]``: check the steps of LaTeX or Markdown notes.

Exit status: 0 when no step is refuted and the notes read cleanly (with
``--strict``, also none undecided); 1 otherwise; 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, NotesReport, check_notes
from diffproof.notes import read_notes

SUFFIXES = {".tex": False, ".ltx": False, ".md": True, ".markdown": True}


def register(subparsers) -> None:
    parser = subparsers.add_parser("verify-tex", help="check the derivation steps of LaTeX or Markdown notes")
    parser.add_argument("files", nargs="+", metavar="FILE", help="notes: .tex or .md files")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--strict", action="store_true", help="an undecided step is a failure")
    parser.add_argument("--timeout", type=float, default=5.0, metavar="S", help="time limit per step (default 5 s)")
    parser.set_defaults(run=run)


def _print(path: str, report: NotesReport) -> None:
    for problem in report.problems:
        print(f"{path}:{problem.line}: error: {problem.message}")
    for result in report.results:
        step = result.step
        print(f"{path}:{step.line}: {result.status}: {step.lhs} {step.relation} {step.rhs}")
        if result.status != PROVED or result.reason:
            print(f"    {result.reason}")
        if result.counterexample is not None:
            example = result.counterexample
            print(f"    counterexample {example.describe()} (reference = {example.lhs}, answer = {example.rhs})")
            print(f"    read as: {result.lhs_latex}  {step.relation}  {result.rhs_latex}")
    print(
        f"{path}: {len(report.results)} steps: {report.count(PROVED)} proved, {report.count(REFUTED)} refuted, "
        f"{report.count(UNDECIDED)} undecided; {len(report.problems)} problems"
    )


def run(args: argparse.Namespace) -> int:
    try:
        limits = Limits(seconds=args.timeout)
    except ValueError as error:
        print(f"diffproof verify-tex: --timeout: {error}", file=sys.stderr)
        return 2
    texts = {}
    for name in args.files:
        path = pathlib.Path(name)
        if path.suffix not in SUFFIXES:
            print(f"diffproof verify-tex: {name}: expected a .tex or .md file", file=sys.stderr)
            return 2
        try:
            texts[name] = read_notes(path.read_text(encoding="utf-8"), markdown=SUFFIXES[path.suffix])
        except (OSError, UnicodeDecodeError) as error:
            print(f"diffproof verify-tex: cannot read {name}: {error}", file=sys.stderr)
            return 2
    reports = {name: check_notes(notes, limits) for name, notes in texts.items()}
    ok = all(report.passed(args.strict) for report in reports.values())
    if args.json:
        document = {
            "passed": ok,
            "strict": args.strict,
            "files": [
                {
                    "file": name,
                    "steps": [r.to_json() for r in report.results],
                    "problems": [{"line": p.line, "message": p.message} for p in report.problems],
                }
                for name, report in reports.items()
            ],
        }
        print(json.dumps(document, indent=2))
    else:
        for name, report in reports.items():
            _print(name, report)
    return 0 if ok else 1
