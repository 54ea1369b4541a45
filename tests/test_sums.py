"""Sums and products over t = a..b in the kernel (derivations.kernel.sums): each rule proves the steps it
licenses with its conditions checked, says which condition failed when it cannot, and every wrong
variant (a dropped boundary term, off-by-one limits, a shifted index, a sum starting at the wrong t, a
wrong marginalization) is refuted at its step with a counterexample at a concrete T.  A red team of
inputs built to make the kernel say something false closes the file."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.kernel import rules, sums
from derivations.kernel.assumptions import Constraint, Definition, Domain
from derivations.kernel.checking import check_step, reconcile
from derivations.kernel.sums import IndexedMarkovChain, Ranges, Slice, instantiate
from derivations.kernel.vocabulary import Relation, Status
from derivations.latex import latex
from derivations.model import Step
from derivations.probability import KL, Density, Expectation
from derivations.symbols import ALPHA, T_steps, X, Z, s_index, t_index, x, x_0, x_1, x_2, x_3

T, t, s = T_steps, t_index, s_index
EQ = Relation.EQ
AT_LEAST_TWO = Domain(T, sp.Range(2, sp.oo))
FORWARD = IndexedMarkovChain("q", X, 0, T)
REVERSE = IndexedMarkovChain("p", X, 0, T)
f = sp.Function("f")


def q(variables, given=()) -> Density:
    return Density("q", tuple(variables), tuple(given))


def p(variables, given=()) -> Density:
    return Density("p", tuple(variables), tuple(given))


def context(*assumptions):
    return reconcile(assumptions or (AT_LEAST_TWO, FORWARD, REVERSE))


def verdict(previous, expr, rule, *assumptions, relation=EQ):
    return check_step(Step(relation, expr, rule), previous, context(*assumptions))


def assert_proved(result):
    assert result.status is Status.PROVED, result.describe()


def assert_refuted_at_small_T(result):
    assert result.status is Status.REFUTED, result.describe()
    found = result.counterexample
    assert found is not None and "T" in dict(found.point), found
    assert abs(found.difference) > 1e-9 or isinstance(found.lhs, str) or isinstance(found.rhs, str)


def assert_undecided(result, reason: str):
    assert result.status is Status.UNDECIDED, result.describe()
    assert reason in result.reason, result.reason


def E(expr, measure):
    return Expectation(expr, measure)


def trajectory(expr):
    """E_{q(x_{1:T} | x_0)}[expr]."""
    return E(expr, q((Slice(X, 1, T),), (X[0],)))


def step(i):
    return q((X[i],), (X[i - 1],))


def denoiser(i):
    return p((X[i - 1],), (X[i],))


# ------------------------------------------------------------------- objects


def test_slices_and_chains_print_as_luo_writes_them():
    assert latex(Slice(X, 1, T)) == r"\mathbf{x}_{1:T}"
    assert latex(q((Slice(X, 1, T),), (X[0],))) == r"q(\mathbf{x}_{1:T} \mid {\mathbf{x}}_{0})"
    assert latex(sp.Product(step(t), (t, 1, T))) == r"\prod_{t=1}^{T} q({\mathbf{x}}_{t} \mid {\mathbf{x}}_{t - 1})"
    assert r"\text{ is a Markov chain under }" in latex(FORWARD)


def test_a_slice_needs_an_indexed_base():
    with pytest.raises(TypeError, match="base must be a SymPy IndexedBase"):
        Slice(x, 1, T)
    with pytest.raises(TypeError, match="base must be an IndexedBase"):
        IndexedMarkovChain("q", x, 0, T)
    with pytest.raises(ValueError, match="appears twice"):
        IndexedMarkovChain("q", Z, 1, T, head=(x, x))


def test_instantiation_writes_sums_out_with_the_plain_symbols():
    expr = sp.Sum(sp.log(step(t)), (t, 1, T))
    assert instantiate(expr, {T: 3}) == sum(sp.log(q((xi,), (xj,))) for xi, xj in ((x_1, x_0), (x_2, x_1), (x_3, x_2)))
    assert instantiate(q((Slice(X, 1, T),), (X[0],)), {T: 2}) == q((x_1, x_2), (x_0,))


def test_an_empty_range_is_zero_not_karrs_reversed_sum():
    """sum_{t=3}^{1} f(t) is 0 as Luo reads it (SymPy's doit gives -f(2))."""
    assert instantiate(sp.Sum(f(t), (t, 3, T)), {T: 1}) == 0
    assert instantiate(sp.Product(f(t), (t, 3, T)), {T: 1}) == 1
    assert sp.Sum(f(t), (t, 3, 1)).doit() == -f(2)


def test_a_measure_given_a_variable_it_lists_is_over_the_others():
    """At t = 1 the measure q(x_{t-1}, x_t | x_0) is q(x_1 | x_0): x_0 is given, not integrated."""
    term = E(sp.log(step(t)), q((X[t - 1], X[t]), (X[0],)))
    assert instantiate(term, {t: 1}) == E(sp.log(q((x_1,), (x_0,))), q((x_1,), (x_0,)))


def test_the_markov_chain_at_a_concrete_size_is_a_plain_chain():
    assert FORWARD.at({T: 2}).order == (x_0, x_1, x_2)
    assert IndexedMarkovChain("p", Z, 1, T, head=(x,)).at({T: 2}).order[0] == x


# -------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    "assumption", [AT_LEAST_TWO, Constraint(T >= 2), Constraint(T > 1), Constraint(2 <= T)], ids=str
)
def test_the_lower_bound_of_T_is_read_from_a_domain_or_a_constraint(assumption):
    ranges = Ranges.of(context(assumption))
    assert ranges.le(2, T) and ranges.le(1, T - 1)
    assert not ranges.le(3, T)


def test_a_loop_index_is_bounded_by_its_limits():
    ranges = Ranges.of(context()).within(t, 2, T)
    assert ranges.lt(0, t - 1) and ranges.le(t, T) and ranges.distinct(t - 1, t)
    assert not ranges.distinct(t, T) and not ranges.lt(1, t - 1)


def test_a_nonlinear_or_missing_bound_shows_nothing():
    assert not Ranges.of(context(Constraint(T**2 >= 9))).le(3, T)
    assert not Ranges.of(reconcile(())).le(2, T)  # T is a positive integer: T >= 1 only


# ----------------------------------------------------------- log of a product


def test_log_of_a_product_of_densities_is_the_sum_of_their_logs():
    product = sp.log(p((X[T],)) * sp.Product(denoiser(t), (t, 1, T)))
    split = sp.log(p((X[T],))) + sp.Sum(sp.log(denoiser(t)), (t, 1, T))
    result = verdict(product, split, sums.LOG_OF_PRODUCT)
    assert_proved(result)
    assert any("> 0" in c for c in result.conditions)


def test_log_of_a_product_of_real_factors_is_refuted():
    """Two negative factors: the log of the product is real, the sum of logs is not."""
    y = sp.IndexedBase(sp.Symbol("y", real=True))
    result = verdict(sp.log(sp.Product(y[t], (t, 1, T))), sp.Sum(sp.log(y[t]), (t, 1, T)), sums.LOG_OF_PRODUCT)
    assert_refuted_at_small_T(result)


def test_log_of_a_product_of_factors_the_rule_cannot_see_positive_is_undecided_with_the_reason():
    """y_s > 0 for every s is declared, so the step is true; the rule reads positivity from SymPy and the
    declared symbol domains only, so it says which condition it could not check (never proves it)."""
    y = sp.IndexedBase(sp.Symbol("y", real=True))
    positive = Domain(y[s], sp.Interval.open(0, sp.oo))
    result = verdict(sp.log(sp.Product(y[t], (t, 1, T))), sp.Sum(sp.log(y[t]), (t, 1, T)), sums.LOG_OF_PRODUCT,
                     AT_LEAST_TWO, positive)  # fmt: skip
    assert_undecided(result, "is not shown positive")


def test_log_of_a_product_with_a_dropped_factor_is_refuted():
    product = sp.log(sp.Product(denoiser(t), (t, 1, T)))
    result = verdict(product, sp.Sum(sp.log(denoiser(t)), (t, 2, T)), sums.LOG_OF_PRODUCT)
    assert_refuted_at_small_T(result)


# ------------------------------------------------------------ boundary terms


@pytest.mark.parametrize("end", ["first", "last"])
def test_splitting_off_a_boundary_term_is_proved_when_the_range_is_not_empty(end):
    whole = sp.Sum(f(t), (t, 2, T))
    split = f(2) + sp.Sum(f(t), (t, 3, T)) if end == "first" else sp.Sum(f(t), (t, 2, T - 1)) + f(T)
    result = verdict(whole, split, sums.SPLIT_TERM)
    assert_proved(result)
    assert any("2 <= T" in c for c in result.conditions)
    assert_proved(verdict(split, whole, sums.SPLIT_TERM))  # merged back


def test_splitting_needs_T_at_least_the_limits():
    """T >= 1 only: at T = 1 the sum over 2..T is empty and f(2) is not a term of it."""
    whole, split = sp.Sum(t**2, (t, 2, T)), 4 + sp.Sum(t**2, (t, 3, T))
    result = verdict(whole, split, sums.SPLIT_TERM, Domain(T, sp.Range(1, sp.oo)))
    assert_refuted_at_small_T(result)
    assert dict(result.counterexample.point)["T"] == 1


def test_splitting_with_a_bound_the_kernel_cannot_read_is_undecided_with_the_reason():
    """T^2 >= 9 does imply T >= 3 > 2, but the kernel reads linear bounds only: undecided, never proved."""
    whole, split = sp.Sum(f(t), (t, 2, T)), f(2) + sp.Sum(f(t), (t, 3, T))
    result = verdict(whole, split, sums.SPLIT_TERM, Constraint(T**2 >= 9))
    assert_undecided(result, "is not shown to be non-empty")


@pytest.mark.parametrize(
    "wrong",
    [
        sp.Sum(f(t), (t, 3, T)),  # the boundary term dropped
        f(1) + sp.Sum(f(t), (t, 3, T)),  # the wrong term split off
        f(2) + sp.Sum(f(t), (t, 2, T)),  # counted twice: off by one
    ],
    ids=["dropped term", "wrong term", "off by one"],
)
def test_a_wrong_split_is_refuted_at_a_concrete_T(wrong):
    result = verdict(sp.Sum(t**2, (t, 2, T)), wrong.replace(f, sp.Lambda(t, t**2)), sums.SPLIT_TERM)
    assert_refuted_at_small_T(result)


def test_a_product_splits_like_a_sum():
    whole = sp.Product(step(t), (t, 1, T))
    assert_proved(verdict(whole, step(1) * sp.Product(step(t), (t, 2, T)), sums.SPLIT_TERM))
    assert_proved(verdict(whole, sp.Product(step(t), (t, 1, T - 1)) * step(T), sums.SPLIT_TERM))


# ---------------------------------------------------------------- index shift


def test_an_index_shift_moves_both_limits_and_the_argument():
    assert_proved(
        verdict(sp.Product(denoiser(t), (t, 2, T)), sp.Product(denoiser(t + 1), (t, 1, T - 1)), sums.SHIFT_INDEX)
    )
    assert_proved(verdict(sp.Sum(f(t), (t, 1, T)), sp.Sum(f(s + 1), (s, 0, T - 1)), sums.SHIFT_INDEX))


@pytest.mark.parametrize(
    "wrong",
    [sp.Sum(f(t), (t, 1, T - 1)), sp.Sum(f(t + 1), (t, 2, T + 1)), sp.Sum(f(t - 1), (t, 1, T - 1))],
    ids=["argument not shifted", "shifted the wrong way", "limits shifted by one, argument by the other"],
)
def test_a_wrong_shift_is_refuted(wrong):
    result = verdict(sp.Sum(t**3, (t, 2, T)), wrong.replace(f, sp.Lambda(t, t**3)), sums.SHIFT_INDEX)
    assert_refuted_at_small_T(result)


# ------------------------------------------------------------- merged ranges


def test_two_products_over_one_range_merge_into_a_product_of_ratios():
    separate = sp.Product(denoiser(t + 1), (t, 1, T - 1)) / sp.Product(step(t), (t, 1, T - 1))
    merged = sp.Product(denoiser(t + 1) / step(t), (t, 1, T - 1))
    assert_proved(verdict(sp.log(separate), sp.log(merged), sums.MERGE_RANGES))
    assert_proved(verdict(sp.Sum(f(t), (t, 1, T)) + sp.Sum(t, (t, 1, T)), sp.Sum(f(t) + t, (t, 1, T)),
                          sums.MERGE_RANGES))  # fmt: skip


def test_products_over_different_ranges_are_not_merged():
    separate = sp.Sum(t, (t, 1, T)) + sp.Sum(t**2, (t, 2, T))
    result = verdict(separate, sp.Sum(t + t**2, (t, 1, T)), sums.MERGE_RANGES)
    assert_refuted_at_small_T(result)


def test_a_divisor_not_shown_nonzero_is_not_taken_out_of_a_product():
    y = sp.IndexedBase(sp.Symbol("y", real=True))
    merged = sp.Product(y[t] / (y[t] - 1), (t, 1, T))
    result = verdict(merged, sp.Product(y[t], (t, 1, T)) / sp.Product(y[t] - 1, (t, 1, T)), sums.MERGE_RANGES)
    assert result.status is not Status.PROVED
    assert "not shown nonzero" in result.reason or result.status is Status.REFUTED


# --------------------------------------------------------------- telescoping


def marginal(i):
    return q((X[i],), (X[0],))


def test_a_product_of_ratios_telescopes_to_its_ends():
    """Luo's eq. 53: prod_{t=2}^{T} q(x_{t-1} | x_0) / q(x_t | x_0) = q(x_1 | x_0) / q(x_T | x_0)."""
    product = sp.log(sp.Product(marginal(t - 1) / marginal(t), (t, 2, T)))
    result = verdict(product, sp.log(marginal(1) / marginal(T)), sums.TELESCOPING)
    assert_proved(result)
    assert any("telescopes" in c for c in result.conditions)


def test_a_sum_of_differences_telescopes():
    assert_proved(verdict(sp.Sum(f(t) - f(t - 1), (t, 1, T)), f(T) - f(0), sums.TELESCOPING))
    assert_proved(verdict(sp.Sum(f(t + 1) - f(t), (t, 2, T)), f(T + 1) - f(2), sums.TELESCOPING))


def test_a_sum_of_logs_of_ratios_telescopes():
    """Luo's eq. 53 as notes write it: sum_{t=2}^{T} log(q(x_t | x_0) / q(x_{t-1} | x_0)) = log q(x_T | x_0) / q(x_1 | x_0),
    the log of each ratio of positive densities first written as a difference; a wrong end is not proved."""
    total = sp.Sum(sp.log(marginal(t) / marginal(t - 1)), (t, 2, T))
    assert_proved(verdict(total, sp.log(marginal(T) / marginal(1)), sums.TELESCOPING))
    for wrong in (sp.log(marginal(T) / marginal(2)), sp.log(marginal(T - 1) / marginal(1))):
        assert verdict(total, wrong, sums.TELESCOPING).status is not Status.PROVED


@pytest.mark.parametrize(
    "wrong", [f(T) - f(1), f(T), f(T - 1) - f(0)], ids=["wrong lower end", "dropped boundary term", "wrong upper end"]
)
def test_a_telescoping_sum_with_a_wrong_boundary_is_refuted(wrong):
    lam = sp.Lambda(t, t**2 + 1)
    result = verdict(sp.Sum(lam(t) - lam(t - 1), (t, 1, T)), wrong.replace(f, lam), sums.TELESCOPING)
    assert_refuted_at_small_T(result)


def test_telescoping_over_a_possibly_reversed_range_is_not_assumed():
    """sum_{t=5}^{T} (f(t) - f(t-1)) = f(T) - f(4) needs 5 <= T + 1; with T >= 2 it fails at T = 2 (0 vs f(2) - f(4))."""
    lam = sp.Lambda(t, t**2)
    result = verdict(sp.Sum(lam(t) - lam(t - 1), (t, 5, T)), lam(T) - lam(4), sums.TELESCOPING)
    assert_refuted_at_small_T(result)


# ------------------------------------------------------ linearity of expectation


def test_expectation_and_a_finite_sum_exchange():
    inside = trajectory(sp.log(p((X[0],), (X[1],))) + sp.Sum(sp.log(denoiser(t + 1) / step(t)), (t, 1, T - 1)))
    outside = trajectory(sp.log(p((X[0],), (X[1],)))) + sp.Sum(
        trajectory(sp.log(denoiser(t + 1) / step(t))), (t, 1, T - 1)
    )
    result = verdict(inside, outside, sums.EXPECTATION_OF_SUM)
    assert_proved(result)
    assert any("finite" in c for c in result.conditions)


def test_exchanging_expectation_and_a_sum_that_starts_at_the_wrong_t_is_refuted():
    inside = trajectory(sp.Sum(sp.log(denoiser(t + 1) / step(t)), (t, 1, T - 1)))
    wrong = sp.Sum(trajectory(sp.log(denoiser(t + 1) / step(t))), (t, 2, T - 1))
    assert_refuted_at_small_T(verdict(inside, wrong, sums.EXPECTATION_OF_SUM))


def test_a_factor_that_names_one_of_the_blocks_variables_stays_inside():
    """log p(x_1) is not a constant of E_{q(x_{1:T} | x_0)}: pulling it out is refuted."""
    wrong = sp.log(p((X[1],))) * trajectory(sp.log(step(2)))
    assert_refuted_at_small_T(verdict(trajectory(sp.log(p((X[1],))) * sp.log(step(2))), wrong,
                                      sums.EXPECTATION_OF_SUM))  # fmt: skip


# ------------------------------------------------------------- marginalization


def consistency_pair(i):
    return sp.log(denoiser(i + 1) / step(i))


def test_each_term_keeps_exactly_the_variables_it_depends_on():
    """Luo's eq. 44: x_{t-1}, x_t, x_{t+1} for the consistency term (x_{t-1} = x_0 is given at t = 1)."""
    before = trajectory(sp.log(p((X[0],), (X[1],)))) + sp.Sum(trajectory(consistency_pair(t)), (t, 1, T - 1))
    after = E(sp.log(p((X[0],), (X[1],))), q((X[1],), (X[0],))) + sp.Sum(
        E(consistency_pair(t), q((X[t - 1], X[t], X[t + 1]), (X[0],))), (t, 1, T - 1)
    )
    result = verdict(before, after, sums.MARGINALIZE)
    assert_proved(result)
    assert FORWARD in result.uses


def test_a_measure_that_omits_a_variable_the_term_depends_on_is_refuted():
    """E_{q(x_{t-1}, x_{t+1} | x_0)} with x_t inside: the printed form of Luo's eq. 45 drops x_t from the measure."""
    before = sp.Sum(trajectory(consistency_pair(t)), (t, 1, T - 1))
    wrong = sp.Sum(E(consistency_pair(t), q((X[t - 1], X[t + 1]), (X[0],))), (t, 1, T - 1))
    result = verdict(before, wrong, sums.MARGINALIZE)
    assert_refuted_at_small_T(result)


def test_luos_eq_45_is_refuted_at_the_kl_step():
    kept = sp.Sum(E(-consistency_pair(t), q((X[t - 1], X[t], X[t + 1]), (X[0],))), (t, 1, T - 1))
    printed = sp.Sum(E(KL(step(t), denoiser(t + 1)), q((X[t - 1], X[t + 1]), (X[0],))), (t, 1, T - 1))
    assert_refuted_at_small_T(verdict(kept, printed, rules.KL_DEFINITION))


def test_marginalizing_needs_a_declared_chain():
    before = trajectory(sp.log(p((X[0],), (X[1],))))
    after = E(sp.log(p((X[0],), (X[1],))), q((X[1],), (X[0],)))
    assert_undecided(verdict(before, after, sums.MARGINALIZE, AT_LEAST_TWO), "no Markov chain over x under q")


def test_a_term_that_names_a_defined_symbol_is_not_marginalized():
    y = sp.Symbol("y", real=True)
    tie = Definition(y, X[1] + 1, "y")
    before = trajectory(sp.log(p((X[0],), (X[1],))) * y)
    result = verdict(before, sp.log(p((X[0],), (X[1],))) * y, sums.MARGINALIZE, AT_LEAST_TWO, FORWARD, tie)
    assert result.status is not Status.PROVED
    assert "defined through other quantities" in result.reason or result.status is Status.REFUTED


# ---------------------------------------------------------- chain rule, Markov


def test_the_chain_rule_and_the_markov_property_factor_the_joint():
    """p(x_{0:T}) = p(x_T) prod_{t=1}^{T} p(x_{t-1} | x_{t:T}) = p(x_T) prod_{t=1}^{T} p(x_{t-1} | x_t)."""
    chain_rule = p((X[T],)) * sp.Product(p((X[t - 1],), (Slice(X, t, T),)), (t, 1, T))
    assert_proved(verdict(p((Slice(X, 0, T),)), chain_rule, sums.CHAIN_RULE))
    markov = p((X[T],)) * sp.Product(denoiser(t), (t, 1, T))
    result = verdict(chain_rule, markov, sums.markov_chain(REVERSE))
    assert_proved(result)
    assert REVERSE in result.uses


def test_a_chain_rule_conditioned_on_one_variable_too_few_is_refuted():
    wrong = p((X[T],)) * sp.Product(p((X[t - 1],), (Slice(X, t + 1, T),)), (t, 1, T))
    assert verdict(p((Slice(X, 0, T),)), wrong, sums.CHAIN_RULE).status is Status.REFUTED


STEP_t = (AT_LEAST_TWO, FORWARD, Domain(t, sp.Range(2, sp.oo)), Constraint(t <= T))


def test_the_markov_property_keeps_the_nearest_variable_on_each_side():
    result = verdict(q((X[t],), (X[t - 1], X[0])), q((X[t],), (X[t - 1],)), sums.markov_chain(FORWARD), *STEP_t)
    assert_proved(result)


def test_the_markov_property_does_not_drop_the_wrong_parent():
    """q(x_t | x_{t-2}) for q(x_t | x_{t-1}, x_{t-2}): the near parent dropped, the far one kept."""
    wrong = q((X[t],), (X[t - 2],))
    result = verdict(q((X[t],), (X[t - 1], X[t - 2])), wrong, sums.markov_chain(FORWARD), *STEP_t)
    assert result.status is Status.REFUTED
    assert "t" in dict(result.counterexample.point)


def test_without_an_upper_bound_on_t_the_variable_may_be_off_the_chain():
    result = verdict(q((X[t],), (X[t - 1], X[0])), q((X[t],), (X[t - 1],)), sums.markov_chain(FORWARD),
                     AT_LEAST_TWO, FORWARD, Domain(t, sp.Range(2, sp.oo)))  # fmt: skip
    assert_undecided(result, "is not shown to lie on the chain")


def test_the_markov_property_needs_the_order_of_the_variables():
    """x_s and x_t with nothing known of s: neither before nor after."""
    other = sp.Symbol("r", integer=True)
    result = verdict(q((X[t],), (X[t - 1], X[other])), q((X[t],), (X[t - 1],)), sums.markov_chain(FORWARD))
    assert result.status is not Status.PROVED
    assert "is not shown to lie" in result.reason or result.status is Status.REFUTED


def test_a_chain_not_declared_proves_nothing():
    result = verdict(q((X[T],), (X[T - 1], X[0])), q((X[T],), (X[T - 1],)), sums.markov_chain(FORWARD),
                     AT_LEAST_TWO)  # fmt: skip
    assert result.status is not Status.PROVED
    assert "no Markov chain" in result.reason or result.status is Status.REFUTED


def test_a_base_variable_is_not_mistaken_for_the_head():
    """The chain is x, z_1, ..., z_T: z_0 is not on it, not in x's place."""
    chain = IndexedMarkovChain("p", Z, 1, T, head=(x,))
    density = Density("p", (Z[2],), (Z[1], Z[0]))
    failed = sums.IndexedMarkov._reduce(density, chain, Ranges.of(context(AT_LEAST_TWO, chain)))
    assert isinstance(failed, str) and "is not shown to lie on the chain" in failed


# ---------------------------------------------------------------- red team


def test_an_index_that_appears_in_its_own_limits_is_refused():
    weird = sp.Sum(f(t), (t, 1, t))
    assert "appears in its own limits" in sums.loop_failure(weird, Ranges())
    result = verdict(weird, f(1) + sp.Sum(f(t), (t, 2, t)), sums.SPLIT_TERM)
    assert result.status is not Status.PROVED


def test_algebra_never_sees_inside_an_expectation_over_a_block():
    """E_{q(x_{1:T} | x_0)}[log p(x_0 | x_1)] is not log p(x_0 | x_1): x_1 is one of the block's variables."""
    term = sp.log(p((X[0],), (X[1],)))
    result = verdict(trajectory(term), term, rules.ALGEBRA)
    assert result.status is Status.REFUTED


def test_a_bound_variable_that_may_be_a_free_one_is_caught_before_the_algebra():
    """sum_{t=1}^{T} E_{q(x_t | x_0)}[log p(x_T)] is not T log p(x_T): at t = T the x_T inside is integrated."""
    claim = sp.Sum(E(sp.log(p((X[T],))), q((X[t],), (X[0],))), (t, 1, T))
    assert sums.hazard(claim, context()) is not None
    result = verdict(claim, T * sp.log(p((X[T],))), rules.ALGEBRA)
    assert result.status is Status.REFUTED


def test_a_claim_true_only_under_karrs_convention_is_refuted():
    """SymPy's simplification merges sums as if a reversed range summed backwards; Luo's empty sum is 0."""
    merged = sp.Sum(f(t), (t, 1, 2)) + sp.Sum(f(t), (t, 3, T))
    result = verdict(merged.replace(f, sp.Lambda(t, t)), sp.Sum(t, (t, 1, T)), rules.ALGEBRA,
                     Domain(T, sp.Range(1, sp.oo)))  # fmt: skip
    assert result.status is Status.REFUTED
    assert dict(result.counterexample.point)["T"] == 1


def test_a_claim_true_as_written_is_not_refuted_by_karrs_convention():
    """sum_{t=3}^{T} 1 = max(T - 2, 0) for every T >= 1 (Karr would give -1 at T = 1)."""
    result = verdict(sp.Sum(1, (t, 3, T)), sp.Max(T - 2, 0), rules.ALGEBRA, Domain(T, sp.Range(1, sp.oo)))
    assert result.status is not Status.REFUTED, result.describe()


def test_the_forward_marginal_counterexample_respects_the_domain_of_every_alpha():
    """alpha_s in (0, 1) for every s: a counterexample at t = 2 has alpha_1, alpha_2 in (0, 1)."""
    claim = sp.sqrt(sp.Product(ALPHA[s], (s, 1, t))) * X[0]
    wrong = sp.sqrt(sp.Product(ALPHA[s], (s, 2, t))) * X[0]
    result = verdict(
        claim, wrong, sums.SPLIT_TERM, Domain(t, sp.Range(2, sp.oo)), Domain(ALPHA[s], sp.Interval.open(0, 1))
    )
    assert result.status is Status.REFUTED
    point = dict(result.counterexample.point)
    assert all(0 < value < 1 for name, value in point.items() if name.startswith("alpha_"))


def test_a_rule_cited_for_a_step_it_does_not_touch_says_so():
    same = sp.Sum(f(t), (t, 1, T))
    assert_undecided(verdict(same, same, sums.TELESCOPING), "no telescoping sum or product in the step")


def test_a_constant_comes_out_of_an_expectation_only_under_a_probability_density():
    """E_q[c] = c needs q to integrate to one: under the density of x_1 given x_0 it does, under a ratio of
    densities it need not."""
    c = sp.Symbol("c", positive=True)
    assert_proved(verdict(E(c + sp.log(step(1)), step(1)), c + E(sp.log(step(1)), step(1)), sums.EXPECTATION_OF_SUM))
    improper = step(1) / marginal(1)
    result = verdict(Expectation(c, improper, (X[1],)), c, sums.EXPECTATION_OF_SUM)
    assert result.status is not Status.PROVED


HVAE = (Domain(T, sp.Range(1, sp.oo)), IndexedMarkovChain("q_phi", Z, 1, T, head=(x,)))


def test_the_block_as_one_variable_gives_the_density_calculus():
    """log p(x) = log E_{q(z_{1:T} | x)}[p(x, z_{1:T}) / q(z_{1:T} | x)]: multiply and divide by q."""
    block = Slice(Z, 1, T)
    joint, encoder = Density("p", (x, block)), Density("q_phi", (block,), (x,))
    result = verdict(sp.log(Density("p", (x,))), sp.log(Expectation(joint / encoder, encoder)), sums.BlockAlgebra(),
                     *HVAE)  # fmt: skip
    assert_proved(result)


def test_the_block_as_one_variable_proves_nothing_false():
    """E_{q(z_{1:T} | x)}[log p(x, z_{1:T})] is not log p(x)."""
    block = Slice(Z, 1, T)
    claim = Expectation(sp.log(Density("p", (x, block))), Density("q_phi", (block,), (x,)))
    assert verdict(claim, sp.log(Density("p", (x,))), sums.BlockAlgebra(), *HVAE).status is Status.REFUTED


def test_a_block_whose_variables_appear_one_by_one_is_not_one_variable():
    block = Slice(Z, 1, T)
    encoder = Density("q_phi", (block,), (x,))
    claim = Expectation(sp.log(Density("p", (x,), (Z[1],))), encoder)
    result = verdict(claim, sp.log(Density("p", (x,), (Z[1],))), sums.BlockAlgebra(), *HVAE)
    assert result.status is not Status.PROVED
    assert "may be one of the variables of" in result.reason or result.status is Status.REFUTED


def test_a_variable_below_the_block_that_is_not_given_is_not_marginalized():
    """Over t = 0..T-1, x_{t-1} may be x_{-1}: neither in x_{1:T} nor given: the rule says so."""
    before = sp.Sum(trajectory(sp.log(step(t))), (t, 0, T - 1))
    after = sp.Sum(E(sp.log(step(t)), q((X[t - 1], X[t]), (X[0],))), (t, 0, T - 1))
    result = verdict(before, after, sums.MARGINALIZE)
    assert result.status is not Status.PROVED
    assert "is not shown to be inside or outside the block" in result.reason or result.status is Status.REFUTED
