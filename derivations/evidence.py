"""Evidence, Bayes' rule and the ELBO (Luo 2022, section 2.1, eqs. 1-10)."""

from __future__ import annotations

import sympy as sp

from derivations.kernel import rules
from derivations.model import Derivation, Identity, Instance, Relation, Step, domains
from derivations.probability import KL, Density, Expectation, Normal
from derivations.symbols import m, s, v, x, z

EQ, GE = Relation.EQ, Relation.GE

p_xz = Density("p", (x, z))
p_x = Density("p", (x,))
p_z = Density("p", (z,))
likelihood = Density("p", (x,), (z,))
posterior = Density("p", (z,), (x,))
q = Density("q_phi", (z,), (x,))

#: E_q[log p(x, z) / q(z | x)]
ELBO = Expectation(sp.log(p_xz / q), q)

# The conjugate Gaussian model: z ~ N(0, 1), x | z ~ N(z, s^2), q(z | x) = N(m, v).
CONJUGATE = Instance(
    "the conjugate Gaussian model p(z) = N(0, 1), p(x|z) = N(z, s^2), q(z|x) = N(m, v)",
    (
        (p_z, Normal(z, 0, 1)),
        (likelihood, Normal(x, z, s**2)),
        (p_xz, Normal(z, 0, 1) * Normal(x, z, s**2)),
        (p_x, Normal(x, 0, 1 + s**2)),
        (posterior, Normal(z, x / (1 + s**2), s**2 / (1 + s**2))),
        (q, Normal(z, m, v)),
    ),
    domains(m, s, v),
)

# A 2 x 2 joint table with positive weights t_ij, evaluated at the cell (x_1, z_1).
_t = sp.symbols("t_11 t_12 t_21 t_22", positive=True)
_total = sum(_t)
DISCRETE = Instance(
    "a 2 x 2 joint table p(x_i, z_j) = t_ij / sum t at the cell (x_1, z_1)",
    (
        (p_xz, _t[0] / _total),
        (p_x, (_t[0] + _t[1]) / _total),
        (p_z, (_t[0] + _t[2]) / _total),
        (likelihood, _t[0] / (_t[0] + _t[2])),
        (posterior, _t[0] / (_t[0] + _t[1])),
    ),
    domains(*_t),
)

evidence_marginal = Identity(
    name="evidence-marginal",
    title="The evidence is the marginal of the joint",
    section="background",
    assumptions=domains(x, z),
    derivations=(
        Derivation(
            p_x,
            EQ,
            sp.Integral(p_xz, (z, -sp.oo, sp.oo)),
            (Step(EQ, sp.Integral(p_xz, (z, -sp.oo, sp.oo)), rules.MARGINALIZATION),),
        ),
        Derivation(
            sp.Integral(p_xz, (z, -sp.oo, sp.oo)),
            EQ,
            sp.Integral(likelihood * p_z, (z, -sp.oo, sp.oo)),
            (Step(EQ, sp.Integral(likelihood * p_z, (z, -sp.oo, sp.oo)), rules.PRODUCT_RULE),),
            label="with the product rule",
        ),
    ),
    instances=(CONJUGATE,),
    source="Luo (2022), eq. 1",
)

bayes_rule = Identity(
    name="bayes-rule",
    title="Bayes' rule",
    section="background",
    assumptions=domains(x, z),
    derivations=(
        Derivation(
            posterior,
            EQ,
            likelihood * p_z / p_x,
            (
                Step(EQ, p_xz / p_x, rules.Algebra("definition of conditional density")),
                Step(EQ, likelihood * p_z / p_x, rules.PRODUCT_RULE),
            ),
        ),
    ),
    instances=(DISCRETE, CONJUGATE),
    source="Luo (2022), eq. 2",
)

elbo_jensen = Identity(
    name="elbo-jensen",
    title="The ELBO bounds the log evidence (Jensen)",
    section="background",
    assumptions=domains(x, z),
    derivations=(
        Derivation(
            sp.log(p_x),
            GE,
            ELBO,
            (
                Step(EQ, sp.log(sp.Integral(p_xz, (z, -sp.oo, sp.oo))), rules.MARGINALIZATION),
                Step(EQ, sp.log(Expectation(p_xz / q, q)), rules.MULTIPLY_DIVIDE),
                Step(GE, ELBO, rules.JENSEN),
            ),
        ),
    ),
    instances=(CONJUGATE,),
    source="Luo (2022), eqs. 3-8",
)

_split = Expectation(sp.log(p_xz / q) + sp.log(q / posterior), q)

evidence_elbo_kl = Identity(
    name="evidence-elbo-kl",
    title="Evidence = ELBO + KL(q || posterior)",
    section="background",
    assumptions=domains(x, z),
    derivations=(
        Derivation(
            sp.log(p_x),
            EQ,
            ELBO + KL(q, posterior),
            (
                Step(EQ, sp.log(p_x) * sp.Integral(q, (z, -sp.oo, sp.oo)), rules.NORMALIZATION),
                Step(EQ, sp.Integral(q * sp.log(p_x), (z, -sp.oo, sp.oo)), rules.LINEARITY),
                Step(EQ, Expectation(sp.log(p_x), q), rules.EXPECTATION_DEFINITION),
                Step(EQ, Expectation(sp.log(p_xz / posterior), q), rules.BAYES),
                Step(EQ, _split, rules.MULTIPLY_DIVIDE),
                Step(EQ, ELBO + Expectation(sp.log(q / posterior), q), rules.LINEARITY),
                Step(EQ, ELBO + KL(q, posterior), rules.KL_DEFINITION),
            ),
        ),
        Derivation(
            sp.log(p_x),
            GE,
            ELBO,
            (
                Step(
                    EQ,
                    ELBO + KL(q, posterior),
                    rules.by_claim("evidence = ELBO + KL (above)", sp.log(p_x), ELBO + KL(q, posterior)),
                ),
                Step(GE, ELBO, rules.GIBBS),
            ),
            label="corollary: the ELBO is a lower bound",
        ),
        Derivation(
            Expectation(sp.log(p_xz / posterior), posterior),
            EQ,
            sp.log(p_x),
            (
                Step(EQ, Expectation(sp.log(p_x), posterior), rules.BAYES),
                Step(EQ, sp.log(p_x), rules.NORMALIZATION),
            ),
            label="corollary: equality when q is the posterior",
        ),
    ),
    instances=(CONJUGATE,),
    source="Luo (2022), eqs. 9-10",
)

IDENTITIES = (evidence_marginal, bayes_rule, elbo_jensen, evidence_elbo_kl)
