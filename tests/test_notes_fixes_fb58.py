"""Held-out variants of red team 58a's findings 02-06 (block laws): a component's law gives the block law's
blocks its moments only where the sentence asserts the law and says nothing more of it
(:func:`diffproof.notecheck.statements.block_laws.asserts_law`).  A law said under a condition, in the posterior,
supposed or approximately may be X's conditional or an approximate law, whose variance is not Sigma_X (Y ~ N(0, 1),
X = Y + Z, Z ~ N(0, 3): X | Y ~ N(Y, 3) and Sigma_X = 4), so the step Sigma_X = 3 is held."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.statements.block_laws import asserts_law

_BLOCK = (
    "For two jointly Gaussian random variables $X$ and $Y$,\n\n$$\n"
    r"\begin{bmatrix} X \\ Y \end{bmatrix} \sim \mathcal{N}\left(\begin{bmatrix} \mu_X \\ \mu_Y \end{bmatrix}, "
    r"\begin{bmatrix} \Sigma_X & \Sigma_{XY} \\ \Sigma_{XY}^\top & \Sigma_Y \end{bmatrix}\right)"
    "\n$$\n\n"
)
_STEP = "\n\n$$\n\\Sigma_X = 3\n$$\n"
_LAW = r"$X \sim \mathcal{N}(2, 3)$"


def _verdict(sentence: str) -> str:
    return red_team.report(_BLOCK + sentence.format(law=_LAW) + _STEP).results[-1].status


@pytest.mark.parametrize(
    "sentence",
    [
        "Conditionally on $Y$, {law}.",  # X's conditional law
        "Once $Y$ is observed, {law}.",
        "Under the posterior given $Y$, {law}.",
        "For large $n$, {law} roughly.",  # approximate
        "Imagine that {law}, which is not the model here.",  # supposed and set aside
        "Knowing $Y = 1$, {law}.",
    ],
)
def test_a_component_law_said_under_a_condition_gives_no_moments(sentence):
    """Sigma_X = 4 fits each note (X = Y + Z above), so Sigma_X = 3 is not proved."""
    assert _verdict(sentence) == UNDECIDED


@pytest.mark.parametrize("sentence", ["Let {law}.", "Here {law}.", "We assume {law}.", "Suppose {law}."])
def test_a_component_law_asserted_plainly_still_gives_its_moments(sentence):
    """X ~ N(2, 3) and a jointly Gaussian vector's component has its covariance's diagonal block: Sigma_X = 3."""
    assert _verdict(sentence) == PROVED


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        ("Thus we can substitute $X \\sim q(x_i)$ and $Y \\sim q(x_j)$ and get", True),
        ("Suppose $X \\sim N(2, 3)$.", True),
        ("Given $Y = y$, $X \\sim N(y, 1)$.", False),
        ("$X \\sim N(2, 3)$ approximately.", False),
        ("If $X \\sim N(2, 3)$, then", False),
    ],
)
def test_asserts_law_reads_only_plain_assertions(sentence, asserted):
    assert asserts_law(sentence) is asserted


#: Red team 58a's finding 01, held out: a definition set for t > 1 and for t = 1 covers every step index only where
#: the steps are known to start at 1; a note that writes its step index at or from 0 has a step those cases leave out.
_ALTERNATIVES = "For $t > 1$, and also for $t = 1$, let $a := 3$."
_SUM = "\n\n$$\na + a = 6{}\n$$\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # wrong: at t = 0 a is any number (a = 0 gives 0)
        ("Let $t \\ge 0$ be the step. " + _ALTERNATIVES + _SUM.format(" \\quad (t = 0)"), UNDECIDED),
        ("Let $t \\in \\{0, \\ldots, T\\}$ be the step. " + _ALTERNATIVES + _SUM.format(" \\quad (t = 0)"), UNDECIDED),
        (_ALTERNATIVES + _SUM.format(" \\quad (t = 0)"), UNDECIDED),  # the step itself is at 0
        ("The chain starts at $t = 0$. Let $a := 3$, whether $t = 1$ or $t > 1$." + _SUM.format(""), UNDECIDED),
        # right: the steps start at 1, and a := 3 at each
        ("The steps are $t = 1, \\ldots, T$. " + _ALTERNATIVES + _SUM.format(""), PROVED),
        ("The steps are $t \\ge 0$. " + _ALTERNATIVES + _SUM.format(" \\quad (t = 4)"), PROVED),
    ],
)
def test_alternatives_cover_every_step_only_from_the_first_step(text, status):
    assert red_team.report(text).results[-1].status == status


#: Red team 58a's findings 30-31, held out: cases paired with definitions in order ("respectively") are not read,
#: so each definition is held (a := 3 is set for the first case only, b := 5 for the second).
@pytest.mark.parametrize(
    ("text", "status"),
    [
        # wrong: a := 3 holds for t > 1 only, so at t = 1 a is any number
        ("For $t > 1$ and for $t = 1$, let $a := 3$ and $b := 5$, in that order." + _SUM.format(" \\quad (t = 1)"),
         UNDECIDED),
        ("Let $a := 3$ and $b := 5$ for $t > 1$ and for $t = 1$ correspondingly." + _SUM.format(" \\quad (t = 1)"),
         UNDECIDED),
        # right: both definitions hold in both cases
        ("For $t > 1$, and also for $t = 1$, let $a := 3$ and $b := 5$." + _SUM.format(" \\quad (t = 1)"), PROVED),
    ],
)  # fmt: skip
def test_cases_paired_with_definitions_in_order_are_held(text, status):
    assert red_team.report(text).results[-1].status == status
