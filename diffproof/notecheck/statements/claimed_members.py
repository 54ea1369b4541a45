"""Members of an index's range a sentence claims beyond what its maths spans write one by one: a membership whose
letter and set are two spans joined by words of membership ("For every $t$ in $\\{0, \\ldots, T\\}$", read as ``t
\\in \\{0, \\ldots, T\\}``), a member words add to the set a membership names ("$t \\in \\mathbb{N}$ (including
$0$)", read as ``t \\in \\mathbb{N} \\cup \\{0\\}``), and the last member of an index listed with dots ("for $k = 1,
\\ldots, K$": the step is claimed at k = K as it is at k = 1).  Each is read as if written in one span, so a claim at
an end of the range reaches the readers of claims (the fail-safe direction: a member read claims the step there,
and a step without a value there is held)."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck import set_brackets
from diffproof.notecheck.enumerations import enumeration
from diffproof.notecheck.numbers import convention
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.statements.sentences import _words_around
from diffproof.notes import Inline

#: A maths span of a sentence as written (``$...$`` or ``\\(...\\)``): its maths.
_SPAN = r"(?:\$(?P<maths>[^$]+)\$|\\\((?P<parenthesised>.+?)\\\))"

#: Words that put the letter before them in the set after them ("in", "∈", "belonging to", "lying in", "ranging
#: over", "running through", "taken from", "of"; "dans", "appartenant à", "aus", "en", "em", "in"): the membership
#: they say, across two spans.
_MEMBERSHIP_WORDS = re.compile(
    r"^\s*(?:in|∈|\\in|of|from|(?:that\s+)?(?:belong(?:s|ing)?\s+to|lie(?:s)?\s+in|lying\s+in)"
    r"|(?:rang|runn|go)(?:es|e|ing)?\s+(?:over|through|in)|runs?\s+(?:over|through|in)|taken\s+(?:in|from)"
    r"|(?:takes?|taking)\s+(?:the\s+)?values|(?:steps?|stepping)\s+through"
    r"|dans|appartenant\s+à|aus|en|em|en\s+el\s+conjunto|no\s+conjunto)\s*" + _SPAN,
    re.IGNORECASE,
)

#: A set of integers a membership may name: a set listed or an integer interval (:mod:`~diffproof.notecheck.
#: set_brackets`), or the naturals or the integers (``\\mathbb{N}``, ``\\mathbb{Z}_{\\ge 0}``, ``ℕ``).
_WHOLE_NUMBERS = re.compile(r"\s*(?:\\mathbb\s*\{?\s*[NZ]\s*\}?|\\(?:N|Z|naturals|integers)(?![A-Za-z])|ℕ|ℤ)")

#: Words after a membership that add a member to its set ("(including $0$)", "together with $0$", "with $0$", "as
#: well as $0$", "plus $0$", "and $0$", "$0$ included", "including zero"; "y compris", "einschließlich", "inklusive",
#: "incluyendo", "incluindo", "compreso", "включая"): the number they name is a member too.  A negation before them
#: ("not including", "but not") is no such word, nor a number said excluded after them ("with $0$ removed", "with
#: $0$ not included").
_ADDED_MEMBER = re.compile(
    r"^\s*[(,]?\s*(?:(?:including|incl\.?|inclusive\s+of|together\s+with|with|as\s+well\s+as|plus|and(?:\s+also)?"
    r"|y\s+compris|einschlie(?:ß|ss)lich|inklusive|incluyendo|incluindo|compres[oa]|включая)\s*"
    r"(?:\$\s*(?P<number>[-−]?\d+)\s*\$|\\\(\s*(?P<parenthesised>[-−]?\d+)\s*\\\)|(?P<word>zero|nought|naught)\b)"
    r"|\$\s*(?P<before>[-−]?\d+)\s*\$\s*(?:included|inclusive|too|as\s+well|compris|inclus|eingeschlossen"
    r"|incluido|incluído))(?!\s*(?:is\s+|being\s+)?(?:not\b|excluded|removed|omitted|left\s+out|taken\s+out|dropped))",
    re.IGNORECASE,
)

#: Members listed bare with an ellipsis among them, no bracket, no relation (``0, 1, \\ldots, T``): the set they list,
#: as a membership's set after its words ("$t$ runs over $0, 1, \\ldots, T$").
_BARE_LIST = re.compile(rf"^[^{{}}()\[\]=<>]*,[^{{}}()\[\]=<>]*(?:{set_brackets.DOTS})[^{{}}()\[\]=<>]*$")


def _bare_list(maths: str) -> bool:
    """Whether ``maths`` lists members bare (:data:`_BARE_LIST`), not in brackets of any size or spelling."""
    return bool(_BARE_LIST.match(maths)) and not re.match(r"\s*" + set_brackets.OPEN, set_brackets.spaced(maths))


#: A lone letter set by itself in a span (``t``, ``k``).
_LETTER = re.compile(r"^\s*(?P<letter>[A-Za-z])\s*$")

#: A membership of a lone letter in one span (``t \\in \\mathbb{N}``, ``k ∈ \\{1, \\ldots, K\\}``).
_MEMBERSHIP = re.compile(r"^\s*(?P<letter>[A-Za-z])\s*(?:\\in(?![A-Za-z])|∈)")


def _a_set_for(letter: str, maths: str) -> bool:
    """Whether ``maths`` is a set a membership may put ``letter`` in here: a set of integers for any letter
    (:data:`_WHOLE_NUMBERS`, braces, an integer interval); any bracketed set or interval for a letter whose convention
    is a range of steps (``t \\in [0, T]``)."""
    if _WHOLE_NUMBERS.match(maths):
        return True
    opened = re.match(r"\s*" + set_brackets.OPEN, set_brackets.spaced(maths))
    if opened is None or set_brackets.leaves_out_low(opened["open"]) is None:
        return False
    steps = isinstance(convention(syntax.Name(0, letter, "", "")), sp.Range)
    return steps or set_brackets.kind(opened["open"]) in ("set", "integers")


def read_whole(inline: Inline) -> str:
    """The maths of ``inline`` read with the words of its sentence that complete a membership of a lone letter: the
    set in the next span after words of membership (:data:`_MEMBERSHIP_WORDS`: ``t`` "in" ``\\{0, \\ldots, T\\}`` is
    ``t \\in \\{0, \\ldots, T\\}``; members listed bare, :func:`_bare_list`, are that set), then a member words add after it (:data:`_ADDED_MEMBER`: "(including $0$)" is
    ``\\cup \\{0\\}``); the maths as written where neither is said."""
    around = _words_around(inline) if inline.sentence else None
    if around is None:
        return inline.text
    after, text = around[1], inline.text
    alone, member = _LETTER.match(inline.text), _MEMBERSHIP.match(inline.text)
    joined = _MEMBERSHIP_WORDS.match(after) if alone is not None else None
    if joined is not None:
        maths = joined["maths"] or joined["parenthesised"]
        maths = f"\\{{{maths.strip()}\\}}" if _bare_list(maths) else maths
        if not _a_set_for(alone["letter"], maths):
            return inline.text
        text, after = f"{alone['letter']} \\in {maths.strip()}", after[joined.end() :]
    elif member is None:
        return inline.text
    added = _ADDED_MEMBER.match(after)
    if added is None:
        return text
    number = next(n for n in (added["number"], added["parenthesised"], added["before"], added["word"]) if n)
    number = "0" if number.isalpha() else number.replace("−", "-")
    return f"{text} \\cup \\{{{number}\\}}"


def last_members(text: str, found: list[Stated]) -> list[Stated]:
    """The last member of an index the maths ``text`` lists with dots from its first (``k = 1, \\ldots, K``), said
    beside each value of its first member the sentence's reading keeps (``k = 1``, for the display after it: the
    list claims that display at both its ends), as a ``last member`` (``k = K``) where that reading does not have it
    already; a list going down (``t = T, \\ldots, 1``) has both."""
    listed = enumeration(text)
    if listed is None or not re.match(rf"\s*{listed.letter}\s*=\s*{re.escape(listed.low)}\s*(?:,|$)", text):
        return []
    last = f"{listed.letter} = {listed.high}"
    try:
        statement = syntax.parse(last, notes=True)
    except InvalidAnswer:
        return []
    if any(_says(item, listed.letter, listed.high) for item in found):
        return []
    return [
        replace(item, kind="last member", text=last, name=Formula(last, item.line, statement))
        for item in found
        if item.kind == "relation"
        and item.until is not None
        and not item.denied
        and _says(item, listed.letter, listed.low)
    ]


def _says(item: Stated, letter: str, member: str) -> bool:
    """Whether ``item`` says the index ``letter`` is ``member`` (``k = 1``), as written."""
    return re.sub(r"\s+", "", item.text) == re.sub(r"\s+", "", f"{letter}={member}")
