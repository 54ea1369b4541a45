"""Independence a note states of named variables, positively and in so many words: "$\\epsilon$ is independent of
$x_0$", "$x_0$ and $\\epsilon$ are independent", "Let $x_0, y$ and $\\epsilon$ be independent", "$\\epsilon$ is drawn
independently of $x_0$", "$x_0$ and $\\epsilon$ are i.i.d.", ``$\\epsilon \\perp x_0$`` (``\\perp\\!\\!\\!\\perp``, ⊥,
⫫), "$x_0$ und $\\epsilon$ sind unabhängig", "... sont indépendants", "... son independientes", "$x_0$ 与 $\\epsilon$
相互独立", "$\\epsilon$ 独立于 $x_0$".

A sentence states it only where the whole sentence is one of these forms, after lead-in words that assert ("Here",
"We assume that", "Note that", "where"): any other word -- a negation, a hedge, a condition, a question, a scope
("at the next step"), another's claim ("some authors say") -- leaves it stating nothing (read as written or not at
all: a form not read is no statement).  Only names count (each maths of a list a name alone, or a list of names):
"$x_0$ and $\\epsilon_1$ are independent" says nothing of $\\epsilon_2$ or of $\\epsilon_t$.  A list said
independent is mutually independent (each name its own group, as the statistician's "independent" means); one name
said independent of a list in words is so of each of them alone (pairwise: "independent of $a$ and $b$" is not read
as of the pair), of a tuple in maths (``\\epsilon \\perp (x_0, y)``) of the vector.  Prose only: a table's cells, a
quotation (``>``) and a heading state nothing.  Fail-safe: where any other sentence of the note speaks of
independence or dependence under a negation, a withdrawal, a hedge or a question ("we no longer assume that they are
independent", "are $x_0$ and $\\epsilon$ independent?"), the note states no independence at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from diffproof.notecheck.contexts import Key
from diffproof.notecheck.statements.noise_ties import _lone
from diffproof.notecheck.statements.retractions import _WITHDRAWING
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _raw_sentences
from diffproof.notes import Notes

#: One stated independence: its groups of names (mutually independent vectors), with the line that states it.
Stated = tuple[int, tuple[frozenset[Key], ...]]

#: Words before the statement that assert it ("Here", "We assume that", "Note that", "where", "Throughout").
_LEAD = (
    r"(?:(?:here|now|also|moreover|furthermore|throughout|where|and|note\s+that|recall\s+that|(?:we\s+)?assume"
    r"(?:\s+that)?|by\s+assumption|by\s+construction|in\s+(?:this|the)\s+(?:note|model|process))\s*,?\s*)*"
)
#: A list of maths ("M0 and M1", "M0, M1 and M2", "M0、M1"): M<k> is the k-th maths of the sentence.
_LIST = r"(?P<{0}>M\d+(?:\s*(?:,|、|，)\s*M\d+)*(?:\s*,?\s*(?:and|und|et|y|和|与|與|及|と|와|과)\s*M\d+)?)"
_ONE = r"(?P<{0}>M\d+)"
#: The words of independence, each language's.
_MUTUAL = (
    r"(?:are|be)\s+(?:mutually\s+|jointly\s+)?(?:independent|i\.\s?i\.\s?d\.?|independent\s+and\s+identically"
    r"\s+distributed)(?:\s+of\s+(?:each\s+other|one\s+another))?|are\s+(?:drawn|sampled)\s+(?:independently|i\.\s?i\.\s?d\.?)"
    r"|sind\s+(?:voneinander\s+|stochastisch\s+|gegenseitig\s+)?unabh[äa]ngig|sont\s+(?:mutuellement\s+)?ind[ée]pendant"
    r"(?:e|es|s)|son\s+(?:mutuamente\s+)?independientes|(?:是)?(?:相互|互相)?独立(?:的)?|(?:は|が)?(?:互いに)?独立(?:である|です)?"
)
_OF = (
    r"(?:is|be)\s+(?:(?:drawn|sampled|chosen)\s+)?independent(?:ly)?\s+of|ist\s+unabh[äa]ngig\s+von"
    r"|est\s+ind[ée]pendant(?:e)?\s+de|es\s+independiente\s+de|独立于"
)
_PLURAL_OF = r"are\s+(?:(?:drawn|sampled|chosen)\s+)?independent(?:ly)?\s+of|sind\s+unabh[äa]ngig\s+von"
_END = r"\s*[.。]?\s*"
#: The whole-sentence forms: a list mutually independent, one name (or a list, each) independent of a list (each).
_FORMS = (
    ("mutual", re.compile(rf"{_LEAD}(?:let\s+)?{_LIST.format('all')}\s*(?:{_MUTUAL}){_END}", re.IGNORECASE)),
    ("of", re.compile(rf"{_LEAD}{_ONE.format('one')}\s*(?:{_OF})\s*{_LIST.format('others')}{_END}", re.IGNORECASE)),
    (
        "of",
        re.compile(rf"{_LEAD}{_LIST.format('one')}\s*(?:{_PLURAL_OF})\s*{_LIST.format('others')}{_END}", re.IGNORECASE),
    ),
    ("maths", re.compile(rf"{_LEAD}{_ONE.format('one')}{_END}", re.IGNORECASE)),
)
#: The sign of independence in maths, once, between two sides (``\\perp\\!\\!\\!\\perp`` one sign).
_SIGN = re.compile(r"\\(?:perp|Perp|independent|indep)\b(?:\s*\\[!,]\s*)*(?:\\perp\b)?|⊥|⫫")
#: A tuple of names in maths, ``(x_0, y)``.
_TUPLE = re.compile(r"^\s*\\?(?:left)?\(\s*(.*?)\s*\\?(?:right)?\)\s*$")
#: Words of independence or dependence a withholding sentence may speak of.
_OF_INDEPENDENCE = re.compile(
    r"\bindepend\w*|\bi\.\s?i\.\s?d\b|\bdepend\w*|\bcorrelat\w*|\bunabh[äa]ngig\w*|\bind[ée]pendan\w*|\\perp\b|⊥|⫫"
    r"|\bassum\w*|\bhypothes\w*|独立|독립|依赖|相关",
    re.IGNORECASE,
)
#: Words that withhold what a sentence says: a hedge, a condition, a question, a scope, another's claim.
_WITHHOLDING = re.compile(
    r"\?|？|\b(?:if|whether|unless|suppose\w*|perhaps|maybe|may|might|could|would|should|assum\w*\s+(?:here\s+)?"
    r"only|longer|drop\w*|retract\w*|withdr\w*|some|claim\w*|say|says|said|step|only)\b",
    re.IGNORECASE,
)


def _names(maths: str) -> list[frozenset[Key]]:
    """The groups one maths gives a list: each name alone of a list of names ("$x_0, y$"), else none."""
    keys = _lone(maths)
    return [frozenset({key}) for key in sorted(keys)] if keys and len(keys) == maths.count(",") + 1 else []


def _sides(maths: str) -> tuple[frozenset[Key], ...]:
    """``a \\perp b`` or ``a \\perp (b, c)``: the two sides' names (a tuple a vector), where the maths is exactly
    that, one sign between names; else none.  A condition (``\\mid``, ``|``) is no independence of the names."""
    parts = _SIGN.split(maths)
    if len(parts) != 2 or re.search(r"\\mid\b|\||\\not|\\neg", maths):
        return ()
    found = []
    for part in parts:
        inside = _TUPLE.match(part)
        keys = _lone(inside.group(1) if inside else part)
        if not keys or (inside is None and "," in part):
            return ()
        found.append(frozenset(keys))
    return tuple(found) if not found[0] & found[1] else ()


def _stated(sentence: str) -> list[tuple[frozenset[Key], ...]]:
    """The independences one sentence states (see the module)."""
    written = [next(g for g in m.groups() if g is not None) for m in _SENTENCE_MATHS.finditer(sentence)]
    counter = iter(range(len(written)))
    words = " ".join(_SENTENCE_MATHS.sub(lambda _: f" M{next(counter)} ", sentence).split())

    def listed(group: str) -> list[frozenset[Key]] | None:
        found = [g for k in re.findall(r"M(\d+)", group) for g in (_names(written[int(k)]) or [frozenset()])]
        return None if not found or any(not g for g in found) or len(set(found)) != len(found) else found

    for form, pattern in _FORMS:
        match = pattern.fullmatch(words)
        if match is None:
            continue
        if form == "mutual":
            groups = listed(match.group("all"))
            return [tuple(groups)] if groups and len(groups) > 1 else []
        if form == "maths":
            sides = _sides(written[int(match.group("one")[1:])])
            return [sides] if sides else []
        ones, others = listed(match.group("one")), listed(match.group("others"))
        if not ones or not others or set(ones) & set(others):
            return []
        return [(one, other) for one in ones for other in others]
    return []


def _prose(source: Sequence[str], line: int) -> bool:
    """Whether the note's ``line`` (from 1) is prose: not a table's row, a quotation or a heading."""
    text = source[line - 1].lstrip() if 0 < line <= len(source) else ""
    return not text.startswith(("|", ">", "#"))


def stated_independence(notes: Notes) -> tuple[Stated, ...]:
    """Each independence the note's sentences state, with its line; none where another sentence withholds (see the
    module), where a sentence right before or after a statement doubts, denies or withdraws anything ("The next claim
    is false", "It is unclear whether this holds"), or where a heading does ("Common mistakes")."""
    source = notes.source.split("\n")
    if any(_HEADING.match(text) and _withholds(text, True) for text in source):
        return ()
    read = [
        (paragraph, sentence, _stated(sentence))
        for paragraph in notes.prose
        for sentence in filter(str.strip, _raw_sentences(paragraph.text))
    ]
    found: list[Stated] = []
    for k, (paragraph, sentence, stated) in enumerate(read):
        beside = [read[n] for n in (k - 1, k + 1) if 0 <= n < len(read)]
        if not stated and _withholds(sentence):
            return ()
        if stated and any(not other and _withholds(text, True) for _, text, other in beside):
            return ()
        at = paragraph.text.find(sentence)
        line = paragraph.line + (paragraph.text[:at].count("\n") if at > 0 else 0)
        if _prose(source, line):
            found += [(line, groups) for groups in stated]
    return tuple(found)


#: A heading's line: Markdown's ``#``, LaTeX's sectioning and environments (their titles).
_HEADING = re.compile(r"^\s*(?:#|\\(?:(?:sub)*section|paragraph|chapter|part)\b|\\begin\s*\{)")


#: Words that doubt what was just said ("It is unclear whether this holds", "This is doubtful").
_DOUBTED = re.compile(r"\b(?:unclear|doubt\w*|uncertain\w*|questionabl\w*|unsure|unproven|debat\w*)\b", re.IGNORECASE)


def _withholds(sentence: str, after_statement: bool = False) -> bool:
    """Whether a sentence that states no independence speaks of independence, dependence or an assumption (or
    comes right after a statement) under a negation, a withdrawal, a hedge, a doubt or a question."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    if not (after_statement or _OF_INDEPENDENCE.search(words) or _OF_INDEPENDENCE.search(sentence)):
        return False
    return bool(
        _NEGATED.search(words) or _WITHDRAWING.search(words) or _WITHHOLDING.search(sentence) or _DOUBTED.search(words)
    )


def in_force(stated: Iterable[Stated], line: int) -> tuple[tuple[frozenset[Key], ...], ...]:
    """The independences stated before the step on ``line``."""
    return tuple(groups for at, groups in stated if at < line)
