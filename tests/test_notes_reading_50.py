"""Held-out tests of iu50's fixes of reading (red teams 49b-06, 48-13, 44).

Each case is a note (or a sentence and the step after it) with the verdicts its last step may get.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted
_PROVED = frozenset({PROVED})
_REFUTED = frozenset({REFUTED})

_MODULUS = "\n\n$$\n|z|^2 = z^2\n$$\n"
_ROOT = "\n\n$$\n\\sqrt{z^2} = z\n$$\n"

#: rt49b-06: ISO 80000-2's upright imaginary unit (another spelling, another letter, a multiple, in a display, in an
#: exponent) and a letter said the unit in words outside maths (en, fr; after or before the letter): |z|^2 = z^2 is
#: wrong, never proved; sqrt(z^2) = z at z = i is right (the principal root), never refuted.  An italic i, an upright
#: e, an upright i in a subscript (a label) and an index i keep the real reading's verdicts.
HELD_UPRIGHT_UNIT = {
    "mathrm j": ("Let $z = \\mathrm{j}$." + _MODULUS, _WRONG),
    "mathrm without braces": ("Let $z = 3 \\mathrm i$." + _MODULUS, _WRONG),
    "a sum with an upright i": ("Let $z = 1 + \\mathrm{i}$." + _MODULUS, _WRONG),
    "imath": ("Let $z = \\imath$." + _MODULUS, _WRONG),
    "jmath": ("Let $z = \\jmath$." + _MODULUS, _WRONG),
    "mathup": ("Let $z = \\mathup{i}$." + _MODULUS, _WRONG),
    "unicode double-struck i": ("Let $z = ⅈ$." + _MODULUS, _WRONG),
    "in an exponent": ("Let $z = e^{\\mathrm{i}\\theta}$." + _MODULUS, _WRONG),
    "defined in a display": ("$$\nz := \\mathrm{i}\n$$" + _MODULUS, _WRONG),
    "written in the step": ("$$\n|\\mathrm{i}|^2 = \\mathrm{i}^2\n$$\n", _WRONG),
    "a right root not refuted": ("Let $z = \\mathrm{i}$." + _ROOT, _RIGHT),
    "where i is the unit, in words": ("Let $z = i$ where i is the imaginary unit." + _MODULUS, _WRONG),
    "with j the unit": ("Let $z = 2 j$, with j the imaginary unit." + _MODULUS, _WRONG),
    "the unit i, before the letter": ("Write the imaginary unit i as usual; let $z = 1 + i$." + _MODULUS, _WRONG),
    "fr": ("Soit $z = 2 i$, où i est l'unité imaginaire." + _MODULUS, _WRONG),
    "said in an earlier sentence": ("Here $i$ is the imaginary unit.\n\nLet $z = 2 i$." + _MODULUS, _WRONG),
    "an italic i is a name": ("Let $z = \\mathit{i}$." + _MODULUS, _PROVED),
    "a plain i is a name": ("Let $z = i$." + _MODULUS, _PROVED),
    "an upright e is no unit": ("Let $z = \\mathrm{e}$." + _MODULUS, _PROVED),
    "an upright i in a subscript labels": ("Let $T_{\\mathrm{i}} = 2$.\n\n$$\n|T|^2 = T^2\n$$\n", _PROVED),
    "another letter is the unit": ("Let $z = 2 i$, with j the imaginary unit." + _MODULUS, _PROVED),
    "an index i": (
        "Let $x_{\\mathrm{i}} = 2$ and $i$ an index.\n\n$$\n(a_i + 1)^2 = a_i^2 + 1\n$$\n",
        _REFUTED,
    ),
    "the unit named but not a letter": (
        "Here i is an index and the imaginary unit does not appear.\n\n$$\n(a_i + 1)^2 = a_i^2 + 1\n$$\n",
        _REFUTED,
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_UPRIGHT_UNIT))
def test_held_out_upright_and_worded_units_get_their_verdict(name):
    text, sound = HELD_UPRIGHT_UNIT[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason


_SQUARE = "\n\n$$\na a = 3 a\n$$\n"  # right at a = 3, wrong for a free a (at a = 1)

#: rt48-13: text struck through with GFM's ~~ (as <s>) states nothing: a definition in it is not used, and the
#: step after it is refuted for a free a as after no definition; maths beside struck text keeps its reading.  A
#: display between two ~~ no strikethrough pairs, in one paragraph's lines, may be struck or shown (a renderer that
#: reads no maths there strikes it with the paragraph): its definition is held (the step is neither proved nor
#: refuted) and its own step not judged.  Blank lines between end the paragraph: no renderer strikes across them.
HELD_STRUCK = {
    "struck sentence": ("~~Let $a := 3$.~~" + _SQUARE, _REFUTED),
    "struck sentence, a one-sided step": ("~~Let $a := 3$.~~\n\n$$\na + a = 6\n$$\n", _WRONG),
    "struck double-dollar inline": ("~~Take $$a := 3$$ here.~~" + _SQUARE, _REFUTED),
    "struck parenthesised maths": ("~~Note \\\\(a := 3\\\\).~~" + _SQUARE, _REFUTED),
    "struck words of a law": ("~~Here $a$ is the imaginary unit.~~ Let $a := 3$." + _SQUARE, _PROVED),
    "unclear strike of a display": ("~~\n$$\na := 3\n$$\n~~" + _SQUARE, frozenset({UNDECIDED})),
    "unclear strike with words": ("Drop this ~~\n$$\na := 3\n$$\n~~ please." + _SQUARE, frozenset({UNDECIDED})),
    "unclear strike of a step": ("~~\n$$\na + a = 7\n$$\n~~\n", frozenset({UNDECIDED})),
    "a definition beside struck text": ("Let $a := 3$, ~~or rather $a := 4$~~." + _SQUARE, _PROVED),
    "struck text before a definition": ("Let ~~$a := 4$~~ $a := 3$." + _SQUARE, _PROVED),
    "tildes across blank lines strike nothing": ("~~\n\n$$\na := 3\n$$\n\n~~" + _SQUARE, _PROVED),
    "one unpaired run strikes nothing": ("~~\n$$\na := 3\n$$" + _SQUARE, _PROVED),
    "three tildes in words": ("Let $a := 3$ ~~~ done." + _SQUARE, _PROVED),
    "a tilde in maths": ("Let $a := 3$ and $x \\sim y$." + _SQUARE, _PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_STRUCK))
def test_held_out_struck_text_gets_its_verdict(name):
    text, sound = HELD_STRUCK[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason


def test_a_definition_in_a_conditional_tex_evaluates_is_held():
    """A definition inside ``\\ifnum ... \\fi`` may not be shown: the step after it that uses it is neither proved
    by it nor refuted without it (it was proved by it)."""
    text = (
        "\\documentclass{article}\n\\begin{document}\n\\ifnum\\value{page}>1\n\\[ a := 3 \\]\n\\fi\n"
        "\\[ a a = 3 a \\]\n\\end{document}\n"
    )
    result = check_notes(read_notes(text, markdown=False), Limits(seconds=120)).results[-1]
    assert result.status == UNDECIDED, result.reason


_ALIAS = "<!-- diffproof: context ddpm -->\nLet $z = \\{x_1, \\ldots, x_T\\}$ for brevity.\n\n"
_FACTORED = "\n\n$$\nq(z \\mid x_0) = \\prod_{t=1}^{T} q(x_t \\mid x_{t-1})\n$$\n"

#: rt44-30: an alias z = {x_1, ..., x_T} is not followed past a sentence after it that writes z in its maths (its
#: words may make z another thing: "denotes the encoder's output", "is a Gaussian vector and p(z) its prior"), so
#: DDPM's factorisation of q(z | x_0) is not proved of it; a sentence of other names, or of densities of z (which
#: say nothing of what z is), keeps the alias and its proof.
HELD_ALIAS = {
    "denotes another thing": (_ALIAS + "Later, $z$ denotes the encoder's output." + _FACTORED, _RIGHT - {PROVED}),
    "a prior of it": (_ALIAS + "From now on $z$ is a Gaussian vector and $p(z)$ its prior." + _FACTORED, _WRONG),
    "fr": (_ALIAS + "Dans un VAE, $z$ est un seul vecteur." + _FACTORED, _WRONG),
    "alias followed": (_ALIAS + "The weight $w$ is free." + _FACTORED, _PROVED),
    "densities of it say nothing of what it is": (
        _ALIAS + "This makes $p_\\theta(z \\mid x_0)$ closer to $q(z \\mid x_0)$." + _FACTORED,
        _PROVED,
    ),
    "alias alone": (_ALIAS.rstrip() + _FACTORED, _PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_ALIAS))
def test_held_out_aliases_said_again_get_their_verdict(name):
    text, sound = HELD_ALIAS[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason


_IDEMPOTENT = "\n\n$$\nb^2 = b\n$$\n"  # right of every 0 or 1, wrong of reals

#: rt44-33: a name a sentence says takes discrete values (binary, Boolean, 0 or 1, integer-valued; fr, de, zh) gets
#: no counterexample of real values: b^2 = b, right of binary b, is not refuted (it was, a false alarm).  A name
#: said a weight, a step of another name, and a "binary logarithm" keep the refutation.
HELD_DISCRETE = {
    "is binary": ("Here $b$ is binary." + _IDEMPOTENT, _RIGHT),
    "are binary, listed": ("Here $a$ and $b$ are binary." + _IDEMPOTENT, _RIGHT),
    "a Boolean variable": ("Let $b$ be a Boolean variable." + _IDEMPOTENT, _RIGHT),
    "0 or 1": ("Each $b$ is 0 or 1." + _IDEMPOTENT, _RIGHT),
    "integer-valued": ("Here $b$ is integer-valued.\n\n$$\nb^2 = b\n$$\n", _RIGHT),
    "fr": ("Ici $b$ est binaire." + _IDEMPOTENT, _RIGHT),
    "de": ("Hier gilt: $b$ ist binär." + _IDEMPOTENT, _RIGHT),
    "zh": ("这里 $b$ 是二值的。" + _IDEMPOTENT, _RIGHT),
    "said a weight": ("Here $b$ is a weight." + _IDEMPOTENT, _REFUTED),
    "another name": ("Here $c$ is binary." + _IDEMPOTENT, _REFUTED),
    "a binary log": ("Here $b$ is a binary logarithm's base." + _IDEMPOTENT, _REFUTED),
}


@pytest.mark.parametrize("name", sorted(HELD_DISCRETE))
def test_held_out_discrete_values_get_their_verdict(name):
    text, sound = HELD_DISCRETE[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason
