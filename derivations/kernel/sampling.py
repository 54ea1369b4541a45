"""Admissible points and counterexamples.

A point gives each symbol an exact rational (or integer) value inside its
domain: any SymPy set of reals -- intervals with open or closed ends,
half-lines, the line, unions, finite sets, the integers and their intervals --
and it must meet every constraint.  A counterexample is a point where the two
sides, evaluated to 30 digits, violate the claimed relation by more than
1e-12 of their size, and still do at 60 digits.  Over the reals a point where
one side is a real number and the other is not counts: the claim says both are
the same real number.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

import mpmath
import numpy as np
import sympy as sp

from derivations.kernel.assumptions import implied_set
from derivations.kernel.vocabulary import Counterexample, Relation
from derivations.symbols import domain_of

#: A difference counts when it exceeds this fraction of the larger side (plus this amount).
TOLERANCE = 1e-12
#: Imaginary parts below this fraction of the size are rounding, not a non-real value.
IMAGINARY = 1e-20
#: The grid of interior points of a bounded interval: a + (b - a) k / GRID.
GRID = 1000
#: How often a sample is drawn near an end of its interval (or far out on a half-line).
EDGE = 0.2


class SamplingError(ValueError):
    """No admissible point could be drawn (an empty or unsupported domain)."""


def domain_for(symbol: sp.Symbol, domains: Mapping[sp.Symbol, sp.Set]) -> sp.Set:
    """The symbol's declared domain, else the registry's, always within what SymPy assumes of it."""
    return _within_assumptions(symbol, domains.get(symbol, domain_of(symbol)))


@functools.lru_cache(maxsize=4096)
def _within_assumptions(symbol: sp.Symbol, declared: sp.Set) -> sp.Set:
    """``declared`` within what SymPy assumes of ``symbol`` (an intersection of SymPy's sets costs milliseconds)."""
    return declared.intersect(implied_set(symbol))


def _rational(value: float, scale: int = GRID) -> sp.Rational:
    return sp.Rational(round(value * scale), scale)


def _half_line(rng: np.random.Generator) -> sp.Rational:
    """A positive offset: log-uniform on (0.1, 10), sometimes on (1e-6, 1e6)."""
    low, high = (1e-6, 1e6) if rng.random() < EDGE else (0.1, 10.0)
    value = float(np.exp(rng.uniform(np.log(low), np.log(high))))
    return sp.Rational(f"{value:.4g}")  # four significant digits: a point a reader can copy


def _near(interval: sp.Interval, toward: str, rng: np.random.Generator) -> sp.Expr | None:
    """A value within a small distance (1e-3 or 1e-6 of the width, or absolutely) of the ``toward`` end."""
    low, high = interval.start, interval.end
    end = low if toward == "low" else high
    if end.is_infinite:
        return None
    width = high - low if low.is_finite and high.is_finite else sp.Integer(1)
    offset = width * sp.Rational(1, 10 ** (3 * int(rng.integers(1, 3))))
    return end + offset if toward == "low" else end - offset


def _interval(interval: sp.Interval, rng: np.random.Generator, toward: str | None = None) -> sp.Expr:
    if toward is not None:
        near = _near(interval, toward, rng)
        if near is not None:
            return near
    low, high = interval.start, interval.end
    if low.is_infinite and high.is_infinite:
        return _rational(rng.uniform(-3.0, 3.0))
    if high.is_infinite:
        return low + _half_line(rng) if not (rng.random() < 0.05 and not interval.left_open) else low
    if low.is_infinite:
        return high - _half_line(rng) if not (rng.random() < 0.05 and not interval.right_open) else high
    width = high - low
    draw = rng.random()
    if draw < 0.05 and not interval.left_open:
        return low
    if draw < 0.1 and not interval.right_open:
        return high
    if draw < EDGE:
        offset = width * sp.Rational(1, 10 ** int(rng.integers(3, 9)))
        return low + offset if rng.random() < 0.5 else high - offset
    return low + width * sp.Rational(int(rng.integers(1, GRID)), GRID)


def _integers_between(low: sp.Expr, high: sp.Expr, rng: np.random.Generator) -> sp.Integer:
    start = -10 if low.is_infinite else int(sp.ceiling(low))
    stop = start + 20 if high.is_infinite else int(sp.floor(high))
    if low.is_infinite and not high.is_infinite:
        start = stop - 20
    if start > stop:
        raise SamplingError(f"no integer between {low} and {high}")
    return sp.Integer(int(rng.integers(start, stop + 1)))


def _integer_bounds(domain: sp.Set) -> tuple[sp.Expr, sp.Expr] | None:
    """(low, high) when ``domain`` is the integers within an interval, else None."""
    if domain is sp.S.Integers:
        return -sp.oo, sp.oo
    if domain is sp.S.Naturals:
        return sp.Integer(1), sp.oo
    if domain is sp.S.Naturals0:
        return sp.Integer(0), sp.oo
    if isinstance(domain, sp.Intersection):
        integers = [a for a in domain.args if a in (sp.S.Integers, sp.S.Naturals, sp.S.Naturals0)]
        intervals = [a for a in domain.args if isinstance(a, sp.Interval)]
        if len(integers) == 1 and len(intervals) == 1 and len(domain.args) == 2:
            low, high = _integer_bounds(integers[0])
            interval = intervals[0]
            return sp.Max(low, interval.start), sp.Min(high, interval.end)
    return None


def sample(domain: sp.Set, rng: np.random.Generator, toward: str | None = None) -> sp.Expr:
    """An exact value drawn from ``domain``, always inside it; ``toward`` (``"low"`` or ``"high"``) asks for
    one near that end of an interval, where differences that vanish elsewhere show."""
    if domain is sp.S.EmptySet or domain.is_empty:
        raise SamplingError("the domain is empty")
    if isinstance(domain, sp.FiniteSet):
        return domain.args[int(rng.integers(len(domain.args)))]
    if isinstance(domain, sp.Union):
        return sample(domain.args[int(rng.integers(len(domain.args)))], rng, toward)
    if isinstance(domain, sp.Range):
        if domain.size.is_infinite:  # a step apart from its finite end
            offset = abs(domain.step) * int(rng.integers(0, 20))
            return domain.inf + offset if domain.inf.is_finite else domain.sup - offset
        return domain[int(rng.integers(int(domain.size)))]
    if domain is sp.S.Reals:
        return _interval(sp.Interval(-sp.oo, sp.oo), rng)
    if isinstance(domain, sp.Interval):
        value = _interval(domain, rng, toward)
    elif (bounds := _integer_bounds(domain)) is not None:
        value = _integers_between(*bounds, rng)
    else:
        value = _rejection(domain, rng)
    if domain.contains(value) is not sp.true:
        return _rejection(domain, rng)
    return value


def _rejection(domain: sp.Set, rng: np.random.Generator, tries: int = 200) -> sp.Expr:
    """Draw from a superset until the value lies in ``domain`` (complements, other intersections)."""
    superset = domain.args[0] if isinstance(domain, (sp.Complement, sp.Intersection)) else sp.S.Reals
    if superset == domain:
        superset = sp.S.Reals
    for _ in range(tries):
        value = sample(superset, rng)
        if domain.contains(value) is sp.true:
            return value
    raise SamplingError(f"no value of {domain} found in {tries} draws")


def random_point(
    symbols: Iterable[sp.Symbol],
    domains: Mapping[sp.Symbol, sp.Set],
    rng: np.random.Generator,
    toward: str | None = None,
) -> dict[sp.Symbol, sp.Expr]:
    """An admissible point: each symbol (in a fixed order) drawn from its domain (near its ``toward`` end)."""
    return {symbol: sample(domain_for(symbol, domains), rng, toward) for symbol in sorted(symbols, key=str)}


#: The ends the first points of a search are drawn near, then none.
EDGES = ("high", "low", None, "high", "low")
#: Up to this many points SymPy evaluates each one itself: compiling the sides for mpmath costs more.
FEW_POINTS = 3


def satisfies(point: Mapping[sp.Symbol, sp.Expr], constraints: Sequence[sp.Basic]) -> bool:
    """Whether ``point`` meets every constraint that it determines (the others do not concern it)."""
    for constraint in constraints:
        try:
            value = constraint.xreplace(dict(point))
        except TypeError:  # log(x) > 0 at x < 0: an order of a number that is not real does not hold
            return False
        if value in (sp.true, sp.false):
            if not bool(value):
                return False
            continue
        if not value.free_symbols:
            try:
                if not bool(value.doit() if hasattr(value, "doit") else value):
                    return False
            except TypeError:
                return False
    return True


def evaluate_at(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr], digits: int = 30) -> complex | None:
    """``expr`` at ``point`` to ``digits`` digits; None where that is not a finite number (a limit, a pole, ...)."""
    try:
        value = complex(sp.N(expr.xreplace(dict(point)), digits))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return value if np.isfinite(value.real) and np.isfinite(value.imag) else None


def _real(value: complex) -> float | None:
    """The value as a real number, or None when its imaginary part is not rounding."""
    if abs(value.imag) > IMAGINARY * (1 + abs(value.real)):
        return None
    return value.real


def _violation(
    relation: Relation, left: complex, right: complex, slack: float = 1.0
) -> tuple[float | str, float | str] | None:
    """The two values shown when ``left relation right`` fails over the reals, else None.

    ``slack`` scales the tolerance down for a screening pass (it must flag every candidate)."""
    real_left, real_right = _real(left), _real(right)
    if real_left is None and real_right is None:
        return None  # neither side is a real number here: the point says nothing over the reals
    if real_left is None or real_right is None:
        shown = [
            f"not real ({v.real:.6g}{v.imag:+.6g}i)" if r is None else r
            for v, r in ((left, real_left), (right, real_right))
        ]
        return shown[0], shown[1]
    tolerance = slack * TOLERANCE * (1 + max(abs(real_left), abs(real_right)))
    if relation in (Relation.LT, Relation.GT):
        relation = Relation.LE if relation is Relation.LT else Relation.GE
    if relation.holds(real_left, real_right, tolerance):
        return None
    return real_left, real_right


class _Screen:
    """Both sides compiled once for mpmath at 30 digits: a fast first look at many points.

    A point it passes is checked again by SymPy's own evaluation; a point where it
    cannot evaluate (an operation mpmath lacks) is left to SymPy too.
    """

    def __init__(self, lhs: sp.Expr, rhs: sp.Expr) -> None:
        self.symbols = tuple(sorted(lhs.free_symbols | rhs.free_symbols, key=str))
        try:
            self.sides = sp.lambdify(self.symbols, [lhs, rhs], modules="mpmath")
        except Exception:  # noqa: BLE001 -- a form lambdify cannot print: SymPy evaluates every point
            self.sides = None

    def suspicious(self, relation: Relation, point: Mapping[sp.Symbol, sp.Expr]) -> bool:
        if self.sides is None:
            return True
        try:
            with mpmath.workdps(30):
                values = self.sides(*(mpmath.mpf(sp.Rational(point[s]).p) / sp.Rational(point[s]).q
                                      if point[s].is_Rational else mpmath.mpf(str(sp.N(point[s], 40)))
                                      for s in self.symbols))  # fmt: skip
                left, right = (complex(v) for v in values)
        except Exception:  # noqa: BLE001 -- a pole, an overflow, a domain error: SymPy decides
            return True
        if not (
            np.isfinite(left.real) and np.isfinite(left.imag) and np.isfinite(right.real) and np.isfinite(right.imag)
        ):
            return True
        return _violation(relation, left, right, slack=1e-6) is not None


def violation_at(
    lhs: sp.Expr, rhs: sp.Expr, relation: Relation, point: Mapping[sp.Symbol, sp.Expr]
) -> tuple[float | str, float | str] | None:
    """The values of both sides when ``lhs relation rhs`` fails at ``point``, confirmed at 60 digits."""
    left, right = evaluate_at(lhs, point), evaluate_at(rhs, point)
    if left is None or right is None or _violation(relation, left, right) is None:
        return None
    left, right = evaluate_at(lhs, point, 60), evaluate_at(rhs, point, 60)
    if left is None or right is None:
        return None
    return _violation(relation, left, right)


def find_counterexample(
    lhs: sp.Expr,
    rhs: sp.Expr,
    domains: Mapping[sp.Symbol, sp.Set],
    relation: Relation | str = Relation.EQ,
    points: int = 24,
    seed: int = 0,
    constraints: Sequence[sp.Basic] = (),
    where: str = "",
    defined: Mapping[sp.Symbol, sp.Expr] | None = None,
) -> Counterexample | None:
    """A random admissible point where ``lhs relation rhs`` fails clearly, or None.

    ``defined`` symbols are not drawn: each takes the value of its definition at
    the point, which must lie in its domain.  Strict inequalities are refuted
    only where the non-strict one fails (a tie within rounding proves nothing).
    A point where both sides are real numbers is preferred to one where a side
    is not (log x^2 = 2 log x fails at x < 0 only so, sqrt(b d) = b d fails at
    positive d too, which shows the slip better).
    """
    relation = relation if isinstance(relation, Relation) else Relation.parse(relation)
    step = related(lhs.free_symbols | rhs.free_symbols, defined or {}, constraints, domains)
    defined = needed_definitions(defined or {}, step)
    rng = np.random.default_rng(seed)
    symbols = (step | set().union(*(e.free_symbols for e in defined.values()))) - set(defined)
    screen = _Screen(lhs, rhs) if points > FEW_POINTS else None
    found = None
    for index in range(points):
        point = random_point(symbols, domains, rng, EDGES[index] if index < len(EDGES) else None)
        derived = derive(defined, point, domains)
        if derived is None or not satisfies({**point, **derived}, constraints):
            continue
        if screen is not None and not screen.suspicious(relation, {**point, **derived}):
            continue
        values = violation_at(lhs, rhs, relation, {**point, **derived})
        if values is not None:
            named = tuple((str(symbol), float(value)) for symbol, value in point.items())
            shown = tuple((str(symbol), float(value)) for symbol, value in derived.items())
            counterexample = Counterexample(named, values[0], values[1], where, shown)
            if not any(isinstance(value, str) for value in values):
                return counterexample  # both sides real
            found = found or counterexample
    return found


def related(
    symbols: set[sp.Symbol],
    defined: Mapping[sp.Symbol, sp.Expr],
    constraints: Sequence[sp.Basic],
    domains: Mapping[sp.Symbol, sp.Set],
) -> set[sp.Symbol]:
    """``symbols`` and the symbols of every constraint that bears on them, directly or through definitions: with
    c := a + b and c > 100 (or c in (100, oo)), a point valuing a and b must value c to be checked against it,
    even where the step no longer writes c (its definition substituted)."""
    reach = {d: {d} | _reached(e, defined) for d, e in defined.items()}
    bounded = [{d} for d in defined if domain_for(d, domains) != sp.S.Reals]  # d's domain: a constraint on d
    groups = [c.free_symbols for c in constraints] + bounded

    def closure(names: set[sp.Symbol]) -> set[sp.Symbol]:
        return set(names).union(*(reach.get(n, set()) for n in names))

    found = set(symbols)
    while True:
        known = closure(found)
        more = set().union(*(g for g in groups if closure(g) & known)) - found
        if not more:
            return found
        found |= more


def _reached(expr: sp.Expr, defined: Mapping[sp.Symbol, sp.Expr]) -> set[sp.Symbol]:
    """The symbols ``expr`` depends on, through the definitions of the defined ones it uses."""
    found, pending = set(), list(expr.free_symbols)
    while pending:
        symbol = pending.pop()
        if symbol not in found:
            found.add(symbol)
            pending.extend(defined[symbol].free_symbols if symbol in defined else ())
    return found


def needed_definitions(defined: Mapping[sp.Symbol, sp.Expr], symbols: set[sp.Symbol]) -> dict[sp.Symbol, sp.Expr]:
    """The definitions of ``symbols`` and, transitively, of the defined symbols their definitions use (a point
    must honour every definition that relates the symbols it values), in an order that derives each after
    the defined symbols it uses."""
    needed = set(symbols)
    while True:
        more = {s for d, e in defined.items() if d in needed for s in e.free_symbols} - needed
        if not more:
            break
        needed |= more
    chosen = {d: e for d, e in defined.items() if d in needed}
    ordered: dict[sp.Symbol, sp.Expr] = {}
    while chosen:
        ready = [d for d, e in chosen.items() if not (e.free_symbols & set(chosen))] or list(chosen)[:1]
        for d in ready:
            ordered[d] = chosen.pop(d)
    return ordered


def _exact_real(expr: sp.Expr) -> sp.Float | None:
    """``expr`` as a real number to 60 digits (not rounded through a double: a defined symbol must satisfy its
    definition far below the tolerance of the check), or None where it is not a finite real number."""
    try:
        real, imaginary = sp.N(expr, 60).as_real_imag()
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if not (real.is_Number and imaginary.is_Number and real.is_finite and imaginary.is_finite):
        return None
    if abs(imaginary) > IMAGINARY * (1 + abs(real)):
        return None
    return sp.Float(real, 60)


def derive(
    defined: Mapping[sp.Symbol, sp.Expr], point: Mapping[sp.Symbol, sp.Expr], domains: Mapping[sp.Symbol, sp.Set]
) -> dict[sp.Symbol, sp.Expr] | None:
    """The defined symbols' values at ``point`` (to 60 digits), or None when one leaves its domain or is not real."""
    values: dict[sp.Symbol, sp.Expr] = {}
    for symbol, definition in defined.items():
        number = _exact_real(definition.xreplace(values).xreplace(dict(point)))
        if number is None:
            return None
        if domain_for(symbol, domains).contains(number) is not sp.true:
            return None
        values[symbol] = number
    return values
