"""The pairs of names a sentence ties together in words ("Let $L$ be the loss of the model with mean $\\mu$", "the
loss $L$ of the network's mean $\\mu$", "$L$, a function of $\\mu$", "$L$ depends on $\\mu$"): one may vary with the
other, so a derivative in one does not hold the other fixed.  A tie is a dependence phrase
(:data:`~diffproof.notecheck.statements.dependence_words.DEPENDS`) or a preposition that makes one a thing of the
other (of, with, on, at, through, via; de, von, di, da) among the words between their maths, each the name
alone ("a noisy version of $p(x)$" ties nothing); words that deny it (:data:`~diffproof.notecheck.statements.dependence_words.INDEPENDENT`, "not", "constant", "fixed") between
them untie the pair.  Either order is read: "the model with mean $\\mu$ has the loss $L$"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.statements.dependence_words import DEPENDS, DETERMINES, FUNCTION_AFTER, INDEPENDENT, VARIES_AS
from diffproof.notecheck.statements.lead_ins import _unmarked
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _words_around
from diffproof.notecheck.vocabulary import Key, keys_in
from diffproof.notes import Notes

#: Words between two maths that make one a thing of the other ("given" is not one: "$\\tilde x$ given $x$" holds x).
#: A change said of each in turn ("When $x$ changes, $y$ changes too") ties them as well; so do a shape in the
#: other ("proportional to", "linear in") and a determination ("$x$ determines $y$").
_TIE = re.compile(
    rf"\b(?:{DEPENDS}|{VARIES_AS}|{DETERMINES}|of|with|on|upon|at|through|via|de|du|des|von|vom|der|di|da|del)\b"
    r"|\b(?:chang|var(?:y|ies|ied|ying)|grow|increas|decreas|shrink|evolv|mov)\w*\s*,",
    re.IGNORECASE,
)
#: Words right after the second maths that make the first a function of it ("$y$ 是 $x$ 的函数", "$y$ は $x$ の関数"),
#: or that relate two names listed before them ("$y$ 与 $x$ 成正比", "$x$ and $y$ are proportional").
_TIED_AFTER = re.compile(
    rf"^\s*{FUNCTION_AFTER}|^[^.;:。；：,，、]*?(?:\b(?:proportional|related|correlated|coupled|linked|tied)\b|正比|反比"
    r"|比例|相关|相關|有关|有關|关联|関係|関連|相関|연관|관련|비례)",
    re.IGNORECASE,
)
#: Words between them, after the last end of a clause or a list, that say the second is held apart from the first
#: (or held: "holding $y$ fixed"); said before it ("independent of $x$ but depends on $z$") they speak of another.
_UNTIE = re.compile(
    rf"\b(?:{INDEPENDENT}|constants?|fixed|held|free|regardless)\b|\b(?:holding|keeping)\s*$",
    re.IGNORECASE,
)
#: Where the words between two names' maths end a clause or a list ("$\\mu$ is the mean, and $\\sigma$ ..."): the words
#: before it speak of the first name alone.
_BOUNDARY = re.compile(
    r"[,;:，；、。]|\b(?:and|or|nor|while|whereas|but|und|oder|et|ou|y|o)\b|和|与|與|及|或|而|と|や|과|와|및|또는|그리고",
    re.IGNORECASE,
)
#: English words right before the second name, after such an end, that name it ("..., and the noise $\\epsilon$"): not a
#: relation.  A possessive that points back ("its", "their") may point at the first name ("$x$ is the input, and its
#: output $y$"): it relates.
_NAMING = re.compile(
    r"^\s*(?:(?:the|a|an|our|also|both|then)\s+)*(?:(?!(?:its|their|his|her|whose)\b)[A-Za-z][A-Za-z-]*\s+){0,2}$",
    re.IGNORECASE,
)
#: A word of any script.
_WORD = re.compile(r"[^\W\d_]")


def _last_clause(between: str) -> str:
    """The words between two names' maths after the last end of a clause or a list (:data:`_BOUNDARY`), all of them
    where none ends: what is said of the second ("$y$ is independent of $x$ but depends on $z$": "depends on")."""
    ends = list(_BOUNDARY.finditer(between))
    return between[ends[-1].end() :] if ends else between


def _relates(between: str) -> bool:
    """Whether the words between two names' maths may make one a thing of the other: a tie word (:data:`_TIE`)
    anywhere, or any word at all where no clause or list ends between them ("$y$ is computed from $x$", "$x$ affects
    $y$", "$y$ is twice $x$", "$y$ 随 $x$ 变化": a whitelist, not a list of the verbs that relate), or after the last
    end, other than words naming the second (:data:`_NAMING`).  A list ("$x$ and $y$") relates nothing itself."""
    if _TIE.search(between):
        return True
    if not _BOUNDARY.search(between):
        return bool(_WORD.search(between))
    return not _NAMING.match(_last_clause(between))


@dataclass(frozen=True)
class Tie:
    """Two names a sentence ties in words, and the sentence."""

    names: frozenset[Key]
    line: int
    sentence: str


def tied_in_words(notes: Notes) -> dict[frozenset[Key], Tie]:
    """By each pair of names (as keys) some sentence of ``notes`` ties, the first such sentence."""
    found: dict[frozenset[Key], Tie] = {}
    sentences = dict.fromkeys((inline.line, inline.sentence) for inline in notes.inline if inline.sentence)
    for line, sentence in sentences:
        written = list(_SENTENCE_MATHS.finditer(sentence))
        names = [_names(next(g for g in m.groups() if g is not None)) for m in written]
        for first in range(len(written)):
            for second in range(first + 1, len(written)):
                between = _unmarked(_SENTENCE_MATHS.sub(" ", sentence[written[first].end() : written[second].start()]))
                tied = _relates(between) or _TIED_AFTER.match(sentence[written[second].end() :])
                if not tied or _UNTIE.search(_last_clause(between)) or _NEGATED.search(_last_clause(between)):
                    continue
                for one in names[first]:
                    for other in names[second] - {one}:
                        found.setdefault(frozenset((one, other)), Tie(frozenset((one, other)), line, sentence))
    return found


def _names(maths: str) -> set[Key]:
    """The key of the one name ``maths`` writes alone (``$L$``, ``$\\mu$``), as a set; none for anything else: a
    name inside other maths ("a noisy version of $p(x)$") is not what the words speak of."""
    try:
        statement = syntax.parse(maths, notes=True)
    except (InvalidAnswer, RecursionError):
        return set()
    alone = statement.operands[0] if len(statement.operands) == 1 else None
    return set(keys_in(alone)) if isinstance(alone, syntax.Name) else set()


#: Words that call the names right after them, or right before them, parameters or constants ("the parameters are
#: $m, s$", "パラメータは$m, s$", "Let $a$ be a constant").
_HELD = r"(?:parameters?|constants?|param[eè]tres?|par[aá]metros?|パラメータ|定数|参数|常数|매개변수|상수)"
_HELD_BEFORE = re.compile(rf"{_HELD}\s*(?:(?:are|is|は|:)\s*)?$", re.IGNORECASE)
_HELD_AFTER = re.compile(rf"^\s*(?:is|are|be)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?{_HELD}", re.IGNORECASE)


def held_in_words(notes: Notes) -> frozenset[Key]:
    """The names (one alone, or a list ``$m, s$``) a sentence calls parameters or constants, in words set right
    beside them: the note says they are numbers, whatever else it writes with the same letter (``s(x)``, a score,
    beside a scale ``s``)."""
    found: set[Key] = set()
    for inline in notes.inline:
        around = _words_around(inline)
        if around is not None and (_HELD_BEFORE.search(around[0]) or _HELD_AFTER.search(around[1])):
            found |= {key for part in inline.text.strip().strip("`").split(",") for key in _names(part)}
    return frozenset(found)
