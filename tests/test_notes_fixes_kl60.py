"""The closed form of the Gaussian KL where the law itself makes each variance positive (kl60).

:class:`~derivations.kernel.rules.GaussianKL` proves only where each variance is shown positive by its symbols'
domains.  A Gaussian's variance is positive wherever the law is a law at all, so for refutation the closed form is
used under that condition (:meth:`~derivations.kernel.rules.GaussianKL.conditional_rewrite`): a counterexample
must meet each variance > 0 and each mean real, besides every stated constraint.  A variance shown zero or negative
(a degenerate law: beta-tilde_1 = 0 under abar_0 = 1) is no law's, and its KL is left whole: held, neither refuted
nor proved.  Right closed forms (either direction) are never refuted; the wrong ones (missing inverse, swapped
direction, missing log, sigma for sigma^2, a dropped constant) are.
"""

from __future__ import annotations

import pytest
import sympy as sp
from red_team import report

from derivations import KL, Definition, Domain, Normal, Relation, Status
from derivations.kernel.checking import check_uncited, reconcile

X, M, U = sp.symbols("x m u", real=True)
V, W = sp.symbols("v w", real=True)  # variances not shown positive by any domain
A0, A1, B1 = sp.symbols("a0 a1 b1", real=True)
REAL = tuple(Domain(s, sp.Reals) for s in (X, M, U, V, W))


def _kl(q_var: sp.Expr, p_var: sp.Expr, q_mean: sp.Expr = M, p_mean: sp.Expr = U) -> KL:
    return KL(Normal(X, q_mean, q_var), Normal(X, p_mean, p_var), (X,))


def _closed(a: sp.Expr, u: sp.Expr, b: sp.Expr, v: sp.Expr) -> sp.Expr:
    """KL(N(a, u) || N(b, v)), by hand: (log(v/u) + (u + (a - b)^2)/v - 1)/2."""
    return (sp.log(v / u) + (u + (a - b) ** 2) / v - 1) / 2


RIGHT = {
    "right": (_kl(V, W), _closed(M, V, U, W)),
    "right-reversed": (_kl(W, V, U, M), _closed(U, W, M, V)),
}
WRONG = {  # each fails at every generic point with v, w > 0: checked by hand against the closed form above
    "missing-inverse": (_kl(V, W), (sp.log(W / V) + V / W + (M - U) ** 2 * W - 1) / 2),
    "swapped-direction": (_kl(V, W), _closed(U, W, M, V)),
    "missing-log": (_kl(V, W), (W / V + (V + (M - U) ** 2) / W - 1) / 2),
    "sigma-for-variance": (_kl(V, W**2), (sp.log(W**2 / V) + (V + (M - U) ** 2) / W - 1) / 2),
    "constant-dropped": (_kl(V, W), (M - U) ** 2 / (2 * W)),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_closed_form_is_refuted_where_the_variances_are_positive(name: str) -> None:
    lhs, rhs = WRONG[name]
    verdict = check_uncited(Relation.EQ, lhs, rhs, reconcile(REAL))
    assert verdict.status is Status.REFUTED, verdict.reason
    point = dict(verdict.counterexample.point)
    assert point["v"] > 0, point  # the counterexample is a model of the laws: both variances positive
    variance = point["w"] ** 2 if name == "sigma-for-variance" else point["w"]
    assert variance > 0, point


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_right_closed_form_is_never_refuted(name: str) -> None:
    lhs, rhs = RIGHT[name]
    assert check_uncited(Relation.EQ, lhs, rhs, reconcile(REAL)).status is not Status.REFUTED


def test_a_right_closed_form_is_still_proved_where_the_domains_show_the_variances_positive() -> None:
    positive = (*REAL[:3], Domain(V, sp.Interval.open(0, sp.oo)), Domain(W, sp.Interval.open(0, sp.oo)))
    lhs, rhs = RIGHT["right"]
    assert check_uncited(Relation.EQ, lhs, rhs, reconcile(positive)).status is Status.PROVED


def test_no_proof_where_a_variance_is_only_a_laws() -> None:
    """The law's condition serves refutation only: a right closed form with v, w of unknown sign is not proved
    (at v = 0 the law is degenerate and the closed form meaningless)."""
    lhs, rhs = RIGHT["right"]
    assert check_uncited(Relation.EQ, lhs, rhs, reconcile(REAL)).status is not Status.PROVED


def test_a_variance_shown_negative_is_no_laws_and_its_kl_is_held() -> None:
    negative = (*REAL[:3], Domain(V, sp.Interval.open(-sp.oo, 0)), REAL[4])
    lhs, rhs = WRONG["constant-dropped"]
    assert check_uncited(Relation.EQ, lhs, rhs, reconcile(negative)).status is not Status.REFUTED


def test_the_first_step_of_a_schedule_is_a_degenerate_law_and_is_held() -> None:
    """beta-tilde_1 = (1 - abar_0)/(1 - abar_1) beta_1 is 0 under abar_0 = 1: no point makes the variance positive,
    so a KL claim there is neither refuted nor proved; at abar_0 of (0, 1) the same wrong claim is refuted."""
    variance = (1 - A0) / (1 - A1) * B1
    lhs, rhs = _kl(variance, W), (M - U) ** 2 / (2 * W)
    schedule = (Domain(A1, sp.Interval.open(0, 1)), Domain(B1, sp.Interval.open(0, 1)), *REAL)
    at_start = check_uncited(Relation.EQ, lhs.subs(A0, 1), rhs, reconcile(schedule))
    assert at_start.status is Status.UNDECIDED, at_start.reason
    later = check_uncited(Relation.EQ, lhs, rhs, reconcile((Domain(A0, sp.Interval.open(0, 1)), *schedule)))
    assert later.status is Status.REFUTED, later.reason


def test_a_defined_variance_is_checked_through_its_definition() -> None:
    """beta-tilde := (1 - abar_0)/(1 - abar_1) beta_1 with abar_0 := 1: the point derives beta-tilde = 0, which no
    counterexample may use; with abar_0 free in (0, 1) the same wrong claim is refuted at a positive beta-tilde."""
    posterior = sp.Symbol("beta_tilde", real=True)
    defined = Definition(posterior, (1 - A0) / (1 - A1) * B1, "the forward posterior's variance")
    schedule = (Domain(A1, sp.Interval.open(0, 1)), Domain(B1, sp.Interval.open(0, 1)), *REAL, defined)
    lhs, rhs = _kl(posterior, W), (M - U) ** 2 / (2 * W)
    at_start = check_uncited(Relation.EQ, lhs, rhs, reconcile((*schedule, Definition(A0, sp.Integer(1), "start"))))
    assert at_start.status is Status.UNDECIDED, at_start.reason
    later = check_uncited(Relation.EQ, lhs, rhs, reconcile((Domain(A0, sp.Interval.open(0, 1)), *schedule)))
    assert later.status is Status.REFUTED, later.reason


def test_a_variance_no_point_settles_is_held() -> None:
    """A variance that is a function's value (sigma(m)^2, sigma unknown): no drawn point decides its sign, so the
    law's condition could not be checked and the closed form is not used."""
    sigma = sp.Function("sigma")
    lhs, rhs = _kl(V, sigma(M)), (M - U) ** 2 / (2 * sigma(M))
    assert check_uncited(Relation.EQ, lhs, rhs, reconcile(REAL)).status is not Status.REFUTED


KL_NOTE = r"\mathrm{KL}(\mathcal{N}(\mu_1, \tilde\beta_t) \| \mathcal{N}(\mu_2, \sigma_2^2))"
NOTES = {  # (the step, its verdict now): the variance beta-tilde_t is positive only as a law's
    "missing-inverse": (
        KL_NOTE + r" = \frac{1}{2}\left[\ln\frac{\sigma_2^2}{\tilde\beta_t} - 1 + \frac{\tilde\beta_t}{\sigma_2^2}"
        r" + (\mu_1-\mu_2)^2 \sigma_2^2\right]",
        "refuted",
    ),
    "right": (
        KL_NOTE + r" = \frac{1}{2}\left[\ln\frac{\sigma_2^2}{\tilde\beta_t} - 1 + \frac{\tilde\beta_t}{\sigma_2^2}"
        r" + \frac{(\mu_1-\mu_2)^2}{\sigma_2^2}\right]",
        "undecided",
    ),
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_a_notes_kl_with_the_posterior_variance(name: str) -> None:
    """Read in a note: beta-tilde_t's domain is [0, oo) (0 at the schedule's start), so only its law makes it
    positive; the wrong form is refuted through the law's condition, the right one is not."""
    step, verdict = NOTES[name]
    result = report(f"Let $\\tilde\\beta_t > 0$ and $\\sigma_2 > 0$.\n\n$${step}$$\n")
    assert result.results[-1].status == verdict, result.results[-1].reason
