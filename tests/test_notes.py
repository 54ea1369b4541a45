"""Reading notes: displays split into steps with their line numbers, directives, and malformed input."""

from __future__ import annotations

import pathlib

from diffproof.notes import read_notes

DATA = pathlib.Path(__file__).resolve().parent / "data" / "notes"


def test_align_chains_with_labels_tags_intertext_and_line_breaks():
    notes = read_notes((DATA / "forward_posterior.tex").read_text())
    assert [step.line for step in notes.steps] == [13, 14, 15, 23, 25]
    first, *_, last = notes.steps
    assert first.lhs == r"\frac{1}{\sigma_q^2}" and first.relation == "="
    assert r"\label" not in first.rhs and r"\tag" not in notes.steps[2].rhs
    assert not notes.steps[2].rhs.endswith("."), "sentence punctuation is not part of the formula"
    assert r"\right)" in notes.steps[3].lhs, "a step broken across source lines is one step"
    assert last.lhs == notes.steps[3].rhs, "a chain continues across \\intertext"
    assert not notes.problems


def test_directives():
    notes = read_notes((DATA / "forward_posterior.tex").read_text())
    assert [(d.kind, d.line) for d in notes.directives] == [
        ("assume", 4),
        ("assume", 5),
        ("let", 6),
        ("let", 7),
        ("let", 18),
    ]
    assert notes.directives[2].text == r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}"


def test_markdown_display_blocks_and_html_directives():
    notes = read_notes((DATA / "snr_notes.md").read_text(), markdown=True)
    assert [step.line for step in notes.steps] == [10, 20, 21]
    assert all("x = y" not in step.lhs for step in notes.steps), "fenced code is not read"
    assert [d.kind for d in notes.directives] == ["assume", "let"]


def test_gather_rows_are_independent_and_equation_chains_split():
    text = "\\begin{gather}\na = b \\\\\nc = d\n\\end{gather}\n\\begin{equation}\nu = v \\le w\n\\end{equation}\n"
    steps = read_notes(text).steps
    assert [(s.lhs, s.relation, s.rhs, s.line) for s in steps] == [
        ("a", "=", "b", 2),
        ("c", "=", "d", 3),
        ("u", "=", "v", 6),
        ("v", "<=", "w", 6),
    ]


def test_relations_inside_brackets_do_not_split():
    (step,) = read_notes(r"\[ f\left(a = b\right) = \{x : x \le 1\} \]").steps
    assert step.lhs == r"f\left(a = b\right)" and step.relation == "="


def test_comments_are_ignored_but_escaped_percent_is_kept():
    (step,) = read_notes("\\[ a = 50\\% b % = c, as in LaTeX the comment runs to the end of the line\n\\]").steps
    assert step.rhs == r"50\% b"


def test_malformed_environments_are_reported_and_the_rest_is_read():
    text = "\\begin{align}\nx &= y\n\\end{equation}\n\\end{align}\n\\[ p = q \\]\n$$ r = s\n"
    notes = read_notes(text)
    messages = {(p.line, p.message) for p in notes.problems}
    assert (1, r"\begin{align} on line 1 is not closed before line 3") in messages
    assert (4, r"\end{align} without a matching \begin{align}") in messages
    assert (6, "$$ on line 6 is never closed") in messages
    assert [(s.lhs, s.rhs) for s in notes.steps] == [("p", "q")]
