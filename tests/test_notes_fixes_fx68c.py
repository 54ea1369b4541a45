"""Fixes of session 68's fx68c: density formulas the tails readers missed (rt66b 08-11).

- A density is given its formula by any sign the relations' table reads as defining (``:=``, ``\\coloneqq``,
  ``\\equiv``, ``\\triangleq``, ``≔``) as by ``=`` and ``\\propto``.
- A differential written beside the density (``p(x)\\,dx = \\frac{dx}{...}``) is the measure, taken off both sides.
- A density letter's one-letter index may name the variable (``p_{x}(u)``, ``f_X(x)``: the density of x at u): a
  tail not read is given to it as well as to the argument.
- A log-density (``\\log p(x) = ...``) has every moment only where its terms in its one variable are a polynomial with
  numbers for coefficients, of even degree and negative leading coefficient; any other tail is not read.
"""

from __future__ import annotations

import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_STEP = "$$\n\\mathbb{{E}}[{v}] - \\mathbb{{E}}[{v}] = 0\n$$"


def _statuses(lines: list[str], names: list[str]) -> dict[str, str]:
    """The verdict of E[v] - E[v] = 0 for each name v, after the note's ``lines`` (one note, one step per name)."""
    text = "\n\n".join([*lines, *(_STEP.format(v=v) for v in names)]) + "\n"
    return {v: r.status for v, r in zip(names, red_team.results(text)[-len(names) :], strict=True)}


#: Wrong (held-out variants of rt66b 08-11): each name has a law with no mean, so its expectation has no value.
_NO_MEAN = {
    "x_1": "Let $p(x_1) \\equiv \\frac{1}{\\pi (1 + x_1^2)}$.",  # a defining \equiv
    "x_2": "Let $q(x_2) \\triangleq \\frac{2}{\\pi (1 + x_2^2)^{1}}$.",
    "x_3": "Let $p(x_3) ≔ (1 + x_3^2)^{-1} / \\pi$.",
    "x_4": "Let $q(x_4)\\, \\mathrm{d}x_4 = \\frac{\\mathrm{d}x_4}{2 (1 + |x_4|)^2}$.",  # a differential, upright d
    "X": "Let $f_X(x) = \\frac{1}{\\pi (1 + x^2)}$.",  # the index names the variable
    "y": "Let $q_{y}(v) \\propto (1 + v^2)^{-1}$.",
    "x_5": "Let $\\log q(x_5) = -2 \\log(1 + |x_5|) + C$.",  # a log-density of a power tail
    "x_6": "Let $\\ln p(x_6) = x_6^3 + \\text{const}$.",  # odd degree: no density at all, not read
}


def test_laws_with_no_mean_hold_the_expectation():
    assert _statuses(list(_NO_MEAN.values()), list(_NO_MEAN)) == dict.fromkeys(_NO_MEAN, UNDECIDED)


#: Right (guards): each name has every moment, so E[v] - E[v] = 0.
_EVERY_MOMENT = {
    "x_1": "Let $p(x_1) \\coloneqq \\mathcal{N}(x_1; 0, 1)$.",
    "x_2": "Let $p(x_2)\\,dx_2 = \\mathcal{N}(x_2; 1, 4)\\,dx_2$.",
    "x_3": "Let $\\log q(x_3) = -\\frac{(x_3 - 1)^2}{2} - \\log Z$.",  # a Gaussian's log-density
    "x_4": "Let $\\log p(x_4) = -x_4^4 + x_4^2 + \\text{const}$.",  # exp(-x^4): every moment
    "x_5": "Let $p_{\\theta}(x_5) = \\mathcal{N}(x_5; 0, 1)$.",  # a model's index, a Gaussian
}


def test_laws_with_every_moment_keep_their_proof():
    assert _statuses(list(_EVERY_MOMENT.values()), list(_EVERY_MOMENT)) == dict.fromkeys(_EVERY_MOMENT, PROVED)
