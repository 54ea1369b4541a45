"""A step false at every schedule: where the only reason a counterexample is not trusted is what the note says of a
declared context's schedule that only narrows which schedule it means (its shape in words, an order among the
schedule's names it does not read, an unread definition of one by the others: ``StepContext.narrowing``), the step
is still refuted when no value of the schedule's names in their ranges makes its sides equal, and one schedule
meets every relation among them the note states (a supposition no schedule meets would make the step claim
nothing).

Why this is sound: the names' ranges (alpha_t, beta_t in (0, 1), abar_t in (0, 1]) are the context's conventions,
and the relations the kernel writes in (beta_t = 1 - alpha_t) are the ones in force, so every schedule the note may
mean gives the names values in the box searched; what it says more only makes that set smaller, and a step false
at every point of the box is false at whatever schedule the note means.  The other names' values are left to the
counterexample as it is trusted without those words (the rest of the checks are the ones a note without them
gets), and the proof quantifies over them too: at every schedule the difference of the sides, a polynomial in
them, has a coefficient that is not 0, so it is no identity in them; the function C(x_t, x_0) of the note's
"some function not involving x_{t-1}" is already taken out by its reading (its derivative in x_{t-1}).

The proof is exact and never by sampling: each name s of the box is written in a u > 0 (and u = 0 too where s
may be 1) that takes the square roots of s, and of 1 - s where the step takes them, out (:func:`_roots`), and a polynomial in the u's whose coefficients all have
one sign, with a monomial that cannot vanish, has that sign on the whole box (:func:`_signed`).  Where no
coefficient is signed so, the first one's factors that are not are each solved for a u they hold to the first
power (under a signed leading coefficient) and another coefficient is shown signed there: the coefficients have
no common zero."""

from __future__ import annotations

import itertools
from fractions import Fraction

import sympy as sp

from derivations.kernel.algebra import is_closed_form
from derivations.kernel.assumptions import Definition, Domain
from derivations.kernel.vocabulary import Counterexample
from diffproof.notecheck import contexts, schedule_witness
from diffproof.notecheck.assumptions import StepContext
from diffproof.notecheck.readings import Reading, unfolded

#: The largest difference of the sides (in SymPy's count of operations) the proof is tried on.
_LARGEST = 400


def false_at_every_schedule(reading: Reading, assumptions: list, context: StepContext) -> str | None:
    """Why the step ``reading`` is false at every value of the schedule's names in their ranges (the proof, to
    show), or None where that is not shown: the sides as the kernel reads them, the definitions in force written
    in, are no identity in the other names at any such value."""
    symbols = context.vocabulary.symbols
    definitions = [a for a in assumptions if isinstance(a, Definition)]
    if any(_disputed(symbols.get(d.lhs), context) for d in definitions):
        return None  # the kernel writes in a relation of a name the note defines otherwise
    try:  # d/dx_{t-1} of the side as written, x_t held: then x_t's definition in force
        difference = unfolded((reading.lhs - reading.rhs).doit(), definitions)
    except (TypeError, ValueError, NotImplementedError):
        return None
    if not is_closed_form(difference) or sp.count_ops(difference) > _LARGEST:
        return None
    schedule = sorted((s for s in difference.free_symbols if s in symbols and symbols[s][:2] in contexts.SCHEDULE),
                      key=str)  # fmt: skip
    others = sorted(difference.free_symbols - set(schedule), key=str)
    ranges = {s: _range(s, assumptions) for s in difference.free_symbols}
    if not schedule or any(ranges[s] != sp.Reals for s in others) or not all(_in_the_box(ranges[s]) for s in schedule):
        return None
    parameters = {s: sp.Symbol(f"u{i}", positive=True) for i, s in enumerate(schedule)}
    closed = {parameters[s] for s in schedule if not ranges[s].right_open}  # abar_{t-1} = 1: u = 0
    try:
        coefficients = _coefficients(difference, others, parameters)
    except (sp.PolynomialError, sp.GeneratorsNeeded, TypeError, ValueError, NotImplementedError):
        return None
    if not coefficients or not _no_common_zero(coefficients, closed) or not _some_schedule(context):
        return None
    names = ", ".join(map(str, schedule))
    ranges_shown = ", ".join(f"{s} in {_shown(ranges[s])}" for s in schedule)
    of = f" as a polynomial in {', '.join(map(str, others))}" if others else ""
    return (f"false at every schedule: wherever {ranges_shown} (every schedule the note may mean, whatever more it "
            f"says of {names}), the difference of the sides{of} is not 0 (exactly, each name written in a "
            f"u >= 0 that takes its square roots out)")  # fmt: skip


def at_a_schedule(
    reading: Reading, assumptions: list, context: StepContext, example: Counterexample
) -> Counterexample | None:
    """A counterexample to a step false at every schedule, at a schedule meeting every relation among the
    schedule's names the note states and a witness reads (``StepContext.schedule_said``: DDPM's "beta_t small";
    ``StepContext.narrowing_said``: beta_1 < ... < beta_T), built from one alpha or beta of the step set to the
    middle of the scale read (or 1/2) (:func:`schedule_witness.witness`, each of the step's alphas and betas tried
    in turn as that one, till the schedule has each of the step's names), the step's other schedule names at their
    values there (as derived), and the other names kept where the sides still differ there, else one of them 1 and
    the rest 0.  None where there is no such schedule or point."""
    symbols = context.vocabulary.symbols
    definitions = [a for a in assumptions if isinstance(a, Definition)]
    try:
        lhs, rhs = (unfolded(side.doit(), definitions) for side in (reading.lhs, reading.rhs))
    except (TypeError, ValueError, NotImplementedError):
        return None
    names = lhs.free_symbols | rhs.free_symbols
    schedule = sorted((n for n in names if n in symbols and symbols[n][:2] in contexts.SCHEDULE), key=str)
    low, high = next((s.every_alpha for s in context.schedule_said if s.every_alpha), (Fraction(0), Fraction(1)))
    for anchor in (n for n in schedule if symbols[n][:2] != schedule_witness.ALPHA_BAR):
        value = (low + high) / 2 if symbols[anchor][:2] == schedule_witness.ALPHA else 1 - (low + high) / 2
        values = _schedule_values(schedule, anchor, value, context)
        if values is not None:
            return _differing((lhs, rhs), names - set(schedule), values, anchor, example)
    return None


def _schedule_values(
    schedule: list[sp.Symbol], anchor: sp.Symbol, value: Fraction, context: StepContext
) -> dict[sp.Symbol, sp.Rational] | None:
    """The values of the step's schedule names at a schedule with ``anchor`` at ``value`` that meets every relation
    among them the note states and a witness reads; None where there is none or it lacks one of the names."""
    symbols = context.vocabulary.symbols
    said = (*context.schedule_said, *context.narrowing_said)
    demands = schedule_witness.Demands({symbols[anchor]: value}, {}, said, _schedule_definitions(context), symbols,
                                       {})  # fmt: skip
    built, _ = schedule_witness.witness(demands)
    if built is None:
        return None
    values: dict[sp.Symbol, sp.Rational] = {}
    for name in schedule:
        member = built.member(symbols[name][:2], schedule_witness.step_of(symbols[name][2], built.letters))
        if member is None:
            return None
        values[name] = sp.Rational(member.numerator, member.denominator)
    return values


def _differing(
    sides: tuple[sp.Expr, sp.Expr],
    others: set[sp.Symbol],
    values: dict[sp.Symbol, sp.Rational],
    anchor: sp.Symbol,
    example: Counterexample,
) -> Counterexample | None:
    """The counterexample at the schedule ``values``: the other names as ``example`` has them where the sides
    differ there, else one of them 1 and the rest 0; None where none of those makes them differ."""
    ordered = sorted(others, key=str)
    given = {name: number for name, number in example.point + example.derived if not isinstance(number, str)}
    choices = (
        [{o: sp.Rational(repr(float(given[str(o)]))) for o in ordered}] if all(str(o) in given for o in ordered) else []
    )
    choices += [{o: sp.Integer(o == one) for o in ordered} for one in ordered]
    for choice in choices:
        at = {**values, **choice}
        lhs, rhs = [sp.N(side.xreplace(at), 30) for side in sides]
        if lhs.is_real and rhs.is_real and abs(lhs - rhs) > _APART:
            point = (*((str(o), float(choice[o])) for o in ordered), (str(anchor), float(values[anchor])))
            derived = tuple((str(n), float(v)) for n, v in values.items() if n != anchor)
            return Counterexample(point, float(lhs), float(rhs), derived=derived)
    return None


#: How far apart two sides computed to 30 digits must be to be unequal.
_APART = sp.Float("1e-12")


def _schedule_definitions(context: StepContext) -> tuple[tuple[tuple[str, str, str], sp.Expr, str], ...]:
    """The note's definitions of the schedule's names, as a witness checks them."""
    symbols = context.vocabulary.symbols
    return tuple(
        (symbols[d.lhs], d.rhs, d.name)
        for d in context.defined.values()
        if isinstance(d, Definition) and d.lhs in symbols and symbols[d.lhs][:2] in schedule_witness.FAMILIES
    )


def _some_schedule(context: StepContext) -> bool:
    """Whether one schedule meets every relation among the schedule's names the note states, read or only
    narrowing (a supposition no schedule meets claims nothing, so no step under it is false)."""
    if not context.narrowing_said:
        return True
    statements = (*context.schedule_said, *context.narrowing_said)
    demands = schedule_witness.Demands(
        {}, {}, statements, _schedule_definitions(context), context.vocabulary.symbols, {}
    )
    return schedule_witness.witness(demands)[0] is not None


def _disputed(key: tuple[str, str, str] | None, context: StepContext) -> bool:
    """Whether the note says something unmodelled of the name ``key`` or its family (its own definition, unread)."""
    return key is not None and bool({key, (*key[:2], "*")} & set(context.disputed))


def _range(symbol: sp.Symbol, assumptions: list) -> sp.Set:
    """The values the assumptions' domains leave ``symbol`` (every real where none is stated)."""
    found: sp.Set = sp.Reals
    for a in assumptions:
        if isinstance(a, Domain) and a.symbol == symbol:
            found = found.intersect(a.interval)
    return found


def _in_the_box(interval: sp.Set) -> bool:
    """Whether a schedule name's range is (0, 1) or (0, 1], the ones :func:`false_at_every_schedule` writes as
    a function of u > 0 (:func:`_roots`)."""
    return isinstance(interval, sp.Interval) and interval.start == 0 and interval.left_open and interval.end == 1


def _shown(interval: sp.Interval) -> str:
    return f"(0, 1{')' if interval.right_open else ']'}"


def _coefficients(
    difference: sp.Expr, others: list[sp.Symbol], parameters: dict[sp.Symbol, sp.Symbol]
) -> list[sp.Expr] | None:
    """The coefficients of the numerator of ``difference`` as a polynomial in ``others``, each written in the u's
    (:func:`_roots`) as the numerator of a fraction whose denominator has one sign where every u > 0 (those left
    with roots, sqrt(1 - alpha_t alpha_{t-1}), are dropped: fewer coefficients only make a common zero likelier);
    None where the denominator of ``difference`` holds ``others`` or may be 0 there."""
    roots = _roots(difference, parameters)
    numerator, denominator = sp.fraction(sp.together(difference))
    below = None if denominator.free_symbols & set(others) else _numerator(denominator, roots, parameters)
    if below is None or not _signed_factors(below):
        return None
    polynomial = sp.Poly(sp.expand(numerator), *others) if others else None
    found = [_numerator(c, roots, parameters) for c in (polynomial.coeffs() if polynomial is not None else [numerator])]
    return [c for c in found if c is not None]


def _roots(difference: sp.Expr, parameters: dict[sp.Symbol, sp.Symbol]) -> dict[sp.Expr, sp.Expr]:
    """How each name s in (0, 1] is written in its u >= 0, as the square root of s (and of 1 - s where
    ``difference`` takes one): sqrt(s) = 1 / (1 + u); or, where it takes sqrt(1 - s) too, s is sin^2 of an angle
    written rationally, sqrt(s) = 2w / (1 + w^2) and sqrt(1 - s) = (1 - w^2) / (1 + w^2), w = 1 / (1 + u) in (0, 1]
    (0 at u = 0, where s = 1).  Each maps u > 0 onto s in (0, 1), and u = 0 to s = 1."""
    roots: dict[sp.Expr, sp.Expr] = {}
    for s, u in parameters.items():
        w = 1 / (1 + u)
        if difference.has(sp.sqrt(1 - s)) or difference.has(1 / sp.sqrt(1 - s)):
            roots[s], roots[1 - s] = 2 * w / (1 + w**2), (1 - w**2) / (1 + w**2)
        else:
            roots[s] = w
    return roots


def _numerator(expr: sp.Expr, roots: dict[sp.Expr, sp.Expr], parameters: dict[sp.Symbol, sp.Symbol]) -> sp.Expr | None:
    """``expr`` written in the u's (:func:`_roots`) as a fraction of polynomials, its numerator: None where the
    fraction is not one or its denominator may be 0 where every u > 0."""

    def half_power(power: sp.Pow) -> sp.Expr:
        return roots[power.base] ** (2 * power.exp)

    halves = expr.replace(lambda e: e.is_Pow and e.base in roots and e.exp.is_Rational and e.exp.q == 2, half_power)
    written = sp.together(halves.xreplace({s: roots[s] ** 2 for s in parameters}))
    numerator, denominator = sp.fraction(written)
    us = list(parameters.values())
    if not (numerator.is_polynomial(*us) and denominator.is_polynomial(*us)) or not _signed_factors(denominator):
        return None
    return sp.expand(numerator)


def _signed_factors(expr: sp.Expr) -> bool:
    """Whether every factor of the polynomial ``expr`` in the u's has one sign where every u > 0 (so it is not 0
    there)."""
    constant, factors = sp.factor_list(expr)
    return constant != 0 and all(_signed(f, set()) for f, _ in factors)


def _signed(expr: sp.Expr, closed: set[sp.Symbol]) -> bool:
    """Whether the polynomial ``expr`` in the u's (each > 0, or >= 0 where in ``closed``) has one sign throughout:
    its rational coefficients all have one sign, and one of its monomials holds no u that may be 0."""
    us = sorted(expr.free_symbols, key=str)
    if not us:
        return expr.is_Rational and expr != 0
    polynomial = sp.Poly(sp.expand(expr), *us)
    terms = polynomial.terms()
    if not all(c.is_Rational for _, c in terms):
        return False
    if not (all(c > 0 for _, c in terms) or all(c < 0 for _, c in terms)):
        return False
    return any(all(power == 0 for u, power in zip(us, powers) if u in closed) for powers, _ in terms)


def _no_common_zero(coefficients: list[sp.Expr], closed: set[sp.Symbol]) -> bool:
    """Whether the coefficients have no common zero where the u's lie: one is signed there, or, for one of them,
    each of its factors that is not is solved, to the first power, for a u under a signed leading coefficient, and
    another coefficient is signed on that solution (its numerator; the other u's where they lie)."""
    if any(_signed(c, closed) for c in coefficients):
        return True
    for first in coefficients[:4]:
        rest = [c for c in coefficients if c is not first]
        if first != 0 and rest and all(
            _signed(factor, closed) or any(_solved_away(factor, u, rest, closed) for u in sorted(factor.free_symbols, key=str))
            for factor, _ in sp.factor_list(first)[1]
        ):  # fmt: skip
            return True
    return False


def _solved_away(factor: sp.Expr, u: sp.Symbol, others: list[sp.Expr], closed: set[sp.Symbol]) -> bool:
    """Whether ``factor`` = 0 fixes ``u`` (it holds u to the first power, under a leading coefficient signed where
    the u's lie) at a value where one of ``others`` is signed."""
    polynomial = sp.Poly(factor, u)
    if polynomial.degree() != 1:
        return False
    lead, constant = polynomial.all_coeffs()
    if not _signed(lead, closed):
        return False
    root = -constant / lead
    for other in itertools.islice(others, 8):
        numerator, _ = sp.fraction(sp.together(other.xreplace({u: root})))
        if _signed(sp.expand(numerator), closed - {u}):
            return True
    return False
