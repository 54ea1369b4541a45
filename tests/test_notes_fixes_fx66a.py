"""Fixes of session 66's fx66a: laws with no mean in forms the tails readers missed (rt65d 13-19, 25).

- A Gaussian law is read the same however it is written: said with ``\\sim`` (``x \\mid y \\sim \\mathcal{N}(1/y,
  1)``) as a density formula (``p(x \\mid y) = \\mathcal{N}(x; 1/y, 1)``): its variable has every moment only where
  its covariance is fixed and its mean keeps the moments of names that have them.
- A name defined (or tied by an equation) of a random name is random (``s = 1/u``): a covariance that writes it is
  a random scale; a mean that applies a function the note defines by a body that may not keep moments (``f(y) :=
  1/y``, read as a call or as the product ``f y``) is not trusted.
- A density is written by any letter the words next to it call a density (``\\rho(x) = ...`` "be the density of",
  "The target density is $\\pi(x) \\propto ...$"), and a density letter's formula in a display as in a sentence.
"""

from __future__ import annotations

import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_STEP = "$$\n\\mathbb{{E}}[{v}] - \\mathbb{{E}}[{v}] = 0\n$$"


def _statuses(lines: list[str], names: list[str]) -> dict[str, str]:
    """The verdict of E[v] - E[v] = 0 for each name v, after the note's ``lines`` (one note, one step per name)."""
    text = "\n\n".join([*lines, *(_STEP.format(v=v) for v in names)]) + "\n"
    return {v: r.status for v, r in zip(names, red_team.results(text)[-len(names) :], strict=True)}


#: Wrong (held-out variants of rt65d 13-19, 25): each x_i has no mean, so E[x_i] has no value.
_NO_MEAN = {
    "x_1": "Let $x_1 \\mid y \\sim \\mathcal{N}(y^{-1}, 1)$.",  # a random mean said with \sim
    "x_2": "Let $x_2 \\mid y \\sim \\mathcal{N}(0, 1/y^2)$.",  # a random scale said with \sim
    "x_3": "Let $w := 1/y$ and $x_3 \\mid y \\sim \\mathcal{N}(0, w^2)$.",  # a scale defined of y
    "x_4": "Let $g(y) := y^{-2}$ and $x_4 \\mid y \\sim \\mathcal{N}(g(y), 1)$.",  # a defined function's mean
    "x_5": "Let $r = 1/\\sqrt{y}$ and $p(x_5 \\mid y) = \\mathcal{N}(x_5; 0, r^4)$.",
    "x_6": "Let $\\phi(x_6) = \\frac{1}{\\pi (1 + x_6^2)}$ denote the probability density of the noise.",
    "x_7": "The posterior density is $\\varpi(x_7) \\propto (1 + x_7^2)^{-1}$.",
    "x_9": "The noise has density\n\n$$\nq(x_9) = \\frac{1}{2 (1 + |x_9|)^2}\n$$",  # in a display
}


def test_laws_with_no_mean_hold_the_expectation():
    statuses = _statuses(["Let $y \\sim U(0, 1)$.", *_NO_MEAN.values()], list(_NO_MEAN))
    assert statuses == dict.fromkeys(_NO_MEAN, UNDECIDED)


#: Right (guards): each x_i has every moment, so E[x_i] - E[x_i] = 0.
_EVERY_MOMENT = {
    "x_1": "Let $x_1 \\mid y \\sim \\mathcal{N}(2 y + 1, 4)$.",
    "x_2": "Let $x_2 \\mid y \\sim \\mathcal{N}(\\sqrt{\\bar\\alpha_t} y, 1 - \\bar\\alpha_t)$.",
    "x_3": "Let $w := 2$ and $x_3 \\mid y \\sim \\mathcal{N}(0, w^2)$.",  # a scale defined of no random name
    "x_4": "Let $g(y) := y^2$ and $x_4 \\mid y \\sim \\mathcal{N}(g(y), 1)$.",  # a defined function that keeps them
    "x_5": "Let $g(y) := y^3$ and $p(x_5 \\mid y) = \\mathcal{N}(x_5; g(y), 1)$.",
    "x_6": "Let $\\mu(x_6) = x_6^2 + 1$ be the mean function.",  # a function, called no density
    "x_7": "Let $\\rho(x_7) = \\mathcal{N}(x_7; 0, 1)$ be the density of the data.",
    "x_8": "Let $\\sigma = \\sqrt{\\beta_t}$ and $x_8 \\mid y \\sim \\mathcal{N}(y, \\sigma^2)$.",
    "x_9": "The density of the noise is\n\n$$\nq(x_9) = \\mathcal{N}(x_9; 0, 1)\n$$",
}


def test_laws_with_every_moment_keep_their_proof():
    statuses = _statuses(["Let $y \\sim U(0, 1)$.", *_EVERY_MOMENT.values()], list(_EVERY_MOMENT))
    assert statuses == dict.fromkeys(_EVERY_MOMENT, PROVED)
