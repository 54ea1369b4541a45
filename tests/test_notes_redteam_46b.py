"""Red team 46b's notes (tests/data/notes/redteam_laws/rt46b-*), against the rules merged in session 45.

False proofs (ch45): DDPM's forward law kept where a sentence past a display says the step's noise, mean or variance
is an expression, a quadratic expression or a formula in x_{t-1} (a derivation shape of ``laws._DERIVATION_SHAPES``
taken out whatever it is said of; en and zh), or changes x_{t-1} in a sentence with a word of the reverse process or a
model ("reversed", "unlike in the reverse process", "as the network expects": ``laws._NOT_FORWARD`` makes
``laws._read_as_forward`` skip it).  False alarms (kd45): a kernel fixed to one density said before it or with
another verb than a copula ("The Gumbel density ... is $q$", "We take ... for $q$", "We set $q$ to ...", "For $q$ we
use ...") or by a whitelisted word pointing back ("is the density too"), read as nothing, so a Gaussian kernel whose
mean moves refutes a right step; a name a nonnegative noun bounds, dropped because the written law holds it (as
s^2, or as a mean).  False alarms (rf45): a renamed law p^(x_T) = p(x_T) disputed only for names that may be x_T or
are tied to it in maths, so a name tied to x_T in words ("let $z$ denote", "write $z$ for", "we call", "is $x_T$
scaled by two", "its double") is refuted with a witness that gives it a law of its own.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt46b-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

_SHAPE = (
    "laws._derivation_out takes a derivation shape of laws._DERIVATION_SHAPES out whole whatever it is said of, "
    "and the words left ('The noise is a') are DDPM's"
)
_NOT_FORWARD = (
    "laws._read_as_forward: a word of laws._NOT_FORWARD makes the sentence another process's, so neither the "
    "section nor the anywhere reading (laws._state_written) sees the change"
)
_BEFORE = (
    "laws._kernels_said_otherwise reads a kernel's law only after a copula (_KERNEL_VERB) or 'let' before it "
    "(_LET_BEFORE), so a law said otherwise is read as nothing"
)
_HELD = (
    "orders._bounded_in_words drops the noun's bound for a name the written law holds (orders._law_letters), "
    "though the law does not bound that name"
)
_WORDS = (
    "assumptions._renamed_reason disputes the renamed law only for a name that may be its variable (_may_be) or "
    "one contexts.linked ties to it in maths, never a name tied in words"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt46b-01-noise-an-expression-of-the-input-proved": f"{_SHAPE} ('an expression of $x_{{t-1}}$')",
    "rt46b-02-variance-a-quadratic-expression-in-the-input-proved": f"{_SHAPE} ('quadratic expression in')",
    "rt46b-03-mean-a-quadratic-expression-in-the-input-proved": f"{_SHAPE} ('quadratic expression in')",
    "rt46b-04-zh-noise-a-quadratic-expression-proved": "unspaced_forward's derivation phrases take 二次表达式 as a "
    "word of a derivation, so 噪声是 $x_{t-1}$ 的二次表达式 passes the unspaced whitelist even where the shape is not "
    "taken",
    "rt46b-05-noise-variance-a-formula-in-the-input-proved": f"{_SHAPE} ('a formula in $x_{{t-1}}$')",
    "rt46b-06-sign-of-the-input-reversed-proved": f"{_NOT_FORWARD} ('reversed')",
    "rt46b-07-halved-unlike-the-reverse-process-proved": f"{_NOT_FORWARD} ('reverse')",
    "rt46b-08-halved-as-the-network-expects-proved": f"{_NOT_FORWARD} ('network')",
    "rt46b-09-gumbel-said-before-the-kernel-refuted": f"{_BEFORE} (the law before the kernel)",
    "rt46b-10-we-take-gumbel-for-the-kernel-refuted": f"{_BEFORE} ('We take ... for $q$')",
    "rt46b-11-kernel-set-to-gumbel-refuted": f"{_BEFORE} ('We set $q$ to')",
    "rt46b-12-for-the-kernel-we-use-uniform-refuted": f"{_BEFORE} ('For $q$ we use'; undecided before kd45)",
    "rt46b-13-kernel-is-the-density-too-refuted": "laws._GAUSSIAN_SAID takes 'is the density too' for the "
    "Gaussian's name, though 'too' points back at the Gumbel law said of p(x_T)",
    "rt46b-14-standard-deviation-squared-in-a-law-refuted": f"{_HELD} (N(0, s^2) bounds s^2 only)",
    "rt46b-15-variance-used-as-a-mean-refuted": f"{_HELD} (s is the law's mean)",
    "rt46b-16-z-denotes-the-renamed-variable-refuted": f"{_WORDS} ('let $z$ denote $x_T$')",
    "rt46b-17-write-z-for-the-renamed-variable-refuted": f"{_WORDS} ('write $z$ for $x_T$')",
    "rt46b-18-we-call-the-renamed-variable-z-refuted": f"{_WORDS} ('We call $x_T$ simply $z$')",
    "rt46b-19-y-is-the-renamed-variable-scaled-refuted": f"{_WORDS} ('$y$ is $x_T$ scaled by two')",
    "rt46b-20-y-its-double-refuted": "tied_in_words reads no tie in 'and $y$ its double' (the possessive rule "
    "needs a noun after it and a name before), so the renamed law's dispute, which follows ties in words, does not "
    "reach y",
    "rt46b-21-noise-colon-a-term-in-the-input-proved": "laws._PREDICATE reads a copula, 'equals' or 'as' in the "
    "shape's clause, and a colon ('Noise: a term in $x_{t-1}$') ends the clause, so the shape is taken as derivation "
    "prose",
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted
_SET_ASIDE = frozenset({UNDECIDED})  # the context's forward laws set aside

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _SET_ASIDE for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt46b: a shape naming what the note computes with (an expression, a formula, a coefficient of a state, a
        # quadratic expression in it) said after a copula is what its subject is, read by the whitelist
        # (laws._DerivationShape.computed, _PREDICATE)
        "rt46b-01-noise-an-expression-of-the-input-proved",
        "rt46b-02-variance-a-quadratic-expression-in-the-input-proved",
        "rt46b-03-mean-a-quadratic-expression-in-the-input-proved",
        "rt46b-05-noise-variance-a-formula-in-the-input-proved",
        # dw47: the same shapes said of a thing in Chinese and Japanese (laws._computed_said_of: the derivation's phrases
        # do not pass them); a word of the reverse process or a model governs its own clause only, and "reversed" said
        # of a state is no such word (laws._of_another_process)
        "rt46b-04-zh-noise-a-quadratic-expression-proved",
        "rt46b-06-sign-of-the-input-reversed-proved",
        "rt46b-07-halved-unlike-the-reverse-process-proved",
        "rt46b-08-halved-as-the-network-expects-proved",
        # rt46b: a renamed law's dispute follows the names a sentence ties in words (assumptions._tied_closure over
        # tied_in_words' pairs)
        "rt46b-16-z-denotes-the-renamed-variable-refuted",
        "rt46b-17-write-z-for-the-renamed-variable-refuted",
        "rt46b-18-we-call-the-renamed-variable-z-refuted",
        "rt46b-19-y-is-the-renamed-variable-scaled-refuted",
        # rt46b: a kernel ending its sentence after a copula takes the law its clause names before it; a law is the
        # Gaussian's only if its words name the Gaussian (laws._kernels_said_otherwise, _gaussian_said)
        "rt46b-09-gumbel-said-before-the-kernel-refuted",
        "rt46b-13-kernel-is-the-density-too-refuted",
        # lead, session 45: kd45's whitelist reads a kernel made the subject; beside it, main's older reading stays
        # (laws._OTHER_LAW: a family word after the kernel wherever the sentence puts it makes its law unread)
        "rt46b-12-for-the-kernel-we-use-uniform-refuted",
        # nt47: a colon after a noun opening the clause is read as a copula (laws._PREDICATE: a label and what it is)
        "rt46b-21-noise-colon-a-term-in-the-input-proved",
        # kw47: a noun's bound is dropped only for a letter that is a written Gaussian's whole covariance
        # (orders._law_letters); s in N(0, s^2), or as a mean, keeps it
        "rt46b-14-standard-deviation-squared-in-a-law-refuted",
        "rt46b-15-variance-used-as-a-mean-refuted",
        # kw47: a verb frame (take/set/use/choose ... L for q, q is set to L; fr, de, zh, ja) says the kernel's law on
        # either side of it, read by the Gaussian's whitelist once the frame's words are out (laws._kernels_framed)
        "rt46b-10-we-take-gumbel-for-the-kernel-refuted",
        "rt46b-11-kernel-set-to-gumbel-refuted",
        # kw47: a possessive beside a name ties it to every name written before it in the sentence, a formula's too
        # (tied_in_words._possessive_pairs)
        "rt46b-20-y-its-double-refuted",
    }
)


def _judged(name: str):
    return red_team.judged(name, last={name})


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt46b-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_46b_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt46b-guard-*) and the one verdict each must keep: coefficients of x_{t-1} compared and terms free
#: of x_t dropped (derivation prose, laws kept); an order DDPM's words lack (laws set aside); a name
#: defined as the renamed x_T in maths; a kernel's law said after it; a real number beside a law (not bounded).
GUARDS = {
    "rt46b-guard-01-coefficients-of-the-input-compared-proved": PROVED,
    "rt46b-guard-02-terms-free-of-x-t-dropped-proved": PROVED,
    "rt46b-guard-03-noise-added-after-scaling-undecided": UNDECIDED,
    "rt46b-guard-04-z-defined-as-the-renamed-variable-undecided": UNDECIDED,
    "rt46b-guard-05-law-said-after-the-kernel-undecided": UNDECIDED,
    "rt46b-guard-06-real-number-beside-a-law-unproved": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt46b-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


_FORWARD = (
    "We use the forward process of DDPM.\n\n$$\nq(x_t \\mid x_0) = \\mathcal{N}(x_t; \\sqrt{\\bar\\alpha_t} x_0, "
    "(1-\\bar\\alpha_t) I)\n$$\n\n"
)

#: Held-out sentences of rt46b's fix of ch45's shapes, written after it and not tuned to, each with the verdict the
#: forward variance after it must get: a shape of the computation said after a copula (another article, tense, verb,
#: state) is what its subject is, so the laws are set aside; derivation prose with no copula keeps its proof.
HELD_SHAPES = {
    "a term in": ("The noise is a term in $x_{t-1}$.", UNDECIDED),
    "an expression of two states": ("The mean is an expression of $x_{t-1}$ and $x_0$.", UNDECIDED),
    "was a quadratic function": ("The variance was a quadratic function of $x_{t-1}$.", UNDECIDED),
    "becomes a formula in x_t": ("The noise becomes a formula in $x_t$.", UNDECIDED),
    "one coefficient": ("The noise is one coefficient of $x_{t-1}$.", UNDECIDED),
    "is then a": ("The variance is then a quadratic expression in $x_{t-1}$.", UNDECIDED),
    "taken as": ("We take the noise as a term in $x_{t-1}$.", UNDECIDED),
    "equals a formula": ("The noise equals a formula in $x_{t-1}$.", UNDECIDED),
    "recall the expression": ("Recall the expression for $x_t$.", PROVED),
    "consider the terms": ("Consider the terms in $x_{t-1}$.", PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_SHAPES))
def test_held_out_shapes_said_of_a_thing_get_their_verdict(name):
    words, expected = HELD_SHAPES[name]
    result = red_team.last(f"{red_team.DDPM}{_FORWARD}{words}{red_team.FORWARD_VARIANCE}")
    assert result.status == expected, result.reason


_KERNEL = "$q(x_t \\mid x_{t-1})$"
_KERNEL_STEP = "\n\n$$\nq(x_t|x_0) = q(x_t|x_{t-1})\n$$\n"

#: Held-out sentences of rt46b's fix of kd45's kernel reader, each with whether the right step q(x_t | x_0) =
#: q(x_t | x_{t-1}) may be refuted: a law named before a kernel that ends its sentence after a copula (en, fr, de),
#: and words that name no law of the kernel's own ("the law too"), leave the law unread; the Gaussian named either
#: way keeps the refutation (its mean may move).
HELD_KERNELS = {
    "Laplace before": ("The Laplace density is $q$.", False),
    "fr uniforme before": ("La densité uniforme est $q$.", False),
    "de Gleichverteilung before": ("Die Gleichverteilung ist $q$.", False),
    "of a Gumbel variable before": ("The density of a Gumbel variable is $q$.", False),
    "the law too": ("Here $q$ is the law too.", False),
    "also the density": ("Here $q$ is also the density.", False),
    "Gaussian before": ("The Gaussian density is $q$.", True),
    "fr gaussienne before": ("La densité gaussienne est $q$.", True),
    "de Normalverteilung before": ("Die Normalverteilung ist $q$.", True),
    "Gaussian too": ("Here $q$ is Gaussian too.", True),
}


@pytest.mark.parametrize("name", sorted(HELD_KERNELS))
def test_held_out_kernel_laws_get_their_verdict(name):
    words, refuted = HELD_KERNELS[name]
    text = f"# The end of the chain\n\n{words.replace('$q$', _KERNEL)}{_KERNEL_STEP}"
    assert (red_team.last(text).status == REFUTED) is refuted


_RENAMED = "Let $\\hat{p}_\\theta(x_T) = \\mathcal{N}(x_T; 0, 1)$. Let $\\hat{p}_\\theta(x_T) = p(x_T)$"

#: Held-out sentences of rt46b's fix of rf45's renamed laws, each with the step after it and whether it may be
#: refuted: z tied to the renamed x_T in words (en, fr) is not refuted (E_{p(z)}[z^2] = 1 is right); z given a law
#: of its own in no sentence about x_T keeps its refutation (E_{p(z)}[z^2] = 2 is wrong).
HELD_RENAMED = {
    "another name for": (". Here $z$ is another name for $x_T$.", 1, False),
    "fr égal à": (". Soit $z$ égal à $x_T$.", 1, False),
    "a law of its own": (" and $p(z) = \\mathcal{N}(z; 0, 1)$.", 2, True),
}


@pytest.mark.parametrize("name", sorted(HELD_RENAMED))
def test_held_out_names_tied_to_a_renamed_law_get_their_verdict(name):
    words, value, refuted = HELD_RENAMED[name]
    text = f"{_RENAMED}{words}\n\n$$\n\\mathbb{{E}}_{{p(z)}}[z^2] = {value}\n$$\n"
    assert (red_team.last(text).status == REFUTED) is refuted
