"""Grading a course's export: N answers (default 10 000) through ``diffproof check --batch`` with 1 and 2 workers.

Run ``python benchmarks/answers_batch.py [N]``.  The answers are the graded corpus's, repeated in a shuffled
order (seeded) to N rows of an LMS-style CSV (id, question, answer).  Prints the seconds, the answers per
second and the cost per answer for each number of workers, and the speed-up of two workers over one.
The one-worker run grades the first N/5 rows only (the per-answer cost is what matters), to keep the run short.
"""

from __future__ import annotations

import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "answers"


def export(path: Path, rows: int) -> None:
    answers = []
    for name in ("corpus.jsonl", "corpus_sections.jsonl", "corpus_more.jsonl"):
        answers += [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]
    chosen = random.Random(0).choices(answers, k=rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "question", "answer"])
        for number, row in enumerate(chosen):
            writer.writerow([f"s{number}", row["quantity"], row["answer"]])


def grade(source: Path, jobs: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the command and its workers) of grading ``source`` with ``jobs`` workers."""
    output = source.with_suffix(f".graded{jobs}.csv")
    command = [sys.executable, "-m", "diffproof", "check", "--batch", str(source), "--jobs", str(jobs),
               "--output", str(output)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        full, part = Path(folder) / "export.csv", Path(folder) / "part.csv"
        export(full, rows)
        export(part, rows // 5)
        one, one_cpu = grade(part, 1)
        two, two_cpu = grade(full, 2)
    per_one, per_two = one / (rows // 5), two / rows
    print(f"1 worker:  {rows // 5} answers in {one:.1f} s, {1 / per_one:.1f} answers/s, {per_one * 1000:.1f} ms per "
          f"answer (CPU {one_cpu / (rows // 5) * 1000:.1f} ms per answer)")  # fmt: skip
    print(f"2 workers: {rows} answers in {two:.1f} s ({two / 60:.1f} min), {1 / per_two:.1f} answers/s, "
          f"{per_two * 1000:.1f} ms per answer (CPU {two_cpu / rows * 1000:.1f} ms per answer)")  # fmt: skip
    print(f"speed-up of 2 workers over 1 (wall clock): {per_one / per_two:.2f}")
    print(f"load average after the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (on a shared machine each "
          "worker gets less than a core)")  # fmt: skip


if __name__ == "__main__":
    main()
