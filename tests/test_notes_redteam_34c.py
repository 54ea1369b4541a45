"""Red team 34c's notes (tests/data/notes/redteam_laws/rt34c-*) and the thirtieth red team's 37-41: a step claimed under
a hypothesis was refuted where the hypothesis fails. The hypothesis is now the step's condition, checked at a
counterexample (never used to prove it), wherever a reader would take it so: before an arrow (all the orders joined
to it, not the last alone), after "If"/"When"/"Since" and before "then"/"so"/"hence" (French, German, Chinese 若...则,
Japanese ならば, Korean 이면), a membership of an interval beside a step or before its arrow (``h + k \\in (0, 1)``, ``[0,
\\infty)``, ``\\mathbb{R}_{>0}``), and the sentence going on after a display ("unless $h + k < 0$", "provided",
"whenever", "for"). "so", "hence", "Since" mark a consequence, not a hypothesis: what the first equation defines
holds on after the display. A hypothesis not read so (an equation that defines nothing, ``\\nless``, ``\\in
\\mathbb{N}``, "unless, of course,", and a condition beside the step not read while another is) leaves the step
undecided. Held: a step wrong where its hypothesis holds is still refuted."""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: The notes whose correct steps (all on line 2, the hypothesis first) were refuted.
FIXED = sorted(path.stem for path in NOTES.glob("rt34c-[0-9][0-9]-*.md")) + sorted(
    path.stem for path in NOTES.glob("rt30-[0-9][0-9]-*.md") if 37 <= int(path.stem[5:7]) <= 41
)


def statuses(name: str) -> list[tuple[int, str]]:
    report = red_team.report((NOTES / f"{name}.md").read_text())
    return [(result.step.line, result.status) for result in report.results]


def test_the_fixed_notes_are_all_there():
    assert len(FIXED) == 29


@pytest.mark.parametrize("name", FIXED)
def test_a_step_claimed_under_a_hypothesis_is_not_refuted_where_it_fails(name):
    never_gives(name, 2, REFUTED)  # the first step on the line (the hypothesis, or the step after a display)
    found = statuses(name)
    assert REFUTED not in {status for _, status in found}, found
    assert len(found) >= 1


@pytest.mark.parametrize(
    "name, expected",
    [
        # "If ... then" and "so" with the wrong sign: refuted where h + k > 0; the right sign is not
        ("rt34c-held-01-if-then-wrong-sign", [(2, UNDECIDED), (2, REFUTED), (4, UNDECIDED), (4, UNDECIDED)]),
        ("rt34c-held-02-so-wrong-sign", [(2, UNDECIDED), (2, REFUTED), (4, UNDECIDED), (4, UNDECIDED)]),
        # 若...则, ならば, 이면: the consequent is a step, claimed under the order
        (
            "rt34c-held-03-cjk-wrong-sign",
            [(2, UNDECIDED), (2, REFUTED), (4, UNDECIDED), (4, REFUTED), (6, UNDECIDED), (6, REFUTED)],
        ),
        # a membership beside (-1, 0), R_+, and before an arrow (0, 1): each an order checked at the counterexample
        (
            "rt34c-held-04-membership-wrong",
            [(2, REFUTED), (4, REFUTED), (6, UNDECIDED), (6, UNDECIDED), (6, REFUTED)],
        ),
        # words after a display: "unless" (its negation), "provided", and "unless" too weak to save the step
        ("rt34c-held-05-unless-wrong-sign", [(2, REFUTED)]),
        ("rt34c-held-06-provided-wrong-sign", [(2, REFUTED)]),
        ("rt34c-held-07-unless-too-weak", [(2, REFUTED)]),
        # "so" is no hypothesis: what the first equation defines holds after the display
        ("rt34c-held-08-so-defines-on", [(2, UNDECIDED), (2, UNDECIDED), (4, PROVED), (6, REFUTED)]),
        # the earlier arrow's held note: unchanged
        ("rt30-held-06-order-before-arrow-checked", [(2, UNDECIDED), (2, REFUTED), (4, UNDECIDED), (4, UNDECIDED)]),
    ],
)
def test_a_step_wrong_where_its_hypothesis_holds_is_still_refuted(name, expected):
    assert statuses(name) == expected


def test_every_held_note_is_checked():
    assert len(list(NOTES.glob("rt34c-held-*.md"))) == 8


def test_a_refutation_under_a_hypothesis_satisfies_it():
    """The counterexample given under "If h + k > 0 then" (and after "unless $h + k < 0$") has h + k >= 0."""
    for name in ("rt34c-held-01-if-then-wrong-sign", "rt34c-held-05-unless-wrong-sign"):
        report = red_team.report((NOTES / f"{name}.md").read_text())
        refuted = next(result for result in report.results if result.status == REFUTED)
        values = {str(symbol): float(value) for symbol, value in refuted.counterexample.point}
        assert values["h"] + values["k"] >= 0, values
