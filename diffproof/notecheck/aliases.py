"""A random variable given a second name: ``x = x_0`` (the note's "the observed variable $x = x_0$") makes x an
alias of x_0, whose law is x_0's.  A counterexample's model that draws x's law from the note's own density of x
(a lemma's ``p(x) = N(x; mu_A, sigma_A^2)``, ``p(y | x) = N(y; a x, sigma_B^2)``) then gives x_0 the law the note
states for x: no law of its own, where the note gives x_0 no other law and the step ties nothing else to it
(:func:`law_as_stated`)."""

from __future__ import annotations

import sympy as sp

from derivations.probability import Density
from diffproof.notecheck import contexts
from diffproof.notecheck.assumptions import StepContext


def law_as_stated(
    variable: sp.Basic, sides: tuple[sp.Expr, sp.Expr], context: StepContext, given: set[Density]
) -> bool:
    """Whether a model of the step's ``given`` densities draws ``variable``'s law as the note states it, though the
    note defines ``variable``: its definition only renames one random variable u (``x := x_0``), which the note
    gives no law, density, definition or noise's role of its own (then any law of u is one the note allows, the
    one it states for x among them); the model takes the note's density of the variable alone (``p(x)``), and of
    every other random variable the step writes a density the note gives (``p(y | x)``) and no other (no law of
    its own, no definition); and the step's ``sides`` (its definitions written out) write u nowhere.  An alias of
    a variable with a law (x := eps, eps ~ N(0, 1)), a definition by other variables (x := x_t - x_0), a step that
    writes x_0 (in a where clause too) or a variable the note defines (y := x_1) keeps the doubt."""
    definition = context.random_definitions.get(variable)
    vocabulary = context.vocabulary
    if definition is None or not isinstance(definition.rhs, (sp.Symbol, sp.Indexed)):
        return False
    renamed = definition.rhs
    if renamed == variable or not vocabulary.is_random(renamed) or _has_a_law(renamed, context):
        return False
    written = {s for side in sides for s in side.free_symbols} | {
        v for side in sides for d in side.atoms(Density) for v in (*d.variables, *d.given)
    }
    if renamed in written:
        return False
    if not any(d.variables == (variable,) and not d.given for d in given):
        return False  # the model draws the variable's law itself, not the note's p(x)
    others = {s for s in written if s != variable and vocabulary.is_random(s)}
    return all(_only_given(other, context, given) for other in others)


def _has_a_law(symbol: sp.Basic, context: StepContext) -> bool:
    """Whether the note gives ``symbol`` a law, a definition, a density of its own or a noise's role, or its name is
    a noise's (:func:`~contexts.is_noise`: epsilon, z_t), which the declared context or, declared none, the standard
    reading makes a standard normal: a law the note need not state."""
    stated = (context.laws_stated, context.other_laws, context.gaussians, context.normals, context.noises_stated)
    if any(symbol in found for found in stated) or symbol in context.random_definitions:
        return True
    key = context.vocabulary.symbols.get(symbol)
    if key is not None and contexts.is_noise(key):
        return True
    return any(isinstance(lhs, Density) and symbol in lhs.variables for lhs in context.defined)


def _only_given(symbol: sp.Basic, context: StepContext, given: set[Density]) -> bool:
    """Whether the step's model draws ``symbol``'s law from densities the note gives for the step only: one of
    ``given`` has it as a variable, and the note gives it no law, definition or density besides them."""
    if not any(symbol in d.variables for d in given):
        return False
    stated = (context.laws_stated, context.other_laws, context.gaussians, context.normals, context.noises_stated)
    if any(symbol in found for found in stated) or symbol in context.random_definitions:
        return False
    return all(lhs in given for lhs in context.defined if isinstance(lhs, Density) and symbol in lhs.variables)
