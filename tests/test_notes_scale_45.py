"""A law's scale taken negative by a counterexample (found by the lead, session 45; sd45's fix not landed).

"Let $x\\sim N(0,s^2)$ with standard deviation $s$", "Let $x\\sim N(0,s)$" and "Let $s$ be the standard deviation
of $x$, where $x\\sim N(0,s^2)$" then |s| = s are refuted at s = -1.381: the witness breaks what the note states (a
standard deviation is >= 0; a variance slot must be >= 0 for the law to exist).  False alarms, strict xfails until
fixed: helper sd45 read each law's parameter domains as witness conditions (branch sd45, 62c3944) and fixed all
three, but lost three corpus refutations (kiseki 349, zh 120: the search for a witness that keeps the conditions
draws a disputed name), so it did not land.  The guards are wrong steps that must keep their refutation.  Fixed by
kw47 for the two standard deviations squared in a law (the noun's bound kept); the plain variance slot is open.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, check_notes
from diffproof.notes import read_notes


@pytest.mark.xfail(strict=True, reason="open: a law's parameter slots carry no domain for the witness (sd45)")
def test_a_variance_slot_is_not_taken_negative():
    assert red_team.judged("sd45-02-plain-n-variance-slot").status != REFUTED


@pytest.mark.parametrize("name", ["sd45-01-std-noun-beside-law", "sd45-03-std-noun-before-law"])
def test_a_standard_deviation_squared_in_a_law_keeps_the_noun_s_bound(name):
    """Fixed by kw47: the noun's bound is dropped only for a letter that is a law's whole covariance
    (``orders._law_letters``); ``s`` in ``N(0, s^2)`` keeps it, so no counterexample about s is trusted."""
    assert red_team.judged(name).status != REFUTED


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("Let $x \\sim N(m, 1)$ with mean $m$.", "|m| = m"),
        ("Let $x \\sim N(0, s^2)$.", "|s| = s"),
    ],
)
def test_an_unbounded_parameter_keeps_its_refutation(sentence, step):
    text = f"{sentence}\n\n$$\n{step}\n$$\n"
    results = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    assert [r.status for r in results] == [REFUTED]
