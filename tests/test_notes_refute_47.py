"""A note's bracketed trace (``\\operatorname{tr}(A)``, ``\\text{tr}{(A)}``, ``\\mathrm{Tr}[A]``) is read as the trace
of a matrix: one coordinate at a time a 1 x 1 matrix, whose trace is itself.  Read so, a step through a trace is
refuted by a 1 x 1 counterexample, never proved (tr(A B) = tr(A) tr(B) holds for 1 x 1 matrices only), and a
trace of the identity matrix (the dimension) or one read with more coordinates is not read at all.

Held out: written after the rule and not tuned to (naoyukikita's KL of two Gaussians, line 207, is what made it
needed).  Wrong steps in several spellings are refuted; the same steps written right are not.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.parser import Trace
from diffproof.answers.parser import parse as parse_formula
from diffproof.notecheck import REFUTED, UNDECIDED


def _display(step: str, sentence: str = "For numbers $a$, $b$ and $s$:") -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


@pytest.mark.parametrize(
    "formula",
    [r"\operatorname{tr}(A)", r"\text{tr}{\left( A \right)}", r"\mathrm{Tr}\left[A\right]", r"\text{trace}(A)"],
)
def test_a_bracketed_trace_is_read_in_a_note(formula):
    (operand,) = parse_formula(formula, notes=True).operands
    assert isinstance(operand, Trace)


#: Wrong for every 1 x 1 matrix, so for matrices of every size: refuted.
WRONG = {
    "operatorname, inverse": r"\operatorname{tr}(s^{-1} b) = s b",
    "mathrm Tr, square brackets": r"\mathrm{Tr}\left[a b\right] = a + b",
    "text tr, braced bracket": r"\text{tr}{\left( a b \right)} = 2 a b",
    "trace word, a sum": r"\text{trace}(a + b) = a - b",
}


@pytest.mark.parametrize("step", WRONG.values(), ids=WRONG.keys())
def test_a_wrong_step_through_a_trace_is_refuted(step):
    result = red_team.last(_display(step))
    assert result.status == REFUTED, result.reason


#: Right for matrices (or for the 1 x 1 ones the reading sees): never refuted, and never proved one coordinate at a
#: time, where products of matrices are lost.
RIGHT = {
    "cyclic": r"\operatorname{tr}(a b) = \operatorname{tr}(b a)",
    "linear": r"\mathrm{Tr}\left[a + b\right] = \mathrm{Tr}\left[a\right] + \mathrm{Tr}\left[b\right]",
    "a 1 x 1 inverse": r"\text{tr}{\left( s^{-1} b \right)} = \frac{b}{s}",
    "multiplicative, for numbers only": r"\operatorname{tr}(a b) = \operatorname{tr}(a) \operatorname{tr}(b)",
}


@pytest.mark.parametrize("step", RIGHT.values(), ids=RIGHT.keys())
def test_a_step_through_a_trace_is_neither_refuted_nor_proved(step):
    result = red_team.last(_display(step))
    assert result.status == UNDECIDED and "a trace is of a matrix" in result.reason, result.reason


#: tr(I) is the dimension: one coordinate would make it 1, and refute the right tr(I) = 3 of a note in R^3.
IDENTITY = {
    "three": r"\operatorname{tr}(\mathbf{I}) = 3",
    "one": r"\operatorname{tr}(I) = 1",
    "scaled": r"\mathrm{Tr}(2 \mathbf{I}) = 6",
}


@pytest.mark.parametrize("step", IDENTITY.values(), ids=IDENTITY.keys())
def test_a_trace_of_the_identity_is_not_read(step):
    result = red_team.last(_display(step))
    assert result.status == UNDECIDED and "the identity matrix is the dimension" in result.reason, result.reason


def test_a_trace_is_not_read_where_the_note_gives_a_dimension():
    """tr(s^{-1} b) = 3 b / s holds for s I and b I in R^3; a 1 x 1 counterexample is no counterexample there
    (test_notes_refute_48: the trace is not read)."""
    result = red_team.last(
        _display(r"\operatorname{tr}(s^{-1} b) = \frac{3 b}{s}", "Our vectors are in $\\mathbb{R}^3$.")
    )
    assert result.status == UNDECIDED and "gives a matrix or a vector a size or a shape" in result.reason, result.reason
