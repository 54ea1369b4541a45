"""A recursive-descent parser from tokens to a small syntax tree; nothing is evaluated here.

Grammar (LaTeX, plain text and Unicode alike; ``\\left``, ``\\right`` and spacing commands are ignored)::

    statement := expr (relation expr)*              relation: = < > <= >= \\le \\ge \\leq \\geq \\lt \\gt
    expr      := term (('+' | '-') term)*
    term      := unary ((op | <nothing>) unary)*   op: * / \\cdot \\times \\odot \\div; nothing: implicit product
    unary     := ('+' | '-') unary | power
    power     := atom ('^' superscript | '**' unary)?
    atom      := number | name [call | '[' index ']'] | group | command ... | word ...
    name      := [decoration] letter-or-greek-or-identifier ['_' index]

The constructs are tables, so that a notation is one entry:

* :data:`COMMANDS` maps a LaTeX command to the method that reads what follows it
  (``\\frac``, ``\\sqrt``, ``\\log``, ``\\nabla``, decorations, fonts, Greek letters);
* :data:`WORDS` maps a plain-text word to the command it spells (``sqrt``, ``log``,
  ``exp``, ``grad``); any other word is an identifier;
* :data:`DECORATIONS`, :data:`FONTS`, :data:`IGNORED`, :data:`PRODUCTS`,
  :data:`RELATIONS`: the spellings of decorations, transparent fonts, ignored
  commands, product signs and relations.

A name is applied to arguments (:class:`Call`) when it is a density (``p``,
``q_\\phi``: ``p(x | z)``), a network output (any name indexed by ``\\theta`` or
``\\phi``: ``\\epsilon_\\theta(x_t, t)``), or a name the caller declares callable
(``SNR``, ``\\tilde\\mu_t``); otherwise ``\\sigma(x)`` is a product.  A
multi-letter identifier directly followed by ``[`` is indexed:
``alphas_cumprod[t-1]``.

Where a reading is a matter of convention, the tree holds every reading
(:class:`Ambiguous`) and the caller judges each: the argument of ``\\log``,
``\\exp`` or ``\\nabla`` written without parentheses extends over a product
(``\\log 2\\pi\\sigma^2``), but when a factor that is an application
(``p(x_t)``) is followed by more factors (``\\log p(x_t)\\bar\\alpha_t``), both
``\\log(p(x_t)\\bar\\alpha_t)`` and ``(\\log p(x_t))\\bar\\alpha_t`` are readings.
Depth of nesting is bounded by :data:`MAX_DEPTH`, the number of readings by
:data:`MAX_READINGS`.

Extending the grammar (the notes reader's probability operators, for instance)
takes three entries and no change to the descent: a frozen :class:`Node`
subclass for the construct (``Expectation(measure, body)``); its reader, a
function ``(parser, name, position) -> Node`` registered in :data:`COMMANDS`
(``\\mathbb``, ``\\sum``, ``\\int``) or a word of :data:`WORDS` (``KL``), which may
use the parser's helpers (``argument``, ``group``, ``index_``, ``expr``,
``operator_chain``, ``nested``); and its translation, a function registered in
``TRANSLATIONS`` of :mod:`diffproof.answers.notation`.  A construct read
more than one way returns an :class:`Ambiguous` node; :func:`readings` expands it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace

from diffproof.answers.errors import InvalidAnswer, LimitExceeded
from diffproof.answers.lexer import Kind, Token, tokenize

#: The deepest nesting of brackets, fractions and roots accepted.
MAX_DEPTH = 40
#: The longest subscript accepted, in characters.
MAX_INDEX = 24
#: The most readings an ambiguous answer may have.
MAX_READINGS = 8


# ------------------------------------------------------------------ the tree


@dataclass(frozen=True)
class Node:
    position: int


@dataclass(frozen=True)
class Number(Node):
    text: str


@dataclass(frozen=True)
class Name(Node):
    """A letter or identifier with an optional decoration and index: ``\\bar\\alpha_{t-1}`` is
    ('alpha', 'bar', 't-1'); ``alphas_cumprod[t]`` is ('alphas', '', 'cumprod[t]')."""

    base: str
    decoration: str = ""
    index: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.base, self.decoration, self.index)


@dataclass(frozen=True)
class Call(Node):
    """``name(arguments | given)``: a density ``q_\\phi(z | x)``, a network output ``\\epsilon_\\theta(x_t, t)``,
    or a declared function such as ``SNR(t)``."""

    name: Name
    arguments: tuple[Node, ...]
    given: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Negative(Node):
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    operator: str  # one of + - * /
    left: Node
    right: Node


@dataclass(frozen=True)
class Power(Node):
    base: Node
    exponent: Node


@dataclass(frozen=True)
class Function(Node):
    """``sqrt``, ``log`` (natural), ``exp`` or ``abs`` of one argument; ``degree`` is the n of an n-th root."""

    function: str
    argument: Node
    degree: Node | None = None


@dataclass(frozen=True)
class Gradient(Node):
    """``\\nabla_{variable} body``; ``variable`` is None when not written."""

    variable: Node | None
    body: Node


@dataclass(frozen=True)
class Expectation(Node):
    """``\\mathbb{E}[body | given]``: only ever the name of a quantity, on the left of ``=``."""

    body: Node
    given: Node | None


@dataclass(frozen=True)
class Ambiguous(Node):
    """A construct with several conventional readings; ``spellings`` say how to write each unambiguously."""

    readings: tuple[Node, ...]
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class Statement(Node):
    """``operands[0] relations[0] operands[1] ...``; a plain expression has no relation."""

    relations: tuple[str, ...]
    operands: tuple[Node, ...]


# ----------------------------------------------------------------- the tables

GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "varphi", "chi", "psi", "omega",
    "Sigma", "Delta", "Gamma", "Lambda", "Phi", "Psi", "Omega", "Theta",
}  # fmt: skip
#: Variant letters and plain-text abbreviations, read as the letter they stand for.
LETTERS = {"varepsilon": "epsilon", "varphi": "phi", "vartheta": "theta", "eps": "epsilon"}
DECORATIONS = {"bar": "bar", "overline": "bar", "hat": "hat", "widehat": "hat", "tilde": "tilde", "widetilde": "tilde"}
FONTS = {"mathbf", "boldsymbol", "bm", "mathrm", "text", "operatorname", "mathit", "mathsf", "textrm", "mathbfit",
         "textit", "textbf", "mathnormal", "vec", "pmb"}  # fmt: skip
IGNORED = {"left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "bigg", "Bigg", "biggl", "biggr",
           "quad", "qquad", ",", ";", ":", "!", " ", "displaystyle", "textstyle", "limits"}  # fmt: skip
FUNCTIONS = {"sqrt": "sqrt", "log": "log", "ln": "log", "exp": "exp"}
#: Plain-text words that spell a command.
WORDS = {"sqrt": "sqrt", "log": "log", "ln": "log", "exp": "exp", "grad": "nabla", "nabla": "nabla"}
PRODUCTS = {"*", "\\cdot", "\\times", "\\odot", "\\ast"}
QUOTIENTS = {"/", "\\div"}
RELATIONS = {"=": "=", "<": "<", ">": ">", "<=": "<=", ">=": ">=", "\\le": "<=", "\\leq": "<=", "\\ge": ">=",
             "\\geq": ">=", "\\lt": "<", "\\gt": ">", "\\leqslant": "<=", "\\geqslant": ">="}  # fmt: skip
GIVEN = {"|", "\\mid", "\\vert", ";"}
OPENING = {"(": ")", "[": "]", "{": "}", "\\{": "\\}"}
#: The letters of densities, and the subscripts that make a name a network (or model) output.
DENSITY_BASES = {"p", "q"}
MODEL_INDICES = {"theta", "phi"}
#: Words of plain-text identifiers that are a decoration (``alpha_bar_t``, ``alphabar``, ``x0_hat``).
DECORATION_WORDS = ("bar", "hat", "tilde")
#: Plain-text abbreviations of a decorated letter.
ALIASES = {"abar": ("alpha", "bar"), "epshat": ("epsilon", "hat"), "xhat": ("x", "hat")}
#: Index words kept whole after ``\\alpha_`` in LaTeX (one character otherwise, as LaTeX reads ``x_tx``).
INDEX_WORDS = {"theta", "phi", "tm1", "tm2", "prev", "start", "noisy", "bar", "hat", "tilde", "cumprod", "prod"}


def parse(
    text: str,
    callable_names: frozenset[tuple[str, str, str]] = frozenset(),
    network_names: frozenset[tuple[str, str, str]] = frozenset(),
    known: Callable[[tuple[str, str, str]], bool] | None = None,
) -> Statement:
    """The syntax tree of ``text``; :class:`InvalidAnswer` with a position when it is not a formula.

    ``callable_names`` are keys of names always applied to their parenthesized arguments (shorthands such as
    SNR); ``network_names`` those of network outputs, applied like any name indexed by theta or phi.
    """
    return Parser(tokenize(text), callable_names, network_names, known).statement()


class Parser:
    def __init__(
        self,
        tokens: list[Token],
        callable_names: frozenset[tuple[str, str, str]] = frozenset(),
        network_names: frozenset[tuple[str, str, str]] = frozenset(),
        known: Callable[[tuple[str, str, str]], bool] | None = None,
    ) -> None:
        self.tokens = [t for t in tokens if not (t.kind is Kind.COMMAND and t.text[1:] in IGNORED)]
        self.index = 0
        self.depth = 0
        self.callable_names = callable_names
        self.network_names = network_names
        #: Whether a key names something (a declared spelling); other words of several letters may be products.
        self.known = known or (lambda key: True)
        #: LaTeX text reads a subscript as one character (``x_tx_0``); plain text reads identifiers whole.
        self.latex = any(t.kind is Kind.COMMAND or t.is_("{") for t in tokens)

    # ------------------------------------------------------------ helpers

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def peek(self, offset: int = 1) -> Token:
        return self.tokens[min(self.index + offset, len(self.tokens) - 1)]

    def advance(self) -> Token:
        token = self.token
        self.index += 1
        return token

    def accept(self, *texts: str) -> Token | None:
        if self.token.is_(*texts):
            return self.advance()
        return None

    def expect(self, text: str, what: str) -> Token:
        if not self.token.is_(text):
            raise InvalidAnswer(f"expected {text!r} {what}, found {_found(self.token)}", self.token.position)
        return self.advance()

    def split_word(self, length: int) -> Token:
        """Take the first ``length`` characters of the current word or number; leave the rest as a token."""
        token = self.token
        head = Token(token.kind, token.text[:length], token.position)
        rest = token.text[length:]
        if rest:
            kind = Kind.NUMBER if rest.isdigit() else Kind.WORD
            if rest.startswith("_"):
                kind = Kind.OPERATOR
                self.tokens[self.index : self.index + 1] = [
                    Token(Kind.OPERATOR, "_", token.position + length),
                    *([Token(Kind.WORD, rest[1:], token.position + length + 1)] if rest[1:] else []),
                ]
            else:
                self.tokens[self.index] = Token(kind, rest, token.position + length)
        else:
            self.index += 1
        return head

    @contextmanager
    def nested(self) -> Iterator[None]:
        """One more level of nesting; refused beyond :data:`MAX_DEPTH`."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise LimitExceeded(f"the formula is nested more than {MAX_DEPTH} levels deep", self.token.position)
        try:
            yield
        finally:
            self.depth -= 1

    # ------------------------------------------------------------ grammar

    def statement(self) -> Statement:
        start = self.token.position
        operands = [self.expr()]
        relations = []
        while self.token.is_(*RELATIONS):
            relations.append(RELATIONS[self.advance().text])
            operands.append(self.expr())
        if self.token.kind is not Kind.END:
            raise InvalidAnswer(f"unexpected {_found(self.token)}", self.token.position)
        return Statement(start, tuple(relations), tuple(operands))

    def expr(self) -> Node:
        with self.nested():
            node = self.term()
            while self.token.is_("+", "-"):
                operator = self.advance()
                node = Binary(operator.position, operator.text, node, self.term())
            return node

    def term(self) -> Node:
        node = self.unary()
        while True:
            token = self.token
            if token.is_(*PRODUCTS):
                self.advance()
                node = Binary(token.position, "*", node, self.unary())
            elif token.is_(*QUOTIENTS):
                self.advance()
                node = Binary(token.position, "/", node, self.unary())
            elif self.starts_atom():
                node = Binary(token.position, "*", node, self.power())
            else:
                return node

    def unary(self) -> Node:
        if self.token.is_("-"):
            position = self.advance().position
            with self.nested():
                return Negative(position, self.unary())
        if self.accept("+"):
            with self.nested():
                return self.unary()
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        token = self.token
        if self.accept("^"):
            with self.nested():
                return Power(token.position, base, self.superscript())
        if self.accept("**"):
            with self.nested():
                return Power(token.position, base, self.unary())
        return base

    def superscript(self) -> Node:
        if self.token.is_("{", "("):
            return self.group()
        if self.token.is_("-"):
            position = self.advance().position
            with self.nested():
                return Negative(position, self.superscript())
        if self.token.kind in (Kind.WORD, Kind.NUMBER):
            head = self.split_word(1)
            return Number(head.position, head.text) if head.kind is Kind.NUMBER else Name(head.position, head.text)
        return self.atom()

    def starts_atom(self) -> bool:
        token = self.token
        if token.kind in (Kind.NUMBER, Kind.WORD):
            return True
        if token.kind is Kind.COMMAND:
            return token.text[1:] in COMMANDS or token.text[1:] in GREEK
        return token.is_("(", "[", "{")

    def atom(self) -> Node:
        token = self.token
        if token.kind is Kind.NUMBER:
            return Number(self.advance().position, token.text)
        if token.kind is Kind.WORD:
            head = token.text.split("_")[0]
            if head != token.text and WORDS.get(head) == "nabla" and self._operand_follows():
                self.split_word(len(head))  # grad_x_t(...): the gradient, then its subscript
                return self.command("nabla", token.position)
            if token.text in WORDS:
                self.advance()
                return self.command(WORDS[token.text], token.position)
            if token.text == "E" and self.peek().is_("["):
                self.advance()
                return self.expectation(token.position)
            return self.letters(self.postfix(self.word()), token)
        if token.is_(*OPENING):
            return self.postfix(self.group())
        if token.is_("|"):
            self.advance()
            with self.nested():
                inner = self.expr()
            self.expect("|", "to close the absolute value")
            return Function(token.position, "abs", inner)
        if token.kind is Kind.COMMAND:
            self.advance()
            return self.command(token.text[1:], token.position)
        raise InvalidAnswer(f"expected a formula, found {_found(token)}", token.position)

    def word(self) -> Name:
        """A plain-text identifier: ``x``, ``x0``, ``sigma_1``, ``alpha_bar_t``, ``alphas_cumprod``."""
        token = self.token
        parts = token.text.split("_")
        if self.latex and len(parts) > 1 and not all(_whole(p) for p in parts[1:]):
            # LaTeX reads x_tx_0 as x_t x_0: the base, then a one-character subscript
            self.split_word(len(parts[0]))
            return self.name(parts[0], token.position)
        self.advance()
        name = identifier(parts, token.position)
        if self.token.is_("_"):
            if name.index:
                raise InvalidAnswer("a subscript must follow a single symbol", self.token.position)
            self.advance()
            name = replace(name, index=self.index_())
        return name

    def _operand_follows(self) -> bool:
        """Whether the token after the current one starts an operand (``grad_x_t(...)`` is a gradient,
        ``grad_norm * lr`` an identifier)."""
        self.index += 1
        try:
            return self.starts_atom()
        finally:
            self.index -= 1

    def letters(self, node: Node, token: Token) -> Node:
        """A word of several letters that names nothing known (``ab``): LaTeX reads it as a product of letters;
        in plain text it may be one name or that product, both readings."""
        word = token.text
        plain_word = word.isalpha() and len(word) > 1 and "_" not in word
        if not (plain_word and isinstance(node, Name) and node.key == (word, "", "") and not self.known(node.key)):
            return node
        product = _product([Name(token.position + i, letter) for i, letter in enumerate(word)])
        if self.latex:
            return product
        return Ambiguous(
            token.position, (node, product), (f"'{word}' as one name", f"'{' * '.join(word)}' for a product")
        )

    def name(self, base: str, position: int) -> Name:
        node = identifier([base], position)
        if self.token.is_("_"):
            self.advance()
            node = replace(node, index=self.index_())
        return node

    def group(self) -> Node:
        opening = self.advance()
        closing = OPENING[opening.text]
        with self.nested():
            node = self.expr()
        if not self.token.is_(closing):
            raise InvalidAnswer(
                f"unbalanced {opening.text!r} opened at character {opening.position + 1}: expected {closing!r}, "
                f"found {_found(self.token)}",
                self.token.position,
            )
        self.advance()
        return node

    def argument(self) -> Node:
        """A braced group, or a single character / token as in ``\\frac12`` and ``\\sqrt x``."""
        if self.token.is_("{"):
            return self.group()
        if self.token.kind in (Kind.NUMBER, Kind.WORD) and self.latex:
            head = self.split_word(1)
            if head.kind is Kind.NUMBER:
                return Number(head.position, head.text)
            return self.name(head.text, head.position)
        return self.atom()

    def command(self, name: str, position: int) -> Node:
        if name in GREEK or name in LETTERS:
            return self.postfix(self.name(LETTERS.get(name, name), position))
        reader = COMMANDS.get(name)
        if reader is None:
            raise InvalidAnswer(f"unsupported command \\{name}", position)
        return reader(self, name, position)

    # ------------------------------------------------------------ commands

    def decoration(self, name: str, position: int) -> Node:
        with self.nested():
            inner = _decorated(self.argument(), DECORATIONS[name])
        if inner is None:
            raise InvalidAnswer(f"\\{name} must decorate a single letter", position)
        return self.postfix(inner)

    def font(self, name: str, position: int) -> Node:
        if name == "mathbb":
            if self.blackboard_e():
                return self.expectation(position)
            raise InvalidAnswer(r"unsupported command \mathbb (only \mathbb{E}[...] names a quantity)", position)
        with self.nested():
            return self.postfix(self.argument())

    def fraction(self, name: str, position: int) -> Node:
        with self.nested():
            numerator = self.argument()
            denominator = self.argument()
        return Binary(position, "/", numerator, denominator)

    def function(self, name: str, position: int) -> Node:
        function = FUNCTIONS[name]
        degree = None
        if function == "sqrt" and self.token.is_("["):
            self.advance()
            with self.nested():
                degree = self.expr()
            self.expect("]", "after the degree of the root")
        if self.token.is_("_") and function == "log":
            raise InvalidAnswer("logarithms are natural here: write \\log x (or \\ln x) without a base", position)
        with self.nested():
            if function == "sqrt":
                if self.token.is_("("):
                    return Function(position, function, self.group(), degree)
                return Function(position, function, self.argument(), degree)
            if self.token.is_(*OPENING):
                return Function(position, function, self.group(), degree)
            return self.operator_chain(lambda body: Function(position, function, body), f"\\{name}")

    def gradient(self, name: str, position: int) -> Node:
        variable = self.gradient_variable() if self.accept("_") else None
        with self.nested():
            return self.operator_chain(lambda body: Gradient(position, variable, body), "\\nabla")

    def brace(self, name: str, position: int) -> Node:
        self.index -= 1
        return self.postfix(self.group())

    def operator_chain(self, build: Callable[[Node], Node], spelled: str) -> Node:
        """An operator applied without parentheses to an implicit product of factors.

        The product is the argument (``\\log 2\\pi\\sigma^2``); when an application inside it is followed by more
        factors (``\\log p(x)\\,a``), the argument may also end after the application: both are readings.
        """
        factors = [self.power()]
        while self.starts_atom():
            factors.append(self.power())
        whole = build(_product(factors))
        cut = next((i for i, f in enumerate(factors[:-1]) if _is_application(f)), None)
        if cut is None:
            return whole
        short = _product([build(_product(factors[: cut + 1])), *factors[cut + 1 :]])
        return Ambiguous(
            whole.position,
            (whole, short),
            (f"{spelled}(...) with parentheses around the whole argument",
             f"({spelled} ...) with parentheses around the operator and its argument"),
        )  # fmt: skip

    def gradient_variable(self) -> Node:
        """The subscript of a gradient: ``{x_t}``, ``\\mathbf{x}_t`` or plain ``x_t`` as in ``grad_x_t(...)``."""
        if self.token.is_("{"):
            return self.group()
        if self.token.kind is Kind.WORD:
            return self.word()
        return self.atom()

    def blackboard_e(self) -> bool:
        """Consume the ``E`` of ``\\mathbb{E}`` or ``\\mathbb E``; whether it was there."""
        ahead = [token.text for token in self.tokens[self.index : self.index + 3]]
        if ahead == ["{", "E", "}"]:
            self.index += 3
            return True
        if ahead[:1] == ["E"]:
            self.index += 1
            return True
        return False

    def expectation(self, position: int) -> Expectation:
        """``E[body | given]`` after the E."""
        self.expect("[", "after the E of an expectation")
        with self.nested():
            body = self.expr()
            given = self.expr() if self.accept(*GIVEN) else None
        self.expect("]", "to close the expectation")
        return Expectation(position, body, given)

    # ------------------------------------------------------------ names and their arguments

    def postfix(self, node: Node) -> Node:
        """A subscript after a font or decoration group, an array index, then the arguments of a call."""
        if self.token.is_("_"):
            if not isinstance(node, Name) or node.index:
                raise InvalidAnswer("a subscript must follow a single symbol", self.token.position)
            self.advance()
            node = replace(node, index=self.index_())
        if isinstance(node, Name) and self.token.is_("[") and self._indexes(node):
            self.advance()
            element = self.bracket_text("]")
            node = replace(node, index=f"{node.index}[{element}]")
        if isinstance(node, Name) and self.token.is_("(") and self.callable(node):
            return self.call(node)
        return node

    def _indexes(self, node: Name) -> bool:
        """``alphas_cumprod[t]``: a multi-letter identifier directly followed by ``[`` is indexed."""
        previous = self.tokens[self.index - 1]
        adjacent = previous.position + len(previous.text) == self.token.position
        return adjacent and previous.kind is Kind.WORD and len(previous.text) > 1 and previous.text not in GREEK

    def callable(self, name: Name) -> bool:
        return (
            name.base in DENSITY_BASES
            or name.index in MODEL_INDICES
            or name.key in self.callable_names
            or name.key in self.network_names
        )

    def call(self, name: Name) -> Node:
        opening = self.advance()
        arguments: list[Node] = []
        given: list[Node] = []
        target = arguments
        with self.nested():
            while True:
                target.append(self.expr())
                if self.accept(","):
                    continue
                if target is arguments and self.token.is_(*GIVEN):
                    self.advance()
                    target = given
                    continue
                break
        self.expect(")", f"to close the arguments of {name.base}")
        call = Call(name.position, name, tuple(arguments), tuple(given))
        if name.base in DENSITY_BASES or given or len(arguments) > 1 or isinstance(arguments[0], Name):
            return call
        if name.key in self.callable_names:
            return call
        # one argument that is not a variable: s_theta(x_t) or s_theta times (x_t + 1)?
        product = Binary(opening.position, "*", name, arguments[0])
        return Ambiguous(
            name.position,
            (call, product),
            ("the network output applied to its input, with its input a single variable",
             "a product with an explicit '*'"),
        )  # fmt: skip

    def index_(self) -> str:
        """A subscript as normalized text: ``{t - 1}`` -> ``t-1``, ``\\theta`` -> ``theta``, ``{\\mathbf{x}_t}`` -> ``x_t``."""
        token = self.token
        if token.is_("{", "("):
            self.advance()
            text = self.bracket_text(OPENING[token.text])
        elif token.kind is Kind.COMMAND:
            text = _index_text(self.advance())
        elif token.kind is Kind.WORD and (not self.latex or _whole(token.text)):
            text = self.advance().text
        elif token.kind in (Kind.WORD, Kind.NUMBER):
            text = self.split_word(1).text
        else:
            raise InvalidAnswer(f"expected a subscript, found {_found(token)}", token.position)
        if not text or len(text) > MAX_INDEX:
            raise InvalidAnswer("a subscript must be a short name such as t, t-1, 0 or \\theta", token.position)
        return {"tm1": "t-1", "tm2": "t-2", "tp1": "t+1"}.get(text, text)

    def bracket_text(self, closing: str) -> str:
        """The normalized text up to the matching ``closing`` (consumed)."""
        start = self.token.position
        parts = []
        depth = 0
        while not (depth == 0 and self.token.is_(closing)):
            if self.token.kind is Kind.END:
                raise InvalidAnswer(f"unbalanced bracket in a subscript: expected {closing!r}", start)
            if self.token.is_("{", "(", "["):
                depth += 1
            elif self.token.is_("}", ")", "]"):
                depth -= 1
            parts.append(self.advance())
            if len(parts) > MAX_INDEX:
                raise InvalidAnswer("a subscript must be a short name such as t, t-1, 0 or \\theta", start)
        self.advance()
        return "".join(_index_text(p) for p in parts)


COMMANDS: dict[str, Callable[[Parser, str, int], Node]] = {
    **{name: Parser.decoration for name in DECORATIONS},
    **{name: Parser.font for name in FONTS | {"mathbb"}},
    **{name: Parser.fraction for name in ("frac", "dfrac", "tfrac", "cfrac")},
    **{name: Parser.function for name in FUNCTIONS},
    "nabla": Parser.gradient,
    "{": Parser.brace,
    "pi": lambda parser, name, position: parser.postfix(parser.name("pi", position)),
}
"""The reader of each LaTeX command (Greek letters are read as names); the notes reader adds its operators here."""


def identifier(parts: list[str], position: int) -> Name:
    """The name of a plain-text identifier split at its underscores: ``['alpha', 'bar', 't']`` is (alpha, bar, t)."""
    base, *rest = parts
    decoration = ""
    stem = base.rstrip("0123456789")
    index_parts = []
    if stem and stem != base:
        base, index_parts = stem, [base[len(stem) :]]
    if base in ALIASES:
        base, decoration = ALIASES[base]
    else:
        for word in DECORATION_WORDS:
            letter = base[: -len(word)]
            if base.endswith(word) and (letter in GREEK or letter in LETTERS or len(letter) == 1):
                base, decoration = letter, word
    base = LETTERS.get(base, base)
    for part in rest:
        if part in DECORATION_WORDS and not decoration:
            decoration = part
        else:
            index_parts.append(part)
    index = "_".join(index_parts)
    return Name(position, base, decoration, {"tm1": "t-1", "tm2": "t-2", "tp1": "t+1"}.get(index, index))


def _decorated(node: Node, decoration: str) -> Node | None:
    """``node`` with its letter decorated (``\\hat\\epsilon_\\theta(x_t, t)`` reads the call first), or None."""
    if isinstance(node, Name) and not node.decoration:
        return replace(node, decoration=decoration)
    if isinstance(node, Call):
        name = _decorated(node.name, decoration)
        return None if name is None else replace(node, name=name)
    if isinstance(node, Binary) and node.operator == "*" and isinstance(node.left, Name):
        name = _decorated(node.left, decoration)
        return None if name is None else replace(node, left=name)
    if isinstance(node, Ambiguous):
        readings = tuple(_decorated(reading, decoration) for reading in node.readings)
        return None if None in readings else replace(node, readings=readings)
    return None


def _whole(part: str) -> bool:
    """A subscript word LaTeX text keeps whole: one character, digits, or a known index word."""
    return len(part) == 1 or part.isdigit() or part in INDEX_WORDS or part in GREEK


def _index_text(token: Token) -> str:
    if token.kind is Kind.COMMAND:
        name = token.text[1:]
        if name in FONTS or name in IGNORED:
            return ""
        return LETTERS.get(name, name)
    return "" if token.text in "{}" else token.text


def _product(factors: list[Node]) -> Node:
    node = factors[0]
    for factor in factors[1:]:
        node = Binary(factor.position, "*", node, factor)
    return node


def _is_application(node: Node) -> bool:
    """A factor that ends with the closing parenthesis of an application: ``p(x)``, ``\\log p(x)``."""
    if isinstance(node, Ambiguous):
        return any(_is_application(reading) for reading in node.readings)
    return isinstance(node, (Call, Gradient)) or (isinstance(node, Function) and _is_application(node.argument))


def _found(token: Token) -> str:
    if token.kind is Kind.END:
        return "the end of the input"
    return repr(token.text)


# ------------------------------------------------------------------ readings


def readings(node: Node) -> list[tuple[Node, tuple[str, ...]]]:
    """Every reading of ``node`` without :class:`Ambiguous` nodes, with the spelling that forces each choice.

    The first reading takes the first alternative everywhere.  More than :data:`MAX_READINGS` is refused.
    """
    if isinstance(node, Ambiguous):
        found = [
            (reading, (spelling, *how))
            for alternative, spelling in zip(node.readings, node.spellings, strict=True)
            for reading, how in readings(alternative)
        ]
    else:
        choices = []
        for field in fields(node):
            value = getattr(node, field.name)
            if isinstance(value, Node):
                choices.append([(field.name, reading, how) for reading, how in readings(value)])
            elif isinstance(value, tuple) and value and all(isinstance(v, Node) for v in value):
                options = [readings(v) for v in value]
                choices.append(
                    [
                        (field.name, tuple(r for r, _ in combo), tuple(h for _, how in combo for h in how))
                        for combo in itertools.product(*options)
                    ]
                )
        found = []
        for combination in itertools.product(*choices):
            changes = {name: value for name, value, _ in combination}
            how = tuple(h for _, _, hows in combination for h in hows)
            found.append((replace(node, **changes) if changes else node, how))
            if len(found) > MAX_READINGS:
                break
    if len(found) > MAX_READINGS:
        raise LimitExceeded(
            f"the answer can be read more than {MAX_READINGS} ways; add parentheses", getattr(node, "position", None)
        )
    return found
