"""How a step was justified: the rule it cites, the rule that proved it, what was checked, what was assumed.

Every format (the table, JSON, LaTeX, HTML, JUnit, pytest) says this the same
way, from the fields of :class:`~derivations.kernel.vocabulary.Verdict`:
``rule`` is the kernel rule that proved the step, ``conditions`` the side
conditions it checked, ``axioms`` the user's axioms the proof relied on.  A
citation that did no work -- the step was proved, but by another rule -- is
said to be unused: ``proved by algebra (citation not used)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from derivations.kernel.vocabulary import Status, Verdict


@dataclass(frozen=True)
class Justification:
    """What a reader needs to know about why a step holds (or does not)."""

    cited: str
    status: Status
    proved_by: str = ""
    conditions: tuple[str, ...] = ()
    axioms: tuple[str, ...] = ()

    @classmethod
    def of(cls, cited: str, verdict: Verdict) -> Justification:
        """The justification of a step citing the rule named ``cited`` that received ``verdict``."""
        proved_by = verdict.rule if verdict.proved else ""
        return cls(cited, verdict.status, proved_by, tuple(verdict.conditions), tuple(verdict.axioms))

    @property
    def citation_used(self) -> bool:
        """False when the step was proved by another rule than the one it cites."""
        return not self.proved_by or self.proved_by == self.cited

    @property
    def rule(self) -> str:
        """The rule to name beside the step: the one that proved it, else the one cited."""
        return self.proved_by or self.cited

    def note(self) -> str:
        """What is written beside the step: the rule cited, or the rule that did the work instead."""
        if self.citation_used:
            return self.cited
        return f"proved by {self.proved_by} (citation not used: {self.cited})"

    def checked(self) -> str | None:
        """The side conditions checked and the axioms assumed, as a sentence (None when there are none)."""
        parts = []
        if self.conditions:
            parts.append("Checked: " + "; ".join(self.conditions))
        if self.axioms:
            parts.append(f"Assuming {_axioms(len(self.axioms))}: " + "; ".join(self.axioms))
        return ". ".join(parts) + "." if parts else None

    def text(self) -> str:
        """One line of plain text: ``proved by Jensen's inequality; checked: ...; assuming axiom: ...``."""
        if self.status is not Status.PROVED:
            return f"{self.status.value} (cites {self.cited})"
        words = f"proved by {self.rule}" + ("" if self.citation_used else " (citation not used)")
        if self.conditions:
            words += "; checked: " + ", ".join(self.conditions)
        if self.axioms:
            words += f"; assuming {_axioms(len(self.axioms))}: " + ", ".join(self.axioms)
        return words


def _axioms(count: int) -> str:
    return "axiom" if count == 1 else "axioms"


def assuming(axioms: tuple[str, ...] | list[str]) -> str:
    """``assuming 1 axiom``, ``assuming 2 axioms``: what a verdict that relied on axioms adds."""
    return f"assuming {len(axioms)} {_axioms(len(axioms))}"
