"""Held-out sentences for tw45's rules, written after the fixes and not tuned to.

``tied_in_words``: negation composes (a denied denial ties; a negation unties only with a tie's own verb, "does not
depend on", "ne dépend pas de"; not "not only", "need not"), an untie word said before a relation is no denial ("a
constant multiple of"), a list said equal ties ("are equal", "sont égaux", "相等"), two commas after a copula set off a
parenthesis ("$y$ is, of course, $x$"), and an apposition that relates ties ("$y$, half $x$,").  Each sentence is
followed by d(xy)/dx = y: right only where y does not vary with x.

``unspaced_forward``: the state a factor multiplies is checked with the factor, as a pair -- DDPM's step scales
x_{t-1} by sqrt(alpha_t), its marginal x_0 by sqrt(abar_t) -- in Chinese, Japanese and Korean.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_STEP = "\n\n$$\n\\partial_x (x y) = y\n$$\n"

#: Sentences that tie y to x (the step is wrong): never proved.
TIED = (
    "Here $y$ is not at all constant in $x$.",
    "Note that $y$ is by no means independent of $x$.",
    "Here $y$ is not free of $x$.",
    "Here $y$ isn't independent of $x$.",
    "Here $y$ need not be constant in $x$.",
    "Here $y$ is independent of $z$ but not of $x$.",
    "Here $y$ is a constant multiple of $x$.",
    "Here $y$ is a constant times $x$.",
    "Let $y$ be a fixed function of $x$.",
    "Here $y$ depends not only on $z$ but also on $x$.",
    "Here $y$ does not depend only on $x$.",
    "Here $y$ depends not solely on $x$.",
    "Here $y$ is independent of $z$ yet not of $x$.",
    "Here $y$ is not a constant, and it grows with $x$.",
    "Here $x$ and $y$ are the same.",
    "Here $x$, $y$ and $z$ are equal.",
    "Here $x$ and $y$ are identical.",
    "Here $x$ and $y$ coincide.",
    "Ici $x$ et $y$ sont égaux.",
    "Hier sind $x$ und $y$ gleich.",
    "这里 $x$ 和 $y$ 相等。",
    "ここで $x$ と $y$ は等しい。",
    "Here $y$ is, of course, $x$.",
    "Here $y$ is, as before, twice $x$.",
    "Here $y$ equals, by construction, $x$.",
    "Here $y$, half $x$, is the output.",
    "Here $y$, equal to $x$, is the output.",
    "Here $y$, double $x$, is the output.",
    "Ici $y$, deux fois $x$, est la sortie.",
)

#: Faithful sentences (y does not vary with x): the step keeps its proof.
HELD_APART = (
    "Here $y$ does not depend on $x$.",
    "Here $y$ doesn't depend on $x$.",
    "Here $y$ is independent of $x$.",
    "Here $y$ is a constant not depending on $x$.",
    "Here $y$ is never affected by $x$.",
    "Here $y$ has no dependence on $x$.",
    "Here $y$ is constant in $x$.",
    "Here $y$ is a constant, independent of $x$.",
    "Here $y$ is a constant, regardless of $x$.",
    "Here $y$ is a term not involving $x$.",
    "Here $y$ depends not on $x$ but on $z$.",
    "Here $y$ is the scale, and $x$ is the input.",
    "Here $y$, the scale, is fixed, and $x$ varies.",
    "Here $y$ is, in fact, a constant, and $x$ is the input.",
    "Ici $y$ ne dépend pas de $x$.",
    "这里 $y$ 不依赖于 $x$。",
)


@pytest.mark.parametrize("words", TIED)
def test_a_sentence_that_ties_y_to_x_leaves_the_derivative_unproved(words):
    result = red_team.last(words + _STEP)
    assert result.status in {REFUTED, UNDECIDED}, result.reason


@pytest.mark.parametrize("words", HELD_APART)
def test_a_sentence_that_holds_y_apart_keeps_the_proof(words):
    result = red_team.last(words + _STEP)
    assert result.status == PROVED, result.reason


_MARGINAL = "\n\n$$\n\\mathbb{E}[x_t \\mid x_0] = \\sqrt{\\bar\\alpha_t}\\, x_0\n$$\n"

#: Forward steps in words, each with the step after it and the verdict it must get: a state scaled by the other's
#: factor sets the context aside (undecided); DDPM's pairs keep their proof.
SCALED = {
    "zh bare data times the step's factor": (
        "前向过程中 $x_0$ 乘以 $\\sqrt{\\alpha_t}$，加上噪声，得到 $x_t$。",
        _MARGINAL,
        UNDECIDED,
    ),
    "zh you data times the step's factor": (
        "前向过程：$x_t$ 由 $x_0$ 乘以 $\\sqrt{\\alpha_t}$ 并加入噪声得到。",
        _MARGINAL,
        UNDECIDED,
    ),
    "zh traditional data times the step's factor": (
        "前向過程將 $x_0$ 乘以 $\\sqrt{\\alpha_t}$，加上噪聲，得到 $x_t$。",
        _MARGINAL,
        UNDECIDED,
    ),
    "zh ba input times the marginal's factor": (
        "前向过程把 $x_{t-1}$ 乘以 $\\sqrt{\\bar\\alpha_t}$ 再加入噪声得到 $x_t$。",
        red_team.FORWARD_MEAN,
        UNDECIDED,
    ),
    "ja data times the step's factor": (
        "前方過程では、$x_0$ に $\\sqrt{\\alpha_t}$ を掛けて、分散 $\\beta_t$ のノイズを加えると $x_t$ が得られる。",
        _MARGINAL,
        UNDECIDED,
    ),
    "ja input times the marginal's factor": (
        "$x_t$ を得るために、$x_{t-1}$ に $\\sqrt{\\bar\\alpha_t}$ を掛けて、ノイズを加える。",
        red_team.FORWARD_MEAN,
        UNDECIDED,
    ),
    "zh the marginal's pair": (
        "前向过程将 $x_0$ 乘以 $\\sqrt{\\bar\\alpha_t}$，加上噪声，得到 $x_t$。",
        _MARGINAL,
        PROVED,
    ),
    "zh the step's pair in Ho's notation": (
        "前向过程把 $x_{t-1}$ 乘以 $\\sqrt{1-\\beta_t}$ 再加入噪声得到 $x_t$。",
        red_team.FORWARD_MEAN,
        PROVED,
    ),
    "zh both pairs in one sentence": (
        "前向过程将 $x_{t-1}$ 乘以 $\\sqrt{\\alpha_t}$，加上噪声，得到 $x_t$；将 $x_0$ 乘以 $\\sqrt{\\bar\\alpha_t}$，"
        "加上噪声，可得 $x_t$。",
        red_team.FORWARD_MEAN,
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(SCALED))
def test_a_state_and_its_factor_are_read_as_a_pair(name):
    words, step, expected = SCALED[name]
    result = red_team.last(f"{red_team.DDPM}{words}{step}")
    assert result.status == expected, result.reason
