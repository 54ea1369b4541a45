"""The third sweep of public notes (red team 40s, tests/data/notes/redteam_laws/rt40s-*), reduced to minimal notes.

Eleven real notes (tests/data/notes/sweeps) gave no wrong proof or refutation.  They gave two bugs and a cost: an internal
error on a step whose gradient is taken with respect to a name the note defines as a sum (``\\nabla \\log
p_g(X_\\varepsilon)`` after ``X_\\varepsilon = X + \\varepsilon``: the kernel substitutes the definition into the
variable of a derivative, and SymPy cannot differentiate with respect to ``X + \\varepsilon``), fail-safe (the step
is undecided, flagged as a bug) but open; and a crash of a whole note (an index rule met a definition whose key
carries no name), fixed; and ``\\hspace{10px}`` split a row but left its width in the maths after it, fixed.

Each open finding is marked xfail(strict=True) until fixed (listed in FIXED).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import check_notes
from diffproof.notes import read_notes

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt40s-01-gradient-wrt-a-defined-sum-internal": (
        "X_eps := X + eps is substituted into the variable of \\nabla: kernel.algebra.unfold differentiates wrt a sum"
    ),
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset({"rt40s-01-gradient-wrt-a-defined-sum-internal"})


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in red_team.NOTES.glob("rt40s-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_the_third_sweep_s_notes_are_judged_without_an_internal_error(name):
    result = red_team.judged(name)
    assert not result.internal, result.reason


#: The note that crashed whole (zh-jarvis-ddim-sampling.md with the context declared, reduced): the defined side
#: ``L_{\\text{simple}}(\\theta)`` is read as the product L_simple θ, whose key (``formulas.name_key``: "other")
#: names nothing, and the rule on instances of indexed names (``statements.indices._instance``) unpacked it as a
#: name's key.
CRASHED = (
    "<!-- diffproof: context ddpm -->\n\n"
    "$$\nL_{\\text{simple}}(\\theta) \\triangleq "
    "\\mathbb{E}_{t,q(x_0),\\epsilon\\sim\\mathcal{N}(0,I)}\\left[\\Vert \\epsilon - \\epsilon_{\\theta}(x_t,t) \\Vert^2_2\\right]\n$$\n\n"
    "$$\nx_0 = \\frac{x_t-\\sqrt{1-\\bar{\\alpha}_t}\\epsilon_{\\theta}(x_t,t)}{\\sqrt{\\bar{\\alpha}_t}}\n$$\n"
)


def test_a_definition_with_no_name_does_not_crash_the_note():
    report = check_notes(read_notes(CRASHED, markdown=True))
    assert report.results
    assert not any(result.internal for result in report.results)


def test_the_width_of_an_hspace_is_no_maths():
    """``\\hspace{1in}`` shows a space, never its width (de Kieran Didi's draft writes ``\\hspace{10px} mit ...``): the
    statement after it starts after the group, instead of with ``{1in}`` read as the name ``in`` times ``h^2``."""
    notes = read_notes("$$\n(h-1)^2 = h^2 - 2h + 1 \\hspace*{1in} h^2 + 1 \\ge 2h\n$$\n", markdown=True)
    assert [(step.lhs, step.rhs) for step in notes.steps] == [("(h-1)^2", "h^2 - 2h + 1"), ("h^2 + 1", "2h")]
