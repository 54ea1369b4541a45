"""Checking time per answer over the graded corpus: in process, in one reused worker, in a fresh worker each.

Run ``python benchmarks/answers.py``.  Prints median and worst seconds per answer
and their ratio to a baseline measured in the same process (parsing the same
answers without judging them), so that figures compare across machines.  The
last line times five whole CLI calls, interpreter and SymPy import included.
Targets of issue 6: median under 0.2 s, worst under 2 s.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from diffproof.answers import quantities
from diffproof.answers.grading import CheckTask, check, verdicts
from diffproof.answers.limits import Limits
from diffproof.answers.notation import parse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "answers"


def load() -> list[CheckTask]:
    tasks = []
    for name in ("corpus.jsonl", "corpus_sections.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["quantity"] in quantities.BY_NAME:
                tasks.append(CheckTask(row["quantity"], row["answer"]))
    return tasks


def timed(function, items) -> list[float]:
    seconds = []
    for item in items:
        start = time.perf_counter()
        function(item)
        seconds.append(time.perf_counter() - start)
    return seconds


def in_worker(tasks: list[CheckTask], fresh: bool) -> list[float]:
    """Seconds per task through :func:`verdicts`: one worker for all, or a new one per task."""
    limits = Limits(seconds=30)
    if fresh:
        return timed(lambda task: list(verdicts([task], limits)), tasks)
    seconds = []
    start = time.perf_counter()
    for _ in verdicts(tasks, limits):
        now = time.perf_counter()
        seconds.append(now - start)
        start = now
    return seconds


def cli(task: CheckTask) -> None:
    """``python -m diffproof check QUANTITY -- ANSWER`` in a new interpreter."""
    command = [sys.executable, "-m", "diffproof", "check", task.quantity, "--", task.answer]
    subprocess.run(command, capture_output=True, check=False, cwd=CORPUS.parent.parent.parent)


def main() -> None:
    tasks = load()
    baseline = timed(lambda t: parse(t.answer, quantities.get(t.quantity).vocabulary), tasks)
    # workers first: they fork from a process whose SymPy cache has not seen the judgements
    runs = {
        "parse only (baseline)": baseline,
        "check, fresh worker per answer": in_worker(tasks, fresh=True),
        "check, one reused worker (batch)": in_worker(tasks, fresh=False),
        "check, in process": timed(lambda t: check(t.quantity, t.answer), tasks),
        "one CLI call (interpreter start)": timed(cli, tasks[:5]),
    }
    base = statistics.median(baseline)
    print(f"{len(tasks)} answers of the corpus\n")
    print(f"{'mode':<36} {'median s':>9} {'worst s':>9} {'total s':>8} {'median / baseline':>18}")
    for mode, seconds in runs.items():
        median = statistics.median(seconds)
        print(f"{mode:<36} {median:9.4f} {max(seconds):9.4f} {sum(seconds):8.2f} {median / base:18.1f}")
    slowest = sorted(zip(runs["check, in process"], tasks), key=lambda pair: -pair[0])[:3]
    print("\nslowest in process: " + "; ".join(f"{t.quantity} {s:.3f} s" for s, t in slowest))


if __name__ == "__main__":
    main()
