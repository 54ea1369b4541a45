"""Fixes of red team 65a's 01-06 and 17, with held-out variants and faithful guards.

A sentence after a display that says the step is used at a value its words do not let the reader read holds the step
(values_beside.held_beside), now also where the value is said in words of maths ("when $x$ vanishes"), through
another name ("$x = y$ with $y = 0$", "$x = a$, where $a := 0$"), or of the same name at a letter index ("$x_i = 0$
for every $i$" where the step writes x_1); a word of consequence ("so", "hence", "thus") ends the clause a word of
exception governs ("except at $x = 1$ so we may use it at $x = 0$"); "apart from" and "outside" except only the maths
right after them ("Apart from $x = 0$, it holds"), not a use they place ("Apart from its use at $x = 0$", "Outside the
main proof we use it at $x = 0$": held, the words being ambiguous).  A verb of writing denied ("$t$ is not written",
"we do not write $t$") is a word of omission (dropped_indices._OMISSION) for the letters the sentence names.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

#: x / x = 1 (or another name's), then a sentence: the step has no value where the name is 0.
_QUOTIENT = "Note.\n\n$$\n\\frac{{{name}}}{{{name}}} = 1\n$$\n\n{after}\n"


def _quotient(after: str, name: str = "x") -> str:
    return _QUOTIENT.format(name=name, after=after)


#: Held-out variants: the step said to be used where its divisor is 0, in words, names or clauses now read.
HELD = (
    # 01: a value said in words of maths, in a later sentence
    ("This is the key identity. We need it where $x$ is zero.", "x"),
    ("It is short. It is applied when $y$ equals $0$.", "y"),
    ("This is the key identity. We use it once $x$ is equal to 0.", "x"),
    # 02: a value through another name, one or two names along, or a definition
    ("This is the key identity. We apply it with $x = a$, where $a := 0$.", "x"),
    ("This is the key identity. We use it at $u = v$ and $v = 0$.", "u"),
    ("This is the key identity. We use it at $x = y$, $y = z$ and $z = 0$.", "x"),
    # 03: a value of the same name at a letter index, either way round
    ("This is the key identity. We use it with $x_k = 0$ for all $k$.", "x_2"),
    ("This is the key identity. We use it at $x_1 = 0$.", "x_i"),
    # 04: a word of consequence ends the exception's clause
    ("This holds except at $x = 2$ hence we use it at $x = 0$.", "x"),
    ("This holds unless $x = 1$ thus we apply it at $x = 0$ too.", "x"),
    # 05-06: "apart from" and "outside" before words, not maths: ambiguous, held
    ("Apart from its role at $x = 0$, it is the key identity.", "x"),
    ("Outside of the proof we use it at $x = 0$.", "x"),
    ("Outside this section it is used at $x = 0$.", "x"),
)


@pytest.mark.parametrize(("after", "name"), HELD)
def test_a_value_said_after_the_step_in_words_now_read_holds_it(after, name):
    result = red_team.last(_quotient(after, name))
    assert result.status == UNDECIDED and not result.internal, result.reason


#: Faithful guards: no value where the step lacks one, or one the words except: x / x = 1 is proved.
PROVED_AFTER = (
    ("This is the key identity. We use it where $x$ does not vanish.", "x"),
    ("This is the key identity. We use it when $x$ is positive.", "x"),
    ("This is the key identity. Compare it with $y = 0$.", "x"),
    ("This is the key identity. We use it with $y_i = 0$ for every $i$.", "x_1"),
    ("This holds except at $x = 0$ so long as $y > 0$.", "x"),
    ("Outside the point $x = 0$, it holds.", "x"),
    ("Apart from at $x = 0$, it holds everywhere.", "x"),
)


@pytest.mark.parametrize(("after", "name"), PROVED_AFTER)
def test_no_value_or_an_excepted_one_keeps_the_proof(after, name):
    result = red_team.last(_quotient(after, name))
    assert result.status == PROVED and not result.internal, result.reason


#: E(eps eps_t) = 0 after a sentence: E(eps_t^2) = 1 where the bare eps is eps_t.
_NOISES = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\nE(\\epsilon \\epsilon_t) = 0\n$$\n"


@pytest.mark.parametrize(
    "before",
    [
        "We do not write $t$ where no confusion arises.",
        "Below, $t$ is never shown.",
        "We don't write $t$ from here on.",
        "For brevity $t$ is no longer written.",
    ],
)
def test_an_index_said_not_written_holds_a_name_bare_and_indexed(before):
    result = red_team.last(_NOISES.format(before))
    assert result.status == UNDECIDED and not result.internal, result.reason


@pytest.mark.parametrize(
    "before",
    [
        "Where no confusion arises, $s$ is not written.",  # another letter: eps_t keeps its index
        "We do not write the proof in full.",  # no letter named
    ],
)
def test_writing_denied_of_no_index_of_the_step_keeps_the_proof(before):
    result = red_team.last(_NOISES.format(before))
    assert result.status == PROVED and not result.internal, result.reason
