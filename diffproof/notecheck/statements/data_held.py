"""Sentences that may hold the data x_0 fixed in words no reader takes ("With $x_0$ frozen", "Pick any $x_0$", "the
variance is taken over the noise only"): what a step says of x_t after them, in their section, may be given x_0
(:func:`data_held`)."""

from __future__ import annotations

import re

from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.laws import (
    _DATA_WORDS,
    _FORWARD_NOISE_WORD,
    _NOISE_MATHS,
    _data_law_clauses,
    _data_maths,
)
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS, _raw_sentences
from diffproof.notecheck.statements.unnamed import _HEADING
from diffproof.notes import Notes

#: A word that fixes, picks or conditions on what it is said of: a value held (fixed, frozen, held, kept, constant,
#: known, deterministic), one picked (pick, choose, take, any, each, a particular, a single), or a condition (given,
#: conditioned); in several languages.  A class of words, read fail-safe: said in a clause with the data, it may
#: hold the data fixed, whatever it says exactly.
_HOLDING = re.compile(
    r"\b(?:fix\w*|froz\w*|freez\w*|held|hold\w*|keep\w*|kept|pick\w*|choos\w*|chose\w*|take|taking|any|every|each"
    r"|particular|specific|single|certain|given|condition\w*|treat\w*|regard\w*|consider\w*|constant|deterministic"
    r"|known|observed|arbitrar\w*|quelconque|particuli\w*|chois\w*|chaque|fest\w*|fixiert\w*"
    r"|gegeben\w*|beliebig\w*|gew[äa]hlt\w*|jede[snmr]?|fij[oa]s?|dad[oa]s?|cualquier\w*|elegid\w*|fiss\w*"
    r"|qualsiasi|qualquer|fix[oa]|фиксир\w*|заданн\w*|произвольн\w*)\b|固定|给定|給定|与えられた|任意|特定|所与|고정|주어진|임의",
    re.IGNORECASE,
)
#: A moment or the randomness of what a sentence speaks of.
_MOMENT = re.compile(
    r"\b(?:(?:co)?varian\w*|expect\w*|means?|averages?|moments?|random\w*|distribution|law|esp[ée]rance|moyenne"
    r"|al[ée]a\w*|Erwartung\w*|Mittelwert\w*|Zufall\w*|esperanza|media|aleatori\w*)\b|分散|期待|平均|方差|期望|均值|随机"
    r"|ランダム|확률|분산|평균",
    re.IGNORECASE,
)
#: A word that restricts what it is said with to it alone ("over the noise only", "the noise alone is random").
_ALONE = re.compile(
    r"\b(?:only|alone|solely|just|purely|seulement|uniquement|nur|allein|solo|s[óo]lo|soltanto|только)\b|のみ|だけ|仅|只|만",
    re.IGNORECASE,
)


def data_held(notes: Notes) -> list[Stated]:
    """Each sentence that may hold the data fixed, in words no reader need take, as a ``data held`` statement for
    the rest of its section (to the line before the next heading, ``until``): a clause that writes the data (x_0 in
    maths, :func:`_data_maths`, or a word for it) with a word of holding, picking or conditioning
    (:data:`_HOLDING`), or a sentence that takes a moment over the noise alone (:func:`_over_the_noise_alone`).
    A counterexample that draws x_0 from a law of its own is not trusted there (the step may be given x_0)."""
    said: list[tuple[int, str]] = []
    for paragraph in notes.prose:
        text, at = paragraph.text.replace("\n", " "), 0
        for sentence in _raw_sentences(text):
            at = max(text.find(sentence, at), at)
            said.append((paragraph.line + paragraph.text[:at].count("\n"), sentence))
    said += [(step.line, step.remark) for step in notes.steps if step.remark]
    source = notes.source.split("\n")
    found = []
    for line, sentence in said:
        if not (_holds_the_data(sentence) or _over_the_noise_alone(sentence)):
            continue
        end = next((n - 1 for n in range(line + 1, len(source) + 1) if _HEADING.match(source[n - 1])), len(source))
        shown = " ".join(sentence.split())[:80]
        found.append(Stated("data held", line, f"line {line} may hold the data x_0 fixed ('{shown}')", None, None,
                            "words", until=max(end, line)))  # fmt: skip
    return found


def _holds_the_data(sentence: str) -> bool:
    """Whether a clause of ``sentence`` writes the data (in maths or words) and a word of :data:`_HOLDING` outside
    its maths."""
    for clause in _data_law_clauses(sentence):
        maths = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(clause)]
        words = _SENTENCE_MATHS.sub(" ", clause)
        data = any(_data_maths(piece.strip("`")) for piece in maths) or _DATA_WORDS.search(words)
        if data and _HOLDING.search(words):
            return True
    return False


def _over_the_noise_alone(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a moment or randomness (:data:`_MOMENT`) and of the noise (a word for it, or
    its maths), restricted to it alone (:data:`_ALONE`): what is random is then the noise, and x_0 is held."""
    maths = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(sentence)]
    words = _SENTENCE_MATHS.sub(" ", sentence)
    noise = _FORWARD_NOISE_WORD.search(words) or any(_NOISE_MATHS.search(piece) for piece in maths)
    return bool(noise and _MOMENT.search(words) and _ALONE.search(words))
