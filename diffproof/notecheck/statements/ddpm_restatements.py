"""Clauses that say again what DDPM makes its schedule, in other words than its definitions: "$\\beta_t$ is the
variance of the noise added at step $t$", "$\\bar\\alpha_t$ は $\\alpha_s$ の累積積である", "$\\sqrt{\\beta_t}$ is its
standard deviation" (:func:`restated`).  Each is recognised by its shape, a name's role said to the end of its
clause; anything more said of the name ("at the first step only", "twice", "the same for every step") is no shape,
and the sentence is read as it was (fail-safe)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from diffproof.notecheck.statements.meanings import _MEANING_SAID, said_again
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS

#: The word a clause said again becomes, for the readers of the schedule's words.
RESTATED = "xrestated"

#: beta_t's square root named a standard deviation ("$\\sqrt{\\beta_t}$ is its standard deviation", "is the standard
#: deviation of the (added) noise (added at step $t$)"): what DDPM makes it, with nothing after it in its clause.
_ROOT_OF_BETA = re.compile(r"\\sqrt\s*\{\s*\\beta\s*_\s*\{?\s*t\s*\}?\s*\}")
_STANDARD_DEVIATION = re.compile(
    r"\s*is\s+(?:its|the)\s+standard\s+deviation(?:\s+of\s+the\s+(?:added\s+)?noise(?:\s+added)?"
    r"(?:\s+at\s+(?:step|time)\s+\$\s*t\s*\$)?)?",
    re.IGNORECASE,
)


def _root_of_beta(maths: str, before: str, after: str, line: int) -> str | None:
    """``$\\sqrt{\\beta_t}$ is its standard deviation``: the clause (:data:`_STANDARD_DEVIATION`) said to the end
    (:data:`meanings._MEANING_SAID`), or None."""
    said = _STANDARD_DEVIATION.match(after) if _ROOT_OF_BETA.fullmatch(maths.strip()) else None
    return said.group(0) if said is not None and _MEANING_SAID.match(after[said.end() :]) else None


#: abar_t named the product of the alpha_s written out ("$\\bar\\alpha_t$ is the product $\\alpha_1 \\alpha_2 \\cdots
#: \\alpha_t$", "$\\prod_{s=1}^t \\alpha_s$"), spaces and braces taken out: DDPM's definition, nothing after it.
_ABAR = re.compile(r"\\(?:bar|overline)\{?\\alpha\}?_t")
_PRODUCT_SAID = re.compile(r"\s*(?:is|denotes)\s+the\s+product\s*\$`?([^$`]+)`?\$", re.IGNORECASE)
_PRODUCT = re.compile(r"\\alpha_1(?:\\alpha_2)?(?:\\cdots|\\dots|\\ldots)\\alpha_t|\\prod_(?:s|i)=1\^t\\alpha_(?:s|i)")


def _bare(maths: str) -> str:
    """Maths with its spaces and the braces around one index taken out (``\\alpha_{t}`` as ``\\alpha_t``)."""
    return re.sub(r"\{([^{}]*)\}", r"\1", re.sub(r"\s+", "", maths))


def _product_written_out(maths: str, before: str, after: str, line: int) -> str | None:
    """``$\\bar\\alpha_t$ is the product $\\alpha_1 \\cdots \\alpha_t$``: the clause (:data:`_PRODUCT_SAID`, of
    :data:`_PRODUCT`) said to the end (:data:`meanings._MEANING_SAID`), or None."""
    said = _PRODUCT_SAID.match(after) if _ABAR.fullmatch(_bare(maths)) else None
    if said is None or not _PRODUCT.fullmatch(_bare(said.group(1))):
        return None
    return said.group(0) if _MEANING_SAID.match(after[said.end() :]) else None


#: beta_t said to control the noise added ("$\\beta_t$ controls how much noise is added (at step $t$, at each step)").
_BETA = re.compile(r"\\beta_t")
_CONTROLS = re.compile(
    r"\s*controls\s+how\s+much\s+noise\s+is\s+added(?:\s+at\s+(?:each\s+step|step\s+\$\s*t\s*\$))?", re.IGNORECASE
)


def _controls_the_noise(maths: str, before: str, after: str, line: int) -> str | None:
    """``$\\beta_t$ controls how much noise is added``: the clause (:data:`_CONTROLS`) said to the end
    (:data:`meanings._MEANING_SAID`), or None."""
    said = _CONTROLS.match(after) if _BETA.fullmatch(_bare(maths)) else None
    return said.group(0) if said is not None and _MEANING_SAID.match(after[said.end() :]) else None


@dataclass(frozen=True)
class Shape:
    """A shape of DDPM's meaning said again: ``clause`` gives, for a maths (``maths``, set between the words
    ``before`` and ``after``), the words after it that say the meaning, or None."""

    name: str
    clause: Callable[[str, str, str, int], str | None]


#: The shapes read: a schedule name's role as the DDPM context makes it (beta_t the noise's variance, abar_t the
#: product of the alpha_s, in the languages :mod:`meanings` reads), beta_t's square root its standard deviation, and
#: abar_t the product of the alpha_s written out, beta_t what controls the noise added.
SHAPES = (
    Shape("a schedule name's meaning", said_again),
    Shape("the noise's standard deviation", _root_of_beta),
    Shape("the product of the alphas written out", _product_written_out),
    Shape("the noise beta_t controls", _controls_the_noise),
)

#: Words a clause said again may open with ("Here", "In this note", "Hier ist", "ici", ここで, 这里, 여기서): they say
#: nothing of the name.
_LEAD_IN = re.compile(
    r"(?:(?:^|(?<=[;；。.,，]))\s*(?:here|in\s+this\s+note|hier(?:\s+ist)?|in\s+dieser\s+notiz(?:\s+ist)?|ici"
    r"|dans\s+cette\s+note|aqu[íi]|en\s+esta\s+nota|ここで|本稿では|这里|本文中|여기서|이\s+노트에서))?\s*$",
    re.IGNORECASE,
)


def restated(sentence: str, line: int) -> str:
    """``sentence`` with each clause that says again what DDPM makes a name (:data:`SHAPES`), its maths and the
    words it opens with (:data:`_LEAD_IN`) included, written as the one word :data:`RESTATED`."""
    out, at = [], 0
    for maths in _SENTENCE_MATHS.finditer(sentence):
        if maths.start() < at:
            continue
        written = next(group for group in maths.groups() if group is not None).strip("`")
        before, after = sentence[: maths.start()], sentence[maths.end() :]
        clause = next((c for shape in SHAPES if (c := shape.clause(written, before, after, line)) is not None), None)
        if clause is None:
            continue
        lead = _LEAD_IN.search(before[at:])
        out += [sentence[at : at + lead.start()], f" {RESTATED} "]
        at = maths.end() + len(clause)
    return "".join(out) + sentence[at:]
