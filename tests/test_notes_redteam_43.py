"""The forty-third red team's notes (tests/data/notes/redteam_laws/rt43-*), against the rules of the last session.

False proofs: DDPM's forward process changed where ``laws._read_sentences`` does not look -- a stretch of prose
after a display or under a heading that names no forward process (the stretch's ``section`` reading never starts),
and verbs or maths of a change that ``laws._CHANGE_WORDS`` and ``laws._state_and_count`` lack ("shifts $x_{t-1}$
by $c$", "squares", "applies $\\tanh$ to", "uses $x_{t-2}$ instead of", "drop $x_{t-1}$ and start afresh from
$x_0$", "$x_{t-1}^2$ in place of", "feeds $2 x_{t-1}$"); Chinese and Japanese sentences of whitelisted phrases that
``unspaced_when.BEYOND`` lacks: a second noise (又, 另外, また, さらに), the noise before the factor (a bare 后 or
前, 前に), an "only then" (才); dependence in words ``dependence_words`` lacks ("proportional to", the active
"determines", "when $x$ changes, $y$ changes", 的函数, の関数) before a derivative or a definite integral, and a
\\propto's variable named in words ``proportional_words`` lacks ("With $x$ observed", "likelihood for", "density
on").  The parser (notes and answers alike): an operator's operand of two readings read one way -- ``\\log 1/2``
as (log 1)/2, ``\\exp x (x+1)`` as exp(x(x+1)), ``\\log 2 (x+1)`` as log(2(x+1)), a derivative's operand ended at an
explicit ``\\cdot`` or ``/`` -- which proves a wrong step, refutes a right one, accepts wrong answers and refuses
right ones.  False alarms: x_0 held in words ``data_held`` does not read (a table's row "$x_0$ | fixed", an
expectation or a mean "over the noise", "with respect to $\\epsilon$" without an "only"), so a counterexample that
draws x_0 refutes a step right given x_0.

Each finding is marked xfail(strict=True) until fixed (listed in FIXED); a fixed finding must then get one of its
sound verdicts (SOUND).  The guards (rt43-guard-*) are faithful notes that must keep their verdict.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import equiv
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

_STRETCH = "laws._read_sentences: the stretch ends at"
_CHANGE = "the forward process changed in words laws._CHANGE_WORDS / _state_and_count do not read"
_UNSPACED = "only unspaced_forward phrases, and no unspaced_when.BEYOND word"
_DEPENDS = "no dependence_words.DEPENDS phrase nor tied_in_words._TIE word: the name held fixed"
_PROPTO = "no proportional_words phrase: the ∝ judged in x, not mu"
_HELD = "data_held does not read x_0 held, so a counterexample drawing x_0 is trusted"
_OPERAND = "parser: an operator's operand of two readings read one way"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt43-01-display-ends-the-stretch-halving-proved": f"{_STRETCH} a display, and the stretch after it holds no "
    "sentence read as about the forward process",
    "rt43-02-heading-ends-the-stretch-halved-proved": f"{_STRETCH} a heading, and no sentence under it names the "
    "forward process",
    "rt43-03-shifts-by-c-proved": f"{_CHANGE} ('shifts', '$c$' no count)",
    "rt43-04-squares-the-state-proved": f"{_CHANGE} ('squares')",
    "rt43-05-square-in-place-of-the-state-proved": f"{_CHANGE} ('in place of'; the change in the state's maths)",
    "rt43-06-feeds-twice-the-state-proved": f"{_CHANGE} (the factor inside the state's maths '$2 x_{{t-1}}$')",
    "rt43-07-another-state-instead-proved": f"{_CHANGE} ('uses ... instead of', another state's maths)",
    "rt43-08-drops-the-state-starts-from-data-proved": f"{_CHANGE} ('drop', 'start afresh')",
    "rt43-09-applies-tanh-proved": f"{_CHANGE} ('applies')",
    "rt43-10-zh-you-noise-again-proved": f"{_UNSPACED} (又: a second noise)",
    "rt43-11-zh-lingwai-noise-besides-proved": f"{_UNSPACED} (另外: a second noise)",
    "rt43-12-ja-mata-noise-again-proved": f"{_UNSPACED} (また: a second noise)",
    "rt43-13-ja-sarani-noise-further-proved": f"{_UNSPACED} (さらに: a second noise)",
    "rt43-14-zh-hou-noise-then-scaled-proved": f"{_UNSPACED} (a bare 后: the noise before the factor)",
    "rt43-15-zh-qian-noise-before-the-factor-proved": f"{_UNSPACED} (a bare 前: the noise before the factor)",
    "rt43-16-ja-maeni-noise-before-the-factor-proved": f"{_UNSPACED} (前に: the noise before the factor)",
    "rt43-17-zh-cai-only-when-t-is-T-proved": f"{_UNSPACED} (才: only then; 当 without 时)",
    "rt43-18-propto-with-x-observed-proved": f"{_PROPTO} ('$x$ observed')",
    "rt43-19-propto-as-a-likelihood-for-mu-proved": f"{_PROPTO} ('a likelihood for')",
    "rt43-20-propto-density-on-mu-proved": f"{_PROPTO} ('a density on')",
    "rt43-21-y-proportional-to-x-proved": f"{_DEPENDS} ('proportional to')",
    "rt43-22-x-determines-y-proved": f"{_DEPENDS} ('determines', the active voice)",
    "rt43-23-when-x-changes-y-changes-proved": f"{_DEPENDS} ('changes' without a preposition)",
    "rt43-24-zh-y-is-a-function-of-x-proved": f"{_DEPENDS} (的函数)",
    "rt43-25-ja-y-is-a-function-of-x-proved": f"{_DEPENDS} (の関数)",
    "rt43-26-sigma-proportional-to-u-integral-proved": f"{_DEPENDS} ('proportional to'): constant under ∫ du",
    "rt43-27-u-determines-sigma-integral-proved": f"{_DEPENDS} ('determines'): constant under ∫ du",
    "rt43-28-log-one-over-half-proved": f"{_OPERAND}: \\log 1/2 as (log 1)/2",
    "rt43-29-exp-x-times-bracket-refuted": f"{_OPERAND}: \\exp x (x+1) as exp(x (x+1)) alone",
    "rt43-30-derivative-then-cdot-refuted": f"{_OPERAND}: the derivative's operand ended at \\cdot",
    "rt43-31-table-row-x0-fixed-refuted": f"{_HELD}: a table's cells read apart ('$x_0$' alone, 'fixed' alone)",
    "rt43-32-expectations-over-the-noise-refuted": f"{_HELD}: over the noise, without an _ALONE word",
    "rt43-33-we-average-over-epsilon-refuted": f"{_HELD}: averaged over the noise's maths, without an _ALONE word",
    "rt43-34-expectation-with-respect-to-epsilon-refuted": f"{_HELD}: 'with respect to' the noise, no _ALONE word",
    "rt43-35-mean-of-xt-over-the-noise-refuted": f"{_HELD}: a mean over the noise, without an _ALONE word",
}

#: The step at issue is the note's last (a display before it bounds the stretch).
LAST = frozenset({"rt43-01-display-ends-the-stretch-halving-proved"})

_SET_ASIDE = frozenset({UNDECIDED})  # the context's forward laws set aside: nothing models the note's process
_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step under one reading: never refuted

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _SET_ASIDE if name < "rt43-18" else _RIGHT if name >= "rt43-29" else _WRONG for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset()


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt43-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_the_forty_third_red_team_s_notes(name):
    result = red_team.judged(name, LAST)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt43-guard-*) and the one verdict each must keep: DDPM's own step after a display, under a
#: heading, in words, in Chinese and Japanese orders that scale first (后, 前, た後に), 又 and また that say more of
#: the schedule; a tie to another name than the variable, a held mu; a bracketed logarithm.
GUARDS = {
    "rt43-guard-01-stretch-after-display-other-topic-proved": PROVED,
    "rt43-guard-02-heading-of-training-proved": PROVED,
    "rt43-guard-03-scales-then-adds-noise-proved": PROVED,
    "rt43-guard-04-zh-scaled-then-noise-hou-proved": PROVED,
    "rt43-guard-05-zh-scaled-before-noise-qian-proved": PROVED,
    "rt43-guard-06-ja-scaled-then-noise-proved": PROVED,
    "rt43-guard-07-zh-you-of-the-variance-proved": PROVED,
    "rt43-guard-08-ja-mata-of-the-schedule-proved": PROVED,
    "rt43-guard-09-y-proportional-to-z-proved": PROVED,
    "rt43-guard-10-with-mu-known-proved": PROVED,
    "rt43-guard-11-zh-y-is-a-function-of-z-proved": PROVED,
    "rt43-guard-12-log-of-a-fraction-bracketed-refuted": REFUTED,
    "rt43-guard-13-no-word-of-the-data-refuted": REFUTED,
}
_GUARDS_LAST = frozenset({"rt43-guard-01-stretch-after-display-other-topic-proved"})


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt43-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged(name, _GUARDS_LAST)
    assert result.status == GUARDS[name], result.reason


#: The answer checker's findings (grading.equiv, reference first): each name with the reference, the answer, the
#: verdict the checker must not give, and the cause.  Each reference reads two ways that disagree on the answer.
ANSWERS = {
    "rt43-answer-01-log-one-over-x-refuses-minus-log-x": (
        r"\log 1/x",
        r"-\log x",
        REFUTED,
        f"{_OPERAND}: (log 1)/x only, never log(1/x) (as 'log 1/delta' is written)",
    ),
    "rt43-answer-02-log-one-over-x-accepts-zero": (
        r"\log 1/x",
        "0",
        PROVED,
        f"{_OPERAND}: (log 1)/x = 0",
    ),
    "rt43-answer-03-exp-x-bracket-refuses-the-product": (
        r"\exp x (x+1)",
        r"e^{x} (x+1)",
        REFUTED,
        f"{_OPERAND}: exp(x (x+1)) only (\\sqrt x (x+1) is sqrt(x)(x+1))",
    ),
    "rt43-answer-04-log-two-bracket-refuses-the-product": (
        r"\log 2 (x+1)",
        r"\log(2) (x+1)",
        REFUTED,
        f"{_OPERAND}: log(2 (x+1)) only",
    ),
    "rt43-answer-05-derivative-cdot-accepts-2x2": (
        r"\frac{d}{dx} x^2 \cdot x",
        "2 x^2",
        PROVED,
        f"{_OPERAND}: (d/dx x^2) x only, never d/dx(x^2 x) = 3x^2",
    ),
    "rt43-answer-06-derivative-slash-accepts-2": (
        r"\frac{d}{dx} x^2 / x",
        "2",
        PROVED,
        f"{_OPERAND}: (d/dx x^2)/x only, never d/dx(x^2/x) = 1",
    ),
}

#: The answer checker's findings fixed so far.
FIXED_ANSWERS: frozenset[str] = frozenset()

#: What the checker says of a reference it will not read: it asks for parentheses.
REFUSED = "refused"

#: The sound verdict of each answer finding, once fixed, both ways round: refused as a reference (two readings that
#: disagree), undecided as an answer.
SOUND_ANSWERS = {name: (REFUSED, UNDECIDED) for name in ANSWERS}


def verdict(reference: str, answer: str) -> str:
    """The checker's verdict on ``answer`` against ``reference``, or :data:`REFUSED` when it will not read them."""
    try:
        return equiv(reference, answer).verdict.status.value
    except InvalidAnswer as error:
        assert "more than one way" in str(error), error
        return REFUSED


@pytest.mark.parametrize(
    "name",
    [
        red_team.case(name, FIXED_ANSWERS, {key: cause for key, (*_, cause) in ANSWERS.items()})
        for name in sorted(ANSWERS)
    ],
)
def test_the_forty_third_red_team_s_answers(name):
    reference, answer, unsound, _ = ANSWERS[name]
    assert verdict(reference, answer) != unsound
    assert (verdict(reference, answer), verdict(answer, reference)) == SOUND_ANSWERS[name]


#: Answers of one reading that must keep their verdict: a bracketed logarithm of a fraction, a function's bracketed
#: argument before a quotient, \\sqrt's one-token operand, a derivative of a bracketed product.
ANSWER_GUARDS = {
    "log of a bracketed fraction": (r"\log(1/2)", r"-\log 2", PROVED),
    "log of a bracket over x": (r"\log(x) / x", r"\frac{\log x}{x}", PROVED),
    "sqrt of one token times a bracket": (r"\sqrt x (x+1)", r"\sqrt{x} (x+1)", PROVED),
    "derivative of a bracketed product": (r"\frac{d}{dx}\left(x^2 x\right)", "3 x^2", PROVED),
    "derivative of a bracketed product, wrong": (r"\frac{d}{dx}\left(x^2 x\right)", "2 x^2", REFUTED),
}


@pytest.mark.parametrize("name", sorted(ANSWER_GUARDS))
def test_answers_of_one_reading_keep_their_verdict(name):
    reference, answer, expected = ANSWER_GUARDS[name]
    assert verdict(reference, answer) == expected
