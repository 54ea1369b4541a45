"""A schedule witnessing a counterexample (diffproof.notecheck.schedule_witness): family orders read from a chain
with an ellipsis, and a concrete schedule built and checked exactly, or none where none exists.

Under ``1 > alpha_0 > alpha_1 > ... > alpha_T > 0`` with the context's abar_s = alpha_1 ... alpha_s, values
alpha_t = a and abar_{t-1} = P come from a schedule exactly where P = 1 at t = 1, or a^(t-1) < P < 1 at some t <= T
(each of alpha_1 ... alpha_{t-1} lies in (a, 1), and their product takes every value between): with the size free,
any P in (0, 1) has one (t - 1 >= 16 for a = 0.64, P = 0.001); with T = 3, P = 0.41 has one (t = 3: 0.64^2 =
0.4096 < 0.41) and P = 0.40 none."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck import schedule_witness as sw

CHAIN = r"1 > \alpha_0 > \alpha_1 > \cdots > \alpha_T > 0"
A_T, ABAR_PREVIOUS, ABAR_T = ("alpha", "", "t"), ("alpha", "bar", "t-1"), ("alpha", "bar", "t")


def _said(text: str) -> sw.ScheduleStatement | None:
    return sw.read(syntax.parse(text, notes=True), f"states {text}")


def _witness(exact, statements=(CHAIN,), fixed=None, derived=None, definitions=(), symbols=None):
    said = tuple(_said(text) for text in statements)
    demands = sw.Demands(
        {key: Fraction(value) for key, value in exact.items()},
        derived or {},
        said,
        tuple(definitions),
        symbols or {},
        fixed or {},
    )
    return sw.witness(demands)


def _decreasing(schedule: sw.Schedule) -> bool:
    return all(a > b for a, b in zip(schedule.alphas, schedule.alphas[1:])) and 0 < schedule.alphas[-1] < 1


@pytest.mark.parametrize(
    "text",
    [CHAIN, r"0 < \beta_1 < \ldots < \beta_T < 1", r"\alpha_1 \ge \dots \ge \alpha_T", r"\bar\alpha_1 = \alpha_1"],
)
def test_a_relation_among_the_schedule_s_names_alone_is_read(text):
    assert _said(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        r"1 > \alpha_1 > \cdots > \bar\alpha_T",  # an ellipsis between two families
        r"1 > x_1 > \cdots > x_T",  # no schedule's names
        r"\alpha_1 > \cdots > \alpha_T > \sigma_T",  # a name beyond the schedule
        r"\alpha_t",  # no relation
        r"\cdots > \alpha_T",  # an ellipsis at an end
        r"\sqrt{\alpha_t} < 1",  # a root: not read
    ],
)
def test_anything_else_is_not(text):
    assert _said(text) is None


def test_the_corpus_counterexample_has_a_decreasing_schedule_that_gives_its_values():
    schedule, why = _witness({A_T: "0.64", ABAR_PREVIOUS: "0.001"}, derived={ABAR_T: 0.00064})
    assert schedule is not None, why
    t = schedule.letters["t"]
    assert t - 1 >= 16  # 0.64^15 > 0.001: fewer steps before t cannot make the product
    assert schedule.member(("alpha", ""), t) == Fraction(16, 25)
    assert schedule.member(("alpha", "bar"), t - 1) == Fraction(1, 1000)
    assert math.prod(schedule.alphas[1:t]) == Fraction(1, 1000)  # the product from step 1, alpha_0 apart
    assert schedule.first == 0 and _decreasing(schedule) and schedule.alphas[0] < 1


@pytest.mark.parametrize(
    ("previous", "size", "exists"),
    [
        ("0.9", None, True),  # t = 2: alpha_1 = 0.9 > 0.64
        ("0.5", None, True),  # t = 3: 0.64^2 < 0.5
        ("0.41", 3, True),  # t = 3 <= T: 0.4096 < 0.41
        ("0.40", 3, False),  # t <= 3: 0.64^(t-1) >= 0.4096 > 0.40
        ("0.001", 3, False),  # t - 1 >= 16 > T
        ("1", None, True),  # t = 1: abar_0 = 1
        ("1.5", None, False),  # no product of numbers in (0, 1) exceeds 1
    ],
)
def test_a_schedule_exists_exactly_where_the_product_can_be_made(previous, size, exists):
    schedule, why = _witness({A_T: "0.64", ABAR_PREVIOUS: previous}, fixed={"T": size} if size else None)
    assert (schedule is not None) == exists, why
    if schedule is not None:
        assert _decreasing(schedule) and schedule.member(("alpha", "bar"), schedule.letters["t"] - 1) == Fraction(
            previous
        )
    else:
        assert why


def test_values_against_the_order_have_no_schedule():
    schedule, why = _witness({A_T: "0.64", ("alpha", "", "t-1"): "0.5"})
    assert schedule is None and CHAIN in why


@pytest.mark.parametrize(("relation", "exists"), [(">", False), (r"\ge", True)])
def test_equal_neighbours_need_a_chain_that_allows_them(relation, exists):
    chain = rf"1 > \alpha_1 {relation} \cdots {relation} \alpha_T > 0"
    schedule, _ = _witness({A_T: "0.64", ("alpha", "", "t-1"): "0.64"}, statements=(chain,))
    assert (schedule is not None) == exists


@pytest.mark.parametrize(
    ("chain", "beta", "exists"),
    [
        (r"0 < \beta_1 < \beta_2 < \cdots < \beta_T < 1", "0.36", True),
        (r"0 < \beta_1 < \ldots < \beta_T < 0.3", "0.36", False),  # beyond the chain's bound
        (r"1 > \beta_1 > \cdots > \beta_T > 0", "0.36", True),  # decreasing betas: alpha increases
    ],
)
def test_a_beta_chain_orders_alpha_the_other_way(chain, beta, exists):
    schedule, _ = _witness({("beta", "", "t"): beta, ABAR_PREVIOUS: "0.2"}, statements=(chain,))
    assert (schedule is not None) == exists
    if schedule is not None:
        betas = [1 - a for a in schedule.alphas]
        rising = "<" in chain
        assert all((a < b) == rising for a, b in zip(betas, betas[1:]))


def test_an_increasing_alpha_chain_cannot_give_a_small_product_before_a_small_alpha():
    chain = r"0 < \alpha_1 < \cdots < \alpha_T < 1"
    schedule, _ = _witness({A_T: "0.000001", ABAR_PREVIOUS: "0.000001"}, statements=(chain,))
    assert schedule is None  # alpha_s < 1e-6 for s < t: the product is below 1e-6 unless t = 2, alpha_1 = 1e-6


def test_a_family_ordered_from_a_later_step_leaves_the_earlier_ones_free():
    schedule, why = _witness(
        {A_T: "0.64", ("alpha", "", "1"): "0.1"}, statements=(r"1 > \alpha_2 > \cdots > \alpha_T > 0",)
    )
    assert schedule is not None, why
    assert schedule.member(("alpha", ""), 1) == Fraction(1, 10)
    schedule, _ = _witness({A_T: "0.64", ("alpha", "", "1"): "0.1"})  # ordered from alpha_0: alpha_1 > alpha_t
    assert schedule is None


def test_a_relation_at_a_fixed_step_is_checked_there():
    assert _witness({A_T: "0.64"}, statements=(CHAIN, r"\bar\alpha_1 = \alpha_1"))[0] is not None
    schedule, why = _witness({A_T: "0.64"}, statements=(CHAIN, r"\bar\alpha_2 = \alpha_1"))
    assert schedule is None and "bar" in why


def test_a_derived_value_the_context_s_product_does_not_give_leaves_no_schedule():
    schedule, why = _witness({A_T: "0.64", ABAR_PREVIOUS: "0.001"}, derived={ABAR_T: 0.00065})
    assert schedule is None and "0.00065" in why


def test_a_definition_of_abar_from_step_zero_is_not_the_context_s_product():
    s, t = sp.Symbol("s", integer=True), sp.Symbol("t", integer=True)
    alpha, abar = sp.Symbol("α_s"), sp.Symbol("ᾱ_t")
    symbols = {alpha: ("alpha", "", "s"), abar: ("alpha", "bar", "t")}
    definition = (("alpha", "bar", "t"), sp.Product(alpha, (s, 0, t)), "line 3 defines abar from alpha_0")
    schedule, why = _witness({A_T: "0.64", ABAR_PREVIOUS: "0.001"}, definitions=[definition], symbols=symbols)
    assert schedule is None and why == "line 3 defines abar from alpha_0"


def test_the_context_s_own_definitions_hold_at_every_step():
    alpha, beta = sp.Symbol("α_t"), sp.Symbol("β_t")
    symbols = {alpha: ("alpha", "", "t"), beta: ("beta", "", "t")}
    definition = (("beta", "", "t"), 1 - alpha, "beta_t = 1 - alpha_t")
    schedule, why = _witness({A_T: "0.64", ABAR_PREVIOUS: "0.001"}, definitions=[definition], symbols=symbols)
    assert schedule is not None, why
    other = (("beta", "", "t"), 1 - alpha**2, "beta_t = 1 - alpha_t^2")
    assert _witness({A_T: "0.64"}, definitions=[other], symbols=symbols)[1] == "beta_t = 1 - alpha_t^2"


@pytest.mark.parametrize(("bound", "exists"), [("0", True), ("0.9", False)])
def test_a_chain_whose_ends_name_one_step_keeps_its_bounds(bound, exists):
    chain = rf"1 > \alpha_1 > \cdots > \alpha_T > {bound}"  # at T = 1: 1 > alpha_1 > bound
    schedule, _ = _witness({("alpha", "", "1"): "0.5"}, statements=(chain,), fixed={"T": 1})
    assert (schedule is not None) == exists


@pytest.mark.parametrize(
    "text",
    [r"1 > \alpha_1 > \cdots > \alpha_{T+1} > 0.9", r"\alpha_{T+1} > 0.9"],  # a member past the size at every instance
)
def test_a_relation_the_schedule_has_no_member_to_check_at_is_not_met(text):
    schedule, why = _witness({A_T: "0.5"}, statements=(text,))
    assert schedule is None and text in why
