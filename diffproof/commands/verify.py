"""``diffproof verify [NAME|FILE.py ...]``: check identities and report them as a table, JSON or for CI.

Results are cached by content (see :mod:`diffproof.cache`): a second run over
unchanged identities reads them back; ``--no-cache`` checks everything again.
Only the standard library is imported until the command runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

FORMATS = ("table", "json", "github")


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
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table (default); json: one JSON document; github: the table and an annotation per failure",
    )
    parser.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")
    parser.add_argument("--junit", type=Path, metavar="FILE.xml", help="also write a JUnit XML report to FILE.xml")
    parser.add_argument("--steps", action="store_true", help="list every step with the rule that proved it")
    parser.add_argument("--seed", type=int, default=0, help="seed of the numeric checks (default 0)")
    add_cache_arguments(parser)
    add_jobs_argument(parser)
    parser.set_defaults(run=run)


def add_jobs_argument(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``: worker processes for the catalogue (shared with ``diffproof latex``)."""
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
        help="check catalogue identities in N worker processes (default: one per core)",
    )  # fmt: skip


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """``--no-cache`` and ``--cache-dir``: shared with ``diffproof latex`` and ``diffproof verify-tex``."""
    parser.add_argument("--no-cache", action="store_true", help="check everything again, ignoring stored results")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="where results are stored (default: $DIFFPROOF_CACHE_DIR, else $XDG_CACHE_HOME/diffproof, else ~/.cache/diffproof)",
    )


def add_cache_arguments(parser: argparse.ArgumentParser) -> None:
    """The store's arguments and ``--quiet``: shared with ``diffproof latex``."""
    add_store_arguments(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line on the terminal")


def _usage(message: str) -> int:
    from diffproof import exits

    print(f"diffproof verify: {message}", file=sys.stderr)
    return exits.USAGE


# --------------------------------------------------------------------- targets


def _targets(args: argparse.Namespace) -> list[tuple]:
    """(identity, numeric checks, sites or None) for every name, file and module; the catalogue if none."""
    from derivations import catalogue
    from diffproof import discovery
    from diffproof.sites import recording
    from numeric.checks import CHECKS

    if not args.names and not args.module:
        return [(identity, CHECKS, None) for identity in catalogue.IDENTITIES]
    targets = []
    for name in args.names:
        if name.endswith(".py") or os.sep in name:
            with recording(name) as sites:
                found = discovery.load_file(name)
            targets += [(identity, found.checks, sites) for identity in found.identities]
        else:
            targets.append((catalogue.get(name), CHECKS, None))
    for module in args.module:
        found = discovery.load_module(module)
        targets += [(identity, found.checks, None) for identity in found.identities]
    return targets


def _verify_by_name(arguments: tuple[str, int, Path | None, bool]) -> dict:
    """In a worker process: the report of the catalogue identity ``name``, as JSON data (it pickles)."""
    from derivations.catalogue import BY_NAME
    from diffproof.cache import Cache
    from diffproof.report import to_json, verify

    name, seed, cache_dir, cached = arguments
    report = verify(BY_NAME[name], seed, cache=Cache(cache_dir) if cached else None)
    return {"report": to_json(report), "cached": report.cached}


def _catalogue_only(targets) -> bool:
    from derivations.catalogue import BY_NAME
    from numeric.checks import CHECKS

    return all(BY_NAME.get(identity.name) is identity and checks is CHECKS for identity, checks, _ in targets)


def verify_all(targets, seed: int, cache, quiet: bool, jobs: int = 1) -> list:
    """Every target's report, with a progress line on a terminal.

    With ``jobs`` > 1, identities of the catalogue are checked in that many worker
    processes (in order; a worker reports plain data, rebuilt here).
    """
    from diffproof.progress import Progress
    from diffproof.report import from_json, verify

    reports = []
    with Progress(len(targets), quiet=quiet) as progress:
        if jobs > 1 and len(targets) > 1 and _catalogue_only(targets):
            from concurrent.futures import ProcessPoolExecutor

            work = [(identity.name, seed, cache.directory if cache else None, cache is not None)
                    for identity, _, _ in targets]  # fmt: skip
            with ProcessPoolExecutor(min(jobs, len(work))) as pool:
                for (identity, _, _), done in zip(targets, pool.map(_verify_by_name, work)):
                    progress.begin(identity.name)
                    reports.append(from_json(identity, done["report"], cached=done["cached"]))
                    if cache is not None:
                        cache.count(hit=done["cached"])
                    progress.end(done["cached"])
            return reports
        for identity, checks, _ in targets:
            progress.begin(identity.name)
            report = verify(identity, seed, checks, cache)
            progress.end(report.cached)
            reports.append(report)
    return reports


def open_cache(args: argparse.Namespace):
    from diffproof.cache import Cache

    return None if args.no_cache else Cache(args.cache_dir)


# ---------------------------------------------------------------------- output


def _instances(report) -> str:
    if not report.instances:
        return "none"
    return f"{sum(r.holds for r in report.instances)}/{len(report.instances)} hold"


def _numeric(report) -> str:
    if report.numeric is None:
        return "none"
    passed = sum(c.passed for c in report.numeric.comparisons)
    return f"{passed}/{len(report.numeric.comparisons)} pass"


def table(reports, steps: bool = False) -> list[str]:
    """The table of identities, then a line per failure, axiom and unused citation (``steps``: every step)."""
    header = ("identity", "steps", "instance", "numeric", "verdict", "time")
    rows = [
        (r.identity.name, "{}/{}".format(*r.steps_proved), _instances(r), _numeric(r), r.verdict, f"{r.seconds:.2f}s")
        for r in reports
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    for report in reports:
        failure = report.failure()
        if failure:
            lines.append(f"\n{report.identity.name}: {report.verdict} at {failure}")
        if report.axioms:
            lines.append(f"\n{report.identity.name}: {report.verdict}: {'; '.join(report.axioms)}")
        notes = [
            f"  {d.derivation.label}, step {s.index} ({s.step.rule.name}): {s.justification.text()}"
            for d in report.derivations
            for s in d.steps
            if steps or (s.verdict.proved and not s.justification.citation_used)
        ]
        if notes:
            lines.append(f"\n{report.identity.name}:" if steps else f"\n{report.identity.name}: citations not used")
            lines += notes
    return lines


def annotations(reports, sites_of: dict) -> list:
    """A GitHub annotation per identity not verified, at the line of its failing step when known."""
    from diffproof.ci_formats import Annotation

    found = []
    for report in reports:
        if report.verified:
            continue
        sites = sites_of.get(report.identity.name)
        file, line = "", None
        if sites is not None:
            failing = report.first_failure
            line = (sites.line(failing[1].step) if failing else None) or sites.line(report.identity)
            file = sites.path
        title = f"diffproof: {report.identity.name} {report.verdict}"
        found.append(Annotation("error", report.failure() or report.verdict, title, file, line))
    return found


def junit_cases(reports, sites_of: dict) -> list:
    """A JUnit test case per identity; a failure carries the step, its evidence and the details."""
    from diffproof.ci_formats import Failure, TestCase

    cases = []
    for report in reports:
        sites = sites_of.get(report.identity.name)
        failure = None
        if not report.verified:
            failure = Failure(report.failure() or report.verdict, report.verdict, "\n".join(report.details()))
        line = None
        if sites is not None:
            failing = report.first_failure
            line = (sites.line(failing[1].step) if failing else None) or sites.line(report.identity)
        cases.append(
            TestCase(
                report.identity.name,
                f"diffproof.{report.identity.section.replace(' ', '_')}",
                report.seconds,
                failure,
                sites.path if sites is not None else "",
                line,
            )
        )
    return cases


def run(args: argparse.Namespace) -> int:
    from diffproof import exits

    if args.seed < 0:
        return _usage(f"--seed must be a nonnegative integer, got {args.seed}")
    if args.junit is not None and not args.junit.parent.resolve().is_dir():
        return _usage(f"--junit: the folder {str(args.junit.parent)!r} does not exist")

    from derivations import catalogue
    from diffproof import discovery
    from diffproof.ci_formats import github_annotation, junit_xml
    from diffproof.report import document

    try:
        targets = _targets(args)
    except (catalogue.UnknownIdentity, discovery.DiscoveryError) as error:
        return _usage(str(error))
    cache = open_cache(args)
    start = time.perf_counter()
    if args.jobs < 1:
        return _usage(f"--jobs must be at least 1, got {args.jobs}")
    reports = verify_all(targets, args.seed, cache, args.quiet, args.jobs)
    elapsed = time.perf_counter() - start
    sites_of = {identity.name: sites for identity, _, sites in targets if sites is not None}
    if args.format == "json":
        summary = cache.summary() if cache is not None else None
        print(json.dumps(document(reports, args.seed, elapsed, summary), indent=2, allow_nan=False))
    else:
        print("\n".join(table(reports, args.steps)))
        count = sum(r.verified for r in reports)
        served = f"; {cache.hits} from the cache" if cache is not None and cache.hits else ""
        print(f"\n{count}/{len(reports)} identities verified in {elapsed:.1f}s (seed {args.seed}{served})")
    if args.format == "github":
        for annotation in annotations(reports, sites_of):
            print(github_annotation(annotation))
    if args.junit is not None:
        args.junit.write_text(junit_xml("diffproof verify", junit_cases(reports, sites_of)), encoding="utf-8")
    return exits.OK if all(r.verified for r in reports) else exits.FAILED
