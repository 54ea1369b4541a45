"""Verification of identities: symbolic steps, concrete instances and numeric checks, as one report.

An identity is *verified* only when every step of every derivation is proved,
every concrete instance holds, and its numeric check passes; one whose proof
relied on a declared axiom is verified *assuming* it, and says so.

A :class:`Report` holds plain data -- verdicts, counterexamples, figures --
beside the identity it speaks of.  It is built from its JSON form
(:func:`to_json`, :func:`from_json`) whether the results are fresh or read
back from the cache (:mod:`diffproof.cache`), so that both give the same
report; every format (the table, JSON, LaTeX, HTML, JUnit, GitHub annotations,
the pytest plugin) is rendered from it.
"""

from __future__ import annotations

import math
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from derivations.justification import Justification, assuming
from derivations.kernel.checking import IdentityResult, InstanceStatus, check_identity
from derivations.kernel.vocabulary import Counterexample, Status, Verdict, shown_residual
from derivations.model import Derivation, Identity, Step
from diffproof.schema import SCHEMA_VERSION
from numeric.montecarlo import Comparison, NumericResult


class ReportMismatch(ValueError):
    """A JSON report that does not describe the identity it is read for (another version of it)."""


# ---------------------------------------------------------------------- parts


@dataclass(frozen=True)
class StepReport:
    """A step with its verdict; the residual (``lhs - rhs`` when worth showing) as text."""

    index: int
    step: Step
    previous: sp.Expr
    verdict: Verdict
    residual: str | None = None
    seconds: float = 0.0

    @property
    def justification(self) -> Justification:
        return Justification.of(self.step.rule.name, self.verdict)


@dataclass(frozen=True)
class DerivationReport:
    """A derivation's steps with their verdicts, and whether the chain ends at the claim."""

    derivation: Derivation
    steps: tuple[StepReport, ...]
    closure: Verdict
    closure_residual: str | None = None

    @property
    def status(self) -> Status:
        return Status.combined([step.verdict.status for step in self.steps] + [self.closure.status])

    @property
    def first_failure(self) -> StepReport | None:
        return next((step for step in self.steps if not step.verdict.proved), None)

    @property
    def proved_count(self) -> int:
        return sum(step.verdict.proved for step in self.steps)


@dataclass(frozen=True)
class InstanceReport:
    """A claim evaluated on a concrete family: whether it holds, how, and where it fails."""

    description: str
    claim: str
    status: InstanceStatus
    method: str
    counterexample: Counterexample | None = None

    @property
    def holds(self) -> bool:
        return self.status in (InstanceStatus.HOLDS, InstanceStatus.HOLDS_AT_POINTS)


@dataclass(frozen=True)
class Report:
    """Everything known about one identity after verification."""

    identity: Identity
    derivations: tuple[DerivationReport, ...]
    instances: tuple[InstanceReport, ...]
    numeric: NumericResult | None
    seconds: float
    cached: bool = field(default=False, compare=False)

    @property
    def status(self) -> Status:
        """The status of the symbolic proof: every derivation's."""
        return Status.combined(d.status for d in self.derivations)

    @property
    def steps_proved(self) -> tuple[int, int]:
        return sum(d.proved_count for d in self.derivations), sum(len(d.steps) for d in self.derivations)

    @property
    def axioms(self) -> tuple[str, ...]:
        """The user's axioms that some step relied on, each once, in order of use."""
        used = [axiom for d in self.derivations for s in d.steps for axiom in s.verdict.axioms]
        return tuple(dict.fromkeys(used))

    @property
    def verified(self) -> bool:
        """Every step proved, no instance failing or unevaluated, and the numeric check (if any) passing.

        Every identity of the catalogue has instances and a numeric check (a test
        enforces it); a user's own identity may have neither.
        """
        return (
            self.status is Status.PROVED
            and all(r.holds for r in self.instances)
            and (self.numeric is None or self.numeric.passed)
        )

    @property
    def verdict(self) -> str:
        """``verified`` (or ``verified (assuming 1 axiom)``), ``refuted``, ``numeric check failed``, ``undecided``."""
        if self.verified:
            return f"verified ({assuming(self.axioms)})" if self.axioms else "verified"
        if self.status is Status.REFUTED or any(r.status is InstanceStatus.FAILS for r in self.instances):
            return "refuted"
        if self.numeric is not None and not self.numeric.passed:
            return "numeric check failed"
        return "undecided"

    @property
    def first_failure(self) -> tuple[DerivationReport, StepReport] | None:
        for result in self.derivations:
            failure = result.first_failure
            if failure is not None:
                return result, failure
        return None

    def failure(self) -> str | None:
        """Where it went wrong, in one line: the step with its evidence, or the chain, instance or check."""
        found = self.first_failure
        if found is not None:
            derivation, step = found
            return (
                f"{derivation.derivation.label}, step {step.index} ({step.step.rule.name}): {step.verdict.describe()}"
            )
        for result in self.derivations:
            if not result.closure.proved:
                return f"{result.derivation.label}: {result.closure.describe()}"
        for result in self.instances:
            if not result.holds:
                found = f" ({result.counterexample.describe()})" if result.counterexample else ""
                return f"instance {result.description}: {result.status.value}{found}"
        if self.numeric is not None:
            for comparison in self.numeric.comparisons:
                if not comparison.passed:
                    return f"numeric: {comparison.describe()}"
        return None

    def details(self) -> list[str]:
        """The failure with its evidence, over several lines (pytest, JUnit): step, sides, residual, point."""
        lines = [f"identity {self.identity.name!r} is {self.verdict}: {self.failure()}"]
        found = self.first_failure
        if found is not None:
            derivation, step = found
            lines += [
                f"  derivation: {derivation.derivation.label}, step {step.index} ({step.step.relation.value}, {step.step.rule.name})",
                f"  from:  {sp.sstr(step.previous)}",
                f"  to:    {sp.sstr(step.step.expr)}",
            ]
            if step.residual is not None:
                lines.append(f"  residual: {step.residual}")
            if step.verdict.counterexample is not None:
                lines.append(f"  counterexample: {step.verdict.counterexample.describe()}")
        for result in self.instances:
            if result.counterexample is not None:
                lines.append(f"  instance {result.description}: counterexample {result.counterexample.describe()}")
        if self.numeric is not None:
            lines += [f"  numeric: {c.describe()}" for c in self.numeric.comparisons if not c.passed]
        return lines

    def _repr_html_(self) -> str:
        from derivations.html import report_html

        return report_html(self)

    def _repr_latex_(self) -> str:
        from derivations.latex import report_latex

        return report_latex(self)


# ------------------------------------------------------------------ verifying


def rng_for(identity: Identity, seed: int) -> np.random.Generator:
    """A generator that depends only on the seed and the identity's name (reproducible, independent)."""
    return np.random.default_rng([seed, zlib.crc32(identity.name.encode())])


def verify(identity: Identity, seed: int = 0, checks: Mapping | None = None, cache=None) -> Report:
    """Check the identity's steps and instances, and run its numeric check from ``checks`` if there is one.

    ``checks`` maps names to ``check(rng) -> NumericResult`` (the catalogue's by default).  With a
    :class:`~diffproof.cache.Cache`, a result stored for the same content is read back instead.
    """
    if checks is None:
        from numeric.checks import CHECKS as checks
    check = checks.get(identity.name)
    key = cache.key(identity, seed, check) if cache is not None else None
    if key is not None:
        stored = cache.load(key)
        if stored is not None:
            try:
                report = from_json(identity, stored, cached=True)
            except (ReportMismatch, KeyError, TypeError, ValueError, AttributeError):
                pass  # not a report of this identity (a damaged file): check again
            else:
                cache.count(hit=True)
                return report
        cache.count(hit=False)
    start = time.perf_counter()
    symbolic = check_identity(identity)
    numeric = check(rng_for(identity, seed)) if check is not None else None
    data = to_json(_fresh(symbolic, numeric, time.perf_counter() - start))
    if key is not None:
        cache.store(key, data)
    return from_json(identity, data)


def _fresh(symbolic: IdentityResult, numeric: NumericResult | None, seconds: float) -> Report:
    derivations = tuple(
        DerivationReport(
            result.derivation,
            tuple(
                StepReport(s.index, s.step, s.previous, _bare(s.verdict), shown_residual(s.verdict.residual), s.seconds)
                for s in result.steps
            ),
            _bare(result.closure),
            shown_residual(result.closure.residual),
        )
        for result in symbolic.derivations
    )
    instances = tuple(
        InstanceReport(r.instance.description, r.derivation.label, r.status, r.method, r.counterexample)
        for r in symbolic.instances
    )
    return Report(symbolic.identity, derivations, instances, numeric, seconds)


def _bare(verdict: Verdict) -> Verdict:
    """The verdict without its residual (kept as text beside it, so that a report is plain data)."""
    return Verdict(
        verdict.status, verdict.reason, verdict.rule, verdict.conditions, verdict.axioms, None, verdict.counterexample
    )


# ----------------------------------------------------------------------- JSON


def _real(value: float) -> float | str:
    """A float as JSON has it: finite numbers as numbers, the others as ``"inf"``, ``"-inf"``, ``"nan"``."""
    value = float(value)
    return value if math.isfinite(value) else str(value)


def _step_json(step: StepReport) -> dict:
    verdict = step.verdict.to_json()
    verdict["residual"] = step.residual
    justification = step.justification
    return {
        "index": step.index,
        "relation": step.step.relation.value,
        "expr": sp.sstr(step.step.expr),
        "rule": step.step.rule.name,
        "status": step.verdict.status.value,
        "justification": justification.text(),
        "citation_used": justification.citation_used,
        "verdict": verdict,
        "seconds": round(step.seconds, 4),
    }


def to_json(report: Report) -> dict:
    """The report as plain JSON types: every step with its verdict and evidence, every instance and comparison."""
    proved, total = report.steps_proved
    return {
        "name": report.identity.name,
        "title": report.identity.title,
        "section": report.identity.section,
        "verdict": report.verdict,
        "verified": report.verified,
        "axioms": list(report.axioms),
        "steps_proved": proved,
        "steps_total": total,
        "seconds": round(report.seconds, 4),
        "failure": report.failure(),
        "derivations": [
            {
                "label": result.derivation.label,
                "relation": result.derivation.relation.value,
                "status": result.status.value,
                "closure": {**result.closure.to_json(), "residual": result.closure_residual},
                "steps": [_step_json(step) for step in result.steps],
            }
            for result in report.derivations
        ],
        "instances": [
            {
                "instance": result.description,
                "claim": result.claim,
                "status": result.status.value,
                "holds": result.holds,
                "method": result.method,
                "counterexample": None if result.counterexample is None else result.counterexample.to_json(),
            }
            for result in report.instances
        ],
        "numeric": None if report.numeric is None else _numeric_json(report.numeric),
    }


def _numeric_json(result: NumericResult) -> dict:
    return {
        "family": result.family,
        "passed": bool(result.passed),
        "false_alarm": _real(result.false_alarm),
        "comparisons": [
            {
                "label": c.label,
                "estimate": _real(c.estimate),
                "reference": _real(c.reference),
                "interval": [_real(c.interval[0]), _real(c.interval[1])],
                "n": int(c.n),
                "test": c.test,
                "passed": bool(c.passed),
            }
            for c in result.comparisons
        ],
    }


def _counterexample(data: dict | None) -> Counterexample | None:
    if data is None:
        return None
    return Counterexample(
        tuple(data["point"].items()),
        data["lhs"],
        data["rhs"],
        data.get("where", ""),
        tuple(data["derived"].items()),
        chosen=tuple(data.get("chosen", {}).items()),
    )


def _verdict(data: dict) -> Verdict:
    return Verdict(
        Status(data["status"]),
        data["reason"],
        data["rule"] or "",
        tuple(data["conditions"]),
        tuple(data["axioms"]),
        None,
        _counterexample(data["counterexample"]),
    )


def _numeric(identity: Identity, data: dict | None) -> NumericResult | None:
    if data is None:
        return None
    comparisons = tuple(
        Comparison(
            c["label"],
            float(c["estimate"]),
            float(c["reference"]),
            (float(c["interval"][0]), float(c["interval"][1])),
            c["n"],
            c["passed"],
            c["test"],
        )
        for c in data["comparisons"]
    )
    return NumericResult(identity.name, data["family"], comparisons, float(data["false_alarm"]))


def from_json(identity: Identity, data: Mapping, cached: bool = False) -> Report:
    """The report that :func:`to_json` gave ``data`` for ``identity``; :class:`ReportMismatch` if it is not its."""
    if data.get("name") != identity.name or len(data["derivations"]) != len(identity.derivations):
        raise ReportMismatch(f"the report is not one of {identity.name!r}")
    derivations = []
    for derivation, entry in zip(identity.derivations, data["derivations"]):
        if entry["label"] != derivation.label or len(entry["steps"]) != len(derivation.steps):
            raise ReportMismatch(f"{identity.name!r}: derivation {derivation.label!r} differs")
        steps = tuple(
            StepReport(index, step, previous, _verdict(s["verdict"]), s["verdict"]["residual"], s["seconds"])
            for index, (step, previous, s) in enumerate(
                zip(derivation.steps, derivation.expressions(), entry["steps"]), start=1
            )
        )
        closure = entry["closure"]
        derivations.append(DerivationReport(derivation, steps, _verdict(closure), closure["residual"]))
    instances = tuple(
        InstanceReport(
            i["instance"], i["claim"], InstanceStatus(i["status"]), i["method"], _counterexample(i["counterexample"])
        )
        for i in data["instances"]
    )
    return Report(identity, tuple(derivations), instances, _numeric(identity, data["numeric"]), data["seconds"], cached)


def document(reports: list[Report], seed: int, seconds: float, cache: Mapping | None = None) -> dict:
    """The JSON document of a run: schema version, overall result, seed, and every identity's report."""
    return {
        "schema_version": SCHEMA_VERSION,
        "verified": all(r.verified for r in reports),
        "seed": seed,
        "seconds": round(seconds, 3),
        "cache": dict(cache) if cache is not None else None,
        "identities": [to_json(r) for r in reports],
    }


__all__ = [
    "SCHEMA_VERSION",
    "DerivationReport",
    "InstanceReport",
    "Report",
    "ReportMismatch",
    "StepReport",
    "document",
    "from_json",
    "rng_for",
    "to_json",
    "verify",
]
