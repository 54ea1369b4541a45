"""Fixes of red team 64b's 08-17: a law given by a formula the readers do not match to a law with every moment (a
distribution function, a characteristic function, a density written as an equation, with or without a word naming
it) leaves its name's tail unread; one-letter maths is read with the words around it (Student's $t$, $t$-distributed);
and a product or quotient of random names defining a name with a law of its own ties them, however their
independence is said (fail-safe: x_0 = h_1 / h_2 may be Cauchy).  Held-out variants of each are held; a law with every
moment, Student's t with a mean, a definition with no product of random names and a law given of the body's names
keep their proof."""

from __future__ import annotations

import pytest
import red_team


def _mean_cancelled(sentence: str, name: str) -> str:
    return f"{sentence}\n\n$$\n\\mathbb{{E}}[{name}] - \\mathbb{{E}}[{name}] = 0\n$$\n"


#: Wrong: each sentence gives the name a law with no mean, so E[name] - E[name] has no value.
NO_MEAN = (
    # S(y) = 1/(1 + y) on y >= 0: E[y] = int_0^oo S = oo
    ("Let $y$ have survival function $S(y) = \\frac{1}{1 + y}$ for $y \\ge 0$.", "y"),
    # Pareto with shape 1: F(u) = 1 - 1/u on u >= 1, E[x] = int_1^oo du/u = oo
    ("The law of $x$ is given by $F_x(u) = 1 - u^{-1}$ for $u \\ge 1$.", "x"),
    # g integrates to 1 and E|z| = int_0^oo z (1 + z)^{-2} dz = oo
    ("Suppose $z$ has $g(z) = \\frac{1}{2}(1 + |z|)^{-2}$ as its law.", "z"),
    # exp(-|s|) is the standard Cauchy law's characteristic function
    ("Let $w$ be a variable with $\\psi_w(s) = e^{-|s|}$.", "w"),
    # Student's t with one degree of freedom is the standard Cauchy law
    ("Let $x$ follow a Student $t$ law with one degree of freedom.", "x"),
    ("Let $v$ be $t$-distributed with $\\nu = 1$.", "v"),
    # x_0 = h_1 / h_2, h_1 and h_2 independent normals (said otherwise): standard Cauchy
    ("Let $b = a c$ where $(a, b) \\sim \\mathcal{N}(0, I_2)$.", "c"),
    (
        "Let $g_1 = g_2 r$, with $g_1 \\sim \\mathcal{N}(0, 1)$ and $g_2 \\sim \\mathcal{N}(0, 1)$. Both are independent.",
        "r",
    ),
    # r = u_1 / u_2 with u_1, u_2 independent uniforms on (0, 1): E[r] = E[u_1] E[1/u_2] = oo
    ("Let $u_1 = u_2 r$, with $u_1 \\sim U(0, 1)$ and $u_2 \\sim U(0, 1)$. They are drawn independently.", "r"),
)


@pytest.mark.parametrize(("sentence", "name"), NO_MEAN)
def test_a_law_with_no_mean_said_otherwise_holds_its_mean(sentence, name):
    red_team.assert_held_or_refuted(red_team.last(_mean_cancelled(sentence, name)))


#: Right: each name has a mean (a Gaussian, Student's t with three degrees of freedom, a linear image of Gaussians, a
#: product whose law is given of its factor), so E[name] - E[name] = 0.
WITH_MEAN = (
    ("Let $x \\sim \\mathcal{N}(0, 1)$.", "x"),
    ("Let $x$ follow Student's $t$ with $\\nu = 3$.", "x"),
    (
        "Let $x_t = \\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1 - \\bar\\alpha_t} \\epsilon$ with $x_t \\sim \\mathcal{N}(0, "
        "I)$, $x_0 \\sim \\mathcal{N}(0, I)$ and $\\epsilon \\sim \\mathcal{N}(0, I)$.",
        "\\epsilon",
    ),
    # a conditional law and a factorisation into unknown densities give the name no law of its own by a formula
    ("Let $x \\sim \\mathcal{N}(0, 1)$ and $q(y \\mid x) = \\mathcal{N}(y; x, 1)$.", "x"),
    ("Let $x$ be a sample with $p(x, y) = p(x) q(y)$.", "x"),
    ("Let $y = \\sigma z$ where $z \\sim \\mathcal{N}(0, 1)$ and $y \\sim \\mathcal{N}(0, \\sigma^2)$.", "z"),
)


@pytest.mark.parametrize(("sentence", "name"), WITH_MEAN)
def test_a_law_with_a_mean_keeps_the_proof(sentence, name):
    red_team.assert_proved(red_team.last(_mean_cancelled(sentence, name)))
