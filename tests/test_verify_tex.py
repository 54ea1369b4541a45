"""``diffproof verify-tex``: each step of real-looking notes proved, refuted at its line, or undecided with a reason."""

from __future__ import annotations

import json
import pathlib

from diffproof.cli import main

DATA = pathlib.Path(__file__).resolve().parent / "data" / "notes"


def verify_tex(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["verify-tex", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def steps(capsys, path: pathlib.Path, *options: str) -> tuple[int, list[dict], list[dict]]:
    status, out, _ = verify_tex(capsys, str(path), "--json", *options)
    (document,) = json.loads(out)["files"]
    return status, document["steps"], document["problems"]


def test_correct_derivation_of_the_forward_posterior_is_proved(capsys):
    status, found, problems = steps(capsys, DATA / "forward_posterior.tex", "--strict")
    assert status == 0 and not problems
    assert [(s["line"], s["status"]) for s in found] == [
        (13, "proved"),
        (14, "proved"),
        (15, "proved"),
        (23, "proved"),
        (25, "proved"),
    ]


def test_one_wrong_step_is_found_at_its_line(capsys):
    status, out, _ = verify_tex(capsys, str(DATA / "forward_posterior_wrong.tex"))
    assert status == 1
    first_refuted = next(line for line in out.splitlines() if ": refuted:" in line)
    assert first_refuted.startswith(f"{DATA / 'forward_posterior_wrong.tex'}:14: refuted:")
    assert "counterexample at" in out and "reference =" in out


def test_markdown_notes(capsys):
    status, found, _ = steps(capsys, DATA / "snr_notes.md", "--strict")
    assert status == 0 and [s["status"] for s in found] == ["proved"] * 3


def write(tmp_path: pathlib.Path, name: str, text: str) -> pathlib.Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_unmodelled_constructs_are_undecided_with_the_reason(tmp_path, capsys):
    notes = write(
        tmp_path, "elbo.tex", "\\[ \\log p(x) = \\mathbb{E}_{q(z|x)}\\left[\\log p(x)\\right] \\]\n\\[ a + a = 2a \\]\n"
    )
    status, found, _ = steps(capsys, notes)
    assert status == 0, "undecided is not a failure without --strict"
    assert found[0]["status"] == "undecided" and "could not read the step" in found[0]["reason"]
    assert found[1]["status"] == "proved"
    strict_status, _, _ = steps(capsys, notes, "--strict")
    assert strict_status == 1


def test_inequalities(tmp_path, capsys):
    notes = write(
        tmp_path,
        "bounds.tex",
        "\\[ \\alpha_t \\bar\\alpha_{t-1} \\le \\alpha_t \\]\n\\[ \\alpha_t \\ge 1 \\]\n\\[ a \\le a \\]\n",
    )
    status, found, _ = steps(capsys, notes)
    assert [s["status"] for s in found] == ["undecided", "refuted", "proved"]
    assert found[1]["counterexample"]["point"]
    assert status == 1


def test_malformed_latex_is_reported_by_line_and_the_rest_is_checked(tmp_path, capsys):
    notes = write(
        tmp_path, "broken.tex", "\\begin{align}\nx &= x\n\\end{equation}\n\\[ 2 a = a + a \\]\n\\end{align}\n"
    )
    status, found, problems = steps(capsys, notes)
    assert status == 1
    assert [p["line"] for p in problems] == [1, 3, 5]
    assert [(s["line"], s["status"]) for s in found] == [(4, "proved")]


def test_bad_directive_is_a_problem_and_is_left_out(tmp_path, capsys):
    notes = write(tmp_path, "directive.tex", "% diffproof: let 2 = 3\n\\[ a = a \\]\n")
    status, found, problems = steps(capsys, notes)
    assert status == 1 and problems[0]["line"] == 1 and "directive" in problems[0]["message"]
    assert found[0]["status"] == "proved"


def test_usage_errors(tmp_path, capsys):
    status, _, err = verify_tex(capsys, str(tmp_path / "notes.txt"))
    assert status == 2 and "expected a .tex or .md file" in err
    status, _, err = verify_tex(capsys, str(tmp_path / "absent.tex"))
    assert status == 2 and "cannot read" in err
    status, _, err = verify_tex(capsys, str(DATA / "snr_notes.md"), "--timeout", "0")
    assert status == 2 and "--timeout" in err
