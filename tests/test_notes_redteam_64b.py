"""Red team 64b's notes (tests/data/notes/redteam_laws/rt64b-*), against session 64's merges of fx64d and cr64 (main
at b23240f):

- 01-07: equation (1), which defines a := 3, said wrong in a sentence retractions does not read as a withdrawal:
  a negation the fault word's count takes for its own where a second negation is a verb ('No one doubts', 'cannot
  deny'), an intensifier ('not just wrong'), a fault word not in _FAULT_WORD ('a bug', 'was misprinted'), or a
  denied 'correct' in an order _RIGHT_DOUBTED and _NOT_RIGHT do not write ('Nobody would call (1) correct', 'never
  was correct'); so a + a = 6 is proved where a is free;
- 08-14: a Cauchy law (or a law with E|x| infinite) given otherwise than by its name or a density formula
  _density_given_as_maths reads: its distribution function, its characteristic function, Student's t with one
  degree of freedom in words or with the t in maths, a density after 'density function' or in a display, a density
  by its symbol p(x) with no word of density; so E[x] - E[x] = 0 is proved;
- 15-17: x_0 = h_1 / h_2 with h_1, h_2 independent standard normals said in ways laws does not read: a normal pair
  with identity covariance, 'They are independent.' in the next sentence, i.i.d. written over the \\sim.

All seventeen are false proofs, each a strict xfail until fixed (listed in FIXED); the guards (rt64b-guard-*) are
faithful notes that must keep their verdict: two negations that do withdraw (01-02), a negation that keeps (03), heavy
laws that are held (04-06), and cr64's second schedule search under a stated order: three right steps it must not
refute (07-09) and a wrong one it refutes with a schedule meeting every order and definition the note states (10).
Every note's step at issue is its last.  Each note's first comment gives the hand check; the cause, as read from the
code, is the reason of its xfail.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_HELD_NOT = (
    "retractions._says_a_fault keeps a fault word that an odd number of _NO_FAULT words among the six before it "
    "negate; {}, so (1) is not withdrawn and a := 3 stays in force"
)
_UNREAD_FAULT = (
    "retractions reads a display said wrong by a fault word (_FAULT_WORD), a faulty word after a copula (_FAULTY, "
    "_WITHDRAWING) or 'correct' denied (_RIGHT_DOUBTED, _NOT_RIGHT); {}, so (1) is not withdrawn and a := 3 stays "
    "in force"
)
_NO_LAW = (
    "the tails readers read a heavy law by its name in words (_IN_WORDS, _families_unread), a density written "
    "after 'density $' (_DENSITY_WRITTEN) or a formula after a word of density or beside \\propto "
    "(_density_given_as_maths); {}, so x has no heavy law and E[x] is presumed to exist"
)
_NOT_INDEPENDENT = (
    "laws._independent_in_words says names independent only where a word or sign of independence (_INDEPENDENT) is "
    "in their own sentence's clause or maths, and lists them from the maths (a list, or a law statement's left side, "
    "_LAW_SIDE); {}, so transformations._said_independent_of_its_body ties nothing, h_1 = h_2 x_0 gives x_0 no "
    "heavy law and E[x_0] is presumed to exist"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # Wrong (01-07): equation (1) is said wrong, so a is free and a + a = 6 fails at a = 0.
    "rt64b-01-no-one-doubts-an-error-in-1-proved": _HELD_NOT.format(
        "in 'No one doubts there is an error in (1).' the one counted is 'No' ('doubts', a second negation, is no "
        "word of _NO_FAULT), and the copula reading 'is an error' (_WITHDRAWING) is kept by _KEEPING's 'no one'"
    ),
    "rt64b-02-we-cannot-deny-an-error-in-1-proved": _HELD_NOT.format(
        "in 'We cannot deny that there is an error in (1).' the one counted is 'cannot' ('deny' is no word of "
        "_NO_FAULT), and _WITHDRAWING's 'is an error' is kept by _KEEPING's 'cannot'"
    ),
    "rt64b-03-equation-1-is-not-just-wrong-proved": _HELD_NOT.format(
        "in 'Equation (1) is not just wrong, it is absurd.' the 'not' of 'not just' (wrong and more) is counted as a "
        "negation of 'wrong', and _BEING allows no 'not just' between 'is' and 'wrong' for _WITHDRAWN_AFTER"
    ),
    "rt64b-04-there-is-a-bug-in-1-proved": _UNREAD_FAULT.format("'a bug' is in none of them"),
    "rt64b-05-equation-1-was-misprinted-proved": _UNREAD_FAULT.format(
        "'misprinted' is not read: _FAULT_WORD's 'misprints?' and _WITHDRAWING's 'was (a) misprint' end at a word "
        "boundary (?![-\\w]) / \\b that the 'ed' breaks"
    ),
    "rt64b-06-nobody-would-call-1-correct-proved": _UNREAD_FAULT.format(
        "'Nobody would call (1) correct.' denies 'correct' through 'call', neither a copula nor 'be/seem/look' after "
        "a negation (_RIGHT_DOUBTED), and has no fault word"
    ),
    "rt64b-07-equation-1-never-was-correct-proved": _UNREAD_FAULT.format(
        "'never was correct' puts the negation before the copula: _NOT_RIGHT writes '(is|was) (not|never)' and "
        "_RIGHT_DOUBTED a copula then a hedge, or a negation then 'be|seem|look|appear|sound', never 'never was'"
    ),
    # Wrong (08-14): x has the Cauchy law (or one with E|x| infinite), so E[x] does not exist.
    "rt64b-08-cdf-with-arctan-cauchy-mean-proved": _NO_LAW.format(
        "a distribution function is none of them ('cumulative' before 'distribution' is no unread family, and "
        "'cumulative distribution function' is no word of _DENSITY_WORD)"
    ),
    "rt64b-09-characteristic-function-cauchy-mean-proved": _NO_LAW.format(
        "a characteristic function is none of them (no word of density, no \\propto)"
    ),
    "rt64b-10-t-distributed-with-one-degree-of-freedom-mean-proved": _NO_LAW.format(
        "in '$t$-distributed with one degree of freedom' the t is maths, so the words read '-distributed' and "
        "_IN_WORDS's Student pattern ('student', 't-distribution', 't law') finds nothing"
    ),
    "rt64b-11-students-t-with-nu-1-in-maths-mean-proved": _NO_LAW.format(
        "in 'Student's $t$ with $\\nu = 1$' the t is maths, and _IN_WORDS's Student pattern wants 'student' followed "
        "by a t in words or 'distribution'/'law'"
    ),
    "rt64b-12-probability-density-function-cauchy-mean-proved": _NO_LAW.format(
        "after 'probability density function' the maths '$f(x) = \\frac{1}{\\pi(1+x^2)}$' is an equation, no formula "
        "of _FORMULAS (Function, Binary, Power, Negative), and _DENSITY_WRITTEN wants 'density' right before its $"
    ),
    "rt64b-13-density-in-a-display-cauchy-mean-proved": _NO_LAW.format(
        "the density is written as '$$f(x) = ...$$' after 'density': _DENSITY_WRITTEN's 'density\\s*\\$[^$]*=' stops "
        "at the second dollar, and _density_given_as_maths takes the maths 'f(x) = ...', an equation, for no formula "
        "of _FORMULAS (as 12)"
    ),
    "rt64b-14-density-by-its-symbol-inverse-square-tail-mean-proved": _NO_LAW.format(
        "'$p(x) = \\frac{1}{2}|x|^{-2}$ for $|x| \\ge 1$' gives a density by its symbol p(x) with no word of density "
        "beside it"
    ),
    # Wrong (15-17): x_0 = h_1 / h_2 with h_1, h_2 independent standard normals is standard Cauchy.
    "rt64b-15-pair-normal-with-identity-covariance-ratio-mean-proved": _NOT_INDEPENDENT.format(
        "'$(h_1, h_2) \\sim \\mathcal{N}(0, I)$' says independence by an identity covariance, no word or sign of it"
    ),
    "rt64b-16-independent-in-the-next-sentence-ratio-mean-proved": _NOT_INDEPENDENT.format(
        "'They are independent.' says it in the next sentence, of a pronoun, with no maths"
    ),
    "rt64b-17-iid-over-the-sim-ratio-mean-proved": _NOT_INDEPENDENT.format(
        "in '$h_1, h_2 \\overset{iid}{\\sim} \\mathcal{N}(0, 1)$' _INDEPENDENT finds 'iid', but _LAW_SIDE's left "
        "side is 'h_1, h_2 \\overset{iid}{', which does not parse as a list of names"
    ),
}

#: The verdicts each finding may have once fixed: a wrong step is held or refuted.
SOUND = {name: frozenset({UNDECIDED, REFUTED}) for name in FINDINGS}

#: Findings fixed since (plain cases then).
FIXED: frozenset[str] = frozenset(
    {
        "rt64b-01-no-one-doubts-an-error-in-1-proved",
        "rt64b-02-we-cannot-deny-an-error-in-1-proved",
        "rt64b-03-equation-1-is-not-just-wrong-proved",
        "rt64b-04-there-is-a-bug-in-1-proved",
        "rt64b-05-equation-1-was-misprinted-proved",
        "rt64b-06-nobody-would-call-1-correct-proved",
        "rt64b-07-equation-1-never-was-correct-proved",
        "rt64b-08-cdf-with-arctan-cauchy-mean-proved",
        "rt64b-09-characteristic-function-cauchy-mean-proved",
        "rt64b-10-t-distributed-with-one-degree-of-freedom-mean-proved",
        "rt64b-11-students-t-with-nu-1-in-maths-mean-proved",
        "rt64b-12-probability-density-function-cauchy-mean-proved",
        "rt64b-13-density-in-a-display-cauchy-mean-proved",
        "rt64b-14-density-by-its-symbol-inverse-square-tail-mean-proved",
        "rt64b-15-pair-normal-with-identity-covariance-ratio-mean-proved",
        "rt64b-16-independent-in-the-next-sentence-ratio-mean-proved",
        "rt64b-17-iid-over-the-sim-ratio-mean-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt64b-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_64b_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt64b-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt64b-guard-01-not-true-that-1-has-no-error-undecided": UNDECIDED,
    "rt64b-guard-02-equation-1-is-not-without-error-undecided": UNDECIDED,
    "rt64b-guard-03-there-is-no-error-in-1-proved": PROVED,
    "rt64b-guard-04-reciprocal-of-a-uniform-mean-undecided": UNDECIDED,
    "rt64b-guard-05-x-sim-t-1-mean-undecided": UNDECIDED,
    "rt64b-guard-06-iid-then-law-in-maths-ratio-mean-undecided": UNDECIDED,
    "rt64b-guard-07-betas-non-decreasing-abs-of-difference-undecided": UNDECIDED,
    "rt64b-guard-08-betas-increasing-sqrt-alphas-falling-undecided": UNDECIDED,
    "rt64b-guard-09-betas-increasing-two-gaps-sum-undecided": UNDECIDED,
    "rt64b-guard-10-betas-increasing-alpha-above-abar-before-refuted": REFUTED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt64b-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_red_team_64b_s_guards(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status == GUARDS[name], result.reason
