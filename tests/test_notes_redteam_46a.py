"""Red team 46a's notes (tests/data/notes/redteam_laws/rt46a-*), against the rules merged in session 45 (ind45's
noise ties, tw45's tied_in_words).

All false proofs.  Two declared noises said equal in words that ``statements.noise_ties`` reads as no tie: through a
third name each is tied to ("are both $z$", "equals $y$" then "$y$ equals", "with correlation $\\rho = 1$"), which
``contexts.linked`` does not follow; after a sentence's one maths that writes them both under N(0, 1) ("are equal",
"are one and the same draw"), words no pair of maths spans; and after "the same distribution as", a copula whose
complement is a second maths of the same names, which the same-names bridge reads apart (in English and Japanese).
A derivative that holds y fixed where the words tie it to x in ways ``tied_in_words`` does not read: a relation
after a list past a comma ("are, as shown above, equal") or not in _TIED_AFTER ("sum to one"), and an untie word
that is an adjective of the second name's noun ("twice the free parameter $x$", "the fixed input").  Held-out
sentences for the two fixes below (written after them, in other wordings and languages).

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt46a-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.tied_in_words import tied_in_words
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

_THIRD = (
    "noise_ties ties each noise to a third name only, and contexts.linked does not follow two ties through a third "
    "name (its docstring: 'nor two names through a third tied to both')"
)
_ONE_MATHS = (
    "noise_ties._sentence reads words only between two maths: a sentence's one maths gives its own ties (N(0, 1) "
    "draws its variables apart), the words after it are not read"
)
_BRIDGE = (
    "noise_ties._apart: two maths of the same names bridge when the words between are of laws (_OF_LAWS has the "
    "copulas), so a copula's complement after 'the same distribution as' is read apart from the subject"
)
_AFTER_LIST = "tied_in_words: a relation said after a list ties only with a word of _TIED_AFTER"
_ADJECTIVE = (
    "tied_in_words._held_apart takes the clause's last claim, and an untie word (_UNTIE) that is an adjective of the "
    "second name's noun comes after the relation"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt46a-01-noises-both-z-proved": f"{_THIRD} ('are both' is _LISTED_AFTER: the list itself is apart)",
    "rt46a-02-noises-both-z-variance-proved": f"{_THIRD} (a Var step)",
    "rt46a-03-noise-equals-y-equals-noise-proved": f"{_THIRD} (two sentences)",
    "rt46a-04-noises-with-correlation-one-proved": f"{_THIRD} (rho)",
    "rt46a-05-standard-normals-said-equal-proved": f"{_ONE_MATHS} ('are equal')",
    "rt46a-06-one-and-the-same-draw-proved": f"{_ONE_MATHS} ('are one and the same draw')",
    "rt46a-07-same-distribution-and-is-it-proved": f"{_BRIDGE} ('and is')",
    "rt46a-08-ja-same-distribution-and-is-it-proved": f"{_BRIDGE} (と同じ分布で、... である)",
    "rt46a-09-are-as-shown-equal-proved": f"{_AFTER_LIST}, and only up to a comma ('are, as shown above, equal')",
    "rt46a-10-sum-to-one-proved": f"{_AFTER_LIST} (a blacklist: 'sum to' is none)",
    "rt46a-11-twice-the-free-parameter-proved": f"{_ADJECTIVE} ('free')",
    "rt46a-12-twice-the-fixed-input-proved": f"{_ADJECTIVE} ('fixed')",
    "rt46a-13-sum-of-noises-vanishes-proved": f"{_ONE_MATHS} ('$\\epsilon_1 + \\epsilon_2$ vanishes')",
}

#: The sound verdicts of each finding, once fixed: each step is wrong, refuted with a counterexample that keeps the
#: words, or left undecided.
SOUND = dict.fromkeys(FINDINGS, frozenset({REFUTED, UNDECIDED}))

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # noise_ties._said_one_value: names said one value (Ties.same) are one node between two noises in
        # contexts.linked; noise_ties._CORRELATED: a sentence saying a correlation ties the names it writes
        "rt46a-01-noises-both-z-proved",
        "rt46a-02-noises-both-z-variance-proved",
        "rt46a-03-noise-equals-y-equals-noise-proved",
        "rt46a-04-noises-with-correlation-one-proved",
        # noise_ties._apart: two maths of the same names bridge only where the second is no copula's complement
        # (_COPULA_BEFORE: is, ist, est, es, 是; _COPULA_AFTER: である, 이다)
        "rt46a-07-same-distribution-and-is-it-proved",
        "rt46a-08-ja-same-distribution-and-is-it-proved",
        # tied_in_words._held_apart: an untie word followed by one or two words up to the second name, none a
        # preposition or quantifier (_ADJECTIVE_OF_NAME), is an adjective of the name's noun, no claim
        "rt46a-11-twice-the-free-parameter-proved",
        "rt46a-12-twice-the-fixed-input-proved",
        # noise_ties._said_of_them: the words after a list of names (or before it) tie them unless they only say of
        # laws (a whitelist); those after an expression of two names, a tie or a value (_TIED_WORDS, _VALUED)
        "rt46a-05-standard-normals-said-equal-proved",
        "rt46a-06-one-and-the-same-draw-proved",
        "rt46a-13-sum-of-noises-vanishes-proved",
        # (rt46a-04 is also fixed by nt47's rule: the words after the list, "with correlation $\rho = 1$", are not
        # only of laws)
        # tied_in_words._TIED_AFTER reads past a comma up to the clause's end or the next maths, and "sum to"
        "rt46a-09-are-as-shown-equal-proved",
        "rt46a-10-sum-to-one-proved",
    }
)


def _judged(name: str):
    return red_team.judged(name, last={name})


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt46a-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_46a_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt46a-guard-*) and the one verdict each must keep: two noises said independent, or one said to
#: have the other's distribution (no tie); y said twice x (a tie), or independent of x.
GUARDS = {
    "rt46a-guard-01-noises-said-independent-proved": PROVED,
    "rt46a-guard-02-same-distribution-as-proved": PROVED,
    "rt46a-guard-03-y-twice-x-undecided": UNDECIDED,
    "rt46a-guard-04-y-independent-of-x-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt46a-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


#: One law said, then the copula makes the second noise the first's value (in each language): a tie.
COMPLEMENT = {
    "en": r"Here $\epsilon_2$ has the same distribution as $\epsilon_1$ and is $\epsilon_1$.",
    "de": r"Hier hat $\epsilon_2$ dieselbe Verteilung wie $\epsilon_1$ und ist $\epsilon_1$.",
    "fr": r"Ici $\epsilon_2$ suit la même loi que $\epsilon_1$ et est $\epsilon_1$.",
    "es": r"Aquí $\epsilon_2$ sigue la misma distribución que $\epsilon_1$ y es $\epsilon_1$.",
    "zh": r"这里 $\epsilon_2$ 与 $\epsilon_1$ 同分布，且是 $\epsilon_1$。",
    "ja": r"ここでは $\epsilon_2$ は $\epsilon_1$ と同じ分布で、$\epsilon_1$ である。",
    "ko": r"여기서 $\epsilon_2$ 는 $\epsilon_1$ 과 같은 분포, $\epsilon_1$ 이다.",
}
#: One law or independence said, then a claim whose subject is the noise named again: no tie.
OWN_SUBJECT = {
    "en, then has the same law": r"Here $\epsilon_2$ and $\epsilon_1$ are independent and $\epsilon_1$ has the same "
    r"law as $\epsilon_2$.",
    "en, then is standard normal": r"Here $\epsilon_2$ has the same distribution as $\epsilon_1$ and $\epsilon_1$ is "
    r"standard normal.",
    "en, then a law": r"Here $\epsilon_2$ has the same distribution as $\epsilon_1$, and $\epsilon_1 \sim "
    r"\mathcal{N}(0, I)$.",
    "zh, then 是标准正态的": r"这里 $\epsilon_2$ 与 $\epsilon_1$ 同分布，且 $\epsilon_1$ 是标准正态的。",
}


@pytest.mark.parametrize("name", sorted(COMPLEMENT))
def test_a_copula_s_complement_after_one_law_ties(name):
    assert red_team.noises_tied(COMPLEMENT[name])


@pytest.mark.parametrize("name", sorted(OWN_SUBJECT))
def test_a_noise_named_again_as_a_subject_ties_nothing(name):
    assert not red_team.noises_tied(OWN_SUBJECT[name])


X, Y = ("x", "", ""), ("y", "", "")


def _xy_tied(sentence: str) -> bool:
    return frozenset((X, Y)) in tied_in_words(read_notes(sentence + "\n", markdown=True))


#: An untie word describing the second name's noun, after a relation: a tie.
ADJECTIVE = {
    "independent variable": r"Here $y$ is the square of the independent variable $x$.",
    "held-out input": r"Here $y$ is half the held-out input $x$.",
    "constant offset": r"Here $y$ is the negative of the constant offset $x$.",
    "free": r"Let $y$ be a multiple of the free parameter $x$.",
}
#: An untie word that is the claim (a preposition or a quantifier follows it, or nothing): held apart.
CLAIM = {
    "constant in": r"Here $y$ is constant in $x$.",
    "fixed for every": r"Here $y$ is fixed for every $x$.",
    "independent of the input": r"Here $y$ is independent of the input $x$.",
    "held fixed as": r"Here $y$ is held fixed as $x$ varies.",
}


@pytest.mark.parametrize("name", sorted(ADJECTIVE))
def test_an_untie_word_describing_the_name_s_noun_ties(name):
    assert _xy_tied(ADJECTIVE[name])


@pytest.mark.parametrize("name", sorted(CLAIM))
def test_an_untie_word_that_is_the_claim_holds_apart(name):
    assert not _xy_tied(CLAIM[name])
