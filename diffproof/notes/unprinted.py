"""What a LaTeX page may not print of its source where it stands: the arguments of commands that write them
elsewhere or nowhere (an index, a table of contents, the log, a box never used, the title without ``\\maketitle``,
a short title), and text set out of sight (``\\raisebox``, ``\\transparent``, a TikZ picture's nodes).

Nothing here models the packages: a command known to take its argument away from the page holds the lines of
that argument (they are undecidable, as a conditional TeX evaluates is), when it holds maths, so what it writes
is neither read as shown nor refuted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from diffproof.notes.tokens import closed_at, group_end

#: Commands whose braced arguments (this many, after any optional ``[...]``) are not printed where they stand:
#: entries of an index, a glossary, a nomenclature or a table of contents (printed, if at all, elsewhere), the
#: log and the terminal, a running head, a box saved and a box moved or faded out of sight.
_ELSEWHERE = {
    "index": 1,
    "glossary": 1,
    "nomenclature": 2,
    "addcontentsline": 3,
    "addtocontents": 2,
    "typeout": 1,
    "message": 1,
    "wlog": 1,
    "PackageInfo": 2,
    "PackageWarning": 2,
    "PackageWarningNoLine": 2,
    "ClassInfo": 2,
    "ClassWarning": 2,
    "ClassWarningNoLine": 2,
    "GenericInfo": 2,
    "GenericWarning": 2,
    "markboth": 2,
    "markright": 1,
    "raisebox": 2,
    "texttransparent": 2,
}
#: Commands that save a box (``\\sbox{\\name}{...}``, ``\\savebox``): printed only where ``\\usebox{\\name}`` is.
_SAVED = {"sbox": 2, "savebox": 2}
#: The title page's parts, printed only by ``\\maketitle`` (or beamer's ``\\titlepage``).
_TITLE_PARTS = {"title": 1, "author": 1, "date": 1, "thanks": 1, "subtitle": 1, "institute": 1}
_MAKES_TITLE = re.compile(r"\\(?:maketitle|titlepage)(?![a-zA-Z@])|\\begin\s*\{titlepage\}")
#: Commands whose optional argument is a short title, printed only in a table of contents, a list of figures or a
#: running head.
_SHORT_TITLED = frozenset(
    {"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph", "caption", "frametitle"}
)
#: Switches that fade what follows to the end of its group (``{\\transparent{0} text}``).
_FADING = frozenset({"transparent"})
#: Environments whose body is not printed as written where it stands: a saved box (``lrbox``, printed only where
#: its box is used) and a TikZ picture, whose nodes may be set anywhere, in any colour or opacity.
_SET_APART = frozenset({"lrbox", "tikzpicture"})
_COMMAND = re.compile(r"\\([A-Za-z@]+)\*?(?![A-Za-z@])")
_MATHS = re.compile(r"(?<!\\)\$|\\[(\[]|\\begin\s*\{|\\ensuremath(?![A-Za-z@])")
_BOXED = re.compile(r"\s*(?:\\[A-Za-z@]+|\d+)\s*=?\s*\\(?:hbox|vbox|vtop)(?![A-Za-z@])\s*(?:(?:to|spread)[^{\\]*)?")


def _optional_end(text: str, index: int) -> int | None:
    """The offset after the ``[...]`` at ``index`` (brackets in braces do not count), or None when there is none."""
    index = _spaces(text, index)
    if text[index : index + 1] != "[":
        return None
    return closed_at(text, index + 1, "]")


def _spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\n":
        index += 1
    return index


def _arguments_end(text: str, index: int, braced: int) -> int:
    """The offset after ``braced`` arguments from ``index``, optional ones before and among them skipped; the end of
    the text when they are not closed (TeX reads on)."""
    for _ in range(braced):
        while (after := _optional_end(text, index)) is not None:
            index = after
        index = _spaces(text, index)
        if text[index : index + 1] != "{":
            return index
        closing = group_end(text, index)
        if closing is None:
            return len(text)
        index = closing
    return index


def _used_boxes(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\\usebox\s*\{?\s*(\\[A-Za-z@]+)", text))


def _saved_box(text: str, index: int) -> str:
    match = re.compile(r"\s*\{?\s*(\\[A-Za-z@]+)").match(text, index)
    return match.group(1) if match else ""


#: Declarations of an environment whose opening code is not read (environ's ``\\NewEnviron{hide}{}`` may drop its
#: body, xparse's may do anything with it, a tcolorbox listing may print it as code only): its body is held.
_UNREAD_ENVIRONMENT = re.compile(
    r"\\(?:NewEnviron|RenewEnviron|(?:New|Renew|Provide|Declare)DocumentEnvironment|newtcblisting|renewtcblisting"
    r"|(?:New|Renew|Provide|Declare)TCBListing)\s*(?:\[[^\[\]]*\]\s*)?\{\s*([^{}]*?)\s*\}"
)
#: beamer's ``\\includeonlyframes{main,other}``: the frames whose label is not listed are left out.
_ONLY_FRAMES = re.compile(r"\\includeonlyframes\s*\{([^{}]*)\}")
_FRAME = re.compile(r"\\begin\s*\{frame\}\s*(?:<[^<>\n]*>\s*)?(\[[^\[\]]*\])?.*?\\end\s*\{frame\}", re.DOTALL)
_FRAME_LABEL = re.compile(r"\blabel\s*=\s*\{?\s*([^,{}\]\s]+)")


def _left_out_frames(text: str, page: str) -> Iterator[tuple[int, int]]:
    """The frames of a beamer document that ``\\includeonlyframes`` (in ``page``, its source) leaves out."""
    only = _ONLY_FRAMES.search(page)
    if only is None:
        return
    kept = {label.strip() for label in only.group(1).split(",")}
    for frame in _FRAME.finditer(text):
        label = _FRAME_LABEL.search(frame.group(1) or "")
        if label is None or label.group(1) not in kept:
            yield frame.span()


def _spans(text: str, page: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` it may not print as written there (``page`` is its source, preamble and all)."""
    yield from _left_out_frames(text, page)
    set_apart = _SET_APART | set(_UNREAD_ENVIRONMENT.findall(page))
    used, titled = _used_boxes(text), _MAKES_TITLE.search(text) is not None
    for match in _COMMAND.finditer(text):
        name, start, end = match.group(1), match.start(), match.end()
        if name in _ELSEWHERE:
            yield start, _arguments_end(text, end, _ELSEWHERE[name])
        elif name in _SAVED and _saved_box(text, end) not in used:
            yield start, _arguments_end(text, end, _SAVED[name])
        elif name in _TITLE_PARTS and not titled:
            yield start, _arguments_end(text, end, _TITLE_PARTS[name])
        elif name in _SHORT_TITLED and (after := _optional_end(text, end)) is not None:
            yield start, after
        elif name in _FADING:
            yield start, closed_at(text, end, "}") or len(text)
        elif name == "setbox" and (boxed := _BOXED.match(text, end)) is not None:
            yield start, _box_end(text, boxed.end())
        elif name == "begin":
            environment = re.compile(r"\s*\{([^{}]*)\}").match(text, end)
            if environment is not None and environment.group(1).strip() in set_apart:
                kept = environment.group(1).strip()
                if kept == "lrbox" and _saved_box(text, environment.end()) in used:
                    continue
                closing = re.compile(r"\\end\s*\{%s\}" % re.escape(kept)).search(text, environment.end())
                yield start, closing.end() if closing is not None else len(text)


def _box_end(text: str, index: int) -> int:
    """The end of a box's material from ``index``: a braced group, or ``\\bgroup`` up to its ``\\egroup``."""
    if text[index : index + 1] == "{":
        return group_end(text, index) or len(text)
    depth = 0
    for match in re.compile(r"\\(bgroup|egroup)(?![A-Za-z@])").finditer(text, index):
        depth += 1 if match.group(1) == "bgroup" else -1
        if depth == 0:
            return match.end()
    return len(text)


def unprinted_lines(text: str, page: str, line_of: Callable[[int], int]) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) of what ``text`` (a LaTeX document, its macros expanded; ``page`` its source) may not
    print as written where it stands, where that holds maths: held, as the lines of a conditional TeX evaluates
    are."""
    return tuple(
        (line_of(start), line_of(max(end - 1, start)))
        for start, end in _spans(text, page)
        if _MATHS.search(text, start, end) is not None
    )


#: An assignment that changes what a character is or prints (``\\mathcode`<="313E``, ``\\catcode`\\|=13``,
#: ``\\lccode`~=`<`` before a ``\\lowercase``): the characters it names.
_RECODING = re.compile(r"\\(?:mathcode|catcode|lccode|uccode|delcode)\s*`\\?(.)(?:\s*=?\s*`\\?(.))?", re.DOTALL)


def recoded_lines(text: str, line_of: Callable[[int], int]) -> tuple[tuple[int, int], ...]:
    """The lines of ``text`` (a LaTeX source) after an assignment that recodes a character (its maths code or
    category) where that character is written: it may not print or mean what it is read as, so they are held."""
    held: list[tuple[int, int]] = []
    for match in _RECODING.finditer(text):
        for character in filter(None, match.groups()):
            for found in re.finditer(re.escape(character), text[match.end() :]):
                line = line_of(match.end() + found.start())
                held.append((line, line))
    return tuple(sorted(set(held)))
