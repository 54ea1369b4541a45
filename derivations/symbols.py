"""The tutorial's notation: one :class:`Declaration` per symbol, the single place where a symbol is declared.

A declaration holds the SymPy symbol, its domain (a SymPy set), its LaTeX and
the spellings a person may type for it (``\\bar\\alpha_t``, ``abar_t``,
``alpha_bar_t``, ``ᾱ_t``, ``alphas_cumprod[t]``, ...).  Every other table is
derived from :data:`REGISTRY`: :data:`LATEX_NAMES`, :data:`DOMAINS`,
:func:`domain_of`, the spellings the answer parser accepts
(:mod:`diffproof.answers.notation`) and the vocabularies of the checkable
quantities.  :data:`RELATIONS` are the relations of the noise schedule that
hold in every question (``beta_t = 1 - alpha_t``, ``abar_t = alpha_t abar_{t-1}``),
and :data:`SHORTHANDS` the names that stand for a formula rather than a symbol
(``SNR(t)``, diffusers' ``alpha_prod_t``, DDPM's ``\\tilde\\mu_t(x_t, x_0)``).

Symbols whose domain is a half-line carry SymPy's ``positive=True`` so that
``sqrt(a*b) = sqrt(a)*sqrt(b)`` and ``log(a/b) = log(a) - log(b)`` hold
automatically; the open unit interval, which SymPy cannot express as an
assumption, is recorded in the declaration's domain and used by the checker.

A letter with no declaration here (``a``, ``c``, ``x_i`` in a student's answer)
is an ordinary real number unless a question declares otherwise: the generic
parameters of the catalogue's families (``a``, ``b``, ``s``, ``v``, ``w``, ...)
are declared without spellings, so their domains never leak into answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

UNIT = sp.Interval.open(0, 1)
POSITIVE = sp.Interval.open(0, sp.oo)
REAL = sp.Reals


class Noise(sp.Symbol):
    """A standard normal random variable, independent of every other symbol."""

    def __new__(cls, name: str, **assumptions) -> Noise:  # pickling passes the assumptions back
        return super().__new__(cls, name, real=True)


@dataclass(frozen=True)
class Declaration:
    """A symbol of the notation: its domain, its LaTeX, and the spellings a person may type for it.

    ``arguments`` are the inputs of a network output (``\\hat\\epsilon_\\theta`` of ``(x_t, t)``):
    written bare, the output is read as applied to them.
    """

    symbol: sp.Symbol
    domain: sp.Set
    latex: str
    spellings: tuple[str, ...] = ()
    meaning: str = ""
    arguments: tuple[sp.Symbol, ...] = ()

    def __post_init__(self) -> None:
        # cheap checks only (this runs at import): the half-lines and the unit interval need positive symbols
        if (self.domain is POSITIVE or self.domain is UNIT) and not self.symbol.is_positive:
            raise ValueError(f"{self.symbol} is declared in {self.domain} but its SymPy symbol is not positive")
        if not isinstance(self.domain, sp.Set):
            raise TypeError(f"{self.symbol}: a domain must be a SymPy set of real numbers, got {self.domain!r}")

    def _repr_latex_(self) -> str:
        return f"${self.latex} \\in {sp.latex(self.domain)}$"


@dataclass(frozen=True)
class ScheduleRelation:
    """``symbol = value``, true in every question (it is substituted in both sides of a comparison)."""

    symbol: sp.Symbol
    value: sp.Expr
    latex: str


@dataclass(frozen=True)
class Shorthand:
    """A name that stands for a formula: ``value`` is an expression, or a :class:`sympy.Lambda` of its arguments."""

    spellings: tuple[str, ...]
    value: sp.Expr | sp.Lambda
    meaning: str
    #: The argument is a time, passed to ``value`` as the cumulative product at that time (:data:`ABAR_AT`).
    over_time: bool = False


#: Every declaration, by symbol, in the order declared.
REGISTRY: dict[sp.Symbol, Declaration] = {}


def declare(
    symbol: sp.Symbol,
    domain: sp.Set,
    latex: str,
    *spellings: str,
    meaning: str = "",
    arguments: tuple[sp.Symbol, ...] = (),
) -> sp.Symbol:
    """Add ``symbol`` to :data:`REGISTRY` (once) and return it."""
    if symbol in REGISTRY:
        raise ValueError(f"{symbol} is declared twice")
    REGISTRY[symbol] = Declaration(symbol, domain, latex, spellings, meaning, arguments)
    return symbol


def _unit(name: str) -> sp.Symbol:
    return sp.Symbol(name, positive=True)


def _positive(name: str) -> sp.Symbol:
    return sp.Symbol(name, positive=True)


def _real(name: str) -> sp.Symbol:
    return sp.Symbol(name, real=True)


# ------------------------------------------------------------- noise schedule: alpha_t in (0, 1)

alpha_t = declare(_unit("alpha_t"), UNIT, r"\alpha_t", r"\alpha_t", "alpha_t", "α_t", "alphas[t]", "current_alpha_t",
                  meaning="the signal kept by step t")  # fmt: skip
alpha_tm1 = declare(
    _unit("alpha_{t-1}"), UNIT, r"\alpha_{t-1}", r"\alpha_{t-1}", "alpha_{t-1}", "alpha_tm1", "alphas[t-1]"
)
alpha_1 = declare(_unit("alpha_1"), UNIT, r"\alpha_1", r"\alpha_1")
abar_1 = declare(_unit("abar_1"), UNIT, r"\bar\alpha_1", r"\bar\alpha_1", "alphas_cumprod[1]")
abar_t = declare(
    _unit("abar_t"), UNIT, r"\bar\alpha_t",
    r"\bar\alpha_t", "abar_t", "alpha_bar_t", "alphabar_t", "ᾱ_t", "alphas_cumprod[t]", "alpha_bar[t]",
    "alphas_bar[t]", "alpha_bars[t]", "alphas_bars[t]", "alpha_prod_t", "alpha_cumprod_t",
    meaning="the cumulative product alpha_1 ... alpha_t",
)  # fmt: skip
abar_tm1 = declare(
    _unit("abar_{t-1}"), UNIT, r"\bar\alpha_{t-1}",
    r"\bar\alpha_{t-1}", "abar_{t-1}", "abar_tm1", "alpha_bar_{t-1}", "alphas_cumprod[t-1]", "alphas_cumprod_prev[t]",
    "alpha_bar[t-1]", "alpha_prod_t_prev", "alpha_cumprod_prev",
)  # fmt: skip
abar_tm2 = declare(_unit("abar_{t-2}"), UNIT, r"\bar\alpha_{t-2}", r"\bar\alpha_{t-2}", "alphas_cumprod[t-2]")
beta_t = declare(
    _unit("beta_t"), UNIT, r"\beta_t", r"\beta_t", "betas[t]", "current_beta_t", meaning="the variance added by step t"
)

# ------------------------------------------------------------- data, latents and noise

x = declare(_real("x"), REAL, r"\mathbf{x}", "x")
z = declare(_real("z"), REAL, r"\mathbf{z}", "z")
y = declare(_real("y"), REAL, r"y", "y")
u = declare(_real("u"), REAL, r"\mathbf{u}")
x_0 = declare(_real("x_0"), REAL, r"\mathbf{x}_0", "x_0", "x_start", "x0", meaning="a clean sample")
x_1 = declare(_real("x_1"), REAL, r"\mathbf{x}_1", "x_1")
x_t = declare(_real("x_t"), REAL, r"\mathbf{x}_t", "x_t", "xt", "x_noisy", meaning="the noisy sample at step t")
x_tm1 = declare(_real("x_{t-1}"), REAL, r"\mathbf{x}_{t-1}", "x_{t-1}", "x_tm1", "x_prev")
x_tm2 = declare(_real("x_{t-2}"), REAL, r"\mathbf{x}_{t-2}", "x_{t-2}")
v_t = declare(_real("v_t"), REAL, r"\mathbf{v}_t", "v_t")
eps = declare(
    Noise("epsilon"), REAL, r"\boldsymbol{\epsilon}",
    r"\epsilon", r"\varepsilon", r"\epsilon_0", "eps", "epsilon", "ε", "ϵ", "noise",
    meaning="a standard normal noise",
)  # fmt: skip
eps_1 = declare(Noise("epsilon_1"), REAL, r"\boldsymbol{\epsilon}_1", r"\epsilon_1")
eps_2 = declare(Noise("epsilon_2"), REAL, r"\boldsymbol{\epsilon}_2", r"\epsilon_2")
eps_star_tm1 = declare(Noise("epsilon^*_{t-1}"), REAL, r"\boldsymbol{\epsilon}^*_{t-1}")
eps_star_tm2 = declare(Noise("epsilon^*_{t-2}"), REAL, r"\boldsymbol{\epsilon}^*_{t-2}")

# ------------------------------------------------------------- generic parameters of families (no spellings)

mu = declare(_real("mu"), REAL, r"\mu", r"\mu", "μ", meaning="a mean")
m = declare(_real("m"), REAL, "m")
sigma = declare(_positive("sigma"), POSITIVE, r"\sigma", r"\sigma", "σ", meaning="a standard deviation")
s = declare(_positive("s"), POSITIVE, "s")
v = declare(_positive("v"), POSITIVE, "v")
a = declare(_positive("a"), POSITIVE, "a")
b = declare(_positive("b"), POSITIVE, "b")
omega = declare(_real("omega"), REAL, r"\omega")

# ------------------------------------------------------------- the latents of a short chain, the reverse mean

x_2 = declare(_real("x_2"), REAL, r"\mathbf{x}_2", "x_2")
x_3 = declare(_real("x_3"), REAL, r"\mathbf{x}_3", "x_3")
x_4 = declare(_real("x_4"), REAL, r"\mathbf{x}_4", "x_4")
x_tp1 = declare(_real("x_{t+1}"), REAL, r"\mathbf{x}_{t+1}", "x_{t+1}")
mu_theta = declare(_real("mu_theta"), REAL, r"\boldsymbol{\mu}_{\boldsymbol{\theta}}")

# ------------------------------------------------------------- score-based models and guidance

c = declare(_positive("c"), POSITIVE, "c", meaning="a Langevin step size")
gamma = declare(_real("gamma"), REAL, r"\gamma", r"\gamma", "γ", meaning="a guidance scale")
Z_theta = declare(_positive("Z_theta"), POSITIVE, r"Z_{\boldsymbol{\theta}}")
t = declare(_positive("t"), POSITIVE, "t", "t", meaning="the time")
sigma_1 = declare(_positive("sigma_1"), POSITIVE, r"\sigma_1", r"\sigma_1", "σ_1")
sigma_2 = declare(_positive("sigma_2"), POSITIVE, r"\sigma_2", r"\sigma_2", "σ_2")
lambda_1 = declare(_positive("lambda_1"), POSITIVE, r"\lambda_1")
lambda_2 = declare(_positive("lambda_2"), POSITIVE, r"\lambda_2")
#: The weight p(y = 1) of a two-component mixture in the guidance section (a student's ``w`` is real).
w = declare(_unit("w"), UNIT, "w", meaning="a mixture weight")

# ------------------------------------------------------------- Gaussian KL divergences, the hierarchical VAE

mu_1 = declare(_real("mu_1"), REAL, r"\mu_1", r"\mu_1", "μ_1")
mu_2 = declare(_real("mu_2"), REAL, r"\mu_2", r"\mu_2", "μ_2")
z_1 = declare(_real("z_1"), REAL, r"\mathbf{z}_1", "z_1")
z_2 = declare(_real("z_2"), REAL, r"\mathbf{z}_2", "z_2")
z_3 = declare(_real("z_3"), REAL, r"\mathbf{z}_3", "z_3")
MU_1 = sp.MatrixSymbol("mu_1", 2, 1)
MU_2 = sp.MatrixSymbol("mu_2", 2, 1)
SIGMA_1 = sp.MatrixSymbol("Sigma_1", 2, 2)
SIGMA_2 = sp.MatrixSymbol("Sigma_2", 2, 2)
L_1 = sp.MatrixSymbol("L_1", 2, 2)
L_2 = sp.MatrixSymbol("L_2", 2, 2)

#: The next state of a Markov chain (Langevin dynamics: x_{i+1} from x_i = x).
x_next = declare(_real("x_{i+1}"), REAL, r"\mathbf{x}_{i+1}", "x_{i+1}")

# ------------------------------------------------------------- network predictions, continuous time

xhat_theta = declare(
    _real("xhat_theta"), REAL, r"\hat{\mathbf{x}}_{\boldsymbol{\theta}}",
    r"\hat x_\theta", r"\hat x_0", r"\hat x", "xhat", "x0_hat", "x_0_hat", "pred_original_sample", "x0_pred",
    meaning="the network's prediction of x_0", arguments=(x_t, t),
)  # fmt: skip
eps_theta = declare(
    _real("epsilon_theta"), REAL, r"\hat{\boldsymbol{\epsilon}}_{\boldsymbol{\theta}}",
    r"\hat\epsilon_\theta", r"\epsilon_\theta", r"\hat\epsilon", "eps_theta", "epshat_theta", "eps_hat", "epshat",
    "ε_θ", "noise_pred", "model_output", "eps_pred",
    meaning="the network's prediction of the noise", arguments=(x_t, t),
)  # fmt: skip
s_theta = declare(
    _real("s_theta"), REAL, r"\mathbf{s}_{\boldsymbol{\theta}}", r"s_\theta", "s_theta", "score_pred",
    meaning="the network's estimate of the score", arguments=(x_t, t),
)  # fmt: skip
# The number of steps and a grid index are positive integers; the catalogue samples them as positive reals.
T_steps = declare(sp.Symbol("T", integer=True, positive=True), POSITIVE, "T")
i_step = declare(sp.Symbol("i", integer=True, positive=True), POSITIVE, "i")
s_time = declare(_real("s_time"), REAL, "s")

# ------------------------------------------------------------- answers: other Gaussian parameters, DDPM names

sigma_q = declare(_positive("sigma_q"), POSITIVE, r"\sigma_q", r"\sigma_q", "σ_q", meaning="the posterior's std")
delta = declare(_positive("delta"), POSITIVE, r"\delta", r"\delta", "δ", meaning="a step size")
beta_tilde_t = declare(
    _positive("betatilde_t"), POSITIVE, r"\tilde\beta_t",
    r"\tilde\beta_t", "beta_tilde_t", "betatilde_t", "posterior_variance[t]", "β̃_t",
    meaning="the DDPM posterior variance",
)  # fmt: skip
sigma_t = declare(_positive("sigma_t"), POSITIVE, r"\sigma_t", r"\sigma_t", "σ_t", meaning="a reverse-step std")

#: The relations of the schedule, substituted in every comparison that needs them (in this order: a
#: relation may bring in the symbols of a later one).
RELATIONS: tuple[ScheduleRelation, ...] = (
    ScheduleRelation(
        beta_tilde_t,
        (1 - abar_tm1) / (1 - abar_t) * beta_t,
        r"\tilde\beta_t = \frac{1 - \bar\alpha_{t-1}}{1 - \bar\alpha_t} \beta_t",
    ),
    ScheduleRelation(beta_t, 1 - alpha_t, r"\beta_t = 1 - \alpha_t"),
    ScheduleRelation(abar_t, alpha_t * abar_tm1, r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}"),
    ScheduleRelation(abar_tm1, alpha_tm1 * abar_tm2, r"\bar\alpha_{t-1} = \alpha_{t-1} \bar\alpha_{t-2}"),
)

_first, _second = sp.symbols("first second", real=True)

#: The cumulative product at each time a formula may name: SNR(t - 1) is abar_{t-1} / (1 - abar_{t-1}).
ABAR_AT = {t: abar_t, t - 1: abar_tm1, t - 2: abar_tm2}

#: Names that stand for a formula.
SHORTHANDS: tuple[Shorthand, ...] = (
    Shorthand(("beta_prod_t",), 1 - abar_t, "diffusers' 1 - alphas_cumprod[t]"),
    Shorthand(("beta_prod_t_prev",), 1 - abar_tm1, "diffusers' 1 - alphas_cumprod[t-1]"),
    Shorthand(("sqrt_alphas_cumprod[t]",), sp.sqrt(abar_t), "DDPM code's sqrt(alphas_cumprod[t])"),
    Shorthand(("sqrt_one_minus_alphas_cumprod[t]",), sp.sqrt(1 - abar_t), "DDPM code's sqrt(1 - alphas_cumprod[t])"),
    Shorthand(("sqrt_recip_alphas[t]",), 1 / sp.sqrt(alpha_t), "DDPM code's 1 / sqrt(alphas[t])"),
    Shorthand(("sqrt_recip_alphas_cumprod[t]",), 1 / sp.sqrt(abar_t), "DDPM code's 1 / sqrt(alphas_cumprod[t])"),
    Shorthand(
        ("sqrt_recipm1_alphas_cumprod[t]",), sp.sqrt(1 / abar_t - 1), "DDPM code's sqrt(1/alphas_cumprod[t] - 1)"
    ),
    Shorthand(("one_minus_alphas_cumprod[t]",), 1 - abar_t, "1 - alphas_cumprod[t]"),
    Shorthand(("sqrt_alphas_bars[t]", "sqrt_alphas_bar[t]"), sp.sqrt(abar_t), "sqrt(alphas_bars[t])"),
    Shorthand(
        ("sqrt_one_minus_alphas_bars[t]", "sqrt_one_minus_alphas_bar[t]"),
        sp.sqrt(1 - abar_t),
        "sqrt(1 - alphas_bars[t])",
    ),
    Shorthand(
        (r"\mathrm{SNR}", "SNR"),
        sp.Lambda(_first, _first / (1 - _first)),
        "the signal-to-noise ratio abar / (1 - abar) at a time t, t - 1 or t - 2",
        over_time=True,
    ),
    Shorthand(
        (r"\tilde\mu_t", "mu_tilde_t", "mutilde_t"),
        sp.Lambda(
            (_first, _second),
            sp.sqrt(alpha_t) * (1 - abar_tm1) / (1 - abar_t) * _first
            + sp.sqrt(abar_tm1) * beta_t / (1 - abar_t) * _second,
        ),
        "the DDPM posterior mean of x_{t-1} given (x_t, x_0)",
    ),
)

LATEX_NAMES: dict[sp.Basic, str] = {declaration.symbol: declaration.latex for declaration in REGISTRY.values()}
LATEX_NAMES.update(
    {
        MU_1: r"\boldsymbol{\mu}_1",
        MU_2: r"\boldsymbol{\mu}_2",
        SIGMA_1: r"\boldsymbol{\Sigma}_1",
        SIGMA_2: r"\boldsymbol{\Sigma}_2",
        L_1: r"\mathbf{L}_1",
        L_2: r"\mathbf{L}_2",
    }
)

#: The domains that SymPy's assumptions do not already say (the unit interval, the naturals).
DOMAINS: dict[sp.Symbol, sp.Set] = {d.symbol: d.domain for d in REGISTRY.values() if d.domain not in (REAL, POSITIVE)}


def domain_of(symbol: sp.Symbol) -> sp.Set:
    """The domain of ``symbol``: its declaration, else from its SymPy assumptions."""
    declaration = REGISTRY.get(symbol)
    if declaration is not None:
        return declaration.domain
    if symbol.is_positive:
        return POSITIVE
    if symbol.is_nonnegative:
        return sp.Interval(0, sp.oo)
    return REAL


# A symbolic number of steps (Luo's sums over t = 1..T): the integer indices t and s, and the indexed
# variables x_t = X[t], z_t = Z[t], alpha_s = ALPHA[s]; at a concrete T, X[2] is written out as x_2 above.
t_index = sp.Symbol("t", integer=True)
s_index = sp.Symbol("s", integer=True)
X = sp.IndexedBase(x)
Z = sp.IndexedBase(z)
ALPHA = sp.IndexedBase(sp.Symbol("alpha", positive=True))
