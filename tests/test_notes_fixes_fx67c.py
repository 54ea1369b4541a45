"""Values said in words no reader took (rt66b-01, 12-16), read as general rules about the words:

- a vector of norm one said by its noun ("a unit vector $u$", "points $u$ on the unit sphere", "un vecteur unitaire")
  is a constraint in words (orders._NONNEGATIVE_NOUNS): a counterexample about it is not trusted;
- a zero word (statements/zero_words.ZERO_WORD: zero's stem, a zero object "the zero vector", the origin, a thing
  "switched off") ending the clause after a name, adverbs alone after it, may give it the value 0 (orders.
  _zero_said_unread); DDPM's data named in words with no maths ("The data point is the origin.") so gives x_0 the
  value 0 (orders._data_vanishing);
- "unity" is a number word (orders._SPELLED, one table), and "is the number one" says one as "is one" does.

Each rule keeps its guards: a negation, a comparison ("far from the origin"), a noun that is no zero object
("zero-mean", "a vector of pixels"), "switched on", "a number" say no value, and the step stays refuted."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED

#: A step true where its name is 0 only (3 y = 2 y), and one true where it is 1 only (y x = y^2 x).
_AT_ZERO = "\n\n$$\n3 {n} = 2 {n}\n$$\n\n"
_AT_ONE = "\n\n$$\n{n} x = {n}^2 x\n$$\n\n"
#: A step true where ||u|| = 1 only: ||u - x||^2 = -2 x^T u + const, the constant 1 + ||x||^2.
_UNIT = "\n\n$$\n\\|{n} - x\\|^2 = -2 x^\\top {n} + \\text{{const}}\n$$\n\n"


def _statuses(said: list[tuple[str, str, str]]) -> list[str]:
    """The verdicts of one note that says each sentence (its name ``n``) before its own step (a template)."""
    text = "".join(sentence + step.format(n=name) for sentence, name, step in said)
    return [result.status for result in red_team.results(text)]


#: Right steps after a value said in words, each of its own name: held (the counterexample breaks the words).
_HELD = [
    ("Let $\\nu_\\theta$ be a unit vector.", "\\nu_\\theta", _UNIT),
    ("We take points $m_\\theta$ on the unit sphere.", "m_\\theta", _UNIT),
    ("Soit $w_\\theta$ un vecteur unitaire.", "w_\\theta", _UNIT),
    ("Here $y$ is the null vector.", "y", _AT_ZERO),
    ("The point $z$ sits at the origin.", "z", _AT_ZERO),
    ("Le point $p$ est l'origine.", "p", _AT_ZERO),
    ("Der Punkt $q$ ist der Ursprung.", "q", _AT_ZERO),
    ("Then we turn the noise $\\eta$ off.", "\\eta", _AT_ZERO),
    ("Das Rauschen $\\xi$ ist ausgeschaltet.", "\\xi", _AT_ZERO),
    ("The gain $g$ is the number one.", "g", _AT_ONE),
    ("The weight $h$ is unity throughout.", "h", _AT_ONE),
]


def test_a_value_said_in_words_holds_a_step_true_there():
    assert _statuses(_HELD) == [UNDECIDED] * len(_HELD)


#: Wrong steps after words that give no value (or deny it), each of its own name: refuted as before.
_REFUTED = [
    ("The network outputs a vector $\\nu_\\theta$.", "\\nu_\\theta", _UNIT),
    ("Here $y$ is the zero-padded input.", "y", _AT_ZERO),
    ("The point $p$ is far from the origin.", "p", _AT_ZERO),
    ("The origin of $z$ is the data.", "z", _AT_ZERO),
    ("The noise $\\eta$ is switched on throughout.", "\\eta", _AT_ZERO),
    ("The gain $g$ is a number.", "g", _AT_ONE),
]


def test_words_that_give_no_value_keep_the_refutation():
    assert _statuses(_REFUTED) == [REFUTED] * len(_REFUTED)


_DDPM_STEP = "\n\n$$\n\\sqrt{\\bar{\\alpha}_t}\\, x_0 = \\sqrt{\\bar{\\alpha}_{t-1}}\\, x_0 + x_0\n$$\n"


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("The clean image is zero.", UNDECIDED),  # x_0 = 0 said of the data by its noun: held
        ("Here the data point lies exactly at the origin.", UNDECIDED),
        ("The data point is not the origin.", REFUTED),  # denied: x_0 any, false at every schedule
        ("The data point is far from the origin.", REFUTED),
        ("The data point is an image far from the origin.", REFUTED),
        ("The image is the input.", REFUTED),
    ],
)
def test_the_data_at_the_origin_in_words_holds_a_step_true_there(said, status):
    assert red_team.last(red_team.DDPM + said + _DDPM_STEP).status == status
