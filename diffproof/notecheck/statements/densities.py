"""The densities a note's maths writes: how each is spelled (with and without a model's parameter), the
letters each law draws, and the chains and marginals an equation states."""

from __future__ import annotations

import re
from collections.abc import Iterable

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import ChainStatement, chain_statement, chains_within, law_letter, law_named
from diffproof.notecheck.contexts import CHAINED
from diffproof.notecheck.statements.formulas import LAWS, Formula, Key, Stated, _variables, defined_name, name_key
from diffproof.notecheck.vocabulary import display_name, keys_in, nodes


def _density_spelling(node: syntax.Call) -> tuple:
    """A density's law letter and variables, whatever model index it is written with."""
    keys = tuple(tuple(sorted(keys_in(a))) for a in (*node.arguments, *node.given))
    return node.name.base, node.name.decoration, len(node.arguments), keys


def _parameter_given(formulas: Iterable[Formula]) -> frozenset[Key]:
    """The laws written both given a model's parameter and without it, of the same variables (``q(Z | \\theta)``
    beside ``q(Z)``), where no density is written of the parameter itself (p(theta) makes theta random)."""
    calls = [n for f in formulas if f.node is not None for n in nodes(f.node) if law_letter(n) is not None]
    random = {key for call in calls for a in call.arguments for key in keys_in(a)}
    written = {(law_letter(call), _shown_keys(call.arguments), _shown_keys(call.given)) for call in calls}
    found = set()
    for law, variables, given in written:
        parameters = {key for key in given if key[0] in syntax.MODEL_INDICES and not key[1] and not key[2]}
        if parameters and not parameters & random and (law, variables, given - parameters) in written:
            found.add(law)
    return frozenset(found)


def _shown_keys(nodes_: Iterable[syntax.Node]) -> frozenset[Key]:
    return frozenset(key for node in nodes_ for key in keys_in(node))


def _spellings(formulas: Iterable[Formula]) -> dict[tuple, set[str]]:
    found: dict[tuple, set[str]] = {}
    for formula in formulas:
        for node in nodes(formula.node) if formula is not None and formula.node is not None else ():
            if isinstance(node, syntax.Call) and law_letter(node) is not None:
                found.setdefault(_density_spelling(node), set()).add(node.name.index)
    return found


def _law_densities(item: Stated) -> list[syntax.Call]:
    """The densities a law makes its own: ``x, z \\sim N(0, 1)`` states the plain p(x) and p(z) (``x_0 \\sim
    q(x_0)`` names its density itself)."""
    variables = item.name.node if item.kind in LAWS and item.name is not None else None
    body = item.body.node if item.body is not None else None
    if not isinstance(variables, syntax.Call) or (isinstance(body, syntax.Call) and law_letter(body) is not None):
        return []
    return [syntax.Call(v.position, syntax.Name(v.position, "p"), (v,)) for v in variables.arguments
            if isinstance(v, syntax.Name)]  # fmt: skip


def _stated_densities(item: Stated) -> list[syntax.Node]:
    """What a definition or law states the value of: densities, a name, or nothing."""
    if item.kind in LAWS:
        return list(_law_densities(item))
    if item.kind == "definition" and item.name is not None and item.name.node is not None:
        return [defined_name(item.name.node) or item.name.node]
    return []


def _spelled_twice_key(spelling: tuple, spellings: dict[tuple, set[str]]) -> bool:
    return len({i for i in spellings.get(spelling, ()) if i in syntax.MODEL_INDICES or not i}) > 1


def _bare_laws(formulas: Iterable[Formula]) -> dict[tuple[str, str], set[str]]:
    """The laws written bare under an expectation (``E_{p_\\theta}[x]``, ``E_p``), by letter, with their indices."""
    found: dict[tuple[str, str], set[str]] = {}
    for formula in formulas:
        for node in nodes(formula.node):
            measure = node.measure if isinstance(node, syntax.Expectation) else None
            if isinstance(measure, syntax.Name) and measure.base in syntax.NOTE_DENSITY_BASES:
                found.setdefault((measure.base, measure.decoration), set()).add(measure.index)
    return found


def _spelled_twice(target: syntax.Node, spellings: dict[tuple, set[str]]) -> bool:
    """Whether the density ``target`` is also written with another model index (p(x) and p_theta(x)): the kernel
    reads both as the law p, but a note may mean two laws (the data's and the model's), so an equation for one
    defines neither."""
    if not (isinstance(target, syntax.Call) and law_letter(target) is not None):  # a name, or unreadable (None)
        return False
    return _spelled_twice_key(_density_spelling(target), spellings)


def _defined_keys(definition: Stated) -> set[Key]:
    """The key of the name a definition defines, as :func:`keys_in` writes it (a density's: its letter's)."""
    (target,) = _stated_densities(definition)
    return keys_in(target.name if isinstance(target, syntax.Call) else target)


def _new_chain(
    name: Formula | None, body: Formula | None, declared: bool, chained: set[Key], used: set[tuple]
) -> ChainStatement | None:
    """The chain ``name = body`` states: the joint's first equation, written as the product of its transitions,
    for a law whose chain the note has not stated yet (under a declared context, which states the chains of q and
    p, such an equation for one of them is a claim), and a joint no claim or definition has ``used`` before;
    else None."""
    if name is None or body is None or name.node is None or body.node is None:
        return None
    chain = chain_statement(name.node, body.node)
    if chain is None or (declared and chain.law in CONTEXT_LAWS):
        return None
    return chain if _first(chain, chained, used) else None


def _new_chains_within(
    lhs: Formula, rhs: Formula, declared: bool, chained: set[Key], used: set[tuple]
) -> tuple[ChainStatement, ...]:
    """The chains a step states by factoring joints in place (:func:`chains_within`), each the first statement
    of its law's chain, as for :func:`_new_chain`; () when there is none, or one of them is not the first."""
    if lhs.node is None or rhs.node is None:
        return ()
    chains = chains_within(lhs.node, rhs.node)
    if declared and any(chain.law in CONTEXT_LAWS for chain in chains):
        return ()
    return chains if all(_first(chain, chained, used) for chain in chains) else ()


def _first(chain: ChainStatement, chained: set[Key], used: set[tuple]) -> bool:
    return chain.law not in chained and name_key(chain.joint) not in used


def _law_letters(formulas: Iterable[syntax.Node | None], given: bool = False) -> dict[str, frozenset[tuple[str, str]]]:
    """Each law's letters the note writes its densities of (``given``: conditioned on, x in q(z | x))."""
    letters: dict[str, set[tuple[str, str]]] = {}
    for formula in formulas:
        for call in nodes(formula) if formula is not None else ():
            law = law_letter(call)
            if law is not None:
                written = call.given if given else call.arguments
                variables = {(a.base, a.decoration) for a in written if isinstance(a, syntax.Name)}
                letters.setdefault(display_name(law), set()).update(variables)
    return {law: frozenset(found) for law, found in letters.items()}


def _drawn_letters(stated: Iterable[Stated]) -> dict[str, frozenset[tuple[str, str]]]:
    """Each law's letters a statement ``vars \\sim law`` draws from it, where its right side names the law, bare or
    as a density (``x, z \\sim q``, ``(x, z) \\sim q_\\phi``, ``x \\sim q(x)``): its variables, as q(x, z) would."""
    letters: dict[str, set[tuple[str, str]]] = {}
    for item in stated:
        law = _law_named(item.body.node) if item.kind in LAWS and item.body is not None else None
        if law is None:
            continue
        left = item.text.partition("\\sim")[0].strip()
        tuple_ = re.fullmatch(r"\((.*,.*)\)", left)  # (x, z): the variables, jointly
        variables = _variables(tuple_.group(1) if tuple_ else left, item.line).node
        written = variables.arguments if isinstance(variables, syntax.Call) else ()
        letters.setdefault(display_name(law), set()).update((a.base, a.decoration) for a in written
                                                            if isinstance(a, syntax.Name))  # fmt: skip
    return {law: frozenset(found) for law, found in letters.items()}


def _law_named(node: syntax.Node | None) -> Key | None:
    """The law a node names: a density's (``q(x)``) or a bare law name's (``q``, ``q_\\phi``: the law q); None for a
    distribution (``\\mathcal{N}(0, 1)``) or anything else."""
    return law_named(node) or law_letter(node) if node is not None else None


def _calls_in(node: syntax.Node) -> set[tuple]:
    """The densities and functions written in ``node``, each as :func:`name_key` tells them apart."""
    return {name_key(current) for current in nodes(node) if isinstance(current, syntax.Call)}


def _letters(nodes_: Iterable[syntax.Node]) -> frozenset[tuple[str, str, bool]]:
    """The variables written in ``nodes_``, an indexed one by its letter (x_t and x_{1:T} overlap), a bare one
    (x) apart from the indexed ones."""
    return frozenset((key[0], key[1], bool(key[2])) for node in nodes_ for key in keys_in(node))


def _use_laws(laws_used: dict[tuple[str, str, str], frozenset | None], node: syntax.Node) -> None:
    """Record the laws ``node`` writes and their variables' letters (None: an expectation under a law's name
    alone, E_q[...], whose variables are not written)."""
    for current in nodes(node):
        letter = law_letter(current)
        if letter is not None and laws_used.get(letter, frozenset()) is not None:
            laws_used[letter] = laws_used.get(letter, frozenset()) | _letters((*current.arguments, *current.given))
        if isinstance(current, syntax.Expectation) and isinstance(current.measure, syntax.Name):
            measure = current.measure
            laws_used[(measure.base, measure.decoration, "" if measure.index in syntax.MODEL_INDICES
                       else measure.index)] = None  # fmt: skip


def _new_variables(target: syntax.Node, seen: frozenset | None) -> bool:
    """Whether the density ``target`` is of variables none of whose letters its law has written (``seen``)."""
    return seen is not None and isinstance(target, syntax.Call) and not _letters(target.arguments) & seen


def _start_law(lhs: Formula, rhs: Formula, claim: bool) -> Formula | None:
    """The start x_0, as the variables of a law, where an equation gives the data a law: one side a marginal
    density free of the other's densities, of a variable at index 0 in a ``claim`` (``q(x_0) = N(x_0; 0, 1)``, which
    no rule checks) or of a law named for the data (``p_{\\text{data}}(x) = N(x; 0, 1)``, a definition too); else
    None.  The steps after it are about data of that law, which a counterexample may not draw for itself."""
    for density, other in ((lhs, rhs), (rhs, lhs)):
        call = density.node
        if not (isinstance(call, syntax.Call) and law_letter(call) is not None and other.node is not None):
            continue
        variable, *more = call.arguments or (None,)
        if call.given or more or not isinstance(variable, syntax.Name) or _laws_in(other.node):
            continue
        if (claim and variable.index == "0") or "data" in call.name.index.lower():
            return _variables("x_0", density.line)
    return None


def _laws_in(node: syntax.Node) -> set[tuple[str, str, str]]:
    found = set()
    for current in nodes(node):
        letter = law_letter(current)
        if letter is not None:
            found.add(letter)
        if isinstance(current, syntax.Expectation) and isinstance(current.measure, syntax.Name):
            measure = current.measure
            found.add(
                (measure.base, measure.decoration, "" if measure.index in syntax.MODEL_INDICES else measure.index)
            )
    return found


def _into_marginals(target: syntax.Node, body: syntax.Node) -> bool:
    """Whether ``target = body`` factors a joint density into densities of its law given nothing (``p(x, y) =
    p(x) p(y)``), or drops all that a density is given (``p(x | y) = p(x)``): independence, which the kernel does
    not read from a sentence."""
    law = law_letter(target)
    if law is None:
        return False
    if target.given and isinstance(body, syntax.Call) and law_letter(body) == law and not body.given:
        return [keys_in(a) for a in body.arguments] == [keys_in(a) for a in target.arguments]
    return len(target.arguments) > 1 and _marginals(body, law)


def _marginals(body: syntax.Node, law: tuple[str, str] | None = None) -> bool:
    """Whether ``body`` multiplies two or more densities given nothing, of one law (``law`` if given)."""
    calls = [n for n in nodes(body) if isinstance(n, syntax.Call) and law_letter(n) is not None]
    law = law or (law_letter(calls[0]) if calls else None)
    return len(calls) > 1 and all(law_letter(c) == law and not c.given for c in calls)


#: The laws whose chains a named context states, as law keys: the forward process q and the model p (p_theta).
CONTEXT_LAWS = frozenset((law, "", "") for law in CHAINED)


def ties_laws(target: syntax.Node | None, body: syntax.Node | None) -> bool:
    """Whether ``target = body`` gives a density (``q(x, z)``) by densities of another law (``p(x) q(z | x)``): not
    an identity among one law's densities (Bayes' rule, which is checked), but a tie between laws."""
    letter = law_letter(target) if target is not None and body is not None else None
    return letter is not None and bool(_laws_in(body) - {letter})


def density_written(target: syntax.Node, written: set[tuple]) -> bool:
    """Whether the density ``target`` is among ``written`` (:func:`name_key`), its variables in any order:
    ``q(z, x)`` is the joint ``q(x, z)``."""
    key = name_key(target)
    return any(
        other[:2] == key[:2]
        and sorted(map(repr, other[2])) == sorted(map(repr, key[2]))
        and set(other[3]) == set(key[3])
        for other in written
        if other[0] == "call"
    )
