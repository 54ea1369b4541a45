"""Fixes of red teams 66a/66b's findings on a family's values and the values said beside a step (fx68b), with
held-out variants, wrong variants that must not be proved and faithful guards that keep their verdict.

1. A definition giving a name at an index of letters a value at each index gives it to the same name at every other
   index also where its body writes other names, if it has a sign whatever they are (``x_i = -1 - y^2``, ``x_i =
   -y_i^2 - 1``) or is of its letters alone once numbers the note defines are written in (``x_i = c i`` after ``c =
   -1``): a counterexample giving another member its own value is not trusted (conditions._family_value;
   rt66a-21/22).  A body of no known sign (``x_i = y_i + 1``) is written in by the kernel at its own index only.
2. A value said beside a step is read in one inline maths listing several (``$\\sigma = 0, \\mu = 1$``) or with a
   remark after it (``$\\sigma = 0 \\text{ (no noise)}$``, ``$\\sigma = 0 \\quad (t = T)$``) as it is alone
   (values_beside._listed_in; rt66b-02); a range (``t = 1, \\ldots, T``) is not cut into its members.
3. A number set beside a step drops a name's sign by convention also where it ends a list or a remark follows, and
   where a tuple of names is set to a tuple of numbers (``(\\sigma, \\mu) = (0, 1)``; conditions._A_NUMBER_SET;
   rt66b-02/03).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED


def _said_after(step: str, sentence: str) -> str:
    return f"Note.\n\n$$\n{step}\n$$\n\nThis is the key identity. {sentence}\n"


def _ratio(sentence: str) -> str:
    return _said_after("\\frac{\\sigma}{\\sigma} = 1", sentence)


def _log(sentence: str) -> str:
    return _said_after("\\log \\sigma^2 = 2 \\log \\sigma", sentence)


def _family(definition: str, step: str) -> str:
    return f"{definition}\n\n$$\n{step}\n$$\n"


#: Each note, and the verdicts it may have.
CASES = {
    # 1: a family's value whose body writes other names (right: not refuted; wrong: not proved).
    "c-is-minus-1-then-x-i-is-c-i": (
        _family("Let $c = -1$. Let $x_i = c i$ for every $i$.", "\\sqrt{x_2^2} = -x_2"),
        {UNDECIDED, PROVED},
    ),
    "a-k-is-minus-b-k-to-the-4-minus-2": (
        _family("Set $a_k = -b_k^4 - 2$ for all $k$.", "|a_3| = -a_3"),
        {UNDECIDED, PROVED},
    ),
    "x-i-is-minus-1-minus-y-squared-wrong-sign": (
        _family("Let $x_i = -1 - y^2$ for every $i$.", "\\sqrt{x_1^2} = x_1"),
        {UNDECIDED, REFUTED},
    ),
    "family-of-no-known-sign-refuted": (
        _family("Let $x_i = y_i + 1$ for every $i$.", "\\sqrt{x_1^2} = x_1"),
        {REFUTED},
    ),
    "family-not-drawn-sum-refuted": (
        _family("Let $x_i = -1 - y^2$ for every $i$.", "a + a = 3 a"),
        {REFUTED},
    ),
    # 2-3: values listed in one maths, with a remark, or as a tuple (wrong: held).
    "listed-mu-first": (_ratio("We apply it with $\\mu = 2; \\sigma = 0$."), {UNDECIDED}),
    "remark-deterministic": (_ratio("Below we take $\\sigma = 0 \\text{ (deterministic)}$."), {UNDECIDED}),
    "qquad-remark": (_ratio("We use it at $\\sigma = 0 \\qquad (t = T)$."), {UNDECIDED}),
    "french-listed": (_ratio("Nous l'utilisons en $\\sigma = 0, \\mu = 1$."), {UNDECIDED}),
    "tuple-mu-first": (_ratio("We need it at $(\\mu, \\sigma) = (1, 0)$."), {UNDECIDED}),
    "log-at-listed-negative": (_log("We use it at $\\sigma = -1, \\mu = 0$."), {UNDECIDED}),
    "log-at-tuple-negative": (_log("We use it at $(\\sigma, \\mu) = (-1, 0)$."), {UNDECIDED}),
    # Guards: a list of values of other names, or a range, keeps the proof.
    "other-names-listed-proved": (_ratio("We use it at $\\mu = 0, \\nu = 1$."), {PROVED}),
    "range-of-an-index-proved": (_ratio("We use it for $t = 1, \\ldots, T$."), {PROVED}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fx68b_notes(name):
    text, allowed = CASES[name]
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status in allowed, result.reason
