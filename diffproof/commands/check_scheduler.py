"""``diffproof check-scheduler MODULE:NAME [--steps N] [--json]``: a diffusers-style scheduler against the derivations.

Exit status: 0 when every check passes, 1 when one fails, 2 for usage errors (the scheduler
cannot be imported or lacks the interface), 70 for an internal error of diffproof (:mod:`diffproof.exits`).
"""

from __future__ import annotations

import argparse
import json
import sys

from diffproof import exits


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check-scheduler",
        help="check a scheduler with diffusers' interface (add_noise, set_timesteps, step) against the derivations",
        description="Import MODULE:NAME (an instance, or a class or factory called with no arguments) and check "
        "add_noise, every step's predicted x_0, mean and noise scale, and the law of whole sampling runs.",
    )
    parser.add_argument("scheduler", metavar="MODULE:NAME", help="e.g. diffusers:DDIMScheduler or mypkg.sched:make")
    parser.add_argument("--steps", type=int, default=50, metavar="N", help="set_timesteps(N) (default 50)")
    parser.add_argument("--runs", type=int, default=20_000, metavar="N", help="samples per law check (default 20000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the inputs and the noise (default 0)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from numeric.scheduler_check import SchedulerCheck, SchedulerUsageError, load

    if args.steps < 1 or args.runs < 100 or args.seed < 0:
        print("diffproof check-scheduler: expected --steps >= 1, --runs >= 100 and --seed >= 0", file=sys.stderr)
        return 2
    try:
        check = SchedulerCheck(load(args.scheduler, search_path="."), args.steps, args.seed, args.runs)
        results = check.run_all()
    except SchedulerUsageError as error:
        print(f"diffproof check-scheduler: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # an error of diffproof itself, or of the scheduler outside a checked call
        print(f"diffproof check-scheduler: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return exits.INTERNAL
    passed = all(r.passed for r in results)
    if args.json:
        print(
            json.dumps(
                {
                    "scheduler": args.scheduler,
                    "sampler": check.kind,
                    "passed": passed,
                    "checks": [r.to_json() for r in results],
                },
                indent=2,
            )
        )
    else:
        print(f"{args.scheduler}: checked as {check.kind}, set_timesteps({args.steps})")
        for result in results:
            print(result.describe())
        print(f"\n{sum(r.passed for r in results)}/{len(results)} checks passed")
    return 0 if passed else 1
