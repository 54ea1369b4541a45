"""Users' own derivations: `diffproof verify FILE.py`, `--module`, and the pytest plugin."""

from __future__ import annotations

import pathlib

from diffproof.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "sigmoid_schedule.py"
WRONG = ROOT / "tests" / "data" / "user" / "wrong_weight.py"

pytest_plugins = ["pytester"]


def test_readme_example_verifies(capsys):
    assert main(["verify", str(EXAMPLE)]) == 0
    assert "sigmoid-schedule-weight" in capsys.readouterr().out


def test_wrong_user_derivation_fails_at_its_step(capsys):
    assert main(["verify", str(WRONG)]) == 1
    out = capsys.readouterr().out
    assert "wrong-weight: refuted at statement, step 2 (reordering): refuted" in out


def test_module_option(capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "data" / "user"))
    assert main(["verify", "--module", "wrong_weight", "--json"]) == 1
    assert '"verdict": "refuted"' in capsys.readouterr().out


def test_missing_file_and_empty_module_are_usage_errors(capsys, tmp_path):
    assert main(["verify", str(tmp_path / "absent.py")]) == 2
    assert "no such file" in capsys.readouterr().err
    empty = tmp_path / "empty.py"
    empty.write_text("x = 1\n")
    assert main(["verify", str(empty)]) == 2
    assert "defines no Identity" in capsys.readouterr().err


def test_broken_user_module_is_reported_without_a_traceback(capsys, tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("raise RuntimeError('my notes are not finished')\n")
    assert main(["verify", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "RuntimeError: my notes are not finished" in err and "Traceback" not in err


def test_pytest_plugin_collects_identities(pytester):
    pytester.makepyfile(test_example=EXAMPLE.read_text(), test_wrong=WRONG.read_text())
    result = pytester.runpytest_subprocess("-q", "--junitxml=report.xml")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*wrong-weight*refuted*step 2*", "*counterexample:*"])
    assert "wrong-weight" in (pytester.path / "report.xml").read_text()


def test_pytest_plugin_can_be_disabled(pytester):
    pytester.makepyfile(test_notes=EXAMPLE.read_text() + "\n\ndef test_plain():\n    assert 1 + 1 == 2\n")
    result = pytester.runpytest_subprocess("-q", "-p", "no:diffproof")
    result.assert_outcomes(passed=1)


def test_suites_without_derivations_are_unchanged(pytester):
    """No identity, no import of the SymPy layer: the plugin costs nothing."""
    pytester.makepyfile(test_plain="import sys\n\ndef test_one():\n    assert 'sympy' not in sys.modules\n")
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=1)


def test_readme_shows_the_example_verbatim():
    assert EXAMPLE.read_text() in (ROOT / "README.md").read_text()


def test_readme_variant_of_the_example_is_refuted(tmp_path, capsys):
    wrong = tmp_path / "sigmoid_wrong.py"
    text = EXAMPLE.read_text()
    last = "Step(EQ, sp.exp(-gamma * t) * (sp.exp(gamma) - 1) / 2, rules.ALGEBRA)"
    assert last in text
    wrong.write_text(text.replace(last, last.replace("- 1", "+ 1")))
    assert main(["verify", str(wrong)]) == 1
    assert "refuted at statement, step 3 (algebra)" in capsys.readouterr().out
