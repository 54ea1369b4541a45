"""The lead's fixes of this session (twenty-sixth on issue 11).

- A conventional name defined by a body the kernel does not translate, whose convention the body may leave
  (``\\sigma = -2^{y}``: negative at every y), is as free as any other name so defined: its value is not read, so a
  logarithm of it is held (fx64e exempted every conventional name, keeping sigma > 0 against its own definition).
- A definition's body is tried through its sums and products between whole-number limits, term by term
  (:func:`~diffproof.notecheck.numbers.may_leave`): ``\\beta_t = -\\prod_{s=1}^t \\alpha_s`` is negative at every
  point of alpha's convention, so beta_t's convention gives way; a body of no value at any point tried (a sum
  without limits) may leave it too.  DDPM's ``\\bar\\alpha_t = \\prod_{s=1}^t \\alpha_s`` stays in (0, 1).
- A value that is not real at a point tried (``-\\sqrt{y} - 1`` at y < 0) has no sign there, so a body negative
  wherever it is real fails a logarithm's requirement at every point tried (``_fails_everywhere`` gave up at the
  first value not comparable).
- "Unless otherwise stated" (noted, specified, ...) is a default in force only where its clause ends there: "Unless
  otherwise indicated by $z \\le 0$, let $a := 3$" sets a only under a condition (rt64d 13; 05, "Unless otherwise $z$
  is not positive", was held by the same rule at its merge).
- A definition followed by "except (when ...)", "save when/for" or "barring" holds in a case only (rt64d 15).
- "X-free" (error-free, bug-free) is a word of being right, so "(1) is not error-free" withdraws (1) (rt64d 01, 02).
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck import PROVED
from diffproof.notecheck.numbers import may_leave, value
from diffproof.notecheck.vocabulary import nodes


def _node(text: str) -> syntax.Node:
    return syntax.parse(text, notes=True).operands[0]


def _note(definition: str, step: str) -> str:
    return f"Let ${definition}$.\n\n$$\n{step}\n$$\n"


def _assert_kept(result, kept: bool) -> None:
    """A definition kept proves its step; one withdrawn or set in a case only leaves it held or refuted."""
    if kept:
        assert result.status == PROVED, result.reason
    else:
        red_team.assert_held_or_refuted(result)


@pytest.mark.parametrize(
    ("definition", "step"),
    [
        ("\\sigma = -2^{y}", "\\log\\sigma - \\log\\sigma = 0"),  # -2^y < 0 at every y
        ("\\sigma = -3^{y} - 1", "\\sqrt{\\sigma} \\sqrt{\\sigma} = \\sigma"),
        ("\\beta_t = -\\prod_{s=1}^t \\alpha_s", "\\log\\beta_t - \\log\\beta_t = 0"),  # -abar_t < 0
        ("\\sigma_t = -\\sum_{s=1}^{t} \\beta_s", "\\log\\sigma_t - \\log\\sigma_t = 0"),
        ("\\bar\\alpha_t = -\\prod_{i=1}^{T} \\alpha_i", "\\log\\bar\\alpha_t - \\log\\bar\\alpha_t = 0"),
        ("\\sigma = -\\sqrt{y} - 2", "\\log\\sigma - \\log\\sigma = 0"),  # no sign where not real (y < 0)
        ("x = -\\sqrt{y + 1} - 1", "\\sqrt{x} \\sqrt{x} = x"),
    ],
)
def test_a_convention_left_by_its_definition_proves_no_log_of_it(definition, step):
    red_team.assert_held_or_refuted(red_team.last(_note(definition, step)))


@pytest.mark.parametrize(
    ("definition", "step"),
    [
        ("\\bar\\alpha_t = \\prod_{s=1}^t \\alpha_s", "\\log\\bar\\alpha_t - \\log\\bar\\alpha_t = 0"),
        ("\\bar\\alpha_t = \\prod_{i=1}^{T} \\alpha_i", "\\sqrt{\\bar\\alpha_t^2} = \\bar\\alpha_t"),
        ("\\sigma = \\sum_{i=1}^{3} \\beta_i", "\\log\\sigma - \\log\\sigma = 0"),  # in (0, 3)
        ("\\sigma = 2^{y}", "\\log\\sigma - \\log\\sigma = 0"),
        ("x = \\sqrt{y} - 1", "\\log x - \\log x = 0"),  # positive at y > 1: presumed there, as a free name is
    ],
)
def test_a_definition_inside_its_convention_keeps_the_proof(definition, step):
    assert red_team.last(_note(definition, step)).status == PROVED


def test_a_product_between_limits_is_tried_term_by_term():
    alpha = {("alpha", ""): sp.Rational(1, 2), ("t", ""): sp.Integer(3)}
    assert value(_node("\\prod_{s=1}^t \\alpha_s"), alpha, elementary=True) == sp.Rational(1, 8)
    assert value(_node("\\sum_{s=1}^{t} s"), alpha, elementary=True) == 6  # the index takes each whole number
    assert value(_node("\\sum_{s=1}^{t} s"), alpha) is None  # only where asked (a definition's body tried)
    assert value(_node("\\sum_s \\alpha_s"), alpha, elementary=True) is None  # no limits: no value


@pytest.mark.parametrize(
    ("name", "body", "leaves"),
    [
        ("\\bar\\alpha_t", "\\prod_{s=1}^t \\alpha_s", False),
        ("\\bar\\alpha_t", "1 - \\prod_{s=1}^t \\alpha_s", False),  # 1 - abar_t is in (0, 1) too
        ("\\beta_t", "-\\prod_{s=1}^t \\alpha_s", True),
        ("\\bar\\alpha_t", "\\sum_{s=1}^t \\alpha_s", True),  # above 1 at alpha = 0.99, t = 2
        ("\\sigma", "-\\sum_i y_i^2", True),  # no value at any point tried: not known to stay
    ],
)
def test_a_body_may_leave_its_names_convention(name, body, leaves):
    node = _node(body)
    assert may_leave(_node(name), node, [n for n in nodes(node) if isinstance(n, syntax.Name)]) is leaves


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Unless otherwise stated, let $a := 3$.", True),  # a default in force
        ("Unless otherwise noted, we let $a := 3$ and $b := 2$.", True),
        ("Unless otherwise specified by $z > 0$, we let $a := 3$.", False),  # a condition
        ("Unless otherwise given in $(2)$, let $a := 3$.", False),
        ("Let $a := 3$ save when $z < 0$.", False),
        ("Let $a := 3$, barring $z < 0$.", False),
        ("Let $a := 3$ except for $z = 1$.", False),
        ("Let $a := 3$ in what follows.", True),
    ],
)
def test_a_definition_said_under_a_condition_holds_in_a_case_only(sentence, kept):
    _assert_kept(red_team.last(f"{sentence}\n\n$$\n\\frac{{6}}{{a-1}} = 3\n$$\n"), kept)


_DISPLAYED = "Let\n\n$$\na := 3 \\tag{1}\n$$\n\n{said}\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Equation (1) is not mistake-free.", False),
        ("Equation (1) is no longer flaw-free.", False),
        ("Equation (1) is error-free.", True),
        ("Nobody doubts that (1) is error-free.", True),
    ],
)
def test_error_free_is_a_word_of_being_right(said, kept):
    """'X-free' says a display right, so a negation of it (by parity) says it faulty and withdraws it (rt64d 01, 02)."""
    _assert_kept(red_team.last(_DISPLAYED.replace("{said}", said)), kept)
