"""The justifications a step may cite, each with the rewrite it licenses.

A rule that names what the canonical form of :mod:`derivations.kernel.algebra` already
does -- linearity, the definition of an expectation, Bayes' rule and
marginalization (the density calculus), normalization -- has no rewrite: its
step is proved by that algebra or not at all.  A rule that adds a fact computes
its own output: a definition is substituted, Jensen's inequality moves the log
inside the expectation, a change of variables solves for the noise and
multiplies by the Jacobian.  A step that cites the wrong one is not proved.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import sympy as sp

from derivations.model import Definition, Relation, Rule
from derivations.probability import KL, Density, Expectation, Normal

# --------------------------------------------------------------- inequalities


def _replace_positive_terms(expr: sp.Expr, match, replace) -> sp.Expr | None:
    """Apply ``replace`` to each additive term ``c * t`` with ``match(t)`` and ``c > 0``."""
    changed = False
    terms = []
    for term in sp.Add.make_args(expr):
        coefficient, core = term.as_coeff_Mul()
        if match(core) and coefficient > 0:
            terms.append(coefficient * replace(core))
            changed = True
        else:
            terms.append(term)
    return sp.Add(*terms) if changed else None


def jensen_log(expr: sp.Expr) -> sp.Expr | None:
    """log E_q[g] >= E_q[log g] (log is concave), applied to each positive log E term."""
    return _replace_positive_terms(
        expr,
        lambda t: isinstance(t, sp.log) and isinstance(t.args[0], Expectation),
        lambda t: Expectation(sp.log(t.args[0].expr), t.args[0].measure, t.args[0].variables),
    )


def drop_kl(expr: sp.Expr) -> sp.Expr | None:
    """c KL(q || p) >= 0 for c > 0 (Gibbs' inequality): drop each such term."""
    return _replace_positive_terms(expr, lambda t: isinstance(t, KL), lambda t: sp.Integer(0))


# ----------------------------------------------------------- change of variables


def change_of_variables(density: Density, definition: Definition, noise: sp.Symbol) -> Rule:
    """The density of ``y = g(noise)``, noise ~ N(0, 1): ``p_y(y) = N(g^-1(y); 0, 1) |d g^-1 / dy|``.

    ``g`` must be invertible in ``noise``; the inverse is solved for, not supplied.
    """
    (point,) = density.variables
    solutions = sp.solve(sp.Eq(definition.rhs.subs(definition.lhs, point), point), noise, dict=True)
    if len(solutions) != 1:
        raise ValueError(f"change of variables: {definition.lhs} = {definition.rhs} is not invertible in {noise}")
    inverse = solutions[0][noise]
    pushed = Normal(inverse, 0, 1) * sp.Abs(sp.diff(inverse, point))
    return Rule("change of variables", rewrite=lambda e: e.xreplace({density: pushed}))


# ---------------------------------------------------------------------- calculus


def leibniz(expr: sp.Expr) -> sp.Expr:
    """d/dθ E_q[h] = E_q[dh/dθ] when q does not depend on θ; likewise for an integral."""

    def is_target(e: sp.Expr) -> bool:
        if not isinstance(e, sp.Derivative):
            return False
        inner = e.expr
        if isinstance(inner, Expectation):
            return not (inner.measure.free_symbols & set(e.variables))
        return isinstance(inner, sp.Integral)

    def move_inside(e: sp.Derivative) -> sp.Expr:
        inner = e.expr
        if isinstance(inner, Expectation):
            return Expectation(sp.diff(inner.expr, *e.variable_count), inner.measure, inner.variables)
        return sp.Integral(sp.diff(inner.function, *e.variable_count), *inner.limits)

    return expr.replace(is_target, move_inside)


# ----------------------------------------------------------------- definitions


def _substitute(definition: Definition, expr: sp.Expr) -> sp.Expr:
    return expr.subs(definition.lhs, definition.rhs)


def by_claim(name: str, lhs: sp.Expr, rhs: sp.Expr) -> Rule:
    """Substitute ``lhs -> rhs`` from a claim proved earlier in the same identity."""
    return Rule(name, rewrite=partial(_substitute, Definition(lhs, rhs, name)))


def by(definition: Definition) -> Rule:
    """Substitute a stated definition (or hypothesis) ``lhs := rhs``."""
    return Rule(
        definition.name,
        rewrite=partial(_substitute, definition),
        in_law=definition.relation is Relation.EQ_LAW,
    )


# ---------------------------------------------------------------- the rules

ALGEBRA = Rule("algebra")
LINEARITY = Rule("linearity of expectation")
NORMALIZATION = Rule("a density integrates to one")
EXPECTATION_DEFINITION = Rule("definition of expectation")
KL_DEFINITION = Rule("definition of the KL divergence")
MULTIPLY_DIVIDE = Rule("multiply and divide by q")
SPLIT_LOG = Rule("log of a product")
COMPLETE_SQUARE = Rule("completing the square")
GAUSSIAN_INTEGRAL = Rule("Gaussian integral")
BAYES = Rule("Bayes' rule")
PRODUCT_RULE = Rule("product rule")
MARGINALIZATION = Rule("marginalization")
JENSEN = Rule("Jensen's inequality (log is concave)", bound=jensen_log)
GIBBS = Rule("KL divergence is nonnegative", bound=drop_kl)
GAUSSIAN_SUM = Rule("sum of independent Gaussians", in_law=True)
LEIBNIZ = Rule("differentiation under the integral sign", rewrite=leibniz)


# -------------------------------------------------------------- Markov property


@dataclass(frozen=True)
class MarkovChain:
    """Assumption: under the distribution ``name`` the variables ``order`` form a Markov chain.

    Then q(A | B) = q(A | B') with B' the members of B from the last one before A
    to the first one after A: the others are separated from A by those two.
    """

    name: str
    order: tuple[sp.Symbol, ...]

    def reduce(self, density: Density) -> Density:
        """``density`` with the conditioning variables the chain makes irrelevant dropped."""
        position = {variable: index for index, variable in enumerate(self.order)}
        if density.name != self.name or not set(density.variables + density.given) <= set(position):
            return density
        targets = [position[v] for v in density.variables]
        given = [position[g] for g in density.given]
        first = max((g for g in given if g < min(targets)), default=-1)
        last = min((g for g in given if g > max(targets)), default=len(self.order))
        kept = tuple(g for g in density.given if first <= position[g] <= last)
        return Density(density.name, density.variables, kept)

    def _latex(self, printer) -> str:
        chain = r" \to ".join(printer._print(v) for v in self.order)
        return rf"{chain} \text{{ is a Markov chain under }} {printer._print(sp.Symbol(self.name))}"


def markov(chain: MarkovChain, *densities: Density) -> Rule:
    """Markov property: replace each cited density by its reduction under ``chain``.

    A density the chain does not reduce is left as it is, so a step that cites
    the rule where the assumption does not apply is not proved by it.
    """
    reduced = {density: chain.reduce(density) for density in densities}
    return Rule("Markov property", rewrite=lambda e: e.xreplace(reduced))
