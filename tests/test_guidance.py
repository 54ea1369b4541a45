"""Guidance: Bayes for scores, the guided score, classifier-free guidance; mistakes refuted at their step."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from derivations import guidance
from derivations.kernel.checking import InstanceStatus, Status, check_identity
from derivations.latex import latex
from derivations.symbols import gamma, x_t
from numeric import guidance as numeric
from numeric.score_models import evaluate_scores

SEED = 20221124


@pytest.mark.parametrize("identity", guidance.IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved_and_instances_hold(identity):
    result = check_identity(identity)
    assert result.status is Status.PROVED, result.first_failure
    assert result.instances_hold
    assert all(r.status is InstanceStatus.HOLDS for r in result.instances)
    for derivation in identity.derivations:
        assert all(latex(expr) for expr in derivation.expressions())


@pytest.mark.parametrize("identity", guidance.IDENTITIES, ids=lambda i: i.name)
def test_numeric_check_passes(identity):
    result = numeric.CHECKS[identity.name](np.random.default_rng(SEED))
    assert result.comparisons
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


def guidance_scale_on_the_wrong_term():
    wrong = gamma * guidance.score(guidance.p_t) + guidance.score(guidance.classifier)
    identity = guidance.classifier_guidance
    return replace(identity, derivations=(identity.derivations[0], guidance.guided_derivation(wrong)))


def cfg_sign_error():
    wrong = gamma * guidance.score(guidance.p_t_given_y) + (gamma - 1) * guidance.score(guidance.p_t)
    return replace(guidance.classifier_free_guidance, derivations=(guidance.cfg_derivation(wrong),))


WRONG = {
    "gamma on the unconditional score": (guidance_scale_on_the_wrong_term, 1, 2),
    "CFG with (gamma - 1) for (1 - gamma)": (cfg_sign_error, 0, 2),
}


@pytest.mark.parametrize("name", WRONG)
def test_wrong_variant_is_refuted_at_its_step_and_numerically(name):
    build, index, step = WRONG[name]
    identity = build()
    verdicts = [r.verdict for r in check_identity(identity).derivations[index].steps]
    assert all(v.proved for v in verdicts[: step - 1])
    assert verdicts[step - 1].status is Status.REFUTED, verdicts[step - 1]
    assert verdicts[step - 1].counterexample is not None
    assert not numeric.CHECKS[identity.name](np.random.default_rng(SEED), identity=identity).passed


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), scale=st.sampled_from([1e-3, 0.5, 1.0, 7.5, 1e3]), point=st.floats(-5, 5))
@example(seed=1_703_054_869, scale=1e3, point=-1.5)  # rounded weights once made the two models differ by 1e-13
def test_guided_and_classifier_free_scores_agree(seed, scale, point):
    """CLASSIFIER_GUIDED_SCORE = CFG_SCORE on random labelled mixtures, any gamma, exact gradients."""
    family, _ = numeric.labelled_mixture(np.random.default_rng(seed))
    values = {gamma: scale}
    guided = evaluate_scores(guidance.CLASSIFIER_GUIDED_SCORE, family, values, x_t, point, differences=False)
    free = evaluate_scores(guidance.CFG_SCORE, family, values, x_t, point, differences=False)
    assert abs(guided.value - free.value) <= guided.bound + free.bound
