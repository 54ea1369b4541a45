"""A step false at every schedule is refuted whatever the note's unread definition of a schedule name gives it (cr65).

Where the only reason a counterexample is not trusted is what the note says of a declared context's schedule that
only narrows which schedule it means -- an order among its names that is not read, an unread definition of one by
the others (abar_t := prod_{i=1}^T alpha_i, a typo) -- the step is refuted when no value of the schedule's names in
their ranges (the context's conventions) makes its sides equal, proved exactly (diffproof.notecheck.every_schedule),
and one schedule meets every relation among them the note states.  The set of schedules only shrinks with what the
note says more, so a step false at every one is false at whatever schedule it means.

Words on the schedule are no such narrowing (the lead's rule after cr65's merge, from sm43's and kl61's guards): they
may say the schedule's names anew ("add Gaussian noise of variance $1 - \\alpha_t^2$": beta_t = 1 - alpha_t^2), so
the relations the kernel writes in from the context need not be the note's, and a step after them is held.  So
lilianweng-diffusion-models-2021's line 135, after its line 74 ("Usually, we can afford a larger update step when the
sample gets noisier, so ..."), is held again (refuted for part of the session), as is cr64-02.

Left open: its line 123 cannot be refuted soundly: under the note's literal abar_t := prod_{i=1}^T alpha_i (a typo
for prod_{i=1}^t), abar_t = abar_{t-1} and the step holds (the proof finds the common zero abar_t = abar_{t-1}).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED

_CONTEXT = "<!-- diffproof: context ddpm -->\n"
_GROWING = "In practice the noise level grows with the step, so $$\\beta_1 < \\beta_2 < \\dots < \\beta_T$$ and the signal fades.\n\n"
_CONSTANT = "We use a constant schedule.\n\n"


def _note(words: str, step: str) -> str:
    return f"{_CONTEXT}{words}$$\n{step}\n$$\n"


_FALLS = "\\bar{\\alpha}_t = \\bar{\\alpha}_{t-1}"
#: lilianweng's words before its posterior mean (its lines 41-57): beta_t small (read), abar_t defined with a typo
#: (prod to T, not read: the note's own, so abar_t and abar_{t-1} are drawn apart).
_TYPO = "Let $\\alpha_t = 1 - \\beta_t$ and $\\bar{\\alpha}_t = \\prod_{i=1}^T \\alpha_i$.\n\n"
_SMALL_AND_TYPO = "Note that if $\\beta_t$ is small enough, the reverse step is Gaussian too.\n\n" + _TYPO


def _posterior_mean(at: str) -> str:
    """lilianweng's line 135: mu~_t's two forms equated, its x_0 coefficient written at abar_{at}."""
    return (
        f"\\tilde{{\\mu}}_t(x_t, x_0) = (\\frac{{\\sqrt{{\\alpha_t}}}}{{\\beta_t}} x_t + \\frac{{\\sqrt{{\\bar{{\\alpha}}_{{{at}}}}}}}"
        f"{{1 - \\bar{{\\alpha}}_{{{at}}}}} x_0)/(\\frac{{\\alpha_t}}{{\\beta_t}} + \\frac{{1}}{{1 - \\bar{{\\alpha}}_{{t-1}}}}) = "
        "\\frac{\\sqrt{\\alpha_t}(1 - \\bar{\\alpha}_{t-1})}{1 - \\bar{\\alpha}_t} x_t + "
        "\\frac{\\sqrt{\\bar{\\alpha}_{t-1}}\\beta_t}{1 - \\bar{\\alpha}_t} x_0"
    )


#: Wrong, false at every schedule, whatever the note's unread definition of abar_t (here a typo, prod to T) gives it
#: in abar's range: each must be refuted.
WRONG = {
    "posterior-mean-forms-after-a-typo-definition": _note(_TYPO, _posterior_mean("t")),
    "scaled-data-after-a-typo-definition": _note(
        _TYPO, "\\sqrt{\\bar{\\alpha}_t}\\, x_0 = \\sqrt{\\bar{\\alpha}_{t-1}}\\, x_0 + x_0"
    ),
}

#: Wrong at every DDPM schedule, but after words on the schedule: words may say its names anew ("add noise of
#: variance $1 - \\alpha_t^2$" makes beta_t = 1 - alpha_t^2, not DDPM's relation), so the relations the kernel writes
#: in may not be the note's and the step is held, never refuted (the lead's rule after cr65's merge; cr64-02 open).
HELD_UNDER_WORDS = {
    "falling-product-after-growing-betas-in-words": _note(_GROWING, _FALLS),
    "falling-product-after-a-constant-schedule": _note(_CONSTANT, _FALLS),
    "falling-product-after-a-constant-schedule-in-french": _note("On utilise un calendrier constant.\n\n", _FALLS),
    "scaled-data-after-a-constant-schedule": _note(
        _CONSTANT, "\\sqrt{\\bar{\\alpha}_t}\\, x_0 = \\sqrt{\\bar{\\alpha}_{t-1}}\\, x_0"
    ),
    "posterior-mean-forms-after-small-betas-and-a-typo-definition": _note(_SMALL_AND_TYPO, _posterior_mean("t")),
    "posterior-mean-forms-after-a-constant-schedule": _note(_CONSTANT, _posterior_mean("t")),
    "falling-product-under-a-supposition-some-schedule-meets": _note(
        "If the noise level grows with the step so that $$\\beta_1 > \\beta_2 > \\dots > \\beta_T$$, then\n\n", _FALLS
    ),
}

#: Not refuted: true at a schedule the words may mean, or claimed under a supposition no schedule meets.
GUARDS = {
    "equal-betas-after-a-constant-schedule": _note(_CONSTANT, "\\beta_t = \\beta_{t-1}"),
    "scaled-equal-betas-after-a-constant-schedule": _note(_CONSTANT, "\\beta_t x_0 = \\beta_{t-1} x_0"),
    "rising-betas-after-growing-betas-in-words": _note(_GROWING, "\\beta_{t-1} < \\beta_t"),
    "posterior-mean-forms-right-after-small-betas-and-a-typo-definition": _note(
        _SMALL_AND_TYPO, _posterior_mean("t-1")
    ),
    "posterior-variance-after-a-constant-schedule": _note(
        _CONSTANT,
        "\\frac{1}{\\frac{\\alpha_t}{\\beta_t} + \\frac{1}{1 - \\bar{\\alpha}_{t-1}}} = "
        "\\frac{1 - \\bar{\\alpha}_{t-1}}{1 - \\bar{\\alpha}_t} \\beta_t",
    ),
    "falling-product-under-a-supposition-no-schedule-meets": _note(
        "If the noise level grows with the step so that $$\\bar{\\alpha}_1 < \\bar{\\alpha}_2 < \\dots < "
        "\\bar{\\alpha}_T$$, then\n\n",
        _FALLS,
    ),
}


_EXPONENT_NOTE = (
    red_team.NOTES / "cr64-02-increasing-betas-said-with-a-reason-posterior-exponent-undecided.md"
).read_text()
#: lilianweng's line 123 after its own definition abar_t := prod_{i=1}^T alpha_i: true at abar_t = abar_{t-1}, which
#: that definition, read literally, makes so.
GUARDS["posterior-exponent-after-the-typo-definition"] = _EXPONENT_NOTE.replace(
    _CONTEXT, _CONTEXT + "Let $\\alpha_t = 1 - \\beta_t$ and $\\bar{\\alpha}_t = \\prod_{i=1}^T \\alpha_i$.\n\n", 1
)


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_step_false_at_every_schedule_is_refuted(name):
    result = red_team.report(WRONG[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status == REFUTED, result.reason
    assert "false at every schedule" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_a_step_true_at_some_schedule_the_words_may_mean_is_not_refuted(name):
    result = red_team.report(GUARDS[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(HELD_UNDER_WORDS))
def test_a_step_after_words_on_the_schedule_is_not_refuted(name):
    result = red_team.report(HELD_UNDER_WORDS[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason
