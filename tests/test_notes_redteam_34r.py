"""Assumptions the notes readers did not see (tests/data/notes/redteam_laws/rt32-20 to rt32-24, rt34r-*): a display
that starts or ends inside a line of prose ("Assume \\[ h + k < 0 \\] throughout.", an equation environment after
"Assume that", Markdown's "We assume \\[ ... \\] throughout"), inline maths written in LaTeX's math environment or
``\\ensuremath``, an order after "Let" or "and assume", and a lead-in set in markup ("\\noindent Assume",
"\\textbf{Assume}", "**Assume**").  Each made the checker refute |h + k| = -(h + k), true
under h + k < 0.  The held cases are what must still be read as before: a display set inside a sentence that is a
step is still one, proved or refuted."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_notes_redteam import RED_TEAM_LAWS

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_file, read_notes

#: The notes of the readers' findings: the LaTeX ones of red team 32 (its Markdown one, rt32-24, is in
#: tests/test_notes_redteam_32.py) and this session's variants, each with the line of its step.
NOTES = [
    *(path for path in sorted(RED_TEAM_LAWS.glob("rt32-2[0-4]-*.tex"))),
    *(path for path in sorted(RED_TEAM_LAWS.glob("rt34r-[0-9][0-9]-*")) if path.suffix in (".md", ".tex")),
]


def _verdicts(path: Path) -> dict[int, str]:
    """The verdict of the first step on each line of a note."""
    report = check_notes(read_file(path), Limits(seconds=120))
    found: dict[int, str] = {}
    for result in report.results:
        found.setdefault(result.step.line, result.status)
    return found


def _last_step_line(path: Path) -> int:
    """The line of a note's last step: |h + k| = -(h + k), after the assumption."""
    return max(step.line for step in read_file(path).steps)


def test_the_notes_are_all_there():
    assert len([path for path in NOTES if path.name.startswith("rt32-")]) == 4
    assert len([path for path in NOTES if path.name.startswith("rt34r-")]) == 20


@pytest.mark.parametrize("path", NOTES, ids=[path.stem for path in NOTES])
def test_an_assumption_set_beside_its_words_is_read(path):
    """The verdict a note must never give is the last word of its name."""
    never = PROVED if path.stem.endswith("-proved") else REFUTED
    line = _last_step_line(path)
    assert _verdicts(path)[line] != never


def _tex(body: str, preamble: str = "") -> str:
    return f"\\documentclass{{article}}{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n"


def _judged(text: str, *, markdown: bool = False) -> dict[int, str]:
    report = check_notes(read_notes(text, markdown=markdown), Limits(seconds=120))
    found: dict[int, str] = {}
    for result in report.results:
        found.setdefault(result.step.line, result.status)
    return found


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Then \\[ a + a = 2a \\] follows.", PROVED),  # a display in a sentence is still a step
        ("Hence \\[ b + b = 3b \\] as claimed.", REFUTED),
        ("so that \\begin{equation} b + b = 3b \\end{equation} holds.", REFUTED),
        ("We get $$ b + b = 3b $$ here.", REFUTED),
        ("Let \\[ b + b = 3b \\] hold.", REFUTED),  # "Let" before an equation assumes nothing
        ("Then \\begin{math}a > 0\\end{math} and \\[ b + b = 3b \\] follows.", REFUTED),
        ("We write \\[ b + b = 3b \\] and assume nothing.", REFUTED),
    ],
)
def test_a_display_set_in_a_latex_sentence_is_still_a_step(body, expected):
    assert _judged(_tex(body))[2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Then \\[ a + a = 2a \\] follows.\n", PROVED),
        ("Hence \\[ b + b = 3b \\] as claimed.\n", REFUTED),
        ("so that \\begin{equation} b + b = 3b \\end{equation} holds.\n", REFUTED),
        ("- Then \\[ b + b = 3b \\] follows.\n", REFUTED),
        ("Let \\[ b + b = 3b \\] hold.\n", REFUTED),
    ],
)
def test_a_display_set_in_a_markdown_sentence_is_still_a_step(text, expected):
    assert _judged(text, markdown=True)[1] == expected


def test_the_words_beside_a_display_are_read_from_its_lines():
    notes = read_notes(_tex("Assume \\[ h < 0 \\] throughout.\n\n\\[\nh = h\n\\]\nand \\[ a = a \\] too."))
    assert notes.leads == ((2, "Assume "), (7, "and "))
    assert notes.trails == ((2, " throughout."), (7, " too."))
    notes = read_notes("We assume \\[ h < 0 \\] throughout.\n\n$$\nh = h\n$$\n", markdown=True)
    assert notes.leads == ((1, "We assume "),)
    assert notes.trails == ((1, " throughout."),)


def test_two_displays_on_a_line_each_have_the_words_between_them():
    notes = read_notes(_tex("We have \\[ a = 1 \\] and \\[ b = 2 \\] here."))
    assert notes.leads == ((2, "We have "), (2, " and "))
    assert notes.trails == ((2, " and "), (2, " here."))


@pytest.mark.parametrize(
    "text, markdown",
    [
        ("\\noindent Hence \\[ b + b = 3b \\] as claimed.", False),  # markup taken off a lead-in that claims
        ("\\textbf{Then}\n\\[ b + b = 3b \\]", False),
        ("**Then** \\[ b + b = 3b \\] follows.", True),
        ("*We get*\n$$ b + b = 3b $$", True),
    ],
)
def test_a_lead_in_set_in_markup_still_claims(text, markdown):
    judged = _judged(text if markdown else _tex(text), markdown=markdown)
    assert judged[min(judged)] == REFUTED


def test_latex_inline_forms_are_inline_maths_in_text_only():
    notes = read_notes(_tex("Assume \\begin{math}h < 0\\end{math} and \\ensuremath{k > 0}."))
    assert [item.text.strip() for item in notes.inline] == ["h < 0", "k > 0"]
    assert "\\(" in notes.inline[0].sentence and "\\(" in notes.inline[1].sentence
    assert not notes.steps
    # in a display \ensuremath is its argument, not inline maths: the display is read as before
    notes = read_notes(_tex("\\[ \\ensuremath{f} + f = 2f \\]"))
    assert [(step.lhs.strip(), step.rhs.strip()) for step in notes.steps] == [("\\ensuremath{f} + f", "2f")]
    assert not notes.inline


def test_latex_inline_forms_keep_their_lines():
    notes = read_notes(_tex("Assume \\begin{math}h\n< 0\\end{math} and \\ensuremath{k\n> 0}.\n\\[ b + b = 3b \\]"))
    assert [item.line for item in notes.inline] == [2, 3]
    assert [step.line for step in notes.steps] == [5]


def test_markdown_double_dollars_in_a_sentence_stay_inline():
    """``$$...$$`` between words is inline maths in Markdown (kramdown): never a display, and its sentence assumes."""
    text = "Suppose $$ h + k < 0 $$ holds.\n\n$$ |h + k| = -(h + k) $$\n"
    notes = read_notes(text, markdown=True)
    assert [step.line for step in notes.steps] == [3]
    assert _judged(text, markdown=True)[3] == UNDECIDED
