"""Full-width forms in display maths (``（``, ``＋``, ``＝``, as a Chinese or Japanese input method types them) are
the ASCII characters they are drawn as.  The notes in ``tests/data/notes/sweep38/s04``, ``s05``, ``s09`` come from
a sweep of public notes (github.com/RealBar/notes, diffusion/DDPM.md) and probes of the same pattern: before, the
reader dropped everything from the first full-width character, so ``c = c（1+d）`` was read as ``c = c`` and
proved, ``x^2 + x = x（x+1）`` refuted, and a display with ``＝`` had no step."""

from __future__ import annotations

import pathlib

import pytest

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_file, read_notes

SWEEP = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "sweep38"


def verdicts(name: str) -> list[tuple[int, str, str, str]]:
    (path,) = SWEEP.glob(f"{name}-*.md")
    return [(r.step.line, r.step.lhs, r.step.rhs, r.status) for r in check_notes(read_file(path)).results]


def test_a_wrong_step_hidden_behind_a_full_width_parenthesis_is_not_proved():
    found = verdicts("s05")
    assert [(lhs, rhs) for _, lhs, rhs, _ in found] == [
        ("c", "c(1+d)"),
        ("c", "c + d"),
        ("c", "c * (1+d)"),
        ("c", "c/(1+d)"),
    ]
    assert not any(status == PROVED for *_, status in found)


def test_a_right_step_with_full_width_parentheses_is_read_whole_and_proved():
    found = verdicts("s04")
    assert (8, "x^2 + x", "x(x+1)", PROVED) in found
    assert not any(status == REFUTED for *_, status in found)


def test_a_full_width_equals_sign_is_a_relation():
    assert verdicts("s09") == [(4, "x^2 - 1", "(x-1)(x+1)", PROVED)]


@pytest.mark.parametrize(
    "display, lhs, rhs",
    [("x^2 + x ＝ x（x＋2）", "x^2 + x", "x(x+2)"), ("2（b＋c） = 2b ＋ 3c", "2(b+c)", "2b + 3c")],
)
def test_a_wrong_step_in_full_width_forms_is_refuted(display, lhs, rhs):
    (result,) = check_notes(read_notes(f"$$\n{display}\n$$\n", markdown=True)).results
    assert (result.step.lhs, result.step.rhs, result.status) == (lhs, rhs, REFUTED)
