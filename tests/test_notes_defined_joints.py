"""A density first written in a display after words that define it, given by another law's densities, is that
law's definition: "Define the joint law $$ q(x, z) = p(x) q(z | x) $$" (a VAE's joint of the data and the encoder)
is no claim a counterexample could break, though random tables for p and q break the equation as a claim.  The
kernel does not model two laws tied together, so the definition holds the steps after it about its law (never
refuted, never proved by a table that ignores it).  The same equation after words that derive it ("Then",
"Hence") claims it: nothing defines q's joint, and random tables for p and q (every law the note leaves free)
break it, so it stays refuted.  A joint already written in a claim is not defined by factoring it later.
"""

from __future__ import annotations

import pytest
from red_team import results

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

JOINT = r"q(x, z) = p(x) q(z|x)"


def note(lead: str, *after: tuple[str, str], joint: str = JOINT) -> str:
    """A note that names the encoder, then writes ``joint`` in a display after ``lead``, then each (lead-in,
    display) of ``after``."""
    parts = ["The encoder is $q(z|x)$.", lead, f"$$\n{joint}\n$$"]
    for words, display in after:
        parts += [words, f"$$\n{display}\n$$"]
    return "\n\n".join(parts) + "\n"


#: Lead-ins that define the display after them, in the languages the reader knows.
DEFINING = {
    "define": "Define the joint law",
    "we define": "We define the joint law",
    "let": "Let",
    "set": "Set",
    "denote by": "Denote by",
    "is defined as": "The joint law is defined as",
    "we write": "We write the joint law as",
    "announced": "We define the joint law as follows.",
    "with a colon": "Define the joint law:",
    "emphasised": "**Define** the joint law",
    "model": "We model the joint law as",
    "fr": "On définit la loi jointe",
    "fr soit": "Soit",
    "de": "Wir definieren die gemeinsame Verteilung",
    "es": "Definimos la distribución conjunta",
    "zh": "联合分布定义为",
    "ja": "同時分布を次のように定義する。",
    "ko": "결합 분포를 다음과 같이 정의한다.",
}


@pytest.mark.parametrize("name", DEFINING)
def test_a_joint_defined_after_defining_words_is_a_definition_never_refuted(name):
    """The false alarm: q's joint defined as p(x) q(z | x) was refuted with tables where q's marginal is not p."""
    (defined,) = results(note(DEFINING[name]))
    assert defined.status == UNDECIDED and defined.defines, defined.reason
    assert "defines q(x, z)" in defined.reason and "another law" in defined.reason


#: Steps after the definition: what it implies (q's marginal is p), and what contradicts it.
IMPLIED = {
    "the marginal": r"q(x) = p(x)",
    "the marginal as a sum": r"\sum_z q(x, z) = p(x)",
    "the joint restated": JOINT,
}
CONTRADICTING = {
    "twice the marginal": r"q(x) = 2 p(x)",
    "the joint doubled": r"q(x, z) = 2 p(x) q(z|x)",
    "the conditional swapped": r"q(x, z) = p(x) q(x|z)",
}


@pytest.mark.parametrize("name", IMPLIED)
def test_what_the_definition_implies_is_not_refuted_after_it(name):
    """The kernel does not model q tied to p, so a counterexample with tables of its own for q is not trusted."""
    *_, step = results(note("Define the joint law", ("Then", IMPLIED[name])))
    assert step.status == UNDECIDED and "line" in step.reason and "joint law" in step.reason, step.reason


@pytest.mark.parametrize("name", CONTRADICTING)
def test_what_contradicts_the_definition_is_never_proved(name):
    *_, step = results(note("Define the joint law", ("Then", CONTRADICTING[name])))
    assert step.status != PROVED, step.reason
    assert step.status != REFUTED or step.counterexample is not None


def test_the_joint_defined_in_a_sentence_holds_its_restatement():
    """jfrancis71's VAE note defines q(x, z) = p(x) q(z | x) in words: a display restating it after "Then" is not
    refuted (it was: the sentence's equation, which writes q on both sides, was dropped)."""
    text = "Define $q(x, z) = p(x) q(z|x)$.\n\nThen\n\n$$\nq(x, z) = p(x) q(z|x)\n$$\n\nand\n\n$$\nq(x) = 2 p(x)\n$$\n"
    restated, doubled = results(text)
    assert restated.status == UNDECIDED and "states its joint law" in restated.reason, restated.reason
    assert doubled.status == UNDECIDED and "states its joint law" in doubled.reason, doubled.reason


#: Lead-ins that derive or rewrite the display: it claims the joint, which nothing defines.
DERIVING = {
    "then": "Then",
    "hence": "Hence",
    "so we get": "Rearranging, so we get",
    "we can write": "We can write",
    "defining, we get": "Defining it so, we get",
}


@pytest.mark.parametrize("name", DERIVING)
def test_the_joint_claimed_after_deriving_words_stays_refuted(name):
    """Nothing defines q's joint: the claim says q's marginal of x is p's, which random tables for p and q (laws
    the note leaves free) break; the counterexample satisfies everything stated."""
    (claimed,) = results(note(DERIVING[name]))
    assert claimed.status == REFUTED and claimed.counterexample is not None, claimed.reason
    assert not claimed.defines


def test_a_joint_written_in_a_claim_before_is_not_defined_by_factoring_it_later():
    """The existing rule: q(x, z) (here written q(z, x)) summed in a claim is q's own joint, so factoring it later,
    even after "Define", claims the factoring, which its tables break."""
    text = note("We have", ("Define the joint law", JOINT), joint=r"\sum_z q(z, x) = q(x)")
    summed, factored = results(text)
    assert summed.status == PROVED, summed.reason
    assert factored.status == REFUTED and not factored.defines, factored.reason


def test_a_joint_by_its_own_law_densities_stays_a_claim_after_defining_words():
    """q(x, z) = q(x) q(z | x) is the product rule of one law, checked as a claim; its wrong variant is refuted."""
    right, wrong = (
        results(note("Define", joint=joint))[0] for joint in (r"q(x, z) = q(x) q(z|x)", r"q(x, z) = q(x) q(x|z)")
    )
    assert right.status == PROVED, right.reason
    assert wrong.status == REFUTED and wrong.counterexample is not None, wrong.reason


def test_a_joint_denied_is_not_defined():
    """ "A common mistake is to define": the words deny the display, which defines nothing."""
    (denied,) = results(note("A common mistake is to define"))
    assert not denied.defines and denied.status != PROVED, denied.reason


def test_a_joint_supposed_is_an_assumption():
    (supposed,) = results(note("If we define"))
    assert supposed.status == UNDECIDED and "assumes" in supposed.reason, supposed.reason


def test_a_second_density_of_the_defined_law_in_its_display_is_no_definition():
    """ "Define $$ q(x, z) = p(x) q(z | x) \\\\ q(x) = 2 p(x) $$": only the joint is defined; the marginal row is a
    claim about the law just defined, held and never proved."""
    rows = "\\begin{aligned}\nq(x, z) &= p(x) q(z|x) \\\\\nq(x) &= 2 p(x)\n\\end{aligned}"
    defined, row = results(note("Define the joint law", joint=rows))
    assert defined.defines and defined.status == UNDECIDED
    assert not row.defines and row.status == UNDECIDED, row.reason


def test_under_a_declared_context_its_laws_are_not_defined_by_a_display():
    """Under the DDPM context q is the context's forward law: the display claims its joint, not defines it."""
    text = "<!-- diffproof: context ddpm -->\n\n" + note("Define", joint=r"q(x_t, x_0) = p(x_0) q(x_t|x_0)")
    (step,) = results(text)
    assert not step.defines and "defines" not in step.reason, step.reason
