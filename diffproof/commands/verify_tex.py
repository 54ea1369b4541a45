"""``diffproof verify-tex FILE ... [--format text|json|github|junit] [--output F] [--strict] [--timeout S]
[--macros F] [--no-cache] [--cache-dir DIR]``.

Checks the derivation steps of LaTeX or Markdown notes and reports them in the
form a person or a CI system reads: plain text, one JSON document (``--json``
is ``--format json``), GitHub Actions annotations (``::error file=F,line=N::``
for refuted steps and unreadable input, ``::warning`` for undecided steps
under ``--strict`` and for a file without steps), or JUnit XML.  A file with no
step at all is a warning, and a failure under ``--strict``.

A step's verdict is stored by content (:mod:`diffproof.notecheck.stored`): checking a note again re-checks
only the steps whose text, or whose statements in force, changed; ``--no-cache`` checks every step.

Exit status: 0 when no step is refuted and the notes read cleanly (with
``--strict``, also none undecided and every file has steps); 1 otherwise; 2 for
usage errors; 70 when diffproof failed on a step (an internal error: a bug to
report, shown as one at its line, never as a verdict).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from diffproof import exits
from diffproof.ci_formats import Annotation, Failure, TestCase, github_annotation, junit_suites
from diffproof.commands.verify import add_store_arguments, open_cache
from diffproof.notes import FORMATS, decoded, macros_of, read_file

if TYPE_CHECKING:
    from diffproof.notecheck import NotesReport, StepResult

#: The statuses a step's result carries (the kernel's words; the checker is imported only when it runs).
PROVED, REFUTED, UNDECIDED = "proved", "refuted", "undecided"

NO_STEPS = "no derivation steps found (display maths with a relation such as = or \\le)"

INTERNAL = "internal error"


def _label(result: StepResult) -> str:
    """The verdict, or "internal error" where diffproof failed on the step (no verdict at all)."""
    return INTERNAL if result.internal else result.status


def _summary(path: str, report: NotesReport) -> str:
    stored = sum(result.cached for result in report.results)
    failed = len(report.internal_errors)
    return (
        f"{path}: {len(report.results)} steps: {report.count(PROVED)} proved, {report.count(REFUTED)} refuted, "
        f"{report.count(UNDECIDED) - failed} undecided"
        + (f", {failed} internal errors" if failed else "")
        + f"; {len(report.problems)} problems"
        + (f" ({stored} verdicts read from the cache)" if stored else "")
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser("verify-tex", help="check the derivation steps of LaTeX or Markdown notes")
    parser.add_argument("files", nargs="+", metavar="FILE", help=f"notes: {', '.join(FORMATS)} files")
    parser.add_argument("--format", choices=sorted(FORMATTERS), default="text", help="output format (default text)")
    parser.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")
    parser.add_argument("--output", metavar="F", help="write the report to F instead of standard output")
    parser.add_argument("--strict", action="store_true", help="an undecided step, or a file without steps, fails")
    parser.add_argument("--timeout", type=float, default=5.0, metavar="S", help="time limit per step (default 5 s)")
    parser.add_argument(
        "--macros",
        action="append",
        default=[],
        metavar="F",
        help="a TeX file of \\newcommand definitions read before every note (a shared preamble, a site's MathJax "
        "macros); may be repeated",
    )
    add_store_arguments(parser)
    parser.set_defaults(run=run)


def _step_text(result: StepResult) -> str:
    step = result.step
    return f"{step.lhs} {step.shown} {step.rhs}"


def _text(reports: dict[str, NotesReport], strict: bool) -> str:
    lines = []
    for path, report in reports.items():
        for problem in report.problems:
            lines.append(f"{path}:{problem.line}: error: {problem.message}")
        if report.empty:
            lines.append(f"{path}: {'error' if strict else 'warning'}: {NO_STEPS}")
        for result in report.results:
            lines.append(f"{path}:{result.step.line}: {_label(result)}: {_step_text(result)}")
            if result.status != PROVED or result.reason:
                lines.append(f"    {result.reason}")
            if result.counterexample is not None:
                lines.append(f"    counterexample {result.counterexample.describe()}")
                lines.append(f"    read as: {result.lhs_latex}  {result.step.shown}  {result.rhs_latex}")
        if report.conventions:
            lines.append(f"{path}: conventions the verdicts relied on: {'; '.join(report.conventions)}")
        lines.append(_summary(path, report))
    return "\n".join(lines) + "\n"


def _json(reports: dict[str, NotesReport], strict: bool) -> str:
    document = {
        "passed": all(report.passed(strict) for report in reports.values()),
        "strict": strict,
        "files": [
            {
                "file": path,
                "steps": [result.to_json() for result in report.results],
                "problems": [{"line": problem.line, "message": problem.message} for problem in report.problems],
                "warnings": [NO_STEPS] if report.empty else [],
                "definitions": [
                    {"line": item.line, "name": item.name, "body": item.body, "spelling": item.spelling}
                    for item in report.notes.definitions
                ],
                "laws": [{"line": item.line, "variable": item.variable, "law": item.law} for item in report.notes.laws],
                "directives": [
                    {"line": item.line, "kind": item.kind, "text": item.text} for item in report.notes.directives
                ],
                "conventions": list(report.conventions),
            }
            for path, report in reports.items()
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


TITLE = "diffproof verify-tex"


def _annotations(path: str, report: NotesReport, strict: bool) -> list[Annotation]:
    """Unreadable input and refuted steps are errors; undecided steps are warnings under ``--strict``."""
    found = [Annotation("error", f"cannot read: {problem.message}", TITLE, path, problem.line)
             for problem in report.problems]  # fmt: skip
    if report.empty:
        found.append(Annotation("error" if strict else "warning", NO_STEPS, TITLE, path))
    for result in report.results:
        if result.internal:
            message = f"{INTERNAL}: {_step_text(result)}\n{result.reason} (a bug of diffproof, not a verdict)"
            found.append(Annotation("error", message, TITLE, path, result.step.line))
        elif result.status == REFUTED:
            evidence = f"; counterexample {result.counterexample.describe()}" if result.counterexample else ""
            message = f"refuted: {_step_text(result)}\n{result.reason}{evidence}"
            found.append(Annotation("error", message, TITLE, path, result.step.line))
        elif result.status == UNDECIDED and strict:
            message = f"undecided: {_step_text(result)}\n{result.reason}"
            found.append(Annotation("warning", message, TITLE, path, result.step.line))
    return found


def _github(reports: dict[str, NotesReport], strict: bool) -> str:
    lines = []
    for path, report in reports.items():
        lines += [github_annotation(annotation) for annotation in _annotations(path, report, strict)]
        lines.append(_summary(path, report))
    return "\n".join(lines) + "\n"


def _cases(path: str, report: NotesReport, strict: bool) -> list[TestCase]:
    """A test case per step (refuted: a failure; undecided: skipped, or a failure under ``--strict``), per
    unreadable passage (an error), and one for a file without steps."""
    cases = [TestCase(f"line {problem.line}: cannot read", path, file=path, line=problem.line,
                      failure=Failure(problem.message, "unreadable", error=True))
             for problem in report.problems]  # fmt: skip
    if report.empty:
        failure = Failure(NO_STEPS, "no-steps", error=True) if strict else None
        cases.append(TestCase("steps", path, file=path, failure=failure, skipped="" if strict else NO_STEPS))
    for result in report.results:
        name = f"line {result.step.line}: {_step_text(result)}"
        failure = None
        if result.internal:
            failure = Failure(result.reason, "internal-error", error=True)
        elif result.status == REFUTED:
            evidence = f"counterexample {result.counterexample.describe()}" if result.counterexample else ""
            failure = Failure(result.reason, "refuted", evidence)
        elif result.status == UNDECIDED and strict:
            failure = Failure(result.reason, "undecided")
        skipped = result.reason if result.status == UNDECIDED and not (strict or result.internal) else ""
        cases.append(TestCase(name, path, result.seconds, failure, path, result.step.line, skipped))
    return cases


def _junit(reports: dict[str, NotesReport], strict: bool) -> str:
    """JUnit XML: a test suite per file, a test case per step."""
    return junit_suites(TITLE, {path: _cases(path, report, strict) for path, report in reports.items()})


#: The output formats, each a function of the reports and the strictness.
FORMATTERS: dict[str, Callable[[dict[str, NotesReport], bool], str]] = {
    "text": _text,
    "json": _json,
    "github": _github,
    "junit": _junit,
}


def _usage_error(message: str) -> int:
    print(f"diffproof verify-tex: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from diffproof.answers.limits import Limits
    from diffproof.notecheck import check_notes

    try:
        limits = Limits(seconds=args.timeout)
    except ValueError as error:
        return _usage_error(f"--timeout: {error}")
    try:
        macros = macros_of("\n".join(decoded(pathlib.Path(name).read_bytes()) for name in args.macros))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return _usage_error(f"--macros: {error}")
    notes = {}
    for name in args.files:
        try:
            notes[name] = read_file(pathlib.Path(name), macros)
        except ValueError as error:
            return _usage_error(str(error))
        except (OSError, UnicodeDecodeError) as error:
            return _usage_error(f"cannot read {name}: {error}")
    cache = open_cache(args)
    reports = {name: check_notes(note, limits, cache=cache) for name, note in notes.items()}
    output = FORMATTERS[args.format](reports, args.strict)
    if args.output:
        try:
            pathlib.Path(args.output).write_text(output, encoding="utf-8")
        except OSError as error:
            return _usage_error(f"--output: cannot write {args.output}: {error}")
    else:
        sys.stdout.write(output)
    failed = sum(len(report.internal_errors) for report in reports.values())
    if failed:
        print(f"diffproof verify-tex: internal error on {failed} steps: a bug of diffproof, not a verdict (each "
              "is shown at its line, with the error)", file=sys.stderr)  # fmt: skip
        return exits.INTERNAL
    return exits.OK if all(report.passed(args.strict) for report in reports.values()) else exits.FAILED
