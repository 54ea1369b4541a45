"""The variables the words around a display name its proportionalities in ("as a function of $\\mu$ and $\\sigma$",
"in $\\mu$", "with respect to $\\mu$", "keeping the factors that depend on $\\mu$", "not as a function of
$\\mu$"): the names a phrase lists, and whether it is negated.  The judging rule reads one phrasing exactly; any
other that names variables makes a doubt (:func:`variables_said`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diffproof.notecheck.statements.dependence_words import DEPENDS, INDEPENDENT
from diffproof.notecheck.statements.lead_ins import _unmarked
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS
from diffproof.notecheck.statements.unnamed import _sentences_around
from diffproof.notes import Notes

#: Words that name what a quantity is taken in, right before the maths of the names ("in $\\mu$", "with respect
#: to $x$", "w.r.t. $x$", "the terms in $x$", "keeping $x$", "关于 $\\mu$", and the words of a dependence said or
#: denied, :mod:`~diffproof.notecheck.statements.dependence_words`: "depends on $\\mu$", "independent of $x$", "as a
#: function of $\\mu$"; "a density over $\\mu$", "the posterior over $\\mu$", "a prior on $\\mu$", "a likelihood for
#: $\\mu$"), "the variable" or "the parameters"
#: between them.
_VARIABLE_WORDS = re.compile(
    rf"(?:\b(?:{INDEPENDENT}|{DEPENDS}|in(?:\s+terms\s+of)?|with\s+respect\s+to|w\.\s*r\.\s*t\.?|wrt"
    r"|involv(?:e|es|ing)|terms?\s+(?:in|of)|keep(?:ing|s)?"
    r"|(?:densit(?:y|ies)|distributions?|posteriors?|priors?|likelihoods?|laws?|measures?|pdfs?)\s+(?:over|on|for)"
    r"|proportional\s+in)|关于)\s+(?:(?:the|its|their)\s+)?(?:(?:variables?|parameters?|arguments?)\s+)?(?=\$m\$)",
    re.IGNORECASE,
)
#: A negation right before the words ("not as a function of", "rather than in", "nicht als Funktion von").
_NEGATED = re.compile(
    r"\b(?:not|n't|never|rather\s+than|instead\s+of|nicht|pas|no)\s+(?:[\w']+\s+){0,2}$|n't\s+(?:[\w']+\s+){0,2}$",
    re.IGNORECASE,
)
#: The phrases of dependence, which a negation does not turn from the names they list ("does not depend on $x$",
#: "not involving $x$" name x as "depends on $x$" does); "not as a function of $\\mu$", "is not a function of
#: $\\mu$", "not constant in $\\mu$" are negated.
_DEPENDENCE = re.compile(
    r"depend|independent|involv|var(?:y|ies|ying|ied)\b|chang|grow|increas|decreas|shrink|evolv|determined|free",
    re.IGNORECASE,
)
#: A negation within the words themselves ("is not a function of").
_NEGATION_IN = re.compile(r"\bnot\b", re.IGNORECASE)
#: What joins one name of a list to the next: "$\\mu$ and $\\sigma$", "$\\mu$, $\\sigma$ and $x$", "$\\mu$, and
#: $\\sigma$"; a comma alone (group ``comma``) only before a join by a word, as "$\\mu$, $x$ fixed" is no list.
_JOINED = re.compile(r"\s*(?:(?P<comma>,)\s*|,?\s*(?:and|or|&)\s+)\$m\$", re.IGNORECASE)


#: Words that name the variables held fixed right before their maths ("for fixed $x$", "given $x$", "conditioned on
#: $x$ and $y$"): the \\propto is then in the others.
_HELD_BEFORE = re.compile(
    r"\b(?:for\s+(?:(?:a|each|any|every|some)\s+)?fixed|fixing|given|condition(?:ed|al|ing)\s+on)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:variables?|parameters?|data|observations?)\s+)?(?=\$m\$)",
    re.IGNORECASE,
)
#: The same right after a list of maths ("holding $x$ fixed", "with $x$ and $y$ held constant", "treating $x$ as a
#: constant", "$x$ being given", "with $x$ observed", "$x$ known"); "$Z$ is a constant" says what Z is, not what the
#: \\propto is in, and "$x$ is known as the input" names it.
_HELD_AFTER = re.compile(
    r"\$m\$(?:\s*(?:,\s*(?:and\s+)?|and\s+)\$m\$)*(?=\s+(?:(?:is|are|being)\s+)?(?:(?:held|kept)\s+(?:fixed|constant)"
    r"|fixed|frozen|given|observed|known(?!\s+as\b)|as\s+(?:an?\s+)?(?:constants?|fixed|given|known))\b)",
    re.IGNORECASE,
)


def _masked(words: str) -> tuple[str, list[str]]:
    """``words`` with each maths masked as ``$m$``, and the maths in order."""
    maths = [next(g for g in found.groups() if g is not None) for found in _SENTENCE_MATHS.finditer(words)]
    return _unmarked(_SENTENCE_MATHS.sub(" $m$ ", words)), maths


def _listed(masked: str, maths: list[str], at: int) -> tuple[str, ...]:
    """The maths of the names the list whose first maths starts at ``at`` in ``masked`` writes, each maths split
    at its commas ("$\\mu, \\sigma$")."""
    first = masked[:at].count("$m$")
    end, joins = at + len("$m$"), []
    while (joined := _JOINED.match(masked, end)) is not None:
        joins.append(joined.group("comma") is None)
        end = joined.end()
    listed = max((n + 1 for n, by_word in enumerate(joins) if by_word), default=0)
    return tuple(
        part.strip() for n in range(first, first + listed + 1) if n < len(maths) for part in maths[n].split(",")
    )


def listed_after(words: str) -> tuple[str, ...]:
    """The maths of the names listed first in ``words`` ("of $\\mu$ and $\\sigma$ (with $x$ fixed)": mu, sigma)."""
    masked, maths = _masked(words)
    at = masked.find("$m$")
    return _listed(masked, maths, at) if at >= 0 else ()


def negated_before(words: str) -> bool:
    """Whether ``words`` end in a negation that a phrase after them takes ("Not as a", "rather than")."""
    return _NEGATED.search(_unmarked(words)) is not None


def variables_said(sentence: str) -> Iterator[tuple[str, ...] | None]:
    """For each phrase of ``sentence`` that names what a quantity is taken in (:data:`_VARIABLE_WORDS`), the maths
    of the names it lists; None for a negated one ("not as a function of $\\mu$")."""
    masked, maths = _masked(sentence)
    for found in _VARIABLE_WORDS.finditer(masked):
        dependence = _DEPENDENCE.search(found.group(0))  # "does not depend on $x$" names x as much as "depends on"
        negated = (
            negated_before(masked[: found.start()]) or _NEGATION_IN.search(found.group(0))
        ) and dependence is None
        yield None if negated else _listed(masked, maths, found.end())


def variables_held(sentence: str) -> Iterator[tuple[str, ...]]:
    """For each phrase of ``sentence`` that holds variables fixed ("for fixed $x$", "treating $x$ as a constant"),
    the maths of the names it lists."""
    masked, maths = _masked(sentence)
    for found in _HELD_BEFORE.finditer(masked):
        yield _listed(masked, maths, found.end())
    for found in _HELD_AFTER.finditer(masked):
        first = masked[: found.start()].count("$m$")
        listed = range(first, first + found.group(0).count("$m$"))
        yield tuple(part.strip() for n in listed if n < len(maths) for part in maths[n].split(","))


def sentences_of(notes: Notes, lines: set[int]) -> list[tuple[int, str]]:
    """The sentences that may say something of the displays holding any of ``lines``, before or after them
    (:func:`~diffproof.notecheck.statements.unnamed._sentences_around`), each with its line."""
    return [
        sentence
        for first, last, pieces in _sentences_around(notes)
        if any(first <= line <= last for line in lines)
        for sentence in pieces
    ]
