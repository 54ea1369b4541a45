"""Checking steps, derivations and concrete instances; verdicts carry their evidence.

A step is *proved* when the canonical forms of its two sides, after the rewrite
its rule licenses, are shown equal by a tier of :func:`derivations.kernel.algebra.prove_equal`
(or, for an inequality rule, when the rule's bound of the previous expression
equals the next).  It is *refuted* when a point is found where the claimed
relation fails: directly if both sides are closed forms, else on one of the
identity's concrete instances.  Otherwise it is *undecided*, with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

import sympy as sp

from derivations.kernel.algebra import (
    canonical,
    find_counterexample,
    is_closed_form,
    prove_equal,
)
from derivations.kernel.vocabulary import Counterexample, Relation, Status, Verdict
from derivations.model import Definition, Derivation, Identity, Instance, Rule, Step
from derivations.probability import Density, gaussian_law


@dataclass(frozen=True)
class Context:
    """What a step may assume: always-true equations, symbol domains, concrete instances."""

    equations: Mapping[sp.Expr, sp.Expr]
    domains: Mapping[sp.Symbol, sp.Set]
    instances: tuple[Instance, ...] = ()
    constraints: tuple[sp.Basic, ...] = ()
    definitions: tuple[Definition, ...] = ()

    @classmethod
    def of(cls, identity: Identity) -> Context:
        equations = {eq.lhs: eq.rhs for eq in identity.equations()}
        definitions = tuple(a for a in identity.assumptions if isinstance(a, Definition))
        return cls(equations, identity.domains(), identity.instances, identity.constraints(), definitions)

    def defined(self, expr: sp.Expr, in_law: bool) -> sp.Expr:
        """``expr`` with every definition substituted (those that hold in law only when ``in_law``)."""
        for _ in range(len(self.definitions) + 1):
            new = expr
            for definition in self.definitions:
                if in_law or definition.relation is not Relation.EQ_LAW:
                    new = new.subs(definition.lhs, definition.rhs)
            if new == expr:
                break
            expr = new
        return expr


# ----------------------------------------------------------------- instances


def _sort_joints(expr: sp.Expr) -> sp.Expr:
    return expr.replace(
        lambda e: isinstance(e, Density) and len(e.variables) > 1,
        lambda e: Density(e.name, sorted(e.variables, key=str), e.given),
    )


def evaluate_in(instance: Instance, expr: sp.Expr, equations: Mapping[sp.Expr, sp.Expr]) -> sp.Expr:
    """``expr`` with the instance's atoms substituted and every operator evaluated."""
    expr = _sort_joints(expr)
    atoms = {_sort_joints(old): new for old, new in instance.substitutions if isinstance(old, sp.Basic)}
    expr = expr.xreplace(atoms)  # exact replacement, also under integral signs
    for old, new in instance.substitutions:
        if not isinstance(old, sp.Basic):  # an undefined function, replaced by a Lambda
            expr = expr.replace(old, new)  # subs fails under integral signs with finite limits
    return canonical(expr, equations)


# ---------------------------------------------------------------------- steps


def _normal(expr: sp.Expr, rule: Rule, context: Context) -> sp.Expr:
    if rule.rewrite is not None:
        expr = rule.rewrite(expr)
    return canonical(expr, context.equations)


def _prove(step: Step, previous: sp.Expr, context: Context) -> Verdict | None:
    rule = step.rule
    if rule.bound is not None and step.relation is rule.bound_relation:
        bounded = rule.bound(previous)
        if bounded is not None:
            proof = prove_equal(bounded, step.expr, context.equations, context.domains)
            if proof is not None:
                return Verdict(Status.PROVED, f"{rule.name}, then {proof.method}")
    before, after = _normal(previous, rule, context), _normal(step.expr, rule, context)
    proof = prove_equal(before, after, None, context.domains)
    if proof is not None:
        via = f"{rule.name}: {proof.method}" if rule.rewrite is not None else proof.method
        return Verdict(Status.PROVED, via)
    if step.relation is Relation.EQ_LAW and rule.in_law:
        laws = gaussian_law(before), gaussian_law(after)
        if None not in laws:
            (mean_a, var_a), (mean_b, var_b) = laws
            mean_proof = prove_equal(mean_a, mean_b, None, context.domains)
            var_proof = prove_equal(var_a, var_b, None, context.domains)
            if mean_proof and var_proof:
                return Verdict(
                    Status.PROVED,
                    f"{rule.name}: equal Gaussian laws (mean by {mean_proof.method}, variance by {var_proof.method})",
                )
    return None


def _comparisons(step: Step, before: sp.Expr, after: sp.Expr) -> list[tuple[sp.Expr, sp.Expr, str]]:
    """The closed-form comparisons that the step claims: (lhs, rhs, relation)."""
    if step.relation is Relation.EQ_LAW:
        laws = gaussian_law(before), gaussian_law(after)
        if None in laws:
            return [(before, after, "=")]
        (mean_a, var_a), (mean_b, var_b) = laws
        return [(mean_a, mean_b, "="), (var_a, var_b, "=")]
    return [(before, after, step.relation.value)]


def _residual(difference: sp.Expr) -> sp.Expr:
    """The difference, simplified when that is cheap (small and free of exponentials, where simplify can take minutes)."""
    if sp.count_ops(difference) < 200 and not difference.has(sp.exp):
        return sp.simplify(difference)
    return difference


def _refute(
    step: Step, previous: sp.Expr, context: Context, points: int = 24, instances: bool = True
) -> Verdict | None:
    """A counterexample at one of ``points`` random admissible points, directly or on an instance.

    Both sides are taken after the rule's own rewrite and with the identity's
    definitions substituted: a point must respect every assumption to count.
    """
    in_law = step.relation is Relation.EQ_LAW
    rewrite = step.rule.rewrite or (lambda e: e)
    previous = context.defined(rewrite(previous), in_law)
    after_step = context.defined(rewrite(step.expr), in_law)
    where = f" after {step.rule.name}" if step.rule.rewrite is not None else ""
    candidates = [(where, canonical(previous, context.equations), canonical(after_step, context.equations))]
    for instance in context.instances if instances else ():
        try:
            before = evaluate_in(instance, previous, context.equations)
            after = evaluate_in(instance, after_step, context.equations)
        except (TypeError, ValueError, NotImplementedError):
            continue
        candidates.append((f" in {instance.description}", before, after))
    domains = dict(context.domains)
    for where, before, after in candidates:
        for lhs, rhs, relation in _comparisons(step, before, after):
            if not (is_closed_form(lhs) and is_closed_form(rhs)):
                continue
            found = find_counterexample(lhs, rhs, domains, relation, points, constraints=context.constraints)
            if found is not None:
                return Verdict(
                    Status.REFUTED,
                    f"fails{where}: {found.lhs:.6g} vs {found.rhs:.6g}",
                    residual=_residual(lhs - rhs),
                    counterexample=found,
                )
    return None


def check_step(step: Step, previous: sp.Expr, context: Context) -> Verdict:
    """Proved, refuted (with a counterexample) or undecided (with the reason).

    A wrong step between closed forms nearly always fails at the first random
    point, while the proof tiers can take minutes on large wrong expressions:
    so a few points are tried before the proof, and the full search after it.
    """
    early = _refute(step, previous, context, points=3, instances=False)
    if early is not None:
        return early
    proved = _prove(step, previous, context)
    if proved is not None:
        return proved
    refuted = _refute(step, previous, context)
    if refuted is not None:
        return refuted
    return Verdict(
        Status.UNDECIDED,
        f"not proved by {step.rule.name} and algebra; no counterexample found",
        residual=canonical(previous, context.equations) - canonical(step.expr, context.equations),
    )


# ------------------------------------------------------------------ derivations


@dataclass(frozen=True)
class StepResult:
    index: int
    step: Step
    previous: sp.Expr
    verdict: Verdict
    seconds: float


@dataclass(frozen=True)
class DerivationResult:
    derivation: Derivation
    steps: tuple[StepResult, ...]
    closure: Verdict  # the chain ends at the claim's right side with the claim's relation

    @property
    def status(self) -> Status:
        verdicts = [r.verdict for r in self.steps] + [self.closure]
        if any(v.status is Status.REFUTED for v in verdicts):
            return Status.REFUTED
        if all(v.proved for v in verdicts):
            return Status.PROVED
        return Status.UNDECIDED

    @property
    def first_failure(self) -> StepResult | None:
        return next((r for r in self.steps if not r.verdict.proved), None)

    @property
    def proved_count(self) -> int:
        return sum(r.verdict.proved for r in self.steps)

    def _repr_latex_(self) -> str:
        from derivations.latex import derivation_latex

        return derivation_latex(self.derivation, self.steps)


def _closure(derivation: Derivation) -> Verdict:
    relation = Relation.EQ
    for step in derivation.steps:
        combined = relation.then(step.relation)
        if combined is None:
            return Verdict(Status.REFUTED, f"the chain mixes {relation.value} and {step.relation.value}")
        relation = combined
    if not relation.implies(derivation.relation) and not (
        relation is Relation.EQ_LAW and derivation.relation is Relation.EQ_LAW
    ):
        return Verdict(Status.REFUTED, f"the chain gives {relation.value}, the claim says {derivation.relation.value}")
    last = derivation.expressions()[-1]
    if last != derivation.rhs:
        return Verdict(
            Status.UNDECIDED, "the last step is not the claim's right-hand side", residual=last - derivation.rhs
        )
    return Verdict(Status.PROVED, f"chain of {len(derivation.steps)} steps gives {relation.value}")


def check_derivation(derivation: Derivation, context: Context) -> DerivationResult:
    results = []
    previous = derivation.lhs
    for index, step in enumerate(derivation.steps, start=1):
        start = time.perf_counter()
        verdict = check_step(step, previous, context)
        results.append(StepResult(index, step, previous, verdict, time.perf_counter() - start))
        previous = step.expr
    return DerivationResult(derivation, tuple(results), _closure(derivation))


# -------------------------------------------------------------- instance checks


class InstanceStatus(Enum):
    HOLDS = "holds identically"
    HOLDS_AT_POINTS = "holds at sampled points"
    FAILS = "fails"
    UNEVALUATED = "not in closed form"


@dataclass(frozen=True)
class InstanceResult:
    instance: Instance
    derivation: Derivation
    status: InstanceStatus
    lhs: sp.Expr
    rhs: sp.Expr
    method: str
    counterexample: Counterexample | None = None

    @property
    def holds(self) -> bool:
        """Identically, or at every sampled point for an inequality."""
        return self.status in (InstanceStatus.HOLDS, InstanceStatus.HOLDS_AT_POINTS)


def check_instance(instance: Instance, derivation: Derivation, context: Context, points: int = 200) -> InstanceResult:
    """Evaluate both sides of the claim in closed form on the instance and compare them.

    Equalities must hold as algebraic identities in the family's parameters;
    an inequality is tested at ``points`` random admissible points.
    """
    lhs = evaluate_in(instance, derivation.lhs, context.equations)
    rhs = evaluate_in(instance, derivation.rhs, context.equations)
    if not (is_closed_form(lhs) and is_closed_form(rhs)):
        return InstanceResult(instance, derivation, InstanceStatus.UNEVALUATED, lhs, rhs, "operators remain")
    domains = dict(context.domains)
    if derivation.relation in (Relation.EQ, Relation.EQ_LAW):
        comparisons = [(lhs, rhs)]
        if derivation.relation is Relation.EQ_LAW:
            laws = gaussian_law(lhs), gaussian_law(rhs)
            if None not in laws:
                comparisons = list(zip(laws[0], laws[1]))
        proofs = [prove_equal(a, b, None, domains) for a, b in comparisons]
        if all(proofs):
            return InstanceResult(
                instance, derivation, InstanceStatus.HOLDS, lhs, rhs, "; ".join(p.method for p in proofs)
            )
        for a, b in comparisons:
            found = find_counterexample(a, b, domains, "=", constraints=context.constraints)
            if found is not None:
                return InstanceResult(instance, derivation, InstanceStatus.FAILS, lhs, rhs, "differs", found)
        return InstanceResult(
            instance, derivation, InstanceStatus.UNEVALUATED, lhs, rhs, "not shown equal, no counterexample"
        )
    found = find_counterexample(
        lhs, rhs, domains, derivation.relation.value, points=points, constraints=context.constraints
    )
    if found is not None:
        return InstanceResult(instance, derivation, InstanceStatus.FAILS, lhs, rhs, "relation fails", found)
    return InstanceResult(
        instance, derivation, InstanceStatus.HOLDS_AT_POINTS, lhs, rhs, f"holds at {points} random points"
    )


# ------------------------------------------------------------------ identities


@dataclass(frozen=True)
class IdentityResult:
    identity: Identity
    derivations: tuple[DerivationResult, ...]
    instances: tuple[InstanceResult, ...]
    seconds: float

    @property
    def status(self) -> Status:
        statuses = [d.status for d in self.derivations]
        if Status.REFUTED in statuses:
            return Status.REFUTED
        if all(s is Status.PROVED for s in statuses):
            return Status.PROVED
        return Status.UNDECIDED

    @property
    def steps_proved(self) -> tuple[int, int]:
        return (
            sum(d.proved_count for d in self.derivations),
            sum(len(d.steps) for d in self.derivations),
        )

    @property
    def instances_hold(self) -> bool:
        return bool(self.instances) and all(r.holds for r in self.instances)

    @property
    def first_failure(self) -> tuple[DerivationResult, StepResult] | None:
        for result in self.derivations:
            failure = result.first_failure
            if failure is not None:
                return result, failure
        return None

    def _repr_latex_(self) -> str:
        from derivations.latex import identity_result_latex

        return identity_result_latex(self)


def check_identity(identity: Identity) -> IdentityResult:
    """Check every step of every derivation, and every claim on every instance."""
    start = time.perf_counter()
    context = Context.of(identity)
    derivations = tuple(check_derivation(d, context) for d in identity.derivations)
    instances = tuple(
        check_instance(instance, derivation, context)
        for instance in identity.instances
        for derivation in identity.derivations
        if _instance_applies(instance, derivation)
    )
    return IdentityResult(identity, derivations, instances, time.perf_counter() - start)


def _instance_applies(instance: Instance, derivation: Derivation) -> bool:
    """An instance speaks to a claim when it gives a closed form to every atom the claim uses."""
    if instance.claims and derivation.label not in instance.claims:
        return False
    claim = _sort_joints(derivation.lhs - derivation.rhs)
    known = {_sort_joints(old) for old, _ in instance.substitutions if isinstance(old, sp.Basic)}
    functions = {old for old, _ in instance.substitutions if not isinstance(old, sp.Basic)}
    return all(atom in known for atom in claim.atoms(Density)) and all(
        atom.func in functions for atom in claim.atoms(sp.core.function.AppliedUndef)
    )
