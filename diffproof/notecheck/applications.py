"""Functions of one letter or an upright word: ``g(z - x)``, ``f_1(x)``, ``\\operatorname{ReLU}(x)``, where the note
never writes g alone.

The shared parser reads a one-letter name before a parenthesis as a product,
``\\beta(1 - \\bar\\alpha)``, as most notes mean it.  A note that writes a letter
only ever before a parenthesis -- ``g(\\mathbb{E}[X]) \\le \\mathbb{E}[g(X)]``,
``\\int p(x) g(z - x) dx`` -- uses it as a function, as f, g and h are used: read
as a number, g(E[X]) = g E[X] would prove Jensen's inequality for every g, and
g(z - x) = g z - g x would refute a convolution.  Such a letter is read as a
function of what its parenthesis holds, in every formula of the note.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.numbers import convention
from diffproof.notecheck.vocabulary import ascending, keys_in, last_factor, nodes, rebuilt

Key = tuple[str, str, str]

#: A letter, in a font or not, and its index if any (``g``, ``\\sigma``, ``\\mathrm{f}``, ``f_1``, ``h_{ij}``).
_NAME = r"(\\[A-Za-z]+\{)?\\?[A-Za-z]+\}?\s*(_\s*(\{[^{}]*\}|\\[A-Za-z]+|\w)\s*)?"
#: A sizing command before the parenthesis, if any (``f\\left(x\\right)``, ``f\\bigl(x\\bigr)``: f(x) set larger).
_SIZED = r"(\\(left|[bB]igg?l?)(?![A-Za-z])\s*)?"
#: What may stand between where a letter starts and its parenthesis: the letter, and a sizing command.
_LETTER = re.compile(_NAME + _SIZED)
#: The same with a power between (``g^2(t)``, ``\\sigma^{2}(t)``: the function's value squared).
_POWERED = re.compile(_NAME + r"\^\s*(\{[^{}]*\}|\w)\s*" + _SIZED)
#: An exponent that is a parenthesised order, a derivative's, not a power (``g^{(1)}``, ``g^{\\left(n\\right)}``,
#: ``g^{\\bigl(1\\bigr)}``, ``g^{{(1)}}``): ``^{``, then nothing but spaces, braces and sizing commands before ``(``.
DERIVATIVE_ORDER = re.compile(r"\^\s*\{(\s|\{|\\(left|[bB]igg?l?)(?![A-Za-z]))*\(")


def always_applied(
    formulas: Iterable[tuple[str, syntax.Node | None]], defined: frozenset[Key] = frozenset()
) -> frozenset[Key]:
    """The one-letter names written only before a parenthesis in ``formulas`` (each its text and tree); π and e
    only when the note defines them as functions (``defined``: ``\\pi(\\theta) := ...``)."""
    applied, written = _counts(formulas)
    return frozenset(
        key
        for key, count in applied.items()
        if count == written[key] and (key[0] not in CONSTANT_LETTERS or key in defined)
    )


def ever_applied(formulas: Iterable[tuple[str, syntax.Node | None]], constants: bool = False) -> frozenset[Key]:
    """The one-letter names written before a parenthesis at least once (``h(x_t)``): maybe functions; π and e
    only with ``constants`` (a sentence's "Let $\\pi(x)$ be the prior")."""
    applied, _ = _counts(formulas)
    return frozenset(key for key in applied if constants or key[0] not in CONSTANT_LETTERS)


def applied_only(formulas: Iterable[tuple[str, syntax.Node | None]], names: frozenset[Key]) -> list[Key]:
    """The letters of ``names`` that ``formulas`` write, and only ever right before a parenthesis (``h(x + y) =
    h(x) + h(y)``; not ``c(a + b) = c a + c b``, where c alone is a number)."""
    applied, written = _counts(formulas)
    return sorted(key for key, count in applied.items() if key in names and count == written[key])


def applied_to_numbers(formulas: Iterable[tuple[str, syntax.Node | None]], names: frozenset[Key]) -> list[Key]:
    """The letters of ``names`` that ``formulas`` write before a parenthesis holding numbers only (``f(0)``,
    ``f(-1)``): a value of a function, hardly a product, even where the step writes the letter alone too
    (``f(x) - f(0) = f x``)."""
    found = {
        name.key
        for text, node in formulas
        if node is not None
        for product, name in _applications(text, node)
        if name.key in names and _numeric(_argument(text, product)[0])
    }
    return sorted(found)


def _numeric(node: syntax.Node) -> bool:
    """Whether ``node`` writes numbers only (``0``, ``-1``, ``\\tfrac12``, ``1 + 1``, ``\\sqrt 2``, ``\\pi``)."""
    names = [n for n in nodes(node) if isinstance(n, syntax.Name)]
    return all(n.base in CONSTANT_LETTERS and not n.index for n in names)


def defined_as_functions(definitions: Iterable[str]) -> frozenset[Key]:
    """The letters that the left sides of definitions apply to a parenthesis: ``\\pi(\\theta)`` defines π."""
    found = set()
    for text in definitions:
        match = _DEFINED_CALL.match(text)
        if match is not None:
            found.add((match.group(1), "", ""))
    return frozenset(found)


_DEFINED_CALL = re.compile(r"\s*\\?([A-Za-z]+)\s*\(")


def _counts(formulas: Iterable[tuple[str, syntax.Node | None]]) -> tuple[Counter[Key], Counter[Key]]:
    applied: Counter[Key] = Counter()
    written: Counter[Key] = Counter()
    for text, node in formulas:
        if node is None:
            continue
        applied_here, written_here = _formula_counts(text, node)
        applied.update(applied_here)
        written.update(written_here)
    return applied, written


@syntax.remembered_by_identity(kept=16384)
def _formula_counts(text: str, node: syntax.Node) -> tuple[tuple[Key, ...], tuple[Key, ...]]:
    """The keys of the letters one formula applies, and of those it writes otherwise, each as often as written (a
    note's formulas are counted again for each set of them :func:`_counts` is asked about)."""
    called = {id(n.name) for n in nodes(node) if isinstance(n, syntax.Call)}  # s(x | y), L(phi, theta): applied
    written = tuple(n.key for n in nodes(node) if _letter(n) and id(n) not in called)
    return tuple(name.key for _, name in _applications(text, node)), written


def as_functions(text: str, node: syntax.Node | None, names: frozenset[Key]) -> syntax.Node | None:
    """``node`` (parsed from ``text``) with every product ``g(...)`` of a letter in ``names`` read as g applied."""
    if node is None or not names:
        return node
    found = {id(product): name for product, name in _applications(text, node) if name.key in names}

    def applied(product: syntax.Node) -> syntax.Node | None:
        if id(product) not in found:
            return None
        name = found[id(product)]
        argument, power_after = _argument(text, product)
        call: syntax.Node = syntax.Call(name.position, name, (rebuilt(argument, applied),))
        if power_after is not None:  # g(t)^2: g(t) squared
            call = syntax.Power(power_after.position, call, rebuilt(power_after.exponent, applied))
        factor = product.left.right if isinstance(product.left, syntax.Binary) else product.left
        power = factor.operand if isinstance(factor, syntax.Negative) else factor
        if isinstance(power, syntax.Power):  # g^2(t): g applied, squared, or g applied twice (not f^{-1}(x))
            call = _powered(name, call, power)
        if isinstance(factor, syntax.Negative):  # -g(x): minus g applied
            call = syntax.Negative(factor.position, call)
        if factor is product.left:
            return call
        return syntax.Binary(product.left.position, "*", rebuilt(product.left.left, applied), call)

    return rebuilt(node, applied) if found else node


def _powered(name: syntax.Name, call: syntax.Call, power: syntax.Power) -> syntax.Node:
    """``g^2(t)`` with ``call`` g(t): a Greek letter's value squared (``\\sigma^2(t)``, a variance); a general
    function's value squared or the function applied twice, both kept; ``f^{-1}(x)``, an inverse function, or
    another exponent (``f^n(x)``), an error (:class:`InvalidAnswer`): never the reciprocal of the value."""
    if isinstance(power.exponent, syntax.Negative):
        raise InvalidAnswer(
            "a function with the exponent -1 before its argument may be its inverse function, not the "
            "reciprocal of its value: write (f(x))^{-1} or \\frac{1}{f(x)} for the reciprocal",
            power.position,
        )
    if name.base in syntax.GREEK:
        return syntax.Power(power.position, call, power.exponent)
    return syntax.power_or_iterate(call, power.exponent, power.position, power.position)


def _argument(text: str, product: syntax.Binary) -> tuple[syntax.Node, syntax.Power | None]:
    """What the letter of ``product`` (a letter times a parenthesis) is applied to, and the power written after
    the parenthesis, if any: ``g(t)^2`` parses as g * (t)^2, and squares g(t), not t, as ``g(t^2)`` would."""
    right = product.right
    if isinstance(right, syntax.Power) and _closed_before(text, product.position, right.position):
        return right.base, right
    return right, None


def _closed_before(text: str, start: int, end: int) -> bool:
    """Whether the parenthesis (or bracket) opened at ``start`` in ``text`` is closed before ``end``."""
    opening = text[start]
    depth = 0
    for character in text[start:end]:
        depth += {opening: 1, _CLOSING[opening]: -1}.get(character, 0)
        if depth == 0:
            return True
    return False


#: The brackets a function's argument may be set in (``f(x)``, and ``F[x]`` as functionals are written).
_CLOSING = {"(": ")", "[": "]"}

#: Letters that name numbers, not functions unless the note defines them so: 2\\pi(1 - a) is a product.
CONSTANT_LETTERS = frozenset({"pi", "e"})


def _letter(node: syntax.Node) -> bool:
    """A name that may be a function: a letter, an indexed one (``f_1``, ``h_t``) unless a convention makes it a
    number of the schedule (``\\alpha_t(1 - \\bar\\alpha_{t-1})`` is a product), or a word (applied only where it is
    set upright, :data:`_UPRIGHT`)."""
    return (
        isinstance(node, syntax.Name)
        and not (node.index and convention(node) is not None)
        and node.base not in syntax.NOTE_DENSITY_BASES
    )


#: A word set upright as operators are (``\\operatorname{sigmoid}``, ``\\mathrm{ReLU}``): before a parenthesis, applied.
_UPRIGHT = re.compile(r"\\(?:operatorname\*?|mathrm|text|textrm)\s*\{\s*[A-Za-z]{2,}\s*\}")


def _applications(text: str, node: syntax.Node) -> Iterator[tuple[syntax.Binary, syntax.Name]]:
    """Each product of ``node`` whose right factor is a parenthesis written right after a letter, or a power of
    one, with the letter: ``g(z - x)`` parses as g * (z - x), ``p(x) g(z - x)`` as (p(x) * g) * (z - x), and
    ``g^2(t)`` as g^2 * t."""
    for product in nodes(node):
        if not (isinstance(product, syntax.Binary) and product.operator == "*"):
            continue
        factor = last_factor(product.left)
        name = factor.base if isinstance(factor, syntax.Power) else factor
        if not _letter(name) or text[product.position : product.position + 1] not in _CLOSING:
            continue
        if not (len(name.base) == 1 or name.base in syntax.GREEK or _UPRIGHT.match(text, name.position)):
            continue  # ab(x + y): letters typed together, a product; \operatorname{sigmoid}(2a): a function
        between = _POWERED if isinstance(factor, syntax.Power) else _LETTER
        written = text[name.position : product.position]
        if between.fullmatch(written) and not DERIVATIVE_ORDER.search(written):
            yield product, name


def applied_to(formulas: Iterable[tuple[str, syntax.Node | None]]) -> dict[Key, frozenset[Key]]:
    """By each name ``formulas`` write applied to arguments (``h(x) = x^2``, ``h(x_t)``, ``h_\\theta(x)``,
    ``p(x | y)``), the keys of every name written in those arguments, wherever it is applied."""
    found: dict[Key, set[Key]] = {}
    for text, node in formulas:
        if node is None:
            continue
        calls = [(n.name, (*n.arguments, *n.given)) for n in nodes(node) if isinstance(n, syntax.Call)]
        products = [(name, (_argument(text, product)[0],)) for product, name in _applications(text, node)]
        for name, arguments in calls + products:
            if isinstance(name, syntax.Name):
                key = (name.base, name.decoration, ascending(name.index))
                found.setdefault(key, set()).update(k for a in arguments for k in keys_in(a))
    return {name: frozenset(keys) for name, keys in found.items()}


def only_before_parentheses(formulas: Iterable[tuple[str, syntax.Node | None]]) -> frozenset[Key]:
    """The names ``formulas`` write, each time, applied or right before a parenthesis (``m(\\tilde x)``, also where
    the parser reads it as a product: ``\\frac{d}{dx} m(x)``), never alone."""
    before: set[Key] = set()
    alone: set[Key] = set()
    for text, node in formulas:
        if node is None:
            continue
        called = {id(n.name) for n in nodes(node) if isinstance(n, syntax.Call)}
        for name in (n for n in nodes(node) if isinstance(n, syntax.Name)):
            letter = _LETTER.match(text, name.position)
            opened = letter is not None and text[letter.end() : letter.end() + 1] in _CLOSING
            key = (name.base, name.decoration, ascending(name.index))
            (before if id(name) in called or opened else alone).add(key)
    return frozenset(before - alone)
