"""Instances of the network functions a note leaves free, to refute a step with (never to prove one).

A note writes ε_θ(x_t, t), μ_θ(x_t, t), σ_θ(x_t, t): functions of a model's parameters (θ, φ, ψ) it names but
gives no value (a name applied without such a subscript, σ(x) or SNR(t), may have a meaning of its own: never
taken).  A step wrong for *some* such function is wrong as the note states it, provided that function satisfies
everything the note states of it.  So a function is taken free only when the note says nothing of it but its role:

- no statement of the note (a definition, a law, a relation, a sentence's maths, an order) writes it, except a
  definition of *another* name through it (μ_θ := (x_t - β_t ε_θ(x_t, t)/√(1 - ᾱ_t))/√α_t: that defines μ_θ, not ε_θ);
- no equation of the note sets a value of it alone (ε_θ(x_t, t) = ε, Σ_θ(x_t, t) = σ_t^2 I);
- every sentence that writes it in maths writes no relation there, no other name but its arguments, and no word
  that could constrain its values (set, fixed, equal, constant, true, positive...), and is in English ("is trained
  to predict", "approximates" and "a network" leave it free: they say what it is for, not what it is);
- no sentence fixes a model's output in words alone ("the reverse variances are fixed"), and all the prose is in
  English (words not read may say anything);
- it is always written with the same number of arguments, and never bare.

The instance of such a function f is affine in exactly the arguments the note writes, ``f(a_1, ..., a_n) = c +
k_1 a_1 + ... + k_n a_n`` with real c, k_i the counterexample chooses (a constant when they are 0); the same
instance everywhere f is written, the note's definitions through f included."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass, replace

import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.kernel.assumptions import Definition
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.contexts import SCHEDULE
from diffproof.notecheck.readings import ARBITRARY, Reading
from diffproof.notecheck.statements.formulas import Formula
from diffproof.notecheck.vocabulary import CONVENTIONS, Key, NoteVocabulary, keys_in, nodes

#: Words that may constrain a function's values (or say it is defined elsewhere), or give them a domain (a
#: probability, a variance, a standard deviation, a sigmoid's, softplus's or ReLU's output): a sentence with one of
#: them beside the function's maths leaves it not free.
NETWORK_CONSTRAINING = re.compile(
    r"\b(set|sets|setting|fix|fixes|fixed|fixing|equal\w*|same|constant\w*|choose|chooses|chosen|choice|take|takes|"
    r"taken|assum\w*|suppose\w*|zero|identity|linear\w*|affine|bounded|positive|negative|nonnegative|non-negative|"
    r"independent\w*|depend\w*|only|must|satisf\w*|such|defin\w*|denot\w*|given|replac\w*|substitut\w*|"
    r"untrained|exact\w*|perfect\w*|optimal\w*|true|truth|actual\w*|real|ground|correct\w*|ideal\w*|converge\w*|"
    r"so that|closed|formula|match\w*|where|when|if|unless|except|identical\w*|proportional|scaled|times|plus|"
    r"minus|sum|product|symmetric|even|odd|monoton\w*|increas\w*|decreas\w*|smooth|continuous|differentiable|"
    r"lipschitz|normali[sz]\w*|unit|norm|invertible|bijective|orthogonal|diagonal|isotropic|scalar|shared|tied|"
    r"frozen|vanish\w*|probabilit\w*|varian\w*|deviation\w*|std|sigmoid\w*|softplus|softmax|relu)\b",
    re.IGNORECASE,
)

#: The subscripts that mark a model's function (ε_θ, s_θ, h_φ): a name applied without one may be a function with a
#: meaning of its own (σ(x) the sigmoid, SNR(t)), which no instance may stand for.
NETWORK_PARAMETERS = frozenset({"theta", "vartheta", "phi", "varphi", "psi"})

#: The letters a declared context gives a meaning, whatever their arguments (the DDPM context's posterior mean
#: mu~_t(x_t, x_0) and variance, its schedule), and those a convention gives a domain (σ_θ a standard deviation,
#: Σ_θ a covariance: positive, which an affine instance is not): never free, context or not.
NETWORK_CONTEXT_NAMED = SCHEDULE | {("mu", "tilde"), ("beta", "tilde")} | {b for c in CONVENTIONS for b in c.bases}

#: Words that name a model's output or its role ("the reverse variances", "the network predicts").
NETWORK_ROLE = re.compile(
    r"\b(network\w*|model\w*|predict\w*|learn\w*|train\w*|reverse|output\w*|neural|parameteri[sz]\w*|"
    r"approximat\w*|estimat\w*|varian\w*|mean)\b",
    re.IGNORECASE,
)

#: Words that may fix a model's output beside them ("fixed to", "set to", "untrained", "chosen equal", "for the
#: optimal network").
NETWORK_FIXING = re.compile(
    r"\b(set|sets|setting|fix\w*|equal\w*|constant\w*|choose|chooses|chosen|assum\w*|untrained|frozen|tied|"
    r"shared|identity|zero|linear\w*|affine|same|replac\w*|substitut\w*|optim\w*|ideal\w*|perfect\w*|converge\w*|"
    r"minimi[sz]\w*|maximi[sz]\w*|exact\w*|true|truth|satisf\w*|recover\w*|match\w*|suppose\w*|if|when|vanish\w*)\b",
    re.IGNORECASE,
)

#: Maths set in a sentence, as the notes' readers keep it.
_NETWORK_MATHS = re.compile(r"\$\$?.*?\$\$?|\\\(.*?\\\)", re.DOTALL)


def free_networks(
    statements: Iterable[tuple[str, tuple[Formula | None, ...]]],
    sides: Iterable[tuple[Formula, Formula]],
    inline: Iterable[tuple[str, str]],
    applied: frozenset[Key],
    prose: Iterable[str] = (),
) -> frozenset[Key]:
    """The names among ``applied`` (those the note writes applied to arguments) the note leaves free.

    ``statements``: each statement of the note as its kind and its formulas (its name first); ``sides``: each
    step's two sides; ``inline``: each piece of a sentence's maths with its sentence; ``prose``: the paragraphs.  A
    formula not read may say anything of any function, and so may words that fix a model's output without writing
    its maths ("the reverse variances are fixed to constants") or words not in English: then none is free."""
    if any(_fixes_in_words(paragraph) for paragraph in prose):
        return frozenset()
    blocked: set[Key] = set()
    for kind, formulas in statements:
        present = [f for f in formulas if f is not None]
        if any(f.node is None for f in present):
            return frozenset()
        written = [keys_in(f.node) for f in present]
        if kind == "definition" and formulas and formulas[0] is not None:
            blocked |= written[0]  # a definition through f defines another name, and says nothing of f
        else:
            blocked |= set().union(*written)
    for lhs, rhs in sides:
        if lhs.node is None or rhs.node is None:
            return frozenset()
        blocked |= _valued(lhs.node, rhs.node) | _valued(rhs.node, lhs.node)
    sentences: dict[str, list[str]] = {}
    for text, sentence in inline:  # a display's \\text{where ...} maths has no sentence: its own words
        sentences.setdefault(sentence or text, []).append(text)
    for sentence, maths in sentences.items():
        blocked |= _said_in(maths, sentence, applied)
    return frozenset(
        key for key in applied - blocked if key[2] in NETWORK_PARAMETERS and key[:2] not in NETWORK_CONTEXT_NAMED
    )


def _valued(side: syntax.Node, other: syntax.Node) -> set[Key]:
    """The function set to a value by ``side = other``: ``side`` is it applied (to a power, in a norm, negated, under
    a root or an absolute value) and ``other`` does not write it (ε_θ(x_t, t) = ε, σ_θ(x_t, t)^2 = σ_t^2)."""
    while True:
        if isinstance(side, syntax.Power):
            side = side.base
        elif isinstance(side, syntax.Norm):
            side = side.argument
        elif isinstance(side, syntax.Negative):
            side = side.operand
        elif isinstance(side, syntax.Function) and side.function in ("abs", "sqrt"):
            side = side.argument
        else:
            break
    if isinstance(side, syntax.Call) and side.name.key not in keys_in(other):
        return {side.name.key}
    return set()


def _said_in(maths: list[str], sentence: str, applied: frozenset[Key]) -> set[Key]:
    """The functions a sentence's maths (each piece in ``maths``) writes that it may constrain: all of them where
    a piece has a relation, or writes a name besides them and their arguments ("$\\epsilon_\\theta$ is the noise
    $\\epsilon$"), or the words around have one that may constrain, or are not in English (not read); every function
    whose letter a piece spells where it cannot be read."""
    written: set[Key] = set()
    names: set[Key] = set()
    arguments: set[Key] = set()
    related = False
    for text in maths:
        try:
            statement = syntax.parse(text, notes=True)
        except (InvalidAnswer, RecursionError):
            written |= {key for key in applied if re.search(rf"{re.escape(key[0])}(?![A-Za-z])", text)}
            related = True
            continue
        related = related or bool(statement.relations)
        for operand in statement.operands:
            names |= keys_in(operand)
            calls = [n for n in nodes(operand) if isinstance(n, syntax.Call) and n.name.key in applied]
            arguments |= {key for call in calls for a in (*call.arguments, *call.given) for key in keys_in(a)}
    written |= names & applied
    if not written:
        return set()
    words = _NETWORK_MATHS.sub(" ", sentence)
    if related or names - written - arguments or NETWORK_CONSTRAINING.search(words) or _not_english(words):
        return written
    return set()


def _fixes_in_words(paragraph: str) -> bool:
    """Whether a sentence of the paragraph speaks of a model's output and may fix it, in words (its maths aside),
    or the paragraph is not in English."""
    words = _NETWORK_MATHS.sub(" ", paragraph)
    if _not_english(words):
        return True
    return any(
        NETWORK_ROLE.search(sentence) and NETWORK_FIXING.search(sentence) for sentence in re.split(r"[.!?;]\s", words)
    )


def _not_english(words: str) -> bool:
    """Whether the words are set in letters other than Latin ones (a Japanese sentence): not read here."""
    return any(ch.isalpha() and not ch.isascii() for ch in words)


@dataclass(frozen=True)
class NetworkInstance:
    """A reading with each free network function taken affine in its arguments, the assumptions with it, and
    what was taken, in words."""

    reading: Reading
    assumptions: list
    taken: str


def network_instance(
    reading: Reading, assumptions: list, vocabulary: NoteVocabulary, free: frozenset[Key]
) -> NetworkInstance | None:
    """The reading and assumptions with every free network function the reading writes replaced by an affine
    instance in its arguments (:mod:`this module's <diffproof.notecheck.network_instances>` rules), or None where it
    writes none, or one it writes bare, at other numbers of arguments (in the step or in a definition it brings:
    ε_θ(x_t) beside ε_θ(x_t, t) is no one function of fixed arity), or that an assumption other than a definition
    of another name through it writes."""
    sides = (reading.lhs, reading.rhs)
    calls = {call for side in sides for call in side.atoms(AppliedUndef)}
    chosen = {
        call.func
        for call in calls
        if call.func.__name__ not in ARBITRARY and vocabulary.functions.get(call.func.__name__) in free
    }
    bare = {vocabulary.symbols.get(s) for side in sides for s in side.free_symbols}
    defined = {call for a in assumptions if isinstance(a, Definition) for call in _calls(a.rhs)}
    chosen = {
        f
        for f in chosen
        if len({len(c.args) for c in calls | defined if c.func == f}) == 1
        and vocabulary.functions[f.__name__] not in bare
        and not any(_constrains(a, f) for a in assumptions)
    }
    if not chosen:
        return None
    values, taken = {}, []
    for f in sorted(chosen, key=lambda g: g.__name__):
        first = min((c for c in calls if c.func == f), key=sp.default_sort_key)
        constant = sp.Symbol(f"c_{{{f.__name__}}}", real=True)
        slopes = [sp.Symbol(f"k{i + 1}_{{{f.__name__}}}", real=True) for i in range(len(first.args))]
        arguments = sp.symbols(f"a1:{len(first.args) + 1}", cls=sp.Dummy)
        values[f] = sp.Lambda(arguments, constant + sum(k * a for k, a in zip(slopes, arguments)))
        taken.append(f"{sp.sstr(first)} taken as {sp.sstr(values[f](*first.args))}")

    def instanced(expr: sp.Basic) -> sp.Basic:
        for f, value in values.items():
            expr = expr.replace(
                lambda e, f=f: isinstance(e, AppliedUndef) and e.func == f, lambda e, v=value: v(*e.args)
            )
        return expr

    lhs, rhs = instanced(reading.lhs), instanced(reading.rhs)
    kept = [
        replace(a, rhs=instanced(a.rhs)) if isinstance(a, Definition) and a.rhs.has(*values) else a for a in assumptions
    ]
    words = "; ".join(taken)
    how = (f"{words}: an affine instance in the arguments the note writes, of a network function it states nothing "
           "of but its role (for a counterexample only)",)  # fmt: skip
    return NetworkInstance(replace(reading, lhs=lhs, rhs=rhs, how=reading.how + how), kept, words)


def _calls(expr: object) -> set[AppliedUndef]:
    """The applied functions a definition's right side writes (none where it is not an expression)."""
    return set(expr.atoms(AppliedUndef)) if isinstance(expr, sp.Basic) else set()


def _constrains(assumption: object, function: sp.FunctionClass) -> bool:
    """Whether an assumption says something of ``function``: any that writes it, but a definition of another name
    through it (its left side free of it)."""
    if isinstance(assumption, Definition):
        return isinstance(assumption.lhs, sp.Basic) and assumption.lhs.has(function)
    if not is_dataclass(assumption):
        return True  # not read here: it may say anything of it
    return any(_writes(getattr(assumption, f.name), function) for f in fields(assumption))


def _writes(part: object, function: sp.FunctionClass) -> bool:
    if isinstance(part, sp.Basic):
        return part.has(function)
    if isinstance(part, (tuple, list, frozenset, set)):
        return any(_writes(p, function) for p in part)
    return False
