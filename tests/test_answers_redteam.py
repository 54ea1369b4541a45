"""A red team against the checker's layers around its proof engine: answers built to be accepted wrongly.

Every row is an answer that is wrong (or cannot be read one way): it must be judged *wrong*, *undecided* or
*invalid input* -- never *correct* -- and any counterexample must lie in every declared domain, narrowed by
every bound, with every given holding at the point.  The classes follow issue 13, item 7, and add new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import sympy as sp

from diffproof.answers.givens import parse_given
from diffproof.answers.grading import CheckTask, EquivTask, judgements, question
from diffproof.answers.judge import Assumptions
from diffproof.answers.limits import Limits
from diffproof.answers.notation import read

BANK = str(Path(__file__).parent.parent / "examples" / "course_bank.toml")


@dataclass(frozen=True)
class Attack:
    id: str
    kind: str  # the class of attack
    task: CheckTask | EquivTask


def check(id, kind, quantity, answer, bank=False):
    return Attack(id, kind, CheckTask(quantity, answer, BANK if bank else None))


def equiv(id, kind, reference, answer, *given):
    return Attack(id, kind, EquivTask(reference, answer, tuple(given)))


EPS_MEAN = r"\frac{1}{\sqrt{\alpha_t}}\left(x_t - \frac{\beta_t}{\sqrt{1-\bar\alpha_t}}%s\right)"

ATTACKS = [
    # -- a network prediction's inputs dropped or changed
    *[
        check(f"network-input-{i}", "network inputs", "reverse-mean", EPS_MEAN % output)
        for i, output in enumerate(
            [
                r"\hat\epsilon_\theta(x_0, t)",
                r"\epsilon_\theta(x_0, t)",
                r"\epsilon_\theta(x_t, t-1)",
                r"\epsilon_\theta(x_{t-1}, t)",
                r"\epsilon_\theta(t, x_t)",
                r"\epsilon_\theta(x_t)",
                r"\epsilon_\theta(x_t, 0)",
                r"\epsilon_\theta(x_t, t, y)",
                r"\epsilon_\theta(x_0)",
                r"\epsilon_\theta(\sqrt{\bar\alpha_t}x_0, t)",
                r"\epsilon_\theta(x_t + 1, t)",
                r"\epsilon_\theta(2x_t, t)",
            ]
        )
    ],  # fmt: skip
    check(
        "network-input-s",
        "network inputs",
        "reverse-mean",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t + (1-\alpha_t)s_\theta(x_0, t))",
    ),
    check("network-input-xhat", "network inputs", "reverse-mean", r"\tilde\mu_t(x_t, \hat x_\theta(x_0, t))"),
    check(
        "network-input-bank",
        "network inputs",
        "ddpm-sampling-step",
        EPS_MEAN % r"\epsilon_\theta(x_0, t)" + r" + \sigma_t z",
        bank=True,
    ),
    check(
        "network-input-code",
        "network inputs",
        "ddim-update",
        r"\sqrt{\bar\alpha_{t-1}}\frac{x_t - \sqrt{1-\bar\alpha_t}\epsilon_\theta(x_t, t)}{\sqrt{\bar\alpha_t}} + \sqrt{1-\bar\alpha_{t-1}}\epsilon_\theta(x_{t-1}, t)",
        bank=True,
    ),
    check(
        "network-for-noise",
        "network inputs",
        "x0-from-eps",
        r"\frac{x_t - \sqrt{1-\bar\alpha_t}\epsilon_\theta(x_t, t)}{\sqrt{\bar\alpha_t}}",
    ),
    # -- letters silently positive: an unknown letter is real
    *[
        equiv(f"positive-letter-{i}", "silent positivity", reference, answer)
        for i, (reference, answer) in enumerate(
            [
                (r"\sqrt{a^2}", "a"),
                (r"\sqrt{x^2}", "x"),
                (r"\log(a^2)", r"2\log a"),
                (r"\sqrt{a b}", r"\sqrt a \sqrt b"),
                ("|c|", "c"),
                (r"(a^2)^{1/2}", "a"),
                (r"\sqrt{\mu^2}", r"\mu"),
                (r"(\gamma^2)^{1/2}", r"\gamma"),
                (r"\sqrt{x_t^2}", "x_t"),
                (r"\log(\epsilon^2)", r"2\log\epsilon"),
                (r"\sqrt{x_i^2}", "x_i"),
                (r"\frac{a}{\sqrt{a^2}}", "1"),
                (r"\sqrt{c^2 d^2}", "c d"),
                (r"\log(a b)", r"\log a + \log b"),
                (r"\sqrt{(x_0 - \mu)^2}", r"x_0 - \mu"),
                (r"\sqrt{w^2}", "w"),
                (r"(s^4)^{1/4}", "s"),
            ]
        )
    ],  # fmt: skip
    # -- an answer undefined everywhere once a relation is applied
    *[
        equiv(f"undefined-{i}", "undefined everywhere", reference, answer)
        for i, (reference, answer) in enumerate(
            [
                ("1", r"\frac{\beta_t - 1 + \alpha_t}{\beta_t - 1 + \alpha_t}"),
                ("x_0", r"x_0 + \log(1 - \alpha_t - \beta_t) - \log(1 - \alpha_t - \beta_t)"),
                (
                    r"\bar\alpha_t",
                    r"\bar\alpha_t \frac{\bar\alpha_t - \alpha_t\bar\alpha_{t-1}}{\bar\alpha_t - \alpha_t\bar\alpha_{t-1}}",
                ),
                ("1", r"\frac{\alpha_t + \beta_t - 1}{\alpha_t + \beta_t - 1}"),
                (r"\sigma", r"\sigma (1 - \alpha_t - \beta_t)^0 + \frac{0}{1 - \alpha_t - \beta_t}"),
                ("0", r"\frac{1 - \alpha_t - \beta_t}{\beta_t + \alpha_t - 1}"),
                (r"x_t", r"x_t + \frac{\log(\alpha_t + \beta_t)}{\log(\alpha_t + \beta_t)} - 1"),
                (
                    r"\beta_t",
                    r"\beta_t \frac{\bar\alpha_t}{\alpha_t \bar\alpha_{t-1}} \frac{\bar\alpha_t - \alpha_t\bar\alpha_{t-1}}{\bar\alpha_t - \alpha_t\bar\alpha_{t-1}}",
                ),
                ("1", r"(\alpha_t + \beta_t - 1)^{-1} (\alpha_t + \beta_t - 1)"),
                (
                    r"\log 2",
                    r"\log 2 + \log(\bar\alpha_t - \alpha_t\bar\alpha_{t-1} + 1) - \log(\bar\alpha_t - \alpha_t\bar\alpha_{t-1} + 1) + \log(1 - \alpha_t - \beta_t) - \log(1 - \alpha_t - \beta_t)",
                ),
            ]
        )
    ],  # fmt: skip
    # -- juxtaposition after \log and \nabla: judged both ways, accepted only if both are right
    check(
        "ambiguous-score-form",
        "juxtaposition",
        "posterior-mean-score-form",
        r"\frac{x_t}{\sqrt{\alpha_t}} + \frac{1}{\sqrt{\alpha_t}}\nabla_{x_t}\log p(x_t)(1-\alpha_t)",
    ),
    check(
        "ambiguous-tweedie",
        "juxtaposition",
        "tweedie-mean",
        r"\frac{x_t}{\sqrt{\bar\alpha_t}} + \frac{1}{\sqrt{\bar\alpha_t}}\nabla_{x_t}\log p(x_t)(1-\bar\alpha_t)",
    ),
    check(
        "ambiguous-guidance",
        "juxtaposition",
        "classifier-guidance-score",
        r"\nabla_{x_t}\log p(x_t) + \nabla_{x_t}\log p(y|x_t)\gamma",
    ),
    check(
        "ambiguous-cfg",
        "juxtaposition",
        "cfg-score",
        r"\nabla_{x_t}\log p(x_t|y)\gamma + (1-\gamma)\nabla_{x_t}\log p(x_t)",
    ),
    equiv("ambiguous-log-density", "juxtaposition", r"\sigma\log p(x)", r"\log p(x)\sigma"),
    equiv("ambiguous-exp", "juxtaposition", r"e^{x} y", r"\exp p(x) y"),
    equiv("ambiguous-word", "juxtaposition", "l r", "lr"),
    equiv("ambiguous-word-2", "juxtaposition", "2 a b", "2ab"),
    equiv("ambiguous-network-factor", "juxtaposition", r"\hat x_\theta(x_t, t) (1 - a)", r"\hat{x}_\theta(1 - a)"),
    equiv("nabla-needs-variable", "juxtaposition", "0", r"\nabla\log p(x_t, y) - \nabla_{x_t}\log p(x_t, y)"),
    check(
        "nabla-wrong-variable",
        "juxtaposition",
        "classifier-guidance-score",
        r"\nabla_{x_t}\log p(x_t) + \gamma\nabla_{y}\log p(y|x_t)",
    ),
    # -- givens
    equiv("given-contradicts-domain", "givens", r"\sigma", r"-1", r"\sigma = -1"),
    equiv("given-alpha-out-of-range", "givens", r"\alpha_t", "2", r"\alpha_t = 2"),
    equiv("given-beta-out-of-range", "givens", r"\beta_t", "3/2", r"\beta_t = 3/2"),
    equiv("given-empty-bound", "givens", "w", "w", "0 < w < -1"),
    equiv("given-negative-sigma", "givens", r"\sigma", r"-\sigma", r"\sigma < 0"),
    equiv("given-alpha-above-one", "givens", r"\alpha_t", r"1", r"\alpha_t > 1"),
    equiv("given-bound-narrows", "givens", r"\alpha_t", r"\alpha_t^2", r"0 < \alpha_t"),
    equiv("given-bound-narrows-2", "givens", r"\sqrt{(1-\alpha_t)^2}", r"\alpha_t - 1", r"\alpha_t > 0"),
    equiv("given-bounds-intersect", "givens", "w", "w^2", "0 < w", "w < 1"),
    equiv("given-bounds-intersect-2", "givens", "w", "2w", "w < 1", "-1 < w"),
    equiv("given-bound-then-equation", "givens", r"\sqrt{w^2}", r"1 - \gamma", "0 < w", r"w = \gamma - 1"),
    equiv("given-equation-then-bound", "givens", r"\sqrt{w^2}", r"1 - \gamma", r"w = \gamma - 1", "w > 0"),
    equiv("given-fixed-by-relation", "givens", "1/3", r"\alpha_t \bar\alpha_{t-1}", r"\bar\alpha_t = 1/2"),
    equiv("given-fixed-by-relation-2", "givens", r"\alpha_t", r"1 - \beta_t + \frac{1}{10}", r"\beta_t = 1/4"),
    equiv("given-fixed-by-relation-3", "givens", r"\alpha_t", r"\bar\alpha_{t-1}", r"\bar\alpha_t = 1/2"),
    equiv("given-sigma-mu", "givens", r"\sqrt{\sigma^2}", r"-\mu", r"\sigma = \mu"),
    equiv(
        "given-score-other-spelling",
        "givens",
        r"-\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}",
        r"-\frac{\nabla_{x_t} p(x_t)}{2 p(x_t)}",
        r"\nabla_{x_t}\log p(x_t) = -\epsilon/\sqrt{1-\bar\alpha_t}",
    ),
    equiv(
        "given-score-literal",
        "givens",
        r"-\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}",
        r"\nabla_{x_t}\log p(x_t)\sqrt{\bar\alpha_t}",
        r"\nabla_{x_t}\log p(x_t) = -\epsilon/\sqrt{1-\bar\alpha_t}",
    ),
    equiv("given-two-values", "givens", "w", "w", "w = 1", "w = 2"),
    equiv("given-circular", "givens", "a", "b", "a = b + 1", "b = a - 1"),
    equiv("given-self", "givens", "a", "a", "a = a"),
    equiv("given-tilde-beta", "givens", r"\tilde\beta_t", r"\beta_t", r"\bar\alpha_{t-1} = 1/2"),
    # -- near misses: small errors, differences near an edge
    check("near-1e-6", "near miss", "forward-marginal-mean", r"1.000001\sqrt{\bar\alpha_t}x_0"),
    check("near-additive", "near miss", "forward-marginal-var", r"1 - \bar\alpha_t + 0.000000001"),
    check("near-exponent", "near miss", "forward-marginal-mean", r"\bar\alpha_t^{0.51}x_0"),
    check("near-edge", "near miss", "snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t} + \bar\alpha_t^{40}"),
    check(
        "near-half-domain",
        "near miss",
        "forward-marginal-var",
        r"1 - \bar\alpha_t + |\bar\alpha_t - 1/2| - (\bar\alpha_t - 1/2)",
    ),
    equiv("near-sign-on-half", "near miss", "x", "|x|"),
    # -- look-alike letters
    check("lookalike-latin-a", "look-alike", "forward-step-mean", "sqrt(a_t) x_{t-1}"),
    check("lookalike-latin-a-macron", "look-alike", "forward-marginal-mean", "√ā_t x_0"),
    check("lookalike-cyrillic", "look-alike", "forward-marginal-mean", "√а_t x_0"),
    check("lookalike-euro", "look-alike", "reparam-sample", "μ + σ€"),
    check("lookalike-b-beta", "look-alike", "forward-step-var", "b_t"),
    check("lookalike-e-epsilon", "look-alike", "reparam-sample", r"\mu + \sigma e"),
    check("lookalike-mu-u", "look-alike", "reparam-sample", r"u + \sigma\epsilon"),
    # -- time indices and the schedule
    check("time-plus-one", "time index", "forward-step-mean", r"\sqrt{\alpha_t}x_{t+1}"),
    check("time-array-plus-one", "time index", "forward-marginal-mean", "alphas_cumprod[t+1] ** 0.5 * x_0"),
    check("time-snr-minus-two", "time index", "snr", "SNR(t-2)"),
    check("time-snr-s", "time index", "snr", "SNR(s)"),
    check("time-tilde-beta-previous", "time index", "posterior-var", r"\tilde\beta_{t-1}"),
    check("time-alpha-previous", "time index", "forward-step-var", r"1 - \alpha_{t-1}"),
    check("time-prev-table", "time index", "forward-marginal-var", "1 - alphas_cumprod_prev[t]"),
    # -- densities
    check("density-swapped", "densities", "bayes-posterior", r"\frac{p(z|x)p(x)}{p(z)}"),
    check("density-missing-evidence", "densities", "bayes-posterior", r"p(x|z)p(z)"),
    check("density-other-name", "densities", "bayes-posterior", r"\frac{q(x|z)p(z)}{p(x)}"),
    check("density-joint-wrong-order", "densities", "bayes-posterior", r"\frac{p(x, z)}{p(z)}"),
    check(
        "density-score-of-joint",
        "densities",
        "tweedie-mean",
        r"\frac{x_t + (1-\bar\alpha_t)\nabla_{x_t}\log p(x_t, x_0)}{\sqrt{\bar\alpha_t}}",
    ),
    # -- shorthands and code names misused
    check("code-beta-prod-for-beta", "code names", "forward-step-var", "beta_prod_t"),
    check("code-current-alpha-for-abar", "code names", "forward-marginal-var", "1 - current_alpha_t"),
    check(
        "code-model-output-for-noise",
        "code names",
        "x0-from-eps",
        "(x_t - beta_prod_t ** 0.5 * model_output) / alpha_prod_t ** 0.5",
    ),
    check("code-recip-for-root", "code names", "forward-marginal-mean", "sqrt_recip_alphas_cumprod[t] * x_0"),
    check("code-posterior-variance", "code names", "forward-step-var", "posterior_variance[t]"),
    # -- absolute values, powers, exponentials
    check("abs-on-data", "powers", "forward-marginal-mean", r"\sqrt{\bar\alpha_t}|x_0|"),
    check("square-of-root", "powers", "forward-marginal-mean", r"(\sqrt{\bar\alpha_t}x_0)^2"),
    check("exp-log-negative", "powers", "forward-marginal-mean", r"\sqrt{\bar\alpha_t}e^{\ln x_0}"),
    check("root-of-square-data", "powers", "forward-marginal-mean", r"\sqrt{\bar\alpha_t x_0^2}"),
    check("quarter-power", "powers", "forward-marginal-mean", r"(\bar\alpha_t^2)^{1/4}\sqrt{x_0^2}"),
    # -- bank questions: declared domains, feedback look-alikes
    check("bank-unit-square", "bank", "unit-root", "w^2", bank=True),
    check("bank-unit-abs-negated", "bank", "unit-root", "-|w|", bank=True),
    check("bank-entropy-one-dimension", "bank", "gaussian-entropy", r"\frac{1}{2}\log(2\pi e\sigma^2)", bank=True),
    check("bank-kl-sign", "bank", "kl-to-standard-normal", r"\frac{m^2 + s^2 - 1}{2} + \log s", bank=True),
    check(
        "bank-langevin-next",
        "bank",
        "langevin-step",
        r"x_{i+1} + c\nabla_{x_i}\log p(x_i) + \sqrt{2c}\,\epsilon",
        bank=True,
    ),
    check(
        "bank-langevin-gradient-variable",
        "bank",
        "langevin-step",
        r"x_i + c\nabla_{c}\log p(x_i) + \sqrt{2c}\,\epsilon",
        bank=True,
    ),
    check(
        "bank-cfg-gamma", "bank", "cfg-weight", r"\gamma\nabla\log p(x_t|y) + (1+\gamma)\nabla\log p(x_t)", bank=True
    ),
    check(
        "bank-delta", "bank", "langevin-step", r"x_i + \delta\nabla_{x_i}\log p(x_i) + \sqrt{\delta}\epsilon", bank=True
    ),
    check("bank-v", "bank", "x0-from-v", r"\sqrt{\bar\alpha_t}x_t - \sqrt{1-\bar\alpha_t}\epsilon", bank=True),
    check("bank-score-variance", "bank", "gaussian-score", r"-(x-\mu)/\sigma", bank=True),
    # -- relation abuse: an answer that only holds under a relation that is not true
    check("relation-beta-is-abar", "relations", "forward-marginal-var", r"\beta_t"),
    check("relation-alpha-is-abar", "relations", "snr", r"\frac{\alpha_t}{1-\alpha_t}"),
    check(
        "relation-product-wrong-order", "relations", "forward-marginal-mean", r"\sqrt{\alpha_{t-1}\bar\alpha_{t-2}}x_0"
    ),
    check("relation-tilde-beta-for-beta", "relations", "forward-step-var", r"\tilde\beta_t"),
    # -- structure: a right answer wrapped in something that changes it
    check("wrapped-log", "structure", "snr", r"\log\frac{\bar\alpha_t}{1-\bar\alpha_t}"),
    check("wrapped-exp-log", "structure", "snr", r"e^{\log\bar\alpha_t} - \log(1-\bar\alpha_t)"),
    check("wrapped-relation", "structure", "snr", r"\mathrm{SNR}(t) < 1"),
    check("wrapped-expectation", "structure", "snr", r"\mathbb{E}[\mathrm{SNR}(t)]"),
    check("wrapped-equation-both", "structure", "snr", r"\mathrm{SNR}(t) = \mathrm{SNR}(t-1)"),
    # -- derivatives: Leibniz's d read as a letter that cancels, a name the kernel would hold fixed
    equiv("derivative-leibniz-cancels", "derivatives", r"\frac{d}{dx} x^2", "x"),
    equiv("derivative-leibniz-numerator", "derivatives", r"\frac{d x^2}{dx}", "x"),
    equiv("derivative-leibniz-upright", "derivatives", r"\frac{\mathrm d}{\mathrm d x} x^2", "x"),
    equiv("derivative-leibniz-theta", "derivatives", r"\frac{d}{d\theta} \theta^2", r"\theta"),
    equiv("derivative-d-also-a-variable", "derivatives", r"\frac{d}{dx} x^2 + d", "x + d"),
    equiv("derivative-d-also-a-factor", "derivatives", r"d \frac{d x^2}{d x}", "x"),
    equiv("derivative-slashed", "derivatives", "d/dx x^2", "x"),
    equiv("derivative-slashed-after", "derivatives", "d(x^2)/dx", "x"),
    equiv("derivative-of-an-application-as-product", "derivatives", r"\frac{d}{dx} f(x)", "f"),
    equiv("derivative-of-sigma-as-product", "derivatives", r"\nabla_x \sigma(x)", r"\sigma"),
    equiv("derivative-indexed-abar", "derivatives", r"\frac{d}{dt}\bar\alpha_t", "0"),
    equiv("derivative-indexed-as-quotient", "derivatives", r"\frac{d}{dt}\bar\alpha_t", r"\bar\alpha_t / t"),
    equiv("derivative-partial-abar", "derivatives", r"\partial_t \bar\alpha_t", "0"),
    equiv("derivative-indexed-sigma", "derivatives", r"\frac{d \sigma_t}{dt}", "0"),
    equiv("derivative-indexed-x", "derivatives", r"\frac{d x_t}{dt}", "0"),
    equiv("derivative-snr-shorthand", "derivatives", r"\frac{d}{dt} \mathrm{SNR}(t)", "0"),
    equiv("derivative-network-theta", "derivatives", r"\nabla_\theta \epsilon_\theta(x_t, t)", "0"),
    equiv("derivative-network-t", "derivatives", r"\partial_t \epsilon_\theta(x_t, t)", "0"),
    equiv("derivative-law-theta", "derivatives", r"\nabla_\theta \log p_\theta(x)", "0"),
    equiv("derivative-unwritten", "derivatives", r"\frac{dy}{dx}", "0"),
    equiv("derivative-given-y-wrong", "derivatives", r"\frac{dy}{dx}", "x", "y = x^2"),
    equiv("derivative-given-y-zero", "derivatives", r"\frac{dy}{dx}", "0", "y = x^2"),
    equiv("derivative-bare-and-applied", "derivatives", r"\mu_\theta(x)", r"\nabla_x (x \mu_\theta)"),
    equiv("derivative-variable-eliminated", "derivatives", r"\partial_{\beta_t} \alpha_t", "1"),
    check(
        "derivative-snr-plus-zero",
        "derivatives",
        "snr",
        r"\frac{\bar\alpha_t}{1-\bar\alpha_t} + \partial_t\bar\alpha_t",
    ),
    check(
        "derivative-score-in-t",
        "derivatives",
        "tweedie-mean",
        r"\frac{x_t + (1-\bar\alpha_t)\frac{d}{dt}\log p(x_t)}{\sqrt{\bar\alpha_t}}",
    ),
    check(
        "derivative-score-sign",
        "derivatives",
        "tweedie-mean",
        r"\frac{x_t - (1-\bar\alpha_t)\frac{d}{dx_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}",
    ),
    check(
        "derivative-score-leibniz-factor",
        "derivatives",
        "posterior-mean-score-form",
        r"\frac{1}{\sqrt{\alpha_t}}\left(x_t + \beta_t\frac{d\log p(x_t)}{dx_t}\right) + \frac{d}{dx_t} x_t",
    ),
    check("derivative-bank-dimension", "derivatives", "gaussian-entropy", r"\frac{d \sigma^2}{d \sigma}", bank=True),
]


@pytest.fixture(scope="module")
def verdicts():
    return list(judgements([attack.task for attack in ATTACKS], Limits(seconds=30), jobs=2))


def test_the_red_team_is_large_and_varied():
    assert len(ATTACKS) >= 100
    assert len({attack.kind for attack in ATTACKS}) >= 10
    assert len({attack.id for attack in ATTACKS}) == len(ATTACKS)


@pytest.mark.parametrize("index", range(len(ATTACKS)), ids=[attack.id for attack in ATTACKS])
def test_never_accepted_and_no_counterexample_outside_the_domain(verdicts, index):
    attack, verdict = ATTACKS[index], verdicts[index]
    assert verdict.word != "correct", (attack.task, verdict.reason)
    if verdict.counterexample is not None:
        _assert_inside(attack.task, verdict.counterexample)


def _assert_inside(task, example) -> None:
    """Every coordinate in its domain (with the bounds), every derived value in its own, every given holding."""
    if isinstance(task, CheckTask):
        asked = question(task.quantity, task.bank)
        assumptions, vocabulary = asked.assumptions, asked.vocabulary
        names = {str(s): s for s in asked.reference.expr.free_symbols}
    else:
        assumptions = Assumptions()
        for relation in task.given:
            assumptions = assumptions + parse_given(relation)
        (reference,) = read(task.reference)
        names = {str(s): s for s in reference.expr.free_symbols}
        vocabulary = None
    for left, _ in assumptions.equations:
        names.update({str(s): s for s in left.free_symbols})
    for symbol, _ in assumptions.domains:
        names[str(symbol)] = symbol
    values = dict(example.point + example.derived)
    for name, value in values.items():
        symbol = names.get(name)
        if symbol is not None:
            assert assumptions.domain(symbol).contains(sp.Rational(str(value))) is not sp.false, (name, value)
    for left, right in assumptions.equations:
        if isinstance(left, sp.Symbol) and str(left) in values:
            at = {s: sp.Rational(str(values[str(s)])) for s in right.free_symbols if str(s) in values}
            if set(at) == right.free_symbols:
                assert abs(float(right.xreplace(at)) - values[str(left)]) < 1e-9, (left, right, values)
    del vocabulary
