"""fx70d's fixes of red team 70b's findings on properties, step counts and words of zero, unity and ranges.

- A property said of a matrix in words ``lead_ins._property_said`` missed holds a refutation (rt70b-15..18): a plain
  statement ("The matrix $A$ is symmetric.": the subject, then a copula), a bare plural with a relative pronoun
  ("For matrices $A$ that are symmetric"), a property of up to eight words ("a matrix equal to its own transpose"),
  and a relation of a transpose in the sentence's maths ("with $A^T = A$", which no reader of conditions reads of the
  entries).  A noun of no case ("square", "real") is still no property.
- A verb of zero before its object ("We zero out the noise $\\epsilon$", "switch off", "on annule") gives it the
  value 0 as a zero word after it does (rt70b-19; not "zero in on", nor after a negation); a verb of scaling sets a
  value as "set ... to" does ("We normalise the scale $a$ to unity", "normieren ... auf eins": rt70b-20).
- The clause after a lone step index is recorded where it opens a range ("starting from zero", "from $T$ down to $0$",
  read as from 0 up), so the steps the note claims are read (rt70b-06, 08).
- A range in words from zero said of a name that is no step index ("for every $\\sigma$ between $0$ and $1$
  inclusive", "ranging from zero to one") gives it the value 0 among others, a value in words not read: a step
  dividing by it is not proved (rt70b-11; "strictly between", "exclusive" and a range from 1 leave it).
- A chain's length in words ("In a one-step chain", "For a chain of length one") is read as a number, and holds a
  refutation unless the counterexample holds in a chain of that length (rt70b-21, 22; "In a two-step chain" stays
  refuted, its counterexample at T = 2).
"""

from __future__ import annotations

import pytest
import red_team

from derivations.kernel.vocabulary import Counterexample
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.lead_ins import _chain_length, _property_said, fits_chain_length
from diffproof.notecheck.statements.orders import _RANGE_FROM_ZERO, _SIGN_WORDS, _zeroed_before
from diffproof.notecheck.statements.sentences import _words_of

_PROPERTIES = {
    "The matrix $A$ is symmetric.": True,
    "Die Matrix $B$ ist symmetrisch.": True,
    "La matrice $B$ est symétrique.": True,
    "$M$ is orthogonal,": True,
    "Since $A$ is invertible, we have": True,
    "Let $A$ be a matrix equal to its own transpose.": True,
    "Let $Q$ be a square matrix whose columns are orthonormal.": True,
    "For matrices $A$ that are symmetric,": True,
    "For operators $K$ which are self-adjoint,": True,
    # no property: a noun of no case, a definite noun, a new clause
    "The matrix $A$ is square.": False,
    "For matrices $A$ that are square,": False,
    "The sample $x$ is real.": False,
    "Here $x_t$ is the noisy sample.": False,
    "Then $x$ is given by": False,
    "We write $x$ for the sample.": False,
    "For $c$ we know nothing.": False,
}


@pytest.mark.parametrize("said", sorted(_PROPERTIES))
def test_a_property_said_in_a_statement_a_plural_or_at_length_is_read(said):
    assert _property_said(said) is _PROPERTIES[said]


_ENTRIES = "$$\n{0}_{{12}} {0}_{{21}} + {0}_{{12}}^2 = 2 {0}_{{12}} {0}_{{21}}\n$$\n\n"
#: Each lead-in, its matrix's letter, and the verdict on its display (a property held, a noun of no case refuted).
_MATRICES = (
    ("The matrix $A$ is symmetric.", "A", UNDECIDED),
    ("Die Matrix $B$ ist symmetrisch.", "B", UNDECIDED),
    ("For a real matrix $C$ with $C^\\top = C$,", "C", UNDECIDED),
    ("The matrix $F$ is square.", "F", REFUTED),
)


def test_a_step_claimed_for_a_symmetric_matrix_is_not_refuted():
    note = "".join(f"{said}\n\n{_ENTRIES.format(letter)}" for said, letter, _ in _MATRICES)
    results = red_team.report(note).results
    assert [r.status for r in results] == [status for _, _, status in _MATRICES], [r.reason for r in results]


@pytest.mark.parametrize(
    ("before", "after", "zeroed"),
    [
        ("We zero out the noise ", ".", True),
        ("We switch off the drift ", " here.", True),
        ("Zeroing the bias ", ", we get", True),
        ("On annule le bruit ", ".", True),
        ("We zero out the noise ", " and keep $x$.", True),
        ("We zero in on the noise ", ".", False),
        ("We do not zero out the noise ", ".", False),
        ("We zero out the noise ", " in the first term only.", False),
        ("We look at the noise ", ".", False),
    ],
)
def test_a_verb_of_zero_before_its_object_gives_it_zero(before, after, zeroed):
    assert (_zeroed_before(before, after) is not None) is zeroed


@pytest.mark.parametrize(
    ("sentence", "set_"),
    [
        ("We normalise the scale $a$ to unity.", True),
        ("Normalizing the gain $a$ to one,", True),
        ("We rescale the step $h$ to 2.", True),
        ("Wir normieren die Skala $a$ auf eins.", True),
        ("On normalise l'échelle $a$ à un.", True),
        ("Normalizamos la escala $a$ a uno.", True),
        ("We normalise the scale $a$ by the sum.", False),
        ("We set the scale $a$ by the unity of two views.", False),
    ],
)
def test_a_verb_of_scaling_to_a_number_sets_a_value(sentence, set_):
    assert bool(_SIGN_WORDS.search(_words_of(sentence))) is set_


_LOG = "$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0\n$$\n"
_DDPM = "<!-- diffproof: context ddpm -->\n\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("For every $t$ beginning with zero", UNDECIDED),  # t = 0 claimed: log(1 - abar_0) has no value
        ("For all $t$ running from zero", UNDECIDED),
        ("For every $t$ going down from $T$ to $0$", UNDECIDED),
        ("For all $t$ from $T$ backwards to zero", UNDECIDED),
        ("For all $t$ from $T$ down to $t_0$", UNDECIDED),  # its low end not read
        ("For every $t$ going down from $T$ to one", PROVED),
        ("For all $t$ from $T$ down to $2$", PROVED),
        ("For every $t$ starting at $1$", PROVED),
    ],
)
def test_a_range_opened_after_an_index_claims_its_low_end(claim, status):
    result = red_team.report(f"{_DDPM}{claim} we have the following.\n\n{_LOG}").results[-1]
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    ("said", "length"),
    [
        ("In a one-step chain,", 1),
        ("For a chain of length one,", 1),
        ("In a single-step chain,", 1),
        ("In a 1-step chain,", 1),
        ("With exactly one step,", 1),
        ("In a two-step chain,", 2),
        ("For a process of length 3,", 3),
        ("For a chain of many steps,", None),
        ("For the last two steps,", None),
        ("In the first three steps,", None),
        ("In the chain,", None),
    ],
)
def test_a_chain_s_length_in_words_is_read(said, length):
    assert _chain_length(said) == length


def _shown(*point, derived=(), where=""):
    return Counterexample(point=point, lhs=0.0, rhs=1.0, where=where, derived=derived)


@pytest.mark.parametrize(
    ("counterexample", "length", "fits"),
    [
        (_shown(("α_T", 0.9), ("ᾱ_{T-1}", 0.9), derived=(("ᾱ_T", 0.81),)), 2, True),
        (_shown(("α_T", 0.9), ("ᾱ_{T-1}", 0.9)), 1, False),  # ᾱ_0 = 1 in a one-step chain
        (_shown(("α_T", 0.9), ("ᾱ_{T-1}", 0.9)), 3, True),
        (_shown(("α_{T-1}", 0.9), ("ᾱ_{T-1}", 0.8)), 2, False),  # ᾱ_1 = α_1
        (
            _shown(
                ("α_t", 0.9),
            ),
            2,
            False,
        ),  # t: any step up to the horizon
        (_shown(("T", 5.0), ("x", 1.0)), 2, False),
        (_shown(("T", 2.0), ("x", 1.0)), 2, True),
        (_shown(("α_T", 0.9), ("ᾱ_{T-1}", 0.9), where="a model of its own"), 2, False),
    ],
)
def test_a_counterexample_fits_a_chain_of_a_length(counterexample, length, fits):
    assert fits_chain_length(counterexample, length) is fits


def test_a_step_said_of_a_chain_of_a_length_keeps_only_a_counterexample_that_fits_it():
    leads = ("In a single-step chain,", "For a chain of length 1,", "For a two-step process,", "With two steps,")
    note = _DDPM + "".join(f"{said}\n\n$$\n\\bar\\alpha_T = \\alpha_T\n$$\n\n" for said in leads)
    results = red_team.report(note).results
    assert [r.status for r in results] == [UNDECIDED, UNDECIDED, REFUTED, REFUTED], [r.reason for r in results]


@pytest.mark.parametrize(
    ("after", "zero_in"),
    [
        (" between $0$ and $1$ inclusive, we use it.", True),
        (" ranging from zero to one.", True),
        (" that lies between 0 and 1,", True),
        (" from 0 to 5 we have", True),
        (" strictly between $0$ and $1$,", False),
        (" between $0$ and $1$ exclusive,", False),
        (" between $1$ and $2$,", False),
        (" greater than zero,", False),
    ],
)
def test_a_range_in_words_from_zero_is_read(after, zero_in):
    assert (_RANGE_FROM_ZERO.match(_words_of(after)) is not None) is zero_in


_RATIO = "$$\n\\frac{\\sigma}{\\sigma} = 1\n$$\n\n"


@pytest.mark.parametrize(
    ("note", "status"),
    [
        (f"Note.\n\n{_RATIO}We use it for every $\\sigma$ ranging from zero to one.\n", UNDECIDED),
        (f"For every $\\sigma$ strictly between $0$ and $1$,\n\n{_RATIO}", PROVED),
    ],
)
def test_a_step_used_over_a_range_from_zero_is_not_proved(note, status):
    result = red_team.report(note).results[-1]
    assert result.status == status, result.reason
