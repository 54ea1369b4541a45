"""What a note states before a step: definitions, laws, bounds, named contexts, in the order of the text.

A note states things in several ways, and each becomes an assumption of the
steps after it:

* a definition in display maths (``name := body``, ``\\triangleq``, a defining
  ``\\equiv``) or in a sentence (``Let $\\alpha_t = 1 - \\beta_t$``: inline maths whose
  left side is a name and whose right side is not a number -- ``$t = 1$`` in a
  sentence is a condition, not a definition);
* an equation of display maths whose left side is a name the note has not
  defined yet (``x_t = \\sqrt{\\alpha_t} x_{t-1} + \\dots``, ``q(x_t | x_{t-1}) =
  \\mathcal{N}(\\dots)`` for a law not used before, ``\\sigma^2 = \\dots``): the note
  introduces the name there, so the equation is its definition, not a claim
  (unless a context the note declared gives the name its meaning:
  ``\\tilde\\beta_t = \\dots`` under ``context ddpm``);
* a law (``z_{t-1}, z_{t-2}, \\dots \\sim \\mathcal{N}(0, I)``: several variables
  given one law are independent, the statistician's convention);
* a chain: the first equation for a joint density (a step, a definition, or in
  a sentence), written as the product of its transitions (``q(x_{1:T} | x_0) = \\prod_{t=1}^T q(x_t | x_{t-1})``,
  :mod:`diffproof.notecheck.chains`), states the model, and its transitions may
  then be defined (unless a declared context states the model: then it is a claim);
  so does a step that factors joint densities in place and changes nothing else,
  the first time the note factors them.  "First" means before any claim about the
  joint (writing it in the definition of another name, ``\\mathcal{K} := \\mathbb{E}[\\log
  p(x_{0:T}) / q(x_{1:T} | x_0)]``, states nothing about it);
* the directives ``assume`` (a bound, or a law), ``let`` (an equation) and
  ``context`` (a named context: :mod:`diffproof.notecheck.contexts`).

A name the note defines twice, differently, is not used (the note is
discussing it, or contradicts itself); nor is a statement the kernel cannot
model (a sum over an index, a matrix): its names are *disputed*, and no step
about them is refuted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.applications import (
    CONSTANT_LETTERS,
    always_applied,
    applied_to_numbers,
    defined_as_functions,
    ever_applied,
)
from diffproof.notecheck.chains import law_letter, same
from diffproof.notecheck.contexts import CONTEXTS, NOISES, gives_meaning
from diffproof.notecheck.numbers import value
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
)
from diffproof.notecheck.statements.formulas import (
    LAWS,
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
)
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
    indices_only,
)
from diffproof.notecheck.statements.inline import _PARENTHESES, _inline, _sentence_formulas
from diffproof.notecheck.statements.lead_ins import (
    _ASSUMABLE,
    _CONSEQUENT,
    _EXAMPLE_REMARK,
    _LEAVING_EXAMPLE,
    _LETTING,
    _MODELLING,
    _ORDERS,
    _REDEFINING,
    _approximate_displays,
    _assumed_displays,
    _denied_displays,
    _last_clause,
    _lead_ins,
    _supposes,
)
from diffproof.notecheck.statements.meanings import (
    _constant_named,
    _denoted,
    _meant,
    _notations_in_words,
    _role_in_words,
)
from diffproof.notecheck.statements.orders import (
    _BOUND_RELATIONS,
    _NUMBER_IN_WORDS,
    _READ_AS_CONSTANTS,
    _SPELLED,
    _bound_of_a_name,
    _bounded_in_words,
    _compared_in_words,
    _plain,
    _size_in_words,
    _valued_in_words,
    _vanishing_in_words,
)
from diffproof.notecheck.statements.sentences import (
    _INLINE_DOLLARS,
    _MATHS,
    _NEGATED,
    _NUMBERS_ONLY,
    _SENTENCE_END,
    _SENTENCE_MATHS,
    _SENTENCES,
    _prose_lines,
    _raw_sentences,
    _sentences,
    _words_around,
    _words_of,
)
from diffproof.notecheck.vocabulary import (
    COORDINATE,
    RANDOM,
    UNREAD_SCALE,
    Parametrisation,
    display_name,
    index_value,
    keys_in,
    nodes,
    shifted,
)
from diffproof.notes import Inline, Notes, Problem, Prose


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
    #: The names the note writes, anywhere, applied to arguments (mu_theta(x_t, t), h(x_t)): written bare, such
    #: a name may be that function of them, not a constant.
    function_names: frozenset[Key] = frozenset()
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
    #: (the words hold of the name wherever, and they only keep counterexamples from being trusted).
    worded: list[Stated] = field(default_factory=list)
    #: What N's second parameter is where a sentence says it is not a variance; None for a variance.
    gaussian_scale: Parametrisation | None = None
    #: The first lines of the displays that end a sentence denying them or setting them as a goal ("We cannot
    #: assume that $$ c = a + b $$", "Let us prove that"): what they write defines nothing.
    denied: frozenset[int] = frozenset()
    #: The first lines of the displays whose sentence makes their equations approximations or limits ("For large
    #: $T$, approximately,"): a counterexample to an exact equation there is not trusted.
    approximate: frozenset[int] = frozenset()
    #: The base of ``\\log`` where a sentence gives the note's logarithms one ("All logarithms are to base 2"), and
    #: its line; None for the natural logarithm.
    log_base: tuple[int | None, int] | None = None
    #: The laws the note writes both given a model's parameter and without it, of the same variables (q(Z | theta)
    #: and q(Z)), the parameter never a density's variable: theta may index one law, where the kernel reads a
    #: random variable it conditions on.
    parameter_given: frozenset[Key] = frozenset()

    @classmethod
    def of(cls, notes: Notes) -> Timeline:
        timeline = cls(notes)
        timeline._read()
        return timeline

    def _read(self) -> None:
        for definition in self.notes.definitions:
            self.stated.append(Stated("definition", definition.line, f"{definition.name} := {definition.body}",
                                      parse(definition.name, definition.line), parse(definition.body, definition.line),
                                      "display"))  # fmt: skip
        for law in self.notes.laws:
            self.stated.append(Stated("law", law.line, f"{law.variable} \\sim {law.law}",
                                      _variables(law.variable, law.line), parse(law.law, law.line), "display"))  # fmt: skip
        for inline in self.notes.inline:
            after = [last for first, last in self.notes.displays if first > inline.line]
            found = _inline(inline.text, inline.line, min(after, default=None)) + (_denoted(inline) or _meant(inline))
            found = [_at_pins(item, pins) for item in found] if (pins := _sentence_pins(inline, self.notes)) else found
            found += _redefined_in_words(inline) + _freed(inline)
            found += _indices_equal_in_words(inline, min(after, default=None))
            conventions = [item for item in found if item.origin == "convention"]  # what the conventions say
            found = [item for item in found if item.origin != "convention"]
            if any(item.origin == "narrowing" for item in found):  # "For $t \ge 2$," right before a display
                runs_on = self._runs_into_display(inline)
                found = [scoped for item in found if (scoped := _narrowing(item, inline, runs_on)) is not None]
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
            if _hypothetical(inline) and not _conditional(
                inline
            ):  # "If we set $c = 3$": not a law, which sets the scene ("if $z \sim N$")
                found = [
                    c
                    for item in found
                    for c in (_as_conditions([item]) if item.kind not in (*LAWS, "relation") else [_supposed(item)])
                ]
            if _attributed(inline) and not _hypothetical(inline):  # "Some authors set $c = a + b$; we do not."
                found = [c for item in found for c in (_as_conditions([item]) if item.kind == "definition" else [item])]
            elif _example(inline) and not _hypothetical(inline):  # "For example, take $c = a + b$."
                found = [c for item in found for c in self._an_example(item)]
            if conventions and not _denied(inline) and _lifting(inline):  # "We drop the requirement $\sigma > 0$"
                found += [
                    replace(item, text=f"{item.text} (set aside)", origin="words", denied=True) for item in conventions
                ]
            if _denied(inline) and not _conditional(inline) and not _hypothetical(inline):
                # "We cannot assume $c = 3$", "Let us prove that $c = 3$", "... and not $c = 4$": it holds nowhere,
                # but what it says of its names keeps their counterexamples untrusted (the words may deny another)
                kept = [item for item in found if item.kind == "freed" and _freeing_denies(inline)]
                found = _as_relations([item for item in found if item.kind != "bound" and item not in kept]) + kept
                found += [  # "We do not assume $\sigma > 0$": the convention gives way
                    replace(item, text=f"{item.text} (denied)", origin="words", denied=True) for item in conventions
                ]
            if _plain(inline) and not _conditional(inline):
                found = [replace(item, plain=True) for item in found]
            self.stated.extend(_as_conditions(found) if _conditional(inline) else found)
        for directive in self.notes.directives:
            self.stated.extend(_directive(directive.kind, directive.text, directive.line))
        self.denied = _denied_displays(self.notes)
        self.assumed = _assumed_displays(self.notes)
        lead_ins = _lead_ins(self.notes)
        self.letting = frozenset(first for first, words in lead_ins.items() if _LETTING.match(words))
        self.supposed = frozenset(first for first, words in lead_ins.items() if _supposes(words))
        self.redefining = frozenset(
            first for first, words in lead_ins.items() if _REDEFINING.search(_last_clause(words))
        )
        self.consequent = frozenset(first for first, words in lead_ins.items() if _CONSEQUENT.match(words))
        self.examples = frozenset(first for first, words in lead_ins.items() if _EXAMPLE_LEAD_IN.search(words))
        self.approximate = _approximate_displays(self.notes)
        self.modelled = (
            frozenset(  # "The model draws them independently:", "We assume", "Let": a model stated
                first
                for first, words in _lead_ins(self.notes).items()
                if _MODELLING.search(words) or _INDEPENDENT.search(words)
            )
            - self.denied
        )
        denied = [item for item in self.stated if item.origin == "display" and self._denied_at(item.line)]
        self.stated = [item for item in self.stated if item not in denied] + _as_relations(denied)
        self.stated.sort(key=lambda item: item.line)
        self.dimension = _dimension(self.notes)
        self.dimension_said = _dimension_in_words(self.notes)
        self.matrices = _matrices(self.notes)
        self.constrained = frozenset(
            letter for letter, line in self.matrices.items()
            if any(_MATRIX_PROPERTY.search(inline.sentence) for inline in self.notes.inline if inline.line == line)
        )  # fmt: skip
        self.sides = [(parse(step.lhs, step.line), parse(step.rhs, step.line)) for step in self.notes.steps]
        self.sides = [self._pinned(step.line, sides) for step, sides in zip(self.notes.steps, self.sides)]
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
        self._steps()
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
        self.worded += [item for inline in self.notes.inline for item in _constant_named(inline)]
        self.worded += [item for inline in self.notes.inline for item in _compared_in_words(inline)]

        self.worded += [item for inline in self.notes.inline for item in _valued_in_words(inline)]
        self.worded += _vanishing_in_words(self.notes)
        self.worded += [item for inline in self.notes.inline for item in _noise_law_in_words(inline)]
        self.worded += _noise_in_plain_sentences(self.notes)
        self.worded += [item for inline in self.notes.inline for item in _role_in_words(inline)]
        self.worded += [item for inline in self.notes.inline for item in _independent_in_words(inline)]
        self.worded += _independent_in_paragraph(self.notes)
        self.worded += _unchained_in_words(self.notes)
        self.worded += _changed_step_in_words(self.notes)
        self.worded += _dependent_noises(self.notes)
        self.worded += _laws_in_words(self.notes) + _notations_in_words(self.notes)
        self.worded += _parameters_in_words(self.notes, _law_parameters(self.stated))
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
        for step, (lhs, rhs) in zip(self.notes.steps, self.sides):
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
                and not CONDITION.search(step.remark.strip())  # sigma~^2 = sigma_A^2 \quad if a = 0: not for all a
                and not _NEGATED.search(step.remark)  # \text{not } c = a + b, c = a + b \quad \text{(wrong!)}
                and not any(item.until is not None and item.line <= step.line <= item.until for item in self.stated)
                and not _spelled_twice(target, self.spellings)
                and not _mentions(rhs.node, target)
                and not _instance(target, defined)
                and not _circular(target, rhs.node, bodies)
                and not (declared and gives_meaning(target, rhs.node, _tied_noises(target, bodies)))
                and (
                    (  # the first equation of a name: a definition, or "Then" $$ y = 3x $$ after $$ y = c x $$
                        (name_key(target) in factors and name_key(target) not in defined and not declared)
                        or not self._is_claim(target, rhs.node, defined, laws_used, gaussians)
                    )
                    and not (self._at(self.consequent, step.line) and name_key(target) in equated)
                    or self._redefines(target, rhs.node, values, step.line)
                )
                and (self._at(self.supposed, step.line) or not self._denied_at(step.line))  # "Had we chosen"
            ):
                if self._at(self.supposed, step.line):  # "If we set", "Had we chosen", "Other texts define"
                    introduced = Stated("assumption", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
                else:  # a first definition, or a second one ("take instead", "we redefine"): then in dispute
                    introduced = Stated("definition", step.line, f"{step.lhs} = {step.rhs}", lhs, rhs, "step")
                    values[name_key(target)] = rhs.node
                    if self._at(self.examples, step.line) or _EXAMPLE_REMARK.search(step.remark):
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
            if introduced is None and equation and isinstance(target, syntax.Name) and self._denied_at(step.line):
                # "A common error is to write" $$ c = 3 $$: it defines nothing, but after it no counterexample
                # about c is trusted (the words may deny something else than the value it gives c)
                after = self._display_end(step.line) + 1
                self.stated.append(Stated("relation", after, f"{step.lhs} = {step.rhs} (denied)", lhs, None, "inline",
                                          denied=True))  # fmt: skip
            if introduced is None and equation and target is not None and not self._denied_at(step.line):
                equated.add(name_key(target))
            start = _start_law(lhs, rhs, claim=introduced is None) if equation else None
            if start is not None:  # $$ q(x_0) = N(x_0; 0, 1) $$: a claim, and the data's law for the steps after it
                self.stated.append(Stated("unread law", self._display_end(step.line) + 1, f"{step.lhs} = {step.rhs}",
                                          start, None, "step"))  # fmt: skip
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
        example ends (:meth:`_example_end`), and after it no counterexample about the name is trusted."""
        end = self._example_end(item.line) if item.kind == "definition" and item.until is None else None
        if end is None:
            return [item]
        left = Stated("relation", end + 1, f"{item.text} (an example's value)", item.name, None, "inline")
        return [replace(item, until=end), left]

    def _modelled_at(self, line: int) -> bool:
        """Whether ``line`` lies in a display whose sentence states a model (:data:`_MODELLING`, independence)."""
        return any(first <= line <= last for first, last in self.notes.displays if first in self.modelled)

    def _assumed_at(self, line: int) -> bool:
        """Whether ``line`` lies in a display that ends a sentence only assuming it ("Assume that")."""
        return any(first <= line <= last for first, last in self.notes.displays if first in self.assumed)

    def _denied_at(self, line: int) -> bool:
        """Whether ``line`` lies in a display that ends a sentence denying it or setting it as a goal."""
        return any(first <= line <= last for first, last in self.notes.displays if first in self.denied)

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
        ``p_\\theta(x)``: the kernel would read it for both)."""
        line = self.notes.steps[index].line
        found = [item for item in self.stated if item.line <= line and (item.until is None or line <= item.until)
                 and item not in self.set_aside]  # fmt: skip
        found += [
            item for item in self.introduces[:index] if item is not None and (item.until is None or line <= item.until)
        ]
        return found + self._where(index) + self._beside(index) + self.worded

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

    def reached_keys(self, index: int) -> set[Key]:
        """The names step ``index`` writes, and those of the definitions it uses, in turn."""
        return {key for formula in self._reached(index) for key in keys_in(formula.node)}

    def _reached(self, index: int) -> list[Formula]:
        """Step ``index``'s sides and the bodies of the definitions before it that its names reach, in turn."""
        formulas = [f for f in self.sides[index] if f.node is not None]
        definitions = [item for item in self.before(index)
                       if item.kind == "definition" and item.readable and item.name is not None]  # fmt: skip
        keys = {key for f in formulas for key in keys_in(f.node)}
        reached: list[Stated] = []
        while True:
            more = [d for d in definitions if d not in reached and _defined_keys(d) & keys]
            if not more:
                return formulas + [d.body for d in reached if d.body is not None and d.body.node is not None]
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
        N(mu~, sigma~^2)`` over ``1/sigma~^2 = ...`` and ``mu~ = ...``): its *where* clause, which holds for it."""
        clause = self._later_in_display(index)
        if not clause or not all(item is not None and item.kind == "definition" for item in clause):
            return []
        if any(value(item.body.node) is not None for item in clause):  # \text{iff} \quad x &= 1: a value beside
            return []  # the claim is its condition or consequence, not a where clause that defines its names
        written = {key for formula in self.sides[index] if formula.node is not None for key in keys_in(formula.node)}
        return [item for item in clause if keys_in(defined_name(item.name.node) or item.name.node) & written]


#: Words that give a noise a law other than the standard normal a context declares: another family, or a
#: variance or scale ("the noise $\epsilon$ has variance $4$", "$\epsilon$ is uniform on $[-1, 1]$") unless it is
#: said to be one ("unit variance").
_OTHER_FAMILY = re.compile(
    r"\b(?:uniform\w*|laplac\w*|bernoulli|rademacher|student\w*|cauchy|poisson|exponentially|categorical"
    r"|heavy-tailed|non-?gaussian|non-?normal|not\s+(?:a\s+)?(?:gaussian|normal)|gleichverteilt\w*|uniforme)\b"
    r"|±|一様|均匀|균등",  # (a noise \\in \\{-1, 1\\} is read from its maths)
    re.IGNORECASE,
)
_SCALE_WORDS = re.compile(
    r"\b(?:(?:co)?variances?|standard\s+deviations?|std|scale|precision|[ée]cart-type|varianz)\b"
    r"|分散|方差|标准差|標準偏差|분산|표준편차",
    re.IGNORECASE,
)
_UNIT = re.compile(r"\b(?:unit|one|identity|I)\b|単位|单位", re.IGNORECASE)
#: A law's noun scaled in words ("a standard normal scaled by two", "a rescaled Gaussian", "twice a standard
#: normal"): the noise said to be it has that scale, not one, unless the words make it one ("scaled by one").  A
#: noise itself scaled ("$\epsilon$ scaled by $\sqrt{\beta_t}$ is added") is another variable, its law kept.
_SCALED_LAW = re.compile(
    r"\b(?:normal|gaussian|N\(0,\s*1\))\w*\s+(?:variables?\s+|draws?\s+)?(?:(?:re)?scaled|multiplied)\s+(?:up\s+|down\s+)?by\b"
    r"|\b(?:re)?scaled\s+(?:standard\s+)?(?:normal|gaussian)|\b(?:twice|double|thrice|half)\s+(?:of\s+)?(?:a|the)\s+"
    r"(?:standard\s+)?(?:normal|gaussian)",
    re.IGNORECASE,
)

_TIMES = {"twice": sp.Integer(2), "double": sp.Integer(2), "thrice": sp.Integer(3), "half": sp.Rational(1, 2)}
_TIMES_A_LAW = re.compile(
    r"\b(twice|double|thrice|half)\s+(?:of\s+)?(?:a|the)\s+(?:standard\s+)?(?:normal|gaussian)", re.I
)
_SPELLED_SCALE = re.compile(
    r"(?:\b(?:(?:co)?variances?|standard\s+deviations?|scale|by)\s+(?:(?:of|is|equal\s+to|equals)\s+)?(?:a\s+|one\s+)?)"
    rf"({'|'.join(_SPELLED)})\b",
    re.IGNORECASE,
)
#: A noise named in words ("the noise has standard deviation $2$"), with no maths for it.
_NOISE_WORD = re.compile(r"\bnois\w*|\bbruit\w*|\bRauschen\b|\bruido\w*|噪声|噪音|ノイズ|노이즈", re.IGNORECASE)
#: What a sentence's maths may say of a noise's scale: ``\\mathrm{Var}(\\epsilon_t) = 4``, ``\\mathbb{E}[\\epsilon^2] = 4``.
_SCALE_OPERATORS = frozenset({"Var", "Cov", "var", "cov"})


def _numbers_said(sentence: str) -> list[sp.Expr]:
    """The numbers a sentence gives, in its words ("variance 4") or as maths that is a number alone
    (``$\\frac{1}{3}$``); a number that cannot be read is not 1."""
    found: list[sp.Expr] = []
    for match in _SENTENCE_MATHS.finditer(sentence):
        maths = next(group for group in match.groups() if group is not None).strip().strip("`")  # GitHub's $`1`$
        if maths.strip() and _NUMBERS_ONLY.fullmatch(maths) and re.search(r"\d", maths):
            number = value(parse(maths, 0).node)
            found.append(number if number is not None else sp.nan)
    plain = _SENTENCE_MATHS.sub(" ", sentence)
    found += [sp.Rational(n.replace("−", "-")) for n in _NUMBER_IN_WORDS.findall(plain)]
    found += [_SPELLED[n.lower()] for n in _SPELLED_SCALE.findall(plain)]
    found += [_TIMES[n.lower()] for n in _TIMES_A_LAW.findall(plain)]  # "twice a standard normal"
    return found


#: Words right before a unit that set it aside ("instead of unit variance", "rather than one").
_NOT_UNIT = re.compile(
    r"\b(?:instead\s+of|in\s+place\s+of|rather\s+than|other\s+than|than|unlike|not|no\s+longer)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _unit_in(sentence: str) -> bool:
    """Whether a sentence's words make a scale one ("unit variance", "the identity"), not set aside ("instead of")."""
    plain = _SENTENCE_MATHS.sub(" ", sentence)
    return any(not _NOT_UNIT.search(plain[: unit.start()]) for unit in _UNIT.finditer(plain))


#: A mean of zero said beside a scale ("mean $0$ and variance $1$"): its zero is no scale.
_ZERO_MEAN = re.compile(
    r"\b(?:zero[-\s]mean|(?:mean|expectation|expected\s+value)\s+(?:(?:of|is|equal\s+to|equals)\s+)*"
    r"(?:\$\s*0\s*\$|0|zero))",
    re.IGNORECASE,
)


def _unit_said(sentence: str, words: str) -> bool:
    """Whether a sentence that gives a noise a scale makes it one: "unit variance", or every number it gives 1
    ("instead of unit variance, variance 4" does not; "mean $0$ and variance $1$" does)."""
    if _unit_in(sentence):
        return True
    numbers = _numbers_said(_ZERO_MEAN.sub(" ", sentence))
    return bool(numbers) and all(number == 1 for number in numbers)


def _scaled_noise(node: syntax.Node | None) -> syntax.Name | None:
    """The noise a sentence's equation gives a variance other than one (``\\mathrm{Var}(\\epsilon_t) = 4``,
    ``\\mathbb{E}[\\epsilon_t^2] = \\frac{1}{3}``, a value that is no number) or a mean other than zero
    (``\\mathbb{E}[\\epsilon_t] = 1``), or None."""
    if not (isinstance(node, syntax.Statement) and node.relations == ("=",)):
        return None
    for side, other in (node.operands, node.operands[::-1]):
        if not isinstance(side, syntax.Expectation):
            continue
        body = side.body
        first = side.operator == "E" and isinstance(body, syntax.Name)  # E[epsilon_t] = 1: a mean other than zero
        if side.operator == "E" and isinstance(body, syntax.Power) and value(body.exponent) == 2:
            body = body.base
        elif side.operator not in _SCALE_OPERATORS and not first:
            continue
        noise = isinstance(body, syntax.Name) and body.base in NOISES and (body.base == "epsilon" or body.decoration
                                                                            or body.index)  # fmt: skip
        unit = value(other) == 1 or (isinstance(other, syntax.Name) and other.key in COORDINATE)
        if first:  # E[epsilon_t] = 1: a number other than zero (a name may be the zero vector)
            unit = value(other) is None or value(other) == 0
        if noise and not unit:
            return body
    return None


#: A mean given in words with a number ("mean one", "has mean $1$", "an expectation of 2", "non-zero mean"), in
#: German and French too: a noise with a mean other than zero is no standard normal.
_MEAN_SAID = re.compile(
    r"\b(?:non-?zero|nonvanishing|non-vanishing|von\s+null\s+verschieden\w*|non\s+nulle?)\s+(?:mean|expectation|Erwartungswert|moyenne)\b"
    r"|\b(?:means?|expectations?|expected\s+values?|averages?|centred\s+at|centered\s+at|Erwartungswert|moyenne|esp[ée]rance)"
    r"\s+(?:(?:of|is|are|equal\s+to|equals|=|von|de|gleich|vaut)\s+)*(?P<number>[-−]?\d+(?:\.\d+)?|one|two|three|four|five|ten"
    r"|a\s+half|half|eins|zwei|un|une|deux)\b",
    re.IGNORECASE,
)


def _mean_said(sentence: str) -> str:
    """The words of a sentence that give a mean other than zero ("mean one"), or ''."""
    for found in _MEAN_SAID.finditer(_words_of(sentence)):
        number = found.group("number")
        if number is None or number.lower() not in ("0", "-0", "0.0"):
            return found.group(0)
    return ""


def _noise_law_in_words(inline: Inline) -> list[Stated]:
    """``the noise $\\epsilon$ has variance $4$``: a noise-named variable (:data:`~contexts.NOISES`) set alone in
    a sentence whose words give it another family or a scale other than one (or a sentence's equation that gives
    its variance, ``\\mathrm{Var}(\\epsilon_t) = 4``; or "the noise has standard deviation $2$", a noise named in
    words and given a number other than one for its scale, every noise of the context then).  A declared context's
    standard normal is then not its law (a ``noise law``: its letter is disputed)."""
    member = re.match(r"\s*(.+?)\\in(?![A-Za-z])", inline.text)  # epsilon \in \{-1, 1\}: values of its own
    node = parse(member.group(1) if member else inline.text, inline.line).node
    try:
        scaled = _scaled_noise(syntax.parse(inline.text, notes=True))
    except (InvalidAnswer, RecursionError):
        scaled = None
    if scaled is not None:
        said = f"${inline.text.strip()}$"
        return [Stated("noise law", inline.line, said, Formula(said, inline.line, scaled), None, "words")]
    words = _words_of(inline.sentence)
    if not (isinstance(node, syntax.Name) and node.base in NOISES and (node.base == "epsilon" or node.decoration
                                                                       or node.index)):  # fmt: skip
        return _noise_in_words(inline, words)
    if member is not None:
        said = f"${inline.text.strip()}$"
        return [Stated("noise law", inline.line, said, Formula(said, inline.line, node), None, "words")]
    found = _OTHER_FAMILY.search(words)
    scale = _SCALE_WORDS.search(words) or _SCALED_LAW.search(words)
    if found is None and scale is not None and not _unit_said(inline.sentence, words):
        found = scale
    mean = _mean_said(inline.sentence) if found is None else found.group(0)
    if not mean:
        return []
    said = f"${inline.text.strip()}$ beside the word '{mean}'"
    return [Stated("noise law", inline.line, said, Formula(said, inline.line, node), None, "words")]


def _noise_in_words(inline: Inline, words: str) -> list[Stated]:
    """ "Here the noise has standard deviation $2$": a sentence that names the noise in words only (no noise-named
    maths) and gives its scale a number other than one disputes every noise of the context (ε_t, z_t)."""
    noise = _NOISE_WORD.search(words)
    scale = _SCALE_WORDS.search(words) or _SCALED_LAW.search(words)
    mean = _mean_said(inline.sentence)  # "the noises have mean one": no standard normal either
    if noise is None or (scale is None and not mean) or (not mean and _unit_in(inline.sentence)):
        return []
    numbers = _numbers_said(inline.sentence)
    if not mean and (not numbers or all(number == 1 for number in numbers)):
        return []  # "noise with variance $\\beta_t$": the context's scaled noise, not its law
    for maths in _SENTENCE_MATHS.finditer(inline.sentence):
        written = parse(next(g for g in maths.groups() if g is not None).strip().strip("`"), inline.line).node
        if written is not None and any(isinstance(n, syntax.Name) and n.base in NOISES for n in nodes(written)):
            return []  # a noise the maths names: read by its name
    said = f"the {noise.group(0)} beside the word{'s' if mean else ''} '{mean or scale.group(0)}'"
    return [Stated("noise law", inline.line, said, Formula(said, inline.line, parse(f"\\{base}_t" if base == "epsilon"
            else f"{base}_t", inline.line).node), None, "words") for base in sorted(NOISES)]  # fmt: skip


def _noise_in_plain_sentences(notes: Notes) -> list[Stated]:
    """ "Here the noise has variance 4 rather than one": a sentence with no maths at all is read as
    :func:`_noise_in_words` reads one with maths (a noise named in words given a scale other than one disputes
    every noise of the context); a sentence with maths is read there, through its maths."""
    found = []
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _sentences(text):
                if "$" in sentence or "\\(" in sentence or not sentence.strip():
                    continue
                inline = Inline("", paragraph.line + offset, sentence)
                found += _noise_in_words(inline, _words_of(sentence))
                tied = _DEPENDENT.search(sentence) or _DEPENDS.search(sentence)
                if tied and _NOISE_WORD.search(sentence) and _DATA.search(sentence):  # "the noise depends on the data"
                    said = f"the noise tied to the data ({' '.join(sentence.split())[:60]})"
                    found += [Stated("noise law", inline.line, said, Formula(said, inline.line, parse(
                        f"\\{base}_t" if base == "epsilon" else f"{base}_t", inline.line).node), None, "words")
                        for base in sorted(NOISES)]  # fmt: skip
    return found


#: Words that make N's second parameter a standard deviation or a precision, in a sentence that writes N with a
#: bare name there and no word for a variance.
_SCALES = {
    "standard deviation": re.compile(
        r"\b(?:standard\s+deviations?|std|scale)\b|[ée]cart-type|Standardabweichung|标准差|標準偏差|표준편차",
        re.IGNORECASE,
    ),
    "precision": re.compile(r"\bprecisions?\b|精度", re.IGNORECASE),
}
_VARIANCE_WORDS = re.compile(r"\b(?:co)?varian\w*|分散|方差|분산", re.IGNORECASE)


def _gaussian_scale(inline: Inline) -> Parametrisation | None:
    r"""``$\mathcal{N}(\mu, \sigma)$ ... with mean $\mu$ and standard deviation $\sigma$``: the note's N takes a
    standard deviation (or a precision) as its second parameter, which the sentence writes as a bare name (N(mu,
    sigma^2) beside "standard deviation sigma" is the usual variance).  The word must stand right beside that
    name's maths; said otherwise ("its standard deviation is $\sqrt{s}$", "double precision", under a negation),
    the parametrisation is not known (``unread``) and no step through N is read."""
    node = parse(inline.text, inline.line).node
    written = [n.covariance for n in nodes(node) if isinstance(n, syntax.Gaussian)] if node is not None else []
    bare = {c.key for c in written if isinstance(c, syntax.Name) and c.key not in _READ_AS_CONSTANTS}
    words = _words_of(inline.sentence)
    found = next(((scale, said) for scale, said in _SCALES.items() if said.search(words)), None)
    if not bare or found is None or _VARIANCE_WORDS.search(words):
        return None
    scale, said = found
    for maths in re.finditer(r"\$`?([^$`]+)`?\$", inline.sentence):
        named = parse(maths.group(1), inline.line).node
        if not (isinstance(named, syntax.Name) and named.key in bare):
            continue
        before, after = inline.sentence[: maths.start()][-30:], inline.sentence[maths.end() :][:30]
        beside = re.search(rf"(?:{said.pattern})\s*$", before, re.IGNORECASE) or re.match(
            rf"\s*(?:is|,)?\s*(?:the|its|a)?\s*(?:{said.pattern})", after, re.IGNORECASE)  # fmt: skip
        if beside and not _NEGATED.search(words):
            return Parametrisation(scale, inline.line)
    return Parametrisation(UNREAD_SCALE, inline.line)


#: A sentence that gives the note's logarithms a base: "All logarithms are (to) base 2", "$\log$ is base $2$", "we
#: use base-2 logarithms", "logs are in bits", 以 2 为底的对数, 底が 2 の対数, 밑이 2인 로그.  Said otherwise (of
#: one quantity, denied, per dimension), the base is not read at all: see :func:`_log_base`.
_LOG_BASES = (
    re.compile(r"\blog(?:arithm)?s?\b(?:\s+[\w-]+){0,5}?\s+(?:are|is)\s+(?:all\s+|always\s+)?(?:taken\s+|computed\s+)?"
               r"(?:to\s+|in\s+|with\s+)?(?:the\s+)?base[\s-]*(?:of\s+)?(\d+)\b", re.IGNORECASE),
    re.compile(r"\b(?:we\s+(?:use|take|write)|all|every)\s+(?:the\s+)?(?:logarithms?\s+|logs?\s+)?(?:to\s+|in\s+)?base[\s-]*(\d+)"
               r"(?:\s+log(?:arithm)?s?\b|\s+throughout|\s+everywhere)", re.IGNORECASE),
    re.compile(r"\blog(?:arithm)?s?\b(?:\s+[\w-]+){0,5}?\s+(?:are|is)\s+(?:measured\s+|expressed\s+)?in\s+(bits)\b", re.IGNORECASE),
    re.compile(r"以\s*(\d+)\s*为底的?(?:对数|對數)|底[がを]\s*(\d+)\s*の対数|밑이\s*(\d+)\s*인\s*로그"),
)  # fmt: skip


def _log_base(paragraph: Prose) -> tuple[int | None, int] | None:
    """The base a sentence of the paragraph gives the note's logarithms (bits: 2), with its line; a base of None
    where a sentence speaks of the logarithms' base in a way not read ("\\log denotes \\log_2", "not base 2",
    "bits per dimension", bits and nats at once): then no step through a logarithm is read.  None: no such
    sentence."""
    text = paragraph.text
    for sentence in _SENTENCES.finditer(text):
        written = sentence.group(0)
        said = _words_of(re.sub(r"\$\s*\\(?:log|ln)\s*\$", " log ", written))  # "$\log$ is to base $2$"
        if not _LOG_WORD.search(said) and ("\\log" in written or "\\ln" in written):
            said += " log"
        cued = _BASE_CUE.search(said) or _LOG_WITH_BASE.search(written)
        if not (_LOG_WORD.search(said) and cued) or _NATURAL_BASE.search(said):
            continue
        line = paragraph.line + text.count("\n", 0, sentence.start())
        found = next((m for m in (pattern.search(said) for pattern in _LOG_BASES) if m is not None), None)
        cues = {cue.lower() for cue in _BASE_CUE.findall(said)}
        if cues and cues <= {"nat", "nats"}:
            continue  # "measured in nats": the natural base
        if found is None or _NEGATED.search(said) or cues & {"nat", "nats"} or _PER.search(said):
            return None, line
        base = next(group for group in found.groups() if group is not None)
        return (2 if base == "bits" else int(base)), line
    return None


#: What a sentence about the logarithms' base says it with, and the sentences of a paragraph.
_LOG_WORD = re.compile(r"\blog(?:arithm)?s?\b|对数|對數|対数|로그", re.IGNORECASE)
_BASE_CUE = re.compile(
    r"\b(?:base|bits?|nats?)\b|\bbinary\s+log|\blog(?:2|10)\b|[为為]底|底[がをは]|밑[이을]", re.IGNORECASE
)
#: A logarithm written with its base in the maths: ``\\log_2``, ``\\log_{10}``.
_LOG_WITH_BASE = re.compile(r"\\log\s*_\s*\{?\s*\d")
#: A sentence that gives the logarithms their natural base says nothing new.
_NATURAL_BASE = re.compile(r"\bnatural\b|\bbase[\s-]*e\b|自然", re.IGNORECASE)
_PER = re.compile(r"\bper\s+(?:dim|pixel|token|symbol|sample)", re.IGNORECASE)

#: Words or signs that make variables independent or uncorrelated ("Let $X$ and $Y$ be independent", $X \perp Y$,
#: i.i.d.): a law the kernel does not model from words, so a counterexample about them is not trusted.
_INDEPENDENT = re.compile(
    r"\b(?:independ\w*|i\.?\s?i\.?\s?d\.?|uncorrelated|unabh[äa]ngig\w*|ind[ée]pendant\w*|indipendent\w*)(?!\w)"
    r"|\\(?:perp|Perp|independent|indep)\b|⊥|⫫|独立|독립",
    re.IGNORECASE,
)


#: Words that make \perp orthogonality, not independence ("the orthogonal vectors $u \perp v$").
_ORTHOGONAL = re.compile(r"\b(?:orthogonal\w*|perpendicular\w*|right\s+angle)\b|正交|直交|직교", re.IGNORECASE)


#: The signs of (conditional) independence between names: x \perp\!\!\!\perp y \mid z lists x, y and z.
_INDEPENDENCE_SIGNS = re.compile(r"\\(?:perp|Perp|independent|indep)\b(?:\s*\\[!,]\s*)*(?:\\perp\b)?|[⊥⫫|]|\\mid\b")


#: How far from a name's maths a word of independence is said of it ("$X$ and $Y$ be independent"; not "$x_i$
#: expressed in terms of two independent noises").
_INDEPENDENCE_REACH = 25


def _independent_in_words(inline: Inline) -> list[Stated]:
    """``Let $X$ and $Y$ be independent``, ``$X \\perp Y$``: each name in the sentence's maths, beside a word or
    sign of independence, is related in a way not modelled (its counterexamples untrusted)."""
    around = _words_around(inline)
    near = (
        (_words_of(around[0])[-_INDEPENDENCE_REACH:] + " " + _words_of(around[1])[:_INDEPENDENCE_REACH])
        if around
        else ""
    )
    if not (_INDEPENDENT.search(near) or _INDEPENDENT.search(inline.text)) or _denied(inline):
        return []  # "We want to check whether $x \\perp y$": no independence
    if _ORTHOGONAL.search(_words_of(inline.sentence)) and not _INDEPENDENT.search(near):
        return []  # "vectors with $u \\perp v$, i.e. orthogonal": a right angle
    listed = _variables(_INDEPENDENCE_SIGNS.sub(",", _PARENTHESES.sub(r"\1", inline.text.strip())), inline.line).node
    written = listed.arguments if isinstance(listed, syntax.Call) else ()
    names = [n for argument in written for n in nodes(argument) if isinstance(n, syntax.Name)
             and not (n.base in NOISES and (n.base == "epsilon" or n.decoration or n.index))]  # fmt: skip
    # a noise's independence is the kernel's own reading of a declared noise (contexts): nothing unmodelled
    said = f"${' '.join(inline.text.split())}$ beside independence"
    return [Stated("relation", inline.line, said, Formula(said, inline.line, name), None, "words") for name in names]


#: Words that say a joint law is the product of its marginals ("the joint factorises into its marginals"), or
#: that one variable says nothing of another.
_FACTORISED = re.compile(
    r"\bfactori[sz]\w*|\bproduct\s+of\s+(?:the\s+|its\s+|their\s+)?marginals?\b"
    r"|\b(?:not|n't|never)\s+(?:\w+\s+)?(?:dependent|depend\w*\s+on)|tells?\s+(?:us\s+|you\s+)?nothing\s+about"
    r"|\bno\s+information\s+about"  # and in other words: "do not depend on each other", "not dependent"
    # or drawn apart: "drawn separately, with no influence on one another", "unrelated", "no bearing on"
    r"|\b(?:separately|unrelated|no\s+(?:influence|bearing|effect)\s+on|(?:not|never)\s+(?:\w+\s+)?influenc\w*)\b",
    re.IGNORECASE,
)
#: Dependence said in a sentence that also denies something ("It is not true that $x$ and $y$ are dependent"):
#: which is denied is not read, so it may be their dependence.
_DEPENDENCE = re.compile(r"\b(?:dependen\w*|depends?|correlated)\b", re.IGNORECASE)


#: Independence said of noises ("two **independent** random noise variables", "i.i.d. Gaussian noise"): the
#: kernel's own reading of a declared noise; and independence denied ("$x \\not\\perp y$", "not independent").
_OF_NOISES = re.compile(
    r"(?:\b(?:independen\w*|i\.?\s?i\.?\s?d\.?)|独立|독립)\W+(?:\w+\W+){0,2}?(?:nois\w*|噪声|噪音|ノイズ|노이즈)"
    r"|\\not\s*\\(?:perp|Perp|independent|indep)\b|\bnot\s+independen\w*",  # and independence denied: x \not\perp y
    re.IGNORECASE,
)


def _independent_in_paragraph(notes: Notes) -> list[Stated]:
    """A paragraph that says anything of independence or of a factorised joint law, anywhere in it: each name of
    its maths is related in a way not modelled (the words may make any two of them independent, in another
    sentence, or far from them), its noises aside as in :func:`_independent_in_words`."""
    found = []
    for paragraph in notes.prose:
        said = _OF_NOISES.sub(" ", paragraph.text)  # "in terms of two independent noises" relates no other name
        denied = any(_DEPENDENCE.search(words := _words_of(sentence)) and _NEGATED.search(words)
                     for sentence in _SENTENCES.findall(said))  # fmt: skip
        if not (_INDEPENDENT.search(said) or _FACTORISED.search(said) or denied):
            continue
        end = paragraph.line + paragraph.text.count("\n")
        for inline in notes.inline:
            if not paragraph.line <= inline.line <= end:
                continue
            pair = _PARENTHESES.match(inline.text.strip())  # the pair $(x, y)$: a list of names
            listed = _variables(pair.group(1), inline.line).node if pair is not None else None
            try:
                node = syntax.Statement(0, (), listed.arguments) if isinstance(listed, syntax.Call) else (
                    syntax.parse(inline.text, notes=True))  # fmt: skip
            except InvalidAnswer:
                continue
            names = {n.key: n for n in nodes(node) if isinstance(n, syntax.Name)
                     and not (n.base in NOISES and (n.base == "epsilon" or n.decoration or n.index))}  # fmt: skip
            said = f"a paragraph on independence writes ${' '.join(inline.text.split())}$"
            found += [Stated("relation", inline.line, said, Formula(said, inline.line, n), None, "paragraph")
                      for n in names.values()]  # fmt: skip
    return found


#: Words that deny a process the Markov property ("a non-Markovian forward process", "is not a Markov chain").
_UNCHAINED = re.compile(
    r"\bnon[-\s]?markov\w*|\b(?:not|no\s+longer)\s+(?:a\s+|the\s+)?markov\w*|\bisn't\s+(?:a\s+)?markov\w*"
    r"|\b(?:does\s+not|doesn't|do\s+not|don't|cannot)\s+(?:have|satisfy|enjoy)\s+the\s+markov\w*|\b(?:drop|abandon|relax)\w*"
    r"\s+the\s+markov\w*|\bwithout\s+the\s+markov\w*|\bhas\s+(?:a\s+)?(?:long\s+)?memory\b|\bnicht\s+markov\w*"
    r"|\bnon\s+markovien\w*|\bno\s+(?:es\s+)?markovian\w*|非马尔可夫|非马尔科夫|非マルコフ|비마르코프|마르코프가\s*아니"
    # "lacks the Markov property", "the Markov property fails", kein Markov-Prozess, "n'est pas markovien",
    # "no es un proceso de Markov", マルコフ性を持たない, 不是马尔可夫过程, 마르코프 성질을 갖지 않는다
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:lacks?|lacking|violat\w*|break\w*|los(?:es?|ing|t)|fails?\s+to\s+(?:be"
    r"|have|satisfy))\s+(?:a\s+|the\s+)?markov"
    r"|\bmarkov\w*(?:[\s-]+(?:property|assumption|structure|condition))?\s+(?:fails|breaks\s+down|is\s+(?:lost"
    r"|violated|broken))|\bkein\w*\s+markov\w*|\bnicht\s+(?:mehr\s+|die\s+)?markov\w*|\bmarkov\S*\s+gilt\s+nicht"
    r"|\b(?:n'est|ne\s+sont|n'a|n'ont|ne\s+(?:v[ée]rifie|satisfait|poss[èe]de)\w*)\s+(?:pas|plus)\s+(?:un\s+|une\s+"
    r"|la\s+|de\s+)?(?:(?:processus|cha[iî]ne|propri[ée]t[ée])\s+de\s+)?markov\w*"
    r"|\bplus\s+markovien\w*|\bno\s+(?:es|tiene|cumple|satisface)\s+(?:un\s+|una\s+|la\s+)?(?:(?:proceso|cadena"
    r"|propiedad)\s+de\s+)?markov\w*|マルコフ[^。、]{0,8}?(?:持たない|もたない|ではない|でない|成り立たない|満たさない"
    r"|がない|を失)|(?:不|没有|並不|并不)[^。，,]{0,6}?马尔[可科]夫|马尔[可科]夫[^。，,]{0,6}?(?:不成立|不满足|失效)"
    r"|마르코프[^.。]{0,10}?(?:않|없|아니)"
    # "the Markov property does not hold", "the Markov assumption on $q$ is dropped", "We no longer assume the
    # Markov property", die Markov-Eigenschaft wird nicht vorausgesetzt, on ne suppose plus la propriété de Markov,
    # no suponemos la propiedad de Markov, マルコフ性は仮定しない, 不再假设马尔可夫性
    r"|\bmarkov\w*(?:[\s-]+(?:property|assumption|structure|condition))?(?:(?!\b(?:and|but|while)\b)[^.;,]){0,30}?\b(?:does\s+not|doesn't"
    r"|do\s+not|don't|no\s+longer|need\s+not|cannot)\s+hold"
    r"|\bmarkov\w*(?:[\s-]+(?:property|assumption|structure|condition))?(?:(?!\b(?:and|but|while)\b)[^.;,]){0,30}?\b(?:is|are|has\s+been"
    r"|have\s+been|gets?|will\s+be)\s+(?:now\s+)?(?:dropped|abandoned|relaxed|removed|lifted|discarded|given\s+up"
    r"|waived|not\s+(?:assumed|required|imposed|made))"
    r"|\b(?:no\s+longer|do\s+not|don't|does\s+not|doesn't|never|not)\s+(?:\w+\s+)?(?:assum|requir|impos|mak)\w*"
    r"\s+(?:the\s+|a\s+|any\s+)?markov"
    r"|\bmarkov\S*(?:eigenschaft|annahme)?(?:(?!\b(?:und|aber)\b)[^.;,]){0,30}?\b(?:nicht|nicht\s+mehr)\s+(?:vorausgesetzt|angenommen"
    r"|verlangt)|\b(?:ne|n')\s*(?:suppos|impos|requ[ie]r)\w*\s+(?:pas|plus)\s+(?:la\s+|une\s+|l')?(?:(?:propri[ée]t[ée]"
    r"|hypoth[èe]se)\s+de\s+)?markov|\bno\s+(?:suponemos|asumimos|se\s+supone|se\s+asume)\s+(?:la\s+)?(?:(?:propiedad"
    r"|hip[óo]tesis)\s+de\s+)?markov"
    r"|マルコフ[^。、]{0,8}?(?:仮定しない|仮定せず|仮定しません|仮定を(?:外|捨|落)|を仮定しない)",
    re.IGNORECASE,
)
#: Words that make such a sentence about the generative (reverse) process, p; else it is about q.
_REVERSE = re.compile(r"\b(?:revers\w*|generative|denois\w*|sampl\w*)\b|逆|生成|역방향", re.IGNORECASE)


def _unchained_in_words(notes: Notes) -> list[Stated]:
    """A sentence that denies a process the Markov property: the chain of its law (q, or p for the reverse
    process) is the note's, not a declared context's Markov chain."""
    found = []
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _sentences(text):
                if _UNCHAINED.search(sentence):
                    law = "p" if _REVERSE.search(sentence) else "q"
                    said = f"{' '.join(sentence.split())[:80]}"
                    name = Formula(law, paragraph.line + offset, syntax.Name(0, law, "", ""))
                    found.append(Stated("unchained", paragraph.line + offset, said, name, None, "words"))
    return found


#: Words that change what a forward step does beyond the context's Gaussian step: a constant added to it or to its
#: mean ("each step also adds the constant $1$ to the mean", "plus a constant offset"), its value clipped or
#: rescaled ("$x_t$ is clipped to $[-1, 1]$", "rescaled to $2 x_t$"); in German and French too.
_CHANGED_STEP = re.compile(
    r"\b(?:adds?|adding|added|plus)\b[^.;]{0,40}?\b(?:constant|offset|bias|drift|shift)\b"
    r"|\b(?:constant|offset|bias|drift|shift)\b[^.;]{0,30}?\b(?:is|are|gets?|been)\s+added\b"
    r"|\b(?:shift(?:s|ed)?|moves?|moved)\s+(?:the\s+)?(?:mean\s+)?by\b|\bmean\s+(?:is\s+)?shifted\b"
    r"|\b(?:clip(?:s|ped|ping)?|clamp(?:s|ed|ing)?)\b"
    r"|\b(?:re-?scal(?:e|es|ed|ing)|renormali[sz](?:e|es|ed|ing)|quanti[sz](?:e|es|ed|ing)|rounded)\b"
    r"|\b(?:addiert|verschoben|abgeschnitten|reskaliert|ajoute|d[ée]cal[ée]e?s?|tronqu[ée]e?s?|r[ée]-?[ée]chelonn[ée]e?s?)\b",
    re.IGNORECASE,
)
#: Words that say a forward step is another process than the context's whatever precedes them, a "no" included:
#: "Unlike DDPM", "variance-exploding", "deterministic", "no noise added", "with no rescaling", "uniform noise",
#: "we do not add Gaussian noise".
_OTHER_PROCESS = re.compile(
    r"\bunlike\s+(?:DDPM|Ho\b)|\bvariance[- ]exploding\b|\bdeterministic\b|\bnoise[- ]free\b|\bno\s+noise\b"
    r"|\bwithout\s+(?:any\s+)?noise\b|\b(?:no|without)\s+(?:re)?scaling\b|\bnot\s+(?:re)?scaled\b"
    r"|\b(?:uniform|laplace|laplacian|bernoulli|rademacher|poisson|cauchy|student-?t?)\s+noise\b|\bnon-?gaussian\b"
    r"|\bdo(?:es)?\s+not\s+add\s+(?:any\s+)?(?:gaussian\s+)?noise\b|\bnot\s+gaussian\b",
    re.IGNORECASE,
)
#: Words that make a forward step the subject of a sentence (a forward step, each step, the noising).
_FORWARD_STEP = re.compile(
    r"\b(?:forward|noising|(?:each|every)\s+(?:forward\s+)?(?:step|transition)|the\s+transitions?|vorw[äa]rts\w*"
    r"|chaque\s+[ée]tape|jeder\s+schritt)\b",
    re.IGNORECASE,
)
#: Words right before a change that deny it ("without clipping", "no constant is added", "never rescaled").
_NOT_CHANGED = re.compile(r"\b(?:without|no|not|never|nor|ohne|kein\w*|nicht|sans|pas)\s+(?:\w+\s+){0,3}$", re.I)
#: Words that make a clipped value the model's estimate, not the forward step's x_t ("the predicted $x_0$").
_ESTIMATE = re.compile(r"\b(?:predict\w*|estimat\w*|reconstruct\w*|output\w*|network|model's|denoised)\b", re.I)


def _changed_step_in_words(notes: Notes) -> list[Stated]:
    """A sentence that says a forward step of q does more than the context's Gaussian step (a constant added,
    its value clipped or rescaled), about the forward step in words or a variable of the chain after x_0
    ("$x_t$ is clipped to $[-1, 1]$"), and not about the reverse process or a model's estimate: q's Gaussian
    transitions and marginals are then not the note's (a ``changed step``)."""
    found = []
    chained: dict[tuple[int, str], bool] = {}
    for inline in notes.inline:
        node = parse(inline.text, inline.line).node
        later = any(isinstance(n, syntax.Name) and n.base == "x" and not n.decoration and n.index not in ("", "0")
                    for n in (nodes(node) if node is not None else ()))  # fmt: skip
        key = (inline.line, " ".join(inline.sentence.split()))
        chained[key] = chained.get(key, False) or later
    sentences = dict(chained)
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _sentences(text):
                if "$" not in sentence and "\\(" not in sentence and sentence.strip():
                    sentences.setdefault((paragraph.line + offset, " ".join(sentence.split())), False)
    for (line, sentence), later in sentences.items():
        words = _SENTENCE_MATHS.sub(" m ", sentence)
        change = next((m for m in _CHANGED_STEP.finditer(words) if not _NOT_CHANGED.search(words[: m.start()])), None)
        change = change or _OTHER_PROCESS.search(words)
        if change is None or _REVERSE.search(words) or _ESTIMATE.search(words):
            continue
        if not (later or _FORWARD_STEP.search(words)):
            continue
        said = f"{sentence[:80]} (the word '{change.group(0)}')"
        name = Formula("x_t", line, syntax.Name(0, "x", "", "t"))
        found.append(Stated("changed step", line, said, name, None, "words"))
    return found


#: A noise's maths ("$\epsilon_2$") ending, and another's starting: with the words between that say one is the other
#: (in Japanese and Korean, the verb after the second: "$\epsilon_2$ は $\epsilon_1$ に等しい").
_NOISE = r"(?:\\(?:var)?epsilon|\bz)\W*(?:_\{?\w+\}?)?`?\$"
_NOISE_START = r"\$`?\s*[-−]?\s*(?:\\(?:var)?epsilon|z\b)"
#: Words that tie noises together ("not independent", "correlated", "the same noise", "antithetic"), which a
#: declared context draws independently.
_DEPENDENT = re.compile(
    r"\bnot\s+(?:mutually\s+|necessarily\s+)?(?:independen\w*|i\.?\s?i\.?\s?d)|(?<!not\s)(?<!non-)\bdependent\b"
    r"|\b(?:anti-?|cross-?)?correlated\b|\bcoincid\w*|\b(?:the\s+)?same\s+(?:noise|draw|sample|realis|realiz)\w*"
    r"|\bshared\b|\bdrawn\s+once|\bcop(?:y|ies)\b|\bidentical\b|\breus\w*"
    r"|\bantithetic\w*|\\not\s*\\(?:perp|Perp|independent|indep)\b|相关|相関|상관"
    # korreliert, nicht unabhängig, corrélés, pas indépendants, correlacionados, no son independientes, "a function
    # of", 独立ではない, 従属, 不独立, 독립이 아니다, 종속
    r"|\bkorreliert\w*|\bnicht\s+(?:stochastisch\s+)?unabh[äa]ngig|(?<!un)\babh[äa]ngig\w*|\bcorr[ée]l[ée]\w*"
    r"|\b(?:pas|non)\s+ind[ée]pendant\w*|\bd[ée]pendant\w*|\bcorrelacionad\w*|\bno\s+(?:son\s+|es\s+)?independient\w*"
    r"|\bdependientes?\b|(?:\\(?:var)?epsilon|\bz)\W*(?:_\{?\w+\}?)?`?\$\s+(?:is|are)\s+(?:an?\s+)?(?:\w+\s+)?(?:functions?"
    r"\s+of|determined\s+by)\s+\$`?\s*\\?(?:(?:var)?epsilon|z\b)"  # "$\epsilon_2$ is a function of $\epsilon_1$"
    r"|独立(?:ではない|でない|していない|ではなく)|従属|(?:不|非|并不|不是)(?:相互)?独立|독립(?:이|적이)?\s*(?:아니|않)|종속"
    # one noise said to be another, or its negative ("$\epsilon_2$ equals $\epsilon_1$", "is the negative of",
    # "one and the same random vector", ist gleich, est l'opposé de, es igual a, に等しい, 等于, 와 같다)
    r"|\bone\s+and\s+the\s+same\b|\bsame\s+random\s+(?:vector|variable)s?\b|\b(?:dasselbe|derselbe)\s+(?:Rausch|Zufall)"
    r"|\bm[êe]mes?\s+bruit|\bmismo\s+ruido|同一(?:の)?(?:ノイズ|雑音|乱数|噪声|随机)|同じ(?:ノイズ|雑音|乱数)"
    r"|相同的?(?:噪声|随机)|(?:같은|동일한)\s*(?:노이즈|잡음)"
    + r"|"
    + _NOISE
    + r"\s*(?:(?:is|are|ist|est|es|vaut)\s+)?(?:(?:exactly|just|simply|again|then|always|genau|exactement|exactamente)\s+)?"
    r"(?:equals?|equal\s+to|the\s+(?:negative|opposite|negation|same)\s+(?:of|as)|(?<=is\s)minus|identical\s+to|gleich"
    r"|(?:das\s+)?(?:Negative|Gegenteil)\s+von|dasselbe\s+wie|[ée]gale?\s+[àa]|l'oppos[ée]\s+de|le\s+m[êe]me\s+que"
    r"|igual\s+a|el\s+(?:opuesto|negativo|mismo)\s+(?:de|que)|等于|等於|就是)\s*"
    + _NOISE_START
    + r"|"
    + _NOISE
    + r"\s*(?:は|が|는|은|가|이)\s*"
    + _NOISE_START
    + r"\W*(?:_\{?\w+\}?)?`?\$\s*"
    r"(?:に等しい|と等しい|と同じ|の符号を反転|의\s*부호를|와\s*같|과\s*같|와\s*동일|과\s*동일)",
    re.IGNORECASE,
)


#: Words that make a noise depend on the data ("$\\epsilon$ depends on $x_0$", "a function of the data").
_DEPENDS = re.compile(
    r"(?<!not\s)(?<!n't\s)\bdepends?\s+on\b|\bfunctions?\s+of\b|\bh[äa]ngt\s+von\b|\bd[ée]pend\s+de\b", re.IGNORECASE
)


def _dependent_noises(notes: Notes) -> list[Stated]:
    """A sentence that ties two noises or more together ("$\\epsilon_1$ and $\\epsilon_2$ are not independent"):
    each has a law of the note's (not the context's independent standard normal), and its counterexamples are
    not trusted.  A sentence on one noise ("$x_t$ depends on $\\epsilon_t$") ties none, unless it ties it to the
    data alone ("the noise $\\epsilon$ is not independent of the data $x_0$", no later variable of the chain
    written): the context draws its noises independently of x_0 too."""
    noises: dict[str, dict[tuple, tuple[int, syntax.Name]]] = {}
    data: dict[str, set[bool]] = {}
    for inline in notes.inline:
        if not (_DEPENDENT.search(inline.sentence) or _DEPENDS.search(inline.sentence)):
            continue
        try:
            node = syntax.parse(inline.text, notes=True)
        except InvalidAnswer:
            continue
        relation = isinstance(node, syntax.Statement) and bool(node.relations)  # x_t = ... beside "eps depends on x_0"
        for name in nodes(node):
            if isinstance(name, syntax.Name) and name.base in NOISES:
                noises.setdefault(inline.sentence, {}).setdefault(name.key, (inline.line, name))
            if isinstance(name, syntax.Name) and name.base == "x" and not name.decoration and not relation:
                data.setdefault(inline.sentence, set()).add(name.index == "0")  # x_t beside it: not the data alone
    found = []
    for sentence, named in noises.items():
        words = _SENTENCE_MATHS.sub(" ", sentence)
        alone = data[sentence] == {True} if sentence in data else bool(_DATA.search(words))
        if not (len(named) > 1 and _DEPENDENT.search(sentence)) and not (len(named) == 1 and alone):
            continue
        tied = "noises together" if len(named) > 1 else "a noise to the data"
        said = f"a sentence ties {tied} ({' '.join(sentence.split())[:60]})"
        found += [Stated("noise law", line, said, Formula(said, line, name), None, "words")
                  for line, name in named.values()]  # fmt: skip
    return found


#: A word for the data, whose law a note may give in words ("the data are standard normal").
_DATA = re.compile(r"\b(?:data(?:set|point)?s?|datum|images?|(?:training\s+)?examples?|Daten\w*|donn[ée]es)\b|データ|数据|資料|图像|画像|데이터|이미지",
                   re.IGNORECASE)  # fmt: skip
#: What a law is, said in words: a family, a support, a value, a moment, or that there is no law at all.
_LAW_WORDS = re.compile(
    r"(?:\b(?:standard[- ]normal|normal(?:ly)?|gaussians?|gau(?:ss|ß)\w*|uniform(?:ly)?|bernoulli|rademacher|dirac|"
    r"deltas?|point[- ]mass(?:es)?|mixtures?|laplace|constant|deterministic|normali[sz]ed|rescaled|scaled|bounded|"
    r"values?|probabilit\w*|means?|zero[- ]mean|cent(?:red|ered)|centr[ée]e?s?|zentriert|mittelwertfrei|symmetri\w*|"
    r"sym[ée]triques?|equals?|[ée]gale?s?|gleich|variances?|moments?|support|range|interval|fixed|"
    r"single|known|normalverteilt|gleichverteilt|gaussiennes?|uniformes?)\b|正規|ガウス|一様|平均|分散|固定|定数|正态|高斯|"
    r"均匀|均值|方差|常数|归一化|정규|가우스|가우시안|균등|평균|분산|고정|상수|정규화)",
    re.IGNORECASE,
)
#: Words of the forward process: a family in their clause is its noise's or its end's ("Gaussian noise is added to
#: the data", "the data diffuse into a normal law", 高斯马尔可夫链).
_PROCESS_WORDS = re.compile(
    r"\b(?:nois\w*|Rauschen|bruit|diffus\w*|forward|Markov\w*|process\w*|chains?)\b|噪|ノイズ|雑音|拡散|扩散|马尔可夫|"
    r"マルコフ|過程|过程|노이즈|잡음|확산|마르코프|과정",
    re.IGNORECASE,
)


def _laws_in_words(notes: Notes) -> list[Stated]:
    """ "We assume the data are standard normal", "The prior $p(x_T)$ is a standard normal", "$x_0$ is a single fixed
    example": a clause that says in words what a law is (a family, a support, a value, a moment) of the data, of a
    start variable written alone (x_0) or of a density written alone (p(x_T)).  Like a display's ``q(x_0) = N(x_0;
    0, 1)``, it leaves no counterexample free to draw the law of those variables (an ``unread law``); whatever it
    says, even a denial ("the data are not Gaussian"), it says something of that law.  A clause that writes other
    maths and no word for the data speaks of that maths ("the data fade, and $x_T$ is almost normal"), and one
    with words of the process of its noise ("Gaussian noise is added to the data")."""
    found = []
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            maths = iter(_INLINE_DOLLARS.findall(text))
            line = paragraph.line + offset
            for sentence in _sentences(text):
                written = [next(maths, "$$")[1:-1].strip("`") for _ in range(sentence.count("$m$"))]
                data = bool(_DATA.search(_words_of(sentence)))
                for clause in _DATA_CLAUSES.split(sentence):
                    inlines, written = written[: clause.count("$m$")], written[clause.count("$m$") :]
                    words = _words_of(clause)
                    if _PROCESS_WORDS.search(words) or not _LAW_WORDS.search(words):
                        continue
                    afters = clause.split("$m$")[1:]
                    variables = [v for maths, after in zip(inlines, afters) for v in _subjects(maths, after)]
                    if data and (_DATA.search(words) or not inlines):
                        variables.append("x_0")
                    said = f"line {line} says a law in words ({' '.join(_words_of(sentence).split())[:60]})"
                    if variables:
                        found.append(Stated("unread law", line, said, _variables(", ".join(variables), line), None,
                                            "words"))  # fmt: skip
    return found


def _law_parameters(stated: list[Stated]) -> list[syntax.Name]:
    """The names a Gaussian law the note states writes in its mean or covariance but a random variable's, a
    constant's (I, pi) and a network's arguments (t in mu_theta(x_t, t)): its parameters (``s`` in ``p(y | x) =
    N(y; x, s)``), as written."""
    laws = [n for item in stated if item.kind in ("definition", "law") and item.body is not None
            and item.body.node is not None for n in nodes(item.body.node) if isinstance(n, syntax.Gaussian)]  # fmt: skip
    parts = [part for law in laws for part in (law.mean, law.covariance)]
    inside = {id(n) for part in parts for call in nodes(part) if isinstance(call, syntax.Call) for n in nodes(call)}
    written = [n for part in parts for n in nodes(part) if isinstance(n, syntax.Name) and id(n) not in inside]
    return [n for n in written if n.key[0] not in RANDOM and n.key not in _READ_AS_CONSTANTS]


def _parameters_in_words(notes: Notes, parameters: list[syntax.Name]) -> list[Stated]:
    """ "The observation noise has unit variance": a sentence that gives a variance, a scale or a mean a value in
    words, in a note whose stated Gaussian laws have parameters (``s`` in ``p(y | x) = N(y; x, s)``): which one it
    fixes is not read, so each is disputed (a counterexample at s = 2.477 may break what it says)."""
    if not parameters:
        return []
    found = []
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _sentences(text):
                words = _words_of(sentence)
                if not (_MOMENT_WORDS.search(words) and (_unit_in(sentence) or _numbers_said(sentence))):
                    continue
                line = paragraph.line + offset
                said = " ".join(words.split())
                found += [
                    Stated("noise law", line, said, Formula(said, line, name), None, "words") for name in parameters
                ]
    return found


#: Words for a law's parameters: a variance, a scale, a mean.
_MOMENT_WORDS = re.compile(
    r"\b(?:(?:co)?varian\w*|standard\s+deviations?|std|scale|precision|means?|zero[- ]mean|centred|centered)\b|分散|"
    r"方差|标准差|標準偏差|평균|均值|平均|분산|표준편차",
    re.IGNORECASE,
)


def _subjects(maths: str, after: str) -> list[str]:
    """The variables a clause's maths ``maths`` names, when it is a marginal density alone (``p(x_T)``: its
    variables), or a start variable alone (``x_0``) that ``after``, the clause's words after it, makes the subject
    ("$x_0$ is fixed", not "$x_T$ is free of $x_0$"), as written; else none (its words speak of a formula, or of a
    conditional law the process or the note's own definitions give)."""
    node = parse(maths, 0).node
    if isinstance(node, syntax.Name) and node.index == "0" and _SUBJECT_VERB.match(after):
        return [maths]
    if isinstance(node, syntax.Call) and law_letter(node) is not None and not node.given:
        return [display_name(a.key) for a in node.arguments if isinstance(a, syntax.Name)]
    return []


#: Words right after a variable that make it a sentence's subject: "$x_0$ is", "$x_0$ は", "$x_0$ 服从", "$x_0$ 는".
_SUBJECT_VERB = re.compile(r"\s*(?:is|are|follows?|has|have|takes?|ist|est|は|が|服从|是|为|為|는|은|가|이)(?:\b|(?=\W)|$)",
                     re.IGNORECASE)  # fmt: skip


#: Where a clause ends: a comma, a semicolon or a conjunction between clauses.
_DATA_CLAUSES = re.compile(r"[,;:，；、]|\b(?:and|but|while|whereas|und|aber|et|mais)\b|而|但|그리고|하지만")

#: A space of vectors with more than one coordinate: \mathbb{R}^d, \mathbb{R}^{n}, \mathbb R^3 (not \mathbb{R}^1).
#: The real line as notes write it: ``\\mathbb{R}``, ``\\mathbf{R}``, ``\\mathrm{R}``, ``\\Bbb R``, ``\\R``, ℝ.
_REALS = r"(?:\\(?:mathbb|mathbf|mathrm|Bbb|boldsymbol)\s*\{?\s*R\s*\}?|\\R(?![A-Za-z])|ℝ)"
_SPACE = re.compile(_REALS + r"\s*\^\s*\{?\s*([A-Za-z0-9]+)")
#: ``A, B \\in \\mathbb{R}^{d \\times d}`` (or in M_n(R), GL_n(R), O(n)): names of matrices.
_MATRICES = re.compile(
    r"(.+?)\\in\s*(?:(?:" + _REALS + r"|\\mathbb\s*\{?\s*C\s*\}?|ℂ)\s*\^\s*\{[^{}]*(?:\\times|,)[^{}]*\}"
    r"|(?:\\mathcal\s*\{?\s*|\\mathrm\s*\{?\s*)?(?:M|GL|SL|O|SO|U|SU)\s*\}?\s*(?:_\s*\{?\s*\w+\s*\}?\s*)?\("
    r"|\\mathbb\s*\{?\s*S\s*\}?\s*[\^_])"  # \mathbb{S}^d_{++}: the symmetric (positive definite) matrices
)

#: A sentence saying in words that its names are matrices ("Let $A_t$ and $B_t$ be (square) matrices", "$W$ is a
#: weight matrix", "$A$ and $B$ denote matrices"; 是矩阵, は行列, 행렬이다), or a matrix word right before a name
#: ("the weight matrix $W$", "for matrices $A$ and $B$"): not I, the identity a Gaussian's covariance writes.
#: What is a matrix, or says it of a name: the word, a Jacobian or Hessian, an operator or linear map, a tensor,
#: and the adjectives only matrices take (invertible, orthogonal, symmetric, positive definite).
_MATRIX_WORD = (
    r"matri(?:x|ces?|z(?:en|es)?)|jacobians?|hessians?|(?:linear\s+)?operators?|linear\s+maps?|tensors?"
    r"|rotations?|projections?|projectors?|reflections?|permutations?|(?:endo|auto)morphism(?:e|s|es)?|isometr(?:y|ies)"
    r"|(?:skew-?)?hermitian|psd|spd|n\s*(?:x|×)\s*n"
    r"|(?:square\s+and\s+)?(?:invertible|non-?singular|orthogonal|symmetric|unitary|positive[\s-]+(?:semi-?)?definite)"
)
_MATRICES_IN_WORDS = re.compile(
    r"\b(?:is|be|are|being|were|denote|denotes|est|sont|soit|soient|ist|sind|sei|seien|es|son|sea|sean)\s+"
    r"(?:(?:an?|the|two|both|some)\s+)?(?:[\w-]+\s+){0,2}(?:"
    + _MATRIX_WORD
    + r")\b|(?:是|为|為|は|を|が)(?:正方|对角|對角|两个|兩個)?(?:矩阵|矩陣|方阵|方陣|行列)|행렬(?:이|입|로|으로)",
    re.IGNORECASE,
)
#: Words that give a matrix a property most numbers do not have (P^2 = P for a projection, A^T A = I); not those
#: every nonzero number has (invertible, symmetric, diagonal), where a counterexample at a number stands.
_MATRIX_PROPERTY = re.compile(
    r"rotations?|projections?|projectors?|reflections?|permutations?|isometr(?:y|ies)|(?:skew-?)?hermitian|psd|spd"
    r"|orthogonal|orthonormal|unitary|idempotent|nilpotent|positive[\s-]+(?:semi-?)?definite|\b(?:S?O|S?U|SL)\s*\(",
    re.IGNORECASE,
)
#: A shape set alone in a sentence's maths ("Let $A$ be $n \\times n$"): the sentence's names are matrices.
_SHAPE = re.compile(r"\s*\w+\s*\\times\s*\w+\s*")
_MATRIX_BEFORE = re.compile(
    r"(?:\b(?:" + _MATRIX_WORD + r")|矩阵|矩陣|方阵|方陣|行列|행렬)\W*(?:\b(?:are|is|were)\b)?\W*"
    rf"(?:{_MATHS}\W*(?:and|,|和|与|及)?\W*)*$",
    re.IGNORECASE,
)


def _dimension(notes: Notes) -> tuple[int, str] | None:
    """The first place the note gives its vectors a dimension, in a sentence or a step."""
    texts = [(i.line, i.text) for i in notes.inline] + [(s.line, f"{s.lhs} {s.rhs}") for s in notes.steps]
    for line, text in sorted(texts):
        match = _SPACE.search(text)
        if match is not None and match.group(1) != "1":
            return line, match.group(0)
    return None


#: Words that give the note's vectors a dimension ("The data have dimension $d = 2$", "two-dimensional", "a pair of
#: real numbers", "with $d$ coordinates"; 次元, 维度, 二维, 차원), not a count per dimension ("bits per dimension").
_DIMENSION_WORDS = re.compile(
    r"(?<!per\s)(?<!par\s)(?<!pro\s)dimension(?!less)|dimensi[oó]n|\b(?:pairs?|triples?)\s+of\s+(?:real\s+)?"
    r"(?:numbers|reals|scalars|coordinates)\b|\b(?:has|have|with|of)\s+(?:\S+\s+)?(?:real\s+)?(?:coordinates"
    r"|components|entries)\b|次元|维度|维数|維度|維數|[0-9一二三四五六七八九十两兩几幾多高低每]\s*[维維](?!持|护|護|修|系|生)|차원",
    re.IGNORECASE,
)
#: Words or maths that make that dimension one: a number (scalar) is its own coordinate.
_ONE_DIMENSION = re.compile(
    r"\b(?:one|1|uni)[- ]?dimension|\bdimension\s+(?:one|1)\b|\bscalar|\$\s*[dnDN]\s*=\s*1\s*\$|一维|一維|1\s*次元|1\s*차원",
    re.IGNORECASE,
)


def _dimension_in_words(notes: Notes) -> tuple[int, str] | None:
    """The first sentence of the note's prose that gives its vectors a dimension in words (:data:`_DIMENSION_WORDS`),
    other than one: the line and the sentence.  Only a refutation one coordinate at a time is set aside for it (a
    step proved one coordinate at a time is checked again at four, as where no dimension is given)."""
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _raw_sentences(text):
                words = _words_of(sentence)
                if _DIMENSION_WORDS.search(words) and not _ONE_DIMENSION.search(sentence):
                    return paragraph.line + offset, " ".join(sentence.split())[:60]
    return None


def _matrices(notes: Notes) -> dict[tuple[str, str], int]:
    """The letters the note's sentences say are matrices (``A, B \\in \\mathbb{R}^{d \\times d}``, or in words of
    names set alone in them), with the line."""
    found: dict[tuple[str, str], int] = {}
    for inline in notes.inline:
        match = _MATRICES.match(inline.text.strip())
        for piece in match.group(1).split(",") if match is not None else ():
            names = parse(piece, inline.line).node
            for name in nodes(names) if names is not None else ():
                if isinstance(name, syntax.Name):
                    found.setdefault((name.base, name.decoration), inline.line)
        around = _words_around(inline)
        said = (
            _MATRICES_IN_WORDS.search(_words_of(inline.sentence))
            or (around is not None and _MATRIX_BEFORE.search(around[0]))
            or any(_SHAPE.fullmatch(maths) for maths in _SENTENCE_MATHS.findall(inline.sentence) for maths in maths)
        )
        listed = _variables(inline.text, inline.line).node if said and not _SHAPE.fullmatch(inline.text) else None
        for name in listed.arguments if isinstance(listed, syntax.Call) else ():
            if isinstance(name, syntax.Name) and (name.base, name.decoration) != ("I", ""):
                found.setdefault((name.base, name.decoration), inline.line)
    return found
