"""The Markovian hierarchical VAE (Luo 2022, section 2.3), for any number T of latents and written out at T = 3.

Generative chain z_T -> ... -> z_1 -> x, encoder chain x -> z_1 -> ... -> z_T.
The chain rule writes each joint as a product of conditionals on all earlier
variables; the first-order Markov property keeps only the nearest one.  For a
symbolic T both are products over t = 2..T of densities of the indexed latents
z_t (:mod:`derivations.kernel.sums`).  The ELBO is derived as in ``elbo-jensen``
and then expanded with both factorizations.  The concrete instance is a
linear-Gaussian chain with T = 3 and rational coefficients, in which every density
-- joint, marginal or conditional, in either direction -- is an explicit Gaussian,
so a factor conditioned the wrong way is refuted.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations, permutations

import sympy as sp

from derivations.kernel import rules, sums
from derivations.kernel.sums import IndexedMarkovChain, Slice
from derivations.model import Derivation, Domain, Identity, Instance, MarkovChain, Relation, Step, domains
from derivations.probability import Density, Expectation
from derivations.symbols import T_steps, Z, t_index, x, z_1, z_2, z_3
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

# ------------------------------------------------------------------ any T

T, t = T_steps, t_index
#: T >= 1 latents z_1, ..., z_T; under p and under q_phi, x, z_1, ..., z_T is a Markov chain (either direction).
ANY_T = Domain(T, sp.Range(1, sp.oo))
GENERATIVE_ANY_T = IndexedMarkovChain("p", Z, 1, T, head=(x,))
ENCODER_ANY_T = IndexedMarkovChain("q_phi", Z, 1, T, head=(x,))
MARKOV_ANY_T = (ANY_T, GENERATIVE_ANY_T, ENCODER_ANY_T)

LATENT_BLOCK = Slice(Z, 1, T)
p_joint_any = Density("p", (x, LATENT_BLOCK))
q_joint_any = Density("q_phi", (LATENT_BLOCK,), (x,))
#: p(z_T) p(x | z_1) prod_{t=2}^{T} p(z_{t-1} | z_t) and q(z_1 | x) prod_{t=2}^{T} q(z_t | z_{t-1}) (eqs. 23-24).
GENERATIVE_PRODUCT_ANY = (
    Density("p", (Z[T],)) * Density("p", (x,), (Z[1],)) * sp.Product(Density("p", (Z[t - 1],), (Z[t],)), (t, 2, T))
)
ENCODER_PRODUCT_ANY = Density("q_phi", (Z[1],), (x,)) * sp.Product(Density("q_phi", (Z[t],), (Z[t - 1],)), (t, 2, T))
_FOR_ANY_T = "for any T >= 1"

#: The chain rule along each chain (each latent given all those on one side of it), for any T.
GENERATIVE_CHAIN_RULE = (
    Density("p", (Z[T],))
    * Density("p", (x,), (LATENT_BLOCK,))
    * sp.Product(Density("p", (Z[t - 1],), (Slice(Z, t, T),)), (t, 2, T))
)
ENCODER_CHAIN_RULE = Density("q_phi", (Z[1],), (x,)) * sp.Product(
    Density("q_phi", (Z[t],), (Slice(Z, 1, t - 1), x)), (t, 2, T)
)


def factorization_any_T(joint: Density, chain_rule: sp.Expr, product: sp.Expr, chain: IndexedMarkovChain, label: str):
    """joint = (the chain rule along the chain) = product, by the Markov property of ``chain``, for any T."""
    steps = (Step(EQ, chain_rule, sums.CHAIN_RULE), Step(EQ, product, sums.markov_chain(chain)))
    return Derivation(joint, EQ, product, steps, label=f"{label}, {_FOR_ANY_T}")


hvae_factorization = Identity(
    name="hvae-factorization",
    title="The Markovian HVAE: joint and posterior factorize along the chains",
    section="background",
    assumptions=(*domains(x, *LATENTS), *MARKOV_ANY_T, *MARKOV),
    derivations=(
        factorization_any_T(
            p_joint_any, GENERATIVE_CHAIN_RULE, GENERATIVE_PRODUCT_ANY, GENERATIVE_ANY_T, _GENERATIVE_LABEL
        ),
        factorization_any_T(q_joint_any, ENCODER_CHAIN_RULE, ENCODER_PRODUCT_ANY, ENCODER_ANY_T, _ENCODER_LABEL),
        Derivation(
            p_joint,
            EQ,
            GENERATIVE_PRODUCT,
            (
                Step(EQ, chain_rule("p", GENERATIVE), rules.PRODUCT_RULE),
                Step(EQ, GENERATIVE_PRODUCT, markov(GENERATIVE_CHAIN, chain_rule("p", GENERATIVE))),
            ),
            label=f"{_GENERATIVE_LABEL}, T = 3",
        ),
        Derivation(
            q_joint,
            EQ,
            ENCODER_PRODUCT,
            (
                Step(EQ, chain_rule("q_phi", LATENTS, given=(x,)), rules.PRODUCT_RULE),
                Step(EQ, ENCODER_PRODUCT, markov(ENCODER_CHAIN, chain_rule("q_phi", LATENTS, given=(x,)))),
            ),
            label=f"{_ENCODER_LABEL}, T = 3",
        ),
    ),
    instances=(LINEAR_GAUSSIAN,),
    source="Luo (2022), section 2.3, eqs. 23-24",
)


def expected_log_ratio(numerator: sp.Expr, denominator: sp.Expr, encoder: Density = q_joint) -> Expectation:
    """E_{q(z_{1:T} | x)}[log numerator / denominator]."""
    return Expectation(sp.log(numerator / denominator), encoder)


HVAE_ELBO = expected_log_ratio(GENERATIVE_PRODUCT, ENCODER_PRODUCT)
HVAE_ELBO_ANY = expected_log_ratio(GENERATIVE_PRODUCT_ANY, ENCODER_PRODUCT_ANY, q_joint_any)


def elbo_derivation(
    to_expectation: tuple[Step, ...], joint: Density, encoder: Density, generative: sp.Expr, encoded: sp.Expr, label
) -> Derivation:
    """log p(x) = ... = log E_q[p / q] (``to_expectation``) >= E_q[log p / q] (Jensen), then both joints replaced
    by their factorizations (lemmas of ``hvae-factorization``)."""
    steps = (
        *to_expectation,
        Step(GE, expected_log_ratio(joint, encoder, encoder), rules.JENSEN),
        Step(
            EQ, expected_log_ratio(generative, encoder, encoder), rules.lemma("hvae-factorization", joint, generative)
        ),
        Step(EQ, expected_log_ratio(generative, encoded, encoder), rules.lemma("hvae-factorization", encoder, encoded)),
    )
    return Derivation(sp.log(Density("p", (x,))), GE, steps[-1].expr, steps, label=label)


hvae_elbo = Identity(
    name="hvae-elbo",
    title="The ELBO of the Markovian HVAE",
    section="background",
    assumptions=(*domains(x, *LATENTS), *MARKOV_ANY_T, *MARKOV),
    derivations=(
        elbo_derivation(
            (
                Step(
                    EQ,
                    sp.log(Expectation(p_joint_any / q_joint_any, q_joint_any)),
                    sums.BlockAlgebra("marginalization; multiply and divide by q"),
                ),
            ),
            p_joint_any,
            q_joint_any,
            GENERATIVE_PRODUCT_ANY,
            ENCODER_PRODUCT_ANY,
            _FOR_ANY_T,
        ),
        elbo_derivation(
            (
                Step(EQ, sp.log(sp.Integral(p_joint, *((v, -sp.oo, sp.oo) for v in LATENTS))), rules.MARGINALIZATION),
                Step(EQ, sp.log(Expectation(p_joint / q_joint, q_joint)), rules.MULTIPLY_DIVIDE),
            ),
            p_joint,
            q_joint,
            GENERATIVE_PRODUCT,
            ENCODER_PRODUCT,
            "T = 3",
        ),
    ),  # fmt: skip
    instances=(LINEAR_GAUSSIAN,),
    source="Luo (2022), section 2.3, eqs. 25-28",
)

IDENTITIES = (hvae_factorization, hvae_elbo)
