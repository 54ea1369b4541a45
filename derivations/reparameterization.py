"""The reparameterization trick: z = mu + sigma * eps (Luo 2022, section 2.2, eq. 19)."""

from __future__ import annotations

import sympy as sp

from derivations.kernel import rules
from derivations.model import Definition, Derivation, Identity, Instance, Relation, Step, domains, noises
from derivations.probability import Density, Expectation, Normal
from derivations.symbols import eps, mu, sigma, u, z

EQ = Relation.EQ

f = sp.Function("f")
STANDARD_NORMAL = Normal(eps, 0, 1)
DEFINITION = Definition(z, mu + sigma * eps, "reparameterization")


def density_derivation(definition: Definition) -> Derivation:
    """p(z) = N(z; mu, sigma^2) for z defined by ``definition`` with eps ~ N(0, 1)."""
    density = Density("p", (z,))
    return Derivation(
        density,
        EQ,
        Normal(z, mu, sigma**2),
        (
            Step(EQ, Normal((z - mu) / sigma, 0, 1) / sigma, rules.change_of_variables(density, definition, eps)),
            Step(EQ, Normal(z, mu, sigma**2), rules.ALGEBRA),
        ),
        label="density of the reparameterized sample",
    )


def expectation(g: sp.Expr) -> Expectation:
    """E_{eps ~ N(0, 1)}[g]."""
    return Expectation(g, STANDARD_NORMAL, (eps,))


def gradient_derivation(parameter: sp.Symbol) -> Derivation:
    """d/d parameter E[f(mu + sigma eps)] = E[d/d parameter f(mu + sigma eps)]."""
    sample = f(DEFINITION.rhs)
    inside = expectation(sp.diff(sample, parameter))
    return Derivation(
        sp.Derivative(expectation(sample), parameter),
        EQ,
        inside,
        (Step(EQ, inside, rules.LEIBNIZ),),
        label=f"pathwise gradient in {parameter}",
    )


reparameterization = Identity(
    name="reparameterization",
    title="Reparameterization trick and pathwise gradients",
    section="background",
    assumptions=(*domains(mu, sigma), DEFINITION, noises(eps)),
    derivations=(density_derivation(DEFINITION), gradient_derivation(mu), gradient_derivation(sigma)),
    instances=(
        Instance("f(z) = z^2", ((f, sp.Lambda(u, u**2)),)),
        Instance("f(z) = exp(z)", ((f, sp.Lambda(u, sp.exp(u))),)),
    ),
    source="Luo (2022), eq. 19; Kingma & Welling (2014)",
)

IDENTITIES = (reparameterization,)
