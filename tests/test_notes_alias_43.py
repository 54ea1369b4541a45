"""A name for a block of variables (tests/data/notes/redteam_laws/al43-*): a set of consecutive names of one letter,
``\\{x_1, \\ldots, x_T\\}``, is the block x_{1:T} (parser.consecutive_block), and a plain alias of a block, ``Let $z =
\\{x_1, \\ldots, x_T\\}$`` or ``z := x_{1:T}``, stands for it in the steps after it (timeline._aliased).  The faithful
notes are proved in several wordings; a gap, a set that skips or mixes letters, a hedged or denied alias, a name
with a law of its own before or after, and an alias used before it is stated are not."""

from __future__ import annotations

import pytest
from red_team import NOTES

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes


def verdicts(name: str) -> list[str]:
    """The verdict on each step of the note ``name``."""
    text = (NOTES / f"{name}.md").read_text(encoding="utf-8")
    return [result.status for result in check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results]


@pytest.mark.parametrize(
    ("written", "index"),
    [
        (r"\{x_1, \ldots, x_t\}", "1:t"),
        (r"\{x_1, ... ,x_t\}", "1:t"),
        (r"\{x_1, \dots, x_T\}", "1:T"),
        (r"\{x_1, x_2, \cdots, x_T\}", "1:T"),
        (r"\{x_0, \ldots, x_{T-1}\}", "0:T-1"),
    ],
)
def test_a_set_of_consecutive_names_is_their_block(written: str, index: str) -> None:
    assert syntax.parse(written, notes=True).operands[0] == syntax.Name(2, "x", "", index)


@pytest.mark.parametrize(
    "written",
    [
        r"\{x_1, x_3\}",  # no ellipsis
        r"\{x_1, x_3, \ldots, x_T\}",  # a gap
        r"\{x_1, \ldots, y_T\}",  # two letters
        r"\{x_1, \ldots, \bar x_T\}",  # two decorations
        r"\{x_1, \ldots, x_1\}",  # one end twice
        r"\{x_5, \ldots, x_2\}",  # numbers downwards
        r"\{x_1, \ldots, x_T, x_{T+1}\}",  # a member after the last
        r"\{x_1, \ldots, x_\theta\}",  # no index
        r"\{x_1, \ldots, x_{2t}\}",  # an index no block ends at
    ],
)
def test_any_other_set_is_refused(written: str) -> None:
    with pytest.raises(InvalidAnswer, match="consecutive names of one letter"):
        syntax.parse(written, notes=True)


def test_the_answer_checker_reads_no_set() -> None:
    with pytest.raises(InvalidAnswer):
        syntax.parse(r"\{x_1, \ldots, x_t\}")


@pytest.mark.parametrize("name", ["al43-let", "al43-writing", "al43-denote", "al43-french", "al43-display"])
def test_an_alias_of_a_block_stands_for_it(name: str) -> None:
    assert verdicts(name) == [PROVED]


@pytest.mark.parametrize("name", ["al43-gap", "al43-gapq", "al43-wrongfactor"])
def test_a_wrong_block_is_refuted(name: str) -> None:
    """z = {x_1, ..., x_{T-1}} factored to T, or q(z | x_0) as independent steps: false for the DDPM chain."""
    assert verdicts(name) == [REFUTED]


@pytest.mark.parametrize(
    "name",
    [
        "al43-skip",  # a gap in the set: not read
        "al43-mixed",  # two letters: not read
        "al43-ifwe",  # a supposition
        "al43-denied",  # denied
        "al43-others",  # others' notation
        "al43-lawbefore",  # z a noise of its own before
        "al43-reused",  # z a noise of its own after
        "al43-before",  # the alias used before it is stated: neither step reads z as the block
        "al43-value",  # z a value in a later step: the name is used otherwise
    ],
)
def test_no_alias_is_taken_otherwise(name: str) -> None:
    assert set(verdicts(name)) == {UNDECIDED}
