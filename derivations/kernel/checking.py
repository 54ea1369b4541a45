"""Checking steps, derivations and concrete instances: the only place a verdict is *proved*.

A step is *proved* when its rule justifies it (:mod:`derivations.kernel.rules`:
every rule checks its own conditions, and its proof obligations go through the
kernel's algebra).  It is *refuted* when a counterexample is found: a point of
the domains, meeting every constraint, where the claimed relation fails --
as written (with the identity's definitions substituted and, for a kernel rule
whose conditions hold, its rewrite applied) or on one of the identity's
concrete instances that satisfies its definitions.  Otherwise it is
*undecided*, with the reason: the condition that failed, or the algebra that
did not close.

The assumptions are reconciled before anything is checked
(:func:`Context.of`): an inconsistent or empty set is an error naming the conflict.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cache

import numpy as np
import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.kernel import gaussian_models, models, sums
from derivations.kernel.algebra import (
    canonical,
    is_closed_form,
    positive_form,
    prove_equal,
    random_variables,
    substitute_equations,
)
from derivations.kernel.assumptions import (
    Assumption,
    Axiom,
    Constraint,
    Definition,
    Domain,
    Equation,
    Fact,
    MarkovChain,
    Noises,
    Parameters,
    function_of_names,
    implied_set,
    substitute,
)
from derivations.kernel.rules import Justification, Justified, Unjustified, gaussian_law
from derivations.kernel.sampling import SamplingError, domain_for, find_counterexample, random_point, satisfies
from derivations.kernel.vocabulary import Counterexample, Relation, Status, Verdict
from derivations.model import Derivation, Identity, Instance, Step
from derivations.probability import KL, Density, Expectation, Grad, Normal
from derivations.symbols import Noise

#: Points tried when reconciling assumptions (an empty set of admissible points is an error).
RECONCILE_POINTS = 400


class InconsistentAssumptions(ValueError):
    """The assumptions of an identity contradict one another, or admit no point."""


@dataclass(frozen=True)
class Claim:
    """``lhs = rhs``, proved, with the axioms and assumptions its proof relied on."""

    lhs: sp.Expr
    rhs: sp.Expr
    axioms: tuple[str, ...] = ()
    uses: tuple[object, ...] = ()

    def gives(self, lhs: sp.Expr, rhs: sp.Expr, context: Context) -> bool:
        """Whether ``lhs = rhs`` is this claim, or this claim solved for ``lhs`` (it appears linearly,
        with a coefficient shown nonzero, and ``rhs`` in its place satisfies the claim)."""
        if {self.lhs, self.rhs} == {lhs, rhs}:
            return True
        unknown = sp.Dummy("unknown")
        difference = (self.lhs - self.rhs).xreplace({lhs: unknown})
        if not difference.has(unknown) or rhs.has(lhs):
            return False
        coefficient = sp.diff(difference, unknown)
        if coefficient.has(unknown) or positive_form(coefficient, context.domains).is_nonzero is not True:
            return False
        solved = difference.xreplace({unknown: rhs})
        return prove_equal(solved, sp.Integer(0), context.equations, context.domains, context.constraints) is not None


# -------------------------------------------------------------------- context


@dataclass(frozen=True)
class Context:
    """What a step may assume, read from the identity's assumptions (and nothing else)."""

    equations: Mapping[sp.Expr, sp.Expr] = field(default_factory=dict)
    domains: Mapping[sp.Symbol, sp.Set] = field(default_factory=dict)
    instances: tuple[Instance, ...] = ()
    constraints: tuple[sp.Basic, ...] = ()
    definitions: tuple[Definition, ...] = ()
    chains: tuple[MarkovChain, ...] = ()
    noises: frozenset[sp.Symbol] = frozenset()
    parameters: Mapping[str, tuple[sp.Symbol, ...]] = field(default_factory=dict)
    axioms: tuple[Axiom, ...] = ()
    facts: tuple[Fact, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    claims: tuple[Claim, ...] = ()
    name: str = ""
    #: The names of the laws whose Gaussian chain, where no law of its start is stated, starts with the standard
    #: normal N(0, 1) instead of a drawn law (:func:`derivations.kernel.gaussian_models.build`): q's start is the
    #: data x_0, whose law a note may say in words no reader takes ("whitened", "standardised").
    standard_starts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, identity: Identity, hypotheses: tuple[Assumption, ...] = ()) -> Context:
        """The identity's assumptions and ``hypotheses``, reconciled (see :func:`reconcile`)."""
        extra = tuple(d for instance in identity.instances for d in instance.domains)
        return reconcile(
            identity.assumptions + hypotheses, extra_domains=extra, instances=identity.instances, name=identity.name
        )

    def under(self, identity: Identity, derivation: Derivation) -> Context:
        """This context with the derivation's own hypotheses added (the claims proved so far kept)."""
        if not derivation.hypotheses:
            return self
        extended = Context.of(identity, derivation.hypotheses)
        return Context(**{**extended.__dict__, "claims": self.claims})

    def with_claim(self, claim: Claim) -> Context:
        return Context(**{**self.__dict__, "claims": (*self.claims, claim)})

    # -- what the rules ask of it

    def prepare(self, expr: sp.Expr) -> sp.Expr:
        """``expr`` with each density's declared parameters attached."""
        if not self.parameters:
            return expr
        return expr.replace(
            lambda e: isinstance(e, Density) and e.parameters is None and e.name in self.parameters,
            lambda e: Density(e.args[0], e.variables, e.given, self.parameters[e.name]),
        )

    def random_variables(self, *exprs: sp.Expr) -> set[sp.Symbol]:
        found = set(self.noises)
        for chain in self.chains:
            found |= set(chain.order)
        for expr in exprs:
            found |= random_variables(expr)
        return found

    @staticmethod
    def noise_like(expr: sp.Expr) -> set[sp.Symbol]:
        """The symbols of ``expr`` created as noises (:class:`~derivations.symbols.Noise`)."""
        return {s for s in expr.free_symbols if isinstance(s, Noise)}

    def proved_claim(self, lhs: sp.Expr, rhs: sp.Expr) -> Claim | None:
        """The earlier claim that gives ``lhs = rhs`` (as proved, or solved for ``lhs``), else None."""
        return next((claim for claim in self.claims if claim.gives(lhs, rhs, self)), None)

    def declaring_noises(self, symbols: set[sp.Symbol]) -> tuple[Noises, ...]:
        """The declarations that make ``symbols`` noises."""
        return tuple(a for a in self.assumptions if isinstance(a, Noises) and set(a.symbols) & symbols)

    def lemma(self, name: str, lhs: sp.Expr, rhs: sp.Expr) -> Claim | str:
        """The catalogue identity ``name``'s claim that gives ``lhs = rhs``, or why it cannot be used here.

        The identity must be verified, its domains must contain the domains here, and its
        equations and constraints, and every assumption the cited claim's proof used, must
        be declared here.
        """
        from derivations.catalogue import BY_NAME

        identity = BY_NAME.get(name)
        if identity is None:
            return f"'{name}' is not an identity of the catalogue"
        if name == self.name:
            return f"'{name}' cites itself"
        result = _verified(name)
        if result is None:
            return f"'{name}' is cited in a circle"
        claims = [
            Claim(r.derivation.lhs, r.derivation.rhs, r.axioms, r.uses)
            for r in result.derivations
            if r.derivation.relation is Relation.EQ and r.status is Status.PROVED
        ]
        found = next((c for c in claims if c.gives(lhs, rhs, self)), None)
        if found is None:
            return f"no proved claim of '{name}' gives {sp.sstr(lhs)} = {sp.sstr(rhs)}"
        missing = self._unmet(identity, found)
        if missing:
            return f"'{name}' assumes {missing}, which is not declared here"
        return found

    def _unmet(self, identity: Identity, claim: Claim) -> str | None:
        for assumption in identity.assumptions:
            if isinstance(assumption, Domain):
                here = domain_for(assumption.symbol, self.domains)
                if here.is_subset(assumption.interval) is not True:
                    return f"{assumption.symbol} in {assumption.interval} (here {here})"
            elif isinstance(assumption, (Equation, Constraint)) or assumption in claim.uses:
                if assumption not in self.assumptions:
                    return sp.sstr(getattr(assumption, "name", assumption))
        return None

    @property
    def _equalities(self) -> tuple[Definition, ...]:
        """The definitions, and the axioms that are equations: both hold wherever a counterexample may lie."""
        axioms = tuple(Definition(a.lhs, a.rhs, a.name) for a in self.axioms if a.relation is Relation.EQ)
        return self.definitions + axioms

    @property
    def refutable(self) -> bool:
        """Whether a counterexample can be made to respect every assumption (an inequality axiom about
        operators cannot be checked at a point)."""
        return all(a.relation is Relation.EQ or is_closed_form(a.lhs - a.rhs) for a in self.axioms)

    @property
    def defined_symbols(self) -> dict[sp.Symbol, sp.Expr]:
        """Symbols defined (with ``=``) by an expression: evaluated at a point rather than substituted (the
        equations substituted in the definitions too, so that a derived value respects them)."""
        return {
            d.lhs: substitute_equations(d.rhs, self.equations)
            for d in self._equalities
            if isinstance(d.lhs, sp.Symbol) and d.relation is Relation.EQ
        }

    def defined(self, expr: sp.Expr, in_law: bool) -> sp.Expr:
        """``expr`` with every definition (and axiom that is an equation) substituted -- those that hold in
        law only when ``in_law`` -- but for :attr:`defined_symbols`, which a counterexample evaluates at its point."""
        symbols = self.defined_symbols
        for _ in range(len(self._equalities) + 1):
            new = expr
            for definition in self._equalities:
                if definition.lhs in symbols and definition.relation is Relation.EQ:
                    continue
                if in_law or definition.relation is not Relation.EQ_LAW:
                    new = substitute(new, definition.lhs, definition.rhs)
            if new == expr:
                break
            expr = new
        return expr


def reconcile(
    assumptions: tuple[Assumption, ...],
    extra_domains: tuple[Domain, ...] = (),
    instances: tuple[Instance, ...] = (),
    name: str = "",
) -> Context:
    """Read the assumptions into a :class:`Context`, or raise :class:`InconsistentAssumptions`.

    Domains are intersected with what SymPy assumes of each symbol (a symbol
    created positive but declared real is a conflict); several domains of one
    symbol are intersected; an equation must be able to hold inside its left
    side's domain; the constraints must admit a point.
    """
    domains: dict[sp.Symbol, sp.Set] = {}
    for domain in (*(a for a in assumptions if isinstance(a, Domain)), *extra_domains):
        symbol = domain.symbol
        implied = implied_set(symbol)
        if domain.interval.is_subset(implied) is not True:
            raise InconsistentAssumptions(
                f"{symbol} is created with SymPy assumptions that mean {implied}, but declared to range over "
                f"{domain.interval}: create it without them, or declare a domain inside {implied}"
            )
        combined = domains.get(symbol, implied).intersect(domain.interval)
        if combined.is_empty:
            raise InconsistentAssumptions(f"the domains declared for {symbol} have no point in common")
        domains[symbol] = combined
    equations = {a.lhs: a.rhs for a in assumptions if isinstance(a, Equation)}
    constraints = tuple(a.condition for a in assumptions if isinstance(a, Constraint)) + tuple(
        sp.Rel(a.lhs, a.rhs, a.relation.value)
        for a in assumptions
        if isinstance(a, Axiom) and a.relation.is_inequality and is_closed_form(a.lhs - a.rhs)
    )
    _check_equations(equations, domains, constraints)
    _check_definition_signs(assumptions)
    _check_noises(assumptions)
    parameters: dict[str, tuple[sp.Symbol, ...]] = {}
    for declared in (a for a in assumptions if isinstance(a, Parameters)):
        if parameters.get(declared.name, declared.symbols) != declared.symbols:
            raise InconsistentAssumptions(f"two different parameter lists are declared for {declared.name}")
        parameters[declared.name] = declared.symbols
    return Context(
        equations=equations,
        domains=domains,
        instances=instances,
        constraints=constraints,
        definitions=tuple(a for a in assumptions if isinstance(a, Definition)),
        chains=tuple(a for a in assumptions if isinstance(a, MarkovChain)),
        noises=frozenset(s for a in assumptions if isinstance(a, Noises) for s in a.symbols),
        parameters=parameters,
        axioms=tuple(a for a in assumptions if isinstance(a, Axiom)),
        facts=tuple(a for a in assumptions if isinstance(a, Fact)),
        assumptions=assumptions,
        name=name,
    )


def _check_definition_signs(assumptions: tuple[Assumption, ...]) -> None:
    """No definition ``name := body`` gives its name a value SymPy shows outside what the name was created to be
    (``g := -5`` for a positive g): the algebra would use both the sign and the value."""
    for definition in assumptions:
        if not (isinstance(definition, Definition) and definition.relation is Relation.EQ):
            continue
        name, body = definition.lhs, definition.rhs
        if isinstance(name, sp.Symbol) and is_closed_form(body) and implied_set(name).contains(body) is sp.false:
            raise InconsistentAssumptions(
                f"the definition {name} := {body} gives {name} a value outside {implied_set(name)}, which {name} "
                "is created to lie in"
            )


def _check_noises(assumptions: tuple[Assumption, ...]) -> None:
    """No declared noise is written as a function of the other declared noises (a definition, an equation or an
    equal-valued axiom ``e2 = f(e1, ...)``): declared noises are independent standard normals, and a noise that is
    a function of others independent of it is constant, which a standard normal is not."""
    noises = {s for a in assumptions if isinstance(a, Noises) for s in a.symbols}
    relations = [(a.lhs, a.rhs) for a in assumptions if isinstance(a, Equation)]
    relations += [
        (a.lhs, a.rhs) for a in assumptions if isinstance(a, Definition | Axiom) and a.relation is Relation.EQ
    ]
    for lhs, rhs in relations:
        for noise, other in ((lhs, rhs), (rhs, lhs)):
            if noise in noises and (others := (other.free_symbols & noises) - {noise}):
                names = ", ".join(sorted(map(str, others)))
                raise InconsistentAssumptions(
                    f"{lhs} = {rhs} writes the declared noise {noise} as a function of {names}, which are declared "
                    "independent of it"
                )


def _check_equations(
    equations: Mapping[sp.Expr, sp.Expr], domains: Mapping[sp.Symbol, sp.Set], constraints: tuple[sp.Basic, ...]
) -> None:
    """Every equation can hold inside its left side's domain, and the constraints admit a point."""
    for lhs, rhs in equations.items():
        if lhs in rhs.free_symbols:
            raise InconsistentAssumptions(f"the equation {lhs} = {rhs} defines {lhs} through itself")
    for lhs in equations:
        if any(lhs in rhs.free_symbols for rhs in equations.values()) and _cyclic(lhs, equations):
            raise InconsistentAssumptions(f"the equations define {lhs} in a circle")
    symbols = set().union(*(rhs.free_symbols for rhs in equations.values()), *(c.free_symbols for c in constraints))
    symbols -= set(equations)
    targets = [(lhs, rhs) for lhs, rhs in equations.items() if isinstance(lhs, sp.Symbol)]
    if not targets and not constraints:
        return
    rng = np.random.default_rng(0)
    misses: dict[sp.Symbol, int] = {lhs: 0 for lhs, _ in targets}
    admissible = 0
    for _ in range(RECONCILE_POINTS):
        try:
            point = random_point(symbols, domains, rng)
        except SamplingError as error:
            raise InconsistentAssumptions(str(error)) from error
        point.update({lhs: _resolve(rhs, equations).xreplace(point) for lhs, rhs in targets})
        if not satisfies(point, constraints):
            continue
        inside = True
        for lhs, _ in targets:
            if domain_for(lhs, domains).contains(point[lhs]) is not sp.true:
                misses[lhs] += 1
                inside = False
        admissible += inside
        if admissible:
            return
    if any(misses.values()):
        lhs = max(misses, key=misses.get)
        raise InconsistentAssumptions(
            f"the equation {lhs} = {equations[lhs]} never puts {lhs} inside its domain {domain_for(lhs, domains)}"
        )
    raise InconsistentAssumptions(f"no point of the domains meets the constraints {', '.join(map(str, constraints))}")


def _resolve(expr: sp.Expr, equations: Mapping[sp.Expr, sp.Expr]) -> sp.Expr:
    for _ in range(len(equations) + 1):
        new = expr.xreplace(dict(equations))
        if new == expr:
            return expr
        expr = new
    return expr


def _cyclic(symbol: sp.Expr, equations: Mapping[sp.Expr, sp.Expr]) -> bool:
    seen, frontier = set(), {symbol}
    while frontier:
        current = frontier.pop()
        for name in equations.get(current, sp.Integer(0)).free_symbols:
            if name == symbol:
                return True
            if name not in seen:
                seen.add(name)
                frontier.add(name)
    return False


# ----------------------------------------------------------------- instances


def _plain(expr: sp.Expr) -> sp.Expr:
    """Densities without declared parameters and with their joint variables in a fixed order."""
    return expr.replace(
        lambda e: isinstance(e, Density) and (len(e.variables) > 1 or e.parameters is not None),
        lambda e: Density(e.args[0], sorted(e.variables, key=str), e.given),
    )


def evaluate_in(instance: Instance, expr: sp.Expr, equations: Mapping[sp.Expr, sp.Expr]) -> sp.Expr:
    """``expr`` with the instance's atoms substituted and every operator evaluated."""
    expr = _plain(expr)
    atoms = {_plain(old): new for old, new in instance.substitutions if isinstance(old, sp.Basic)}
    expr = expr.xreplace(atoms)  # exact replacement, also under integral signs
    for old, new in instance.substitutions:
        if not isinstance(old, sp.Basic):  # an undefined function, replaced by a Lambda
            expr = expr.replace(old, new)  # subs fails under integral signs with finite limits
    return canonical(expr, equations)


@cache
def _respects_assumptions(instance: Instance, context_key: tuple) -> bool:
    """Whether the instance satisfies every definition among densities and functions it gives, and every
    declared Markov chain among its densities (else it is not a model of the identity and cannot refute)."""
    definitions, equations, chains = context_key
    atoms = {_plain(old) for old, _ in instance.substitutions if isinstance(old, sp.Basic)}
    functions = {old for old, _ in instance.substitutions if not isinstance(old, sp.Basic)}
    markov = [
        Definition(density, chain.reduce(density), chain.name)
        for chain in chains
        for density in atoms
        if isinstance(density, Density) and chain.reduce(density) != density
    ]
    for definition in (*definitions, *markov):
        if definition.relation is not Relation.EQ:
            continue
        lhs = definition.lhs
        given = _plain(lhs) in atoms if isinstance(lhs, Density) else (
            isinstance(lhs, sp.core.function.AppliedUndef) and lhs.func in functions)  # fmt: skip
        if not given or (definition in markov and _plain(definition.rhs) not in atoms):
            continue
        try:
            lhs = evaluate_in(instance, definition.lhs, dict(equations))
            rhs = evaluate_in(instance, definition.rhs, dict(equations))
        except (TypeError, ValueError, NotImplementedError):
            return False
        if prove_equal(lhs, rhs) is None:
            return False
    return True


def _admissible(instance: Instance, context: Context) -> bool:
    key = (context._equalities, tuple(context.equations.items()), context.chains)
    return _respects_assumptions(instance, key)


# ---------------------------------------------------------------------- steps


def _justify(rule: Justification, relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context):
    try:
        return rule.justify(relation, previous, expr, context)
    except (TypeError, ValueError, NotImplementedError, AttributeError, sp.PolynomialError) as error:
        return Unjustified(f"the kernel could not apply {rule.name}: {type(error).__name__}: {error}")


def _comparisons(
    relation: Relation, before: sp.Expr, after: sp.Expr, context: Context
) -> list[tuple[sp.Expr, sp.Expr, Relation, str]]:
    """The closed-form comparisons that the step claims, each with what it compares (empty: the two sides)."""
    if relation is Relation.EQ_LAW:
        laws = gaussian_law(before, context.noises), gaussian_law(after, context.noises)
        if None in laws or not (context.noise_like(before) | context.noise_like(after)) <= context.noises:
            return []  # the law is not known: nothing to compare
        (mean_a, var_a), (mean_b, var_b) = laws
        return [(mean_a, mean_b, Relation.EQ, "in law, the means of the two sides"),
                (var_a, var_b, Relation.EQ, "in law, the variances of the two sides")]  # fmt: skip
    return [(before, after, relation, "")]


@dataclass(frozen=True)
class Search:
    """The outcome of a numeric search for a counterexample: the one found, and whether anything was evaluated."""

    counterexample: Counterexample | None
    residual: sp.Expr | None
    evaluated: bool


def search_counterexample(
    relation: Relation,
    previous: sp.Expr,
    expr: sp.Expr,
    context: Context,
    points: int = 24,
    instances: bool = True,
    models_tried: int = 6,
) -> Search:
    """A counterexample to ``previous relation expr`` at admissible points: as written (closed forms, with the
    definitions substituted), on each admissible instance, in finite random models, and in Gaussian ones where
    a law is declared Gaussian.

    ``evaluated`` says whether any of these could evaluate the two sides at all.
    """
    if not context.refutable:
        return Search(None, None, False)
    in_law = relation is Relation.EQ_LAW
    before, after = context.defined(previous, in_law), context.defined(expr, in_law)
    at_small_sizes = sums.refute_at_small_sizes(relation, before, after, context, points, instances)
    if at_small_sizes is not None:  # a step about sums over t, written out at a concrete T
        return Search(at_small_sizes.counterexample, at_small_sizes.residual, True)
    candidates = [("", canonical(before, context.equations, context.domains),
                   canonical(after, context.equations, context.domains))]  # fmt: skip
    for instance in context.instances if instances else ():
        try:
            if not _admissible(instance, context):
                continue
            candidates.append((f"in {instance.description}", evaluate_in(instance, before, context.equations),
                               evaluate_in(instance, after, context.equations)))  # fmt: skip
        except (TypeError, ValueError, NotImplementedError):
            continue
    evaluated = False
    for where, lhs_side, rhs_side in candidates:
        for lhs, rhs, claimed, compared in _comparisons(relation, lhs_side, rhs_side, context):
            if not (is_closed_form(lhs) and is_closed_form(rhs)):
                continue
            evaluated = True
            shown = ", ".join(filter(None, (where, compared)))
            try:
                found = find_counterexample(lhs, rhs, context.domains, claimed, points, constraints=context.constraints,
                                            where=shown, defined=context.defined_symbols)  # fmt: skip
            except (TypeError, SamplingError):
                continue
            if found is not None:
                return Search(found, lhs - rhs, True)
    if instances and models.applicable((before, after), context) is None and relation is not Relation.EQ_LAW:
        evaluated = True
        found = models.counterexample(relation, before, after, context, models=models_tried)
        if found is not None:
            return Search(found, None, True)
    if instances and gaussian_models.applicable((before, after), context) is None:
        evaluated = True
        found = gaussian_models.counterexample(relation, before, after, context)
        if found is not None:
            return Search(found, None, True)
    return Search(None, None, evaluated)


def refute(
    relation: Relation,
    rule: Justification,
    previous: sp.Expr,
    expr: sp.Expr,
    context: Context,
    points: int = 24,
    instances: bool = True,
) -> Verdict | None:
    """A counterexample at one of ``points`` random admissible points (see :func:`search_counterexample`),
    after the step's rule's own rewrite when it is one of the kernel's with its conditions met (equals for
    equals): a point must respect every assumption to count.
    """
    rewrite = rule.sound_rewrite(context) or (lambda e: e)
    return _refute_sides(relation, rewrite(previous), rewrite(expr), context, points, instances)


def _refute_sides(
    relation: Relation, before: sp.Expr, after: sp.Expr, context: Context, points: int = 24, instances: bool = True
) -> Verdict | None:
    found = search_counterexample(relation, before, after, context, points, instances)
    if found.counterexample is None:
        return None
    return Verdict(Status.REFUTED, "the relation fails", residual=found.residual, counterexample=found.counterexample)


def _refute_where(
    rule: Justification, relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context
) -> Verdict | None:
    """A counterexample after the rule's conditional rewrite (:meth:`~derivations.kernel.rules.Justification.
    conditional_rewrite`), at a point that meets the conditions it returns as well as the context's constraints."""
    rewrite = rule.conditional_rewrite(context)
    if rewrite is None:
        return None
    (before, first), (after, second) = rewrite(previous), rewrite(expr)
    conditions = tuple(_in_drawn_names(c, context) for c in (*first, *second))
    if not conditions or any(c.has(AppliedUndef, Density, Expectation, KL, sp.Integral, sp.Sum) for c in conditions):
        return None  # a condition no point settles (a function's value, a density) would be passed over: hold
    return _refute_sides(relation, before, after, replace(context, constraints=(*context.constraints, *conditions)))


def _in_drawn_names(condition: sp.Basic, context: Context) -> sp.Basic:
    """``condition`` with every definition written out, those a point derives too, so that each counterexample
    settles it from the names it draws (a Gaussian model checks its constraints at its drawn point alone)."""
    condition = context.defined(condition, False)
    for _ in range(len(context.defined_symbols) + 1):
        new = condition.xreplace(context.defined_symbols)
        if new == condition:
            break
        condition = new
    return condition


def _noting(verdict: Verdict, note: str | None) -> Verdict:
    if not note:
        return verdict
    return Verdict(verdict.status, f"{verdict.reason} ({note})", residual=verdict.residual,
                   counterexample=verdict.counterexample)  # fmt: skip


def _facts_note(context: Context) -> str:
    if not context.facts:
        return ""
    return "; the identity also states facts in words, which the kernel does not read"


#: The variables each operator binds: a name defined through one of them is no constant of the operator.
_BOUND = {
    Expectation: lambda e: e.variables,
    KL: lambda e: e.variables,
    sp.Integral: lambda e: tuple(limit[0] for limit in e.limits),
    Grad: lambda e: (e.var,),
    sp.Derivative: lambda e: e.variables,
}


def _bound(node: sp.Basic) -> set[sp.Symbol]:
    variables = next((read(node) for kind, read in _BOUND.items() if isinstance(node, kind)), ())
    return {v for v in variables if isinstance(v, sp.Symbol)}


def _reach(expr: sp.Expr, context: Context) -> dict[sp.Basic, tuple[Definition, set[sp.Symbol]]]:
    """Each name a definition gives (a symbol, or a function ``g(x) := θ x`` of distinct symbols, by its function),
    with its definition and every symbol its body reaches through the others (a function's arguments aside: they
    stand for any value); but a random variable's (a density's variable, or a construction from noises, x_t :=
    sqrt(a) x_{t-1} + ... eps): a coordinate of its own law, which operators over the others hold fixed, as its
    densities do."""
    direct: dict[sp.Basic, Definition] = {d.lhs: d for d in context.definitions if isinstance(d.lhs, sp.Symbol)}
    direct |= {d.lhs.func: d for d in context.definitions if function_of_names(d.lhs)}
    own = {name: set(d.rhs.free_symbols) - set(d.lhs.args) for name, d in direct.items()}
    reached = dict(own)
    for _ in range(len(direct)):
        grown = {name: found.union(*(reached[s] for s in found if s in reached)) for name, found in reached.items()}
        grown = {  # a function reaches what the functions its body applies reach
            name: found.union(*(reached[f.func] for f in direct[name].rhs.atoms(AppliedUndef) if f.func in reached))
            for name, found in grown.items()
        }
        if grown == reached:
            break
        reached = grown
    random = context.random_variables(expr)
    return {
        name: (direct[name], found)
        for name, found in reached.items()
        if name not in random and not any(s in context.noises or isinstance(s, Noise) for s in found)
    }


def _defined_through(node: sp.Basic, reach: Mapping[sp.Basic, tuple[Definition, set[sp.Symbol]]]) -> list[Definition]:
    """The definitions of names ``node`` holds that reach a variable it binds."""
    bound = _bound(node)
    if not bound:
        return []
    return [d for name, (d, found) in reach.items() if found & bound and name not in bound and node.has(name)]


def _written_out(node: sp.Basic, definitions: list[Definition]) -> sp.Basic:
    """``node`` with each of ``definitions`` written in: a symbol replaced by its body, a function's every
    application by its body at the arguments it is applied to."""
    node = node.xreplace({d.lhs: d.rhs for d in definitions if isinstance(d.lhs, sp.Symbol)})
    for d in definitions:
        if isinstance(d.lhs, AppliedUndef):
            node = node.replace(
                lambda e, d=d: isinstance(e, AppliedUndef) and e.func == d.lhs.func and len(e.args) == len(d.lhs.args),
                lambda e, d=d: d.rhs.xreplace(dict(zip(d.lhs.args, e.args))),
            )
    return node


def written_under_operators(expr: sp.Expr, context: Context) -> sp.Expr | str:
    """``expr`` with each name defined through a variable an operator binds (E, KL, an integral, a gradient, a
    derivative) written out inside that operator, the variable captured: ``E_{N(z; 0, 1)}[y]`` with ``y := z^2``
    is ``E[z^2]``, not ``y``; or why it is held (the name holds in law only, so it is no function to write out)."""
    reach = _reach(expr, context)
    for _ in range(len(reach) + 1):
        found = next(
            ((n, through) for n in sp.preorder_traversal(expr) if (through := _defined_through(n, reach))), None
        )
        if found is None:
            return expr
        node, through = found
        in_law = [d for d in through if d.relation is not Relation.EQ]
        if in_law:
            return f"'{in_law[0].name}' defines {in_law[0].lhs} through {sp.sstr(node)}'s variable, in law only"
        expr = expr.xreplace({node: _written_out(node, through)})
    return f"the definitions reached through {sp.sstr(expr)}'s operators do not end"


def _inexact(previous: sp.Expr, expr: sp.Expr) -> Verdict | None:
    """Undecided when a side holds a floating-point number: SymPy's Float is rounded to binary (0.1 + 0.2 - 0.3
    is 5.6e-17) and absorbs what its precision cannot hold (1 + 1e-20 is 1.0) before any rule sees it, so neither
    a proof nor a counterexample about it is one about the number written."""
    floats = sorted({f for side in (previous, expr) for f in side.atoms(sp.Float)}, key=str)
    if not floats:
        return None
    return Verdict(Status.UNDECIDED, f"the floating-point number {floats[0]} is not exact: write it as a fraction")


def check_step(step: Step, previous: sp.Expr, context: Context) -> Verdict:
    """Proved (by a rule whose conditions were checked), refuted (with a counterexample) or undecided.

    A wrong step between closed forms nearly always fails at the first random
    point, while the proof tiers can take minutes on large wrong expressions:
    so a few points are tried before the proof, and the full search after it.
    """
    previous, expr = context.prepare(previous), context.prepare(step.expr)
    inexact = _inexact(previous, expr)
    if inexact is not None:
        return inexact
    written = written_under_operators(previous, context), written_under_operators(expr, context)
    held = next((w for w in written if isinstance(w, str)), None)
    if held is not None:
        return Verdict(Status.UNDECIDED, f"a name is no constant of the operator around it: {held}")
    previous, expr = written
    early = refute(step.relation, step.rule, previous, expr, context, points=3, instances=False)
    if early is not None:
        return _noting(early, step.rule.missing(context))
    outcome = _justify(step.rule, step.relation, previous, expr, context)
    if isinstance(outcome, Justified):
        return Verdict(
            Status.PROVED, outcome.method, outcome.rule, outcome.conditions, outcome.axioms, uses=outcome.uses
        )
    refuted = refute(step.relation, step.rule, previous, expr, context)
    if refuted is not None:
        return _noting(refuted, step.rule.missing(context))
    return Verdict(
        Status.UNDECIDED,
        f"{outcome.reason}; no counterexample found{sums.beyond_largest_size(previous, expr, context)}"
        f"{_facts_note(context)}",
        residual=canonical(previous, context.equations, context.domains)
        - canonical(expr, context.equations, context.domains),
    )


def check_uncited(
    relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context, search: bool = True
) -> Verdict:
    """A step that names no rule (a note's): proved by the first candidate rule that proves it
    (:func:`derivations.kernel.search.candidates`, each checking its conditions), else refuted, else
    undecided with the most telling reason.  Without ``search``, for a caller that only asks whether the
    step is proved, the full search for a counterexample after the rules is skipped (undecided)."""
    from derivations.kernel import rules
    from derivations.kernel.search import candidates

    previous, expr = context.prepare(previous), context.prepare(expr)
    inexact = _inexact(previous, expr)
    if inexact is not None:
        return inexact
    written = written_under_operators(previous, context), written_under_operators(expr, context)
    held = next((w for w in written if isinstance(w, str)), None)
    if held is not None:
        return Verdict(Status.UNDECIDED, f"a name is no constant of the operator around it: {held}")
    previous, expr = written
    early = refute(relation, rules.ALGEBRA, previous, expr, context, points=3, instances=False)
    if early is not None:
        return early
    written = _identical_by_definitions(relation, previous, expr, context)
    if written is not None:
        return written
    reasons = []
    tried = list(candidates(relation, previous, expr, context))
    for rule in tried:
        if _idle_substitution(rule, previous, expr, context):
            reasons.append(f"{rule.name}: it changes neither side")  # it would only repeat plain algebra
            continue
        outcome = _justify(rule, relation, previous, expr, context)
        if isinstance(outcome, Justified):
            return Verdict(
                Status.PROVED, outcome.method, outcome.rule, outcome.conditions, outcome.axioms, uses=outcome.uses
            )
        reasons.append(outcome.reason)
    rewrites = [lambda e: e] + [rewrite for r in tried if (rewrite := r.sound_rewrite(context)) is not None]
    seen: set[tuple[sp.Expr, sp.Expr]] = set()
    for rewrite in rewrites if search else ():  # a rule's rewrite can make a side evaluable
        sides = (rewrite(previous), rewrite(expr))
        if sides in seen:
            continue  # several rules rewrite the step alike
        seen.add(sides)
        refuted = _refute_sides(relation, *sides, context)
        if refuted is not None:
            return refuted
    for rule in tried if search else ():  # a rewrite that holds where its conditions do: a counterexample meets them
        refuted = _refute_where(rule, relation, previous, expr, context)
        if refuted is not None:
            return refuted
    telling = next((r for r in reasons if "not declared" in r), reasons[0])
    searched = f"; no counterexample found{sums.beyond_largest_size(previous, expr, context)}" if search else ""
    return Verdict(Status.UNDECIDED, f"no rule proves it; {telling}{searched}{_facts_note(context)}")


def _prove(a: sp.Expr, b: sp.Expr, context: Context):
    return prove_equal(a, b, context.equations, context.domains, context.constraints)


def _identical_by_definitions(relation: Relation, previous: sp.Expr, expr: sp.Expr, context: Context) -> Verdict | None:
    """The proof by the declared definitions a step uses when, written out, its sides are the same expression or
    Gaussian densities at one point with equal means and variances: found before any rule that would rewrite
    them first (Bayes' rule on a density the context defines)."""
    from derivations.kernel import rules

    if relation in (Relation.EQ_LAW, Relation.LT, Relation.GT) or sums.has_indices(previous, expr):
        return None  # the same expression on both sides proves no strict inequality
    used = rules.reached(previous - expr, [d for d in context.definitions if d.relation is Relation.EQ])
    if not used:
        return None
    rule = rules.by(*used)
    rewrite = rule.sound_rewrite(context)
    if rewrite is None or rule.missing(context):
        return None
    before, after = rewrite(previous), rewrite(expr)
    conditions = tuple(f"'{d.name}' is declared" for d in used)
    if before == after:
        method = f"{rule.name}, then the same expression"
    elif isinstance(before, Normal) and isinstance(after, Normal) and before.point == after.point:
        proofs = [_prove(a, b, context) for a, b in ((before.mean, after.mean), (before.var, after.var))]
        if None in proofs:
            return None
        method = f"{rule.name}, then Gaussian densities with equal means and variances ({proofs[0].method})"
    else:
        return None
    return Verdict(Status.PROVED, method, rule.name, conditions, uses=tuple(used))


def _idle_substitution(rule, previous: sp.Expr, expr: sp.Expr, context: Context) -> bool:
    """A definition to substitute that appears on neither side: trying it would repeat plain algebra."""
    from derivations.kernel import rules

    if not isinstance(rule, rules.ByDefinition):
        return False
    rewrite = rule.sound_rewrite(context)
    return rewrite is not None and rewrite(previous) == previous and rewrite(expr) == expr


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
        return Status.combined([r.verdict.status for r in self.steps] + [self.closure.status])

    @property
    def first_failure(self) -> StepResult | None:
        return next((r for r in self.steps if not r.verdict.proved), None)

    @property
    def proved_count(self) -> int:
        return sum(r.verdict.proved for r in self.steps)

    @property
    def axioms(self) -> tuple[str, ...]:
        return tuple(sorted({a for r in self.steps for a in r.verdict.axioms}))

    @property
    def uses(self) -> tuple[object, ...]:
        """The assumptions its proofs relied on (definitions, chains, noises, axioms)."""
        return tuple(dict.fromkeys(u for r in self.steps for u in r.verdict.uses))

    def _repr_latex_(self) -> str:
        from derivations.latex import derivation_latex

        return derivation_latex(self.derivation, self.steps)


def _closure(derivation: Derivation) -> Verdict:
    relation = Relation.EQ
    for step in derivation.steps:
        combined = relation.then(step.relation)
        if combined is None:
            return Verdict(Status.UNDECIDED, f"the chain mixes {relation.value} and {step.relation.value}")
        relation = combined
    if not relation.implies(derivation.relation):
        return Verdict(
            Status.UNDECIDED, f"the chain gives {relation.value}, the claim says {derivation.relation.value}"
        )
    last = derivation.expressions()[-1]
    if last != derivation.rhs:
        return Verdict(
            Status.UNDECIDED, "the last step is not the claim's right-hand side", residual=last - derivation.rhs
        )
    count = len(derivation.steps)
    return Verdict(Status.PROVED, f"chain of {count} step{'s' if count != 1 else ''} gives {relation.value}")


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
            laws = gaussian_law(lhs, context.noises), gaussian_law(rhs, context.noises)
            if None not in laws:
                comparisons = list(zip(laws[0], laws[1]))
        proofs = [prove_equal(a, b, None, domains, context.constraints) for a, b in comparisons]
        if all(proofs):
            return InstanceResult(
                instance, derivation, InstanceStatus.HOLDS, lhs, rhs, "; ".join(p.method for p in proofs)
            )
        for a, b in comparisons:
            found = find_counterexample(a, b, domains, Relation.EQ, constraints=context.constraints)
            if found is not None:
                return InstanceResult(instance, derivation, InstanceStatus.FAILS, lhs, rhs, "differs", found)
        return InstanceResult(
            instance, derivation, InstanceStatus.UNEVALUATED, lhs, rhs, "not shown equal, no counterexample"
        )
    found = find_counterexample(lhs, rhs, domains, derivation.relation, points=points, constraints=context.constraints)
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
        return Status.combined(d.status for d in self.derivations)

    @property
    def axioms(self) -> tuple[str, ...]:
        """The user's axioms the proofs rely on (an identity that uses one is not plainly verified)."""
        return tuple(sorted({a for d in self.derivations for a in d.axioms}))

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


_IN_PROGRESS: set[str] = set()


@cache
def _checked_once(identity: Identity) -> IdentityResult:
    return _check_identity(identity)


def _verified(name: str) -> IdentityResult | None:
    """The catalogue identity ``name`` checked (once per process), or None while it is being checked."""
    from derivations.catalogue import BY_NAME

    if name in _IN_PROGRESS:
        return None
    return _checked_once(BY_NAME[name])


def check_identity(identity: Identity) -> IdentityResult:
    """Check every step of every derivation, and every claim on every instance.

    An identity of the catalogue is checked once per process (a lemma cites it
    too).  Raises :class:`InconsistentAssumptions` when the assumptions conflict.
    """
    from derivations.catalogue import BY_NAME

    if BY_NAME.get(identity.name) is identity and identity.name not in _IN_PROGRESS:
        return _checked_once(identity)
    return _check_identity(identity)


def _check_identity(identity: Identity) -> IdentityResult:
    start = time.perf_counter()
    _IN_PROGRESS.add(identity.name)
    try:
        context = Context.of(identity)
        derivations = []
        for derivation in identity.derivations:
            result = check_derivation(derivation, context.under(identity, derivation))
            derivations.append(result)
            if result.status is Status.PROVED and derivation.relation is Relation.EQ and not derivation.hypotheses:
                context = context.with_claim(Claim(derivation.lhs, derivation.rhs, result.axioms, result.uses))
    finally:
        _IN_PROGRESS.discard(identity.name)
    instances = tuple(
        check_instance(instance, derivation, context.under(identity, derivation))
        for instance in identity.instances
        for derivation in identity.derivations
        if instance_applies(instance, derivation)
    )
    return IdentityResult(identity, tuple(derivations), instances, time.perf_counter() - start)


def instance_applies(instance: Instance, derivation: Derivation) -> bool:
    """An instance speaks to a claim when it gives a closed form to every atom the claim uses."""
    if instance.claims and derivation.label not in instance.claims:
        return False
    claim = _plain(derivation.lhs - derivation.rhs)
    known = {_plain(old) for old, _ in instance.substitutions if isinstance(old, sp.Basic)}
    functions = {old for old, _ in instance.substitutions if not isinstance(old, sp.Basic)}
    return all(atom in known for atom in claim.atoms(Density)) and all(
        atom.func in functions for atom in claim.atoms(sp.core.function.AppliedUndef)
    )
