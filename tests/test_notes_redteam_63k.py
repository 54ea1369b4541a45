"""Red team 63k's notes (tests/data/notes/redteam_laws/rt63k-*), against main at 3dc6eac: the real reading of odd
roots (fx62e), divisors that sum an index (fx62h) and the whole-number bound T >= 2 (fx62h).

Every finding is a false proof.
01-08: an odd root's even power under an exponential of a logarithm (exp(log(x^{2/3})/2), e^{3/2 log x^{2/3}}).  The
note is over the reals: x^{2/3} = |x|^{2/3} > 0 at x != 0, so the logarithm has a value at every nonzero x and
exp(log(x^{2/3})/2) = |x|^{1/3}.  SymPy evaluates exp(c log b) to b^c as it builds it, and fx62e writes |b| in only
at the translator's root and power nodes, so the exponential is read x^{1/3}: an equation that holds at x = -8 is
read as one that pins x = 8 alone (01-06), and the identity with x^{1/3} is proved (07, 08).
09-11, 20-24: 'Let T >= 2' (or t >= 2) is read as T's range (the steps convention), which stated_bounds gives the bounds but the orders
(stated_values._orders_through, context.conditions) never see: a divisor or logarithm zero at T = 2 is presumed to
have a value, where 'Let k >= 2' holds it.
25-29: a note read as rendered: a/bc and 1/ab read a/(bc) alone (1/2x is held as read two ways), and an index
running into a letter or digit without braces (x_1y, x_ty, x_12) read as one long index where TeX sets one character.
12-19: a divisor that is 0 at every T (or at T = 1) but is not a sum over an index nor a multiple of one (a sum less
its closed form, two sums that cancel, a sum less 1): fx62h's check (_sum_sign_not_shown) never looks at it and no
reader writes the sums out, so it is presumed nonzero as a free name is.
Each is a strict xfail until fixed (listed in FIXED); the guards (rt63k-guard-*) are faithful notes that keep their
verdict.  Every note's step at issue is its last; each note's first comment gives the hand check and the cause.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_EXP_LOG = (
    "SymPy evaluates exp(c log b) to b^c as it builds it, so notation._Translator reads {} as {}; fx62e's real "
    "reading (|b|^(p/q) for an odd root's even power under an even root) is written in only at the translator's root "
    "and power nodes, never at an exponential of a logarithm, so the real value {} at a negative x is lost and {}"
)
_T_RANGE = (
    "'Let $T \\ge {0}$' is read as T's range (Range({0}, oo), the steps convention); stated_bounds gives T >= {0} to "
    "the bounds only, and stated_values._orders_through reads context.conditions, which hold 'k >= {0}' of another "
    "name but not T's range (orders () against bounds (T >= {0},)), so no point T = {0} is tried and the {1} is "
    "presumed to have a value as a free name's is"
)
_ZERO = (
    "the divisor {} is not a sum over an index nor a multiple of one, so stated_values._sum_sign_not_shown "
    "(_over_one_index) never looks at it, and no reader writes the sums out (doit): it is presumed nonzero as a free "
    "name's divisor is, and SymPy cancels it as written"
)
_PIN = "the equation pins x = 8 alone (solveset), where {}"
_SLASH = (
    "Parser.quotient makes the (a/b) c reading only where the divisor is the product of the word's letters "
    "(_read_as_letters); in a note nothing is declared, so the word {} is parsed as one name and only "
    "formulas._letter_times, after the parse, writes it as a product: the divisor is never the product, the one "
    "reading {} is kept, and the step is proved where 1/2x = 1/(2x) is held ('reads more than one way')"
)
_INDEX = (
    "the lexer's word pattern ([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*) takes {0} as one word, the name x with the "
    "index {1}; a note is read as rendered, and TeX sets a subscript of one character ({2}, as the reader takes "
    "\\alpha_tx for alpha_t x), so the step is read 2 x_{{{1}}} = 2 x_{{{1}}}"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # x = -8: (-8)^{2/3} = 4, exp(log(4)/2) = 2; x + 8 = 0 there.
    "rt63k-01-exp-of-half-log-of-a-two-thirds-power-equation-then-divisor-proved": _EXP_LOG.format(
        "exp(log(x^(2/3))/2) = 2", "x^(1/3) = 2", "|x|^(1/3)", _PIN.format("the divisor x + 8 = 16")
    ),
    # x = -8: e^{ln(4)/2} = 2; x + 8 = 0 there.
    "rt63k-02-e-power-half-ln-of-a-two-thirds-power-equation-then-divisor-proved": _EXP_LOG.format(
        "e^(ln(x^(2/3))/2) = 2", "x^(1/3) = 2", "|x|^(1/3)", _PIN.format("the divisor x + 8 = 16")
    ),
    # x = -8: 4^{3/2} = 8; x + 8 = 0 there.
    "rt63k-03-e-power-three-halves-log-of-a-two-thirds-power-equation-then-divisor-proved": _EXP_LOG.format(
        "e^(3/2 log(x^(2/3))) = 8", "x = 8", "|x|", _PIN.format("the divisor x + 8 = 16")
    ),
    # x = -8: exp(log(4)/2) = 2; x + 8 = 0 there.
    "rt63k-04-exp-of-log-over-two-of-a-two-thirds-power-equation-then-divisor-proved": _EXP_LOG.format(
        "exp(log(x^(2/3))/2) = 2", "x^(1/3) = 2", "|x|^(1/3)", _PIN.format("the divisor x + 8 = 16")
    ),
    # x = -8 solves it; log(-8) has no real value.
    "rt63k-05-exp-of-half-log-of-a-two-thirds-power-equation-then-log-proved": _EXP_LOG.format(
        "exp(log(x^(2/3))/2) = 2", "x^(1/3) = 2", "|x|^(1/3)", _PIN.format("the logarithm's argument x is 8")
    ),
    # x = -8 solves it; sqrt(-8) has no real value.
    "rt63k-06-e-power-three-halves-log-equation-then-even-roots-proved": _EXP_LOG.format(
        "e^(3/2 log(x^(2/3))) = 8", "x = 8", "|x|", _PIN.format("the radicand x is 8")
    ),
    # x = -8: exp(log(4)/2) = 2, the real cube root is -2.
    "rt63k-07-exp-of-half-log-of-a-two-thirds-power-identity-proved": _EXP_LOG.format(
        "exp(log(x^(2/3))/2)",
        "x^(1/3)",
        "|x|^(1/3)",
        "the step is read x^(1/3) = x^(1/3) (sqrt(x^(2/3)) = x^(1/3) is held)",
    ),
    # d/dx |x|^{1/3} = -1/12 at x = -8; (1/3)(-8)^{-2/3} = 1/12.
    "rt63k-08-derivative-of-exp-of-half-log-of-a-two-thirds-power-proved": _EXP_LOG.format(
        "exp(log(x^(2/3))/2)", "x^(1/3)", "|x|^(1/3)", "the step is read d/dx x^(1/3) = x^(-2/3)/3"
    ),
    # T = 2 meets T >= 2; (T - 2)/(T - 2) is 0/0 there.
    "rt63k-09-steps-at-least-two-divisor-zero-at-two-proved": _T_RANGE.format(2, "divisor T - 2"),
    # T = 2 meets T >= 2; log 0 has no value.
    "rt63k-10-steps-at-least-two-log-zero-at-two-proved": _T_RANGE.format(2, "logarithm's argument T - 2"),
    # T = 1 meets T >= 1; 1/(T - 1) has no value there.
    "rt63k-11-steps-at-least-one-divisor-zero-at-one-proved": _T_RANGE.format(1, "divisor T - 1"),
    # t = 2 meets t >= 2; (t - 2)/(t - 2) is 0/0 there (t is a step of the same convention).
    "rt63k-20-step-index-at-least-two-divisor-zero-at-two-proved": _T_RANGE.replace("T", "t").format(
        2, "divisor t - 2"
    ),
    # T = 2 meets T >= 2, where x = T - 2 = 0.
    "rt63k-21-steps-at-least-two-defined-name-divisor-zero-at-two-proved": _T_RANGE.format(2, "divisor x = T - 2"),
    # T = 2 meets T >= 2, where (T - 2)(T + 1) = 0.
    "rt63k-22-steps-at-least-two-factored-divisor-zero-at-two-proved": _T_RANGE.format(2, "divisor (T - 2)(T + 1)"),
    # T = 2 meets T >= 2, where (T^2 - 4)/(T - 2) is 0/0.
    "rt63k-23-steps-at-least-two-quotient-of-a-difference-of-squares-proved": _T_RANGE.format(2, "divisor T - 2"),
    # T = 2 meets T >= 2, where sqrt(T - 3) = sqrt(-1) has no real value.
    "rt63k-24-steps-at-least-two-even-roots-of-a-negative-at-two-proved": _T_RANGE.format(2, "radicand T - 3"),
    # a/bc is also (a/b) c: 3 at a = b = 1, c = 3, where a/(bc) = 1/3.
    "rt63k-25-letters-after-a-slash-proved-equal-to-all-under-the-slash-proved": _SLASH.format("bc", "a/(b c)"),
    # 1/ab is also (1/a) b: 2 at a = 1, b = 2, where 1/(ab) = 1/2.
    "rt63k-26-two-letters-under-a-slash-proved-equal-to-their-product-under-it-proved": _SLASH.format("ab", "1/(a b)"),
    # x_1y is set x_1 times y, not x_{1y}.
    "rt63k-27-index-running-into-a-letter-proved-equal-to-the-long-index-proved": _INDEX.format("x_1y", "1y", "x_1 y"),
    # x_ty is set x_t times y, not x_{ty}.
    "rt63k-28-letter-index-running-into-a-letter-proved-equal-to-the-long-index-proved": _INDEX.format(
        "x_ty", "ty", "x_t y"
    ),
    # x_12 is set x_1 then 2, not x_{12} (the answer checker refuses x^23 for this).
    "rt63k-29-two-digit-index-without-braces-proved-equal-to-the-braced-index-proved": _INDEX.format(
        "x_12", "12", "x_1 2"
    ),
    # sum_t t = sum_s s: the divisor is 0 at every T.
    "rt63k-12-sum-minus-the-same-sum-over-another-index-divisor-proved": _ZERO.format("sum_t t - sum_s s"),
    # sum_{t=1}^T t = T(T+1)/2: 0 at every T.
    "rt63k-13-sum-minus-its-closed-form-divisor-proved": _ZERO.format("sum_t t - T(T+1)/2"),
    # sum_{t=1}^T 1 = T: 0 at every T.
    "rt63k-14-sum-of-ones-minus-its-count-divisor-proved": _ZERO.format("sum_t 1 - T"),
    # sum t + sum (-t) = 0 at every T.
    "rt63k-15-sum-plus-its-negated-sum-divisor-proved": _ZERO.format("sum_t t + sum_t (-t)"),
    # sum 2t = 2 sum t: 0 at every T.
    "rt63k-16-sum-of-doubles-minus-twice-the-sum-divisor-proved": _ZERO.format("sum_t 2t - 2 sum_t t"),
    # sum_{t=0}^{T-1} (t + 1) = sum_{t=1}^T t: 0 at every T.
    "rt63k-17-sum-minus-its-shifted-index-form-divisor-proved": _ZERO.format("sum_{t=1}^T t - sum_{t=0}^{T-1} (t + 1)"),
    # (sum_{t=1}^T 1)^2 = T^2: 0 at every T.
    "rt63k-18-squared-sum-of-ones-minus-the-count-squared-divisor-proved": _ZERO.format("(sum_t 1)^2 - T^2"),
    # T = 1: sum = 1, divisor 0.
    "rt63k-19-sum-minus-one-divisor-zero-at-one-proved": _ZERO.format("sum_t t - 1")
    + "; T >= 1 is T's range, which the orders do not see (as in 11)",
}

#: A wrong step must be held or refuted, never proved.
SOUND = {name: frozenset({UNDECIDED, REFUTED}) for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt63k-01-exp-of-half-log-of-a-two-thirds-power-equation-then-divisor-proved",
        "rt63k-02-e-power-half-ln-of-a-two-thirds-power-equation-then-divisor-proved",
        "rt63k-03-e-power-three-halves-log-of-a-two-thirds-power-equation-then-divisor-proved",
        "rt63k-04-exp-of-log-over-two-of-a-two-thirds-power-equation-then-divisor-proved",
        "rt63k-05-exp-of-half-log-of-a-two-thirds-power-equation-then-log-proved",
        "rt63k-06-e-power-three-halves-log-equation-then-even-roots-proved",
        "rt63k-07-exp-of-half-log-of-a-two-thirds-power-identity-proved",
        "rt63k-08-derivative-of-exp-of-half-log-of-a-two-thirds-power-proved",
        "rt63k-09-steps-at-least-two-divisor-zero-at-two-proved",
        "rt63k-10-steps-at-least-two-log-zero-at-two-proved",
        "rt63k-11-steps-at-least-one-divisor-zero-at-one-proved",
        "rt63k-12-sum-minus-the-same-sum-over-another-index-divisor-proved",
        "rt63k-13-sum-minus-its-closed-form-divisor-proved",
        "rt63k-14-sum-of-ones-minus-its-count-divisor-proved",
        "rt63k-15-sum-plus-its-negated-sum-divisor-proved",
        "rt63k-16-sum-of-doubles-minus-twice-the-sum-divisor-proved",
        "rt63k-17-sum-minus-its-shifted-index-form-divisor-proved",
        "rt63k-18-squared-sum-of-ones-minus-the-count-squared-divisor-proved",
        "rt63k-19-sum-minus-one-divisor-zero-at-one-proved",
        "rt63k-20-step-index-at-least-two-divisor-zero-at-two-proved",
        "rt63k-21-steps-at-least-two-defined-name-divisor-zero-at-two-proved",
        "rt63k-22-steps-at-least-two-factored-divisor-zero-at-two-proved",
        "rt63k-23-steps-at-least-two-quotient-of-a-difference-of-squares-proved",
        "rt63k-24-steps-at-least-two-even-roots-of-a-negative-at-two-proved",
        "rt63k-25-letters-after-a-slash-proved-equal-to-all-under-the-slash-proved",
        "rt63k-26-two-letters-under-a-slash-proved-equal-to-their-product-under-it-proved",
        "rt63k-27-index-running-into-a-letter-proved-equal-to-the-long-index-proved",
        "rt63k-28-letter-index-running-into-a-letter-proved-equal-to-the-long-index-proved",
        "rt63k-29-two-digit-index-without-braces-proved-equal-to-the-braced-index-proved",
    }
)


def test_the_findings_have_no_value_by_hand():
    """The hand checks, computed over the reals."""
    two_thirds = sp.real_root(-8, 3) ** 2  # (-8)^{2/3} over the reals
    assert two_thirds == 4 and sp.exp(sp.log(two_thirds) / 2) == 2  # 01, 02, 04, 05: x = -8 solves
    assert sp.exp(sp.Rational(3, 2) * sp.log(two_thirds)) == 8  # 03, 06: x = -8 solves
    assert sp.exp(sp.log(two_thirds) / 2) != sp.real_root(-8, 3)  # 07: 2, not -2
    x = sp.Symbol("x", real=True)
    assert sp.diff(sp.Abs(x) ** sp.Rational(1, 3), x).subs(x, -8) == sp.Rational(-1, 12)  # 08
    assert sp.Rational(1, 3) / two_thirds == sp.Rational(1, 12)  # 08: the right side
    assert sp.exp(sp.log(x ** sp.Rational(2, 3)) / 2) == x ** sp.Rational(1, 3)  # the cause: SymPy merges as it builds
    T, t, s = sp.symbols("T t s", integer=True, positive=True)
    assert (T - 2).subs(T, 2) == 0 and (T - 1).subs(T, 1) == 0  # 09-11
    total = sp.Sum(t, (t, 1, T)).doit()
    assert sp.simplify(total - sp.Sum(s, (s, 1, T)).doit()) == 0  # 12
    assert sp.simplify(total - T * (T + 1) / 2) == 0  # 13
    assert sp.Sum(1, (t, 1, T)).doit() - T == 0  # 14, 18
    assert sp.simplify(total + sp.Sum(-t, (t, 1, T)).doit()) == 0  # 15
    assert sp.simplify(sp.Sum(2 * t, (t, 1, T)).doit() - 2 * total) == 0  # 16
    assert sp.simplify(total - sp.Sum(t + 1, (t, 0, T - 1)).doit()) == 0  # 17
    assert total.subs(T, 1) - 1 == 0  # 19
    a, b, c = sp.Integer(1), sp.Integer(1), sp.Integer(3)
    assert (a / b) * c == 3 and a / (b * c) == sp.Rational(1, 3)  # 25: the two readings of a/bc differ
    assert (1 / a) * 2 == 2 and 1 / (a * 2) == sp.Rational(1, 2)  # 26: 1/ab at a = 1, b = 2
    assert ((T**2 - 4) / (T - 2)).subs(T, 2) is sp.nan and (T - 3).subs(T, 2) == -1  # 23: 0/0; 24: sqrt(-1)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt63k-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_63k_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt63k-guard-*) and the one verdict each must keep: a square under the exponential (no odd root
#: lost), x said positive, the logarithm of the odd root's power alone, T bounded away from the zero, sums shown
#: nonzero, and another name's order at its zero.
GUARDS = {
    "rt63k-guard-01-exp-of-half-log-of-a-square-equation-then-divisor-undecided": UNDECIDED,
    # Held since fx63f: read over the reals the equation is |x|^(1/3) = 2 (x = 8 or -8), and the frame 'Let $x > 0$ be
    # real with ...' gives the checker no order x > 0 (main holds 'Let $x > 0$ be real with $x^2 = 64$' too); the
    # proof came from the wrong reading x^(1/3) = 2.  'Let $x > 0$ and ...' is proved (test_notes_fixes_fx63f.py).
    "rt63k-guard-02-positive-exp-of-half-log-of-a-two-thirds-power-equation-then-divisor-proved": UNDECIDED,
    "rt63k-guard-03-log-of-a-two-thirds-power-equation-then-divisor-undecided": UNDECIDED,
    "rt63k-guard-04-steps-at-least-three-divisor-proved": PROVED,
    "rt63k-guard-05-sum-of-positive-terms-divisor-proved": PROVED,
    "rt63k-guard-06-steps-at-least-two-sum-minus-one-divisor-proved": PROVED,
    "rt63k-guard-07-name-at-least-two-log-zero-at-two-undecided": UNDECIDED,
    "rt63k-guard-08-sum-plus-one-divisor-proved": PROVED,
    "rt63k-guard-09-one-over-two-x-against-one-over-two-x-undecided": UNDECIDED,
    "rt63k-guard-10-braced-index-then-a-letter-is-the-product-proved": PROVED,
    "rt63k-guard-11-letters-in-brackets-under-a-slash-proved": PROVED,
    "rt63k-guard-12-greek-index-then-a-letter-is-the-product-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt63k-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason
