"""From displays to steps: rows, columns, statements, sides and the chains they form.

A display is split the way amsmath lays it out: rows at ``\\\\`` (and at
``\\intertext``), columns at ``&`` (in ``align`` a pair ``lhs & = rhs`` is one
equation and further pairs are further equations; ``eqnarray`` takes three
cells), all at the top level only (never inside braces, environments such as
``cases`` or ``pmatrix``, or brackets).  Within a column, prose ends the
mathematics: text set in ``\\text{...}`` that reads as words, text in a
script such as Chinese or Korean, or text after a wide space (``\\quad``).
Statements written on one line (``a = b, \\quad c = d``, ``a = b \\implies
c = d``) are read separately.  A chain ``A = B \\le C`` gives the steps
``A = B`` and ``B \\le C``; a row (or a whole display) that starts with a
relation continues the chain before it; a side that is only ``\\dots``
elides steps (``A = \\dots = C`` is the step ``A = C``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from diffproof.notes import relations as rel
from diffproof.notes.model import Definition, Display, Inline, Law, Problem, Step
from diffproof.notes.tex import blank, half_width, line_of, strip_comments
from diffproof.notes.tokens import Token, group_end, is_text, scan

#: Environments inside a display that lay out its rows (``\\begin{aligned}`` in ``$$``, ``split`` in ``equation``).
_LAYOUT = ("aligned", "alignedat", "split", "gathered", "multlined", "align", "align*", "alignat", "alignat*")
_LAYOUT += ("flalign", "flalign*", "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "equation")
_LAYOUT += ("equation*", "array")
#: Layouts whose columns come in pairs ``lhs & rel rhs``.
_PAIRED = ("align", "aligned", "alignat", "alignedat", "flalign", "split")
#: Presentation: labels, references, a tag that is a label (no word of three letters, no relation: ``\\tag{2.1}``,
#: ``\\tag{$\\star$}``; ``\\tag{at $x = 0$}`` is a remark), spacing and sizes.
_PRESENTATION = re.compile(
    r"\\(label|eqref|ref|hypertarget)\s*\{[^{}]*\}|\\tag\*?\s*\{(?![^{}]*(?:[A-Za-z]{3}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[=<>]))[^{}]*\}"
    r"|\\(nonumber|notag|displaystyle|textstyle|scriptstyle|tiny|scriptsize|footnotesize|small|normalsize"
    r"|large|Large|LARGE|huge|Huge|allowbreak|nobreak|limits|nolimits"
    r"|IEEEnonumber|IEEEyesnumber|IEEEnosubnumber|IEEEyessubnumber)(?![a-zA-Z])\*?"
)
#: A tag that states a condition in maths (``\\tag{$x \\ge 0$}``, ``\\tag*{...}``), or in text with no word
#: (``\\tag{x = 0}``: a relation alone, where the row holds): read as the remark it shows beside the step.
_TAGGED_CONDITION = re.compile(
    r"\\tag\*?\s*\{\s*(\$)?((?(1)[^${}]|(?:[^${}A-Za-z\\]|\\[A-Za-z]+|(?<![A-Za-z])[A-Za-z](?![A-Za-z])))*"
    r"(?:=|<|>|\\[gl]eq?\b|\\in\b|\\neq?\b)(?(1)[^${}]|(?:[^${}A-Za-z\\]|\\[A-Za-z]+|(?<![A-Za-z])[A-Za-z]"
    r"(?![A-Za-z])))*)(?(1)\$)\s*\}"
)
#: A tag's or a text box's opening: its text (in text mode) is shown beside the equation, or in it.
_TAG = re.compile(r"\\(?:tag\*?|text|textrm|textit|textbf|textsf|textnormal|textup|mbox|hbox)(?![a-zA-Z])\s*(?=\{)")
#: Maths inside text: ``$...$`` or ``\\(...\\)``.
MATHS_IN_TEXT = re.compile(r"(?<!\\)\$([^$]+)(?<!\\)\$|\\\((.+?)\\\)", re.DOTALL)
#: A text command inside a tag, whose braces are no words: ``\\tag{\\text{$\\sigma$ may be negative}}``.
_TEXT_COMMAND = re.compile(r"\\(?:text|textrm|textit|textbf|textsf|textnormal|textup|mbox|hbox|emph)\s*(?=\{)")
#: Maths that states a relation (``t = 1``, ``x \\ge 0``, ``z \\sim N``): beside words in a tag or a text box it is a
#: condition or a case of the step (``\\text{for $t = 1$}``), not a sentence of its own.
_RELATION_IN_MATHS = re.compile(
    r"[=<>≤≥≠∈~]|\\(?:[gl]eq?q?|[gl]t|neq?|in|notin|sim|simeq|approx|propto|equiv|cong|subset|subseteq|supset|supseteq"
    r"|to|mapsto|rightarrow|leftarrow|Rightarrow|Leftarrow|iff|implies|coloneqq|eqqcolon|defeq|triangleq|perp)"
    r"(?![a-zA-Z])"
)
#: A word of letters outside maths: a tag that has one is a sentence (``$\\sigma$ may be negative``).
_A_WORD = re.compile(r"[^\W\d_]{2,}")
#: A row break's star and extra space (``\\\\*``, ``\\\\[2pt]``): presentation, never the next row's text.
_ROW_SPACING = re.compile(r"\\\\(\*?\s*\[[^\]\n]{0,40}\]|\*)")
_INTERTEXT = re.compile(r"\\(intertext|shortintertext)\s*(?=\{)")
#: Presentation around a group, dropped with the group's braces: ``\\color{red}{x}`` reads as ``x``.
#: MathJax's ``\\style{css}{...}``, ``\\class``, ``\\cssId`` and KaTeX's ``\\htmlStyle``, ``\\htmlClass``, ``\\htmlId``,
#: ``\\htmlData`` are presentation too.
_WRAPPER = re.compile(
    r"\\(color|textcolor|colorbox|style|class|cssId|htmlStyle|htmlClass|htmlId|htmlData)\s*\{[^{}]*\}\s*"
    r"|\\(boxed|bbox)\s*(\[[^\]]*\])?\s*(?=\{)"
)
#: A style that shows nothing of the maths it applies to (``\\style{display:none}{...}``,
#: ``\\htmlStyle{visibility: hidden}{...}``): blanked with it, as a phantom is.
_HIDDEN_STYLE = re.compile(
    r"\\(?:style|htmlStyle)\s*\{[^{}]*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))[^{}]*\}\s*(?=\{)",
    re.IGNORECASE,
)
#: The wide spaces: a ``\\quad``-like command, and the ideographic space U+3000 (one em, as a ``\\quad``, as CJK
#: input methods type it).
_WIDE = frozenset(
    {"\\quad", "\\qquad", "\\hspace", "\\hskip", "\\hfill", "\\enspace", "\\enskip", "\\hphantom", "\u3000"}
)
#: The spaces whose width is their argument (``\\hspace{1em}``, ``\\hphantom{xx}``): the argument is part of the gap.
_SIZED = frozenset({"\\hspace", "\\hphantom"})
#: What opens a term continued after a small gap (``h^2 + k^2 \\,\\, - 2hk``): a sign, never a statement's start.
_CONTINUING = frozenset({"+", "-", "−", "\\pm", "\\mp"})
#: The small spaces, with their widths in mu (18 mu = 1 em): a thin, medium or thick space, a word space, and the
#: negative thin space ``\\!``, which takes width away.
_SMALL_SPACES = {
    "\\,": 3, "\\thinspace": 3, "\\:": 4, "\\>": 4, "\\medspace": 4, "\\;": 5, "\\thickspace": 5,
    "\\ ": 6, "\\\n": 6, "\\\t": 6, "~": 6, "\\!": -3,
}  # fmt: skip
#: A run of small spaces as wide as three thin spaces sets two statements apart, as a \\quad does.
_WIDE_RUN = 9
_BINARY = frozenset({"+", "-", "\\pm", "\\mp", "\\cdot", "\\times", "/", "\\div", "*", "−"})
_ELLIPSIS = re.compile(r"^(\\[lcvd]?dots[bcmio]?|\\ldots|\\cdots|\\vdots|\\ddots|\.{3}|…|(\\cdot\s*){3})$")
#: Tokens that open a remark beside a step: a reason, or a quantifier's range (``|x| = x \\quad \\forall x > 0``).
_REMARK_OPENERS = frozenset({"\\because", "\\therefore", "∵", "∴", "\\forall"})
#: An equation number set by hand after a wide space, ending the row: ``\\qquad (2)``, ``\\hfill (3.1)``, ``(*)``.
#: Words beside an equation, set in a text command, maybe in parentheses, with the spacing around them:
#: ``\quad \text{or} \quad``, ``\mbox{and}``, ``\text{(see above)}``, ``(\text{by Bayes})``, a tag in words
#: (``\tag{wrong}``, shown beside the equation as they are; a tag of numbers, ``\tag{2.1}``, is a label).
_WORDS = re.compile(
    r"(?:\s|\\[,;:!]|\\q?quad(?![a-zA-Z]))*(\()?\s*"
    r"\\(?:text|textrm|textit|textbf|textsf|textnormal|textup|mbox|hbox|mathrm|tag\*?)\s*\{([^{}]*)\}\s*(?(1)\))"
    r"(?:\s|\\[,;:!]|\\q?quad(?![a-zA-Z]))*"
)
#: The sign "therefore" between two equations, with the spacing around it: ``a = b \quad \therefore \quad c = d``
#: says both, the second following from the first, as the word "so" would.
_THEREFORE = re.compile(
    r"(?:\s|\\[,;:!]|\\q?quad(?![a-zA-Z]))*(?:\\therefore(?![a-zA-Z])|∴)(?:\s|\\[,;:!]|\\q?quad(?![a-zA-Z]))*"
)
#: Words after which maths is a condition or a reason of the equation before them (``\text{for all } t \ge 1``,
#: ``\text{since } a = 0``): it stays in the remark.
_CONDITION_WORDS = frozenset(
    "for if when whenever where with unless as since because given provided by using via from assuming such s.t. "
    "at on in under except not excluding "
    "avec où pour si quand lorsque sous dans puisque car par selon "  # French
    "mit für wenn wobei falls da weil wo bei unter durch "  # German
    "con donde para cuando bajo porque según como com onde quando se sob".split()  # Spanish, Portuguese
)
#: Words that open a case an equation holds in (``&& \\text{if } x \\ge 0``), unlike "where" or "with", which
#: may open a definition.
_CASE_WORDS = frozenset(
    "if for when whenever unless provided assuming si pour quand lorsque wenn falls für cuando para se quando".split()
)
#: Words joining two equations the note claims only together.
_ALTERNATIVES = {
    "or": "or", "ou": "or", "oder": "or", "或": "or", "또는": "or", "または": "or",
    "iff": "iff", "if and only if": "iff", "si et seulement si": "iff", "genau dann, wenn": "iff",
    "genau dann wenn": "iff", "si y solo si": "iff", "se e somente se": "iff", "当且仅当": "iff",
}  # fmt: skip
#: Words of other scripts that join two claims (a condition in them, 若 or 当, is not known word by word).
_JOINING = frozenset({"和", "即", "および", "그리고"})
#: A remark that says what the names of its step are: ``, \quad \text{where } \bar\beta_t = 1 - \bar\alpha_t``.
_WHERE = re.compile(
    r"(?:[\s,;~]|\\[,;:! ]|\\(?:quad|qquad)(?![a-zA-Z]))*\\(?:text|textrm|mathrm|mbox)\s*\{\s*(?:where|with)\s*[:,]?\s*\}"
    r"(?:[\s,;:~]|\\[,;:! ])*"
)
#: The relations that make a parenthesis set after a wide space at a row's end say what a name is or how it is
#: drawn: ``\quad (\alpha_t = 1 - \beta_t)``, ``\quad (\bar\epsilon \sim \mathcal{N}(0, I))``.
_SAID_RELATIONS = frozenset({"=", "\\sim", ":=", "\\coloneqq", "\\triangleq", "\\equiv", "\\doteq", "\\stackrel"})
#: Text set first in a parenthesis: ``\quad (\text{independent noises})`` is a remark after a wide space.
_TEXT_INSIDE = re.compile(r"\s*\\(?:text|textrm|textit|textbf|textnormal|mbox|mathrm)\s*\{([^{}]*)\}")
#: Words that are prose even alone in a text command: ``~~\text{where},~ \beta_t = 1 - \alpha_t``.
_CONNECTIVES = frozenset({"where", "with", "for", "and", "if", "iff", "since", "so", "hence", "thus", "as", "by",
                          "because", "given", "when", "then", "or", "i.e.", "e.g.", "s.t.", "let", "note"})  # fmt: skip
_AND = re.compile(r"\\(?:text|textrm|mathrm|mbox)\s*\{\s*(?:and|,)\s*\}")
_EQUATION_NUMBER = re.compile(r"\(\s*[A-Za-z0-9.*']{1,8}\s*\)")
#: How far a command's arguments are looked for (a bound, so hostile input stays linear).
_ARGUMENT_WINDOW = 1000
_SPACING = re.compile(
    r"\\(quad|qquad|enspace|enskip|thinspace|medspace|thickspace|hfill)(?![a-zA-Z])"
    r"|\\h(space|skip)(?:\*?\s*\{[^{}]*\}|(?![a-zA-Z]))"  # \hspace alone once its width is blanked
    r"|(?<!\\)\\[,;:!> \n\t]|~"
)
_GREEK = frozenset(
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho "
    "varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi "
    "Psi Omega ell".split()
)
_DECORATIONS = frozenset(
    "bar tilde hat widetilde widehat overline vec dot ddot check breve mathbf boldsymbol bm bold mathcal mathrm "
    "mathbb mathsf mathit mathscr mathfrak operatorname text textrm".split()
)


def _is_cjk(char: str) -> bool:
    """Chinese, Japanese or Korean letters or punctuation: in maths, MathJax shows them as text."""
    code = ord(char)
    return (
        0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0x9FFF
        or 0xA960 <= code <= 0xA97F
        or 0xAC00 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
    )


def _text_content(token: Token) -> str | None:
    """The argument of a text-mode command (``\\text{where }`` gives ``where ``), else None."""
    if is_text(token) and "{" in token.text:
        return token.text[token.text.index("{") + 1 : -1]
    return None


def _reads_as_words(content: str) -> bool:
    """Text that is prose rather than a name: several words, sentence punctuation, a non-Latin script, or a
    connective (``where``)."""
    return (
        bool(re.search(r"\s|[().,;:'!?’]", content))
        or any(ord(char) > 0x2FF for char in content)
        or content.strip().rstrip(",:;").lower() in _CONNECTIVES
    )


@dataclass(frozen=True)
class Side:
    text: str
    line: int


@dataclass(frozen=True)
class Link:
    """A relation as written between two sides."""

    meaning: rel.Meaning
    spelling: str
    annotation: str
    line: int


@dataclass(frozen=True)
class Statement:
    """``first (link side)*``: one equation, inequality chain, definition or law as written."""

    first: Side | None
    parts: tuple[tuple[Link, Side | None], ...]
    alternative: str = ""  # "or", "iff": the word joining it to another statement when neither is claimed alone
    implication: bool = False  # an arrow joins it to another statement: a hypothesis or a consequence
    consequence: bool = False  # words ("so", "Since") join it to another statement it follows from, or gives
    hypothesis: bool = False  # a lead ("If", "Assume") makes it the hypothesis of what follows it: no claim
    antecedent: bool = False  # written before what joins it to what follows from it on its row


@dataclass(frozen=True)
class Column:
    """One equation's worth of a row: its statements and the prose beside them."""

    statements: tuple[Statement, ...]
    lead: str  # prose before the mathematics (``\\text{Let }``): kept with the column's first step
    remark: str  # prose after it: kept with the column's last step
    opens_row: bool  # nothing stands before the column's first ``&`` (an aligned continuation)


def clean(side: str) -> str:
    """A side on one line, without spacing commands or the punctuation that ends a displayed sentence."""
    text = " ".join(_SPACING.sub(" ", side).split())
    while (
        text and text[-1] in ".,;:" and not re.search(r"\\(right|left|big[lr]?|Big[lr]?|bigg[lr]?|Bigg[lr]?)\.$", text)
    ):
        text = text[:-1].rstrip()
    return text


def is_name(side: str) -> bool:
    """A bare name, maybe decorated, indexed and applied: ``\\bar\\alpha_t``, ``\\mathcal{L}(\\theta, \\phi)``."""
    tokens = [token for token in scan(side).tokens]
    index = _base(tokens, 0)
    if index is None:
        return False
    while index < len(tokens) and tokens[index].text in ("_", "^"):
        index = _argument(tokens, index + 1)
        if index is None:
            return False
    if index < len(tokens) and tokens[index].text == "(":
        depth = tokens[index].depth
        index += 1
        while index < len(tokens) and not (tokens[index].text == ")" and tokens[index].depth == depth):
            index += 1
        index += 1
    return index == len(tokens)


def _argument(tokens: list[Token], index: int) -> int | None:
    """Index after the argument (a group or one token) starting at ``index``."""
    if index >= len(tokens):
        return None
    if tokens[index].text == "{":
        depth = tokens[index].depth
        index += 1
        while index < len(tokens) and not (tokens[index].text == "}" and tokens[index].depth == depth):
            index += 1
        return index + 1 if index < len(tokens) else None
    return index + 1


def _base(tokens: list[Token], index: int) -> int | None:
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.text.isalpha() and len(token.text) == 1:
        return index + 1
    if _text_content(token) is not None:
        return index + 1
    name = token.name[1:]
    if name in _GREEK:
        return index + 1
    if name in _DECORATIONS:
        if index + 1 < len(tokens) and tokens[index + 1].text == "{":
            return _argument(tokens, index + 1)
        return _base(tokens, index + 1)
    return None


def _tag_sentences(display: Display) -> list[Inline]:
    """The maths in a tag's words (``\\tag{$\\sigma$ may be negative}``, ``\\tag*{...}``, with ``\\text{...}`` in
    it or not) or a text box's (``\\quad \\text{($\\sigma$ may be negative)}``), each with those words as its
    sentence: they are shown beside the equation as a sentence beside it is, and say what a sentence would of its
    names.  A tag of maths alone is a condition (read as one), a box of words alone a remark, and maths that
    states a relation beside words (``\\text{for $t = 1$}``) a condition or a case of the step, left to it."""
    body = strip_comments(display.body)
    found = []
    read_to = 0  # the end of the last box read: a \text{...} in a \tag{...} is read with it
    for match in _TAG.finditer(body):
        closing = group_end(body, match.end())
        if closing is None or match.start() < read_to:
            continue
        read_to = closing
        words = body[match.end() + 1 : closing - 1]
        for command in reversed(list(_TEXT_COMMAND.finditer(words))):  # \text{...} in it: its words, unbraced
            end = group_end(words, command.end())
            if end is not None:
                words = words[: command.start()] + words[command.end() + 1 : end - 1] + words[end:]
        sentence = " ".join(words.split())
        if not _A_WORD.search(MATHS_IN_TEXT.sub(" ", sentence)):
            continue
        line = line_of(body, match.start(), display.line)
        for maths in MATHS_IN_TEXT.finditer(sentence):
            text = maths.group(1) if maths.group(1) is not None else maths.group(2)
            if _RELATION_IN_MATHS.search(text) is None:  # the names it speaks of: "$\sigma$ may be negative"
                found.append(Inline(text, line, sentence))
    return found


def prepare(display: Display) -> tuple[str, str]:
    """The body with presentation blanked out and its layout: ``(body, kind)``, offsets unchanged.  Full-width
    forms are their ASCII characters: ``c = c（1+d）`` is a product, not ``c = c`` and words after it."""
    body = strip_comments(half_width(display.body, spaces=False))
    body = _TAGGED_CONDITION.sub(lambda match: ("\\quad " + match.group(2)).ljust(len(match.group(0))), body)
    body = _PRESENTATION.sub(lambda match: blank(match.group(0)), body)
    body = _ROW_SPACING.sub(lambda match: "\\\\" + blank(match.group(0)[2:]), body)
    body = _bare_relations(_invisible_blanked(unwrapped(body)))
    for match in list(_INTERTEXT.finditer(body)):  # \intertext{...} ends a row
        group = scan(body[match.end() : match.end() + _ARGUMENT_WINDOW]).tokens
        closing = next((token.end for token in group if token.text == "}" and token.depth == 0), None)
        if closing is not None:
            span = match.end() + closing - match.start()
            body = (
                body[: match.start()]
                + "\\\\"
                + blank(body[match.start() + 2 : match.start() + span])
                + body[match.start() + span :]
            )
    kind = display.kind.rstrip("*") if display.kind not in ("$$", "\\[") else display.kind
    for token in scan(body).tokens:
        if token.depth != 0 or token.name not in ("\\begin", "\\end"):
            continue
        environment = token.text[token.text.index("{") + 1 : -1].strip()
        if environment not in _LAYOUT:
            continue
        end = token.end
        if token.name == "\\begin":
            kind = environment.rstrip("*")
            argument = re.match(r"\s*\{[^{}]*\}", body[end:]) if kind in ("alignedat", "alignat", "array") else None
            end += argument.end() if argument else 0
        body = body[: token.start] + blank(body[token.start : end]) + body[end:]
    return body, kind


_RELATION_SPELLINGS = sorted(
    [*(re.escape(word) + "(?![a-zA-Z])" for word in rel.WORDS), *(re.escape(a + b) for a, b in rel.PAIRS)],
    key=len,
    reverse=True,
) + [re.escape(char) for char in rel.CHARACTERS]


def _bare_relations(body: str) -> str:
    """Relations written in braces or ``\\mathrel`` unwrapped, and the braces of a display that is one group
    (``{\\sigma < 0}``), which set what they hold; offsets unchanged."""
    body = re.sub(
        r"(\\mathrel\s*\{|(?<!\\)\{)(\s*(?:%s)\s*)\}" % "|".join(_RELATION_SPELLINGS),
        lambda match: (
            match.group(0)
            if not match.group(1).startswith("\\") and _is_argument(body, match.start())
            else blank(match.group(1)) + match.group(2) + " "
        ),
        body,
    )
    while True:
        start = len(body) - len(body.lstrip())
        if body[start : start + 1] != "{":
            return body
        closing = group_end(body, start)
        if closing is None or body[closing:].strip():
            return body
        body = body[:start] + " " + body[start + 1 : closing - 1] + " " + body[closing:]


def _is_argument(body: str, offset: int) -> bool:
    """Whether the group at ``offset`` is a script's or a command's argument (``x^{<}``, ``\\not{=}``)."""
    before = body[:offset].rstrip()
    if before.endswith(("^", "_")):
        return True
    word = re.search(r"\\([a-zA-Z]+)$", before)
    return word is not None and word.group(1) not in _GREEK  # \sigma{=}{-1} is sigma = -1


def _blank_tokens(body: str, tokens: tuple[Token, ...], text: str) -> str:
    """The body with its top-level ``text`` tokens (``&``, ``\\\\``) blanked out."""
    chars = list(body)
    for token in tokens:
        if token.depth == 0 and token.text == text:
            chars[token.start : token.end] = " " * (token.end - token.start)
    return "".join(chars)


#: A phantom: spacing as wide (or tall) as its argument, which it does not show (``&\phantom{=} + c`` aligns a
#: row that goes on with the side above it).
_PHANTOM = re.compile(r"\\[hv]?phantom\s*(?=\{)")
#: A horizontal space of a given width, ``\\hspace{10px}`` or ``\\hspace*{1em}``: its width is no maths.
_SPACE_WIDTH = re.compile(r"\\hspace\s*\*?\s*(?=\{)")
#: An empty group, ``{}``: spacing around a relation (``&{}= b``, ``= {} a``), unless it carries a script.
_EMPTY_GROUP = re.compile(r"(?<!\\)\{\s*\}(?!\s*[_^])")
#: An atom of nothing, as a phantom leaves ``\mathrel{\phantom{=}}``.
_EMPTY_ATOM = re.compile(r"\\math(?:rel|bin|ord|op|punct|inner)\s*\{\s*\}")


def _phantom_space(body: str, start: int, end: int, depth: int) -> str:
    """What a phantom at ``start:end`` is read as, as long as it is: a wide space (``\\quad``) where it stands
    between maths at the top level (``|h| = h \\hphantom{xx} h \\ge 0``: a visible gap, as a ``\\quad`` is, split
    only where each side holds a relation), blank inside a group (``\\mathrel{\\phantom{=}}``), at the display's
    start or end, and where it is vertical only; ``depth`` is how many groups are open at it."""
    vertical = body.startswith("\\vphantom", start)
    inside = depth > 0 or not body[:start].strip() or not body[end:].strip()
    if vertical or inside or end - start < len("\\quad "):
        return blank(body[start:end])
    return "\\quad" + " " * (end - start - len("\\quad"))


def _invisible_blanked(body: str) -> str:
    """Phantoms, the width of an ``\\hspace`` and empty groups that are no argument blanked, as they show nothing, a
    phantom between maths read as the gap it leaves (:func:`_phantom_space`); offsets unchanged."""
    chars = list(body)
    depths = {token.start: token.depth for token in scan(body).tokens}
    for match in _PHANTOM.finditer(body):
        closing = group_end(body[: match.end() + _ARGUMENT_WINDOW], match.end())
        if closing is not None:
            depth = depths.get(match.start(), 1)  # not a token of its own (in a text): left blank
            chars[match.start() : closing] = _phantom_space(body, match.start(), closing, depth)
    for match in _SPACE_WIDTH.finditer(body):  # \hspace{10px} is the space alone: its width shows nothing
        closing = group_end(body[: match.end() + _ARGUMENT_WINDOW], match.end())
        if closing is not None:
            chars[match.start() + len("\\hspace") : closing] = " " * (closing - match.start() - len("\\hspace"))
    body = _EMPTY_ATOM.sub(lambda match: blank(match.group(0)), "".join(chars))  # \mathrel{\phantom{=}}

    def empty(match: re.Match) -> str:
        argument = _is_argument(body, match.start()) or body[: match.start()].rstrip().endswith(("}", "]"))
        return match.group(0) if argument else blank(match.group(0))

    return _EMPTY_GROUP.sub(empty, body)


def unwrapped(body: str) -> str:
    """Colours, styles and boxes blanked out with the braces of the group they apply to, and a style that hides
    its group with the group; offsets unchanged."""
    chars = list(body)
    for match in _HIDDEN_STYLE.finditer(body):
        closing = group_end(body[: match.end() + _ARGUMENT_WINDOW], match.end())
        if closing is not None:
            chars[match.start() : closing] = blank(body[match.start() : closing])
    body = "".join(chars)
    for match in _WRAPPER.finditer(body):
        chars[match.start() : match.end()] = blank(match.group(0))
        if match.end() < len(body) and body[match.end()] == "{":
            # the group's braces alone: \color{black}{(x+}\color{blue}{d})^2 opens a parenthesis in one group and
            # closes it in the next, as MathJax allows
            closing = group_end(body[: match.end() + _ARGUMENT_WINDOW], match.end())
            if closing is not None:
                chars[match.end()] = chars[closing - 1] = " "
    return "".join(chars)


class Reader:
    """Reads the displays of one note in order, carrying the chain from one display to the next."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.definitions: list[Definition] = []
        self.laws: list[Law] = []
        self.problems: list[Problem] = []
        #: What the displays' where-clauses state, read as sentences are.
        self.inline: list[Inline] = []
        self.chain: _Chain = _Chain(self)
        #: The line of the display read last, where it stands in a list item or a quote (0: it does not).
        self.listed = 0
        #: Why a step of the display being read whose left side comes before it rests on a doubtful join.
        self.joined = ""
        self.line = 0

    def read(self, display: Display) -> None:
        listed = 0 if display.listed else self.listed or display.listed_maths
        self.joined = (
            f"its left side is carried past the display at line {listed}, inside a list item or a quote, which the "
            "display after it may continue as well as the one it is carried from"
            if listed
            else ""
        )
        self.line, self.listed = display.line, display.line if display.listed else 0
        self.inline += _tag_sentences(display)
        body, kind = prepare(display)
        scanned = scan(body)
        if not scanned.balanced:
            where = line_of(body, scanned.unbalanced_at, display.line)
            self.problems.append(
                Problem(where, "a brace or environment is not closed (or not opened) here; this display is not read")
            )
            self.chain = _Chain(self)
            return
        tokens = scanned.tokens
        if kind == "multline":  # one equation broken over lines
            body = _blank_tokens(body, tokens, "\\\\")
            tokens = scan(body).tokens
        body = _blank_tokens(body, tokens, "&")  # column separators are layout, not part of a side
        first_row = True
        for start, end in _split(tokens, lambda token: token.text == "\\\\", 0, len(body)):
            columns = self._columns(body, tokens, start, end, kind, display.line)
            if not columns:
                continue
            main, *others = columns
            self.chain.row(main, first_row=first_row)
            first_row = False
            for other in others:
                if other.statements and other.statements[0].first is None:  # a &= b &\propto c: the same chain
                    self.chain.row(other, first_row=False)
                elif other.statements and _conditions_column(other):  # a &= b && \text{if } x \ge 0: where it holds
                    said = (_statement_text(statement) for statement in other.statements)
                    self.chain.remark(_merge(other.lead, *said, other.remark))
                elif other.statements:
                    _Chain(self).row(other, first_row=False)
                else:
                    self.chain.remark(other.remark)

    def mark_alternatives(self, first: int, statement: Statement) -> None:
        """The steps from ``first`` on are alternatives joined by the statement's word ("or", "iff"), if it is
        set, and are joined by an arrow when it is."""
        if statement.alternative:
            self.steps[first:] = [replace(step, alternative=statement.alternative) for step in self.steps[first:]]
        if statement.implication:
            self.steps[first:] = [replace(step, implication=True) for step in self.steps[first:]]
        if statement.consequence:
            self.steps[first:] = [replace(step, consequence=True) for step in self.steps[first:]]
        if statement.hypothesis:
            self.steps[first:] = [replace(step, hypothesis=True) for step in self.steps[first:]]
        if statement.antecedent:
            self.steps[first:] = [replace(step, antecedent=True) for step in self.steps[first:]]

    def _columns(
        self, body: str, tokens: tuple[Token, ...], start: int, end: int, kind: str, line: int
    ) -> list[Column]:
        first, stop = (bisect.bisect_left(tokens, offset, key=lambda token: token.start) for offset in (start, end))
        row = list(tokens[first:stop])
        cell_spans = _split(row, lambda token: token.text == "&", start, end)
        size = 2 if kind in _PAIRED else 3 if kind == "eqnarray" else len(cell_spans)
        columns = []
        for first in range(0, len(cell_spans), size):
            group = cell_spans[first : first + size]
            span_start, span_end = group[0][0], group[-1][1]
            cells_text = body[group[0][0] : group[0][1]]
            column = self._column(body, row, span_start, span_end, line)
            if first > 0 and not any(statement.parts for statement in column.statements):
                column = Column((), "", rel.plain(clean(body[span_start:span_end])), False)
            columns.append(replace(column, opens_row=not cells_text.strip() and len(group) > 1))
        return columns

    def _column(self, body: str, row: list[Token], start: int, end: int, line: int) -> Column:
        tokens = [token for token in row if start <= token.start < end and token.text not in ("&",)]
        top = [token for token in tokens if token.depth == 0]
        content_start, content_end, lead, remark = _prose_bounds(body, top, start, end)
        content = [token for token in top if content_start <= token.start < content_end]
        quantified = _quantifier_end(content)  # \forall n \ge 2: a_n = ...: the condition is not a step, but
        if quantified is not None:  # it is said of the step beside it
            lead = _merge(lead, clean(body[content_start : content[quantified].end]))
            content_start, content = content[quantified].end, content[quantified + 1 :]
        statements = []
        for piece in _statement_tokens(content):
            statements.append(self._statement(body, piece, content_start, content_end, line))
        kept = [s for number, s in enumerate(statements) if s is not None and not (number and _index_condition(s))]
        arrow = any(token.text in rel.IMPLICATIONS for token in content)  # x^2 \ge 0 \implies x \ge 0: a claim
        # h + k \in (0, 1) beside a step or before its arrow: the order it states (0 < h + k < 1), or, not read, a
        # relation no step is checked under (\in \mathbb{Z}); never dropped
        last_arrow = max((t.start for t in content[1:] if t.text in rel.IMPLICATIONS), default=None)
        members = set()
        for number, statement in enumerate(kept):
            if number == 0 and last_arrow is None:
                continue  # $$ h + k \in (0, 1) $$: said as before
            if last_arrow is not None and _starts_after(statement, body, content, last_arrow):
                continue  # what an arrow leads to: a claim, said as before
            order = self._membership(statement)
            if order is not None:
                kept[number] = order
                members.add(id(order))
        conditions = [] if arrow else [s for s in kept[1:] if _condition(s) or id(s) in members]
        valued = [] if arrow or not kept or _value_of_a_name(kept[0]) else [s for s in kept[1:] if _value_of_a_name(s)]
        kept = [s for s in kept if s not in conditions and s not in valued]
        said = [_statement_text(s) for s in conditions] + [", ".join(_statement_text(s) for s in valued)]
        where = _WHERE.match(body, content_end, end) if remark else None
        beside = (
            (where.end(), end)
            if where is not None
            else _parenthesized_where(body, content_end, end)
            if remark
            else None
        )
        if (
            beside is not None
        ):  # x_{k+1} = ..., \quad \text{where } \epsilon \sim N(0, 1): what it says, as a sentence would
            stated = _SPACING.sub(" ", body[beside[0] : beside[1]])
            self.inline.append(Inline(_AND.sub(",", stated), line_of(body, beside[0], line)))
        if any(token.text in rel.EQUIVALENCES for token in content):  # a^2 = 0 \iff a = 0
            kept = [replace(statement, alternative="iff") for statement in kept]
        elif any(token.text in rel.IMPLICATIONS for token in content):  # x^2 = 2x \implies x = 2
            arrow_at = min(token.start for token in content if token.text in rel.IMPLICATIONS)
            kept = [
                replace(s, implication=True, antecedent=not _starts_after(s, body, content, arrow_at)) for s in kept
            ]
        words = _words_between(body, content_end, end) if remark and kept else None
        joining = _joining(words.said, words.parenthesized) if words is not None else None
        if joining is not None:  # a = b \quad \text{(see above)} \quad c = d: the second equation is a statement too
            rest = self._column(body, row, words.end, end, line)
            conditional = any(word.strip("(),;:") in _CONDITION_WORDS for word in rest.lead.lower().split())
            if any(statement.parts for statement in rest.statements) and not conditional:  # not "\text{if } x = 1"
                both = (*kept, *rest.statements)
                if joining:
                    both = tuple(replace(statement, alternative=joining) for statement in both)
                else:  # "If h + k > 0 then", "h + k > 0, so", "h + k > 1 and h - k > 0 \implies": what follows
                    # is claimed under what comes before, as after an arrow (h + k \in (0, 1) there: its order)
                    if _hypothesis(lead) or _conditional(words.said) or any(s.implication for s in rest.statements):
                        joined = {"implication": True}  # a hypothesis: what it defines holds in the display only
                    elif _consequence(words.said) or _reason(lead):
                        joined = {"consequence": True}  # "so", "Since": the first is said to hold too
                    else:
                        joined = {}
                    if joined:
                        before = tuple(self._membership(statement) or statement for statement in kept)
                        supposed = _hypothesis(lead) or _conditional(words.said)
                        before = tuple(replace(s, hypothesis=supposed, antecedent=True) for s in before)
                        both = tuple(replace(statement, **joined) for statement in (*before, *rest.statements))
                return Column(both, lead, _merge(*said, rest.remark), False)
        joined = {"implication": True} if _hypothesis(lead) else {"consequence": True} if _reason(lead) else {}
        if joined and len(kept) > 1 and not conditions:  # \text{If } h + k > 0, \quad |h + k| = h + k
            first = replace(
                self._membership(kept[0]) or kept[0], **joined, hypothesis="implication" in joined, antecedent=True
            )
            kept = [first] + [replace(statement, **joined) for statement in kept[1:]]
        return Column(tuple(kept), lead, _merge(*said, remark), False)

    def _membership(self, statement: Statement) -> Statement | None:
        """A membership of a formula of names in an interval (``h + k \\in (0, 1)``, ``\\in [0, \\infty)``,
        ``\\in \\mathbb{R}_{>0}``) as the order it states (``0 < h + k < 1``); one in another set (``\\in
        \\mathbb{Z}``), as a relation that is not checked (a step under it is not refuted); None for a name's
        membership (``\\sigma \\in (0, 1)``, said as a sentence would say it), an index's range (``t \\in [1,
        T]``) and what is no membership."""
        if len(statement.parts) != 1 or statement.first is None:
            return None
        link, side = statement.parts[0]
        if link.meaning.kind is not rel.Kind.CONDITION or link.spelling.strip() not in ("\\in", "∈") or side is None:
            return None
        member = statement.first.text.strip()
        order = membership_order(member, side.text.strip())
        if _MEMBER_NAME.fullmatch(member) or (_INDEX_SIDE.fullmatch(member) and order is None):
            return None
        if order is None:
            unchecked = rel.Meaning(rel.Kind.STEP, rel.Relation.UNCHECKED)
            return Statement(statement.first, ((replace(link, meaning=unchecked), side),))
        top = [token for token in scan(order).tokens if token.depth == 0]
        read = self._statement(order, top, 0, len(order), link.line)
        return read if read is not None and read.parts else None

    def _statement(self, body: str, top: list[Token], start: int, end: int, line: int) -> Statement | None:
        if not top:
            return None
        first_index = 1 if top[0].text in rel.LEADING_ARROWS else 0
        begin = top[first_index].start if first_index < len(top) else end
        stop = top[-1].end
        links: list[tuple[Link, int, int]] = []
        index = first_index
        while index < len(top):
            found = _relation(body, top, index)
            if found is None:
                index += 1
                continue
            link_end_index, meaning, annotation = found
            spelling = body[top[index].start : top[link_end_index - 1].end]
            links.append(
                (
                    Link(meaning, spelling, annotation, line_of(body, top[index].start, line)),
                    top[index].start,
                    top[link_end_index - 1].end,
                )
            )
            index = link_end_index
        if first_index and not links and top[0].text in rel.IMPLICATIONS and begin < stop:
            # \\Leftrightarrow \\frac{z - x}{1 - t}: the arrow between the last side and this one, listed as a step
            arrow = Link(rel.Meaning(rel.Kind.STEP, rel.Relation.IMPLIES), top[0].text, "", line_of(body, begin, line))
            return Statement(None, ((arrow, _side(body, begin, stop, line)),))
        sides = []
        cursor = begin
        for _, link_start, link_end in links:
            sides.append(_side(body, cursor, link_start, line))
            cursor = link_end
        sides.append(_side(body, cursor, stop, line))
        return Statement(sides[0], tuple((link, side) for (link, _, _), side in zip(links, sides[1:])))


#: A side of a condition on an index: ``1``, ``n``, ``T - 1``, ``\\forall t`` (``1 \\le n \\le T`` after an equation).
#: A name a display may say is in a set, as a sentence would (``\\sigma \\in (-2, -1)``; each of a list, ``A, B \\in
#: \\mathbb{R}^{2 \\times 2}``): not an index, whose range (``t \\in [1, T]``) is the step's condition.
_MEMBER_NAME = re.compile(r"(?!(?:[tTijknmsNM])$)\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?")
#: A quantifier's range beside a step: ``\\forall x \\in (0, 1)``, ``\\forall x, y \\in [0, 1]``.
_QUANTIFIED_RANGE = re.compile(r"\s*(?:\\forall|∀)\s*([^∈]+?)\s*(?:\\in(?![A-Za-z])|∈)\s*(.+?)\s*[.,;]?\s*")
_INDEX_SIDE = re.compile(r"(\\forall\s*)?([tTijknmsNM]|\d+)(\s*[-+]\s*([tTijknmsNM]|\d+))*")


@dataclass(frozen=True)
class _Between:
    """Words set between two equations of a row (``\\text{so}``, ``\\therefore`` read as "so"), and where they end."""

    said: str
    parenthesized: bool
    end: int


def _words_between(body: str, start: int, end: int) -> _Between | None:
    """The words (or the sign "therefore") after an equation that ends at ``start``, if any."""
    words = _WORDS.match(body, start, end)
    if words is not None:
        return _Between(words.group(2), bool(words.group(1)), words.end())
    sign = _THEREFORE.match(body, start, end)
    return _Between("so", False, sign.end()) if sign is not None else None


def _joining(words: str, parenthesized: bool = False) -> str | None:
    """How words between two equations join them: "or" or "iff" when the note claims neither alone, "" when it
    claims both (also after words closed by parentheses or a comma, ``\\text{(by Lemma 1)}``, ``\\text{and, by
    symmetry,}``: the remark ends there), None when the maths after them is a condition or a reason of the first
    (it stays a remark)."""
    if parenthesized or re.fullmatch(r"\s*\(.*\)\s*|.*,\s*", words, re.DOTALL):  # "(by Lemma 1)", "by symmetry,"
        return ""
    text = " ".join(words.strip(" (),;:").lower().split())
    if text in _ALTERNATIVES:
        return _ALTERNATIVES[text]
    if any(ord(char) > 0x2FF for char in text):
        return "" if text in _JOINING or text in _CJK_CONSEQUENCE else None
    if not text or any(word.strip("(),;:") in _CONDITION_WORDS for word in text.split()):
        return None
    return ""


#: Words that say the equation after them follows from the one before (``h + k > 0, \\quad \\text{so} \\quad
#: |h + k| = h + k``): it is claimed where that one holds.
_CONSEQUENCE = frozenset(
    {"so", "then", "hence", "thus", "therefore", "whence", "consequently", "it follows that", "we get", "we have",
     "we obtain", "this gives", "which gives", "which implies", "gives", "yields", "implies", "and so", "and hence",
     "and thus", "and therefore", "so that", "donc", "alors", "ainsi", "d'où", "on a", "also", "dann", "daher",
     "somit", "folglich", "damit", "entonces", "luego", "así", "então", "portanto", "logo"}
)  # fmt: skip
#: Words that open a hypothesis: the equations after it on the line are claimed under it (``\\text{If } h + k > 0
#: \\text{ then } |h + k| = h + k``).
_HYPOTHESIS = frozenset(
    "if when whenever provided assuming assume suppose si quand lorsque wenn falls sobald cuando se quando 若 如果 假如 当 もし 만약".split()
)
#: Words that open a reason: the equations after it are claimed under it, and it is said to hold (``\\text{Since }
#: h + k > 0, \\quad |h + k| = h + k``).
_REASON = frozenset("since given because puisque da 因为 由于".split())
#: Words between two equations that make the first a hypothesis: Japanese ならば, Korean 이면 ("if ... then").
_CONDITIONAL = frozenset({"ならば", "なら", "이면"})


#: The same in Chinese, Japanese and Korean (则 "then", ならば "if ... then", 이면 "if ... then", 所以 "so").
_CJK_CONSEQUENCE = frozenset(
    {"则", "那么", "所以", "因此", "从而", "于是", "故", "ならば", "なら", "よって", "したがって", "ゆえに", "이면", "이므로",
     "따라서", "그러므로"}
)  # fmt: skip


def _consequence(words: str) -> bool:
    """Whether words between two equations say the second follows from the first ("so", "then", "hence")."""
    text = " ".join(words.strip(" (),;:.，、").lower().split())
    return text in _CJK_CONSEQUENCE or " ".join(text.replace(",", " ").split()) in _CONSEQUENCE


def _conditional(words: str) -> bool:
    """Whether words between two equations make the first a hypothesis (ならば, 이면)."""
    return words.strip(" (),;:.，、") in _CONDITIONAL


def _hypothesis(lead: str) -> bool:
    """Whether prose before a column's maths opens a hypothesis ("If", "When", "Si", "Wenn", 若)."""
    words = lead.lower().replace(",", " ").split()
    return bool(words) and words[0] in _HYPOTHESIS


def _reason(lead: str) -> bool:
    """Whether prose before a column's maths opens a reason ("Since", "Given", "Puisque", 因为)."""
    words = lead.lower().replace(",", " ").split()
    return bool(words) and words[0] in _REASON


def _starts_after(statement: Statement, body: str, content: list[Token], offset: int) -> bool:
    """Whether a statement of a column is written after the arrow at ``offset``."""
    first = statement.first
    if first is None:
        return True
    at = body.find(first.text, content[0].start if content else 0)
    return at >= offset


#: An interval's ends: ``(0, 1)``, ``[0, \\infty)``, ``]0, 1]``, with ``\\left``/``\\right`` maybe.
#: An interval: its ends apart at a comma, or at a semicolon as French and ISO 80000-2 write it (``[-2 ; -1]``).
_INTERVAL = re.compile(
    r"(?:\\left\s*)?([(\[\]])\s*([^,;()\[\]{}]+?)\s*[,;]\s*([^,;()\[\]{}]+?)\s*(?:\\right\s*)?([)\]\[])"
)
_INFINITY = re.compile(r"\+?\s*\\infty|\+?\s*∞")
#: The half-lines written as a set of reals: ``\\mathbb{R}_{>0}``, ``\\mathbb{R}_+``, ``\\mathbb{R}^{\\ge 0}``; a
#: plain ``+`` is read as positive (a counterexample where it holds holds where "nonnegative" is meant too).
HALF_LINE = re.compile(
    r"\\(?:mathbb|mathbf|Bbb)\s*\{?\s*R\s*\}?\s*[_^]\s*\{?\s*"
    r"(>\s*0|\\gt\s*0|\\ge(?:q)?\s*0|≥\s*0|<\s*0|\\lt\s*0|\\le(?:q)?\s*0|≤\s*0|\+\+|\+|-|−)\s*\}?"
)
_HALF_ORDERS = {">": "> 0", "\\gt": "> 0", "\\ge": "\\ge 0", "\\geq": "\\ge 0", "≥": "\\ge 0", "<": "< 0",
                "\\lt": "< 0", "\\le": "\\le 0", "\\leq": "\\le 0", "≤": "\\le 0", "++": "> 0", "+": "> 0",
                "-": "< 0", "−": "< 0"}  # fmt: skip


def membership_order(member: str, interval: str, *, named_ends: bool = False) -> str | None:
    """The order ``member \\in interval`` states (``0 < h + k < 1`` for ``h + k \\in (0, 1)``), or None where the
    set is no interval of numbers or a half-line of reals, or its ends are letters (an index's range, ``[1, T]``)
    unless ``named_ends`` allows names there (``x \\in [a, b]``: a <= x <= b)."""
    half = HALF_LINE.fullmatch(interval)
    if half is not None:
        sign = half.group(1).replace(" ", "")
        head = re.match(r"\\[a-z]+|[<>≤≥]|\+\+|[+\-−]", sign).group(0)
        return f"{member} {_HALF_ORDERS[head]}"
    found = _INTERVAL.fullmatch(interval)
    if found is None:
        return None
    opening, low, high, closing = found.groups()
    low, high = (end.replace("−", "-") for end in (low, high))  # the minus sign U+2212 is the hyphen's minus
    ends = []
    for end in (low, high):
        if _INFINITY.fullmatch(end.strip()) or re.fullmatch(r"-\s*(?:\\infty|∞)", end.strip()):
            ends.append(None)
        elif re.fullmatch(r"-?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?|-?\s*\\frac\s*\{\d+\}\s*\{\d+\}", end.strip()):
            ends.append(end.strip())
        elif named_ends and re.fullmatch(rf"-?\s*{_TERM}", end.strip()):
            ends.append(end.strip())
        else:
            return None
    if low.strip().startswith("+") or (ends[0] is None and not low.strip().startswith("-")):
        return None  # (\infty, 1): no interval
    if ends[1] is None and high.strip().startswith("-"):
        return None
    if ends == [None, None]:
        return None  # the reals: nothing to check, but said; read as no order
    below = "<" if opening in "(]" else "\\le"
    above = "<" if closing in ")[" else "\\le"
    if ends[0] is None:
        return f"{member} {above} {ends[1]}"
    if ends[1] is None:
        return f"{ends[0]} {below} {member}"
    return f"{ends[0]} {below} {member} {above} {ends[1]}"


def _index_condition(statement: Statement) -> bool:
    """Whether a statement written after another on its line only bounds an index (``x_n = ..., \\quad 1 \\le n
    \\le T``): the range the statement before it holds on, not a step (``t = 1`` would pin the index: it stays)."""
    sides = [statement.first, *(side for _, side in statement.parts)]
    bounds = all(link.meaning.relation is not rel.Relation.EQ for link, _ in statement.parts)  # t = 1 pins it
    if not (bounds and all(side is not None and _INDEX_SIDE.fullmatch(side.text) for side in sides)):
        return False
    if any(side.text.strip().startswith("\\forall") for side in sides):  # \forall t \ge 2: the range it holds on
        return True
    return all(_lower_bound_at_most_one(side, statement) for side in sides)


def _lower_bound_at_most_one(side: Side, statement: Statement) -> bool:
    """Whether a side of a bound on indices says no more than the index convention (t >= 1): a number that is 0 or
    1 and below the rest (``1 \\le n \\le T``, ``t > 0``), or no number at all (``t < T``).  ``T \\ge 2``, ``s \\le 1``
    say more (a horizon above 1, or s a number bounded above), and so does ``t \\ge 0`` (the step claimed at t = 0,
    below the first step): conditions the step is claimed under."""
    if not side.text.strip().isdigit():
        return True
    if int(side.text) > 1:
        return False
    links = [link.meaning.relation for link, _ in statement.parts]
    below = (rel.Relation.LE, rel.Relation.LT) if int(side.text) else (rel.Relation.LT,)
    if side is statement.first:
        return links[0] in below
    position = next(i for i, (_, other) in enumerate(statement.parts) if other is side)
    return links[position] in ((rel.Relation.GE, rel.Relation.GT) if int(side.text) else (rel.Relation.GT,))


#: The relations of a condition written beside an equation (``x \\ge 0``, ``v < 0``, ``x \\ne 0``).
_BOUNDS = frozenset(
    {rel.Relation.LE, rel.Relation.GE, rel.Relation.LT, rel.Relation.GT, rel.Relation.NE, rel.Relation.UNCHECKED}
)
#: A side of such a condition: a name or a number (``x``, ``\\beta_t``, ``-1``, ``1/2``).
_TERM = r"(?:\\?[A-Za-z]+(?:_\{?[A-Za-z0-9+-]+\}?)?|\d+(?:\.\d+)?(?:/\d+)?)"
_CONDITION_SIDE = re.compile(rf"-?\s*{_TERM}")
#: A side of a bound beside an equation may be a sum or product of those (``h + k \\ge 0``, ``2\\alpha_t < 1``).
_BOUND_SIDE = re.compile(
    rf"-?\s*{_TERM}(?:\s*(?:[-+*/]|\\cdot)?\s*{_TERM})*"
    r"|.*\\text\s*\{[^{}]*\}\s*"  # words after it: h + k > 0 \text{ excluded}, a condition said of
)


def _condition(statement: Statement) -> bool:
    """Whether a statement written after another on its line bounds a name or a sum of names (``\\sqrt{x^2} = x,
    \\quad x \\ge 0``, ``|h + k| = h + k, \\quad h + k > 0``): the condition the statement before it holds under,
    not a step of its own."""
    sides = [statement.first, *(side for _, side in statement.parts)]
    if not all(side is not None and _BOUND_SIDE.fullmatch(side.text) for side in sides):
        return False
    if not all(_CONDITION_SIDE.fullmatch(side.text) for side in sides) and not all(
        link.meaning.relation in _BOUNDS for link, _ in statement.parts
    ):
        return False  # a sum is a condition only in a bound: a + b = c beside an equation is a step
    pinned = (
        [link.meaning.relation for link, _ in statement.parts] == [rel.Relation.EQ]
        and _INDEX_SIDE.fullmatch(sides[0].text) is not None
        and sides[1].text.isdigit()
    )  # t = 1: the index the equation is written at
    return pinned or bool(statement.parts) and all(link.meaning.relation in _BOUNDS for link, _ in statement.parts)


def _conditions_column(column: Column) -> bool:
    """Whether a column of an alignment after the equation is its condition: words of a condition before it
    (``&& \\text{if } x \\ge 0``), or only bounds of names (``& x &\\ge 0``)."""
    worded = any(word.strip("(),;:") in _CASE_WORDS for word in column.lead.lower().split())
    if any(link.meaning.kind is not rel.Kind.STEP for s in column.statements for link, _ in s.parts):
        return False  # && \text{where } z \sim N(0, I): a law the column states, read as such
    return worded or all(statement.parts and _condition(statement) for statement in column.statements)


#: A name alone and a number: the sides of a value (``x = 0``, ``\\sigma_1 = -1/2``).
_NAME = re.compile(r"\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?")
_NUMBER = re.compile(r"-?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?")


def _value_of_a_name(statement: Statement) -> bool:
    """Whether a statement gives a name a number (``x = 0``): written beside a step in its row, the value the step is
    said to hold at, as "for $x = 0$" says it, not a statement the step is checked before (a row of values alone,
    ``T = 1000, \\quad s = 0.5``, lists them)."""
    if len(statement.parts) != 1 or statement.first is None:
        return False
    link, side = statement.parts[0]
    return (
        link.meaning.relation is rel.Relation.EQ
        and side is not None
        and bool(_NAME.fullmatch(statement.first.text.strip()))
        and bool(_NUMBER.fullmatch(side.text.strip()))
    )


def _statement_text(statement: Statement) -> str:
    parts = [statement.first.text if statement.first else ""]
    for link, side in statement.parts:
        parts += [link.spelling, side.text if side else ""]
    return " ".join(parts)


def _quantifier_end(top: list[Token]) -> int | None:
    """The index of the ``:`` ending a leading ``\\forall ...:`` (or ``,``), the quantifier's condition, else None."""
    if not top or top[0].text != "\\forall":
        return None
    return next((index for index, token in enumerate(top) if token.text == ":"), None)


def _merge(*texts: str) -> str:
    return " ".join(text for text in texts if text)


def _split(tokens, is_separator, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``start:end`` between the depth-0 tokens that separate."""
    spans = []
    cursor = start
    for token in tokens:
        if token.depth == 0 and is_separator(token):
            spans.append((cursor, token.start))
            cursor = token.end
    spans.append((cursor, end))
    return spans


def _side(body: str, start: int, end: int, line: int) -> Side | None:
    text = clean(body[start:end])
    if not text:
        return None
    offset = start + len(body[start:end]) - len(body[start:end].lstrip())
    return Side(text, line_of(body, offset, line))


def _spacing_run_is_wide(run: list[Token]) -> bool:
    """Whether a run of spaces is wide: a \\quad-like space, or small spaces adding up to :data:`_WIDE_RUN` (the
    typographic tweak ``\\;\\!\\!`` is one mu wide, not a gap)."""
    return any(token.name in _WIDE for token in run) or sum(_SMALL_SPACES.get(t.text, 0) for t in run) >= _WIDE_RUN


def _spacing_run_sets_apart(run: list[Token]) -> bool:
    """Whether a run of spaces may set two statements apart (split where each side holds a relation of its own, as
    in ``|h| = h \\:\\: h \\ge 0``, never read as a product across the gap): a wide run, or two small spaces or
    more whose net width is a visible gap (above the one mu of the typographic tweak ``\\;\\!\\!``).  One small
    space alone is the spacing TeX's authors set before a differential or after an operator (``F = \\int f\\,
    dx \\le C``)."""
    net = sum(_SMALL_SPACES.get(token.text, 0) for token in run)
    return _spacing_run_is_wide(run) or (len(run) >= 2 and net > 1)


def _prose_bounds(body: str, top: list[Token], start: int, end: int) -> tuple[int, int, str, str]:
    """Where the mathematics of a column starts and ends, and the prose before and after it.

    Prose at the start (``\\text{Let } L = ...``) is skipped; prose later ends the column.
    """
    content_start = start
    leading_prose = ""
    before: Token | None = None  # the last significant token
    run: list[Token] = []
    leading = True
    for token in top:
        if token.name in _WIDE or token.text in _SMALL_SPACES:
            run.append(token)
            continue
        gap = _spacing_run_is_wide(run)
        run = []
        content = _text_content(token)
        operand = before is not None and (before.text in _BINARY or before.text in ("_", "^"))
        inside = _TEXT_INSIDE.match(body, token.end)  # (\text{Bayes' rule}): its first token is a level down
        prose = (
            not operand
            and (
                (token.text in _REMARK_OPENERS and not (leading and token.text == "\\forall"))  # \forall x: leads
                or token.name == "\\tag"  # a tag in words, \tag{wrong}: shown beside the equation (numbers are blanked)
                or (
                    gap
                    and token.text == "("
                    and _EQUATION_NUMBER.fullmatch(body[token.start : end].strip()) is not None
                )
                or (
                    gap
                    and token.text.replace(" ", "") in ("(", "\\left(")
                    and inside is not None
                    and _reads_as_words(inside.group(1))
                )
                or (
                    token.text.replace(" ", "") in ("(", "\\left(")
                    and body[token.end : token.end + 12].lstrip().startswith(tuple(_REMARK_OPENERS))
                )
                or (gap and not leading and _parenthesized_where(body, token.start, end) is not None)
                or (len(token.text) == 1 and _is_cjk(token.text))
                or (
                    content is not None
                    and not body[token.end : end].lstrip().startswith(("_", "^"))  # \text{arg max}_\theta: an operator
                    and (_reads_as_words(content) or gap or (before is not None and before.text in ",;"))
                )
            )
        )
        if prose and leading:
            content_start = token.end
            leading_prose = _merge(leading_prose, rel.plain(token.text))
            continue
        if prose:
            return content_start, token.start, leading_prose, rel.plain(body[token.start : end])
        if token.text in rel.LEADING_ARROWS and leading:
            before = token
            continue
        leading = False
        before = token
    return content_start, end, leading_prose, ""


def _parenthesized_where(body: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the maths inside a parenthesis that alone ends a column (``body[start:end]``, after a wide space)
    starts and ends, when it holds an equation or a law at its own level: ``\\quad (\\alpha_t = 1 - \\beta_t)`` says
    what the step's names are, as ``\\quad \\text{where } \\alpha_t = 1 - \\beta_t`` does, not a factor of the step;
    None for another parenthesis (``\\quad (x + 1)``, an equation number, one followed by more maths)."""
    tokens = scan(body[start:end]).tokens
    if not tokens or tokens[0].text not in ("(", "\\left("):
        return None
    close = next((n for n, t in enumerate(tokens[1:], 1) if t.depth == 0 and t.text in (")", "\\right)")), None)
    if close is None or any(t.text not in (",", ".", ";") for t in tokens[close + 1 :]):
        return None
    inside = [t for t in tokens[1:close] if t.depth == 1]
    if not inside or inside[0].text in _REMARK_OPENERS or is_text(inside[0]) or rel.single(inside[0]) is not None:
        return None  # (\\because a = b), (\\text{since } a = b): a reason; (= c): the chain goes on, not a remark
    if not any(t.text in _SAID_RELATIONS for t in inside):
        return None
    return start + tokens[0].end, start + tokens[close].start


def _is_separator(token: Token) -> bool:
    return token.text in (",", ";")


def _statement_tokens(top: list[Token]) -> list[list[Token]]:
    """The statements of a column: split at implications, and at a comma or wide space that stands between two
    relations.  An arrow that opens the column stays with what follows it (it may link it to the last side)."""
    pieces: list[list[Token]] = [[]]
    for index, token in enumerate(top):
        if token.text in rel.IMPLICATIONS and index == 0:
            pieces[-1].append(token)
        elif token.text in rel.IMPLICATIONS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    statements = []
    for piece in pieces:
        statements.extend(_split_weak(piece))
    return [statement for statement in statements if statement]


def _sized_arguments(piece: list[Token]) -> set[int]:
    """The indices of the tokens of each sized space's argument (``\\hspace*{1em}``: ``*``, ``{``, ``}``), which TeX
    shows as part of the gap, not as maths."""
    found: set[int] = set()
    for index, token in enumerate(piece):
        after = index + 1
        if token.name not in _SIZED:
            continue
        if after < len(piece) and piece[after].text == "*":
            after += 1
        if after < len(piece) and piece[after].text == "{":
            depth = piece[after].depth
            closing = next((i for i in range(after + 1, len(piece)) if piece[i].text == "}" and piece[i].depth == depth), None)  # fmt: skip
            found.update(range(index + 1, closing + 1) if closing is not None else ())
    return found


def _split_weak(piece: list[Token]) -> list[list[Token]]:
    """A statement's tokens split at weak separators (a comma, a semicolon, a gap that sets apart) between two
    relations; a small gap before a sign (``\\,\\, - 2hk``) continues the term, as TeX sets it."""
    points = []  # indices where a weak separator (comma, semicolon, wide space) starts
    run_start = None
    run: list[Token] = []
    arguments = _sized_arguments(piece)
    for index, token in enumerate(piece):
        if token.name in _WIDE or token.text in _SMALL_SPACES or index in arguments:
            if not run:
                run_start = index
            run.append(token)
            continue
        continued = token.text in _CONTINUING and not _spacing_run_is_wide(run)
        if run and _spacing_run_sets_apart(run) and not continued:
            points.append((run_start, index))
        run = []
        if _is_separator(token):
            points.append((index, index + 1))
    statements = []
    cursor = 0
    for number, (point, after) in enumerate(points):
        following_end = points[number + 1][0] if number + 1 < len(points) else len(piece)
        following = piece[after:following_end]
        leads = bool(following) and _has_relation(following[:1])  # a = b \quad \sim N(0, 1): spacing, one chain
        if _has_relation(piece[cursor:point]) and _has_relation(following) and not leads:
            statements.append(piece[cursor:point])
            cursor = after
    statements.append(piece[cursor:])
    return statements


def _has_relation(tokens: list[Token]) -> bool:
    return any(rel.single(token) is not None or token.text in rel.STACKING for token in tokens)


def _relation(body: str, top: list[Token], index: int) -> tuple[int, rel.Meaning, str] | None:
    """The relation starting at ``top[index]``: (index after it, meaning, annotation), or None."""
    token = top[index]
    following = top[index + 1] if index + 1 < len(top) else None
    if following is not None and following.start == token.end and (token.text, following.text) in rel.PAIRS:
        return index + 2, rel.PAIRS[(token.text, following.text)], ""
    if token.text == "\\not" and following is not None:  # \not< is ≮, \not= is ≠, \not\in is ∉
        negated = rel.single(following)
        return (index + 2, rel.negated(negated), "") if negated is not None else None
    if token.text in rel.STACKING:
        first = _argument_span(body, token.end)
        second = _argument_span(body, first[1]) if first is not None else None
        if second is None:
            return None
        annotation, symbol = (body[a:b].strip().removeprefix("{").removesuffix("}").strip() for a, b in (first, second))
        symbol_tokens = scan(symbol).tokens
        meaning = None
        if len(symbol_tokens) == 1:
            meaning = rel.single(symbol_tokens[0])
        elif len(symbol_tokens) == 2:
            meaning = rel.PAIRS.get((symbol_tokens[0].text, symbol_tokens[1].text))
        if meaning is None:
            return None
        after = index + 1
        while after < len(top) and top[after].start < second[1]:
            after += 1
        if meaning.kind is rel.Kind.STEP:
            meaning = rel.stacked(annotation, meaning)
        return after, meaning, rel.plain(annotation)
    meaning = rel.single(token)
    if meaning is None:
        return None
    after = index + 1
    if meaning.kind is rel.Kind.INDEPENDENCE:  # \perp\!\!\!\perp is one sign
        while after < len(top) and top[after].text in _INDEPENDENCE_PIECES:
            after += 1
    return after, meaning, ""


#: What follows ``\perp`` in the usual spelling of independence, ``\perp\!\!\!\perp``.
_INDEPENDENCE_PIECES = frozenset({"\\!", "\\perp"})


def _argument_span(body: str, offset: int) -> tuple[int, int] | None:
    """Where the argument of a command starting at ``offset`` is: a group, a control sequence or a character."""
    start = offset
    while start < len(body) and body[start] in " \t\n":
        start += 1
    if start >= len(body):
        return None
    if body[start] == "{":
        end = group_end(body, start)
        return (start, end) if end is not None else None
    if body[start] == "\\":
        end = start + 1
        while end < len(body) and body[end].isalpha():
            end += 1
        return start, max(end, start + 2)
    return start, start + 1


@dataclass
class _Chain:
    """The chain being read in one column: its last side, and a relation waiting for its right side."""

    reader: Reader
    side: Side | None = None
    waiting: Link | None = None
    elided: Link | None = None  # the relation before a ``\\dots`` side
    links: int = 0
    last: tuple[list, int, str] | None = None  # the item the last link made, and its field holding the right side

    def row(self, column: Column, *, first_row: bool) -> None:
        if not column.statements:
            self.remark(column.remark)
            return
        first, *rest = column.statements
        before = len(self.reader.steps)
        self._first_statement(first, column, first_row)
        self.reader.mark_alternatives(before, first)
        if column.lead and len(self.reader.steps) > before:
            step = self.reader.steps[before]
            self.reader.steps[before] = replace(step, remark=_merge(column.lead, step.remark))
        self.remark(column.remark if not rest else "")
        for statement in rest:
            before = len(self.reader.steps)
            _Chain(self.reader).statement(statement)
            self.reader.mark_alternatives(before, statement)

    def statement(self, statement: Statement) -> None:
        self.side = statement.first
        self._parts(statement)

    def _first_statement(self, statement: Statement, column: Column, first_row: bool) -> None:
        if statement.first is None and statement.parts:  # a row starting with a relation
            if self.side is None and self.waiting is None:
                link = statement.parts[0][0]
                if link.meaning.relation is rel.Relation.IMPLIES:  # "Hence $$\\Rightarrow \\frac{a}{b}$$": it starts
                    self._start(statement.parts[0][1])  # a chain, as a bare expression does
                    return
                self.reader.problems.append(Problem(link.line, f"{link.spelling} has nothing on its left"))
                self.side, self.waiting = None, None
                self._parts(Statement(None, statement.parts[1:]), start_side=statement.parts[0][1])
                return
            if self.waiting is not None and statement.parts[0][0].meaning == self.waiting.meaning:
                self.waiting = None  # the operator repeated at a line break
            self._parts(statement)
            return
        if not statement.parts:  # a bare expression: it continues the display's last side, or starts a chain
            expression = statement.first
            if first_row:
                self._start(expression)
            elif self.waiting is not None or (self.side is not None and (column.opens_row or _continues(expression))):
                self._extend(expression)
            else:
                self._start(expression)
            return
        if self.waiting is not None and not first_row:
            self._extend(statement.first)
        else:
            self._start(statement.first)
        self._parts(Statement(None, statement.parts))

    def _start(self, side: Side | None) -> None:
        self.side, self.waiting, self.elided, self.links, self.last = side, None, None, 0, None

    def _extend(self, expression: Side | None) -> None:
        """A row that continues the last side (``&\\quad + c``), or gives the side a relation waits for."""
        if expression is None:
            return
        if self.waiting is not None:
            link, self.waiting = self.waiting, None
            self._link(link, expression)
            return
        if self.side is None:
            self.side = expression
            return
        self.side = Side(f"{self.side.text} {expression.text}", self.side.line)
        if self.last is not None:
            items, index, name = self.last
            items[index] = replace(items[index], **{name: self.side.text})

    def _parts(self, statement: Statement, start_side: Side | None = None) -> None:
        if start_side is not None:
            self._start(start_side)
        for number, (link, side) in enumerate(statement.parts):
            if self.waiting is not None:  # two relations with nothing between them
                self.reader.problems.append(
                    Problem(link.line, f"{self.waiting.spelling} and {link.spelling} have nothing between them")
                )
                self._start(side)
                continue
            if side is None:
                self.waiting = link
                if number < len(statement.parts) - 1:
                    continue
                return
            self._link(link, side)

    def _link(self, link: Link, side: Side) -> None:
        if self.side is None:
            self.reader.problems.append(Problem(link.line, f"{link.spelling} has nothing on its left"))
            self._start(side)
            return
        if _ELLIPSIS.match(side.text):
            self.elided = self.elided or link
            return
        lhs = self.side
        if self.elided is not None:
            link = self._compose(self.elided, link)
            self.elided = None
            if link is None:
                self._start(side)
                return
        self._emit(lhs, link, side)
        self.side = side
        self.links += 1

    def _compose(self, first: Link, second: Link) -> Link | None:
        if first.meaning.kind is not rel.Kind.STEP or second.meaning.kind is not rel.Kind.STEP:
            return second
        relation = rel.compose(first.meaning.relation, second.meaning.relation)
        if relation is None:
            self.reader.problems.append(
                Problem(second.line, f"{first.spelling} then {second.spelling} across an ellipsis give no relation")
            )
            return None
        return replace(second, meaning=rel.Meaning(rel.Kind.STEP, relation))

    def _emit(self, lhs: Side, link: Link, rhs: Side) -> None:
        kind = link.meaning.kind
        reader = self.reader
        if kind is rel.Kind.EQUIVALENT:
            if self.links == 0 and is_name(lhs.text):
                kind = rel.Kind.DEFINES_LEFT
            elif is_name(rhs.text) and not is_name(lhs.text):
                kind = rel.Kind.DEFINES_RIGHT
            else:
                kind = rel.Kind.STEP
        if kind is rel.Kind.DEFINES_NAME:
            kind = rel.Kind.DEFINES_RIGHT if is_name(rhs.text) and not is_name(lhs.text) else rel.Kind.DEFINES_LEFT
        if kind is rel.Kind.DEFINES_LEFT:
            self._add(reader.definitions, Definition(lhs.text, rhs.text, rhs.line, link.spelling), "body")
        elif kind is rel.Kind.DEFINES_RIGHT:
            self._add(reader.definitions, Definition(rhs.text, lhs.text, rhs.line, link.spelling), "")
        elif kind is rel.Kind.LAW:
            self._add(reader.laws, Law(lhs.text, rhs.text, rhs.line), "law")
        elif kind is rel.Kind.STEP:
            relation = link.meaning.relation
            spelling = link.spelling if relation in (rel.Relation.ASYMPTOTIC, rel.Relation.UNCHECKED) else ""
            joined = reader.joined if lhs.line < reader.line else ""
            step = Step(lhs.text, relation, rhs.text, rhs.line, cited=link.annotation, spelling=spelling, joined=joined)
            self._add(reader.steps, step, "rhs")
        else:
            member = (
                kind is rel.Kind.CONDITION
                and all(  # $$ \sigma \in (0, 1) $$, $$ A, B \in \mathbb{R}^{2 \times 2} $$
                    _MEMBER_NAME.fullmatch(name.strip()) for name in lhs.text.split(",")
                )
            )
            if member or kind is rel.Kind.INDEPENDENCE:  # $$ x \perp y $$: said as a sentence would say it
                reader.inline.append(Inline(f"{lhs.text} {link.spelling} {rhs.text}", rhs.line))
            self.last = None

    def _add(self, items: list, item, right_side: str) -> None:
        items.append(item)
        self.last = (items, len(items) - 1, right_side) if right_side else None

    def remark(self, remark: str) -> None:
        """Prose written beside the last step (``&& \\text{(Bayes' rule)}``) is kept with it; a quantifier's range
        there (``\\quad \\forall x \\in (0, 1)``) also says the names' membership, as ``, \\quad x \\in (0, 1)``
        does: the step is claimed there."""
        if remark and self.last is not None and self.last[0] is self.reader.steps:
            items, index, _ = self.last
            items[index] = replace(items[index], remark=_merge(items[index].remark, remark))
            ranged = _QUANTIFIED_RANGE.fullmatch(remark)
            if ranged is not None and all(_MEMBER_NAME.fullmatch(n.strip()) for n in ranged.group(1).split(",")):
                self.reader.inline.append(
                    Inline(f"{ranged.group(1).strip()} \\in {ranged.group(2)}", items[index].line)
                )


def _continues(expression: Side | None) -> bool:
    """A row that starts with an operator continues the expression above it."""
    if expression is None:
        return False
    first = scan(expression.text).tokens[0]
    return first.text in _BINARY
