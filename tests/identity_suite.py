"""Assertions and builders shared by the identities' test files (wrong variants, proofs, numeric checks)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from derivations.kernel.checking import IdentityResult, InstanceStatus, Status, check_identity
from derivations.latex import latex
from derivations.model import Identity, Step

SEED = 20221124


def assert_every_step_proved(result: IdentityResult) -> None:
    """Every step of every derivation proved, and every chain closes on its claim."""
    for derivation in result.derivations:
        for step in derivation.steps:
            assert step.verdict.status is Status.PROVED, (derivation.derivation.label, step.index, step.verdict)
        assert derivation.closure.proved, derivation.closure


def assert_instances_hold_identically(result: IdentityResult) -> None:
    assert result.instances, "every identity has a concrete instance"
    assert all(r.status is InstanceStatus.HOLDS for r in result.instances), [r.method for r in result.instances]


def assert_numeric_check_passes(check) -> None:
    result = check(np.random.default_rng(SEED))
    assert result.comparisons
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


def assert_every_expression_renders(identity: Identity) -> None:
    for derivation in identity.derivations:
        for expr in derivation.expressions():
            assert latex(expr), expr


def assert_verified(identity: Identity, check) -> None:
    """Every step proved, every instance holding identically, the numeric check passing, every expression rendered."""
    result = check_identity(identity)
    assert_every_step_proved(result)
    assert_instances_hold_identically(result)
    assert_numeric_check_passes(check)
    assert_every_expression_renders(identity)


def assert_wrong_variant_rejected(variant: Identity, derivation: int, step: int, check) -> None:
    """Refuted at ``step`` of ``derivation`` with a counterexample, and rejected by the numeric check."""
    assert_refuted_at(variant, derivation, step)
    assert not check(np.random.default_rng(SEED), identity=variant).passed


def assert_refuted_at(variant: Identity, derivation: int, step: int) -> None:
    """The first failure of ``variant`` is a refutation of ``step`` of ``derivation``, with a real counterexample."""
    result = check_identity(variant)
    assert result.status is Status.REFUTED
    found_derivation, found_step = result.first_failure
    assert found_derivation is result.derivations[derivation]
    assert found_step.index == step
    assert found_step.verdict.status is Status.REFUTED
    counterexample = found_step.verdict.counterexample
    assert counterexample is not None and abs(counterexample.difference) > 1e-9


def with_steps(identity: Identity, index: int, steps: tuple[Step, ...], rhs=None, relation=None) -> Identity:
    """``identity`` with derivation ``index`` ending in ``steps`` (and the claim adjusted)."""
    derivation = identity.derivations[index]
    changed = replace(
        derivation,
        steps=steps,
        rhs=steps[-1].expr if rhs is None else rhs,
        relation=derivation.relation if relation is None else relation,
    )
    derivations = list(identity.derivations)
    derivations[index] = changed
    return replace(identity, derivations=tuple(derivations))


@dataclass(frozen=True)
class Variant:
    name: str
    build: Callable[[], Identity]
    derivation: int
    step: int
    check: Callable
