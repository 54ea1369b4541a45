"""The real points of a system of equations the note states, as a mathematician finds them: an unknown function's value
or an expectation is a number of its own, an identity or a definition pins no name, an equation one unknown alone
writes is solved exactly over the reals (within the bounds the note gives that unknown) and its roots written into
the rest.  What is not solved so is said to be not solved (None), never taken to have no point."""

from __future__ import annotations

import sympy as sp

from derivations.probability import KL, Density, Expectation

#: At most this many real roots of one equation are each written into the rest of the system.
_ROOTS = 8


def as_numbers(exprs: list[sp.Expr]) -> tuple[list[sp.Expr], dict[sp.Symbol, sp.Expr]]:
    """``exprs`` with each value of an unknown function (p(x), a density, an expectation, a KL divergence) replaced by a
    name of its own,
    and those names with what they stand for: an unknown function is unknown at its argument, so its value is tied
    to its argument's names by nothing (but at two points it is: see :func:`ties`).  An expectation of a constant is
    the constant (a law has mass 1)."""
    exprs = [e.replace(lambda a: isinstance(a, Expectation) and not a.expr.free_symbols & set(a.variables)
                       and isinstance(a.measure, Density), lambda a: a.expr) for e in exprs]  # fmt: skip
    opaque: dict[sp.Expr, sp.Symbol] = {}
    for e in exprs:
        for a in sp.preorder_traversal(e):
            if isinstance(a, (sp.core.function.AppliedUndef, Density, Expectation, KL)) and a not in opaque:
                opaque[a] = sp.Dummy(str(a))
    outermost = {a: d for a, d in opaque.items() if not any(b != a and b.has(a) for b in opaque)}
    return [e.xreplace(outermost) for e in exprs], {d: a for a, d in outermost.items()}


def ties(opaque: dict[sp.Symbol, sp.Expr]) -> dict[sp.Symbol, set[sp.Symbol]]:
    """For each value of a function written at more than one point (p(x) and p(y): equal where x = y), the names its
    point writes, which it is tied to."""
    heads: dict[object, list[sp.Symbol]] = {}
    for name, value in opaque.items():
        heads.setdefault(_head(value), []).append(name)
    return {n: opaque[n].free_symbols for names in heads.values() if len(names) > 1 for n in names}


def _head(value: sp.Expr) -> object:
    """What a value of an unknown function is a value of: the function, a density's name, an expectation's law (a KL
    divergence is a value of its own)."""
    if isinstance(value, sp.core.function.AppliedUndef):
        return value.func
    if isinstance(value, KL):
        return ("divergence", value)
    if isinstance(value, Density):
        return ("density", value.args[0])
    return ("expectation", value.args[1])


def pinning(
    equations: list[sp.Expr], kept: set[sp.Symbol], opaque: dict[sp.Symbol, sp.Expr] | None = None
) -> list[sp.Expr]:
    """The ``equations`` that may pin a name: not an identity (its sides written out agree: sqrt(1 - a b) against
    sqrt(b + (1 - a)(1 - b)) expanded), once each up to sign, not a definition of a function ``kept`` does not write
    (:func:`_defines`), and not one a name written in no other equation nor in ``kept`` can always meet (a f + b g
    = 0 with f and g unknown functions' values written nowhere else: f = g = 0)."""
    opaque = opaque or {}
    found: list[sp.Expr] = []
    for e in equations:
        if sp.expand(e, deep=True) == 0 or e in found or -e in found:
            continue
        found.append(e)
    written = {_head(opaque[s]) for s in kept if s in opaque}
    found = [e for e in found if _defines(e, opaque) in (None, *written)]
    while True:
        free = next((e for e in found if _always_met(e, found, kept)), None)
        if free is None:
            return found
        found.remove(free)


def _defines(equation: sp.Expr, opaque: dict[sp.Symbol, sp.Expr]) -> object:
    """The function ``equation`` defines, or None: f(x) = body with f unknown, at distinct bare names, and a body
    not in f that writes each of them (g(x) = exp(-x^2), as a note reads "the Gaussian g(x) = ..."), which gives f
    at every point rather than pinning x; a later one for f gives it anew.  f(x) = 0 is no definition: it may say
    that x is a root of f."""
    for name in equation.free_symbols & opaque.keys():
        value = opaque[name]
        points = value.args if isinstance(value, sp.core.function.AppliedUndef) else ()
        if not points or not all(isinstance(a, sp.Symbol) for a in points) or len(set(points)) != len(points):
            continue
        body = equation.xreplace({name: sp.Integer(0)})
        if sp.expand(equation - body) in (name, -name) and set(points) <= body.free_symbols:
            if not any(_head(opaque[s]) == value.func for s in body.free_symbols & opaque.keys()):
                return value.func
    return None


def _always_met(equation: sp.Expr, equations: list[sp.Expr], kept: set[sp.Symbol]) -> bool:
    """Whether ``equation`` holds with the values of unknown functions (dummies) it alone writes set to 0, whatever
    the other names are."""
    others = set(kept).union(*(e.free_symbols for e in equations if e is not equation))
    alone = {s for s in equation.free_symbols if isinstance(s, sp.Dummy) and s not in others}
    return bool(alone) and sp.expand(equation.xreplace(dict.fromkeys(alone, sp.Integer(0))), deep=True) == 0


def real_points(system: list[sp.Expr], bounds: tuple[sp.Basic, ...]) -> list[dict[sp.Symbol, sp.Expr]] | None:
    """The real points where every expression of ``system`` is 0 and the ``bounds`` hold, as far as solved: an
    equation in one unknown is solved by solveset over the reals within that unknown's bounds (a finite set of real
    roots, each written into the rest; an empty one: no point); None where that does not decide (an infinite or
    unknown set of roots: sin x = 0; no equation in one unknown left).  Names no equation is left in are free: a
    point with them free is a point.  The maths is over the reals: an odd root of a negative number written in is
    the real root (:func:`real_odd_roots`); a root where an equation has no real value (an even root or a logarithm
    of a negative number: :func:`_undefined_at`) is no point of it; and an equation a root makes a number that is
    not real otherwise is not decided (None), its point neither kept nor dropped."""
    if any(_not_real(e) for e in system if not e.free_symbols):
        return None
    left = []
    for e in system:
        zero = _is_zero(e) if not e.free_symbols else None
        if e.free_symbols:
            left.append(e)
        elif zero is False:
            return []
        elif zero is None:
            return None
    if not left:
        return [{}] if all(b is not sp.false for b in bounds) else []
    for e in sorted((e for e in left if len(e.free_symbols) == 1), key=sp.count_ops):
        (name,) = e.free_symbols
        roots = _roots(e, name, bounds)
        if roots is None:
            continue
        points = []
        for root in roots:
            at = {name: root}
            rest = [real_odd_roots(o.xreplace(at)) for o in left if o is not e]
            within = tuple(b.xreplace(at) if isinstance(b, sp.Basic) else b for b in bounds)
            if any(b is sp.false for b in within) or any(_undefined_at(o, at) for o in left if o is not e):
                continue
            found = real_points(rest, tuple(b for b in within if b is not sp.true))
            if found is None:
                return None
            points += [{name: root, **p} for p in found]
        return points
    return None


def _roots(equation: sp.Expr, name: sp.Symbol, bounds: tuple[sp.Basic, ...]) -> list[sp.Expr] | None:
    """The real roots of ``equation`` in its one ``name`` within the bounds on that name alone, or None where their set is
    not a finite set of real numbers SymPy's solveset writes.  Its empty set is not taken for an equation through an
    absolute value, a sign or a fractional power that SymPy does not show nonzero: solveset drops the roots of
    |x|^(2/3) = 4 (x = 8 and x = -8)."""
    try:
        region = sp.Intersection(
            sp.S.Reals, *(sp.solveset(b, name, sp.Reals) for b in bounds if b.free_symbols == {name})
        )
        roots = sp.solveset(equation, name, region)
    except (NotImplementedError, TypeError, ValueError):
        return None
    if roots is sp.S.EmptySet:
        return [] if equation.is_nonzero or not _through_readings(equation) else None
    if not isinstance(roots, sp.FiniteSet) or len(roots) > _ROOTS or not all(r.is_real for r in roots):
        return None
    if _through_readings(equation) and not _shown_complete(equation, name, roots, region):
        return None
    return list(roots)


def _through_readings(equation: sp.Expr) -> bool:
    """Whether ``equation`` writes an absolute value, a sign or a fractional power, whose real reading SymPy's
    solveset may miss roots of (|x|^(2/3) = 4; x^(1/3) + |x| = 6 at x = -8)."""
    return equation.has(sp.Abs, sp.sign, *_fractional_powers(equation))


def _shown_complete(equation: sp.Expr, name: sp.Symbol, roots: sp.FiniteSet, region: sp.Set) -> bool:
    """Whether ``roots`` are all the real roots of ``equation`` in ``region``, as a count shows: where the equation is
    a rational function of |x|^(1/q) on each side of 0 (its name under an absolute value, a sign or a power p/q alone),
    x = +-t^q with t > 0 makes each side a rational function of t, whose numerator's distinct positive roots
    Sturm's theorem counts (Poly.count_roots); with 0 tried alone, those counts must be the number of roots given,
    and each root given must lie within 10^-30 of one found (the exact roots of the pieces).  Otherwise not shown."""
    found = _real_roots_by_pieces(equation, name)
    if found is None:
        return False
    inside = []
    for root in found:
        contained = region.contains(root)
        if contained not in (sp.true, sp.false):
            return False
        if contained is sp.true:
            inside.append(root)
    if len(inside) != len(roots):
        return False
    tolerance = sp.Float("1e-30")
    unmatched = list(inside)
    for given in roots:
        match = next((r for r in unmatched if abs(sp.N(given - r, 50)) < tolerance), None)
        if match is None:
            return False
        unmatched.remove(match)
    return True


def _real_roots_by_pieces(equation: sp.Expr, name: sp.Symbol) -> list[sp.Expr] | None:
    """The real roots of ``equation`` over the reals its name's own sign allows (an odd root of a negative number is
    the real root; an even root of one has no real value), found on x > 0, x < 0 and at 0 apart, where x = +-t^q
    (t > 0) makes the equation a rational function of t with rational coefficients: each absolute value, sign and
    fractional power it writes is of a monomial c x^k; None where it is not so (|x - 1|, sqrt(x + 1), exp x)."""
    inner = [a for a in equation.atoms(sp.Abs, sp.sign) if a.has(name)]
    powers = [p for p in equation.atoms(sp.Pow) if p.base.has(name) and not p.exp.is_integer]
    if not all(p.exp.is_Rational for p in powers):
        return None
    bare = [p for p in powers if not isinstance(p.base, sp.Abs)]
    if any(_monomial(a.args[0], name) is None for a in inner) or any(_monomial(p.base, name) is None for p in bare):
        return None
    q = sp.ilcm(1, 1, *(p.exp.q for p in powers))
    t = sp.Dummy("t", positive=True)
    found: list[sp.Expr] = []
    for side in (1, -1):
        if (side * name).is_negative:
            continue  # a side the name's own sign rules out
        at = {name: side * t**q}
        reading = {a: a.func(a.args[0].xreplace(at)) for a in inner}
        signs = {p: sp.sign(p.base.xreplace(at)) for p in bare}
        if any(signs[p].is_negative and p.exp.q % 2 == 0 for p in bare):
            continue  # an even root of a negative number on the whole side: no real value, no root
        reading.update({p: signs[p] ** p.exp.p * sp.Abs(p.base.xreplace(at)) ** p.exp for p in bare})
        piece = sp.cancel(sp.together(equation.xreplace(reading).xreplace(at)))
        numerator, _ = sp.fraction(piece)
        if not numerator.is_polynomial(t) or numerator.free_symbols - {t}:
            return None
        polynomial = sp.Poly(numerator, t)
        if polynomial.is_zero or not (polynomial.domain.is_ZZ or polynomial.domain.is_QQ):
            return None  # the equation holds on a whole side, or its coefficients are not rationals
        found += [side * r**q for r in sp.real_roots(polynomial.sqf_part()) if r.is_positive]
    at_zero = equation.xreplace({name: sp.Integer(0)})
    if name.is_zero is False or at_zero.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return found
    zero = _is_zero(at_zero)
    if zero is None:
        return None
    return [*found, sp.Integer(0)] if zero else found


def _monomial(expr: sp.Expr, name: sp.Symbol) -> tuple[sp.Rational, int] | None:
    """``expr`` as c x^k (c a nonzero rational, k a positive integer), or None."""
    coefficient, exponent = expr.as_coeff_exponent(name)
    if coefficient.is_Rational and coefficient != 0 and exponent.is_Integer and exponent > 0:
        return (coefficient, int(exponent)) if coefficient * name**exponent == expr else None
    return None


def real_odd_roots(expr: sp.Expr) -> sp.Expr:
    """``expr`` with each odd root of a negative number it writes taken as the real root, as over the reals: b^(p/q)
    with q odd is (-1)^p |b|^(p/q) ((-1)^(1/3) = -1, where SymPy's power is the principal, complex, root)."""
    return expr.replace(
        lambda a: a.is_Pow and a.base.is_number and a.base.is_negative and a.exp.is_Rational and a.exp.q % 2 == 1,
        lambda a: (-1) ** a.exp.p * (-a.base) ** a.exp,
    )


def _undefined_at(equation: sp.Expr, at: dict[sp.Symbol, sp.Expr]) -> bool:
    """Whether ``equation`` has no real value ``at`` the point, so it is not one of its real points: an even root it
    writes is of a negative number there, or a logarithm of a number that is not positive (sqrt x = 1 at x = -1)."""
    even = [a.base for a in equation.atoms(sp.Pow) if a.exp.is_Rational and a.exp.q % 2 == 0]
    logs = [a.args[0] for a in equation.atoms(sp.log)]
    return any(real_odd_roots(b.xreplace(at)).is_negative for b in even) or any(
        real_odd_roots(a.xreplace(at)).is_nonpositive for a in logs
    )


def _not_real(expr: sp.Expr) -> bool:
    """Whether ``expr`` writes a number that is not real (i(x + 2) at x = -1: i); an equation in names is left to
    solveset over the reals (sqrt(-x^2) = 0, which SymPy writes i|x| = 0, at x = 0)."""
    return any(a.is_number and a.is_real is False for a in sp.preorder_traversal(expr))


def _fractional_powers(expr: sp.Expr) -> set[sp.Pow]:
    """The powers ``expr`` writes to an exponent that is not an integer (x^(2/3), sqrt x)."""
    return {p for p in expr.atoms(sp.Pow) if not p.exp.is_integer}


def _is_zero(number: sp.Expr) -> bool | None:
    """Whether the number is 0: as SymPy decides, else by its value to 50 digits when that is clearly off 0."""
    if number.is_zero is not None:
        return number.is_zero
    try:
        value = number.evalf(50)
    except (TypeError, ValueError):
        return None
    return False if value.is_comparable and abs(value) > sp.Float("1e-30") else None
