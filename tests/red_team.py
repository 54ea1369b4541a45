"""What the red teams' test files share: a note of ``tests/data/notes/redteam_laws`` judged, and a finding as a
test case (a plain case once fixed, a strict xfail with its cause until then, failing once the finding is fixed)."""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from pathlib import Path

import pytest

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import equiv
from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, NotesReport, StepResult, check_notes
from diffproof.notecheck.contexts import NONE
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notes import read_notes

NOTES = Path(__file__).parent / "data" / "notes" / "redteam_laws"
#: One judging worker per note: every note of a test process is then judged by the same warm child, whose kernel
#: caches (pure functions of their keys) serve a step that another note writes again (a finding, its guard and its
#: held-out variants share their step), where two workers each compute it once.  The test processes already keep
#: every core busy (pytest-xdist), so a second worker per note adds no speed.
JOBS = 1


@functools.lru_cache(maxsize=512)
def report(text: str) -> NotesReport:
    """The verdicts on the Markdown note ``text`` under a time limit no step here comes near.  The report is a
    frozen value of the text alone (the limit is fixed), so tests that judge the same text (one note asserted two
    ways, a finding and its sweep) share it instead of judging it again (the last 512 texts are kept)."""
    return check_notes(read_notes(text, markdown=True), Limits(seconds=120), jobs=JOBS)


def judged(name: str, last: Collection[str] = ()) -> StepResult:
    """The verdict on the note's step at issue: its last step if ``name`` is in ``last``, else its first."""
    return report((NOTES / f"{name}.md").read_text()).results[-1 if name in last else 0]


@functools.lru_cache(maxsize=64)
def tex_report(text: str) -> NotesReport:
    """The verdicts on the note ``text`` read as :func:`read_notes` reads it unprompted (LaTeX unless it is
    Markdown), under the time limit of :func:`report`."""
    return check_notes(read_notes(text), Limits(seconds=120), jobs=JOBS)


def judged_last(name: str) -> StepResult:
    """The verdict on the last step of the note ``name``: a LaTeX note (``.tex``) read as LaTeX, a Markdown one as
    Markdown."""
    tex = NOTES / f"{name}.tex"
    if tex.exists():
        return tex_report(tex.read_text()).results[-1]
    return judged(name, last={name})


def named(pattern: str) -> list[str]:
    """The names of the notes matching ``pattern`` (``rt55b-*``, ``rt55b-guard-*``), Markdown or LaTeX, sorted."""
    return sorted(path.stem for path in NOTES.glob(pattern) if path.suffix in {".md", ".tex"})


def case(name: str, fixed: Collection[str], causes: Mapping[str, str]):
    """The finding ``name`` as a test case: plain once in ``fixed``, else a strict xfail giving its cause."""
    if name in fixed:
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"left: {causes[name]}"))


#: What the answer checker says of a reference it will not read (it reads more than one way): it asks for
#: parentheses.
REFUSED = "refused"


def assert_held_or_refuted(result: StepResult) -> None:
    """A wrong step's verdict: held or refuted, never proved, never an internal error."""
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


def assert_proved(result: StepResult) -> None:
    """A right step's verdict: proved, never an internal error."""
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason


def answer_verdict(reference: str, answer: str) -> str:
    """The answer checker's verdict on ``answer`` against ``reference``, or :data:`REFUSED` when it will not read
    the reference."""
    try:
        return equiv(reference, answer).verdict.status.value
    except InvalidAnswer as error:
        assert "more than one way" in str(error), error
        return REFUSED


def assert_sound_answer(reference: str, answer: str, unsound: str) -> None:
    """A fixed answer finding whose reference reads two ways that disagree on the answer: never the unsound
    verdict, and, both ways round, refused as a reference and undecided as an answer."""
    assert answer_verdict(reference, answer) != unsound
    assert (answer_verdict(reference, answer), answer_verdict(answer, reference)) == (REFUSED, "undecided")


#: The context declared on a held-out note's first line, and the steps of DDPM's forward law such a note ends with
#: (its mean and its variance given x_{t-1}): proved under the context unless the note changed the forward step.
DDPM = "<!-- diffproof: context ddpm -->\n"
FORWARD_MEAN = "\n\n$$\n\\mathbb{E}[x_t \\mid x_{t-1}] = \\sqrt{\\alpha_t}\\, x_{t-1}\n$$\n"
FORWARD_VARIANCE = "\n\n$$\n\\operatorname{Var}[x_t \\mid x_{t-1}] = \\beta_t\n$$\n"


def results(text: str) -> tuple[StepResult, ...]:
    """The verdicts on the steps of the Markdown note ``text``, none of them an internal error."""
    found = report(text).results
    assert not any(r.internal for r in found), [r.reason for r in found if r.internal]
    return found


def last(text: str) -> StepResult:
    """The verdict on the last step of the Markdown note ``text``."""
    return report(text).results[-1]


#: A Gaussian over (X, Y) in block form whose moments are left open, and a step that a law of X would decide
#: (Sigma_X = 1): what the block-law readers give the block.
BLOCK_LAW = (
    "For two jointly Gaussian random variables $X$ and $Y$,\n\n$$\n"
    r"\begin{bmatrix} X \\ Y \end{bmatrix} \sim \mathcal{N}\left(\begin{bmatrix} \mu_X \\ \mu_Y \end{bmatrix}, "
    r"\begin{bmatrix} \Sigma_X & \Sigma_{XY} \\ \Sigma_{XY}^\top & \Sigma_Y \end{bmatrix}\right)"
    "\n$$\n\n"
)
BLOCK_VARIANCE_STEP = "\n\n$$\n\\Sigma_X = 1\n$$\n"


def block_variance_verdict(between: str) -> str:
    """The verdict of Sigma_X = 1 after :data:`BLOCK_LAW` and the text ``between``."""
    return report(BLOCK_LAW + between + BLOCK_VARIANCE_STEP).results[-1].status


#: The two noises of the tie tests, as ``noise_ties`` keys them.
NOISE_ONE, NOISE_TWO = ("epsilon", "", "1"), ("epsilon", "", "2")


def noises_tied(sentence: str) -> bool:
    """Whether a one-sentence note ties ε_1 and ε_2 (``noise_ties.said_ties``): as values, or one drawn given the
    other."""
    said = said_ties(read_notes(sentence + "\n", markdown=True))
    assert {line for line, _ in said} == {1}, said  # one sentence, which several readers may read
    ties = functools.reduce(lambda found, entry: found | entry[1], said, NONE)
    pair = (NOISE_ONE, NOISE_TWO)
    return frozenset(pair) in ties.tied or pair in ties.drawn or pair[::-1] in ties.drawn
