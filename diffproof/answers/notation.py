"""The notation people write, and the translation of a syntax tree into SymPy through a whitelist.

Every spelling of a name is reduced to a key ``(base, decoration, index)``:
``\\bar{\\alpha}_{t-1}``, ``\\overline{\\alpha}_{t-1}``, ``abar_{t-1}``, ``alpha_bar_{t-1}``,
``ᾱ_{t-1}`` and ``alphas_cumprod[t-1]`` are all ``('alpha', 'bar', 't-1')`` or a
spelling declared for the same symbol.  A name is read, in this order, as

1. a constant (``e``, ``\\pi``);
2. a symbol of the question (its own declarations, with their domains);
3. a symbol of :data:`derivations.symbols.REGISTRY` that declares this spelling;
4. a shorthand of :data:`derivations.symbols.SHORTHANDS` (``SNR(t)``, ``alpha_prod_t``);
5. otherwise, any identifier is a real number (``x_i``, ``e_c``, ``s_1``).

The tables of spellings are derived from the registry by parsing each declared
spelling with the same parser as the answers, so a new notation is one entry
there.  :func:`read` builds SymPy objects node by node -- numbers, symbols,
sums, products, quotients, bounded rational powers, ``sqrt``, ``log``, ``exp``,
densities, network outputs applied to their inputs, gradients -- and nothing
else; raw text never reaches ``sympify``.  Each division and logarithm as
written is recorded, so that the judge can tell an answer that is undefined
(0/0 or log 0 once a relation is applied) from one that SymPy simplified.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace

import sympy as sp

from derivations import symbols as registry
from derivations.kernel.sums import Ranges, Slice, extreme
from derivations.latex import NotationPrinter
from derivations.probability import KL, Density, Expectation, Grad, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.derivatives import Names
from diffproof.answers.errors import InvalidAnswer, LimitExceeded

#: What a density's argument may be: a variable, an indexed variable x[t], a block x_{a:b}.
VARIABLES = (sp.Symbol, sp.Indexed, Slice)

#: The largest numerator and denominator of a numeric exponent (after SymPy merges nested powers).
MAX_EXPONENT = 64
#: The deepest nesting of exponentials (exp, e^x) and logarithms: towers overflow any numeric evaluation.
MAX_TOWER = 2
#: The most terms the full expansion of an answer may have (the checker expands products and powers).
MAX_TERMS = 20000

Key = tuple[str, str, str]

CONSTANTS: dict[Key, sp.Expr] = {("e", "", ""): sp.E, ("pi", "", ""): sp.pi}
DENSITY_NAMES = {"p", "q", "p_theta", "q_phi", "p_phi", "q_theta"}


def key_of(spelling: str) -> Key:
    """The key of a declared spelling: it must read as one name (``alphas_cumprod[t]``, ``\\bar\\alpha_t``)."""
    statement = syntax.parse(spelling)
    node = statement.operands[0]
    if statement.relations or not isinstance(node, syntax.Name):
        raise ValueError(f"the spelling {spelling!r} is not a single name")
    return node.key


def _tables() -> tuple[dict[Key, sp.Symbol], dict[Key, registry.Shorthand]]:
    symbols: dict[Key, sp.Symbol] = {}
    for declaration in registry.REGISTRY.values():
        for spelling in declaration.spellings:
            spelled = key_of(spelling)
            if symbols.get(spelled, declaration.symbol) != declaration.symbol:
                raise ValueError(f"{spelling!r} is declared for both {symbols[spelled]} and {declaration.symbol}")
            symbols[spelled] = declaration.symbol
    shorthands = {key_of(spelling): shorthand for shorthand in registry.SHORTHANDS for spelling in shorthand.spellings}
    return symbols, shorthands


# index words of declared plain-text spellings stay whole after a LaTeX subscript (alpha_prod_t_prev)
syntax.INDEX_WORDS.update(
    part
    for d in registry.REGISTRY.values()
    for spelling in d.spellings
    if "\\" not in spelling
    for part in spelling.split("[")[0].split("_")[1:]
)
#: Every declared spelling by key, and every shorthand by key.
SPELLINGS, SHORTHAND_KEYS = _tables()
#: Declared network outputs, by symbol: written bare, they are applied to these inputs.
NETWORKS: dict[sp.Symbol, tuple[sp.Symbol, ...]] = {
    d.symbol: d.arguments for d in registry.REGISTRY.values() if d.arguments
}
#: The keys of shorthands applied to parenthesized arguments (SNR(t)), and of declared network outputs.
CALLABLE = frozenset(k for k, s in SHORTHAND_KEYS.items() if isinstance(s.value, sp.Lambda))
NETWORK_KEYS = frozenset(k for k, s in SPELLINGS.items() if s in NETWORKS)


def parse_statement(text: str, vocabulary: Vocabulary | None = None) -> syntax.Statement:
    """The syntax tree of ``text``, with the notation's callable and known names."""
    own = vocabulary.table if vocabulary is not None else {}

    def known(key: Key) -> bool:
        return key in SPELLINGS or key in SHORTHAND_KEYS or key in CONSTANTS or key in own

    return syntax.parse(text, CALLABLE, NETWORK_KEYS, known)


# ------------------------------------------------------------------ names of identifiers

#: The LaTeX of each identifier read so far (an identifier's symbol name is derived from its key).
_IDENTIFIER_LATEX: dict[str, str] = {}


def _model_parameter(node: syntax.Node) -> bool:
    """Whether ``node`` names a model's parameter as notes write one after ';': a small Greek letter (theta_1)."""
    return isinstance(node, syntax.Name) and node.base in syntax.GREEK and node.base[0].islower()


def identifier_name(key: Key) -> str:
    """The SymPy name of an undeclared identifier: ``x_i``, ``x_{t-2}``, ``bar(a)_t`` (a decorated name never
    takes the name of a declared symbol: ``\\bar{a}_t`` is not ``abar_t``)."""
    base, decoration, index = key
    stem = f"{decoration}({base})" if decoration else base
    if not index:
        return stem
    return f"{stem}_{index}" if len(index) == 1 else f"{stem}_{{{index}}}"


def spell(key: Key) -> str:
    """The LaTeX of a key."""
    base, decoration, index = key
    shown = f"\\{base}" if base in syntax.GREEK else base if len(base) == 1 else rf"\mathrm{{{base}}}"
    if decoration:
        shown = f"\\{decoration}{{{shown}}}"
    if not index:
        return shown
    index = " ".join(f"\\{part}" if part in syntax.GREEK else part for part in index.split("_"))
    return f"{shown}_{{{index}}}"


def identifier(key: Key, domain: sp.Set = registry.REAL) -> sp.Symbol:
    """The symbol of an undeclared identifier, with the assumptions of ``domain``."""
    name = identifier_name(key)
    _IDENTIFIER_LATEX.setdefault(name, spell(key))
    return sp.Symbol(name, **assumptions_of(domain))


def assumptions_of(domain: sp.Set) -> dict[str, bool]:
    """SymPy assumptions that ``domain`` implies: positive, nonnegative, negative, integer, real."""
    return dict(_assumptions_of(domain))


@functools.lru_cache(maxsize=1024)
def _assumptions_of(domain: sp.Set) -> tuple[tuple[str, bool], ...]:
    """:func:`assumptions_of`, once per domain: a subset test of SymPy's sets costs milliseconds."""
    found = {"real": True}
    if domain.is_subset(sp.Integers):
        found["integer"] = True
    if domain.is_subset(registry.POSITIVE):
        found["positive"] = True
    elif domain.is_subset(sp.Interval(0, sp.oo)):
        found["nonnegative"] = True
    elif domain.is_subset(sp.Interval.open(-sp.oo, 0)):
        found["negative"] = True
    return tuple(found.items())


class AnswerPrinter(NotationPrinter):
    """The tutorial's LaTeX, with identifiers as they were written and network outputs with their inputs."""

    def _print_Symbol(self, expr: sp.Symbol, style: str = "plain") -> str:
        if expr not in registry.LATEX_NAMES and expr.name in _IDENTIFIER_LATEX:
            return _IDENTIFIER_LATEX[expr.name]
        return super()._print_Symbol(expr, style)

    def _print_Function(self, expr: sp.Function, exp: str | None = None) -> str:
        declared = _NETWORK_BY_NAME.get(type(expr).__name__)
        if declared is None:
            return super()._print_Function(expr, exp)
        head = self._print(declared)
        tex = rf"{head}({', '.join(self._print(a) for a in expr.args)})"
        return f"{tex}^{{{exp}}}" if exp else tex


_NETWORK_BY_NAME = {symbol.name: symbol for symbol in NETWORKS}


def latex(expr: sp.Basic) -> str:
    """``expr`` in the notation of the answers."""
    return AnswerPrinter().doprint(expr)


def applied(symbol: sp.Symbol, arguments: Iterable[sp.Expr]) -> sp.Expr:
    """A network output (or any undeclared function) applied to ``arguments``: ``epsilon_theta(x_t, t)``."""
    return sp.Function(symbol.name, real=True)(*arguments)


def networks_applied(expr: sp.Expr) -> sp.Expr:
    """``expr`` with each bare declared network output applied to its declared inputs."""
    return expr.xreplace({s: applied(s, NETWORKS[s]) for s in expr.free_symbols if s in NETWORKS})


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class Vocabulary:
    """How the names of one question are read: its own symbols first, then the registry, then as real numbers.

    ``gradient`` is the variable of the question's gradients (a ``\\nabla`` written without one takes it);
    ``applications`` the inputs a bare network output stands for.
    """

    own: tuple[tuple[Key, sp.Symbol], ...] = ()
    gradient: sp.Symbol | None = None
    applications: tuple[tuple[sp.Symbol, tuple[sp.Expr, ...]], ...] = ()

    @functools.cached_property
    def table(self) -> dict[Key, sp.Symbol]:
        return dict(self.own)

    @property
    def symbols(self) -> tuple[sp.Symbol, ...]:
        return tuple(dict.fromkeys(symbol for _, symbol in self.own))

    def resolve(self, key: Key) -> sp.Expr:
        """The symbol, constant or shorthand value a written name stands for (no arguments)."""
        if key in CONSTANTS:
            return CONSTANTS[key]
        if key in self.table:
            return self.table[key]
        if key in SPELLINGS:
            return SPELLINGS[key]
        shorthand = SHORTHAND_KEYS.get(key)
        if shorthand is not None and not isinstance(shorthand.value, sp.Lambda):
            return shorthand.value
        return identifier(key)

    def application(self, symbol: sp.Symbol) -> tuple[sp.Expr, ...]:
        return dict(self.applications).get(symbol, NETWORKS.get(symbol, ()))


def names_in(exprs: Iterable[sp.Expr], written: Mapping[str, Key]) -> Names:
    """The key of each symbol and applied function of ``exprs``: as ``written``, else read from its SymPy name
    (``abar_t``, ``epsilon_theta``: the registry names its symbols by a spelling)."""
    symbols: dict[sp.Symbol, Key] = {}
    functions: dict[str, Key] = {}
    for expr in exprs:
        for symbol in expr.free_symbols:
            key = _key_named(symbol.name, written)
            if key is not None and isinstance(symbol, sp.Symbol):
                symbols[symbol] = key
        for call in expr.atoms(sp.core.function.AppliedUndef):
            key = _key_named(type(call).__name__, written)
            if key is not None:
                functions[type(call).__name__] = key
    return Names(symbols, functions, spell)


def _key_named(name: str, written: Mapping[str, Key]) -> Key | None:
    if name in written:
        return written[name]
    try:
        return key_of(name)
    except (InvalidAnswer, ValueError):
        return None


def keys_of(symbol: sp.Symbol) -> set[Key]:
    """Every key that spells ``symbol``: its declared spellings and its own name."""
    found = {k for k, s in SPELLINGS.items() if s == symbol}
    try:
        found.add(key_of(symbol.name))
    except (InvalidAnswer, ValueError):
        pass
    return found


def vocabulary_of(reference: sp.Expr, *extra: sp.Symbol) -> Vocabulary:
    """The vocabulary of a question about ``reference``: its symbols, gradient variable and network inputs."""
    symbols = sorted(reference.free_symbols | set(extra), key=str)
    own = tuple((k, symbol) for symbol in symbols for k in sorted(keys_of(symbol)))
    gradients = {g.var for g in reference.atoms(Grad)}
    applications = {}
    for call in reference.atoms(sp.core.function.AppliedUndef):
        declared = _NETWORK_BY_NAME.get(type(call).__name__)
        if declared is not None:
            applications.setdefault(declared, set()).add(call.args)
    return Vocabulary(
        own,
        next(iter(gradients)) if len(gradients) == 1 else None,
        tuple((s, next(iter(args))) for s, args in applications.items() if len(args) == 1),
    )


#: The vocabulary of ``diffproof equiv``: the registry, and any identifier.
EVERYTHING = Vocabulary()


# ------------------------------------------------------------------ translation


@dataclass(frozen=True)
class Formula:
    """One reading of a formula: the expression, the denominators as written (the formula is undefined where
    one is zero), how an ambiguity was resolved, and the logarithms' arguments as written."""

    expr: sp.Expr
    nonzero: tuple[sp.Expr, ...] = ()
    reading: tuple[str, ...] = ()
    #: The arguments of logarithms as written: the formula has no real value where one is not positive.
    positive: tuple[sp.Expr, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)
    #: The key each symbol and applied function was written with, by SymPy name (``abar_t``: alpha, bar, t).
    keys: tuple[tuple[str, Key], ...] = field(default=(), compare=False)


def read(text: str, vocabulary: Vocabulary = EVERYTHING) -> tuple[Formula, ...]:
    """Every reading of the formula ``text`` (an equation ``name = formula`` gives its right side)."""
    return formulas(parse_statement(text, vocabulary), vocabulary)


def formulas(statement: syntax.Statement, vocabulary: Vocabulary) -> tuple[Formula, ...]:
    """The readings of a statement: the expression itself, or the right side of ``name = expression``."""
    return tuple(translate(node, vocabulary, how) for node, how in syntax.readings(body(statement)))


def body(statement: syntax.Statement) -> syntax.Node:
    """The formula of a statement: the expression, or the right side of ``name = expression``."""
    if not statement.relations:
        return statement.operands[0]
    if statement.relations != ("=",):
        raise InvalidAnswer("expected a formula or 'name = formula', found a relation", statement.position)
    left, right = statement.operands
    if not names_a_quantity(left):
        raise InvalidAnswer(
            "the left side of an answer 'name = formula' must be a single name such as z or \\mu_q",
            left.position,
        )
    return right


def parse(text: str, vocabulary: Vocabulary = EVERYTHING) -> sp.Expr:
    """The SymPy expression of ``text``; an ambiguous text whose readings differ is refused with how to write it."""
    found = read(text, vocabulary)
    if len({f.expr for f in found}) > 1:
        raise InvalidAnswer(ambiguity(found))
    return found[0].expr


def ambiguity(found: Iterable[Formula]) -> str:
    """The message for an answer whose readings differ."""
    shown = "; ".join(f"${latex(f.expr)}$ (write {' and '.join(f.reading)})" for f in found)
    return f"the formula can be read in more than one way: {shown}"


def translate(node: syntax.Node, vocabulary: Vocabulary, how: tuple[str, ...] = ()) -> Formula:
    """The SymPy expression of a syntax tree without ambiguity; only the constructs listed in the module docstring."""
    translator = _Translator(vocabulary)
    expr = within_limits(translator.visit(node), node)
    conditions = tuple(dict.fromkeys(translator.nonzero)), how, tuple(dict.fromkeys(translator.positive))
    return Formula(expr, *conditions, notes=tuple(translator.notes), keys=tuple(translator.keys.items()))


def within_limits(expr: sp.Expr, node: syntax.Node) -> sp.Expr:
    """``expr``, refused if it is infinite or would blow up a check (exponents, towers, expansion)."""
    if expr.has(sp.zoo, sp.nan) or (expr.has(sp.oo, -sp.oo) and not expr.has(sp.Integral)):
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


def real_under_an_even_root(radicand: sp.Expr, node: syntax.Node) -> sp.Expr:
    """``radicand`` as an even root (a power of even denominator) or a logarithm takes it over the reals: each power
    b^(p/q) it writes with q odd and p even is its real value |b|^(p/q) (x^(2/3) = 4 at x = -8).  SymPy's principal
    power would merge (b^(2/3))^(1/2) into b^(1/3), and exp(log(b^(2/3))/2) into b^(1/3), as it is built, equal to
    |b|^(1/3) only where b >= 0.  Held (:class:`Unmodelled`) where such a b is not known real: its real value cannot
    be written."""
    return radicand.replace(even_power_of_an_odd_root, lambda power: _real_value(power, node))


def even_power_of_an_odd_root(expr: sp.Basic) -> bool:
    """Whether ``expr`` is b^(p/q), q odd (not 1), p even, with b not known nonnegative: SymPy's principal value
    is not the real one, |b|^(p/q), at a negative b."""
    return (
        isinstance(expr, sp.Pow)
        and expr.exp.is_Rational
        and expr.exp.q % 2 == 1
        and expr.exp.q > 1
        and expr.exp.p % 2 == 0
        and expr.base.is_nonnegative is not True
    )


def _real_value(power: sp.Pow, node: syntax.Node) -> sp.Expr:
    if power.base.is_extended_real is not True:
        raise Unmodelled(
            f"an even root of ${latex(power)}$, whose real value |b|^(p/q) needs its base known real", node.position
        )
    return sp.Abs(power.base) ** power.exp


class _Translator:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.nonzero: list[sp.Expr] = []
        self.positive: list[sp.Expr] = []
        #: The radicands of even roots and the bases of fractional powers of even denominator as written (SymPy
        #: simplifies (sqrt x)^2 to x): real only where each is >= 0.
        self.nonnegative: list[sp.Expr] = []
        #: The bases of fractional powers of odd denominator as written (x^{1/3}): real at every real x, but SymPy's
        #: root of a negative number is the principal, complex, one, so read alike by every reader only where >= 0.
        self.odd_roots: list[sp.Expr] = []
        self.notes: list[str] = []
        #: The definite integrals as written (SymPy cancels two equal ones, so an integral that may diverge can leave
        #: an expression as 0 before any rule asks whether it exists).
        self.integrals: list[sp.Integral] = []
        #: The sums and products as written, (index, lower, upper): each term must have a value at every index.
        self.loops: list[tuple[sp.Symbol, sp.Expr, sp.Expr]] = []
        #: The expectations as written (SymPy cancels two equal ones, whether or not they exist), and the variance of
        #: each Gaussian as written (N(x; 0, v) / N(x; 0, v) is 1 before the note's v = 0 is written in).
        self.expectations: list[Expectation] = []
        self.variances: list[sp.Expr] = []
        #: The key each symbol and applied function was first written with, by SymPy name.
        self.keys: dict[str, Key] = {}

    def visit(self, node: syntax.Node) -> sp.Expr:
        if isinstance(node, syntax.Expectation):
            raise InvalidAnswer("an expectation E[...] can only name the quantity, on the left of '='", node.position)
        method = TRANSLATIONS.get(type(node))
        if method is None:
            raise InvalidAnswer(UNREAD.get(type(node), "this construct is not read in an answer"), node.position)
        return method(self, node)

    def number(self, node: syntax.Number) -> sp.Expr:
        return sp.Rational(node.text)

    def name(self, node: syntax.Name) -> sp.Expr:
        if node.key in SHORTHAND_KEYS and isinstance(SHORTHAND_KEYS[node.key].value, sp.Lambda):
            raise InvalidAnswer(f"{spell(node.key)} takes its arguments: write it as in SNR(t)", node.position)
        resolved = self.vocabulary.resolve(node.key)
        if isinstance(resolved, sp.Symbol):
            self.keys.setdefault(resolved.name, node.key)
        if resolved in NETWORKS:
            arguments = self.vocabulary.application(resolved)
            self.notes.append(f"{latex(resolved)} read as {latex(applied(resolved, arguments))}")
            return applied(resolved, arguments)
        return resolved

    def call(self, node: syntax.Call) -> sp.Expr:
        key = node.name.key
        if node.name.base in syntax.DENSITY_BASES:
            return self.density(node)
        if node.given:
            raise InvalidAnswer(f"only densities take a '|' (found in the arguments of {spell(key)})", node.position)
        arguments = [self.visit(argument) for argument in node.arguments]
        shorthand = SHORTHAND_KEYS.get(key)
        if shorthand is not None and isinstance(shorthand.value, sp.Lambda):
            return self.shorthand(node, shorthand, arguments)
        resolved = self.vocabulary.resolve(key)
        if not isinstance(resolved, sp.Symbol):
            raise InvalidAnswer(f"{spell(key)} cannot be applied to arguments", node.position)
        self.keys.setdefault(resolved.name, key)
        return applied(resolved, arguments)

    def shorthand(self, node: syntax.Call, shorthand: registry.Shorthand, arguments: list[sp.Expr]) -> sp.Expr:
        lam = shorthand.value
        if len(arguments) != len(lam.variables):
            raise InvalidAnswer(
                f"{spell(node.name.key)} takes {len(lam.variables)} argument(s) ({shorthand.meaning})", node.position
            )
        if shorthand.over_time:
            times = {time: registry.ABAR_AT[time] for time in registry.ABAR_AT}
            time = arguments[0]
            if time not in times:
                raise InvalidAnswer(f"write the time of {spell(node.name.key)} as t, t-1 or t-2", node.position)
            arguments = [times[time]]
        return lam(*arguments)

    def density(self, node: syntax.Call) -> sp.Expr:
        base, index = node.name.base, node.name.index
        name = f"{base}_{index}" if index else base
        if name not in DENSITY_NAMES:
            raise InvalidAnswer(f"unknown density {name}; densities are p, q, p_theta, q_phi", node.position)
        return Density(name, self.variables(node.arguments), self.variables(node.given))

    def variables(self, nodes: Iterable[syntax.Node]) -> tuple[sp.Symbol, ...]:
        result = []
        for node in nodes:
            variable = self.visit(node)
            if not isinstance(variable, sp.Symbol):
                raise InvalidAnswer("the arguments of a density must be single symbols such as x_t or y", node.position)
            result.append(variable)
        return tuple(result)

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
        self.nonzero.append(right)
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
        if exponent.is_negative:
            self.nonzero.append(base)
        if exponent.q % 2 == 0:
            base = real_under_an_even_root(base, node)
        if exponent.q > 1:  # x^{1/3} at x < 0 is SymPy's complex root, not the real one a reader may mean
            (self.odd_roots if exponent.q % 2 else self.nonnegative).append(base)
        return base**exponent

    def function(self, node: syntax.Function) -> sp.Expr:
        argument = self.visit(node.argument)
        if node.function == "exp":
            return sp.exp(argument)
        if node.function == "abs":
            return sp.Abs(argument)
        if node.function == "log":
            argument = real_under_an_even_root(argument, node)  # before exp(c log b) merges it into b^c
            if argument == 0:
                raise InvalidAnswer("the logarithm of zero", node.position)
            self.positive.append(argument)
            return self.logarithm(node, argument)
        if node.degree is None:
            argument = real_under_an_even_root(argument, node)
            self.nonnegative.append(argument)
            return sp.sqrt(argument)
        degree = self.visit(node.degree)
        if not (degree.is_Integer and 2 <= degree <= MAX_EXPONENT):
            raise InvalidAnswer(f"the degree of a root must be an integer from 2 to {MAX_EXPONENT}", node.position)
        if degree % 2:
            return sp.real_root(argument, degree)  # the cube root of -8 is -2
        argument = real_under_an_even_root(argument, node)
        self.nonnegative.append(argument)
        return sp.root(argument, degree)

    def logarithm(self, node: syntax.Function, argument: sp.Expr) -> sp.Expr:
        """The natural logarithm: an answer's log has no other base."""
        return sp.log(argument)

    def gradient(self, node: syntax.Gradient) -> sp.Expr:
        """grad_v body; without a subscript, v is the question's gradient variable, else the density's only one."""
        body = self.visit(node.body)
        if node.variable is not None:
            variable = self.visit(node.variable)
            if not isinstance(variable, sp.Symbol):
                raise InvalidAnswer("the variable of a gradient must be a single symbol such as x_t", node.position)
            return Grad(body, variable)
        return Grad(body, self.gradient_variable(node, body))

    def gradient_variable(self, node: syntax.Gradient, body: sp.Expr) -> sp.Symbol:
        context = self.vocabulary.gradient
        if context is not None and context in body.free_symbols:
            return context
        variables = {v for density in body.atoms(Density) for v in density.variables}
        if len(variables) == 1:
            (variable,) = variables
            self.notes.append(f"\\nabla read as \\nabla_{{{latex(variable)}}}")
            return variable
        raise InvalidAnswer(
            "write the variable of the gradient, as in \\nabla_{x_t}: "
            + ("it could be any of " + ", ".join(sorted(map(str, variables))) if variables else "there is no density"),
            node.position,
        )


#: The translation of each kind of node (the notes reader registers its operators here).
TRANSLATIONS: dict[type[syntax.Node], Callable[[_Translator, syntax.Node], sp.Expr]] = {
    syntax.Number: _Translator.number,
    syntax.Name: _Translator.name,
    syntax.Call: _Translator.call,
    syntax.Negative: _Translator.negative,
    syntax.Binary: _Translator.binary,
    syntax.Power: _Translator.power,
    syntax.Function: _Translator.function,
    syntax.Gradient: _Translator.gradient,
}


#: The constructs of notes an answer may not hold, each with what to write instead.
UNREAD: dict[type[syntax.Node], str] = {
    syntax.Series: "a sum or product (\\sum, \\prod) is not read in an answer: write its terms or its closed form "
    "(\\bar\\alpha_t for \\prod_{s=1}^t \\alpha_s)",
    syntax.Integral: "an integral is not read in an answer: write its value",
    syntax.Gaussian: "a Gaussian density \\mathcal{N}(x; \\mu, \\sigma^2) is not read in an answer: write its formula",
    syntax.Norm: "a norm \\|x\\| is not read in an answer, where quantities are scalars: write |x|",
}


def names_a_quantity(node: syntax.Node) -> bool:
    """Whether a left side names what is computed: a symbol (possibly applied or squared), a density, a score
    or an expectation ``E[x_0 | x_t]``."""
    if isinstance(node, syntax.Power):
        return isinstance(node.base, syntax.Name) and isinstance(node.exponent, syntax.Number)
    if isinstance(node, syntax.Ambiguous):
        return all(names_a_quantity(reading) for reading in node.readings)
    if isinstance(node, syntax.Binary) and node.operator == "*":
        # mu_theta (x_t + 1) read as a product: a name with a non-variable argument
        return isinstance(node.left, syntax.Name)
    return isinstance(node, (syntax.Name, syntax.Call, syntax.Gradient, syntax.Expectation))


def domains_shown(domains: Mapping[sp.Symbol, sp.Set]) -> dict[str, str]:
    """Each symbol's domain as text: ``{"abar_t": "(0, 1)", "x_0": "real"}``."""
    return {str(symbol): describe_set(domain) for symbol, domain in sorted(domains.items(), key=lambda i: str(i[0]))}


def describe_set(domain: sp.Set) -> str:
    """``(0, 1)``, ``(0, oo)``, ``[2, 5)``, ``real``, ``integer``, unions joined by ``U``."""
    if domain == sp.Reals:
        return "real"
    if domain == sp.Integers:
        return "integer"
    if domain in (sp.Naturals, sp.Naturals0):
        return "positive integer" if domain == sp.Naturals else "nonnegative integer"
    if isinstance(domain, sp.Range):
        return f"integer from {domain.inf}" + ("" if domain.sup == sp.oo else f" to {domain.sup}")
    if isinstance(domain, sp.Interval):
        left = "[" if not domain.left_open else "("
        right = "]" if not domain.right_open else ")"
        return f"{left}{domain.start}, {domain.end}{right}"
    if isinstance(domain, sp.Union):
        return " U ".join(describe_set(part) for part in domain.args)
    return str(domain)


# ------------------------------------------------------------------ the probability notation of notes


class Unmodelled(InvalidAnswer):
    """A formula that is read but uses something the kernel does not model yet (the reason says what)."""


#: The name of the law an expectation is taken under when the note names none (``E(x_t)``, ``E_{x_0}[...]``):
#: one joint law of the note's random variables, which no note can spell.
UNNAMED_LAW = "ℙ"
#: Stands for the point of a Gaussian written as a law, ``\mathcal{N}(\mu, \Sigma)``: the caller puts the
#: variable of the density it is equated with in its place.
LAW_POINT = sp.Dummy("point")


def _writes_identity(node: syntax.Node) -> bool:
    """Whether a syntax tree writes the identity matrix ``I``."""
    if isinstance(node, syntax.Name):
        return node.key == ("I", "", "")
    children = (v for value in vars(node).values() for v in (value if isinstance(value, tuple) else (value,)))
    return any(_writes_identity(child) for child in children if isinstance(child, syntax.Node))


def _indexed_by(node: syntax.Node, variable: syntax.Node) -> syntax.Name | None:
    """A name of ``node`` whose index writes ``variable``, a name with no index of its own (``\\beta_t`` under
    ``dt``, ``x_{2u}`` under ``du``): a function of the variable of an integral, no constant of it."""
    if not isinstance(variable, syntax.Name) or variable.index:
        return None
    if isinstance(node, syntax.Name) and re.search(rf"(?<![A-Za-z]){re.escape(variable.base)}(?![A-Za-z])", node.index):
        return node
    children = (v for value in vars(node).values() for v in (value if isinstance(value, tuple) else (value,)))
    return next((found for child in children if isinstance(child, syntax.Node)
                 if (found := _indexed_by(child, variable)) is not None), None)  # fmt: skip


class ProbabilityVocabulary:
    """How a note's names are read (the interface :class:`ProbabilityTranslator` asks of its vocabulary).

    Notes give the implementation (:mod:`diffproof.notecheck.vocabulary`): any identifier is a symbol
    whose domain comes from the note's directives or from conventions it shows.
    """

    #: A note asks no question whose variable a bare ``\nabla`` would take: it is its density's only variable.
    gradient: sp.Symbol | None = None
    #: How many equal coordinates a vector has in this reading: a norm is sqrt(n) |v|, and a density (at a point)
    #: or a KL of Gaussians whose covariance writes the identity the n-th power or n times that of one coordinate.
    coordinates: int = 1
    #: Why no trace is read at 1 x 1 (where the note gives a matrix or a vector a size or a shape), or "" where one
    #: may be: fail-safe, not read unless the reader of the note says so.
    trace_unread: str = "the note's sizes and shapes are not known"

    def resolve(self, key: Key) -> sp.Expr:
        """The symbol or constant a written name stands for; a range ``x_{1:T}`` gives a Tuple of variables."""
        raise NotImplementedError

    def integrating(self, variable: syntax.Node) -> AbstractContextManager[sp.Symbol]:
        """While the body of a definite integral over ``variable`` is read, its name is the integral's bound
        variable: a real name of no other property, whatever the note's conventions make the letter elsewhere
        (t a positive integer step, u a vector), so that nothing of them is taken inside the integral."""
        raise NotImplementedError

    def variance(self, parameter: sp.Expr) -> sp.Expr:
        """The variance of ``N(mu, parameter)``: the parameter itself, the statistician's convention."""
        return parameter

    def in_log_base(self, natural: sp.Expr) -> sp.Expr:
        """A quantity in natural units (a ``\\log`` written without a base, a KL divergence) in the base of the
        note's logarithms: itself, the natural base."""
        return natural

    def law(self, name: syntax.Name) -> tuple[str, tuple[sp.Symbol, ...]] | None:
        """``(law, parameters)`` when ``name`` applied to arguments is a density (``q_\\phi`` is the law q with the
        parameter phi), else None."""
        raise NotImplementedError

    def function(self, name: syntax.Name, arguments: tuple[sp.Expr, ...]) -> sp.Expr:
        """A name applied to arguments that is not a density: ``C(x_t, x_0)``, ``\\mu_\\theta(x_t, t)``."""
        raise NotImplementedError

    def is_random(self, symbol: sp.Symbol) -> bool:
        """Whether ``symbol`` names a random variable (an expectation without a law is over these)."""
        raise NotImplementedError

    def read_per_coordinate(self) -> None:
        """Note that a vector was read one coordinate at a time (a norm as an absolute value)."""
        raise NotImplementedError

    def law_of(self, law: str, variable: sp.Expr) -> bool | None:
        """Whether ``law`` is a law of ``variable`` as the document writes its densities: False where it writes
        densities of other laws of it and none of ``law`` (q(z | x) and p(x): q is no law of x), None when it
        cannot tell."""
        raise NotImplementedError

    def conditions_on(self, law: str, variable: sp.Expr) -> bool:
        """Whether the document writes a density of ``law`` conditioned on ``variable``'s letter (q(z | x) on x).
        False by default."""
        return False

    def givens_written(self, law: str) -> tuple[sp.Symbol, ...]:
        """The unindexed variables the document conditions ``law`` on (x in q(z | x)) that the formula being read
        writes: a bare E_q, read conditionally, is given them.  None by default."""
        return ()

    def span(self, first: syntax.Name, last: syntax.Name) -> sp.Expr:
        """The variables ``first, ..., last`` written with an ellipsis, as a Tuple."""
        raise NotImplementedError

    def series(self, node: syntax.Series, translator: ProbabilityTranslator) -> sp.Expr:
        """A sum or product over an index with its limits (the index bound in its body), or :class:`Unmodelled`."""
        raise Unmodelled("sums and products over an index are not modelled", node.position)

    def starts(self, variables: Iterable[sp.Expr]) -> tuple[sp.Expr, ...]:
        """Of ``variables``, those that start a trajectory written with others of its letter (``x_0`` beside
        ``x_t``): the forward law q(x_{1:T} | x_0) conditions on them.  None by default."""
        return ()


def _product_factors(node: syntax.Node) -> list[syntax.Node]:
    """The factors of a written product ``a b c`` (a left-nested chain of '*')."""
    if isinstance(node, syntax.Binary) and node.operator == "*":
        return _product_factors(node.left) + [node.right]
    return [node]


class ProbabilityTranslator(_Translator):
    """The answers' translator with the operators of notes: expectations, integrals, sums over a variable's
    values, KL divergences, Gaussians, norms and densities of any law, into the kernel's objects
    (:mod:`derivations.probability`; SymPy's Integral).

    ``bare_law`` reads an expectation under a law named without its arguments (``E_q[...]``): over the random
    variables of its integrand jointly (``"joint"``) or given those the integrand's densities of that law only
    condition on (``"conditional"``); :attr:`bare_laws` counts them, so that a caller can try both readings.
    Vectors are read one coordinate at a time (the vocabulary reads the identity matrix as 1): a norm is an
    absolute value.
    """

    def __init__(self, vocabulary: ProbabilityVocabulary, bare_law: str = "joint") -> None:
        super().__init__(vocabulary)  # type: ignore[arg-type]
        self.bare_law = bare_law
        self.bare_laws = 0
        self.placeholder: tuple[sp.Expr, ...] | None = None

    def visit(self, node: syntax.Node) -> sp.Expr:
        method = PROBABILITY.get(type(node)) or TRANSLATIONS.get(type(node))
        if method is None:
            raise InvalidAnswer(f"{type(node).__name__.lower()} cannot stand here", node.position)
        return method(self, node)

    # -- names, densities and functions

    def optimum(self, node: syntax.Optimum) -> sp.Expr:
        raise InvalidAnswer(f"{node.operator} is read only as a whole side of a step ({node.operator}_\\theta f = "
                            f"{node.operator}_\\theta g)", node.position)  # fmt: skip

    def name(self, node: syntax.Name) -> sp.Expr:
        value = self.vocabulary.resolve(node.key)
        if isinstance(value, (sp.Tuple, Slice)):
            raise InvalidAnswer(f"the range {spell(node.key)} stands for several variables: it is an argument of a "
                                "density or an integration variable, not a number", node.position)  # fmt: skip
        return value

    def function_arguments(self, node: syntax.Call) -> tuple[sp.Expr, ...]:
        """The arguments of a function that is no density: ``s(x; \\theta)`` is s of x and of its parameter theta,
        as s(x, theta) (a parameter is an argument held apart); only a density takes a condition after ``|``.
        The parameters must be a model's, small Greek letters: between random variables the ';' is the mutual
        information's, and I(X, Y; Z) is not I(X; Y, Z)."""
        if node.given and node.separator != ";":
            raise InvalidAnswer(f"only densities take a '|' (found in the arguments of {spell(node.name.key)})",
                                node.position)  # fmt: skip
        if not all(_model_parameter(p) for p in node.given):
            raise InvalidAnswer("the parameters of a function after ';' must be a model's, small Greek letters such as "
                                "\\theta (between random variables ';' separates what the mutual information relates)",
                                node.position)  # fmt: skip
        parameters = tuple(self.visit(p) for p in node.given)
        if not all(isinstance(p, sp.Symbol) for p in parameters):
            raise InvalidAnswer("the parameters of a function after ';' must be symbols such as \\theta", node.position)
        return (*(self.visit(a) for a in node.arguments), *parameters)

    def call(self, node: syntax.Call) -> sp.Expr:
        law = self.vocabulary.law(node.name)
        if law is None:
            return self.vocabulary.function(node.name, self.function_arguments(node))
        name, parameters = law
        given, extra = node.given, ()
        if node.separator == ";":
            given, extra = (), tuple(self.visit(p) for p in node.given)
        if not all(isinstance(p, sp.Symbol) for p in extra):
            raise InvalidAnswer("the parameters of a density after ';' must be symbols such as \\theta", node.position)
        variables, conditions = self.arguments(node.arguments), self.arguments(given)
        # p(x; s) and p(x; t): the law's parameters after ';' are kept, so two of their values are two densities
        return Density(name, variables, conditions, extra) if extra else Density(name, variables, conditions)

    def arguments(self, nodes: Iterable[syntax.Node]) -> tuple[sp.Symbol, ...]:
        """The variables of a density: symbols, ranges (their variables), an ellipsis between two of them, or
        the placeholder ``\\cdot`` (the variables of the expectation it is written under)."""
        nodes = list(nodes)
        found: list[sp.Expr] = []
        covered: set[int] = set()  # the variable after an ellipsis that a range covers
        for index, node in enumerate(nodes):
            if index in covered:
                continue
            if isinstance(node, syntax.Ellipsis):
                before, after = nodes[index - 1 : index], nodes[index + 1 : index + 2]
                if not (before and after and all(isinstance(n, syntax.Name) for n in before + after)):
                    raise InvalidAnswer("an ellipsis must stand between two variables: x_1, \\ldots, x_t",
                                        node.position)  # fmt: skip
                span = self.vocabulary.span(before[0], after[0])
                ends = {self.vocabulary.resolve(n.key) for n in before + after} if _one_range(span) else set()
                found = [v for v in found if v not in span.args and v not in ends] + list(span.args)
                covered.add(index + 1)  # x_0, \\ldots, x_T: x_T is in the range x_{0:T}
                continue
            if isinstance(node, syntax.Placeholder):
                if self.placeholder is None:
                    raise InvalidAnswer("\\cdot stands for an argument only in the law of an expectation",
                                        node.position)  # fmt: skip
                found.extend(self.placeholder)
                continue
            value = self.vocabulary.resolve(node.key) if isinstance(node, syntax.Name) else self.visit(node)
            values = value.args if isinstance(value, sp.Tuple) else (value,)
            for variable in values:
                if not isinstance(variable, VARIABLES):
                    raise InvalidAnswer("the arguments of a density must be variables such as x_t or z",
                                        node.position)  # fmt: skip
                if variable not in found:
                    found.append(variable)
        return tuple(found)

    # -- expectations, integrals, sums over values

    def expectation(self, node: syntax.Expectation) -> sp.Expr:
        expr = self._expectation(node)
        self.expectations.extend(expr.atoms(Expectation))
        return expr

    def _expectation(self, node: syntax.Expectation) -> sp.Expr:
        if node.operator == "Var":  # Var[b] = E[b^2] - E[b]^2, under the law E[b] is taken under
            mean = self._expectation(replace(node, operator="E"))
            return Expectation(mean.expr**2, mean.measure, mean.variables) - mean**2
        body = self.visit(node.body)
        variables = self.arguments(node.variables) if node.variables else ()
        given = self.arguments([node.given]) if node.given is not None else ()
        if node.measure is None:
            if not variables:
                variables = tuple(sorted((s for s in random_in(body, self.vocabulary) if s not in given), key=str))
            if not variables:
                raise InvalidAnswer("the expectation is over no random variable", node.position)
            return Expectation(body, Density(UNNAMED_LAW, variables, given), variables)
        if isinstance(node.measure, syntax.Name):  # E_q, E_{z ~ q}: a law named without its arguments
            law = self.vocabulary.law(node.measure)
            if law is None:
                raise InvalidAnswer(f"{spell(node.measure.key)} is not a law", node.position)
            if variables:  # read conditionally, given what the document conditions the law on (q_phi(z | x))
                given = tuple(sorted(set(self.vocabulary.givens_written(law[0])) - set(variables), key=str))
                self.bare_laws += bool(given)
                given = given if self.bare_law == "conditional" else ()
                return Expectation(body, Density(law[0], variables, given), variables)
            return self.bare(body, law[0], node)
        saved, self.placeholder = self.placeholder, variables or None
        try:
            measure = self.visit(node.measure)
        finally:
            self.placeholder = saved
        if not variables:
            variables = tuple(v for d in sp.Mul.make_args(measure) if isinstance(d, Density) for v in d.variables)
        elif isinstance(measure, Density) and not body.has(*variables):
            return self.unused(body, measure)
        return Expectation(body, measure, variables)

    def unused(self, body: sp.Expr, measure: Density) -> sp.Expr:
        """E_{z ~ q(. | x_0)}[f(x_1, ..., x_t)], whose integrand never writes z: as written (a constant), or, read
        like a bare E_q given what q conditions on, over the integrand's random variables -- z standing for the
        trajectory they belong to.  A caller tries both readings (:attr:`bare_laws`)."""
        self.bare_laws += 1
        over = tuple(sorted(random_in(body, self.vocabulary) - set(measure.given), key=str))
        if self.bare_law == "conditional" and over:
            return Expectation(body, Density(measure.name, over, measure.given), over)
        return Expectation(body, measure, measure.variables)

    def bare(self, body: sp.Expr, law: str, node: syntax.Node) -> sp.Expr:
        """E_q[body]: over the random variables of ``body``, jointly, or given those that q only conditions on
        (with no density of q in ``body``, given the start of its trajectory, as in q(x_{1:T} | x_0)); a variable
        the document never writes q as a density of is held fixed (E_q[log p(x)] is log p(x) where q is q(z)),
        and, read conditionally, is given where the document conditions q on it (E_q[f(x, z)] with q(z | x))."""
        self.bare_laws += 1
        random = random_in(body, self.vocabulary)
        held = {v for v in random if self.vocabulary.law_of(law, v) is False}  # E_q[log p(x)], q written q(z | x)
        if held and held == random:  # an integrand of none of q's variables: its expectation is itself
            return body
        random -= held
        densities = [d for d in body.atoms(Density) if d.name == law]
        given: tuple[sp.Symbol, ...] = ()
        if self.bare_law == "conditional":
            left = {v for d in densities for v in d.variables}
            bound = {loop.variables[0] for loop in body.atoms(sp.Sum, sp.Product)}
            given = tuple(sorted({g for d in densities for g in d.given if not g.free_symbols & bound} - left, key=str))
            if not densities and law == "q":  # E_q[x_t]: under the forward law, given the trajectory's start
                given = tuple(sorted(self.vocabulary.starts(random), key=str))
            conditioned = {v for v in held if self.vocabulary.conditions_on(law, v)}  # E_{q_phi}[f(x, z)], q(z | x)
            if not densities:  # E_{q_phi}[z] beside E_{q_phi(z|x)}[z]: given x though the integrand does not write it
                conditioned |= set(self.vocabulary.givens_written(law)) - random
            given = tuple(sorted(set(given) | conditioned, key=str))
        variables = tuple(sorted(random - set(given), key=str))
        if not variables:
            raise InvalidAnswer(f"E_{law} is over no random variable of its integrand", node.position)
        return Expectation(body, Density(law, variables, given), variables)

    def integral(self, node: syntax.Integral) -> sp.Expr:
        indexed = next(filter(None, (_indexed_by(node.body, v) for v in node.variables)), None)
        if indexed is not None:
            raise Unmodelled(f"{indexed.base}_{{{indexed.index}}} is indexed by the variable of its integral, so it is a "
                             "function of it, not a constant: such an integrand is not modelled")  # fmt: skip
        variables = self.arguments(node.variables)
        if node.lower is not None or node.upper is not None:
            if len(variables) != 1 or node.lower is None or node.upper is None:
                raise InvalidAnswer("an integral with limits takes both limits and one variable", node.position)
            lower, upper = self.visit(node.lower), self.visit(node.upper)
            with self.vocabulary.integrating(node.variables[0]) as variable:
                integral = sp.Integral(self.visit(node.body), (variable, lower, upper))
            self.integrals.append(integral)
            return integral
        return self.against_density(node.body, variables)

    def infinity(self, node: syntax.Infinity) -> sp.Expr:
        return -sp.oo if node.negative else sp.oo

    def against_density(self, body: syntax.Node, variables: tuple[sp.Symbol, ...]) -> sp.Expr:
        """The integral of ``body`` over the line in ``variables``; written against a density of exactly those
        variables (``\\int q(z|x) f(z) dz``), the expectation of the other factors under it (its definition)."""
        factors = _product_factors(body)
        for index, factor in enumerate(factors):
            if not isinstance(factor, syntax.Call) or self.vocabulary.law(factor.name) is None:
                continue
            density = self.visit(factor)
            if set(density.variables) == set(variables) and not set(density.given) & set(variables):
                rest = [self.visit(f) for i, f in enumerate(factors) if i != index]
                expectation = Expectation(sp.Mul(*rest), density, variables)
                self.expectations.append(expectation)
                return expectation
        if not all(isinstance(v, sp.Symbol) for v in variables):  # d x_{1:T} over x[1:T], in a step over sums
            raise Unmodelled("an integral over a range of variables (d x_{1:T}) is read only against a density "
                             "of exactly those variables, as in \\int q(x_{1:T} | x_0) f \\, dx_{1:T}")  # fmt: skip
        integral = sp.Integral(self.visit(body), *((v, -sp.oo, sp.oo) for v in variables))
        self.integrals.append(integral)
        return integral

    def series(self, node: syntax.Series) -> sp.Expr:
        if node.lower is None and node.upper is None and node.operator == "sum":
            variables = self.arguments([node.index])  # \sum_z: over the values of z (a counting measure)
            return self.against_density(node.body, variables)
        return self.vocabulary.series(node, self)

    # -- divergences, Gaussians, norms

    def divergence(self, node: syntax.Divergence) -> sp.Expr:
        first, second = (self._normal(n) if isinstance(n, syntax.Gaussian) else self.visit(n)
                         for n in (node.first, node.second))  # fmt: skip
        if isinstance(first, Density):
            variables = first.variables
        elif isinstance(first, Normal) and isinstance(first.point, sp.Symbol):
            variables = (first.point,)
        else:
            raise InvalidAnswer("the first law of a KL divergence must be a density such as q(z | x) or "
                                "\\mathcal{N}(z; \\mu, \\sigma^2)", node.position)  # fmt: skip
        copies = self._copies(node.first) if isinstance(node.first, syntax.Gaussian) else 1
        copies = max(copies, self._copies(node.second) if isinstance(node.second, syntax.Gaussian) else 1)
        return copies * self.vocabulary.in_log_base(KL(first, second, variables))

    def gaussian(self, node: syntax.Gaussian) -> sp.Expr:
        point = node.point is not None and not isinstance(node.point, syntax.Placeholder)
        return self._normal(node) ** (self._copies(node) if point else 1)

    def _normal(self, node: syntax.Gaussian) -> Normal:
        point = LAW_POINT if node.point is None or isinstance(node.point, syntax.Placeholder) else self.visit(
            node.point)  # fmt: skip
        variance = self.vocabulary.variance(self.visit(node.covariance))
        self.variances.append(variance)
        return Normal(point, self.visit(node.mean), variance)

    def _copies(self, node: syntax.Gaussian) -> int:
        """The coordinates a Gaussian spans: those of the reading where its covariance writes the identity."""
        return self.vocabulary.coordinates if _writes_identity(node.covariance) else 1

    def norm(self, node: syntax.Norm) -> sp.Expr:
        self.vocabulary.read_per_coordinate()
        return sp.sqrt(self.vocabulary.coordinates) * sp.Abs(self.visit(node.argument))

    def transpose(self, node: syntax.Transpose) -> sp.Expr:
        """v^\\top is v: one coordinate at a time, a transpose changes nothing (v^\\top v is v^2, as ||v||^2)."""
        self.vocabulary.read_per_coordinate()
        return self.visit(node.argument)

    def trace(self, node: syntax.Trace) -> sp.Expr:
        """tr(A) of a 1 x 1 matrix A is A: read one coordinate at a time only, and not of the identity matrix
        (tr(I) is the dimension, which one coordinate would make 1).  With more coordinates a matrix written as a
        number is no one matrix (a number times I has trace n a, a 1 x 1 block a): not read; nor where the note gives a
        matrix or a vector a size or a shape (:attr:`ProbabilityVocabulary.trace_unread`)."""
        if self.vocabulary.coordinates != 1:
            raise Unmodelled("a trace of a matrix written as a number, with more than one coordinate", node.position)
        if _writes_identity(node.argument):
            raise Unmodelled("a trace of the identity matrix is the dimension, which the note does not give",
                             node.position)  # fmt: skip
        if unread := self.vocabulary.trace_unread:  # Sigma = sigma^2 I, 3 x 3: tr(Sigma) = 3 sigma^2, not sigma^2
            raise Unmodelled(f"a trace read one coordinate at a time is of a 1 x 1 matrix, but {unread}", node.position)
        self.vocabulary.read_per_coordinate()
        return self.visit(node.argument)

    def logarithm(self, node: syntax.Function, argument: sp.Expr) -> sp.Expr:
        """``\\log`` without a base in the base the note gives it (``\\ln`` stays natural)."""
        return sp.log(argument) if node.natural else self.vocabulary.in_log_base(sp.log(argument))

    def power(self, node: syntax.Power) -> sp.Expr:
        """A norm to an even power, ||v||^2, is v^2 (n v^2 with n equal coordinates): the vector is read one
        coordinate at a time, a real number (SymPy keeps |v|^2 where it cannot tell that v is real, as when v
        holds sqrt(1 - abar_t))."""
        value = super().power(node)
        if isinstance(node.base, syntax.Norm):
            return value.replace(_even_power_of_abs, lambda power: power.base.args[0] ** power.exp)
        return value

    def placeholder_node(self, node: syntax.Node) -> sp.Expr:
        raise InvalidAnswer("\\cdot and \\ldots stand for arguments only inside a density", node.position)


def _even_power_of_abs(expr: sp.Basic) -> bool:
    return isinstance(expr, sp.Pow) and isinstance(expr.base, sp.Abs) and expr.exp.is_integer and expr.exp.is_even


def _one_range(span: sp.Tuple) -> bool:
    """Whether an ellipsis's span is one range of an indexed letter (x[0:T]), which holds its ends."""
    return len(span.args) == 1 and not isinstance(span.args[0], sp.Symbol)


def random_in(expr: sp.Expr, vocabulary: ProbabilityVocabulary) -> set[sp.Expr]:
    """The random variables ``expr`` depends on: its densities' arguments and its free random symbols
    (bound variables of inner expectations and integrals excluded).  With indexed variables, the variables
    ``x[t]`` of a sum or product over t are the block ``x_{a:b}`` of its range, shifted as written."""
    if expr.has(sp.Indexed, Slice):
        return _indexed_random(expr, vocabulary)
    arguments = {a for density in expr.atoms(Density) for a in density.arguments}
    return {s for s in expr.free_symbols if s in arguments or vocabulary.is_random(s)}


def _indexed_random(expr: sp.Expr, vocabulary: ProbabilityVocabulary) -> set[sp.Expr]:
    """The random variables of an expression with indexed ones: each letter's indices, the ranges of its sums
    and products and its slices joined into one block ``x_{lowest:highest}`` (its variables are those of the
    trajectory the expression is about); :class:`Unmodelled` when two indices cannot be ordered."""
    spans: dict[sp.IndexedBase, list[tuple[sp.Expr, sp.Expr]]] = {}
    loops = {loop.variables[0]: loop.limits[0][1:] for loop in expr.atoms(sp.Sum, sp.Product)}
    for node in sp.preorder_traversal(expr):
        if isinstance(node, Slice):
            spans.setdefault(node.base, []).append((node.start, node.stop))
        elif isinstance(node, sp.Indexed) and vocabulary.is_random(node.base.label):
            (index,) = node.indices
            low = high = index
            for variable, (first, last) in loops.items():
                if index.has(variable):
                    low, high = low.subs(variable, first), high.subs(variable, last)
            spans.setdefault(node.base, []).append((low, high))
    found: set[sp.Expr] = set()
    for base, found_spans in spans.items():
        lows, highs = [low for low, _ in found_spans], [high for _, high in found_spans]
        low, high = extreme(lows, Ranges(), lowest=True), extreme(highs, Ranges(), lowest=False)
        if low is None or high is None:
            raise Unmodelled(f"the indices of {base} cannot be ordered to read the expectation's variables")
        found.add(base[low] if low == high else Slice(base, low, high))
    arguments = {a for density in expr.atoms(Density) for a in density.arguments if isinstance(a, sp.Symbol)}
    labels = {base.label for base in spans}
    found |= {
        s
        for s in expr.free_symbols - labels
        if isinstance(s, sp.Symbol) and (s in arguments or vocabulary.is_random(s))
    }
    return found


#: The translation of each probability operator of notes.
PROBABILITY: dict[type[syntax.Node], Callable[[ProbabilityTranslator, syntax.Node], sp.Expr]] = {
    syntax.Name: ProbabilityTranslator.name,
    syntax.Call: ProbabilityTranslator.call,
    syntax.Expectation: ProbabilityTranslator.expectation,
    syntax.Integral: ProbabilityTranslator.integral,
    syntax.Infinity: ProbabilityTranslator.infinity,
    syntax.Series: ProbabilityTranslator.series,
    syntax.Divergence: ProbabilityTranslator.divergence,
    syntax.Gaussian: ProbabilityTranslator.gaussian,
    syntax.Norm: ProbabilityTranslator.norm,
    syntax.Transpose: ProbabilityTranslator.transpose,
    syntax.Trace: ProbabilityTranslator.trace,
    syntax.Power: ProbabilityTranslator.power,
    syntax.Placeholder: ProbabilityTranslator.placeholder_node,
    syntax.Ellipsis: ProbabilityTranslator.placeholder_node,
    syntax.Optimum: ProbabilityTranslator.optimum,
}
