"""Red team 53b's notes (tests/data/notes/redteam_laws/rt53b-*), against up52's rule (optimum_constants.py: an
optimum is unchanged by a term free of its variable, so argmax_θ f = argmax_θ g is proved where f and g, without
their terms made only of the DDPM context's forward densities q, are equal) and ci52's parse caches.

A dropped term must be a finite number whose expectation under q is free of θ.  Main dropped terms that are no
finite number (ln 0, ln(q - q), 1/0, ln(-q), the point masses q(x_1 | x_1) and q(x_{1:T} | x_1)) or whose
expectation is infinite (1 / q(x_1 | x_0)); terms of x_0 where the note makes x_0 depend on θ in a way the rule
does not read (in words, in German, as x_0 ~ p_θ, with a left arrow, in another notation); and a density of steps
the law does not draw, which the note made of θ.  Fixed: 01-07 (optimum_constants._free, _positive, _apart), then
08-13 (optimum_constants._conditional: a dropped density is one of the chain given the law's point, over steps the
law draws, so at the chain's draw a function of its noises alone, whatever x_0 is), then 15-16 (a sum's bound or the
chain's length made of θ: optimum_constants._counted_by), 19 (a reverse law at a point made of θ:
optimum_constants._forward_law), 14, 17-18 (q or the schedule learned, said in Spanish or English words or in a display
that is not parsed: forward_fixed, a whitelist of what the note may write of them).  The parse caches found nothing (see the README's entry).

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must not be proved (nor refuted: every
finding's step is wrong, but the rule declines, it never counts a counterexample).  The guards (rt53b-guard-*) are
faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = red_team.NOTES

_INFINITE = "optimum_constants._free took {} as a finite term free of θ, so E[f + c] = E[f] + c was used where c is {}"
_X0 = (
    "optimum_constants._given_made_of reads x_0's dependence on θ only from an equation x_0 = ... whose other side "
    "writes θ: {}, so the data density at x_0 (or a reverse density of the chain given x_0) was dropped as free of θ"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt53b-01-log-zero-dropped-proved": _INFINITE.format("ln 0 (a log of any term of numbers)", "-infinity"),
    "rt53b-02-log-of-a-difference-of-q-dropped-proved": _INFINITE.format(
        "ln(q - q) (arithmetic of densities under a log)", "-infinity"
    ),
    "rt53b-03-division-by-zero-dropped-proved": _INFINITE.format("1/0 (any quotient of numbers)", "undefined"),
    "rt53b-04-point-mass-density-dropped-proved": _INFINITE.format(
        "ln q(x_1 | x_1) (_forward asked only for plain x names, not distinct ones)", "a point mass's log, infinite"
    ),
    "rt53b-05-reciprocal-density-infinite-expectation-proved": _INFINITE.format(
        "1 / q(x_1 | x_0) (any quotient of densities)", "of infinite expectation under q"
    ),
    "rt53b-06-log-of-a-negative-dropped-proved": _INFINITE.format("ln(-q) (a log of any term)", "no real number"),
    "rt53b-07-block-given-its-own-point-dropped-proved": _INFINITE.format(
        "ln q(x_{1:T} | x_1) (a block and a point within it)", "a point mass's log, infinite"
    ),
    "rt53b-08-x0-from-the-generator-in-words-proved": _X0.format("English words say x_0 is G_θ(z)"),
    "rt53b-09-x0-drawn-from-the-model-proved": _X0.format("x_0 ~ p_θ(x_0) is a law, no equation"),
    "rt53b-10-x0-assigned-with-leftarrow-proved": _X0.format("x_0 \\leftarrow G_θ(z) is no equation"),
    "rt53b-11-x0-in-another-notation-proved": _X0.format(
        "x^{(0)} = G_θ(z) names another letter, said in words to be x_0"
    ),
    "rt53b-12-x0-generated-in-german-words-proved": _X0.format("German words say x_0 is G_θ(z)"),
    "rt53b-14-q-a-learned-encoder-in-spanish-proved": (
        "meanings reads no Spanish sentence giving q another meaning ('$q$ es un codificador aprendido'), so "
        "optimum_constants._disputed finds nothing said otherwise and q is taken as the context's forward process"
    ),
    "rt53b-15-sum-bound-made-of-theta-proved": (
        "optimum_constants._bounds_free asks only that a sum's bound not write θ itself, not a name made of θ (N = θ)"
    ),
    "rt53b-16-chain-length-made-of-theta-proved": (
        "optimum_constants._forward reads the indices of q's names x_{1:T} as steps, never as names the note makes "
        "of θ (T = θ)"
    ),
    "rt53b-17-schedule-learned-in-words-proved": (
        "optimum_constants._disputed reads the schedule made of θ only from a formula (β_t = ... θ ...) or a statement "
        "of _SAID_OTHERWISE's kinds, and no reader reads 'the schedule is learned as part of θ'"
    ),
    "rt53b-18-schedule-in-theta-unparsed-display-proved": (
        "θ = (φ, β_1) is not parsed (a tuple), and optimum_constants._tainted would in any case follow names made of θ, "
        "not the names θ is made of"
    ),
    "rt53b-19-reverse-law-at-a-generated-point-proved": (
        "optimum_constants._law_free takes any q over names x_k as the law, and the reverse q(x_1 | x_2) is of the "
        "data's law, its densities' draws not noises free of the given point x_2 (made of θ in words)"
    ),
    "rt53b-13-steps-outside-the-law-made-of-theta-proved": (
        "optimum_constants._tainted sets the chain's names x_k aside and _free takes any q over names x_k, so "
        "q(x_3 | x_2) was dropped though the law q(x_1 | x_0) draws neither x_2 nor x_3 and the note makes both of θ"
    ),
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt53b: a dropped term is a finite number with a finite expectation: a log of a positive term only
        # (positive numbers, densities, their products, quotients and powers), a divisor outside a log a positive
        # number, an exponent a whole number, and a density's variables distinct (optimum_constants._free,
        # _positive, _apart)
        "rt53b-01-log-zero-dropped-proved",
        "rt53b-02-log-of-a-difference-of-q-dropped-proved",
        "rt53b-03-division-by-zero-dropped-proved",
        "rt53b-04-point-mass-density-dropped-proved",
        "rt53b-05-reciprocal-density-infinite-expectation-proved",
        "rt53b-06-log-of-a-negative-dropped-proved",
        "rt53b-07-block-given-its-own-point-dropped-proved",
        # rt53b: a dropped density is a conditional of the chain given the law's point (given it, or a forward
        # transition after it) over steps the law draws: at the chain's draw it is a function of the Gaussian
        # noises alone, free of x_0 and of whatever the note makes x_0 (optimum_constants._conditional, _drawn)
        "rt53b-08-x0-from-the-generator-in-words-proved",
        "rt53b-09-x0-drawn-from-the-model-proved",
        "rt53b-10-x0-assigned-with-leftarrow-proved",
        "rt53b-11-x0-in-another-notation-proved",
        "rt53b-12-x0-generated-in-german-words-proved",
        "rt53b-13-steps-outside-the-law-made-of-theta-proved",
        # rt53b: the laws and the dropped terms count no steps with a name the note makes of θ, in a bound or an
        # index (optimum_constants._counted_by)
        "rt53b-15-sum-bound-made-of-theta-proved",
        "rt53b-16-chain-length-made-of-theta-proved",
        # rt53b: the law is the chain run forward from its given points (optimum_constants._forward_law)
        "rt53b-19-reverse-law-at-a-generated-point-proved",
        # rt53b: terms of q are dropped only where nothing the note writes could make q or the schedule learned:
        # every sentence that writes the variable or a word for learning beside q or the schedule is a faithful
        # form, and every display that writes the variable is read whole (forward_fixed.learned_forward_reason)
        "rt53b-14-q-a-learned-encoder-in-spanish-proved",
        "rt53b-17-schedule-learned-in-words-proved",
        "rt53b-18-schedule-in-theta-unparsed-display-proved",
    }
)


def test_the_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt53b-[0-9][0-9]-*.md")) == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_53b_s_notes(name):
    result = red_team.judged(name, last=FINDINGS)
    assert result.status not in (PROVED, REFUTED) and not result.internal, result.reason


#: Faithful notes (rt53b-guard-*): terms free of θ with finite expectations under q (a log of a quotient of
#: densities, a squared log halved, the chain's log-density, a sum of the transitions' logs, the forward posterior's
#: log), dropped: proved until the rule was withdrawn (session 54, see test_notes_proofs_52.py); now undecided, never
#: refuted.
GUARDS = {
    "rt53b-guard-01-log-ratio-of-q-dropped-proved": UNDECIDED,
    "rt53b-guard-02-squared-log-halved-dropped-proved": UNDECIDED,
    "rt53b-guard-03-log-of-the-chain-dropped-proved": UNDECIDED,
    "rt53b-guard-04-transitions-summed-dropped-proved": UNDECIDED,
    "rt53b-guard-05-posterior-dropped-proved": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt53b-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged(name, last=GUARDS)
    assert result.status == GUARDS[name], result.reason


_CONTEXT = "<!-- diffproof: context ddpm -->\n"
_LAW = "q(x_{1:T} \\mid x_0)"
_MODEL = "\\ln p_\\theta(x_0 \\mid x_1)"


def _step(term: str, law: str = _LAW, before: str = "Then") -> str:
    """A note whose last step drops ``term`` from an expectation under ``law`` (its first line declares the
    context)."""
    lhs = f"\\mathbb{{E}}_{{{law}}}\\left[{_MODEL} + {term}\\right]"
    rhs = f"\\mathbb{{E}}_{{{law}}}\\left[{_MODEL}\\right]"
    return f"{_CONTEXT}{before}\n\n$$\n\\operatorname{{argmax}}_\\theta {lhs} = \\operatorname{{argmax}}_\\theta {rhs}\n$$\n"


#: Held-out notes of the fixes, each with whether its last step is proved: terms free of θ with a finite expectation
#: free of x_0 (a number, a forward transition, the posterior, a nested expectation of the chain given x_0, a log of
#: a product) are dropped; a log of a number below 1 is finite; terms no number or of infinite expectation (log of a
#: number 0, a quotient by a density under a power, a density divided outside a log), of the data's law (q(x_0),
#: q(x_T), the reverse q(x_1 | x_2)) or of steps the law neither draws nor is given (q(x_5 | x_4) under q(x_{1:3} |
#: x_0), x_1 under a law given x_1's successor) are kept, whatever the note says of x_0 (French words).
HELD_OUT = {
    "a number": (_step("3"), UNDECIDED),
    "a log of a half": (_step("\\ln \\frac{1}{2}"), UNDECIDED),
    "a forward transition": (_step("\\ln q(x_2 \\mid x_1)"), UNDECIDED),
    "a nested expectation given x_0": (
        _step("\\mathbb{E}_{q(x_2 \\mid x_1)}\\left[\\ln q(x_2 \\mid x_0)\\right]"),
        UNDECIDED,
    ),
    "a log of a product of transitions": (_step("\\ln \\prod_{t=1}^{T} q(x_t \\mid x_{t-1})"), UNDECIDED),
    "log of 0.0": (_step("\\ln 0.0"), None),
    "a power of a quotient by a density": (
        _step("\\left(\\frac{q(x_1 \\mid x_0)}{q(x_2 \\mid x_0)}\\right)^2"),
        None,
    ),
    "the data's density at x_0": (_step("\\ln q(x_0)"), None),
    "a marginal of the chain": (_step("\\ln q(x_T)"), None),
    "the reverse density without x_0": (_step("\\ln q(x_1 \\mid x_2)"), None),
    "steps past the law's block": (_step("\\ln q(x_5 \\mid x_4)", law="q(x_{1:3} \\mid x_0)"), None),
    "a step before the law's point": (_step("\\ln q(x_2 \\mid x_1)", law="q(x_{3:T} \\mid x_2)"), None),
    "x_0 generated, in French words": (
        _step(
            "\\ln q(x_0)",
            before="Ici $x_0$ est la sortie du générateur $G_\\theta$ appliqué à un bruit $z$.",
        ),
        None,
    ),
    "a sum's bound made of theta through another name": (
        _step(
            "\\sum_{t=1}^{N} \\ln q(x_t \\mid x_0)",
            before="Let\n\n$$\nM = 2 \\theta\n$$\n\nand\n\n$$\nN = M + 1\n$$\n\nThen",
        ),
        None,
    ),
    "a sum's bound a number": (
        _step("\\sum_{t=1}^{N} \\ln q(x_t \\mid x_0)", before="Let\n\n$$\nN = 3\n$$\n\nThen"),
        UNDECIDED,
    ),
    "a law run forward from x_1, x_1 generated in words": (
        _step(
            "\\ln q(x_2 \\mid x_1)",
            law="q(x_{2:T} \\mid x_1)",
            before="Here $x_1$ is the output of the generator $G_\\theta$.",
        ),
        UNDECIDED,
    ),
    "a reverse law given x_0 too": (
        _step("\\ln q(x_1 \\mid x_2, x_0)", law="q(x_1 \\mid x_2, x_0)"),
        UNDECIDED,
    ),
    "a reverse law without x_0": (_step("\\ln q(x_1 \\mid x_2)", law="q(x_1 \\mid x_2)"), None),
    "x_0 generated in words, a term given x_0": (
        _step("\\ln q(x_1 \\mid x_0)", before="Here $x_0$ is the output of the generator $G_\\theta$."),
        UNDECIDED,
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_terms_get_their_verdict(name):
    text, verdict = HELD_OUT[name]
    result = red_team.last(text)
    if verdict is None:
        assert result.status not in (PROVED, REFUTED) and not result.internal, result.reason
    else:
        assert result.status == verdict and not result.internal, result.reason
