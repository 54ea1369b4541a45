"""Mutation testing: the slips of derivations.mutations, and `diffproof mutate` on catalogue identities."""

from __future__ import annotations

import json

import pytest
import sympy as sp

from derivations.mutations import MUTATIONS, mutants
from derivations.probability import KL, Density, Expectation
from derivations.symbols import abar_t, abar_tm1, alpha_t, sigma, x_0, x_t, x_tm1, z
from diffproof.cli import main

x = sp.Symbol("x", real=True)
q, p = Density("q", (z,), (x,)), Density("p", (z,), (x,))


def kinds(expr) -> dict[str, set]:
    found: dict[str, set] = {}
    for mutant in mutants(expr, limit_per_class=10):
        found.setdefault(mutant.kind, set()).add(mutant.expr)
    return found


def test_each_class_makes_the_slip_it_names():
    found = kinds(sp.sqrt(abar_t) * x_0 + sp.sqrt(1 - abar_t) * x_t)
    assert sp.sqrt(abar_tm1) * x_0 + sp.sqrt(1 - abar_tm1) * x_t in found["t for t-1"]
    assert sp.sqrt(alpha_t) * x_0 + sp.sqrt(1 - alpha_t) * x_t in found["alpha for abar"]
    assert abar_t * x_0 + sp.sqrt(1 - abar_t) * x_t in found["missing square root"]
    assert -sp.sqrt(abar_t) * x_0 + sp.sqrt(1 - abar_t) * x_t in found["sign flip"]
    assert sp.sqrt(1 - abar_t) * x_0 + sp.sqrt(abar_t) * x_t in found["swapped coefficients"]
    assert sigma**2 * x_t in kinds(sigma * x_t)["variance for standard deviation"]
    assert KL(p, q) in kinds(KL(q, p))["swapped KL arguments"]
    assert Expectation(x, p) + sp.log(p) in kinds(Expectation(x, q) + sp.log(p))["wrong measure"]
    assert Density("q", (z,)) in kinds(q)["dropped conditioning variable"]


def test_bound_and_indexed_names_are_never_mutated():
    t = sp.Symbol("t", integer=True, positive=True)
    T = sp.Symbol("T", integer=True, positive=True)
    base = sp.IndexedBase(sp.Symbol("alpha", positive=True))
    expr = sp.Sum(sp.log(base[t]), (t, 1, T)) + Expectation(z, q)
    for mutant in mutants(expr, limit_per_class=10):
        assert mutant.expr.atoms(sp.Sum), mutant
        (summation,) = mutant.expr.atoms(sp.Sum)
        assert summation.limits[0][0] == t and base.label in mutant.expr.atoms(sp.Symbol) | {base.label}


def test_no_mutant_is_the_expression_itself_and_every_class_is_registered():
    expr = sp.sqrt(abar_t) * x_tm1 / (1 - abar_t)
    assert all(m.expr != expr for m in mutants(expr))
    assert len(MUTATIONS) == 10


@pytest.mark.slow
def test_the_kernel_proves_no_wrong_mutant_and_refutes_nearly_all(capsys):
    status = main(["mutate", "--json", "evidence-elbo-kl", "forward-posterior", "bayes-rule"])
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert status == 0 and summary["proved"] == 0, summary
    wrong = summary["mutants"] - summary["equivalent"]
    assert wrong > 50 and summary["refuted"] >= 0.95 * wrong, summary


def test_an_unknown_identity_is_a_usage_error(capsys):
    assert main(["mutate", "no-such-identity"]) == 2
    assert "unknown identity" in capsys.readouterr().err
