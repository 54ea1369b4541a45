"""LaTeX in the tutorial's notation: bold vectors, \\bar\\alpha_t, \\mathcal{N}, D_KL.

Everything here is printed from the objects that are checked: expressions by
:class:`NotationPrinter`, derivations as ``align`` rows (one step a row, its rule
and verdict beside it), long sums broken at their top-level signs.  The
documents of :mod:`diffproof.document` and every ``_repr_latex_`` use it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sympy as sp
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE

from derivations.kernel.checking import Status
from derivations.model import Fact
from derivations.probability import Density, Normal
from derivations.symbols import LATEX_NAMES, Noise

# ----------------------------------------------------------------- expressions

_INFINITE = (sp.S.NegativeInfinity, sp.S.Infinity)


def _is_vector(expr: sp.Basic) -> bool:
    """Symbols printed bold (data, latents, noises, and x_t of an indexed x): written after their coefficients."""
    if isinstance(expr, sp.Indexed):
        expr = expr.base.label
    return isinstance(expr, sp.Symbol) and LATEX_NAMES.get(expr, "").startswith((r"\mathbf", r"\boldsymbol"))


#: An exponent wider than this (in :func:`width` units) is written \\exp(...) at full size, where it can break.
SHORT_EXPONENT = 12.0


class NotationPrinter(LatexPrinter):
    """SymPy's LaTeX printer in the tutorial's notation.

    ``\\log p(x)`` and ``\\log \\frac{a}{b}`` without parentheses, ``\\int f \\, dz`` for the whole
    line and ``\\int_a^b`` with its limits beside it, coefficients before bold vectors
    (``\\sqrt{\\bar\\alpha_t} \\mathbf{x}_0``), positive terms before negative ones, noise terms last,
    ``f'(u)`` for a derivative at a point, ``\\exp(...)`` for a long exponent.
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
        if not (
            argument.is_Atom
            or _is_applied(argument)
            or _is_simple_fraction(argument)
            or isinstance(argument, sp.Product)
        ):
            inner = rf"\left({inner}\right)"
        tex = rf"\log {inner}"
        return rf"\left({tex}\right)^{{{exp}}}" if exp is not None else tex

    def _print_Integral(self, expr: sp.Integral) -> str:
        if all(len(limit) == 3 and tuple(limit[1:]) == _INFINITE for limit in expr.limits):
            expr = sp.Integral(expr.function, *((limit[0],) for limit in expr.limits))
        return super()._print_Integral(expr).replace(r"\limits", "")

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
        return sorted(
            terms, key=lambda t: (any(isinstance(s, Noise) for s in t.free_symbols), t.could_extract_minus_sign())
        )

    def _print_ExpBase(self, expr: sp.Expr, exp: str | None = None) -> str:
        argument = self._print(expr.args[0])
        if width(argument) <= SHORT_EXPONENT:
            return super()._print_ExpBase(expr, exp)
        return self._do_exponent(rf"\exp\left({argument}\right)", exp)

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
    return isinstance(expr, Density | Normal | sp.core.function.AppliedUndef)


def _is_simple_fraction(expr: sp.Basic) -> bool:
    """a / b printed as \\frac: needs no parentheses after \\log."""
    _, denominator = sp.fraction(expr)
    return denominator != 1 and not expr.could_extract_minus_sign()


def latex(expr: sp.Basic, **settings) -> str:
    """``expr`` in the tutorial's notation."""
    return NotationPrinter(settings).doprint(expr)


_NAMES = {symbol.name: tex for symbol, tex in LATEX_NAMES.items()}


def symbol_latex(name: str) -> str:
    """The symbol called ``name`` (as a counterexample names it) in the tutorial's notation."""
    return _NAMES.get(name) or latex(sp.Symbol(name))


# ------------------------------------------------------------------------ text

#: Characters that LaTeX text would misread; in math where the OT1 text fonts lack the glyph
#: (they would pull in bitmap fonts or print the wrong character).
_TEXT_ESCAPES = {
    "\\": r"$\backslash$",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"$\sim$",
    "^": r"\^{}",
    "<": r"$<$",
    ">": r"$>$",
    "|": r"$|$",
}


def escape(text: str) -> str:
    """Plain ``text`` as LaTeX text: every special character escaped."""
    return "".join(_TEXT_ESCAPES.get(char, char) for char in text)


# ----------------------------------------------------------------------- width

_ZERO_WIDTH = {
    r"\left",
    r"\right",
    r"\mathbf",
    r"\boldsymbol",
    r"\bm",
    r"\mathcal",
    r"\mathbb",
    r"\mathrm",
    r"\bar",
    r"\limits",
    r"\displaystyle",
    r"\operatorname",
    r"\,",
    r"\;",
    r"\ ",
}
#: Tokens wider than one character width (operators and spaced relations).
_WIDE = {
    r"\log": 2.5,
    r"\exp": 2.5,
    r"\mid": 1.5,
    r"\sqrt": 1.3,
    "=": 1.5,
    "+": 1.5,
    "-": 1.5,
    r"\le": 1.5,
    r"\ge": 1.5,
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
            total += 0.7 * len(text)
            continue
        i += 1
        if token in ("{", "}", " ") or token in _ZERO_WIDTH:
            continue
        total += _WIDE.get(token, 1.0)
    return total


def width(tex: str) -> float:
    """The displayed width of math ``tex`` in character widths, roughly: for breaking lines."""
    return _width(_tokens(tex))


# -------------------------------------------------------------- line breaking

#: Width of a display line in character widths of :func:`width` (a 17 cm line at 10 pt, about 7 pt per
#: width, less the gap between align's columns).
LINE_WIDTH = 70.0
#: Indentation of a continued line (\qquad), in the same units.
INDENT = 3.0


def broken(expr: sp.Expr, budget: float, printer: NotationPrinter | None = None) -> list[str]:
    """``expr`` as lines within ``budget`` where it can be: a sum is broken before a top-level + or -.

    The first line carries the first terms; each later line starts with its sign.  A line still too
    wide is broken before a + or - inside its brackets (see :func:`split_inside`); what has no such
    sign (a long fraction, a long subscript) stays whole.
    """
    printer = printer or NotationPrinter()
    tex = printer.doprint(expr)
    if width(tex) <= budget:
        return [tex]
    if not isinstance(expr, sp.Add):
        return split_inside(_term_tex(expr, printer, budget), budget)
    lines: list[list[sp.Expr]] = [[]]
    for term in printer._as_ordered_terms(expr):
        candidate = [*lines[-1], term]
        if lines[-1] and width(_terms_tex(candidate, printer, len(lines) > 1)) > budget:
            lines.append([term])
        else:
            lines[-1] = candidate
    texts = [_terms_tex(chunk, printer, index > 0, budget) for index, chunk in enumerate(lines)]
    return [piece for text in texts for piece in split_inside(text, budget)]


def _breaks_before(tokens: list[str], index: int) -> bool:
    """A binary + or - (spaced), or the \\| between the arguments of a divergence (thin-spaced)."""
    around = tokens[index - 1 : index + 2 : 2]
    return (tokens[index] in ("+", "-") and around == [" ", " "]) or (
        tokens[index] == r"\|" and around == [r"\,", r"\,"]
    )


def split_inside(tex: str, budget: float) -> list[str]:
    """Math ``tex`` broken before a binary + or - (or a divergence's \\|) outside braces, inside
    one pair of ``\\left...\\right`` if need be (an expectation's brackets, not the parentheses within).

    A delimiter open at a break is closed with ``\\right.`` and reopened with ``\\left.`` on the next
    line, so that each line is balanced.  Lines are filled greedily up to ``budget``.
    """
    if width(tex) <= budget:
        return [tex]
    tokens = _tokens(tex)
    lines, start, prefix = [], 0, ""
    depth, open_delimiters, cut = 0, 0, None
    for index, token in enumerate(tokens):
        if token in ("{", "}"):
            depth += 1 if token == "{" else -1
        elif token in (r"\left", r"\right"):
            open_delimiters += 1 if token == r"\left" else -1
        elif depth == 0 and open_delimiters <= 1 and index > start + 1 and _breaks_before(tokens, index):
            cut = (index, open_delimiters)
        if cut is not None and width(prefix + "".join(tokens[start : index + 1])) > budget:
            at, still_open = cut
            lines.append(prefix + "".join(tokens[start:at]).rstrip() + r"\right." * still_open)
            prefix, start, cut = r"\left." * still_open, at, None
    lines.append(prefix + "".join(tokens[start:]))
    return lines


def _terms_tex(terms: Sequence[sp.Expr], printer: NotationPrinter, continued: bool, budget: float = math.inf) -> str:
    """Part of a sum, as the printer writes sums; a continued part starts with its sign."""
    parts = []
    for index, term in enumerate(terms):
        sign = "+ " if index > 0 or continued else ""
        if term.could_extract_minus_sign():
            sign, term = "- ", -term
        body = _term_tex(term, printer, budget)
        if printer._needs_add_brackets(term):
            body = rf"\left({body}\right)"
        parts.append(sign + body)
    return " ".join(parts)


def _term_tex(term: sp.Expr, printer: NotationPrinter, budget: float) -> str:
    """``term``; a product too wide for ``budget`` with its wide sums and exponentials written after the
    rest, ``\\frac{a}{b} (c_1 + c_2)`` or ``\\frac{a}{b} \\exp(...)``, so that :func:`split_inside` can break them."""
    tex = printer._print(term)
    if width(tex) <= budget or not isinstance(term, sp.Mul):
        return tex
    factors = sp.Mul.make_args(term)
    wide = [f for f in factors if isinstance(f, sp.Add | sp.exp) and width(printer._print(f)) > SHORT_EXPONENT]
    if not wide:
        return tex
    rest = sp.Mul(*(f for f in factors if f not in wide))
    parts = [] if rest == 1 else [printer._print(rest)]
    parts += [rf"\left({printer._print(f)}\right)" if isinstance(f, sp.Add) else printer._print(f) for f in wide]
    return " ".join(parts)


# ---------------------------------------------------------------------- marks


@dataclass(frozen=True)
class Macro:
    """A LaTeX macro without arguments: called by name in documents, expanded elsewhere (MathJax)."""

    name: str
    body: str

    def definition(self) -> str:
        return rf"\newcommand{{\{self.name}}}{{{self.body}}}"

    def call(self, *, expand: bool) -> str:
        return self.body if expand else f"\\{self.name}"


#: The verdict marks, in math mode; a document defines them so that a reader can restyle them.
PROVED = Macro("dpproved", r"\checkmark")
REFUTED = Macro("dprefuted", r"\boldsymbol{\times}\ \textbf{refuted}")
UNDECIDED = Macro("dpundecided", r"\boldsymbol{?}\ \textbf{undecided}")
MACROS = (PROVED, REFUTED, UNDECIDED)


def mark(verdict, *, expand: bool = True) -> str:
    """The mark of a :class:`~derivations.kernel.checking.Verdict` (math mode)."""
    macro = {Status.PROVED: PROVED, Status.REFUTED: REFUTED, Status.UNDECIDED: UNDECIDED}[verdict.status]
    return macro.call(expand=expand)


# ------------------------------------------------------------------ derivations


class RenderError(ValueError):
    """An object that could not be rendered; the message names the identity and step."""


@dataclass(frozen=True)
class Layout:
    """How derivation rows are written.

    ``text`` puts a line of prose (a reason, a label) between rows.  With ``boxes`` a rule name too
    long for the margin wraps in a box of :data:`NOTE_BOX`, and a line that cannot be broken is scaled
    to its width by :data:`FIT` (documents only: MathJax has neither box).
    """

    expand_marks: bool
    text: Callable[[str], str]
    boxes: bool


#: For Jupyter (MathJax): marks expanded, lines of text as rows, notes on one line.
INLINE = Layout(True, lambda text: rf"&& \text{{{escape(text)}}}", boxes=False)
#: For documents: mark macros, lines of text between the rows, long notes wrapped.
DOCUMENT = Layout(False, lambda text: rf"\shortintertext{{\small\hspace*{{2em}}{escape(text)}}}", boxes=True)

#: A note wider than NOTE_MAX (in :func:`width` units) wraps in a box NOTE_BOX wide, NOTE_WIDTH units.
NOTE_MAX, NOTE_BOX, NOTE_WIDTH = 32.0, "6cm", 27.0


def _note(step, verdict, layout: Layout) -> tuple[str, float]:
    """A step's rule and, when checked, its verdict's mark; with the width it takes."""
    rule = escape(step.rule.name)
    marks = ("", "") if verdict is None else (mark(verdict, expand=True), mark(verdict, expand=layout.expand_marks))
    shown = width(rf"\text{{({rule})}}\ {marks[0]}")
    if layout.boxes and shown > NOTE_MAX:
        after = rf"\ ${marks[1]}$" if marks[1] else ""
        return rf"\parbox[t]{{{NOTE_BOX}}}{{\raggedright ({rule}){after}}}", NOTE_WIDTH
    return rf"\text{{({rule})}}" + (rf"\ {marks[1]}" if marks[1] else ""), shown


#: Points per :func:`width` unit in a 10 pt display (the widest terms of the catalogue, measured by pdflatex).
POINTS_PER_UNIT = 6.5
#: The last resort for a line that cannot be broken: ``\\dpfit{W}{math}`` scales it down to W if wider.
FIT = (
    r"\newsavebox{\dpfitbox}\newcommand{\dpfit}[2]{\sbox{\dpfitbox}{$\displaystyle #2$}"
    r"\ifdim\wd\dpfitbox>#1\relax\resizebox{#1}{!}{\usebox{\dpfitbox}}\else\usebox{\dpfitbox}\fi}"
)


def _lines(expr: sp.Expr, budget: float, printer: NotationPrinter, layout: Layout, where: str) -> list[str]:
    """``expr`` broken within ``budget``; in documents a line that stays wider is fitted to it."""
    lines = _named(where, broken, expr, budget, printer)
    if not layout.boxes:
        return lines
    fitted = rf"\dpfit{{{budget * POINTS_PER_UNIT:.0f}pt}}"
    return [line if width(line) <= budget else f"{fitted}{{{line}}}" for line in lines]


def _rows(first: str, relation: str, lines: list[str], note: str) -> list[str]:
    """``first relation lines[0]  note``, then each later line indented under it."""
    rows = [f"{first} &{relation} {lines[0]}" + (f" && {note}" if note else "")]
    rows.extend(rf"&\qquad {line}" for line in lines[1:])
    return rows


def _placement(lefts: Sequence[str], note_widths: Sequence[float]) -> tuple[list[bool], float]:
    """Which left sides get a row of their own (the wide ones), and the width left for right sides.

    ``align`` makes every row as wide as its widest left side plus its widest right side and note.
    """
    budget = LINE_WIDTH - max(note_widths, default=0)
    own_row = [width(left) > budget / 3 for left in lefts]
    return own_row, budget - max((width(left) for left, own in zip(lefts, own_row) if not own), default=0)


def _named(where: str, render: Callable[..., object], *arguments):
    """``render(*arguments)``; any failure becomes a :class:`RenderError` that says where."""
    try:
        return render(*arguments)
    except Exception as error:  # noqa: BLE001 - any printing failure is reported with where it happened
        raise RenderError(f"{where}: {type(error).__name__}: {error}") from error


def _left_rows(lhs: sp.Expr, printer: NotationPrinter, layout: Layout, where: str, budget: float) -> list[str]:
    """A wide left-hand side on rows of its own, above the relations, broken like a right-hand side."""
    first, *rest = _lines(lhs, budget - INDENT, printer, layout, where)
    return [rf"&\phantom{{=}} {first}", *(rf"&\qquad {line}" for line in rest)]


def derivation_rows(derivation, results: Sequence | None = None, layout: Layout = INLINE) -> list[str]:
    """The rows of an ``align`` for ``derivation``: one step (or more lines) each, rule and verdict beside.

    ``results`` are the :class:`~derivations.kernel.checking.StepResult` s of the steps, when checked.
    """
    printer = NotationPrinter()
    lhs = _named("left-hand side", printer.doprint, derivation.lhs)
    verdicts = [None] * len(derivation.steps) if results is None else [result.verdict for result in results]
    notes = [_note(step, verdict, layout) for step, verdict in zip(derivation.steps, verdicts)]
    (own_row,), budget = _placement([lhs], [note_width for _, note_width in notes])
    rows = _left_rows(derivation.lhs, printer, layout, "left-hand side", budget) if own_row else []
    for index, (step, verdict, (note, _)) in enumerate(zip(derivation.steps, verdicts, notes)):
        lines = _lines(step.expr, budget - INDENT, printer, layout, f"step {index + 1} ({step.rule.name})")
        rows.extend(_rows(lhs if index == 0 and not own_row else "", step.relation.latex, lines, note))
        if verdict is not None and not verdict.proved:
            rows.append(layout.text(f"Step {index + 1}: {verdict.status.value}: {verdict.reason}"))
    return rows


def align(rows: Sequence[str], environment: str = "align*") -> str:
    """``rows`` as an amsmath environment, one per line; a line of text (``\\shortintertext``) ends none."""
    ended = [row if row.startswith(r"\shortintertext") else row + r" \\" for row in rows[:-1]]
    body = "\n".join([*ended, *rows[-1:]])
    return f"\\begin{{{environment}}}\n{body}\n\\end{{{environment}}}"


def statement_rows(derivations: Sequence, layout: Layout = DOCUMENT) -> list[str]:
    """Each claim ``lhs relation rhs`` as ``align`` rows, under its label unless it is the statement itself."""
    printer = NotationPrinter()
    lefts = [_named(f"{d.label}, left-hand side", printer.doprint, d.lhs) for d in derivations]
    own_rows, budget = _placement(lefts, [])
    rows: list[str] = []
    for derivation, left, own_row in zip(derivations, lefts, own_rows):
        lines = _lines(derivation.rhs, budget - INDENT, printer, layout, f"{derivation.label}, right-hand side")
        if derivation.label != "statement":
            rows.append(layout.text(derivation.label[:1].upper() + derivation.label[1:] + ":"))
        if own_row:
            rows.extend(_left_rows(derivation.lhs, printer, layout, f"{derivation.label}, left-hand side", LINE_WIDTH))
        rows.extend(_rows("" if own_row else left, derivation.relation.latex, lines, ""))
    return rows


def assumption_text(assumption) -> str:
    """An assumption in text mode: math in ``$...$``, a fact stated only in words as escaped text."""
    if isinstance(assumption, Fact) and not assumption.latex:
        return escape(assumption.text)
    return f"${NotationPrinter().doprint(assumption)}$"


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
    return _display(rf"{mark(verdict)}\ \text{{({escape(verdict.reason)})}}")


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
