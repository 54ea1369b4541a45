"""The standard reading: the DDPM chain, schedule and independent noises a note may mean without stating them,
as the assumptions a step is checked again under, and the reason shown for a step proved only there."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from derivations.kernel.assumptions import Definition
from derivations.kernel.checking import InconsistentAssumptions
from derivations.kernel.rules import written_out
from derivations.kernel.vocabulary import Relation, Verdict
from derivations.probability import Density, Normal
from diffproof.notecheck import contexts
from diffproof.notecheck.assumptions import StepContext, domains
from diffproof.notecheck.readings import Outcome, Reading, describe, kernel_verdict, stated_proof


def standard_proof(verdict: Verdict, extra: list) -> str:
    """The reason for a step proved only under the standard reading, naming the assumptions the proof used."""
    used = [describe(u) for u in verdict.uses if u in extra]
    assumed = "; ".join(dict.fromkeys(used)) if used else "the standard DDPM reading holds"
    return (
        f"it is true if {assumed} (the standard DDPM reading, which the note does not state: declare it with "
        f"'% diffproof: context ddpm'); proved then by {verdict.rule or verdict.reason}"
    )


#: How an assumption that follows from the note's own statements of its process is labelled (not "DDPM").
OWN_PROCESS = "(from the process the note states)"


def standard_assumptions(
    context: StepContext,
    used: set[sp.Symbol],
    reading: Reading,
    in_law: bool = False,
    written: contexts.Written = contexts.AS_WRITTEN,
    own: bool = False,
) -> list:
    """The DDPM context for the names of a step (bound variables included: an expectation over noises);
    ``written``: its sides as the note wrote them, before its random variables' definitions were substituted;
    ``own``: only the parts that follow from the process the note states itself (:func:`contexts.ddpm`).

    Its Gaussian transitions are included when the step writes Gaussians or a density of the forward law q
    (an expectation under q): a counterexample in a finite model of q, which they rule out, would not
    satisfy the reading."""
    sides = _through_numbers(context, (reading.lhs, reading.rhs))
    used = used | sides[0].atoms(sp.Symbol) | sides[1].atoms(sp.Symbol)
    gaussians = any(side.has(sp.exp, Normal) or any(d.name == "q" for d in side.atoms(Density)) for side in sides)
    disputed = frozenset(context.disputed)
    process = context.process if own else None
    found = contexts.ddpm(context.vocabulary, used, context.defined, gaussians, sides, in_law, disputed, written,
                          process, frozenset(context.unchained), context.ties, frozenset(context.related))  # fmt: skip
    return [_owned(a) for a in found] if own else found


def _through_numbers(context: StepContext, sides: tuple[sp.Expr, sp.Expr]) -> tuple[sp.Expr, sp.Expr]:
    """``sides`` with the note's definitions of numbers written out (not a density's, nor a random variable's
    value): after ``L := E[||eps||^2]``, the step ``L = 1`` is about the noise eps, which the context then gives
    its law, beside what the definitions write (its independence is judged there)."""
    numbers = [
        a
        for a in context.assumptions
        if isinstance(a, Definition) and not isinstance(a.lhs, Density) and a.lhs not in context.random_definitions
    ]
    return (written_out(sides[0], numbers), written_out(sides[1], numbers)) if numbers else sides


def _owned(assumption: object) -> object:
    """An assumption of the note's own process, labelled as such."""
    if isinstance(assumption, Definition):
        return replace(assumption, name=assumption.name.replace("(DDPM)", OWN_PROCESS))
    return assumption


def under_standard(outcome: Outcome, context: StepContext, search: bool = True) -> tuple[Verdict | None, list]:
    """The verdict under the standard reading, and the assumptions it adds (None when it adds none); without
    ``search``, only whether it is proved there (see :func:`derivations.kernel.checking.check_uncited`)."""
    reading, relation, assumptions = outcome.reading, outcome.relation, outcome.assumptions
    used = reading.lhs.free_symbols | reading.rhs.free_symbols
    in_law = relation is Relation.EQ_LAW
    held = {(a.lhs, a.rhs, a.relation) for a in assumptions if isinstance(a, Definition)}  # under any label
    extra = [
        a
        for a in standard_assumptions(context, used, reading, in_law, outcome.written)
        if a not in assumptions and not (isinstance(a, Definition) and (a.lhs, a.rhs, a.relation) in held)
    ]
    if not extra:
        return None, []
    extra += [d for d in domains(context.vocabulary, extra, set()) if d not in assumptions]
    presupposed = [c for c in contexts.presupposed_sizes(context.vocabulary) if c in assumptions]
    try:
        verdict = kernel_verdict(relation, reading, assumptions + extra, "", context.vocabulary, search)
        return stated_proof(verdict, relation, reading, assumptions + extra, presupposed, "", context.vocabulary), extra
    except InconsistentAssumptions:
        return None, []
