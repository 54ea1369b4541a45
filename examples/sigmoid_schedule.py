"""A derivation of your own: the denoising weight of a sigmoid noise schedule.

For abar_t = sigmoid(-gamma t), SNR(t) = exp(-gamma t), and the x_0-parameterized
denoising weight is 1/2 (SNR(t-1) - SNR(t)) = exp(-gamma t) (exp(gamma) - 1) / 2.
Run it with ``diffproof verify examples/sigmoid_schedule.py``.
"""

import sympy as sp

from derivations import Derivation, Equation, Identity, Relation, Step, domains, rules
from derivations.diffusion import SNR, SNR_PREVIOUS, X0_WEIGHT
from derivations.symbols import abar_t, abar_tm1, alpha_t

gamma, t = sp.symbols("gamma t", positive=True)


def abar(time):
    """abar(t) = 1 / (1 + exp(gamma t)) = sigmoid(-gamma t), so that SNR(t) = exp(-gamma t)."""
    return 1 / (1 + sp.exp(gamma * time))


EQ = Relation.EQ

sigmoid_weight = Identity(
    name="sigmoid-schedule-weight",
    title="Denoising weight of the sigmoid schedule",
    section="variational diffusion model",
    assumptions=(
        *domains(gamma, t),
        Equation(abar_t, abar(t)),
        Equation(abar_tm1, abar(t - 1)),
        Equation(alpha_t, abar(t) / abar(t - 1)),
    ),
    derivations=(
        Derivation(
            X0_WEIGHT,
            EQ,
            sp.exp(-gamma * t) * (sp.exp(gamma) - 1) / 2,
            (
                Step(EQ, (SNR_PREVIOUS - SNR) / 2, rules.Algebra("snr-weight")),
                Step(
                    EQ,
                    (sp.exp(-gamma * (t - 1)) - sp.exp(-gamma * t)) / 2,
                    rules.Algebra("SNR of the sigmoid schedule"),
                ),
                Step(EQ, sp.exp(-gamma * t) * (sp.exp(gamma) - 1) / 2, rules.ALGEBRA),
            ),
        ),
    ),
)
