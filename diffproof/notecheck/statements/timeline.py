"""A note's statements and steps in the order of the text, with the definitions the steps introduce
(:class:`Timeline`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.applications import (
    CONSTANT_LETTERS,
    always_applied,
    applied_to,
    applied_to_numbers,
    defined_as_functions,
    ever_applied,
)
from diffproof.notecheck.chains import law_letter, same
from diffproof.notecheck.contexts import CONTEXTS, Ties, gives_meaning
from diffproof.notecheck.enumerations import enumeration, enumerations
from diffproof.notecheck.numbers import value
from diffproof.notecheck.scalars import bold_names
from diffproof.notecheck.statements.asserted import stated_plainly
from diffproof.notecheck.statements.block_laws import BlockReading, asserts_law, block_moments
from diffproof.notecheck.statements.claimed_members import last_members, read_whole
from diffproof.notecheck.statements.data_held import data_held
from diffproof.notecheck.statements.densities import (
    CONTEXT_LAWS,
    _bare_laws,
    _calls_in,
    _defined_keys,
    _density_spelling,
    _drawn_letters,
    _into_marginals,
    _law_densities,
    _law_letters,
    _laws_in,
    _new_chain,
    _new_chains_within,
    _new_variables,
    _parameter_given,
    _spelled_twice,
    _spelled_twice_key,
    _spellings,
    _start_law,
    _stated_densities,
    _use_laws,
    density_written,
    ties_laws,
)
from diffproof.notecheck.statements.dimension import (
    _MATRIX_PROPERTY,
    _dimension,
    _dimension_in_words,
    _kinds_in_words,
    _log_base,
    _matrices,
    _vectors,
    complex_numbers_said,
    discrete_values_said,
    imaginary_units_said,
)
from diffproof.notecheck.statements.formulas import (
    FAINT,
    LAWS,
    UNSHOWN,
    Formula,
    Key,
    Stated,
    _circular,
    _defines,
    _directive,
    _mentions,
    _one_name_bound,
    _record,
    _tied_noises,
    _variables,
    defined_name,
    name_key,
    parse,
)
from diffproof.notecheck.statements.functions import (
    _applied,
    _defines_e,
    _functions_in_words,
    _juxtaposed,
    _letters_alone,
    _named_words,
    _names_alone,
)
from diffproof.notecheck.statements.hedges import (
    _EXAMPLE_LEAD_IN,
    _PINNED,
    _SUBSTITUTED_BEFORE,
    CONDITION,
    _a_case,
    _a_pin,
    _as_conditions,
    _as_relations,
    _asserted,
    _attributed,
    _conditional,
    _denied,
    _example,
    _freed,
    _freeing_denies,
    _hypothetical,
    _lifting,
    _narrowing,
    _redefined_in_words,
    _substituted,
    _supposed,
    _two_laws,
    bound_beside,
    how_denied,
    restricted_after,
    sentence_after,
)
from diffproof.notecheck.statements.in_law import equal_in_law, said_in_law
from diffproof.notecheck.statements.indices import (
    _at_pins,
    _condition,
    _first_steps,
    _indices_equal_in_words,
    _instance,
    _sentence_pins,
    _size,
    _size_value,
    _valued,
    alternative_cases,
    case_as_example,
    case_in_words,
    case_turned,
    index_case,
    index_range_beside,
    indices_only,
    narrows_steps,
    steps_in_words,
    unread_case,
)
from diffproof.notecheck.statements.inline import _inline, _sentence_formulas
from diffproof.notecheck.statements.law_domains import (
    densities_as_formulas,
    law_domains,
    laws_in_words,
    parameters_unparsed,
    scales_said,
    shapes_read,
    tables_of_laws,
    unread_law_parameters,
)
from diffproof.notecheck.statements.laws import (
    _INDEPENDENT,
    _changed_step_in_words,
    _data_law_said,
    _dependent_noises,
    _forward_in_other_words,
    _forward_kernel_beside_a_family,
    _forward_kernel_in_maths,
    _forward_kernel_said_otherwise,
    _forward_said_otherwise,
    _gaussian_scale,
    _independent_in_paragraph,
    _independent_in_words,
    _law_parameters,
    _laws_in_words,
    _noise_in_plain_sentences,
    _noise_law_in_words,
    _noises_tied_in_words,
    _parameters_in_words,
    _random_in_words,
    _unchained_in_words,
)
from diffproof.notecheck.statements.lead_ins import (
    _ASSUMABLE,
    _CONSEQUENT,
    _EXAMPLE_REMARK,
    _LEAVING_EXAMPLE,
    _LETTING,
    _MODELLING,
    _ORDERS,
    _REDEFINING,
    _announcing,
    _approximate_displays,
    _assumed_displays,
    _denied_displays,
    _last_clause,
    _lead_ins,
    _supposes,
    _unasserted_displays,
    _withheld_displays,
    continuations,
    defining_displays,
    hypothesises,
)
from diffproof.notecheck.statements.meanings import (
    _constant_named,
    _denoted,
    _meant,
    _notations_in_words,
    _role_in_words,
)
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notecheck.statements.normals_in_words import normals_in_words
from diffproof.notecheck.statements.orders import (
    _BOUND_RELATIONS,
    _READ_AS_CONSTANTS,
    _bound_of_a_name,
    _bounded_in_words,
    _compared_in_words,
    _displayed_order,
    _implied_by_convention,
    _negated_in_words,
    _signed_plainly,
    _size_in_words,
    _valued_in_words,
    _valued_plainly,
    _vanishing_in_words,
    _zero_said_unread,
    reals_in_words,
)
from diffproof.notecheck.statements.orders_in_text import (
    names_before_an_interval,
    names_beside_an_interval,
    orders_in_text,
)
from diffproof.notecheck.statements.replacements import Replacement, replacements, rewritten, writes_replaced
from diffproof.notecheck.statements.retractions import withdrawn
from diffproof.notecheck.statements.schedule_shapes import schedule_shapes
from diffproof.notecheck.statements.scopes import Scope, scope_of, scoping
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_END, _prose_lines, _words_around, _words_of
from diffproof.notecheck.statements.stated_independence import stated_independence
from diffproof.notecheck.statements.tails import tails_in_words, tails_said_after
from diffproof.notecheck.statements.tied_in_words import held_in_words, tied_in_words
from diffproof.notecheck.statements.unnamed import unnamed_properties, varied_with
from diffproof.notecheck.statements.unshown import unseen
from diffproof.notecheck.vocabulary import Parametrisation, display_name, index_value, keys_in, nodes, shifted
from diffproof.notes import Inline, Notes, Problem
from diffproof.notes.model import Step


def _keys_of(written: tuple[syntax.Node, ...]) -> tuple:
    """The keys of names written (a density's variables, a Gaussian's point), None for anything else."""
    return tuple(getattr(node, "key", None) for node in written)


def _held_or_parsed(text: str, line: int, notes: Notes) -> Formula:
    """A definition's body as read, or held unread where the lines it stands on may not be shown (a conditional
    TeX evaluates, a display ``~~`` may strike, ink of doubtful visibility): the name it defines is then neither
    defined nor free."""
    why = _held_why(notes, line)
    return Formula(text, line, error=why) if why else parse(text, line)


def _held_definition(item: Stated, why: str) -> Stated:
    """A definition read from maths on lines that may not be shown, its body held unread for ``why`` (as
    :func:`_held_or_parsed` holds a display's); any other statement as it is."""
    if item.kind != "definition" or item.body is None:
        return item
    return replace(item, body=Formula(item.body.text, item.line, error=why))


#: Words set in maths: ``\\text{where }``, ``\\mbox{given}`` (not ``\\mathrm{d}``, a name).
_REMARK = re.compile(r"\\(?:text(?:rm|it|bf|normal)?|mbox)\s*\{[^{}]*[^\W\d_]")


#: A paragraph that only opens a *where* clause for the display before it, the clause being the display after it.
_WHERE = re.compile(r"^[\s*_]*(?:where|wherein|with|où|avec|wobei|mit|donde|dove|其中)[\s*_]*[:：,，]?[\s*_]*$",
                         re.IGNORECASE)  # fmt: skip


#: A line inside a block quote: its ``>`` markers (after a list item's marker, if any) before its text.
_QUOTE = re.compile(r"^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)*>")


def _quoted(notes: Notes, line: int) -> bool:
    """Whether ``line`` (1-based) of the note's source stands in a block quote: what it states is quoted, someone's
    words the note need not make its own, so no bound on a size is read from it."""
    lines = notes.source.split("\n")
    return 0 < line <= len(lines) and _QUOTE.match(lines[line - 1]) is not None


def _statement_keys(text: str) -> frozenset[Key | None]:
    """The names the maths ``text`` writes (a relation's or a chain's operands too), or None for maths not read."""
    try:
        statement = syntax.parse(text, notes=True)
    except (InvalidAnswer, RecursionError):
        return frozenset({None})
    operands = statement.operands if isinstance(statement, syntax.Statement) else (statement,)
    return frozenset(key for operand in operands for key in keys_in(operand))


def _held_why(notes: Notes, line: int) -> str:
    """Why what is stated on ``line`` may not be on the page (a conditional TeX evaluates, a display ``~~`` may
    strike, a Liquid branch the site decides: :data:`UNSHOWN`; ink of doubtful visibility: :data:`FAINT`), so that
    its definitions are held; '' where it is."""
    if any(first <= line <= last for first, last in notes.undecidable + notes.site_decided):
        return UNSHOWN
    return FAINT if any(first <= line <= last for first, last in notes.faint) else ""


#: What a remark beside a step may wrap its case in: ``\\text{for } t = 2``, ``(t \\ge 2)``, ``\\quad \\text{at } t = 1``.
_REMARK_WRAPPING = re.compile(
    r"\\text\s*\{\s*(?:for|at|when|with|where|if)?\s*\}|\\q?quad|\\[,;:!]|[()]|^\W*(?:for|at|when)\b", re.IGNORECASE
)


#: A sentence that opens with a condition holding maths alone, then sets something: "If $t \ge 2$, set $a := 3$."
_CASE_CLAUSE = re.compile(
    r"^\W*(?:if|when|whenever)\s+\$([^$]*)\$\s*,\s*(?:then\s+)?(?:we\s+)?(?:let|set|define|take|put|fix)\b",
    re.IGNORECASE,
)


#: What may follow the verb of a case clause: its maths alone, joined by commas, semicolons or "and" ("$a := 3$ and
#: $b := 4$."); any other words may hold a further condition ("provided that $b > 0$", "on the event $E$").
_MATHS_ALONE = re.compile(
    r"^\s*(?:\$\$?[^$]+\$\$?(?:\s*(?:[,;]|,?\s*and\b)\s*\$\$?[^$]+\$\$?)*)?\s*[.;:,]?\s*$", re.IGNORECASE
)


def _case_clause(sentence: str, cases: tuple[Formula, ...]) -> bool:
    r"""Whether ``sentence``'s condition is only a case of a step index it sets something under ("If $t \ge 2$, set
    $a := 3$", "When $t > 1$, let ..."): what it sets then holds in that case, as under "For $t \ge 2$", not as a
    hypothesis; with nothing but the maths it sets after its verb (any other words may hold a further condition:
    "provided that $b > 0$", "as long as $b$ is positive", "on the event $E$")."""
    found = _CASE_CLAUSE.match(sentence)
    if found is None or not _MATHS_ALONE.match(sentence[found.end() :]) or case_turned(sentence):
        return False
    return any(case.node is not None and case.text.strip() == found.group(1).strip() for case in cases)


def _from_zero(letter: str, source: str) -> bool:
    """Whether the note writes the step letter at or from 0 anywhere (``t = 0``, ``t = 0, 1, \\ldots, T``, ``t \\ge
    0``, ``0 \\le t``, ``t \\in \\{0, ...``): its steps are then not known to start at 1."""
    at_zero = (
        rf"(?<![A-Za-z\\]){letter}\s*(?:=|\\geq?(?![A-Za-z])|≥|\\in(?![A-Za-z])\s*(?:\\left\s*)?(?:\\\{{|\[|\{{))\s*0(?![\d.])"
        rf"|(?<![\d.])0\s*(?:\\leq?(?![A-Za-z])|≤)\s*{letter}(?![A-Za-z])"
    )
    listed_from_zero = any(listed.letter == letter and listed.low == "0" for listed in enumerations(source))
    return re.search(at_zero, source) is not None or listed_from_zero  # t = T, T-1, \ldots, 0 too


def _each_alternative(cases: tuple[Formula, ...], sentence: str, source: str) -> list[tuple[Formula, ...]]:
    """The cases a definition is set under, one group for each alternative the sentence gives ("For $t > 1$, and
    also for $t = 1$, let ...": the definition holds in each, and so is stated once for each, or under no case
    when together they leave out no step index: 1, 2, ..., or from 0 where the note's ``source`` writes the index
    at 0, :func:`_from_zero`); else all of them at once (each must be met)."""
    read = [case for case in cases if case.node is not None]
    turned = [case for case in cases if case.node is None]
    alternatives = alternative_cases(sentence)
    exact = len(read) > 1 and sorted(case.text.strip() for case in read) == sorted(alternatives)
    if not exact or any(case.text != sentence for case in turned):  # only the alternatives' words turn a case
        return [cases]
    letters, values = zip(*(index_case(case.node) for case in read), strict=True)
    steps = sp.Naturals0 if _from_zero(letters[0], source) else sp.Naturals  # the step indices
    left_out = sp.Intersection(steps, sp.Complement(sp.Reals, sp.Union(*values)))
    if len(set(letters)) == 1 and left_out is sp.S.EmptySet:
        return [()]
    return [(case,) for case in read]


def _remark_case(remark: str) -> syntax.Node | None:
    """The relation a step's remark (or a sentence's maths) states once its wrapping is taken off (``(t = 2)``), or
    None; a range written as its members, up or down, is read as its bounds (``t = 2, \\ldots, T`` and ``t = T,
    T-1, \\ldots, 2`` as ``2 \\le t \\le T``) when the members it lists are consecutive (``t = 2, 4, \\ldots, T``
    has a stride: no bounds say it)."""
    text = _REMARK_WRAPPING.sub(" ", remark).strip(" ,.;:")
    listed = enumeration(text)
    if listed is not None and listed.consecutive:
        text = f"{listed.low} \\le {listed.letter} \\le {listed.high}"
    if not text:
        return None
    try:
        return syntax.parse(text, notes=True)
    except InvalidAnswer:
        return None


def _index_in_words(inline: Inline) -> bool:
    """Whether ``inline`` is a bare step index whose sentence narrows it in words ("For $t$ greater than 1")."""
    around = _words_around(inline) if inline.text.strip() in _STEP_LETTERS else None
    return around is not None and case_in_words(*around)


#: The letters a step index is written in bare (indices._INDEX_LETTERS but the sizes T, N, L).
_STEP_LETTERS = frozenset({"t", "i", "j", "k", "n", "s", "l"})


def _scoped(item: Stated, scope: Scope) -> list[Stated]:
    """A definition a sentence scopes to a unit of the text: it holds until the unit's last line, and after it no
    counterexample about the name is trusted (as after an example, :meth:`Timeline._an_example`); held where the
    unit's end is not found.  Any other statement as it is."""
    if item.kind != "definition" or item.until is not None:
        return [item]
    if scope.last is None:
        error = "set for a unit of the text whose end is not found"
        return [replace(item, body=Formula(item.body.text if item.body else "", item.line, error=error))]
    left = Stated("relation", scope.last + 1, f"{item.text} (a value set for a unit of the text)", item.name, None,
                  "inline")  # fmt: skip
    return [replace(item, until=scope.last), left]


@dataclass
class Timeline:
    """The note's statements and steps in the order of the text, with the definitions the steps introduce.

    ``introduces[i]`` is the definition step ``i`` makes (its left side is a name not defined before), or None.
    """

    notes: Notes
    stated: list[Stated] = field(default_factory=list)
    sides: list[tuple[Formula, Formula]] = field(default_factory=list)
    introduces: list[Stated | None] = field(default_factory=list)
    #: Each law the note writes densities of, anywhere, with the letters of their variables (q(z | x): q: {z}).
    law_letters: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    #: Each law the note writes conditional densities of, with the letters it conditions on (q(z | x): q: {x}).
    law_givens: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    #: Where the note gives its vectors a dimension (``x \\in \\mathbb{R}^d``): the line and what it writes.
    dimension: tuple[int, str] | None = None
    #: Where the note's words give its vectors a dimension ("The data are two-dimensional"): the line and the words.
    dimension_said: tuple[int, str] | None = None
    #: The letters the note says are matrices, with the line: no product of them is read one coordinate at a time.
    matrices: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Those of them a sentence also gives a property a number need not have (a projection, orthogonal, PSD):
    #: a counterexample one coordinate at a time may break it, so none is trusted.
    constrained: frozenset[tuple[str, str]] = frozenset()
    #: The letters a sentence says are objects other than real numbers ("Let $A$ and $B$ be quaternions"), with the
    #: line and its words: a product of two of them is not proved by commuting it (:meth:`noncommuting`).
    kinds: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    #: The letters the note says are complex numbers, with the line and the maths that says it: the reading's names
    #: are real, and what it proves of them need not hold of complex ones.
    complex_numbers: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    #: The letters the note says are the imaginary unit (or equal to it), with the line and the maths: neither a real
    #: reading's proof nor a counterexample giving them real values holds of them.
    imaginary_units: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    #: The letters a sentence says take discrete values ("every $x_t$ is binary"), with the line and the words: a
    #: counterexample's real values break it.
    discrete_values: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    #: The names the note writes, anywhere, applied to arguments (mu_theta(x_t, t), h(x_t)): written bare, such
    #: a name may be that function of them, not a constant.
    function_names: frozenset[Key] = frozenset()
    #: The names its words call functions ("Let $y$ be a function of $x$", "$u$ depends on $s$"): written bare, a
    #: function's value, which a derivative does not hold fixed.
    called: frozenset[Key] = frozenset()
    #: By each name the note writes applied to arguments (h(x) = x^2, a sentence's $L = L(\\mu)$), the keys of
    #: the names in them: written bare, a derivative in one of those does not hold it fixed.
    applied_to: dict[Key, frozenset[Key]] = field(default_factory=dict)
    #: The pairs of names a sentence ties in words ("the loss $L$ of the model with mean $\\mu$"), each with it.
    tied: dict[frozenset[Key], str] = field(default_factory=dict)
    #: What each sentence may make depend on each other ("$x_0$ equals $\\epsilon$"), with its line
    #: (:func:`~diffproof.notecheck.statements.noise_ties.said_ties`).
    said_ties: tuple[tuple[int, Ties], ...] = ()
    #: The independences its sentences state of named variables, positively, with their lines
    #: (:func:`~diffproof.notecheck.statements.stated_independence.stated_independence`).
    independent: tuple[tuple[int, tuple[frozenset[Key], ...]], ...] = ()
    #: The names a sentence calls parameters or constants ("the parameters are $m, s$"): numbers, as the words say.
    held: frozenset[Key] = frozenset()
    #: The steps that equate an instance at a fixed index of a family the note defines (alpha_1 after alpha_t :=
    #: ...): the family may not hold there (L_0 beside L_{t-1}, t >= 2), so the equation is neither used nor judged.
    instances: set[int] = field(default_factory=set)
    #: The one-letter names the note writes both alone and before a parenthesis, and gives no value: h(x + y)
    #: may be h applied or h times x + y, and a step that writes one so is not read.
    ambiguous: frozenset[Key] = frozenset()
    #: Those of them a sentence applies (Let $\\pi(x)$ be the prior), or a definition (pi(theta) = ... beside 2 pi),
    #: and the upright words (\\operatorname{sigmoid}(2a) beside \\operatorname{sigmoid} a): written alone in a step
    #: too, still ambiguous.
    named_functions: frozenset[Key] = frozenset()
    #: Those of them the note writes at a number (``f(0)``, ``f(-1)``): a function's value, so a step writing
    #: the letter both alone and applied is not read either.
    evaluated: frozenset[Key] = frozenset()
    #: Where the note makes E a function of its own (``E(x) = x^2``: an expectation is a number, and this one
    #: keeps the variable inside it), or None; no step of such a note is read with E an expectation.
    function_e: Stated | None = None
    #: The letters the note writes, bare, as the last index of a sum or product (K in \\sum_{k=1}^{K}).
    limits: frozenset[tuple[str, str]] = frozenset()
    #: Each density the note writes, by its law's letter and its variables, with the model indices it is written
    #: with (p(x) and p_theta(x): {"", "theta"}).
    spellings: dict[tuple, set[str]] = field(default_factory=dict)
    #: The equations the note states for such a density (p(x) = N(0, 1) beside p_theta(x)), which define
    #: neither spelling: each is a statement no counterexample is checked against (as is an ambiguous law).
    set_aside: list[Stated] = field(default_factory=list)
    #: The laws the note writes both with and without a condition on an unindexed variable (q(z) and q(z | x)): a
    #: bare E_q may mean either.
    both_ways: frozenset[str] = frozenset()
    #: What sentences say of names in words ("Let $a$ be positive"): relations for every step, before or after
    #: (the words hold of the name wherever, and they only keep counterexamples from being trusted); one with an
    #: ``until`` holds from its line to that line only (:meth:`before`).
    worded: list[Stated] = field(default_factory=list)
    #: The orders the note's laws make of their parameters (a variance > 0, a probability in (0, 1)), and a scale a
    #: noun names beside its letter: conditions of every step's counterexamples (:mod:`.law_domains`).
    law_domains: list[Stated] = field(default_factory=list)
    #: The names that are parameters of a law the note states whose domains are not read, each with why
    #: (:func:`.law_domains.unread_law_parameters`): no counterexample choosing a value for one is trusted.
    unread_law_parameters: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: What the note's block Gaussian laws define with their components' own laws (:func:`.block_laws.block_moments`).
    blocks: BlockReading = field(default_factory=BlockReading)
    #: What N's second parameter is where a sentence says it is not a variance; None for a variance.
    gaussian_scale: Parametrisation | None = None
    #: The first lines of the displays that end a sentence denying them or setting them as a goal ("We cannot
    #: assume that $$ c = a + b $$", "Let us prove that"): what they write defines nothing.
    denied: frozenset[int] = frozenset()
    #: The first lines of the displays whose sentence gives them as what one may write or as others' ("One would
    #: write", "Some authors write"), not re-asserted in its last clause: what they write defines nothing.
    withheld: frozenset[int] = frozenset()
    #: The first lines of the displays whose lead-in names some steps only, in words ("After the first step,
    #: let"): what they define holds at those steps only, which no reading here takes exactly.
    steps_named: frozenset[int] = frozenset()
    #: The first lines of the displays whose sentence makes their equations approximations or limits ("For large
    #: $T$, approximately,"): a counterexample to an exact equation there is not trusted.
    approximate: frozenset[int] = frozenset()
    #: By the first line of a display, a sentence leading into it (or going on after it) that says a property of a
    #: quantity by words alone ("In fact the sum is nonnegative."), with its line: no reader takes it.
    unnamed: dict[int, tuple[int, str]] = field(default_factory=dict)
    #: By the first line of a display, a sentence around it that says how a quantity varies with names ("the first
    #: term is constant with respect to $\\theta$"): its line, its words, the maths of the names.
    varied: dict[int, tuple[int, str, tuple[str, ...]]] = field(default_factory=dict)
    #: The base of ``\\log`` where a sentence gives the note's logarithms one ("All logarithms are to base 2"), and
    #: its line; None for the natural logarithm.
    log_base: tuple[int | None, int] | None = None
    #: The laws the note writes both given a model's parameter and without it, of the same variables (q(Z | theta)
    #: and q(Z)), the parameter never a density's variable: theta may index one law, where the kernel reads a
    #: random variable it conditions on.
    parameter_given: frozenset[Key] = frozenset()
    #: The definitions a sentence scopes to a section, paragraph or proof (:func:`_scoped`): unlike an
    #: example's or a case's, the equations displayed within that unit still define the names they give values.
    in_units: list[Stated] = field(default_factory=list)
    #: What the note's sentences replace in the display after each ("replacing $A$ by $B$"), and by each step read
    #: under one (its sides written with A = B: :mod:`.replacements`), that replacement.
    replacements: tuple[Replacement, ...] = ()
    replaced: dict[int, Replacement] = field(default_factory=dict)

    @classmethod
    def of(cls, notes: Notes) -> Timeline:
        timeline = cls(notes)
        timeline._read()
        return timeline

    def _read(self) -> None:
        lead_ins = _lead_ins(self.notes)
        self.steps_named = frozenset(first for first, words in lead_ins.items() if steps_in_words(words))
        for definition in self.notes.definitions:
            body = _held_or_parsed(definition.body, definition.line, self.notes)
            name = parse(definition.name, definition.line)
            stated = Stated("definition", definition.line, f"{definition.name} := {definition.body}", name, body,
                            "display", cases=self._lead_in_cases(definition.line))  # fmt: skip
            self.stated.extend(self._in_its_unit(stated))  # "For this section only, let" $$ a := 3 $$
        going_on = continuations(self.notes)
        for law in self.notes.laws:
            hedged = (
                _quoted(self.notes, law.line)
                or not asserts_law(self._display_lead_in(law.line, lead_ins))
                or not asserts_law(self._display_lead_in(law.line, going_on))  # "$$ X \sim ... $$ given $Y = y$"
                or self._remarked(law.line)
            )
            self.stated.append(Stated("law", law.line, f"{law.variable} \\sim {law.law}",
                                      _variables(law.variable, law.line), parse(law.law, law.line), "display",
                                      hedged=hedged))  # fmt: skip
        for inline in self.notes.inline:
            after = [last for first, last in self.notes.displays if first > inline.line]
            # a membership read across its spans and words ("$t$ in $\\{0, \\ldots, T\\}$") as if in one span
            read = read_whole(inline)
            found = _inline(read, inline.line, min(after, default=None)) + (_denoted(inline) or _meant(inline))
            found = [_at_pins(item, pins) for item in found] if (pins := _sentence_pins(inline, self.notes)) else found
            if not inline.sentence and any(first <= inline.line <= last for first, last in self.notes.displays):
                found = [replace(item, where=True) for item in found]  # a display's \text{where ...}
            found += _redefined_in_words(inline) + _freed(inline)
            if cases := self._sentence_cases(inline):  # "For $t > 1$, let $a := 3$.": a holds where t > 1 only
                found = [
                    replace(item, cases=each) if item.kind == "definition" else item
                    for item in found
                    for each in (
                        _each_alternative(cases, inline.sentence, self.notes.source)
                        if item.kind == "definition"
                        else [()]
                    )
                ]
            if why := _held_why(self.notes, inline.line):  # ~a := 3~ may be struck, {% if page.x %} not rendered
                found = [_held_definition(item, why) for item in found]
            found += _indices_equal_in_words(inline, min(after, default=None))
            conventions = [item for item in found if item.origin == "convention"]  # what the conventions say
            found = [item for item in found if item.origin != "convention"]
            if _quoted(self.notes, inline.line):  # "> Here $T \ge 5$.": someone's words, no bound of the note's
                found = [item for item in found if item.origin != "narrowing"]
            if any(item.origin == "narrowing" for item in found):  # "For $t \ge 2$," right before a display
                runs_on = self._runs_into_display(inline)
                found = [_narrowing(item, inline, runs_on) for item in found]
            if any(item.kind == "relation" and item.until is not None for item in found) and _a_case(inline):
                if self._runs_into_display(inline):  # "For $t = 1$:": t is 1 in the display's names
                    found = [
                        pinned for item in found for pinned in (self._pins(item) if _a_pin(item, inline) else [item])
                    ]
            if _substituted(inline):  # "substituting $x_0 = f_\theta(x_t, t)$ gives": for the display after it
                done = _SUBSTITUTED_BEFORE.search(_words_around(inline)[0])  # "we substituted": before it
                found = [
                    replace(item, until=inline.line if done else min(after, default=inline.line)) for item in found
                ]
            if not _conditional(inline) and not _asserted(inline):  # "equality holds as long as $q(z|x) = p(z|x)$"
                found = [c for item in found for c in (_as_conditions([item]) if _two_laws(item) else [item])]
            if (
                (_hypothetical(inline) or restricted_after(sentence_after(inline, self.notes.prose)))
                and not _conditional(inline)
                and not _case_clause(inline.sentence, cases)
            ):  # "If we set $c = 3$", "Let $c = 3$. This choice is made for $z \ge 0$ only.": not a law, which sets
                # the scene ("if $z \sim N$")
                found = [
                    c
                    for item in found
                    for c in (_as_conditions([item]) if item.kind not in (*LAWS, "relation") else [_supposed(item)])
                ]
            if said_in_law(inline):  # "In distribution, $x = -y$": one law, not one value
                found = equal_in_law(found)
            if _attributed(inline) and not _hypothetical(inline):  # "Some authors set $c = a + b$; we do not."
                found = [
                    c
                    for item in found
                    for c in (_as_conditions([item], False) if item.kind == "definition" else [item])
                ]
            elif _example(inline) and not _hypothetical(inline):  # "For example, take $c = a + b$."
                found = [c for item in found for c in self._an_example(item)]
            elif (scope := scope_of(self.notes, inline.line, _words_of(inline.sentence))) is not None:
                found = [c for item in found for c in self._scoped(item, scope)]  # "For this section only"
            if conventions and not _denied(inline) and _lifting(inline):  # "We drop the requirement $\sigma > 0$"
                found += [
                    replace(item, text=f"{item.text} (set aside)", origin="words", denied=True) for item in conventions
                ]
            if _denied(inline) and not _conditional(inline) and not _hypothetical(inline):
                # "We cannot assume $c = 3$", "Let us prove that $c = 3$", "... and not $c = 4$": it holds nowhere,
                # but what it says of its names keeps their counterexamples untrusted (the words may deny another)
                kept = [item for item in found if item.kind == "freed" and _freeing_denies(inline)]
                denied = [item for item in found if item.kind != "bound" and item not in kept]
                found = _as_relations(denied, how_denied(inline)) + kept
                found += [  # "We do not assume $\sigma > 0$": the convention gives way
                    replace(item, text=f"{item.text} (denied)", origin="words", denied=True) for item in conventions
                ]
            if stated_plainly(self.notes, inline) and not _conditional(inline):
                found = [replace(item, plain=True) for item in found]
            if _quoted(self.notes, inline.line) or not asserts_law(inline.sentence):  # "Given $Y = y$, $X \sim
                # N(y, 1)$": perhaps a conditional law; "> Suppose $X \sim N(2, 3)$": someone's
                found = [replace(item, hedged=True) if item.kind == "law" else item for item in found]
            found = _as_conditions(found) if _conditional(inline) else found
            self.stated.extend(found + last_members(read, found))  # "for $k = 1, \\ldots, K$": k = K too
        for step in self.notes.steps:
            self.stated.extend(bound_beside(step.remark, step.line))
        for directive in self.notes.directives:
            self.stated.extend(_directive(directive.kind, directive.text, directive.line))
        self.denied = _denied_displays(self.notes)
        self.unasserted = _unasserted_displays(self.notes) | self.denied
        self.assumed = _assumed_displays(self.notes)
        self.letting = frozenset(first for first, words in lead_ins.items() if _LETTING.match(words))
        self.supposed = frozenset(first for first, words in lead_ins.items() if _supposes(words))
        self.hypothesised = frozenset(first for first, words in lead_ins.items() if hypothesises(words))
        self.redefining = frozenset(
            first for first, words in lead_ins.items() if _REDEFINING.search(_last_clause(words))
        )
        self.consequent = frozenset(first for first, words in lead_ins.items() if _CONSEQUENT.match(words))
        self.defining = defining_displays(self.notes)
        self.examples = frozenset(first for first, words in lead_ins.items() if _EXAMPLE_LEAD_IN.search(words))
        self.approximate = _approximate_displays(self.notes)
        self.unnamed = unnamed_properties(self.notes)
        self.varied = varied_with(self.notes)
        self.modelled = (
            frozenset(  # "The model draws them independently:", "We assume", "Let": a model stated
                first
                for first, words in _lead_ins(self.notes).items()
                if _MODELLING.search(words) or _INDEPENDENT.search(words)
            )
            | frozenset(  # "The generator is modelled as follows." before the display
                first for first, words in _announcing(self.notes).items() if _MODELLING.search(words)
            )
        ) - self.denied
        self.withheld = _withheld_displays(self.notes)
        denied = [item for item in self.stated if item.origin == "display" and self._not_the_notes(item.line)]
        self.stated = [item for item in self.stated if item not in denied] + _as_relations(denied)
        self.stated.sort(key=lambda item: item.line)
        self.dimension = _dimension(self.notes)
        self.dimension_said = _dimension_in_words(self.notes)
        self.matrices = _matrices(self.notes)
        self.vectors = _vectors(self.notes)
        self.kinds = _kinds_in_words(self.notes)
        self.complex_numbers = complex_numbers_said(self.notes)
        self.imaginary_units = imaginary_units_said(self.notes)
        self.discrete_values = discrete_values_said(self.notes)
        self.constrained = frozenset(
            letter for letter, line in self.matrices.items()
            if any(_MATRIX_PROPERTY.search(inline.sentence) for inline in self.notes.inline if inline.line == line)
        )  # fmt: skip
        self.sides = [(parse(step.lhs, step.line), parse(step.rhs, step.line)) for step in self.notes.steps]
        self.sides = [self._pinned(step.line, sides) for step, sides in zip(self.notes.steps, self.sides)]
        self.sides = _aliased(self.stated, self.notes.steps, self.sides, self.notes.inline)
        # every formula of a sentence too: "Let $c = 3$" writes c alone, "$q(x, z)$ is the joint" a law of x
        sentences = [f for inline in self.notes.inline for f in _sentence_formulas(inline.text, inline.line)]
        if self.dimension is not None:  # x \in \mathbb{R}^d and N(x; mu, \Sigma): a covariance matrix
            for formula in self._formulas() + sentences:
                for node in nodes(formula.node) if formula.node is not None else ():
                    covariance = node.covariance if isinstance(node, syntax.Gaussian) else None
                    if isinstance(covariance, syntax.Name) and covariance.base[:1].isupper():
                        self.matrices.setdefault((covariance.base, covariance.decoration), formula.line)
        defined = defined_as_functions(  # \pi(\theta) := ..., or a display's \pi(\theta) = ...: a prior, not 3.14...
            [item.name.text for item in self.stated if item.kind == "definition"]
            + [step.lhs for step in self.notes.steps if step.relation.value == "="]
        )
        called = _functions_in_words(self.notes)  # "Let $f$ be a function": its name alone there is no number
        naming = [f for f in self._formulas() + sentences if not _names_alone(f.node, called)]
        functions = always_applied(((f.text, f.node) for f in self._formulas() + sentences), defined) | (
            called & always_applied(((f.text, f.node) for f in naming), defined)
        )
        self.stated = [replace(item, name=_applied(item.name, functions), body=_applied(item.body, functions))
                       if item.kind != "law" else item for item in self.stated]  # fmt: skip
        self.sides = [(_applied(lhs, functions), _applied(rhs, functions)) for lhs, rhs in self.sides]
        letters = _letters_alone(self._formulas() + sentences)
        named = _named_words([item.name for item in self.stated if item.kind == "definition"]
                             + [lhs for lhs, _ in self.sides] + sentences)  # fmt: skip
        self.stated = [replace(item, name=_juxtaposed(item.name, letters, named),
                               body=_juxtaposed(item.body, letters, named)) for item in self.stated]  # fmt: skip
        self.sides = [(_juxtaposed(lhs, letters, named), _juxtaposed(rhs, letters, named)) for lhs, rhs in self.sides]
        equations = [item for item in self.stated if item.kind == "definition"] + [
            Stated("definition", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
            for step, (lhs, rhs) in zip(self.notes.steps, self.sides)
            if step.relation.value == "="
        ]
        named = [  # "the encoder $E$": a letter E the note names in a sentence
            Stated("relation", inline.line, f"${inline.text.strip()}$ in a sentence", origin="inline")
            for inline in self.notes.inline
            if inline.text.strip() == "E"
        ]
        self.function_e = min(
            [item for item in equations if _defines_e(item)] + named, key=lambda i: i.line, default=None
        )
        laws = [Formula(item.text, item.line, d) for item in self.stated for d in _law_densities(item)]
        self.spellings = _spellings(self._formulas() + sentences + laws)
        twice = [
            item for item in self.stated if any(_spelled_twice(d, self.spellings) for d in _stated_densities(item))
        ]
        self.set_aside = [item for item in twice if item.kind == "definition"]
        self.stated = [replace(item, kind="ambiguous law") if item.kind == "law" and item in twice else item
                       for item in self.stated]  # fmt: skip
        given = [item.name.node for item in self.stated if item.kind == "definition" and item.name is not None]
        written = [(step.line, lhs.node) for step, (lhs, _) in zip(self.notes.steps, self.sides)]
        if not any(map(_gaussian_scale, self.notes.inline)):  # N's second parameter a variance: the blocks' too
            self.blocks = block_moments(self.stated, given, written, self.notes.displays)
        self.stated += self.blocks.definitions  # (X, Y) ~ N((mu_X, mu_Y), ...) and X ~ q(x_i | x_0): mu_X, Sigma_X
        self._steps()
        definitions = [item for item in self.stated + self.introduces if item is not None and item.kind == "definition"]
        self.stated += withdrawn(self.notes, definitions)  # "Ignore the previous definition", "we drop (H)"
        self.stated.sort(key=lambda item: item.line)
        formulas = self._formulas() + sentences
        written, drawn = _law_letters(f.node for f in formulas), _drawn_letters(self.stated)
        self.law_letters = {
            law: written.get(law, frozenset()) | drawn.get(law, frozenset()) for law in {*written, *drawn}
        }
        self.law_givens = _law_letters((f.node for f in formulas), given=True)
        calls = [(display_name(law), call) for f in formulas if f.node is not None for call in nodes(f.node)
                 if (law := law_letter(call)) is not None and call.arguments]  # fmt: skip
        unconditioned = {law for law, call in calls if not call.given}
        self.both_ways = frozenset(  # q(z | x), x an unindexed variable (not theta) as E_q's conditional reading takes it
            law for law, call in calls
            if law in unconditioned
            and any(isinstance(g, syntax.Name) and not g.index and g.base not in syntax.MODEL_INDICES for g in call.given)
        )  # fmt: skip
        variables = {letter for letters in self.law_letters.values() for letter in letters}
        laws = {law[:2] for f in formulas if f.node is not None for n in nodes(f.node) if (law := law_letter(n))}
        self.worded = [item for inline in self.notes.inline for item in _bounded_in_words(inline, variables, laws)]
        self.law_domains = law_domains(self.stated, formulas) + scales_said(self.notes.inline)
        self.law_domains += laws_in_words(self.notes.inline)  # "x is distributed as $N(0, s)$"
        self.law_domains += shapes_read(self.stated)  # x \sim t_\nu, \chi^2(c): the degrees of freedom positive
        block_defined = {item.name.node.key for item in self.blocks.definitions}
        self.unread_law_parameters = unread_law_parameters(self.stated, self.notes.inline, block_defined)
        self.unread_law_parameters = {**densities_as_formulas(self.introduces), **self.unread_law_parameters}
        self.unread_law_parameters = {**parameters_unparsed(self.law_domains, self.notes.inline),
                                      **self.unread_law_parameters}  # fmt: skip
        self.unread_law_parameters = {**tables_of_laws(self.notes.source), **self.unread_law_parameters}
        self.worded += [item for inline in self.notes.inline for item in _constant_named(inline)]
        self.worded += [item for inline in self.notes.inline for item in _compared_in_words(inline)]

        self.worded += [item for inline in self.notes.inline for item in _valued_in_words(inline)]
        self.worded += [item for inline in self.notes.inline for item in _valued_plainly(inline)]
        self.worded += [item for inline in self.notes.inline for item in _signed_plainly(inline)]
        self.worded += [item for inline in self.notes.inline for item in reals_in_words(inline)]  # Let x be real
        self.worded += [item for inline in self.notes.inline for item in _zero_said_unread(inline)]  # Soit x nul
        self.worded += [item for inline in self.notes.inline for item in _negated_in_words(inline)]  # x niet groter
        self.worded += _vanishing_in_words(self.notes)
        self.worded += [item for inline in self.notes.inline for item in _noise_law_in_words(inline)]
        self.worded += [item for inline in self.notes.inline for item in _random_in_words(inline)]
        self.worded += [item for inline in self.notes.inline for item in tails_in_words(inline)]  # Cauchy
        self.worded += tails_said_after(self.notes)  # The variable is Cauchy distributed.
        self.worded += [item for inline in self.notes.inline for item in normals_in_words(inline)]  # standard normal
        self.worded += _noise_in_plain_sentences(self.notes)
        self.worded += [item for inline in self.notes.inline for item in _role_in_words(inline)]
        self.worded += [item for inline in self.notes.inline for item in _independent_in_words(inline)]
        self.worded += _independent_in_paragraph(self.notes)
        self.worded += _unchained_in_words(self.notes)
        self.worded += _changed_step_in_words(self.notes) + _forward_said_otherwise(self.notes)
        self.worded += _forward_kernel_said_otherwise(self.notes)  # q(x_t | x_{t-1}) 'is uniform'
        self.worded += _forward_kernel_in_maths(self.notes)  # x_t | x_{t-1} ~ U(0, 1)
        self.worded += _forward_kernel_beside_a_family(self.notes)  # "q(x_t | x_{t-1}) we use is uniform"
        self.worded += _forward_in_other_words(self.notes)
        self.worded += _dependent_noises(self.notes) + _noises_tied_in_words(self.notes)
        self.worded += _laws_in_words(self.notes) + _notations_in_words(self.notes) + _data_law_said(self.notes)
        self.worded += _parameters_in_words(self.notes, _law_parameters(self.stated))
        self.worded += data_held(self.notes)
        self.worded += orders_in_text(self.notes)  # Let x < 0. (no dollars)
        self.worded += [item for inline in self.notes.inline for item in names_beside_an_interval(inline)]
        self.worded += names_before_an_interval(self.notes)  # Let $x$ be given. It lies in $(-2, -1)$.
        self.worded += schedule_shapes(self.notes)
        self.log_base = next(filter(None, map(_log_base, self.notes.prose)), None)
        self.parameter_given = _parameter_given(formulas)
        scale = next(filter(None, map(_gaussian_scale, self.notes.inline)), None)
        if scale is not None:
            bare = {c.key for f in formulas if f.node is not None for n in nodes(f.node)
                    if isinstance(n, syntax.Gaussian) and isinstance(c := n.covariance, syntax.Name)}  # fmt: skip
            self.gaussian_scale = replace(scale, names=frozenset(bare - set(_READ_AS_CONSTANTS)))
        said = {  # a letter the note defines, bounds or relates keeps what the note says of it
            (name.base, name.decoration)
            for item in self.stated + [i for i in self.introduces if i is not None]
            if item.kind in ("definition", "relation", "bound") and item.name is not None and item.name.node is not None
            for name in nodes(item.name.node)
            if isinstance(name, syntax.Name)
        }
        self.limits = (
            frozenset(
                (series.upper.base, series.upper.decoration)
                for f in formulas
                if f.node is not None
                for series in nodes(f.node)
                if isinstance(series, syntax.Series)
                and isinstance(series.upper, syntax.Name)
                and not series.upper.index
            )
            - said
        )
        horizons = {(base, decoration) for base, decoration in self.limits} | {("T", "")}
        self.worded += _size_in_words(self.notes, horizons)
        written = [(f.text, f.node) for f in formulas]  # pi and e only where the note defines them as functions
        applied = ever_applied(written) | (ever_applied(written, constants=True) & defined)
        self.function_names = (
            frozenset(
                call.name.key
                for f in formulas  # "Let $\\mu_\\theta(x_t)$ be a network" names one
                if f.node is not None
                for call in nodes(f.node)
                if isinstance(call, syntax.Call) and law_letter(call) is None and not indices_only(*call.arguments)
            )
            | applied
        )
        self.called = called
        self.applied_to = applied_to(written)
        self.tied = {pair: tie.sentence for pair, tie in tied_in_words(self.notes).items()}
        self.said_ties = said_ties(self.notes)
        self.independent = stated_independence(self.notes)
        self.held = held_in_words(self.notes)  # "the parameters are $m, s$": s a number, beside a score s(x)
        numbers = {item.name.node.key for item in self.stated + [i for i in self.introduces if i is not None]
                   if item.kind in ("definition", "relation") and item.name is not None
                   and isinstance(item.name.node, syntax.Name)}  # fmt: skip
        prose = ever_applied(((f.text, f.node) for f in sentences), constants=True)  # "$\\pi(x)$ is the prior"
        numbers -= called  # "Let $g \in C^2$" relates g, and names it a function
        self.ambiguous = (applied | prose | called) - functions - numbers
        words = frozenset(key for key in applied if len(key[0]) > 1 and key[0] not in syntax.GREEK)  # sigmoid(2a)
        constants = frozenset(key for key in applied & defined if key[0] in CONSTANT_LETTERS)  # pi(theta) = ...
        self.named_functions = (prose | called | constants | words) - functions - numbers
        self.evaluated = frozenset(applied_to_numbers(((f.text, f.node) for f in formulas), self.ambiguous))
        self._read_replaced()

    def _read_replaced(self) -> None:
        """Each step of a display a sentence replaces A by B in, read with A = B where that is exact
        (:func:`.replacements.rewritten`) and reaches no statement that still writes A's name (a law written with it
        outside the display, which A = B does not rewrite); the others are left as written."""
        self.replacements = tuple(r for r in replacements(self.notes) if not self._defined_in_display(r))
        for index, step in enumerate(self.notes.steps):
            replacement = next((r for r in self.replacements if r.governs(step.line)), None)
            new = rewritten(self.sides[index], replacement) if replacement is not None else None
            if new is None or None in self._said_of_replaced(replacement):
                continue
            written, self.sides[index] = self.sides[index], new
            self.replaced[index] = replacement
            if any(_writes_replaced(item, replacement) for item in self._reached_statements(index)):
                self.sides[index] = written
                del self.replaced[index]

    def _defined_in_display(self, replacement: Replacement) -> bool:
        """Whether a step of the display ``replacement`` governs defines A's name (``\\sigma_\\theta^2 = 2 \\sigma_t^2``
        there): the display gives it a value of its own, which A = B would contradict, so it is not read under it."""
        key = replacement.name.key if replacement.name is not None else None
        return any(
            item is not None and item.kind == "definition" and item.readable and item.name is not None
            and replacement.governs(step.line) and key in _defined_keys(item)
            for step, item in zip(self.notes.steps, self.introduces)
        )  # fmt: skip

    def _said_of_replaced(self, replacement: Replacement) -> list[Stated]:
        """What the note's laws and words say of A's name N (a law's positive variance, "sigma is positive"), read
        with A = B: a counterexample read so must meet each (sigma_t^2 > 0 for N(mu, sigma_theta^2)); None in place
        of one that A = B does not rewrite exactly (N alone beside A = N^2), which no such counterexample is known
        to meet."""
        said = [item for item in self.law_domains + self.worded if any(
            f is not None and f.node is not None and writes_replaced(f.node, replacement) for f in (item.name, item.body)
        )]  # fmt: skip
        return [_statement_replaced(item, replacement) for item in said]

    def _reached_statements(self, index: int) -> list[Stated]:
        """The definitions and laws in force at step ``index`` that its names reach, in turn (as
        :meth:`_reached_definitions`; a law through its variables)."""
        return self._closure(index, ("definition", *LAWS), _statement_reach)

    def _formulas(self) -> list[Formula]:
        """Every formula the note writes, the steps' sides included (a law's variables are read as the
        arguments of a stand-in P(...), which is no formula of the note)."""
        written = [(item.body,) if item.kind in LAWS else (item.name, item.body) for item in self.stated]
        return [f for pair in written + self.sides for f in pair if f is not None]

    def _steps(self) -> None:
        defined: set[tuple] = set()
        bodies: dict[tuple, set[tuple]] = {}  # each defined name's key: the names its definition writes
        laws_used: dict[tuple[str, str, str], frozenset | None] = {}  # each law's variables written so far
        gaussians: set[Key] = set()  # the variables the note gives a Gaussian law (x ~ N(mu, sigma^2))
        claimed: set[tuple] = set()  # the densities and functions written in a claim or a joint law before the step
        factors: set[tuple] = set()  # the transitions of a chain the note stated: names it may then define
        chained: set[tuple[str, str, str]] = set()  # the laws whose chain the note stated
        valued: set[tuple] = set()  # the indices and sizes the note gave a value (T = 1000), in a sentence or not
        declared = False
        pending = list(self.stated)  # in the order of their lines
        hypotheses: dict[frozenset, int] = {}  # the names an equation beside an arrow defines, to its display's end
        values: dict[tuple, syntax.Node] = {}  # each defined name's key: the body its (last) definition gives it
        equated: set[tuple] = set()  # the names an earlier display equated to something without defining them
        joints: set[Key] = set()  # the laws a display defined a density of after a defining lead-in
        opened = (0, frozenset())  # the first line of the step's display, and the densities claimed before it
        for step, (lhs, rhs) in zip(self.notes.steps, self.sides):
            first = next((first for first, last in self.notes.displays if first <= step.line <= last), step.line)
            opened = opened if opened[0] == first else (first, frozenset(claimed))
            for names, end in list(hypotheses.items()):
                if step.line > end:
                    defined -= names
                    del hypotheses[names]
            while pending and pending[0].line < step.line:
                item = pending.pop(0)
                declared |= item.kind == "context" and item.text in CONTEXTS
                valued |= _valued(item)
                gaussian = item.kind == "law" and isinstance(item.body and item.body.node, syntax.Gaussian)
                if gaussian and isinstance(item.name.node, syntax.Call):  # x ~ N(mu, sigma^2): p(x) is its density
                    gaussians |= {a.key for a in item.name.node.arguments if isinstance(a, syntax.Name)}
                stating = item.kind in ("definition", "joint")
                chain = _new_chain(item.name, item.body, declared, chained, claimed | defined) if stating else None
                if chain is not None:  # q(x_{1:T} | x_0) := \prod ..., in display maths or in a sentence
                    self.stated[self.stated.index(item)] = item = replace(item, kind="chain")
                    chained.add(chain.law)
                    factors.add(name_key(chain.transitions))
                if item.kind == "definition" and item.readable:
                    defined |= _defines(defined_name(item.name.node) or item.name.node)
                    _record(bodies, defined_name(item.name.node) or item.name.node, item.body.node)
                    values[name_key(defined_name(item.name.node) or item.name.node)] = item.body.node
                elif item.kind == "definition" and item.name is not None and item.name.node is not None:
                    defined |= _defines(defined_name(item.name.node) or item.name.node)  # m := \min(a, 0), unread
                for formula in (item.name, item.body):
                    if (
                        formula is not None
                        and formula.node is not None
                        and item.kind in ("definition", "chain", "joint")
                    ):
                        _use_laws(laws_used, formula.node)
                        if item.kind == "joint":
                            claimed |= _calls_in(formula.node)
            introduced = None
            alone = not step.alternative  # one of "a = b or c = d": it states and defines nothing
            target = defined_name(lhs.node) if alone and lhs.node is not None and rhs.node is not None else None
            equation = alone and step.relation.value == "="
            chain = _new_chain(lhs, rhs, declared, chained, claimed | defined) if equation else None
            within = _new_chains_within(lhs, rhs, declared, chained, claimed | defined) if equation else ()
            if chain is not None or within:
                introduced = Stated("chain", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
                for stated in (chain,) if chain is not None else within:
                    chained.add(stated.law)
                    factors.add(name_key(stated.transitions))
            elif (
                equation
                and lhs.node is not None
                and rhs.node is not None
                and _into_marginals(lhs.node, rhs.node)
                and self._modelled_at(step.line)
                and law_letter(lhs.node) not in laws_used
                and not (declared and law_letter(lhs.node) in CONTEXT_LAWS)
                and not {name_key(lhs.node)} & (claimed | defined)
            ):  # $$ p(x, y) = p(x) p(y) $$, the first equation of a law: the model's independence
                introduced = Stated("independence", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
            elif (
                equation and _condition(lhs.node, rhs.node) and not {name_key(lhs.node)} & (valued | defined)
            ):  # $$T = 1000$$
                text = f"{step.lhs} = {step.rhs}"
                statement = syntax.parse(text, notes=True)
                until = None if _size(lhs.node) else step.line
                introduced = Stated(
                    "relation", step.line, text, Formula(text, step.line, statement), None, "step", until
                )
                valued |= _valued(introduced)
            elif (
                target is not None
                and step.relation.value == "="
                and not _PINNED.fullmatch(step.remark.strip())  # abar_t = alpha_t, \quad t = 1: at one index only
                and (  # sigma~^2 = sigma_A^2 \quad if a = 0: not for all a; L_t = ... \text{ for } t \ge 1: its range
                    not CONDITION.search(step.remark.strip()) or index_range_beside(target, step.remark) is not None
                )
                and not _NEGATED.search(step.remark)  # \text{not } c = a + b, c = a + b \quad \text{(wrong!)}
                and not any(
                    item.until is not None and item.line <= step.line <= item.until and item not in self.in_units
                    for item in self.stated
                )
                and not _spelled_twice(target, self.spellings)
                and not _mentions(rhs.node, target)
                and not _instance(target, defined)
                and not _circular(target, rhs.node, bodies)
                and not (declared and gives_meaning(target, rhs.node, _tied_noises(target, bodies)))
                and (
                    (  # the first equation of a name: a definition, or "Then" $$ y = 3x $$ after $$ y = c x $$
                        (name_key(target) in factors and name_key(target) not in defined and not declared)
                        or not self._is_claim(target, rhs.node, defined, laws_used, gaussians)
                        or self._models_law(target, rhs.node, step.line, defined | opened[1])
                    )
                    and not (self._at(self.consequent, step.line) and name_key(target) in equated)
                    or self._redefines(target, rhs.node, values, step.line)
                )
                and (self._at(self.supposed, step.line) or not self._not_the_notes(step.line))  # "Had we chosen"
            ):
                if self._at(self.supposed, step.line):  # "If we set", "Had we chosen", "Other texts define"
                    introduced = Stated("assumption", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
                else:  # a first definition, or a second one ("take instead", "we redefine"): then in dispute
                    within = index_range_beside(target, step.remark) if CONDITION.search(step.remark) else None
                    ranged = Formula(step.remark, step.line, within) if within is not None else None
                    introduced = Stated("definition", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step",
                                        ranged=ranged, cases=self._lead_in_cases(step.line))  # fmt: skip
                    values[name_key(target)] = rhs.node
                    introduced, *left = self._in_its_unit(introduced)  # "For this section only, let" $$a = 3$$
                    self.stated.extend(left)
                    if introduced.until is None and (
                        self._at(self.examples, step.line) or _EXAMPLE_REMARK.search(step.remark)
                    ):
                        end = self._example_end(step.line)  # "For example, take": until "In general, c is any"
                        if end is not None:
                            introduced = replace(introduced, until=end)
                            self.stated.append(
                                Stated(
                                    "relation",
                                    end + 1,
                                    f"{step.lhs} = {step.rhs} (an example's value)",
                                    lhs,
                                    None,
                                    "inline",
                                )  # fmt: skip
                            )
                    if step.implication:  # x = 3 \implies x^2 = 9: x is 3 in the display only
                        hypotheses[frozenset(_defines(target) - defined)] = self._display_end(step.line)
                    defined |= _defines(target)
                    _record(bodies, target, rhs.node)
            elif step.relation.value in _BOUND_RELATIONS and _bound_of_a_name(
                lhs.node, rhs.node, step.relation.value, defined | valued, declared
            ):
                text = f"{step.lhs} {step.relation.value} {step.rhs}"  # $$ a > 0 $$, $$ \sigma < 0 $$
                statement = syntax.parse(text, notes=True)
                introduced = Stated("relation", step.line, text, Formula(text, step.line, statement), None, "step")
            elif equation and target is not None and _spelled_twice(target, self.spellings):
                # p_theta(x) = N(x; 3, 1) beside p(x): the model's definition or a claim about the data's law
                self.set_aside.append(Stated("definition", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step"))
            elif (
                equation
                and self._at(self.defining, step.line)
                and ties_laws(target, rhs.node)
                and law_letter(target) not in joints
                and not (declared and law_letter(target) in CONTEXT_LAWS)
                and not density_written(target, claimed | defined)
                and not self.denied_at(step.line)
            ):  # "Define the joint law" $$ q(x, z) = p(x) q(z | x) $$: q's joint, tied to p's law, first written
                kind = "assumption" if self._at(self.supposed, step.line) else "joint"  # "If we define"
                introduced = Stated(kind, step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
                joints.add(law_letter(target))
            assumed = self._assumed_at(step.line) and step.relation.value in _ASSUMABLE
            if introduced is None and (
                assumed or (self._at(self.letting, step.line) and step.relation.value in _ORDERS)
            ):
                introduced = Stated("assumption", step.line, f"{step.lhs} {step.relation.value} {step.rhs}", lhs, rhs,
                                    "step")  # fmt: skip
            if introduced is None and target is not None and equation and _instance(target, defined):
                self.instances.add(len(self.introduces))
            if introduced is not None and step.implication and introduced.until is None:
                introduced = replace(introduced, until=self._display_end(step.line))
            if introduced is None and equation and isinstance(target, syntax.Name) and self._not_the_notes(step.line):
                # "A common error is to write" $$ c = 3 $$: it defines nothing, but after it no counterexample
                # about c is trusted (the words may deny something else than the value it gives c)
                after = self._display_end(step.line) + 1
                self.stated.append(Stated("relation", after, f"{step.lhs} = {step.rhs} (denied)", lhs, None, "inline",
                                          denied=True))  # fmt: skip
            if introduced is None and equation and target is not None and not self.denied_at(step.line):
                equated.add(name_key(target))
            if introduced is None and _displayed_order(step, lhs, rhs) and not self._at(self.unasserted, step.line):
                # $$ h + k > 0 $$: a claim, and an order the displays after it are claimed under
                text = f"{step.lhs} {step.relation.value} {step.rhs}"
                shown = f"{text} (displayed on line {step.line})"
                order = Formula(text, step.line, syntax.parse(text, notes=True))
                if not _implied_by_convention(order.node):  # abar_T > 0 under the context: no news
                    self.stated.append(Stated("relation", self._display_end(step.line) + 1, shown, order, None,
                                              "step", plain=True))  # fmt: skip
            elif (
                introduced is None
                and step.relation.value in _BOUND_RELATIONS
                and not step.alternative
                and (lhs.node is None or rhs.node is None or _displayed_order(step, lhs, rhs))
            ):
                # an order not asserted ("If it were the case that", "which is false") or not read (\max): no
                # condition, and no counterexample of the names it writes is trusted after it (it may hold)
                named = _names_written(step, lhs, rhs)
                if named is not None:
                    shown = f"{step.lhs} {step.relation.value} {step.rhs} (displayed on line {step.line}, " + (
                        "not read)" if lhs.node is None or rhs.node is None else "not asserted)"
                    )
                    self.stated.append(Stated("relation", self._display_end(step.line) + 1, shown, named, None,
                                              "inline", denied=True))  # fmt: skip
            start = _start_law(lhs, rhs, claim=introduced is None) if equation else None
            if start is not None:  # $$ q(x_0) = N(x_0; 0, 1) $$: a claim, and the data's law for the steps after it
                self.stated.append(Stated("unread law", self._display_end(step.line) + 1, f"{step.lhs} = {step.rhs}",
                                          start, None, "step"))  # fmt: skip
            if introduced is not None and (why := _held_why(self.notes, step.line)):  # b = 3 inside \\ifnum ... \\fi
                introduced = _held_definition(introduced, why)
            self.introduces.append(introduced)
            for formula in (lhs, rhs):
                if formula.node is not None:
                    _use_laws(laws_used, formula.node)
                    if introduced is None:
                        claimed |= _calls_in(formula.node)

    @staticmethod
    def _is_claim(
        target: syntax.Node,
        body: syntax.Node,
        defined: set[tuple],
        laws_used: dict[tuple[str, str, str], frozenset | None],
        gaussians: set[Key],
    ) -> bool:
        """Whether an equation ``target = body`` is a claim rather than the definition of ``target``: the name
        is defined already, or used in its own body, or is an operator (``Var(x)``) or an index; a density
        of a law already in use (``laws_used``: each law's variables so far), unless it is of variables new to
        the law (p(y | x) after p(x): a factor of the joint that nothing written fixes), or equated with the same
        law's densities (Bayes' rule), is a claim too, and so is p(x) after the note gives x a Gaussian law
        (``gaussians``)."""
        if name_key(target) in defined or _mentions(body, target):
            return True
        letter = law_letter(target)
        if letter is not None:
            alone = isinstance(target, syntax.Call) and not target.given and len(target.arguments) == 1
            stated = alone and letter == ("p", "", "") and getattr(target.arguments[0], "key", None) in gaussians
            used = letter in laws_used and not _new_variables(target, laws_used[letter])
            return used or letter in _laws_in(body) or stated
        if isinstance(target, syntax.Call) and len(target.name.base) > 1 and target.name.base not in syntax.GREEK:
            return True  # Var(x_t), erf(z): an operator's name, not a name being introduced
        if _condition(target, body):
            return True  # T = 1000, t = T - 1: a condition on a size; L = E_q[...] or \mathcal{L} names an objective
        return False

    def _models_law(self, target: syntax.Node, body: syntax.Node, line: int, written: set[tuple]) -> bool:
        """Whether ``target = body`` gives a model's law (``p_theta(x_{t-1} | x_t) = N(...)``, a density with a
        model's parameter equated to a Gaussian of its variable) in a display whose sentence states a model: the
        model's definition, though the chain in the same display wrote the density first; not if the density was
        defined or written in a claim before the display (``written``)."""
        return (
            isinstance(target, syntax.Call)
            and target.name.index in syntax.MODEL_INDICES
            and law_letter(target) is not None
            and isinstance(body, syntax.Gaussian)
            and (body.point is None or _keys_of(target.arguments) == _keys_of((body.point,)))
            and name_key(target) not in written
            and not _mentions(body, target)
            and self._modelled_at(line)
        )

    def _runs_into_display(self, inline: Inline) -> bool:
        """Whether the sentence of ``inline`` runs on into the display after it (no full stop between them)."""
        firsts = [first for first, _ in self.notes.displays if first >= inline.line]
        if not firsts:
            return False
        lines = _prose_lines(self.notes)
        text = "\n".join(lines.get(n, "") for n in range(inline.line, min(firsts)))
        at = text.find(inline.text)
        return not _SENTENCE_END.search(text[at + len(inline.text) :] if at >= 0 else text)

    def _pins(self, item: Stated) -> list[Stated]:
        """A case for the display (and the chain it continues in the next blocks) its sentence runs into, and
        for the displays right after them with no prose between, which the case may still govern ("For $t =
        1$ we have two facts:"), a relation between its indices: their counterexamples are not trusted."""
        end = self._group_end(item.until)
        found = [replace(item, origin="case", until=end)]
        lines = _prose_lines(self.notes)
        last = end
        for first, display_end in self.notes.displays:
            if first <= last:
                continue
            if any(lines.get(n, "").strip() for n in range(last + 1, first)):
                break
            last = display_end
        if last > end:
            found.append(replace(item, line=end + 1, until=last))
        return found

    def _group_end(self, last: int) -> int:
        """The last line of the displays that continue the chain of the one ending at ``last`` with no prose
        between them ($$ a $$ $$ = b $$, or $$ a = b $$ $$ = c $$): the case its sentence states holds there too."""
        lines = _prose_lines(self.notes)
        start = max((first for first, end in self.notes.displays if end == last), default=last)
        for first, end in self.notes.displays:
            if first <= last:
                continue
            if any(lines.get(n, "").strip() for n in range(last + 1, first)):
                break
            before = [step for step in self.notes.steps if start <= step.line <= last]
            after = [step for step in self.notes.steps if first <= step.line <= end]
            if not after or (before and after[0].lhs != before[-1].rhs):
                break
            start, last = first, end
        return last

    def _pinned(self, line: int, sides: tuple[Formula, Formula]) -> tuple[Formula, Formula]:
        """The sides of the step at ``line`` with each index a condition for its display gives a number written
        as that number or letter (after "For $t = 1$:", ``\\bar\\alpha_{t-1}`` is ``\\bar\\alpha_0``, which is 1;
        after "at $t = T$", ``x_t`` is ``x_T``)."""
        pins, sizes = {}, {}
        for item in self.stated:
            if item.kind == "relation" and item.origin != "condition" and item.until is None and item.line <= line:
                sizes.update(_size_value(item))  # "Let $T = 1$.": for the note
            if item.origin != "case" or not item.line <= line <= item.until:
                continue
            statement = item.name.node if item.name is not None else None
            if not (isinstance(statement, syntax.Statement) and statement.relations == ("=",)):
                continue
            name, other = statement.operands
            written = item.text.partition("=")[2].replace(" ", "")
            pinned = value(other) if isinstance(other, syntax.Number) else index_value(written)
            if isinstance(name, syntax.Name) and not (name.index or name.decoration) and pinned is not None:
                letter = index_value(name.base)
                if letter is not None and letter != pinned:
                    pins[letter] = pinned  # t = 1, t = T, t = T - 1
        bound = {  # a sum over t binds its own t: "Split off $t = 1$" leaves \sum_{t=2}^T as it is
            index_value(n.index.base)
            for f in sides
            if f.node is not None
            for n in nodes(f.node)
            if isinstance(n, syntax.Series) and isinstance(n.index, syntax.Name)
        }
        pins = {letter: pinned for letter, pinned in pins.items() if letter not in bound}
        if sizes:
            sides = tuple(replace(f, node=_first_steps(f.node, sizes)) if f.node is not None else f for f in sides)
        if not pins:
            return sides
        return tuple(replace(f, node=shifted(f.node, pins)) if f.node is not None else f for f in sides)

    def approximated(self, line: int) -> bool:
        """Whether ``line`` lies in a display whose sentence makes its equations approximations or limits."""
        return self._at(self.approximate, line)

    def said_unnamed(self, line: int) -> tuple[int, str] | None:
        """The sentence (its line, its words) that says a property of a quantity by words alone around the display
        ``line`` lies in (:attr:`unnamed`), or None."""
        return next((self.unnamed[first] for first, last in self.notes.displays
                     if first <= line <= last and first in self.unnamed), None)  # fmt: skip

    def said_varied(self, line: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The sentence (its line, its words, the maths of the names) that says how a quantity varies with names
        around the display ``line`` lies in (:attr:`varied`), or None."""
        return next((self.varied[first] for first, last in self.notes.displays
                     if first <= line <= last and first in self.varied), None)  # fmt: skip

    def _at(self, firsts: frozenset[int], line: int) -> bool:
        """Whether ``line`` lies in a display whose first line is one of ``firsts``."""
        return any(first <= line <= last for first, last in self.notes.displays if first in firsts)

    def _redefines(self, target: syntax.Node, body: syntax.Node, values: dict[tuple, syntax.Node], line: int) -> bool:
        """Whether the equation ``target = body`` at ``line`` gives a name the note defined before another value,
        its sentence saying so ("For a second example, take instead", "Let" again, "but here we define") or
        supposing it ("Had we chosen"): a second definition, so that neither value is used after it (the note
        defines the name more than once), not a claim judged against the first."""
        key = name_key(target)
        if not isinstance(target, syntax.Name) or key not in values or same(values[key], body):
            return False
        return self._at(self.redefining, line) or self._at(self.supposed, line)

    def _example_end(self, line: int) -> int | None:
        """The last line of the example the display at ``line`` gives a value in: the line before the first
        sentence after it that leaves the example ("In general", "$c$ is arbitrary", "In Example 2"), or None."""
        lines = _prose_lines(self.notes)
        end = self._display_end(line)
        for number in sorted(n for n in lines if n > end):
            if _LEAVING_EXAMPLE.search(_words_of(lines[number])):
                return number - 1
        return None

    def _an_example(self, item: Stated) -> list[Stated]:
        """A definition a sentence sets in an example ("For example, take $c = a + b$"): it holds until the
        example ends (:meth:`_example_end`), and after it no counterexample about the name is trusted; in an
        example environment, until it ends (:func:`scope_of`)."""
        end = self._example_end(item.line) if item.kind == "definition" and item.until is None else None
        if end is None:
            scope = scope_of(self.notes, item.line, "")
            return [item] if scope is None else self._scoped(item, scope)
        left = Stated("relation", end + 1, f"{item.text} (an example's value)", item.name, None, "inline")
        return [replace(item, until=end), left]

    @cached_property
    def unseen(self) -> tuple[Timeline, tuple[tuple[int, str], ...], frozenset[Key | None]] | None:
        """The note as a reader who does not see its hidden lines reads it (:func:`.unshown.unseen`), with the lines
        of what that leaves out and why each may not be seen, and the names of the maths left out on lines holding
        other maths (which may be seen), None among them for maths not read (it may name any); None where the note
        hides nothing but steps."""
        found = unseen(self.notes)
        if found is None:
            return None
        return (
            Timeline.of(found.notes),
            tuple((line, _held_why(self.notes, line)) for line in found.lines),
            frozenset(key for text, _ in found.shared for key in _statement_keys(text)),
        )

    @cached_property
    def _scope_lead_ins(self) -> dict[int, str]:
        """The words leading into each display (:func:`_lead_ins`), read once."""
        return _lead_ins(self.notes)

    def _in_its_unit(self, item: Stated) -> list[Stated]:
        """A display's definition the sentence leading into it scopes to a unit of the text ("For this section
        only, let"): it holds until the unit ends (:func:`_scoped`); any other as it is."""
        if not scoping(self.notes.source):
            return [item]
        first = next((first for first, last in self.notes.displays if first <= item.line <= last), None)
        words = self._scope_lead_ins.get(first, "") if first is not None else ""
        scope = scope_of(self.notes, item.line, words) if words else None
        return [item] if scope is None else self._scoped(item, scope)

    def _scoped(self, item: Stated, scope: Scope) -> list[Stated]:
        """What a sentence scoping to a unit of the text states (:func:`_scoped`), its scoped definitions kept
        in :attr:`in_units`."""
        found = _scoped(item, scope)
        self.in_units += [scoped for scoped in found if scoped.kind == "definition" and scoped.until is not None]
        return found

    def _modelled_at(self, line: int) -> bool:
        """Whether ``line`` lies in a display whose sentence states a model (:data:`_MODELLING`, independence)."""
        return any(first <= line <= last for first, last in self.notes.displays if first in self.modelled)

    def hypothesis_at(self, step: Step) -> bool:
        """Whether a step is the hypothesis of its row: written before what joins it to the rest (``A \\therefore
        B``) in a display whose sentence leads in with a hypothesis ("If, say,", "Suppose for contradiction that")."""
        return step.antecedent and self._at(self.hypothesised, step.line)

    def _assumed_at(self, line: int) -> bool:
        """Whether ``line`` lies in a display that ends a sentence only assuming it ("Assume that")."""
        return any(first <= line <= last for first, last in self.notes.displays if first in self.assumed)

    def denied_at(self, line: int) -> bool:
        """Whether ``line`` lies in a display that ends a sentence denying it or setting it as a goal."""
        return any(first <= line <= last for first, last in self.notes.displays if first in self.denied)

    def _not_the_notes(self, line: int) -> bool:
        """Whether ``line`` lies in a display its sentence denies or withholds ("One would write", "Some authors
        write"): what it defines is no definition of the note's."""
        return self.denied_at(line) or self._at(self.withheld, line)

    @property
    def problems(self) -> list[Problem]:
        """The directives that cannot be used, each with why: it is left out, and the note does not pass."""
        found = []
        for item in self.stated:
            if item.origin != "directive":
                continue
            what = f"directive '{item.text.strip()}'"
            broken = next((f.error for f in (item.name, item.body) if f is not None and f.node is None), "")
            if broken:
                found.append(Problem(item.line, f"{what}: {broken}"))
            elif item.kind == "bound" and not _one_name_bound(item.name.node):
                found.append(Problem(item.line, f"{what}: an assume directive bounds one name by numbers (0 < a < 1, "
                                     "a \\ge 2); this one is not used, and no counterexample about its names is "
                                     "trusted"))  # fmt: skip
            elif item.kind == "definition" and defined_name(item.name.node) is None:
                found.append(Problem(item.line, f"{what}: a let directive defines a name (let a = ...)"))
            elif item.kind == "context" and item.text not in CONTEXTS:
                known = ", ".join(sorted(CONTEXTS))
                found.append(Problem(item.line, f"{what}: unknown context (known: {known})"))
        return found

    def before(self, index: int) -> list[Stated]:
        """What the note has stated before step ``index`` (its own line included when written earlier), but a
        definition of a density it writes with and without a model's parameter (``p(x) := ...`` beside
        ``p_\\theta(x)``: the kernel would read it for both); and what its words say, wherever they say it, but
        words that hold only from their line to a last one (``until``: a section's end) outside those lines."""
        line = self.notes.steps[index].line
        found = [item for item in self.stated if item.line <= line and (item.until is None or line <= item.until)
                 and item not in self.set_aside]  # fmt: skip
        found += [
            item for item in self.introduces[:index] if item is not None and (item.until is None or line <= item.until)
        ]
        worded = [item for item in self.worded if item.until is None or item.line <= line <= item.until]
        found = [self._in_case(item, index) for item in found]
        return self._under_replacement(found + self._where(index) + self._beside(index) + worded, index)

    def _under_replacement(self, stated: list[Stated], index: int) -> list[Stated]:
        """``stated`` as step ``index`` reads it under the replacement governing its display, if any: a step read
        with A = B reads the definitions made in the display so too; one left as written, A = B as a relation of
        its names (no counterexample about them trusted)."""
        line = self.notes.steps[index].line
        replacement = next((r for r in self.replacements if r.governs(line)), None)
        if replacement is None:
            return stated
        if index not in self.replaced:
            return [*stated, replacement.relation]
        return [_definition_replaced(item, replacement) for item in stated] + self._said_of_replaced(replacement)

    def _sentence_cases(self, inline: Inline, itself: bool = False) -> tuple[Formula, ...]:
        """The cases of a step index the other maths of ``inline``'s sentence (and ``itself``, if so) set, those
        that leave out a step ("For $t > 1$,", "In the case $t = 2$,", "$a := 3$ for $t \\ge 2$"; not "for $1 \\le
        t \\le T$"); a case not read exactly (``t \\ne 1``, "$t$ greater than 1") or turned by words ("unless")
        as one no step is known to meet, so the definition relates its names only; and so is a case its words say
        without maths ("After the first step,", "From the second step on": :func:`~.indices.steps_in_words`).  An
        example beside a claim of every step ("Let $a := 3$ for every step; below we look at $t = 2$ as an example")
        sets no case (:func:`~.indices.case_as_example`)."""
        found, cased = [], False
        for other in self.notes.inline:
            if (other is inline and not itself) or not inline.sentence or other.sentence != inline.sentence:
                continue
            if other is not inline and case_as_example(inline.sentence, inline.text, other.text):
                continue  # "Let $a := 3$ for every step; below we look at $t = 2$ as an example."
            formula = Formula(other.text, other.line, _remark_case(other.text))
            case = index_case(formula.node)
            cased = cased or case is not None
            if case is not None and narrows_steps(case[1]):
                found.append(formula)
            elif unread_case(other.text, formula.node) or _index_in_words(other):
                found.append(Formula(other.text, other.line, error="a case of a step index not read exactly"))
        if (found or cased) and case_turned(inline.sentence):  # "Unless $t > 1$,", "whether $t = 1$ or $t > 1$"
            found.append(Formula(inline.sentence, inline.line, error="a case of a step index turned by words"))
        if steps_in_words(inline.sentence):  # "After the first step, let $a := 3$.": some steps only, in words
            found.append(Formula(inline.sentence, inline.line, error="a case of the step index said in words"))
        return tuple(found)

    def _remarked(self, line: int) -> bool:
        """Whether the display ``line`` stands in sets words in its maths (``\\quad \\text{where } Y = y``,
        ``\\text{given } Y``): they may make what it writes conditional, and are not read with it."""
        lines = self.notes.source.split("\n")
        span = next(((first, last) for first, last in self.notes.displays if first <= line <= last), (line, line))
        return any(_REMARK.search(text) for text in lines[span[0] - 1 : span[1]])

    def _display_lead_in(self, line: int, lead_ins: dict[int, str]) -> str:
        """The lead-in (:func:`.lead_ins._lead_ins`) of the display ``line`` stands in; '' if it has none."""
        return next((lead_ins.get(first, "") for first, last in self.notes.displays if first <= line <= last), "")

    def _lead_in_cases(self, line: int) -> tuple[Formula, ...]:
        """The cases of a step index the sentence running into the display holding ``line`` sets ("For $t > 1$,
        let" $$ a := 3 $$): as for a definition inline (:meth:`_sentence_cases`), its definitions hold there only."""
        first = next((first for first, last in self.notes.displays if first <= line <= last), None)
        leading = [
            inline
            for inline in self.notes.inline
            if first is not None
            and inline.line < first
            and min((f for f, _ in self.notes.displays if f >= inline.line), default=None) == first
            and self._runs_into_display(inline)
        ]
        found = tuple(case for inline in leading for case in self._sentence_cases(inline, itself=True))
        if first in self.steps_named and not found:  # "After the first step, let" $$ a := 3 $$
            found = (Formula("", line, error="a case of the step index said in words"),)
        return found

    def _in_case(self, item: Stated, index: int) -> Stated:
        """A definition set under cases of a step index (:attr:`Stated.cases`) as it is at step ``index`` where the
        step's index is known to meet each, else a relation of its names (nothing used, no counterexample about
        them trusted): at t = 1, "For $t > 1$, let $a := 3$" leaves a unknown.  Any other statement as it is."""
        if not item.cases:
            return item
        known = self._index_values(index)
        met = all(
            (case := index_case(formula.node)) is not None
            and known.get(case[0], sp.S.EmptySet) is not sp.S.EmptySet  # none known, or "t = 1" in "For $t \\ge 2$:"
            and known[case[0]].is_subset(case[1]) is True
            and self._used_in_case(item, index, case[0], known[case[0]], case[1])
            for formula in item.cases
        )
        where = ", ".join(formula.text.strip() for formula in item.cases)
        return item if met else replace(item, kind="relation", text=f"{item.text} (only where {where})")

    def _used_in_case(self, item: Stated, index: int, letter: str, known: sp.Set, case: sp.Set) -> bool:
        """Whether every index a definition of a family in ``letter`` (a_t := 3) is used at by step ``index`` and
        what the note states up to it meets its case, the step's index being in ``known``: at t = 2, a_{t-1} is
        a_1, outside "For $t > 1$"; a_1 anywhere is outside it too.  An index in another letter is not known."""
        target = item.name.node if item.name is not None else None
        defined = index_value(target.index) if isinstance(target, syntax.Name) and target.index else None
        symbol = next((s for s in defined.free_symbols if str(s) == letter), None) if defined is not None else None
        if symbol is None:
            return True
        line = self.notes.steps[index].line
        formulas = [*self.sides[index]] + [
            f for said in self.stated if said.line <= line for f in (said.name, said.body) if f is not None
        ]
        for formula in formulas:
            for node in nodes(formula.node) if formula.node is not None else ():
                if not isinstance(node, syntax.Name) or (node.base, node.decoration) != (
                    target.base,
                    target.decoration,
                ):
                    continue
                used = index_value(node.index) if node.index else None
                at = None if used is None else used - (defined - symbol)  # a_{t-1} after a_t: a_t at t - 1
                if at is None or not at.free_symbols <= {symbol}:
                    return False
                if sp.imageset(sp.Lambda(symbol, at), known).is_subset(case) is not True:
                    return False
        return True

    def _index_values(self, index: int) -> dict[str, sp.Set]:
        """The values step ``index``'s indices are known to take, by letter: from the case its remark states
        (``\\quad (t = 2)``), the case a sentence runs into its display with ("For $t = 1$:", "For $t \\ge 2$,"),
        each the intersection of what they say."""
        step = self.notes.steps[index]
        said = [
            item.name.node
            for item in self.stated
            if item.name is not None
            and not item.denied
            and item.until is not None
            and item.line <= step.line <= item.until
            and (item.origin == "case" or (item.kind == "bound" and item.origin == "inline"))
        ]
        said.append(_remark_case(step.remark))
        known: dict[str, sp.Set] = {}
        for node in said:
            case = index_case(node)
            if case is not None:
                known[case[0]] = known.get(case[0], sp.S.Reals) & case[1]
        return known

    def spelled_twice(self, index: int) -> str:
        """A density step ``index`` writes that the note also writes with another model index (p_theta(x) beside
        p(x)), as written, when an equation the note states before the step for a density of its law was set
        aside (it defines neither spelling), or ''.  Not one the step writes both ways itself (read as one law
        and as two there, :func:`diffproof.notecheck.judging`).  With nothing set aside the kernel's one law
        carries every statement of both, so a counterexample for it is one where p and p_theta are two laws."""
        line = self.notes.steps[index].line
        unused = self.set_aside + [item for item in self.stated if item.kind == "ambiguous law"]
        aside = {law_letter(d) for item in unused if item.line <= line for d in _stated_densities(item)}
        own = _spellings(self.sides[index])
        for formula in self.sides[index]:
            for node in nodes(formula.node) if formula.node is not None else ():
                alone = len(own.get(_density_spelling(node), ())) < 2 if isinstance(node, syntax.Call) else False
                if alone and _spelled_twice(node, self.spellings) and law_letter(node) in aside:
                    return display_name(node.name.key)
        return ""

    def mixed(self, index: int) -> str:
        """A density written with and without a model index (p(x), p_theta(x)) that step ``index`` mixes with its
        law's other densities, as the law's letter, or ''.  Mixed: written plain beside a density of the same law
        with a model index (p(x) beside p_theta(x | z)), or written both ways in what the step reaches through
        the definitions it uses (K := KL(p(x) || p_theta(x)), then K = 0) but not in the step itself (read as one
        law and as two there).  The kernel reads them as one law, but the note may mean p(x) as the data's law:
        an identity of the one law (Bayes' rule, KL(p || p) = 0) need not hold between the two."""
        own = _spellings(self.sides[index])
        formulas = self._reached(index)
        twice = {spelling[:2] for spelling in self.spellings if _spelled_twice_key(spelling, self.spellings)}
        for letter, indices in _bare_laws(formulas).items():  # E_{p_theta}[x] = E_p[x]: the laws, bare
            written = indices | {c.name.index for f in formulas for c in nodes(f.node)
                                 if isinstance(c, syntax.Call) and c.name.key[:2] == letter}  # fmt: skip
            if letter in twice and len({i for i in written if i in syntax.MODEL_INDICES or not i}) > 1:
                return display_name((*letter, ""))
        calls = [n for f in formulas for n in nodes(f.node) if isinstance(n, syntax.Call) and law_letter(n) is not None]
        for spelling, indices in _spellings(formulas).items():
            both = len({i for i in indices if i in syntax.MODEL_INDICES or not i}) > 1
            if both and len(own.get(spelling, ())) < 2:
                return display_name(spelling[:2] + ("",))
        for node in calls:
            if node.name.index or len(own.get(_density_spelling(node), ())) > 1:
                continue
            modelled = any(c.name.index in syntax.MODEL_INDICES for c in calls if law_letter(c) == law_letter(node))
            if modelled and _spelled_twice(node, self.spellings):
                return display_name(node.name.key)
        return ""

    def noncommuting(self, index: int) -> str:
        """A product step ``index`` writes, or a definition it uses, of two factors made of names whose products
        need not commute, two of them at least (``A B``, ``A (A + B)``, ``(A + B)^2``), as "line 1 says A, B are
        quaternions: objects other than numbers"; else ''.  Such names are those :attr:`kinds` says are such, and
        bold names multiplied with a bold capital (``\\mathbf{W}\\mathbf{x}``: a bold capital is a matrix by
        convention, where the note does not say what it is) or with a name a definition the step reaches makes one
        (:meth:`_matrices`).  Their products need not commute, so a proof of the step as numbers proves nothing of
        them."""
        matrices = self._matrices(index)
        for formula in self._reached(index):
            said = {id(n): n.key for n in nodes(formula.node) if isinstance(n, syntax.Name) and n.key[:2] in self.kinds}
            letters = next(_products(formula.node, said), [])
            if letters:
                line, words = self.kinds[letters[0]]
                return f"line {line} says {_shown(letters)} are {words}: objects other than numbers"
            bold = {id(n): n.key for n in bold_names(formula) if n.key[:2] not in self.kinds}
            bold |= {k: key for k, key in _matrix_names(formula, matrices).items() if key[:2] not in self.kinds}
            for letters in _products(formula.node, bold):
                capitals = [letter for letter in letters if letter[0][:1].isupper() or letter in matrices]
                if capitals:
                    return (f"line {formula.line} multiplies {_shown(letters)}, and a bold capital, or a name a "
                            f"definition makes one, is a matrix by convention ({_shown(capitals)})")  # fmt: skip
        return ""

    def _matrices(self, index: int) -> set[tuple[str, str]]:
        """The letters of the names the definitions step ``index`` reaches make matrices by convention: a body
        that writes a bold capital, or a name made one, as a factor of its value (``W := \\mathbf{A}``, ``f(X) :=
        X^2`` of a bold X; not ``\\|\\mathbf{A}\\|``), in turn; a name written as a vector (:func:`_a_vector`)
        stays one."""
        bodies = [(d, _own_text(d.body)) for d in self._reached_definitions(index)
                  if d.body is not None and not _a_vector(d.name)]  # fmt: skip
        bodies = [(d, body) for d, body in bodies if body.node is not None]
        found: set[tuple[str, str]] = set()
        while True:
            more = {key[:2] for d, body in bodies if _factor_keys(body.node, _matrix_names(body, found))
                    for key in _defined_keys(d)} - found  # fmt: skip
            if not more:
                return found
            found |= more

    def reached_keys(self, index: int) -> set[Key]:
        """The names step ``index`` writes, and those of the definitions it uses, in turn."""
        return {key for formula in self._reached(index) for key in keys_in(formula.node)}

    def _reached(self, index: int) -> list[Formula]:
        """Step ``index``'s sides and the bodies of the definitions before it that its names reach, in turn."""
        formulas = [f for f in self.sides[index] if f.node is not None]
        bodies = [d.body for d in self._reached_definitions(index) if d.body is not None and d.body.node is not None]
        return formulas + bodies

    def _reached_definitions(self, index: int) -> list[Stated]:
        """The definitions before step ``index`` that its names reach, in turn."""
        return self._closure(index, ("definition",), _defined_keys)

    def _closure(self, index: int, kinds: tuple[str, ...], reach: Callable[[Stated], set[Key]]) -> list[Stated]:
        """The statements of ``kinds`` before step ``index`` whose keys (``reach``) its names, or the bodies of
        statements reached before, reach: the closure over definitions' bodies."""
        formulas = [f for f in self.sides[index] if f.node is not None]
        stated = [item for item in self.before(index)
                  if item.kind in kinds and item.readable and item.name is not None]  # fmt: skip
        keys = {key for f in formulas for key in keys_in(f.node)}
        reached: list[Stated] = []
        while True:
            more = [d for d in stated if d not in reached and reach(d) & keys]
            if not more:
                return reached
            reached += more
            keys |= {
                key for d in more if d.body is not None and d.body.node is not None for key in keys_in(d.body.node)
            }

    def _beside(self, index: int) -> list[Stated]:
        """The rows after step ``index`` in its display that define names it does not write (``p(x | y) = ...,
        \\quad a = 0`` beside a law in a), or equate a name it writes that the note defined before (a new meaning
        for it): the display fixes them for the step, which the kernel does not model, so what they say of their
        names is taken as said of names the kernel cannot use (a relation)."""
        where = {id(item) for item in self._where(index)}
        found = [replace(item, kind="relation") for item in self._later_in_display(index)
                 if item is not None and item.kind == "definition" and id(item) not in where]  # fmt: skip
        return found + self._meanings_beside(index)

    def _meanings_beside(self, index: int) -> list[Stated]:
        """The rows after step ``index`` in its display that equate a name it writes which the note defined
        before (``E[u^2] = 4 sigma~^2 \\ sigma~^2 = 4``): maybe a new meaning for the name, here, which the
        earlier definition does not give (each as a relation)."""
        written = {key for formula in self.sides[index] if formula.node is not None for key in keys_in(formula.node)}
        found = []
        for later in self._later_steps(index):
            lhs = self.sides[later][0]
            target = defined_name(lhs.node) if lhs.node is not None else None
            if self.introduces[later] is None and isinstance(target, syntax.Name) and target.key in written:
                found.append(Stated("relation", lhs.line, lhs.text, lhs, None, "step"))
        return found

    def _display_end(self, line: int) -> int:
        """The last line of the display holding ``line`` (the line itself outside displays)."""
        return next((last for first, last in self.notes.displays if first <= line <= last), line)

    def _later_steps(self, index: int) -> list[int]:
        """The steps after step ``index`` in its display."""
        line = self.notes.steps[index].line
        if not any(first <= line <= last for first, last in self.notes.displays):
            return []
        end = self._display_end(line)
        return [i for i, step in enumerate(self.notes.steps) if i > index and step.line <= end]

    def _later_in_display(self, index: int) -> list[Stated | None]:
        """What the steps after step ``index`` in its display introduce."""
        return [self.introduces[i] for i in self._later_steps(index)]

    def _where(self, index: int) -> list[Stated]:
        """The rows that close step ``index``'s display by defining names it writes (a lemma's ``p(x | y) =
        N(mu~, sigma~^2)`` over ``1/sigma~^2 = ...`` and ``mu~ = ...``): its *where* clause, which holds for it.
        Not rows defining a name that a step before this one already writes (``x + y - (x - y) = 2z``, ``2y = 3z``,
        ``y = 3z/2``): the claim did not introduce it, so the row may as well solve the derivation for it, a
        conclusion drawn from the step that the step may not use.  Nor rows whose value writes only names the step
        writes (``2y = 5z``, ``y = 2z``): the row may be the step solved for its name, right or wrong, not what the
        step means."""
        rows = self._where_clause(index, self._later_in_display(index)) + self._where_after(index)
        freed = self._freed_before(index)
        return [replace(row, kind="relation") if _defined_keys(row) & freed else row for row in rows]

    def _freed_before(self, index: int) -> set[Key]:
        """The names freed by the step ``index``'s line ("For every $a$", ``\\quad \\forall a``): the step holds for
        every value of each, so a row of its *where* clause that gives one a value pins what the quantifier frees,
        and is taken as a relation (nothing used, no counterexample about the name trusted)."""
        line = self.notes.steps[index].line
        return {
            key
            for item in self.stated
            if item.kind == "freed" and item.line <= line and item.name is not None and item.name.node is not None
            for key in keys_in(item.name.node)
        }

    def _where_after(self, index: int) -> list[Stated]:
        """The display after step ``index``'s display, where the only words between them open a *where* clause
        ("where", "where:", "with", où, wobei, 其中): its rows define, for every step of the display before them,
        the names they write, as rows below the step in its own display do (:meth:`_where_clause`, under the
        conditions: every row a definition, of a name the step writes and no step before it writes)."""
        line = self.notes.steps[index].line
        here = next(((first, last) for first, last in self.notes.displays if first <= line <= last), None)
        after = [(first, last) for first, last in self.notes.displays if here is not None and first > here[1]]
        if not after or dict(self.notes.trails).get(here[1], "").strip():
            return []
        first, last = min(after)
        lines = _prose_lines(self.notes)
        words = [lines[n] for n in range(here[1] + 1, first) if lines.get(n, "").strip()]
        if len(words) != 1 or not _WHERE.match(words[0]):
            return []
        rows = [self.introduces[i] for i, step in enumerate(self.notes.steps) if first <= step.line <= last]
        return self._where_clause(index, rows, said=True)

    def _where_clause(self, index: int, clause: list[Stated | None], said: bool = False) -> list[Stated]:
        """The definitions of ``clause`` that hold for step ``index`` as its *where* clause (see :meth:`_where`);
        ``said``: the words say it is one ("where"), so a row whose value writes only names the step writes is
        taken as the definition the words make it, not as the step solved for its name."""
        if not clause or not all(item is not None and item.kind == "definition" for item in clause):
            return []
        if any(value(item.body.node) is not None for item in clause):  # \text{iff} \quad x &= 1: a value beside
            return []  # the claim is its condition or consequence, not a where clause that defines its names
        earlier = {key for sides in self.sides[:index] for formula in sides if formula.node is not None
                   for key in keys_in(formula.node)}  # fmt: skip
        if any(_defined_keys(item) & earlier for item in clause):
            return []
        written = {key for formula in self.sides[index] if formula.node is not None for key in keys_in(formula.node)}
        if not said and any(keys_in(item.body.node) <= written for item in clause):  # 2y = 5z \\ y = 2z: solved
            return []
        return [item for item in clause if keys_in(defined_name(item.name.node) or item.name.node) & written]


#: A name as LaTeX writes it: a letter or a Greek letter's command, maybe decorated, maybe with an index.
_WRITTEN_NAME = re.compile(
    r"(?:\\(?:bar|tilde|hat|overline|widetilde|widehat|mathbf|boldsymbol|bm|vec|dot|ddot|check|breve|mathcal)"
    r"\s*\{?\s*)?(?:\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z](?![A-Za-z]))\}?(?:'+)?(?:_\{[^{}]*\}|_\\?\w+)?"
)


#: Nodes whose value is a number, whatever the names in them: a norm, a divergence, a Gaussian density (an absolute
#: value and a density call ``p(\\mathbf{x})`` too): their names are no factor of a product around them (``\\|\\Sigma\\|^{-2} \\|\\mathbf{x}\\|^2``).
_NUMBER_VALUED = (syntax.Norm, syntax.Divergence, syntax.Gaussian)


def _statement_reach(item: Stated) -> set[Key]:
    """The names through which a step reaches ``item``: a definition's name, a law's variables."""
    return _defined_keys(item) if item.kind == "definition" else keys_in(item.name.node)


def _writes_replaced(item: Stated, replacement: Replacement) -> bool:
    """Whether ``item`` (as read under ``replacement``: a definition of its display with A = B where that is exact)
    writes the name it replaces."""
    key = replacement.name.key
    return any(f is not None and f.node is not None and key in keys_in(f.node) for f in (item.name, item.body))


def _definition_replaced(item: Stated, replacement: Replacement) -> Stated:
    """A definition made by a step of the display ``replacement`` governs, read with A = B there; any other
    statement as it is."""
    if item.kind != "definition" or item.origin != "step" or not replacement.governs(item.line):
        return item
    new = rewritten((item.name, item.body), replacement) if item.name is not None and item.body is not None else None
    return item if new is None else replace(item, name=new[0], body=new[1])


def _statement_replaced(item: Stated, replacement: Replacement) -> Stated | None:
    """An order the note states of A's name (``sigma_theta^2(x_t, t) > 0``), read with A = B (``sigma_t^2 > 0``),
    held for the display ``replacement`` governs; None where A = B does not rewrite it exactly."""
    if item.name is None or item.body is not None or item.name.node is None:
        return None
    new = rewritten((item.name, item.name), replacement)
    return None if new is None else replace(item, name=new[0], until=replacement.last)


def _factor_keys(part: syntax.Node, among: dict[int, Key]) -> set[Key]:
    """The keys of the names ``among`` (by identity) that ``part`` writes as a factor of its value: none inside a
    number-valued node (:data:`_NUMBER_VALUED`, an absolute value, a density's value ``p(\\mathbf{x})``); a call
    that is no density may be matrix-valued (``f(\\mathbf{A})``), and its arguments count."""
    if isinstance(part, _NUMBER_VALUED) or (isinstance(part, syntax.Function) and part.function == "abs"):
        return set()
    if law_letter(part) is not None:  # a density's value is a number, whatever its variables
        return set()
    children = (v for value in vars(part).values() for v in (value if isinstance(value, tuple) else (value,)))
    found = {among[id(part)]} if id(part) in among else set()
    return found.union(*(_factor_keys(child, among) for child in children if isinstance(child, syntax.Node)))


def _products(node: syntax.Node, among: dict[int, Key]) -> Iterator[list[tuple[str, str]]]:
    """The letters of the names ``among`` (by identity) that two factors of a product in ``node`` write, two names
    at least (``A B``, ``A (A + B)``, ``(A + B)^2``), for each such product."""

    def factors(part: syntax.Node) -> list[syntax.Node]:
        if isinstance(part, syntax.Binary) and part.operator in ("*", "/"):
            return factors(part.left) + factors(part.right)
        return [part]

    for part in nodes(node) if among else ():
        if isinstance(part, syntax.Binary) and part.operator in ("*", "/"):
            named = [found for found in (_factor_keys(f, among) for f in factors(part)) if found]
        elif isinstance(part, syntax.Power) and not isinstance(part.base, syntax.Name):
            base = _factor_keys(part.base, among)
            named = [base] * 2 if len(base) > 1 else []  # (A + B)^2
        else:
            continue
        both = set().union(*named) if len(named) > 1 else set()
        if len(both) > 1:
            yield sorted({key[:2] for key in both})


def _matrix_names(formula: Formula, matrices: set[tuple[str, str]]) -> dict[int, Key]:
    """The names ``formula`` writes that are matrices by convention, by identity: a bold capital (the identity
    matrix and integration variables aside), or a name of ``matrices`` (letters a definition makes one)."""
    bold = {id(n): n.key for n in bold_names(formula) if n.key[0][:1].isupper()}
    named = {id(n): n.key for n in nodes(formula.node) if isinstance(n, syntax.Name) and n.key[:2] in matrices}
    return bold | named


def _a_vector(name: Formula | None) -> bool:
    """Whether a definition's name is written as a vector by convention: a bold small letter (``\\mathbf{m} :=
    \\mathbf{A}\\mathbf{x}``), which stays a vector whatever its body multiplies."""
    return name is not None and any(n.key[0][:1].islower() for n in bold_names(_own_text(name)))


def _own_text(body: Formula) -> Formula:
    """A definition's body read from its own text, so its names' positions index that text, where its typefaces are
    read (an inline definition's body keeps the positions of the sentence's maths)."""
    return parse(body.text, body.line)


def _shown(letters: list[tuple[str, str]]) -> str:
    """Letters as the note's reader names them: "A, B"."""
    return ", ".join(display_name((*letter, "")) for letter in letters)


def _names_written(step: Step, lhs: Formula, rhs: Formula) -> Formula | None:
    """The names a display's order writes, as one formula (their sum) whose names a counterexample is then not
    trusted on: of its sides where they are read, else of each name its LaTeX writes that reads as one (``\\max(g,
    0)``: g); None where it writes none."""
    for whole in (True, False):  # each read side whole; else (a side read alone may not parse in a sum) its names
        found: list[str] = []
        for side, formula in ((step.lhs, lhs), (step.rhs, rhs)):
            if whole and formula.node is not None:
                found += [f"({side})"]
                continue
            for match in _WRITTEN_NAME.finditer(side):
                try:
                    node = syntax.parse(match.group(), notes=True)
                except (InvalidAnswer, RecursionError):
                    continue
                operands = getattr(node, "operands", (node,)) if not getattr(node, "relations", ()) else ()
                if len(operands) == 1 and isinstance(operands[0], syntax.Name):
                    found.append(match.group())
        if not found:
            return None
        text = " + ".join(found)
        try:
            return Formula(text, step.line, syntax.parse(text, notes=True))
        except (InvalidAnswer, RecursionError):
            continue
    return None


def _block_alias(item: Stated) -> tuple[Key, syntax.Name] | None:
    """``z = \\{x_1, \\ldots, x_t\\}``, ``z := x_{1:t}``: the note's own plain definition of a name alone (no index)
    as a block of another letter -- its key and the block; None for anything else (hedged, supposed, denied)."""
    if item.kind != "definition" or item.origin not in ("inline", "display") or item.until is not None:
        return None
    name, block = (item.name.node if item.name else None), (item.body.node if item.body else None)
    if not (isinstance(name, syntax.Name) and isinstance(block, syntax.Name)):
        return None
    if name.index or ":" not in block.index or name.base == block.base:
        return None
    return name.key, block


def _renamed(node: syntax.Node, key: Key, block: syntax.Name) -> syntax.Node:
    """``node`` with each name ``key`` written as ``block``."""
    if isinstance(node, syntax.Name):
        return replace(block, position=node.position) if node.key == key else node
    changes = {}
    for field_name, member in vars(node).items():
        if isinstance(member, syntax.Node):
            changes[field_name] = _renamed(member, key, block)
        elif isinstance(member, tuple) and member and all(isinstance(v, syntax.Node) for v in member):
            changes[field_name] = tuple(_renamed(v, key, block) for v in member)
    return replace(node, **changes) if changes else node


def _written_in(key: Key, formulas: list[Formula]) -> bool:
    """Whether any of ``formulas`` writes the name ``key``."""
    return any(f.node is not None and key in keys_in(f.node) for f in formulas)


def _variables_only(key: Key, formulas: list[Formula]) -> bool:
    """Whether ``formulas`` write the name ``key`` only where variables stand: a density's arguments or what it
    is given, the variables of an expectation or an integral (nowhere as a value, nor applied as a function)."""
    written = [n for f in formulas if f.node is not None for n in nodes(f.node)]
    places = [
        member
        for n in written
        for member in (
            (*n.arguments, *n.given)
            if isinstance(n, syntax.Call)
            else n.variables
            if isinstance(n, (syntax.Expectation, syntax.Integral))
            else ()
        )
    ]
    named = sum(isinstance(n, syntax.Name) and n.key == key for n in written)
    return named == sum(isinstance(n, syntax.Name) and n.key == key for n in places)


def _alias_said_again(key: Key, line: int, inline: tuple[Inline, ...]) -> bool:
    """Whether a sentence after line ``line`` writes the name ``key`` alone in its maths, as words say what a name
    is ("In a VAE the latent $z$ is a single vector", "$z$ denotes the code"): they may make it another thing,
    which an alias made before does not follow (a density of it, $q(z \\mid x_0)$, says nothing of what it is).  An
    empty subscript or superscript renders nothing (``z_{}``, ``z^{}``: the name alone, rt51b-20, 21)."""
    return any(
        said.line > line
        and isinstance(node := parse(_EMPTY_SCRIPT.sub("", said.text), said.line).node, syntax.Name)
        and node.key == key
        for said in inline
    )


#: An empty subscript or superscript (``_{}``, ``^{ }``), which TeX renders as nothing.
_EMPTY_SCRIPT = re.compile(r"[_^]\s*\{\s*\}")


def _aliased(
    stated: list[Stated], steps: list[Step], sides: list[tuple[Formula, Formula]], inline: tuple[Inline, ...] = ()
) -> list:
    """The steps' sides with each name a block alias defines (:func:`_block_alias`) written as its block in the
    steps after the alias: z is then x_{1:t} itself.  Only where the note writes the name for nothing else: no
    other statement writes it (a law of its own, a second definition, a relation, a condition), no sentence after
    the alias writes it in words that may make it another thing (:func:`_alias_said_again`), no step before
    the alias writes it, and every step writes it only where variables stand (:func:`_variables_only`)."""
    for alias in stated:
        found = _block_alias(alias)
        if found is None:
            continue
        key, block = found
        others = [f for item in stated if item is not alias for f in (item.name, item.body) if f is not None]
        before = [f for step, pair in zip(steps, sides) if step.line <= alias.line for f in pair]
        everywhere = [f for pair in sides for f in pair]
        if _written_in(key, others + before) or not _variables_only(key, everywhere):
            continue
        if _alias_said_again(key, alias.line, inline):
            continue
        sides = [
            tuple(replace(f, node=_renamed(f.node, key, block)) if f.node is not None else f for f in pair)
            if step.line > alias.line
            else pair
            for step, pair in zip(steps, sides)
        ]
    return sides
