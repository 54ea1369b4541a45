"""Properties the prose leading into a display says in words of a quantity it does not name ("In fact the sum is
nonnegative. Therefore", "..., which holds since it is a square"): no reader takes them, so a counterexample to
a step of the display may break what the note states.  English only: a CJK sentence is not read for this."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diffproof.answers.parser import GREEK
from diffproof.notecheck.statements.lead_ins import _unmarked
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS, _prose_lines, _raw_sentences
from diffproof.notes import Notes

#: A heading, in Markdown or LaTeX: the prose leading into a display starts after it at the earliest.
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph)\*?\s*[\[{])")

#: A quantity by words alone ("the sum", "this term", "each of them", "both", "it", "which"): no maths names it.
_SUBJECT = (
    r"\b(?P<subject>(?:the|this|that|these|those|its|their|each|every|both|all|either|neither)"
    r"(?:\s+[a-z][\w'-]*){1,3}|it|they|both|each|this|which)"
)
#: A letter in words ("the constant u", "the scale sigma", "γ"), which names the quantity: what the words say of a
#: name is read by name (:mod:`~diffproof.notecheck.choices`), not here.  A lone "a" is an article.
_LETTER = re.compile(rf"\b(?:[b-zB-Z]|{'|'.join(sorted(GREEK))})\b|[α-ωΑ-Ωℓ]")
#: A verb that says what the quantity is, with the adverbs that may follow it ("is always", "must still be").
_COPULA = (
    r"\s+(?:is|are|was|were|remains?|stays?|becomes?|(?:must|will|should|would|can|cannot|has\s+to|have\s+to)\s+be)"
    r"(?:\s+(?:always|also|still|again|clearly|obviously|certainly|indeed|then|therefore|thus|hence|all|both"
    r"|necessarily|not|never|identically|exactly|strictly|surely))*\s+"
)
#: A property that needs nothing after it: a sign, zero, a square, a size, a constant, an integer's parity.
_PROPERTY = (
    r"(?:non-?negative|non-?positive|positive|negative|non-?zero|zero|(?:a\s+)?(?:perfect\s+)?squares?"
    r"|a\s+sum\s+of\s+squares|bounded(?!\s+(?:by|above|below))|small|tiny|negligible|an?\s+integer|integers|even|odd"
    r"|(?:a\s+)?constant(?!\s+(?:with\s+respect\s+to|w\.\s*r\.\s*t\.|in)\s+\$m\$))\b"
)
#: How a quantity varies with a name, no property of its value ("constant with respect to $\theta$", "independent
#: of $\theta$", "does not depend on $\theta$"): read by :func:`varied_with`, not as a property.
_INDEPENDENCE = re.compile(
    r"\b(?:constant\s+(?:with\s+respect\s+to|w\.\s*r\.\s*t\.|in)|independent\s+of|(?:does|do)\s+not\s+depend\s+on"
    r"|(?:is|are)\s+not\s+(?:a\s+)?functions?\s+of)\s+(?=\$m\$)",
    re.IGNORECASE,
)
#: An equality or an order, which says something only of an object written after it (not of the display it runs
#: into: "The sum is equal to" before a display is the display's own lead-in).
_COMPARED = (
    r"(?:equal\s+to|(?:greater|less|larger|smaller|bigger|higher|lower|more|no\s+(?:more|less|greater|larger"
    r"|smaller))\s+than|at\s+(?:least|most)|bounded\s+(?:by|above|below))(?:\s+or\s+equal\s+to)?(?!\s+or\b)\s*(?=[\w$])"
)
_SAID = re.compile(
    rf"{_SUBJECT}(?:{_COPULA}(?:{_PROPERTY}|{_COMPARED})|\s+(?:vanish(?:es)?\b|(?:equals|exceeds)\s*(?=[\w$])))",
    re.IGNORECASE,
)


#: Words of sign or range, which say a property of whatever they are said of, whatever the grammar around them
#: ("is a nonnegative number", "The sum being positive", "has no negative values", "is a square"): the fail-safe
#: rule reads their presence, not a phrasing.  "the square" (a thing named, "Expanding the square") is not one.
#: Words of size (small, large) are not here: they name things in prose ("a large gap is allowed"), and are read
#: only as :data:`_PROPERTY` says them.
_SIGN_WORDS = (
    r"(?:non-?negative|non-?positive|positive|negative|non-?zero|zero|vanish(?:es|ing)?|(?<!the\s)squares?|squared"
    r"|bounded(?!\s+(?:by|above|below))|sign)\b"
)
#: Words of order, which say a property only of the object written after them ("never drops below zero", "is ≥ 0",
#: "exceeds one"): at the end of a sentence they run into the display, which says the bound ("The error is bounded
#: by"), and say nothing of their own.
_ORDER_WORDS = r"(?:below|above|less|greater|exceeds?|drops?|at\s+(?:least|most)|bounded\s+by|[≥≤<>⩾⩽])"
#: Words after which "above" and "below" place a piece of the text ("the equation above", "as shown below"), not
#: an order: a word missing here leaves the place read as an order, which is safe.
_PLACED = (
    "equation",
    "equations",
    "expression",
    "expressions",
    "formula",
    "formulas",
    "formulae",
    "derivation",
    "calculation",
    "calculations",
    "identity",
    "line",
    "lines",
    "display",
    "result",
    "step",
    "steps",
    "figure",
    "section",
    "definition",
    "example",
    "argument",
    "as",
    "see",
    "shown",
    "given",
    "derived",
    "written",
    "stated",
    "defined",
    "discussed",
    "mentioned",
    "described",
)
_PLACE = re.compile(rf"\b(?:{'|'.join(_PLACED)})\s+(?:above|below)\b", re.IGNORECASE)
#: Where a clause ends: the words of one clause are said of the one subject ("The sum being nonnegative, we ...").
_CLAUSE_END = re.compile(r"[,;:?!()]|\s(?:which|since|because|whereas|while|where|so\s+that)\s", re.IGNORECASE)
#: The words an order takes before its object ("less than or equal to", "bounded by").
_ORDER_PARTICLES = r"(?:than|or|equal|to|by)\b"
_SIGNED = re.compile(
    rf"(?<![\w-])(?:{_SIGN_WORDS}|{_ORDER_WORDS}(?!\w)(?=(?:\s*{_ORDER_PARTICLES})*\s*(?!{_ORDER_PARTICLES})[\w$−+-]))",
    re.IGNORECASE,
)


def _signed_in_words(clause: str) -> str:
    """The word of sign, size, range or order (:data:`_SIGN_WORDS`, :data:`_ORDER_WORDS`) in ``clause`` (its maths
    masked as ``$m$``) that is said of a quantity no maths names, or '': the clause writes no maths (maths in it is
    what the orders' rules read) and names no one letter in words (one letter is read by name, by
    :mod:`~diffproof.notecheck.choices`; several, as in "the sum of h and k", are a combination no reader reads)."""
    said = _SIGNED.search(_PLACE.sub(" ", clause))
    if said is None or "$m$" in clause or len(_LETTER.findall(clause)) == 1:
        return ""
    return said.group(0)


def said_of_unnamed(sentence: str) -> str:
    """The words of ``sentence`` that say a property of a quantity by words alone, or '': a phrase of a subject no
    maths and no letter in words names (:data:`_LETTER`) and what it is ("it is equal to $a^2$", :data:`_SAID`), or,
    fail-safe against the phrasings that pattern misses, a clause with a word of sign, size, range or order and no
    maths (:func:`_signed_in_words`: "the sum never drops below zero", "Is the sum nonnegative?"); "above" and
    "below" placing a piece of the text (:data:`_PLACED`) are no order."""
    masked = _unmarked(_SENTENCE_MATHS.sub(" $m$ ", sentence))
    found = (said.group(0) for said in _SAID.finditer(masked) if not _LETTER.search(said.group("subject")))
    signed = (_signed_in_words(clause) for clause in _CLAUSE_END.split(masked))
    return next((said for said in (*found, *signed) if said), "")


def _section_start(notes: Notes, line: int) -> int:
    """The line of the last heading before ``line`` (0: none)."""
    source = notes.source.split("\n")
    return max((n for n in range(1, min(line, len(source) + 1)) if _HEADING.match(source[n - 1])), default=0)


def _leading_into(notes: Notes, first: int, previous: int) -> list[tuple[int, str]]:
    """The prose after the display before (its last line ``previous``) or the heading before, and before the
    display starting on line ``first`` (with the words set on that line before it), by line."""
    lines = _prose_lines(notes)
    start = max(previous, _section_start(notes, first))
    found = [(n, lines[n]) for n in range(start + 1, first) if n in lines]
    return found + [(first, text) for line, text in notes.leads if line == first]


def _sentences_by_line(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The sentences of the prose ``pieces``, each with the line it starts on."""
    if not pieces:
        return []
    text, starts = "", []
    for line, piece in pieces:
        starts.append((len(text), line))
        text += piece + " "
    found, at = [], 0
    for sentence in _raw_sentences(text):
        at = max(text.find(sentence, at), at)
        found.append((max(line for offset, line in starts if offset <= at), sentence))
        at += len(sentence)
    return found


def _running_on(notes: Notes, last: int, following: int) -> list[tuple[int, str]]:
    """The sentence right after the display ending on line ``last``, before the display on ``following``: whatever
    its case, it may go on with the display's own (", which holds since ...", "Here the sum is nonnegative.")."""
    lines = _prose_lines(notes)
    after = [(line, text) for line, text in notes.trails if line == last]
    after += [(n, lines[n]) for n in range(last + 1, following) if n in lines and lines[n].strip()]
    return _sentences_by_line(after)[:1]


def _sentences_around(notes: Notes) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Each display's first line, with the sentences of the prose leading into it and the one going on after it."""
    previous = 0
    for number, (first, last) in enumerate(notes.displays):
        following = notes.displays[number + 1][0] if number + 1 < len(notes.displays) else last + 4
        yield first, _sentences_by_line(_leading_into(notes, first, previous)) + _running_on(notes, last, following)
        previous = last


def unnamed_properties(notes: Notes) -> dict[int, tuple[int, str]]:
    """By each display's first line, the first sentence of the prose leading into it, or going on after it, that
    says a property of a quantity by words alone (:func:`said_of_unnamed`): its line and its words."""
    found = {}
    for first, pieces in _sentences_around(notes):
        said = next(((line, sentence) for line, sentence in pieces if said_of_unnamed(sentence)), None)
        if said is not None:
            found[first] = (said[0], " ".join(said[1].split()))
    return found


def independent_of(sentence: str) -> tuple[str, ...]:
    """The maths of the names ``sentence`` says a quantity does not vary with (:data:`_INDEPENDENCE`: "the first
    term is constant with respect to $\\theta$"), in order."""
    maths = [
        next(group for group in found.groups() if group is not None) for found in _SENTENCE_MATHS.finditer(sentence)
    ]
    masked = _unmarked(_SENTENCE_MATHS.sub(" $m$ ", sentence))
    spans = (masked[: said.end()].count("$m$") for said in _INDEPENDENCE.finditer(masked))
    return tuple(maths[n].strip() for n in spans if n < len(maths))


def varied_with(notes: Notes) -> dict[int, tuple[int, str, tuple[str, ...]]]:
    """By each display's first line, the first sentence leading into it, or going on after it, that says how a
    quantity varies with names (:func:`independent_of`): its line, its words and the maths of the names."""
    found = {}
    for first, pieces in _sentences_around(notes):
        said = next(((line, sentence, names) for line, sentence in pieces if (names := independent_of(sentence))), None)
        if said is not None:
            found[first] = (said[0], " ".join(said[1].split()), said[2])
    return found
