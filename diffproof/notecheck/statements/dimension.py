"""The dimension of a note's vectors, the letters it makes matrices, and its logarithms' base, from its
maths and its words."""

from __future__ import annotations

import re

from diffproof.answers import parser as syntax
from diffproof.notecheck.statements.formulas import _variables, parse
from diffproof.notecheck.statements.sentences import (
    _MATHS,
    _NEGATED,
    _SENTENCE_MATHS,
    _SENTENCES,
    _raw_sentences,
    _words_around,
    _words_of,
)
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import Notes, Prose

#: A sentence that gives the note's logarithms a base: "All logarithms are (to) base 2", "$\log$ is base $2$", "we
#: use base-2 logarithms", "logs are in bits", 以 2 为底的对数, 底が 2 の対数, 밑이 2인 로그.  Said otherwise (of
#: one quantity, denied, per dimension), the base is not read at all: see :func:`_log_base`.
_LOG_BASES = (
    re.compile(r"\blog(?:arithm)?s?\b(?:\s+[\w-]+){0,5}?\s+(?:are|is)\s+(?:all\s+|always\s+)?(?:taken\s+|computed\s+)?"
               r"(?:to\s+|in\s+|with\s+)?(?:the\s+)?base[\s-]*(?:of\s+)?(\d+)\b", re.IGNORECASE),
    re.compile(r"\b(?:we\s+(?:use|take|write)|all|every)\s+(?:the\s+)?(?:logarithms?\s+|logs?\s+)?(?:to\s+|in\s+)?base[\s-]*(\d+)"
               r"(?:\s+log(?:arithm)?s?\b|\s+throughout|\s+everywhere)", re.IGNORECASE),
    re.compile(r"\blog(?:arithm)?s?\b(?:\s+[\w-]+){0,5}?\s+(?:are|is)\s+(?:measured\s+|expressed\s+)?in\s+(bits)\b", re.IGNORECASE),
    re.compile(r"以\s*(\d+)\s*为底的?(?:对数|對數)|底[がを]\s*(\d+)\s*の対数|밑이\s*(\d+)\s*인\s*로그"),
)  # fmt: skip


def _log_base(paragraph: Prose) -> tuple[int | None, int] | None:
    """The base a sentence of the paragraph gives the note's logarithms (bits: 2), with its line; a base of None
    where a sentence speaks of the logarithms' base in a way not read ("\\log denotes \\log_2", "not base 2",
    "bits per dimension", bits and nats at once): then no step through a logarithm is read.  None: no such
    sentence."""
    text = paragraph.text
    for sentence in _SENTENCES.finditer(text):
        written = sentence.group(0)
        said = _words_of(re.sub(r"\$\s*\\(?:log|ln)\s*\$", " log ", written))  # "$\log$ is to base $2$"
        if not _LOG_WORD.search(said) and ("\\log" in written or "\\ln" in written):
            said += " log"
        cued = _BASE_CUE.search(said) or _LOG_WITH_BASE.search(written)
        if not (_LOG_WORD.search(said) and cued) or _NATURAL_BASE.search(said):
            continue
        line = paragraph.line + text.count("\n", 0, sentence.start())
        found = next((m for m in (pattern.search(said) for pattern in _LOG_BASES) if m is not None), None)
        cues = {cue.lower() for cue in _BASE_CUE.findall(said)}
        if cues and cues <= {"nat", "nats"}:
            continue  # "measured in nats": the natural base
        if found is None or _NEGATED.search(said) or cues & {"nat", "nats"} or _PER.search(said):
            return None, line
        base = next(group for group in found.groups() if group is not None)
        return (2 if base == "bits" else int(base)), line
    return None


#: What a sentence about the logarithms' base says it with.
_LOG_WORD = re.compile(r"\blog(?:arithm)?s?\b|对数|對數|対数|로그", re.IGNORECASE)
_BASE_CUE = re.compile(
    r"\b(?:base|bits?|nats?)\b|\bbinary\s+log|\blog(?:2|10)\b|[为為]底|底[がをは]|밑[이을]", re.IGNORECASE
)
#: A logarithm written with its base in the maths: ``\\log_2``, ``\\log_{10}``.
_LOG_WITH_BASE = re.compile(r"\\log\s*_\s*\{?\s*\d")
#: A sentence that gives the logarithms their natural base says nothing new.
_NATURAL_BASE = re.compile(r"\bnatural\b|\bbase[\s-]*e\b|自然", re.IGNORECASE)
_PER = re.compile(r"\bper\s+(?:dim|pixel|token|symbol|sample)", re.IGNORECASE)

#: A space of vectors with more than one coordinate: \mathbb{R}^d, \mathbb{R}^{n}, \mathbb R^3 (not \mathbb{R}^1).
#: The real line as notes write it: ``\\mathbb{R}``, ``\\mathbf{R}``, ``\\mathrm{R}``, ``\\Bbb R``, ``\\R``, ℝ.
_REALS = r"(?:\\(?:mathbb|mathbf|mathrm|Bbb|boldsymbol)\s*\{?\s*R\s*\}?|\\R(?![A-Za-z])|ℝ)"
_SPACE = re.compile(_REALS + r"\s*\^\s*\{?\s*([A-Za-z0-9]+)")
#: ``A, B \\in \\mathbb{R}^{d \\times d}`` (or in M_n(R), GL_n(R), O(n)): names of matrices.
_MATRICES = re.compile(
    r"(.+?)\\in\s*(?:(?:" + _REALS + r"|\\mathbb\s*\{?\s*C\s*\}?|ℂ)\s*\^\s*\{[^{}]*(?:\\times|,)[^{}]*\}"
    r"|(?:\\mathcal\s*\{?\s*|\\mathrm\s*\{?\s*)?(?:M|GL|SL|O|SO|U|SU)\s*\}?\s*(?:_\s*\{?\s*\w+\s*\}?\s*)?\("
    r"|\\mathbb\s*\{?\s*S\s*\}?\s*[\^_])"  # \mathbb{S}^d_{++}: the symmetric (positive definite) matrices
)

#: A sentence saying in words that its names are matrices ("Let $A_t$ and $B_t$ be (square) matrices", "$W$ is a
#: weight matrix", "$A$ and $B$ denote matrices"; 是矩阵, は行列, 행렬이다), or a matrix word right before a name
#: ("the weight matrix $W$", "for matrices $A$ and $B$"): not I, the identity a Gaussian's covariance writes.
#: What is a matrix, or says it of a name: the word, a Jacobian or Hessian, an operator or linear map, a tensor,
#: and the adjectives only matrices take (invertible, orthogonal, symmetric, positive definite).
_MATRIX_WORD = (
    r"matri(?:x|ces?|z(?:en|es)?)|jacobians?|hessians?|(?:linear\s+)?operators?|linear\s+maps?|tensors?"
    r"|rotations?|projections?|projectors?|reflections?|permutations?|(?:endo|auto)morphism(?:e|s|es)?|isometr(?:y|ies)"
    r"|(?:skew-?)?hermitian|psd|spd|n\s*(?:x|×)\s*n"
    r"|(?:square\s+and\s+)?(?:invertible|non-?singular|orthogonal|symmetric|unitary|positive[\s-]+(?:semi-?)?definite)"
)
_MATRICES_IN_WORDS = re.compile(
    r"\b(?:is|be|are|being|were|denote|denotes|est|sont|soit|soient|ist|sind|sei|seien|es|son|sea|sean)\s+"
    r"(?:(?:an?|the|two|both|some)\s+)?(?:[\w-]+\s+){0,2}(?:"
    + _MATRIX_WORD
    + r")\b|(?:是|为|為|は|を|が)(?:正方|对角|對角|两个|兩個)?(?:矩阵|矩陣|方阵|方陣|行列)|행렬(?:이|입|로|으로)",
    re.IGNORECASE,
)
#: Words that give a matrix a property most numbers do not have (P^2 = P for a projection, A^T A = I); not those
#: every nonzero number has (invertible, symmetric, diagonal), where a counterexample at a number stands.
_MATRIX_PROPERTY = re.compile(
    r"rotations?|projections?|projectors?|reflections?|permutations?|isometr(?:y|ies)|(?:skew-?)?hermitian|psd|spd"
    r"|orthogonal|orthonormal|unitary|idempotent|nilpotent|positive[\s-]+(?:semi-?)?definite|\b(?:S?O|S?U|SL)\s*\(",
    re.IGNORECASE,
)
#: A shape set alone in a sentence's maths ("Let $A$ be $n \\times n$"): the sentence's names are matrices.
_SHAPE = re.compile(r"\s*\w+\s*\\times\s*\w+\s*")
_MATRIX_BEFORE = re.compile(
    r"(?:\b(?:" + _MATRIX_WORD + r")|矩阵|矩陣|方阵|方陣|行列|행렬)\W*(?:\b(?:are|is|were)\b)?\W*"
    rf"(?:{_MATHS}\W*(?:and|,|和|与|及)?\W*)*$",
    re.IGNORECASE,
)


def _dimension(notes: Notes) -> tuple[int, str] | None:
    """The first place the note gives its vectors a dimension, in a sentence or a step."""
    texts = [(i.line, i.text) for i in notes.inline] + [(s.line, f"{s.lhs} {s.rhs}") for s in notes.steps]
    for line, text in sorted(texts):
        match = _SPACE.search(text)
        if match is not None and match.group(1) != "1":
            return line, match.group(0)
    return None


#: Words that give the note's vectors a dimension ("The data have dimension $d = 2$", "two-dimensional", "a pair of
#: real numbers", "with $d$ coordinates"; 次元, 维度, 二维, 차원), not a count per dimension ("bits per dimension").
_DIMENSION_WORDS = re.compile(
    r"(?<!per\s)(?<!par\s)(?<!pro\s)dimension(?!less)|dimensi[oó]n|\b(?:pairs?|triples?)\s+of\s+(?:real\s+)?"
    r"(?:numbers|reals|scalars|coordinates)\b|\b(?:has|have|with|of)\s+(?:\S+\s+)?(?:real\s+)?(?:coordinates"
    r"|components|entries)\b|次元|维度|维数|維度|維數|[0-9一二三四五六七八九十两兩几幾多高低每]\s*[维維](?!持|护|護|修|系|生)|차원",
    re.IGNORECASE,
)
#: Words or maths that make that dimension one: a number (scalar) is its own coordinate.
_ONE_DIMENSION = re.compile(
    r"\b(?:one|1|uni)[- ]?dimension|\bdimension\s+(?:one|1)\b|\bscalar|\$\s*[dnDN]\s*=\s*1\s*\$|一维|一維|1\s*次元|1\s*차원",
    re.IGNORECASE,
)


def _dimension_in_words(notes: Notes) -> tuple[int, str] | None:
    """The first sentence of the note's prose that gives its vectors a dimension in words (:data:`_DIMENSION_WORDS`),
    other than one: the line and the sentence.  Only a refutation one coordinate at a time is set aside for it (a
    step proved one coordinate at a time is checked again at four, as where no dimension is given)."""
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _raw_sentences(text):
                words = _words_of(sentence)
                if _DIMENSION_WORDS.search(words) and not _ONE_DIMENSION.search(sentence):
                    return paragraph.line + offset, " ".join(sentence.split())[:60]
    return None


def _matrices(notes: Notes) -> dict[tuple[str, str], int]:
    """The letters the note's sentences say are matrices (``A, B \\in \\mathbb{R}^{d \\times d}``, or in words of
    names set alone in them), with the line."""
    found: dict[tuple[str, str], int] = {}
    for inline in notes.inline:
        match = _MATRICES.match(inline.text.strip())
        for piece in match.group(1).split(",") if match is not None else ():
            names = parse(piece, inline.line).node
            for name in nodes(names) if names is not None else ():
                if isinstance(name, syntax.Name):
                    found.setdefault((name.base, name.decoration), inline.line)
        around = _words_around(inline)
        said = (
            _MATRICES_IN_WORDS.search(_words_of(inline.sentence))
            or (around is not None and _MATRIX_BEFORE.search(around[0]))
            or any(_SHAPE.fullmatch(maths) for maths in _SENTENCE_MATHS.findall(inline.sentence) for maths in maths)
        )
        listed = _variables(inline.text, inline.line).node if said and not _SHAPE.fullmatch(inline.text) else None
        for name in listed.arguments if isinstance(listed, syntax.Call) else ():
            if isinstance(name, syntax.Name) and (name.base, name.decoration) != ("I", ""):
                found.setdefault((name.base, name.decoration), inline.line)
    return found
