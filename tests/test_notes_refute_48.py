"""A trace read one coordinate at a time is the trace of a 1 x 1 matrix: a refutation through it stands only where
the note may mean 1 x 1 matrices.  Where the note gives a matrix or a vector a size or a shape (n x n, R^{d x d},
"3-by-3", "d-dimensional", I_d, an identity matrix, N(0, I) of a vector, a diagonal...), in maths or in words, in
any language, the trace is not read (the step is undecided, with the reason).

Red team, written before the guard (rf47's reading refuted tr(Sigma) = 3 sigma^2 for a 3 x 3 Sigma = sigma^2 I):
every note below states a size or a shape, and its step is right (or right for the size it states); none may be
refuted.  The right identities (tr(AB) = tr(BA), tr(A^T) = tr(A), linearity, tr(sigma^2 I_d) = d sigma^2) are never
refuted nor proved, with or without a size.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED
from diffproof.notecheck.statements.trace_shapes import shape_given
from diffproof.notes import read_notes


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


def _defined(sentence: str, definition: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{definition}\n$$\n\n$$\n{step}\n$$\n"


#: A size or a shape stated apart from the step (nothing else sets the refutation aside), a matrix then defined as a
#: number and a step right at that size but wrong at 1 x 1: read at 1 x 1, each was refuted (a false alarm).
APART = {
    "dimension in words": _defined(
        "Our data are three-dimensional.", r"\Sigma = s I", r"\operatorname{tr}(\Sigma) = 3 s"
    ),
    "shape in words": _defined("Every covariance here is 3-by-3.", r"\Sigma = s", r"\operatorname{tr}(\Sigma) = 3 s"),
    "shape in maths": _defined(r"Let $\Sigma$ be $3 \times 3$.", r"\Sigma = s", r"\operatorname{tr}(\Sigma) = 3 s"),
    "French": _defined("Les données sont de dimension trois.", r"\Sigma = s", r"\operatorname{tr}(\Sigma) = 3 s"),
    "German": _defined("Die Daten sind dreidimensional.", r"\Sigma = s", r"\operatorname{tr}(\Sigma) = 3 s"),
    "Japanese": _defined("データは 3 次元である。", r"\Sigma = s", r"\operatorname{tr}(\Sigma) = 3 s"),
    "Chinese": _defined("数据是三维的。", r"\Sigma = s", r"\operatorname{tr}(\Sigma) = 3 s"),
    "through a definition (pixels)": _defined(
        r"Each image has $d = 4$ pixels.", r"\Sigma = s", r"\mathrm{Tr}(\Sigma) = 4 s"
    ),
    "N(0, I) of a vector": _defined(
        r"Let $\boldsymbol{x} \sim \mathcal{N}(0, I)$.", "C = c", r"\operatorname{tr}(C) = 4 c"
    ),
    "a dimension's letter beside the trace": _note("Take $n := 3$.", r"\operatorname{tr}(a) = n a"),
    "a bold identity": _defined("For a number $s$:", r"\Sigma = s \mathbf{I}", r"\text{tr}(\Sigma) = 3 s"),
}
#: The same sizes said with the step's names (other guards set some of these aside too): none may be refuted.
SAID = {
    "rf47's false alarm": _note(
        r"Let $\Sigma = \sigma^2 I$ be a $3 \times 3$ covariance.", r"\operatorname{tr}(\Sigma) = 3\sigma^2"
    ),
    "three-by-three": _note(
        r"The covariance $\Sigma$ is a three-by-three matrix with $s$ on its diagonal.",
        r"\operatorname{tr}(\Sigma) = 3 s",
    ),
    "a space of matrices": _note(
        r"Let $A \in \mathbb{R}^{2 \times 2}$ have entries $a$ on its diagonal.", r"\text{tr}(A) = 2 a"
    ),
    "a space of vectors": _note(
        r"Let $x \in \mathbb{R}^3$ have covariance $C$, with $C = c$ on each coordinate.", r"\text{tr}(C) = 3 c"
    ),
    "French, with the names": _note(
        r"Soit $\Sigma$ la covariance d'un vecteur de dimension trois, de diagonale $s$.",
        r"\operatorname{tr}(\Sigma) = 3 s",
    ),
    "German, with the names": _note(
        r"Sei $\Sigma$ die Kovarianz eines dreidimensionalen Vektors, mit $s$ auf der Diagonale.",
        r"\operatorname{tr}(\Sigma) = 3 s",
    ),
    "Japanese, with the names": _note(
        r"$\Sigma$ は 3 次元ベクトルの共分散行列で、対角成分はすべて $s$ とする。", r"\operatorname{tr}(\Sigma) = 3 s"
    ),
    "I_d, defined": _defined("For a number $s$:", r"\Sigma = s I_d", r"\operatorname{tr}(\Sigma) = s d"),
    "a covariance sigma^2 I of a d-dimensional x": _defined(
        r"Let $x$ be $d$-dimensional.", r"\Sigma = \sigma^2 I", r"\operatorname{tr}(\Sigma) = \sigma^2 d"
    ),
    "a diagonal": _defined(
        "For a number $s$:", r"\Sigma = \operatorname{diag}(s, s, s)", r"\operatorname{tr}(\Sigma) = 3 s"
    ),
    "unicode shape in words": _note(
        r"Let $A$ be a 3×3 matrix with $a$ on its diagonal.", r"\operatorname{tr}(A) = 3 a"
    ),
}
SIZED = {
    **APART,
    **SAID,
    "a Gaussian KL's d, defined as a number": _note(
        "Let $d = 2$ and $s > 0$.",
        r"D_{\mathrm{KL}}(\mathcal{N}(m, s) \| \mathcal{N}(0, 1)) = \frac{1}{2} \left[ \operatorname{tr}(s) + m^2 - d - "
        r"\ln s \right]",
    ),
}


@pytest.mark.parametrize("text", SIZED.values(), ids=SIZED.keys())
def test_a_trace_is_not_read_where_the_note_gives_a_size_or_a_shape(text):
    assert shape_given(read_notes(text, markdown=True)) is not None
    result = red_team.last(text)
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize("text", APART.values(), ids=APART.keys())
def test_the_reason_names_the_size_or_shape(text):
    result = red_team.last(text)
    assert "gives a matrix or a vector a size or a shape" in result.reason, result.reason


#: Right trace identities, with and without a size: never refuted, never proved (one coordinate loses products).
RIGHT = {
    "tr(sigma^2 I_d) = d sigma^2": ("For a number $\\sigma$:", r"\operatorname{tr}(\sigma^2 I_d) = d \sigma^2"),
    "cyclic, sized": (r"Let $A, B \in \mathbb{R}^{n \times n}$.", r"\operatorname{tr}(A B) = \operatorname{tr}(B A)"),
    "transpose": ("For matrices $A$:", r"\mathrm{Tr}(A^\top) = \mathrm{Tr}(A)"),
    "linear": ("For $a$ and $b$:", r"\text{tr}(2 a + b) = 2 \text{tr}(a) + \text{tr}(b)"),
    "linear, sized": (r"Let $a$, $b$ be $d \times d$.", r"\text{tr}(a - b) = \text{tr}(a) - \text{tr}(b)"),
}


@pytest.mark.parametrize(("sentence", "step"), RIGHT.values(), ids=RIGHT.keys())
def test_a_right_trace_identity_is_neither_refuted_nor_proved(sentence, step):
    result = red_team.last(_note(sentence, step))
    assert result.status == UNDECIDED, result.reason


#: No size nor shape anywhere: a step wrong for 1 x 1 matrices is wrong for the note's, and refuted.
UNSIZED = {
    "a missing inverse": ("For numbers $a$, $b$ and $s$:", r"\operatorname{tr}(s^{-1} b) = s b"),
    "a product": ("With $a$, $b$ and $c$ any numbers:", r"\mathrm{Tr}\left[a b\right] = a + b"),
}


@pytest.mark.parametrize(("sentence", "step"), UNSIZED.values(), ids=UNSIZED.keys())
def test_a_wrong_step_through_a_trace_is_refuted_where_no_size_is_given(sentence, step):
    text = _note(sentence, step)
    assert shape_given(read_notes(text, markdown=True)) is None
    result = red_team.last(text)
    assert result.status == REFUTED, result.reason
