"""The ``diffproof`` command: parse arguments, call the library, format results.

Each subcommand lives in :mod:`diffproof.commands` and provides ``register``
(adds its parser) and ``run`` (returns the exit status).  The command modules
import only the standard library at the top, so that ``diffproof --help`` and
usage errors start at once; what a command uses is imported when it runs.

Exit status (:mod:`diffproof.exits`): 0 when everything asked for holds, 1
when something is refuted or undecided, 2 for usage errors, 70 for an internal
error -- a bug of diffproof, reported in one line and never as a verdict
(``DIFFPROOF_TRACEBACK=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from diffproof import exits
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


def internal_error(error: BaseException) -> int:
    """One line on standard error naming the error, and the status that says it is ours, not a verdict."""
    if os.environ.get("DIFFPROOF_TRACEBACK"):
        traceback.print_exception(error, file=sys.stderr)
    where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    at = f" (at {os.path.basename(where[0].filename)}:{where[0].lineno})" if where else ""
    message = " ".join(str(error).split()) or "no message"
    print(
        f"diffproof: internal error: {type(error).__name__}: {message}{at}; this is a bug of diffproof, "
        "not a verdict (DIFFPROOF_TRACEBACK=1 shows the traceback)",
        file=sys.stderr,
    )
    return exits.INTERNAL


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
    except Exception as error:  # noqa: BLE001 - anything else is a bug of ours, reported as one
        return internal_error(error)
