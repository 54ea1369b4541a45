"""Fixes of session 62's fx62h: divisors that sum an index, whole-number bounds, memberships not read, and words
that lead into the display after them.

- A sum over an index as a divisor is nonzero only where its terms are shown of one sign (each positive or each
  negative at every index its range runs through, the range not empty): t - 2 over t = 1 .. T is 0 at T = 3.
- A name's whole-number range (``Here $T \\ge 2$``: Range(2, oo)) bounds it as an interval does.
- A membership or order the reader cannot read (``x \\in \\mathbb{Z}``, ``\\mathbb{N}``, ``\\mathbb{Q}``) may
  place its names at 0 or below: none is presumed to have a sign.
- Words after a display that open with where/with/here but end in no sentence's end ("With $a := 3$, we get", a
  colon) may lead into the next display: they are read at their own line, never as a gloss of the display before.
"""

from __future__ import annotations

import pytest
import red_team

#: A sum over an index divided by itself, wrong as written: each sum is 0 somewhere its range runs.
_SUMS_THAT_CANCEL = {
    "t - 3, 0 at T = 5": "$$\n\\frac{\\sum_{t=1}^{T} (t - 3)}{\\sum_{t=1}^{T} (t - 3)} = 1\n$$\n",
    "2k - 3, 0 at n = 3": "$$\n\\frac{\\sum_{k=0}^{n} (2 k - 3)}{\\sum_{k=0}^{n} (2 k - 3)} = 1\n$$\n",
    "t - 1, 0 at T = 1": "$$\n\\frac{\\sum_{t=1}^{T} (t - 1)}{\\sum_{t=1}^{T} (t - 1)} = 1\n$$\n",
    "a multiple": "$$\n\\frac{2 \\sum_{t=1}^{T} (t - 2)}{\\sum_{t=1}^{T} (t - 2)} = 2\n$$\n",
    "T >= 3, t - 4: 0 at T = 5": "Here $T \\ge 3$.\n\n$$\n\\frac{\\sum_{t=3}^{T} (t - 4)}{\\sum_{t=3}^{T} (t - 4)} "
    "= 1\n$$\n",
}


@pytest.mark.parametrize("text", _SUMS_THAT_CANCEL.values(), ids=_SUMS_THAT_CANCEL.keys())
def test_a_divisor_summing_terms_of_both_signs_is_held(text):
    red_team.assert_held_or_refuted(red_team.last(text))


#: Sums whose terms are of one sign on a range that is not empty: nonzero, so the step is proved.
_SUMS_OF_ONE_SIGN = {
    "positive terms": "$$\n\\frac{\\sum_{t=1}^{T} t^2}{\\sum_{t=1}^{T} t^2} = 1\n$$\n",
    "negative terms": "$$\n\\frac{\\sum_{t=1}^{T} (-t)}{\\sum_{t=1}^{T} (-t)} = 1\n$$\n",
    "T >= 3, from t = 3": "Here $T \\ge 3$.\n\n$$\n\\frac{\\sum_{t=3}^{T} (t - 2)}{\\sum_{t=3}^{T} (t - 2)} = 1\n$$\n",
    "T >= 3, a logarithm": "Here $T \\ge 3$.\n\n$$\n\\log \\sum_{t=3}^{T} t - \\log \\sum_{t=3}^{T} t = 0\n$$\n",
}


@pytest.mark.parametrize("text", _SUMS_OF_ONE_SIGN.values(), ids=_SUMS_OF_ONE_SIGN.keys())
def test_a_divisor_summing_terms_of_one_sign_keeps_its_proof(text):
    red_team.assert_proved(red_team.last(text))


def test_a_bound_below_the_first_index_leaves_the_sum_possibly_empty():
    """T >= 2 and a sum from t = 3: empty at T = 2, where its logarithm has no value."""
    text = "Here $T \\ge 2$.\n\n$$\n\\log \\sum_{t=3}^{T} t - \\log \\sum_{t=3}^{T} t = 0\n$$\n"
    red_team.assert_held_or_refuted(red_team.last(text))


#: A membership in a set that is no interval: the name may be 0 (or below it), where the step has no value.
_MEMBERS_NOT_READ = {
    "the rationals, a logarithm": "Let $q \\in \\mathbb{Q}$.\n\n$$\n\\log q - \\log q = 0\n$$\n",
    "the integers, a square": "Let $k \\in \\mathbb{Z}$.\n\n$$\n\\log k^2 - \\log k^2 = 0\n$$\n",
    "the naturals with 0": "Let $n \\in \\mathbb{N}_0$.\n\n$$\n\\log n - \\log n = 0\n$$\n",
}


@pytest.mark.parametrize("text", _MEMBERS_NOT_READ.values(), ids=_MEMBERS_NOT_READ.keys())
def test_a_membership_not_read_gives_no_sign(text):
    red_team.assert_held_or_refuted(red_team.last(text))


def test_a_membership_not_read_leaves_other_names_alone():
    """n in Z says nothing of x, which the note says positive: log x - log x = 0 is proved."""
    text = "Let $x > 0$ and $n \\in \\mathbb{Z}$.\n\n$$\n\\log x - \\log x = 0\n$$\n"
    red_team.assert_proved(red_team.last(text))


_BEFORE = "Intro.\n\n$$\na + a = 6\n$$\n"
_AFTER = "\n\n$$\na + 1 = 4\n$$\n"

#: Words after a display that may lead into the next one: a + a = 6 is not proved with a := 3 (0 at a = 0).
_LEADS_INTO = {
    "a colon": "with $a := 3$ as follows:",
    "words that run on": "Here $a := 3$ and so",
    "where, then a comma": "where $a := 3$,",
}


@pytest.mark.parametrize("words", _LEADS_INTO.values(), ids=_LEADS_INTO.keys())
def test_words_that_lead_into_the_next_display_gloss_not_the_one_before(words):
    results = red_team.results(_BEFORE + words + _AFTER)
    red_team.assert_held_or_refuted(results[0])
    red_team.assert_proved(results[1])


#: A gloss that ends its sentence: the display before it is read with it, as before.
_GLOSSES = {"a full stop": "where $a := 3$.", "a full stop after words": "where $a := 3$ as before."}


@pytest.mark.parametrize("words", _GLOSSES.values(), ids=_GLOSSES.keys())
def test_a_gloss_that_ends_its_sentence_keeps_the_display_before_it(words):
    red_team.assert_proved(red_team.results(_BEFORE + words + _AFTER)[0])
