"""Red team 26's notes on how the sentence reader reads words (tests/data/notes/redteam_laws/rt26c-*, rt26a-16 to
18): a sign, a positivity, an independence or a noise's scale said in words not read, so a convention proved a
wrong step or a counterexample that breaks what the note says was trusted.  The held notes (rt26w-held-*) are
wrong variants and neighbours the fixes must leave as they were."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
keeps = earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts

#: (note, line, the verdict it must never give).
RED_TEAM_26_WORDS = [
    ("rt26c-08-japanese-sei-to-wa-kagiranai", 4, PROVED),  # sigma 正とは限らない: sqrt(sigma^2) = sigma
    ("rt26c-09-japanese-fu-ni-mo-nariuru", 4, PROVED),  # 負にもなりうる
    ("rt26c-10-chinese-ye-keneng-wei-fu", 4, PROVED),  # 也可能为负
    ("rt26c-11-ranges-over-all-reals", 4, PROVED),  # "ranges over all of $\mathbb{R}$"
    ("rt26c-12-sign-arbitrary", 4, PROVED),  # "the sign of sigma is arbitrary"
    ("rt26c-13-signed-scale", 4, PROVED),  # "a signed scale"
    ("rt26c-48-sigma-purely-imaginary-square-positive", 4, PROVED),  # "purely imaginary": sigma^2 > 0
    ("rt26c-40-chinese-shi-zheng-de-refuted", 4, REFUTED),  # a 是正的: |a| = a refuted at a < 0
    ("rt26c-41-french-superieur-a-zero-refuted", 4, REFUTED),  # strictement supérieur à zéro
    ("rt26c-42-german-groesser-als-null-refuted", 4, REFUTED),  # größer als null
    ("rt26c-43-spanish-mayor-que-cero-refuted", 4, REFUTED),  # mayor que cero
    ("rt26c-44-a-is-a-variance-refuted", 4, REFUTED),  # a variance is nonnegative
    ("rt26c-45-a-is-a-probability-refuted", 4, REFUTED),  # so is a probability
    ("rt26c-46-a-is-a-standard-deviation-refuted", 4, REFUTED),  # and a standard deviation
    ("rt26c-47-a-counts-the-steps-refuted", 4, REFUTED),  # and a count
    ("rt26c-36-spanish-independientes-refuted", 4, REFUTED),  # E[xy] = E[x] E[y] on a dependent joint
    ("rt26c-37-not-true-that-dependent-refuted", 4, REFUTED),  # "It is not true that x and y are dependent"
    ("rt26c-38-drawn-separately-no-influence-refuted", 4, REFUTED),  # "drawn separately ... no influence"
    ("rt26c-39-pair-independent-coordinates-refuted", 4, REFUTED),  # "the pair (x, y) has independent coordinates"
    ("rt26c-16-ctx-noise-variance-fraction", 6, PROVED),  # eps_t has variance 1/3: E[eps_t^2] = 1
    ("rt26c-17-ctx-var-eps-equals-4-in-sentence", 6, PROVED),  # Var(eps_t) = 4 in a sentence
    ("rt26c-18-ctx-noise-std-2-in-words", 6, PROVED),  # "the noise has standard deviation 2"
    ("rt26a-16-sigma-xy-covariance-positive", 4, PROVED),  # sigma_xy the covariance of x and y: |sigma_xy| = sigma_xy
    ("rt26a-17-sigma-12-cov-display-positive", 4, PROVED),  # sigma_12 := Cov(x_1, x_2): sqrt(sigma_12^2) = sigma_12
    ("rt26a-18-beta-vae-weight-schedule-convention", 8, PROVED),  # a beta-VAE's weight beta: log beta < 0
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26_WORDS)
def test_the_twenty_sixth_red_team_s_notes_on_words(name, line, never):
    never_gives(name, line, never)


#: (note, line, the verdict it must keep).
RED_TEAM_26_WORDS_HELD = [
    ("rt26w-held-01-std-noun-keeps-convention-refutes", 4, REFUTED),  # sigma a standard deviation: no news
    ("rt26w-held-02-counts-keeps-step-convention", 4, REFUTED),  # t counts the steps: t + t = t
    ("rt26w-held-03-variance-noun-wrong-step", 4, UNDECIDED),  # a a variance: |a| = -a, its counterexample untrusted
    ("rt26w-held-04-ctx-noise-variance-one", 6, PROVED),  # eps_t has variance 1: the context's noise
    ("rt26w-held-05-ctx-var-eps-one-in-sentence", 6, PROVED),  # Var(eps_t) = 1 in a sentence
    ("rt26w-held-06-ctx-added-noise-variance-beta", 6, PROVED),  # "noise with variance beta_t": the scaled noise
    ("rt26w-held-07-std-noun-keeps-proof", 4, PROVED),  # sigma a standard deviation: sqrt(sigma^2) = sigma
    ("rt26w-held-08-sign-arbitrary-abs-proved", 4, PROVED),  # any sign: sqrt(sigma^2) = |sigma| still holds
    ("rt26w-held-08-sign-arbitrary-abs-proved", 8, UNDECIDED),  # -sigma: its counterexample untrusted, never proved
    ("rt26w-held-09-schedule-variance-keeps-convention", 4, PROVED),  # the schedule beta a variance: log beta < 0
    ("rt26w-held-10-independientes-wrong-step", 4, UNDECIDED),  # E[xy] = E[x] + E[y]: never proved
    ("rt26w-held-11-beta-vae-weight-four", 4, UNDECIDED),  # a weight beta = 4: log beta < 0 never proved
    ("rt26w-held-12-cov-defined-abs-proved", 4, PROVED),  # sigma_12 := Cov: sqrt(sigma_12^2) = |sigma_12|
]


@pytest.mark.parametrize(("name", "line", "status"), RED_TEAM_26_WORDS_HELD)
def test_the_twenty_sixth_red_team_s_held_notes_on_words_keep_their_verdicts(name, line, status):
    keeps(name, line, status)
