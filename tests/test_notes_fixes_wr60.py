"""A trace beside a dimension's letter, in a note that names its vectors' coordinates without counting them
(ja-naoyukikita-ddpm, lines 207 and 208: a Gaussian KL's ``\\text{tr}(\\sigma_\\theta^{-2} \\tilde\\beta_t)`` beside
``- d``, and 成分 on lines 12, 52 and 62).  Two cues kept every trace of such a note from being read at 1 x 1:

- the letter d written beside the trace.  One coordinate at a time the trace is of a 1 x 1 matrix, where the
  dimension is 1: a letter of a dimension the note writes only beside its traces (never elsewhere in its maths, never
  beside a relation that gives it a value or an order, never in its prose outside maths) is now bound to 1 there.
  Were it not the dimension, 1 would still be one value of a free letter, so the reading only narrows the search.
- words for a vector's coordinates (components, entries, pixels, 成分) with no count beside them.  They say the
  vector has coordinates, not how many, so a vector of one coordinate is among those they allow ("データ成分を減衰
  させる", the data's share shrinking, says no size at all).  With a count beside them (784 pixels, $d$ components,
  3 つの成分, 三个分量) they still give a size and keep the trace unread.

Held-out Gaussian KLs (not the note's lines) with the quadratic term's inverse missing are refuted; the right KL is
never refuted; each cue that gives a size still blocks.  The corpus's own steps 207 and 208 stay undecided: their
variance tilde-beta_t has no sign the KL's closed form can use, and the search finds no counterexample in time
(the KL is left as an integral: a law's variance positive is a condition on the search, not a sign the closed form
can use); their verdicts and expectations are unchanged."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED
from diffproof.notecheck.statements.trace_shapes import dimensions_beside_traces, shapes_given
from diffproof.notes import read_notes

KL = r"\mathrm{KL}(\mathcal{N}(\mu_1, \sigma_1^2) \| \mathcal{N}(\mu_2, \sigma_2^2))"
#: The quadratic term's inverse missing: (mu_2 - mu_1)^T sigma_2^2 (mu_2 - mu_1), wrong at every dimension (the two
#: sides differ by ||mu_2 - mu_1||^2 (sigma_2^2 - 1/sigma_2^2) / 2, whatever d is).
WRONG = (
    r"\frac{1}{2}\left[\ln \frac{| \sigma_2^2 |}{| \sigma_1^2 |} - {d} + \text{tr}{\left( {\sigma_2^2}^{-1} "
    r"\sigma_1^2 \right)} + (\mu_2 - \mu_1)^\top \sigma_2^2 (\mu_2 - \mu_1)\right]"
)
RIGHT = WRONG.replace(r"\sigma_2^2 (\mu_2", r"{\sigma_2^2}^{-1} (\mu_2")


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n" if sentence else f"$$\n{step}\n$$\n"


def _kl(sentence: str, right: bool = False, letter: str = "d", trace: str = r"\text{tr}") -> str:
    body = (RIGHT if right else WRONG).replace("{d}", letter).replace(r"\text{tr}", trace)
    return _note(sentence, f"{KL} = {body}")


#: Words that name coordinates without a count, and a dimension's letter only beside the trace: read at 1 x 1 with
#: the letter 1, the missing inverse is refuted.
UNCOUNTED = {
    "Japanese, the data's share": _kl("ノイズを加える（同時にデータ成分を減衰させる）。"),
    "English, components": _kl("The noise shrinks the data's components."),
    "German, entries": _kl("Das Rauschen verkleinert die Einträge der Daten."),
    "pixels, no count": _kl("Noise is added to the image's pixels."),
    "no words at all": _kl(""),
    "the letter n": _kl("The noise shrinks the data's components.", letter="n"),
    "operatorname, Tr": _kl("The noise shrinks the data's components.", trace=r"\operatorname{Tr}"),
}


@pytest.mark.parametrize("text", UNCOUNTED.values(), ids=UNCOUNTED.keys())
def test_a_wrong_gaussian_kl_through_a_trace_is_refuted_at_one_coordinate(text):
    notes = read_notes(text, markdown=True)
    assert shapes_given(notes) == (), shapes_given(notes)
    assert dimensions_beside_traces(notes)
    result = red_team.last(text)
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize("text", [_kl(s, right=True) for s in ("", "The noise shrinks the data's components.")])
def test_the_right_gaussian_kl_is_never_refuted(text):
    assert red_team.last(text).status == UNDECIDED


#: Each gives the vectors a size, or the letter a value, an order or a meaning elsewhere: the trace stays unread.
SIZED = {
    "784 pixels": _kl("Each image has 784 pixels."),
    "d components": _kl("The data have $d$ components."),
    "three entries": _kl("The vector has three entries."),
    "Japanese count before": _kl("データは 3 つの成分を持つ。"),
    "Japanese count after": _kl("データの成分は 3 つある。"),
    "Chinese count": _kl("数据有三个分量。"),
    "d given a value inline": _kl("Take $d = 3$."),
    "d in the prose's words": _kl("Here d is 3."),
    "d in other maths": _note("", r"\mathbb{E} \|x\|^2 = d") + _kl(""),
}


@pytest.mark.parametrize("text", SIZED.values(), ids=SIZED.keys())
def test_a_size_or_a_letter_said_elsewhere_keeps_the_trace_unread(text):
    result = red_team.last(text)
    assert result.status == UNDECIDED, result.reason
    assert "gives a matrix or a vector a size or a shape" in result.reason, result.reason


#: The letter set alone beside a relation in the trace's own display: a value, not a free letter.  The step is right
#: at d = 3 for Sigma = s I; read at 1 x 1 with d = 1 it would be refuted (a false alarm).
def test_a_letter_given_a_value_beside_the_trace_is_not_bound_to_one():
    text = _note("", r"\Sigma = s") + _note("", r"\operatorname{tr}(\Sigma) - d s = 0, \quad d = 3")
    assert dimensions_beside_traces(read_notes(text, markdown=True)) == frozenset()
    assert red_team.last(text).status != REFUTED


@pytest.mark.parametrize(
    ("step", "status"),
    [
        (r"\operatorname{tr}(a) - d = a - 1", UNDECIDED),  # right at d = 1, never proved through a trace
        (r"\operatorname{tr}(a) - d = a - 2", REFUTED),  # wrong for every a at d = 1, and for every size
        (r"\frac{1}{2}(\operatorname{tr}(s^{-1} b) - d) = \frac{1}{2}(s b - d)", REFUTED),
    ],
)
def test_the_letter_beside_a_trace_is_one_at_one_coordinate(step, status):
    result = red_team.last(_note("The noise shrinks the data's components.", step))
    assert result.status == status, result.reason
