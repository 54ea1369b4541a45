"""``diffproof verify [NAME ...] [--json] [--seed N]``: check identities and print a table."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from derivations import catalogue
from derivations.model import Identity
from diffproof import discovery
from diffproof.report import Report, to_json, verify
from numeric.checks import CHECKS


def register(subparsers) -> None:
    parser = subparsers.add_parser("verify", help="verify identities (the whole catalogue when none is given)")
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME|FILE.py",
        help="catalogue names (see 'diffproof list') or Python files of your own",
    )
    parser.add_argument(
        "--module", action="append", default=[], metavar="PKG.MOD", help="verify the identities a module defines"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--seed", type=int, default=0, help="seed of the numeric checks (default 0)")
    parser.set_defaults(run=run)


def _instances(report: Report) -> str:
    results = report.symbolic.instances
    if not results:
        return "none"
    good = sum(r.holds for r in results)
    return f"{good}/{len(results)} hold"


def _numeric(report: Report) -> str:
    if report.numeric is None:
        return "none"
    passed = sum(c.passed for c in report.numeric.comparisons)
    return f"{passed}/{len(report.numeric.comparisons)} pass"


def print_table(reports: list[Report]) -> None:
    header = ("identity", "steps", "instance", "numeric", "verdict", "time")
    rows = [
        (
            r.identity.name,
            "{}/{}".format(*r.symbolic.steps_proved),
            _instances(r),
            _numeric(r),
            r.verdict,
            f"{r.seconds:.2f}s",
        )
        for r in reports
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
    for report in reports:
        failure = report.failure()
        if failure:
            print(f"\n{report.identity.name}: {report.verdict} at {failure}")


def _targets(args: argparse.Namespace) -> list[tuple[Identity, dict]]:
    """(identity, numeric checks) for every name, file and module asked for; the catalogue if none."""
    if not args.names and not args.module:
        return [(identity, CHECKS) for identity in catalogue.IDENTITIES]
    targets = []
    for name in args.names:
        if name.endswith(".py") or os.sep in name:
            found = discovery.load_file(name)
            targets += [(identity, found.checks) for identity in found.identities]
        else:
            targets.append((catalogue.get(name), CHECKS))
    for module in args.module:
        found = discovery.load_module(module)
        targets += [(identity, found.checks) for identity in found.identities]
    return targets


def run(args: argparse.Namespace) -> int:
    if args.seed < 0:
        print(f"diffproof verify: --seed must be a nonnegative integer, got {args.seed}", file=sys.stderr)
        return 2
    try:
        targets = _targets(args)
    except (catalogue.UnknownIdentity, discovery.DiscoveryError) as error:
        print(f"diffproof verify: {error}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    reports = [verify(identity, args.seed, checks) for identity, checks in targets]
    elapsed = time.perf_counter() - start
    ok = all(r.verified for r in reports)
    if args.json:
        print(
            json.dumps(
                {
                    "verified": ok,
                    "seed": args.seed,
                    "seconds": round(elapsed, 3),
                    "identities": [to_json(r) for r in reports],
                },
                indent=2,
            )
        )
    else:
        print_table(reports)
        count = sum(r.verified for r in reports)
        print(f"\n{count}/{len(reports)} identities verified in {elapsed:.1f}s (seed {args.seed})")
    return 0 if ok else 1
