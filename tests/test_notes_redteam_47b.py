"""Red team 47b's notes (tests/data/notes/redteam_laws/rt47b-*), against the rules merged in session 47.

False proofs (the lead's bold-capital rule, ``timeline.noncommuting``): a product of matrices proved as numbers where
the matrix reaches the product through a map's definition (f(X) = X^2, then f(A) B = B f(A)) or a plain letter
defined as a bold capital (W = A, then W B = B W).  False alarms (sd47, ``statements/law_domains.py``): a stated
law whose parameters' domains are not read, so a counterexample outside them is trusted: a covariance diag(s, s), a
Gaussian with its dimension written (N_d), a family named otherwise (Normal) or one the reader does not know (Geom).
False proofs under context ddpm (dw47, ``laws._of_another_process``): a sentence that halves x_{t-1} in the forward
step beside a word of the network or the reverse process in a clause its cuts do not part ("and", "so that", a
colon, a parenthesis; ja と同様に) is taken for the other process's, and DDPM's forward law is kept.  A false alarm
(kw47, ``laws._kernels_framed``): a kernel's law said second in a list under one verb is read as nothing.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt47b-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

_CALL = (
    "timeline._products reads a call's name only (its arguments multiply nothing outside it, 9f9f218), and the "
    "map's definition writes one bold name, so the matrix the call is multiplies B unseen"
)
_PLAIN = (
    "scalars.bold_names reads the font where a name is written: W is plain in the step and its definition writes "
    "the bold capital alone (no product), so no product of two bold names is seen"
)
_UNREAD = (
    "law_domains reads orders from a parsed law only, and \\operatorname{diag} is not read, so the law makes no "
    "order and the witness s = -1.381 is trusted"
)
_INDEX = (
    "\\mathcal{N}_d(...) parses as a Call, not a Gaussian; law_domains._covariance matches the name N without an "
    "index only and _family rejects an index, so no order is read"
)
_CLAUSE = (
    "laws._PROCESS_CLAUSE_END cuts a clause at a comma, a semicolon or before a word of comparison or reason only, so "
    "a word of a model or the reverse process governs the clause that changes x_{t-1}, and laws._of_another_process "
    "takes the sentence for another process's"
)
_LISTED = (
    "laws._kernels_framed reads a kernel's clause between the maths beside it only, so a frame verb shared by a "
    "list ('We take A for $p$ and B for $q$') is not in the second kernel's words, its law is read as nothing and the "
    "Gaussian kernel refutes"
)
_FAMILY = (
    "law_domains._FAMILIES lists the families it knows; a law after \\sim it does not know makes no order and "
    "leaves its parameters to the witness"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt47b-01-bold-capital-through-a-map-proved": f"{_CALL} (f(X) = X^2)",
    "rt47b-02-plain-letter-defined-as-a-bold-capital-proved": f"{_PLAIN} (W = \\mathbf{{A}})",
    "rt47b-03-covariance-diag-refuted": f"{_UNREAD} (\\operatorname{{diag}}(s, s))",
    "rt47b-04-gaussian-with-a-dimension-refuted": f"{_INDEX} (\\mathcal{{N}}_d(0, s I))",
    "rt47b-05-normal-written-out-refuted": f"{_FAMILY} (Normal)",
    "rt47b-06-geometric-law-refuted": f"{_FAMILY} (Geom)",
    "rt47b-07-halved-and-the-network-trained-proved": f"{_CLAUSE} ('and the network is trained')",
    "rt47b-08-halved-so-that-the-network-sees-proved": f"{_CLAUSE} ('so that the network sees')",
    "rt47b-09-halved-colon-the-network-expects-proved": f"{_CLAUSE} (': the network expects it')",
    "rt47b-10-halved-network-in-parentheses-proved": f"{_CLAUSE} ('(the network expects it)')",
    "rt47b-11-ja-halved-like-the-reverse-process-proved": f"{_CLAUSE} (ja 逆過程と同様に)",
    "rt47b-12-one-verb-two-kernels-listed-refuted": f"{_LISTED} (Gumbel for q listed after p)",
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _WRONG for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt47b: a name a definition the step reaches makes a bold capital's value (W := A, f(X) := X^2 of a bold X)
        # is a matrix by the same convention (timeline.Timeline._matrices), whose products need not commute
        "rt47b-01-bold-capital-through-a-map-proved",
        "rt47b-02-plain-letter-defined-as-a-bold-capital-proved",
        # rt47b: a Gaussian's N with a subscript (its dimension, read as a call) makes its variance positive too
        # (law_domains._covariance)
        "rt47b-04-gaussian-with-a-dimension-refuted",
        # rt47b: a frame's verb is looked for in the kernel's clause up to it, maths before it included, so a list
        # sharing one verb frames each kernel (laws._kernels_framed)
        "rt47b-12-one-verb-two-kernels-listed-refuted",
        # fa48: a counterexample chooses no value for a parameter of a law the note states whose domain is not read
        # (law_domains.unread_law_parameters: diag(s, s) not parsed), and the families known by name are more
        # (law_domains._FAMILIES: Normal, Geom)
        "rt47b-03-covariance-diag-refuted",
        "rt47b-05-normal-written-out-refuted",
        "rt47b-06-geometric-law-refuted",
        # rt47b: a word of another process owns a change only where it governs the clause that writes it; in a
        # coordinate or purpose clause, after a colon or a dash, in an aside or a comparison it does not, and the
        # change is the forward step's (laws._process_owner_clauses)
        "rt47b-07-halved-and-the-network-trained-proved",
        "rt47b-08-halved-so-that-the-network-sees-proved",
        "rt47b-09-halved-colon-the-network-expects-proved",
        "rt47b-10-halved-network-in-parentheses-proved",
        "rt47b-11-ja-halved-like-the-reverse-process-proved",
    }
)


def _judged(name: str):
    return red_team.judged(name, last={name})


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt47b-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_47b_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt47b-guard-*) and the one verdict each must keep: a uniform law's ends in order kept by the
#: witness (refuted); a plain letter defined as a number, and a map of numbers, commute (proved); a wrong step beside
#: a covariance s I refuted where s > 0; under context ddpm, the reverse process or the network halving x_{t-1} in
#: its own clause leaves the forward law (proved); the Gaussian said of a kernel second in a list refutes.
GUARDS = {
    "rt47b-guard-01-uniform-ends-in-order-refuted": REFUTED,
    "rt47b-guard-02-plain-letter-defined-as-a-number-proved": PROVED,
    "rt47b-guard-03-map-of-numbers-proved": PROVED,
    "rt47b-guard-04-covariance-si-wrong-step-refuted": REFUTED,
    "rt47b-guard-05-reverse-process-halves-proved": PROVED,
    "rt47b-guard-06-network-halves-before-predicting-proved": PROVED,
    "rt47b-guard-07-kernel-gaussian-listed-second-refuted": REFUTED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt47b-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


_MAP = "We define a map.\n\n$$\n{}\n$$\n\nThen\n\n$$\n{}\n$$\n"

#: Held-out notes of rt47b's fix of the bold-capital rule through definitions, written after it, each with the
#: verdict its last step must get: a name defined as a matrix in words, inline, through a transpose, a chain of two
#: definitions or a map is not commuted with a bold capital; a name defined as a norm of one and a vector's definition
#: keep their proofs (a map to a norm does not: a cost), and a refutation in numbers stands.
HELD_MATRICES = {
    "denotes in words": ("Here $W$ denotes $\\mathbf{A}$.\n\n$$\nW \\mathbf{B} = \\mathbf{B} W\n$$\n", UNDECIDED),
    "inline transpose": ("Let $W := \\mathbf{A}^\\top$.\n\n$$\nW \\mathbf{B} = \\mathbf{B} W\n$$\n", UNDECIDED),
    "a chain of two": (
        "Let $V = \\mathbf{A}$ and $W = 2 V$.\n\n$$\nW \\mathbf{B} = \\mathbf{B} W\n$$\n",
        UNDECIDED,
    ),
    "a map to a Gram matrix": (
        _MAP.format(
            "g(\\mathbf{X}) = \\mathbf{X}\\mathbf{X}^\\top", "g(\\mathbf{A})\\mathbf{B} = \\mathbf{B} g(\\mathbf{A})"
        ),
        UNDECIDED,
    ),
    "a norm": ("Let $n = \\|\\mathbf{A}\\|$.\n\n$$\nn \\mathbf{B} = \\mathbf{B} n\n$$\n", PROVED),
    # the cost of the lead's rule (a call's arguments count unless it is a density): a map to a norm is not told
    # from a map to a matrix, and the step is undecided, not proved
    "a map to a norm": (
        _MAP.format("h(\\mathbf{X}) = \\|\\mathbf{X}\\|^2", "h(\\mathbf{A})\\mathbf{B} = \\mathbf{B} h(\\mathbf{A})"),
        UNDECIDED,
    ),
    "a refutation stands": (
        "Let $W = \\mathbf{A}$.\n\n$$\nW \\mathbf{B} = 2 W \\mathbf{B}\n$$\n",
        REFUTED,
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_MATRICES))
def test_held_out_names_defined_as_matrices_get_their_verdict(name):
    text, expected = HELD_MATRICES[name]
    result = red_team.last(text)
    assert result.status == expected, result.reason


#: Held-out laws of rt47b's fix of a Gaussian's subscripted N, each with a step and whether it may be refuted: the
#: variance of N_d, plain or calligraphic, after \sim or as a density, is positive (|s| = s not refuted; |s| = -s
#: still is, where s > 0); its mean is not bounded (|m| = m refuted).
HELD_DIMENSIONS = {
    "plain N_d after sim": ("Let $x \\sim N_d(0, s)$.", "|s| = s", False),
    "a density N_d": ("Let $p(x) = \\mathcal{N}_d(x; 0, s)$.", "|s| = s", False),
    "a wrong step beside N_d": ("Let $x \\sim \\mathcal{N}_d(0, s\\mathbf{I})$.", "|s| = -s", True),
    "the mean of N_d": ("Let $x \\sim \\mathcal{N}_d(m, 1)$.", "|m| = m", True),
    "the mean of a density N_d": ("Let $p(x) = \\mathcal{N}_d(x; m, 1)$.", "|m| = m", True),
}


@pytest.mark.parametrize("name", sorted(HELD_DIMENSIONS))
def test_held_out_gaussians_with_a_dimension_get_their_verdict(name):
    words, step, refuted = HELD_DIMENSIONS[name]
    result = red_team.last(f"{words}\n\n$$\n{step}\n$$\n")
    assert (result.status == REFUTED) is refuted, result.reason


_LISTED_KERNEL = "$q(x_t \\mid x_{t-1})$"

#: Held-out sentences of rt47b's fix of a verb a list shares, each with whether the right step q(x_t | x_0) =
#: q(x_t | x_{t-1}) may be refuted: a law other than the Gaussian's said second (en, fr, de) leaves the kernel's law
#: unread; the Gaussian said second keeps the refutation (its mean may move).
HELD_LISTS = {
    "Laplace second": ("We take a Gaussian for $p(x_T)$ and a Laplace density for $q$.", False),
    "fr Gumbel second": ("On prend une gaussienne pour $p(x_T)$ et une densité de Gumbel pour $q$.", False),
    "de Gumbel second": ("Wir nehmen eine Normalverteilung für $p(x_T)$ und eine Gumbel-Dichte für $q$.", False),
    "fr Gaussian second": ("On prend une densité de Gumbel pour $p(x_T)$ et une gaussienne pour $q$.", True),
    "Gaussian second after as": ("We use $p(x_T)$ as the prior and a Gaussian for $q$.", True),
}


@pytest.mark.parametrize("name", sorted(HELD_LISTS))
def test_held_out_kernels_in_a_list_get_their_verdict(name):
    words, refuted = HELD_LISTS[name]
    text = (
        f"# The end of the chain\n\n{words.replace('$q$', _LISTED_KERNEL)}\n\n$$\nq(x_t|x_0) = q(x_t|x_{{t-1}})\n$$\n"
    )
    assert (red_team.last(text).status == REFUTED) is refuted
