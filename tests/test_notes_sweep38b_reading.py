"""Reading found wanting on public notes (the second sweep of new notes; sources in each note's comment, in
``tests/data/notes/sweep38b``): a bare ``\\begin{aligned}`` in Markdown, which MathJax typesets as a display
(libzx.so, a concise derivation of the VAE: nine steps were skipped), and a thick space followed by two negative
thin spaces before a bracket (a Korean Obsidian note), which was taken for a wide gap and split a chain there."""

from __future__ import annotations

import pathlib

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_file, read_notes

SWEEP = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "sweep38b"


def results(name: str):
    (path,) = SWEEP.glob(f"{name}-*.md")
    return check_notes(read_file(path)).results


def test_a_bare_aligned_environment_in_markdown_is_a_display():
    found = results("t03")
    assert [r.step.line for r in found] == [12] * 5 + [14] * 4 + [19]
    assert all(r.status == PROVED for r in found), [r.reason for r in found if r.status != PROVED]


def test_an_inner_layout_inside_an_open_display_is_its_layout_and_a_wrong_bare_aligned_is_refuted():
    text = "\\begin{equation}\n\\begin{aligned}\na &= b + c \\\\\n&= c + b\n\\end{aligned}\n\\end{equation}\n"
    notes = read_notes(text, markdown=True)
    assert not notes.problems and [(s.lhs, s.rhs) for s in notes.steps] == [("a", "b + c"), ("b + c", "c + b")]
    (wrong,) = check_notes(
        read_notes("\\begin{aligned}\n(a + b)^2 &= a^2 + b^2\n\\end{aligned}\n", markdown=True)
    ).results
    assert wrong.status == REFUTED


def test_small_spaces_that_add_up_to_less_than_a_gap_do_not_split_a_chain():
    found = results("t05")
    assert [(r.step.line, r.status) for r in found if r.step.line == 20 or r.step.line == 21] == [
        (20, PROVED),
        (21, PROVED),
    ]
    assert not any(r.status == REFUTED for r in found)
    assert found[0].step.rhs.endswith("\\Bigr]"), "the bracket stays with its expectation"


def test_small_spaces_as_wide_as_three_thin_spaces_still_set_two_statements_apart():
    for spaces in ("\\,\\,\\,", "\\;\\;", "\\ \\ "):
        notes = read_notes(f"$$\na = 1 {spaces} b = 2\n$$\n", markdown=True)
        assert [(s.lhs, s.rhs) for s in notes.steps] == [("a", "1"), ("b", "2")], spaces
