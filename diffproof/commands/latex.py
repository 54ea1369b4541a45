"""``diffproof latex [NAME ...] [-o FILE.tex] [--pdf] [--fragment]``: a LaTeX document of the proofs.

Verification results come from the cache when nothing changed (see ``diffproof verify``).
Only the standard library is imported until the command runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from diffproof.commands.verify import add_cache_arguments, add_jobs_argument

DEFAULT_OUTPUT = Path("diffproof.tex")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "latex",
        help="write the verified derivations as a LaTeX document (all identities when no name is given)",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="identity names (see 'diffproof list')")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.tex",
        help=f"where to write the document (default: standard output, or {DEFAULT_OUTPUT} with --pdf)",
    )
    parser.add_argument("--pdf", action="store_true", help="also compile it with pdflatex and report the PDF's path")
    parser.add_argument(
        "--fragment", action="store_true", help="write only the body, for \\input into your own document"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the numeric checks (default 0)")
    add_cache_arguments(parser)
    add_jobs_argument(parser)
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    from diffproof import exits

    print(f"diffproof latex: {message}", file=sys.stderr)
    return exits.USAGE


def _output(args: argparse.Namespace) -> Path | None:
    """The file to write, or None for standard output; ValueError says what is wrong with it."""
    output = args.output or (DEFAULT_OUTPUT if args.pdf else None)
    if output is None:
        return None
    if output.suffix != ".tex":
        raise ValueError(f"-o must name a .tex file, got {str(output)!r}")
    if not output.parent.resolve().is_dir():
        raise ValueError(f"-o: the folder {str(output.parent)!r} does not exist")
    return output


def run(args: argparse.Namespace) -> int:
    if args.pdf and args.fragment:
        return _fail("--pdf and --fragment exclude each other: a fragment does not compile on its own")
    if args.seed < 0:
        return _fail(f"--seed must be a nonnegative integer, got {args.seed}")
    try:
        output = _output(args)
    except ValueError as error:
        return _fail(str(error))

    from derivations import catalogue
    from derivations.latex import RenderError
    from diffproof import exits
    from diffproof.commands.verify import open_cache, verify_all
    from diffproof.document import LatexError, compile_pdf, fragment, standalone, write_atomically
    from numeric.checks import CHECKS

    try:
        identities = [catalogue.get(name) for name in args.names] if args.names else list(catalogue.IDENTITIES)
    except catalogue.UnknownIdentity as error:
        return _fail(str(error))
    start = time.perf_counter()
    targets = [(identity, CHECKS, None) for identity in identities]
    reports = verify_all(targets, args.seed, open_cache(args), args.quiet, max(args.jobs, 1))
    try:
        text = fragment(reports) if args.fragment else standalone(reports)
    except RenderError as error:
        return _fail(f"rendering failed, nothing written: {error}")
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomically(output, text)
        print(f"wrote {output} ({len(reports)} identities)", file=sys.stderr)
    if args.pdf:
        try:
            pdf = compile_pdf(output).pdf
        except LatexError as error:
            return _fail(str(error))
        print(pdf)
    verified = sum(r.verified for r in reports)
    elapsed = time.perf_counter() - start
    print(f"{verified}/{len(reports)} identities verified; {elapsed:.1f}s", file=sys.stderr)
    return exits.OK if verified == len(reports) else exits.FAILED
