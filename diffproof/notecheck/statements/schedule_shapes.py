"""A schedule's shape said in words ("We use a constant schedule", "the betas grow linearly"): no reader takes
it, so a counterexample that draws the schedule's names at indices of its own may break it
(:func:`schedule_shapes`)."""

from __future__ import annotations

import re

from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS, _raw_sentences
from diffproof.notes import Notes

#: A word of a schedule's shape, how its values go from step to step: constant or fixed, a named form (linear,
#: cosine, quadratic, sigmoid, geometric, exponential), a direction (increasing, decreasing, monotone).  A class
#: of words, read fail-safe: "held constant" may say that the schedule is not learned, and is read all the same.
_SHAPE = re.compile(
    r"\b(?:constant\w*|fixed|linear\w*|cosine|quadratic\w*|sigmoid\w*|geometric\w*|exponential\w*|increas\w*"
    r"|decreas\w*|grow\w*|shrink\w*|monoton\w*|uniform\w*|flat)\b",
    re.IGNORECASE,
)
#: What a sentence names the schedule by in words: the word, or its values ("the betas").  A schedule's letter in
#: maths is not enough: "The mean collects the linear terms" before a display of alpha_t says no shape.
_SCHEDULE = re.compile(r"\b(?:schedules?|betas|alphas|noise\s+levels?)\b", re.IGNORECASE)


def schedule_shapes(notes: Notes) -> list[Stated]:
    """Each sentence that says a schedule's shape in words (:data:`_SHAPE`, of a schedule it names:
    :data:`_SCHEDULE`), as a ``schedule shape`` statement holding throughout the note."""
    found = []
    for paragraph in notes.prose:
        text, at = paragraph.text.replace("\n", " "), 0
        for sentence in _raw_sentences(text):
            at = max(text.find(sentence, at), at)
            words = _SENTENCE_MATHS.sub(" ", sentence)
            if _SHAPE.search(words) and _SCHEDULE.search(words):
                line = paragraph.line + paragraph.text[:at].count("\n")
                found.append(Stated("schedule shape", line, " ".join(sentence.split())[:90], None, None, "words"))
    return found
