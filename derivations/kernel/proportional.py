"""Proportionality: A ∝ B in the variables v when the ratio A/B does not change with v.

For positive A and B this is ∂ log(A/B)/∂v = 0 for each v, an equation the kernel
checks like any other (:func:`~derivations.kernel.checking.check_uncited`), after
the declared Markov chains reduce the densities (``q(x_t | x_{t-1}, x_0)`` to
``q(x_t | x_{t-1})``, an equality under the chain).  Proportional in all its
variables, a step is proportional in any of them: it is proved when every
derivative is.  A writer may mean fewer variables (the Bayes numerator of a
posterior is proportional to it in x_{t-1} alone), so the step is refuted only
when every single variable changes the ratio: whichever the writer meant, it
fails.  Densities of the same law left in the ratio are written as joints over
marginals, p(a | b) = p(a, b) / p(b), which cancel where they can (Bayes' rule:
p(x | y) / (p(x) p(y | x)) = 1 / p(y)); a density free of the variables is a
constant in them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sympy as sp

from derivations.kernel.algebra import positive_form
from derivations.kernel.assumptions import Definition
from derivations.kernel.checking import Context, check_uncited
from derivations.kernel.rules import reached, written_out
from derivations.kernel.vocabulary import Relation, Status, Verdict
from derivations.probability import Density, Normal, to_joint_over_marginal

RULE = "proportionality (the ratio does not change with the variables)"


def _positive(expr: sp.Expr, context: Context) -> bool:
    """Every factor is a density, a Gaussian of a variance not shown non-positive under the domains (N(x; a, -1) is
    no density: its variance, like a divisor's value, is checked where the note gives it), an exponential or
    positive under the domains."""
    for factor in sp.Mul.make_args(expr):
        base = factor.base if isinstance(factor, sp.Pow) and factor.exp.is_real else factor
        if isinstance(base, Normal) and positive_form(base.var, context.domains).is_positive is False:
            return False
        if isinstance(base, (Density, Normal, sp.exp)):
            continue
        if positive_form(base, context.domains).is_positive is not True:
            return False
    return True


def _reduced(
    expr: sp.Expr, variables: Sequence[sp.Symbol], context: Context, densities: bool = True
) -> tuple[sp.Expr, tuple[object, ...]]:
    """``expr`` with each density reduced by the declared Markov chains, then written out by the declared
    definitions of densities (unless not ``densities``), then by those of the other names (mu~_t(x_t, x_0),
    beta~_t: never of the ``variables``, whose definitions would hide the dependence the ratio is checked for),
    and the chains and definitions used (each an equality in force)."""
    used: list[object] = []
    for chain in context.chains:
        reductions = {d: chain.reduce(d) for d in expr.atoms(Density) if d.name == chain.name}
        reductions = {d: r for d, r in reductions.items() if r != d}
        if reductions:
            expr = expr.xreplace(reductions)
            used.append(chain)
    for definition in context.definitions if densities else ():
        if isinstance(definition.lhs, Density) and expr.has(definition.lhs):
            expr = expr.xreplace({definition.lhs: definition.rhs})
            used.append(definition)
    names = [d for d in context.definitions
             if d.relation is Relation.EQ and d.lhs not in variables and not isinstance(d.lhs, Density)]  # fmt: skip
    found = reached(expr, names)
    return written_out(expr, found), (*used, *found)


def _log(expr: sp.Expr) -> sp.Expr:
    """log ``expr``, a product of positive factors, as a sum: a Gaussian's log density written out, and
    log exp(a) as a (equal terms of the two sides then cancel before anything is differentiated)."""
    logged = sp.expand_log(sp.log(expr), force=True)  # force: every factor is positive (checked before)
    return logged.replace(
        lambda e: isinstance(e, sp.log) and isinstance(e.args[0], Normal), lambda e: e.args[0].logpdf()
    )


def _varying_densities(ratio: sp.Expr, variables: Sequence[sp.Symbol]) -> bool:
    """Whether a density of one of ``variables`` is left in ``ratio``."""
    return any(density.free_symbols & set(variables) for density in ratio.atoms(Density))


def check_proportional(lhs: sp.Expr, rhs: sp.Expr, variables: Sequence[sp.Symbol], context: Context) -> Verdict:
    """The verdict on ``lhs ∝ rhs`` in ``variables`` (see the module docstring)."""
    names = ", ".join(map(str, variables))
    if not variables:
        return Verdict(Status.UNDECIDED, "proportional in what: the step has no variable")
    for densities in (True, False):  # the densities written out by their definitions, else as the note writes
        (left_side, left), (right_side, right) = (_reduced(e, variables, context, densities) for e in (lhs, rhs))
        if not (_positive(left_side, context) and _positive(right_side, context)):  # the definitions may say more
            return Verdict(Status.UNDECIDED, "∝ is checked between positive expressions (densities, Gaussians of a "
                           "variance not shown non-positive, "
                           "exponentials, positive factors) only")  # fmt: skip
        used = tuple(dict.fromkeys(left + right))
        ratio = _log(left_side) - _log(right_side)
        flat = sp.expand(sp.expand_log(ratio, force=True))  # force: every factor is positive
        bayes = _varying_densities(flat, variables)
        if bayes:  # p(x | y) against p(x) p(y | x): their joints cancel before either is written out
            ratio = sp.expand(sp.expand_log(to_joint_over_marginal(flat), force=True))
        if not _varying_densities(ratio, variables):
            break
    if _varying_densities(ratio, variables):
        kept = sorted(str(d) for d in ratio.atoms(Density) if d.free_symbols & set(variables))
        return Verdict(Status.UNDECIDED, "the ratio keeps densities whose laws are not stated, so they cannot be "
                       f"written out: {', '.join(kept)}")  # fmt: skip
    constants = {density: sp.Dummy(str(density), positive=True) for density in ratio.atoms(Density)}
    ratio = ratio.xreplace(constants)  # each free of the variables: a constant in them
    verdicts = {v: check_uncited(Relation.EQ, sp.Derivative(ratio, v), sp.Integer(0), context) for v in variables}
    if all(v.proved for v in verdicts.values()):
        methods = "; ".join(dict.fromkeys(v.reason for v in verdicts.values()))
        written = [d.name if isinstance(d, Definition) else "Markov property" for d in used]
        written += ["each conditional density as the joint over the marginal, p(a | b) = p(a, b) / p(b)"] * bayes
        markov = f"{', '.join(dict.fromkeys(written))}, then " if written else ""
        uses = tuple(dict.fromkeys(used + tuple(u for v in verdicts.values() for u in v.uses)))
        conditions = tuple(dict.fromkeys(c for v in verdicts.values() for c in v.conditions))
        return Verdict(Status.PROVED, f"{markov}the ratio does not change with {names}: d/dv log(lhs/rhs) = 0 "
                       f"for each ({methods})", RULE, conditions, uses=uses)  # fmt: skip
    if all(v.refuted for v in verdicts.values()) and not constants:  # a constant a density's law may tie
        variable, first = next(iter(verdicts.items()))
        each = "each of them" if len(verdicts) > 1 else "it"
        return Verdict(Status.REFUTED, f"not proportional in {names}: the ratio changes with {each} "
                       f"(d/d{variable} log(lhs/rhs) is not 0)", counterexample=first.counterexample)  # fmt: skip
    open_ = [str(v) for v, verdict in verdicts.items() if not verdict.proved]
    return Verdict(Status.UNDECIDED, f"proportional in {names} is not shown: d/dv log(lhs/rhs) = 0 is not proved "
                   f"for {', '.join(open_)}")  # fmt: skip
