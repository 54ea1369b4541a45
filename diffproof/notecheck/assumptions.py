"""The kernel's assumptions for one step of a note: what the note stated before it, translated with its names.

Each step is read with its own vocabulary (:mod:`diffproof.notecheck.vocabulary`):
the ranges it writes decide the blocks of variables, so the note's definitions
are translated again for every step.  What cannot be translated -- a sum over
an index, a matrix, a name defined twice -- is not used, and its names are
*disputed*: a step that mentions them is never refuted, since a counterexample
could not be shown to satisfy what the note says of them.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction

import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.kernel.assumptions import (
    Assumption,
    Definition,
    Domain,
    Independence,
    Noises,
    Parameters,
    substitute,
)
from derivations.probability import KL, Density, Expectation, Grad, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import LAW_POINT, ProbabilityTranslator, Unmodelled, within_limits
from diffproof.notecheck import contexts, numbers, schedule_witness, schedules, set_brackets
from diffproof.notecheck.chains import law_letter, same, stated_chains
from diffproof.notecheck.contexts import Process
from diffproof.notecheck.schedule_witness import ScheduleStatement
from diffproof.notecheck.statements.formulas import FAINT, LAWS, UNSHOWN, Formula, Stated, defined_name, name_key
from diffproof.notecheck.statements.indices import indices_only, range_narrows
from diffproof.notecheck.vocabulary import (
    RANDOM,
    NoteVocabulary,
    Parametrisation,
    display_name,
    index_value,
    keys_in,
    nodes,
    partitions,
    shifted,
    syntax_index,
)

Key = tuple[str, str, str]


@dataclass(frozen=True)
class StatedCondition:
    """An order the note states among a formula of its names and numbers (``2 \\alpha_t < 1``, ``h + k > 0``),
    as ``relations`` (``1 - 2 alpha_t > 0``): it cannot bound one name, so it is not used in a proof, but a
    counterexample is trusted only where it holds.  ``letters``: the letters of the names it writes."""

    relations: tuple[sp.Basic, ...]
    letters: frozenset[tuple[str, str]]
    text: str
    #: Whether the note states it (an order it writes or says, a case of the step), rather than a law it writes
    #: implying it (N(x; 0, s): s > 0), which says nothing of where the step has a value.
    said: bool = True


@dataclass(frozen=True)
class RenamedLaw:
    """A law a sentence names by another (``p(x_T) = p^_theta(x_T)``): the law's letter, the keys of the variables
    it is written of, and where the note says so."""

    letter: Key
    variables: frozenset[Key]
    reason: str


@dataclass
class StepContext:
    """What one step may assume: the kernel's assumptions with their sources, and what is disputed."""

    vocabulary: NoteVocabulary
    assumptions: list[Assumption] = field(default_factory=list)
    #: Names the note says something unmodelled of: a name's key, or (letter, decoration, "*") for a whole family.
    disputed: dict[Key, str] = field(default_factory=dict)
    #: Laws a sentence names by another law (p(x_T) = p^_theta(x_T)): what it says is said of the law of those
    #: variables, so only a step writing the letter with one of them (or a name that may be one) is disputed.
    renamed: list[RenamedLaw] = field(default_factory=list)
    #: Pairs of names a sentence ties in words ("let $z$ denote $x_T$"; tied_in_words), which a renamed law's
    #: dispute follows.
    words_tied: frozenset[frozenset[Key]] = frozenset()
    #: The independences the note states of named variables before the step, each its groups of names
    #: (:mod:`~diffproof.notecheck.statements.stated_independence`).
    independent: tuple[tuple[frozenset[Key], ...], ...] = ()
    #: Names a sentence relates (alpha_t^2 + beta_t^2 = 1) without defining any: a model of the step's
    #: assumptions need not satisfy the relation, so no counterexample about them is trusted.
    related: dict[Key, str] = field(default_factory=dict)
    #: The keys of :attr:`disputed` and :attr:`related` whose every reason only narrows which schedule of a declared
    #: context the note means (its shape in words, an order or equation among the schedule's names alone, an unread
    #: definition of one by the others): a step false at every schedule is refuted whatever they say
    #: (:mod:`~diffproof.notecheck.every_schedule`).  Kept by :func:`dispute` and :func:`relate`, the only writers.
    narrowing: set[Key] = field(default_factory=set)
    #: The relations among the schedule's names that narrow it and a witness reads: a step false at every schedule
    #: is refuted only where one schedule meets them all (and :attr:`schedule_said`).
    narrowing_said: list[ScheduleStatement] = field(default_factory=list)
    #: Orders among formulas of names the note states (2 alpha_t < 1): a counterexample must satisfy them.
    conditions: list[StatedCondition] = field(default_factory=list)
    #: The letters of the names the note writes before the step in anything but such an order (a claim, a sum, a
    #: sentence's maths), with a line of each: a counterexample chooses no value for them.  "*" for every letter,
    #: where something written there could not be read.  Found when asked (most steps never ask).
    elsewhere: Callable[[], dict[tuple[str, str], int]] = dict
    #: Whether the condition written beside the step (sqrt(x^2) = -x, x < 0) is such an order, checked there too.
    case_checked: bool = False
    #: Letters of indices the note relates in an equation or an order of indices alone (t = T, s < t).
    indices_related: dict[Key, str] = field(default_factory=dict)
    #: An assumption the note makes that cannot be read (b, c > 0): any counterexample may break it.
    unread: str = ""
    #: The laws the note states Gaussian densities of (p_theta(x_{t-1} | x_t) = N(...)), by the kernel's name of
    #: the law, with where each is stated: a model that takes fewer of them need not follow the others.
    gaussian_laws: dict[str, list[str]] = field(default_factory=dict)
    defined: dict[sp.Expr, Definition] = field(default_factory=dict)
    #: Equations the note states of values outside its sentences (an earlier display x - y = 0 or s = 0, "at x = 0"
    #: beside the step): where a step written through them has a value (:mod:`~diffproof.notecheck.stated_values`).
    valued: tuple[Stated, ...] = ()
    #: The conditions the step is said under (beside it, an arrow's antecedent, words after it), and what is written
    #: beside it, read or not ("for t \\ge 2").
    cases: tuple[Stated, ...] = ()
    remark: str = ""
    noises_stated: set[sp.Symbol] = field(default_factory=set)
    normals: set[sp.Symbol] = field(default_factory=set)  # stated standard normal, independence not stated
    #: The Gaussian laws the note gives its variables (epsilon ~ N(0, 1 - alpha_t)): each variable's mean and
    #: variance at each line that states one, None for a law that is not a Gaussian read.
    gaussians: dict[sp.Symbol, dict[int, tuple[sp.Expr, sp.Expr] | None]] = field(default_factory=dict)
    #: The line of each random variable's definition.
    random_lines: dict[sp.Expr, int] = field(default_factory=dict)
    laws_stated: set[sp.Symbol] = field(default_factory=set)  # given a law other than a density of their own
    #: The variables the note gives a law that is not a normal one, or one not read (h ~ U(0, 1), b ~ Bern(p)),
    #: with the line that does: their values lie in a support the kernel does not model.
    other_laws: dict[sp.Symbol, int] = field(default_factory=dict)
    unchained: set[str] = field(default_factory=set)  # the laws whose process a sentence says is not Markov
    #: What the note's statements and words may make depend on each other, beyond its definitions
    #: (:mod:`~diffproof.notecheck.statements.noise_ties`).
    ties: contexts.Ties = contexts.NONE
    contexts: list[str] = field(default_factory=list)
    random_definitions: dict[sp.Expr, Definition] = field(default_factory=dict)
    #: What the note states of the forward process itself (its chains, abar as a product), and where.
    process: Process = Process()
    process_lines: tuple[int, ...] = ()
    #: Why a declared context's laws of the forward process q are set aside, where the note's own forward step or
    #: the noise it rests on is not the context's ('': they are not).
    forward: str = ""
    #: Why a declared context's schedule relations (beta_t = 1 - alpha_t) are set aside for some of its names, where
    #: the note states an equation among them that no admissible values satisfy with those relations
    #: (:mod:`~diffproof.notecheck.schedules`).
    schedule: str = ""
    #: The relations a note under a declared context states among the schedule's names alone (1 > alpha_0 > ...
    #: > alpha_T > 0): a counterexample is trusted only where a schedule meeting them gives its values
    #: (:mod:`~diffproof.notecheck.schedule_witness`).
    schedule_said: list[ScheduleStatement] = field(default_factory=list)
    #: The relations the note states among indices alone (T = 1000, s < t), each read where a witness needs them.
    index_statements: list[Stated] = field(default_factory=list)


@dataclass(frozen=True)
class Parsed:
    """What a formula writes that SymPy may cancel on construction: its divisors (x / x is 1 before the note's
    x = 0 is written in), its definite integrals and expectations (two equal ones cancel, whether or not they
    exist), its Gaussians' variances (N / N is 1 whatever the variance), the arguments of its logarithms
    (``positive``), the radicands of its even roots (``nonnegative``: log x - log x is 0 and exp(log x) is x) and the
    bases of its odd roots (``odd_roots``: x^{1/3} at x < 0 is SymPy's complex root, not the real one),
    and the ranges of its sums and products (index, lower, upper), at whose indices each of them must have a value
    too."""

    divisors: tuple[sp.Expr, ...] = ()
    integrals: tuple[sp.Integral, ...] = ()
    positive: tuple[sp.Expr, ...] = ()
    nonnegative: tuple[sp.Expr, ...] = ()
    ranges: tuple[tuple[sp.Symbol, sp.Expr, sp.Expr], ...] = ()
    expectations: tuple[Expectation, ...] = ()
    variances: tuple[sp.Expr, ...] = ()
    odd_roots: tuple[sp.Expr, ...] = ()

    def __add__(self, other: Parsed) -> Parsed:
        return Parsed(*(tuple(dict.fromkeys(getattr(self, f.name) + getattr(other, f.name))) for f in fields(self)))


def translate(formula: Formula, vocabulary: NoteVocabulary, bare_law: str = "joint") -> tuple[sp.Expr, int]:
    """A formula of the note as a kernel expression, with the number of E_q it read (see the translator)."""
    expr, count, _, _ = translate_where(formula, vocabulary, bare_law)
    return expr, count


def translate_where(
    formula: Formula, vocabulary: NoteVocabulary, bare_law: str = "joint"
) -> tuple[sp.Expr, int, tuple[sp.Rel, ...], Parsed]:
    """:func:`translate`, with where the formula as written is real: ``a >= 0`` under an even root, ``a > 0``
    under a logarithm (SymPy has already simplified (sqrt x)^2 to x and log e^x to x), and what it writes that
    SymPy may have cancelled (:class:`Parsed`)."""
    if formula.node is None:
        raise InvalidAnswer(formula.error)
    translator = ProbabilityTranslator(vocabulary, bare_law)
    try:
        expr = translator.visit(formula.node)
    except RecursionError as error:
        raise InvalidAnswer("the formula is nested too deeply") from error
    real = [sp.Ge(a, 0) for a in (*translator.nonnegative, *translator.odd_roots)]
    real += [sp.Gt(a, 0) for a in translator.positive]
    return (
        within_limits(expr, formula.node),
        translator.bare_laws,
        tuple(c for c in dict.fromkeys(real) if c is not sp.true),
        Parsed(
            divisors=tuple(dict.fromkeys(translator.nonzero)),
            integrals=tuple(dict.fromkeys(translator.integrals)),
            positive=tuple(dict.fromkeys(translator.positive)),
            nonnegative=tuple(dict.fromkeys(translator.nonnegative)),
            ranges=tuple(dict.fromkeys(translator.loops)),
            expectations=tuple(dict.fromkeys(translator.expectations)),
            variances=tuple(dict.fromkeys(translator.variances)),
            odd_roots=tuple(dict.fromkeys(translator.odd_roots)),
        ),
    )


def point_of_law(side: sp.Expr, other: sp.Expr) -> sp.Expr:
    """A Gaussian written as a law, ``N(mu, Sigma)``, equated with a density of one variable: that variable is
    its point (``q(x_t | x_{t-1}) = N(sqrt(alpha_t) x_{t-1}, beta_t I)``)."""
    if not side.has(LAW_POINT):
        return side
    if isinstance(other, Density) and len(other.variables) == 1 and isinstance(side, Normal):
        return side.xreplace({LAW_POINT: other.variables[0]})
    if isinstance(side, Normal) and isinstance(other, Normal) and side.point == other.point == LAW_POINT:
        return side  # N(mu_1, s_1^2) = N(mu_2, s_2^2): one law, its density equal at every point
    bound = [kl for kl in side.atoms(KL) if LAW_POINT in kl.variables]
    if LAW_POINT not in side.free_symbols and all(_laws_at(kl, LAW_POINT) for kl in bound):
        return side  # KL(N(mu_1, s_1^2) || N(mu_2, s_2^2)): two laws of one variable, which the KL binds
    raise InvalidAnswer("\\mathcal{N}(\\mu, \\Sigma) without its point stands only opposite a density of one variable")


def _blocks(keys: set[Key], step_keys: set[Key]) -> dict:
    """The blocks the note's ranges are cut into: by every index the note writes, else by the step's, else by the
    step's single indices (a range an ellipsis spans, z_1, ..., z_M, whose ends cannot be ordered, is left out)."""
    for written in (keys, step_keys):
        try:
            return partitions(written)
        except Unmodelled:
            continue
    return partitions({key for key in step_keys if ":" not in key[2]})


def _laws_at(kl: KL, point: sp.Symbol) -> bool:
    """Whether both laws of a KL are Gaussians at ``point``."""
    return all(isinstance(law, Normal) and law.point == point for law in (kl.q, kl.p))


def _defined_lhs(
    name: syntax.Node, body: sp.Expr, vocabulary: NoteVocabulary, formula: Formula
) -> tuple[sp.Expr, sp.Expr]:
    """The kernel's (lhs, rhs) of ``name = body``: a power or reciprocal of a symbol solved for it."""
    node = formula.node
    target = defined_name(node)
    lhs, _ = translate(Formula(formula.text, formula.line, target), vocabulary)
    if target is node:
        return lhs, body
    written, _ = translate(formula, vocabulary)
    if not (isinstance(lhs, sp.Symbol) and lhs.is_positive):
        raise Unmodelled(f"{formula.text} defines a power of a name that is not known to be positive")
    exponent = sp.powsimp(written).as_base_exp()
    if exponent[0] != lhs or not exponent[1].is_Rational:
        raise Unmodelled(f"{formula.text} = ... does not give one value of the name")
    return lhs, body ** (1 / exponent[1])  # the positive root: the name is positive


def _product_family(item: Stated, vocabulary: NoteVocabulary, keys: set[Key]) -> list[Definition] | None:
    """``abar_t = \\prod_{i=1}^{t} alpha_i``: the family abar_k = alpha_k abar_{k-1} (one factor split off) for
    the members a step names; None when the definition is not of that form (an upper limit other than the
    name's own index is not split: ``\\prod_{i=1}^{T}`` does not depend on t)."""
    name, body = item.name.node, item.body.node
    if not (isinstance(name, syntax.Name) and isinstance(body, syntax.Series) and body.operator == "prod"):
        return None
    if not (isinstance(body.lower, syntax.Number) and body.lower.text == "1" and isinstance(body.upper, syntax.Name)):
        return None
    factor, index = body.body, body.index
    if not (isinstance(index, syntax.Name) and isinstance(factor, syntax.Name) and factor.index == index.base):
        return None
    if body.upper.base != name.index or body.upper.index:
        return None
    found = []
    for base, decoration, member in keys:
        if (base, decoration) != (name.base, name.decoration) or contexts._shift(member, -1) is None:
            continue
        previous = contexts._shift(member, -1)
        if (factor.base, factor.decoration, member) not in keys and (base, decoration, previous) not in keys:
            continue  # abar_k alone: its factors would only bring names the step does not use
        symbol = vocabulary.symbol((base, decoration, member))
        term = vocabulary.symbol((factor.base, factor.decoration, member))
        prior = sp.Integer(1) if previous == "0" else vocabulary.symbol((base, decoration, previous))
        found.append(Definition(symbol, term * prior, f"{item.text} (line {item.line}), its last factor split off"))
    return found


def build(
    stated: list[Stated],
    step_keys: set[Key],
    differentiates: bool,
    indexed: bool = False,
    law_letters: Mapping[str, frozenset[tuple[str, str]]] | None = None,
    function_names: frozenset[Key] = frozenset(),
    overridden: frozenset[tuple[str, str]] = frozenset(),
    limits: frozenset[tuple[str, str]] = frozenset(),
    law_givens: Mapping[str, frozenset[tuple[str, str]]] | None = None,
    gaussian_scale: Parametrisation | None = None,
    log_base: tuple[int | None, int] | None = None,
    coordinates: int = 1,
) -> StepContext:
    """The assumptions of a step whose names are ``step_keys``, from what the note ``stated`` before it
    (``indexed``: the step has a sum or product over an index, and its random variables are indexed;
    ``law_letters``: the letters of the variables each law is written of in the whole note, ``law_givens``
    those it is conditioned on; ``function_names``: the names it applies to arguments; ``overridden``: the
    letters whose convention or constant the note overrides, :mod:`~diffproof.notecheck.overrides`; ``limits``:
    the letters it writes as the last index of a sum or product; ``gaussian_scale``: what N's second parameter is,
    where a sentence says it is not a variance; ``log_base``: the base a sentence gives \\log, and its line;
    ``coordinates``: how many equal coordinates the step's vectors are read with, which a definition of a number
    is read with too (``\\ell := \\log N(x_t; 0, I)`` sums over them as the step would; a density's definition
    stays one coordinate's, :func:`~diffproof.notecheck.coordinates.per_coordinates` taking its power)."""
    readable = [item for item in stated if item.readable]
    seen: dict[tuple, str] = {}
    first: dict[tuple, int] = {}  # the line of each name's first definition
    order: dict[tuple, int] = {}  # and its place among what was stated (a line may hold two sentences)
    twice: set[tuple] = set()
    for place, item in enumerate(readable):
        if item.kind == "definition":
            key = name_key(defined_name(item.name.node) or item.name.node)
            first.setdefault(key, item.line)
            order.setdefault(key, place)
            if seen.setdefault(key, item.body.text.replace(" ", "")) != item.body.text.replace(" ", ""):
                twice.add(key)
    twice |= _instances_defined_otherwise(readable)
    twice |= {  # "From now on, $c$ is arbitrary", after c's definition ("$c$ is unknown; take c = 3" frees none),
        key  # also on its line ("Let $c := 2$. From now on $c$ may take any value.")
        for place, item in enumerate(readable)
        if item.kind == "freed"
        and (item.line, place) > (first.get(key := name_key(item.name.node), item.line), order.get(key, place))
    }
    twice |= {name_key(item.name.node.operands[0]) for item in readable if _gives_value(item)} & set(seen)
    redefined = _redefined_unread(stated, seen)
    literal = {defined_name(item.name.node).key for item in readable if item.kind == "definition"
               and isinstance(defined_name(item.name.node), syntax.Name)}  # fmt: skip
    members = {id(item): _members(item, step_keys, literal) for item in readable if item.kind == "definition"}
    keys = set(step_keys)
    for item in readable:  # the ranges' blocks are cut at every index written, the definitions' instances too
        for version, _ in members.get(id(item), [(item, "")]):
            for formula in (version.name, version.body):
                if formula is not None and formula.node is not None:
                    keys |= keys_in(formula.node)
    blocks = _blocks(keys, step_keys)
    context = StepContext(
        NoteVocabulary(
            blocks={} if indexed else blocks,
            indexed=indexed,
            written=frozenset(step_keys),
            law_letters=law_letters or {},
            law_givens=law_givens or {},
            function_names=function_names,
            overridden=overridden,
            limits=limits,
            gaussian_scale=gaussian_scale,
            log_base=log_base,
        )
    )
    vocabulary = context.vocabulary
    vocabulary.coordinates = coordinates
    for item in readable:
        law = _gaussian_law(item)
        if law is not None:
            context.gaussian_laws.setdefault(law, []).append(f"line {item.line} states {item.text[:60]}")
    for item in stated:
        if item.kind == "bound" and item.readable:
            _bound(item, context)
        elif item.kind == "bound":  # b, c > 0: an assumption that cannot be read may be broken by any counterexample
            context.unread = (
                context.unread or f"line {item.line} assumes {item.text.strip()[:60]}, which cannot be read"
            )
    for item in stated:
        if item.kind == "context":
            context.contexts.append(item.text)
            continue
        if item.kind == "chain":
            _chain(item, context)
            continue
        if item.kind == "relation" and _identity(item, vocabulary):  # (1 - a) + a (1 - b) = 1 - ab says nothing
            continue
        if item.kind == "relation" and stated_order(item, context):  # 2 alpha_t < 1: checked at a counterexample
            continue
        if item.kind == "range" and range_order(item, context):  # "Let $T \\ge 2$ be an integer": T = 1 is no example
            continue
        said = _schedule_said(item, stated, vocabulary)
        if said is not None:  # 1 > alpha_0 > ... > alpha_T > 0: checked at a schedule witnessing a counterexample
            context.schedule_said.append(said)
            continue
        if item.kind == "unread equation" and item.name is not None and isinstance(item.name.node, syntax.Name):
            # x = \\max(y, 0), x = \\cosh y: x has the value of what is not read, which a counterexample may not
            # respect (not p(x) = ...: a function's argument is no name given a value)
            relate(context, _letter(item.name.node), f"line {item.line} states {item.text[:60]}, which is not read")
            continue
        if item.kind in ("relation", "independence", "assumption"):  # alpha_t^2 + beta_t^2 = 1 in a sentence
            where = "" if item.origin == "step" else " in a sentence"  # or a display's T = 1000: not used
            written = (f.node for f in (item.name, item.body) if f is not None and f.node is not None)
            names = [n for node in written for n in nodes(node) if isinstance(n, syntax.Name)]
            narrows = _among_the_schedule(item, stated) and _narrowing_read(item, context)  # beta_1 < ... < beta_T
            for name in names:
                relate(context, _letter(name), f"line {item.line} states {item.text[:60]}{where}", narrows)
            context.laws_stated |= _constrained_variables(item, vocabulary)
            if _between_indices(item) and item.origin != "case":  # a case is written into the step's indices
                context.index_statements.append(item)
                for name in names:
                    context.indices_related.setdefault(name.key, f"line {item.line} states {item.text[:60]}{where}")
            continue
        if item.kind == "noise law":  # "the noise $\epsilon$ has variance $4$": not the context's standard normal
            dispute(
                context, _letter(item.name.node), f"line {item.line} gives it another law in words ({item.text[:60]})"
            )
            continue
        if item.kind == "changed step":  # "each forward step also adds the constant 1": not the context's q
            reason = f"line {item.line} changes the forward step in words ({item.text[:90]})"
            dispute(context, ("x", "", "*"), reason)
            context.forward = context.forward or reason
            continue
        if item.kind == "forward unread":  # "the forward step discards the signal": beyond DDPM's words
            if any(other.kind == "context" for other in stated):  # the context's forward laws and chain prove nothing
                reason = (
                    f"line {item.line} says what the forward process is in other words than DDPM's ({item.text[:90]})"
                )
                dispute(context, ("x", "", "*"), reason)
                context.forward = context.forward or reason
                context.unchained.add("q")
            continue
        if item.kind == "small schedule" and any(other.kind == "context" for other in stated):
            context.schedule_said.append(_small_schedule(item))  # "if $\beta_t$ is small enough": DDPM's scale
            continue
        if item.kind == "named identity" and _identity(item, vocabulary):  # "the merged standard deviation is
            continue  # sqrt((1 - a) + a (1 - b)) = sqrt(1 - ab)": an identity names a quantity, shapes no schedule
        if item.kind in ("schedule shape", "small schedule", "named identity"):  # "We use a constant schedule": not
            # read, a model's schedule may break it; nor is it only narrowing: words may say the schedule's names
            # anew ("add Gaussian noise of variance $1 - \alpha_t^2$": beta_t = 1 - alpha_t^2, not DDPM's 1 - alpha_t)
            for letter in contexts.SCHEDULE:
                relate(context, (*letter, "*"), f"line {item.line} says the schedule's shape in words ({item.text}), "
                       "which is not read")  # fmt: skip
            continue
        if item.kind == "unchained":  # "the forward process is not a Markov chain": not the context's chain
            context.unchained.add(item.name.node.base)
            dispute(context, (item.name.node.base, "", "*"), f"line {item.line} says {item.text}")
            continue
        if item.kind == "meaning" and context.contexts and _context_fixes(item.name.node):
            # "we follow DDIM, where $\alpha_t$ denotes the cumulative product": the note's, not the context's
            dispute(context, _letter(item.name.node), f"line {item.line} gives it a meaning in words ({item.text})")
            continue
        if item.kind == "joint":  # q(x_{1:T} | x_0) = \prod_t q(x_t | x_0) in a sentence: a model not read
            dispute(context, _letter(item.name.node), f"line {item.line} states its joint law ({item.text[:60]})")
            if _names_a_law(item):  # p^(x_{1:T}) = p(x_{1:T}): the other law is named too
                _rename(context, item.body.node, f"line {item.line} names one law by another ({item.text[:60]})")
            continue
        if item.kind == "law" and item.name is not None and item.name.node is not None:
            _law(item, context, step_keys)  # an unreadable law is not the standard normal either
        if item.kind in ("ambiguous law", "unread law") and item.name is not None and item.name.node is not None:
            context.laws_stated |= {context.vocabulary.symbol(n.key) for n in item.name.node.arguments}
        if item.kind != "definition":
            continue
        letter = _letter(item.name.node) if item.name is not None and item.name.node is not None else None
        if _names_a_law(item):  # before any reason to set the definition aside: the law it names is the note's
            _rename(context, item.body.node, f"line {item.line} names one law by another ({item.text[:60]})")
        if item.name is not None and item.name.node is not None and _defined_key(item) in redefined:
            dispute(context, letter, redefined[_defined_key(item)])  # a := 2, then ~~a := 3~~: neither is used
            continue
        if not item.readable:
            faint = item.body is not None and item.body.error == FAINT  # "it could not be read" would hide why
            dispute(context, letter, f"line {item.line} ({item.text[:60]}) " + (f"is written {FAINT}" if faint else
                                                                               "could not be read"))  # fmt: skip
            continue
        if context.contexts and contexts.names(defined_name(item.name.node) or item.name.node):
            # mu~_t := (x_t - ... eps_t) / sqrt(alpha_t): the note's own function; the context's stands beside it
            dispute(context, letter, f"line {item.line} writes {item.name.text.strip()}, which the context names, "
                     "in other variables")  # fmt: skip
        if name_key(defined_name(item.name.node) or item.name.node) in twice:
            dispute(context, letter, f"the note defines {item.name.text.strip()} more than once")
            continue
        if item.ranged is not None and range_narrows(item.name.node, item.ranged.node):
            dispute(context, letter, f"line {item.line} defines {item.name.text.strip()} only {item.ranged.text.strip()}"
                     ", a range of its index a counterexample may leave")  # fmt: skip
        if _law_by_expression(item):
            dispute(context, letter, f"line {item.line} defines a law by an expression ({item.text[:60]})")
            continue
        family = _product_family(item, vocabulary, step_keys)
        if family is not None:
            if _letter(item.name.node) == ("alpha", "bar", "*") and _letter(item.body.node.body) == ("alpha", "", "*"):
                _state(context, item, products=True)
            context.assumptions.extend(family)
            context.defined.update({d.lhs: d for d in family})
            continue
        density = law_letter(defined_name(item.name.node) or item.name.node) is not None
        vocabulary.coordinates = 1 if density else coordinates
        for version, label in members[id(item)]:
            try:
                body, _ = translate(version.body, vocabulary)
                lhs, rhs = _defined_lhs(version.name.node, body, vocabulary, version.name)
                rhs = point_of_law(rhs, lhs)
            except (InvalidAnswer, NotImplementedError, TypeError, ValueError) as error:
                narrows = _among_the_schedule(item, stated)  # abar_t := prod_{i=1}^T alpha_i, not read
                dispute(context, letter, f"line {item.line} ({item.text[:60]}): {error}", narrows)
                continue
            if isinstance(lhs, sp.core.function.AppliedUndef) and isinstance(version.name.node, syntax.Call):
                vocabulary.applied.setdefault(version.name.node.name.key, lhs.args)
            definition = Definition(lhs, rhs, f"line {item.line}: {item.text.strip()}{label}")
            if _random_value(lhs, vocabulary):
                context.random_definitions[lhs] = definition
                context.random_lines[lhs] = item.line
            else:
                context.assumptions.append(definition)
            context.defined[lhs] = definition
        vocabulary.coordinates = coordinates
    _laws_given_twice(context)
    if differentiates:
        for law, parameters in vocabulary.parameters.items():
            context.assumptions.append(Parameters(law, tuple(sorted(parameters, key=str))))
    if any(name in contexts.CONTEXTS for name in context.contexts):  # the note's own x_t against the context's law
        random = {**context.defined, **context.random_definitions}
        variances = {lhs: _noise_variances(context, line) for lhs, line in context.random_lines.items()}
        for variable, reason in contexts.contradicted(vocabulary, random, variances).items():
            dispute(context, _family(vocabulary.symbols[variable]), reason)
            context.forward = context.forward or reason
        reason = _forward_noise_disputed(context, random)
        if reason:  # the context's Gaussian transitions are made of a noise the note says otherwise of
            dispute(context, ("x", "", "*"), reason)
            context.forward = context.forward or reason
        if reason and _TIED.search(reason):  # noises drawn apart make q's chain Markov; tied ones need not
            context.unchained.add("q")
        if contexts.beyond_one_step(vocabulary, random):  # x_t := ... + x_{t-2}: x_{t-2} tells x_t more
            context.unchained.add("q")
        equations = schedules.stated_equations(readable)  # alpha_t^2 + beta_t^2 = 1: the note's own names
        for key, reason in schedules.set_aside(equations, vocabulary, context.defined).items():
            dispute(context, key, reason)
            context.schedule = context.schedule or reason
        for key, reason in schedules.renamed(readable, vocabulary, context.defined).items():  # alpha_t := abar_t
            dispute(context, key, reason)
            context.schedule = context.schedule or reason
        for key, reason in schedules.unimposed(readable, vocabulary).items():  # beta_t = beta_{t-1}: kept, not drawn
            relate(context, key, reason)
        reason = contexts.product_broken(copy.deepcopy(vocabulary), context.defined)
        if reason:  # abar_0 = 1/2: DDPM's product and its recursion from there disagree
            dispute(context, ("alpha", "bar", "*"), reason)
            context.schedule = context.schedule or reason
        _said_otherwise(stated, context)
    vocabulary.said_random = frozenset(key for item in stated for key in _said_random(item))
    vocabulary.tied = frozenset(  # what a random variable is made of varies with it, whatever its law's letter
        vocabulary.symbols[s]
        for d in context.random_definitions.values()
        for s in d.lhs.free_symbols | d.rhs.free_symbols
        if s in vocabulary.symbols
    )
    return context


def _said_otherwise(stated: list[Stated], context: StepContext) -> None:
    """A declared context's meaning of a name gives way where a sentence that may deny its maths says the name is
    otherwise (x_t = x_{t-1} + sqrt(beta_t) eps_t, q(x_t | x_{t-1}) = N(x_t; x_{t-1}, beta_t), beta_t = 1 - alpha_t^2
    after "not", "instead", "rather than"): the words may deny another equation of the sentence, or none, so the
    context's meaning proves nothing of it, as the note's own gives no counterexample.  Maths that agrees with the
    context ("we do not learn them: $\beta_t = 1 - \alpha_t$") sets nothing aside.  So does a sentence that
    supposes such maths ("If", "One might take", "For example"): the steps after it may derive from the supposition,
    which the context's meaning does not prove; a condition that agrees with it ("if $t = 1$") changes nothing."""
    vocabulary = copy.deepcopy(context.vocabulary)  # the step's vocabulary gains no name it does not write
    for item, said, words in _said(stated):
        kernel = _kernel_law(said, vocabulary) if said.kind == "law" and said.readable else None
        if kernel is not None and contexts.disagrees(vocabulary, kernel, context.defined):
            why = f"line {item.line} {words} {said.text[:60]}; another law than the context's"
            dispute(context, ("x", "", "*"), why)
            context.forward = context.forward or why
        if not said.readable or said.kind not in ("definition", "relation", "assumption"):
            continue
        equations = schedules.stated_equations([said])
        if said.kind == "definition":
            equations = [schedules.Equation(said.line, said.text, (said.name.node, said.body.node))]
        for key, reason in schedules.set_aside(equations, vocabulary, context.defined).items():
            why = f"line {item.line} {words} {said.text[:60]} ({reason})"
            dispute(context, key, why)
            context.schedule = context.schedule or why
        target = defined_name(said.name.node) if said.kind == "definition" else None
        if target is None or not (isinstance(target, syntax.Name) or contexts.names(target)):
            continue
        try:  # x_t := ..., q(x_t | x_{t-1}) := N(...), as if asserted
            body, _ = translate(said.body, vocabulary)
            lhs, rhs = _defined_lhs(said.name.node, body, vocabulary, said.name)
        except (InvalidAnswer, NotImplementedError, TypeError, ValueError):
            continue
        definition = Definition(lhs, point_of_law(rhs, lhs), "what it says")
        key = vocabulary.symbols.get(lhs, ("",) * 3)
        if key[:2] == ("x", ""):
            variances = {lhs: _noise_variances(context, said.line)}
            found = contexts.contradicted(vocabulary, {**context.defined, lhs: definition}, variances).get(lhs, "")
        elif isinstance(lhs, Density):
            found = (
                "another law than the context's" if contexts.disagrees(vocabulary, definition, context.defined) else ""
            )
        else:
            continue
        if found:
            why = f"line {item.line} {words} {said.text[:60]}; {found}"
            dispute(context, _family(key) if key[:2] == ("x", "") else ("x", "", "*"), why)
            context.forward = context.forward or why


def _kernel_law(item: Stated, vocabulary: NoteVocabulary) -> Definition | None:
    """The kernel of q a law of one variable of the chain states, where its mean writes one before it, the step
    before or x_0 (x_t ~ N(x_{t-1}, beta_t I): q(x_t | x_{t-1}) := N(x_t; x_{t-1}, beta_t)), or None: x_T ~ N(0, I)
    states no kernel, and a law given a later variable (x_{t-1} ~ N(mu_theta(x_t, t), sigma_t^2 I)) is p's."""
    call = item.name.node if item.name is not None else None
    if not (isinstance(call, syntax.Call) and len(call.arguments) == 1 and isinstance(call.arguments[0], syntax.Name)):
        return None
    if call.arguments[0].key[:2] != ("x", "") or (gaussian := _gaussian(item, vocabulary)) is None:
        return None
    point, (mean, variance) = vocabulary.symbol(call.arguments[0].key), gaussian
    given = [s for s in mean.free_symbols if s != point and vocabulary.symbols.get(s, ("",) * 3)[:2] == ("x", "")]
    below = [index_value(vocabulary.symbols[s][2]) for s in given]
    index = index_value(call.arguments[0].key[2])
    if len(given) != 1 or below[0] is None or index is None or not (below[0] == 0 or sp.expand(index - below[0]) == 1):
        return None
    return Definition(Density("q", (point,), given), Normal(point, mean, variance), "what it says")


def _said(stated: list[Stated]) -> Iterator[tuple[Stated, Stated, str]]:
    """What the note's sentences deny or only suppose (:attr:`Stated.denies`, :attr:`Stated.supposes`: "If $x_t =
    x_{t-1} + \\sqrt{\\beta_t}\\,\\epsilon_t$", "One might take", "For example"), each with its statement and how
    the sentence says it: a supposition's maths holds nowhere, but the steps after it may derive from it."""
    for item in stated:
        if item.denies is not None:
            yield item, item.denies, "says in words that may deny it"
        if item.supposes is not None:
            yield item, item.supposes, "supposes"
        if item.kind == "law" and not item.denied:  # x_t ~ N(x_{t-1}, beta_t I): q's kernel, said in a law
            yield item, item, "states"


#: Why a noise is disputed, where it ties the noise to the data or to other noises, or gives it a value: the
#: forward steps' noises are then not drawn apart, and q's chain need not be Markov (x_t = ... + eps_{t-1} with
#: eps_{t-1} = eps_{t-2}: x_{t-2} tells x_t more than x_{t-1} does).
_TIED = re.compile(r"\bti(?:es|ed)\b")


def _forward_noise_disputed(context: StepContext, random: Mapping[sp.Expr, object]) -> str:
    """Why the noise a declared context's forward process is made of is not its standard normal independent of
    the data, or '': the noises of the note's own forward steps (x_k := ... + b n, the chain's x_k), else the
    context's epsilon (x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) epsilon), given another law ("Rademacher noise",
    epsilon_{t-1} ~ N(1, 1), E[epsilon_t] = 1, "tied to the data") or a value not recovered from a later
    variable of the chain (epsilon = -x_0; epsilon := (x_t - sqrt(abar_t) x_0) / sqrt(1 - abar_t) is recovered).
    A centred Gaussian law of a forward step's noise, N(0, v), is compared with the context's by
    :func:`contexts.contradicted` instead; with no forward step written, one whose variance is the schedule's
    (epsilon ~ N(0, 1 - alpha_{k+1})) is the context's noise term as a whole, not the noise.  The Gaussian transitions q(x_t | x_{t-1}) and marginals q(x_t | x_0)
    rest on that noise: they are not the note's then."""
    vocabulary = context.vocabulary
    steps = [
        d for lhs, d in random.items()
        if isinstance(d, Definition) and vocabulary.symbols.get(lhs, ("",) * 3)[:2] == ("x", "")
        and vocabulary.symbols[lhs][2]
    ]  # fmt: skip
    written = {vocabulary.symbols[n][:2] for d in steps for n in contexts.noises(vocabulary, d.rhs.free_symbols)}
    families = written or {("epsilon", "")}
    for key, reason in sorted(context.disputed.items()):
        if key[:2] not in families or key[0] not in contexts.NOISES:
            continue
        symbols = [s for s, k in vocabulary.symbols.items() if k[:2] == key[:2] and key[2] in ("*", k[2])]
        laws = [law for s in symbols for law in context.gaussians.get(s, {}).values()]
        centred = bool(laws) and all(law is not None and law[0] == 0 for law in laws) and "another law" in reason
        scaled = all(  # N(0, 1 - alpha_{k+1}): the context's noise term as a whole, sqrt(1 - alpha_{k+1}) epsilon
            any(vocabulary.symbols.get(s, ("",) * 3)[:2] in contexts.SCHEDULE for s in law[1].free_symbols)
            for law in laws if law is not None
        )  # fmt: skip
        if centred and (written or scaled):
            continue  # epsilon ~ N(0, 1 - alpha_t) beside x_t := ... + epsilon: compared by contexts.contradicted
        return f"{reason}, a noise the forward steps are made of"
    for lhs, definition in random.items():
        key = vocabulary.symbols.get(lhs)
        if key is None or key[:2] not in families or not isinstance(definition, Definition):
            continue
        later = [
            s for s in definition.rhs.free_symbols
            if vocabulary.symbols.get(s, ("",) * 3)[:2] == ("x", "") and vocabulary.symbols[s][2] not in ("", "0")
        ]  # fmt: skip
        if not later:  # epsilon = -x_0, epsilon_t = epsilon_{t-1}: a noise with a value of the note's
            return f"{definition.name} gives {lhs}, a noise the forward steps are made of, a value of its own that ties it to other variables"
    return ""


def _chain(item: Stated, context: StepContext) -> None:
    """A chain the note states (its joint as the product of its transitions): q's or p's chain of x_0, ..., x_T is
    the context's forward process, or its generative model, as far as the Markov property goes (a chain that
    stops before x_T says nothing of x_T)."""
    for chain in stated_chains(item.name.node, item.body.node):
        if chain.variable == ("x", "") and chain.law[1:] == ("", "") and chain.top == "T":
            _state(context, item, chains=context.process.chains | {chain.law[0]})
        laws = {law_letter(call) for call in nodes(item.body.node)} - {None, chain.law}
        if any(law[0] == chain.law[0] for law in laws):  # p(x_T) beside p-hat's transitions
            dispute(context, (chain.law[0], chain.law[1], "*"), f"line {item.line} ties its law to another's prior")


def _state(context: StepContext, item: Stated, **parts: object) -> None:
    context.process = replace(context.process, **parts)
    context.process_lines = tuple(sorted({*context.process_lines, item.line}))


def _random_value(lhs: sp.Expr, vocabulary: NoteVocabulary) -> bool:
    """Whether ``lhs`` is the value of a random variable: x_t, or x[t] in a step over sums."""
    symbol = lhs.base.label if isinstance(lhs, sp.Indexed) else lhs
    return isinstance(symbol, sp.Symbol) and vocabulary.is_random(symbol)


def _law_by_expression(item: Stated) -> bool:
    """``q = p * g`` (a convolution), ``p_{noisy} = ...``: a law's letter, with no arguments, defined by an
    expression the kernel does not read as a law; its densities are those of an unmodelled law."""
    name = item.name.node
    return isinstance(name, syntax.Name) and law_letter(syntax.Call(0, name, ())) is not None


def _names_a_law(item: Stated) -> bool:
    """``P(A | B) = P_B(A)``: a density equated with a density of another law, a new name for a law (the kernel
    does not tie two laws together, so a step about the new law cannot be refuted)."""
    if item.name is None or item.body is None or item.name.node is None or item.body.node is None:
        return False
    name, body = law_letter(item.name.node), law_letter(item.body.node)
    return name is not None and body is not None and name != body


def _rename(context: StepContext, law: syntax.Node, reason: str) -> None:
    """Dispute the law ``law`` a sentence names by another: the law of the variables it writes, or its whole
    letter where it writes none."""
    letter = _letter(law)
    variables = frozenset(keys_in(law) - {law.name.key}) if isinstance(law, syntax.Call) else frozenset()
    if letter is None or not variables:
        dispute(context, letter, reason)
        return
    context.renamed.append(RenamedLaw(letter, variables, reason))


def _may_be(variable: Key, key: Key) -> bool:
    """Whether the name ``key`` may be the variable ``variable`` of a law: the same letter, and both unindexed, or
    both indexed and not at two different numbers (x_t may be x_T; x_1 is not x_2; x is not x_T)."""
    if variable[:2] != key[:2] or bool(variable[2]) != bool(key[2]):
        return False
    values = index_value(variable[2]), index_value(key[2])
    concrete = all(value is not None and not value.free_symbols for value in values)
    return variable[2] == key[2] or not concrete


def _renamed_reason(context: StepContext, keys: set[Key]) -> str:
    """Why a law written among ``keys`` is one a sentence names by another ('' where none is)."""
    for renamed in context.renamed:
        letter = any(key[:2] == renamed.letter[:2] for key in keys)
        if letter and any(_may_be(variable, key) for variable in renamed.variables for key in keys):
            return renamed.reason
    return ""


def _defined_key(item: Stated) -> tuple:
    """What the definition ``item`` (its name read) defines, for telling two definitions of it apart."""
    return name_key(defined_name(item.name.node) or item.name.node)


def _redefined_unread(stated: list[Stated], bodies: Mapping[tuple, str]) -> dict[tuple, str]:
    """The names a definition not read (on lines some readers may not see, in faint ink, or whose body could not be
    read) defines otherwise than a readable one, ``bodies`` the readable ones' (spaces dropped), and why neither is
    used: the readers who read it read a redefinition, the others do not, so what the readable one gives the name is
    not in force for all of them (as a name defined twice is not).  Only what is stated before a step is given, so
    the steps before the redefinition keep the definition; either order of the two is a redefinition to those who
    read both."""
    found: dict[tuple, str] = {}
    for item in stated:
        if item.kind != "definition" or item.readable or item.name is None or item.name.node is None:
            continue
        key = _defined_key(item)
        body = item.body.text.replace(" ", "") if item.body is not None else None
        if key == ("other",) or key not in bodies or body == bodies[key]:
            continue
        error = item.body.error if item.body is not None else None
        why = {FAINT: f"written {FAINT}", UNSHOWN: f"{UNSHOWN}, for the readers who see them and not the others"}
        found.setdefault(key, f"line {item.line} ({item.text[:60]}) defines {item.name.text.strip()} again, "
                         + why.get(error, "in maths that could not be read"))  # fmt: skip
    return found


def dispute(context: StepContext, key: Key | None, reason: str, narrows: bool = False) -> None:
    """Say ``reason`` of ``key`` (the first reason is the one shown); ``narrows``: the reason only narrows the
    schedule (:attr:`StepContext.narrowing`), which one that does not undoes."""
    if key is not None:
        _say(context, context.disputed, key, reason, narrows)


def relate(context: StepContext, key: Key | None, reason: str, narrows: bool = False) -> None:
    """:func:`dispute`, of a relation the note states and the kernel does not use (:attr:`StepContext.related`)."""
    if key is not None:
        _say(context, context.related, key, reason, narrows)


def _say(context: StepContext, said: dict[Key, str], key: Key, reason: str, narrows: bool) -> None:
    if not narrows:
        context.narrowing.discard(key)
    elif key not in context.disputed and key not in context.related:
        context.narrowing.add(key)
    said.setdefault(key, reason)


def unnarrowed(context: StepContext) -> StepContext | None:
    """The context without what only narrows the schedule (:attr:`StepContext.narrowing`), or None where nothing
    does."""
    if not context.narrowing:
        return None
    kept = {key: reason for key, reason in context.disputed.items() if key not in context.narrowing}
    return replace(context, disputed=kept, narrowing=set(),
                   related={key: reason for key, reason in context.related.items() if key not in context.narrowing})  # fmt: skip


def _family(key: Key) -> Key:
    """A symbol's key, or its whole family's when its index is generic (x_t stands for every x_k)."""
    value = index_value(key[2])
    return (key[0], key[1], "*") if value is not None and value.free_symbols else key


def _letter(node: syntax.Node) -> Key | None:
    """What a definition is about: a symbol's key (its whole family when its index is generic: abar_t for any
    t), or a function's or law's letter (any arguments)."""
    target = defined_name(node)
    if isinstance(target, syntax.Name):
        value = index_value(target.index)
        generic = value is not None and bool(value.free_symbols)
        return (target.base, target.decoration, "*") if generic else target.key
    if isinstance(target, syntax.Call):
        return (target.name.base, target.name.decoration, "*")
    return None


def disputed_reason(context: StepContext, keys: set[Key]) -> str:
    """Why a step with these names cannot be refuted (the note says something unmodelled of one), or ''.  The
    letters of their indices are names of the step too: after "Since $t = T$," a counterexample that takes
    abar_t and abar_T apart is not one the note allows."""
    for base, decoration, index in sorted(keys | linked(context, keys)):
        for key in ((base, decoration, index), (base, decoration, "*")):
            for said in (context.disputed, context.related):
                if key in said:
                    return said[key]
    renamed = _renamed_reason(context, _tied_closure(context, keys | linked(context, keys)))
    if renamed:
        return renamed
    for letter in sorted(_index_letters(keys)):
        if letter in context.indices_related:
            return context.indices_related[letter]
    return context.unread


def _tied_closure(context: StepContext, keys: set[Key]) -> set[Key]:
    """These names and every name a sentence ties to them in words, in turn (``context.words_tied``: "let $z$ denote
    $x_T$", "$y$ is $x_T$ scaled by two"): a law said of one is said of what it is tied to."""
    found, grown = set(keys), True
    while grown:
        tied = {key for pair in context.words_tied if pair & found for key in pair}
        grown = not tied <= found
        found |= tied
    return found


def _context_fixes(node: syntax.Node) -> bool:
    """Whether a declared context gives the name ``node`` its meaning: the schedule's names, the noises, and the
    names it gives whatever a note equates them with (mu~_t, beta~_t)."""
    return isinstance(node, syntax.Name) and (
        node.key[:2] in contexts.SCHEDULE or node.base in contexts.NOISES or contexts.names(node)
    )


def linked(context: StepContext, keys: set[Key]) -> set[Key]:
    """The names tied to these by a definition of a number, either way (s := a + b ties s to a and b), or by a
    declared context's schedule (alpha_t = 1 - beta_t, abar_t = prod alpha_s; a schedule name at any step the note
    says something of, since abar_k is made of every alpha_j, j <= k): a counterexample's a and b give s its value,
    so what the note says of s is said of them (s > 0 bounds a + b)."""
    symbols, random = context.vocabulary.symbols, context.vocabulary.is_random
    ties = [  # of numbers: a random variable's value is drawn, not bounded by a sentence on a function of it
        {symbols[s][:2] for s in (definition.lhs, *definition.rhs.free_symbols) if s in symbols and not random(s)}
        for definition in context.defined.values()
        if definition.lhs in symbols and not random(definition.lhs)
    ]
    if context.contexts:
        ties.append(set(contexts.SCHEDULE))
    written = {key[:2] for key in keys}
    letters = set(written)
    grown = True
    while grown:
        grown = False
        for tie in ties:
            if tie & letters and not tie <= letters:
                letters |= tie
                grown = True
    indices = {"", "*"} | {key[2] for key in keys}  # alpha_1 = 0.5 is said of beta_1 = 1 - alpha_1
    found = {(base, decoration, index) for base, decoration in letters - written for index in indices}
    if context.contexts and letters & contexts.SCHEDULE:  # and of abar_2 = alpha_1 alpha_2, at every later step
        found |= {key for key in (*context.disputed, *context.related) if key[:2] in contexts.SCHEDULE}
    return found


def _among_the_schedule(item: Stated, stated: list[Stated]) -> bool:
    """Whether ``item``, under a declared context, is a relation, an assumption or a definition the note makes (not
    one it denies) that writes the schedule's names alone, with numbers and the letters of their indices
    and of the products over them (beta_1 < ... < beta_T, abar_t := prod_{i=1}^T alpha_i): whatever it says, it
    only narrows which of the context's schedules the note means."""
    if item.denied or item.kind not in ("relation", "assumption", "definition"):
        return False
    if not any(other.kind == "context" and other.text in contexts.CONTEXTS for other in stated):
        return False
    written = [n for f in (item.name, item.body) if f is not None and f.node is not None for n in nodes(f.node)]
    names = [n for n in written if isinstance(n, syntax.Name)]
    members = [n for n in names if n.key[:2] in contexts.SCHEDULE]
    letters = {c for n in members for c in n.index if c.isalpha()}
    letters |= {n.base for s in written if isinstance(s, syntax.Series) for n in (s.index, s.lower, s.upper)
                if isinstance(n, syntax.Name)}  # fmt: skip
    alone = all(n in members or n.key == (n.base, "", "") and n.base in letters for n in names)
    return bool(members) and alone and _within_the_box(item)


def _within_the_box(item: Stated) -> bool:
    """Whether what ``item`` says keeps the schedule's names in their conventions' box: a relation among the names
    with no number (beta_1 < ... < beta_T, alpha_t = alpha_{t-1}: a subset of the box), or a definition by a product
    of them (abar_t := prod_{i=1}^T alpha_i: in (0, 1]); not a value (``\\bar\\alpha_T = 0``, off the box) nor a body
    that may leave it (alpha_t + alpha_{t-1}), where a step false at every point of the box may hold; nor a relation
    on the step's own row (``\\sqrt{\\bar\\alpha_T} x_0 = 0, \\quad \\bar\\alpha_T = 0``: its case, read apart from its
    value)."""
    if item.origin in ("step", "case"):
        return False
    if item.kind == "definition":
        return item.body is not None and _a_product_of_names(item.body.node)
    written = [n for f in (item.name, item.body) if f is not None and f.node is not None for n in nodes(f.node)]
    limits = {id(n) for s in written if isinstance(s, syntax.Series) for n in (s.lower, s.upper) if n is not None}
    return not any(isinstance(n, syntax.Number) and id(n) not in limits for n in written)


def _a_product_of_names(node: syntax.Node | None) -> bool:
    if isinstance(node, syntax.Name):
        return node.key[:2] in contexts.SCHEDULE
    if isinstance(node, syntax.Series):
        return node.operator == "prod" and _a_product_of_names(node.body)
    return (
        isinstance(node, syntax.Binary)
        and node.operator == "*"
        and all(_a_product_of_names(part) for part in (node.left, node.right))
    )


def _narrowing_read(item: Stated, context: StepContext) -> bool:
    """Whether a relation among the schedule's names alone narrows the schedule: kept, where the witness reads it
    (:func:`schedule_witness.read`), for a schedule meeting them all to be shown to exist
    (:attr:`StepContext.narrowing_said`); one it does not read only where the note asserts it (one it supposes,
    "if beta_1 > beta_2", may be met by no schedule, and the step then claims nothing)."""
    statement = item.name.node if item.name is not None else None
    said = schedule_witness.read(statement, f"line {item.line} states {item.text[:60]}")
    if said is not None:
        context.narrowing_said.append(said)
    return said is not None or item.origin not in ("condition", "case")


def _schedule_said(item: Stated, stated: list[Stated], vocabulary: NoteVocabulary) -> ScheduleStatement | None:
    """A relation among a declared context's schedule names alone (an order of a family written with an
    ellipsis, an equation of its members), which a schedule witnessing a counterexample must meet: one the note
    states as its own (plainly, in a display's where, or in a directive), or one the context's relations make an
    identity (abar_1 = alpha_1, in any words); None for any other, or one supposed or denied."""
    if (
        item.kind not in ("relation", "assumption")
        or item.denied
        or item.origin == "condition"
        or item.body is not None
    ):
        return None
    if not any(other.kind == "context" and other.text in contexts.CONTEXTS for other in stated):
        return None
    statement = item.name.node if item.name is not None else None
    said = schedule_witness.read(statement, f"line {item.line} states {item.text[:60]}")
    if said is None or item.plain or item.where or item.origin == "directive":
        return said
    equation = schedules.Equation(item.line, item.text, statement.operands)
    return said if set(statement.relations) == {"="} and schedules.context_identity(equation, vocabulary) else None


#: DDPM's largest beta (its schedule rises linearly from 10^-4 to 0.02): the scale "beta_t small" is read at.
DDPM_S_LARGEST_BETA = Fraction(1, 50)


def _small_schedule(item: Stated) -> ScheduleStatement:
    """A sentence saying beta_t small, asserted or as a case ("if $\\beta_t$ is small enough, ..."), as the bound a
    schedule witnessing a counterexample keeps every step's beta in: beta_s <= 0.02, DDPM's largest
    (:data:`DDPM_S_LARGEST_BETA`).  Sound either way: asserted, the words allow the schedules DDPM calls small, and a
    witness of that scale is one of them; as a case, they say nothing of the schedule, and a narrower search only
    finds fewer counterexamples.  Steps that hold only as beta_t goes to 0 (an approximation written as an equality)
    hold at no schedule of that scale either."""
    return ScheduleStatement(
        f"line {item.line} says $\\beta_t$ is small ({item.text[:60]}), read as beta_s <= "
        f"{float(DDPM_S_LARGEST_BETA)} at every step (DDPM's largest)",
        (),
        (),
        (1 - DDPM_S_LARGEST_BETA, Fraction(1)),
    )


def _between_indices(item: Stated) -> bool:
    """Whether a relation is an equation or an order between indices alone (``t = T``, ``s < t``, ``T = 1000``)."""
    statement = item.name.node if item.name is not None else None
    return isinstance(statement, syntax.Statement) and indices_only(*statement.operands)


def _index_letters(keys: set[Key]) -> set[Key]:
    """The letters the indices of these names are written with, as names (t and T for abar_{t-1}, x_{1:T})."""
    found = set()
    for _, _, index in keys:
        for part in index.split(":") if index else ():
            value = index_value(part)
            found |= {(str(letter), "", "") for letter in value.free_symbols} if value is not None else set()
    return found


def _members(item: Stated, step_keys: set[Key], literal: set[Key]) -> list[tuple[Stated, str]]:
    """The definition as written, and its instances at the other generic indices the step names: ``x_t =
    f(x_{t-1})`` holds at every step t, so it gives x_{t-1} = f(x_{t-2}) where the note does not define x_{t-1}
    itself (not x_1 = f(x_0): the note may define the family from t = 2 on)."""
    found = [(item, "")]
    target = item.name.node
    if not isinstance(target, syntax.Name) or item.ranged is not None:  # L_t := ... for 1 <= t <= T - 1: not L_{t+1}
        return found
    value = index_value(target.index)
    if value is None or not value.free_symbols:
        return found
    (symbol,) = value.free_symbols
    for key in keys_in(item.body.node):
        noise = key[0] in contexts.NOISES
        if noise and not (index_value(key[2]) is not None and symbol in index_value(key[2]).free_symbols):
            return found  # x_t = ... + sqrt(beta_t) epsilon: one noise for every t is not what a shift would mean
    for base, decoration, index in step_keys:
        member = index_value(index)
        if (base, decoration) != (target.base, target.decoration) or (base, decoration, index) in literal:
            continue
        if member is None or not member.free_symbols or member == value:
            continue
        shift = {symbol: member - (value - symbol)}
        name, body = shifted(item.name.node, shift), shifted(item.body.node, shift)
        version = replace(
            item, name=Formula(item.name.text, item.line, name), body=Formula(item.body.text, item.line, body)
        )
        found.append((version, f" (at {syntax_index(member)})"))
    return found


def _identity(item: Stated, vocabulary: NoteVocabulary) -> bool:
    """Whether a relation's equations hold for every value of their names (``(1 - a) + a (1 - b) = 1 - a b``):
    an identity of algebra constrains nothing, so no counterexample can break it."""
    statement = item.name.node if item.name is not None else None
    if not isinstance(statement, syntax.Statement) or set(statement.relations) != {"="}:
        return False
    try:
        sides = [translate(Formula(item.text, item.line, operand), vocabulary)[0] for operand in statement.operands]
    except InvalidAnswer:
        return False
    operators = (Density, Normal, KL, Expectation, Grad, sp.Integral, sp.Sum, sp.Product, sp.Derivative, AppliedUndef)
    if any(side.atoms(*operators) or sp.count_ops(side) > _IDENTITY_OPS for side in sides):
        return False
    return all(_vanishes(left - right) for left, right in zip(sides, sides[1:]))


@functools.lru_cache(maxsize=1024)
def _vanishes(difference: sp.Expr) -> bool:
    """Whether SymPy simplifies ``difference`` to 0 (each step's assumptions meet the same relations again)."""
    return sp.simplify(difference) == 0


#: The size (operations) of a side beyond which a relation is not simplified to decide whether it is an identity.
_IDENTITY_OPS = 60


def _gives_value(item: Stated) -> bool:
    """A sentence's ``c = 3``: a value for a name (which, defined otherwise too, the note defines twice)."""
    statement = item.name.node if item.kind == "relation" and item.name is not None else None
    return (
        isinstance(statement, syntax.Statement)
        and statement.relations == ("=",)
        and isinstance(statement.operands[0], syntax.Name)
        and isinstance(statement.operands[1], syntax.Number | syntax.Negative | syntax.Binary)
    )


def _instances_defined_otherwise(readable: list[Stated]) -> set[tuple]:
    """The numbers defined for every index (a_t := t^2) and also at one of their instances with another body
    (a_{t-1} := a_t - 1): the note defines each twice, so neither is used.  (A random variable's two forms, x_t
    from x_{t-1} and x_{t-1} from x_0, are a derivation's, equal in law: each is used as written.)"""
    definitions = [item for item in readable if item.kind == "definition" and isinstance(item.name.node, syntax.Name)
                   and not any(key[0] in RANDOM for key in keys_in(item.name.node) | keys_in(item.body.node))]  # fmt: skip
    found = set()
    for family in definitions:
        target = family.name.node
        value = index_value(target.index)
        if value is None or len(value.free_symbols) != 1:
            continue
        (symbol,) = value.free_symbols
        for item in definitions:
            other = item.name.node
            member = index_value(other.index)
            if (other.base, other.decoration) != (target.base, target.decoration) or member in (None, value):
                continue
            instance = shifted(family.body.node, {symbol: member - (value - symbol)})
            if not same(instance, item.body.node):
                found |= {name_key(target), name_key(other)}
    return found


def _bound(item: Stated, context: StepContext) -> None:
    """``assume 0 < a < 1`` (or ``a > 0``, ``a \\le 2``): the domain of a, within its convention."""
    statement = item.name.node if item.name is not None else None
    if not isinstance(statement, syntax.Statement):
        return
    names = [o for o in statement.operands if isinstance(o, syntax.Name)]
    written = {n.key: n for n in nodes(statement) if isinstance(n, syntax.Name)}
    unused = f"line {item.line} assumes {item.text.strip()[:60]}, which is not used"
    if len(names) != 1 or len(written) != 1:  # h + k > 0: checked at a counterexample, not used in a proof
        if stated_order(item, context):
            return
        for name in written.values():
            relate(context, _letter(name), unused)
        return
    (name,) = names
    interval = sp.Interval(-sp.oo, sp.oo)
    for left, relation, right in zip(statement.operands, statement.relations, statement.operands[1:]):
        number = right if left is name else left
        try:
            value, _ = translate(Formula(item.text, item.line, number), context.vocabulary)
        except InvalidAnswer:
            value = None
        if value is None or not (value.is_number and value.is_real):
            relate(context, _letter(name), unused)
            return
        below = (relation in ("<", "<=")) == (left is name)  # the name is below the number
        strict = relation in ("<", ">")
        interval &= sp.Interval(-sp.oo, value, True, strict) if below else sp.Interval(value, sp.oo, strict, True)
    vocabulary = context.vocabulary
    vocabulary.declared[name.key] = vocabulary.domain(name.key).intersect(interval)


def _constrained_variables(item: Stated, vocabulary: NoteVocabulary) -> set[sp.Symbol]:
    """The random variables ``item`` writes outside a density ("Here $x_0 = 0$", "$\\mathbb{E}[x_0] = 0$",
    "$x_0 \\in [-1, 1]$"): a value, a moment or a support of theirs the note states, which a law a counterexample
    draws for them need not have (``f(x_0) = x_0^2`` defines a function of them, and ``q(x_0) = ...`` writes them
    as a density's arguments, a law read elsewhere)."""
    statement = item.name.node if item.name is not None else None
    if statement is None or any(
        isinstance(o, syntax.Call) and law_letter(o) is None for o in getattr(statement, "operands", ())
    ):
        return set()  # f(x_0) = x_0^2 defines f
    inside = {id(n) for call in nodes(statement) if isinstance(call, syntax.Call) for n in nodes(call)}
    written = {n.key for n in nodes(statement) if isinstance(n, syntax.Name) and id(n) not in inside}
    return {vocabulary.symbol(key) for key in written if key[0].rstrip("'") in RANDOM}  # no other name registered


#: The operators of a moment or a probability written as a call (``\mathrm{Cov}(u, \epsilon)``).
_MOMENTS = frozenset({"Cov", "Var", "Corr", "cov", "var", "corr", "E", "P", "Pr"})


def _said_random(item: Stated) -> set[Key]:
    """The names ``item`` makes random beside a noise: a name called random in words (``random``), the variables
    of a law whose parameters write a noise (u ~ N(eps, 1)), and the names written with a noise inside a moment, a
    probability or a density (E(u eps) = 1, Cov(u, eps) != 0, p(u | eps)).  A noise's own law's parameters (eps ~
    N(m, 1)) and a declared context's schedule (alpha_t, beta_t) are not made random."""
    written = [f.node for f in (item.name, item.body) if f is not None and f.node is not None]
    found: set[Key] = set()
    if item.kind == "random":
        found = _names(written[0]) if written else set()
    elif item.kind in LAWS and len(written) == 2 and _noise_names(written[1]):
        found = _names(written[0]) - _noise_names(written[0])
    else:
        for node in (n for w in written for n in nodes(w)):
            moment = isinstance(node, syntax.Expectation) or (
                isinstance(node, syntax.Call) and (law_letter(node) is not None or node.name.base in _MOMENTS)
            )
            if moment and _noise_names(node):
                found |= _names(node) - _noise_names(node)
    return {key for key in found if key[:2] not in contexts.SCHEDULE}


def _names(node: syntax.Node) -> set[Key]:
    """The keys of the names ``node`` writes as values (not those it applies: the E of E(u), the p of p(u))."""
    applied = {id(c.name) for c in nodes(node) if isinstance(c, syntax.Call)}
    return {n.key for n in nodes(node) if isinstance(n, syntax.Name) and id(n) not in applied}


def _noise_names(node: syntax.Node) -> set[Key]:
    """The keys of the noises ``node`` writes (:func:`~contexts.is_noise`)."""
    return {key for key in _names(node) if contexts.is_noise(key)}


def _gaussian_law(item: Stated) -> str | None:
    """The kernel's name of the law whose density ``item`` defines as a Gaussian (``p_\\theta(x_{t-1} | x_t) =
    N(...)``: p), or None."""
    name = item.name.node if item.kind == "definition" and item.name is not None else None
    if not (isinstance(name, syntax.Call) and law_letter(name) is not None and item.body is not None):
        return None
    if not any(isinstance(n, syntax.Gaussian) for n in nodes(item.body.node)):
        return None
    base, decoration, index = name.name.key
    return display_name((base, decoration, "" if index in syntax.MODEL_INDICES else index))


#: A membership of a bare letter in a set or an interval (``T \in \{1, \ldots, 5\}``, ``T \in [1, 5]``, ``T \in
#: [\![1, 5]\!]``, ``T \in [1, 6[``; brackets read by :mod:`~diffproof.notecheck.set_brackets`), or in sets of
#: integers joined by unions, differences and intersections (``T \in \{1, 2, 3\} \cup \{5\}``, ``T \in \{1, \ldots,
#: 5\} \setminus \{3\}``): its letter, then each term's brackets and members and the operation before the next.
_MEMBERSHIP = re.compile(r"\s*(?P<letter>[A-Za-z])\s*(?:\\in(?![A-Za-z])|∈)")
_TERM = re.compile(
    r"\s*" + set_brackets.OPEN + r"\s*(?P<members>[^{}\[\]()]*?)\s*" + set_brackets.CLOSE
    + r"\s*(?:(?P<operation>\\(?:cup|sqcup|uplus|setminus|smallsetminus|backslash|cap)(?![A-Za-z])|[∪⊔∖∩])"
    + r"|[.,;]?\s*$)"
)  # fmt: skip
#: What each operation between sets of integers does to the members so far and the next term's.
_OPERATIONS: dict[str, Callable[[frozenset[int], frozenset[int]], frozenset[int]]] = {
    **dict.fromkeys(("\\cup", "\\sqcup", "\\uplus", "∪", "⊔"), frozenset.union),
    **dict.fromkeys(("\\setminus", "\\smallsetminus", "\\backslash", "∖"), frozenset.difference),
    **dict.fromkeys(("\\cap", "∩"), frozenset.intersection),
}
#: The most members, or numbers left out, a set with gaps is kept to or from in a proof (its order is a product of
#: one factor each), and at a counterexample (beyond, the letter's membership cannot be checked there: not
#: trusted); and the most members of a set joined to others, beyond which the sets are not read.
_MOST_GAPPED = 32
_MOST_FACTORS = 256
_MOST_LISTED = 4096

#: An ellipsis among a set's members.
_DOTS = re.compile(set_brackets.DOTS)


@dataclass(frozen=True)
class _Membership:
    r"""A membership of a letter in a set of integers or an interval with number ends (:func:`_membership`): its
    ``letter``, ``brackets``, least and greatest members (``low``, ``high``), and where a set of integers leaves
    numbers between them out, what keeps the letter to its members: the members (``gapped``: ``\{1, 3, 5\}``) or the
    numbers left out (``holes``: ``\{1, \ldots, 200\} \setminus \{3\}``), whichever are fewer; ``large``: more
    than :data:`_MOST_GAPPED` of them (or too many to list, neither given), kept at a counterexample only."""

    letter: str
    brackets: set_brackets.Brackets
    low: int
    high: int
    gapped: tuple[int, ...] = ()
    holes: tuple[int, ...] = ()
    large: bool = False


def _listed(brackets: set_brackets.Brackets, members: list[str]) -> range | frozenset[int] | None:
    r"""The integers a set or an integer interval writes between ``brackets``, upwards: an integer interval's from its
    two number ends (less an end it leaves out); a set's listed in full (``\{1, 3, 5\}``) or with one ellipsis
    between runs that step alike, the dots going on by that step (``\{1, \ldots, 5\}``, ``\{5, 4, \ldots, 1\}``,
    ``\{2, 4, \ldots, 10\}``: the even numbers to 10).  None for any other (``\{1, 2, 4, \ldots, 9\}`` steps two
    ways; ``\{1, 2, \ldots\}`` has no last member; ``\{1, 3, \ldots, 8\}``: the dots do not reach 8)."""
    dots = [bool(_DOTS.fullmatch(member)) for member in members]
    if not all(dots[i] or re.fullmatch(r"-?\d+", member) for i, member in enumerate(members)):
        return None
    numbers = [int(member) for member, dot in zip(members, dots) if not dot]
    if brackets.kind == "integers":
        return range(numbers[0] + brackets.open_low, numbers[1] - brackets.open_high + 1) if len(members) == 2 else None
    if brackets.kind != "set":
        return None
    if not any(dots):
        return frozenset(numbers) if numbers else None
    if dots.count(True) != 1 or dots[0] or dots[-1]:
        return None  # one ellipsis, between members
    cut = dots.index(True)
    before, after = numbers[:cut], numbers[cut:]
    run = before if len(before) > 1 else after
    step = run[1] - run[0] if len(run) > 1 else (after[0] > before[-1]) - (after[0] < before[-1])
    steps = [b - a for side in (before, after) for a, b in zip(side, side[1:])]
    if not step or any(each != step for each in steps) or (after[0] - before[-1]) * step <= 0:
        return None
    if (after[0] - before[-1]) % step:
        return None  # the dots do not reach the members after them by the step
    listed = range(before[0], after[-1] + step, step)
    return listed if step > 0 else listed[::-1]


def _member_ends(
    brackets: set_brackets.Brackets, members: list[str]
) -> tuple[int, int, tuple[int, ...], tuple[int, ...], bool] | None:
    """The least and the greatest of the members written between ``brackets``, and what keeps a letter to a set that
    leaves numbers between them out (:func:`_integer_ends`): an interval's (or an integer interval's) two number
    ends, its brackets saying which it leaves out; a set's members' (:func:`_listed`).  None for any other."""
    if brackets.kind != "set":
        plain = all(re.fullmatch(r"-?\d+", member) for member in members)
        return (int(members[0]), int(members[1]), (), (), False) if len(members) == 2 and plain else None
    listed = _listed(brackets, members)
    return _integer_ends(listed) if listed is not None else None


def _integer_ends(
    listed: range | frozenset[int],
) -> tuple[int, int, tuple[int, ...], tuple[int, ...], bool] | None:
    """The least and greatest of two or more integers, and where they leave numbers between them out, what keeps a
    letter to them (:class:`_Membership`: the members or the numbers left out, the fewer, at most
    :data:`_MOST_FACTORS`; else neither), and whether that is more than :data:`_MOST_GAPPED` (``large``); None for
    fewer than two."""
    if len(listed) < 2:
        return None
    low, high = (listed[0], listed[-1]) if isinstance(listed, range) else (min(listed), max(listed))
    left_out = high - low + 1 - len(listed)
    if not left_out:
        return low, high, (), (), False
    large = min(len(listed), left_out) > _MOST_GAPPED
    if min(len(listed), left_out) > _MOST_FACTORS:
        return low, high, (), (), True
    if len(listed) <= left_out:
        return low, high, tuple(sorted(listed)), (), large
    return low, high, (), tuple(sorted(frozenset(range(low, high + 1)) - frozenset(listed))), large


def _membership(text: str) -> _Membership | None:
    r"""The membership ``text`` writes (:data:`_MEMBERSHIP`, :data:`_TERM`, :func:`_member_ends`), its spacing
    commands read as spaces (``\{1,\,2,\,3\}``): of one set or interval, or of sets of integers joined by the
    operations of :data:`_OPERATIONS`, read left to right (their members, :func:`_listed`).  None for any other
    text, brackets that do not pair, or a term no set of integers (``\{1, 2, 3\} \cup \mathbb{N}``)."""
    text = set_brackets.spaced(text)
    found = _MEMBERSHIP.match(text)
    terms: list[tuple[set_brackets.Brackets, list[str], str | None]] = []
    at = found.end() if found is not None else len(text)
    while found is not None and (term := _TERM.match(text, at)) is not None:
        brackets = set_brackets.read(term["open"], term["close"])
        if brackets is None:
            return None
        terms.append((brackets, [member.strip() for member in term["members"].split(",")], term["operation"]))
        at = term.end()
        if term["operation"] is None:
            break
    if found is None or not terms or terms[-1][2] is not None:
        return None
    if len(terms) == 1:
        brackets, members, _ = terms[0]
        ends = _member_ends(brackets, members)
        return _Membership(found["letter"], brackets, *ends) if ends is not None else None
    joined: frozenset[int] = frozenset()
    operation = "\\cup"
    for brackets, members, after in terms:
        listed = _listed(brackets, members)
        if listed is None or len(listed) > _MOST_LISTED:
            return None
        joined, operation = _OPERATIONS[operation](joined, frozenset(listed)), after
    ends = _integer_ends(joined)
    return _Membership(found["letter"], set_brackets.Brackets("set", False, False), *ends) if ends else None


def membership_as_order(item: Stated) -> Stated | None:
    """``item``, a membership of a letter in a set of integers or an interval with number ends
    (:func:`_membership`), as the chain of orders between its ends (``T \\in \\{1, \\ldots, 5\\}``: ``1 \\le T \\le
    5``; ``T \\in (1, 5]``: ``1 < T \\le 5``); None for any other statement.  A set with gaps is bounded by its ends
    too; :func:`_membership_orders` keeps it to its members."""
    member = _membership(item.text)
    if member is None:
        return None
    signs = ["<" if left_out else "\\le" for left_out in (member.brackets.open_low, member.brackets.open_high)]
    chain = f"{member.low} {signs[0]} {member.letter} {signs[1]} {member.high}"
    try:
        node = syntax.parse(chain, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    return replace(item, name=Formula(chain, item.line, node))


def _membership_orders(chain: syntax.Statement, item: Stated, context: StepContext) -> tuple[sp.Basic, ...]:
    """The orders of each end of a membership's chain of a letter between two numbers (:func:`membership_as_order`)
    that the letter's own assumptions do not give already (T \\ge 1 of a positive integer T is SymPy's True: the
    other end still bounds it); none where an end conflicts with them (T \\le -1), or where a set of integers is
    said of a letter that may be no integer (its orders would let it lie between the members).  A set with gaps
    (``\\{1, 3, 5\\}``) keeps the letter to its members too, as the order -(T - 1)^2 (T - 3)^2 (T - 5)^2 >= 0, which
    holds there only (a counterexample at T = 2, between its ends, breaks it), or out of the numbers it leaves out
    (``\\{1, \\ldots, 200\\} \\setminus \\{3\\}``: (T - 3)^2 > 0), whichever are fewer (:func:`_kept_to_members`);
    more than :data:`_MOST_GAPPED` of them are kept at a counterexample only (:func:`stated_order`)."""
    member = _membership(item.text)
    found = []
    for left, relation, right in zip(chain.operands, chain.relations, chain.operands[1:]):
        try:
            sides = [translate(Formula(item.text, item.line, side), context.vocabulary)[0] for side in (left, right)]
        except (InvalidAnswer, NotImplementedError, TypeError, ValueError):
            return ()
        whole = [side.is_integer or isinstance(node, syntax.Name) and isinstance(numbers.convention(node), sp.Range)
                 for side, node in zip(sides, (left, right))]  # an index letter is whole by its convention  # fmt: skip
        if set_brackets.of_integers(member.brackets if member is not None else None) and not all(whole):
            return ()
        upper, strict = _ORDERS[relation]
        gap = sides[upper] - sides[1 - upper]
        order = sp.StrictGreaterThan(gap, 0) if strict else sp.GreaterThan(gap, 0)
        if order is sp.false:
            return ()
        found += [] if order is sp.true else [order]
    kept = _kept_to_members(member, chain, item, context) if member is not None and not member.large else None
    return tuple(found) + ((kept,) if kept is not None else ())


def _kept_to_members(
    member: _Membership, chain: syntax.Statement, item: Stated, context: StepContext
) -> sp.Basic | None:
    """The order that keeps a membership's letter to the members of a set with gaps: -(T - 1)^2 (T - 3)^2 (T - 5)^2 >=
    0 of ``\\{1, 3, 5\\}``'s members, or (T - 3)^2 > 0 of a number left out (:class:`_Membership`); where neither is
    listed (too many), T's own unknown membership (an order a counterexample cannot be checked at); None where the
    set leaves no number out."""
    if not (member.gapped or member.holes or member.large):
        return None
    letter = translate(Formula(item.text, item.line, chain.operands[1]), context.vocabulary)[0]
    if not (member.gapped or member.holes):
        return sp.StrictGreaterThan(sp.Function("member_of_line_" + str(item.line))(letter), 0)
    kept = sp.Mul(*((letter - value) ** 2 for value in member.gapped or member.holes))
    return sp.GreaterThan(-kept, 0) if member.gapped else sp.StrictGreaterThan(kept, 0)


def stated_order(item: Stated, context: StepContext) -> bool:
    """Whether ``item`` states an order among formulas of names and numbers (2 alpha_t < 1, h + k > 0), plainly (in
    a directive, beside a step, or in a sentence of plain words), which is then kept as a condition a
    counterexample must satisfy.  A membership of a letter in a set or an interval with number ends states the
    orders it says (:func:`membership_as_order`)."""
    member = membership_as_order(item)
    item = member or item
    statement = item.name.node if item.name is not None and item.body is None else None
    if not isinstance(statement, syntax.Statement) or item.denied or item.origin == "condition":
        return False  # "We do not assume sigma > 0", "if 2 alpha_t < 1": it need not hold
    if not (item.plain or item.origin in ("directive", "case")):
        return False  # "h + k > 0 is violated", "Ref. [3] assumes h + k > 0": it may not hold either
    relations = (
        _orders(statement, item, context.vocabulary) if member is None else _membership_orders(statement, item, context)
    )
    if relations:
        context.conditions.append(_condition(statement, relations, item, context.vocabulary))
    large = _membership(item.text) if member is not None else None
    if relations and large is not None and large.large:  # kept to its many members at a counterexample only
        kept = _kept_to_members(large, statement, item, context)
        context.conditions.append(replace(_condition(statement, (kept,), item, context.vocabulary), said=False))
    return bool(relations)


def range_order(item: Stated, context: StepContext) -> bool:
    """Whether ``item``, an index's range that bounds nothing (``T \\ge 2`` beside its type, ``2 \\le t \\le T``
    before a display), orders the index beyond its convention: the note claims its steps only there, so a
    counterexample outside it (T = 1) is none it allows, and the order is kept as a condition a counterexample must
    satisfy (checked at its point, never used to prove).  An end the convention gives already (T >= 1) is none."""
    statement = item.name.node if item.name is not None and item.body is None else None
    if not isinstance(statement, syntax.Statement) or item.denied:
        return False
    relations = _orders(statement, item, context.vocabulary)
    if relations:  # not assumed where the step's values are checked: orders_not_taken claims the range there
        condition = _condition(statement, relations, item, context.vocabulary)
        context.conditions.append(replace(condition, said=False))
    return bool(relations)


def _condition(
    statement: syntax.Statement, relations: tuple[sp.Basic, ...], item: Stated, vocabulary: NoteVocabulary
) -> StatedCondition:
    """``relations`` read from ``statement`` as a condition, with the letters it writes."""
    symbols = vocabulary.symbols  # hk read as h k: the letters of what it is translated to, too
    translated = {symbols[s][:2] for r in relations for s in r.free_symbols if s in symbols}
    written = [n for n in nodes(statement) if isinstance(n, syntax.Name)]
    spelled = {(c, "") for n in written if len(n.base) > 1 and n.base.isascii() and n.base.isalpha()
               and n.base not in syntax.GREEK for c in n.base}  # fmt: skip
    letters = frozenset(n.key[:2] for n in written) | translated | spelled  # hk may be h k, as a step writes it
    return StatedCondition(relations, letters, f"line {item.line} states {item.text[:60]}")


def law_domains(items: list[Stated], context: StepContext) -> None:
    """The orders the note's laws make of their parameters (:mod:`~diffproof.notecheck.statements.law_domains`: a
    variance s > 0), each kept as a condition a counterexample must satisfy, unless the ranges of its names, and the
    definitions of them, keep it >= 0 (beta_t, 1 - alpha_t, beta-tilde_t, 0 only at the schedule's start its
    conventions allow): those a counterexample keeps already.  They are read in a copy of the step's vocabulary: the
    step gains no name, no convention and no index it does not write itself (a name registered would bring its
    definitions, and what the note says of them, into the step's assumptions)."""
    if not items:
        return
    scratch = copy.deepcopy(context.vocabulary)
    definitions = [a for a in context.assumptions if isinstance(a, Definition)] + [
        d for d in context.defined.values() if isinstance(d, Definition)
    ]  # beta-bar_t := 1 - abar_t: positive where abar_t < 1
    unfolded = functools.cache(functools.partial(_unfolded, definitions=definitions))  # once per formula and step
    for item in items:
        relations = tuple(
            r for r in _orders(item.name.node, item, scratch)
            if not _nonnegative_within(unfolded(r.lhs - r.rhs), scratch)
        )  # fmt: skip
        if relations:  # beta-bar_t := 1 - abar_t at a generic index: beta-bar_{t-1} >= 0 too
            families = frozenset(
                scratch.symbols[d.lhs][:2] for d in definitions
                if d.lhs in scratch.symbols and any(c.isalpha() for c in scratch.symbols[d.lhs][2])
                and _nonnegative_within(unfolded(d.rhs), scratch)
            )  # fmt: skip
            relations = tuple(
                r for r in relations
                if not _nonnegative_within(unfolded(r.lhs - r.rhs), scratch, families)
            )  # fmt: skip
        if relations:
            context.conditions.append(replace(_condition(item.name.node, relations, item, scratch), said=False))


def _unfolded(expr: sp.Expr, definitions: list[Definition]) -> sp.Expr:
    """``expr`` with the definitions of its names substituted, a few rounds deep.  A definition whose left side is
    no part of the formula is passed over (substituting it would change nothing)."""
    for _ in range(4):
        new = expr
        parts = set(sp.preorder_traversal(new))
        for definition in definitions:
            if definition.lhs in parts:
                new = substitute(new, definition.lhs, definition.rhs)
                parts = set(sp.preorder_traversal(new))
        if new == expr:
            break
        expr = new
    return expr


def _nonnegative_within(
    gap: sp.Expr, vocabulary: NoteVocabulary, families: frozenset[tuple[str, str]] = frozenset()
) -> bool:
    """Whether ``gap`` >= 0 wherever its names lie in their ranges (a name of ``families``, which the note defines
    by a body >= 0 at a generic index, in [0, oo)), by interval arithmetic on those ranges (sound, not complete:
    False where unsure)."""
    names = {node for node in sp.preorder_traversal(gap) if isinstance(node, sp.Symbol)}  # as _bounds meets them
    return _nonnegative_on(gap, frozenset((name, _range(name, vocabulary, families)) for name in names))


@functools.lru_cache(maxsize=4096)
def _nonnegative_on(gap: sp.Expr, ranges: frozenset[tuple[sp.Symbol, sp.Set]]) -> bool:
    """:func:`_nonnegative_within` on the ``ranges`` of the names ``gap`` writes, remembered: each step of a note
    asks it of the same laws' parameters again.  Interval arithmetic reads only the formula and the ranges of its
    names (every symbol it writes, bound ones too), so they are its whole key."""
    bounds = _bounds(gap, dict(ranges))
    return bounds is not None and bool(bounds.low >= 0)


@dataclass(frozen=True)
class _Bounds:
    """The values a formula may take lie between ``low`` and ``high`` (each left out where open)."""

    low: sp.Expr
    low_open: bool
    high: sp.Expr
    high_open: bool


def _range(symbol: sp.Symbol, vocabulary: NoteVocabulary, families: frozenset[tuple[str, str]]) -> sp.Set:
    """The values ``symbol`` may take: [0, oo) for a name of ``families``, else its range (the reals if unknown)."""
    key = vocabulary.symbols.get(symbol)
    if key is None:
        return sp.Reals
    return sp.Interval(0, sp.oo) if key[:2] in families else vocabulary.domain(key)


def _bounds(expr: sp.Expr, ranges: Mapping[sp.Symbol, sp.Set]) -> _Bounds | None:
    """Interval arithmetic: bounds of ``expr`` where its names lie in their ``ranges`` (None where unsure: a name
    with no interval range, an undefined product 0 * oo, a power of a base that may be negative)."""
    if expr.is_number:
        return _Bounds(expr, False, expr, False) if expr.is_extended_real and expr.is_finite else None
    if isinstance(expr, sp.Symbol):
        domain = ranges[expr]
        if not isinstance(domain, sp.Interval):
            return None
        return _Bounds(domain.inf, domain.left_open or domain.inf.is_infinite, domain.sup,
                       domain.right_open or domain.sup.is_infinite)  # fmt: skip
    parts = [_bounds(arg, ranges) for arg in expr.args]
    if any(part is None for part in parts):
        return None
    if isinstance(expr, sp.Add):
        low, high = sp.Add(*(p.low for p in parts)), sp.Add(*(p.high for p in parts))
        if not (low.is_extended_real and high.is_extended_real):
            return None  # -oo + oo
        return _Bounds(low, any(p.low_open for p in parts), high, any(p.high_open for p in parts))
    if isinstance(expr, sp.Mul):
        return functools.reduce(_product, parts[1:], parts[0])
    if isinstance(expr, sp.Pow) and expr.exp.is_number and expr.exp.is_real:
        base = parts[0]
        if base.low < 0 or (base.low == 0 and not base.low_open):
            return None  # x^-1 near 0, or a power of a name that may be negative
        low = sp.oo if base.low == 0 and expr.exp < 0 else base.low**expr.exp  # 1/x near 0 (open): no bound
        ends = (low, base.low_open), (base.high**expr.exp, base.high_open)
        (low, low_open), (high, high_open) = ends if expr.exp > 0 else ends[::-1]
        return _Bounds(low, low_open, high, high_open)
    return None


def _product(left: _Bounds | None, right: _Bounds) -> _Bounds | None:
    """The bounds of a product, from its factors' ends (an end reached only at an open end is open)."""
    if left is None:
        return None
    ends = [(a * b, a_open or b_open) for a, a_open in ((left.low, left.low_open), (left.high, left.high_open))
            for b, b_open in ((right.low, right.low_open), (right.high, right.high_open))]  # fmt: skip
    if not all(value.is_extended_real for value, _ in ends):
        return None  # 0 * oo
    low, high = min(value for value, _ in ends), max(value for value, _ in ends)
    return _Bounds(low, all(o for v, o in ends if v == low), high, all(o for v, o in ends if v == high))


#: The orders a condition may state, as the side that must exceed the other, and whether strictly.
_ORDERS = {"<": (1, True), "<=": (1, False), ">": (0, True), ">=": (0, False)}


def _orders(statement: syntax.Statement, item: Stated, vocabulary: NoteVocabulary) -> tuple[sp.Basic, ...]:
    """``a < b < c`` of formulas of numbers and names as the relations ``b - a > 0``, ``c - b > 0``, or none where
    an operand is no real formula (a density, an expectation) or a relation is no order."""
    parts = []
    for left, relation, right in zip(statement.operands, statement.relations, statement.operands[1:]):
        if relation not in _ORDERS:
            return ()
        try:
            sides = [translate(Formula(item.text, item.line, side), vocabulary)[0] for side in (left, right)]
        except (InvalidAnswer, NotImplementedError, TypeError, ValueError):
            return ()
        if any(not isinstance(side, sp.Expr) or side.has(Density, Expectation, KL, Grad, sp.Integral, sp.Sum,
                                                           sp.Product, AppliedUndef) for side in sides):  # fmt: skip
            return ()
        upper, strict = _ORDERS[relation]
        gap = sides[upper] - sides[1 - upper]
        try:
            parts.append(sp.StrictGreaterThan(gap, 0) if strict else sp.GreaterThan(gap, 0))
        except TypeError:  # h + k > sqrt(-1): an order with a number that is not real says nothing checkable
            return ()
    return () if any(part in (sp.true, sp.false) for part in parts) else tuple(parts)


def _noise_variances(context: StepContext, line: int) -> dict[sp.Symbol, sp.Expr]:
    """The variances of the centred Gaussian laws a definition at ``line`` uses: each variable's law stated on
    that line (x_{k+1} = ... + epsilon, where epsilon ~ N(0, 1 - alpha_{k+1})), else the one law the note gives
    it (none where it gives several, or one that is not a centred Gaussian)."""
    found = {}
    for symbol, laws in context.gaussians.items():
        law = laws[line] if line in laws else _only(laws)
        if law is not None and law[0] == 0:
            found[symbol] = law[1]
    return found


def _laws_given_twice(context: StepContext) -> None:
    """A variable the note gives more than one law before the step (x ~ N(0, 1), then x ~ N(5, 1), perhaps on a line
    some readers do not see): which one holds is not read, so it is neither a standard normal nor a declared noise
    there, and it is disputed (as a name defined twice is)."""
    for symbol, laws in context.gaussians.items():
        if len(set(laws.values())) < 2:
            continue
        context.normals.discard(symbol)
        context.noises_stated.discard(symbol)
        lines = ", ".join(map(str, sorted(laws)))
        dispute(context, context.vocabulary.symbols.get(symbol), f"lines {lines} give {symbol} more than one law")


def _only(laws: dict[int, tuple[sp.Expr, sp.Expr] | None]) -> tuple[sp.Expr, sp.Expr] | None:
    """The one law the note gives a variable, wherever it states it; None where it gives several."""
    return next(iter(laws.values())) if len(set(laws.values())) == 1 else None


def _gaussian(item: Stated, vocabulary: NoteVocabulary) -> tuple[sp.Expr, sp.Expr] | None:
    """The mean and variance of a stated law ``... \\sim N(m, v)``, or None for another law or one not read."""
    law = item.body.node if item.body is not None else None
    if not (isinstance(law, syntax.Gaussian) and law.point is None):
        return None
    try:
        mean, _ = translate(Formula(item.text, item.line, law.mean), vocabulary)
        parameter, _ = translate(Formula(item.text, item.line, law.covariance), vocabulary)
        variance = vocabulary.variance(parameter)
    except InvalidAnswer:
        return None
    return mean, variance


def _law(item: Stated, context: StepContext, step_keys: set[Key]) -> None:
    """``z_{t-1}, z_{t-2}, \\dots \\sim N(0, I)``: independent standard normals (several variables, one law);
    one variable ~ N(0, I) is a standard normal (its independence from the rest is a reading, not stated); a noise
    given any other law, or one that cannot be read, is disputed: it is not the context's standard normal."""
    call = item.name.node
    vocabulary = context.vocabulary
    if not isinstance(call, syntax.Call):
        return
    names = [a for a in call.arguments if isinstance(a, syntax.Name)]
    body = item.body.node if item.body is not None else None
    free = isinstance(body, syntax.Call) and law_letter(body) is not None  # x_0 ~ q(x_0) leaves its law free
    if not free:
        context.laws_stated |= {vocabulary.symbol(n.key) for n in names}
    gaussian = _gaussian(item, vocabulary)
    if gaussian is None and not free and not isinstance(body, syntax.Gaussian):  # h ~ U(0, 1): a support of its own
        for name in names:
            context.other_laws.setdefault(vocabulary.symbol(name.key), item.line)
    for name in names:
        context.gaussians.setdefault(vocabulary.symbol(name.key), {})[item.line] = gaussian
    if gaussian != (0, 1):
        # epsilon ~ N(0, 4I): the noise-named variables are not the context's standard normals
        noisy = set(contexts.noises(vocabulary, [vocabulary.symbol(n.key) for n in names]))
        for name in names:
            if vocabulary.symbol(name.key) in noisy:
                dispute(context, _letter(name), f"line {item.line} states another law for it ({item.text[:60]})")
        return
    if any(isinstance(a, syntax.Ellipsis) for a in call.arguments):
        letters = {(n.base, n.decoration) for n in names}
        names += [syntax.Name(0, *key) for key in step_keys if (key[0], key[1]) in letters]
    symbols = {vocabulary.symbol(n.key) for n in names}
    if len(call.arguments) > 1:
        context.noises_stated |= symbols
    else:
        context.normals |= symbols


def finish(
    context: StepContext,
    used: set[sp.Symbol],
    step: sp.Expr,
    in_law: bool = False,
    written: contexts.Written = contexts.AS_WRITTEN,
) -> list[Assumption]:
    """The assumptions for a step (``step``: its two sides as one expression; ``written``: a step in law's sides
    before its random variables' definitions were substituted), with the domains of every name.

    A random variable's definition (``x_t = sqrt(alpha_t) x_{t-1} + ...``) is an equation between values: it
    is not used where the variable is a density's argument or an integration variable, nor in a step in law
    (where it has been substituted: :func:`diffproof.notecheck.readings.random_substituted`).
    """
    randoms = random_values(context, step, in_law)
    assumptions = relevant(list(context.assumptions) + randoms + _stated_densities(context, step), step)
    used = used | {s for d in assumptions if isinstance(d, Definition) for s in d.rhs.free_symbols}
    lag = contexts.noise_lag(context.vocabulary, context.defined)
    noise = tuple(sorted((n for n in context.noises_stated & used  # independent of the rest, as declared
                          if contexts.independent(context.vocabulary, n, step, lag, set(), defined=context.defined,
                                                  ties=context.ties)
                          and all(contexts.independent(context.vocabulary, n, side, lag, set(), dict(written.values),
                                                       context.defined, context.ties)
                                  for side in written.sides)), key=str))  # fmt: skip
    brought = {s for d in assumptions if isinstance(d, Definition) and not isinstance(d.lhs, Density)
               and d.lhs not in context.random_definitions
               for s in d.rhs.atoms(sp.Symbol)}  # fmt: skip  # L := E[eps^2]: the step L = 2 is about eps
    vocabulary = context.vocabulary  # bound ones too, and a name the note makes random beside a noise
    randoms = {s for s in step.atoms(sp.Symbol) | brought
               if vocabulary.is_random(s) or vocabulary.symbols.get(s) in vocabulary.said_random}  # fmt: skip
    keys = {context.vocabulary.symbols.get(s) for s in randoms} - {None}
    if not noise and len(randoms) == 1 and randoms <= context.normals and not disputed_reason(context, keys):
        noise = tuple(randoms)  # E[eps^2] = 1 after eps ~ N(0, 1): one random variable, its independence moot
    if noise:
        assumptions.append(Noises(noise))
    assumptions += stated_independences(context)
    return assumptions + domains(context.vocabulary, assumptions, used)


def stated_independences(context: StepContext) -> list[Independence]:
    """The independences the note states, of the names the step's vocabulary knows (a name it does not write
    dropped: a part of mutually independent vectors is so), each of two groups or more."""
    symbols = {key: symbol for symbol, key in context.vocabulary.symbols.items()}
    found = []
    for groups in context.independent:
        kept = tuple(g for g in (frozenset(symbols[k] for k in group if k in symbols) for group in groups) if g)
        if len(kept) > 1:
            found.append(Independence(kept))
    return found


def random_values(context: StepContext, step: sp.Expr, in_law: bool = False) -> list[Definition]:
    """The note's definitions of random variables a step may use as equations between values: none in a step in
    law, nor of a variable that is a density's argument, an integration variable or written with a sum's index."""
    if in_law:
        return []
    arguments = {a for d in step.atoms(Density) for a in d.arguments}
    bound = {v for operator in step.atoms(sp.Integral) for v in operator.variables}
    indices = {limits[0] for loop in step.atoms(sp.Sum, sp.Product) for limits in loop.limits}
    return [
        d
        for symbol, d in context.random_definitions.items()
        if symbol not in arguments | bound and not symbol.free_symbols & indices
    ]


def _stated_densities(context: StepContext, step: sp.Expr) -> list[Definition]:
    """``p(x) = N(x; m, v)`` where the note states ``x \\sim N(m, v)`` (one law, its mean and variance free of
    random variables) and writes p(x), the plain density of x alone, without defining it: the density of the
    law it states.  Not q(x) (notes write x_T ~ N(0, I) for the model's prior, while the forward law's q(x_T)
    is only near it), nor p_theta(x) or p(x | z), nor where the note defines a density of p over x itself."""
    found = []
    vocabulary = context.vocabulary
    factors = {  # p(y | x) defined: with p(x) it fixes p(y), which a law stated for y could contradict
        v
        for a in context.assumptions
        if isinstance(a, Definition) and isinstance(a.lhs, Density) and a.lhs.name == "p"
        for v in (*a.lhs.variables, *a.lhs.given)
    }
    for density in step.atoms(Density):
        if density.name != "p" or density.given or density.parameters is not None or density in context.defined:
            continue
        if density.variables[0] in factors:
            continue
        (variable, *rest) = density.variables
        law = _only(context.gaussians.get(variable, {})) if not rest else None
        if law is None or any(vocabulary.is_random(s) for part in law for s in part.free_symbols):
            continue
        lines = ", ".join(map(str, sorted(context.gaussians[variable])))
        shown = ", ".join(str(part).replace("**", "^") for part in law)
        found.append(Definition(density, Normal(variable, *law), f"{density} = N({shown}), the density "
                                f"of the law line {lines} states for {variable}"))  # fmt: skip
    return found


def relevant(assumptions: list[Assumption], step: sp.Expr) -> list[Assumption]:
    """The definitions a step can use -- those of names it writes, and of names their bodies write -- each
    once, and every other assumption."""
    definitions = list(dict.fromkeys(a for a in assumptions if isinstance(a, Definition)))
    unique: dict[tuple, Definition] = {}
    for definition in definitions:
        unique.setdefault((definition.lhs, definition.rhs), definition)
    found: list[Definition] = []
    frontier = [step]
    while frontier:
        expr = frontier.pop()
        for key, definition in list(unique.items()):
            if expr.has(definition.lhs) or _reduces_to(expr, definition.lhs) or _shares_law(expr, definition.lhs):
                found.append(definition)
                frontier.append(definition.rhs)
                if isinstance(definition.lhs, Density):  # p(y | x) brings p(x): the law's other factors
                    frontier.append(definition.lhs)
                del unique[key]
    others = [a for a in assumptions if not isinstance(a, Definition)]
    return _substitution_order(sorted(found, key=definitions.index)) + others


def _reduces_to(expr: sp.Expr, name: sp.Expr) -> bool:
    """Whether ``expr`` has a density that a Markov property could reduce to the density ``name``: the same
    law and variables, given more (q(x_t | x_{t-1}, x_0) and a definition of q(x_t | x_{t-1}))."""
    if not isinstance(name, Density):
        return False
    return any(
        d.name == name.name and d.variables == name.variables and set(name.given) < set(d.given)
        for d in expr.atoms(Density)
    )


def _shares_law(expr: sp.Expr, name: sp.Expr) -> bool:
    """Whether ``expr`` has a density of the law of the density ``name`` over a variable ``name`` writes:
    p(x | y) and a definition of p(y | x), or of p(x) (Bayes' rule relates them), p(z | x) and one of p(z | y)
    (with p(y | x), the law of z given x); a model of the step's laws must respect all of them."""
    if not isinstance(name, Density):
        return False
    written = set(name.variables) | set(name.given)
    return any(
        d.name == name.name and d.parameters == name.parameters and (set(d.variables) | set(d.given)) & written
        for d in expr.atoms(Density)
    )


def _substitution_order(definitions: list[Definition]) -> list[Definition]:
    """Definitions ordered so that one substituted after another never brings back a name already replaced:
    ``abar_t = alpha_t abar_{t-1}`` before ``alpha_t = 1 - beta_t`` (the kernel substitutes each once, in order)."""
    ordered: list[Definition] = []
    remaining = list(definitions)
    while remaining:
        ready = [d for d in remaining if not any(other.rhs.has(d.lhs) for other in remaining if other is not d)]
        ready = ready or remaining[:1]  # a circle: keep the note's order
        for definition in ready:
            ordered.append(definition)
            remaining.remove(definition)
    return ordered


def domains(vocabulary: NoteVocabulary, assumptions: list[Assumption], used: set[sp.Symbol]) -> list[Domain]:
    """The domain of every symbol of the step and of its assumptions (conventions, directives, or the reals)."""
    symbols = set(used)
    for assumption in assumptions:
        for value in vars(assumption).values():
            if isinstance(value, sp.Basic):
                symbols |= value.free_symbols
            elif isinstance(value, tuple):
                symbols |= {s for v in value if isinstance(v, sp.Basic) for s in v.free_symbols}
    found = []
    for symbol in sorted(symbols, key=str):
        key = vocabulary.symbols.get(symbol)
        if key is not None:
            found.append(Domain(symbol, vocabulary.domain(key)))
    return found


def differentiates(expr: sp.Expr) -> bool:
    return expr.has(sp.Derivative, Grad)
