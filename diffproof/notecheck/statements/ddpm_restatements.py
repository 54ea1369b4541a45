"""Clauses that say again what DDPM makes its schedule, in other words than its definitions: "$\\beta_t$ is the
variance of the noise added at step $t$", "$\\bar\\alpha_t$ は $\\alpha_s$ の累積積である", "$\\sqrt{\\beta_t}$ is its
standard deviation" (:func:`restated`).  Each is recognised by its shape, a name's role said to the end of its
clause; anything more said of the name ("at the first step only", "twice", "the same for every step") is no shape,
and the sentence is read as it was (fail-safe)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.notecheck.contexts import SCHEDULE
from diffproof.notecheck.statements.formulas import parse
from diffproof.notecheck.statements.meanings import _MEANING_SAID, said_again
from diffproof.notecheck.statements.orders import convention_compared
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


def _flat(maths: str) -> str:
    """Maths with its spaces and every brace taken out (``\\sqrt{\\alpha_{t}}`` as ``\\sqrt\\alpha_t``)."""
    return re.sub(r"[\s{}]+", "", maths)


#: DDPM's forward step said in words: x_{t-1} multiplied by sqrt(alpha_t) (or sqrt(1 - beta_t)) and noise of
#: variance beta_t added, in English, Japanese, Chinese and Korean: the words before x_{t-1} (a lead-in and the verb
#: at most, from the sentence's start), the words after it to the end of the clause, each maths a group.
_M = r"\$\$?`?([^$`]+?)`?\$\$?"
_FORWARD_SAID = (
    (
        re.compile(
            r"^\s*(?:(?:here|that\s+is|i\.e\.|in\s+words|namely)\s*,?\s*)?(?:we|it|one|each\s+(?:forward\s+)?step"
            r"|the\s+forward\s+(?:step|process))\s+(?:multipl(?:y|ies)|scales?)\s+$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\s*by\s+{_M}\s*,?\s*and\s+(?:then\s+)?adds?\s+(?:an?\s+)?(?:independent\s+)?(?:gaussian\s+)?noise"
            rf"\s+(?:of|with)\s+variance\s+{_M}",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(
            rf"^\s*(?:(?:第[一二三四五六七八九十\d]+式|この式|上の式|上式)は\s*[、,]?\s*)?(?:{_M}\s*を得るために\s*[、,]?\s*)?$"
        ),
        re.compile(
            rf"\s*に(?:対し(?:て)?)?\s*[、,]?\s*{_M}\s*を(?:乗じ|掛け)(?:て)?\s*[、,]?\s*(?:代わりに\s*[、,]?\s*)?"
            rf"分散が?\s*{_M}\s*の(?:正規|ガウス)?(?:ノイズ|雑音)を(?:加算する|加える|足す|付加する)"
            r"(?:ことを(?:要請|意味|表)して(?:いる|おり)|ことを(?:要請|意味)する|ことを表す)?"
        ),
    ),
    (
        re.compile(r"^\s*(?:(?:这里|即|也就是说|第二式)\s*[，,]?\s*)?(?:将|把)\s*$"),
        re.compile(
            rf"\s*乘以\s*{_M}\s*[，,]?\s*(?:再|然后|并)?\s*(?:加上|添加|加入)\s*方差为\s*{_M}\s*的(?:高斯)?噪声"
        ),
    ),
    (
        re.compile(r"^\s*(?:(?:여기서|즉)\s*,?\s*)?$"),
        re.compile(
            rf"\s*에\s*{_M}\s*(?:을|를)\s*곱하고\s*,?\s*분산이\s*{_M}\s*인\s*(?:가우시안\s*)?(?:노이즈|잡음)(?:를|을)\s*더한다"
        ),
    ),
)
#: The maths each part of the step is written in (spaces and braces out, :func:`_flat`): the state x_{t-1}, the
#: factor sqrt(alpha_t) or sqrt(1 - beta_t), the variance beta_t (of each coordinate: beta_t I).
_STATE = re.compile(r"(?:\\mathbf|\\boldsymbol|\\bm)?x_t-1")
_FACTOR = re.compile(r"\\sqrt(?:\\alpha_t|1-\\beta_t|\(1-\\beta_t\))")
_VARIANCE = re.compile(r"\\beta_t(?:\\mathbfI|I)?")


def _forward_step_said(maths: str, before: str, after: str, line: int) -> str | None:
    """``we multiply $x_{t-1}$ by $\\sqrt{\\alpha_t}$ and add noise of variance $\\beta_t$`` (in the languages of
    :data:`_FORWARD_SAID`): DDPM's forward step, q(x_t | x_{t-1}) = N(sqrt(alpha_t) x_{t-1}, beta_t), said in words,
    from the sentence's start (a lead-in and the verb at most) to the end of its clause; another factor or variance,
    another state, or any word more ("only at the last step", "twice", "instead of") is no shape.  The clause, or
    None."""
    if not _STATE.fullmatch(_flat(maths)):
        return None
    for opening, clause in _FORWARD_SAID:
        said = clause.match(after) if opening.match(before) else None
        if said is None or not _MEANING_SAID.match(after[said.end() :]):
            continue
        factor, variance = said.group(1), said.group(2)
        if _FACTOR.fullmatch(_flat(factor)) and _VARIANCE.fullmatch(_flat(variance)):
            return said.group(0)
    return None


def _convention_said(maths: str, before: str, after: str, line: int) -> str | None:
    """``$\\alpha_t$ は常に $1$ より小さいので``, "Note that $\\beta_t$ is always smaller than $1$": a schedule
    name compared in words with a number, asserted, in an order its convention (alpha_t, beta_t in (0, 1)) implies
    (:func:`orders.convention_compared`): what DDPM makes it, said again.  The comparison, or None."""
    name = parse(maths, line).node
    if not isinstance(name, syntax.Name) or name.key[:2] not in SCHEDULE:
        return None
    return convention_compared(name, before, after, f"{before}${maths}${after}")


#: An index pinned at a number in maths (``t = 1``), and the words that make it the case of the maths right after
#: it ("for $t = 1$, $...$", "$t=1$ の時、$...$", "$t=1$ 时，$...$"): the words before the pin, those between, and
#: what may follow the maths: the sentence's end, or a reason drawn from it (より, から, ので, ", so", 所以).
_PINNED = re.compile(r"\s*([a-zA-Z])\s*=\s*(\d+)\s*")
_CASE_SAID = (
    (
        re.compile(r"^\s*(?:for|when|at)\s+$", re.IGNORECASE),
        re.compile(
            rf"\s*,?\s*(?:we\s+have\s+)?{_M}(?=\s*(?:\.?\s*$|[,;]\s*(?:so|hence|thus|therefore)\b|so\b))", re.IGNORECASE
        ),
    ),
    (
        re.compile(r"^\s*$"),
        re.compile(
            rf"\s*の(?:とき|時)\s*[、,]?\s*(?:は\s*[、,]?\s*)?{_M}(?=\s*(?:より|から|なので|ので|であるから|[。.]?\s*$))"
        ),
    ),
    (
        re.compile(r"^\s*(?:当\s*)?$"),
        re.compile(rf"\s*时\s*[，,]?\s*(?:有\s*)?{_M}(?=\s*(?:[。.]?\s*$|[，,]\s*(?:所以|因此)))"),
    ),
)
#: DDPM's identities at its first step (abar_1 = alpha_1 = 1 - beta_1), spaces and braces out (:func:`_flat`).
_FIRST_STEP = r"(?:\\(?:bar|overline)\\alpha_1|\\alpha_1|1-\\beta_1)"
_FIRST_STEP_IDENTITY = re.compile(rf"{_FIRST_STEP}(?:={_FIRST_STEP})+")


def _case_identity(maths: str, before: str, after: str, line: int) -> str | None:
    """``for $t = 1$, $\\bar\\alpha_t = \\alpha_1$`` (:data:`_CASE_SAID`): an equation of the schedule's names
    that, at the index the words right before it pin (t = 1), is DDPM's own identity at its first step (abar_1 =
    alpha_1 = 1 - beta_1, :data:`_FIRST_STEP_IDENTITY`): it says nothing a schedule may break.  The words that pin
    the case and the equation, or None; said of another index, for every step, or beside more words of it, no
    shape."""
    pinned = _PINNED.fullmatch(maths)
    if pinned is None or pinned.group(2) != "1":
        return None
    for opening, clause in _CASE_SAID:
        said = clause.match(after) if opening.search(before) else None
        if said is None:
            continue
        letter = pinned.group(1)
        at_the_case = re.sub(rf"_{letter}(?![A-Za-z0-9])", "_1", _flat(said.group(1)))
        if _FIRST_STEP_IDENTITY.fullmatch(at_the_case):
            return said.group(0)
    return None


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
    Shape("DDPM's forward step in words", _forward_step_said),
    Shape("the schedule's convention compared in words", _convention_said),
    Shape("DDPM's first-step identity in a case", _case_identity),
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
