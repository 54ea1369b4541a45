"""Declared noises taken apart from the other variables of a joint law (:class:`derivations.kernel.rules.NoisesApart`):
E_{P(x_0, eps)}[g] = E_{P(x_0)}[E_{N(eps; 0, 1)}[g]], since a declared noise is standard normal and independent of
every other variable (Fubini).  It proves the variance of an affine form of the data and the noise
(Var(sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps) = abar_t Var(x_0) + (1 - abar_t) Var(eps)) where the note says nothing
that may tie them.

The rule was withdrawn twice (sessions 43 and 45), and not merged in session 58, because the note reader declared
the noise independent of x_0 where the note's words tie them through a third name ("$x_0$ is a function of $x_1$",
"$x_1$ is a function of $\\epsilon$").  Its conditions now: in the kernel, no variable taken apart from the noise is
made from it by the context's definitions, and no name held fixed inside is; in the note checker
(:func:`diffproof.notecheck.doubts.noises_apart_tied`), the noise and the variable share no source in the note's
:class:`~diffproof.notecheck.dependence_graph.DependenceGraph`, where a tie whose direction is not read counts both
ways.  zh's lines 102 and 108 are not proved so: its words tie x_0 and eps to x_t without a direction read (a
faithful loss, kept so).  Red team up59 (tests/data/notes/redteam_laws/up59-*): chains of dependence in prose and
maths, in the languages of the word tables, and faithful guards.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations import Definition, Density, Expectation, Relation, Status, noises
from derivations.kernel.assumptions import Domain
from derivations.kernel.checking import check_uncited, reconcile
from derivations.symbols import Noise
from diffproof.notecheck import PROVED, REFUTED

X, Y, C = sp.symbols("X Y c", real=True)
ABAR = sp.Symbol("abar", positive=True)
E1, E2 = Noise("e1"), Noise("e2")
UNIT = Domain(ABAR, sp.Interval.open(0, 1))


def _e(expr: sp.Expr, *variables: sp.Symbol) -> Expectation:
    return Expectation(expr, Density("P", variables), variables)


def _var(expr: sp.Expr, *variables: sp.Symbol) -> sp.Expr:
    return _e(expr**2, *variables) - _e(expr, *variables) ** 2


_AFFINE = sp.sqrt(ABAR) * X + sp.sqrt(1 - ABAR) * E1

#: (before, after, the context's declarations): proved.
KERNEL_PROVED = {
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
    "the variable defined from the noise": (
        _e(X * E1, X, E1),
        _e(X, X) * _e(E1, E1),
        (noises(E1), Definition(X, 2 * E1 + Y, "x")),
    ),
    "the variable defined from the noise through another name": (
        _e(X * E1, X, E1),
        _e(X, X) * _e(E1, E1),
        (noises(E1), Definition(Y, E1, "y"), Definition(X, Y + 1, "x")),
    ),
    "a name held fixed inside made from the noise": (
        _e(X * C * E1, X, E1),
        _e(X, X) * C * _e(E1, E1),
        (noises(E1), Definition(C, E1, "c")),
    ),
}


@pytest.mark.parametrize("name", sorted(KERNEL_PROVED))
def test_declared_noises_factor_out_of_a_joint_law(name):
    before, after, assumptions = KERNEL_PROVED[name]
    verdict = check_uncited(Relation.EQ, before, after, reconcile(assumptions))
    assert verdict.status is Status.PROVED, verdict.reason
    assert verdict.rule == "declared noises independent of the other variables", verdict.rule


@pytest.mark.parametrize("name", sorted(KERNEL_NOT_PROVED))
def test_nothing_factors_without_its_conditions(name):
    before, after, assumptions = KERNEL_NOT_PROVED[name]
    verdict = check_uncited(Relation.EQ, before, after, reconcile(assumptions))
    assert verdict.status is not Status.PROVED, verdict.rule


def _display(maths: str) -> str:
    return f"$$\n{maths}\n$$\n\n"


_V = r"\sqrt{\bar\alpha_t}\, x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon"
_CROSS = r"E(x_0 \epsilon) = 0"

#: Faithful notes under the DDPM context: their last step is proved.
PROVED_NOTES = {
    "the variance of the forward marginal's affine form": _display(
        rf"\operatorname{{Var}}({_V}) = \bar\alpha_t \operatorname{{Var}}(x_0) + (1 - \bar\alpha_t) "
        r"\operatorname{Var}(\epsilon)"
    ),
    "zh's spelling, Var without an operator name": _display(
        rf"Var({_V}) = \bar{{\alpha}}_t Var(x_0) + (1-\bar{{\alpha}}_t)Var(\epsilon)"
    ),
    "a cross moment of the data and the noise": _display(_CROSS),
    "the second moment of data plus noise": _display(r"\mathbb{E}[(x_0 + \epsilon)^2] = \mathbb{E}[x_0^2] + 1"),
    "independence also said in words": r"Here $x_0$ and $\epsilon$ are independent." + "\n\n" + _display(_CROSS),
}

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


@pytest.mark.parametrize("name", sorted(PROVED_NOTES))
def test_a_noise_apart_from_the_data_is_factored_out(name):
    result = red_team.last(red_team.DDPM + PROVED_NOTES[name])
    assert result.status == PROVED and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(WRONG_NOTES))
def test_wrong_variants_and_tied_names_are_never_proved(name):
    result = red_team.last(red_team.DDPM + WRONG_NOTES[name])
    assert result.status != PROVED and not result.internal, result.reason


#: Notes whose step E(x_0 eps) = 1 is true where the words make x_0 the noise: never refuted.  The rule offers no
#: rewrite to refute with, since the independence it uses may be what the note's words deny.
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
#: Guards whose step is proved.
GUARDS_PROVED = frozenset(
    {
        "up59-guard-03-noise-independent-of-x0-proved",
        "up59-guard-04-x1-built-from-x0-and-noise-proved",
        "up59-guard-05-variance-alone-proved",
        "up59-guard-07-xt-displayed-from-x0-and-noise-proved",
    }
)
#: Faithful guards held (sound, a lost proof), with the cause.
_COMMON_DESCENDANT = (
    "the tie reader gives '{}' no direction, so the dependence graph reads the ties of x_0 and eps to {} both ways "
    "and composes them: a common descendant taken for a common source"
)
GUARDS_HELD = {
    "up59-guard-01-xt-function-of-x0-and-noise-held": _COMMON_DESCENDANT.format("is a function of", "x_t"),
    "up59-guard-02-xt-depends-on-x0-and-noise-variance-held": _COMMON_DESCENDANT.format("depends on", "x_t"),
    "up59-guard-06-x0-and-noise-both-determine-x1-held": _COMMON_DESCENDANT.format("determine", "x_1"),
}


def test_the_red_team_is_complete():
    assert len(FINDINGS) == 22 and set(GUARDS) == GUARDS_PROVED | set(GUARDS_HELD), (FINDINGS, GUARDS)


@pytest.mark.parametrize("name", FINDINGS)
def test_chains_of_dependence_are_never_proved(name):
    result = red_team.judged_last(name)
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("name", GUARDS)
def test_faithful_guards_are_never_refuted(name):
    result = red_team.judged_last(name)
    assert result.status != REFUTED and not result.internal, result.reason


@pytest.mark.parametrize("name", [red_team.case(n, GUARDS_PROVED, GUARDS_HELD) for n in GUARDS])
def test_faithful_guards_are_proved(name):
    result = red_team.judged_last(name)
    assert result.status == PROVED, result.reason
