"""A range of an index written as its members, upwards or downwards ("t = 1, 2, \\ldots, T", "t = T, T-1, \\ldots,
0", "t \\in \\{0, \\ldots, T\\}"): one range from its least member to its greatest, whichever end the list starts
at, never its first member alone (a list written downwards ends at its least member)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from diffproof.notecheck import set_brackets

#: One member: a whole number, or a size letter moved by a whole number (``T``, ``T-1``, ``N + 1``).
_MEMBER = r"(?:[A-Z](?:\s*[-+]\s*\d+)?|\d+)"

#: The members of an index listed with dots (``t = 1, \\ldots, T``; ``t \\in \\{T, T-1, \\dots, 0\\}``; ``t = T,
#: \\ldots, 1, 0``; braces of :mod:`~diffproof.notecheck.set_brackets`): its letter, the members listed before the
#: dots and those after them.
_LISTED = (
    rf"(?P<letter>(?<![A-Za-z\\])[a-z])\s*(?:=|\\in\s*{set_brackets.BRACE_OPEN})\s*"
    rf"(?P<listed>{_MEMBER}(?:\s*,\s*{_MEMBER})*)\s*,\s*(?:{set_brackets.DOTS})\s*,"
    rf"\s*(?P<after>{_MEMBER}(?:\s*,\s*{_MEMBER})*)(?![\w.])\s*(?:{set_brackets.BRACE_CLOSE})?"
)
_WHOLE = re.compile(rf"^\s*{_LISTED}\s*$")
_ANYWHERE = re.compile(_LISTED)


@dataclass(frozen=True)
class Enumeration:
    """An index's members listed with dots: its ``letter``, its ``low`` and ``high`` ends as written, and whether
    the members listed before the dots follow one another (``consecutive``: 2, 3, 4 or T, T-1), so its bounds
    say it."""

    letter: str
    low: str
    high: str
    consecutive: bool


#: A member's parts (:data:`_MEMBER`): its size letter, the sign and number moving it, or a whole number alone.
_PARTS = re.compile(r"^(?:(?P<size>[A-Z])(?:(?P<sign>[-+])(?P<moved>\d+))?|(?P<number>\d+))$")


def _value(member: str) -> sp.Expr:
    """A member as a number or a size moved by a whole number (``T - 1``), built from its parts (no text is
    evaluated)."""
    parts = _PARTS.match(re.sub(r"\s+", "", member))
    if parts is None:
        raise ValueError(member)
    if parts["number"] is not None:
        return sp.Integer(parts["number"])
    moved = sp.Integer(parts["moved"] or 0)
    return sp.Symbol(parts["size"]) + (moved if parts["sign"] != "-" else -moved)


def _read(found: re.Match) -> Enumeration | None:
    """The range a match of :data:`_LISTED` lists, its direction told by its first two members or else by its ends
    (a number and a size: the size is the greater end); None where neither tells it, or the members on either side
    of the dots do not go that way (``T, \\ldots, 1, 2``)."""
    runs = [[m.strip() for m in found[group].split(",")] for group in ("listed", "after")]
    texts = [*runs[0], *runs[1]]
    try:
        values = [[_value(text) for text in run] for run in runs]
    except ValueError:
        return None
    first, last = values[0][0], values[1][-1]
    ends = last - first
    if ends.is_number:
        direction = sp.sign(ends)
    else:  # a number and a size: the size is the greater end (t = 0, ..., T; t = T, ..., 0)
        numbers = [value.is_number for value in (first, last)]
        direction = sp.Integer(1 if numbers == [True, False] else -1 if numbers == [False, True] else 0)
    steps = [b - a for run in values for a, b in zip(run, run[1:])]
    if direction == 0 or any(not (step.is_number and sp.sign(step) == direction) for step in steps):
        return None
    consecutive = all(step == direction for step in steps)
    low, high = (texts[0], texts[-1]) if direction > 0 else (texts[-1], texts[0])
    return Enumeration(found["letter"], low, high, consecutive)


def enumeration(text: str) -> Enumeration | None:
    """The range ``text`` lists as a whole (:data:`_LISTED`; spacing commands among its members read as spaces), or
    None."""
    found = _WHOLE.match(set_brackets.spaced(text))
    return _read(found) if found is not None else None


def enumerations(source: str) -> list[Enumeration]:
    """Every range a text lists anywhere (:data:`_LISTED`)."""
    return [listed for found in _ANYWHERE.finditer(set_brackets.spaced(source)) if (listed := _read(found)) is not None]
