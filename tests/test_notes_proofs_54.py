"""Held-out notes of up54's readings.

The display and "Let ... be an integer" bounds below were withdrawn in session 54 (red team 55a proved splits through
bounds stated in examples, cases, proofs by contradiction and denied sentences): only a sentence such as "Here $T
\\ge 5$." bounds the horizon, and the notes that relied on them stay as tests that they prove nothing.  The where
clause in its own display (below) stays.

Wrong variants -- a bound too low for the split, one stated for another name or an index, an upper bound, a value,
a bound stated after the step, in a quote, a comment, a hidden block or struck out, supposed, denied or questioned,
with a remark, beside another step, two bounds no T meets -- never prove it.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: The step the notes end with: the fifth term split off a sum from 5 to T, right only where T >= 5.
_SPLIT = r"\sum_{t=5}^{T} \log q(x_t \mid x_{t-1}) = \log q(x_5 \mid x_4) + \sum_{t=6}^{T} \log q(x_t \mid x_{t-1})"


def _display(maths: str) -> str:
    return f"$$\n{maths}\n$$\n\n"


def _split_after(before: str, after: str = "") -> str:
    return f"{before}$$\n{_SPLIT}\n$$\n{after}"


#: Notes that state T >= 5 in a sentence read as the horizon's bound before the split: proved.
BOUND_STATED = {
    "Here T >= 5 (as before)": "Here $T \\geq 5$.\n\n",
}

#: Notes that do not state T >= 5 where the step can use it: never proved (and the split is not refuted by them).
NOT_STATED = {
    "a display T >= 5 (not read since session 54)": _display(r"T \geq 5"),
    "a display 5 <= T (not read since session 54)": _display(r"5 \le T"),
    "a display T > 4 (not read since session 54)": _display("T > 4"),
    "a display under Suppose (not read since session 54)": "Suppose\n\n" + _display(r"T \geq 5"),
    "Let T >= 5 be an integer (not read since session 54)": "Let $T \\geq 5$ be an integer.\n\n",
    "Let T > 4 be a positive integer (not read since session 54)": "Let $T > 4$ be a positive integer.\n\n",
    "Soit T >= 5 un entier (not read since session 54)": "Soit $T \\geq 5$ un entier.\n\n",
    "Sei T >= 5 eine ganze Zahl (not read since session 54)": "Sei $T \\geq 5$ eine ganze Zahl.\n\n",
    "a display T >= 4": _display(r"T \geq 4"),
    "a display 4 <= T": _display(r"4 \le T"),
    "a display T = 3": _display("T = 3"),
    "a display T = 7, a value (not read as a bound)": "We take\n\n" + _display("T = 7"),
    "a display T < 5": _display("T < 5"),
    "a display T <= 9": _display(r"T \le 9"),
    "a display N = 7, another name": _display("N = 7"),
    "a display N >= 5, another name": _display(r"N \geq 5"),
    "a display t >= 5, an index": _display(r"t \geq 5"),
    "a display T = 2 + 3, not a number alone": _display("T = 2 + 3"),
    "a display T >= 5 with a remark": _display(r"T \geq 5 \quad \text{(not assumed)}"),
    "a display T >= 5 beside another step": _display(r"T \geq 5 \\ a = a"),
    "two displays T >= 5 and T < 3": _display(r"T \geq 5") + _display("T < 3"),
    "a display T >= 5 in a quote": "> $$\n> T \\geq 5\n> $$\n\n",
    "a display T >= 5 in a list item's quote": "- > $$\n  > T \\geq 5\n  > $$\n\n",
    "a display T >= 5 in a comment": "<!--\n$$\nT \\geq 5\n$$\n-->\n\n",
    "a display T >= 5 hidden": "<div hidden>\n\n$$\nT \\geq 5\n$$\n\n</div>\n\n",
    "a display T >= 5 struck": "~~$$T \\geq 5$$~~\n\n",
    "a display T >= 5 supposed": "If\n\n$$\nT \\geq 5\n$$\n\nthen the chain is long. But it need not be.\n\n",
    "a display T >= 5 to prove": "We now prove that\n\n" + _display(r"T \geq 5"),
    "a display T >= 5 denied": "It is false that\n\n" + _display(r"T \geq 5"),
    "a display T >= 5 questioned": "Is it true that\n\n" + _display(r"T \geq 5"),
    "a display T >= 5 for contradiction": "Assume for contradiction that\n\n" + _display(r"T \geq 5"),
    "a display T >= 5 denied after": _display(r"T \geq 5") + "This does not hold.\n\n",
    "Let T >= 4 be an integer": "Let $T \\geq 4$ be an integer.\n\n",
    "Let N >= 5 be an integer, another name": "Let $N \\geq 5$ be an integer.\n\n",
    "Let T >= 5 be an integer if, a condition": "Let $T \\geq 5$ be an integer if the chain is long.\n\n",
    "Let T >= 5 not be an integer": "Let $T \\geq 5$ not be an integer.\n\n",
    "We cannot let T >= 5 be an integer": "We cannot let $T \\geq 5$ be an integer.\n\n",
    "Let T >= 5 be an integer, quoted": "> Let $T \\geq 5$ be an integer.\n\n",
    "Here T >= 5, quoted": "> Here $T \\geq 5$.\n\n",
    "Let T >= 5 be an integer, struck": "~~Let $T \\geq 5$ be an integer.~~\n\n",
    "Let T >= 5 be an integer, in a comment": "<!-- Let $T \\geq 5$ be an integer. -->\n\n",
}


@pytest.mark.parametrize("name", sorted(BOUND_STATED))
def test_a_stated_bound_on_the_horizon_proves_the_split(name):
    result = red_team.last(_split_after(BOUND_STATED[name]))
    assert result.status == PROVED and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(NOT_STATED))
def test_no_stated_bound_proves_nothing(name):
    result = red_team.last(_split_after(NOT_STATED[name]))
    assert result.status in {REFUTED, UNDECIDED} and not result.internal, result.reason


def test_a_bound_displayed_after_the_step_proves_nothing():
    results = red_team.results(_split_after("", "\n" + _display(r"T \geq 5")))
    split = next(r for r in results if r.step.rhs.startswith(r"\log q(x_5"))
    assert split.status == UNDECIDED, split.reason


# A *where* clause in its own display: "$$ log p = ELBO + KL $$ where $$ ELBO = E_q[...] $$" (timeline's
# _where_after).  Main read a where clause only as rows below the step in its own display, so the identity
# was undecided ("ELBO appears on one side only and the note does not define it before this step").  A paragraph
# that is only "where" (where:, with, où, wobei, 其中) between two displays makes the second's rows, all
# definitions of names the first's step writes and no earlier step writes, its where clause.

_IDENTITY = r"\log p_\theta(x_0) = \text{ELBO} + \text{KL}(q(z\mid x_0) \,\|\, p_\theta(z \mid x_0))"
_ELBO = r"\text{ELBO} = \mathbb{E}_{q(z\mid x_0)}\left[\log \frac{p_\theta(x_0, z)}{q(z\mid x_0)}\right]"
#: ELBO with the model's posterior for its joint: the identity is false under it.
_NOT_ELBO = r"\text{ELBO} = \mathbb{E}_{q(z\mid x_0)}\left[\log \frac{p_\theta(z \mid x_0)}{q(z\mid x_0)}\right]"

#: The identity's where clause as written, and the verdicts the identity may get.
WHERE = {
    "where": (_display(_IDENTITY) + "where\n\n" + _display(_ELBO), {PROVED}),
    "where:": (_display(_IDENTITY) + "where:\n\n" + _display(_ELBO), {PROVED}),
    "with": (_display(_IDENTITY) + "with\n\n" + _display(_ELBO), {PROVED}),
    "où": (_display(_IDENTITY) + "où\n\n" + _display(_ELBO), {PROVED}),
    "where, a wrong ELBO": (_display(_IDENTITY) + "where\n\n" + _display(_NOT_ELBO), {REFUTED, UNDECIDED}),
    "more words than where": (
        _display(_IDENTITY) + "where, as we show later,\n\n" + _display(_ELBO),
        {UNDECIDED},
    ),
    "Note that, no where": (_display(_IDENTITY) + "Note that\n\n" + _display(_ELBO), {UNDECIDED}),
    "no words between": (_display(_IDENTITY) + _display(_ELBO), {UNDECIDED}),
    "a sentence after where": (_display(_IDENTITY) + "where\n\nWe rename.\n\n" + _display(_ELBO), {UNDECIDED}),
    "a claim among the rows": (
        _display(_IDENTITY) + "where\n\n" + _display(_ELBO + r" \\ \text{ELBO} \le \log p_\theta(x_0)"),
        {UNDECIDED},
    ),
    "ELBO written by an earlier step": (
        _display(r"\text{ELBO} \le \log p_\theta(x_0)") + _display(_IDENTITY) + "where\n\n" + _display(_ELBO),
        {UNDECIDED},
    ),
    "the clause under another display": (
        _display(_IDENTITY) + "Also\n\n" + _display("a = a") + "where\n\n" + _display(_ELBO),
        {UNDECIDED},
    ),
    "the clause denied after it": (
        _display(_IDENTITY) + "where\n\n" + _display(_ELBO) + "is false.\n\n",
        {UNDECIDED},
    ),
}


@pytest.mark.parametrize("name", sorted(WHERE))
def test_a_where_clause_in_the_next_display(name):
    note, verdicts = WHERE[name]
    identity = next(r for r in red_team.results(note) if r.step.rhs.startswith(r"\text{ELBO} + "))
    assert identity.status in verdicts and not identity.internal, identity.reason
