"""Words a reader of the note's language reads (rt61a-13, 15, 18, rt61k-17, rt60r-11, rt59a guard 01):

- a value said after a display in Japanese or Korean comes before its particle ("これは $x = 0$ で成り立つ", "이 식은
  $x = 0$에서 성립한다"): the step is said to hold there; a negated verb (成り立たない, 성립하지 않는다) says no value;
- Italian "in" and "per" are words of a condition in a sentence whose subject is Italian ("L'uguaglianza vale anche
  in $x = 0$"), not in an English one ("This is used in $x = 0$ below");
- "The variable is Cauchy distributed", with no maths, says its law of the names of the sentence before it (held);
- "In the appendix we drop (1)" withdraws nothing where no line after it may open an appendix;
- "They are independent of $\\epsilon$" says so of the list of names the sentence before has for its subject;
- a sign said after an article and a noun ("Soit $x$ un réel négatif", "Sea $x$ un real negativo") is read;
- a supposed sign ("Suppose $x$ is negative") makes the names' family x = -s^2 a bound on x, so log x has no value."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_DIVIDED = "$$\n\\frac{x}{x} = 1\n$$\n\n"
_TIMES_ZERO = "$$\nx \\cdot 0 = 0\n$$\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "この式は $x = 0$ のときも成り立つ。",
        "これは $x = 0$ においても成り立つ。",
        "이것은 $x = 0$일 때도 성립한다.",
        "이 등식은 $x = 0$에서도 성립한다.",
        "Questa identità vale per $x = 0$.",
        "L'equazione vale in $x = 0$.",
    ],
)
def test_a_value_said_after_the_display_in_its_language_holds_the_step(said):
    """x / x has no value at x = 0, where the sentence says the step holds: not proved."""
    red_team.assert_held_or_refuted(red_team.last(_DIVIDED + said + "\n"))


@pytest.mark.parametrize(
    "said",
    [
        "これは $x = 0$ で成り立たない。",  # negated: no value said
        "이 식은 $x = 0$에서 성립하지 않는다.",
        "これは $x$ で割って得られる。",  # a name alone before で: no value
        "これは $y = 0$ で成り立つ。",  # a value of another name
    ],
)
def test_no_value_of_the_step_s_name_is_read(said):
    red_team.assert_proved(red_team.last(_DIVIDED + said + "\n"))


def test_a_value_after_the_display_in_words_not_read_holds_the_step():
    """English 'in' is no word of a condition, but since fx63c a sentence right after the display that sets a name
    of the step to a value, whose words are not read as a condition or an exception, holds the step (fail-safe: 'This
    is used in $x = 0$ below' and 'Valid at $x = 0$' are told apart by no reader): a proof lost on purpose."""
    result = red_team.last(_DIVIDED + "This is used in $x = 0$ below.\n")
    assert result.status == UNDECIDED and "x = 0" in result.reason, result.reason


@pytest.mark.parametrize(
    "said", ["これは $x = 0$ で成り立つ。", "이 식은 $x = 0$에서 성립한다.", "Questo vale in $x = 0$."]
)
def test_a_step_with_a_value_there_stays_proved(said):
    red_team.assert_proved(red_team.last(_TIMES_ZERO + said + "\n"))


_CAUCHY_MEAN = "\n\n$$\n\\mathbb{E}_{p(x)}[x] - \\mathbb{E}_{p(x)}[x] = 0\n$$\n"


@pytest.mark.parametrize(
    "said",
    [
        "Let $p(x)$ be the density of $x$. It follows a Cauchy law.",
        "Let $p(x)$ be the density of $x$.\n\nThe variable is Cauchy distributed.",
        "Let $p(x)$ be the density of $x$. The random variable has a Student t distribution with one degree of freedom.",
    ],
)
def test_a_heavy_law_said_of_the_variable_named_before_holds_its_mean(said):
    red_team.assert_held_or_refuted(red_team.last(said + _CAUCHY_MEAN))


@pytest.mark.parametrize(
    "said",
    [
        "Let $p(x)$ be the density of $x$. The variable is normally distributed.",
        "Let $p(x)$ be the density of $x$. A Cauchy law has no mean, unlike ours.",  # no anaphor: a remark
    ],
)
def test_a_light_law_or_a_remark_keeps_the_mean(said):
    red_team.assert_proved(red_team.last(said + _CAUCHY_MEAN))


_DEFINED = "Let\n\n$$\na := 3 \\tag{1}\n$$\n\n"
_DOUBLED = "\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("In the appendix we drop (1).", PROVED),  # no appendix in the note
        ("In Section 5 we drop (1).", PROVED),
        ("In the appendix we drop (1).\n\n**Proofs.**", UNDECIDED),  # a bold line may open it
        ("In the appendix we drop (1).\n\nAppendix: the rest.", UNDECIDED),
        ("In the appendix we drop (1).\n\n<h2>Proofs</h2>", UNDECIDED),
        ("In the appendix we drop (1).\n\nA Proofs", UNDECIDED),
        ("We drop (1).", UNDECIDED),  # no place: withdrawn here
    ],
)
def test_a_withdrawal_said_of_a_place_the_note_has_not(said, verdict):
    assert red_team.last(_DEFINED + said + _DOUBLED).status == verdict


_NOISE_PRODUCT = "\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("Here $x_0$, $z$ and $y$ are given. They are independent of $\\epsilon$.", PROVED),
        ("Here $x_0$ is given. They are independent of $\\epsilon$.", UNDECIDED),  # no list: 'They' unresolved
        ("Here $x_0$ and $y$ are given. They are not independent of $\\epsilon$.", UNDECIDED),
        ("Here $y$ and $z$ are given, with $x_0$. They are independent of $\\epsilon$.", UNDECIDED),
        ("Here $y$ and $z$ are given. They are independent of $\\epsilon$.", UNDECIDED),  # not x_0
    ],
)
def test_they_are_the_names_the_sentence_before_lists(said, verdict):
    assert red_team.last(red_team.DDPM + "\n" + said + _NOISE_PRODUCT).status == verdict


_LOG = "\n\n$$\n\\log x - \\log x = 0\n$$\n"


@pytest.mark.parametrize(
    "said",
    [
        "Soit $x$ un réel négatif.",
        "Soit $x$ un nombre réel négatif.",
        "Sea $x$ un real negativo.",
        "Sia $x$ un reale negativo.",
        "Soit $x$ un réel non négatif.",  # x = 0 allowed
        "Suppose $x$ is negative.",
        "Suppose $x$ is nonpositive.",
    ],
)
def test_a_sign_said_with_its_noun_or_supposed_holds_the_logarithm(said):
    red_team.assert_held_or_refuted(red_team.last(said + _LOG))


@pytest.mark.parametrize(
    ("said", "step"),
    [
        # the sign is y's, but since fx62d a sign word the order reader does not read holds a log of a name beside it
        # (x is beside 'négatif'): held, a proof lost, so the case is left out here
        ("Suppose $y$ is negative.", _LOG),
        ("Suppose $x$ is positive.", _LOG),
        ("Suppose $x$ is negative.", "\n\n$$\n\\log(-x) - \\log(-x) = 0\n$$\n"),
        ("Let $y = x - 1$.", _LOG),  # a family that does not bound x
        ("Soit $x$ un nombre strictement positif.", "\n\n$$\n\\frac{x}{x} = 1\n$$\n"),
    ],
)
def test_a_sign_that_leaves_the_step_a_value_keeps_it_proved(said, step):
    red_team.assert_proved(red_team.last(said + step))
