"""A quantity replaced by another in words (diffproof.notecheck.statements.replacements): "replacing $A$ by $B$",
"$A$を$B$で代替すると" and their kin make the display right after the sentence read with A = B.

The corpus's shape (ja-naoyukikita-ddpm lines 202-208, cr66-04): the words replace sigma_theta^2(x_t, t) by
sigma_t^2, and the display's last row drops a term that varies with mu_theta once they are equal.  Each wrong
variant below (one form of the sentence in each language read) is refuted, read with A = B; each faithful one is
not; a replacement refused, hedged or undone is none (held as before); a later display, a law stated outside the
display with A's name, and an index letter are not read under it.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED
from diffproof.notecheck.statements.formulas import Formula, parse
from diffproof.notecheck.statements.replacements import Replacement, rewritten

#: The Gaussian KL with its quadratic term multiplied by the variance (it divides by it), and the objective up to a
#: constant: wrong once sigma_theta^2 = sigma_t^2 (the two quadratic terms differ by a multiple varying with mu_theta).
WRONG_ROWS = r"""$$
\begin{align*}
K &= \frac{1}{2} \left[ \log \sigma_t^2 - 1 + \frac{1}{\sigma_\theta^2} + (\mu_\theta - m)^2 \sigma_\theta^2 \right] \\
 &= \frac{1}{2 \sigma_t^2} (\mu_\theta - m)^2 + \text{Const.}
\end{align*}
$$
"""
#: The same, right: the quadratic term divided by the variance.
RIGHT_ROWS = WRONG_ROWS.replace(r"(\mu_\theta - m)^2 \sigma_\theta^2", r"\frac{(\mu_\theta - m)^2}{\sigma_\theta^2}")

#: The forms of "replace sigma_theta^2 by sigma_t^2", held out (the corpus's own form is 代替すると).
SENTENCES = {
    "en-replacing-by": r"Replacing the variance $\sigma_\theta^2$ by a constant $\sigma_t^2$, we get",
    "en-replaced-with": r"With $\sigma_\theta^2$ replaced with $\sigma_t^2$, the divergence is",
    "en-substituting-for": r"Substituting $\sigma_t^2$ for $\sigma_\theta^2$ gives",
    "en-in-place-of": r"With $\sigma_t^2$ in place of $\sigma_\theta^2$:",
    "en-setting-to": r"Setting $\sigma_\theta^2$ to $\sigma_t^2$, we have",
    "ja-okikaeru": r"$\sigma_\theta^2$を定数$\sigma_t^2$に置き換えると、次を得る。",
    "zh-yong-daiti": r"用与参数无关的常数$\sigma_t^2$代替$\sigma_\theta^2$，得到",
    "zh-jiang-tihuanwei": r"将$\sigma_\theta^2$替换为$\sigma_t^2$，可得",
    "ko-daechehamyeon": r"$\sigma_\theta^2$를 상수 $\sigma_t^2$로 대체하면 다음과 같다.",
    "fr-en-remplacant": r"En remplaçant $\sigma_\theta^2$ par $\sigma_t^2$, on obtient",
    "de-ersetzt-man": r"Ersetzt man $\sigma_\theta^2$ durch $\sigma_t^2$, so erhält man",
}

#: Replacements refused, hedged or undone: none (the wrong display is held as it was before).
REFUSED = {
    "en-cannot": r"We cannot replace $\sigma_\theta^2$ by $\sigma_t^2$ here, and",
    "en-without": r"Without replacing $\sigma_\theta^2$ by $\sigma_t^2$,",
    "en-were-to": r"If one were to replace $\sigma_\theta^2$ by $\sigma_t^2$ (we do not),",
    "en-undone-after": r"Replacing $\sigma_\theta^2$ by $\sigma_t^2$ is common. We do not do it here.",
    "ja-sezu": r"$\sigma_\theta^2$を$\sigma_t^2$で代替せずに計算すると、次を得る。",
    "zh-bu": r"不用$\sigma_t^2$代替$\sigma_\theta^2$，得到",
    "ko-anhumyeon": r"$\sigma_\theta^2$를 $\sigma_t^2$로 대체하지 않으면 다음과 같다.",
    "fr-sans": r"Sans remplacer $\sigma_\theta^2$ par $\sigma_t^2$, on obtient",
    "de-nicht": r"Ersetzt man $\sigma_\theta^2$ nicht durch $\sigma_t^2$, so erhält man",
}

#: How a step read under a replacement says so (:attr:`Replacement.how`).
READ_WITH = r"read with \sigma_\theta^2 = \sigma_t^2"

#: A right step under the replacement (proved there), then the same rows in a later display: not proved.
LATER_DISPLAY = r"""Replacing $\sigma_\theta^2$ by $\sigma_t^2$, we get

$$
\begin{align*}
K &= \frac{(\mu_\theta - m)^2}{\sigma_\theta^2} \\
 &= \frac{(\mu_\theta - m)^2}{\sigma_t^2}
\end{align*}
$$

In general,

$$
\begin{align*}
J &= \frac{(\mu_\theta - m)^2}{\sigma_\theta^2} \\
 &= \frac{(\mu_\theta - m)^2}{\sigma_t^2}
\end{align*}
$$
"""

#: A name replaced to the first power: the wrong row (sigma_t where sigma_t^2 divides) refuted, the right one proved.
FIRST_POWER = r"""Replacing $\sigma_\theta$ by $\sigma_t$,

$$
\begin{align*}
K &= \log \sigma_\theta + \frac{(\mu_\theta - m)^2}{2 \sigma_\theta^2} \\
 &= \log \sigma_t + \frac{(\mu_\theta - m)^2}{2 \sigma_t} + \text{const}
\end{align*}
$$
"""

FIRST_POWER_RIGHT = FIRST_POWER.replace(r"{2 \sigma_t} + \text{const}", r"{2 \sigma_t^2}")

#: A definition made outside the display writes the replaced name: the step (right under the replacement) is not
#: read under it (the definition is not rewritten: A = B only relates the names), and is not refuted.
STATED_OUTSIDE = r"""Let $v := 2 \sigma_\theta^2$.

Replacing $\sigma_\theta^2$ by $\sigma_t^2$, we get

$$
v = 2 \sigma_t^2
$$
"""

#: An index letter replaced: t is a position in a_t, so no occurrence of it is rewritten (the step stays proved).
INDEX_LETTER = r"""Let $a_t := 2 t$.

Replacing $t$ by $s$, we get

$$
a_t = 2 t
$$
"""

#: The display defines the replaced name itself: it is not read under the replacement (A = B would contradict it).
DEFINED_IN_DISPLAY = r"""Replacing $\sigma_\theta^2$ by $\sigma_t^2$, we get

$$
\begin{align*}
\sigma_\theta^2 &= 2 \sigma_t^2 \\
K &= \frac{(\mu_\theta - m)^2}{\sigma_\theta^2} \\
 &= \frac{(\mu_\theta - m)^2}{2 \sigma_t^2}
\end{align*}
$$
"""

#: The corpus's shape with a law stated before it that writes the replaced name: at other arguments (another value,
#: as L_0's sigma_theta^2(x_1, 1) in the corpus), or at A's own (its positive variance read as sigma_t^2 > 0, a
#: condition the counterexample meets): refuted either way.
LAWS_BEFORE = {
    "at-other-arguments": r"Let $x_1 \sim \mathcal{N}(0, \sigma_\theta^2(x_0, 0))$.",
    "at-the-replaced-arguments": r"Let $y \sim \mathcal{N}(0, \sigma_\theta^2(x_t, t))$.",
}
APPLIED_ROWS = WRONG_ROWS.replace(r"\sigma_\theta^2", r"\sigma_\theta^2(x_t, t)")


def _note(sentence: str, rows: str) -> str:
    return f"{sentence}\n\n{rows}"


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_a_wrong_step_under_a_replacement_is_refuted(name):
    result = red_team.last(_note(SENTENCES[name], WRONG_ROWS))
    assert result.status == REFUTED, result.reason
    assert any(READ_WITH in how for how in result.judged.reading), result.judged.reading


@pytest.mark.parametrize("name", sorted(LAWS_BEFORE))
def test_a_law_of_the_replaced_name_before_the_display(name):
    sentence = r"Replacing $\sigma_\theta^2(x_t, t)$ by $\sigma_t^2$, we get"
    result = red_team.last(f"{LAWS_BEFORE[name]}\n\n{_note(sentence, APPLIED_ROWS)}")
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_a_right_step_under_a_replacement_is_not_refuted(name):
    result = red_team.last(_note(SENTENCES[name], RIGHT_ROWS))
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_replacement_refused_or_hedged_is_none(name):
    result = red_team.last(_note(REFUSED[name], WRONG_ROWS))
    red_team.assert_held_or_refuted(result)
    assert result.status != REFUTED, result.reason
    assert not any(READ_WITH in how for how in result.judged.reading), result.judged.reading


def test_a_later_display_is_not_read_under_the_replacement():
    under, later = (red_team.report(LATER_DISPLAY).results[i] for i in (1, 3))
    red_team.assert_proved(under)
    assert later.status != PROVED, later.reason


def test_a_name_replaced_to_the_first_power():
    assert red_team.last(FIRST_POWER).status == REFUTED
    red_team.assert_proved(red_team.last(FIRST_POWER_RIGHT))


def test_a_definition_made_outside_the_display_is_not_rewritten():
    result = red_team.last(STATED_OUTSIDE)
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason
    assert not any("read with" in how for how in (result.judged.reading if result.judged else ())), result.reason


def test_an_index_letter_is_not_rewritten():
    red_team.assert_proved(red_team.last(INDEX_LETTER))


def test_a_display_that_defines_the_replaced_name_is_not_read_under_it():
    red_team.assert_proved(red_team.last(DEFINED_IN_DISPLAY))


@pytest.mark.parametrize(
    ("replaced", "by", "why"),
    [
        (r"\sigma_\theta^2", r"\sigma_\theta^2 + 1", "B writes A's name"),
        (r"\sigma_\theta + 1", r"\sigma_t", "A is no power of a name"),
        (r"\sigma_\theta^2", r"\sigma_t^2", "sigma_theta written to an odd power"),
    ],
)
def test_a_replacement_that_is_not_exact_rewrites_nothing(replaced, by, why):
    sides = (parse(r"\sigma_\theta^3 + a", 3), Formula("a", 3, parse("a", 3).node))
    replacement = Replacement(1, "", parse(replaced, 1).node, parse(by, 1).node, 2, 4, f"{replaced} = {by}")
    assert rewritten(sides, replacement) is None, why
