"""NoisesApart on independence the note states (session 60, ni60): a declared noise factors out of a joint law with
another variable only where the note states exactly those independent, positively
(:mod:`diffproof.notecheck.statements.stated_independence`), and no definition, law or word of the note makes one of
the other (the dependence graph, :func:`diffproof.notecheck.doubts.noises_apart_tied`).

Red team ni60 (tests/data/notes/redteam_laws/ni60-*): independence negated, hedged, conditional, asked, others'
claim, retracted, of other names, of one noise of two, of another time step, contradicted by a definition or by a
chain in words, scoped to one time, pairwise of a list, in a table's row, in a quotation, conditional on x_t,
said pairwise, of x_t, said hypothetically, called false by the sentence before, under a heading of mistakes, dropped
after by pointing at it: each step at issue (the last) must never be proved.  Guards (ni60-guard-*):
faithful notes that state the independence in prose, maths and four other languages: each proved.  Each note's first
comment gives its hand check.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED
from diffproof.notecheck.statements.stated_independence import _stated

FINDINGS = red_team.named("ni60-[0-9]*")
GUARDS = red_team.named("ni60-guard-*")


def test_the_red_team_is_complete():
    assert len(FINDINGS) == 23 and len(GUARDS) == 10, (FINDINGS, GUARDS)


@pytest.mark.parametrize("name", FINDINGS)
def test_an_independence_not_stated_of_exactly_those_names_proves_nothing(name):
    result = red_team.judged_last(name)
    assert result.status != PROVED and not result.internal, result.reason


#: Guards not proved yet, with the cause (the reason of their strict xfail): none left (ni60-guard-09's Spanish
#: copula 'son' was read as the French possessive until session 61).
GUARD_CAUSES: dict[str, str] = {}


@pytest.mark.parametrize("name", [red_team.case(n, set(GUARDS) - set(GUARD_CAUSES), GUARD_CAUSES) for n in GUARDS])
def test_an_independence_stated_factors_the_noise_out(name):
    result = red_team.judged_last(name)
    assert result.status == PROVED and not result.internal, result.reason


X0, EPS, Y = ("x", "", "0"), ("epsilon", "", ""), ("y", "", "")

#: Held-out sentences (not in the notes) and the groups each states.
STATES = {
    r"$x_0$ and $\epsilon$ are independent.": [(frozenset({EPS}), frozenset({X0}))],
    r"Recall that $\epsilon$ is independent of $x_0$.": [(frozenset({EPS}), frozenset({X0}))],
    r"Throughout, $x_0$, $y$ and $\epsilon$ are mutually independent.": [
        (frozenset({EPS}), frozenset({X0}), frozenset({Y}))
    ],
    r"$\epsilon$ is independent of $x_0$ and $y$.": [
        (frozenset({EPS}), frozenset({X0})),
        (frozenset({EPS}), frozenset({Y})),
    ],
    r"Here $\epsilon \perp (x_0, y)$.": [(frozenset({EPS}), frozenset({X0, Y}))],
    r"$x_0$ and $\epsilon$ are i.i.d.": [(frozenset({EPS}), frozenset({X0}))],
    r"$\epsilon$ 独立于 $x_0$。": [(frozenset({EPS}), frozenset({X0}))],
    r"$\epsilon$ est indépendant de $x_0$.": [(frozenset({EPS}), frozenset({X0}))],
}

#: Held-out sentences that state no independence.
STATES_NONE = (
    r"$x_0$ and $\epsilon$ are not independent.",
    r"Is $\epsilon$ independent of $x_0$?",
    r"We could assume that $x_0$ and $\epsilon$ are independent.",
    r"In the next step $x_0$ and $\epsilon$ are independent.",
    r"$x_0$ and $\epsilon$ are independent given $x_t$.",
    r"$x_0$, $y$ and $\epsilon$ are pairwise independent.",
    r"$x_0 \perp \epsilon \mid x_t$.",
    r"$x_0 \not\perp \epsilon$.",
    r"$x_0 + y$ and $\epsilon$ are independent.",
    r"$x_0$ and $x_0$ are independent.",
    r"Here $x_0$ is independent of $x_0$.",
    r"$x_0$ und $\epsilon$ sind nicht unabhängig.",
    r"They are independent of $\epsilon$.",
    r"$x_0$ and $\epsilon$ are uncorrelated.",
)


def _sorted(found):
    return sorted(tuple(sorted(map(sorted, groups))) for groups in found)


@pytest.mark.parametrize("sentence", sorted(STATES))
def test_a_sentence_states_independence_as_a_whole(sentence):
    assert _sorted(_stated(sentence)) == _sorted(STATES[sentence])


@pytest.mark.parametrize("sentence", STATES_NONE)
def test_a_sentence_with_anything_more_states_none(sentence):
    assert _stated(sentence) == []


def test_a_withholding_sentence_anywhere_withdraws_every_statement():
    note = red_team.DDPM + (
        "Here $x_0$ and $\\epsilon$ are independent.\n\nIt is unclear whether this holds.\n\n$$\nE(x_0 \\epsilon) = "
        "0\n$$\n"
    )
    assert red_team.last(note).status != PROVED


def test_a_statement_after_the_step_is_not_in_force():
    note = red_team.DDPM + "$$\nE(x_0 \\epsilon) = 0\n$$\n\nHere $x_0$ and $\\epsilon$ are independent.\n"
    assert red_team.last(note).status != PROVED
