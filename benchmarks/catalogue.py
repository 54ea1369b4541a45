"""Benchmark: the wall time of ``diffproof verify`` on the whole catalogue, and its slowest steps.

Prints the wall time of the command without its cache (start-up included, in a
fresh interpreter) against a baseline run in the same way -- a bare interpreter
that imports SymPy, NumPy and SciPy, the floor of any run -- then the slowest
identities and the slowest ten steps, from an in-process verification.  The
cache has its own benchmark, ``benchmarks/cache.py``.
Usage: ``python benchmarks/catalogue.py [--json] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def wall(command: list[str], repeat: int) -> float:
    """The median wall time of ``command`` over ``repeat`` runs (it must succeed)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (median; default 3)")
    args = parser.parse_args()

    baseline = wall([sys.executable, "-c", "import sympy, numpy, scipy"], args.repeat)
    verify = wall([sys.executable, "-m", "diffproof", "verify", "--no-cache"], args.repeat)

    from derivations.catalogue import IDENTITIES
    from diffproof.report import verify as verify_identity

    reports = [verify_identity(identity) for identity in IDENTITIES]
    steps = sorted(
        (
            (step.seconds, report.identity.name, result.derivation.label, step.index, step.step.rule.name)
            for report in reports
            for result in report.derivations
            for step in result.steps
        ),
        reverse=True,
    )[:10]
    identities = sorted(((r.seconds, r.identity.name) for r in reports), reverse=True)[:10]
    figures = {
        "identities": len(reports),
        "verified": sum(r.verified for r in reports),
        "verify_seconds": round(verify, 3),
        "baseline_import_seconds": round(baseline, 3),
        "verify_vs_baseline": round(verify / baseline, 2),
        "slowest_identities": [{"identity": name, "seconds": round(s, 3)} for s, name in identities],
        "slowest_steps": [
            {"identity": name, "derivation": label, "step": index, "rule": rule, "seconds": round(s, 3)}
            for s, name, label, index, rule in steps
        ],
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"diffproof verify, {figures['verified']}/{figures['identities']} identities: {verify:.2f} s (median of {args.repeat})"
    )
    print(f"baseline (interpreter + import sympy, numpy, scipy): {baseline:.2f} s; ratio {verify / baseline:.1f}x")
    print("\nslowest identities (symbolic + instances + numeric):")
    for entry in figures["slowest_identities"]:
        print(f"  {entry['seconds']:7.3f} s  {entry['identity']}")
    print("\nslowest ten steps:")
    for entry in figures["slowest_steps"]:
        print(
            f"  {entry['seconds']:7.3f} s  {entry['identity']}, {entry['derivation']}, step {entry['step']} ({entry['rule']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
