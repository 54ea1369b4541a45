"""Red team 45b's notes (tests/data/notes/redteam_laws/rt45b-*), against the readings merged in session 44.

False proofs: a step proved one coordinate at a time and then in R^d (misc44) where the note makes a number letter
other than a number -- linear maps in words ("act on R^d linearly"), a member of R^d in maths, "a vector of times"
in words; an operator name set with a space (``\\operatorname{t y}``, the one name "ty" as rendered) read as the
product t y; a Gaussian's covariance labelled with a square that is not a variance (``\\Sigma^2 = 4``, whose root
is the covariance; ``\\mu^2 = 4``, no covariance at all).  A false alarm: ``\\mathbb{E}_{x \\mid x}[x] = x`` read
over a fresh x with the outer x free (rd44's E_{x | x~}).

Each finding is marked xfail(strict=True) until fixed (listed in FIXED); a fixed finding must then get one of its
sound verdicts (SOUND).  The guards (rt45b-guard-*) are faithful notes that must keep their verdict.
"""

from __future__ import annotations

import pytest
import red_team
from red_team import last as _last

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.parser import parse as parse_formula
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_WORDS = "coordinates.not_numbers makes number letters vectors by a law or a definition only"
_LABEL = "parser.Parser.parameter reads any name squared as a label of the covariance"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt45b-01-alpha-beta-act-linearly-commute-proved": f"{_WORDS}, and dimension._MATRICES_IN_WORDS reads no "
    "verb phrase ('act on R^d linearly'): alpha beta X = beta alpha X proved in R^d",
    "rt45b-02-sigma-in-rd-squared-proved": f"{_WORDS}, not a membership sigma \\in R^d",
    "rt45b-03-t-a-vector-of-times-squared-proved": f"{_WORDS}, not words ('t is a vector of times')",
    "rt45b-04-operatorname-spaced-letters-product-proved": "parser.TEXT_MODE leaves \\operatorname out: its "
    "letters set with a space (one name as rendered) are read as a product",
    "rt45b-05-gaussian-covariance-labelled-sigma-squared-proved": f"{_LABEL} (\\Sigma^2 = 4: the covariance is 2)",
    "rt45b-06-gaussian-covariance-labelled-mean-squared-proved": f"{_LABEL} (\\mu^2 = 4 names no covariance)",
    "rt45b-07-expectation-over-x-given-x-refuted": "parser.Parser.expectation_subscript refuses a law given twice "
    "but not a variable given itself: E_{x | x} read over a fresh x",
}

_WRONG = frozenset({REFUTED, UNDECIDED})
_RIGHT = frozenset({PROVED, UNDECIDED})

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _WRONG for name in FINDINGS}
SOUND["rt45b-02-sigma-in-rd-squared-proved"] = SOUND["rt45b-03-t-a-vector-of-times-squared-proved"] = {UNDECIDED}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # fix45b: dimension._vectors (names a sentence sets in R^k, k not 1) and timeline.kinds (names said to be
        # other than real numbers) are no numbers of the coordinatewise rule
        "rt45b-02-sigma-in-rd-squared-proved",
        "rt45b-03-t-a-vector-of-times-squared-proved",
        # session 44 (lead): a letter written in a sentence beside a space of vectors set alone is no number
        # (dimension._vectors, _space_alone)
        "rt45b-01-alpha-beta-act-linearly-commute-proved",
        # fix45b: an \\operatorname group of more than one word is refused, never read as a product
        "rt45b-04-operatorname-spaced-letters-product-proved",
        # fix45b: only a square of sigma (a variance) labels a Gaussian's covariance
        "rt45b-05-gaussian-covariance-labelled-sigma-squared-proved",
        "rt45b-06-gaussian-covariance-labelled-mean-squared-proved",
        # fix45b: an expectation whose variable is given itself after the bar is refused
        "rt45b-07-expectation-over-x-given-x-refuted",
    }
)


def test_the_notes_are_all_there():
    assert sorted(path.stem for path in red_team.NOTES.glob("rt45b-[0-9][0-9]-*.md")) == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_45b_s_notes(name):
    result = red_team.judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes and the one verdict each must keep: a standard deviation scales vectors in R^d; a variance
#: labelled sigma^2 is the covariance; an expectation given another name keeps its linearity.
GUARDS = {
    "rt45b-guard-01-sigma-positive-squared-proved": PROVED,
    "rt45b-guard-02-gaussian-variance-labelled-proved": PROVED,
    "rt45b-guard-03-expectation-given-another-name-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in red_team.NOTES.glob("rt45b-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged(name)
    assert result.status == GUARDS[name], result.reason


_IN_RD = "Let $\\mathbf{X}_0 \\in \\mathbb{R}^d$ and $\\mathbf{Z} \\sim \\mathcal{N}(0, I)$. "
_SQUARE = "\n\n$$\n{0}^2 \\mathbf{{X}}_0 = {0} ({0} \\mathbf{{X}}_0)\n$$\n"

#: Held-out sentences (written after the fixes, not tuned to): a number letter set in R^k or said a vector in words
#: (English, French, Chinese) scales no vector; set in R, R^1, said positive, a standard deviation, the time, it does.
HELD = {
    "beta in R^n": ("Here $\\beta \\in \\mathbb{R}^n$.", "\\beta", UNDECIDED),
    "a list in R^{d}": ("Here $\\bar\\alpha, t \\in \\mathbb{R}^{d}$.", "t", UNDECIDED),
    "a vector of standard deviations": ("Here $\\sigma$ is a vector of standard deviations.", "\\sigma", UNDECIDED),
    "fr un vecteur": ("Soit $t$ un vecteur de temps.", "t", UNDECIDED),
    "zh 向量": ("这里 $\\sigma$ 是一个向量。", "\\sigma", UNDECIDED),
    "sigma in R": ("Here $\\sigma \\in \\mathbb{R}$.", "\\sigma", PROVED),
    "sigma in R^1": ("Here $\\sigma \\in \\mathbb{R}^1$.", "\\sigma", PROVED),
    "sigma positive": ("Here $\\sigma > 0$.", "\\sigma", PROVED),
    "a standard deviation": ("Here $\\sigma$ is a standard deviation.", "\\sigma", PROVED),
    "a positive number": ("Here $\\sigma$ is a positive number.", "\\sigma", PROVED),
    "the time": ("Here $t$ is the time.", "t", PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_held_out_number_letters_get_their_verdict(name):
    sentence, letter, expected = HELD[name]
    result = _last(_IN_RD + sentence + _SQUARE.format(letter))
    assert result.status == expected, result.reason


_SECOND_MOMENT = "Then\n\n$$\n\\mathbb{{E}}_{{x \\sim \\mathcal{{N}}(x; 0, {} = 4)}}[x^2] = 4\n$$\n"


@pytest.mark.parametrize(
    "label, status",
    [
        ("\\bar\\Sigma^2", UNDECIDED),  # the covariance's square
        ("x^2", UNDECIDED),  # the point's square
        ("s^2", UNDECIDED),  # a name no reader must take for a variance
        ("\\sigma_t^2", PROVED),
        ("\\hat\\sigma^2", PROVED),
    ],
)
def test_held_out_squared_labels(label, status):
    result = _last(_SECOND_MOMENT.format(label))
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "step, status",
    [
        ("\\mathbb{E}_{x_t \\mid x_t}[x_t^2] = x_t^2", UNDECIDED),
        ("\\mathbb{E}_{y \\mid y}[y] = y", UNDECIDED),
        ("\\mathbb{E}_{x \\mid \\tilde x}[x] = \\mathbb{E}[x \\mid \\tilde x]", PROVED),
    ],
)
def test_held_out_expectations_given_a_name(step, status):
    result = _last(f"Then\n\n$$\n{step}\n$$\n")
    assert result.status == status, result.reason


@pytest.mark.parametrize("written", ["\\operatorname{a b}", "\\operatorname{t\\,y} + 1", "\\operatorname{x\\ y}(z)"])
def test_held_out_operator_names_of_two_words_are_refused(written):
    for notes in (True, False):
        with pytest.raises(InvalidAnswer):
            parse_formula(written, notes=notes)


@pytest.mark.parametrize(
    "written", ["\\operatorname{ty}", "\\operatorname{Var}[x]", "\\operatorname{ D}_\\text{KL}(q \\| p)"]
)
def test_operator_names_of_one_word_are_still_read(written):
    assert parse_formula(written, notes=True) is not None
