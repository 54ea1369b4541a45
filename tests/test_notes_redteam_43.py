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
from red_team import DDPM as _DDPM
from red_team import FORWARD_MEAN as _MEAN
from red_team import FORWARD_VARIANCE as _VARIANCE
from red_team import REFUSED
from red_team import answer_verdict as verdict
from red_team import last as _last

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
FIXED: frozenset[str] = frozenset(
    {
        # fix43: a stretch's sentence in spaced script that writes the step's input or an earlier state alone is
        # read by the whitelist of DDPM's words (laws._acts_on_the_input), not a list of the verbs that change it
        *(name for name in FINDINGS if "rt43-03" <= name < "rt43-10"),
        # fix43: unspaced_when.BEYOND reads a second noise (又, 另外, また, さらに between two noises added), the
        # noise before the factor (a bare 后 or 後 after the noise, 前/前に/전에 right before it) and 才, 当, 如果
        *(name for name in FINDINGS if "rt43-10" <= name < "rt43-18"),
        # fix43: proportional_words reads "$x$ observed|known" as held and "a density on|for"; dependence_words
        # reads a shape ("proportional to", "linear in"), a function after the maths (的函数, の関数) and
        # "determines"; tied_in_words a change said of each ("When $x$ changes, $y$ changes")
        *(name for name in FINDINGS if "rt43-18" <= name < "rt43-28"),
        # fix st44: a sentence anywhere that writes x_{t-1} or x_t beside a verb that changes a value
        # (laws._changed_anywhere) is read by DDPM's words, past the display or the heading that ends its stretch
        "rt43-01-display-ends-the-stretch-halving-proved",
        "rt43-02-heading-ends-the-stretch-halved-proved",
        # fix43: the parser keeps both readings of a function's argument before a bracket or a number's slash and
        # of a derivative's unbracketed operand before an explicit product or quotient
        *(name for name in FINDINGS if "rt43-28" <= name < "rt43-31"),
        # fix43: data_held reads a table's row whole and a moment taken over the noise
        *(name for name in FINDINGS if "rt43-31" <= name),
    }
)


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
FIXED_ANSWERS: frozenset[str] = frozenset(ANSWERS)


@pytest.mark.parametrize(
    "name",
    [
        red_team.case(name, FIXED_ANSWERS, {key: cause for key, (*_, cause) in ANSWERS.items()})
        for name in sorted(ANSWERS)
    ],
)
def test_the_forty_third_red_team_s_answers(name):
    reference, answer, unsound, _ = ANSWERS[name]
    red_team.assert_sound_answer(reference, answer, unsound)


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


_DERIVATIVE = "\n\n$$\n\\partial_x (x y) = y\n$$\n"
_INTEGRAL = "\n\n$$\n\\int_0^1 \\sigma\\, du = \\sigma\n$$\n"
_PROPTO_STEP = "\n\n$$\ne^{-(x - \\mu)^2 / 2} \\propto e^{-x^2 / 2 + x \\mu}\n$$\n"
_MARGINAL_MEAN = "\n\n$$\n\\mathbb{E}[x_t] = \\sqrt{\\bar\\alpha_t}\\, x_0\n$$\n"


#: Held-out wordings of the fixed classes, written after the fix and not tuned to: each changes DDPM's forward step
#: (another verb on the step's input, a second noise, the noise before the factor, a time in a condition), so under
#: the DDPM context the step after it must not be proved.
HELD_CHANGED = {
    "en clamps the input": "We use the forward process of DDPM. Our variant clamps $x_{t-1}$ to the unit interval."
    + _MEAN,
    "en rotates the input": "We use the forward process of DDPM. Our variant rotates $x_{t-1}$." + _MEAN,
    "en a cube as input": "We use the forward process of DDPM. The step here takes $x_{t-1}^3$ as its input." + _MEAN,
    "en the input shifted in maths": "We use the forward process of DDPM. Our variant feeds $x_{t-1} + 1$ to the "
    "step." + _MEAN,
    "zh besides, also noise (此外还)": "前向过程每一步加入噪声，此外还加入噪声。" + _VARIANCE,
    "zh noise then a comma then the factor (后，)": "前向过程在 $x_{t-1}$ 上加入噪声后，乘以 $\\sqrt{\\alpha_t}$。"
    + _VARIANCE,
    "zh moreover once more (而且再)": "前向过程每一步加入噪声，而且再加入一次噪声。" + _VARIANCE,
    "zh if t is T, only then (若 ... 才)": "若 $t$ 为 $T$，前向过程才加入噪声。" + _VARIANCE,
    "ja in addition (加えて)": "拡散過程では各ステップでノイズを加え、加えてノイズを加える。" + _VARIANCE,
    "ko noise before the factor (전에)": "순방향 과정은 $\\sqrt{\\alpha_t}$ 를 곱하기 전에 노이즈를 추가한다."
    + _VARIANCE,
}

#: DDPM's forward process in words the new rules must keep: the step's input named, 而且 and さらに on the schedule,
#: the factor before the noise (之前 ... 先), a result after the noise (加噪后得到).
HELD_DDPM = {
    "en the input named": "We use the forward process of DDPM. Here $x_{t-1}$ is the previous state." + _MEAN,
    "zh moreover of the variance (而且)": "前向过程每一步加入噪声，而且噪声的方差逐渐增大。" + _VARIANCE,
    "zh the factor before the noise (之前 ... 先)": "前向过程在加入噪声之前，先把 $x_{t-1}$ 乘以 $\\sqrt{\\alpha_t}$。"
    + _MEAN,
    "zh obtained after the noise (后得到)": "前向过程加噪后得到 $x_t$。" + _MEAN,
}


@pytest.mark.parametrize("name", sorted(HELD_CHANGED))
def test_a_changed_forward_step_sets_the_context_aside(name):
    result = _last(_DDPM + HELD_CHANGED[name])
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(HELD_DDPM))
def test_ddpm_s_forward_step_keeps_the_context(name):
    result = _last(_DDPM + HELD_DDPM[name])
    assert result.status == PROVED, result.reason


#: Held-out wordings of dependence, a held variable and x_0 held, each with the one verdict it must get: a name tied
#: to the variable is not held under a derivative or an integral (undecided), a \\propto whose variable the words
#: name otherwise is not judged in x (undecided), x_0 held leaves a counterexample drawing it untrusted (undecided);
#: a tie to another name, a name "known as" something, keep their proofs.
HELD_WORDS = {
    "y linear in x": ("Here $y$ is linear in $x$." + _DERIVATIVE, UNDECIDED),
    "y inversely proportional to x": ("Here $y$ is inversely proportional to $x$." + _DERIVATIVE, UNDECIDED),
    "x controls y": ("Here $x$ controls $y$." + _DERIVATIVE, UNDECIDED),
    "ko y a function of x": ("여기서 $y$ 는 $x$ 의 함수이다." + _DERIVATIVE, UNDECIDED),
    "sigma a polynomial in u": ("Here $\\sigma$ is a polynomial in $u$." + _INTEGRAL, UNDECIDED),
    "once x is observed": ("Once $x$ is observed," + _PROPTO_STEP, UNDECIDED),
    "a prior on mu": ("Viewed as a prior on $\\mu$," + _PROPTO_STEP, UNDECIDED),
    "expectations across the noise": (_DDPM + "We take expectations across the noise." + _MARGINAL_MEAN, UNDECIDED),
    "the mean with respect to bold epsilon": (
        _DDPM + "Here the mean is with respect to $\\boldsymbol{\\epsilon}$." + _MARGINAL_MEAN,
        UNDECIDED,
    ),
    "x known as the input": ("Here $x$ is known as the input." + _PROPTO_STEP, PROVED),
    "y linear in z": ("Here $y$ is linear in $z$." + _DERIVATIVE, PROVED),
    "z determines y": ("Here $z$ determines $y$." + _DERIVATIVE, PROVED),
    "when z changes": ("When $z$ changes, $y$ changes too." + _DERIVATIVE, PROVED),
    "sigma proportional to t, integral in u": ("Here $\\sigma$ is proportional to $t$." + _INTEGRAL, PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_WORDS))
def test_held_out_words_get_their_verdict(name):
    text, expected = HELD_WORDS[name]
    result = _last(text)
    assert result.status == expected, result.reason


#: Held-out spellings of the parser's fixed classes: each reads two ways that disagree (refused as a reference,
#: undecided as an answer), with the answer each reading gives.
HELD_SPELLINGS = {
    "log of a number over delta": (r"\log 2/\delta", r"\log 2 - \log \delta"),
    "log of one over two pi": (r"\log 1/2\pi", r"-\log(2\pi)"),
    "exp of x times a bracket": (r"\exp x \left(1 - x\right)", r"e^{x} (1 - x)"),
    "ln of 3 times a bracket": (r"\ln 3 (x + 2)", r"\ln(3) (x + 2)"),
    "partial then times": (r"\partial_x x^3 \times x", "3 x^3"),
    "d/dx then divided": (r"\frac{\mathrm{d}}{\mathrm{d}x} x^3 \div x", "3 x"),
}


@pytest.mark.parametrize("name", sorted(HELD_SPELLINGS))
def test_held_out_spellings_read_two_ways(name):
    reference, answer = HELD_SPELLINGS[name]
    assert (verdict(reference, answer), verdict(answer, reference)) == (REFUSED, UNDECIDED)
