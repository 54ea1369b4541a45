"""The public Hypothesis strategies: values in their domains, edges reached, bad arguments refused."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import find, given, settings

from numeric import strategies


@settings(max_examples=200, derandomize=True)
@given(strategies.alphas())
def test_alphas_are_in_the_open_unit_interval(alpha):
    assert 0.0 < alpha < 1.0


@settings(max_examples=200, derandomize=True)
@given(strategies.variances())
def test_variances_are_positive_and_bounded(variance):
    assert 1e-10 <= variance <= 1e10 * (1 + 1e-12)


@settings(max_examples=50, derandomize=True)
@given(strategies.alpha_schedules(max_length=50))
def test_schedules_have_valid_alphas(schedule):
    assert 1 <= schedule.size <= 50 and np.all((schedule > 0) & (schedule < 1))


def test_edges_are_drawn():
    assert find(strategies.alphas(), lambda alpha: alpha <= 1e-6, settings=settings(derandomize=True)) <= 1e-6
    assert find(strategies.alphas(), lambda alpha: alpha >= 1 - 1e-6, settings=settings(derandomize=True)) >= 1 - 1e-6


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: strategies.unit_interval(margin=0.7), "margin must be in"),
        (lambda: strategies.variances(min_value=1.0, max_value=0.5), "need 0 < min_value < max_value"),
        (lambda: strategies.alpha_schedules(min_length=0), "min_length must be >= 1"),
    ],
    ids=["margin", "variance bounds", "schedule length"],
)
def test_bad_arguments_fail_early_with_a_clear_error(make, message):
    with pytest.raises(ValueError, match=message):
        make()
