"""Whether a sentence of plain words asserts its maths, read with the sentence it draws on: an item of a list is
said under its list's lead-in ("We do not assume:", "Exercise: show the following."), and a consequence ("Then we
have $x > 0$.") under the sentence it follows from ("Suppose for a moment that $x \\neq 0$.")."""

from __future__ import annotations

import re

from diffproof.notecheck.statements.orders import _plain, _plain_words
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS, _raw_sentences
from diffproof.notes import Inline, Notes

#: A line of the note's source that is an item of a list (``- ...``, ``* ...``, ``1. ...``, ``\\item ...``).
_ITEM = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s|\\item\b)")
#: Words that open a sentence drawn from the one before it ("Then", "So", "Hence", "Thus", "Therefore").
_DRAWN = re.compile(r"^\W*(?:then|so|hence|thus|therefore|consequently)\b", re.IGNORECASE)


def _said_plainly(sentence: str) -> bool:
    """Whether ``sentence``'s words (its maths taken out) are plain words alone: it asserts, neither denying, asking,
    supposing nor setting an exercise."""
    return _plain_words(_SENTENCE_MATHS.sub(" ", _ITEM.sub(" ", sentence)))


def _sentences_in_order(notes: Notes) -> list[tuple[int, str, bool]]:
    """The note's prose sentences in order, each with its line and whether its line in the note's source is an item
    of a list (the reading may take the list's marks off)."""
    source = notes.source.split("\n")
    found = []
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            line = paragraph.line + offset
            item = _ITEM.match(text) is not None or (
                0 < line <= len(source) and _ITEM.match(source[line - 1]) is not None
            )
            found += [(line, s.strip(), item) for s in _raw_sentences(text) if s.strip()]
    return found


def _bare(sentence: str) -> str:
    """``sentence`` without a list's mark and the stop that ends it, to match it as the reading splits it."""
    return _ITEM.sub("", sentence).strip().rstrip(".!;:").strip()


def stated_plainly(notes: Notes, inline: Inline) -> bool:
    """Whether ``inline``'s sentence states its maths plainly (:func:`~orders._plain`) and what it draws on does
    too: an item of a list only where the sentence that introduces the list is plain words ("We assume:", not "We do
    not assume:" nor "Exercise: show the following."); a sentence drawn from the one before ("Then we have ...")
    only where that one is plain words (not "Suppose for a moment that ...").  Where the sentence drawn on is not
    found, it is not read as plain."""
    if not _plain(inline):
        return False
    sentences = _sentences_in_order(notes)
    here = _bare(inline.sentence)
    at = next((i for i, (line, s, _) in enumerate(sentences) if line == inline.line and _bare(s) == here), None)
    if at is None:  # not found as the reading splits it: read plainly only what draws on nothing
        source = notes.source.split("\n")
        listed = 0 < inline.line <= len(source) and _ITEM.match(source[inline.line - 1]) is not None
        return not listed and not _DRAWN.match(here)
    if sentences[at][2]:
        lead = at
        while lead >= 0 and sentences[lead][2]:
            lead -= 1
        if lead < 0 or not _said_plainly(sentences[lead][1]):
            return False
    if _DRAWN.match(here):
        return at > 0 and _said_plainly(sentences[at - 1][1])
    return True
