"""LaTeX in the tutorial's notation: bold vectors, \\bar\\alpha_t, \\mathcal{N}, D_KL.

Everything here is printed from the objects that are checked: expressions by
:class:`NotationPrinter` (and, in derivations, :class:`TutorialPrinter`, which
presents terms as the tutorial does), derivations as ``align`` rows (one step a
row, its rule and verdict beside it as a tag), long expressions broken at their
binary operators to fit the measured width of the line (:mod:`derivations.metrics`),
never shrunk.  Prose -- titles, rule names, instance descriptions -- is LaTeX text
with its maths in ``$...$`` (:mod:`derivations.prose`).  The documents of
:mod:`diffproof.document` and every ``_repr_latex_`` use it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sympy as sp
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE

from derivations.justification import Justification
from derivations.kernel.vocabulary import Relation, Status
from derivations.metrics import math_width
from derivations.metrics import tokens as _tokens
from derivations.model import Fact
from derivations.probability import Density, Grad, Normal
from derivations.prose import escape_text, prose_latex, prose_mathjax
from derivations.symbols import LATEX_NAMES, Noise

# ----------------------------------------------------------------- expressions

_INFINITE = (sp.S.NegativeInfinity, sp.S.Infinity)


def _is_bold(expr: sp.Basic) -> bool:
    """Symbols printed bold (data, latents, noises, predictions, and x_t of an indexed x): written after their
    coefficients."""
    if isinstance(expr, sp.Indexed):
        expr = expr.base.label
    name = LATEX_NAMES.get(expr, "") if isinstance(expr, sp.Symbol) else ""
    return name.startswith((r"\mathbf", r"\boldsymbol", r"\hat{\mathbf", r"\hat{\boldsymbol"))


#: An exponent wider than this (pt) is written \\exp(...) at full size, where it can break.
SHORT_EXPONENT = 60.0


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
        # SymPy's _print_Pow hands a negative power (1/x) to _print_Mul whole: its args are a base and an exponent
        vectors = [factor for factor in expr.args if _is_bold(factor)] if isinstance(expr, sp.Mul) else []
        if not vectors or len(vectors) == len(expr.args):
            return super()._print_Mul(expr)
        factors = [factor for factor in expr.args if not _is_bold(factor)]
        sign = ""
        if factors[0].is_Number and factors[0] < 0:  # -2 x: the sign first, then the positive coefficient
            sign, factors = "- ", [-factors[0], *factors[1:]]
            factors = [f for f in factors if f != 1] or [sp.Integer(1)]
        elif sp.Mul(*factors).could_extract_minus_sign():
            return super()._print_Mul(expr)
        scalar = factors[0] if len(factors) == 1 else sp.Mul(*factors, evaluate=False)
        if scalar == 1:
            return sign + " ".join(self._print(v) for v in vectors)
        coefficient = self.parenthesize(scalar, PRECEDENCE["Mul"], strict=True)
        return sign + " ".join([coefficient, *(self._print(v) for v in vectors)])

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


def _is_vector(expr: sp.Basic) -> bool:
    """A vector-valued expression: a bold symbol, a gradient in one, a bold function's value, or a
    scalar multiple or sum of such."""
    if _is_bold(expr):
        return True
    if isinstance(expr, Grad):
        return _is_bold(expr.var)
    if isinstance(expr, sp.core.function.AppliedUndef):
        return _is_bold(sp.Symbol(expr.func.__name__, real=True))
    if isinstance(expr, sp.Mul):
        return sum(_is_vector(factor) for factor in expr.args) == 1
    if isinstance(expr, sp.Add):
        return all(_is_vector(term) for term in expr.args)
    return False


class TutorialPrinter(NotationPrinter):
    """The notation printer presenting terms as the tutorial does: a squared difference of vectors as a
    squared norm, ``\\|\\hat{\\mathbf{x}}_\\theta - \\mathbf{x}_0\\|_2^2``; integer factors collected,
    ``2 (1 - \\bar\\alpha_t)`` for SymPy's ``2 - 2 \\bar\\alpha_t`` (see :func:`collected`)."""

    def _print_Pow(self, expr: sp.Pow) -> str:
        base, exponent = expr.args
        if exponent == 2 and isinstance(base, sp.Add) and _is_vector(base):
            return rf"\left\|{self._print(base)}\right\|_2^2"
        return super()._print_Pow(expr)

    def doprint(self, expr: sp.Basic) -> str:
        return super().doprint(collected(expr) if isinstance(expr, sp.Basic) else expr)


def _content(expr: sp.Add) -> tuple[sp.Rational, sp.Expr]:
    """The factor to write before a sum: its integer content (``2 - 2a = 2 (1 - a)``), or a common
    denominator when every term then has coefficient 1 and no fraction of its own (``1/2 - a/2 = (1 - a) / 2``,
    but not ``a/(2b) - 1/2``)."""
    content, primitive = expr.as_content_primitive()
    if not isinstance(primitive, sp.Add) or content == 1:
        return sp.Integer(1), expr
    if content.is_Integer and content > 1:
        return content, primitive
    unit = all(abs(term.as_coeff_Mul()[0]) == 1 for term in primitive.args)
    flat = all(sp.fraction(term)[1] == 1 for term in primitive.args)  # no fraction within a fraction
    if content.is_Rational and content.p == 1 and unit and flat:
        return content, primitive
    return sp.Integer(1), expr


def collected(expr: sp.Basic) -> sp.Basic:
    """``expr`` with the integer content of each sum written as a factor, unevaluated: ``2 (1 - a)`` for
    ``2 - 2 a``, also as a factor of a product or under a root or in a denominator.  Only for printing."""
    if not isinstance(expr, sp.Expr) or expr.is_Atom:
        return expr
    if isinstance(expr, sp.Add):
        content, primitive = _content(expr)
        inner = sp.Add(*(collected(term) for term in primitive.args), evaluate=False)
        return inner if content == 1 else sp.Mul(content, inner, evaluate=False)
    if isinstance(expr, sp.Mul):
        coefficient, factors = sp.Integer(1), []
        for factor in expr.args:
            if isinstance(factor, sp.Add):
                content, primitive = _content(factor)
                coefficient *= content
                factor = primitive
            elif isinstance(factor, sp.Pow) and isinstance(factor.base, sp.Add) and factor.exp.is_Integer:
                content, primitive = _content(factor.base)  # 1 / (2 - 2 a) = (1/2) / (1 - a)
                coefficient *= content**factor.exp
                factor = sp.Pow(primitive, factor.exp, evaluate=False)
            factors.append(collected(factor))
        if coefficient == 1:
            return sp.Mul(*factors, evaluate=False)
        numbers = [f for f in factors if f.is_Number]
        rest = [f for f in factors if not f.is_Number]
        number = sp.Mul(coefficient, *numbers)
        return sp.Mul(number, *rest, evaluate=False) if number != 1 else sp.Mul(*rest, evaluate=False)
    if isinstance(expr, sp.Pow):
        base, exponent = expr.args
        if isinstance(base, sp.Add) and exponent in (-1, sp.Rational(1, 2), sp.Rational(-1, 2)):
            return sp.Pow(collected(base), exponent, evaluate=False)
        return sp.Pow(collected(base), exponent, evaluate=False)
    if isinstance(expr, sp.Function | sp.core.function.AppliedUndef) and not expr.args:
        return expr
    try:
        return expr.func(*(collected(arg) for arg in expr.args))
    except (TypeError, ValueError):
        return expr


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


def escape(text: str) -> str:
    """Plain ``text`` (a name, code) as LaTeX text: every special character a text-mode command."""
    return escape_text(text)


Link = Callable[[str], str | None]


def text(prose: str, *, link: Link | None = None, capitalize: bool = False) -> str:
    """Prose with plain-text maths as LaTeX text, its maths in ``$...$`` (see :mod:`derivations.prose`)."""
    return prose_latex(prose, link=link, capitalize=capitalize)


# ----------------------------------------------------------------------- width


def width(tex: str) -> float:
    """The displayed width of math ``tex`` in pt at 10 pt (:func:`derivations.metrics.math_width`)."""
    return math_width(tex)


# -------------------------------------------------------------- line breaking

#: The text width of the standalone document (A4, 2 cm margins) in pt.
TEXT_WIDTH = 483.7
#: Indentation of a continued line (\qquad) in pt.
INDENT = 20.0
#: What a line may fill of its budget: room for the metrics' error (a few per cent, see the tests).
FILL = 0.94


def broken(expr: sp.Expr, budget: float, printer: NotationPrinter | None = None) -> list[str]:
    """``expr`` as lines within ``budget`` (pt) where it can be: a sum is broken before a top-level + or -.

    The first line carries the first terms; each later line starts with its sign.  A line still too
    wide is broken before a + or - inside its brackets, or between the factors of a product (see
    :func:`split_inside`); what has no such place (a long subscript) stays whole.
    """
    printer = printer or NotationPrinter()
    tex = printer.doprint(expr)
    if width(tex) <= budget:
        return [tex]
    expr = collected(expr) if isinstance(printer, TutorialPrinter) else expr
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


def _breaks_before(tokens: list[str], index: int) -> str | None:
    """What a line broken before ``tokens[index]`` starts with: a binary + or - (spaced), the \\| between
    the arguments of a divergence (thin-spaced), or ``\\cdot`` between two factors of a product."""
    around = tokens[index - 1 : index + 2 : 2]
    if tokens[index] in ("+", "-") and around == [" ", " "]:
        return ""
    if tokens[index] == r"\|" and around == [r"\,", r"\,"]:
        return ""
    if tokens[index] in _FACTOR_STARTS and tokens[index - 1] == " " and index >= 2 and tokens[index - 2] == ")":
        return r"\cdot "
    return None


#: A factor that may begin a continued line of a product: a density, an expectation, a Gaussian.
_FACTOR_STARTS = {r"\mathcal", r"\mathbb", "p", "q", r"\exp"}


def split_inside(tex: str, budget: float) -> list[str]:
    """Math ``tex`` broken before a binary + or - (or a divergence's \\|, or a factor) outside braces, inside
    one pair of ``\\left...\\right`` if need be (an expectation's brackets, not the parentheses within),
    at the outermost such place that keeps the line within the budget.

    A delimiter open at a break is closed with ``\\right.`` and reopened with ``\\left.`` on the next
    line, so that each line is balanced.  Lines are filled greedily up to ``budget`` (pt).
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
        elif depth == 0 and open_delimiters <= 1 and index > start + 1:
            starts = _breaks_before(tokens, index)
            if starts is not None and (cut is None or open_delimiters <= cut[1]):  # the outermost, latest
                cut = (index, open_delimiters, starts)
        if cut is not None and width(prefix + "".join(tokens[start : index + 1])) > budget:
            at, still_open, starts = cut
            lines.append(prefix + "".join(tokens[start:at]).rstrip() + r"\right." * still_open)
            prefix, start, cut = r"\left." * still_open + starts, at, None
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
    rest = sp.Mul(*(f for f in factors if f not in wide), evaluate=False) if len(factors) > len(wide) + 1 else None
    if rest is None:
        remaining = [f for f in factors if f not in wide]
        rest = remaining[0] if remaining else sp.Integer(1)
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
    """The mark of a :class:`~derivations.kernel.vocabulary.Verdict` (math mode)."""
    macro = {Status.PROVED: PROVED, Status.REFUTED: REFUTED, Status.UNDECIDED: UNDECIDED}[verdict.status]
    return macro.call(expand=expand)


# ------------------------------------------------------------------ derivations


class RenderError(ValueError):
    """An object that could not be rendered; the message names the identity and step."""


@dataclass(frozen=True)
class Layout:
    """How derivation rows are written.

    ``document``: rules and verdicts as ``\\tag*`` at the right margin (moved below a line too long
    to have them beside), lines of prose between rows with ``\\shortintertext``, macros for the marks,
    long notes wrapped.  Otherwise (Jupyter, MathJax): a third column of notes, marks expanded, words
    in ``\\text``.  ``width`` is the line's width in pt; ``link`` turns the name of a cited identity
    into a link.
    """

    document: bool
    width: float = TEXT_WIDTH
    link: Link | None = None

    def words(self, prose: str, capitalize: bool = False) -> str:
        """Prose with plain-text maths in this layout's markup: LaTeX text, or maths for MathJax."""
        if self.document:
            return prose_latex(prose, link=self.link, capitalize=capitalize)
        return prose_mathjax(prose, capitalize=capitalize)

    def prose(self, prose: str, capitalize: bool = False) -> str:
        """A line of prose between rows."""
        if self.document:
            return rf"\shortintertext{{\small\hspace*{{2em}}{self.words(prose, capitalize)}}}"
        return rf"&& {self.words(prose, capitalize)}"


#: For Jupyter (MathJax): marks expanded, notes in a column.
INLINE = Layout(document=False, width=math.inf)
#: For documents: marks as macros, notes as tags.
DOCUMENT = Layout(document=True)

#: A note wider than this (pt, at \\small) wraps in a box of :data:`NOTE_BOX`.
NOTE_MAX, NOTE_BOX = 230.0, "0.45\\linewidth"


def _note(step, verdict, layout: Layout) -> str:
    """A step's justification and, when checked, its verdict's mark."""
    note = step.rule.name if verdict is None else Justification.of(step.rule.name, verdict).note()
    words = layout.words(note)
    marks = "" if verdict is None else mark(verdict, expand=not layout.document)
    if not layout.document:
        return f"({words})" + (rf"\ {marks}" if marks else "")
    after = rf"\ ${marks}$" if marks else ""
    if _text_width(words) > NOTE_MAX:
        return rf"\tag*{{\parbox[t]{{{NOTE_BOX}}}{{\small\raggedleft ({words}){after}}}}}"
    return rf"\tag*{{\small ({words}){after}}}"


def _text_width(words: str) -> float:
    """The width (pt) of a line of LaTeX text at \\small, roughly: maths measured, letters at 4.6 pt."""
    total = 0.0
    for index, part in enumerate(re.split(r"(?<!\\)\$", words)):
        total += 0.9 * math_width(part) if index % 2 else 4.6 * len(re.sub(r"\\[a-zA-Z]+|[{}]", "", part))
    return total


def _lines(expr: sp.Expr, budget: float, printer: NotationPrinter, where: str) -> list[str]:
    return _named(where, broken, expr, budget, printer)


def _rows(first: str, relation: str, lines: list[str], note: str, layout: Layout) -> list[str]:
    """``first relation lines[0]``, each later line indented under it; the note beside the last line in a
    document (where a tag that does not fit goes below it, after the whole step), beside the first otherwise."""
    rows = [f"{first} &{relation} {lines[0]}", *(rf"&\qquad {line}" for line in lines[1:])]
    if note and layout.document:
        rows[-1] += f" {note}"
    elif note:
        rows[0] += f" && {note}"
    return rows


def _named(where: str, render: Callable[..., object], *arguments):
    """``render(*arguments)``; any failure becomes a :class:`RenderError` that says where."""
    try:
        return render(*arguments)
    except Exception as error:  # noqa: BLE001 - any printing failure is reported with where it happened
        raise RenderError(f"{where}: {type(error).__name__}: {error}") from error


#: The widest left-hand side kept on the rows of the relations, as a part of the line's width.
LEFT_MAX = 0.3
#: Space of a relation with its surroundings (pt): "= " between the columns of an align.
RELATION_WIDTH = 15.0


def _placement(lefts: Sequence[str], layout: Layout) -> tuple[list[bool], float]:
    """Which left-hand sides get rows of their own (the wide ones), and the width (pt) left right of the
    relations: ``align`` makes its first column as wide as the widest left-hand side kept on a relation's
    row, and every row -- a left-hand side on its own row too -- starts there."""
    line = layout.width * FILL
    own_rows = [width(left) > LEFT_MAX * line for left in lefts]
    inline = max((width(left) for left, own in zip(lefts, own_rows) if not own), default=0.0)
    return own_rows, line - RELATION_WIDTH - inline


def _left_rows(lhs: sp.Expr, printer: NotationPrinter, budget: float, where: str) -> list[str]:
    """A wide left-hand side on rows of its own, above the relations, broken like a right-hand side."""
    first, *rest = _lines(lhs, budget - INDENT, printer, where)
    return [rf"&\phantom{{=}} {first}", *(rf"&\qquad {line}" for line in rest)]


@dataclass(frozen=True)
class _Shown:
    """A step as displayed: its relation, expression and the notes of the steps it stands for."""

    relation: Relation
    expr: sp.Expr
    steps: tuple[tuple[int, object, object], ...]  # (index, step, verdict)
    proportional: bool = False


def _displayed(derivation, verdicts: Sequence, printer: NotationPrinter) -> list[_Shown]:
    """The rows to display: a step printed exactly like the one before shares its row; in a density's
    derivation, factors free of its variables are dropped from the first line that writes it out with an
    exponential onwards, the relation shown as ``\\propto``."""
    shown: list[_Shown] = []
    proportional = _proportional_from(derivation)
    for index, (step, verdict) in enumerate(zip(derivation.steps, verdicts), start=1):
        expr, relation = step.expr, step.relation
        dropped = proportional is not None and index >= proportional
        if dropped:
            expr = _free_factor_dropped(expr, _density_variables(derivation.lhs))
        entry = (index, step, verdict)
        printed = _named(f"step {index} ({step.rule.name})", printer.doprint, expr)
        if shown and printed == _named(f"step {index - 1}", printer.doprint, shown[-1].expr):
            previous = shown[-1]
            combined = previous.relation.then(relation) or relation
            shown[-1] = _Shown(combined, previous.expr, (*previous.steps, entry), previous.proportional)
            continue
        shown.append(_Shown(relation, expr, (entry,), dropped))
    return shown


def _density_variables(lhs: sp.Expr) -> set[sp.Symbol]:
    return set().union(*(v.free_symbols for v in lhs.variables)) if isinstance(lhs, Density) else set()


def _free_factor_dropped(expr: sp.Expr, variables: set[sp.Symbol]) -> sp.Expr:
    """``expr`` without its factors free of ``variables`` (the constant of a proportionality)."""
    factors = sp.Mul.make_args(expr)
    kept = [f for f in factors if f.free_symbols & variables]
    return sp.Mul(*kept) if kept else expr


def _proportional_from(derivation) -> int | None:
    """The first step from which the display may drop constant factors, or None.

    Only in the derivation of a density, only where the step writes it out as a constant times an
    exponential, and only when every step from there on is an equality: then each displayed line is
    proportional to the one before, and ``\\propto`` says exactly that.
    """
    variables = _density_variables(derivation.lhs)
    if not variables:
        return None
    for index, step in enumerate(derivation.steps, start=1):
        factors = sp.Mul.make_args(step.expr)
        constant = [f for f in factors if not (f.free_symbols & variables)]
        if constant and any(f.has(sp.exp) for f in factors) and sp.Mul(*constant) != 1:
            rest = derivation.steps[index - 1 :]
            return index if all(s.relation is Relation.EQ for s in rest) else None
    return None


def derivation_rows(derivation, results: Sequence | None = None, layout: Layout = INLINE) -> list[str]:
    """The rows of an ``align`` for ``derivation``: one step (or more lines) each, rule and verdict beside.

    ``results`` are the step results (anything with a ``verdict``), when checked.  Steps printed
    alike share a row; a step not proved is followed by its reason and counterexample.
    """
    printer = TutorialPrinter()
    lhs = _named("left-hand side", printer.doprint, derivation.lhs)
    verdicts = [None] * len(derivation.steps) if results is None else [result.verdict for result in results]
    (own_row,), budget = _placement([lhs], layout)
    rows = _left_rows(derivation.lhs, printer, budget, "left-hand side") if own_row else []
    shown = _displayed(derivation, verdicts, printer)
    for position, entry in enumerate(shown):
        index, step, _ = entry.steps[0]
        names = ", ".join(s.rule.name for _, s, _ in entry.steps)
        lines = _lines(entry.expr, budget - INDENT, printer, f"step {index} ({names})")
        notes = [_note(s, v, layout) for _, s, v in entry.steps]
        note = _joined_notes(notes, layout)
        relation = r"\propto" if entry.proportional else entry.relation.latex
        rows.extend(_rows(lhs if position == 0 and not own_row else "", relation, lines, note, layout))
        for number_, step_, verdict in entry.steps:
            checked = None if verdict is None else Justification.of(step_.rule.name, verdict).checked()
            if checked is not None:
                rows.append(layout.prose(checked))
            if verdict is not None and not verdict.proved:
                rows.append(layout.prose(f"Step {number_}: {verdict.describe()}"))
    return rows


def _joined_notes(notes: list[str], layout: Layout) -> str:
    """The notes of the steps sharing a row: one tag holding each rule and mark in turn."""
    if len(notes) == 1:
        return notes[0]
    if not layout.document:
        return r"\ \text{then}\ ".join(notes)
    inner = [re.sub(r"^\\tag\*\{(?:\\small )?(.*)\}$", r"\1", note) for note in notes]
    return r"\tag*{\small " + "; then ".join(inner) + "}"


def proportional_note(derivation) -> str | None:
    """The sentence that says what ``\\propto`` means in this derivation, when it is used."""
    if _proportional_from(derivation) is None:
        return None
    variables = sorted(_density_variables(derivation.lhs), key=str)
    names = ", ".join(f"${latex(v)}$" for v in variables)
    return rf"Lines marked $\propto$ drop factors free of {names}; the checked steps keep them."


def align(rows: Sequence[str], environment: str = "align*") -> str:
    """``rows`` as an amsmath environment, one per line; a line of text (``\\shortintertext``) ends none."""
    ended = [row if row.startswith(r"\shortintertext") else row + r" \\" for row in rows[:-1]]
    body = "\n".join([*ended, *rows[-1:]])
    return f"\\begin{{{environment}}}\n{body}\n\\end{{{environment}}}"


def statement_rows(derivations: Sequence, layout: Layout = DOCUMENT) -> list[str]:
    """Each claim ``lhs relation rhs`` as ``align`` rows, under its label unless it is the statement itself."""
    printer = TutorialPrinter()
    rows: list[str] = []
    lefts = [_named(f"{d.label}, left-hand side", printer.doprint, d.lhs) for d in derivations]
    own_rows, budget = _placement(lefts, layout)
    for derivation, left, own_row in zip(derivations, lefts, own_rows):
        lines = _lines(derivation.rhs, budget - INDENT, printer, f"{derivation.label}, right-hand side")
        if derivation.label != "statement":
            rows.append(layout.prose(derivation.label + ":", capitalize=True))
        if own_row:
            rows.extend(_left_rows(derivation.lhs, printer, budget, f"{derivation.label}, left-hand side"))
        rows.extend(_rows("" if own_row else left, derivation.relation.latex, lines, "", layout))
    return rows


def assumption_text(assumption, *, link: Link | None = None) -> str:
    """An assumption in text mode: math in ``$...$``; a fact stated in words as prose with its maths."""
    if isinstance(assumption, Fact) and not assumption.latex:
        return text(assumption.text, link=link)
    return f"${TutorialPrinter().doprint(assumption)}$"


# ------------------------------------------------------------ _repr_latex_ bodies


def _display(body: str) -> str:
    return f"$\\displaystyle {body}$"


def step_latex(step) -> str:
    """A step alone: ``relation expr  (rule)``."""
    expr = TutorialPrinter().doprint(step.expr)
    return _display(rf"{step.relation.latex} {expr} \quad ({prose_mathjax(step.rule.name)})")


def derivation_latex(derivation, results: Sequence | None = None) -> str:
    """A derivation as an ``aligned`` display, with verdict marks when ``results`` are given."""
    return _display(align(derivation_rows(derivation, results, INLINE), "aligned"))


def verdict_latex(verdict) -> str:
    """A verdict's mark and its reason with the counterexample."""
    return _display(rf"{mark(verdict)}\ {prose_mathjax(verdict.describe())}")


def _identity_rows(identity, results: Sequence | None = None) -> list[str]:
    rows = [rf"&\textbf{{{escape(identity.name)}}}\quad {prose_mathjax(identity.title)}"]
    rows += [r"&\text{Statement:}", *statement_rows(identity.derivations, INLINE)]
    if identity.assumptions:
        assumptions = r"\text{; }".join(_inline_assumption(a) for a in identity.assumptions)
        rows.append(rf"&\text{{Assuming }}{assumptions}")
    for index, derivation in enumerate(identity.derivations):
        title = "Derivation:" if derivation.label == "statement" else f"Derivation: {derivation.label}:"
        rows.append(rf"&{prose_mathjax(title)}")
        rows.extend(derivation_rows(derivation, None if results is None else results[index].steps, INLINE))
    return rows


def _inline_assumption(assumption) -> str:
    if isinstance(assumption, Fact) and not assumption.latex:
        return prose_mathjax(assumption.text)
    return TutorialPrinter().doprint(assumption)


def identity_latex(identity) -> str:
    """The identity's title, statement and assumptions, then every derivation step by step."""
    return _display(align(_identity_rows(identity), "aligned"))


def identity_result_latex(result) -> str:
    """A checked identity: title, statement, assumptions, then every step with its verdict mark."""
    return _display(align(_identity_rows(result.identity, result.derivations), "aligned"))


def report_latex(report) -> str:
    """A verification report (:class:`diffproof.report.Report`): the checked identity and its verdict."""
    head = rf"&\text{{{report.verdict}}}"
    return _display(align([*_identity_rows(report.identity, report.derivations), head], "aligned"))
