"""Properties the prose leading into a display says in words of a quantity it does not name ("In fact the sum is
nonnegative. Therefore", "..., which holds since it is a square"): no reader takes them, so a counterexample to
a step of the display may break what the note states.  Words of sign in a few other languages are read too
(:data:`_FOREIGN_SIGN_WORDS`), whatever the grammar around them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from diffproof.answers.parser import GREEK
from diffproof.notecheck.statements.dependence_words import INDEPENDENT
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
#: name is read by name (:mod:`~diffproof.notecheck.choices`), not here.  The English one-letter words are no
#: letters: "a" and "A" are articles, "I" the pronoun ("I know the sum to be nonnegative").
_LETTER = re.compile(rf"\b(?:[b-zB-HJ-Z]|{'|'.join(sorted(GREEK))})\b|[α-ωΑ-Ωℓ]")
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
#: of $\theta$", "does not depend on $\theta$": :data:`~diffproof.notecheck.statements.dependence_words.INDEPENDENT`):
#: read by :func:`varied_with`, not as a property.
_INDEPENDENCE = re.compile(rf"\b{INDEPENDENT}\s+(?=\$m\$)", re.IGNORECASE)
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
    r"(?:non-?(?:neg|pos)\w*|positiv\w*|negativ\w*|non-?zero|zero|vanish(?:es|ing)?|(?<!the\s)squares?|squared"
    r"|bounded(?!\s+(?:by|above|below))|sign)\b"
)
#: Words of sign or order in other languages than English (German, French, Spanish, Italian; Chinese and Japanese
#: without word boundaries), read as :data:`_SIGN_WORDS` are: "Die Summe ist nicht negativ", "非负".
_FOREIGN_SIGN_WORDS = (
    r"(?<![\w-])(?:nicht-?negativ\w*|n[ée]gati[fv]\w*|positif\w*|null|nul(?:le)?s?|z[ée]ro|cero|gr(?:ö|oe)(?:ß|ss)er"
    r"|kleiner|h(?:ö|oe)chstens|mindestens|sup[ée]rieure?s?|inf[ée]rieure?s?|mayor|menor|maggiore|minore)\b"
    r"|非负|非負|非正|正数|负数|負数|正值|负值|正の|負の|不超过|不超過|不小于|不大于|大于零|小于零|大於零|小於零"
)
#: Words of order, which say a property only of the object written after them ("never drops below zero", "is ≥ 0",
#: "exceeds one"): at the end of a sentence they run into the display, which says the bound ("The error is bounded
#: by"), and say nothing of their own.
_ORDER_WORDS = r"(?:below|above|less|greater|exceeds?|drops?|at\s+(?:least|most)|bounded\s+by|>=|<=|!=|[≥≤<>⩾⩽≧≦≠])"
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
    rf"(?<![\w-])(?:{_SIGN_WORDS}|{_ORDER_WORDS}(?!\w)(?=(?:\s*{_ORDER_PARTICLES})*\s*(?!{_ORDER_PARTICLES})[\w$−+-]))"
    rf"|{_FOREIGN_SIGN_WORDS}",
    re.IGNORECASE,
)


#: A letter a display writes: a command (its Greek name, when it is one), a Latin letter alone, a Greek letter.
_WRITTEN_LETTER = re.compile(r"\\([A-Za-z]+)|(?<![A-Za-z])([A-Za-z])(?![A-Za-z])|([α-ωΑ-Ωℓ])")


def _spelled(letter: str) -> str:
    """A letter's name: itself (h), a Greek letter's (sigma, Sigma for Σ, ell for ℓ)."""
    if len(letter) > 1 or letter.isascii():
        return letter
    name = unicodedata.name(letter, "").split()
    if name[-1:] == ["L"]:  # SCRIPT SMALL L
        return "ell"
    return name[-1].lower() if "SMALL" in name else name[-1].capitalize()


def letters_written(maths: str) -> frozenset[str]:
    """The letters ``maths`` writes, by name (:func:`_spelled`): ``|h - 1| = 1 - h`` writes h."""
    found = set()
    for command, latin, greek in _WRITTEN_LETTER.findall(maths):
        if command in GREEK or latin or greek:
            found.add(_spelled(command or latin or greek))
    return frozenset(found)


def _signed_in_words(clause: str, written: frozenset[str] = frozenset()) -> str:
    """The word of sign, size, range or order (:data:`_SIGN_WORDS`, :data:`_ORDER_WORDS`) in ``clause`` (its maths
    masked as ``$m$``) that is said of a quantity no maths names, or '': the clause writes no maths (maths in it is
    what the orders' rules read) and names no one letter in words (one letter is read by name, by
    :mod:`~diffproof.notecheck.choices`; several, as in "the sum of h and k", are a combination no reader reads),
    but one the display writes (``written``: "Here h never exceeds one" before ``|h - 1| = 1 - h``), a name of its
    step, which no chooser takes and no reader reads in words."""
    said = _SIGNED.search(_PLACE.sub(" ", clause))
    letters = _LETTER.findall(clause)
    if said is None or "$m$" in clause or (len(letters) == 1 and _spelled(letters[0]) not in written):
        return ""
    return said.group(0)


def said_of_unnamed(sentence: str, written: frozenset[str] = frozenset()) -> str:
    """The words of ``sentence`` that say a property of a quantity by words alone, or '': a phrase of a subject no
    maths and no letter in words names (:data:`_LETTER`) and what it is ("it is equal to $a^2$", :data:`_SAID`), or,
    fail-safe against the phrasings that pattern misses, a clause with a word of sign, size, range or order and no
    maths (:func:`_signed_in_words`: "the sum never drops below zero", "Is the sum nonnegative?", or of a letter
    the display writes, ``written``); "above" and "below" placing a piece of the text (:data:`_PLACED`) are no
    order."""
    masked = _unmarked(_SENTENCE_MATHS.sub(" $m$ ", sentence))
    found = (said.group(0) for said in _SAID.finditer(masked) if not _LETTER.search(said.group("subject")))
    signed = (_signed_in_words(clause, written) for clause in _CLAUSE_END.split(masked))
    return next((said for said in (*found, *signed) if said), "")


def _headings(notes: Notes) -> list[int]:
    """The lines of the note's headings, in order."""
    return [n for n, text in enumerate(notes.source.split("\n"), start=1) if _HEADING.match(text)]


def _reach(notes: Notes, first: int) -> int:
    """The line after which the prose that may say something of the display starting on line ``first`` starts: the
    heading of its section, or an earlier heading while the sections between hold no display (the words opening
    a note run on into its first display across a heading), 0 for the note's start.  A section that holds a
    display says its words of its own displays."""
    starts = [0, *(n for n in _headings(notes) if n < first)]
    at = len(starts) - 1
    while at > 0 and not any(starts[at - 1] < start < starts[at] for start, _ in notes.displays):
        at -= 1
    return starts[at]


def _prose_between(notes: Notes, start: int, end: int) -> list[tuple[int, str]]:
    """The prose on the lines after ``start`` and before ``end``, with the words set on a display's lines before
    or after it, by line."""
    lines = _prose_lines(notes)
    found = [(n, 1, lines[n]) for n in range(start + 1, end) if n in lines]
    found += [(n, 0, text) for n, text in notes.leads if start < n < end]
    found += [(n, 2, text) for n, text in notes.trails if start < n < end]
    return [(n, text) for n, _, text in sorted(found)]


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


def _sentences_around(notes: Notes) -> Iterator[tuple[int, int, list[tuple[int, str]]]]:
    """Each display's first and last lines, with the sentences that may say something of it: the prose before it
    since the display before it, across headings while no display lies between (:func:`_reach`), and the prose
    after it up to the next display or heading (whatever their case, they may go on with the display's own: ", which holds since
    ...", "That is the step. It is valid because the sum is nonnegative.")."""
    headings = _headings(notes)
    for number, (first, last) in enumerate(notes.displays):
        following = notes.displays[number + 1][0] if number + 1 < len(notes.displays) else notes.source.count("\n") + 2
        end = min((n for n in headings if n > last), default=following)
        previous = notes.displays[number - 1][1] if number else 0
        before = _prose_between(notes, max(previous, _reach(notes, first)), first)
        before += [(first, text) for line, text in notes.leads if line == first]
        after = [(last, text) for line, text in notes.trails if line == last]
        after += _prose_between(notes, last, min(end, following))
        yield first, last, _sentences_by_line(before) + _sentences_by_line(after)


def unnamed_properties(notes: Notes) -> dict[int, tuple[int, str]]:
    """By each display's first line, the first sentence that may say something of it (:func:`_sentences_around`)
    that says a property of a quantity by words alone, or of a letter the display writes (:func:`said_of_unnamed`):
    its line and its words.  A display with none takes that of an earlier display of its section that names or
    bounds a letter it writes (:func:`_named_in`: "the sum is nonnegative", then ``s = h + k``, then ``|s| = s``;
    "the upper bound in the next display is zero", then ``h \\le g``, then ``|h| = -h``): the words were said of
    what that letter is equated or ordered to."""
    source = notes.source.split("\n")
    found: dict[int, tuple[int, str]] = {}
    named: list[tuple[int, frozenset[str]]] = []
    for first, last, pieces in _sentences_around(notes):
        written = letters_written("\n".join(source[first - 1 : last]))
        said = next(((line, sentence) for line, sentence in pieces if said_of_unnamed(sentence, written)), None)
        if said is not None:
            found[first] = (said[0], " ".join(said[1].split()))
        else:
            start = _reach(notes, first)
            earlier = (at for at, names in reversed(named) if at > start and at in found and names & written)
            inherited = next(earlier, None)
            if inherited is not None:
                found[first] = found[inherited]
        named.append((first, _named_in(notes, first, last)))
    return found


#: A side that is one name alone (``s``, ``s_t``, ``\sigma^2_t``), which a step equating it names.
_BARE_NAME = re.compile(r"\s*\\?[A-Za-z]+\s*(?:[_^]\s*(?:\{[^{}]*\}|\w)\s*)*")


def _named_in(notes: Notes, first: int, last: int) -> frozenset[str]:
    """The letters the definitions and steps on lines ``first`` to ``last`` name or bound: a definition's name, a
    step's side that is one name alone (:data:`_BARE_NAME`) equated or ordered to what writes other letters (``s = h
    + k``, ``r = s``, ``h \\le g``; not ``h = h`` nor ``s = s + 0``): what words say of the other side reaches it."""
    pairs = [(step.lhs, step.rhs) for step in notes.steps if first <= step.line <= last]
    pairs = [*pairs, *((rhs, lhs) for lhs, rhs in pairs)]
    named = {
        letter
        for name, other in pairs
        if _BARE_NAME.fullmatch(name)
        for letter in letters_written(name) - letters_written(other)
    }
    named |= {letter for d in notes.definitions if first <= d.line <= last for letter in letters_written(d.name)}
    return frozenset(named)


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
    for first, _, pieces in _sentences_around(notes):
        said = next(((line, sentence, names) for line, sentence in pieces if (names := independent_of(sentence))), None)
        if said is not None:
            found[first] = (said[0], " ".join(said[1].split()), said[2])
    return found
