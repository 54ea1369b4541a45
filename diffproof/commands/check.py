"""``diffproof check QUANTITY ANSWER`` and ``diffproof check --batch FILE``: judge students' formulas.

Exit status for one answer: 0 correct, 1 wrong, 2 invalid input or usage, 3 undecided.
A batch exits 0 once every row has a verdict (the verdicts are in the output), 2 when
the file cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from diffproof.answers import quantities
from diffproof.answers.feedback import describe
from diffproof.answers.grading import CheckTask, verdicts
from diffproof.answers.judge import Status, Verdict
from diffproof.answers.limits import DEFAULT_SECONDS, Limits

FIELDS = ("id", "quantity", "answer")


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_SECONDS,
        metavar="SECONDS",
        help=f"time allowed per answer; slower checks are 'undecided' (default {DEFAULT_SECONDS:g})",
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="judge a student's formula for a quantity (see 'diffproof quantities')",
        description="Judge ANSWER (LaTeX or plain text) against the reference formula of QUANTITY. "
        "Put options before QUANTITY, and '--' before an answer that starts with '-'.",
    )
    parser.add_argument("quantity", nargs="?", metavar="QUANTITY", help="a name from 'diffproof quantities'")
    parser.add_argument("answer", nargs="?", metavar="ANSWER", help="the formula, e.g. 'sqrt(abar_t)*x0'")
    parser.add_argument("--batch", metavar="FILE", help="a JSONL or CSV file of rows with fields id, quantity, answer")
    add_common_arguments(parser)
    parser.set_defaults(run=run)


def limits_from(args: argparse.Namespace, command: str) -> Limits | None:
    """The limits asked for, or None after printing a usage error."""
    try:
        return Limits(seconds=args.timeout)
    except ValueError as error:
        print(f"diffproof {command}: --timeout: {error}", file=sys.stderr)
        return None


def print_verdict(verdict: Verdict, as_json: bool, **fields) -> None:
    if as_json:
        print(json.dumps({**fields, **verdict.to_json()}, indent=2))
    elif verdict.status is Status.INVALID:
        print(describe(verdict), file=sys.stderr)
    else:
        print(describe(verdict))


def run(args: argparse.Namespace) -> int:
    limits = limits_from(args, "check")
    if limits is None:
        return 2
    if args.batch is not None:
        if args.quantity is not None:
            print("diffproof check: give either --batch FILE or QUANTITY ANSWER, not both", file=sys.stderr)
            return 2
        return run_batch(Path(args.batch), args.json, limits)
    if args.quantity is None or args.answer is None:
        print("diffproof check: expected QUANTITY ANSWER (or --batch FILE)", file=sys.stderr)
        return 2
    try:
        quantities.get(args.quantity)
    except quantities.UnknownQuantity as error:
        print(f"diffproof check: {error}", file=sys.stderr)
        return 2
    (verdict,) = verdicts([CheckTask(args.quantity, args.answer)], limits)
    print_verdict(verdict, args.json, quantity=args.quantity, answer=args.answer)
    return verdict.status.exit_code


# ---------------------------------------------------------------------- batch


def read_rows(path: Path) -> Iterator[tuple[str, CheckTask | str]]:
    """(id, task) per row, or (id, message) for a row that cannot be read; JSONL unless the name ends in .csv."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        if path.suffix.lower() == ".csv":
            for number, row in enumerate(csv.DictReader(handle), start=2):
                yield _row(row, f"line {number}")
            return
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield f"line {number}", f"line {number} is not JSON: {error.msg}"
                continue
            yield _row(row, f"line {number}")


def _row(row: object, where: str) -> tuple[str, CheckTask | str]:
    if not isinstance(row, dict):
        return where, f"{where}: expected an object with fields {', '.join(FIELDS)}"
    identifier = str(row.get("id") or where)
    missing = [name for name in FIELDS[1:] if not isinstance(row.get(name), str)]
    if missing:
        return identifier, f"{where}: missing or non-text field {', '.join(missing)}"
    return identifier, CheckTask(row["quantity"], row["answer"])


def run_batch(path: Path, as_json: bool, limits: Limits) -> int:
    if not path.is_file():
        print(f"diffproof check: --batch: no such file {str(path)!r}", file=sys.stderr)
        return 2
    try:
        rows = list(read_rows(path))
    except OSError as error:
        print(f"diffproof check: --batch: cannot read {str(path)!r}: {error.strerror}", file=sys.stderr)
        return 2
    tasks = [task for _, task in rows if isinstance(task, CheckTask)]
    results = iter(verdicts(tasks, limits))
    counts: Counter[str] = Counter()
    for identifier, task in rows:
        if isinstance(task, CheckTask):
            verdict = next(results)
            fields = {"id": identifier, "quantity": task.quantity, "answer": task.answer}
        else:
            verdict = Verdict(Status.INVALID, task)
            fields = {"id": identifier}
        counts[verdict.status.value] += 1
        if as_json:
            print(json.dumps({**fields, **verdict.to_json()}))
        else:
            print(
                f"{identifier}\t{verdict.status.value}\t{verdict.reason}"
                + (f"\t{verdict.note}" if verdict.note else "")
            )
        sys.stdout.flush()
    summary = {status.value: counts[status.value] for status in Status}
    if as_json:
        print(json.dumps({"summary": {"rows": len(rows), **summary}}))
    else:
        print(f"\n{len(rows)} rows: " + ", ".join(f"{count} {name}" for name, count in summary.items()))
    return 0
