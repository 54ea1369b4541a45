"""An optimum is unchanged by a term free of its variable: argmax_θ (F(θ) + c) = argmax_θ F(θ) for a finite c that
does not depend on θ (and so for argmin).  So argmax_θ f = argmax_θ g follows where f and g, each with such terms
dropped, are equal.

Terms are dropped only inside an objective that is an expectation under q (E_q[f + c] = E_q[f] + E_q[c]), whose
chain variables x_k it integrates and whose x_0 is the context's data point.  A term is taken to be free of θ only
when it is built, by arithmetic, logs, sums and products over an index and expectations, from densities of the
forward process q of the declared DDPM context over the chain's variables x_k: that q is Gaussian with the
context's fixed schedule, has no parameter, and its log-densities are integrable under it.  An expectation's law
must be such a q too (E_{p_θ}[c(x)] depends on θ even where c does not), run forward from its given points.  A
dropped term is finite with a finite expectation (no log 0, 1/0, point mass or 1/q), and each of its densities is
one of the chain given the law's points over steps the law draws (q(x_t | x_0), the posterior, a transition): at
the chain's draw a function of its Gaussian noises alone, so its expectation is free of x_0, whatever the note
makes x_0 in words (red team 53b); no step is counted by a name made of θ (a sum to N, N = θ).  Nothing
is dropped where the note writes q or the schedule with the optimum's variable (q_θ, q(x; θ), β_t = f_θ(t)),
where q is not the context's, or where the optimum is over a letter the terms write (argmax_{x_0})."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import same
from diffproof.notecheck.contexts import CONTEXTS
from diffproof.notecheck.statements.formulas import Formula, Stated

#: The letters of the DDPM schedule (alpha_t, bar alpha_t, beta_t), which the forward process q is made of.
_SCHEDULE = frozenset({"alpha", "beta"})


@dataclass(frozen=True)
class Dropped:
    """The two objectives with their terms free of the variable dropped, and those terms as written."""

    lhs: syntax.Node
    rhs: syntax.Node
    terms: tuple[syntax.Node, ...]

    def same(self, flipped: bool) -> bool:
        """Whether the objectives left are one expression as written (argmax of both; no reading in doubt)."""
        return (
            not flipped
            and same(self.lhs, self.rhs)
            and not any(isinstance(n, syntax.Ambiguous) for n in syntax.nodes(self.lhs))
        )


def _terms(node: syntax.Node, sign: int = 1) -> Iterator[tuple[int, syntax.Node]]:
    """The additive terms of ``node`` with their signs (a - (b - c) is a, -b, +c)."""
    if isinstance(node, syntax.Binary) and node.operator in "+-":
        yield from _terms(node.left, sign)
        yield from _terms(node.right, sign if node.operator == "+" else -sign)
    elif isinstance(node, syntax.Negative):
        yield from _terms(node.operand, -sign)
    else:
        yield sign, node


def _mentions(node: syntax.Node, letter: str) -> bool:
    """Whether a name of ``node`` is the letter or carries it in its index (mu_theta, p(x; theta))."""
    return any(
        isinstance(n, syntax.Name) and (n.base == letter or letter in re.split(r"[^A-Za-z]+", n.index))
        for n in syntax.nodes(node)
    )


def _forward(node: syntax.Node, letter: str) -> bool:
    """A density q(x_a | x_b, ...) of the context's forward process: plain q over plain names x_k (not x-hat), each
    a variable of its own (q(x_1 | x_1) is a point mass, no density: its log is infinite)."""
    if not (isinstance(node, syntax.Call) and node.name.key == ("q", "", "") and node.separator != ";"):
        return False
    names = (*node.arguments, *node.given)
    return (
        bool(node.arguments)
        and all(isinstance(n, syntax.Name) and n.base == "x" and n.decoration == "" and n.base != letter for n in names)
        and all(_apart(one.index, other.index) for i, one in enumerate(names) for other in names[i + 1 :])
    )


#: An index of the chain: a point (0, t, t-1) or a block a:b.
_BLOCK = re.compile(r"([^:]+):([^:]+)")


def _apart(one: str, other: str) -> bool:
    """Whether x_one and x_other are different variables of the chain: two points written differently (distinct
    indices are distinct steps, as the checker's convention reads them), or a point and a block whose numeric
    bounds leave the point out (x_0 beside x_{1:T}); anything else may overlap."""
    one, other = one.replace(" ", ""), other.replace(" ", "")
    blocks = [_BLOCK.fullmatch(i) for i in (one, other)]
    if not any(blocks):
        return one != other
    if all(blocks):
        return False
    block, point = (blocks[0], other) if blocks[0] else (blocks[1], one)
    low, high = block.groups()
    if not point.isdigit():
        return False
    return (low.isdigit() and int(point) < int(low)) or (high.isdigit() and int(point) > int(high))


def _free(node: syntax.Node, letter: str, given: tuple[str, ...], law: tuple[str, ...]) -> bool:
    """Whether ``node`` is built only of the forward process's densities, numbers, logs, arithmetic, sums and
    products over an index, and expectations under q (so free of the optimum's variable ``letter``), with a finite
    expectation free of the law's given point too (each density one of the chain given it, :func:`_conditional`):
    a log is of a positive such term only (log 0 and log(q - q) are no numbers), and a divisor or an
    exponent outside a log a positive number or a whole one (E_q[1 / q(x_1 | x_0)] is the length of the line)."""
    match node:
        case syntax.Number():
            return True
        case syntax.Function(function="log", degree=None):
            return _positive(node.argument, letter, given, law)
        case syntax.Negative():
            return _free(node.operand, letter, given, law)
        case syntax.Binary(operator="/"):
            return (
                _free(node.left, letter, given, law)
                and isinstance(node.right, syntax.Number)
                and _positive(node.right, letter, given, law)
            )
        case syntax.Binary():
            return _free(node.left, letter, given, law) and _free(node.right, letter, given, law)
        case syntax.Power(exponent=syntax.Number()):
            return node.exponent.text.isdigit() and _free(node.base, letter, given, law)
        case syntax.Series(operator="sum" | "prod", index=syntax.Name()):
            return _bounds_free(node, letter) and _free(node.body, letter, given, law)
        case syntax.Expectation(operator="E", given=None):
            return (
                _law_free(node.measure, letter)
                and _conditional(node.measure, given, law)
                and _free(node.body, letter, given, law)
            )
        case syntax.Call():
            return _forward(node, letter) and _conditional(node, given, law)
    return False


def _positive(node: syntax.Node, letter: str, given: tuple[str, ...], law: tuple[str, ...]) -> bool:
    """Whether ``node`` is a positive finite term free of ``letter``: a positive number, a forward density (a
    Gaussian's, positive everywhere), or products, quotients, powers and products over an index of such."""
    match node:
        case syntax.Number():
            return _number(node.text) > 0
        case syntax.Binary(operator="*" | "/"):
            return _positive(node.left, letter, given, law) and _positive(node.right, letter, given, law)
        case syntax.Power(exponent=syntax.Number()):
            return _positive(node.base, letter, given, law)
        case syntax.Series(operator="prod", index=syntax.Name()):
            return _bounds_free(node, letter) and _positive(node.body, letter, given, law)
        case syntax.Call():
            return _forward(node, letter) and _conditional(node, given, law)
    return False


def _number(text: str) -> float:
    """The value of a number as written (0 where it is not read: never taken as positive)."""
    try:
        return float(text)
    except ValueError:
        return 0.0


def _bounds_free(node: syntax.Series, letter: str) -> bool:
    """A sum's or a product's index and bounds do not write the optimum's variable (its bounds: numbers, names)."""
    bounds = [b for b in (node.lower, node.upper) if b is not None]
    return node.index.base != letter and all(
        isinstance(b, syntax.Number | syntax.Name) and not _mentions(b, letter) for b in bounds
    )


#: A point of the chain or a block's bound: a step number, or a letter with an offset (t, t-1, T).
_STEP = re.compile(r"(?:(\d+)|([A-Za-z])([+-]\d+)?)")


def _order(one: str, other: str) -> int | None:
    """-1, 0 or 1 as step ``one`` comes before, at or after step ``other``: two numbers, or one letter with two
    offsets (t - 1 before t); None where the order is not written (t and s, t and 3)."""
    first, second = _STEP.fullmatch(one), _STEP.fullmatch(other)
    if first is None or second is None:
        return None
    if first[1] and second[1]:
        a, b = int(first[1]), int(second[1])
    elif first[2] and first[2] == second[2]:
        a, b = int(first[3] or 0), int(second[3] or 0)
    else:
        return None
    return (a > b) - (a < b)


def _ends(index: str) -> tuple[str, str]:
    """A block's first and last steps (1:T is 1 and T); a point is both."""
    block = _BLOCK.fullmatch(index)
    return block.groups() if block else (index, index)


def _drawn(first: str, last: str, given: tuple[str, ...], law: tuple[str, ...]) -> bool:
    """Whether the steps ``first`` to ``last`` are given to the law or drawn by it: within one of its blocks, as
    the checker's convention orders steps (numbers before t-offsets before T-offsets: x_t is drawn by x_{1:T})."""
    if first == last and first in {g.replace(" ", "") for g in given}:
        return True
    return any(_rank(low, first) in (-1, 0) and _rank(last, high) in (-1, 0) for low, high in map(_ends, law))


def _rank(one: str, other: str) -> int | None:
    """The order of two steps, or where it is not written, by the convention (numbers, then t-offsets, then
    T-offsets, T being the chain's last step)."""
    order = _order(one, other)
    if order is not None:
        return order
    levels = [_level(i) for i in (one, other)]
    return None if None in levels or levels[0] == levels[1] else (levels[0] > levels[1]) - (levels[0] < levels[1])


def _level(index: str) -> int | None:
    """0 for a number, 2 for T with an offset, 1 for another letter with one; None for anything else."""
    step = _STEP.fullmatch(index)
    return None if step is None else 0 if step[1] else 2 if step[2] == "T" else 1


def _conditional(density: syntax.Node, given: tuple[str, ...], law: tuple[str, ...]) -> bool:
    """Whether q(x_A | x_B) is a density of the chain given the law's points x_G (``given``: their indices), so that
    at the chain's draw it is a function of the Gaussian noises alone, whose law is free of x_G and of all that
    x_G may depend on (x_0 = G_θ(z), said in any words): B holds every point of G, or every step of A comes after
    every step of B and B is at or after G (the Markov property: q(x_t | x_{t-1}) = q(x_t | x_{t-1}, x_0); every
    step is at or after x_0).  Not a marginal (q(x_0), q(x_t)) nor the reverse q(x_{t-1} | x_t), which are of the
    data's law at points the note may make depend on θ; nor a density of steps the law neither draws nor is given
    (``law``: the indices it draws), which are no draw of the chain and may be anything the note makes them."""
    after, before = ([_ends(n.index.replace(" ", "")) for n in names] for names in (density.arguments, density.given))
    points = [_ends(g.replace(" ", "")) for g in given]
    if not given or not all(_drawn(a, b, given, law) for a, b in (*after, *before)):
        return False
    if {g for g, _ in points} <= {b for b, _ in before} and all(g == h for g, h in points):
        return True
    return (
        bool(before)
        and all(_order(a, b) == 1 for a, _ in after for _, b in before)
        and all(g == "0" or _order(b, g) in (0, 1) for b, _ in before for _, g in points)
    )


def _forward_law(measure: syntax.Call) -> bool:
    """Whether the law q(x_A | x_G) is the chain run forward from its given points (G holds x_0, or every step of
    A comes after every step of G): Gaussian with a mean linear in x_G and a covariance of the schedule alone, so
    its densities' draws are noises whose law is free of x_G.  The reverse q(x_1 | x_2) is of the data's law."""
    given = [_ends(n.index.replace(" ", "")) for n in measure.given]
    drawn = [_ends(n.index.replace(" ", "")) for n in measure.arguments]
    return bool(given) and (("0", "0") in given or all(_order(low, high) == 1 for low, _ in drawn for _, high in given))


def _law_free(measure: syntax.Node | None, letter: str) -> bool:
    return measure is not None and _forward(measure, letter)


def _rebuilt(terms: list[tuple[int, syntax.Node]]) -> syntax.Node:
    sign, first = terms[0]
    node = first if sign > 0 else syntax.Negative(first.position, first)
    for sign, term in terms[1:]:
        node = syntax.Binary(term.position, "+" if sign > 0 else "-", node, term)
    return node


def _kept(body: syntax.Node, letter: str) -> tuple[syntax.Node, list[syntax.Node]] | None:
    """The expectation ``body`` under q without its terms free of ``letter`` (E_q[f + c] = E_q[f] + E_q[c]), with
    the terms dropped; None where ``body`` is no such expectation (outside one, the chain's variables are not
    integrated, and the note may make them depend on the variable) or nothing would be kept."""
    if not (
        isinstance(body, syntax.Expectation)
        and body.operator == "E"
        and body.given is None
        and _law_free(body.measure, letter)
        and _forward_law(body.measure)
    ):
        return None
    given = tuple(n.index for n in body.measure.given if isinstance(n, syntax.Name))
    law = tuple(n.index.replace(" ", "") for n in body.measure.arguments if isinstance(n, syntax.Name))
    terms = list(_terms(body.body))
    kept = [(sign, term) for sign, term in terms if not _free(term, letter, given, law)]
    if not kept:
        return None
    dropped = [term for sign, term in terms if _free(term, letter, given, law)]
    rebuilt = _rebuilt(kept)
    return syntax.Expectation(body.position, rebuilt, body.given, body.measure, body.variables, body.operator), dropped


#: An index that runs over steps (t, t-1, s, 0, T, 1:T): a name so indexed is one of a family (beta_t, beta_s).
_STEP_INDEX = re.compile(r"(?:[a-z]|T|\d+)(?:[+-]\d+)?(?::(?:[a-z]|T|\d+)(?:[+-]\d+)?)?")


def _key(name: syntax.Name) -> tuple[str, str, str]:
    """A name as a letter, its decoration and its index, every step index one ('*'): beta_t and beta_s are one
    family; mu_theta, mu_A and mu-tilde are three."""
    index = name.index.replace(" ", "")
    return name.base, name.decoration, "*" if not index or _STEP_INDEX.fullmatch(index) else index


def _valued(node: syntax.Node | None) -> tuple[str, str, str] | None:
    """The name a whole side gives a value to: a name, or a function or density applied (q(x_t | x_0))."""
    whole = node.name if isinstance(node, syntax.Call) else node
    return _key(whole) if isinstance(whole, syntax.Name) else None


def _writes(node: syntax.Node, names: set[tuple[str, str, str]], letter: str) -> bool:
    """Whether ``node`` writes one of ``names``, or the variable ``letter`` anywhere (in an index too)."""
    return _mentions(node, letter) or any(isinstance(n, syntax.Name) and _key(n) in names for n in syntax.nodes(node))


def _tainted(formulas: list[tuple[syntax.Node | None, syntax.Node | None]], letter: str) -> set[tuple[str, str, str]]:
    """The letters the note makes depend on ``letter``: a name or a density written as a whole side whose other
    side writes the letter or a name made to depend on it, and so on (the chain's variables x_k aside: how a
    sample is drawn does not change q's density)."""
    tainted = {(letter, "", "*")}
    changed = True
    while changed:
        changed = False
        for first, second in formulas:
            for one, other in ((first, second), (second, first)):
                valued = _valued(one)
                if valued is None or valued in tainted or valued[0] == "x" or other is None:
                    continue
                if _writes(other, tainted, letter):
                    tainted.add(valued)
                    changed = True
    return tainted


#: What a note may say in words of the forward process or its schedule that the rule does not read: a name given
#: another meaning, set free, a joint law in a sentence, a process denied the Markov property or said otherwise.
_SAID_OTHERWISE = frozenset({"meaning", "freed", "joint", "unchained", "forward unread"})


def _disputed(formulas: list[tuple[syntax.Node | None, syntax.Node | None]], said: Iterable[Stated], letter: str):
    """Whether the note makes q or the schedule depend on the variable (q_θ, q(x; θ), β_t = γ_t with γ_t = θ t),
    or says something of them in words that is not read."""
    tainted = _tainted(formulas, letter)
    if any(base in ("q", *_SCHEDULE) for base, _, _ in tainted):
        return True
    calls = (n for pair in formulas for side in pair if side is not None for n in syntax.nodes(side))
    if any(isinstance(n, syntax.Call) and n.name.base == "q" and _writes(n, tainted, letter) for n in calls):
        return True
    return any(
        item.kind in _SAID_OTHERWISE
        and (item.kind == "forward unread" or item.name is None or item.name.node is None
             or any(_mentions(item.name.node, base) for base in ("q", *_SCHEDULE)))
        for item in said
    )  # fmt: skip


def _given_made_of(formulas: list, bodies: Iterable[syntax.Expectation], letter: str) -> bool:
    """Whether the note writes a point an expectation's law is given (x_0 in q(x_{1:T} | x_0)) as a whole side
    whose other side writes the variable or a name made to depend on it (x_0 = G_θ(z)): that point is then no
    data point fixed before the optimum is taken."""
    tainted = _tainted(formulas, letter)
    given = {
        n.key for body in bodies for g in body.measure.given for n in syntax.nodes(g) if isinstance(n, syntax.Name)
    }
    return any(
        isinstance(one, syntax.Name) and one.key in given and other is not None and _writes(other, tainted, letter)
        for first, second in formulas
        for one, other in ((first, second), (second, first))
    )


def _counted_by(formulas: list, written: Iterable[syntax.Node], letter: str) -> bool:
    """Whether the laws or the dropped terms (``written``) count their steps with a name the note makes depend on
    the variable, in a bound or an index (a sum to N with N = θ, q(x_{1:T} | x_0) with T = θ): how many terms or
    steps there are then depends on it."""
    letters = {base for base, decoration, _ in _tainted(formulas, letter) if not decoration}
    return any(
        isinstance(n, syntax.Name) and ({n.base, *re.findall(r"[A-Za-z]+", n.index)} & letters)
        for node in written
        for n in syntax.nodes(node)
    )


def _formulas(sides: list[tuple[Formula, Formula]], stated: Iterable[Stated]) -> list:
    """Every pair of sides the note writes: its steps', and each statement's name and body."""
    pairs = [(lhs.node, rhs.node) for lhs, rhs in sides]
    return pairs + [((i.name.node if i.name else None), (i.body.node if i.body else None)) for i in stated]


def without_constant_terms(
    lhs: syntax.Optimum,
    rhs: syntax.Optimum,
    sides: list[tuple[Formula, Formula]],
    everything: list[Stated],
    stated: list[Stated],
) -> Dropped | None:
    """The objectives of ``argmax_θ lhs = argmax_θ rhs`` with their terms free of θ dropped, where the DDPM
    context is declared in ``stated`` (what is in force at the step) and the note (``sides``: every step's;
    ``everything`` it states) does not write q or the schedule with θ; None where the rule does not apply or
    drops nothing."""
    if not isinstance(lhs.variable, syntax.Name) or lhs.variable.index or lhs.variable.decoration:
        return None
    letter = lhs.variable.base
    if not any(item.kind == "context" and item.text == "ddpm" and item.text in CONTEXTS for item in stated):
        return None
    formulas = _formulas(sides, everything)
    if _disputed(formulas, everything, letter):
        return None
    first, second = _kept(lhs.body, letter), _kept(rhs.body, letter)
    if first is None or second is None or not (first[1] or second[1]):
        return None
    if _given_made_of(formulas, (lhs.body, rhs.body), letter):
        return None
    if _counted_by(formulas, (lhs.body.measure, rhs.body.measure, *first[1], *second[1]), letter):
        return None
    return Dropped(first[0], second[0], (*first[1], *second[1]))
