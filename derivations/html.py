"""HTML for notebooks: an identity, and its verification report, with their maths for MathJax.

``Identity._repr_html_`` and ``Report._repr_html_`` return a self-contained
``<div>``: the title, the statement, the assumptions, each derivation as a
table of steps (the expression, the rule, the conditions the kernel checked,
the verdict with its counterexample), the concrete instances and the numeric
comparisons.  Maths is LaTeX inside ``\\(...\\)`` and ``\\[...\\]``, which
Jupyter typesets; everything else is escaped HTML.  The words are those of the
text report and the LaTeX document, from the same fields.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from derivations.justification import Justification
from derivations.kernel.vocabulary import Status
from derivations.latex import INLINE, TutorialPrinter, align, assumption_text, statement_rows
from derivations.model import Fact
from derivations.prose import prose_html

#: Colours of the verdicts (readable on light and dark themes).
COLOURS = {Status.PROVED: "#1a7f37", Status.REFUTED: "#cf222e", Status.UNDECIDED: "#9a6700"}
SYMBOLS = {Status.PROVED: "&#10003;", Status.REFUTED: "&#10007;", Status.UNDECIDED: "?"}

_STYLE = (
    "<style>.diffproof table{border-collapse:collapse;margin:0.3em 0 0.8em 0}"
    ".diffproof td,.diffproof th{border-bottom:1px solid #8884;padding:0.2em 0.6em;text-align:left;vertical-align:top}"
    ".diffproof .verdict{font-weight:bold}</style>"
)


def _math(tex: str) -> str:
    return rf"\({html.escape(tex, quote=False)}\)"


def _display(tex: str) -> str:
    return rf"\[{html.escape(tex, quote=False)}\]"


def _status(status: Status, words: str = "") -> str:
    colour = COLOURS[status]
    label = words or status.value
    return f'<span class="verdict" style="color:{colour}">{SYMBOLS[status]} {html.escape(label)}</span>'


def _assumption(assumption) -> str:
    if isinstance(assumption, Fact) and not assumption.latex:
        return prose_html(assumption.text)
    tex = assumption_text(assumption)
    return _math(tex.strip("$"))


def _step_rows(derivation, results: Sequence | None) -> list[str]:
    printer = TutorialPrinter()
    rows = []
    previous_expr = printer.doprint(derivation.lhs)
    rows.append(f"<tr><td></td><td>{_math(previous_expr)}</td><td></td><td></td><td></td></tr>")
    for index, step in enumerate(derivation.steps, start=1):
        verdict = None if results is None else results[index - 1].verdict
        expression = _math(f"{step.relation.latex} {printer.doprint(step.expr)}")
        if verdict is None:
            rule, checked, judged = prose_html(step.rule.name), "", ""
        else:
            justification = Justification.of(step.rule.name, verdict)
            rule = prose_html(justification.note())
            checked = prose_html(justification.checked() or "")
            judged = _status(verdict.status)
            if not verdict.proved:
                judged += "<br>" + prose_html(verdict.describe())
        rows.append(f"<tr><td>{index}</td><td>{expression}</td><td>{rule}</td><td>{checked}</td><td>{judged}</td></tr>")
    return rows


def _derivations(identity, results: Sequence | None) -> list[str]:
    parts = []
    for index, derivation in enumerate(identity.derivations):
        steps = None if results is None else results[index].steps
        title = "Derivation" if derivation.label == "statement" else "Derivation: " + prose_html(derivation.label)
        parts.append(f"<p><b>{title}.</b></p>")
        head = "<tr><th>step</th><th></th><th>rule</th><th>checked</th><th>verdict</th></tr>"
        parts.append("<table>" + head + "".join(_step_rows(derivation, steps)) + "</table>")
        if results is not None:
            closure = results[index].closure
            parts.append(f"<p>{prose_html('Chain: ' + closure.reason)} {_status(closure.status)}</p>")
    return parts


def _identity_parts(identity) -> list[str]:
    parts = [f"<h4>{prose_html(identity.title)}</h4>"]
    statement = align(statement_rows(identity.derivations, INLINE), "aligned")
    parts.append(f"<p><b>Statement.</b></p>{_display(statement)}")
    if identity.assumptions:
        items = "; ".join(_assumption(a) for a in identity.assumptions)
        parts.append(f"<p><b>Assumptions.</b> {items}.</p>")
    return parts


def identity_html(identity) -> str:
    """An identity: title, name, statement, assumptions, and each derivation's steps with their rules."""
    source = f" &middot; {prose_html(identity.source)}" if identity.source else ""
    head = f"<p><code>{html.escape(identity.name)}</code>{source}</p>"
    body = _identity_parts(identity) + [head] + _derivations(identity, None)
    return _STYLE + '<div class="diffproof">' + "".join(body) + "</div>"


def _report_status(report) -> Status:
    if report.verified:
        return Status.PROVED
    return Status.REFUTED if report.verdict in ("refuted", "numeric check failed") else Status.UNDECIDED


def report_html(report) -> str:
    """A verification report: the identity with every step's rule, checked conditions and verdict, the
    counterexamples, the concrete instances and the numeric comparisons."""
    identity = report.identity
    source = f" &middot; {prose_html(identity.source)}" if identity.source else ""
    head = [
        f"<p><code>{html.escape(identity.name)}</code> {_status(_report_status(report), report.verdict)}{source}</p>"
    ]
    failure = report.failure()
    if failure is not None:
        head.append(f"<p><b>Not verified:</b> {prose_html(failure)}</p>")
    if report.axioms:
        head.append(f"<p><b>Axioms assumed:</b> {prose_html('; '.join(report.axioms))}</p>")
    parts = _identity_parts(identity) + head + _derivations(identity, report.derivations)
    parts += _instances(report) + _numeric(report)
    return _STYLE + '<div class="diffproof">' + "".join(parts) + "</div>"


def _instances(report) -> list[str]:
    if not report.instances:
        return []
    items = []
    for result in report.instances:
        status = Status.PROVED if result.holds else Status.REFUTED if result.counterexample else Status.UNDECIDED
        words = prose_html(f"{result.description} (claim: {result.claim}): {result.status.value}, {result.method}")
        if result.counterexample is not None:
            words += "; " + prose_html(result.counterexample.describe())
        items.append(f"<li>{words} {_status(status, ' ')}</li>")
    return ["<p><b>Concrete instances.</b></p><ul>" + "".join(items) + "</ul>"]


def _numeric(report) -> list[str]:
    result = report.numeric
    if result is None:
        return []
    rows = []
    for c in result.comparisons:
        status = Status.PROVED if c.passed else Status.REFUTED
        lo, hi = c.interval
        rows.append(
            f"<tr><td>{prose_html(c.label)}</td><td>{c.estimate:.6g}</td><td>{c.reference:.6g}</td>"
            f"<td>[{lo:.6g}, {hi:.6g}]</td><td>{c.n:,}</td><td>{prose_html(c.test)}</td><td>{_status(status, ' ')}</td></tr>"
        )
    head = "<tr><th>comparison</th><th>estimate</th><th>reference</th><th>interval</th><th>n</th><th>test</th><th></th></tr>"
    intro = f"<p><b>Numeric check.</b> {prose_html(result.family)}; family-wise false-alarm rate {result.false_alarm:g}.</p>"
    return [intro, "<table>" + head + "".join(rows) + "</table>"]
