"""Values the page gives its names where the reader reads no maths.

The reader takes definitions from the TeX maths it reads.  A page may also give a name a value in plain words
("From here on, let a = 4."), in MathML (``<math><mi>a</mi><mo>:=</mo><mn>4</mn></math>``, which the browser
draws), between character references a browser shows as dollars (``&#36;a := 4&#36;``, which MathJax typesets) or
in a raw HTML block that Pandoc copies into the page (```` ```{=html} ````).  Where such a value is given to a name
the page's maths writes, what the maths after it means is not known: everything from there on is held.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from diffproof.notes.model import Prose

#: A value given to a one-letter name: ``a = 4``, ``a := 4``, ``a ≔ 4``, ``a \coloneqq 4``.
_GIVEN = re.compile(r"(?<![A-Za-z\\])([A-Za-z])\s*(?::=|≔|=|\\coloneqq)\s*(?=[\w.\\(+-])")
#: A sentence of plain words that gives a name a value: "let a = 4", "set a := 4", "now a = 4".
_PLAIN = re.compile(
    r"\b(?:let|set|put|take|now|redefine|henceforth|assume|suppose)\s+(?=[A-Za-z]\s*(?::=|≔|=))", re.IGNORECASE
)
#: Maths in the words of a sentence, or a TeX environment: not plain words.
_MATHS = re.compile(
    r"(?<!\\)\$\$.*?(?<!\\)\$\$|(?<!\\)\$[^$]+(?<!\\)\$|\\\(.*?\\\)|\\\[.*?\\\]|\\begin\{([^{}]*)\}.*?\\end\{\1\}",
    re.DOTALL,
)
#: A MathML element, a run of maths between character references that show as dollars, and a Pandoc raw block of
#: HTML or TeX (its content is copied into the page as it is).
_UNREAD_MATHS = re.compile(
    r"<math\b[^>]*>(.*?)</math\s*>"
    r"|(&#0*36;|&#[xX]0*24;|&dollar;)(.+?)\2"
    r"|^[ \t]*(`{3,}|~{3,})[ \t]*\{=(?:html5?|latex|tex)\}[ \t]*\n(.*?)^[ \t]*\4",
    re.DOTALL | re.MULTILINE | re.IGNORECASE,
)
_TAG = re.compile(r"<[^<>]*>")
#: An HTML comment, which shows nothing.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def _line(text: str, offset: int, first: int = 1) -> int:
    return first + text.count("\n", 0, offset)


def _plain_values(prose: Iterable[Prose]) -> Iterator[tuple[int, str]]:
    """The line and the name of each value a sentence gives in plain words, its maths blanked."""
    for item in prose:
        words = _MATHS.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), item.text)
        for match in _PLAIN.finditer(words):
            given = _GIVEN.match(words, match.end())
            if given is not None:
                yield _line(words, match.start(), item.line), given.group(1)


def _unread_values(source: str) -> Iterator[tuple[int, str]]:
    """The line and the name of each value given in maths of a Markdown page that the reader does not read."""
    source = _COMMENT.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), source)
    for match in _UNREAD_MATHS.finditer(source):
        maths = _TAG.sub(" ", match.group(1) or match.group(3) or match.group(5) or "")
        for given in _GIVEN.finditer(maths):
            yield _line(source, match.start()), given.group(1)


def held_from(source: str, prose: Iterable[Prose], maths: Iterable[str], *, markdown: bool) -> tuple[int, int] | None:
    """The lines (first, last) held as what the page's maths means after a value given outside the maths the reader
    reads (in plain words; in a Markdown page, in MathML, dollars written as character references or a raw block) to
    a name its ``maths`` writes; None where no such value is given."""
    written = " ".join(maths)
    found = [*_plain_values(prose), *(_unread_values(source) if markdown else ())]
    lines = [line for line, name in found if re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", written)]
    return (min(lines), source.count("\n") + 1) if lines else None
