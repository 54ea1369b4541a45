"""A note's formulas and the statements they make: the parsed formula, the statement and its kind, the
name an equation defines and the keys that tell names apart, and what a directive states."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import NOISES
from diffproof.notecheck.vocabulary import keys_in, nodes, rebuilt

Key = tuple[str, str, str]


@dataclass(frozen=True)
class Formula:
    """A formula of the note, parsed (``node``) or not (``error``), with where it is written."""

    text: str
    line: int
    node: syntax.Node | None = None
    error: str = ""


def parse(text: str, line: int) -> Formula:
    """The formula ``text`` (no relation in it) read by the shared parser in notes mode."""
    try:
        node, error = _read(text)
    except RecursionError:  # depends on the caller's stack: not kept
        node, error = None, "the formula is nested too deeply"
    return Formula(text, line, node, error)


@functools.lru_cache(maxsize=16384)
def _read(text: str) -> tuple[syntax.Node | None, str]:
    """The side ``text`` writes, or why it is not read: a value of the text alone, kept because a note's
    formulas are read by each of its readers and again for each of its steps."""
    try:
        statement = syntax.parse(text, notes=True)
    except InvalidAnswer as error:
        return None, str(error)
    if statement.relations:
        return None, f"a relation {statement.relations[0]} inside a side"
    return rebuilt(statement.operands[0], _letter_times), ""


def _letter_times(node: syntax.Node) -> syntax.Node | None:
    """A letter before a parenthesis read as a product (``c(a + b)``), as the note's other formulas decide
    (:mod:`diffproof.notecheck.applications`); a word or a network's output (``\\operatorname{s}(2a)``,
    ``\\mu_\\theta(x + 1)``) keeps both readings."""
    if not isinstance(node, syntax.Ambiguous) or node.spellings != syntax.APPLIED_OR_TIMES:
        return None
    call, product = node.readings
    name = call.name
    letter = (len(name.base) == 1 or name.base in syntax.GREEK) and not name.index and not name.decoration
    return rebuilt(product, _letter_times) if letter else None


#: The kinds of statement that give variables a law (``x \sim N(0, 1)``).
LAWS = ("law", "ambiguous law")


#: Why a definition on lines that may not be shown is held.
UNSHOWN = "on lines that may not be shown"
#: Why a definition in ink of doubtful visibility is held (:attr:`~diffproof.notes.model.Notes.faint`).
FAINT = "in faint ink (APCA Lc under 15, invisible to many readers), which some readers see and others do not"


@dataclass(frozen=True)
class Stated:
    """One thing the note states: ``kind`` is ``definition`` (``name`` := ``body``), ``law`` (the variables of
    ``name`` follow ``body``), ``ambiguous law`` (a law stated for a variable whose density the note writes
    with and without a model's parameter, p(x) and p_theta(x): which density it gives is not known, so it
    states nothing the kernel uses but keeps counterexamples about the variable untrusted), ``unread law`` (a law
    given in a form not read: the start x_0's by a display's claim or a law named for the data, a variable's in
    words, "the data are standard normal": the same), ``chain`` (the
    joint ``name`` factored as ``body``), ``joint`` (a sentence's other equation for a joint law: not modelled,
    it disputes the law), ``relation`` (a sentence's equation between names that defines none,
    ``\\alpha_t^2 + \\beta_t^2 = 1``: not modelled, it disputes them), ``independence`` (a display's first equation
    for a joint, the product of its marginals: not modelled, it disputes its variables), ``bound`` (a directive's
    domain), ``meaning`` (a name given a meaning in words: a declared context's meaning of it gives way),
    ``unchained`` (a process ``name``'s law the words deny the Markov property), ``freed`` (a name the words say is
    arbitrary: defined before, it is then defined more than once), ``data held`` (a sentence that may hold the data
    x_0 fixed, in words not read: a counterexample drawing x_0 is not trusted until ``until``), ``schedule shape`` (a
    sentence of the schedule in words beyond DDPM's own, "all the betas are equal": not read, a counterexample drawing
    the schedule is not trusted), ``named identity`` (such a sentence that names a quantity of the noise by the
    chain of equations ``name``: nothing where the chain is an identity of algebra), ``range`` (an index's range that
    bounds nothing, ``T \\ge 1`` or one not read as a case: ``name`` is ``index >= end``, where the note claims its
    steps), ``unread equation`` (a sentence's equation not read, sin x = 0: ``name`` lists the
    names it writes, which it may pin), ``real`` (names a sentence says are real, :attr:`unsigned`),
    ``context`` (a named context) or ``let``."""

    kind: str
    line: int
    text: str
    name: Formula | None = None
    body: Formula | None = None
    origin: str = ""  # display, inline, step, directive, words
    #: The last line it holds on, when it holds only for the display after it (``at the last step, $t = T$``).
    until: int | None = None
    #: Whether the note denies it ("We do not assume $\sigma > 0$"): it then holds nowhere.
    denied: bool = False
    #: Whether a sentence states it plainly (:func:`_plain`: "Here $h + k > 0$."), so that an order it states may
    #: be checked at a counterexample; one said otherwise ("is violated", "Ref. [3] assumes") is only a relation.
    plain: bool = False
    #: Whether it is set in a display's ``\\text{where ...}`` (no sentence around it): the display states it as its own.
    where: bool = False
    #: The range of its index a definition holds on, written beside it (``L_t = ... \\text{ for } 1 \\le t \\le
    #: T - 1``): it is used at the index written, never shifted to another, which may lie outside the range.
    ranged: Formula | None = None
    #: The cases of a step index its sentence sets a definition under ("For $t > 1$, let $a := 3$."): it holds only
    #: at a step whose index is known to meet each (:meth:`Timeline.before`), elsewhere it relates its names.
    cases: tuple[Formula, ...] = ()
    #: What a sentence that may deny it says, as read (a denied relation's whole statement): a declared context's
    #: meaning of a name it says otherwise of then gives way (:func:`~diffproof.notecheck.assumptions.build`).
    denies: Stated | None = None
    #: What a sentence that only supposes it says, as read (a condition's, a hypothesis's or an example's whole
    #: statement: "If $x_t = x_{t-1} + ...$, then"): a declared context's meaning of a name it says otherwise of
    #: then gives way where the condition's relation holds, as under :attr:`denies`.
    supposes: Stated | None = None
    #: Whether a sentence, or a display's lead-in, says more of a law than that it holds
    #: (:func:`.block_laws.asserts_law`: "Given $Y = y$", "In the posterior", "approximately", a question), or a
    #: block quote gives it as someone's: the law may be conditional, approximate or not the note's, so it gives no
    #: moments.
    hedged: bool = False
    #: Whether it is a relation whose sign or set is not read (``x \\in \\mathbb{Z}``, ``a \\geqq 0``): it may
    #: place its names anywhere, at 0 or below it, so none of them is presumed to have a sign.
    sign_unread: bool = False
    #: Whether it sets its names in a set of reals with numbers below 0 and states no order of them (``x \\in
    #: \\mathbb{R}``, "Let $x$ be real"): none of them is presumed to have a sign, though any value in the set is
    #: one a counterexample may take.
    unsigned: bool = False

    @property
    def readable(self) -> bool:
        return all(f is None or f.node is not None for f in (self.name, self.body))


def defined_name(node: syntax.Node | None) -> syntax.Node | None:
    """The name an equation with ``node`` on its left defines: a (decorated, indexed) name, its power or
    reciprocal (``\\sigma^2``, ``1/\\sigma^2``), a function or density applied to arguments; else None."""
    if isinstance(node, syntax.Name):
        return node
    if isinstance(node, syntax.Power) and isinstance(node.base, syntax.Name):
        return node.base
    if isinstance(node, syntax.Binary) and node.operator == "/" and isinstance(node.left, syntax.Number):
        return defined_name(node.right)
    if isinstance(node, syntax.Call):
        return node
    return None


def name_key(node: syntax.Node) -> tuple:
    """What a defined name is, for telling two definitions of it apart: a symbol's key, a function's key, or
    a law with its arguments (``q(x_t | x_{t-1})``)."""
    if isinstance(node, syntax.Name):
        return ("symbol", node.key)
    if isinstance(node, syntax.Call):
        return ("call", node.name.key, tuple(map(_shape, node.arguments)), tuple(map(_shape, node.given)))
    return ("other",)


def _shape(node: syntax.Node) -> object:
    return node.key if isinstance(node, syntax.Name) else type(node).__name__


def _symbol_key(target: syntax.Node) -> tuple | None:
    """The key of the name a definition is about: a symbol's, or a function's or density's letter."""
    if isinstance(target, syntax.Name):
        return target.key
    return target.name.key if isinstance(target, syntax.Call) else None


def _tied_noises(target: syntax.Node, bodies: dict[tuple, set[tuple]]) -> frozenset[Key]:
    """The noises a definition before ties to the variables of a mean ``target`` (mu~(x_t, x_0), mu~_t): with
    x_t := sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps, or x_0 := (x_t - sqrt(1 - abar_t) eps) / sqrt(abar_t), eps
    is a function of x_t and x_0."""
    if isinstance(target, syntax.Call) and target.arguments and isinstance(target.arguments[0], syntax.Name):
        variable = target.arguments[0].key
    elif isinstance(target, syntax.Name):
        variable = ("x", "", target.index)
    else:
        return frozenset()
    start = ("x", "", "0")
    return frozenset(
        key
        for one, other in ((variable, start), (start, variable))
        if other in bodies.get(one, set())
        for key in bodies[one]
        if key[0] in NOISES
    )


def _record(bodies: dict[tuple, set[tuple]], target: syntax.Node, body: syntax.Node | None) -> None:
    key = _symbol_key(target)
    if key is not None and body is not None:
        bodies.setdefault(key, set()).update(keys_in(body))


def _circular(target: syntax.Node, body: syntax.Node, bodies: dict[tuple, set[tuple]]) -> bool:
    """Whether ``target = body`` would define ``target`` through itself: the body writes a defined name whose
    definition writes ``target``, as x_0 = (x_t - sqrt(1 - abar_t) eps) / sqrt(abar_t) after x_t = sqrt(abar_t)
    x_0 + sqrt(1 - abar_t) eps.  Such an equation is a claim about names that already have a meaning."""
    key = _symbol_key(target)
    seen: set[tuple] = set()
    stack = list(keys_in(body))
    while stack:
        current = stack.pop()
        if current == key:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(bodies.get(current, ()))
    return False


def _defines(target: syntax.Node) -> set[tuple]:
    """What a definition of ``target`` defines: the name, and for a function (not a density) its bare name too
    (``\\tilde\\mu_t`` written alone stands for ``\\tilde\\mu_t(x_t, x_0)``)."""
    found = {name_key(target)}
    if isinstance(target, syntax.Call) and law_letter(target) is None:
        found.add(("symbol", target.name.key))
    return found


def _mentions(node: syntax.Node, target: syntax.Node) -> bool:
    """Whether the name ``target`` (a symbol or a function's name) is written in ``node``."""
    key = (
        target.key if isinstance(target, syntax.Name) else target.name.key if isinstance(target, syntax.Call) else None
    )
    return key is not None and key in keys_in(node)


def _variables(text: str, line: int) -> Formula:
    """The variables a law is stated for: ``z_{t-1}, z_{t-2}, \\dots`` read as one formula of arguments."""
    return parse(f"P({text})", line)


def _one_name_bound(statement: syntax.Node) -> bool:
    """Whether an assumed bound is one name between numbers (``0 < a < 1``), the form a domain takes."""
    written = {n.key for n in nodes(statement) if isinstance(n, syntax.Name)}
    operands = statement.operands if isinstance(statement, syntax.Statement) else ()
    return len(written) == 1 and sum(isinstance(o, syntax.Name) for o in operands) == 1


def _directive(kind: str, text: str, line: int) -> list[Stated]:
    if kind == "context":
        return [Stated("context", line, text.strip(), origin="directive")]
    if kind == "let":
        left, sep, right = text.partition("=")
        if not sep:
            return [Stated("let", line, text, parse(text, line), None, "directive")]
        return [Stated("definition", line, text, parse(left, line), parse(right, line), "directive")]
    if kind == "assume":
        if "\\sim" in text:
            left, _, right = text.partition("\\sim")
            return [Stated("law", line, text, _variables(left, line), parse(right, line), "directive")]
        return [Stated("bound", line, text, parse_bound(text, line), None, "directive")]
    return []


def parse_bound(text: str, line: int) -> Formula:
    """A bound ``0 < a < 1`` (its statement node kept whole)."""
    try:
        statement = syntax.parse(text, notes=True)
    except InvalidAnswer as error:
        return Formula(text, line, error=str(error))
    if not statement.relations:
        return Formula(text, line, error="an assume directive states a bound such as 0 < a < 1, or a law x \\sim ...")
    return Formula(text, line, statement)
