"""The graded corpus: every answer gets its expected verdict, with real evidence.

``corpus.jsonl`` holds answers to the built-in diffusion quantities (LaTeX, plain text, Unicode, code
names); ``corpus_sections.jsonl`` those to quantities whose reference comes from sections that may not be
present yet (their rows fail with the reason when the quantity is unavailable); ``corpus_bank.jsonl``
answers to the sample bank's questions.  Rows carry their source (``what``, and ``source`` for answers
written after public material).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sympy as sp

from diffproof.answers import quantities
from diffproof.answers.grading import check, question
from diffproof.answers.judge import apply_rewrites, closed_form, prepare
from diffproof.answers.notation import read

DATA = Path(__file__).parent / "data" / "answers"
BANK = Path(__file__).parent.parent / "examples" / "course_bank.toml"


def _rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ROWS = _rows("corpus.jsonl") + _rows("corpus_sections.jsonl") + _rows("corpus_more.jsonl") + _rows("corpus_bank.jsonl")


def _bank(row: dict) -> str | None:
    return str(BANK) if row.get("bank") else None


def test_corpus_is_large_and_balanced():
    assert len(ROWS) >= 300
    assert {row["expected"] for row in ROWS} == {"correct", "wrong"}
    assert sum(row["expected"] == "wrong" for row in ROWS) >= 120
    names = {row["quantity"] for row in ROWS if not row.get("bank")}
    assert names <= set(quantities.BY_NAME) and len(names) >= 20
    assert sum(not row["answer"].isascii() for row in ROWS) >= 30  # Unicode answers
    assert sum("\\" not in row["answer"] and row["answer"].isascii() for row in ROWS) >= 80  # plain text
    assert len({row["id"] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_corpus_verdict(row):
    judgement = check(row["quantity"], row["answer"], _bank(row))
    assert judgement.word == row["expected"], (row["what"], judgement.reason)
    if judgement.word == "wrong":
        _assert_real_counterexample(row, judgement.counterexample)
    else:
        assert judgement.reason.startswith("proved by ")


def _assert_real_counterexample(row, counterexample):
    """Re-evaluate both sides independently at the reported point, to 40 digits."""
    asked = question(row["quantity"], _bank(row))
    (answer,) = read(row["answer"], asked.vocabulary)
    sides = prepare(asked.reference, answer, asked.assumptions)
    reference = closed_form(apply_rewrites(sides.reference, sides.rewrites)).expr
    answer = closed_form(apply_rewrites(sides.answer, sides.rewrites)).expr
    by_name = {str(s): s for s in reference.free_symbols | answer.free_symbols}
    point = {by_name[name]: sp.Rational(str(value)) for name, value in counterexample.point if name in by_name}
    assert set(point) == set(by_name.values())
    for symbol, value in point.items():
        assert asked.domain(symbol).contains(value) is sp.true, (symbol, value)
    left = complex(sp.N(reference.xreplace(point), 40))
    if counterexample.rhs == "undefined":
        return
    right = complex(sp.N(answer.xreplace(point), 40))
    assert abs(left - right) > 1e-9 * (1 + abs(left))
    assert abs(left - complex(counterexample.lhs)) < 1e-12 * (1 + abs(left))
