"""Start-up: a cold ``diffproof check`` against importing SymPy itself, and ``--help`` against a bare interpreter.

Run ``python benchmarks/answers_startup.py``.  Each command runs 7 times in a new interpreter; the medians
and their ratios are printed (the floor is measured in the same run: ``python -c 'import sympy'`` for the
check, ``python -c pass`` for ``--help``).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 7
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "python -c 'import sympy'": [sys.executable, "-c", "import sympy"],
    "diffproof --help": [sys.executable, "-m", "diffproof", "--help"],
    "diffproof check --help": [sys.executable, "-m", "diffproof", "check", "--help"],
    "diffproof check snr 'SNR(t)'": [sys.executable, "-m", "diffproof", "check", "snr", "SNR(t)"],
    "diffproof check (wrong, diagnosed)": [sys.executable, "-m", "diffproof", "check", "snr", "alpha_t/(1-alpha_t)"],
}


def seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    measured = {name: seconds(command) for name, command in COMMANDS.items()}
    for name, value in measured.items():
        print(f"{name:<38} {value:7.3f} s")
    sympy = measured["python -c 'import sympy'"]
    bare = measured["python -c pass"]
    print(
        f"\ncold check / import sympy:        {measured[next(iter(k for k in measured if 'SNR(t)' in k))] / sympy:.2f}"
    )
    print(f"cold wrong check / import sympy:  {measured['diffproof check (wrong, diagnosed)'] / sympy:.2f}")
    print(f"--help / bare interpreter:        {measured['diffproof --help'] / bare:.2f}")


if __name__ == "__main__":
    main()
