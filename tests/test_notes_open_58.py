"""Held-out variants of the findings fx58 closed: a value said in plain words ("Let $x$ be zero.", rt58k-06:
statements.orders._valued_plainly), the alpha_t = 1 a constant abar implies under DDPM
(tests/test_notes_schedule_held_constant.py: stated_values._held_constant) and abar_{t-1} at the first step t = 1,
abar_0 = 1 under DDPM, where the note says nothing of t (rt58k-42: stated_values._first_steps), and a definition
placed in an appendix (rt58r-29: scopes._SCOPE reads it as another unit than the sentence's).

Each wrong variant divides by 0 (or takes log 0) at a value the note allows, so the step as written has no value there
and must not be proved; each guard is a faithful note that keeps its proof.  The two variants left open (a value
supposed, "Suppose $x$ is zero", and a choice of values, "Let $x$ be zero or one") were closed by xf59a.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_X = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_X_PLUS_ONE = "\n\n$$\n\\frac{x + 1}{x + 1} = 1\n$$\n"
_ALPHA = "\n\n$$\n\\frac{1 - \\alpha_t}{1 - \\alpha_t} = 1\n$$\n"
_TWICE = "\n\n$$\na + a = 6\n$$\n"
_PREVIOUS = "\n\n$$\n\\frac{1 - \\bar\\alpha_{t-1}}{1 - \\bar\\alpha_{t-1}} = 1\n$$\n"

#: Wrong: each note gives a name a value at which the step divides 0 by 0 (or takes log 0), or gives it its value
#: elsewhere only.
WRONG = {
    # x = 0: x / x is 0 / 0
    "let-x-be-zero-in-maths": "Let $x$ be $0$." + _X,
    "assume-x-equals-zero": "Assume $x$ equals zero." + _X,
    "here-x-is-0": "Here $x$ is 0." + _X,
    "suppose-x-is-zero": "Suppose $x$ is zero." + _X,  # a supposed value holds a step (xf59a: orders._SUPPOSING)
    "let-x-be-zero-or-one": "Let $x$ be zero or one." + _X,  # x (x - 1) = 0 allows x = 0 (xf59a)
    # x = -1: (x + 1) / (x + 1) is 0 / 0
    "let-x-be-minus-one": "Let $x$ be $-1$." + _X_PLUS_ONE,
    # DDPM, abar_t = c at every step: alpha_t = abar_t / abar_{t-1} = 1 for t >= 2, so 1 - alpha_t = beta_t = 0
    "constant-abar-for-all-t": red_team.DDPM + "Let $\\bar\\alpha_t := 0.3$ for all $t$." + _ALPHA,
    "constant-abar-over-beta": red_team.DDPM
    + "Let $\\bar\\alpha_t := 0.5$ for every $t$.\n\n$$\n\\frac{\\beta_t}{\\beta_t} = 1\n$$\n",
    # DDPM, t = 1 admissible: 1 - abar_{t-1} = 1 - abar_0 = 0
    "previous-abar-times-two": red_team.DDPM
    + "$$\n\\frac{2 (1 - \\bar\\alpha_{t-1})}{1 - \\bar\\alpha_{t-1}} = 2\n$$\n",
    "previous-abar-log": red_team.DDPM + "$$\n\\log(1 - \\bar\\alpha_{t-1}) - \\log(1 - \\bar\\alpha_{t-1}) = 0\n$$\n",
    "horizon-before-last": red_team.DDPM + "$$\n\\frac{1 - \\bar\\alpha_{T-1}}{1 - \\bar\\alpha_{T-1}} = 1\n$$\n",
    # a := 3 holds in the appendix only: here a is any number, and a + a = 6 fails at a = 0
    "defined-in-the-appendix": "We define $a := 3$ in the appendix." + _TWICE,
    "in-the-appendix-we-set": "In the appendix we set $a := 3$." + _TWICE,
    "in-the-supplementary-material": "In the supplementary material we let $a := 3$." + _TWICE,
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_step_without_value_is_not_proved(name):
    result = red_team.last(WRONG[name])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert "appendix" in name or "supplementary" in name or "has no value there" in result.reason, result.reason


#: Right: each step has a value wherever the note's values hold, and is proved.
GUARDS = {
    "let-x-be-two": "Let $x$ be $2$." + _X,  # 2 / 2
    # "It is not true that $x$ is zero." (x any nonzero number) is held since fx62d: a zero word said of a name in a
    # clause the value readers do not read may give it 0, and the negation stands before the name: a proof lost
    "let-x-be-nonzero": "Let $x$ be nonzero." + _X,
    "let-x-be-zero-other-divisor": "Let $x$ be zero." + _X_PLUS_ONE,  # 1 / 1
    "geometric-abar": red_team.DDPM + "Let $\\bar\\alpha_t := 0.3^t$ for all $t$." + _ALPHA,  # alpha_t = 0.3
    "constant-abar-over-itself": red_team.DDPM
    + "Let $\\bar\\alpha_t := 0.5$ for every $t$.\n\n$$\n\\frac{\\bar\\alpha_t}{\\bar\\alpha_t} = 1\n$$\n",
    # the note's range excludes t = 1, so 1 - abar_{t-1} lies in (0, 1)
    "t-at-least-two": red_team.DDPM + "For $t \\ge 2$:" + _PREVIOUS,
    "t-above-one": red_team.DDPM + "Here $t > 1$." + _PREVIOUS,
    "t-at-least-two-beside": red_team.DDPM
    + "$$\n\\frac{1 - \\bar\\alpha_{t-1}}{1 - \\bar\\alpha_{t-1}} = 1 \\quad \\text{for } t \\ge 2\n$$\n",
    "t-at-least-two-after": red_team.DDPM + _PREVIOUS + "for $t \\ge 2$.\n",
    # abar_t lies in (0, 1) at every step t >= 1
    "this-abar": red_team.DDPM + "$$\n\\frac{1 - \\bar\\alpha_t}{1 - \\bar\\alpha_t} = 1\n$$\n",
    # the note's own abar_0 = 0.5: 1 - abar_0 = 0.5
    "note-s-own-start": red_team.DDPM + "Let $\\bar\\alpha_0 := 0.5$." + _PREVIOUS,
    # a := 3 here; the appendix is only mentioned
    "appendix-mentioned": "We set $a := 3$ (see the appendix)." + _TWICE,
    "appendix-proves-more": "We set $a := 3$; the appendix proves more." + _TWICE,
    "here-as-well-as-in-the-appendix": "We set $a := 3$ here as well as in the appendix." + _TWICE,
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_a_step_with_a_value_keeps_its_proof(name):
    result = red_team.last(GUARDS[name])
    assert result.status == PROVED, result.reason
