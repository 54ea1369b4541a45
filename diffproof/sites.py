"""Where in a user's file each step and identity was written, for annotations on that line.

While a user's module runs (``diffproof verify notes.py``), :func:`recording`
notes the line of that file from which each :class:`~derivations.model.Step`
and :class:`~derivations.model.Identity` was constructed -- directly, or
through a helper function of the user's own.  A step built elsewhere has no
line; a report then points at its identity, or at the file alone.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from derivations.model import Identity, Step


@dataclass
class Sites:
    """The lines of ``path`` at which objects were constructed, by object."""

    path: str
    lines: dict[int, int] = field(default_factory=dict)
    objects: list[object] = field(default_factory=list)  # kept alive, so that their ids stay theirs

    def line(self, obj: object) -> int | None:
        return self.lines.get(id(obj))

    def add(self, obj: object, line: int) -> None:
        if id(obj) not in self.lines:
            self.lines[id(obj)] = line
            self.objects.append(obj)


@contextmanager
def recording(path: str | Path) -> Iterator[Sites]:
    """Record, while the block runs, the line of ``path`` that constructs each Step and Identity."""
    target = str(Path(path).resolve())
    sites = Sites(str(path))
    constructors = {Step.__init__.__code__, Identity.__init__.__code__}
    in_target: dict[str, bool] = {}

    def is_target(filename: str) -> bool:
        if filename not in in_target:
            in_target[filename] = str(Path(filename).resolve()) == target
        return in_target[filename]

    def profile(frame, event, arg) -> None:
        if event != "call" or frame.f_code not in constructors:
            return
        caller = frame.f_back
        while caller is not None and not is_target(caller.f_code.co_filename):
            caller = caller.f_back
        if caller is not None:
            sites.add(frame.f_locals["self"], caller.f_lineno)

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield sites
    finally:
        sys.setprofile(previous)
