"""``diffproof equiv REFERENCE ANSWER [--given RELATION ...]``: judge two free formulas of the notation.

Exit status: 0 equal, 1 different (with a counterexample), 2 invalid input or usage, 3 undecided.
"""

from __future__ import annotations

import argparse

from diffproof.commands.check import add_common_arguments, limits_from, print_judgement


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "equiv",
        help="judge whether two formulas of the notation are equal",
        description="Judge ANSWER against REFERENCE, both in the notation of 'diffproof check'. "
        "A letter the notation does not declare is a real number; every domain assumed is shown.",
    )
    parser.add_argument("reference", metavar="REFERENCE", help="the reference formula")
    parser.add_argument("answer", metavar="ANSWER", help="the formula to judge")
    parser.add_argument(
        "--given",
        action="append",
        default=[],
        metavar="RELATION",
        help="an extra relation: 'w = \\gamma - 1', '\\nabla_{x_t}\\log p(x_t) = ...', or a bound '0 < w', "
        "'0 < w < 1', 'w <= 2' (bounds narrow the domain)",
    )
    add_common_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    limits = limits_from(args, "equiv")
    if limits is None:
        return 2
    from diffproof.answers.grading import EquivTask, judgements

    (judgement,) = judgements([EquivTask(args.reference, args.answer, tuple(args.given))], limits)
    print_judgement(judgement, args.json, reference=args.reference, answer=args.answer, given=args.given)
    return judgement.exit_code
