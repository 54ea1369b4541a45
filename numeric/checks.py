"""The numeric check of each identity, by name: ``check(rng) -> NumericResult``.

Each section module exports ``CHECKS``; this module only collects them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from numeric import (
    ddim,
    evidence,
    forward_posterior,
    forward_process,
    guidance,
    hierarchical,
    parameterizations,
    reparameterization,
    score_models,
    snr,
    tweedie,
    vae,
    vdm_elbo,
)
from numeric.montecarlo import NumericResult

Check = Callable[[np.random.Generator], NumericResult]

CHECKS: dict[str, Check] = {
    **evidence.CHECKS,
    **reparameterization.CHECKS,
    **vae.CHECKS,
    **hierarchical.CHECKS,
    **forward_process.CHECKS,
    **vdm_elbo.CHECKS,
    **forward_posterior.CHECKS,
    **parameterizations.CHECKS,
    **snr.CHECKS,
    **tweedie.CHECKS,
    **ddim.CHECKS,
    **score_models.CHECKS,
    **guidance.CHECKS,
}
