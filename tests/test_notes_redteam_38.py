"""The thirty-eighth red team's notes (tests/data/notes/redteam_laws/rt38-*), against the newest rules.

False alarms: a free name's value chosen (choices.said_in_words, choices.written_elsewhere) where the note says what
it is in a form the choice does not see -- a Greek letter as an HTML entity, a mathematical italic letter, a Greek
letter whose Unicode name is not its LaTeX name (lamda), a Greek symbol variant (the theta and phi symbols), the
micro sign for mu, the script ell, a ``\\begin{math}`` environment no reader reads, an indented code block -- or an order displayed
after the step (alone or as the next row of its display), which is skipped as a condition but conditions nothing
before it; a displayed order the note gives as others' or as a temptation ("One is tempted to write", "A student
wrote", "A referee suggested", "Beginners often write", "The old draft of this note had", or "is a popular belief" after it), kept as a condition
(lead_ins._unasserted_displays); a moment or density the note conditions on x_0 in words ("Conditional on $x_0$",
"Fix $x_0$.", "Treating $x_0$ as a constant", "Conditionally on the data"), refuted by the re-check with
x_0 ~ N(0, 1) (judging._under_standard_data).
False proofs: the forward step changed in words that are all plain (laws._PLAIN_STEP_WORDS, laws._beyond_the_value):
"zero mean", "independent of $x_{t-1}$", "standard normal", a scaling said twice, the state added to itself, two
noises with no number, the noise (not the state) multiplied by a transition value; the marginal q(x_t | x_0) said
to have zero mean, to be standard normal or to be independent of x_0.

Each finding is marked xfail(strict=True): the file passes while the checker still gives the wrong verdict, and a
finding turns into a failure once it is fixed (then add it to FIXED).
"""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt38-01-greek-letter-as-html-entity-refuted": "'&#947;' in words is not gamma: choices.said_in_words",
    "rt38-02-mathematical-italic-letter-in-words-refuted": "U+1D454 is no letter of choices._LETTERS",
    "rt38-03-lambda-in-unicode-spelled-lamda-refuted": "Unicode names λ 'lamda', LaTeX 'lambda': choices.spelled",
    "rt38-04-theta-symbol-in-words-refuted": "ϑ (U+03D1) is not spelled 'theta': choices._GREEK_LETTERS",
    "rt38-05-phi-symbol-in-words-refuted": "ϕ (U+03D5) is not spelled 'phi': choices._GREEK_LETTERS",
    "rt38-06-micro-sign-for-mu-in-words-refuted": "the micro sign µ is no letter of choices._LETTERS",
    "rt38-07-begin-math-environment-unread-refuted": "\\begin{math} stripped as read maths: choices._MATHS",
    "rt38-08-indented-code-block-unseen-refuted": "an indented code block is not code to choices._CODE",
    "rt38-09-displayed-order-after-the-step-refuted": "an order displayed after the step: choices.written_elsewhere",
    "rt38-10-order-in-the-next-row-of-the-display-refuted": "a later row's order: choices.written_elsewhere",
    "rt38-11-one-is-tempted-to-write-refuted": "'tempted' (not 'tempting'): lead_ins._unasserted_displays",
    "rt38-12-a-student-wrote-refuted": "'A student wrote' is not attributed: hedges._ATTRIBUTED",
    "rt38-13-a-referee-suggested-refuted": "'A referee suggested' is not attributed: hedges._ATTRIBUTED",
    "rt38-14-beginners-often-write-refuted": "'Beginners often write' is not attributed: hedges._ATTRIBUTED",
    "rt38-15-old-draft-of-this-note-refuted": "'old draft' (not 'older'/'earlier'): hedges._ATTRIBUTED",
    "rt38-16-conditional-on-x0-variance-refuted": "conditioning on x_0 in words: judging._under_standard_data",
    "rt38-17-treating-x0-as-a-constant-refuted": "x_0 fixed in words: judging._under_standard_data",
    "rt38-18-fix-x0-then-variance-refuted": "'Fix $x_0$.': judging._under_standard_data",
    "rt38-19-conditionally-on-the-data-refuted": "'Conditionally on the data': judging._under_standard_data",
    "rt38-20-conditional-mean-given-x0-refuted": "E[x_t] given x_0 in words: judging._under_standard_data",
    "rt38-21-fixed-x0-marginal-density-refuted": "q(x_t) with x_0 fixed in words: judging._under_standard_data",
    "rt38-22-transition-with-zero-mean-proved": "'zero mean' is plain: laws._PLAIN_STEP_WORDS",
    "rt38-23-transition-independent-of-the-state-proved": "'independent of $x_{t-1}$' is plain: laws._beyond_the_value",
    "rt38-24-transition-standard-normal-proved": "'standard normal' gives no value: laws._beyond_the_value",
    "rt38-25-state-multiplied-twice-proved": "scalings are not counted: laws._beyond_the_value",
    "rt38-26-state-added-to-itself-proved": "'adds $x_{t-1}$ to $x_{t-1}$' is plain: laws._beyond_the_value",
    "rt38-27-two-noises-without-a-count-proved": "two 'adds' with no number: laws._beyond_the_value",
    "rt38-28-noise-multiplied-by-root-alpha-proved": "what is scaled is not read: laws._beyond_the_value",
    "rt38-29-noise-scaled-by-root-beta-proved": "the noise scaled by sqrt(beta_t): laws._beyond_the_value",
    "rt38-30-marginal-with-zero-mean-proved": "the marginal's 'zero mean' is plain: laws._beyond_the_value",
    "rt38-31-marginal-standard-normal-proved": "'standard normal' of q(x_t | x_0): laws._beyond_the_value",
    "rt38-32-marginal-independent-of-the-data-proved": "'independent of $x_0$' is plain: laws._beyond_the_value",
    "rt38-33-display-then-a-popular-belief-refuted": "'is a popular belief' after it: lead_ins._unasserted_displays",
    "rt38-34-script-ell-in-words-refuted": "ℓ (U+2113) is no letter of choices._LETTERS",
}

#: The notes whose step at issue is their last (an order displayed before it is the first).
LAST = frozenset(
    {
        "rt38-11-one-is-tempted-to-write-refuted",
        "rt38-12-a-student-wrote-refuted",
        "rt38-13-a-referee-suggested-refuted",
        "rt38-14-beginners-often-write-refuted",
        "rt38-15-old-draft-of-this-note-refuted",
        "rt38-33-display-then-a-popular-belief-refuted",
    }
)

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt38-16-conditional-on-x0-variance-refuted",
        "rt38-17-treating-x0-as-a-constant-refuted",
        "rt38-18-fix-x0-then-variance-refuted",
        "rt38-19-conditionally-on-the-data-refuted",
        "rt38-20-conditional-mean-given-x0-refuted",
        "rt38-21-fixed-x0-marginal-density-refuted",
        "rt38-22-transition-with-zero-mean-proved",
        "rt38-23-transition-independent-of-the-state-proved",
        "rt38-24-transition-standard-normal-proved",
        "rt38-25-state-multiplied-twice-proved",
        "rt38-26-state-added-to-itself-proved",
        "rt38-27-two-noises-without-a-count-proved",
        "rt38-28-noise-multiplied-by-root-alpha-proved",
        "rt38-29-noise-scaled-by-root-beta-proved",
        "rt38-30-marginal-with-zero-mean-proved",
        "rt38-31-marginal-standard-normal-proved",
        "rt38-32-marginal-independent-of-the-data-proved",
    }
)


def _step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[-1 if name in LAST else 0]


def _case(name: str):
    if name in FIXED:
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"left: {FINDINGS[name]}"))


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt38-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [_case(name) for name in sorted(FINDINGS)])
def test_the_thirty_eighth_red_team_s_notes(name):
    result = _step(name)
    assert result.status != (PROVED if name.endswith("-proved") else REFUTED), result.reason


#: Inputs the checker gets right, kept as guards: each with the verdict it must keep.
HELD = {
    "rt38-held-01-given-x0-variance-undecided": UNDECIDED,
    "rt38-held-02-plain-sentence-keeps-the-proof-proved": PROVED,
    "rt38-held-03-inline-order-after-the-step-undecided": UNDECIDED,
    "rt38-held-04-lambda-spelled-out-undecided": UNDECIDED,
    "rt38-held-05-noise-added-again-undecided": UNDECIDED,
}


def test_the_held_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt38-held-*.md")) == sorted(HELD)


@pytest.mark.parametrize("name", sorted(HELD))
def test_the_held_notes_keep_their_verdict(name):
    result = _step(name)
    assert result.status == HELD[name], result.reason


#: Losses, not false verdicts: a faithful DDPM step whose sentence says it in words the forward-step rule does not
#: know as plain; the context proves the step without the sentence.  Each is undecided today (strict xfail), and
#: must be proved once fixed.
LOSSES = {
    "rt38-loss-01-forward-kernel-proved-lost": "'kernel' is no plain word: laws._PLAIN_STEP_WORDS",
    "rt38-loss-02-shrinks-the-state-proved-lost": "'shrinks' is no plain word: laws._PLAIN_STEP_WORDS",
    "rt38-loss-03-noise-added-to-the-image-proved-lost": "'image' is no plain word: laws._PLAIN_STEP_WORDS",
}
LOSSES_FIXED: frozenset[str] = frozenset({"rt38-loss-01-forward-kernel-proved-lost"})


def test_the_losses_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt38-loss-*.md")) == sorted(LOSSES)


@pytest.mark.parametrize(
    "name",
    [
        name if name in LOSSES_FIXED else pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=cause))
        for name, cause in LOSSES.items()
    ],
)
def test_a_faithful_ddpm_step_keeps_its_proof(name):
    result = _step(name)
    assert result.status == PROVED, result.reason
