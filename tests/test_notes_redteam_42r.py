"""Refuter 42's notes (tests/data/notes/redteam_laws/rt42r-*), against the bound in words the convention implies.

A name alone said plainly to be smaller than 1 ("Note that $\\alpha_t$ is always smaller than $1$.", "$\\alpha_t$
は常に $1$ より小さいので") says no more than its convention (``orders._no_news_compared``): its counterexamples
stay trusted.  The attacks: a comparison denied after it (より小さくないので) or before it ("It is false that"), a
bound narrower than the convention (smaller than 1/2) or outside it (常に 1 より大きいので), a hedge before it
("Usually ..., so"), and a restriction after it ("when $t$ is large").  Each note's step is right under what its
words say (wrong only for the "-proved" one), so none may be refuted (nor that one proved).

All are held (no finding): the rule reads none of them as no news.  Also here: the search narrowed to the middle of
a schedule's range where a model's values have no witness (held-out chains, a step that holds for standard normal
data, the context's own marginal).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notecheck.statements.orders import _no_news_compared
from diffproof.notes import read_notes

#: Each attack, with the wrong verdict it tries to draw (its suffix).
HELD = {
    "rt42r-01-ja-not-smaller-so-refuted": REFUTED,
    "rt42r-02-false-that-smaller-refuted": REFUTED,
    "rt42r-03-since-smaller-than-half-refuted": REFUTED,
    "rt42r-04-ja-always-greater-than-one-so-refuted": REFUTED,
    "rt42r-05-usually-smaller-so-proved": PROVED,
    "rt42r-06-smaller-than-one-when-refuted": REFUTED,
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_refuter_42_s_notes_are_held(name):
    result = red_team.judged(name)
    assert result.status != HELD[name], result.reason


def _alpha(sentence: str) -> bool:
    (inline,) = [i for i in read_notes(sentence + "\n", markdown=True).inline if i.text.strip() == "\\alpha_t"]
    return _no_news_compared(inline)


@pytest.mark.parametrize(
    ("sentence", "no_news"),
    [
        ("$`\\alpha_t`$は常に$`1`$より小さいので、データ成分は小さくなる。", True),  # the corpus's shape, held out
        ("Note that $\\alpha_t$ is always smaller than $1$.", True),
        ("$\\alpha_t$ is smaller than $1$, so the signal shrinks.", True),
        ("Here $\\alpha_t$ is greater than $0$.", True),
        ("Here $\\alpha_t$ is at most $1$.", True),
        ("$`\\alpha_t`$は常に$`1`$より小さい。", False),  # nothing asserts it: maybe an item of a list
        ("Often $\\alpha_t$ is smaller than $1$.", False),
        ("If $\\alpha_t$ is smaller than $1$, the map is monotone.", False),
        ("$\\alpha_t$ は $1$ より小さいとは仮定しない。", False),
        ("Here $\\alpha_t$ is smaller than $1$ in absolute value.", False),
        ("Here $\\alpha_t$ is smaller than $1/2$.", False),
        ("ここで $\\alpha_t$ は $1$ より小さくない。", False),
        ("Here $\\alpha_t$ is greater than $1$.", False),
    ],
)
def test_a_bound_in_words_is_no_news_only_where_asserted_and_implied(sentence, no_news):
    assert _alpha(sentence) is no_news


#: Schedule chains a note may state (the corpus's is ja-naoyukikita's line 58, in a display's where; these are
#: held out): a model's alpha_T drawn near 1 below alphas falling to abar_{T-1} needs more steps than a witness
#: builds, so the search is narrowed to the middle of the range (``conditions.within_the_schedule``).
CHAINS = [
    "1 > \\alpha_0 > \\alpha_1 > \\cdots > \\alpha_T > 0",
    "0 < \\beta_1 < \\beta_2 < \\cdots < \\beta_T < 1",
    "1 > \\alpha_1 > \\cdots > \\alpha_T > 0.5",
]


def _marginal(chain: str, step: str):
    note = f"<!-- diffproof: context ddpm -->\n# Schedule\n\nHere ${chain}$.\n\nThe marginal is\n\n$$\n{step}\n$$\n"
    return check_notes(read_notes(note, markdown=True), Limits(seconds=120)).results[-1]


@pytest.mark.parametrize("chain", CHAINS)
def test_independence_of_the_data_is_refuted_at_a_witnessed_schedule(chain):
    """x_T is correlated with x_0 (by sqrt(abar_T) > 0) for standard normal data too: refuted where a schedule
    meeting the chain gives the model's values (shown in the reason)."""
    result = _marginal(chain, "q(x_T|x_0) = q(x_T)")
    assert result.status == REFUTED, result.reason
    assert "which holds at a schedule giving those values" in result.reason


@pytest.mark.parametrize("chain", CHAINS)
def test_the_narrowed_search_keeps_the_data_law_s_doubt_and_the_proofs(chain):
    """q(x_T) = N(0, 1) holds for standard normal data (the note states no data law): never refuted; the
    context's marginal stays proved."""
    assert _marginal(chain, "q(x_T) = \\mathcal{N}(x_T; 0, 1)").status != REFUTED
    right = _marginal(chain, "q(x_T|x_0) = \\mathcal{N}(x_T; \\sqrt{\\bar\\alpha_T} x_0, 1 - \\bar\\alpha_T)")
    assert right.status == PROVED, right.reason
