"""Verification of identities: symbolic steps, concrete instances and numeric checks together.

An identity is *verified* only when every step of every derivation is proved,
every concrete instance holds, and its numeric check passes.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import sympy as sp

from derivations.kernel.checking import IdentityResult, InstanceStatus, Status, check_identity
from derivations.model import Identity
from numeric.checks import CHECKS, Check
from numeric.montecarlo import NumericResult


@dataclass(frozen=True)
class Report:
    """Everything known about one identity after verification."""

    symbolic: IdentityResult
    numeric: NumericResult | None
    seconds: float

    @property
    def identity(self) -> Identity:
        return self.symbolic.identity

    @property
    def verified(self) -> bool:
        """Every step proved, no instance failing or unevaluated, and the numeric check (if any) passing.

        Every identity of the catalogue has instances and a numeric check (a test
        enforces it); a user's own identity may have neither.
        """
        return (
            self.symbolic.status is Status.PROVED
            and all(r.holds for r in self.symbolic.instances)
            and (self.numeric is None or self.numeric.passed)
        )

    @property
    def verdict(self) -> str:
        if self.verified:
            return "verified"
        if self.symbolic.status is Status.REFUTED:
            return "refuted"
        if any(r.status is InstanceStatus.FAILS for r in self.symbolic.instances):
            return "refuted"
        if self.numeric is not None and not self.numeric.passed:
            return "numeric check failed"
        return "undecided"

    def failure(self) -> str | None:
        """Where it went wrong, in one line: the derivation and step, or the instance or check."""
        found = self.symbolic.first_failure
        if found is not None:
            derivation, step = found
            return f"{derivation.derivation.label}, step {step.index} ({step.step.rule.name}): {step.verdict.status.value}: {step.verdict.reason}"
        for result in self.symbolic.derivations:
            if not result.closure.proved:
                return f"{result.derivation.label}: {result.closure.reason}"
        for result in self.symbolic.instances:
            if not result.holds:
                return f"instance {result.instance.description}: {result.status.value}"
        if self.numeric is None:
            return None
        for comparison in self.numeric.comparisons:
            if not comparison.passed:
                return f"numeric: {comparison.describe()}"
        return None


def rng_for(identity: Identity, seed: int) -> np.random.Generator:
    """A generator that depends only on the seed and the identity's name (reproducible, independent)."""
    return np.random.default_rng([seed, zlib.crc32(identity.name.encode())])


def verify(identity: Identity, seed: int = 0, checks: Mapping[str, Check] = CHECKS) -> Report:
    """Check the identity's steps and instances, and run its numeric check from ``checks`` if there is one."""
    start = time.perf_counter()
    symbolic = check_identity(identity)
    check = checks.get(identity.name)
    numeric = check(rng_for(identity, seed)) if check is not None else None
    return Report(symbolic, numeric, time.perf_counter() - start)


def _counterexample(verdict) -> dict | None:
    found = verdict.counterexample
    if found is None:
        return None
    return {"point": dict(found.point), "lhs": found.lhs, "rhs": found.rhs}


def to_json(report: Report) -> dict:
    """A JSON-ready description of the report, every step with its verdict and evidence."""
    proved, total = report.symbolic.steps_proved
    return {
        "name": report.identity.name,
        "section": report.identity.section,
        "verdict": report.verdict,
        "verified": report.verified,
        "steps_proved": proved,
        "steps_total": total,
        "seconds": round(report.seconds, 4),
        "failure": report.failure(),
        "derivations": [
            {
                "label": result.derivation.label,
                "status": result.status.value,
                "closure": result.closure.reason,
                "steps": [
                    {
                        "index": step.index,
                        "relation": step.step.relation.value,
                        "expr": sp.sstr(step.step.expr),
                        "rule": step.step.rule.name,
                        "status": step.verdict.status.value,
                        "method": step.verdict.reason,
                        "residual": None if step.verdict.residual is None else sp.sstr(step.verdict.residual),
                        "counterexample": _counterexample(step.verdict),
                        "seconds": round(step.seconds, 4),
                    }
                    for step in result.steps
                ],
            }
            for result in report.symbolic.derivations
        ],
        "instances": [
            {
                "instance": result.instance.description,
                "claim": result.derivation.label,
                "status": result.status.value,
                "method": result.method,
            }
            for result in report.symbolic.instances
        ],
        "numeric": None
        if report.numeric is None
        else {
            "family": report.numeric.family,
            "passed": report.numeric.passed,
            "false_alarm": report.numeric.false_alarm,
            "comparisons": [
                {
                    "label": c.label,
                    "estimate": c.estimate,
                    "reference": c.reference,
                    "interval": list(c.interval),
                    "n": c.n,
                    "test": c.test,
                    "passed": c.passed,
                }
                for c in report.numeric.comparisons
            ],
        },
    }
