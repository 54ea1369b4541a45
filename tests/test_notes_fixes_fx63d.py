"""Helper fx63d's fixes of red team 63r's memberships, nonnegative names and TeX words, on held-out variants:

- an interval's ends apart at a semicolon (``]-3 ; -1[``) or written with the minus sign U+2212 are read
  (notes.steps.membership_order); a membership turned round (``(a, b) \\ni x``, ``∋``) reads as ``x \\in (a, b)``,
  names listed before one (``a, x \\in (a, b)``) are each in the set, and a quantifier's range beside a step
  (``\\forall x \\in S``) says the membership as ``, \\quad x \\in S`` does (statements.inline, notes.steps);
- fail-safe: a membership in a set not read as an interval leaves its names' signs unread, and so does a name set
  alone in a sentence that sets an interval alone (``$x$ lies within $[-3, -2]$``) or a single letter beside an
  order sign in plain text (``Suppose 0 > x.``): statements.orders_in_text;
- a nonnegative noun of a law's parameter (a standard deviation) is said of a random variable only where it is one
  (a noise, or a name the note writes a law of), not of a letter random by default; an equation that is not read
  (``x = \\cosh 2y``) pins its name, so a counterexample about it is not trusted;
- TeX's words as it prints them: ``\\-`` and ``\\/`` print nothing, a word's bare groups no braces, and a line holding
  only a comment ends no paragraph (notes.tex.printed, read_tex).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_LOG = r"\log x - \log x = 0"
_SQRT = r"\sqrt{x^2} = x"


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


def _tex(sentence: str, step: str = _LOG) -> str:
    return f"\\documentclass{{article}}\n\\begin{{document}}\n{sentence}\n\\[\n{step}\n\\]\n\n\\end{{document}}\n"


#: Wrong: the note makes x negative (by hand: every x in the interval or the bound is below 0), where log x has no
#: real value, so the step has none: held or refuted, never proved.
NEGATIVE = {
    "semicolon-reversed-brackets": _note("Soit $x \\in ]-3 ; -1[$.", _LOG),
    "unicode-minus-closed": _note("Let $x \\in [−3, −2]$.", _LOG),
    "ni-closed": _note("Suppose $[-3, -2] \\ni x$.", _LOG),
    "unicode-ni": _note("Let $(-3, -1) ∋ x$.", _LOG),
    "listed-first": _note("Let $x, a \\in (-3, -1)$.", _LOG),
    "lies-within": _note("Let $x$ lie within $[-3, -2]$.", _LOG),
    "forall-closed-qquad": _note("Note.", _LOG + r" \qquad \forall x \in [-3, -2]"),
    "plain-text-reversed": _note("Suppose 0 > x.", _LOG),
    "plain-text-at-most": _note("Let x <= -2.", _LOG),
}

#: Right: x is nonnegative as the note says (by hand: x in (0, 2) or [1, 3]; a standard deviation is >= 0;
#: max(y, 1) >= 1; cosh 2y >= 1), where sqrt(x^2) = |x| = x: proved or held, never refuted.
NONNEGATIVE = {
    "ni-open": _note("Let $(0, 2) \\ni x$.", _SQRT),
    "listed-in-closed": _note("Let $x, a \\in [1, 3]$.", _SQRT),
    "taken-from": _note("Take $x$ from $(0, 2)$.", _SQRT),
    "standard-deviation-y": _note("Let $y$ be a standard deviation.", r"\sqrt{y^2} = y"),
    "max-with-one": _note("Let $x = \\max(y, 1)$.", _SQRT),
    "cosh-doubled": _note("Let $x = \\cosh 2y$.", _SQRT),
}

#: Wrong: TeX prints 'negative' (by hand, as the sentence is typeset), so x < 0 and log x has no real value.
TEX_NEGATIVE = {
    "two-discretionary-hyphens": _tex("Let $x$ be neg\\-a\\-tive."),
    "italic-correction-late": _tex("Let $x$ be negativ\\/e."),
    "letters-between-groups": _tex("Let $x$ be {neg}a{tive}."),
    "comment-with-words-inside": _tex("Let $x$ be\n% a remark the reader does not see\nnegative."),
}


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_a_negative_name_s_logarithm_is_not_proved(name):
    result = red_team.last(NEGATIVE[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, REFUTED), result.reason


@pytest.mark.parametrize("name", sorted(NONNEGATIVE))
def test_a_nonnegative_name_s_root_is_not_refuted(name):
    result = red_team.last(NONNEGATIVE[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, PROVED), result.reason


@pytest.mark.parametrize("name", sorted(TEX_NEGATIVE))
def test_a_sign_as_tex_prints_it_is_read(name):
    result = red_team.tex_report(TEX_NEGATIVE[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, REFUTED), result.reason


#: Wrong variants rejected: the same readings keep a wrong step refuted where the note's own range holds its
#: counterexample (by hand: sqrt(x^2) = |x| = x > -x for every x in [1, 2] or (1, 2), and = -x > x for every x in
#: [-2, -1]), and a positive interval read in the new spellings still gives log x its value (by hand: log x - log x
#: = 0 for every x > 0).
WRONG_INSIDE = {
    "Let $x \\in [1 ; 2]$.": r"\sqrt{x^2} = -x",
    "Let $(1, 2) \\ni x$.": r"\sqrt{x^2} = -x",
    "Let $x \\in [−2, −1]$.": _SQRT,
}


@pytest.mark.parametrize("sentence", sorted(WRONG_INSIDE))
def test_a_wrong_step_is_still_refuted_inside_the_interval_read(sentence):
    result = red_team.last(_note(sentence, WRONG_INSIDE[sentence]))
    assert result.status == REFUTED, result.reason


def test_a_positive_interval_in_the_new_spellings_still_proves_the_logarithm():
    for sentence in ("Let $x \\in [1 ; 2]$.", "Let $x \\in (1, 2)$ and $(1, 2) \\ni a$."):
        result = red_team.last(_note(sentence, _LOG))
        assert result.status == PROVED, (sentence, result.reason)


def test_tex_words_are_read_as_printed():
    from diffproof.notes.tex import printed

    assert printed("Let $x_{ab}$ be nega\\-tive and {pos}{itive}.") == "Let $x_{ab}$ be negative and positive."
    assert printed("be \\emph{negative} and \\textcolor{red}{neg}") == "be \\emph{negative} and \\textcolor{red}{neg}"
