"""CriticMarkup (MultiMarkdown, pymdownx.critic) as the renderers of a note print it.

A renderer of CriticMarkup prints an addition ``{++new++}`` and a highlight ``{==text==}`` as text of the note, a
substitution ``{~~old~>new~~}`` as its new text (the old struck), and drops a deletion ``{--old--}`` and a comment
``{>>aside<<}``.  A renderer that reads no CriticMarkup shows every part between its marks as written (GFM strikes a
substitution's ``~~`` run whole, which the note's prose as parsed already reads).  Each part spans lines, up to its
first closing mark, as pymdownx.critic reads it in the whole source before the Markdown parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: One CriticMarkup part, its kind the group that matched: an addition, a deletion, a substitution (old, new), a
#: highlight or a comment.
_MARK = re.compile(
    r"\{\+\+(?P<added>.*?)\+\+\}|\{--(?P<deleted>.*?)--\}|\{~~(?P<old>.*?)~>(?P<new>.*?)~~\}"
    r"|\{==(?P<highlighted>.*?)==\}|\{>>(?P<comment>.*?)<<\}",
    re.DOTALL,
)


def spans(text: str) -> list[tuple[int, int]]:
    """The lines (first, last) of each CriticMarkup part of ``text``."""
    return [
        (text.count("\n", 0, match.start()) + 1, text.count("\n", 0, match.end()) + 1) for match in _MARK.finditer(text)
    ]


def _lines_kept(match: re.Match, shown: str) -> str:
    """``shown`` in place of the part ``match``, with as many line breaks as the part spans at least, so that what
    follows it stays on its line."""
    missing = match.group(0).count("\n") - shown.count("\n")
    return shown + "\n" * max(missing, 0)


def _printed(match: re.Match) -> str:
    """What a renderer of CriticMarkup prints for one part."""
    if match.group("old") is not None:
        return match.group("new")
    return match.group("added") or match.group("highlighted") or ""


def _shown_as_written(match: re.Match) -> str:
    """What a renderer that reads no CriticMarkup shows of one part: its every word, the marks aside, but a
    substitution's, which GFM strikes whole (its ``~~`` run)."""
    if match.group("old") is not None:
        return ""
    return next(part for part in match.groups() if part is not None)


def _rendered(text: str, shown: Callable[[re.Match], str]) -> str:
    return _MARK.sub(lambda match: _lines_kept(match, shown(match)), text)


def accepted(text: str) -> str:
    """``text`` as a renderer of CriticMarkup prints it (additions, highlights and new text kept; deletions, old text
    and comments dropped), each line break kept."""
    return _rendered(text, _printed)


def as_written(text: str) -> str:
    """``text`` as a renderer that reads no CriticMarkup shows it: every part's words, without its marks (a
    substitution struck whole), each line break kept."""
    return _rendered(text, _shown_as_written)


def substituted(text: str) -> str:
    """``text`` with each substitution set as its new text, as a renderer of CriticMarkup prints it (the note's text
    as its author marked it; GFM, which strikes the ``~~`` run whole, shows less), each line break kept; every other
    part as written."""
    return _MARK.sub(lambda match: _lines_kept(match, match.group("new")) if match.group("old") is not None
                     else match.group(0), text)  # fmt: skip


#: The two readings of a note's CriticMarkup besides the parsed one, each a renderer's.
READINGS: tuple[Callable[[str], str], ...] = (accepted, as_written)
