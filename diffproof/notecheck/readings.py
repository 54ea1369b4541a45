"""The readings of a step and the kernel's verdict on each: the relations checked, a step's two sides read every
way they may be, an arbitrary function read as what it leaves free, the note's random variables written through
their definitions (inside expectations too), and the assumptions a verdict used, as shown."""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy as sp

from derivations.kernel.assumptions import Definition, GaussianSteps, Independence, MarkovChain, Noises, substitute
from derivations.kernel.checking import Context, check_step, check_uncited, reconcile
from derivations.kernel.proportional import check_proportional
from derivations.kernel.sums import IndexedMarkovChain, Slice, chain_text
from derivations.kernel.vocabulary import Relation, Status, Verdict
from derivations.model import Step as KernelStep
from derivations.probability import KL, Density, Expectation, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import UNNAMED_LAW, AnswerPrinter
from diffproof.notecheck import citations, contexts
from diffproof.notecheck.assumptions import Parsed, StepContext, point_of_law, translate_where
from diffproof.notecheck.statements.formulas import Formula
from diffproof.notecheck.vocabulary import NoteVocabulary

#: The relations of a note's steps that the kernel checks, and the kernel's name for each.
RELATIONS = {"=": Relation.EQ, "<=": Relation.LE, ">=": Relation.GE, "<": Relation.LT, ">": Relation.GT}


#: ``\propto``, checked in the step's random variables (:mod:`derivations.kernel.proportional`).
PROPTO = "propto"


@dataclass(frozen=True)
class Reading:
    lhs: sp.Expr
    rhs: sp.Expr
    how: tuple[str, ...]
    #: Where both sides as written are real numbers (radicands >= 0, logarithms' arguments > 0).
    real: tuple[sp.Basic, ...] = ()
    #: The parser's choice at each spelling of the step it reads more than one way (a subsequence of ``how``).
    spelled: tuple[str, ...] = ()
    #: The divisors and integrals both sides write, as parsed (SymPy may have cancelled them).
    parsed: Parsed = Parsed()
    #: Names a claim made of the step writes on one side (d(A - B)/dn = 0) that the step wrote on both: no name
    #: the prose may define apart (:func:`~diffproof.notecheck.doubts.doubts`).
    explained: frozenset = frozenset()


@dataclass(frozen=True)
class Outcome:
    """The kernel's verdict on one reading, with the relation and assumptions it was checked under."""

    reading: Reading
    relation: Relation | str  # PROPTO for \propto
    assumptions: list
    verdict: Verdict
    substituted: tuple[Definition, ...] = ()
    written: contexts.Written = contexts.AS_WRITTEN  # a reading in law: the step before the substitutions
    own: tuple = ()  # the assumptions that follow from the process the note states itself (no context declared)
    untrusted: bool = False  # a counterexample found, not trusted where the note says more (conditions.where_stated)
    #: Refuted at every schedule (every_schedule): what the note says that only narrows the schedule is no doubt.
    everywhere: bool = False


def latex(expr: sp.Expr) -> str:
    return AnswerPrinter().doprint(expr)


#: How a reading took E_q, and E_{z ~ q}[...] whose integrand never writes z.
JOINTLY = "E_q read jointly, E_{z ~ q}[...] as written"


CONDITIONALLY = "E_q read given what q conditions on, E_{z ~ q}[...] without z over its integrand's variables"


def readings(lhs: Formula, rhs: Formula, context: StepContext) -> tuple[list[Reading], str]:
    """Every reading of the step's two sides (each side's syntactic readings, and both readings of E_q),
    with the first error met when none could be translated."""
    errors = []
    found: list[Reading] = []
    for left, left_how in syntax.readings(lhs.node):
        for right, right_how in syntax.readings(rhs.node):
            for bare in ("joint", "conditional"):
                try:
                    a, count_a, real_a, parsed_a = translate_where(
                        Formula(lhs.text, lhs.line, left), context.vocabulary, bare
                    )
                    b, count_b, real_b, parsed_b = translate_where(
                        Formula(rhs.text, rhs.line, right), context.vocabulary, bare
                    )
                    a, b = point_of_law(a, b), point_of_law(b, a)
                except (InvalidAnswer, TypeError, ValueError, NotImplementedError) as error:
                    errors.append(str(error))
                    break
                how, real = left_how + right_how, tuple(dict.fromkeys(real_a + real_b))
                parsed = parsed_a + parsed_b
                if not count_a + count_b:
                    found.append(Reading(a, b, how, real, left_how + right_how, parsed))
                    break
                if bare == "conditional" and (a, b) == (found[-1].lhs, found[-1].rhs):
                    break  # both readings of E_q are one here
                found.append(
                    Reading(
                        a, b, how + (JOINTLY if bare == "joint" else CONDITIONALLY,), real, left_how + right_how, parsed
                    )
                )
    return found, (errors[0] if errors else "")


#: Names of an arbitrary function (a "constant" of the variables it is not written with): C(x_t, x_0).
ARBITRARY = {"C", "const", "c"}


def arbitrary_function(reading: Reading, context: StepContext) -> Reading | None:
    """``A = B + C(x_t, x_0)``, C an arbitrary function of the variables written (the note's "some function
    not involving x_{t-1}"): true for some such C exactly when A - B does not depend on the other random
    variables v, the reading ``sum_v (d(A - B)/dv)^2 = 0`` (``d(A - B)/dv = 0`` for one v).  Exponents are
    compared when both sides are exponentials, and log A with the exponent when only C's side is one and A is
    positive (a density).  None when the step has no such C, C does not enter linearly, or C is written at other
    arguments too (C(x) = C(2x) + 1: one function, not a value free at each)."""
    calls = [
        call
        for side in (reading.lhs, reading.rhs)
        for call in side.atoms(sp.core.function.AppliedUndef)
        if call.func.__name__ in ARBITRARY and all(isinstance(a, sp.Symbol) for a in call.args)
    ]
    if len(set(calls)) != 1 or (reading.lhs.has(calls[0]) and reading.rhs.has(calls[0])):
        return None
    call = calls[0]
    if any(other.func == call.func and other != call for side in (reading.lhs, reading.rhs)
           for other in side.atoms(sp.core.function.AppliedUndef)):  # fmt: skip
        return None  # C(x) = C(2x) + 1: C at another argument is no value left free to choose
    lhs, rhs = (reading.lhs, reading.rhs) if reading.rhs.has(call) else (reading.rhs, reading.lhs)
    unknown = sp.Dummy("C")
    left, right = sp.powsimp(lhs, combine="exp"), sp.powsimp(rhs.xreplace({call: unknown}), combine="exp")
    if isinstance(left, sp.exp) and isinstance(right, sp.exp):
        left, right = left.args[0], right.args[0]
    elif isinstance(right, sp.exp) and left.is_positive:  # q(x | y) = exp(... + C): log q = ... + C
        left, right = sp.log(left), right.args[0]
    difference = sp.expand(left - right)
    slope = sp.diff(difference, unknown)
    if slope == 0 or slope.has(unknown):
        return None
    solved = -difference.xreplace({unknown: 0}) / slope
    vocabulary = context.vocabulary
    variables = sorted((s for s in solved.free_symbols if vocabulary.is_random(s) and s not in call.args), key=str)
    written = ", ".join(map(str, call.args))
    how = (f"{call.func.__name__}({written}) read as an arbitrary function of {written}: the step holds for some "
           f"such function exactly when the rest does not depend on {', '.join(map(str, variables))}",)  # fmt: skip
    if len(variables) == 1:  # one derivative: no square to expand
        claim = sp.Derivative(solved, variables[0])
    else:
        claim = sp.Add(*(sp.Derivative(solved, v) ** 2 for v in variables))
    return replace(reading, lhs=claim, rhs=sp.Integer(0), how=reading.how + how)


def algebraic(expr: sp.Basic) -> set[sp.Basic]:
    """The symbols and function names of ``expr`` that stand for values: not the arguments of densities, the
    points of Gaussians, or variables bound by an integral, expectation, KL, sum or product (nor a value
    written with a bound index, such as x[t] in a sum over t)."""
    if isinstance(expr, (sp.Symbol, sp.Indexed, Slice)):  # x[t] and x_{1:T} are values, not their letter x
        return {expr}
    if isinstance(expr, Density):
        return set()
    if isinstance(expr, Normal):
        return algebraic(expr.mean) | algebraic(expr.var)
    found: set[sp.Basic] = set()
    if isinstance(expr, sp.core.function.AppliedUndef):
        found.add(expr.func)
    for arg in expr.args:
        found |= algebraic(arg)
    if isinstance(expr, (Expectation, KL, sp.Integral, sp.Sum, sp.Product)):
        bound = set(expr.variables)
        found = {f for f in found if f not in bound and not f.free_symbols & bound}
    return found


def unfolded(expr: sp.Expr, definitions: list[Definition]) -> sp.Expr:
    """``expr`` with every definition substituted, until nothing changes (a bounded number of rounds)."""
    for _ in range(len(definitions) + 1):
        new = expr
        for definition in definitions:
            new = substitute(new, definition.lhs, definition.rhs)
        if new == expr:
            return expr
        expr = new
    return expr


def kernel_verdict(
    relation: Relation | str,
    reading: Reading,
    assumptions: list,
    cited: str,
    vocabulary: NoteVocabulary,
    search: bool = True,
    standard_starts: frozenset[str] = frozenset(),
) -> Verdict:
    """The kernel's verdict on ``reading.lhs relation reading.rhs`` under ``assumptions``: by the rule ``cited``
    where the catalogue has it, else by any rule (without ``search``, no full search for a counterexample after
    them); a ∝ in the step's random variables, then in those of the density the chain is about.  The Gaussian
    chains of the laws named in ``standard_starts`` start with N(0, 1) where no law of their start is stated."""
    context = replace(reconcile(tuple(assumptions)), standard_starts=standard_starts)
    if relation == PROPTO:
        return proportional_verdict(reading, context, vocabulary)
    if cited:
        rule = citations.rule(cited, context)
        if rule is not None:
            return check_step(KernelStep(relation, reading.rhs, rule), reading.lhs, context)
    return check_uncited(relation, reading.lhs, reading.rhs, context, search)


def stated_proof(
    verdict: Verdict,
    relation: Relation | str,
    reading: Reading,
    assumptions: list,
    presupposed: list,
    cited: str,
    vocabulary: NoteVocabulary,
) -> Verdict:
    """A proof stands on what the note states.  A size the note only presupposes by the variables it names (T >= 2
    beside x_2: :func:`contexts.presupposed_sizes`) keeps a counterexample past the trajectory out, but proves
    nothing: a proof is checked again without it, and a step proved only with it is left undecided (a sum from 5 to
    T with its first term split off is proved for T >= 5 only, and false where the note says T = 3)."""
    if not (verdict.proved and presupposed):
        return verdict
    stated = [a for a in assumptions if a not in presupposed]
    again = kernel_verdict(relation, reading, stated, cited, vocabulary, search=False)
    if again.proved:
        return again
    sizes = ", ".join(sp.sstr(c.condition) for c in presupposed)
    return Verdict(Status.UNDECIDED, f"{verdict.reason}, but only where {sizes}, which the note presupposes by the "
                   "variables it names and does not state")  # fmt: skip


def proportional_verdict(reading: Reading, context: Context, vocabulary: NoteVocabulary) -> Verdict:
    """The verdict on a ∝ in the variables the note names it in ("as a function of $\\mu$"), else in the step's
    random variables by letter, and, where that decides nothing or where the density the chain is about has
    variables of other letters (p(\\mu | x)), in that density's own variables: never in variables the note does
    not mean, nor in others than the words around the chain name (:func:`_as_said`)."""
    verdict, used = _proportional_in(reading, context, vocabulary)
    held = vocabulary.words_held((reading.lhs, reading.rhs), used) if verdict.proved and vocabulary.words_held else ""
    if held:  # e^{-x^2 + c} ∝ e^{-x^2} in x, where "c depends on x": c held fixed proves nothing
        return Verdict(Status.UNDECIDED, f"proportional in {', '.join(map(str, used))} is not read: {held}")
    return _as_said(verdict, used, vocabulary)


def _as_said(verdict: Verdict, used: list[sp.Symbol], vocabulary: NoteVocabulary) -> Verdict:
    """``verdict``, read in ``used``, unless a sentence around the chain names other variables in words
    (:attr:`NoteVocabulary.said`): then undecided, as the ∝ may be meant in those.  A proof in more variables than
    the words name holds in those too (a ratio constant in x and mu is constant in mu)."""
    keys = {vocabulary.symbols.get(s) for s in used}
    said = next(((sentence, names) for sentence, names in vocabulary.said
                 if not (names <= keys if verdict.proved else names == keys)), None)  # fmt: skip
    if verdict.status is Status.UNDECIDED or said is None:
        return verdict
    names = ", ".join(sorted(str(s) for s in used))
    return Verdict(Status.UNDECIDED, f"proportional in what: the words \"{said[0]}\" may name the variables the "
                   f"\\propto is in, and not as read; in {names} it is {verdict.status.value}: "
                   f"{verdict.reason}")  # fmt: skip


def _proportional_in(reading: Reading, context: Context, vocabulary: NoteVocabulary) -> tuple[Verdict, list[sp.Symbol]]:
    """The verdict of :func:`proportional_verdict` before the words around the chain are heard, with the
    variables it is read in (none where it is not decided for want of them)."""
    symbols = reading.lhs.free_symbols | reading.rhs.free_symbols
    variables = sorted((s for s in symbols if vocabulary.is_random(s)), key=str)
    if vocabulary.named:
        named = sorted((s for s in symbols if vocabulary.symbols.get(s) in vocabulary.named), key=str)
        if None in vocabulary.named or not named:
            return Verdict(Status.UNDECIDED, "proportional in what: the note names the variable the \\propto is "
                           "in, and it is not read among the step's variables"), []  # fmt: skip
        if named == variables:
            return check_proportional(reading.lhs, reading.rhs, variables, context), variables
        read = check_proportional(reading.lhs, reading.rhs, named, context)
        names = ", ".join(map(str, named))
        return replace(read, reason=f"read in {names}, the variable the note names: {read.reason}"), named
    within: list[sp.Symbol] = []
    if vocabulary.subject is not None:
        within = sorted((s for s in symbols if vocabulary.symbols.get(s) in vocabulary.subject[1]), key=str)
    if not within or within == variables:
        return check_proportional(reading.lhs, reading.rhs, variables, context), variables
    verdict = check_proportional(reading.lhs, reading.rhs, variables, context)
    if set(within) <= set(variables) and verdict.status is not Status.UNDECIDED:
        return verdict, variables  # proportional (or not) in each random variable: so in (or not in) the density's own
    read = check_proportional(reading.lhs, reading.rhs, within, context)
    if set(within) <= set(variables) and not read.proved:
        return verdict, variables
    names = ", ".join(map(str, within))
    return replace(read, reason=f"read in {names}, the variables of the density the chain is about "
                   f"({vocabulary.subject[0]}), its given variables held fixed: {read.reason}"), within  # fmt: skip


def given_the_data(reading: Reading, data: sp.Symbol) -> Reading:
    """The reading with each density of q's chain that neither is of nor given ``data`` (x_0) taken given it
    (``E_{q(x_t)}`` is ``E_{q(x_t | x_0)}``): what the step says where a sentence holds the data fixed."""
    densities = {d for side in (reading.lhs, reading.rhs) for d in side.atoms(Density)}
    held = {
        d: Density(d.name, d.variables, (*d.given, data), d.parameters)
        for d in densities
        if d.name == "q" and data not in d.variables and data not in d.given
    }
    how = (*reading.how, "read given x_0 (the data held fixed)")
    return replace(reading, lhs=reading.lhs.xreplace(held), rhs=reading.rhs.xreplace(held), how=how)


def describe(assumption: object) -> str:
    """An assumption as the report shows it: a definition by its source, a chain, noises."""
    if isinstance(assumption, Definition):
        return assumption.name
    if isinstance(assumption, MarkovChain):
        return f"{' -> '.join(map(str, assumption.order))} is a Markov chain under {assumption.name}"
    if isinstance(assumption, IndexedMarkovChain):
        return f"{chain_text(assumption)} is a Markov chain"
    if isinstance(assumption, GaussianSteps):
        base = assumption.base
        return (
            f"{assumption.name}({base}_k | {base}_(k-1)) = N(√a_k {base}_(k-1), 1 - a_k) for "
            f"{sp.sstr(assumption.start)} < k <= {sp.sstr(assumption.stop)}, some a_k in (0, 1)"
        )
    if isinstance(assumption, Independence):
        groups = [", ".join(sorted(map(str, g))) for g in assumption.groups]
        return " ⊥ ".join(f"({g})" if ", " in g else g for g in groups) + " (stated independent in the note)"
    if isinstance(assumption, Noises):
        names = ", ".join(map(str, assumption.symbols))
        return f"{names} {'are independent standard normals' if len(assumption.symbols) > 1 else 'is a standard normal'}, independent of the rest"
    return sp.sstr(assumption)


def random_substituted(reading: Reading, context: StepContext) -> tuple[Reading, list[Definition]]:
    """An equation in law with the note's random variables written through their definitions (x_{t-1} =
    sqrt(alpha_{t-1}) x_{t-2} + ...): equals for equals, almost surely, so that the noises they bring are seen
    as such -- a defined variable is not independent of its noises."""
    used: list[Definition] = []
    lhs, rhs = reading.lhs, reading.rhs
    for _ in range(len(context.random_definitions) + 1):
        changed = False
        for symbol, definition in context.random_definitions.items():
            if lhs.has(symbol) or rhs.has(symbol):
                lhs, rhs = lhs.xreplace({symbol: definition.rhs}), rhs.xreplace({symbol: definition.rhs})
                used.append(definition)
                changed = True
        if not changed:
            break
    return replace(reading, lhs=lhs, rhs=rhs), list(dict.fromkeys(used))


def defined_values(substituted: list[Definition]) -> tuple[tuple[sp.Symbol, sp.Expr], ...]:
    """Each variable a reading in law wrote through its definition, with its value in the end."""
    values = {d.lhs: d.rhs for d in substituted}
    for _ in range(len(values)):
        values = {symbol: value.xreplace(values) for symbol, value in values.items()}
    return tuple(values.items())


def made_of_integrated(reading: Reading, context: StepContext) -> Reading:
    """The reading with every random variable an expectation would hold fixed, though the note defines it
    through a variable that expectation integrates, written through its definition there: after x_t :=
    sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps, E_eps[eps x_t] is E_eps[eps (sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps)],
    not x_t E_eps[eps].  A variable the expectation is given (E[eps | x_t]) is held fixed, as written."""
    values = dict(defined_values(list(context.random_definitions.values())))
    if not values:
        return reading
    written: list[str] = []

    def through(expectation: Expectation) -> sp.Expr:
        given = {g for d in expectation.measure.atoms(Density) for g in d.given}
        integrated = set(expectation.variables)
        held = expectation.expr.free_symbols - integrated - given
        made = {v: values[v] for v in held if v in values and values[v].free_symbols & integrated}
        if not made:
            return expectation
        written.extend(map(str, made))
        return Expectation(expectation.expr.xreplace(made), expectation.measure, expectation.variables)

    lhs, rhs = (side.replace(lambda e: isinstance(e, Expectation), through) for side in (reading.lhs, reading.rhs))
    if not written:
        return reading
    names = ", ".join(dict.fromkeys(written))
    how = (f"{names} written through {'its definition' if len(set(written)) == 1 else 'their definitions'} inside "
           "the expectations that integrate what they are made of",)  # fmt: skip
    return replace(reading, lhs=lhs, rhs=rhs, how=reading.how + how)


def integrands_through_definitions(
    found: list[Reading], context: StepContext
) -> list[tuple[Reading, list[Definition]]]:
    """Each reading ``E[A] = E[B]`` whose integrands are the same random variable once the note's random
    variables are written through their definitions: equal random variables have equal expectations.  A definition
    (x_0 := (x_t - sqrt(1 - abar_t) eps_t) / sqrt(abar_t)) holds at every outcome of the step's one probability P,
    whatever E's subscript lists, as in Ho et al.'s E_{x_0, eps}[f(x_t)], x_t made of x_0 and eps.  Each side must be
    one expectation under P, given nothing, over the same variables as the other, and A - B must expand to 0 once
    written through the definitions.  The readings so rewritten, with the definitions used."""
    rewritten = []
    for reading in found:
        sides = (reading.lhs, reading.rhs)
        if not all(isinstance(side, Expectation) for side in sides):
            continue
        left, right = sides
        measure = left.measure
        if not (isinstance(measure, Density) and measure.name == UNNAMED_LAW and not measure.given):
            continue
        if (right.measure, right.variables) != (measure, left.variables):
            continue
        used: list[Definition] = []
        integrands = []
        for expr in (left.expr, right.expr):
            for _ in range(len(context.random_definitions) + 1):
                made = [d for v, d in context.random_definitions.items() if expr.has(v)]
                if not made:
                    break
                expr = expr.xreplace({d.lhs: d.rhs for d in made})
                used.extend(made)
            integrands.append(expr)
        if not used or sp.expand(integrands[0] - integrands[1]) != 0:
            continue
        how = reading.how + ("the integrands written through the note's definitions of its random variables: the "
                             "same random variable, so the same expectation",)  # fmt: skip
        lhs, rhs = (Expectation(expr, measure, left.variables) for expr in integrands)
        rewritten.append((replace(reading, lhs=lhs, rhs=rhs, how=how), list(dict.fromkeys(used))))
    return rewritten


def through_values(found: list[Reading], context: StepContext) -> list[tuple[Reading, list[Definition]]]:
    """Each reading with the random variables the note defines written through their definitions inside the
    expectations of the step's one probability ℙ (E[x_t] = E[sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps] where
    x_t := ...): the same random variable under the same probability, now over the variables it is made of.
    Only an expectation that integrates a defined variable and holds no random variable fixed is rewritten
    (E_{x_0}[x_1 x_0] is x_1 E[x_0], not E[x_1 x_0]).  Only the readings where this changes something, with the
    definitions used."""
    used: list[Definition] = []

    def through(expectation: Expectation) -> sp.Expr:
        measure = expectation.measure
        if not (isinstance(measure, Density) and measure.name == UNNAMED_LAW and not measure.given):
            return expectation
        integrated = set(expectation.variables)
        if measure.parameters is not None or set(measure.variables) != integrated:
            return expectation
        expr = expectation.expr
        randoms = {s for s in expr.free_symbols if context.vocabulary.is_random(s)}
        if not randoms <= integrated or not integrated & set(context.random_definitions):
            return expectation  # E_{x_0}[x_1 x_0] holds x_1 fixed: its definition would integrate what it is made of
        for _ in range(len(context.random_definitions) + 1):
            made = [d for v, d in context.random_definitions.items() if expr.has(v)]
            if not made:
                break
            expr = expr.xreplace({d.lhs: d.rhs for d in made})
            used.extend(made)
        variables = tuple(sorted((s for s in expr.free_symbols if context.vocabulary.is_random(s)), key=str))
        if expr == expectation.expr or not variables:
            return expectation
        return Expectation(expr, Density(UNNAMED_LAW, variables), variables)

    rewritten = []
    for reading in found:
        used.clear()
        lhs, rhs = (side.replace(lambda e: isinstance(e, Expectation), through) for side in (reading.lhs, reading.rhs))
        if used:
            how = reading.how + ("the note's random variables written through their definitions inside E",)
            rewritten.append((replace(reading, lhs=lhs, rhs=rhs, how=how), list(dict.fromkeys(used))))
    return rewritten
