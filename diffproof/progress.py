"""Progress on a terminal: which identity is being checked and how many remain.

Shown on standard error only when it is a terminal (never in a pipe, a file or
CI logs) and not ``--quiet``; one line, rewritten in place, erased at the end.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``[3/35] forward-posterior (2 from the cache, 12.4 s)``, rewritten as identities go by."""

    def __init__(self, total: int, *, stream: TextIO | None = None, quiet: bool = False, label: str = "checking"):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and _is_terminal(self.stream)
        self.total = total
        self.label = label
        self.done = 0
        self.cached = 0
        self.start = time.perf_counter()

    def begin(self, name: str) -> None:
        """Say that ``name`` is being checked."""
        cached = f", {self.cached} from the cache" if self.cached else ""
        elapsed = time.perf_counter() - self.start
        self._show(
            f"[{self.done + 1}/{self.total}] {self.label} {name} ({self.total - self.done} to go{cached}, {elapsed:.0f} s)"
        )

    def end(self, cached: bool = False) -> None:
        """One more done (``cached`` when it came from the cache)."""
        self.done += 1
        self.cached += cached

    def close(self) -> None:
        """Erase the line."""
        self._show("")

    def _show(self, text: str) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[2K" + text)
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False
