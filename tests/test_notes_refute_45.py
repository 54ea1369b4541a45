"""Helper rf45's notes (tests/data/notes/redteam_laws/rf45-*).

1. A sentence that names one law by another (``\\hat p_\\theta(x_T) = p(x_T)``) says something of the law of the
   variables it writes: a step whose law of p writes none of them (nor a name that may be one: x_t may be x_T, a
   range x_{1:T} holds x_T; x and x_1 are not x_T) may be refuted, with a witness that gives those variables any law
   of their own (independent of the step's).  The renaming is read before any other reason to set the sentence
   aside (a law of p-hat stated too, a joint law): there it was lost, and E_{p(x_T)}[x_T^2] = 1 was refuted though
   the note makes x_T standard normal (a false alarm on main).
2. A sum or product of numbers over an integer index (``\\bar\\alpha_k = \\alpha_k \\cdots \\alpha_1``) is a number
   of the coordinatewise rule: en-rmsrosa's lines 166, 172 and 179 lost their proofs when that definition came to
   be read (as a product) and made alpha-bar a vector.  A product of bold or vector names is none.
3. A possessive that points back ("its", "their", "his", "whose") in the words right before the second name ties it
   to the first: "Let $x$ be the input, and its output $y$" proved d/dx (x y) = y, holding y fixed.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Each note, and the verdict its (last) step must get.
VERDICTS = {
    # p(y) = N(0, 1) gives E[y^2] = 1, not 2; x_T, apart from y with any law p-hat, keeps the renaming true
    "rf45-01-renamed-law-other-variable-refuted": REFUTED,
    "rf45-06-renamed-law-ja-other-variable-refuted": REFUTED,
    # x is not x_T: p(x) = N(0, 1) gives E[x^2] = 1, not 2
    "rf45-10-renamed-law-x-unindexed-refuted": REFUTED,
    # the note makes x_T standard normal (p-hat's law, renamed p): E[x_T^2] = 1 holds
    "rf45-02-renamed-law-given-a-law-after-unrefuted": UNDECIDED,
    "rf45-03-renamed-law-given-a-law-before-unrefuted": UNDECIDED,
    "rf45-04-renamed-law-generic-index-unrefuted": UNDECIDED,
    "rf45-05-renamed-law-ja-unrefuted": UNDECIDED,
    "rf45-07-renamed-law-range-unrefuted": UNDECIDED,
    # y is made of x_T (y = 2 x_T, or drawn given it): E[y^2] = 4 and 2 hold
    "rf45-08-renamed-law-variable-defined-from-it-unrefuted": UNDECIDED,
    "rf45-09-renamed-law-variable-tied-unrefuted": UNDECIDED,
    # alpha-bar a product of plain numbers scales each coordinate
    "rf45-11-product-of-numbers-by-ellipsis-scales-proved": PROVED,
    "rf45-12-product-of-numbers-over-index-scales-proved": PROVED,
    # alpha-bar made of vectors: a product of two vectors is no scaling
    "rf45-13-product-of-vectors-by-ellipsis-unproved": UNDECIDED,
    "rf45-14-sum-of-vectors-over-index-unproved": UNDECIDED,
    "rf45-15-product-of-bold-numbers-unproved": UNDECIDED,
    # y is x's output: it varies with x
    "rf45-16-its-output-tied-unproved": UNDECIDED,
    "rf45-17-their-output-tied-unproved": UNDECIDED,
    "rf45-19-his-output-tied-unproved": UNDECIDED,
    "rf45-20-whose-output-tied-unproved": UNDECIDED,
    # "the output" names y only: held fixed, d/dx (x y) = y
    "rf45-18-the-output-named-proved": PROVED,
}


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_rf45_note_verdict(name):
    assert red_team.judged(name, last=VERDICTS).status == VERDICTS[name]


def test_a_renamed_law_disputes_its_own_variables_only():
    """The step about the renamed variable keeps the renaming as its reason."""
    reason = red_team.judged("rf45-02-renamed-law-given-a-law-after-unrefuted", last=VERDICTS).reason
    assert "names one law by another" in reason
