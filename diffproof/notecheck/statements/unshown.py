"""What a note says on lines some readers may not see: a conditional TeX evaluates, a display ``~~`` may strike, a
Liquid branch the site decides, white ink a dark theme shows (:attr:`~diffproof.notes.model.Notes.undecidable`,
:attr:`~diffproof.notes.model.Notes.site_decided`) and ink of doubtful visibility (:attr:`~diffproof.notes.model.
Notes.faint`).  What such lines state (an order, a value, an equation, a law, an independence, a ring) is in force
for the readers who see them and not for the others, so a step is decided only where the note read with them and the
note read without them agree (:func:`unseen`: the same note, what those lines state left out)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from diffproof.notes import Inline, Notes


@dataclass(frozen=True)
class Unseen:
    """The note as a reader who does not see its hidden lines reads it, and what that leaves out."""

    notes: Notes
    #: The first lines of the hidden ranges that what is left out meets, in the order of the text.
    lines: tuple[int, ...]
    #: The maths left out (its text, its line) that may be seen: on a line that holds more than one piece of maths, or
    #: in a sentence that only runs onto a hidden line.  Lines are what the reading knows of where hidden text starts
    #: and ends (white ink, then "Here $x + y = 1$." on its line), so the reading without them is not the unseeing
    #: reader's there.
    shared: tuple[tuple[str, int], ...]


def hidden_lines(notes: Notes) -> tuple[tuple[int, int], ...]:
    """The lines (first, last) of the note some readers may not see, in the order of the text."""
    return tuple(sorted(notes.undecidable + notes.site_decided + notes.faint))


def _within(line: int, last: int, hidden: tuple[tuple[int, int], ...]) -> bool:
    """Whether the lines ``line`` to ``last`` meet a hidden range."""
    return any(first <= last and line <= end for first, end in hidden)


def unseen(notes: Notes) -> Unseen | None:
    """The note as a reader who does not see its hidden lines reads it: the maths set in sentences, the definitions,
    laws and paragraphs on those lines left out, and those lines of its text blanked (what its words say there); its
    steps kept (a step is the author's claim in whatever ink, and its index is its place among the steps).  None
    where nothing but steps is on those lines."""
    hidden = hidden_lines(notes)
    if not hidden:
        return None

    def reaches(item: Inline) -> bool:  # its sentence may run onto a hidden line ("Let $x$ be" / "positive")
        lines = item.sentence.count("\n")
        return _within(item.line - lines, item.line + lines, hidden)

    inline = tuple(item for item in notes.inline if not reaches(item))
    definitions = tuple(item for item in notes.definitions if not _within(item.line, item.line, hidden))
    laws = tuple(item for item in notes.laws if not _within(item.line, item.line, hidden))
    prose = tuple(p for p in notes.prose if not _within(p.line, p.line + p.text.count("\n"), hidden))
    many = Counter(
        [item.line for item in notes.inline] + [d.line for d in notes.definitions] + [law.line for law in notes.laws]
    )
    shared = [(item.text, item.line) for item in notes.inline if item not in inline
              and (many[item.line] > 1 or not _within(item.line, item.line, hidden))]  # fmt: skip
    shared += [(f"{d.name} = {d.body}", d.line) for d in notes.definitions if d not in definitions and many[d.line] > 1]
    shared += [(law.variable, law.line) for law in notes.laws if law not in laws and many[law.line] > 1]
    windows = [(item.line - item.sentence.count("\n"), item.line + item.sentence.count("\n"))
               for item in notes.inline if item not in inline]  # fmt: skip
    windows += [(d.line, d.line) for d in notes.definitions if d not in definitions]
    windows += [(law.line, law.line) for law in notes.laws if law not in laws]
    windows += [(p.line, p.line + p.text.count("\n")) for p in notes.prose if p not in prose]
    lines = tuple(
        first for first, last in hidden if any(_within(start, end, ((first, last),)) for start, end in windows)
    )
    if not lines:
        return None
    left = {item.line for item in notes.inline if item not in inline} | {line for line, _ in windows}
    blanked = {n for p in notes.prose if p not in prose for n in range(p.line, p.line + p.text.count("\n") + 1)}
    blanked = {n for n in blanked | left if _within(n, n, hidden)}
    source = "\n".join("" if n in blanked else text for n, text in enumerate(notes.source.split("\n"), 1))
    leads = tuple((line, words) for line, words in notes.leads if line not in blanked)
    trails = tuple((line, words) for line, words in notes.trails if line not in blanked)
    shown = replace(notes, inline=inline, definitions=definitions, laws=laws, prose=prose, leads=leads,
                    trails=trails, source=source)  # fmt: skip
    return Unseen(shown, lines, tuple(shared))
