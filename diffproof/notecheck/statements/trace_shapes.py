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
#: Words that give a matrix or a vector a size or a shape, or say what a matrix holds: a dimension ("d-dimensional",
#: "dimension trois", 次元, 维, 차원, размерность), a shape in words ("3-by-3", "n by n"), a size, a shape or a length,
#: the coordinates a vector has (entries, components, pixels, features, channels), a diagonal, an identity matrix, a
#: rank or eigenvalues.
_TRACE_SHAPE_WORDS = re.compile(
    r"×|dimension|dimensi[oó]n|мерн|размер|次元|[维維]|차원"
    r"|\b(?:\d+|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)[- ]by[- ](?:\d+|[a-z]|one|two|three|four|five"
    r"|six|seven|eight|nine|ten)\b|\b\d+\s*x\s*\d+\b"
    r"|\b(?:sizes?|shapes?|lengths?|taille|forme|gr[öo]ßen?|form|tamaño|forma|longueur|länge|longitud)\b"
    r"|サイズ|形状|大小|长度|長さ|크기|형태|길이"
    r"|\b(?:entr(?:y|ies)|entrées?|einträgen?|coordinates?|coordonnées|koordinaten|coordenadas|components?|composantes?"
    r"|komponenten|componentes?|pixels?|features?|channels?)\b|成分|分量|元素|要素|画素|像素|ピクセル|픽셀|성분|원소"
    r"|diagonal|對角|对角|対角|대각|identit|einheitsmatrix|単位行列|单位矩阵|單位矩陣|단위\s*행렬|항등|\beigen|rank|rang\b"
    r"|固有|特征值|特徵值|고유",
    re.IGNORECASE,
)


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
    source = notes.source.split("\n")
    maths = [(inline.line, inline.text) for inline in notes.inline]
    maths += [(line, source[line - 1]) for first, last in notes.displays for line in range(first, last + 1)
              if 0 < line <= len(source)]  # fmt: skip
    maths += [(step.line, f"{step.lhs} {step.rhs}") for step in notes.steps]
    words = [
        (paragraph.line + offset, sentence)
        for paragraph in notes.prose
        for offset, text in enumerate(paragraph.text.split("\n"))
        for sentence in _raw_sentences(text)
    ]
    found = [(line, match.group(0)) for line, text in maths if (match := _TRACE_SHAPE_MATHS.search(text))]
    found += [(line, f"{match.group(0)} beside a trace") for line, text in maths
              if _TRACE_WRITTEN.search(text) and (match := _TRACE_DIMENSION_LETTER.search(_TRACE_WRITTEN.sub(" ", text)))]  # fmt: skip
    found += [(line, match.group(0)) for line, text in words if (match := _TRACE_SHAPE_WORDS.search(text))]
    return tuple(sorted(found))
