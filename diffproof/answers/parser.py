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
  (``\\frac``, ``\\sqrt``, ``\\log``, ``\\nabla``, decorations, fonts, Greek letters); a derivative in one
  variable (``\\partial_x f``, ``\\frac{\\partial}{\\partial x} f``, ``\\frac{\\partial f}{\\partial x}``, and
  with Leibniz's d, :data:`DERIVATIVE_FRACTIONS`: ``\\frac{d}{dx} f``, ``\\frac{df}{dx}``, ``\\frac{\\mathrm{d}
  f}{\\mathrm{d}x}``) is read as the gradient ``\\nabla_x f``; a letter d that may be Leibniz's or a variable is
  refused, never read as a product;
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

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import TypeVar

from diffproof.answers.errors import InvalidAnswer, LimitExceeded
from diffproof.answers.lexer import Kind, Token, tokenize

#: The deepest nesting of brackets, fractions and roots accepted.
MAX_DEPTH = 40
#: The longest subscript accepted, in characters.
MAX_INDEX = 24
#: The most readings an ambiguous answer may have.
MAX_READINGS = 8
#: Why a derivative of higher order (``\\partial^2``) or in several variables is not read.
HIGHER_DERIVATIVE = "a derivative of higher order or in several variables is not read"


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
    #: What separates ``given`` from the arguments: ``|`` (``\\mid``, ``\\vert``) conditions; in notes ``;``
    #: introduces parameters (``p(x, z; \\theta)``).
    separator: str = "|"


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
    #: Written ``\\ln``: the natural logarithm even where a note gives ``\\log`` another base.
    natural: bool = False


@dataclass(frozen=True)
class Gradient(Node):
    """``\\nabla_{variable} body``; ``variable`` is None when not written."""

    variable: Node | None
    body: Node


@dataclass(frozen=True)
class Expectation(Node):
    """``\\mathbb{E}[body | given]``; in an answer only ever the name of a quantity, on the left of ``=``.

    Notes write the law under the E: ``measure`` is what follows ``\\sim`` or stands alone
    (``\\mathbb{E}_{q(x_{1:T}|x_0)}``, ``E_q``, ``E_{x, z \\sim p(x) q(z|x)}``) and ``variables`` the
    variables written before ``\\sim`` (or alone: ``\\mathbb{E}_{x_0}``).
    """

    body: Node
    given: Node | None
    measure: Node | None = None
    variables: tuple[Node, ...] = ()
    operator: str = "E"  # or "Var", the variance: Var[body] = E[body^2] - E[body]^2 under the same law


@dataclass(frozen=True)
class Integral(Node):
    """``\\int_{lower}^{upper} body \\, dv``: over the whole line when no limits are written."""

    body: Node
    variables: tuple[Node, ...]
    lower: Node | None = None
    upper: Node | None = None


@dataclass(frozen=True)
class Infinity(Node):
    """``\\infty`` (``-\\infty`` when ``negative``) as a limit of an integral, the one place it is read."""

    negative: bool = False


#: The spellings of an infinite limit (``\\int_0^\\infty``, ``\\int_{-\\infty}^{+\\infty}``), each with its sign.
INFINITE_LIMITS = tuple(
    (written, negative)
    for spelled, negative in ((["\\infty"], False), (["+", "\\infty"], False), (["-", "\\infty"], True))
    for written in (spelled, ["{", *spelled, "}"])
)


@dataclass(frozen=True)
class Series(Node):
    """``\\sum`` or ``\\prod`` (``operator``) of ``body`` for ``index`` from ``lower`` to ``upper``;
    ``\\sum_z`` (an index without limits) runs over the values of a variable."""

    operator: str
    body: Node
    index: Node
    lower: Node | None = None
    upper: Node | None = None
    #: The upper limit is not written: ``\\sum_{t>1}`` runs to T, as Ho et al. (2020) write it (notes only).
    implicit_upper: bool = False


@dataclass(frozen=True)
class Optimum(Node):
    """``\\text{argmax}_\\theta body`` (``operator`` argmax or argmin): the value of ``variable`` where ``body`` is
    largest (smallest).  Read only as a whole side of a step (notes)."""

    operator: str
    variable: Node
    body: Node


@dataclass(frozen=True)
class Divergence(Node):
    """``D_{KL}(first \\| second)``, however the two laws are separated (``||``, ``\\|``, ``\\parallel``,
    ``\\mid\\mid``, ``\\Vert``, ``\\lVert``, ``\\rVert``, a comma)."""

    first: Node
    second: Node


@dataclass(frozen=True)
class Gaussian(Node):
    """``\\mathcal{N}(point; mean, covariance)`` (also ``point | mean, ...``); the law ``\\mathcal{N}(mean,
    covariance)`` has no point."""

    point: Node | None
    mean: Node
    covariance: Node


@dataclass(frozen=True)
class Norm(Node):
    """``\\|argument\\|`` (``||a||``, ``\\lVert a \\rVert``, ``\\Vert a \\Vert``); a subscript ``_2`` is dropped."""

    argument: Node


@dataclass(frozen=True)
class Transpose(Node):
    """``argument^\\top`` (``^\\intercal``, ``^\\mathsf{T}``): in notes only, where ``^T`` may be a power."""

    argument: Node


@dataclass(frozen=True)
class Trace(Node):
    """``\\operatorname{tr}(A)`` (``\\text{tr}``, ``\\mathrm{Tr}``, ``\\operatorname{trace}``), in notes only: the trace
    of a matrix, its argument bracketed."""

    argument: Node


@dataclass(frozen=True)
class Placeholder(Node):
    """``\\cdot`` standing for an argument, as in ``q(\\cdot | x_0)``."""


@dataclass(frozen=True)
class Ellipsis(Node):
    """``\\ldots`` in a list of arguments, as in ``p(x_0, x_1, \\ldots, x_t)``."""


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
    "ell",  # not Greek, but a letter set as a command as they are (\\ell for a loss or a log-likelihood)
}  # fmt: skip
#: Variant letters and plain-text abbreviations, read as the letter they stand for.
LETTERS = {"varepsilon": "epsilon", "varphi": "phi", "vartheta": "theta", "eps": "epsilon"}
DECORATIONS = {"bar": "bar", "overline": "bar", "hat": "hat", "widehat": "hat", "tilde": "tilde", "widetilde": "tilde",
               "dot": "dot", "ddot": "ddot"}  # fmt: skip
#: (``\\cancel`` strikes its content: read as it is only where it shows a cancellation, :meth:`Parser.font`.)
FONTS = {"mathbf", "boldsymbol", "bm", "mathrm", "text", "operatorname", "mathit", "mathsf", "textrm", "mathbfit",
         "textit", "textbf", "mathnormal", "vec", "pmb", "bold", "mbox", "textnormal", "cancel", "symbf", "symit",
         "symbfit"}  # fmt: skip
#: Fonts that set a word upright: ``\\text{ELBO}``, ``\\mathrm{KL}`` are one name, not a product of letters.
TEXT_FONTS = {"mathrm", "text", "operatorname", "textrm", "textit", "textbf", "mbox", "textnormal"}
#: Commands that leave maths for text: their letters are words as a renderer sets them, never symbols of a formula.
TEXT_MODE = {"text", "textrm", "textit", "textbf", "mbox", "textnormal"}
_BREAKS = {"allowdisplaybreaks", "displaybreak"}
#: The optima notes write, in any spelling (``\\text{argmax}_\\theta``, ``\\arg\\max_\\theta``, ``\\argmax_\\theta``).
OPTIMA = ("argmax", "argmin")
#: What an optimum's spelling in a group holds besides its letters: fonts, spaces and braces.
_OPTIMUM_SPELLING = re.compile(r"\\(?:text|textrm|mathrm|operatorname|mathop|rm|limits)\*?|\\[,;:! ]|[{}\\\s*]")
#: Words set upright that name the trace of a matrix, read in notes where a bracket follows (:class:`Trace`).
TRACES = {"tr", "Tr", "trace"}
#: Words set upright (or spelled in letters) that name operators the parser does not read: read as a name,
#: argmax_theta (a + b) = argmax_theta a + argmax_theta b would be proved by expansion.
OPERATOR_WORDS = {
    "argmax": "an optimum", "argmin": "an optimum", "arg": "an optimum or a complex argument",
    "max": "a maximum", "min": "a minimum", "sup": "a supremum", "inf": "an infimum", "lim": "a limit",
    "limsup": "a limit", "liminf": "a limit", "det": "a determinant", "tr": "a trace", "trace": "a trace",
    "Tr": "a trace", "diag": "a diagonal matrix", "rank": "a rank", "sgn": "a sign", "sign": "a sign",
}  # fmt: skip
IGNORED = {"left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "bigg", "Bigg", "biggl", "biggr",
           "quad", "qquad", ",", ";", ":", "!", " ", "displaystyle", "textstyle", "limits", "middle", "bigm",
           "Bigm", "biggm", "Biggm", "nolimits", "allowdisplaybreaks", "displaybreak"}  # fmt: skip
FUNCTIONS = {"sqrt": "sqrt", "log": "log", "ln": "log", "exp": "exp"}
#: The two readings of a name before a parenthesis holding one argument that is not a variable (``s_\\theta(x + 1)``,
#: ``\\operatorname{sigmoid}(2a)``): the name applied, or a product.
APPLIED_OR_TIMES = ("the network output applied to its input, with its input a single variable",
                    "a product with an explicit '*'")  # fmt: skip
#: A function's ``f^2(x)``: the square of its value, or the function applied twice.
POWER_OR_ITERATE = ("(f(x))^2 for the power of the function's value", "f(f(x)) for the function applied again")
#: A derivative's bracketed operand before more factors (``\\frac{d}{dx}(x^2)\\,x``): the derivative of the whole
#: product (as ``\\frac{d}{dx} x^2 y`` is), or of the bracket times what follows (as ``\\sin(x)\\,x`` is sin(x) x).
BRACKET_THEN_PRODUCT = (
    "\\frac{d}{dx}\\left(x^2 x\\right) for the derivative of the whole product",
    "\\frac{d}{dx}\\left(x^2\\right) \\cdot x for the derivative of the bracket times what follows",
)
#: The reading of ``\\nabla_x \\log(x)\\,a`` that ends the operator's argument at the function's bracket.
FUNCTION_ALONE = "(\\nabla_x \\log(x))\\, a with parentheses around the operator and the function it takes"
#: A function's unbracketed argument before a bracketed factor (``\\exp x (x+1)``, ``\\log 2 (x+1)``): the function
#: of the whole product, or of what comes before the bracket, times the bracket (as ``\\sqrt x (x+1)`` is).
FUNCTION_THEN_BRACKET = "(\\log x)(x+1) with parentheses around the function and its argument"
#: A function of a number before a slash (``\\log 1/x``, ``\\log 2/\\delta``): of the quotient, as such bounds are
#: written, or of the number alone, divided.
FUNCTION_OF_A_QUOTIENT = (
    "(\\log 1)/x for the function of the number, divided",
    "\\log(1/x) for the function of the quotient",
)
#: The same with more factors after the divisor (``\\log 1/2\\pi``): each reading's quotient may end at the divisor or
#: take them under the slash too (as :data:`SLASH_THEN_PRODUCT`'s).
FUNCTION_OF_A_QUOTIENT_THEN_PRODUCT = (
    "((\\log 1)/2) \\pi for the function of the number, divided, times what follows",
    "(\\log 1)/(2 \\pi) for the function of the number over all that follows",
    "\\log(1/2) \\pi for the function of the quotient, times what follows",
    "\\log(1/(2 \\pi)) for the function of the quotient of all that follows",
)
#: A derivative's operand before an explicit product or quotient (``\\frac{d}{dx} x^2 \\cdot x``, ``\\partial_x x^2 / x``):
#: the derivative of the whole, or of the operand alone times (or over) what follows.
OPERAND_THROUGH_OPERATION = (
    "\\frac{d}{dx}\\left(x^2 \\cdot x\\right) for the derivative of the whole",
    "\\left(\\frac{d}{dx} x^2\\right) \\cdot x for the derivative of the operand alone",
)
#: A name's superscript of one number or letter in parentheses or brackets (``x^{(2)}``): a power, or an index or a
#: derivative's order (another name).
BRACKETED_SUPERSCRIPT = ("x^2 for the power", "x_{2} or x'' for an index or a derivative")
#: The names that are constants, whose superscript is a power alone (``e^{(2)}``).
_CONSTANT_KEYS = frozenset({("e", "", ""), ("pi", "", "")})
#: A note's ``1/2x``: (1/2) x, or 1/(2x).
SLASH_THEN_PRODUCT = ("(a/b) c for the quotient times what follows", "a/(b c) for all that follows under the slash")
#: Plain-text words that spell a command.
WORDS = {"sqrt": "sqrt", "log": "log", "ln": "ln", "exp": "exp", "grad": "nabla", "nabla": "nabla"}
PRODUCTS = {"*", "\\cdot", "\\times", "\\odot", "\\ast"}
QUOTIENTS = {"/", "\\div"}
#: The time index t, whose sums a note may bound from below only (``\\sum_{t>1}``): they run to T.
_TIME_INDEX = ("t", "", "")
_FROM_BELOW = (">", "\\gt", ">=", "\\ge", "\\geq", "\\geqslant")
RELATIONS = {"=": "=", "<": "<", ">": ">", "<=": "<=", ">=": ">=", "\\le": "<=", "\\leq": "<=", "\\ge": ">=",
             "\\geq": ">=", "\\lt": "<", "\\gt": ">", "\\leqslant": "<=", "\\geqslant": ">="}  # fmt: skip
GIVEN = {"|", "\\mid", "\\vert", ";"}
#: The bars that separate what is given (p(x | y), E[x | y]): no absolute value opens at one of them there.
BARS = ("|", "\\mid", "\\vert")
#: ``\\left|`` (or ``\\bigl|``, ...) and ``\\right|``: bars whose sizes say which side they are on.
SIZED_BARS = ("\\left|", "\\right|")
_LEFT_SIZES = frozenset({"left", "bigl", "Bigl", "biggl", "Biggl"})
_RIGHT_SIZES = frozenset({"right", "bigr", "Bigr", "biggr", "Biggr"})
#: What ends the search for a second bar after an absolute value (:meth:`Parser._bar_ahead`).
_BAR_SCAN_STOPS = (
    "+",
    "-",
    "=",
    ",",
    ";",
    "&",
    ")",
    "]",
    "}",
    "\\}",
    "\\ne",
    "\\neq",
    "\\approx",
    "\\propto",
    "\\sim",
    "\\equiv",
    "\\to",
    "\\rightarrow",
    SIZED_BARS[1],
)
OPENING = {"(": ")", "[": "]", "{": "}", "\\{": "\\}"}
#: Brackets that apply a name in notes when they hold a list (``I[X, Z]``, a mutual information; ``H[X, Y]``): a
#: comma cannot stand at the top of a bracket that only groups, so the list is the name's arguments.
LISTING_BRACKETS = ("[",)
#: Brackets that hold a set in notes: ``\\{x_1, \\ldots, x_t\\}``, consecutive names of one letter, is the block
#: x_{1:t} (:func:`consecutive_block`); any other list in them is refused.
BLOCK_BRACKETS = ("\\{",)
#: The letter of a Gaussian law, ``\\mathcal{N}``.
GAUSSIAN_LETTER = ("N", "cal")
#: The letters of densities, and the subscripts that make a name a network (or model) output.
DENSITY_BASES = {"p", "q"}
MODEL_INDICES = {"theta", "phi"}
#: Notes also write laws and probabilities with capitals: ``Q(z)``, ``P(A | B)``, and Prince's ``Pr(x | z)``.
NOTE_DENSITY_BASES = DENSITY_BASES | {"P", "Q", "Pr"}
#: Names of the KL divergence (``D_{KL}``, ``\\text{KL}``, ``\\mathcal{D}_{KL}``, ``\\mathbb{D}_{KL}``), as keys without
#: their index.
DIVERGENCE_NAMES = {("KL", ""), ("D", ""), ("D", "cal"), ("D", "bb")}
#: Norm delimiters: each opening and its closing.
NORMS = {"\\|": "\\|", "\\Vert": "\\Vert", "\\lVert": "\\rVert"}
#: Brackets that show in print, and the closing of each that ends an application: a brace group does not show
#: (``\\frac{d}{dx}{x^2} x`` prints as d/dx x^2 x); bars and norms do (``\\frac{d}{dx}|x|\\,x``).
_VISIBLE_BRACKETS = ("(", "[", "\\{", "|", SIZED_BARS[0], *NORMS)
_CLOSING_BRACKETS = (")", "]", "\\}")
#: Separators of the two laws of a KL divergence (single tokens; ``||`` and ``\\mid\\mid`` are pairs).
KL_SEPARATORS = {"\\|", "\\parallel", "\\Vert", "\\lVert", "\\rVert", ","}
#: An ellipsis in a list of arguments.
#: The spellings of a transpose after ``^``, as tokens, longest first.
_TRANSPOSES = sorted(
    (
        (*braces[:1], *marks, *braces[1:])
        for braces in ((), ("{", "}"))
        for marks in (("\\top",), ("\\intercal",), ("\\mathsf", "{", "T", "}"), ("\\mathrm", "{", "T", "}"))
    ),
    key=len,
    reverse=True,
)
ELLIPSES = {"\\ldots", "\\dots", "\\cdots", "\\dotsc", "\\dotsb"}
#: The integrals of several variables written with one sign, and how many differentials each takes.
FOLDED_INTEGRALS = {"iint": 2, "iiint": 3}

#: What makes the arguments of a name an event, whose probability is not read: a relation or a set operation
#: (``P(X \\le x)``, ``P(A \\cap B)``, ``P(X \\in A)``).
EVENT_SIGNS = frozenset(RELATIONS) | {"\\cap", "\\cup", "\\in", "\\notin", "\\setminus"}

#: Environments that set entries in rows and columns, a vector or matrix written out: not read in notes.
MATRICES = ("matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array")
_MATRIX = re.compile(r"\\begin\s*\{(" + "|".join(MATRICES) + r")\*?\}")

#: The marks that end an abbreviated word set upright in notes (``\\text{Const.}``, ``\\mathrm{const.}``): the word.
ABBREVIATION_MARKS = (".",)

#: What a token that stops a group before its closing bracket means, as the reason it is not read: a closer of
#: another kind closes nothing opened in the group (``\\frac{(a + b))}{c}``); an ellipsis is read as an argument or
#: a term (``p(x_1, \\ldots, x_T)``, ``a_1 + \\cdots + a_T``), not as a factor set side by side; a comma makes a
#: list, read as a name's arguments only.
GROUP_STOPS: dict[str, str] = {
    **{closer: f"which closes no {opener!r} opened in it" for opener, closer in (("(", ")"), ("[", "]"))},
    **{
        ellipsis: "an ellipsis between factors set side by side (a product written out, a_1 a_2 \\cdots a_T), "
        "which is not read"
        for ellipsis in ELLIPSES
    },  # fmt: skip
    ",": "a comma, which separates a list: read only as the arguments of a name (f(x, y); I[X, Z] in notes), not "
    "as an interval or a vector",
}
#: Plain words of notes that spell a command (``Log(p(x))``).
NOTE_WORDS = {"Log": "log", "KL": "KL"}
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
    notes: bool = False,
) -> Statement:
    """The syntax tree of ``text``; :class:`InvalidAnswer` with a position when it is not a formula.

    ``callable_names`` are keys of names always applied to their parenthesized arguments (shorthands such as
    SNR); ``network_names`` those of network outputs, applied like any name indexed by theta or phi.
    ``notes`` reads a formula of a note: index ranges ``x_{1:T}``, laws written with capitals (``Q(z)``,
    ``P(A | B)``), any name applied to a list of arguments (``C(x_t, x_0)``), ``E(x)`` as an expectation,
    ``\\cdot`` and ``\\ldots`` as arguments, and parameters after ``;`` (``p(x; \\theta)``).
    """
    if notes and not callable_names and not network_names and known is None:
        read = _note_formula(text)
        if isinstance(read, InvalidAnswer):
            raise type(read)(read.message, read.position, read.context)
        return read
    return _parsed(text, callable_names, network_names, known, notes)


def _parsed(
    text: str,
    callable_names: frozenset[tuple[str, str, str]],
    network_names: frozenset[tuple[str, str, str]],
    known: Callable[[tuple[str, str, str]], bool] | None,
    notes: bool,
) -> Statement:
    matrix = _MATRIX.search(text) if notes else None
    if matrix is not None:
        raise InvalidAnswer(
            f"a vector or matrix written out (\\begin{{{matrix.group(1)}}}) is not read", matrix.start()
        )
    return Parser(tokenize(text, notes=notes), callable_names, network_names, known, notes=notes).statement()


@functools.lru_cache(maxsize=16384)
def _note_formula(text: str) -> Statement | InvalidAnswer:
    """A note's formula ``text`` read with nothing declared, or why it is not one: a frozen value of the text
    alone, kept because a note's formulas are read by each of its readers and again for each of its steps.
    What the parser refuses is kept as its error, of its type and without its traceback (raised anew by
    :func:`parse`); a RecursionError, which depends on the caller's stack, is not kept."""
    try:
        return _parsed(text, frozenset(), frozenset(), None, True)
    except InvalidAnswer as error:
        return error.with_traceback(None)


#: An index a block's end may have: a number, or a letter with an offset (``t``, ``T-1``).
_BLOCK_END = re.compile(r"\d+|[A-Za-z](?:[+-]\d+)?")


def consecutive_block(members: list[Node]) -> Name | None:
    """``x_1, x_2, \\ldots, x_t``: names of one letter, listed at consecutive whole indices, then an ellipsis and
    a last one, are the block ``x_{1:t}``; None for anything else (a gap, two letters, no ellipsis)."""
    *listed, dots, last = members if len(members) >= 3 else (None, None, None)
    names = [*listed, last]
    if not isinstance(dots, Ellipsis) or not all(isinstance(n, Name) and _BLOCK_END.fullmatch(n.index) for n in names):
        return None
    if len({(n.base, n.decoration) for n in names}) != 1 or last.index in {n.index for n in listed}:
        return None
    if not all(b.index.isdigit() and a.index.isdigit() and int(b.index) == int(a.index) + 1
               for a, b in zip(listed, listed[1:])):  # fmt: skip
        return None
    if last.index.isdigit() and listed[-1].index.isdigit() and int(last.index) < int(listed[-1].index):
        return None
    return Name(listed[0].position, last.base, last.decoration, f"{listed[0].index}:{last.index}")


def _differential_word(token: Token, following: Token) -> bool:
    """``d`` before a variable, or a word ``dz``, ``dx_t`` (a d and a short letter name)."""
    if token.text == "d":
        return following.kind is Kind.WORD or (
            following.kind is Kind.COMMAND and following.text[1:] in (GREEK | FONTS | set(DECORATIONS))
        )
    head = token.text.split("_")[0]
    return len(head) >= 2 and head[0] == "d" and head[1:].isalpha() and len(head) <= 3


class Parser:
    def __init__(
        self,
        tokens: list[Token],
        callable_names: frozenset[tuple[str, str, str]] = frozenset(),
        network_names: frozenset[tuple[str, str, str]] = frozenset(),
        known: Callable[[tuple[str, str, str]], bool] | None = None,
        notes: bool = False,
    ) -> None:
        self.tokens = _layout_removed(_sized_pairs_closed(tokens))
        self.index = 0
        self.depth = 0
        self.notes = notes
        #: Inside an integral's body a differential (``dz``, ``d\\mathbf{x}_{1:T}``) ends the body.
        self.integrals = 0
        #: The variables of the derivatives whose bodies are being read (None where the body comes first).
        self.differentiated: list[Node | None] = []
        #: Where a derivative written with a letter d (``\\frac{d}{dx}``) starts: d is then no variable.
        self.leibniz: list[int] = []
        #: Tokens that end an expression here rather than start a factor (the ``\\|`` of a KL divergence).
        self.stops: frozenset[str] = frozenset()
        self.callable_names = callable_names
        self.network_names = network_names
        #: Whether a key names something (a declared spelling); other words of several letters may be products.
        self.known = known or (lambda key: True)
        #: The question declares a variable d (a dimension): a letter d is then never Leibniz's.
        self.declares_d = known is not None and known(("d", "", ""))
        #: LaTeX text reads a subscript as one character (``x_tx_0``); plain text reads identifiers whole.
        self.latex = any(t.kind is Kind.COMMAND or t.is_("{") for t in tokens)
        #: Reading a word as TeX sets it (:meth:`run_on_indexes`): a run of digits in a subscript too (x_12: x_1 2).
        self.as_set = False

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
        statement = Statement(start, tuple(relations), tuple(operands))
        self.refuse_d_both_ways(statement)
        return statement

    def refuse_d_both_ways(self, statement: Statement) -> None:
        """Refuse a formula that writes d both as Leibniz's (``\\frac{d}{dx}``) and as a letter (``+ d``): the
        fraction may then be a quotient of products of d."""
        if not self.leibniz:
            return
        letter = next((n for n in nodes(statement) if isinstance(n, Name) and n.base == "d"), None)
        how = (
            "so the fraction may be a quotient: write the derivative with \\mathrm{d} "
            "(\\frac{\\mathrm{d}}{\\mathrm{d}x}) or \\partial"
        )
        if letter is not None:
            raise InvalidAnswer(
                f"d is a variable at character {letter.position + 1} and the d of a derivative at character "
                f"{self.leibniz[0] + 1}, {how}, or name the variable otherwise",
                letter.position,
            )
        if self.declares_d:
            raise InvalidAnswer(
                f"d is a variable of the question and the d of a derivative here, {how}", self.leibniz[0]
            )

    def expr(self) -> Node:
        with self.nested():
            node = self.term()
            while self.token.is_("+", "-") or self.at_signed_brace():
                if self.at_signed_brace():  # a \underbrace{- b}_{L} after a: a - b, as it is typeset
                    node = Binary(self.token.position, "+", node, self.term())
                    continue
                operator = self.advance()
                node = Binary(operator.position, operator.text, node, self.term())
            return node

    def at_signed_brace(self) -> bool:
        """At ``\\underbrace{+ b}`` or ``\\underbrace{- b}`` (``\\overbrace`` too): a labelled term and its sign."""
        return self.token.is_("\\underbrace", "\\overbrace") and self.peek().is_("{") and self.peek(2).is_("+", "-")

    def term(self) -> Node:
        node = self.unary()
        while True:
            token = self.token
            if token.is_(*PRODUCTS):
                self.advance()
                node = Binary(token.position, "*", node, self.unary())
            elif token.is_(*QUOTIENTS):
                self.refuse_slashed_derivative()
                self.advance()
                node = self.quotient(node, token.position)
            elif self.starts_atom():
                factor = self.power()
                if isinstance(_last_factor(node), Number) and token.is_(*_FRACTIONS) and _numeric_fraction(factor):
                    raise InvalidAnswer(
                        "a numeral followed by a fraction of numerals (1\\tfrac{1}{2}) reads as a mixed number "
                        "(1 + 1/2) or as a product (1 times 1/2); write + or \\cdot between them",
                        token.position,
                    )
                node = Binary(token.position, "*", node, factor)
            elif self.notes and token.is_(*ELLIPSES) and _members_before(node):
                node = self.product_written_out(node)
            else:
                return node

    def product_written_out(self, node: Node) -> Node:
        """``a_1 a_2 \\cdots a_T``, ``\\alpha_t \\cdots \\alpha_1``: the product of a family's members between two
        indices, read as ``\\prod_{k=1}^{T} a_k`` from the integer end to the other (both ends integers: from the
        smaller), the members written before the ellipsis its first ones; refused where that is not what they say."""
        position = self.advance().position
        with self.nested():
            end = self.power()
        others, run = _members_before(node)
        first = run[0]
        family = first.base, first.decoration
        ends = _index_offset(first.index), _index_offset(end.index) if isinstance(end, Name) else None
        steps = [_index_offset(member.index) for member in run]
        letter = next(
            (k for k in PRODUCT_INDICES if not any(k in t.text for t in self.tokens if t.kind is Kind.WORD)), None
        )
        written = (
            isinstance(end, Name)
            and (end.base, end.decoration) == family
            and None not in ends
            and None not in steps
            and letter is not None
        )
        order = _order(ends[0], ends[1]) if written else 0
        if (
            not order
            or any(_step(a, b) != order for a, b in zip(steps, steps[1:]))
            or _behind(steps[-1], ends[1], order)
        ):
            raise InvalidAnswer(
                "a product written out with an ellipsis is read between two members of one family, from an integer "
                "index to another or to a symbol's (a_1 a_2 \\cdots a_T, \\alpha_t \\cdots \\alpha_1)",
                position,
            )
        low, high = (first, end) if order > 0 else (end, first)
        index = Name(position, letter)
        body = Name(position, first.base, first.decoration, letter)
        product = Series(position, "prod", body, index, _index_node(low), _index_node(high))
        return product if others is None else Binary(position, "*", others, product)

    def refuse_slashed_derivative(self) -> None:
        """Refuse a slash before a d and a variable where a d came before it (``d/dx``, ``dy/dx``, ``d(x^2)/dx``):
        a derivative or a quotient of products of d, unsaid.  (``x/dt`` alone divides by a time step.)"""
        before = next((t for t in self.tokens[: self.index] if t.kind is Kind.WORD and _short_d_word(t.text)), None)
        if before is None:
            return
        self.index += 1
        try:
            leibniz = self.at_differential()
        finally:
            self.index -= 1
        if leibniz:
            raise InvalidAnswer(
                f"a d (in {before.text!r} at character {before.position + 1}), then a slash before d and a variable, "
                "may be a derivative (d/dx) or a quotient: write a derivative as \\frac{d}{dx} f, \\partial_x f or "
                "grad_x f, and a quotient with parentheses",
                self.token.position,
            )

    def adjoined(self) -> bool:
        """Whether the token ahead is typed right against the one before it, no space between (``2x``, ``2\\pi``,
        ``2(x + 1)``): in an answer (typed, never rendered) a factor set apart by a space after a slash's divisor
        (``1/2 x``, ``-1/2 (1 + x)``) is the quotient's; a note is read as rendered, where spaces do not show.  The
        space that ends a control word before a letter (``1/\\sigma x``) is no gap: LaTeX needs it (``\\sigmax`` is
        another command), and it is not set."""
        before = self.tokens[self.index - 1]
        ends_a_word = before.kind is Kind.COMMAND and before.text[1:].isalpha() and self.token.text[:1].isalpha()
        return ends_a_word or before.position + len(before.text) == self.token.position

    def quotient(self, dividend: Node, position: int) -> Node:
        """What follows a slash, divided into ``dividend``: its divisor, and the factors adjoined after it kept both
        ways (:meth:`slash_then_product`).  A divisor that is a word of several letters read as their product
        (``a/bc``, ``2/ab``) is its first letter then factors, as ``1/2x``'s 2 and x are: (a/b) c is a reading too."""
        tokens, start = list(self.tokens), self.index
        word = self.token
        whole, divisor = self.divided(dividend, position)
        letters = [Name(word.position + i, letter) for i, letter in enumerate(word.text)]
        as_set = self._set_as_letters(word, divisor)
        if word.kind is not Kind.WORD or len(letters) < 2 or not (as_set or self._read_as_letters(divisor, letters)):
            return whole
        after, end = self.tokens, self.index
        self.tokens, self.index = list(tokens), start
        self.tokens[start : start + 1] = [
            Token(Kind.WORD, word.text[:1], word.position),
            Token(Kind.WORD, word.text[1:], word.position + 1),
        ]
        split, _ = self.divided(dividend, position)
        if self.tokens[self.index].position != after[end].position:
            self.tokens, self.index = after, end
            return whole
        if as_set:  # (a/b) c, a/(b c), then a/bc with bc one name
            readings = tuple(dict.fromkeys((*_readings(split), whole)))
        else:
            readings = tuple(dict.fromkeys((*_readings(whole), *_readings(split))))
        spellings = (*SLASH_THEN_PRODUCT, *(f"{word.text!r} as one name",) * (len(readings) - 2))
        return Ambiguous(position, readings, spellings[: len(readings)])

    def _set_as_letters(self, word: Token, divisor: Node) -> bool:
        """Whether a note's divisor is a bare word of several letters (``a/bc``): a note is read as rendered, where
        TeX sets b c, letters a reader multiplies, so (a/b) c is a reading as 1/2x's (1/2) x is; the note's other
        formulas decide later whether bc is one name or b times c, so both readings are kept."""
        text = word.text
        plain = text.isascii() and text.isalpha() and len(text) > 1
        named = text in WORDS or text in OPERATOR_WORDS or text in GREEK or text in OPTIMA or text in NOTE_WORDS
        return self.notes and plain and not named and divisor == Name(word.position, text)

    def divided(self, dividend: Node, position: int) -> tuple[Node, Node]:
        """The quotient of ``dividend`` by the divisor ahead, with the factors adjoined after it (both readings), and
        the divisor."""
        divisor = self.unary()
        node = Binary(position, "/", dividend, divisor)
        if self.starts_atom() and (self.notes or self.adjoined()):
            node = self.slash_then_product(node, divisor, position)
        return node, divisor

    @staticmethod
    def _read_as_letters(divisor: Node, letters: list[Name]) -> bool:
        """Whether ``divisor`` is the product of ``letters`` (a word LaTeX reads so), or has it for a reading."""
        product = _product(letters)
        return divisor == product or (isinstance(divisor, Ambiguous) and product in divisor.readings)

    def slash_then_product(self, quotient: Binary, divisor: Node, position: int) -> Node:
        """A note's or an answer's ``1/2x`` (``a / 2\\sigma^2``): (1/2) x, or 1/(2x) as many texts mean it.  Both
        readings are kept, and the step (or the answer) is decided only where they agree."""
        factors = []
        while self.starts_atom():
            factors.append(self.power())
        after = quotient
        under = divisor
        for factor in factors:
            after = Binary(factor.position, "*", after, factor)
            under = Binary(factor.position, "*", under, factor)
        return Ambiguous(position, (after, Binary(position, "/", quotient.left, under)), SLASH_THEN_PRODUCT)

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
        transposing = self.transpose_ahead() if self.notes and token.is_("^") else 0
        if transposing:
            self.index += 1 + transposing
            return Transpose(token.position, base)
        if self.accept("^"):
            bracketed = self.bracketed_superscript(base)
            with self.nested():
                exponent = self.superscript()
            if self.notes and isinstance(base, Name):
                power = self.after_exponent(base, exponent, token.position)
            else:
                power = Power(token.position, base, exponent)
            if not bracketed:
                return power
            superscripted = replace(base, base=f"{base.base}^{{{bracketed}}}")  # type: ignore[type-var]
            return Ambiguous(token.position, (power, superscripted), BRACKETED_SUPERSCRIPT)
        if self.accept("**"):
            with self.nested():
                return Power(token.position, base, self.unary())
        return base

    def bracketed_superscript(self, base: Node) -> str:
        """In an answer, the superscript after ``^`` of a name other than a constant when it is one number or letter
        in parentheses or brackets, braced (``x^{(2)}``, ``W^{[2]}``, ``y^{(n)}``), as written; else ''.  In the
        literature that is an index (the second x, a layer's) or a derivative's order rather than a power.  (A note's
        step that writes one is held as a derivative's order: :data:`~diffproof.notecheck.applications.DERIVATIVE_ORDER`.)"""
        if self.notes or not isinstance(base, Name) or base.key in _CONSTANT_KEYS or not self.token.is_("{"):
            return ""
        shown = self._as_set(self._braced_run())
        if len(shown) != 3:
            return ""
        opening, inside, closing = shown
        if (opening.text, closing.text) not in (("(", ")"), ("[", "]")):
            return ""
        single = inside.kind is Kind.NUMBER or (inside.kind is Kind.WORD and len(inside.text) == 1)
        greek = inside.kind is Kind.COMMAND and inside.text[1:] in GREEK
        return f"{opening.text}{inside.text}{closing.text}" if single or greek else ""

    def _braced_run(self) -> list[Token]:
        """The tokens of the group that opens at the current ``{``, its braces left out; none where it is not closed."""
        depth = 0
        for end in range(self.index, len(self.tokens)):
            depth += {"{": 1, "}": -1}.get(self.tokens[end].text, 0) if self.tokens[end].kind is Kind.OPERATOR else 0
            if depth == 0:
                return self.tokens[self.index + 1 : end]
        return []

    @staticmethod
    def _as_set(tokens: list[Token]) -> list[Token]:
        """``tokens`` as they are set: without the braces that only group and the font commands, which change no
        symbol (``{(\\mathrm{2})}`` and ``{{(2)}}`` are set as ``(2)``)."""
        return [
            t for t in tokens
            if not (t.kind is Kind.OPERATOR and t.text in "{}") and not (t.kind is Kind.COMMAND and t.text[1:] in FONTS)
        ]  # fmt: skip

    def transpose_ahead(self) -> int:
        """How many tokens after ``^`` say transpose: ``\\top``, ``\\intercal``, ``\\mathsf{T}``,
        ``\\mathrm{T}``, each maybe in braces; 0 when they do not (a bare ``T`` may be a power)."""
        ahead = [t.text for t in self.tokens[self.index + 1 : self.index + 7]]
        for spelling in _TRANSPOSES:
            if ahead[: len(spelling)] == list(spelling):
                return len(spelling)
        return 0

    def after_exponent(self, base: Name, exponent: Node, position: int) -> Node:
        """A note's ``\\sigma^2_1`` is ``\\sigma_1^2`` (TeX sets both scripts on the letter), and
        ``\\sigma_\\theta^2(x_t, t)`` the square of the function applied: the subscript and the arguments after
        the exponent belong to the letter.

        A function's ``f^{-1}(x)`` is its inverse function applied, never ``1/f(x)``: it is not read.  A general
        function's ``f^2(x)`` is f(f(x)) or f(x)^2, so both are kept; a network's output, a density, a Greek
        letter (``\\sigma^2(t)``, a variance) or a function of several arguments is squared."""
        if self.token.is_("_") and not base.index:
            self.advance()
            base = replace(base, index=self.index_())
        if not (self.token.is_("(") and self.callable(base)):
            return Power(position, base, exponent)
        opening = self.token.position
        if _negative(exponent):
            raise InvalidAnswer(
                "a function with the exponent -1 before its argument may be its inverse function, not the "
                "reciprocal of its value: write (f(x))^{-1} or \\frac{1}{f(x)} for the reciprocal",
                opening,
            )
        squared = self._power_is_the_values(base)
        applied = self.call(base)
        if squared:
            return Power(position, applied, exponent)
        return power_or_iterate(applied, exponent, position, opening)

    def _power_is_the_values(self, base: Name) -> bool:
        """Whether ``base^2(...)`` is read as the square of the value only: a network's output, a density, a
        Greek letter or a function given several arguments (no iterate)."""
        return (
            base.index in MODEL_INDICES
            or base.key in self.network_names
            or base.base in (NOTE_DENSITY_BASES if self.notes else DENSITY_BASES)
            or base.base in GREEK
            or self._listed_arguments()
        )

    def superscript(self) -> Node:
        if self.token.is_("{", "("):
            return self.group()
        if self.token.is_("-"):
            position = self.advance().position
            with self.nested():
                return Negative(position, self.superscript())
        if self.token.kind is Kind.NUMBER and len(self.token.text) > 1:  # 2^10: TeX sets 2^1 then 0, not meant
            raise InvalidAnswer(
                f"a superscript of several digits without braces (^{self.token.text}): TeX raises to the first "
                f"digit only, so it is not read; write ^{{{self.token.text}}} or ^{self.token.text[0]} \\cdot "
                f"{self.token.text[1:]}",
                self.token.position,
            )
        if self.token.kind in (Kind.WORD, Kind.NUMBER):
            head = self.split_word(1)
            return Number(head.position, head.text) if head.kind is Kind.NUMBER else Name(head.position, head.text)
        return self.atom()

    def starts_atom(self) -> bool:
        token = self.token
        if token.text in self.stops or self.at_signed_brace():
            return False
        if self.integrals and (self.at_differential() or self.subscripted_differential_end() is not None):
            return False
        if token.kind in (Kind.NUMBER, Kind.WORD):
            return True
        if token.kind is Kind.COMMAND:
            return token.text[1:] in COMMANDS or token.text[1:] in GREEK
        if self.notes and token.is_("|") and "|" not in self.stops:
            return True  # 2|x|, |x||y|, ||a||^2: a bar where no bar separates opens an absolute value or a norm
        if token.is_(SIZED_BARS[0]):
            return True
        return token.is_("(", "[", "{")

    def atom(self) -> Node:
        token = self.token
        if self.notes and not self.integrals and self.at_differential():
            raise InvalidAnswer("a differential (such as dz) written outside an integral", token.position)
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
            if self._expectation_word(token):
                self.split_word(1)
                return self.expectation(token.position)
            if self.notes and token.text.partition("_")[0] == "Var" and self._moment_follows(token):
                self.split_word(3)  # Var(x_t), Var_q[x_t]: the variance
                return self.expectation(token.position, "Var")
            if self.notes and token.text in NOTE_WORDS:
                self.advance()
                if NOTE_WORDS[token.text] == "KL":
                    return self.divergence(Name(token.position, "KL"))
                return self.command(NOTE_WORDS[token.text], token.position)
            if self.notes and token.text.isalpha() and len(token.text) > 1 and self.peek().is_("("):
                self.advance()  # Var(x), erf(z): a word applied to arguments is a function's name
                return self.postfix(Name(token.position, token.text))
            if self._set_otherwise(token):
                return self.run_on_indexes(token)
            return self.letters(self.postfix(self.word()), token)
        if token.is_(*OPENING):
            return self.postfix(self.group())
        if self.notes and token.is_("\\cdot") and self.peek().is_("|", ",", ";", ")", "\\mid", "\\vert"):
            return Placeholder(self.advance().position)
        if self.notes and (
            token.is_(*ELLIPSES) or [t.text for t in self.tokens[self.index : self.index + 3]] == [".", ".", "."]
        ):
            self.index += 1 if token.is_(*ELLIPSES) else 3
            return Ellipsis(token.position)
        if token.is_(*NORMS) or (self.notes and token.is_("|") and self.peek().is_("|")):
            return self.norm()
        if token.is_(SIZED_BARS[0]):  # \left| ... \right|: the sizes say which bars pair
            self.advance()
            saved, self.stops = self.stops, frozenset({SIZED_BARS[1]})
            try:
                with self.nested():
                    inner = self.expr()
            finally:
                self.stops = saved
            self.expect(SIZED_BARS[1], "to close the absolute value opened by \\left|")
            return Function(token.position, "abs", inner)
        if token.is_("|"):
            self.advance()
            with self.nested(), self.stopping("|"):
                inner = self.expr()
            self.expect("|", "to close the absolute value")
            if self.notes and "|" not in self.stops and self._bar_ahead():
                raise InvalidAnswer("bars that pair two ways (|a|b|c| is |a| b |c| or |a |b| c|)", token.position)
            return Function(token.position, "abs", inner)
        if token.kind is Kind.COMMAND:
            self.advance()
            return self.command(token.text[1:], token.position)
        raise InvalidAnswer(f"expected a formula, found {_found(token)}", token.position)

    def _bar_ahead(self) -> bool:
        """Whether a factor follows a closed absolute value and a bar follows that factor, before any operator or
        relation: ``|a|b|c|``, whose bars pair two ways (``\\left| a |b| c \\right|`` says which)."""
        ahead = self.tokens[self.index :]
        if not ahead or ahead[0].is_("|") or not self.starts_atom():
            return False
        depth = 0  # a bar inside a group after the factor is the group's own (q(x_t | x_{t-1}))
        for token in ahead:
            if token.is_(*OPENING):
                depth += 1
            elif depth and token.is_(*OPENING.values()):
                depth -= 1
            elif not depth and token.is_("|"):
                return True
            elif token.kind is Kind.END or not depth and (token.is_(*_BAR_SCAN_STOPS) or token.text in RELATIONS):
                return False
        return False

    def word(self) -> Name:
        """A plain-text identifier: ``x``, ``x0``, ``sigma_1``, ``alpha_bar_t``, ``alphas_cumprod``."""
        token = self.token
        parts = token.text.split("_")
        if self.notes and parts == [token.text] and token.text in OPTIMA:
            self.advance()
            return self.optimum(token.text, token.position)
        if self.latex:  # argmax_\theta: an operator's word, neither a name nor a product of letters
            _not_an_operator(parts[0], "", token.position)
        if self.latex and len(parts) > 1 and not all(_whole(p, self.as_set) for p in parts[1:]):
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

    def _set_otherwise(self, token: Token) -> bool:
        """Whether TeX sets the word ``token`` otherwise than it is typed, where that is not the one reading: an
        unbraced subscript of several characters TeX ends after the first, a run of digits (``x_12``: x_1 2) or,
        where the text is not read as LaTeX already (which sets it so), any part that is no index word (``x_1y``,
        ``x_ty``, ``x_tx_0``).  In an answer, typed in plain text where an identifier is read whole (``grad_norm``),
        an index of letters is read both ways only where the names TeX sets are the question's and the typed one is
        not (``x_ty`` beside x_t and y); an index of a digit then more (``x_12``, ``x_1y``) or one running into
        another indexed name (``x_1x_2``) is no plain identifier's, and is read both ways."""
        parts = token.text.split("_")[1:]
        digits = any(len(p) > 1 and p.isdigit() for p in parts)
        if not (digits or (not self.latex and not all(_whole(p) for p in parts))):
            return False
        digit_led = any(len(p) > 1 and p[0].isdigit() for p in parts)  # no plain-text name's index (x_12, x_1y)
        if self.notes or digit_led or _runs_on(token.text):
            return True
        *head, last = token.text.split("_")
        typed = identifier([*head, last], 0).key
        as_set = (identifier([*head, last[0]], 0).key, identifier([last[1:]], 0).key)
        return not self.known(typed) and all(self.known(key) for key in as_set)

    def run_on_indexes(self, token: Token) -> Node:
        """A word with an index of several characters that TeX would end after one (``x_1x_2``, ``x_tx_0``,
        ``x_12``): one name as typed, or the names TeX sets, multiplied (x_1 x_2, x_1 2); both readings.  A
        superscript, a prime or an argument after it, which LaTeX puts on the last name alone and plain text on the
        one name, is refused: the formula can be read in more than one way."""
        tokens, start = list(self.tokens), self.index
        whole = self.letters(self.postfix(self.word()), token)
        if not isinstance(whole, Name) or self.token.is_("^", "**", "(", "[", "'", "!"):
            raise InvalidAnswer(
                f"'{token.text}' then what follows can be read in more than one way (one name, or the names LaTeX "
                "sets, what follows on the last alone); add spaces or braces",
                token.position,
            )
        after, end = self.tokens, self.index
        latex, self.tokens, self.index, self.latex, self.as_set = self.latex, list(tokens), start, True, True
        try:
            factors: list[Node] = [self.word()]
            ends = token.position + len(token.text)
            while self.token.kind in (Kind.WORD, Kind.NUMBER) and self.token.position < ends:
                digits = self.token.kind is Kind.NUMBER  # x_12 as TeX sets it: x_1, then the digit 2
                factors.append(Number(self.token.position, self.advance().text) if digits else self.word())
        finally:
            self.latex, self.as_set = latex, False
        if self.tokens[self.index].position != after[end].position:
            self.tokens, self.index = after, end
            return whole
        spellings = (f"'{token.text}' as one name", f"'{' '.join(_spelled(f) for f in factors)}' as LaTeX sets it")
        return Ambiguous(token.position, (whole, _product(factors)), spellings)

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
            if self.notes and opening.text in BLOCK_BRACKETS and self.token.is_(","):
                node = self.block(node, opening)
            if self.notes and opening.text == "{" and self.token.is_("\\over"):  # {a \\over b}: TeX's a / b
                over = self.advance()
                node = Binary(over.position, "/", node, self.expr())
        if not self.token.is_(closing):
            raise InvalidAnswer(
                f"unbalanced {opening.text!r} opened at character {opening.position + 1}: expected {closing!r}, "
                f"found {_found(self.token)}{_stop_meaning(self.token)}",
                self.token.position,
            )
        self.advance()
        return node

    def block(self, first: Node, opening: Token) -> Name:
        """The rest of a set after its first member, ``, \\ldots, x_t``: the block it names, or refused."""
        members = [first]
        while self.accept(","):
            members.append(self.expr())
        block = consecutive_block(members)
        if block is None:
            raise InvalidAnswer(
                "a set is read only as a block of consecutive names of one letter, as in \\{x_1, \\ldots, x_t\\}",
                opening.position,
            )
        return block

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
        if name == "cancel" and not self.cancelled_in_pairs():
            raise InvalidAnswer(
                "a value struck out alone (\\cancel{7}) is a value the page corrects or deletes, which is not read; "
                "a cancellation strikes the same value twice",
                position,
            )
        if name == "mathbb":
            if self.blackboard_e():
                return self.expectation(position)
            if self.notes and [t.text for t in self.tokens[self.index : self.index + 3]] == ["{", "V", "}"]:
                self.index += 3
                return self.expectation(position, "Var")  # \mathbb{V}[x]
            ahead = [t.text for t in self.tokens[self.index : self.index + 4]]
            if self.notes and ahead[:3] == ["{", "I", "}"] and ahead[3:] not in (["("], ["["], ["_"]):
                self.index += 3  # \mathbb{I}: the identity matrix (an indicator takes an argument or a subscript)
                return Name(position, "I")
            if self.notes and ahead == ["{", "D", "}", "_"]:
                return self.blackboard_divergence(position)
            raise InvalidAnswer(r"unsupported command \mathbb (only \mathbb{E}[...] names a quantity)", position)
        if self.notes and name in TEXT_FONTS and self._expectation_font("Var"):
            return self.expectation(position, "Var")  # \mathrm{Var}(x), \operatorname{Var}_q[x]
        if self.notes and self._expectation_font():
            return self.expectation(position)  # \mathbf{E}_{z \sim q}[...], \operatorname{E}[...]
        ahead = self.tokens[self.index : self.index + 4]
        marked = self.notes and len(ahead) == 4 and ahead[2].text in ABBREVIATION_MARKS and ahead[3].is_("}")
        if marked:  # \text{Const.}: the word abbreviated, its mark set aside
            ahead = [ahead[0], ahead[1], ahead[3]]
        if name in TEXT_FONTS and [t.text for t in ahead[::2]] == ["{", "}"] and ahead[1].kind is Kind.WORD:
            if self.notes and ahead[1].text in OPTIMA:
                self.index += 3
                return self.optimum(ahead[1].text, position)
            if self.notes and ahead[1].text in TRACES and not marked and self._bracket_after(3):
                self.index += 3
                return self.postfix(Trace(position, self.group()))
            _not_an_operator(ahead[1].text, name, ahead[1].position)
            self.index += 4 if marked else 3  # \text{ELBO}: a word set upright is one name
            word = Name(ahead[1].position, ahead[1].text) if ahead[1].text.isalpha() else identifier(
                ahead[1].text.split("_"), ahead[1].position)  # fmt: skip
            if self.notes and word.key in (("KL", "", ""),) and self.token.is_("(", "["):
                return self.divergence(word)
            return self.postfix(word)
        if name in TEXT_MODE:
            _no_words_in_text(self.tokens, self.index, name)
        if name == "operatorname" and _words_in_group(self.tokens, self.index) > 1:
            raise InvalidAnswer("\\operatorname{...} sets its letters as one name; they are not read as a product",
                                position)  # fmt: skip
        with self.nested():
            return self.postfix(self.argument())

    def blackboard_divergence(self, position: int) -> Node:
        """``\\mathbb{D}_{KL}(q \\| p)``: the KL divergence with its D in blackboard bold, read as ``D_{KL}`` is;
        another blackboard D (``\\mathbb{D}_f``, a D without its two laws) is not read."""
        self.index += 3
        node = self.postfix(Name(position, "D", "bb"))
        if not isinstance(node, Divergence):
            raise InvalidAnswer(
                r"unsupported command \mathbb (only \mathbb{D}_{KL}(q \| p) names a divergence)", position
            )
        return node

    def _bracket_after(self, offset: int) -> bool:
        """Whether the token ``offset`` tokens ahead opens a bracket or a brace group (a trace's argument)."""
        ahead = self.tokens[self.index + offset : self.index + offset + 1]
        return bool(ahead) and ahead[0].is_(*OPENING)

    def _expectation_font(self, word: str = "E") -> bool:
        """``{E}`` (or ``{Var}``) then a subscript or a bracket: consume the word of an expectation (a variance)
        in a font."""
        ahead = [token.text for token in self.tokens[self.index : self.index + 4]]
        if ahead[:3] == ["{", word, "}"] and ahead[3:] and ahead[3] in ("_", "[", "("):
            self.index += 3
            return True
        return False

    def _moment_follows(self, token: Token) -> bool:
        """After the word ``Var`` (or ``Var_q``): a bracket, or a subscript then one."""
        following = self.peek()
        return following.is_("[", "(") or (token.text == "Var" and following.is_("_"))

    def _expectation_word(self, token: Token) -> bool:
        """``E[...]``, ``E_q[...]``, ``E_{z \\sim q}[...]`` and (in notes) ``E(x_t)``: the E of an expectation."""
        following = self.peek()
        head, _, rest = token.text.partition("_")
        if head != "E":
            return False
        if not rest:
            return following.is_("[") or (self.notes and following.is_("(", "_"))
        return self.notes and following.is_("[", "(")

    def calligraphic(self, name: str, position: int) -> Node:
        """``\\mathcal{N}(x; \\mu, \\Sigma)`` is a Gaussian, ``\\mathcal{D}_{KL}`` a divergence, any other
        calligraphic letter a name of its own (``\\mathcal{L}`` is not ``L``)."""
        with self.nested():
            inner = self.argument()
        if isinstance(inner, Name) and inner.key == ("N", "", "") and self.token.is_("("):
            return self.gaussian(position)
        marked = _calligraphic(inner)
        if marked is None:
            raise InvalidAnswer(f"\\{name} must set a single letter", position)
        return self.postfix(marked)

    def gaussian(self, position: int) -> Gaussian:
        """``(point; mean, covariance)`` or ``(point | mean, covariance)`` or the law ``(mean, covariance)``."""
        self.expect("(", "after \\mathcal{N}")
        with self.nested():
            with self.stopping(*BARS):
                first = self.expr()
            if self.accept(";", "|", "\\mid", "\\vert"):
                point, mean = first, self.parameter(frozenset({"mu"}))
                self.expect(",", "between the mean and the covariance of \\mathcal{N}")
                covariance = self.parameter(frozenset({"Sigma"}))
            else:
                self.expect(",", "between the mean and the covariance of \\mathcal{N}")
                point, mean, covariance = None, first, self.expr()
                if self.token.is_(","):
                    raise InvalidAnswer(
                        "\\mathcal{N} with three arguments separated by commas: notes that write N(x, \\mu, \\sigma) "
                        "mean the density at x, but their third argument is a standard deviation in some and a "
                        "variance or covariance in others, and a comma may be a slip for ';', so it is not read: "
                        "write the point first, then ';' (\\mathcal{N}(x; \\mu, \\Sigma))",
                        self.token.position,
                    )
        self.expect(")", "to close \\mathcal{N}(...)")
        return Gaussian(position, point, mean, covariance)

    def parameter(self, labels: frozenset[str]) -> Node:
        """A Gaussian's parameter after its point; a note may label it with its name, ``\\mu_t = a`` (``\\mathcal{N}(x;
        \\mu_t = a, \\Sigma_t = b)`` sets mean a and covariance b): the value is read, the label only names it.  Only
        a label that names that parameter is read (a mean mu, a covariance Sigma or a variance ``\\sigma^2``): after
        ``\\sigma = b`` the covariance would be b or b^2, after ``\\Sigma^2 = b`` its root, and another name squared
        (``\\mu^2 = b``) names no covariance."""
        value = self.expr()
        if not (self.notes and self.token.is_("=")):
            return value
        squared = isinstance(value, Power) and isinstance(value.base, Name) and value.base.base == "sigma" and (
            value.exponent == Number(value.exponent.position, "2"))  # fmt: skip
        if not ((isinstance(value, Name) and value.base in labels) or (squared and "Sigma" in labels)):
            raise InvalidAnswer("a parameter of \\mathcal{N} labelled by another name is not read", self.token.position)
        self.advance()
        return self.expr()

    def divergence(self, name: Name) -> Node:
        """``(first || second)`` or ``[first || second]`` after the name of a KL divergence."""
        if not self.token.is_("(", "["):
            return name
        opening = self.advance()
        closing = OPENING[opening.text]
        with self.nested():
            with self.stopping("|", "\\mid", *(KL_SEPARATORS - {","})):
                first = self.expr()
            if not self._kl_separator():
                raise InvalidAnswer(
                    f"expected || between the two laws of the KL divergence, found {_found(self.token)}",
                    self.token.position,
                )
            second = self.expr()
        self.expect(closing, "to close the KL divergence")
        return Divergence(name.position, first, second)

    def _kl_separator(self) -> bool:
        if self.accept(*KL_SEPARATORS):
            return True
        for single in ("|", "\\mid", "\\vert"):
            if self.token.is_(single) and self.peek().is_(single):
                self.index += 2
                return True
        return False

    @contextmanager
    def stopping(self, *texts: str) -> Iterator[None]:
        """Within the block, these tokens end an expression instead of starting a factor."""
        saved = self.stops
        self.stops = saved | frozenset(texts)
        try:
            yield
        finally:
            self.stops = saved

    def norm(self) -> Node:
        """``\\|a\\|``, ``||a||``, ``\\lVert a \\rVert``, ``\\Vert a \\Vert``, maybe squared; the subscript of the
        Euclidean norm (``\\|a\\|_2^2``, ``\\|a\\|^2_2``) is dropped, and any other (``\\|a\\|_1``) is not read."""
        opening = self.advance()
        if opening.is_("|"):
            self.advance()
            closing = ("|", "|")
        else:
            closing = (NORMS[opening.text],)
        with self.nested():
            with self.stopping(*closing[:1]):
                argument = self.expr()
        for text in closing:
            self.expect(text, "to close the norm")
        node: Node = Norm(opening.position, argument)
        exponent = None
        for _ in range(2):
            if self.token.is_("_"):
                position = self.advance().position
                braced = self.token.is_("{") and self.peek(2).is_("}")
                digit = self.peek() if braced else self.token
                two = digit.kind is Kind.NUMBER and digit.text == "2"
                if not two:  # \|x\|_1, \|x\|_\infty, \|x\|_p: another norm
                    raise InvalidAnswer(
                        "a norm with a subscript other than 2 (such as \\|x\\|_1 or \\|x\\|_\\infty) is not "
                        "the Euclidean norm, and is not read",
                        position,
                    )
                self.argument()
            elif self.token.is_("^") and exponent is None:
                position = self.advance().position
                with self.nested():
                    exponent = self.superscript()
                node = Power(position, node, exponent)
        return node

    def brace_label(self, name: str, position: int) -> Node:
        """``\\underbrace{X}_{label}`` (``\\overbrace{X}^{label}``): the term X; the label is prose."""
        with self.nested():
            inner = self.argument()
        if self.accept("_" if name == "underbrace" else "^"):
            self.skip_argument()
        return inner

    def skip_argument(self) -> None:
        """Step over one argument unread: a braced group, a font and its group, or one token."""
        if self.token.kind is Kind.COMMAND and self.token.text[1:] in FONTS and self.peek().is_("{"):
            self.advance()
        if self.token.is_("{"):
            start = self.token.position
            self.advance()
            self._skip_group(start)
        else:
            self.advance()

    def _skip_group(self, start: int) -> None:
        depth = 1
        while depth:
            if self.token.kind is Kind.END:
                raise InvalidAnswer("unbalanced '{' in a label", start)
            if self.token.is_("{"):
                depth += 1
            elif self.token.is_("}"):
                depth -= 1
            self.advance()

    def norm_after(self, name: str) -> Node:
        """A norm whose opening command was just read (``\\|`` as a factor)."""
        self.index -= 1
        return self.norm()

    def integral(self, name: str, position: int) -> Integral:
        """``\\int_a^b body \\, dv``: the body runs to its differentials (``dz``, ``d\\mathbf{x}_{1:T}``); or
        ``\\int dv\\, body``, the differentials first, as physics writes: the body is the product after them."""
        if self.token.is_(*ELLIPSES):
            raise InvalidAnswer("an integral of many folds written with an ellipsis (\\iint\\cdots\\int, \\int\\cdots\\int) "
                                "is not read", position)  # fmt: skip
        lower = upper = named = None
        while self.token.is_("_", "^"):
            if self.advance().is_("_"):
                if self.skip_whole_space():  # \int_{\mathbb{R}^d}: over the whole space, as \int alone
                    continue
                named = self.domain_variable()
                if named is not None:  # \int_{x \in \mathbb{R}^d}: the same, its variable named
                    continue
                lower = self.limit()
            else:
                upper = self.limit()
        if isinstance(lower, Infinity) and lower.negative and isinstance(upper, Infinity) and not upper.negative:
            lower = upper = None  # \int_{-\infty}^{\infty}: over the whole line, as \int alone
        first = []
        while self.at_differential():
            first.append(self.differential())
        if first:
            with self.nested():
                factors = [self.power()]
                while self.starts_atom():
                    factors.append(self.power())
            _check_named_variable(named, first, position)
            _check_folds(name, lower, upper, first, position)
            lower = _unless_its_variable(lower, upper, first)
            return Integral(position, _product(factors), tuple(first), lower, upper)
        self.integrals += 1
        try:
            with self.nested():
                body = self.expr()
        finally:
            self.integrals -= 1
        variables = []
        while self.at_differential() or self.subscripted_differential_end() is not None:
            variables.append(self.differential())
        if not variables:
            raise InvalidAnswer("an integral needs its differential, as in \\int f(z)\\, dz", position)
        _check_named_variable(named, variables, position)
        _check_folds(name, lower, upper, variables, position)
        return Integral(position, body, tuple(variables), _unless_its_variable(lower, upper, variables), upper)

    def limit(self) -> Node:
        """A limit of an integral: an infinity (:data:`INFINITE_LIMITS`) or a superscript."""
        texts = [t.text for t in self.tokens[self.index : self.index + 4]]
        for written, negative in INFINITE_LIMITS:
            if texts[: len(written)] == written:
                position = self.token.position
                self.index += len(written)
                return Infinity(position, negative)
        return self.superscript()

    def skip_whole_space(self) -> bool:
        """Pass a subscript that names the whole real space (``\\mathbb{R}``, ``{\\mathbb{R}^d}``, ``\\mathbb R^{n}``,
        ``\\R``), the domain an integral without limits runs over; False, reading nothing, for any other."""
        texts = [t.text for t in self.tokens[self.index : self.index + 12]]
        braced = texts[:1] == ["{"]
        at = int(braced)
        if texts[at : at + 4] == ["\\mathbb", "{", "R", "}"]:
            at += 4
        elif texts[at : at + 2] == ["\\mathbb", "R"]:
            at += 2
        elif texts[at : at + 1] == ["\\R"]:
            at += 1
        else:
            return False
        if texts[at : at + 1] == ["^"]:  # a dimension: a word or a number, braced or not (not R^+, R^*)
            braced_dimension = texts[at + 1 : at + 2] == ["{"]
            dimension = texts[at + 2 : at + 3] if braced_dimension else texts[at + 1 : at + 2]
            if not (dimension and dimension[0].isalnum()) or (braced_dimension and texts[at + 3 : at + 4] != ["}"]):
                return False
            at += 4 if braced_dimension else 2
        if braced:
            if texts[at : at + 1] != ["}"]:
                return False
            at += 1
        self.index += at
        return True

    def domain_variable(self) -> Node | None:
        """Read a subscript ``{x \\in \\mathbb{R}^n}`` that names the integral's variable and the whole space it runs
        over (see :meth:`skip_whole_space`), and return the variable; None, reading nothing, for any other."""
        if not self.token.is_("{"):
            return None
        depth, at = 0, self.index
        for at in range(self.index, len(self.tokens)):
            depth += self.tokens[at].is_("{") - self.tokens[at].is_("}")
            if depth == 0 or (depth == 1 and self.tokens[at].is_("\\in")):
                break
        if depth != 1:
            return None
        start, self.index = self.index, at + 1
        if not (self.skip_whole_space() and self.token.is_("}")):
            self.index = start
            return None
        end, self.index = self.index + 1, start + 1
        with self.nested():
            variable = self.power()
        if not self.token.is_("\\in") or not isinstance(variable, Name):
            raise InvalidAnswer("the subscript of an integral names one variable before \\in", self.token.position)
        self.index = end
        return variable

    def at_differential(self) -> bool:
        """``d`` then a variable (``dz``, ``d z``, ``d\\mathbf{x}``, ``\\mathrm{d}x``, ``dx_{1:T}``)."""
        token, following = self.token, self.peek()
        if token.kind is Kind.WORD:
            return _differential_word(token, following)
        if token.kind is Kind.COMMAND and token.text[1:] in TEXT_FONTS:
            ahead = self.tokens[self.index + 1 : self.index + 4]
            if [t.text for t in ahead] == ["{", "d", "}"]:
                return True
            return len(ahead) >= 2 and ahead[0].kind is Kind.WORD and _differential_word(ahead[0], ahead[1])
        return False

    def subscripted_differential_end(self) -> int | None:
        """Where ``d_{x_{1:T}}`` ends, a d whose variable is set as its subscript, read as the differential
        ``dx_{1:T}`` where it closes an integral's body (nothing it could multiply follows); None elsewhere (``d_{x}
        (y)`` may be a function d_x applied)."""
        if not (
            self.token.kind is Kind.WORD and self.token.text == "d" and self.peek().is_("_") and self.peek(2).is_("{")
        ):
            return None
        depth, at = 0, self.index + 2
        for at in range(self.index + 2, len(self.tokens)):
            depth += self.tokens[at].is_("{") - self.tokens[at].is_("}")
            if depth == 0:
                break
        following = self.tokens[min(at + 1, len(self.tokens) - 1)]
        if depth or following.kind in (Kind.NUMBER, Kind.WORD) or following.is_("(", "[", "{", "\\,", "\\;", "\\!"):
            return None
        if following.kind is Kind.COMMAND and (following.text[1:] in COMMANDS or following.text[1:] in GREEK):
            return None
        return at + 1

    def differential(self) -> Node:
        end = self.subscripted_differential_end()
        if end is not None:  # d_{x_{1:T}}: its variable is the subscript's content
            self.index += 2
            with self.nested():
                variable = self.group()
            if not isinstance(variable, Name):
                raise InvalidAnswer("the subscript of a differential d_{...} must be its variable", variable.position)
            return variable
        braced = self.token.kind is Kind.COMMAND and self.peek().is_("{")
        if braced:
            self.index += 4  # \mathrm{d}
        else:
            self.index += self.token.kind is Kind.COMMAND  # \mathrm dz: the font takes the d alone, as in TeX
            self.split_word(1)
        with self.nested():
            return self.power() if self.token.kind is not Kind.WORD else self.postfix(self.word())

    def series(self, name: str, position: int) -> Series:
        """``\\sum_{t=2}^{T} body`` (limits in either order) or ``\\sum_z body``; the body is the product that follows."""
        index = lower = upper = None
        bounded = ""  # the order of a lower bound written as one (\\sum_{t>1}, \\sum_{t \\ge 2})
        while self.token.is_("_", "^"):
            if self.advance().is_("^"):
                upper = self.superscript()
                continue
            if self.token.is_("{"):
                self.advance()
                with self.nested():
                    index = self.expr()
                    if self.accept("="):
                        lower = self.expr()
                    elif self.notes and _TIME_INDEX == getattr(index, "key", None) and self.token.is_(*_FROM_BELOW):
                        bounded = RELATIONS[self.advance().text]
                        lower = self.expr()
                self.expect("}", f"to close the subscript of \\{name}")
            else:
                index = self.superscript()
        if index is None:
            raise InvalidAnswer(f"\\{name} needs its index, as in \\{name}_{{t=1}}^{{T}}", position)
        operator = "prod" if name == "prod" else "sum"
        implicit = bool(bounded) and upper is None
        if bounded == ">":  # t > 1: from 2
            lower = Binary(lower.position, "+", lower, Number(lower.position, "1"))
        if implicit:
            upper = Name(position, "T")

        def built(body: Node) -> Series:
            return Series(position, operator, body, index, lower, upper, implicit)

        with self.nested():
            return self.operator_chain(built, f"\\{name}", bound=index)

    def optimum(self, operator: str, position: int) -> Node:
        """``argmax_\\theta body`` (any spelling of argmax or argmin, read): the body is the product that follows."""
        if not self.token.is_("_"):
            raise InvalidAnswer(f"{operator} needs the variable it is taken over, as in {operator}_\\theta", position)
        self.advance()
        variable = self.optimum_variable(operator, self.superscript)
        with self.nested():
            return self.operator_chain(lambda body: Optimum(position, operator, variable, body), operator,
                                       bound=variable)  # fmt: skip

    def arg(self, name: str, position: int) -> Node:
        """``\\arg\\max_\\theta`` and ``\\arg\\min_\\theta``, and ``\\argmax`` as a macro spells it."""
        if name == "arg" and self.notes and self.token.is_("\\max", "\\min"):
            return self.optimum(f"arg{self.advance().text[1:]}", position)
        if name in OPTIMA and self.notes:
            return self.optimum(name, position)
        raise InvalidAnswer(f"unsupported command \\{name}", position)

    def underset(self, name: str, position: int) -> Node:
        """``\\underset{\\phi}{\\arg\\min} f``: argmin or argmax (any spelling) set over its variable (notes)."""
        if not self.notes:
            raise InvalidAnswer(f"unsupported command \\{name}", position)
        with self.nested():
            variable = self.optimum_variable("\\underset", self.argument)
        operator = self.optimum_group()
        if operator is None:
            raise InvalidAnswer("\\underset is read only over argmin or argmax, as in \\underset{\\theta}{\\arg\\min}",
                                position)  # fmt: skip
        with self.nested():
            return self.operator_chain(lambda body: Optimum(position, operator, variable, body), operator,
                                       bound=variable)  # fmt: skip

    def optimum_variable(self, operator: str, read: Callable[[], Node]) -> Node:
        """The variable an argmin or argmax is taken over, read by ``read``; where a braced list of several is not
        read (``\\arg\\max_{\\phi, \\theta}``, ``\\underset{\\phi, \\theta}{\\arg\\max}``: a joint optimum), it is refused by
        name."""
        opening = self.token
        listed = opening.is_("{") and self.listed_in_braces()
        try:
            return read()
        except InvalidAnswer:
            if not listed:
                raise
        raise InvalidAnswer(
            f"{operator} over several variables (\\arg\\max_{{\\phi, \\theta}}, a joint optimum) is not read: an "
            "argmin or argmax is read over one variable, as in \\arg\\max_\\theta",
            opening.position,
        )

    def listed_in_braces(self) -> bool:
        """Whether the braced group at the cursor holds a comma outside any inner bracket (``{\\phi, \\theta}``)."""
        depth = 0
        for token in self.tokens[self.index :]:
            depth += token.is_("{", "(", "[") - token.is_("}", ")", "]")
            if depth == 0:
                return False
            if depth == 1 and token.is_(","):
                return True
        return False

    def optimum_group(self) -> str | None:
        """The braced group at the cursor, when it spells argmin or argmax (``{\\arg\\min}``, ``{argmin\\,}``,
        ``{\\text{arg max}}``, ``{\\operatorname*{arg\\,min}}``): the operator, the group consumed; else None."""
        if not self.token.is_("{"):
            return None
        depth, index, spelled = 0, self.index, []
        while index < len(self.tokens):
            text = self.tokens[index].text
            depth += {"{": 1, "}": -1}.get(text, 0)
            index += 1
            if depth == 0:
                break
            spelled.append(text)
        letters = _OPTIMUM_SPELLING.sub("", "".join(spelled))
        if depth or letters not in OPTIMA:
            return None
        self.index = index
        return letters

    def fraction(self, name: str, position: int) -> Node:
        operator = self.derivative_operator()
        if operator:
            return self.derivative(position, operator)
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
                radicand = self.argument()
                if self.notes and self.token.is_("_") and isinstance(radicand, Name) and not radicand.index:
                    self.advance()  # \\sqrt{\\alpha}_t: the root of a sequence, taken term by term, is sqrt(alpha_t)
                    radicand = replace(radicand, index=self.index_())
                return Function(position, function, radicand, degree)
            natural = name == "ln"
            if self.token.is_(*OPENING) and not self.invisible_braces():
                return Function(position, function, self.group(), degree, natural)
            return self.operator_chain(
                lambda body: Function(position, function, body, natural=natural), f"\\{name}", function=True
            )

    def cancelled_in_pairs(self) -> bool:
        """Whether the group after ``\\cancel`` is struck out again elsewhere in the formula (``\\frac{a
        \\cancel{b}}{c \\cancel{b}}``): a cancellation shown, whose values count as written; a value struck once
        is a correction or a deletion (``\\cancel{7}\\, 6``), which counts as neither."""
        texts = [token.text for token in self.tokens]
        depth, end = 0, self.index
        for end in range(self.index, len(texts)):
            depth += {"{": 1, "}": -1}.get(texts[end], 0)
            if depth == 0:
                break
        struck = ["\\cancel", *texts[self.index : end + 1]]
        starts = [k for k in range(len(texts)) if texts[k : k + len(struck)] == struck]
        return len(starts) >= 2

    def invisible_braces(self) -> bool:
        """Whether the token is a brace that a renderer does not show around what follows it, ``\\log{1}/x`` set as
        ``\\log 1/x``: its group is a factor of a function's argument, not the whole (``\\exp{\\left(a\\right)}``
        shows its bracket, and is the whole)."""
        ahead = self.tokens[self.index + 1] if self.index + 1 < len(self.tokens) else None
        return self.token.is_("{") and not (ahead is not None and ahead.is_(*_VISIBLE_BRACKETS))

    def gradient(self, name: str, position: int) -> Node:
        variable = self.gradient_variable() if self.accept("_") else None
        if self.token.is_("\\cdot"):
            raise InvalidAnswer("\\nabla \\cdot S, a divergence, is not read: it sums derivatives over coordinates, "
                                "which one coordinate at a time does not capture", position)  # fmt: skip
        with self.nested(), self.differentiating(variable):
            return self.operator_chain(lambda body: Gradient(position, variable, body), "\\nabla", True)

    def derivative_operator(self) -> str:
        """The operator of the derivative written as the fraction ahead (:data:`DERIVATIVE_FRACTIONS`), or ``""``."""
        if not self.token.is_("{"):
            return ""
        return next((operator for operator, ahead in DERIVATIVE_FRACTIONS.items() if ahead(self)), "")

    def partial_fraction(self) -> bool:
        """``\\frac{\\partial ...}{...}``: ``\\partial`` opens the numerator (``\\frac{\\partial_x f}{g}`` is a quotient)."""
        return self.peek().is_("\\partial") and not self.peek(2).is_("_")

    def leibniz_fraction(self) -> bool:
        """``\\frac{d ...}{d x}``: Leibniz's d, which may be a letter, opens the numerator, and a d stands directly
        before a variable in the denominator (``\\frac{d}{dx}``, ``\\frac{dy}{dx}``, ``\\frac{\\mathrm{d}}{\\mathrm{d}t}``)."""
        if not self.leibniz_d(1):
            return False
        depth, at = 0, self.index
        for at in range(self.index, len(self.tokens)):
            depth += self.tokens[at].is_("{") - self.tokens[at].is_("}")
            if depth == 0:
                break
        if not self.tokens[min(at + 1, len(self.tokens) - 1)].is_("{"):
            return False
        saved, self.index = self.index, at + 2
        try:
            return self.at_differential()
        finally:
            self.index = saved

    def leibniz_d(self, offset: int = 0) -> bool:
        """Whether the token at ``offset`` opens with Leibniz's d: a word ``d``, ``dx``, ``dy``, or a d set upright
        (``\\mathrm{d}``, ``\\mathrm dx``, ``\\text{d}``)."""
        ahead = self.tokens[self.index + offset : self.index + offset + 4]
        if not ahead:
            return False
        if ahead[0].kind is Kind.WORD:
            return _opens_with_d(ahead[0].text)
        if ahead[0].kind is not Kind.COMMAND or ahead[0].text[1:] not in TEXT_FONTS or len(ahead) < 2:
            return False
        return [t.text for t in ahead[1:]] == ["{", "d", "}"] or (
            ahead[1].kind is Kind.WORD and _opens_with_d(ahead[1].text)
        )

    def skip_operator(self, operator: str) -> bool:
        """Pass the ``\\partial`` or the d of a derivative (a word it opens keeps its other letters); whether it was
        a letter d, which a formula may also write as a variable."""
        if operator == "\\partial":
            self.expect("\\partial", "in the denominator of a derivative \\frac{\\partial f}{\\partial x}")
            return False
        if not self.leibniz_d():
            raise InvalidAnswer(
                f"expected d in the denominator of a derivative \\frac{{d f}}{{dx}}, found {_found(self.token)}",
                self.token.position,
            )
        if self.token.kind is Kind.COMMAND and self.peek().is_("{"):
            self.index += 4  # \mathrm{d}
            return False
        upright = self.token.kind is Kind.COMMAND
        self.index += upright  # \mathrm dx: the font takes the d alone, as in TeX
        self.split_word(1)
        return not upright

    def derivative(self, position: int, operator: str) -> Node:
        """``\\frac{\\partial}{\\partial v} f`` or ``\\frac{\\partial f}{\\partial v}`` (or with Leibniz's d): the
        derivative in the one variable ``v``, read as ``\\nabla_v f``; one of higher order or in several variables
        is not read."""
        self.advance()  # {
        letters = [self.skip_operator(operator)]
        if self.token.is_("^"):
            raise InvalidAnswer(HIGHER_DERIVATIVE, self.token.position)
        spelled = f"\\frac{{{operator}}}{{{operator} v}}"
        with self.nested():
            with self.differentiating(None):
                body = None if self.token.is_("}") else self.expr()
            self.expect("}", "to close the numerator of a derivative")
            self.expect("{", "to open the denominator of a derivative")
            letters.append(self.skip_operator(operator))
            variable = self.derivative_variable()
            self.expect("}", "to close the denominator of a derivative")
            if any(letters):
                self.leibniz.append(position)
            if body is not None and self.token.is_("(", "["):  # f'(a) or f' times (a)?
                raise InvalidAnswer(
                    f"a derivative \\frac{{{operator} f}}{{{operator} x}} before a bracket may be taken at it or "
                    "multiply it: not read",
                    self.token.position,
                )
            if body is not None:
                return Gradient(position, variable, body)
            with self.differentiating(variable):
                return self.operator_chain(lambda body: Gradient(position, variable, body), spelled, True)

    def partial(self, name: str, position: int) -> Node:
        """``\\partial_v f``: the derivative in the variable of its subscript, read as ``\\nabla_v f``."""
        if not self.accept("_"):
            raise InvalidAnswer(
                "\\partial is read only as \\partial_x f or \\frac{\\partial f}{\\partial x}, with its variable",
                position,
            )
        with self.nested():
            variable = self.derivative_variable()
            with self.differentiating(variable):
                return self.operator_chain(lambda body: Gradient(position, variable, body), "\\partial_v", True)

    def derivative_variable(self) -> Node:
        """The variable of a derivative, alone: a power of it or a second variable makes another derivative."""
        variable = self.gradient_variable()
        if self.token.is_("^", "\\partial"):
            raise InvalidAnswer(HIGHER_DERIVATIVE, self.token.position)
        return variable

    def brace(self, name: str, position: int) -> Node:
        self.index -= 1
        return self.postfix(self.group())

    def operator_chain(
        self,
        build: Callable[[Node], Node],
        spelled: str,
        bracket_alone: bool = False,
        function: bool = False,
        bound: Node | None = None,
    ) -> Node:
        """An operator applied without parentheses to an implicit product of factors.

        The product is the argument (``\\log 2\\pi\\sigma^2``); when an application inside it is followed by more
        factors (``\\log p(x)\\,a``), or a function of a bracketed argument is (``\\nabla_x \\log(x)\\,a``:
        :data:`FUNCTION_ALONE`), the argument may also end there: both are readings.  With ``bracket_alone`` (a
        derivative), a first factor opening with a bracket and followed by more factors (``\\frac{d}{dx}(x^2)\\,x``)
        may also be the whole argument, as ``\\sin(x)\\,x`` is sin(x) x (:data:`BRACKET_THEN_PRODUCT`), and an
        explicit product or quotient after the operand may be in it or not (:data:`OPERAND_THROUGH_OPERATION`).  With
        ``function`` (``\\log``, ``\\exp``), a later factor opening with a bracket may start after the argument
        (:data:`FUNCTION_THEN_BRACKET`), and a number's slash may be in it or not (:data:`FUNCTION_OF_A_QUOTIENT`).  An
        operator that binds a variable (``bound``: a sum's index, an argmax's variable) reaches every factor that
        writes it, as a mathematician reads ``\\sum_z Q(z) \\frac{p(x, z)}{Q(z)}``: the argument never ends before one.
        """
        bracketed = self.token.is_(*_VISIBLE_BRACKETS)
        factors, closed, opened = [self.power()], [self.tokens[self.index - 1].is_(*_CLOSING_BRACKETS)], [bracketed]
        while self.starts_atom():
            opened.append(self.token.is_(*_VISIBLE_BRACKETS))
            factors.append(self.power())
            closed.append(self.tokens[self.index - 1].is_(*_CLOSING_BRACKETS))
        whole = build(_product(factors))
        spelling, ways = f"{spelled}(...) with parentheses around the whole argument", {}
        if bracket_alone and bracketed and len(factors) > 1:
            spelling, ways[0] = BRACKET_THEN_PRODUCT
        cut = next((i - 1 for i in range(1, len(factors)) if opened[i]), None) if function and not bracketed else None
        if cut is not None:
            ways[cut] = FUNCTION_THEN_BRACKET
        cut = next((i for i, f in enumerate(factors[:-1]) if _is_application(f)), None)
        if cut is not None and cut not in ways:
            ways[cut] = f"({spelled} ...) with parentheses around the operator and its argument"
        cut = next((i for i, f in enumerate(factors[:-1]) if closed[i] and isinstance(f, Function)), None)
        if cut is not None and cut not in ways:
            ways[cut] = FUNCTION_ALONE
        ways = {at: way for at, way in ways.items() if not any(_writes(f, bound) for f in factors[at + 1 :])}
        if not ways and function and len(factors) == 1 and isinstance(factors[0], Number):
            return self.function_of_a_quotient(build, factors[0], whole)
        unbracketed = not (bracketed and len(factors) == 1)  # \\frac{d}{dx}(x^2) \\cdot x: the bracket is the operand
        if (
            not ways
            and bracket_alone
            and unbracketed
            and spelled != "\\nabla"
            and self.token.is_(*PRODUCTS, *QUOTIENTS)
        ):
            return self.operand_through_operation(build, _product(factors), whole)
        if not ways:
            return whole
        shorts = tuple(_product([build(_product(factors[: at + 1])), *factors[at + 1 :]]) for at in ways)
        return Ambiguous(whole.position, (whole, *shorts), (spelling, *ways.values()))

    def function_of_a_quotient(self, build: Callable[[Node], Node], number: Node, whole: Node) -> Node:
        """``\\log 1/x``: the function of the quotient, or of the number divided (:data:`FUNCTION_OF_A_QUOTIENT`),
        each with the factors after the divisor (``\\log 1/2\\pi``) under the slash or times it
        (:data:`FUNCTION_OF_A_QUOTIENT_THEN_PRODUCT`); the function of the number alone where no slash follows."""
        if not self.token.is_(*QUOTIENTS):
            return whole
        slash = self.advance()
        divisor, rest = self.unary(), []
        while self.starts_atom():
            rest.append(self.power())
        at = slash.position
        if not rest:
            readings = (Binary(at, "/", whole, divisor), build(Binary(at, "/", number, divisor)))
            return Ambiguous(whole.position, readings, FUNCTION_OF_A_QUOTIENT)
        under = _product([divisor, *rest])
        readings = (
            _product([Binary(at, "/", whole, divisor), *rest]),
            Binary(at, "/", whole, under),
            _product([build(Binary(at, "/", number, divisor)), *rest]),
            build(Binary(at, "/", number, under)),
        )
        return Ambiguous(whole.position, readings, FUNCTION_OF_A_QUOTIENT_THEN_PRODUCT)

    def operand_through_operation(self, build: Callable[[Node], Node], operand: Node, whole: Node) -> Node:
        """``\\frac{d}{dx} x^2 \\cdot x``: the derivative of the whole term (the products and quotients that follow,
        explicit or not) or of its operand alone, the rest after it (:data:`OPERAND_THROUGH_OPERATION`)."""
        inside, outside = operand, whole
        while self.token.is_(*PRODUCTS, *QUOTIENTS) or self.starts_atom():
            token = self.token
            if token.is_(*QUOTIENTS):
                self.refuse_slashed_derivative()
            operator = "/" if token.is_(*QUOTIENTS) else "*"
            if token.is_(*PRODUCTS, *QUOTIENTS):
                self.advance()
                factor = self.unary()
            else:
                factor = self.power()
            inside = Binary(token.position, operator, inside, factor)
            outside = Binary(token.position, operator, outside, factor)
        return Ambiguous(whole.position, (build(inside), outside), OPERAND_THROUGH_OPERATION)

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
        if ahead[:1] and ahead[0].startswith("E_"):  # \mathbb E_q: the font takes the E alone, as in TeX
            self.split_word(1)
            return True
        return False

    def expectation(self, position: int, operator: str = "E") -> Node:
        """``[body | given]`` after the E (or the Var of a variance), with the law in a subscript first
        (``_{z \\sim q(z | x)}``, ``_q``); notes also write ``E(x)`` and ``\\mathbb{E}_{q(x_0)} \\log p(x_0)`` (the
        product that follows)."""
        measure, variables, known = self.expectation_subscript() if self.token.is_("_") else (None, (), None)
        if self.token.is_("[") or (self.notes and self.token.is_("(")):
            opening = self.advance()
            with self.nested():
                with self.stopping(*BARS):
                    body = self.expr()
                bar = self.accept(*GIVEN)
                if bar is not None and known is not None:
                    raise InvalidAnswer(
                        "the expectation is given twice, in its subscript and after a bar", bar.position
                    )
                given = self.expr() if bar is not None else known
            self.expect(OPENING[opening.text], "to close the expectation")
            return Expectation(position, body, given, measure, variables, operator)
        if self.notes and self.starts_atom():
            with self.nested():
                return self.operator_chain(
                    lambda body: Expectation(position, body, known, measure, variables, operator), operator
                )
        raise InvalidAnswer(
            f"expected '[' after the E of an expectation, found {_found(self.token)}", self.token.position
        )

    def expectation_subscript(self) -> tuple[Node | None, tuple[Node, ...], Node | None]:
        """The law under an E: ``(measure, variables, given)`` from ``_{v, w \\sim m}``, ``_{m}`` or ``_q``.

        A single item that is a density, a product of densities or the bare name of a law (``q``, ``q_\\phi``)
        is the measure; otherwise the items are the variables (``\\mathbb{E}_{x_0, z}``).  In notes the variables
        may be given others after a bar, ``\\mathbb{E}_{x \\mid \\tilde x}[f]``: over x given x~, as E[f | x~] over x;
        the law after ``\\sim`` must then condition on what the bar gives, ``_{x \\mid y \\sim p(x \\mid y)}``.
        """
        self.expect("_", "before the law of an expectation")
        given = None
        if not self.token.is_("{"):
            items = [self.argument()]
            measure = None
        else:
            self.advance()
            with self.nested():
                with self.stopping(*BARS):
                    items = [self.expr()]
                    while self.accept(","):
                        items.append(self.expr())
                if self.notes and self.accept(*BARS):
                    given = self.expr()
                measure = self.expr() if self.accept("\\sim") else None
            self.expect("}", "to close the law of the expectation")
        if given is not None and any(_same_name(item, given) for item in items):  # E_{x | x}: no law of x
            raise InvalidAnswer("the expectation's variable is given itself after the bar", given.position)
        if given is not None and not _conditions_on(measure, given):
            raise InvalidAnswer("the law after \\sim does not condition on what the bar gives", given.position)
        if given is not None and measure is not None:
            given = None  # the law says it: x | y ~ p(x | y) is x ~ p(x | y)
        if measure is None and given is None and len(items) == 1 and _is_law(items[0], self.notes):
            return items[0], (), None
        return measure, tuple(items), given

    # ------------------------------------------------------------ names and their arguments

    def postfix(self, node: Node) -> Node:
        """A subscript after a font or decoration group, an array index, then the arguments of a call."""
        while self.notes and isinstance(node, Name) and self.token.is_("'"):
            self.advance()  # \epsilon': a primed letter is a name of its own
            node = replace(node, base=node.base + "'")
        if self.token.is_("_"):
            if not isinstance(node, Name) or node.index:
                raise InvalidAnswer("a subscript must follow a single symbol", self.token.position)
            self.advance()
            node = replace(node, index=self.index_())
        if self.notes and isinstance(node, Name) and node.base not in NOTE_DENSITY_BASES:
            label = self._label()
            if label:  # \theta^{\text{DDPM}}: a name of its own, not a power
                node = replace(node, base=f"{node.base}^{label}")
        if isinstance(node, Name) and self.token.is_("[") and self._indexes(node):
            self.advance()
            element = self.bracket_text("]")
            node = replace(node, index=f"{node.index}[{element}]")
        if self.notes and isinstance(node, Name) and (node.base, node.decoration) in DIVERGENCE_NAMES:
            if (node.base == "KL" or node.index.upper() == "KL") and self.token.is_("(", "["):
                return self.divergence(node)
        if isinstance(node, Name) and self.token.is_("(") and self.callable(node):
            return self.call(node)
        if (
            self.notes
            and isinstance(node, Name)
            and self.token.is_(*LISTING_BRACKETS)
            and self.listed_in_brackets(node)
        ):
            return self.call(node)
        if isinstance(node, Name) and self.token.is_("(") and not self.notes:
            self.refuse_applied_in_derivative(node)
        return node

    def refuse_applied_in_derivative(self, name: Name) -> None:
        """Refuse a name before a parenthesis in what a derivative differentiates (``\\frac{d}{dx} f(x)``), unless
        the name is the derivative's variable: a function applied (whose derivative is not read) or a product."""
        if not self.differentiated or any(isinstance(v, Name) and v.key == name.key for v in self.differentiated):
            return
        letter = f"\\{name.base}" if name.base in GREEK else name.base
        raise InvalidAnswer(
            f"{letter} before a parenthesis in a derivative may be a function applied to it (a function's "
            f"derivative is not read) or a product: write {letter} \\cdot (...) for the product",
            self.token.position,
        )

    @contextmanager
    def differentiating(self, variable: Node | None) -> Iterator[None]:
        """Read the body of a derivative in ``variable`` (None: not read yet)."""
        self.differentiated.append(variable)
        try:
            yield
        finally:
            self.differentiated.pop()

    def _label(self) -> str:
        """A word set upright as a superscript (``^{\\text{DDPM}}``, ``^\\mathrm{data}``) or a star (``^*``),
        consumed; '' when none follows.  One letter (``^\\mathrm{T}``, a transpose) or an operator's word is no
        label."""
        ahead = [token.text for token in self.tokens[self.index : self.index + 7]]
        for star in (["^", "*"], ["^", "\\star"], ["^", "\\ast"], ["^", "{", "*", "}"], ["^", "{", "\\star", "}"]):
            if ahead[: len(star)] == star:  # theta^*, an optimum's name
                self.index += len(star)
                return "*"
        braced = ahead[1:2] == ["{"]
        start = 2 if braced else 1
        font = ahead[start][1:] if ahead[start : start + 1] and ahead[start].startswith("\\") else ""
        shape = ahead[start + 1 : start + 4]
        if ahead[:1] != ["^"] or font not in TEXT_FONTS or len(shape) < 3 or shape[0] != "{" or shape[2] != "}":
            return ""
        word = shape[1]
        if not (word.isalpha() and len(word) > 1 and word not in OPERATOR_WORDS) or (braced and ahead[6:7] != ["}"]):
            return ""
        self.index += 7 if braced else 5
        return word

    def _indexes(self, node: Name) -> bool:
        """``alphas_cumprod[t]``: a multi-letter identifier directly followed by ``[`` is indexed."""
        previous = self.tokens[self.index - 1]
        adjacent = previous.position + len(previous.text) == self.token.position
        return adjacent and previous.kind is Kind.WORD and len(previous.text) > 1 and previous.text not in GREEK

    def callable(self, name: Name) -> bool:
        return (
            name.base in (NOTE_DENSITY_BASES if self.notes else DENSITY_BASES)
            or name.index in MODEL_INDICES
            or name.key in self.callable_names
            or name.key in self.network_names
            or (self.notes and (len(name.base) > 1 and name.base not in GREEK or self._listed_arguments()))
        )

    def listed_in_brackets(self, name: Name) -> bool:
        """Whether the bracket ahead holds a list (a comma or a semicolon at its top level) that ``name``, written
        just before it, takes: ``I[X, Z]``, ``I[X; Z]``; not a law's letter (``p[x, z]``, ``\\mathcal{N}[0, 1]`` are
        no spellings of p(x, z) and N(0, 1) the reader trusts), nor a name in parentheses (``(x)[a, b]``)."""
        law = name.base in NOTE_DENSITY_BASES or (name.base, name.decoration) == GAUSSIAN_LETTER
        after_group = self.tokens[self.index - 1].is_(*_CLOSING_BRACKETS)
        return not law and not after_group and self._listed_arguments(separators=(",", ";"))

    def _listed_arguments(self, separators: tuple[str, ...] = (",", *GIVEN)) -> bool:
        """Whether the bracket ahead holds a list (one of ``separators`` at its top level; by default a comma or a
        bar): ``C(x_t, x_0)``."""
        depth = 0
        for token in self.tokens[self.index :]:
            if token.is_("(", "[", "{"):
                depth += 1
            elif token.is_(")", "]", "}"):
                depth -= 1
                if depth == 0:
                    return False
            elif depth == 1 and token.is_(*separators):
                return True
            if token.kind is Kind.END:
                return False
        return False

    def call(self, name: Name) -> Node:
        opening = self.advance()
        arguments: list[Node] = []
        given: list[Node] = []
        target = arguments
        separator = "|"
        with self.nested():
            while True:
                with self.stopping(*(BARS if target is arguments else ())):
                    target.append(self.expr())
                if self.accept(","):
                    continue
                if target is arguments and self.token.is_(*GIVEN):
                    separator = self.advance().text
                    target = given
                    continue
                break
        if self.token.is_(*EVENT_SIGNS):
            raise InvalidAnswer(f"{self.token.text} in the arguments of {name.base}: the probability of an event "
                                "(P(X \\le x), P(A \\cap B)) is not read", self.token.position)  # fmt: skip
        self.expect(OPENING[opening.text], f"to close the arguments of {name.base}")
        call = Call(name.position, name, tuple(arguments), tuple(given), separator if given else "|")
        if name.base in DENSITY_BASES or given or len(arguments) > 1 or isinstance(arguments[0], Name):
            return call
        if name.key in self.callable_names:
            return call
        # one argument that is not a variable: s_theta(x_t) or s_theta times (x_t + 1)?
        product = Binary(opening.position, "*", name, arguments[0])
        return Ambiguous(name.position, (call, product), APPLIED_OR_TIMES)

    def index_(self) -> str:
        """A subscript as normalized text: ``{t - 1}`` -> ``t-1``, ``\\theta`` -> ``theta``, ``{\\mathbf{x}_t}`` -> ``x_t``."""
        token = self.token
        if token.is_("{", "("):
            self.advance()
            text = self.bracket_text(OPENING[token.text])
        elif token.kind is Kind.COMMAND and token.text[1:] in FONTS and self.peek().is_("{"):
            self.advance()  # D_\text{KL}, L_\mathrm{VLB}: the word set in the subscript
            self.advance()
            text = self.bracket_text("}")
        elif token.kind is Kind.COMMAND:
            text = _index_text(self.advance())
        elif token.kind is Kind.WORD and (not self.latex or _whole(token.text, self.as_set)):
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
    "partial": Parser.partial,
    "{": Parser.brace,
    "mathcal": Parser.calligraphic,
    **{name: Parser.integral for name in ("int", "smallint", *FOLDED_INTEGRALS)},
    **{name: Parser.series for name in ("sum", "prod")},
    **{name: Parser.arg for name in ("arg", "argmax", "argmin")},
    "underset": Parser.underset,
    **{name: Parser.brace_label for name in ("underbrace", "overbrace")},
    **{name[1:]: lambda parser, name, position: parser.norm_after(name) for name in NORMS},
    "pi": lambda parser, name, position: parser.postfix(parser.name("pi", position)),
}
"""The reader of each LaTeX command (Greek letters are read as names); the notes reader adds its operators here."""

#: The operators of a derivative written as a fraction, each with its test that the fraction ahead is one.
DERIVATIVE_FRACTIONS: dict[str, Callable[[Parser], bool]] = {
    "\\partial": Parser.partial_fraction,
    "d": Parser.leibniz_fraction,
}


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


def _calligraphic(node: Node) -> Node | None:
    """``node`` (a letter, maybe negated: ``\\mathcal{-K}``) set in the calligraphic font."""
    if isinstance(node, Name) and not node.decoration:
        return replace(node, decoration="cal")
    if isinstance(node, Negative):
        inner = _calligraphic(node.operand)
        return None if inner is None else replace(node, operand=inner)
    return None


def _is_law(node: Node, notes: bool) -> bool:
    """A density, a product of densities, or the bare name of a law (``q``, ``q_\\phi``): the measure of an E.
    In notes a law's letter of any index is a law (``p_{data}``, ``p_{\\theta_1}``), never a variable the
    integrand would not depend on (E_{p_data}[x^2] is no x^2)."""
    bases = NOTE_DENSITY_BASES if notes else DENSITY_BASES
    if isinstance(node, Call):
        return node.name.base in bases
    if isinstance(node, Name):
        return node.base in bases and (notes or node.index in ("", *MODEL_INDICES))
    if isinstance(node, Binary) and node.operator == "*":
        return _is_law(node.left, notes) and _is_law(node.right, notes)
    return False


def _whole(part: str, as_set: bool = False) -> bool:
    """A subscript word LaTeX text keeps whole: one character, digits (not ``as_set``: TeX sets x_12 as x_1 2), or a
    known index word."""
    return len(part) == 1 or (part.isdigit() and not as_set) or part in INDEX_WORDS or part in GREEK


def _index_text(token: Token) -> str:
    if token.kind is Kind.COMMAND:
        name = token.text[1:]
        if name in FONTS or name in IGNORED:
            return ""
        return LETTERS.get(name, name)
    return "" if token.text in "{}" else token.text


#: Commands that spell what another token spells: the bar ``\\vert`` (``\\vert x \\vert``, ``q(x \\vert z)``), the
#: double bar ``\\parallel`` (a norm as ``\\|`` is, or a KL's separator), plain TeX's ``\\cal`` for ``\\mathcal``.
RESPELLED = {"\\vert": "|", "\\lvert": "|", "\\rvert": "|", "\\parallel": "\\|", "\\cal": "\\mathcal"}


def _bar_follows(tokens: list[Token], index: int) -> bool:
    """Whether a bar, sized or not, starts at ``tokens[index]``: the second bar of a norm's ``\\left|\\left|``."""
    ahead = tokens[index : index + 2]
    return bool(ahead) and (
        ahead[0].is_("|") or (len(ahead) == 2 and ahead[0].text[1:] in IGNORED and ahead[1].is_("|"))
    )


#: The brackets a ``\\left ... \\right`` pair may open and close with, and the closer of each opener.
_PAIRED = {"(": ")", "[": "]"}


def _sized_pairs_closed(tokens: list[Token]) -> list[Token]:
    """The tokens with each ``\\left`` bracket closed by its own kind at its ``\\right``: TeX pairs ``\\left[ x
    \\right)`` as one group whatever the shapes (``\\mathbb{E}\\left[ f \\right)``, set so by a slip); a pair
    holding a comma (``\\left[ a, b \\right)``, a half-open interval) is left as written."""
    found = list(tokens)
    opened: list[int | None] = []  # the index of each open \left's bracket (None: another delimiter)
    commas: list[bool] = []  # whether each open pair holds a comma (anywhere but in a pair inside it)
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if token.is_("\\left"):
            opened.append(index + 1 if following.text in _PAIRED else None)
            commas.append(False)
        elif token.is_("\\right") and opened:
            start, comma = opened.pop(), commas.pop()
            closer = _PAIRED.get(tokens[start].text) if start is not None else None
            if closer and following.text in _PAIRED.values() and following.text != closer and not comma:
                found[index + 1] = Token(following.kind, closer, following.position)
        elif token.is_(",", ";") and commas:
            commas[-1] = True
    return found


def _layout_removed(tokens: list[Token]) -> list[Token]:
    """The tokens without layout (:data:`IGNORED`), without the optional argument of a page-breaking command
    (``\\displaybreak[0]``, ``\\allowdisplaybreaks[4]``), which is no factor, without the braces of a
    relation set alone in them (``a\\,{=}\\,b``: TeX spaces it as a letter, but it is the same sign), and
    without a bold font over a group holding a separator (:data:`_BOLD`)."""
    kept: list[Token] = []
    unset: set[int] = set()  # the closing braces of bold groups read as unset
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if index - 1 in unset:
            continue
        closing = _bold_group_end(tokens, index) if token.text in _BOLD and index < len(tokens) else None
        if closing is not None:  # \mathbf{z \mid x}: z | x
            unset.add(closing)
            index += 1
            continue
        if token.kind is Kind.COMMAND and index < len(tokens) and tokens[index].is_("|"):
            side = 0 if token.text[1:] in _LEFT_SIZES else 1 if token.text[1:] in _RIGHT_SIZES else None
            doubled = (kept and kept[-1].is_("|")) or _bar_follows(tokens, index + 1)  # \left|\left| x \right|\right|
            if side is not None and not doubled:  # \left| and \right| keep their side
                kept.append(Token(Kind.OPERATOR, SIZED_BARS[side], token.position))
                index += 1
                continue
        if token.kind is Kind.COMMAND and token.text[1:] in IGNORED:
            ahead = [t.text for t in tokens[index : index + 3]]
            if token.text[1:] in _BREAKS and ahead[:1] == ["["] and "]" in ahead[1:]:
                index += ahead.index("]") + 1
            continue
        if (
            token.is_("{")
            and [t.text for t in tokens[index + 1 : index + 2]] == ["}"]
            and tokens[index].text in RELATIONS
        ):
            token, index = tokens[index], index + 2
        ahead = tokens[index : index + 3]
        if (
            token.is_("{")
            and len(ahead) == 3
            and ahead[0].text == "\\cal"
            and _one_letter(ahead[1])
            and ahead[2].is_("}")
        ):
            kept.extend((Token(Kind.COMMAND, "\\mathcal", token.position), token, ahead[1], ahead[2]))
            index += 3  # {\cal N}: plain TeX's group for \mathcal{N}
            continue
        following = tokens[index] if index < len(tokens) else None
        if token.text == "\\cal" and following is not None and _one_letter(following):  # \cal N: \mathcal{N}
            kept.extend((_respelled(token), Token(Kind.OPERATOR, "{", following.position), following))
            token, index = Token(Kind.OPERATOR, "}", following.position), index + 1
        elif (
            token.kind is Kind.COMMAND
            and token.text in RESPELLED
            and (token.text != "\\cal" or (following is not None and following.is_("{")))
        ):
            token = _respelled(token)  # (\cal before anything but a letter or a group is left unread)
        kept.append(token)
    return kept


#: Bold fonts, which set vectors: over a group that holds a separator (``\\mathbf{z \\mid x}``) they bold each of
#: its symbols, and the parser reads a bold letter as the letter, so the group is read as if unset.
_BOLD = frozenset({"\\mathbf", "\\boldsymbol", "\\bm", "\\mathbfit", "\\pmb"})
_SEPARATORS = frozenset({"|", "\\mid", ",", ";"})
#: How far a bold group's closing brace is looked for (a bound, so hostile input stays linear).
_BOLD_WINDOW = 64


def _bold_group_end(tokens: list[Token], index: int) -> int | None:
    """The index of the ``}`` closing the bold group opened at ``tokens[index]`` when the group holds a separator
    at its top level, else None."""
    depth, separated = 0, False
    for at in range(index, min(len(tokens), index + _BOLD_WINDOW)):
        token = tokens[at]
        if token.is_("{"):
            depth += 1
        elif token.is_("}"):
            depth -= 1
            if depth == 0:
                return at if separated else None
        elif depth == 1 and token.text in _SEPARATORS:
            separated = True
    return None


def _respelled(token: Token) -> Token:
    text = RESPELLED[token.text]
    return Token(Kind.COMMAND if text.startswith("\\") else Kind.OPERATOR, text, token.position)


def _same_name(first: Node, second: Node) -> bool:
    """Whether two nodes are one name (``x`` and ``x``, ``x_t`` and ``x_t``)."""
    return isinstance(first, Name) and isinstance(second, Name) and first.key == second.key


def _conditions_on(measure: Node | None, given: Node) -> bool:
    """Whether the law under an expectation (None: none written) conditions on ``given`` and on nothing else, a
    name (``p(x \\mid x_0)`` on x_0)."""
    if measure is None:
        return True
    if not isinstance(measure, Call) or measure.separator == ";" or len(measure.given) != 1:
        return False
    (condition,) = measure.given
    return isinstance(condition, Name) and isinstance(given, Name) and condition.key == given.key


#: The letters a product written out with an ellipsis may run over: the first the formula does not write.
PRODUCT_INDICES = ("k", "j", "i", "l", "m", "n")
_INDEX_OFFSET = re.compile(r"(?P<symbol>[A-Za-z])?(?P<offset>[+-]?\d+)?")


#: The commands that set a fraction.
_FRACTIONS = ("\\frac", "\\dfrac", "\\tfrac", "\\cfrac")


def _last_factor(node: Node) -> Node:
    """The factor an implicit product so far ends with, its sign aside (``2 \\cdot -1`` ends with 1)."""
    while isinstance(node, Binary | Negative):
        if isinstance(node, Negative):
            node = node.operand
        elif node.operator == "*":
            node = node.right
        else:
            return node
    return node


def _numeric_fraction(node: Node) -> bool:
    """Whether ``node`` is a fraction of two numerals (``\\tfrac{1}{2}``)."""
    return (
        isinstance(node, Binary)
        and node.operator == "/"
        and isinstance(node.left, Number)
        and isinstance(node.right, Number)
    )


def _members_before(node: Node) -> tuple[Node | None, list[Name]] | None:
    """The factors of a product before an ellipsis: those before the run of one family's indexed members that
    ends it (None where there are none), and the run; None where no indexed member ends it."""
    factors: list[Node] = []
    while isinstance(node, Binary) and node.operator == "*":
        factors.insert(0, node.right)
        node = node.left
    factors.insert(0, node)
    run: list[Name] = []
    for factor in reversed(factors):
        if not (isinstance(factor, Name) and factor.index and (not run or factor.key[:2] == run[0].key[:2])):
            break
        run.insert(0, factor)
    if not run:
        return None
    rest = factors[: len(factors) - len(run)]
    others = None
    for factor in rest:
        others = factor if others is None else Binary(factor.position, "*", others, factor)
    return others, run


def _index_offset(index: str) -> tuple[str, int] | None:
    """An index as a symbol and an offset (``t-1`` is ("t", -1), ``3`` is ("", 3)); None for any other."""
    match = _INDEX_OFFSET.fullmatch(index)
    if match is None or not (match["symbol"] or match["offset"]):
        return None
    return match["symbol"] or "", int(match["offset"] or 0)


def _order(start: tuple[str, int], end: tuple[str, int]) -> int:
    """1 where a product runs up from index ``start`` to ``end``, -1 down; 0 where that is not said (two symbols,
    or one integer twice)."""
    if start[0] == end[0]:
        return (end[1] > start[1]) - (end[1] < start[1]) if not start[0] else 0
    if start[0] and end[0]:
        return 0
    return 1 if not start[0] else -1


def _step(before: tuple[str, int], after: tuple[str, int]) -> int:
    """1 where ``after`` is the index after ``before``, -1 the one before it, else 0."""
    if before[0] != after[0] or abs(after[1] - before[1]) != 1:
        return 0
    return after[1] - before[1]


def _behind(last: tuple[str, int], end: tuple[str, int], order: int) -> bool:
    """Whether the end of a product written out is not beyond its last member before the ellipsis."""
    return last[0] == end[0] and (end[1] - last[1]) * order <= 0


def _index_node(member: Name) -> Node:
    """The index of a member as an expression (``t-1`` as t - 1)."""
    symbol, offset = _index_offset(member.index)
    if not symbol:
        return Number(member.position, str(offset))
    name = Name(member.position, symbol)
    if not offset:
        return name
    return Binary(member.position, "+" if offset > 0 else "-", name, Number(member.position, str(abs(offset))))


def _check_folds(name: str, lower: Node | None, upper: Node | None, variables: list[Node], position: int) -> None:
    """``\\iint f\\, dx\\, dy`` is ``\\int f\\, dx\\, dy``: one sign for as many differentials as it folds, over the
    whole space (a region under it is not read)."""
    folds = FOLDED_INTEGRALS.get(name)
    if folds is not None and (lower is not None or upper is not None or len(variables) != folds):
        differentials = "\\, ".join(("dx", "dy", "dz")[:folds])
        raise InvalidAnswer(f"\\{name} is read with {folds} differentials and no limits, over the whole space, as "
                            f"in \\{name} f\\, {differentials}", position)  # fmt: skip


def _check_named_variable(named: Node | None, variables: list[Node], position: int) -> None:
    """The variable an integral's subscript names (``\\int_{x \\in \\mathbb{R}^n}``) is its one differential's."""
    if named is None:
        return
    if len(variables) != 1 or not isinstance(variables[0], Name) or variables[0].key != getattr(named, "key", None):
        raise InvalidAnswer("the integral's subscript names a variable its differential does not", position)


def _unless_its_variable(lower: Node | None, upper: Node | None, variables: list[Node]) -> Node | None:
    """The lower limit of an integral, or None where the subscript alone names its one variable (``\\int_z f(z)\\,
    dz``: over every value of z, as ``\\int f(z)\\, dz``)."""
    (variable,) = variables if len(variables) == 1 else (None,)
    if upper is None and isinstance(lower, Name) and isinstance(variable, Name) and lower.key == variable.key:
        return None
    return lower


def _opens_with_d(word: str) -> bool:
    """A word that opens with Leibniz's d: ``d`` alone, or d before a letter (``dx``, ``dy``, ``dx_t``)."""
    return word == "d" or (word[:1] == "d" and word[1:2].isalpha())


def _short_d_word(word: str) -> bool:
    """A word that may be Leibniz's d and its variable: ``d``, ``dy``, ``dx_t`` (not ``delta``, ``dim``)."""
    return _opens_with_d(word) and len(word.split("_")[0]) <= 2


def _one_letter(token: Token) -> bool:
    return token.kind is Kind.WORD and len(token.text) == 1


def _no_words_in_text(tokens: list[Token], index: int, font: str) -> None:
    """Refuse a text-mode group (``\\text{(t=1 term)}``, ``\\text{x y}``) with letters beyond one word: it is set
    as words, so reading its letters as names (t + 1 * term, x * y) would prove what the note never wrote."""
    depth = 0
    for token in tokens[index:]:
        depth += token.is_("{") - token.is_("}")
        if token.kind is Kind.WORD:  # prose of another script is refused, or skipped in a label, where it is read
            raise InvalidAnswer(f"\\{font}{{...}} holds words, not a formula; they are not read", token.position)
        if depth <= 0 or token.kind is Kind.END:
            return


def _words_in_group(tokens: list[Token], index: int) -> int:
    """The words of the brace group opening at ``index`` (``\\operatorname{t y}`` has two, set as the one name
    ty, as ``\\operatorname{ty}`` is)."""
    depth, count = 0, 0
    for token in tokens[index:]:
        depth += token.is_("{") - token.is_("}")
        count += token.kind is Kind.WORD
        if depth <= 0 or token.kind is Kind.END:
            return count
    return count


def _not_an_operator(word: str, font: str, position: int) -> None:
    """Refuse a word that names an operator the parser does not read (``\\text{argmax}``, ``\\mathrm{tr}``)."""
    if word in OPERATOR_WORDS:
        written = f"\\{font}{{{word}}}" if font else word
        raise InvalidAnswer(f"{written} names {OPERATOR_WORDS[word]}, an operator that is not read", position)


def _runs_on(word: str) -> bool:
    """Whether ``word`` writes an index then another indexed name (``x_1x_2``, ``x_tx_0``): a part between two
    underscores that is no whole index (not ``alpha_bar_t``, nor one index, ``x_10``, ``grad_norm``)."""
    return not all(_whole(p) for p in word.split("_")[1:-1])


def _spelled(factor: Node) -> str:
    if isinstance(factor, Number):
        return factor.text
    return f"{factor.base}_{factor.index}" if factor.index else factor.base


def _readings(node: Node) -> tuple[Node, ...]:
    """The readings of ``node``: its own where it has several, else itself."""
    return node.readings if isinstance(node, Ambiguous) else (node,)


def _product(factors: list[Node]) -> Node:
    node = factors[0]
    for factor in factors[1:]:
        node = Binary(factor.position, "*", node, factor)
    return node


def _writes(node: Node, bound: Node | None) -> bool:
    """Whether ``node`` writes the variable ``bound`` binds: the name itself (z in p(x, z)), or, for a bare letter,
    a name indexed by it (x_t, alpha_{t-1} for the index t)."""
    if not isinstance(bound, Name):
        return False
    letter = re.compile(rf"(?<![A-Za-z]){re.escape(bound.base)}(?![A-Za-z])") if not bound.index else None
    return any(
        isinstance(n, Name)
        and (n.key == bound.key or (letter is not None and not bound.decoration and letter.search(n.index)))
        for n in nodes(node)
    )


def _is_application(node: Node) -> bool:
    """A factor that ends with the closing parenthesis of an application: ``p(x)``, ``\\log p(x)``."""
    if isinstance(node, Ambiguous):
        return any(_is_application(reading) for reading in node.readings)
    return isinstance(node, (Call, Gradient)) or (isinstance(node, Function) and _is_application(node.argument))


def _stop_meaning(token: Token) -> str:
    """What the token that stopped a group means (:data:`GROUP_STOPS`), after a comma; '' if nothing is said."""
    meaning = GROUP_STOPS.get(token.text, "") if token.kind is not Kind.END else ""
    return f", {meaning}" if meaning else ""


def _found(token: Token) -> str:
    if token.kind is Kind.END:
        return "the end of the input"
    return repr(token.text)


# ------------------------------------------------------------------ readings


_Result = TypeVar("_Result")


def remembered_by_identity(kept: int) -> Callable[[Callable[..., _Result]], Callable[..., _Result]]:
    """A pure function of syntax trees (and hashable values) remembered by each tree's identity, the arguments kept
    beside the answer so that no id is another object's while remembered: a tree is frozen, so what a pure function
    finds in it never changes, and hashing a tree by value would walk it whole.  Emptied when ``kept`` answers are
    held; an answer is only ever computed again."""

    def remembering(function: Callable[..., _Result]) -> Callable[..., _Result]:
        known: dict[tuple, tuple[tuple, _Result]] = {}

        @functools.wraps(function)
        def remembered(*arguments: object) -> _Result:
            key = tuple(id(a) if isinstance(a, Node) else a for a in arguments)
            found = known.get(key)
            if found is None or any(isinstance(b, Node) and a is not b for a, b in zip(found[0], arguments)):
                if len(known) >= kept:
                    known.clear()
                found = known[key] = (arguments, function(*arguments))
            return found[1]

        return remembered

    return remembering


def nodes(node: Node) -> Iterator[Node]:
    """Every node of a syntax tree, ``node`` first (each tree is walked once: a note's formulas are walked by many
    readers, applied letters, laws, indices, ...)."""
    return iter(_walked(node))


@remembered_by_identity(kept=16384)
def _walked(node: Node) -> tuple[Node, ...]:
    return tuple(_walk(node))


def _walk(node: Node) -> Iterator[Node]:
    """Every node of a syntax tree, ``node`` first, depth first (the last field's subtree first)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for value in vars(current).values():
            if isinstance(value, Node):
                stack.append(value)
            elif isinstance(value, tuple):
                stack.extend(v for v in value if isinstance(v, Node))


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


def _negative(exponent: Node) -> bool:
    """Whether an exponent is written with a minus (``-1``, ``-n``)."""
    return isinstance(exponent, Negative)


def power_or_iterate(applied: Node, exponent: Node, position: int, opening: int) -> Node:
    """A general function's ``f^n(x)`` (``applied`` is f(x)): the n-th power of the value, or f applied n times
    (the iterate).  Both are kept for n = 2 or 3; any other exponent is not read."""
    count = int(exponent.text) if isinstance(exponent, Number) and exponent.text in ("2", "3") else 0
    if not count or not isinstance(applied, Call) or len(applied.arguments) != 1 or applied.given:
        raise InvalidAnswer(
            "a function with an exponent before its argument may be a power of its value or the function "
            "applied again (an iterate): write (f(x))^n or f(f(x))",
            opening,
        )
    iterate: Node = applied
    for _ in range(count - 1):
        iterate = replace(applied, arguments=(iterate,))
    return Ambiguous(
        position,
        (Power(position, applied, exponent), iterate),
        POWER_OR_ITERATE,
    )
