"""The values a step is said to hold at, beside it (``x / x = 1 \\quad \\text{even at } x = y = 0``) or in the words
that carry its sentence on after its display (``evaluated at $x = 0$.``): the equations of its names the step is
claimed under, and, where a value is said but cannot be read, that text (the step is then not presumed to have a
value there)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import Notes

#: A word that says a step holds at a value written after it ("at x = 0", "for", "when", "if", "where", "with").
_AT = re.compile(r"(?<![\\A-Za-z])(?:at|for|when|whenever|if|where|with)(?![A-Za-z])", re.IGNORECASE)

#: A word that says the step holds away from the value ("except at x = 0", "unless", "not at", "other than"): no
#: value of it, its order is the cases' to read.
_AWAY = re.compile(
    r"(?<![\\A-Za-z])(?:except|unless|not|but|other\s+than|away\s+from|apart\s+from|outside|excluding)(?![A-Za-z])",
    re.IGNORECASE,
)

#: Words between the condition's word and its maths ("at the point x = 0", "for the values"), each followed by
#: more than a relation (a word followed by '=' is the maths: "at alpha = 0").
_FILLER = re.compile(r"(?:[A-Za-z]{2,}\s+(?![=<>]))*")

#: What wraps maths in a remark or a sentence: dollars, \( \), \text{...}'s braces, spacing commands.
_WRAPPING = re.compile(r"\$|\\[()]|\\(?:text|textrm|mbox|mathrm)\s*\{([^{}]*)\}|\\q?quad(?![A-Za-z])|\\[,;:!]|~")

#: Where a list of values is cut: commas, semicolons and the words "and", "or".
_BETWEEN = re.compile(r"\s*(?:[,;]|(?<![\\A-Za-z])(?:and|or)(?![A-Za-z]))\s*")

#: A range of an index written as its members (t = 1, \ldots, T): no value.
_RANGE = re.compile(r"\\[lc]?dots|\.\.\.|…")

#: A definition beside the step (c := 2, \\stackrel{def}{=}): the note's definitions are read elsewhere.
_DEFINING = re.compile(r":=|=:|\\(?:stackrel|overset|coloneqq|eqqcolon|triangleq|doteq)(?![A-Za-z])")

#: A relation other than '=' in a value ("x = 0 \\le y"): the piece is not one value.
_OTHER_RELATION = re.compile(r"\\(?:le|ge|leq|geq|ne|neq|lt|gt|in|approx|sim)(?![A-Za-z])|[<>≤≥≠∈]")

#: A word left in a value's maths ("x = 0 respectively"): what it says of the value is not read.
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")

#: A sentence's inline maths, one after another joined by commas, "and" or "or".
_INLINE_LIST = re.compile(r"\$[^$]+\$(?:\s*(?:,|and|or)\s*\$[^$]+\$)*")


@dataclass(frozen=True)
class Said:
    """What a text beside a step says its names are: ``equations`` (each the text of one equation, a value list of
    one name written as the product of its differences: x = 0 and x = 1 as (x - (0))(x - (1)) = 0, the name being
    one of them) and ``unread`` (the text of a value said but not read, else '')."""

    equations: tuple[str, ...] = ()
    unread: str = ""


def said_beside(remark: str) -> Said:
    """The values a step's remark says it holds at: the maths after the first word of a condition (words between
    allowed, "at the point x = 0"; words before it too, "even at"), to the remark's end."""
    found = _value_words(remark)
    if found is None:
        return Said()
    return _read(_unwrapped(remark[found.end() :]))


def said_after(notes: Notes, line: int) -> Said:
    """The values the sentence carrying on the display of the step on ``line`` says it holds at ("evaluated at $x =
    0$."): the inline maths right after the first word of a condition (words between allowed), the rest of the
    sentence left to it."""
    sentence = _sentence_after(notes, line)
    found = _value_words(sentence)
    if found is None:
        return Said()
    rest = sentence[found.end() :].lstrip()
    listed = _INLINE_LIST.match(rest, _FILLER.match(rest).end())
    if listed is None:
        return Said()
    return _read(_unwrapped(listed.group()))


def _sentence_after(notes: Notes, line: int) -> str:
    """The first sentence of the paragraph right after the display holding ``line`` (a blank line between allowed,
    no other display), where it starts in lower case: the display's sentence going on; else ''."""
    last = next((end for first, end in notes.displays if first <= line <= end), None)
    if last is None:
        return ""
    following = min((p for p in notes.prose if p.line > last), key=lambda p: p.line, default=None)
    if following is None or any(last < first < following.line for first, _ in notes.displays):
        return ""
    words = following.text.strip()
    return re.split(r"(?<=[.;!?])\s+(?=[A-Z])", words)[0] if words[:1].islower() else ""


def _value_words(text: str) -> re.Match | None:
    """The first word of a condition in ``text``, or None where there is none or a word before it says the step
    holds away from its value."""
    found = _AT.search(text)
    if found is None or _AWAY.search(text[: found.start()]) or "=" not in text[found.end() :]:
        return None
    return found


def _unwrapped(text: str) -> str:
    return _WRAPPING.sub(lambda m: f" {m.group(1) or ''} ", text).strip().rstrip(".,;:").strip()


def _read(maths: str) -> Said:
    """The values ``maths`` lists (after its filler words): each piece with '=' one equation, all holding together;
    pieces that give the same left side two values are read as the name being one of them where each is ``name =
    value`` (x = 0 and x = 1); else the text is unread."""
    maths = maths[_FILLER.match(maths).end() :]
    if _RANGE.search(maths):
        return Said()  # t = 1, \ldots, T: a range of an index, read by the cases
    pieces = [_AT.sub(" ", p).strip() for p in _pieces(maths)]
    pieces = [p for p in pieces if "=" in p and not _DEFINING.search(p)]
    if not pieces:
        return Said()
    parsed = []
    for piece in pieces:
        statement = None if _OTHER_RELATION.search(piece) or _WORD.search(piece) else equation_written(piece)
        if statement is None:
            return Said(unread=maths)
        parsed.append((piece, statement))
    lefts = [statement.operands[0] for _, statement in parsed]
    if len(set(lefts)) == len(lefts):  # x = 0 and y = 1, a = b and b = 0: all hold together
        return Said(equations=tuple(piece for piece, _ in parsed))
    one_of = _one_of(parsed)
    return Said(equations=(one_of,)) if one_of else Said(unread=maths)


def _pieces(maths: str) -> list[str]:
    """``maths`` cut at each comma, semicolon, "and" or "or" outside brackets (f(a, b) is one piece)."""
    pieces, start, depth = [], 0, 0
    for found in re.finditer(rf"[({{\[]|[)}}\]]|{_BETWEEN.pattern}", maths):
        text = found.group()
        if text in "({[":
            depth += 1
        elif text in ")}]":
            depth -= 1
        elif depth == 0:
            pieces.append(maths[start : found.start()])
            start = found.end()
    return [*pieces, maths[start:]]


def _one_of(parsed: list[tuple[str, syntax.Statement]]) -> str:
    """``name = a``, ``name = b``, ... as the equation (name - (a))(name - (b)) ... = 0, or '' where the pieces are
    not each the same name equal to a value without it."""
    lefts = {statement.operands[0] for _, statement in parsed}
    if len(lefts) != 1 or not all(len(statement.operands) == 2 for _, statement in parsed):
        return ""
    (name,) = lefts
    if not isinstance(name, syntax.Name) or any(name in nodes(statement.operands[1]) for _, statement in parsed):
        return ""
    left = parsed[0][0].split("=", 1)[0].strip()
    product = "".join(f"({left} - ({piece.split('=', 1)[1].strip()}))" for piece, _ in parsed)
    return f"{product} = 0" if equation_written(f"{product} = 0") is not None else ""


@lru_cache(maxsize=2048)
def equation_written(text: str) -> syntax.Statement | None:
    """The equation ``text`` writes (one or more '='), else None (remembered: every later step reads the note's
    earlier displays again)."""
    try:
        statement = syntax.parse(text, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    if isinstance(statement, syntax.Statement) and set(statement.relations) == {"="}:
        return statement
    return None
