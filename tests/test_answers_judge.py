"""The judge's policy: correct only with a proof, wrong only with a real counterexample, undecided otherwise."""

from __future__ import annotations

import importlib

import pytest
import sympy as sp

from derivations import diffusion
from derivations import symbols as S
from derivations.kernel.vocabulary import Status
from diffproof.answers import Assumptions, parse, read
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.givens import parse_given
from diffproof.answers.grading import equiv
from diffproof.answers.judge import judge

judge_module = importlib.import_module("diffproof.answers.judge")


def test_answer_in_abar_alone_is_compared_as_written():
    verdict = judge(diffusion.FORWARD_MEAN, read(r"\sqrt{\bar\alpha_t}x_0"))
    assert verdict.status is Status.PROVED
    assert verdict.relations == ()


def test_alpha_and_abar_are_related_in_both_sides():
    verdict = judge(diffusion.FORWARD_MEAN, read(r"\sqrt{\alpha_t}\sqrt{\bar\alpha_{t-1}}x_0"))
    assert verdict.status is Status.PROVED
    assert verdict.relations == (r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}",)


def test_relation_one_step_earlier():
    answer = read(r"\sqrt{\alpha_t \alpha_{t-1} \bar\alpha_{t-2}} x_0")
    assert judge(diffusion.FORWARD_MEAN, answer).status is Status.PROVED


def test_counterexample_lies_in_the_domain_and_is_real():
    verdict = judge(diffusion.FORWARD_MEAN, read(r"\sqrt{\alpha_t}x_0"))
    assert verdict.status is Status.REFUTED
    point = dict(verdict.counterexample.point)
    assert set(point) == {"alpha_t", "abar_{t-1}", "x_0"}
    assert 0 < point["alpha_t"] < 1 and 0 < point["abar_{t-1}"] < 1
    values = {S.alpha_t: sp.Rational(str(point["alpha_t"])), S.abar_tm1: sp.Rational(str(point["abar_{t-1}"]))}
    values[S.x_0] = sp.Rational(str(point["x_0"]))
    derived = dict(verdict.counterexample.derived)
    assert abs(derived["abar_t"] - float(values[S.alpha_t] * values[S.abar_tm1])) < 1e-15
    reference = sp.sqrt(S.alpha_t * S.abar_tm1) * S.x_0
    assert abs(float(reference.xreplace(values)) - verdict.counterexample.lhs) < 1e-15
    assert verdict.domains == (("abar_t", "(0, 1)"), ("abar_{t-1}", "(0, 1)"), ("alpha_t", "(0, 1)"), ("x_0", "real"))


def test_every_domain_assumed_is_shown_and_unknown_letters_are_real():
    verdict = equiv(r"\sqrt{a^2}", "a")
    assert verdict.word == "wrong" and dict(verdict.domains) == {"a": "real"}
    assert verdict.counterexample.point[0][1] < 0
    assert equiv(r"\sqrt{a^2}", "a", ("0 < a",)).word == "correct"
    assert equiv(r"\sqrt{a^2}", "-a", ("a > 0",)).word == "wrong"
    assert dict(equiv(r"\sqrt{\sigma^2}", r"\sigma").domains) == {"sigma": "(0, oo)"}


def test_domains_of_the_notation_hold_in_equiv():
    assert equiv(r"\sqrt{\sigma^2}", r"\sigma").word == "correct"
    assert equiv(r"\sqrt{\alpha_t}\sqrt{1-\alpha_t}", r"\sqrt{\alpha_t - \alpha_t^2}").word == "correct"
    assert equiv(r"\log(\alpha_t \bar\alpha_{t-1})", r"\log\alpha_t + \ln\bar\alpha_{t-1}").word == "correct"
    assert equiv(r"\log(\mu^2)", r"2\log\mu").word == "wrong"


def test_imaginary_answer_is_a_counterexample():
    verdict = equiv("1", r"\sqrt{\alpha_t - 1}")
    assert verdict.word == "wrong"
    assert isinstance(verdict.counterexample.rhs, complex)


def test_an_answer_undefined_everywhere_is_never_correct():
    verdict = equiv("1", r"\frac{\beta_t - 1 + \alpha_t}{\beta_t - 1 + \alpha_t}")
    assert verdict.word == "wrong" and verdict.counterexample.rhs == "undefined"
    assert "has no value" in verdict.reason
    verdict = equiv(r"\bar\alpha_t", r"\bar\alpha_t + \log(\alpha_t + \beta_t) - \log(\alpha_t + \beta_t)")
    assert verdict.word == "correct"  # log 1 is defined: 1 - alpha + alpha = 1
    verdict = equiv("x", r"x + \log(1 - \alpha_t - \beta_t) - \log(1 - \alpha_t - \beta_t)")
    assert verdict.word == "wrong" and verdict.counterexample.rhs == "undefined"


def test_given_relations_with_atoms_on_the_left():
    cfg = r"\gamma \nabla\log p(x_t|y) + (1-\gamma)\nabla\log p(x_t)"
    written = r"\nabla\log p(x_t|y) + w(\nabla\log p(x_t|y) - \nabla\log p(x_t))"
    assert equiv(cfg, written).word == "wrong"
    assert equiv(cfg, written, (r"w = \gamma - 1",)).word == "correct"
    assert equiv(cfg, written, (r"\gamma - 1 = w",)).word == "correct"
    score = r"\nabla_{x_t}\log p(x_t) = -\epsilon_0/\sqrt{1-\bar\alpha_t}"
    tweedie = r"\frac{x_t + (1-\bar\alpha_t)\nabla_{x_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}"
    x0 = r"\frac{x_t - \sqrt{1-\bar\alpha_t}\epsilon}{\sqrt{\bar\alpha_t}}"
    assert equiv(x0, tweedie, (score,)).word == "correct"
    assert equiv(x0, tweedie).word == "wrong"


def test_a_given_rewrites_every_way_of_writing_its_left_side():
    score = r"\nabla_{x_t}\log p(x_t) = -\epsilon/\sqrt{1-\bar\alpha_t}"
    written = r"\frac{\nabla_{x_t} p(x_t)}{p(x_t)}"
    assert equiv(r"-\epsilon/\sqrt{1-\bar\alpha_t}", written, (score,)).word == "correct"


def test_bounds_narrow_the_domain_and_intersect():
    assert equiv(r"\sqrt{(\alpha_t - 1)^2}", r"1 - \alpha_t", ("0 < alpha_t",)).word == "correct"
    verdict = equiv("w", "w^2", ("0 < w", "w < 1/2"))
    assert verdict.word == "wrong" and 0 < verdict.counterexample.point[0][1] < 0.5
    with pytest.raises(InvalidAnswer, match="contradicts"):
        parse_given(r"2 < \alpha_t")


def test_a_bound_then_an_equation_both_hold():
    verdict = equiv(r"\sqrt{w^2}", r"\gamma - 1", ("0 < w", r"w = \gamma - 1"))
    assert verdict.word == "undecided" or verdict.word == "correct"
    assert verdict.word != "wrong"


def test_a_given_that_contradicts_a_domain_is_refused():
    with pytest.raises(InvalidAnswer, match="contradicts the domain"):
        parse_given(r"\sigma = -1")
    with pytest.raises(InvalidAnswer, match="contradicts the domain"):
        parse_given(r"\bar\alpha_t = 2")


def test_relations_do_not_bring_back_a_symbol_a_given_fixed():
    assert equiv("1/2", r"\alpha_t \bar\alpha_{t-1}", (r"\bar\alpha_t = 1/2",)).word == "correct"
    assert equiv(r"\frac{3}{4}", r"\alpha_t", (r"\beta_t = 1/4",)).word == "correct"
    verdict = equiv(r"\alpha_t", r"\bar\alpha_{t-1}", (r"\bar\alpha_t = 1/2",))
    assert verdict.word == "wrong"
    point = dict(verdict.counterexample.point + verdict.counterexample.derived)
    assert abs(point["alpha_t"] * point["abar_{t-1}"] - 0.5) < 1e-12 and 0 < point["abar_{t-1}"] < 1


@pytest.mark.parametrize("relation", ["a + b = c + u", "0 < a b", "w <= a", "a = a", "1 = 2"], ids=str)
def test_unsupported_given_relations_are_refused(relation):
    with pytest.raises(InvalidAnswer):
        parse_given(relation)


def test_densities_are_judged_through_joint_over_marginal():
    posterior = parse(r"p(z|x)")
    assert judge(posterior, read(r"\frac{p(x|z)p(z)}{p(x)}")).status is Status.PROVED
    wrong = judge(posterior, read(r"\frac{p(x|z)p(x)}{p(z)}"))
    assert wrong.status is Status.REFUTED
    assert {name for name, _ in wrong.counterexample.point} == {"p(x)", "p(x, z)", "p(z)", "x", "z"}


def test_network_outputs_at_different_inputs_are_different_numbers():
    verdict = equiv(r"\epsilon_\theta(x_t, t)", r"\epsilon_\theta(x_0, t)")
    assert verdict.word == "wrong"
    assert equiv(r"\epsilon_\theta(x_t, t)", r"\hat\epsilon_\theta").word == "correct"  # bare: the usual inputs
    assert equiv(r"\epsilon_\theta(x_t, t)", r"\epsilon_\theta(x_t, t + 0)").word == "correct"


def test_agreement_without_proof_is_undecided(monkeypatch):
    monkeypatch.setattr(judge_module, "prove_equal", lambda *args, **kwargs: None)
    verdict = judge(diffusion.SNR, read(r"\frac{1}{1-\bar\alpha_t} - 1"))
    assert verdict.status is Status.UNDECIDED
    assert "agree at 24 random points" in verdict.reason


def test_a_proof_contradicted_by_numbers_is_never_correct(monkeypatch):
    from derivations.kernel.algebra import Proof

    monkeypatch.setattr(judge_module, "prove_equal", lambda *args, **kwargs: Proof("a broken tier"))
    verdict = judge(diffusion.SNR, read(r"\frac{\alpha_t}{1-\alpha_t}"))
    assert verdict.status is Status.REFUTED


def test_the_kernel_is_called_in_one_place(monkeypatch):
    calls = []
    monkeypatch.setattr(judge_module, "prove_equal", lambda *args, **kwargs: calls.append(args))
    judge(diffusion.SNR, read(r"\frac{1}{1-\bar\alpha_t} - 1"))
    assert len(calls) == 1


def test_verdict_renders_itself():
    verdict = judge(diffusion.SNR, read(r"\frac{\bar\alpha_t}{1-\bar\alpha_t}"))
    assert verdict._repr_latex_() == r"$\text{correct}: \frac{\bar\alpha_t}{1 - \bar\alpha_t}$"
    assert verdict.to_json()["verdict"] == "correct" and verdict.to_json()["status"] == "proved"


def test_assumptions_compose():
    combined = parse_given("0 < w") + parse_given("u = 2")
    assert isinstance(combined, Assumptions)
    assert len(combined.equations) == 1 and len(combined.domains) == 1
    assert judge(parse("w u"), read("2 w"), combined).status is Status.PROVED
