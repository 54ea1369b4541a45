"""A red team of the rules that fixed red team 37 (tests/data/notes/redteam_laws/rt37a-*): the data's law checked
again with x_0 ~ N(0, 1) (judging._under_standard_data) and the forward step's words read fail-safe
(laws._beyond_the_value, the transition's values only).  Where they must not fire (a step wrong for standard data
too, a law the note states, Ho et al.'s notation, a citation, the marginal's sentence), where they fire on other
wordings (a clause after a comma, a sum of betas, a verb, Chinese), what they cost and what they still miss."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

#: Each held note and the verdict it must keep.
HELD = {
    "rt37a-01-whitened-wrong-for-standard-data-refuted": REFUTED,
    "rt37a-06-ho-notation-with-zero-mean-proved": PROVED,
    "rt37a-07-citation-comma-form-proved": PROVED,
    "rt37a-15-variance-of-xt-given-proved": PROVED,
    "rt37a-16-marginal-sentence-proved": PROVED,
    "rt37a-17-small-positive-number-loss-proved": PROVED,  # old42: laws._schedule_asides_out
}
#: Notes that must be left undecided: neither a proof nor a refutation is sound.
UNDECIDED_HELD = frozenset(
    {
        "rt37a-02-data-mean-three-stated-undecided",
        "rt37a-03-whitened-law-of-xT-standard-undecided",
        "rt37a-05-second-moment-standardised-undecided",
    }
)
#: Notes whose step must not be given the wrong verdict named (a wrong step proved, a right one refuted).
CAUGHT = {
    "rt37a-08-noise-then-doubled-proved": PROVED,
    "rt37a-09-variance-plus-previous-beta-proved": PROVED,
    "rt37a-10-negated-state-proved": PROVED,
    "rt37a-11-twice-in-the-next-sentence-proved": PROVED,  # "It does so twice" goes on with the step (laws._CONTINUES)
    "rt37a-12-chinese-variance-two-beta-proved": PROVED,
    "rt37a-13-chinese-state-times-two-proved": PROVED,
    "rt37a-14-std-after-the-value-proved": PROVED,
    # old42: the clean signal is the data (laws._DATA_WORDS), and 'averages' a word of its law
    "rt37a-04-clean-signal-averages-two-refuted": REFUTED,
}


def _first_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[0]


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt37a-*.md"))
    assert found == sorted([*HELD, *UNDECIDED_HELD, *CAUGHT])


@pytest.mark.parametrize("name", sorted(HELD))
def test_the_new_rules_keep_what_they_must(name):
    result = _first_step(name)
    assert result.status == HELD[name], result.reason


@pytest.mark.parametrize("name", sorted(UNDECIDED_HELD))
def test_the_data_law_decides(name):
    result = _first_step(name)
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize("name", sorted(CAUGHT))
def test_the_new_rules_catch_their_neighbours(name):
    result = _first_step(name)
    assert result.status != CAUGHT[name], result.reason


def test_a_refutation_with_standard_data_shows_its_law():
    result = _first_step("rt37a-01-whitened-wrong-for-standard-data-refuted")
    assert "N(0, 1)" in result.reason
    assert "mean (0, 0)" in result.counterexample.describe()


_MEAN_OF_X_T = (
    "<!-- diffproof: context ddpm -->\n{}\n\n$$\n\\mathbb{{E}}_{{q(x_T)}}[x_T] = 2 \\sqrt{{\\bar\\alpha_T}}\n$$\n"
)
#: rt37a-04 held out: the data's law said of the signal the noise is added to, in other words; the step holds
#: for data of mean two, so it must not be refuted with standard data.
SIGNAL_LAW = {
    "the signal has mean two": "The signal has mean two.",
    "the original sample equals two on average": "On average the original sample equals two.",
    "the noiseless inputs are centred at two": "The noiseless inputs are centred at two.",
}
#: Refuted as before: a signal-to-noise ratio is no signal, no word of a law, or a step wrong given x_0 too.
SIGNAL_NO_LAW = {
    "no word of a law": _MEAN_OF_X_T.format("The clean signal is a picture."),
    "wrong given the data": (
        "<!-- diffproof: context ddpm -->\nThe clean signal averages two.\n\n"
        "$$\n\\mathrm{Var}(x_t \\mid x_0) = 2 (1 - \\bar\\alpha_t)\n$$\n"
    ),
}


@pytest.mark.parametrize("name", sorted(SIGNAL_LAW))
def test_a_law_of_the_signal_in_words_leaves_standard_data_untrusted(name):
    report = check_notes(read_notes(_MEAN_OF_X_T.format(SIGNAL_LAW[name]), markdown=True), Limits(seconds=120))
    assert report.results[0].status != REFUTED, report.results[0].reason


@pytest.mark.parametrize("name", sorted(SIGNAL_NO_LAW))
def test_other_words_of_the_signal_keep_the_refutation(name):
    report = check_notes(read_notes(SIGNAL_NO_LAW[name], markdown=True), Limits(seconds=120))
    assert report.results[0].status == REFUTED, report.results[0].reason


def test_a_signal_to_noise_ratio_is_no_signal():
    """'signal-to-noise' names no data (laws._DATA_WORDS): a sentence of it speaks of the schedule instead, which
    leaves the counterexample untrusted by the schedule's shape in words (statements.schedule_shapes, fail-safe), not
    by a law of x_0."""
    report = check_notes(read_notes(_MEAN_OF_X_T.format("The mean signal-to-noise ratio falls."), markdown=True),
                         Limits(seconds=120))  # fmt: skip
    reason = report.results[0].reason
    assert report.results[0].status == UNDECIDED, reason
    assert "the schedule's shape in words" in reason and "the law of x_0" not in reason, reason
