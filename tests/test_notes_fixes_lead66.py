"""The lead's fixes of this session (twenty-eighth on issue 11), found by the fresh run after the merges.

- A family's value in other names is trusted at another member only where the member's drawn value breaks the sign the
  body has whatever its other names are (fx68b: x_1 = 0.82 where x_i = -1 - y^2): abar_t = alpha_t abar_{t-1} is
  positive, and a model that draws abar_{t-1} > 0 keeps it, so the README's wrong step (abar_t for abar_{t-1}) is
  refuted again.
- A number set beside the step ends its maths at a comma only where the list is no range: "for $t = 1, 2, \\ldots,
  T$" keeps the index's convention (t >= 1) and t / t = 1 its proof.
- Steps named by their order ("for the last step") hold a refutation only where the display leaves a step index
  free: q(x_T | x_0) = q(x_T), at fixed steps only, is refuted as written.
"""

from __future__ import annotations

import pathlib

import pytest
import red_team
import sympy as sp

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notecheck.conditions import _breaks
from diffproof.notes import read_file

DATA = pathlib.Path(__file__).resolve().parent / "data" / "notes"

_POSITIVE = sp.Symbol("alpha_t", positive=True) * sp.Symbol("abar_{t-1}", positive=True)
_NEGATIVE = -1 - sp.Symbol("y", real=True) ** 2


@pytest.mark.parametrize(
    ("body", "value", "breaks"),
    [
        (_POSITIVE, 0.999998, False),  # abar_{t-1} drawn inside the recursion's sign: left to the kernel
        (_POSITIVE, -0.5, True),
        (_NEGATIVE, 0.82, True),  # x_1 = 0.82 where x_i = -1 - y^2 < 0 (rt66a-21)
        (_NEGATIVE, -3.0, False),
        (_NEGATIVE, "undefined", True),  # no real value: the sign cannot be kept
        (sp.Symbol("y", real=True) - 3, 5.0, False),  # no sign whatever y is: nothing to break
    ],
)
def test_a_member_s_drawn_value_breaks_only_a_sign_the_family_has(body, value, breaks):
    assert _breaks(body, value) is breaks


def test_the_readme_s_wrong_step_is_refuted_with_the_recursion_stated():
    """abar_t = alpha_t abar_{t-1} is positive: the model's abar_{t-1} keeps that, and line 14's typo is refuted (and
    line 15, which leaves the typo's wrong middle for the right end)."""
    report = check_notes(read_file(DATA / "forward_posterior_wrong.tex"))
    assert [r.step.line for r in report.results if r.status == REFUTED] == [14, 15]


def test_a_member_drawn_against_the_family_s_sign_holds_it():
    note = "Let $x_i = -1 - y^2$ for every $i$.\n\n$$\n\\sqrt{x_1^2} = -x_1\n$$\n"
    assert red_team.report(note).results[-1].status != REFUTED


@pytest.mark.parametrize("remark", ["t = 1, \\ldots, T", "t = 1, 2, \\ldots, T", "t = 1, 2, \\dots, T"])
def test_a_range_beside_the_step_keeps_its_proof(remark):
    result = red_team.report(f"$$\n\\frac{{t}}{{t}} = 1 \\quad \\text{{for }} {remark}\n$$\n").results[-1]
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize(
    ("step", "refuted"),
    [
        ("q(x_T|x_0) = q(x_T)", True),  # fixed steps only: the case leaves nothing free
        ("\\sqrt{\\bar\\alpha_t} x_0 = \\sqrt{\\alpha_t} x_0", False),  # t free: the last step pins it
        ("\\sqrt{\\bar\\alpha} x_0 = \\sqrt{\\alpha} x_0", False),  # indices dropped: the case may pin them
    ],
)
def test_steps_named_by_their_order_hold_only_a_free_step_index(step, refuted):
    result = red_team.report(f"{red_team.DDPM}Hence, for the last step,\n\n$$\n{step}\n$$\n").results[-1]
    assert (result.status == REFUTED) == refuted, result.reason
