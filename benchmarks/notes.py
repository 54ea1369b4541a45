"""Benchmark: ``diffproof verify-tex`` on the corpus of real notes, cold, warm and after editing one step.

Each run is a fresh interpreter with a cache folder of its own; the floor is an interpreter that
imports SymPy, NumPy and SciPy.  The edited runs check the corpus with one display of one note
changed (a copy of the note), so they judge every step of the edited note again (a step's verdict may
depend on anything its note says) and read the other notes' from the cache: an edit to one step of a
derivation, and an edit to a statement the later steps use (a chain that states the model).  Figures
are per 100 steps of the corpus's mix.
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
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "notes" / "corpus"


@dataclass(frozen=True)
class Edit:
    """One display of one note changed: the first occurrence of ``before`` in ``note`` becomes ``after``."""

    key: str
    name: str
    note: str
    before: str
    after: str


#: The edits measured after the warm run, each on the corpus as it is (one step's right side, made wrong).
EDITS = (
    Edit(
        "step",
        "one step edited",
        "ra1ndeer-elbo-derivation.md",
        r"\log \int \frac{q_{\phi}",
        r"\log \int \frac{p_{\phi}",
    ),
    Edit(
        "statement",
        "a statement edited",
        "zh-diffusion-study-notes.md",
        r"\prod_{t=2}^T q(x_t|x_{t-1})",
        r"\prod_{t=1}^T q(x_t|x_{t-1})",
    ),
)


def timed(command: list[str]) -> tuple[float, dict]:
    """Wall time of ``command`` (a ``verify-tex --json`` run, exit 0 or 1) and its JSON document."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, json.loads(done.stdout)


def edited_run(command: list[str], path: Path, edit: Edit) -> tuple[float, dict]:
    """The run with ``edit`` made to the note at ``path``, which is then restored."""
    text = path.read_text(encoding="utf-8")
    if edit.before not in text:
        raise SystemExit(f"{edit.note} no longer holds {edit.before}: choose another edit")
    path.write_text(text.replace(edit.before, edit.after, 1), encoding="utf-8")
    try:
        return timed(command)
    finally:
        path.write_text(text, encoding="utf-8")


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
        edited = {edit: edited_run(command, notes / edit.note, edit) for edit in EDITS}
    steps = sum(len(file["steps"]) for file in first["files"])
    per100 = 100 / steps
    figures = {
        "steps": steps,
        "floor_seconds": round(floor, 2),
        "cold_seconds": round(cold, 2),
        "warm_seconds": round(warm, 2),
        **{f"{edit.key}_edited_seconds": round(seconds, 2) for edit, (seconds, _) in edited.items()},
        "cold_seconds_per_100_steps": round(cold * per100, 1),
        "warm_seconds_per_100_steps": round(warm * per100, 2),
        "warm_vs_cold": round(warm / cold, 3),
        "warm_vs_floor": round(warm / floor, 2),
        **{f"{edit.key}_edited_vs_cold": round(seconds / cold, 3) for edit, (seconds, _) in edited.items()},
        "read_from_cache": {
            "cold": _cached(first),
            "warm": _cached(second),
            **{f"{edit.key}_edited": _cached(document) for edit, (_, document) in edited.items()},
        },
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
    for edit, (seconds, document) in edited.items():
        print(f"  {edit.name + ':':21s}{seconds:6.2f} s ({_cached(document)} verdicts from the cache)")
    print(f"  warm / cold = {figures['warm_vs_cold']}, warm / floor = {figures['warm_vs_floor']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
