"""The brackets of a set or an interval a letter is said to lie in, read in one place for every reader of
memberships: the braces of a set (``\\{1, \\ldots, 5\\}``, ``\\lbrace 1, 2 \\rbrace``), the brackets of an interval
(``[1, 5]``, ``(0, 1]``, ISO 80000-2's reversed brackets for an open end: ``]0, 1]``, ``[1, 6[``) and those of an
integer interval, however it is typeset (``\\llbracket 1, 5 \\rrbracket`` with stmaryrd, ``[\\![1, 5]\\!]`` without
it, ``⟦1, 5⟧`` in Unicode, ``\\llbracket 1, 6 \\llbracket`` half-open), each after any size command (``\\left``,
``\\bigl``, ``\\Bigr``, ...).  A pair of brackets is read as what it writes (:func:`read`): a set, an interval or an
integer interval, and which of its ends it leaves out, so a reader's rules name meanings, not spellings."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A size command before a bracket (``\\left``, ``\\right``, ``\\middle``, ``\\big``, ``\\Bigl``, ``\\biggr``,
#: ``\\Biggm``, ...): it sets the bracket's size, not its meaning.
_SIZE = r"(?:\\(?:left|right|middle|[bB]igg?[lrm]?)(?![A-Za-z])\s*)?"

#: Each spelling of a bracket (as :func:`_squeezed` writes it), with what it is: a set's brace, an interval's
#: bracket or an integer interval's, and whether it opens toward the members (``[``: closed where it opens, open
#: where it closes, as ISO 80000-2 writes ``[1, 6[``), or is round (``(``, ``)``: an open end either side).
_SPELLINGS: dict[str, tuple[str, str]] = {
    "\\{": ("set", "left"), "\\lbrace": ("set", "left"), "\\}": ("set", "right"), "\\rbrace": ("set", "right"),
    "[": ("interval", "left"), "\\lbrack": ("interval", "left"), "]": ("interval", "right"),
    "\\rbrack": ("interval", "right"), "(": ("interval", "round"), ")": ("interval", "round"),
    "\\llbracket": ("integers", "left"), "[\\![": ("integers", "left"), "⟦": ("integers", "left"),
    "\\rrbracket": ("integers", "right"), "]\\!]": ("integers", "right"), "⟧": ("integers", "right"),
}  # fmt: skip

#: Any bracket of :data:`_SPELLINGS` (the integer interval's before the plain ``[`` and ``]`` it starts with).
_ANY = (
    r"\\\{|\\\}|\\[lr]brace(?![A-Za-z])|\\[lr]brack(?![A-Za-z])|\\(?:ll|rr)bracket(?![A-Za-z])|\[\s*\\!\s*\["
    r"|\]\s*\\!\s*\]|⟦|⟧|\[|\]|\(|\)"
)

#: An opening bracket (after an optional size command): any bracket, since ISO writes an open end reversed.
OPEN = _SIZE + rf"(?P<open>{_ANY})"

#: A closing bracket (after an optional size command).
CLOSE = _SIZE + rf"(?P<close>{_ANY})"


@dataclass(frozen=True)
class Brackets:
    """What a pair of brackets writes: a ``set`` listed, an ``interval`` or an ``integers`` interval, and whether
    it leaves out its low end and its high end (``(0, 1]``: the low one; a set leaves out neither)."""

    kind: str
    open_low: bool
    open_high: bool


def _squeezed(bracket: str) -> str:
    """``bracket`` without the spaces typesetting may put inside it (``[ \\! [`` is ``[\\![``)."""
    return re.sub(r"\s+", "", bracket)


def read(opening: str, closing: str) -> Brackets | None:
    """The set or interval the brackets ``opening`` and ``closing`` (matched by :data:`OPEN` and :data:`CLOSE`)
    write: a bracket facing away from the members leaves its end out (``(``, ``)``, ISO's ``]0, 1]`` and ``[1, 6[``,
    ``\\llbracket 1, 6 \\llbracket``); None where they are not one kind (``\\{1, 2]``), a brace faces away, or a
    round bracket closes a set of integers (no such spelling)."""
    (kind, low), (other, high) = (_SPELLINGS.get(_squeezed(b), ("", "")) for b in (opening, closing))
    if not kind or kind != other or (kind != "interval" and "round" in (low, high)):
        return None
    if kind == "set" and (low, high) != ("left", "right"):
        return None
    return Brackets(kind, low != "left", high != "right")


def of_integers(brackets: Brackets | None) -> bool:
    """Whether ``brackets`` write a set of integers (a set listed, an integer interval)."""
    return brackets is not None and brackets.kind in ("set", "integers")


#: A set's opening brace, and its closing one (after an optional size command): ``\\{``, ``\\lbrace``,
#: ``\\bigl\\{``; ``\\}``, ``\\rbrace``, ``\\bigr\\}``.
BRACE_OPEN = _SIZE + r"(?:\\\{|\\lbrace(?![A-Za-z]))"
BRACE_CLOSE = _SIZE + r"(?:\\\}|\\rbrace(?![A-Za-z]))"

#: An ellipsis among members (``\\ldots``, ``\\dots``, ``\\cdots``, amsmath's ``\\dotsc``, ``\\dotsb``, ``\\dotso``,
#: ``\\dotsm``, ``\\dotsi``, ``\\mathellipsis``, ``...``, ``…``).
DOTS = r"\\(?:[lc]?dots[cbmoi]?|mathellipsis|hdots)(?![A-Za-z])|\.\.\.|…"

#: A spacing command typeset among members (``\\,``, ``\\;``, ``\\:``, ``\\!``, ``\\ ``, ``~``, ``\\quad``,
#: ``\\thinspace``, ...): a space.
_SPACING = re.compile(r"\\[,;:!> ]|~|\\(?:q?quad|thinspace|medspace|thickspace|enspace|negthinspace)(?![A-Za-z])")


def spaced(text: str) -> str:
    """``text`` with each spacing command among members (:data:`_SPACING`) a plain space (``1,\\,2`` is ``1, 2``);
    one between two square brackets is part of the integer interval's bracket (``[\\![``, ``] \\! ]``) and kept."""

    def space(found: re.Match) -> str:
        bracketed = re.search(r"[\[\]]\s*$", text[: found.start()]) and re.match(r"\s*[\[\]]", text[found.end() :])
        return found.group(0) if bracketed else " "

    return _SPACING.sub(space, text)


def kind(bracket: str) -> str:
    """What the bracket ``bracket`` (matched by :data:`OPEN` or :data:`CLOSE`) opens or closes: ``set``,
    ``interval`` or ``integers``; '' for no bracket known."""
    return _SPELLINGS.get(_squeezed(bracket), ("", ""))[0]


def leaves_out_low(opening: str) -> bool | None:
    """Whether the opening bracket ``opening`` (matched by :data:`OPEN`) leaves its end out (``(``, ISO's ``]``,
    ``\\rrbracket`` set reversed); None for a bracket that opens nothing (a closing brace)."""
    kind, side = _SPELLINGS.get(_squeezed(opening), ("", ""))
    return None if not kind or (kind == "set" and side != "left") else side != "left"


#: A bracket written as a command (``\\lbrace``, ``\\rrbracket``, ``\\lbrack``; ``\\{`` is a brace already), with
#: the plain bracket it opens or closes as.
_COMMANDS = re.compile(r"\\(?P<side>[lr])(?:brace|brack|lbracket|rbracket)(?![A-Za-z])")


def as_plain_brackets(text: str) -> str:
    """``text`` with each bracket written as a command a plain bracket of its side (``\\lbrace`` is ``{``,
    ``\\rrbracket`` is ``]``), padded so every other character keeps its place: a reader that counts brackets to
    find the top level of a formula counts these too."""
    return _COMMANDS.sub(lambda found: ("{" if found["side"] == "l" else "}").ljust(len(found.group(0))), text)
