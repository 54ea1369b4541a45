"""Reading derivations out of the notes people write: LaTeX (articles, beamer) and Markdown (blogs, READMEs, slides).

:func:`read_notes` finds the display maths the way the renderer would
(:mod:`~diffproof.notes.tex` for LaTeX, :mod:`~diffproof.notes.markdown` for
Markdown), splits it into chains and steps (:mod:`~diffproof.notes.steps`),
and collects what the note states for later steps: definitions written in
display maths, laws (``x \\sim \\mathcal{N}(0, I)``) and the
``diffproof:`` directives of its comments.  Malformed input becomes a
:class:`Problem` at its line and the rest is still read.
"""

from __future__ import annotations

import copy
import pathlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from diffproof.notes.macros import Macros, expand, input_key
from diffproof.notes.markdown import faint_lines, read_markdown, site_decided_lines
from diffproof.notes.model import Definition, Directive, Display, Inline, Law, Notes, Problem, Prose, Relation, Step
from diffproof.notes.steps import MATHS_IN_TEXT, Reader
from diffproof.notes.tex import doubtful_ink_lines, half_width, line_of, read_tex, strip_comments, strip_source
from diffproof.notes.tokens import group_end
from diffproof.notes.unread_values import held_from

__all__ = [
    "FORMATS",
    "Definition",
    "Directive",
    "Display",
    "Inline",
    "Law",
    "Notes",
    "Problem",
    "Prose",
    "Relation",
    "Step",
    "is_markdown",
    "decoded",
    "macros_of",
    "preamble_inputs",
    "read_file",
    "read_notes",
]

#: File suffixes read as notes, and whether they are Markdown.
FORMATS = {".tex": False, ".ltx": False, ".md": True, ".markdown": True, ".qmd": True, ".rmd": True}


def is_markdown(path: pathlib.Path) -> bool:
    """Whether a notes file is Markdown (else LaTeX); a suffix not in :data:`FORMATS` is a ValueError."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: expected a notes file ({', '.join(FORMATS)}), got {path.suffix or 'no suffix'!r}")
    return FORMATS[suffix]


def _cite(steps: list[Step], directives: list[Directive]) -> list[Step]:
    """``% diffproof: by <rule>`` names the rule of the step on its line, else of the next step."""
    steps = list(steps)
    for directive in directives:
        if directive.kind != "by":
            continue
        on_line = [index for index, step in enumerate(steps) if step.line == directive.line]
        after = [index for index, step in enumerate(steps) if step.line > directive.line]
        target = on_line[-1] if on_line else after[0] if after else None
        if target is not None:
            steps[target] = replace(steps[target], cited=directive.text)
    return steps


def macros_of(text: str) -> Macros:
    """The macros a TeX text of definitions defines (a preamble, a style file, a site's MathJax macros).

    Raises ValueError when they expand without end.
    """
    macros = Macros()
    expanded = expand(strip_source(text.replace("\r\n", "\n")), macros, grouped=True)
    for stop in expanded.stops:
        raise ValueError(f"line {stop.line}: {stop.message}")
    return macros


def read_notes(
    text: str, *, markdown: bool = False, macros: Macros | None = None, inputs: Mapping[str, str] | None = None
) -> Notes:
    """Everything a LaTeX (or, with ``markdown``, Markdown) note says, in the order of the text.

    ``macros`` are defined before the note (by :func:`macros_of`), as if in its preamble; ``inputs`` are the
    texts of the files a LaTeX preamble may ``\\input``, by name.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # a byte order mark is no text
    # Canonically equivalent texts render alike: a letter and its combining marks (NFD, as some editors save
    # it) are read as the one letter they compose (NFC), so "không" is one word however it was typed.
    text = unicodedata.normalize("NFC", text)
    macros = copy.deepcopy(macros) if macros is not None else None  # the note's own definitions stay its own
    read = read_markdown(text, macros) if markdown else read_tex(text, macros, inputs)
    displays, directives, problems, inline, undecidable, prose = read
    maths = [*((display.line, display.body) for display in displays), *((item.line, item.text) for item in inline)]
    if (held := held_from(text, prose, maths, markdown=markdown)) is not None:  # "From here on, let a = 4."
        undecidable = (*undecidable, held)
    reader = Reader()
    for display in displays:
        reader.read(display)
    return Notes(
        steps=tuple(_cite(reader.steps, directives)),
        definitions=tuple(reader.definitions),
        laws=tuple(reader.laws),
        directives=tuple(directives),
        problems=tuple(sorted(problems + reader.problems, key=lambda problem: problem.line)),
        inline=tuple(
            sorted(
                dict.fromkeys(map(_half_width, [*inline, *reader.inline, *_intertext_maths(displays)])),
                key=lambda item: item.line,
            )
        ),  # fmt: skip
        displays=tuple(span for display in displays for span in _display_spans(display)),
        leads=tuple((display.line, display.lead) for display in displays if display.lead),
        trails=tuple((display.line + display.body.count("\n"), display.trail) for display in displays if display.trail),
        undecidable=undecidable,
        site_decided=site_decided_lines(text) if markdown else (),
        faint=faint_lines(text, [*displays, *inline]) if markdown else doubtful_ink_lines(strip_source(text)),
        prose=tuple([*_intertexts(displays), *prose]),
        source=text,
    )


def _half_width(item: Inline) -> Inline:
    """Inline maths with its full-width forms read as ASCII, as a display's are (:func:`half_width`)."""
    return replace(item, text=half_width(item.text))


_INTERTEXT = re.compile(r"\\(?:short)?intertext\s*(?=\{)")


def _intertext_lines(display: Display) -> list[tuple[int, int, str]]:
    """The ``\\intertext{...}`` paragraphs of a display that stand on lines of their own, the rows after them on
    later lines: each one's first and last line and its words."""
    body = strip_comments(display.body)
    found = []
    for match in _INTERTEXT.finditer(body):
        closing = group_end(body, match.end())
        if closing is None or body[closing:].split("\n", 1)[0].strip(" \t\\"):
            continue  # a row goes on after it on its line: left inside the display
        first, last = line_of(body, match.start(), display.line), line_of(body, closing - 1, display.line)
        found.append((first, last, body[match.end() + 1 : closing - 1]))
    return found


def _intertexts(displays: list[Display]) -> list[Prose]:
    """The words of each display's ``\\intertext{...}``: a paragraph set between its rows, which leads in the rows
    after it as the prose before a display does ("\\intertext{A common error is to write} c &= 2")."""
    return [Prose(first, words) for display in displays for first, _, words in _intertext_lines(display)]


def _intertext_maths(displays: list[Display]) -> list[Inline]:
    """The maths of each display's ``\\intertext{...}`` paragraph, with its words as its sentence: set in a
    paragraph between the rows, as a sentence's maths is ("\\intertext{For $h \\ge 0$ we have}")."""
    return [
        Inline(maths.group(1) or maths.group(2), first + words.count("\n", 0, maths.start()), " ".join(words.split()))
        for display in displays
        for first, _, words in _intertext_lines(display)
        for maths in MATHS_IN_TEXT.finditer(words)
    ]


def _display_spans(display: Display) -> list[tuple[int, int]]:
    """The lines of a display, split at its ``\\intertext`` paragraphs: the rows before one and the rows after it
    are read as the displays around a paragraph are (what it says of them holds for them)."""
    spans, first = [], display.line
    for start, end, _ in _intertext_lines(display):
        if start > first:
            spans.append((first, start - 1))
        first = end + 1
    last = display.line + display.body.count("\n")
    return [*spans, (first, last)] if first <= last else spans


_PREAMBLE_FILES = re.compile(
    r"\\(input|include|usepackage|RequirePackage)\s*(?:\[[^\[\]]*\])?\s*(?:\{([^{}]*)\}|(?<=input)\s([\w./-]+))"
)
#: How deep files that input files are followed.
_DEPTH = 4


def preamble_inputs(path: pathlib.Path, text: str) -> dict[str, str]:
    """The files beside a LaTeX note that it reads (``\\input{macros}``, ``\\usepackage{notation}``), and those
    they read in turn, keyed as :func:`~diffproof.notes.macros.input_key` keys them, comments and
    verbatim blanked (UTF-8, else Latin-1, as TeX reads bytes).  As TeX looks for them, ``\\input{x}`` is
    ``x.tex``, else ``x``, and ``\\usepackage{x}`` is ``x.sty``."""
    found: dict[str, str] = {}
    pending = [(strip_source(text), 0)]
    while pending:
        current, depth = pending.pop()
        for match in _PREAMBLE_FILES.finditer(current):
            command, names = match.group(1), match.group(2) or match.group(3)
            for name in (name.strip() for name in names.split(",")):
                key = input_key(command, name)
                stem = path.parent / name
                package = command in ("usepackage", "RequirePackage")
                candidates = [stem.with_name(name + ".sty")] if package else [stem.with_name(name + ".tex"), stem]
                chosen = next((c for c in candidates if name and c.is_file()), None)
                if chosen is None or key in found:
                    continue
                found[key] = strip_source(decoded(chosen.read_bytes()))
                if depth < _DEPTH:
                    pending.append((found[key], depth + 1))
    return found


def decoded(data: bytes) -> str:
    """TeX source as text: UTF-8, else Latin-1 (every byte is a character, as TeX reads bytes)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_file(path: pathlib.Path, macros: Macros | None = None) -> Notes:
    """The notes in a ``.tex`` or ``.md`` file (see :data:`FORMATS`), ``macros`` defined before it, and for LaTeX
    the definitions of the files beside it that its preamble reads, where it reads them; OSError and ValueError
    as for reading a file."""
    markdown = is_markdown(path)
    text = path.read_text(encoding="utf-8") if markdown else decoded(path.read_bytes())  # \usepackage[latin1]
    inputs = {} if markdown else preamble_inputs(path, text)
    return read_notes(text, markdown=markdown, macros=macros, inputs=inputs)
