"""Feedback that names the mistake: a classic slip is named only when the kernel proves it is the answer."""

from __future__ import annotations

import importlib

import pytest

from diffproof.answers.diagnosis import SLIPS, mutants
from diffproof.answers.grading import CheckTask, check, equiv, grade
from diffproof.answers.quantities import get

judge_module = importlib.import_module("diffproof.answers.judge")

NAMED = [
    ("alpha-for-abar", "forward-marginal-mean", "sqrt(alpha_t)*x_0", "alpha_t where abar_t belongs"),
    ("abar-for-alpha", "forward-step-mean", r"\sqrt{\bar\alpha_t}x_{t-1}", "abar_t where alpha_t belongs"),
    ("t-for-t-1", "forward-step-mean", r"\sqrt{\alpha_t}x_t", "x_t where x_{t-1} belongs"),
    ("t-1-for-t", "forward-marginal-var", r"1-\bar\alpha_{t-1}", "abar_{t-1} where abar_t belongs"),
    ("missing-root", "forward-marginal-mean", r"\bar\alpha_t x_0", "a missing square root"),
    ("variance-for-std", "merged-noise-std", r"1 - \alpha_t\bar\alpha_{t-1}", "variance where the standard deviation belongs"),
    ("std-for-variance", "reparam-sample", r"\mu + \sigma^2\epsilon", "the variance where the standard deviation belongs"),
    ("extra-root", "snr", r"\frac{\sqrt{\bar\alpha_t}}{1-\bar\alpha_t}", "an extra square root"),
    ("sign", "score-from-eps", r"\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}", "the sign is flipped"),
    ("sign-of-a-term", "x0-from-eps", r"\frac{x_t + \sqrt{1-\bar\alpha_t}\epsilon}{\sqrt{\bar\alpha_t}}", "the sign of the term"),
    ("swapped-coefficients", "posterior-mean", r"\frac{\sqrt{\bar\alpha_{t-1}}\beta_t x_t + \sqrt{\alpha_t}(1-\bar\alpha_{t-1}) x_0}{1-\bar\alpha_t}", "the coefficients of x_0 and x_t are swapped"),
    ("inverted-ratio", "snr", r"\frac{1-\bar\alpha_t}{\bar\alpha_t}", "the ratio is upside down"),
    ("constant-factor", "elbo-denoising-weight-x0", r"\mathrm{SNR}(t-1) - \mathrm{SNR}(t)", "twice the reference"),
    ("complement", "forward-marginal-var", r"\bar\alpha_t", "abar_t where 1 - abar_t belongs"),
    ("network-input", "reverse-mean", r"\tilde\mu_t(x_t, \hat x_\theta(x_0, t))", "the network is evaluated at x_0"),
    ("missing-term", "posterior-mean-eps-form", r"\frac{x_t}{\sqrt{\alpha_t}}", "is missing"),
    ("sigma-swap", "gaussian-kl-1d", r"\log\frac{\sigma_1}{\sigma_2} + \frac{\sigma_2^2 + (\mu_1-\mu_2)^2}{2\sigma_1^2} - \frac12", "sigma_1 and sigma_2 are swapped"),
]  # fmt: skip


@pytest.mark.parametrize(("quantity", "answer", "named"), [row[1:] for row in NAMED], ids=[row[0] for row in NAMED])
def test_a_classic_slip_is_named(quantity, answer, named):
    judged = check(quantity, answer)
    assert judged.word == "wrong"
    assert named in judged.diagnosis, judged.diagnosis


@pytest.mark.parametrize(
    ("quantity", "answer"),
    [
        ("forward-marginal-mean", r"\bar\alpha_t^3 x_0 + 7"),
        ("snr", r"\frac{\alpha_t + 2}{3}"),
        ("posterior-var", "x_t"),
    ],
)
def test_an_answer_far_from_any_slip_gets_no_diagnosis(quantity, answer):
    judged = check(quantity, answer)
    assert judged.word == "wrong" and judged.diagnosis == ""


def test_a_diagnosis_is_never_given_without_a_proof(monkeypatch):
    monkeypatch.setattr(judge_module, "kernel_proves", lambda *args, **kwargs: None)
    judged = check("forward-marginal-mean", "sqrt(alpha_t)*x_0")
    assert judged.word == "wrong" and judged.diagnosis == ""


def test_correct_and_invalid_answers_get_no_diagnosis():
    assert check("snr", "SNR(t)").diagnosis == ""
    assert grade(CheckTask("snr", "SNR(t")).diagnosis == ""


def test_equiv_names_slips_too():
    assert "the sign is flipped" in equiv("a - b", "b - a").diagnosis


def test_every_slip_class_makes_mutants_and_none_is_the_reference():
    reference = get("posterior-mean").reference.expr
    made = mutants(reference)
    assert {m.kind for m in made} >= {"confused-symbol", "time-index", "square-root", "sign", "inverted-ratio"}
    assert reference not in {m.expr for m in made}
    assert len({slip.kind for slip in SLIPS}) == len(SLIPS)
