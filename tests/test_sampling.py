"""The kernel's point sampler (derivations/kernel/sampling.py): inside every domain, edges reached, empty refused.

A counterexample is only worth something if its point satisfies every assumption, so
``sample`` must never leave its domain; and a wrong step that differs only near an end
is only refuted if the sampler goes there.  Each domain below is drawn 300 times (seeded).
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations.kernel.sampling import SamplingError, domain_for, find_counterexample, random_point, sample
from derivations.symbols import abar_t, alpha_t

DRAWS = 300
half = sp.Rational(1, 2)


def draws(domain: sp.Set, seed: int = 0, count: int = DRAWS) -> list[sp.Expr]:
    rng = np.random.default_rng(seed)
    return [sample(domain, rng) for _ in range(count)]


def assert_inside(domain: sp.Set, values: list[sp.Expr]) -> None:
    outside = [v for v in values if domain.contains(v) is not sp.true]
    assert not outside, f"{len(outside)} of {len(values)} draws outside {domain}: {outside[:3]}"


def as_floats(values: list[sp.Expr]) -> np.ndarray:
    return np.array([float(v) for v in values])


DOMAINS = {
    "closed": sp.Interval(2, 5),
    "open": sp.Interval.open(2, 5),
    "left-open": sp.Interval.Lopen(-1, half),
    "right-open": sp.Interval.Ropen(-1, half),
    "irrational-ends": sp.Interval(-sp.pi, sp.sqrt(2)),
    "tiny": sp.Interval.open(0, sp.Rational(1, 10**30)),
    "float-ends": sp.Interval(1e-300, 2e-300),
    "half-line-open": sp.Interval.open(3, sp.oo),
    "half-line-closed": sp.Interval(3, sp.oo),
    "lower-half-line": sp.Interval.Lopen(-sp.oo, -2),
    "reals": sp.S.Reals,
    "union": sp.Union(sp.Interval.open(0, 1), sp.Interval(3, 4)),
    "union-with-point": sp.Union(sp.FiniteSet(-7), sp.Interval.open(0, 1)),
    "punctured": sp.Complement(sp.S.Reals, sp.FiniteSet(0)),
    "interval-minus-interval": sp.Complement(sp.Interval(0, 1), sp.Interval.open(sp.Rational(1, 4), sp.Rational(3, 4))),
    "finite": sp.FiniteSet(-1, 0, sp.Rational(3, 7), sp.pi),
    "integers": sp.S.Integers,
    "naturals": sp.S.Naturals,
    "naturals0": sp.S.Naturals0,
    "integer-interval": sp.Intersection(sp.S.Integers, sp.Interval(-3, 7)),
    "integer-half-line": sp.Intersection(sp.S.Integers, sp.Interval(-sp.oo, -3)),
    "range": sp.Range(2, 30, 3),
    "range-unbounded-above": sp.Range(1, sp.oo, 2),
    "range-unbounded-below": sp.Range(-sp.oo, 0, 5),
    "condition-set": sp.ConditionSet(sp.Symbol("x", real=True), sp.Symbol("x", real=True) ** 2 > 4, sp.S.Reals),
}


@pytest.mark.parametrize("domain", DOMAINS.values(), ids=DOMAINS.keys())
def test_every_draw_lies_inside_its_domain(domain):
    assert_inside(domain, draws(domain))


def test_draws_are_exact_numbers_reproducible_by_seed():
    domain = sp.Interval.open(0, 1)
    first, again = draws(domain, seed=3), draws(domain, seed=3)
    assert first == again and first != draws(domain, seed=4)
    assert all(v.is_Rational for v in first)  # exact: a counterexample a reader can copy


# --- ends, half-lines, finite sets: what a near-edge mistake needs ------------------------------------
def test_closed_ends_are_drawn_and_open_ends_are_approached():
    closed = draws(sp.Interval(2, 5))
    assert closed.count(2) >= 4 and closed.count(5) >= 4  # 5% each: about 15 of 300
    opened = as_floats(draws(sp.Interval.open(2, 5)))
    assert 2 not in opened and 5 not in opened
    assert np.min(opened - 2) <= 3e-6 and np.min(5 - opened) <= 3e-6  # offsets width / 10^k, k up to 8
    assert np.sum(opened - 2 < 3e-3) >= 8 and np.sum(5 - opened < 3e-3) >= 8


def test_one_open_end_is_approached_and_the_closed_one_drawn():
    values = draws(sp.Interval.Lopen(-1, half))
    assert -1 not in values and values.count(half) >= 5
    assert np.min(as_floats(values) + 1) <= 2e-6


def test_half_lines_reach_both_the_end_and_far_out():
    values = as_floats(draws(sp.Interval.open(3, sp.oo)))
    assert np.all(values > 3) and np.min(values - 3) <= 1e-4 and np.max(values) >= 1e4
    closed = draws(sp.Interval(3, sp.oo))
    assert closed.count(3) >= 3  # the closed end itself, 5% of draws
    lower = as_floats(draws(sp.Interval.Lopen(-sp.oo, -2)))
    assert np.all(lower <= -2) and np.min(lower) <= -1e4 and np.sum(lower == -2) >= 3


def test_the_bulk_of_a_bounded_interval_is_covered():
    """Interior draws lie on the grid a + (b - a) k / 1000: every tenth of the interval is visited."""
    values = as_floats(draws(sp.Interval(0, 1), count=1000))
    counts, _ = np.histogram(values, bins=10, range=(0, 1))
    assert np.all(counts >= 40)  # about 80 per bin in the bulk (80% of draws are interior)


def test_unions_and_finite_sets_reach_every_piece():
    union = as_floats(draws(DOMAINS["union"]))
    assert np.any(union < 1) and np.any(union >= 3)
    finite = draws(DOMAINS["finite"])
    assert set(finite) == set(DOMAINS["finite"])
    with_point = draws(DOMAINS["union-with-point"])
    assert -7 in with_point and any(0 < v < 1 for v in with_point)


def test_integers_and_ranges_reach_their_ends():
    interval = draws(DOMAINS["integer-interval"])
    assert set(interval) == set(range(-3, 8))
    stepped = draws(DOMAINS["range"])
    assert set(stepped) == set(range(2, 30, 3))
    naturals = draws(sp.S.Naturals)
    assert min(naturals) == 1 and all(v.is_Integer for v in naturals)
    assert min(draws(sp.S.Naturals0)) == 0
    assert max(draws(DOMAINS["range-unbounded-below"])) == -5
    assert min(draws(DOMAINS["range-unbounded-above"])) == 1


# --- empty and unsupported domains ------------------------------------------------------------------
@pytest.mark.parametrize(
    "domain",
    [
        sp.S.EmptySet,
        sp.Interval(1, 0),
        sp.Intersection(sp.S.Integers, sp.Interval.open(1, 2)),
        sp.Range(3, 3),
        sp.Range(5, 1),
    ],
    ids=["empty-set", "reversed-interval", "no-integer-between", "empty-range", "reversed-range"],
)
def test_an_empty_domain_raises_sampling_error(domain):
    with pytest.raises(SamplingError):
        sample(domain, np.random.default_rng(0))


def test_an_unsupported_domain_raises_sampling_error_naming_it():
    evens = sp.ImageSet(sp.Lambda(sp.Symbol("n"), 2 * sp.Symbol("n")), sp.S.Integers)
    with pytest.raises(SamplingError, match="ImageSet"):
        sample(evens, np.random.default_rng(0))


# --- random points and counterexamples ---------------------------------------------------------------
def test_random_point_honours_declared_and_implied_domains():
    n = sp.Symbol("n", integer=True, positive=True)
    r = sp.Symbol("r", real=True)
    declared = {r: sp.Interval(2, 5), alpha_t: sp.Interval.open(sp.Rational(9, 10), 1)}
    rng = np.random.default_rng(1)
    for _ in range(100):
        point = random_point([n, r, alpha_t, abar_t], declared, rng)
        assert list(point) == sorted(point, key=str)  # a fixed order: the same seed gives the same point
        for symbol, value in point.items():
            assert domain_for(symbol, declared).contains(value) is sp.true, (symbol, value)
        assert point[n] >= 1 and 2 <= point[r] <= 5 and sp.Rational(9, 10) < point[alpha_t] < 1
        assert 0 < point[abar_t] < 1  # the registry's domain when none is declared


def test_a_declared_domain_is_cut_to_what_sympy_assumes():
    """A positive symbol declared on [-2, 3] is drawn from (0, 3]: SymPy simplifies by positivity."""
    s = sp.Symbol("s", positive=True)
    assert domain_for(s, {s: sp.Interval(-2, 3)}) == sp.Interval.Lopen(0, 3)
    assert_inside(sp.Interval.Lopen(0, 3), [random_point([s], {s: sp.Interval(-2, 3)}, np.random.default_rng(k))[s]
                                            for k in range(100)])  # fmt: skip


def test_counterexamples_lie_inside_the_domain():
    """A claim false only outside [2, 5] is never refuted; one false inside it is, at a point inside it."""
    r = sp.Symbol("r", real=True)
    domain = {r: sp.Interval(2, 5)}
    assert find_counterexample(sp.sqrt((r - 1) ** 2), r - 1, domain, points=200) is None
    found = find_counterexample(sp.Max(r, 4), r, domain, points=200)
    assert found is not None and 2 <= dict(found.point)["r"] < 4


# --- Hypothesis: any interval ---------------------------------------------------------------------------
def rational(value) -> sp.Rational:
    return sp.Rational(value.numerator, value.denominator)


@st.composite
def intervals(draw) -> sp.Interval:
    """Rational ends in [-1000, 1000], widths down to 1e-9 (or 0: a point or empty), open or closed, or a half-line."""
    low = rational(draw(st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6)))
    high = low + rational(draw(st.fractions(min_value=0, max_value=100, max_denominator=10**9)))
    if draw(st.booleans()):
        low = -sp.oo
    elif draw(st.booleans()):
        high = sp.oo
    return sp.Interval(low, high, draw(st.booleans()), draw(st.booleans()))


def assert_sampled_inside_or_refused(domain: sp.Set, rng: np.random.Generator, count: int) -> None:
    if domain.is_empty:
        with pytest.raises(SamplingError):
            sample(domain, rng)
    else:
        assert_inside(domain, [sample(domain, rng) for _ in range(count)])


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(intervals(), st.integers(0, 2**32 - 1))
def test_any_interval_is_sampled_inside_or_refused_as_empty(interval, seed):
    assert_sampled_inside_or_refused(interval, np.random.default_rng(seed), 10)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(intervals(), min_size=2, max_size=4), st.integers(0, 2**32 - 1))
def test_any_union_or_intersection_is_sampled_inside(pieces, seed):
    rng = np.random.default_rng(seed)
    assert_sampled_inside_or_refused(sp.Union(*pieces), rng, 10)
    assert_sampled_inside_or_refused(sp.Intersection(pieces[0], pieces[1]), rng, 10)
    integers = sp.Intersection(sp.S.Integers, pieces[0])
    assert_sampled_inside_or_refused(integers, rng, 10)
