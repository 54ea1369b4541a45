"""Tokens of an answer: LaTeX, plain text and Unicode share one small alphabet.

A token is a number, a word (a plain-text identifier: ``x``, ``sigma``,
``alpha_bar_t``, ``alphas_cumprod``), a LaTeX command (``\\alpha``, ``\\,``) or
one operator character (``**``, ``<=`` and ``>=`` are single tokens).
Unicode is read as the LaTeX it stands for, by table (:data:`UNICODE`): Greek
letters (``α`` is ``\\alpha``), operators (``√`` ``·`` ``−`` ``∇`` ``≤``), a letter
with a combining macron, hat or tilde (``ᾱ``, ``ε̂``), subscript and superscript
characters (``xₜ₋₁`` is ``x_{t-1}``, ``σ²`` is ``σ^{2}``).  Anything else --
control characters, other symbols -- is refused with its position, as is text
longer than the size limit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from diffproof.answers.errors import InvalidAnswer, LimitExceeded

#: The longest answer accepted, in characters.
MAX_CHARS = 2000
#: The longest number literal accepted, in digits.
MAX_DIGITS = 15
#: The longest formula of notes accepted, in characters (a side of a long derivation step).
MAX_NOTES_CHARS = 6000


class Kind(Enum):
    NUMBER = "number"
    WORD = "word"
    COMMAND = "command"
    OPERATOR = "operator"
    PROSE = "prose"  # a run of letters of another script, in a note's text (\text{记为}): skipped or refused
    END = "end of input"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    position: int

    def is_(self, *texts: str) -> bool:
        """Whether this is an operator or command spelled as one of ``texts``."""
        return self.kind in (Kind.OPERATOR, Kind.COMMAND) and self.text in texts


_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ϑ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu",
    "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ϕ": "phi", "χ": "chi",
    "ψ": "psi", "ω": "omega", "Σ": "Sigma", "Δ": "Delta", "Γ": "Gamma", "Λ": "Lambda", "Φ": "Phi",
    "Ψ": "Psi", "Ω": "Omega", "Θ": "Theta", "ℓ": "ell",
}  # fmt: skip

#: Unicode characters and the LaTeX (or plain text) they are read as.
UNICODE = {
    **{char: "\\" + name for char, name in _GREEK.items()},
    "ᾱ": r"\bar\alpha", "∇": r"\nabla", "√": r"\sqrt", "·": r"\cdot", "⋅": r"\cdot", "∙": r"\cdot",
    "×": r"\times", "⊙": r"\odot", "∣": r"\mid", "÷": "/", "∕": "/",
    "−": "-", "–": "-", "‐": "-", "≤": "<=", "≥": ">=", "⩽": "<=", "⩾": ">=", "＝": "=",
    "½": "(1/2)", "¼": "(1/4)", "¾": "(3/4)", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
}  # fmt: skip

#: Combining marks and the decoration they stand for: ``α̅`` and ``ᾱ`` are both ``\bar\alpha``; so is the
#: spacing macron after a letter (``α¯t`` in code comments).
COMBINING = {"\u0304": r"\bar", "\u0305": r"\bar", "\u0302": r"\hat", "\u0303": r"\tilde", "\u00af": r"\bar"}

_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₔₕₖₗₘₙₚₛₜᵢᵣᵤᵥⱼᵦᵧᵨᵩᵪ", "0123456789+-=()aeoxəhklmnpstiruvjβγρφχ"))
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ", "0123456789+-=()ni"))

_NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_PATTERN = re.compile(
    r"(?P<space>[ \t\r\n]+)"
    r"|(?P<number>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<word>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)"
    r"|(?P<command>\\(?:[A-Za-z]+|[,;:! {}|]))"
    r"|(?P<operator>\*\*|<=|>=|[-+*/^_(){}\[\],|=<>!';.])"
)
#: Notes also write index ranges ``x_{1:T}``: the colon is a token there (never in an answer); and prose in
#: another script inside their text commands (``\underbrace{x}_{\text{记为} y}``), one token per run.
_NOTES_PATTERN = re.compile(_PATTERN.pattern.replace("=<>!';.]", "=<>!';.:]") + r"|(?P<prose>[^\x00-\x7f]+)")


def normalize(text: str) -> str:
    """``text`` with its Unicode read as LaTeX: the input of :func:`tokenize`, same meaning, ASCII mostly.

    Positions change only where a character is replaced; :func:`tokenize` maps them back.
    """
    return "".join(piece for piece, _ in _pieces(text))


def _pieces(text: str) -> list[tuple[str, int]]:
    """(replacement, position in ``text``) for each character or run of sub/superscripts."""
    text = unicodedata.normalize("NFC", text)
    pieces: list[tuple[str, int]] = []
    position = 0
    while position < len(text):
        char = text[position]
        for table, mark in ((_SUBSCRIPTS, "_"), (_SUPERSCRIPTS, "^")):
            if char in table:
                end = position
                while end < len(text) and text[end] in table:
                    end += 1
                run = "".join(_greek_text(table[c]) for c in text[position:end])
                pieces.append((f"{mark}{{{run}}}", position))
                position = end
                break
        else:
            decomposed = unicodedata.normalize("NFD", char)
            following = text[position + 1] if position + 1 < len(text) else ""
            if following in COMBINING:
                pieces.append((f"{COMBINING[following]}{{{_letter(char)}}}", position))
                position += 2
                continue
            if len(decomposed) == 2 and decomposed[1] in COMBINING and char not in UNICODE:
                pieces.append((f"{COMBINING[decomposed[1]]}{{{_letter(decomposed[0])}}}", position))
            elif char in UNICODE:
                pieces.append((_spaced(UNICODE[char]), position))
            else:
                pieces.append((char, position))
            position += 1
    return pieces


def _letter(char: str) -> str:
    return _spaced(UNICODE[char]) if char in UNICODE else char


def _greek_text(char: str) -> str:
    return _spaced(UNICODE[char]) if char in UNICODE else char


def _spaced(latex: str) -> str:
    """A command followed by a space, so that ``αt`` does not become ``\\alphat``."""
    return latex + " " if latex[-1:].isalpha() and latex.startswith("\\") else latex


def tokenize(text: str, notes: bool = False) -> list[Token]:
    """The tokens of ``text``, ending with an END token; positions point into ``text`` as given.

    ``notes`` reads the formula of a note: longer, with ``:`` in index ranges (``x_{1:T}``), and digits set
    apart by spaces are one number, as TeX sets them (``1 2`` is 12: maths mode ignores spaces).
    """
    limit = MAX_NOTES_CHARS if notes else MAX_CHARS
    if len(text) > limit:
        what = "formula" if notes else "answer"
        raise LimitExceeded(f"the {what} has {len(text)} characters; at most {limit} are accepted")
    pattern = _NOTES_PATTERN if notes else _PATTERN
    pieces = _pieces(text)
    ascii_text = "".join(piece for piece, _ in pieces)
    origin = [where for piece, where in pieces for _ in piece]
    tokens: list[Token] = []
    position = ended = 0  # ended: where the last token ends
    while position < len(ascii_text):
        match = pattern.match(ascii_text, position)
        original = origin[position]
        if match is None:
            raise InvalidAnswer(f"unexpected character {_describe(ascii_text[position])}", original)
        kind = match.lastgroup
        if kind == "number" and len(match.group().replace(".", "")) > MAX_DIGITS:
            raise LimitExceeded(f"a number has more than {MAX_DIGITS} digits", original)
        if kind == "space":
            position = match.end()
            continue
        if (
            notes
            and kind == "number"
            and tokens
            and tokens[-1].kind is Kind.NUMBER
            and not ascii_text[ended:position].strip()
            and not (len(tokens) > 1 and tokens[-2].text == "^")  # x^2 3: TeX's exponent is one digit, 2
        ):
            tokens[-1] = _joined(tokens[-1], match.group(), original)
        else:
            tokens.append(Token(Kind(kind), match.group(), original))
        position = ended = match.end()
    tokens.append(Token(Kind.END, "", len(text)))
    return tokens


def _joined(number: Token, digits: str, position: int) -> Token:
    """``number`` and the ``digits`` after it, across spaces: one number, or an error if TeX's would not be one."""
    text = number.text + digits
    if not _NUMBER.fullmatch(text):
        raise InvalidAnswer(f"{number.text} and {digits} set apart make {text}, which is not a number", position)
    if len(text.replace(".", "")) > MAX_DIGITS:
        raise LimitExceeded(f"a number has more than {MAX_DIGITS} digits", number.position)
    return Token(Kind.NUMBER, text, number.position)


def _describe(char: str) -> str:
    if char.isprintable():
        return repr(char)
    return f"U+{ord(char):04X} (a control character)"
