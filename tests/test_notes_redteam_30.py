"""The thirtieth red team's notes (tests/data/notes/redteam_laws/rt30-*), against the orders this round checks at a
counterexample: an order is a condition only where a sentence states it plainly (its words "Here", "We assume",
ここで, 这里 and the like, nothing said after it); said otherwise ("is violated", "Ref. [3] assumes", "the negative
of", "in absolute value") or bounded in words that are not read ("exceeds", "is a positive number", 为正), its names'
counterexamples are not trusted."""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import REFUTED, UNDECIDED

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: The notes whose correct step (line 4) was refuted against an order the note states (relations the sentence reader
#: cannot parse, \\nless, \\max(h, k) < 0, \\log_{1/2}, and orders of formulas of index letters, 2s > 1, included);
#: and (36-41, line 2) orders that restrict a step as a hypothesis, beside it or after its display: before an arrow,
#: "If ... then", "so", "unless" in the words after the display, \\nless and a membership beside it.  Left: 42 (an order
#: said after the step, "Throughout"; statements hold from their line on).
RED_TEAM_30 = sorted(
    path.stem for path in NOTES.glob("rt30-[0-9][0-9]-*.md") if int(path.stem[5:7]) in {*range(1, 42), *range(43, 47)}
)


def test_the_fixed_notes_are_all_there():
    assert len(RED_TEAM_30) == 45


@pytest.mark.parametrize("name", RED_TEAM_30)
def test_the_thirtieth_red_team_s_notes(name):
    if 36 <= int(name[5:7]) <= 41:  # the hypothesis and the step on one line: no step of the note is refuted
        report = red_team.report((NOTES / f"{name}.md").read_text())
        assert REFUTED not in {result.status for result in report.results}, name
    else:
        never_gives(name, 4, REFUTED)


@pytest.mark.parametrize(
    "name, expected",
    [
        # said plainly, in English, Japanese (以上, with a copula) or Chinese (不小于): checked, so the wrong sign is
        # refuted where the order holds, and the right one is not refuted
        ("rt30-held-01-plain-comparison-refutes-wrong-sign", {4: REFUTED, 6: UNDECIDED}),
        ("rt30-held-02-ja-ijou-refutes-wrong-sign", {4: REFUTED, 6: UNDECIDED}),
        ("rt30-held-03-zh-not-less-refutes-wrong-sign", {4: REFUTED, 6: UNDECIDED}),
        # "We assume" states an order; "is violated" does not say it holds: nothing about a - b is trusted
        ("rt30-held-04-plain-and-violated-orders", {4: REFUTED, 8: UNDECIDED}),
        # 2s > 1 bounds a formula, no index's range: an order, checked at the counterexample
        ("rt30-held-05-index-letter-formula-order-checked", {4: REFUTED, 6: UNDECIDED}),
    ],
)
def test_an_order_said_plainly_is_checked_and_one_said_otherwise_is_not_trusted(name, expected):
    report = red_team.report((NOTES / f"{name}.md").read_text())
    assert {result.step.line: result.status for result in report.results} == expected


def test_an_order_before_an_arrow_is_the_condition_of_the_step_after_it():
    """rt30-36: ``h + k > 0 \\implies |h + k| = h + k`` was refuted at h + k < 0; the order is now checked, so the
    wrong consequent is refuted where it holds and the right one is not."""
    for name, expected in [
        ("rt30-36-implies-antecedent-dropped-refuted", [UNDECIDED, UNDECIDED]),
        ("rt30-held-06-order-before-arrow-checked", [UNDECIDED, REFUTED, UNDECIDED, UNDECIDED]),
    ]:
        report = red_team.report((NOTES / f"{name}.md").read_text())
        assert [r.status for r in report.results] == expected, name
