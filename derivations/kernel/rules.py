"""The justifications a step may cite: each a registered kind that checks its own conditions.

A rule *justifies* a step ``previous relation expr`` in a :class:`Context` or says
why it cannot (:class:`Unjustified`, the failed condition).  Every kind is a
frozen dataclass whose :meth:`Justification.justify` checks the rule's side
conditions before it rewrites anything, and whose proof obligations go through
the kernel's algebra (:func:`derivations.kernel.algebra.prove_equal`):

* :class:`Algebra` -- the density calculus and SymPy's simplification (labelled);
* :class:`Rule` -- a user's citation: free text, or a rewrite or bound given as
  code, whose every application the kernel checks (never trusted);
* :class:`ByDefinition`, :class:`ByClaim`, :class:`ByLemma`, :class:`ByAxiom` --
  substitute a declared definition, a claim proved earlier, an identity of the
  catalogue, or a declared axiom (reported as such);
* :class:`Jensen`, :class:`Gibbs`, :class:`NonnegativeExpectation` -- inequalities,
  with normalized measures, positivity and the direction checked;
* :class:`GaussianSum` -- equality in law of affine forms of declared noises;
* :class:`NoiseExpectation` -- an expectation over declared noises, under their standard normal law;
* :class:`NoisesApart` -- an expectation over declared noises and other variables stated independent of them, one
  inside the other;
* :class:`Markov` -- conditional independence from a declared chain;
* :class:`Leibniz`, :class:`ChangeOfVariables`, :class:`Limit` -- calculus.

:mod:`derivations.kernel.checking` turns a justification into a verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, combinations
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import PoleError

from derivations.kernel.algebra import (
    Proof,
    is_closed_form,
    positive_form,
    prove_equal,
    random_variables,
    substitute_equations,
)
from derivations.kernel.assumptions import Axiom, Definition, Independence, MarkovChain, substitute
from derivations.kernel.convergence import expand_with_convergent_pieces, shown_to_exist
from derivations.kernel.vocabulary import Relation
from derivations.probability import KL, Density, Expectation, Grad, Normal

if TYPE_CHECKING:
    from derivations.kernel.checking import Context


# ------------------------------------------------------------------ outcomes


@dataclass(frozen=True)
class Justified:
    """The rule applies (its ``conditions`` were checked) and the step follows by ``method``."""

    method: str
    rule: str
    conditions: tuple[str, ...] = ()
    axioms: tuple[str, ...] = ()
    uses: tuple[object, ...] = ()


@dataclass(frozen=True)
class Unjustified:
    """The rule does not prove the step: a condition failed, or the algebra did not close."""

    reason: str


Outcome = Justified | Unjustified


def algebra(relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context) -> Proof | None:
    """A proof that the two sides are equal, which gives any non-strict relation; None otherwise."""
    if relation in (Relation.LT, Relation.GT):
        return None
    return prove_equal(previous, expr, context.equations, context.domains, context.constraints)


def aliasing(previous: sp.Expr, expr: sp.Expr, context: Context) -> str | None:
    """Why plain algebra cannot be trusted on these sides: an indexed variable bound by an expectation may be
    the same as a free one beside it, or a range may be reversed -- the canonical form would treat them as
    distinct (:func:`derivations.kernel.sums.hazard`).  The rules of sums reason about these themselves."""
    from derivations.kernel import sums

    if not sums.has_indices(previous, expr):
        return None
    return sums.hazard(previous, context) or sums.hazard(expr, context)


def _unproved(rule: str) -> Unjustified:
    return Unjustified(f"{rule}: the two sides are not shown equal after it")


def _rewrite_both(
    name: str,
    conditions: tuple[str, ...],
    rewrite: Callable[[sp.Expr], sp.Expr],
    relation: Relation,
    previous: sp.Expr,
    expr: sp.Expr,
    context: Context,
) -> Outcome:
    """Apply a sound rewrite (its conditions already checked) to both sides, then the algebra."""
    proof = algebra(relation, rewrite(previous), rewrite(expr), context)
    if proof is None:
        return _unproved(name)
    return Justified(f"{name}, then {proof.method}", name, conditions)


def _using(outcome: Outcome, uses: tuple[object, ...]) -> Outcome:
    """``outcome``, recording the assumptions it relied on."""
    if isinstance(outcome, Unjustified):
        return outcome
    return Justified(outcome.method, outcome.rule, outcome.conditions, outcome.axioms, outcome.uses + uses)


# ------------------------------------------------------------- the base kind


@dataclass(frozen=True)
class Justification:
    """A kind of rule.  Subclasses check their conditions in :meth:`justify`."""

    @property
    def name(self) -> str:
        raise NotImplementedError

    def justify(self, relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context) -> Outcome:
        raise NotImplementedError

    def sound_rewrite(self, context: Context) -> Callable[[sp.Expr], sp.Expr] | None:
        """A rewrite that replaces equals by equals under ``context`` (its conditions hold), for refutation."""
        return None

    def missing(self, context: Context) -> str | None:
        """What the rule cites that the identity does not declare (shown beside any verdict but proved)."""
        return None

    def conditional_rewrite(self, context: Context) -> Callable[[sp.Expr], tuple[sp.Expr, tuple[sp.Basic, ...]]] | None:
        """A rewrite that replaces equals by equals where the conditions it returns hold, for refutation only: a
        counterexample must meet them (a Gaussian's variance positive where no domain shows it)."""
        return None


# ------------------------------------------------------------------ algebra


@dataclass(frozen=True)
class Algebra(Justification):
    """Equal by the kernel's algebra: the density calculus (linearity, conditionals as joint over
    marginal, marginalization, normalization, Gaussian integrals) and SymPy's simplification.
    ``label`` names the algebraic fact for the reader (Bayes' rule, completing the square, ...).
    """

    label: str = ""

    @property
    def name(self) -> str:
        return self.label or "algebra"

    def justify(self, relation, previous, expr, context) -> Outcome:
        hazard = aliasing(previous, expr, context)
        if hazard:
            return Unjustified(f"algebra cannot decide: {hazard}")
        proof = algebra(relation, previous, expr, context)
        if proof is None:
            return Unjustified(f"not proved by algebra ({self.name})" if self.label else "not proved by algebra")
        return Justified(proof.method, self.name)


@dataclass(frozen=True)
class Rule(Justification):
    """A user's citation: free text, optionally with a rewrite or a bound given as code.

    None of it is trusted.  A rewrite is applied only where the kernel proves that
    it changed nothing (``e == rewrite(e)``, by its algebra); a bound only where one
    of the kernel's own bound rules yields it; ``in_law`` asks for the kernel's
    :class:`GaussianSum`.  A step that plain algebra proves is reported as proved
    by algebra, with the citation not used.
    """

    text: str
    rewrite: Callable[[sp.Expr], sp.Expr] | None = field(default=None, compare=False)
    bound: Callable[[sp.Expr], sp.Expr | None] | None = field(default=None, compare=False)
    bound_relation: Relation = Relation.GE
    in_law: bool = False

    @property
    def name(self) -> str:
        return self.text

    def justify(self, relation, previous, expr, context) -> Outcome:
        attempts = []
        if self.in_law:
            attempts.append(GaussianSum().justify(relation, previous, expr, context))
        if self.bound is not None:
            attempts.append(self._bound(relation, previous, expr, context))
        if self.rewrite is not None:
            attempts.append(self._rewrite(relation, previous, expr, context))
        for outcome in attempts:
            if isinstance(outcome, Justified):
                return outcome
        hazard = aliasing(previous, expr, context)
        proof = None if hazard else algebra(relation, previous, expr, context)
        if proof is not None:
            return Justified(proof.method, ALGEBRA.name)  # the citation did no work: the report says so
        reasons = "; ".join(o.reason for o in attempts if isinstance(o, Unjustified))
        return Unjustified(
            reasons or f"'{self.text}' is not a rule the kernel knows, and algebra does not prove the step"
        )

    def _rewrite(self, relation, previous, expr, context) -> Outcome:
        try:
            rewritten = self.rewrite(previous), self.rewrite(expr)
        except Exception as error:  # user code: any failure leaves the step undecided
            return Unjustified(f"the rewrite of '{self.text}' raised {type(error).__name__}: {error}")
        for original, new in zip((previous, expr), rewritten):
            if original != new and algebra(Relation.EQ, original, new, context) is None:
                return Unjustified(
                    f"the rewrite of '{self.text}' could not be checked: the kernel does not prove {sp.sstr(original)} = {sp.sstr(new)}"
                )
        proof = algebra(relation, *rewritten, context)
        if proof is None:
            return _unproved(f"the rewrite of '{self.text}'")
        return Justified(f"the rewrite of '{self.text}' (each application checked), then {proof.method}", self.text)

    def _bound(self, relation, previous, expr, context) -> Outcome:
        if relation is not self.bound_relation:
            return Unjustified(f"'{self.text}' bounds by {self.bound_relation.value}, the step says {relation.value}")
        for kernel_rule in (Jensen(), Gibbs(), NonnegativeExpectation()):
            outcome = kernel_rule.justify(relation, previous, expr, context)
            if isinstance(outcome, Justified):
                return Justified(f"{outcome.method} (the bound of '{self.text}' checked by {kernel_rule.name})",
                                 outcome.rule, outcome.conditions)  # fmt: skip
        return Unjustified(
            f"the bound of '{self.text}' is not one the kernel can check (declare it as an Axiom to trust it)"
        )


# -------------------------------------------------------------- substitutions


def _noises_fresh(definition: Definition, expr: sp.Expr, context: Context) -> str | None:
    """Why substituting an equal-in-law definition into ``expr`` would change its law, or None."""
    introduced = definition.rhs.free_symbols & context.noises
    undeclared = {s for s in context.noise_like(definition.rhs) if s not in context.noises}
    if undeclared:
        return f"{', '.join(sorted(map(str, undeclared)))} not declared as independent noises"
    clash = introduced & expr.free_symbols
    if clash:
        return f"{', '.join(sorted(map(str, clash)))} already appear in the expression"
    return None


@dataclass(frozen=True)
class ByDefinition(Justification):
    """Substitute declared definitions ``lhs := rhs`` (a construction ``=d`` only in a step in law)."""

    definitions: tuple[Definition, ...]

    @property
    def name(self) -> str:
        return ", ".join(d.name for d in self.definitions)

    def _failed(self, relation: Relation, sides: Sequence[sp.Expr], context: Context) -> str | None:
        for definition in self.definitions:
            if definition not in context.definitions:
                return f"the definition '{definition.name}' is not among the identity's assumptions"
            if definition.relation is Relation.EQ_LAW:
                if relation is not Relation.EQ_LAW:
                    return f"'{definition.name}' holds in law only; the step claims {relation.value}"
                for side in (side for side in sides if side.has(definition.lhs)):
                    clash = _noises_fresh(definition, side, context)
                    if clash:
                        return f"substituting '{definition.name}': {clash}"
        in_law = {d for side in sides for d in reached(side, self.definitions) if d.relation is Relation.EQ_LAW}
        pairs = {
            (first, second)
            for side in sides
            for first, second in combinations(reached(side, self.definitions), 2)
            if {first, second} <= in_law
        }
        for first, second in sorted(pairs, key=lambda pair: (pair[0].name, pair[1].name)):
            shared = first.rhs.free_symbols & second.rhs.free_symbols
            shared &= set(context.noises) | context.noise_like(first.rhs)
            if shared:
                return (f"'{first.name}' and '{second.name}' both bring {', '.join(sorted(map(str, shared)))}: "
                        "equal in law each alone, substituted together they would share a noise")  # fmt: skip
        return None

    def _substitute(self, expr: sp.Expr) -> sp.Expr:
        """Each definition substituted in order, again while a body brings back a name defined earlier in the
        list (at most once more per definition: equals for equals, whatever the order they were stated in).
        A function's value is substituted before the values of its arguments, which would change its call."""
        ordered = sorted(self.definitions, key=lambda d: not isinstance(d.lhs, sp.core.function.AppliedUndef))
        for _ in range(len(ordered) + 1):
            before = expr
            for definition in ordered:
                expr = substitute(expr, definition.lhs, definition.rhs)
            if expr == before:
                break
        return expr

    def justify(self, relation, previous, expr, context) -> Outcome:
        failed = self._failed(relation, (previous, expr), context)
        if failed:
            return Unjustified(failed)
        conditions = tuple(f"'{d.name}' is declared" for d in self.definitions)
        before, after = self._substitute(previous), self._substitute(expr)
        if relation is Relation.EQ_LAW:
            outcome = GaussianSum().justify(relation, before, after, context)
            if isinstance(outcome, Justified):
                return Justified(f"{self.name}, then {outcome.method}", self.name, conditions + outcome.conditions,
                                 uses=self.definitions + outcome.uses)  # fmt: skip
        outcome = _rewrite_both(self.name, conditions, self._substitute, relation, previous, expr, context)
        return _using(outcome, self.definitions)

    def sound_rewrite(self, context):
        if any(d not in context.definitions or d.relation is not Relation.EQ for d in self.definitions):
            return None
        return self._substitute

    def missing(self, context):
        undeclared = [d.name for d in self.definitions if d not in context.definitions]
        return f"the step cites {', '.join(undeclared)}, not declared among the assumptions" if undeclared else None


def by(*definitions: Definition) -> ByDefinition:
    """Substitute stated definitions (or hypotheses) ``lhs := rhs``."""
    return ByDefinition(tuple(definitions))


@dataclass(frozen=True)
class _ByClaimOf(Justification):
    """Substitute ``lhs -> rhs`` where a proved claim gives it; subclasses say where the claim comes from."""

    def claim(self, context: Context):
        """The claim that gives ``lhs = rhs`` here, or why there is none."""
        raise NotImplementedError

    def condition(self) -> str:
        raise NotImplementedError

    def justify(self, relation, previous, expr, context) -> Outcome:
        claim = self.claim(context)
        if isinstance(claim, str):
            return Unjustified(claim)
        outcome = _rewrite_both(self.name, (self.condition(),), self._rewrite, relation, previous, expr, context)
        if isinstance(outcome, Justified):
            return Justified(outcome.method, outcome.rule, outcome.conditions, claim.axioms, claim.uses)
        return outcome

    def _rewrite(self, expr: sp.Expr) -> sp.Expr:
        return substitute(expr, self.lhs, self.rhs)

    def sound_rewrite(self, context):
        return None if isinstance(self.claim(context), str) else self._rewrite

    def missing(self, context):
        claim = self.claim(context)
        return f"the step cites {self.name}, which cannot be used: {claim}" if isinstance(claim, str) else None


@dataclass(frozen=True)
class ByClaim(_ByClaimOf):
    """Substitute ``lhs -> rhs``, a claim proved by an earlier derivation of the same identity."""

    label: str
    lhs: sp.Expr
    rhs: sp.Expr

    @property
    def name(self) -> str:
        return self.label

    def claim(self, context):
        found = context.proved_claim(self.lhs, self.rhs)
        if found is None:
            return f"'{self.label}' is not (solved for a term of) a claim proved earlier in this identity"
        return found

    def condition(self) -> str:
        return f"'{self.label}' was proved above"


def by_claim(label: str, lhs: sp.Expr, rhs: sp.Expr) -> ByClaim:
    """Substitute ``lhs -> rhs`` from a claim proved earlier in the same identity."""
    return ByClaim(label, lhs, rhs)


@dataclass(frozen=True)
class ByLemma(_ByClaimOf):
    """Substitute ``lhs -> rhs``, proved by the catalogue's identity ``identity`` (whose assumptions hold here)."""

    identity: str
    lhs: sp.Expr
    rhs: sp.Expr

    @property
    def name(self) -> str:
        return self.identity

    def claim(self, context):
        return context.lemma(self.identity, self.lhs, self.rhs)

    def condition(self) -> str:
        return f"{self.identity} is verified and its assumptions hold here"


def lemma(identity: str, lhs: sp.Expr, rhs: sp.Expr) -> ByLemma:
    """Substitute ``lhs -> rhs``, a claim of the catalogue's identity ``identity``."""
    return ByLemma(identity, lhs, rhs)


@dataclass(frozen=True)
class ByAxiom(Justification):
    """Use a declared :class:`~derivations.kernel.assumptions.Axiom` (trusted, and reported as trusted)."""

    axiom: Axiom

    @property
    def name(self) -> str:
        return f"axiom '{self.axiom.name}'"

    def justify(self, relation, previous, expr, context) -> Outcome:
        if self.axiom not in context.axioms:
            return Unjustified(f"the axiom '{self.axiom.name}' is not declared among the identity's assumptions")
        axioms = (self.axiom.name,)
        if self.axiom.relation is Relation.EQ:
            outcome = _rewrite_both(self.name, (), self._rewrite, relation, previous, expr, context)
            return (
                Justified(outcome.method, outcome.rule, (), axioms, (self.axiom,))
                if isinstance(outcome, Justified)
                else outcome
            )
        if not self.axiom.relation.implies(relation):
            return Unjustified(f"the axiom says {self.axiom.relation.value}; the step claims {relation.value}")
        left = algebra(Relation.EQ, previous, self.axiom.lhs, context)
        right = algebra(Relation.EQ, expr, self.axiom.rhs, context)
        if left is None or right is None:
            return Unjustified(
                f"the step is not the axiom '{self.axiom.name}' (its sides are not shown equal to the axiom's)"
            )
        return Justified(f"the axiom, sides by {left.method} and {right.method}", self.name, (), axioms, (self.axiom,))

    def _rewrite(self, expr: sp.Expr) -> sp.Expr:
        return substitute(expr, self.axiom.lhs, self.axiom.rhs)

    def missing(self, context):
        return None if self.axiom in context.axioms else f"the step cites the axiom '{self.axiom.name}', not declared"


def axiom(declared: Axiom) -> ByAxiom:
    return ByAxiom(declared)


# ---------------------------------------------------------------- measures


def normalized(measure: sp.Expr, variables: Iterable[sp.Symbol], context: Context) -> str | None:
    """Why ``measure`` is not a probability density over exactly ``variables``, or None when it is.

    A density ``q(A | B)`` is one over A; ``N(x; m, v)`` over x when m and v are free of x and v > 0;
    a product of such factors over the union of their variables when the factors can be ordered so
    that each conditions only on variables of earlier factors (the chain rule).
    """
    variables = set(variables)
    factors = list(sp.Mul.make_args(measure))
    pieces = []
    for factor in factors:
        if isinstance(factor, Density):
            pieces.append((set(factor.variables), set().union(*(a.free_symbols for a in factor.given))))
        elif isinstance(factor, Normal) and isinstance(factor.point, sp.Symbol):
            parents = factor.mean.free_symbols | factor.var.free_symbols
            if factor.point in parents:
                return f"{sp.sstr(factor)} is not a density of {factor.point}"
            if positive_form(factor.var, context.domains).is_positive is not True:
                return f"the variance of {sp.sstr(factor)} is not shown positive"
            pieces.append(({factor.point}, parents))
        else:
            return f"{sp.sstr(factor)} is not a density"
    covered = set().union(*(own for own, _ in pieces)) if pieces else set()
    if sum(len(own) for own, _ in pieces) != len(covered):
        return f"two factors of {sp.sstr(measure)} are densities of the same variable"
    if covered != variables:
        return (f"{sp.sstr(measure)} is a density over {', '.join(sorted(map(str, covered))) or 'nothing'}, "
                f"not over exactly {', '.join(sorted(map(str, variables)))}")  # fmt: skip
    done: set[sp.Symbol] = set()
    remaining = list(pieces)
    while remaining:
        ready = [p for p in remaining if not ((p[1] & variables) - done)]
        if not ready:
            return f"the factors of {sp.sstr(measure)} condition on each other in a cycle"
        for piece in ready:
            done |= piece[0]
            remaining.remove(piece)
    return None


def _sign(coefficient: sp.Expr, context: Context) -> int:
    """+1 or -1 when the sign is shown under the domains (as written, or over one fraction), else 0."""
    for form in (positive_form(coefficient, context.domains), sp.cancel(positive_form(coefficient, context.domains))):
        if form.is_positive:
            return 1
        if form.is_negative:
            return -1
    return 0


def _nonnegative(expr: sp.Expr, context: Context) -> bool:
    """``expr >= 0`` as SymPy sees it under the domains (squares, norms, positive factors), as written or
    over one fraction."""
    form = positive_form(expr, context.domains)
    return form.is_nonnegative is True or sp.cancel(form).is_nonnegative is True


def _direction(relation: Relation) -> int | None:
    """The coefficient sign whose terms a bound may replace: +1 for >=, -1 for <=."""
    return {Relation.GE: 1, Relation.LE: -1}.get(relation)


@dataclass(frozen=True)
class SignOfDifference(Justification):
    """a > b (a >= b) between closed forms: a - b, the definitions written out, is positive (nonnegative) as
    SymPy's assumptions see it under the domains (each symbol of a bounded domain written through a positive
    one), as written, over one fraction or factored."""

    @property
    def name(self) -> str:
        return "the sign of the difference"

    def justify(self, relation, previous, expr, context) -> Outcome:
        strict = {Relation.GT: True, Relation.GE: False, Relation.LT: True, Relation.LE: False}.get(relation)
        if strict is None:
            return Unjustified(f"{self.name}: the step claims {relation.value}, not an order")
        if not (is_closed_form(previous) and is_closed_form(expr)):
            return Unjustified(f"{self.name}: the sides are not closed forms")
        greater, lesser = (previous, expr) if relation in (Relation.GT, Relation.GE) else (expr, previous)
        definitions = reached(greater - lesser, [d for d in context.definitions if d.relation is Relation.EQ])
        difference = written_out(greater - lesser, definitions)
        form = positive_form(substitute_equations(difference, context.equations), context.domains)
        for shown in (form, sp.cancel(form), sp.factor(form)):
            if (shown.is_positive if strict else shown.is_nonnegative) is True:
                sign = "positive" if strict else "nonnegative"
                conditions = (f"{sp.sstr(difference)} is {sign} on the domains",)
                return Justified(f"{self.name} ({sign})", self.name, conditions, uses=definitions)
        return Unjustified(f"{self.name}: {sp.sstr(difference)} is not shown {'positive' if strict else 'nonnegative'}")


def reached(expr: sp.Expr, definitions: Sequence[Definition]) -> tuple[Definition, ...]:
    """The definitions ``expr`` reaches: those of names it writes, and of names their bodies write."""
    found: list[Definition] = []
    frontier = [expr]
    while frontier:
        current = frontier.pop()
        for definition in definitions:
            if definition not in found and current.has(definition.lhs):
                found.append(definition)
                frontier.append(definition.rhs)
    return tuple(d for d in definitions if d in found)


def written_out(expr: sp.Expr, definitions: Sequence[Definition]) -> sp.Expr:
    """``expr`` with ``definitions`` substituted until none is left."""
    return ByDefinition(tuple(definitions))._substitute(expr)


SIGN_OF_DIFFERENCE = SignOfDifference()


@dataclass(frozen=True)
class GapIsKL(Justification):
    """a >= b where a - b = KL(q || p) >= 0: the evidence and the ELBO, log p(x) >= E_q[log p(x, z) / q(z | x)].

    The sides are written out by the definitions they reach (``log p(x) >= L``, L the ELBO).  The KL tried is
    between the measure q(z | g) of an expectation the step writes and the posterior p(z | g)
    of another law p the step writes over z, or its expectation under a marginal q(y) the step writes
    (:func:`_gaps`); a - b = gap is proved by the algebra, and q, p and q(y) must be probability densities
    over their variables (Gibbs' inequality, and an expectation of a nonnegative function)."""

    @property
    def name(self) -> str:
        return "the gap is a KL divergence, nonnegative"

    def justify(self, relation, previous, expr, context) -> Outcome:
        if relation not in (Relation.GE, Relation.LE):
            return Unjustified(f"{self.name}: the step claims {relation.value}, not >= or <=")
        greater, lesser = (previous, expr) if relation is Relation.GE else (expr, previous)
        definitions = reached(greater - lesser, [d for d in context.definitions if d.relation is Relation.EQ])
        greater, lesser = written_out(greater, definitions), written_out(lesser, definitions)  # log p(x) >= ELBO
        reasons = [f"{self.name}: no expectation under a density beside another law's density of its variables"]
        for gap in _gaps(greater, lesser):
            failed = _not_normalized(gap, context)
            if failed:
                reasons.append(f"{self.name}: {failed}")
                continue
            proof = algebra(Relation.EQ, greater, lesser + gap, context)
            if proof is not None:
                kl = gap.expr if isinstance(gap, Expectation) else gap
                conditions = (f"{sp.sstr(greater)} - ({sp.sstr(lesser)}) = {sp.sstr(gap)} ({proof.method})",
                              f"{sp.sstr(kl.q)} and {sp.sstr(kl.p)} are probability densities over "
                              f"{', '.join(map(str, kl.variables))}")  # fmt: skip
                if isinstance(gap, Expectation):
                    conditions += (f"{sp.sstr(gap.measure)} is a probability density over "
                                   f"{', '.join(map(str, gap.variables))}",)  # fmt: skip
                return Justified(f"{self.name}: the difference is {sp.sstr(gap)}", self.name, conditions,
                                 uses=definitions)  # fmt: skip
            reasons.append(f"{self.name}: the difference is not shown to be {sp.sstr(gap)}")
        return Unjustified(reasons[-1])


def _not_normalized(gap: sp.Expr, context: Context) -> str | None:
    """Why a gap is not shown nonnegative: a KL's laws, or the measure of an expectation of a KL, are not
    probability densities over its variables."""
    if isinstance(gap, Expectation):
        return normalized(gap.measure, gap.variables, context) or _not_normalized(gap.expr, context)
    return normalized(gap.q, gap.variables, context) or normalized(gap.p, gap.variables, context)


def _gaps(*sides: sp.Expr) -> list[sp.Expr]:
    """The nonnegative differences worth trying: KL(q(z | g) || p(z | h)) for each expectation under a single
    density q(z | g) and each other law p with a density of some z in the step, h being g or what p's densities
    there write besides z (E_{q(z)} in an ELBO of x compares q(z) with p(z | x)); and E_{q(y)}[KL(q(z | y) ||
    p(z | y))] when another expectation of the step is under q's marginal q(y) of some of the variables (the
    ELBO of a data set, Weng's VLB under E_{q(x_0)})."""
    densities = sorted(set().union(*(side.atoms(Density) for side in sides)), key=str)
    expectations = [e for side in sides for e in side.atoms(Expectation) if isinstance(e.measure, Density)]
    found: list[sp.Expr] = []
    for expectation in expectations:
        measure, variables = expectation.measure, tuple(expectation.variables)
        if set(measure.variables) != set(variables):
            continue
        laws: dict[str, list[Density]] = {}
        for density in densities:
            if density.name != measure.name and set(density.variables) & set(variables):
                laws.setdefault(density.name, []).append(density)
        outer = [e.measure for e in expectations if e.measure.name == measure.name and e.measure.given ==
                 measure.given and set(e.measure.variables) < set(variables)]  # fmt: skip
        for written in laws.values():
            others = tuple(dict.fromkeys(a for d in written for a in d.arguments if a not in variables))
            gaps = [
                KL(measure, written[0].of(measure.variables, given), variables) for given in (measure.given, others)
            ]
            for marginal in outer:
                inner = tuple(v for v in variables if v not in marginal.variables)
                given = marginal.variables + marginal.given
                kl = KL(measure.of(inner, given), written[0].of(inner, given), inner)
                gaps.append(Expectation(kl, marginal, marginal.variables))
            found += [gap for gap in gaps if gap not in found]
    return found


GAP_IS_KL = GapIsKL()


@dataclass(frozen=True)
class _Bound(Justification):
    """A bound applied to additive terms: ``c t rel c b(t)`` when the sign of c points the right way."""

    def target(self, term: sp.Expr) -> bool:
        raise NotImplementedError

    def bounded(self, term: sp.Expr, context: Context) -> tuple[sp.Expr, tuple[str, ...]] | str:
        """The bound of one target term with the conditions checked, or the failed condition."""
        raise NotImplementedError

    def justify(self, relation, previous, expr, context) -> Outcome:
        """The bound applied to the terms of ``previous``; else to those of ``expr``, the step read the other way
        round (``a <= a + KL`` is ``a + KL >= a``)."""
        outcome = self._bound_terms(relation, previous, expr, context)
        if isinstance(outcome, Justified) or _direction(relation) is None:
            return outcome
        flipped = self._bound_terms(relation.reversed, expr, previous, context)
        return flipped if isinstance(flipped, Justified) else outcome

    def _bound_terms(self, relation, previous, expr, context) -> Outcome:
        direction = _direction(relation)
        if direction is None:
            return Unjustified(f"{self.name} gives <= or >=; the step claims {relation.value}")
        terms = sp.Add.make_args(previous)
        candidates = []
        for index, term in enumerate(terms):
            factors = sp.Mul.make_args(term)
            cores = [f for f in factors if self.target(f)]
            if len(cores) != 1:
                continue
            (core,) = cores
            coefficient = sp.Mul(*(f for f in factors if f is not core))
            sign = _sign(coefficient, context)
            if sign != direction:
                why = "not shown" if sign == 0 else ("positive" if sign > 0 else "negative")
                candidates.append((index, f"the sign of the coefficient {sp.sstr(coefficient)} is {why}"))
                continue
            result = self.bounded(core, context)
            candidates.append((index, result if isinstance(result, str) else (coefficient * result[0], result[1])))
        usable = [(i, r) for i, r in candidates if not isinstance(r, str)]
        if not usable:
            failed = [r for _, r in candidates if isinstance(r, str)]
            return Unjustified(f"{self.name}: " + (failed[0] if failed else "no term it applies to"))
        subsets = [usable] + ([[u] for u in usable] if len(usable) > 1 else [])
        for subset in subsets:
            replaced = dict(subset)
            bound = sp.Add(*(replaced[i][0] if i in replaced else t for i, t in enumerate(terms)))
            proof = algebra(Relation.EQ, bound, expr, context)
            if proof is not None:
                conditions = tuple(dict.fromkeys(chain.from_iterable(r[1] for r in replaced.values())))
                return Justified(f"{self.name}, then {proof.method}", self.name, conditions)
        return _unproved(self.name)


@dataclass(frozen=True)
class Jensen(_Bound):
    """log E_q[g] >= E_q[log g] (log is concave): q a probability density over exactly the expectation's
    variables, g > 0; a term c log E[g] is replaced where c > 0 for >=, c < 0 for <=."""

    @property
    def name(self) -> str:
        return "Jensen's inequality (log is concave)"

    def target(self, term):
        return isinstance(term, sp.log) and isinstance(term.args[0], Expectation)

    def bounded(self, term, context):
        expectation = term.args[0]
        failed = normalized(expectation.measure, expectation.variables, context)
        if failed:
            return failed
        if positive_form(expectation.expr, context.domains).is_positive is not True:
            return f"the integrand {sp.sstr(expectation.expr)} is not shown positive"
        inner = Expectation(sp.log(expectation.expr), expectation.measure, expectation.variables)
        measure = sp.sstr(expectation.measure)
        return inner, (f"{measure} is a probability density over the expectation's variables",
                       f"{sp.sstr(expectation.expr)} > 0", "log is concave")  # fmt: skip


@dataclass(frozen=True)
class Gibbs(_Bound):
    """KL(q || p) >= 0: q and p probability densities over exactly the KL's variables; a term c KL is
    dropped where c > 0 for >=, c < 0 for <=."""

    @property
    def name(self) -> str:
        return "KL divergence is nonnegative"

    def target(self, term):
        return isinstance(term, KL)

    def bounded(self, term, context):
        for density in (term.q, term.p):
            failed = normalized(density, term.variables, context)
            if failed:
                return failed
        return sp.Integer(0), (f"{sp.sstr(term.q)} and {sp.sstr(term.p)} are probability densities over "
                               f"{', '.join(map(str, term.variables))}",)  # fmt: skip


@dataclass(frozen=True)
class NonnegativeExpectation(_Bound):
    """E_q[g] >= 0 for a probability density q and g >= 0; a term c E[g] is dropped where c > 0 for >=."""

    @property
    def name(self) -> str:
        return "the expectation of a nonnegative function is nonnegative"

    def target(self, term):
        return isinstance(term, Expectation)

    def bounded(self, term, context):
        failed = normalized(term.measure, term.variables, context)
        if failed:
            return failed
        if not _nonnegative(term.expr, context):
            return f"{sp.sstr(term.expr)} is not shown nonnegative"
        return sp.Integer(0), (f"{sp.sstr(term.measure)} is a probability density", f"{sp.sstr(term.expr)} >= 0")


# ------------------------------------------------------------------ in law


def gaussian_law(expr: sp.Expr, noises: Iterable[sp.Symbol]) -> tuple[sp.Expr, sp.Expr] | None:
    """(mean, variance) of ``a + sum_i b_i eps_i`` for independent standard normal ``noises``.

    The other symbols are held fixed (the noises are independent of them), so
    this is the law conditional on them.  None when ``expr`` is not affine in the noises.
    """
    expanded = sp.expand(expr)
    present = sorted(set(noises) & expanded.free_symbols, key=str)
    mean = expanded.subs({n: 0 for n in present})
    variance = sp.Integer(0)
    for noise in present:
        coefficient = sp.diff(expanded, noise)
        if coefficient.free_symbols & set(present):
            return None
        variance += coefficient**2
    return mean, variance


@dataclass(frozen=True)
class GaussianSum(Justification):
    """Affine forms of independent standard normal noises are equal in law when means and variances agree."""

    @property
    def name(self) -> str:
        return "sum of independent Gaussians"

    def justify(self, relation, previous, expr, context) -> Outcome:
        if relation is not Relation.EQ_LAW:
            return Unjustified(f"{self.name} gives equality in law; the step claims {relation.value}")
        used = context.noise_like(previous) | context.noise_like(expr)
        undeclared = used - context.noises
        if undeclared:
            return Unjustified(f"{', '.join(sorted(map(str, undeclared)))}: not declared as independent standard "
                               "normal noises (a Fact in words is not read)")  # fmt: skip
        if defined := _given_values(used, context):
            return Unjustified(f"{', '.join(sorted(map(str, defined)))}: given a value by the assumptions, so not "
                               "known to be independent standard normals")  # fmt: skip
        made = (previous.free_symbols | expr.free_symbols) & (
            _defined_from(set(context.noises), context) - used - context.noises
        )
        if made:
            return Unjustified(f"{', '.join(sorted(map(str, made)))}: made from the noises by the assumptions, so "
                               "not a constant of their laws")  # fmt: skip
        laws = gaussian_law(previous, context.noises), gaussian_law(expr, context.noises)
        if None in laws:
            return Unjustified("a side is not affine in the declared noises")
        (mean_a, var_a), (mean_b, var_b) = laws
        means = algebra(Relation.EQ, mean_a, mean_b, context)
        variances = algebra(Relation.EQ, var_a, var_b, context)
        if means is None or variances is None:
            return Unjustified(f"{self.name}: means or variances not shown equal")
        names = ", ".join(sorted(map(str, used & context.noises)))
        return Justified(f"equal Gaussian laws (mean by {means.method}, variance by {variances.method})",
                         self.name, (f"{names} are declared independent standard normals",),
                         uses=context.declaring_noises(used))  # fmt: skip


def _given_values(noises: set[sp.Symbol], context: Context) -> set[sp.Symbol]:
    """The ``noises`` the context's equations or definitions give a value (``e2 := e1``, ``eps := (x_t - ...) /
    ...``): whether such a noise is still independent of the others, and standard normal, is not checked."""
    given = set(context.equations) | {d.lhs for d in context.definitions if d.relation is Relation.EQ}
    return noises & given


def _defined_from(noises: set[sp.Symbol], context: Context) -> set[sp.Symbol]:
    """The noises and every name the context's definitions (``:=``) make from them, through other definitions (w :=
    y, y := e1): functions of the noises, not constants of their laws."""
    definitions = [d for d in context.definitions if d.relation is Relation.EQ and isinstance(d.lhs, sp.Symbol)]
    made = set(noises)
    while grown := {d.lhs for d in definitions if d.lhs not in made and d.rhs.free_symbols & made}:
        made |= grown
    return made


def _related(context: Context) -> list[tuple[sp.Expr, sp.Expr]]:
    """Both sides of each of the context's equations, definitions and claims, each way round."""
    relations = [(lhs, rhs) for lhs, rhs in context.equations.items()]
    relations += [(d.lhs, d.rhs) for d in context.definitions]
    relations += [(c.lhs, c.rhs) for c in context.claims]
    return [(a, b) for lhs, rhs in relations for a, b in ((lhs, rhs), (rhs, lhs))]


def _made_from(noises: set[sp.Symbol], context: Context) -> set[sp.Symbol]:
    """The noises and every name the context's relations make from them, through each relation with a lone name
    on one side (eta := eps, then y := 2 eta)."""
    sides = _related(context)
    made = set(noises)
    while grown := {a for a, b in sides if isinstance(a, sp.Symbol) and a not in made and b.free_symbols & made}:
        made |= grown
    return made


def _holds_made(expectation: Expectation, noises: set[sp.Symbol], context: Context) -> bool:
    """Whether the expectation holds fixed a name the context makes from the ``noises`` it integrates: E_eps[eps
    eta] with eta := eps is E[eps^2], not eta E[eps]."""
    held = expectation.expr.free_symbols - set(expectation.variables)
    return bool(held & (_made_from(noises, context) - noises))


@dataclass(frozen=True)
class NoiseExpectation(Justification):
    """E[g] over declared independent standard normal noises, under a law of exactly them with no condition:
    their declared law is N(0, 1) in each, so the expectation is a Gaussian integral (E[eps^2] = 1)."""

    @property
    def name(self) -> str:
        return "the law of declared noises"

    @staticmethod
    def _laws(expr: sp.Expr, context: Context) -> dict[Expectation, Expectation]:
        """Each expectation of ``expr`` over declared noises alone, under their declared law."""
        found = {}
        for expectation in expr.atoms(Expectation):
            measure, variables = expectation.measure, expectation.variables
            if (
                isinstance(measure, Density)
                and not measure.given
                and not measure.parameters
                and set(measure.variables) == set(variables)
                and set(variables) <= set(context.noises)
                and not _holds_made(expectation, set(variables), context)
            ):
                law = sp.Mul(*(Normal(v, 0, 1) for v in variables))
                found[expectation] = Expectation(expectation.expr, law, variables)
        return found

    def _rewrite(self, context: Context) -> Callable[[sp.Expr], sp.Expr]:
        return lambda expr: expr.xreplace(self._laws(expr, context))

    def justify(self, relation, previous, expr, context) -> Outcome:
        laws = self._laws(previous, context) | self._laws(expr, context)
        if not laws:
            return Unjustified(f"{self.name}: no expectation over declared noises alone, under a law of them only")
        noises = {v for expectation in laws for v in expectation.variables}
        names = ", ".join(sorted(map(str, noises)))
        conditions = (f"{names} {'is' if len(noises) == 1 else 'are'} declared independent standard normal",)
        outcome = _rewrite_both(self.name, conditions, self._rewrite(context), relation, previous, expr, context)
        return _using(outcome, context.declaring_noises(noises))

    def sound_rewrite(self, context):
        return self._rewrite(context)


@dataclass(frozen=True)
class NoisesApart(Justification):
    """E_{p(v, e)}[g] = E_{p(v)}[E_{N(e; 0, 1)}[g]] where the e are declared noises, the v other variables, p a law
    of exactly them with no condition, and an :class:`~derivations.kernel.assumptions.Independence` the user states
    makes the vector e independent of the vector v: the joint law is then v's marginal times the noises' standard
    normal law (Fubini).  The condition is a statement, never an absence: without one, nothing factors.  Where the
    context's relations make a v from the noises or a noise from the v (x_0 := 2 eps), or a name held fixed in g
    from the noises, the statement contradicts them and nothing factors either.  It offers no rewrite to refute
    with: a counterexample would stand on the very independence whose reading is in question."""

    @property
    def name(self) -> str:
        return "noises stated independent of the other variables"

    @staticmethod
    def _apart(expr: sp.Expr, context: Context) -> dict[Expectation, Expectation]:
        """Each expectation of ``expr`` over declared noises and other variables stated independent of them, as the
        iterated expectation."""
        declared = set(context.noises)
        stated = [a for a in context.assumptions if isinstance(a, Independence)]
        found = {}
        for expectation in expr.atoms(Expectation):
            measure, variables = expectation.measure, expectation.variables
            if not (
                isinstance(measure, Density)
                and not measure.given
                and not measure.parameters
                and len(set(variables)) == len(variables)
                and set(measure.variables) == set(variables)
            ):
                continue
            noises = tuple(v for v in variables if v in declared)
            others = tuple(v for v in variables if v not in declared)
            if not noises or not others or not any(s.apart(set(noises), set(others)) for s in stated):
                continue
            if set(others) & _made_from(set(noises), context) or set(noises) & _made_from(set(others), context):
                continue
            if _holds_made(expectation, set(noises), context) or _holds_made(expectation, set(others), context):
                continue
            inner = Expectation(expectation.expr, sp.Mul(*(Normal(e, 0, 1) for e in noises)), noises)
            found[expectation] = Expectation(inner, measure.of(others), others)
        return found

    def _rewrite(self, context: Context) -> Callable[[sp.Expr], sp.Expr]:
        """Each such expectation taken apart, then every expectation over the noises alone under their law."""
        alone = NoiseExpectation().sound_rewrite(context)
        return lambda expr: alone(expr.xreplace(self._apart(expr, context)))

    def justify(self, relation, previous, expr, context) -> Outcome:
        apart = self._apart(previous, context) | self._apart(expr, context)
        if not apart:
            return Unjustified(f"{self.name}: no expectation over declared noises beside other variables stated "
                               "independent of them, under one law of exactly them with no condition")  # fmt: skip
        noises = {v for expectation in apart for v in expectation.variables if v in set(context.noises)}
        others = {v for expectation in apart for v in expectation.variables} - noises
        names, over = ", ".join(sorted(map(str, noises))), ", ".join(sorted(map(str, others)))
        conditions = (
            f"{names} {'is' if len(noises) == 1 else 'are'} declared independent standard normal, and stated "
            f"independent of {over}, which no relation makes from {'it' if len(noises) == 1 else 'them'}",
        )
        outcome = _rewrite_both(self.name, conditions, self._rewrite(context), relation, previous, expr, context)
        stated = tuple(a for a in context.assumptions if isinstance(a, Independence) and a.apart(noises, others))
        return _using(outcome, context.declaring_noises(noises) + stated[:1])


# ------------------------------------------------------------------ Markov


@dataclass(frozen=True)
class Markov(Justification):
    """q(A | B) = q(A | B') for the densities cited, by a Markov chain declared among the assumptions."""

    chain: MarkovChain
    densities: tuple[Density, ...]

    @property
    def name(self) -> str:
        return "Markov property"

    def rewritten(self, density: Density) -> sp.Expr:
        """What the chain makes of ``density``."""
        return self.chain.reduce(density)

    def _reductions(self, context: Context) -> dict[Density, sp.Expr] | str:
        if self.chain not in context.chains:
            return f"no Markov chain {sp.sstr(self.chain.order)} under {self.chain.name} is declared"
        reduced = {density: self.rewritten(density) for density in self.densities}
        for density, result in reduced.items():
            if result == density:
                return f"the chain does not reduce {sp.sstr(density)}"
        return reduced

    def _conditions(self) -> tuple[str, ...]:
        return (f"{self.chain.name} is declared a Markov chain over {', '.join(map(str, self.chain.order))}",)

    def justify(self, relation, previous, expr, context) -> Outcome:
        reduced = self._reductions(context)
        if isinstance(reduced, str):
            return Unjustified(reduced)
        outcome = _rewrite_both(
            self.name, self._conditions(), lambda e: e.xreplace(reduced), relation, previous, expr, context
        )
        return _using(outcome, (self.chain,))

    def sound_rewrite(self, context):
        reduced = self._reductions(context)
        return None if isinstance(reduced, str) else (lambda e: e.xreplace(reduced))

    def missing(self, context):
        if self.chain not in context.chains:
            return f"the step cites a Markov chain under {self.chain.name} that is not declared"
        return None


@dataclass(frozen=True)
class MarkovPosterior(Markov):
    """q(x_k | x_i, x_j) = q(x_j | x_k) q(x_k | x_i) / q(x_j | x_i) for i < k < j on a declared Markov chain
    (Bayes' rule, then the Markov property), for the densities cited."""

    @property
    def name(self) -> str:
        return "posterior along the Markov chain"

    def rewritten(self, density: Density) -> sp.Expr:
        return self.chain.bridge(density)


@dataclass(frozen=True)
class MarkovThenDefinitions(Markov):
    """The Markov property for the densities cited, then the stated ``definitions`` substituted: a density the
    chain reduces to is often one the note defines (q(x_t | x_{t-1}, x_0) -> q(x_t | x_{t-1}) = N(...))."""

    definitions: tuple[Definition, ...]

    @property
    def name(self) -> str:
        return f"Markov property, then {ByDefinition(self.definitions).name}"

    def _rewrite(self, context: Context) -> Callable[[sp.Expr], sp.Expr] | str:
        reduced = self._reductions(context)
        if isinstance(reduced, str):
            return reduced
        if ByDefinition(self.definitions).sound_rewrite(context) is None:
            return "a definition cited is not declared, or holds in law only"
        return lambda e: written_out(e.xreplace(reduced), self.definitions)

    def justify(self, relation, previous, expr, context) -> Outcome:
        rewrite = self._rewrite(context)
        if isinstance(rewrite, str):
            return Unjustified(rewrite)
        conditions = self._conditions() + tuple(f"'{d.name}' is declared" for d in self.definitions)
        outcome = _rewrite_both(self.name, conditions, rewrite, relation, previous, expr, context)
        return _using(outcome, (self.chain, *self.definitions))

    def sound_rewrite(self, context):
        rewrite = self._rewrite(context)
        return None if isinstance(rewrite, str) else rewrite


def markov(chain: MarkovChain, *densities: Density) -> Markov:
    """Markov property: replace each cited density by its reduction under ``chain``."""
    return Markov(chain, tuple(densities))


def markov_then(chain: MarkovChain, densities: Sequence[Density], definitions: Sequence[Definition]) -> Markov:
    """Markov property for ``densities``, then ``definitions`` substituted."""
    return MarkovThenDefinitions(chain, tuple(densities), tuple(definitions))


def markov_posterior(chain: MarkovChain, *densities: Density) -> MarkovPosterior:
    """Each cited density of a variable between two others on ``chain``, written forward by Bayes' rule."""
    return MarkovPosterior(chain, tuple(densities))


# ---------------------------------------------------------------- calculus


def _moved_inside(derivative: sp.Derivative) -> sp.Expr:
    inner = derivative.expr
    if isinstance(inner, Expectation):
        return Expectation(sp.diff(inner.expr, *derivative.variable_count), inner.measure, inner.variables)
    return sp.Integral(sp.diff(inner.function, *derivative.variable_count), *inner.limits)


@dataclass(frozen=True)
class Leibniz(Justification):
    """d/dθ E_q[h] = E_q[dh/dθ] when q does not depend on θ; d/dθ ∫ f = ∫ df/dθ (regularity assumed)."""

    @property
    def name(self) -> str:
        return "differentiation under the integral sign"

    @staticmethod
    def _targets(expr: sp.Expr) -> list[sp.Derivative]:
        return [e for e in sp.preorder_traversal(expr)
                if isinstance(e, sp.Derivative) and isinstance(e.expr, (Expectation, sp.Integral))]  # fmt: skip

    @staticmethod
    def _failed(
        derivative: sp.Derivative, random: set[sp.Symbol], definitions: Sequence[Definition] = ()
    ) -> str | None:
        """Why ``derivative`` may not move inside: the variable is bound by the operator or reaches a limit (a
        boundary term), or the measure depends on it (through a definition too) or on an undeclared density.  An
        integrand that depends on it through a definition has the definition written out first (:meth:`_written`)."""
        inner = derivative.expr
        measure = inner.measure if isinstance(inner, Expectation) else sp.Integer(1)
        bound = inner.variables if isinstance(inner, Expectation) else tuple(limit[0] for limit in inner.limits)
        limits = () if isinstance(inner, Expectation) else tuple(b for limit in inner.limits for b in limit[1:])
        body = inner.expr if isinstance(inner, Expectation) else inner.function
        for variable in derivative.variables:
            if variable in bound:
                return f"{variable} is the variable of {sp.sstr(inner)} itself, which does not depend on it"
            moving = [b for b in limits if variable in written_out(b, definitions).free_symbols]
            if moving:
                return f"the limit {sp.sstr(moving[0])} depends on {variable} (a boundary term)"
            if variable in written_out(measure, definitions).free_symbols:
                return f"the measure {sp.sstr(measure)} depends on {variable}"
            if variable not in random:
                hidden = [d for d in (measure * body).atoms(Density) if d.parameters is None]
                if hidden:
                    return (f"the density {sp.sstr(hidden[0])} may depend on {variable}: its parameters are "
                            "not declared (declare them with Parameters)")  # fmt: skip
        return None

    @staticmethod
    def _as_derivatives(expr: sp.Expr) -> sp.Expr:
        """Gradients of integrals as derivatives, through the chain rule for a log: grad log I = (dI) / I."""

        def operand(e: sp.Expr) -> bool:
            return e.has(sp.Integral, Expectation)

        def rewrite(e: Grad) -> sp.Expr:
            inner = e.expr
            if isinstance(inner, sp.log) and operand(inner.args[0]):
                return sp.Derivative(inner.args[0], e.var) / inner.args[0]
            return sp.Derivative(inner, e.var)

        return expr.replace(lambda e: isinstance(e, Grad) and operand(e.expr), rewrite)

    @staticmethod
    def _written(derivative: sp.Derivative, definitions: Sequence[Definition]) -> sp.Derivative:
        """``derivative`` with the definitions its integrand reaches that depend on a differentiation variable its
        defined name does not write (``m := θ^2``, which SymPy would hold fixed) written out: moved inside, the
        derivative then differentiates them.  A density written of the variable (``p(z | μ)``) is differentiated as
        written."""
        inner = derivative.expr
        body = inner.expr if isinstance(inner, Expectation) else inner.function
        variables = set(derivative.variables)
        through = tuple(
            d
            for d in reached(body, definitions)
            if variables & written_out(d.rhs, definitions).free_symbols and not variables & d.lhs.free_symbols
        )
        if not through:
            return derivative
        body = written_out(body, through)
        inner = Expectation(body, inner.measure, inner.variables) if isinstance(inner, Expectation) else (
            sp.Integral(body, *inner.limits))  # fmt: skip
        return sp.Derivative(inner, *derivative.variable_count)

    def _rewrite(self, expr: sp.Expr, random: set[sp.Symbol], definitions: Sequence[Definition] = ()) -> sp.Expr:
        expr = self._as_derivatives(expr)
        targets = {t for t in self._targets(expr) if self._failed(t, random, definitions) is None}
        return expr.xreplace({t: _moved_inside(self._written(t, definitions)) for t in targets})

    def justify(self, relation, previous, expr, context) -> Outcome:
        previous, expr = context.prepare(previous), context.prepare(expr)
        random = context.random_variables(previous, expr)
        targets = self._targets(self._as_derivatives(previous)) + self._targets(self._as_derivatives(expr))
        if not targets:
            return Unjustified(f"{self.name}: no derivative of an expectation or integral")
        for target in targets:
            failed = self._failed(target, random, context.definitions)
            if failed:
                return Unjustified(f"{self.name}: {failed}")
        conditions = (
            "each measure and limit is free of the differentiation variable, and the definitions the integrand reaches "
            "through it are written out before differentiating",
        )
        return _rewrite_both(
            self.name,
            conditions,
            lambda e: self._rewrite(e, random, context.definitions),
            relation,
            previous,
            expr,
            context,
        )


def leibniz(expr: sp.Expr) -> sp.Expr:
    """d/dθ of an expectation or integral moved inside, where the measure is visibly free of θ.

    For building expressions; a step that cites :data:`LEIBNIZ` is checked by :class:`Leibniz`.
    """
    random = random_variables(expr)
    return Leibniz()._rewrite(expr, random)


@dataclass(frozen=True)
class ChangeOfVariables(Justification):
    """The density of ``y = g(noise)``, noise ~ N(0, 1): ``p_y(y) = N(g^-1(y); 0, 1) |d g^-1 / dy|``."""

    density: Density
    definition: Definition
    noise: sp.Symbol

    @property
    def name(self) -> str:
        return "change of variables"

    def _pushed(self, context: Context) -> sp.Expr | str:
        if self.definition not in context.definitions:
            return f"the definition '{self.definition.name}' is not among the identity's assumptions"
        if self.noise not in context.noises:
            return f"{self.noise} is not declared a standard normal noise"
        if self.density.variables != (self.definition.lhs,):
            return f"{sp.sstr(self.density)} is not the density of {self.definition.lhs}"
        (point,) = self.density.variables
        outside = (self.definition.rhs.free_symbols - {self.noise}) - set(self.density.given)
        if outside & context.random_variables(self.definition.rhs):
            return f"{sp.sstr(self.definition.rhs)} depends on random variables the density is not conditioned on"
        try:
            solutions = sp.solve(sp.Eq(self.definition.rhs, point), self.noise, dict=True)
        except NotImplementedError:  # e + sin(e): SymPy has no algorithm, so no inverse is shown
            solutions = []
        if len(solutions) != 1:
            return f"{self.definition.lhs} = {self.definition.rhs} is not invertible in {self.noise}"
        inverse = solutions[0][self.noise]
        jacobian = sp.diff(inverse, point)
        if positive_form(jacobian, context.domains).is_nonzero is not True:
            return f"the Jacobian {sp.sstr(jacobian)} is not shown nonzero"
        return Normal(inverse, 0, 1) * sp.Abs(jacobian)

    def justify(self, relation, previous, expr, context) -> Outcome:
        pushed = self._pushed(context)
        if isinstance(pushed, str):
            return Unjustified(f"{self.name}: {pushed}")
        conditions = (f"'{self.definition.name}' is declared", f"{self.noise} ~ N(0, 1) is declared",
                      "the map is invertible with a nonzero Jacobian")  # fmt: skip
        outcome = _rewrite_both(self.name, conditions, lambda e: e.xreplace({self.density: pushed}), relation,
                                previous, expr, context)  # fmt: skip
        return _using(outcome, (self.definition, *context.declaring_noises({self.noise})))

    def sound_rewrite(self, context):
        pushed = self._pushed(context)
        return None if isinstance(pushed, str) else (lambda e: e.xreplace({self.density: pushed}))


def change_of_variables(density: Density, definition: Definition, noise: sp.Symbol) -> ChangeOfVariables:
    return ChangeOfVariables(density, definition, noise)


def existing_limit(limit: sp.Limit) -> sp.Expr:
    """The limit as SymPy evaluates it, or the limit unevaluated where it does not exist or SymPy gives up: lim sin T
    is the bounds AccumBounds(-1, 1) of its limit points (times lim 1/T = 0 it would vanish), lim e^{aT} with the
    sign of a unknown raises.  A limit left unevaluated proves nothing."""
    try:
        value = limit.doit()
    except (NotImplementedError, ValueError, PoleError):
        return limit
    return limit if value.has(sp.AccumBounds, sp.zoo, sp.nan) else value


@dataclass(frozen=True)
class Limit(Justification):
    """Each ``Limit`` evaluated by SymPy (trusted), where it returns a closed form."""

    @property
    def name(self) -> str:
        return "the limit, evaluated"

    @staticmethod
    def _evaluate(expr: sp.Expr) -> sp.Expr:
        """Each limit replaced by its value; nothing replaced unless every limit has one (lim sin T times lim 1/T
        = 0 would vanish into 0 once the second is replaced)."""
        if any(existing_limit(limit) == limit for limit in expr.atoms(sp.Limit)):
            return expr
        return expr.replace(lambda e: isinstance(e, sp.Limit), existing_limit)

    def justify(self, relation, previous, expr, context) -> Outcome:
        evaluated = self._evaluate(previous), self._evaluate(expr)
        if any(e.has(sp.Limit) or e.has(sp.zoo, sp.nan) for e in evaluated):
            return Unjustified(f"{self.name}: SymPy does not evaluate every limit to a finite closed form")
        proof = algebra(relation, *evaluated, context)
        if proof is None:
            return _unproved(self.name)
        return Justified(f"{self.name}, then {proof.method}", self.name, ("SymPy evaluates each limit",))

    def sound_rewrite(self, context):
        return self._evaluate


# ------------------------------------------------------- Gaussian closed forms


_A, _B = sp.Symbol("a_mean", real=True), sp.Symbol("b_mean", real=True)
_U, _V = sp.Symbol("u_var", positive=True), sp.Symbol("v_var", positive=True)
_X = sp.Symbol("x_point", real=True)


@cache
def _generic_gaussian_kl() -> sp.Expr:
    """KL(N(a, u) || N(b, v)) for fresh a, b real and u, v > 0, by the kernel's own algebra."""
    from derivations.kernel.algebra import canonical

    return sp.simplify(canonical(KL(Normal(_X, _A, _U), Normal(_X, _B, _V), (_X,))))


@dataclass(frozen=True)
class GaussianKL(Justification):
    """KL(N(x; a, u) || N(x; b, v)) = (log(v/u) + (u + (a - b)^2)/v - 1)/2, for u, v > 0.

    The closed form is computed once by the kernel's algebra with fresh symbols
    (a, b real; u, v > 0) and instantiated where the variances are shown positive
    and the means and variances are free of x.
    """

    label: str = "KL between univariate Gaussians"

    @property
    def name(self) -> str:
        return self.label

    @staticmethod
    def _of_two_gaussians(kl: sp.Expr) -> bool:
        """Both laws univariate Gaussians over the one variable the KL integrates, their means and variances
        free of it."""
        if not (isinstance(kl, KL) and isinstance(kl.q, Normal) and isinstance(kl.p, Normal)):
            return False
        point = kl.q.point
        if kl.p.point != point or tuple(kl.variables) != (point,) or not isinstance(point, sp.Symbol):
            return False
        parameters = (kl.q.mean, kl.q.var, kl.p.mean, kl.p.var)
        return not any(point in p.free_symbols or isinstance(p, sp.MatrixBase) for p in parameters)

    @classmethod
    def _applies(cls, kl: sp.Expr, context: Context) -> bool:
        return cls._of_two_gaussians(kl) and all(_sign(var, context) == 1 for var in (kl.q.var, kl.p.var))

    @staticmethod
    def _law_conditions(kl: KL) -> tuple[sp.Basic, ...]:
        """What the closed form needs of a point where no domain shows it: each variance positive (a Gaussian's
        variance is, where the law is a law at all) and each mean real."""
        return tuple(sp.StrictGreaterThan(v, 0, evaluate=False) for v in (kl.q.var, kl.p.var)) + tuple(
            sp.Eq(sp.im(m), 0, evaluate=False) for m in (kl.q.mean, kl.p.mean)
        )

    def _closed(self, expr: sp.Expr, context: Context) -> sp.Expr:
        generic = _generic_gaussian_kl()
        return expr.replace(
            lambda e: self._applies(e, context),
            lambda e: generic.xreplace({_A: e.q.mean, _U: e.q.var, _B: e.p.mean, _V: e.p.var}),
        )

    def justify(self, relation, previous, expr, context) -> Outcome:
        if not any(self._applies(k, context) for side in (previous, expr) for k in side.atoms(KL)):
            return Unjustified(f"{self.name}: no KL between two Gaussians of one variable with positive variances")
        conditions = ("each variance is shown positive; means and variances are free of the variable",)
        return _rewrite_both(
            self.name, conditions, lambda e: self._closed(e, context), relation, previous, expr, context
        )

    def sound_rewrite(self, context):
        return lambda e: self._closed(e, context)

    def _closed_where_laws(self, expr: sp.Expr, context: Context) -> tuple[sp.Expr, tuple[sp.Basic, ...]]:
        """Each KL between two Gaussians closed, whether or not its variances are shown positive, with the
        conditions under which that is equals for equals (:meth:`_law_conditions`); a variance shown negative or
        zero is no law's, and its KL is left whole."""
        generic = _generic_gaussian_kl()
        closing = [
            kl for kl in expr.atoms(KL)
            if self._of_two_gaussians(kl) and not any(_nonpositive(v, context) for v in (kl.q.var, kl.p.var))
        ]  # fmt: skip
        closed = expr.xreplace(
            {kl: generic.xreplace({_A: kl.q.mean, _U: kl.q.var, _B: kl.p.mean, _V: kl.p.var}) for kl in closing}
        )
        return closed, tuple(c for kl in closing for c in self._law_conditions(kl))

    def conditional_rewrite(self, context):
        return lambda e: self._closed_where_laws(e, context)


def _nonpositive(expr: sp.Expr, context: Context) -> bool:
    """``expr <= 0`` as SymPy sees it under the domains."""
    return _nonnegative(-expr, context)


# ----------------------------------------------------- sums and integrals


def _split(operator: sp.Expr) -> sp.Expr:
    """A one-index sum or integral split over the terms of its argument, constant factors taken out; a series (a
    sum with an infinite bound) is left whole, as its pieces may diverge (sum 1 = sum (n + 1) - sum n is inf - inf),
    and so is a definite integral unless each piece is shown to exist (:func:`~derivations.kernel.convergence.
    shown_to_exist`: the integral of 1/x - 2/(2x + 1) over [1, oo) is log(3/2), its pieces' inf - inf)."""
    variable = operator.limits[0][0]
    if isinstance(operator, sp.Sum) and any(bound.has(sp.oo, -sp.oo, sp.zoo) for bound in operator.limits[0][1:]):
        return operator
    pieces = []
    for term in sp.Add.make_args(expand_with_convergent_pieces(operator.function)):
        constant, dependent = term.as_independent(variable, as_Add=False)
        pieces.append((constant, operator.func(dependent, *operator.limits)))
    definite = isinstance(operator, sp.Integral) and len(operator.limits[0]) == 3
    if definite and len(pieces) > 1 and not all(shown_to_exist(piece) for _, piece in pieces):
        return operator
    return sp.Add(*(constant * piece for constant, piece in pieces))


def _expand_inside(expr: sp.Expr) -> sp.Expr:
    """Every sum, integral and expectation with its argument expanded and split by linearity."""
    expr = expr.replace(
        lambda e: isinstance(e, Expectation),
        lambda e: Expectation(expand_with_convergent_pieces(e.expr), e.measure, e.variables),
    )
    return expr.replace(lambda e: isinstance(e, (sp.Sum, sp.Integral)) and len(e.limits) == 1, _split)


@dataclass(frozen=True)
class Linearity(Justification):
    """Sums, integrals and expectations are linear: their arguments expanded and split term by term.

    Finite sums always (a series, a sum to infinity, is not split); a definite integral when each piece is shown to
    exist (:mod:`derivations.kernel.convergence`: against a density, as an expectation is trusted to exist).
    """

    label: str = "linearity of sums, integrals and expectations"

    @property
    def name(self) -> str:
        return self.label

    def justify(self, relation, previous, expr, context) -> Outcome:
        return _rewrite_both(self.name, (), _expand_inside, relation, previous, expr, context)

    def sound_rewrite(self, context):
        return _expand_inside


def _joined(operator: sp.Sum, context: Context) -> sp.Integral | None:
    """sum_{i=a}^b int_{l(i)}^{u(i)} f ds as int_{l(a)}^{u(b)} f ds, when u(i) = l(i + 1), f is free of i,
    a <= b and the cells run forward (l(i) <= u(i)); None when that is not shown."""
    if not (isinstance(operator.function, sp.Integral) and len(operator.limits) == 1):
        return None
    index, first, last = operator.limits[0]
    inner = operator.function
    if len(inner.limits) != 1 or len(inner.limits[0]) != 3 or index in inner.function.free_symbols:
        return None
    variable, lower, upper = inner.limits[0]
    if algebra(Relation.EQ, upper, lower.subs(index, index + 1), context) is None:
        return None
    if _sign(last - first + 1, context) != 1 or not _nonnegative(upper - lower, context):
        return None
    return sp.Integral(inner.function, (variable, lower.subs(index, first), upper.subs(index, last)))


@dataclass(frozen=True)
class AdjacentIntervals(Justification):
    """sum_{i=a}^b int_{l(i)}^{u(i)} f = int_{l(a)}^{u(b)} f: the cells tile the interval (u(i) = l(i+1))."""

    label: str = "adjacent intervals join"

    @property
    def name(self) -> str:
        return self.label

    def _join(self, expr: sp.Expr, context: Context) -> sp.Expr:
        return expr.replace(
            lambda e: isinstance(e, sp.Sum) and _joined(e, context) is not None, lambda e: _joined(e, context)
        )

    def justify(self, relation, previous, expr, context) -> Outcome:
        joined = [e for e in (previous, expr) for s in e.atoms(sp.Sum) if _joined(s, context) is not None]
        if not joined:
            return Unjustified(f"{self.name}: no sum of integrals over adjacent cells (u(i) = l(i + 1)) is shown")
        condition = ("each cell ends where the next begins, and the cells run forward",)
        return _rewrite_both(self.name, condition, lambda e: self._join(e, context), relation, previous, expr, context)

    def sound_rewrite(self, context):
        return lambda e: self._join(e, context)


# ---------------------------------------------------------------- the rules

ALGEBRA = Algebra()
LINEARITY = Algebra("linearity of expectation")
NORMALIZATION = Algebra("a density integrates to one")
EXPECTATION_DEFINITION = Algebra("definition of expectation")
KL_DEFINITION = Algebra("definition of the KL divergence")
MULTIPLY_DIVIDE = Algebra("multiply and divide by q")
SPLIT_LOG = Algebra("log of a product")
COMPLETE_SQUARE = Algebra("completing the square")
GAUSSIAN_INTEGRAL = Algebra("Gaussian integral")
BAYES = Algebra("Bayes' rule")
PRODUCT_RULE = Algebra("product rule")
MARGINALIZATION = Algebra("marginalization")
JENSEN = Jensen()
GIBBS = Gibbs()
NONNEGATIVE_EXPECTATION = NonnegativeExpectation()
GAUSSIAN_SUM = GaussianSum()
NOISE_EXPECTATION = NoiseExpectation()
NOISES_APART = NoisesApart()
LEIBNIZ = Leibniz()
LIMIT = Limit()
LINEARITY_OF_SUMS = Linearity()
GAUSSIAN_KL = GaussianKL()
ADJACENT_INTERVALS = AdjacentIntervals()
