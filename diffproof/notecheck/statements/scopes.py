"""Definitions a sentence scopes to a unit of the text ("For this section only, let $a := 3$", "in this proof",
"dans cette section"): they hold until that unit ends, never after it.

A section ends at the next heading of the same or a higher level (Markdown ATX ``#`` or setext, LaTeX ``\\section``
and its kin, a line of bold words below them all), or at the end of the note; the section is the one the innermost
heading before the sentence opens (a reader who takes "this section" for a wider one only holds the definition
longer), and with no heading before the sentence its end is not found.  A paragraph ends with the
paragraph of prose the sentence stands in, a proof at ``\\end{proof}``, a QED mark or the next heading.  Where the
unit's end cannot be found the definition is held (neither used nor absent).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from diffproof.notes.model import Notes

_UNITS_EN = r"(?:sub){0,2}sections?|chapter|part|paragraph|proof"
#: A sentence's own unit may also be a step of a worked derivation ("In this step", under **Step 1.**), or the
#: sentence itself ("in this sentence only", "dans cette phrase", "en esta frase").
_OWN_UNITS_EN = rf"{_UNITS_EN}|step|sentence"
_UNITS_FR = r"(?:sous-)?sections?|chapitre|partie|paragraphe|preuve|d[ée]monstration|phrase"
_UNITS_DE = r"(?:Unter)?abschnitts?|Kapitels?|Teils?|Absatz(?:es)?|Beweises|Beweis"
_UNITS_ES = r"(?:sub)?secci[óo]n|apartado|p[áa]rrafo|cap[íi]tulo|parte|prueba|demostraci[óo]n|frase|oraci[óo]n"

#: Pieces of the text a sentence may scope a definition to, whose end no reading here finds: displays, equations,
#: formulas, lines, computations; and statements set apart (a remark, an example, an exercise, a lemma).
_TEXT_PIECES = r"displays?|equations?|formulas?|formulae|lines?|computations?|calculations?"
_STATEMENTS = r"remark|example|exercise|problem|lemma|theorem|proposition|corollary|claim|aside"

#: Words that scope what a sentence sets to the unit of the text it stands in: "for this section (only)", "in the
#: present subsection", "for the rest of this section", "in this proof", "dans cette section", "in diesem
#: Abschnitt", "im Rest dieses Abschnitts", "en esta sección"; the unit's word is the group ``unit``.
_SCOPE = re.compile(
    rf"\b(?:for|in|within|throughout|during|(?:until|till|up\s+to|to)\s+the\s+end\s+of)\s+(?:the\s+(?:rest"
    rf"|remainder)\s+of\s+)?(?:this|the\s+present|the\s+current)\s+(?P<unit>{_OWN_UNITS_EN})\b"
    rf"|\b(?:for|in|within|during)\s+the\s+(?:rest|remainder)\s+of\s+the\s+(?P<rest>{_OWN_UNITS_EN})\b"
    rf"|\b(?:dans|pour|durant|pendant)\s+(?:(?:tout\s+)?le\s+reste\s+de\s+)?(?:cette|ce)\s+(?P<fr>{_UNITS_FR})\b"
    rf"|\b(?:in|f[üu]r|w[äa]hrend)\s+(?:diese[mnr]?)\s+(?P<de>{_UNITS_DE})\b"
    rf"|\bim\s+(?:Rest|Folgenden|weiteren\s+Verlauf)\s+dieses\s+(?P<de_rest>{_UNITS_DE})\b"
    rf"|\b(?:en|para|durante)\s+(?:el\s+resto\s+de\s+)?(?:esta|este)\s+(?P<es>{_UNITS_ES})\b"
    # another unit: one named by its number or letter ("Throughout Section 2", "in Appendix B", "§3"), a later one
    # ("In the next section we will let", "dans la section suivante", "im nächsten Abschnitt", "en la siguiente
    # sección"), or a later time ("Later we shall set")
    rf"|(?P<other>\b(?:for|in|within|throughout|during|(?:until|till)\s+the\s+end\s+of)\s+(?:(?:Sub)?Sections?|Chapter"
    rf"|Part|Appendix|Abschnitt|Kapitel|Anhang|Secci[óo]n|Cap[íi]tulo|Ap[ée]ndice|Chapitre|Partie|Annexe)\s*~?\s*"
    rf"(?:\d[\d.]*|[A-Z]\b|\\ref\b)|§\s*\d"
    # an appendix or a supplement, by definition not the body the sentence is in ("in the appendix, not here"; not
    # "here and in the appendix", "as well as in the appendix": both places)
    rf"|(?<!\bhere\sand\s)(?<!\bas\swell\sas\s)\b(?:for|in|within|throughout)\s+(?:the|an?|our)\s+(?:appendi(?:x|ces)|supplement(?:ary\s+material)?)\b"
    rf"|\b(?:for|in|within|throughout|during)\s+(?:the|a)\s+(?:next|following|later|coming|subsequent|last)\s+"
    rf"(?:{_OWN_UNITS_EN})\b|\blater\s+(?:on\s+)?(?:(?:we|I|one)\s+)?(?:will|shall)\b"
    rf"|\b(?:we|I|one)\s+(?:will|shall)\s+later\b|\b(?:dans|pour)\s+(?:la|le)\s+(?:{_UNITS_FR})\s+suivante?\b"
    rf"|\b(?:im|in\s+dem)\s+(?:n[äa]chsten|folgenden|sp[äa]teren)\s+(?:{_UNITS_DE})\b"
    rf"|\b(?:en|para)\s+(?:la|el)\s+(?:siguiente|pr[óo]xim[oa])\s+(?:{_UNITS_ES})\b"
    rf"|\b(?:en|para)\s+(?:la|el)\s+(?:{_UNITS_ES})\s+siguiente\b"
    # a unit whose end is not read: a display, an equation or a line ("In the next display", "for the equation
    # right below"), a remark, an example, an exercise or a statement ("Within this remark", "In this example")
    rf"|\b(?:for|in|within|throughout|during)\s+the\s+(?:next|following|coming|subsequent)\s+(?:{_TEXT_PIECES})\b"
    rf"|\b(?:for|in|within|throughout|during)\s+the\s+(?:{_TEXT_PIECES})\s+(?:(?:right|just|directly|immediately)\s+)?"
    r"(?:below|beneath|that\s+follows)\b"
    rf"|\b(?:for|in|within|throughout|during)\s+(?:this|the\s+present|the\s+current)\s+(?:{_STATEMENTS})\b"
    # a sentence scoped to a place it does not name ("Locally, let", "set $a := 3$ temporarily", "Let $a := 3$
    # locally, for ...": the adverb set off by a comma, not "locally bounded")
    rf"|^\W*(?:locally|temporarily)\b|\b(?:locally|temporarily)\W*$|\b(?:locally|temporarily)\s*[,;:(—–])",
    re.IGNORECASE | re.MULTILINE,
)
#: The words naming a proof and a paragraph of prose; any other unit is a section of the text (its kin).
_PROOF = re.compile(r"proof|preuve|d[ée]monstration|beweis\w*|prueba|demostraci[óo]n", re.IGNORECASE)
_PARAGRAPH = re.compile(r"paragraph|paragraphe|absatz\w*|p[áa]rrafo", re.IGNORECASE)
_STEP_UNIT = re.compile(r"step", re.IGNORECASE)
_SENTENCE_UNIT = re.compile(r"sentence|phrase|frase|oraci[óo]n", re.IGNORECASE)
#: A line opening a step of a worked derivation: "Step 2", bold or emphasised or a heading ("**Step 2.**", "### Step
#: 2", "\\textbf{Step II}"), numbered or lettered.
_STEP_MARK = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__|\*|_|\\textbf\{|\\emph\{|\\textit\{|\\paragraph\*?\{)?\s*Step\s+(?:\d+|[IVX]+\b|[a-z]\b)",
    re.IGNORECASE,
)

#: A Markdown ATX heading (its ``#`` run the level), a setext underline (``=`` level 1, ``-`` level 2), a fence.
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
#: A line of bold words alone (``**2. Main part**``, ``\\textbf{Main part}``): a heading in all but markup, ranked
#: below every marked heading (it ends a unit it opens, never a marked one).
_BOLD_LINE = re.compile(r"^\s*(?:\*\*[^*]+\*\*|__[^_]+__|\\textbf\{[^{}]+\})[.:]?\s*$")
_BOLD_LEVEL = 8
#: LaTeX's sectioning commands by their level (a part above a chapter above a section).
_LATEX_LEVELS = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5,
                 "subparagraph": 6}  # fmt: skip
_LATEX_HEADING = re.compile(r"\\(" + "|".join(_LATEX_LEVELS) + r")\*?\s*[\[{]")
#: The end of a proof: LaTeX's environment closed, or a QED mark.
_PROOF_END = re.compile(r"\\end\{proof\}|∎|\\qed\b|\\blacksquare|\bQ\.\s?E\.\s?D\.?|\bQED\b")
#: A LaTeX comment (from an unescaped ``%``).
_COMMENT = re.compile(r"(?<!\\)%.*")


@dataclass(frozen=True)
class Scope:
    """The unit of the text a sentence scopes its definitions to: its last line, or None where it cannot be found."""

    last: int | None


def scope_of(notes: Notes, line: int, words: str) -> Scope | None:
    """The unit ``words`` (the sentence of ``line``) scope what they set to, or None where they scope nothing; a
    unit that runs to the end of the note ends on its last line; another unit than the sentence's own (named by its
    number, or a later one: "Throughout Section 2", "In the next section we will let"), whose lines are not read,
    has no end found (what is set for it is held).  With no such words, a sentence inside a statement the note sets
    apart (:func:`_statement_end`) is scoped to it."""
    found = _SCOPE.search(words)
    if found is None:
        return _statement_end(notes.source, line)
    if found.group("other") is not None:  # "Throughout Section 2", "In the next section": where it holds is not read
        return Scope(None)
    unit = next(group for group in found.groups() if group is not None)
    headings = _headings(notes.source)
    if _PROOF.fullmatch(unit):
        return Scope(_proof_end(notes.source, headings, line))
    if _PARAGRAPH.fullmatch(unit):
        return Scope(_paragraph_end(notes, line))
    if _STEP_UNIT.fullmatch(unit):
        return Scope(_step_end(notes.source, line))
    if _SENTENCE_UNIT.fullmatch(unit):  # "Let $a := 3$ in this sentence only": it holds on its line, no further
        return Scope(line)
    return Scope(_section_end(notes.source, headings, line))


@functools.lru_cache(maxsize=64)
def scoping(source: str) -> bool:
    """Whether the note's text has words that scope a sentence to a unit of the text, or declares a theorem-like
    environment (a quick test first)."""
    return _SCOPE.search(source) is not None or _THEOREM_LIKE.search(source) is not None


#: A theorem-like environment a LaTeX note declares (``\newtheorem{example}{Example}``, ``\newtheorem*{rem}
#: {Remark}``): its name, and the title it prints.
_THEOREM_LIKE = re.compile(r"\\newtheorem\*?\s*\{(?P<name>[^{}]+)\}\s*(?:\[[^\]]*\]\s*)?\{(?P<title>[^{}]*)\}")
#: The environments whose content holds after them: a definition, a notation, a convention, an assumption or a
#: setting is stated for the rest of the note.
_STANDING = re.compile(r"def|notation|convention|assum|hypothes|setting|setup|standing|axiom", re.IGNORECASE)


def _statement_end(source: str, line: int) -> Scope | None:
    """The statement set apart in a theorem-like environment the note declares (an example, a remark, a lemma: what
    its sentences set is its own, as a reader takes a worked example's choices) that ``line`` stands in: it holds to
    the line of its ``\\end``, held where no end follows; None outside them and inside one whose content stands for
    the rest of the note (:data:`_STANDING`)."""
    declared = _set_apart(source)
    if not declared:
        return None
    names = "|".join(re.escape(name) for name in declared)
    marks = re.compile(rf"\\(?P<side>begin|end)\s*\{{(?P<name>{names})\}}")
    opened: list[tuple[str, int]] = []
    for number, text in enumerate(source.split("\n"), start=1):
        for mark in marks.finditer(_COMMENT.sub("", text)):
            if mark["side"] == "begin":
                opened.append((mark["name"], number))
            elif opened and opened[-1][0] == mark["name"]:
                first = opened.pop()[1]
                if first <= line <= number:  # the first to close around the line is the innermost
                    return Scope(number)
    return Scope(None) if any(first <= line for _, first in opened) else None


@functools.lru_cache(maxsize=64)
def _set_apart(source: str) -> frozenset[str]:
    """The theorem-like environments the note declares whose statements are set apart (not :data:`_STANDING`);
    kept, as each sentence of the note asks."""
    return frozenset(
        found["name"].strip()
        for found in _THEOREM_LIKE.finditer(_COMMENT.sub("", source))
        if not (_STANDING.search(found["name"]) or _STANDING.search(found["title"]))
    )


def _headings(source: str) -> tuple[tuple[int, int], ...]:
    """Each heading of the note (its first line, its level; a lower number is a higher level), Markdown's outside
    code fences and LaTeX's outside comments; a Markdown level ``n`` ranks with LaTeX's ``n + 1`` (# a section)."""
    found = []
    fenced = False
    lines = source.split("\n")
    for number, text in enumerate(lines, start=1):
        if _FENCE.match(text):
            fenced = not fenced
        if fenced:
            continue
        if atx := _ATX.match(text):
            found.append((number, len(atx.group(1)) + 1))
        elif (
            (setext := _SETEXT.match(text))
            and number > 1
            and lines[number - 2].strip()
            and not _SETEXT.match(lines[number - 2])
        ):
            found.append((number - 1, 2 if setext.group(1)[0] == "=" else 3))
        elif _BOLD_LINE.match(text):
            found.append((number, _BOLD_LEVEL))
        found += [(number, _LATEX_LEVELS[m.group(1)]) for m in _LATEX_HEADING.finditer(_COMMENT.sub("", text))][:1]
    return tuple(found)


def _section_end(source: str, headings: tuple[tuple[int, int], ...], line: int) -> int | None:
    """The last line of the section ``line`` stands in: before the next heading of the same or a higher level than
    the innermost heading before it, or the note's last line; None where no heading opens it (the note marks no
    section there, so where the one meant ends is not known)."""
    opening = [level for first, level in headings if first <= line]
    if not opening:
        return None
    level = opening[-1]
    after = [first for first, other in headings if first > line and other <= level]
    return min(after) - 1 if after else source.count("\n") + 1


def _proof_end(source: str, headings: tuple[tuple[int, int], ...], line: int) -> int | None:
    """The last line of the proof ``line`` stands in: its QED mark's or ``\\end{proof}``'s, or the line before the
    next heading; None where neither follows."""
    lines = source.split("\n")
    marks = [n for n in range(line, len(lines) + 1) if _PROOF_END.search(_COMMENT.sub("", lines[n - 1]))]
    ends = marks[:1] + [first - 1 for first, _ in headings if first > line][:1]
    return min(ends, default=None)


def _paragraph_end(notes: Notes, line: int) -> int | None:
    """The last line of the paragraph of prose ``line`` stands in, or None outside the note's prose."""
    return next(
        (p.line + p.text.count("\n") for p in notes.prose if p.line <= line <= p.line + p.text.count("\n")), None
    )


def _step_end(source: str, line: int) -> int | None:
    """The last line of the step of a worked derivation ``line`` stands in: the line before the next step's mark
    (:data:`_STEP_MARK`); None where no mark opens it or none follows (where it ends is not known)."""
    marks = [n for n, text in enumerate(source.split("\n"), start=1) if _STEP_MARK.match(text)]
    if not any(n <= line for n in marks):
        return None
    return next((n - 1 for n in marks if n > line), None)


#: A place of the text a sentence names by its heading: the appendix, an appendix by its letter, a section by its
#: number ("the appendix", "Appendix B", "Section 5", "Sec. 5.2", "§3").
_NAMED_PLACE = re.compile(
    r"(?P<appendix>the\s+appendix\b)|appendix\s*~?\s*(?P<letter>[A-Z])\b|(?:section|sec\.|§)\s*~?\s*(?P<number>\d+(?:\.\d+)*)\b"
    r"|§\s*(?P<sign>\d+(?:\.\d+)*)\b",
    re.IGNORECASE,
)
#: A heading's title as its line writes it: after Markdown's ``#`` run or bold, or inside LaTeX's sectioning command.
_TITLE = re.compile(
    r"^\s*(?:#{1,6}\s*|\*\*|__|\\(?:" + "|".join(_LATEX_LEVELS) + r")\*?\s*\{|\\textbf\{)?\s*(?P<title>.*)$"
)
#: LaTeX's ``\\appendix``: every section after it is the appendix.
_APPENDIX_COMMAND = re.compile(r"\\appendix\b")


def named_place(notes: Notes, place: str) -> int | None:
    """The first line of the place ``place`` names (:data:`_NAMED_PLACE`) as the note's headings title it: the
    appendix at the first heading titled "Appendix" (or LaTeX's ``\\appendix``); an appendix or a section at the one
    heading whose title opens with its letter or number ("Appendix B", "5", "5.2", "Section 5", "§5").  None where
    no heading titles it (sections LaTeX numbers itself are not counted)."""
    named = _NAMED_PLACE.fullmatch(place.strip())
    if named is None:
        return None
    lines = notes.source.split("\n")
    titles = [(first, _TITLE.match(lines[first - 1]).group("title")) for first, _ in _headings(notes.source)]
    if named.group("appendix") is not None:
        starts = [n for n, text in enumerate(lines, 1) if _APPENDIX_COMMAND.search(_COMMENT.sub("", text))]
        starts += [first for first, title in titles if re.match(r"appendi(?:x|ces)\b", title, re.IGNORECASE)]
        return min(starts, default=None)
    if named.group("letter") is not None:
        opening = rf"appendix\s*{named.group('letter')}\b"
    else:
        number = re.escape(named.group("number") or named.group("sign"))
        opening = rf"(?:(?:section|§)\s*)?{number}(?![\d.]*\d)[.:)]?(?:\s|$)"
    found = [first for first, title in titles if re.match(opening, title, re.IGNORECASE)]
    return found[0] if len(found) == 1 else None
