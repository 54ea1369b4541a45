"""The lead's fixes of this session (twenty-seventh on issue 11).

- A definition's body is tried at 0 for a real letter of no convention (:data:`~diffproof.notecheck.numbers._SAMPLES`),
  where an even body takes its least value: ``\\sigma = y^2 - 1/10`` is negative only for |y| < 0.32, which the
  points +-1/2, +-2 never reach, so sigma kept its convention sigma > 0 and sqrt(sigma^2) = sigma was proved (rt65b 40).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED


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
