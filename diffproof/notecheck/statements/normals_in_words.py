"""Gaussian laws named in words ("Let $x$ follow the standard normal distribution", "$z$ is a standard Gaussian"):
a name set alone in a sentence whose words name a Gaussian with its parameters (:data:`_IN_WORDS`) is given that
law, as maths.  It is read only to ask whether an expectation the note writes without a law exists under it (as
``x \\sim N(0, 1)`` in maths is): never weaker than trusting it under an unknown law, so a sentence that denies or
hedges the law is read too (fail-safe: it only holds proofs)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import Formula, Stated, parse
from diffproof.notecheck.statements.sentences import _words_of
from diffproof.notecheck.vocabulary import NoteVocabulary
from diffproof.notes import Inline

#: What a sentence's words say of a variable set alone in it: a Gaussian law (read as the maths it names).
NORMAL_IN_WORDS = "normal law in words"

#: Words that name a Gaussian with its parameters, and the law they name as maths; in French, German, Chinese,
#: Japanese and Korean too.
_IN_WORDS: tuple[tuple[re.Pattern, str], ...] = (
    (
        re.compile(
            r"\bstandard[- ]?(?:normal|gaussian)\w*|\bunit[- ](?:normal|gaussian)\w*|\bnormale?s?\s+centr[ée]es?\s+"
            r"r[ée]duites?\b|\bstandardnormal\w*|標準正規|标准正态|标准高斯|표준\s*정규",
            re.IGNORECASE,
        ),
        r"\mathcal{N}(0, 1)",
    ),
)


def normals_in_words(inline: Inline) -> list[Stated]:
    """``Let $x$ follow the standard normal distribution``: a name set alone in a sentence whose words name a
    Gaussian (:data:`_IN_WORDS`) is given that law (a ``normal law in words``: its body the law's maths), whatever
    else the sentence says (see the module)."""
    node = parse(inline.text, inline.line).node
    if not isinstance(node, syntax.Name):
        return []
    words = _words_of(inline.sentence)
    found = []
    for pattern, maths in _IN_WORDS:
        match = pattern.search(words)
        if match is not None:
            said = f"${inline.text.strip()}$ beside the words '{match.group(0)}'"
            body = parse(maths, inline.line)
            found.append(Stated(NORMAL_IN_WORDS, inline.line, said, Formula(inline.text, inline.line, node), body,
                                "words"))  # fmt: skip
    return found


def normals_stated(stated: Iterable[Stated], vocabulary: NoteVocabulary) -> dict[sp.Symbol, set[tuple[sp.Expr, ...]]]:
    """The Gaussian laws the note names in words (:func:`normals_in_words`): each variable's (mean, variance)."""
    found: dict[sp.Symbol, set[tuple[sp.Expr, ...]]] = {}
    for item in stated:
        if item.kind != NORMAL_IN_WORDS or item.body is None or not isinstance(item.body.node, syntax.Gaussian):
            continue
        law = (value(item.body.node.mean), value(item.body.node.covariance))
        if None not in law and isinstance(item.name.node, syntax.Name):
            found.setdefault(vocabulary.symbol(item.name.node.key), set()).add(law)
    return found
