"""The three commands end to end: output, JSON, exit status, batch files with bad rows."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys

import pytest

from diffproof.answers import quantities
from diffproof.cli import main
from diffproof.commands.check import Progress

REQUIRED = {
    "forward-step-mean", "forward-step-var", "forward-marginal-mean", "forward-marginal-var", "merged-noise-std",
    "posterior-mean", "posterior-mean-eps-form", "posterior-mean-score-form", "posterior-var", "reverse-mean",
    "x0-from-eps", "score-from-eps", "tweedie-mean", "snr", "elbo-denoising-weight-x0", "elbo-denoising-weight-eps",
    "elbo-denoising-weight-score", "gaussian-kl-1d", "vae-kl-std-normal", "reparam-sample", "bayes-posterior",
    "langevin-step", "classifier-guidance-score", "cfg-score",
}  # fmt: skip


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_quantities_json_lists_every_required_quantity(capsys):
    status, out, _ = run(capsys, "quantities", "--json")
    assert status == 0
    document = json.loads(out)
    names = {row["name"] for row in document["quantities"]}
    assert names | {m.split()[0] for m in document["unavailable"]} >= REQUIRED
    for row in document["quantities"]:
        assert row["name"] == row["name"].lower() and " " not in row["name"]
        assert row["reference_latex"] and row["reference_plain"] and row["symbols"]
        assert all({"plain", "latex", "domain"} <= set(symbol) for symbol in row["symbols"])
    snr = next(row for row in document["quantities"] if row["name"] == "snr")
    assert r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}" in snr["relations"]


def test_quantities_text(capsys):
    status, out, _ = run(capsys, "quantities")
    assert status == 0 and "posterior-mean-eps-form:" in out and "abar_t in (0, 1)" in out


@pytest.mark.parametrize("quantity", quantities.QUANTITIES, ids=lambda q: q.name)
@pytest.mark.parametrize("form", ["reference_latex", "reference_plain"])
def test_printed_reference_is_judged_correct(capsys, quantity, form):
    status, out, _ = run(capsys, "quantities", "--json")
    row = next(r for r in json.loads(out)["quantities"] if r["name"] == quantity.name)
    status, out, err = run(capsys, "check", quantity.name, "--", row[form])
    assert status == 0, out + err


def test_check_correct_prints_the_answer_as_read(capsys):
    status, out, _ = run(capsys, "check", "forward-marginal-mean", r"\sqrt{\alpha_t}\sqrt{\bar\alpha_{t-1}}\,x_0")
    assert status == 0
    assert out.startswith("correct: proved by")
    assert r"answer as read: \sqrt{\bar\alpha_{t-1}} \sqrt{\alpha_t} \mathbf{x}_0" in out
    assert r"relations used: \bar\alpha_t = \alpha_t \bar\alpha_{t-1}" in out


def test_check_wrong_gives_a_counterexample(capsys):
    status, out, _ = run(capsys, "check", "reparam-sample", "mu + sigma**2 * eps")
    assert status == 1
    assert out.startswith("wrong:") and "counterexample: epsilon = " in out and "answer    = " in out


def test_check_json(capsys):
    status, out, _ = run(capsys, "check", "--json", "score-from-eps", "--", r"\epsilon/\sqrt{1-\bar\alpha_t}")
    assert status == 1
    document = json.loads(out)
    assert document["verdict"] == "wrong"
    assert document["quantity"] == "score-from-eps"
    assert "sign is flipped" in document["diagnosis"]
    assert document["status"] == "refuted" and document["domains"] == {"abar_t": "(0, 1)", "epsilon": "real"}
    assert set(document["counterexample"]["point"]) == {"abar_t", "epsilon"}


def test_check_invalid_answer_points_at_it(capsys):
    status, _, err = run(capsys, "check", "snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t")
    assert status == 2
    assert "invalid input: ANSWER: unbalanced '{'" in err and "^" in err


def test_a_symbol_the_question_does_not_have_is_wrong_not_invalid(capsys):
    status, out, _ = run(capsys, "check", "--json", "forward-step-mean", r"\sqrt{\alpha_t} x_t")
    document = json.loads(out)
    assert status == 1 and document["verdict"] == "wrong"
    assert {"x_t", "x_{t-1}", "alpha_t"} <= set(document["counterexample"]["point"])
    assert document["diagnosis"] == "x_t where x_{t-1} belongs"


@pytest.mark.parametrize("answer", ["-sqrt(abar_t)*x_0", r"-\sqrt{\bar\alpha_t}x_0", "−√ᾱ_t x_0", "-x_0"])
def test_an_answer_starting_with_minus_needs_no_double_dash(capsys, answer):
    status, out, err = run(capsys, "check", "forward-marginal-mean", answer)
    assert status == 1 and out.startswith("wrong:"), err
    status, out, _ = run(capsys, "check", "forward-marginal-mean", answer, "--json")
    assert status == 1 and json.loads(out)["answer"] == answer


def test_check_time_limit_gives_undecided(capsys):
    status, out, _ = run(capsys, "check", "--timeout", "0.001", "snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t}")
    assert status == 3 and "did not finish within the time limit" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("check",),
        ("check", "snr"),
        ("check", "no-such-quantity", "x"),
        ("check", "snr", "x", "--batch", "f.jsonl"),
        ("check", "snr", "x", "--timeout", "0"),
        ("check", "--batch", "/nonexistent/answers.jsonl"),
        ("equiv", "x", "x", "--timeout", "-1"),
    ],
    ids=lambda argv: " ".join(argv),
)
def test_usage_errors_exit_2(capsys, argv):
    status, _, err = run(capsys, *argv)
    assert status == 2 and err.startswith("diffproof ")


def test_unknown_quantity_suggests(capsys):
    status, _, err = run(capsys, "check", "posterior-mean-eps", "x")
    assert status == 2 and "did you mean posterior-mean-eps-form" in err


def test_batch_jsonl_with_bad_rows(tmp_path, capsys):
    path = tmp_path / "answers.jsonl"
    rows = [
        {"id": "good", "quantity": "snr", "answer": r"\frac{\bar\alpha_t}{1-\bar\alpha_t}"},
        {"id": "bad-answer", "quantity": "snr", "answer": "abar_t/("},
        {"id": "wrong", "quantity": "snr", "answer": "abar_t"},
        {"id": "no-answer", "quantity": "snr"},
        {"id": "number", "quantity": "snr", "answer": 3},
        {"id": "no-quantity-name", "quantity": "nope", "answer": "x"},
    ]
    lines = [json.dumps(row) for row in rows]
    lines.insert(2, "{not json")
    lines.insert(3, "[1, 2]")
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", "--batch", str(path), "--json")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    verdicts = {record.get("id"): record.get("verdict") for record in records[:-1]}
    assert verdicts == {
        "good": "correct",
        "bad-answer": "invalid input",
        "line 3": "invalid input",
        "line 4": "invalid input",
        "wrong": "wrong",
        "no-answer": "invalid input",
        "number": "invalid input",
        "no-quantity-name": "invalid input",
    }
    assert records[-1] == {"summary": {"rows": 8, "correct": 1, "wrong": 1, "undecided": 0, "invalid input": 6}}


def test_batch_csv(tmp_path, capsys):
    path = tmp_path / "answers.csv"
    path.write_text(
        "id,quantity,answer\n"
        'a1,forward-step-var,"1 - alpha_t"\n'
        r'a2,posterior-var,"\frac{(1-\alpha_t)(1-\bar\alpha_{t})}{1-\bar\alpha_{t-1}}"' + "\n"
        "a3,snr\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "check", "--batch", str(path))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("a1\tcorrect\t")
    assert lines[1].startswith("a2\twrong\t")
    assert lines[2].startswith("a3\tinvalid input\tline 4: missing or non-text field answer")
    assert lines[-1] == "3 rows: 1 correct, 1 wrong, 0 undecided, 1 invalid input"


def test_equiv_with_given(capsys):
    status, out, _ = run(
        capsys,
        "equiv",
        r"\gamma \nabla\log p(x_t|y) + (1-\gamma)\nabla\log p(x_t)",
        r"\nabla\log p(x_t|y) + w(\nabla\log p(x_t|y) - \nabla\log p(x_t))",
        "--given",
        r"w = \gamma - 1",
    )
    assert status == 0, out
    status, out, _ = run(capsys, "equiv", r"\sqrt{w^2}", "w", "--json")
    assert status == 1 and json.loads(out)["domains"] == {"w": "real"}
    status, out, _ = run(capsys, "equiv", "--given", "0 < w", r"\sqrt{w^2}", "w", "--json")
    assert status == 0 and json.loads(out)["domains"] == {"w": "(0, oo)"}


def test_equiv_invalid_given_names_the_argument(capsys):
    status, _, err = run(capsys, "equiv", "w", "w", "--given", "w <= a")
    assert status == 2 and "--given 'w <= a':" in err and "compares one symbol with numbers" in err


def test_batch_csv_from_an_lms_writes_a_graded_csv(tmp_path, capsys):
    source = tmp_path / "export.csv"
    source.write_text(
        "id,question,answer,student\n"
        "1,snr,abar_t/(1-abar_t),ada\n"
        "2,snr,alpha_t/(1-alpha_t),bob\n"
        '3,forward-marginal-mean,"√ᾱ_t x₀",cy\n'
        "4,forward-marginal-mean,sqrt(alpha_t)*x_0,dee\n"
        "5,no-such-question,x,eve\n"
        "6,snr,,fay\n",
        encoding="utf-8",
    )
    graded = tmp_path / "graded.csv"
    status, _, err = run(capsys, "check", "--batch", str(source), "--output", str(graded), "--jobs", "2")
    assert status == 0 and "6 rows: 2 correct, 2 wrong, 0 undecided, 2 invalid input" in err
    with graded.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["verdict"] for row in rows] == [
        "correct",
        "wrong",
        "correct",
        "wrong",
        "invalid input",
        "invalid input",
    ]
    assert [row["student"] for row in rows] == ["ada", "bob", "cy", "dee", "eve", "fay"]  # the LMS's columns kept
    assert rows[1]["diagnosis"] == "alpha_t where abar_t belongs" and rows[1]["counterexample"].startswith("at ")
    assert rows[3]["diagnosis"] == "alpha_t where abar_t belongs"
    assert "unknown quantity 'no-such-question'" in rows[4]["reason"]


def test_batch_jobs_give_the_same_verdicts_in_the_same_order(tmp_path, capsys):
    answers = ["abar_t/(1-abar_t)", "alpha_t", "1/(1-abar_t) - 1", "abar_t", "x/(", "SNR(t)"] * 3
    path = tmp_path / "answers.jsonl"
    path.write_text(
        "".join(json.dumps({"id": str(i), "quantity": "snr", "answer": a}) + "\n" for i, a in enumerate(answers))
    )
    outputs = []
    for jobs in ("1", "3"):
        status, out, _ = run(capsys, "check", "--batch", str(path), "--json", "--jobs", jobs)
        assert status == 0
        outputs.append([(r["id"], r["verdict"]) for r in map(json.loads, out.splitlines()[:-1])])
    assert outputs[0] == outputs[1]
    assert [verdict for _, verdict in outputs[0][:6]] == [
        "correct",
        "wrong",
        "correct",
        "wrong",
        "invalid input",
        "correct",
    ]


def test_batch_shows_progress_on_a_terminal_only(tmp_path):
    path = tmp_path / "answers.jsonl"
    path.write_text(json.dumps({"id": "a", "quantity": "snr", "answer": "SNR(t)"}) + "\n")
    piped = subprocess.run(
        [sys.executable, "-m", "diffproof", "check", "--batch", str(path), "--jobs", "1"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert piped.returncode == 0 and "graded" not in piped.stderr
    progress = Progress(3, enabled=True)
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer):
        for done in (1, 2, 3):
            progress.update(done)
    assert "graded 3/3" in buffer.getvalue()


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["check"], ["equiv", "x"], ["serve", "--help"]])
def test_help_and_usage_errors_import_no_sympy(argv):
    code = (
        "import sys\nfrom diffproof.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sympy', 'numpy', 'scipy') if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip().splitlines()[-1] == "HEAVY:", done.stdout[-300:]
