"""Held-out variants of the findings fx61c closed (rt61r 01, 33-42).

1. A sign or a bound by a number said in words right after a name, under words that set it (orders._signed_plainly):
   a comparison with a number ("less than zero", "at most $-1$", "no greater than zero"), a sign said of names
   listed together ("Let $a$, $b$ and $c$ be negative"), of a name opening a clause joined to another statement ("Let
   $u > v$, and $u$ be nonpositive", whose x < y is then read too), and signs in French, Spanish, Chinese, Japanese
   Russian, Korean and Italian.  French "positif" is >= 0 (and Spanish usage varies), so a bare sign said after their frames is read
   as the weaker order; "strictement" makes it strict.  Words that ask, suppose, deny, join names by "or" or go on
   after the sign are not read as an order: a sign wrongly read as holding could prove a wrong step.
2. A footnote defined after its mark: a renderer shows its text at the page's end, but the reader meets it at the
   mark, so what it states is read at the mark's line (the earlier of the two); its label is no word of its
   sentence (notes.footnotes).

Each wrong variant has no value at a point the note allows and must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.notes import footnotes


def _log(name: str) -> str:
    return f"\n\n$$\n\\log {name} - \\log {name} = 0\n$$\n"


_X_OVER_X = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_ROOTS = "Let $x^2 = x$.\n\n"

# -- 1. signs and bounds in words

#: Wrong: each sentence makes the logarithm's argument nonpositive at some value it allows (log has no real value).
SIGNED = {
    "assume-smaller-than-minus-two": ("Assume $y$ is smaller than $-2$.", "y"),
    "here-no-greater-than-zero": ("Here $z$ is no greater than zero.", "z"),
    "three-names-listed-negative": ("Let $a$, $b$ and $c$ be negative.", "b"),
    "a-clause-after-an-order": ("Let $u > v$, and $u$ be nonpositive.", "v"),
    "fr-strictement-negatif": ("Soit $t$ strictement négatif.", "t"),
    "es-sean-two-names-negativos": ("Sean $p$ y $q$ negativos.", "q"),
    "zh-shi-fu-de": ("设 $w$ 是负的。", "w"),
    "ja-fu-no-kazu-to-suru": ("ここで $r$ は負の数とする。", "r"),
    "ru-nepolozhitelno": ("Пусть $s$ неположительно.", "s"),
    "bound-below-minus-one": ("Let $k$ be strictly below $-1$.", "k"),
    "a-negative-number": ("Let $x$ be a negative number.", "x"),
    "ko-eumsu-rago-haja": ("$x$ 는 음수라고 하자.", "x"),
    "ko-yeogiseo-eumsu-ida": ("여기서 $x$ 는 음수이다.", "x"),
    "it-sia-negativo": ("Sia $x$ negativo.", "x"),
}

#: Faithful: x^2 = x leaves x = 0 or 1, and each sentence states an order that keeps 1 alone: x / x = 1 there.
RULED_OUT = {
    "positive": "Let $x$ be positive.",
    "at-least-one": "Assume $x$ is at least $1$.",
    "greater-than-zero": "Here $x$ is greater than zero.",
    "listed-with-another": "Let $y$ and $x$ be positive.",
    "a-clause-after-an-order": "Let $y < 3$, and $x$ be positive.",
    "fr-strictement-positif": "Soit $x$ strictement positif.",
    "zh-wei-zhengshu": "设 $x$ 为正数。",
    "ja-sei-to-suru": "$x$ は正とする。",
    "ru-polozhitelno": "Пусть $x$ положительно.",
    "a-positive-number": "Let $x$ be a positive number.",
    "ko-yangsu-rago-haja": "$x$ 가 양수라고 하자.",
}

#: Wrong: x = 0 is left (x / x has no value there): the sentence asks, makes a condition, denies, joins by "or", restricts,
#: bounds by what includes 0, or says a sign that may include 0 (French "positif").
NOT_RULED_OUT = {
    "asked": "Is $x$ positive?",
    "asked-after-let": "Let $x$ be positive?",
    "if": "If $x$ is greater than zero, we divide.",
    "denied": "Let $x$ be not positive.",
    "or": "Let $x$ or $y$ be positive.",
    "only-if": "Let $x$ be positive only if $y > 0$.",
    "bound-below-zero-allows-it": "Let $x$ be greater than $-1$.",
    "nonnegative": "Let $x$ be nonnegative.",
    "compared-with-a-name": "Let $x$ be less than $y$.",
    "fr-positif-includes-zero": "Soit $x$ positif.",
    "es-positivo-may-include-zero": "Sea $x$ positivo.",
    "ru-if": "Если $x$ положительно, то мы делим.",
    "zh-positive-integer-not-read-as-a-sign": "设 $x$ 为正整数或零。",
    "positive-or-zero": "Let $x$ be positive, or zero.",
    "it-positivo-may-include-zero": "Sia $x$ positivo.",
    "a-positive-number-of-steps": "Let $x$ be a positive number of steps.",
}


def test_the_sign_variants_by_hand():
    """x^2 = x at 0 and 1; log has a real value at positive numbers only; each sign or bound allows a nonpositive
    value of the logarithm's argument (-3, 0, -1, -1, -1, -1, -1, -1, 0, -2)."""
    x = sp.Symbol("x", real=True)
    assert sp.solveset(x**2 - x, x, sp.Reals) == {0, 1}
    assert sp.solveset(x**2 - x, x, sp.Interval.open(0, sp.oo)) == {1}
    assert sp.solveset(x**2 - x, x, sp.Interval(1, sp.oo)) == {1}
    assert 0 in sp.solveset(x**2 - x, x, sp.Interval.open(-1, sp.oo))
    assert sp.log(sp.Integer(-1)).is_real is False


@pytest.mark.parametrize("name", sorted(SIGNED))
def test_a_sign_or_bound_in_words_holds_a_logarithm_without_value(name):
    sentence, argument = SIGNED[name]
    red_team.assert_held_or_refuted(red_team.last(sentence + _log(argument)))


@pytest.mark.parametrize("name", sorted(RULED_OUT))
def test_a_sign_or_bound_said_in_words_rules_out_the_zero(name):
    red_team.assert_proved(red_team.last(_ROOTS + RULED_OUT[name] + _X_OVER_X))


@pytest.mark.parametrize("name", sorted(NOT_RULED_OUT))
def test_a_sign_asked_supposed_denied_or_weak_rules_out_no_zero(name):
    red_team.assert_held_or_refuted(red_team.last(_ROOTS + NOT_RULED_OUT[name] + _X_OVER_X))


# -- 2. footnotes defined after their mark

#: Wrong: the footnote, marked before the step and defined after it, makes x / x or log k without value.
FOOTNOTE_AFTER_THE_STEP = {
    "order": "By the footnote,[^a] the following holds:" + _log("k") + "\n[^a]: Assume $k < -1$.\n",
    "value-in-words": "Take $x$ as in the remark.[^n]" + _X_OVER_X + "\n[^n]: Let $x$ be zero.\n",
    "sign-in-words": "See the note.[^s]" + _log("k") + "\n[^s]: Let $k$ be negative.\n",
    "supposed-order-rules-out-nothing": _ROOTS + "See below.[^u]" + _X_OVER_X + "\n[^u]: Suppose $x > 0$.\n",
}

#: Faithful: the footnote's order, marked before the step, keeps x = 1 alone of x^2 = x's solutions.
FOOTNOTE_RULES_OUT = {
    "order": _ROOTS + "As the footnote says,[^p] we divide." + _X_OVER_X + "\n[^p]: Here $x > 0$.\n",
    "sign-in-words": _ROOTS + "We divide.[^p]" + _X_OVER_X + "\n[^p]: Let $x$ be positive.\n",
}


@pytest.mark.parametrize("name", sorted(FOOTNOTE_AFTER_THE_STEP))
def test_a_footnote_defined_after_the_step_is_read_at_its_mark(name):
    red_team.assert_held_or_refuted(red_team.last(FOOTNOTE_AFTER_THE_STEP[name]))


@pytest.mark.parametrize("name", sorted(FOOTNOTE_RULES_OUT))
def test_a_footnote_order_marked_before_the_step_rules_out_the_zero(name):
    red_team.assert_proved(red_team.last(FOOTNOTE_RULES_OUT[name]))


def test_a_footnote_is_read_at_the_earlier_of_its_mark_and_its_definition():
    """A definition after its mark moves to the mark's line (each of its lines, up to a blank line); one before its
    mark, or never marked, stays; labels and marks are no words."""
    after = "Text.[^a]\n\n$$\nx\n$$\n\n[^a]: Here $x > 0$\n  and more.\n\nNext.\n"
    assert footnotes.read_at_marks(after) == {7: 1, 8: 1}
    before = "[^a]: Here $x > 0$.\n\nText.[^a]\n"
    assert footnotes.read_at_marks(before) == {}
    assert footnotes.read_at_marks("[^b]: Here $x > 0$.\n") == {}
    assert footnotes.unmarked("[^a]: Here $x > 0$, as said.[^b]") == "Here $x > 0$, as said."
