"""A course's question bank: the format, its validation (file, line, question named), feedback by equivalence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diffproof.answers.bank import BankError, check_file, load, parse_domain
from diffproof.answers.grading import check
from diffproof.cli import main

SAMPLE = Path(__file__).parent.parent / "examples" / "course_bank.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_sample_bank_is_sound_and_large_enough():
    bank = load(SAMPLE)
    assert len(bank.questions) >= 10
    assert check_file(SAMPLE) == []
    assert sum(len(q.feedback) for q in bank.questions.values()) >= 6


@pytest.mark.parametrize(
    ("text", "domain"),
    [("real", "Reals"), ("positive", "Interval.open(0, oo)"), ("(0, 1)", "Interval.open(0, 1)"),
     ("[2, 5)", "Interval.Ropen(2, 5)"), ("(-inf, 0]", "Interval(-oo, 0)"), ("nonnegative", "Interval(0, oo)"),
     ("positive integer", "Naturals"), ("[0, 1/2]", "Interval(0, 1/2)")],
)  # fmt: skip
def test_domains(text, domain):
    assert str(parse_domain(text)) == domain


BAD = [
    ("not-toml", "[questions.a\nreference = 'x'", "not valid TOML"),
    ("no-questions", "title = 'x'\n", "no questions"),
    ("unknown-top-level", "[quiz.a]\ntitle='t'\nreference='x'\n", "unknown top-level field(s) quiz"),
    ("bad-name", "[questions.A_B]\ntitle='t'\nreference='x'\n", ":1: question 'A_B': a question name"),
    ("missing-reference", "[questions.a]\ntitle='t'\n", ":1: question 'a': the field 'reference' is required"),
    ("unknown-field", "[questions.a]\ntitle='t'\nreference='x'\nanswer='y'\n", "unknown field(s) answer"),
    ("reference-does-not-parse", "[questions.a]\ntitle='t'\n\nreference='\\frac{x}{'\n", ":4: question 'a': reference: expected a formula"),
    ("reference-ambiguous", "[questions.a]\ntitle='t'\nreference='\\log p(x) y'\n", "reference: it can be read in more than one way"),
    ("unknown-domain", "[questions.a]\ntitle='t'\nreference='x'\nsymbols = { x = 'sort of positive' }\n", ":4: question 'a': symbols: 'x': unknown domain"),
    ("empty-interval", "[questions.a]\ntitle='t'\nreference='x'\nsymbols = { x = '(1, 0)' }\n", "is empty"),
    ("symbol-not-a-name", "[questions.a]\ntitle='t'\nreference='x'\nsymbols = { 'x + y' = 'real' }\n", "not a single name"),
    ("relation-not-a-relation", "[questions.a]\ntitle='t'\nreference='x'\nrelations = ['x + 1']\n", ":4: question 'a': relations: 'x + 1'"),
    ("relation-contradiction", "[questions.a]\ntitle='t'\nreference='x'\nrelations = ['\\sigma = -2']\n", "contradicts the domain"),
    ("feedback-fields", "[questions.a]\ntitle='t'\nreference='x'\n[[questions.a.feedback]]\nanswer='y'\n", "exactly the text fields answer and message"),
    ("feedback-does-not-parse", "[questions.a]\ntitle='t'\nreference='x'\n[[questions.a.feedback]]\nanswer='y +'\nmessage='m'\n", "feedback: answer 'y +'"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), [row[1:] for row in BAD], ids=[row[0] for row in BAD])
def test_a_bad_bank_is_rejected_with_file_line_and_question(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(BankError) as caught:
        load(path)
    assert message in str(caught.value)
    assert str(path.resolve()) in str(caught.value)


JUDGED = [
    ("feedback-correct", "reference='2 x'\n[[questions.a.feedback]]\nanswer='x + x'\nmessage='m'\n", "is actually correct"),
    ("feedback-correct-after-cancelling", "reference='x'\n[[questions.a.feedback]]\nanswer='x + \\nabla_x \\log p(x) - \\nabla_x \\log p(x)'\nmessage='m'\n", "actually correct"),
    ("reference-undefined", "reference='\\frac{1}{\\beta_t + \\alpha_t - 1}'\n", "reference: cannot be evaluated"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "message"), [row[1:] for row in JUDGED], ids=[row[0] for row in JUDGED])
def test_a_bank_whose_judgements_fail_is_rejected(tmp_path, body, message):
    path = write(tmp_path, "[questions.a]\ntitle='t'\n" + body)
    load(path)
    errors = check_file(path)
    assert len(errors) == 1 and message in errors[0] and f"{path.resolve()}:1: question 'a'" in errors[0]


def test_the_cli_rejects_a_bad_bank_before_judging(tmp_path, capsys):
    path = write(
        tmp_path, "[questions.a]\ntitle='t'\nreference='2 x'\n[[questions.a.feedback]]\nanswer='x + x'\nmessage='m'\n"
    )
    assert main(["check", "--bank", str(path), "a", "x"]) == 2
    err = capsys.readouterr().err
    assert "--bank:" in err and "is actually correct" in err
    assert main(["check", "--bank", str(tmp_path / "missing.toml"), "a", "x"]) == 2


def test_feedback_is_matched_by_equivalence_not_text():
    written = r"x_i + c\nabla_{x_i}\log p(x_i) + c\,\epsilon + c\,\epsilon"  # = the feedback answer, written otherwise
    judged = check("langevin-step", written, str(SAMPLE))
    assert judged.word == "wrong" and judged.feedback == "The noise is scaled by the square root of 2c."
    other = check("langevin-step", r"x_i + c\nabla_{x_i}\log p(x_i) + 3c\,\epsilon", str(SAMPLE))
    assert other.word == "wrong" and other.feedback == ""


def test_bank_symbols_relations_and_the_notation_hold_together(capsys):
    assert (
        check("cfg-weight", r"\gamma\nabla_{x_t}\log p(x_t|y) + (1-\gamma)\nabla_{x_t}\log p(x_t)", str(SAMPLE)).word
        == "correct"
    )
    assert check("ddpm-posterior-variance", r"\tilde\beta_t", str(SAMPLE)).word == "correct"
    assert (
        check("ddim-update", "√ᾱ_{t−1}·(x_t − √(1−ᾱ_t)·ε_θ(x_t, t))/√ᾱ_t + √(1−ᾱ_{t−1})·ε_θ(x_t, t)", str(SAMPLE)).word
        == "correct"
    )
    assert check("unit-root", "sqrt(w^2)", str(SAMPLE)).word == "correct"  # w declared in (0, 1)
    assert check("snr", "SNR(t)", str(SAMPLE)).word == "correct"  # built-in questions stay available
    status = main(["check", "--json", "--bank", str(SAMPLE), "gaussian-entropy", r"\frac{d}{2}\log(2\pi\sigma^2)"])
    document = json.loads(capsys.readouterr().out)
    assert status == 1 and document["feedback"].startswith("The entropy has a 1/2 per dimension")
    assert document["domains"]["d"] == "integer from 1"


def test_quantities_lists_the_bank(capsys):
    assert main(["quantities", "--json", "--bank", str(SAMPLE)]) == 0
    names = [row["name"] for row in json.loads(capsys.readouterr().out)["quantities"]]
    assert names[0] == "langevin-step" and "snr" in names
