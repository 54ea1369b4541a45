"""Where a note gives its matrices or vectors a size or a shape: a trace read one coordinate at a time is the trace of
a 1 x 1 matrix, a reading that stands only where the note's matrices may all be 1 x 1 and nothing it says of them
(their size, their diagonal) is lost.  Fail-safe: any such cue anywhere in the note, in maths or in words, in any
language, keeps every trace of the note from being read."""

from __future__ import annotations

import re
from functools import lru_cache

from diffproof.notecheck.statements.dimension import _REALS
from diffproof.notecheck.statements.sentences import _raw_sentences
from diffproof.notes import Notes

#: Maths that gives a matrix or a vector a size or a shape: a product of sets or sizes (n \\times n, 3×3), a power of
#: the reals (\\mathbb{R}^d, \\mathbb{R}^{d \\times d}), the identity matrix (I, I_d, \\mathbf{I}, \\mathrm{Id}: its
#: size is the dimension), a vector of ones, a diagonal matrix, a dimension.
_TRACE_SHAPE_MATHS = re.compile(
    r"\\times|×|" + _REALS + r"\s*\^|(?<![A-Za-z\\])I(?![A-Za-z])|(?<![A-Za-z\\])Id(?![A-Za-z])"
    r"|\\(?:mathbb|mathbf|boldsymbol|bm)\s*\{?\s*1|\\(?:operatorname|mathrm|text)\s*\{\s*diag|\\dim(?![A-Za-z])"
)
#: A trace in maths, and a letter that names a dimension by habit (d, D, n, N, k, p, m) written bare with it, as in a
#: Gaussian KL's ``\\operatorname{tr}(\\Sigma_2^{-1} \\Sigma_1) - d``: one coordinate at a time it would be 1, not any
#: number.
_TRACE_WRITTEN = re.compile(r"\\(?:operatorname|text|mathrm|rm)\s*\{?\s*(?:tr|Tr|trace)\b")
_TRACE_DIMENSION_LETTER = re.compile(r"(?<![A-Za-z\\_^])[dDnNkpm](?![A-Za-z])")
#: A font or a word command with its argument (\\mathcal{N}, \\text{Const.}): a law, a set or a word, not a letter
#: alone (a bold or upright d, which may be the same name, stays).
_FONTED = re.compile(r"\\(?:mathcal|mathscr|mathfrak|text[a-z]*|operatorname)\s*\{[^{}]*\}")
#: Words that give a matrix or a vector a size or a shape, or say what a matrix holds: a dimension ("d-dimensional",
#: "dimension trois", 次元, 维, 차원, размерность), a shape in words ("3-by-3", "n by n"), a size, a shape or a length,
#: a diagonal, an identity matrix, a rank or eigenvalues.
_TRACE_SHAPE_WORDS = re.compile(
    r"×|dimension|dimensi[oó]n|мерн|размер|次元|[维維]|차원"
    r"|\b(?:\d+|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)[- ]by[- ](?:\d+|[a-z]|one|two|three|four|five"
    r"|six|seven|eight|nine|ten)\b|\b\d+\s*x\s*\d+\b"
    r"|\b(?:sizes?|shapes?|lengths?|taille|forme|gr[öo]ßen?|form|tamaño|forma|longueur|länge|longitud)\b"
    r"|サイズ|形状|大小|长度|長さ|크기|형태|길이"
    r"|diagonal|對角|对角|対角|대각|identit|einheitsmatrix|単位行列|单位矩阵|單位矩陣|단위\s*행렬|항등|\beigen|rank|rang\b"
    r"|固有|特征值|特徵值|고유",
    re.IGNORECASE,
)
#: Words for the coordinates a vector has (entries, components, pixels, features, channels, 成分): that it has
#: some, not how many, so a size only with a count beside them (784 pixels, $d$ entries, three components, 3 つの成分,
#: 成分が 3 つ), within :data:`_NEAR` characters.  Without one they leave the vector any size, one among them.
_COORDINATE_WORDS = re.compile(
    r"\b(?:entr(?:y|ies)|entrées?|einträgen?|coordinates?|coordonnées|koordinaten|coordenadas|components?|composantes?"
    r"|komponenten|componentes?|pixels?|features?|channels?)\b|成分|分量|元素|要素|画素|像素|ピクセル|픽셀|성분|원소",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\d|(?<![A-Za-z\\])[dDnNkKpmM](?![A-Za-z])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand"
    r"|many|several|un|une|deux|trois|quatre|ein|eine|zwei|drei|vier|uno|una|dos|tres|cuatro)\b"
    r"|[一二三四五六七八九十百千万两兩]|[하두세네]|몇|数|數|複数|多く",
    re.IGNORECASE,
)
_NEAR = 12
#: A subscript or a superscript (x_0, x_{1:T}, a^2): an index or a power, not a count.
_SCRIPT = re.compile(r"[_^]\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)")


def _counted(sentence: str) -> re.Match[str] | None:
    """Words for a vector's coordinates with a count beside them (:data:`_COORDINATE_WORDS`, :data:`_COUNT`), the
    sentence's subscripts and superscripts set aside."""
    sentence = _SCRIPT.sub("", sentence)
    for match in _COORDINATE_WORDS.finditer(sentence):
        beside = (
            sentence[max(0, match.start() - _NEAR) : match.start()] + " " + sentence[match.end() : match.end() + _NEAR]
        )
        if _COUNT.search(beside):
            return match
    return None


def _maths(notes: Notes) -> list[tuple[int, str]]:
    """The note's maths with its lines: its inline maths, the lines of its displays, its steps."""
    source = notes.source.split("\n")
    maths = [(inline.line, inline.text) for inline in notes.inline]
    maths += [(line, source[line - 1]) for first, last in notes.displays for line in range(first, last + 1)
              if 0 < line <= len(source)]  # fmt: skip
    return maths + [(step.line, f"{step.lhs} {step.rhs}") for step in notes.steps]


#: A relation: a letter on one side of it alone (d = 3, n \\ge 2, d \\in \\mathbb{N}) is given a value or an order.
_RELATION = r"(?:[=<>≤≥≠∈]|:=|\\(?:leq?|geq?|lt|gt|neq?|ne|in|coloneqq|approx|equiv|sim)(?![A-Za-z]))"
#: What sets a side apart: the start or end of the maths, punctuation, a bracket, a space command, an alignment.
_APART_AFTER = r"\s*(?:$|[,;.)\]}&]|\\(?:quad|qquad|text|\\|,|;|right))|\s*" + _RELATION
_APART_BEFORE = r"(?:^|[,;(\[{&]|\\(?:quad|qquad|\\|,|;|left)|" + _RELATION + r")\s*$"


#: Inline maths in a paragraph's text, and a letter of a dimension written in its words outside maths ("here d is
#: 3"): a letter the prose speaks of.
_INLINE = re.compile(r"\$+`?[^$]*`?\$+|\\\(.*?\\\)")
_WORD_LETTER = re.compile(r"(?<![A-Za-z0-9\\_^'’])[dDnNkpm](?![A-Za-z0-9'’])")


def _letters_beside_traces(text: str) -> set[str]:
    """The letters of a dimension (:data:`_TRACE_DIMENSION_LETTER`) written bare in maths that writes a trace."""
    if not _TRACE_WRITTEN.search(text):
        return set()
    return set(_TRACE_DIMENSION_LETTER.findall(_FONTED.sub(" ", _TRACE_WRITTEN.sub(" ", text))))


def _letters_related(text: str) -> set[str]:
    """The letters of a dimension set alone beside a relation (``d = 3``, ``\\quad n \\ge 2``)."""
    text = _FONTED.sub(" ", text)
    return {
        match.group(0)
        for match in _TRACE_DIMENSION_LETTER.finditer(text)
        if (re.search(_RELATION + r"\s*$", text[: match.start()]) and re.match(_APART_AFTER, text[match.end() :]))
        or (re.search(_APART_BEFORE, text[: match.start()]) and re.match(r"\s*" + _RELATION, text[match.end() :]))
    }


@lru_cache(maxsize=8)
def dimensions_beside_traces(notes: Notes) -> frozenset[str]:
    """The letters of a dimension the note writes beside a trace and nowhere else in its maths (the d of a Gaussian
    KL's ``\\operatorname{tr}(\\Sigma_2^{-1} \\Sigma_1) - d``): nothing gives them a value, an order or another
    meaning, so at one coordinate, where the trace is of a 1 x 1 matrix, each is the dimension 1 (and were it not the
    dimension, 1 would be one value of a free letter).  A letter given a value or an order beside a relation, even in
    a trace's maths (``\\quad d = 3``), or written in the prose's words outside maths, is not one of them."""
    maths = _maths(notes)
    beside = set().union(*(_letters_beside_traces(text) for _, text in maths))
    elsewhere = {letter for _, text in maths if not _TRACE_WRITTEN.search(text)
                 for letter in _TRACE_DIMENSION_LETTER.findall(_FONTED.sub(" ", text))}  # fmt: skip
    related = set().union(*(_letters_related(text) for _, text in maths))
    words = {letter for paragraph in notes.prose for letter in _WORD_LETTER.findall(_INLINE.sub(" ", paragraph.text))}
    return frozenset(beside - elsewhere - related - words)


def shape_given(notes: Notes, line: int = 0) -> tuple[int, str] | None:
    """A line where the note gives a matrix or a vector a size or a shape (:func:`shapes_given`), with what it writes
    there: the nearest at or before ``line`` (the step whose trace is not read), else the first; None where it gives
    none, and a trace of it may be read at 1 x 1."""
    given = shapes_given(notes)
    before = [cue for cue in given if cue[0] <= line]
    return before[-1] if before else min(given, default=None)


@lru_cache(maxsize=8)
def shapes_given(notes: Notes) -> tuple[tuple[int, str], ...]:
    """Every line where the note gives a matrix or a vector a size or a shape, in its maths
    (:data:`_TRACE_SHAPE_MATHS`: its inline maths, displays and steps) or in its words (:data:`_TRACE_SHAPE_WORDS`),
    with what it writes there, or a letter of a dimension written beside a trace (:data:`_TRACE_DIMENSION_LETTER`),
    in the order of the lines."""
    maths = _maths(notes)
    bound = dimensions_beside_traces(notes)
    words = [
        (paragraph.line + offset, sentence)
        for paragraph in notes.prose
        for offset, text in enumerate(paragraph.text.split("\n"))
        for sentence in _raw_sentences(text)
    ]
    found = [(line, match.group(0)) for line, text in maths if (match := _TRACE_SHAPE_MATHS.search(text))]
    found += [(line, f"{letter} beside a trace") for line, text in maths
              for letter in sorted(_letters_beside_traces(text) - bound)]  # fmt: skip
    found += [(line, match.group(0)) for line, text in words if (match := _TRACE_SHAPE_WORDS.search(text))]
    found += [(line, match.group(0)) for line, text in words if (match := _counted(text))]
    return tuple(sorted(found))
