"""The ``diffproof`` command: parse arguments, call the library, format results.

Each subcommand lives in :mod:`diffproof.commands` and provides ``register``
(adds its parser) and ``run`` (returns the exit status).  Exit status: 0 when
everything asked for holds, 1 when something is refuted or undecided, 2 for
usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from diffproof.commands import check, check_scheduler, equiv, latex, listing, mutate, quantities, verify, verify_tex

COMMANDS = (listing, verify, verify_tex, latex, mutate, quantities, check, equiv, check_scheduler)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diffproof",
        description="Derive and verify, step by step, the mathematics of diffusion models.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("diffproof: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
