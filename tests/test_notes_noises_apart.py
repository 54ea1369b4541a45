"""Declared noises taken apart from the other variables of a joint law: E_{P(x_0, eps)}[g] = E_{P(x_0)}[E_{N(eps; 0,
1)}[g]] (:class:`derivations.kernel.rules.NoisesApart`, Fubini), where a declared noise is standard normal and the user
states it independent of those variables (:class:`derivations.kernel.assumptions.Independence`): the variance of an
affine form of the data and the noise (Var(sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps) = abar_t Var(x_0) + (1 - abar_t)
Var(eps)).

NoisesApart was withdrawn in sessions 43, 45 and 59 because its condition was an absence (the note says nothing that
may tie the noise to x_0), which no reader can establish (red team 59a: 24 notes that tie them where no reader looks).
Since session 60 its condition is a statement: the note states the independence of exactly those names
(:mod:`diffproof.notecheck.statements.stated_independence`).  ``context ddpm`` declares its noises independent standard
normals, of each other; it does not state them independent of x_0 (the rt59a notes, which declare it, tie x_0 to eps),
so a note that states nothing is not proved: the steps only the withdrawn rule proved without a statement stay
undecided, and their variants with a stated independence are proved.  The dependence graph
(:func:`diffproof.notecheck.doubts.noises_apart_tied`) is the fail-safe: where the note's definitions, laws or words may
make the variable of the noise, the stated independence is contradicted and the step is held.  Red team up59
(tests/data/notes/redteam_laws/up59-*): chains of dependence in prose and maths, in the languages of the word tables,
and faithful guards.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations import Definition, Density, Expectation, Relation, Status, noises
from derivations.kernel.assumptions import Domain, Independence
from derivations.kernel.checking import check_uncited, reconcile
from derivations.symbols import Noise
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

X, Y, C = sp.symbols("X Y c", real=True)
ABAR = sp.Symbol("abar", positive=True)
E1, E2 = Noise("e1"), Noise("e2")
UNIT = Domain(ABAR, sp.Interval.open(0, 1))


def _e(expr: sp.Expr, *variables: sp.Symbol) -> Expectation:
    return Expectation(expr, Density("P", variables), variables)


def _var(expr: sp.Expr, *variables: sp.Symbol) -> sp.Expr:
    return _e(expr**2, *variables) - _e(expr, *variables) ** 2


_AFFINE = sp.sqrt(ABAR) * X + sp.sqrt(1 - ABAR) * E1


def _apart(*groups: sp.Symbol | tuple[sp.Symbol, ...]) -> Independence:
    """The groups stated mutually independent (a tuple a vector)."""
    return Independence(tuple(frozenset(g if isinstance(g, tuple) else (g,)) for g in groups))


#: (before, after, the context's declarations without the independence): true where it is stated.
KERNEL_TRUE = {
    "the variance of an affine form of a variable and a noise (zh 102)": (
        _var(_AFFINE, X, E1),
        ABAR * _var(X, X) + (1 - ABAR) * _var(E1, E1),
        (noises(E1), UNIT),
    ),
    "abar_t for its root (zh 108)": (
        _var(ABAR * X + sp.sqrt(1 - ABAR) * E1, X, E1),
        ABAR**2 * _var(X, X) + (1 - ABAR),
        (noises(E1), UNIT),
    ),
    "a cross moment factors": (_e(X * E1, X, E1), _e(X, X) * _e(E1, E1), (noises(E1),)),
    "two noises and a variable": (
        _e((X + E1 + E2) ** 2, X, E1, E2),
        _e(X**2, X) + 2,
        (noises(E1, E2),),
    ),
    "a function of the variable times the noise squared": (
        _e(sp.exp(X) * E1**2, X, E1),
        _e(sp.exp(X), X),
        (noises(E1),),
    ),
}

#: (the independence stated, one for each step of :data:`KERNEL_TRUE`): each makes the noises apart from the others.
STATED = {
    "the variance of an affine form of a variable and a noise (zh 102)": _apart(X, E1),
    "abar_t for its root (zh 108)": _apart(E1, X),
    "a cross moment factors": _apart(X, E1),
    "two noises and a variable": _apart(X, E1, E2),
    "a function of the variable times the noise squared": _apart(X, (E1, Y)),
}
#: (the independence stated, one for each step of :data:`KERNEL_TRUE`): each falls short of what the step takes.
STATED_SHORT = {
    "the variance of an affine form of a variable and a noise (zh 102)": _apart(Y, E1),
    "abar_t for its root (zh 108)": _apart(X, E2),
    "a cross moment factors": _apart((X, E1), Y),
    "two noises and a variable": _apart(X, E1),
    "a function of the variable times the noise squared": _apart(Y, E1),
}

#: (before, after, the context's declarations): never proved (each true only with what it lacks, or false).
KERNEL_NOT_PROVED = {
    "the cross term kept": (
        _var(_AFFINE, X, E1),
        ABAR * _var(X, X) + (1 - ABAR) + 2 * sp.sqrt(ABAR * (1 - ABAR)),
        (noises(E1), UNIT),
    ),
    "roots for squares": (
        _var(_AFFINE, X, E1),
        sp.sqrt(ABAR) * _var(X, X) + sp.sqrt(1 - ABAR),
        (noises(E1), UNIT),
    ),
    "the noise not declared": (_e(X * E1, X, E1), _e(X, X) * _e(E1, E1), ()),
    "the variable defined from the noise, the independence stated": (
        _e(X * E1, X, E1),
        _e(X, X) * _e(E1, E1),
        (noises(E1), _apart(X, E1), Definition(X, 2 * E1 + Y, "x")),
    ),
    "the variable defined from the noise through another name, the independence stated": (
        _e(X * E1, X, E1),
        _e(X, X) * _e(E1, E1),
        (noises(E1), _apart(X, E1), Definition(Y, E1, "y"), Definition(X, Y + 1, "x")),
    ),
    "a name held fixed inside made from the noise, the independence stated": (
        _e(X * C * E1, X, E1),
        _e(X, X) * C * _e(E1, E1),
        (noises(E1), _apart(X, E1), Definition(C, E1, "c")),
    ),
    "a name in two groups": (
        _e(X * E1, X, E1),
        _e(X, X) * _e(E1, E1),
        (noises(E1), Independence((frozenset({X}), frozenset({X, E1})))),
    ),
    "the noise pairwise independent of each of two variables": (
        _e(X * Y * E1, X, Y, E1),
        _e(X * Y, X, Y) * _e(E1, E1),
        (noises(E1), _apart(X, E1), _apart(Y, E1)),
    ),
}


@pytest.mark.parametrize("name", sorted(KERNEL_TRUE))
def test_declared_noises_stated_independent_factor_out_of_a_joint_law(name):
    before, after, assumptions = KERNEL_TRUE[name]
    verdict = check_uncited(Relation.EQ, before, after, reconcile((*assumptions, STATED[name])))
    assert verdict.status is Status.PROVED, verdict.reason
    assert verdict.rule == "noises stated independent of the other variables", verdict.rule


@pytest.mark.parametrize("name", sorted(KERNEL_TRUE))
def test_nothing_factors_without_a_stated_independence(name):
    before, after, assumptions = KERNEL_TRUE[name]
    verdict = check_uncited(Relation.EQ, before, after, reconcile(assumptions))
    assert verdict.status is not Status.PROVED, verdict.rule


@pytest.mark.parametrize("name", sorted(KERNEL_TRUE))
def test_nothing_factors_on_an_independence_short_of_the_step(name):
    before, after, assumptions = KERNEL_TRUE[name]
    verdict = check_uncited(Relation.EQ, before, after, reconcile((*assumptions, STATED_SHORT[name])))
    assert verdict.status is not Status.PROVED, verdict.rule


@pytest.mark.parametrize("name", sorted(KERNEL_NOT_PROVED))
def test_nothing_factors_without_its_conditions(name):
    before, after, assumptions = KERNEL_NOT_PROVED[name]
    verdict = check_uncited(Relation.EQ, before, after, reconcile(assumptions))
    assert verdict.status is not Status.PROVED, verdict.rule


def _display(maths: str) -> str:
    return f"$$\n{maths}\n$$\n\n"


_V = r"\sqrt{\bar\alpha_t}\, x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon"
_CROSS = r"E(x_0 \epsilon) = 0"

#: Faithful notes under the DDPM context that state no independence of x_0 and the noise: their last step is true in
#: DDPM, where eps is drawn apart from x_0, but neither the note nor the context states it: undecided (the withdrawn
#: rule proved them on an absence).
UNSTATED_NOTES = {
    "the variance of the forward marginal's affine form": _display(
        rf"\operatorname{{Var}}({_V}) = \bar\alpha_t \operatorname{{Var}}(x_0) + (1 - \bar\alpha_t) "
        r"\operatorname{Var}(\epsilon)"
    ),
    "zh's spelling, Var without an operator name": _display(
        rf"Var({_V}) = \bar{{\alpha}}_t Var(x_0) + (1-\bar{{\alpha}}_t)Var(\epsilon)"
    ),
    "a cross moment of the data and the noise": _display(_CROSS),
    "the second moment of data plus noise": _display(r"\mathbb{E}[(x_0 + \epsilon)^2] = \mathbb{E}[x_0^2] + 1"),
}
#: The independence each of :data:`UNSTATED_NOTES` is proved with, said as a note says it.
STATEMENTS = (
    r"Here $x_0$ and $\epsilon$ are independent.",
    r"We assume that $\epsilon$ is independent of $x_0$.",
    r"Here $\epsilon \perp x_0$.",
)

#: Wrong variants, and notes whose words may make x_0 of the noise: never proved.
WRONG_NOTES = {
    "the cross term kept": _display(
        rf"\operatorname{{Var}}({_V}) = \bar\alpha_t \operatorname{{Var}}(x_0) + (1 - \bar\alpha_t) "
        r"\operatorname{Var}(\epsilon) + 2\sqrt{\bar\alpha_t (1 - \bar\alpha_t)}"
    ),
    "roots for the squared coefficients": _display(
        rf"\operatorname{{Var}}({_V}) = \sqrt{{\bar\alpha_t}} \operatorname{{Var}}(x_0) + \sqrt{{1 - \bar\alpha_t}} "
        r"\operatorname{Var}(\epsilon)"
    ),
    "the noise's second moment dropped": _display(r"\mathbb{E}[(x_0 + \epsilon)^2] = \mathbb{E}[x_0^2]"),
    "x_0 a function of y, y of the noise": "Here $x_0$ is a function of $y$.\n\nAnd $y$ is a function of "
    "$\\epsilon$.\n\n" + _display(_CROSS),
    "x_0 a function of x_1, x_1 of the noise": "Here $x_0$ is a function of $x_1$.\n\nAnd $x_1$ is a function "
    "of $\\epsilon$.\n\n" + _display(_CROSS),
    "x_0 depends on y, y on the noise": "Here $x_0$ depends on $y$.\n\nAnd $y$ depends on $\\epsilon$.\n\n"
    + _display(_CROSS),
    "x_0 made from y, y from the noise": "Here $x_0$ is made from $y$.\n\nAnd $y$ is made from $\\epsilon$.\n\n"
    + _display(_CROSS),
    "x_0 drawn around c, c drawn around the noise": "Here $x_0 \\sim \\mathcal{N}(c, 1)$.\n\nAnd $c \\sim "
    "\\mathcal{N}(\\epsilon, 1)$.\n\n" + _display(_CROSS),
    "x_0 equals a, a equals b, b equals the noise": "Here $x_0$ equals $a$, $a$ equals $b$ and $b$ equals "
    "$\\epsilon$.\n\n" + _display(_CROSS),
    "x_0 equals x_1, x_1 equals the noise": "Here $x_0$ equals $x_1$.\n\nAnd $x_1$ equals $\\epsilon$.\n\n"
    + _display(_CROSS),
    "the variance, x_0 a function of y, y of the noise": "Here $x_0$ is a function of $y$.\n\nAnd $y$ is a "
    "function of $\\epsilon$.\n\n"
    + _display(
        rf"\operatorname{{Var}}({_V}) = \bar\alpha_t \operatorname{{Var}}(x_0) + (1 - \bar\alpha_t) "
        r"\operatorname{Var}(\epsilon)"
    ),
}


@pytest.mark.parametrize("statement", STATEMENTS)
@pytest.mark.parametrize("name", sorted(UNSTATED_NOTES))
def test_a_noise_stated_apart_from_the_data_is_factored_out(name, statement):
    result = red_team.last(red_team.DDPM + statement + "\n\n" + UNSTATED_NOTES[name])
    assert result.status == PROVED and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(UNSTATED_NOTES))
def test_without_a_stated_independence_nothing_is_factored_out(name):
    result = red_team.last(red_team.DDPM + UNSTATED_NOTES[name])
    assert result.status == UNDECIDED and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(WRONG_NOTES))
def test_wrong_variants_and_tied_names_are_never_proved(name):
    result = red_team.last(red_team.DDPM + WRONG_NOTES[name])
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(WRONG_NOTES))
def test_a_stated_independence_the_note_contradicts_proves_nothing(name):
    result = red_team.last(red_team.DDPM + STATEMENTS[0] + "\n\n" + WRONG_NOTES[name])
    assert result.status != PROVED and not result.internal, result.reason


#: Notes whose step E(x_0 eps) = 1 is true where the words make x_0 the noise: never refuted (by an independence the
#: note's words deny).
NOT_REFUTED = {
    "x_0 a function of y, y of the noise": "Here $x_0$ is a function of $y$.\n\nAnd $y$ is a function of "
    "$\\epsilon$.\n\n",
    "x_0 a function of x_1, x_1 of the noise": "Here $x_0$ is a function of $x_1$.\n\nAnd $x_1$ is a function "
    "of $\\epsilon$.\n\n",
}


@pytest.mark.parametrize("name", sorted(NOT_REFUTED))
def test_a_value_the_words_may_make_true_is_not_refuted(name):
    result = red_team.last(red_team.DDPM + NOT_REFUTED[name] + _display(r"E(x_0 \epsilon) = 1"))
    assert result.status != REFUTED and not result.internal, result.reason


def test_without_the_context_the_noise_is_not_declared():
    result = red_team.last(_display(r"\operatorname{Var}(x_0 + \epsilon) = \operatorname{Var}(x_0) + 1"))
    assert result.status != PROVED, result.reason


#: Red team up59: each note's first comment gives its hand check; the step at issue is its last.
FINDINGS = red_team.named("up59-[0-9]*")
GUARDS = red_team.named("up59-guard-*")


def test_the_red_team_is_complete():
    assert len(FINDINGS) == 22 and len(GUARDS) == 7, (FINDINGS, GUARDS)


@pytest.mark.parametrize("name", FINDINGS)
def test_chains_of_dependence_are_never_proved(name):
    result = red_team.judged_last(name)
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("name", GUARDS)
def test_faithful_guards_are_never_refuted(name):
    result = red_team.judged_last(name)
    assert result.status != REFUTED and not result.internal, result.reason


#: The faithful guards that state the independence (up59-guard-03: "$\\epsilon$ is independent of $x_0$"): proved.
#: The others state none (the context's eps is not stated independent of x_0): undecided, whatever their names say.
GUARDS_STATED = ("up59-guard-03-noise-independent-of-x0-proved",)


@pytest.mark.parametrize("name", GUARDS)
def test_faithful_guards_are_proved_where_the_independence_is_stated(name):
    result = red_team.judged_last(name)
    assert result.status == (PROVED if name in GUARDS_STATED else UNDECIDED), result.reason
