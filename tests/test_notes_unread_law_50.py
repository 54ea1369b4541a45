"""A counterexample never chooses a value for a parameter of a law the note states in a shape the reader does not
read as a family's call (lw50, rt49b-16-18): a letter with its parameter in the index (``t_\\nu``, ``\\chi^2_k``), a
family applied but read as a product (``\\chi^2(c)``, ``U(s)``), the Greek capital's call ``\\Gamma(k, c)`` in words,
a density written as a bare formula (``p(x) = s(1-s)^x``), a Gaussian's covariance given in other maths
(``\\operatorname{diag}(s, s)``, a pmatrix) beside its words or as the body of its variance's equation.  The
refutation is dropped to undecided, the reason names the law.  A wrong step whose counterexample chooses none of the
law's parameters, a law's sampled variable (``x_0 \\sim q(x_0)``), a read law's parameter beside it, and the same
maths said of no law, keep their refutation.  Student's t and the chi-squared law after ``\\sim`` (``t_\\nu``,
``\\chi^2_k``, ``\\chi^2(c)``, ``t(\\nu)``, one letter of degrees of freedom) are read: it is positive, and a wrong step
stays refuted within it."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED
from diffproof.notecheck.statements.timeline import Timeline
from diffproof.notes import read_notes

#: Right steps about a parameter positive (or a probability) in the law stated, which the reader does not read.
RIGHT = {
    "a uniform read as a product": ("Let $x \\sim U(s)$.", "|s| = s"),
    "a uniform in words": ("Let $x$ be drawn from $U(s)$.", "|s| = s"),
    "en chi squared in words": ("Let $x$ follow $\\chi^2(c)$.", "|c| = c"),
    "fr Gamma in words": ("Soit $x$ distribuée selon $\\Gamma(k, c)$.", "|c| = c"),
    "zh upright Gamma in words": ("设 $x$ 服从 $\\mathrm{Gamma}(k, c)$。", "|c| = c"),
    "de Student's t in words": ("Sei $x$ verteilt nach $t_{\\nu}$.", "|\\nu| = \\nu"),
    "a density in a sentence": ("Let the density of $x$ be $p(x) = s(1-s)^x$.", "|s| = s"),
    "a density given its parameter": ("Let $p(x \\mid \\lambda) = \\lambda e^{-\\lambda x}$.", "|\\lambda| = \\lambda"),
    "a covariance in words": ("Let $x$ be Gaussian with covariance $\\operatorname{diag}(s, s)$.", "|s| = s"),
    "zh covariance in words": ("设 $x$ 服从协方差为 $\\operatorname{diag}(s, s)$ 的高斯分布。", "|s| = s"),
    "a covariance defined after its law": (
        "Let $x \\sim \\mathcal{N}(0, \\Sigma)$.\nHere $\\Sigma = \\operatorname{diag}(s, s)$.",
        "|s| = s",
    ),
    "a covariance as a pmatrix": (
        "Let $x \\sim \\mathcal{N}(0, \\Sigma)$ with $\\Sigma = \\begin{pmatrix} s & 0 \\\\ 0 & s \\end{pmatrix}$.",
        "|s| = s",
    ),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_right_step_about_an_unread_law_s_parameter_is_not_refuted(name):
    words, step = RIGHT[name]
    result = red_team.last(f"{words}\n\n$$\n{step}\n$$\n")
    assert result.status != REFUTED, result.reason
    assert "not read" in result.reason


#: Laws after \\sim of Student's t and the chi-squared law, their degrees of freedom in the index or applied alone:
#: read, they are positive (the counterexample at a negative value is outside the law's domain).
READ = {
    "chi squared with an index": ("Let $x \\sim \\chi^2_k$.", "|k| = k"),
    "chi squared with a Greek index": ("Soit $x \\sim \\chi^2_{\\nu}$.", "|\\nu| = \\nu"),
    "Student's t with an index": ("Let $y \\sim t_{\\nu}$ be a random variable.", "|\\nu| = \\nu"),
    "Student's t applied": ("Let $x \\sim t(\\nu)$.", "|\\nu| = \\nu"),
    "chi squared applied": ("Sei $x \\sim \\chi^2(c)$.", "\\sqrt{c^2} = c"),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_a_right_step_about_student_s_or_chi_squared_degrees_of_freedom_is_not_refuted(name):
    words, step = READ[name]
    result = red_team.last(f"{words}\n\n$$\n{step}\n$$\n")
    assert result.status != REFUTED, result.reason
    assert "(a law: its degrees of freedom positive)" in result.reason


def test_a_density_defined_in_a_display_holds_its_parameter():
    result = red_team.last("The density is\n\n$$\np(x) = s(1-s)^x\n$$\n\nso\n\n$$\n|s| = s\n$$\n")
    assert result.status != REFUTED, result.reason
    assert "s is a parameter of a density not read: s(1-s)^x" in result.reason


def test_the_reason_names_the_parameter_and_the_law():
    result = red_team.last("Let $x \\sim U(s)$.\n\n$$\n|s| = s\n$$\n")
    assert "s is a parameter of a law that is not read: U(s)" in result.reason


#: Wrong steps that keep their refutation: beside the unread law, the counterexample chooses none of its parameters
#: (a read law's variance, another name, the law's own variable); the same maths said of no law holds nothing.
WRONG = {
    "Student's degrees of freedom read": ("Let $x \\sim t_{\\nu}$.", "|\\nu| = -\\nu"),
    "chi squared's degrees of freedom read": ("Let $x \\sim \\chi^2(c)$.", "c^2 = c"),
    "an index beyond a letter held": ("Let $x \\sim t_{n-1}$.", "(a + b)^2 = a^2 + b^2"),
    "a read law's variance beside t": ("Let $x \\sim t_{\\nu}$ and $y \\sim \\mathcal{N}(0, s)$.", "|s| = -s"),
    "another name beside chi squared": ("Let $x \\sim \\chi^2(c)$.", "(a + b)^2 = a^2 + b^2"),
    "another name beside a density": ("Let $p(x) = s(1-s)^x$.", "(a + b)^2 = a^2 + b^2"),
    "the variable of a density": ("Let $p(x) = s(1-s)^x$.", "(x + 1)^2 = x^2 + 1"),
    "the variables of the data's laws": (
        "Let $x_0 \\sim q(x_0)$ and $x_T \\sim p(x_T)$.",
        "(x_0 + x_T)^2 = x_0^2 + x_T^2",
    ),
    "a diag of no law": ("Let $\\Sigma = \\operatorname{diag}(s, s)$.", "|s| = s"),
    "an indexed t of no law": ("Let $t_{\\nu}$ be the time.", "|\\nu| = \\nu"),
    "Gamma in words that follow from": ("It follows that $\\Gamma(k, c)$ is small.", "|c| = c"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_step_keeps_its_refutation(name):
    words, step = WRONG[name]
    result = red_team.last(f"{words}\n\n$$\n{step}\n$$\n")
    assert result.status == REFUTED, result.reason


#: Laws of the data and of densities the notes write everywhere: none holds a name of its own.
DATA_LAWS = (
    "Let $x_T \\sim p(x_T)$.",
    "Let $x_0 \\sim q(x_0)$.",
    "Let $\\mathbf{x}_0 \\sim p_{data}$.",
    "Let $x \\sim p_0$.",
    "Let $x_0 \\sim p_\\theta$.",
    "Let $X_0 \\sim u$.",
)


@pytest.mark.parametrize("words", DATA_LAWS)
def test_a_law_of_the_data_holds_no_name(words):
    timeline = Timeline.of(read_notes(f"{words}\n\n$$\na = a\n$$\n", markdown=True))
    assert timeline.unread_law_parameters == {}


def test_a_density_s_variable_index_is_not_held():
    """p(x_t) = e^{-s x_t} / Z holds s and Z, not x_t's index t (every step writing x_t would lose its witness)."""
    timeline = Timeline.of(read_notes("Let $p(x_t) = \\frac{1}{Z} e^{-s x_t}$.\n\n$$\na = a\n$$\n", markdown=True))
    held = {key[0] for key in timeline.unread_law_parameters}
    assert {"Z", "s"} <= held and not held & {"t", "x"}


def test_the_family_s_own_letter_stays_free():
    """x ~ t(1 - t) is no law of t's: t (the time, an index everywhere) is not held, the other names are."""
    timeline = Timeline.of(read_notes("Let $x \\sim t(1 - s t)$.\n\n$$\na = a\n$$\n", markdown=True))
    assert {key[0] for key in timeline.unread_law_parameters} == {"s"}
