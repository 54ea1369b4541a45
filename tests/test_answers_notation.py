"""Every notation of the issue, each spelling judged right and judged wrong.

Each row is (id, question, a right answer in that spelling, a wrong answer in the same spelling); the right
one must be *correct* (a proof) and the wrong one *wrong* (a counterexample), never invalid input.
Questions prefixed ``equiv:`` compare with a free reference (``diffproof equiv``).
"""

from __future__ import annotations

import pytest

from diffproof.answers.grading import check, equiv

TABLE = [
    # Unicode letters and operators
    ("unicode-abar", "forward-marginal-mean", "ᾱ_t^{1/2} x_0", "α_t^{1/2} x_0"),
    ("unicode-combining-bar", "forward-marginal-mean", "√α̅_t x_0", "√α_t x_0"),
    ("unicode-spacing-macron", "forward-marginal-mean", "√(α¯_t)·x0", "√(α¯_t)·x_t"),
    ("unicode-alpha-beta", "forward-step-mean", "√(1−β_t) x_{t−1}", "√(1−β_t) x_t"),
    ("unicode-epsilon", "reparam-sample", "μ + σε", "μ + σ²ε"),
    ("unicode-lunate-epsilon", "reparam-sample", "μ + σϵ", "μ − σϵ"),
    ("unicode-sigma-squared", "vae-kl-std-normal", "(μ² + σ² − 1 − ln σ²)/2", "(μ² + σ² − 1 − ln σ)/2"),
    ("unicode-root-dot-minus", "score-from-eps", "−ε·(1 − ᾱ_t)^{−1/2}", "−ε·(1 − ᾱ_t)^{−1}"),
    ("unicode-subscripts", "forward-marginal-var", "1 − ᾱₜ", "1 − ᾱₜ₋₁"),
    (
        "unicode-nabla",
        "tweedie-mean",
        "(x_t + (1−ᾱ_t)∇_{x_t} log p(x_t))/√ᾱ_t",
        "(x_t + (1−ᾱ_t)∇_{x_t} log p(x_t))/ᾱ_t",
    ),
    ("unicode-times-half", "elbo-denoising-weight-x0", "½ × (SNR(t−1) − SNR(t))", "½ × (SNR(t) − SNR(t−1))"),
    ("unicode-theta", "reverse-mean", "(x_t − β_t/√(1−ᾱ_t)·ε_θ(x_t, t))/√α_t", "(x_t − β_t/√(1−ᾱ_t)·ε_θ(x_0, t))/√α_t"),
    # plain-text names
    ("plain-alpha_bar_t", "forward-marginal-mean", "sqrt(alpha_bar_t)*x_0", "sqrt(alpha_t)*x_0"),
    ("plain-abar_t", "snr", "abar_t/(1-abar_t)", "abar_t/(1+abar_t)"),
    ("plain-alphabar_t", "snr", "alphabar_t/(1-alphabar_t)", "alphabar_t/(1-alpha_t)"),
    ("plain-alpha_t_bar", "forward-marginal-var", "1 - alpha_t_bar", "1 - alpha_t"),
    ("plain-abar_tm1", "posterior-var", "(1-abar_tm1)/(1-abar_t)*beta_t", "(1-abar_t)/(1-abar_tm1)*beta_t"),
    ("plain-eps", "x0-from-eps", "(x_t - sqrt(1-abar_t)*eps)/sqrt(abar_t)", "(x_t - (1-abar_t)*eps)/sqrt(abar_t)"),
    ("plain-x0", "forward-marginal-mean", "sqrt(abar_t)*x0", "sqrt(abar_t)*xt"),
    (
        "plain-sqrt-exp-ln",
        "vae-kl-std-normal",
        "(mu^2 + exp(2*ln(sigma)) - 1)/2 - ln(sigma)",
        "(mu^2 + exp(ln(sigma)) - 1)/2 - ln(sigma)",
    ),
    ("plain-python-power", "forward-marginal-mean", "abar_t**0.5 * x_0", "abar_t**2 * x_0"),
    ("plain-python-half", "score-from-eps", "-eps / (1 - abar_t) ** .5", "-eps / (1 - abar_t) ** 2"),
    # the names in code: diffusers and the DDPM code
    (
        "code-alphas_cumprod",
        "forward-marginal-mean",
        "alphas_cumprod[t] ** 0.5 * x_0",
        "alphas_cumprod[t-1] ** 0.5 * x_0",
    ),
    (
        "code-alphas_cumprod_prev",
        "posterior-var",
        "(1 - alphas_cumprod_prev[t]) / (1 - alphas_cumprod[t]) * betas[t]",
        "(1 - alphas_cumprod[t]) / (1 - alphas_cumprod_prev[t]) * betas[t]",
    ),
    ("code-alphas-betas", "forward-step-var", "1 - alphas[t]", "1 - alphas_cumprod[t]"),
    (
        "code-alpha_prod",
        "x0-from-eps",
        "(x_t - beta_prod_t ** 0.5 * noise) / alpha_prod_t ** 0.5",
        "(x_t - beta_prod_t ** 0.5 * model_output) / alpha_prod_t ** 0.5",
    ),
    ("code-noise", "forward-marginal-var", "1 - alpha_prod_t", "1 - alpha_prod_t_prev"),
    (
        "code-sqrt-tables",
        "x0-from-eps",
        "sqrt_recip_alphas_cumprod[t] * x_t - sqrt_recipm1_alphas_cumprod[t] * noise",
        "sqrt_recip_alphas_cumprod[t] * x_t + sqrt_recipm1_alphas_cumprod[t] * noise",
    ),
    (
        "code-noise-pred",
        "reverse-mean",
        "(x_t - betas[t] / sqrt_one_minus_alphas_cumprod[t] * noise_pred) * sqrt_recip_alphas[t]",
        "(x_t - betas[t] / one_minus_alphas_cumprod[t] * noise_pred) * sqrt_recip_alphas[t]",
    ),
    # DDPM-paper names
    ("ddpm-tilde-beta", "posterior-var", r"\tilde\beta_t", r"\beta_t"),
    ("ddpm-tilde-mu", "posterior-mean", r"\tilde\mu_t(x_t, x_0)", r"\tilde\mu_t(x_0, x_t)"),
    (
        "ddpm-epsilon-theta",
        "reverse-mean",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t - \frac{\beta_t}{\sqrt{1-\bar\alpha_t}}\epsilon_\theta(x_t, t))",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t - \frac{\beta_t}{\sqrt{1-\bar\alpha_t}}\epsilon_\theta(x_0, t))",
    ),
    (
        "ddpm-hat-epsilon-bare",
        "reverse-mean",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t - \frac{1-\alpha_t}{\sqrt{1-\bar\alpha_t}}\hat\epsilon_\theta)",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t - \frac{1-\alpha_t}{1-\bar\alpha_t}\hat\epsilon_\theta)",
    ),
    (
        "ddpm-x-hat",
        "reverse-mean",
        r"\tilde\mu_t(x_t, \hat x_\theta(x_t, t))",
        r"\tilde\mu_t(x_t, \hat x_\theta(x_{t-1}, t))",
    ),
    (
        "ddpm-s-theta",
        "reverse-mean",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t + (1-\alpha_t)s_\theta(x_t, t))",
        r"\frac{1}{\sqrt{\alpha_t}}(x_t + (1-\alpha_t)s_\theta(x_t, t-1))",
    ),
    # LaTeX variants
    (
        "latex-overline",
        "snr",
        r"\frac{\overline{\alpha}_t}{1-\overline{\alpha}_t}",
        r"\frac{\overline{\alpha}_{t-1}}{1-\overline{\alpha}_t}",
    ),
    (
        "latex-bar-braces",
        "forward-marginal-mean",
        r"\sqrt{\bar{\alpha_t}}\mathbf{x}_0",
        r"\sqrt{\bar{\alpha_t}}\mathbf{x}_t",
    ),
    (
        "latex-boldsymbol-varepsilon",
        "score-from-eps",
        r"-\frac{\boldsymbol{\varepsilon}}{\sqrt{1-\bar\alpha_t}}",
        r"\frac{\boldsymbol{\varepsilon}}{\sqrt{1-\bar\alpha_t}}",
    ),
    (
        "latex-dfrac-left-right",
        "posterior-var",
        r"\dfrac{\left(1-\bar\alpha_{t-1}\right)\beta_t}{1-\bar\alpha_t}",
        r"\dfrac{\left(1-\bar\alpha_{t-1}\right)\beta_t^2}{1-\bar\alpha_t}",
    ),
    (
        "latex-ln-exp",
        "vae-kl-std-normal",
        r"\frac{1}{2}(\mu^2 + e^{\ln\sigma^2} - 1) - \ln\sigma",
        r"\frac{1}{2}(\mu^2 + e^{\ln\sigma} - 1) - \ln\sigma",
    ),
    (
        "latex-mathrm-snr",
        "elbo-denoising-weight-x0",
        r"\frac{1}{2}\left(\mathrm{SNR}(t-1)-\mathrm{SNR}(t)\right)",
        r"\mathrm{SNR}(t-1)-\mathrm{SNR}(t)",
    ),
    (
        "latex-named-left-side",
        "posterior-var",
        r"\sigma_q^2 = \frac{(1-\alpha_t)(1-\bar\alpha_{t-1})}{1-\bar\alpha_t}",
        r"\sigma_q^2 = \frac{(1-\alpha_t)(1-\bar\alpha_{t})}{1-\bar\alpha_{t-1}}",
    ),
    # any identifier is a real symbol
    ("identifier-x_i", "equiv:x_i + c", "c + x_i", "x_i - c"),
    ("identifier-e_c", "equiv:2 e_c s_1", "e_c s_1 + s_1 e_c", "e_c^2 s_1"),
    ("identifier-longer", "equiv:lr_0 * grad_norm", "grad_norm * lr_0", "lr_0 + grad_norm"),
    ("identifier-unknown-greek", "equiv:\\kappa^2", "\\kappa \\cdot \\kappa", "2\\kappa"),
]


def _judge(question: str, answer: str):
    if question.startswith("equiv:"):
        return equiv(question[len("equiv:") :], answer)
    return check(question, answer)


@pytest.mark.parametrize(("question", "right", "wrong"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE])
def test_spelling_judged_right_and_wrong(question, right, wrong):
    judged = _judge(question, right)
    assert judged.word == "correct", (right, judged.reason)
    judged = _judge(question, wrong)
    assert judged.word == "wrong", (wrong, judged.reason)
    assert judged.counterexample is not None


def test_the_table_covers_every_notation_of_the_issue():
    spellings = " ".join(right for _, _, right, _ in TABLE)
    for needle in ("ᾱ", "α", "β", "ε", "σ", "√", "·", "−", "²", "∇", "alpha_bar_t", "abar_t", "alphas_cumprod[t]",
                   "sqrt(", "exp(", "ln", "x_i", "e_c", "s_1", r"\tilde\beta_t", r"\tilde\mu_t(x_t, x_0)",
                   r"\epsilon_\theta(x_t, t)"):  # fmt: skip
        assert needle in spellings, needle
