"""A verdict as text a student can act on: the answer as it was read, and the evidence."""

from __future__ import annotations

from diffproof.answers.judge import Status, Verdict


def describe(verdict: Verdict) -> str:
    """Several lines: the verdict and its reason, then the parsed answer, the reference and the evidence."""
    lines = [f"{verdict.status.value}: {verdict.reason}"]
    if verdict.status is Status.INVALID:
        if verdict.note:
            lines.append(verdict.note)
        return "\n".join(lines)
    if verdict.note:
        lines.append(f"  note:           {verdict.note}")
    if verdict.answer_latex:
        lines.append(f"  answer as read: {verdict.answer_latex}")
        lines.append(f"  reference:      {verdict.reference_latex}")
    if verdict.relations:
        lines.append(f"  relations used: {'; '.join(verdict.relations)}")
    example = verdict.counterexample
    if example is not None:
        lines.append("  counterexample: " + ", ".join(f"{name} = {value}" for name, value in example.point))
        if example.derived:
            lines.append("                  so " + ", ".join(f"{name} = {value}" for name, value in example.derived))
        lines.append(f"                  reference = {example.reference}")
        lines.append(f"                  answer    = {example.answer}")
    return "\n".join(lines)
