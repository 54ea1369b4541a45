"""Canonical forms and equality checking in tiers, each tier saying what it proved.

:func:`canonical` unfolds the operators of :mod:`derivations.probability` by their
definitions -- KL as an expectation, an expectation as an integral, linearity of
the integral, a density integrating to one over its own variables, Gaussian
integrals in closed form -- and expands logarithms of positive quantities.
It also writes each conditional density as joint over marginal and integrates
joints to marginals.  Everything it does replaces equals by equals, so two expressions with the same
canonical form are equal.  :func:`prove_equal` then compares canonical forms by
structure, expansion, rational simplification, logarithms and a reparameterization
of the unit interval; :func:`find_counterexample` looks for a point where two
closed-form expressions differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import sympy as sp
from sympy.core.sympify import _sympify

from derivations.kernel.convergence import expand_with_convergent_pieces, shown_to_exist
from derivations.kernel.sampling import find_counterexample, random_point, satisfies  # noqa: F401 (re-exported for the answer checker until it moves)
from derivations.probability import KL, Density, Expectation, Grad, Normal, to_joint_over_marginal

_LINE = (-sp.oo, sp.oo)

Domains = Mapping[sp.Symbol, sp.Set]

#: Tiers give up on expressions with more operations than this (SymPy can run away).
MAX_OPS = 4000
#: An expansion that ends with more operations than this (a Gaussian's exponent squared out under a logarithm of
#: its density: hundreds of operations become hundreds of thousands) is tried only for exact cancellation: every
#: tier after it, and the search for a point where it is nonzero, would work on it for minutes.
MAX_EXPANDED_OPS = 10 * MAX_OPS


# ------------------------------------------------------------------ integrals


def _exp_parts(factor: sp.Expr) -> sp.Expr | None:
    """The exponent of ``exp(w)`` (or ``E**w``), else None."""
    if isinstance(factor, sp.exp):
        return factor.args[0]
    if factor.is_Pow and factor.base is sp.E:
        return factor.exp
    return None


def _gaussian_integral(term: sp.Expr, var: sp.Symbol, domains: Domains) -> sp.Expr | None:
    """Integral over the line of ``poly(var) * exp(a var^2 + b var + c)`` with ``a < 0``.

    Uses ``int x^k exp(a x^2 + b x + c) dx = exp(c - b^2/(4a)) sqrt(pi/-a) E[Y^k]``,
    ``Y ~ N(-b/(2a), -1/(2a))``; None when ``term`` is not of that form.
    """
    return _gaussian_integral_once(term, var, tuple(domains.items()))


@lru_cache(maxsize=4096)
def _gaussian_integral_once(
    term: sp.Expr, var: sp.Symbol, domains_items: tuple[tuple[sp.Symbol, sp.Set], ...]
) -> sp.Expr | None:
    """:func:`_gaussian_integral`, remembered: it is pure, and the sides a step's rules unfold (each definition
    substituted, the other side the same) integrate the same terms again."""
    domains = dict(domains_items)
    exponent = sp.Integer(0)
    rest = sp.Integer(1)
    for factor in sp.Mul.make_args(term):
        power = _exp_parts(factor)
        if power is not None:
            exponent += power
        else:
            rest *= factor
    if exponent == 0:
        return None
    exponent = sp.expand(exponent)
    if not (exponent.is_polynomial(var) and rest.is_polynomial(var)):
        return None
    quadratic = sp.Poly(exponent, var)
    if quadratic.degree() != 2:
        return None
    a, b, c = (quadratic.coeff_monomial(var**k) for k in (2, 1, 0))
    if not _is_negative(a, domains):
        return None
    mean, var_y = -b / (2 * a), -1 / (2 * a)
    scale = sp.exp(sp.cancel(c - b**2 / (4 * a))) * sp.sqrt(sp.pi / (-a))  # one fraction: a zero exponent shows
    poly = sp.Poly(sp.expand(rest), var)
    moment = sum(coeff * _normal_moment(k, mean, var_y) for (k,), coeff in poly.terms())
    return scale * moment


def _is_negative(a: sp.Expr, domains: Domains) -> bool:
    """a < 0 as written, over one fraction, or with bounded symbols written through positive ones."""
    if a.is_negative is not None:
        return bool(a.is_negative)
    return sp.cancel(a).is_negative is True or sp.cancel(positive_form(a, domains)).is_negative is True


def _normal_moment(k: int, mean: sp.Expr, var: sp.Expr) -> sp.Expr:
    """E[Y^k] for Y ~ N(mean, var): sum_j C(k, 2j) mean^(k-2j) var^j (2j-1)!!."""
    return sum(
        sp.binomial(k, 2 * j) * mean ** (k - 2 * j) * var**j * sp.factorial2(2 * j - 1) for j in range(k // 2 + 1)
    )


def integrate_line(
    integrand: sp.Expr,
    variables: Iterable[sp.Symbol],
    domains: Domains | None = None,
    *,
    pieces_may_diverge: bool = False,
) -> sp.Expr:
    """The integral of ``integrand`` over the whole line in each variable, by linearity.

    Constant factors come out; a density integrates to one over its own variables;
    Gaussian integrals are done in closed form; anything else stays an
    unevaluated :class:`sympy.Integral` with sorted variables.  ``domains`` decide
    the sign of a Gaussian exponent's leading coefficient.  With ``pieces_may_diverge`` (an integral or an
    expectation as written, whose terms may not exist: ``E[e^{x^2} + x]`` under N(0, 1)), the integral stays whole
    unless each term's integral is done or shown to exist.
    """
    domains = {} if domains is None else domains
    variables = tuple(sorted(variables, key=str))
    terms = sp.Add.make_args(sp.expand_mul(integrand))
    total = sp.Integer(0)
    for term in terms:
        constant, dependent = term.as_independent(*variables, as_Add=False)
        piece = _integrate_term(dependent, variables, domains)
        if pieces_may_diverge and len(terms) > 1 and not _piece_exists(piece, variables):
            return sp.Integral(sp.Add(*terms), *[(v, *_LINE) for v in variables])
        total += constant * piece
    return total


def _piece_exists(piece: sp.Expr, variables: tuple[sp.Symbol, ...]) -> bool:
    """Whether a term's integral is done (in closed form, or as a marginal) or is shown to exist: the condition for
    splitting an integral over the line by linearity (the pieces of a convergent integral may diverge:
    ``∫ (x/(1 + x^2) - x/(2 + x^2)) dx`` over the line is not ``∞ - ∞``)."""
    left = [i for i in piece.atoms(sp.Integral) if set(i.variables) & set(variables)]
    return all(shown_to_exist(integral) for integral in left)


def _integrate_term(term: sp.Expr, variables: tuple[sp.Symbol, ...], domains: Domains) -> sp.Expr:
    if isinstance(term, Density) and not term.given and set(variables) <= set(term.variables):
        # marginal consistency: int p(a, b) db = p(a); over all variables, 1
        remaining = tuple(v for v in term.variables if v not in variables)
        return term.of(remaining) if remaining else sp.Integer(1)
    if term == 1:
        return sp.Integral(term, *[(v, *_LINE) for v in variables])
    marginalized = _marginalize(term, variables, domains)
    if marginalized is not None:
        return marginalized
    absorbed = _absorb_integral(term, variables, domains)
    if absorbed is not None:
        return absorbed
    differentiated = _differentiate_marginal(term, variables, domains)
    if differentiated is not None:
        return differentiated
    if len(variables) > 1:
        inner, *outer = variables
        done = _integrate_term(term, (inner,), domains)
        if not isinstance(done, sp.Integral):
            return integrate_line(done, outer, domains)
        return sp.Integral(term, *[(v, *_LINE) for v in variables])
    (var,) = variables
    closed = _gaussian_integral(sp.powsimp(term, combine="exp"), var, domains)
    if closed is not None:
        return closed
    return sp.Integral(term, (var, *_LINE))


def _marginalize(term: sp.Expr, variables: tuple[sp.Symbol, ...], domains: Domains) -> sp.Expr | None:
    """int c(b) p(a, b) da = c(b) p(b): integrate out the variables only one joint density depends on."""
    factors = sp.Mul.make_args(term)
    for density in factors:
        if not isinstance(density, Density) or density.given:
            continue
        rest = sp.Mul(*(f for f in factors if f is not density))
        done = tuple(v for v in variables if v in density.variables and v not in rest.free_symbols)
        if done:
            remaining = tuple(v for v in density.variables if v not in done)
            marginal = density.of(remaining) if remaining else sp.Integer(1)
            left = tuple(v for v in variables if v not in done)
            return integrate_line(rest * marginal, left, domains) if left else rest * marginal
    return None


def _absorb_integral(term: sp.Expr, variables: tuple[sp.Symbol, ...], domains: Domains) -> sp.Expr | None:
    """int c(y) [int g(x, y) dx] dy = int int c(y) g(x, y) dx dy (Fubini): one multiple integral."""
    factors = sp.Mul.make_args(term)
    for inner in factors:
        if not (isinstance(inner, sp.Integral) and all(limit[1:] == _LINE for limit in inner.limits)):
            continue
        rest = sp.Mul(*(f for f in factors if f is not inner))
        bound = tuple(inner.variables)
        if set(bound) & (rest.free_symbols | set(variables)):
            continue
        return integrate_line(rest * inner.function, variables + bound, domains)
    return None


def _differentiate_marginal(term: sp.Expr, variables: tuple[sp.Symbol, ...], domains: Domains) -> sp.Expr | None:
    """int c(b) d_b p(a, b) da = c(b) d_b p(b): differentiation under the integral sign, then marginalization."""
    factors = sp.Mul.make_args(term)
    for derivative in factors:
        if not (isinstance(derivative, sp.Derivative) and isinstance(derivative.expr, Density)):
            continue
        density = derivative.expr
        if density.given:
            continue
        rest = sp.Mul(*(f for f in factors if f is not derivative))
        kept = rest.free_symbols | set(derivative.variables)
        done = tuple(v for v in variables if v in density.variables and v not in kept)
        if done:
            marginal = density.of(tuple(v for v in density.variables if v not in done))
            left = tuple(v for v in variables if v not in done)
            result = rest * sp.Derivative(marginal, *derivative.variable_count)
            return integrate_line(result, left, domains) if left else result
    return None


def _fundamental_theorem(integral: sp.Integral) -> sp.Expr | None:
    """int_a^b c f'(s) ds = c (f(b) - f(a)) for finite a, b and c free of s; None otherwise."""
    if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
        return None
    var, lower, upper = integral.limits[0]
    if lower.has(sp.oo, -sp.oo) or upper.has(sp.oo, -sp.oo):
        return None
    constant, rest = integral.function.as_independent(var, as_Add=False)
    if not (isinstance(rest, sp.Derivative) and rest.variable_count == ((var, 1),)):
        return None
    return constant * (rest.expr.subs(var, upper) - rest.expr.subs(var, lower))


# ------------------------------------------------------------------ canonical


def substitute_equations(expr: sp.Expr, equations: Mapping[sp.Expr, sp.Expr]) -> sp.Expr:
    """Replace each left side by its right side until nothing changes."""
    for _ in range(8):
        new = expr.xreplace(dict(equations))
        if new == expr:
            return expr
        expr = new
    return expr


def random_variables(expr: sp.Basic) -> set[sp.Symbol]:
    """Symbols that are random variables in ``expr``: arguments of densities, bound variables, noises."""
    from derivations.symbols import Noise

    found = {s for s in expr.free_symbols if isinstance(s, Noise)}
    for density in expr.atoms(Density):
        for argument in density.arguments:
            found |= argument.free_symbols
    for operator in expr.atoms(Expectation, KL):
        found |= set(operator.variables)
    for integral in expr.atoms(sp.Integral):
        found |= set(integral.variables)
    return found


def _differentiation_variables(expr: sp.Basic) -> set[sp.Symbol]:
    found = set()
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.Derivative):
            found |= set(node.variables)
        elif isinstance(node, Grad):
            found.add(node.var)
    return found


def undeclared_parameters(*exprs: sp.Basic) -> tuple[sp.Symbol, ...]:
    """Symbols ``exprs`` differentiate by that are not random variables: possible parameters of any law."""
    random = set().union(*(random_variables(e) for e in exprs))
    variables = set().union(*(_differentiation_variables(e) for e in exprs))
    return tuple(sorted(variables - random, key=str))


def with_parameters(expr: sp.Expr, parameters: Sequence[sp.Symbol]) -> sp.Expr:
    """Each density whose parameters are not declared, taken to depend on ``parameters``.

    A law ``q_phi(z | x)`` with undeclared parameters may depend on ``phi``: its
    derivative with respect to ``phi`` must stay unevaluated, never vanish.
    """
    if not parameters:
        return expr
    return expr.replace(
        lambda e: isinstance(e, Density) and e.parameters is None,
        lambda e: Density(e.args[0], e.variables, e.given, parameters),
    )


def canonical(
    expr: sp.Expr,
    equations: Mapping[sp.Expr, sp.Expr] | None = None,
    domains: Domains | None = None,
    parameters: Sequence[sp.Symbol] | None = None,
) -> sp.Expr:
    """Unfold operators by their definitions and expand logs and products (equals for equals).

    Densities are written as joints over marginals, and integrals of joints over
    some of their variables become marginals (over all of them, one).  A density
    whose parameters are not declared is taken to depend on ``parameters``
    (default: every symbol ``expr`` differentiates by that is not a random variable).
    """
    if equations:
        expr = substitute_equations(expr, equations)
    expr = with_parameters(expr, undeclared_parameters(expr) if parameters is None else parameters)
    return _canonical(expr, tuple((domains or {}).items()))


@lru_cache(maxsize=4096)
def _canonical(expr: sp.Expr, domains: tuple[tuple[sp.Symbol, sp.Set], ...]) -> sp.Expr:
    """Unfolding is pure: a step's sides are unfolded once for refutation and once for proof."""
    return _Unfolding(dict(domains)).unfold(to_joint_over_marginal(expr))


@dataclass(frozen=True)
class _Unfolding:
    """Operators unfolded by their definitions, under symbol domains (they decide Gaussian integrals)."""

    domains: Domains

    def unfold(self, expr: sp.Expr) -> sp.Expr:
        unfold = self.unfold
        if isinstance(expr, (Density, sp.Symbol, sp.Number)) or not expr.args:
            return expr
        if isinstance(expr, KL):
            return unfold(expr.as_expectation())
        if isinstance(expr, Expectation) and not all(isinstance(v, (sp.Symbol, sp.Indexed)) for v in expr.variables):
            # over a block x_{1:T}: its integrand may name the block's variables one by one (x_1), which
            # integration variable by variable cannot see, so the expectation stays whole
            return Expectation(unfold(expr.expr), unfold(expr.measure), expr.variables)
        if isinstance(expr, Expectation):
            # split as the kernel trusts an expectation under an unknown law to exist; else only where each piece does
            trusted = expr.measure.has(Density)
            integrand = _expand(unfold(expr.measure * expr.expr))
            return integrate_line(integrand, expr.variables, self.domains, pieces_may_diverge=not trusted)
        if isinstance(expr, sp.Integral) and _fundamental_theorem(expr) is not None:
            return unfold(_fundamental_theorem(expr))
        if isinstance(expr, sp.Integral) and all(limit[1:] == _LINE for limit in expr.limits):
            variables = [limit[0] for limit in expr.limits]
            return integrate_line(_expand(unfold(expr.function)), variables, self.domains, pieces_may_diverge=True)
        if isinstance(expr, sp.log) and isinstance(expr.args[0], Normal):
            return unfold(expr.args[0].logpdf())
        if isinstance(expr, Normal):
            return unfold(expr.pdf())
        if isinstance(expr, Grad) and not isinstance(expr.var, (sp.Symbol, sp.Indexed)):
            found = _gradient_at(expr)
            if found is None:
                return expr  # left whole: which of the point's names varies is not told
            inner, variable = found
            return unfold(sp.Derivative(inner, variable)).subs(variable, expr.var)
        if isinstance(expr, Grad):
            return unfold(sp.Derivative(expr.expr, expr.var))
        args = [unfold(arg) for arg in expr.args]
        node = expr.func(*args) if args != list(expr.args) else expr
        if isinstance(node, sp.Derivative):
            node = _differentiate(node)
        elif isinstance(node, sp.Subs) and not node.has(sp.Integral):
            node = node.doit()
        if isinstance(node, sp.log):
            node = sp.expand_log(node)
        return node


def _gradient_at(gradient: Grad) -> tuple[sp.Expr, sp.Dummy] | None:
    """A gradient taken in a point a definition has made an expression (grad_y f(y), y := x + e): f differentiated
    in a variable of its own, to be evaluated at the point; None where f also holds the point's names apart from it
    (grad_y (x y)), whose meaning, which of them varies, the expression no longer tells."""
    variable = sp.Dummy("y", real=True)
    inner = gradient.expr.subs(gradient.var, variable)
    if inner.free_symbols & gradient.var.free_symbols:
        return None
    return inner, variable


def _differentiate(derivative: sp.Derivative) -> sp.Expr:
    """A derivative by linearity: terms free of its variables vanish, terms without integrals are
    differentiated (a derivative of an abstract density stays unevaluated), and the rest stay
    unevaluated (moving a derivative under an integral sign is a rule's business: Leibniz).
    """
    variables = set(derivative.variables)
    total = sp.Integer(0)
    for term in sp.Add.make_args(expand_with_convergent_pieces(derivative.expr)):
        if term.free_symbols & variables:
            piece = sp.Derivative(term, *derivative.variable_count)
            total += piece if term.has(sp.Integral) else piece.doit()
    return total


def _expand(expr: sp.Expr) -> sp.Expr:
    return sp.expand_mul(sp.expand_log(expr))


# ---------------------------------------------------------------------- tiers


@dataclass(frozen=True)
class Proof:
    """How an equality was shown: the tier that reduced the difference to zero."""

    method: str


def _through_positive(symbol: sp.Symbol, domain: sp.Set) -> sp.Expr | None:
    """``symbol`` written through a new positive symbol w, onto exactly ``domain`` (None if no such form).

    (a, b) is a + (b - a) w/(1 + w); (a, oo) is a + w; (-oo, b) is b - w; [0, oo) is w >= 0; (a, b] and [a, b)
    are b - (b - a) w/(1 + w) and a + (b - a) w/(1 + w) with w >= 0.
    """
    if not isinstance(domain, sp.Interval) or domain == sp.S.Reals:
        return None
    low, high = domain.start, domain.end
    if low.free_symbols or high.free_symbols:
        return None
    if domain.left_open and domain.right_open:
        w = sp.Symbol(f"w_{symbol.name}", positive=True)
        if low.is_finite and high.is_finite:
            return low + (high - low) * w / (1 + w)
        return low + w if low.is_finite else high - w
    if domain == sp.Interval(0, sp.oo) and not symbol.is_positive:
        return sp.Symbol(f"w_{symbol.name}", nonnegative=True)
    if domain.left_open != domain.right_open and low.is_finite and high.is_finite:
        w = sp.Symbol(f"w_{symbol.name}", nonnegative=True)  # (a, b] is b - (b - a) w/(1 + w), w >= 0
        return low + (high - low) * w / (1 + w) if domain.right_open else high - (high - low) * w / (1 + w)
    return None


def positive_form(expr: sp.Expr, domains: Domains) -> sp.Expr:
    """``expr`` with each symbol of a bounded or half-line domain written through a positive symbol.

    The substitution maps the positive reals onto the domain exactly, so an
    identity of the new form holds on the whole domain, and SymPy's positivity
    decides radicals, logarithms and signs.  Symbols SymPy already knows to be
    positive on their whole domain are left alone.
    """
    from derivations.kernel.sampling import domain_for

    mapping = {}
    for symbol in expr.free_symbols:
        domain = domain_for(symbol, domains)
        if domain == sp.Interval.open(0, sp.oo) and symbol.is_positive:
            continue
        form = _through_positive(symbol, domain)
        if form is not None:
            mapping[symbol] = form
    return expr.xreplace(mapping)


def _is_zero(expr: sp.Expr) -> bool:
    """``expr`` is 0 as written or by SymPy's assumptions.  In a number, each integral is first read as an unknown
    (0 where it vanishes as written): SymPy would evaluate it by quadrature, which never shows a number zero and,
    for an integral that diverges, runs hundreds of quadratures to say nothing."""
    if expr == 0:
        return True
    if expr.is_number and expr.has(sp.Integral):
        expr = expr.xreplace({integral: _integral_unknown(integral) for integral in expr.atoms(sp.Integral)})
    return expr.is_zero is True


def _integral_unknown(integral: sp.Integral) -> sp.Expr:
    """0 for an integral of 0 or over an empty range (``a`` to ``a``), else an unknown standing for its value."""
    empty = any(len(limit) == 3 and limit[1] == limit[2] for limit in integral.limits)
    return sp.Integer(0) if integral.function == 0 or empty else sp.Dummy("integral")


def _exponential_parts(expr: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """(k, e) with expr = k * exp(e): the exponentials of a product merged into one."""
    prefactor, exponent = sp.Integer(1), sp.Integer(0)
    for factor in sp.Mul.make_args(sp.powsimp(expr, combine="exp")):
        power = _exp_parts(factor)
        if power is None:
            prefactor *= factor
        else:
            exponent += power
    return prefactor, exponent


def _equal_exponentials(a: sp.Expr, b: sp.Expr, domains: Mapping[sp.Symbol, sp.Set]) -> bool:
    """k_a exp(e_a) = k_b exp(e_b) because k_a = k_b and e_a = e_b (each shown by the tiers)."""
    (ka, ea), (kb, eb) = _exponential_parts(a), _exponential_parts(b)
    if ea == 0 and eb == 0 or ka.has(sp.exp) or kb.has(sp.exp):
        return False
    return prove_equal(ea, eb, None, domains) is not None and prove_equal(ka, kb, None, domains) is not None


def _nonzero_somewhere(difference: sp.Expr, domains: Domains, constraints: Sequence[sp.Basic]) -> bool:
    """``difference`` is a closed form that is clearly nonzero at an admissible point (three are tried: near
    each end of the domains, where exponentials overflow, and one in the bulk)."""
    if not is_closed_form(difference):
        return False
    try:
        found = find_counterexample(difference, sp.Integer(0), domains, points=3, constraints=constraints)
    except (TypeError, ValueError):  # not a number at the point (matrix symbols, unevaluated sums)
        return False
    return found is not None


def _opaque(expr: sp.Expr) -> sp.Expr:
    """``expr`` with each outermost operator (a density, an expectation, a sum, an unknown function...) replaced
    by a new symbol of its sign (positive when unknown) times the factors SymPy takes out of it, or ``expr``
    itself when an operator takes no positive or negative value a new symbol could stand for (an integer, zero).

    The rational tiers see an operator only as a generator of a field of rational functions, once
    ``factor_terms`` has taken its content out (sum_t -f_t is -sum_t f_t) and logarithms of numbers are split:
    when this form is nonzero at an admissible point, no cancellation makes the difference zero.
    """
    mapping: dict[sp.Expr, sp.Dummy] = {}

    def generator(core: sp.Expr) -> sp.Dummy:
        if core not in mapping:
            if core.is_integer or core.is_zero or core.is_positive is False and not core.is_negative:
                raise ValueError(core)  # no positive or negative value is one it may take
            mapping[core] = sp.Dummy(negative=True) if core.is_negative else sp.Dummy(positive=True)
        return mapping[core]

    visited: dict[sp.Basic, sp.Basic] = {}

    def visit(node: sp.Basic) -> sp.Basic:
        # an expanded difference repeats its operators in many terms: each distinct node is rewritten once
        if node not in visited:
            visited[node] = rewrite(node)
        return visited[node]

    def rewrite(node: sp.Basic) -> sp.Basic:
        if isinstance(node, _OPERATORS):
            content, core = _operator_parts(node)
            return content * generator(core)
        return node.func(*map(visit, node.args)) if node.args else node

    try:
        return visit(expr)
    except ValueError:
        return expr


@lru_cache(maxsize=4096)
def _operator_parts(operator: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """An operator's content and core: the factors SymPy takes out of it (``factor_terms`` after logarithms of
    numbers are split) that hold no operator, and the product of those that do.  Pure, so remembered: the
    differences a step's rules try write the same operators again."""
    normal = sp.factor_terms(sp.expand_log(operator, factor=True), radical=True)
    content = sp.Mul(*(f for f in sp.Mul.make_args(normal) if not f.has(*_OPERATORS)))
    core = sp.Mul(*(f for f in sp.Mul.make_args(normal) if f.has(*_OPERATORS)))
    return content, core


def _constrained_form(expr: sp.Expr, constraints: Sequence[sp.Basic], domains: Domains) -> sp.Expr:
    """``expr`` with each symbol bounded by a constraint written through a positive symbol.

    ``s < e`` with s > 0 and e > 0 is s = e w/(1 + w); ``s > e`` with e >= 0 and s > 0 is
    s = e + w (w > 0): both map the positive w onto exactly the constrained range.
    """
    from derivations.kernel.sampling import domain_for

    mapping = {}
    for constraint in constraints:
        if not isinstance(constraint, (sp.StrictLessThan, sp.StrictGreaterThan)):
            continue
        small, large = (constraint.lhs, constraint.rhs) if isinstance(constraint, sp.StrictLessThan) else (
            constraint.rhs, constraint.lhs)  # fmt: skip
        for symbol, bound, below in ((small, large, True), (large, small, False)):
            if not isinstance(symbol, sp.Symbol) or symbol in mapping or symbol in bound.free_symbols:
                continue
            if domain_for(symbol, domains) != sp.Interval.open(0, sp.oo):
                continue
            w = sp.Symbol(f"w_{symbol.name}", positive=True)
            if below and positive_form(bound, domains).is_positive:
                mapping[symbol] = bound * w / (1 + w)
            elif not below and positive_form(bound, domains).is_nonnegative:
                mapping[symbol] = bound + w
    return expr.xreplace(mapping)


#: Integer exponents beyond this make the rational tiers expand polynomials of that degree: they are not tried.
MAX_DEGREE = 64


def operations_exceed(expr: sp.Basic, limit: int) -> bool:
    """Whether ``expr`` has more than ``limit`` operations: ``n - 1`` for a sum or product of ``n`` terms, one for
    any other compound node (as ``sp.count_ops`` counts them, within a few per cent), counted in one walk that
    stops past the limit; ``sp.count_ops`` splits every product into a fraction, seconds on the expansions this
    guards against."""
    count = 0
    for node in sp.preorder_traversal(expr):
        if node.args:
            count += len(node.args) - 1 if isinstance(node, (sp.Add, sp.Mul)) else 1
            if count > limit:
                return True
    return False


def _runaway(expr: sp.Expr) -> bool:
    return any(p.exp.is_Integer and abs(p.exp) > MAX_DEGREE for p in expr.atoms(sp.Pow))


def prove_equal(
    lhs: sp.Expr,
    rhs: sp.Expr,
    equations: Mapping[sp.Expr, sp.Expr] | None = None,
    domains: Domains | None = None,
    constraints: Sequence[sp.Basic] = (),
) -> Proof | None:
    """A :class:`Proof` that ``lhs == rhs`` under the equations, domains and constraints, or None.

    The answer is remembered: the rules of one step, and a chain's consecutive steps, ask the same question."""
    lhs, rhs = _sympify(lhs), _sympify(rhs)  # numbers and SymPy objects only, never text
    try:
        return _prove_equal_once(
            lhs, rhs, frozenset((equations or {}).items()), frozenset((domains or {}).items()), tuple(constraints)
        )
    except TypeError:  # an unhashable part (a mutable matrix): not remembered
        return _prove_equal(lhs, rhs, dict(equations or {}), dict(domains or {}), tuple(constraints))


@lru_cache(maxsize=2048)
def _prove_equal_once(
    lhs: sp.Expr, rhs: sp.Expr, equations: frozenset, domains: frozenset, constraints: tuple
) -> Proof | None:
    return _prove_equal(lhs, rhs, dict(equations), dict(domains), constraints)


def _prove_equal(
    lhs: sp.Expr,
    rhs: sp.Expr,
    equations: Mapping[sp.Expr, sp.Expr],
    domains: Domains,
    constraints: Sequence[sp.Basic],
) -> Proof | None:
    parameters = undeclared_parameters(lhs, rhs)
    a, b = canonical(lhs, equations, domains, parameters), canonical(rhs, equations, domains, parameters)
    if a == b:
        return Proof("identical once definitions, relations, KL divergences and expectations are written out")
    difference = a - b
    if operations_exceed(difference, MAX_OPS):
        return None
    expanded = expand_with_convergent_pieces(difference)
    if _is_zero(expanded):
        return Proof("expansion")
    if operations_exceed(expanded, MAX_EXPANDED_OPS):
        return None
    if _nonzero_somewhere(difference if is_closed_form(difference) else _opaque(expanded), domains, constraints):
        return None  # no simplification can make it zero (nor cancel operators taken as generators)
    cheap = (
        ("numerator over a common denominator", lambda d: expand_with_convergent_pieces(sp.numer(sp.together(d)))),
        (
            "logarithms of numbers split into primes",
            lambda d: expand_with_convergent_pieces(sp.expand_log(d, factor=True)),
        ),
    )
    for name, tier in cheap:
        if _is_zero(tier(difference)):
            return Proof(name)
    if _equal_exponentials(a, b, domains):
        return Proof("equal prefactors and equal exponents")
    if _runaway(difference):
        return None  # rational simplification would expand (1 + w)^n term by term
    tiers = (
        ("rational simplification", lambda: sp.cancel(sp.together(expanded))),
        (
            "radicals under positivity",
            lambda: sp.cancel(
                sp.together(expand_with_convergent_pieces(sp.powsimp(sp.powdenest(difference, force=False))))
            ),
        ),
    )
    for name, tier in tiers:
        if _is_zero(tier()):
            return Proof(name)
    if a.is_positive and b.is_positive:
        log_difference = expand_with_convergent_pieces(sp.expand_log(sp.log(a)) - sp.expand_log(sp.log(b)))
        if _is_zero(sp.cancel(sp.together(log_difference))):
            return Proof("logarithms of positive sides")
    substituted = positive_form(difference, domains)
    if substituted != difference and _is_zero(sp.cancel(sp.together(expand_with_convergent_pieces(substituted)))):
        return Proof("bounded symbols written through positive ones (a + (b - a) w/(1 + w), w > 0)")
    if not is_closed_form(difference):
        return None  # operators stay opaque to simplify, which can take minutes on a long sum of them
    if _is_zero(sp.simplify(substituted, doit=False)):
        return Proof("simplify (bounded symbols written through positive ones)")
    constrained = _constrained_form(difference, constraints, domains)
    if constrained != difference and _is_zero(sp.simplify(positive_form(constrained, domains), doit=False)):
        return Proof("simplify under the constraints (each constrained symbol written through a positive one)")
    return None


# ------------------------------------------------------------ counterexamples

_OPERATORS = (
    Density,
    Expectation,
    KL,
    sp.Integral,
    sp.Derivative,
    sp.Subs,
    sp.core.function.AppliedUndef,
    sp.Indexed,
    sp.Sum,
    sp.Product,
)


def is_closed_form(expr: sp.Expr) -> bool:
    """No abstract densities, unevaluated operators, undefined functions, indexed variables (x_t for a symbolic
    t: a value at a point says nothing of x_t at the other t) or sums and products remain (those are written
    out at concrete sizes by :mod:`derivations.kernel.sums`, an empty range summing to 0; SymPy's evaluation
    gives a reversed range Karr's meaning, sum_{t=3}^{1} f = -f(2))."""
    return not expr.has(*_OPERATORS)
