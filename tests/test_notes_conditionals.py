"""Conditionals in notes.  Liquid's conditions of literals, evaluated as Liquid does (diffproof/notes/liquid.py),
and the branches a site never renders kept out of a note: a definition there is not on the page, so it must neither
prove nor refute.  A LaTeX package's test (``\\ifthenelse{..}{..}{..}``, ``\\iftoggle``) is not evaluated: what its
arguments hold is undecidable (its definitions held, its steps not judged).

Liquid: only ``false`` and ``nil`` are falsy (``0`` and ``""`` are truthy); ``unless c`` renders when ``c`` is
falsy; ``and``/``or`` group from the right; a condition that is not made of literals is the site's to decide.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import liquid, read_notes

#: Conditions and Liquid's truth of each (None: not known here).
TRUTHS = {
    "true": True,
    "false": False,
    "nil": False,
    "0": True,
    '""': True,
    "'a'": True,
    "1 == 2": False,
    "1 == 1": True,
    "1 == 1.0": True,
    "2 > 1": True,
    "'b' < 'a'": False,
    "'a' == 'a'": True,
    "1 == '1'": False,
    "1 != '1'": True,
    "1 <> 2": True,
    "nil == false": False,
    "true or false": True,
    "false or false": False,
    "true and false": False,
    "false or true and false": False,  # false or (true and false)
    "true or false and false": True,  # true or (false and false)
    "page.draft": None,
    "page.draft == true": None,
    "page.draft and false": False,
    "page.draft or true": True,
    "page.draft or false": None,
    "1 < 'a'": None,  # Liquid's error
    "true > false": None,
    "'abc' contains 'b'": None,
    "x | size > 2": None,
    "": None,
}


@pytest.mark.parametrize("condition", sorted(TRUTHS))
def test_a_condition_of_literals_is_liquid_s_truth(condition):
    assert liquid.truth(condition) is TRUTHS[condition]


#: Branches (tag, condition) and the indices Liquid never renders.
UNRENDERED = {
    "if true, else": ([("if", "true"), ("else", "")], [1]),
    "if false, else": ([("if", "false"), ("else", "")], [0]),
    "if unknown, else": ([("if", "page.x"), ("else", "")], []),
    "unknown, elsif true, else": ([("if", "page.x"), ("elsif", "true"), ("else", "")], [2]),
    "unknown, elsif false, else": ([("if", "page.x"), ("elsif", "false"), ("else", "")], [1]),
    "true, elsif unknown": ([("if", "1 == 1"), ("elsif", "page.x")], [1]),
    "unless 0, else": ([("unless", "0"), ("else", "")], [0]),
    "unless nil, else": ([("unless", "nil"), ("else", "")], [1]),
}


@pytest.mark.parametrize("name", sorted(UNRENDERED))
def test_the_branches_liquid_never_renders(name):
    branches, indices = UNRENDERED[name]
    assert list(liquid.unrendered(branches)) == indices


def _note(opening: str, first: str, second: str) -> str:
    """A note whose definition of a sits in a Liquid conditional's branches, then a step about a."""
    return (
        f"The constant is set below.\n\n{opening}\n\n$$\n{first}\n$$\n\n{{% else %}}\n\n$$\n{second}\n$$\n\n"
        "{% endif %}\n\nThen\n\n$$\na + a = 6\n$$\n"
    )


#: Notes and the verdict on a + a = 6: the branch rendered defines a; the other is not on the page.
NOTES = {
    "if true: a := 3 shown": (_note("{% if true %}", "a := 3", "a := 1"), PROVED),
    "if true: a := 1 shown": (_note("{% if true %}", "a := 1", "a := 3"), REFUTED),
    "if 0 is truthy": (_note("{% if 0 %}", "a := 1", "a := 3"), REFUTED),
    "if 1 == 2: else shown": (_note("{% if 1 == 2 %}", "a := 3", "a := 1"), REFUTED),
    "unless true: else shown": (_note("{% unless true %}", "a := 3", "a := 1").replace("endif", "endunless"), REFUTED),
    "unless nil: first shown": (_note("{% unless nil %}", "a := 3", "a := 1").replace("endif", "endunless"), PROVED),
    "site's condition: both kept": (_note("{% if page.x %}", "a := 3", "a := 1"), UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_a_definition_counts_only_in_the_branch_liquid_renders(name):
    text, verdict = NOTES[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


def _tex(conditional: str) -> str:
    return f"{conditional}\n\n\\[ a + a = 6 \\]\n"


#: LaTeX notes whose definition of a sits in a package's test, and the verdicts a + a = 6 may get: never proved
#: by the definition (it may not be typeset), never refuted by its absence (it may be).
TEX = {
    "ifthenelse, false test": _tex("\\ifthenelse{1=2}{\\[ a := 3 \\]}{}"),
    "ifthenelse, true test": _tex("\\ifthenelse{1=1}{\\[ a := 1 \\]}{}"),
    "ifthenelse over lines": _tex("\\ifthenelse{\\boolean{draft}}{\n\\[ a := 3 \\]\n}{\n\\[ a := 1 \\]\n}"),
    "iftoggle": _tex("\\iftoggle{long}{\\[ a := 3 \\]}{}"),
}


@pytest.mark.parametrize("name", sorted(TEX))
def test_a_package_s_test_holds_what_its_arguments_define(name):
    result = check_notes(read_notes(TEX[name])).results[-1]
    assert result.status == UNDECIDED, result.reason


def test_a_step_inside_a_package_s_test_is_not_judged():
    notes = read_notes("\\ifthenelse{1=2}{\\[ 1 + 1 = 3 \\]}{}\n")
    assert [result.status for result in check_notes(notes).results] == [UNDECIDED]


def test_a_definition_after_a_package_s_test_is_read():
    notes = read_notes("\\ifthenelse{1=2}{x}{y}\n\n\\[ a := 3 \\]\n\n\\[ a + a = 6 \\]\n")
    assert check_notes(notes).results[-1].status == PROVED
