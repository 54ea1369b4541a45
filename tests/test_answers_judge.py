"""The judge's policy: correct only with a proof, wrong only with a real counterexample, undecided otherwise."""

from __future__ import annotations

import importlib

import pytest
import sympy as sp

from derivations import diffusion
from derivations import symbols as S
from derivations.kernel.algebra import Proof
from diffproof.answers import EVERYTHING, Assumptions, Status, judge, parse
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import equiv, parse_given

judge_module = importlib.import_module("diffproof.answers.judge")


def test_answer_in_abar_alone_is_compared_as_written():
    verdict = judge(diffusion.FORWARD_MEAN, parse(r"\sqrt{\bar\alpha_t}x_0"))
    assert verdict.status is Status.CORRECT
    assert verdict.relations == ()


def test_alpha_and_abar_are_related_in_both_sides():
    verdict = judge(diffusion.FORWARD_MEAN, parse(r"\sqrt{\alpha_t}\sqrt{\bar\alpha_{t-1}}x_0"))
    assert verdict.status is Status.CORRECT
    assert verdict.relations == (r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}",)


def test_relation_one_step_earlier():
    answer = parse(r"\sqrt{\alpha_t \alpha_{t-1} \bar\alpha_{t-2}} x_0")
    assert judge(diffusion.FORWARD_MEAN, answer).status is Status.CORRECT


def test_counterexample_lies_in_the_domain_and_is_real():
    verdict = judge(diffusion.FORWARD_MEAN, parse(r"\sqrt{\alpha_t}x_0"))
    assert verdict.status is Status.WRONG
    point = dict(verdict.counterexample.point)
    assert set(point) == {"alpha_t", "abar_{t-1}", "x_0"}
    assert 0 < float(point["alpha_t"]) < 1 and 0 < float(point["abar_{t-1}"]) < 1
    values = {S.alpha_t: sp.Rational(point["alpha_t"]), S.abar_tm1: sp.Rational(point["abar_{t-1}"])}
    values[S.x_0] = sp.Rational(point["x_0"])
    derived = dict(verdict.counterexample.derived)
    assert sp.Rational(derived["abar_t"]) == values[S.alpha_t] * values[S.abar_tm1]
    reference = sp.sqrt(S.alpha_t * S.abar_tm1) * S.x_0
    assert abs(float(reference.xreplace(values)) - float(verdict.counterexample.reference)) < 1e-15


def test_sign_flip_and_constant_factor_are_named():
    flipped = judge(diffusion.SCORE_FROM_EPS, parse(r"\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}"))
    assert flipped.status is Status.WRONG and "sign is flipped" in flipped.note
    doubled = judge(diffusion.X0_WEIGHT, parse(r"\mathrm{SNR}(t-1) - \mathrm{SNR}(t)"))
    assert doubled.status is Status.WRONG and "2 times the reference" in doubled.note
    unrelated = judge(diffusion.SNR, parse(r"\frac{\alpha_t}{1-\alpha_t}"))
    assert unrelated.status is Status.WRONG and unrelated.note == ""


def test_equal_only_under_an_extra_assumption():
    verdict = equiv(r"\sqrt{w^2}", "w")
    assert verdict.status is Status.WRONG
    assert verdict.note == "equal only when w > 0"
    assert equiv(r"\sqrt{w^2}", "w", ("0 < w",)).status is Status.CORRECT
    assert equiv(r"\sqrt{w^2}", "-w", ("w > 0",)).status is Status.WRONG


def test_domains_hold_in_equiv_as_in_check():
    assert equiv(r"\sqrt{\sigma^2}", r"\sigma").status is Status.CORRECT
    assert equiv(r"\sqrt{\alpha_t}\sqrt{1-\alpha_t}", r"\sqrt{\alpha_t - \alpha_t^2}").status is Status.CORRECT
    assert equiv(r"\log(\alpha_t \bar\alpha_{t-1})", r"\log\alpha_t + \ln\bar\alpha_{t-1}").status is Status.CORRECT
    assert equiv(r"\log(\mu^2)", r"2\log\mu").status is Status.WRONG


def test_imaginary_answer_is_a_counterexample():
    verdict = equiv("1", r"\sqrt{\alpha_t - 1}")
    assert verdict.status is Status.WRONG
    assert verdict.counterexample.answer.endswith("i")


def test_given_relations_with_atoms_on_the_left():
    cfg = r"\gamma \nabla\log p(x_t|y) + (1-\gamma)\nabla\log p(x_t)"
    written = r"\nabla\log p(x_t|y) + w(\nabla\log p(x_t|y) - \nabla\log p(x_t))"
    assert equiv(cfg, written).status is Status.WRONG
    assert equiv(cfg, written, (r"w = \gamma - 1",)).status is Status.CORRECT
    assert equiv(cfg, written, (r"\gamma - 1 = w",)).status is Status.CORRECT
    score = r"\nabla_{x_t}\log p(x_t) = -\epsilon_0/\sqrt{1-\bar\alpha_t}"
    tweedie = r"\frac{x_t + (1-\bar\alpha_t)\nabla_{x_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}"
    x0 = r"\frac{x_t - \sqrt{1-\bar\alpha_t}\epsilon}{\sqrt{\bar\alpha_t}}"
    assert equiv(x0, tweedie, (score,)).status is Status.CORRECT
    assert equiv(x0, tweedie).status is Status.WRONG


@pytest.mark.parametrize("relation", ["a + b = c + u", "w <= 0", "0 < w < 2", "w < 0", "0 < a b", "1 < w"], ids=str)
def test_unsupported_given_relations_are_refused(relation):
    with pytest.raises(InvalidAnswer):
        parse_given(relation)


def test_densities_are_judged_through_joint_over_marginal():
    posterior = parse(r"p(z|x)")
    assert judge(posterior, parse(r"\frac{p(x|z)p(z)}{p(x)}")).status is Status.CORRECT
    wrong = judge(posterior, parse(r"\frac{p(x|z)p(x)}{p(z)}"))
    assert wrong.status is Status.WRONG
    assert {name for name, _ in wrong.counterexample.point} == {"p(x)", "p(x, z)", "p(z)"}


def test_agreement_without_proof_is_undecided(monkeypatch):
    monkeypatch.setattr(judge_module, "prove_equal", lambda *args, **kwargs: None)
    verdict = judge(diffusion.SNR, parse(r"\frac{1}{1-\bar\alpha_t} - 1"))
    assert verdict.status is Status.UNDECIDED
    assert "agree at 24 random points" in verdict.reason


def test_a_proof_contradicted_by_numbers_is_never_correct(monkeypatch):
    monkeypatch.setattr(judge_module, "prove_equal", lambda *args, **kwargs: Proof("a broken tier"))
    verdict = judge(diffusion.SNR, parse(r"\frac{\alpha_t}{1-\alpha_t}"))
    assert verdict.status is Status.WRONG


def test_verdict_renders_itself():
    verdict = judge(diffusion.SNR, parse(r"\frac{\bar\alpha_t}{1-\bar\alpha_t}"))
    assert verdict._repr_latex_() == r"$\text{correct}: \frac{\bar\alpha_t}{1 - \bar\alpha_t}$"
    assert verdict.to_json()["verdict"] == "correct"


def test_assumptions_compose():
    combined = parse_given("0 < w") + parse_given("u = 2")
    assert isinstance(combined, Assumptions)
    assert len(combined.substitutions) == 2 and len(combined.domains) == 1
    assert judge(parse("w u", EVERYTHING), parse("2 w"), combined).status is Status.CORRECT
