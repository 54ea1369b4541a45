"""Benchmark: the CPU time of the kernel's slowest steps in the test suite, against a plain step judged in the same run.

Each hot path is one step of a note judged in this process (its reading is not timed): the KL step of a model whose
row a sentence denies (rt45a-20: its difference expands from hundreds of operations to hundreds of thousands), and
a term dropped under argmax from an expectation under a reverse law given x_0 (red team 53b's held-out note).  The
floor is a plain step of algebra judged the same way.  CPU time (``time.process_time``), not wall time: the machine
may be shared.  Figures are each path's CPU seconds over the floor's.  Usage: ``python benchmarks/kernel_hot_paths.py
[--json]``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from diffproof.notecheck import StepTask, Timeline, judge_task, reading_of
from diffproof.notes import read_notes

NOTES = Path(__file__).resolve().parent.parent / "tests" / "data" / "notes" / "redteam_laws"

_REVERSE_LAW = "q(x_1 \\mid x_2, x_0)"
_TERMS = f"\\ln p_\\theta(x_0 \\mid x_1) + \\ln {_REVERSE_LAW}"

#: Each hot path: a Markdown note and the index of its step timed.
HOT_PATHS: dict[str, tuple[str, int]] = {
    "a KL of Gaussians under a denied model (rt45a-20)": (
        (NOTES / "rt45a-20-not-modelled-as-follows-proved.md").read_text(encoding="utf-8"),
        2,
    ),
    "a term dropped under a reverse law given x_0": (
        "<!-- diffproof: context ddpm -->\nThen\n\n$$\n"
        f"\\operatorname{{argmax}}_\\theta \\mathbb{{E}}_{{{_REVERSE_LAW}}}\\left[{_TERMS}\\right] = "
        f"\\operatorname{{argmax}}_\\theta \\mathbb{{E}}_{{{_REVERSE_LAW}}}\\left[\\ln p_\\theta(x_0 \\mid x_1)\\right]\n$$\n",
        0,
    ),
}
FLOOR = ("Then\n\n$$\n(a + b)^2 = a^2 + 2 a b + b^2\n$$\n", 0)


def cpu_seconds(text: str, index: int) -> tuple[float, str]:
    """The CPU seconds of judging step ``index`` of the Markdown note ``text``, and its verdict."""
    reading = reading_of(Timeline.of(read_notes(text, markdown=True)))
    start = time.process_time()
    outcome = judge_task(StepTask(reading, index, frozenset()))
    return time.process_time() - start, getattr(outcome, "status", type(outcome).__name__)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    floor, _ = cpu_seconds(*FLOOR)
    figures = {"floor (a plain step of algebra)": {"cpu_seconds": round(floor, 3), "ratio": 1.0}}
    for name, (text, index) in HOT_PATHS.items():
        seconds, verdict = cpu_seconds(text, index)
        figures[name] = {"cpu_seconds": round(seconds, 3), "ratio": round(seconds / floor, 1), "verdict": verdict}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, figure in figures.items():
        print(f"{name:52s} {figure['cpu_seconds']:8.2f} s CPU  {figure['ratio']:7.1f}x the floor")


if __name__ == "__main__":
    main()
