"""A recursive-descent parser from tokens to a small syntax tree; nothing is evaluated here.

Grammar (LaTeX and plain text alike; ``\\left``, ``\\right`` and spacing commands are ignored)::

    statement := expr (relation expr)*              relation: = < > <= >= \\le \\ge \\leq \\geq \\lt \\gt
    expr      := term (('+' | '-') term)*
    term      := unary ((op | <nothing>) unary)*   op: * / \\cdot \\times \\odot \\div; nothing: implicit product
    unary     := ('+' | '-') unary | power
    power     := atom ('^' superscript | '**' unary)?
    atom      := number | name ['(' args ')'] | group | \\frac g g | \\sqrt[n] g | function arg | \\nabla_v chain
    name      := [decoration] letter-or-greek ['_' index]      decoration: \\bar \\overline \\hat \\tilde ...

Fonts (``\\mathbf``, ``\\boldsymbol``, ``\\bm``, ``\\mathrm``, ``\\text``, ``\\operatorname``) are transparent.
A name is applied to arguments only when it is a density (``p``, ``q_\\phi``), a network output
(``s_\\theta``, ``\\epsilon_\\theta``), ``SNR`` or ``\\mu_q``; otherwise ``\\sigma(x)`` is a product.
Depth of nesting is bounded by :data:`MAX_DEPTH`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from diffproof.answers.errors import InvalidAnswer, LimitExceeded
from diffproof.answers.lexer import Kind, Token, tokenize

#: The deepest nesting of brackets, fractions and roots accepted.
MAX_DEPTH = 40
#: The longest subscript accepted, in characters.
MAX_INDEX = 24


# ------------------------------------------------------------------ the tree


@dataclass(frozen=True)
class Node:
    position: int


@dataclass(frozen=True)
class Number(Node):
    text: str


@dataclass(frozen=True)
class Name(Node):
    """A letter with an optional decoration and index: ``\\bar\\alpha_{t-1}`` is ('alpha', 'bar', 't-1')."""

    base: str
    decoration: str = ""
    index: str = ""
    arguments: tuple[Node, ...] | None = None


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
    """``sqrt``, ``log`` (natural) or ``exp`` of one argument; ``degree`` is the n of an n-th root."""

    function: str
    argument: Node
    degree: Node | None = None


@dataclass(frozen=True)
class Density(Node):
    """``name(variables | given)``: an abstract density such as ``q_\\phi(z | x)``."""

    name: Name
    variables: tuple[Node, ...]
    given: tuple[Node, ...]


@dataclass(frozen=True)
class Gradient(Node):
    """``\\nabla_{variable} body``; ``variable`` is empty when not written."""

    variable: str
    body: Node


@dataclass(frozen=True)
class Expectation(Node):
    """``\\mathbb{E}[body | given]``: only ever the name of a quantity, on the left of ``=``."""

    body: Node
    given: Node | None


@dataclass(frozen=True)
class Statement(Node):
    """``operands[0] relations[0] operands[1] ...``; a plain expression has no relation."""

    relations: tuple[str, ...]
    operands: tuple[Node, ...]


# ----------------------------------------------------------------- vocabulary

GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "varphi", "chi", "psi", "omega",
}  # fmt: skip
DECORATIONS = {"bar": "bar", "overline": "bar", "hat": "hat", "widehat": "hat", "tilde": "tilde", "widetilde": "tilde"}
FONTS = {"mathbf", "boldsymbol", "bm", "mathrm", "text", "operatorname", "mathit", "mathsf", "textrm", "mathbfit"}
IGNORED = {"left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "bigg", "Bigg", "biggl", "biggr",
           "quad", "qquad", ",", ";", ":", "!", " ", "displaystyle"}  # fmt: skip
FUNCTIONS = {"sqrt": "sqrt", "log": "log", "ln": "log", "exp": "exp"}
PRODUCTS = {"*", "\\cdot", "\\times", "\\odot", "\\ast"}
QUOTIENTS = {"/", "\\div"}
RELATIONS = {"=": "=", "<": "<", ">": ">", "<=": "<=", ">=": ">=", "\\le": "<=", "\\leq": "<=", "\\ge": ">=",
             "\\geq": ">=", "\\lt": "<", "\\gt": ">"}  # fmt: skip
GIVEN = {"|", "\\mid", "\\vert", ";"}
OPENING = {"(": ")", "[": "]", "{": "}", "\\{": "\\}"}
DENSITY_BASES = {"p", "q"}
MODEL_INDICES = {"theta", "phi"}
CALLABLE = {("SNR", ""), ("mu", "q")}
#: The letters a network output may be applied to: s_theta(x_t, t).
VARIABLE_BASES = {"x", "y", "z", "t", "xt", "x0"}
#: Plain-text words read as commands.
WORD_COMMANDS = {"sqrt": "sqrt", "log": "log", "ln": "log", "exp": "exp", "grad": "nabla", "nabla": "nabla"}
#: Plain-text words that stand for a decorated or indexed letter: word -> (base, decoration, index).
ALIASES = {
    "eps": ("epsilon", "", ""),
    "abar": ("alpha", "bar", ""),
    "alphabar": ("alpha", "bar", ""),
    "epshat": ("epsilon", "hat", ""),
    "xhat": ("x", "hat", ""),
    "xt": ("x", "", "t"),
}
#: The words of several letters that the notation knows; any other is refused rather than guessed at.
WORDS = GREEK | set(WORD_COMMANDS) | set(ALIASES) | {"SNR"}
#: Multi-letter words kept whole as a subscript (``s_theta``); other subscripts take one character.
INDEX_WORDS = {"theta", "phi", "tm1", "tm2"}


def parse(text: str) -> Statement:
    """The syntax tree of ``text``; :class:`InvalidAnswer` with a position when it is not a formula."""
    return Parser(tokenize(text)).statement()


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = [t for t in tokens if not (t.kind is Kind.COMMAND and t.text[1:] in IGNORED)]
        self.index = 0
        self.depth = 0

    # ------------------------------------------------------------ helpers

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

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
        if self.token.kind is Kind.WORD:
            return self.name(self.split_word(1))
        return self.atom()

    def starts_atom(self) -> bool:
        token = self.token
        if token.kind in (Kind.NUMBER, Kind.WORD):
            return True
        if token.kind is Kind.COMMAND:
            name = token.text[1:]
            return (
                name in GREEK
                or name in DECORATIONS
                or name in FONTS
                or name in FUNCTIONS
                or name in ("frac", "dfrac", "tfrac", "nabla", "{", "pi")
            )
        return token.is_("(", "[", "{")

    def atom(self) -> Node:
        token = self.token
        if token.kind is Kind.NUMBER:
            return Number(self.advance().position, token.text)
        if token.kind is Kind.WORD:
            if token.text in WORD_COMMANDS:
                self.advance()
                return self.command(WORD_COMMANDS[token.text], token.position)
            stem = token.text.rstrip("0123456789")
            if token.text == "E" and self.tokens[self.index + 1].is_("["):
                self.advance()
                return self.expectation(token.position)
            if len(stem) > 1 and stem not in WORDS:
                raise InvalidAnswer(
                    f"unknown word {token.text!r}: write a product of letters with spaces or '*' (a b, a*b)",
                    token.position,
                )
            return self.postfix(self.name(self.advance()))
        if token.is_(*OPENING):
            return self.postfix(self.group())
        if token.kind is Kind.COMMAND:
            self.advance()
            return self.command(token.text[1:], token.position)
        raise InvalidAnswer(f"expected a formula, found {_found(token)}", token.position)

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
        if self.token.kind in (Kind.NUMBER, Kind.WORD):
            head = self.split_word(1)
            return Number(head.position, head.text) if head.kind is Kind.NUMBER else self.name(head)
        return self.atom()

    def command(self, name: str, position: int) -> Node:
        if name in GREEK or name == "pi":
            return self.postfix(
                Name(position, {"varepsilon": "epsilon", "varphi": "phi", "vartheta": "theta"}.get(name, name))
            )
        if name in DECORATIONS:
            with self.nested():
                inner = self.argument()
            if not isinstance(inner, Name) or inner.decoration:
                raise InvalidAnswer(f"\\{name} must decorate a single letter", position)
            return self.postfix(replace(inner, decoration=DECORATIONS[name]))
        if name == "mathbb" and self.blackboard_e():
            return self.expectation(position)
        if name in FONTS:
            with self.nested():
                return self.postfix(self.argument())
        if name in ("frac", "dfrac", "tfrac"):
            with self.nested():
                numerator = self.argument()
                denominator = self.argument()
            return Binary(position, "/", numerator, denominator)
        if name in FUNCTIONS:
            return self.function(FUNCTIONS[name], position)
        if name == "nabla":
            variable = self.gradient_variable() if self.accept("_") else ""
            with self.nested():
                return Gradient(position, variable, self.chain())
        if name == "{":
            self.index -= 1
            return self.postfix(self.group())
        raise InvalidAnswer(f"unsupported command \\{name}", position)

    def gradient_variable(self) -> str:
        """The subscript of a gradient: ``{x_t}``, ``\\mathbf{x}_t`` or plain ``x_t`` as in ``grad_x_t(...)``."""
        if self.token.kind is Kind.WORD:
            name = self.name(self.split_word(1))
            return f"{name.base}_{name.index}" if name.index else name.base
        return self.index_()

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

    def function(self, function: str, position: int) -> Node:
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
                argument = self.argument()
            elif self.token.is_(*OPENING):
                argument = self.group()
            else:
                argument = self.chain()
        return Function(position, function, argument, degree)

    def chain(self) -> Node:
        """An implicit product of powers, the argument of ``\\log 2\\pi\\sigma^2`` or ``\\nabla \\log p(x)``."""
        node = self.power()
        while self.starts_atom():
            token = self.token
            node = Binary(token.position, "*", node, self.power())
        return node

    def name(self, token: Token) -> Name:
        node = Name(token.position, token.text)
        if self.token.is_("_"):
            self.advance()
            node = Name(node.position, node.base, node.decoration, self.index_())
        return node

    def postfix(self, node: Node) -> Node:
        """A subscript after a font or decoration group, then the arguments of a density or network output."""
        if self.token.is_("_"):
            if not isinstance(node, Name) or node.index:
                raise InvalidAnswer("a subscript must follow a single symbol", self.token.position)
            self.advance()
            node = Name(node.position, node.base, node.decoration, self.index_())
        if isinstance(node, Name) and self.token.is_("(") and _callable(node):
            return self.call(node)
        return node

    def call(self, name: Name) -> Node:
        self.advance()
        variables: list[Node] = []
        given: list[Node] = []
        target = variables
        with self.nested():
            while True:
                target.append(self.expr())
                if self.accept(","):
                    continue
                if target is variables and self.token.is_(*GIVEN):
                    self.advance()
                    target = given
                    continue
                break
        self.expect(")", f"to close the arguments of {name.base}")
        if name.base in DENSITY_BASES:
            return Density(name.position, name, tuple(variables), tuple(given))
        if given:
            raise InvalidAnswer(f"only densities take a '|' (found in the arguments of {name.base})", name.position)
        if name.index in MODEL_INDICES and not all(_is_variable(v) for v in variables):
            # not the arguments of a network output, such as s_theta(x_t, t): a factor, never dropped
            if len(variables) > 1:
                raise InvalidAnswer(f"the arguments of {name.base}_{name.index} must be variables such as x_t, t",
                                    variables[0].position)  # fmt: skip
            return Binary(variables[0].position, "*", name, variables[0])
        return Name(name.position, name.base, name.decoration, name.index, tuple(variables))

    def index_(self) -> str:
        """A subscript as normalized text: ``{t - 1}`` -> ``t-1``, ``\\theta`` -> ``theta``, ``{\\mathbf{x}_t}`` -> ``x_t``."""
        token = self.token
        if token.is_("{", "("):
            closing = OPENING[token.text]
            self.advance()
            parts = []
            depth = 0
            while not (depth == 0 and self.token.is_(closing)):
                if self.token.kind is Kind.END:
                    raise InvalidAnswer(f"unbalanced {token.text!r} in a subscript", token.position)
                if self.token.is_("{", "("):
                    depth += 1
                elif self.token.is_("}", ")"):
                    depth -= 1
                parts.append(self.advance())
            self.advance()
            text = "".join(_index_text(p) for p in parts)
        elif token.kind is Kind.COMMAND:
            text = _index_text(self.advance())
        elif token.kind is Kind.WORD and token.text in INDEX_WORDS:
            text = self.advance().text
        elif token.kind in (Kind.WORD, Kind.NUMBER):
            text = self.split_word(1).text
        else:
            raise InvalidAnswer(f"expected a subscript, found {_found(token)}", token.position)
        if not text or len(text) > MAX_INDEX:
            raise InvalidAnswer("a subscript must be a short name such as t, t-1, 0 or \\theta", token.position)
        return {"tm1": "t-1", "tm2": "t-2"}.get(text, text)


def _index_text(token: Token) -> str:
    if token.kind is Kind.COMMAND:
        name = token.text[1:]
        if name in FONTS or name in IGNORED:
            return ""
        return {"varepsilon": "epsilon", "varphi": "phi"}.get(name, name)
    return "" if token.text in "{}" else token.text


def _is_variable(node: Node) -> bool:
    """A data variable or the time: x, x_t, x_0, y, z, t (in any font)."""
    return isinstance(node, Name) and node.base in VARIABLE_BASES and not node.decoration and node.arguments is None


def _callable(name: Name) -> bool:
    return (
        name.base in DENSITY_BASES
        or name.index in MODEL_INDICES
        or (name.base, name.index) in CALLABLE
        or name.decoration == "tilde"
    )


def _found(token: Token) -> str:
    if token.kind is Kind.END:
        return "the end of the input"
    return repr(token.text)
