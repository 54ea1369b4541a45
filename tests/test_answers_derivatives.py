"""Derivatives in the answer checker: every notation read as the derivative, in one parser with the notes.

``\\frac{d}{dx} x^2`` was d/(d x) x^2 = x: the wrong answer x was accepted and the right answer 2x refuted with
a value of d.  ``\\partial_t \\bar\\alpha_t = 0`` and ``\\nabla_\\theta \\epsilon_\\theta(x_t, t) = 0`` were accepted:
the kernel holds a name indexed by the variable fixed.  Now each notation is the derivative, a Leibniz d that
may be a letter is refused where it is one, and a derivative the kernel would take with something varying
held fixed is undecided with the reason (:mod:`diffproof.answers.derivatives`, shared with the notes).
"""

from __future__ import annotations

import json
import re

import pytest

from diffproof.answers.bank import check_file
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import check
from diffproof.answers.grading import equiv as grade
from diffproof.answers.limits import Limits
from diffproof.answers.parser import Gradient, parse
from diffproof.cli import main
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

SAMPLE_BANK = "examples/course_bank.toml"

#: The derivative of x^2 in x, in each notation read.
NOTATIONS = [
    r"\frac{d}{dx} x^2",
    r"\frac{d}{d x} x^2",
    r"\frac{d x^2}{dx}",
    r"\frac{dx^2}{dx}",
    r"\frac{\mathrm d}{\mathrm d x} x^2",
    r"\frac{\mathrm{d}}{\mathrm{d}x} x^2",
    r"\frac{\mathrm{d} x^2}{\mathrm{d} x}",
    r"\dfrac{d}{dx}\left(x^2\right)",
    r"\frac{\partial}{\partial x} x^2",
    r"\frac{\partial x^2}{\partial x}",
    r"\partial_x x^2",
    r"\nabla_x x^2",
]


def equiv(capsys, *argv: str) -> tuple[int, dict]:
    status = main(["equiv", "--json", *argv])
    return status, json.loads(capsys.readouterr().out)


def coordinates(document: dict) -> set[str]:
    return set(document["counterexample"]["point"])


# -- one reading, in the answers and in the notes


@pytest.mark.parametrize("text", NOTATIONS)
@pytest.mark.parametrize("notes", [False, True], ids=["answers", "notes"])
def test_each_notation_is_the_derivative_in_its_variable(text, notes):
    (node,) = parse(text, notes=notes).operands
    (nabla,) = parse(r"\nabla_x x^2", notes=notes).operands
    assert isinstance(node, Gradient) and node.variable.key == nabla.variable.key == ("x", "", "")
    assert repr(node.body).split("position=")[0] == repr(nabla.body).split("position=")[0]


@pytest.mark.parametrize(
    "text", [r"\frac{d}{2}", r"\frac{d x}{y}", r"\frac{d}{d}", r"\frac{\partial_x f}{g}", r"\frac{x}{dt}", "(x + 1)/d"]
)
def test_a_fraction_without_a_d_before_a_variable_below_is_a_quotient(text):
    (node,) = parse(text).operands
    assert not isinstance(node, Gradient)


@pytest.mark.parametrize("text", NOTATIONS)
def test_right_and_wrong_derivatives(capsys, text):
    status, document = equiv(capsys, text, "2x")
    assert (status, document["verdict"]) == (0, "correct"), document
    status, document = equiv(capsys, text, "x")
    assert (status, document["verdict"]) == (1, "wrong"), document
    assert coordinates(document) == {"x"}  # no d among them: d is no variable here


@pytest.mark.parametrize(
    ("reference", "right", "wrong"),
    [
        (r"\frac{d}{d\theta} \theta^3", r"3\theta^2", r"\theta^2"),
        (r"\frac{d\log x}{dx}", r"\frac{1}{x}", "x"),
        (r"\frac{d}{dx} e^{2x}", r"2e^{2x}", r"e^{2x}"),
        (r"\frac{d}{dx}\left(a x^2 + b\right)", "2 a x", "2 a x + b"),
        (r"\frac{\mathrm{d}}{\mathrm{d}\sigma} \sigma^2", r"2\sigma", r"\sigma"),
    ],
)
def test_leibniz_derivatives_of_other_expressions(capsys, reference, right, wrong):
    assert equiv(capsys, reference, right)[0] == 0
    status, document = equiv(capsys, reference, wrong)
    assert status == 1 and "d" not in coordinates(document), document


# -- what is not read: a clear error, never a product


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (r"\frac{d}{dx} x^2 + d", "d is a variable at character 20 and the d of a derivative at character 1"),
        (r"d \frac{d x^2}{dx}", "d is a variable at character 1"),
        ("d/dx x^2", "may be a derivative (d/dx) or a quotient"),
        ("dy/dx", "may be a derivative (d/dx) or a quotient"),
        ("d(x^2)/dx", "may be a derivative (d/dx) or a quotient"),
        ("dx^2/dx", "may be a derivative (d/dx) or a quotient"),
        (r"\frac{d^2}{dx^2} x^3", "higher order"),
        (r"\frac{d^2 y}{dx^2}", "higher order"),
        (r"\frac{d}{dx^2} x^3", "higher order"),
        (r"\frac{d}{dx\, dy} x y", "expected '}' to close the denominator of a derivative"),
        (r"\frac{dy}{dx}(0)", "taken at it or multiply it"),
        (r"\frac{d}{dx} f(x)", "f before a parenthesis in a derivative"),  # f' or f times x?
        (r"\frac{d f(x)}{dx}", "f before a parenthesis in a derivative"),
        (r"\nabla_x \sigma(x)", r"\sigma before a parenthesis in a derivative"),
        (r"\partial_x a(x + 1)", "a before a parenthesis in a derivative"),
    ],
)
def test_a_derivative_not_read_is_an_error_that_says_why(text, message):
    with pytest.raises(InvalidAnswer, match=re.escape(message)):
        parse(text)


def test_the_variable_before_a_parenthesis_is_a_product(capsys):
    assert equiv(capsys, r"\frac{d}{dx} x(x + 1)", "2x + 1")[0] == 0
    assert equiv(capsys, r"\frac{d}{dx} \left(a \cdot (x + 1)\right)", "a")[0] == 0
    assert equiv(capsys, "f(x)", "f x")[0] == 0  # outside a derivative, as before


def test_an_upright_d_is_never_a_letter(capsys):
    status, document = equiv(capsys, r"\frac{\mathrm d}{\mathrm d x} x^2 + d", "2x + d")
    assert status == 0, document


def test_the_cli_refuses_a_d_read_two_ways_with_status_2(capsys):
    assert main(["equiv", r"\frac{d}{dx} x^2 + d", "2x + d"]) == 2
    assert "the d of a derivative" in capsys.readouterr().err


# -- a bracket after a derivative, then more factors: two readings, never one chosen


def verdict(reference: str, answer: str) -> str:
    """The verdict on ``answer`` against ``reference``, or "refused" when the reference reads two ways."""
    try:
        return grade(reference, answer).verdict.status.value
    except InvalidAnswer as error:
        assert "more than one way" in str(error), error
        return "refused"


#: Each derivative's operand opens with a bracket that more factors follow: the derivative of the bracket times
#: them, or of the whole product (rt42-answer-*, held out).  Each with the answer of one reading and the other's.
BRACKET_THEN_MORE = [
    (r"\frac{d}{dx}\left[x^2\right] x", "2x^2", "3x^2"),
    (r"\frac{d}{dx}\big(x^2\big)\, x", "2x^2", "3x^2"),
    (r"\frac{d}{dx}\Big[(x^2)\Big] x", "2x^2", "3x^2"),
    (r"\frac{d}{dx}((x^2)) x", "2x^2", "3x^2"),
    (r"\frac{d}{dx}(x^2)\frac{1}{x}", "2", "1"),
    (r"\frac{d}{dx}(x + 1)(x + 2)", "x + 2", "2x + 3"),
    (r"\frac{d}{dx}(x^2 + 1)^2 x", "4x^2 (x^2 + 1)", "(x^2 + 1)(5x^2 + 1)"),
    (r"\frac{\partial}{\partial x}(x^2)\, x", "2x^2", "3x^2"),
    (r"\frac{d}{dt}(t^2)\, t", "2t^2", "3t^2"),
    (r"\partial_x\left(x^2\right)\partial_x\left(x^3\right)", "6x^3", "12x^3"),
    (r"\nabla_x (x^3) x + \nabla_x (x^2) x", "3x^3 + 2x^2", "4x^3 + 3x^2"),
    (r"\nabla_x \exp(2x)\, x", "2x e^{2x}", "(2x + 1) e^{2x}"),
    (r"\frac{d}{dx}\exp\left(x\right) x", "x e^x", "(x + 1) e^x"),
    (r"\frac{d}{dx}\left|x\right| x", r"\left|x\right|", r"2\left|x\right|"),
]


@pytest.mark.parametrize(("text", "short", "whole"), BRACKET_THEN_MORE)
def test_a_bracket_then_more_factors_is_refused_as_a_reference_and_undecided_as_an_answer(text, short, whole):
    assert verdict(text, short) == "refused"
    assert verdict(short, text) == verdict(whole, text) == UNDECIDED
    assert verdict("x^5 + 7", text) == REFUTED  # both readings wrong: wrong


@pytest.mark.parametrize(
    ("reference", "answer"),
    [
        (r"\frac{d}{dx}(x^2)", "2x"),
        (r"\frac{d}{dx}\left(x^2\right) \cdot x", "2x^2"),
        (r"\frac{d}{dx}\left(x^2 x\right)", "3x^2"),
        (r"\frac{d}{dx} x^2 x", "3x^2"),
        (r"\frac{d}{dx}{x^2} x", "3x^2"),  # a brace group does not show: d/dx x^2 x
        (r"\frac{d}{dx}(x^2 + 1)^3", "6x (x^2 + 1)^2"),
        (r"\frac{d}{dx}\left(x^2\right) + \frac{d}{dx}\left(x^3\right) \cdot x", "2x + 3x^3"),
        (r"\nabla_x \log(x)", "1/x"),
        (r"\log(x)\, x", r"x \log x"),  # a function's bracket is its argument: no derivative here
    ],
)
def test_a_derivative_with_one_reading_is_still_judged(reference, answer):
    assert verdict(reference, answer) == PROVED
    assert verdict(reference, f"2 ({answer})") == REFUTED


@pytest.mark.parametrize(
    ("step", "status"),
    [
        (r"\frac{d}{dx}(x^2)\, x = 3x^2", UNDECIDED),
        (r"\frac{d}{dx}(x^2)\, x = 2x^2", UNDECIDED),
        (r"\frac{d}{dx}\left(x^2\right)\frac{d}{dx}\left(x^3\right) = 6x^3", UNDECIDED),
        (r"\frac{d}{dx}(x^2)\, x = x", REFUTED),
        (r"\frac{d}{dx}(x^2) \cdot x = 2x^2", PROVED),
        (r"\frac{d}{dx}\left(x^2\right) = 2x", PROVED),
        (r"\nabla_x \exp(2x)\, x = 2x e^{2x}", UNDECIDED),
        (r"\nabla_x \exp(2x)\, x = (2x + 1) e^{2x}", UNDECIDED),
        (r"\nabla_x \exp(x)\, 2 = 2 e^x", PROVED),  # a constant after: the readings agree
    ],
)
def test_a_note_judges_the_two_readings_apart(step, status):
    result = last(step)
    assert result.status == status, result.reason
    if status == UNDECIDED:
        assert "readings disagree" in result.reason


# -- held fixed: undecided with the reason, never correct or wrong


@pytest.mark.parametrize(
    ("reference", "answer", "reason"),
    [
        (r"\frac{d}{dt}\bar\alpha_t", "0", r"indexed by t"),
        (r"\frac{d}{dt}\bar\alpha_t", r"\frac{\bar\alpha_t}{t}", "indexed by t"),  # the reading as a quotient
        (r"\partial_t \bar\alpha_t", "0", "indexed by t"),
        (r"\frac{\partial \bar\alpha_t}{\partial t}", "0", "indexed by t"),
        (r"\nabla_\theta \epsilon_\theta(x_t, t)", "0", r"indexed by \theta"),
        (r"\nabla_\theta \log p_\theta(x)", "0", r"indexed by \theta"),
        (r"\frac{d}{dt} x_t", "0", "indexed by t"),
        (r"\frac{d \sigma_t}{dt}", "0", "indexed by t"),
        (r"\frac{d}{dt} SNR(t)", "0", "indexed by t"),  # SNR(t) is abar_t / (1 - abar_t)
        (r"\nabla_t \epsilon_\theta(x_t, t)", "0", "indexed by t"),  # through its input x_t
        (r"\frac{dy}{dx}", "0", "where x is not written"),
        (r"\nabla_x (x \mu_\theta)", r"\mu_\theta(x)", "also written applied to arguments"),
        (r"\partial_{\beta_t} \alpha_t", "-1", r"replaced by 1 - \alpha_t"),
    ],
)
def test_a_derivative_taken_with_something_varying_held_fixed_is_undecided(capsys, reference, answer, reason):
    status, document = equiv(capsys, reference, answer)
    assert (status, document["verdict"]) == (3, "undecided") and reason in document["reason"], document
    status, document = equiv(capsys, answer, reference)  # on either side
    assert status == 3 and reason in document["reason"], document


@pytest.mark.parametrize(
    ("reference", "right", "wrong"),
    [
        (r"\frac{\partial}{\partial \alpha_t} \bar\alpha_t", r"\bar\alpha_{t-1}", r"\bar\alpha_t"),  # the relation
        (r"\frac{d}{dt} t^2", "2t", "t"),
        (r"\nabla_{x_t} \left(\sqrt{\bar\alpha_t} x_t\right)^2", r"2\bar\alpha_t x_t", r"\bar\alpha_t x_t"),
        (r"\frac{\partial}{\partial x} (a x^2)", "2 a x", "a x"),  # a held fixed, as a partial derivative does
    ],
)
def test_a_derivative_of_what_is_written_out_is_judged(capsys, reference, right, wrong):
    assert equiv(capsys, reference, right)[0] == 0
    assert equiv(capsys, reference, wrong)[0] == 1


def test_a_given_writes_out_what_is_differentiated(capsys):
    """``\\frac{dy}{dx}`` with y = x^2 given: the given is written out before the derivative is taken."""
    assert equiv(capsys, "--given", "y = x^2", r"\frac{dy}{dx}", "2x")[0] == 0
    status, document = equiv(capsys, "--given", "y = x^2", r"\frac{dy}{dx}", "x")
    assert status == 1 and coordinates(document) == {"x"}
    assert equiv(capsys, r"\frac{dy}{dx}", "2x")[0] == 3  # y not given: what it is made of is not said


# -- the score quantities: still right where right


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        (r"\frac{x_t + (1-\bar\alpha_t)\nabla_{x_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}", "correct"),
        (r"\frac{x_t + (1-\bar\alpha_t)\frac{\partial \log p(x_t)}{\partial x_t}}{\sqrt{\bar\alpha_t}}", "correct"),
        (r"\frac{x_t + (1-\bar\alpha_t)\frac{d}{dx_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}", "correct"),
        (r"\frac{x_t + (1-\bar\alpha_t)\partial_{x_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}", "correct"),
        (r"\frac{x_t - (1-\bar\alpha_t)\frac{d}{dx_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}", "wrong"),
        (r"\frac{x_t + (1-\bar\alpha_t)\frac{d}{dt}\log p(x_t)}{\sqrt{\bar\alpha_t}}", "undecided"),
    ],
)
def test_tweedie_with_the_score_in_each_notation(answer, word):
    assert check("tweedie-mean", answer).word == word


def test_score_in_the_variable_of_the_density(capsys):
    assert equiv(capsys, r"\nabla_{x_t}\log q(x_t)", r"\frac{\nabla_{x_t} q(x_t)}{q(x_t)}")[0] == 0
    assert equiv(capsys, r"\nabla_{x_t}\log q(x_t)", r"\frac{d}{dx_t}\log q(x_t)")[0] == 0
    assert equiv(capsys, r"\nabla_{x_t}\log q(x_t)", r"\nabla_{x_t} q(x_t)")[0] == 1


# -- the batch and the bank


def test_batch_rows_with_derivatives_and_the_exit_status(tmp_path, capsys):
    snr = r"\frac{\bar\alpha_t}{1-\bar\alpha_t}"
    rows = [
        {"id": "leibniz-right", "quantity": "snr", "answer": snr + r" + \frac{d}{dx} x - 1"},
        {"id": "leibniz-wrong", "quantity": "snr", "answer": snr + r" + \frac{d}{dx} x"},
        {"id": "held", "quantity": "snr", "answer": snr + r" + \partial_t \bar\alpha_t"},
        {"id": "two-ds", "quantity": "snr", "answer": snr + r" + \frac{d}{dx} x - d"},
    ]
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    status = main(["check", "--batch", str(path), "--json"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert {r["id"]: r["verdict"] for r in records[:-1]} == {
        "leibniz-right": "correct",
        "leibniz-wrong": "wrong",
        "held": "undecided",
        "two-ds": "invalid input",
    }
    assert records[-1]["summary"] == {"rows": 4, "correct": 1, "wrong": 1, "undecided": 1, "invalid input": 1}


def test_check_exit_statuses(capsys):
    assert main(["check", "snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t} + \frac{d}{dx} 1"]) == 0
    assert main(["check", "snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t} + \frac{d}{dx} x"]) == 1
    assert main(["check", "snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t} + \frac{d}{dt}\bar\alpha_t"]) == 3
    assert main(["check", "snr", r"\frac{d}{dx} x + d"]) == 2
    capsys.readouterr()


BANK = """[questions.power-rule]
title = "The derivative of x^3"
reference = '3 x^2'
[[questions.power-rule.feedback]]
answer = 'x^2'
message = "The exponent comes down as a factor."

[questions.dimension]
title = "Half the dimension"
reference = '\\frac{d}{2}'
symbols = { d = "positive integer" }
"""


def test_a_bank_question_answered_with_derivatives(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text(BANK, encoding="utf-8")
    assert check_file(path) == []
    assert check("power-rule", r"\frac{d}{dx} x^3", str(path)).word == "correct"
    assert check("power-rule", r"\frac{d x^3}{dx}", str(path)).word == "correct"
    wrong = check("power-rule", r"\frac{1}{3}\frac{d}{dx} x^3", str(path))
    assert wrong.word == "wrong" and wrong.feedback == "The exponent comes down as a factor."
    # the question declares d: a d in a fraction may be its d, so Leibniz's is refused there
    with pytest.raises(InvalidAnswer, match="d is a variable of the question and the d of a derivative"):
        check("dimension", r"\frac{d x}{d x} \cdot 5", str(path))
    with pytest.raises(InvalidAnswer, match="d is a variable at character 29 and the d of a derivative"):
        check("dimension", r"\frac{d x}{d x} \cdot \frac{d}{2}", str(path))
    assert check("dimension", r"\frac{\mathrm{d} x}{\mathrm{d} x} \cdot \frac{d}{2}", str(path)).word == "correct"


def test_a_bank_whose_reference_holds_a_derivative_fixed_is_rejected(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text("[questions.a]\ntitle='t'\nreference='\\partial_t \\bar\\alpha_t'\n", encoding="utf-8")
    (error,) = check_file(path)
    assert "reference: cannot be evaluated" in error and "indexed by t" in error


def test_the_sample_bank_entropy_question_is_judged_as_before():
    assert check("gaussian-entropy", r"\frac{d}{2}\log(2\pi e\sigma^2)", SAMPLE_BANK).word == "correct"
    with pytest.raises(InvalidAnswer, match="d is a variable of the question"):
        check("gaussian-entropy", r"\frac{d \sigma^2}{d\sigma}", SAMPLE_BANK)


# -- the notes read Leibniz's d with the same code, under the same guard


def last(*parts: str):
    text = "\n\n".join(f"$$\n{part}\n$$" for part in parts) + "\n"
    report = check_notes(read_notes(text, markdown=True), Limits(seconds=60))
    return report.results[-1]


@pytest.mark.parametrize(
    ("step", "status", "reason"),
    [
        (r"\frac{d}{dx} x^2 = 2x", PROVED, ""),
        (r"\frac{d}{dx} x^2 = x", REFUTED, ""),
        (r"\frac{\mathrm{d} x^3}{\mathrm{d} x} = 3x^2", PROVED, ""),
        (r"\frac{d}{dt} \bar\alpha_t = 0", UNDECIDED, "indexed by t"),
        (r"\frac{d x_t}{dt} = 0", UNDECIDED, "indexed by t"),
        (r"\frac{dx}{dt} = 0", UNDECIDED, "where t is not written"),
    ],
)
def test_a_note_reads_leibniz_notation_too(step, status, reason):
    result = last(step)
    assert result.status == status and reason in result.reason, result.reason
