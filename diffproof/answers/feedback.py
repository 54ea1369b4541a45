"""A judgement as text a student can act on: the verdict, the answer as it was read, and the evidence."""

from __future__ import annotations

from diffproof.answers.judge import Judgement


def describe(judgement: Judgement) -> str:
    """Several lines: the verdict and its reason, then the parsed answer, the reference and the evidence."""
    lines = [f"{judgement.word}: {judgement.reason}"]
    if judgement.verdict is None:
        if judgement.context:
            lines.append(judgement.context)
        return "\n".join(lines)
    if judgement.feedback:
        lines.append(f"  feedback:       {judgement.feedback}")
    if judgement.diagnosis:
        lines.append(f"  diagnosis:      {judgement.diagnosis}")
    for note in judgement.notes:
        lines.append(f"  note:           {note}")
    if judgement.answer_latex:
        lines.append(f"  answer as read: {judgement.answer_latex}")
        lines.append(f"  reference:      {judgement.reference_latex}")
    if judgement.relations:
        lines.append(f"  relations used: {'; '.join(judgement.relations)}")
    if judgement.domains:
        lines.append("  domains:        " + ", ".join(f"{name} in {domain}" for name, domain in judgement.domains))
    example = judgement.counterexample
    if example is not None:
        lines.append("  counterexample: " + ", ".join(f"{name} = {value:.6g}" for name, value in example.point))
        if example.derived:
            lines.append(
                "                  so " + ", ".join(f"{name} = {value:.10g}" for name, value in example.derived)
            )
        lines.append(f"                  reference = {_number(example.lhs)}")
        lines.append(f"                  answer    = {_number(example.rhs)}")
    return "\n".join(lines)


def _number(value) -> str:
    if isinstance(value, complex):
        return f"{value.real:.15g}{value.imag:+.15g}i"
    if isinstance(value, float):
        return f"{value:.15g}"
    return str(value)
