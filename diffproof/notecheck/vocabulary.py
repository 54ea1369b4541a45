"""The names of a note: any identifier is a symbol, with its domain from a directive or a convention it shows.

A note declares almost nothing, so the reading rests on conventions that every
diffusion text shares, each stated once in the report (:data:`CONVENTIONS`):
the schedule's alpha and alpha-bar lie in (0, 1), beta in (0, 1), sigma and
Sigma are positive, T and t are positive integers, the identity matrix is read
one coordinate at a time (I is 1).  Any other identifier is a real number; ``x``,
``y``, ``z`` and ``epsilon`` (with any index or decoration) are random
variables.  A directive ``% diffproof: assume 0 < a < 1`` overrides a
convention.  Conventions only ever narrow where a counterexample is looked
for, and they are shown beside every verdict that relied on them.

A density's law is its letter (``p``, ``q``, ``P``, ``Q``): ``p_\\theta`` is the law
``p`` with the parameter ``theta`` (Luo's ``p(x_T) \\prod_t p_\\theta(x_{t-1} | x_t)``
is one joint law), any other subscript names a law of its own.

Ranges ``x_{1:T}`` are read as blocks of variables.  Within one step the
ranges and single variables of a letter are cut into disjoint blocks (``x_{0:T}``
next to ``x_0`` is ``x_0, x_{1:T}``); indices are compared generically
(constants below ``t``-offsets below ``T``-offsets: distinct names are distinct
variables), which is a convention shown like the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import sympy as sp

from derivations.kernel.sums import Slice
from diffproof.answers import parser as syntax
from diffproof.answers.notation import ProbabilityTranslator, ProbabilityVocabulary, Unmodelled, assumptions_of
from diffproof.answers.parser import nodes

Key = tuple[str, str, str]

UNIT = sp.Interval.open(0, 1)
POSITIVE = sp.Interval.open(0, sp.oo)
INTEGERS = sp.Range(1, sp.oo)

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ",
    "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
    "sigma": "σ", "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Sigma": "Σ", "Delta": "Δ",
    "Gamma": "Γ", "Lambda": "Λ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "Theta": "Θ", "ell": "ℓ",
}  # fmt: skip
_MARKS = {"bar": "\u0304", "tilde": "\u0303", "hat": "\u0302", "dot": "\u0307", "ddot": "\u0308"}


@dataclass(frozen=True)
class Convention:
    """Names of the ``bases`` (letter, decoration), any index, range over ``domain``: ``text`` says so.  At an
    index that may be ``first_index`` or less, they range over ``first`` if that is given (ᾱ_0 = 1, an empty
    product; β̃_1 = 0, as 1 - ᾱ_0 is)."""

    bases: frozenset[tuple[str, str]]
    domain: sp.Set
    text: str
    first: sp.Set | None = None
    first_index: int = 0


CONVENTIONS: tuple[Convention, ...] = (
    Convention(frozenset({("alpha", "")}), UNIT, "α (the noise schedule) lies in (0, 1)"),
    Convention(
        frozenset({("alpha", "bar")}),
        UNIT,
        "ᾱ (the schedule's products) lies in (0, 1), and in (0, 1] at an index that may be 0 (ᾱ_0 = 1)",
        first=sp.Interval.Lopen(0, 1),
    ),
    Convention(frozenset({("beta", "")}), UNIT, "β (the variance schedule) lies in (0, 1)"),
    Convention(
        frozenset({("beta", "tilde"), ("beta", "hat")}),
        POSITIVE,
        "β̃ (a variance) is positive, and nonnegative at an index that may be 1 (β̃_1 = 0)",
        first=sp.Interval(0, sp.oo),
        first_index=1,
    ),
    Convention(
        frozenset({("sigma", ""), ("sigma", "tilde"), ("sigma", "hat"), ("sigma", "bar"), ("Sigma", "")}),
        POSITIVE,
        "σ (a standard deviation) and Σ (a covariance, per coordinate) are positive",
    ),
    Convention(frozenset({("T", ""), ("t", "")}), INTEGERS, "T and t (steps of the process) are positive integers"),
)
#: Letters whose names are random variables (any index or decoration).
RANDOM = frozenset({"x", "y", "z", "epsilon", "X", "Y", "Z"})
#: The identity matrix and the zero vector, read one coordinate at a time.
COORDINATE = {("I", "", ""): sp.Integer(1), ("0", "", ""): sp.Integer(0)}
CONSTANTS = {("e", "", ""): sp.E, ("pi", "", ""): sp.pi}
#: Conventions shown beside a verdict that read vectors or ranges.
COUNTS = "a name written as the last index of a sum or product (K in \\sum_{k=1}^{K}) is a positive integer"
PER_COORDINATE = "vectors are read one coordinate at a time (the identity matrix I is 1, a norm is |.|)"
GENERIC_INDICES = "indices are generic: constants < t-offsets < T-offsets, so distinct names are distinct variables"

_INDEX = re.compile(r"^(?:(?P<symbol>[A-Za-z])(?P<offset>[+-]\d+)?|(?P<constant>\d+))$")
#: Index letters ranked for comparison: steps (t, i, s, k, n, l) below the horizon (T, N, L, K).
_RANK = {**dict.fromkeys("tiskjnl", 1), **dict.fromkeys("TNLK", 2)}


def display_name(key: Key) -> str:
    """A readable name: ``ᾱ_{t-1}``, ``x_{1:T}``, ``μ̃_t``, ``ε'``, ``𝓛`` for the calligraphic L."""
    base, decoration, index = key
    prime = base.count("'")
    letter, label, word = base.rstrip("'").partition("^")  # theta^DDPM, a name with a label
    shown = GREEK.get(letter, letter) + label + word
    if decoration == "cal":
        shown = f"cal({shown})"
    elif decoration in _MARKS and len(shown) == 1:
        shown += _MARKS[decoration]
    elif decoration:
        shown = f"{decoration}({shown})"
    shown += "'" * prime
    if not index:
        return shown
    index = "".join(GREEK.get(part, part) for part in re.split(r"(\W)", index))
    return f"{shown}_{index}" if len(index) == 1 else f"{shown}_{{{index}}}"


def index_value(text: str) -> sp.Expr | None:
    """A concrete or symbolic integer index (``0``, ``t``, ``t-1``, ``T+1``) as an expression, else None."""
    match = _INDEX.match(text)
    if match is None:
        return None
    if match["constant"] is not None:
        return sp.Integer(int(match["constant"]))
    return _index_symbol(match["symbol"]) + int(match["offset"] or 0)


def syntax_index(value: sp.Expr) -> str:
    return sp.sstr(value).replace(" ", "")


def shifted(node: syntax.Node, shift: dict[sp.Symbol, sp.Expr]) -> syntax.Node:
    """``node`` with every index written in terms of the shifted symbol moved: t -> t - 1 in x_t, alpha_t, and
    in the index itself written alone (a_t := t^2 gives a_{t-1} = (t - 1)^2)."""
    if isinstance(node, syntax.Name):
        alone = next((value for symbol, value in shift.items() if node.key == (symbol.name, "", "")), None)
        if alone is not None:
            return syntax.parse(syntax_index(alone), notes=True).operands[0]
        value = index_value(node.index)
        if value is not None and value.free_symbols & set(shift):
            return replace(node, index=syntax_index(value.xreplace(shift)))
        return node
    changes = {}
    for name, value in vars(node).items():
        if isinstance(value, syntax.Node):
            changes[name] = shifted(value, shift)
        elif isinstance(value, tuple) and value and all(isinstance(v, syntax.Node) for v in value):
            changes[name] = tuple(shifted(v, shift) for v in value)
    return replace(node, **changes) if changes else node


def _index_symbol(letter: str) -> sp.Symbol:
    """An index letter as a positive integer: the same symbol as the convention's ``T`` and ``t``."""
    return sp.Symbol(letter, **assumptions_of(INTEGERS))


def _order(value: sp.Expr) -> tuple[int, str, int] | None:
    """The generic order of an index: constants, then step letters, then the horizon, each by its offset."""
    if value.is_Integer:
        return (0, "", int(value))
    (symbol,) = value.free_symbols
    rank = _RANK.get(symbol.name)
    return None if rank is None else (rank, symbol.name, int(value - symbol))


@dataclass
class Partition:
    """The blocks of one letter's variables in a step: each range is a union of consecutive blocks."""

    bounds: list[tuple[tuple[int, str, int], sp.Expr]]  # sorted cut points (order key, index)

    def blocks(self, low: sp.Expr, high: sp.Expr) -> list[tuple[sp.Expr, sp.Expr]]:
        keys = [key for key, _ in self.bounds]
        start, stop = keys.index(_order(low)), keys.index(_order(high + 1))
        return [(self.bounds[i][1], self.bounds[i + 1][1] - 1) for i in range(start, stop)]


def partitions(keys: Iterable[Key]) -> dict[tuple[str, str], Partition]:
    """The cut points of the ranges and singles among ``keys`` of every letter written with a range (see the
    module docstring): a slice ``s_{2:T}`` is a block of variables whatever its letter.

    Raises :class:`Unmodelled` when two ranges cannot be ordered (an index letter with no generic rank).
    """
    ranges: dict[tuple[str, str], set[tuple[sp.Expr, sp.Expr]]] = {}
    for base, decoration, index in keys:
        span = _span(index)
        if span is not None:
            ranges.setdefault((base, decoration), set()).add(span)
    found = {}
    for letter, spans in ranges.items():
        if not any(low != high for low, high in spans):
            continue
        bounds = {}
        for low, high in spans:
            for value in (low, high + 1):
                key = _order(value)
                if key is None:
                    raise Unmodelled(f"the index {value} of {letter[0]} cannot be compared with the others")
                bounds[key] = value
        found[letter] = Partition(sorted(bounds.items(), key=lambda item: item[0]))
    return found


def ascending(index: str) -> str:
    """A range written downwards, ``T:1`` (or ``x_T, \\ldots, x_1``), as the same variables upwards, ``1:T``: a
    density's arguments are a set.  Any other index as it is."""
    low, colon, high = index.partition(":")
    values = (index_value(low), index_value(high)) if colon else (None, None)
    orders = tuple(_order(value) if value is not None else None for value in values)
    if None in orders or orders[0] <= orders[1]:
        return index
    return f"{high}:{low}"


def _span(index: str) -> tuple[sp.Expr, sp.Expr] | None:
    if ":" in index:
        low, _, high = index.partition(":")
        values = index_value(low), index_value(high)
        return None if None in values else values  # type: ignore[return-value]
    value = index_value(index)
    return None if value is None else (value, value)


def _index_text(value: sp.Expr) -> str:
    return sp.sstr(value).replace(" ", "")


#: How the convention for a log base the note gives is shown (the verdicts' natural log is not then).
LOG_BASE = "log without a base is to base"

#: A parametrisation of N a sentence speaks of in a way not read: no step through N is read.
UNREAD_SCALE = "unread"

#: The variance of N(mu, s) for each parametrisation a note may state in words.
VARIANCE_OF: dict[str, Callable[[sp.Expr], sp.Expr]] = {
    "standard deviation": lambda s: s**2,
    "precision": lambda s: 1 / s,
}


@dataclass(frozen=True)
class Parametrisation:
    """What N's second parameter is where a sentence of the note says it is not a variance ("N(mu, s) with mean
    mu and standard deviation s"): ``scale`` (a key of :data:`VARIANCE_OF`), the ``line`` that says so, and the
    ``names`` the note writes bare there (each positive, as a standard deviation or a precision is)."""

    scale: str
    line: int
    names: frozenset[Key] = frozenset()


@dataclass
class NoteVocabulary(ProbabilityVocabulary):
    """The symbols of one step of a note, with the domains the note declares (``declared``) or the conventions.

    ``used`` collects the conventions the step's names relied on, ``parameters`` the parameters each law was
    written with (``p_\\theta``), ``symbols`` every symbol made, with its key.
    """

    declared: dict[Key, sp.Set] = field(default_factory=dict)
    blocks: dict[tuple[str, str], Partition] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    parameters: dict[str, set[sp.Symbol]] = field(default_factory=dict)
    symbols: dict[sp.Symbol, Key] = field(default_factory=dict)
    functions: dict[str, Key] = field(default_factory=dict)
    #: Functions the note defined with their arguments: written bare, the name stands for the application.
    applied: dict[Key, tuple[sp.Expr, ...]] = field(default_factory=dict)
    #: A step with a sum or product over an index: random variables are indexed (``x[t]``, ``x_{1:T}`` a
    #: :class:`~derivations.kernel.sums.Slice`), as the kernel's sums rules read them.
    indexed: bool = False
    #: The index letters of the sums and products being read (innermost last).
    bound: list[str] = field(default_factory=list)
    #: The variables of the definite integrals being read, each bound as a real name of no other property.
    integrated: dict[Key, sp.Symbol] = field(default_factory=dict)
    #: Each indexed random letter and the indices written with it outside sums (the ends of its slices too).
    indexed_bases: dict[sp.IndexedBase, set[sp.Expr]] = field(default_factory=dict)
    #: The names the step writes (``x_0`` among them makes it the start of the trajectory of ``x_t``).
    written: frozenset[Key] = frozenset()
    #: Each law the whole note writes densities of, with the letters of their variables (q: {z} for q(z | x)).
    law_letters: Mapping[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    #: Each law the whole note writes conditional densities of, with the letters it conditions on (q: {x}).
    law_givens: Mapping[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    #: The names the whole note applies to arguments (mu_theta(x_t, t)): written bare, not known constants.
    function_names: frozenset[Key] = frozenset()
    #: The random variables a definition of the note ties together (x_t, x_0 and eps in x_t = ...).
    tied: frozenset[Key] = frozenset()
    #: The names the note makes random beside a noise (a moment, a law or a density written with one, or called
    #: random in words): no declared noise is known to be independent of them.
    said_random: frozenset[Key] = frozenset()
    #: The letters the note gives its own meaning, against a convention or a constant (alpha := 3/2, e := ...).
    overridden: frozenset[tuple[str, str]] = frozenset()
    #: The letters the note writes, bare, as the last index of a sum or product (\\sum_{k=1}^{K}): counts.
    limits: frozenset[tuple[str, str]] = frozenset()
    #: A ∝ step's chain is about this density, and what it writes as the density's variables (q(x_{t-1} | x_t,
    #: x_0) ∝ ...: x_{t-1}, its given variables held fixed), or None.
    subject: tuple[str, frozenset[Key]] | None = None
    #: The variables the note names a ∝ step's chain in ("as a function of $\\mu$", ``\\overset{y}{\\propto}``),
    #: None among them for a name not read; empty when it names none.
    named: frozenset[Key | None] = frozenset()
    #: The sentences around a ∝ step's chain that name variables in words no rule reads exactly ("in $\\mu$",
    #: "depends on $\\mu$"), each with the keys of those the step writes (None for a negated phrase): a verdict
    #: in other variables is not trusted.
    said: tuple[tuple[str, frozenset[Key | None]], ...] = ()
    #: An = step after a ∝ link of its chain: the line of that link, and whether the chain is of logarithms
    #: (log p ∝ ... = ...: the ∝ carries a constant term, not a factor); None for any other step.
    carried: tuple[int, bool] | None = None
    #: Why a ∝ proved in the given variables is not read, or "": a name its factor holds fixed that the note's words
    #: make vary with them (set by the step's judge, which knows the note's words; None where none is known).
    words_held: Callable[[Sequence[sp.Expr], Sequence[sp.Symbol]], str] | None = None
    #: What the second parameter of N is, where a sentence of the note says so; None for a variance.
    gaussian_scale: Parametrisation | None = None
    #: The base of ``\\log`` where a sentence of the note gives one ("logarithms are to base 2"), with its line.
    log_base: tuple[int | None, int] | None = None

    # -- names

    def in_log_base(self, natural: sp.Expr) -> sp.Expr:
        """A logarithm or a KL divergence in natural units, in the base a sentence gives ``\\log`` (a convention
        shown: the KL divergences are then in that base too)."""
        if self.log_base is None:
            return natural
        base, line = self.log_base
        if base is None:
            raise Unmodelled(f"line {line} says something of the logarithms' base that is not read")
        self.used.add(f"{LOG_BASE} {base}, as are KL divergences, as line {line} says (\\ln is natural)")
        return natural / sp.log(base)

    def variance(self, parameter: sp.Expr) -> sp.Expr:
        """The variance of ``N(mu, parameter)`` under the note's parametrisation (a convention shown)."""
        if self.gaussian_scale is None:
            return parameter
        scale = self.gaussian_scale
        if scale.scale == UNREAD_SCALE:
            raise Unmodelled(f"line {scale.line} says what N's second parameter is in a way not read")
        self.used.add(f"the second parameter of N is a {scale.scale} (positive), as line {scale.line} says")
        return VARIANCE_OF[scale.scale](parameter)

    def domain(self, key: Key, kept: bool = False) -> sp.Set:
        """The range of the name ``key``: the note's bound, else its convention unless the note overrides it
        (``kept``: even then, for a counterexample that must also satisfy an order the note states of it)."""
        if key in self.declared:
            return self.declared[key]
        if self.gaussian_scale is not None and key in self.gaussian_scale.names:
            return POSITIVE
        if (key[0], key[1]) in self.overridden and not kept:
            return sp.Reals
        for convention in CONVENTIONS:
            if (key[0], key[1]) in convention.bases:
                self.used.add(convention.text)
                if convention.first is not None and self._may_be_at_most(key[2], convention.first_index):
                    return convention.first
                return convention.domain
        if (key[0], key[1]) in self.limits and not key[2]:
            self.used.add(COUNTS)
            return INTEGERS
        return sp.Reals

    def _may_be_at_most(self, index: str, bound: int) -> bool:
        """Whether ``index`` may be ``bound`` or less: a number, or a letter less an offset (t - 1, t from 1),
        that may; no step letter is (t), but another letter may be (tau), and so may an index not read (t^2,
        0 + 1, t', t - k)."""
        found = index_value(index) if index else _index_symbol("t")
        if found is None:
            return True
        if found.is_Integer:
            return bool(found <= bound)
        (symbol,) = found.free_symbols
        return bool(self._lowest(symbol.name) + (found - symbol) <= bound)

    def _lowest(self, letter: str) -> sp.Expr:
        """The smallest value of an index letter: the bound the note declares, else 0 where the note gives the
        letter its own meaning (t \\in [0, T]) or it is not a step letter (a), else 1 (the steps' convention)."""
        declared = self.declared.get((letter, "", ""))
        if declared is not None and declared.inf.is_number and declared.inf.is_finite:
            return sp.ceiling(declared.inf)
        return sp.Integer(0) if (letter, "") in self.overridden or letter not in _RANK else sp.Integer(1)

    def symbol(self, key: Key) -> sp.Symbol:
        domain = self.domain(key)
        symbol = sp.Symbol(display_name(key), **assumptions_of(domain))
        self.symbols[symbol] = key
        return symbol

    def resolve(self, key: Key, ends: frozenset[Key] = frozenset()) -> sp.Expr:
        """The variable(s) of ``key``; ``ends``: the names an ellipsis spells a range with (x_1, ..., x_M)."""
        key = (key[0], key[1], ascending(key[2]))
        if key in self.integrated:
            return self.integrated[key]
        if key[0] in self.bound and not key[1] and not key[2]:  # the index of a sum or product its body writes
            return _index_symbol(key[0])
        if key in CONSTANTS and (key[0], key[1]) not in self.overridden:
            return CONSTANTS[key]
        if self.indexed:
            found = self._indexed(key)
            if found is not None:
                return found
        if key in self.applied:
            return self.function(syntax.Name(0, *key), self.applied[key])
        if key in COORDINATE and (key[0], key[1]) not in self.overridden:
            self.used.add(PER_COORDINATE)
            return COORDINATE[key]
        base, decoration, index = key
        span = _span(index)
        partition = self.blocks.get((base, decoration))
        if span is not None and partition is not None:
            self.used.add(GENERIC_INDICES)
            pieces = partition.blocks(*span)
            variables = [self.symbol(self._block_key(key, low, high)) for low, high in pieces]
            return variables[0] if ":" not in index and len(variables) == 1 else sp.Tuple(*variables)
        if ":" in index:
            return sp.Tuple(self._opaque_slice(key, ends))
        return self.symbol(key)

    def _opaque_slice(self, key: Key, ends: frozenset[Key]) -> sp.Symbol:
        """A slice whose blocks cannot be cut as one symbol, only where the step writes no other index of its
        letter but the ends an ellipsis spells it with: otherwise it would vary apart from its own elements
        (``a_{c:k}`` beside ``a_c``)."""
        others = sorted(display_name(k) for k in self.written - ends if k[:2] == key[:2] and k[2] not in (key[2], ""))
        if others:
            raise Unmodelled(f"{display_name(key)} cannot be related to {', '.join(others)}: its blocks are not cut")
        return self.symbol(key)

    def _indexed(self, key: Key) -> sp.Expr | None:
        """``x_{t-1}`` as ``x[t-1]`` and ``x_{1:T}`` as a slice, for a random letter; None for other names.

        A name of another kind whose index uses a bound index letter (``\\alpha_t`` inside ``\\sum_t``) would
        be one number for every term: it is not modelled."""
        base, decoration, index = key
        span = _span(index) if index else None
        if base.rstrip("'") not in RANDOM or span is None:
            if span is not None and any(str(s) in self.bound for s in span[0].free_symbols | span[1].free_symbols):
                raise Unmodelled(f"{display_name(key)} changes with the index of a sum or product: not modelled")
            return None
        label = sp.IndexedBase(self.symbol((base, decoration, "")))
        written = self.indexed_bases.setdefault(label, set())
        written |= {end for end in span if not any(str(s) in self.bound for s in end.free_symbols)}
        if ":" in index:
            return Slice(label, *span)
        return label[span[0]]

    def loop_index(self, node: syntax.Node) -> sp.Symbol:
        """The index of a sum or product: one letter, such as t or i."""
        if not (isinstance(node, syntax.Name) and len(node.base) == 1 and not node.decoration and not node.index):
            raise Unmodelled("the index of a sum or product must be one letter, such as t")
        return _index_symbol(node.base)

    @staticmethod
    def _block_key(key: Key, low: sp.Expr, high: sp.Expr) -> Key:
        base, decoration, _ = key
        text = _index_text(low) if low == high else f"{_index_text(low)}:{_index_text(high)}"
        return (base, decoration, text)

    def span(self, first: syntax.Name, last: syntax.Name) -> sp.Expr:
        if (first.base, first.decoration) != (last.base, last.decoration):
            raise syntax.InvalidAnswer("an ellipsis must join two variables of one letter: x_1, \\ldots, x_t",
                                       first.position)  # fmt: skip
        key = (first.base, first.decoration, ascending(f"{first.index}:{last.index}"))
        block = self.resolve(key, frozenset({first.key, last.key}))
        return sp.Tuple(block) if isinstance(block, Slice) else sp.Tuple(*block.args)

    def is_random(self, symbol: sp.Symbol) -> bool:
        key = self.symbols.get(symbol)
        return key is not None and key[0].rstrip("'") in RANDOM

    def read_per_coordinate(self) -> None:
        self.used.add(PER_COORDINATE)

    def law_of(self, law: str, variable: sp.Expr) -> bool | None:
        """True where the note writes a density of ``law`` over ``variable``'s letter, False where it writes
        densities of other laws over it but none of ``law`` (x in a VAE note whose q is q(z | x)), or conditions
        other laws' densities on it but never writes it with ``law`` (x in p(z | x) beside q(z): E_q[...] is over
        z, x held), else None (a noise no density is written of: the process's randomness, which E_q integrates;
        a variable a definition ties to others, which varies with them)."""
        base = variable.base.label if isinstance(variable, (sp.Indexed, Slice)) else variable
        key = self.symbols.get(base)
        if law not in self.law_letters or key is None or key in self.tied:
            return None
        letter = (key[0], key[1])
        if letter in self.law_letters[law]:
            return True
        if any(letter in letters for letters in self.law_letters.values()):
            return False
        conditioned = any(letter in letters for letters in self.law_givens.values())
        return False if conditioned and letter not in self.law_givens.get(law, frozenset()) else None

    def givens_written(self, law: str) -> tuple[sp.Symbol, ...]:
        letters = self.law_givens.get(law, frozenset())
        return tuple(self.symbol(key) for key in sorted(self.written) if not key[2] and key[:2] in letters)

    def conditions_on(self, law: str, variable: sp.Expr) -> bool:
        base = variable.base.label if isinstance(variable, (sp.Indexed, Slice)) else variable
        key = self.symbols.get(base)
        return key is not None and (key[0], key[1]) in self.law_givens.get(law, frozenset())

    def starts(self, variables: Iterable[sp.Expr]) -> tuple[sp.Expr, ...]:
        found = []
        for variable in variables:
            base = variable.base.label if isinstance(variable, (sp.Indexed, Slice)) else variable
            key = self.symbols.get(base)
            if key is None or key[0] not in RANDOM:
                continue
            start = (key[0], key[1], "0")
            if start in self.written and start != key:
                value = self.resolve(start)
                if value not in found and value != variable:
                    found.append(value)
        return tuple(found)

    # -- laws and functions

    def law(self, name: syntax.Name) -> tuple[str, tuple[sp.Symbol, ...]] | None:
        if name.base not in syntax.NOTE_DENSITY_BASES or name.decoration == "cal":
            return None
        law = display_name((name.base, name.decoration, ""))
        if name.index in syntax.MODEL_INDICES:
            parameter = self.symbol((name.index, "", ""))
            self.parameters.setdefault(law, set()).add(parameter)
            return law, (parameter,)
        if name.index:
            law = display_name((name.base, name.decoration, name.index))
        return law, ()

    def function(self, name: syntax.Name, arguments: tuple[sp.Expr, ...]) -> sp.Expr:
        label = display_name(name.key)
        self.functions[label] = name.key
        return sp.Function(label, real=True)(*arguments)

    @contextmanager
    def integrating(self, variable: syntax.Node) -> Iterator[sp.Symbol]:
        if not isinstance(variable, syntax.Name):
            raise Unmodelled("the variable of a definite integral must be one name, as in du", variable.position)
        key = (variable.base, variable.decoration, ascending(variable.index))
        outer = self.integrated.get(key)
        self.integrated[key] = sp.Symbol(display_name(key), real=True)
        try:
            yield self.integrated[key]
        finally:
            if outer is None:
                del self.integrated[key]
            else:
                self.integrated[key] = outer

    def series(self, node: syntax.Series, translator: ProbabilityTranslator) -> sp.Expr:
        """``\\sum_{t=a}^{b}`` or ``\\prod_{t=a}^{b}`` as SymPy's Sum or Product, the index bound in the body."""
        if node.lower is None or node.upper is None:
            raise Unmodelled("a sum or product over an index needs both its limits, as in \\sum_{t=2}^{T}",
                             node.position)  # fmt: skip
        if not self.indexed:  # a definition's sum, for a step that writes none
            raise Unmodelled("a sum or product is read only in a step that writes one itself", node.position)
        index = self.loop_index(node.index)
        lower, upper = translator.visit(node.lower), translator.visit(node.upper)
        if not all(limit.is_integer for limit in (lower, upper)):
            raise Unmodelled("the limits of a sum or product must be integers, such as 1 and T", node.position)
        self.bound.append(index.name)
        try:
            body = translator.visit(node.body)
        finally:
            self.bound.pop()
        for indexed in body.atoms(sp.Indexed):  # x[t] for t up to the upper limit: its top is written there
            if indexed.base in self.indexed_bases and indexed.indices[0].has(index):
                self.indexed_bases[indexed.base].add(indexed.indices[0].subs(index, upper))
        translator.loops.append((index, lower, upper))
        loop = sp.Product if node.operator == "prod" else sp.Sum
        return loop(body, (index, lower, upper))


def rebuilt(node: syntax.Node, replacement: Callable[[syntax.Node], syntax.Node | None]) -> syntax.Node:
    """A syntax tree with each node for which ``replacement`` gives a node replaced by it (whose own children
    are then the replacement's business), the others rebuilt only where a child changed."""
    found = replacement(node)
    if found is not None:
        return found
    changed = {}
    for key, value in vars(node).items():
        if isinstance(value, syntax.Node):
            new = rebuilt(value, replacement)
        elif isinstance(value, tuple):
            new = tuple(rebuilt(v, replacement) if isinstance(v, syntax.Node) else v for v in value)
            new = value if all(a is b for a, b in zip(new, value)) else new
        else:
            continue
        if new is not value:
            changed[key] = new
    return replace(node, **changed) if changed else node


def last_factor(node: syntax.Node) -> syntax.Node:
    """The factor written last in a product ``a b c`` (parsed (a * b) * c), or the node itself; under a leading
    minus, its operand (``-g`` of ``-g(x)``, parsed (-g) * x)."""
    if isinstance(node, syntax.Binary) and node.operator == "*":
        node = node.right
    return node.operand if isinstance(node, syntax.Negative) else node


def keys_in(node: syntax.Node) -> set[Key]:
    """Every name written in a syntax tree (for the blocks of ranges), and the range an ellipsis between two
    arguments spans (``x_0, \\ldots, x_T`` writes x_{0:T})."""
    found = {
        (current.base, current.decoration, ascending(current.index))
        for current in nodes(node)
        if isinstance(current, syntax.Name)
    }
    for call in nodes(node):
        if not isinstance(call, syntax.Call):
            continue
        for group in (call.arguments, call.given):
            for before, dots, after in zip(group, group[1:], group[2:]):
                if (
                    isinstance(dots, syntax.Ellipsis)
                    and isinstance(before, syntax.Name)
                    and isinstance(after, syntax.Name)
                ):
                    found.add((before.base, before.decoration, ascending(f"{before.index}:{after.index}")))
    return found
