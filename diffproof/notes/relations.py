"""The relations a display can hold, as written, and what each means for a chain.

A relation is a step relation (``=``, ``\\le``, ``\\approx``, ...), a
definition (``:=``, ``\\coloneqq``, ``\\triangleq``, ``\\stackrel{\\text{def}}{=}``,
or ``\\equiv`` when one side is a bare name), a law (``\\sim``), a
condition (``\\in``) or an independence (``\\perp``): only step relations make steps.  Implication arrows
separate statements.  Text set over a relation (``\\overset{\\text{Jensen}}{\\geq}``)
is kept as the rule the note cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from diffproof.notes.model import Relation
from diffproof.notes.tokens import Token


class Kind(Enum):
    STEP = "step"
    DEFINES_LEFT = "the left side is defined"  # a := b
    DEFINES_RIGHT = "the right side is defined"  # a =: b
    DEFINES_NAME = "the side that is a bare name is defined"  # a \triangleq b
    EQUIVALENT = "a definition when one side is a bare name, else equality"  # a \equiv b
    LAW = "law"  # x \sim N(0, 1)
    CONDITION = "condition"  # t \in [1, T]
    INDEPENDENCE = "independence"  # x \perp y, x \perp\!\!\!\perp y \mid z


@dataclass(frozen=True)
class Meaning:
    kind: Kind
    relation: Relation = Relation.EQ


_STEP = {relation: Meaning(Kind.STEP, relation) for relation in Relation}

#: Control words that are relations.
WORDS: dict[str, Meaning] = {
    "\\le": _STEP[Relation.LE],
    "\\leq": _STEP[Relation.LE],
    "\\leqslant": _STEP[Relation.LE],
    "\\ge": _STEP[Relation.GE],
    "\\geq": _STEP[Relation.GE],
    "\\geqslant": _STEP[Relation.GE],
    "\\leqq": _STEP[Relation.LE],
    "\\geqq": _STEP[Relation.GE],
    "\\eqslantless": _STEP[Relation.LE],
    "\\eqslantgtr": _STEP[Relation.GE],
    "\\lt": _STEP[Relation.LT],  # MathJax and KaTeX set it as <, which Markdown would take for HTML
    "\\gt": _STEP[Relation.GT],
    "\\ne": _STEP[Relation.NE],
    "\\neq": _STEP[Relation.NE],
    "\\approx": _STEP[Relation.APPROX],
    "\\simeq": _STEP[Relation.APPROX],
    "\\propto": _STEP[Relation.PROPTO],
    "\\approxeq": _STEP[Relation.APPROX],
    "\\thickapprox": _STEP[Relation.APPROX],
    "\\lesssim": _STEP[Relation.ASYMPTOTIC],
    "\\gtrsim": _STEP[Relation.ASYMPTOTIC],
    "\\ll": _STEP[Relation.ASYMPTOTIC],
    "\\gg": _STEP[Relation.ASYMPTOTIC],
    "\\asymp": _STEP[Relation.ASYMPTOTIC],
    "\\lneq": _STEP[Relation.LT],  # less than and not equal: less than
    "\\lneqq": _STEP[Relation.LT],
    "\\gneq": _STEP[Relation.GT],
    "\\gneqq": _STEP[Relation.GT],
    **dict.fromkeys(
        (
            "\\preceq",
            "\\succeq",
            "\\prec",
            "\\succ",
            "\\preccurlyeq",
            "\\succcurlyeq",
            "\\nleq",
            "\\ngeq",
            "\\nless",
            "\\ngtr",
            "\\nleqslant",
            "\\ngeqslant",
            "\\cong",
            "\\doteq",
            "\\doteqdot",
            "\\eqsim",
            "\\lvertneqq",
            "\\gvertneqq",
            "\\gnsim",
            "\\lnsim",
            "\\lnapprox",
            "\\gnapprox",
            "\\lessgtr",
            "\\gtrless",
            "\\lesseqgtr",
            "\\gtreqless",
            "\\eqcirc",
            "\\lessapprox",
            "\\gtrapprox",
        ),
        _STEP[Relation.UNCHECKED],
    ),  # fmt: skip
    "\\coloneqq": Meaning(Kind.DEFINES_LEFT),
    "\\coloneq": Meaning(Kind.DEFINES_LEFT),
    "\\defeq": Meaning(Kind.DEFINES_LEFT),
    "\\eqqcolon": Meaning(Kind.DEFINES_RIGHT),
    "\\triangleq": Meaning(Kind.DEFINES_NAME),
    "\\equiv": Meaning(Kind.EQUIVALENT),
    "\\sim": Meaning(Kind.LAW),
    "\\in": Meaning(Kind.CONDITION),
    "\\notin": Meaning(Kind.CONDITION),
    "\\subset": Meaning(Kind.CONDITION),
    "\\subseteq": Meaning(Kind.CONDITION),
    "\\perp": Meaning(Kind.INDEPENDENCE),
    "\\Perp": Meaning(Kind.INDEPENDENCE),
    "\\independent": Meaning(Kind.INDEPENDENCE),
    "\\indep": Meaning(Kind.INDEPENDENCE),
}
#: Characters that are relations (ASCII and Unicode).
CHARACTERS: dict[str, Meaning] = {
    "=": _STEP[Relation.EQ],
    "<": _STEP[Relation.LT],
    ">": _STEP[Relation.GT],
    "≤": _STEP[Relation.LE],
    "≥": _STEP[Relation.GE],
    "≦": _STEP[Relation.LE],
    "≧": _STEP[Relation.GE],
    "⩽": _STEP[Relation.LE],
    "⩾": _STEP[Relation.GE],
    "≠": _STEP[Relation.NE],
    "≨": _STEP[Relation.LT],
    "≩": _STEP[Relation.GT],
    **dict.fromkeys("≺≻≼≽⪯⪰≮≯≰≱≅≐", _STEP[Relation.UNCHECKED]),
    "≈": _STEP[Relation.APPROX],
    "≃": _STEP[Relation.APPROX],
    "∝": _STEP[Relation.PROPTO],
    "≔": Meaning(Kind.DEFINES_LEFT),
    "≜": Meaning(Kind.DEFINES_NAME),
    "≡": Meaning(Kind.EQUIVALENT),
    "∼": Meaning(Kind.LAW),
    "∈": Meaning(Kind.CONDITION),
    "⊥": Meaning(Kind.INDEPENDENCE),
    "⫫": Meaning(Kind.INDEPENDENCE),
}
#: Two characters written together: ``:=``, ``=:``, ``<=``, ``>=``.
PAIRS: dict[tuple[str, str], Meaning] = {
    (":", "="): Meaning(Kind.DEFINES_LEFT),
    ("=", ":"): Meaning(Kind.DEFINES_RIGHT),
    ("<", "="): _STEP[Relation.LE],
    (">", "="): _STEP[Relation.GE],
    ("!", "="): _STEP[Relation.NE],
}
#: Commands that put text over or under a relation.
STACKING = frozenset({"\\stackrel", "\\overset", "\\underset"})
#: Implications: they end one statement and start the next.
IMPLICATIONS = frozenset(
    {
        "\\Rightarrow",
        "\\implies",
        "\\Longrightarrow",
        "\\iff",
        "\\Leftrightarrow",
        "\\Longleftrightarrow",
        "\\impliedby",
        "\\Leftarrow",
        "\\Longleftarrow",
        "⇒",
        "⟹",
        "⇔",
        "⇐",
        "⟸",
    }
)
#: Equivalences: "A iff B" claims neither A nor B alone; nor does "A if B" (``A \\Leftarrow B``), whose hypothesis
#: comes second, so no half of it may define a name for the other.
EQUIVALENCES = frozenset(
    {
        "\\iff",
        "\\Leftrightarrow",
        "\\Longleftrightarrow",
        "⇔",
        "\\impliedby",
        "\\Leftarrow",
        "\\Longleftarrow",
        "⇐",
        "⟸",
    }
)
#: Arrows that stand for "hence" when they open a row (``& \\to p(x) = ...``).
LEADING_ARROWS = IMPLICATIONS | {"\\to", "\\rightarrow", "\\longrightarrow", "→"}
_DEFINITION_MARK = re.compile(r"^(def|def\.|defn|definition|\\delta|\\triangle|δ|△|:)$", re.IGNORECASE)
_TEXT_GROUP = re.compile(r"\\(text|textrm|textit|textbf|textnormal|mathrm|mbox|operatorname)\s*\{([^{}]*)\}")


def plain(text: str) -> str:
    """Prose as written in maths, without its text wrappers: ``\\text{(Bayes' rule)}`` gives ``(Bayes' rule)``."""
    return " ".join(_TEXT_GROUP.sub(lambda match: f" {match.group(2)} ", text).split())


#: Marks set over = that make it no claim of equality: a question (``\\overset{?}{=}``), a demand
#: (``\\overset{!}{=}``), a denial (``\\overset{\\text{wrong}}{=}``), or an approximation (``\\stackrel{\\approx}{=}``).
_QUESTION_MARK = re.compile(r"^(?:[?!]|\\times|✗|✘|(?i:wrong|false|not|no|incorrect))$")
_APPROXIMATE_MARK = frozenset({"\\approx", "≈", "\\sim", "∼", "\\simeq", "≃", "\\thickapprox"})


def stacked(annotation: str, symbol: Meaning) -> Meaning:
    """What ``\\overset{annotation}{symbol}`` means: a definition when the annotation says so; over =, a question
    or a demand is not checked and an approximation is one."""
    if symbol.kind is not Kind.STEP or symbol.relation is not Relation.EQ:
        return symbol
    mark = plain(annotation)
    if _DEFINITION_MARK.match(mark):
        return Meaning(Kind.DEFINES_NAME)
    if _QUESTION_MARK.match(mark):
        return Meaning(Kind.STEP, Relation.UNCHECKED)
    if mark in _APPROXIMATE_MARK:
        return Meaning(Kind.STEP, Relation.APPROX)
    return symbol


def negated(meaning: Meaning) -> Meaning:
    """What ``\\not`` before a relation means: ≠ for =; any other, negated (≮, ``\\not\\in``), is never checked
    (≮ over the reals is ≥, but notes negate partial orders too) and never read as the relation it negates."""
    if meaning.kind is Kind.STEP and meaning.relation is Relation.EQ:
        return _STEP[Relation.NE]
    return _STEP[Relation.UNCHECKED]


#: The relations the answers' parser reads, as it reads them (``<=``): the orders and the equality; each
#: character of :data:`CHARACTERS` beyond ASCII that is one of them.
_PARSED = frozenset({Relation.EQ, Relation.LE, Relation.GE, Relation.LT, Relation.GT})
_AS_PARSED = {char: meaning.relation.value for char, meaning in CHARACTERS.items()
              if not char.isascii() and meaning.kind is Kind.STEP and meaning.relation in _PARSED}  # fmt: skip
_PARSED_CHARACTER = re.compile("|".join(map(re.escape, _AS_PARSED)))


def as_parsed(text: str) -> str:
    """``text`` with each character relation that is an order or an equality (``≧``, ``⩾``, ``≨``) written as the
    parser reads it (``>=``), so that a sentence's maths is read with the displays' table."""
    return _PARSED_CHARACTER.sub(lambda match: _AS_PARSED[match.group()], text)


def single(token: Token) -> Meaning | None:
    """The relation a single token is, if any."""
    return WORDS.get(token.text) if token.text.startswith("\\") else CHARACTERS.get(token.text)


def compose(first: Relation, second: Relation) -> Relation | None:
    """The relation that ``a first b second c`` gives between a and c (an elided step), or None."""
    if first is Relation.EQ:
        return second
    if second is Relation.EQ:
        return first
    if first is second and first is not Relation.NE:  # a != b != c says nothing of a and c
        return first
    order = {Relation.LE: 1, Relation.LT: 1, Relation.GE: -1, Relation.GT: -1}
    if first in order and second in order and order[first] == order[second]:
        return Relation.LT if Relation.LT in (first, second) else (Relation.GT if order[first] < 0 else Relation.LE)
    return None
