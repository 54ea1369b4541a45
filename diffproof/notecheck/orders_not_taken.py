"""Orders and signs the note states that the reader does not take as conditions, which still say where a step is
claimed: an order supposed ("Suppose $x < 0$."), a condition ("If $x < 0$, then"), one not stated plainly ("Let $x <
0$ (see the appendix)."), and a sign said in words not read ("Seja $x$ negativo.").  None bounds a counterexample,
since it may be argued against or be something else; but a step written under it is claimed where it holds, so a
logarithm, a root or a divisor it leaves without a value there holds the step (the fail-safe direction: an order not
taken is never dropped)."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck import set_brackets
from diffproof.notecheck.assumptions import Parsed, StepContext, _orders, translate
from diffproof.notecheck.enumerations import enumeration
from diffproof.notecheck.numbers import convention
from diffproof.notecheck.stated_values import (
    DIVISOR,
    LOGARITHM,
    ODD_ROOT,
    ROOT,
    Known,
    Requirement,
    definitions_known,
    within_orders,
)
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.statements.hedges import NOT_EXCLUDED
from diffproof.notecheck.vocabulary import index_value, nodes

_ORDER_SIGNS = frozenset({"<", "<=", ">", ">="})


def _taken(item: Stated) -> bool:
    """Whether ``item`` is an order the checker keeps as a condition (:func:`~diffproof.notecheck.assumptions.
    stated_order`): a relation plain, in a directive or beside a step, and neither denied nor a condition (an
    index's range that bounds nothing never is)."""
    return (
        item.kind == "relation" and (item.plain or item.origin in ("directive", "case")) and item.origin != "condition"
    )


def orders_not_taken(stated: list[Stated], context: StepContext) -> tuple[sp.Basic, ...]:
    """The orders in maths the note states before the step (``stated``) that are not kept as conditions: supposed,
    conditions of a sentence, or in a sentence that is not plain; and the ranges of indices that bound nothing (``T
    \\ge 1``, or ``T \\ge 2`` beside its type: :func:`~diffproof.notecheck.statements.hedges._narrowing`); each as
    relations of the kernel's names.  A denied one ("We do not assume $x < 0$") says the opposite, and is left out."""
    found: list[sp.Basic] = []
    for item in stated:
        ordered = item.kind in ("relation", "range") and item.name is not None
        statement = item.name.node if ordered else None
        if not isinstance(statement, syntax.Statement) or item.body is not None or item.denied or _taken(item):
            continue
        if item.kind == "range":
            found += _range_end(statement, item, context)
        elif statement.relations and set(statement.relations) <= _ORDER_SIGNS:
            found += _orders(statement, item, context.vocabulary)
    return tuple(dict.fromkeys(found))


def orders_at_other_indices(
    stated: list[Stated], context: StepContext, written: set[sp.Symbol]
) -> tuple[tuple[sp.Basic, ...], ...]:
    """The orders the note states of one name whose index is letters (``x_i \\in (-2, -1)`` "for every $i$", ``x_t >
    0``, ``x_{i,j} < 0``), and its values (``x_i = -1``: the orders x_i <= -1 <= x_i), said of every name the step
    writes with the same letter and another index of as many parts (x_1 and x_2; x_{1,2}) at once: the letters may
    range over them, so the step is claimed where the orders so written all hold (those of one statement together:
    -2 < x_1 < -1, and x_1 < 0 with x_2 < 0).  An order or a value may write the index's letters too (``x_i = -i``,
    ``x_i \\le -i``): they are written at the other index as well (x_1 = -1).  None bounds a counterexample (the
    index may not reach x_1); a denied order, or one relating several names, is left out."""
    symbols = context.vocabulary.symbols
    found: list[tuple[sp.Basic, ...]] = []
    for item in stated:
        orders = _orders_or_value(item, context)
        names = set().union(*(order.free_symbols for order in orders))
        named = [s for s in names if s in symbols and index_parts(symbols[s][2]) is not None]
        (name,) = named if len(named) == 1 else (None,)
        key = symbols.get(name)
        letters = _index_letters(key, symbols) if key is not None else None
        if letters is None or names - {name} - set(letters.values()):
            continue
        at = {other: _at_index(letters, symbols.get(other), key) for other in sorted(written, key=str)}
        at = {other: i for other, i in at.items() if i is not None and _case_may_hold(item, i, context)}
        together = tuple(o.xreplace({name: other, **i}) for other, i in at.items() if i is not None for o in orders)
        found += [together] if together else []
    return tuple(dict.fromkeys(found))


#: A part of an index that is linear in one letter (``i``, ``i+1``, ``2i``, ``2i-1``) or a whole number (``1``).
_INDEX_PART = re.compile(
    r"\s*(?:(?P<coefficient>\d+)\s*\*?\s*)?(?P<letter>[A-Za-z]+)\s*(?:(?P<sign>[+-])\s*(?P<offset>\d+))?\s*$"
    r"|\s*(?P<number>-?\d+)\s*$"
)


def index_parts(index: str) -> list[tuple[int, str, int]] | None:
    """``index`` (x_{i+1,2j}'s) as its parts, each ``coefficient * letter + offset`` (a number: no letter), where
    every part is such and one writes a letter; else None."""
    found = [_INDEX_PART.match(part) for part in index.split(",")] if index else [None]
    if not all(found) or not any(part["letter"] for part in found):
        return None
    return [
        (int(part["coefficient"] or 1), part["letter"], int(f"{part['sign']}{part['offset']}") if part["offset"] else 0)
        if part["letter"] else (0, "", int(part["number"]))
        for part in found
    ]  # fmt: skip


def _index_letters(key: tuple[str, str, str], symbols: dict) -> dict[str, sp.Symbol]:
    """The letters of ``key``'s index (x_{i,j}, x_{i+1,2j}: i and j), each with the note's symbol of that letter alone
    (or a fresh one where the note writes it nowhere alone)."""
    alone = {k[0]: s for s, k in symbols.items() if not k[1] and not k[2]}
    return {letter: alone.get(letter, sp.Dummy(letter)) for _, letter, _ in index_parts(key[2]) or () if letter}


def _at_index(
    letters: dict[str, sp.Symbol], other: tuple[str, str, str] | None, key: tuple[str, str, str]
) -> dict | None:
    """The values the index letters ``letters`` of the name ``key`` take at the name ``other`` (x_i at x_1: i = 1;
    x_{i+1} and x_{2i} at x_2: i = 1), where ``other`` is the same letter at another index of as many parts, each
    an integer, and each part of ``key``'s index is solved there by one whole value of its letter; else None (x_{2i}
    never reaches x_3)."""
    parts = index_parts(key[2])
    if (
        other is None
        or other[:2] != key[:2]
        or other[2] == key[2]
        or parts is None
        or other[2].count(",") + 1 != len(parts)
    ):
        return None
    values = [index_value(part) for part in other[2].split(",")]
    if not all(value is not None and value.is_Integer for value in values):
        return None
    found: dict[sp.Symbol, sp.Integer] = {}
    for (coefficient, letter, offset), value in zip(parts, values):
        if not letter:
            if value != offset:
                return None
            continue
        whole, rest = divmod(int(value) - offset, coefficient)
        if rest or found.setdefault(letters[letter], sp.Integer(whole)) != whole:
            return None
    return found


def _case_may_hold(item: Stated, values: dict[sp.Symbol, sp.Integer], context: StepContext) -> bool:
    """Whether every case ``item`` is said in (x_i = -1 "for every $i \\ge 2$", "for $i = 1, \\ldots, n$") may hold
    where its index letters take ``values`` (x_1: i = 1): a case not read, or not decided there, may (the fail-safe:
    the value is carried to the member, which holds the step); one that fails there (i >= 2 at i = 1) does not."""
    for case in item.cases:
        node = case.node
        if not isinstance(node, syntax.Statement):
            continue
        if set(node.relations) <= _ORDER_SIGNS:
            relations = _orders(node, item, context.vocabulary)
        elif set(node.relations) == {"="}:
            try:
                sides = [
                    translate(Formula(case.text, case.line, side), context.vocabulary)[0] for side in node.operands
                ]
            except (InvalidAnswer, NotImplementedError, TypeError, ValueError):
                continue
            relations = tuple(sp.Eq(left, right) for left, right in zip(sides, sides[1:]))
        else:
            continue
        if any(relation.xreplace(values) is sp.false for relation in relations):
            return False
    return True


def _orders_or_value(item: Stated, context: StepContext) -> tuple[sp.Basic, ...]:
    """The orders a statement ``item`` states of its names (:func:`~diffproof.notecheck.assumptions._orders`), or a
    value it gives one name (``x_i = -1``, ``x_i = -i``: a number, or one at each index; a definition or an equation)
    as the two orders it amounts to; none where it is denied or neither."""
    statement = item.name.node if item.kind in ("relation", "definition") and item.name is not None else None
    if item.denied or statement is None:
        return ()
    if isinstance(statement, syntax.Statement) and item.body is None:
        if statement.relations and set(statement.relations) <= _ORDER_SIGNS:
            return _orders(statement, item, context.vocabulary)
        if tuple(statement.relations) != ("=",):
            return ()
        sides = tuple(Formula(item.text, item.line, side) for side in statement.operands)
    elif item.kind in ("definition", "relation") and item.body is not None and item.body.node is not None:
        sides = (item.name, item.body)  # a relation with a body: a value said in a case (x_i = -1 for i >= 2)
    else:
        return ()
    try:
        name, value = (translate(side, context.vocabulary)[0] for side in sides)
    except (InvalidAnswer, NotImplementedError, TypeError, ValueError):
        return ()
    key = context.vocabulary.symbols.get(name) if isinstance(name, sp.Symbol) else None
    letters = set(_index_letters(key, context.vocabulary.symbols).values()) if key is not None and key[2] else set()
    if key is None or not isinstance(value, sp.Expr) or not value.free_symbols <= letters or value.is_real is False:
        return ()
    return (sp.GreaterThan(name - value, 0, evaluate=False), sp.GreaterThan(value - name, 0, evaluate=False))


def _range_end(statement: syntax.Statement, item: Stated, context: StepContext) -> tuple[sp.Basic, ...]:
    """An index's range ``name >= end`` as that order, kept though the index's own assumptions imply it (T >= 1 of
    a positive integer T is SymPy's True): the end is where the note claims its steps first.  The range as written
    (``1 \\le t \\le T``) claims the steps at each of its ends, the upper one too (t = T): each link of its chain
    that orders the index against a number or another index is kept the same way."""
    try:  # the parser is memoized on the text
        written = syntax.parse(item.name.text, notes=True) if item.name is not None else None
    except (InvalidAnswer, RecursionError):
        written = None
    chain = written if isinstance(written, syntax.Statement) and set(written.relations) <= _ORDER_SIGNS else statement
    found = []
    for left, relation, right in zip(chain.operands, chain.relations, chain.operands[1:]):
        try:
            low, high = (
                translate(Formula(item.text, item.line, side), context.vocabulary)[0]
                for side in ((right, left) if relation in (">", ">=") else (left, right))
            )
        except (InvalidAnswer, NotImplementedError, TypeError, ValueError):
            continue
        ends = (low, high)
        if not all(isinstance(end, sp.Symbol) or end.is_Integer for end in ends) or all(e.is_Integer for e in ends):
            continue
        gap = high - low - (1 if relation in ("<", ">") and all(end.is_integer for end in ends) else 0)
        found.append(sp.GreaterThan(gap, 0, evaluate=False) if relation in ("<=", ">=") or gap != high - low
                     else sp.StrictGreaterThan(gap, 0, evaluate=False))  # fmt: skip
    return tuple(found)


#: Words that say a name is at least 0, 0 included ("nonnegative", "non-negative", "nicht-negativ", "no negativo",
#: "não negativo", "non négatif", "non negativo", "неотрицательный", "非負", "非负", "음이 아닌"): said of an index,
#: they claim the steps at 0.
_AT_LEAST_ZERO = re.compile(
    r"non-?\s*n[eé]gati|nicht-?\s*negativ|n(?:o|ão|ao)\s+negativ|неотрицательн|非負|非负|음이\s*아닌", re.IGNORECASE
)

#: A range in words from a number (":math:`t` beside the word 'from 0 to'", as the words readers record "For $t$ from
#: $0$ to $T$"; "from 0 until", "from 0 through"): its first number.
_FROM_IN_WORDS = re.compile(r"\bfrom\s+(?P<first>[-−]?\d+)\s+(?:to|until|through|up\s+to)\b", re.IGNORECASE)

#: A whole number as a range in words gives its end, in figures or in words ("0", "zero", "one"); a decimal
#: ("-0.5") is none, so its range word is not read.
_NUMBER_WORDS = {"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_END = r"(?P<number>[-−]?\d+(?![.,]\d)|" + "|".join(_NUMBER_WORDS) + r")\b"  # a decimal is not read (-0.5)

#: What may open the clause after an index before its range ("$t$ that is at least 1", "$t$ ranging from 0").
_COPULA = r"^\W*(?:(?:that|which)\s+(?:is|are)\s+|is\s+|are\s+|being\s+|ranging\s+|running\s+|going\s+)?"

#: The ranges of an index in words said right after it from a number, English first, each with how far past the
#: number the index starts: "greater than or equal to zero", "at least 0", "no less than 0", "from 0 on", "from 0 to",
#: "starting at 0", "between 0 and T" (both ends in, unless "exclusive" or "strictly" says otherwise), "including 0";
#: and one past it: "greater than 0", "exceeding 0", "above 0", "strictly between 0 and T".  The first that matches
#: is read.
_RANGES_IN_WORDS = tuple((re.compile(_COPULA + pattern, re.IGNORECASE), past) for pattern, past in (
    (r"(?:greater|larger|bigger|higher)\s+than\s+or\s+equal\s+to\s+" + _END, 0),
    (r"(?:at\s+least|no\s+(?:less|smaller|lower)\s+than|not\s+(?:less|smaller|lower)\s+than)\s+" + _END, 0),
    (r"(?:greater|larger|bigger|higher)\s+than\s+" + _END, 1),
    (r"(?:exceeding|above)\s+" + _END, 1),
    (r"strictly\s+between\s+" + _END + r"\s+and\b", 1),
    (r"between\s+" + _END + r"\s+and\b(?!.*\bexclusive\b)", 0),
    (r"between\s+" + _END + r"\s+and\b", 1),
    (r"(?:from|(?:starting|beginning)\s+(?:at|from|with))\s+" + _END, 0),
    (r"(?:including|incl\.?)\s+" + _END, 0),
))  # fmt: skip

#: Words that open a range of the index they follow from its low end: read with its number by
#: :data:`_RANGES_IN_WORDS`, or else not read ("greater than the burn-in", "from the first step on").
_LOW_END_WORDS = re.compile(
    _COPULA + r"(?:greater|larger|bigger|higher|at\s+least|no\s+(?:less|smaller|lower)|not\s+(?:less|smaller|lower)"
    r"|exceed\w*|above|strictly|between|from|starting|beginning|including|incl\b|onwards?)",
    re.IGNORECASE,
)

#: The clause a words reader records after a lone index letter (:func:`~diffproof.notecheck.statements.orders.
#: _clause_after_index`).
_FOLLOWED_BY = re.compile(r", followed by '(?P<clause>[^']*)'$")


def _range_in_words(text: str) -> sp.Integer | bool | None:
    """The first step a lone index's range in words claims (:data:`_RANGES_IN_WORDS`, read in the clause recorded
    after the index: :data:`_FOLLOWED_BY`): its number, past it where the range leaves it out; True where the
    clause opens with a range word whose end is not read (:data:`_LOW_END_WORDS`: the range may start anywhere);
    None where the clause says no range from below."""
    followed = _FOLLOWED_BY.search(text)
    clause = followed["clause"] if followed is not None else ""
    for pattern, past in _RANGES_IN_WORDS:
        found = pattern.match(clause)
        if found is not None:
            number = found["number"].replace("−", "-")
            return sp.Integer(_NUMBER_WORDS.get(number.lower(), number)) + past
    return True if _LOW_END_WORDS.match(clause) else None


#: A membership of an index in a set or an interval of integers from a number (``t \in \{0, \ldots, T\}``, ``t
#: \in [0, T]``, ``t \in (0, T]``, ``t \in [\![0, T]\!]``: brackets of :mod:`~diffproof.notecheck.set_brackets`): its letter, its bracket and its first member.
_MEMBER_FROM = re.compile(
    r"\s*(?P<letter>[A-Za-z])\s*(?:\\in(?![A-Za-z])|∈)\s*" + set_brackets.OPEN + r"\s*(?P<first>-?\d+)\s*(?:,|$)"
)  # the reader may cut the maths at its comma ("t \\in \\llbracket 0")

#: A membership of an index in the whole numbers from a number (``t \in \mathbb{N}_0``, ``t \in \mathbb{Z}_{\ge
#: 0}``, ``t \in \mathbb{Z}_{> -1}``, ``t \in \mathbb{Z}_0^+``, the sign of the superscript on either side): its
#: letter, its set's order (none: from 0) and its number.
_WHOLE_FROM = re.compile(
    r"\s*(?P<letter>[A-Za-z])\s*(?:\\in(?![A-Za-z])|∈)\s*(?:\\mathbb\s*\{?\s*[NZ]\s*\}?|ℕ|ℤ)\s*"
    r"(?:\^\s*\{?\s*\+\s*\}?\s*)?"
    r"(?:_\s*\{?\s*(?:(?P<order>\\(?:geqslant|geqq|geq|ge|gt)(?![A-Za-z])|≥|⩾|≧|>)\s*)?(?P<number>-?\d+)\s*\}?|₀)"
    r"\s*(?:\^\s*\{?\s*\+\s*\}?\s*)?$"
)

#: A membership of an index in a union of sets (``t \in \mathbb{N} \cup \{0\}``, ``t \in \{0\} ∪ ℕ``, a disjoint
#: union ``\sqcup``, ``\uplus``): its letter and the sets; each set of it listed in numbers claims them, whatever the
#: other sets are.
_UNION = re.compile(
    r"\s*(?P<letter>[A-Za-z])\s*(?:\\in(?![A-Za-z])|∈)(?P<sets>.*(?:\\(?:cup|sqcup|uplus)(?![A-Za-z])|[∪⊔⊎]).*)$"
)


def _union_from(text: str) -> tuple[str, sp.Integer] | None:
    """The letter and the least number listed in a set of a union ``text`` says the letter lies in (:data:`_UNION`):
    the union holds every member of each of its sets, so the index is claimed there; None for no such union."""
    found = _UNION.match(text)
    if found is None:
        return None
    listed = [
        int(member)
        for members in re.findall(
            rf"{set_brackets.BRACE_OPEN}([^{{}}]*?){set_brackets.BRACE_CLOSE}", set_brackets.spaced(found["sets"])
        )
        for member in (piece.strip() for piece in members.split(","))
        if re.fullmatch(r"-?\d+", member)
    ]
    return (found["letter"], sp.Integer(min(listed))) if listed else None


#: Words that say the step has no value, or is not claimed, where the sentence's maths is ("At $t = 0$ this has no
#: value.", "... is excluded", "is undefined", "is not defined"): it excludes that value of the index, no claim.
_EXCLUDING = re.compile(r"\bha(?:s|ve)\s+no\s+value|\b(?:is|are)\s+excluded\b|\bundefined\b|\bnot\s+defined\b", re.I)

#: A negation left in such a sentence ("It is not true that ... is excluded"): the exclusion is not read then.
_NEGATION = re.compile(r"\b(?:not|never|no|none)\b|n't", re.IGNORECASE)


def _excluding(text: str) -> bool:
    """Whether ``text`` says the step has no value where its maths is (:data:`_EXCLUDING`), with no other negation
    that may turn it round."""
    return bool(_EXCLUDING.search(text)) and not _NEGATION.search(_EXCLUDING.sub(" ", text))


def _claims(stated: list[Stated], context: StepContext) -> list[Stated]:
    """Everything the note says the step is claimed under, wherever it says it: the statements before it
    (``stated``), the cases it is written under (beside it on its row, an arrow's antecedent, the sentence going on
    after it: :attr:`StepContext.cases`) and the values and ranges said beside or after its display
    (:attr:`StepContext.valued`); a denied one, or a definition, is none, but for a value of an index for the display
    after it denied in words of excluding that are themselves denied ("We do not exclude $t = 0$": the words turn the
    exclusion round, so the value is still claimed, the fail-safe direction)."""
    found = [*stated, *context.cases, *(item for item in context.valued if item.origin == "case")]
    found = [_still_claimed(item) for item in found]
    return [item for item in found if item.name is not None and item.body is None and not item.denied]


def _still_claimed(item: Stated) -> Stated:
    """The value of an index ``item`` denies (``t = 0`` for the display after it) where an exclusion is turned round
    (:data:`~diffproof.notecheck.statements.hedges.NOT_EXCLUDED`); else ``item``."""
    denied = item.denies if item.denied else None
    if denied is None or not item.text.endswith(NOT_EXCLUDED) or denied.kind != "relation" or denied.until is None:
        return item
    return denied


def _pieces(item: Stated) -> list[Stated]:
    """``item`` as the statements its maths makes: itself where it was read, else one for each inline maths of its
    text that parses (a sentence said beside the step but not read: "We use it at $t = 0$.")."""
    if item.name.node is not None:
        return [item]
    found = []
    for maths in re.findall(r"\$([^$]+)\$", item.text):
        try:
            node = syntax.parse(maths, notes=True)
        except (InvalidAnswer, RecursionError):
            continue
        found.append(replace(item, text=maths, name=Formula(maths, item.line, node)))
    return found


def indices_only(item: Stated) -> bool:
    """Whether every piece of maths ``item`` writes (:func:`_pieces`) is a value or an order of indices alone whose
    letters have a convention of steps ("We use it at $t = 2$."): :func:`claimed_index_ends` reads it, so it is no
    value said but not read."""
    pieces = [piece.name.node for piece in _pieces(item)]
    return bool(pieces) and all(
        isinstance(node, syntax.Statement) and set(node.relations) <= _ORDER_SIGNS | {"="}
        and all(isinstance(n, syntax.Name) and not (n.decoration or n.index)
                and isinstance(convention(n), sp.Range) for n in nodes(node) if isinstance(n, syntax.Name))
        for node in pieces
    )  # fmt: skip


def claimed_index_ends(stated: list[Stated], context: StepContext) -> tuple[tuple[str, str, sp.Integer], ...]:
    """Each least value the note claims an index at, with where it says so, read once from every way it gives the
    index's range (:func:`_claims`): an order (``t \\ge 0``, ``0 \\le t \\le T``: :func:`_range_end`), a value
    (``t = 0``, "For $t = 0, \\ldots, T$"), members listed with dots either way (``t \\in \\{T, \\ldots, 0\\}``:
    :func:`~diffproof.notecheck.enumerations.enumeration`), a membership in a set or an interval from a number (``t \\in \\{0, \\ldots,
    T\\}``, ``t \\in [0, T]``, ``t \\in \\llbracket 0, T \\rrbracket``: :data:`_MEMBER_FROM`; ``t \\in \\mathbb{N}_0``,
    ``t \\in \\mathbb{Z}_{\\ge 0}``: :data:`_WHOLE_FROM`) or a word that includes 0 ("every nonnegative integer $t$":
    :data:`_AT_LEAST_ZERO`).  A sentence that says the step has no value there (:func:`_excluding`) claims nothing."""
    symbols = context.vocabulary.symbols
    found: list[tuple[str, str, sp.Integer]] = []
    claims = [claim for claim in _claims(stated, context) if not _excluding(claim.text)]
    for item in (piece for claim in claims for piece in _pieces(claim)):
        node = item.name.node
        member, whole = _MEMBER_FROM.match(set_brackets.spaced(item.text)), _WHOLE_FROM.match(item.text)
        member = member if member is not None and set_brackets.leaves_out_low(member["open"]) is not None else None
        union, listed = _union_from(item.text), enumeration(item.text)
        if union is not None:
            found.append((item.text, *union))
        elif listed is not None and listed.low.isdigit():  # t \in \{T, \ldots, 0\}: from its least member
            found.append((item.text, listed.letter, sp.Integer(listed.low)))
        elif member is not None:
            first = sp.Integer(member["first"]) + (1 if set_brackets.leaves_out_low(member["open"]) else 0)
            found.append((item.text, member["letter"], first))
        elif whole is not None:  # N_0 (N_1 is from 1), Z_{>= n}, Z_{> n}
            first = sp.Integer(whole["number"] or 0) + (1 if whole["order"] in (">", "\\gt") else 0)
            found.append((item.text, whole["letter"], first))
        elif isinstance(node, syntax.Name) and _AT_LEAST_ZERO.search(item.text):
            if not node.decoration and not node.index:
                found.append((item.text, node.base, sp.Integer(0)))
        elif isinstance(node, syntax.Name) and (worded := _range_in_words(item.text)) is not None:
            steps = convention(syntax.Name(0, node.base, "", ""))
            unread = worded is True and isinstance(steps, sp.Range)  # held: claimed one below its first step
            if not (node.decoration or node.index) and (unread or worded is not True):
                found.append((item.text, node.base, steps.inf - 1 if unread else worded))
        elif isinstance(node, syntax.Name) and _FROM_IN_WORDS.search(item.text):
            if not node.decoration and not node.index:  # "For $t$ from $0$ to $T$": t from 0
                found.append(
                    (item.text, node.base, sp.Integer(_FROM_IN_WORDS.search(item.text)["first"].replace("−", "-")))
                )
        elif isinstance(node, syntax.Statement) and node.relations == ("=",):
            value = next((
                (name.base, number.text) for name, number in (node.operands, node.operands[::-1])
                if isinstance(name, syntax.Name) and not (name.decoration or name.index)
                and isinstance(number, syntax.Number) and number.text.isdigit()
            ), None)  # fmt: skip
            if value is not None:
                found.append((item.text, value[0], sp.Integer(value[1])))
        elif isinstance(node, syntax.Statement) and set(node.relations) <= _ORDER_SIGNS:
            for order in _range_end(node, item, context):
                (index,) = order.lhs.free_symbols if len(order.lhs.free_symbols) == 1 else (None,)
                key = symbols.get(index, ("", "x", "x"))
                whole = isinstance(convention(syntax.Name(0, key[0], "", "")), sp.Range)  # t > -1: t >= 0
                strict = isinstance(order, sp.StrictGreaterThan) and whole
                end = (
                    index - order.lhs + (1 if strict else 0)
                    if not (key[1] or key[2]) and (strict or isinstance(order, sp.GreaterThan))
                    else None
                )
                if end is not None and end.is_Integer:  # t - 0 >= 0: t from 0
                    found.append((item.text, key[0], end))
    return tuple(dict.fromkeys(found))


def _indexed_beyond_convention(
    written: tuple[tuple[Requirement, tuple[sp.Expr, ...]], ...], stated: list[Stated], context: StepContext
) -> str:
    """Why a divisor, logarithm or root the step writes is not shown to have a value at a least value the note claims
    an index at (:func:`claimed_index_ends`) below the steps its convention holds ("For $t \\ge 0$": t = 0, where
    steps start at 1): the note claims the step there, where a name with a convention it writes at that index (abar_t
    at t = 0, DDPM's abar_0 = 1) is outside its convention's steps and never tried, so the step is held; else ''."""
    symbols = context.vocabulary.symbols
    for text, letter, end in claimed_index_ends(stated, context) if any(exprs for _, exprs in written) else ():
        steps = convention(syntax.Name(0, letter, "", ""))
        if not isinstance(steps, sp.Range) or not end < steps.inf:
            continue
        for requirement, exprs in written:
            for expr in exprs:
                name = next((s for s in sorted(expr.free_symbols, key=str)
                             if _below_at(symbols.get(s), letter, end, steps.inf)), None)  # fmt: skip
                if name is not None:
                    return (f"the step {requirement.written} ${sp.latex(expr)}$, which is not shown "
                            f"{requirement.number} where the note claims it ({text[:60]}): at "
                            f"${letter} = {end}$, ${sp.latex(name)}$ is outside the steps of its "
                            "convention")  # fmt: skip
    return ""


def _below_at(key: tuple[str, str, str] | None, letter: str, end: sp.Integer, first: sp.Integer) -> bool:
    """Whether the name ``key``, one with a convention, is indexed by ``letter`` and its index at ``letter = end``
    lies below the first step ``first`` (abar_t at t = 0)."""
    value = index_value(key[2]) if key is not None and convention(syntax.Name(0, *key)) is not None else None
    ends = {symbol: end for symbol in value.free_symbols if str(symbol) == letter} if value is not None else {}
    return bool(ends) and bool(value.xreplace(ends) < first)


def signed_unread(stated: list[Stated]) -> dict[tuple[str, str], str]:
    """The letters of the names the note says something of in sign or bound words the readers do not take as an
    order (":math:`x` beside the word 'negativo'"), or sets among reals of both signs (:attr:`Stated.unsigned`: ``x
    \\in \\mathbb{R}``, "Let $x$ be real"), with no order, value or supposition read of it on that line, each
    with what was said: the sign they give is not known, so a logarithm or a root of them is not known to have a
    value.  A name with a convention (alpha_t in (0, 1)) is left to it: words said of it dispute the convention
    where they may break it, and what is left of it is the vocabulary's."""
    read = {
        (item.line, n.key[:2])
        for item in stated
        if item.kind == "relation" and item.name is not None and isinstance(item.name.node, syntax.Statement)
        for n in nodes(item.name.node)
        if isinstance(n, syntax.Name)
    }
    found: dict[tuple[str, str], str] = {}
    for item in stated:
        said = (item.unsigned or item.kind == "relation" and item.origin == "words") and item.name is not None
        node = item.name.node if said else None
        if node is None or isinstance(node, syntax.Statement) or item.denied:
            continue
        for name in (n for n in nodes(node) if isinstance(n, syntax.Name)):
            if (item.line, name.key[:2]) not in read and convention(name) is None:
                found.setdefault(name.key[:2], item.text)
    return found


def _defined_in(defined: Known, expr: sp.Expr) -> sp.Expr:
    """``expr`` with the note's definitions written in, or as written where they cannot be (a value for a variable
    an integral in it binds)."""
    try:
        return defined.written_in(expr)
    except (TypeError, ValueError):
        return expr


def claimed_without_value(parsed: Parsed, context: StepContext, stated: list[Stated]) -> str:
    """Why a divisor, a logarithm's argument or a root's radicand the step writes is not shown to have a value where
    the note claims it: it fails somewhere an order not taken as a condition allows together with the orders the note
    assumes (:func:`orders_not_taken`: log x after "Suppose $x < 0$."; one that conflicts with them, as a supposition
    argued against does, claims nothing), or it needs a sign and writes a name signed in words not read
    (:func:`signed_unread`), each as the note's definitions write it; else ''."""
    written: tuple[tuple[Requirement, tuple[sp.Expr, ...]], ...] = (
        (DIVISOR, parsed.divisors),
        (LOGARITHM, parsed.positive),
        (ROOT, parsed.nonnegative),
        (ODD_ROOT, parsed.odd_roots),
    )
    # each as the note's definitions write it (log x after x := -y is log(-y): an order or a sign of y reaches it)
    defined = definitions_known(context)
    written = tuple((r, tuple(dict.fromkeys(_defined_in(defined, e) for e in exprs))) for r, exprs in written)
    supposed = orders_not_taken(stated, context)
    assumed = tuple(r for c in context.conditions if c.said for r in c.relations)
    for requirement, exprs in written if supposed else ():
        for expr, order in ((e, o) for e in exprs for o in supposed):
            found = within_orders(requirement, expr, (*assumed, order))
            if found.kind in ("fails", "open"):
                where = found.where or "not decided"
                return (f"the step {requirement.written} ${sp.latex(expr)}$, which is not shown {requirement.number} "
                        f"where an order the note states but does not assume holds ({where}), and it is claimed "
                        "there too")  # fmt: skip
    beyond = _indexed_beyond_convention(written, stated, context)
    if beyond:
        return beyond
    indexed = orders_at_other_indices(
        stated, context, {s for _, exprs in written for e in exprs for s in e.free_symbols}
    )
    for requirement, exprs in written if indexed else ():
        for expr, orders in ((e, o) for e in exprs for o in indexed):
            found = within_orders(requirement, expr, (*assumed, *orders))
            if found.kind in ("fails", "open"):
                where = found.where or "not decided"
                return (f"the step {requirement.written} ${sp.latex(expr)}$, which is not shown {requirement.number} "
                        f"where an order the note states of the same name at an index that may range over this one "
                        f"holds ({where})")  # fmt: skip
    signed = signed_unread(stated) if parsed.positive or parsed.nonnegative or parsed.odd_roots else {}
    # a name said only to be real keeps its odd roots: the translator reads them as real ones under an even root
    # (notation.real_under_an_even_root), and x^{1/3} is a real number at every real x
    worded = signed_unread([item for item in stated if not item.unsigned]) if parsed.odd_roots and signed else {}
    symbols = context.vocabulary.symbols
    for requirement, exprs in written[1:] if signed else ():
        of = worded if requirement is ODD_ROOT else signed
        for expr in exprs:
            said = next((of[symbols[s][:2]] for s in sorted(expr.free_symbols, key=str)
                         if s in symbols and symbols[s][:2] in of), None)  # fmt: skip
            if said is not None and requirement.sign(expr) is not True:
                return (f"the step {requirement.written} ${sp.latex(expr)}$, which needs a sign the note says in "
                        f"words not read ({said[:60]})")  # fmt: skip
    return ""
