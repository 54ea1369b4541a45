"""TeX maths as a flat list of tokens, each with its nesting depth.

A token is a control word (``\\alpha``), a control symbol (``\\,``, ``\\\\``),
a text-mode command with its argument (``\\text{where }``: nothing inside
is maths), an environment marker with its name (``\\begin{cases}``), a
``\\left``/``\\right`` with its delimiter, or one character.  The depth of a
token counts the braces, environments and fences ( ``( [ \\{ \\langle \\left``
and their closers) around it; only tokens at depth 0 can split a display
into rows, columns, statements or sides.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Commands whose argument is text, not maths.
TEXT_COMMANDS = frozenset(
    "text textrm textit textbf textsf texttt textnormal textup mbox hbox emph intertext shortintertext "
    "condition".split()  # breqn's \condition{for $x > 0$}
)
#: Upright maths fonts, which set a connective as the word it is (``\mathrm{if}``, ``\operatorname{for}``):
#: such a group is read as text; any other (``\mathrm{KL}``, ``\mathrm{d}``) stays maths.
_UPRIGHT_FONTS = frozenset({"mathrm", "operatorname"})
_CONNECTIVES = frozenset("if iff for where when whenever with and or otherwise unless since given".split())


def is_text(token: Token) -> bool:
    """Whether a token is text set in maths: a text command with its argument, or a connective in an upright
    font."""
    name = token.name[1:]
    return name in TEXT_COMMANDS or (name in _UPRIGHT_FONTS and "{" in token.text)


def _connective_group(text: str, index: int) -> int | None:
    """The end of a group at ``index`` holding a connective alone (``{if}``, ``{ for }``), else None."""
    if index >= len(text) or text[index] != "{":
        return None
    closing = group_end(text, index)
    return closing if closing is not None and text[index + 1 : closing - 1].strip() in _CONNECTIVES else None


#: Fences that nest.  ``\lvert`` and ``\lVert`` are not among them: they are bars, symbols that need no
#: partner (``q \lVert p`` in a KL divergence), as ``|`` is; after ``\left`` any delimiter is a fence.
_FENCE_OPEN = frozenset({"(", "[", "\\{", "\\langle", "\\lceil", "\\lfloor", "\\lbrace", "\\lbrack"})
_FENCE_CLOSE = frozenset({")", "]", "\\}", "\\rangle", "\\rceil", "\\rfloor", "\\rbrace", "\\rbrack"})


@dataclass(frozen=True)
class Token:
    """``text`` at ``start:end`` of the scanned string, ``depth`` levels deep."""

    start: int
    end: int
    text: str
    depth: int

    @property
    def name(self) -> str:
        """The command's name without its argument (``\\text`` for ``\\text{x}``), else the text."""
        if self.text.startswith("\\") and len(self.text) > 1 and self.text[1].isalpha():
            end = 1
            while end < len(self.text) and self.text[end].isalpha():
                end += 1
            return self.text[:end]
        return self.text


@dataclass(frozen=True)
class Scan:
    tokens: tuple[Token, ...]
    unbalanced_at: int | None  # where a brace or environment opens without closing (or closes without opening)

    @property
    def balanced(self) -> bool:
        return self.unbalanced_at is None


def group_end(text: str, opening: int) -> int | None:
    """The offset just after the ``}`` matching the ``{`` at ``opening``."""
    return closed_at(text, opening + 1, "}")


def closed_at(text: str, start: int, closer: str) -> int | None:
    """The offset just after the first ``closer`` outside braces from ``start`` (``\\}`` is not a brace)."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == closer and depth == 0:
            return index + 1
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        index += 1
    return None


def _skip_spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\n":
        index += 1
    return index


def _control(text: str, index: int) -> int:
    """The end of the control sequence starting with the backslash at ``index``."""
    if index + 1 >= len(text):
        return index + 1
    if not text[index + 1].isalpha():
        return index + 2
    end = index + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def scan(text: str) -> Scan:
    """The tokens of a piece of TeX maths."""
    tokens: list[Token] = []
    braces = environments = fences = 0
    opened: list[int] = []  # offsets of the open braces and environments
    unbalanced_at: int | None = None
    index = 0
    while index < len(text):
        char = text[index]
        if char in " \t\n\r":
            index += 1
            continue
        depth = braces + environments + fences
        if char == "\\":
            end = _control(text, index)
            word = text[index:end]
            name = word[1:]
            if name in _UPRIGHT_FONTS:
                end = _connective_group(text, _skip_spaces(text, end)) or end
            elif name in TEXT_COMMANDS or name in ("begin", "end"):
                after = _skip_spaces(text, end)
                if after < len(text) and text[after] == "{":
                    closing = group_end(text, after)
                    if closing is None:
                        unbalanced_at = index if unbalanced_at is None else unbalanced_at
                        closing = len(text)
                    end = closing
            if name == "begin":
                tokens.append(Token(index, end, text[index:end], depth))
                environments += 1
                opened.append(index)
            elif name == "end":
                environments -= 1
                if environments < 0:
                    unbalanced_at, environments = (index if unbalanced_at is None else unbalanced_at), 0
                elif opened:
                    opened.pop()
                tokens.append(Token(index, end, text[index:end], braces + environments + fences))
            elif name in ("left", "right", "middle"):
                after = _skip_spaces(text, end)
                delimiter_end = _control(text, after) if text[after : after + 1] == "\\" else after + 1
                if name == "right":
                    fences = max(fences - 1, 0)
                    depth = braces + environments + fences
                tokens.append(Token(index, delimiter_end, text[index:delimiter_end], depth))
                if name == "left":
                    fences += 1
                end = delimiter_end
            elif word in _FENCE_OPEN:
                tokens.append(Token(index, end, word, depth))
                fences += 1
            elif word in _FENCE_CLOSE:
                fences = max(fences - 1, 0)
                tokens.append(Token(index, end, word, braces + environments + fences))
            else:
                tokens.append(Token(index, end, text[index:end], depth))
            index = end
            continue
        if char == "{":
            tokens.append(Token(index, index + 1, char, depth))
            braces += 1
            opened.append(index)
        elif char == "}":
            braces -= 1
            if braces < 0:
                unbalanced_at, braces = (index if unbalanced_at is None else unbalanced_at), 0
            elif opened:
                opened.pop()
            tokens.append(Token(index, index + 1, char, braces + environments + fences))
        elif char in "([":
            tokens.append(Token(index, index + 1, char, depth))
            fences += 1
        elif char in ")]":
            fences = max(fences - 1, 0)
            tokens.append(Token(index, index + 1, char, braces + environments + fences))
        else:
            tokens.append(Token(index, index + 1, char, depth))
        index += 1
    if unbalanced_at is None and opened:
        unbalanced_at = opened[0]
    return Scan(tuple(tokens), unbalanced_at)
