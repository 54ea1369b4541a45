"""``A = B + \\text{Const.}``: an objective written up to an additive constant, read as a claim about the model.

A word set for a constant (``\\text{Const.}``, ``\\mathrm{const}``) added to one side of an equation between values
claims that A - B does not depend on what is optimised: the model's parameter, the names written with its index
(mu_theta, sigma_theta(x_t, t)).  The step is then refuted where A - B varies with them.  Since the note rarely
says in what its constant is constant, the claim is read that way only where the other readings written in the
step fail too:

* the sides are values of their names: no density or Gaussian (``log N(w; mu, s^2) = -(w - mu)^2 / (2 s^2) +
  const`` is constant in w, its point), no expectation, divergence, integral, sum or derivative (a constant in
  what they bind, maybe);
* A - B varies with every name the step writes, the model's each (a constant in x, the variable of
  ``-(x - mu)^2 / 2 = -x^2 / 2 + mu x + const``, or in mu_theta alone, beside a sigma_theta it depends on, is one
  the note may mean; x_t in sigma_theta(x_t, t) counts as written): the counterexample is a point where A - B
  varies with each of them, so that the step fails whatever written name its constant is constant in.

A name the step writes on one side only stays one-sided in the claim (the doubts hold a counterexample that may
break what the prose says of it); where the words before the display replace it ("sigma_theta^2 replaced by
sigma_t^2"), the step is read with it replaced (:mod:`~diffproof.notecheck.statements.replacements`), and x_t, written
only inside sigma_theta(x_t, t), is then no name the step writes.  The reading only
refutes: where the claim is proved the step is held, since the note may mean a constant in something else.
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from derivations.probability import KL, Density, Expectation, Normal
from diffproof.answers import parser as syntax
from diffproof.notecheck.assumptions import StepContext
from diffproof.notecheck.readings import Reading
from diffproof.notecheck.vocabulary import NoteVocabulary

#: The words a note sets upright for an additive constant (``\\text{Const.}``, its mark set aside by the parser).
CONSTANT_WORDS = frozenset({"const", "constant", "Const", "Constant", "cst"})

#: What makes a side more than a value of its names (see the module's docstring).
UNREAD = (Density, Normal, Expectation, KL, sp.Integral, sp.Sum, sp.Product, sp.Derivative)

#: What :func:`constant_in_parameters` adds to a reading's account, by which a proof of it is known and held.
READ_AS = "read as a constant in the model's parameters"


def constant_in_parameters(reading: Reading, context: StepContext) -> Reading | None:
    """``A = B + Const`` as ``prod_n d(A - B)/dn = 0`` over the names n the step writes (a point where A - B
    varies with each: no reading of the constant, in the model's names or in any other, holds there), the names A
    and B both write :attr:`~diffproof.notecheck.readings.Reading.explained`; None where the step writes no such
    constant (once, on one side, added), writes more than values (:data:`UNREAD`), writes no model's name, or where
    A - B is constant in a name it writes (x_t in sigma_theta(x_t, t) too) or writes a name the note defines (m :=
    2 mu_theta: varied alone, it breaks the definition, and m - 2 mu_theta is constant in theta)."""
    vocabulary = context.vocabulary
    words = [
        s
        for side in (reading.lhs, reading.rhs)
        for s in side.free_symbols
        if vocabulary.symbols.get(s, ("",))[0] in CONSTANT_WORDS
    ]
    if len(set(words)) != 1 or any(side.atoms(*UNREAD) for side in (reading.lhs, reading.rhs)):
        return None
    word = words[0]
    if reading.lhs.has(word) and reading.rhs.has(word):
        return None
    lhs, rhs = (reading.lhs, reading.rhs) if reading.rhs.has(word) else (reading.rhs, reading.lhs)
    difference = sp.expand(lhs - rhs)
    if sp.diff(difference, word) != -1 or sp.diff(difference, word, 2) != 0:
        return None  # the constant multiplied or inside a function: no term added
    difference = _as_values(difference + word, vocabulary)
    if difference.atoms(sp.core.function.AppliedUndef):
        return None  # a function's value at its arguments, with no bare name for it: not read
    models = sorted((s for s in difference.free_symbols if _indexed_by_model(vocabulary.symbols.get(s))), key=str)
    written = sorted((reading.lhs.free_symbols | reading.rhs.free_symbols) - {word}, key=str)
    slopes = [sp.simplify(sp.diff(difference, name)) for name in written]
    if not models or any(slope == 0 for slope in slopes) or set(written) & set(context.defined):
        return None  # constant in a name the step writes: maybe the one the note means
    how = (f"{word} {READ_AS} ({', '.join(map(str, models))}), or in any other name the step writes: it holds "
           "under none of these readings where the rest varies with each name, the others held",)  # fmt: skip
    both = frozenset(
        _as_values(reading.lhs, vocabulary).free_symbols & _as_values(reading.rhs, vocabulary).free_symbols
    )
    return replace(reading, lhs=sp.Mul(*slopes), rhs=sp.Integer(0), how=reading.how + how, explained=both)


def _as_values(expr: sp.Expr, vocabulary: NoteVocabulary) -> sp.Expr:
    """``expr`` with each function written at its arguments as the bare name the note also writes for it
    (sigma_theta(x_t, t) beside sigma_theta: one value, which a counterexample may not split in two)."""
    bare = {key: s for s, key in vocabulary.symbols.items()}
    return expr.xreplace({
        call: bare[key]
        for call in expr.atoms(sp.core.function.AppliedUndef)
        if (key := vocabulary.functions.get(call.func.__name__)) in bare
    })  # fmt: skip


def _indexed_by_model(key: tuple | None) -> bool:
    return key is not None and len(key) == 3 and key[2] in syntax.MODEL_INDICES
