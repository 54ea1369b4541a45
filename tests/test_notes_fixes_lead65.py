"""The lead's fixes of this session (twenty-seventh on issue 11).

- A definition's body is tried at 0 for a real letter of no convention (:data:`~diffproof.notecheck.numbers._SAMPLES`),
  where an even body takes its least value: ``\\sigma = y^2 - 1/10`` is negative only for |y| < 0.32, which the
  points +-1/2, +-2 never reach, so sigma kept its convention sigma > 0 and sqrt(sigma^2) = sigma was proved (rt65b 40).
- What a density written as a formula says of its variables' tails (fx65b, read wherever the note says it) ties no
  names: the equation ties them from its own line on, where it is read as a density's equation.  Read as a tie
  everywhere, lilianweng's later ``p_\\theta(x_{t-1} | x_t) = N(...)`` tied x_{t-1} to x_t at line 63, before it,
  and the merge of two Gaussians there was no longer proved.
- A sign a name has by convention only (sigma > 0) does not stand against a value the note says the step is used at:
  "We use it at $\\sigma = 0$." after sigma / sigma = 1 holds the step as x in its place was held (rt65a 07).
- cr65's "false at every schedule" narrows only by what keeps the schedule in its box: not a value on the step's row
  (abar_T = 0, off the box), nor a definition by a body that may leave it (abar_t := alpha_t + alpha_{t-1}); fx65l's
  value in words ("zero") holds a refutation only where no letter is named (c of "The constant c is zero" is not in
  the step, whose refutation stands).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED
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


@pytest.mark.parametrize(
    ("name", "value"),
    [("\\sigma", "0"), ("\\beta_t", "0"), ("\\bar\\alpha_t", "1"), ("\\sigma", "-1")],
)
def test_a_value_said_outside_a_convention_holds_the_step(name, value):
    """The step has no value where the note says it is used (a divisor 0, a logarithm of 0 or of a negative)."""
    step = f"\\frac{{{name}}}{{{name}}} = 1" if value == "0" else f"\\log(1 - {name}) - \\log(1 - {name}) = 0"
    if value == "-1":
        step = f"\\log {name} - \\log {name} = 0"
    note = f"Note.\n\n$$\n{step}\n$$\n\nWe use it at ${name} = {value}$.\n"
    red_team.assert_held_or_refuted(red_team.report(note).results[-1])


def test_a_value_said_inside_a_convention_keeps_the_proof():
    """A claim read (where the sentence's value is not, sigma is held as x is: the sign is the note's to give)."""
    note = "Note.\n\n$$\n\\frac{\\sigma}{\\sigma} = 1\n$$\n\nIt holds for $\\sigma = 2$.\n"
    result = red_team.report(note).results[-1]
    assert result.status == PROVED, result.reason


_DDPM = "<!-- diffproof: context ddpm -->\n"


@pytest.mark.parametrize(
    "note",
    [
        "With no signal left at the last step,\n\n$$\n\\sqrt{\\bar\\alpha_T}\\, x_0 = 0, \\quad \\bar\\alpha_T = 0\n$$\n",
        "Let $\\bar{\\alpha}_t = \\alpha_t + \\alpha_{t-1}$.\n\n$$\n\\sqrt{\\bar{\\alpha}_t}\\, x_0 = "
        "\\sqrt{\\bar{\\alpha}_{t-1}}\\, x_0 + x_0\n$$\n",
    ],
)
def test_what_may_leave_the_box_is_no_narrowing(note):
    """True at some value the note allows (abar_T = 0; abar_t = 1.96, abar_{t-1} = 0.16 under the sum): not refuted."""
    assert all(r.status != REFUTED for r in red_team.report(_DDPM + note).results)


def test_a_value_in_words_of_a_named_letter_keeps_the_refutation():
    note = "The constant c is zero. Therefore\n\n$$\n\\bar{\\alpha}_t x_0 = \\bar{\\alpha}_{t-1} x_0 + x_0\n$$\n"
    assert red_team.report(_DDPM + note).results[-1].status == REFUTED
