"""The cache of verification reports: keyed by content, never stale, and a cached run says what a fresh one says.

A stale result is the worst failure a cache can have: each way a verdict can change -- a step, a rule's
code or data, a helper the rule calls, the numeric check, the kernel, the seed -- must change the key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
import sympy as sp

from derivations import catalogue, evidence, rules
from derivations.kernel.rules import Rule
from derivations.model import Relation, Step
from diffproof import cache as cache_module
from diffproof.cache import Cache, content_hash, engine_files, fingerprint
from diffproof.cli import main
from diffproof.commands.verify import junit_cases, table
from diffproof.document import identity_section
from diffproof.report import to_json, verify
from numeric.checks import CHECKS

ROOT = Path(__file__).resolve().parent.parent


def bayes_exchanged():
    """Refuted at step 2, with a counterexample: p(x|z) and p(z|x) exchanged."""
    identity = evidence.bayes_rule
    derivation = identity.derivations[0]
    wrong = Step(Relation.EQ, evidence.posterior * evidence.p_z / evidence.p_x, rules.PRODUCT_RULE)
    steps = (derivation.steps[0], wrong)
    return replace(identity, name="bayes-exchanged", derivations=(replace(derivation, steps=steps, rhs=wrong.expr),))


def renderings(report) -> dict:
    """Everything a user sees of a report, in every format."""
    return {
        "json": json.dumps(to_json(report), allow_nan=False),
        "table": table([report], steps=True),
        "latex": identity_section(report),
        "html": report._repr_html_(),
        "repr_latex": report._repr_latex_(),
        "details": report.details(),
        "junit": [(c.name, c.failure) for c in junit_cases([report], {})],
    }


@pytest.mark.parametrize(
    "identity",
    [catalogue.get("reverse-sde"), catalogue.get("forward-posterior"), bayes_exchanged()],
    ids=lambda i: i.name,
)
def test_a_cached_report_says_exactly_what_the_fresh_one_said(tmp_path, identity):
    store = Cache(tmp_path)
    fresh = verify(identity, cache=store)
    assert (store.hits, store.misses) == (0, 1) and not fresh.cached
    again = verify(identity, cache=store)
    assert (store.hits, store.misses) == (1, 1) and again.cached
    assert again == fresh
    assert renderings(again) == renderings(fresh)
    assert list(tmp_path.rglob("*.json")), "stored as JSON"
    assert not list(tmp_path.rglob("*.pickle")) and not list(tmp_path.rglob("*.pkl"))


def test_a_refutation_keeps_its_counterexample_through_the_cache(tmp_path):
    store = Cache(tmp_path)
    verify(bayes_exchanged(), cache=store)
    report = verify(bayes_exchanged(), cache=store)
    found = report.first_failure[1].verdict.counterexample
    assert report.cached and report.verdict == "refuted" and found is not None and found.point


# ------------------------------------------------------------------ the key


def key(identity, check=None, seed=0) -> str:
    return Cache("/nonexistent").key(identity, seed, check)


def with_step(identity, index: int, step: Step):
    derivation = identity.derivations[0]
    steps = list(derivation.steps)
    steps[index] = step
    return replace(identity, derivations=(replace(derivation, steps=tuple(steps)), *identity.derivations[1:]))


def test_the_same_content_gives_the_same_key():
    identity = catalogue.get("bayes-rule")
    rebuilt = replace(identity, derivations=tuple(replace(d) for d in identity.derivations))
    assert key(identity) == key(rebuilt)


def test_changing_a_step_changes_the_key():
    identity = catalogue.get("bayes-rule")
    step = identity.derivations[0].steps[1]
    assert key(with_step(identity, 1, replace(step, expr=step.expr * 2))) != key(identity)
    assert key(with_step(identity, 1, replace(step, relation=Relation.LE))) != key(identity)
    assert key(with_step(identity, 1, replace(step, rule=rules.BAYES))) != key(identity)


def module_rule(name: str, source: str) -> Rule:
    """The rule ``RULE`` of a module of a user's own (a file that is neither the engine nor installed)."""
    namespace: dict = {"__name__": f"user_rules_{name}"}
    exec(compile(textwrap.dedent(source), f"{name}.py", "exec"), namespace)
    return namespace["RULE"]


RULE_SOURCES = {
    "base": """
        from derivations.kernel.rules import Rule
        FACTOR = 2
        def helper(e):
            return e * FACTOR / 2
        RULE = Rule("scaling", rewrite=lambda e: helper(e))
    """,
    "code": """
        from derivations.kernel.rules import Rule
        FACTOR = 2
        def helper(e):
            return e * FACTOR / 2
        RULE = Rule("scaling", rewrite=lambda e: helper(e) + 0)
    """,
    "helper": """
        from derivations.kernel.rules import Rule
        FACTOR = 2
        def helper(e):
            return e * FACTOR / 3
        RULE = Rule("scaling", rewrite=lambda e: helper(e))
    """,
    "data": """
        from derivations.kernel.rules import Rule
        FACTOR = 3
        def helper(e):
            return e * FACTOR / 2
        RULE = Rule("scaling", rewrite=lambda e: helper(e))
    """,
    "same, elsewhere in the file": """
        from derivations.kernel.rules import Rule


        FACTOR = 2
        def helper(e):
            return e * FACTOR / 2
        RULE = Rule("scaling", rewrite=lambda e: helper(e))
    """,
}


def test_changing_a_rules_code_its_data_or_a_helper_it_calls_changes_the_key():
    identity = catalogue.get("bayes-rule")
    step = identity.derivations[0].steps[1]
    keys = {
        label: key(with_step(identity, 1, replace(step, rule=module_rule("notes", source))))
        for label, source in RULE_SOURCES.items()
    }
    assert len({keys["base"], keys["code"], keys["helper"], keys["data"]}) == 4
    assert keys["same, elsewhere in the file"] == keys["base"], "moving code by a few lines changes nothing"


def test_changing_a_closure_changes_the_key():
    identity = catalogue.get("bayes-rule")
    step = identity.derivations[0].steps[1]
    a, b = sp.symbols("a b")
    first = rules.by_claim("claim", a, b)
    second = rules.by_claim("claim", a, 2 * b)
    assert key(with_step(identity, 1, replace(step, rule=first))) != key(
        with_step(identity, 1, replace(step, rule=second))
    )


def test_changing_the_numeric_check_or_the_seed_changes_the_key():
    identity = catalogue.get("bayes-rule")
    check = CHECKS[identity.name]
    assert key(identity, check) != key(identity, None)
    assert key(identity, check, seed=1) != key(identity, check, seed=0)
    assert key(identity, check) != key(identity, CHECKS["forward-marginal"])


def test_changing_the_kernel_changes_every_key(monkeypatch):
    identity = catalogue.get("bayes-rule")
    before = key(identity)
    monkeypatch.setattr(cache_module, "engine_fingerprint", lambda: "another kernel")
    assert key(identity) != before


def test_the_engine_is_the_machinery_not_the_catalogue(tmp_path):
    names = {f"{p.parent.name}/{p.name}" for p in engine_files()}
    for machinery in ("kernel/checking.py", "kernel/rules.py", "kernel/algebra.py", "derivations/model.py"):
        assert machinery in names, machinery
    for machinery in ("numeric/montecarlo.py", "numeric/evaluate.py", "diffproof/report.py"):
        assert machinery in names, machinery
    for section in ("derivations/evidence.py", "derivations/catalogue.py", "numeric/evidence.py", "numeric/checks.py"):
        assert section not in names, section
    first, second = tmp_path / "a.py", tmp_path / "b.py"
    first.write_text("x = 1\n")
    second.write_text("y = 2\n")
    before = fingerprint([first, second])
    second.write_text("y = 3\n")
    assert fingerprint([first, second]) != before, "a change to any engine file changes the fingerprint"


def test_keys_do_not_depend_on_the_process():
    """SymPy's dummy indices and the catalogue's set-built tuples vary between processes; keys must not."""
    script = (
        "from derivations import catalogue; from diffproof.cache import Cache; from numeric.checks import CHECKS\n"
        "for n in ('reparameterization', 'vdm-elbo-consistency', 'forward-posterior'):\n"
        "    print(Cache('.').key(catalogue.get(n), 0, CHECKS[n]))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=300,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1 and len(outputs.pop().split()) == 3


def test_checking_does_not_change_the_key():
    """Memos filled while checking (a schedule's cache of coefficients) are not the identity's content."""
    names = ("snr-weight", "x0-parameterization")
    before = [key(catalogue.get(n), CHECKS[n]) for n in names]
    for name in names:
        verify(catalogue.get(name))
    assert [key(catalogue.get(n), CHECKS[n]) for n in names] == before


def test_content_of_code_made_at_run_time_is_hashed_not_named():
    """A notebook's cell or exec'd code has no file: it is described by its content, never trusted by name."""
    first: dict = {"__name__": "__main__"}
    second: dict = {"__name__": "__main__"}
    exec("def f(e):\n    return e + 1\n", first)
    exec("def f(e):\n    return e + 2\n", second)
    assert content_hash(first["f"]) != content_hash(second["f"])


# ------------------------------------------------------------------ the store


def test_a_damaged_file_is_checked_again(tmp_path):
    store = Cache(tmp_path)
    identity = catalogue.get("gaussian-sum")
    verify(identity, cache=store)
    for path in tmp_path.rglob("*.json"):
        path.write_text("{not json")
    report = verify(identity, cache=store)
    assert not report.cached and store.misses == 2
    json.loads(next(tmp_path.rglob("*.json")).read_text())


def test_a_report_of_another_identity_is_not_served(tmp_path):
    store = Cache(tmp_path)
    identity = catalogue.get("gaussian-sum")
    verify(catalogue.get("bayes-rule"), cache=store)
    (stored,) = tmp_path.rglob("*.json")
    path = store._path(store.key(identity, 0, CHECKS[identity.name]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(stored.read_text())
    report = verify(identity, cache=store)
    assert not report.cached and report.identity.name == "gaussian-sum"


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    store = Cache(blocked)
    report = verify(catalogue.get("gaussian-sum"), cache=store)
    assert report.verified and not report.cached


def test_the_cache_lives_in_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("DIFFPROOF_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_module.default_directory() == tmp_path / "xdg" / "diffproof"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_module.default_directory() == tmp_path / "home" / ".cache" / "diffproof"
    monkeypatch.setenv("DIFFPROOF_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_module.default_directory() == tmp_path / "mine"


# ------------------------------------------------------------------ the command

USER_FILE = """
import sympy as sp

from derivations import Derivation, Identity, Relation, Step, rules

a, b = sp.symbols("a b", positive=True)
EQ = Relation.EQ


def square(name, factor):
    lhs = (a + factor * b) ** 2
    rhs = a**2 + 2 * factor * a * b + factor**2 * b**2
    return Identity(
        name=name,
        title="A square",
        section="background",
        assumptions=(),
        derivations=(Derivation(lhs, EQ, rhs, (Step(EQ, rhs, rules.ALGEBRA),)),),
    )


first = square("first", 1)
second = square("second", 2)
third = square("third", 3)
"""


def run_json(capsys, *argv: str) -> dict:
    status = main(["verify", *argv, "--json"])
    document = json.loads(capsys.readouterr().out)
    assert status == 0
    return document


def test_editing_one_identity_checks_only_that_one_again(tmp_path, capsys):
    notes = tmp_path / "notes.py"
    notes.write_text(USER_FILE)
    store = str(tmp_path / "cache")
    cold = run_json(capsys, str(notes), "--cache-dir", store)
    warm = run_json(capsys, str(notes), "--cache-dir", store)
    assert (cold["cache"]["hits"], cold["cache"]["misses"]) == (0, 3)
    assert (warm["cache"]["hits"], warm["cache"]["misses"]) == (3, 0)
    assert warm["identities"] == cold["identities"], "the same report, read back"
    notes.write_text(USER_FILE.replace('square("second", 2)', 'square("second", 5)'))
    edited = run_json(capsys, str(notes), "--cache-dir", store)
    assert (edited["cache"]["hits"], edited["cache"]["misses"]) == (2, 1)
    assert "5" in edited["identities"][1]["derivations"][0]["steps"][0]["expr"]


def test_no_cache_checks_everything_and_stores_nothing(tmp_path, capsys):
    notes = tmp_path / "notes.py"
    notes.write_text(USER_FILE)
    store = tmp_path / "cache"
    document = run_json(capsys, str(notes), "--cache-dir", str(store), "--no-cache")
    assert document["cache"] is None and not store.exists()


def test_the_table_says_how_many_came_from_the_cache(tmp_path, capsys):
    notes = tmp_path / "notes.py"
    notes.write_text(USER_FILE)
    store = str(tmp_path / "cache")
    assert main(["verify", str(notes), "--cache-dir", store]) == 0
    first = capsys.readouterr().out
    assert main(["verify", str(notes), "--cache-dir", store]) == 0
    second = capsys.readouterr().out
    assert "from the cache" not in first and "3 from the cache" in second
    strip = [line for line in first.splitlines() if "identities verified" not in line]
    assert strip == [line for line in second.splitlines() if "identities verified" not in line]
