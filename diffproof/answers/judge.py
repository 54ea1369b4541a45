"""Is an answer equal to the reference?  A verdict of the shared vocabulary, with its evidence.

Policy (what each verdict means; :class:`derivations.kernel.vocabulary.Status`):

* **proved** ("correct") only with a proof by the kernel (:func:`kernel_proves`):
  reference minus answer reduced to zero under the domains and the relations,
  and the two sides evaluated equal at a point of the domain where both are
  defined -- an answer undefined everywhere (0/0 or log 0 once a relation is
  applied) is never correct, and neither is one under givens that leave no
  point to test;
* **refuted** ("wrong") only with a :class:`Counterexample`: a point of the
  declared domains (each coordinate re-checked inside its domain, every symbol
  a relation or a given eliminates inside its own domain, every network output
  and density evaluated at distinct inputs) at which the two sides, evaluated to
  30 significant digits and confirmed at 50, differ by more than 1e-12 of their
  size (as complex numbers: a square root of a negative number is imaginary, not
  skipped; but a point where a side is not real through an odd root of a negative
  number, x^{1/3} at x < 0, real to a reader and complex to SymPy, is read two ways
  and skipped), or at which the reference is defined and the answer is not at every
  point tried;
* **undecided** otherwise -- agreement at every sampled point without a proof is
  not a proof -- with the reason.

Relations (:data:`derivations.symbols.RELATIONS`): ``beta_t = 1 - alpha_t`` and
the posterior variance are always substituted; ``abar_t = alpha_t abar_{t-1}``
(and one step earlier) whenever either side uses alpha_t or abar_{t-1}.  A
``--given`` equation ``symbol = formula`` is substituted first and wins over a
relation that defines the same symbol (the relation is then solved for another
of its symbols); givens and relations are applied until nothing changes.  A
given whose left side is not a symbol (``\\nabla\\log p(x_t) = ...``) is applied
to the canonical forms, so it rewrites ``\\nabla p / p`` as well.  A bound
(``0 < w``) narrows the symbol's domain; several bounds intersect.

For counterexamples, each density value, derivative of one, and network output
at its inputs becomes a free number: at a single point these values are
unconstrained by one another when their inputs differ, so a difference found
this way is a difference for some distribution or network.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import sympy as sp

from derivations import symbols as registry
from derivations.kernel.algebra import canonical, prove_equal, random_point
from derivations.kernel.vocabulary import Counterexample, Status, Verdict
from derivations.probability import Density, Grad
from diffproof import exits
from diffproof.answers.derivatives import held_apart
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import Formula, ambiguity, assumptions_of, describe_set, latex, names_in

#: Points sampled in search of a counterexample.
POINTS = 24
#: A difference counts when it exceeds this fraction of the larger side (plus this amount).  Both sides
#: are evaluated to 30 significant digits from exact rational points, so their error is far below it.
TOLERANCE = 1e-12
#: How many times givens and relations are substituted before they are declared circular.
ROUNDS = 8

#: The user-facing word of each status.
WORDS = {Status.PROVED: "correct", Status.REFUTED: "wrong", Status.UNDECIDED: "undecided"}
INVALID = "invalid input"
EXIT_CODES = {"correct": exits.OK, "wrong": exits.FAILED, INVALID: exits.USAGE, "undecided": exits.UNDECIDED}


# ------------------------------------------------------------------ assumptions


@dataclass(frozen=True)
class Assumptions:
    """Equations (``--given``, a question's relations) and domains (a question's declarations, bounds).

    ``equations`` pairs a left side (a symbol, or a score, density...) with its value; ``domains`` pairs a
    symbol with a set its values lie in (several sets for one symbol intersect).
    """

    equations: tuple[tuple[sp.Expr, sp.Expr], ...] = ()
    domains: tuple[tuple[sp.Symbol, sp.Set], ...] = ()
    descriptions: tuple[str, ...] = ()

    def __add__(self, other: Assumptions) -> Assumptions:
        return Assumptions(
            self.equations + other.equations,
            self.domains + other.domains,
            self.descriptions + other.descriptions,
        )

    def domain(self, symbol: sp.Symbol) -> sp.Set:
        """The domain of ``symbol``: its declaration (or assumptions) intersected with every stated bound."""
        domain = registry.domain_of(symbol)
        for bounded, bound in self.domains:
            if bounded == symbol:
                domain = domain.intersect(bound)
        return domain


# ------------------------------------------------------------------ the judgement


@dataclass(frozen=True)
class Judgement:
    """A verdict on an answer as the checker reports it: the shared :class:`Verdict` (None when the input
    could not be judged: ``error`` says why), with what the student needs to see."""

    verdict: Verdict | None
    error: str = ""
    answer_latex: str = ""
    reference_latex: str = ""
    relations: tuple[str, ...] = ()
    domains: tuple[tuple[str, str], ...] = ()
    diagnosis: str = ""
    feedback: str = ""
    notes: tuple[str, ...] = ()
    context: str = ""

    @classmethod
    def invalid(cls, message: str, context: str = "") -> Judgement:
        return cls(None, message, context=context)

    @classmethod
    def undecided(cls, reason: str) -> Judgement:
        return cls(Verdict(Status.UNDECIDED, reason))

    @property
    def word(self) -> str:
        """``correct``, ``wrong``, ``undecided`` or ``invalid input``."""
        return INVALID if self.verdict is None else WORDS[self.verdict.status]

    @property
    def status(self) -> Status | None:
        return None if self.verdict is None else self.verdict.status

    @property
    def reason(self) -> str:
        return self.error if self.verdict is None else self.verdict.reason

    @property
    def counterexample(self) -> Counterexample | None:
        return None if self.verdict is None else self.verdict.counterexample

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.word]

    def to_json(self) -> dict:
        example = self.counterexample
        return {
            "verdict": self.word,
            "status": None if self.verdict is None else self.verdict.status.value,
            "reason": self.reason,
            "answer_latex": self.answer_latex,
            "reference_latex": self.reference_latex,
            "relations": list(self.relations),
            "domains": dict(self.domains),
            "diagnosis": self.diagnosis or None,
            "feedback": self.feedback or None,
            "notes": list(self.notes),
            "context": self.context,
            "counterexample": None if example is None else counterexample_json(example),
        }

    def _repr_latex_(self) -> str:
        return rf"$\text{{{self.word}}}: {self.answer_latex}$"


def counterexample_json(example: Counterexample) -> dict:
    data = example.to_json()
    return {"point": data["point"], "derived": data["derived"], "reference": data["lhs"], "answer": data["rhs"]}


# ------------------------------------------------------------------ preparing both sides


@dataclass(frozen=True)
class Sides:
    """Reference and answer after substitutions, with what was substituted and the expressions that must be
    nonzero for each side to be defined."""

    reference: sp.Expr
    answer: sp.Expr
    relations: tuple[str, ...] = ()
    eliminated: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()
    reference_nonzero: tuple[sp.Expr, ...] = ()
    answer_nonzero: tuple[sp.Expr, ...] = ()
    reference_positive: tuple[sp.Expr, ...] = ()
    answer_positive: tuple[sp.Expr, ...] = ()
    #: Equations whose left side is not a symbol (a score, a network output), with the substitutions made.
    rewrites: tuple[tuple[sp.Expr, sp.Expr], ...] = ()


def prepare(reference: Formula, answer: Formula, assumptions: Assumptions) -> Sides:
    """Both sides with the givens and the relations of the schedule they need, substituted until stable."""
    conditions = (reference.nonzero, answer.nonzero, reference.positive, answer.positive)
    expressions = [reference.expr, answer.expr, *(c for group in conditions for c in group)]
    rewrites = [(left, right) for left, right in assumptions.equations if not isinstance(left, sp.Symbol)]
    present = set().union(*(e.free_symbols for e in expressions + [side for pair in rewrites for side in pair]))
    equations: dict[sp.Symbol, sp.Expr] = {}
    described: list[str] = []
    for left, right in assumptions.equations:
        if isinstance(left, sp.Symbol):
            if left in equations and equations[left] != right:
                raise InvalidAnswer(f"two givens fix {latex(left)}: {latex(equations[left])} and {latex(right)}")
            equations[left] = right
            described.append(f"{latex(left)} = {latex(right)}")
    present |= set().union(*(value.free_symbols for value in equations.values()), set())
    for relation in registry.RELATIONS:
        symbol, value = relation.symbol, relation.value
        if symbol in equations:
            if _solve_relation(relation, equations):
                described.append(relation.latex)
            continue
        chain = relation.symbol in (registry.abar_t, registry.abar_tm1)
        if symbol in present and (not chain or present & (value.free_symbols | _later(symbol))):
            equations[symbol] = value
            described.append(relation.latex)
            present |= value.free_symbols
    resolved = _resolve(equations)
    sides = [substitute(e, resolved) for e in expressions]
    groups, start = [], 2
    for group in conditions:
        groups.append(tuple(sides[start : start + len(group)]))
        start += len(group)
    rewritten = tuple((substitute(left, resolved), substitute(right, resolved)) for left, right in rewrites)
    described += [f"{latex(left)} = {latex(right)}" for left, right in rewrites]
    return Sides(
        sides[0],
        sides[1],
        tuple(described),
        tuple(resolved.items()),
        *groups[:2],
        *groups[2:],
        rewritten,
    )


def _later(symbol: sp.Symbol) -> set[sp.Symbol]:
    """The symbols that only appear once ``symbol``'s relation is used (abar_{t-1} beside abar_t)."""
    return {registry.alpha_t, registry.abar_tm1} if symbol == registry.abar_t else set()


def _solve_relation(relation: registry.ScheduleRelation, equations: dict[sp.Symbol, sp.Expr]) -> bool:
    """A given fixes a symbol a relation defines: solve the relation for one of its other symbols."""
    fixed = equations[relation.symbol]
    free = sorted(relation.value.free_symbols - set(equations), key=str, reverse=True)
    for symbol in free:
        solutions = sp.solve(sp.Eq(relation.value, fixed), symbol)
        if len(solutions) == 1:
            equations[symbol] = solutions[0]
            return True
    if not free and (relation.value.xreplace(equations) - fixed).is_zero is False:
        raise InvalidAnswer(f"the givens contradict {relation.latex}")
    return False


def _resolve(equations: Mapping[sp.Symbol, sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    """Each equation's value with the others substituted until nothing changes; circular givens are refused."""
    resolved = dict(equations)
    for _ in range(ROUNDS):
        updated = {symbol: value.xreplace(resolved) for symbol, value in resolved.items()}
        if updated == resolved:
            if any(symbol in value.free_symbols for symbol, value in resolved.items()):
                break
            return resolved
        resolved = updated
    raise InvalidAnswer("the givens and relations are circular: a symbol is defined in terms of itself")


def substitute(expr: sp.Expr, resolved: Mapping[sp.Symbol, sp.Expr]) -> sp.Expr:
    return expr.xreplace(dict(resolved)) if resolved else expr


def apply_rewrites(expr: sp.Expr, rewrites: Sequence[tuple[sp.Expr, sp.Expr]]) -> sp.Expr:
    """``expr`` in canonical form, with each given whose left side is not a symbol solved for the operator atom
    it is linear in (a derivative or value of a density) and substituted: ``\\nabla\\log p = v`` gives
    ``p' = v p``, so ``\\nabla p / p`` is rewritten too."""
    expr = canonical(expr)
    for left, right in rewrites:
        unfolded = canonical(left)
        atoms = [a for a in unfolded.atoms(sp.Derivative, Density, sp.core.function.AppliedUndef)]
        atoms = [a for a in atoms if not any(a != b and b.has(a) for b in atoms)] or atoms
        for atom in sorted(atoms, key=sp.default_sort_key):
            solutions = sp.solve(sp.Eq(unfolded, canonical(right)), atom)
            if len(solutions) == 1:
                expr = expr.xreplace({atom: solutions[0]})
                break
    return expr


# ------------------------------------------------------------------ evaluation at a point


@dataclass(frozen=True)
class ClosedForm:
    """An expression with its operator atoms (density values, derivatives, network outputs) as free numbers;
    ``calls`` maps each free number to (head, inputs): values of one head at equal inputs must be equal."""

    expr: sp.Expr
    calls: tuple[tuple[sp.Symbol, tuple[str, tuple[sp.Expr, ...]]], ...] = ()


def closed_form(expr: sp.Expr) -> ClosedForm | None:
    """``expr`` unfolded, with density values, their derivatives and network outputs as free numbers;
    None if an operator (an integral, an unevaluated expectation) remains."""
    unfolded = canonical(expr)
    calls = []
    derivatives = {}
    for d in unfolded.atoms(sp.Derivative):
        number = sp.Symbol(f"d/d{d.variables[0]} {d.expr}", real=True)
        derivatives[d] = number
        if isinstance(d.expr, Density):
            position = d.expr.variables.index(d.variables[0]) if d.variables[0] in d.expr.variables else -1
            head = f"d{position} {d.expr.name}/{len(d.expr.variables)}|{len(d.expr.given)}"
            calls.append((number, (head, d.expr.variables + d.expr.given)))
    unfolded = unfolded.xreplace(derivatives)
    densities = {}
    for d in unfolded.atoms(Density):
        number = sp.Symbol(str(d), positive=True)
        densities[d] = number
        calls.append((number, (f"{d.name}/{len(d.variables)}|{len(d.given)}", d.variables + d.given)))
    unfolded = unfolded.xreplace(densities)
    outputs = {}
    for call in unfolded.atoms(sp.core.function.AppliedUndef):
        if call.atoms(sp.core.function.AppliedUndef) != {call}:
            return None  # a network applied to another network's output
        number = sp.Symbol(latex(call), real=True)
        outputs[call] = number
        calls.append((number, (type(call).__name__, call.args)))
    unfolded = unfolded.xreplace(outputs)
    if unfolded.has(sp.Integral, sp.Derivative, sp.Subs, sp.core.function.AppliedUndef) or unfolded.atoms(Density):
        return None
    return ClosedForm(unfolded, tuple(calls))


def value(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr], digits: int) -> complex | None:
    """``expr`` at ``point`` to ``digits`` significant digits; None where it is not a finite number."""
    try:
        number = sp.N(expr.xreplace(dict(point)), digits)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not number.is_number or number.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    try:
        return complex(number)
    except (TypeError, ValueError):
        return None


def differ(reference: complex, answer: complex) -> bool:
    """|reference - answer| > TOLERANCE (1 + max(|reference|, |answer|))."""
    scale = 1 + max(abs(reference), abs(answer))
    return abs(reference - answer) > TOLERANCE * scale


@dataclass(frozen=True)
class Comparison:
    """What the search over points found: a counterexample (possibly a point where the answer has no value),
    the number of points where both sides were defined and agreed, and the number of admissible points."""

    counterexample: Counterexample | None
    agreed: int
    admissible: int = 0


@dataclass(frozen=True)
class Problem:
    """Everything needed to compare two closed forms at points of the domain."""

    reference: ClosedForm
    answer: ClosedForm
    domains: Mapping[sp.Symbol, sp.Set]
    eliminated: Sequence[tuple[sp.Symbol, sp.Expr]] = ()
    reference_nonzero: Sequence[sp.Expr] = ()
    answer_nonzero: Sequence[sp.Expr] = ()
    assumptions: Assumptions = Assumptions()
    reference_positive: Sequence[sp.Expr] = ()
    answer_positive: Sequence[sp.Expr] = ()

    def undefined(self, side: str, point: Mapping[sp.Symbol, sp.Expr]) -> bool:
        """Whether ``side`` (reference or answer) has no real value at ``point``: a denominator vanishes or a
        logarithm's argument is not a positive number."""
        nonzero, positive = getattr(self, f"{side}_nonzero"), getattr(self, f"{side}_positive")
        return any(_vanishes(expr, point) for expr in nonzero) or any(_not_positive(e, point) for e in positive)

    @property
    def symbols(self) -> set[sp.Symbol]:
        """Every number a point must give: free symbols, free values, inputs, conditions, eliminations."""
        found = self.reference.expr.free_symbols | self.answer.expr.free_symbols
        for _, (_, inputs) in self.reference.calls + self.answer.calls:
            for expr in inputs:
                found |= expr.free_symbols
        for expr in (*self.reference_nonzero, *self.answer_nonzero, *self.reference_positive, *self.answer_positive):
            found |= expr.free_symbols
        for _, formula in self.eliminated:
            found |= formula.free_symbols
        return found

    def admissible(self, point: Mapping[sp.Symbol, sp.Expr]) -> tuple[bool, tuple[tuple[str, float], ...]]:
        """Whether ``point`` lies in every declared domain, gives every eliminated symbol a value in its own
        domain, and gives distinct inputs to the free values of one density or network; the derived values."""
        for symbol, number in point.items():
            domain = self.domains.get(symbol)
            if domain is not None and not member(domain, number):
                return False, ()
        derived = []
        values = dict(point)
        for symbol, formula in self.eliminated:
            number = formula.xreplace(values)
            if not number.is_number:
                continue
            evaluated = sp.N(number, 30)
            if not evaluated.is_real or not member(self.assumptions.domain(symbol), evaluated):
                return False, ()
            derived.append((str(symbol), float(evaluated)))
        heads: dict[str, set] = {}
        for number, (head, inputs) in self.reference.calls + self.answer.calls:
            if number not in point:
                continue
            at = tuple(sp.N(expr.xreplace(values), 30) for expr in inputs)
            seen = heads.setdefault(head, {})
            for other, other_number in seen.items():
                if other_number != number and all(abs(complex(a - b)) < 1e-20 for a, b in zip(at, other)):
                    return False, ()
            seen[at] = number
        return True, tuple(derived)


def compare(problem: Problem, points: int = POINTS, seed: int = 0) -> Comparison:
    """Search random admissible points for one where the sides differ (30 digits, confirmed at 50)."""
    rng = np.random.default_rng(seed)
    symbols = problem.symbols
    agreed = admissible_count = 0
    for _ in range(points):
        point = random_point(symbols, problem.domains, rng)
        admissible, derived = problem.admissible(point)
        if not admissible:
            continue
        admissible_count += 1
        if problem.undefined("reference", point):
            continue
        left = value(problem.reference.expr, point, 30)
        if left is None:
            continue
        right = value(problem.answer.expr, point, 30)
        if right is None or problem.undefined("answer", point):
            # the reference has a value here and the answer has none: a point where they differ
            return Comparison(_example(point, derived, problem.reference.expr, None), agreed)
        if not differ(left, right):
            agreed += 1
            continue
        left, right = value(problem.reference.expr, point, 50), value(problem.answer.expr, point, 50)
        if left is None or right is None or not differ(left, right):
            continue
        if any(_real_root_read(expr, number, point) for expr, number in ((problem.reference.expr, left),
                                                                         (problem.answer.expr, right))):  # fmt: skip
            continue
        return Comparison(_example(point, derived, problem.reference.expr, problem.answer.expr), agreed)
    return Comparison(None, agreed, admissible_count)


def _real_root_read(expr: sp.Expr, number: complex, point: Mapping[sp.Symbol, sp.Expr]) -> bool:
    """Whether ``expr``'s value ``number`` at ``point`` is not real through a power with an odd denominator of a
    negative number (x^{1/3}, x^{2/3} at x < 0): a reader takes the real root there, SymPy the principal complex
    one, so the point is read two ways and refutes nothing."""
    if abs(number.imag) <= 1e-25 * (1 + abs(number)):
        return False
    for power in expr.atoms(sp.Pow):
        exponent = power.exp
        if exponent.is_Rational and exponent.q % 2 == 1 and exponent.q > 1:
            base = value(power.base, point, 30)
            if base is not None and abs(base.imag) <= 1e-25 * (1 + abs(base)) and base.real < 0:
                return True
    return False


def _not_positive(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr]) -> bool:
    """Whether ``expr`` is, at ``point``, a number that is not real and positive (a condition that cannot be
    evaluated does not count)."""
    number = value(expr, point, 30)
    return number is not None and (number.real <= 0 or abs(number.imag) > 1e-25 * (1 + abs(number)))


@functools.lru_cache(maxsize=256)
def _interval_parts(domain: sp.Set) -> tuple[tuple[float, float, bool, bool], ...] | None:
    """A union of intervals as (start, end, left open, right open) floats, or None for other sets."""
    parts = domain.args if isinstance(domain, sp.Union) else (domain,)
    if not all(isinstance(part, sp.Interval) for part in parts):
        return None
    return tuple((float(p.start), float(p.end), bool(p.left_open), bool(p.right_open)) for p in parts)


def member(domain: sp.Set, number: sp.Expr) -> bool:
    """Whether the real ``number`` lies in ``domain`` (fast for intervals and their unions; exact rationals are
    compared exactly at finite rational ends)."""
    if domain == sp.Reals:
        return bool(number.is_real)
    parts = _interval_parts(domain)
    if parts is None:
        return domain.contains(number) is sp.true
    x = float(number)
    for start, end, left_open, right_open in parts:
        above = x > start or (not left_open and x == start)
        below = x < end or (not right_open and x == end)
        if above and below:
            return domain.contains(number) is sp.true if x in (start, end) else True
    return False


def _vanishes(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr]) -> bool:
    """Whether ``expr`` is zero at ``point`` (a condition that cannot be evaluated does not count)."""
    number = value(expr, point, 30)
    return number is not None and abs(number) < 1e-25


def _example(point, derived, reference: sp.Expr, answer: sp.Expr | None) -> Counterexample:
    coordinates = tuple((str(s), float(v)) for s, v in sorted(point.items(), key=lambda item: str(item[0])))
    return Counterexample(coordinates, _shown(reference, point), _shown(answer, point), derived=derived)


def _shown(expr: sp.Expr | None, point: Mapping[sp.Symbol, sp.Expr]) -> complex | str:
    if expr is None:
        return "undefined"
    number = value(expr, point, 20)
    if number is None:
        return "undefined"
    return number.real if number.imag == 0 else number


# ------------------------------------------------------------------ the proof


def kernel_proves(reference: sp.Expr, answer: sp.Expr, domains: Mapping[sp.Symbol, sp.Set]) -> str | None:
    """The kernel's proof that ``reference == answer`` under ``domains`` (the method), or None.

    The one place where the answer checker obtains a proof.
    """
    proof = prove_equal(reference, answer, domains=dict(domains))
    return None if proof is None else proof.method


def twins(domains: Mapping[sp.Symbol, sp.Set]) -> dict[sp.Symbol, sp.Symbol]:
    """Each symbol whose domain says more than its SymPy assumptions (a bound ``0 < w`` on a real ``w``),
    mapped to a symbol of the same name that carries it, so that the prover may use it."""

    mapping = {}
    for symbol, domain in domains.items():
        wanted = assumptions_of(domain)
        current = {name: getattr(symbol, f"is_{name}") for name in wanted}
        if any(current[name] is not True for name in wanted):
            mapping[symbol] = sp.Symbol(symbol.name, **wanted)
    return mapping


# ------------------------------------------------------------------ judging


@dataclass(frozen=True)
class Outcome:
    """The status of one reading, with its evidence, and the sides as compared."""

    verdict: Verdict
    sides: Sides | None = None
    domains: Mapping[sp.Symbol, sp.Set] = field(default_factory=dict)


def judge(reference: Formula, readings: Sequence[Formula], assumptions: Assumptions = Assumptions()) -> Judgement:
    """Compare each reading of the answer with ``reference`` under ``assumptions`` and the relations."""
    if isinstance(reference, sp.Expr):
        reference = Formula(reference)
    if isinstance(readings, (Formula, sp.Expr)):
        readings = (readings,)
    readings = tuple(Formula(r) if isinstance(r, sp.Expr) else r for r in readings)
    outcomes = [decide(reference, reading, assumptions) for reading in readings]
    first = outcomes[0]
    notes = tuple(dict.fromkeys(note for reading in readings for note in reading.notes))
    shown = {
        "answer_latex": latex(readings[0].expr),
        "reference_latex": latex(reference.expr),
        "relations": first.sides.relations if first.sides else (),
        "domains": tuple(sorted({(str(s), describe_set(d)) for o in outcomes for s, d in o.domains.items()})),
        "notes": notes,
    }
    statuses = {o.verdict.status for o in outcomes}
    if len(outcomes) == 1 or statuses == {Status.PROVED}:
        return Judgement(first.verdict, **shown)
    if statuses == {Status.REFUTED}:
        return Judgement(first.verdict, **{**shown, "notes": notes + (ambiguity(readings),)})
    verdicts = ", ".join(f"${latex(r.expr)}$ is {WORDS[o.verdict.status]}" for r, o in zip(readings, outcomes))
    reason = f"the answer is ambiguous: its readings get different verdicts ({verdicts}); {ambiguity(readings)}"
    return Judgement(Verdict(Status.UNDECIDED, reason), **shown)


def decide(reference: Formula, answer: Formula, assumptions: Assumptions) -> Outcome:
    """The verdict on one reading of the answer."""
    sides = prepare(reference, answer, assumptions)
    held = derivative_held(reference, answer, sides)
    if held:
        return Outcome(Verdict(Status.UNDECIDED, f"a derivative is not judged: {held}"), sides)
    left = apply_rewrites(sides.reference, sides.rewrites)
    right = apply_rewrites(sides.answer, sides.rewrites)
    symbols = left.free_symbols | right.free_symbols
    for _, formula in sides.eliminated:
        symbols |= formula.free_symbols
    domains = {s: assumptions.domain(s) for s in symbols}
    shown_domains = {s: d for s, d in domains.items() if not isinstance(s, sp.Dummy)}
    for symbol, _ in sides.eliminated:
        shown_domains[symbol] = assumptions.domain(symbol)
    for symbol, _ in assumptions.domains:
        if assumptions.domain(symbol).is_empty is True:
            declared = describe_set(registry.domain_of(symbol))
            raise InvalidAnswer(f"the bounds on {latex(symbol)} contradict its domain {declared}")
    _check_given_values(sides, assumptions)
    reference_form, answer_form = closed_form(left), closed_form(right)
    comparison = None
    if reference_form is not None and answer_form is not None:
        problem = Problem(
            reference_form,
            answer_form,
            domains,
            sides.eliminated,
            _conditions(sides.reference_nonzero),
            _conditions(sides.answer_nonzero),
            assumptions,
            _conditions(sides.reference_positive),
            _conditions(sides.answer_positive),
        )
        comparison = compare(problem)
        if comparison.counterexample is not None:
            reason = "the two sides differ at a point of the domain"
            if comparison.counterexample.rhs == "undefined":
                reason = (
                    "the answer has no value at a point of the domain where the reference has one "
                    "(a division by zero, or the logarithm of a number that is not positive)"
                )
            return Outcome(
                Verdict(Status.REFUTED, reason, counterexample=comparison.counterexample), sides, shown_domains
            )

    try:
        mapping = twins(domains)
        method = kernel_proves(
            left.xreplace(mapping), right.xreplace(mapping), {mapping.get(s, s): d for s, d in domains.items()}
        )
    except (TypeError, ValueError, NotImplementedError, AttributeError, sp.PolynomialError) as error:
        return Outcome(
            Verdict(Status.UNDECIDED, f"SymPy could not compare the two sides ({error})"), sides, shown_domains
        )
    if method is not None:
        if comparison is not None and comparison.agreed == 0:
            reason = (
                "no point of the domain satisfies the givens"
                if comparison.admissible == 0
                else "the two sides could not be evaluated at any point of the domain where both are defined"
            )
            return Outcome(Verdict(Status.UNDECIDED, f"a proof was found, but {reason}"), sides, shown_domains)
        return Outcome(Verdict(Status.PROVED, f"proved by {method}", rule=method), sides, shown_domains)
    if comparison is None:
        reason = "no symbolic proof, and the expressions cannot be evaluated at a point"
    elif comparison.agreed == 0:
        reason = "no symbolic proof, and no point of the domain where both sides are defined was found"
    else:
        reason = f"no symbolic proof found; the two sides agree at {comparison.agreed} random points of the domain"
    return Outcome(Verdict(Status.UNDECIDED, reason), sides, shown_domains)


def derivative_held(reference: Formula, answer: Formula, sides: Sides) -> str:
    """Why a derivative of either side is not judged, or ``""``: its variable is replaced by a given or a
    relation, or the kernel would take it with something that varies with its variable held fixed
    (:func:`diffproof.answers.derivatives.held_apart`; the givens and relations are written out already)."""
    eliminated = dict(sides.eliminated)
    for formula in (reference, answer):
        for derivative in formula.expr.atoms(Grad):
            if derivative.var in eliminated:
                return (
                    f"the derivative in {latex(derivative.var)}, which is replaced by "
                    f"{latex(eliminated[derivative.var])}: a derivative is taken in a variable, not in a formula"
                )
    written = {**dict(reference.keys), **dict(answer.keys)}
    prepared = (sides.reference, sides.answer)
    return held_apart(prepared, names_in(prepared, written), {})


def _conditions(nonzero: Sequence[sp.Expr]) -> tuple[sp.Expr, ...]:
    """The conditions of definition in closed form (those that cannot be evaluated are left out)."""
    forms = (closed_form(expr) for expr in nonzero)
    return tuple(form.expr for form in forms if form is not None)


def _check_given_values(sides: Sides, assumptions: Assumptions) -> None:
    """A given (or a relation solved because of one) that sets a symbol to a number outside its domain."""
    for symbol, formula in sides.eliminated:
        if formula.is_number:
            domain = assumptions.domain(symbol)
            if domain.contains(sp.N(formula, 30)) is sp.false:
                raise InvalidAnswer(
                    f"the given value {latex(formula)} of {latex(symbol)} lies outside its domain {describe_set(domain)}"
                )


def reading_with(formula: Formula, expr: sp.Expr) -> Formula:
    """``formula`` with another expression (a mutant of the reference): same conditions of definition."""
    return replace(formula, expr=expr)
