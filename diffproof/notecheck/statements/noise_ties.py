"""What the note says, beyond its definitions, that may make a declared noise depend on a variable beside it
(fail-safe: a doubt is a tie; :func:`diffproof.notecheck.contexts.linked` decides with them).

Two kinds.  *Drawn*: a stated law of ``V`` (``x_0 ~ N(eps, 1)``, ``x_0 ~ p(x_0 | eps)``), or an equation of V's
density (``p(x_0 | eps) = N(x_0; eps, 1)``), draws V given every other name it writes: V varies with each (the
variables of one law with each other too, but for a standard normal N(0, I), which draws them independently in
either reading).  *Tied*: any other statement writing two names or more (a relation or a condition, ``x_0 = eps``
in this example, ``E(u eps) = 1``) ties each pair, either way round.  In a sentence, the names of two of its maths
are tied unless the words between them only list them ("$x_0$ and $\\epsilon$", "where", with nothing said of them
together after, or only that they are independent) or say the first is drawn independently of the second (without a
negation); within one of its maths, a definition of a name (``x_t = a x_0 +
b eps``) speaks of that name alone, made of its body's names (drawn given them), and ties its inputs to nothing; a
law speaks of its variables and draws them; any other relation ties all its names (an expression alone, none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import NONE, Ties
from diffproof.notecheck.statements.dependence_words import INDEPENDENT
from diffproof.notecheck.statements.formulas import LAWS, Stated
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS
from diffproof.notecheck.vocabulary import Key, keys_in, nodes
from diffproof.notes import Notes

#: Statements that say nothing of how names vary together: a named context, or a definition (the note's
#: definitions reach the independence through their bodies, :func:`diffproof.notecheck.contexts.linked`).
_SILENT = frozenset({"context", "definition"})
#: Words between two maths that only list them ("$x_0$ and the noise $\\epsilon$", "$x_0$、$\\epsilon$", "where").
_LISTING = re.compile(
    r"(?:[\s,;:、，；]|\b(?:and|or|the|a|an|noise|data|where|und|et|y|e|o|wobei|où|donde)\b|和|与|與|及|以及|其中|と|や"
    r"|ここで|ただし|와|과|및)*",
    re.IGNORECASE,
)
#: Words after two maths listed that say nothing of them together, or that they are independent ("$x_0$ and
#: $\epsilon$ are independent.", "..., and"); else ("$x_0$ and $\epsilon$ are equal") the list is a subject.
_LISTED_AFTER = re.compile(
    r"(?:[\s.,;:、，；。]|\b(?:and|or|where|are|is|be|both|drawn|sampled|mutually|each|other|of|from|one|another"
    r"|independent(?:ly)?|i\.i\.d)\b|和|与|及|と|や|独立)*",
    re.IGNORECASE,
)
#: Words between two maths that say the first is drawn independently of the second ("$x_0$ is independent of
#: $\\epsilon$", "drawn independently of", 独立于, と独立).
_APART = re.compile(
    rf"(?:[\s,;:]|\b(?:is|are|be|was|were|drawn|sampled|chosen|the|noise|data)\b)*"
    rf"(?:{INDEPENDENT}|independently\s+(?:of|from)|独立于|と独立|와\s*독립)(?:[\s,;:]|\b(?:the|noise|data)\b)*",
    re.IGNORECASE,
)

#: What maths that cannot be read as a whole is cut at to read its names: arrows, relations, commas.
_PIECES = re.compile(
    r"\\(?:(?:long)?(?:left|right|leftright|Left|Right|Leftright)arrow|gets|to|mapsto|approx|equiv|coloneqq|triangleq"
    r"|doteq|simeq|cong|leftrightharpoons)(?![A-Za-z])|:=|[=<>,;|]"
)


def stated_ties(stated: Iterable[Stated]) -> Ties:
    """The ties the note's statements give (its definitions, its steps and a named context aside, see the
    module)."""
    found = NONE
    for item in stated:
        if item.kind in _SILENT or item.origin == "step":  # a step is a claim checked, not one assumed
            continue
        name = _variables(item.name.node) if item.name is not None and item.name.node is not None else set()
        body = _variables(item.body.node) if item.body is not None and item.body.node is not None else set()
        if item.kind in LAWS:
            found |= _law(name, body, item.body.node if item.body is not None else None)
        elif item.name is not None and law_letter(item.name.node) is not None:  # a density's equation: a law
            found |= _law(_arguments(item.name.node), name | body, None)
        else:
            found |= _tie(name | body)
    return found


def said_ties(notes: Notes) -> tuple[tuple[int, Ties], ...]:
    """The ties each sentence of the note gives, with its line (see the module)."""
    sentences = dict.fromkeys((inline.line, inline.sentence) for inline in notes.inline if inline.sentence)
    return tuple((line, _sentence(sentence)) for line, sentence in sentences)


def in_force(said: Iterable[tuple[int, Ties]], steps: Sequence[int], line: int) -> Ties:
    """The ties of the sentences before the step on ``line`` and of those right after its display, up to the
    next display of a step (``steps``: the steps' lines), which may say what its names are ("where ...")."""
    said = tuple(said)
    later = sorted(s for s in steps if s > line and any(line < at < s for at, _ in said))
    found = NONE
    for at, ties in said:
        if not later or at < later[0]:
            found |= ties
    return found


def _sentence(sentence: str) -> Ties:
    """The ties one sentence gives."""
    written = list(_SENTENCE_MATHS.finditer(sentence))
    found, mentioned = NONE, []
    for match in written:
        names, ties = _maths(next(g for g in match.groups() if g is not None))
        mentioned.append(names)
        found |= ties
    for first in range(len(written)):
        for second in range(first + 1, len(written)):
            between = _SENTENCE_MATHS.sub(" ", sentence[written[first].end() : written[second].start()])
            after = sentence[written[second].end() : written[second + 1].start() if second + 1 < len(written) else None]
            listed = _LISTING.fullmatch(between) and _LISTED_AFTER.fullmatch(_SENTENCE_MATHS.sub(" ", after))
            apart = _APART.fullmatch(between) and not _NEGATED.search(between)
            if not (listed or apart):
                found |= Ties(tied=frozenset(frozenset((a, b)) for a in mentioned[first] for b in mentioned[second]))
    return found


def _maths(text: str) -> tuple[set[Key], Ties]:
    """The names one maths of a sentence speaks of (a definition's: the name it defines), and the ties it gives."""
    if "\\sim" in text:
        variables, _, law = text.partition("\\sim")
        names = _keys(variables) or {key for part in variables.split(",") for key in _keys(part)}  # a, b ~ N(0, I)
        node = _parsed(law)
        return names, _law(names, set() if node is None else _variables(node), node)
    node = _parsed(text.replace(":=", "="))
    if node is None:  # x_0 \leftarrow 2 eps: not read, its names (read piece by piece) are tied, any of them
        names = {key for part in _PIECES.split(text) for key in _keys(part)}
        return names, _tie(names)
    names = _variables(node)
    alone = node.operands[0] if isinstance(node, syntax.Statement) and len(node.operands) == 1 else node
    if isinstance(node, syntax.Statement) and node.relations == ("=",) and len(node.operands) == 2:
        alone = node.operands[0]
        if isinstance(alone, syntax.Name):  # x_0 = 2 eps: x_0 made of its body's names, as a definition makes it
            defined = _variables(alone)
            return defined, Ties(drawn=frozenset((a, b) for a in defined for b in names if a != b))
    if law_letter(alone) is not None:  # q(x_{t-1} | x_t), p(x_0 | eps) = N(x_0; eps, 1): a law of its variables
        return _arguments(alone), _law(_arguments(alone), names, None)
    stated = isinstance(node, syntax.Statement) and bool(node.relations)  # an expression alone states nothing
    return names, _tie(names) if stated else NONE


def _law(variables: set[Key], written: set[Key], body: syntax.Node | None) -> Ties:
    """``variables`` drawn given the other names a law writes, and given each other unless it is N(0, I)."""
    apart = _standard_normal(body)
    return Ties(
        drawn=frozenset(
            (a, b) for a in variables for b in written | variables if a != b and not (apart and b in variables)
        )
    )


def _standard_normal(node: syntax.Node | None) -> bool:
    """Whether a law is N(0, I) or N(0, 1): its variables are independent, each alone or together."""
    if isinstance(node, syntax.Statement) and len(node.operands) == 1:
        node = node.operands[0]
    return (
        isinstance(node, syntax.Gaussian)
        and node.point is None
        and isinstance(node.mean, syntax.Number)
        and node.mean.text == "0"
        and (
            (isinstance(node.covariance, syntax.Number) and node.covariance.text == "1")
            or (isinstance(node.covariance, syntax.Name) and node.covariance.key == ("I", "", ""))
        )
    )


def _tie(names: set[Key]) -> Ties:
    return Ties(tied=frozenset(frozenset((a, b)) for a in names for b in names if a != b))


def _arguments(density: syntax.Call) -> set[Key]:
    """A density's variables: the names its arguments write (not its condition's)."""
    return {key for argument in density.arguments for key in _variables(argument)}


def _keys(text: str) -> set[Key]:
    node = _parsed(text)
    return set() if node is None else _variables(node)


def _parsed(text: str) -> syntax.Node | None:
    try:
        return syntax.parse(text, notes=True)
    except (InvalidAnswer, RecursionError):
        return None


def _variables(node: syntax.Node) -> set[Key]:
    """The names ``node`` writes, but those of the laws and functions it applies (q in q(x_0), the stand-in P of a
    stated law): a law's letter is no variable that varies with another."""
    applied = {c.name.key for c in nodes(node) if isinstance(c, syntax.Call) and isinstance(c.name, syntax.Name)}
    return set(keys_in(node)) - applied
