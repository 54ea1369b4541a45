"""Red team 29's schedule names given a meaning in words under the DDPM context (rt29-25..28, 41, 42) and further
wordings (tests/data/notes/redteam_laws/rt29m2-*): a sentence that makes alpha_t, beta_t or abar_t something the
context does not (the cumulative product for alpha_t, a product of the beta_s, the signal-to-noise ratio, another
schedule name's role) makes it the note's, in English, German, French, Spanish, Japanese, Chinese and Korean; one
that says again what the context makes it (abar_t the product of the alpha_s, beta_t the noise's variance) keeps the
context's proofs (held notes rt29m2-held-*)."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier
import test_notes_redteam_26 as round26

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
keeps = earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts
judged = round26.judged

CONTEXT = "<!-- diffproof: context ddpm -->\n\n"

#: (note, line, the verdict it must never give).
FOUND = [
    # alpha_t given the cumulative product's meaning in Japanese, Chinese, French, and "plays the role of"
    ("rt29-25-ctx-ja-alpha-cumulative-product-proved", 5, PROVED),
    ("rt29-26-ctx-zh-alpha-cumulative-product-proved", 5, PROVED),
    ("rt29-27-ctx-fr-alpha-cumulative-product-proved", 5, PROVED),
    ("rt29-28-ctx-alpha-plays-role-of-cumulative-proved", 5, PROVED),
    # abar_t given another meaning with "is": a product of the beta_s, the signal-to-noise ratio
    ("rt29-41-ctx-abar-product-of-betas-proved", 5, PROVED),
    ("rt29-42-ctx-abar-is-snr-proved", 5, PROVED),
    # further wordings, in the languages notes are written in
    ("rt29m2-01-ctx-de-alpha-kumulatives-produkt-proved", 5, PROVED),
    ("rt29m2-02-ctx-es-alpha-producto-acumulado-proved", 5, PROVED),
    ("rt29m2-03-ctx-ko-alpha-cumulative-product-proved", 5, PROVED),
    ("rt29m2-04-ctx-beta-is-cumulative-product-of-betas-proved", 5, PROVED),
    ("rt29m2-05-ctx-fr-alpha-joue-le-role-proved", 5, PROVED),
    ("rt29m2-06-ctx-de-alpha-rolle-von-abar-proved", 5, PROVED),
    ("rt29m2-07-ctx-zh-alpha-zuoyong-proved", 5, PROVED),
    ("rt29m2-08-ctx-ja-ko-alpha-role-proved", 5, PROVED),
    ("rt29m2-09-ctx-ko-alpha-role-proved", 5, PROVED),
    ("rt29m2-10-ctx-beta-plays-role-of-abar-proved", 5, PROVED),
    ("rt29m2-11-ctx-fr-abar-produit-des-betas-proved", 5, PROVED),
    ("rt29m2-12-ctx-ja-abar-product-of-betas-proved", 5, PROVED),
    ("rt29m2-13-ctx-zh-abar-product-of-betas-proved", 5, PROVED),
    ("rt29m2-14-ctx-ko-abar-product-of-betas-proved", 5, PROVED),
    ("rt29m2-15-ctx-de-abar-signal-rausch-proved", 5, PROVED),
    ("rt29m2-16-ctx-es-abar-senal-ruido-proved", 5, PROVED),
    ("rt29m2-17-ctx-ja-zh-ko-abar-snr-proved", 5, PROVED),
    ("rt29m2-18-ctx-zh-abar-snr-proved", 5, PROVED),
    ("rt29m2-19-ctx-ko-abar-snr-proved", 5, PROVED),
    ("rt29m2-20-ctx-abar-product-up-to-previous-step-proved", 5, PROVED),
    ("rt29m2-21-ctx-abar-variance-given-x0-proved", 5, PROVED),
    ("rt29m2-22-ctx-beta-is-snr-proved", 5, PROVED),
]


@pytest.mark.parametrize(("name", "line", "never"), FOUND)
def test_a_schedule_name_given_another_meaning_in_words_is_the_note_s(name, line, never):
    never_gives(name, line, never)


#: The context's meaning said again: its step stays proved, the wrong neighbour refuted.
HELD = [
    ("rt29m2-held-01-ctx-abar-is-product-of-alphas", 5, PROVED),
    # (its sentence's "for $s \le t$" relates the index t in a way not modelled: the wrong neighbour is undecided)
    ("rt29m2-held-01-ctx-abar-is-product-of-alphas", 7, UNDECIDED),
    ("rt29m2-held-02-ctx-abar-denotes-cumulative-product", 5, PROVED),
    ("rt29m2-held-02-ctx-abar-denotes-cumulative-product", 7, REFUTED),
    ("rt29m2-held-03-ctx-de-abar-kumulatives-produkt", 5, PROVED),
    ("rt29m2-held-03-ctx-de-abar-kumulatives-produkt", 7, REFUTED),
    ("rt29m2-held-04-ctx-fr-abar-produit-cumule", 5, PROVED),
    ("rt29m2-held-04-ctx-fr-abar-produit-cumule", 7, REFUTED),
    ("rt29m2-held-05-ctx-es-abar-producto-acumulado", 5, PROVED),
    ("rt29m2-held-05-ctx-es-abar-producto-acumulado", 7, REFUTED),
    ("rt29m2-held-06-ctx-ja-abar-ruisekiseki", 5, PROVED),
    ("rt29m2-held-06-ctx-ja-abar-ruisekiseki", 7, REFUTED),
    ("rt29m2-held-07-ctx-zh-abar-leiji-chengji", 5, PROVED),
    ("rt29m2-held-07-ctx-zh-abar-leiji-chengji", 7, REFUTED),
    ("rt29m2-held-08-ctx-ko-abar-nujeok-gop", 5, PROVED),
    ("rt29m2-held-08-ctx-ko-abar-nujeok-gop", 7, REFUTED),
    ("rt29m2-held-09-ctx-beta-noise-variance-de-fr-es", 5, PROVED),
    ("rt29m2-held-09-ctx-beta-noise-variance-de-fr-es", 7, REFUTED),
    ("rt29m2-held-10-ctx-beta-noise-variance-ja-zh-ko", 5, PROVED),
    ("rt29m2-held-10-ctx-beta-noise-variance-ja-zh-ko", 7, REFUTED),
    ("rt29m2-held-11-ctx-beta-plays-role-of-noise-variance", 5, PROVED),
    # fixsaid42: the sentence goes on "and $\\bar\\alpha_t$ is close to zero when the SNR is low", words of the
    # schedule no reader takes (statements.schedule_shapes): the counterexample that draws it is not trusted, so the
    # wrong step is left undecided, which is sound (no false verdict; DDPM's meaning said alone keeps it refuted, 09)
    ("rt29m2-held-11-ctx-beta-plays-role-of-noise-variance", 7, UNDECIDED),
    ("rt29m2-held-12-ctx-abar-product-written-out", 5, PROVED),
    ("rt29m2-held-12-ctx-abar-product-written-out", 7, REFUTED),
]


@pytest.mark.parametrize(("name", "line", "status"), HELD)
def test_the_context_s_meaning_said_again_keeps_its_proofs(name, line, status):
    keeps(name, line, status)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Here $\\bar\\alpha_t$ is the product of the $\\alpha_s$ for $s \\le t$.", PROVED),
        ("Here $\\bar\\alpha_t$ denotes the product of the $\\alpha_s$ for $s \\le t$.", PROVED),
        ("Here $\\bar\\alpha_t$ denotes the cumulative product.", PROVED),
        ("Here $\\bar\\alpha_t$ is the cumulative product $\\prod_{s=1}^t \\alpha_s$.", PROVED),
        ("Here $\\bar\\alpha_t$ is close to zero when the SNR is low.", PROVED),  # the SNR is not its meaning
        ("Here $\\bar\\alpha_t$ denotes the product of the $\\alpha_s$ for $s < t$.", UNDECIDED),  # abar_{t-1}
        ("Here $\\bar\\alpha_t$ is the product of the $\\alpha_s$ up to $t - 1$.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is the product of the $\\gamma_s$.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is the product of the $1 - \\alpha_s$.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is not the product of the $\\alpha_s$.", UNDECIDED),
        ("Ici $\\bar\\alpha_t$ est le rapport signal sur bruit.", UNDECIDED),
        ("ここで $\\bar\\alpha_t$ は信号対雑音比である。", UNDECIDED),
        ("这里 $\\bar\\alpha_t$ 是信噪比。", UNDECIDED),
        # a function of the product is not abar_t: its square root, one minus it, its log, a sum
        ("Here $\\bar\\alpha_t$ is the square root of the product of the $\\alpha_s$.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is one minus the cumulative product of the $\\alpha_s$.", UNDECIDED),
        ("ここで $\\bar\\alpha_t$ は $\\alpha_s$ の累積積の平方根である。", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is the product of the $\\sqrt{\\alpha_s}$.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is the cumulative sum of the $\\alpha_s$.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is the noise level.", UNDECIDED),
        ("Here $\\bar\\alpha_t$ is small when the noise level is high.", PROVED),
    ],
)
def test_what_a_sentence_makes_abar(sentence, expected):
    step = "\\bar\\alpha_t = \\alpha_t \\bar\\alpha_{t-1}"
    assert judged(f"{CONTEXT}{sentence}\n\n$$\n{step}\n$$\n") == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Here $\\beta_t$ is the variance of the noise added at step $t$.", PROVED),
        ("Here $\\beta_t$ represents the noise variance.", PROVED),
        ("Here $\\beta_t$ plays the role of the noise variance.", PROVED),
        ("Aquí $\\beta_t$ es la varianza del ruido añadido en el paso $t$.", PROVED),
        ("Here $\\beta_t$ is the signal-to-noise ratio.", UNDECIDED),
        ("Here $\\beta_t$ plays the role of $\\bar\\alpha_t$.", UNDECIDED),
        ("Here $\\alpha_t$ plays the role of a learning rate.", UNDECIDED),  # a role the context does not give
        ("Aquí $\\alpha_t$ hace el papel de $\\bar\\alpha_t$.", UNDECIDED),
        ("Here $\\alpha_t$ is close to one.", PROVED),  # no meaning
        ("Here $\\alpha_t$ is the fraction of the signal kept at step $t$.", PROVED),
        ("Here $\\beta_t$ is the signal kept at step $t$.", UNDECIDED),
        ("Here $\\alpha_t$ is the variance of the noise added at step $t$.", UNDECIDED),
    ],
)
def test_what_a_sentence_makes_alpha_and_beta(sentence, expected):
    assert judged(f"{CONTEXT}{sentence}\n\n$$\n\\alpha_t = 1 - \\beta_t\n$$\n") == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("这里 $\\alpha_t$ 表示累积乘积。", UNDECIDED),
        ("这里 $\\alpha_t$ 表示学习率。", UNDECIDED),  # "denotes" another thing: the note's, as in English
        ("ここで $\\alpha_t$ は累積積を表す。", UNDECIDED),
        ("여기서 $\\alpha_t$ 는 누적 곱을 나타낸다.", UNDECIDED),
        ("Aquí $\\alpha_t$ denota el producto acumulado.", UNDECIDED),
        ("ここで $\\beta_t$ はノイズの分散を表す。", PROVED),
        ("Aquí $\\beta_t$ denota la varianza del ruido.", PROVED),
    ],
)
def test_denotes_in_other_languages_gives_a_meaning(sentence, expected):
    assert judged(f"{CONTEXT}{sentence}\n\n$$\n\\alpha_t = 1 - \\beta_t\n$$\n") == [expected]
