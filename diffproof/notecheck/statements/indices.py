"""Indices and sizes (t, T): the conditions and values a note gives them, the ranges it narrows them to, the
numbers a sentence pins them at, and a family's instance at a fixed index."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.numbers import bounded, convention, fits, value
from diffproof.notecheck.statements.formulas import Formula, Stated, name_key
from diffproof.notecheck.vocabulary import display_name, index_value, nodes, rebuilt, shifted, syntax_index
from diffproof.notes import Inline, Notes

#: Indices and numbers are never defined by a sentence: ``$t = 1$`` is a condition.
_INDEX_LETTERS = {"t", "T", "i", "j", "k", "n", "s", "l", "L", "N"}


def _instance(target: syntax.Node, defined: set[tuple]) -> bool:
    """Whether ``target`` is an instance at a fixed index of a name defined for every index, or at fixed
    arguments of a function: alpha_1 after alpha_t := 1 - beta_t, f(3) after f(x) := x^2.  (x_{t-1} after x_t :=
    ... may be defined: the derivation steps back.)"""
    if isinstance(target, syntax.Call):
        fixed = bool(target.arguments) and all(isinstance(a, syntax.Number) for a in target.arguments)
        return fixed and law_letter(target) is None and ("symbol", target.name.key) in defined
    if not isinstance(target, syntax.Name) or index_value(target.index) is None or _generic(target.index):
        return False
    member = index_value(target.index)
    for kind, *rest in defined:  # ("other",), a definition of no name, carries no key
        same_letter = kind == "symbol" and (rest[0][0], rest[0][1]) == (target.base, target.decoration)
        family = index_value(rest[0][2]) if same_letter else None
        if family is not None and len(family.free_symbols) == 1:
            (symbol,) = family.free_symbols
            if member - (family - symbol) >= 1:  # x_t := ... holds for t = 1, 2, ...: x_0 is where it starts
                return True
    return False


def _generic(index: str) -> bool:
    """Whether an index is written in an index letter (t, t - 1), not a number."""
    value = index_value(index)
    return value is not None and bool(value.free_symbols)


def _sentence_pins(inline: Inline, notes: Notes) -> dict[sp.Symbol, sp.Expr]:
    """The indices the other maths of ``inline``'s sentence gives a number ("$t=1$ のとき $\\bar\\alpha_t = \\alpha_1$").
    None where its words turn the case (:func:`case_turned`): a value left out ("for every $t$ except $t = 1$",
    "unless", "other than") or one of several ("whether $t = 1$ or $t = 2$") is never the index's value, and the
    sentence's cases (:meth:`~.timeline.Timeline._sentence_cases`) then leave its definitions relations only."""
    if case_turned(inline.sentence):
        return {}
    found = {}
    for other in notes.inline:
        pinned = _PIN.fullmatch(other.text) if other is not inline and other.sentence == inline.sentence else None
        if pinned is not None and pinned["letter"] in _INDEX_LETTERS:
            found[index_value(pinned["letter"])] = sp.Integer(pinned["number"])
    return found


_PIN = re.compile(r"\s*(?P<letter>[A-Za-z])\s*=\s*(?P<number>\d+)\s*")


def _at_pins(item: Stated, pins: dict[sp.Symbol, sp.Expr]) -> Stated:
    """A sentence's definition of a family at an index its sentence pins ("for $t = 1$, $\\bar\\alpha_t =
    \\alpha_1$"): its equation at that instance (abar_1 = alpha_1), a relation the kernel does not use, not the
    family's definition (which would leave abar_t defined twice beside its product)."""
    target = item.name.node if item.kind == "definition" and item.name is not None else None
    index = index_value(target.index) if isinstance(target, syntax.Name) else None
    if index is None or not index.free_symbols & set(pins):
        return item
    instance = shifted(target, pins)
    body = shifted(item.body.node, pins) if item.body is not None and item.body.node is not None else None
    said = instance if body is None else syntax.Statement(instance.position, ("=",), (instance, body))
    return Stated("relation", item.line, f"{item.text} (at {display_name(instance.key)})",
                  Formula(item.name.text, item.line, said), None, "inline")  # fmt: skip


def _narrowed_indices(statement: syntax.Statement, text: str, line: int, next_display: int | None) -> list[Stated]:
    """The lower ends ``statement`` (an integer range of indices) sets, each as a bound on its name alone (``2 \\le t
    \\le T`` gives t >= 2), for the display after the sentence: :func:`_narrowing` decides where, if anywhere, the
    sentence makes it hold.  An end the index's convention gives already (``T \\ge 1``) bounds nothing, but the note
    claims its steps there all the same: it is a ``range``, an order a step's values are checked at, never a bound."""
    found = []
    for position, operand in enumerate(statement.operands):
        if not isinstance(operand, syntax.Name):
            continue
        values = bounded(statement.operands, statement.relations, position)
        low = values.inf
        if not (low.is_number and low.is_finite):
            continue
        smallest = sp.floor(low) + 1 if values.left_open or not low.is_integer else low
        number = syntax.Number(operand.position, str(smallest))
        bound = syntax.Statement(operand.position, (">=",), (operand, number))
        found.append(Stated("bound" if smallest >= 2 else "range", line, f"{text} (so {operand.base} >= {smallest})",
                            Formula(text, line, bound), None, "narrowing", next_display))  # fmt: skip
    return found


#: Two indices a sentence says are one in words ("$t$ is the final step $T$", "$t$ coincides with $T$").
_INDICES_EQUAL = re.compile(
    r"\$\s*([A-Za-z](?:\s*[-+]\s*\d+)?)\s*\$\s*(?:is|equals|coincides\s+with|is\s+(?:the\s+same\s+as|equal\s+to|just|now))"
    r"\b[^$.;:]{0,40}?\$\s*([A-Za-z](?:\s*[-+]\s*\d+)?)\s*\$",
    re.IGNORECASE,
)


def _indices_equal_in_words(inline: Inline, next_display: int | None) -> list[Stated]:
    """An equation between two indices a sentence states in words, beside ``inline`` (its first index), for the
    display after it: nothing the kernel uses, but counterexamples that take the indices apart are not trusted."""
    found = []
    for match in _INDICES_EQUAL.finditer(inline.sentence):
        first, second = (" ".join(group.split()) for group in match.groups())
        if " ".join(inline.text.split()) != first or first == second:
            continue
        said = f"{first} = {second}"
        try:
            statement = syntax.parse(said, notes=True)
        except InvalidAnswer:  # a letter that is an operator alone (E)
            continue
        if statement.relations == ("=",) and indices_only(*statement.operands):
            formula = Formula(said, inline.line, statement)
            found.append(Stated("relation", inline.line, f"{said} (in words)", formula, None, "inline", next_display))
    return found


def _integer_range(statement: syntax.Statement) -> bool:
    """Whether a bound on indices is one the integer convention of an index (t, T) already gives: its numbers are
    integers, and numbers do not bound it on both sides (``t \\ge 2``, ``1 \\le t \\le T``; not ``0 \\le t \\le 1``,
    continuous time)."""
    operands = statement.operands
    numbers = [operand for operand in operands if isinstance(operand, syntax.Number)]
    if any(not number.text.isdigit() for number in numbers):
        return False
    if any(not isinstance(operand, (syntax.Name, syntax.Number)) for operand in operands):
        return False  # 2s > 1, s + k > 1: a bound on a formula, no range of an index
    if isinstance(operands[0], syntax.Number) and isinstance(operands[-1], syntax.Number):
        return False
    names = [operand for operand in operands if isinstance(operand, syntax.Name)]
    return all(  # a letter without the index convention (s, L, n) may be a number: its bound is news
        convention(name) is not None
        and fits(name, bounded(statement.operands, statement.relations, statement.operands.index(name)))
        for name in names
    )


def _size_value(item: Stated) -> dict[sp.Symbol, sp.Integer]:
    """The whole number a sentence's relation gives a size (``T = 1``), as {T: 1}; else {}."""
    statement = item.name.node if item.name is not None else None
    if not (isinstance(statement, syntax.Statement) and statement.relations == ("=",)):
        return {}
    name, number = statement.operands
    found = value(number)
    if not _size(name) or found is None or not found.is_Integer:
        return {}
    return {index_value(name.base): found}


def _first_steps(node: syntax.Node, sizes: dict[sp.Symbol, sp.Integer]) -> syntax.Node:
    """``node`` with each index that a size's value makes a first step (0 or 1) written as that number: after
    "Let $T = 1$.", ``\\bar\\alpha_{T-1}`` is ``\\bar\\alpha_0``, which is 1, while ``T = 1000`` leaves every index
    as written (only the first steps have values of their own)."""

    def replacement(current: syntax.Node) -> syntax.Node | None:
        if not isinstance(current, syntax.Name) or not current.index:
            return None
        index = index_value(current.index)
        if index is None or not index.free_symbols & set(sizes):
            return None
        at = index.xreplace(sizes)
        return replace(current, index=syntax_index(at)) if at.is_Integer and at <= 1 else None

    return rebuilt(node, replacement)


def _size(node: syntax.Node) -> bool:
    """Whether ``node`` is a size (T, N, L): fixing it in a sentence (T = 3) fixes what every step over it means."""
    return isinstance(node, syntax.Name) and node.base in ("T", "N", "L", "K", "M") and not (node.index or
                                                                                            node.decoration)  # fmt: skip


def indices_only(*sides: syntax.Node) -> bool:
    """Whether an equation writes only indices and numbers (``t - 1 = 0``): a condition, not a relation."""
    names = [n for side in sides for n in nodes(side) if isinstance(n, syntax.Name)]
    return all(n.base in _INDEX_LETTERS and not (n.index or n.decoration) for n in names)


def _condition(target: syntax.Node | None, body: syntax.Node | None) -> bool:
    """Whether an equation is a condition on an index or a size (``T = 1000``, ``t = T``) rather than a claim."""
    return (
        isinstance(target, syntax.Name)
        and target.base in _INDEX_LETTERS
        and body is not None
        and indices_only(target, body)
    )


def _valued(item: Stated) -> set[tuple]:
    """The index or size a stated condition gives a value: ``T`` for ``T = 10^3``."""
    statement = item.name.node if item.kind == "relation" and item.name is not None else None
    if isinstance(statement, syntax.Statement) and statement.relations == ("=",) and _condition(*statement.operands):
        return {name_key(statement.operands[0])}
    return set()


#: A word that opens the range of a definition's index beside it ("for (all)", "where", "with", "when"; "für
#: (alle)", "pour (tout)", 对于).
_RANGE_WORD = re.compile(
    r"^\s*(?:,|\\q?quad|\\[,;:!]|\()*\s*(?:(?:for|für|pour)\b(?:\s+(?:alle|all|tout|tous)\b)?|where|with|when|对于?)?\s*"
)
#: The orders a range of an index is written with, as the parser writes them.
_RANGE_ORDERS = frozenset({"<", "<=", ">", ">="})


def index_range_beside(target: syntax.Node, remark: str) -> syntax.Statement | None:
    """The range of the target's own index the remark beside ``target = body`` says the equation holds on
    (``L_t = ... \\quad \\text{for } 1 \\le t \\le T - 1``): orders between the index letter its index is written
    in, standing alone, and whole numbers and sizes (T); else None.  Such a remark is the range of a definition,
    not a condition on the other names of a claim."""
    letter = _index_letter(target)
    if letter is None:
        return None
    text = _RANGE_WORD.sub("", remark.strip(), count=1).rstrip(" .,;)")
    try:
        statement = syntax.parse(text, notes=True)
    except InvalidAnswer:
        return None
    if not isinstance(statement, syntax.Statement) or not set(statement.relations) <= _RANGE_ORDERS:
        return None
    alone = [o for o in statement.operands if isinstance(o, syntax.Name) and o.base == letter]
    names = [n for o in statement.operands for n in nodes(o) if isinstance(n, syntax.Name)]
    ranged = (
        len(alone) == 1
        and not (alone[0].index or alone[0].decoration)
        and all(n is alone[0] or _size(n) for n in names)
        and all(_whole_or_sum(n) for o in statement.operands for n in nodes(o))
    )
    return statement if ranged else None


def _index_letter(target: syntax.Node) -> str | None:
    """The one letter a name's index is written in (t for L_t and L_{t-1}), else None."""
    index = index_value(target.index) if isinstance(target, syntax.Name) else None
    if index is None or len(index.free_symbols) != 1:
        return None
    return str(next(iter(index.free_symbols)))


def _whole_or_sum(node: syntax.Node) -> bool:
    """Whether ``node`` is a name, a whole number or a sum or difference (``T - 1``): a part of an index's bound."""
    if isinstance(node, syntax.Number):
        return node.text.isdigit()
    return isinstance(node, syntax.Name) or (isinstance(node, syntax.Binary) and node.operator in "+-")


def range_narrows(target: syntax.Node, statement: syntax.Statement) -> bool:
    """Whether the range ``statement`` a definition of ``target`` holds on leaves out an index the convention
    allows (t, a positive integer): a lower bound above the first step (``t \\ge 2``) or any upper bound (``t \\le 3``,
    ``t \\le T - 1``, which a counterexample at t = T, or after "T = 3", would leave)."""
    letter = _index_letter(target)
    position = next(i for i, o in enumerate(statement.operands) if isinstance(o, syntax.Name) and o.base == letter)
    values = bounded(statement.operands, statement.relations, position)
    low = values.inf
    first = sp.floor(low) + 1 if low.is_finite and (values.left_open or not low.is_integer) else low
    return bool(first > 1) or values.sup != sp.oo or _above(statement, position)


def _above(statement: syntax.Statement, position: int) -> bool:
    """Whether a formula bounds the index at ``position`` from above (``t \\le T - 1``, ``T > t``), which
    :func:`~diffproof.notecheck.numbers.bounded` (numbers only) does not see."""
    operands, relations = statement.operands, statement.relations
    before = [(operands[i], relations[i]) for i in range(position)]
    after = [(operands[i + 1], relations[i]) for i in range(position, len(relations))]
    return any(r in ("<", "<=") and not isinstance(o, syntax.Number) for o, r in after) or any(
        r in (">", ">=") and not isinstance(o, syntax.Number) for o, r in before
    )


#: The relations a step index's case may be written with, and the values each leaves the index on its left.
_CASE_RELATIONS = {
    "=": lambda n: sp.FiniteSet(n),
    "<": lambda n: sp.Interval.open(-sp.oo, n),
    "<=": lambda n: sp.Interval(-sp.oo, n),
    ">": lambda n: sp.Interval.open(n, sp.oo),
    ">=": lambda n: sp.Interval(n, sp.oo),
}
_MIRRORED = {"=": "=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


def index_case(node: syntax.Node | None) -> tuple[str, sp.Set] | None:
    """The values a case of one step index leaves it (``t > 1``: t in (1, oo); ``2 \\le t \\le T``: [2, oo), the
    bound by the size being the convention's; ``t = 2``: {2}), as its letter and that set; None for anything
    else (a size's bound, two indices, a formula of one, a bound by the size that the convention does not give)."""
    if not isinstance(node, syntax.Statement) or not set(node.relations) <= set(_CASE_RELATIONS):
        return None
    letters = {
        o.base for o in node.operands if isinstance(o, syntax.Name) and not (o.index or o.decoration or _size(o))
    }
    if len(letters) != 1 or not letters <= _INDEX_LETTERS:
        return None
    (letter,) = letters
    values: sp.Set = sp.S.Reals
    for left, relation, right in zip(node.operands, node.relations, node.operands[1:]):
        if not (isinstance(left, syntax.Name) and left.base == letter):
            left, relation, right = right, _MIRRORED[relation], left  # 2 < t as t > 2
        if not (isinstance(left, syntax.Name) and left.base == letter and not (left.index or left.decoration)):
            return None  # between two numbers or sizes, or a formula of the index
        if _size(right) and relation == "<=":
            continue  # t <= T: every step's index
        number = value(right)
        if number is None or not number.is_finite:
            return None
        values = values & _CASE_RELATIONS[relation](number)
    return letter, values


def narrows_steps(values: sp.Set) -> bool:
    """Whether a case's values leave out a step index (a whole number from 1 on): its first step above 1, an
    upper bound, or values that are no interval (``t = 2``)."""
    if not isinstance(values, sp.Interval):
        return True
    return values.contains(1) is not sp.true or values.sup != sp.oo


#: A step index written bare before a relation or a membership (``t \\ne 1``, ``t \\in \\{2, 3\\}``, ``t = 2, 4, ...``).
_INDEX_BEFORE_RELATION = re.compile(
    r"(?<![\\A-Za-z_^{])(?P<letter>[a-z])\s*(?:=|<|>|\\(?:n?eq?|le|ge|leq|geq|lt|gt|in|notin|not|neq|subset\w*)\b)"
)


def unread_case(text: str, node: syntax.Node | None) -> bool:
    """Whether maths is a case of a step index that :func:`index_case` does not read exactly (``t \\ne 1``,
    ``1 < t < T``, ``t \\in \\{2, 3\\}``, ``t = 2, 4, \\ldots, T``, ``s < t``): a relation of indices and numbers
    alone, or maths not parsed that writes a bare index letter before a relation or a membership."""
    if isinstance(node, syntax.Statement) and node.relations:
        bare = [o for o in node.operands if isinstance(o, syntax.Name) and not (o.index or o.decoration or _size(o))]
        return any(o.base in _INDEX_LETTERS for o in bare) and indices_only(*node.operands) and index_case(node) is None
    if node is not None:
        return False
    return any(match["letter"] in _INDEX_LETTERS for match in _INDEX_BEFORE_RELATION.finditer(text))


#: Words that narrow a step index written bare beside them ("$t$ greater than 1", "$t$ other than 1", "odd $t$",
#: "for large $t$"): a case said in words, which no reading here takes exactly.
_CASE_WORDS_AFTER = re.compile(
    r"^\s*(?:is\s+|strictly\s+|not\s+)*(?:greater|larger|bigger|more|less|smaller|fewer|above|below|over|under|beyond"
    r"|exceed\w*|at\s+(?:least|most)|other|except|not|between|in\b|from|up\s+to|past|after|before|until|till"
    r"|different|unequal|equal|within|outside|odd|even|positive|negative|no\s+(?:less|more|greater|smaller))\b",
    re.IGNORECASE,
)
_CASE_WORDS_BEFORE = re.compile(
    r"\b(?:odd|even|large|small|later|earlier|early|late|first|final|last|other|some|most|non|positive|negative)"
    r"[\s-]*$",
    re.IGNORECASE,
)


def case_in_words(before: str, after: str) -> bool:
    """Whether the words around a bare step index (``before`` and ``after`` it in its sentence) narrow it."""
    clause = re.split(r"[$,;:.]", after, maxsplit=1)[0]
    return bool(_CASE_WORDS_AFTER.match(clause) or _CASE_WORDS_BEFORE.search(before))


#: The words naming steps of an iteration (passes, sweeps, epochs, cycles, updates of a training or sampling loop too;
#: "iters", the plural's common abbreviation).
_STEP_WORDS = (
    r"steps?|time\s*steps?|iterations?|iters?|stages?|rounds?|iterates?|pass(?:es)?|sweeps?|epochs?|cycles?|updates?"
    r"|episodes?|generations?"
)
#: The plural of each, naming several steps (a sentence's subject: "The first ten steps use ...").
_STEPS_PLURAL = (
    r"steps|time\s*steps|iterations|iters|stages|rounds|iterates|passes|sweeps|epochs|cycles|updates|episodes"
    r"|generations"
)
#: A step's number, in figures or in words.
_STEP_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: The prepositions that bound or span the steps a case names ("after", "up to", "prior to", "over", "throughout").
_STEP_PREPOSITIONS = (
    r"after|beyond|past|from|since|until|till|before|at|for|in|on|during|within|over|throughout|through|up\s+to"
    r"|up\s+until|prior\s+to"
)
#: An order in words or figures ("first", "tenth", "twentieth", "hundredth", "10th").
_ORDERS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth"
    r"|last|final|initial|later|earlier|subsequent|following|next|previous|preceding|remaining|\d+(?:st|nd|rd|th)"
)
#: A universal over the steps: "every step", "each of the iterations", "all the steps", "any time step".
_EVERY_STEP = rf"\b(?:every|each|all|any)\s+(?:(?:single|one)\s+)?(?:of\s+)?(?:the\s+)?(?:{_STEP_WORDS})\b"
#: Words after a universal over the steps that restrict it to some of them: a property or a relative clause ("with
#: an even index", "whose", "that"), a bound ("after", "up to", "beyond", "greater than"), an exception ("but",
#: "except", "not"), a part ("in the second half", "at which", "between").
_RESTRICTING = (
    r"with|whose|where|which|that|after|before|from|since|until|till|up\s+to|beyond|past|except|but|save|other\s+than"
    r"|between|when|whenever|if|unless|having|starting|beginning|numbered|indexed|greater|less|larger|smaller|higher"
    r"|lower|above|below|over|under|among|in|at|during|within|later|earlier|not|only|apart|excluding|following|once"
    r"|of\s+(?:even|odd|index|order|rank|number)"
)
#: A number said in German or French words (or figures) before an order ("den ersten zehn Schritten", "les dix
#: premières étapes").
_NUMBER_DE = r"\d+|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|elf|zw[öo]lf|zwanzig|hundert|tausend"
_NUMBER_FR = r"\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|cent|mille"

#: Words that name some steps of the process only, by their order, what they leave out, their parity or a stride,
#: without maths ("After the first step", "From the second step on", "At later steps", "for the first ten steps",
#: "from step 2 on", "at step one", "up to step ten", "prior to step 10", "every step but the first", "at odd
#: steps", "every other step", "après la première étape", "pendant les dix premières étapes", "ab dem zweiten
#: Schritt", "in den ersten zehn Schritten", "a partir del segundo paso"): a case of the step index said in words,
#: which no reading here takes exactly.  Up to two words may stand between the order and the steps ("the first ten
#: steps", "the first few hundred iterations", "the first training epoch"), not a clause's subject ("in the next
#: section we pass to").  The steps may be named in an apposition ("During the warm-up phase (the first ten
#: steps)", ", i.e. the first ten steps,") or be the sentence's subject ("The first ten steps use ...").
_STEPS_IN_WORDS = re.compile(
    rf"(?:\b(?:{_STEP_PREPOSITIONS})\s+|\(\s*|[,—–]\s*(?:i\.\s*e\.,?|that\s+is,?|namely)\s+)"
    r"(?:the\s+|all\s+|each\s+|every\s+)?"
    rf"(?:{_ORDERS})\s+(?:(?!(?:we|you|they|one|it|i)\b)[\w-]+\s+){{0,2}}(?:{_STEP_WORDS})\b"
    rf"|^\W*the\s+(?:{_ORDERS})\s+(?:(?!(?:we|you|they|one|it|i|of)\b)[\w-]+\s+){{0,2}}?(?:{_STEPS_PLURAL})\b"
    r"(?!\s+of\b)"
    rf"|\b(?:{_STEP_PREPOSITIONS})\s+(?:{_STEP_WORDS})\s+(?:{_STEP_NUMBER})\b"
    r"|\b(?:apr[èe]s|avant|d[èe]s|[àa]\s+partir\s+de|aux?|pendant|durant|lors\s+de)\s+(?:la\s+|les\s+|des\s+)?"
    rf"(?:(?:{_NUMBER_FR})\s+)?(?:premi[èe]res?|deuxi[èe]mes?|secondes?|derni[èe]res?|suivantes?|ult[ée]rieures?)"
    r"\s+(?:[ée]tapes?|it[ée]rations?)\b"
    r"|\b(?:nach|vor|ab|in|bei|w[äa]hrend)\s+(?:dem|den|der)\s+(?:ersten|zweiten|dritten|letzten|sp[äa]teren"
    rf"|folgenden|n[äa]chsten)\s+(?:(?:{_NUMBER_DE})\s+)?(?:Schritt(?:e|en)?|Iteration(?:en)?)\b"
    r"|\b(?:despu[ée]s\s+del|antes\s+del|a\s+partir\s+del|desde\s+el|en\s+los)\s+(?:primer|segundo|tercer|[úu]ltimo"
    r"|siguientes?|posteriores?)\s+pasos?\b"
    # steps named by what they leave out, their parity or a stride: "every step but the first", "all but the last
    # iteration", "at odd steps", "even-numbered iterations", "every other step", "every third round"
    rf"|\b(?:all|every|each|any)\s+(?:(?:{_STEP_WORDS})\s+)?(?:but|except(?:\s+for)?|save(?:\s+for)?|other\s+than)\s+"
    rf"(?:the\s+|its\s+)?(?:first|second|third|last|final|initial|\d+(?:st|nd|rd|th))\b"
    rf"|\b(?:odd|even)(?:[-\s]numbered)?\s+(?:{_STEP_WORDS})\b"
    rf"|\b(?:every|each)\s+(?:other|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|few|so\s+many)\s+(?:{_STEP_WORDS})\b"
    rf"|\balternat(?:e|ing)\s+(?:{_STEP_WORDS})\b"
    # every step, restricted: denied ("not for every step", "never at all steps"), or followed by words that
    # restrict it ("every step with an even index", "all steps after the tenth", "each iteration in the second
    # half", "every step but one"); a universal over the steps holds at each only where nothing follows it in its
    # clause but another of its kind ("for every step and every sample")
    rf"|\b(?:not|never)\s+(?:(?:for|at|in|on|over|during|across|throughout)\s+)?{_EVERY_STEP}"
    rf"|{_EVERY_STEP}\s+(?:{_RESTRICTING})\b"
    # some steps only: "for some steps", "at most iterations", "at steps with an even index", "steps whose index"
    rf"|\b(?:some|most|many|several|few|certain|other|selected|particular|specific|chosen)\s+(?:of\s+the\s+)?"
    rf"(?:{_STEPS_PLURAL})\b"
    rf"|\b(?:{_STEPS_PLURAL})\s+(?:with|whose|where|that|which|numbered|indexed|having)\b",
    re.IGNORECASE,
)
#: Inline maths that is a number alone (``$1$``), said as that number; other maths is taken out.
_NUMBER_MATHS = re.compile(r"\$\s*(\d+)\s*\$")


def steps_in_words(sentence: str) -> bool:
    """Whether a sentence's words, its maths taken out (a number kept: "at step $1$"), name some steps only by their
    order (:data:`_STEPS_IN_WORDS`)."""
    return bool(_STEPS_IN_WORDS.search(re.sub(r"\$[^$]*\$", " ", _NUMBER_MATHS.sub(r" \1 ", sentence))))


#: Words that turn a case about or give it as one of several ("unless $t > 1$", "except for $t = 1$", "whether $t =
#: 1$ or ...", "apart from"): the definition is not set under the case as written.
_CASE_TURNED = re.compile(
    r"\b(?:unless|except\w*|excluding|other\s+than|apart\s+from|aside\s+from|but\s+not|not|never|save\s+for"
    r"|whether|or|either|sauf|hormis|à\s+part|außer|ausgenommen|abgesehen|salvo|excepto|exceto|tranne|eccetto)\b"
    r"|除了|除外|以外|を除|제외|빼고",
    re.IGNORECASE,
)


def case_turned(sentence: str) -> bool:
    """Whether a sentence's words turn the case of a step index it writes about (a negation, an alternative)."""
    return bool(_CASE_TURNED.search(re.sub(r"\$[^$]*\$", " ", sentence)))


#: Cases given as alternatives, each under its own word: "for $t > 1$, and also for $t = 1$", "for $A$ or for $B$",
#: "whether $t = 1$ or $t > 1$".  What holds for each holds on their union.
_ALTERNATIVES = re.compile(
    r"\bfor\s+\$[^$]*\$(?:\s*,?\s+(?:and|or)\s+(?:also\s+)?for\s+\$[^$]*\$)+"
    r"|\bwhether\s+\$[^$]*\$(?:\s*,?\s+or\s+\$[^$]*\$)+",
    re.IGNORECASE,
)


#: Words that pair a sentence's cases with its definitions in order ("For $t > 1$ and for $t = 1$, let $a := 3$ and
#: $b := 5$, respectively"): each definition holds in its own case only, a pairing not read.
_PAIRING = re.compile(r"\b(?:respectively|correspondingly|in\s+that\s+order)\b", re.IGNORECASE)


def alternative_cases(sentence: str) -> tuple[str, ...]:
    """The maths of the cases a sentence gives as alternatives, each under its own "for" or after "whether" (what
    it says holds in each, so on their union), when no other word turns a case nor pairs the cases with the
    definitions (:data:`_PAIRING`); () otherwise."""
    found = _ALTERNATIVES.search(sentence)
    if (
        found is None
        or _PAIRING.search(sentence)
        or case_turned(sentence[: found.start()] + " " + sentence[found.end() :])
    ):
        return ()
    return tuple(maths.strip() for maths in re.findall(r"\$([^$]*)\$", found.group()))


#: A claim that a definition holds at every step ("for every step", "at each time step", "for all $t$", "für jeden
#: Schritt", "pour tout $t$"): its scope said in words, which no example narrows.
_EVERY_STEP = re.compile(
    rf"\b(?:for|at|in|on|over)\s+(?:every|each|all|any)\s+(?:(?:{_STEP_WORDS})\b|\$\s*[A-Za-z]\s*\$)"
    rf"|\bf[üu]r\s+(?:jeden|alle)\s+(?:Schritte?\b|\$\s*[A-Za-z]\s*\$)|\bpour\s+(?:tout|toute|chaque)\s+(?:[ée]tapes?\b"
    r"|\$\s*[A-Za-z]\s*\$)",
    re.IGNORECASE,
)
#: Words that give what follows as an example ("for example", "as an example", "e.g.", "for instance", "such as",
#: "say", "zum Beispiel", "par exemple", "por ejemplo").
_AN_EXAMPLE = re.compile(
    r"\b(?:for\s+(?:example|instance)|as\s+an\s+(?:example|illustration|instance)|e\.\s?g\.|such\s+as|say|by\s+way\s+of"
    r"\s+(?:example|illustration)|to\s+illustrate|zum\s+Beispiel|z\.\s?B\.|beispielsweise|par\s+exemple|por\s+ejemplo"
    r"|per\s+esempio)(?!\w)",
    re.IGNORECASE,
)
#: The words a clause that only shows an example may hold beside its example words ("below we look at $t = 2$ as an
#: example", "for instance at $t = 2$", "say $t = 2$"): any other word ("only", "excluded", "fails") may restrict
#: the claim or except the case.
_EXAMPLE_CLAUSE_WORDS = frozenset(
    "below above here we us let look at consider take use it this the a an as in for of case step time now what follows"
    " example examples instance illustration illustrate to by way e g eg such say is zum beispiel z b beispielsweise par"
    " exemple por ejemplo per esempio see".split()
)
#: What ends a clause within a sentence, outside its maths.
_CLAUSE_END = re.compile(r"[;,:—]|\s-{1,2}\s")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of a sentence's clauses, split where :data:`_CLAUSE_END` stands outside its maths."""
    maths = [m.span() for m in re.finditer(r"\$[^$]*\$", sentence)]
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence) if not any(a <= m.start() < b for a, b in maths)]
    starts = [0, *(end + 1 for end in ends)]
    return list(zip(starts, [*ends, len(sentence)]))


def case_as_example(sentence: str, claim: str, case: str) -> bool:
    """Whether the maths ``case`` (a case of a step index) is only an example in a sentence whose maths ``claim``
    (a definition) is said to hold at every step: the claim's clause says so in words (:data:`_EVERY_STEP`), and
    the case stands in another clause that names it an example (:data:`_AN_EXAMPLE`) and holds no other words than
    an example's (:data:`_EXAMPLE_CLAUSE_WORDS`: not "only", "except").  "Let $a := 3$ for every step; below we look
    at $t = 2$ as an example" sets a at every step; "For example, for $t = 2$, let $a := 3$" (no claim of every step)
    and "... for every step; we use it at $t = 2$ only" keep the case."""
    at_claim, at_case = sentence.find(f"${claim}$"), sentence.find(f"${case}$")
    if at_claim < 0 or at_case < 0:
        return False
    clauses = _clauses(sentence)
    own = next(span for span in clauses if span[0] <= at_claim < span[1] or span[1] == len(sentence))
    other = next(span for span in clauses if span[0] <= at_case < span[1] or span[1] == len(sentence))
    if own == other or not _EVERY_STEP.search(sentence[own[0] : own[1]]):
        return False
    words = re.sub(r"\$[^$]*\$", " ", sentence[other[0] : other[1]])
    plain = all(word.lower() in _EXAMPLE_CLAUSE_WORDS for word in re.findall(r"[^\W\d_]+", words))
    return plain and _AN_EXAMPLE.search(words) is not None
