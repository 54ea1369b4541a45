"""The command line: list, verify, JSON, exit statuses, usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from derivations import catalogue, evidence, rules
from derivations.model import Relation, Step
from diffproof.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_list_shows_every_name_with_its_section(capsys):
    status, out, _ = run(capsys, "list")
    assert status == 0
    for identity in catalogue.IDENTITIES:
        assert identity.name in out
    assert "background" in out


def test_list_json(capsys):
    status, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert status == 0
    assert [row["name"] for row in rows] == [i.name for i in catalogue.IDENTITIES]
    assert {"name", "section", "title"} <= set(rows[0])


def test_verify_named_identities_prints_the_table(capsys):
    status, out, _ = run(capsys, "verify", "bayes-rule", "forward-marginal")
    assert status == 0
    header = out.splitlines()[0].split()
    assert header == ["identity", "steps", "instance", "numeric", "verdict", "time"]
    assert "bayes-rule" in out and "forward-marginal" in out
    assert "2/2 identities verified" in out


def test_verify_json_has_every_step_with_its_verdict(capsys):
    status, out, _ = run(capsys, "verify", "evidence-elbo-kl", "--json", "--seed", "3")
    document = json.loads(out)
    assert status == 0 and document["verified"] and document["seed"] == 3
    (entry,) = document["identities"]
    steps = entry["derivations"][0]["steps"]
    assert [s["status"] for s in steps] == ["proved"] * len(steps)
    assert steps[3]["rule"] == "Bayes' rule"
    assert entry["numeric"]["passed"] and entry["numeric"]["comparisons"][0]["interval"]


def test_unknown_name_is_a_usage_error_with_suggestions(capsys):
    status, _, err = run(capsys, "verify", "forward-marginl")
    assert status == 2
    assert "unknown identity 'forward-marginl'" in err and "forward-marginal" in err


def test_negative_seed_is_a_usage_error(capsys):
    status, _, err = run(capsys, "verify", "bayes-rule", "--seed", "-1")
    assert status == 2 and "--seed" in err


def test_bad_option_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_:
        main(["verify", "--no-such-option"])
    assert exit_.value.code == 2


def test_refuted_identity_exits_1_and_names_the_step(capsys, monkeypatch):
    identity = evidence.bayes_rule
    derivation = identity.derivations[0]
    wrong = evidence.posterior * evidence.p_z / evidence.p_x
    broken = replace(
        identity,
        derivations=(
            replace(derivation, rhs=wrong, steps=(derivation.steps[0], Step(Relation.EQ, wrong, rules.PRODUCT_RULE))),
        ),
    )
    monkeypatch.setitem(catalogue.BY_NAME, "bayes-rule", broken)
    status, out, _ = run(capsys, "verify", "bayes-rule")
    assert status == 1
    assert "bayes-rule: refuted at statement, step 2 (product rule): refuted" in out


def test_console_script_module_entry_point():
    completed = subprocess.run(
        [sys.executable, "-m", "diffproof", "verify", "gaussian-sum"], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    assert "1/1 identities verified" in completed.stdout


# ------------------------------------------------------------------ internal errors


def test_an_internal_error_is_one_line_and_its_own_status(capsys, monkeypatch):
    from diffproof import exits

    def broken(*args, **kwargs):
        raise TypeError("Object of type bool is not JSON serializable")

    monkeypatch.setattr("diffproof.report.verify", broken)
    status = main(["verify", "bayes-rule"])
    err = capsys.readouterr().err
    assert status == exits.INTERNAL == 70
    assert status not in (exits.OK, exits.FAILED, exits.USAGE, exits.UNDECIDED), "never a verdict"
    (line,) = err.strip().splitlines()
    assert line.startswith("diffproof: internal error: TypeError: Object of type bool is not JSON serializable")
    assert "Traceback" not in err and "not a verdict" in line


def test_an_internal_error_shows_its_traceback_on_request(capsys, monkeypatch):
    monkeypatch.setenv("DIFFPROOF_TRACEBACK", "1")
    monkeypatch.setattr("diffproof.report.verify", lambda *args, **kwargs: 1 / 0)
    assert main(["verify", "bayes-rule"]) == 70
    assert "Traceback" in capsys.readouterr().err


# ------------------------------------------------------------------ start-up

HEAVY = ("sympy", "numpy", "scipy")


def imported_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter has imported after running ``code``."""
    probe = f"import sys\n{code}\nprint('HEAVY:', ' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    return done.stdout.rsplit("HEAVY:", 1)[1].split()


@pytest.mark.parametrize(
    "module", ["commands.verify", "commands.latex", "commands.listing", "exits", "ci_formats", "progress"]
)
def test_our_command_modules_import_nothing_heavy(module):
    assert imported_after(f"import diffproof.{module}") == []


def test_help_and_usage_errors_import_nothing_heavy():
    code = (
        "from diffproof.cli import main\n"
        "for argv in (['--help'], ['verify', '--no-such-option'], ['latex', '--help'], ['check', '--help'],\n"
        "             ['mutate', '--no-such-option'], ['verify-tex', '--help'], ['serve', '--help']):\n"
        "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
    )
    assert imported_after(code) == []
