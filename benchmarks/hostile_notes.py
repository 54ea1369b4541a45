"""Benchmark: reading hostile notes (deep braces, thousands of stacked relations or rows, an unclosed display)
grows with their size, not with its square.

Each input is read (as LaTeX and as Markdown) at size n and 2n; the figure is the ratio of the two times, about 2
for linear work and 4 for quadratic.  The floor is a plain note of the same length (one display per paragraph),
read in the same run, whose ratio is the machine's own.  Usage: ``python benchmarks/hostile_notes.py [--json]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from diffproof.notes import read_notes

#: Each hostile input as a function of its size.
HOSTILE: dict[str, Callable[[int], str]] = {
    "deep braces": lambda n: "\\[ " + "{" * n + "a = b" + "}" * n + " \\]",
    "many stacked relations": lambda n: "\\[ a " + "\\overset{x}{=} a " * n + "\\]",
    "many rows": lambda n: "\\begin{align}\n" + "&= a \\\\\n" * n + "\\end{align}\n",
    "an unclosed display": lambda n: "\\[ a = b " + "x " * (4 * n),
}


def floor(n: int) -> str:
    """A plain note about as long as the hostile inputs of size n: one display per paragraph."""
    return "Text.\n\n\\[ a = b \\]\n\n" * (n // 4)


def seconds(text: str) -> float:
    start = time.perf_counter()
    read_notes(text)
    read_notes(text, markdown=True)
    return time.perf_counter() - start


def ratio(make: Callable[[int], str], size: int) -> float:
    """Time at twice the size over time at the size (best of three each)."""
    return min(seconds(make(2 * size)) for _ in range(3)) / min(seconds(make(size)) for _ in range(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--size", type=int, default=2500)
    args = parser.parse_args()
    figures = {"floor (a plain note)": ratio(floor, args.size)}
    figures |= {name: ratio(make, args.size) for name, make in HOSTILE.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, value in figures.items():
        print(f"{name:28s} time(2n) / time(n) = {value:.2f}")


if __name__ == "__main__":
    main()
