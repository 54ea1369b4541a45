"""The twenty-ninth red team's notes (tests/data/notes/redteam_laws/rt29-*) and the fixes of red team 28's orders
(rt28-04, rt28-12; rt29m-*): an order a note states of a formula of its names ("$2\\alpha_t$ is smaller than $1$",
"$h + k > 0$") is checked at every counterexample, and a value at one step of the schedule reaches the steps made
of it (abar_2 = alpha_1 alpha_2)."""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: (note, line, the verdict it must never give).
RED_TEAM_29 = [
    # an order of a formula said in words was no bound at all: counterexamples that break it were trusted
    ("rt28-04-bound-on-expression-of-name-refuted", 3, REFUTED),
    ("rt28-04-bound-on-expression-of-name-refuted", 5, REFUTED),
    ("rt29m-01-formula-smaller-than-in-words-refuted", 4, REFUTED),
    ("rt29m-02-formula-positive-in-words-refuted", 4, REFUTED),
    # under the context, a value or bound at one step reaches abar at every later step, and beta at its own
    ("rt29-36-ctx-alpha-one-value-not-carried-to-abar-two-refuted", 5, REFUTED),
    ("rt29-37-ctx-beta-one-value-not-carried-to-abar-two-refuted", 5, REFUTED),
    ("rt29-38-ctx-alpha-one-bound-display-not-carried-to-abar-two-refuted", 5, REFUTED),
    ("rt29-39-ctx-abar-one-value-not-carried-to-abar-two-refuted", 5, REFUTED),
    ("rt29-40-ctx-alpha-two-value-not-carried-to-abar-three-refuted", 5, REFUTED),
    ("rt28-12-ctx-alpha-one-display-refuted-negative-beta", 4, REFUTED),
    # a tag in Japanese or Chinese words on an error was taken for a label: the definition beside it held
    ("rt29-15-tag-ja-error-proved", 4, PROVED),
    ("rt29-16-tag-zh-error-proved", 4, PROVED),
    # a condition beside a step against a name's convention: the proof used the convention
    ("rt29r-31-condition-against-convention-proved", 1, PROVED),
]


@pytest.mark.parametrize("name, line, never", RED_TEAM_29, ids=[f"{n}-{line}" for n, line, _ in RED_TEAM_29])
def test_the_twenty_ninth_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


def verdicts(name: str) -> dict[int, str]:
    report = red_team.report((NOTES / f"{name}.md").read_text())
    return {result.step.line: result.status for result in report.results}


@pytest.mark.parametrize(
    "name, expected",
    [
        # the order holds where the correct step does; the wrong one is refuted where the order holds
        ("rt29m-01-formula-smaller-than-in-words-refuted", {4: UNDECIDED, 6: REFUTED}),
        ("rt29m-02-formula-positive-in-words-refuted", {4: UNDECIDED, 6: REFUTED}),
        ("rt29m-03-order-of-a-sum-in-maths", {4: UNDECIDED, 6: REFUTED}),
        ("rt29m-06-ja-formula-smaller-than", {4: UNDECIDED, 6: REFUTED}),
        # log(1 - 2a) > 0 makes a negative: |a| = a is wrong there; an order not real at some points is no error
        ("rt29m-08-order-of-a-log-beside-negative-values", {4: REFUTED, 6: UNDECIDED}),
        # hedged ("usually"), or saying more ("in absolute value"): nothing about its names is trusted
        ("rt29m-04-hedged-formula-bound", {4: UNDECIDED}),
        ("rt29m-05-formula-bound-says-more", {4: UNDECIDED, 6: UNDECIDED}),
        # the note's alpha_1 = 1 is no value the context allows (alpha_t in (0, 1)): the two contradict each other,
        # so the note's alpha_1 is not the context's (schedules.renamed, session 56) and neither beta_1 = 1 - alpha_1
        # = 0 nor a counterexample against it is used (it was proved and refuted from contradictory statements)
        ("rt29m-07-ctx-alpha-one-display-beta-zero", {3: UNDECIDED, 5: UNDECIDED, 7: UNDECIDED}),
        # a value at one step of the schedule leaves a step without the schedule's names alone
        ("rt29m-09-ctx-value-at-one-index-step-elsewhere", {5: REFUTED}),
        # a condition beside a step is checked at the counterexample (a < 0), never proves (b >= 0), and one that
        # leaves a convention (sigma < 0) leaves the proof from it undecided; one within it (sigma > 1) keeps it
        ("rt29m-10-case-beside-step-checked", {2: REFUTED, 4: UNDECIDED, 6: UNDECIDED, 8: PROVED}),
        # the orders' fixes keep the earlier rounds' verdicts: gamma_t := abar_t / (1 - abar_t) > 1 reaches abar_t
        ("rt26a-15-ddpm-snr-bound-abar-step", {5: UNDECIDED}),
    ],
)
def test_an_order_of_a_formula_is_checked_at_the_counterexample(name, expected):
    assert verdicts(name) == expected


def test_a_tag_in_korean_words_on_an_error_is_read_in_latex():
    """rt29-35: ``\\tag{잘못}`` ("wrong") beside a definition in a LaTeX note was taken for a label."""
    text = (NOTES / "rt29-35-tex-tag-ko-error-proved.tex").read_text()
    report = check_notes(read_notes(text, markdown=False), Limits(seconds=120))
    assert [r.status for r in report.results] == [UNDECIDED, UNDECIDED]


def test_a_refutation_under_an_order_is_at_a_point_that_satisfies_it():
    """The counterexample to |1 - 2 alpha_t| = 2 alpha_t - 1 beside "2 alpha_t < 1" has alpha_t below 1/2."""
    report = check_notes(
        read_notes((NOTES / "rt29m-01-formula-smaller-than-in-words-refuted.md").read_text(), markdown=True),
        Limits(seconds=120),
    )
    (refuted,) = [r for r in report.results if r.status == REFUTED]
    (alpha,) = [value for name, value in refuted.counterexample.point if name == "α_t"]
    assert 0 < alpha < 0.5
