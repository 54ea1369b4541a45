"""Macros a Markdown page's renderer may define outside the maths read: a MathJax or KaTeX configuration in a script
(``window.MathJax = {tex: {macros: {le: "\\\\ge"}}}``, MathJax 2's ``TeX: {Macros: ...}``, KaTeX's
``renderMathInElement(document.body, {macros: ...})``), a definition Pandoc reads on its own line outside maths
(its ``latex_macros``), and a definition in one formula of a page KaTeX renders, where it lasts to the end of its
formula only (or, with ``\\gdef`` and a shared ``macros`` object, to the end of the page).

None of them is modelled: the lines where a name they may define is written are held (undecidable), and a
configuration whose names cannot be read holds the whole page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diffproof.notes import tex
from diffproof.notes.model import Display

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
#: The macros of a renderer's configuration: MathJax 3's and KaTeX's ``macros:``, MathJax 2's ``Macros:``.
_MACROS = re.compile(r"""(?<![\w$])["']?macros["']?\s*:\s*""", re.IGNORECASE)
#: A key of a JavaScript object, quoted or not (KaTeX's are written with their backslash: ``"\\le"``).
_KEY = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*))\s*:""")
#: A definition of a command, and the name it defines.
_DEFINITION = re.compile(
    r"\\(?:(?:re|provide)?newcommand|DeclareMathOperator|DeclareRobustCommand)\*?\s*\{?\s*\\([A-Za-z]+)"
    r"|\\(?:[gex]?def|let)\s*\\([A-Za-z]+)"
)
_BARE_DEFINITION = re.compile(r"^[ \t]*(?=\\(?:(?:re|provide)?newcommand|[gex]?def|let|DeclareMathOperator)\b)", re.M)
_KATEX = re.compile(r"katex", re.IGNORECASE)


def _object_keys(text: str, opening: int) -> list[str] | None:
    """The keys of the JavaScript object whose ``{`` is at ``opening`` (nested values skipped, strings read as
    strings), or None when it is not closed."""
    keys: list[str] = []
    depth, index, expecting_key = 0, opening, False
    while index < len(text):
        char = text[index]
        if char in "\"'" and not (depth == 1 and expecting_key):
            end = re.compile(r"(?:[^%s\\]|\\.)*%s" % (char, char), re.DOTALL).match(text, index + 1)
            if end is None:
                return None
            index = end.end()
            continue
        if depth == 1 and expecting_key:
            key = _KEY.match(text, index)
            expecting_key = False
            if key is not None:
                keys.append(next(group for group in key.groups() if group is not None))
                index = key.end()
                continue
        if char in "{[(":
            depth += 1
            expecting_key = depth == 1
        elif char in "}])":
            depth -= 1
            if depth == 0:
                return keys
        elif char == "," and depth == 1:
            expecting_key = True
        index += 1
    return None


def _configured(text: str) -> tuple[set[str], bool]:
    """The names the page's scripts configure as macros, and whether some configuration could not be read."""
    names: set[str] = set()
    unread = False
    for script in _SCRIPT.finditer(text):
        for found in _MACROS.finditer(script.group(2)):
            body = script.group(2)
            keys = _object_keys(body, found.end()) if body[found.end() : found.end() + 1] == "{" else None
            if keys is None:
                unread = True
            else:
                names |= {re.sub(r"^(?:\\\\|\\)+", "", key) for key in keys}
    return names, unread


def _lines_naming(text: str, names: Iterable[str], after: int = 0) -> list[tuple[int, int]]:
    """The lines of ``text`` from line ``after`` on where one of ``names`` is written as a command."""
    names = sorted(set(names))
    if not names:
        return []
    pattern = re.compile(r"\\(?:%s)(?![A-Za-z])" % "|".join(map(re.escape, names)))
    lines = {tex.line_of(text, match.start()) for match in pattern.finditer(text)}
    return [(line, line) for line in sorted(lines) if line > after]


def configured_lines(text: str, displays: list[Display]) -> tuple[tuple[int, int], ...]:
    """The lines of the Markdown page ``text`` (its ``displays`` read) where a command is written that its renderer
    may define in a way not read here; every line when a configuration of macros cannot be read."""
    names, unread = _configured(text)
    if unread:
        return ((1, text.count("\n") + 1),)
    held = _lines_naming(text, names)
    shown = [(display.line, display.line + display.body.count("\n")) for display in displays]
    for bare in _BARE_DEFINITION.finditer(text):  # Pandoc's latex_macros: a definition on its own, outside maths
        line = tex.line_of(text, bare.end())
        if not any(first <= line <= last for first, last in shown):
            definition = _DEFINITION.match(text, bare.end())
            held += _lines_naming(text, [name for name in definition.groups() if name] if definition else [])
    if any(_KATEX.search(script.group(0)) for script in _SCRIPT.finditer(text)):
        for definition in _DEFINITION.finditer(text):  # KaTeX: to its formula's end, or the page's with \\gdef
            after = tex.line_of(text, definition.start())
            held += _lines_naming(text, [name for name in definition.groups() if name], after)
    return tuple(sorted(set(held)))
