"""LaTeX documents of verified identities, and their compilation with pdflatex.

A document has a summary table of every identity and its verdict, each row
linked to the proof, then a section per part of the tutorial and a subsection
per identity: its statement, assumptions, derivation (one step a row, its rule
and verdict at the margin), the concrete instances and the numeric check with
their figures.  Everything a reader sees is LaTeX: prose keeps its maths in
``$...$`` (:mod:`derivations.prose`), long lines are broken, never shrunk, and
a citation of another identity links to its proof.  The PDF has bookmarks per
section and identity, and its title, author and subject set.

Everything is rendered from the verification :class:`~diffproof.report.Report`;
a rendering failure is a :class:`~derivations.latex.RenderError` naming the
identity and step, and no file is written.
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
from dataclasses import dataclass, replace
from pathlib import Path

from derivations.kernel.checking import InstanceStatus
from derivations.latex import (
    DOCUMENT,
    MACROS,
    PROVED,
    REFUTED,
    UNDECIDED,
    Layout,
    RenderError,
    align,
    assumption_text,
    derivation_rows,
    escape,
    mark,
    proportional_note,
    statement_rows,
)
from derivations.model import SECTIONS
from derivations.prose import prose_latex, prose_unicode
from diffproof.report import Report

#: What the body needs (all in a basic TeX Live: texlive-latex-base and texlive-latex-recommended);
#: hyperref comes last, as it must.
PACKAGES = ("amsmath", "amssymb", "bm", "mathtools", "longtable", "booktabs")
LINKS = (r"\usepackage[unicode,pdfusetitle]{hyperref}", r"\usepackage{bookmark}")
#: What the standalone document adds for its own layout.
LAYOUT = (r"\usepackage[a4paper,margin=2cm]{geometry}", r"\usepackage{xcolor}")

TITLE = "Understanding Diffusion Models, derived and checked step by step"
AUTHOR = "diffproof"
SUBJECT = "Every identity of C. Luo (2022), Understanding Diffusion Models: A Unified Perspective, derived step by step and machine-checked"
KEYWORDS = "diffusion models, ELBO, variational diffusion model, score matching, Tweedie, proof checking"


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


# ------------------------------------------------------------------ verdicts

_INSTANCE_MARKS = {
    InstanceStatus.HOLDS: PROVED,
    InstanceStatus.HOLDS_AT_POINTS: PROVED,
    InstanceStatus.FAILS: REFUTED,
    InstanceStatus.UNEVALUATED: UNDECIDED,
}


def verdict_text(report: Report) -> str:
    """The identity's verdict as a mark and words (text mode): ``✓ verified``, ``× refuted``, ..."""
    if report.verified:
        return f"${PROVED.call(expand=False)}$ {escape(report.verdict)}"
    if report.verdict == "undecided":
        return f"${UNDECIDED.call(expand=False)}$"
    words = "" if report.verdict == "refuted" else f" ({escape(report.verdict)})"
    return f"${REFUTED.call(expand=False)}${words}"


# ---------------------------------------------------------------------- links


def label(name: str) -> str:
    """The LaTeX label of an identity's proof."""
    return "identity:" + re.sub(r"[^A-Za-z0-9-]", "-", name)


def linker(names: set[str]) -> Callable[[str], str | None]:
    """Links from a cited identity's name to its proof, for the identities in the document."""

    def link(word: str) -> str | None:
        return rf"\hyperref[{label(word)}]{{\texttt{{{escape(word)}}}}}" if word in names else None

    return link


@dataclass(frozen=True)
class _Context:
    """What every part of an identity's section needs: the layout (with the links) and the prose writer."""

    layout: Layout

    def words(self, prose: str, capitalize: bool = False) -> str:
        return prose_latex(prose, link=self.layout.link, capitalize=capitalize)


# ---------------------------------------------------------------------- parts


def _statement(report: Report, context: _Context) -> str:
    return align(statement_rows(report.identity.derivations, context.layout))


def _assumptions(report: Report, context: _Context) -> str:
    items = [assumption_text(a, link=context.layout.link) for a in report.identity.assumptions]
    return r"{\raggedright\paragraph{Assumptions.} " + ("; ".join(items) if items else "none") + r".\par}"


def _derivations(report: Report, context: _Context) -> str:
    parts = [r"\paragraph{Derivation.}"]
    for result in report.derivations:
        name = result.derivation.label
        if len(report.derivations) > 1:
            parts.append(rf"\par\medskip\noindent\textit{{{context.words(name, capitalize=True)}.}}")
        try:
            rows = derivation_rows(result.derivation, result.steps, context.layout)
        except RenderError as error:
            raise RenderError(f"{name}, {error}") from error
        parts.append(align(rows))
        closing = [context.words(f"Chain: {result.closure.reason}.")]
        if result.closure_residual is not None and not result.closure.proved:
            closing.append(context.words(f"Residual: {result.closure_residual}."))
        note = proportional_note(result.derivation)
        if note is not None:
            closing.insert(0, note)
        parts.append(rf"\noindent{{\small {' '.join(closing)}\enspace ${mark(result.closure, expand=False)}$}}")
    return "\n".join(parts)


def _instances(report: Report, context: _Context) -> str:
    results = report.instances
    if not results:
        return r"\paragraph{Concrete instance.} None."
    items = []
    for result in results:
        words = context.words(f"{result.description} (claim: {result.claim}): {result.status.value}, {result.method}")
        words += rf"\enspace ${_INSTANCE_MARKS[result.status].call(expand=False)}$"
        if result.counterexample is not None:
            words += "; " + context.words(result.counterexample.describe())
        items.append(rf"{ITEM} {words}")
    return "\n".join([r"\paragraph{Concrete instances.}", COMPACT_LIST[0], *items, COMPACT_LIST[1]])


def _comparison(c, test: str | None, context: _Context) -> str:
    lo, hi = c.interval
    figures = rf"estimate ${number(c.estimate, 6)}$, reference ${number(c.reference, 6)}$, interval $[{number(lo, 6)}, {number(hi, 6)}]$"
    if c.n:
        figures += rf", $n = {thousands(c.n)}$"
    if test is None:
        figures += f"; {context.words(c.test)}"
    macro = PROVED if c.passed else REFUTED
    return rf"{ITEM} {context.words(c.label)}: {figures}\enspace ${macro.call(expand=False)}$"


def _numeric(report: Report, context: _Context) -> str:
    result = report.numeric
    if result is None:
        return r"\paragraph{Numeric check.} None registered."
    tests = {c.test for c in result.comparisons}
    test = tests.pop() if len(tests) == 1 else None
    count = len(result.comparisons)
    head = (
        rf"\paragraph{{Numeric check.}} {context.words(result.family)}; family-wise false-alarm rate "
        rf"${number(result.false_alarm)}$ over {count} comparison{'s' if count != 1 else ''}"
        + (f", each a {context.words(test)}." if test else ".")
    )
    items = [_comparison(c, test, context) for c in result.comparisons]
    return "\n".join([head, COMPACT_LIST[0], *items, COMPACT_LIST[1]])


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _render(report: Report, part: Callable[[Report, _Context], str], context: _Context) -> str:
    try:
        tex = part(report, context)
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


def heading(title: str, command: str = "subsection") -> str:
    """A sectioning command whose title is LaTeX in the text and Unicode in the PDF's bookmarks."""
    tex = prose_latex(title)
    if "$" not in tex and "\\" not in tex:
        return rf"\{command}{{{tex}}}"
    return rf"\{command}{{\texorpdfstring{{{tex}}}{{{escape(prose_unicode(title))}}}}}"


def identity_section(report: Report, layout: Layout = DOCUMENT) -> str:
    """The subsection of one identity (``layout.link`` links the identities it cites)."""
    identity = report.identity
    context = _Context(layout)
    head = [
        heading(identity.title) + rf"\label{{{label(identity.name)}}}",
        rf"\noindent\texttt{{{escape(identity.name)}}}\quad {verdict_text(report)}"
        + (rf"\quad {context.words(identity.source)}" if identity.source else ""),
    ]
    failure = report.failure()
    if failure is not None:
        head.append(rf"\par\noindent\textbf{{Not verified:}} {context.words(failure)}")
    if report.axioms:
        head.append(rf"\par\noindent\textbf{{Axioms assumed:}} {context.words('; '.join(report.axioms))}.")
    parts = [_render(report, part, context) for part in (_statement, _assumptions, _derivations, _instances, _numeric)]
    return "\n".join(head + parts)


def _counts(report: Report) -> tuple[str, str, str]:
    proved, total = report.steps_proved
    holding = sum(r.holds for r in report.instances)
    instances = f"{holding}/{len(report.instances)}"
    numeric = (
        "none"
        if report.numeric is None
        else f"{sum(c.passed for c in report.numeric.comparisons)}/{len(report.numeric.comparisons)}"
    )
    return f"{proved}/{total}", instances, numeric


def summary_table(reports: Sequence[Report]) -> str:
    """Every identity, linked to its proof, with its steps proved, instances holding, comparisons passing,
    verdict and page."""
    head = r"Identity & Steps proved & Instances hold & Numeric pass & Verdict & Page \\"
    rows = [
        rf"\hyperref[{label(r.identity.name)}]{{\texttt{{{escape(r.identity.name)}}}}} & "
        + " & ".join(_counts(r))
        + rf" & {verdict_text(r)} & \pageref{{{label(r.identity.name)}}} \\"
        for r in reports
    ]
    tally = Counter(r.verdict for r in reports)
    total = ", ".join(f"{count} {escape(verdict)}" for verdict, count in sorted(tally.items()))
    return "\n".join(
        [
            r"\begin{longtable}{@{}lccclr@{}}",
            r"\toprule",
            head,
            r"\midrule",
            r"\endhead",
            *rows,
            r"\bottomrule",
            rf"\multicolumn{{6}}{{@{{}}l}}{{{len(reports)} identities: {total}.}}",
            r"\end{longtable}",
        ]
    )


def body(reports: Sequence[Report]) -> str:
    """The summary table, then a section per part of the tutorial with a subsection per identity."""
    layout = replace(DOCUMENT, link=linker({r.identity.name for r in reports}))
    parts = [r"\section*{Summary}\pdfbookmark[1]{Summary}{summary}", summary_table(reports)]
    for section in SECTIONS:
        chosen = [r for r in reports if r.identity.section == section]
        if chosen:
            parts.append(rf"\section{{{escape(section[:1].upper() + section[1:])}}}")
            parts.extend(identity_section(r, layout) for r in chosen)
    return "\n\n".join(parts) + "\n"


def _requirements() -> list[str]:
    return [rf"\usepackage{{{','.join(PACKAGES)}}}", *(macro.definition() for macro in MACROS)]


def _metadata(title: str) -> str:
    fields = {"pdftitle": title, "pdfauthor": AUTHOR, "pdfsubject": SUBJECT, "pdfkeywords": KEYWORDS}
    pairs = ",\n  ".join(f"{key}={{{escape(value)}}}" for key, value in fields.items())
    return (
        "\\hypersetup{\n  "
        + pairs
        + ",\n  pdfcreator={diffproof latex},\n  bookmarksnumbered,\n  bookmarksopen,\n  bookmarksopenlevel=1,\n"
        + "  colorlinks,\n  linkcolor={blue!50!black},\n  urlcolor={blue!50!black}\n}"
    )


def standalone(reports: Sequence[Report], title: str = TITLE) -> str:
    """A complete article that compiles with pdflatex."""
    return "\n".join(
        [
            r"\documentclass[10pt]{article}",
            *_requirements(),
            *LAYOUT,
            *LINKS,
            _metadata(title),
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
    header = [
        "% diffproof fragment: put these lines in your preamble (hyperref and bookmark last)",
        *(f"%   {line}" for line in [*_requirements(), *LINKS]),
    ]
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


def compile_pdf(tex: Path, *, passes: int = 3) -> Compilation:
    """Compile ``tex`` with ``pdflatex -halt-on-error``; the PDF lands beside it, auxiliary files do not.

    Further passes run only while LaTeX asks for them (labels, page references, longtable widths,
    bookmarks).  On failure the log is kept beside ``tex`` and its error lines are in the :class:`LatexError`.
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
            if not re.search(r"Rerun (LaTeX|to get)|Label\(s\) may have changed|has changed", text):
                break
        pdf = tex.with_suffix(".pdf")
        shutil.copyfile(Path(build, tex.stem + ".pdf"), pdf)
    return Compilation(pdf, text)
