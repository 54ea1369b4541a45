"""Notation of sweep 44's list: words in ``\\text{...}`` are never symbols of a formula; a trace is refused;
Prince's ``Pr(x | z)`` is a density; a Gaussian's parameters may carry their names (``\\mu_t = a``).  Each is
read as a renderer and a mathematician read it, or refused with its reason; wrong variants stay unproved."""

from __future__ import annotations

import re

import pytest

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.parser import parse as parse_formula
from diffproof.cli import main
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes


def verdicts(text: str) -> dict[int, tuple[str, str]]:
    return {r.step.line: (r.status, r.reason) for r in check_notes(read_notes(text, markdown=True)).results}


def display(*rows: str) -> str:
    """A note of one display per row, the k-th (from 0) at line 4 + 5 k."""
    return "".join(f"Then\n\n$$\n{row}\n$$\n" for row in rows)


# --- 1. words in a text box ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "formula",
    [
        r"a + \text{(t=1 term)}",
        r"a + \text{x y}",
        r"a + \text{(0 terms of order t)}",
        r"\mbox{x y}",
        r"\textit{then so} b",
        r"\text{\sqrt{\alpha_t} x_{t-1}}",
    ],
)
def test_a_text_box_with_words_is_refused_not_read_as_names(formula):
    for notes in (True, False):
        with pytest.raises(InvalidAnswer, match=r"holds words, not a formula"):
            parse_formula(formula, notes=notes)


@pytest.mark.parametrize(
    "formula", [r"\text{ELBO}", r"\textbf{x}_t", r"\text{2} x", r"\text{Const.}", r"\operatorname{KL}"]
)
def test_one_word_or_a_number_set_upright_is_still_read(formula):
    parse_formula(formula, notes=True)


def test_a_text_box_of_other_scripts_is_refused_in_a_note():
    with pytest.raises(InvalidAnswer, match=r"holds words, not a formula"):
        parse_formula(r"a + \text{(t=1 重建项)}", notes=True)


def test_words_in_a_text_box_added_to_a_sum_never_prove_the_step():
    # Read as maths, "(0 terms of order t)" was 0 * terms * of * order * t = 0, and the step was proved.
    results = verdicts(
        display(r"(a+1)^2 = a^2 + 2a + 1 + \text{(0 terms of order t)}", r"(a+1)^2 = a^2 + 2a + \text{1 term}")
    )
    assert [status for status, _ in results.values()] == ["undecided", "undecided"]
    assert all("holds words, not a formula" in reason for _, reason in results.values())


def test_a_remark_in_a_text_box_beside_the_step_is_still_set_aside():
    results = verdicts(display(r"(a+1)^2 = a^2 + 2a + 1 \quad \text{(the square, term by term)}"))
    assert results[4][0] == PROVED


@pytest.mark.parametrize(
    "answer, verdict",
    [
        (r"\sqrt{\alpha_t} x_{t-1}", "correct"),
        (r"\sqrt{\alpha_t} \mbox{x}_{t-1}", "correct"),
        (r"\text{\sqrt{\alpha_t} x_{t-1}}", "invalid input"),  # words as a renderer sets them, once accepted
        (r"\sqrt{\alpha_t}\,\text{x t}", "invalid input"),
    ],
)
def test_the_answer_checker_never_reads_a_text_box_of_words_as_an_answer(capsys, answer, verdict):
    main(["check", "forward-step-mean", "--", answer])
    captured = capsys.readouterr()
    assert (captured.out + captured.err).startswith(f"{verdict}:")


# --- 2. a trace -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "formula", [r"\text{Tr}(A B)", r"\operatorname{tr}(A)", r"\mathrm{tr}(A)", r"\mathrm{Tr}[A]", r"\text{trace}(A)"]
)
def test_a_trace_is_refused_with_its_reason_by_the_answer_checker(formula):
    """A note's bracketed trace is read (test_notes_refute_47); an answer's never is."""
    with pytest.raises(InvalidAnswer, match=r"names a trace, an operator that is not read"):
        parse_formula(formula)


@pytest.mark.parametrize("formula", [r"\operatorname{tr} A", r"\text{Tr} A B", r"\mathrm{tr}"])
def test_a_trace_without_a_bracket_is_refused_with_its_reason(formula):
    with pytest.raises(InvalidAnswer, match=r"names a trace, an operator that is not read"):
        parse_formula(formula, notes=True)


def test_a_step_through_a_trace_is_not_proved_coordinatewise():
    results = verdicts(
        display(r"\mathrm{tr}(A B) = \mathrm{tr}(B A)", r"\text{Tr}(A + B) = \text{Tr}(A) + \text{Tr}(B)")
    )
    assert [status for status, _ in results.values()] == ["undecided", "undecided"]


# --- 3. Prince's Pr, a Gaussian's labelled parameters ------------------------------------------------------------

BAYES = display(r"Pr(z|x) = \frac{Pr(x|z) Pr(z)}{Pr(x)}", r"Pr(z|x) = \frac{Pr(x|z) Pr(x)}{Pr(z)}")


def test_prince_s_pr_is_a_density_bayes_is_proved_and_its_swap_refuted():
    results = verdicts(BAYES)
    assert [status for status, _ in results.values()] == [PROVED, REFUTED]


def test_pr_given_z_is_not_pr_of_x_alone_without_independence_stated():
    results = verdicts(display(r"Pr(x|z) = Pr(x)"))
    assert results[4][0] != PROVED


LABELLED = r"q(x_t | x_{t-1}) = \mathcal{N}(x_t; \mu_t = \sqrt{1-\beta_t} x_{t-1}, \Sigma_t = \beta_t I)"


def unplaced(node) -> str:
    """A syntax tree's text without the positions of its nodes."""
    return re.sub(r"position=\d+", "", repr(node))


@pytest.mark.parametrize(
    "labelled, plain",
    [
        (r"\mathcal{N}(x; \mu_t = a, \Sigma_t = b)", r"\mathcal{N}(x; a, b)"),
        (r"\mathcal{N}(x; \mu = a + c, \sigma_t^2 = b)", r"\mathcal{N}(x; a + c, b)"),
        (r"\mathcal{N}(x | \mu_t = a, b)", r"\mathcal{N}(x | a, b)"),
    ],
)
def test_a_gaussian_with_labelled_parameters_reads_their_values(labelled, plain):
    assert unplaced(parse_formula(labelled, notes=True)) == unplaced(parse_formula(plain, notes=True))


@pytest.mark.parametrize(
    "formula",
    [
        r"\mathcal{N}(x; \mu = a, \sigma = b)",  # a standard deviation: the covariance would be b or b^2
        r"\mathcal{N}(x; \sigma^2 = a, b)",  # the mean labelled as a variance
        r"\mathcal{N}(x; m = a, b)",
        r"\mathcal{N}(x; a, \mu = b)",
        r"\mathcal{N}(x; \mu^2 = a, b)",
    ],
)
def test_a_gaussian_parameter_labelled_by_another_name_is_refused(formula):
    with pytest.raises(InvalidAnswer, match=r"labelled by another name"):
        parse_formula(formula, notes=True)


def test_labels_are_only_read_in_notes():
    with pytest.raises(InvalidAnswer):
        parse_formula(r"\mathcal{N}(x; \mu = a, \Sigma = b)")


def test_a_definition_with_labelled_parameters_proves_its_restatement_and_refutes_a_wrong_mean():
    results = verdicts(
        display(
            LABELLED,
            r"q(x_t | x_{t-1}) = \mathcal{N}(x_t; \sqrt{1-\beta_t} x_{t-1}, \beta_t I)",
            r"q(x_t | x_{t-1}) = \mathcal{N}(x_t; \sqrt{\beta_t} x_{t-1}, \beta_t I)",
        )
    )
    assert results[4][0] == "undecided" and "defines" in results[4][1]
    assert results[9][0] == PROVED
    assert results[14][0] == REFUTED
