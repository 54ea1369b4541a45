"""The brackets of a set or an interval a letter is said to lie in, read in one place for every reader of
memberships: the braces of a set (``\\{1, \\ldots, 5\\}``), the brackets of an interval (``[1, 5]``, ``(0, 1]``) and
those of an integer interval, however it is typeset (``\\llbracket 1, 5 \\rrbracket`` with stmaryrd, ``[\\![1,
5]\\!]`` without it, ``⟦1, 5⟧`` in Unicode).  Each bracket is read as its canonical spelling, so a reader's rules
name one bracket per meaning."""

from __future__ import annotations

import re

#: An opening bracket (after an optional ``\left``), the integer interval's before the plain ``[`` it starts with.
OPEN = r"(?:\\left\s*)?(?P<open>\\\{|\[\s*\\!\s*\[|\\llbracket|⟦|\[|\()"

#: A closing bracket (after an optional ``\right``), the integer interval's before the plain ``]`` it starts with.
CLOSE = r"(?:\\right\s*)?(?P<close>\\\}|\]\s*\\!\s*\]|\\rrbracket|⟧|\]|\))"

#: Each spelling of the integer interval's brackets, with its canonical one.
_INTEGER_BRACKETS = {"⟦": "\\llbracket", "⟧": "\\rrbracket"}

#: The opening brackets of a set of integers (a set listed, an integer interval), as canonical spellings.
OF_INTEGERS = frozenset({"\\{", "\\llbracket"})

#: Each canonical opening bracket with the closing bracket it pairs with (an interval's either one).
PAIRS = {"\\{": {"\\}"}, "\\llbracket": {"\\rrbracket"}, "[": {"]", ")"}, "(": {"]", ")"}}


def canonical(bracket: str) -> str:
    """``bracket`` (matched by :data:`OPEN` or :data:`CLOSE`) as its canonical spelling: ``[\\![`` and ``⟦`` are
    ``\\llbracket``, ``]\\!]`` and ``⟧`` are ``\\rrbracket``; any other is itself."""
    squeezed = re.sub(r"\s+", "", bracket)
    if squeezed == "[\\![":
        return "\\llbracket"
    if squeezed == "]\\!]":
        return "\\rrbracket"
    return _INTEGER_BRACKETS.get(squeezed, squeezed)
