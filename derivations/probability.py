"""Probability operators SymPy lacks, kept unevaluated so that steps can talk about them.

* :class:`Density` -- an abstract density ``p(a | b)``, a positive atom;
* :class:`Normal` -- the Gaussian density ``N(x; mu, var)``, explicit on demand;
* :class:`Expectation` -- ``E_q[f]``, the integral of ``f`` against the measure ``q``;
* :class:`KL` -- ``KL(q || p) = E_q[log q - log p]``;
* :class:`Grad` -- the gradient of an expression with respect to one variable.

Bound (integration) variables are stored explicitly, so an operator keeps its
meaning after its measure has been replaced by a concrete density.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp
from sympy.core.symbol import Str
from sympy.core.sympify import _sympify  # strict: SymPy objects and numbers only, never text


def _as_str(name: str | Str) -> Str:
    return name if isinstance(name, Str) else Str(name)


def _join(printer, items: Iterable[sp.Basic]) -> str:
    return ", ".join(printer._print(item) for item in items)


class Density(sp.Expr):
    """The density ``name(variables | given; parameters)``; positive, otherwise unspecified.

    Every density of one ``name`` belongs to one joint law: ``p(a | b)`` is
    ``p(a, b) / p(b)`` and ``p(a)`` is a marginal of ``p(a, b)``.  ``parameters``
    are the symbols the law depends on besides its arguments; ``None`` (the
    default) means they are not declared, and then the kernel treats the law as
    possibly depending on any symbol that is not a random variable.
    """

    is_commutative = True
    is_positive = True
    is_real = True

    def __new__(
        cls,
        name: str | Str,
        variables: Iterable[sp.Expr],
        given: Iterable[sp.Expr] = (),
        parameters: Iterable[sp.Symbol] | None = None,
    ):
        args = [_as_str(name), sp.Tuple(*variables), sp.Tuple(*given)]
        if parameters is not None:
            args.append(sp.Tuple(*parameters))
        return super().__new__(cls, *args)

    @property
    def name(self) -> str:
        return self.args[0].name

    @property
    def variables(self) -> tuple[sp.Expr, ...]:
        return tuple(self.args[1])

    @property
    def given(self) -> tuple[sp.Expr, ...]:
        return tuple(self.args[2])

    @property
    def parameters(self) -> tuple[sp.Symbol, ...] | None:
        """The declared parameters, or None when they are not declared."""
        return tuple(self.args[3]) if len(self.args) > 3 else None

    @property
    def arguments(self) -> tuple[sp.Expr, ...]:
        """The random variables it is a density of, and those it is conditioned on."""
        return self.variables + self.given

    @property
    def free_symbols(self) -> set[sp.Symbol]:
        return set().union(*(arg.free_symbols for arg in self.args[1:]))

    def of(self, variables: Iterable[sp.Expr], given: Iterable[sp.Expr] = ()) -> Density:
        """Another density of the same law (same name and parameters)."""
        return Density(self.args[0], variables, given, self.parameters)

    def conditioned_on(self, given: Iterable[sp.Expr]) -> Density:
        """The density of the same variables under the same law, conditioned on ``given``."""
        return self.of(self.variables, given)

    def _latex(self, printer) -> str:
        name = printer._print(sp.Symbol(self.name))
        inner = _join(printer, self.variables)
        if self.given:
            inner += r" \mid " + _join(printer, self.given)
        if self.parameters:
            inner += "; " + _join(printer, self.parameters)
        return rf"{name}({inner})"

    def _sympystr(self, printer) -> str:
        inner = ", ".join(printer._print(v) for v in self.variables)
        if self.given:
            inner += " | " + ", ".join(printer._print(g) for g in self.given)
        if self.parameters:
            inner += "; " + ", ".join(printer._print(p) for p in self.parameters)
        return f"{self.name}({inner})"


class Normal(sp.Expr):
    """The Gaussian density ``N(x; mean, var)`` in one dimension (or per coordinate)."""

    is_commutative = True
    is_positive = True
    is_real = True

    def __new__(cls, point: sp.Expr, mean: sp.Expr, var: sp.Expr):
        return super().__new__(cls, *(_sympify(arg) for arg in (point, mean, var)))

    @property
    def point(self) -> sp.Expr:
        return self.args[0]

    @property
    def mean(self) -> sp.Expr:
        return self.args[1]

    @property
    def var(self) -> sp.Expr:
        return self.args[2]

    def pdf(self) -> sp.Expr:
        """exp(-(x - mean)^2 / (2 var)) / sqrt(2 pi var)."""
        return sp.exp(-((self.point - self.mean) ** 2) / (2 * self.var)) / sp.sqrt(2 * sp.pi * self.var)

    def logpdf(self) -> sp.Expr:
        """-(x - mean)^2 / (2 var) - log(2 pi var) / 2."""
        return -((self.point - self.mean) ** 2) / (2 * self.var) - sp.log(2 * sp.pi * self.var) / 2

    def _latex(self, printer) -> str:
        return r"\mathcal{N}\left(%s; %s, %s\right)" % tuple(printer._print(arg) for arg in self.args)

    def _sympystr(self, printer) -> str:
        return "N(%s; %s, %s)" % tuple(printer._print(arg) for arg in self.args)


class _BoundOperator(sp.Expr):
    """An operator with two arguments that integrates over ``variables`` (bound, so not free)."""

    is_commutative = True
    is_real = True

    def __new__(cls, first: sp.Expr, second: sp.Expr, variables: Iterable[sp.Symbol]):
        return super().__new__(cls, _sympify(first), second, sp.Tuple(*variables))

    @property
    def variables(self) -> tuple[sp.Symbol, ...]:
        return tuple(self.args[2])

    @property
    def free_symbols(self) -> set[sp.Symbol]:
        return (self.args[0].free_symbols | self.args[1].free_symbols) - set(self.args[2])

    def _eval_subs(self, old: sp.Basic, new: sp.Basic) -> sp.Basic | None:
        """A bound variable is not substituted (the operator does not depend on it)."""
        if old in self.args[2]:
            return self
        return None


class Expectation(_BoundOperator):
    """``E_measure[expr]``: the integral of ``expr * measure`` over ``variables``.

    ``variables`` defaults to the measure's own variables.
    """

    def __new__(cls, expr: sp.Expr, measure: sp.Expr, variables: Iterable[sp.Symbol] | None = None):
        return super().__new__(cls, expr, measure, measure.variables if variables is None else variables)

    @property
    def expr(self) -> sp.Expr:
        return self.args[0]

    @property
    def measure(self) -> sp.Expr:
        return self.args[1]

    def _latex(self, printer) -> str:
        return r"\mathbb{E}_{%s}\left[%s\right]" % (printer._print(self.measure), printer._print(self.expr))

    def _sympystr(self, printer) -> str:
        return f"E_{{{printer._print(self.measure)}}}[{printer._print(self.expr)}]"


class KL(_BoundOperator):
    """``KL(q || p)``, the Kullback-Leibler divergence over ``variables`` (default: q's)."""

    def __new__(cls, q: sp.Expr, p: sp.Expr, variables: Iterable[sp.Symbol] | None = None):
        return super().__new__(cls, q, p, q.variables if variables is None else variables)

    @property
    def q(self) -> sp.Expr:
        return self.args[0]

    @property
    def p(self) -> sp.Expr:
        return self.args[1]

    def as_expectation(self) -> Expectation:
        """KL(q || p) = E_q[log q - log p]."""
        return Expectation(sp.log(self.q) - sp.log(self.p), self.q, self.variables)

    def _latex(self, printer) -> str:
        return r"D_{\mathrm{KL}}\left(%s \,\|\, %s\right)" % (printer._print(self.q), printer._print(self.p))

    def _sympystr(self, printer) -> str:
        return f"KL({printer._print(self.q)} || {printer._print(self.p)})"


class Grad(sp.Expr):
    """``grad_var expr``: the gradient with respect to ``var`` (a partial derivative per coordinate)."""

    is_commutative = True
    is_real = True

    def __new__(cls, expr: sp.Expr, var: sp.Symbol):
        return super().__new__(cls, _sympify(expr), var)

    @property
    def expr(self) -> sp.Expr:
        return self.args[0]

    @property
    def var(self) -> sp.Symbol:
        return self.args[1]

    def doit(self, **hints) -> sp.Expr:
        expr = self.expr.doit(**hints) if hints.get("deep", True) else self.expr
        return sp.diff(expr, self.var)

    def _eval_subs(self, old: sp.Basic, new: sp.Basic) -> sp.Basic | None:
        """Substituting for the variable evaluates the gradient there: (grad_x f)(new)."""
        if old == self.var:
            return sp.Subs(self, self.var, new)
        return None

    def _latex(self, printer) -> str:
        return r"\nabla_{%s} %s" % (printer._print(self.var), printer._print(self.expr))

    def _sympystr(self, printer) -> str:
        return f"grad_{printer._print(self.var)}({printer._print(self.expr)})"


def to_joint_over_marginal(expr: sp.Expr) -> sp.Expr:
    """Each conditional ``p(a | b)`` as ``p(a, b) / p(b)``; joint variables in a fixed order."""

    def ordered(variables) -> tuple[sp.Expr, ...]:
        return tuple(sorted(variables, key=str))

    def rewrite(density: Density) -> sp.Expr:
        joint = density.of(ordered(density.arguments))
        if not density.given:
            return joint
        return joint / density.of(ordered(density.given))

    return expr.replace(lambda e: isinstance(e, Density), rewrite)


def gaussian_law(expr: sp.Expr) -> tuple[sp.Expr, sp.Expr] | None:
    """(mean, variance) of ``a + sum_i b_i eps_i`` for independent standard normal noises.

    Symbols that are not :class:`~derivations.symbols.Noise` are held fixed, so this
    is the law conditional on them.  ``None`` when ``expr`` is not affine in the noises.
    """
    from derivations.symbols import Noise

    expanded = sp.expand(expr)
    noises = sorted((s for s in expanded.free_symbols if isinstance(s, Noise)), key=str)
    mean = expanded.subs({n: 0 for n in noises})
    variance = sp.Integer(0)
    for noise in noises:
        coefficient = sp.diff(expanded, noise)
        if coefficient.free_symbols & set(noises):
            return None
        variance += coefficient**2
    return mean, variance
