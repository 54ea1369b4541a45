"""``diffproof equiv REFERENCE ANSWER [--given RELATION ...]``: judge two free formulas of the notation.

Exit status: 0 equal, 1 different (with a counterexample), 2 invalid input or usage, 3 undecided.
"""

from __future__ import annotations

import argparse

from diffproof.answers.grading import EquivTask, verdicts
from diffproof.commands.check import add_common_arguments, limits_from, print_verdict


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "equiv",
        help="judge whether two formulas of the notation are equal",
        description="Judge ANSWER against REFERENCE, both in the notation of 'diffproof check'. "
        "Put options before REFERENCE, and '--' before formulas that start with '-'.",
    )
    parser.add_argument("reference", metavar="REFERENCE", help="the reference formula")
    parser.add_argument("answer", metavar="ANSWER", help="the formula to judge")
    parser.add_argument(
        "--given",
        action="append",
        default=[],
        metavar="RELATION",
        help="an extra relation: 'w = \\gamma - 1', '\\nabla_{x_t}\\log p(x_t) = ...', '0 < w' or '0 < w < 1'",
    )
    add_common_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    limits = limits_from(args, "equiv")
    if limits is None:
        return 2
    (verdict,) = verdicts([EquivTask(args.reference, args.answer, tuple(args.given))], limits)
    print_verdict(verdict, args.json, reference=args.reference, answer=args.answer, given=args.given)
    return verdict.status.exit_code
