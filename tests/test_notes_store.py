"""Verdicts on a note's steps stored by content: a second check reads them back, and an edit to a note re-checks
its steps (and no other note's)."""

from __future__ import annotations

import json

from diffproof.answers.limits import Limits
from diffproof.cache import Cache
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes, stored
from diffproof.notes import read_notes

LIMITS = Limits(seconds=120)  # the verdicts under test, not the machine's speed

NOTE = r"""
Let $\sigma > 0$.

$$
\log p(x) = \log \int p(x, z)\, dz
$$

$$
D_{KL}(q(z|x) \| p(z)) \ge 0
$$

$$
\mathbb{E}_{q(z|x)}\left[\log \frac{p(x, z)}{q(z|x)}\right]
  = \mathbb{E}_{q(z|x)}\left[\log p(x|z)\right] + D_{KL}(q(z|x) \| p(z))
$$

$$
c := 2
$$

$$
c + c = 4
$$
"""


def checked(text: str, cache: Cache, limits: Limits = LIMITS):
    return check_notes(read_notes(text, markdown=True), limits, cache=cache)


def summary(report) -> list[tuple]:
    return [
        (r.step.line, r.status, r.reason, r.counterexample.describe() if r.counterexample else None, r.lhs_latex)
        for r in report.results
    ]


def test_a_second_check_reads_every_verdict_back_unchanged(tmp_path):
    cache = Cache(tmp_path)
    first = checked(NOTE, cache)
    assert [r.status for r in first.results] == [PROVED, PROVED, REFUTED, PROVED]
    assert not any(r.cached for r in first.results)
    second = checked(NOTE, Cache(tmp_path))
    assert all(r.cached for r in second.results)
    assert summary(second) == summary(first)
    assert [r.to_json()["counterexample"] for r in second.results] == [
        r.to_json()["counterexample"] for r in first.results
    ]


def test_an_edit_re_checks_every_step_of_the_note_and_no_other_note(tmp_path):
    """A step's verdict may depend on anything the note says (its words, its other steps): an edit anywhere in a
    note judges all its steps again, and a stored verdict is never read back for a note that differs."""
    other = "$$\n(a + b)^2 = a^2 + 2 a b + b^2\n$$\n"
    checked(NOTE, Cache(tmp_path))
    checked(other, Cache(tmp_path))
    edited = NOTE.replace(r"+ D_{KL}(q(z|x) \| p(z))", r"- D_{KL}(q(z|x) \| p(z))")
    report = checked(edited, Cache(tmp_path))
    assert not any(r.cached for r in report.results)
    assert [r.status for r in report.results] == [PROVED, PROVED, PROVED, PROVED]
    redefined = NOTE.replace("c := 2", "c := 3")
    report = checked(redefined, Cache(tmp_path))
    assert not any(r.cached for r in report.results)
    assert report.results[3].status == REFUTED  # 3 + 3 = 4 fails: the stored proof was not reused
    worded = NOTE + "\nA sentence added at the end.\n"
    assert not any(r.cached for r in checked(worded, Cache(tmp_path)).results)
    assert all(r.cached for r in checked(other, Cache(tmp_path)).results)


def test_a_step_that_ran_out_of_time_is_stored_with_its_limit_and_judged_again_under_a_longer_one(tmp_path):
    short = Limits(seconds=0.001)
    report = checked(NOTE, Cache(tmp_path), short)
    assert all("time limit" in r.reason for r in report.results)
    again = checked(NOTE, Cache(tmp_path), short)
    assert all(r.cached and "time limit" in r.reason for r in again.results)
    longer = checked(NOTE, Cache(tmp_path))
    assert not any(r.cached for r in longer.results)
    assert [r.status for r in longer.results] == [PROVED, PROVED, REFUTED, PROVED]


def test_another_engine_or_an_unreadable_file_is_a_miss(tmp_path, monkeypatch):
    checked(NOTE, Cache(tmp_path))
    proofs = [path for path in tmp_path.rglob("*.json") if json.loads(path.read_text())["status"] == PROVED]
    proofs[0].write_text("{not json")
    proofs[1].write_text(json.dumps({**json.loads(proofs[1].read_text()), "status": "certainly"}))
    report = checked(NOTE, Cache(tmp_path))
    assert sum(not r.cached for r in report.results) == 2
    assert [r.status for r in report.results] == [PROVED, PROVED, REFUTED, PROVED]
    monkeypatch.setattr(stored, "notes_fingerprint", lambda: "another engine")
    report = checked(NOTE, Cache(tmp_path))
    assert not any(r.cached for r in report.results)


def test_what_beside_a_step_before_it_in_its_chain_or_anywhere_in_the_note_is_in_its_key(tmp_path):
    """A stored verdict is read back only for the same step in the same surroundings: a condition or an 'or'
    beside it, a ∝ before it in its chain, or what the note says of its names after it, changes the verdict."""
    pairs = [
        (r"\sqrt{x^2} = x", r"\sqrt{x^2} = x, \quad x \ge 0"),
        (r"|a| = a", r"|a| = a \quad \text{or} \quad |a| = -a"),
        (
            r"\exp(-(x - y)^2) = \exp(-x^2 + 2xy - y^2) = \exp(-x^2 + 2xy)",
            r"\exp(-(x - y)^2) \propto \exp(-x^2 + 2xy - y^2) = \exp(-x^2 + 2xy)",
        ),
    ]
    for alone, beside in pairs:
        first = checked(f"$$\n{alone}\n$$\n", Cache(tmp_path))
        assert first.results[0 if "exp" not in alone else 1].status == REFUTED
        second = checked(f"$$\n{beside}\n$$\n", Cache(tmp_path))
        assert second.results[0 if "exp" not in alone else 1].status != REFUTED
    step = "$$\nA B = B A\n$$\n"
    assert checked(step, Cache(tmp_path)).results[0].status == PROVED
    later = checked(step + "\nHere $A$ and $B$ are matrices.\n", Cache(tmp_path))
    assert later.results[0].status != PROVED and not later.results[0].cached


def test_every_field_of_a_statement_is_in_its_key():
    """A verdict may depend on any field of a statement in force (where it holds, whether it is denied, whether a
    sentence states it plainly): two statements that differ in one field have different keys.  A sentence that
    says "$h + k$ is larger than $0$, surely" and one that says it plainly once shared a key."""
    from dataclasses import fields, replace

    from diffproof.notecheck.statements.formulas import Formula, Stated

    item = Stated("relation", 3, "h + k > 0", Formula("h + k", 3), Formula("0", 3), "inline")
    changed = {
        "kind": "bound", "line": 4, "text": "h + k < 0", "name": Formula("h", 3), "body": Formula("1", 3),
        "origin": "words", "until": 5, "denied": True, "plain": True, "where": True,
        "ranged": Formula("1 \\le t \\le T - 1", 3), "cases": (Formula("t > 1", 3),),
        "denies": Stated("definition", 3, "c = 3", Formula("c", 3), Formula("3", 3), "inline"),
        "supposes": Stated("definition", 3, "c = 3", Formula("c", 3), Formula("3", 3), "inline"),
        "hedged": True, "sign_unread": True, "unsigned": True,
    }  # fmt: skip
    assert set(changed) == {field.name for field in fields(Stated)}
    for name, value in changed.items():
        assert stored._stated(replace(item, **{name: value})) != stored._stated(item), name


def test_a_plain_and_a_hedged_comparison_are_stored_apart(tmp_path):
    cache = Cache(tmp_path)
    hedged = "Here $h + k$ is larger than $0$, surely.\n\n$$ |h + k| = -(h + k) $$\n"
    plain = "Here $h + k$ is larger than $0$.\n\n$$ |h + k| = -(h + k) $$\n"
    first = check_notes(read_notes(hedged, markdown=True), LIMITS, cache=cache).results[0].status
    second = check_notes(read_notes(plain, markdown=True), LIMITS, cache=cache).results[0].status
    assert (first, second) == (UNDECIDED, REFUTED)


_KEYS = """
import sys
from pathlib import Path
from diffproof.notecheck import _Verdicts, _timeline
from diffproof.notecheck.stored import step_key
from diffproof.notes import read_notes
for path in sorted(Path(sys.argv[1]).glob("*.md")):
    timeline = _timeline(read_notes(path.read_text(encoding="utf-8"), markdown=True))
    note = _Verdicts(timeline, None, None).note
    for index in range(len(timeline.notes.steps)):
        print(path.name, index, step_key(timeline, note, index, frozenset()))
"""


def test_a_step_s_key_is_the_same_in_every_process():
    """A second run is a new process with its own string hashing: a key built from a set's or a dict's order
    would be another key there, and no verdict would ever be read back (the corpus's warm run once judged 362 of
    its 376 steps again)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    corpus = Path(__file__).parent / "data" / "notes" / "corpus"
    runs = [
        subprocess.run(
            [sys.executable, "-c", _KEYS, str(corpus)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]  # fmt: skip
    assert runs[0].count("\n") > 300
    assert runs[0] == runs[1]
