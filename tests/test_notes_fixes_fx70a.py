"""fx70a's fixes, two corpus proofs won back soundly, each with the finding's shape, held-out variants, wrong variants
that stay held and faithful guards:

- ja-naoyukikita-ddpm line 83 (with context ddpm): a case beside the step that equates a name to a product or sum
  over an index (``\\text{where } \\bar\\alpha_t = \\prod_{\\tau=1}^t \\alpha_\\tau``), which the translator reads
  only in a step that writes one, is read by the values the series takes whatever its terms are within their
  conventions (conditions._series_case): a product of positive terms is positive, so the case keeps abar_t within
  its convention and is no case; a series of terms of no known sign, or writing its index bare, still holds.
- zh-diffusion-study-notes line 273 (as published): a definition of a name's power (``\\sigma^2 = 1/(\\alpha_t /
  \\beta_t + 1/(1 - \\bar\\alpha_{t-1}))``, zh line 224) defines the name as its body does (transformations.
  _definition, _powered): of fixed names, sigma's size is fixed, so ``\\tilde\\beta_t = \\sigma^2`` is no random
  scale and zh's colour-written law of x_{t-1} (line 215) no longer gives x_0 a tail not read; of random names, the
  name is random (its tail read as the body's, which only holds more).
"""

from __future__ import annotations

import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_SQUARE = "$$\n\\sqrt{{\\bar\\alpha_t}}\\,\\sqrt{{\\bar\\alpha_t}} = \\bar\\alpha_t, \\quad \\text{{where }} \\bar\\alpha_t = {}\n$$"
_MARGINAL = (
    "$$\nq(x_t \\mid x_0) = \\mathcal{{N}}(x_t; \\sqrt{{\\bar\\alpha_t}}\\, x_0, (1 - \\bar\\alpha_t) I) \\qquad {}\n$$"
)


def _statuses(text: str, count: int) -> list[str]:
    return [r.status for r in red_team.results(text)[-count:]]


#: Right: the case restates what the conventions give (abar_t a product of positive alphas, or of betas).
RESTATED_UNDER_DDPM = (
    "\\text{where } \\bar{\\alpha}_t = \\prod_{\\tau=1}^t \\alpha_\\tau",  # the finding's shape (ja line 83)
    "\\text{with } \\bar\\alpha_t = \\prod_{s=1}^{t} \\alpha_s",
)
RESTATED = ("\\prod_{s=1}^{t} \\alpha_s", "\\prod_{i=1}^{t} \\beta_i")


def test_a_case_restating_a_product_of_the_convention_is_no_case():
    for case in RESTATED_UNDER_DDPM:  # one note each: a second marginal after the first is another claim
        red_team.assert_proved(red_team.last(red_team.DDPM + "\nNote.\n\n" + _MARGINAL.format(case) + "\n"))
    plain = "Note.\n\n" + "\n\nAlso\n\n".join(_SQUARE.format(c) for c in RESTATED) + "\n"
    assert _statuses(plain, len(RESTATED)) == [PROVED] * len(RESTATED)


#: Wrong: each case takes abar_t where its root is no real number (a product of negatives, a sum of logarithms of
#: numbers below 1, a product of reals of no sign), or where the divisor is 0 (k runs through 0).
BEYOND = (
    "\\prod_{s=1}^{t} (-\\alpha_s)",
    "\\sum_{s=1}^{t} \\log \\alpha_s",
    "\\prod_{s=1}^{t} x_s",
)


def test_a_case_beyond_the_conventions_still_holds():
    text = "Note.\n\n" + "\n\nAlso\n\n".join(_SQUARE.format(c) for c in BEYOND)
    text += "\n\nAnd\n\n$$\n\\frac{\\bar\\alpha_t}{\\bar\\alpha_t} = 1, \\quad \\text{where } \\bar\\alpha_t = "
    text += "\\prod_{k=-2}^t k\n$$\n"
    assert _statuses(text, len(BEYOND) + 1) == [UNDECIDED] * (len(BEYOND) + 1)
    wrong_schedule = _MARGINAL.format("\\text{where } \\bar\\alpha_t = \\prod_{\\tau=1}^t (1 - \\alpha_\\tau)")
    red_team.assert_held_or_refuted(red_team.last(red_team.DDPM + "\nNote.\n\n" + wrong_schedule + "\n"))


_MEAN = "$$\n\\mathbb{{E}}[{v}] - \\mathbb{{E}}[{v}] = 0\n$$"


def _means(lines: dict[str, str]) -> list[str]:
    text = (
        red_team.DDPM
        + "\n\n".join(["Let $y \\sim U(0, 1)$.", *lines.values(), *(_MEAN.format(v=v) for v in lines)])
        + "\n"
    )
    return _statuses(text, len(lines))


#: Right: each covariance is a name defined of a name whose power the note defines of fixed names (sigma^2 = a
#: formula of the schedule, in a display as zh line 224 does, or a number): a constant, so x_i has every moment (x_2:
#: zh lines 215 and 224's shape, colours and a tilde-beta equal to sigma^2; x_4 in French).
FIXED_SCALE = {
    "x_1": "Let $s := \\sigma^2$ and $p(x_1) = \\mathcal{N}(x_1; 0, s)$, where\n\n$$\n\\sigma^2 = \\frac{1}{1 + \\beta_t}\n$$",
    "x_2": "Let $q(x_2 \\mid y) = \\mathcal{N}(\\color{blue}{y}, \\color{red}{\\tilde\\beta_t} I)$, where\n\n$$\n"
    "\\tilde\\beta_t = \\sigma^2 = \\frac{1 - \\bar\\alpha_{t-1}}{1 - \\bar\\alpha_t} \\beta_t\n$$",
    "x_3": "Let $\\lambda^3 := 2$, $v := \\lambda + 1$ and $x_3 \\mid y \\sim \\mathcal{N}(y, v)$.",
    "x_4": "Soit $\\tau^2 := 4$, $\\kappa := \\tau^2$ et $p(x_4) = \\mathcal{N}(x_4; 0, \\kappa)$.",
}


def test_a_scale_of_a_name_whose_power_is_fixed_is_fixed():
    assert _means(FIXED_SCALE) == [PROVED] * len(FIXED_SCALE)


#: Wrong, or not known right: each covariance is defined of a name whose power the note defines of a random name
#: (u, y uniform on (0, 1): a scale mixture with no mean), or of a name said random in words only or given no value
#: (the letter's fail-safe: x_8 is zh's shape without sigma^2's definition).
RANDOM_SCALE = {
    "x_5": "Let $\\sigma^2 := 1/u^2$ with $u \\sim U(0, 1)$, $s := \\sigma^2$ and $p(x_5) = \\mathcal{N}(x_5; 0, s)$.",
    "x_6": "Let $\\sigma^2 := 1/y$, $s := \\sigma^2$ and $p(x_6 \\mid y) = \\mathcal{N}(x_6; 0, s)$.",
    "x_7": "Let $c$ be uniformly distributed on $(0, 1)$, $r := 1/c^2$ and $p(x_7) = \\mathcal{N}(x_7; 0, r)$.",
    "x_8": "Let $\\tilde\\beta_t = \\sigma^2$ and $q(x_8 \\mid y) = \\mathcal{N}(\\color{blue}{y}, "
    "\\color{red}{\\tilde\\beta_t} I)$.",
}


def test_a_scale_of_a_random_or_unread_name_still_holds():
    assert _means(RANDOM_SCALE) == [UNDECIDED] * len(RANDOM_SCALE)
