"""Benchmark: ``diffproof verify-tex`` on the corpus of real notes, cold, warm and after editing one step.

Each run is a fresh interpreter with a cache folder of its own; the floor is an interpreter that
imports SymPy, NumPy and SciPy.  The edited run checks the corpus with one display of one note
changed (a copy of the note), so it must judge the steps whose text or statements in force changed
and read the others from the cache.  Figures are per 100 steps of the corpus's mix.
Usage: ``python benchmarks/notes.py [--json]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "notes" / "corpus"
#: The note edited for the third run, and the edit (one step's right side, made wrong).
EDITED, BEFORE, AFTER = "zh-diffusion-study-notes.md", r"\prod_{t=2}^T q(x_t|x_{t-1})", r"\prod_{t=1}^T q(x_t|x_{t-1})"


def timed(command: list[str]) -> tuple[float, dict]:
    """Wall time of ``command`` (a ``verify-tex --json`` run, exit 0 or 1) and its JSON document."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, json.loads(done.stdout)


def _cached(document: dict) -> int:
    return sum(step["cached"] for file in document["files"] for step in file["steps"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="diffproof-notes-bench-") as folder:
        notes = Path(folder, "notes")
        shutil.copytree(CORPUS, notes, ignore=shutil.ignore_patterns("*.toml", "README.md"))
        files = sorted(str(path) for path in notes.iterdir())
        command = [
            sys.executable,
            "-m",
            "diffproof",
            "verify-tex",
            *files,
            "--json",
            "--cache-dir",
            str(Path(folder, "c")),
        ]
        floor, _ = timed([sys.executable, "-c", "import json, sympy, numpy, scipy; print(json.dumps({}))"])
        cold, first = timed(command)
        warm, second = timed(command)
        edited_note = notes / EDITED
        text = edited_note.read_text(encoding="utf-8")
        if BEFORE not in text:
            raise SystemExit(f"{EDITED} no longer holds {BEFORE}: choose another edit")
        edited_note.write_text(text.replace(BEFORE, AFTER, 1), encoding="utf-8")
        edited, third = timed(command)
    steps = sum(len(file["steps"]) for file in first["files"])
    per100 = 100 / steps
    figures = {
        "steps": steps,
        "floor_seconds": round(floor, 2),
        "cold_seconds": round(cold, 2),
        "warm_seconds": round(warm, 2),
        "edited_seconds": round(edited, 2),
        "cold_seconds_per_100_steps": round(cold * per100, 1),
        "warm_seconds_per_100_steps": round(warm * per100, 2),
        "warm_vs_cold": round(warm / cold, 3),
        "warm_vs_floor": round(warm / floor, 2),
        "edited_vs_cold": round(edited / cold, 3),
        "read_from_cache": {"cold": _cached(first), "warm": _cached(second), "edited": _cached(third)},
        "warm_report_equals_cold": [[(s["line"], s["status"], s["reason"]) for s in f["steps"]] for f in first["files"]]
        == [[(s["line"], s["status"], s["reason"]) for s in f["steps"]] for f in second["files"]],
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"diffproof verify-tex, the corpus of real notes ({steps} steps)")
    print(f"  floor (interpreter + SymPy, NumPy, SciPy): {floor:6.2f} s")
    print(f"  cold (empty cache):  {cold:6.2f} s, {figures['cold_seconds_per_100_steps']} s per 100 steps")
    print(f"  warm (nothing changed): {warm:6.2f} s ({figures['read_from_cache']['warm']} verdicts from the cache)")
    print(f"  one step edited:     {edited:6.2f} s ({figures['read_from_cache']['edited']} from the cache)")
    print(f"  warm / cold = {figures['warm_vs_cold']}, warm / floor = {figures['warm_vs_floor']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
