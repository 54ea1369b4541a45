"""Exact denoisers: E[x_0 | x_t], E[eps | x_t] and the score of q(x_t), for Gaussian and mixture data.

With one of these as the model, the ancestral sampler runs with a perfect
network, so what is left of its error is the discretization of the reverse
process (and the prior mismatch x_T ~ N(0, I)).  The forward coefficients
sqrt(abar_t), sqrt(1 - abar_t) and the conversions x_0 -> prediction are the
simulator's closed forms; the rest is Gaussian conditioning,
E[X | Y] = E X + Cov(X, Y) Var(Y)^{-1} (Y - E Y).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from scipy import special, stats

from numeric.schedules import Schedule
from numeric.simulator import EPSILON, FORWARD_FORM, Model, Prediction, reverse_scales


def _forward_scales(schedule: Schedule) -> tuple[np.ndarray, np.ndarray]:
    """(sqrt(abar_t), sqrt(1 - abar_t)) for t = 1..T, as columns to broadcast over coordinates."""
    signal, noise = FORWARD_FORM.arrays(schedule)
    return signal[:, None], noise[:, None]


def _from_x0_and_eps(schedule: Schedule, prediction: Prediction) -> tuple[np.ndarray, np.ndarray]:
    """(alpha_t, beta_t) with prediction = alpha_t x_0 + beta_t eps, as columns.

    The exact prediction is alpha_t E[x_0 | x_t] + beta_t E[eps | x_t], each computed
    where it has no cancellation: E[x_0 | x_t] by Gaussian conditioning and
    E[eps | x_t] = -sqrt(1 - abar_t) grad log q(x_t) from the score.
    """
    alpha, beta = prediction.from_x0_and_eps.arrays(schedule)
    return alpha[:, None], beta[:, None]


@dataclass(frozen=True, eq=False)
class GaussianData:
    """x_0 ~ N(mean, covariance); ``covariance`` is a vector of variances or a symmetric PSD matrix."""

    mean: np.ndarray
    covariance: np.ndarray
    basis: np.ndarray | None = field(init=False, repr=False)
    spectrum: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        mean = np.atleast_1d(np.asarray(self.mean, dtype=np.float64))
        covariance = np.asarray(self.covariance, dtype=np.float64)
        d = mean.size
        if mean.ndim != 1 or covariance.shape not in ((d,), (d, d)):
            raise ValueError(
                f"GaussianData: expected mean (d,) and covariance (d,) or (d, d), "
                f"got {mean.shape} and {covariance.shape}"
            )
        if covariance.ndim == 2:
            if not np.allclose(covariance, covariance.T, rtol=0, atol=1e-12 * np.abs(covariance).max()):
                raise ValueError("GaussianData: covariance must be symmetric")
            spectrum, basis = np.linalg.eigh(covariance)
        else:
            spectrum, basis = covariance, None
        if not np.all(np.isfinite(spectrum) & (spectrum >= 0)) or not np.all(np.isfinite(mean)):
            raise ValueError(
                f"GaussianData: covariance must be positive semi-definite and finite, eigenvalues {spectrum}"
            )
        object.__setattr__(self, "mean", mean)
        object.__setattr__(self, "covariance", covariance)
        object.__setattr__(self, "basis", basis)
        object.__setattr__(self, "spectrum", spectrum)

    @property
    def dimension(self) -> int:
        return self.mean.size

    @cached_property
    def covariance_matrix(self) -> np.ndarray:
        return self.covariance if self.covariance.ndim == 2 else np.diag(self.covariance)

    def _rotate(self, x: np.ndarray) -> np.ndarray:
        """Coordinates in the eigenbasis of the covariance, where everything is per coordinate."""
        return x if self.basis is None else x @ self.basis

    def _unrotate(self, y: np.ndarray) -> np.ndarray:
        return y if self.basis is None else y @ self.basis.T

    def standardize(self, x: np.ndarray) -> np.ndarray:
        """x in this law's eigenbasis, each coordinate standardized: i.i.d. N(0, 1) exactly when x follows the law."""
        return self._rotate(x - self.mean) / np.sqrt(self.spectrum)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """n independent draws, shape (n, d)."""
        z = rng.standard_normal((n, self.dimension))
        return self.mean + self._unrotate(z * np.sqrt(self.spectrum))

    def affine_model(self, schedule: Schedule, prediction: Prediction) -> tuple[np.ndarray, np.ndarray]:
        """(slope, intercept), shape (T, d): the exact prediction is slope_t * y + intercept_t in eigen-coordinates y.

        Per eigenvalue lambda, with V_t = abar_t lambda + 1 - abar_t = Var(x_t):
        E[x_0 | x_t] = m + sqrt(abar_t) lambda / V_t (x_t - sqrt(abar_t) m) and
        E[eps | x_t] = -sqrt(1 - abar_t) grad log q(x_t) = sqrt(1 - abar_t) (x_t - sqrt(abar_t) m) / V_t.
        """
        signal, noise = _forward_scales(schedule)
        m = self._rotate(self.mean)
        variance = signal**2 * self.spectrum + noise**2
        x0_gain, eps_gain = signal * self.spectrum / variance, noise / variance
        alpha, beta = _from_x0_and_eps(schedule, prediction)
        slope = alpha * x0_gain + beta * eps_gain
        return slope, alpha * m - slope * signal * m

    def model(self, schedule: Schedule, prediction: Prediction = EPSILON) -> Model:
        """The exact ``prediction`` (E[eps | x_t], E[x_0 | x_t], v or score) as ``model(x_t, t)``."""
        return _AffineModel(self, *self.affine_model(schedule, prediction))

    def marginal(self, schedule: Schedule, t: int) -> GaussianData:
        """q(x_t) = N(sqrt(abar_t) m, abar_t Sigma + (1 - abar_t) I)."""
        signal, noise = (float(c[int(schedule.check_step(t)) - 1, 0]) for c in _forward_scales(schedule))
        return GaussianData(signal * self.mean, signal**2 * self.covariance_matrix + noise**2 * np.eye(self.dimension))

    def sampler_output_law(self, schedule: Schedule, variances: np.ndarray | None = None) -> GaussianData:
        """The exact law of :func:`numeric.simulator.sample` with this data's exact eps-denoiser."""
        a, b = EPSILON.mean.arrays(schedule)
        return self._affine_law(a, b, reverse_scales(schedule, variances), *self.affine_model(schedule, EPSILON))

    def run_law(self, sampler, path) -> GaussianData:
        """The exact law of :func:`numeric.samplers.run` with this data's exact denoiser, for an affine sampler.

        DDPM with fixed variances and DDIM with any eta, unclipped, step as x <- a_k x + b_k output + sigma_k z;
        with the exact output slope_k y + intercept_k (eigen-coordinates y) each step is affine in x.
        """
        affine = sampler.affine(path)
        if affine is None:
            raise ValueError(
                "run_law: the sampler clips x_0 or learns its variances, so its law is not Gaussian; "
                "use run_moments for a Monte Carlo estimate"
            )
        a, b, scales = affine
        return self._affine_law(a, b, scales, *self.affine_model(path, sampler.prediction))

    def _affine_law(self, a, b, scales, slope, intercept) -> GaussianData:
        """From x_K ~ N(0, I), x <- A_k x + c_k + sigma_k z with A_k = a_k + b_k slope_k, c_k = b_k intercept_k:
        m <- A_k m + c_k, V <- A_k^2 V + sigma_k^2, exactly, per eigen-coordinate."""
        mean, variance = np.zeros(self.dimension), np.ones(self.dimension)
        for k in range(len(a), 0, -1):
            gain = a[k - 1] + b[k - 1] * slope[k - 1]
            mean = gain * mean + b[k - 1] * intercept[k - 1]
            variance = gain**2 * variance + scales[k - 1] ** 2
        if self.basis is None:
            return GaussianData(mean, variance)
        return GaussianData(self._unrotate(mean), (self.basis * variance) @ self.basis.T)

    def run_moments(self, sampler, path, rng: np.random.Generator, n: int = 20_000) -> SampleMoments:
        """Mean and covariance of ``n`` runs of any sampler (clipped, thresholded, ...), with standard errors."""
        from numeric.samplers import run

        model = self.model(path.schedule, sampler.prediction)
        return SampleMoments.of(run(sampler, path, model, (n, self.dimension), rng))

    def _repr_latex_(self) -> str:
        return rf"$\mathbf{{x}}_0 \sim \mathcal{{N}}(\boldsymbol{{\mu}}, \Sigma),\ d = {self.dimension}$"


@dataclass(frozen=True)
class SampleMoments:
    """Sample mean and covariance of n draws, each entry with its standard error (for a z-test)."""

    mean: np.ndarray
    covariance: np.ndarray
    mean_stderr: np.ndarray
    covariance_stderr: np.ndarray
    n: int

    @classmethod
    def of(cls, samples: np.ndarray) -> SampleMoments:
        """Standard errors: sqrt(Var x_i / n) for the means, sqrt(Var[(x_i - m_i)(x_j - m_j)] / n) for the covariances."""
        n = samples.shape[0]
        centered = samples - samples.mean(axis=0)
        products = centered[:, :, None] * centered[:, None, :]
        return cls(
            samples.mean(axis=0),
            products.sum(axis=0) / (n - 1),
            samples.std(axis=0, ddof=1) / np.sqrt(n),
            products.std(axis=0, ddof=1) / np.sqrt(n),
            n,
        )


@dataclass(frozen=True, eq=False)
class _AffineModel:
    """prediction = slope_t * y + intercept_t in the data's eigen-coordinates y, evaluated in x's dtype."""

    data: GaussianData
    slope: np.ndarray
    intercept: np.ndarray
    _cast: dict = field(default_factory=dict, init=False, repr=False)

    def _coefficients(self, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray]:
        if dtype not in self._cast:
            self._cast[dtype] = (self.slope.astype(dtype), self.intercept.astype(dtype))
        return self._cast[dtype]

    def __call__(self, x_t: np.ndarray, t: int) -> np.ndarray:
        slope, intercept = self._coefficients(np.result_type(x_t, np.float32))
        out = self.data._rotate(x_t) * slope[t - 1]
        out += intercept[t - 1]
        return self.data._unrotate(out).astype(x_t.dtype, copy=False)


@dataclass(frozen=True, eq=False)
class GaussianMixtureData:
    """x_0 ~ sum_k w_k N(means_k, diag(variances_k)); shapes (K,), (K, d), (K, d)."""

    weights: np.ndarray
    means: np.ndarray
    variances: np.ndarray

    def __post_init__(self) -> None:
        weights = np.asarray(self.weights, dtype=np.float64)
        means = np.asarray(self.means, dtype=np.float64)
        variances = np.broadcast_to(np.asarray(self.variances, dtype=np.float64), means.shape).copy()
        if weights.ndim != 1 or means.shape[:1] != weights.shape or means.ndim != 2:
            raise ValueError(
                f"GaussianMixtureData: expected weights (K,) and means (K, d), got {weights.shape} and {means.shape}"
            )
        if not (np.all(weights > 0) and abs(weights.sum() - 1) < 1e-12):
            raise ValueError(f"GaussianMixtureData: weights must be positive and sum to 1, got {weights}")
        if not np.all(np.isfinite(variances) & (variances > 0)) or not np.all(np.isfinite(means)):
            raise ValueError(f"GaussianMixtureData: variances must be positive and finite, got {variances}")
        object.__setattr__(self, "weights", weights)
        object.__setattr__(self, "means", means)
        object.__setattr__(self, "variances", variances)

    @property
    def dimension(self) -> int:
        return self.means.shape[1]

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        component = rng.choice(self.weights.size, size=n, p=self.weights)
        return self.means[component] + np.sqrt(self.variances[component]) * rng.standard_normal((n, self.dimension))

    def cdf(self, coordinate: int = 0):
        """The CDF of one coordinate of x_0 (a one-dimensional mixture)."""
        means, scales = self.means[:, coordinate], np.sqrt(self.variances[:, coordinate])
        return lambda x: stats.norm.cdf((np.asarray(x)[..., None] - means) / scales) @ self.weights

    def _posterior(self, schedule: Schedule, x_t: np.ndarray, t: int) -> tuple[np.ndarray, np.ndarray]:
        """E[x_0 | x_t] and grad log q(x_t), from the responsibilities r_k(x_t) of the components.

        Given component k, x_t ~ N(sqrt(abar_t) m_k, V_k) with V_k = abar_t D_k + 1 - abar_t, so
        E[x_0 | x_t] = sum_k r_k (m_k + sqrt(abar_t) D_k / V_k (x_t - sqrt(abar_t) m_k)) and
        grad log q(x_t) = -sum_k r_k (x_t - sqrt(abar_t) m_k) / V_k.
        """
        step = int(schedule.check_step(t)) - 1
        signal, noise = (float(c[step, 0]) for c in _forward_scales(schedule))
        variance = signal**2 * self.variances + noise**2
        residual = x_t[:, None, :] - signal * self.means
        log_weight = np.log(self.weights) - 0.5 * np.sum(residual**2 / variance + np.log(2 * np.pi * variance), axis=-1)
        responsibility = np.exp(log_weight - special.logsumexp(log_weight, axis=1, keepdims=True))
        x0_mean = np.einsum("nk,nkd->nd", responsibility, self.means + signal * self.variances / variance * residual)
        score = -np.einsum("nk,nkd->nd", responsibility, residual / variance)
        return x0_mean, score

    def x0_mean(self, schedule: Schedule, x_t: np.ndarray, t: int) -> np.ndarray:
        """E[x_0 | x_t]."""
        return self._posterior(schedule, x_t, t)[0]

    def score(self, schedule: Schedule, x_t: np.ndarray, t: int) -> np.ndarray:
        """grad log q(x_t)."""
        return self._posterior(schedule, x_t, t)[1]

    def model(self, schedule: Schedule, prediction: Prediction = EPSILON) -> Model:
        """The exact ``prediction`` as ``model(x_t, t)``: alpha_t E[x_0 | x_t] + beta_t E[eps | x_t]."""
        alpha, beta = _from_x0_and_eps(schedule, prediction)
        _, noise = _forward_scales(schedule)

        def exact(x_t: np.ndarray, t: int) -> np.ndarray:
            x0_mean, score = self._posterior(schedule, x_t, t)
            return alpha[t - 1] * x0_mean - beta[t - 1] * noise[t - 1] * score

        return exact

    def _repr_latex_(self) -> str:
        return rf"$\mathbf{{x}}_0 \sim \sum_{{k=1}}^{{{self.weights.size}}} w_k \mathcal{{N}}(\mathbf{{m}}_k, D_k)$"
