"""What the fifth sweep of public notes (tests/data/notes/sweeps, sweep 42) found the reader refusing, now read as
its renderer (or a mathematician) reads it.

en-gabrielelozupone writes the KL divergence ``\\mathbb{D}_{KL}(q \\| p)``, its D in blackboard bold (as many papers
do): the same divergence as ``D_{KL}`` and ``\\mathcal{D}_{KL}``, proved and refuted as they are.  Another blackboard
D (an f-divergence ``\\mathbb{D}_f``, a D without its two laws) is still not read.
"""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.answers.parser import parse
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

GAUSSIANS = r"Let $q(z) = \mathcal{N}(z; \mu, \sigma^2)$ and $p(z) = \mathcal{N}(z; 0, 1)$."
RIGHT = r"\frac{1}{2}\left(\mu^2 + \sigma^2 - 1 - \log \sigma^2\right)"
WRONG = r"\frac{1}{2}\left(\mu^2 + \sigma^2 - 1 + \log \sigma^2\right)"


def verdict(divergence: str, value: str):
    """The verdict on ``divergence = value`` after the sentence giving q and p."""
    text = f"{GAUSSIANS}\n\n$$\n{divergence} = {value}\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=60)).results
    assert not result.internal, result.reason
    return result


@pytest.mark.parametrize(
    "divergence",
    [
        r"\mathbb{D}_{KL}(q(z) \| p(z))",
        r"\mathbb{D}_{\text{KL}}(q(z) || p(z))",
        r"\mathbb{D}_{\mathrm{KL}}\left(q(z) \parallel p(z)\right)",
        r"\mathbb{D}_{KL}\left[q(z) \| p(z)\right]",
    ],
)
def test_a_blackboard_kl_divergence_is_read_as_d_kl_is(divergence):
    parse(divergence, notes=True)  # reads
    assert verdict(divergence, RIGHT).status == PROVED
    wrong, plain = verdict(divergence, WRONG), verdict(r"D_{KL}(q(z) \| p(z))", WRONG)
    assert wrong.status == plain.status == REFUTED
    assert wrong.counterexample.point == plain.counterexample.point


@pytest.mark.parametrize(
    "step",
    [
        r"\mathbb{D}_f(q \| p) = \int p(z) f\left(\frac{q(z)}{p(z)}\right) dz",
        r"\mathbb{D}_{KL} = 0",
        r"\mathbb{D} = 0",
    ],
)
def test_another_blackboard_d_is_not_read(step):
    (result,) = check_notes(read_notes(f"$$\n{step}\n$$\n", markdown=True), Limits(seconds=60)).results
    assert result.status == UNDECIDED and "could not read the step" in result.reason


# -- a parenthesis after a wide space at a row's end, holding an equation or a law: a "where" remark

RECURRENCE = r"x_t &= \sqrt{1-\beta_t} x_{t-1} + \sqrt{\beta_t}\epsilon \\ &= \sqrt{\alpha_t} x_{t-1} + {rhs} {remark}"


def chain(remark: str, rhs: str = r"\sqrt{1-\alpha_t}\epsilon"):
    """The verdict on the second row of the recurrence, with ``remark`` after it."""
    body = RECURRENCE.replace("{rhs}", rhs).replace("{remark}", remark)
    text = f"$$\n\\begin{{aligned}}\n{body}\n\\end{{aligned}}\n$$\n"
    results = check_notes(read_notes(text, markdown=True), Limits(seconds=60)).results
    assert not any(r.internal for r in results), [r.reason for r in results]
    return results[-1]


@pytest.mark.parametrize(
    ("remark", "inside"),
    [
        (r"\quad (\alpha_t = 1 - \beta_t)", r"\alpha_t = 1 - \beta_t"),
        (r"\qquad (\alpha_{t}=1-\beta_{t})", r"\alpha_{t}=1-\beta_{t}"),  # en-phykn-forward-reverse-ipynb
        (r"\quad \left(\alpha_t = 1 - \beta_t\right)", r"\alpha_t = 1 - \beta_t"),
        (r"\quad (\alpha_t := 1 - \beta_t).", r"\alpha_t := 1 - \beta_t"),
        (r"\hspace{1em} (\alpha_t = 1 - \beta_t)", r"\alpha_t = 1 - \beta_t"),
        (r"\quad (\alpha_t \equiv 1 - \beta_t)", r"\alpha_t \equiv 1 - \beta_t"),
    ],
)
def test_a_parenthesized_equation_after_a_wide_space_is_read_as_a_where_remark(remark, inside):
    where, result = chain(f"\\quad \\text{{where }} {inside}"), chain(remark)
    assert result.status == where.status
    assert (result.status == PROVED) == ("equiv" not in inside)  # \equiv in words is not read as a definition


def test_a_wrong_step_beside_such_a_remark_is_judged_as_beside_a_where():
    where = chain(r"\quad \text{where } \alpha_t = 1 - \beta_t", rhs=r"\sqrt{\alpha_t}\epsilon")
    result = chain(r"\quad (\alpha_t = 1 - \beta_t)", rhs=r"\sqrt{\alpha_t}\epsilon")
    assert result.status == where.status != PROVED


@pytest.mark.parametrize(
    "remark",
    [
        r"(\alpha_t = 1 - \beta_t)",  # no space: a factor, as a renderer sets it
        r"\quad (\alpha_t + \beta_t)",  # no relation inside
        r"\quad (\alpha_t = 1 - \beta_t) + 1",  # more maths after it
        r"\qquad (2)",  # an equation number
        r"\quad (= \sqrt{1-\alpha_t}\epsilon)",  # the chain going on, not a remark
    ],
)
def test_another_parenthesis_is_not_such_a_remark(remark):
    assert chain(remark).status != PROVED


def test_an_index_value_in_such_a_parenthesis_is_a_condition_not_a_definition():
    """``L_t = \\log t \\quad (t = 1)`` says the case the equation is written for, as ``\\text{where } t = 1`` does:
    it keeps a counterexample from being trusted, and it proves nothing (``L_t = 0`` after it is not proved)."""
    text = "$$\nL_t = \\log t \\quad (t = 1)\n$$\n\n$$\nL_t = 0\n$$\n"
    where = text.replace("(t = 1)", "\\text{where } t = 1")
    for note in (text, where):
        results = check_notes(read_notes(note, markdown=True), Limits(seconds=60)).results
        assert [r.status for r in results] == [UNDECIDED, UNDECIDED], [r.reason for r in results]


@pytest.mark.parametrize(
    "reason", [r"\quad (\because \alpha_t = 1 - \beta_t)", r"\quad (\text{as } \alpha_t = 1 - \beta_t)"]
)
def test_a_parenthesized_reason_stays_a_remark(reason):
    """``(\\because a = b)``, ``(\\text{as } a = b)``: a reason the step is given, kept as its remark, not read as a
    where remark (ja-naoyukikita writes ``\\quad (\\because \\bar\\alpha_t = \\alpha_t \\bar\\alpha_{t-1})``)."""
    text = f"$$\na = b {reason}\n$$\n"
    (step,) = read_notes(text, markdown=True).steps
    assert not read_notes(text, markdown=True).inline
    assert step.rhs.strip() == "b"


def test_a_parenthesis_opening_with_a_relation_is_not_a_where_remark():
    """``a = b \\quad (= c)`` goes on with the chain (as it was read before): nothing in it is said of a name."""
    note = read_notes("$$\na = b \\quad (= c)\n$$\n", markdown=True)
    assert not note.inline
    assert [step.rhs for step in note.steps] == ["b (= c)"]
