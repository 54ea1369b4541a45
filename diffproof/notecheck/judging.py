"""One step of a note judged by the kernel: proved by a rule, refuted with a counterexample, or undecided.

A step names no rule: :func:`derivations.kernel.checking.check_uncited` tries the
kernel's rules (each checking its conditions) and names the one that proved it;
a ``% diffproof: by Jensen`` directive or text over the relation
(``\\overset{\\text{Jensen}}{\\geq}``) selects the rule instead
(:mod:`diffproof.notecheck.citations`).

No false alarms.  A step is refuted only with a counterexample that satisfies
everything the note states (the kernel re-checks it at 60 digits), and only
when nothing in the reading is in doubt: every name on one side only is a
random variable or defined, no name the note says something unmodelled about
is involved, no expectation is over a variable its integrand does not use.
A refuted step is then checked again under the *standard reading*
(:mod:`diffproof.notecheck.contexts`: the DDPM chain, schedule and independent
noises); if it holds or is proved there, it is undecided with that reading
named.  A step written with several readings (``E_q`` over which variables,
an operator's argument without parentheses) is proved when one reading is
proved and refuted only when every reading is.

The parts live beside it: a step's readings (:mod:`~diffproof.notecheck.readings`),
the doubts that leave a counterexample untrusted (:mod:`~diffproof.notecheck.doubts`),
the cases a step is said in (:mod:`~diffproof.notecheck.cases`), a counterexample
checked against what the note states (:mod:`~diffproof.notecheck.conditions`), the
standard reading (:mod:`~diffproof.notecheck.standard`), optima
(:mod:`~diffproof.notecheck.optima`) and a model's laws
(:mod:`~diffproof.notecheck.model_laws`).
"""

from __future__ import annotations

import collections
import copy
import functools
import re
from dataclasses import dataclass, field, replace

import sympy as sp

from derivations.kernel.algebra import is_closed_form
from derivations.kernel.assumptions import (
    Definition,
    Domain,
)
from derivations.kernel.checking import InconsistentAssumptions, check_uncited, reconcile
from derivations.kernel.proportional import check_proportional
from derivations.kernel.vocabulary import Counterexample, Relation, Status, Verdict
from derivations.probability import Normal
from diffproof.answers import parser as syntax
from diffproof.answers.derivatives import Names, held_apart, screened_in_words
from diffproof.notecheck import contexts, every_schedule
from diffproof.notecheck.additive_constants import READ_AS, constant_in_parameters
from diffproof.notecheck.applications import (
    CONSTANT_LETTERS,
    DERIVATIVE_ORDER,
    applied_only,
    applied_to_numbers,
    ever_applied,
    only_before_parentheses,
)
from diffproof.notecheck.assumptions import (
    StepContext,
    build,
    differentiates,
    dispute,
    disputed_reason,
    domains,
    finish,
    law_domains,
    random_values,
    relate,
    relevant,
    stated_order,
    unnarrowed,
)
from diffproof.notecheck.cases import (
    EQUIVALENCE_AFTER,
    _antecedents,
    case_beside,
    leaves_conventions,
    said_after,
    value_beside,
)
from diffproof.notecheck.chains import chain_statement, chains_within, law_letter, law_named
from diffproof.notecheck.choices import (
    written_elsewhere,
)
from diffproof.notecheck.conditions import (
    schedule_witnessed,
    where_defined,
    where_real,
    where_stated,
    with_schedule,
    within_the_schedule,
)
from diffproof.notecheck.congruences import modulus_said, ring_said
from diffproof.notecheck.coordinates import (
    as_vectors,
    coordinatewise,
    definitions_per_coordinates,
    not_numbers,
    per_coordinates,
    summing,
    sums_coordinates,
    through_definitions,
    vector_law_density,
    vector_names,
    vector_symbols,
)
from diffproof.notecheck.dependence import varying
from diffproof.notecheck.doubts import (
    _in_law,
    about_no_law,
    chains_stated,
    doubts,
    forward_law_named,
    function_held_fixed,
    integrands_equal,
    joint_outside_context,
    noise_held_fixed,
    noises_apart_tied,
    operator_before,
    tied_held_fixed,
    tied_in_words_held_apart,
)
from diffproof.notecheck.integrands import said_dependent
from diffproof.notecheck.model_laws import (
    _apart,
    split_laws,
)
from diffproof.notecheck.optima import (
    _optimum,
    as_optimum,
)
from diffproof.notecheck.overrides import overridden
from diffproof.notecheck.readings import (
    PROPTO,
    RELATIONS,
    Outcome,
    Reading,
    arbitrary_function,
    defined_values,
    describe,
    given_the_data,
    integrands_through_definitions,
    kernel_verdict,
    latex,
    made_of_integrated,
    random_substituted,
    readings,
    stated_proof,
    through_values,
)
from diffproof.notecheck.scalars import IDENTITY, bold_and_plain, free_identity, read_apart
from diffproof.notecheck.standard import (
    standard_assumptions,
    standard_proof,
    under_standard,
)
from diffproof.notecheck.stated_values import stated_equations
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.displayed_ties import displayed_ties
from diffproof.notecheck.statements.dropped_indices import bare_beside_indexed, dropped_for
from diffproof.notecheck.statements.formulas import Formula, Stated, parse
from diffproof.notecheck.statements.hedges import RESTRICTING
from diffproof.notecheck.statements.lead_ins import approximating, case_in_words
from diffproof.notecheck.statements.noise_ties import in_force as in_force_said
from diffproof.notecheck.statements.noise_ties import stated_ties
from diffproof.notecheck.statements.proportional_words import (
    listed_after,
    negated_before,
    sentences_of,
    variables_held,
    variables_said,
)
from diffproof.notecheck.statements.schedule_shapes import leaves_the_box
from diffproof.notecheck.statements.stated_independence import in_force as stated_in_force
from diffproof.notecheck.statements.trace_shapes import dimensions_beside_traces, shape_given
from diffproof.notecheck.vocabulary import (
    LOG_BASE,
    PER_COORDINATE,
    NoteVocabulary,
    display_name,
    keys_in,
    nodes,
    rebuilt,
)
from diffproof.notes import relations as written_relations
from diffproof.notes.model import Relation as WrittenRelation
from diffproof.notes.model import Step

PROVED, REFUTED, UNDECIDED = "proved", "refuted", "undecided"


@dataclass(frozen=True)
class Judged:
    """The verdict on one step, as the report shows it."""

    status: str
    reason: str
    verdict: Verdict | None = None
    lhs_read: str = ""
    rhs_read: str = ""
    reading: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    conventions: tuple[str, ...] = ()
    defines: str = ""
    #: Whether a counterexample exists as the step is read but is not trusted (for what the note says of its
    #: names, or beside the step): the four-coordinate reading of a step proved one coordinate at a time counts
    #: it against the proof.  Not shown, and not stored: it is read only while the step is judged.
    doubted: bool = field(default=False, compare=False)

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "reason": self.reason,
            "verdict": None if self.verdict is None else self.verdict.to_json(),
            "lhs_read": self.lhs_read,
            "rhs_read": self.rhs_read,
            "reading": list(self.reading),
            "uses": list(self.uses),
            "conventions": list(self.conventions),
            "defines": self.defines,
        }

    @classmethod
    def from_json(cls, data: dict) -> Judged:
        verdict = None if data["verdict"] is None else Verdict.from_json(data["verdict"])
        return cls(data["status"], data["reason"], verdict, data["lhs_read"], data["rhs_read"], tuple(data["reading"]),
                   tuple(data["uses"]), tuple(data["conventions"]), data["defines"])  # fmt: skip


def uses_of(verdict: Verdict) -> tuple[str, ...]:
    return tuple(dict.fromkeys(describe(used) for used in verdict.uses))


def judge(timeline: Timeline, index: int, disputed_steps: frozenset[int] = frozenset()) -> Judged:
    """The verdict on step ``index`` of the note, given the steps refuted before it (their chains' definitions
    are not used): decided only where the note read with its hidden lines (:attr:`Timeline.unseen`: white or
    faint ink, a conditional TeX evaluates, a Liquid branch) and read without them agree, since what those lines
    state is in force for the readers who see them and not for the others."""
    one = _judge_read(timeline, index, disputed_steps)
    if one.status == UNDECIDED or timeline.unseen is None:
        return one
    unseen, lines, shared = timeline.unseen
    said = "; ".join(f"line {line} is {why}" for line, why in lines[:3])
    found = "a counterexample exists" if one.status == REFUTED else "proved"
    reached = sorted(timeline.reached_keys(index) & shared)
    if reached or None in shared:  # white ink, then "Here $x + y = 1$." on its line: what of it is seen is not known
        names = ", ".join(display_name(key) for key in reached) or "maths not read"
        return Judged(UNDECIDED, f"{found} as the note is read with what its hidden lines state ({said}), but it "
                      f"rests on {names}, written in a sentence or on a line only partly hidden: what the readers who do not "
                      "see it read there is not known", defines=one.defines, conventions=one.conventions,
                      doubted=one.status == REFUTED)  # fmt: skip
    two = _judge_read(unseen, index, disputed_steps)
    if two.status == one.status:
        return one
    return Judged(UNDECIDED, f"{found} as the note is read with what its hidden lines state ({said}), but read "
                  f"without them the step is {two.status}: what those lines state is in force for the readers who "
                  "see them and not for the others", defines=one.defines, conventions=one.conventions,
                  doubted=one.status == REFUTED)  # fmt: skip


def _judge_read(timeline: Timeline, index: int, disputed_steps: frozenset[int]) -> Judged:
    """The verdict on step ``index`` of the note as read, hidden lines and all (their definitions held).

    A law's densities with and without a model's parameter are one law (p(x_T), the prior of the model
    p_theta(x_{0:T})); but a step that writes both of the same variables in the same roles or reversed
    (p_theta(x_0) and p(x_0)), or two parameters of one letter, may mean two laws (the model and the data).
    It is judged both ways, and decided only where the two readings agree.  A step with a transpose is never
    proved: one coordinate at a time, inner and outer products are lost.  ``argmax_theta f = argmax_theta g``
    is proved where f = g is, and otherwise not decided (:func:`_judge_optima`)."""
    sides, written = zip(*(as_optimum(timeline, index, side) for side in timeline.sides[index]))
    optimum = _optimum(sides)
    if optimum is not None:
        return _judge_optima(timeline, index, disputed_steps, optimum, sides, [w for w in written if w])
    one = _judge(timeline, index, disputed_steps)
    if one.status == PROVED and _transposes(timeline.sides[index]):
        return Judged(UNDECIDED, f"{one.reason}, one coordinate at a time; but a transpose writes inner or outer "
                      "products, which one coordinate does not capture ((x^T y)^2 = |x|^2 |y|^2 holds in one "
                      "dimension only), so it is not proved", conventions=one.conventions)  # fmt: skip
    if one.status == PROVED and _traces(timeline.sides[index]):
        return Judged(UNDECIDED, f"{one.reason}, one coordinate at a time; but a trace is of a matrix, which one "
                      "coordinate does not capture (tr(A B) = tr(A) tr(B) holds for 1 x 1 matrices only), so it is "
                      "not proved", conventions=one.conventions)  # fmt: skip
    mixed = bold_and_plain(timeline.sides[index]) if one.status == PROVED else set()
    letters = mixed - bold_and_plain(_formulas_elsewhere(timeline, index)) if mixed else set()
    # I + I = 2 holds of the number 1, beside no vector (E[eps eps] = I is each coordinate's second moment)
    stated = in_force(timeline, index, disputed_steps) if one.status == PROVED else []
    identity = (
        one.status == PROVED
        and IDENTITY[:2] not in overridden(stated)  # I := 3: the note's own I
        and free_identity(timeline.sides[index])
        and not vector_names(timeline.sides[index], stated)
    )
    if identity or letters:  # \mathbf{x} = x holds where they are one name
        apart = copy.copy(timeline)
        apart.sides = list(timeline.sides)
        apart.sides[index] = read_apart(timeline.sides[index], letters, identity)
        two = _judge(apart, index, disputed_steps)
        if two.status != PROVED:
            read = [*(["the identity matrix I written outside a Gaussian's covariance, beside no vector, as the "
                       "number 1"] if identity else []),
                    *(f"\\mathbf{{{display_name((*letter, ''))}}} as the plain {display_name((*letter, ''))}"
                      for letter in sorted(letters))]  # fmt: skip
            return Judged(UNDECIDED, f"{one.reason}, one coordinate at a time; but only reading {' and '.join(read)}: "
                          "read as names of their own (a matrix, a vector), it is not proved, and the note does not "
                          "say they are numbers or the same", defines=one.defines, conventions=one.conventions)  # fmt: skip
    split = split_laws(timeline.sides[index])
    if not split or one.status == UNDECIDED:
        return one
    apart = copy.copy(timeline)
    apart.sides = list(timeline.sides)
    apart.sides[index] = tuple(_apart(side, split) for side in timeline.sides[index])
    two = _judge(apart, index, disputed_steps)
    if two.status == one.status:
        return one
    written = "; ".join(" and ".join(display_name((*letter, index)) for index in sorted(indices))
                        for letter, indices in sorted(split.items()))  # fmt: skip
    return Judged(UNDECIDED, f"the step writes {written} of the same variables in the same roles or reversed, or "
                  "without their variables (E_{p_θ}, x ~ p_θ): read "
                  f"as one law (θ its parameter) it is {one.status}, read as two laws (a model and another) it is "
                  f"{two.status}, so the verdict depends on what the note means by them")  # fmt: skip


def _parameter_given(timeline: Timeline, index: int, sides: tuple[Formula, Formula]) -> str:
    """A law of :attr:`Timeline.parameter_given` that step ``index`` writes, or a definition it uses writes (as
    the note spells its letter), or ''."""
    names = {key for side in sides if side.node is not None for key in keys_in(side.node)}
    used = [item.body for item in timeline.before(index) if item.kind == "definition" and item.body is not None
            and item.name is not None and item.name.node is not None and keys_in(item.name.node) & names]  # fmt: skip
    for formula in (*sides, *used):
        for node in nodes(formula.node) if formula.node is not None else ():
            law = law_letter(node) or law_named(node)  # q(Z | theta), or E_q's q
            if law is not None and law in timeline.parameter_given:
                return display_name(law)
    return ""


def _as_one_law(timeline: Timeline, index: int, disputed_steps: frozenset[int]) -> Judged:
    """Step ``index`` judged with every law of :attr:`Timeline.parameter_given` read as one law, its model's
    parameter dropped from what its densities are given (``q(Z | theta)`` as ``q(Z)``), in the step and in all
    the note states."""

    def dropped(node: syntax.Node) -> syntax.Node | None:
        if not (isinstance(node, syntax.Call) and law_letter(node) in timeline.parameter_given):
            return None
        given = tuple(g for g in node.given if not (isinstance(g, syntax.Name) and g.key[0] in syntax.MODEL_INDICES
                                                        and not g.key[1] and not g.key[2]))  # fmt: skip
        return replace(node, given=given) if len(given) < len(node.given) else None

    def formula(found: Formula | None) -> Formula | None:
        return found if found is None or found.node is None else replace(found, node=rebuilt(found.node, dropped))

    def stated(item: Stated | None) -> Stated | None:
        return item if item is None else replace(item, name=formula(item.name), body=formula(item.body))

    one = copy.copy(timeline)
    one.parameter_given = frozenset()
    one.sides = [tuple(map(formula, sides)) for sides in timeline.sides]
    one.stated, one.set_aside = list(map(stated, timeline.stated)), list(map(stated, timeline.set_aside))
    one.introduces = list(map(stated, timeline.introduces))
    return _judge_read(one, index, disputed_steps)


def _judge_optima(
    timeline: Timeline,
    index: int,
    disputed_steps: frozenset[int],
    optimum: str,
    sides: tuple[Formula, Formula],
    written: list[str],
) -> Judged:
    """``argmax_theta f = argmax_theta g``: proved where ``f = g`` is (equal objectives have equal optima), and
    ``argmin_theta f = argmax_theta g`` where ``f = -g`` is (the smallest f is the largest -f).  An optimum is
    unchanged by terms free of theta and by positive factors, so objectives that differ do not make the optima
    differ: the step is then not decided, never refuted.  ``written``: the names written as the optima they were
    defined as."""
    objectives = copy.copy(timeline)
    objectives.sides = list(timeline.sides)
    lhs, rhs = (side.node for side in sides)
    flipped = lhs.operator != rhs.operator
    opposite = syntax.Negative(rhs.body.position, rhs.body) if flipped else rhs.body
    objectives.sides[index] = (replace(sides[0], node=lhs.body), replace(sides[1], node=opposite))
    relation = "opposite" if flipped else "equal"
    inner = _judge_read(objectives, index, disputed_steps)
    if inner.status == PROVED:
        first = "".join(f"{w}, " for w in written)
        return replace(inner, reason=f"{first}the objectives under {optimum} are {relation}, so their optima are "
                       f"equal: {inner.reason}")  # fmt: skip
    return Judged(UNDECIDED, f"the objectives under {optimum} are not shown {relation} ({inner.status}: {inner.reason}); "
                  f"an optimum is unchanged by terms free of its variable and by positive factors, which is not "
                  "checked, so the optima may still agree", conventions=inner.conventions)  # fmt: skip


#: A plain E applied or subscripted (E(x), E_q[...]): not \\mathbb{E}, whose font says it is an expectation.
_PLAIN_E = re.compile(r"(?<![\\A-Za-z{])E\s*(?:\(|\[|_|\\left|\\big|\\Big)")


def _transposes(sides: tuple[Formula, Formula]) -> bool:
    return any(isinstance(n, syntax.Transpose) for side in sides if side.node is not None for n in nodes(side.node))


def _trace_unread(timeline: Timeline, line: int) -> str:
    """Why the note's traces are not read at 1 x 1 in the step at ``line`` (the line nearest it where the note gives
    a matrix or a vector a size or a shape, :func:`~diffproof.notecheck.statements.trace_shapes.shape_given`), or ''
    where they may be."""
    given = shape_given(timeline.notes, line)
    if given is None:
        return ""
    return f"line {given[0]} gives a matrix or a vector a size or a shape ({given[1]}), which that reading may not keep"


def _at_one_coordinate(found: list[Reading], timeline: Timeline, context: StepContext) -> list[Reading]:
    """The readings with each letter of a dimension the note writes only beside its traces set to 1
    (:func:`~diffproof.notecheck.statements.trace_shapes.dimensions_beside_traces`): a trace is read one coordinate
    at a time, of a 1 x 1 matrix, where the dimension is 1."""
    letters = {(letter, "", "") for letter in dimensions_beside_traces(timeline.notes)}
    ones = {symbol: sp.Integer(1) for symbol, key in context.vocabulary.symbols.items() if key in letters}
    if not ones:
        return found
    return [replace(r, lhs=r.lhs.xreplace(ones), rhs=r.rhs.xreplace(ones)) for r in found]


def _traces(sides: tuple[Formula, Formula]) -> bool:
    return any(isinstance(n, syntax.Trace) for side in sides if side.node is not None for n in nodes(side.node))


def _judge(timeline: Timeline, index: int, disputed_steps: frozenset[int], coordinates: int = 1) -> Judged:
    """The verdict on step ``index``, its vectors read with ``coordinates`` equal coordinates (one, then four where
    a proof at one read a norm, a KL or a Gaussian's density with the identity one coordinate at a time)."""
    step = timeline.notes.steps[index]
    lhs, rhs = timeline.sides[index]
    introduced = timeline.introduces[index]
    if introduced is not None and introduced.kind == "chain":
        if chain_statement(lhs.node, rhs.node) is not None:
            what = f"{step.lhs} as the product of its transitions (its first equation), so the chain is"
        else:
            chains = "; ".join(map(str, chains_within(lhs.node, rhs.node)))
            what = ("the step writes joint laws as the products of their transitions, the first time the note "
                    f"factors them, and changes nothing else, so each chain ({chains}) is")  # fmt: skip
        return Judged(UNDECIDED, f"states the model: {what} a Markov chain; a statement, not a claim; the steps "
                      "after it use it", defines=step.lhs)  # fmt: skip
    if introduced is not None and introduced.kind == "joint":
        return Judged(UNDECIDED, f"defines {step.lhs} (its first equation, after words that define it) by densities "
                      "of another law: a definition, not a claim; the laws it ties are not modelled together, so no "
                      "counterexample about its law is trusted after it", defines=step.lhs)  # fmt: skip
    if introduced is not None and introduced.kind == "assumption":
        return Judged(UNDECIDED, f"assumes {introduced.text} (the sentence before its display only assumes it): "
                      "an assumption, not a claim; no counterexample about its names is trusted after it")  # fmt: skip
    if introduced is not None and introduced.kind == "independence":
        return Judged(UNDECIDED, f"states the model: {step.lhs} = {step.rhs}, a joint as the product of its "
                      "marginals or a conditional as its marginal (the first equation for it), so its variables are "
                      "independent; a statement, not a claim; no counterexample about them is trusted after it")  # fmt: skip
    function_e = timeline.function_e
    plain = function_e is not None and (  # E(x) = x^2 or "the encoder $E$", not \\mathbb{E}
        _PLAIN_E.match(function_e.text.strip()) is not None or function_e.origin == "inline"
    )
    if (
        function_e is not None
        and any(
            isinstance(n, syntax.Expectation) for side in (lhs, rhs) if side.node is not None for n in nodes(side.node)
        )
        and (not plain or _PLAIN_E.search(f"{step.lhs} {step.rhs}"))
    ):
        return Judged(UNDECIDED, f"line {function_e.line} gives E a meaning of the note's own ({function_e.text[:60]}), "
                      "so a plain E(...) is not read as an expectation")  # fmt: skip
    if introduced is not None and introduced.kind == "relation" and step.relation.value != "=":
        return Judged(UNDECIDED, f"states {introduced.text}, a bound on a name: an assumption, not a claim; no "
                      "counterexample outside it is trusted in the steps after it")  # fmt: skip
    if introduced is not None and introduced.kind == "relation":
        return Judged(UNDECIDED, f"states {introduced.text}, a value of an index or a size: a condition, not a "
                      "claim; the steps after it use it")  # fmt: skip
    if introduced is not None and step.implication:
        return Judged(UNDECIDED, f"defines {step.lhs} (the first equation that gives it a value) beside an arrow: a "
                      "hypothesis or what follows from one, not a claim; the steps after it in its display use it",
                      defines=step.lhs)  # fmt: skip
    if introduced is not None:
        return Judged(UNDECIDED, f"defines {step.lhs} (the first equation that gives it a value): a definition, "
                      "not a claim; the steps after it use it", defines=step.lhs)  # fmt: skip
    if index in timeline.instances:
        return Judged(UNDECIDED, f"{step.lhs} is an instance of a name the note defines for every index, and the "
                      "note does not say the definition holds at this one: neither a claim nor a definition")  # fmt: skip
    if step.cited.strip() in ("!", "?"):  # \overset{!}{=}: a condition being set; \overset{?}{=}: a question
        return Judged(UNDECIDED, f"the relation is marked {step.cited.strip()}: a requirement or a question the note "
                      "puts, not a claim")  # fmt: skip
    if lhs.node is None or rhs.node is None:
        return Judged(UNDECIDED, f"could not read the step: {lhs.error or rhs.error}")
    operator = next(filter(None, (operator_before(side.node) for side in (lhs, rhs))), "")
    if operator:
        return Judged(UNDECIDED, f"could not read the step: {operator}")
    if any(DERIVATIVE_ORDER.search(side.text) for side in (lhs, rhs)):
        return Judged(UNDECIDED, "could not read the step: g^{(n)} is the n-th derivative (or iterate) of g, not a "
                      "power, which is not modelled")  # fmt: skip
    written = [(side.text, side.node) for side in (lhs, rhs)]
    either = (
        applied_only(written, timeline.ambiguous)
        or applied_to_numbers(written, timeline.ambiguous)
        or sorted(ever_applied(written, constants=True) & (timeline.named_functions | timeline.evaluated))
    )
    if either:
        letter = display_name(either[0])
        return Judged(UNDECIDED, f"could not read the step: {letter}(...) may be {letter} applied or {letter} times "
                      f"(...): the note writes {letter} both alone and before a parenthesis, and gives it no value")  # fmt: skip
    both = next((law for law in _bare_laws((lhs, rhs)) if law in timeline.both_ways), "")
    if both:  # E_{q_phi}[z] beside q_phi(z) and q_phi(z | x)
        return Judged(UNDECIDED, f"could not read the step: E_{both} names its law without its variables, and the "
                      f"note writes {both} both with and without a condition ({both}(z) and {both}(z | x)), so "
                      "which of them it is taken under is not read")  # fmt: skip
    if step.relation is WrittenRelation.IMPLIES:
        return Judged(UNDECIDED, "an arrow (such as \\Leftrightarrow) between two expressions, not statements, claims "
                      "no relation between them, so none is checked (write = for an equality to be checked)")  # fmt: skip
    relation = PROPTO if step.relation.value == PROPTO else RELATIONS.get(step.relation.value)
    if relation is None:
        return Judged(UNDECIDED, f"the relation {step.shown} is not checked (only =, <=, >=, <, >, \\propto)")
    stated = in_force(timeline, index, disputed_steps)
    vectors = vector_names((lhs, rhs), stated)
    summed = tuple(as_vectors(side, vectors) for side in (lhs, rhs))  # eps . eps as ||eps||^2, |eps| as ||eps||
    if coordinates > 1:  # and N(x_t; m, s) at a vector as N(x_t; m, s I)
        lhs, rhs = (as_vectors(side, vectors, squares=True) for side in (lhs, rhs))
    step_keys = keys_in(lhs.node) | keys_in(rhs.node)
    indexed = any(isinstance(n, syntax.Series) and n.upper is not None for side in (lhs, rhs) for n in nodes(side.node))
    own = overridden(stated)
    beside = case_beside(step.remark, step.line)
    antecedents, unread, equations = _antecedents(timeline, index)
    read_orders: list[bool] = []
    after, unread_after = said_after(timeline, index)
    unread = unread or unread_after
    cases = ([beside] if beside is not None else []) + antecedents + after
    if beside is None and RESTRICTING.search(step.remark.strip()):  # \text{unless } ... beside it, not read: no other
        unread = unread or step.remark  # condition read elsewhere makes its counterexample trusted

    def built(differentiated: bool) -> StepContext:
        context = build(stated, step_keys, differentiated, indexed, timeline.law_letters, timeline.function_names,
                        own, timeline.limits, timeline.law_givens, timeline.gaussian_scale, timeline.log_base,
                        coordinates)  # fmt: skip
        context.vocabulary.trace_unread = _trace_unread(timeline, step.line)
        law_domains(timeline.law_domains, context)  # x ~ N(0, s): s > 0, wherever the law is written
        for key, why in timeline.unread_law_parameters.items():  # x ~ Zipf(s): s's domain is not read
            if not timeline.blocks.bound_at(key, step.line, why):  # a block law's X, where the note sets X = x_i
                relate(context, key, why)
        checked = [stated_order(case, context) for case in cases]  # x < 0 beside sqrt(x^2) = -x, each kept
        read_orders[:] = checked
        context.case_checked = bool(cases) and all(checked) and not unread and not equations
        context.elsewhere = functools.cache(functools.partial(written_elsewhere, timeline, index, stated))
        context.valued = stated_equations(timeline, index)
        context.cases, context.remark = tuple(cases), step.remark
        steps = [s.line for s in timeline.notes.steps]  # x_0 ~ N(eps, 1), "$x_0$ equals $\\epsilon$": eps tied to x_0
        context.ties = in_force_said(timeline.said_ties, steps, step.line) | stated_ties(stated)
        context.words_tied = frozenset(timeline.tied)
        context.independent = stated_in_force(timeline.independent, step.line)
        carried = _propto_before(timeline, index) if relation is Relation.EQ else None
        named = _variables_named(timeline, index) if relation == PROPTO or carried else frozenset()
        subject = _subject(timeline, index) if relation == PROPTO or carried else None
        chosen = subject is not None and named <= subject[1]
        context.vocabulary.subject = subject if chosen else None
        context.vocabulary.named = named
        # at four coordinates only a refutation counts (it puts the one coordinate's proof in doubt): no words lift it
        context.vocabulary.said = _variables_said(timeline, index) if relation == PROPTO and coordinates == 1 else ()
        context.vocabulary.carried = carried
        return context

    context = built(False)
    found, error = readings(lhs, rhs, context)
    if not found:
        return Judged(UNDECIDED, f"could not read the step: {error}")
    if any(differentiates(r.lhs) or differentiates(r.rhs) for r in found):
        context = built(True)
        found, error = readings(lhs, rhs, context)
    for key, why in contexts.tied_as_written(context.vocabulary, step_keys, context.defined, context.ties).items():
        dispute(context, key, why)  # no context's independent standard normal, nor counterexample, there
    found = [made_of_integrated(arbitrary_function(r, context) or r, context) for r in found]
    if index in timeline.replaced:  # "replacing A by B": its display read with A = B (statements.replacements)
        found = [replace(r, how=(*r.how, timeline.replaced[index].how)) for r in found]
    if relation is Relation.EQ:  # A = B + Const: a constant in the model's parameters, where no other reading holds
        found = [constant_in_parameters(r, context) or r for r in found]
    found = _at_one_coordinate(found, timeline, context)
    tied = _chained(
        {**_sentence_ties(stated, context.vocabulary), **displayed_ties(timeline, index), **timeline.tied},
        context.defined,
        context.vocabulary,
    )
    names = Names(context.vocabulary.symbols, context.vocabulary.functions, display_name, timeline.called,
                  timeline.applied_to, tied, only_before_parentheses(written) | timeline.held)  # fmt: skip
    held = held_apart((side for r in found for side in (r.lhs, r.rhs)), names, context.defined)
    context.vocabulary.words_held = functools.partial(
        screened_in_words, names=names, defined=context.defined, random=context.vocabulary.is_random
    )
    if held:
        return Judged(UNDECIDED, f"could not read the step: {held}")
    if coordinates > 1:  # q(x_t | x_0), p(z) = N(z; 0, I): the product of the densities of the coordinates
        symbols = vector_symbols(context.vocabulary, vectors)
        found = [replace(r, lhs=per_coordinates(r.lhs, symbols, coordinates),
                         rhs=per_coordinates(r.rhs, symbols, coordinates)) for r in found]  # fmt: skip
        context.assumptions = definitions_per_coordinates(context.assumptions, symbols, coordinates)
    joint_outside = joint_outside_context(lhs, rhs)  # p-hat(x_0, x_{1:T}): a chain no context states
    judged = _judge_readings(found, relation, context, stated, step_keys, step.cited, joint_outside)
    if judged.status == PROVED and READ_AS in " ".join(judged.reading):  # constant in the model's names: it may
        return Judged(UNDECIDED, f"{judged.reason}; but the note does not say in what its constant is constant "
                      "(its variables, maybe), which is not read", defines=judged.defines)  # fmt: skip
    dropped = _index_dropped_here(timeline, step, step_keys, stated) if judged.status in (REFUTED, PROVED) else ""
    if dropped:  # "We drop the index $t$ from now on." before x_0 := 2 eps_t, E(x_0 eps) = 0
        found = "a counterexample exists" if judged.status == REFUTED else "proved"
        return Judged(UNDECIDED, f"{found} as the step is read, but it is not trusted: {dropped}",
                      defines=judged.defines, doubted=judged.status == REFUTED)  # fmt: skip
    twice = timeline.spelled_twice(index)
    if judged.status == REFUTED and twice:  # p_theta(x) beside p(x): the model's law and the data's, maybe
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: the note "
                      f"writes {twice} with and without a model's parameter, two laws the kernel reads as one",
                      defines=judged.defines, doubted=True)  # fmt: skip
    aliased = _parameter_given(timeline, index, (lhs, rhs)) if judged.status == REFUTED else ""
    if aliased and _as_one_law(timeline, index, disputed_steps).status != REFUTED:
        # q(Z | theta) beside q(Z): theta the law's parameter, maybe, as in q_theta(Z)
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: the note "
                      f"writes {aliased} both given a model's parameter and without it, maybe one law (the "
                      "parameter indexing it), which the kernel reads as conditioned on a random variable; read as "
                      "one law, the step is not refuted", defines=judged.defines, doubted=True)  # fmt: skip
    implicit = any(isinstance(n, syntax.Series) and n.implicit_upper for side in (lhs, rhs) for n in nodes(side.node))
    if judged.status == REFUTED and implicit:  # \sum_{t>1}: to T, as Ho et al. write it, or to infinity
        return Judged(UNDECIDED, "a counterexample exists as the step is read, but it is not trusted: a sum or "
                      "product over t writes no upper limit, read as T (as Ho et al. write it), which the note may "
                      "not mean", defines=judged.defines, doubted=True)  # fmt: skip
    unwritten = _unwritten_law((lhs, rhs), timeline.law_letters) if judged.status == REFUTED else ""
    if unwritten:  # E_Q beside "Let $Q$ be the encoder's law, with density q(z|x)"
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: the step takes "
                      f"an expectation under {unwritten}, a law the note writes no density of, so the reading "
                      f"invents one (what {unwritten} is, the note may say in words)", defines=judged.defines, doubted=True)  # fmt: skip
    sides = [side for r in found for side in (r.lhs, r.rhs)]
    dependent = said_dependent(
        judged.verdict, sides, timeline.notes.source, timeline.applied_to, context.vocabulary.symbols
    )
    if dependent:  # "Here $x$ is a function of $u$." before \int_0^1 x du = x
        found_or_proved = "proved" if judged.status == PROVED else "a counterexample exists"
        return Judged(UNDECIDED, f"{found_or_proved} as the step is read, but it is not trusted: the note writes "
                      f"'{dependent}' of a quantity, and the reading holds every name of an integral but its variable "
                      "constant", defines=judged.defines, doubted=judged.status == REFUTED)  # fmt: skip
    mixed = timeline.mixed(index) if judged.status == PROVED else ""
    if mixed:  # p_theta(z | x) = p_theta(x | z) p(z) / p(x), p(x) the data's law maybe
        return Judged(UNDECIDED, f"proved as the step is read, but not trusted: the note writes {mixed} with and "
                      "without a model's parameter, and the step writes it beside the other spelling's densities of "
                      "its law: what holds of one law need not hold of two", defines=judged.defines)  # fmt: skip
    if judged.status == REFUTED and value_beside(timeline, index):  # \sqrt{\alpha_T} x = 0, \quad \alpha_T = 0
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: {step.lhs} = "
                      f"{step.rhs} is written beside the step before it on its row, the case that step is claimed in "
                      "(a condition the note sets), not a claim of its own", defines=judged.defines, doubted=True)  # fmt: skip
    if judged.status in (REFUTED, PROVED) and step.joined:  # - $$ q = \prod ... $$ (a list item), then $$ = E[...] $$
        found = "a counterexample exists" if judged.status == REFUTED else "proved"
        return Judged(UNDECIDED, f"{found} as the step is read, but it is not trusted: {step.joined}",
                      defines=judged.defines, doubted=judged.status == REFUTED)  # fmt: skip
    if judged.status == REFUTED and (
        step.hypothesis or timeline.hypothesis_at(step)
    ):  # \text{If } |h| = h \quad \therefore \quad h \ge 0
        return Judged(UNDECIDED, "a counterexample exists as the step is read, but the note does not claim it: the "
                      "words before it make it the hypothesis the equations after it on its row are claimed under",
                      defines=judged.defines, doubted=True)  # fmt: skip
    if judged.status == REFUTED and step.alternative:  # |a| = a \quad \text{or} \quad |a| = -a
        joined = "joined by 'or'" if step.alternative == "or" else "of an equivalence ('iff')"
        return Judged(UNDECIDED, "a counterexample exists as the step is read, but the note does not claim it alone: "
                      f"it is one of two equations {joined}, which no counterexample to one refutes",
                      defines=judged.defines, doubted=True)  # fmt: skip
    if judged.status == PROVED and any(case.text.endswith(EQUIVALENCE_AFTER) for case in after):
        return Judged(UNDECIDED, "proved where the condition said after the display holds, but the note claims the "
                      "step exactly there ('iff'): that it fails elsewhere is not checked", defines=judged.defines)  # fmt: skip
    if judged.status == PROVED and step.alternative == "iff":  # a + a = 2a \iff b = 3: the equivalence is false
        return Judged(UNDECIDED, "proved on its own, but the note claims it only as one side of an equivalence "
                      "('iff'), which one side alone does not decide", defines=judged.defines)  # fmt: skip
    modulus = modulus_said(timeline.notes, step.line) if judged.status in (REFUTED, PROVED) else ""
    ring = ring_said(timeline.notes) if judged.status in (REFUTED, PROVED) and not modulus else ""
    if modulus or ring:  # 8 = 2 \quad (\text{mod } 3); "Modulo 3," before the display; "In Z/3Z:"
        found = "a counterexample exists" if judged.status == REFUTED else "proved"
        said = (f"writes a modulus for it ({modulus}), a congruence, which is" if modulus else
                f"names a ring other than the reals ({ring}), whose arithmetic is")  # fmt: skip
        return Judged(UNDECIDED, f"{found} as the step is read, but it is not trusted: the page {said} not read, "
                      "and the step is judged among the reals", defines=judged.defines,
                      doubted=judged.status == REFUTED)  # fmt: skip
    loose = _approximation(timeline, step) if judged.status == REFUTED else ""
    if loose:  # q(x_T) \overset{T \to \infty}{=} N(x_T; 0, 1); "For large $T$, approximately," before the display
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: {loose} makes "
                      "the relation an approximation, a limit or less than the plain relation, which is not checked; "
                      "the counterexample is only to the plain relation", defines=judged.defines, doubted=True)  # fmt: skip
    shown = judged.verdict.counterexample if judged.verdict is not None else None
    case = case_in_words(timeline.notes, step.line, shown) if judged.status == REFUTED else ""
    if case:  # "If no noise were added at step $t$, we would have", "For a data point at the origin,"
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: the sentence "
                      f"its display is set in ({case}) claims it only in a case said in words, which is not read and "
                      "which the counterexample may lie outside", defines=judged.defines, doubted=True)  # fmt: skip
    said = timeline.said_unnamed(step.line) if judged.status == REFUTED else None
    if said is not None:  # "In fact the sum is nonnegative. Therefore $$ |h + k| = h + k $$"
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: line {said[0]} "
                      f"says '{said[1]}', a property of a quantity named in words only, which is not read and which "
                      "the counterexample may break", defines=judged.defines, doubted=True)  # fmt: skip
    varied = timeline.said_varied(step.line) if judged.status == REFUTED else None
    held = varied and varying(varied[2], [side for r in found for side in (r.lhs, r.rhs)], context.assumptions,
                              context.vocabulary.symbols)  # fmt: skip
    if held:  # "the first term is constant with respect to $x$", and x a value of the step
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: line "
                      f"{varied[0]} says '{varied[1]}', how a quantity named in words varies with ${held}$, a value "
                      "of the step or of what it assumes, which the counterexample may break", defines=judged.defines,
                      doubted=True)  # fmt: skip
    # beside, before its arrow; a value the step is said at, in its remark or after it ("when $x$ is $1$")
    said_at = [item.text for item in context.valued if item.origin == "case"]
    restricted = RESTRICTING.search(step.remark.strip()) or cases or unread or equations or said_at
    if (
        judged.status == REFUTED
        and equations
        and not unread
        and all(read_orders)
        and all(_identity(timeline, before, disputed_steps) for before in equations)
    ):  # x + x = 2x \text{ and hence } x x = 3x: the orders read are checked, and the identities restrict nothing
        restricted = False
    if judged.status == REFUTED and restricted and not context.case_checked:
        shown = [case.name.text for case in cases] + [
            f"{timeline.notes.steps[i].lhs} = {timeline.notes.steps[i].rhs}" for i in equations
        ]
        written = step.remark or unread or "; ".join([*shown, *said_at])
        return Judged(UNDECIDED, "a counterexample exists as the step is read, but it is not trusted: the step holds "
                      f"under the condition written beside it ({written}), which is not modelled",
                      defines=judged.defines, doubted=True)  # fmt: skip
    leaving = next((case for case in cases if leaves_conventions(case)), None) if judged.status == PROVED else None
    if leaving is not None:  # sqrt(sigma^2) = sigma, sigma < 0
        return Judged(UNDECIDED, "proved under the reading's conventions, but the condition written beside it "
                      f"({leaving.name.text}) leaves them: the step is claimed where they need not hold",
                      defines=judged.defines)  # fmt: skip
    matrices = sorted({(k[0], k[1]) for k in timeline.reached_keys(index)} & set(timeline.matrices))
    if matrices and (judged.status == PROVED or (judged.status == REFUTED and set(matrices) & timeline.constrained)):
        # A B = B A holds for numbers only; a projection's P^2 x = P x fails at a number P
        names = ", ".join(display_name((*letter, "")) for letter in matrices)
        return Judged(UNDECIDED, f"{judged.status} one coordinate at a time, but line {timeline.matrices[matrices[0]]} "
                      f"says {names} {'is a matrix' if len(matrices) == 1 else 'are matrices'}, whose products "
                      "and properties that reading does not capture", defines=judged.defines,
                      doubted=judged.status == REFUTED or judged.doubted)  # fmt: skip
    unlike = timeline.noncommuting(index) if judged.status == PROVED else ""
    if unlike:  # "Let $A$ and $B$ be quaternions": A B = B A holds for numbers only
        return Judged(UNDECIDED, f"proved as products of numbers, but {unlike}, whose products need not commute",
                      defines=judged.defines)  # fmt: skip
    imaginary = sorted({key[:2] for key in timeline.reached_keys(index)} & set(timeline.imaginary_units))
    if judged.status in (PROVED, REFUTED) and imaginary:  # "$\sigma = i$, the imaginary unit": no real value
        names = ", ".join(display_name((*letter, "")) for letter in imaginary)
        line = timeline.imaginary_units[imaginary[0]][0]
        found = "proved" if judged.status == PROVED else "a counterexample exists"
        return Judged(UNDECIDED, f"{found} as the step is read, but it is not trusted: line {line} says {names} "
                      f"{'is' if len(imaginary) == 1 else 'are'} the imaginary unit (or equal to it), which the "
                      "reading takes for real names", defines=judged.defines,
                      doubted=judged.status == REFUTED)  # fmt: skip
    discrete = sorted({key[:2] for key in timeline.reached_keys(index)} & set(timeline.discrete_values))
    if judged.status == REFUTED and discrete:  # "every $x_t$ is binary": x_t = 0.64 breaks it
        names = ", ".join(display_name((*letter, "")) for letter in discrete)
        line, words = timeline.discrete_values[discrete[0]]
        return Judged(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: line {line} "
                      f"says {names} {words.strip(' ,')}, which its real values need not keep", defines=judged.defines,
                      doubted=True)  # fmt: skip
    complex_reached = sorted({key[:2] for key in timeline.reached_keys(index)} & set(timeline.complex_numbers))
    if judged.status == PROVED and complex_reached:  # "$z$ is a complex number": |z|^2 = z^2 holds for reals only
        names = ", ".join(display_name((*letter, "")) for letter in complex_reached)
        line = timeline.complex_numbers[complex_reached[0]][0]
        return Judged(UNDECIDED, f"proved as real numbers, but line {line} says {names} "
                      f"{'is a complex number' if len(complex_reached) == 1 else 'are complex numbers'}, of which "
                      "what holds of reals need not hold (|z|^2 = z^2 fails at z = i)", defines=judged.defines)  # fmt: skip
    each = (
        timeline.dimension is not None
        and PER_COORDINATE in judged.conventions
        and judged.status == PROVED
        and _coordinatewise_proof((lhs, rhs), stated, judged.uses, timeline.vectors | timeline.kinds.keys())
    )  # X_k = sqrt(1 - beta_k) X_{k-1} + sqrt(beta_k) Z_k holds at each coordinate as at one
    if each:
        judged = replace(judged, reason=f"{judged.reason}, one coordinate at a time, and so in {timeline.dimension[1]}: "
                         "the step and what it uses add, negate and scale its vectors by numbers only")  # fmt: skip
    elif timeline.dimension is not None and PER_COORDINATE in judged.conventions and judged.status != UNDECIDED:
        line, space = timeline.dimension
        return Judged(UNDECIDED, f"{judged.status} one coordinate at a time, but line {line} gives the note's vectors "
                      f"more ({space}): a norm, an identity matrix or a KL sums over them", defines=judged.defines)  # fmt: skip
    said = timeline.dimension_said
    if (
        said is not None
        and coordinates == 1
        and judged.status == REFUTED
        and PER_COORDINATE in judged.conventions
        and summing((lhs, rhs), summed, vectors, stated)
    ):
        # "The data are two-dimensional": E||x_T - sqrt(abar_T) x_0||^2 = 2 (1 - abar_T) fails at one coordinate only
        return Judged(UNDECIDED, f"refuted one coordinate at a time, but line {said[0]} gives the note's vectors a "
                      f"dimension in words ({said[1]}): a norm, an identity matrix or a KL sums over their "
                      "coordinates", defines=judged.defines, doubted=True)  # fmt: skip
    # a dot product or |.| of vectors, or a density of a law of vectors, read one coordinate at a time
    vectorial = summed != (lhs, rhs) or vector_law_density((lhs, rhs), vectors)
    if (
        judged.status == PROVED
        and coordinates == 1
        and (
            vectorial
            or (
                PER_COORDINATE in judged.conventions
                and sums_coordinates(through_definitions((lhs, rhs), stated, judged.uses), stated)
            )
        )
    ):
        two = _judge(timeline, index, disputed_steps, coordinates=4)
        over = "over which a norm, a dot product, a KL or a Gaussian's density with the identity sums"
        if two.doubted:  # KL(N(0, I) || N(0, s^2 I)) = ..., \quad s > 0: refuted at four, the refutation doubted
            return Judged(UNDECIDED, f"{judged.reason}, one coordinate at a time; but with four equal coordinates, "
                          f"{over}, a counterexample exists, though not trusted there ({two.reason}); either way the "
                          "note gives its vectors no dimension, and the step may hold for one coordinate only",
                          defines=judged.defines, conventions=judged.conventions)  # fmt: skip
        if two.status == REFUTED:  # E||eps||^2 = 1, log N(x; 0, I) = -log(2 pi)/2 - ||x||^2/2: one coordinate only
            return Judged(UNDECIDED, f"{judged.reason}, one coordinate at a time; but with four equal coordinates, "
                          f"{over}, it is refuted: the note gives its vectors no dimension, and the step holds for "
                          "one coordinate only", defines=judged.defines, conventions=judged.conventions)  # fmt: skip
    return judged


def _coordinatewise_proof(
    sides: tuple[Formula, Formula], stated: list[Stated], uses: tuple[str, ...], others: frozenset
) -> bool:
    """Whether a proof one coordinate at a time holds at each coordinate of R^d: the step, and every definition
    of the note the proof used (it used nothing else, no law or chain), are
    :func:`~diffproof.notecheck.coordinates.coordinatewise`, no letter of ``others`` (set in a space of vectors,
    or said in words to be other than a real number) counted a number."""
    definitions = [item for item in stated if item.kind == "definition"]
    used = [[item for item in definitions if use.startswith(f"line {item.line}: {item.text}")] for use in uses]
    formulas = (*sides, *(f for found in used for item in found for f in (item.name, item.body) if f is not None))
    return all(used) and coordinatewise(formulas, not_numbers(stated) | others)


#: Text set over a relation that makes it other than the plain relation, besides an approximation or a limit
#: (:func:`~diffproof.notecheck.statements.lead_ins.approximating`): a condition or a regime in maths (``T \\gg 1``,
#: ``t > 0``, ``t = 1``, or an equation ``x = y`` used: the step may hold under it only), an equality in law
#: (``\\overset{d}{=}``, ``\\overset{\\mathcal{L}}{=}``) or up to a constant (``\\overset{c}{=}``,
#: ``\\overset{+\\text{const}}{=}``).  A label (``(a)``) or a rule's name is a reason, not this.
_LOOSE_MARK = re.compile(
    r"\\(?:to|infty|in|[lg]eq?|[lg]eqslant|[lg]t|neq?|propto|sim)(?![A-Za-z])|[<>≤≥≠∞→∝=]"
    r"|^\s*(?:d|D|\\mathcal\s*\{?\s*[DL]\s*\}?|(?:in\s+)?(?:law|distribution|dist\.?)|\+?\s*c|\+?\s*const\.?"
    r"|up\s+to\s+(?:a\s+)?const\w*)\s*$",
    re.IGNORECASE,
)


#: A regime named beside a step, where a remark is short enough that a size word is one ("(large T)", "small
#: beta_t"): the step is claimed there only.
_REGIME = re.compile(r"\b(?:large|small|big|tiny|grand|petit|gro(?:ß|ss)|klein|grande|peque[ñn]o)\w*\b", re.IGNORECASE)


def _approximation(timeline: Timeline, step: Step) -> str:
    """What makes a step's equation an approximation or a limit, as the reason says it, or '': the text set over
    its relation (``\\overset{T \\to \\infty}{=}``, ``\\overset{\\text{approx}}{=}``, ``\\stackrel{T \\gg 1}{=}``), a
    remark beside it (``\\quad \\text{for large } T``), or the sentence its display is set in ("For large $T$,
    approximately,", "In the limit $T \\to \\infty$,", "To first order in $\\beta_t$,")."""
    cited = step.cited.strip()
    if cited and (approximating(cited) or _LOOSE_MARK.search(written_relations.plain(cited))):
        return f"the text set over its relation ({cited})"
    if step.remark.strip() and (approximating(step.remark) or _REGIME.search(written_relations.plain(step.remark))):
        return f"the remark beside it ({step.remark.strip()})"
    if timeline.approximated(step.line):
        return "the sentence its display is set in"
    return ""


def _formulas_elsewhere(timeline: Timeline, index: int) -> tuple[Formula, ...]:
    """The formulas of the note other than step ``index``'s sides: its other steps', its statements' and the maths
    set in its sentences, split at each equals sign (one inside braces, ``\\sum_{t=1}``, leaves pieces that read
    as nothing: a letter is then only read as two names more often)."""
    steps = [side for other, sides in enumerate(timeline.sides) if other != index for side in sides]
    inline = [parse(part, maths.line) for maths in timeline.notes.inline for part in maths.text.split("=")]
    return (*steps, *(f for item in timeline.stated for f in (item.name, item.body) if f is not None), *inline)


def _bare_laws(sides: tuple[Formula, Formula]) -> list[str]:
    """The laws of the expectations the step writes by their letter alone (``E_Q``, ``E_{z \\sim q_\\phi}``)."""
    found = []
    for side in sides:
        for node in nodes(side.node) if side.node is not None else ():
            law = law_named(node.measure) if isinstance(node, syntax.Expectation) else None
            if law is not None:
                found.append(display_name(law))
    return found


def _unwritten_law(sides: tuple[Formula, Formula], law_letters: dict[str, frozenset]) -> str:
    """The law of an expectation written by its letter alone that the note writes no density of over a variable
    the step writes, and draws none from (``D_{KL}(Q \\| P)``, or ``Q(Z | X)`` beside a step of z), else the empty
    string."""
    written = {key[:2] for side in sides if side.node is not None for key in keys_in(side.node)}
    return next((law for law in _bare_laws(sides) if not law_letters.get(law, frozenset()) & written), "")


def chain_start(steps: list, index: int) -> int:
    """The first step of the chain step ``index`` continues (each step's left side the one before's right)."""
    while index > 0 and steps[index].lhs == steps[index - 1].rhs:
        index -= 1
    return index


def _definitions_brought(
    context: StepContext, implied: list, assumptions: list, step: sp.Expr, in_law: bool
) -> list[Definition]:
    """The note's definitions of the names the context's assumptions bring into a step (alpha_t, in q's
    transitions, where the step writes beta_t only; x_0 := (x_t - sqrt(1 - abar_t) eps_t) / sqrt(abar_t), in the
    context's mu~_t, where the step writes x_t and eps_t): a counterexample must keep them too."""
    brought = sp.Tuple(*(side for a in implied if isinstance(a, Definition) for side in (a.lhs, a.rhs)))
    stated = [a for a in context.assumptions if isinstance(a, Definition)] + random_values(context, step, in_law)
    return [a for a in relevant(stated, brought) if a not in assumptions]


def _propto_before(timeline: Timeline, index: int) -> tuple[int, bool] | None:
    """The line of the last ∝ link before step ``index`` in its chain, and whether the chain is of logarithms;
    None when no ∝ comes before it."""
    steps = timeline.notes.steps
    start = chain_start(steps, index)
    links = [step for step in steps[start:index] if step.relation.value == PROPTO]
    if not links:
        return None
    return links[-1].line, bool(_LOGARITHM.match(steps[start].lhs))


#: A side that is a logarithm: log p(x), \ln q(z | x).
_LOGARITHM = re.compile(r"\s*(?:\\left\s*)?\\(?:log|ln)\b")


def _carried_constant(outcome: Outcome, vocabulary: NoteVocabulary) -> str:
    """Why a refuted = link after a ∝ link of its chain holds up to the constant that ∝ carries (a factor, or a
    term in a chain of logarithms) in the variables of the density the chain is about, or in any one of its
    variables when it is about no density: the writer's "up to a constant" goes on after ∝
    (N ∝ exp(-(x - mu)^2 / 2) = exp(-x^2 / 2 + mu x)); empty when it does not."""
    if vocabulary.carried is None:
        return ""
    line, logarithms = vocabulary.carried
    reading = outcome.reading
    symbols = reading.lhs.free_symbols | reading.rhs.free_symbols
    variables = sorted((s for s in symbols if vocabulary.is_random(s)), key=str)
    within = [s for s in variables if vocabulary.subject and vocabulary.symbols.get(s) in vocabulary.subject[1]]
    choices = [within] if within else [[v] for v in variables]
    context = reconcile(tuple(outcome.assumptions))

    def constant_in(chosen: list[sp.Symbol]) -> bool:
        if logarithms:
            difference = reading.lhs - reading.rhs
            return all(check_uncited(Relation.EQ, sp.Derivative(difference, v), sp.Integer(0), context).proved
                       for v in chosen)  # fmt: skip
        return check_proportional(reading.lhs, reading.rhs, chosen, context).proved

    held = next((chosen for chosen in choices if constant_in(chosen)), None)
    if held is None:
        return ""
    names = ", ".join(map(str, held))
    constant = "term" if logarithms else "factor"
    return (f"false as written, but the sides differ by a constant {constant} in {names}, which the \\propto of "
            f"line {line} before it in the chain may carry: true up to it")  # fmt: skip


#: Words that name the variable a proportionality is in ("as a function of $y$", "en fonction de").
_IN_VARIABLE = re.compile(
    r"\bfunction\s+of\b|\bin\s+terms\s+of\b|\bfonction\s+de\b|\bals\s+Funktion\b|\bfunci[oó]n\s+de\b"
    r"|\bproportional\s+in\b|に関して|关于|에\s*대해",
    re.IGNORECASE,
)


def _variables_named(timeline: Timeline, index: int) -> frozenset:
    """The keys of the variables the note names a ∝ of step ``index``'s chain in: set over it
    (``\\overset{y}{\\propto}``), or in the sentence right before its display ("as a function of $y$", "of $y$ and
    $z$": all it lists); None among them for a name not read, or named in a negated phrase ("not as a function of
    $y$")."""
    steps = timeline.notes.steps
    start = chain_start(steps, index)
    named = [step.cited for step in steps[start : index + 1] if step.relation.value == PROPTO and step.cited]
    line = steps[start].line
    first = next((first for first, last in timeline.notes.displays if first <= line <= last), line)
    before = [inline for inline in timeline.notes.inline if inline.line < first]
    sentence = before[-1].sentence if before and first - before[-1].line <= 3 else ""
    words = _IN_VARIABLE.search(sentence)
    if words is not None and negated_before(sentence[: words.start()]):
        named.append(None)
    elif words is not None:  # "as a function of $y$ (with $x$ fixed)": y
        named.extend(listed_after(sentence[words.end() :]))
    keys: set = set()
    for text in named:
        node = parse(text, line).node if text is not None else None
        keys |= {n.key for n in nodes(node) if isinstance(n, syntax.Name)} if node is not None else {None}
    return frozenset(keys)


def _variables_said(timeline: Timeline, index: int) -> tuple[tuple[str, frozenset], ...]:
    """The sentences around the displays of step ``index``'s chain (:func:`sentences_of`) that name variables in
    words (:func:`variables_said`: "in $\\mu$", "with respect to $\\mu$", "depends on $\\mu$"), each with the
    keys of those the step writes; None among them for a negated phrase ("not as a function of $\\mu$").  A
    sentence that holds some of them fixed (:func:`variables_held`: "for fixed $x$", "given $x$") names all the
    others the step writes as numbers (no function, nor e or pi): the \\propto is in those."""
    steps = timeline.notes.steps
    written = {key for side in timeline.sides[index] if side.node is not None for key in keys_in(side.node)}
    lines = {step.line for step in steps[chain_start(steps, index) : index + 1]}
    found = []
    for line, sentence in sentences_of(timeline.notes, lines):
        keys = {key for names in variables_said(sentence) for key in _name_keys(names, line)}
        held = {key for names in variables_held(sentence) for key in _name_keys(names, line, whole=True)}
        if held & (written | {None}):
            keys |= {None} if None in held else _numbers(written, timeline) - held
        if keys & (written | {None}):
            found.append((" ".join(sentence.split()), frozenset(keys & (written | {None}))))
    return tuple(found)


def _numbers(keys: set, timeline: Timeline) -> set:
    """The ``keys`` that name numbers: none the note applies or names a function, nor e or pi."""
    functions = set(timeline.applied_to) | timeline.function_names
    return {key for key in keys if key not in functions and not (key[0] in CONSTANT_LETTERS and not key[2])}


def _name_keys(names: tuple[str, ...] | None, line: int, whole: bool = False) -> set:
    """The keys of ``names`` that are one name each (``\\mu``, ``x_t``; not ``q(x_t)``); {None} for None, and, if
    ``whole``, None among them where one of ``names`` is not one name."""
    if names is None:
        return {None}
    read = [parse(text, line).node for text in names]
    keys = {node.key for node in read if isinstance(node, syntax.Name)}
    return keys | {None} if whole and len(keys) < len(read) else keys


def _subject(timeline: Timeline, index: int) -> tuple[str, frozenset] | None:
    """The density a chain of steps is about, as written first (q(x_{t-1} | x_t, x_0) = ... ∝ ...), with the
    keys of its variables; None when the chain starts with anything else."""
    start = chain_start(timeline.notes.steps, index)
    first = timeline.sides[start][0].node
    if not (isinstance(first, syntax.Call) and law_letter(first) is not None and first.arguments):
        return None
    if not all(isinstance(a, syntax.Name) for a in first.arguments):
        return None
    return timeline.notes.steps[start].lhs.strip(), frozenset(a.key for a in first.arguments)


def in_force(timeline: Timeline, index: int, disputed_steps: frozenset[int]) -> list[Stated]:
    """What the note stated before step ``index``, without definitions made by a chain that was refuted."""
    broken = set()
    steps = timeline.notes.steps
    for refuted in disputed_steps:
        broken |= set(range(chain_start(steps, refuted), refuted + 1))
    return [
        item
        for item in timeline.before(index)
        if not (item.origin == "step" and any(timeline.introduces[i] is item for i in broken))
    ]


#: Why a step refuted only with a law of the data drawn by the model is undecided.
_DATA_LAW_DECIDES = (
    "refuted with a law of the data x_0 that the counterexample's model draws for itself (not centred), but it holds "
    "for standard normal data (x_0 ~ N(0, 1): centred, unit variance, symmetric) and fails for other data laws, "
    "so the note's data law decides (the checker models no law of the data a note states: such a step is left "
    "undecided)"
)


def _index_dropped_here(timeline: Timeline, step: Step, step_keys: set, stated: list[Stated]) -> str:
    """Why a step a sentence that drops an index is said for (:func:`dropped_for`: before it or carrying its display
    on) is not judged, or '': it writes, itself or through the definitions in force, a name both bare and with an
    index, which may be one name there while the kernel reads two."""
    said = dropped_for(timeline.notes, step.line)
    if not said:
        return ""
    keys, grown = set(step_keys), True
    definitions = [item for item in stated if item.kind == "definition" and item.name is not None
                   and item.name.node is not None and item.body is not None and item.body.node is not None]  # fmt: skip
    while grown:
        added = {key for item in definitions if keys_in(item.name.node) & keys for key in keys_in(item.body.node)}
        grown = not added <= keys
        keys |= added
    # a sentence that only names what may be an index beside a word of omission is said of the names indexed by it
    found = [(d, both) for d in reversed(said) if (both := bare_beside_indexed(keys, d.letters))]
    if not found:
        return ""
    drop, both = found[0]
    return (f"line {drop.line} drops an index ('{drop.sentence}'), and the step writes {both} (itself or "
            "through the note's definitions), which may be one name there, read as two")  # fmt: skip


def _data_held_fixed(outcome: Outcome, stated: list[Stated], context: StepContext, cited: str, search: bool) -> str:
    """Why a refutation whose counterexample draws the data x_0 (the start of q's chain) from a law of its own is
    not trusted where a sentence in force may hold x_0 fixed (a ``data held`` statement): the step may be said
    given x_0, and it is not refuted read so (:func:`given_the_data`, by a counterexample that draws no x_0); ''
    where none is in force, the counterexample draws no x_0, or the step fails given x_0 too."""
    example = outcome.verdict.counterexample
    if example is None or "q" not in example.drawn_starts:
        return ""
    held = next((item for item in stated if item.kind == "data held"), None)
    if held is None:
        return ""
    data = next((s for s, key in context.vocabulary.symbols.items() if key == ("x", "", "0")), None)
    if data is not None:
        try:
            given = kernel_verdict(outcome.relation, given_the_data(outcome.reading, data), outcome.assumptions,
                                   cited, context.vocabulary, search)  # fmt: skip
        except InconsistentAssumptions:
            given = None
        drawn = given is not None and given.counterexample is not None and given.counterexample.drawn_starts
        if given is not None and given.refuted and not drawn:
            return ""
    return (
        f"a counterexample exists with a law of the data x_0 that it draws for itself, but it is not trusted: "
        f"{held.text}, in words that are not read, so the step may be said given x_0, and read so it is not refuted"
    )


def _under_standard_data(outcome: Outcome, context: StepContext, cited: str, search: bool) -> Verdict | None:
    """The verdict on a refuted step again with the data's law, the start of q's chain, set to the standard normal
    x_0 ~ N(0, 1) where the note states none (:attr:`Context.standard_starts
    <derivations.kernel.checking.Context.standard_starts>`); None where the counterexample's Gaussian model did not
    draw the start of q's chain (:attr:`Counterexample.drawn_starts`).  A model's own data law (N(3/2, 1)) is not
    centred, while nearly every sentence about the data that a reader may miss ("whitened", "standardised", "the
    clean signal is mean-zero") says a law that N(0, 1) is: a step that holds there is decided by the note's data
    law, never refuted by the model's (a fail-safe class rule, not a list of words).  A refutation there that no
    schedule witnesses is searched again with the schedule's names off the ends of their range
    (:func:`~diffproof.notecheck.conditions.within_the_schedule`)."""
    example = outcome.verdict.counterexample
    if example is None or "q" not in example.drawn_starts:
        return None
    try:
        again = kernel_verdict(outcome.relation, outcome.reading, outcome.assumptions, cited, context.vocabulary,
                               search, standard_starts=frozenset({"q"}))  # fmt: skip
    except InconsistentAssumptions:
        return None
    if again.refuted and again.counterexample is not None and example.where == again.counterexample.where:
        return None  # the same model: the start it drew was the standard normal already
    if again.refuted and again.counterexample is not None and schedule_witnessed(again.counterexample, context)[1]:
        narrowed = within_the_schedule(outcome.relation, outcome.reading, outcome.assumptions, cited, context, search,
                                       again.counterexample, standard_starts=frozenset({"q"}))  # fmt: skip
        return narrowed or again  # else with_schedule leaves the first one untrusted
    return again


def _where_stated_or_every_schedule(
    verdict: Verdict,
    relation: Relation,
    reading: Reading,
    assumptions: list,
    cited: str,
    context: StepContext,
    step_keys: set,
    search: bool,
    stated: list[Stated],
) -> tuple[Verdict, bool]:
    """:func:`where_stated`, and whether its refutation holds at every schedule: where it leaves the counterexample
    untrusted, and it would be trusted without what the note says that only narrows the schedule
    (:func:`unnarrowed`), the step is refuted if it is false at every schedule
    (:func:`every_schedule.false_at_every_schedule`), which whatever more the note says cannot change.  Not where
    a shape in words may put the schedule outside the box (:func:`schedule_shapes.leaves_the_box`: "the degenerate
    schedule that adds no noise", "the last beta is one"), which then does not only narrow it."""
    held = where_stated(verdict, relation, reading, assumptions, cited, context, step_keys, search=search)
    wide = unnarrowed(context) if not held.refuted else None
    if wide is None or any(leaves_the_box(item) for item in stated):  # "the degenerate schedule with no noise"
        return held, False
    proof = every_schedule.false_at_every_schedule(reading, assumptions, context)
    if proof is None:
        return held, False
    # the counterexample found may break what only narrows the schedule (a constant schedule, beta_1 < ... <
    # beta_T): the step is false at every schedule, so it is shown at one meeting all the note reads of it; else
    # the one found (with_schedule may put one a witness finds in its place: cr64)
    moved = every_schedule.at_a_schedule(reading, assumptions, context, verdict.counterexample)
    moved = verdict.counterexample if moved is None else moved
    again = where_stated(replace(verdict, counterexample=moved), relation, reading, assumptions, cited, wide,
                         step_keys, search=search)  # fmt: skip
    return (replace(again, reason=f"{again.reason}; {proof}"), True) if again.refuted else (held, False)


#: What a refutation says whose counterexample is the standard reading's (:func:`_standard_shown`).
_STANDARD_SHOWN = (
    "the counterexample shown satisfies the standard DDPM reading too, which the note does not state ({}), so the "
    "step is refuted read either way"
)


def _standard_shown(
    first: Outcome, standard: Verdict | None, extra: list, context: StepContext, cited: str, step_keys: set
) -> Outcome | None:
    """The refuted step with the standard reading's counterexample in place of the one found as the note states it
    (random joint tables): a model of the note's assumptions and the standard reading's satisfies everything the
    note states, and convinces a reader who knows the law.  It is trusted as the first one is (real sides, the
    note's orders, a witnessing schedule); None where there is no such counterexample, it is the first one, or its
    model draws a law of the data x_0 of its own (N(3/2, 1): a reader checks one with x_0 ~ N(0, 1), whose search
    would cost the step its time, and the verdict is the first one's anyway)."""
    if standard is None or not standard.refuted or standard.counterexample is None:
        return None
    if "q" in standard.counterexample.drawn_starts:
        return None
    outcome = replace(first, assumptions=first.assumptions + extra, verdict=standard)
    vocabulary, reading, relation, assumptions = context.vocabulary, first.reading, first.relation, outcome.assumptions
    try:
        verdict = where_real(standard, relation, reading, assumptions, cited, vocabulary, search=True)
        if verdict.refuted:
            verdict = where_stated(verdict, relation, reading, assumptions, cited, context, step_keys, search=True)
        witnessed = with_schedule(verdict, context)
    except InconsistentAssumptions:
        return None
    example = witnessed.counterexample
    if not witnessed.refuted or example is None or example == first.verdict.counterexample or example.drawn_starts:
        return None
    said = "; ".join(dict.fromkeys(describe(a) for a in extra if not isinstance(a, Domain)))
    reason = f"{witnessed.reason}; {_STANDARD_SHOWN.format(said)}"
    return replace(outcome, verdict=replace(witnessed, reason=reason))


def _sentence_ties(stated: list[Stated], vocabulary: NoteVocabulary) -> dict[frozenset[tuple[str, str, str]], str]:
    """The pairs of names a relation stated in a sentence writes together ("Let $s = 2x$."), a number (not random)
    with each other name, and the sentence: the relation makes the number vary with the other name (s with x), so
    a derivative or a ∝ in x cannot hold s fixed.  A random variable's value is drawn: x_t = ... + eps ties it to
    no value of x_{t-1}.  A display's relation is read by :func:`displayed_ties`."""
    keys = {key: symbol for symbol, key in vocabulary.symbols.items()}
    found: dict[frozenset[tuple[str, str, str]], str] = {}
    for item in stated:
        if item.kind != "relation" or item.denied or item.origin == "step":
            continue
        written = [f.node for f in (item.name, item.body) if f is not None and f.node is not None]
        named = {n.key for node in written for n in nodes(node) if isinstance(n, syntax.Name)}
        numbers = {key for key in named if key in keys and not vocabulary.is_random(keys[key])}
        for number in numbers:
            for other in named - {number}:
                found.setdefault(frozenset((number, other)), f"line {item.line} states {item.text[:60]}")
    return found


def _chained(
    ties: dict[frozenset[tuple[str, str, str]], str], defined: dict[sp.Expr, Definition], vocabulary: NoteVocabulary
) -> dict[frozenset[tuple[str, str, str]], str]:
    """``ties`` and the ties through chains of them and of the note's definitions of numbers: a name tied to one
    that is tied to or defined of a third varies with the third ("Let $u = 2x$.", "Let $s = u + 1$.": s with x),
    each pair with the first sentence on its chain.  A chain of definitions alone ties nothing here (a defined name
    is written out before a check), nor does a random variable's definition, and two random variables are never
    tied (their values are drawn, as in :func:`_sentence_ties`)."""
    symbols = {key: symbol for symbol, key in vocabulary.symbols.items()}

    def drawn(key: tuple[str, str, str]) -> bool:
        return key in symbols and vocabulary.is_random(symbols[key])

    edges: dict[tuple[str, str, str], list[tuple[tuple[str, str, str], str]]] = collections.defaultdict(list)
    for pair, why in ties.items():
        if len(pair) == 2:
            one, other = pair
            edges[one].append((other, why))
            edges[other].append((one, why))
    for name, definition in defined.items():
        if name not in vocabulary.symbols or vocabulary.is_random(name):
            continue
        for part in definition.rhs.free_symbols:
            if part in vocabulary.symbols and part != name:
                edges[vocabulary.symbols[name]].append((vocabulary.symbols[part], ""))
                edges[vocabulary.symbols[part]].append((vocabulary.symbols[name], ""))
    found = dict(ties)
    for start in list(edges):
        seen = {(start, False)}
        frontier = [(start, "")]
        while frontier:  # each name with and without a tie on the way
            node, why = frontier.pop()
            for after, tie in edges[node]:
                said = why or tie
                if said and after != start and not (drawn(start) and drawn(after)):
                    found.setdefault(frozenset((start, after)), said)
                if (after, bool(said)) not in seen:
                    seen.add((after, bool(said)))
                    frontier.append((after, said))
    return found


def _judge_readings(
    found: list[Reading],
    relation: Relation | str,
    context: StepContext,
    stated: list[Stated],
    step_keys: set,
    cited: str,
    joint_outside: bool = False,
) -> Judged:
    """The verdict on the readings of a step (``joint_outside``: it writes a joint of a law whose chain no
    context states, :func:`joint_outside_context`).  Where the parser reads the step more than one way (a name
    before a parenthesis applied or times, the reach of \\log or of a derivative, 1/2x), each way it keeps is judged
    apart (:attr:`Reading.spelled`), and the step is decided only where they agree: proved only if every reading is,
    refuted only if every reading is.  E_q's two readings are judged together (a note that writes q both with and
    without a condition leaves a bare E_q unread)."""
    spelled = {reading.spelled: None for reading in found}
    if len(spelled) > 1:
        apart = [
            _judge_readings([r for r in found if r.spelled == way], relation, context, stated, step_keys, cited,
                            joint_outside)
            for way in spelled
        ]  # fmt: skip
        if len({judged.status for judged in apart}) == 1:
            return apart[0]
        ways = "; ".join(f"{', '.join(way) or 'as written'}: {judged.status}" for way, judged in zip(spelled, apart))
        return Judged(UNDECIDED, f"the step reads more than one way, and the readings disagree ({ways})",
                      doubted=any(judged.status == REFUTED or judged.doubted for judged in apart))  # fmt: skip
    vocabulary = context.vocabulary
    declared = any(name in contexts.CONTEXTS for name in context.contexts)
    own = not declared and context.process != contexts.Process()  # the note states its process itself
    conventions = tuple(sorted(vocabulary.used))
    # A counterexample to a step over sums in a note that declares no chain would not be trusted (see doubts):
    # none is searched for after the rules, only the cheap one before them.
    unchained = (
        vocabulary.indexed
        and (not declared or joint_outside)
        and not chains_stated(found, context, stated)
        and not about_no_law(found, vocabulary)
    )
    if declared:
        found = [forward_law_named(reading, vocabulary) for reading in found]
    against = [value_against_density(reading, relation, context) for reading in found]
    if all(against):
        return _result(REFUTED, against[0].reason, Outcome(found[0], relation, [], against[0]), conventions)
    outcomes = []
    variants = []
    for reading in found:
        variants.append((reading, relation, [], contexts.AS_WRITTEN))
        if relation is Relation.EQ and _in_law(reading, context):
            law, substituted = random_substituted(reading, context)
            how = reading.how + ("= read as equality in law (the two sides use different noises)",)
            variants.append(
                (
                    replace(reading, lhs=law.lhs, rhs=law.rhs, how=how),
                    Relation.EQ_LAW,
                    substituted,
                    contexts.Written((reading.lhs, reading.rhs), defined_values(substituted)),
                )
            )

    def check(reading: Reading, this: Relation | str, substituted: list, written: contexts.Written) -> Outcome:
        used = reading.lhs.free_symbols | reading.rhs.free_symbols
        assumptions = finish(context, used, reading.lhs + reading.rhs, in_law=this is Relation.EQ_LAW, written=written)
        presupposed = [c for c in contexts.presupposed_sizes(vocabulary) if c not in assumptions]
        assumptions += presupposed
        implied = []
        if declared or own:
            standard = standard_assumptions(context, used, reading, this is Relation.EQ_LAW, written, own)
            implied = [a for a in standard if a not in assumptions]
            assumptions += implied
            assumptions += _definitions_brought(
                context, implied, assumptions, reading.lhs + reading.rhs, this is Relation.EQ_LAW
            )  # alpha_t, in q's transitions; x_0 in mu~_t
            assumptions += [d for d in domains(vocabulary, assumptions, used) if d not in assumptions]
        verdict = kernel_verdict(this, reading, assumptions, cited, vocabulary, search=not unchained)
        verdict = stated_proof(verdict, this, reading, assumptions, presupposed, cited, vocabulary)
        verdict = where_defined(verdict, reading, context, stated, assumptions)
        if verdict.refuted:
            verdict = where_real(verdict, this, reading, assumptions, cited, vocabulary, search=not unchained)
        untrusted = everywhere = False
        if verdict.refuted:
            verdict, everywhere = _where_stated_or_every_schedule(verdict, this, reading, assumptions, cited, context,
                                                                  step_keys, not unchained, stated)  # fmt: skip
            untrusted = not verdict.refuted  # a doubt still: at four coordinates it keeps a one-coordinate proof out
        witnessed = with_schedule(verdict, context)  # a counterexample another search put in its place, too
        untrusted = untrusted or (verdict.refuted and not witnessed.refuted)
        return Outcome(reading, this, assumptions, witnessed, tuple(substituted), written, tuple(implied) if own else (),
                       untrusted, everywhere and witnessed.refuted)  # fmt: skip

    try:
        for variant in variants:
            outcomes.append(check(*variant))
            if outcomes[-1].verdict.proved:
                break  # one proved reading proves the step: the others need not be tried
        proved = next((o for o in outcomes if o.verdict.proved), None)
        if proved is None and relation is not PROPTO:  # a proof only: the readings above decide a refutation
            proved = next(
                (o for o in (check(r, relation, used, contexts.AS_WRITTEN) for r, used in through_values(found, context))
                 if o.verdict.proved),
                None,
            )  # fmt: skip
        if proved is None and relation is Relation.EQ:
            proved = next(
                (o for o in (check(r, relation, used, contexts.AS_WRITTEN)
                             for r, used in integrands_through_definitions(found, context))
                 if o.verdict.proved),
                None,
            )  # fmt: skip
    except InconsistentAssumptions as error:
        return Judged(UNDECIDED, f"the note's assumptions conflict: {error}")
    uses_own = proved is not None and any(u in proved.own for u in proved.verdict.uses)
    held = noise_held_fixed(proved, context) if proved is not None and (declared or proved.own) else ""
    held = held or (noises_apart_tied(proved, context) if proved is not None else "")
    if proved is not None and not held and not integrands_equal(proved):  # then true whatever the function is
        held = (
            function_held_fixed(proved.reading, vocabulary)
            or tied_held_fixed(proved.reading, context)
            or tied_in_words_held_apart(proved.reading, context)
        )
    if held:
        return _result(UNDECIDED, f"proved as written, {held}", proved, conventions, keep_counterexample=False)
    if uses_own:
        lines = ", ".join(map(str, context.process_lines))
        return _result(PROVED, f"{proved.verdict.reason}; with the process the note states (lines {lines})", proved,
                       conventions)  # fmt: skip
    if proved is not None and proved.substituted and proved.relation is not Relation.EQ_LAW:
        names = ", ".join(d.name for d in proved.substituted)
        reason = f"inside the expectations, by the definitions ({names}): {proved.verdict.reason}"
        return _result(PROVED, reason, proved, conventions)
    if proved is not None:
        return _result(PROVED, proved.verdict.reason, proved, conventions)
    if all(o.verdict.refuted for o in outcomes):
        # Two sides unequal in law are unequal as values too, so a reading in law that nothing puts in doubt
        # (its noises declared) refutes the step even where the reading between values is doubted.
        doubted = [  # a refutation at every schedule: what only narrows the schedule is no doubt
            doubts(o.reading, o.relation, (o.everywhere and unnarrowed(context)) or context, step_keys, o.assumptions,
                   declared, unchained)
            for o in outcomes
        ]  # fmt: skip
        first, doubt = next(((o, d) for o, d in zip(outcomes, doubted) if not d), (None, ""))
        if first is None:  # all in doubt: the reading in law, where there is one, says best why (the note means it)
            first = outcomes[0]
            doubt = next((d for o, d in zip(outcomes, doubted) if o.relation is Relation.EQ_LAW), doubted[0])
        # with a doubt, only a proof under the standard reading changes the verdict: no search for it then
        standard, extra = (None, []) if declared else under_standard(first, context, search=not doubt)
        if not declared and not (standard is not None and standard.proved):
            for other in outcomes[1:]:  # the reading in law may be the one the standard reading proves
                in_law, more = under_standard(other, context, search=False)
                if in_law is not None and in_law.proved:
                    standard, extra = in_law, more
                    break
        if standard is not None and standard.proved:
            reason = (f"{standard_proof(standard, extra)}; as the note states it, a counterexample exists but it is "
                      f"not trusted: {doubt}" if doubt else f"refuted as the note states it, but "
                      f"{standard_proof(standard, extra)}")  # fmt: skip
            return _result(UNDECIDED, reason, first, conventions, keep_counterexample=False)
        if doubt:
            return _result(UNDECIDED, f"a counterexample exists as the step is read, but it is not trusted: {doubt}",
                           first, conventions, keep_counterexample=False)  # fmt: skip
        if standard is not None and not standard.refuted:
            return _result(UNDECIDED, "refuted as the note states it, but not under the standard DDPM reading, which "
                           "the note does not state (no counterexample is found there)", first, conventions,
                           keep_counterexample=False)  # fmt: skip
        witness = _holds_somewhere(first, vocabulary)
        if witness:
            return _result(UNDECIDED, "a condition on parameters the note may choose: it fails at some admissible "
                           f"values but holds at others ({witness}), so it is not refuted", first, conventions,
                           keep_counterexample=False)  # fmt: skip
        carried = _carried_constant(first, vocabulary)
        if carried:
            return _result(UNDECIDED, carried, first, conventions, keep_counterexample=False)
        held = _data_held_fixed(first, stated, context, cited, search=not unchained)
        if held:
            return _result(UNDECIDED, held, first, conventions, keep_counterexample=False)
        standard_data = _under_standard_data(first, context, cited, search=not unchained)
        if standard_data is not None and not standard_data.refuted:
            return _result(UNDECIDED, _DATA_LAW_DECIDES, first, conventions, keep_counterexample=False)
        standard_data = with_schedule(standard_data, context) if standard_data is not None else None
        if standard_data is not None and not standard_data.refuted:
            return _result(UNDECIDED, standard_data.reason, first, conventions, keep_counterexample=False)
        shown = _standard_shown(first, standard, extra, context, cited, step_keys)
        if shown is not None:  # refuted either way: the counterexample a reader who knows the law checks
            return _result(REFUTED, shown.verdict.reason, shown, conventions)
        if standard_data is not None:  # wrong for standard data too: that counterexample, with its data law shown
            reason = f"{standard_data.reason} (with the data's law x_0 ~ N(0, 1), which the note does not state)"
            return _result(REFUTED, reason, replace(first, verdict=replace(standard_data, reason=reason)),
                           conventions)  # fmt: skip
        return _result(REFUTED, first.verdict.reason, first, conventions)
    undecided = next(o for o in outcomes if not o.verdict.refuted)
    reason = undecided.verdict.reason
    if declared and context.forward and any(key[:2] in (("x", ""), ("q", "")) for key in step_keys):
        reason += f"; the context's laws of the forward process q are not used: {context.forward}"
    if declared and context.schedule not in reason and any(key[:2] in contexts.SCHEDULE for key in step_keys):
        reason += f"; the context's schedule relations are not used for the names the note relates: {context.schedule}"
    if unchained and declared:
        reason += ("; no counterexample at a small number of steps is searched for: the step writes a joint law "
                   "whose chain neither the context nor the note states, which one might ignore")  # fmt: skip
    elif unchained:
        reason += ("; no counterexample at a small number of steps is searched for: the note does not declare its "
                   "Markov structure (% diffproof: context ddpm), which one might ignore")  # fmt: skip
    if not declared:
        standard, extra = under_standard(undecided, context, search=False)
        if standard is not None and standard.proved:
            reason = f"{standard_proof(standard, extra)}; as the note states it: {reason}"
    return _result(UNDECIDED, reason, undecided, conventions)


def _identity(timeline: Timeline, index: int, disputed_steps: frozenset[int]) -> bool:
    """Whether step ``index`` (an equation a step follows from) is proved: an identity, which restricts nothing."""
    known = timeline.__dict__.setdefault("_identities", {})  # a copy of the timeline shares it: keyed by its id
    key = (id(timeline), index, disputed_steps)
    if key not in known:
        known[key] = False  # while it is judged (a step's antecedents are before it: no cycle, but be safe)
        known[key] = _judge(timeline, index, disputed_steps).status == PROVED
    return known[key]


def value_against_density(reading: Reading, relation: Relation | str, context: StepContext) -> Verdict | None:
    """``x = N(x; mu, sigma^2)``: a random variable's value equated with its Gaussian density, refuted at x = 0.

    The density is positive at every point, for every mean and variance, so at x = 0 the sides differ
    whatever the note says of the other names: the counterexample needs none of their values.  None unless
    the step has this shape and x may be 0 (see :func:`may_vanish`)."""
    if relation is not Relation.EQ:
        return None
    for value, density in ((reading.lhs, reading.rhs), (reading.rhs, reading.lhs)):
        if not (isinstance(density, Normal) and density.point == value and may_vanish(value, context)):
            continue
        shown = str(value)
        reason = (f"{shown} is the value of a random variable and the other side its Gaussian density, positive at "
                  f"every point for every mean and variance: at {shown} = 0 the sides differ, whatever the other "
                  f"names are (its law is written {shown} ~ N(μ, σ²))")  # fmt: skip
        sides = (0.0, "positive") if value is reading.lhs else ("positive", 0.0)
        example = Counterexample(((str(value), 0.0),), *sides, "for every value of the other names")
        return Verdict(Status.REFUTED, reason, counterexample=example)
    return None


def may_vanish(value: sp.Expr, context: StepContext, depth: int = 3, anywhere: bool = False) -> bool:
    """Whether the random variable ``value`` may be 0 (``anywhere``: any real number) whatever else the note
    states: it is neither defined nor disputed and 0 is in its domain (its domain is the real line), or the
    note defines it as ``a w + b`` with a != 0 and w a variable that may be any real number (w = -b/a then)."""
    vocabulary = context.vocabulary
    symbol = value.base.label if isinstance(value, sp.Indexed) else value
    key = vocabulary.symbols.get(symbol) if isinstance(symbol, sp.Symbol) else None
    if key is None or not vocabulary.is_random(symbol) or disputed_reason(context, {key}):
        return False
    definition = context.random_definitions.get(value)
    if definition is None:
        domain = vocabulary.domain(key)
        return value not in context.defined and (domain == sp.Reals if anywhere else 0 in domain)
    if depth == 0:
        return False
    body = sp.expand(definition.rhs)
    for term in body.free_symbols:
        slope = body.coeff(term)
        if vocabulary.is_random(term) and slope.is_nonzero and not (body - slope * term).has(term):
            if not slope.has(term) and may_vanish(term, context, depth - 1, anywhere=True):
                return True
    return False


#: The opposite of each order relation: a counterexample to it is a point where the relation holds.
OPPOSITE = {Relation.LT: Relation.GE, Relation.LE: Relation.GT, Relation.GT: Relation.LE, Relation.GE: Relation.LT}


def _holds_somewhere(outcome: Outcome, vocabulary: NoteVocabulary) -> str:
    """For a refuted inequality between parameters only (``beta_1 < beta_2``: no random variable, no
    operator), a point where it holds, shown; empty when there is none or the step is of another kind.

    Such a step may be the note choosing its parameters (an increasing schedule) rather than a claim: it is
    refuted only when it fails at every point the kernel tries."""
    reading, relation = outcome.reading, outcome.relation
    if relation not in OPPOSITE:
        return ""
    symbols = reading.lhs.free_symbols | reading.rhs.free_symbols
    if any(vocabulary.is_random(s) for s in symbols) or not (
        is_closed_form(reading.lhs) and is_closed_form(reading.rhs)
    ):
        return ""
    verdict = kernel_verdict(OPPOSITE[relation], reading, outcome.assumptions, "", vocabulary)
    if not verdict.refuted or verdict.counterexample is None:
        return ""
    return verdict.counterexample.describe().partition(":")[0]


#: The reading of a log without a base, shown beside a verdict on a step that writes one.
NATURAL_LOG = "log without a base is the natural logarithm (the note gives it no other base)"


def _result(
    status: str, reason: str, outcome: Outcome, conventions: tuple[str, ...], keep_counterexample: bool = True
) -> Judged:
    verdict = outcome.verdict
    if not keep_counterexample:
        verdict = Verdict(Status(status), reason, verdict.rule, verdict.conditions, verdict.axioms, uses=verdict.uses)
    uses = tuple(dict.fromkeys(tuple(d.name for d in outcome.substituted) + uses_of(verdict)))
    reading = outcome.reading
    based = any(c.startswith(LOG_BASE) for c in conventions)  # "All logarithms are to base 2"
    if (
        status != UNDECIDED
        and not based
        and any(side.has(sp.log) for side in (reading.lhs, reading.rhs) if isinstance(side, sp.Basic))
    ):
        conventions = tuple(sorted({*conventions, NATURAL_LOG}))
    doubted = status != REFUTED and (outcome.verdict.refuted or outcome.untrusted)  # a counterexample, not trusted
    return Judged(status, reason, verdict, latex(reading.lhs), latex(reading.rhs), reading.how, uses, conventions,
                  doubted=doubted)  # fmt: skip
