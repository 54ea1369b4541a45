"""The forward posterior q(x_{t-1} | x_t, x_0) and the denoising KL (Luo 2022, eqs. 71-92).

The posterior is derived, not stated: Bayes' rule and the Markov property give
three Gaussians, whose exponents are collected in x_{t-1}; completing the square
yields mean and variance, which must be :data:`derivations.diffusion.POSTERIOR_MEAN`
and :data:`derivations.diffusion.POSTERIOR_VARIANCE`.  With equal variances the KL
of the denoising matching term is a squared distance between means.
"""

from __future__ import annotations

import sympy as sp

from derivations.diffusion import POSTERIOR_MEAN, POSTERIOR_VARIANCE
from derivations.kernel import rules
from derivations.model import Definition, Derivation, Identity, Instance, Relation, Step, domains
from derivations.probability import KL, Density, Expectation, Normal
from derivations.symbols import abar_t, abar_tm1, alpha_t, mu_theta, x_0, x_t, x_tm1
from derivations.vdm_elbo import ABAR, FORWARD_CHAIN, GAUSSIANS, at_rational_point

EQ = Relation.EQ

posterior = Density("q", (x_tm1,), (x_t, x_0))
transition = Density("q", (x_t,), (x_tm1,))
denoiser = Density("p_theta", (x_tm1,), (x_t,))
_transition_given_data = Density("q", (x_t,), (x_tm1, x_0))
_marginal = Density("q", (x_t,), (x_0,))
_previous_marginal = Density("q", (x_tm1,), (x_0,))

FORWARD_GAUSSIANS = tuple(
    Definition(density, dict(GAUSSIANS)[density], name)
    for density, name in (
        (transition, "forward-transition"),
        (_marginal, "forward-marginal at t"),
        (_previous_marginal, "forward-marginal at t-1"),
    )
)


def substituted(definitions: tuple[Definition, ...], expr: sp.Expr) -> sp.Expr:
    """``expr`` with each definition's left side replaced by its right side."""
    return expr.xreplace({d.lhs: d.rhs for d in definitions})


def posterior_derivation(mean: sp.Expr, variance: sp.Expr, label: str = "statement") -> Derivation:
    """q(x_{t-1} | x_t, x_0) = N(x_{t-1}; mean, variance), completing the square with the claimed mean, variance."""
    laws = dict(GAUSSIANS)
    step, previous, current = laws[transition], laws[_previous_marginal], laws[_marginal]
    prefactor = sp.sqrt(current.var) / sp.sqrt(2 * sp.pi * step.var * previous.var)

    def quadratic(law: Normal) -> sp.Expr:
        return (law.point - law.mean) ** 2 / law.var

    exponent = -(quadratic(step) + quadratic(previous) - quadratic(current)) / 2
    precision = sp.expand(-2 * exponent).coeff(x_tm1, 2)
    linear = sp.expand(exponent).coeff(x_tm1, 1)
    rest = sp.expand(exponent).coeff(x_tm1, 0)
    collected = -(precision * x_tm1**2 - 2 * linear * x_tm1) / 2 + rest
    leftover = linear**2 / (2 * precision) + rest
    return Derivation(
        posterior,
        EQ,
        Normal(x_tm1, mean, variance),
        (
            Step(EQ, _transition_given_data * _previous_marginal / _marginal, rules.BAYES),
            Step(EQ, transition * _previous_marginal / _marginal, rules.markov(FORWARD_CHAIN, _transition_given_data)),
            Step(EQ, step * previous / current, rules.by(*FORWARD_GAUSSIANS)),
            Step(EQ, prefactor * sp.exp(exponent), rules.Algebra("Gaussian densities written out")),
            Step(EQ, prefactor * sp.exp(collected), rules.Algebra("collect terms in x_(t-1)")),
            Step(EQ, prefactor * sp.exp(-((x_tm1 - mean) ** 2) / (2 * variance) + leftover), rules.COMPLETE_SQUARE),
            Step(EQ, Normal(x_tm1, mean, variance), rules.Algebra("the rest is the normalizing constant")),
        ),
        label=label,
    )


forward_posterior = Identity(
    name="forward-posterior",
    title="The forward posterior q(x_(t-1) | x_t, x_0) is Gaussian, by completing the square",
    section="variational diffusion model",
    assumptions=(*domains(alpha_t, abar_t, abar_tm1), ABAR, FORWARD_CHAIN, *FORWARD_GAUSSIANS),
    derivations=(posterior_derivation(POSTERIOR_MEAN, POSTERIOR_VARIANCE),),
    instances=(
        Instance(
            "the forward process from a fixed x_0, alpha_t = 9/25, abar_(t-1) = 16/25: the posterior as the ratio of its three Gaussians",
            at_rational_point(
                ((posterior, substituted(FORWARD_GAUSSIANS, transition * _previous_marginal / _marginal)),)
            ),
        ),
    ),
    source="Luo (2022), eqs. 71-84",
)

# ------------------------------------------------------------------ denoising KL

mu_q = sp.Symbol("mu_q", real=True)
sigma_q = sp.Symbol("sigma_q", positive=True)

POSTERIOR = Definition(posterior, Normal(x_tm1, mu_q, sigma_q**2), "forward-posterior: N(mu_q, sigma_q^2)")
REVERSE_MODEL = Definition(
    denoiser, Normal(x_tm1, mu_theta, sigma_q**2), "p_theta(x_(t-1) | x_t) = N(mu_theta, sigma_q^2)"
)
POSTERIOR_PARAMETERS = (
    Definition(mu_q, POSTERIOR_MEAN, "mu_q of forward-posterior"),
    Definition(sigma_q, sp.sqrt(POSTERIOR_VARIANCE), "sigma_q^2 of forward-posterior"),
)


def written_out(expr: sp.Expr) -> sp.Expr:
    """``expr`` with mu_q and sigma_q replaced by the forward posterior's closed forms."""
    return expr.xreplace({d.lhs: d.rhs for d in POSTERIOR_PARAMETERS})


def kl_mse_derivation(distance: sp.Expr, label: str = "statement") -> Derivation:
    """KL(q(x_{t-1} | x_t, x_0) || p_theta(x_{t-1} | x_t)) = distance(mu_q, sigma_q), then mu_q, sigma_q^2 written out."""
    q, p = POSTERIOR.rhs, REVERSE_MODEL.rhs
    variance = sigma_q**2

    def squared(center: sp.Expr) -> sp.Expr:
        return (x_tm1 - center) ** 2 / (2 * variance)

    return Derivation(
        KL(posterior, denoiser),
        EQ,
        written_out(distance),
        (
            Step(EQ, KL(q, p, (x_tm1,)), rules.by(POSTERIOR, REVERSE_MODEL)),
            Step(EQ, Expectation(sp.log(q) - sp.log(p), q, (x_tm1,)), rules.KL_DEFINITION),
            Step(
                EQ,
                Expectation(squared(mu_theta) - squared(mu_q), q, (x_tm1,)),
                rules.Algebra("Gaussian log densities with equal variances: the normalizers cancel"),
            ),
            Step(
                EQ,
                (variance + (mu_q - mu_theta) ** 2) / (2 * variance) - variance / (2 * variance),
                rules.Algebra("Gaussian moments: E[(x - c)^2] = sigma^2 + (mu - c)^2"),
            ),
            Step(EQ, distance, rules.ALGEBRA),
            Step(EQ, written_out(distance), rules.by(*POSTERIOR_PARAMETERS)),
        ),
        label=label,
    )


KL_MSE = (mu_theta - mu_q) ** 2 / (2 * sigma_q**2)

denoising_kl_mse = Identity(
    name="denoising-kl-mse",
    title="With equal variances the denoising KL is a squared distance between means",
    section="variational diffusion model",
    assumptions=(
        *domains(alpha_t, abar_t, abar_tm1),
        ABAR,
        POSTERIOR,
        REVERSE_MODEL,
        *POSTERIOR_PARAMETERS,
    ),
    derivations=(kl_mse_derivation(KL_MSE),),
    instances=(
        Instance(
            "the forward posterior and a Gaussian reverse step of mean mu_theta, alpha_t = 9/25, abar_(t-1) = 16/25",
            at_rational_point((d.lhs, written_out(d.rhs)) for d in (POSTERIOR, REVERSE_MODEL)),
        ),
    ),
    source="Luo (2022), eqs. 87-92",
)

IDENTITIES = (forward_posterior, denoising_kl_mse)
