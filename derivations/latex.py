"""LaTeX in the tutorial's notation: bold vectors, \\bar\\alpha_t, \\mathcal{N}, D_KL.

Everything here is printed from the objects that are checked: expressions by
:class:`NotationPrinter`, derivations as ``align`` rows (one step a row, its rule
and verdict beside it), long sums broken at their top-level signs.  The
documents of :mod:`diffproof.document` and every ``_repr_latex_`` use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sympy as sp
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE

from derivations.symbols import LATEX_NAMES, Noise

# ----------------------------------------------------------------- expressions

_INFINITE = (sp.S.NegativeInfinity, sp.S.Infinity)


def _is_vector(expr: sp.Basic) -> bool:
    """Symbols printed bold (data, latents, noises): written after their coefficients."""
    return isinstance(expr, sp.Symbol) and LATEX_NAMES.get(expr, "").startswith((r"\mathbf", r"\boldsymbol"))


class NotationPrinter(LatexPrinter):
    """SymPy's LaTeX printer in the tutorial's notation.

    ``\\log p(x)`` and ``\\log \\frac{a}{b}`` without parentheses, ``\\int f \\, dz`` for the
    whole line, coefficients before bold vectors (``\\sqrt{\\bar\\alpha_t} \\mathbf{x}_0``),
    positive terms before negative ones, noise terms last, ``f'(u)`` for a derivative at a point.
    """

    def __init__(self, settings: dict | None = None) -> None:
        super().__init__({"ln_notation": False, **(settings or {})})

    def _print_Symbol(self, expr: sp.Symbol, style: str = "plain") -> str:
        if expr in LATEX_NAMES:
            return LATEX_NAMES[expr]
        return super()._print_Symbol(expr, style)

    def _print_log(self, expr: sp.log, exp: str | None = None) -> str:
        (argument,) = expr.args
        inner = self._print(argument)
        if not (argument.is_Atom or _is_applied(argument) or _is_simple_fraction(argument)):
            inner = rf"\left({inner}\right)"
        tex = rf"\log {inner}"
        return rf"\left({tex}\right)^{{{exp}}}" if exp is not None else tex

    def _print_Integral(self, expr: sp.Integral) -> str:
        if all(len(limit) == 3 and tuple(limit[1:]) == _INFINITE for limit in expr.limits):
            expr = sp.Integral(expr.function, *((limit[0],) for limit in expr.limits))
        return super()._print_Integral(expr)

    def _print_Mul(self, expr: sp.Mul) -> str:
        vectors = [factor for factor in expr.args if _is_vector(factor)]
        if not vectors or len(vectors) == len(expr.args):
            return super()._print_Mul(expr)
        scalar = sp.Mul(*(factor for factor in expr.args if not _is_vector(factor)))
        if scalar.could_extract_minus_sign():
            return "- " + self._print(-expr)
        coefficient = self.parenthesize(scalar, PRECEDENCE["Mul"], strict=True)
        return " ".join([coefficient, *(self._print(v) for v in vectors)])

    def _as_ordered_terms(self, expr: sp.Basic, order: str | None = None) -> list[sp.Expr]:
        terms = super()._as_ordered_terms(expr, order=order)
        if not isinstance(expr, sp.Add):
            return terms
        return sorted(terms, key=lambda t: (any(isinstance(s, Noise) for s in t.free_symbols), t.could_extract_minus_sign()))

    def _print_Subs(self, subs: sp.Subs) -> str:
        derivative, (old,), (new,) = subs.args
        if _is_derivative_of_function_at(derivative, old):
            primes = "'" * len(derivative.variables)
            return rf"{self._print(derivative.expr.func)}{primes}\left({self._print(new)}\right)"
        return super()._print_Subs(subs)


def _is_derivative_of_function_at(derivative: sp.Basic, variable: sp.Symbol) -> bool:
    """f prime (up to three primes) of an undefined function of one variable, differentiated in it."""
    return (
        isinstance(derivative, sp.Derivative)
        and isinstance(derivative.expr, sp.core.function.AppliedUndef)
        and derivative.expr.args == (variable,)
        and set(derivative.variables) == {variable}
        and len(derivative.variables) <= 3
    )


def _is_applied(expr: sp.Basic) -> bool:
    """An atom-like application: p(x | z), N(x; m, v), f(x)."""
    from derivations.probability import Density, Normal

    return isinstance(expr, Density | Normal | sp.core.function.AppliedUndef)


def _is_simple_fraction(expr: sp.Basic) -> bool:
    """a / b printed as \\frac: needs no parentheses after \\log."""
    numerator, denominator = sp.fraction(expr)
    return denominator != 1 and not expr.could_extract_minus_sign()


def latex(expr: sp.Basic, **settings) -> str:
    """``expr`` in the tutorial's notation."""
    return NotationPrinter(settings).doprint(expr)


_NAMES = {symbol.name: tex for symbol, tex in LATEX_NAMES.items()}


def symbol_latex(name: str) -> str:
    """The symbol called ``name`` (as a counterexample names it) in the tutorial's notation."""
    return _NAMES.get(name) or latex(sp.Symbol(name))


# ------------------------------------------------------------------------ text

_TEXT_ESCAPES = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}


def escape(text: str) -> str:
    """Plain ``text`` as LaTeX text: every special character escaped."""
    return "".join(_TEXT_ESCAPES.get(char, char) for char in text)


# ----------------------------------------------------------------------- width

_ZERO_WIDTH = {
    r"\left", r"\right", r"\mathbf", r"\boldsymbol", r"\bm", r"\mathcal", r"\mathbb", r"\mathrm",
    r"\bar", r"\limits", r"\displaystyle", r"\operatorname", r"\,", r"\;", r"\ ", r"\mid",
}


def _tokens(tex: str) -> list[str]:
    tokens, i = [], 0
    while i < len(tex):
        if tex[i] == "\\":
            j = i + 1
            while j < len(tex) and tex[j].isalpha():
                j += 1
            tokens.append(tex[i : max(j, i + 2)])
            i = max(j, i + 2)
        else:
            tokens.append(tex[i])
            i += 1
    return tokens


def _group(tokens: list[str], i: int) -> tuple[list[str], int]:
    """The tokens of the group (or single token) starting at ``i``, and the index after it."""
    if i >= len(tokens) or tokens[i] != "{":
        return tokens[i : i + 1], i + 1
    depth, j = 0, i
    while j < len(tokens):
        depth += {"{": 1, "}": -1}.get(tokens[j], 0)
        if depth == 0:
            return tokens[i + 1 : j], j + 1
        j += 1
    return tokens[i + 1 :], len(tokens)


def _width(tokens: list[str]) -> float:
    total, i = 0.0, 0
    while i < len(tokens):
        token = tokens[i]
        if token == r"\frac":
            numerator, i = _group(tokens, i + 1)
            denominator, i = _group(tokens, i)
            total += max(_width(numerator), _width(denominator)) + 0.5
            continue
        if token in ("_", "^"):
            script, i = _group(tokens, i + 1)
            total += 0.7 * _width(script)
            continue
        if token == r"\text":
            text, i = _group(tokens, i + 1)
            total += 0.9 * len(text)
            continue
        i += 1
        if token in ("{", "}", " ") or token in _ZERO_WIDTH:
            continue
        total += 1.5 if token in ("=", "+", "-", r"\le", r"\ge") else 1.0
    return total


def width(tex: str) -> float:
    """The displayed width of math ``tex`` in character widths, roughly: for breaking lines."""
    return _width(_tokens(tex))


# -------------------------------------------------------------- line breaking

#: Width of a derivation's expression column, in character widths of :func:`width`.
LINE_WIDTH = 64.0


def broken(expr: sp.Expr, budget: float, printer: NotationPrinter | None = None) -> list[str]:
    """``expr`` as lines within ``budget`` where it can be: a sum is broken before a top-level + or -.

    The first line carries the first terms; each later line starts with its sign.  A single term
    wider than the budget stays whole (it cannot be broken here).
    """
    printer = printer or NotationPrinter()
    tex = printer.doprint(expr)
    if not isinstance(expr, sp.Add) or width(tex) <= budget:
        return [tex]
    lines: list[list[sp.Expr]] = [[]]
    for term in printer._as_ordered_terms(expr):
        candidate = [*lines[-1], term]
        if lines[-1] and width(_terms_tex(candidate, printer, len(lines) > 1)) > budget:
            lines.append([term])
        else:
            lines[-1] = candidate
    return [_terms_tex(chunk, printer, index > 0) for index, chunk in enumerate(lines)]


def _terms_tex(terms: Sequence[sp.Expr], printer: NotationPrinter, continued: bool) -> str:
    """Part of a sum, as the printer writes sums; a continued part starts with its sign."""
    parts = []
    for index, term in enumerate(terms):
        sign = "+ " if index > 0 or continued else ""
        if term.could_extract_minus_sign():
            sign, term = "- ", -term
        body = printer._print(term)
        if printer._needs_add_brackets(term):
            body = rf"\left({body}\right)"
        parts.append(sign + body)
    return " ".join(parts)


# ---------------------------------------------------------------------- marks


@dataclass(frozen=True)
class Macro:
    """A LaTeX macro of at most one argument: called by name in documents, expanded elsewhere."""

    name: str
    body: str
    arity: int = 0

    def definition(self) -> str:
        arguments = f"[{self.arity}]" if self.arity else ""
        return rf"\newcommand{{\{self.name}}}{arguments}{{{self.body}}}"

    def call(self, *arguments: str, expand: bool) -> str:
        if len(arguments) != self.arity:
            raise ValueError(f"macro \\{self.name} takes {self.arity} argument(s), got {len(arguments)}")
        if expand:
            return self.body.replace("#1", arguments[0]) if arguments else self.body
        return f"\\{self.name}" + "".join(f"{{{argument}}}" for argument in arguments)


#: The verdict marks, in math mode; a document defines them so that a reader can restyle them.
PROVED = Macro("dpproved", r"\checkmark")
REFUTED = Macro("dprefuted", r"\boldsymbol{\times}\ \text{\textbf{refuted}}")
UNDECIDED = Macro("dpundecided", r"\boldsymbol{?}\ \text{\textbf{undecided}}")
MACROS = (PROVED, REFUTED, UNDECIDED)


def mark(verdict, *, expand: bool = True) -> str:
    """The mark of a :class:`~derivations.checking.Verdict` (math mode)."""
    from derivations.checking import Status

    macro = {Status.PROVED: PROVED, Status.REFUTED: REFUTED, Status.UNDECIDED: UNDECIDED}[verdict.status]
    return macro.call(expand=expand)


# ------------------------------------------------------------------ derivations


class RenderError(ValueError):
    """An object that could not be rendered; the message names the identity and step."""


@dataclass(frozen=True)
class Layout:
    """How derivation rows are written: ``reason`` turns a verdict's reason into a row of its own."""

    expand_marks: bool
    reason: Callable[[str], str]


#: For Jupyter (MathJax): marks expanded, reasons as a text row.
INLINE = Layout(True, lambda reason: rf"&& \text{{{escape(reason)}}}")
#: For documents: mark macros, reasons as wrapped text between the rows.
DOCUMENT = Layout(False, lambda reason: rf"\shortintertext{{\small\hspace*{{2em}}{escape(reason)}}}")


def _rows(first: str, relation: str, lines: list[str], note: str) -> list[str]:
    """``first relation lines[0]  note``, then each later line indented under it."""
    rows = [f"{first} &{relation} {lines[0]} && {note}"]
    rows.extend(rf"&\qquad {line}" for line in lines[1:])
    return rows


def derivation_rows(derivation, results: Sequence | None = None, layout: Layout = INLINE) -> list[str]:
    """The rows of an ``align`` for ``derivation``: one step (or more lines) each, rule and verdict beside.

    ``results`` are the :class:`~derivations.checking.StepResult` s of the steps, when checked.
    """
    printer = NotationPrinter()
    lhs = printer.doprint(derivation.lhs)
    notes = [rf"\text{{({escape(step.rule.name)})}}" for step in derivation.steps]
    budget = LINE_WIDTH - max((width(note) for note in notes), default=0)
    rows: list[str] = []
    if width(lhs) > budget / 3:
        rows.append(rf"&\phantom{{=}} {lhs}")
        lhs = ""
    else:
        budget -= width(lhs)
    for index, step in enumerate(derivation.steps):
        note = notes[index]
        verdict = results[index].verdict if results is not None else None
        if verdict is not None:
            note += r"\ " + mark(verdict, expand=layout.expand_marks)
        try:
            lines = broken(step.expr, budget, printer)
        except Exception as error:  # noqa: BLE001 - any printing failure is reported with its step
            raise RenderError(f"step {index + 1} ({step.rule.name}): {type(error).__name__}: {error}") from error
        rows.extend(_rows(lhs if index == 0 else "", step.relation.latex, lines, note))
        if verdict is not None and not verdict.proved:
            rows.append(layout.reason(f"Step {index + 1}: {verdict.status.value}: {verdict.method}"))
    return rows


def align(rows: Sequence[str], environment: str = "align*") -> str:
    """``rows`` as an amsmath environment, one per line."""
    body = " \\\\\n".join(rows)
    return f"\\begin{{{environment}}}\n{body}\n\\end{{{environment}}}"


def claim_latex(derivation) -> str:
    """``lhs relation rhs`` of a derivation, on one line."""
    printer = NotationPrinter()
    return f"{printer.doprint(derivation.lhs)} {derivation.relation.latex} {printer.doprint(derivation.rhs)}"


def claim_rows(derivation, note: str = "") -> list[str]:
    """``lhs relation rhs`` as ``align`` rows, the right side broken when long, ``note`` beside it."""
    printer = NotationPrinter()
    lhs = printer.doprint(derivation.lhs)
    budget = LINE_WIDTH + 16 - width(lhs)
    return _rows(lhs, derivation.relation.latex, broken(derivation.rhs, budget, printer), note)


def assumption_latex(assumption) -> str:
    """An assumption in math mode (a fact stated in words becomes escaped text)."""
    from derivations.model import Fact

    if isinstance(assumption, Fact) and not assumption.latex:
        return rf"\text{{{escape(assumption.text)}}}"
    return NotationPrinter().doprint(assumption)


# ------------------------------------------------------------ _repr_latex_ bodies


def _display(body: str) -> str:
    return f"$\\displaystyle {body}$"


def step_latex(step) -> str:
    """A step alone: ``relation expr  (rule)``."""
    return _display(rf"{step.relation.latex} {latex(step.expr)} \quad \text{{({escape(step.rule.name)})}}")


def derivation_latex(derivation, results: Sequence | None = None) -> str:
    """A derivation as an ``aligned`` display, with verdict marks when ``results`` are given."""
    return _display(align(derivation_rows(derivation, results, INLINE), "aligned"))


def verdict_latex(verdict) -> str:
    """A verdict's mark and its method."""
    return _display(rf"{mark(verdict)}\ \text{{({escape(verdict.method)})}}")


def _identity_rows(identity, results: Sequence | None = None) -> list[str]:
    rows = []
    for index, derivation in enumerate(identity.derivations):
        rows.append(rf"&\text{{{escape(derivation.label)}:}}")
        rows.extend(derivation_rows(derivation, None if results is None else results[index].steps, INLINE))
    return rows


def identity_latex(identity) -> str:
    """Every derivation of ``identity``, step by step, each under its label."""
    return _display(align(_identity_rows(identity), "aligned"))


def identity_result_latex(result) -> str:
    """Every derivation of a checked identity, each step with its verdict mark."""
    return _display(align(_identity_rows(result.identity, result.derivations), "aligned"))
