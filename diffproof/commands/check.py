"""``diffproof check [--bank FILE] QUESTION ANSWER`` and ``diffproof check --batch FILE``: judge students' formulas.

Exit status for one answer: 0 correct, 1 wrong, 2 invalid input or usage, 3 undecided, 70 internal error.
A batch exits 0 once every row has a judgement (they are in the output), 2 when a file cannot be read.
Nothing heavy is imported until :func:`run`: ``--help`` and usage errors cost no SymPy.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

#: Default time allowed for one check, in seconds (:data:`diffproof.answers.limits.DEFAULT_SECONDS`).
DEFAULT_SECONDS = 5.0
#: The columns of a batch: an identifier, the question (``quantity`` is accepted too) and the answer.
FIELDS = ("id", "question", "answer")
#: The columns a graded CSV adds.
GRADED = ("verdict", "reason", "diagnosis", "feedback", "counterexample")


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
        description="Judge ANSWER (LaTeX, plain text or Unicode) against the reference formula of QUESTION "
        "(a built-in quantity, or a question of --bank). An answer may start with '-'.",
    )
    parser.add_argument(
        "quantity", nargs="?", metavar="QUESTION", help="a name from 'diffproof quantities' or the bank"
    )
    parser.add_argument("answer", nargs="?", metavar="ANSWER", help="the formula, e.g. 'sqrt(abar_t)*x0'")
    parser.add_argument("--bank", metavar="FILE", help="a TOML question bank (see the README)")
    parser.add_argument(
        "--batch", metavar="FILE", help="a CSV (header id,question,answer) or JSONL file of answers to grade"
    )
    parser.add_argument("--output", metavar="FILE", help="with --batch: write the graded rows as CSV (or .jsonl)")
    parser.add_argument(
        "--jobs", type=int, default=0, metavar="N", help="with --batch: worker processes (default: every core)"
    )
    add_common_arguments(parser)
    parser.set_defaults(run=run)


def limits_from(args: argparse.Namespace, command: str):
    """The limits asked for, or None after printing a usage error."""
    from diffproof.answers.limits import Limits

    try:
        return Limits(seconds=args.timeout)
    except ValueError as error:
        print(f"diffproof {command}: --timeout: {error}", file=sys.stderr)
        return None


def print_judgement(judgement, as_json: bool, **fields) -> None:
    from diffproof.answers.feedback import describe

    if as_json:
        print(json.dumps({**fields, **judgement.to_json()}, indent=2))
    elif judgement.verdict is None:
        print(describe(judgement), file=sys.stderr)
    else:
        print(describe(judgement))


def load_bank(path: str | None, limits, command: str = "check"):
    """Read and check the bank (its judgements in a worker); None after printing the errors."""
    if path is None:
        return True
    from diffproof.answers.bank import BankError, check_file, load
    from diffproof.answers.limits import Failure, Limits, Worker

    try:
        bank = load(path)
    except BankError as error:
        print(f"diffproof {command}: --bank: {error}", file=sys.stderr)
        return None
    budget = Limits(seconds=min(3600, limits.seconds * (2 + sum(1 + len(q.feedback) for q in bank.questions.values()))))
    with Worker(check_file, budget) as worker:
        errors = worker.run(path)
    if isinstance(errors, Failure):
        errors = [f"{path}: checking the bank {errors.value}"]
    for error in errors:
        print(f"diffproof {command}: --bank: {error}", file=sys.stderr)
    return None if errors else bank


def run(args: argparse.Namespace) -> int:
    limits = limits_from(args, "check")
    if limits is None:
        return 2
    if args.jobs < 0:
        print("diffproof check: --jobs: expected a positive number of workers", file=sys.stderr)
        return 2
    if args.batch is not None:
        if args.quantity is not None:
            print("diffproof check: give either --batch FILE or QUESTION ANSWER, not both", file=sys.stderr)
            return 2
        if not Path(args.batch).is_file():
            print(f"diffproof check: --batch: no such file {args.batch!r}", file=sys.stderr)
            return 2
        if load_bank(args.bank, limits) is None:
            return 2
        return run_batch(Path(args.batch), args, limits)
    if args.quantity is None or args.answer is None:
        print("diffproof check: expected QUESTION ANSWER (or --batch FILE)", file=sys.stderr)
        return 2
    bank = load_bank(args.bank, limits)
    if bank is None:
        return 2
    from diffproof.answers.grading import CheckTask, judgements, question
    from diffproof.answers.questions import UnknownQuestion

    try:
        question(args.quantity, args.bank)
    except UnknownQuestion as error:
        print(f"diffproof check: {error}", file=sys.stderr)
        return 2
    (judgement,) = judgements([CheckTask(args.quantity, args.answer, args.bank)], limits)
    print_judgement(judgement, args.json, quantity=args.quantity, answer=args.answer)
    return judgement.exit_code


# ---------------------------------------------------------------------- batch


def read_rows(path: Path) -> Iterator[tuple[dict, str | None]]:
    """(row, problem) per row: the row's fields, and why it cannot be graded (None when it can)."""
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
                yield {"id": f"line {number}"}, f"line {number} is not JSON: {error.msg}"
                continue
            yield _row(row, f"line {number}")


def _row(row: object, where: str) -> tuple[dict, str | None]:
    if not isinstance(row, dict):
        return {"id": where}, f"{where}: expected an object with fields {', '.join(FIELDS)}"
    row = {key: value for key, value in row.items() if key is not None}
    if "question" not in row and "quantity" in row:
        row["question"] = row["quantity"]
    row["id"] = str(row.get("id") or where)
    missing = [name for name in FIELDS[1:] if not isinstance(row.get(name), str)]
    if missing:
        return row, f"{where}: missing or non-text field {', '.join(missing)}"
    return row, None


class Progress:
    """``graded 120/10000 (41.3 answers/s, about 4 min left)`` on stderr, when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.start, self.shown = total, enabled, time.monotonic(), 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.shown < 0.2 and done < self.total):
            return
        self.shown = now
        rate = done / max(now - self.start, 1e-9)
        left = (self.total - done) / rate if rate > 0 else 0
        print(
            f"\rgraded {done}/{self.total} ({rate:.1f} answers/s, about {left / 60:.1f} min left)  ",
            end="",
            file=sys.stderr,
        )
        if done == self.total:
            print(file=sys.stderr)


def run_batch(path: Path, args: argparse.Namespace, limits) -> int:
    from diffproof.answers.grading import CheckTask, judgements
    from diffproof.answers.judge import INVALID, Judgement

    try:
        rows = list(read_rows(path))
    except OSError as error:
        print(f"diffproof check: --batch: cannot read {str(path)!r}: {error.strerror}", file=sys.stderr)
        return 2
    output = None
    if args.output is not None:
        try:
            output = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
        except OSError as error:
            print(f"diffproof check: --output: cannot write {args.output!r}: {error.strerror}", file=sys.stderr)
            return 2
    tasks = [CheckTask(row["question"], row["answer"], args.bank) for row, problem in rows if problem is None]
    jobs = args.jobs or os.cpu_count() or 1
    results = iter(judgements(tasks, limits, jobs=min(jobs, max(1, len(tasks)))))
    counts: Counter[str] = Counter()
    progress = Progress(len(rows), sys.stderr.isatty())
    writer = _writer(output, args.output, rows, args.json)
    for done, (row, problem) in enumerate(rows, start=1):
        judgement = next(results) if problem is None else Judgement.invalid(problem)
        counts[judgement.word] += 1
        writer(row, judgement)
        progress.update(done)
    if output is not None:
        output.close()
    summary = {word: counts[word] for word in ("correct", "wrong", "undecided", INVALID)}
    if args.json and output is None:
        print(json.dumps({"summary": {"rows": len(rows), **summary}}))
    else:
        print(
            ("\n" if output is None else "")
            + f"{len(rows)} rows: "
            + ", ".join(f"{count} {name}" for name, count in summary.items()),
            file=sys.stdout if output is None else sys.stderr,
        )
    return 0


def _writer(output, name: str | None, rows: list, as_json: bool):
    """A function writing one graded row: CSV or JSONL to ``output``, else text or JSON lines to stdout."""
    if output is not None and not name.lower().endswith((".jsonl", ".json")):
        columns = list(dict.fromkeys(key for row, _ in rows for key in row))
        writer = csv.DictWriter(output, fieldnames=[*columns, *GRADED], extrasaction="ignore")
        writer.writeheader()

        def write_csv(row: dict, judgement) -> None:
            example = judgement.counterexample
            writer.writerow(
                {
                    **row,
                    "verdict": judgement.word,
                    "reason": judgement.reason,
                    "diagnosis": judgement.diagnosis,
                    "feedback": judgement.feedback,
                    "counterexample": "" if example is None else example.describe(),
                }
            )

        return write_csv

    def write_json(row: dict, judgement) -> None:
        line = json.dumps(
            {**{k: v for k, v in row.items() if k in ("id", "question", "answer")}, **judgement.to_json()}
        )
        if output is not None:
            output.write(line + "\n")
        elif as_json:
            print(line, flush=True)
        else:
            extra = "".join(f"\t{text}" for text in (judgement.diagnosis, judgement.feedback) if text)
            print(f"{row['id']}\t{judgement.word}\t{judgement.reason}{extra}", flush=True)

    return write_json
