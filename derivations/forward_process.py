"""The forward (noising) process of a variational diffusion model (Luo 2022, eqs. 31, 61-70)."""

from __future__ import annotations

import sympy as sp

from derivations.kernel import rules, sums
from derivations.model import (
    Definition,
    Derivation,
    Domain,
    Equation,
    Identity,
    Instance,
    Relation,
    Step,
    domains,
    noises,
)
from derivations.probability import Density, Normal
from derivations.symbols import (
    ALPHA,
    UNIT,
    X,
    a,
    abar_1,
    abar_t,
    abar_tm1,
    alpha_1,
    alpha_t,
    b,
    eps,
    eps_1,
    eps_2,
    eps_star_tm1,
    eps_star_tm2,
    s_index,
    t_index,
    u,
    x_0,
    x_1,
    x_t,
    x_tm1,
    y,
)

EQ, EQ_LAW = Relation.EQ, Relation.EQ_LAW

#: The noises are independent standard normals, independent of x_0 and of each other.
INDEPENDENT_NOISE = noises(eps, eps_star_tm1, eps_star_tm2)
ABAR = Equation(abar_t, alpha_t * abar_tm1)

TRANSITION = Definition(x_t, sp.sqrt(alpha_t) * x_tm1 + sp.sqrt(1 - alpha_t) * eps_star_tm1, "forward transition")


def forward_marginal_rhs(abar: sp.Expr, noise: sp.Symbol = eps) -> sp.Expr:
    """sqrt(abar) x_0 + sqrt(1 - abar) eps."""
    return sp.sqrt(abar) * x_0 + sp.sqrt(1 - abar) * noise


# ------------------------------------------------------------- transition

_transition_density = Density("q", (x_t,), (x_tm1,))

forward_transition = Identity(
    name="forward-transition",
    title="One forward step is a linear Gaussian, variance preserving",
    section="variational diffusion model",
    assumptions=(*domains(alpha_t), TRANSITION, noises(eps, eps_1, eps_2, eps_star_tm1)),
    derivations=(
        Derivation(
            _transition_density,
            EQ,
            Normal(x_t, sp.sqrt(alpha_t) * x_tm1, 1 - alpha_t),
            (
                Step(
                    EQ,
                    Normal((x_t - sp.sqrt(alpha_t) * x_tm1) / sp.sqrt(1 - alpha_t), 0, 1) / sp.sqrt(1 - alpha_t),
                    rules.change_of_variables(_transition_density, TRANSITION, eps_star_tm1),
                ),
                Step(EQ, Normal(x_t, sp.sqrt(alpha_t) * x_tm1, 1 - alpha_t), rules.ALGEBRA),
            ),
        ),
        Derivation(
            sp.sqrt(alpha_t) * eps_1 + sp.sqrt(1 - alpha_t) * eps_2,
            EQ_LAW,
            eps,
            (Step(EQ_LAW, eps, rules.GAUSSIAN_SUM),),
            label="variance preserving: x_{t-1} ~ N(0, I) gives x_t ~ N(0, I)",
        ),
    ),
    instances=(Instance("the claim in closed form", ()),),
    source="Luo (2022), eq. 31",
)

# ------------------------------------------------------------- gaussian sum

_convolution = sp.Integral(Normal(u, 0, a**2) * Normal(y - u, 0, b**2), (u, -sp.oo, sp.oo))
_merged = Normal(y, 0, a**2 + b**2)
_posterior_u = Normal(u, a**2 * y / (a**2 + b**2), a**2 * b**2 / (a**2 + b**2))

gaussian_sum = Identity(
    name="gaussian-sum",
    title="The sum of independent Gaussians is Gaussian with the summed variance",
    section="variational diffusion model",
    assumptions=(*domains(a, b), noises(eps, eps_1, eps_2)),
    derivations=(
        Derivation(
            _convolution,
            EQ,
            _merged,
            (
                Step(EQ, sp.Integral(_merged * _posterior_u, (u, -sp.oo, sp.oo)), rules.COMPLETE_SQUARE),
                Step(EQ, _merged * sp.Integral(_posterior_u, (u, -sp.oo, sp.oo)), rules.LINEARITY),
                Step(EQ, _merged, rules.NORMALIZATION),
            ),
            label="density of a eps_1 + b eps_2 by convolution",
        ),
        Derivation(
            a * eps_1 + b * eps_2,
            EQ_LAW,
            sp.sqrt(a**2 + b**2) * eps,
            (Step(EQ_LAW, sp.sqrt(a**2 + b**2) * eps, rules.GAUSSIAN_SUM),),
            label="in law",
        ),
    ),
    instances=(Instance("the claim in closed form", ()),),
    source="Luo (2022), eqs. 63-64",
)

# ---------------------------------------------------------- forward marginal

FIRST_STEP = Definition(x_1, sp.sqrt(alpha_1) * x_0 + sp.sqrt(1 - alpha_1) * eps, "forward transition at t = 1")
HYPOTHESIS = Definition(x_tm1, forward_marginal_rhs(abar_tm1, eps_star_tm2), "induction hypothesis", EQ_LAW)

_alphas = sp.symbols("alpha_1:4", positive=True)
_noises = sp.symbols("e_1:4", cls=type(eps))
_chain = x_0
for _alpha, _noise in zip(_alphas, _noises):
    _chain = sp.sqrt(_alpha) * _chain + sp.sqrt(1 - _alpha) * _noise

# For any t: abar_t is the product alpha_1 ... alpha_t, and the claim is proved by induction on t.
t, s = t_index, s_index


def cumulative(last: sp.Expr) -> sp.Product:
    """abar_last = prod_{s=1}^{last} alpha_s."""
    return sp.Product(ALPHA[s], (s, 1, last))


ANY_STEP = Domain(t, sp.Range(2, sp.oo))
ALPHAS = Domain(ALPHA[s], UNIT)
FIRST_STEP_ANY = Definition(X[1], sp.sqrt(ALPHA[1]) * X[0] + sp.sqrt(1 - ALPHA[1]) * eps, "forward transition at 1")
TRANSITION_ANY = Definition(
    X[t], sp.sqrt(ALPHA[t]) * X[t - 1] + sp.sqrt(1 - ALPHA[t]) * eps_star_tm1, "forward transition at t"
)
HYPOTHESIS_ANY = Definition(
    X[t - 1],
    sp.sqrt(cumulative(t - 1)) * X[0] + sp.sqrt(1 - cumulative(t - 1)) * eps_star_tm2,
    "induction hypothesis at t - 1",
    EQ_LAW,
)


def marginal_any(last: sp.Expr, noise: sp.Symbol = eps) -> sp.Expr:
    """sqrt(prod_{s=1}^{last} alpha_s) x_0 + sqrt(1 - prod_{s=1}^{last} alpha_s) eps."""
    return sp.sqrt(cumulative(last)) * X[0] + sp.sqrt(1 - cumulative(last)) * noise


_previous = cumulative(t - 1)
_merged = sp.sqrt(ALPHA[t]) * sp.sqrt(_previous) * X[0] + sp.sqrt(ALPHA[t] * (1 - _previous) + 1 - ALPHA[t]) * eps

forward_marginal = Identity(
    name="forward-marginal",
    title="The forward marginal q(x_t | x_0) in closed form",
    section="variational diffusion model",
    assumptions=(
        *domains(alpha_1, alpha_t, abar_t, abar_tm1),
        ABAR,
        Equation(abar_1, alpha_1),
        FIRST_STEP,
        TRANSITION,
        HYPOTHESIS,
        INDEPENDENT_NOISE,
        noises(*_noises),
        ANY_STEP,
        ALPHAS,
        FIRST_STEP_ANY,
        TRANSITION_ANY,
        HYPOTHESIS_ANY,
    ),
    derivations=(
        Derivation(
            x_1,
            EQ,
            forward_marginal_rhs(abar_1),
            (
                Step(EQ, FIRST_STEP.rhs, rules.by(FIRST_STEP)),
                Step(EQ, forward_marginal_rhs(abar_1), rules.Algebra("abar_1 = alpha_1")),
            ),
            label="base case t = 1",
        ),
        Derivation(
            x_t,
            EQ_LAW,
            forward_marginal_rhs(abar_t),
            (
                Step(EQ, TRANSITION.rhs, rules.by(TRANSITION)),
                Step(EQ_LAW, TRANSITION.rhs.subs(x_tm1, HYPOTHESIS.rhs), rules.by(HYPOTHESIS)),
                Step(
                    EQ,
                    sp.sqrt(alpha_t * abar_tm1) * x_0
                    + sp.sqrt(alpha_t - alpha_t * abar_tm1) * eps_star_tm2
                    + sp.sqrt(1 - alpha_t) * eps_star_tm1,
                    rules.ALGEBRA,
                ),
                Step(
                    EQ_LAW,
                    sp.sqrt(alpha_t * abar_tm1) * x_0 + sp.sqrt(alpha_t - alpha_t * abar_tm1 + 1 - alpha_t) * eps,
                    rules.GAUSSIAN_SUM,
                ),
                Step(EQ, sp.sqrt(alpha_t * abar_tm1) * x_0 + sp.sqrt(1 - alpha_t * abar_tm1) * eps, rules.ALGEBRA),
                Step(EQ, forward_marginal_rhs(abar_t), rules.Algebra("abar_t = alpha_t abar_{t-1}")),
            ),
            label="induction step",
        ),
        Derivation(
            X[1],
            EQ,
            marginal_any(1),
            (
                Step(EQ, FIRST_STEP_ANY.rhs, rules.by(FIRST_STEP_ANY)),
                Step(EQ, marginal_any(1), sums.SPLIT_TERM),
            ),
            label="base case t = 1, abar_t = alpha_1 ... alpha_t",
        ),
        Derivation(
            X[t],
            EQ_LAW,
            marginal_any(t),
            (
                Step(EQ, TRANSITION_ANY.rhs, rules.by(TRANSITION_ANY)),
                Step(EQ_LAW, TRANSITION_ANY.rhs.subs(X[t - 1], HYPOTHESIS_ANY.rhs), rules.by(HYPOTHESIS_ANY)),
                Step(EQ_LAW, _merged, rules.GAUSSIAN_SUM),
                Step(EQ, marginal_any(t).xreplace({cumulative(t): ALPHA[t] * _previous}), rules.ALGEBRA),
                Step(EQ, marginal_any(t), sums.SPLIT_TERM),
            ),
            label="induction step for any t >= 2, abar_t = alpha_1 ... alpha_t",
        ),
    ),
    instances=(
        Instance(
            "the chain unrolled for t = 3 with alpha_1, alpha_2, alpha_3",
            ((x_t, _chain), (abar_t, _alphas[0] * _alphas[1] * _alphas[2])),
            domains(*_alphas),
            claims=("induction step",),
        ),
    ),
    source="Luo (2022), eqs. 61-70",
)

IDENTITIES = (forward_transition, gaussian_sum, forward_marginal)
