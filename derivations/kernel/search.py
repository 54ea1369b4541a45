"""A step that cites no rule: the kernel tries the rules that could apply and reports the one that proved it.

Notes name no rules.  :func:`derivations.kernel.checking.check_uncited` tries, in
the order :func:`candidates` gives, plain algebra and
every registered kind instantiated from what the context declares (each
definition, each Markov chain with the densities it reduces, each axiom, each
earlier claim) -- every one still checking its own conditions -- and returns
the first that proves the step.  Otherwise the step is refuted if a
counterexample exists, and undecided with the most telling reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import sympy as sp

from derivations.kernel import integrals, rules, sums
from derivations.kernel.vocabulary import Relation
from derivations.probability import Density

if TYPE_CHECKING:
    from derivations.kernel.checking import Context

#: Kinds that need nothing from the context, tried after plain algebra.
_GENERAL = (
    rules.JENSEN,
    rules.GIBBS,
    rules.NONNEGATIVE_EXPECTATION,
    rules.GAUSSIAN_KL,
    rules.LINEARITY_OF_SUMS,
    rules.LEIBNIZ,
    rules.LIMIT,
    rules.ADJACENT_INTERVALS,
    integrals.DEFINITE_INTEGRAL,
    rules.SIGN_OF_DIFFERENCE,
    rules.GAP_IS_KL,
)
#: Kinds for sums and products over an index (:mod:`derivations.kernel.sums`), tried when a step has them.
_SUMS = (
    sums.LOG_OF_PRODUCT,
    sums.SPLIT_TERM,
    sums.SHIFT_INDEX,
    sums.MERGE_RANGES,
    sums.TELESCOPING,
    sums.EXPECTATION_OF_SUM,
    sums.MARGINALIZE,
    sums.CHAIN_RULE,
    sums.BlockAlgebra(),
)


def candidates(relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context) -> Iterator[rules.Justification]:
    """The rules worth trying for ``previous relation expr``: plain algebra first (after the kinds made for sums,
    when the step has them), the most specific last."""
    if sums.has_indices(previous, expr):  # the kinds made for sums first: plain algebra is slow on them
        yield from _SUMS
        chains = tuple(a for a in context.assumptions if isinstance(a, sums.IndexedMarkovChain))
        if chains:
            yield sums.markov_chain(*chains)
            yield from sums.factorizations(*chains)
            named = tuple(d for d in context.definitions if d.relation is Relation.EQ and isinstance(d.lhs, sp.Symbol)
                          and (previous.has(d.lhs) or expr.has(d.lhs)) and d.rhs.has(Density))  # fmt: skip
            yield from sums.compositions(chains, named)
    yield rules.ALGEBRA
    if relation is Relation.EQ_LAW:
        yield rules.GAUSSIAN_SUM
    if context.noises:
        yield rules.NOISE_EXPECTATION
        yield rules.NOISES_APART
    yield from _GENERAL
    densities = previous.atoms(Density) | expr.atoms(Density)
    definitions = tuple(d for d in context.definitions if d.relation is Relation.EQ)
    for chain in context.chains:
        reducible = tuple(sorted((d for d in densities if chain.reduce(d) != d), key=str))
        if reducible:
            yield rules.markov(chain, *reducible)
            if definitions:
                yield rules.markov_then(chain, reducible, definitions)
        bridged = tuple(sorted((d for d in densities if chain.bridge(d) != d), key=str))
        if bridged:
            yield rules.markov_posterior(chain, *bridged)
    mentioned = previous.free_symbols | expr.free_symbols | densities
    for definition in context.definitions:
        if definition.lhs in mentioned or previous.has(definition.lhs) or expr.has(definition.lhs):
            yield rules.by(definition)
    if context.definitions:
        yield rules.by(*context.definitions)
    for claim in context.claims:
        yield rules.by_claim("a claim above", claim.lhs, claim.rhs)
    for declared in context.axioms:
        yield rules.axiom(declared)
