"""Reading Markdown the way its renderers do: a real parser first, then maths only where it is rendered.

The text goes through markdown-it-py (CommonMark, as MyST, Jupyter Book and
Marp use it) with the maths plugins of mdit-py-plugins, so front matter, code
fences, indented code, HTML blocks, lists and block quotes are the parser's
business.  Display maths is:

- a ``$$ ... $$`` block whose ``$$`` opens a line (it may interrupt a
  paragraph, as on GitHub, in Pandoc and in MathJax pages; ``$$...$$`` inside a
  line of text is inline maths, as in kramdown);
- a ``\\[ ... \\]`` block (``\\\\[ ... \\\\]`` when the renderer unescapes it);
- an amsmath environment (``\\begin{align}``, ``eqnarray``, ...), at the top level or closed inside a
  paragraph's text, where MathJax typesets it too;
- a fenced block whose info string is ``math`` or ``{math}`` (GitHub, MyST);
- any of these in the body of a MyST directive that holds Markdown (``{note}``, ``{prf:proof}``), read as
  part of the page;
- any of these in the indented body of a Python-Markdown (MkDocs) admonition, ``!!! note``, ``??? note`` or
  ``???+ note``, which its admonition extension reads as Markdown, not as indented code;
- ``$$``, ``\\[`` or an environment in the text of an HTML block such as
  ``<details>``, which MathJax typesets in the browser (not in ``<pre>``,
  ``<code>``, ``<script>``, ``<style>`` or comments).

Inline maths is ``$...$``, MyST's ``{math}`...```, ``$$...$$`` between words, and ``\\(...\\)`` in
the rendered text (written ``\\\\(...\\\\)`` in Markdown, which unescapes it).  Maths is read only
in the text MathJax typesets: never in a link's destination or title, an image (alt text and all), an HTML
tag's attributes or a comment (which may span the lines of a paragraph).  In
maths, ``\\_`` is a subscript escaped from emphasis, as kramdown unescapes it.

Liquid tags (``{% raw %}``, ``{% include %}``), kramdown extensions and Hugo shortcodes are
removed before parsing, as Jekyll and Hugo do, with the content of those that render none as maths (a Liquid
``comment``, ``highlight`` or ``capture``, kramdown's ``{::comment}``, Hugo's ``highlight``, and the branch of a
Liquid ``if`` whose condition is the literal ``false``); so is Hugo's TOML front matter (``+++`` lines).  Directives are HTML comments,
``<!-- diffproof: let ... -->``, or ``%`` comments inside maths.  Macros
defined in the maths (``$\\newcommand{\\E}{\\mathbb{E}}$``) are expanded in
the maths after them, as MathJax does; so are those in an element the browser hides but MathJax typesets
(``<div hidden>``, ``<del>``), whose claims are not read (not those in a template, a comment, code or an ignored
class).
"""

from __future__ import annotations

import base64
import functools
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline, html_inline, image, link, strikethrough
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.amsmath import amsmath_block, amsmath_plugin
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.myst_role import myst_role_plugin

from diffproof.notes import critic, css, dialects, footnotes, liquid, tex
from diffproof.notes.configured import configured_lines
from diffproof.notes.macros import Macros, expand
from diffproof.notes.model import Directive, Display, Inline, Problem, Prose

_LIQUID = re.compile(
    # a block whose content is not rendered as maths, with its content: a Liquid comment, highlighted code (also
    # Hugo's shortcode), a capture (printed only where it is used), a kramdown comment ({:/} closes it too)
    r"\{%-?\s*(comment|highlight|capture)\b[^%]*?-?%\}.*?\{%-?\s*end\1\s*-?%\}"
    r"|\{\{[<%]\s*highlight\b.*?[>%]\}\}.*?\{\{[<%]\s*/\s*highlight\s*[>%]\}\}"
    r"|\{::comment\}.*?\{:/(?:comment)?\}"
    r"|\{%-?\s*[A-Za-z_]\w*\b.*?-?%\}"  # any other Liquid tag
    r"|\{%-?\s*#.*?-?%\}"  # Liquid's inline comment ({% # ... %}, Liquid 5 and LiquidJS), which renders nothing
    r"|\{::\w+\b[^{}]*\}|\{:/\w*\}"  # any other kramdown extension tag ({::options /}, {::nomarkdown})
    r"|\{\{<.*?>\}\}|\{\{%.*?%\}\}",  # Hugo shortcodes
    re.DOTALL,
)
#: A Liquid tag, its name and what follows it.
_LIQUID_TAG = re.compile(r"\{%-?\s*([A-Za-z_]\w*)\b(.*?)-?%\}", re.DOTALL)
_LIQUID_BLOCKS = {"if": "endif", "unless": "endunless", "case": "endcase", "for": "endfor", "tablerow": "endtablerow"}
#: Hugo's TOML front matter: between ``+++`` lines at the top of the file, as YAML's is between ``---`` lines.
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n.*?^\+\+\+[ \t]*$", re.DOTALL | re.MULTILINE)
#: An HTML comment as a browser ends it: ``<!-->`` and ``<!--->`` are empty comments, and ``--!>`` ends one as
#: ``-->`` does (the text after them is shown).
_HTML_COMMENT = re.compile(r"<!--(?:>|->|.*?--!?>)", re.DOTALL)
#: One attribute of a tag, its value quoted or not (``title="never hidden"`` is one attribute, not ``hidden``).
_ATTRIBUTE = r"""\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?"""


def _style_hiding(char: str) -> str:
    """A style attribute's value, of characters ``char``, that hides its element: ``display: none``, ``visibility:
    hidden`` (or ``collapse``) or ``content-visibility: hidden``, or strikes its text through as ``<del>`` does
    (``text-decoration: line-through``, ``text-decoration-line: underline line-through``), unless a later declaration
    of the same property overrides it (``display: none; display: block`` shows it), as CSS's cascade has the last one
    win but for ``!important``."""

    def last(name: str) -> str:
        return rf"\s*(?:!\s*important|(?!{char}*(?<![\w-]){name}\s*:))"

    return (
        rf"{char}*?(?<![\w-])(?:display\s*:\s*none{last('display')}"
        rf"|visibility\s*:\s*(?:hidden|collapse){last('visibility')}"
        rf"|content-visibility\s*:\s*hidden{last('content-visibility')}"
        rf"|text-decoration(?:-line)?\s*:(?:(?!;){char})*?(?<![\w-])line-through(?![\w-]){last('text-decoration')})"
    )


_DOUBLE_QUOTED, _SINGLE_QUOTED, _UNQUOTED = (_style_hiding(char) for char in ('[^"]', "[^']", r"""[^\s>"']"""))
#: A style attribute's value that hides its element (:func:`_style_hiding`).
_STYLE_VALUE = rf"""style\s*=\s*(?:"{_DOUBLE_QUOTED}|'{_SINGLE_QUOTED}|{_UNQUOTED})"""
#: A class's value that hides an element from MathJax (which typesets nothing in ``mathjax_ignore``, MathJax 3's
#: ignored class, or ``tex2jax_ignore``, MathJax 2's).
_IGNORED_VALUE = r"""class\s*=\s*(?:"[^"]*|'[^']*|)(?<![\w-])(?:mathjax_ignore|tex2jax_ignore)(?![\w-])"""
#: What makes an element unshown to every reader: the ``hidden`` attribute, the ``popover`` one (``display: none``
#: until a script or a button opens it), matched as attributes (not as text inside another attribute's value); or a
#: class MathJax ignores.  A style that hides it is not among them: GitHub's sanitizer strips style attributes and
#: shows the text, a site that keeps them hides it (:data:`_STYLED_AWAY`).
_HIDING = rf"(?:{_ATTRIBUTE})*?\s+(?:hidden(?![\w-])|popover(?![\w-])|{_IGNORED_VALUE})"
#: A start tag whose style attribute hides its element, or strikes its text (``style="display: none"``): unseen
#: where the page keeps its styles, shown where they are stripped, so what it says is site-decided, as white ink is.
_STYLED_AWAY = re.compile(rf"<\w[\w-]*(?:{_ATTRIBUTE})*?\s+{_STYLE_VALUE}", re.IGNORECASE)
#: Elements a browser does not show, or whose text is no maths of the page: deleted text, SVG's description, a
#: title (``display: none`` in the body too), an iframe's or ``<noembed>``'s text (raw text, never rendered), the
#: fallback content of a canvas, a video, an audio, a meter or a progress bar (shown only by browsers without them),
#: a datalist's options, ruby's fallback parentheses (``<rp>``, ``display: none`` where ruby is drawn), SVG's
#: definitions (``<defs>``, ``<symbol>``, ``<clipPath>``, ``<mask>``, ``<marker>``, ``<pattern>``: drawn only where
#: something refers to them, if at all) and MathML's annotations (never displayed).
_UNSHOWN = (
    r"script|style|pre|code|textarea|template|noscript|del|s|strike|desc|title|iframe|noembed|noframes|canvas|video"
    r"|audio|datalist|meter|progress|rp|defs|symbol|clipPath|mask|marker|pattern|annotation-xml|annotation"
)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
#: HTML's void elements, which hold nothing: ``<img hidden>`` or ``<br hidden>`` hides no text after it.
_VOID = r"(?!(?:area|base|br|col|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)(?![\w-]))"
#: The opening tag of an element a browser does not show, or whose text is no maths (``<noscript>``, ``<code>``,
#: a dialog that is not open, ``<span hidden>``).
_HIDDEN_INLINE = re.compile(
    rf"<({_UNSHOWN})\b[^>]*>|<(dialog)\b(?![^>]*\sopen\b)[^>]*>|<{_VOID}(\w+)\b{_HIDING}[^>]*>", re.IGNORECASE
)
#: Elements whose content is raw text: the first closing tag of their name ends them, whatever looks nested.
_RAW_TEXT = frozenset({"script", "style", "textarea", "noscript", "title", "xmp", "iframe", "noembed", "noframes"})
#: Unshown elements whose maths MathJax never typesets (nor the definitions in it): those it skips, a template's
#: content (in no page), SVG's description, MathML's annotations (in MathJax's ``skipHtmlTags``).  In the others (``<div hidden>``, ``<del>``,
#: a closed dialog) MathJax, which walks every text node whatever CSS hides, typesets the maths: its claims are not
#: shown, but its ``\newcommand`` holds for the maths after it.
_UNTYPESET = frozenset(
    {"script", "style", "pre", "code", "textarea", "template", "noscript", "desc", "annotation", "annotation-xml"}
)
#: An opening tag of a class MathJax ignores: nothing in it is typeset, not even a definition.
_IGNORED_CLASS = re.compile(
    rf"<\w+(?:{_ATTRIBUTE})*?\s+class\s*=\s*(?:\"[^\"]*|'[^']*|)(?<![\w-])(?:mathjax_ignore|tex2jax_ignore)(?![\w-])",
    re.IGNORECASE,
)


def _typeset(tag: str, name: str) -> bool:
    """Whether MathJax typesets the maths in an unshown element opened by ``tag``, so that its definitions hold."""
    return name.lower() not in _UNTYPESET and _IGNORED_CLASS.match(tag) is None


_CLOSING_TAG = re.compile(r"</(\w+)\s*>")


#: What ends a ``p`` element in HTML's parser besides its ``</p>``: the start tag of an element that closes an open
#: p (``<p>``, ``<div>``, ``<h2>``, ``<ul>``, ``<table>``, ``<hr>``, ...), or the end tag of an element open around
#: it (``<div><p hidden>draft</div>``: the div's end closes the p in it).  A ``</span>`` or ``</em>`` does not.
_P_ENDS = re.compile(
    r"<(/?)(address|article|aside|blockquote|center|details|dialog|dir|div|dl|dd|dt|fieldset|figcaption|figure"
    r"|footer|form|h[1-6]|header|hgroup|hr|li|listing|main|menu|nav|ol|p|plaintext|pre|search|section|summary"
    r"|table|ul|xmp|td|th|tr|tbody|thead|tfoot|caption|body|html|button|object|applet|marquee)(?![\w-])[^>]*>",
    re.IGNORECASE,
)
#: End tags that close only an element of their name, which a ``p`` is in only if it was opened before.
_P_CONTAINER_ONLY = frozenset({"td", "th", "tr", "tbody", "thead", "tfoot", "caption", "body", "html", "button",
                               "object", "applet", "marquee"})  # fmt: skip


def _p_end(content: str, start: int, before: int | None = None) -> tuple[int, int] | None:
    """Where a ``p`` element whose content starts at ``start`` ends: its content's end and where the text after it
    goes on (after a ``</p>``, at the start tag that closes it), or None if nothing in ``content`` ends it.  An end
    tag other than ``</p>`` ends it only if an element of its name is open around it, opened in ``content`` before
    ``before`` (the p's own tag)."""
    for tag in _P_ENDS.finditer(content, start):
        name = tag.group(2).lower()
        if not tag.group(1):
            if name not in _P_CONTAINER_ONLY:
                return tag.start(), tag.start()
            continue
        if name == "p":
            return tag.start(), tag.end()
        if before is not None:
            preceding = content[:before]
            opened = len(re.findall(rf"<{name}(?![\w-])", preceding, re.IGNORECASE))
            if opened > len(re.findall(rf"</{name}(?![\w-])", preceding, re.IGNORECASE)):
                return tag.start(), tag.start()
    return None


def _element_end(content: str, name: str, start: int, depth: int = 1) -> tuple[int | None, int]:
    """Where the element ``name``, open ``depth`` deep at ``start``, ends in ``content`` (after its closing tag), and
    how deep it is still open at the end if it does not: elements of the same name nested in it are counted, as a
    browser matches ``<div hidden><div>inner</div> ... </div>`` (the inner ``</div>`` closes the inner div).  A
    ``p`` ends where HTML's parser ends it (at the next ``<p>`` or ``<div>`` too: :func:`_p_end`), and the text
    after it goes on there."""
    if name == "p":
        ended = _p_end(content, start)
        return (ended[1], 0) if ended is not None else (None, depth)
    if name in _RAW_TEXT:
        closing = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE).search(content, start)
        return (closing.end(), 0) if closing is not None else (None, depth)
    content = _tags_only(content)
    for tag in re.compile(rf"<(/?){re.escape(name)}(?![\w-])[^>]*>", re.IGNORECASE).finditer(content, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end(), 0
    return None, depth


#: What a browser reads as no tag, left to right: a comment (up to its first ``-->``, or the end), a raw-text
#: element's content (a script's, up to its closing tag), and a start tag's attributes (``title="</div>"``).
_RT53A_NO_TAGS = re.compile(
    rf"<!--.*?(?:--!?>|\Z)|<({'|'.join(sorted(_RAW_TEXT))})(?![\w-])[^>]*>.*?(?=</\1\s*>|\Z)"
    rf"|(?<=<)[A-Za-z][\w-]*((?:{_ATTRIBUTE})+)\s*/?(?=>)",
    re.IGNORECASE | re.DOTALL,
)


def _tags_only(content: str) -> str:
    """The HTML ``content`` with what holds no tag blanked in place (:data:`_RT53A_NO_TAGS`), its positions kept: a
    closing tag in a comment, a script or an attribute's value closes nothing."""

    def blanked(match: re.Match) -> str:
        if match.group(0).startswith("<"):  # a comment, or a raw-text element up to its closing tag
            return tex.blank(match.group(0))
        attributes = match.start(2) - match.start()
        return match.group(0)[:attributes] + tex.blank(match.group(2)) + match.group(0)[match.end(2) - match.start() :]

    return _RT53A_NO_TAGS.sub(blanked, content)


class _Ends:
    """Where each element of ``content`` ends (after its closing tag), found for all elements of a name in one pass
    (a stack of those open), so that many elements, or many never closed, cost no more than one reading."""

    def __init__(self, content: str, *, paragraph: bool = False) -> None:
        self.content = content
        self.paragraph = paragraph  # the content is a paragraph's, whose end ends a p opened in it
        self.ends: dict[str, dict[int, int]] = {}

    def after(self, name: str, start: int) -> int | None:
        """The end of the element ``name`` whose opening tag starts at ``start``, or None if it is never closed."""
        if name == "p":
            opening = self.content.find(">", start)
            ended = _p_end(self.content, opening + 1, start) if opening >= 0 else None
            return ended[1] if ended is not None else len(self.content) if self.paragraph else None
        if name in _RAW_TEXT:
            closing = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE).search(self.content, start)
            return closing.end() if closing is not None else None
        if name not in self.ends:
            ends: dict[int, int] = {}
            opened: list[int] = []
            for tag in re.compile(rf"<(/?){re.escape(name)}(?![\w-])[^>]*>", re.IGNORECASE).finditer(self.content):
                if not tag.group(1):
                    opened.append(tag.start())
                elif opened:
                    ends[opened.pop()] = tag.end()
            self.ends[name] = ends
        return self.ends[name].get(start)


def _skipped_blanked(content: str, *, typeset_kept: bool = False, paragraph: bool = False) -> str:
    """``content`` with the elements a browser does not show, or whose text is no maths, blanked (lines kept), each
    to its own closing tag: elements of its name nested in it are counted.  With ``typeset_kept``, the unshown
    elements MathJax typesets all the same are kept (what is in them is still read).  A ``paragraph``'s end ends a
    ``<p hidden>`` opened in it."""
    ends = _Ends(content, paragraph=paragraph)
    position = 0
    while (opened := _HIDDEN_INLINE.search(content, position)) is not None:
        name = next(group for group in opened.groups() if group).lower()
        if typeset_kept and _typeset(opened.group(0), name):
            position = opened.end()
            continue
        end = ends.after(name, opened.start())
        if end is None:  # never closed in this text: left to the blocks after it
            position = opened.start() + 1
            continue
        content = content[: opened.start()] + tex.blank(content[opened.start() : end]) + content[end:]
        position = end
    return content


def _content_end(content: str, name: str, start: int, end: int) -> int:
    """Where the content of the element ``name``, from ``start``, ends if the element ends at ``end``: at its closing
    tag, or at ``end`` itself for a ``p`` that the next block's start tag closes."""
    close = content.rfind("<", start, end)
    if name == "p" and not content[close : close + 3].lower() == "</p":
        return end
    return close


def _typeset_unshown(content: str) -> str:
    """Only the text of the unshown elements of ``content`` that MathJax typesets (``<div hidden>``, ``<del>``),
    the rest blanked (lines kept): the maths there defines, but claims nothing on the page."""
    if _HIDDEN_INLINE.search(content) is None:
        return tex.blank(content)
    kept = _skipped_blanked(content, typeset_kept=True)
    ends = _Ends(kept)
    chars = [char if char == "\n" else " " for char in content]
    position = 0
    while (opened := _HIDDEN_INLINE.search(kept, position)) is not None:
        name = next(group for group in opened.groups() if group).lower()
        end = ends.after(name, opened.start())
        if end is None:
            position = opened.start() + 1
            continue
        close = _content_end(kept, name, opened.end(), end)  # its own tags are no text
        chars[opened.end() : close] = kept[opened.end() : close]
        position = end
    return "".join(chars)


#: MathJax 2's maths in HTML (what kramdown and Jekyll emit): a script whose type is ``math/tex`` (inline maths) or
#: ``math/tex; mode=display`` (display maths), whatever attributes come before or after its type (``<script
#: id="e1" type="math/tex; mode=display">``); a browser takes the first of two types.  MathJax 2 looks the type up
#: as written, up to a ``;`` (``Math/TeX`` or `` math/tex`` is no maths: a script the browser neither runs nor shows).
_MATHJAX_OPENING = re.compile(
    rf"""<script(?:(?!\s+type\s*=){_ATTRIBUTE})*?\s+type\s*=\s*"""
    r"""(?:(?P<quote>["'])(?P<value>(?-i:math/tex)(?: *;(?:(?!(?P=quote))[^>])*)?)(?P=quote)|(?-i:math/tex)(?=[\s/>]))"""
    rf"""(?:{_ATTRIBUTE})*\s*/?>""",
    re.IGNORECASE,
)
_MATHJAX_SCRIPT = re.compile(
    rf"(?P<opening>{_MATHJAX_OPENING.pattern})(?P<body>.*?)(?P<closing></script\s*>)", re.DOTALL | re.IGNORECASE
)
_SCRIPT_CLOSING = re.compile(r"</script\s*>", re.IGNORECASE)
#: A script type MathJax 2 sets as display maths: ``mode=display`` after a ``;`` or a space.
_DISPLAY_MODE = re.compile(r"[;\s]mode\s*=\s*display(?:[;\s]|\Z)")


def _display_script(opening: re.Match) -> bool:
    """Whether a MathJax 2 script's opening tag (a match of :data:`_MATHJAX_OPENING`) makes display maths."""
    return _DISPLAY_MODE.search(opening.group("value") or "") is not None


#: A display's label after its closing ``$$``: MyST's ``(label)``, or Quarto's and pandoc-crossref's ``{#eq-label}``.
_LABEL = re.compile(r"\(\s*[\w.:-]+\s*\)|\{\s*#[\w.:-]+\s*\}")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MATH_FENCES = ("math", "{math}")
#: A Pandoc or Quarto div's attributes that hide it: the ``hidden`` attribute (or class), Quarto's content-hidden.
_HIDDEN_DIV = re.compile(r"\{[^}]*(?:\.content-hidden\b|(?<![\w-])hidden(?![\w-]))")
#: Quarto's conditional content: ``.content-visible`` or ``.content-hidden``, and the format it depends on.
_CONDITIONAL_DIV = re.compile(r"\.content-(visible|hidden)\b")
_FORMAT_CONDITION = re.compile(r"""(?<![\w-])(when|unless)-format\s*=\s*["']?([\w-]+)""")
#: Quarto's formats (and aliases) rendered as HTML, where MathJax or KaTeX typesets the maths.
_HTML_FORMATS = frozenset({"html", "html4", "html5", "revealjs", "slidy", "slideous", "s5", "dzslides", "epub"})
#: Fenced blocks: backticks or tildes, and MyST's colons.
_FENCES = ("fence", "colon_fence")
#: A MyST directive's name, in braces (``{math}``, ``{code-block}``); Pandoc's attributes start ``{.`` or ``{#``.
_DIRECTIVE_NAME = re.compile(r"\{[A-Za-z][\w:-]*\}")
#: A MyST directive whose body is Markdown (```` ```{note} ````, ```` ```{prf:proof} ````, ```` ````{dropdown} ````):
#: MyST and Jupyter Book render its body as part of the page.  Only these are read: a fence named otherwise in
#: braces may be code (Quarto's and R Markdown's ```` ```{python} ````, ```` ```{r} ````).
_MARKDOWN_DIRECTIVE = re.compile(
    r"\{(?:prf:[\w-]+|note|warning|tip|hint|important|caution|attention|danger|error|seealso|admonition|dropdown"
    r"|margin|sidebar|topic|epigraph|card|tab-item|exercise|solution|proof|theorem|lemma|definition|corollary"
    r"|remark|example|tab-set|grid|grid-item|grid-item-card)\}"
)
#: The options that open a directive's body (``:class: dropdown``), which are not its text.
#: A MyST directive's options, at the top of its body: ``:key: value`` lines, or a YAML block between ``---`` lines.
_DIRECTIVE_OPTIONS = re.compile(r"\A(?:[ \t]*\n)*(?:---[ \t]*\n(?:.*\n)*?---[ \t]*(?:\n|\Z)|(?::[\w-]+:.*(?:\n|\Z))+)")
#: How deep directives nested in directives are read (a bound, so hostile input stays linear enough).
_DIRECTIVE_DEPTH = 4
#: ``\\_`` in maths: a subscript escaped from Markdown's emphasis, which kramdown (Jekyll) unescapes; a literal
#: underscore means nothing in a formula.
_ESCAPED_SUBSCRIPT = re.compile(r"(?<!\\)\\_")
#: ``\\;`` (``\\,``, ``\\!``) in maths that escapes its subscripts so: TeX's thin space ``\;`` escaped the same
#: way, as the renderer unescapes ``\\`` to ``\``; read as a row's end, it would open the next row with the
#: punctuation, which no row does.
_ESCAPED_SPACE = re.compile(r"(?<!\\)\\\\([;,!])")
#: MathJax's inline maths in the rendered text: Markdown's ``\\(`` is ``\(`` once rendered.
#: GitHub's inline maths ``$`...`$``: the dollars around a code span's backticks, which are no part of the maths
#: (GitHub sets ``$`\\sigma = -1`$`` as σ = −1); dollarmath reads the backticks as the maths' first and last
#: characters.
_GITHUB_INLINE = re.compile(r"\A(`+)(?!`)(.*?)(?<!`)\1\Z", re.DOTALL)
_PAREN_INLINE = re.compile(r"\\\((.*?)\\\)", re.DOTALL)
#: ``\(...\)`` written with one backslash: a renderer that leaves TeX to MathJax (pandoc, Hugo's passthrough,
#: Jupyter) keeps it, as it keeps ``\[``; markdown-it would render a parenthesis, but no author means one.
_SINGLE_PAREN_INLINE = re.compile(r"(?<!\\)\\\((.*?)(?<!\\)\\\)", re.DOTALL)
#: ``\[...\]`` inside a paragraph (``\\[...\\]`` where the renderer unescapes it): MathJax sets it as a display
#: wherever it stands in the text, as it does at the start of a line.
_BRACKET_DISPLAY = re.compile(r"(?<!\\)(\\\\|\\)\[(.*?)(?<!\\)\1\]", re.DOTALL)
#: An environment opening a line of a paragraph: ``\begin{align}``.
_LINE_ENVIRONMENT = re.compile(r"^[ \t]*\\begin\{([^{}]*)\}", re.MULTILINE)
#: An environment and its end in a paragraph's text: ``\begin{equation} a = b \end{equation}``.
_ENVIRONMENT = re.compile(r"\\begin\{([^{}]*)\}.*?\\end\{\1\}", re.DOTALL)
#: What MathJax never looks into in a paragraph, or has set already: inline code (its backticks not escaped: after
#: an even number of backslashes, ``\\\\`code` `` is a literal backslash then code, with the backslashes blanked
#: too), inline maths, skipped HTML elements (``<code>``) and comments.
_NOT_TEXT = (
    re.compile(r"(?<![`\\])(?:\\\\)*(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL),
    re.compile(r"(?<!\\)\$\$.*?(?<!\\)\$\$|(?<!\\)\$.*?(?<!\\)\$", re.DOTALL),
    lambda content: _skipped_blanked(content, paragraph=True),
    _HTML_COMMENT,
)
#: An HTML block opening an element a browser does not show: ``<template>``, ``<noscript>``, ``<div hidden>``; or
#: deleted text, struck through (``<del>``, ``<s>``, ``<strike>``, as :data:`_UNSHOWN` reads them inline).
_HIDDEN_OPENED = re.compile(
    rf"\s*<(template|noscript|del|s|strike|title|iframe|noembed|noframes|canvas|video|audio|datalist|meter|progress"
    rf"|defs|symbol|clipPath|mask|marker|pattern|annotation-xml|annotation"
    rf"|dialog(?![^>]*\sopen\b)|{_VOID}\w+(?={_HIDING}))\b[^>]*>",
    re.IGNORECASE,
)
#: A paragraph so far that ends inside an HTML comment: the comment goes on over the next lines.
_OPEN_COMMENT = re.compile(r"<!--(?!>|->)(?:(?!--!?>).)*\Z", re.DOTALL)
#: A paragraph that says what the display before it means: "where $\bar\beta_t = 1 - \bar\alpha_t$".  It glosses
#: the display right before it only: a block with words or maths of its own between them (a paragraph, a heading,
#: words after the display in its own paragraph) ends the display's sentence, and the paragraph is read in its place.
_QUALIFIES = re.compile(r"\s*(where|with|here)\b", re.IGNORECASE)
#: Something a block shows besides its displays: a word or maths, not only blanks and punctuation.
_SHOWN = re.compile(r"[^\s.,;:!?]")
#: Block openers and closers of display maths, and whether the content is Markdown-escaped.
_DELIMITERS = (("$$", "$$", False), ("\\\\[", "\\\\]", True), ("\\[", "\\]", False))


def strip_liquid(text: str) -> str:
    """Liquid tags, kramdown extensions and Hugo shortcodes blanked out (the site generator runs them before
    Markdown), with the content of those that render none as maths: comments, highlighted code, captures, and the
    branch of an ``{% if false %}``."""
    return _LIQUID.sub(lambda match: tex.blank(match.group(0)), _false_branches_blanked(_liquid_comments_blanked(text)))


#: A Liquid ``endraw`` tag: it alone ends a raw block, whose other tags are text.
_LIQUID_ENDRAW = re.compile(r"\{%-?\s*endraw\s*-?%\}")


def _liquid_comments_blanked(text: str) -> str:
    """Each Liquid comment blanked up to the ``endcomment`` that closes it, as Liquid parses the tags in it: a
    comment in it nests (its own ``endcomment`` closes it), and a ``raw`` block in it (or outside) holds text up to
    its ``endraw``, no tag.  An unclosed comment is Liquid's error, and is left to :data:`_LIQUID`."""
    position, depth, start = 0, 0, 0
    while (tag := _LIQUID_TAG.search(text, position)) is not None:
        position, name = tag.end(), tag.group(1)
        if name == "raw":
            endraw = _LIQUID_ENDRAW.search(text, tag.end())
            position = endraw.end() if endraw is not None else len(text)
        elif name == "comment":
            start = tag.start() if depth == 0 else start
            depth += 1
        elif name == "endcomment" and depth > 0:
            depth -= 1
            if depth == 0:
                text = text[:start] + tex.blank(text[start : tag.end()]) + text[tag.end() :]
    return text


#: The opening of a Liquid conditional, with its condition.
_LIQUID_CONDITIONAL = re.compile(r"\{%-?\s*(if|unless)\b(.*?)-?%\}", re.DOTALL)


def _false_branches_blanked(text: str) -> str:
    """Each branch of a Liquid ``if`` or ``unless`` that the site never renders blanked, from its tag up to the
    next ``elsif``, ``else`` or end of the same block (:func:`liquid.unrendered`: a condition of literals known
    false, or a branch after one known true); a condition that is not made of literals decides nothing."""
    for opening in list(_LIQUID_CONDITIONAL.finditer(text)):
        if text[opening.start() : opening.end()].strip() == "":
            continue  # blanked already, inside an unrendered branch
        block = _liquid_block(text, opening)
        if block is None:
            continue  # never closed: the site's build fails, and nothing is known of its branches
        branches, starts = block
        for index in reversed(list(liquid.unrendered(branches))):
            first, last = starts[index], starts[index + 1]
            text = text[:first] + tex.blank(text[first:last]) + text[last:]
    return text


def _liquid_block(text: str, opening: re.Match[str]) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The branches (tag, condition) of the Liquid block that ``opening`` opens, and where each starts in
    ``text``, the last start being its end tag's (blocks nested in a branch are skipped whole); None where the
    block is never closed."""
    branches, starts = [(opening.group(1), opening.group(2))], [opening.start()]
    nexts, ending = _LIQUID_BRANCHES[opening.group(1)]
    open_blocks: list[str] = []
    for tag in _LIQUID_TAG.finditer(text, opening.end()):
        name = tag.group(1)
        if name in _LIQUID_BLOCKS:
            open_blocks.append(_LIQUID_BLOCKS[name])
        elif open_blocks and name == open_blocks[-1]:
            open_blocks.pop()
        elif not open_blocks and name in nexts:
            branches.append((name, tag.group(2)))
            starts.append(tag.start())
        elif not open_blocks and name == ending:
            return branches, starts + [tag.start()]
    return None


#: The opening of a Liquid block whose branches the site may render or not, with its condition (or subject): a
#: loop (``for``, ``tablerow``) renders its body once per item of a list, none where it is empty.
_LIQUID_BRANCHING = re.compile(r"\{%-?\s*(if|unless|case|for|tablerow)\b(.*?)-?%\}", re.DOTALL)
#: The tags that open a next branch of such a block, and the tag that ends it (a for's else: an empty list's).
_LIQUID_BRANCHES = {"if": (("elsif", "else"), "endif"), "unless": (("elsif", "else"), "endunless"),
                  "case": (("when", "else"), "endcase"), "for": (("else",), "endfor"),
                  "tablerow": ((), "endtablerow")}  # fmt: skip
#: A Liquid raw block, whose tags are text.
_RT53A_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?(?:\{%-?\s*endraw\s*-?%\}|\Z)", re.DOTALL)


def _undecided_branches(branches: list[tuple[str, str]]) -> list[int]:
    """The indices of the branches of an ``if`` or ``unless`` whose rendering is not known: not known unrendered
    (:func:`liquid.unrendered`), and after a branch whose condition is not made of literals or with such a condition
    itself (``{% if page.draft %}``); a ``case`` is decided by its subject, a loop by its list, every branch of it."""
    if branches[0][0] not in ("if", "unless"):
        return list(range(len(branches)))
    unrendered = set(liquid.unrendered(branches))
    undecided, unsure = [], False
    for index, (tag, condition) in enumerate(branches):
        value = True if tag == "else" else liquid.truth(condition)
        unsure = unsure or value is None
        if index not in unrendered and unsure:
            undecided.append(index)
    return undecided


def _mathjax_white(span: Display | Inline) -> tuple[tuple[int, int], ...]:
    """The lines of a display's or inline maths' text that MathJax sets in white ink (:func:`tex.white_ink_lines`)."""
    if isinstance(span, Display):
        return tex.white_ink_lines(span.body, span.line, mathjax=True)
    return tex.white_ink_lines(span.text, span.line, mathjax=True)


def site_decided_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) of each branch of a Liquid conditional in a Markdown document that the site renders
    or not by what it alone knows (a page's variable): what it defines may not be on the page."""
    text = _false_branches_blanked(_liquid_comments_blanked(_toml_front_matter_blanked(text)))
    text = _RT53A_RAW.sub(lambda match: tex.blank(match.group(0)), text)  # {% raw %}{% endif %}{% endraw %}: text
    found = []
    for opening in _LIQUID_BRANCHING.finditer(text):
        block = _liquid_block(text, opening)
        if block is not None:
            branches, starts = block
            found += [(tex.line_of(text, starts[index], 1), tex.line_of(text, starts[index + 1], 1))
                      for index in _undecided_branches(branches)]  # fmt: skip
    return tuple(found)


def _toml_front_matter_blanked(text: str) -> str:
    """Hugo's TOML front matter blanked: it is the page's settings, never rendered as maths."""
    return _TOML_FRONT_MATTER.sub(lambda match: tex.blank(match.group(0)), text)


def _closing_at(line: str, closing: str) -> int | None:
    """Where ``closing`` ends a display on this line: at its end, or at its start."""
    stripped = line.rstrip()
    if stripped.endswith(closing) and not stripped.endswith("\\" + closing):
        return len(stripped) - len(closing)
    if line.lstrip().startswith(closing):
        return len(line) - len(line.lstrip())
    return None


def _quote_depth(state: StateBlock, line: int) -> int:
    """How many block quotes line ``line`` stands in: the ``>`` markers its quotes stripped before its text."""
    start = state.src.rfind("\n", 0, state.bMarks[line]) + 1
    return state.src.count(">", start, state.bMarks[line])


def _display_rule(opening: str, closing: str):
    """A block rule: display maths opened by ``opening`` at the start of a line, closed by ``closing``."""

    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if state.sCount[start] - state.blkIndent >= 4:  # indented code
            return False
        first = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
        if not first.startswith(opening):
            return False
        rest = first[len(opening) :]
        same_line = rest.find(closing)
        if same_line >= 0:
            tail = rest[same_line + len(closing) :].strip()
            if tail and not _LABEL.fullmatch(tail):  # text after it: maths inside a paragraph
                return False
            body, last = rest[:same_line], start
        else:
            lines, last, depth = [rest], None, _quote_depth(state, start)
            for number in range(start + 1, end):
                text = state.src[state.bMarks[number] + state.tShift[number] : state.eMarks[number]]
                if text.strip() and state.sCount[number] < state.blkIndent:  # the list item or quote ends
                    break
                if _quote_depth(state, number) < depth:  # past the quote's end (a paragraph asks beyond it)
                    break
                position = _closing_at(text, closing)
                if position is not None:
                    lines.append(text[:position])
                    last = number
                    break
                lines.append(text)
            if last is None:
                if not silent:
                    state.env.setdefault("unclosed", set()).add((start + 1, opening))
                return False
            body = "\n".join(lines)
        if silent:
            return True
        token = state.push("display_math", "math", 0)
        token.content, token.markup, token.block = body, opening, True
        token.map = [start, last + 1]
        state.line = last + 1
        return True

    return rule


def _in_comment(state: StateBlock, start: int) -> bool:
    """Line ``start`` continues a paragraph inside an HTML comment, so it is not a display (CommonMark's inline
    comments span lines, and the paragraph rule asks its terminators with ``state.line`` at its first line)."""
    if state.parentType != "paragraph" or "<!--" not in state.src[state.bMarks[state.line] : state.bMarks[start]]:
        return False  # (no comment opened in the paragraph's lines so far: the quick test, as most have none)
    before = state.getLines(state.line, start, state.blkIndent, False)
    return _OPEN_COMMENT.search(_NOT_TEXT[0].sub(lambda match: tex.blank(match.group(0)), before)) is not None


def _outside_comments(rule):
    """A block rule that never breaks a paragraph on a line inside an HTML comment."""

    def guarded(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        return not _in_comment(state, start) and rule(state, start, end, silent)

    return guarded


def _noting_source(rule, *, hidden_from_label_end: bool):
    """An inline rule that notes on its last token the span of the source that is not rendered text: all of an
    image or an HTML tag or comment, a link's destination and title (from the end of its text)."""

    def noting(state: StateInline, silent: bool) -> bool:
        start = state.pos
        if not rule(state, silent):
            return False
        comment = _HTML_COMMENT.match(state.src, start) if rule is html_inline else None
        if comment is not None and comment.end() < state.pos:  # "<!-- a --!> shown": the browser's end of it
            state.pos = comment.end()
            if not silent:
                state.tokens[-1].content = comment.group(0)
        if not silent:
            first = state.md.helpers.parseLinkLabel(state, start, True) if hidden_from_label_end else start
            state.tokens[-1].meta["unrendered"] = (first, state.pos)
        return True

    return noting


def _noting_tildes(rule):
    """GFM's strikethrough rule noting on each run of tildes it pushes where it stands in the source, so that the
    struck span's words can be found (:func:`_struck_spans`)."""

    def noting(state: StateInline, silent: bool) -> bool:
        # the text pending before the tildes is pushed first, as a token of its own that is no run of tildes
        start, before = state.pos, len(state.tokens) + bool(state.pending)
        if not rule(state, silent):
            return False
        for token in state.tokens[before:]:
            token.meta["tildes_at"] = start
            start += len(token.content)
        return True

    return noting


def _struck_spans(token: Token) -> list[tuple[int, int]]:
    """The spans of an inline token's source struck through (``~~...~~``, paired as GFM and markdown-it pair
    them), from the opening tildes to the end of the closing ones: shown struck, they state nothing."""
    spans, opened = [], []
    for child in token.children or ():
        if child.type == "s_open" and "tildes_at" in child.meta:
            opened.append(child.meta["tildes_at"])
        elif child.type == "s_close" and opened and "tildes_at" in child.meta:
            start = opened.pop()
            if not opened:
                spans.append((start, child.meta["tildes_at"] + len(child.markup or "~~")))
    return spans


def _struck_blanked(token: Token, content: str) -> str:
    """``content`` (an inline token's source, offsets kept) with its struck spans blanked."""
    for start, end in _struck_spans(token):
        content = content[:start] + tex.blank(content[start:end]) + content[end:]
    return content


#: A strike between single tildes, as github.com reads ``~text~`` (markdown-it pairs ``~~`` only, and Pandoc reads
#: ``~x~`` as a subscript): a run of one tilde on each side, next to no space.
_SINGLE_TILDE_SPAN = re.compile(r"(?<!~)~(?![~\s])(.+?)(?<![~\s])~(?!~)", re.DOTALL)


def _single_tilde_struck(token: Token) -> list[_UnclearlyStruck]:
    """The lines of an inline token whose maths a single-tilde strike may hide (struck on GitHub, a subscript in
    Pandoc): unclearly struck, so what they state is held.  Maths and code count as no tildes."""
    shown = "".join(
        child.content if child.type == "text" else ("\0" if child.type.startswith("math") else " ")
        for child in token.children or ()
    )
    spans = [match.group(1) for match in _SINGLE_TILDE_SPAN.finditer(shown)]
    if token.map is None or not any("\0" in span or "\\(" in span for span in spans):
        return []
    return [_UnclearlyStruck(token.map[0] + 1, token.map[1])]


def _unpaired_tildes(token: Token) -> int:
    """How many runs of two tildes or more an inline token's text shows as tildes (no strikethrough paired them)."""
    return sum(len(re.findall(r"~{2,}", child.content)) for child in token.children or () if child.type == "text")


def parser() -> MarkdownIt:
    """CommonMark with tables, HTML, front matter and the maths of MyST (dollarmath, amsmath)."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])  # GFM's ~~struck~~
    md.use(front_matter_plugin)
    md.use(dollarmath_plugin, allow_labels=True, allow_space=True, allow_digits=True, double_inline=True)
    md.use(amsmath_plugin)
    md.use(colon_fence_plugin)  # MyST's :::{math} and :::{note}, Pandoc's and Quarto's ::: divs
    md.use(myst_role_plugin)  # MyST's inline maths {math}`...`
    md.use(admon_plugin)  # Python-Markdown's (MkDocs') !!! note and ??? note: their indented body is Markdown
    md.block.ruler.at(
        "amsmath", _outside_comments(amsmath_block), {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    for name, rule in (("link", link), ("image", image), ("html_inline", html_inline)):
        md.inline.ruler.at(name, _noting_source(rule, hidden_from_label_end=rule is link))
    md.inline.ruler.at("strikethrough", _noting_tildes(strikethrough.tokenize))
    alternatives = {"alt": ["paragraph", "reference", "list"]}  # not "blockquote": lazy lines stay in the quote
    md.block.ruler.at("math_block", _outside_comments(_display_rule("$$", "$$")), alternatives)
    for opening, closing, _ in _DELIMITERS[1:]:
        rule = _outside_comments(_display_rule(opening, closing))
        md.block.ruler.before("math_block", f"display{opening}", rule, alternatives)
    return md


_PARSER = parser()


def _as_maths(match: re.Match) -> str:
    """A MathJax 2 script as the maths it sets, its lines and its length kept: ``\\[ ... \\]`` for a display,
    ``\\( ... \\)`` inline."""
    opening, body, closing = match.group("opening", "body", "closing")
    left, right = ("\\[", "\\]") if _display_script(_MATHJAX_OPENING.fullmatch(opening)) else ("\\(", "\\)")
    return _delimited(opening, body, closing, left, right)


def _delimited(opening: str, body: str, closing: str, left: str, right: str) -> str:
    """``body`` between ``left`` and ``right`` in the place of its tags, blanked around them (lines kept)."""
    before, after = tex.blank(opening), tex.blank(closing)
    before = before[:-2] + left if before.endswith("  ") else left + before[2:]
    return f"{before}{body}{right}{after[2:]}"


def _html_text(content: str, *, unshown: bool = False) -> str:
    """The text MathJax sees in an HTML block: comments, tags and skipped elements blanked, entities decoded;
    MathJax 2's scripts as the maths they set.  With ``unshown``, only the text of the unshown elements MathJax
    typesets all the same (``<div hidden>``), whose definitions hold."""
    content = _MATHJAX_SCRIPT.sub(_as_maths, _HTML_COMMENT.sub(lambda match: tex.blank(match.group(0)), content))
    content = _typeset_unshown(content) if unshown else _skipped_blanked(content)
    content = _HTML_TAG.sub(lambda match: tex.blank(match.group(0)), content)
    return "\n".join(html.unescape(line) for line in content.split("\n"))


def _comment_directives(content: str, first_line: int) -> list[Directive | Problem | Prose]:
    found = []
    for match in _HTML_COMMENT.finditer(content):
        text = re.sub(r"-?-?!?>\Z", "", match.group(0)[4:])  # its text, without "-->" or "--!>"
        item = tex.directive(text, tex.line_of(content, match.start(), first_line))
        if item is not None:
            found.append(item)
    return found


#: A display found in a paragraph's text, and where it opens, its body starts and it closes there.
_Edged = tuple[Display, tuple[int, int, int]]


def _own_line_displays(token: Token) -> list[_Edged]:
    """``$$...$$`` standing on its own lines inside a paragraph (a lazy line of a quote, say) is display maths.

    Between words of a sentence it is inline maths, as kramdown and MathJax pages render it.
    """
    found = []
    cursor = 0
    content = token.content
    for child in token.children or ():
        if child.type != "math_inline_double":
            continue
        start = content.find("$$" + child.content + "$$", cursor)
        if start < 0:
            continue
        end = start + len(child.content) + 4
        cursor = end
        opens_line = not content[content.rfind("\n", 0, start) + 1 : start].strip()
        closing_line = content[end : content.find("\n", end) if "\n" in content[end:] else len(content)]
        if opens_line and (not closing_line.strip() or _LABEL.fullmatch(closing_line.strip())):
            display = Display("$$", child.content, tex.line_of(content, start, token.map[0] + 1))
            found.append((display, (start, start + 2, end)))
    return found


def _unclosed_environments(token: Token) -> list[Problem]:
    """An amsmath environment opening a paragraph line that the paragraph never closes (so it was read as text)."""
    problems = []
    content = token.content
    for match in _LINE_ENVIRONMENT.finditer(content):
        name = match.group(1)
        if name in tex.MATHJAX_ENVIRONMENTS and f"\\end{{{name}}}" not in content[match.end() :]:
            number = tex.line_of(content, match.start(), token.map[0] + 1)
            problems.append(Problem(number, f"\\begin{{{name}}} on line {number} is never closed"))
    return problems


def _paragraph_environments(token: Token) -> list[_Edged]:
    """The amsmath environments closed inside a paragraph's text (after a word, or before words on their line),
    which the block rule leaves to the paragraph: MathJax typesets them wherever they stand."""
    content = _BRACKET_DISPLAY.sub(lambda match: tex.blank(match.group(0)), _rendered_source(token))
    shown = tex.blank(content)
    for match in _ENVIRONMENT.finditer(content):
        if match.group(1) in tex.MATHJAX_ENVIRONMENTS:
            shown = shown[: match.start()] + match.group(0) + shown[match.end() :]
    edges: list[tuple[int, int, int]] = []
    found, _ = tex.displays(shown, token.map[0] + 1, dollars=False, edges=edges)
    return list(zip(found, edges))


def _rendered_source(token: Token) -> str:
    """An inline token's source with what MathJax never typesets blanked: code, maths set already, a link's
    destination and title, an image (its alt text too), HTML tags with their attributes, and comments."""
    content = token.content
    for pattern in _NOT_TEXT:  # first: the tags of a skipped element are marked unrendered too
        content = (
            pattern(content) if callable(pattern) else pattern.sub(lambda match: tex.blank(match.group(0)), content)
        )
    for child in token.children or ():
        if "unrendered" in child.meta:
            start, end = child.meta["unrendered"]
            content = content[:start] + tex.blank(content[start:end]) + content[end:]
    return _struck_blanked(token, content)


def _shown_words(token: Token) -> str:
    """An inline token's source as a reader sees its words: comments, elements a browser does not show, HTML tags
    (their attributes), kramdown's attribute lists (``{: .note}``), images and links' destinations and titles
    blanked; its maths and code kept, lines kept."""
    content = _HTML_COMMENT.sub(lambda match: tex.blank(match.group(0)), token.content)
    content = _SPAN_IAL.sub(lambda match: tex.blank(match.group(0)), content)  # markup, not words
    scripts = _scripts(token)
    for script in scripts:  # MathJax 2's maths, as the maths it sets
        left, right = ("\\[", "\\]") if script.display else ("\\(", "\\)")
        closing = content[script.body_start + len(script.body) : script.end]
        shown = _delimited(content[script.start : script.body_start], script.body, closing, left, right)
        content = content[: script.start] + shown[: script.end - script.start] + content[script.end :]
    content = _skipped_blanked(content, paragraph=True)
    for child in token.children or ():
        if "unrendered" in child.meta and not any(
            script.start <= child.meta["unrendered"][0] < script.end for script in scripts
        ):
            start, end = child.meta["unrendered"]
            content = content[:start] + tex.blank(content[start:end]) + content[end:]
    return _struck_blanked(token, content)


@dataclass(frozen=True)
class _Script:
    """A MathJax 2 script in a paragraph's text: its maths, where it stands in the token's content (its tags
    included), and whether an unshown element holds it (None: shown; True: one MathJax typesets; False: code)."""

    display: bool
    body: str
    start: int
    body_start: int
    end: int
    hidden: bool | None


def _scripts(token: Token) -> list[_Script]:
    """MathJax 2's scripts in an inline token's HTML (``<script type="math/tex">\\sigma = -1</script>``): its
    maths, inline or display (``; mode=display``), as MathJax 2 typesets it.  Only a tag the parser reads as HTML
    opens one (not one in a code span)."""
    found: list[_Script] = []
    hidden: list[tuple[str, bool]] = []
    content = token.content
    for child in token.children or ():
        if child.type != "html_inline":
            continue
        opened = _MATHJAX_OPENING.fullmatch(child.content)
        if opened is not None and "unrendered" in child.meta:
            start, body_start = child.meta["unrendered"]
            closing = _SCRIPT_CLOSING.search(content, body_start)
            if closing is not None:
                state = all(typeset for _, typeset in hidden) if hidden else None
                body = content[body_start : closing.start()]
                found.append(_Script(_display_script(opened), body, start, body_start, closing.end(), state))
        _track_hidden(child.content, hidden)
    return found


def _script_displays(token: Token) -> tuple[list[_Edged], list[_Edged]]:
    """The display maths of MathJax 2's scripts in a paragraph: those shown, and those in an unshown element
    MathJax typesets (``<span hidden>``), which only define."""
    shown, unshown = [], []
    for script in _scripts(token):
        if script.display and script.hidden is not False:
            display = Display("\\[", script.body, tex.line_of(token.content, script.body_start, token.map[0] + 1))
            (unshown if script.hidden else shown).append((display, (script.start, script.body_start, script.end)))
    return shown, unshown


def _bracket_displays(token: Token) -> list[_Edged]:
    """The ``\\[...\\]`` displays set inside a paragraph's text (after a word, or two on one line), which the
    block rule leaves to the paragraph."""
    content = _rendered_source(token)
    found = []
    for match in _BRACKET_DISPLAY.finditer(content):
        body = _UNESCAPE.sub(r"\1", match.group(2)) if len(match.group(1)) == 2 else match.group(2)
        display = Display("\\[", body, tex.line_of(content, match.start(2), token.map[0] + 1))
        found.append((display, (match.start(), match.start(2), match.end())))
    return found


def _listed_display_maths(token: Token) -> list[Inline]:
    """The ``$$...$$`` set between words of an inline token, the last first: MathJax shows each as a display."""
    content = token.content
    found = []
    for child in token.children or ():
        start = content.find("$$" + child.content) if child.type == "math_inline_double" else -1
        if start >= 0:
            found.append(Inline(child.content, tex.line_of(content, start, token.map[0] + 1)))
    return found[::-1]


def _inline_maths(token: Token, displays: list[Display]) -> tuple[list[Inline], list[Inline]]:
    """The maths set inside the sentences of an inline token (``$...$``, and ``$$...$$`` between words), and that
    set in an unshown element MathJax typesets all the same (``<span hidden>``, ``<del>``), which only defines."""
    found, unshown = [], []
    cursor = 0
    content = token.content
    words = _shown_words(token)  # the sentence as it is shown: a comment's words are none of it
    shown = {(display.line, display.body) for display in displays}
    hidden: list[tuple[str, bool]] = []  # the unshown elements the maths is inside (innermost last), each with
    # whether MathJax typesets it
    for child in token.children or ():
        if child.type == "html_inline":
            _track_hidden(child.content, hidden)
        if child.type == "s_open":  # ~~struck~~, typeset as <s> is: its maths only defines
            hidden.append(("~~", True))
        elif child.type == "s_close" and hidden and hidden[-1][0] == "~~":
            hidden.pop()
        role = child.type == "myst_role" and child.meta.get("name") == "math"
        if child.type not in ("math_inline", "math_inline_double") and not role:
            continue
        if hidden and not all(typeset for _, typeset in hidden):
            continue
        if role:  # MyST's {math}`...`: the role's name, then its content in a code span's backticks
            start = content.find("{math}`", cursor)
            if start < 0:
                continue
            ticks = len(content[start + 6 :]) - len(content[start + 6 :].lstrip("`"))
            end = content.find(child.content, start + 6 + ticks) + len(child.content) + ticks
            cursor = end
            line = tex.line_of(content, start, token.map[0] + 1)
            (unshown if hidden else found).append(Inline(child.content, line, tex.sentence_around(words, start, end)))
            continue
        marker = "$$" if child.type == "math_inline_double" else "$"
        start = content.find(marker + child.content, cursor)
        if start < 0:
            continue
        cursor = start + len(child.content)
        line = tex.line_of(content, start, token.map[0] + 1)
        if (line, child.content) not in shown:
            sentence = tex.sentence_around(words, start, cursor + len(marker))
            text = _GITHUB_INLINE.sub(r"\2", child.content) if marker == "$" else child.content
            (unshown if hidden else found).append(Inline(text, line, sentence))
    for script in _scripts(token):  # MathJax 2's inline maths, in its place among the rest
        if not script.display and script.hidden is not False:
            line = tex.line_of(content, script.body_start, token.map[0] + 1)
            said = Inline(script.body, line, tex.sentence_around(words, script.start, script.end))
            spans = unshown if script.hidden else found
            spans.insert(sum(1 for span in spans if span.line <= line), said)
    return found, unshown


def _track_hidden(tag: str, hidden: list[tuple[str, bool]]) -> None:
    """Update the stack of open unshown elements with one inline HTML tag (a ``<div>`` or a ``<p>`` ends a ``<p
    hidden>``, as HTML's parser ends it)."""
    closer = _P_ENDS.match(tag)
    if closer is not None and not closer.group(1) and closer.group(2).lower() not in _P_CONTAINER_ONLY:
        if hidden and hidden[-1][0] == "p":
            hidden.pop()
    opened = _HIDDEN_INLINE.match(tag)
    if opened is not None:
        name = next(name for name in opened.groups() if name).lower()
        hidden.append((name, _typeset(tag, name)))
    closed = _CLOSING_TAG.match(tag)
    if closed is not None and hidden and closed.group(1).lower() == hidden[-1][0]:
        hidden.pop()


def _paren_inline(token: Token) -> list[Inline]:
    """The ``\\(...\\)`` maths of an inline token's rendered text, within one run of text (markup between ends it:
    MathJax does not look for maths across elements)."""
    found = []
    line = token.map[0] + 1
    run, run_line = "", line
    struck = 0  # how many ~~ the run is inside: struck text states nothing
    for child in [*(token.children or ()), None]:
        if child is not None and child.type in ("text", "softbreak", "hardbreak"):
            run += child.content if child.type == "text" else "\n"
            continue
        for match in _PAREN_INLINE.finditer(run if not struck else ""):
            sentence = tex.sentence_around(run, match.start(), match.end())
            found.append(Inline(match.group(1), run_line + run.count("\n", 0, match.start()), sentence))
        line = run_line + run.count("\n") + (child.content.count("\n") if child is not None else 0)
        run, run_line = "", line
        struck += child is not None and child.type == "s_open"
        struck -= child is not None and child.type == "s_close" and struck > 0
    return found


def _single_paren_inline(token: Token) -> list[Inline]:
    """The ``\\(...\\)`` maths written with one backslash in an inline token's source, outside code and maths."""
    content = _rendered_source(token)
    return [
        Inline(
            match.group(1),
            tex.line_of(content, match.start(), token.map[0] + 1),
            tex.sentence_around(_shown_words(token), match.start(), match.end()),
        )
        for match in _SINGLE_PAREN_INLINE.finditer(content)
    ]


def read_markdown(
    text: str, macros: Macros | None = None
) -> tuple[list[Display], list[Directive], list[Problem], list[Inline], tuple[tuple[int, int], ...], list[Prose]]:
    """The displays, directives, problems, inline maths, conditionals (none) and prose of a Markdown document,
    ``macros`` defined before it."""
    page = strip_liquid(_toml_front_matter_blanked(text))
    displays, inline, items = _read_blocks(footnotes.own_paragraphs(critic.substituted(page)))
    unshown = [item.span for item in items if isinstance(item, _Unshown)]
    configured = configured_lines(text, displays)  # a renderer's macros, defined outside the maths read
    displays, inline, expanding = _expanded(displays, inline, macros if macros is not None else Macros(), unshown)
    directives = [item for item in items if isinstance(item, Directive)]
    problems = [item for item in items if isinstance(item, Problem)] + expanding
    prose = [item for item in items if isinstance(item, Prose)]
    unclear = tuple((item.first, item.last) for item in items if isinstance(item, _UnclearlyStruck))
    unclear += tuple(
        lines for span in [*displays, *inline] for lines in _mathjax_white(span)
    )  # MathJax's \color{white}
    unclear += _ink_held(page)  # <span style="color: white">
    unclear += configured
    unclear += _critic_held(page)  # {--deleted--}, {>>a comment<<}, {~~old~>new~~}
    unclear += dialects.disputed_lines(_PARSER.parse(page), page)  # % ... (MyST), {/* ... */} (MDX), a footnote
    inline, prose = _footnotes_at_marks(page, inline, prose)
    return displays, directives, problems, inline, unclear, prose  # MathJax has no conditionals; ~~ may strike


def _footnotes_at_marks(page: str, inline: list[Inline], prose: list[Prose]) -> tuple[list[Inline], list[Prose]]:
    """The inline maths and prose of ``page`` with footnote marks and labels out of their sentences, and what a
    footnote defined after its mark states read at the mark's line (:func:`footnotes.read_at_marks`), a paragraph
    moved there on one line."""
    paragraphs = {token.map[0] + 1: token.map[1] for token in _PARSER.parse(page) if token.type == "paragraph_open"}
    moved = footnotes.read_at_marks(page, paragraphs)  # a footnote's paragraph ends where the reader's does
    inline = [replace(i, line=moved.get(i.line, i.line), sentence=footnotes.unmarked(i.sentence)) for i in inline]
    prose = [
        replace(p, line=moved[p.line], text=" ".join(footnotes.unmarked(p.text).split("\n"))) if p.line in moved else p
        for p in prose
    ]
    if not moved:
        return inline, prose
    return sorted(inline, key=lambda i: i.line), sorted(prose, key=lambda p: p.line)


@dataclass(frozen=True)
class _Unshown:
    """Maths in an element a browser does not show but MathJax typesets (``<div hidden>``, ``<del>``): it claims
    nothing on the page, but its definitions hold for the maths after it."""

    span: Display | Inline


@dataclass(frozen=True)
class _UnclearlyStruck:
    """The lines (first, last) of a display set between two runs of ``~~`` that nothing pairs, with no blank line
    between (``~~``, the display, ``~~``): a renderer that reads no maths there strikes the lines as one paragraph,
    one that does shows the display, so whether it states anything is not known."""

    first: int
    last: int


_Item = Directive | Problem | Prose | _Unshown | _UnclearlyStruck


@dataclass(frozen=True)
class _TildesOpen:
    """An unpaired ``~~`` that may strike the displays right after it: the line the next block must start on to
    stay in its lines, and the displays (first and last lines) met so far."""

    next_line: int
    displays: tuple[tuple[int, int], ...] = ()


def _tildes_after(opened: _TildesOpen | None, token: Token, found: list[Display]) -> tuple[_TildesOpen | None, list]:
    """The unpaired ``~~`` open after ``token`` (a block's, with the displays read from it), and the displays it
    leaves unclearly struck (:class:`_UnclearlyStruck`) as a later unpaired ``~~`` in the same lines closes it."""
    if token.map is None or token.type == "paragraph_open":
        return opened, []
    adjacent = opened is not None and token.map[0] == opened.next_line
    if token.type == "inline":
        runs = _unpaired_tildes(token)
        if adjacent and runs and opened.displays:
            return None, [_UnclearlyStruck(first, last) for first, last in opened.displays]
        return (_TildesOpen(token.map[1]) if runs % 2 else None), []
    if adjacent and found:
        return _TildesOpen(token.map[1], (*opened.displays, (token.map[0] + 1, token.map[1]))), []
    return None, []


#: The blocks a display may stand in apart from the text around them, a list item or a quote: the display after
#: one may continue the display before it as well as the last one inside it.
_NESTING = {"list_item_open": 1, "list_item_close": -1, "blockquote_open": 1, "blockquote_close": -1}


def _read_blocks(text: str, depth: int = 0) -> tuple[list[Display], list[Inline], list[_Item]]:
    """The displays, inline maths, directives and problems of Markdown text, before its macros are expanded, with
    the maths of unshown elements MathJax typesets; the body of a MyST directive that holds Markdown is read as
    part of it."""
    env: dict = {}
    tokens = _PARSER.parse(text, env)
    displays: list[Display] = []
    inline: list[Inline] = []
    items: list[_Item] = []
    hidden = None  # the element a browser does not show that blocks are inside (<template> over blank lines)
    hidden_depth = 0  # how deep it is open: <div hidden><div> needs two </div>
    hidden_line, typeset = 0, False  # where it opens, and whether MathJax typesets its maths (for definitions)
    hidden_last = 0  # the line after the last HTML block it holds
    listed = 0  # how many list items and quotes the token is inside
    listed_maths = 0  # the line of $$...$$ between words in a list item or quote since the last display
    tildes: _TildesOpen | None = None  # an unpaired ~~ that may strike the displays after it
    comment = 0  # the line of an HTML block's <!-- its container ended before its -->: the blocks after are in it
    glossed: Display | None = None  # the display right before, with nothing shown after it yet
    for token in tokens:
        listed += _NESTING.get(token.type, 0)
        found: list[Display] = []
        after = token.content  # what it shows after its last display (all of it where it has none)
        if comment:
            end = _comment_end(token)  # in a directive's body too
            if end is None:
                continue
            comment = 0
            if not token.content[end:].strip():
                continue
            token = _rest(token, end, env)
        if hidden is not None:
            if token.type == "html_block":
                end, hidden_depth = _element_end(token.content, hidden, 0, hidden_depth)
                last = token.map[1]
            elif hidden == "p":  # a paragraph, a heading, a list, a quote, code or a display after it: their start
                end, last = 0, hidden_last  # tag (<p>, <h2>, <ul>, <pre>, <div>) or their container's end closes it
            elif token.type == "inline":  # <p>... </template> more</p>, or </span></div> closing a <div hidden>
                end, hidden_depth = _closed_in(token, hidden, hidden_depth)
                last = token.map[1]
            else:
                continue
            if end is None:
                hidden_last = last
                continue
            name, hidden = hidden, None
            if typeset:  # what MathJax typesets in it, read for its definitions
                inside = _inside(_lines(text, hidden_line - 1, last), name)
                items += _unshown(inside, hidden_line - 1, depth)
            if not token.content[end:].strip():  # the rest of the block after the element's end is shown
                continue
            token = _rest(token, end, env)
        left_open = _comment_left_open(token) if hidden is None else None
        if left_open is not None:
            comment = tex.line_of(token.content, left_open, token.map[0] + 1)
            token = token.copy(content=token.content[:left_open] + tex.blank(token.content[left_open:]))
        opened = _HIDDEN_OPENED.match(token.content) if token.type == "html_block" else None
        if opened is not None:
            name = opened.group(1).lower()
            end, open_depth = _element_end(token.content, name, opened.end())
            if end is None:
                hidden, hidden_depth, hidden_line = name, open_depth, token.map[0] + 1  # its blocks go inside it
                hidden_last = token.map[1]
                typeset = _typeset(opened.group(0).strip(), name)
                continue
        if _holds_markdown(token) and depth < _DIRECTIVE_DEPTH:
            body = _options_blanked(token.content)
            found, said, more = _read_blocks("\n" * (token.map[0] + 1) + body, depth + 1)  # lines kept
            inline += said
            items += more
        elif token.type == "display_math":
            content = token.content
            if token.markup == "\\\\[":
                content = _UNESCAPE.sub(r"\1", content)
            found = [Display("$$" if token.markup == "$$" else "\\[", content, token.map[0] + 1)]
        elif token.type == "amsmath":
            found, problems = tex.displays(token.content, token.map[0] + 1)
            items += problems
        elif token.type in _FENCES and token.info.strip() in _MATH_FENCES:
            content = _options_blanked(token.content)
            found = [Display("$$", content, token.map[0] + 2)]
        elif token.type == "html_block":
            items += _comment_directives(token.content, token.map[0] + 1)
            shown = _html_text(token.content)
            after = shown
            found, problems = tex.displays(shown, token.map[0] + 1, dollars=False)
            items += problems
            if depth < _DIRECTIVE_DEPTH:  # <p>Let $c = 2$.</p>: MathJax typesets a sentence's maths in HTML too
                lines = "\n".join(line.strip() for line in shown.split("\n"))
                _, said, more = _read_blocks("\n" * token.map[0] + lines, depth + 1)
                inline += said
                items += [item for item in more if isinstance(item, Prose | _Unshown)]
            items += _unshown(token.content, token.map[0], depth, html=True)
        elif token.type == "inline":
            items += _unclosed_environments(token)
            items.append(Prose(token.map[0] + 1, _shown_words(token)))
            scripts, hidden_scripts = _script_displays(token)
            items += [_Unshown(display) for display, _ in hidden_scripts]
            edged = sorted(
                _own_line_displays(token) + _bracket_displays(token) + _paragraph_environments(token) + scripts,
                key=lambda pair: pair[1][0],
            )  # each display with where it opens, its body starts and it closes in the paragraph's text
            content = _rendered_source(token)
            words = _shown_words(token)
            found = tex.beside(content, [d for d, _ in edged], [edge for _, edge in edged], words)
            after = words[edged[-1][1][2] :] if edged else words
            said, unshown = _inline_maths(token, found)
            items += [_Unshown(span) for span in unshown]
            said += _paren_inline(token) + _single_paren_inline(token)
            leads_on = words[: edged[0][1][0]] if edged else words
            if glossed is not None and _QUALIFIES.match(token.content) and tex.GLOSS_END.search(leads_on):
                # "$$ ... $$ where $\alpha := 3/2$.", not "With $a := 3$, we get" before the next display
                said = [replace(item, line=glossed.line) for item in said]
            inline += said
            for child in token.children or ():
                if child.type == "html_inline":
                    offset = token.content.find(child.content)
                    items += _comment_directives(
                        child.content, tex.line_of(token.content, max(offset, 0), token.map[0] + 1)
                    )
        tildes, unclear = _tildes_after(tildes, token, found)
        items += unclear
        if token.type == "inline":
            items += _single_tilde_struck(token)
        for display in found:
            items += tex.comment_directives(display.body, display.line)
        if found:
            found[0] = replace(found[0], listed_maths=listed_maths)
            listed_maths = 0
        if listed and token.type == "inline":
            listed_maths = next((item.line for item in _listed_display_maths(token)), listed_maths)
        displays += [replace(display, listed=listed > 0 or display.listed) for display in found]
        if _holds_markdown(token) or token.type == "html_block" and _SHOWN.search(after):
            glossed = None  # displays among words, or words only
        elif found:  # a block of display maths alone shows nothing after it
            glossed = None if token.type == "inline" and _SHOWN.search(after) else found[-1]
        elif _SHOWN.search(after):
            glossed = None
        spanning = _spanning_open(token) if hidden is None else None
        if spanning is not None:  # <template> opened in a paragraph, or after another tag in an HTML block
            hidden, hidden_depth, hidden_line, hidden_last, typeset = spanning, 1, token.map[0] + 1, token.map[1], False
    if hidden is not None:
        if typeset:
            items += _unshown(_inside(_lines(text, hidden_line - 1, None), hidden), hidden_line - 1, depth)
    if comment:
        items.append(Problem(comment, f"<!-- on line {comment} is never closed: a browser shows nothing after it, "
                             "and nothing after it is read"))  # fmt: skip
    if hidden is not None and hidden != "p":  # the end of the page ends a p, with nothing after it but HTML
        items.append(Problem(hidden_line, f"<{hidden}> on line {hidden_line} is never closed: a browser shows nothing "
                             "after it, and nothing after it is read"))  # fmt: skip
    rescued = {display.line for display in displays}  # a quote's lazy lines: closed after all, as inline $$...$$
    items += [
        Problem(line, f"{opening} on line {line} is never closed")
        for line, opening in sorted(env.get("unclosed", ()))
        if line not in rescued
    ]
    return displays, inline, items


#: Elements whose content HTML's parser keeps out of the page up to their closing tag wherever they open, whatever
#: blocks come between (a ``</p>`` ends none of them): a template's content, and raw text.
_RT50R_SPANNING_NAMES = frozenset(
    {"template", "script", "style", "textarea", "noscript", "noembed", "noframes", "iframe", "title"}
)
_RT50R_SPANNING = re.compile(rf"<({'|'.join(sorted(_RT50R_SPANNING_NAMES))})(?![\w-])[^>]*>", re.IGNORECASE)


def _rt50r_tags(token: Token) -> str:
    """The HTML of a block as a browser gets its tags: an HTML block's content, or a paragraph's inline HTML alone
    (a tag in a code span is text), the rest and its comments blanked."""
    if token.type != "inline":
        tags = token.content
    else:
        tags = "".join(child.content if child.type == "html_inline" else " " for child in token.children or ())
    return _HTML_COMMENT.sub(lambda match: tex.blank(match.group(0)), tags)


def _spanning_open(token: Token) -> str | None:
    """The name of an element of :data:`_RT50R_SPANNING_NAMES` that a paragraph or an HTML block opens and does not
    close: the blocks after it are inside it, up to its closing tag."""
    if token.type not in ("inline", "html_block") or token.map is None:
        return None
    tags = _rt50r_tags(token)
    position = 0
    while (opening := _RT50R_SPANNING.search(tags, position)) is not None:
        name = opening.group(1).lower()
        end, _ = _element_end(tags, name, opening.end())
        if end is None:
            return name
        position = end
    return None


def _closed_in(token: Token, name: str, depth: int) -> tuple[int | None, int]:
    """Where in a paragraph's source the element ``name``, open ``depth`` deep before it, ends (after its closing
    tag), and how deep it is still open if it does not: only the paragraph's inline HTML holds tags (a tag in a code
    span or in maths is text, a comment is none)."""
    for child in token.children or ():
        if child.type == "html_inline" and "unrendered" in child.meta:
            tag = _HTML_COMMENT.sub(lambda match: tex.blank(match.group(0)), child.content)
            end, depth = _element_end(tag, name, 0, depth)
            if end is not None:
                return child.meta["unrendered"][0] + end, 0
    return None, depth


#: An element whose content HTML's parser reads as text up to its closing tag (or the end): no comment opens in it.
_RAW_TEXT_ELEMENT = re.compile(
    rf"<({'|'.join(sorted(_RAW_TEXT))})(?![\w-])[^>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
#: What an HTML block holds that opens no comment, read left to right as HTML's tokenizer reads it: a closed comment
#: (``<!-- a <style> b -->``: a tag in a comment is text, and the first ``-->`` ends it) and a raw-text element
#: (``<script>"<!--"</script>``: a comment's opener in it is text).
_CLOSED_SPANS = re.compile(f"{_HTML_COMMENT.pattern}|{_RAW_TEXT_ELEMENT.pattern}", re.IGNORECASE | re.DOTALL)
#: Where a browser ends a comment it is in: the first ``-->`` (or ``--!>``) of the page's raw HTML.
_COMMENT_CLOSE = re.compile(r"--!?>")


def _comment_left_open(token: Token) -> int | None:
    """Where an HTML block opens a comment it does not close (``- <!-- draft`` in a list item, or ``> <!--`` in a
    quote: CommonMark ends the block with its container, before any ``-->``), or None."""
    if token.type != "html_block":
        return None
    content = _CLOSED_SPANS.sub(lambda match: tex.blank(match.group(0)), token.content)
    opened = _OPEN_COMMENT.search(content)
    return opened.start() if opened is not None else None


def _comment_end_in_block(token: Token) -> int | None:
    """Where a comment open over the blocks before ends in a block's source (after its first ``-->``), or None: only
    the raw HTML of an HTML block or of a paragraph's inline HTML ends it (text, code and maths reach the page
    escaped, ``--&gt;``)."""
    if token.type == "html_block":
        closing = _COMMENT_CLOSE.search(token.content)
        return closing.end() if closing is not None else None
    for child in token.children or () if token.type == "inline" else ():
        if child.type == "html_inline" and "unrendered" in child.meta:
            closing = _COMMENT_CLOSE.search(child.content)
            if closing is not None:
                return child.meta["unrendered"][0] + closing.end()
    return None


def _rest_reparsed(token: Token, end: int) -> Token:
    """A block with its source up to ``end`` blanked (lines kept): what is left shown of it after an unshown element
    that ends there.  A paragraph's inline content is parsed again, as markdown-it parses what stands after a tag."""
    content = tex.blank(token.content[:end]) + token.content[end:]
    if token.type != "inline":
        return token.copy(content=content)
    (parsed,) = _PARSER.parseInline(content, {})
    return token.copy(content=content, children=parsed.children)


#: kramdown's block inline attribute list, alone on its line: ``{: .note style="display:none"}``.
_BLOCK_IAL = re.compile(r"\{:(?!:)([^{}]*)\}[ \t]*")
#: kramdown's attribute list anywhere in a paragraph: on a line of its own, or after a span (``*text*{: .x}``).
_SPAN_IAL = re.compile(r"\{:(?!:)([^{}]*)\}")
#: Pandoc's attributes at the end of a heading: ``# Title {#id .class key="value"}``.
_HEADING_ATTRIBUTES = re.compile(r"\{([^{}]*)\}\s*\Z")


def _lines(text: str, first: int, end: int | None) -> str:
    """Lines ``first`` (from 0) up to ``end`` of ``text``."""
    return "\n".join(text.split("\n")[first:end])


def _inside(lines: str, name: str) -> str:
    """The content of the element ``name`` that ``lines`` open with, all else blanked (lines kept); nothing if
    they do not open with it where it can be found (in a block quote's lines)."""
    opened = re.match(rf"\s*(<{re.escape(name)}\b[^>]*>)", lines, re.IGNORECASE)
    if opened is None:
        return ""
    end = _Ends(lines).after(name, opened.start(1))
    close = _content_end(lines, name, opened.end(), end) if end is not None else len(lines)
    return tex.blank(lines[: opened.end()]) + lines[opened.end() : close] + tex.blank(lines[close:])


def _unshown(content: str, first: int, depth: int, *, html: bool = False) -> list[_Item]:
    """The maths in the unshown elements of ``content`` (starting on line ``first``, from 0) that MathJax typesets
    (``<div hidden>$\\newcommand{\\R}{\\mathbb{R}}$</div>``): read as the page would be were it shown, for its
    definitions only.  ``html``: ``content`` is an HTML block, of which only those elements are kept."""
    if html:
        content = _html_text(content, unshown=True)
        if not content.strip():
            return []
        content = "\n".join(line.strip() for line in content.split("\n"))
    if not content.strip() or depth >= _DIRECTIVE_DEPTH:
        return []
    found, said, more = _read_blocks("\n" * first + content, depth + 1)
    if html:  # as an HTML block's shown text is read: its displays as MathJax finds them, its sentences' maths
        found = tex.displays(content, first + 1, dollars=False)[0]
    spans: list[Display | Inline] = [*found, *said, *(item.span for item in more if isinstance(item, _Unshown))]
    return [_Unshown(span) for span in spans]


def _holds_markdown(token: Token) -> bool:
    """Whether a fence's body is Markdown its renderer shows as part of the page: a MyST directive named in
    :data:`_MARKDOWN_DIRECTIVE` (```` ```{note} ````, ``:::{prf:proof}``), or a colon fence that names no MyST
    directive (a Pandoc or Quarto div, ``::: note``, ``::: {.callout-tip}``) and is not hidden (``::: {hidden=""}``,
    Quarto's ``::: {.content-hidden}``)."""
    info = token.info.strip()
    if token.type not in _FENCES or info in _MATH_FENCES or _hidden_div(info):
        return False
    return bool(_MARKDOWN_DIRECTIVE.match(info) or (token.type == "colon_fence" and not _DIRECTIVE_NAME.match(info)))


#: A Pandoc attribute block whose style hides its div, as an HTML style attribute does (``{style="display:none"}``:
#: Pandoc writes the style on the div).
_PANDOC_STYLE_HIDING = re.compile(
    rf"""\{{[^}}]*?(?<![\w-])style\s*=\s*(?:"{_DOUBLE_QUOTED}|'{_SINGLE_QUOTED}|{_UNQUOTED})""", re.IGNORECASE
)


def _hidden_div(info: str) -> bool:
    """Whether a Pandoc or Quarto div's attributes hide it on an HTML page: ``hidden``, a hiding style, Quarto's
    ``.content-hidden``, or conditional content whose format (``when-format="pdf"``, ``unless-format="html"``) keeps
    it out of HTML (``.content-visible when-format="pdf"`` is not on the page; ``.content-hidden
    when-format="pdf"`` is)."""
    conditional = _CONDITIONAL_DIV.search(info)
    condition = _FORMAT_CONDITION.search(info)
    if conditional is None or condition is None:
        return _HIDDEN_DIV.search(info) is not None or _PANDOC_STYLE_HIDING.search(info) is not None
    shown_in_html = (condition.group(2).lower() in _HTML_FORMATS) == (condition.group(1) == "when")
    return shown_in_html != (conditional.group(1) == "visible")


def _options_blanked(content: str) -> str:
    """A MyST directive's body with its options blanked (lines kept): they configure it, and are not its text."""
    return _DIRECTIVE_OPTIONS.sub(lambda match: tex.blank(match.group(0)), content, count=1)


def _unescaped(source: str) -> str:
    """Maths written through Markdown's escapes as its renderer unescapes it: ``\\_`` a subscript, and, in maths
    so escaped, ``\\\\;`` a thin space (:data:`_ESCAPED_SPACE`)."""
    if _ESCAPED_SUBSCRIPT.search(source):
        source = _ESCAPED_SPACE.sub(r"\\\1", source)
    return _ESCAPED_SUBSCRIPT.sub("_", source)


def _expanded(
    displays: list[Display], inline: list[Inline], macros: Macros, unshown: list[Display | Inline] | None = None
) -> tuple[list[Display], list[Inline], list[Problem]]:
    """The page's maths with its macros expanded: MathJax keeps a definition for the rest of the page, one made in
    ``unshown`` maths (typeset, but not shown) too."""
    problems: list[Problem] = []
    unshown = unshown or []
    spans: list[Display | Inline] = sorted(displays + inline + unshown, key=lambda span: span.line)  # stable
    hidden = {id(span) for span in unshown}
    expanded: dict[int, Display | Inline] = {}
    for span in spans:
        source = _unescaped(tex.strip_comments(span.body if isinstance(span, Display) else span.text))
        found = expand(source, macros, grouped=False, first_line=span.line)
        problems += found.stops if id(span) in hidden else found.stops + found.unread + found.environments
        text = found.text
        expanded[id(span)] = replace(span, body=text) if isinstance(span, Display) else replace(span, text=text)
    return [expanded[id(span)] for span in displays], [expanded[id(span)] for span in inline], problems


#: A tag of HTML in what a browser reads as tags (:func:`_tags_only` blanks the rest first): a start or end
#: tag and its name.
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)(?![\w-])[^<>]*>")
#: One attribute of a start tag, its name and its value quoted or not.
_ATTRIBUTE = re.compile(r"""\s+([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
#: The legacy colour ``<font color="ffffff">``: six hex digits without ``#`` read as ``#ffffff``.
_LEGACY_HEX = re.compile(r"[0-9a-fA-F]{6}")


def _attributes(tag: str) -> dict[str, str]:
    """A start tag's attributes by lower-case name, values with their entities decoded; the first of two of a
    name holds, as HTML's parser keeps it."""
    name = re.match(r"</?[A-Za-z][\w-]*", tag)
    found: dict[str, str] = {}
    for attribute in _ATTRIBUTE.finditer(tag, name.end() if name is not None else 0):
        value = next((group for group in attribute.groups()[1:] if group is not None), "")
        found.setdefault(attribute.group(1).lower(), html.unescape(value))
    return found


#: Classes that the style sheets of common site themes hide, or show only to screen readers (Bootstrap's
#: ``d-none``, ``invisible``, ``visually-hidden``, ``sr-only``; Quarto's ``hidden`` and ``content-hidden``).
_HIDING_CLASSES = frozenset({"hidden", "d-none", "invisible", "visually-hidden", "sr-only", "content-hidden"})


#: SVG's presentation attributes that may leave text unseen, which style an element as the CSS properties of their
#: names do (``<text fill="white">``, ``<g opacity="0">``).
_PRESENTATION = ("fill", "fill-opacity", "stroke", "opacity", "visibility", "display", "transform", "clip-path", "mask",
                 "filter", "font-size")  # fmt: skip
#: An ``<svg>``'s size attributes, read as the CSS properties of their names: an SVG of width or height 0 paints
#: nothing of what it holds (a browser clips an inner ``<svg>`` to its box).
_SVG_SIZES = ("width", "height")


def _empty_view_box(value: str) -> bool:
    """Whether an ``<svg>``'s ``viewBox`` has width or height 0, which disables the rendering of the element
    (SVG 2, 8.7); a value not read as four numbers is not."""
    numbers = value.replace(",", " ").split()
    try:
        sizes = [float(number) for number in numbers[2:]] if len(numbers) == 4 else []
    except ValueError:
        return False
    return 0.0 in sizes


def _font_ink(tag: str) -> str | None:
    """The ink a ``<font color>`` start tag gives (a legacy hex value without its ``#`` read as one), else None."""
    ink = _attributes(tag).get("color") if re.match(r"<font(?![\w-])", tag, re.IGNORECASE) else None
    return "#" + ink.strip() if ink is not None and _LEGACY_HEX.fullmatch(ink.strip()) else ink


def _unseen(tag: str, around: css.Surround = css.PAGE) -> bool:
    """Whether a start tag's element shows its text unseen on a light page within ``around``, what its ancestors
    give it (:func:`css.ink_unseen`): white or transparent ink, ink on a background of its colour or on one not
    read, opacity or font size 0, in its style or a ``<font color>``; SVG's presentation attributes read as a style
    (:data:`_PRESENTATION`, :func:`css.unseen`); a class a site's theme may hide (:data:`_HIDING_CLASSES`); or a
    style that hides it (:data:`_STYLED_AWAY`), which a site that strips styles shows."""
    attributes = _attributes(tag)
    classes = set(attributes.get("class", "").lower().split())
    svg = re.match(r"<svg(?![\w-])", tag, re.IGNORECASE) is not None
    sized = _SVG_SIZES if svg else ()
    presented = "; ".join(f"{name}: {attributes[name]}" for name in (*_PRESENTATION, *sized) if name in attributes)
    return (
        css.ink_unseen(attributes.get("style", ""), _font_ink(tag), around)
        or css.unseen(presented)
        or (svg and _empty_view_box(attributes.get("viewbox", "")))
        or bool(classes & _HIDING_CLASSES)
        or _STYLED_AWAY.match(tag) is not None
    )


#: A Pandoc attribute's class (``.hidden``), and a bracketed span with its attributes (``[text]{style="..."}``).
_CLASS = re.compile(r"(?<![^\s{])\.([\w-]+)")
_SPAN = re.compile(r"\]\{([^{}\n]*)\}")


def _attributes_hold(attributes: str) -> bool:
    """Whether Pandoc's or kramdown's attributes (``{.hidden}``, ``{style="display:none"}``, ``{: hidden}``) may
    take their element off the page or show its text unseen, as the same attributes on an HTML tag would
    (:func:`_unseen`: a hiding style, unseen ink, a hiding class, or the ``hidden`` attribute).  GitHub shows them as
    text and their element as written, so what the element says is held either way, never taken as unshown."""
    written = "<span " + attributes.strip().strip("{}:") + ">"
    tag = _attributes(written)
    classes = {name.lower() for name in _CLASS.findall(attributes)} | set(tag.get("class", "").lower().split())
    hiding = re.match(rf"<span{_HIDING}", written, re.IGNORECASE) is not None
    return hiding or bool(classes & _HIDING_CLASSES) or css.unseen(tag.get("style", "")) or _unseen(written)


def _attributed(token: Token, block_start: int, heading: bool = False) -> list[tuple[int, str]]:
    """Held spans of a paragraph as tags of their own (``<diffproof-held>`` ... ``</diffproof-held>``, with their
    lines): each Pandoc span ``[...]{...}`` whose attributes hold, from the paragraph's start
    (:func:`_attributes_hold`); the whole paragraph where a kramdown attribute list in it holds (``{: ...}`` on a
    line of its own gives its block the attributes, one after a span its span), and the block before it too where
    the lists are all of it (that block starts on line ``block_start``); and a heading whose Pandoc attributes at
    its end (``# Title {.hidden}``) hold."""
    found: list[tuple[int, str]] = []
    first = token.map[0] + 1
    for span in _SPAN.finditer(token.content):  # from the paragraph's start: where a span opens, maths and
        if _attributes_hold(span.group(1)):  # code among its brackets, is Pandoc's to read
            found += [
                (first, "<diffproof-held>"),
                (tex.line_of(token.content, span.end() - 1, first), "</diffproof-held>"),
            ]
    lines = token.content.split("\n")
    lists = [line for line in lines if _BLOCK_IAL.fullmatch(line.strip())]
    titled = _HEADING_ATTRIBUTES.search(token.content) if heading else None
    if any(_attributes_hold(listed.group(1)) for listed in _SPAN_IAL.finditer(token.content)) or (
        titled is not None and _attributes_hold(titled.group(1))
    ):
        alone = bool(lists) and len(lines) == len(lists)  # its own paragraph: the block before is the one it styles
        found += [
            (min(block_start, first) if alone else first, "<diffproof-held>"),
            (token.map[1], "</diffproof-held>"),
        ]
    return found


@functools.lru_cache(maxsize=8)
def _tags(text: str, depth: int = 0) -> tuple[tuple[int, str], ...]:
    """The HTML tags a browser reads in Markdown ``text``, each with its line, in order: an HTML block's tags (not
    in its comments, raw text or attribute values), a paragraph's inline HTML, and those of a directive's Markdown
    body (kept: a note's page is asked for its unseen and its faint elements)."""
    found: list[tuple[int, str]] = []
    block_start = 1  # the first line of the block before
    opening = None  # the block that the inline content is in
    for token in _PARSER.parse(text, {}):
        if token.map is None:
            continue
        if token.type == "inline":
            found += _attributed(token, block_start, heading=opening == "heading_open")
        opening = token.type
        block_start = token.map[0] + 1 if token.nesting == 0 else block_start  # a leaf block: a paragraph's text,
        # a display, code, an HTML block
        if token.type == "html_block":
            tags = _tags_only(token.content)
            found += [(tex.line_of(tags, tag.start(), token.map[0] + 1), token.content[tag.start() : tag.end()])
                      for tag in _TAG.finditer(tags)]  # fmt: skip
        elif token.type == "inline":
            found += [(tex.line_of(token.content, child.meta["unrendered"][0], token.map[0] + 1), child.content)
                      for child in token.children or ()
                      if child.type == "html_inline" and "unrendered" in child.meta
                      and re.match(r"</?[A-Za-z]", child.content)]  # fmt: skip
        elif _holds_markdown(token) and depth < _DIRECTIVE_DEPTH:
            held = _attributes_hold(token.info)  # ::: {style="color: white"}
            found += [(token.map[0] + 1, "<diffproof-held>")] if held else []
            found += _tags("\n" * (token.map[0] + 1) + _options_blanked(token.content), depth + 1)
            found += [(token.map[1], "</diffproof-held>")] if held else []
    return tuple(found)


#: A style sheet in the page, and the declarations of each of its rules (the innermost braces: ``@media`` nests
#: them).
_STYLE_SHEET = re.compile(r"<style(?![\w-])[^>]*>(.*?)(?:</style\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_RULE = re.compile(r"\{([^{}]*)\}")
#: A style sheet's comment, or a quoted string (which a newline ends unclosed): braces in them open no rule.
_SHEET_UNRULED = re.compile(r"/\*.*?(?:\*/|\Z)|\"(?:\\.|[^\"\\\n])*\"?|'(?:\\.|[^'\\\n])*'?", re.DOTALL)


def _ruled(sheet: str) -> str:
    """A style sheet with its comments blanked and its strings emptied (``"{"`` is ``""``), as CSS tokenises it."""
    return _SHEET_UNRULED.sub(lambda match: " " if match.group(0).startswith("/*") else '""', sheet)


#: A ``<link>`` start tag, and a data URL's media type and data.
_LINK = re.compile(r"<link(?![\w-])[^>]*>", re.IGNORECASE)
_DATA_URL = re.compile(r"\s*data:([^,]*),(.*)", re.IGNORECASE | re.DOTALL)


def _linked_sheets(text: str) -> list[str]:
    """The style sheets that ``<link rel="stylesheet">`` tags of ``text`` hold in the page's own text: a data URL,
    percent-encoded or in base64 (characters out of its alphabet skipped, as browsers do)."""
    found = []
    for tag in _LINK.finditer(text):
        attributes = _attributes(tag.group(0))
        data = _DATA_URL.match(attributes.get("href", ""))
        if "stylesheet" not in attributes.get("rel", "").lower().split() or data is None:
            continue
        if ";base64" in data.group(1).lower():
            encoded = re.sub(r"[^A-Za-z0-9+/]", "", unquote(data.group(2)))
            found.append(base64.b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8", "replace"))
        else:
            found.append(unquote(data.group(2)))
    return found


def _sheet_hides(text: str) -> bool:
    """Whether a style sheet of ``text`` (a ``<style>`` element, or a linked sheet the page holds,
    :func:`_linked_sheets`) has a rule that takes elements off the page or shows their text unseen
    (:func:`css.unseen`), braces in its comments and strings none of its rules': which elements its selectors pick
    is not read, so any may be."""
    sheets = [sheet.group(1) for sheet in _STYLE_SHEET.finditer(text)] + _linked_sheets(text)
    return any(css.unseen(rule.group(1)) for sheet in sheets for rule in _RULE.finditer(_ruled(sheet)))


#: CriticMarkup's deletions and comments (``{--...--}``, ``{>>...<<}``: MultiMarkdown, pymdownx.critic): a renderer
#: that reads them strikes or sets aside what they hold, one that does not shows it between its marks.
#: pymdownx.critic reads them in the note's whole source before the Markdown parser, each up to its first closing mark
#: across blank lines, so a deletion may hold paragraphs and displays.  (An insertion, ``{++...++}``, is read as
#: written.)  A substitution, ``{~~old~>new~~}``, is read as its new text (:func:`critic.substituted`: what the
#: renderer prints), which GFM strikes whole, so what it states is held too.
_CRITIC_UNSAID = re.compile(r"\{--.*?--\}|\{>>.*?<<\}|\{~~.*?~>.*?~~\}", re.DOTALL)


def _critic_held(text: str) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) of each CriticMarkup deletion, comment or substitution in Markdown ``text``
    (:data:`_CRITIC_UNSAID`): what is stated there may be deleted, a reviewer's aside or struck, so it is held, as
    ``~~`` that may strike is."""
    return tuple(
        (text.count("\n", 0, match.start()) + 1, text.count("\n", 0, match.end()) + 1)
        for match in _CRITIC_UNSAID.finditer(text)
    )


def _doubtful(tag: str, around: css.Surround = css.PAGE) -> bool:
    """Whether a start tag's element shows its text in ink of doubtful visibility within ``around``
    (:func:`css.ink_doubtful`: 0 < APCA Lc < 15), not unseen (:func:`_unseen`)."""
    return not _unseen(tag, around) and css.ink_doubtful(_attributes(tag).get("style", ""), _font_ink(tag), around)


def faint_lines(text: str, spans: Iterable[Display | Inline] = ()) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) of each element of Markdown ``text`` whose text is in ink of doubtful visibility
    (:func:`_doubtful`), up to its end tag, and of the maths of ``spans`` MathJax sets in such ink
    (:func:`tex.doubtful_ink_lines`, ``\\color{cyan}``): some readers see it, others do not, so a step that rests on
    what it says is held, with a reason that names it; none where the page holds all of it already
    (:func:`_ink_held`)."""
    page = strip_liquid(_toml_front_matter_blanked(text))
    held = _ink_held(page)
    if held == ((1, page.count("\n") + 1),):
        return ()
    typeset = [
        lines
        for span in spans
        for lines in tex.doubtful_ink_lines(span.body if isinstance(span, Display) else span.text, span.line, True)
    ]
    return tuple(sorted((*_ink_held(page, _doubtful), *typeset)))


def _ink_held(text: str, held: Callable[[str, css.Surround], bool] | None = None) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) of each element of Markdown ``text`` whose text a light page shows unseen
    (:func:`_unseen`, within the ink and ground of the elements around it, :func:`css.within`), up to its end tag (elements of its name nested in it counted) or the page's end: what
    is written there may not be seen, so it is held, as TeX's white ink is; all of them where a style sheet of the
    page may hide or whiten any element (:func:`_sheet_hides`), or an element may paint over the others
    (:func:`css.covers`: a positioned box, an outline, a negative margin).  With ``held``, the elements it finds
    instead (:func:`faint_lines`)."""
    last = text.count("\n") + 1
    tags = _tags(text)
    if held is None and (_sheet_hides(text) or any(css.covers(_attributes(tag).get("style", "")) for _, tag in tags)):
        return ((1, last),)
    held = held or _unseen
    opened: list[tuple[str, int, bool, css.Surround]] = []  # in the order they open: the last open one encloses
    found = []
    for line, tag in tags:
        closing, name = re.match(r"<(/?)([A-Za-z][\w-]*)", tag).group(1, 2)  # its attributes may hold "<"
        name = name.lower()
        if re.fullmatch(_VOID + r"[\w-]+", name) is None:
            continue  # <img style="opacity: 0"> holds no text
        around = opened[-1][3] if opened else css.PAGE
        if not closing:
            style = _attributes(tag).get("style", "")
            unseen = (name == "diffproof-held" and held is _unseen) or held(tag, around)
            opened.append((name, line, unseen, css.within(style, around, _font_ink(tag))))
            continue
        at = next((at for at in range(len(opened) - 1, -1, -1) if opened[at][0] == name), None)
        if at is not None:
            _, start, unseen, _ = opened.pop(at)
            found += [(start, line)] if unseen else []
    found += [(start, last) for _, start, unseen, _ in opened if unseen]
    return tuple(sorted(found))


def _comment_end(token: Token, depth: int = 0) -> int | None:
    """Where a comment open over the blocks before ends in a block's source (:func:`_comment_end_in_block`), a
    directive's Markdown body included (``:::{note}`` holding ``<!-- y -->``: its raw HTML reaches the page as the
    rest does); None if nothing there ends it."""
    if not _holds_markdown(token) or depth >= _DIRECTIVE_DEPTH:
        return _comment_end_in_block(token)
    lines = token.content.split("\n")
    for inner in _PARSER.parse(_options_blanked(token.content), {}):
        end = _comment_end(inner, depth + 1) if inner.map is not None else None
        if end is None:
            continue
        line = inner.map[0] + inner.content.count("\n", 0, end)
        line_start = inner.content.rfind("\n", 0, end) + 1
        count = len(_COMMENT_CLOSE.findall(inner.content, line_start, end))  # the line's closings up to it
        closings = list(_COMMENT_CLOSE.finditer(lines[line])) if line < len(lines) else []
        column = (
            closings[count - 1].end() if 0 < count <= len(closings) else len(lines[line]) if line < len(lines) else 0
        )
        return sum(len(text) + 1 for text in lines[:line]) + column
    return None


def _rest(token: Token, end: int, env: dict) -> Token:
    """What is left shown of a block after an unshown element or a comment that ends at ``end`` of its source
    (:func:`_rest_reparsed`): a paragraph's inline content parsed again with the note's reference links (``![alt][r]``
    is an image, its alt text unshown), and a directive's body with its lines before the end emptied and its text
    from the end opening its line (blanks there would make it indented code)."""
    if _holds_markdown(token):
        return token.copy(content="\n" * token.content.count("\n", 0, end) + token.content[end:])
    if token.type != "inline":
        return _rest_reparsed(token, end)
    content = tex.blank(token.content[:end]) + token.content[end:]
    (parsed,) = _PARSER.parseInline(content, dict(env))
    return token.copy(content=content, children=parsed.children)
