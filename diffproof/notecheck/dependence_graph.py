"""Which names of a note may vary with which, as a graph with direction where the note gives one: a definition makes
its name of its body's names (x_t := sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps: x_t depends on x_0 and eps, and ties
them to nothing), a stated law draws its variables given what it writes (x_0 ~ N(c, 1): x_0 depends on c); every
other tie the note's statements or words give (:class:`~diffproof.notecheck.contexts.Ties`: "$x_0$ is a function of
$x_1$", "$x_0$ and $x_1$ are correlated", x_0 = eps as a condition) is read both ways, since its direction is not
read.  Two names may be dependent when they share a source: a name each depends on, in turn, itself included
(x_0 depends on x_1, x_1 on eps: x_0 on eps).  Fail-safe: a tie without a direction composes, so a common
neighbour of two names said related to it in words links them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DependenceGraph:
    """``on``: pairs (a, b), a may depend on b; ``either``: pairs either of which may depend on the other."""

    on: frozenset[tuple[Hashable, Hashable]] = frozenset()
    either: frozenset[frozenset[Hashable]] = frozenset()

    def _edges(self) -> dict[Hashable, set[Hashable]]:
        """Each name with the names it may depend on directly."""
        found: dict[Hashable, set[Hashable]] = {}
        for a, b in self.on:
            found.setdefault(a, set()).add(b)
        for pair in self.either:
            for a in pair:
                found.setdefault(a, set()).update(pair - {a})
        return found

    def varying(self, seeds: Iterable[Hashable]) -> frozenset[Hashable]:
        """The names that may vary: the ``seeds`` (random variables) and every name that may depend on one."""
        edges, found = self._edges(), set(seeds)
        while grown := {a for a, on in edges.items() if a not in found and on & found}:
            found |= grown
        return frozenset(found)

    def sources(self, name: Hashable, passes: Callable[[Hashable], bool]) -> frozenset[Hashable]:
        """The names ``name`` may depend on, in turn, itself included, through names that ``passes`` only (a
        number, which varies with nothing, carries no dependence)."""
        edges, found, todo = self._edges(), {name}, [name]
        while todo:
            step = edges.get(todo.pop(), set()) - found
            found |= step
            todo += [n for n in step if passes(n)]
        return frozenset(found)

    def may_depend(self, one: Hashable, other: Hashable, seeds: Iterable[Hashable]) -> bool:
        """Whether ``one`` and ``other`` may be dependent: they share a source that may vary (one is the other's,
        or both depend on a third), the random variables ``seeds`` and what depends on them varying."""
        varying = self.varying(seeds)
        passes = varying.__contains__
        return bool(self.sources(one, passes) & self.sources(other, passes) & (varying | {one, other}))
