"""pytest plugin: the derivations a test module defines become test items, one per identity.

Installed with the package (entry point ``pytest11``); ``-p no:diffproof``
turns it off.  A module-level :class:`~derivations.model.Identity` in a
collected test module becomes an item that passes when the identity is
verified and fails with the failing step, its residual and a counterexample
(the same lines as ``diffproof verify``'s report and JUnit details).
Nothing is imported until an identity is found, so suites without
derivations are neither slowed down nor changed.
"""

from __future__ import annotations

import pytest


def _is_identity(obj: object) -> bool:
    kind = type(obj)
    return kind.__name__ == "Identity" and kind.__module__ == "derivations.model"


def pytest_pycollect_makeitem(collector, name, obj):
    if _is_identity(obj) and isinstance(collector, pytest.Module):
        return IdentityItem.from_parent(collector, name=obj.name, identity=obj)
    return None


class DerivationFailure(Exception):
    """An identity that is not verified; the message says where and why."""


class IdentityItem(pytest.Item):
    """One identity, verified symbolically (steps and instances) and numerically if the module has CHECKS."""

    def __init__(self, *, identity, **kwargs) -> None:
        super().__init__(**kwargs)
        self.identity = identity

    def runtest(self) -> None:
        from diffproof.report import verify

        checks = getattr(self.parent.obj, "CHECKS", {})
        report = verify(self.identity, seed=0, checks=checks)
        for derivation in report.derivations:
            for step in derivation.steps:
                if step.verdict.proved and not step.justification.citation_used:
                    self.add_report_section(
                        "call",
                        "diffproof",
                        f"{derivation.derivation.label}, step {step.index}: {step.justification.text()}",
                    )
        if not report.verified:
            raise DerivationFailure("\n".join(report.details()))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DerivationFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"identity {self.identity.name}"
