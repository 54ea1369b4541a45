"""Red team 41i's notes (tests/data/notes/redteam_laws/rt41i-*), against the definite integral rule
(:mod:`derivations.kernel.integrals`) and the reading of an integral's bound variable.

Each note is built to make the checker prove something false about a definite integral: a divergent integral
(``\\int_1^\\infty du/u``, ``e^{au}`` with a > 0), a pole inside the interval (``1/u`` and ``1/u^2`` on [-1, 1], a
pole at a name, a rational's pole), a root of negatives, a convergence condition not stated (``e^{-au}``), limits
that are names of no stated order (``|u|``, ``1/u``, ``\\sqrt u``), limits in reverse order, a name of the
integrand that depends on the variable (defined through it, indexed by it: ``x_u``, ``\\beta_t`` under dt), an
unknown function, the variable also written outside the integral, and the letter of the variable given a
convention (t the step index) or a sign (``assume u > 0``) elsewhere, a name said in words to depend on the
variable ("$x$ is a function of $u$").  Against the rule's first draft five were false proofs: ``x_u`` and
``\\beta_t`` read as constants (09, 18), ``|t|`` read as t (20), and names said to depend on the variable (23,
24); the reader now binds the variable as a real name of no convention and does not read a name indexed by it,
and a proof by the rule is not trusted where the note says a quantity depends on the variable.  The others never
were: the rule's conditions leave them undecided, or refute them.

Each finding is marked xfail(strict=True) until fixed (listed in FIXED).
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

#: Each finding, with the cause it would have (the condition of the rule or the reading that holds it off).
FINDINGS = {
    "rt41i-01-divergent-at-infinity-proved": "\\infty is no value on a side: parser (and SymPy's oo is refused)",
    "rt41i-02-reciprocal-across-zero-proved": "a pole inside: integrals._continuous",
    "rt41i-03-inverse-square-across-zero-proved": "a pole inside (FTC gives -2): integrals._continuous",
    "rt41i-04-exponential-without-its-sign-proved": "Piecewise, a sign not declared: integrals.definite_value",
    "rt41i-05-reversed-limits-proved": "reversed limits keep their sign: SymPy's convention, refuted",
    "rt41i-06-named-limits-no-order-abs-proved": "Piecewise on a < b: integrals.definite_value",
    "rt41i-07-named-limits-log-proved": "named limits need continuity on the line: integrals._continuous",
    "rt41i-08-name-defined-through-the-variable-proved": "a name tied to the variable: integrals._tied",
    "rt41i-09-variable-subscripts-a-name-proved": "x_u is a function of u: notation._indexed_by",
    "rt41i-10-variable-outside-the-integral-proved": "the free u is not the bound one: notation.integral",
    "rt41i-11-growing-exponential-with-a-positive-rate-proved": "oo is no finite value: integrals.definite_value",
    "rt41i-12-pole-inside-by-a-name-proved": "a pole at a name: integrals._continuous",
    "rt41i-13-pole-of-a-rational-inside-proved": "a pole inside: integrals._continuous",
    "rt41i-14-root-of-negatives-proved": "not real on [-1, 0): integrals._continuous",
    "rt41i-15-indefinite-answer-for-a-definite-integral-proved": "the free u is not the bound one",
    "rt41i-16-function-of-the-variable-proved": "an unknown function: integrals._EXCLUDED",
    "rt41i-17-root-with-named-limits-proved": "named limits need continuity on the line: integrals._continuous",
    "rt41i-18-schedule-indexed-by-the-variable-proved": "beta_t is a function of t: notation._indexed_by",
    "rt41i-19-improper-at-a-finite-end-proved": "unbounded at an end: integrals._continuous",
    "rt41i-20-step-letter-as-the-variable-proved": "t bound as a real name: NoteVocabulary.integrating",
    "rt41i-21-sign-of-the-letter-is-not-the-variable-s-proved": "the bound u is fresh: integrals._fresh",
    "rt41i-22-name-defined-through-a-declared-letter-proved": "tied by name, not symbol: integrals._tied",
    "rt41i-23-name-said-a-function-of-the-variable-proved": "said in words: integrands.said_dependent",
    "rt41i-24-rate-said-to-depend-on-the-time-proved": "said in words: integrands.said_dependent",
}

#: The notes whose step at issue is their last (a definition comes first).
LAST = frozenset(
    {
        "rt41i-08-name-defined-through-the-variable-proved",
        "rt41i-22-name-defined-through-a-declared-letter-proved",
    }
)

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(FINDINGS)

#: The findings whose sound verdict is a refutation (a wrong value of a convergent integral, a constant).
REFUTED_FINDINGS = frozenset(
    {
        "rt41i-05-reversed-limits-proved",
        "rt41i-20-step-letter-as-the-variable-proved",
        "rt41i-21-sign-of-the-letter-is-not-the-variable-s-proved",
    }
)


def _step(name: str):
    return red_team.judged(name, LAST)


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt41i-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_41i_s_notes(name):
    result = _step(name)
    assert result.status != PROVED, result.reason
    if name in REFUTED_FINDINGS:
        assert result.status == REFUTED, result.reason


#: Inputs the checker gets right, kept as guards: each with the verdict it must keep.
HELD = {
    "rt41i-held-01-unit-interval-proved": PROVED,
    "rt41i-held-02-unit-interval-wrong-value": REFUTED,
    "rt41i-held-03-exponential-with-its-sign": PROVED,
    "rt41i-held-04-exponential-with-its-sign-wrong-value": REFUTED,
    "rt41i-held-05-reversed-limits": PROVED,
    "rt41i-held-06-named-limits-of-a-constant": PROVED,
    "rt41i-held-07-variable-also-a-random-variable": PROVED,
    "rt41i-held-08-gaussian-over-the-line": PROVED,
    "rt41i-held-09-gaussian-over-the-line-wrong-value": REFUTED,
    "rt41i-held-10-bold-variable": PROVED,
    "rt41i-held-11-bold-variable-wrong-value": REFUTED,
    "rt41i-held-12-sign-in-prose-only": UNDECIDED,
}


def test_the_held_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt41i-held-*.md")) == sorted(HELD)


@pytest.mark.parametrize("name", sorted(HELD))
def test_the_held_notes_keep_their_verdict(name):
    result = _step(name)
    assert result.status == HELD[name], result.reason
