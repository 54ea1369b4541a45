"""The signal-to-noise ratio SNR(t) = abar_t / (1 - abar_t) (Luo 2022, eqs. 108-114; Kingma et al. 2021).

The weight of the x_0 matching term is half a difference of SNRs, which is positive:
the SNR decreases in t.  Written as SNR(t) = exp(-omega(t)), abar_t is a sigmoid of
-omega(t).  As T grows the sum of the weighted terms becomes an integral over [0, 1].
"""

from __future__ import annotations

import sympy as sp

from derivations.diffusion import SNR, SNR_PREVIOUS, X0_WEIGHT
from derivations.kernel import rules
from derivations.model import (
    Definition,
    Derivation,
    Domain,
    Equation,
    Fact,
    Identity,
    Instance,
    Relation,
    Step,
    domains,
)
from derivations.symbols import UNIT, T_steps, a, abar_t, abar_tm1, alpha_t, b, i_step, omega, s_time, u, v

EQ = Relation.EQ

ABAR = Equation(abar_t, alpha_t * abar_tm1)
RECURSION = rules.Algebra("abar_t = alpha_t abar_{t-1}")
SNR_DEFINITION = rules.Algebra("definition of SNR")


def sigmoid(value: sp.Expr) -> sp.Expr:
    """The logistic function 1 / (1 + exp(-value))."""
    return 1 / (1 + sp.exp(-value))


# ------------------------------------------------------------ the weight

_common = 2 * (1 - abar_tm1) * (1 - abar_t)

SNR_DECREASES = "SNR decreases in t: SNR(t-1) - SNR(t) is a product of positive factors"


def weight_derivation(half_difference: sp.Expr) -> Derivation:
    """X0_WEIGHT = ``half_difference`` (the tutorial's 1/2 (SNR(t-1) - SNR(t)))."""
    return Derivation(
        X0_WEIGHT,
        EQ,
        half_difference,
        (
            Step(
                EQ,
                abar_tm1 * (1 - alpha_t) ** 2 * (1 - abar_t) / (_common * (1 - alpha_t) * (1 - abar_t)),
                rules.Algebra("substitute sigma_q^2(t)"),
            ),
            Step(EQ, abar_tm1 * (1 - alpha_t) / _common, rules.ALGEBRA),
            Step(EQ, (abar_tm1 - abar_t) / _common, RECURSION),
            Step(
                EQ,
                (abar_tm1 * (1 - abar_t) - abar_t * (1 - abar_tm1)) / _common,
                rules.Algebra("add and subtract abar_{t-1} abar_t"),
            ),
            Step(EQ, half_difference, SNR_DEFINITION),
        ),
    )


_alphas = sp.symbols("alpha_1:4", positive=True)

snr_weight = Identity(
    name="snr-weight",
    title="The x_0 weight is half a difference of SNRs, and the SNR decreases",
    section="variational diffusion model",
    assumptions=(*domains(alpha_t, abar_tm1), ABAR),
    derivations=(
        weight_derivation((SNR_PREVIOUS - SNR) / 2),
        Derivation(
            SNR_PREVIOUS - SNR,
            EQ,
            abar_tm1 * (1 - alpha_t) / ((1 - abar_tm1) * (1 - abar_t)),
            (
                Step(
                    EQ,
                    2 * X0_WEIGHT,
                    rules.by_claim("the weight as an SNR difference (above)", X0_WEIGHT, (SNR_PREVIOUS - SNR) / 2),
                ),
                Step(EQ, abar_tm1 * (1 - alpha_t) / ((1 - abar_tm1) * (1 - abar_t)), rules.ALGEBRA),
            ),
            label=SNR_DECREASES,
        ),
    ),
    instances=(
        Instance(
            "the third step of a schedule alpha_1, alpha_2, alpha_3",
            (
                (abar_tm1, _alphas[0] * _alphas[1]),
                (alpha_t, _alphas[2]),
                (abar_t, _alphas[0] * _alphas[1] * _alphas[2]),
            ),
            domains(*_alphas),
        ),
    ),
    source="Luo (2022), eqs. 108-110",
)

# ------------------------------------------------------------ sigmoid

LOG_SNR = Definition(omega, -sp.log(SNR), "SNR(t) = exp(-omega(t))")


def sigmoid_derivation(expr: sp.Expr, target: sp.Expr, label: str) -> Derivation:
    """``expr`` (a sigmoid of +-omega) equals ``target`` once omega = -log SNR is substituted."""
    substituted = expr.subs(LOG_SNR.lhs, LOG_SNR.rhs)
    return Derivation(
        expr,
        EQ,
        target,
        (Step(EQ, substituted, rules.by(LOG_SNR)), Step(EQ, target, rules.ALGEBRA)),
        label=label,
    )


snr_sigmoid = Identity(
    name="snr-sigmoid",
    title="With SNR(t) = exp(-omega(t)), abar_t = sigmoid(-omega(t))",
    section="variational diffusion model",
    assumptions=(*domains(abar_t, omega), LOG_SNR),
    derivations=(
        sigmoid_derivation(sigmoid(-omega), abar_t, "abar_t = sigmoid(-omega)"),
        sigmoid_derivation(sigmoid(omega), 1 - abar_t, "1 - abar_t = sigmoid(omega)"),
        Derivation(
            sp.Derivative(sigmoid(-omega), omega),
            EQ,
            -sigmoid(omega) * sigmoid(-omega),
            (Step(EQ, -sigmoid(omega) * sigmoid(-omega), rules.Algebra("derivative of the logistic function")),),
            label="d abar / d omega = -sigmoid(omega) sigmoid(-omega) < 0: an increasing omega gives a valid schedule",
        ),
    ),
    instances=(
        Instance(
            "the cosine schedule abar = cos^2(pi u / 2), omega = 2 log tan(pi u / 2)",
            ((abar_t, sp.cos(sp.pi * u / 2) ** 2), (omega, 2 * sp.log(sp.tan(sp.pi * u / 2)))),
            (Domain(u, UNIT),),
            claims=("abar_t = sigmoid(-omega)", "1 - abar_t = sigmoid(omega)"),
        ),
    ),
    source="Luo (2022), eqs. 111-114; Kingma et al. (2021)",
)

# ------------------------------------------------------ continuous time

snr_of = sp.Function("SNR")
weight_of = sp.Function("w")
_i, _T, _s = i_step, T_steps, s_time
_cell = (_s, (_i - 1) / _T, _i / _T)
_slope = sp.Derivative(snr_of(_s), _s)

#: The discrete term at step i of T: 1/2 (SNR(t(i-1)) - SNR(t(i))) w(t(i)), t(i) = i / T.
SUMMAND = (snr_of((_i - 1) / _T) - snr_of(_i / _T)) * weight_of(_i / _T) / 2
#: The continuous-time limit -1/2 int_0^1 SNR'(s) w(s) ds.
INTEGRAL = -sp.Integral(_slope * weight_of(_s), (_s, 0, 1)) / 2
#: The Riemann-sum remainder 1/2 sum_i int_cell SNR'(s) (w(s) - w(i/T)) ds.
REMAINDER = sp.Sum(sp.Integral(_slope * (weight_of(_s) - weight_of(_i / _T)), _cell), (_i, 1, _T)) / 2


FUNDAMENTAL_THEOREM = rules.Algebra("fundamental theorem of calculus")
LINEARITY = rules.Linearity("linearity of sums and integrals")
PARTITION = rules.AdjacentIntervals("the cells (i-1)/T..i/T partition [0, 1]")
ONE_STEP = "one step: the SNR difference is an integral of SNR'"
RIEMANN = "the sum is the integral plus a remainder R_T, |R_T| <= 1/2 sum_i |dSNR_i| |dw_i| = O(1/T)"


def step_derivation(summand: sp.Expr) -> Derivation:
    """``summand`` = -1/2 w(i/T) int_cell SNR'(s) ds."""
    integral_form = -weight_of(_i / _T) * sp.Integral(_slope, _cell) / 2
    return Derivation(summand, EQ, integral_form, (Step(EQ, integral_form, FUNDAMENTAL_THEOREM),), label=ONE_STEP)


def riemann_derivation(summand: sp.Expr) -> Derivation:
    """sum_{i=1}^T ``summand`` = INTEGRAL + REMAINDER."""
    in_cells = -sp.Sum(sp.Integral(_slope * weight_of(_s), _cell), (_i, 1, _T)) / 2
    return Derivation(
        sp.Sum(summand, (_i, 1, _T)),
        EQ,
        INTEGRAL + REMAINDER,
        (
            Step(EQ, sp.Sum(-weight_of(_i / _T) * sp.Integral(_slope, _cell) / 2, (_i, 1, _T)), FUNDAMENTAL_THEOREM),
            Step(EQ, in_cells + REMAINDER, LINEARITY),
            Step(EQ, INTEGRAL + REMAINDER, PARTITION),
        ),
        label=RIEMANN,
    )


#: Kingma et al.'s linear log-SNR schedule and the MMSE of Gaussian data with variance v as the weight.
LINEAR_LOG_SNR = (
    (snr_of, sp.Lambda(_s, sp.exp(a - b * _s))),
    (weight_of, sp.Lambda(_s, v / (1 + v * sp.exp(a - b * _s)))),
)

continuous_time_elbo = Identity(
    name="continuous-time-elbo",
    title="As T grows, the SNR-weighted sum becomes an integral over continuous time",
    section="variational diffusion model",
    assumptions=(*domains(_T, _i), Fact("SNR is differentiable and w continuous on [0, 1]; t(i) = i / T")),
    derivations=(step_derivation(SUMMAND), riemann_derivation(SUMMAND)),
    instances=(
        Instance(
            "log SNR(s) = a - b s, w(s) = v / (1 + v SNR(s)) (the MMSE of Gaussian data)",
            LINEAR_LOG_SNR,
            domains(a, b, v),
            claims=(ONE_STEP,),
        ),
    ),
    source="Luo (2022), eq. 114; Kingma et al. (2021), eqs. 14-17",
)

IDENTITIES = (snr_weight, snr_sigmoid, continuous_time_elbo)
