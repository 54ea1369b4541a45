"""A user's derivation with a sign mistake at step 2: SNR(t) - SNR(t-1) for SNR(t-1) - SNR(t)."""

import sympy as sp

from derivations import Derivation, Identity, Relation, Rule, Step, domains
from derivations.diffusion import SNR, SNR_PREVIOUS, X0_WEIGHT
from derivations.model import Equation
from derivations.symbols import abar_t, abar_tm1, alpha_tm1

EQ = Relation.EQ

wrong_weight = Identity(
    name="wrong-weight",
    title="A weight with the SNR difference reversed",
    section="variational diffusion model",
    assumptions=(*domains(abar_tm1, alpha_tm1), Equation(abar_t, sp.Symbol("alpha_t", positive=True) * abar_tm1)),
    derivations=(
        Derivation(
            X0_WEIGHT,
            EQ,
            (SNR - SNR_PREVIOUS) / 2,
            (
                Step(EQ, (SNR_PREVIOUS - SNR) / 2, Rule("snr-weight")),
                Step(EQ, (SNR - SNR_PREVIOUS) / 2, Rule("reordering")),
            ),
        ),
    ),
)
