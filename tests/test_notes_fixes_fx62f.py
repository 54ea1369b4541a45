"""Held-out variants of red team 62k's classes B and C (tests/test_notes_redteam_62k.py 15-19,
tests/test_kernel_redteam_62k.py), fixed by fx62f.

B: a finite set of roots SymPy's solveset gives for an equation through an absolute value, a sign or a fractional power
is trusted only where a count shows it complete (real_systems._shown_complete: on each side of 0, x = +-t^q makes the
equation a polynomial in t > 0, whose distinct roots Sturm's theorem counts); otherwise the step is held.
C: an answer that reads two ways as it is set (a several-letter word after a slash's divisor, the space that ends a
control word, a bracketed superscript behind braces or a font, an index running into another indexed name) keeps both
readings: undecided where they disagree on the reference, refuted only where every reading differs.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp
from red_team import answer_verdict

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Note variants: (the equation stated, the step, the verdicts allowed); the hand check beside each.
NOTES = {
    # x = -t^3 with t^3 - t - 10 = 0 (t ~ 2.31): x ~ -12.3 solves it; log x has no real value there.
    "cube-root-and-abs-equal-ten-then-log": ("x^{1/3} + |x| = 10", r"\log x - \log x = 0", {UNDECIDED, REFUTED}),
    # x = -t^6 with t^3 - t^2 - 2 = 0 (t ~ 1.70): x ~ -23.9 solves it; sqrt x has no real value there.
    "root-of-abs-and-cube-root-then-even-roots": (
        r"\sqrt{|x|} + x^{1/3} = 2",
        r"\sqrt{x} \cdot \sqrt{x} = x",
        {UNDECIDED, REFUTED},
    ),
    # Faithful: x^{1/3} = 2 has the one real root 8 (x < 0 gives a negative cube root).
    "cube-root-then-log": ("x^{1/3} = 2", r"\log x - \log x = 0", {PROVED}),
    # Faithful: x^{1/3} + sqrt x = 2 only for x >= 0, where t^3 + t^2 = 2 has t = 1 alone: x = 1.
    "cube-root-and-square-root-then-log": (r"x^{1/3} + \sqrt{x} = 2", r"\log x - \log x = 0", {PROVED}),
    # Faithful: |x| = 3 gives x = 3 or -3, where x + 4 is 7 or 1.
    "abs-then-shifted-divisor": ("|x| = 3", r"\frac{x + 4}{x + 4} = 1", {PROVED}),
}


def test_the_note_variants_by_hand():
    t = sp.Symbol("t", positive=True)
    (low,) = sp.real_roots(t**3 - t - 10)
    # x = -t^3 solves x^{1/3} + |x| = 10: the real cube root -t plus t^3
    assert abs(sp.N(sp.real_root(-(low**3), 3) + low**3 - 10, 50)) < 1e-40 and -(low**3) < 0
    (high,) = sp.real_roots(t**3 - t**2 - 2)
    # x = -t^6 solves sqrt|x| + x^{1/3} = 2: t^3 plus the real cube root -t^2
    assert abs(sp.N(sp.sqrt(high**6) + sp.real_root(-(high**6), 3) - 2, 50)) < 1e-40
    assert sp.real_roots(t**3 + t**2 - 2) == [1]  # x^{1/3} + sqrt x = 2: x = 1 alone


@pytest.mark.parametrize("name", sorted(NOTES))
def test_the_note_variants(name):
    equation, step, allowed = NOTES[name]
    result = red_team.report(f"Let $x$ be real with ${equation}$.\n\n$$\n{step}\n$$\n").results[-1]
    assert not result.internal, result.reason
    assert result.status in allowed, result.reason


#: Answer variants: (reference, answer, verdict); read two ways, one the reference: undecided; every way not it:
#: refuted; one way only: proved.
ANSWERS = {
    "letters-after-a-slash": (r"\frac{p}{q}r", "p/qr", "undecided"),  # (p/q) r or p/(q r)
    "letters-after-a-number-over-a-slash": (r"\frac{3}{x}y", "3/xy", "undecided"),
    "letters-after-a-slash-under-it": (r"\frac{3}{xy}", "3/xy", "undecided"),
    "letters-after-a-slash-neither-reading": (r"a \cdot b \cdot c", "a/bc", "refuted"),  # ac/b, a/(bc): not abc
    "greek-letter-then-a-name-after-a-slash": (r"\frac{1}{\alpha}y", r"1/\alpha y", "undecided"),
    "greek-letter-then-a-name-under-a-slash": (r"\frac{1}{\alpha y}", r"1/\alpha y", "undecided"),
    "greek-letter-then-a-name-neither-reading": (r"\sigma x", r"1/\sigma x", "refuted"),
    "greek-letter-alone-after-a-slash": (r"\frac{1}{\alpha}", r"1/\alpha", "proved"),
    "bracketed-superscript-in-two-groups": ("x^3", r"x^{{{(3)}}}", "undecided"),  # renders x^{(3)}
    "bracketed-superscript-set-as-text": ("y^2", r"y^{(\text{2})}", "undecided"),
    "bracketed-superscript-neither-reading": ("x^3", r"x^{{(2)}}", "refuted"),  # x^2 or the name x^{(2)}
    "braced-power": ("x^2", r"x^{{2}}", "proved"),  # no bracket: a power alone
    "run-on-indexed-names": ("y_a y_b", "y_ay_b", "undecided"),  # y_{ay_b} or y_a y_b
    "run-on-indexed-names-neither-reading": ("y_1 + y_2", "y_1y_2", "refuted"),
    # y_{12} or y_1 2 as TeX sets it (rt63k, as x^23 is refused): no longer one way only, since fx63f
    "whole-index": ("y_{12}", "y_12", "undecided"),
}


def test_the_answer_variants_by_hand():
    p, q, r, a, b, c = sp.symbols("p q r a b c", positive=True)
    assert (p / q) * r != p / (q * r) and a * c / b != a * b * c != a / (b * c)
    x, sigma = sp.symbols("x sigma", positive=True)
    assert sigma * x not in (x / sigma, 1 / (sigma * x))


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_the_answer_variants(name):
    reference, answer, verdict = ANSWERS[name]
    assert answer_verdict(reference, answer) == verdict


def test_a_run_on_index_then_a_power_is_refused():
    """x_1x_2^2: LaTeX squares x_2 alone, plain text the one name: read more than one way, refused."""
    assert answer_verdict("x_1 x_2^2", "x_1x_2^2") == red_team.REFUSED
