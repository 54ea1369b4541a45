"""``diffproof mutate [NAME ...] [--json] [--per-class N] [--jobs N]``: plausible wrong variants of every step.

Each step's output gets the slips of :mod:`derivations.mutations` (and an
inequality its reverse); a mutant that still holds numerically is
*equivalent*, and the kernel is run on the others.  ``proved`` counts wrong
mutants the kernel proved -- each a soundness bug.  Exit status: 0 when
``proved`` is 0, 1 otherwise, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from diffproof import exits


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "mutate",
        help="mutation testing: plausible wrong variants of every step, judged by the kernel",
        description="Generate plausible wrong variants of every step of the named identities (all by default): "
        "sign flips, square roots, t for t-1, alpha for abar, variance for standard deviation, swapped "
        "coefficients, inverted ratios, swapped KL arguments, wrong measures, conditioning variables dropped or "
        "added, reversed inequalities.  Each is judged numerically, and the kernel is run on the wrong ones.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="identities to mutate (default: the whole catalogue)")
    parser.add_argument("--json", action="store_true", help="print JSON ending with a summary")
    parser.add_argument("--per-class", type=int, default=1, metavar="N", help="mutants per class per step (default 1)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes")
    parser.set_defaults(run=run)


def _mutate(arguments: tuple[str, int]):
    from derivations.catalogue import BY_NAME
    from diffproof.mutation import mutate_identity

    name, per_class = arguments
    return mutate_identity(BY_NAME[name], per_class)


def run(args: argparse.Namespace) -> int:
    from derivations.catalogue import IDENTITIES, UnknownIdentity, get
    from diffproof.mutation import Outcome, Summary

    if args.per_class < 1 or args.jobs < 1:
        print("diffproof mutate: expected --per-class >= 1 and --jobs >= 1", file=sys.stderr)
        return exits.USAGE
    try:
        for name in args.names:
            get(name)
    except UnknownIdentity as error:
        print(f"diffproof mutate: {error}", file=sys.stderr)
        return exits.USAGE
    names = args.names or [identity.name for identity in IDENTITIES]
    work = [(name, args.per_class) for name in names]
    if args.jobs > 1 and len(work) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(args.jobs, len(work))) as pool:
            batches = list(pool.map(_mutate, work))
    else:
        batches = [_mutate(item) for item in work]
    results = [result for batch in batches for result in batch]
    summary = Summary.of(results)
    if args.json:
        print(json.dumps({"results": [r.to_json() for r in results], "summary": summary.to_json()}, indent=1))
    else:
        _print(names, batches, summary, Outcome)
    return exits.OK if summary.proved == 0 else exits.FAILED


def _print(names, batches, summary, outcome) -> None:
    from diffproof.mutation import Summary

    width = max(map(len, names))
    for name, batch in zip(names, batches):
        each = Summary.of(batch)
        print(f"{name:<{width}}  {each.mutants:4d} mutants  {each.equivalent:3d} equivalent  {each.refuted:4d} refuted"
              f"  {each.undecided:3d} undecided  {each.proved} proved")  # fmt: skip
        for result in batch:
            if result.outcome in (outcome.PROVED, outcome.UNDECIDED) or "internal error" in result.reason:
                print(f"    {result.outcome.value}: {result.derivation}, step {result.step}, {result.kind} "
                      f"({result.where}): {result.reason[:160]}")  # fmt: skip
    print(f"\n{summary.mutants} mutants: {summary.equivalent} equivalent, {summary.refuted} refuted "
          f"({100 * summary.refuted_share:.1f}% of the wrong ones), {summary.undecided} undecided, "
          f"{summary.proved} proved")  # fmt: skip
