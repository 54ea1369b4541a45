"""The ELBO of a variational diffusion model, two ways (Luo 2022, eqs. 34-58).

Both decompositions are derived for any number of steps T >= 2, following Luo's own
steps: the chain rule and the Markov property factor both laws into products over
t = 1..T, the first or last factors are split off, an index is shifted, the log of the
product becomes a sum of logs, expectation and sum are exchanged, and each term's
expectation is marginalized to the variables it depends on (the rules of
:mod:`derivations.kernel.sums`); the denoising form rewrites each transition by Bayes'
rule so that a product telescopes.  The same derivations are written out at T = 2 and 3,
where every step is an equality between finite expressions, and the linear-Gaussian
VDM with an arbitrary Gaussian reverse model p(x_{t-1} | x_t) = N(a_t x_t + b_t, s_t^2)
is the concrete instance on which both decompositions and the ELBO itself are computed
exactly.

Luo's eq. 45 writes the consistency term as E_{q(x_{t-1}, x_{t+1} | x_0)}[KL(q(x_t |
x_{t-1}) || p(x_t | x_{t+1}))].  That is not equal to the term it replaces: under q,
x_t and x_{t+1} are dependent given x_{t-1}, but inside that KL x_t is drawn from
q(x_t | x_{t-1}) alone.  The statement below keeps the expectation under the
joint q(x_{t-1}, x_t, x_{t+1} | x_0) (at t = 1, x_{t-1} = x_0 is given, not
integrated); the printed form is the wrong variant, refuted at T = 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import sympy as sp

from derivations.diffusion import (
    FORWARD_MEAN,
    FORWARD_STEP_VARIANCE,
    FORWARD_VARIANCE,
    POSTERIOR_MEAN,
    POSTERIOR_VARIANCE,
)
from derivations.kernel import rules, sums
from derivations.kernel.assumptions import MarkovChain
from derivations.kernel.sums import IndexedMarkovChain, Slice
from derivations.model import Derivation, Domain, Equation, Fact, Identity, Instance, Relation, Step, domains
from derivations.probability import KL, Density, Expectation, Normal
from derivations.symbols import T_steps, X, abar_t, abar_tm1, alpha_t, t_index, x_0, x_1, x_2, x_3, x_4, x_t, x_tm1

EQ = Relation.EQ

#: The horizons at which the derivations are also written out and checked exactly on the linear-Gaussian VDM
#: (the claim for any T >= 2 covers every T; T = 4 was dropped from here when that proof landed, to keep the
#: catalogue's verification time).
HORIZONS = (2, 3)


def latent(k: int) -> sp.Symbol:
    """x_k (the named symbols for k <= 4, so that they print in the tutorial's notation)."""
    named = (x_0, x_1, x_2, x_3, x_4)
    return named[k] if k < len(named) else sp.Symbol(f"x_{k}", real=True)


def _q(variables, given=()) -> Density:
    return Density("q", tuple(variables), tuple(given))


def _p(variables, given=()) -> Density:
    return Density("p", tuple(variables), tuple(given))


def _log_ratio(numerator: sp.Expr, denominator: sp.Expr) -> sp.Expr:
    return sp.log(numerator / denominator)


class Factors:
    """The densities of one step t of the VDM, for x_t = ``self.x[t]`` (named symbols or an indexed base)."""

    x: tuple[sp.Symbol, ...] | sp.IndexedBase
    T: int | sp.Symbol

    def step(self, t) -> Density:
        """q(x_t | x_{t-1})."""
        return _q((self.x[t],), (self.x[t - 1],))

    def step_given_data(self, t) -> Density:
        """q(x_t | x_{t-1}, x_0)."""
        return _q((self.x[t],), (self.x[t - 1], self.x[0]))

    def marginal(self, t) -> Density:
        """q(x_t | x_0)."""
        return _q((self.x[t],), (self.x[0],))

    def posterior(self, t) -> Density:
        """q(x_{t-1} | x_t, x_0)."""
        return _q((self.x[t - 1],), (self.x[t], self.x[0]))

    def denoiser(self, t) -> Density:
        """p(x_{t-1} | x_t)."""
        return _p((self.x[t - 1],), (self.x[t],))

    @property
    def prior(self) -> Density:
        """p(x_T)."""
        return _p((self.x[self.T],))


@dataclass(frozen=True)
class Chain(Factors):
    """The VDM with T steps: encoder q(x_{1:T} | x_0), decoder p(x_{0:T}), and their factors."""

    T: int

    def __post_init__(self) -> None:
        if not isinstance(self.T, int) or self.T < 2:
            raise ValueError(f"Chain: T must be an integer >= 2, got {self.T!r}")

    @cached_property
    def x(self) -> tuple[sp.Symbol, ...]:
        return tuple(latent(k) for k in range(self.T + 1))

    @property
    def forward(self) -> MarkovChain:
        return MarkovChain("q", self.x)

    @property
    def reverse(self) -> MarkovChain:
        return MarkovChain("p", self.x)

    @property
    def encoder(self) -> Density:
        """q(x_{1:T} | x_0)."""
        return _q(self.x[1:], (x_0,))

    @property
    def decoder(self) -> Density:
        """p(x_{0:T})."""
        return _p(self.x)

    def measure(self, *indices: int) -> Density:
        """q(x_i, ... | x_0) over the listed latents (x_0 itself is given, not integrated)."""
        return _q([self.x[i] for i in indices if i > 0], (x_0,))

    def expect(self, expr: sp.Expr, *indices: int) -> Expectation:
        """E_{q(x_i, ... | x_0)}[expr]."""
        return Expectation(expr, self.measure(*indices))

    # ------------------------------------------------------------ factors

    def times(self, first: int = 1) -> range:
        return range(first, self.T + 1)

    # ------------------------------------------------------------ ELBO

    @cached_property
    def elbo(self) -> Expectation:
        """E_{q(x_{1:T} | x_0)}[log p(x_{0:T}) / q(x_{1:T} | x_0)]."""
        return self.expect(_log_ratio(self.decoder, self.encoder), *self.times())

    def _trajectory(self, expr: sp.Expr) -> Expectation:
        return self.expect(expr, *self.times())

    def given_past(self, t: int) -> Density:
        """q(x_t | x_{0:t-1}): the encoder's chain-rule factor."""
        return _q((self.x[t],), self.x[:t])

    def given_future(self, t: int) -> Density:
        """p(x_{t-1} | x_{t:T}): the decoder's chain-rule factor."""
        return _p((self.x[t - 1],), self.x[t:])

    def _factorization(self, encoder_factor, decoder_factor) -> Expectation:
        """E_q[log p(x_T) prod_t decoder_factor(t) / prod_t encoder_factor(t)]."""
        decoder = self.prior * sp.Mul(*(decoder_factor(t) for t in self.times()))
        encoder = sp.Mul(*(encoder_factor(t) for t in self.times()))
        return self._trajectory(_log_ratio(decoder, encoder))

    @cached_property
    def factorized(self) -> Expectation:
        """E_q[log p(x_T) prod_t p(x_{t-1} | x_t) / prod_t q(x_t | x_{t-1})] (eq. 37)."""
        return self._factorization(self.step, self.denoiser)

    def factorization_steps(self) -> tuple[Step, ...]:
        """Chain rule for both joints, then the Markov property of the encoder and of the decoder."""
        encoder = tuple(self.given_past(t) for t in self.times(2))
        decoder = tuple(self.given_future(t) for t in range(1, self.T))
        return (
            Step(
                EQ, self._factorization(self.given_past, self.given_future), rules.Algebra("chain rule of probability")
            ),
            Step(EQ, self._factorization(self.step, self.given_future), rules.markov(self.forward, *encoder)),
            Step(EQ, self.factorized, rules.markov(self.reverse, *decoder)),
        )

    # ------------------------------------------------------ reconstruction, prior

    @property
    def reconstruction(self) -> Expectation:
        """E_{q(x_1 | x_0)}[log p(x_0 | x_1)]."""
        return self.expect(sp.log(self.denoiser(1)), 1)

    # ---------------------------------------------------------- consistency

    def consistency_term(self, t: int) -> Expectation:
        """E_{q(x_{t-1}, x_t, x_{t+1} | x_0)}[log q(x_t | x_{t-1}) / p(x_t | x_{t+1})]."""
        return self.expect(_log_ratio(self.step(t), self.denoiser(t + 1)), t - 1, t, t + 1)

    def consistency_kl_term(self, t: int) -> Expectation:
        """Luo's eq. 45: E_{q(x_{t-1}, x_{t+1} | x_0)}[KL(q(x_t | x_{t-1}) || p(x_t | x_{t+1}))] (not equal)."""
        return self.expect(KL(self.step(t), self.denoiser(t + 1)), t - 1, t + 1)

    def consistency_steps(self) -> tuple[Step, ...]:
        T, x = self.T, self.x
        inner = range(1, T)
        split = (
            self._trajectory(sp.log(self.denoiser(1)))
            + self._trajectory(_log_ratio(self.prior, self.step(T)))
            + sp.Add(*(self._trajectory(_log_ratio(self.denoiser(t + 1), self.step(t))) for t in inner))
        )
        prior_pair = self.expect(_log_ratio(self.prior, self.step(T)), T - 1, T)
        marginalized = (
            self.reconstruction
            + prior_pair
            + sp.Add(*(self.expect(_log_ratio(self.denoiser(t + 1), self.step(t)), t - 1, t, t + 1) for t in inner))
        )
        consistency = sp.Add(*(self.consistency_term(t) for t in inner))
        given_data = _q((x[T],), (x[T - 1], x_0))
        tower = self.expect(Expectation(_log_ratio(self.prior, self.step(T)), given_data), T - 1)
        markov = self.expect(Expectation(_log_ratio(self.prior, self.step(T)), self.step(T)), T - 1)
        return (
            *self.factorization_steps(),
            Step(EQ, split, rules.LINEARITY),
            Step(EQ, marginalized, rules.MARGINALIZATION),
            Step(EQ, self.reconstruction + tower - consistency, rules.Algebra("tower property")),
            Step(EQ, self.reconstruction + markov - consistency, rules.markov(self.forward, given_data)),
            Step(EQ, self.consistency_rhs, rules.KL_DEFINITION),
        )

    @property
    def consistency_rhs(self) -> sp.Expr:
        """Reconstruction - prior matching - consistency terms."""
        T = self.T
        prior_matching = self.expect(KL(self.step(T), self.prior), T - 1)
        return self.reconstruction - prior_matching - sp.Add(*(self.consistency_term(t) for t in range(1, T)))

    def consistency(self) -> Derivation:
        return Derivation(self.elbo, EQ, self.consistency_rhs, self.consistency_steps(), label=f"T = {self.T}")

    # ------------------------------------------------------------ denoising

    def denoising_term(self, t: int) -> Expectation:
        """E_{q(x_t | x_0)}[KL(q(x_{t-1} | x_t, x_0) || p(x_{t-1} | x_t))]."""
        return self.expect(KL(self.posterior(t), self.denoiser(t)), t)

    @property
    def denoising_rhs(self) -> sp.Expr:
        """Reconstruction - prior matching - denoising matching terms."""
        prior_matching = KL(self.marginal(self.T), self.prior)
        return self.reconstruction - prior_matching - sp.Add(*(self.denoising_term(t) for t in self.times(2)))

    def denoising_steps(self) -> tuple[Step, ...]:
        T, later = self.T, self.times(2)
        decoder = self.prior * sp.Mul(*(self.denoiser(t) for t in self.times()))
        with_data = sp.Mul(*(self.step_given_data(t) for t in later))
        bayes = sp.Mul(*(self.posterior(t) * self.marginal(t) / self.marginal(t - 1) for t in later))
        prior_ratio = _log_ratio(self.prior, self.marginal(T))
        pairs = [(t, _log_ratio(self.denoiser(t), self.posterior(t))) for t in later]
        split = (
            self._trajectory(sp.log(self.denoiser(1)))
            + self._trajectory(prior_ratio)
            + sp.Add(*(self._trajectory(ratio) for _, ratio in pairs))
        )
        marginalized = (
            self.reconstruction
            + self.expect(prior_ratio, T)
            + sp.Add(*(self.expect(ratio, t - 1, t) for t, ratio in pairs))
        )
        tower = (
            self.reconstruction
            + self.expect(prior_ratio, T)
            + sp.Add(*(self.expect(Expectation(ratio, self.posterior(t)), t) for t, ratio in pairs))
        )
        return (
            *self.factorization_steps(),
            Step(
                EQ,
                self._trajectory(_log_ratio(decoder, self.step(1) * with_data)),
                rules.markov(self.forward, *(self.step_given_data(t) for t in later)),
            ),
            Step(
                EQ,
                self._trajectory(_log_ratio(decoder, self.step(1) * bayes)),
                rules.Algebra("Bayes' rule; the product telescopes"),
            ),
            Step(EQ, split, rules.LINEARITY),
            Step(EQ, marginalized, rules.MARGINALIZATION),
            Step(EQ, tower, rules.Algebra("tower property")),
            Step(EQ, self.denoising_rhs, rules.KL_DEFINITION),
        )

    def denoising(self) -> Derivation:
        return Derivation(self.elbo, EQ, self.denoising_rhs, self.denoising_steps(), label=f"T = {self.T}")


# ------------------------------------------------------------------ any T

T = T_steps
t = t_index

#: T >= 2 steps; under q and under p, x_0 -> x_1 -> ... -> x_T is a Markov chain.
AT_LEAST_TWO_STEPS = Domain(T, sp.Range(2, sp.oo))
FORWARD_ANY_T = IndexedMarkovChain("q", X, 0, T)
REVERSE_ANY_T = IndexedMarkovChain("p", X, 0, T)
ANY_T = "for any T >= 2"

TOWER = rules.Algebra("tower property")
BAYES_IN_PRODUCT = rules.Algebra("Bayes' rule in each factor")


@dataclass(frozen=True)
class AnyT(Factors):
    """The VDM with a symbolic number of steps T: products and sums over t, Luo's derivations (eqs. 37-58)."""

    x: sp.IndexedBase = X
    T: sp.Symbol = T

    @property
    def encoder(self) -> Density:
        """q(x_{1:T} | x_0)."""
        return _q((Slice(X, 1, T),), (X[0],))

    @property
    def decoder(self) -> Density:
        """p(x_{0:T})."""
        return _p((Slice(X, 0, T),))

    def trajectory(self, expr: sp.Expr) -> Expectation:
        """E_{q(x_{1:T} | x_0)}[expr]."""
        return Expectation(expr, self.encoder)

    @staticmethod
    def expect(expr: sp.Expr, *variables: sp.Expr) -> Expectation:
        """E_{q(variables | x_0)}[expr]."""
        return Expectation(expr, _q(variables, (X[0],)))

    @property
    def elbo(self) -> Expectation:
        """E_{q(x_{1:T} | x_0)}[log p(x_{0:T}) / q(x_{1:T} | x_0)]."""
        return self.trajectory(_log_ratio(self.decoder, self.encoder))

    @staticmethod
    def product(factor: sp.Expr, first, last=T) -> sp.Product:
        return sp.Product(factor, (t, first, last))

    @staticmethod
    def total(term: sp.Expr, first, last=T) -> sp.Sum:
        return sp.Sum(term, (t, first, last))

    # ------------------------------------------------------------ both joints

    def factorization_steps(self) -> tuple[Step, ...]:
        """The chain rule for both joints, then the Markov property of both chains (eq. 38 / 48)."""
        given_future = _p((X[t - 1],), (Slice(X, t, T),))
        given_past = _q((X[t],), (Slice(X, 0, t - 1),))
        chain_rule = _log_ratio(self.prior * self.product(given_future, 1), self.product(given_past, 1))
        return (
            Step(EQ, self.trajectory(chain_rule), sums.CHAIN_RULE),
            Step(EQ, self.factorized, sums.markov_chain(FORWARD_ANY_T, REVERSE_ANY_T)),
        )

    @property
    def factorized(self) -> Expectation:
        """E_q[log p(x_T) prod_{t=1}^{T} p(x_{t-1} | x_t) / prod_{t=1}^{T} q(x_t | x_{t-1})] (eq. 38)."""
        return self.trajectory(
            _log_ratio(self.prior * self.product(self.denoiser(t), 1), self.product(self.step(t), 1))
        )

    @property
    def reconstruction(self) -> Expectation:
        """E_{q(x_1 | x_0)}[log p(x_0 | x_1)]."""
        return self.expect(sp.log(self.denoiser(1)), X[1])

    # ---------------------------------------------------------- consistency

    def consistency_term(self, t) -> Expectation:
        """E_{q(x_{t-1}, x_t, x_{t+1} | x_0)}[log q(x_t | x_{t-1}) / p(x_t | x_{t+1})]."""
        return self.expect(_log_ratio(self.step(t), self.denoiser(t + 1)), X[t - 1], X[t], X[t + 1])

    def consistency_kl_term(self, t) -> Expectation:
        """Luo's eq. 45: E_{q(x_{t-1}, x_{t+1} | x_0)}[KL(q(x_t | x_{t-1}) || p(x_t | x_{t+1}))] (not equal)."""
        return self.expect(KL(self.step(t), self.denoiser(t + 1)), X[t - 1], X[t + 1])

    @property
    def prior_matching(self) -> Expectation:
        """E_{q(x_{T-1} | x_0)}[KL(q(x_T | x_{T-1}) || p(x_T))]."""
        return self.expect(KL(self.step(T), self.prior), X[T - 1])

    @property
    def consistency_rhs(self) -> sp.Expr:
        """Reconstruction - prior matching - sum_{t=1}^{T-1} consistency terms (eq. 44, the KLs not taken)."""
        return self.reconstruction - self.prior_matching - self.total(self.consistency_term(t), 1, T - 1)

    def consistency_steps(self) -> tuple[Step, ...]:
        """Luo's eqs. 38-44: split off p(x_0 | x_1) and q(x_T | x_{T-1}), shift, a sum of logs, marginalize."""
        ends = self.prior * self.denoiser(1)
        last = self.step(T)
        inner = self.product(self.step(t), 1, T - 1)
        pairs = _log_ratio(self.denoiser(t + 1), self.step(t))
        outer = sp.log(self.denoiser(1)), _log_ratio(self.prior, last)
        given_data = _q((X[T],), (X[T - 1], X[0]))
        prior_ratio = _log_ratio(self.prior, last)
        consistency = self.total(self.consistency_term(t), 1, T - 1)
        marginal_prior = self.expect(prior_ratio, X[T - 1], X[T])
        return (
            *self.factorization_steps(),
            Step(EQ, self.trajectory(_log_ratio(ends * self.product(self.denoiser(t), 2), last * inner)),
                 sums.SPLIT_TERM),
            Step(EQ, self.trajectory(_log_ratio(ends * self.product(self.denoiser(t + 1), 1, T - 1), last * inner)),
                 sums.SHIFT_INDEX),
            Step(EQ, self.trajectory(_log_ratio(ends, last) + sp.log(self.product(self.denoiser(t + 1) / self.step(t),
                                                                                 1, T - 1))), sums.MERGE_RANGES),
            Step(EQ, self.trajectory(_log_ratio(ends, last) + self.total(pairs, 1, T - 1)), sums.LOG_OF_PRODUCT),
            Step(EQ, sum(map(self.trajectory, outer)) + self.trajectory(self.total(pairs, 1, T - 1)),
                 sums.EXPECTATION_OF_SUM),
            Step(EQ, sum(map(self.trajectory, outer)) + self.total(self.trajectory(pairs), 1, T - 1),
                 sums.EXPECTATION_OF_SUM),
            Step(EQ, self.reconstruction + marginal_prior + self.total(self.expect(pairs, X[t - 1], X[t], X[t + 1]),
                                                                      1, T - 1), sums.MARGINALIZE),
            Step(EQ, self.reconstruction + self.expect(Expectation(prior_ratio, given_data), X[T - 1]) - consistency,
                 TOWER),
            Step(EQ, self.reconstruction + self.expect(Expectation(prior_ratio, last), X[T - 1]) - consistency,
                 sums.markov_chain(FORWARD_ANY_T)),
            Step(EQ, self.consistency_rhs, rules.KL_DEFINITION),
        )  # fmt: skip

    def consistency(self) -> Derivation:
        return Derivation(self.elbo, EQ, self.consistency_rhs, self.consistency_steps(), label=ANY_T)

    # ------------------------------------------------------------ denoising

    def denoising_term(self, t) -> Expectation:
        """E_{q(x_t | x_0)}[KL(q(x_{t-1} | x_t, x_0) || p(x_{t-1} | x_t))]."""
        return self.expect(KL(self.posterior(t), self.denoiser(t)), X[t])

    @property
    def denoising_rhs(self) -> sp.Expr:
        """Reconstruction - prior matching - sum_{t=2}^{T} denoising matching terms (eq. 58)."""
        return self.reconstruction - KL(self.marginal(T), self.prior) - self.total(self.denoising_term(t), 2)

    def denoising_steps(self) -> tuple[Step, ...]:
        """Luo's eqs. 49-58: split off the first factors, x_0 into each transition, Bayes' rule, telescoping."""
        ends = self.prior * self.denoiser(1)
        first = self.step(1)
        bayes = self.posterior(t) * self.marginal(t) / self.marginal(t - 1)
        ratio = _log_ratio(self.denoiser(t), self.posterior(t))
        outer = sp.log(self.denoiser(1)), _log_ratio(self.prior, self.marginal(T))
        return (
            *self.factorization_steps(),
            Step(EQ, self.trajectory(_log_ratio(ends * self.product(self.denoiser(t), 2),
                                                first * self.product(self.step(t), 2))), sums.SPLIT_TERM),
            Step(EQ, self.trajectory(_log_ratio(ends * self.product(self.denoiser(t), 2),
                                                first * self.product(self.step_given_data(t), 2))),
                 sums.markov_chain(FORWARD_ANY_T)),
            Step(EQ, self.trajectory(_log_ratio(ends, first)
                                     + sp.log(self.product(self.denoiser(t) / self.step_given_data(t), 2))),
                 sums.MERGE_RANGES),
            Step(EQ, self.trajectory(_log_ratio(ends, first) + sp.log(self.product(self.denoiser(t) / bayes, 2))),
                 BAYES_IN_PRODUCT),
            Step(EQ, self.trajectory(_log_ratio(ends, first) + _log_ratio(first, self.marginal(T))
                                     + sp.log(self.product(self.denoiser(t) / self.posterior(t), 2))),
                 sums.TELESCOPING),
            Step(EQ, self.trajectory(_log_ratio(ends, self.marginal(T)) + self.total(ratio, 2)), sums.LOG_OF_PRODUCT),
            Step(EQ, sum(map(self.trajectory, outer)) + self.total(self.trajectory(ratio), 2),
                 sums.EXPECTATION_OF_SUM),
            Step(EQ, self.reconstruction + self.expect(outer[1], X[T]) + self.total(self.expect(ratio, X[t], X[t - 1]),
                                                                                    2), sums.MARGINALIZE),
            Step(EQ, self.reconstruction + self.expect(outer[1], X[T])
                 + self.total(self.expect(Expectation(ratio, self.posterior(t)), X[t]), 2), TOWER),
            Step(EQ, self.denoising_rhs, rules.KL_DEFINITION),
        )  # fmt: skip

    def denoising(self) -> Derivation:
        return Derivation(self.elbo, EQ, self.denoising_rhs, self.denoising_steps(), label=ANY_T)


# ---------------------------------------------------------------- the instance


def schedule(T: int) -> tuple[sp.Rational, ...]:
    """alpha_t = ((t + 2) / (t + 3))^2: rational square roots, so the instance stays rational."""
    return tuple(sp.Rational(t + 2, t + 3) ** 2 for t in range(1, T + 1))


@dataclass(frozen=True)
class LinearGaussian:
    """x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps_t with the rational :func:`schedule`;
    p(x_T) = N(0, 1), p(x_{t-1} | x_t) = N(a_t x_t + b_t, s_t^2) with a_t, b_t, s_t > 0 and the
    data point x_0 left symbolic.
    """

    chain: Chain

    @property
    def reverse_parameters(self) -> tuple[tuple[sp.Symbol, ...], ...]:
        T = self.chain.T
        a = sp.symbols(f"a_1:{T + 1}", real=True)
        b = sp.symbols(f"b_1:{T + 1}", real=True)
        s = sp.symbols(f"s_1:{T + 1}", positive=True)
        return a, b, s

    def transition(self, i: int, j: int) -> Normal:
        """q(x_j | x_i) = N(sqrt(alpha_{i+1} ... alpha_j) x_i, 1 - alpha_{i+1} ... alpha_j), i < j."""
        gain = sp.Mul(*schedule(self.chain.T)[i:j])
        x = self.chain.x
        return Normal(x[j], sp.sqrt(gain) * x[i], 1 - gain)

    def forward_joint(self, indices) -> sp.Expr:
        """q(x_i, x_j, ... | x_0): the transitions between consecutive indices (Markov)."""
        path = (0, *sorted(indices))
        return sp.Mul(*(self.transition(i, j) for i, j in zip(path, path[1:])))

    def forward(self, density: Density) -> sp.Expr:
        """Any conditional of q as joint over marginal, both given x_0."""
        index = {v: k for k, v in enumerate(self.chain.x)}
        variables = {index[v] for v in density.variables}
        given = {index[g] for g in density.given}
        if given == {0}:
            return self.forward_joint(variables)
        return self.forward_joint((variables | given) - {0}) / self.forward_joint(given - {0})

    def denoiser(self, t: int) -> Normal:
        a, b, s = self.reverse_parameters
        x = self.chain.x
        return Normal(x[t - 1], a[t - 1] * x[t] + b[t - 1], s[t - 1] ** 2)

    def instance(self, densities) -> Instance:
        chain = self.chain
        prior = Normal(chain.x[-1], 0, 1)
        decoder = {chain.denoiser(t): self.denoiser(t) for t in chain.times()}
        decoder.update({chain.given_future(t): self.denoiser(t) for t in chain.times()})
        decoder[chain.prior] = prior
        decoder[chain.decoder] = prior * sp.Mul(*(self.denoiser(t) for t in chain.times()))
        forward = {d: self.forward(d) for d in densities if d.name == "q"}
        a, b, s = self.reverse_parameters
        return Instance(
            f"linear-Gaussian VDM, T = {chain.T}, x_0 fixed, p(x_(t-1) | x_t) = N(a_t x_t + b_t, s_t^2)",
            tuple({**forward, **decoder}.items()),
            domains(*a, *b, *s),
            claims=(f"T = {chain.T}",),
        )


def _elbo_instance(chain: Chain, derivations: tuple[Derivation, ...]) -> Instance:
    densities = set().union(*(e.atoms(Density) for d in derivations for e in d.expressions()))
    return LinearGaussian(chain).instance(densities)


def _elbo_identity(name: str, title: str, build, general: Derivation, source: str) -> Identity:
    chains = tuple(Chain(T) for T in HORIZONS)
    derivations = tuple(build(chain) for chain in chains)
    return Identity(
        name=name,
        title=title,
        section="variational diffusion model",
        assumptions=(
            AT_LEAST_TWO_STEPS,
            FORWARD_ANY_T,
            REVERSE_ANY_T,
            *(c for chain in chains for c in (chain.forward, chain.reverse)),
            Fact(
                "x_0 is a fixed data point; the ELBO is derived for any T >= 2 and written out for T = "
                + ", ".join(map(str, HORIZONS))
            ),
        ),
        derivations=(general, *derivations),
        instances=tuple(_elbo_instance(chain, (d,)) for chain, d in zip(chains, derivations)),
        source=source,
    )


vdm_elbo_consistency = _elbo_identity(
    "vdm-elbo-consistency",
    "The VDM ELBO as reconstruction, prior matching and consistency terms",
    Chain.consistency,
    AnyT().consistency(),
    "Luo (2022), eqs. 34-45; the consistency term kept under q(x_(t-1), x_t, x_(t+1) | x_0), not eq. 45's KL",
)

vdm_elbo_denoising = _elbo_identity(
    "vdm-elbo-denoising",
    "The VDM ELBO as reconstruction, prior matching and denoising matching terms",
    Chain.denoising,
    AnyT().denoising(),
    "Luo (2022), eqs. 46-58",
)

# ------------------------------------------------------------ forward Bayes step

FORWARD_CHAIN = MarkovChain("q", (x_0, x_tm1, x_t))
ABAR = Equation(abar_t, alpha_t * abar_tm1)

_step = Density("q", (x_t,), (x_tm1,))
_step_given_data = Density("q", (x_t,), (x_tm1, x_0))
_posterior = Density("q", (x_tm1,), (x_t, x_0))
_marginal = Density("q", (x_t,), (x_0,))
_previous_marginal = Density("q", (x_tm1,), (x_0,))

#: The three Gaussians of the forward process and the posterior they give, at a generic t.
GAUSSIANS = (
    (_step, Normal(x_t, sp.sqrt(alpha_t) * x_tm1, FORWARD_STEP_VARIANCE)),
    (_step_given_data, Normal(x_t, sp.sqrt(alpha_t) * x_tm1, FORWARD_STEP_VARIANCE)),
    (_marginal, Normal(x_t, FORWARD_MEAN, FORWARD_VARIANCE)),
    (_previous_marginal, Normal(x_tm1, FORWARD_MEAN.subs(abar_t, abar_tm1), FORWARD_VARIANCE.subs(abar_t, abar_tm1))),
    (_posterior, Normal(x_tm1, POSTERIOR_MEAN, POSTERIOR_VARIANCE)),
)

BAYES_FORM = _posterior * _marginal / _previous_marginal

#: A schedule point with rational square roots (alpha_t abar_{t-1} = abar_t), for exact instances.
RATIONAL_POINT = {alpha_t: sp.Rational(9, 25), abar_tm1: sp.Rational(16, 25), abar_t: sp.Rational(144, 625)}


def at_rational_point(substitutions) -> tuple[tuple[sp.Expr, sp.Expr], ...]:
    """An instance's substitutions with the schedule at :data:`RATIONAL_POINT` (and the symbols themselves too)."""
    return (*((atom, law.xreplace(RATIONAL_POINT)) for atom, law in substitutions), *RATIONAL_POINT.items())


forward_bayes_step = Identity(
    name="forward-bayes-step",
    title="A forward step, reversed by Bayes' rule with x_0 in the conditioning",
    section="variational diffusion model",
    assumptions=(*domains(alpha_t, abar_t, abar_tm1), ABAR, FORWARD_CHAIN),
    derivations=(
        Derivation(
            _step,
            EQ,
            BAYES_FORM,
            (
                Step(EQ, _step_given_data, rules.markov(FORWARD_CHAIN, _step_given_data)),
                Step(EQ, BAYES_FORM, rules.BAYES),
            ),
        ),
    ),
    instances=(
        Instance(
            "the forward process from a fixed x_0, each density Gaussian, at alpha_t = 9/25, abar_(t-1) = 16/25",
            at_rational_point(GAUSSIANS),
            claims=("statement",),
        ),
    ),
    source="Luo (2022), eq. 46",
)

IDENTITIES = (vdm_elbo_consistency, forward_bayes_step, vdm_elbo_denoising)
