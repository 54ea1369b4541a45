"""Benchmark: ``diffproof verify`` cold, warm (served from the cache) and after editing one identity.

Each run is a fresh interpreter with a cache folder of its own, against the same floor as
``benchmarks/catalogue.py`` (an interpreter that imports SymPy, NumPy and SciPy).  The edited run
verifies a module that holds the whole catalogue with one identity changed (its source note), so it
must check that one again and read the others from the cache.
Usage: ``python benchmarks/cache.py [--json] [--edit NAME]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EDITED = """
from dataclasses import replace

from derivations.catalogue import IDENTITIES as CATALOGUE
from numeric.checks import CHECKS

IDENTITIES = tuple(
    replace(identity, source=identity.source + " (edited)") if identity.name == {name!r} else identity
    for identity in CATALOGUE
)
"""


def timed(command: list[str]) -> tuple[float, dict]:
    """Wall time of ``command`` (a ``diffproof verify --json`` run) and its JSON document."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--edit", default="forward-posterior", metavar="NAME", help="the identity to edit")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="diffproof-cache-bench-") as folder:
        cache = ["--cache-dir", str(Path(folder, "cache")), "--json", "--quiet"]
        verify = [sys.executable, "-m", "diffproof", "verify"]
        floor, _ = timed([sys.executable, "-c", "import json, sympy, numpy, scipy; print(json.dumps({}))"])
        cold, first = timed([*verify, *cache])
        warm, second = timed([*verify, *cache])
        edited_file = Path(folder, "edited.py")
        edited_file.write_text(EDITED.format(name=args.edit))
        edited, third = timed([*verify, str(edited_file), *cache])
    same = [i for i in first["identities"]] == [i for i in second["identities"]]
    figures = {
        "identities": len(first["identities"]),
        "floor_seconds": round(floor, 2),
        "cold_seconds": round(cold, 2),
        "warm_seconds": round(warm, 2),
        "edited_seconds": round(edited, 2),
        "warm_vs_cold": round(warm / cold, 3),
        "warm_vs_floor": round(warm / floor, 2),
        "cold_cache": first["cache"],
        "warm_cache": second["cache"],
        "edited_cache": third["cache"],
        "edited_identity": args.edit,
        "warm_report_equals_cold": same,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"diffproof verify, {figures['identities']} identities")
    print(f"  floor (interpreter + SymPy, NumPy, SciPy): {floor:6.2f} s")
    print(f"  cold (empty cache):                        {cold:6.2f} s  ({first['cache']['misses']} checked)")
    print(f"  warm (nothing changed):                    {warm:6.2f} s  ({second['cache']['hits']} from the cache)")
    print(
        f"  one identity edited:                       {edited:6.2f} s  "
        f"({third['cache']['misses']} checked ({args.edit}), {third['cache']['hits']} from the cache)"
    )
    print(f"  warm / cold = {warm / cold:.3f}; warm / floor = {warm / floor:.2f}; same report: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
