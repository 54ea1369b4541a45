"""Held-out tests of the reading of a Gaussian law written with block matrices (``bmatrix``, ``pmatrix``):
``(X, Y) \\sim N((\\mu_X, \\mu_Y), [[\\Sigma_X, \\Sigma_{XY}], [\\Sigma_{XY}^\\top, \\Sigma_Y]])``
(:mod:`diffproof.notecheck.statements.block_laws`).

A component of a jointly Gaussian vector is Gaussian with the mean's block and the covariance's diagonal block;
where the note states the component's law apart (``X \\sim \\mathcal{N}(2, 3)``, ``X \\sim q(x_t \\mid x_0)``
with "substituting $X = x_t$"), those blocks are that law's mean and variance.  The corpus's wrong step this is
for (david-wb 162, the conditional mean with its ``\\Sigma_{XY}`` left out, compared with the right one) is
refuted with DDPM declared; as published, q's law is not known and it is not.  Whatever the law does not give
(the off-diagonal blocks, a component whose law is not stated, a law stated twice, blocks written as
expressions) stays held: a step needing it is never refuted.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.block_laws import block_gaussian
from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.timeline import Timeline
from diffproof.notes import read_notes


def _display(step: str) -> str:
    return f"$$\n{step}\n$$"


def _last(*parts: str, context: bool = True) -> object:
    text = (red_team.DDPM if context else "") + "\n\n".join(parts) + "\n"
    return red_team.results(text)[-1]


def _law(vector: str, mean: str, covariance: str, env: str = "bmatrix") -> str:
    return (
        rf"\begin{{{env}}} {vector} \end{{{env}}} \sim \mathcal{{N}}\left(\begin{{{env}}} {mean} \end{{{env}}}, "
        rf"\begin{{{env}}} {covariance} \end{{{env}}}\right)"
    )


#: The joint law of two Gaussians with named blocks, as david-wb's README writes it (line 82), in either brackets.
_JOINT = {
    env: ("For two jointly Gaussian random variables $X$ and $Y$,", _display(_law(
        r"X \\ Y", r"\mu_X \\ \mu_Y", r"\Sigma_X & \Sigma_{XY} \\ \Sigma_{XY}^\top & \Sigma_Y", env)))
    for env in ("bmatrix", "pmatrix")
}  # fmt: skip
#: The components' laws stated apart, then the components set equal to their laws' variables.
_SUBSTITUTED = (
    r"We substitute $X \sim q(x_t \mid x_0)$ and $Y \sim q(x_{t-1} \mid x_0)$.",
    r"Substituting $X = x_t$ and $Y = x_{t-1}$, the formula gives",
)
#: The conditional mean of x_{t-1} given x_t (david-wb 161-162): {0} is its first factor.
_CONDITIONAL_MEAN = (
    r"{0}(X - \mu_X) = \sqrt{{\bar{{\alpha}}_{{t-1}}}}x_{{0}} + \frac{{\sqrt{{\alpha_t}}(1 - \bar{{\alpha}}_{{t-1}})}}"
    r"{{1 - \bar{{\alpha}}_{{t}}}}(x_{{t}} - \sqrt{{\bar{{\alpha}}_{{t}}}}x_{{0}})"
)
_WITHOUT_SIGMA_XY = r"\mu_Y \Sigma_X^{-1}"  # david-wb 162's left side: the + Sigma_YX left out
_WITH_SIGMA_XY = r"\mu_Y + \Sigma_{XY} \Sigma_X^{-1}"


@pytest.mark.parametrize("env", sorted(_JOINT))
def test_the_conditional_mean_without_its_covariance_is_refuted(env):
    """mu_Y = sqrt(abar_{t-1}) x_0 is 0 at x_0 = 0, where the right conditional mean is not: the wrong mean is
    refuted with the moments the components' laws give (DDPM's q(x_t | x_0))."""
    result = _last(*_JOINT[env], *_SUBSTITUTED, _display(_CONDITIONAL_MEAN.format(_WITHOUT_SIGMA_XY)))
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize(
    ("step", "status"),
    [
        (r"\mu_X = \sqrt{\bar{\alpha}_t} x_0", PROVED),  # the mean of q(x_t | x_0)
        (r"\Sigma_X = 1 - \bar{\alpha}_t", PROVED),  # its variance
        (r"\mu_Y \Sigma_X = \sqrt{\bar{\alpha}_{t-1}} (1 - \bar{\alpha}_t) x_0", PROVED),
        (r"\Sigma_X = 1 - \alpha_t", REFUTED),  # one step's variance, not the marginal's
        (r"\mu_Y = \sqrt{\bar{\alpha}_t} x_0", REFUTED),  # X's mean given to Y
        # right, but Sigma_XY is not given by the law (nor defined here): a model drawing it is no counterexample
        (_CONDITIONAL_MEAN.format(_WITH_SIGMA_XY), UNDECIDED),
    ],
)
def test_steps_with_the_blocks(step, status):
    result = _last(*_JOINT["bmatrix"], *_SUBSTITUTED, _display(step))
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "substituted",
    [
        r"Substituting $X = x_{t-1}$ and $Y = x_{t-1}$, the formula gives",
        "Substituting, the formula gives\n\n$$\nX = x_{t-1}\n$$\n\nand",  # X set equal in a display
    ],
    ids=["in a sentence", "in a display"],
)
def test_a_component_set_equal_to_another_variable_takes_no_moments(substituted):
    """X ~ q(x_t | x_0), then X = x_{t-1}: the note says two things of X, and its law is not read from either."""
    result = _last(*_JOINT["bmatrix"], _SUBSTITUTED[0], substituted, _display(r"2 \mu_X = 0"))
    assert result.status == UNDECIDED, result.reason


def test_a_component_with_a_gaussian_law_set_equal_to_a_variable_takes_no_moments():
    """U ~ N(2, 3) and U = x_t: two laws of U (N(2, 3) and x_t's), which the reader does not compare."""
    parts = list(_NUMBERS)
    parts[-1] = parts[-1].removesuffix(" Then") + r" Let $U = x_t$. Then"
    result = _last(*parts, _display("m_1 S_{22} = 7"))
    assert result.status == UNDECIDED, result.reason


def test_as_published_the_forward_law_is_not_known_and_nothing_is_refuted():
    result = _last(*_JOINT["bmatrix"], *_SUBSTITUTED, _display(_CONDITIONAL_MEAN.format(_WITHOUT_SIGMA_XY)),
                   context=False)  # fmt: skip
    assert result.status == UNDECIDED, result.reason


#: Gaussian components with their parameters written: the blocks (numbered, as a partition is) are those numbers.
_NUMBERS = (
    "Let the pair be jointly Gaussian:",
    _display(_law(r"U \\ V", r"m_1 \\ m_2", r"S_{11} & S_{12} \\ S_{21} & S_{22}", "pmatrix")),
    r"where $U \sim \mathcal{N}(2, 3)$ and $V \sim \mathcal{N}(-1, 5)$. Then",
)


@pytest.mark.parametrize(
    ("step", "status"),
    [
        ("m_1 + m_2 = 1", PROVED),
        ("m_1 + m_2 = 2", REFUTED),
        ("S_{11} S_{22} = 15", PROVED),
        ("S_{11} = S_{22}", REFUTED),
        ("m_1 S_{22} = 10", PROVED),
    ],
)
def test_blocks_of_components_with_gaussian_laws(step, status):
    result = _last(*_NUMBERS, _display(step), context=False)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "unread",
    [
        # the off-diagonal block: no law of the pair is stated apart
        ("S_{12} S_{11} = 0",),
        # the law of U stated twice, in two ways: which one is meant is not known
        ("m_1 S_{22} = 10", r"and also $U \sim \mathcal{N}(4, 3)$."),
    ],
    ids=["off-diagonal", "two laws"],
)
def test_what_the_components_laws_do_not_give_is_held(unread):
    step, *words = unread
    parts = list(_NUMBERS)
    if words:
        parts[-1] = parts[-1].removesuffix(" Then") + " " + words[0]
    result = _last(*parts, _display(step), context=False)
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize(
    "law",
    [
        _law(r"U \\ V", r"2 m \\ m_2", r"S_{11} & S_{12} \\ S_{21} & S_{22}"),  # a mean as an expression: a value
        _law(r"U \\ V", r"m_1 \\ m_2", r"S & S \\ S & S"),  # one name for both variances: not a component's own
        _law(r"U \\ V \\ W", r"m_1 \\ m_2", r"S_{11} & S_{12} \\ S_{21} & S_{22}"),  # three variables, two means
    ],
    ids=["expression", "shared variance", "mismatched sizes"],
)
def test_a_law_not_read_keeps_its_names_held(law):
    parts = ("Let", _display(law), r"where $U \sim \mathcal{N}(2, 3)$ and $V \sim \mathcal{N}(-1, 5)$.")
    result = _last(*parts, _display("m_2 S_{11} = 7"), context=False)
    assert result.status == UNDECIDED, result.reason


def test_without_the_substitution_the_components_laws_hold_only_for_the_display_they_lead_to():
    """ "Substitute ... and get" gives X its law for the next display only (the timeline's reading): the wrong
    mean written later, with no "X = x_t", is not refuted."""
    parts = (*_JOINT["bmatrix"], r"We substitute $X \sim q(x_t \mid x_0)$ and $Y \sim q(x_{t-1} \mid x_0)$ and get",
             _display(r"q(x_t \mid x_0) = \mathcal{N}(\sqrt{\bar{\alpha}_t} x_0, 1 - \bar{\alpha}_t)"),
             "Then the formula tells us that",
             _display(r"\mu_Y \Sigma_X^{-1}(x_t - \mu_X) = \sqrt{\bar{\alpha}_{t-1}} x_0"))  # fmt: skip
    result = _last(*parts)
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_law(r"X \\ Y", r"\mu_X \\ \mu_Y", r"\Sigma_X & \Sigma_{XY} \\ \Sigma_{YX} & \Sigma_Y"), True),
        (_law(r"X \\[2pt] Y", r"\mu_X \\ \mu_Y", r"\Sigma_X & \Sigma_{XY} \\ \Sigma_{XY}^\top & \Sigma_Y"), True),
        (_law(r"A \\ B \\ C", r"a \\ b \\ c", r"s_A & r & u \\ r & s_B & v \\ u & v & s_C", "pmatrix"), True),
        (_law(r"X \\ Y", r"\mu_X \\ \mu_Y", r"\Sigma_X^\top & \Sigma_{XY} \\ \Sigma_{XY} & \Sigma_Y"), False),
        (_law(r"X", r"\mu_X", r"\Sigma_X"), False),  # one component: a plain law
        (r"\begin{bmatrix} X \\ Y \end{bmatrix} \sim \mathcal{U}(a, b)", False),
    ],
    ids=["named", "row spacing", "three", "diagonal transposed", "one component", "not Gaussian"],
)
def test_which_laws_are_read_as_block_gaussians(text, read):
    item = Stated("law", 3, text)
    assert (block_gaussian(item) is not None) == read


#: A partition written as definitions of vectors (no law after \sim in blocks), as most notes on the conditional
#: Gaussian write it: nothing is read from the blocks, and no step beside them is refuted.
_PARTITION = r"""Let $\mathbf{X} \sim \mathcal{N}(\boldsymbol{\mu}, \boldsymbol{\Sigma})$ be partitioned as

$$
\mathbf{X} = \begin{bmatrix} \mathbf{X}_1 \\ \mathbf{X}_2 \end{bmatrix}, \quad
\boldsymbol{\mu} = \begin{bmatrix} \boldsymbol{\mu}_1 \\ \boldsymbol{\mu}_2 \end{bmatrix}, \quad
\boldsymbol{\Sigma} = \begin{bmatrix} \Sigma_{11} & \Sigma_{12} \\ \Sigma_{21} & \Sigma_{22} \end{bmatrix}
$$

Then $(\mathbf{X}_1 \mid \mathbf{X}_2 = \mathbf{x}_2) \sim \mathcal{N}(\bar{\boldsymbol{\mu}}, \bar{\boldsymbol{\Sigma}})$, where

$$
\begin{align*}
\bar{\boldsymbol{\mu}} &= \boldsymbol{\mu}_1 + \Sigma_{12}\Sigma_{22}^{-1}(\mathbf{x}_2 - \boldsymbol{\mu}_2) \\
\bar{\boldsymbol{\Sigma}} &= \Sigma_{11} - \Sigma_{12}\Sigma_{22}^{-1}\Sigma_{21}
\end{align*}
$$

and, as a check, $\bar{\boldsymbol{\mu}}$ at $\mathbf{x}_2 = \boldsymbol{\mu}_2$:

$$
\boldsymbol{\mu}_1 + \Sigma_{12}\Sigma_{22}^{-1}(\boldsymbol{\mu}_2 - \boldsymbol{\mu}_2) = \boldsymbol{\mu}_1
$$
"""


def test_a_partition_written_as_definitions_is_never_refuted():
    results = red_team.results(_PARTITION)
    assert results and not any(r.status == REFUTED for r in results), [r.reason for r in results]


def test_blocks_are_not_read_where_the_note_gives_n_a_standard_deviation():
    """N(m, s) with s a standard deviation: what a block of the covariance is then is not read."""
    said = r"Here $\mathcal{N}(m, s)$ has mean $m$ and standard deviation $s$."
    result = _last(said, *_NUMBERS, _display("S_{11} S_{22} = 15"), context=False)
    assert result.status == UNDECIDED, result.reason


#: The joint law with its marginal and its conditional law restated in the block's own names (as reference sheets
#: write them): the marginal gives the blocks nothing, and x | y ~ N(...) is no law of x.
_RESTATED = r"""**Joint distribution:**

$$
\begin{bmatrix} \mathbf{x} \\ \mathbf{y} \end{bmatrix} \sim \mathcal{N}\left(\begin{bmatrix} \boldsymbol{\mu}_x \\ \boldsymbol{\mu}_y \end{bmatrix}, \begin{bmatrix} \boldsymbol{\Sigma}_{xx} & \boldsymbol{\Sigma}_{xy} \\ \boldsymbol{\Sigma}_{yx} & \boldsymbol{\Sigma}_{yy} \end{bmatrix}\right)
$$

**Marginal:**

$$
\mathbf{x} \sim \mathcal{N}(\boldsymbol{\mu}_x, \boldsymbol{\Sigma}_{xx})
$$

**Conditional:**

$$
\mathbf{x}|\mathbf{y} \sim \mathcal{N}(\boldsymbol{\mu}_x + \boldsymbol{\Sigma}_{xy}\boldsymbol{\Sigma}_{yy}^{-1}(\mathbf{y} - \boldsymbol{\mu}_y), \boldsymbol{\Sigma}_{xx} - \boldsymbol{\Sigma}_{xy}\boldsymbol{\Sigma}_{yy}^{-1}\boldsymbol{\Sigma}_{yx})
$$

so that, at $\mathbf{y} = \boldsymbol{\mu}_y$,

$$
\boldsymbol{\mu}_x + \boldsymbol{\Sigma}_{xy}\boldsymbol{\Sigma}_{yy}^{-1}(\boldsymbol{\mu}_y - \boldsymbol{\mu}_y) = \boldsymbol{\mu}_x
$$

and the mean times the variance is

$$
\boldsymbol{\mu}_x \boldsymbol{\Sigma}_{xx} = \boldsymbol{\Sigma}_{xx} \boldsymbol{\mu}_x
$$
"""


def test_a_marginal_in_the_blocks_own_names_and_a_conditional_law_define_nothing():
    notes = read_notes(_RESTATED, markdown=True)
    assert Timeline.of(notes).blocks.definitions == ()
    assert not any(r.status == REFUTED for r in red_team.results(_RESTATED))
