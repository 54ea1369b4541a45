"""Laws a note makes rather than names: a name defined by an equation from other names (``x_0 = g_1 / g_2``,
``x_0 = 1/g``, ``x_0 = \\tan(u)``) has the law of that transformation of theirs, and its moments are those of the
transformation, not the ones a law named for it would have.  Only what surely keeps every moment is trusted:
polynomials of names (their coefficients free of random names) keep the moments of names that have every moment;
a quotient by a random name (1/g of a Gaussian g has no mean), a power of negative or unread exponent, a function
(tan, log, a root) of a random name, or an equation whose right side is not read, give the name a tail not read
(fail-safe: an expectation of it is then held, never trusted)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import SCHEDULE
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import LAWS, Stated, _variables
from diffproof.notecheck.statements.laws import BESIDE_INDEPENDENCE
from diffproof.notecheck.statements.normals_in_words import NORMAL_IN_WORDS
from diffproof.notecheck.statements.tails import DENSITY_LAW, Tail, _merged, densities_defined
from diffproof.notecheck.vocabulary import CONSTANTS, Key, NoteVocabulary, nodes

#: Names taken as never random unless the note gives them a law or says them independent (:func:`said_random`): the
#: constants e and π, a diffusion schedule's α_t, ᾱ_t and β_t, and the letters of time indices (t, T).
_NOT_RANDOM = frozenset({("t", ""), ("T", "")}) | SCHEDULE | {key[:2] for key in CONSTANTS}


def said_random(stated: Iterable[Stated]) -> frozenset[Key]:
    """The names the note gives a law (``\\alpha \\sim N(0, 1)``) or says independent of others (``with $g,
    \\alpha$ independent standard normal``): random variables, whatever their letters are elsewhere."""
    found = set()
    for item in stated:
        if (
            item.name is not None
            and item.name.node is not None
            and not item.denied
            and (item.kind in LAWS or (item.kind == "relation" and item.text.endswith(BESIDE_INDEPENDENCE)))
        ):
            found |= {n.key for n in nodes(item.name.node) if isinstance(n, syntax.Name)}
    return frozenset(found)


def _random(node: syntax.Node, fixed: frozenset[Key] = frozenset(), said: frozenset[Key] = frozenset()) -> bool:
    """Whether ``node`` writes a name that may be random: any name but :data:`_NOT_RANDOM` (unless ``said``
    random), the names ``fixed`` (the note defines them of no random name) and the indices of its sums and products
    (``i`` in ``\\prod_{i=1}^t \\alpha_i``).  Fail-safe: a name the note leaves a constant only holds."""
    written = list(nodes(node))
    bound = {n.index.key for n in written if isinstance(n, syntax.Series) and isinstance(n.index, syntax.Name)}
    return any(
        isinstance(n, syntax.Name) and (n.key[:2] not in _NOT_RANDOM or n.key in said) and n.key not in bound | fixed
        for n in written
    )


def keeps_moments(node: syntax.Node, fixed: frozenset[Key] = frozenset(), said: frozenset[Key] = frozenset()) -> bool:
    """Whether ``node``, a function of its names, surely has every moment where its random names have every moment
    (:func:`_random`, ``fixed`` names aside): a number, a name, a sum, difference or product of such, a power of one
    with a nonnegative integer exponent, a quotient by an expression of no random name, or anything written of no
    random name.  A quotient by a random name, a function of one (tan, log, a root, exp) or a power of another
    exponent is not trusted (``said``: the names said random, :func:`said_random`)."""
    if not _random(node, fixed, said):
        return True
    if isinstance(node, syntax.Name):
        return True
    if isinstance(node, syntax.Negative):
        return keeps_moments(node.operand, fixed, said)
    if isinstance(node, syntax.Ambiguous):
        return all(keeps_moments(reading, fixed, said) for reading in node.readings)
    if isinstance(node, syntax.Binary) and node.operator in ("+", "-", "*"):
        return keeps_moments(node.left, fixed, said) and keeps_moments(node.right, fixed, said)
    if isinstance(node, syntax.Binary) and node.operator == "/":
        return keeps_moments(node.left, fixed, said) and not _random(node.right, fixed, said)
    if isinstance(node, syntax.Power):
        exponent = value(node.exponent)
        whole = exponent is not None and exponent.is_integer and exponent.is_nonnegative
        return bool(whole) and keeps_moments(node.base, fixed, said)
    return False


def _definition(item: Stated, said: frozenset[Key]) -> tuple[Stated, syntax.Name, syntax.Node | None] | None:
    """The name an item defines and its body (None where the equation's right side is not read: ``x_0 = \\tan(u)``),
    or None where the item defines no name alone or one no note makes random (``\\bar\\alpha_t``).  A power of a
    name defined (:func:`_powered`: ``\\sigma^2 = 1/(\\alpha_t / \\beta_t + 1)``) defines the name as its body does:
    of fixed names, the name's size is fixed (a root of a constant); of random ones, the name is random, and its
    tail no heavier than the body's (|b|^{1/k} <= 1 + |b|), so reading it as the body's only holds more."""
    name = _powered(item.name.node) if item.name is not None else None
    if item.denied or name is None or not _random(name, said=said):
        return None
    if item.kind == "definition" and item.body is not None and item.body.node is not None:
        return item, name, item.body.node
    if item.kind == "unread equation":
        return item, name, None
    return None


def _powered(node: syntax.Node | None) -> syntax.Name | None:
    """The name ``node`` writes alone (``\\sigma``) or raised to a whole positive power (``\\sigma^2``), else
    None."""
    if isinstance(node, syntax.Power) and isinstance(node.exponent, syntax.Number):
        whole = value(node.exponent)
        return (
            node.base
            if isinstance(node.base, syntax.Name) and whole is not None and whole.is_integer and whole > 0
            else None
        )
    return node if isinstance(node, syntax.Name) else None


def _tied_by_equations(stated: Iterable[Stated], said: frozenset[Key]) -> list[tuple[Stated, list[syntax.Name]]]:
    """The equations the note states that tie random names without defining one by its left side (``g_2 x_0 =
    g_1``, ``g_1 / g_2 = x_0``: x_0 is then g_1 / g_2), each with the names it writes that may be random: which
    of them it makes a transformation of the others is not read, so each gets a tail not read (fail-safe, as a law
    stated of a formula of names does).  An equation that writes no name said random (a law's or one said
    independent), gives a name a number (``\\sigma = 2``), or defines a function on one side (``f(x_{1:T}) = \\ln
    p_\\theta(x_0 | x_1)``: it says what f is, not what its arguments are), ties nothing here."""
    found = []
    for item in stated:
        statement = item.name.node if item.name is not None and not item.denied else None
        if item.kind != "relation" or not isinstance(statement, syntax.Statement):
            continue
        if set(statement.relations) != {"="} or any(value(operand) is not None for operand in statement.operands):
            continue
        if any(isinstance(operand, syntax.Call) and operand.name.key not in said for operand in statement.operands):
            continue
        written = [n for operand in statement.operands for n in nodes(operand) if isinstance(n, syntax.Name)]
        if any(n.key in said for n in written):
            found.append((item, [n for n in written if _random(n, said=said)]))
    return found


def _said_independent_of_its_body(
    stated: list[Stated], definitions: list[tuple[Stated, syntax.Name, syntax.Node | None]], said: frozenset[Key]
) -> list[tuple[Stated, list[syntax.Name]]]:
    """The definitions whose own line says the defined name independent of a random name its body writes (``Let $h_1
    = h_2 x_0$ with $h_1, h_2$ independent standard normal``), each with those names: a name independent of what
    defines it is a variable of its own, so the equation ties the others (x_0 = h_1 / h_2, a ratio of normals),
    solved for none, as :func:`_tied_by_equations` reads one.  A law given elsewhere (x_t's given x_0) is no such
    saying."""
    together: dict[int, set[Key]] = {}  # the names said independent on each line (fail-safe: a line, not a list)
    for item in stated:
        if item.kind == "relation" and item.text.endswith(BESIDE_INDEPENDENCE) and item.name is not None:
            if item.name.node is not None and not item.denied:
                together.setdefault(item.line, set()).update(n.key for n in nodes(item.name.node)
                                                             if isinstance(n, syntax.Name))  # fmt: skip
    found = []
    for item, name, body in definitions:
        tied = [n for n in nodes(body) if isinstance(n, syntax.Name) and _random(n, said=said)] if body else []
        listed = together.get(item.line, set())
        if name.key in listed and ({n.key for n in tied} - {name.key}) & listed:
            found.append((item, [name, *tied]))
    return found


def _given_laws(stated: Iterable[Stated]) -> dict[Key, list[syntax.Node | None]]:
    """The names the note gives a law of their own, in maths or as a normal law in words, each with the laws' maths
    (None where not read); a pair's law (``(h_1, h_2) \\sim \\mathcal{N}(0, I)``) is given to each of its names."""
    found: dict[Key, list[syntax.Node | None]] = {}
    for item in stated:
        if item.denied or item.kind not in (*LAWS, NORMAL_IN_WORDS):
            continue
        side = item.name.node if item.name is not None else None
        if side is None and "\\sim" in item.text:
            side = _variables(item.text.partition("\\sim")[0].strip().removeprefix("(").removesuffix(")"), 0).node
        law = item.body.node if item.body is not None else None
        side = side.arguments if isinstance(side, syntax.Call) else (side,)  # P(h_1, h_2): its arguments
        for n in (n for part in side if part is not None for n in nodes(part)):
            if isinstance(n, syntax.Name):
                found.setdefault(n.key, []).append(law)
    return found


def _product_of_random(node: syntax.Node, said: frozenset[Key]) -> bool:
    """Whether ``node`` writes a product or a quotient of two random names' formulas (``h_2 x_0``, ``g / h``)."""
    return any(
        isinstance(n, syntax.Binary)
        and n.operator in ("*", "/")
        and _random(n.left, said=said)
        and _random(n.right, said=said)
        for n in nodes(node)
    )


def _lawful_products(
    stated: list[Stated], definitions: list[tuple[Stated, syntax.Name, syntax.Node | None]], said: frozenset[Key]
) -> list[tuple[Stated, list[syntax.Name]]]:
    """The definitions of a name the note gives a law of its own as a product or quotient of random names one of which
    has a law too (``h_1 = h_2 x_0`` with h_1, h_2 normal), each with the names: unless their joint law is read, h_1
    may be independent of h_2 and x_0 = h_1 / h_2 a ratio with no mean, so the equation ties them as
    :func:`_said_independent_of_its_body` does, whatever the note says of their independence (fail-safe: it only
    holds).  A law of the name written of the body's names (x_t's law given x_0) says how they depend: none such."""
    laws = _given_laws(stated)
    found = []
    for item, name, body in definitions:
        if body is None or name.key not in laws or not _product_of_random(body, said):
            continue
        tied = [n for n in nodes(body) if isinstance(n, syntax.Name) and _random(n, said=said) and n.key != name.key]
        written = {n.key for n in tied}
        conditional = any(
            law is not None and written & {n.key for n in nodes(law) if isinstance(n, syntax.Name)}
            for law in laws[name.key]
        )
        if not conditional and written & laws.keys():
            found.append((item, [name, *tied]))
    return found


def _fixed(definitions: list[tuple[Stated, syntax.Name, syntax.Node | None]], said: frozenset[Key]) -> frozenset[Key]:
    """The names the note defines of no random name only (``\\bar\\beta_t = 1 - \\bar\\alpha_t``), and of those, in
    turn: constants, however they are written (a name also defined of a random name, or by an equation not read, is
    none)."""
    fixed: frozenset[Key] = frozenset()
    while True:
        random = {name.key for _, name, body in definitions if body is None or _random(body, fixed, said)}
        more = {name.key for _, name, body in definitions if body is not None} - random - fixed
        if not more:
            return fixed
        fixed |= more


def _functions_presumed(node: syntax.Node, defined: frozenset[Key]) -> syntax.Node:
    """``node`` with each unknown function's value (``\\mu_\\theta(x_t, t)``, ``\\sigma_\\phi^2(x)``: a letter
    applied that is no density and that the note does not define by a body that may not keep moments) written as
    the function's name: presumed to keep moments, as an unknown density is presumed to have them; a function the
    note defines by such a body (f(y) := y^{-2}, :func:`keeps_moments`) stays applied, not trusted."""
    if isinstance(node, syntax.Call) and law_letter(node) is None and node.name.key not in defined:
        return node.name
    changed = {}
    for field, part in vars(node).items():
        if isinstance(part, syntax.Node):
            changed[field] = _functions_presumed(part, defined)
        elif isinstance(part, tuple) and any(isinstance(p, syntax.Node) for p in part):
            changed[field] = tuple(_functions_presumed(p, defined) if isinstance(p, syntax.Node) else p for p in part)
    return dataclasses.replace(node, **changed) if changed else node


def _function_defined(item: Stated) -> tuple[Key, syntax.Node | None] | None:
    """The function a definition defines by a body and that body (``f(y) := 1/y``, also where the letter applied is
    read as a product, ``f y``, being known as no function), or None."""
    name = item.name.node if item.kind == "definition" and item.name is not None and item.body is not None else None
    if isinstance(name, syntax.Call):
        return name.name.key, item.body.node
    if isinstance(name, syntax.Binary) and name.operator == "*" and isinstance(name.left, syntax.Name):
        return name.left.key, item.body.node
    return None


def _gaussian_laws(stated: Iterable[Stated]) -> list[tuple[Stated, syntax.Call, syntax.Gaussian]]:
    """The Gaussian laws the note states, each with the density it is stated of and the Gaussian: a density written
    as a formula (:data:`~.tails.DENSITY_LAW`, ``p(x \\mid y) = \\mathcal{N}(x; y, 1)``) or a law said with
    ``\\sim`` (``x \\mid y \\sim \\mathcal{N}(y, 1)``, read as ``P(x \\mid y)``): the same law, however it is
    written."""
    found = []
    for item in stated:
        density = item.name.node if item.name is not None else None
        gaussian = item.body.node if item.body is not None else None
        if item.denied or not isinstance(density, syntax.Call) or not isinstance(gaussian, syntax.Gaussian):
            continue
        if item.kind == DENSITY_LAW or item.kind in LAWS:
            found.append((item, density, gaussian))
    return found


def _gaussian_densities(
    stated: list[Stated], vocabulary: NoteVocabulary, said: frozenset[Key], tails: dict[sp.Symbol, Tail],
    made: frozenset[Key],
) -> tuple[dict[sp.Symbol, Tail], list[tuple[Stated, syntax.Name, syntax.Node | None]]]:  # fmt: skip
    """The variables of Gaussian laws (:func:`_gaussian_laws`, ``p(x \\mid y) = \\mathcal{N}(x; y, 1)``, ``x \\mid
    y \\sim \\mathcal{N}(y, 1)``): x is its mean plus a Gaussian of that covariance, so it has every moment only where
    the covariance is fixed (a Gaussian of random scale, ``\\mathcal{N}(x; 0, y^{-2})`` with y uniform on (0, 1),
    is a scale mixture with no mean) and the mean keeps the moments of names that have them.  Returns a tail not
    read for each variable whose covariance writes a random name (one the note gives a law, a density's variable or
    condition, one with a tail, or one of ``made``: defined of a random name, ``s = 1/u``), and each other variable
    with its mean, read as a definition of it is, the value of each function the note does not define by a body
    read that may not keep moments presumed (``\\mu_\\theta(x_t, t)``, also where its body is not read,
    ``\\color{cyan}{...}``: an unknown function's value is presumed to have its moments; N(x; f(y), 1) with f(y) :=
    1/y keeps f applied, so x's mean is not trusted)."""
    laws = _gaussian_laws(stated)
    random = set(said) | made | {n.key for _, density, _ in laws for part in (*density.arguments, *density.given)
                                 for n in nodes(part) if isinstance(n, syntax.Name)}  # fmt: skip
    random |= {n.key for item in stated if item.kind in LAWS and item.name is not None and item.name.node is not None
               for n in nodes(item.name.node) if isinstance(n, syntax.Name)}  # fmt: skip
    bodies = [found for item in stated if (found := _function_defined(item)) is not None]
    written = frozenset(key for key, _ in bodies)  # a body's own functions: presumed unless the note defines them
    defined = frozenset(key for key, body in bodies
                        if body is None or not keeps_moments(_functions_presumed(body, written), said=said))  # fmt: skip
    heavy = frozenset(key for key, body in bodies if body is not None and key in defined)  # a body read, with a pole
    unread: dict[sp.Symbol, Tail] = {}
    means = []
    for item, density, gaussian in laws:
        variables = [n for a in density.arguments for n in nodes(a) if isinstance(n, syntax.Name)]
        scale = [n for n in nodes(_functions_presumed(gaussian.covariance, defined)) if isinstance(n, syntax.Name)
                 and (n.key in random or vocabulary.symbol(n.key) in tails)]  # fmt: skip
        for variable in variables:
            if scale:
                unread[vocabulary.symbol(variable.key)] = Tail(None, f"${item.text}$, a Gaussian of random scale")
            else:
                mean = _functions_presumed(gaussian.mean, heavy)
                applied = any(isinstance(n, syntax.Name) and n.key in heavy for n in nodes(mean))
                means.append((item, variable, None if applied else mean))  # f y: f(y) read as a product, not read
    return unread, means


def transformed_tails(
    stated: Iterable[Stated], vocabulary: NoteVocabulary, tails: dict[sp.Symbol, Tail]
) -> dict[sp.Symbol, Tail]:
    """``tails`` (the laws with a heavy tail the note names) with the names the note defines as transformations of
    others: a tail not read (exponent None) for one whose body does not keep moments (:func:`keeps_moments`), is not
    read, or writes a name that has a heavy tail itself (``x_0 = 2 c`` with c Cauchy), until no more are found."""
    stated = list(stated)
    stated += densities_defined(stated)  # a density written in a display, as in a sentence
    said = said_random(stated)
    definitions = [found for item in stated if (found := _definition(item, said)) is not None]
    fixed = _fixed(definitions, said)
    found = dict(tails)
    tied = _tied_by_equations(stated, said)
    made = frozenset(name.key for _, name, _ in definitions if name.key not in fixed) | {
        name.key for _, names in tied for name in names
    }  # names defined (or tied) of random names: random themselves, whatever their letters
    scaled, means = _gaussian_densities(stated, vocabulary, said, tails, made)
    definitions += means  # after the fixed names are read: a density's variable is random, whatever its mean
    for symbol, tail in scaled.items():
        found.setdefault(symbol, tail)
    for item, names in [
        *tied,
        *_said_independent_of_its_body(stated, definitions, said),
        *_lawful_products(stated, definitions, said),
    ]:
        for name in names:
            found.setdefault(vocabulary.symbol(name.key), Tail(None, f"${item.text.strip()}$, an equation not solved"))
    while True:
        added = {}
        for item, name, body in definitions:
            symbol = vocabulary.symbol(name.key)
            if symbol in found or symbol in added:
                continue
            heavy = [found[s] for n in (nodes(body) if body is not None else ()) if isinstance(n, syntax.Name)
                     and (s := vocabulary.symbol(n.key)) in found and s != symbol]  # fmt: skip
            if body is None:
                added[symbol] = Tail(None, f"${item.text.strip()}$, not read")
            elif not keeps_moments(body, fixed, said):
                added[symbol] = Tail(None, f"${item.text.strip()}$, a transformation")
            elif heavy:
                added[symbol] = Tail(None, functools.reduce(_merged, heavy).said)
        if not added:
            return found
        found |= added
