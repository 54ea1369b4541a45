"""Every spelling students type reads as the intended SymPy expression; bad text is refused with a position."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import symbols as S
from derivations.probability import Density, Grad
from diffproof.answers import notation as N
from diffproof.answers.errors import InvalidAnswer, UnknownSymbol
from diffproof.answers.notation import EVERYTHING, Vocabulary, latex, parse

x_t, x_tm1, y, z, x = S.x_t, S.x_tm1, S.y, S.z, S.x
score = Grad(sp.log(Density("p", (x_t,))), x_t)

SPELLINGS = [
    (r"\alpha_t", S.alpha_t),
    (r"\alpha_{t}", S.alpha_t),
    (r"\bar\alpha_t", S.abar_t),
    (r"\bar{\alpha}_{t-1}", S.abar_tm1),
    (r"\bar{\alpha_t}", S.abar_t),
    (r"\overline{\alpha}_t", S.abar_t),
    (r"\bar\alpha_{t - 1}", S.abar_tm1),
    ("abar_t", S.abar_t),
    ("abar_{t-1}", S.abar_tm1),
    ("abar_tm1", S.abar_tm1),
    (r"\beta_t", S.beta_t),
    ("x_t", x_t),
    ("xt", x_t),
    (r"\mathbf{x}_t", x_t),
    (r"\mathbf{x_t}", x_t),
    (r"\boldsymbol{x}_{t-1}", x_tm1),
    (r"\bm{x}_{t-1}", x_tm1),
    ("x_{t-1}", x_tm1),
    ("x0", S.x_0),
    (r"\mathbf x_0", S.x_0),
    (r"\epsilon", S.eps),
    (r"\varepsilon", S.eps),
    (r"\epsilon_0", S.eps),
    (r"\boldsymbol{\epsilon}_0", S.eps),
    ("eps", S.eps),
    ("ε", S.eps),
    (r"\hat\epsilon_\theta", N.eps_hat),
    (r"\hat{\boldsymbol{\epsilon}}_\theta(\mathbf{x}_t, t)", N.eps_hat),
    (r"\epsilon_\theta(x_t, t)", N.eps_hat),
    ("epshat_theta", N.eps_hat),
    (r"\hat{x}_\theta(x_t, t)", N.x_hat),
    (r"s_\theta(x_t, t)", N.s_theta),
    ("s_theta(x_t, t)", N.s_theta),
    (r"\sigma", S.sigma),
    (r"\mu", S.mu),
    (r"\gamma", S.gamma),
    (r"\sigma_1^2", S.sigma_1**2),
    ("sigma1", S.sigma_1),
    (r"\nabla_{x_t}\log p(x_t)", score),
    (r"\nabla_{\mathbf{x}_t} \log p(\mathbf{x}_t)", score),
    (r"\nabla\log p(x_t)", score),
    ("grad_{x_t} log p(x_t)", score),
    ("∇ log p(x_t)", score),
    (r"\nabla\log p(x_t \mid y)", Grad(sp.log(Density("p", (x_t,), (y,))), x_t)),
    (r"\mathrm{SNR}(t)", S.abar_t / (1 - S.abar_t)),
    (r"\text{SNR}(t-1)", S.abar_tm1 / (1 - S.abar_tm1)),
    ("SNR(t)", S.abar_t / (1 - S.abar_t)),
    (r"\sqrt{\bar\alpha_t}", sp.sqrt(S.abar_t)),
    (r"\sqrt[3]{a}", sp.root(S.a, 3)),
    (r"\frac{1}{2}", sp.Rational(1, 2)),
    (r"\frac12", sp.Rational(1, 2)),
    (r"\dfrac{a}{b}", S.a / S.b),
    (r"\tfrac{a}{b}", S.a / S.b),
    (r"\left(a + b\right)^2", (S.a + S.b) ** 2),
    (r"\left[a + b\right] c", (S.a + S.b) * S.c),
    (r"a \cdot b", S.a * S.b),
    (r"a \times b", S.a * S.b),
    (r"\mu \odot \sigma", S.mu * S.sigma),
    ("2a b", 2 * S.a * S.b),
    ("2a*b", 2 * S.a * S.b),
    (r"2\sigma\epsilon", 2 * S.sigma * S.eps),
    (r"\sigma(a + b)", S.sigma * (S.a + S.b)),
    (r"\log a", sp.log(S.a)),
    (r"\ln a", sp.log(S.a)),
    ("log(a)", sp.log(S.a)),
    (r"\log 2\pi\sigma^2", sp.log(2 * sp.pi * S.sigma**2)),
    (r"\log\sigma^2 - 1", sp.log(S.sigma**2) - 1),
    (r"\exp(-a)", sp.exp(-S.a)),
    ("exp(a)", sp.exp(S.a)),
    ("e^{-a}", sp.exp(-S.a)),
    ("a^-1", 1 / S.a),
    ("a**2", S.a**2),
    ("a^{1/2}", sp.sqrt(S.a)),
    ("0.25", sp.Rational(1, 4)),
    ("1/2 a", S.a / 2),
    ("-a^2", -(S.a**2)),
    (r"\,a\;+\!b\quad", S.a + S.b),
    ("p(x)", Density("p", (x,))),
    (r"p(x \mid z)", Density("p", (x,), (z,))),
    ("p(x|z)", Density("p", (x,), (z,))),
    ("p(x, z)", Density("p", (x, z))),
    (r"q_\phi(z \mid x)", Density("q_phi", (z,), (x,))),
    ("q_phi(z | x)", Density("q_phi", (z,), (x,))),
    (r"p(x_t \mid y)", Density("p", (x_t,), (y,))),
    ("sqrt(abar_t)*x0 + sqrt(1-abar_t)*eps", sp.sqrt(S.abar_t) * S.x_0 + sp.sqrt(1 - S.abar_t) * S.eps),
    ("mu + sigma**2 * eps", S.mu + S.sigma**2 * S.eps),
    (r"z = \mu + \sigma\epsilon", S.mu + S.sigma * S.eps),
    (r"\mu_q = a", S.a),
    (r"\sigma_q^2 = a", S.a),
    (r"\mu_\theta(x_t, t) = a", S.a),
    (r"\tilde\mu_t(x_t, x_0) = a", S.a),
    (r"p(z \mid x) = p(x)", Density("p", (x,))),
    (r"\mathbb{E}[\mathbf{x}_0 \mid \mathbf{x}_t] = a", S.a),
    (r"\mathbb E[x_0|x_t] = a", S.a),
    ("E[x_0 | x_t] = a", S.a),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS, ids=[text for text, _ in SPELLINGS])
def test_spelling(text, expected):
    assert parse(text) == expected


def test_the_whole_expression_is_read():
    # the antlr backend of sympy drops the end of some expressions; every token here must count
    assert parse(r"\sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon") == parse(
        "sqrt(abar_t)*x_0 + sqrt(1 - abar_t)*eps"
    )
    assert parse(r"\frac{a}{b} c u") == S.a * S.c * S.u / S.b
    with pytest.raises(InvalidAnswer):
        parse("a + b )")
    # parentheses after a network output are its arguments only when they are variables
    assert parse(r"\hat{x}_\theta \left(1 - a\right)") == N.x_hat * (1 - S.a)
    assert parse(r"s_\theta(a)") == N.s_theta * S.a
    with pytest.raises(InvalidAnswer, match="must be variables"):
        parse(r"s_\theta(a, b)")


def test_printed_gradients_read_back():
    assert parse("grad_x_t(log(p(x_t)))") == score
    assert parse(r"\nabla_x \log p(x)") == Grad(sp.log(Density("p", (x,))), x)


def test_symbols_keep_their_domains():
    assert parse(r"\sqrt{\sigma^2}") == S.sigma
    assert parse(r"\sqrt{\alpha_t}\sqrt{\bar\alpha_{t-1}}") == sp.sqrt(S.alpha_t) * sp.sqrt(S.abar_tm1)
    assert parse(r"\sqrt{\mu^2}") == sp.Abs(S.mu)
    for text in (r"\sigma", r"\sigma_1", r"\sigma_q", "c", r"\delta"):
        assert parse(text).is_positive, text
    for text in (r"\mu", r"\gamma", "w", "x_t", r"\epsilon"):
        expr = parse(text)
        assert expr.is_real and expr.is_positive is None, text


ERRORS = [
    ("unbalanced-open", "(a + b", "unbalanced '('", 7),
    ("unbalanced-brace", r"\frac{a}{b", "unbalanced '{'", 11),
    ("dangling-operator", "a +", "expected a formula", 4),
    ("stray-close", "a)", "unexpected ')'", 2),
    ("unknown-command", r"\foo a", r"unsupported command \foo", 1),
    ("log-base", r"\log_2 a", "logarithms are natural", 1),
    ("symbolic-exponent", "a^b", "exponent must be a number", 2),
    ("unknown-symbol", "k", "unknown symbol k", 1),
    ("unknown-word", "2ab", "unknown word 'ab'", 2),
    ("division-by-zero", "a/0", "division by zero", 2),
    ("comma", "a, b", "unexpected ','", 2),
    ("control", "a\x07", "control character", 2),
    ("double-relation", "a = b = c", "expected a formula or 'name = formula'", 1),
    ("sum-on-the-left", "a + b = c", "left side", 3),
    ("snr-time", r"\mathrm{SNR}(s)", "SNR(t) or SNR(t-1)", 9),
    ("expectation-on-the-right", r"a = \mathbb{E}[x_0]", "can only name the quantity", 5),
    ("blackboard-r", r"\mathbb{R}", r"unsupported command \mathbb", 1),
]


@pytest.mark.parametrize(("text", "message", "position"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors_point_at_the_problem(text, message, position):
    with pytest.raises(InvalidAnswer) as caught:
        parse(text)
    assert message in str(caught.value)
    assert caught.value.position + 1 == position
    assert str(caught.value).endswith(f"(at character {position})")


def test_unknown_symbol_of_a_question_lists_the_accepted_ones():
    vocabulary = Vocabulary((S.abar_t, S.x_0))
    with pytest.raises(UnknownSymbol) as caught:
        parse(r"\sqrt{\bar\alpha_t} x_0 + \epsilon", vocabulary)
    assert "epsilon is not a symbol of this question; accepted: abar_t, x_0" in str(caught.value)
    with pytest.raises(UnknownSymbol, match="takes no densities"):
        parse("p(x_0)", vocabulary)


def test_rendering_shows_how_the_answer_was_read():
    assert latex(parse(r"\bar\alpha_t")) == r"\bar\alpha_t"
    assert latex(parse("1/2 a")) == r"\frac{a}{2}"
    assert latex(parse(r"\hat\epsilon_\theta")) == r"\hat{\boldsymbol{\epsilon}}_\theta"
    assert latex(parse(r"\nabla\log p(x_t|y)")) == r"\nabla_{\mathbf{x}_t} \log p(\mathbf{x}_t \mid y)"


def test_everything_lists_every_symbol_once():
    assert len(set(EVERYTHING.symbols)) == len(EVERYTHING.symbols)
    assert set(N.SPELLINGS.values()) == set(EVERYTHING.symbols)
