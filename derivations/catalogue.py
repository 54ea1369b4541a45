"""The catalogue: every identity by name, in the order of the tutorial.

Each section module exports ``IDENTITIES``; this module only collects them.
"""

from __future__ import annotations

import difflib

from derivations import (
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
from derivations.model import Identity

# In the order of the tutorial; one line per section module.
IDENTITIES: tuple[Identity, ...] = (
    # background
    *evidence.IDENTITIES,
    *reparameterization.IDENTITIES,
    *vae.IDENTITIES,
    *hierarchical.IDENTITIES,
    # variational diffusion model
    *forward_process.IDENTITIES,
    *vdm_elbo.IDENTITIES,
    *forward_posterior.IDENTITIES,
    *parameterizations.IDENTITIES,
    *snr.IDENTITIES,
    *tweedie.IDENTITIES,
    *ddim.IDENTITIES,
    # score-based generative models
    *score_models.IDENTITIES,
    # guidance
    *guidance.IDENTITIES,
)

BY_NAME: dict[str, Identity] = {identity.name: identity for identity in IDENTITIES}

if len(BY_NAME) != len(IDENTITIES):
    raise RuntimeError("two identities share a name")


class UnknownIdentity(KeyError):
    """A name that is not in the catalogue; ``suggestions`` holds the closest names."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = suggestions

    def __str__(self) -> str:
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"unknown identity {self.name!r}{hint} ('diffproof list' shows every name)"


def get(name: str) -> Identity:
    """The identity called ``name``; :class:`UnknownIdentity` lists the closest names."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownIdentity(name, difflib.get_close_matches(name, BY_NAME, n=3, cutoff=0.5)) from None
