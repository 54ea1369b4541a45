"""The tutorial's notation: one SymPy symbol per quantity, its LaTeX and its domain.

Domains are declared once, here.  Symbols whose domain is a half-line carry
SymPy's ``positive=True`` so that ``sqrt(a*b) = sqrt(a)*sqrt(b)`` and
``log(a/b) = log(a) - log(b)`` hold automatically; the open unit interval,
which SymPy cannot express as an assumption, is recorded in :data:`DOMAINS`
and used by the checker (see :mod:`derivations.kernel.algebra`).
"""

from __future__ import annotations

import sympy as sp

UNIT = sp.Interval.open(0, 1)
POSITIVE = sp.Interval.open(0, sp.oo)
REAL = sp.Reals


class Noise(sp.Symbol):
    """A standard normal random variable, independent of every other symbol."""

    def __new__(cls, name: str) -> Noise:
        return super().__new__(cls, name, real=True)


def _unit(name: str) -> sp.Symbol:
    return sp.Symbol(name, positive=True)


def _positive(name: str) -> sp.Symbol:
    return sp.Symbol(name, positive=True)


def _real(name: str) -> sp.Symbol:
    return sp.Symbol(name, real=True)


# Noise schedule: alpha_t in (0, 1), abar_t the cumulative product.
alpha_t = _unit("alpha_t")
alpha_tm1 = _unit("alpha_{t-1}")
alpha_1 = _unit("alpha_1")
abar_1 = _unit("abar_1")
abar_t = _unit("abar_t")
abar_tm1 = _unit("abar_{t-1}")
abar_tm2 = _unit("abar_{t-2}")
beta_t = _unit("beta_t")

# Data, latents and noise.
x = _real("x")
z = _real("z")
y = _real("y")
u = _real("u")
x_0 = _real("x_0")
x_1 = _real("x_1")
x_t = _real("x_t")
x_tm1 = _real("x_{t-1}")
x_tm2 = _real("x_{t-2}")
v_t = _real("v_t")
eps = Noise("epsilon")
eps_1 = Noise("epsilon_1")
eps_2 = Noise("epsilon_2")
eps_star_tm1 = Noise("epsilon^*_{t-1}")
eps_star_tm2 = Noise("epsilon^*_{t-2}")

# Generic parameters of families.
mu = _real("mu")
m = _real("m")
sigma = _positive("sigma")
s = _positive("s")
v = _positive("v")
a = _positive("a")
b = _positive("b")
omega = _real("omega")

LATEX_NAMES: dict[sp.Symbol, str] = {
    alpha_t: r"\alpha_t",
    alpha_tm1: r"\alpha_{t-1}",
    alpha_1: r"\alpha_1",
    abar_1: r"\bar\alpha_1",
    abar_t: r"\bar\alpha_t",
    abar_tm1: r"\bar\alpha_{t-1}",
    abar_tm2: r"\bar\alpha_{t-2}",
    beta_t: r"\beta_t",
    x: r"\mathbf{x}",
    z: r"\mathbf{z}",
    y: r"y",
    u: r"\mathbf{u}",
    x_0: r"\mathbf{x}_0",
    x_1: r"\mathbf{x}_1",
    x_t: r"\mathbf{x}_t",
    x_tm1: r"\mathbf{x}_{t-1}",
    x_tm2: r"\mathbf{x}_{t-2}",
    v_t: r"\mathbf{v}_t",
    eps: r"\boldsymbol{\epsilon}",
    eps_1: r"\boldsymbol{\epsilon}_1",
    eps_2: r"\boldsymbol{\epsilon}_2",
    eps_star_tm1: r"\boldsymbol{\epsilon}^*_{t-1}",
    eps_star_tm2: r"\boldsymbol{\epsilon}^*_{t-2}",
}

DOMAINS: dict[sp.Symbol, sp.Set] = {
    alpha_t: UNIT,
    alpha_tm1: UNIT,
    alpha_1: UNIT,
    abar_1: UNIT,
    abar_t: UNIT,
    abar_tm1: UNIT,
    abar_tm2: UNIT,
    beta_t: UNIT,
}


def domain_of(symbol: sp.Symbol) -> sp.Set:
    """The domain of ``symbol``: declared here, else from its SymPy assumptions."""
    if symbol in DOMAINS:
        return DOMAINS[symbol]
    if symbol.is_positive:
        return POSITIVE
    return REAL


# The latents of a short chain x_0 -> ... -> x_4, x_{t+1}, and the reverse model's mean.
x_2 = _real("x_2")
x_3 = _real("x_3")
x_4 = _real("x_4")
x_tp1 = _real("x_{t+1}")
mu_theta = _real("mu_theta")

LATEX_NAMES.update(
    {
        x_2: r"\mathbf{x}_2",
        x_3: r"\mathbf{x}_3",
        x_4: r"\mathbf{x}_4",
        x_tp1: r"\mathbf{x}_{t+1}",
        mu_theta: r"\boldsymbol{\mu}_{\boldsymbol{\theta}}",
    }
)

# Score-based models and guidance: Langevin step size, guidance scale, normalizer, time,
# noise levels and weights of the annealed objective, a mixture weight.
c = _positive("c")
gamma = _real("gamma")
Z_theta = _positive("Z_theta")
t = _positive("t")
sigma_1 = _positive("sigma_1")
sigma_2 = _positive("sigma_2")
lambda_1 = _positive("lambda_1")
lambda_2 = _positive("lambda_2")
w = _unit("w")

LATEX_NAMES.update(
    {
        c: r"c",
        gamma: r"\gamma",
        Z_theta: r"Z_{\boldsymbol{\theta}}",
        t: r"t",
        sigma_1: r"\sigma_1",
        sigma_2: r"\sigma_2",
        lambda_1: r"\lambda_1",
        lambda_2: r"\lambda_2",
        w: r"w",
    }
)
DOMAINS[w] = UNIT

# Gaussian KL divergences and the hierarchical VAE: the parameters of two univariate
# Gaussians (sigma_1, sigma_2 above), d = 2 means and covariances with their Cholesky
# factors, and the latents of a hierarchy with T = 3.
mu_1 = _real("mu_1")
mu_2 = _real("mu_2")
z_1 = _real("z_1")
z_2 = _real("z_2")
z_3 = _real("z_3")
MU_1 = sp.MatrixSymbol("mu_1", 2, 1)
MU_2 = sp.MatrixSymbol("mu_2", 2, 1)
SIGMA_1 = sp.MatrixSymbol("Sigma_1", 2, 2)
SIGMA_2 = sp.MatrixSymbol("Sigma_2", 2, 2)
L_1 = sp.MatrixSymbol("L_1", 2, 2)
L_2 = sp.MatrixSymbol("L_2", 2, 2)

LATEX_NAMES.update(
    {
        mu_1: r"\mu_1",
        mu_2: r"\mu_2",
        z_1: r"\mathbf{z}_1",
        z_2: r"\mathbf{z}_2",
        z_3: r"\mathbf{z}_3",
        MU_1: r"\boldsymbol{\mu}_1",
        MU_2: r"\boldsymbol{\mu}_2",
        SIGMA_1: r"\boldsymbol{\Sigma}_1",
        SIGMA_2: r"\boldsymbol{\Sigma}_2",
        L_1: r"\mathbf{L}_1",
        L_2: r"\mathbf{L}_2",
    }
)

# The next state of a Markov chain (Langevin dynamics: x_{i+1} from x_i = x).
x_next = _real("x_{i+1}")
LATEX_NAMES[x_next] = r"\mathbf{x}_{i+1}"

# Network predictions of the denoising matching term (x_0, noise and score), and the
# continuous-time limit: the number of steps T, a grid index i and a time s in [0, 1].
xhat_theta = _real("xhat_theta")
eps_theta = _real("epsilon_theta")
s_theta = _real("s_theta")
T_steps = sp.Symbol("T", integer=True, positive=True)
i_step = sp.Symbol("i", integer=True, positive=True)
s_time = _real("s_time")

LATEX_NAMES.update(
    {
        xhat_theta: r"\hat{\mathbf{x}}_{\boldsymbol{\theta}}",
        eps_theta: r"\hat{\boldsymbol{\epsilon}}_{\boldsymbol{\theta}}",
        s_theta: r"\mathbf{s}_{\boldsymbol{\theta}}",
        T_steps: r"T",
        i_step: r"i",
        s_time: r"s",
    }
)

# A symbolic number of steps (Luo's sums over t = 1..T): the integer indices t and s, and the indexed
# variables x_t = X[t], z_t = Z[t], alpha_s = ALPHA[s]; at a concrete T, X[2] is written out as x_2 above.
t_index = sp.Symbol("t", integer=True)
s_index = sp.Symbol("s", integer=True)
X = sp.IndexedBase(x)
Z = sp.IndexedBase(z)
ALPHA = sp.IndexedBase(sp.Symbol("alpha", positive=True))
