"""Helper sd45: a stated law is an assumption, and each parameter slot it has carries its domain.

``x \\sim N(0, s)`` (plain N after ``\\sim``, ``\\mathcal{N}``, ``N(x; m, s)``, ``s I``) states s > 0; ``\\mathrm{Bern}(p)``
states 0 < p < 1; ``\\mathrm{Beta}(a, b)`` a, b > 0; ``U(a, b)`` a < b; a noun of a scale (standard deviation, variance,
scale; écart-type, Standardabweichung, varianza, 标准差, 標準偏差) said beside the letter a law squares or sets alone
as its variance states it positive (``statements.law_domains``).  A counterexample is trusted only where those
orders hold (``conditions.where_stated``); they prove nothing.  A law's mean, and a standard deviation written as
``s^2`` with no word naming s, stay unbounded: their wrong steps keep their refutation.

The lead's findings sd45-01..03 (|s| = s refuted at s = -1.381 beside such a law: false alarms) are fixed (FIXED);
sd45's branch lost three corpus refutations, which helper sd47 traced to the law's orders being read in the step's
own vocabulary (its guards: ``tests/test_notes_scale_47.py``).  kw47 fixed 01 and 03 too, by another rule: a noun's
bound is dropped only for a letter that is a written law's whole covariance (``orders._law_letters``).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes


def _statuses(sentence: str, step: str) -> list[str]:
    text = f"{sentence}\n\n$$\n{step}\n$$\n"
    return [r.status for r in check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results]


#: The lead's findings (session 45), by the cause each had.
FINDINGS = {
    "sd45-01-std-noun-beside-law": "a standard deviation named beside N(0, s^2) carries no order for the witness",
    "sd45-02-plain-n-variance-slot": "N(0, s)'s variance slot carries no order for the witness",
    "sd45-03-std-noun-before-law": "a standard deviation named before N(0, s^2) carries no order for the witness",
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {"sd45-01-std-noun-beside-law", "sd45-02-plain-n-variance-slot", "sd45-03-std-noun-before-law"}
)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_sd45_a_scale_of_a_law_is_not_taken_negative(name):
    """sd45-01..03: |s| = s was refuted at s = -1.381, where the law (or the noun beside it) makes s a scale."""
    assert red_team.judged(name).status == UNDECIDED


#: Held-out wordings, written after the fix: a law's scale in words, in other languages, and the slots of a
#: Gaussian written otherwise (density with ';', calligraphic, times the identity), of a Bernoulli, a Beta.
@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("Soit $x \\sim \\mathcal{N}(0, s^2)$ d'écart-type $s$.", "|s| = s"),
        ("Sei $x \\sim \\mathcal{N}(0, s^2)$ mit Standardabweichung $s$.", "|s| = s"),
        ("Sea $x \\sim \\mathcal{N}(0, s)$ con varianza $s$.", "|s| = s"),
        ("设 $x \\sim \\mathcal{N}(0, s^2)$，其标准差为 $s$。", "|s| = s"),
        ("$x \\sim \\mathcal{N}(0, s^2)$ とし、その標準偏差を $s$ とする。", "|s| = s"),
        ("Let $x \\sim \\mathcal{N}(\\mu, s^2)$ with scale $s$.", "|s| = s"),
        ("Let $x$ have density $p(x) = N(x; 0, s)$.", "|s| = s"),
        ("Let $p(x) = \\mathcal{N}(x; m, s)$.", "\\sqrt{s^2} = s"),
        ("Let $\\mathbf{x} \\sim \\mathcal{N}(\\mathbf{0}, s\\mathbf{I})$.", "|s| = s"),
        ("Let $x \\sim \\mathcal{N}(0, a - b)$.", "|a - b| = a - b"),
        ("Let $x \\sim \\mathrm{Bern}(p)$.", "|1 - p| = 1 - p"),
        ("Let $x \\sim \\operatorname{Bernoulli}(p)$.", "|p| = p"),
        ("Let $x \\sim \\text{Beta}(a, 2)$.", "|a| = a"),
        ("Let $x \\sim U(a, b)$.", "|b - a| = b - a"),
    ],
)
def test_a_law_s_parameter_stays_in_its_domain(sentence, step):
    assert REFUTED not in _statuses(sentence, step)


#: Wrong steps that keep their refutation: a mean, a standard deviation written squared with no word naming it (or a
#: word naming another letter, or denied, or a log-variance), and a claim false inside the domain.
@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("Let $x \\sim \\mathcal{N}(m, s)$.", "|m| = m"),
        ("Let $x \\sim N(m, 1)$ with mean $m$.", "|m| = m"),
        ("Let $x \\sim N(0, s^2)$.", "|s| = s"),
        ("Let $x \\sim \\mathcal{N}(0, s^2 I)$.", "|s| = s"),
        ("Let $x \\sim N(0, s^2)$ and let $r$ be its standard deviation.", "|s| = s"),
        ("Let $x \\sim \\mathcal{N}(0, s)$.", "s^2 = s"),
        ("Let $x \\sim \\mathrm{Bern}(p)$.", "p^2 = p"),
    ],
)
def test_a_wrong_step_beside_a_law_keeps_its_refutation(sentence, step):
    assert _statuses(sentence, step) == [REFUTED]


#: Wrong steps whose letter a scale noun's sentence writes beside a law: the older reading of such a noun (it bounds
#: every letter the sentence writes, but a law's whole covariance: kw47, ``orders._law_letters``) keeps their
#: counterexample untrusted, as on main before sd47; sd47's slots alone refuted them.  Undecided, never refuted at a
#: value the words may exclude, and never proved.
@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("Let $x \\sim \\mathcal{N}(m, s^2)$ with mean $m$ and standard deviation $s$.", "|m| = m"),
        ("设 $x \\sim \\mathcal{N}(m, s^2)$，其均值为 $m$，标准差为 $s$。", "|m| = m"),
        ("Let $x \\sim \\mathcal{N}(0, s^2)$, where $s$ is not the standard deviation.", "|s| = s"),
        ("Let $x \\sim \\mathcal{N}(0, e^{s})$ with log-variance $s$.", "|s| = s"),
    ],
)
def test_a_wrong_step_beside_a_scale_noun_stays_undecided(sentence, step):
    assert _statuses(sentence, step) == [UNDECIDED]
