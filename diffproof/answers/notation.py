"""The notation students write, and the translation of a syntax tree into SymPy through a whitelist.

Every spelling of a symbol is reduced to a key ``(base, decoration, index)``:
``\\bar{\\alpha}_{t-1}``, ``\\overline{\\alpha}_{t-1}`` and ``abar_{t-1}`` are all
``('alpha', 'bar', 't-1')``.  :data:`SPELLINGS` maps keys to the symbols of
:mod:`derivations.symbols` (or the few defined here), each with its domain:
alphas and their cumulative products in (0, 1); standard deviations and step
sizes positive; the rest real.  ``\\log`` and ``\\ln`` are both natural;
``\\mathrm{SNR}(t)`` is ``abar_t / (1 - abar_t)``.

:func:`translate` builds SymPy objects node by node -- numbers, accepted symbols,
sums, products, quotients, bounded rational powers, ``sqrt``, ``log``, ``exp``,
densities and gradients of logs -- and nothing else; raw text never reaches
``sympify``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import sympy as sp

from derivations import symbols as notation
from derivations.latex import NotationPrinter
from derivations.probability import Density, Grad
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer, LimitExceeded, UnknownSymbol

#: The largest numerator and denominator of a numeric exponent (after SymPy merges nested powers).
MAX_EXPONENT = 64
#: The deepest nesting of exponentials (exp, e^x) and logarithms: towers overflow any numeric evaluation.
MAX_TOWER = 2
#: The most terms the full expansion of an answer may have (the checker expands products and powers).
MAX_TERMS = 20000

# Symbols of the answers that derivations.symbols does not define.
mu_1 = sp.Symbol("mu_1", real=True)
mu_2 = sp.Symbol("mu_2", real=True)
sigma_q = sp.Symbol("sigma_q", positive=True)
w = sp.Symbol("w", real=True)
delta = sp.Symbol("delta", positive=True)
eps_hat = sp.Symbol("epshat_theta", real=True)
x_hat = sp.Symbol("xhat_theta", real=True)
s_theta = sp.Symbol("s_theta", real=True)

LATEX_NAMES = {
    eps_hat: r"\hat{\boldsymbol{\epsilon}}_\theta",
    x_hat: r"\hat{\mathbf{x}}_\theta",
    s_theta: r"\mathbf{s}_\theta",
    sigma_q: r"\sigma_q",
    mu_1: r"\mu_1",
    mu_2: r"\mu_2",
}

#: Every symbol of the notation by its key (base, decoration, index).
SPELLINGS: dict[tuple[str, str, str], sp.Symbol] = {
    ("alpha", "", "t"): notation.alpha_t,
    ("alpha", "", "t-1"): notation.alpha_tm1,
    ("alpha", "bar", "t"): notation.abar_t,
    ("alpha", "bar", "t-1"): notation.abar_tm1,
    ("alpha", "bar", "t-2"): notation.abar_tm2,
    ("beta", "", "t"): notation.beta_t,
    ("x", "", "0"): notation.x_0,
    ("x", "", "t"): notation.x_t,
    ("x", "", "t-1"): notation.x_tm1,
    ("x", "", ""): notation.x,
    ("y", "", ""): notation.y,
    ("z", "", ""): notation.z,
    ("epsilon", "", ""): notation.eps,
    ("epsilon", "", "0"): notation.eps,
    ("epsilon", "hat", "theta"): eps_hat,
    ("epsilon", "", "theta"): eps_hat,
    ("epsilon", "hat", ""): eps_hat,
    ("x", "hat", "theta"): x_hat,
    ("x", "hat", "0"): x_hat,
    ("x", "hat", ""): x_hat,
    ("s", "", "theta"): s_theta,
    ("mu", "", ""): notation.mu,
    ("mu", "", "1"): mu_1,
    ("mu", "", "2"): mu_2,
    ("sigma", "", ""): notation.sigma,
    ("sigma", "", "1"): notation.sigma_1,
    ("sigma", "", "2"): notation.sigma_2,
    ("sigma", "", "q"): sigma_q,
    ("gamma", "", ""): notation.gamma,
    ("w", "", ""): w,
    ("c", "", ""): notation.c,
    ("delta", "", ""): delta,
    ("omega", "", ""): notation.omega,
    ("a", "", ""): notation.a,
    ("b", "", ""): notation.b,
    ("m", "", ""): notation.m,
    ("s", "", ""): notation.s,
    ("u", "", ""): notation.u,
    ("v", "", ""): notation.v,
}

CONSTANTS = {("e", "", ""): sp.E, ("pi", "", ""): sp.pi}
DENSITY_NAMES = {"p", "q", "p_theta", "q_phi", "p_phi", "q_theta"}
#: The time arguments that SNR(.) accepts, with the cumulative product each one uses.
SNR_TIMES = {"t": notation.abar_t, "t-1": notation.abar_tm1, "t-2": notation.abar_tm2}
#: Every symbol of the notation, once each.
SYMBOLS: tuple[sp.Symbol, ...] = tuple(dict.fromkeys(SPELLINGS.values()))


class AnswerPrinter(NotationPrinter):
    """The tutorial's LaTeX, with the network outputs and Gaussian parameters of the answers."""

    def _print_Symbol(self, expr: sp.Symbol, style: str = "plain") -> str:
        if expr in LATEX_NAMES:
            return LATEX_NAMES[expr]
        return super()._print_Symbol(expr, style)


def latex(expr: sp.Basic) -> str:
    """``expr`` in the notation of the answers."""
    return AnswerPrinter().doprint(expr)


def key(name: syntax.Name) -> tuple[str, str, str]:
    """The key of a written name: aliases resolved, trailing digits read as an index (``x0`` -> x_0)."""
    base, decoration, index = name.base, name.decoration, name.index
    stem = base.rstrip("0123456789")
    if stem != base and not index and stem:
        base, index = stem, base[len(stem) :]
    if base in syntax.ALIASES:
        word_base, word_decoration, word_index = syntax.ALIASES[base]
        base, decoration, index = word_base, decoration or word_decoration, index or word_index
    return base, decoration, index


def spell(symbol_key: tuple[str, str, str]) -> str:
    """A readable spelling of a key, for messages."""
    base, decoration, index = symbol_key
    shown = f"\\{base}" if base in syntax.GREEK else base
    if decoration:
        shown = f"\\{decoration}{{{shown}}}"
    return f"{shown}_{{{index}}}" if index else shown


@dataclass(frozen=True)
class Vocabulary:
    """The symbols an answer may use, and whether it may use abstract densities and scores over them."""

    symbols: tuple[sp.Symbol, ...]
    densities: bool = False

    def accepted(self) -> str:
        names = ", ".join(str(symbol) for symbol in self.symbols)
        return names + (", and densities p(.), q(.) over them" if self.densities else "")

    def resolve(self, name: syntax.Name) -> sp.Expr:
        symbol_key = key(name)
        if symbol_key in CONSTANTS:
            return CONSTANTS[symbol_key]
        symbol = SPELLINGS.get(symbol_key)
        # a section may define its own symbol of the same name (and different assumptions): use the question's
        symbol = next((own for own in self.symbols if own.name == getattr(symbol, "name", None)), symbol)
        if symbol is None:
            raise UnknownSymbol(f"unknown symbol {spell(symbol_key)}; accepted: {self.accepted()}", name.position)
        if symbol not in self.symbols:
            raise UnknownSymbol(
                f"{symbol} is not a symbol of this question; accepted: {self.accepted()}", name.position
            )
        return symbol


#: Every symbol of the notation, with densities: the vocabulary of ``diffproof equiv``.
EVERYTHING = Vocabulary(SYMBOLS, densities=True)


def translate(node: syntax.Node, vocabulary: Vocabulary) -> sp.Expr:
    """The SymPy expression of a syntax tree; only the constructs listed in the module docstring."""
    expr = _Translator(vocabulary).visit(node)
    if expr.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        raise InvalidAnswer("the formula divides by zero or is infinite", node.position)
    for power in expr.atoms(sp.Pow):
        exponent = power.exp
        if exponent.is_Rational and max(abs(exponent.p), exponent.q) > MAX_EXPONENT:
            raise LimitExceeded(f"the exponent {exponent} is larger than {MAX_EXPONENT}", node.position)
    if tower_height(expr) > MAX_TOWER:
        raise LimitExceeded(f"exponentials and logarithms are nested more than {MAX_TOWER} deep", node.position)
    if expansion_size(expr) > MAX_TERMS:
        raise LimitExceeded(f"expanded, the formula would have more than {MAX_TERMS} terms", node.position)
    return expr


def tower_height(expr: sp.Expr) -> int:
    """The deepest nesting of exp and log in ``expr``."""
    inner = max((tower_height(arg) for arg in expr.args), default=0)
    return inner + 1 if isinstance(expr, (sp.exp, sp.log)) else inner


def expansion_size(expr: sp.Expr) -> int:
    """An upper bound on the number of terms of ``sp.expand(expr)``: (k terms)^n has C(n + k - 1, k - 1)."""
    if expr.is_Add:
        return sum(expansion_size(arg) for arg in expr.args)
    if expr.is_Mul:
        return math.prod(expansion_size(arg) for arg in expr.args)
    if expr.is_Pow and expr.exp.is_Integer and expr.exp > 1:
        terms = expansion_size(expr.base)
        return math.comb(int(expr.exp) + terms - 1, terms - 1)
    return 1


class _Translator:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def visit(self, node: syntax.Node) -> sp.Expr:
        method = {
            syntax.Number: self.number,
            syntax.Name: self.name,
            syntax.Negative: self.negative,
            syntax.Binary: self.binary,
            syntax.Power: self.power,
            syntax.Function: self.function,
            syntax.Density: self.density,
            syntax.Gradient: self.gradient,
        }.get(type(node))
        if isinstance(node, syntax.Expectation):
            raise InvalidAnswer("an expectation E[...] can only name the quantity, on the left of '='", node.position)
        if method is None:
            raise InvalidAnswer("a relation (=, <, >) can only appear at the top of the answer", node.position)
        return method(node)

    def number(self, node: syntax.Number) -> sp.Expr:
        return sp.Rational(node.text)

    def name(self, node: syntax.Name) -> sp.Expr:
        if key(node)[0] == "SNR":
            return self.snr(node)
        return self.vocabulary.resolve(node)

    def snr(self, node: syntax.Name) -> sp.Expr:
        """SNR(t) = abar_t / (1 - abar_t)."""
        arguments = node.arguments or ()
        time = _time(arguments[0]) if len(arguments) == 1 else None
        if time not in SNR_TIMES:
            raise InvalidAnswer("write the signal-to-noise ratio as SNR(t) or SNR(t-1)", node.position)
        abar = SNR_TIMES[time]
        if abar not in self.vocabulary.symbols:
            raise UnknownSymbol(f"SNR({time}) uses {abar}, which this question does not accept", node.position)
        return abar / (1 - abar)

    def negative(self, node: syntax.Negative) -> sp.Expr:
        return -self.visit(node.operand)

    def binary(self, node: syntax.Binary) -> sp.Expr:
        """A left-nested chain ``((a + b) - c) * d ...`` walked iteratively, so long sums cost no recursion."""
        spine = []
        while isinstance(node, syntax.Binary):
            spine.append(node)
            node = node.left
        result = self.visit(node)
        for link in reversed(spine):
            result = self.combine(link, result, self.visit(link.right))
        return result

    def combine(self, node: syntax.Binary, left: sp.Expr, right: sp.Expr) -> sp.Expr:
        if node.operator == "+":
            return left + right
        if node.operator == "-":
            return left - right
        if node.operator == "*":
            return left * right
        if right == 0:
            raise InvalidAnswer("division by zero", node.position)
        return left / right

    def power(self, node: syntax.Power) -> sp.Expr:
        base, exponent = self.visit(node.base), self.visit(node.exponent)
        if base is sp.E:
            return sp.exp(exponent)
        if not exponent.is_Rational:
            raise InvalidAnswer("an exponent must be a number (write \\exp(...) for other powers of e)", node.position)
        if max(abs(exponent.p), exponent.q) > MAX_EXPONENT:
            raise LimitExceeded(f"the exponent {exponent} is larger than {MAX_EXPONENT}", node.position)
        if base == 0 and exponent.is_negative:
            raise InvalidAnswer("division by zero", node.position)
        return base**exponent

    def function(self, node: syntax.Function) -> sp.Expr:
        argument = self.visit(node.argument)
        if node.function == "exp":
            return sp.exp(argument)
        if node.function == "log":
            if argument == 0:
                raise InvalidAnswer("the logarithm of zero", node.position)
            return sp.log(argument)
        if node.degree is None:
            return sp.sqrt(argument)
        degree = self.visit(node.degree)
        if not (degree.is_Integer and 2 <= degree <= MAX_EXPONENT):
            raise InvalidAnswer(f"the degree of a root must be an integer from 2 to {MAX_EXPONENT}", node.position)
        return sp.root(argument, degree)

    def density(self, node: syntax.Density) -> sp.Expr:
        name = f"{node.name.base}_{node.name.index}" if node.name.index else node.name.base
        if name not in DENSITY_NAMES:
            raise InvalidAnswer(f"unknown density {name}; densities are p, q, p_theta, q_phi", node.position)
        if not self.vocabulary.densities:
            raise UnknownSymbol(
                f"this question takes no densities; accepted: {self.vocabulary.accepted()}", node.position
            )
        variables = self.variables(node.variables)
        given = self.variables(node.given)
        return Density(name, variables, given)

    def variables(self, nodes: Iterable[syntax.Node]) -> tuple[sp.Symbol, ...]:
        result = []
        for node in nodes:
            variable = self.visit(node)
            if not isinstance(variable, sp.Symbol):
                raise InvalidAnswer("the arguments of a density must be single symbols such as x_t or y", node.position)
            result.append(variable)
        return tuple(result)

    def gradient(self, node: syntax.Gradient) -> sp.Expr:
        """grad_v body; without a subscript, v is the first variable of the first density in the body."""
        body = self.visit(node.body)
        if node.variable:
            base, _, index = node.variable.partition("_")
            variable = self.vocabulary.resolve(syntax.Name(node.position, base, "", index))
        else:
            densities = sorted(body.atoms(Density), key=str)
            if not densities:
                raise InvalidAnswer("write the variable of the gradient, as in \\nabla_{x_t}", node.position)
            variable = densities[0].variables[0]
        return Grad(body, variable)


def _time(node: syntax.Node) -> str | None:
    """``t``, ``t-1`` or ``t-2`` written as an argument, else None."""
    if isinstance(node, syntax.Name) and node.base == "t" and not node.index:
        return "t"
    if (
        isinstance(node, syntax.Binary)
        and node.operator == "-"
        and isinstance(node.right, syntax.Number)
        and _time(node.left) == "t"
    ):
        return f"t-{node.right.text}"
    return None


def parse(text: str, vocabulary: Vocabulary = EVERYTHING) -> sp.Expr:
    """The SymPy expression of a formula (an equation ``name = formula`` gives its right side)."""
    return formula(syntax.parse(text), vocabulary)


def formula(statement: syntax.Statement, vocabulary: Vocabulary) -> sp.Expr:
    """The formula of a statement: the expression itself, or the right side of ``name = expression``."""
    if not statement.relations:
        return translate(statement.operands[0], vocabulary)
    if statement.relations != ("=",):
        raise InvalidAnswer("expected a formula or 'name = formula', found a relation", statement.position)
    left, right = statement.operands
    if not names_a_quantity(left):
        raise InvalidAnswer(
            "the left side of an answer 'name = formula' must be a single name such as z or \\mu_q",
            left.position,
        )
    return translate(right, vocabulary)


def names_a_quantity(node: syntax.Node) -> bool:
    """Whether a left side names what is computed: a symbol (possibly applied or squared), a density, a score
    or an expectation ``E[x_0 | x_t]``."""
    if isinstance(node, syntax.Power):
        return isinstance(node.base, syntax.Name) and isinstance(node.exponent, syntax.Number)
    return isinstance(node, (syntax.Name, syntax.Density, syntax.Gradient, syntax.Expectation))
