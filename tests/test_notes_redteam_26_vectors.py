"""The twenty-sixth red team's notes on vectors read one coordinate at a time (tests/data/notes/redteam_laws/
rt26a-*): each made the checker prove a step that holds for one coordinate only, past the four-coordinate
re-check.  The held notes (rt26v-held-*) are the correct variants, true in every dimension, that must stay
proved, and wrong ones that must stay refuted."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
keeps = earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts

#: (note, line, the verdict it must never give).
RED_TEAM_26_VECTORS = [
    ("rt26a-04-ddpm-log-q-density-call-no-norm", 4, PROVED),  # log q(x_t | x_0) with -1/2 log(2 pi (1 - abar_t))
    ("rt26a-05-ddpm-q-density-prefactor-no-norm", 4, PROVED),  # q(x_1 | x_0) = (2 pi beta_1)^{-1/2} exp(...)
    ("rt26a-06-entropy-of-stated-identity-law", 4, PROVED),  # H(N(0, I)) = 1/2 log(2 pi e)
    ("rt26a-07-log-encoder-density-sigma2-identity", 4, PROVED),  # log N(z; mu, sigma^2 I), one coordinate's constant
    ("rt26a-08-kl-identity-cov-remark-sigma-positive", 2, PROVED),  # the four-coordinate refutation doubted
    ("rt26a-12-dot-product-of-noise-with-itself", 4, PROVED),  # E[eps . eps] = 1
    ("rt26a-13-abs-squared-of-vector-noise", 4, PROVED),  # E|eps|^2 = 1
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26_VECTORS)
def test_the_twenty_sixth_red_team_s_vector_notes(name, line, never):
    never_gives(name, line, never)


#: (note, line, the verdict it must keep).
RED_TEAM_26_VECTORS_HELD = [
    ("rt26v-held-01-dot-and-abs-of-vectors", 4, PROVED),  # eps . eps = ||eps||^2
    ("rt26v-held-01-dot-and-abs-of-vectors", 6, PROVED),  # E|eps|^2 = E||eps||^2
    ("rt26v-held-01-dot-and-abs-of-vectors", 8, PROVED),  # E[eps . delta] = 0
    ("rt26v-held-01-dot-and-abs-of-vectors", 10, PROVED),  # E[sigma . eps] = 0, sigma a number
    ("rt26v-held-01-dot-and-abs-of-vectors", 12, PROVED),  # (eps + delta) . (eps + delta) expanded
    ("rt26v-held-01-dot-and-abs-of-vectors", 14, REFUTED),  # E[eps . eps] = 0
    ("rt26v-held-01-dot-and-abs-of-vectors", 16, REFUTED),  # E|eps|^2 = -1
    ("rt26v-held-02-ddpm-densities-every-dimension", 3, PROVED),  # the score of q(x_t | x_0)
    ("rt26v-held-02-ddpm-densities-every-dimension", 5, PROVED),  # Bayes' rule on q
    ("rt26v-held-02-ddpm-densities-every-dimension", 7, PROVED),  # log q - log q = 0
    ("rt26v-held-02-ddpm-densities-every-dimension", 9, REFUTED),  # the score with the wrong sign
    ("rt26v-held-02-ddpm-densities-every-dimension", 11, PROVED),  # q ∝ exp(-(x_t - ...)^2 / ...), per coordinate
    ("rt26v-held-02-ddpm-densities-every-dimension", 13, PROVED),  # a product of ratios of densities, \cdot
    ("rt26v-held-02-ddpm-densities-every-dimension", 15, REFUTED),  # log q = log q + log(2 pi)/2
    ("rt26v-held-03-stated-identity-laws", 4, PROVED),  # E_{p(z)}[z] = 0
    ("rt26v-held-03-stated-identity-laws", 6, PROVED),  # the encoder's score
    ("rt26v-held-03-stated-identity-laws", 8, PROVED),  # the prior's score
    ("rt26v-held-03-stated-identity-laws", 10, PROVED),  # KL(q || q) = 0
    ("rt26v-held-03-stated-identity-laws", 12, PROVED),  # a ratio of densities equal to itself
    ("rt26v-held-03-stated-identity-laws", 14, REFUTED),  # the entropy negative
    ("rt26v-held-04-kl-remark-every-dimension", 2, PROVED),  # KL(N(0, I) || N(0, I)) = 0, \quad sigma > 0
]


@pytest.mark.parametrize(("name", "line", "status"), RED_TEAM_26_VECTORS_HELD)
def test_the_twenty_sixth_red_team_s_vector_held_notes_keep_their_verdicts(name, line, status):
    keeps(name, line, status)
