"""Held-out variants of the findings xf59a closed.

1. Where a step has a value, the equations the note states are solved with a divisor set to 0 within every bound the
   note and its declared context give the names (sweep38b t01's lost proofs: ``stated_values.stated_bounds``): a
   declared interval, a convention in force, an order the note states, and the range DDPM gives a schedule name whose
   meaning it keeps (alpha_t in (0, 1) beside the note's alpha_t + beta_t = 1).
2. DDPM's completed square divides by 1 - abar_{t-1}, which is 0 at the first step t = 1: the step as written claims
   every t, so it is held, with a reason that says it is proved for t >= 2; restricted to t >= 2 by the note, proved.
3. Signs and values said of a name in plain words ("Let $v$ be negative", "Suppose $x$ is zero", "Let $x$ be zero or
   one"): where the step has a value, they are what the note says of the name.

Each wrong variant has no value at a point the note allows (or is false) and must not be proved; each faithful one
must be proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

DDPM = red_team.DDPM
_X = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"


def display(step: str) -> str:
    return f"\n\n$$\n{step}\n$$\n"


# -- 1. the zero solve within the bounds the note and its context give

#: Faithful: every solution of the note's equations with the divisor 0 lies outside a bound the note or its context
#: gives, so the divisor is nonzero wherever the note's names may be.
WITHIN_BOUNDS = {
    # alpha_t = 0 solves alpha_t + beta_t = 1, but DDPM keeps alpha_t in (0, 1): beta_t / alpha_t has a value
    "ddpm-sum-then-a-ratio": DDPM
    + r"Here $\alpha_t + \beta_t = 1$."
    + display(r"\frac{\beta_t}{\alpha_t} = \frac{1 - \alpha_t}{\alpha_t}"),
    # abar_t = 0 solves abar_t + gamma = 1, but DDPM keeps abar_t in (0, 1)
    "ddpm-abar-in-the-notes-equation": DDPM
    + r"Here $\bar\alpha_t + \gamma = 1$."
    + display(r"\frac{\bar\alpha_t}{\bar\alpha_t} = 1"),
    # x = 0, y = 1 solves x + y = 1, but the note orders x > 0
    "an-order-of-the-note": "Assume $x > 0$. Here $x + y = 1$." + _X,
    # the same order as a directive
    "a-directive": "<!-- diffproof: assume x > 0 -->\nHere $x + y = 1$." + _X,
    # x = y = 1/2 is where x - y is 0, but the note orders x > y
    "an-order-of-two-names": "Assume $x > y$. Here $x + y = 1$." + display(r"\frac{x - y}{x - y} = 1"),
    # x = 0 makes y = +-1, outside y > 1
    "a-bound-on-the-other-name": "Assume $y > 1$. Here $x^2 + y^2 = 1$." + _X,
    # x = 0 leaves y = 1 - z: y > 1 makes z < 0, against z > 0
    "a-name-left-free": "Assume $y > 1$. Assume $z > 0$. Here $x + y + z = 1$." + _X,
}

#: Wrong: a solution with the divisor 0 lies within every bound the note and its context give, so the step as
#: written has no value there.
ZERO_WITHIN_BOUNDS = {
    # alpha_t = beta_t = 1/2 is a DDPM schedule: 2 alpha_t - 1 is 0 there
    "ddpm-zero-inside-the-range": DDPM
    + r"Here $\alpha_t + \beta_t = 1$."
    + display(r"\frac{2\alpha_t - 1}{2\alpha_t - 1} = 1"),
    # beta_max is no step's beta: DDPM gives it no range, and beta_max = 0, c = 1 solves the equation
    "ddpm-a-name-no-step-indexes": DDPM
    + r"Here $\beta_{max} + c = 1$."
    + display(r"\frac{\beta_{max}}{\beta_{max}} = 1"),
    # without a declared context alpha_t's convention gives way to the note's equation: alpha_t = 0 is allowed
    "no-context-alpha": r"Here $\alpha_t + \beta_t = 1$." + display(r"\frac{\alpha_t}{\alpha_t} = 1"),
    # x >= 0 allows x = 0
    "an-order-that-allows-zero": r"Assume $x \ge 0$. Here $x + y = 1$." + _X,
    # x >= y allows x = y = 1/2
    "an-order-of-two-names-that-allows-it": r"Assume $x \ge y$. Here $x + y = 1$."
    + display(r"\frac{x - y}{x - y} = 1"),
    # x = 0, y = 1 is within y > 0
    "a-bound-the-solution-meets": "Assume $y > 0$. Here $x^2 + y^2 = 1$." + _X,
    # x = 0, y = 2, z = -1 meets y > 1
    "a-name-left-free-that-may-meet-it": "Assume $y > 1$. Here $x + y + z = 1$." + _X,
}


@pytest.mark.parametrize("name", sorted(WITHIN_BOUNDS))
def test_a_zero_outside_the_bounds_the_note_gives_leaves_the_proof(name):
    result = red_team.last(WITHIN_BOUNDS[name])
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", sorted(ZERO_WITHIN_BOUNDS))
def test_a_zero_within_the_bounds_the_note_gives_holds_the_step(name):
    result = red_team.last(ZERO_WITHIN_BOUNDS[name])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert "which is 0 where the note's equations hold" in result.reason, result.reason


# -- 2. the first step: proved for t >= 2, held at t = 1 where the step claims it, proved where the note restricts it

BETA_TILDE = r"\tilde\beta_t = 1/(\frac{\alpha_t}{\beta_t} + \frac{1}{1 - \bar{\alpha}_{t-1}})"
MU_TILDE = (r"\tilde\mu_t(x_t, x_0) = (\frac{\sqrt{\alpha_t}}{\beta_t} x_t + \frac{\sqrt{\bar{\alpha}_{t-1}}}"
            r"{1 - \bar{\alpha}_{t-1}} x_0)/(\frac{\alpha_t}{\beta_t} + \frac{1}{1 - \bar{\alpha}_{t-1}})")  # fmt: skip
#: (1 - abar_{t-1}) / (1 - abar_t) beta_t written over one fraction: 1 - abar_{t-1} is no divisor, so it holds at t = 1
#: (beta~_1 = 0) and is proved as written.
BETA_TILDE_HO = r"\tilde\beta_t = \frac{1-\bar\alpha_{t-1}}{1-\bar\alpha_t}\beta_t"
#: Wrong under t >= 2: Weng's abar_t for abar_{t-1}, and the ratio turned over.
WRONG_BETA_TILDE = {
    "abar-t-for-abar-t-minus-1": r"\tilde\beta_t = 1/(\frac{\alpha_t}{\beta_t} + \frac{1}{1 - \bar{\alpha}_t})",
    "the-ratio-turned-over": r"\tilde\beta_t = \frac{1-\bar\alpha_t}{1-\bar\alpha_{t-1}}\beta_t",
    "one-minus-the-schedule": r"\tilde\beta_t = 1/(\frac{\alpha_t}{\beta_t} + \frac{1}{\bar{\alpha}_{t-1}})",
}
#: The step restricted to t >= 2 in the sentence that runs into it, in maths, or beside it.
RESTRICTED = {
    "for-t-at-least-2-comma": "For $t \\ge 2$,\n\n",
    "for-t-above-1-we-get": "For $t > 1$ we get\n\n",
    "for-t-at-least-2-one-obtains": "For $t \\geq 2$ one obtains\n\n",
    "when-t-above-1-colon": "When $t > 1$:\n\n",
    "let-t-be-at-least-2": "Let $t \\ge 2$. Then\n\n",
}
_ABAR = "\u03b1\u0304"  # how the reading names abar: alpha and a combining macron


def _proved_past_the_first_step(reason: str) -> bool:
    return reason.startswith(f"proved for $t \\ge 2$ (where ${_ABAR}_{{t-1}} < 1$): ") and (
        "but the step claims its first step too, and the step divides by" in reason
        and "at $t = 1$, the first step its index may take" in reason
    )


@pytest.mark.parametrize("step", [BETA_TILDE, MU_TILDE], ids=["beta~", "mu~"])
def test_a_step_that_claims_the_first_step_is_held_and_said_proved_past_it(step):
    result = red_team.last(f"{DDPM}$$\n{step}\n$$\n")
    assert result.status != PROVED, result.reason
    assert _proved_past_the_first_step(result.reason), result.reason


@pytest.mark.parametrize("restriction", sorted(RESTRICTED))
@pytest.mark.parametrize("step", [BETA_TILDE, MU_TILDE], ids=["beta~", "mu~"])
def test_a_step_the_note_restricts_past_the_first_step_is_proved(restriction, step):
    result = red_team.last(f"{DDPM}{RESTRICTED[restriction]}$$\n{step}\n$$\n")
    assert result.status == PROVED, result.reason


def test_a_step_restricted_beside_it_is_proved():
    result = red_team.last(f"{DDPM}$$\n{BETA_TILDE} \\quad \\text{{for }} t \\ge 2\n$$\n")
    assert result.status == PROVED, result.reason


def test_a_step_with_a_value_at_the_first_step_is_proved_as_written():
    result = red_team.last(f"{DDPM}$$\n{BETA_TILDE_HO}\n$$\n")
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("restriction", ["", *sorted(RESTRICTED)])
@pytest.mark.parametrize("name", sorted(WRONG_BETA_TILDE))
def test_a_wrong_posterior_variance_is_never_proved_nor_said_proved_past_the_first_step(name, restriction):
    result = red_team.last(f"{DDPM}{RESTRICTED.get(restriction, '')}$$\n{WRONG_BETA_TILDE[name]}\n$$\n")
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert not result.reason.startswith("proved for"), result.reason


def test_a_step_without_a_value_elsewhere_too_is_not_said_proved_past_the_first_step():
    """x = 0 makes x / x no number at every t: the first step is not the only place the step has no value."""
    result = red_team.last(f"{DDPM}Let $x$ be zero.\n\n$$\n\\frac{{x}}{{1 - \\bar\\alpha_{{t-1}}}} = \\frac{{x}}{{x}} "
                           "\\cdot \\frac{x}{1 - \\bar\\alpha_{t-1}}\n$$\n")  # fmt: skip
    assert result.status != PROVED, result.reason
    assert not result.reason.startswith("proved for"), result.reason


#: Fixed (fk59c): a sentence that bounds t past the first step and then widens back to it ("and likewise for $t = 1$")
#: says t = 1, which claims the first step, so the first-step rule holds the step there.


def test_a_restriction_widened_back_to_the_first_step_holds_the_step():
    text = f"{DDPM}For $t \\ge 2$ we get the following, and likewise for $t = 1$\n\n$$\n{BETA_TILDE}\n$$\n"
    assert red_team.last(text).status != PROVED


# -- 3. signs and values said of a name in plain words

_N = display(r"\frac{\mathcal{N}(y; 1, v)}{\mathcal{N}(y; 1, v)} = 1")

#: Wrong: the words give the name a value, or one of a few values, where the step divides by 0, or a sign that
#: leaves a Gaussian's variance no positive value (no density): the step as written has no value there.
SAID_IN_WORDS = {
    "suppose-x-is-zero": "Suppose $x$ is zero." + _X,
    "supposing-x-equals-0": "Supposing $x$ equals $0$." + _X,
    "let-x-be-zero-or-one": "Let $x$ be zero or one." + _X,
    "one-or-zero-the-other-divisor": "Let $x$ be zero or one." + display(r"\frac{x - 1}{x - 1} = 1"),
    "in-maths-0-or-1": "Let $x$ be $0$ or $1$." + _X,
    "three-values": "Let $x$ be two, three or zero." + _X,
    "either-zero-or-one": "Assume $x$ is either zero or one." + _X,
    "german-gleich-0-oder-1": "Sei $x$ gleich $0$ oder $1$." + _X,
    "french-vaut-0-ou-1": "Ici $x$ vaut 0 ou 1." + _X,
    "suppose-one-or-zero": "Suppose $x$ is one or zero." + _X,
    "let-v-be-negative": "Let $v$ be negative." + _N,
    "here-v-is-nonpositive": "Here $v$ is nonpositive." + _N,
    "strictly-negative": "Assume $v$ is strictly negative." + _N,
    "german-sei-negativ": "Sei $v$ negativ." + _N,
    # x <= 0 allows x = 0 (y = 1)
    "nonpositive-and-an-equation": "Let $x$ be nonpositive. Here $x + y = 1$." + _X,
}

#: Faithful: the values said leave the divisor nonzero, or the sign leaves the variance positive or excludes the
#: zero.
SAID_AND_PROVED = {
    "zero-or-one-other-divisor": "Let $x$ be zero or one." + display(r"\frac{x + 1}{x + 1} = 1"),
    "one-or-two": "Let $x$ be one or two." + _X,
    "suppose-x-is-two": "Suppose $x$ is two." + _X,
    "let-v-be-positive": "Let $v$ be positive." + _N,
    # v = 0 is allowed, but so are positive values: the order does not make the variance nonpositive
    "let-v-be-nonnegative": "Let $v$ be nonnegative." + _N,
    "not-true-that-v-is-negative": "It is not true that $v$ is negative." + _N,
    # x = 0 solves x + y = 1, but x > 0 and x < 0 exclude it
    "positive-and-an-equation": "Let $x$ be positive. Here $x + y = 1$." + _X,
    "negative-and-an-equation": "Let $x$ be negative. Here $x + y = 1$." + _X,
}


@pytest.mark.parametrize("name", sorted(SAID_IN_WORDS))
def test_a_value_or_sign_said_in_words_holds_a_step_without_value(name):
    result = red_team.last(SAID_IN_WORDS[name])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert "the step has no value" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(SAID_AND_PROVED))
def test_a_value_or_sign_said_in_words_that_leaves_a_value_keeps_the_proof(name):
    result = red_team.last(SAID_AND_PROVED[name])
    assert result.status == PROVED, result.reason


#: Fixed (xf60): a sign supposed ("Suppose $v$ is negative.") may open a hypothesis argued against, so it is read as
#: equations whose real solutions are the values it allows (orders._supposed_signs), which hold a step without value
#: but bound no counterexample: the step, which has no value under the supposition, is held.


def test_a_supposed_sign_holds_a_step_without_value():
    assert red_team.last("Suppose $v$ is negative." + _N).status != PROVED


#: Fixed (xf60): a choice between a number and a formula ("zero or $1 + y$") still allows x = 0: the formula is kept
#: among the values (x (x - (1 + y)) = 0), so x / x is held.


def test_zero_or_a_formula_holds_a_step_without_value():
    assert red_team.last("Let $x$ be zero or $1 + y$." + _X).status != PROVED
