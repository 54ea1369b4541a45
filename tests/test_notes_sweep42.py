"""What the fifth sweep of public notes (tests/data/notes/sweeps, sweep 42) found the reader refusing, now read as
its renderer (or a mathematician) reads it.

en-gabrielelozupone writes the KL divergence ``\\mathbb{D}_{KL}(q \\| p)``, its D in blackboard bold (as many papers
do): the same divergence as ``D_{KL}`` and ``\\mathcal{D}_{KL}``, proved and refuted as they are.  Another blackboard
D (an f-divergence ``\\mathbb{D}_f``, a D without its two laws) is still not read.
"""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.answers.parser import parse
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

GAUSSIANS = r"Let $q(z) = \mathcal{N}(z; \mu, \sigma^2)$ and $p(z) = \mathcal{N}(z; 0, 1)$."
RIGHT = r"\frac{1}{2}\left(\mu^2 + \sigma^2 - 1 - \log \sigma^2\right)"
WRONG = r"\frac{1}{2}\left(\mu^2 + \sigma^2 - 1 + \log \sigma^2\right)"


def verdict(divergence: str, value: str):
    """The verdict on ``divergence = value`` after the sentence giving q and p."""
    text = f"{GAUSSIANS}\n\n$$\n{divergence} = {value}\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=60)).results
    assert not result.internal, result.reason
    return result


@pytest.mark.parametrize(
    "divergence",
    [
        r"\mathbb{D}_{KL}(q(z) \| p(z))",
        r"\mathbb{D}_{\text{KL}}(q(z) || p(z))",
        r"\mathbb{D}_{\mathrm{KL}}\left(q(z) \parallel p(z)\right)",
        r"\mathbb{D}_{KL}\left[q(z) \| p(z)\right]",
    ],
)
def test_a_blackboard_kl_divergence_is_read_as_d_kl_is(divergence):
    parse(divergence, notes=True)  # reads
    assert verdict(divergence, RIGHT).status == PROVED
    wrong, plain = verdict(divergence, WRONG), verdict(r"D_{KL}(q(z) \| p(z))", WRONG)
    assert wrong.status == plain.status == REFUTED
    assert wrong.counterexample.point == plain.counterexample.point


@pytest.mark.parametrize(
    "step",
    [
        r"\mathbb{D}_f(q \| p) = \int p(z) f\left(\frac{q(z)}{p(z)}\right) dz",
        r"\mathbb{D}_{KL} = 0",
        r"\mathbb{D} = 0",
    ],
)
def test_another_blackboard_d_is_not_read(step):
    (result,) = check_notes(read_notes(f"$$\n{step}\n$$\n", markdown=True), Limits(seconds=60)).results
    assert result.status == UNDECIDED and "could not read the step" in result.reason
