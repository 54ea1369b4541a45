"""A Gaussian law of a vector written out in blocks (``bmatrix``, ``pmatrix``):
``(X, Y) \\sim N((\\mu_X, \\mu_Y), [[\\Sigma_X, \\Sigma_{XY}], [\\Sigma_{XY}^\\top, \\Sigma_Y]])``.

Each component of a jointly Gaussian vector is Gaussian, with the mean's block for its mean and the covariance's
diagonal block for its covariance.  Where the note states a component's law apart (``X \\sim q(x_i | x_0)``,
``X \\sim N(a, b)``), the law is one: the block's names are that law's mean and variance, and so defined by it.
Only names are read (a block written as an expression states a value, which is not read); a name the note gives a
value itself is left to the note; what is not defined so (the off-diagonal blocks, a component whose law is not
stated) stays held, as a law's parameter that is not read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import EVERYTHING, translate
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import LAWS, Formula, Key, Stated, defined_name, parse
from diffproof.notecheck.statements.orders import _plain_words
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS
from diffproof.notecheck.vocabulary import nodes

#: A vector or matrix written out with its delimiters: ``\\begin{bmatrix} a \\\\ b \\end{bmatrix}``.
_MATRIX = re.compile(r"\\begin\{(?P<env>[bp]matrix)\}(?P<body>.*?)\\end\{(?P=env)\}", re.DOTALL)
#: A law's text once each matrix is replaced by ``@k``: ``@0 \\sim \\mathcal{N}\\left(@1, @2\\right)``.
_SHAPE = re.compile(
    r"\s*@0\s*\\sim\s*(?:\\mathcal\s*\{\s*N\s*\}|\\mathcal\s*N|N)\s*(?:\\left\s*)?\(\s*@1\s*,\s*@2\s*"
    r"(?:\\right\s*)?\)\s*[.,;]?\s*"
)
#: A row break, with an optional spacing (``\\\\[2pt]``).
_ROW = re.compile(r"\\\\(?:\s*\[[^\]]*\])?")


@dataclass(frozen=True)
class BlockGaussian:
    """A law ``(V_1, ..., V_n) \\sim N(m, S)`` whose vectors and blocks are all names: ``variables`` (the V_k),
    ``means`` (m_k), ``blocks`` (S_kl; an off-diagonal one may be a name's transpose), at ``line``."""

    line: int
    variables: tuple[syntax.Name, ...]
    means: tuple[syntax.Name, ...]
    blocks: tuple[tuple[syntax.Name, ...], ...]

    def names(self) -> set[Key]:
        """The keys of every name the law writes."""
        return {n.key for n in (*self.variables, *self.means, *(b for row in self.blocks for b in row))}


@dataclass(frozen=True)
class Scope:
    """The lines a statement holds on: from ``first``, to ``last`` (None: to the end)."""

    first: int
    last: int | None

    def holds_at(self, line: int) -> bool:
        return self.first < line and (self.last is None or line <= self.last)


def _cells(body: str) -> list[list[str]] | None:
    """The cells of a matrix's body, row by row; None if a cell leaves a brace open."""
    rows = _ROW.split(body)
    if rows and not rows[-1].strip():
        rows.pop()
    cells = [[cell.strip() for cell in row.split("&")] for row in rows]
    balanced = all(cell.count("{") == cell.count("}") for row in cells for cell in row)
    return cells if balanced and cells else None


def _name(text: str, line: int, transposed: bool = False) -> syntax.Name | None:
    """The name a cell writes (or, off the diagonal, a name's transpose ``\\Sigma_{XY}^\\top``); else None."""
    node = parse(text, line).node
    if transposed and isinstance(node, syntax.Transpose):
        node = node.argument
    return node if isinstance(node, syntax.Name) else None


def block_gaussian(item: Stated) -> BlockGaussian | None:
    """The block Gaussian law a stated law writes, if it is one with names in every block (see the module)."""
    if item.kind not in LAWS or item.denied or item.cases or item.until is not None:
        return None
    matrices = [m.group("body") for m in _MATRIX.finditer(item.text)]
    pieces = _MATRIX.split(item.text)  # text, env, body, text, ...: the matrices' places numbered
    shape = "".join(piece if k % 3 == 0 else f"@{k // 3}" if k % 3 == 1 else "" for k, piece in enumerate(pieces))
    if len(matrices) != 3 or not _SHAPE.fullmatch(shape):
        return None
    vector, mean, covariance = (_cells(m) for m in matrices)
    if vector is None or mean is None or covariance is None:
        return None
    size = len(vector)
    if size < 2 or any(len(row) != 1 for row in vector + mean) or len(mean) != size:
        return None
    if len(covariance) != size or any(len(row) != size for row in covariance):
        return None
    variables = tuple(_name(row[0], item.line) for row in vector)
    means = tuple(_name(row[0], item.line) for row in mean)
    blocks = tuple(
        tuple(_name(cell, item.line, transposed=k != j) for j, cell in enumerate(row))
        for k, row in enumerate(covariance)
    )
    written = [*variables, *means, *(b for row in blocks for b in row)]
    if any(n is None for n in written):
        return None
    own = [*variables, *means, *(blocks[k][k] for k in range(size))]
    if len({n.key for n in own}) != len(own):  # each component's mean and covariance its own
        return None
    return BlockGaussian(item.line, variables, means, blocks)  # type: ignore[arg-type]


#: Words besides :data:`.orders._PLAIN_WORDS` with which a sentence asserts a law and nothing more ("Suppose $X \\sim
#: N(2, 3)$", "we can substitute $X \\sim q(x_i | x_0)$ and get").
_ASSERTING_LAW = re.compile(
    r"\b(?:suppose|supposing|take|set|define|denote|write|writing|substitute|substituting|plug|plugging|can|get|gives"
    r"|obtain|has|have|follows|follow)\b",
    re.IGNORECASE,
)


def asserts_law(sentence: str) -> bool:
    """Whether a sentence's words (its maths taken out) assert its maths and say nothing more: plain words
    (:func:`.orders._plain_words`) or :data:`_ASSERTING_LAW`, and no question mark.  Any other word may make a law
    conditional ("Given $Y = y$", "After conditioning on $Y$", "In the posterior"), supposed ("hypothetically",
    "if") or approximate; a question mark asks it ("So $X \\sim N(2, 3)$?") or doubts it ("(?)")."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    return _plain_words(_ASSERTING_LAW.sub(" ", words))  # no question mark either (orders.ASKED)


def _law_of(item: Stated, variable: syntax.Name) -> bool:
    """Whether ``item`` writes a law of ``variable`` alone (``X \\sim N(2, 3)``; ``X | Y \\sim`` is Y's too), however
    stated: plainly, hedged, supposed or denied."""
    call = item.name and item.name.node
    return (
        isinstance(call, syntax.Call)
        and (item.kind == "law" or "\\sim" in item.text)  # a law denied or supposed is a relation or a condition
        and [getattr(a, "key", None) for a in call.arguments] == [variable.key]
        and not call.given
    )


def _fixes(item: Stated, others: set[Key]) -> bool:
    """Whether ``item`` sets one of ``others`` equal to something (``Y = y``): a law said after it may hold given it."""
    return item.kind != "law" and getattr(item.name and item.name.node, "key", None) in others


def _component_law(
    variable: syntax.Name, stated: list[Stated], block: BlockGaussian, first: list[tuple[int, Key]]
) -> Stated | None:
    """The law the note states of ``variable`` alone, other than the block's (``X \\sim q(x_i | x_0)``), when it is
    its one law and plainly its own: a law said once the note sets another of the block's variables equal to
    something (``Given $Y = y$``, ``Let $Y = y$. Then``, or the left side of a step in a display, ``first`` with the
    display's first line: "Fix $$Y = y$$", and what a gloss after it says) may be conditional on it and is not X's; of the rest, any other (hedged: "from here on", "approximately", quoted,
    asked; denied: "Suppose instead") leaves X's law open."""
    others = {n.key for n in block.variables} - {variable.key}
    fixed = next((k for k, item in enumerate(stated) if _fixes(item, others)), len(stated))
    stepped = min((line for line, key in first if key in others), default=None)
    laws = [
        item
        for k, item in enumerate(stated)
        if k < fixed
        and (stepped is None or item.line < stepped)
        and item.line != block.line
        and _law_of(item, variable)
    ]
    if len(laws) != 1:
        return None
    (law,) = laws
    plain = law.kind == "law" and not (law.denied or law.cases or law.hedged)
    return law if plain and law.body is not None and law.body.node is not None else None


def _scopes(variable: syntax.Name, law: Stated, stated: list[Stated]) -> tuple[list[Scope], bool]:
    """Where a component's law gives it its moments: where the note sets the component equal to the law's own
    variable (``X \\sim q(x_i | x_0)``, then "substituting $X = x_i$"), as long as that holds, and True; else, if
    the note sets it equal to nothing, where the law itself holds, and False.  Set equal to anything else
    (``X = x_{i-1}``, or to anything beside ``X \\sim N(2, 3)``), it is said two things of: none."""
    argument = law.body.node.arguments[0] if isinstance(law.body.node, syntax.Call) else None
    set_equal = [
        item
        for item in stated
        if item.kind == "definition"
        and not item.denied
        and getattr(item.name and item.name.node, "key", None) == variable.key
    ]
    own = [item for item in set_equal if argument is not None and item.readable and not item.cases
           and getattr(item.body.node, "key", None) == argument.key]  # fmt: skip
    if len(own) != len(set_equal):
        return [], False
    if own:
        return [Scope(item.line, item.until) for item in own], True
    return [Scope(law.line, law.until)], False


def _moments(law: syntax.Node) -> tuple[syntax.Node, syntax.Node] | None:
    """The mean and the variance of a law as written: a Gaussian's parameters, or a density's moments of its one
    variable (``q(x_i | x_0)``: E and Var of x_i under it); None for another law."""
    if isinstance(law, syntax.Gaussian) and law.point is None:
        return law.mean, law.covariance
    if law_letter(law) is not None and len(law.arguments) == 1 and isinstance(law.arguments[0], syntax.Name):
        variable = law.arguments[0]
        mean = syntax.Expectation(law.position, variable, None, law)
        return mean, syntax.Expectation(law.position, variable, None, law, operator="Var")
    return None


def _note_numbers(stated: list[Stated]) -> dict[Key, tuple[sp.Expr, ...]]:
    """The numbers the note's definitions give names, an indexed one's its own (``v := -3``, ``v_1 := -3``), each
    name's in turn."""
    numbers: dict[Key, tuple[sp.Expr, ...]] = {}
    for item in stated:
        name = item.name and item.name.node
        if item.kind != "definition" or item.denied or not isinstance(name, syntax.Name):
            continue
        number = value(item.body and item.body.node)
        if number is not None:
            numbers[name.key] = (*numbers.get(name.key, ()), number)
    return numbers


def _note_orders(stated: list[Stated]) -> tuple[sp.Basic, ...]:
    """The orders the note states between formulas of names and numbers (``a > 1``, ``0 < b \\le c``), in SymPy,
    as the answer reader writes them (so a variance's names are the same symbols)."""
    relations = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan, ">=": sp.GreaterThan}
    orders: list[sp.Basic] = []
    for item in stated:
        statement = item.name and item.name.node
        if item.kind != "relation" or item.denied or item.cases or not isinstance(statement, syntax.Statement):
            continue
        if not statement.relations or not set(statement.relations) <= relations.keys():
            continue
        try:
            sides = [translate(operand, EVERYTHING).expr for operand in statement.operands]
        except (InvalidAnswer, TypeError, ValueError):
            continue
        for left, relation, right in zip(sides, statement.relations, sides[1:]):
            try:
                order = relations[relation](left, right)
            except TypeError:  # a side not real (sqrt(-1) < 0): no order between real numbers
                continue
            if isinstance(order, sp.Rel):
                orders.append(order)
    return tuple(orders)


#: What :func:`~diffproof.notecheck.stated_values.within_orders` says of a variance the orders do not show positive:
#: nonpositive at a point they allow, no point allowed, or not decided.
_NOT_SHOWN = ("fails", "empty", "open")


def _not_positive(variance: syntax.Node, numbers: dict[Key, tuple[sp.Expr, ...]], orders: tuple[sp.Basic, ...]) -> bool:
    """Whether a variance may not be positive, so that no Gaussian is known to have it: at some value the note gives
    its names (``-3``, ``v`` beside ``v := -3``, ``v_1`` beside ``v_1 := -3``) a number that is not positive, or a
    formula SymPy knows is not positive at any value of its names (``-a^2 - 1``, ``-e^a``), or one not shown positive
    where the note's orders on its names hold (``1 - a`` beside ``a > 1``).  A formula of names the note says nothing
    of is the law's parameter, positive as the law says."""
    from diffproof.notecheck.stated_values import VARIANCE, within_orders  # it reads the note's statements in turn

    try:
        formula = translate(variance, EVERYTHING)
    except (InvalidAnswer, TypeError, ValueError):
        return False  # a moment of a density, or a formula not read: its law is the note's
    keys = dict(formula.keys)
    symbols = sorted(
        (s for s in formula.expr.free_symbols if isinstance(s, sp.Symbol) and keys.get(s.name) in numbers), key=str
    )
    for chosen in product(*(numbers[keys[s.name]] for s in symbols)):
        written = formula.expr.xreplace(dict(zip(symbols, chosen)))
        if not written.free_symbols:
            if VARIANCE.met(written) is not True:
                return True
            continue
        if VARIANCE.sign(written) is False or within_orders(VARIANCE, written, orders).kind in _NOT_SHOWN:
            return True
    return False


@dataclass(frozen=True)
class BlockReading:
    """What the note's block Gaussian laws define (:func:`block_moments`), and where each of their variables is
    set equal to its law's own variable (``X = x_i``): there its value is the note's, and it is not held."""

    definitions: tuple[Stated, ...] = ()
    #: Each bound variable's key, where it is bound, and the line of its block law.
    bound: tuple[tuple[Key, Scope, int], ...] = ()

    def bound_at(self, key: Key, line: int, why: str) -> bool:
        """Whether the held ``key`` (at an index, or at every index), held by its block law (``why`` names the
        law's line; held by another law, it stays held), is a variable bound at ``line``."""
        return any(
            key[:2] == variable[:2] and key[2] in (variable[2], "*") and scope.holds_at(line)
            and why.startswith(f"line {law}: ")
            for variable, scope, law in self.bound
        )  # fmt: skip


def block_moments(
    stated: list[Stated],
    defined: Iterable[syntax.Node],
    written: Iterable[tuple[int, syntax.Node]],
    displays: Iterable[tuple[int, int]] = (),
) -> BlockReading:
    """The definitions a block Gaussian law makes with its components' laws stated apart (see the module): each
    component's mean and diagonal block, defined by that law's mean and variance where it holds (or where the
    note sets the component equal to the law's variable).  A name the note may give a value itself is left to
    it: one its definitions give (``defined``), or a step's left side writes (``written``, with its line) before
    the definition's line; a step after it that writes the name on its left is a claim.  ``displays`` are the lines
    (first, last) each display spans."""
    own = {n.key for node in defined if isinstance(n := defined_name(node), syntax.Name)}
    first = [(line, n.key) for line, node in written if isinstance(n := defined_name(node), syntax.Name)]
    spans = tuple(displays)
    opened = [(next((f for f, last in spans if f <= line <= last), line), key) for line, key in first]
    numbers, orders = _note_numbers(stated), _note_orders(stated)
    definitions: list[Stated] = []
    bound: list[tuple[Key, Scope, int]] = []
    for block in (b for item in stated if item.until is None and (b := block_gaussian(item)) is not None):
        for k, variable in enumerate(block.variables):
            law = _component_law(variable, stated, block, opened)
            moments = _moments(law.body.node) if law is not None else None
            if moments is None or _not_positive(moments[1], numbers, orders):
                continue  # X ~ N(2, -3): no law, so it defines nothing
            if any(isinstance(n, syntax.Name) and n.key in block.names() for m in moments for n in nodes(m)):
                continue  # x ~ N(mu_x, Sigma_xx): the marginal in the block's own names, which gives them nothing
            if any(key == variable.key for _, key in first):  # a step's X = ...: not read here
                continue
            scopes, equal = _scopes(variable, law, stated)
            bound += [(variable.key, scope, block.line) for scope in scopes if equal]
            for scope in scopes:
                line = max(block.line, law.line, scope.first)
                for name, moment, what in zip((block.means[k], block.blocks[k][k]), moments, ("mean", "variance")):
                    if name.key in own or any(key == name.key and at <= line for at, key in first):
                        continue
                    text = f"the {what} of {law.text.strip()}"
                    definitions.append(Stated("definition", line, f"{_shown(name)} = {text} (the law of line "
                                              f"{block.line})", Formula(_shown(name), line, name),
                                              Formula(text, line, moment), "display", until=scope.last))  # fmt: skip
    return BlockReading(tuple(definitions), tuple(bound))


def held_by_block(item: Stated, defined: set[Key]) -> set[Key] | None:
    """The names of a block Gaussian law still held as the parameters of a law not read: every name it writes but
    those ``defined`` by its components' laws (the variables too, at every index, as before); None for a law that is
    not one."""
    block = block_gaussian(item)
    if block is None:
        return None
    variables = {(n.base, n.decoration, "*") for n in block.variables}
    return {key for key in block.names() if key not in defined} | variables


def _shown(name: syntax.Name) -> str:
    """A name as TeX: ``\\mu_{X}``."""
    base = f"\\{name.base}" if name.base in syntax.GREEK else name.base
    base = f"\\{name.decoration}{{{base}}}" if name.decoration else base
    return f"{base}_{{{name.index}}}" if name.index else base
