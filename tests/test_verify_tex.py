"""``diffproof verify-tex``: each step of real-looking notes proved, refuted at its line, or undecided with a reason."""

from __future__ import annotations

import json
import pathlib
import xml.etree.ElementTree as ET

import pytest

import diffproof.notecheck as notecheck
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
    assert "counterexample at" in out and " vs " in out


def test_markdown_notes(capsys):
    status, found, _ = steps(capsys, DATA / "snr_notes.md", "--strict")
    assert status == 0 and [s["status"] for s in found] == ["proved"] * 3


def write(tmp_path: pathlib.Path, name: str, text: str) -> pathlib.Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_unmodelled_constructs_are_undecided_with_the_reason(tmp_path, capsys):
    notes = write(
        tmp_path, "argmax.tex", "\\[ \\underset{\\theta}{\\arg\\max} f(\\theta) = g \\]\n\\[ a + a = 2a \\]\n"
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
        "\\[ \\alpha_t \\bar\\alpha_{t-1} \\le \\alpha_t \\]\n\\[ \\alpha_t \\le \\beta_t \\]\n"
        "\\[ \\alpha_t^2 \\ge \\alpha_t \\]\n\\[ a \\le a \\]\n",
    )
    status, found, _ = steps(capsys, notes)
    # alpha_t (1 - abar_{t-1}) >= 0 on the conventions' (0, 1); alpha_t <= beta_t holds at some values only
    assert [s["status"] for s in found] == ["proved", "undecided", "refuted", "proved"]
    assert "sign of the difference" in found[0]["reason"]
    assert found[2]["counterexample"]["point"]
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
    assert status == 2 and "expected a notes file" in err
    status, _, err = verify_tex(capsys, str(tmp_path / "absent.tex"))
    assert status == 2 and "cannot read" in err
    status, _, err = verify_tex(capsys, str(DATA / "snr_notes.md"), "--timeout", "0")
    assert status == 2 and "--timeout" in err


def run_format(capsys, path: pathlib.Path, *options: str) -> tuple[int, str]:
    status, out, _ = verify_tex(capsys, str(path), *options)
    return status, out


def test_github_annotations_point_at_refuted_steps(capsys):
    path = DATA / "forward_posterior_wrong.tex"
    status, out = run_format(capsys, path, "--format", "github")
    assert status == 1
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert errors and errors[0].startswith(f"::error file={path},line=14,title=diffproof verify-tex::refuted: ")
    assert all("::refuted: " in error for error in errors), "only refuted steps are errors"
    assert "%0A" in errors[0] and "counterexample" in errors[0], "the message is one line, escaped"


def test_github_warnings_for_undecided_steps_only_under_strict(tmp_path, capsys):
    notes = write(tmp_path, "e.tex", "\\[ \\underset{\\theta}{\\arg\\max} f(\\theta) = g \\]\n")
    _, relaxed = run_format(capsys, notes, "--format", "github")
    status, strict = run_format(capsys, notes, "--format", "github", "--strict")
    assert "::warning" not in relaxed
    assert status == 1 and f"::warning file={notes},line=1," in strict


def test_a_file_without_steps_is_a_warning_and_an_error_under_strict(tmp_path, capsys):
    notes = write(tmp_path, "prose.md", "# Notes\n\nOnly prose, a = b in a sentence.\n")
    status, out = run_format(capsys, notes)
    assert status == 0 and "warning: no derivation steps found" in out
    status, out = run_format(capsys, notes, "--strict")
    assert status == 1 and "error: no derivation steps found" in out
    status, out = run_format(capsys, notes, "--format", "github", "--strict")
    assert f"::error file={notes},title=diffproof verify-tex::no derivation steps found" in out
    _, found, _ = steps(capsys, notes)
    assert found == []


def test_junit_report_to_a_file(tmp_path, capsys):
    notes = write(
        tmp_path,
        "mixed.tex",
        "\\[ a + a = 2a \\]\n\\[ \\alpha_t^2 \\ge \\alpha_t \\]\n\\[ \\underset{\\theta}{\\arg\\max} f(\\theta) = g \\]\n",
    )
    report = tmp_path / "report.xml"
    status, out = run_format(capsys, notes, "--format", "junit", "--output", str(report))
    assert status == 1 and out == ""
    root = ET.fromstring(report.read_text())
    (suite,) = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped"), suite.get("errors")) == (
        "3",
        "1",
        "1",
        "0",
    )
    cases = suite.findall("testcase")
    assert [case.get("line") for case in cases] == ["1", "2", "3"]
    assert cases[1].find("failure").get("type") == "refuted" and cases[2].find("skipped") is not None


def test_json_keeps_its_shape_and_adds_rule_counterexample_and_context(tmp_path, capsys):
    notes = write(
        tmp_path,
        "ctx.tex",
        "% diffproof: context ddpm\n\\[ \\bar\\alpha_t := \\alpha_t \\bar\\alpha_{t-1} \\]\n\\[ \\alpha_t \\ge 1 \\]\n",
    )
    status, out, _ = verify_tex(capsys, str(notes), "--json")
    (document,) = json.loads(out)["files"]
    (step,) = document["steps"]
    assert {"line", "lhs", "rhs", "relation", "status", "reason", "rule", "counterexample"} <= set(step)
    assert step["rule"] is None and step["counterexample"]["point"]
    assert document["definitions"] == [
        {"line": 2, "name": "\\bar\\alpha_t", "body": "\\alpha_t \\bar\\alpha_{t-1}", "spelling": ":="}
    ]
    assert document["directives"] == [{"line": 1, "kind": "context", "text": "ddpm"}]
    assert status == 1


def test_the_readme_example_note_finds_its_wrong_step_at_its_line(capsys):
    """examples/notes/elbo.md (shown in the README): expectations, Jensen and KLs, one sign wrong at line 29."""
    path = pathlib.Path(__file__).resolve().parent.parent / "examples" / "notes" / "elbo.md"
    status, found, problems = steps(capsys, path, "--timeout", "120")  # the verdicts are under test, not speed
    assert status == 1 and not problems
    assert [(s["line"], s["status"]) for s in found] == [(12, "proved"), (13, "proved"), (14, "proved"),
                                                         (15, "proved"), (22, "proved"), (29, "refuted")]  # fmt: skip
    assert found[2]["rule"] and "Jensen" in found[2]["reason"]
    assert found[5]["counterexample"]["point"]


def test_the_conventions_a_verdict_relied_on_are_shown_once(tmp_path, capsys):
    notes = write(
        tmp_path, "schedule.md", "$$\n\\sqrt{\\alpha_t^2} = \\alpha_t\n$$\n\n$$\n\\sqrt{\\alpha_t}^2 = \\alpha_t\n$$\n"
    )
    status, out = run_format(capsys, notes)
    assert status == 0 and out.count("conventions the verdicts relied on: α (the noise schedule) lies in (0, 1)") == 1
    _, found, _ = steps(capsys, notes)
    assert all(step["status"] == "proved" and step["conventions"] for step in found)


@pytest.fixture
def workers_forked_here():
    """The judging workers kept warm between notes (:data:`notecheck.WORKERS`) ended before the test and after it:
    those the test uses are forked after what it patches, and none of them judges a later test's note."""
    notecheck.WORKERS.close()
    yield
    notecheck.WORKERS.close()


def test_an_internal_error_on_a_step_is_shown_as_one_with_its_own_status(
    tmp_path, capsys, monkeypatch, workers_forked_here
):
    """diffproof failing on a step is no verdict: "internal error" at its line, every format, exit status 70."""

    def broken(timeline, index, refuted):
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(notecheck, "judge", broken)  # the workers are forked after this, so they see it
    note = tmp_path / "note.md"
    note.write_text("Text.\n\n$$\na + b = b + a\n$$\n")
    status, out, err = verify_tex(capsys, str(note), "--no-cache")
    assert status == 70 and "internal error on 1 steps" in err
    assert f"{note}:4: internal error: a + b = b + a" in out and "ZeroDivisionError: planted" in out
    assert "0 undecided, 1 internal errors" in out
    status, out, _ = verify_tex(capsys, str(note), "--no-cache", "--format", "github")
    assert status == 70 and out.startswith(f"::error file={note},line=4") and "internal error" in out
    status, out, _ = verify_tex(capsys, str(note), "--no-cache", "--json")
    (step,) = json.loads(out)["files"][0]["steps"]
    assert status == 70 and step["internal_error"] and not json.loads(out)["passed"]
    status, out, _ = verify_tex(capsys, str(note), "--no-cache", "--format", "junit")
    assert status == 70 and 'type="internal-error"' in out
