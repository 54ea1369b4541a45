"""Notation real notes write that the reader now reads as its renderer (or a mathematician) does.

From swept public notes (tests/data/notes/sweeps): ``\\Bbb E`` (zh-realbar-ddpm.md), TeX's ``\\intop`` and
partial derivatives (en-friedmanroy-gen5-score-tweedie.md), and MkDocs admonitions whose indented body holds
displays (en-mkdocs-elbo-admonition.md).  Each is read right, a wrong variant is still refuted, and what is
not read is undecided with its reason.
"""

from __future__ import annotations

import pytest

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.limits import Limits
from diffproof.answers.parser import Gradient, Name, parse
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes
from diffproof.notes.macros import Macros, expand


def note(*parts: str) -> str:
    """A Markdown note of these display-maths blocks."""
    return "\n\n".join(f"$$\n{part}\n$$" for part in parts) + "\n"


def last(*parts: str, markdown: str | None = None):
    text = markdown if markdown is not None else note(*parts)
    report = check_notes(read_notes(text, markdown=True), Limits(seconds=60))
    assert not any(r.internal for r in report.results), [r.reason for r in report.results]
    return report.results[-1]


# -- \Bbb and \intop: the renderers' other names of \mathbb and \int


@pytest.mark.parametrize("grouped", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\Bbb E[x]", r"\mathbb E[x]"),
        (r"\Bbb{E}_q[x]", r"\mathbb{E}_q[x]"),
        (r"\intop_0^1 f(x) dx", r"\int_0^1 f(x) dx"),
        (r"\BbbE \intopx", r"\BbbE \intopx"),  # other words
    ],
)
def test_bbb_and_intop_are_mathbb_and_int(text, expected, grouped):
    assert expand(text, Macros(), grouped=grouped).text == expected


def test_a_name_let_to_bbb_means_mathbb():
    assert expand(r"\let\E\Bbb \E E[x]", Macros(), grouped=True).text.strip() == r"\mathbb E[x]"


def test_a_note_s_own_bbb_is_its_own():
    assert expand(r"\def\Bbb{\mathcal} \Bbb L", Macros(), grouped=True).text.strip() == r"\mathcal L"


@pytest.mark.parametrize(
    ("step", "status"),
    [
        (r"\Bbb E[x + 1] = \Bbb E[x] + 1", PROVED),
        (r"\Bbb E[2 x] = \Bbb E[x] + 1", REFUTED),
        (r"\Bbb{E}_{q(z)}[\log q(z)] = \int q(z) \log q(z) dz", PROVED),
        (r"\intop p(x) dx = 1", PROVED),
        (r"\intop p(x) dx = 2", REFUTED),
    ],
)
def test_steps_written_with_bbb_and_intop(step, status):
    result = last(step)
    assert result.status == status, result.reason


# -- partial derivatives, read as the gradient in their one variable


@pytest.mark.parametrize(
    "text",
    [r"\frac{\partial}{\partial x} \log p(x)", r"\frac{\partial \log p(x)}{\partial x}", r"\partial_x \log p(x)"],
)
def test_a_partial_derivative_is_the_gradient_in_its_variable(text):
    (node,) = parse(text, notes=True).operands
    (nabla,) = parse(r"\nabla_x \log p(x)", notes=True).operands
    assert isinstance(node, Gradient) and isinstance(node.variable, Name)
    assert node.variable.key == nabla.variable.key == ("x", "", "")
    assert repr(node.body).split("position=")[0] == repr(nabla.body).split("position=")[0]


@pytest.mark.parametrize(
    ("step", "status"),
    [
        (r"\frac{\partial}{\partial x} x^2 = 2x", PROVED),
        (r"\frac{\partial}{\partial x} x^2 = 3x", REFUTED),
        (r"\frac{\partial x^2}{\partial x} = 2x", PROVED),
        (r"\partial_x x^2 = 2 x", PROVED),
        (r"\partial_x x^2 = x", REFUTED),
        (r"\frac{\partial \log p(x)}{\partial x} = \frac{\nabla_x p(x)}{p(x)}", PROVED),
        (r"\frac{\partial}{\partial t} t^2 = 3t", REFUTED),
    ],
)
def test_steps_written_with_partial_derivatives(step, status):
    result = last(step)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    ("step", "reason"),
    [
        (r"\frac{\partial^2}{\partial x^2} x^3 = 6x", "higher order or in several variables"),
        (r"\frac{\partial^2 f}{\partial x \partial y} = 0", "higher order or in several variables"),
        (r"\frac{\partial f}{\partial x^2} = 0", "higher order or in several variables"),
        (r"\partial x^2 = 2x", r"read only as \partial_x f"),
        (r"\frac{\partial f}{\partial x}(x_0) = 0", "taken at it or multiply it"),
    ],
)
def test_a_derivative_not_read_is_undecided_with_its_reason(step, reason):
    result = last(step)
    assert result.status == UNDECIDED and reason in result.reason, result.reason


def test_the_answer_checker_reads_a_partial_derivative_too():
    (node,) = parse(r"\frac{\partial}{\partial x_t} \log p(x_t)").operands
    assert isinstance(node, Gradient) and node.variable.key == ("x", "", "t")
    with pytest.raises(InvalidAnswer, match="higher order"):
        parse(r"\partial_x^2 p(x)")


# -- a derivative in a letter that indexes what it differentiates: the kernel holds ᾱ_t apart from t


@pytest.mark.parametrize(
    "parts",
    [
        (r"\frac{\partial}{\partial t} \bar\alpha_t = 0",),
        (r"\frac{\partial \bar\alpha_t}{\partial t} = 0",),
        (r"\partial_t x_t = 0",),
        (r"\nabla_t \bar\alpha_t = 0",),
        (r"\nabla_\theta \epsilon_\theta(x_t, t) = 0",),
        (r"\nabla_\theta \mu_\theta = 0",),
        (r"\partial_t p_t(x) = 0",),
        (r"f = \bar\alpha_t^2", r"\frac{\partial f}{\partial t} = 0"),  # through a definition
    ],
)
def test_a_derivative_in_an_index_is_not_read(parts):
    """Each was proved: the derivative taken as if ᾱ_t (ε_θ, p_t) did not vary with t (θ)."""
    result = last(*parts)
    assert result.status == UNDECIDED and "indexed by" in result.reason, result.reason


@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        ((r"\frac{\partial L}{\partial \mu} = 0",), "where μ is not written"),  # a first-order condition
        ((r"\nabla_x f = 0",), "where x is not written"),
        ((r"\nabla_\theta \bar\alpha_t = 0",), "where θ is not written"),
        ((r"f = x^2", r"\frac{\partial f}{\partial x} = 2x"), "defines through x"),  # was refuted: f' taken as 0
        ((r"f = x^2", r"\nabla_x f = 2x"), "defines through x"),
    ],
)
def test_a_derivative_of_what_may_vary_unseen_is_not_read(parts, reason):
    """Each was proved or refuted as if the name did not vary with the variable."""
    result = last(*parts)
    assert result.status == UNDECIDED and reason in result.reason, result.reason


@pytest.mark.parametrize(
    ("parts", "status"),
    [
        ((r"f(x) = x^2", r"\frac{\partial f(x)}{\partial x} = 2x"), PROVED),
        ((r"f(x) = x^2", r"\frac{\partial f(x)}{\partial x} = 3x"), REFUTED),
        ((r"\frac{\partial}{\partial x} (a x^2) = 2 a x",), PROVED),  # a held fixed, as a partial derivative does
        ((r"\frac{\partial}{\partial x} 5 = 0",), PROVED),
    ],
)
def test_a_derivative_of_what_is_written_out_is_read(parts, status):
    result = last(*parts)
    assert result.status == status, result.reason


# -- MkDocs admonitions: the indented body is Markdown (Python-Markdown's admonition extension)

ADMONITION = """# ELBO

{marker} note "Jensen"
    Jensen's inequality for the concave log:

    $$
    {step}
    $$

    as $\\log$ is concave.
"""


@pytest.mark.parametrize("marker", ["!!!", "???", "???+"])
@pytest.mark.parametrize(
    ("step", "status"),
    [
        (r"\log \mathbb{E}_{q(z)}[p(x, z)] \geq \mathbb{E}_{q(z)}[\log p(x, z)]", PROVED),
        (r"\log \mathbb{E}_{q(z)}[p(x, z)] = \mathbb{E}_{q(z)}[\log p(x, z)] + 1", REFUTED),
    ],
)
def test_a_display_in_an_admonition_is_read(marker, step, status):
    result = last(markdown=ADMONITION.format(marker=marker, step=step))
    assert result.step.line == 7 and result.status == status, result.reason


def test_an_indented_display_without_an_admonition_is_code():
    text = ADMONITION.format(marker="Note", step=r"\log 2 = 1").replace('Note note "Jensen"', "Jensen.\n")
    assert not check_notes(read_notes(text, markdown=True), Limits(seconds=60)).results


# -- a density's parameters after ';': p(x; s) and p(x; t) are two densities (read as one, the first was proved)


@pytest.mark.parametrize("step", [r"p(x; s) = p(x; t)", r"p(x; \sigma) = p(x; \tau)"])
def test_a_densitys_parameters_are_kept_so_two_values_are_not_proved_one(step):
    assert last(step).status == UNDECIDED


@pytest.mark.parametrize(
    "step", [r"p(x; s) = p(x; s)", r"\int p(x; \theta)\, dx = 1", r"\mathbb{E}_{p(x;\theta)}[1] = 1"]
)
def test_a_density_with_its_parameters_is_still_read(step):
    assert last(step).status == PROVED
