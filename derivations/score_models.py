"""Score-based generative models (Luo 2022, section 3, eqs. 152-160; Vincent 2011; Song et al. 2021).

The score of a density is ``grad_x log p(x)`` (:class:`~derivations.probability.Grad` of a
log :class:`~derivations.probability.Density`); the checker differentiates by linearity,
drops terms free of the variable, and writes conditionals as joint over marginal.
"""

from __future__ import annotations

import sympy as sp

from derivations.diffusion import SCORE_FROM_EPS
from derivations.kernel import rules
from derivations.kernel.algebra import canonical
from derivations.model import (
    Constraint,
    Definition,
    Derivation,
    Equation,
    Fact,
    Identity,
    Instance,
    Relation,
    Step,
    domains,
    noises,
)
from derivations.probability import Density, Expectation, Grad, Normal
from derivations.symbols import (
    Z_theta,
    a,
    abar_t,
    b,
    c,
    eps,
    eps_1,
    lambda_1,
    lambda_2,
    m,
    mu,
    s,
    sigma,
    sigma_1,
    sigma_2,
    t,
    u,
    v,
    w,
    x,
    x_0,
    x_next,
    x_t,
)

EQ, GE, EQ_LAW = Relation.EQ, Relation.GE, Relation.EQ_LAW

s_theta = sp.Function("s_theta", real=True)
f_theta = sp.Function("f_theta", real=True)


def score(density: Density, var: sp.Symbol) -> Grad:
    """grad_var log density."""
    return Grad(sp.log(density), var)


# ------------------------------------------------------------------ rules


EXPAND_SQUARES = rules.Linearity("expanding the squares inside the expectations")
NONNEGATIVE_EXPECTATION = rules.NONNEGATIVE_EXPECTATION
CONSTANT_GRADIENT = rules.Algebra("the gradient of a term free of the variable is zero")
MARGINAL_SCORE = rules.Algebra("differentiation under the integral sign, then marginalization")

# ------------------------------------------------------------- energy-based

p_theta = Density("p_theta", (x,))
ENERGY_MODEL = Definition(p_theta, sp.exp(-f_theta(x)) / Z_theta, "energy-based model")
PARTITION = Fact(
    "Z_theta = int exp(-f_theta(u)) du is a number: it does not depend on x",
    r"Z_{\boldsymbol{\theta}} = \int e^{-f_{\boldsymbol{\theta}}(\mathbf{u})}\, d\mathbf{u}"
    r"\text{ does not depend on }\mathbf{x}",
)


def energy_derivation(result: sp.Expr) -> Derivation:
    """grad log p_theta(x) for p_theta = exp(-f_theta) / Z_theta, ending at ``result``."""
    return Derivation(
        score(p_theta, x),
        EQ,
        result,
        (
            Step(EQ, Grad(sp.log(ENERGY_MODEL.rhs), x), rules.by(ENERGY_MODEL)),
            Step(EQ, Grad(-f_theta(x) - sp.log(Z_theta), x), rules.SPLIT_LOG),
            Step(EQ, -Grad(f_theta(x), x) - Grad(sp.log(Z_theta), x), rules.Algebra("linearity of the gradient")),
            Step(EQ, result, CONSTANT_GRADIENT),
        ),
    )


energy_score = Identity(
    name="energy-score",
    title="The score of an energy-based model does not involve its normalizer",
    section="score-based generative models",
    assumptions=(*domains(x, Z_theta), ENERGY_MODEL, PARTITION),
    derivations=(energy_derivation(-Grad(f_theta(x), x)),),
    instances=(
        Instance(
            "f_theta(x) = (x - mu)^2 / (2 sigma^2): p_theta = N(mu, sigma^2), Z_theta = sqrt(2 pi) sigma",
            (
                (p_theta, Normal(x, mu, sigma**2)),
                (f_theta, sp.Lambda(u, (u - mu) ** 2 / (2 * sigma**2))),
                (Z_theta, sp.sqrt(2 * sp.pi) * sigma),
            ),
            domains(mu, sigma),
        ),
    ),
    source="Luo (2022), eqs. 152-155",
)

# ---------------------------------------------------------- Fisher divergence

p_x = Density("p", (x,))
SCORE_X = score(p_x, x)


def fisher_divergence(model: sp.Expr, density: Density = p_x, var: sp.Symbol = x) -> Expectation:
    """E_p[(s(x) - grad log p(x))^2]."""
    return Expectation((model - score(density, var)) ** 2, density)


AT_THE_SCORE = Definition(s_theta(x), SCORE_X, "s_theta is the score")

#: A Gaussian p = N(mu, sigma^2) against the model score of N(m, v).
GAUSSIAN_FISHER = Instance(
    "p = N(mu, sigma^2), s_theta(x) = (m - x) / v (the score of N(m, v))",
    ((p_x, Normal(x, mu, sigma**2)), (s_theta, sp.Lambda(u, (m - u) / v))),
    domains(mu, sigma, m, v),
    claims=("statement",),
)

fisher = Identity(
    name="fisher-divergence",
    title="The Fisher divergence is nonnegative and vanishes at the score",
    section="score-based generative models",
    assumptions=domains(x),
    derivations=(
        Derivation(
            fisher_divergence(s_theta(x)),
            GE,
            sp.Integer(0),
            (Step(GE, sp.Integer(0), NONNEGATIVE_EXPECTATION),),
        ),
        Derivation(
            fisher_divergence(s_theta(x)),
            EQ,
            sp.Integer(0),
            (Step(EQ, sp.Integer(0), rules.by(AT_THE_SCORE)),),
            label="zero when s_theta is the score",
            hypotheses=(AT_THE_SCORE,),
        ),
    ),
    instances=(
        GAUSSIAN_FISHER,
        Instance(
            "p = N(mu, sigma^2), s_theta(x) = -(x - mu) / sigma^2 (its score)",
            ((p_x, Normal(x, mu, sigma**2)), (s_theta, sp.Lambda(u, -(u - mu) / sigma**2))),
            domains(mu, sigma),
            claims=("zero when s_theta is the score",),
        ),
    ),
    source="Luo (2022), eq. 157; Hyvarinen (2005)",
)

# ---------------------------------------------------- denoising score matching

q_0 = Density("q", (x_0,))
q_t = Density("q", (x_t,))
kernel = Density("q", (x_t,), (x_0,))
JOINT = q_0 * kernel
KERNEL_SCORE = score(kernel, x_t)
MARGINAL_SCORE_T = score(q_t, x_t)


def joint_expectation(expr: sp.Expr) -> Expectation:
    """E_{q(x_0) q(x_t | x_0)}[expr]."""
    return Expectation(expr, JOINT, (x_0, x_t))


def marginal_expectation(expr: sp.Expr) -> Expectation:
    """E_{q(x_t)}[expr]."""
    return Expectation(expr, q_t, (x_t,))


#: C = E[||grad log q(x_t | x_0)||^2] - E[||grad log q(x_t)||^2]: free of s_theta.
DSM_CONSTANT = joint_expectation(KERNEL_SCORE**2) - marginal_expectation(MARGINAL_SCORE_T**2)
DSM_OBJECTIVE = joint_expectation((s_theta(x_t) - KERNEL_SCORE) ** 2)
ESM_OBJECTIVE = marginal_expectation((s_theta(x_t) - MARGINAL_SCORE_T) ** 2)

_s = s_theta(x_t)
dsm_derivation = Derivation(
    DSM_OBJECTIVE,
    EQ,
    ESM_OBJECTIVE + DSM_CONSTANT,
    (
        Step(
            EQ,
            joint_expectation(_s**2) - 2 * joint_expectation(_s * KERNEL_SCORE) + joint_expectation(KERNEL_SCORE**2),
            EXPAND_SQUARES,
        ),
        Step(
            EQ,
            marginal_expectation(_s**2)
            - 2 * marginal_expectation(_s * MARGINAL_SCORE_T)
            + joint_expectation(KERNEL_SCORE**2),
            MARGINAL_SCORE,
        ),
        Step(
            EQ,
            marginal_expectation(_s**2 - 2 * _s * MARGINAL_SCORE_T + MARGINAL_SCORE_T**2) + DSM_CONSTANT,
            rules.Algebra("add and subtract E[||grad log q(x_t)||^2]"),
        ),
        Step(EQ, ESM_OBJECTIVE + DSM_CONSTANT, EXPAND_SQUARES),
    ),
)

GAUSSIAN_KERNEL = Definition(kernel, Normal(x_t, sp.sqrt(abar_t) * x_0, 1 - abar_t), "forward marginal q(x_t | x_0)")
NOISE = Equation(eps, (x_t - sp.sqrt(abar_t) * x_0) / sp.sqrt(1 - abar_t))


def target_derivation(target: sp.Expr) -> Derivation:
    """The regression target grad_{x_t} log q(x_t | x_0) of the Gaussian kernel, ending at ``target``."""
    return Derivation(
        KERNEL_SCORE,
        EQ,
        target,
        (
            Step(EQ, score(GAUSSIAN_KERNEL.rhs, x_t), rules.by(GAUSSIAN_KERNEL)),
            Step(EQ, -(x_t - sp.sqrt(abar_t) * x_0) / (1 - abar_t), rules.ALGEBRA),
            Step(EQ, target, rules.Algebra("x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps")),
        ),
        label="the Gaussian kernel's target",
    )


DSM_INSTANCE = Instance(
    "Gaussian data q(x_0) = N(mu, v), kernel q(x_t | x_0) = N(x_0, sigma^2), s_theta(x) = a x - b",
    (
        (q_0, Normal(x_0, mu, v)),
        (kernel, Normal(x_t, x_0, sigma**2)),
        (Density("q", (x_0, x_t)), Normal(x_0, mu, v) * Normal(x_t, x_0, sigma**2)),
        (q_t, Normal(x_t, mu, v + sigma**2)),
        (s_theta, sp.Lambda(u, a * u - b)),
    ),
    domains(mu, v, sigma, a, b),
    claims=("statement",),
)

denoising_score_matching = Identity(
    name="denoising-score-matching",
    title="Denoising score matching equals explicit score matching up to a constant",
    section="score-based generative models",
    assumptions=(
        *domains(x_0, x_t, abar_t),
        Fact("q(x_0, x_t) is smooth enough to differentiate under the integral sign"),
        GAUSSIAN_KERNEL,
        NOISE,
    ),
    derivations=(dsm_derivation, target_derivation(SCORE_FROM_EPS)),
    instances=(
        DSM_INSTANCE,
        Instance(
            "the Gaussian kernel",
            ((kernel, GAUSSIAN_KERNEL.rhs),),
            domains(abar_t),
            claims=("the Gaussian kernel's target",),
        ),
    ),
    source="Vincent (2011); Song & Ermon (2019)",
)

# ---------------------------------------------------------------- Langevin

#: One step of unadjusted Langevin dynamics: x_{i+1} = x_i + c grad log p(x_i) + sqrt(2c) eps.
LANGEVIN_STEP = x + c * SCORE_X + sp.sqrt(2 * c) * eps
#: The stationary variance of the chain for p = N(0, s^2), 0 < c < 2 s^2.
STATIONARY_VARIANCE = s**2 / (1 - c / (2 * s**2))

GAUSSIAN_TARGET = Definition(p_x, Normal(x, 0, s**2), "target p = N(0, s^2)")
STATIONARY = Definition(x, sp.sqrt(STATIONARY_VARIANCE) * eps_1, "x_i is stationary", EQ_LAW)


def gaussian_langevin_step(step: sp.Expr = LANGEVIN_STEP) -> sp.Expr:
    """``step`` with p = N(0, s^2): the score is -x / s^2, so the recursion is linear."""
    return sp.collect(sp.expand(canonical(step.xreplace({p_x: GAUSSIAN_TARGET.rhs}))), x)


def langevin_derivation(step: sp.Expr) -> Derivation:
    """x_{i+1} = ``step`` with x_i ~ N(0, V) and p = N(0, s^2) is again N(0, V): V is stationary."""
    linear = gaussian_langevin_step(step)
    return Derivation(
        x_next,
        EQ_LAW,
        sp.sqrt(STATIONARY_VARIANCE) * eps,
        (
            Step(EQ, step, rules.by(Definition(x_next, step, "Langevin step"))),
            Step(EQ, step.xreplace({p_x: GAUSSIAN_TARGET.rhs}), rules.by(GAUSSIAN_TARGET)),
            Step(EQ, linear, rules.ALGEBRA),
            Step(EQ_LAW, linear.subs(x, STATIONARY.rhs), rules.by(STATIONARY)),
            Step(EQ_LAW, sp.sqrt(STATIONARY_VARIANCE) * eps, rules.GAUSSIAN_SUM),
        ),
        label="stationary variance for p = N(0, s^2)",
    )


def two_steps(step: sp.Expr) -> sp.Expr:
    """Two steps of the chain for p = N(0, s^2) from x_0 = sqrt(V) eps_1, with fresh noises."""
    linear = gaussian_langevin_step(step)
    first = linear.xreplace({x: STATIONARY.rhs, eps: _noise_2})
    return linear.xreplace({x: first, eps: _noise_3})


_noise_2, _noise_3 = type(eps)("epsilon_2"), type(eps)("epsilon_3")
#: eps, eps_1 and the noises of later steps are independent standard normals (and 0 < c < 2 s^2 below).
CONTRACTION = noises(eps, eps_1, _noise_2, _noise_3)

langevin = Identity(
    name="langevin",
    title="Langevin dynamics: the stationary variance of the chain for a Gaussian target",
    section="score-based generative models",
    assumptions=(
        *domains(x, c, s),
        Definition(x_next, LANGEVIN_STEP, "Langevin step"),
        GAUSSIAN_TARGET,
        STATIONARY,
        CONTRACTION,
        Constraint(c < 2 * s**2),
    ),
    derivations=(
        langevin_derivation(LANGEVIN_STEP),
        Derivation(
            sp.Limit(STATIONARY_VARIANCE, c, 0, "+"),
            EQ,
            s**2,
            (Step(EQ, s**2, rules.LIMIT),),
            label="the chain samples p as c tends to 0",
        ),
    ),
    instances=(
        Instance(
            "two steps of the chain from x_0 ~ N(0, V)",
            ((x_next, two_steps(LANGEVIN_STEP)),),
            claims=("stationary variance for p = N(0, s^2)",),
        ),
        Instance("the limit in closed form", (), claims=("the chain samples p as c tends to 0",)),
    ),
    source="Luo (2022), eq. 156; Roberts & Tweedie (1996)",
)

# ------------------------------------------------------ annealed objective


def smoothed_mixture(
    point: sp.Expr, components: tuple[tuple[sp.Expr, sp.Expr, sp.Expr], ...], noise: sp.Expr
) -> sp.Expr:
    """p_sigma = p * N(0, sigma^2) for p = sum_k w_k N(mu_k, v_k): sum_k w_k N(point; mu_k, v_k + sigma^2)."""
    return sp.Add(*(weight * Normal(point, mean, var + noise) for weight, mean, var in components))


def mixture_score(point: sp.Expr, components: tuple[tuple[sp.Expr, sp.Expr, sp.Expr], ...], noise: sp.Expr) -> sp.Expr:
    """Its score: the responsibilities' average of the components' scores -(x - mu_k) / (v_k + sigma^2)."""
    weighted = sp.Add(
        *(
            weight * Normal(point, mean, var + noise) * -(point - mean) / (var + noise)
            for weight, mean, var in components
        )
    )
    return weighted / smoothed_mixture(point, components, noise)


def smoothing_derivations(components: tuple[tuple[sp.Expr, sp.Expr, sp.Expr], ...]) -> tuple[Derivation, Derivation]:
    """The noisy marginal of one Gaussian component by convolution, and the score of the smoothed mixture."""
    convolution = sp.Integral(Normal(u, m, v) * Normal(x, u, sigma**2), (u, -sp.oo, sp.oo))
    noisy = smoothed_mixture(x, components, sigma**2)
    return (
        Derivation(
            convolution,
            EQ,
            Normal(x, m, v + sigma**2),
            (Step(EQ, Normal(x, m, v + sigma**2), rules.GAUSSIAN_INTEGRAL),),
            label="noisy marginal p_sigma = p * N(0, sigma^2) of a Gaussian component",
        ),
        Derivation(
            Grad(sp.log(noisy), x),
            EQ,
            mixture_score(x, components, sigma**2),
            (Step(EQ, mixture_score(x, components, sigma**2), rules.ALGEBRA),),
            label="the exact score of the smoothed mixture",
        ),
    )


#: Two components w N(m, v) + (1 - w) N(mu, b).
TWO_COMPONENTS = ((w, m, v), (1 - w, mu, b))
p_sigma_1 = Density("p_sigma_1", (x,))
p_sigma_2 = Density("p_sigma_2", (x,))


def annealed_objective(model: sp.Function) -> sp.Expr:
    """sum_t lambda_t E_{p_sigma_t}[(s_theta(x, sigma_t) - grad log p_sigma_t(x))^2], two noise levels."""
    return lambda_1 * fisher_divergence(model(x, sigma_1), p_sigma_1) + lambda_2 * fisher_divergence(
        model(x, sigma_2), p_sigma_2
    )


_scores = sp.Lambda((u, sigma), Grad(sp.log(smoothed_mixture(u, TWO_COMPONENTS, sigma**2)), u))

annealed_score_objective = Identity(
    name="annealed-score-objective",
    title="The annealed score-matching objective and the exact score of a smoothed mixture",
    section="score-based generative models",
    assumptions=(*domains(w, m, mu, v, b, sigma, sigma_1, sigma_2, lambda_1, lambda_2),),
    derivations=(
        *smoothing_derivations(TWO_COMPONENTS),
        Derivation(
            annealed_objective(s_theta),
            GE,
            sp.Integer(0),
            (Step(GE, sp.Integer(0), NONNEGATIVE_EXPECTATION),),
            label="the annealed objective is nonnegative",
        ),
    ),
    instances=(
        Instance(
            "the two-component mixture in closed form",
            (),
            claims=(
                "noisy marginal p_sigma = p * N(0, sigma^2) of a Gaussian component",
                "the exact score of the smoothed mixture",
            ),
        ),
    ),
    source="Luo (2022), eqs. 158-159; Song & Ermon (2019)",
)

# -------------------------------------------------------------- reverse SDE

f_drift = sp.Function("f", real=True)
g_diffusion = sp.Function("g", positive=True)
p_xt = Density("p", (x, t))
#: The reverse SDE's drift f(x, t) - g(t)^2 grad log p_t(x), run backwards in time.
REVERSE_DRIFT = f_drift(x, t) - g_diffusion(t) ** 2 * score(p_xt, x)
FOKKER_PLANCK = Definition(
    sp.Derivative(p_xt, t),
    -sp.Derivative(f_drift(x, t) * p_xt, x) + g_diffusion(t) ** 2 / 2 * sp.Derivative(p_xt, (x, 2)),
    "forward Fokker-Planck equation",
)


def reverse_fokker_planck(drift: sp.Expr) -> sp.Expr:
    """The Fokker-Planck operator of dx = drift dt + g dw-bar in reversed time tau = T - t, applied to p_t."""
    return -sp.Derivative(-drift * p_xt, x) + g_diffusion(t) ** 2 / 2 * sp.Derivative(p_xt, (x, 2))


def reverse_derivation(drift: sp.Expr) -> Derivation:
    """The reverse process run in tau = T - t has the marginals p_{T - tau}: its Fokker-Planck side is -d_t p."""
    flux = sp.expand(-drift * p_xt).subs(score(p_xt, x) * p_xt, sp.Derivative(p_xt, x))
    curvature = g_diffusion(t) ** 2 / 2 * sp.Derivative(p_xt, (x, 2))
    by_terms = sp.Add(
        *(-factor * sp.Derivative(rest, x) for factor, rest in map(_split_constant, sp.Add.make_args(flux)))
    )
    return Derivation(
        reverse_fokker_planck(drift),
        EQ,
        -sp.Derivative(p_xt, t),
        (
            Step(EQ, -sp.Derivative(flux, x) + curvature, rules.Algebra("the score times the density is its gradient")),
            Step(EQ, by_terms + curvature, rules.Algebra("linearity of the derivative")),
            Step(EQ, -sp.Derivative(p_xt, t), rules.by(FOKKER_PLANCK)),
        ),
        label="the reverse SDE has the time-reversed marginals",
    )


def _split_constant(term: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """(factor free of x, the rest) of a product."""
    return term.as_independent(x, as_Add=False)


BROWNIAN_INSTANCE = Instance(
    "Brownian noising dx = sqrt(b) dw from N(m, v): p_t = N(m, v + b t)",
    (
        (p_xt, Normal(x, m, v + b * t)),
        (f_drift, sp.Lambda((u, t), sp.Integer(0))),
        (g_diffusion, sp.Lambda(t, sp.sqrt(b))),
    ),
    domains(m, v, b, t),
)

#: The numeric check's family (Ornstein-Uhlenbeck, the VP-SDE with constant beta = b).
_ou_mean = m * sp.exp(-b * t / 2)
_ou_var = 1 + (v - 1) * sp.exp(-b * t)
OU_INSTANCE = Instance(
    "Ornstein-Uhlenbeck dx = -b x / 2 dt + sqrt(b) dw from N(m, v): p_t = N(m exp(-bt/2), 1 + (v - 1) exp(-bt))",
    (
        (p_xt, Normal(x, _ou_mean, _ou_var)),
        (f_drift, sp.Lambda((u, t), -b * u / 2)),
        (g_diffusion, sp.Lambda(t, sp.sqrt(b))),
    ),
    domains(m, v, b, t),
)

reverse_sde = Identity(
    name="reverse-sde",
    title="The reverse-time SDE dx = [f - g^2 grad log p_t] dt + g dw-bar",
    section="score-based generative models",
    assumptions=(
        *domains(x, t),
        FOKKER_PLANCK,
        Fact("forward SDE dx = f(x, t) dt + g(t) dw with marginals p_t; p_t smooth and positive"),
    ),
    derivations=(reverse_derivation(REVERSE_DRIFT),),
    instances=(BROWNIAN_INSTANCE,),
    source="Luo (2022), eq. 160; Anderson (1982); Song et al. (2021)",
)

IDENTITIES = (energy_score, fisher, denoising_score_matching, langevin, annealed_score_objective, reverse_sde)
