"""The variational autoencoder: the ELBO split, and KL divergences between Gaussians (Luo 2022, section 2.2).

The KL divergence between Gaussians is derived three times: in one dimension
from the integral; for a diagonal covariance (d = 2) as a sum over independent
coordinates; and for a full covariance (d = 2, each covariance written through
its Cholesky factor, Sigma = L L^T) by the change of variables y = mu_1 + L_1 eps,
which turns the expectation into one under N(0, I) and gives the trace / log-det
form.  The VAE's prior-matching term KL(N(mu, sigma^2) || N(0, 1)) is its special case.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from derivations.evidence import CONJUGATE, ELBO, likelihood, p_z, q
from derivations.kernel import rules
from derivations.kernel.rules import Rule
from derivations.model import Derivation, Equation, Fact, Identity, Instance, Relation, Step, domains
from derivations.probability import KL, Expectation, Normal
from derivations.symbols import (
    L_1,
    L_2,
    MU_1,
    MU_2,
    SIGMA_1,
    SIGMA_2,
    eps_1,
    eps_2,
    mu,
    mu_1,
    mu_2,
    sigma,
    sigma_1,
    sigma_2,
    x,
    z,
)

EQ = Relation.EQ

# ------------------------------------------------------ matrices, explicit on demand


def _explicit(matrix: sp.MatrixBase | sp.MatrixExpr) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix(matrix.doit().as_explicit())


class _MatrixScalar(sp.Expr):
    """A scalar function of matrices: unevaluated while a matrix symbol remains, else computed.

    Substituting explicit matrices for the symbols (as the checker does with an
    :class:`~derivations.model.Equation`) rebuilds the node, which then evaluates.
    """

    is_commutative = True

    def __new__(cls, *matrices: sp.MatrixBase | sp.MatrixExpr):
        if not any(matrix.has(sp.MatrixSymbol) for matrix in matrices):
            return cls.value(*map(_explicit, matrices))
        return super().__new__(cls, *matrices)

    @staticmethod
    def value(*matrices: sp.ImmutableMatrix) -> sp.Expr:
        raise NotImplementedError


class Trace(_MatrixScalar):
    """tr(A), the sum of the diagonal."""

    @staticmethod
    def value(matrix: sp.ImmutableMatrix) -> sp.Expr:
        return matrix.trace()

    def _latex(self, printer) -> str:
        return r"\operatorname{tr}\left(%s\right)" % printer._print(self.args[0])


class Determinant(_MatrixScalar):
    """det A."""

    @staticmethod
    def value(matrix: sp.ImmutableMatrix) -> sp.Expr:
        return sp.factor(matrix.det())

    def _latex(self, printer) -> str:
        return r"\det %s" % printer._print(self.args[0])


class QuadraticForm(_MatrixScalar):
    """v^T A v for a column v and a square A."""

    @staticmethod
    def value(vector: sp.ImmutableMatrix, matrix: sp.ImmutableMatrix) -> sp.Expr:
        return (vector.T * matrix * vector)[0, 0]

    def _latex(self, printer) -> str:
        vector, matrix = (printer._print(arg) for arg in self.args)
        return rf"\left({vector}\right)^{{\top}} {matrix} \left({vector}\right)"


class MultivariateNormal(Normal):
    """The Gaussian density N(y; mean, cov) of a column ``point`` in d dimensions.

    A :class:`~derivations.probability.Normal` whose variance is a covariance
    matrix, so the checker unfolds it through :meth:`pdf` like the scalar one.
    """

    def __new__(cls, point: sp.MatrixBase | sp.MatrixExpr, mean: sp.MatrixExpr, cov: sp.MatrixExpr):
        return sp.Expr.__new__(cls, *map(sp.sympify, (point, mean, cov)))

    @property
    def dimension(self) -> int:
        return self.point.shape[0]

    def logpdf(self) -> sp.Expr:
        """-(y - mean)^T cov^-1 (y - mean) / 2 - d log(2 pi) / 2 - log det(cov) / 2."""
        centred = _explicit(self.point - self.mean)
        cov = _explicit(self.var)
        return -QuadraticForm(centred, cov.inv()) / 2 - self.dimension * sp.log(2 * sp.pi) / 2 - sp.log(cov.det()) / 2

    def pdf(self) -> sp.Expr:
        """exp(-(y - mean)^T cov^-1 (y - mean) / 2) / sqrt((2 pi)^d det cov)."""
        centred = _explicit(self.point - self.mean)
        cov = _explicit(self.var)
        return sp.exp(-QuadraticForm(centred, cov.inv()) / 2) / sp.sqrt((2 * sp.pi) ** self.dimension * cov.det())

    def _latex(self, printer) -> str:
        return r"\mathcal{N}\left(%s; %s, %s\right)" % tuple(printer._print(arg) for arg in self.args)

    def _sympystr(self, printer) -> str:
        return "N(%s; %s, %s)" % tuple(printer._print(arg) for arg in self.args)


# ------------------------------------------------------------ the univariate KL

#: KL(N(mu_1, sigma_1^2) || N(mu_2, sigma_2^2)), the case d = 1 of the trace / log-det form.
GAUSSIAN_KL_1D = (sp.log(sigma_2**2 / sigma_1**2) - 1 + sigma_1**2 / sigma_2**2 + (mu_2 - mu_1) ** 2 / sigma_2**2) / 2

#: KL(N(mu, sigma^2) || N(0, 1)) for one coordinate: the VAE's prior-matching term.
VAE_KL_STD_NORMAL = (mu**2 + sigma**2 - 1 - sp.log(sigma**2)) / 2


def gaussian_kl_1d(mean_1: sp.Expr, var_1: sp.Expr, mean_2: sp.Expr, var_2: sp.Expr) -> sp.Expr:
    """:data:`GAUSSIAN_KL_1D` at the given means and variances."""
    return GAUSSIAN_KL_1D.xreplace({mu_1: mean_1, sigma_1: sp.sqrt(var_1), mu_2: mean_2, sigma_2: sp.sqrt(var_2)})


def vae_kl_standard_normal(means: Iterable[sp.Expr], sigmas: Iterable[sp.Expr]) -> sp.Expr:
    """:data:`VAE_KL_STD_NORMAL` summed over coordinates (mu_j, sigma_j)."""
    return sp.Add(*(VAE_KL_STD_NORMAL.xreplace({mu: m_j, sigma: s_j}) for m_j, s_j in zip(means, sigmas)))


def _closed_form_kl(kl: KL) -> sp.Expr:
    p, q_ = kl.q, kl.p
    if type(p) is Normal and type(q_) is Normal and p.point == q_.point and tuple(kl.variables) == (p.point,):
        return gaussian_kl_1d(p.mean, p.var, q_.mean, q_.var)
    return kl


#: Cites the univariate claim of ``gaussian-kl``: each KL between two univariate Normals becomes its closed form.
GAUSSIAN_KL = Rule(
    "KL between univariate Gaussians (gaussian-kl)",
    rewrite=lambda e: e.replace(lambda k: isinstance(k, KL), _closed_form_kl),
)
LOG_GAUSSIAN = rules.Algebra("log of the Gaussian density")
GAUSSIAN_MOMENTS = rules.Algebra(
    "Gaussian moments: E(x - mu_1)^2 = sigma_1^2, E(x - mu_2)^2 = sigma_1^2 + (mu_1 - mu_2)^2"
)
FACTORIZED_KL = rules.Algebra("KL of independent coordinates is the sum of their KLs")


def _gaussian_kl_univariate() -> Derivation:
    p1, p2 = Normal(x, mu_1, sigma_1**2), Normal(x, mu_2, sigma_2**2)
    quadratic = -((x - mu_1) ** 2) / (2 * sigma_1**2) + (x - mu_2) ** 2 / (2 * sigma_2**2)
    return Derivation(
        KL(p1, p2, (x,)),
        EQ,
        GAUSSIAN_KL_1D,
        (
            Step(EQ, Expectation(sp.log(p1) - sp.log(p2), p1, (x,)), rules.KL_DEFINITION),
            Step(EQ, Expectation(p1.logpdf() - p2.logpdf(), p1, (x,)), LOG_GAUSSIAN),
            Step(EQ, sp.log(sigma_2 / sigma_1) + Expectation(quadratic, p1, (x,)), rules.LINEARITY),
            Step(
                EQ,
                sp.log(sigma_2 / sigma_1) - sp.Rational(1, 2) + (sigma_1**2 + (mu_1 - mu_2) ** 2) / (2 * sigma_2**2),
                GAUSSIAN_MOMENTS,
            ),
            Step(EQ, GAUSSIAN_KL_1D, rules.ALGEBRA),
        ),
        label="univariate, from the integral",
    )


# ------------------------------------------------------------ diagonal, d = 2

_coordinates = sp.symbols("y_1 y_2", real=True)
# mu_ij, sigma_ij: coordinate j of the i-th Gaussian.
_means = tuple(tuple(sp.Symbol(f"mu_{i}{j}", real=True) for j in (1, 2)) for i in (1, 2))
_scales = tuple(tuple(sp.Symbol(f"sigma_{i}{j}", positive=True) for j in (1, 2)) for i in (1, 2))


def _diagonal(i: int) -> list[Normal]:
    """The coordinates of N(mu_i, diag(sigma_{i,1}^2, sigma_{i,2}^2))."""
    return [Normal(y, m_j, s_j**2) for y, m_j, s_j in zip(_coordinates, _means[i], _scales[i])]


def _gaussian_kl_diagonal() -> Derivation:
    first, second = _diagonal(0), _diagonal(1)
    joint_1, joint_2 = sp.Mul(*first), sp.Mul(*second)
    per_coordinate = [KL(a, b, (a.point,)) for a, b in zip(first, second)]
    logs = sum(sp.log(a) - sp.log(b) for a, b in zip(first, second))
    closed = sp.Add(*(gaussian_kl_1d(a.mean, a.var, b.mean, b.var) for a, b in zip(first, second)))
    return Derivation(
        KL(joint_1, joint_2, _coordinates),
        EQ,
        closed,
        (
            Step(EQ, Expectation(sp.log(joint_1) - sp.log(joint_2), joint_1, _coordinates), rules.KL_DEFINITION),
            Step(EQ, Expectation(logs, joint_1, _coordinates), rules.SPLIT_LOG),
            Step(EQ, sp.Add(*per_coordinate), FACTORIZED_KL),
            Step(EQ, closed, GAUSSIAN_KL),
        ),
        label="diagonal covariance, d = 2",
    )


# ------------------------------------------------------------ full covariance, d = 2


def _cholesky(i: int) -> sp.ImmutableMatrix:
    """A lower-triangular factor with a positive diagonal: every SPD 2 x 2 matrix is L L^T for one."""
    d_1, d_2 = (sp.Symbol(f"ell_{j}^({i})", positive=True) for j in (11, 22))
    return sp.ImmutableMatrix([[d_1, 0], [sp.Symbol(f"ell_21^({i})", real=True), d_2]])


_POINT = sp.ImmutableMatrix(_coordinates)
_NOISE = sp.ImmutableMatrix([eps_1, eps_2])
_STANDARD = MultivariateNormal(_NOISE, sp.ZeroMatrix(2, 1), sp.Identity(2))

COVARIANCES = (
    Equation(L_1, _cholesky(1)),
    Equation(L_2, _cholesky(2)),
    Equation(SIGMA_1, L_1 * L_1.T),
    Equation(SIGMA_2, L_2 * L_2.T),
    Equation(MU_1, sp.ImmutableMatrix(_means[0])),
    Equation(MU_2, sp.ImmutableMatrix(_means[1])),
)


def whitening(covariance: Equation, mean: sp.MatrixExpr, noise: sp.ImmutableMatrix) -> Rule:
    """KL(N(y; m, L L^T) || p) = E_{N(eps; 0, I)}[log N(m + L eps; m, L L^T) - log p(m + L eps)].

    The KL as an expectation, then the density of the affine map y = m + L eps.
    ``covariance`` states Sigma = L L^T; the rewrite applies to a KL from
    N(y; mean, Sigma) over the coordinates of y, and to nothing else.
    """
    factor = covariance.rhs.args[0] if isinstance(covariance.rhs, sp.MatMul) else None
    if factor is None or covariance.rhs != factor * factor.T:
        raise ValueError(f"whitening: the covariance must be stated as L L^T, got {covariance.rhs}")
    standard = MultivariateNormal(noise, sp.ZeroMatrix(*noise.shape), sp.Identity(noise.shape[0]))
    moved = mean + factor * noise

    def applies(e: sp.Expr) -> bool:
        return (
            isinstance(e, KL)
            and isinstance(e.q, MultivariateNormal)
            and (e.q.mean, e.q.var) == (mean, covariance.lhs)
            and tuple(e.q.point) == e.variables
        )

    def substitute(e: KL) -> Expectation:
        at_moved = [MultivariateNormal(moved, density.mean, density.var) for density in (e.q, e.p)]
        return Expectation(sp.log(at_moved[0]) - sp.log(at_moved[1]), standard, tuple(noise))

    return Rule(
        "KL as an expectation, change of variables y = mu_1 + L_1 eps, eps ~ N(0, I)",
        rewrite=lambda e: e.replace(applies, substitute),
    )


def _gaussian_kl_full() -> Derivation:
    p1, p2 = MultivariateNormal(_POINT, MU_1, SIGMA_1), MultivariateNormal(_POINT, MU_2, SIGMA_2)
    moved = MU_1 + L_1 * _NOISE
    q1, q2 = MultivariateNormal(moved, MU_1, SIGMA_1), MultivariateNormal(moved, MU_2, SIGMA_2)
    half_log_det = sp.log(Determinant(SIGMA_2) / Determinant(SIGMA_1)) / 2
    quadratic = -QuadraticForm(_NOISE, sp.Identity(2)) / 2 + QuadraticForm(MU_1 - MU_2 + L_1 * _NOISE, SIGMA_2.I) / 2
    closed = (
        sp.log(Determinant(SIGMA_2) / Determinant(SIGMA_1))
        - 2
        + Trace(SIGMA_2.I * SIGMA_1)
        + QuadraticForm(MU_2 - MU_1, SIGMA_2.I)
    ) / 2
    return Derivation(
        KL(p1, p2, _coordinates),
        EQ,
        closed,
        (
            Step(
                EQ,
                Expectation(sp.log(q1) - sp.log(q2), _STANDARD, tuple(_NOISE)),
                whitening(COVARIANCES[2], MU_1, _NOISE),
            ),
            Step(EQ, half_log_det + Expectation(quadratic, _STANDARD, tuple(_NOISE)), LOG_GAUSSIAN),
            Step(EQ, closed, rules.Algebra("expected quadratic form: E[eps^T A eps] = tr A for eps ~ N(0, I)")),
        ),
        label="full covariance, d = 2 (Sigma_i = L_i L_i^T)",
    )


# ------------------------------------------------------------------ identities

vae_elbo_split = Identity(
    name="vae-elbo-split",
    title="The ELBO is reconstruction minus prior matching",
    section="background",
    assumptions=domains(x, z),
    derivations=(
        Derivation(
            ELBO,
            EQ,
            Expectation(sp.log(likelihood), q) - KL(q, p_z),
            (
                Step(EQ, Expectation(sp.log(likelihood * p_z / q), q), rules.PRODUCT_RULE),
                Step(EQ, Expectation(sp.log(likelihood) + sp.log(p_z / q), q), rules.SPLIT_LOG),
                Step(EQ, Expectation(sp.log(likelihood), q) + Expectation(sp.log(p_z / q), q), rules.LINEARITY),
                Step(EQ, Expectation(sp.log(likelihood), q) - KL(q, p_z), rules.KL_DEFINITION),
            ),
        ),
    ),
    instances=(CONJUGATE,),
    source="Luo (2022), section 2.2",
)

_FULL_LABEL = "full covariance, d = 2 (Sigma_i = L_i L_i^T)"

gaussian_kl = Identity(
    name="gaussian-kl",
    title="KL divergence between Gaussians: the trace / log-det form",
    section="background",
    assumptions=(
        *domains(mu_1, mu_2, sigma_1, sigma_2, *_means[0], *_means[1], *_scales[0], *_scales[1]),
        *COVARIANCES,
        Fact("each covariance is symmetric positive definite, written through its Cholesky factor"),
    ),
    derivations=(_gaussian_kl_univariate(), _gaussian_kl_diagonal(), _gaussian_kl_full()),
    instances=(
        Instance(
            "the univariate and diagonal claims in closed form",
            (),
            claims=("univariate, from the integral", "diagonal covariance, d = 2"),
        ),
        Instance(
            "Sigma_1 = [[1, 1/2], [1/2, 2]], Sigma_2 = [[2, -1], [-1, 3]], symbolic means",
            (
                (SIGMA_1, sp.ImmutableMatrix([[1, sp.Rational(1, 2)], [sp.Rational(1, 2), 2]])),
                (SIGMA_2, sp.ImmutableMatrix([[2, -1], [-1, 3]])),
            ),
            claims=(_FULL_LABEL,),
        ),
    ),
    source="Luo (2022), eq. 22 for the VAE; the general form e.g. Bishop (2006), exercise 2.13",
)

# ------------------------------------------------------------ VAE prior matching

_latents = sp.symbols("z_(1) z_(2) z_(3)", real=True)
_latent_means = sp.symbols("mu_(1) mu_(2) mu_(3)", real=True)
_latent_scales = sp.symbols("sigma_(1) sigma_(2) sigma_(3)", positive=True)


def _prior_matching_sum() -> Derivation:
    posterior = [Normal(z_j, m_j, s_j**2) for z_j, m_j, s_j in zip(_latents, _latent_means, _latent_scales)]
    prior = [Normal(z_j, 0, 1) for z_j in _latents]
    rhs = vae_kl_standard_normal(_latent_means, _latent_scales)
    return Derivation(
        KL(sp.Mul(*posterior), sp.Mul(*prior), _latents),
        EQ,
        rhs,
        (
            Step(EQ, sp.Add(*(KL(a, b, (a.point,)) for a, b in zip(posterior, prior))), FACTORIZED_KL),
            Step(EQ, rhs, GAUSSIAN_KL),
        ),
        label="sum over d = 3 independent coordinates",
    )


vae_kl_standard_normal_identity = Identity(
    name="vae-kl-standard-normal",
    title="The VAE's prior-matching term in closed form",
    section="background",
    assumptions=domains(mu, sigma, *_latent_means, *_latent_scales),
    derivations=(
        Derivation(
            KL(Normal(z, mu, sigma**2), Normal(z, 0, 1), (z,)),
            EQ,
            VAE_KL_STD_NORMAL,
            (
                Step(EQ, gaussian_kl_1d(mu, sigma**2, 0, 1), GAUSSIAN_KL),
                Step(EQ, VAE_KL_STD_NORMAL, rules.ALGEBRA),
            ),
            label="one coordinate",
        ),
        _prior_matching_sum(),
    ),
    instances=(Instance("the claim in closed form", ()),),
    source="Luo (2022), section 2.2; Kingma & Welling (2014), appendix B",
)

IDENTITIES = (vae_elbo_split, gaussian_kl, vae_kl_standard_normal_identity)
