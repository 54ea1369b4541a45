"""Hypothesis strategies for the parameters of the catalogue, for users' property tests.

Edges are included on purpose: alphas within 1e-12 of 0 and 1, variances over
twenty decades, schedules of length 1 and of length in the thousands.
"""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


def unit_interval(*, margin: float = 1e-12) -> st.SearchStrategy[float]:
    """Floats in (0, 1), with values near both ends drawn often."""
    if not 0 < margin < 0.5:
        raise ValueError(f"unit_interval: margin must be in (0, 0.5), got {margin!r}")
    edges = st.sampled_from([margin, 1e-6, 1e-3, 0.5, 1 - 1e-3, 1 - 1e-6, 1 - margin])
    return st.one_of(edges, st.floats(margin, 1 - margin, allow_nan=False))


def alphas(*, margin: float = 1e-12) -> st.SearchStrategy[float]:
    """A per-step alpha_t in (0, 1)."""
    return unit_interval(margin=margin)


def variances(*, min_value: float = 1e-10, max_value: float = 1e10) -> st.SearchStrategy[float]:
    """Positive variances spread evenly over decades (log-uniform)."""
    if not 0 < min_value < max_value:
        raise ValueError(f"variances: need 0 < min_value < max_value, got {min_value!r}, {max_value!r}")
    lo, hi = np.log10(min_value), np.log10(max_value)
    return st.floats(lo, hi).map(lambda e: float(10.0**e))


def reals(*, bound: float = 10.0) -> st.SearchStrategy[float]:
    """Finite reals in [-bound, bound]."""
    return st.floats(-bound, bound, allow_nan=False, allow_infinity=False)


def dimensions(*, max_value: int = 16) -> st.SearchStrategy[int]:
    """A data dimension d >= 1."""
    return st.integers(1, max_value)


def alpha_schedules(
    *, min_length: int = 1, max_length: int = 2000, margin: float = 1e-12
) -> st.SearchStrategy[np.ndarray]:
    """Arrays of per-step alphas in (0, 1), of length T in [min_length, max_length]."""
    if min_length < 1:
        raise ValueError(f"alpha_schedules: min_length must be >= 1, got {min_length!r}")
    return st.integers(min_length, max_length).flatmap(
        lambda length: hnp.arrays(np.float64, length, elements=st.floats(margin, 1 - margin))
    )


def named_schedules(*, min_steps: int = 1, max_steps: int = 2000) -> st.SearchStrategy:
    """The named constructors of :class:`numeric.schedules.Schedule` at random T and parameters."""
    from numeric.schedules import Schedule

    if not 1 <= min_steps <= max_steps:
        raise ValueError(f"named_schedules: need 1 <= min_steps <= max_steps, got {min_steps!r}, {max_steps!r}")
    steps = st.integers(min_steps, max_steps)
    beta = st.floats(1e-8, 0.999)
    return st.one_of(
        st.builds(Schedule.linear, steps, beta, beta),
        st.builds(Schedule.scaled_linear, steps, beta, beta),
        st.builds(Schedule.sigmoid, steps, beta, beta),
        st.builds(Schedule.cosine, steps, st.floats(1e-4, 0.1), st.floats(0.5, 0.999)),
    )


def beta_schedules(*, min_steps: int = 1, max_steps: int = 200, margin: float = 1e-12) -> st.SearchStrategy:
    """Schedules from arbitrary betas in (0, 1), edges included."""
    from numeric.schedules import Schedule

    if not 1 <= min_steps <= max_steps:
        raise ValueError(f"beta_schedules: need 1 <= min_steps <= max_steps, got {min_steps!r}, {max_steps!r}")
    return (
        st.integers(min_steps, max_steps)
        .flatmap(lambda length: hnp.arrays(np.float64, length, elements=unit_interval(margin=margin)))
        .map(Schedule.from_betas)
    )


def extreme_schedules() -> st.SearchStrategy:
    """Schedules at the edges of float64: abar_T below 1e-300 (or underflowing), T = 100 000, betas near 0 and 1."""
    from numeric.schedules import Schedule

    builders = (
        lambda: Schedule.linear(100_000),
        lambda: Schedule.cosine(100_000),
        lambda: Schedule.from_betas(np.full(700, 0.63)),  # abar_T = 0.37^700, about 1e-302
        lambda: Schedule.from_betas(np.full(1000, 1 - 1e-12)),  # abar_T underflows to 0
        lambda: Schedule.from_betas(np.full(50, 1e-12)),  # abar_T within 1e-10 of 1
        lambda: Schedule.from_log_snr(lambda u: 20 - 40 * u, 1000),
    )
    return st.sampled_from(builders).map(lambda build: build())


def schedules(*, min_steps: int = 1, max_steps: int = 2000, extreme: bool = True) -> st.SearchStrategy:
    """Valid schedules: named ones, arbitrary betas and, with ``extreme``, the float64 edge cases."""
    parts = [
        named_schedules(min_steps=min_steps, max_steps=max_steps),
        beta_schedules(min_steps=min_steps, max_steps=max(min_steps, min(max_steps, 200))),
    ]
    return st.one_of(*parts, extreme_schedules()) if extreme else st.one_of(*parts)
