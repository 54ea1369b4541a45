"""The same note gives the same report in every process.

A CI user compares reports across runs: the verdicts, reasons, rules, what a proof uses and the counterexample
points must not depend on Python's string hashing (``PYTHONHASHSEED``), which orders SymPy's sets and dicts.
Only the seconds a step took may differ between runs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

NOTES = Path(__file__).parent / "data" / "notes"
#: A corpus note with refuted and proved steps, and a note refuted in a finite random model (whose draws once
#: followed the order of a set of symbols).
FILES = (NOTES / "corpus" / "ko-unified-perspective-review.md", NOTES / "redteam_laws" / "mi43-standard-untrusted.md")
#: The one field that measures the run rather than the note.
SECONDS = re.compile(r'^\s*"seconds": [0-9.e-]+,?\n', re.MULTILINE)


def report_under(seed: str) -> str:
    """``verify-tex --json`` on :data:`FILES` in a fresh process whose string hashing is seeded by ``seed``."""
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "diffproof", "verify-tex", "--json", "--no-cache", "--timeout", "120", *map(str, FILES)],
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_the_json_report_is_the_same_under_every_hash_seed():
    first, *others = (report_under(seed) for seed in ("0", "1", "2"))
    steps = [step for file in json.loads(first)["files"] for step in file["steps"]]
    statuses = {step["status"] for step in steps}
    assert {"proved", "refuted"} <= statuses, statuses  # the note exercises proofs and counterexamples
    assert any(step["counterexample"] and len(step["counterexample"]["point"]) > 1 for step in steps)
    for other in others:
        assert SECONDS.sub("", other) == SECONDS.sub("", first)
