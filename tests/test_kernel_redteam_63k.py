"""Red team 63k through the answer checker's Python API (diffproof/answers/: :func:`~diffproof.answers.grading.equiv`),
against main at 3dc6eac: a right answer refuted, or an answer proved equal to one reading where it reads another.

An odd root's even power under a logarithm (``\\ln(x^{2/3})``, ``\\ln(x^{2/3} + 1)``) has a real value at every x
(x^{2/3} = |x|^{2/3} >= 0, the reading fx62e gives the checker), yet the judge looks for a point where the answer has
no value with SymPy's principal powers (x^{2/3} at x = -1.381 is -0.62 + 1.07i), and refutes a right answer there;
an exponential of it (``e^{\\frac{3}{2}\\ln x^{2/3}}``) is merged by SymPy as it is built (exp(c log b) = b^c) into x.
An index running into a letter or digit without braces (``x_1y``, ``x_ty``, ``x_12``) is set by TeX as a one-character
subscript then the rest (x_1 y, x_t y, x_1 2), as the checker reads ``\\alpha_tx`` and (since fx62k) ``x_1x_2`` two
ways and refuses ``x^23``; the lexer takes it as one identifier with a long index.  Each finding is checked by hand
(the comment above it), with the cause read from the code; a strict xfail until fixed (listed in FIXED).  The guards
are faithful cases that keep their verdict.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import equiv

_NO_VALUE = (
    "judge.py's comparison (compare(Problem(...)), the answer's positive conditions) evaluates the answer's "
    "logarithm's argument {} at x = -1.381 with SymPy's principal power (x^(2/3) = -0.62 + 1.07i there), finds it no "
    "positive number and refutes: 'the answer has no value at a point of the domain where the reference has one', "
    "though over the reals (-1.381)^(2/3) = 1.24 > 0{}"
)
_MERGED = (
    "; the answer itself is shown as {} (SymPy evaluates exp(c log b) to b^c as it builds it, before fx62e's reading)"
)
_LONG_INDEX = (
    "the lexer's word pattern ([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*) takes {} as one word, the name x with the index "
    "{}; fx62k's second reading is made only where the index runs into another indexed name (x_1x_2), so the one "
    "reading x_{{{}}} is judged, while TeX sets a subscript of one character ({}), the reading the checker gives "
    "\\alpha_tx, and refuses the like superscript x^23 ('TeX raises to the first digit only'): the judge {}"
)

#: Each finding: (reference, answer, the verdict now, which is unsound; its cause).
FINDINGS = {
    # e^{ln y} = y for y = x^{2/3} = |x|^{2/3} > 0 at x != 0: the answer is the reference.
    "exponential-of-the-log-of-a-two-thirds-power-refuted-against-the-power": (
        r"x^{2/3}",
        r"e^{\ln(x^{2/3})}",
        "refuted",
        _NO_VALUE.format("x^(2/3)", ""),
    ),
    # exp(3/2 ln |x|^{2/3}) = |x|: at x = -8, 4^{3/2} = 8 = |-8|.
    "three-halves-exponential-of-the-log-of-a-two-thirds-power-refuted-against-the-absolute-value": (
        r"|x|",
        r"\exp(\frac{3}{2}\ln(x^{2/3}))",
        "refuted",
        _NO_VALUE.format("x^(2/3)", _MERGED.format("x")),
    ),
    # e^{ln(|x|^{2/3})/2} = |x|^{1/3}: at x = -8, e^{ln(4)/2} = 2 = |-8|^{1/3}.
    "half-exponential-of-the-log-of-a-two-thirds-power-refuted-against-the-root-of-the-absolute-value": (
        r"|x|^{1/3}",
        r"e^{\frac{1}{2}\ln x^{2/3}}",
        "refuted",
        _NO_VALUE.format("x^(2/3)", _MERGED.format("\\sqrt[3]{x}")),
    ),
    # x^{2/3} = |x|^{2/3} over the reals, so the two logarithms are one function.
    "log-of-a-two-thirds-power-plus-one-refuted-against-its-absolute-value-form": (
        r"\ln(|x|^{2/3}+1)",
        r"\ln(x^{2/3}+1)",
        "refuted",
        _NO_VALUE.format("x^(2/3) + 1", ""),
    ),
    # TeX sets x_1y as x_1 times y: the reference itself.
    "index-running-into-a-letter-refuted-against-the-product": (
        r"x_1 y",
        r"x_1y",
        "refuted",
        _LONG_INDEX.format("x_1y", "1y", "1y", "x_1 y", "refutes it against x_1 y at x_1 = 0.822, y = -2.754"),
    ),
    # The same answer read only as x_{1y}: one reading of two, so not proved.
    "index-running-into-a-letter-proved-equal-to-the-long-index": (
        r"x_{1y}",
        r"x_1y",
        "proved",
        _LONG_INDEX.format("x_1y", "1y", "1y", "x_1 y", "proves it equal to x_{1y}"),
    ),
    # TeX sets x_ty as x_t times y (as it sets \alpha_tx as alpha_t times x, which the checker reads so).
    "letter-index-running-into-a-letter-refuted-against-the-product": (
        r"x_t y",
        r"x_ty",
        "refuted",
        _LONG_INDEX.format("x_ty", "ty", "ty", "x_t y", "refutes it against x_t y"),
    ),
    # TeX sets x_12 as x_1 then 2 (x_1 times 2): read x_{12} alone, it is proved where x^23 is refused.
    "two-digit-index-without-braces-proved-equal-to-the-braced-index": (
        r"x_{12}",
        r"x_12",
        "proved",
        _LONG_INDEX.format("x_12", "12", "12", "x_1 2", "proves it equal to x_{12}"),
    ),
}

#: The findings fixed so far: their marks are dropped, and their verdict is no longer the unsound one.
FIXED: frozenset[str] = frozenset(
    {
        "exponential-of-the-log-of-a-two-thirds-power-refuted-against-the-power",
        "half-exponential-of-the-log-of-a-two-thirds-power-refuted-against-the-root-of-the-absolute-value",
        "index-running-into-a-letter-proved-equal-to-the-long-index",
        "index-running-into-a-letter-refuted-against-the-product",
        "letter-index-running-into-a-letter-refuted-against-the-product",
        "log-of-a-two-thirds-power-plus-one-refuted-against-its-absolute-value-form",
        "three-halves-exponential-of-the-log-of-a-two-thirds-power-refuted-against-the-absolute-value",
        "two-digit-index-without-braces-proved-equal-to-the-braced-index",
    }
)

#: What the checker says of an answer it will not read (a fix may refuse x_12 as it refuses x^23).
REFUSED = "refused"


def _verdict(reference: str, answer: str) -> str:
    """As :func:`red_team.answer_verdict`, but any refusal is "refused" (a fix may refuse ``x_12`` as ``x^23`` is
    refused, not only as a reference read more than one way)."""
    try:
        return equiv(reference, answer).verdict.status.value
    except InvalidAnswer:
        return REFUSED


def test_the_findings_by_hand():
    """The hand checks, over the reals: each right answer equals its reference at a negative x."""
    two_thirds = sp.real_root(-8, 3) ** 2  # (-8)^{2/3} over the reals
    assert two_thirds == 4 and sp.exp(sp.log(two_thirds)) == two_thirds  # e^{ln(x^{2/3})} = x^{2/3}
    assert sp.exp(sp.Rational(3, 2) * sp.log(two_thirds)) == 8 == abs(-8)  # |x|
    assert sp.exp(sp.log(two_thirds) / 2) == 2 == sp.Abs(-8) ** sp.Rational(1, 3)  # |x|^{1/3}
    assert sp.log(two_thirds + 1) == sp.log(sp.Abs(-8) ** sp.Rational(2, 3) + 1)  # ln(x^{2/3} + 1)
    x = sp.Symbol("x", real=True)
    assert sp.exp(sp.Rational(3, 2) * sp.log(x ** sp.Rational(2, 3))) == x  # the cause: SymPy merges as it builds
    assert complex(sp.Float(-1.381) ** sp.Rational(2, 3)).imag != 0  # SymPy's principal power at a negative x


@pytest.mark.parametrize(
    "name", [red_team.case(name, FIXED, {n: cause for n, (*_, cause) in FINDINGS.items()}) for name in sorted(FINDINGS)]
)
def test_red_team_63k_s_answers(name):
    reference, answer, unsound, _ = FINDINGS[name]
    assert _verdict(reference, answer) != unsound


#: Faithful cases and the verdict each keeps.
GUARDS = {
    "exponential-of-the-log-of-a-square": (r"x^2", r"e^{\ln x^{2}}", "proved"),
    "two-thirds-power-under-a-root-is-the-root-of-the-absolute-value": (r"|x|^{1/3}", r"\sqrt{x^{2/3}}", "proved"),
    "greek-index-then-a-letter-is-the-product": (r"\alpha_t x", r"\alpha_tx", "proved"),
    "braced-index-then-a-letter-is-the-product": (r"x_{1} y", r"x_{1}y", "proved"),
    "log-of-the-absolute-value-form-against-itself": (r"\ln(|x|^{2/3}+1)", r"\ln(|x|^{2/3}+1)", "proved"),
    # ln x has no value at x < 0 where x does: a narrower domain is refuted, as the checker means to
    "exponential-of-the-log-of-x-against-x": (r"x", r"\exp(\ln(x))", "refuted"),
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    reference, answer, verdict = GUARDS[name]
    assert _verdict(reference, answer) == verdict
