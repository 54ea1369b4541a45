"""The Markovian hierarchical VAE with T = 3 latents (Luo 2022, section 2.3).

Generative chain z_3 -> z_2 -> z_1 -> x, encoder chain x -> z_1 -> z_2 -> z_3.
The chain rule writes each joint as a product of conditionals on all earlier
variables; the first-order Markov property keeps only the nearest one.  The
ELBO is derived as in ``elbo-jensen`` and then expanded with both factorizations.
The concrete instance is a linear-Gaussian chain with rational coefficients, in
which every density -- joint, marginal or conditional, in either direction -- is
an explicit Gaussian, so a factor conditioned the wrong way is refuted.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations, permutations

import sympy as sp

from derivations.kernel import rules
from derivations.model import Derivation, Identity, Instance, MarkovChain, Relation, Step, domains
from derivations.probability import Density, Expectation
from derivations.symbols import x, z_1, z_2, z_3
from derivations.vae import MultivariateNormal

EQ, GE = Relation.EQ, Relation.GE

#: The generative chain in sampling order, and the encoder chain.
GENERATIVE = (z_3, z_2, z_1, x)
ENCODER = (x, z_1, z_2, z_3)
LATENTS = (z_1, z_2, z_3)

p_joint = Density("p", (x, *LATENTS))
q_joint = Density("q_phi", LATENTS, (x,))


def chain_rule(name: str, chain: Sequence[sp.Symbol], given: Sequence[sp.Symbol] = ()) -> sp.Expr:
    """prod_k name(chain[k] | given, chain[:k]): the product rule applied along the chain."""
    return sp.Mul(*(Density(name, (v,), (*given, *chain[:k])) for k, v in enumerate(chain)))


def markov_product(name: str, chain: Sequence[sp.Symbol], given: Sequence[sp.Symbol] = ()) -> sp.Expr:
    """prod_k name(chain[k] | chain[k-1]), the first factor conditioned on ``given``."""
    parents = (tuple(given), *((v,) for v in chain[:-1]))
    return sp.Mul(*(Density(name, (v,), parent) for v, parent in zip(chain, parents)))


def markov(chain: MarkovChain, expr: sp.Expr) -> rules.Markov:
    """The first-order Markov property of ``chain``, cited for every density of ``expr`` that it reduces."""
    return rules.markov(chain, *sorted((d for d in expr.atoms(Density) if chain.reduce(d) != d), key=str))


# ------------------------------------------------------------ linear-Gaussian chains


def chain_covariance(coefficients: Sequence[sp.Expr], variances: Sequence[sp.Expr]) -> sp.ImmutableMatrix:
    """Covariance of v_0 ~ N(0, variances[0]), v_k = coefficients[k-1] v_{k-1} + N(0, variances[k])."""
    n = len(variances)
    cov = sp.zeros(n, n)
    cov[0, 0] = variances[0]
    for k in range(1, n):
        c = coefficients[k - 1]
        for j in range(k):
            cov[k, j] = cov[j, k] = c * cov[k - 1, j]
        cov[k, k] = c**2 * cov[k - 1, k - 1] + variances[k]
    return sp.ImmutableMatrix(cov)


def gaussian_atoms(
    name: str, variables: Sequence[sp.Symbol], cov: sp.ImmutableMatrix
) -> tuple[tuple[Density, sp.Expr], ...]:
    """Every density name(A | B) of a zero-mean Gaussian vector, as N_{A u B} / N_B in closed form.

    A runs over the nonempty subsets of ``variables``, B over the subsets of the
    rest in every order (a conditional's given variables keep their order).
    """

    def marginal(subset: Sequence[sp.Symbol]) -> sp.Expr:
        index = [variables.index(v) for v in subset]
        point = sp.ImmutableMatrix(subset)
        return MultivariateNormal(point, sp.zeros(len(subset), 1), cov.extract(index, index)).pdf()

    marginals = {frozenset(): sp.Integer(1)}
    for size in range(1, len(variables) + 1):
        marginals.update({frozenset(subset): marginal(subset) for subset in combinations(variables, size)})
    atoms = []
    for block in marginals:
        rest = [v for v in variables if v not in block]
        for given_size in range(len(rest) + 1):
            for given in combinations(rest, given_size):
                closed = marginals[block | set(given)] / marginals[frozenset(given)]
                ordered = tuple(v for v in variables if v in block)
                atoms.extend((Density(name, ordered, order), closed) for order in permutations(given) if block)
    return tuple(atoms)


_half, _quarter = sp.Rational(1, 2), sp.Rational(1, 4)
LINEAR_GAUSSIAN = Instance(
    "linear-Gaussian chains: p: z_3 ~ N(0, 1), z_2 = z_3/2 + N(0, 3/4), z_1 = z_2/2 + N(0, 3/4), "
    "x = z_1 + N(0, 1/4); q: x ~ N(0, 1), z_1 = x/3 + N(0, 1/2), z_2 = -z_1/2 + N(0, 1/3), z_3 = z_2 + N(0, 1/4)",
    (
        *gaussian_atoms(
            "p", GENERATIVE, chain_covariance((_half, _half, 1), (1, 3 * _quarter, 3 * _quarter, _quarter))
        ),
        *gaussian_atoms(
            "q_phi", ENCODER, chain_covariance((sp.Rational(1, 3), -_half, 1), (1, _half, sp.Rational(1, 3), _quarter))
        ),
    ),
)

#: Both chains are first-order Markov: given its predecessor, a variable is independent of the earlier ones.
GENERATIVE_CHAIN = MarkovChain("p", GENERATIVE)
ENCODER_CHAIN = MarkovChain("q_phi", ENCODER)
MARKOV = (GENERATIVE_CHAIN, ENCODER_CHAIN)

GENERATIVE_PRODUCT = markov_product("p", GENERATIVE)
ENCODER_PRODUCT = markov_product("q_phi", LATENTS, given=(x,))
_GENERATIVE_LABEL = "generative chain"
_ENCODER_LABEL = "encoder chain"

hvae_factorization = Identity(
    name="hvae-factorization",
    title="The Markovian HVAE: joint and posterior factorize along the chains (T = 3)",
    section="background",
    assumptions=(*domains(x, *LATENTS), *MARKOV),
    derivations=(
        Derivation(
            p_joint,
            EQ,
            GENERATIVE_PRODUCT,
            (
                Step(EQ, chain_rule("p", GENERATIVE), rules.PRODUCT_RULE),
                Step(EQ, GENERATIVE_PRODUCT, markov(GENERATIVE_CHAIN, chain_rule("p", GENERATIVE))),
            ),
            label=_GENERATIVE_LABEL,
        ),
        Derivation(
            q_joint,
            EQ,
            ENCODER_PRODUCT,
            (
                Step(EQ, chain_rule("q_phi", LATENTS, given=(x,)), rules.PRODUCT_RULE),
                Step(EQ, ENCODER_PRODUCT, markov(ENCODER_CHAIN, chain_rule("q_phi", LATENTS, given=(x,)))),
            ),
            label=_ENCODER_LABEL,
        ),
    ),
    instances=(LINEAR_GAUSSIAN,),
    source="Luo (2022), section 2.3, eqs. 23-24",
)


def expected_log_ratio(numerator: sp.Expr, denominator: sp.Expr) -> Expectation:
    """E_{q(z_{1:T} | x)}[log numerator / denominator]."""
    return Expectation(sp.log(numerator / denominator), q_joint)


HVAE_ELBO = expected_log_ratio(GENERATIVE_PRODUCT, ENCODER_PRODUCT)

hvae_elbo = Identity(
    name="hvae-elbo",
    title="The ELBO of the Markovian HVAE (T = 3)",
    section="background",
    assumptions=(*domains(x, *LATENTS), *MARKOV),
    derivations=(
        Derivation(
            sp.log(Density("p", (x,))),
            GE,
            HVAE_ELBO,
            (
                Step(EQ, sp.log(sp.Integral(p_joint, *((v, -sp.oo, sp.oo) for v in LATENTS))), rules.MARGINALIZATION),
                Step(EQ, sp.log(Expectation(p_joint / q_joint, q_joint)), rules.MULTIPLY_DIVIDE),
                Step(GE, expected_log_ratio(p_joint, q_joint), rules.JENSEN),
                Step(
                    EQ,
                    expected_log_ratio(GENERATIVE_PRODUCT, q_joint),
                    rules.lemma("hvae-factorization", p_joint, GENERATIVE_PRODUCT),
                ),
                Step(EQ, HVAE_ELBO, rules.lemma("hvae-factorization", q_joint, ENCODER_PRODUCT)),
            ),
        ),
    ),
    instances=(LINEAR_GAUSSIAN,),
    source="Luo (2022), section 2.3, eqs. 25-28",
)

IDENTITIES = (hvae_factorization, hvae_elbo)
