"""Renderings KaTeX and MathJax typeset that the reader refused (sweep 43's list), each read as a renderer and a
mathematician read it, or refused with its reason; wrong variants stay unproved."""

from __future__ import annotations

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes


def read(text: str):
    return read_notes(text, markdown=True)


def steps(text: str) -> list[tuple[int, str, str]]:
    return [(s.line, s.lhs, s.rhs) for s in read(text).steps]


def verdicts(text: str) -> dict[int, str]:
    return {r.step.line: r.status for r in check_notes(read(text)).results}


# Obsidian's callout: a `>$$` line opens the display, its body lines carry no `>` (lazy lines of the quote's
# paragraph) and a `>$$` line closes it.  CommonMark keeps them all in the quote's paragraph, where `$$...$$` on
# lines of its own is display maths; the display rule asked from inside the quote must not run past its end.
CALLOUT = "> [!definition] Score\n> The score is\n>$$\ns(x) = y + 1\n>$$ \n\nAfter it.\n\n$$\na = b\n$$\n"


def test_a_callout_display_with_lazy_body_lines_is_read_at_its_line():
    notes = read(CALLOUT)
    assert steps(CALLOUT) == [(4, "s(x)", "y + 1"), (10, "a", "b")]
    assert notes.problems == ()


def test_a_display_left_open_in_a_quote_is_still_reported_and_never_closed_by_a_later_one():
    text = "> $$\n> a = b\n\nAfter it.\n\n$$\nc = d\n$$\n"
    notes = read(text)
    assert [(p.line, p.message) for p in notes.problems] == [(1, "$$ on line 1 is never closed")]
    assert steps(text) == [(7, "c", "d")]


def test_a_callout_display_is_used_by_the_steps_after_it_and_a_wrong_restatement_is_not_proved():
    right = CALLOUT + "\n$$\ny + 1 = s(x)\n$$\n"
    wrong = CALLOUT + "\n$$\ny + 2 = s(x)\n$$\n"
    assert verdicts(right)[14] == PROVED
    assert verdicts(wrong)[14] == REFUTED
