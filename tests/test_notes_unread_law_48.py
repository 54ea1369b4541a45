"""A counterexample never chooses a value for a parameter of a law the note states but whose domain is not read
(fa48, rt47b-03/05/06): a law after ``\\sim`` that is not parsed (a covariance ``\\operatorname{diag}(s, s)``), a family
the reader does not know (``\\mathrm{Zipf}``), after ``\\sim``, in words ("distributed as", "suit la loi", "服从") or as
a density's definition: the refutation is dropped to undecided.  Families known by other names (Normal, Gauss,
Geom, Cauchy, Student...) are read instead: their domains keep the witness, and a wrong step stays refuted there.
A wrong step whose counterexample does not choose the unread law's parameters stays refuted."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED

#: Right steps beside a law whose parameter s is positive (or a probability) in every parametrisation, the law
#: unread or read by another name: |s| = s is never refuted.
RIGHT = {
    "diag of three after sim": "Let $x \\sim \\mathcal{N}(0, \\operatorname{diag}(s, s, s))$.",
    "diag with a dimension": "Let $x \\sim \\mathcal{N}_d(\\mathbf{0}, \\operatorname{diag}(s, s))$.",
    "Normal in words": "Let $x$ be distributed as $\\operatorname{Normal}(0, s)$.",
    "plain N in words": "We assume that $x$ follows $N(0, s)$.",
    "Gauss after sim": "Let $x \\sim \\mathrm{Gauss}(m, s)$.",
    "Cauchy scale": "Let $x \\sim \\mathrm{Cauchy}(m, s)$.",
    "Student degrees": "Let $x \\sim \\mathrm{Student}(s)$.",
    "fr Geom in words": "Soit $x$ une variable qui suit la loi $\\mathrm{Geom}(s)$.",
    "de Zipf after sim": "Sei $x \\sim \\mathrm{Zipf}(s)$ eine Zufallsvariable.",
    "de Zipf in words": "Die Variable $x$ ist verteilt nach $\\mathrm{Zipf}(s)$.",
    "zh Dirichlet in words": "设 $x$ 服从 $\\operatorname{Dirichlet}(s)$。",
    "ja Skellam after sim": "$x \\sim \\mathrm{Skellam}(s, s)$ とする。",
    "a density of Zipf": "Let $p(x) = \\mathrm{Zipf}(x; s)$ be the density of $x$.",
    "a uniform law on a set": "Let $t \\sim \\mathcal{U}\\{1, \\dots, s\\}$.",
    "a uniform law of one parameter": "Let $t \\sim \\mathrm{Unif}(s)$.",
    "a mixture of an unknown family": "Let $x \\sim \\tfrac{1}{2} \\mathrm{Zipf}(s) + \\tfrac{1}{2} \\mathrm{Zipf}(2)$.",
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_right_step_beside_an_unread_or_renamed_law_is_not_refuted(name):
    result = red_team.last(f"{RIGHT[name]}\n\n$$\n|s| = s\n$$\n")
    assert result.status != REFUTED, result.reason


#: Wrong steps that keep their refutation: at a read law's parameter within its domain (s in (0, 1) for Geom, s > 0
#: for Normal and Gauss, a mean anywhere), and beside an unread law where the counterexample chooses no parameter of
#: it (y is none).
WRONG = {
    "Geom's probability": ("Let $x \\sim \\mathrm{Geom}(s)$.", "|s| = -s"),
    "Geom in words": ("Let $x$ be distributed as $\\mathrm{Geom}(s)$.", "s^2 = s"),
    "Normal's variance": ("Let $x \\sim \\operatorname{Normal}(0, s)$.", "|s| = -s"),
    "Normal's mean": ("Let $x \\sim \\operatorname{Normal}(m, 1)$.", "|m| = m"),
    "Gauss's variance": ("Let $x \\sim \\mathrm{Gauss}(0, s)$.", "|s| = -s"),
    "another name beside Zipf": ("Let $x \\sim \\mathrm{Zipf}(s)$.", "2 y = y"),
    "another name beside diag": ("Let $x \\sim \\mathcal{N}(0, \\operatorname{diag}(s, s))$.", "y^2 = y"),
    "zh another name beside Dirichlet": ("设 $x$ 服从 $\\operatorname{Dirichlet}(s)$。", "|y| = y"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_step_keeps_its_refutation(name):
    words, step = WRONG[name]
    result = red_team.last(f"{words}\n\n$$\n{step}\n$$\n")
    assert result.status == REFUTED, result.reason


def test_the_reason_names_the_parameter_and_the_law():
    result = red_team.last("Let $x \\sim \\mathrm{Zipf}(s)$.\n\n$$\n|s| = s\n$$\n")
    assert "s is a parameter of a law that is not read: \\mathrm{Zipf}(s)" in result.reason


#: Sentences that say no law of the call they write ("it follows", "follows from"): its names stay free, and the
#: wrong step is refuted.
NO_LAW = {
    "it follows": "It follows that $\\mathrm{Zipf}(s)$ is small.",
    "follows from": "The bound on $\\mathrm{Zipf}(s)$ follows from the definition.",
}


@pytest.mark.parametrize("name", sorted(NO_LAW))
def test_a_call_said_of_in_no_law_s_words_leaves_its_names_free(name):
    result = red_team.last(f"{NO_LAW[name]}\n\n$$\n|s| = -s\n$$\n")
    assert result.status == REFUTED, result.reason


def test_a_decorated_parameter_of_an_unparsed_law_is_not_chosen():
    """Which decoration a letter of unparsed maths has is not read: s-bar in diag(s-bar, s-bar) is held too."""
    words = "Let $x \\sim \\mathcal{N}(0, \\operatorname{diag}(\\bar{s}, \\bar{s}))$."
    result = red_team.last(f"{words}\n\n$$\n|\\bar{{s}}| = \\bar{{s}}\n$$\n")
    assert result.status != REFUTED, result.reason
