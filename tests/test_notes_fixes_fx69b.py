"""fx69b's fixes, each with the finding's shape, held-out variants, wrong variants that stay held or refuted and
faithful guards that keep their verdict:

- rt66a-02: a value after a word that leaves it out ("for every $t$ except $t = 1$", "other than", "apart from",
  "excluding", "sauf", "außer", "以外") is never the index's value (indices._sentence_pins pins nothing where the
  sentence's words turn its case), so the family's definition stays the family's, under a case no step is known to
  meet; a definition a condition supposes ("Unless $t = 1$, let ...") overrides a convention as the definition would
  (overrides.overridden); a relation of a name and a formula that may leave its convention (abar_1 = 2 alpha_1 -
  alpha_2) overrides it (overrides._relation); members at whole-number indices are tried apart (numbers._member);
- rt65d-15: a density written as a formula not parsed (``\\mathcal{N}(x; \\tan y, 1)``) gives its variable a tail
  not read (tails._density_formula), the formula read as a renderer shows it (a colour is no maths) and a Gaussian
  without its point read at the density's variable, so that zh-diffusion-study-notes' colour-written law is read;
- fx68b's gap: a family whose body has no sign (``x_i = y^2 - 3`` for all i) no longer trusts a member's drawn
  value that the body, written at the member, does not give (conditions._member_kept).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_ABS = "\n\n$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"
_FAMILY = "\\bar\\alpha_t = \\alpha_t + t - 1"

#: Wrong: abar_t = alpha_t + t - 1 wherever t is not 1, so at t = 2 it is above 1 and |1 - abar_2| = abar_2 - 1.
EXCLUDED = {
    "except": f"Let ${_FAMILY}$ for every $t$ except $t = 1$.",
    "other than": f"Let ${_FAMILY}$ for each $t$ other than $t = 1$.",
    "apart from": f"Apart from $t = 1$, we set ${_FAMILY}$.",
    "excluding": f"Let ${_FAMILY}$ for all $t$, excluding $t = 1$.",
    "unless": f"Unless $t = 1$, let ${_FAMILY}$.",
    "sauf": f"Soit ${_FAMILY}$ pour tout $t$ sauf $t = 1$.",
    "außer": f"Sei ${_FAMILY}$ für alle $t$ außer $t = 1$.",
    "以外": f"$t=1$ 以外では ${_FAMILY}$ とする。",
}


@pytest.mark.parametrize("words", sorted(EXCLUDED))
def test_a_value_left_out_is_not_the_index_s_value(words):
    result = red_team.report(EXCLUDED[words] + _ABS).results[-1]
    red_team.assert_held_or_refuted(result)


#: Wrong: abar_1 is 2 alpha_1 - alpha_2, 1.97 at alpha_1 = 0.99, alpha_2 = 0.01, outside (0, 1).
FIXED_INDICES = {
    "defined": "Let $\\bar\\alpha_1 := 2\\alpha_1 - \\alpha_2$.",
    "related": "Here $\\bar\\alpha_1 = 2\\alpha_1 - \\alpha_2$.",
}


@pytest.mark.parametrize("how", sorted(FIXED_INDICES))
def test_members_at_whole_indices_are_tried_apart(how):
    result = red_team.report(FIXED_INDICES[how] + _ABS.replace("_t", "_1")).results[-1]
    red_team.assert_held_or_refuted(result)


#: Faithful: abar_t stays in (0, 1) (a product of alphas; alpha_1 alpha_2), and a case that pins t = 1 reads
#: abar_1 = alpha_1.
GUARDS = {
    "product except 1": "Let $\\bar\\alpha_t = \\prod_{s=1}^{t} \\alpha_s$ for every $t$ except $t = 1$.",
    "pinned": "For $t = 1$, let $\\bar\\alpha_t = \\alpha_1$.",
    "pinned in Japanese": "$t=1$ のとき $\\bar\\alpha_t = \\alpha_1$ とする。",
    "product at 2": "Let $\\bar\\alpha_2 := \\alpha_1 \\alpha_2$.",
    "related product": "Here $\\bar\\alpha_1 = \\alpha_1 \\alpha_2$.",
}


@pytest.mark.parametrize("guard", sorted(GUARDS))
def test_values_inside_the_convention_keep_their_proof(guard):
    step = _ABS.replace("_t", "_2" if guard == "product at 2" else "_1" if guard == "related product" else "_t")
    result = red_team.report(GUARDS[guard] + step).results[-1]
    assert result.status == PROVED, result.reason


_MEAN = "\n\n$$\n\\mathbb{E}[x] - \\mathbb{E}[x] = 0\n$$\n"

#: Wrong: the mean of x is a function of y with a pole (cot y at 0, 1/y at 0) or not read, so E[x] may not exist.
UNREAD_MEANS = {
    "cot": "Let $y \\sim U(0, 1)$ and $p(x \\mid y) = \\mathcal{N}(x; \\cot y, 1)$.",
    "sec": "Let $y \\sim U(0, \\pi)$ and $q(x \\mid y) = \\mathcal{N}(x; \\sec y, 1)$.",
    "colour, no point": "Let $y \\sim U(0, 1)$ and $p(x \\mid y) = \\mathcal{N}(\\color{blue}{1/y}, 1)$.",
    "textcolor": "Let $y \\sim U(0, 1)$ and $p(x \\mid y) = \\mathcal{N}(x; \\textcolor{red}{1/y}, 1)$.",
}


@pytest.mark.parametrize("mean", sorted(UNREAD_MEANS))
def test_a_density_not_parsed_gives_a_tail(mean):
    result = red_team.report(UNREAD_MEANS[mean] + _MEAN).results[-1]
    assert result.status == UNDECIDED, result.reason


#: Faithful: x is y plus a standard Gaussian, y uniform on (0, 1): E[x] exists, the colour is no maths.
COLOURED = {
    "color": "Let $y \\sim U(0, 1)$ and $p(x \\mid y) = \\mathcal{N}(x; \\color{blue}{y}, 1)$.",
    "color, no point": "Let $y \\sim U(0, 1)$ and $p(x \\mid y) = \\mathcal{N}(\\color{blue}{y}, 1)$.",
    "color group": "Let $y \\sim U(0, 1)$ and $p(x \\mid y) = \\mathcal{N}(x; {\\color{red} y}, 1)$.",
}


@pytest.mark.parametrize("colour", sorted(COLOURED))
def test_a_coloured_light_density_keeps_its_proof(colour):
    result = red_team.report(COLOURED[colour] + _MEAN).results[-1]
    assert result.status == PROVED, result.reason


#: Right: every x_i is y^2 - 3, so x_1 = x_i and both sides agree; a model that draws x_1 apart from y^2 - 3 breaks
#: the family (fx68b's gap: the body has no sign, so no sign was checked and the model was trusted: a false alarm).
FAMILIES = {
    "y squared": ("Let $x_i = y^2 - 3$ for all $i$.", "x_1 + x_1 y = x_i + x_1 y"),
    "product": ("Let $u_j = a b - 1$ for every $j$.", "u_2 + u_2 a b = u_j + u_2 a b"),
    "German": ("Sei $x_i = y^2 - 3$ für alle $i$.", "x_1 + x_1 y = x_i + x_1 y"),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_member_drawn_off_its_family_is_not_trusted(family):
    sentence, step = FAMILIES[family]
    result = red_team.report(f"{sentence}\n\n$$\n{step}\n$$\n").results[-1]
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


def test_a_wrong_step_on_the_family_itself_is_still_refuted():
    """Wrong: x_i + 1 = y^2 - 2, not y^2; no member is drawn apart, so the counterexample stands."""
    result = red_team.report("Let $x_i = y^2 - 3$ for all $i$.\n\n$$\nx_i + 1 = y^2\n$$\n").results[-1]
    assert result.status == REFUTED, result.reason
