"""Held-out variants of the findings xf60 closed.

1. Values and signs said of a name after framing words (orders._VALUE_FRAMES: one table for "Let", "Assume",
   "Take", "Fix", "Say", "Suppose", "If", "Consider the case", the passive "is taken to be", and their German,
   French and Spanish forms): a value is read wherever it is framed, a formula among the values too (x (x - (1 + y))
   = 0 for "zero or $1 + y$"); a sign only supposed ("Suppose", "If", "Let us suppose") is read as equations whose
   real solutions are the values it allows, which hold a step without value there but bound nothing.
2. An example of a definition said for every step ("Let $a := 3$ for every step; below we look at $t = 2$ as an
   example") is no case the definition is set under (indices.case_as_example); a case the words restrict to is.

Each wrong variant has no value at a point the note allows (or is false where the note leaves it open) and must not
be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

_X = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_N = "\n\n$$\n\\frac{\\mathcal{N}(y; 1, v)}{\\mathcal{N}(y; 1, v)} = 1\n$$\n"

# -- 1. values and signs after framing words

#: Wrong: the words allow x = 0 (x / x has no value there) or make v no positive value (N(y; 1, v) has no density).
FRAMED_WITHOUT_VALUE = {
    "take-to-be-zero": "Take $x$ to be zero." + _X,
    "fix-at-zero": "Fix $x$ at zero." + _X,
    "passive-taken-to-be": "$x$ is taken to be zero." + _X,
    "here-passive-chosen-as": "Here $x$ is chosen as $0$." + _X,
    "say-x-is-zero": "Say $x$ is zero." + _X,
    "if-x-is-zero": "If $x$ is zero." + _X,
    "consider-the-case": "Consider the case $x$ is zero." + _X,
    "french-soit-egal-a-0": "Soit $x$ égal à 0." + _X,
    "zero-or-a-formula-other-order": "Take $x$ to be $1 + y$ or zero." + _X,
    "one-or-a-formula-that-may-be-zero": "Let $x$ be one or $1 + y$." + _X,
    "a-formula-the-divisor-meets": "Let $x$ be zero or $1 + y$." + "\n\n$$\n\\frac{x - 1 - y}{x - 1 - y} = 1\n$$\n",
    "zero-or-a-formula-not-polynomial": "Let $x$ be zero or $e^y$." + _X,
    "if-v-is-negative": "If $v$ is negative." + _N,
    "let-us-suppose-v-negative": "Let us suppose $v$ is negative." + _N,
    "suppose-v-nonpositive": "Suppose $v$ is nonpositive." + _N,
    "suppose-x-nonpositive": "Suppose $x$ is nonpositive." + _X,
    "take-v-to-be-negative": "Take $v$ to be negative." + _N,
    "german-angenommen-negativ": "Angenommen $v$ ist negativ." + _N,
}

#: Faithful: the values or signs said leave the step a value wherever they allow.
FRAMED_WITH_VALUE = {
    "take-to-be-two": "Take $x$ to be two." + _X,
    "one-or-a-formula-never-zero": "Let $x$ be one or $1 + y^2$." + _X,
    "suppose-v-positive": "Suppose $v$ is positive." + _N,
    "if-v-is-nonnegative": "If $v$ is nonnegative." + _N,
    # x < 0 excludes the zero of x, and nothing else is said of x
    "suppose-x-negative": "Suppose $x$ is negative." + _X,
    "if-x-is-positive": "If $x$ is positive." + _X,
}


@pytest.mark.parametrize("name", sorted(FRAMED_WITHOUT_VALUE))
def test_a_value_or_sign_after_framing_words_holds_a_step_without_value(name):
    result = red_team.last(FRAMED_WITHOUT_VALUE[name])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert "the step has no value" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(FRAMED_WITH_VALUE))
def test_a_value_or_sign_after_framing_words_that_leaves_a_value_keeps_the_proof(name):
    result = red_team.last(FRAMED_WITH_VALUE[name])
    assert result.status == PROVED, result.reason


def test_a_supposed_sign_bounds_no_zero_of_a_divisor():
    """x + y = 1 allows x = 0; "Suppose $x$ is positive" only supposes x > 0 (it may be argued against), so it does
    not exclude that zero as "Let $x$ be positive" does."""
    supposed = red_team.last("Suppose $x$ is positive. Here $x + y = 1$." + _X)
    assert supposed.status != PROVED, supposed.reason
    assert red_team.last("Let $x$ be positive. Here $x + y = 1$." + _X).status == PROVED


def test_a_supposed_sign_is_no_order_a_counterexample_must_meet():
    """x - 1 = 0 is false at x = 0; "Suppose $x$ is positive" is no condition the counterexample must meet, and no
    proof rests on it either: the step is refuted as "Let" leaves it, or held, never proved."""
    result = red_team.last("Suppose $x$ is positive.\n\n$$\nx = 1\n$$\n")
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


# -- 2. an example of a definition said for every step

_SUM = "\n\n$$\na + a = 6\n$$\n"

#: Right: a := 3 at every step; the case after it is only an example.
EXAMPLES = {
    "as-an-example": "Let $a := 3$ for every step; below we look at $t = 2$ as an example.",
    "for-instance": "Let $a := 3$ at each step, for instance $t = 2$.",
    "say": "Let $a := 3$ for all $t$, say $t = 2$.",
    "e-g": "Let $a := 3$ for every step, e.g. $t = 2$.",
    "such-as": "Let $a := 3$ for every time step, such as $t = 2$.",
}

#: Wrong: a := 3 at t = 2 only (or not said for every step), so a is any number at the step, whose index is not
#: known: a + a = 6 fails at a = 0.
RESTRICTED = {
    "for-example-for-t-2-let": "For example, for $t = 2$, let $a := 3$.",
    "at-t-2-for-example": "Let $a := 3$ at $t = 2$, for example.",
    "no-claim-of-every-step": "Let $a := 3$; below we look at $t = 2$ as an example.",
    "only-at-t-2": "Let $a := 3$ for every step; we use it at $t = 2$ only.",
    "an-example-excluded": "Let $a := 3$ for every step; for example $t = 2$ is excluded.",
    "except-for-example": "Let $a := 3$ for every step except, for example, $t = 2$.",
    "when-t-2": "Let $a := 3$ when $t = 2$, for every step.",
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_an_example_after_a_claim_of_every_step_is_no_case(name):
    result = red_team.last(EXAMPLES[name] + _SUM)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", sorted(RESTRICTED))
def test_a_case_the_words_restrict_to_is_kept(name):
    result = red_team.last(RESTRICTED[name] + _SUM)
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


# -- 3. ink of doubtful visibility (0 < APCA Lc < 15)

_FAINT_WORDS = "in faint ink (APCA Lc under 15"
_DOUBLED = "\n\n$$\nb + b = 4\n$$\n"

#: Wrong as shown: the text a reader surely sees says b is any number; b := 2 is in ink some readers do not see.
FAINT_DEFINITIONS = {
    "eeeeee-span": '<span style="color: #eeeeee">Let $b := 2$.</span>',
    "cyan-span": '<span style="color: cyan">Let $b := 2$.</span>',
    "e8e8e8-font": '<font color="#e8e8e8">Let $b := 2$.</font>',
    "dark-grey-on-black": '<span style="background: black; color: #444444">Let $b := 2$.</span>',
    "faded-black": '<span style="color: black; opacity: 0.1">Let $b := 2$.</span>',
}


@pytest.mark.parametrize("name", sorted(FAINT_DEFINITIONS))
def test_a_definition_in_faint_ink_holds_the_step_that_rests_on_it(name):
    result = red_team.last("Let $b$ be any number. " + FAINT_DEFINITIONS[name] + _DOUBLED)
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert _FAINT_WORDS in result.reason and "b := 2" in result.reason, result.reason


@pytest.mark.parametrize(("step", "status"), [("b + b = 4", PROVED), ("b + b = 5", REFUTED)])
def test_a_step_in_faint_ink_is_judged(step, status):
    """A step is the author's claim in whatever ink: judged as written (Lilian Weng sets steps in cyan, Lc 12, and one
    of them is wrong), while a definition in faint ink, which some readers miss, is held."""
    result = red_team.last(f'Let $b := 2$.\n\n<div style="color: #eeeeee">\n\n$$\n{step}\n$$\n\n</div>\n')
    assert result.status == status, result.reason


#: Guards: ink clearly seen (Lc 15 and more) is read as today; ink unseen (Lc 0) is held as today, for its own reason.
SEEN = {"grey-333": "#333333", "grey-ccc-lc-27": "#cccccc", "grey-ddd-lc-18": "#dddddd", "red": "red"}


@pytest.mark.parametrize("name", sorted(SEEN))
def test_a_definition_in_ink_clearly_seen_is_read(name):
    result = red_team.last(f'<span style="color: {SEEN[name]}">Let $b := 2$.</span>' + _DOUBLED)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("ink", ["#ffffff", "#f6f6f6", "yellow"])
def test_a_definition_in_ink_unseen_is_held_as_unseen(ink):
    result = red_team.last(f'<span style="color: {ink}">Let $b := 2$.</span>' + _DOUBLED)
    assert result.status != PROVED, result.reason
    assert _FAINT_WORDS not in result.reason and "could not be read" in result.reason, result.reason


#: The same in maths MathJax or TeX colours: ink of doubtful visibility on the white page (xcolor's and CSS's cyan, Lc
#: 12; [HTML]{EEEEEE}, Lc 8), not clipped to Lc 0 (white: unseen) nor of Lc 15 and more (black, blue).
TYPESET = {"mathjax-cyan": r"\color{cyan}", "mathjax-eeeeee": r"\color{#eeeeee}"}


@pytest.mark.parametrize("name", sorted(TYPESET))
def test_a_definition_mathjax_sets_in_faint_ink_holds_the_step(name):
    result = red_team.last(f"Let $b$ be any number.\n\n$$\n{TYPESET[name]} b := 2\n$$\n" + _DOUBLED)
    assert result.status != PROVED, result.reason
    assert _FAINT_WORDS in result.reason, result.reason


@pytest.mark.parametrize(("ink", "faint"), [(r"\color{cyan}", True), (r"\color[HTML]{EEEEEE}", True),
                                            (r"\color{blue}", False), (r"\color{black}", False)])  # fmt: skip
def test_a_definition_tex_sets_in_faint_ink_holds_the_step(ink, faint):
    document = (
        "\\documentclass{article}\n\\usepackage{xcolor}\n\\begin{document}\n"
        f"{{{ink} Let $b := 2$.}}\n\n\\[\nb + b = 4\n\\]\n\\end{{document}}\n"
    )
    result = red_team.tex_report(document).results[-1]
    assert (result.status != PROVED) == faint, result.reason
    assert (_FAINT_WORDS in result.reason) == faint, result.reason
