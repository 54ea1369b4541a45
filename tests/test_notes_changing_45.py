"""A sentence anywhere in a note that writes the step's input or the next state (x_{t-1}, x_t) alone in maths is
read by a whitelist, DDPM's words and a derivation's (``laws._state_written``, ``laws._beyond_ddpm_s_words`` with
``derivation``), not by a list of the verbs that change a value: a verb, a language or a script the reader does not
know sets the context's forward laws aside (fail-safe), and derivation prose ("the expressions for $x_{t-1}$",
"$C(x_t, x_0)$ is some function not involving $x_{t-1}$", 对比 $x_{t-1}$ 项的系数) keeps them.

Held out: written after the rule and not tuned to (red team 45a's notes 06-14 are the findings it fixes).  Each
sentence stands under a heading of its own, after the note adopts DDPM's forward process, before the step
E[x_t | x_{t-1}] = sqrt(alpha_t) x_{t-1}, which holds only if the sentence leaves DDPM's step as it is.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED


def _note(sentence: str) -> str:
    return f"{red_team.DDPM}We use the forward process of DDPM.\n\n## Details\n\n{sentence}{red_team.FORWARD_MEAN}"


#: Sentences that change the forward step (or may: a language the reader does not know), in words no list of change
#: verbs held: the context's laws must be set aside, so the step is undecided.
CHANGED = {
    "squashed by a sigmoid": "Here $x_{t-1}$ is squashed by a sigmoid first.",
    "completing the square, then a change": "Completing the square in $x_{t-1}$, we then double $x_{t-1}$.",
    "fed through a ReLU": "We feed $x_{t-1}$ through a ReLU before the step.",
    "absolute value, a list item": "- $x_{t-1}$ gets its absolute value taken.",
    "a caption": "*Figure 2: $x_{t-1}$ after quantisation to 8 bits.*",
    "multiplied by two": "Here $x_{t-1}$ is multiplied by two.",
    "an expression, clipped": "We use the expression for $x_{t-1}$ clipped to the unit interval.",
    "a function said free of the input": "The mean of $x_t$ is some function not involving $x_{t-1}$.",
    "de mirrored": "Hier wird $x_{t-1}$ zuerst gespiegelt.",
    "nl halved": "Hier wordt $x_{t-1}$ eerst gehalveerd.",
    "pt divided": "Aqui $x_{t-1}$ é dividido por dois primeiro.",
    "zh absolute value": "这里 $x_{t-1}$ 先取绝对值。",
    "ja sign": "ここでは $x_{t-1}$ の符号だけを使う。",
    "zh a quantity free of the input": "均值是和 $x_{t-1}$ 无关的量。",
    "a map of the input, not a named quantity": "We apply $f_\\theta(x_{t-1})$ first.",
    "free of the input, and so is the mean": "The variance is independent of $x_{t-1}$, and so is the mean.",
    "a function free of the input, as is the mean": "Here $C(x_t, x_0)$ is some function not involving $x_{t-1}$, as "
    "is the mean of the next state.",
    "zh free of the input, the mean too": "方差是和 $x_{t-1}$ 无关的量 $\\beta_t I$，均值也是。",
    "zh the input ignored": "这里 $x_{t-1}$ 可忽略。",
    "zh a denominator free of the input, the mean too": "分母与 $x_{t-1}$ 无关，均值也是。",
    "in terms of the input, quadratic": "In terms of $x_{t-1}$, the step is quadratic.",
    "the noise dependent on the input": "The noise is dependent on $x_{t-1}$.",
    "a mean named, then given": "The mean $\\mu_t$ equals $2 x_{t-1}$.",
}

#: Derivation prose and DDPM's own words beside the states: the context's laws stay, the step is proved.
KEPT = {
    "completing the square": "Completing the square for $x_{t-1}$ gives the posterior.",
    "expressions in terms of the noise": "First, let's use the expressions for $x_i$ and $x_{t-1}$ in terms of the noise.",
    "a function free of the input": "Here $C(x_t, x_0)$ is some function not involving $x_{t-1}$ and details are omitted.",
    "sampling at an arbitrary timestep": "A notable property is that we can sample $x_t$ at an arbitrary timestep in "
    "closed form.",
    "a coefficient": "We compare the coefficients of $x_{t-1}$.",
    "zh the variance free of the input": "方差是和 $x_{t-1}$ 无关的量 $\\beta_t I$。",
    "zh a normalising constant dropped": "分母与 $x_{t-1}$ 无关，属于归一化常数，可以忽略。",
    "zh a coefficient named": "$x_{t-1}$ 的一次项系数记为 $-2B$。",
    "zh coefficients compared": "接着对比 $x_{t-1}$ 项的系数，同样两者要相等。",
    "ja the posterior mean": "まず$\\tilde{\\mu}_t(x_t, x_0)$について考える。",
    "ja terms dropped as constants": "ここで $x_{t-1}$ に依存しない項は定数として無視する。",
    "a log density's gradient": "The drift is $\\frac{\\delta}{2} \\nabla_x \\log p(x_{t-1})$.",
}


@pytest.mark.parametrize("name", sorted(CHANGED))
def test_a_sentence_that_changes_the_step_sets_the_laws_aside(name):
    result = red_team.last(_note(CHANGED[name]))
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize("name", sorted(KEPT))
def test_derivation_prose_keeps_the_laws(name):
    result = red_team.last(_note(KEPT[name]))
    assert result.status == PROVED, result.reason
