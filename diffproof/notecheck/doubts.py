"""What a step's counterexample (or proof) may rely on that the note does not say: the doubts about its laws,
its names and its noises that leave a counterexample untrusted, each with the reason shown."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import sympy as sp

from derivations.kernel.algebra import prove_equal
from derivations.kernel.assumptions import Definition, GaussianSteps, Noises
from derivations.kernel.checking import reconcile
from derivations.kernel.rules import NOISES_APART
from derivations.kernel.sums import Slice
from derivations.kernel.vocabulary import Relation
from derivations.probability import KL, Density, Expectation, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.notation import UNNAMED_LAW
from diffproof.notecheck import contexts
from diffproof.notecheck.aliases import law_as_stated
from diffproof.notecheck.assumptions import StepContext, disputed_reason
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.dependence_graph import DependenceGraph
from diffproof.notecheck.readings import (
    PROPTO,
    Outcome,
    Reading,
    algebraic,
    defined_values,
    random_substituted,
    unfolded,
)
from diffproof.notecheck.statements.densities import CONTEXT_LAWS
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.vocabulary import RANDOM, NoteVocabulary, display_name, last_factor, nodes


def _variables_of_densities(side: sp.Expr) -> set[sp.Basic]:
    """The variables of a side's densities: random variables by the role the note gives them (p(x | y) is a
    function of y), not names its prose may define."""
    return {v for density in side.atoms(Density) for v in (*density.variables, *density.given)}


def _keys_of_definitions(assumptions: list, context: StepContext) -> set:
    """The keys of the names the note's own definitions among the step's assumptions write (a in p(y | x) =
    N(y; a x, s^2)): a counterexample draws them too, so what the note says of them counts as said of the
    step's names.  (A declared context's definitions write its schedule, whose meaning it gives.)"""
    own = {(d.lhs, d.rhs) for d in context.defined.values()}
    symbols = context.vocabulary.symbols
    return {
        symbols[s]
        for a in assumptions
        if isinstance(a, Definition) and (a.lhs, a.rhs) in own
        for s in a.rhs.free_symbols
        if s in symbols
    }


def _parameters_of_laws(definitions: list[Definition]) -> set[sp.Basic]:
    """The names the step's definitions of densities write, but their variables: p(x) = N(x; mu_A, sigma_A^2)
    gives mu_A its meaning in the note's maths (a parameter of the law), not in its prose."""
    found: set[sp.Basic] = set()
    for definition in definitions:
        lhs = definition.lhs
        if isinstance(lhs, Density):
            found |= algebraic(definition.rhs) - set(lhs.variables) - set(lhs.given)
    return found


def doubts(
    reading: Reading,
    relation: Relation | str,
    context: StepContext,
    step_keys: set,
    assumptions: list,
    declared: bool,
    unchained: bool,
) -> str:
    """Why a counterexample to this reading could be a misreading of the note (empty: none).

    A name on one side only may be defined in the note's prose; under a declared context (``ddpm``) the
    schedule's names are not: the context says what they are.  ``unchained``: the step is over sums or
    products, and neither a context nor the note states the chains of its laws."""
    if unchained:
        return ("a step over sums or products is refuted at a small number of steps, but the note does not "
                "declare its Markov structure (% diffproof: context ddpm): the counterexample may ignore it")  # fmt: skip
    disputed = disputed_reason(context, step_keys | _keys_of_definitions(assumptions, context))
    if disputed:
        return f"the note says something the kernel does not model about a name of this step ({disputed})"
    unnamed = _unnamed_beside_a_law(reading) or _whole_beside_its_components(reading, context.vocabulary)
    if unnamed:
        return unnamed
    definitions = [a for a in assumptions if isinstance(a, Definition)]
    lhs, rhs = unfolded(reading.lhs, definitions), unfolded(reading.rhs, definitions)
    points = {s for side in (lhs, rhs) for n in side.atoms(Normal) for s in n.point.free_symbols}
    one_sided = {  # T: a size; x in N(x; m, v) = f(x): the variable of the density on the left
        s for s in algebraic(lhs) ^ algebraic(rhs) if not getattr(s, "is_integer", False) and s not in points
    }
    one_sided -= _parameters_of_laws(definitions) | _variables_of_densities(lhs) | _variables_of_densities(rhs)
    one_sided -= reading.explained  # a claim made of the step (A = B + Const): one-sided as the step wrote it
    given = {a.lhs for a in assumptions if isinstance(a, Definition) and isinstance(a.lhs, Density)}
    made = sorted(
        {
            str(v)
            for side in (reading.lhs, reading.rhs)
            for d in side.atoms(Density) - given  # q(x_t | x_0) the context gives is no law drawn
            for v in d.variables
            if v in context.random_definitions
            and not law_as_stated(v, (lhs, rhs), context, given)  # x := x_0, p(x) given
        }
    )
    if made:  # eps := (x_t - sqrt(abar_t) x_0) / ...: a law of eps alone, drawn by a model, is not the note's
        return (
            f"the note defines {', '.join(made)} as a function of other random variables: its law is theirs, "
            "which a law drawn for it alone need not be"
        )
    bare = function_held_fixed(reading, context.vocabulary) or tied_held_fixed(reading, context)
    if bare:
        return bare
    taken = Counter(density.name for density in given)  # the stated laws the models take, as definitions
    unused = sorted({d.name for side in (reading.lhs, reading.rhs) for d in side.atoms(Density) - given
                     if len(context.gaussian_laws.get(d.name, ())) > taken[d.name]})  # fmt: skip
    if unused:  # p(x_{t-1} | x_t) = N(x_{t-1}; x_t, 1) at a generic t, the step about p(x_{T-1}): a table drawn
        return (f"{'; '.join(context.gaussian_laws[unused[0]])}: Gaussian laws of {unused[0]} that the model of this "
                f"step's densities of {unused[0]} does not all take (it draws a law of its own)")  # fmt: skip
    noises = {s for a in assumptions if isinstance(a, Noises) for s in a.symbols}
    drawn = {  # a density written out by its definition (p(x) by the law stated for x) is no law drawn
        v for side in (reading.lhs, reading.rhs) for e in side.atoms(Expectation, Density) - given for v in e.variables
    }
    lawful = sorted(map(str, (drawn & context.laws_stated) - noises))
    if lawful:  # epsilon ~ N(0, I) stated: a table drawn for epsilon is not the note's law
        return (f"the note states the law of {', '.join(lawful)}, which the counterexample's model does not "
                "follow (it draws a law of its own)")  # fmt: skip
    supported = sorted(
        ((str(s), line) for s, line in context.other_laws.items() if s in lhs.free_symbols | rhs.free_symbols)
    )
    if supported:  # h ~ U(0, 1): a point at h = -1.381 lies outside the law's support
        name, line = supported[0]
        return (f"line {line} gives {name} a law that is not normal, whose support the kernel does not model: the "
                f"counterexample's value of {name} need not be one the law gives")  # fmt: skip
    written = reading.lhs.atoms(sp.Symbol) | reading.rhs.atoms(sp.Symbol)  # bound ones too: E_eps[...]
    loose = sorted(map(str, set(contexts.noises(context.vocabulary, written)) - noises - set(context.defined)))
    names, one = ", ".join(loose), len(loose) == 1
    if declared:  # the context says what the schedule's names and its noises are
        keys = context.vocabulary.symbols
        one_sided = {s for s in one_sided if keys.get(s, ("", "", ""))[:2] not in contexts.SCHEDULE}
        one_sided -= set(contexts.noises(context.vocabulary, one_sided))  # a noise given another law is disputed
        one_sided -= {s for s in one_sided if keys.get(s, ("", "", ""))[:2] == ("x", "") and keys[s][2]}  # x_t
        if loose and _tied(reading, relation, context, set(map(str, loose))):  # the process must reach the point
            return (f"{names} {'is' if one else 'are'} the context's standard normal noise{'' if one else 's'}, not "
                    f"known to be independent of the random variables beside {'it' if one else 'them'}, which a "
                    "noise may have made (x_t = √α_t x_(t-1) + √(1 - α_t) ε_(t-1)): a noise comes after theirs "
                    "only where its index and the note's forward step say so, and a counterexample that takes them "
                    "apart need not be one the process reaches")  # fmt: skip
    if relation is Relation.EQ_LAW:
        one_sided -= noises
        if loose:  # a noise the kernel is not told of is a fixed number in the laws it compares
            return (
                f"read in law, {names} {'is' if one else 'are'} not declared a standard normal noise "
                "(% diffproof: context ddpm declares the note's noises): the law of a side is not known"
            )
        vocabulary = context.vocabulary
        free = {s for s in vocabulary.symbols if vocabulary.symbols[s] == ("x", "", "0")} - context.laws_stated
        held = sorted(str(s) for s in (lhs.free_symbols | rhs.free_symbols) - noises - free if vocabulary.is_random(s))
        if held:  # x_0's law, unless the note states it, a counterexample may choose (a point mass); x_t's it may not
            return (
                f"each side's law is taken given {', '.join(held)}, whose own law is not the counterexample's to "
                "choose (the process or the note fixes it): unequal laws given it need not be unequal laws"
            )
    elif relation is Relation.EQ and _merges_noises(reading, context):
        return "the two sides use different noises: the note means them equal in law, not as values"
    if relation == PROPTO:  # the variables a ratio is shown to change with, written as a Gaussian's point or not
        vocabulary = context.vocabulary  # (random by letter, named, or the chain's density's own)
        ours = vocabulary.named | (vocabulary.subject[1] if vocabulary.subject is not None else frozenset())
        one_sided = {s for s in one_sided if not vocabulary.is_random(s) and vocabulary.symbols.get(s) not in ours}
    unexplained = sorted(map(str, one_sided)) + one_sided_laws(reading, assumptions, context)
    if unexplained:
        return (f"{', '.join(unexplained)} appear{'s' if len(unexplained) == 1 else ''} on one side only and "
                "the note does not define it before this step: the step may rely on what the text says of it")  # fmt: skip
    if declared and _forward_law_unwritten(lhs, rhs, assumptions, context.vocabulary):
        return ("the context's forward law q is Gaussian, and its laws are not given for this step's densities of q "
                "(over an index): a counterexample in a finite model of q would contradict the context")  # fmt: skip
    started = sorted(str(s) for s in context.laws_stated if context.vocabulary.symbols.get(s) == ("x", "", "0"))
    if started and any(not d.given for side in (lhs, rhs) for d in side.atoms(Density) if d.name == "q"):
        return (
            f"a marginal of q depends on the law of {started[0]}, which the note states: a counterexample draws its own"
        )
    vocabulary = context.vocabulary
    for side in (lhs, rhs):
        for expectation in side.atoms(Expectation):
            inside = expectation.expr.free_symbols
            random = {a for d in expectation.expr.atoms(Density) for a in d.arguments} | {
                s for s in inside if vocabulary.is_random(s)}  # fmt: skip
            if not any(_mentions(expectation.expr, v) for v in expectation.variables) and inside & random:
                names = ", ".join(map(str, expectation.variables))
                return (f"the expectation over {names} has an integrand that does not depend on {names}: "
                        "the note probably means other variables")  # fmt: skip
    return ""


def one_sided_laws(reading: Reading, assumptions: list, context: StepContext) -> list[str]:
    """The laws of their own (a decorated or otherwise named letter: p̄, p̃, p_data; not the generic p, q, P, Q, p_θ)
    that one side only writes and the note neither defines nor states before the step: its text may say what
    they are (p̄ the posterior), which a law drawn for them alone need not be."""
    given = {a.lhs.name for a in assumptions if isinstance(a, Definition) and isinstance(a.lhs, Density)}
    stated = given | set(context.gaussian_laws) | set(context.process.chains) | {UNNAMED_LAW}  # E[...]'s law
    lhs, rhs = ({d.name for d in side.atoms(Density)} for side in (reading.lhs, reading.rhs))
    return sorted((lhs ^ rhs) - stated - _GENERIC_LAWS)


#: The generic laws' names, with a model's parameter too (p_θ, also as the model read as a law apart from p).
_GENERIC_LAWS = frozenset(
    display_name((base, "", index)) for base in syntax.NOTE_DENSITY_BASES for index in ("", *syntax.MODEL_INDICES)
)


def _mentions(expr: sp.Expr, variable: sp.Expr) -> bool:
    """Whether ``expr`` mentions ``variable``: a symbol, or one of the variables x_a, ..., x_b of a block."""
    return expr.has(variable.base) if isinstance(variable, Slice) else variable in expr.free_symbols


def _forward_law_unwritten(lhs: sp.Expr, rhs: sp.Expr, assumptions: list, vocabulary: NoteVocabulary) -> bool:
    """Whether the step keeps a density of the forward law q over the chain's variables for which no Gaussian law
    is among the assumptions (neither a definition nor Gaussian steps over its variables, which the context gives
    only where the note writes no schedule name): q(x_t | x_{t-2}) drawn as a table is no law the context's
    Gaussian steps make, so only a finite model, which no Gaussian law fits, could evaluate it.  A marginal
    q(x_t) is given where q(x_t | x_0) is: a Gaussian model draws the law of x_0, the data's (unless the note
    states it: see :func:`doubts`)."""
    given = {a.lhs for a in assumptions if isinstance(a, Definition) and isinstance(a.lhs, Density)}
    given |= {
        Density(d.name, d.variables)
        for d in given
        if len(d.given) == 1 and vocabulary.symbols.get(d.given[0]) == ("x", "", "0")
    }
    stepped = {a.base for a in assumptions if isinstance(a, GaussianSteps) and a.name == "q"}

    def unstepped(variable: sp.Expr) -> bool:
        if isinstance(variable, (sp.Indexed, Slice)):
            return variable.base not in stepped
        key = vocabulary.symbols.get(variable, ("", "", ""))
        return key[:2] == ("x", "") and bool(key[2])  # x_t, not a bare x

    return any(
        d.name == "q" and d not in given and any(map(unstepped, (*d.arguments, *d.given)))
        for side in (lhs, rhs)
        for d in side.atoms(Density)
    )


def chains_stated(found: list[Reading], context: StepContext, stated: list[Stated]) -> bool:
    """Whether the note states the chain of every law whose densities the step writes (a finite model of those
    Markov chains then satisfies all the note says of them), and defines none of their densities, no random
    variable and no law (a Gaussian transition, a forward step, a noise's law: a finite model would contradict
    them)."""
    laws = _laws(found)
    defined = {
        (law_letter(item.name.node) or ("",))[0] for item in stated if item.kind == "definition" and item.readable
    }
    if context.random_definitions or context.laws_stated:  # x_t = sqrt(a) x_{t-1} + ..., eps_t ~ N(0, 1): Gaussian
        return False
    return bool(laws) and laws <= context.process.chains and not laws & defined


def joint_outside_context(*sides: Formula) -> bool:
    """Whether a step writes a joint density (over a block x_{1:T}, or several variables) of a law whose chain
    no context states: a finite model of it may ignore a Markov structure the note means it to have."""
    for side in sides:
        for call in nodes(side.node) if side.node is not None else ():
            law = law_letter(call)
            if law is None or law in CONTEXT_LAWS:
                continue
            blocks = [a for a in call.arguments if isinstance(a, syntax.Name) and ":" in a.index]
            if blocks or len(call.arguments) > 1:
                return True
    return False


def about_no_law(found: list[Reading], vocabulary: NoteVocabulary) -> bool:
    """Whether the readings write no law and no random variable (\\sum_{i=1}^{n} i = n(n+1)/2): a counterexample
    at a small number of terms then ignores no Markov structure."""
    return not any(
        side.has(Density, Normal, Expectation, KL)
        or any(i.base in vocabulary.indexed_bases for i in side.atoms(sp.Indexed))
        for reading in found
        for side in (reading.lhs, reading.rhs)
    )


def _laws(found: list[Reading]) -> set[str]:
    """The laws whose densities the readings write."""
    return {d.name for r in found for side in (r.lhs, r.rhs) for d in side.atoms(Density) if d.name != UNNAMED_LAW}


def _in_law(reading: Reading, context: StepContext) -> bool:
    """An equation between affine forms of different noises means equality in law (z-bar merges two noises); a
    noise the note's definition of the data writes (x_0 := (x_t - sqrt(1 - abar_t) eps_t) / sqrt(abar_t)) is not
    one of them: it is the value x_t and x_0 fix, not a draw of its law."""
    vocabulary = context.vocabulary
    named = _named_by_the_data(context)
    left = set(contexts.noises(vocabulary, reading.lhs.free_symbols)) - named
    right = set(contexts.noises(vocabulary, reading.rhs.free_symbols)) - named
    return bool(left | right) and left != right and not reading.lhs.has(Density, Normal, Expectation, KL)


def _named_by_the_data(context: StepContext) -> set[sp.Symbol]:
    """The noises the note's definition of the data x_0 writes beside a later state of the chain."""
    vocabulary = context.vocabulary
    found = set()
    for lhs, definition in context.random_definitions.items():
        written = definition.rhs.free_symbols
        states = {s for s in written if vocabulary.symbols.get(s, ("",) * 3)[:2] == ("x", "")}
        if vocabulary.symbols.get(lhs) == ("x", "", "0") and states:
            found |= set(contexts.noises(vocabulary, written))
    return found


def _tied(reading: Reading, relation: Relation | str, context: StepContext, loose: set[str]) -> bool:
    """Whether a counterexample may take apart what the process ties together: a noise not known independent
    of its neighbours, in a law (an expectation, a density) or read in law, or beside two random variables of the
    chain (x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps_{t-1} ties all three).  Beside one, x_0 free, a
    point of the values is one the process reaches with positive density."""
    if relation is Relation.EQ_LAW:
        return True
    sides = (reading.lhs, reading.rhs)
    in_laws = {str(s) for side in sides for e in side.atoms(Expectation, Density) for s in e.atoms(sp.Symbol)}
    if loose & in_laws:
        return True
    vocabulary = context.vocabulary
    random = {s for side in sides for s in side.atoms(sp.Symbol) if vocabulary.is_random(s)}
    return len(random - set(contexts.noises(vocabulary, random))) >= 2


def noise_held_fixed(outcome: Outcome, context: StepContext) -> str:
    """Why a proof under the context may not mean what the note says: an expectation over other variables holds
    one of the context's noises fixed (E_{q(x_1|x_0)}[eps_0^2] = eps_0^2), though it is not declared independent
    of them (it may have made x_1); empty when none is."""
    if integrands_equal(outcome):  # E_mu[A] = E_mu[B] with A = B at every point: true whatever the law
        return ""
    declared = {s for a in outcome.assumptions if isinstance(a, Noises) for s in a.symbols}
    for side in (outcome.reading.lhs, outcome.reading.rhs):
        for expectation in side.atoms(Expectation):
            held_fixed = expectation.expr.free_symbols - set(expectation.variables)  # the ones it integrates are not
            inside = contexts.noises(context.vocabulary, held_fixed)
            held = [n for n in inside if n not in declared and n not in context.defined]
            if held:
                names = ", ".join(map(str, held))
                over = ", ".join(map(str, expectation.variables))
                return (f"with {names} held fixed in the expectation over {over}; but the context's {names} "
                        f"{'is' if len(held) == 1 else 'are'} not known to be independent of {over} (a noise may have "
                        "made it): the expectation may not be what the note means")  # fmt: skip
    return ""


def noises_apart_tied(outcome: Outcome, context: StepContext) -> str:
    """Why a proof that took declared noises apart from the other variables of a joint law on the note's stated
    independence (:class:`~derivations.kernel.rules.NoisesApart`: E_{P(x_0, eps)}[g] = E_{P(x_0)}[E_eps[g]]) may not
    mean what the note says: the noise and the variable may be dependent in the note's
    :class:`~.dependence_graph.DependenceGraph` (its definitions and stated laws with their direction, every other tie
    its statements and words give read both ways, composed: "$x_0$ is a function of $x_1$", "$x_1$ is a function of
    $\\epsilon$"), so the note contradicts the independence it states: held, never proved.  Empty when they may
    not."""
    if outcome.verdict.rule != NOISES_APART.name:
        return ""
    declared = {s for a in outcome.assumptions if isinstance(a, Noises) for s in a.symbols}
    vocabulary, ties = context.vocabulary, context.ties

    def node(symbol: sp.Expr) -> object:
        return vocabulary.symbols.get(symbol, symbol)

    made_of = {
        (node(lhs), node(s))
        for lhs, definition in context.defined.items()
        if isinstance(definition, Definition)
        for s in definition.rhs.free_symbols
    }
    graph = DependenceGraph(frozenset(ties.drawn) | made_of, ties.tied | ties.same | context.words_tied)
    random = {node(s) for s in vocabulary.symbols if vocabulary.is_random(s)} | set(vocabulary.said_random)
    for side in (outcome.reading.lhs, outcome.reading.rhs):
        for expectation in side.atoms(Expectation):
            seeds = random | {node(v) for v in expectation.variables}
            for noise in (v for v in expectation.variables if v in declared):
                tied = next(
                    (
                        v
                        for v in expectation.variables
                        if v not in declared and graph.may_depend(node(noise), node(v), seeds)
                    ),
                    None,
                )
                if tied is not None:
                    return (f"taking the noise {noise} apart from {tied} (their joint law as the product of their "
                            f"laws, as the note states them independent); but what the note states or says may make "
                            f"{tied} depend on {noise}, which contradicts that independence, so it is held")  # fmt: skip
    return ""


def operator_before(node: syntax.Node) -> str:
    """Why a factor of ``node`` reads as an operator, not a number: a name subscripted by a random variable
    written right before a density or its log (``D_y p(y)``, ``D_y \\log p(y)``: the derivative in y); '' if none."""
    for product in nodes(node):
        if not (isinstance(product, syntax.Binary) and product.operator == "*"):
            continue
        name, right = last_factor(product.left), product.right
        operand = right.argument if isinstance(right, syntax.Function) else right
        if _by_a_variable(name) and law_letter(operand) is not None:
            return (f"{name.base}_{name.index} before a density reads as an operator on it (a derivative in "
                    f"{name.index}), which is not modelled; as a number it would make the step say something else")  # fmt: skip
    return ""


def _by_a_variable(node: syntax.Node) -> bool:
    """Whether ``node`` is a name, not itself a random variable, subscripted by one (D_y, D_{x_t})."""
    if not isinstance(node, syntax.Name) or node.base in RANDOM:
        return False
    letter = re.match(r"[A-Za-z]+", node.index)
    return letter is not None and letter.group() in RANDOM


def function_held_fixed(reading: Reading, vocabulary: NoteVocabulary) -> str:
    """Why an expectation of this reading may not mean what the note says: it holds fixed a bare name the note
    writes elsewhere as a function (mu_theta for mu_theta(x_t, t), h for h(x_t)), which may depend on what the
    expectation integrates; empty when none does."""
    for side in (reading.lhs, reading.rhs):
        for expectation in side.atoms(Expectation):
            given = {g for d in expectation.measure.atoms(Density) for g in d.given}
            held = expectation.expr.free_symbols - set(expectation.variables) - given
            bare = sorted(str(s) for s in held if vocabulary.symbols.get(s) in vocabulary.function_names)
            if bare:
                names, one = ", ".join(bare), len(bare) == 1
                return (f"{names} {'is' if one else 'are'} written elsewhere in the note as a function; held fixed in "
                        f"the expectation over {', '.join(map(str, expectation.variables))}, {'it' if one else 'they'} "
                        "may depend on what it integrates")  # fmt: skip
    return ""


def tied_held_fixed(reading: Reading, context: StepContext) -> str:
    """Why an expectation of this reading may not mean what the note says: it integrates a random variable the
    note defines (x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps), or is given it while integrating one it is made
    of, and holds fixed another it is made of -- which then varies with what is integrated (under q(x_t | x_0),
    eps = (x_t - sqrt(abar_t) x_0) / sqrt(1 - abar_t) is no constant); empty when none does."""
    vocabulary = context.vocabulary
    for output, value in defined_values(list(context.random_definitions.values())):
        if not isinstance(output, sp.Symbol):  # x[t] in a step over sums: its letter x is no variable of its own
            continue
        inputs = {s for s in value.free_symbols if vocabulary.is_random(s)}
        for side in (reading.lhs, reading.rhs):
            for expectation in side.atoms(Expectation):
                given = {g for d in expectation.measure.atoms(Density) for g in d.given}
                integrated = set(expectation.variables)
                held = inputs & (expectation.expr.free_symbols - integrated - given)
                pinned = output in integrated or (output in given and inputs & integrated)
                if pinned and held:
                    names = ", ".join(sorted(map(str, held)))
                    return (f"{names} and {output} are tied by the note's definition of {output}; with {output} "
                            f"{'integrated' if output in integrated else 'given'} in the expectation over "
                            f"{', '.join(map(str, expectation.variables))}, {names} held fixed is no constant")  # fmt: skip
    return ""


def tied_in_words_held_apart(reading: Reading, context: StepContext) -> str:
    """Why an expectation of this reading may not mean what the note says: it integrates a variable and writes a name
    a sentence ties to it in words ("let $c$ be a deterministic function of the random $x$", "$c$ depends on $x$";
    :attr:`StepContext.words_tied`), which the reading holds fixed or draws apart from it (E[c x] = c E[x]), a tie
    no law of the note's models; empty when none does.  A name the note defines is read through its definition, and
    a random variable's tie to the variable ("the latent $z$ of the data $x$") is their joint law's, which the
    expectation's measure writes."""
    vocabulary = context.vocabulary
    for side in (reading.lhs, reading.rhs):
        for expectation in side.atoms(Expectation):
            integrated = {vocabulary.symbols.get(v): v for v in expectation.variables}
            written = {
                vocabulary.symbols.get(s): s
                for s in expectation.expr.free_symbols
                if s not in context.defined and not vocabulary.is_random(s)
            }
            for pair in sorted(context.words_tied, key=sorted):
                for one, other in (sorted(pair), sorted(pair)[::-1]):
                    if one in integrated and other in written and other != one:
                        name, over = written[other], ", ".join(map(str, expectation.variables))
                        return (f"a sentence ties {name} to {integrated[one]} in words, which the expectation over "
                                f"{over} does not model (it holds {name} fixed or draws it apart)")  # fmt: skip
    return ""


def _whole_beside_its_components(reading: Reading, vocabulary: NoteVocabulary) -> str:
    """Why a density of a bare ``z`` beside densities of ``z_1, ..., z_M`` may be of their tuple (``q(z|x) =
    q(z_1, ..., z_M|x)``, z = (z_1, ..., z_M)): a model that draws z apart from them is no counterexample."""
    keys = {
        vocabulary.symbols.get(v)
        for side in (reading.lhs, reading.rhs)
        if isinstance(side, sp.Basic)
        for density in side.atoms(Density)
        for v in (*density.variables, *density.given)
    } - {None}
    for base, decoration, index in sorted(keys):
        parts = sorted(k[2] for k in keys if k[:2] == (base, decoration) and k[2])
        if not index and (len(parts) > 1 or any(":" in part for part in parts)):
            name = display_name((base, decoration, ""))
            components = ", ".join(display_name((base, decoration, part)) for part in parts)
            return (f"the step writes densities of {name} and of {components}: {name} may be their tuple, which a "
                    f"model drawing {name} apart from them is not")  # fmt: skip
    return ""


def _unnamed_beside_a_law(reading: Reading) -> str:
    """Why an expectation that names no law may be under a law the step writes a density of, over the same
    variables (``E(x) = \\int x p(x) dx``): a counterexample that draws a law of its own for it is no
    counterexample to the note, which may mean that one; empty when there is none."""
    densities = [d for side in (reading.lhs, reading.rhs) for d in side.atoms(Density)]
    for unnamed in (d for d in densities if d.name == UNNAMED_LAW):
        named = sorted(
            {d.name for d in densities if d.name != UNNAMED_LAW and set(d.variables) & set(unnamed.variables)}
        )
        if named:
            over = ", ".join(map(str, unnamed.variables))
            return (f"the expectation over {over} names no law, and the step writes {', '.join(named)} of {over}: "
                    "it may be under that law, which a law drawn for it alone is not")  # fmt: skip
    return ""


def forward_law_named(reading: Reading, vocabulary: NoteVocabulary) -> Reading:
    """Under the context, an expectation that names no law over the chain's variables (E[x_t | x_0], Var(x_t |
    x_0)) is under the forward process q, the law of the chain: a law drawn for it alone would not be."""

    def chain(variables: tuple[sp.Expr, ...]) -> bool:
        keys = [vocabulary.symbols.get(v, ("", "", "")) for v in variables]
        return all(key[:2] == ("x", "") and key[2] for key in keys)  # x_t, not a bare x

    unnamed = {d for side in (reading.lhs, reading.rhs) for d in side.atoms(Density) if d.name == UNNAMED_LAW}
    # one probability for the whole step: renamed only where every law it leaves unnamed is the chain's
    if not unnamed or not all(d.parameters is None and chain(d.variables) and chain(d.given) for d in unnamed):
        return reading
    unnamed = {d: Density("q", d.variables, d.given) for d in unnamed}
    how = reading.how + ("an expectation naming no law, over the chain's variables, read under q",)
    return replace(reading, lhs=reading.lhs.xreplace(unnamed), rhs=reading.rhs.xreplace(unnamed), how=how)


def integrands_equal(outcome: Outcome) -> bool:
    """Whether the step is E_mu[A] = E_mu[B] with A = B at every point (the definitions written out)."""
    lhs, rhs = outcome.reading.lhs, outcome.reading.rhs
    if not (isinstance(lhs, Expectation) and isinstance(rhs, Expectation)):
        return False
    if (lhs.measure, lhs.variables) != (rhs.measure, rhs.variables):
        return False
    context = reconcile(tuple(outcome.assumptions))
    inner = context.defined(lhs.expr, False), context.defined(rhs.expr, False)
    return prove_equal(*inner, context.equations, context.domains, context.constraints) is not None


def _merges_noises(reading: Reading, context: StepContext) -> bool:
    """Whether the two sides use different noises even with the note's random variables written through their
    definitions: then they are equal in law at most (x_t - sqrt(1 - alpha_t) eps_{t-1} = sqrt(alpha_t) x_{t-1},
    whose noise cancels once x_t is written out, is an equation between values)."""
    if not _in_law(reading, context):
        return False
    law, _ = random_substituted(reading, context)
    vocabulary = context.vocabulary
    return set(contexts.noises(vocabulary, law.lhs.free_symbols)) != set(
        contexts.noises(vocabulary, law.rhs.free_symbols)
    )
