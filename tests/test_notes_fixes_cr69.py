"""A random variable given a second name (``x = x_0``, "the observed variable") whose law a lemma states itself
(diffproof.notecheck.aliases): the counterexample's model draws x's law from the note's own p(x), which is then
x_0's, a law the note allows where it gives x_0 none; so a lemma's wrong posterior is refuted, as the corpus's
ja-naoyukikita-ddpm line 231 is (its row 232 writes 1/sigma~ for 1/sigma~^2).

Each note below states the alias, the lemma's laws and, in displays of their own, a wrong claim (refuted) and the
faithful one (never refuted); the guards keep the doubt where x's law is not only the note's p(x): an alias of a
variable with a law (in maths, as a density, in words), a definition by two variables, a step that writes x_0 or a
variable defined on the chain.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED

_LAWS = r"""$$
\begin{{align*}}
p(x) &= \mathcal{{N}}(x; {mean}, {variance}) \\
p(y|x) &= \mathcal{{N}}(y; {slope}x, {noise})
\end{{align*}}
$$"""

#: The lemma's names as the corpus writes them, and another set.
_JA = {"mean": r"\mu_A", "variance": r"\sigma_A^2", "slope": "a", "noise": r"\sigma_B^2"}
_OTHER = {"mean": "m", "variance": r"\sigma_1^2", "slope": "", "noise": r"\sigma_2^2"}


def _note(alias: str, claims: list[list[str]], names: dict[str, str] = _JA) -> str:
    """A note under the DDPM context: the sentence ``alias``, the lemma's two laws, then each claim (its rows) in a
    display of its own."""
    parts = ["% diffproof: context ddpm", alias, "Let", _LAWS.format(**names)]
    for rows in claims:
        parts += ["Then", "$$\n\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}\n$$"]
    return "\n\n".join(parts) + "\n"


_JA_MEAN = r"\left( \frac{\mu_A}{\sigma_A^2} + \frac{ay}{\sigma_B^2} \right)"


def _ja(accent: str, power: str) -> list[str]:
    """The rows of the lemma's claim p(x | y) = N(x; mu, sigma^2), mu and sigma in ``accent``, defined by the rows
    below it (its *where* clause) as the corpus does: 1/sigma^``power`` = 1/sigma_A^2 + a^2/sigma_B^2 (the
    corpus's typo where ``power`` is empty)."""
    mu, sigma = rf"\{accent}{{\mu}}", rf"\{accent}{{\sigma}}"
    return [
        rf"p(x|y) &= \mathcal{{N}}(x; {mu}, {sigma}^2)",
        rf"\frac{{1}}{{{sigma}{power}}} &= \frac{{1}}{{\sigma_A^2}} + \frac{{a^2}}{{\sigma_B^2}}",
        f"{mu} &= {sigma}^2 {_JA_MEAN}",
    ]


#: One note per language: [(claim, refuted?)], the wrong claim first.
_SHAPES = {
    # the corpus's slip: 1/sigma~ for 1/sigma~^2
    "the observed variable, in English": (
        _note("The observed variable is $x = x_0$.", [_ja("tilde", ""), _ja("hat", "^2")]),
        [True, False],
    ),
    # another slip (the mean halved between prior and datum), other names, in French
    "la donnée observée, in French": (
        _note(
            "Notons $x = x_0$ la donnée observée.",
            [
                [
                    r"p(x|y) &= \mathcal{N}(x; \hat{m}, \tilde{\sigma}^2)",
                    r"\tilde{\sigma}^2 &= \frac{\sigma_1^2 \sigma_2^2}{\sigma_1^2 + \sigma_2^2}",
                    r"\hat{m} &= \frac{m + y}{2}",
                ],
                [
                    r"p(x|y) &= \mathcal{N}(x; \bar{m}, \check{\sigma}^2)",
                    r"\check{\sigma}^2 &= \frac{\sigma_1^2 \sigma_2^2}{\sigma_1^2 + \sigma_2^2}",
                    r"\bar{m} &= \check{\sigma}^2 \left( \frac{m}{\sigma_1^2} + \frac{y}{\sigma_2^2} \right)",
                ],
            ],
            _OTHER,
        ),
        [True, False],
    ),
    # the variances added (the prior's and the likelihood's), in Chinese
    "观测变量, in Chinese": (
        _note(
            "记观测变量为 $x = x_0$。",
            [
                [
                    r"p(x|y) &= \mathcal{N}(x; \tilde{\mu}, \tilde{\sigma}^2)",
                    r"\tilde{\sigma}^2 &= \sigma_A^2 + \frac{\sigma_B^2}{a^2}",
                    rf"\tilde{{\mu}} &= \tilde{{\sigma}}^2 {_JA_MEAN}",
                ],
                _ja("hat", "^2"),
            ],
        ),
        [True, False],
    ),
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_a_lemma_about_an_alias_of_the_data_is_refuted_only_where_wrong(shape):
    text, wrong = _SHAPES[shape]
    claims = [r for r in red_team.results(text) if r.step.lhs.replace(" ", "") == "p(x|y)"]
    assert len(claims) == len(wrong), text
    for result, refuted in zip(claims, wrong, strict=True):
        assert (result.status == REFUTED) == refuted, (result.step.line, result.status, result.reason)


_HELD = "as a function of other random variables"
_WRONG_CLAIM = [_ja("tilde", "")]

#: Where x's law is not only the note's p(x): the doubt stays.
GUARDS = {
    "an alias of a variable with a law in maths": r"The observed variable is $x = x_0$, with $x_0 \sim \mathcal{N}(0, 1)$.",
    "an alias of a variable with a density": r"The observed variable is $x = x_0$, with $q(x_0) = \mathcal{N}(x_0; 0, 1)$.",
    "an alias of a variable with a law in words": "The observed variable is $x = x_0$, and the data $x_0$ are standard normal.",
    "a definition by two variables": "Write $x = x_1 - x_0$.",
    "the other variable defined on the chain": "The observed variable is $x = x_0$ and $y = x_1$.",
}


def _claim(text: str):
    """The verdict on the note's claim p(x | y) = ... (its first)."""
    return next(r for r in red_team.results(text) if r.step.lhs.replace(" ", "") == "p(x|y)")


@pytest.mark.parametrize("guard", sorted(GUARDS))
def test_an_alias_whose_law_is_not_only_the_lemmas_keeps_the_doubt(guard):
    claim = _claim(_note(GUARDS[guard], _WRONG_CLAIM))
    assert claim.status != REFUTED, claim.reason
    assert _HELD in claim.reason, claim.reason


#: The wrong claim's rows, with x_0 - x (0, as x = x_0) added to its mean: in the claim, in its where clause.
WRITES_X0 = {
    "in the claim": (0, r"p(x|y) &= \mathcal{N}(x; \tilde{\mu} + x_0 - x, \tilde{\sigma}^2)"),
    "in its where clause": (2, rf"\tilde{{\mu}} &= \tilde{{\sigma}}^2 {_JA_MEAN} + x_0 - x"),
}


@pytest.mark.parametrize("where", sorted(WRITES_X0))
def test_a_step_that_writes_the_renamed_variable_keeps_the_doubt(where):
    rows = _ja("tilde", "")
    row, text = WRITES_X0[where]
    rows[row] = text
    claim = _claim(_note("The observed variable is $x = x_0$.", [rows]))
    assert claim.status != REFUTED, claim.reason
    assert _HELD in claim.reason, claim.reason
