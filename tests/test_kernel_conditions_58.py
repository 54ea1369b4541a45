"""Held-out tests of session 58's fixes of red team 58k's items 17-21, 25-30 and 33-37 (fk58b).

- An expectation under a Gaussian, or an integral against one, of a closed form exists only where its integrand
  times the density is shown continuous and decaying (``e^{x^2/4}`` under N(0, 1) does, ``e^{x^2}`` does not, nor
  ``1/|x|``): a step writing one that is not shown is not proved, whether SymPy cancelled it or the kernel split it by
  linearity.  Of an unknown density or function the kernel's trust is kept.
- A Gaussian's variance must not be shown non-positive: the ∝ check writes no Gaussian of a variance shown 0 or
  negative under the domains, and a step writing one that the note's values make 0 or negative is not proved (a
  variance of no stated sign is presumed positive, as a divisor of no stated value is presumed nonzero).
- A function the note defines through the variable of a derivative (``h(y) := θ^2 y``) is written out inside the
  derivative before it is taken, under an integral over its argument too, so the right value is proved and 0 is not.
- A modulus in brackets after a congruence sign (the French ``a \\equiv b \\; [n]``), or a ring or field the note
  names other than the reals (Z/nZ, Z_n, F_q, GF(q), a positive characteristic, a finite field), holds the step,
  right or wrong, which is judged among the reals; sets of integers (Z_0^+) are no such ring.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations.kernel.convergence import expectation_shown_to_exist, shown_to_exist
from derivations.probability import Expectation, Normal
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED


def _gauss(variance: str) -> str:
    return f"\\mathbb{{E}}_{{x \\sim \\mathcal{{N}}(x; 0, {variance})}}"


#: Expectations and integrals against a Gaussian, written so SymPy cancels or the kernel splits them, and the verdict.
EXISTENCE = {
    # wrong: e^{x^2} e^{-x^2/4} grows, so each side is ∞ - ∞
    "E of e^{x^2} under variance 2, minus itself": (
        f"$$\n{_gauss(2)}\\left[e^{{x^2}}\\right] - {_gauss(2)}\\left[e^{{x^2}}\\right] = 0\n$$\n",
        UNDECIDED,
    ),
    # wrong: 1/|x| is not integrable at 0, where the density is positive
    "E of 1/|x|, minus itself": (
        f"$$\n{_gauss(1)}\\left[\\frac{{1}}{{|x|}}\\right] - {_gauss(1)}\\left[\\frac{{1}}{{|x|}}\\right] = 0\n$$\n",
        UNDECIDED,
    ),
    # wrong: both sides infinite, ∞ = ∞ is no equation of numbers
    "linearity of E with a divergent piece": (
        f"$$\n{_gauss(1)}\\left[x^2 + e^{{x^2}}\\right] = {_gauss(1)}\\left[x^2\\right] + "
        f"{_gauss(1)}\\left[e^{{x^2}}\\right]\n$$\n",
        UNDECIDED,
    ),
    # wrong: ∫ N(x; 0, 3) e^{x^2} dx = ∞
    "integral against N(0, 3) of e^{x^2}, minus itself": (
        "$$\n\\int \\mathcal{N}(x; 0, 3)\\, e^{x^2}\\, dx - \\int \\mathcal{N}(x; 0, 3)\\, e^{x^2}\\, dx = 0\n$$\n",
        UNDECIDED,
    ),
    # right: e^{x^2/4} e^{-x^2/2} = e^{-x^2/4} decays, so each exists
    "E of e^{x^2/4} under N(0, 1), minus itself": (
        f"$$\n{_gauss(1)}\\left[e^{{x^2/4}}\\right] - {_gauss(1)}\\left[e^{{x^2/4}}\\right] = 0\n$$\n",
        PROVED,
    ),
    "integral against N(0, 1) of x^4, minus itself": (
        "$$\n\\int \\mathcal{N}(x; 0, 1)\\, x^4\\, dx - \\int \\mathcal{N}(x; 0, 1)\\, x^4\\, dx = 0\n$$\n",
        PROVED,
    ),
    "linearity of E of polynomials": (
        f"$$\n{_gauss(1)}\\left[x^4 + 3 x\\right] = {_gauss(1)}\\left[x^4\\right] + 3 {_gauss(1)}\\left[x\\right]\n$$\n",
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(EXISTENCE))
def test_an_expectation_under_a_gaussian_must_be_shown_to_exist(name):
    text, verdict = EXISTENCE[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason


def test_the_existence_rule_decides_by_decay_and_trusts_the_unknown():
    x, m = sp.symbols("x m", real=True)
    standard = Normal(x, 0, 1)
    assert not shown_to_exist(sp.Integral(standard * sp.exp(x**2), (x, -sp.oo, sp.oo)))
    assert shown_to_exist(sp.Integral(standard * sp.exp(x**2 / 4), (x, -sp.oo, sp.oo)))
    assert not shown_to_exist(sp.Integral(Normal(x, 0, -1) * x, (x, -sp.oo, sp.oo)))  # no density
    assert not expectation_shown_to_exist(Expectation(1 / x**2, standard, (x,)))
    assert expectation_shown_to_exist(Expectation((x - m) ** 2, Normal(x, m, 2), (x,)))
    f = sp.Function("f")
    assert expectation_shown_to_exist(Expectation(f(x), standard, (x,)))  # the note's own function: trusted


#: Gaussians whose variance is or is not shown positive, and the verdict the last step must get.
VARIANCES = {
    # wrong: N(x; a, -2) is no density
    "product with variance -2": (
        "$$\n\\mathcal{N}(x; a, -2)\\, \\mathcal{N}(x; b, 1) \\propto \\mathcal{N}\\left(x; 2b - a, 2\\right)\n$$\n",
        UNDECIDED,
    ),
    # wrong: -s^2 - 1 < 0 whatever s
    "product with a variance negative for every s": (
        "$$\n\\mathcal{N}(x; a, -s^2 - 1)\\, \\mathcal{N}(x; b, 1) \\propto "
        "\\mathcal{N}\\left(x; \\frac{a + b (-s^2 - 1)}{-s^2}, \\frac{s^2 + 1}{s^2}\\right)\n$$\n",
        UNDECIDED,
    ),
    # right where it has a value: a variance the note gives no sign is presumed positive, as a divisor it gives no
    # value is presumed nonzero (writing N(x; a, s) presupposes s > 0)
    "product with a variance of no sign": (
        "$$\n\\mathcal{N}(x; a, s)\\, \\mathcal{N}(x; b, 2) \\propto "
        "\\mathcal{N}\\left(x; \\frac{2 a + b s}{2 + s}, \\frac{2 s}{2 + s}\\right)\n$$\n",
        PROVED,
    ),
    # wrong: v = -3 gives no density
    "quotient at a variance set to -3": (
        "$$\nv = -3\n$$\n\n$$\n\\frac{\\mathcal{N}(x; 1, v)}{\\mathcal{N}(x; 1, v)} = 1\n$$\n",
        UNDECIDED,
    ),
    "KL at a variance set to 0": (
        "$$\nv = 0\n$$\n\n$$\n\\mathrm{KL}(\\mathcal{N}(0, v) \\| \\mathcal{N}(0, 2)) - "
        "\\mathrm{KL}(\\mathcal{N}(0, v) \\| \\mathcal{N}(0, 2)) = 0\n$$\n",
        UNDECIDED,
    ),
    # right
    "quotient at a variance set to 3": (
        "$$\nv = 3\n$$\n\n$$\n\\frac{\\mathcal{N}(x; 1, v)}{\\mathcal{N}(x; 1, v)} = 1\n$$\n",
        PROVED,
    ),
    "product with variances 2 and 2": (
        "$$\n\\mathcal{N}(x; a, 2)\\, \\mathcal{N}(x; b, 2) \\propto \\mathcal{N}\\left(x; \\frac{a + b}{2}, 1\\right)\n$$\n",
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(VARIANCES))
def test_a_gaussian_s_variance_must_be_shown_positive(name):
    text, verdict = VARIANCES[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason


#: A function defined through the variable of a derivative, under an integral over its argument.
LEIBNIZ = {
    # right: ∫_0^2 θ^2 y dy = 2 θ^2, whose derivative is 4θ
    "h(y) := θ^2 y, the right value": ("$$\nh(y) := \\theta^2 y\n$$\n\n", "4 \\theta", PROVED),
    "h(y) := θ^2 y, 0": ("$$\nh(y) := \\theta^2 y\n$$\n\n", "0", {UNDECIDED, REFUTED}),
    # through a name defined in turn: h(y) := m y, m := θ^2 (the reader holds a derivative of a name defined through
    # its variable, m, before the kernel sees it: never refuted)
    "h(y) := m y, m := θ^2, the right value": (
        "$$\nm := \\theta^2\n$$\n\n$$\nh(y) := m y\n$$\n\n",
        "4 \\theta",
        {PROVED, UNDECIDED},
    ),
    "h(y) := m y, m := θ^2, 0": ("$$\nm := \\theta^2\n$$\n\n$$\nh(y) := m y\n$$\n\n", "0", {UNDECIDED, REFUTED}),
}


@pytest.mark.parametrize("name", sorted(LEIBNIZ))
def test_a_function_defined_through_the_variable_is_written_out_under_the_derivative(name):
    definitions, value, verdict = LEIBNIZ[name]
    text = definitions + f"$$\n\\frac{{d}}{{d\\theta}} \\int_0^2 h(y)\\, dy = {value}\n$$\n"
    result = red_team.results(text)[-1]
    assert result.status in (verdict if isinstance(verdict, set) else {verdict}), result.reason


#: Congruences and rings other than the reals, and the verdict the last step must get.
RINGS = {
    # right in their rings, false among the reals: held
    "French bracket with a thin space": ("$$\n9 \\equiv 1 \\, [4]\n$$\n", UNDECIDED),
    "Z_5 named with a subscript": ("In $\\mathbb{Z}_5$ we have\n\n$$\n2 \\cdot 3 = 1\n$$\n", UNDECIDED),
    "F_2 named": ("Over $\\mathbb{F}_2$,\n\n$$\n1 + 1 = 0\n$$\n", UNDECIDED),
    "characteristic p": ("Let $K$ be a field of characteristic $p$.\n\n$$\n(a + b)^p = a^p + b^p\n$$\n", UNDECIDED),
    "Z/5Z in Unicode": ("In ℤ/5ℤ:\n\n$$\n2 \\cdot 3 = 1\n$$\n", UNDECIDED),
    "a finite field in words": (
        "Everything below is in a finite field with two elements.\n\n$$\n1 + 1 = 0\n$$\n",
        UNDECIDED,
    ),  # fmt: skip
    # wrong in the ring too: still held, never proved
    "wrong in Z/3Z": ("In $\\mathbb{Z}/3\\mathbb{Z}$:\n\n$$\n8 = 1\n$$\n", UNDECIDED),
    # no ring: sets of integers, and a characteristic function
    "Z_0^+ an index set": ("For $k \\in \\mathbb{Z}_0^+$,\n\n$$\n8 = 2\n$$\n", REFUTED),
    "a characteristic function": ("The characteristic function is used below.\n\n$$\n8 = 2\n$$\n", REFUTED),
    "a bracket not after a congruence": ("$$\n8 = 2 \\; [3]\n$$\n", REFUTED),
}


@pytest.mark.parametrize("name", sorted(RINGS))
def test_a_modulus_or_a_ring_other_than_the_reals_holds_the_step(name):
    text, verdict = RINGS[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason
