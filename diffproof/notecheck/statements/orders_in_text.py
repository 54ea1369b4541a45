"""Orders a reader sees where no order is written as maths: in plain text (``Let x+1 < 0.``, ``Let x be negative.``,
``x lies in (-2, -1)``: a single letter in a sentence that writes an order, a membership, an interval or a sign word
may be a name bounded, dollars or not), or a name and an interval set apart in one sentence (``Let $x$ belong to
$(0, 1)$``: the words between are not read) or in the sentence before one that names nothing (``Let $x$ be given. It
lies in $(-2, -1)$.``).  What bound is not read here, so the
names' signs are held unread (a logarithm or a root of them is not presumed to have a value, a counterexample about
them is not trusted), never taken as an order."""

from __future__ import annotations

import re
import unicodedata

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.numbers import convention
from diffproof.notecheck.statements.formulas import Stated, _variables
from diffproof.notecheck.statements.orders import _SIGN_WORDS, _bounding
from diffproof.notecheck.statements.sentences import _raw_sentences
from diffproof.notecheck.vocabulary import CONSTANTS, nodes
from diffproof.notes import Inline, Notes
from diffproof.notes.steps import membership_order

#: Maths and code in a paragraph, masked before its plain text is read: inline and display maths, environments,
#: code spans and HTML comments.
_NOT_TEXT = re.compile(
    r"\$\$.*?\$\$|(?<!\\)\$[^$]*(?<!\\)\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\s*\{([^{}]*)\}.*?\\end\s*\{\1\}"
    r"|`+[^`]*`+|<!--.*?-->",
    re.DOTALL,
)
#: What else plain text masks: a block quote's marker at a line's start, a tag (``<b>``, ``</i>``, ``<img src=...>``,
#: ``<image: a figure>``: a ``<`` right before a letter, closed on its line) and an address (``https://...``), none of
#: them an order.
_NOT_PROSE = re.compile(r"^[ \t]*>+|<[A-Za-z/][^<>\n]*>|<?\bhttps?://[^\s)>]+>?", re.MULTILINE)
#: A sentence's end in masked text: a full stop before a capital (not "i.e. the", "Fig. 2", "et al. (2020)": a
#: stop not read as an end joins two sentences, which holds more, never less), or a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])|(?<=[。！？])|\n\s*\n")
#: Maths written in plain text that may bound the letters of its sentence: an order sign (ASCII, with an equals sign,
#: much less or greater, or Unicode; not an arrow ``->``, ``=>``), a membership (``∈``, ``\in`` without dollars),
#: or TeX's order commands.
_ORDER_OR_MEMBERSHIP = re.compile(
    r"(?<![-=])(?:<=|>=|<<|>>|<|>)|[≤≥⩽⩾≦≧≮≯≪≫∈∉∋]|\\(?:in|notin|[gl]eq?|[gl]eqslant|[gl]t)\b"
)
#: An interval of two ends written in text (``(-2, -1)``, ``[0, ∞)``, ``]-3; -1[``; not a function's arguments
#: ``f(x, y)`` nor a citation ``(Ho et al., 2020)``).
_INTERVAL = re.compile(r"(?<![\w\\])[(\[\]]\s*[-−+]?\s*[\w.∞\\/^{}]+\s*[,;]\s*[-−+]?\s*[\w.∞\\/^{}]+\s*[)\]\[]")
#: A function written in text with its arguments (``p(x)``, ``q(z|x)``): no letter of it is set alone.
_CALL = re.compile(r"(?<![\w\\])[A-Za-zα-ωΑ-Ω]\([^()\n]*\)")
#: A sentence whose subject is a pronoun (``It is negative.``, ``Both lie in (0, 1).``): it says something of what
#: the sentence before names.
_PRONOUN = re.compile(r"\s*(?:it|they|this|these|that|those|both|each\s+of\s+them)\b", re.IGNORECASE)
#: Words a reader takes for maths after a minus sign (``x-pi``, ``x-log y``): a constant or an elementary function,
#: so ``x-`` before them is a difference, not a compound.
_MATHS_WORDS = frozenset(
    {*(key[0] for key in CONSTANTS), *syntax.FUNCTIONS, "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh",
     "tanh", "arcsin", "arccos", "arctan", "erf"}
)  # fmt: skip
#: A single letter standing alone (Latin or Greek, small or capital, with a subscript ``x_1``, ``x_{ij}``, ``x1``;
#: after a coefficient, as in ``2x``): not in a word, a command, an abbreviation (``e.g.``, ``i.e.``) or a compound
#: (``x-axis``, ``p-value``; ``x-pi`` is a difference).
_LETTER = re.compile(
    r"(?<![A-Za-zα-ωΑ-Ω_\\$.'])([A-Za-zα-ωΑ-Ω](?:_(?:\{\w+\}|[A-Za-z0-9]+)|\d+)?)"
    r"(?![\w$]|\.[A-Za-z]|[-‐](?!(?:" + "|".join(sorted(_MATHS_WORDS, key=len, reverse=True)) + r")\b)[A-Za-z]{2})"
)
#: A comparison beside a number in words (``no more than -1``, ``to the left of -1``, ``-1 or less``): what it
#: compares is not read, so every letter of its sentence may be bounded by it.
_COMPARED_TO_A_NUMBER = re.compile(
    r"\b(?:more|less|greater|smaller|larger|above|below|left|right|under|over|exceed\w*|at\s+(?:least|most))\b"
    r"(?:\s+[A-Za-z]+){0,4}?\s*[-−+]?\s*\d|\d\s*(?:or\s+)?(?:more|less|greater|smaller|larger|above|below|under"
    r"|over)\b",
    re.IGNORECASE,
)


def orders_in_text(notes: Notes) -> list[Stated]:
    """Each name a sentence of prose writes in plain text, outside maths, beside what may bound it, as a relation of
    it whose sign is not read (``sign_unread``): every single letter standing alone in a sentence that writes an
    order sign or a membership (``Let x+1 < 0.``, ``Let 2x < -1.``, ``x ∈ [−2, −1]``), and every letter set alone
    (not a function's or its argument, ``p(x)``, as the readers of inline maths hold names set alone) in one that
    writes an interval, a comparison beside a number (``no more than -1``) or the sign words read beside inline maths
    (``Suppose x lies in (-2, -1).``, ``Let x be negative.``: :data:`orders._SIGN_WORDS`).  A pronoun's sentence of
    such words with no maths (``It is negative.``, ``They lie in (-2, -1).``) says them of what the sentence before
    names: its letters set alone and its inline names set alone are held too.  Letters are read as a reader sees them
    (compatibility forms normalised: ``𝑥`` is x, ``ϵ`` is epsilon).  Which letter is bounded, and how, is not
    read: each may lie at 0 or below, so no sign is presumed of it (fail-safe: an article ``a`` or a pronoun ``I``
    is held too, where a step writes it as a name).  A name with a convention (t, T, alpha) set beside an interval
    alone is left to it, as :func:`names_beside_an_interval` leaves it; a sign or an order said in the sentence
    disputes it."""
    found = []
    for paragraph in notes.prose:
        text = _NOT_TEXT.sub(lambda masked: re.sub(r"[^\n]", " ", masked.group()), paragraph.text)
        text = _compatible(_NOT_PROSE.sub(lambda masked: " " * len(masked.group()), text))
        start, before = 0, None
        for end in [*(m.start() for m in _SENTENCE_END.finditer(text)), len(text)]:
            sentence, at, raw = text[start:end], start, paragraph.text[start:end]
            start = end
            said = " ".join(raw.split())
            bound = _bound(sentence)
            held = [(letter, at + offset) for letter, offset in _letters_bounded(sentence, bound)]
            if bound and before is not None and _PRONOUN.match(sentence) and not _maths_of(raw):
                held += [(letter, before[0] + offset) for letter, offset in _letters_bounded(before[1], bound)]
                line = paragraph.line + text.count("\n", 0, before[0])
                names = [m for m in _maths_of(before[2]) if _names_alone(m, line)]
                found += [
                    Stated("relation", line, said, _variables(m, line), None, "words", sign_unread=True) for m in names
                ]
            for letter, offset in held:
                line = paragraph.line + text.count("\n", 0, offset)
                found.append(Stated("relation", line, said, _variables(letter, line), None, "words", sign_unread=True))
            before = (at, sentence, raw)
    return found


def _compatible(text: str) -> str:
    """The text with each character in its compatibility form where that is one character (NFKC: ``𝑥`` is x, ``ϵ``
    is ε, ``ϑ`` is θ), so a letter reads as the reader sees it and every place keeps its offset."""
    if text.isascii():
        return text
    return "".join(form if len(form := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)


def _bound(sentence: str) -> str:
    """What in a sentence of masked plain text may bound its letters: ``"signed"`` (an order sign or a membership),
    ``"words"`` (a sign word, or a comparison beside a number), ``"interval"``, or ``""`` (nothing)."""
    if _ORDER_OR_MEMBERSHIP.search(sentence) is not None:
        return "signed"
    if any(_bounding(w, sentence) for w in _SIGN_WORDS.finditer(sentence)) or _COMPARED_TO_A_NUMBER.search(sentence):
        return "words"
    return "interval" if _INTERVAL.search(sentence) else ""


def _letters_bounded(sentence: str, bound: str) -> list[tuple[str, int]]:
    """The letters of a sentence of masked plain text that what bounds (:func:`_bound`) may bound, each with its
    place (see :func:`orders_in_text`)."""
    if not bound:
        return []
    if bound != "signed":
        sentence = _CALL.sub(lambda call: " " * len(call.group()), sentence)
    letters = ((m.group(1), m.start()) for m in _LETTER.finditer(sentence))
    return [(letter, at) for letter, at in letters if bound != "interval" or _convention_free(letter)]


def _convention_free(letter: str) -> bool:
    """Whether a letter written in text names no convention's quantity (t and T are indices, alpha in (0, 1))."""
    listed = _variables(letter, 0).node
    return not (isinstance(listed, syntax.Call) and any(convention(n) is not None for n in listed.arguments))


#: Inline maths in a sentence: ``$...$`` or ``\\(...\\)``.
_SENTENCE_MATHS = re.compile(r"(?<![\\$])\$([^$]+)(?<!\\)\$|\\\((.*?)\\\)", re.DOTALL)
#: An interval's shape: an opening bracket, two ends apart at a comma (or a semicolon), a closing bracket
#: (``(-\\pi, -1)``, ``\\left[\\sqrt{2}, e\\right]``, ``]-\\pi ; 0[``); its ends are read by :func:`_a_number_end`.
_INTERVAL_SHAPE = re.compile(r"(?:\\left\s*)?[(\[\]]([^,;]+)[,;]([^,;]+?)(?:\\right\s*)?[)\]\[]")
#: An end at infinity: ``\\infty``, ``-\\infty``, ``+\\infty``, ``∞``.
_INFINITE_END = re.compile(r"[-−+]?\s*(?:\\infty|∞)")


def _a_number_end(end: str) -> bool:
    """Whether an interval's end is a number, read or not: infinite, or a formula of numbers and the constants π
    and e alone (``-\\pi``, ``\\sqrt{2}``, ``\\frac{\\pi}{2}``; not a name, ``a``, nor a point ``x_0``)."""
    if _INFINITE_END.fullmatch(end.strip()):
        return True
    try:
        node = syntax.parse(end.replace("−", "-"), notes=True)
    except (InvalidAnswer, RecursionError):
        return False
    return not (isinstance(node, syntax.Statement) and node.relations) and all(
        n.key in CONSTANTS for n in nodes(node) if isinstance(n, syntax.Name)
    )


def an_interval_of_numbers(maths: str) -> bool:
    """Whether ``maths`` writes an interval of numbers (``(0, 1)``, ``[-2, -1]``, ``\\mathbb{R}_{<0}``), its ends
    read as numbers (:func:`~diffproof.notes.steps.membership_order`) or not (``(-\\pi, -1)``: numbers the
    readers of orders do not read), not a pair of names or points (``(x_0, x_1)``)."""
    maths = maths.strip()
    if membership_order("x", maths) is not None:
        return True
    shape = _INTERVAL_SHAPE.fullmatch(maths)
    return shape is not None and all(_a_number_end(end) for end in shape.groups())


def _names_alone(maths: str, line: int) -> bool:
    """Whether ``maths`` sets names alone (``x``, ``x, y``), none with a convention (beta_t in (0, 1) is left to it,
    as signed_unread leaves it)."""
    listed = _variables(maths, line).node
    names = [a for a in listed.arguments if isinstance(a, syntax.Name)] if isinstance(listed, syntax.Call) else []
    return bool(names) and len(names) == len(listed.arguments) and all(convention(n) is None for n in names)


def _maths_of(sentence: str) -> list[str]:
    """The inline maths of ``sentence``, delimiters taken off."""
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _SENTENCE_MATHS.finditer(sentence)]


def names_beside_an_interval(inline: Inline) -> list[Stated]:
    """The names set alone (``$x$``, ``$x, y$``) in a sentence that also sets an interval of numbers alone (``$(0,
    1)$``, ``$[-2, -1]$``, ``$[0, \\infty)$``, ``$(-\\pi, -1)$``: :func:`an_interval_of_numbers`), each as a relation
    whose sign is not read: the words between may put them in it ("belong to", "lie in", "are drawn from") or not
    ("the point"), and they are not read."""
    if not _names_alone(inline.text, inline.line):
        return []
    interval = next((p.strip() for p in _maths_of(inline.sentence) if an_interval_of_numbers(p)), None)
    if interval is None:
        return []
    said = f"${' '.join(inline.text.split())}$ beside ${interval}$"
    return [
        Stated("relation", inline.line, said, _variables(inline.text, inline.line), None, "words", sign_unread=True)
    ]


def names_before_an_interval(notes: Notes) -> list[Stated]:
    """The names set alone in the sentence right before one whose maths is intervals of numbers alone ("Let $x$
    be given. It lies in $(-2, -1)$."): that sentence names nothing, so its interval is said of something before
    it, which may be those names; each is a relation whose sign is not read (as :func:`names_beside_an_interval`
    reads a name and an interval in one sentence), never an order."""
    found = []
    for paragraph in notes.prose:
        text, at, before = paragraph.text.replace("\n", " "), 0, None
        for sentence in _raw_sentences(text):
            at = max(text.find(sentence, at), at)
            line = paragraph.line + paragraph.text[:at].count("\n")
            maths = _maths_of(sentence)
            if before is not None and maths and all(an_interval_of_numbers(m) for m in maths):
                said_at, written = before
                found += [
                    Stated("relation", said_at, f"${' '.join(m.split())}$ before ${maths[0].strip()}$",
                           _variables(m, said_at), None, "words", sign_unread=True)
                    for m in _maths_of(written) if _names_alone(m, said_at)
                ]  # fmt: skip
            before = (line, sentence)
    return found
