"""The answer checker on its graded corpus: accuracy, false accepts, and the time per answer.

Run ``python benchmarks/answers.py``.  Prints the confusion of expected and judged verdicts over every
corpus row (built-in and bank questions), then the median and worst seconds per answer in process, in one
reused worker and in a fresh worker per answer, with their ratio to a baseline measured in the same run
(reading the same answers without judging them), so that figures compare across machines.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffproof.answers.grading import CheckTask, check, judgements, question  # noqa: E402
from diffproof.answers.limits import Limits  # noqa: E402
from diffproof.answers.notation import read  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "answers"
BANK = str(ROOT / "examples" / "course_bank.toml")
FILES = ("corpus.jsonl", "corpus_sections.jsonl", "corpus_more.jsonl", "corpus_bank.jsonl")


def load() -> list[dict]:
    rows = []
    for name in FILES:
        rows += [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]
    return rows


def task(row: dict) -> CheckTask:
    return CheckTask(row["quantity"], row["answer"], BANK if row.get("bank") else None)


def timed(function, items) -> list[float]:
    seconds = []
    for item in items:
        start = time.perf_counter()
        function(item)
        seconds.append(time.perf_counter() - start)
    return seconds


def in_worker(tasks: list[CheckTask], fresh: bool) -> list[float]:
    limits = Limits(seconds=30)
    if fresh:
        return timed(lambda one: list(judgements([one], limits)), tasks)
    seconds, start = [], time.perf_counter()
    for _ in judgements(tasks, limits):
        now = time.perf_counter()
        seconds.append(now - start)
        start = now
    return seconds


def accuracy(rows: list[dict]) -> None:
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        confusion[(row["expected"], check(row["quantity"], row["answer"], task(row).bank).word)] += 1
    total = len(rows)
    right = confusion[("correct", "correct")] + confusion[("wrong", "wrong")]
    print(f"{total} graded answers ({sum(r['expected'] == 'wrong' for r in rows)} wrong, "
          f"{sum(not r['answer'].isascii() for r in rows)} in Unicode, "
          f"{sum(chr(92) not in r['answer'] and r['answer'].isascii() for r in rows)} in plain text)")  # fmt: skip
    print(f"accuracy {right}/{total} = {right / total:.1%}")
    print(f"false accepts (wrong judged correct): {confusion[('wrong', 'correct')]}")
    print(f"false alarms (correct judged wrong):  {confusion[('correct', 'wrong')]}")
    print("confusion (expected -> judged): " + ", ".join(f"{e}->{j}: {n}" for (e, j), n in sorted(confusion.items())))


def main() -> None:
    rows = load()
    tasks = [task(row) for row in rows]
    accuracy(rows)
    baseline = timed(lambda t: read(t.answer, question(t.quantity, t.bank).vocabulary), tasks)
    runs = {
        "read only (baseline)": baseline,
        "check, fresh worker per answer": in_worker(tasks[:40], fresh=True),
        "check, one reused worker": in_worker(tasks, fresh=False),
        "check, in process": timed(lambda t: check(t.quantity, t.answer, t.bank), tasks),
    }
    base = statistics.median(baseline)
    print(f"\n{'mode':<34} {'median s':>9} {'p90 s':>8} {'worst s':>8} {'median / baseline':>18}")
    for mode, seconds in runs.items():
        median, p90 = statistics.median(seconds), sorted(seconds)[int(0.9 * len(seconds))]
        print(f"{mode:<34} {median:9.4f} {p90:8.4f} {max(seconds):8.3f} {median / base:18.1f}")


if __name__ == "__main__":
    main()
