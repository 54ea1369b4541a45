"""Values the page gives its names where the reader reads no maths.

The reader takes definitions from the TeX maths it reads.  A page may also give a name a value in plain words
("From here on, let a = 4."), in MathML (``<math><mi>a</mi><mo>:=</mo><mn>4</mn></math>``, which the browser
draws), between character references a browser shows as dollars (``&#36;a := 4&#36;``, which MathJax typesets) or
in a raw HTML block that Pandoc copies into the page (```` ```{=html} ````), or in a table's row or column
(``| $x$ | $0$ |``, ``<tr><td>$x$</td><td>$0$</td></tr>``, ``$x$ & $x < 0$ \\`` in a tabular), whose cells are
no sentences that frame a value.  Where such a value is given to a name the page's maths writes, what the maths
after it means is not known: everything from there on is held.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token

from diffproof.notes.model import Prose
from diffproof.notes.tex import strip_source

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


#: A table's cell that names one quantity: maths that is a letter or a TeX letter alone, accented or indexed
#: (``$x$``, ``$\\bar\\alpha_t$``); the group is the letter.
_NAME_CELL = re.compile(
    r"\s*\$\s*(?:\\(?:bar|hat|tilde|mathbf|boldsymbol|bm|vec|mathrm)\s*\{?\s*)?"
    r"([A-Za-z]|\\[A-Za-z]+)\s*\}?\s*(?:[_^]\s*(?:\{[^{}$]*\}|\w))*\s*\$\s*"
)
#: What gives a value or a bound in a cell: maths, a figure, a number or a sign in words.
_VALUE_CELL = re.compile(
    r"\$|\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|half|positive|negative|non-?negative"
    r"|non-?positive|null|nul|cero|z[ée]ro)\b",
    re.IGNORECASE,
)
_TABLES = MarkdownIt("commonmark", {"html": True}).enable("table")
#: A TeX table's body (a ``tabular``, ``tabularx``, ``longtable``), and a row's end (``\\``, ``\tabularnewline``).
_TABULAR = re.compile(r"\\begin\{(tabular[x*]?|tabulary|longtable)\}(.*?)\\end\{\1\}", re.DOTALL)
_ROW_END = re.compile(r"\\\\(?:\[[^\]]*\])?|\\tabularnewline\b")
#: A braced group, one level of braces inside it (a tabular's column specification).
_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
#: A table's rules, which are no cell's text.
_RULES = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\})")


def _named_in_row(cells: list[str]) -> Iterator[str]:
    """The name a row of a table gives a value: a cell that names one quantity (:data:`_NAME_CELL`) beside a cell
    that gives a value or a bound (:data:`_VALUE_CELL`: ``| $x$ | $0$ |``, ``| $x$ | $= 0$ |``, ``| $x$ | zero
    |``, ``$x$ & $x < 0$``), which the reader reads as no statement."""
    for at, cell in enumerate(cells):
        named = _NAME_CELL.fullmatch(cell)
        if named is not None and any(_VALUE_CELL.search(other) for other in cells[:at] + cells[at + 1 :]):
            yield named.group(1)


def _named_in_table(rows: list[tuple[int, list[str]]]) -> Iterator[tuple[int, str]]:
    """The line and the name of each value a table (its rows: each one's line and cells, the header first) gives:
    in a row (:func:`_named_in_row`), or in a column whose header names one quantity (``| $x$ |`` over ``| $0$
    |``), at the row of the value."""
    header = [_NAME_CELL.fullmatch(cell) for cell in rows[0][1]] if rows else []
    for line, cells in rows:
        yield from ((line, name) for name in _named_in_row(cells))
    for line, cells in rows[1:]:
        named = zip(header, cells)
        yield from ((line, name.group(1)) for name, cell in named if name is not None and _VALUE_CELL.search(cell))


#: An HTML table, a row of it (up to the next row or the table's end, as HTML's parser ends an unclosed ``<tr>``),
#: and a cell of a row (up to the next cell or the row's end).
_HTML_TABLE = re.compile(r"<table(?![\w-])[^>]*>(.*?)(?:</table\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_HTML_ROW = re.compile(
    r"<tr(?![\w-])[^>]*>(.*?)(?=<tr(?![\w-])|</t(?:able|body|head|foot)\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_HTML_CELL = re.compile(r"<t[dh](?![\w-])[^>]*>(.*?)(?=<t[dh](?![\w-])|</tr\s*>|\Z)", re.IGNORECASE | re.DOTALL)


def _html_tables(source: str, tokens: list[Token]) -> Iterator[list[tuple[int, list[str]]]]:
    """The rows of each HTML table that opens in an HTML block of the page (each one's line and cells, its first
    row first, cells as text: tags taken out, entities decoded), up to its ``</table>`` past blank lines too, as a
    browser reads it (the Markdown between is in the table or set before it: its values are given either way)."""
    starts = [0, *(at + 1 for at, char in enumerate(source) if char == "\n")]
    for token in tokens:
        if token.type != "html_block" or token.map is None:
            continue
        begin, end = starts[token.map[0]], starts[token.map[1]] if token.map[1] < len(starts) else len(source)
        at = begin
        while (table := _HTML_TABLE.search(source, at)) is not None and table.start() < end:
            yield [
                (_line(source, row.start()), [html.unescape(_TAG.sub(" ", cell.group(1))) for cell in cells])
                for row in _HTML_ROW.finditer(source, table.start(1), table.end(1))
                if (cells := list(_HTML_CELL.finditer(row.group(1))))
            ]
            at = table.end()


def _tables(source: str, *, markdown: bool) -> Iterator[list[tuple[int, list[str]]]]:
    """The rows of each table of the page (each one's line and cells, the header first): a Markdown table's, an
    HTML table's (:func:`_html_tables`), or a TeX tabular's (its rules dropped)."""
    if markdown:
        source = _COMMENT.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), source)
        rows: list[tuple[int, list[str]]] = []
        tokens = _TABLES.parse(source)
        yield from _html_tables(source, tokens)
        for token in tokens:
            if token.type == "tr_open":
                rows.append((token.map[0] + 1, []))
            elif token.type == "inline" and token.level > 1 and rows:
                rows[-1][1].append(token.content)
            elif token.type == "table_close":
                yield rows
                rows = []
        return
    source = strip_source(source)
    for table in _TABULAR.finditer(source):
        widened = table.group(1) in ("tabular*", "tabularx", "tabulary")  # a width before the columns
        spec = re.match(rf"\s*(?:\[[^\]]*\]\s*)?(?:{_GROUP}\s*){{{2 if widened else 1}}}", table.group(2))
        body, start = table.group(2)[spec.end() if spec else 0 :], table.start(2) + (spec.end() if spec else 0)
        ends = [end.span() for end in _ROW_END.finditer(body)] + [(len(body), len(body))]
        found = []
        for (_, opens), (closes, _) in zip([(0, 0), *ends], ends):
            row = _RULES.sub(lambda rule: " " * len(rule.group(0)), body[opens:closes])
            if row.strip():
                found.append((_line(source, start + opens + len(row) - len(row.lstrip())), row.split("&")))
        yield found


def _table_values(source: str, *, markdown: bool) -> Iterator[tuple[int, str, tuple[int, int]]]:
    """The line and the name of each value a table of the page gives (:func:`_named_in_table`), with the table's
    lines (first, last)."""
    for rows in _tables(source, markdown=markdown):
        span = (rows[0][0], rows[-1][0]) if rows else (0, 0)
        yield from ((line, name, span) for line, name in _named_in_table(rows))


def held_from(
    source: str, prose: Iterable[Prose], maths: Iterable[tuple[int, str]], *, markdown: bool
) -> tuple[int, int] | None:
    """The lines (first, last) held as what the page's maths means after a value given outside the maths the reader
    reads (in plain words; in a Markdown page, in MathML, dollars written as character references or a raw block;
    in a table) to a name its ``maths`` (each piece's first line, its text) writes, the table's own cells aside;
    None where no such value is given."""
    maths = list(maths)

    def written(name: str, besides: tuple[int, int] = (0, -1)) -> bool:
        found = re.compile(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])")
        return any(found.search(text) for line, text in maths if not besides[0] <= line <= besides[1])

    found = [*_plain_values(prose), *(_unread_values(source) if markdown else ())]
    lines = [line for line, name in found if written(name)]
    lines += [line for line, name, table in _table_values(source, markdown=markdown) if written(name, besides=table)]
    return (min(lines), source.count("\n") + 1) if lines else None
