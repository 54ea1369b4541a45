"""The ``diffproof`` command: parse arguments, call the library, format results.

Each subcommand lives in a module of :mod:`diffproof.commands` that provides
``register`` (adds its parser) and ``run`` (returns the exit status).  Only the
module of the command being run is imported, so ``diffproof --help`` and usage
errors import no SymPy.

Exit status (:mod:`diffproof.exits`): 0 when everything asked for holds, 1
when something is refuted or undecided, 2 for usage errors, 70 for an internal
error -- a bug of diffproof, reported in one line and never as a verdict
(``DIFFPROOF_TRACEBACK=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from diffproof import exits

#: Each command: its name, its module in diffproof.commands, and its one-line help.
COMMANDS = (
    ("list", "listing", "list the identities of the catalogue"),
    ("verify", "verify", "verify identities (the whole catalogue when none is given)"),
    ("verify-tex", "verify_tex", "check the derivation steps of LaTeX or Markdown notes"),
    ("latex", "latex", "write the verified derivations as a LaTeX document (all identities when no name is given)"),
    ("mutate", "mutate", "mutation testing: plausible wrong variants of every step, judged by the kernel"),
    ("quantities", "quantities", "list the quantities 'diffproof check' can judge"),
    ("check", "check", "judge a student's formula for a quantity (see 'diffproof quantities')"),
    ("equiv", "equiv", "judge whether two formulas of the notation are equal"),
    ("serve", "serve", "serve a web page where students check their answers"),
    ("check-scheduler", "check_scheduler", "check a scheduler with diffusers' interface against the derivations"),
)


class CommandParser(argparse.ArgumentParser):
    """A subcommand's parser: an argument that starts with ``-`` but is none of the command's options is a
    positional argument (a formula such as ``-x/2``), so answers need no ``--``."""

    def _parse_optional(self, arg_string):
        found = super()._parse_optional(arg_string)
        if found is None or arg_string.startswith("--"):
            return found
        first = found[0] if isinstance(found, list) else found
        return None if first[0] is None else found


def _chosen(argv: Sequence[str]) -> str | None:
    """The command named on the command line (the first argument that is not an option)."""
    names = {name for name, _, _ in COMMANDS}
    for argument in argv:
        if not argument.startswith("-"):
            return argument if argument in names else None
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser, with the full options of the command named in ``argv`` (its module imported) only."""
    parser = argparse.ArgumentParser(
        prog="diffproof",
        description="Derive and verify, step by step, the mathematics of diffusion models.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    subparsers.required = True
    chosen = _chosen(argv)
    for name, module, help_text in COMMANDS:
        if name == chosen:
            importlib.import_module(f"diffproof.commands.{module}").register(subparsers)
        else:
            subparsers.add_parser(name, help=help_text)
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
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
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
