"""Reading TeX source the way TeX (and MathJax) finds display maths in it.

Comments, verbatim material and beamer overlay commands are removed first,
each replaced by spaces so that offsets and line numbers do not move.  Then a
scanner pairs the display delimiters: ``\\[ \\]``, ``$$ $$`` and the display
environments of amsmath (``align``, ``equation``, ``gather``, ``multline``,
``flalign``, ``alignat``), ``eqnarray`` and ``displaymath``, starred or not, and
those of common packages (breqn's ``dmath``, IEEEtrantools' ``IEEEeqnarray``,
``empheq``, ``xalignat``), each read as the amsmath environment it is laid out as.
Inline maths (``$...$``, ``\\(...\\)``) is tracked only so that its dollars
are not taken for display delimiters.  The macros the document defines are
expanded first (:mod:`~diffproof.notes.macros`), as TeX expands them.  An unpaired delimiter is a
:class:`~diffproof.notes.model.Problem` at its line, and scanning goes on.
"""

from __future__ import annotations

import bisect
import colorsys
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace

from diffproof.notes import css, footnotes
from diffproof.notes.macros import Macros, expand
from diffproof.notes.model import Directive, Display, Inline, Problem, Prose
from diffproof.notes.tokens import closed_at as _closed_at
from diffproof.notes.tokens import group_end
from diffproof.notes.unprinted import recoded_lines, unprinted_lines

_ENVIRONMENTS = ("equation", "align", "gather", "multline", "flalign", "alignat", "eqnarray", "displaymath")
#: Environments whose body is display maths, starred forms included (those MathJax sets too).
DISPLAY_ENVIRONMENTS = frozenset(_ENVIRONMENTS + tuple(name + "*" for name in _ENVIRONMENTS))
#: The layouts amsmath allows only inside maths: inside an open display they are its layout, not another display.
INNER_LAYOUTS = frozenset({"aligned", "gathered", "split", "alignedat", "multlined"})
#: Environments MathJax typesets where they stand in a page's text (its ``processEnvironments``, on by default): the
#: display ones, and the inner layouts (``\begin{aligned}`` alone), which it sets as a display.
MATHJAX_ENVIRONMENTS = DISPLAY_ENVIRONMENTS | INNER_LAYOUTS
_OPTIONAL = r"(?:\s*\[[^\[\]]*\])?"
_MANDATORY = r"\s*\{([^{}]*)\}"
#: Display environments of LaTeX packages: the amsmath environment each is laid out as, and the arguments after
#: ``\begin{name}`` that are not maths.  ``empheq`` is laid out as the environment its argument names
#: (``\begin{empheq}[box=\fbox]{align}``); ``dgroup`` is read through the ``dmath`` it holds.
PACKAGE_ENVIRONMENTS: dict[str, tuple[str | None, str]] = {
    "dmath": ("equation", _OPTIONAL),  # breqn: \begin{dmath}[label=eq]
    "dmath*": ("equation", _OPTIONAL),
    "IEEEeqnarray": ("eqnarray", _OPTIONAL + _MANDATORY),  # IEEEtrantools: \begin{IEEEeqnarray}[...]{rCl}
    "IEEEeqnarray*": ("eqnarray", _OPTIONAL + _MANDATORY),
    "xalignat": ("alignat", _MANDATORY),  # amsmath's obsolete forms: \begin{xalignat}{2}
    "xalignat*": ("alignat", _MANDATORY),
    "xxalignat": ("alignat", _MANDATORY),
    "empheq": (None, _OPTIONAL + _MANDATORY),
}
#: Environments whose body is display maths in a LaTeX document.
LATEX_ENVIRONMENTS = DISPLAY_ENVIRONMENTS | frozenset(PACKAGE_ENVIRONMENTS)

#: The kinds of directive a note may give in a comment.
DIRECTIVE_KINDS = ("assume", "let", "by", "context")
_DIRECTIVE = re.compile(r"diffproof:\s*(\S*)\s*(.*?)\s*$")

#: Environments whose body TeX does not read as maths: verbatim ones, and the comment package's ``comment``.
_VERBATIM = frozenset(
    {"verbatim", "verbatim*", "Verbatim", "Verbatim*", "BVerbatim", "LVerbatim", "lstlisting", "minted", "comment"}
    | {"filecontents", "filecontents*"}  # written to a file, not typeset
    | {"spverbatim", "SaveVerbatim", "VerbatimOut", "luacode", "luacode*"}  # kept, written out, or run as Lua
)
#: Declarations that make an environment verbatim (its body printed as code, or dropped): listings'
#: ``\\lstnewenvironment{code}``, fancyvrb's ``\\DefineVerbatimEnvironment{code}{Verbatim}{}`` (and its custom
#: forms), minted's
#: ``\\newminted{latex}{}`` (the environment ``latexcode``, or the name in its optional argument), and an environment
#: whose opening code opens a verbatim one (``\\newenvironment{hide}{\\comment}{\\endcomment}``).
_VERBATIM_DECLARATION = re.compile(
    r"\\(?:lstnewenvironment|DefineVerbatimEnvironment|CustomVerbatimEnvironment|RecustomVerbatimEnvironment"
    r")\s*\{\s*([^{}]*?)\s*\}"
    r"|\\newminted\s*(?:\[\s*([^\[\]]*?)\s*\])?\s*\{\s*([^{}]*?)\s*\}"
    r"|\\(?:re)?newenvironment\s*\{\s*([^{}]*?)\s*\}\s*\{\s*\\([A-Za-z]+\*?)"
)
#: tcolorbox's listing environment set to print its source only (``\\begin{tcblisting}{listing only}``): code.
_LISTING_ONLY = re.compile(r"\s*\{[^{}]*\b(?:listing|comment) only\b[^{}]*\}")
#: What TeX reads first in a source, in order: ``\verb|...|`` and the other inline verbatim commands (``\Verb``,
#: ``\lstinline!...!``, ``\mintinline{latex}{...}``; a ``%`` in them is printed, and their maths is code), a URL
#: (``\url{a%20b}``, ``\href{a%20b}{...}``: its ``%`` is no comment), an environment's
#: opening, the comment package's declarations (``\excludecomment{solution}`` drops the environment ``solution``
#: as ``comment`` is; ``\includecomment`` and ``\specialcomment`` keep it), an escaped character (``\%``), and a
#: ``%`` comment (``\verb`` or ``\begin{verbatim}`` in it is no command).
_SOURCE_TOKEN = re.compile(
    r"(?P<verb>\\(?:verb|Verb|lstinline|spverb)(?![a-zA-Z])\*?(?:\[[^\[\]\n]*\])?([^a-zA-Z\s*\[{])[^\n]*?\2"
    r"|\\(?:lstinline(?:\[[^\[\]\n]*\])?|mintinline\s*(?:\[[^\[\]\n]*\])?\s*\{[^{}\n]*\})"
    r"\s*(?:\{[^{}\n]*\}|([^a-zA-Z\s{])[^\n]*?\3)"
    r"|\\(?:url|nolinkurl|href)\s*\{[^{}\n]*\})"
    r"|\\begin\s*\{([^{}]*)\}"
    r"|\\(excludecomment|includecomment|specialcomment|excludeversion|includeversion)\s*\{([^{}]*)\}"
    r"|\\.|%[^\n]*",
    re.DOTALL,
)

#: Beamer commands ``\cmd<overlay>{content}`` whose content is shown on some slide: the content is kept.
_OVERLAY_WITH_CONTENT = re.compile(r"\\(uncover|only|visible|invisible|onslide|alert|action)\s*<([^<>\n]*)>\s*(?=\{)")
#: Beamer's overlay environments: ``\\begin{onlyenv}<0>`` (``uncoverenv``, ``visibleenv``, ``actionenv``) is on
#: no slide, as ``\\only<0>`` is; ``\\begin{invisibleenv}`` with no spec, or ``<1->``, hides on all.
_OVERLAY_ENVIRONMENT = re.compile(
    r"\\begin\s*\{(onlyenv|uncoverenv|visibleenv|actionenv|invisibleenv)\}(?:\s*<([^<>\n]*)>)?"
)
#: Overlay commands that show their content on the slides their spec names only, and a spec that names none
#: (``\\only<0>{...}``, ``<presentation:0>``): the content is on no slide.
_SHOWING = frozenset({"uncover", "only", "visible", "onslide", "action"})
#: One part of an overlay spec (``<1-| handout:0>`` has two), and the mode it names.
_SPEC_PART = re.compile(r"\s*(?:([A-Za-z]+)\s*:)?(.*)", re.DOTALL)
#: The modes whose part of a spec holds on the slides, the most particular first; a part naming none holds there
#: when no part names one of these.
_SLIDE_MODES = ("beamer", "presentation", "all")
#: Beamer's ``\\invisible{...}`` without a spec: ``\\alt{hidden}{shown}`` with none is its first version, so the
#: content is hidden on every slide (and gobbled in article mode); a spec may follow only the name.
_INVISIBLE = re.compile(r"\\invisible(?![a-zA-Z@])\s*(?=\{)")
#: ``\\alt{this}{that}`` and ``\\only{...}`` with the spec after their arguments (``\\alt{a}{b}<2>``, or none: then
#: ``\\alt`` shows its first version, ``\\only`` its content).
_TRAILING_SPEC = re.compile(r"\\(alt|only)(?![a-zA-Z@])\s*(?=\{)")
_SPEC = re.compile(r"\s*<([^<>\n]*)>")
#: ``\\onslide<0>`` without a group (``\\onslide*<0>``, ``\\onslide+<0>``): a switch that covers what follows, up to
#: the next ``\\onslide`` or ``\\pause`` or the frame's end, on the slides its spec does not name.
_ONSLIDE_SWITCH = re.compile(r"\\onslide\s*[*+]?\s*<([^<>\n]*)>(?!\s*\{)")
_SWITCH_END = re.compile(r"\\onslide(?![a-zA-Z@])|\\pause(?![a-zA-Z@])|\\end\s*\{frame\}")
#: Beamer commands that only switch slides: removed.
_OVERLAY_SWITCH = re.compile(
    r"\\pause\b(\[\d*\])?|\\onslide\s*<[^<>\n]*>(?!\s*\{)|\\onslide\b\+?(?!\s*<)|(?<=\\item)\s*<[^<>\n]*>"
)
#: ``\\alt<spec>{this}{that}``: one slide's version, then the others'.
_ALTERNATIVES = re.compile(r"\\alt\s*<[^<>\n]*>\s*(?=\{)")
#: ``\\temporal<spec>{before}{at}{after}``: the slides before the spec's, the spec's, and those after.
_TEMPORAL = re.compile(r"\\temporal\s*<[^<>\n]*>\s*(?=\{)")
#: A frame on no slide: ``\\begin{frame}<0>`` (or ``<presentation:0>``, ``<beamer:0>``), up to its end.
_HIDDEN_FRAME = re.compile(r"\\begin\s*\{frame\}\s*<([^<>\n]*)>.*?\\end\s*\{frame\}", re.DOTALL)
#: ``\\mode<article>{...}``: material for the modes named only (the slides are the ``beamer`` mode).
_MODE = re.compile(r"\\mode\s*<([^<>\n]*)>\s*(?=\{)")
#: ``\\mode<article>`` without a group: a switch, after which beamer skips what is not for its mode up to the next
#: line that starts with ``\\mode``.
_MODE_SWITCH = re.compile(r"\\mode\s*<([^<>\n]*)>(?!\s*\{)")
_NEXT_MODE_LINE = re.compile(r"^[ \t]*\\mode(?![a-zA-Z@])", re.MULTILINE)
#: ``\\mode*`` (``\\ignorenonframetext``, or the class option): on the slides, text outside frames is ignored, up to
#: the next ``\\mode<...>``.
_IGNORE_NON_FRAME = re.compile(r"\\mode\s*\*|\\ignorenonframetext(?![a-zA-Z@])")
_IGNORE_NON_FRAME_OPTION = re.compile(
    r"\\documentclass\s*\[[^\[\]]*(?<![\w-])ignorenonframetext(?![\w-])[^\[\]]*\]\s*\{\s*beamer\s*\}"
)
_FRAME = re.compile(r"\\begin\s*\{frame\}.*?\\end\s*\{frame\}|\\frame\s*(?=\{)", re.DOTALL)
#: The beamerarticle package: the document is beamer's article mode, where the slides' material is not set.
_BEAMER_ARTICLE = re.compile(r"\\usepackage\s*(?:\[[^\[\]]*\])?\s*\{[^{}]*\bbeamerarticle\b[^{}]*\}")

#: Text after a display that says what it means: "where $\bar\beta_t = 1 - \bar\alpha_t$".
_QUALIFIES = re.compile(r"\s*,?\s*(where|with|here)\b", re.IGNORECASE)
#: The end of a sentence, in its words or at the end of its maths (``where $c := 2.$``).  Words after a display
#: that open with where/with/here but end in no such end before the next display or their paragraph's end, in a
#: colon or in words that run on ("With $a := 3$, we get"), may lead into the display after them rather than gloss
#: the one before: they are read at their own line (fail-safe: a gloss read there only leaves the display before
#: held, a lead-in read as a gloss proves it).  The Markdown reader's rule as well as this one's.
GLOSS_END = re.compile(r"[.!?]\s*(?:\$\$?|\\\))?\s*\Z")
_TOKEN = re.compile(
    r"\\\\|\\\$|\$\$|\$|\\\[|\\\]|\\\(|\\\)|\\begin\s*\{([^{}]*)\}|\\end\s*\{([^{}]*)\}|\n[ \t]*\n"
    r"|\\ensuremath(?![a-zA-Z@])\s*(?=\{)"
)


#: The full-width forms of ASCII (U+FF01-FF5E, as a Chinese or Japanese input method types them: ``（``, ``＋``,
#: ``＝``, ``１``): each is the ASCII character it is drawn as, one for one.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
#: The ideographic space U+3000, as wide as a ``\\quad``, as a blank.
_IDEOGRAPHIC_SPACE = {0x3000: ord(" ")}


def half_width(maths: str, spaces: bool = True) -> str:
    """Maths with its full-width forms as the ASCII characters they are drawn as (``h ＞ 0`` is ``h > 0``), in a
    display or inline alike, and (with ``spaces``) its ideographic spaces as blanks; offsets unchanged.  A display
    keeps them: they are gaps as wide as a ``\\quad`` (:mod:`diffproof.notes.steps`)."""
    return maths.translate(_FULL_WIDTH | _IDEOGRAPHIC_SPACE if spaces else _FULL_WIDTH)


def blank(text: str) -> str:
    """``text`` with every character but line breaks replaced by a space."""
    return re.sub(r"[^\n]", " ", text)


@functools.lru_cache(maxsize=16)
def _line_breaks(text: str) -> tuple[int, ...]:
    return tuple(match.start() for match in re.finditer("\n", text))


def line_of(text: str, offset: int, first_line: int = 1) -> int:
    """The line of ``text`` that ``offset`` is on, counting from ``first_line``."""
    return first_line + bisect.bisect_left(_line_breaks(text), offset)


#: The stop of an abbreviation a sentence may end with ("i.i.d.", "a.s.", "etc.", "et al.", "resp.", "p. 3."):
#: it ends one only before the end or a word that starts a sentence (:data:`_SENTENCE_START`).
_ABBREVIATION_MAY_END = (
    r"(?:(?<=\bi\.i\.d)|(?<=\bi\.\si\.\sd)|(?<=\ba\.s)|(?<=\bu\.i\.v)|(?<=\betc)|(?<=\bal)|(?<=\bresp)|(?<=\bpp)"
    r"|(?<=\bp))\."
)
#: A word that starts a sentence after an abbreviation: a capital opening a word, not the name of a law, which
#: follows i.i.d. or a.s. as its noun ("i.i.d. Gaussian noises"); or the end.
_SENTENCE_START = (
    r"(?=\s*$|\s+[*_\"'(\[]*(?!(?:Gau[sß]\w*|Normal\w*|Bernoulli|Poisson|Rademacher|Laplace\w*|Cauchy|Gumbel"
    r"|Student\w*|Uniform\w*|Gamma|Beta|Dirichlet|Exponential\w*|Wishart)\b)[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)
#: Where a sentence ends: a full stop, question or exclamation mark before a space or the end (not the point of
#: 0.5, nor that of an abbreviation a sentence goes on after: "Ho et al. take", "e.g.", "cf.", "Eq.", "w.r.t.",
#: "z. B.", "d. h.", "c.-à-d.", "p. ex.", "vgl."; nor, unless a sentence starts after it, one it may end with:
#: "i.i.d. and equal"), an ideographic full stop, or a blank line.
_SENTENCE_END = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\bvs)(?<!\bEq)(?<!\bFig)(?<!\bRef)"
    r"(?<!\bE\.g)(?<!\bI\.e)(?<!\be\.\sg)(?<!\bi\.\se)(?<!\bEqs)(?<!\beq)(?<!\beqs)(?<!\bFigs)(?<!\bfig)(?<!\bfigs)(?<!\bRefs)"
    r"(?<!\bSec)(?<!\bThm)(?<!\bLem)(?<!\bProp)(?<!\bDef)(?<!\bCh)(?<!\bapprox)(?<!\bw\.r\.t)(?<!\bs\.t)"
    r"(?<!\bw\.p)(?<!-à-d)(?<!\bvgl)(?<!\bbzw)(?<!\bz\.\sB)(?<!\bd\.\sh)(?<!\bp\.\sex)"
    r"(?<!\bi\.i\.d)(?<!\bi\.\si\.\sd)(?<!\ba\.s)(?<!\bu\.i\.v)(?<!\betc)(?<!\bal)(?<!\bresp)(?<!\bpp)(?<!\bp)"
    r"(?!(?<=\bd)\.\sh\.)(?!(?<=\bz)\.\sB\.)[.?!](?=\s|$)"
    rf"|{_ABBREVIATION_MAY_END}{_SENTENCE_START}|[。．？！]|\n\s*\n"
)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that the span ``start:end`` (inline maths) is set in."""
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    last = _SENTENCE_END.search(text, end)
    return text[first : last.end() if last is not None else len(text)].strip()


def comment_start(line: str) -> int | None:
    """Where the ``%`` comment of a line of TeX starts (``\\%`` is a percent sign), or None."""
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            index += 2
            continue
        if char == "%":
            return index
        index += 1
    return None


def strip_comments(text: str) -> str:
    """Comments blanked out; every line keeps its length."""
    lines = []
    for line in text.split("\n"):
        start = comment_start(line)
        lines.append(line if start is None else line[:start] + " " * (len(line) - start))
    return "\n".join(lines)


def directive(comment: str, line: int) -> Directive | Problem | None:
    """The directive a comment gives (``diffproof: let ...``), a problem if it is malformed, or None."""
    match = _DIRECTIVE.match(comment.strip())
    if match is None:
        return None
    kind, text = match.groups()
    if kind not in DIRECTIVE_KINDS:
        expected = ", ".join(DIRECTIVE_KINDS)
        return Problem(line, f"unknown diffproof directive {kind!r} (expected one of: {expected})")
    if not text:
        return Problem(line, f"the diffproof directive {kind!r} needs an argument")
    return Directive(kind, text, line)


def comment_directives(text: str, first_line: int = 1) -> Iterator[Directive | Problem]:
    """The directives given in the ``%`` comments of a piece of TeX."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        start = comment_start(line)
        if start is not None:
            found = directive(line[start + 1 :], number)
            if found is not None:
                yield found


def _slides_part(spec: str) -> str | None:
    """The part of an overlay spec that holds on the slides: ``<1-| handout:0>`` is ``1-`` there, ``<beamer:0|
    article:1>`` is ``0``; None where no part does (``<handout:0>``: every slide)."""
    parts = {}
    for part in spec.split("|"):
        mode, value = _SPEC_PART.fullmatch(part).groups()
        parts.setdefault((mode or "").lower(), value.strip())
    for mode in (*_SLIDE_MODES, ""):
        if mode in parts:
            return parts[mode]
    return None


def _on_no_slide(spec: str) -> bool:
    """Whether an overlay spec names no slide (``0``, ``presentation:0``, ``0| handout:1``)."""
    part = _slides_part(spec)
    return part is not None and part == "0"


def _on_every_slide(spec: str) -> bool:
    """Whether an overlay spec names every slide (``1-``, ``presentation:1-``)."""
    part = _slides_part(spec)
    return part is not None and re.fullmatch(r"1\s*-", part) is not None


def _environment_end(text: str, name: str, start: int) -> int | None:
    """The end of the ``\\end{name}`` that closes the environment opened before ``start`` (nested ones counted)."""
    depth = 1
    for tag in re.finditer(rf"\\(begin|end)\s*\{{{re.escape(name)}\}}", text[start:]):
        depth += 1 if tag.group(1) == "begin" else -1
        if depth == 0:
            return start + tag.end()
    return None


def strip_overlays(text: str) -> str:
    """Beamer overlays removed: ``\\uncover<2->{x}`` becomes ``x``; ``\\pause`` and ``\\onslide<3->`` go; what no
    slide shows (``\\only<0>{x}``, ``\\invisible{x}``, ``\\invisible<1->{x}``) is blanked."""
    for match in _ONSLIDE_SWITCH.finditer(text):  # \onslide<0> then material: on no slide
        if _on_no_slide(match.group(1)):
            following = _SWITCH_END.search(text, match.end())
            end = following.start() if following is not None else len(text)
            text = text[: match.start()] + blank(text[match.start() : end]) + text[end:]
    text = _OVERLAY_SWITCH.sub(lambda match: blank(match.group(0)), text)
    chars = list(text)
    previous = None  # where the last overlay group ended: another right after it is the other slides' version
    for match in _OVERLAY_ENVIRONMENT.finditer(text):  # \begin{onlyenv}<0>, \begin{invisibleenv}: on no slide
        name, spec = match.groups()
        hidden = _on_every_slide(spec) if spec is not None else True
        if (name == "invisibleenv" and hidden) or (name != "invisibleenv" and spec is not None and _on_no_slide(spec)):
            end = _environment_end(text, name, match.end())
            if end is not None:
                chars[match.start() : end] = blank(text[match.start() : end])
    for match in _INVISIBLE.finditer(text):  # \invisible{...}: on no slide
        closing = group_end(text, match.end())
        if closing is not None:
            chars[match.start() : closing] = blank(text[match.start() : closing])
    for match in _TRAILING_SPEC.finditer(text):  # \alt{a}{b}<2>, \only{a}<2>
        first = group_end(text, match.end())
        if first is None:
            continue
        second = first
        if match.group(1) == "alt":
            second = group_end(text, first) if text[first : first + 1] == "{" else None
            if second is None:
                continue
        spec = _SPEC.match(text, second)
        if match.group(1) == "only" and spec is not None and _on_no_slide(spec.group(1)):
            chars[match.start() : spec.end()] = blank(text[match.start() : spec.end()])  # \only{...}<0>
            continue
        if match.group(1) == "alt" and spec is not None and _on_no_slide(spec.group(1)):
            chars[match.start() : first] = blank(text[match.start() : first])  # \alt{a}{b}<0>: b on every slide
            chars[first] = chars[second - 1] = " "
            chars[spec.start() : spec.end()] = blank(spec.group(0))
            continue
        chars[match.start() : match.end()] = blank(match.group(0))
        chars[match.end()] = chars[first - 1] = " "
        chars[first:second] = blank(text[first:second])  # the other slides' version of \alt
        if spec is not None:
            chars[spec.start() : spec.end()] = blank(spec.group(0))
    for match in _OVERLAY_WITH_CONTENT.finditer(text):
        closing = group_end(text, match.end())
        if closing is not None and (
            (match.group(1) in _SHOWING and _on_no_slide(match.group(2)))
            or (match.group(1) == "invisible" and _on_every_slide(match.group(2)))
        ):  # \only<0>{...}, \invisible<1->{...}: on no slide
            chars[match.start() : closing] = blank(text[match.start() : closing])
            continue
        between = text[previous : match.start()] if previous is not None else "\n"
        row_ended = previous is not None and text[:previous].rstrip("} \t").endswith("\\\\")
        if closing is not None and not between.strip(" \t") and not row_ended:
            chars[match.start() : closing] = blank(text[match.start() : closing])  # \only<1>{2a}\only<2>{a 2}
            previous = closing
            continue
        chars[match.start() : match.end()] = blank(match.group(0))
        if closing is not None:
            chars[match.end()] = chars[closing - 1] = " "
        previous = closing
    for match in _TEMPORAL.finditer(text):  # \temporal<2>{before}{at}{after}: the version its slides show
        first = group_end(text, match.end())
        second = group_end(text, first) if first is not None and text[first : first + 1] == "{" else None
        third = group_end(text, second) if second is not None and text[second : second + 1] == "{" else None
        if first is None or second is None or third is None:
            continue
        if _on_no_slide(_SPEC.match(text, match.start() + len("\\temporal")).group(1)):  # every slide is after <0>
            chars[match.start() : second] = blank(text[match.start() : second])
            chars[second] = chars[third - 1] = " "
            continue
        chars[match.start() : first] = blank(text[match.start() : first])
        chars[first] = chars[second - 1] = " "
        chars[second:third] = blank(text[second:third])
    for match in _ALTERNATIVES.finditer(text):  # \alt<1>{2b}{b \cdot 2}: the first slide's version
        first = group_end(text, match.end())
        second = group_end(text, first) if first is not None and text[first : first + 1] == "{" else None
        if first is None or second is None:
            continue
        if _on_no_slide(_SPEC.match(text, match.start() + len("\\alt")).group(1)):  # \alt<0>{a}{b}: b everywhere
            chars[match.start() : first] = blank(text[match.start() : first])
            chars[first] = chars[second - 1] = " "
            continue
        chars[match.start() : match.end()] = blank(match.group(0))
        chars[match.end()] = chars[first - 1] = " "
        chars[first:second] = blank(text[first:second])
    return "".join(chars)


#: A beamer document: its ``\\note{...}`` is the speaker's, printed on no slide unless the document shows notes.
_BEAMER = re.compile(r"\\documentclass\s*(?:\[[^\[\]]*\])?\s*\{\s*beamer\s*\}")
_SHOW_NOTES = re.compile(r"\\setbeameroption\s*\{\s*show\s+(?:only\s+)?notes")
#: Beamer's ``\\note<2>[item]{...}``, up to its argument's brace.
_NOTE = re.compile(r"\\note(?![a-zA-Z@])\s*(?:<[^<>\n]*>\s*)?(?:\[[^\[\]]*\]\s*)?(?=\{)")


def _modes_blanked(text: str, mode: str) -> list[str]:
    """The characters of ``text`` with the material for other modes than ``mode`` (the slides' ``beamer``, or
    ``article``) blanked: ``\\mode<article>{...}`` on the slides, ``\\mode<presentation>{...}`` in an article, and
    after a switch ``\\mode<article>`` what comes up to the next line that starts with ``\\mode``."""
    chars = list(text)
    names = r"all|beamer|presentation" if mode == "beamer" else r"all|article"
    for match in _MODE.finditer(text):
        closing = group_end(text, match.end())
        if closing is not None and not re.search(rf"\b(?:{names})\b", match.group(1)):
            chars[match.start() : closing] = blank(text[match.start() : closing])
    for match in _MODE_SWITCH.finditer(text):
        if re.search(rf"\b(?:{names})\b", match.group(1)):
            continue
        following = _NEXT_MODE_LINE.search(text, match.end())
        end = following.start() if following is not None else len(text)
        chars[match.start() : end] = blank(text[match.start() : end])
    return chars


def _non_frame_text_blanked(text: str, source: str, chars: list[str]) -> None:
    """In ``chars`` (of ``text``), the text outside frames blanked where beamer ignores it: after ``\\mode*`` (or
    ``\\ignorenonframetext``) up to the next ``\\mode<...>``, and all of it with the class option
    ``ignorenonframetext``."""
    begin = _BEGIN_DOCUMENT.search(source)
    preamble = source[: begin.start()] if begin is not None else ""
    spans = []
    if _IGNORE_NON_FRAME_OPTION.search(preamble) is not None:
        spans.append((0, len(text)))
    starts = [0] if _IGNORE_NON_FRAME.search(preamble) else []
    for start in [*starts, *(match.start() for match in _IGNORE_NON_FRAME.finditer(text))]:
        following = _MODE_SWITCH.search(text, start + 1)
        spans.append((start, following.start() if following is not None else len(text)))
    for start, end in spans:
        position = start
        for frame in _FRAME.finditer(text, start, end):
            frame_end = frame.end() if frame.group(0).startswith("\\begin") else group_end(text, frame.end())
            chars[position : frame.start()] = blank(text[position : frame.start()])
            position = max(position, frame_end or frame.end())
        if position < end:
            chars[position:end] = blank(text[position:end])


def strip_notes(text: str, source: str) -> str:
    """What a beamer document's slides do not show blanked in ``text``, the expanded body of ``source``: material
    for other modes only (``\\mode<article>{...}``, or after the switch ``\\mode<article>``), a frame on no slide (``\\begin{frame}<0>``), and the
    speaker's notes (``\\note{...}``) unless ``source`` sets ``\\setbeameroption{show notes}`` (beamer hides them
    by default).  A ``\\note`` the document defines itself is expanded already, and stays.  In an article that
    uses beamerarticle (beamer's article mode) the slides' material is blanked (``\\mode<presentation>{...}``); a
    document of another class is returned as it is."""
    if _BEAMER.search(source) is None:
        return "".join(_modes_blanked(text, "article")) if _BEAMER_ARTICLE.search(source) else text
    chars = _modes_blanked(text, "beamer")
    _non_frame_text_blanked(text, source, chars)
    for match in _HIDDEN_FRAME.finditer(text):  # \begin{frame}<0>: a frame on no slide
        if _on_no_slide(match.group(1)):
            chars[match.start() : match.end()] = blank(match.group(0))
    if _SHOW_NOTES.search(source) is not None:
        return "".join(chars)
    for match in _NOTE.finditer(text):
        closing = group_end(text, match.end())
        if closing is not None:
            chars[match.start() : closing] = blank(text[match.start() : closing])
    return "".join(chars)


#: The options todonotes is given: by ``\\usepackage[...]{todonotes}`` or ``\\PassOptionsToPackage{...}{todonotes}``;
#: and the document class's options.
_TODONOTES_OPTIONS = re.compile(
    r"\\usepackage\s*\[([^\[\]]*)\]\s*\{\s*todonotes\s*\}|\\PassOptionsToPackage\s*\{([^{}]*)\}\s*\{\s*todonotes\s*\}"
)
_CLASS_OPTIONS = re.compile(r"\\documentclass\s*\[([^\[\]]*)\]")


def _todos_disabled(source: str) -> bool:
    """Whether todonotes prints no ``\\todo`` or ``\\missingfigure``: given its option ``disable``, or ``obeyFinal``
    under the class option ``final``."""
    given = [match.group(1) if match.group(1) is not None else match.group(2)
             for match in _TODONOTES_OPTIONS.finditer(source)]  # fmt: skip
    options = {option.split("=")[0].strip() for text in given for option in text.split(",")}
    classes = {option.strip() for match in _CLASS_OPTIONS.finditer(source) for option in match.group(1).split(",")}
    return "disable" in options or ("obeyFinal" in options and "final" in classes)


#: ``\\todo[inline]{...}``, ``\\missingfigure{...}``, up to the argument's brace.
_TODO = re.compile(r"\\(?:todo|missingfigure)(?![a-zA-Z@])\s*(?:\[[^\[\]]*\]\s*)?(?=\{)")


def _todos_blanked(text: str, preamble: str) -> str:
    """``text`` (a document's body) with the todonotes package's notes blanked where its ``preamble``, as TeX reads
    it (macros expanded, what a false conditional skips and definitions blanked), loads the package disabled: they
    print nothing, so nothing they say is on the page."""
    if not _todos_disabled(preamble):
        return text
    chars = list(text)
    for match in _TODO.finditer(text):
        closing = group_end(text, match.end())
        if closing is not None:
            chars[match.start() : closing] = blank(text[match.start() : closing])
    return "".join(chars)


_BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = re.compile(r"\\end\s*\{document\}")


def _outside_document_blanked(text: str) -> str:
    """The text after ``\\end{document}`` blanked: LaTeX reads nothing there."""
    end = _END_DOCUMENT.search(text)
    return text[: end.end()] + blank(text[end.end() :]) if end else text


def strip_verbatim(text: str) -> str:
    """Verbatim environments, ``\\verb`` and the comment package's excluded environments blanked: nothing there
    is maths (``\\iffalse`` is the expander's).  Comments are kept, and what is in them is not verbatim."""
    return _verbatim_blanked(text, comments=False)


def strip_source(text: str) -> str:
    """Comments and verbatim material blanked, in the order TeX reads them: a ``%`` in ``\\verb|%|`` is printed,
    and does not comment out the rest of its line; ``\\verb`` in a comment is no command."""
    return _verbatim_blanked(text, comments=True)


def _verbatim_blanked(text: str, *, comments: bool) -> str:
    """The text with its verbatim material blanked, and its comments if ``comments``, reading it from the start."""
    pieces: list[str] = []
    kept = position = 0
    excluded = set(_VERBATIM)  # the environments dropped: \excludecomment adds one from where it is given
    while (token := _SOURCE_TOKEN.search(text, position)) is not None:
        position, end = token.end(), None
        verb, name, declaration, declared = token.group("verb"), token.group(4), token.group(5), token.group(6)
        if verb is not None or (comments and token.group(0).startswith("%")):
            end = token.end()
        elif name is not None and (
            name in excluded or (name == "tcblisting" and _LISTING_ONLY.match(text, token.end()))
        ):
            closing = re.compile(r"\\end\{%s\}" % re.escape(name)).search(text, token.end())
            end = closing.end() if closing is not None else None
        elif declaration is not None:
            (excluded.add if declaration.startswith("exclude") else excluded.discard)(declared.strip())
        elif (verbatim := _VERBATIM_DECLARATION.match(text, token.start())) is not None:
            excluded |= _declared_verbatim(verbatim, excluded)
        if end is not None:
            pieces += [text[kept : token.start()], blank(text[token.start() : end])]
            kept = position = end
    return "".join(pieces) + text[kept:]


def _declared_verbatim(declaration: re.Match, verbatim: set[str]) -> set[str]:
    """The environments a declaration (:data:`_VERBATIM_DECLARATION`) makes verbatim."""
    listing, minted_name, language, environment, opening = declaration.groups()
    if listing is not None:
        return {listing}
    if language is not None:
        return {minted_name} if minted_name else {f"{language}code", f"{language}code*"}
    return {environment} if opening in verbatim else set()


def _closes(kind: str, token: str, end: str | None) -> bool:
    if kind == "$$":
        return token == "$$"
    if kind == "\\[":
        return token == "\\]"
    return end is not None and end.strip() == kind


def _opening(token: str, begin: str | None, environments: frozenset[str]) -> str | None:
    """The display a token opens: ``$$``, ``\\[`` or an environment's name."""
    if token in ("$$", "\\["):
        return token
    if begin is not None and begin.strip() in environments:
        return begin.strip()
    return None


def _next_opening(text: str, start: int, environments: frozenset[str]) -> int:
    """Where the first display after ``start`` opens in the paragraph (:func:`_opening`), or the paragraph ends."""
    for match in _TOKEN.finditer(text, start):
        if match.group(0).startswith("\n") or _opening(match.group(0), match.group(1), environments):
            return match.start()
    return len(text)


def _layout(kind: str, text: str, body_start: int) -> tuple[str, int]:
    """How the display an environment opens is laid out (its own name, or the amsmath environment a package's is
    laid out as), and where its body starts after the arguments that are not maths (``alignat``'s ``{2}``)."""
    if kind.startswith("alignat"):
        argument = re.match(_MANDATORY, text[body_start:])
        return kind, body_start + (argument.end() if argument else 0)
    if kind not in PACKAGE_ENVIRONMENTS:
        return kind, body_start
    layout, pattern = PACKAGE_ENVIRONMENTS[kind]
    arguments = re.match(pattern, text[body_start:])
    if arguments is None:
        return layout or "equation", body_start
    if layout is None:  # empheq: the environment its argument names, alignat=2 as alignat
        layout = re.sub(r"=.*", "", arguments.group(1)).strip() or "equation"
    return layout, body_start + arguments.end()


def _shown(kind: str) -> str:
    return kind if kind in ("$$", "\\[") else "\\begin{%s}" % kind


def displays(
    text: str,
    first_line: int = 1,
    *,
    dollars: bool = True,
    inline_maths: list[Inline] | None = None,
    environments: frozenset[str] = MATHJAX_ENVIRONMENTS,
    words: str | None = None,
    forms: list[tuple[int, int, str]] | None = None,
    edges: list[tuple[int, int, int]] | None = None,
) -> tuple[list[Display], list[Problem]]:
    """The display maths of a TeX text whose comments are already blanked, with the problems met.

    With ``dollars`` false (MathJax on an HTML page), a single ``$`` is text, not inline maths; the inline
    maths met is appended to ``inline_maths`` when it is given.
    Inside ``$$`` or ``\\[``, an environment is part of the display (MathJax renders
    ``$$\\begin{align}...\\end{align}$$``).  ``environments`` are those that open a display (a LaTeX document's
    :data:`LATEX_ENVIRONMENTS`; MathJax's :data:`MATHJAX_ENVIRONMENTS`).  Each display carries the words set beside
    it on its first and last lines (:func:`beside`), read from ``words`` (``text`` as a reader sees it, of the
    same length; ``text`` itself by default); where each opens, its body starts and it closes is appended to
    ``edges`` when it is given.  With ``forms`` (a LaTeX document), LaTeX's other ways of writing
    inline maths in text are inline maths too, the ``math`` environment and ``\\ensuremath{...}``, and each is
    appended to ``forms`` as ``\\(...\\)`` (:func:`inline_forms`).
    """
    found: list[Display] = []
    problems: list[Problem] = []
    inline: str | None = None  # "$", "\\(" or "math" while in inline maths
    inline_at = inline_end = 0  # where the inline maths opens, and where its opening ends
    open_kind: str | None = None
    layout = ""
    body_start = opened_at = closed_at = opening = skipped = 0
    edges = [] if edges is None else edges  # where each display's opening delimiter starts, its body starts, and
    # its closing delimiter ends
    for match in _TOKEN.finditer(text):
        token, begin, end = match.group(0), match.group(1), match.group(2)
        if match.start() < skipped:  # inside \ensuremath{...}, read as inline maths
            continue
        at = line_of(text, match.start(), first_line)
        if token.startswith("\n"):
            if inline is not None:  # a paragraph ends inline maths
                problems.append(
                    Problem(line_of(text, inline_at, first_line), f"{inline} is not closed in its paragraph")
                )
                inline = None
            continue
        if token in ("\\\\", "\\$"):
            continue
        if inline == "math":  # \\begin{math} ... \\end{math}: \\( ... \\) as LaTeX defines it
            if end is not None and end.strip() == "math" and forms is not None:
                forms.append((inline_at, inline_end, "\\(" + blank(text[inline_at + 2 : inline_end])))
                forms.append((match.start(), match.end(), blank(text[match.start() : match.end() - 2]) + "\\)"))
                inline = None
            continue
        if inline is not None:
            if (inline == "$" and token in ("$", "$$")) or (inline == "\\(" and token == "\\)"):
                if inline_maths is not None:
                    start = inline_at + len(inline)
                    line = line_of(text, start, first_line)
                    between = text[closed_at:inline_at] if found else ""
                    if found and "\n\n" not in between.replace(" ", "") and _QUALIFIES.match(between):
                        leads_on = text[closed_at : _next_opening(text, closed_at, environments)]
                        # "\end{align} where $\alpha := 3/2$.": what the display means; not "with $a := 3$, we get"
                        line = found[-1].line if GLOSS_END.search(leads_on) else line  # before the next display
                    sentence = sentence_around(text, inline_at, match.end())
                    inline_maths.append(Inline(text[start : match.start()], line, sentence))
                inline = None
            continue
        if open_kind is None:
            kind = _opening(token, begin, environments)
            if kind is not None:
                open_kind, opened_at, opening = kind, at, match.start()
                layout, body_start = _layout(kind, text, match.end())
            elif forms is not None and begin is not None and begin.strip() == "math":
                inline, inline_at, inline_end = "math", match.start(), match.end()
            elif forms is not None and token.startswith("\\ensuremath"):
                brace = match.end()
                closing = group_end(text, brace)
                if closing is not None and not re.search(r"\n[ \t]*\n", text[brace:closing]):
                    shown = "\\(" + blank(text[match.start() + 3 : brace + 1]) + text[brace + 1 : closing - 1] + "\\)"
                    forms.append((match.start(), closing, shown))  # its argument one character on: lines kept
                    skipped = closing
            elif token == "$" and dollars:
                inline, inline_at = "$", match.start()
            elif token == "\\(":
                inline, inline_at = "\\(", match.start()
            elif token == "\\]":
                problems.append(Problem(at, "\\] without a matching \\["))
            elif end is not None and end.strip() in environments:
                problems.append(Problem(at, f"\\end{{{end.strip()}}} without a matching \\begin{{{end.strip()}}}"))
            continue
        if _closes(open_kind, token, end):
            found.append(Display(layout, text[body_start : match.start()], line_of(text, body_start, first_line)))
            edges.append((opening, body_start, match.end()))
            open_kind, closed_at = None, match.end()
            continue
        in_delimited = open_kind in ("$$", "\\[")
        opens_another = token in ("$$", "\\[", "\\]") or (
            not in_delimited and ((begin or end or "").strip() in environments - INNER_LAYOUTS)
        )
        if opens_another:
            problems.append(
                Problem(opened_at, f"{_shown(open_kind)} on line {opened_at} is not closed before line {at}")
            )
            open_kind = None
            kind = _opening(token, begin, environments)
            if kind is not None:
                open_kind, opened_at, opening = kind, at, match.start()
                layout, body_start = _layout(kind, text, match.end())
            elif end is not None:
                problems.append(Problem(at, f"\\end{{{end.strip()}}} without a matching \\begin{{{end.strip()}}}"))
    if open_kind is not None:
        problems.append(Problem(opened_at, f"{_shown(open_kind)} on line {opened_at} is never closed"))
    if inline is not None:
        shown = "\\begin{math}" if inline == "math" else inline
        problems.append(Problem(line_of(text, inline_at, first_line), f"{shown} is never closed"))
    return beside(text, found, edges, text if words is None else words), problems


def beside(text: str, found: list[Display], edges: list[tuple[int, int, int]], words: str) -> list[Display]:
    """The displays ``found`` in ``text``, each opened, its body started and closed at its ``edges``, with the words
    of ``words`` (``text`` as a reader sees it) set on its first line before it and on its last line after it, up
    to the display before or after it on that line: a display that starts or ends inside a line of prose is set in
    the sentence around it ("Assume \\[ h + k < 0 \\] throughout."), as one on lines of its own is in the
    sentences of the lines around it."""
    placed = []
    for number, (display, (opening, body_start, closing)) in enumerate(zip(found, edges)):
        start = max(text.rfind("\n", 0, opening) + 1, edges[number - 1][2] if number else 0)
        line_end = text.find("\n", closing)
        following = edges[number + 1][0] if number + 1 < len(edges) else len(text)
        end = min(line_end if line_end >= 0 else len(text), following)
        lead = words[start:opening] if "\n" not in text[opening:body_start] else ""  # else not its first line
        trail = words[closing:end]
        placed.append(replace(display, lead=lead if lead.strip() else "", trail=trail if trail.strip() else ""))
    return placed


def inline_forms(text: str, environments: frozenset[str] = LATEX_ENVIRONMENTS) -> str:
    """A LaTeX document's text with its inline maths written in the ``math`` environment (``\\begin{math} x
    \\end{math}``, which LaTeX defines ``\\(`` as) or in ``\\ensuremath{x}`` set in text (maths there; in maths
    it is its argument alone) written ``\\( ... \\)``, as every reader of inline maths expects it; its length and
    the line of every character kept."""
    forms: list[tuple[int, int, str]] = []
    displays(text, environments=environments, forms=forms)
    for start, end, shown in sorted(forms, reverse=True):
        text = text[:start] + shown + text[end:]
    return text


#: Commands that strike an argument out: ulem's ``\\sout`` and ``\\xout`` and soul's ``\\st`` their argument, the
#: changes package's ``\\deleted[..]{old}`` its argument and ``\\replaced[..]{new}{old}`` its second (struck in a
#: draft, removed under ``[final]``): what they print is crossed out or gone, no statement of the note.  The command's
#: name, with the argument it strikes counted from 0.
_ULEM_SOUL_STRUCK = re.compile(r"\\(sout|xout|st|deleted|replaced)(?![a-zA-Z@])\s*(?:\[[^\]{}]*\]\s*)?(?=\{)")
_STRUCK_ARGUMENT = {"sout": 0, "xout": 0, "st": 0, "deleted": 0, "replaced": 1}


def _ulem_soul_struck_blanked(text: str) -> str:
    """The text with a strike-out command and what it crosses out blanked, its lines kept: it claims and defines
    nothing (Markdown's ``<del>`` and ``<s>`` are read so).  Macros are expanded before, so a note's own ``\\st`` is
    not struck."""
    chars = list(text)
    for match in _ULEM_SOUL_STRUCK.finditer(text):
        opening: int | None = match.end()
        for _ in range(_STRUCK_ARGUMENT[match.group(1)]):  # the arguments it prints: ``\\replaced``'s new text
            kept = group_end(text, opening)
            following = _NEXT_ARGUMENT.match(text, kept) if kept is not None else None
            opening = following.end() if following is not None else None
            if opening is None:
                break
        closing = group_end(text, opening) if opening is not None else None
        if closing is not None:
            chars[match.start() : match.end()] = blank(text[match.start() : match.end()])
            chars[opening:closing] = blank(text[opening:closing])
    return "".join(chars)


#: The space before a command's next argument.
_NEXT_ARGUMENT = re.compile(r"\s*(?=\{)")


#: White in more of xcolor's models and expressions (rt53a): ``white!50`` (white mixed with white),
#: ``white!100!black``, ``black!0`` (0 % black, the rest white), ``[cmyk]{0,0,0,0}``, ``[cmy]{0,0,0}``,
#: ``[Gray]{15}``, ``[hsb]{h,0,1}``, and MathJax's CSS ``#fff``.
_RT53A_WHITE_SPEC = (
    r"|\{\s*(?:white\s*!\s*(?:100(?:\.0*)?\s*!\s*[a-zA-Z]+|[\d.]+)|[a-zA-Z]+\s*!\s*0+(?:\.0*)?(?:\s*!\s*white)?"
    r"|\#(?:[fF]{3}|[fF]{6}))\s*\}"
    r"|\[\s*cmyk\s*\]\s*\{\s*0(?:\.0*)?\s*(?:,\s*0(?:\.0*)?\s*){3}\}"
    r"|\[\s*cmy\s*\]\s*\{\s*0(?:\.0*)?\s*(?:,\s*0(?:\.0*)?\s*){2}\}"
    r"|\[\s*Gray\s*\]\s*\{\s*15\s*\}|\[\s*hsb\s*\]\s*\{[^{}]*,\s*0(?:\.0*)?\s*,\s*1(?:\.0*)?\s*\}"
)
#: xcolor's white, named or in a model (``[gray]{1}``, ``[rgb]{1,1,1}``, ``[RGB]{255,255,255}``, ``[HTML]{FFFFFF}``).
_WHITE_SPEC = (
    r"\s*(?:\{\s*white\s*\}|\[\s*gray\s*\]\s*\{\s*1(?:\.0*)?\s*\}"
    r"|\[\s*rgb\s*\]\s*\{\s*1(?:\.0*)?\s*,\s*1(?:\.0*)?\s*,\s*1(?:\.0*)?\s*\}"
    r"|\[\s*RGB\s*\]\s*\{\s*255\s*,\s*255\s*,\s*255\s*\}|\[\s*HTML\s*\]\s*\{\s*[fF]{6}\s*\}" + _RT53A_WHITE_SPEC + r")"
)
#: A command that sets what follows in white ink: ``\textcolor{white}{..}`` its argument, ``\color{white}`` the
#: rest of the group it is in.
_WHITE_INK = re.compile(rf"\\(textcolor|color)(?![a-zA-Z@]){_WHITE_SPEC}", re.IGNORECASE)
#: A note that colours its page other than white (``\\pagecolor{black}``, beamer's background canvas): its white
#: ink is meant to be seen.
_PAGE_COLOURED = re.compile(
    r"\\pagecolor(?![a-zA-Z@])(?!\s*\{\s*white\s*\})|\\setbeamercolor\s*\{\s*background canvas\s*\}"
)
#: A phantom in text: ``\phantom{Let $a := 3$.}`` takes the room of what it holds and shows none of it.
_PHANTOM_COMMAND = re.compile(r"\\[hv]?phantom(?![a-zA-Z@])\s*(?=\{)")


#: A colour as red, green, blue from 0 to 1, as xcolor's rgb model gives it.
RGB = tuple[float, float, float]
#: xcolor's base colours, always defined (its manual, section 4.1), as red, green, blue from 0 to 1.
_XCOLOR_BASE = {
    "red": (1, 0, 0), "green": (0, 1, 0), "blue": (0, 0, 1), "brown": (0.75, 0.5, 0.25), "lime": (0.75, 1, 0),
    "orange": (1, 0.5, 0), "pink": (1, 0.75, 0.75), "purple": (0.75, 0, 0.25), "teal": (0, 0.5, 0.5),
    "violet": (0.5, 0, 0.5), "cyan": (0, 1, 1), "magenta": (1, 0, 1), "yellow": (1, 1, 0), "olive": (0.5, 0.5, 0),
    "black": (0, 0, 0), "darkgray": (0.25, 0.25, 0.25), "gray": (0.5, 0.5, 0.5), "lightgray": (0.75, 0.75, 0.75),
    "white": (1, 1, 1),
}  # fmt: skip
#: A colour command with its colour: ``\textcolor[HTML]{FEFEFE}``, ``\color{white!98!black}``.
_XCOLOR_SET = re.compile(r"\\(textcolor|color)(?![a-zA-Z@])\s*(?:\[\s*([A-Za-z]+)\s*\]\s*)?\{([^{}]*)\}")


def _xcolor_model(model: str, value: str) -> tuple[float, float, float] | None:
    """A colour given in one of xcolor's models (its manual, section 2.3: rgb, RGB, HTML, gray, Gray, cmyk, cmy,
    hsb, HSB), as red, green, blue from 0 to 1; None for another model or a value not read."""
    if model == "HTML":
        found = css.colour(f"#{value.strip()}")
        return None if found is None or len(value.strip()) != 6 else (found[0] / 255, found[1] / 255, found[2] / 255)
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        return None
    scales = {"rgb": (1, 3), "RGB": (255, 3), "gray": (1, 1), "Gray": (15, 1), "cmyk": (1, 4), "cmy": (1, 3),
              "hsb": (1, 3), "HSB": (240, 3)}  # fmt: skip
    if model not in scales or len(numbers) != scales[model][1]:
        return None
    unit = [min(max(number / scales[model][0], 0.0), 1.0) for number in numbers]
    if model in ("gray", "Gray"):
        return unit[0], unit[0], unit[0]
    if model in ("cmyk", "cmy"):
        black = unit[3] if model == "cmyk" else 0.0
        return tuple(1 - min(1.0, part + black) for part in unit[:3])  # type: ignore[return-value]
    if model in ("hsb", "HSB"):
        return colorsys.hsv_to_rgb(*unit)  # xcolor's hsb is HSV (its manual, section 6.3.2)
    return unit[0], unit[1], unit[2]


def _css_named(name: str) -> RGB | None:
    """A CSS colour (a name, ``#fefefe``) as red, green, blue from 0 to 1; None if not read or not opaque."""
    found = css.colour(name)
    return None if found is None or found[3] < 1 else (found[0] / 255, found[1] / 255, found[2] / 255)


def _xcolor_named(name: str, named: Mapping[str, RGB], mathjax: bool = False) -> RGB | None:
    """A colour by name: one the document names, else xcolor's base colour, else an SVG colour (xcolor's
    ``svgnames``, CSS's named colours); in MathJax (``mathjax``), the CSS colour first (its ``\\color{green}`` is
    CSS's green, not xcolor's)."""
    if name in named:
        return named[name]
    if mathjax and _css_named(name) is not None:
        return _css_named(name)
    return _XCOLOR_BASE.get(name) or _css_named(name)


def xcolor(model: str | None, value: str, named: Mapping[str, RGB] = {}, mathjax: bool = False) -> RGB | None:  # noqa: B006
    """The colour xcolor gives ``value`` in ``model`` (:func:`_xcolor_model`) or, with no model, as an expression
    (its manual, section 2.3.3): a name (:func:`_xcolor_named`), mixed by ``!p!`` with the next
    (``white!98!black``: 98 % white, the rest black; a last ``!p`` mixes with white), a leading ``-`` its complement;
    None where it is not read."""
    if model is not None:
        return _xcolor_model(model, value)
    text = value.strip()
    complement = len(text) - len(text.lstrip("-"))
    parts = [part.strip() for part in text.lstrip("-").split("!")]
    found = _xcolor_named(parts[0], named, mathjax)
    for index in range(1, len(parts), 2):
        other = _xcolor_named(parts[index + 1], named, mathjax) if index + 1 < len(parts) else (1, 1, 1)
        try:
            share = min(max(float(parts[index]) / 100, 0.0), 1.0)
        except ValueError:
            return None
        if found is None or other is None:
            return None
        found = tuple(share * a + (1 - share) * b for a, b in zip(found, other))  # type: ignore[assignment]
    if found is None:
        return None
    return tuple(1 - part for part in found) if complement % 2 else found  # type: ignore[return-value]


def faint_ink(found: RGB | None) -> bool:
    """Whether xcolor ink of this colour is one a reader may not tell from a white page (:func:`css.faint`)."""
    return found is not None and css.faint(_rgba(found))


#: A box xcolor paints a background under (its manual, section 2.6): ``\\colorbox[model]{spec}{text}`` and
#: ``\\fcolorbox[model]{frame}[model]{spec}{text}``, up to the text's opening brace; the background's model and spec.
_XCOLOR_BOX = re.compile(
    r"\\colorbox(?![a-zA-Z@])\s*(?:\[\s*([A-Za-z]+)\s*\]\s*)?\{([^{}]*)\}\s*\{"
    r"|\\fcolorbox(?![a-zA-Z@])\s*(?:\[\s*([A-Za-z]+)\s*\]\s*)?\{[^{}]*\}\s*(?:\[\s*([A-Za-z]+)\s*\]\s*)?"
    r"\{([^{}]*)\}\s*\{"
)


def _rgba(found: RGB) -> css.Colour:
    """An xcolor colour (red, green, blue from 0 to 1) as an opaque CSS colour."""
    return found[0] * 255, found[1] * 255, found[2] * 255, 1.0


def _boxed_unseen(text: str, first_line: int = 1, mathjax: bool = False) -> list[tuple[int, int]]:
    """The lines (first, last) of each ``\\colorbox`` or ``\\fcolorbox`` text (:data:`_XCOLOR_BOX`) a reader may
    not tell from its box: its background not read (a colour the document names), or the ink in it (TeX's black,
    or a colour it sets) faint on it (:func:`css.faint`)."""
    found = []
    for match in _XCOLOR_BOX.finditer(text):
        model = match.group(1) if match.group(2) is not None else match.group(4) or match.group(3)
        background = xcolor(model, match.group(2) if match.group(2) is not None else match.group(5), mathjax=mathjax)
        end = group_end(text, match.end() - 1)
        end = len(text) if end is None else end
        inks = [(0.0, 0.0, 0.0)] + [
            xcolor(ink.group(2), ink.group(3), mathjax=mathjax) for ink in _XCOLOR_SET.finditer(text, match.end(), end)
        ]
        if background is None or any(ink is None or css.faint(_rgba(ink), _rgba(background)) for ink in inks):
            found.append(
                (line_of(text, match.start(), first_line), line_of(text, max(end - 1, match.start()), first_line))
            )
    return found


#: A colour a document names (``\\definecolor{bg}{rgb}{1,1,1}``, ``\\colorlet{bg}{white}``), with its model and value.
_RT53A_COLOUR_NAMED = re.compile(
    r"\\definecolor\s*\{\s*([A-Za-z][\w.-]*)\s*\}\s*(\{\s*\w+\s*\})\s*(\{[^{}]*\})"
    r"|\\colorlet\s*\{\s*([A-Za-z][\w.-]*)\s*\}\s*(\{[^{}]*\})"
)


def white_colour_names(text: str) -> frozenset[str]:
    """The colours ``text`` names white, in its order (``\\definecolor{bg}{rgb}{1,1,1}``, ``\\colorlet{bg}{white}``,
    a ``\\colorlet`` of a white name), and those a reader may not tell from a white page (:func:`faint_ink`):
    white ink written by name."""
    names: set[str] = set()
    colours: dict[str, RGB] = {}
    for match in _RT53A_COLOUR_NAMED.finditer(text):
        name = match.group(1) or match.group(4)
        spec = f"[{match.group(2)[1:-1].strip()}]{match.group(3)}" if match.group(1) else match.group(5)
        model = match.group(2)[1:-1].strip() if match.group(1) else None
        found = xcolor(model, (match.group(3) if match.group(1) else match.group(5))[1:-1], colours)
        colours = {**colours, name: found} if found is not None else {k: v for k, v in colours.items() if k != name}
        white = re.fullmatch(_WHITE_SPEC, spec, re.IGNORECASE) or spec[1:-1].strip() in names or faint_ink(found)
        names = names | {name} if white else names - {name}
    return frozenset(names)


def white_ink_lines(
    text: str, first_line: int = 1, names: frozenset[str] = frozenset(), mathjax: bool = False
) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) that white ink may hide (pdflatex's white page, a site's light theme; a dark theme
    or ``\\pagecolor`` shows them), or ink a reader may not tell from that page (:func:`faint_ink`: ``[HTML]{FEFEFE}``,
    ``white!98!black``, ``yellow``), or a box's text not told from its background (:func:`_boxed_unseen`): what is
    written there may not be seen, so it is held; ``names`` are colours the
    document names white (:func:`white_colour_names`); ``mathjax``: the text is MathJax's, whose colour names are
    CSS's."""
    found = []
    named = (
        [re.compile(rf"\\(textcolor|color)(?![a-zA-Z@])\s*\{{\s*(?:{'|'.join(map(re.escape, sorted(names)))})\s*\}}")]
        if names
        else []
    )
    faint = [m for m in _XCOLOR_SET.finditer(text) if faint_ink(xcolor(m.group(2), m.group(3), mathjax=mathjax))]
    matches = sorted((m for pattern in [_WHITE_INK, *named] for m in pattern.finditer(text)), key=lambda m: m.start())
    matches = sorted({m.start(): m for m in [*matches, *faint]}.values(), key=lambda m: m.start())
    found = [_ink_reach(text, match, first_line) for match in matches]
    return tuple(sorted(found + _boxed_unseen(text, first_line, mathjax)))


def _ink_reach(text: str, match: re.Match, first_line: int) -> tuple[int, int]:
    """The lines (first, last) a ``\\color`` or ``\\textcolor`` match sets its ink on: ``\\textcolor``'s argument,
    ``\\color``'s group up to its closing brace (the text's end where none closes it)."""
    if match.group(1).lower() == "textcolor":
        argument = re.match(r"\s*\{", text[match.end() :])
        end = group_end(text, match.end() + argument.end() - 1) if argument is not None else None
    else:
        end = _closed_at(text, match.end(), "}")
    end = len(text) if end is None else end
    return line_of(text, match.start(), first_line), line_of(text, max(end - 1, match.start()), first_line)


def doubtful_ink_lines(text: str, first_line: int = 1, mathjax: bool = False) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) xcolor ink of doubtful visibility on a white page sets (:func:`css.doubtful`: 0 <
    APCA Lc < 15, ``cyan``, ``[HTML]{EEEEEE}``), found as :func:`white_ink_lines` finds white ink's; none on a page
    coloured otherwise (``\\pagecolor``).  Some readers see them, others do not: what rests on them is held."""
    if _PAGE_COLOURED.search(text):
        return ()
    matches = [m for m in _XCOLOR_SET.finditer(text) if _doubtful(xcolor(m.group(2), m.group(3), mathjax=mathjax))]
    return tuple(sorted(_ink_reach(text, match, first_line) for match in matches))


def _doubtful(found: RGB | None) -> bool:
    return found is not None and css.doubtful(_rgba(found))


def _phantoms_blanked(text: str) -> str:
    """The text with what a text phantom holds blanked, its lines kept: it shows nothing, so it claims and defines
    nothing (nor a display in it, ``\\[`` or an environment); a phantom in maths (``\\phantom{=}``, aligning a row)
    holds no maths delimiter and is left as it is."""
    chars = list(text)
    for match in _PHANTOM_COMMAND.finditer(text):
        closing = group_end(text, match.end())
        if closing is not None and re.search(r"(?<!\\)\$|\\[(\[]|\\begin\s*\{", text[match.end() : closing]):
            chars[match.start() : closing] = blank(text[match.start() : closing])
    return "".join(chars)


def read_tex(
    text: str, macros: Macros | None = None, inputs: Mapping[str, str] | None = None
) -> tuple[list[Display], list[Directive], list[Problem], list[Inline], tuple[tuple[int, int], ...], list[Prose]]:
    """The displays, directives, problems and inline maths of a LaTeX document, the lines of its conditionals
    TeX would have to evaluate, and its paragraphs; ``macros`` are defined before it and ``inputs`` are the files
    its preamble may read."""
    directives: list[Directive] = []
    problems: list[Problem] = []
    text = _outside_document_blanked(text)
    source = strip_source(text)
    begin = _BEGIN_DOCUMENT.search(source)
    cut = begin.end() if begin else 0
    macros = macros if macros is not None else Macros()
    preamble = expand(source[:cut], macros, grouped=True, inputs=inputs)  # it typesets nothing, but defines
    body = expand(source[cut:], macros, grouped=True, first_line=line_of(source, cut), inputs=inputs)
    for item in comment_directives(strip_verbatim(text)):  # a directive in verbatim or \iffalse is not given
        if preamble.shows(item.line) and body.shows(item.line):
            (directives if isinstance(item, Directive) else problems).append(item)
    source = _ulem_soul_struck_blanked(strip_overlays(strip_notes(blank(source[:cut]) + body.text, source)))
    source = _phantoms_blanked(_todos_blanked(source, preamble.text))
    inline: list[Inline] = []
    source = inline_forms(source)
    commented = strip_verbatim(text)
    found, scanning = displays(_comment_lines_held(source, commented, _HELD), inline_maths=inline,
                               environments=LATEX_ENVIRONMENTS)  # fmt: skip
    found = [replace(display, body=display.body.replace(_HELD, " ")) for display in found]
    inline = [
        replace(i, text=i.text.replace(_HELD, " "), sentence=printed(i.sentence.replace(_HELD, " "))) for i in inline
    ]
    shown = [(display.line, display.line + display.body.count("\n")) for display in found]
    unread = [problem for problem in body.unread if any(first <= problem.line <= last for first, last in shown)]
    problems += list(preamble.stops + body.stops) + unread + list(body.environments) + scanning
    prose = [
        Prose(line_of(source, m.start()), printed(source[m.start() : m.end()]))
        for m in _PARAGRAPH.finditer(_comment_lines_held(source, commented, "\v"))
    ]
    moved = footnotes.texts_at_marks(source)  # \footnotetext{...} read at its \footnotemark
    inline = sorted((replace(i, line=moved.get(i.line, i.line)) for i in inline), key=lambda i: i.line)
    page = strip_source(text)
    white = () if _PAGE_COLOURED.search(page) else white_ink_lines(source, names=white_colour_names(page))
    unprinted = unprinted_lines(source, page, functools.partial(line_of, source)) + recoded_lines(
        page, functools.partial(line_of, page)
    )
    undecidable = preamble.undecidable + body.undecidable + white + unprinted
    return found, directives, problems, inline, undecidable, prose


#: A paragraph: text up to a blank line.
_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")


#: The mark of a line that held only a comment, where sentences are found (no white space: ``\\n\\s*\\n`` ends one).
_HELD = "\x00"


def _comment_lines_held(source: str, commented: str, mark: str) -> str:
    """``source`` with each line that held only a comment in ``commented`` (the same text, its comments kept) filled
    with ``mark`` as no blank line: TeX's ``%`` takes its line's end with it, so such a line ends no paragraph (``Let
    $x$ be``, ``%``, ``negative.`` is one sentence).  Paragraphs are found with a vertical tab, white space that
    starts none, sentences with :data:`_HELD`."""
    lines = source.split("\n")
    for number, line in enumerate(commented.split("\n")[: len(lines)]):
        start = comment_start(line)
        if start is not None and not line[:start].strip() and not lines[number].strip():
            lines[number] = mark * len(lines[number])
    return "\n".join(lines)


#: Inline maths in a paragraph, ``$...$`` or ``\\(...\\)``: its characters are TeX's maths, not its words.
_INLINE_MATHS = re.compile(r"(?<!\\)\$[^$]*(?<!\\)\$|\\\(.*?\\\)", re.DOTALL)
#: What TeX prints as nothing inside a word: a discretionary hyphen ``\\-`` (printed only at a line break), an
#: italic correction ``\\/`` (a kern).
_PRINTS_NOTHING = re.compile(r"(?<!\\)\\[-/]")
#: A word written in pieces in bare groups, ``{nega}{tive}``, ``nega{tive}``: no command before it (``\\emph{x}``
#: keeps its braces) and letters only in its groups, which TeX prints as the one word.
_GROUPED_WORD = re.compile(r"(?<![\\@A-Za-z}\]])(?=[A-Za-z]*\{)(?:[A-Za-z]+|\{[A-Za-z]*\})+(?![A-Za-z{])")


def printed(paragraph: str) -> str:
    """A paragraph's words as TeX prints them, its inline maths as written: a discretionary hyphen and an italic
    correction print nothing, and a word's bare groups no braces (``nega\\-tive``, ``neg\\/ative`` and
    ``{nega}{tive}`` print ``negative``)."""
    pieces, kept = [], 0
    for maths in [*_INLINE_MATHS.finditer(paragraph), None]:
        start = maths.start() if maths is not None else len(paragraph)
        words = _PRINTS_NOTHING.sub("", paragraph[kept:start])
        pieces.append(_GROUPED_WORD.sub(lambda word: word.group().replace("{", "").replace("}", ""), words))
        pieces.append(maths.group() if maths is not None else "")
        kept = maths.end() if maths is not None else start
    return "".join(pieces)
