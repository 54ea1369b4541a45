"""Reading derivations out of LaTeX or Markdown notes: display math split into steps.

A chain ``A &= B \\\\ &= C`` in an ``align``, ``align*``, ``equation``, ``gather``,
``\\[ ... \\]`` or ``$$ ... $$`` block (and ``aligned`` or ``split`` inside one)
becomes the steps ``A = B`` and ``B = C``, each with the line it starts on.
Labels, tags, ``\\nonumber`` and ``\\intertext`` are dropped; comments are
dropped except the directives ``% diffproof: assume ...`` and
``% diffproof: let ...`` (in Markdown also ``<!-- diffproof: ... -->``).
Malformed input (an environment never closed, an ``\\end`` without its
``\\begin``, an unmatched ``$$``) is reported with its line number and the rest
of the file is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENVIRONMENTS = ("align", "align*", "equation", "equation*", "gather", "gather*", "multline", "multline*")
INNER = ("aligned", "split", "gathered")

#: Relations a step may use, longest spelling first, with the relation they mean.
RELATIONS = (
    (r"\leqslant", "<="),
    (r"\geqslant", ">="),
    (r"\approx", "~"),
    (r"\propto", "~"),
    (r"\leq", "<="),
    (r"\geq", ">="),
    (r"\le", "<="),
    (r"\ge", ">="),
    ("<=", "<="),
    (">=", ">="),
    ("=", "="),
    ("<", "<"),
    (">", ">"),
)

_DROP = re.compile(
    r"\\(label|tag\*?|eqref|ref)\s*\{[^{}]*\}|\\(nonumber|notag|displaystyle|quad|qquad|,|;|!|:)(?![a-zA-Z])"
)
#: \intertext{...} ends a row (text between the rows of one chain).
_INTERTEXT = re.compile(r"(\\\\)?[ \t]*\\intertext\s*\{(?:[^{}]|\{[^{}]*\})*\}")
_DIRECTIVE = re.compile(r"(?:%|<!--)\s*diffproof:\s*(assume|let)\s+(.*?)\s*(?:-->)?\s*$")


@dataclass(frozen=True)
class NoteStep:
    """``lhs relation rhs``, read from the notes at ``line``."""

    lhs: str
    relation: str
    rhs: str
    line: int


@dataclass(frozen=True)
class Directive:
    """``assume`` (a domain or inequality) or ``let`` (a relation), declared at ``line``."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True)
class Problem:
    """Something in the notes that could not be read, and where."""

    line: int
    message: str


@dataclass(frozen=True)
class Notes:
    steps: tuple[NoteStep, ...]
    directives: tuple[Directive, ...]
    problems: tuple[Problem, ...]


def _strip_comment(line: str) -> str:
    """The line without its ``%`` comment (``\\%`` is a percent sign, not a comment)."""
    match = re.search(r"(?<!\\)%", line)
    return line if match is None else line[: match.start()]


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def directives(text: str) -> tuple[Directive, ...]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _DIRECTIVE.search(line)
        if match:
            found.append(Directive(match.group(1), match.group(2), number))
    return tuple(found)


def _blank_comments(text: str) -> str:
    """Comments replaced by spaces, so offsets (and line numbers) are kept."""
    lines = []
    for line in text.split("\n"):
        kept = _strip_comment(line)
        lines.append(kept + " " * (len(line) - len(kept)))
    return "\n".join(lines)


def _blank_code_fences(text: str) -> str:
    """Markdown fenced code blocks replaced by spaces (math there is code, not notes)."""
    return re.sub(r"^(```|~~~).*?^\1[^\n]*$", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S | re.M)


def _top_level_relation(row: str) -> tuple[int, str, str] | None:
    """(offset, spelling, relation) of the first relation outside braces, brackets and parentheses."""
    depth = 0
    index = 0
    while index < len(row):
        char = row[index]
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif depth == 0:
            if row.startswith(r"\left", index) or row.startswith(r"\right", index):
                index += 5 if row.startswith(r"\left", index) else 6
                continue
            for spelling, relation in RELATIONS:
                if row.startswith(spelling, index):
                    after = row[index + len(spelling) : index + len(spelling) + 1]
                    if spelling.startswith("\\") and after.isalpha():
                        continue
                    return index, spelling, relation
        index += 1
    return None


def _split_relations(row: str) -> list[tuple[str, str, int]]:
    """``A = B \\le C`` as [("", "A", 0), ("=", "B", i), ("<=", "C", j)]: relation, side, offset of the relation."""
    parts = []
    relation, start, rest_at = "", 0, 0
    while True:
        found = _top_level_relation(row[rest_at:])
        if found is None:
            parts.append((relation, row[rest_at:], start))
            return parts
        offset, spelling, next_relation = found
        parts.append((relation, row[rest_at : rest_at + offset], start))
        relation, start = next_relation, rest_at + offset
        rest_at += offset + len(spelling)


def _rows(body: str, body_line: int) -> list[tuple[str, int]]:
    """The rows of a display, split at ``\\\\``, each with the line its first character is on."""
    rows = []
    offset = 0
    for match in re.finditer(r"\\\\(\[[^\]]*\])?|\Z", body):
        rows.append((body[offset : match.start()], body_line + body.count("\n", 0, offset)))
        offset = match.end()
    return rows


def _chain(body: str, body_line: int, independent_rows: bool) -> list[NoteStep]:
    """The steps of one display; ``gather`` rows are independent equations."""
    blank = lambda match: re.sub(r"[^\n]", " ", match.group(0))  # noqa: E731 -- keeps offsets
    body = re.sub(r"\\(begin|end)\{(%s)\}" % "|".join(INNER), blank, body)
    body = _DROP.sub(blank, body)
    body = _INTERTEXT.sub(lambda match: "\\\\" + blank(match)[2:], body)
    steps: list[NoteStep] = []
    previous: str | None = None
    for row, line in _rows(body, body_line):
        row = row.replace("&", " ")
        if not row.strip():
            continue
        parts = [
            (relation, _clean(side), line + row.count("\n", 0, at)) for relation, side, at in _split_relations(row)
        ]
        first = parts[0][1]
        if first or independent_rows:
            previous = first
        for relation, side, relation_line in parts[1:]:
            if previous and side:
                steps.append(NoteStep(previous, relation, side, relation_line))
            previous = side
    return steps


def _clean(side: str) -> str:
    """One line, without the punctuation that ends a displayed sentence."""
    return " ".join(side.split()).rstrip(".,;").rstrip()


def _displays(text: str, markdown: bool) -> tuple[list[tuple[str, str, int]], list[Problem]]:
    """(kind, body, line of the body) of each display, and the problems found on the way."""
    displays: list[tuple[str, str, int]] = []
    problems: list[Problem] = []
    token = re.compile(r"\\begin\{([^{}]*)\}|\\end\{([^{}]*)\}|\$\$|\\\[|\\\]")
    open_env: tuple[str, int, int] | None = None  # kind, offset of the body, line
    for match in token.finditer(text):
        begin, end, line = match.group(1), match.group(2), _line_of(text, match.start())
        delimiter = match.group(0)
        if open_env is None:
            if begin in ENVIRONMENTS or (begin is None and end is None and delimiter in ("$$", r"\[")):
                open_env = (begin or delimiter, match.end(), line)
            elif end in ENVIRONMENTS:
                problems.append(Problem(line, rf"\end{{{end}}} without a matching \begin{{{end}}}"))
            elif delimiter == r"\]":
                problems.append(Problem(line, r"\] without a matching \["))
            continue
        kind, start, start_line = open_env
        closes = (
            (kind == "$$" and delimiter == "$$")
            or (kind == r"\[" and delimiter == r"\]")
            or (end is not None and end == kind)
        )
        if closes:
            displays.append((kind, text[start : match.start()], _line_of(text, start)))
            open_env = None
        elif begin in ENVIRONMENTS or end in ENVIRONMENTS or delimiter in ("$$", r"\[", r"\]"):
            opened = r"\begin{%s}" % kind if kind not in ("$$", r"\[") else kind
            problems.append(Problem(start_line, f"{opened} on line {start_line} is not closed before line {line}"))
            open_env = None
            if begin in ENVIRONMENTS or delimiter in ("$$", r"\["):
                open_env = (begin or delimiter, match.end(), line)
    if open_env is not None:
        kind, _, start_line = open_env
        opened = r"\begin{%s}" % kind if kind not in ("$$", r"\[") else kind
        problems.append(Problem(start_line, f"{opened} on line {start_line} is never closed"))
    if markdown:
        displays = [d for d in displays if d[0] == "$$" or d[0] in ENVIRONMENTS]
    return displays, problems


def read_notes(text: str, *, markdown: bool = False) -> Notes:
    """The steps, directives and problems of a LaTeX (or, with ``markdown``, Markdown) text."""
    found_directives = directives(text)
    source = _blank_code_fences(text) if markdown else text
    source = _blank_comments(source)
    displays, problems = _displays(source, markdown)
    steps: list[NoteStep] = []
    for kind, body, line in displays:
        steps += _chain(body, line, independent_rows=kind.startswith("gather"))
    return Notes(tuple(steps), found_directives, tuple(problems))
