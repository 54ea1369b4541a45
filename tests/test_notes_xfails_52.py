"""Held-out notes of session 52's fixes of the open strict xfails (rt51a-11, 13, 14; rt44-28, 35), each with the
verdict its last step gets.

Laws whose parameters are not read are held (a counterexample giving them a value is not trusted): the letter P
applied after ``\\sim`` to names the law does not draw (Poisson's ``\\mathcal{P}(\\lambda)``), a calligraphic P beside
a law's words, a law written with keyword arguments (``\\text{rate}=\\lambda``), and the names of a table's row whose
header or row says a law or whose maths writes a family's.  A noise said in words to be the value of something named
in words alone ("the data point is the noise $\\epsilon$ itself") is tied to the note's names.  Under the context,
the forward kernel given another law in words ("$q(x_t \\mid x_{t-1})$ is a standard normal density") changes the
forward step.  The faithful twins keep their verdict: a wrong step of a name no law writes stays refuted, a family
read keeps its proof, the noise named in its own words keeps DDPM's proof, a Gaussian kernel keeps DDPM's refutation.
"""

from __future__ import annotations

import pytest
from red_team import DDPM, FORWARD_MEAN, last

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_ROOT = "\\sqrt{{{0}^2}} = {0}"
_WRONG = "m + m = 3m"


def _table(header: str, row: str) -> str:
    return f"| {header} |\n|---|---|\n| {row} |\n"


#: A law's sentence or table, the step after it, and the verdict the step gets.
LAWS = {
    # Poisson's calligraphic or plain P after \sim, and a calligraphic P in words: its parameter is held
    "P calligraphic, mu": ("Let $x \\sim \\mathcal{P}(\\mu)$.", _ROOT.format("\\mu"), UNDECIDED),
    "P plain": ("Let $n \\sim P(\\lambda)$ be a count.", _ROOT.format("\\lambda"), UNDECIDED),
    "P in English words": ("The count $x$ follows $\\mathcal{P}(\\lambda)$.", _ROOT.format("\\lambda"), UNDECIDED),
    "P in French words": ("Soit $x$ qui suit une loi $\\mathcal{P}(\\lambda)$.", _ROOT.format("\\lambda"), UNDECIDED),
    # Poisson's names a reader knows keep their reading: the rate positive, a wrong step of it refuted there
    "Pois read": ("Let $x \\sim \\operatorname{Pois}(\\lambda)$.", "\\lambda + \\lambda = 3\\lambda", REFUTED),
    "Poisson read": ("Let $x \\sim \\text{Poisson}(\\lambda)$.", "\\lambda + \\lambda = 3\\lambda", REFUTED),
    # keyword arguments, after \sim and in words
    "keyword scale": (
        "Let $x \\sim \\mathrm{Gamma}(\\text{shape}=a, \\text{scale}=b)$.",
        _ROOT.format("b"),
        UNDECIDED,
    ),
    "keyword df": ("Let $x \\sim \\chi^2(\\text{df}=k)$.", _ROOT.format("k"), UNDECIDED),
    "keyword df upright": (
        "Let $x \\sim \\operatorname{StudentT}(\\mathrm{df}=\\nu)$.",
        _ROOT.format("\\nu"),
        UNDECIDED,
    ),
    "keyword in words": (
        "The variable $x$ is distributed as $\\mathrm{Exp}(\\text{scale}=s)$.",
        _ROOT.format("s"),
        UNDECIDED,
    ),
    # tables: a law's word in the header (English, French), a family's name in the row's maths, a keyword argument
    "table gamma": (_table("variable | distribution", "$x$ | $\\mathrm{Gamma}(a, b)$"), _ROOT.format("a"), UNDECIDED),
    "table loi": (_table("variable | loi", "$x$ | $\\mathcal{P}(\\lambda)$"), _ROOT.format("\\lambda"), UNDECIDED),
    "table model beta": (_table("name | model", "$y$ | $\\mathrm{Beta}(a, b)$"), _ROOT.format("b"), UNDECIDED),
    "table keyword": (_table("name | model", "$y$ | $\\mathrm{Exp}(\\text{rate}=r)$"), _ROOT.format("r"), UNDECIDED),
    # faithful twins: a name no law writes is not held
    "P, another name": ("Let $x \\sim \\mathcal{P}(\\lambda)$ and $m$ real.", _WRONG, REFUTED),
    "P of the variable": ("Let $x \\sim P(x)$ and $a$ real.", _ROOT.format("a"), REFUTED),
    "keyword, another name": ("Let $x \\sim \\operatorname{Exp}(\\text{rate}=\\lambda)$, $m$ real.", _WRONG, REFUTED),
    "table, another name": (_table("variable | law", "$x$ | $\\mathrm{Exp}(\\lambda)$"), _WRONG, REFUTED),
    "table of notation": (_table("symbol | meaning", "$a$ | a real constant"), _ROOT.format("a"), REFUTED),
}


@pytest.mark.parametrize("name", sorted(LAWS))
def test_laws_not_read_are_held(name):
    said, step, verdict = LAWS[name]
    result = last(f"{said}\n\n$$\n{step}\n$$\n")
    assert result.status == verdict, result.reason


_PRODUCT = "\\mathbb{E}_{\\epsilon}[x_0 \\epsilon] = 0"

#: A sentence under the context, the step after it, and the verdict it gets: a noise said to be the value of a thing
#: named in words alone may be the data (not proved); named in its own words, DDPM's proof stands.
NOISES = {
    "image equals the noise": ("In this example the image equals the noise $\\epsilon$.", UNDECIDED),
    "clean sample is simply": ("Here the clean sample is simply $\\epsilon$.", UNDECIDED),
    "French donnée": ("Ici la donnée est le bruit $\\epsilon$ lui-même.", UNDECIDED),
    "German Datenpunkt": ("Hier ist der Datenpunkt gleich $\\epsilon$.", UNDECIDED),
    "the noise is epsilon": ("Here the noise is $\\epsilon$.", PROVED),
    "its noise is simply": ("Its noise is simply $\\epsilon$.", PROVED),
}


@pytest.mark.parametrize("name", sorted(NOISES))
def test_noises_said_to_be_something(name):
    said, verdict = NOISES[name]
    result = last(f"{DDPM}{said}\n\n$$\n{_PRODUCT}\n$$\n")
    assert result.status == verdict, result.reason


_KERNELS = "q(x_t|x_0) = q(x_t|x_{t-1})"

#: A sentence under the context giving a kernel a law, the step after it, and its verdict: the forward kernel given
#: another law in words changes the forward step (no refutation by DDPM's kernel, no proof by its mean); a Gaussian
#: kernel, or another law of the reverse model's kernel, keeps the context's.
KERNELS = {
    "uniform": ("Here $q(x_t \\mid x_{t-1})$ is a uniform density.", _KERNELS, UNDECIDED),
    "Gumbel, bold": ("Let $q(\\mathbf{x}_t \\mid \\mathbf{x}_{t-1})$ be the Gumbel density.", _KERNELS, UNDECIDED),
    "Laplace, its mean": ("Here $q(x_t \\mid x_{t-1})$ is a Laplace density.", FORWARD_MEAN, UNDECIDED),
    "Gaussian kept": ("Here $q(x_t \\mid x_{t-1})$ is a Gaussian density.", _KERNELS, REFUTED),
    "reverse model's kernel": (
        "Here $p_\\theta(x_{t-1} \\mid x_t)$ is a standard normal density.",
        FORWARD_MEAN,
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(KERNELS))
def test_forward_kernels_said_otherwise(name):
    said, step, verdict = KERNELS[name]
    text = f"{DDPM}{said}{step}" if step is FORWARD_MEAN else f"{DDPM}{said}\n\n$$\n{step}\n$$\n"
    result = last(text)
    assert result.status == verdict, result.reason
