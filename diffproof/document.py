"""LaTeX documents of verified identities, and their compilation with pdflatex.

A document has a summary table of every identity and its verdict, then a
section per part of the tutorial and a subsection per identity: its statement,
assumptions, derivation (one step a row, its rule and verdict beside it), the
concrete instances and the numeric check with their figures.  Everything is
rendered from the verification :class:`~diffproof.report.Report`; a rendering
failure is a :class:`~derivations.latex.RenderError` naming the identity and step,
and no file is written.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from derivations.kernel.checking import InstanceStatus
from derivations.latex import (
    DOCUMENT,
    FIT,
    MACROS,
    PROVED,
    REFUTED,
    UNDECIDED,
    RenderError,
    align,
    assumption_text,
    derivation_rows,
    escape,
    mark,
    statement_rows,
    symbol_latex,
)
from derivations.model import SECTIONS
from diffproof.report import Report

#: What the body needs (all in a basic TeX Live: texlive-latex-base and texlive-latex-recommended).
PACKAGES = ("amsmath", "amssymb", "bm", "mathtools", "graphicx", "longtable", "booktabs")
#: What the standalone document adds for its own layout.
LAYOUT = (r"\usepackage[a4paper,margin=2cm]{geometry}",)

TITLE = "Understanding Diffusion Models, derived and checked step by step"


# ---------------------------------------------------------------------- figures


#: A list with small type and no space between items, for figures.
COMPACT_LIST = (r"\begin{itemize}\setlength{\itemsep}{0pt}\small\raggedright", r"\end{itemize}")
#: An item with the math bullet: the default text bullet is a TS1 glyph that a basic TeX Live has only as a bitmap.
ITEM = r"\item[$\bullet$]"


def number(value: float, digits: int = 4) -> str:
    """A figure in math mode to ``digits`` significant digits, infinities as \\infty."""
    if math.isinf(value):
        return r"\infty" if value > 0 else r"-\infty"
    mantissa, _, exponent = f"{value:.{digits}g}".partition("e")
    return mantissa if not exponent else rf"{mantissa} \times 10^{{{int(exponent)}}}"


def thousands(n: int) -> str:
    """A count in math mode, digits grouped by thousands: 10{,}000."""
    return f"{n:,}".replace(",", "{,}")


def _counterexample(found) -> str:
    point = ", ".join(f"{symbol_latex(name)} = {number(value)}" for name, value in found.point)
    return rf"at ${point}$ the two sides are ${number(found.lhs)}$ and ${number(found.rhs)}$"


# ------------------------------------------------------------------ verdicts

_INSTANCE_MARKS = {
    InstanceStatus.HOLDS: PROVED,
    InstanceStatus.HOLDS_AT_POINTS: PROVED,
    InstanceStatus.FAILS: REFUTED,
    InstanceStatus.UNEVALUATED: UNDECIDED,
}


#: Report verdicts (see :attr:`diffproof.report.Report.verdict`) as a mark and a word.
_REPORT_MARKS = {
    "verified": (PROVED, " verified"),
    "refuted": (REFUTED, ""),
    "numeric check failed": (REFUTED, " (numeric check failed)"),
    "undecided": (UNDECIDED, ""),
}


def verdict_text(report: Report) -> str:
    """The identity's verdict as a mark and a word (text mode)."""
    macro, word = _REPORT_MARKS.get(report.verdict, (UNDECIDED, f" ({report.verdict})"))
    return f"${macro.call(expand=False)}${escape(word)}"


# ---------------------------------------------------------------------- parts


def _statement(report: Report) -> str:
    return align(statement_rows(report.identity.derivations))


def _assumptions(report: Report) -> str:
    items = [assumption_text(a) for a in report.identity.assumptions]
    return r"{\raggedright\paragraph{Assumptions.} " + ("; ".join(items) if items else "none") + r".\par}"


def _derivations(report: Report) -> str:
    parts = [r"\paragraph{Derivation.}"]
    for result in report.symbolic.derivations:
        label = result.derivation.label
        if len(report.symbolic.derivations) > 1:
            parts.append(rf"\par\noindent\textit{{{escape(label[:1].upper() + label[1:])}.}}")
        try:
            rows = derivation_rows(result.derivation, result.steps, DOCUMENT)
        except RenderError as error:
            raise RenderError(f"{label}, {error}") from error
        parts.append(align(rows))
        parts.append(
            rf"\noindent{{\small Chain: {escape(result.closure.reason)}\enspace ${mark(result.closure, expand=False)}$}}"
        )
    return "\n".join(parts)


def _instances(report: Report) -> str:
    results = report.symbolic.instances
    if not results:
        return r"\paragraph{Concrete instance.} None."
    items = []
    for result in results:
        text = rf"{escape(result.instance.description)} (claim: {escape(result.derivation.label)}): {escape(result.status.value)}"
        text += rf", {escape(result.method)}\enspace ${_INSTANCE_MARKS[result.status].call(expand=False)}$"
        if result.counterexample is not None:
            text += "; " + _counterexample(result.counterexample)
        items.append(rf"{ITEM} {text}")
    return "\n".join([r"\paragraph{Concrete instances.}", COMPACT_LIST[0], *items, COMPACT_LIST[1]])


def _comparison(c, test: str | None) -> str:
    lo, hi = c.interval
    figures = rf"estimate ${number(c.estimate, 6)}$, reference ${number(c.reference, 6)}$, interval $[{number(lo, 6)}, {number(hi, 6)}]$"
    if c.n:
        figures += rf", $n = {thousands(c.n)}$"
    if test is None:
        figures += f"; {escape(c.test)}"
    macro = PROVED if c.passed else REFUTED
    return rf"{ITEM} {escape(c.label)}: {figures}\enspace ${macro.call(expand=False)}$"


def _numeric(report: Report) -> str:
    result = report.numeric
    if result is None:
        return r"\paragraph{Numeric check.} None registered."
    tests = {c.test for c in result.comparisons}
    test = tests.pop() if len(tests) == 1 else None
    head = (
        rf"\paragraph{{Numeric check.}} {escape(result.family)}; family-wise false-alarm rate "
        rf"${number(result.false_alarm)}$ over {len(result.comparisons)} comparison(s)"
        + (f", each a {escape(test)}." if test else ".")
    )
    items = [_comparison(c, test) for c in result.comparisons]
    return "\n".join([head, COMPACT_LIST[0], *items, COMPACT_LIST[1]])


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _render(report: Report, part: Callable[[Report], str]) -> str:
    try:
        tex = part(report)
        found = _CONTROL.search(tex)
        if found:
            line = tex[: found.start()].rsplit("\n", 1)[-1][-60:]
            where = part.__name__.strip("_")
            raise RenderError(
                f"{where}: control character {found.group()!r} after {line!r} (a string missing its r prefix?)"
            )
        return tex
    except RenderError as error:
        raise RenderError(f"identity {report.identity.name!r}: {error}") from error
    except Exception as error:  # noqa: BLE001 - any failure is reported with the identity and part
        raise RenderError(f"identity {report.identity.name!r}, {part.__name__.strip('_')}: {error}") from error


def identity_section(report: Report) -> str:
    """The subsection of one identity."""
    identity = report.identity
    head = [
        rf"\subsection{{{escape(identity.title)}}}",
        rf"\noindent\texttt{{{escape(identity.name)}}}\quad {verdict_text(report)}"
        + (rf"\quad {escape(identity.source)}" if identity.source else ""),
    ]
    failure = report.failure()
    if failure is not None:
        head.append(rf"\par\noindent\textbf{{Not verified:}} {escape(failure)}")
    parts = [_render(report, part) for part in (_statement, _assumptions, _derivations, _instances, _numeric)]
    return "\n".join(head + parts)


def _counts(report: Report) -> tuple[str, str, str]:
    proved, total = report.symbolic.steps_proved
    holding = sum(r.holds for r in report.symbolic.instances)
    instances = f"{holding}/{len(report.symbolic.instances)}"
    numeric = (
        "none"
        if report.numeric is None
        else f"{sum(c.passed for c in report.numeric.comparisons)}/{len(report.numeric.comparisons)}"
    )
    return f"{proved}/{total}", instances, numeric


def summary_table(reports: Sequence[Report]) -> str:
    """Every identity with its steps proved, instances holding, comparisons passing and verdict."""
    head = r"Identity & Steps proved & Instances hold & Numeric pass & Verdict \\"
    rows = [
        rf"\texttt{{{escape(r.identity.name)}}} & " + " & ".join(_counts(r)) + rf" & {verdict_text(r)} \\"
        for r in reports
    ]
    tally = Counter(r.verdict for r in reports)
    total = ", ".join(f"{count} {escape(verdict)}" for verdict, count in sorted(tally.items()))
    return "\n".join(
        [
            r"\begin{longtable}{@{}lcccl@{}}",
            r"\toprule",
            head,
            r"\midrule",
            r"\endhead",
            *rows,
            r"\bottomrule",
            rf"\multicolumn{{5}}{{@{{}}l}}{{{len(reports)} identities: {total}.}}",
            r"\end{longtable}",
        ]
    )


def body(reports: Sequence[Report]) -> str:
    """The summary table, then a section per part of the tutorial with a subsection per identity."""
    parts = [r"\section*{Summary}", summary_table(reports)]
    for section in SECTIONS:
        chosen = [r for r in reports if r.identity.section == section]
        if chosen:
            parts.append(rf"\section{{{escape(section[:1].upper() + section[1:])}}}")
            parts.extend(identity_section(r) for r in chosen)
    return "\n\n".join(parts) + "\n"


def _requirements() -> list[str]:
    return [rf"\usepackage{{{','.join(PACKAGES)}}}", *(macro.definition() for macro in MACROS), FIT]


def standalone(reports: Sequence[Report], title: str = TITLE) -> str:
    """A complete article that compiles with pdflatex."""
    return "\n".join(
        [
            r"\documentclass[10pt]{article}",
            *_requirements(),
            *LAYOUT,
            r"\allowdisplaybreaks",
            rf"\title{{{escape(title)}}}",
            r"\author{generated by \texttt{diffproof latex}; every step machine-checked}",
            r"\date{}",
            r"\begin{document}",
            r"\maketitle",
            body(reports),
            r"\end{document}",
            "",
        ]
    )


def fragment(reports: Sequence[Report]) -> str:
    """The body alone, for ``\\input``; the packages and macros it needs are listed at the top."""
    header = ["% diffproof fragment: put these lines in your preamble", *(f"%   {line}" for line in _requirements())]
    return "\n".join(header) + "\n\n" + body(reports)


# ---------------------------------------------------------------------- files


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file in the same folder, renamed)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


class LatexError(RuntimeError):
    """pdflatex is missing or failed; the message holds the error lines of its log."""


_LOG_ERROR = re.compile(r"^(!.*|.*:\d+: .*|l\.\d+ .*)$", re.MULTILINE)


@dataclass(frozen=True)
class Compilation:
    """The PDF that pdflatex produced and the log of its last pass (warnings such as overfull lines)."""

    pdf: Path
    log: str


def compile_pdf(tex: Path, *, passes: int = 2) -> Compilation:
    """Compile ``tex`` with ``pdflatex -halt-on-error``; the PDF lands beside it, auxiliary files do not.

    A second pass runs only when LaTeX asks for it (longtable widths).  On failure the log is kept
    beside ``tex`` and its error lines are in the :class:`LatexError`.
    """
    pdflatex = shutil.which("pdflatex")
    if pdflatex is None:
        raise LatexError(
            "pdflatex not found on PATH; install TeX Live (e.g. apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended)"
        )
    with tempfile.TemporaryDirectory(prefix="diffproof-latex-") as build:
        command = [
            pdflatex,
            "-interaction=nonstopmode",
            "-halt-on-error",
            "-file-line-error",
            f"-output-directory={build}",
            tex.name,
        ]
        log = Path(build, tex.stem + ".log")
        for _ in range(passes):
            done = subprocess.run(
                command, cwd=tex.parent, capture_output=True, text=True, errors="replace", timeout=600
            )
            text = log.read_text(errors="replace") if log.exists() else done.stdout
            if done.returncode != 0:
                if log.exists():
                    shutil.copyfile(log, tex.with_suffix(".log"))
                errors = "\n".join(_LOG_ERROR.findall(text)[:12]) or done.stdout[-2000:]
                raise LatexError(f"pdflatex failed on {tex} (log: {tex.with_suffix('.log')}):\n{errors}")
            if "Rerun LaTeX" not in text and "Rerun to get" not in text:
                break
        pdf = tex.with_suffix(".pdf")
        shutil.copyfile(Path(build, tex.stem + ".pdf"), pdf)
    return Compilation(pdf, text)
