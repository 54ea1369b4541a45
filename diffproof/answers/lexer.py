"""Tokens of an answer: LaTeX and plain text share one small alphabet.

A token is a number, a word (letters, then digits: ``x0``, ``sigma``), a LaTeX
command (``\\alpha``, ``\\,``) or one operator character (``**``, ``<=`` and
``>=`` are single tokens).  A few Unicode letters students paste (``α``, ``√``,
``·``) are read as their commands.  Anything else -- control characters, other
symbols -- is refused with its position, as is text longer than the size limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from diffproof.answers.errors import InvalidAnswer, LimitExceeded

#: The longest answer accepted, in characters.
MAX_CHARS = 2000
#: The longest number literal accepted, in digits.
MAX_DIGITS = 15


class Kind(Enum):
    NUMBER = "number"
    WORD = "word"
    COMMAND = "command"
    OPERATOR = "operator"
    END = "end of input"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    position: int

    def is_(self, *texts: str) -> bool:
        """Whether this is an operator or command spelled as one of ``texts``."""
        return self.kind in (Kind.OPERATOR, Kind.COMMAND) and self.text in texts


UNICODE = {
    "α": r"\alpha", "β": r"\beta", "γ": r"\gamma", "δ": r"\delta", "ε": r"\varepsilon", "ϵ": r"\epsilon",
    "θ": r"\theta", "μ": r"\mu", "σ": r"\sigma", "φ": r"\phi", "ϕ": r"\phi", "π": r"\pi", "ω": r"\omega",
    "∇": r"\nabla", "√": r"\sqrt", "·": r"\cdot", "×": r"\times", "⊙": r"\odot", "∣": r"\mid",
    "−": "-", "≤": "<=", "≥": ">=",
}  # fmt: skip

_PATTERN = re.compile(
    r"(?P<space>[ \t\r\n]+)"
    r"|(?P<number>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<word>[A-Za-z]+\d*)"
    r"|(?P<command>\\(?:[A-Za-z]+|[,;:! {}|]))"
    r"|(?P<operator>\*\*|<=|>=|[-+*/^_(){}\[\],|=<>!';.])"
)


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, ending with an END token."""
    if len(text) > MAX_CHARS:
        raise LimitExceeded(f"the answer has {len(text)} characters; at most {MAX_CHARS} are accepted")
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in UNICODE:
            spelled = UNICODE[char]
            kind = Kind.COMMAND if spelled.startswith("\\") else Kind.OPERATOR
            tokens.append(Token(kind, spelled, position))
            position += 1
            continue
        match = _PATTERN.match(text, position)
        if match is None:
            raise InvalidAnswer(f"unexpected character {_describe(char)}", position)
        kind = match.lastgroup
        if kind == "number" and len(match.group().replace(".", "")) > MAX_DIGITS:
            raise LimitExceeded(f"a number has more than {MAX_DIGITS} digits", position)
        if kind != "space":
            tokens.append(Token(Kind(kind), match.group(), position))
        position = match.end()
    tokens.append(Token(Kind.END, "", len(text)))
    return tokens


def _describe(char: str) -> str:
    if char.isprintable():
        return repr(char)
    return f"U+{ord(char):04X} (a control character)"
