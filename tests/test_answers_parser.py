"""Every spelling students type reads as the intended SymPy expression; bad text is refused with a position."""

from __future__ import annotations

import re

import pytest
import sympy as sp

from derivations import symbols as S
from derivations.probability import Density, Grad
from diffproof.answers import notation as N
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import EVERYTHING, applied, latex, parse, read

x_t, x_tm1, y, z, x = S.x_t, S.x_tm1, S.y, S.z, S.x
score = Grad(sp.log(Density("p", (x_t,))), x_t)
eps_hat = applied(S.eps_theta, (x_t, S.t))
x_hat = applied(S.xhat_theta, (x_t, S.t))
s_theta = applied(S.s_theta, (x_t, S.t))
a, b, c, u, v, m, w, k = sp.symbols("a b c u v m w k", real=True)

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
    (r"\symbf{x}_{t-1}", x_tm1),  # unicode-math's bold, in zjlww/notes
    ("x_{t-1}", x_tm1),
    ("x0", S.x_0),
    (r"\mathbf x_0", S.x_0),
    (r"\epsilon", S.eps),
    (r"\varepsilon", S.eps),
    (r"\epsilon_0", S.eps),
    (r"\boldsymbol{\epsilon}_0", S.eps),
    ("eps", S.eps),
    ("ε", S.eps),
    (r"\hat\epsilon_\theta", eps_hat),
    (r"\hat{\boldsymbol{\epsilon}}_\theta(\mathbf{x}_t, t)", eps_hat),
    (r"\epsilon_\theta(x_t, t)", eps_hat),
    ("epshat_theta", eps_hat),
    (r"\hat{x}_\theta(x_t, t)", x_hat),
    (r"s_\theta(x_t, t)", s_theta),
    ("s_theta(x_t, t)", s_theta),
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
    (r"\sqrt[3]{a}", sp.real_root(a, 3)),  # the real cube root: \sqrt[3]{-8} is -2
    (r"\frac{1}{2}", sp.Rational(1, 2)),
    (r"\frac12", sp.Rational(1, 2)),
    (r"\dfrac{a}{b}", a / b),
    (r"\tfrac{a}{b}", a / b),
    (r"\left(a + b\right)^2", (a + b) ** 2),
    (r"\left[a + b\right] c", (a + b) * c),
    (r"a \cdot b", a * b),
    (r"a \times b", a * b),
    (r"\mu \odot \sigma", S.mu * S.sigma),
    ("2a b", 2 * a * b),
    ("2a*b", 2 * a * b),
    (r"2\sigma\epsilon", 2 * S.sigma * S.eps),
    (r"\sigma(a + b)", S.sigma * (a + b)),
    (r"\log a", sp.log(a)),
    (r"\ln a", sp.log(a)),
    ("log(a)", sp.log(a)),
    (r"\log 2\pi\sigma^2", sp.log(2 * sp.pi * S.sigma**2)),
    (r"\log\sigma^2 - 1", sp.log(S.sigma**2) - 1),
    (r"\exp(-a)", sp.exp(-a)),
    ("exp(a)", sp.exp(a)),
    ("e^{-a}", sp.exp(-a)),
    ("a^-1", 1 / a),
    ("a**2", a**2),
    ("a^{1/2}", sp.sqrt(a)),
    ("0.25", sp.Rational(1, 4)),
    ("1/2 a", a / 2),
    ("-a^2", -(a**2)),
    (r"\,a\;+\!b\quad", a + b),
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
    (r"\mu_q = a", a),
    (r"\sigma_q^2 = a", a),
    (r"\mu_\theta(x_t, t) = a", a),
    (r"\tilde\mu_t(x_t, x_0) = a", a),
    (r"p(z \mid x) = p(x)", Density("p", (x,))),
    (r"\mathbb{E}[\mathbf{x}_0 \mid \mathbf{x}_t] = a", a),
    (r"\mathbb E[x_0|x_t] = a", a),
    ("E[x_0 | x_t] = a", a),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS, ids=[text for text, _ in SPELLINGS])
def test_spelling(text, expected):
    assert parse(text) == expected


def test_the_whole_expression_is_read():
    # the antlr backend of sympy drops the end of some expressions; every token here must count
    assert parse(r"\sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon") == parse(
        "sqrt(abar_t)*x_0 + sqrt(1 - abar_t)*eps"
    )
    assert parse(r"\frac{a}{b} c u") == a * c * u / b
    with pytest.raises(InvalidAnswer):
        parse("a + b )")
    # parentheses after a network output: its inputs, or a factor when it is not a variable -- both readings
    readings = [f.expr for f in read(r"\hat{x}_\theta \left(1 - a\right)")]
    assert readings == [applied(S.xhat_theta, (1 - a,)), x_hat * (1 - a)]
    assert parse(r"s_\theta(a)") == applied(S.s_theta, (a,))
    assert parse(r"\hat\epsilon_\theta(x_0, t)") == applied(S.eps_theta, (S.x_0, S.t)) != eps_hat
    assert parse(r"s_\theta(a, b)") == applied(S.s_theta, (a, b))


def test_printed_gradients_read_back():
    assert parse("grad_x_t(log(p(x_t)))") == score
    assert parse(r"\nabla_x \log p(x)") == Grad(sp.log(Density("p", (x,))), x)


def test_symbols_keep_their_domains():
    assert parse(r"\sqrt{\sigma^2}") == S.sigma
    assert parse(r"\sqrt{\alpha_t}\sqrt{\bar\alpha_{t-1}}") == sp.sqrt(S.alpha_t) * sp.sqrt(S.abar_tm1)
    assert parse(r"\sqrt{\mu^2}") == sp.Abs(S.mu)
    for text in (r"\sigma", r"\sigma_1", r"\sigma_q", r"\delta", r"\tilde\beta_t"):
        assert parse(text).is_positive, text
    for text in (r"\mu", r"\gamma", "w", "c", "a", "x_t", r"\epsilon", "x_i"):
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
    ("gradient-without-variable", r"\nabla(a b)", "write the variable of the gradient", 1),
    ("division-by-zero", "a/0", "division by zero", 2),
    ("comma", "a, b", "unexpected ','", 2),
    ("control", "a\x07", "control character", 2),
    ("double-relation", "a = b = c", "expected a formula or 'name = formula'", 1),
    ("sum-on-the-left", "a + b = c", "left side", 3),
    ("snr-time", r"\mathrm{SNR}(s)", "as t, t-1 or t-2", 9),
    ("expectation-on-the-right", r"a = \mathbb{E}[x_0]", "can only name the quantity", 5),
    ("blackboard-r", r"\mathbb{R}", r"unsupported command \mathbb", 1),
    ("operator-word", r"\text{max}(a, b)", r"\text{max} names a maximum", 7),
    ("operator-letters", r"\frac{argmax}{2}", "argmax names an optimum", 7),
]


@pytest.mark.parametrize(("text", "message", "position"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors_point_at_the_problem(text, message, position):
    with pytest.raises(InvalidAnswer) as caught:
        parse(text)
    assert message in str(caught.value)
    assert caught.value.position + 1 == position
    assert str(caught.value).endswith(f"(at character {position})")


def test_any_identifier_is_a_real_symbol():
    for text in ("k", "x_i", "e_c", "s_1", "ab_c"):
        symbol = parse(text)
        assert isinstance(symbol, sp.Symbol) and symbol.is_real and symbol.is_positive is None, text
    assert parse("x_i") == parse(r"x_{i}") != parse("x_j")
    assert latex(parse("e_c")) == "e_{c}"


def test_a_word_of_letters_is_ambiguous_in_plain_text_and_a_product_in_latex():
    readings = read("2ab")
    assert [f.expr for f in readings] == [2 * sp.Symbol("ab", real=True), 2 * a * b]
    assert parse(r"\frac{ab}{c}") == a * b / c
    with pytest.raises(InvalidAnswer, match="more than one way"):
        parse("2ab")


def test_log_of_an_application_followed_by_factors_has_two_readings():
    readings = [f.expr for f in read(r"\log p(x_t)\bar\alpha_t")]
    assert readings == [sp.log(S.abar_t * Density("p", (x_t,))), S.abar_t * sp.log(Density("p", (x_t,)))]
    assert len(read(r"\log 2\pi\sigma^2")) == 1  # the conventional argument: the whole product
    assert len(read(r"\log(p(x_t))\bar\alpha_t")) == 1


def test_readings_are_bounded():
    text = " + ".join(["ab"] * 4)
    with pytest.raises(InvalidAnswer, match="more than 8 ways"):
        read(text)


def test_registry_spellings_parse_to_their_symbols():
    for declaration in S.REGISTRY.values():
        for spelling in declaration.spellings:
            assert N.SPELLINGS[N.key_of(spelling)] == declaration.symbol, spelling


def test_every_declared_spelling_key_is_unique():
    keys = [N.key_of(spelling) for d in S.REGISTRY.values() for spelling in d.spellings]
    owners = {}
    for d in S.REGISTRY.values():
        for spelling in d.spellings:
            owners.setdefault(N.key_of(spelling), set()).add(d.symbol)
    assert all(len(symbols) == 1 for symbols in owners.values())
    assert len(keys) >= 60


def test_grammar_tables_are_extensible():
    # a notation is one entry: a command read by a function of the parser
    syntax.COMMANDS["half"] = lambda parser, name, position: syntax.Number(position, "0.5")
    try:
        assert parse(r"\half x") == x / 2
    finally:
        del syntax.COMMANDS["half"]
    with pytest.raises(InvalidAnswer, match="unsupported command"):
        parse(r"\half x")


def test_rendering_shows_how_the_answer_was_read():
    assert latex(parse(r"\bar\alpha_t")) == r"\bar\alpha_t"
    assert latex(parse("1/2 a")) == r"\frac{a}{2}"
    assert latex(parse(r"\hat\epsilon_\theta")) == r"\hat{\boldsymbol{\epsilon}}_{\boldsymbol{\theta}}(\mathbf{x}_t, t)"
    assert latex(parse(r"\nabla\log p(x_t|y)")) == r"\nabla_{\mathbf{x}_t} \log p(\mathbf{x}_t \mid y)"


def test_everything_has_no_own_symbols():
    assert EVERYTHING.symbols == ()


def test_every_declaration_is_consistent_with_its_symbol():
    for declaration in S.REGISTRY.values():
        assert declaration.domain.is_subset(sp.Reals), declaration.symbol
        if declaration.domain.is_subset(S.POSITIVE):
            assert declaration.symbol.is_positive, declaration.symbol
        assert S.domain_of(declaration.symbol) == declaration.domain
        assert S.LATEX_NAMES[declaration.symbol] == declaration.latex
    with pytest.raises(ValueError, match="not positive"):
        S.Declaration(sp.Symbol("q_1", real=True), S.UNIT, "q_1")


@pytest.mark.parametrize("separator", [r"\|", r"\Vert", r"\lVert", r"\rVert", r"\parallel"])
def test_every_double_bar_separates_the_two_laws_of_a_kl_divergence(separator):
    """``\\lVert`` and ``\\rVert`` print the same double bar as ``\\Vert`` (enijkamp writes ``q \\lVert p``)."""
    (divergence,) = syntax.parse(rf"D_{{KL}}(q(z) {separator} p(z))", notes=True).operands
    assert isinstance(divergence, syntax.Divergence)
    assert (divergence.first.name.base, divergence.second.name.base) == ("q", "p")


def _tree(text: str) -> str:
    """The syntax tree of a note's formula without positions, to compare two spellings."""
    return re.sub(r"position=\d+, ", "", repr(syntax.parse(text, notes=True)))


@pytest.mark.parametrize(
    ("written", "other", "same"),
    [
        (r"\vert x - y \vert^2", r"|x - y|^2", True),
        (r"\lvert a \rvert", r"|a|", True),
        (r"q(x \vert z)", r"q(x | z)", True),
        (r"\parallel a - b \parallel^2", r"\|a - b\|^2", True),
        (r"D_{KL}(q \parallel p)", r"D_{KL}(q \| p)", True),
        (r"\cal{N}(x; 0, 1)", r"\mathcal{N}(x; 0, 1)", True),
        (r"\cal N(x; 0, 1)", r"\mathcal{N}(x; 0, 1)", True),
        (r"{\cal N}(x; 0, 1)", r"\mathcal{N}(x; 0, 1)", True),
        (r"\sigma\,{=}\,{-1}", r"\sigma = -1", True),
        (r"a {\le} b", r"a \le b", True),
        (r"\int_{z} p(x, z)\, dz", r"\int p(x, z)\, dz", True),
        (r"\int_{\mathbf{z}} dz\, f(z)", r"\int dz\, f(z)", True),
        (r"ℓ(θ)", r"\ell(\theta)", True),
        (r"\int_{x} f(z)\, dz", r"\int f(z)\, dz", False),  # a subscript that is not the variable stays a limit
        (r"\dot{\alpha}_t", r"\alpha_t", False),  # a time derivative is a name of its own
        (r"\ell", r"l", False),
        (r"q_\phi(\mathbf{z \mid x})", r"q_\phi(z \mid x)", True),  # a bold group bolds each symbol (newnotes13)
        (r"p(\boldsymbol{x, z})", r"p(x, z)", True),
        (r"\mathcal{N}(\mathbf{z; \mu, \sigma})", r"\mathcal{N}(z; \mu, \sigma)", True),
        (r"\mathbf{x}_t", r"x_t", True),
    ],
)
def test_notations_of_notes_read_as_their_usual_spelling_and_no_other(written, other, same):
    assert (_tree(written) == _tree(other)) is same


@pytest.mark.parametrize("text", [r"\cal NM", r"{\cal NM}", r"\cal"])
def test_plain_tex_cal_before_anything_but_a_letter_or_a_group_is_not_read(text):
    with pytest.raises(InvalidAnswer, match="cal"):
        syntax.parse(text, notes=True)


@pytest.mark.parametrize(
    ("written", "other"),
    [
        (r"2|x|", r"2 \cdot |x|"),  # a bar after a factor opens an absolute value
        (r"|x||y|", r"|x| \cdot |y|"),  # and so does a bar right after one closes
        (r"|x| |y| + 1", r"|x| \cdot |y| + 1"),
        (r"a|x - y|^2", r"a \cdot |x - y|^2"),
        (r"||x||^2", r"\|x\|^2"),  # two bars together still open a norm
        (r"p(x | y)", r"p(x \vert y)"),  # a bar inside a density's parentheses is what it is given
        (r"\mathbb{E}[x | y]", r"\mathbb{E}[x \mid y]"),  # and inside an expectation's brackets
        (r"\mathcal{N}(x | 0, 1)", r"\mathcal{N}(x; 0, 1)"),  # and before a Gaussian's parameters
        (r"p(x | |y|)", r"p(x \vert \lvert y \rvert)"),  # after the given bar, a bar opens an absolute value again
    ],
)
def test_a_bar_where_no_bar_separates_opens_an_absolute_value_in_notes(written, other):
    assert _tree(written) == _tree(other)


def test_the_given_bar_of_a_density_and_of_an_expectation_stays_a_given():
    (density,) = syntax.parse(r"p(x | y)", notes=True).operands
    assert isinstance(density, syntax.Call) and len(density.given) == 1
    (expectation,) = syntax.parse(r"\mathbb{E}[x | y]", notes=True).operands
    assert isinstance(expectation, syntax.Expectation) and expectation.given is not None


@pytest.mark.parametrize(
    ("written", "other"),
    [
        (r"\left| a |b| c \right|", r"|a \cdot |b| \cdot c|"),  # the sizes say which bars pair
        (r"\bigl| a |b| c \bigr|", r"|a \cdot |b| \cdot c|"),
        (r"\left|x\right|", r"|x|"),
        (r"q(x_t | x_{t-1}) |x|", r"q(x_t | x_{t-1}) \cdot |x|"),  # a bar inside a group after |x| is the group's
    ],
)
def test_sized_bars_pair_as_their_sides_say(written, other):
    assert _tree(written) == _tree(other)


@pytest.mark.parametrize("text", [r"|a|b|c|", r"|a| b |c|", r"\Big| a |b| c \Big|"])
def test_bars_that_pair_two_ways_are_not_read(text):
    with pytest.raises(InvalidAnswer, match="pair two ways"):
        syntax.parse(text, notes=True)


def test_doubled_sized_bars_are_a_norm():
    """ja's ``{\\left|\\left| \\epsilon - \\epsilon_\\theta \\right|\\right|}^2``: a norm, as ``\\|...\\|`` is."""
    assert _tree(r"{\left|\left| a - b \right|\right|}^2") == _tree(r"{\| a - b \|}^2")


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("\\int_0^\\infty f \\, du", syntax.Number(5, "0"), syntax.Infinity(7, False)),
        ("\\int_{-\\infty}^{0} f \\, du", syntax.Infinity(5, True), syntax.Number(16, "0")),
        ("\\int_0^{+\\infty} f \\, du", syntax.Number(5, "0"), syntax.Infinity(7, False)),
        ("\\int_{-\\infty}^{\\infty} f \\, du", None, None),  # the whole line, as \int alone
        ("\\int_{-\\infty}^{+\\infty} f \\, du", None, None),
    ],
)
def test_an_integral_s_infinite_limits(text, lower, upper):
    integral = syntax.parse(text, notes=True).operands[0]
    assert (integral.lower, integral.upper) == (lower, upper)


def test_infinity_is_read_nowhere_but_as_an_integral_s_limit():
    with pytest.raises(InvalidAnswer, match="infty"):
        syntax.parse("x = \\infty", notes=True)
