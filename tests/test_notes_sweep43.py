"""What the sixth sweep of public notes (tests/data/notes/sweeps, sweep 43) found: reproductions in
tests/data/notes/sweep43 (its README), each a strict xfail until fixed (``FIXED``).

A display's last row that gives a name its first value was read as a *where* clause of the row before it, which it
then proved, even where a step before that row already writes the name (zh-ddpm-gaussian-sum-notes: ``x + y - (x -
y) = 2z``, ``2y = 3z``, ``y = 3z/2``).  Such a row may as well solve the derivation for the name: a conclusion drawn
from the step, which the step may not use.  A clause defining names the claim introduces still holds for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

NOTES = Path(__file__).parent / "data" / "notes" / "sweep43"

#: The findings fixed, each a plain case; the others are strict xfails with their cause.
FIXED = {"sw43-01-where-clause-solves-an-earlier-row", "sw43-02-where-clause-solves-an-earlier-display"}
CAUSES: dict[str, str] = {}


def case(name: str):
    """The finding ``name`` as a test case: plain once fixed, else a strict xfail giving its cause."""
    return red_team.case(name, FIXED, CAUSES)


@pytest.mark.parametrize(
    "name", [case("sw43-01-where-clause-solves-an-earlier-row"), case("sw43-02-where-clause-solves-an-earlier-display")]
)
def test_a_row_solving_for_a_name_an_earlier_step_writes_proves_nothing_before_it(name):
    results = red_team.results((NOTES / f"{name}.md").read_text(encoding="utf-8"))
    claim = next(r for r in results if r.step.lhs.replace(" ", "") == "2y")
    assert claim.status != PROVED, claim.reason
    assert not [r.step.line for r in results if r.status == REFUTED]


def _display(*rows: str) -> str:
    body = " \\\\\n".join(rows)
    return f"$$\n\\begin{{aligned}}\n{body}\n\\end{{aligned}}\n$$\n"


@pytest.mark.parametrize(
    "text",
    [
        # the same derivation in other letters and layouts: the earlier row says a = 2c, the claim 3a = 7c
        _display(r"(a + b) - b &= 2 c", r"3 a &= 7 c", r"a &= \frac{7}{3} c"),
        "$$\nu + v - u = 2 w\n$$\n\n" + _display(r"3 v &= 7 w", r"v &= \frac{7 w}{3}"),
        # a function's value, solved for after an earlier row writes it
        _display(r"f(x) - 1 + 1 &= 2 x", r"2 f(x) &= 5 x", r"f(x) &= \frac{5}{2} x"),
        # a where clause set off by words still solves the earlier row's name
        _display(r"\sigma^2 + 1 - 1 &= 2 s", r"3 \sigma^2 &= 4 s", r"\text{where } \sigma^2 &= \frac{4}{3} s"),
    ],
    ids=["align-letters", "two-displays", "function", "worded-where"],
)
def test_a_wrong_row_is_not_proved_by_the_row_solving_it(text):
    results = red_team.results(text)
    wrong = results[-2]
    assert wrong.status != PROVED, wrong.reason
    assert not [r.step.line for r in results if r.status == REFUTED]


def test_a_where_clause_defining_the_names_its_claim_introduces_still_holds_for_it():
    """A claim over the rows defining the names it brings in (as a lemma writes them): proved by them, right or
    wrong as they make it."""
    lead = "$$\na = 2\n$$\n\n"
    right = red_team.results(lead + _display(r"a m &= 2 m", r"m &= a + 1"))
    assert right[-2].status == PROVED, right[-2].reason
    wrong = red_team.results(lead + _display(r"a m &= 3 m", r"m &= a + 1"))
    assert wrong[-2].status != PROVED, wrong[-2].reason
