"""Near-miss wrong steps: the kernel refutes mistakes that are small, local or hidden near an edge.

Every wrong variant elsewhere in the suite is far off, so a kernel that compared at 1e-3 instead
of 1e-12, or tried one point instead of 24 (steps) or 200 (inequalities on instances), would pass
them all.  These would not:

* a step wrong by a relative 1e-6 (pi written to six digits; a coefficient off by 1 + 1e-6),
  refuted only by a tolerance below 1e-6 (the kernel's is 1e-12);
* a term that vanishes on half of the domain, in pairs whose bad halves are complementary, so
  that any single point misses one of the pair;
* a difference only near an end of the domain (a "negligible" exp(-1000 gamma), a "vanishing"
  prior term), where the sampler must go to find it.

The kernel refutes by three routes, each with its own tolerance or point count, and each is
tested on its own: ``find_counterexample`` (derivations/kernel/sampling.py: 24 random points,
tolerance 1e-12), the finite random laws of the density calculus (models.py: tolerance 1e-12),
and ``check_instance`` (200 points for an inequality).  A step goes through all of them, so a
step-level test alone would survive the loosening of any one.  Each variant is written as a user
writes a derivation, through the public API, and must be refuted with a counterexample inside
its domain, never proved.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import pytest
import sympy as sp

from derivations import Derivation, Domain, Identity, Relation, Step, domains, rules
from derivations.kernel.checking import Context, InstanceStatus, Status, check_identity, check_instance
from derivations.kernel.sampling import find_counterexample
from derivations.model import Instance
from derivations.probability import Density
from derivations.symbols import abar_tm1, alpha_t

EQ, GE = Relation.EQ, Relation.GE
x, z = sp.symbols("x z", real=True)
s = sp.Symbol("s", positive=True)
gamma = sp.Symbol("gamma", positive=True)
a = sp.Symbol("a", positive=True)
REAL = (Domain(x, sp.S.Reals),)
UNIT_A = (Domain(a, sp.Interval.open(0, 1)),)
MILLIONTH = sp.Rational(1, 10**6)


@dataclass(frozen=True)
class NearMiss:
    """A wrong claim ``lhs relation rhs`` that is close to a true one."""

    lhs: sp.Expr
    rhs: sp.Expr
    assumptions: tuple
    relation: Relation = EQ

    def identity(self, instance: bool = False) -> Identity:
        """The claim as a user's one-step identity cited as algebra (with an instance: the claim as written)."""
        step = Step(self.relation, self.rhs, rules.ALGEBRA)
        derivation = Derivation(self.lhs, self.relation, self.rhs, (step,))
        instances = (Instance("the claim as written", ()),) if instance else ()
        return Identity("near-miss", "near miss", "background", self.assumptions, (derivation,), instances)

    def domains(self) -> dict:
        return self.identity().domains()

    def check_on_instance(self):
        """The kernel's instance check of the claim as written (random points where the algebra does not close)."""
        identity = self.identity(instance=True)
        (instance,), (derivation,) = identity.instances, identity.derivations
        return check_instance(instance, derivation, Context.of(identity))


def assert_inside(point, declared: dict) -> None:
    names = {symbol.name: domain for symbol, domain in declared.items()}
    for name, value in point:
        assert names[name].contains(sp.Float(value)) is sp.true, (name, value)


# --- the variants --------------------------------------------------------------------------------------
POSTERIOR_VARIANCE = (1 - alpha_t) * (1 - abar_tm1) / (1 - alpha_t * abar_tm1)

RELATIVE = {  # wrong by a relative 1e-6 (or 8.4e-7: pi to six digits) everywhere
    "pi-to-six-digits": NearMiss(sp.sqrt(2 * sp.pi) * s, sp.sqrt(2 * sp.Rational(314159, 10**5)) * s, domains(s)),
    "coefficient-off-by-1e-6": NearMiss(
        POSTERIOR_VARIANCE, POSTERIOR_VARIANCE * (1 + MILLIONTH), domains(alpha_t, abar_tm1)
    ),
    "expanded-square-1e-6": NearMiss((1 - a) ** 2, (1 - 2 * a + a**2) * (1 + MILLIONTH), UNIT_A),
}

HALF = {  # wrong on x < 0 or on x > 0 only, in complementary pairs
    "sqrt-of-square-is-x": NearMiss(sp.sqrt(x**2), x, REAL),
    "sqrt-of-square-is-minus-x": NearMiss(sp.sqrt(x**2), -x, REAL),
    "positive-part-is-x": NearMiss(sp.Max(x, 0), x, REAL),
    "negative-part-is-minus-x": NearMiss(sp.Max(-x, 0), -x, REAL),
    "log-of-square-is-twice-log-x": NearMiss(sp.log(x**2), 2 * sp.log(x), REAL),
    "log-of-square-is-twice-log-minus-x": NearMiss(sp.log(x**2), 2 * sp.log(-x), REAL),
}

EDGE = {  # the dropped term is below 1e-12 of the claim except within 0.03 of an end
    "prior-term-dropped": NearMiss(
        1 - sp.exp(-1000 * gamma), sp.Integer(1), (Domain(gamma, sp.Interval.open(0, sp.oo)),)
    ),  # exp(-1000 gamma): "abar_T = exp(-T gamma) is 0", wrong for gamma < 0.028
    "term-dropped-near-0": NearMiss(a + sp.exp(-1000 * a), a, UNIT_A),
    "term-dropped-near-1": NearMiss(
        1 - sp.exp(-1000 * (1 - a)), sp.Integer(1), UNIT_A
    ),  # alpha^T as exp(-T (1 - alpha))
    "softplus-dropped": NearMiss(sp.log(1 + sp.exp(-1000 * a)), sp.Integer(0), UNIT_A),
}

CLOSED_FORMS = {**RELATIVE, **HALF, **EDGE}


def p(*variables, given=()):
    return Density("p", variables, given)


DENSITY_CALCULUS = {  # refuted only in a finite random law (no closed form to sample)
    "bayes-off-by-1e-6": NearMiss(
        p(x, given=(z,)) * p(z) / p(x), p(z, given=(x,)) * (1 + MILLIONTH), (*REAL, Domain(z, sp.S.Reals))
    ),
    "marginal-off-by-1e-6": NearMiss(
        sp.Integral(p(x, z), (z, -sp.oo, sp.oo)), p(x) * (1 + MILLIONTH), (*REAL, Domain(z, sp.S.Reals))
    ),
}


# --- a step, through every route -------------------------------------------------------------------
@pytest.mark.parametrize(
    "case", [*CLOSED_FORMS.values(), *DENSITY_CALCULUS.values()], ids=[*CLOSED_FORMS, *DENSITY_CALCULUS]
)
def test_the_step_is_refuted_inside_its_domain(case):
    verdict = check_identity(case.identity()).derivations[0].steps[0].verdict
    assert verdict.status is Status.REFUTED, verdict.describe()
    assert_inside(verdict.counterexample.point, case.domains())


def test_the_relative_error_is_what_it_says():
    """pi to six digits is off by 4.2e-7 under the root: invisible at a tolerance of 1e-3, a refutation at 1e-12."""
    assert 4e-7 < 1 - float(sp.sqrt(sp.Rational(314159, 10**5) / sp.pi)) < 5e-7


def test_the_edge_differences_are_invisible_in_the_bulk():
    """Away from the edge each dropped term is below the kernel's own 1e-12: only the edge refutes."""
    assert float(sp.exp(-1000 * sp.Rational(3, 100))) < 1e-12  # gamma or a (or 1 - a) >= 0.03
    assert float(sp.log(1 + sp.exp(-1000 * sp.Rational(3, 100)))) < 1e-12


# --- the random-point refuter alone (sampling.py: 24 points, tolerance 1e-12) ------------------------
@pytest.mark.parametrize("case", CLOSED_FORMS.values(), ids=CLOSED_FORMS.keys())
def test_find_counterexample_alone_refutes_it(case):
    found = find_counterexample(case.lhs, case.rhs, case.domains(), case.relation)
    assert found is not None
    assert_inside(found.point, case.domains())


@pytest.mark.parametrize("case", CLOSED_FORMS.values(), ids=CLOSED_FORMS.keys())
def test_the_instance_check_alone_finds_it(case):
    """On an instance an equality that the algebra cannot show is compared at random points."""
    result = case.check_on_instance()
    assert result.status is InstanceStatus.FAILS, result.method


# --- inequalities on an instance: 200 points ---------------------------------------------------------------
INEQUALITIES = {
    # x |x| >= x^2 holds for x >= 0 only; -x |x| >= x^2 for x <= 0 only
    "x-abs-x-above-square": NearMiss(x * sp.Abs(x), x**2, REAL, GE),
    "minus-x-abs-x-above-square": NearMiss(-x * sp.Abs(x), x**2, REAL, GE),
    # 1 - 1/50 >= 4 a (1 - a) fails only within 0.07 of a = 1/2: on 14% of (0, 1)
    "parabola-near-its-top": NearMiss(1 - sp.Rational(1, 50), 4 * a * (1 - a), UNIT_A, GE),
    # 1 - a^2 >= a fails for a > 0.618 only
    "complement-above-a": NearMiss(1 - a**2, a, UNIT_A, GE),
}


@pytest.mark.parametrize("case", INEQUALITIES.values(), ids=INEQUALITIES.keys())
def test_an_inequality_failing_on_part_of_the_domain_fails_on_its_instance(case):
    result = case.check_on_instance()
    assert result.status is InstanceStatus.FAILS, result.method
    assert_inside(result.counterexample.point, case.domains())


def test_a_true_inequality_holds_at_every_sampled_point():
    result = NearMiss(s**2 + 1, 2 * s, domains(s), GE).check_on_instance()
    assert result.status is InstanceStatus.HOLDS_AT_POINTS and "200" in result.method


# --- a high power: refuted in seconds, never a hang -------------------------------------------------------
HIGH_POWER = """
import sympy as sp
from derivations import Derivation, Domain, Identity, Relation, Step, rules
from derivations.kernel.checking import check_identity
a = sp.Symbol("a", positive=True)
step = Step(Relation.EQ, sp.Integer(1), rules.ALGEBRA)
claim = Derivation(1 - a**1000, Relation.EQ, sp.Integer(1), (step,))
identity = Identity("alpha-to-the-T", "t", "background", (Domain(a, sp.Interval.open(0, 1)),), (claim,))
print(check_identity(identity).derivations[0].steps[0].verdict.status.value)
"""


def test_a_high_power_is_refuted_in_seconds_not_hung():
    """1 - a^1000 = 1 on (0, 1): "alpha^T vanishes", wrong near a = 1 -- the same mistake as
    term-dropped-near-1 written as a power.  In a subprocess with a 30 s limit, because the kernel
    hangs on it: the early three points miss the edge, and prove_equal's _is_zero asks SymPy's
    assumptions about the expanded (w / (1 + w))^1000 (25 s at a power of 100, over 5 minutes at 1000).
    """
    done = subprocess.run([sys.executable, "-c", HIGH_POWER], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["refuted"]
