"""Hypothesis fuzzing of every identity's concrete instances over the valid domain, edges included.

Each claim of an identity, evaluated in closed form on each of its instances
(:func:`derivations.kernel.checking.evaluate_in`), must hold at parameters drawn by
Hypothesis: unit-interval symbols within 1e-12 of 0 and 1, positive ones over
twenty decades, reals in [-10, 10].  Values are computed with mpmath at 120
digits (terms up to 1e60 may cancel), so a failure is the identity's, not rounding's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import mpmath
import sympy as sp
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from derivations.kernel.algebra import is_closed_form, satisfies
from derivations.kernel.checking import Context, evaluate_in, instance_applies
from derivations.model import Identity, Relation
from derivations.probability import gaussian_law
from derivations.symbols import POSITIVE, UNIT, domain_of
from numeric import strategies

DIGITS = 120
#: Relative tolerance of a 120-digit evaluation (rounding only; identities hold exactly).
TOLERANCE = mpmath.mpf(10) ** -40


#: Operators a point evaluation cannot do (a claim about a limit is proved symbolically, not fuzzed).
_UNEVALUATED = (sp.Limit, sp.Sum, sp.Product)


@dataclass(frozen=True)
class Claim:
    """One closed-form claim ``lhs relation rhs`` of an identity on one instance."""

    label: str
    symbols: tuple[sp.Symbol, ...]
    lhs: Callable
    rhs: Callable
    relation: str


def _sides(lhs: sp.Expr, rhs: sp.Expr, relation: Relation) -> list[tuple[sp.Expr, sp.Expr, str]]:
    if relation is Relation.EQ_LAW:
        laws = gaussian_law(lhs), gaussian_law(rhs)
        if None not in laws:
            return [(laws[0][0], laws[1][0], "="), (laws[0][1], laws[1][1], "=")]
        return [(lhs, rhs, "=")]
    return [(lhs, rhs, relation.value)]


def claims(identity: Identity) -> list[Claim]:
    """The closed-form claims of ``identity`` on its instances (those that evaluate in closed form)."""
    context = Context.of(identity)
    found = []
    for instance in identity.instances:
        for derivation in identity.derivations:
            if not instance_applies(instance, derivation):
                continue
            lhs = evaluate_in(instance, derivation.lhs, context.equations)
            rhs = evaluate_in(instance, derivation.rhs, context.equations)
            if not (is_closed_form(lhs) and is_closed_form(rhs)) or lhs.has(*_UNEVALUATED) or rhs.has(*_UNEVALUATED):
                continue
            for left, right, relation in _sides(lhs, rhs, derivation.relation):
                symbols = tuple(sorted(left.free_symbols | right.free_symbols, key=str))
                found.append(
                    Claim(
                        f"{derivation.label} on {instance.description}",
                        symbols,
                        sp.lambdify(symbols, left, "mpmath"),
                        sp.lambdify(symbols, right, "mpmath"),
                        relation,
                    )
                )
    return found


def parameter(symbol: sp.Symbol, domains: dict) -> st.SearchStrategy[float]:
    domain = domains.get(symbol, domain_of(symbol))
    if domain == UNIT:
        return strategies.unit_interval()
    if domain == POSITIVE or symbol.is_positive:
        return strategies.variances()
    return strategies.reals()


def holds(claim: Claim, values: tuple[float, ...]) -> bool:
    """Whether the claim holds at ``values`` to 120 digits."""
    with mpmath.workdps(DIGITS):
        point = [mpmath.mpf(value) for value in values]
        left, right = claim.lhs(*point), claim.rhs(*point)
        if isinstance(left, mpmath.mpc) or isinstance(right, mpmath.mpc):
            return False
        slack = TOLERANCE * max(abs(left), abs(right), 1)
        if claim.relation == "=":
            return bool(abs(left - right) <= slack)
        if claim.relation == ">=":
            return bool(left >= right - slack)
        return bool(left <= right + slack)


def fuzz(identity: Identity, *, max_examples: int = 60) -> int:
    """Run Hypothesis on every closed-form claim of ``identity``; the number of claims fuzzed.

    Raises ``AssertionError`` (with Hypothesis' minimal failing example) when a claim fails.
    """
    found = claims(identity)
    domains = identity.domains()
    for claim in found:
        _property(claim, domains, identity.constraints(), max_examples)()
    return len(found)


def _property(claim: Claim, domains: dict, constraints: tuple, max_examples: int) -> Callable[[], None]:
    points = st.tuples(*(parameter(symbol, domains) for symbol in claim.symbols))

    @settings(max_examples=max_examples, deadline=None, derandomize=True, database=None)
    @given(points)
    def property_holds(values: tuple[float, ...]) -> None:
        point = {symbol: sp.Float(value, DIGITS) for symbol, value in zip(claim.symbols, values)}
        assume(satisfies(point, constraints))
        assert holds(claim, values), f"{claim.label} fails at {dict(zip(map(str, claim.symbols), values))}"

    return property_holds
