"""Equations read as definitions or as claims (session 43, helper defs43; notes ``redteam_laws/df43-*.md``).

A definition written with the range of its own index beside it (``L_t = ... \\text{ for } 1 \\le t \\le T - 1``)
is a definition, so that a later equation for the name is a claim (lilianweng line 229 was read as a second
definition of L_t); a range that leaves out an index a counterexample may take keeps its counterexamples
untrusted.  Under the context, a note's definition of the data x_0 in a noise (x_0 := (x_t - sqrt(1 - abar_t)
eps_t) / sqrt(abar_t)) is brought in where the context's mu~_t writes x_0, and ties that noise: an equation for
mu~_t written in it is a claim (zh-diffusion-study-notes line 244), judged between values."""

from __future__ import annotations

from pathlib import Path

import pytest

from diffproof.answers import parser as syntax
from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notecheck.statements.indices import index_range_beside, range_narrows
from diffproof.notes import read_notes

NOTES = Path(__file__).parent / "data" / "notes" / "redteam_laws"


def _results(name: str):
    return check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120)).results


#: (note, line, verdict, a phrase its reason has): the second equation of a ranged name is a claim.
CLAIMS = [
    ("df43-range-def-claim-wrong", 10, REFUTED, "the relation fails"),  # c_t = 2 a_t + 1 for t >= 1; c_t = 3 a_t + 1
    ("df43-range-def-claim-wrong-de", 10, REFUTED, "the relation fails"),  # "für alle t \geq 1"
    ("df43-range-def-where-zh", 10, REFUTED, "the relation fails"),  # \qquad t \geq 1, then c_t = 2 a_t
    ("df43-range-def-claim-right", 10, PROVED, "line 4: c_t = 2 a_t + 1"),
]


@pytest.mark.parametrize(("name", "line", "status", "phrase"), CLAIMS)
def test_a_later_equation_for_a_ranged_definition_is_a_claim(name, line, status, phrase):
    results = _results(name)
    first = next(r for r in results if r.step.line == 4)
    assert first.status == UNDECIDED and first.reason.startswith("defines c_t"), first.reason
    later = next(r for r in results if r.step.line == line)
    assert later.status == status and phrase in later.reason, later.reason


#: A range that leaves out an index (a lower bound above 1, any upper bound): each claim holds on the range and
#: fails outside it, so a counterexample must not be trusted.
NARROW = [
    "df43-range-def-narrow-untrusted",  # c_t = |t - 1.5| - t + 2.5 for t >= 2: 1 there, 2 at t = 1
    "df43-range-def-number-above",  # c_t = |t - 2.5| + t - 1.5 for 1 <= t <= 2: 1 there, not at t = 3
    "df43-range-def-size-above",  # ... for 1 <= t <= T - 1: 0 there, not at t = T
    "df43-range-def-upper-untrusted",  # wrong, but its counterexample's t need not lie below T
]


@pytest.mark.parametrize("name", NARROW)
def test_a_range_that_leaves_out_an_index_keeps_counterexamples_untrusted(name):
    later = next(r for r in _results(name) if r.step.line == 10)
    assert later.status == UNDECIDED, later.reason
    assert "a range of its index a counterexample may leave" in later.reason, later.reason


#: Genuine definitions stay definitions: a fresh name, a name only named in words before.
@pytest.mark.parametrize(
    ("name", "defined"),
    [("df43-fresh-name-stays-definition", "m_t"), ("df43-named-in-words-stays-definition", "m")],
)
def test_a_first_equation_of_a_fresh_name_stays_a_definition(name, defined):
    first, later = _results(name)
    assert first.status == UNDECIDED and first.reason.startswith(f"defines {defined} "), first.reason
    assert later.status == PROVED, later.reason


def test_a_condition_on_another_name_is_no_range():
    """``c_t = 2 a_t \\text{ for } a_t \\ge 0`` holds under a condition on a_t: no definition of c_t for all a_t."""
    first = _results("df43-condition-on-other-name")[0]
    assert not first.reason.startswith("defines"), first.reason


@pytest.mark.parametrize(
    ("note", "status"),
    [
        ("df43-ctx-x0-brought-right", PROVED),  # mu~_t in x_t and x_0 written through x_0 := ...
        (
            "df43-ctx-x0-brought-eps-form",
            PROVED,
        ),  # mu~_t = (x_t - (1 - alpha_t) / sqrt(1 - abar_t) eps_t) / sqrt(alpha_t)
        ("df43-ctx-x0-brought-wrong", REFUTED),  # sqrt(abar_t) for sqrt(abar_{t-1})
        ("df43-ctx-x0-brought-eps-form-wrong", REFUTED),  # 1 - abar_t for its square root
        ("df43-ctx-x0-inline-right", PROVED),  # lilianweng's "we can represent $x_0 = ...$ and plug it in"
        ("df43-ctx-x0-inline-wrong", REFUTED),  # 1 - abar_{t-1} for 1 - abar_t
    ],
)
def test_the_context_s_mean_in_a_noise_the_data_s_definition_ties(note, status):
    """The counterexample keeps the note's x_0 := (x_t - sqrt(1 - abar_t) eps_t) / sqrt(abar_t): x_0 is derived."""
    result = _results(note)[-1]
    assert result.status == status, result.reason
    if status == REFUTED:
        derived = dict(result.counterexample.derived)
        assert "x_0" in derived and "in law" not in result.reason, result.reason


def _name(text: str) -> syntax.Node:
    return syntax.parse(text, notes=True).operands[0]


@pytest.mark.parametrize(
    ("remark", "narrows"),
    [
        (r"for 1 \leq t \leq T-1", True),
        (r"\quad t \ge 2", True),
        (r"for all t \geq 1", False),
        (r"t > 0", False),
        (r"(1 \le t \le T)", True),
        (r"für alle t \geq 1", False),
        (r"where 2 \le t \le T", True),
    ],
)
def test_a_range_of_the_name_s_own_index(remark, narrows):
    statement = index_range_beside(_name("L_t"), remark)
    assert statement is not None
    assert range_narrows(_name("L_t"), statement) is narrows


@pytest.mark.parametrize(
    ("target", "remark"),
    [
        ("L_t", r"if a = 0"),  # a condition on another name
        ("L_t", r"x \ge 0"),
        ("L_t", r"for 1 \le t \le x"),  # bounded by a name that is no size
        ("L_t", r"t > 2s"),
        ("L_t", r"for 1.5 < t"),  # no whole number
        ("L_t", r"for t \le T, a > 0"),
        ("L_t", r"for s \ge 1"),  # another index letter
        ("a", r"for t \ge 1"),  # a name without an index
        ("c_t", r"for a_t \ge 0"),
    ],
)
def test_no_range_of_the_name_s_own_index(target, remark):
    assert index_range_beside(_name(target), remark) is None
