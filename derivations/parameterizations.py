"""Predicting x_0, the noise or v: three forms of the denoising matching term (Luo 2022, eqs. 99-133).

With both variances sigma_q^2(t), KL(q(x_{t-1} | x_t, x_0) || p_theta(x_{t-1} | x_t)) is the
squared distance of the means over 2 sigma_q^2 (``denoising-kl-mse``).  Writing mu_q in
terms of x_0, of the noise eps, or of the score and letting the network predict that
quantity turns the KL into a weighted squared error; v = sqrt(abar_t) eps - sqrt(1 - abar_t) x_0
is the prediction target used in practice (Salimans & Ho 2022).
"""

from __future__ import annotations

import sympy as sp

from derivations.diffusion import (
    EPS_FROM_V,
    EPS_WEIGHT,
    POSTERIOR_MEAN,
    POSTERIOR_MEAN_EPS,
    POSTERIOR_VARIANCE,
    SCORE,
    SCORE_FROM_EPS,
    TWEEDIE_X0,
    V_FROM_X0_EPS,
    X0_FROM_EPS,
    X0_FROM_V,
    X0_WEIGHT,
)
from derivations.kernel import rules
from derivations.kernel.rules import Rule
from derivations.model import Definition, Derivation, Equation, Identity, Instance, Relation, Step, domains, noises
from derivations.probability import KL, Normal
from derivations.symbols import abar_t, abar_tm1, alpha_t, eps, eps_theta, v_t, x_0, x_t, x_tm1, xhat_theta

EQ = Relation.EQ

ABAR = Equation(abar_t, alpha_t * abar_tm1)
FORWARD = Definition(x_t, sp.sqrt(abar_t) * x_0 + sp.sqrt(1 - abar_t) * eps, "forward-marginal, reparameterized")
V_TARGET = Definition(v_t, V_FROM_X0_EPS, "definition of v")
#: eps ~ N(0, I) is the noise that produced x_t from x_0.
NOISE = noises(eps)
SCHEDULE = (*domains(alpha_t, abar_tm1), ABAR)


#: gaussian-kl with equal variances (the claim of denoising-kl-mse), for any Gaussians of one variable.
KL_EQUAL_VARIANCE = rules.GaussianKL("KL of Gaussians with equal variances (denoising-kl-mse)")


def denoising_kl(mean: sp.Expr, model_mean: sp.Expr) -> KL:
    """KL(N(x_{t-1}; mean, sigma_q^2) || N(x_{t-1}; model_mean, sigma_q^2))."""
    return KL(Normal(x_tm1, mean, POSTERIOR_VARIANCE), Normal(x_tm1, model_mean, POSTERIOR_VARIANCE), (x_tm1,))


def matching_derivation(mean: sp.Expr, target: sp.Expr, prediction: sp.Expr, weight: sp.Expr) -> Derivation:
    """KL(q || p_theta) = weight ||prediction - target||^2 when p_theta's mean is ``mean`` with target -> prediction.

    ``mean`` is affine in ``target``; its slope, squared over 2 sigma_q^2, is the weight.
    """
    model_mean = mean.xreplace({target: prediction})
    slope = sp.expand(mean).coeff(target)
    error = (prediction - target) ** 2
    return Derivation(
        denoising_kl(mean, model_mean),
        EQ,
        weight * error,
        (
            Step(EQ, (model_mean - mean) ** 2 / (2 * POSTERIOR_VARIANCE), KL_EQUAL_VARIANCE),
            Step(EQ, slope**2 * error / (2 * POSTERIOR_VARIANCE), rules.Algebra("substitute and factor")),
            Step(EQ, weight * error, rules.ALGEBRA),
        ),
        label=f"the KL as a weighted squared error in {prediction}",
    )


def schedule_points(*definitions: Definition) -> tuple[Instance, ...]:
    """Two steps of DDPM's linear schedule, rounded to rationals: early (abar near 1) and late.

    Each KL becomes a Gaussian integral in closed form; ``definitions`` (x_t from x_0 and
    eps, v) are substituted at the same values, for the claims that rely on them.
    """
    instances = []
    for label, alpha, abar_previous in (
        ("an early step", sp.Rational(9999, 10000), sp.Rational(99, 100)),
        ("a late step", sp.Rational(49, 50), sp.Rational(1, 20)),
    ):
        schedule = {alpha_t: alpha, abar_tm1: abar_previous, abar_t: alpha * abar_previous}
        defined = tuple((d.lhs, d.rhs.xreplace(schedule)) for d in definitions)
        instances.append(
            Instance(f"{label}: alpha_t = {alpha}, abar_(t-1) = {abar_previous}", (*schedule.items(), *defined))
        )
    return tuple(instances)


x0_parameterization = Identity(
    name="x0-parameterization",
    title="Predicting x_0: the denoising KL as a weighted squared error",
    section="variational diffusion model",
    assumptions=SCHEDULE,
    derivations=(matching_derivation(POSTERIOR_MEAN, x_0, xhat_theta, X0_WEIGHT),),
    instances=schedule_points(),
    source="Luo (2022), eqs. 99-108",
)

# ------------------------------------------------------------------ noise


def recovery_derivation(
    formula: sp.Expr, target: sp.Symbol, definitions: tuple[Definition, ...], label: str
) -> Derivation:
    """``formula`` = ``target`` once each definition (x_t from x_0 and eps, v) is substituted."""
    steps = []
    expr = formula
    for definition in definitions:
        expr = expr.subs(definition.lhs, definition.rhs)
        steps.append(Step(EQ, expr, rules.by(definition)))
    steps.append(Step(EQ, target, rules.ALGEBRA))
    return Derivation(formula, EQ, target, tuple(steps), label=label)


def algebra_derivation(lhs: sp.Expr, rhs: sp.Expr, label: str) -> Derivation:
    """``lhs`` = ``rhs`` by algebra alone (a conversion between predictions)."""
    return Derivation(lhs, EQ, rhs, (Step(EQ, rhs, rules.ALGEBRA),), label=label)


def substitution_derivation(mean: sp.Expr, old: sp.Expr, new: sp.Expr, rule: Rule, target: sp.Expr, label: str):
    """``mean`` = ``target``: substitute ``old`` -> ``new`` as ``rule`` licenses, then algebra."""
    return Derivation(
        mean,
        EQ,
        target,
        (Step(EQ, mean.xreplace({old: new}), rule), Step(EQ, target, rules.ALGEBRA)),
        label=label,
    )


X0_FROM_NOISE = "x_0 from the noise (forward-marginal solved for x_0)"
_x0_from_eps = rules.by_claim(X0_FROM_NOISE, x_0, X0_FROM_EPS)

eps_parameterization = Identity(
    name="eps-parameterization",
    title="Predicting the noise: x_0 from eps, mu_q in eps, and the weighted noise error",
    section="variational diffusion model",
    assumptions=(*SCHEDULE, FORWARD, NOISE),
    derivations=(
        recovery_derivation(X0_FROM_EPS, x_0, (FORWARD,), X0_FROM_NOISE),
        substitution_derivation(
            POSTERIOR_MEAN, x_0, X0_FROM_EPS, _x0_from_eps, POSTERIOR_MEAN_EPS, "mu_q in terms of x_t and eps"
        ),
        matching_derivation(POSTERIOR_MEAN_EPS, eps, eps_theta, EPS_WEIGHT),
    ),
    instances=schedule_points(FORWARD),
    source="Luo (2022), eqs. 115-130",
)

# --------------------------------------------------------------------- v

v_parameterization = Identity(
    name="v-parameterization",
    title="Predicting v: conversions among x_0, eps, v and score predictions",
    section="variational diffusion model",
    assumptions=(*SCHEDULE, FORWARD, V_TARGET, NOISE),
    derivations=(
        recovery_derivation(X0_FROM_V, x_0, (V_TARGET, FORWARD), "x_0 from x_t and v"),
        recovery_derivation(EPS_FROM_V, eps, (V_TARGET, FORWARD), "eps from x_t and v"),
        algebra_derivation(
            V_FROM_X0_EPS.xreplace({x_0: X0_FROM_V, eps: EPS_FROM_V}), v_t, "round trip: v -> (x_0, eps) -> v"
        ),
        algebra_derivation(
            X0_FROM_EPS.xreplace({eps: EPS_FROM_V}),
            X0_FROM_V,
            "an x_0 prediction from the eps prediction of a v prediction",
        ),
        algebra_derivation(
            TWEEDIE_X0.xreplace({SCORE: SCORE_FROM_EPS}),
            X0_FROM_EPS,
            "an x_0 prediction from the score of an eps prediction",
        ),
    ),
    instances=schedule_points(FORWARD, V_TARGET),
    source="Salimans & Ho (2022), appendix D",
)

IDENTITIES = (x0_parameterization, eps_parameterization, v_parameterization)
