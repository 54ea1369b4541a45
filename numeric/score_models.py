"""Numeric checks of the score-based identities, on families other than the symbolic instances.

Scores are evaluated two ways from the same SymPy expressions: exactly (SymPy's
derivative, lambdified) and by central finite differences with a stated bound,
truncation ``h^2/6 max|F'''|`` plus rounding; Gaussian mixtures stand in for data.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import mpmath
import numpy as np
import sympy as sp
from scipy import integrate, stats

from derivations.kernel.algebra import canonical
from derivations.probability import Grad
from derivations.score_models import (
    OU_INSTANCE,
    STATIONARY_VARIANCE,
    Z_theta,
    annealed_score_objective,
    denoising_score_matching,
    energy_score,
    f_drift,
    f_theta,
    fisher,
    g_diffusion,
    gaussian_langevin_step,
    langevin,
    mixture_score,
    p_theta,
    p_x,
    p_xt,
    reverse_sde,
    s_theta,
    smoothed_mixture,
    smoothing_derivations,
)
from derivations.symbols import a, abar_t, b, c, eps, m, s, sigma, t, u, v, x, x_t
from numeric.evaluate import explicit, interpret
from numeric.montecarlo import (
    FALSE_ALARM,
    Comparison,
    Estimate,
    NumericResult,
    compare_at_least,
    compare_equal,
    compare_positive,
    compare_variance,
    exact,
    mean_estimate,
)

#: Working precision (decimal digits) of the finite differences.
DIGITS = 40
#: Their step: truncation h^2/6 |F'''| ~ 1e-21 |F'''|, rounding ~ 10^(4 - DIGITS) / h.
STEP = 1e-10
#: The relative error of rounding a value to float64.
HALF_ULP = float(np.finfo(float).eps) / 2

Components = Sequence[tuple[float, float, float]]


# ------------------------------------------------------------- gradients


@functools.lru_cache(maxsize=256)
def _compiled(expr: sp.Expr, var: sp.Symbol) -> tuple:
    """``expr`` and its derivative in ``var`` as mpmath functions, and the operation count of ``expr``."""
    explicit_expr = explicit(expr)
    functions = tuple(sp.lambdify(var, e, "mpmath") for e in (explicit_expr, sp.diff(explicit_expr, var)))
    return (*functions, sp.count_ops(explicit_expr) + 1)


def central_difference(expr: sp.Expr, var: sp.Symbol, point: float) -> Estimate:
    """d expr / d var at ``point`` by (F(x+h) - F(x-h)) / 2h at 40 digits, with its error bound.

    Truncation: h^2/6 |F'''(xi)|, bounded by twice the largest |F'''| at x - h, x, x + h
    (F''' changes by O(h |F''''|) ~ 1e-10 relative over the interval; F''' itself by mpmath's
    extrapolated differences); rounding: each value carries at most (operations + 1) *
    10^(1 - DIGITS) (1 + |F|).
    """
    f, _, operations = _compiled(expr, var)
    with mpmath.workdps(DIGITS):
        x0, h = mpmath.mpf(point), mpmath.mpf(STEP)
        upper, lower = f(x0 + h), f(x0 - h)
        value = (upper - lower) / (2 * h)
        curvature = max(abs(mpmath.diff(f, x0 + k * h, 3)) for k in (-1, 0, 1))
        rounding = operations * mpmath.mpf(10) ** (1 - DIGITS) * (2 + abs(upper) + abs(lower)) / (2 * h)
        truncation = h**2 / 6 * 2 * curvature
        return exact(float(value), float(truncation + rounding) + HALF_ULP * abs(float(value)))


def exact_derivative(expr: sp.Expr, var: sp.Symbol, point: float) -> Estimate:
    """d expr / d var at ``point`` from SymPy's derivative, at 40 digits, then rounded to float64."""
    _, first, _ = _compiled(expr, var)
    with mpmath.workdps(DIGITS):
        value = float(first(mpmath.mpf(point)))
        return exact(value, 1e-30 * (1 + abs(value)) + HALF_ULP * abs(value))


def evaluate_scores(
    expr: sp.Expr,
    family: Mapping,
    values: Mapping[sp.Symbol, float],
    var: sp.Symbol,
    point: float,
    *,
    differences: bool,
) -> Estimate:
    """``expr`` in ``family`` at ``values`` and ``var = point``, gradients by finite differences or exactly.

    The outer expression must be linear in the gradients (scores combine linearly), so
    the bounds add with the absolute values of their coefficients.
    """
    expr = interpret(expr, family, values)
    gradients = sorted(expr.atoms(Grad), key=str)
    placeholders = sp.symbols(f"_g0:{len(gradients)}")
    outer = expr.xreplace(dict(zip(gradients, placeholders)))
    if any(sp.diff(outer, g, h) != 0 for g in placeholders for h in placeholders):
        raise ValueError(f"evaluate_scores: {expr} is not linear in its gradients")
    total, bound = explicit(outer).xreplace({var: point}), 0.0
    for grad, symbol in zip(gradients, placeholders):
        method = central_difference if differences else exact_derivative
        node = method(grad.expr, grad.var, point)
        slope = float(sp.diff(outer, symbol).evalf(20, subs={g: 0 for g in placeholders}))
        total = total.xreplace({symbol: node.value})
        bound += abs(slope) * node.bound
    value = float(sp.N(total, 30))
    return exact(value, bound + 1e-15 * (1 + abs(value)))


def score_comparison(
    label: str,
    lhs: sp.Expr,
    rhs: sp.Expr,
    family: Mapping,
    values: Mapping,
    var: sp.Symbol,
    point: float,
    false_alarm: float,
) -> Comparison:
    """lhs with finite-difference gradients against rhs with exact ones, at ``point``."""
    left = evaluate_scores(lhs, family, values, var, point, differences=True)
    right = evaluate_scores(rhs, family, values, var, point, differences=False)
    return compare_equal(f"{label} at {point:.4g}", left - right, false_alarm, right.value)


# ----------------------------------------------------------- mixtures


def random_components(rng: np.random.Generator, k: int = 3) -> tuple[tuple[float, float, float], ...]:
    """k Gaussian components (weight, mean, variance): Dirichlet weights, means in (-3, 3), variances in (0.05, 1)."""
    weights = rng.dirichlet(np.full(k, 2.0))
    means = rng.uniform(-3, 3, size=k)
    variances = np.exp(rng.uniform(np.log(0.05), 0.0, size=k))
    return tuple((float(w_), float(m_), float(v_)) for w_, m_, v_ in zip(weights, means, variances))


def sample_mixture(components: Components, n: int, rng: np.random.Generator) -> np.ndarray:
    """n independent draws from sum_k w_k N(mu_k, v_k)."""
    weights, means, variances = (np.array(column) for column in zip(*components))
    labels = rng.choice(len(components), size=n, p=weights / weights.sum())
    return means[labels] + np.sqrt(variances[labels]) * rng.standard_normal(n)


def mixture_density(point: sp.Expr, components: Components) -> sp.Expr:
    """sum_k w_k N(point; mu_k, v_k) as a SymPy expression."""
    return smoothed_mixture(point, tuple(components), 0)


def _numpy(expr: sp.Expr, *variables: sp.Symbol):
    """``expr`` (operators unfolded) as a NumPy function of ``variables``, broadcast to its first argument."""
    function = sp.lambdify(variables, explicit(canonical(expr)), "numpy")
    return lambda *arrays: np.broadcast_to(np.asarray(function(*arrays), dtype=float), np.shape(arrays[0]))


# --------------------------------------------------------------- checks


def check_energy_score(rng: np.random.Generator, identity=energy_score) -> NumericResult:
    """A double well f(x) = x^4/4 - a x^2 + b x, Z by quadrature: the score by finite differences vs -f'."""
    (claim,) = identity.derivations
    values = {a: rng.uniform(0.5, 2.0), b: rng.uniform(-1, 1)}
    energy = sp.Lambda(u, u**4 / 4 - values[a] * u**2 + values[b] * u)
    potential = sp.lambdify(u, energy.expr, "math")
    normalizer, _ = integrate.quad(lambda z: np.exp(-potential(z)), -np.inf, np.inf, epsabs=1e-13, epsrel=1e-12)
    family = {p_theta: sp.exp(-energy(x)) / Z_theta, f_theta: energy}
    points = rng.uniform(-2, 2, size=3)
    comparisons = [
        score_comparison(claim.label, claim.lhs, claim.rhs, family, {Z_theta: normalizer}, x, point, FALSE_ALARM / 3)
        for point in points
    ]
    return NumericResult(identity.name, "double-well energy; finite differences at 40 digits", tuple(comparisons))


def check_fisher_divergence(rng: np.random.Generator, identity=fisher, n: int = 200_000) -> NumericResult:
    """A 3-component mixture p against two Gaussian model scores (positive divergence) and the exact score (zero)."""
    statement, at_score = identity.derivations
    components = random_components(rng)
    density = mixture_density(x, components)
    mean = sum(w_ * m_ for w_, m_, _ in components)
    draws = sample_mixture(components, n, rng)
    alarm = FALSE_ALARM / 5
    comparisons = []
    for shift in (-1.0, 1.0):
        model = sp.Lambda(u, -(u - (mean + shift)))
        integrand = interpret(statement.lhs.expr, {p_x: density, s_theta: model}, {})
        values = mean_estimate(_numpy(integrand, x)(draws))
        label = f"E_p[(s - score)^2], s = score of N({mean + shift:.3g}, 1)"
        comparisons.append(compare_at_least(label, values, alarm))
        comparisons.append(compare_positive(label + " is strictly positive", values, alarm))
    exact_score = sp.Lambda(u, Grad(sp.log(mixture_density(u, components)), u))
    zero = interpret(at_score.lhs.expr, {p_x: density, s_theta: exact_score}, {})
    comparisons.append(compare_equal("E_p[(score - score)^2]", mean_estimate(_numpy(zero, x)(draws)), alarm))
    return NumericResult(identity.name, "3-component Gaussian mixture, Monte Carlo", tuple(comparisons))


def check_denoising_score_matching(
    rng: np.random.Generator, identity=denoising_score_matching, n: int = 400_000
) -> NumericResult:
    """DSM minus explicit score matching is the same constant for three score models (paired draws)."""
    _, target = identity.derivations
    components = random_components(rng)
    level = rng.uniform(0.2, 0.9)
    noisy = tuple((w_, np.sqrt(level) * m_, level * v_) for w_, m_, v_ in components)
    data = sample_mixture(components, n, rng)
    noise = rng.standard_normal(n)
    latent = np.sqrt(level) * data + np.sqrt(1 - level) * noise
    regression = target.rhs.xreplace({abar_t: level})
    exact_score = mixture_score(x_t, noisy, 1 - level)
    models = [sp.Lambda(u, k1 * u + k0) for k1, k0 in rng.uniform(-2, 2, size=(3, 2))]
    gaps = []
    for model in models:
        dsm = _numpy((model(x_t) - regression) ** 2, x_t, eps)(latent, noise)
        esm = _numpy((model(x_t) - exact_score) ** 2, x_t)(latent)
        gaps.append(dsm - esm)
    comparisons = [
        compare_equal(f"C(s_0) - C(s_{k})", mean_estimate(gaps[0] - gaps[k]), FALSE_ALARM / 2) for k in (1, 2)
    ]
    return NumericResult(
        identity.name, f"3-component mixture data, abar_t = {level:.3g}, affine score models", tuple(comparisons)
    )


def check_langevin(rng: np.random.Generator, identity=langevin, n: int = 200_000) -> NumericResult:
    """n independent chains for p = N(0, s^2), burnt in until the start's influence is below 1e-12 relative."""
    claim = identity.derivations[0]
    step = claim.steps[0].expr
    values = {s: float(np.exp(rng.uniform(-1, 1)))}
    values[c] = values[s] ** 2 * rng.uniform(0.1, 1.5)
    linear = gaussian_langevin_step(step).xreplace(values)
    contraction = abs(float(sp.diff(linear, x)))
    move = sp.lambdify((x, eps), linear, "numpy")
    variance = float(STATIONARY_VARIANCE.xreplace(values))
    start = values[s] ** 2
    burn_in = int(np.ceil(np.log(1e-12 * variance / abs(start - variance)) / (2 * np.log(contraction))))
    chains = np.sqrt(start) * rng.standard_normal(n)
    for _ in range(max(burn_in, 1)):
        chains = move(chains, rng.standard_normal(n))
    label = f"x_{burn_in}, s = {values[s]:.3g}, c = {values[c]:.3g}"
    comparisons = (
        compare_equal(f"{label}: mean", mean_estimate(chains), FALSE_ALARM / 2),
        compare_variance(f"{label}: variance", chains, variance, FALSE_ALARM / 2),
    )
    return NumericResult(identity.name, f"{n} independent chains, Gaussian target", comparisons)


def check_annealed_score_objective(rng: np.random.Generator, identity=annealed_score_objective) -> NumericResult:
    """A 3-component mixture: convolution by quadrature, the exact score against finite differences."""
    components = random_components(rng)
    noise = float(np.exp(rng.uniform(np.log(0.1), np.log(2.0))))
    convolution = identity.derivations[0]  # the one-component lemma, in the identity's own symbols
    _, smoothed = smoothing_derivations(tuple(components))
    values = {sigma: noise, m: components[0][1], v: components[0][2]}
    alarm = FALSE_ALARM / 4
    point = float(rng.uniform(-3, 3))
    lhs = sp.lambdify(u, explicit(convolution.lhs.function.xreplace(values).xreplace({x: point})), "math")
    value, error = integrate.quad(lhs, -np.inf, np.inf, epsabs=1e-14, epsrel=1e-12, limit=200)
    closed = float(explicit(convolution.rhs).xreplace(values).xreplace({x: point}))
    comparisons = [
        compare_equal(f"{convolution.label} at {point:.3g}", exact(value - closed, error + 1e-13), alarm, closed)
    ]
    for point in rng.uniform(-3, 3, size=3):
        comparisons.append(score_comparison(smoothed.label, smoothed.lhs, smoothed.rhs, {}, values, x, point, alarm))
    return NumericResult(
        identity.name,
        f"3-component mixture smoothed at sigma = {noise:.3g}; quadrature, finite differences",
        tuple(comparisons),
    )


def _reverse_moments_ode(
    slope, offset, diffusion, start: tuple[float, float], horizon: float
) -> tuple[np.ndarray, float]:
    """(mean, variance) at t = 0 of dx = (slope(t) x + offset(t)) dt + g(t) dw-bar run from t = horizon to 0,
    and an error bound: the change from a solve at rtol 1e-9 to one at rtol 1e-12 (a posteriori estimate of
    the looser solve's error, which bounds the tighter one's).

    In t (decreasing): dm/dt = slope m + offset, dV/dt = 2 slope V - g^2.
    """

    def moments(time, state):
        mean, variance = state
        return [slope(time) * mean + offset(time), 2 * slope(time) * variance - diffusion(time) ** 2]

    def solve(rtol: float) -> np.ndarray:
        solution = integrate.solve_ivp(moments, (horizon, 0.0), list(start), method="DOP853", rtol=rtol, atol=1e-14)
        return solution.y[:, -1]

    tight = solve(1e-12)
    return tight, float(np.abs(tight - solve(1e-9)).max())


def check_reverse_sde(
    rng: np.random.Generator, identity=reverse_sde, n: int = 100_000, steps: int = 100
) -> NumericResult:
    """Euler-Maruyama of the reverse SDE for OU noising of Gaussian data, with the exact score.

    The endpoint of the linear recursion is exactly Gaussian; its moments differ from the
    reverse SDE's own (ODE for the moments, solved accurately) by the discretization bias,
    computed exactly by the moment recursion and added to the interval.  What is tested is
    that the SDE's endpoint law is the data law N(m, v).
    """
    values = {m: rng.uniform(-2, 2), v: float(np.exp(rng.uniform(np.log(0.05), np.log(3.0)))), b: rng.uniform(0.5, 2.0)}
    substitutions = dict(OU_INSTANCE.substitutions)
    drift = canonical(
        reverse_drift_of(identity)
        .xreplace({p_xt: substitutions[p_xt]})
        .subs(f_drift, substitutions[f_drift])
        .subs(g_diffusion, substitutions[g_diffusion])
    ).xreplace(values)
    drift = sp.expand(sp.powsimp(drift))  # exp(a)/exp(b) -> exp(a - b): the drift is affine in x
    slope_expr, offset_expr = sp.diff(drift, x), drift.subs(x, 0)
    slope = sp.lambdify(t, slope_expr, "math")
    offset = sp.lambdify(t, offset_expr, "math")
    diffusion = sp.lambdify(t, substitutions[g_diffusion](t).xreplace(values), "math")
    horizon = 3.0 / values[b]
    marginal = substitutions[p_xt].xreplace(values)
    start_mean, start_var = float(marginal.mean.subs(t, horizon)), float(marginal.var.subs(t, horizon))
    h = horizon / steps
    samples = start_mean + np.sqrt(start_var) * rng.standard_normal(n)
    em_mean, em_var = start_mean, start_var
    for k in range(steps):
        time = horizon - k * h
        a_k, b_k, g_k = 1 - slope(time) * h, -offset(time) * h, diffusion(time) * np.sqrt(h)
        samples = a_k * samples + b_k + g_k * rng.standard_normal(n)
        em_mean, em_var = a_k * em_mean + b_k, a_k**2 * em_var + g_k**2
    (sde_mean, sde_var), ode_error = _reverse_moments_ode(slope, offset, diffusion, (start_mean, start_var), horizon)
    mean_bias, var_bias = abs(em_mean - sde_mean) + ode_error, abs(em_var - sde_var) + ode_error
    alarm = FALSE_ALARM / 2
    label = f"x_0 after {steps} Euler-Maruyama steps, data N({values[m]:.3g}, {values[v]:.3g})"
    mean = mean_estimate(samples)
    comparisons = (
        compare_equal(
            f"{label}: mean (discretization bias {mean_bias:.2g} included)",
            Estimate(mean.value - values[m], mean.stderr, n, mean_bias),
            alarm,
            values[m],
        ),
        _variance_with_bias(
            f"{label}: variance (discretization bias {var_bias:.2g} included)", samples, values[v], var_bias, alarm
        ),
    )
    return NumericResult(identity.name, "OU noising of Gaussian data, exact score, Euler-Maruyama", comparisons)


def _variance_with_bias(
    label: str, samples: np.ndarray, variance: float, bias: float, false_alarm: float
) -> Comparison:
    """Chi-square interval for normal samples whose true variance is within ``bias`` of ``variance``."""
    k = samples.size - 1
    lo_q, hi_q = stats.chi2.ppf([false_alarm / 2, 1 - false_alarm / 2], k)
    lo, hi = max(variance - bias, 0.0) * lo_q / k, (variance + bias) * hi_q / k
    estimate = float(samples.var(ddof=1))
    return Comparison(
        label,
        estimate,
        variance,
        (lo, hi),
        samples.size,
        lo <= estimate <= hi,
        f"chi-square test at false-alarm {false_alarm:g}",
    )


def reverse_drift_of(identity) -> sp.Expr:
    """The reverse drift in the statement -d_x[-drift p] + g^2/2 d_x^2 p: the flux divided by -p."""
    (claim,) = identity.derivations
    (flux,) = (d for d in claim.lhs.atoms(sp.Derivative) if d.variable_count == ((x, 1),) and d.expr != p_xt)
    return -flux.expr / p_xt


CHECKS = {
    "energy-score": check_energy_score,
    "fisher-divergence": check_fisher_divergence,
    "denoising-score-matching": check_denoising_score_matching,
    "langevin": check_langevin,
    "annealed-score-objective": check_annealed_score_objective,
    "reverse-sde": check_reverse_sde,
}
