"""Benchmark: two hot paths of reading and checking notes, each as a ratio against a floor measured in the same run
(CPU time, so a shared machine's load does not count).

- ``macros``: a macro that opens a group and calls itself (``\\newcommand{\\x}{{\\x}}``), expanded until the
  expansion budget stops it, against the floor of one that calls itself without a group (``\\x`` is ``\\x``):
  the same number of calls, with the groups nested to the budget's depth or not at all.  A call finds its
  definition at once however deep the groups nest, so the ratio stays near 1 (it grew with the depth).
- ``unfolding``: a law's parameter order unfolded by a step's definitions (:func:`law_domains`'s unfolding),
  with many definitions of names the formula does not write, against the floor of substituting the one
  definition it does.  A definition whose left side is no part of the formula is passed over.

Usage: ``python benchmarks/notes_reading.py [--json]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

import sympy as sp

from derivations.kernel.assumptions import Definition, substitute
from diffproof.notecheck.assumptions import _unfolded
from diffproof.notes.macros import Macros, expand


def cpu(run: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU seconds of ``repeat`` runs of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def macros() -> tuple[float, float]:
    """Seconds to expand a grouped self-calling macro to the budget, and the floor (an ungrouped one)."""
    nested = "\\newcommand{\\x}{{\\x}}\n$\\x$\nafter\n"
    flat = "\\newcommand{\\x}{\\x}\n$\\x$\nafter\n"
    for text in (nested, flat):
        assert expand(text, Macros(), grouped=True).stops, "the budget stops the expansion"
    return cpu(lambda: expand(nested, Macros(), grouped=True)), cpu(lambda: expand(flat, Macros(), grouped=True))


def unfolding(unrelated: int = 300) -> tuple[float, float]:
    """Seconds to unfold ``2 abar_t - 1`` by ``unrelated`` definitions it does not write and the one it does, and
    the floor (substituting that one)."""
    t = sp.Symbol("t", integer=True)
    alpha, abar = sp.Function("alpha"), sp.Function("abar")
    formula = sp.Integral(2 * abar(t) - 1 + sp.Sum(alpha(sp.Symbol("s")), (sp.Symbol("s"), 1, t)), (t, 0, 1))
    written = Definition(abar(t), sp.Product(alpha(sp.Symbol("s")), (sp.Symbol("s"), 1, t)), "abar")
    others = [Definition(sp.Function(f"f{k}")(t), sp.Symbol(f"c{k}") * t, f"f{k}") for k in range(unrelated)]
    definitions = [*others, written]
    assert _unfolded(formula, definitions) == substitute(formula, written.lhs, written.rhs)
    return cpu(lambda: _unfolded(formula, definitions)), cpu(lambda: substitute(formula, written.lhs, written.rhs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    figures = {}
    for name, measure in (("macros", macros), ("unfolding", unfolding)):
        seconds, floor = measure()
        figures[name] = {"seconds": round(seconds, 4), "floor": round(floor, 4), "ratio": round(seconds / floor, 1)}
    if arguments.json:
        print(json.dumps(figures, indent=2))
        return
    for name, figure in figures.items():
        print(f"{name:10} {figure['seconds']:8.4f} s CPU, floor {figure['floor']:8.4f} s: {figure['ratio']:6.1f}x")


if __name__ == "__main__":
    main()
