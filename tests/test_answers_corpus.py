"""The graded corpus: every answer gets its expected verdict, with real evidence.

``corpus.jsonl`` holds answers to the diffusion quantities; ``corpus_sections.jsonl``
those to quantities whose reference comes from sections (vae, score_models,
guidance) that may not be present yet -- their rows are skipped, with the reason,
when the quantity is unavailable.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sympy as sp

from diffproof.answers import quantities
from diffproof.answers.grading import check
from diffproof.answers.judge import Status, closed_form, prepare
from diffproof.answers.notation import parse

DATA = Path(__file__).parent / "data" / "answers"


def _rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ROWS = _rows("corpus.jsonl") + _rows("corpus_sections.jsonl")


def test_corpus_is_large_and_balanced():
    core = _rows("corpus.jsonl")
    assert len(core) >= 100
    expected = {row["expected"] for row in core}
    assert expected == {"correct", "wrong"}
    names = {row["quantity"] for row in core}
    assert names == {q.name for q in quantities.QUANTITIES if q.name in names}
    assert len(names) >= 19


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_corpus_verdict(row):
    assert row["quantity"] in quantities.BY_NAME, f"{row['quantity']} is not available: {quantities.MISSING}"
    verdict = check(row["quantity"], row["answer"])
    assert verdict.status.value == row["expected"], (row["what"], verdict.reason, verdict.note)
    if verdict.status is Status.WRONG:
        _assert_real_counterexample(row, verdict.counterexample)
    else:
        assert verdict.reason.startswith("proved by ")


def _assert_real_counterexample(row, counterexample):
    """Re-evaluate both sides independently at the reported point, to 40 digits."""
    quantity = quantities.get(row["quantity"])
    answer = parse(row["answer"], quantity.vocabulary)
    sides = prepare(quantity.reference, answer, quantity.assumptions)
    reference, answer = closed_form(sides.reference), closed_form(sides.answer)
    by_name = {str(s): s for s in reference.free_symbols | answer.free_symbols}
    point = {by_name[name]: sp.Rational(value) for name, value in counterexample.point}
    assert set(point) == set(by_name.values())
    left = complex(sp.N(reference.xreplace(point), 40))
    right = complex(sp.N(answer.xreplace(point), 40))
    assert abs(left - right) > 1e-9 * (1 + abs(left))
    reported = complex(counterexample.reference.replace(" ", "").replace("i", "j"))
    assert abs(left - reported) < 1e-12 * (1 + abs(left))
