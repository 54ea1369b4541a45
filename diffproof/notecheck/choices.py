"""Values a counterexample may choose for the names its point leaves free.

An order the note states (``h \\le g``) of a name the point gives no value is checked, not dropped: where the name
is really free -- the step, the point, a definition, a law, the context and every other sentence of the note say
nothing of it -- values in its domain at which every order naming it holds at once are chosen, verified exactly
(or at 50 digits), and shown with the counterexample; else the counterexample is not trusted."""

from __future__ import annotations

import bisect
import collections
import functools
import html
import itertools
import math
import random
import re
import time
import unicodedata
from dataclasses import fields, is_dataclass, replace

import mpmath
import sympy as sp

from derivations.kernel.assumptions import (
    Domain,
    implied_set,
)
from derivations.kernel.vocabulary import Counterexample
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck import contexts
from diffproof.notecheck.assumptions import (
    StepContext,
    disputed_reason,
    linked,
)
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.vocabulary import (
    RANDOM,
    index_value,
    keys_in,
    nodes,
)


def broken_at(conditions: tuple[sp.Basic, ...], counterexample: Counterexample) -> list[sp.Basic]:
    """Of ``conditions`` (``a >= 0``, ``a > 0``), those that fail at the counterexample's point, where the
    values are known for all their symbols."""
    given = counterexample.point + counterexample.derived + counterexample.chosen
    values = {name: sp.Float(value, 30) for name, value in given}
    broken = []
    for condition in conditions:
        if condition is sp.false:  # sqrt(-1): not real anywhere
            broken.append(condition)
            continue
        if not all(str(s) in values for s in condition.free_symbols):
            continue
        point = {s: values[str(s)] for s in condition.free_symbols}
        try:
            value = complex(sp.N(condition.lhs.xreplace(point), 30))
        except (TypeError, ValueError, ZeroDivisionError):
            continue
        real = abs(value.imag) <= 1e-20 * (1 + abs(value.real))
        if not real or value.real < 0 or (isinstance(condition, sp.StrictGreaterThan) and value.real == 0):
            broken.append(condition)
    return broken


#: Words set in maths (``\text{if } x \ge 0``), which may be read as names: no name of such an order is chosen.
WORDS_IN_MATHS = re.compile(r"\\(?:text|mathrm|operatorname|mbox|textrm|textit|quad|qquad)(?![A-Za-z])")
#: Letters a declared context (or a process the note states) gives a meaning beside its schedule's: never free.
_CONTEXT_LETTERS = frozenset({("beta", "tilde"), ("mu", "tilde"), ("sigma", "")})
#: How long the choice of values for the names a counterexample leaves free may take, and how many it may try.
_CHOICE_SECONDS = 2.0
_CHOICE_TRIES = 2000


def may_choose(
    missing: set[sp.Symbol], context: StepContext, assumptions: list, reached: set, values: set[str]
) -> bool:
    """Whether the names ``missing`` of an order the note states, which a counterexample's point gives no value, are
    free for the check to choose (:func:`settled`): each a known real name (not a random variable, a noise, an
    integer or an index's letter), whose letter the step does not write or reach (``reached``), nor the point give
    at any index, nor any definition, law or assumption of the note name, nor a declared context (or a process the
    note states) tie to its schedule, nor another decoration of a letter of the step (h' or h-bar beside h; the
    schedule's alpha-bar beside alpha is a name of its own), and of which the note says nothing unmodelled."""
    if not missing:
        return True
    vocabulary = context.vocabulary
    symbols = vocabulary.symbols
    by_name = {str(symbol): key for symbol, key in symbols.items()}
    valued = {by_name[name][:2] for name in values if name in by_name}
    indices = {str(letter) for key in symbols.values() for letter in _index_symbols(key[2])}
    tied: set = set()
    for assumption in (*context.assumptions, *assumptions, *context.defined.values(),
                       *context.random_definitions.values()):  # fmt: skip
        if not isinstance(assumption, Domain):
            tied |= {symbols[s][:2] for s in _symbols_of(assumption) if s in symbols}
    for variable, laws in context.gaussians.items():
        parameters = {variable}.union(*(e.free_symbols for law in laws.values() if law is not None for e in law))
        tied |= {symbols[s][:2] for s in parameters if s in symbols}
    tied |= {symbols[s][:2] for s in context.laws_stated | context.normals | context.noises_stated if s in symbols}
    process = bool(context.contexts) or context.process != contexts.Process()
    bases = {_undecorated(letter[0]) for letter in reached | valued}
    for symbol in missing:
        key = symbols.get(symbol)
        if key is None or vocabulary.is_random(symbol) or key[0] in RANDOM or key[0] in contexts.NOISES:
            return False
        if len(key[0]) > 1 and key[0].isascii() and key[0].isalpha() and key[0] not in syntax.GREEK:
            return False  # "if", "lr": a word, or letters a product may be read as
        if symbol.is_integer or key[0] in indices or str(symbol) in indices:
            return False
        if key[:2] in reached | valued | tied or process and key[:2] in contexts.SCHEDULE | _CONTEXT_LETTERS:
            return False
        if _undecorated(key[0]) in bases and key[:2] not in contexts.SCHEDULE:
            return False  # h', h-bar, h^* beside the step's h: maybe the same name, or one made of it
        if linked(context, {key}) or disputed_reason(context, {key}):
            return False
        elsewhere = context.elsewhere()
        if key[:2] in elsewhere or ("*", "*") in elsewhere or (spelled(key[0]), "*") in elsewhere:
            return False
    return True


#: The Greek letters by the names TeX gives them (\lambda, where Unicode says "lamda"), lower case first.
_GREEK_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau "
                "upsilon phi chi psi omega").split()  # fmt: skip
#: The letters words may write as themselves, by their TeX names: the Greek ones (α, Γ, the final ς as \varsigma)
#: and the script ℓ (\ell); their symbol and mathematical forms (ϑ, ϕ, 𝛾) are read as them (:func:`_normalized`).
_LETTER_NAMES = {
    **dict(zip("αβγδεζηθικλμνξοπρστυφχψω", _GREEK_NAMES, strict=True)),
    **dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", _GREEK_NAMES, strict=True)),
    "ς": "sigma",
    "ℓ": "ell",
}
#: The names words may spell a letter by (lower case, "var" dropped): the Greek letters' and ell.
_SPELLED_NAMES = frozenset(_GREEK_NAMES) | {"ell"}
#: Letters that look alike as typed, each said where the other is: the script ℓ (\ell) and l.
_ALIKE = {"l": frozenset({"l", "ell"}), "ell": frozenset({"l", "ell"})}
#: Abbreviations whose letters name nothing ("e.g.", "i.e.", "cf.").
_ABBREVIATIONS = re.compile(r"\b(?:e\.\s?g|i\.\s?e|cf|etc|vs|et\s+al|resp)\.", re.IGNORECASE)
#: A run of letters (a word, a Latin letter alone, a Greek letter's name with or without its backslash, a Greek
#: letter or ℓ), in text read by :func:`_normalized`.
_LETTERS = re.compile(r"[A-Za-z]+|[\u0391-\u03a9\u03b1-\u03c9\u2113]")
#: What is not said in the note: an HTML comment, a line that is a LaTeX comment (a directive is kept: it is read).
_COMMENTS = re.compile(r"<!--(?!\s*diffproof:).*?-->|^[ \t]*%(?!\s*diffproof:).*$", re.DOTALL | re.MULTILINE)
#: Code: a fenced block, or a span (``g = 0``), read as it is written.
_CODE = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1|(`+)(?!`).+?(?<!`)\2(?!`)", re.DOTALL | re.MULTILINE)
#: What may be maths a reader read (:func:`said_in_words` removes it only where one did): displays (``$$``, ``\[``,
#: the environments the readers read) and inline maths (``$``, ``\(``, the ``math`` environment), each with its body.
_MATHS = re.compile(
    r"\$\$(?P<double>.+?)\$\$|\\\[(?P<bracket>.+?)\\\]"
    r"|\\begin\{(?P<environment>(?:equation|align|alignat|gather|multline|eqnarray|flalign|displaymath)\*?)\}"
    r".+?\\end\{(?P=environment)\}"
    r"|\\\((?P<paren>.+?)\\\)|(?<![\\$])\$(?!\$)(?P<dollar>.+?)(?<![\\$])\$|\\begin\{math\}(?P<math>.+?)\\end\{math\}",
    re.DOTALL,
)
#: Words set inside maths (``\text{where g is zero}``).
_WORDS_IN_MATHS = re.compile(r"\\(?:text\w*|mbox|intertext|shortintertext)\s*\{([^{}]*)\}")


def _normalized(text: str) -> str:
    """Text with its letters as a reader reads them: HTML's entities decoded (``&#947;`` is γ), then each character
    in its compatibility form (NFKC: 𝑔 is g, µ is μ, ϑ is θ, ϕ is φ), but the script ℓ, which is \\ell, kept."""
    decoded = html.unescape(text)
    return "".join(c if c in _LETTER_NAMES else unicodedata.normalize("NFKC", c) for c in decoded)


def _named(run: str) -> str:
    """A run of letters as words may spell it: a Latin letter in lower case (G and g alike), a Greek letter (or ℓ)
    by its TeX name in lower case, without "var" (Gamma, \\gamma, γ and "gamma" alike; \\vartheta as theta)."""
    name = _LETTER_NAMES.get(run, run).lower()
    return name[3:] if name.startswith("var") and name[3:] in _SPELLED_NAMES else name


def spelled(letter: str) -> str:
    """A name's letter as words may spell it (:func:`_named`), read as :func:`_normalized` reads words."""
    return _named(_normalized(_undecorated(letter)).lstrip("\\"))


def _spellings(text: str) -> set[str]:
    """The letters ``text`` writes as a word of its own: a Latin letter alone, a Greek letter's name or letter, in
    whatever encoding (:func:`_normalized`); a letter that looks like another is said as both (:data:`_ALIKE`)."""
    found: set[str] = set()
    for run in _LETTERS.findall(_ABBREVIATIONS.sub(" ", _normalized(text))):
        name = _named(run)
        if len(run) == 1 or name in _SPELLED_NAMES:
            found |= _ALIKE.get(name, {name})
    return found


def _blank(text: str) -> str:
    """What stands for ``text`` once it is taken out: its line breaks alone, so later lines keep their numbers."""
    return " " + "\n" * text.count("\n")


@functools.lru_cache(maxsize=256)
def said_in_words(source: str, displays: tuple[tuple[int, int], ...], inline: tuple[str, ...]) -> frozenset[str]:
    """The letters (:func:`spelled`) the note writes anywhere but in the maths its reader read (``displays``: the
    lines each display it read spans; ``inline``: the text of each piece of inline maths it read, each taking out
    one piece of the source with that text, so a copy left in unread code says only what the one read says): in
    its words (a sentence, a table's cell, a footnote, an HTML element), its code (spans and blocks, maths in them
    too), maths no reader read (an environment it does not know, maths in an indented code block), and the words
    set inside its maths.  The raw text is scanned, as a word of its own: a name said there ("the gap g is zero",
    "gamma equals minus one", ``g = 0`` in code) is said of in a way no reader sees, so no value is chosen for it.
    Only ever withholds a choice (comments, which say nothing, are skipped).

    It scans ``source``, not the reader's prose (:attr:`Notes.prose <diffproof.notes.model.Notes.prose>`), on
    purpose: the prose is the text a renderer shows as paragraphs, without fenced or indented code, front
    matter, a hidden HTML element, a link's title, an image's alt text, LaTeX's verbatim or the words in a
    display's ``\\text{...}``, and a name spelled in any of these may be said of.  Missing one would choose a
    value the note rules out (a false alarm); scanning too much only leaves a step undecided."""
    text = _COMMENTS.sub(lambda match: _blank(match.group()), source)
    found: set[str] = set()
    left = collections.Counter(_squeezed(body) for body in inline)

    def code(match: re.Match) -> str:
        found.update(_spellings(match.group()))
        return _blank(match.group())

    def maths(match: re.Match) -> str:
        first = bisect.bisect(breaks, match.start()) + 1
        last = first + match.group().count("\n")
        shown = any(match.group(kind) is not None for kind in ("double", "bracket", "environment"))
        body = next((b for b in match.group("double", "bracket", "paren", "dollar", "math") if b is not None), "")
        if not (shown and any(start <= first and last <= end for start, end in displays)):
            if left[_squeezed(body)] <= 0:
                return match.group()  # not read as maths: scanned as words
            left[_squeezed(body)] -= 1
        for words in _WORDS_IN_MATHS.findall(match.group()):
            found.update(_spellings(words))
        return _blank(match.group())

    uncoded = _CODE.sub(code, text)
    breaks = [at for at, character in enumerate(uncoded) if character == "\n"]
    found.update(_spellings(_MATHS.sub(maths, uncoded)))
    return frozenset(found)


def _squeezed(text: str) -> str:
    """Maths without its white space, as two readings of the same maths are compared."""
    return re.sub(r"\s+", "", text)


_ORDER_RELATIONS = frozenset({"<", "<=", ">", ">=", "\\le", "\\leq", "\\ge", "\\geq", "≤", "≥"})
#: The nodes an order among names and numbers alone is made of (no sum, density, expectation or function).
_PLAIN_NODES = (syntax.Name, syntax.Number, syntax.Binary, syntax.Negative, syntax.Power, syntax.Function)


def _plain(*sides: syntax.Node | None) -> bool:
    """Whether formulas are of names and numbers alone, as the orders checked at a counterexample are."""
    return all(side is not None and all(isinstance(n, _PLAIN_NODES) for n in nodes(side)) for side in sides)


def written_elsewhere(timeline: Timeline, index: int, stated: list[Stated]) -> dict[tuple[str, str], int]:
    """The letters of the names the note writes anywhere but in step ``index`` other than in an order among names
    and numbers alone that is in force at the step (``stated``: what it is judged under, of which such an order is
    a condition, checked at its counterexample): in a display's claim of any other form (a sum's order, an
    equation, a definition), in an order displayed after the step (its display's later rows too: it conditions
    nothing before it), in a sentence's maths, in anything it states otherwise (a definition, denied, "is
    violated"); each with a line.  A counterexample chooses no value of these (:func:`may_choose`): the note says
    something of them that the check would not see.  ``("*", "*")``: something written was not read, so no name
    is free."""
    found: dict[tuple[str, str], int] = {}

    def add(node: syntax.Node | None, line: int) -> None:
        if node is None:
            found.setdefault(("*", "*"), line)
            return
        for key in keys_in(node):
            found.setdefault(key[:2], line)

    notes = timeline.notes
    read_inline = tuple(sorted(inline.text for inline in notes.inline))
    for letter in said_in_words(notes.source, notes.displays, read_inline):  # in words, in code, in unread maths
        found.setdefault((letter, "*"), 0)
    for other in notes.steps:  # words or maths beside a display's row (\\quad g \\le 0), which no check reads
        for letter in _spellings(other.remark):
            found.setdefault((letter, "*"), other.line)
    rows = _rows_in_force(timeline, stated)
    for number, (other, (lhs, rhs)) in enumerate(zip(notes.steps, timeline.sides, strict=True)):
        order = other.relation.value in _ORDER_RELATIONS and not other.alternative and _plain(lhs.node, rhs.node)
        if number == index or order and other.line in rows and not timeline.denied_at(other.line):
            continue
        add(lhs.node, other.line)
        add(rhs.node, other.line)
    for inline in notes.inline:
        letters = _inline_letters(inline.text)
        for letter in letters if letters is not None else {("*", "*")}:
            found.setdefault(letter, inline.line)
    for item in [*stated, *(item for item in timeline.stated if item not in stated)]:  # after the step too
        if item in stated and _plain_order(item):
            continue
        for formula in (item.name, item.body):
            if formula is not None:
                add(formula.node, item.line)
    return found


def _plain_order(item: Stated) -> bool:
    """Whether ``item`` states plainly an order among names and numbers alone (one checked as a condition)."""
    plainly = item.plain or item.origin in ("directive", "case")
    if item.kind != "relation" or not plainly or item.denied or item.origin == "condition" or item.body is not None:
        return False
    statement = item.name.node if item.name is not None else None
    relations = getattr(statement, "relations", ())
    return bool(relations) and set(relations) <= _ORDER_RELATIONS and _plain(*statement.operands)


def _rows_in_force(timeline: Timeline, stated: list[Stated]) -> set[int]:
    """The lines of the displayed rows whose order is in force at a step (``stated``: what it is judged under):
    a bound a row introduces (stated on the row's line), or an order a display adds to what the note states (its
    formula read from the row's line).  An order displayed after the step is among none of them."""
    introduced = {id(item) for item in timeline.introduces if item is not None}
    return {
        item.line if id(item) in introduced else item.name.line
        for item in stated
        if item.origin == "step"
        and item.name is not None
        and (id(item) in introduced or item.plain)
        and not item.denied
    }


@functools.lru_cache(maxsize=4096)
def _inline_letters(text: str) -> frozenset[tuple[str, str]] | None:
    """The letters of the names a sentence's maths writes, none where it is an order among names and numbers alone
    (``h \\le g``: read with what the sentence says of it, :func:`written_elsewhere`); None where it is not read."""
    try:
        statement = syntax.parse(text, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    if len(statement.relations) == 1 and statement.relations[0] in _ORDER_RELATIONS and _plain(*statement.operands):
        return frozenset()
    return frozenset(key[:2] for operand in statement.operands for key in keys_in(operand))


def _undecorated(base: str) -> str:
    """A name's letter without its primes or starred superscript (``h'``, ``h^*``: h)."""
    return base.split("^")[0].rstrip("'")


def _index_symbols(index: str) -> set[sp.Symbol]:
    """The letters an index is written with (t and T for ``t-1:T``)."""
    found: set[sp.Symbol] = set()
    for part in index.split(":") if index else ():
        value = index_value(part)
        found |= value.free_symbols if value is not None else set()
    return found


def _symbols_of(assumption: object) -> set[sp.Symbol]:
    """Every symbol an assumption's fields name (a definition's two sides, a constraint, a chain's variables)."""
    found: set[sp.Symbol] = set()
    parts = [getattr(assumption, f.name) for f in fields(assumption)] if is_dataclass(assumption) else []
    while parts:
        part = parts.pop()
        if isinstance(part, sp.Basic):
            found |= part.atoms(sp.Symbol)  # bound ones too: a sum over beta_s names beta
        elif isinstance(part, (tuple, list, frozenset, set)):
            parts.extend(part)
    return found


def one_per_letter(free: set[sp.Symbol], conditions: list, symbols: dict) -> bool:
    """Whether each name chosen is the only one of its letter that the orders checked with it name: an order at a
    generic index holds at every index (beta_t < 1/2 says beta_{t-1} < 1/2 too), so beta_t and beta_{t-1} are not
    chosen apart."""
    letters = {symbols[s][:2]: s for s in free}
    for condition in conditions:
        for s in set().union(*(r.free_symbols for r in condition.relations)):
            if s in symbols and symbols[s][:2] in letters and letters[symbols[s][:2]] != s:
                return False
    return len(letters) == len(free)


def choice_domain(symbol: sp.Symbol, context: StepContext, assumptions: list) -> sp.Set:
    """Where a free name's value is chosen: its convention (kept even where the note lifts it: a narrower range
    is safe), what SymPy assumes of it, and every domain the note gives it."""
    domain = context.vocabulary.domain(context.vocabulary.symbols[symbol], kept=True).intersect(implied_set(symbol))
    for assumption in (*context.assumptions, *assumptions):
        if isinstance(assumption, Domain) and assumption.symbol == symbol:
            domain = domain.intersect(assumption.interval)
    return domain


def settled(
    orders: tuple[sp.Basic, ...], example: Counterexample | None, domains: dict[sp.Symbol, sp.Set]
) -> Counterexample | None:
    """``example`` where every order holds at it, with values chosen for the free names (``domains``: where each
    may lie) its point does not give, shown as chosen (:func:`_choose`); None where an order fails at the point or
    no values that make every order hold are found."""
    if example is None:
        return None
    given = {name for name, _ in example.point + example.derived + example.chosen}
    missing = {s: domain for s, domain in domains.items() if str(s) not in given}
    if not missing:
        return None if broken_at(orders, example) else example
    if broken_at(tuple(o for o in orders if not o.free_symbols & set(missing)), example):
        return None
    chosen = _choose([o for o in orders if o.free_symbols & set(missing)], example, missing)
    if chosen is None:
        return None
    extended = replace(example, chosen=example.chosen + chosen)
    return None if broken_at(orders, extended) else extended


def _margin(order: sp.Basic) -> tuple[sp.Expr, bool] | None:
    """An order as ``(e, strict)`` with the order ``e > 0`` (``e >= 0``); None for what is no order."""
    if isinstance(order, (sp.StrictGreaterThan, sp.GreaterThan)):
        return order.lhs - order.rhs, isinstance(order, sp.StrictGreaterThan)
    if isinstance(order, (sp.StrictLessThan, sp.LessThan)):
        return order.rhs - order.lhs, isinstance(order, sp.StrictLessThan)
    return None


def _choose(
    orders: list[sp.Basic], example: Counterexample, domains: dict[sp.Symbol, sp.Set]
) -> tuple[tuple[str, float], ...] | None:
    """Values of the names ``domains`` gives (each in its domain) at which every order holds together, the
    other names at the counterexample's values: candidates (the domain's middle and near its ends, near the
    point's values, near the roots of an order of one name), tried in order and then at random (seeded), within a
    time bound; a value found is kept as the float shown, and checked exactly (or at 50 digits, with a margin)
    against every order and its domain.  None where none is found."""
    point = {name: sp.Rational(value) for name, value in example.point + example.derived + example.chosen
             if not isinstance(value, str) and math.isfinite(value)}  # fmt: skip
    margins = []
    for order in orders:
        reduced = order.xreplace({s: point[str(s)] for s in order.free_symbols if str(s) in point})
        if reduced is sp.true:
            continue
        margin = _margin(reduced)
        if reduced is sp.false or margin is None or not margin[0].free_symbols <= set(domains):
            return None
        margins.append(margin)
    names = sorted(domains, key=str)
    if any(not isinstance(domains[s], (sp.Interval, sp.Union)) or domains[s].is_empty for s in names):
        return None
    candidates = {s: _candidates(s, domains[s], margins, list(point.values())) for s in names}
    if any(not found for found in candidates.values()):
        return None
    try:
        screen = sp.lambdify(names, [m for m, _ in margins], "mpmath")
    except Exception:  # noqa: BLE001 -- a function lambdify cannot print: every candidate is checked exactly
        screen = None
    deadline = time.monotonic() + _CHOICE_SECONDS
    for tried, values in enumerate(_combinations(names, candidates, domains)):
        if tried >= _CHOICE_TRIES or time.monotonic() > deadline:
            return None
        if screen is not None and not _screened(screen, values, margins):
            continue
        assignment = dict(zip(names, values, strict=True))
        if all(_holds(m, strict, assignment) for m, strict in margins):
            return tuple((str(s), float(v)) for s, v in assignment.items())
    return None


def _screened(screen, values: tuple[sp.Rational, ...], margins: list) -> bool:
    """Whether every order plausibly holds at ``values`` (30 digits): a quick test before the exact one."""
    with mpmath.workdps(30):
        try:
            found = screen(*(mpmath.mpf(float(v)) for v in values))
        except (ArithmeticError, TypeError, ValueError):
            return True  # the exact check decides
        for value, (_, strict) in zip(found, margins, strict=True):
            try:
                number = mpmath.mpmathify(value)
            except (TypeError, ValueError):
                return True  # the exact check decides
            if isinstance(number, mpmath.mpc) and number.imag != 0:
                return False
            real = number.real if isinstance(number, mpmath.mpc) else number
            if real < 0 or strict and real == 0:
                return False
    return True


def _holds(margin: sp.Expr, strict: bool, assignment: dict[sp.Symbol, sp.Rational]) -> bool:
    """Whether ``margin > 0`` (``>= 0`` unless ``strict``) at ``assignment``: exactly where the value is rational,
    else at 50 digits with a margin of 1e-30 (an irrational value that near 0 is not trusted either way)."""
    value = margin.xreplace(assignment)
    if value.free_symbols:
        return False
    if value.is_Rational:
        return bool(value > 0 or not strict and value == 0)
    try:
        number = complex(sp.N(value, 50))
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    if number.imag != 0 or not math.isfinite(number.real):
        return False
    precise = sp.N(value, 50)
    return bool(sp.re(precise) > sp.Float("1e-30", 50))


#: Fractions of a bounded domain tried first, near its middle, then near its ends.
_FRACTIONS = tuple(sp.Rational(f) for f in ("1/2", "1/4", "3/4", "1/10", "9/10", "1/100", "99/100", "1/10000",
                                             "9999/10000", "1/1000000", "999999/1000000"))  # fmt: skip
#: Distances from a bound, or from a value of the point, tried.
_STEPS = tuple(sp.Rational(f) for f in ("1", "1/2", "2", "10", "1/100", "100", "1/1000", "1/1000000", "1000000"))


def _candidates(symbol: sp.Symbol, domain: sp.Set, margins: list, point: list[sp.Rational]) -> list[sp.Rational]:
    """Values of ``symbol`` to try, in order, in its domain, each a float (the value shown is the value checked)."""
    lower, upper = domain.inf, domain.sup
    found: list[sp.Expr] = []
    if lower.is_finite and upper.is_finite:
        found += [lower + (upper - lower) * f for f in _FRACTIONS]
    elif lower.is_finite:
        found += [lower + d for d in _STEPS]
    elif upper.is_finite:
        found += [upper - d for d in _STEPS]
    else:
        found += [sp.Integer(0)] + [sign * d for d in _STEPS for sign in (1, -1)]
    roots: list[sp.Expr] = []
    for margin, _ in margins:
        if margin.free_symbols == {symbol} and margin.is_polynomial(symbol):
            try:
                polynomial = sp.Poly(margin, symbol)
                if polynomial.degree() <= 4:
                    roots += [r for r in polynomial.nroots(n=30) if r.is_real]
            except (sp.PolynomialError, sp.polys.polyerrors.PolificationFailed, ValueError, TypeError,
                    sp.polys.polyerrors.NoConvergence):  # fmt: skip
                continue
    for value in roots + point:
        found += [value] + [value + sign * d for d in _STEPS[4:] + _STEPS[:2] for sign in (1, -1)]
        if upper.is_finite:
            found.append((value + upper) / 2)
        if lower.is_finite:
            found.append((value + lower) / 2)
    kept: dict[sp.Rational, None] = {}
    for value in found:
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        if math.isfinite(number) and domain.contains(sp.Rational(number)) is sp.true:
            kept.setdefault(sp.Rational(number), None)
    return list(kept)[:80]


def _combinations(names: list, candidates: dict, domains: dict):
    """The values of ``names`` to try together: every candidate of one name; of several, the candidates' product
    (first ones first) and then, seeded, random picks among them and in the bounded domains."""
    lists = [candidates[s] for s in names]
    yield from itertools.islice(itertools.product(*lists), _CHOICE_TRIES // 2)
    if len(names) == 1:
        return
    chance = random.Random(36)
    while True:
        values = []
        for s, found in zip(names, lists, strict=True):
            domain = domains[s]
            if chance.random() < 0.5 and domain.inf.is_finite and domain.sup.is_finite:
                value = sp.Rational(float(domain.inf + (domain.sup - domain.inf) * sp.Rational(chance.random())))
                values.append(value if domain.contains(value) is sp.true else found[0])
            else:
                values.append(chance.choice(found))
        yield tuple(values)
