"""The lead's fixes of this session (twenty-seventh on issue 11).

- A definition's body is tried at 0 for a real letter of no convention (:data:`~diffproof.notecheck.numbers._SAMPLES`),
  where an even body takes its least value: ``\\sigma = y^2 - 1/10`` is negative only for |y| < 0.32, which the
  points +-1/2, +-2 never reach, so sigma kept its convention sigma > 0 and sqrt(sigma^2) = sigma was proved (rt65b 40).
- What a density written as a formula says of its variables' tails (fx65b, read wherever the note says it) ties no
  names: the equation ties them from its own line on, where it is read as a density's equation.  Read as a tie
  everywhere, lilianweng's later ``p_\\theta(x_{t-1} | x_t) = N(...)`` tied x_{t-1} to x_t at line 63, before it,
  and the merge of two Gaussians there was no longer proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED
from diffproof.notecheck.contexts import NONE
from diffproof.notecheck.statements.noise_ties import stated_ties
from diffproof.notecheck.statements.tails import densities_as_formulas
from diffproof.notes.model import Inline


def _note(definition: str, step: str) -> str:
    return f"Let ${definition}$.\n\n$$\n{step}\n$$\n"


@pytest.mark.parametrize(
    ("definition", "step"),
    [
        ("\\sigma = y^2 - \\frac{1}{10}", "\\sqrt{\\sigma^2} = \\sigma"),
        ("\\sigma = |y| - \\frac{1}{3}", "|\\sigma| = \\sigma"),  # negative for |y| < 1/3
        ("\\beta = y^4 - \\frac{1}{100}", "\\sqrt{\\beta^2} = \\beta"),
        ("\\sigma = x^2 + y^2 - \\frac{1}{5}", "\\sqrt{\\sigma^2} = \\sigma"),  # two letters, both at 0
    ],
)
def test_a_body_negative_near_zero_gives_up_its_convention(definition, step):
    """Each step has a value at every sigma and fails where sigma < 0 (a logarithm of sigma would be claimed only
    where it has one, and is proved: not a finding)."""
    red_team.assert_held_or_refuted(red_team.report(_note(definition, step)).results[-1])


@pytest.mark.parametrize(
    "definition",
    ["\\sigma = y^2 + \\frac{1}{10}", "\\sigma = |y| + 1", "\\sigma = e^{y}", "\\sigma = \\sqrt{y^2 + 1}"],
)
def test_a_body_positive_everywhere_keeps_its_convention(definition):
    result = red_team.report(_note(definition, "\\sqrt{\\sigma^2} = \\sigma")).results[-1]
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "p_\\theta(x_{t-1} \\mid x_t) = \\mathcal{N}(x_{t-1}; \\mu_\\theta(x_t, t), \\sigma_t^2)",  # a Gaussian's tail
        "p(x \\mid y) = \\frac{1}{\\pi (1 + (x - y)^2)}",  # a tail not read
    ],
)
def test_a_density_s_tail_ties_no_names(text):
    said = densities_as_formulas(Inline(text, 3, f"Let ${text}$."))
    assert said, "the density is read for its tail"
    assert stated_ties(said) == NONE
