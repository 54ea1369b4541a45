"""Named contexts and standard readings: the assumptions a diffusion text takes for granted.

``% diffproof: context ddpm`` declares the DDPM forward process (Ho et al. 2020,
Luo 2022): x_0 -> x_1 -> ... -> x_T is a Markov chain under q (and the
generative model p runs it backwards, also a Markov chain), the transitions
are ``q(x_t | x_{t-1}) = N(x_t; sqrt(alpha_t) x_{t-1}, (1 - alpha_t) I)`` with
the marginals ``q(x_t | x_0) = N(x_t; sqrt(abar_t) x_0, (1 - abar_t) I)`` and
the posteriors ``q(x_{t-1} | x_t, x_0) = N(x_{t-1}; mu~_t(x_t, x_0), beta~_t I)``
(Ho et al.'s names, the catalogue's forward posterior), the schedule satisfies
``beta_t = 1 - alpha_t`` and ``abar_t = alpha_t abar_{t-1}``, and the noises
(epsilon and z, indexed or decorated) are independent standard normals, named
as Luo (eq. 61) and Weng name them: x_t = sqrt(alpha_t) x_{t-1} +
sqrt(1 - alpha_t) eps_{t-1}, unless the note's own forward step writes another
index.  A noise is independent of a variable beside it only where it comes after
that variable's noises: eps_{t-1} is not independent of x_t.  Each is
instantiated for the names a step uses.

The same assumptions are the *standard reading* of a note that does not
declare them: a step refuted as the note states it, which holds under them,
is undecided with the assumption that would prove it named, never refuted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

import sympy as sp

from derivations import symbols as catalogue
from derivations.diffusion import POSTERIOR_MEAN, POSTERIOR_VARIANCE
from derivations.kernel.algebra import prove_equal
from derivations.kernel.assumptions import Assumption, Constraint, Definition, GaussianSteps, MarkovChain, Noises
from derivations.kernel.rules import written_out
from derivations.kernel.sums import IndexedMarkovChain, Ranges, Slice, extreme
from derivations.kernel.vocabulary import Relation
from derivations.probability import Density, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.notation import Unmodelled, random_in
from diffproof.notecheck.vocabulary import RANDOM, NoteVocabulary, _order, index_value, keys_in, nodes

Key = tuple[str, str, str]

#: The named contexts a note may declare, with what each declares (shown in the report).
CONTEXTS = {
    "ddpm": "the DDPM forward process: x_0 -> ... -> x_T a Markov chain under q (and under p), "
    "q(x_t | x_{t-1}) = N(sqrt(α_t) x_{t-1}, (1 - α_t) I), q(x_t | x_0) = N(sqrt(ᾱ_t) x_0, (1 - ᾱ_t) I), "
    "q(x_{t-1} | x_t, x_0) = N(μ̃_t(x_t, x_0), β̃_t I) in Ho et al.'s μ̃ and β̃, "
    "β_t = 1 - α_t, ᾱ_t = α_t ᾱ_{t-1}, a schedule fixed in advance (q has no learned parameter), "
    "independent standard normal noises ε, z",
}
#: The schedule's names a named context says what they are: alpha, alpha-bar and beta (any index).
SCHEDULE = frozenset({("alpha", ""), ("alpha", "bar"), ("beta", "")})
#: Letters of noises in a diffusion text (z is a noise only with an index or a decoration: bare z is a latent).
NOISES = {"epsilon", "z"}


def _keys(vocabulary: NoteVocabulary) -> dict[Key, sp.Symbol]:
    return {key: symbol for symbol, key in vocabulary.symbols.items()}


def _shift(index: str, by: int) -> str | None:
    value = index_value(index)
    if value is None:
        return None
    return sp.sstr(value + by).replace(" ", "")


#: The largest concrete k whose abar_k the context writes out as alpha_1 ... alpha_k (beyond, abar_k = alpha_k
#: abar_{k-1} alone: abar_1000 is no product of a thousand names).
_WRITTEN_OUT = 10


def schedule(
    vocabulary: NoteVocabulary,
    defined: Mapping[sp.Expr, object],
    contested: Iterable[sp.Expr] = (),
    said: Collection[Key] = frozenset(),
) -> list[Definition]:
    """beta_k = 1 - alpha_k and abar_k = alpha_k abar_{k-1} for the names a step uses (not those the note defines,
    nor ``contested`` ones, nor those whose keys it ``said`` something of), at a time step k only: beta_max, the schedule's
    bound, is no beta_k.  Where the note gives alpha_k a number (alpha_1 = 1), beta_k is 1 - alpha_k still; where it
    defines alpha_k otherwise, perhaps through beta_k, beta_k is left to the note.  At the first steps abar_k is
    written out, the recursion unrolled down to abar_0 = 1 (the empty product, abar_2 = alpha_1 alpha_2), or down to
    the last abar_j the note defines or says something of (abar_1 = alpha_1 abar_0 where the note sets abar_0 = 1/2:
    the product is DDPM's only from abar_0 = 1).  The names a relation brings are covered in turn: abar_{k-1},
    brought by abar_k = alpha_k abar_{k-1}, is related to abar_{k-2} where the step writes alpha_{k-1} or
    abar_{k-2} (a point that set abar_{k-1} apart from them would break the context it is drawn in)."""
    found: dict[sp.Symbol, Definition] = {}
    contested = tuple(contested)
    while True:
        keys = _keys(vocabulary)
        for definition in _schedule_once(vocabulary, defined, contested, said, keys, found):
            found[definition.lhs] = definition
        if len(_keys(vocabulary)) == len(keys):  # no relation brought a name of its own
            return list(found.values())


def _schedule_once(
    vocabulary: NoteVocabulary,
    defined: Mapping[sp.Expr, object],
    contested: Iterable[sp.Expr],
    said: Collection[Key],
    keys: Mapping[Key, sp.Symbol],
    found: Mapping[sp.Symbol, Definition],
) -> list[Definition]:
    """:func:`schedule`'s relations for the names ``keys`` holds, those ``found`` already gives left out."""
    found_now = []
    skipped = set(defined) | set(contested) | {keys[key] for key in said if key in keys}
    for (base, decoration, index), symbol in keys.items():
        if symbol in skipped or symbol in found or index_value(index) is None:
            continue
        if (base, decoration) == ("beta", ""):
            alpha = vocabulary.symbol(("alpha", "", index))
            given = defined.get(alpha)
            if alpha not in skipped or (isinstance(given, Definition) and given.rhs.is_number):
                found_now.append(Definition(symbol, 1 - alpha, f"β_{index} = 1 - α_{index} (DDPM)"))
        elif (base, decoration) == ("alpha", "bar"):
            previous = _shift(index, -1)
            if previous is None:
                continue
            if index.isdigit() and int(index) <= _WRITTEN_OUT:  # abar_2 = alpha_1 alpha_2: the first steps
                below = range(int(index) - 1, -1, -1)
                start = next((j for j in below if _from_the_note(("alpha", "bar", str(j)), keys, skipped, said)), None)
                first = 1 if start is None else start + 1
                product = sp.Mul(*(vocabulary.symbol(("alpha", "", str(s))) for s in range(first, int(index) + 1)))
                if start is None:
                    found_now.append(Definition(symbol, product, f"ᾱ_{index} = {_product_text(index)} (DDPM)"))
                    continue
                alphas = f"α_{index}" if first == int(index) else f"α_{first} ⋯ α_{index}"
                name = f"ᾱ_{index} = {alphas} ᾱ_{start} (DDPM, from the note's ᾱ_{start})"
                found_now.append(Definition(symbol, product * vocabulary.symbol(("alpha", "bar", str(start))), name))
                continue
            alpha_key, prior_key = ("alpha", "", index), ("alpha", "bar", previous)
            if alpha_key not in keys and prior_key not in keys:
                continue
            prior = sp.Integer(1) if previous == "0" else vocabulary.symbol(prior_key)
            found_now.append(Definition(symbol, vocabulary.symbol(alpha_key) * prior,
                                    f"ᾱ_{index} = α_{index} ᾱ_{previous} (DDPM)"))  # fmt: skip
    return found_now


def _product_text(index: str) -> str:
    """DDPM's abar_k at a first step k, as shown: alpha_1 ... alpha_k (1, the empty product, at k = 0)."""
    return {"0": "1, the empty product", "1": "α_1"}.get(index, f"α_1 ⋯ α_{index}")


def _from_the_note(key: Key, keys: Mapping[Key, sp.Symbol], skipped: set[sp.Expr], said: Collection[Key]) -> bool:
    """Whether the note defines, contests or says something of the name ``key`` (which the step may not write)."""
    return key in said or keys.get(key) in skipped


def product_broken(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> str:
    """Why the context's relations of abar are set aside, or '': the note defines abar_j at a first step (j <= 10)
    otherwise than as the product alpha_1 ... alpha_j (abar_0 = 1/2, not the empty product 1).  DDPM's product
    abar_k = alpha_1 ... alpha_k and its recursion abar_k = alpha_k abar_{k-1} run from the note's abar_j then
    disagree (abar_1 = alpha_1 by the one, alpha_1 abar_0 = alpha_1 / 2 by the other), and which the note means is
    not known."""
    keys = _keys(vocabulary)
    for (base, decoration, index), symbol in keys.items():
        definition = defined.get(symbol)
        if (base, decoration) != ("alpha", "bar") or not isinstance(definition, Definition):
            continue
        if not (index.isdigit() and int(index) <= _WRITTEN_OUT):
            continue
        product = sp.Mul(*(vocabulary.symbol(("alpha", "", str(s))) for s in range(1, int(index) + 1)))
        others = {lhs: d for lhs, d in defined.items() if lhs != symbol}
        definitions = [d for d in others.values() if isinstance(d, Definition) and not isinstance(d.lhs, Density)]
        definitions += schedule(vocabulary, others)
        if prove_equal(written_out(definition.rhs, definitions), written_out(product, definitions)) is None:
            return (
                f"{definition.name} is not DDPM's ᾱ_{index} = {_product_text(index)}, so the context's product and its recursion "
                "from the note's value disagree"
            )
    return ""


def chain_order(vocabulary: NoteVocabulary, symbols: Iterable[sp.Symbol]) -> tuple[sp.Symbol, ...]:
    """The x variables among ``symbols`` in the order of their (generic) indices."""
    ranked = []
    for symbol in symbols:
        key = vocabulary.symbols.get(symbol)
        if key is None or key[0] != "x" or key[1]:
            continue
        low = key[2].split(":")[0]
        value = index_value(low)
        order = None if value is None else _order(value)
        if order is not None:
            ranked.append((order, symbol))
    return tuple(symbol for _, symbol in sorted(ranked, key=lambda item: item[0]))


def is_noise(key: Key) -> bool:
    """Whether a name is a noise's: epsilon with any index, z with an index or decoration (bare z is a latent)."""
    return key[0] in NOISES and (key[0] == "epsilon" or bool(key[1]) or bool(key[2]))


def noises(vocabulary: NoteVocabulary, symbols: Iterable[sp.Symbol]) -> tuple[sp.Symbol, ...]:
    """The noise-named symbols among ``symbols`` (:func:`is_noise`)."""
    found = []
    for symbol in symbols:
        key = vocabulary.symbols.get(symbol)
        if key is not None and is_noise(key):
            found.append(symbol)
    return tuple(sorted(found, key=str))


def _from_the_data(order: tuple[sp.Symbol, ...], sides: Iterable[sp.Expr], vocabulary: NoteVocabulary) -> tuple:
    """A step about the marginal q(x_t) of one variable and no other of the chain: the chain from x_0, whose law
    (the data's) q(x_t) averages q(x_t | x_0) over; else ()."""
    marginal = any(
        not d.given and d.name == "q" and d.variables == order for side in sides for d in side.atoms(Density)
    )
    if len(order) != 1 or not marginal or vocabulary.symbols[order[0]][2] in ("0", ""):
        return ()
    return (vocabulary.symbol(("x", "", "0")), *order)


def transitions(vocabulary: NoteVocabulary, order: tuple[sp.Symbol, ...]) -> list[Definition]:
    """The Gaussian transitions and marginals of q between the chain's variables a step names."""
    keys = {symbol: vocabulary.symbols[symbol] for symbol in order}
    found = []
    start = next((s for s, key in keys.items() if key[2] == "0"), None)
    for symbol, key in keys.items():
        if ":" in key[2] or key[2] == "0":
            continue
        index = key[2]
        previous = _shift(index, -1)
        before = next((s for s, k in keys.items() if k[2] == previous), None)
        alpha = vocabulary.symbol(("alpha", "", index))
        if before is not None:
            found.append(Definition(Density("q", (symbol,), (before,)),
                                    Normal(symbol, sp.sqrt(alpha) * before, 1 - alpha),
                                    f"q(x_{index} | x_{previous}) = N(√α_{index} x_{previous}, 1 - α_{index}) (DDPM)"))  # fmt: skip
        if start is not None and start is not before:
            abar = vocabulary.symbol(("alpha", "bar", index))
            found.append(Definition(Density("q", (symbol,), (start,)),
                                    Normal(symbol, sp.sqrt(abar) * start, 1 - abar),
                                    f"q(x_{index} | x_0) = N(√ᾱ_{index} x_0, 1 - ᾱ_{index}) (DDPM)"))  # fmt: skip
    return found


def _posterior(vocabulary: NoteVocabulary, index: str) -> tuple[sp.Expr | None, sp.Expr] | None:
    """The mean (in x_k and x_0, None when the step writes neither) and variance of q(x_{k-1} | x_k, x_0), the
    catalogue's forward posterior at step k = ``index`` (None at k = 1, where it is a point mass, or when k - 1
    cannot be written)."""
    previous = _shift(index, -1)
    if previous is None or previous == "0":
        return None
    keys = _keys(vocabulary)
    start, current = keys.get(("x", "", "0")), keys.get(("x", "", index))
    step = {
        catalogue.alpha_t: vocabulary.symbol(("alpha", "", index)),
        catalogue.abar_t: vocabulary.symbol(("alpha", "bar", index)),
        catalogue.abar_tm1: vocabulary.symbol(("alpha", "bar", previous)),
    }
    variance = POSTERIOR_VARIANCE.xreplace(step)
    if start is None or current is None:
        return None, variance
    return POSTERIOR_MEAN.xreplace(step | {catalogue.x_t: current, catalogue.x_0: start}), variance


def _note_owns(vocabulary: NoteVocabulary, defined: Iterable[sp.Expr]) -> Callable[[Key], bool]:
    """Whether a name's letter and decoration are the note's own: it defines them with an index (mu~ for
    mu~_t(x_t, x_0) := ..., with or without an index then), or without one and the name has none either (a
    lemma's mu~ := ... leaves Ho et al.'s mu~_t to the context)."""
    indexed, bare = set(), set()
    for lhs in defined:
        if isinstance(lhs, sp.core.function.AppliedUndef):
            key = vocabulary.functions.get(lhs.func.__name__)
        else:
            key = vocabulary.symbols.get(lhs)
        if key is not None:
            (indexed if key[2] else bare).add(key[:2])

    def owned(key: Key) -> bool:
        return key[:2] in indexed or (not key[2] and key[:2] in bare)

    return owned


def posteriors(vocabulary: NoteVocabulary, sides: Iterable[sp.Expr], defined: Mapping[sp.Expr, object],
               gaussians: bool) -> list[Definition]:  # fmt: skip
    """The forward posterior q(x_{k-1} | x_k, x_0) = N(x_{k-1}; mu~_k(x_k, x_0), beta~_k) of each such density a
    step writes (Bayes' rule on the Gaussians above, :mod:`derivations.forward_posterior`), and the names
    mu~_k(x_k, x_0) (mu~_k for short) and beta~_k in Ho et al.'s (2020, eq. 7) sense where the note does not
    define them."""
    found: list[Definition] = []
    keys = _keys(vocabulary)
    owned = _note_owns(vocabulary, defined)
    for side in sides:
        for density in side.atoms(Density) if gaussians else ():
            if density.name != "q" or len(density.variables) != 1 or len(density.given) != 2:
                continue
            (before,), given = density.variables, set(density.given)
            start = keys.get(("x", "", "0"))
            if start not in given or density in defined or not all(v in vocabulary.symbols for v in given | {before}):
                continue
            (current,) = given - {start}
            index = vocabulary.symbols[current][2]
            law = _posterior(vocabulary, index)
            if law is None or law[0] is None or vocabulary.symbols[before] != ("x", "", _shift(index, -1)):
                continue
            found.append(Definition(density, Normal(before, *law), f"q(x_{_shift(index, -1)} | x_{index}, x_0) = "
                                    f"N(μ̃_{index}, β̃_{index}), the forward posterior (DDPM)"))  # fmt: skip
        for call in side.atoms(sp.core.function.AppliedUndef):
            key = vocabulary.functions.get(call.func.__name__)
            if key is None or key[:2] != ("mu", "tilde") or owned(key) or len(call.args) != 2:
                continue
            current, start = call.args
            index = vocabulary.symbols.get(current, ("", "", ""))[2]
            law = _posterior(vocabulary, index) if key[2] in ("", index) else None
            if law is not None and law[0] is not None and start == keys.get(("x", "", "0")):
                found.append(
                    Definition(call, law[0], f"μ̃_{index}(x_{index}, x_0), the forward posterior's mean (DDPM)")
                )
    for (base, decoration, index), symbol in keys.items():
        if (base, decoration) not in {("beta", "tilde"), ("mu", "tilde")} or owned((base, decoration, index)):
            continue
        law = _posterior(vocabulary, index)
        if law is not None and base == "beta":
            found.append(Definition(symbol, law[1], f"β̃_{index}, the forward posterior's variance (DDPM)"))
        elif law is not None and law[0] is not None:  # mu~_k written without its arguments x_k, x_0
            found.append(Definition(symbol, law[0], f"μ̃_{index} = μ̃_{index}(x_{index}, x_0), the forward "
                                    "posterior's mean (DDPM)"))  # fmt: skip
    return found


def _stated_by_context(vocabulary: NoteVocabulary, lhs: sp.Expr) -> sp.Expr | None:
    """What the context states of ``lhs`` when the note defines it too: a transition or marginal of q, or a
    schedule name (None for another name, the context saying nothing of it)."""
    if isinstance(lhs, Density):
        keys = [vocabulary.symbols.get(v, ("",) * 3) for v in lhs.arguments]
        if lhs.name != "q" or len(lhs.variables) != 1 or len(lhs.given) != 1 or any(k[:2] != ("x", "") for k in keys):
            return None
        (point,), (given,) = lhs.variables, lhs.given
        index, below = keys[0][2], keys[1][2]
        if below == "0":
            abar = vocabulary.symbol(("alpha", "bar", index))
            return Normal(point, sp.sqrt(abar) * given, 1 - abar)
        if below == _shift(index, -1):
            alpha = vocabulary.symbol(("alpha", "", index))
            return Normal(point, sp.sqrt(alpha) * given, 1 - alpha)
        return None
    base, decoration, index = vocabulary.symbols.get(lhs, ("", "", ""))
    if (base, decoration) == ("alpha", "bar") and _shift(index, -1) is not None:
        previous = _shift(index, -1)
        prior = sp.Integer(1) if previous == "0" else vocabulary.symbol(("alpha", "bar", previous))
        return vocabulary.symbol(("alpha", "", index)) * prior
    if (base, decoration) in {("alpha", ""), ("beta", "")}:
        other = vocabulary.symbol(("beta" if base == "alpha" else "alpha", "", index))
        return 1 - other
    return None


def _marginal(definition: Definition, vocabulary: NoteVocabulary) -> bool:
    """Whether a definition the context states is a marginal q(x_k | x_0), which it derives from the schedule."""
    lhs = definition.lhs
    return isinstance(lhs, Density) and [vocabulary.symbols.get(g) for g in lhs.given] == [("x", "", "0")]


def agrees(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> bool:
    """Whether the note's own definitions of the process -- q's transitions and marginals, alpha, abar, beta --
    agree with the context's, so that what the context derives from them (the forward posterior) holds in the
    note too.  Another density of q the note defines is not known to agree."""
    compared = []
    for lhs, definition in defined.items():
        if isinstance(lhs, Density) and lhs.name == "q" and _stated_by_context(vocabulary, lhs) is None:
            return False
        if isinstance(lhs, Density) or vocabulary.symbols.get(lhs, ("",))[0] in ("alpha", "beta"):
            compared.append((lhs, definition))
    if not compared:  # nothing to compare: no name is made for the comparison alone
        return True
    return not any(disagrees(vocabulary, definition, defined) for _, definition in compared)


@functools.lru_cache(maxsize=2048)
def _written_out(expr: sp.Expr, definitions: tuple[Definition, ...]) -> sp.Expr:
    """:func:`~derivations.kernel.rules.written_out`, remembered: the steps of a note compare the same definitions
    with the context's again.  It reads only its arguments, both immutable (a SymPy formula; frozen definitions of
    SymPy formulas), so they are its whole key."""
    return written_out(expr, definitions)


def disagrees(vocabulary: NoteVocabulary, definition: Definition, defined: Mapping[sp.Expr, object]) -> bool:
    """Whether ``definition`` of a name the context states (a transition or marginal of q, alpha, abar, beta) is
    not shown equal to the context's, the note's other definitions (``defined``) and the context's schedule
    written out; a density of q the context does not state here (its posterior) is not known to agree."""
    stated = _stated_by_context(vocabulary, definition.lhs)
    if stated is None:
        return isinstance(definition.lhs, Density) and definition.lhs.name == "q"
    definitions = [d for d in defined.values() if isinstance(d, Definition) and not isinstance(d.lhs, Density)]
    definitions += schedule(vocabulary, defined)
    ours, theirs = _written_out(definition.rhs, tuple(definitions)), _written_out(stated, tuple(definitions))
    pairs = [(ours, theirs)]
    if isinstance(ours, Normal) and isinstance(theirs, Normal) and ours.point == theirs.point:
        pairs = [(ours.mean, theirs.mean), (ours.var, theirs.var)]
    return any(prove_equal(a, b) is None for a, b in pairs)


def contradicted(
    vocabulary: NoteVocabulary,
    defined: Mapping[sp.Expr, object],
    variances: Mapping[sp.Expr, Mapping[sp.Symbol, sp.Expr]],
) -> dict[sp.Symbol, str]:
    """The chain's variables the note defines with another law than the context's, each with why: x_t := a x_s +
    sum_i b_i n_i + c, n_i the context's independent standard normal noises (or none) and c a constant, makes
    q(x_t | x_s) = N(a x_s + c, sum_i b_i^2), which must be the context's transition or marginal; a definition of
    another form (x_{t-1}^2, x_{t-1} eps_{t-1}, |eps_{t-1}|, + x_{t-2} or + x_0 beside x_{t-1}) is no Gaussian step
    of the context's chain at all (x_t := sqrt(abar_t) x_0 + abar_t eps,
    a typo, is not; nor is a drift, x_t := sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps_{t-1} + 1, nor x_1 :=
    x_0, a point mass).  A noise the note gives a centred Gaussian law of its own for that definition, N(0, v)
    (``variances``, by the variable each defines), makes it N(a x_s + c, b^2 v).  A definition the other way,
    x_{t-1} := a x_t + b n (or x_0 := a x_t + b n), is the context's only as its forward step solved for the
    earlier variable: a = 1 / sqrt(alpha_t), b = -+sqrt(1 - alpha_t) / sqrt(alpha_t), c = 0 (the noise then
    the one that made x_t); else the note's process runs backwards, and Bayes' rule, not the context, gives
    q(x_t | x_{t-1})."""
    definitions = [d for d in defined.values() if isinstance(d, Definition) and not isinstance(d.lhs, Density)]
    definitions += schedule(vocabulary, defined)
    found = {}
    for lhs, definition in defined.items():
        if not (isinstance(definition, Definition) and vocabulary.symbols.get(lhs, ("",) * 3)[:2] == ("x", "")):
            continue
        value = sp.expand(definition.rhs)
        randoms = sorted((s for s in value.free_symbols if vocabulary.is_random(s)), key=str)
        noise = noises(vocabulary, randoms)
        before = [s for s in randoms if s not in noise]
        if not randoms or not vocabulary.symbols[lhs][2]:
            continue  # x_t := 0 at an index, a value the judge weighs as one; x := x_0, a name for x_0
        if len(before) != 1 or not _chained(vocabulary, lhs, before[0]):
            made_of = ", ".join(map(str, before)) or "noise alone"
            found[lhs] = f"{definition.name} makes {lhs} of {made_of}, not of one step of the chain"
            continue  # x_t := sqrt(alpha_t) x_{t-1} + x_{t-2} + ..., or + x_0: not the context's chain
        scale = value.coeff(before[0])
        spreads = [value.coeff(n) for n in noise]
        drift = sp.expand(value - scale * before[0] - sum(b * n for b, n in zip(spreads, noise)))
        if any(part.has(*randoms) for part in (scale, *spreads, drift)):
            found[lhs] = (
                f"{definition.name} gives {lhs} a law not Gaussian given {before[0]} (not of the form a x + b n + c)"
            )
            continue  # x_{t-1}^2, x_{t-1} eps_{t-1}, eps_{t-1}^2, |eps_{t-1}|: no Gaussian step of the context's
        variance = sum(  # independent noises: their variances add
            (b**2 * variances.get(lhs, {}).get(n, sp.Integer(1)) for b, n in zip(spreads, noise)), sp.Integer(0)
        )
        stated = _stated_by_context(vocabulary, Density("q", (lhs,), (before[0],)))
        if isinstance(stated, Normal):
            ours = [scale * before[0] + drift, variance]
            theirs = [stated.mean, stated.var]
            how = f"another law given {before[0]} than the context's"
        else:  # the other way: the context's law of the later variable given this one, solved for this one
            stated = _stated_by_context(vocabulary, Density("q", (before[0],), (lhs,)))
            if not isinstance(stated, Normal):
                continue
            factor = stated.mean.coeff(lhs)
            ours = [scale, variance, drift]
            theirs = [1 / factor, stated.var / factor**2, sp.Integer(0)]
            how = f"a value from {before[0]} that is not the context's forward step solved for it"
        ours = [written_out(a, definitions) for a in ours]
        theirs = [written_out(b, definitions) for b in theirs]
        if any(prove_equal(a, b) is None for a, b in zip(ours, theirs)):
            found[lhs] = f"{definition.name} gives {lhs} {how}"
    return found


def beyond_one_step(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> str:
    """Why the note's own forward steps leave q's chain not Markov, or '': a chain variable it defines from two
    of the chain's variables or more (x_t := sqrt(alpha_t) x_{t-1} + ... + x_{t-2}, or + x_0), which then tell
    x_t more than the step before it does."""
    for lhs, definition in defined.items():
        if not (isinstance(definition, Definition) and vocabulary.symbols.get(lhs, ("",) * 3)[:2] == ("x", "")):
            continue
        randoms = [s for s in definition.rhs.free_symbols if vocabulary.is_random(s)]
        chained = sorted((s for s in randoms if s not in noises(vocabulary, randoms)), key=str)
        if len(chained) > 1 and all(_chained(vocabulary, lhs, s) for s in chained):
            return f"{definition.name} makes {lhs} of {', '.join(map(str, chained))}: q's chain is not Markov"
    return ""


def _chained(vocabulary: NoteVocabulary, lhs: sp.Symbol, before: sp.Symbol) -> bool:
    """Whether two variables are the chain's, x_k and x_j at indices that can be written (x_t, x_{t-1}, x_0)."""
    keys = [vocabulary.symbols.get(s, ("",) * 3) for s in (lhs, before)]
    return all(k[:2] == ("x", "") and k[2] and ":" not in k[2] and index_value(k[2]) is not None for k in keys)


def gives_meaning(target: syntax.Node, body: syntax.Node, tied: frozenset[Key] = frozenset()) -> bool:
    """Whether the DDPM context gives ``target`` its meaning, so that ``target = body`` is a claim about it, not
    a definition: the schedule's names (alpha_t, beta_t, abar_t, and their powers) equated with a body free of
    random variables, a density of the forward law q over the chain's variables (q(x_t) too: the context's process
    from the data's law), beta~_k (k >= 2) equated with a body free of random variables, or mu~(x_k, x_0) (mu~_k
    too) with a body in x_k, x_0 and the noises ``tied`` to them (a definition of the note makes x_k of x_0 and
    eps); a mean written in another noise is the note's own name for another function."""
    randoms = {key for key in keys_in(body) if key[0] in RANDOM} - tied
    if isinstance(target, syntax.Power) and isinstance(target.base, syntax.Name):
        target = target.base  # beta_t^2 = 1 - alpha_t^2 equates the context's beta_t too
    if isinstance(target, syntax.Name) and target.key[:2] in SCHEDULE:  # the context's alpha_t = 1 - beta_t, abar_t
        return not randoms and _determined(target, body)
    if not names(target):
        return False
    if _forward_density(target):
        return True
    if isinstance(target, syntax.Name):
        if target.key[:2] == ("mu", "tilde"):
            return randoms <= {("x", "", target.index), ("x", "", "0")}
        return not randoms
    return randoms <= {a.key for a in target.arguments if isinstance(a, syntax.Name)}


def _determined(target: syntax.Name, body: syntax.Node) -> bool:
    """Whether the context determines ``target = body``: the body writes only numbers and the schedule's names at
    the target's step or the one before (alpha_t = 1 - beta_t, abar_t = alpha_t abar_{t-1}); a schedule the note
    chooses (beta_t = beta, beta_t = beta_1 + (t - 1)(beta_T - beta_1) / (T - 1)) is the note's, which the
    context leaves free."""
    steps = {target.index, _shift(target.index, -1)}
    written = [n for n in nodes(body) if isinstance(n, syntax.Name)]
    return bool(written) and all(n.key[:2] in SCHEDULE and n.index in steps and n.key != target.key for n in written)


def names(target: syntax.Node) -> bool:
    """Whether ``target`` is a name the DDPM context gives a meaning, whatever a note equates it with: a density
    of q over the chain's variables, beta~_k or mu~_k (k >= 2), mu~(x_k, x_0)."""
    if _forward_density(target):
        return True
    if isinstance(target, syntax.Name):
        return _shift(target.index, -1) not in (None, "0") and target.key[:2] in (("mu", "tilde"), ("beta", "tilde"))
    if not (isinstance(target, syntax.Call) and target.name.key[:2] == ("mu", "tilde") and not target.given):
        return False
    arguments = [a.key if isinstance(a, syntax.Name) else None for a in target.arguments]
    if len(arguments) != 2 or None in arguments or arguments[1] != ("x", "", "0") or arguments[0][:2] != ("x", ""):
        return False
    index = arguments[0][2]
    return target.name.index in ("", index) and _shift(index, -1) not in (None, "0")


def _forward_density(target: syntax.Node) -> bool:
    """Whether ``target`` is a density of q over indexed x variables alone (q(x_t | x_{t-1}), q(x_t))."""
    if not (isinstance(target, syntax.Call) and target.name.key == ("q", "", "")):
        return False
    variables = (*target.arguments, *target.given)
    return all(isinstance(v, syntax.Name) and v.key[:2] == ("x", "") and v.index for v in variables)


#: The context's naming of the noises, Luo's (2022, eq. 61) and Weng's: x_t = sqrt(alpha_t) x_{t-1} +
#: sqrt(1 - alpha_t) eps_{t-1}, the noise one index below the step's (a note's own forward step may say otherwise).
LUO_LAG = 1


def noise_lag(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object], default: int | None = None) -> int | None:
    """How far below its own index a forward step's noise lies, read from the note's definition of the step
    (``x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps_{t-1}``: 1; ``... eps_t``: 0); ``default`` when the
    note defines no such step, None when its definitions disagree."""
    lags = set()
    for name, definition in defined.items():
        key = vocabulary.symbols.get(name)
        if key is None or key[:2] != ("x", "") or not isinstance(definition, Definition):
            continue
        for noise in noises(vocabulary, definition.rhs.free_symbols):
            own, its = index_value(key[2]), index_value(vocabulary.symbols[noise][2])
            if own is not None and its is not None and (own - its).is_Integer:
                lags.add(int(own - its))
    if not lags:
        return default
    return lags.pop() if len(lags) == 1 else None


@dataclass(frozen=True)
class Written:
    """A step in law as the note wrote it, before its random variables were written through their definitions:
    its sides, and each such variable with its value (its noises: a noise beside it there is accounted for)."""

    sides: tuple[sp.Expr, ...] = ()
    values: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()


#: A step with nothing substituted: read as it is written.
AS_WRITTEN = Written()


@dataclass(frozen=True)
class Ties:
    """What a note says, beyond its definitions, that may make names depend on each other
    (:mod:`~diffproof.notecheck.statements.noise_ties`): ``drawn``, pairs (a, b), a drawn given b; ``tied``, pairs
    of names either of which may vary with the other; ``same``, pairs of names said to be one value (a = b, "$a$
    equals $b$"), which, unlike a tie, composes: a = c and c = b make a = b."""

    drawn: frozenset[tuple[Key, Key]] = frozenset()
    tied: frozenset[frozenset[Key]] = frozenset()
    same: frozenset[frozenset[Key]] = frozenset()

    def __or__(self, other: Ties) -> Ties:
        return Ties(self.drawn | other.drawn, self.tied | other.tied, self.same | other.same)


#: No ties at all.
NONE = Ties()


def independent(
    vocabulary: NoteVocabulary,
    noise: sp.Symbol,
    side: sp.Expr,
    lag: int | None,
    replaced: set,
    values: Mapping[sp.Symbol, sp.Expr] | None = None,
    defined: Mapping[sp.Expr, object] | None = None,
    ties: Ties = NONE,
) -> bool:
    """Whether ``noise`` is independent of every random variable a side in law holds fixed beside it (its law is
    taken given them): x_0, or x_k made of earlier noises only (the noise's index above k - ``lag``, the note's
    forward step or the context saying which; above k where the lag is unknown, as either convention allows).
    Any other random variable, or a noise without an index, may be the one the noise made (x_t = ... +
    sqrt(1 - abar_t) eps), and so may one the note ``defined`` from the noise (x_0 := 2 eps, or through
    eta := eps) or ties to it otherwise (its stated laws, statements and words: ``ties``, :func:`linked`).  The
    variables ``replaced`` by their forward marginals in law are not held fixed, nor those
    whose ``values`` (their definitions, substituted) write the noise: that dependence is written out."""
    written = side.atoms(sp.Symbol)  # bound ones too: E_eps[x_t eps] takes x_t's law beside eps's
    if noise not in written:
        return True
    own = vocabulary.symbols[noise][2]
    j = index_value(own) if own and ":" not in own else None
    noisy = set(noises(vocabulary, written))
    for symbol in written - noisy - replaced:
        key = vocabulary.symbols.get(symbol)
        random = vocabulary.is_random(symbol) or key in vocabulary.said_random  # E(u eps) = 1 stated: u random
        if not random or (values and symbol in values and noise in values[symbol].free_symbols):
            continue
        if linked(vocabulary, symbol, noise, defined or {}, ties):
            return False
        if key == ("x", "", "0"):
            continue
        k = index_value(key[2]) if key[:2] == ("x", "") and key[2] and ":" not in key[2] else None
        if j is None or k is None or not ((j - k).is_Integer and j - k + (lag or 0) > 0):
            return False
    return True


def linked(
    vocabulary: NoteVocabulary, one: sp.Symbol, other: sp.Symbol, defined: Mapping[sp.Expr, object], ties: Ties = NONE
) -> bool:
    """Whether the note may make one of two names depend on the other: what either is made of -- along its
    definitions (a name to its body's names, in turn: x_0 := eta, eta := eps) and the laws it states (x_0 ~ N(eta,
    1) draws x_0 given eta), ``ties.drawn`` -- reaches the other, or a statement or sentence ties (``ties.tied``:
    x_0 = eps as a condition, "$x_0$ equals $\\epsilon$") something each is made of, itself included.  A
    definition's inputs are not linked through it (x_t := a x_0 + b eps leaves x_0 and eps apart), nor two names
    through a third tied to both.  A path passes through random variables and the names the note defines only: a
    constant it does not define (alpha_t, the I of N(0, I)) is a number, which varies with nothing (nor is a tie
    of one followed: "$\\sigma$ is $\\epsilon$" beside x_0 ~ N(sigma, 1) is not seen).  Between two noises,
    names said one value (``ties.same``) are one node, whatever their kind (eps_1 = c = eps_2), and two noises made
    of one varying name (eps_1 := z, eps_2 := z) are linked: equality and making compose, a tie does not."""

    def node(symbol: sp.Expr) -> object:
        return vocabulary.symbols.get(symbol, symbol)

    made = {node(lhs) for lhs, definition in defined.items() if isinstance(definition, Definition)}
    graph = set(ties.drawn) | {
        (node(lhs), node(s))
        for lhs, definition in defined.items()
        if isinstance(definition, Definition)
        for s in definition.rhs.free_symbols
    }

    a, b = node(one), node(other)
    noises_both = all(isinstance(n, tuple) and is_noise(n) for n in (a, b))
    same = ties.same if noises_both else frozenset()
    graph |= {(x, y) for pair in same for x in pair for y in pair if x != y}
    one_value = {n for pair in same for n in pair}

    def passes(name: object) -> bool:
        return name in made or name in one_value or (isinstance(name, tuple) and name[0].rstrip("'") in RANDOM)

    from_a = {a} | {n for n in _reach(a, graph, passes) if passes(n)}
    from_b = {b} | {n for n in _reach(b, graph, passes) if passes(n)}
    shared = noises_both and bool(from_a & from_b)  # one value, or made of one that varies
    return shared or b in from_a or a in from_b or any(frozenset((x, y)) in ties.tied for x in from_a for y in from_b)


def tied_as_written(
    vocabulary: NoteVocabulary, keys: Iterable[Key], defined: Mapping[sp.Expr, object], ties: Ties
) -> dict[Key, str]:
    """The noises a step writes that the note's statements or words (``ties``, not its definitions alone, which
    the step's reading writes out) may make depend on another random variable the step writes (:func:`linked`),
    each with why: read as the step is written, before a definition's instance replaces that variable
    (E(x_{t-1} eps_t), x_{t-1} said to be made from eps_t, stays in doubt once x_{t-1} is written through x_{t-2}
    and eps_{t-1})."""
    written = {symbol: key for symbol, key in vocabulary.symbols.items() if key in set(keys)}
    randoms = [s for s in written if vocabulary.is_random(s)]
    found = {}
    for noise in (s for s in randoms if is_noise(written[s])):
        other = next(
            (
                s
                for s in randoms
                if s != noise
                and linked(vocabulary, s, noise, defined, ties)
                and not linked(vocabulary, s, noise, defined)
            ),
            None,
        )
        if other is not None:
            found[written[noise]] = f"the note may make it depend on {other}, which the step writes beside it"
    return found


def _reach(start: object, graph: set[tuple[object, object]], passes: Callable[[object], bool]) -> set[object]:
    """The nodes a path along ``graph``'s edges leads to from ``start``, through nodes that ``passes`` only."""
    found: set[object] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        step = {b for a, b in graph if a == current} - found
        found |= step
        todo += [n for n in step if passes(n)]
    return found


def marginals_in_law(vocabulary: NoteVocabulary, sides: Iterable[sp.Expr], lag: int | None) -> list[Assumption]:
    """x_k =d sqrt(abar_k) x_0 + sqrt(1 - abar_k) eta_k, a fresh standard normal eta_k, for each x_k of a step in
    law written beside x_0: the forward marginal q(x_k | x_0), as a value.  Only where, on every side that
    writes x_k, every noise beside it comes after the noises x_k is made of (index above k - ``lag``, the note's
    own forward step saying which): then x_k and those noises are independent given x_0, and each side's law
    given x_0 is a Gaussian's.  (The value replaces x_k on both sides: one side's noise may have made it.)"""
    start = _keys(vocabulary).get(("x", "", "0"))
    if lag is None or start is None:
        return []
    qualified: dict[sp.Symbol, bool] = {}
    for side in sides:
        later = [s for s in chain_order(vocabulary, side.free_symbols) if s != start]
        for symbol in later:
            qualified[symbol] = (
                qualified.get(symbol, True) and len(later) == 1 and _after(vocabulary, symbol, side, lag)
            )
    found: list[Assumption] = []
    for symbol in (s for s, ok in qualified.items() if ok):
        index = vocabulary.symbols[symbol][2]
        eta = sp.Dummy(f"η_{index}", real=True)
        abar = vocabulary.symbol(("alpha", "bar", index))
        value = sp.sqrt(abar) * start + sp.sqrt(1 - abar) * eta
        found += [Definition(symbol, value, f"x_{index} =d √ᾱ_{index} x_0 + √(1 - ᾱ_{index}) η, η a standard "
                             f"normal independent of the later noises (DDPM)", Relation.EQ_LAW), Noises((eta,))]  # fmt: skip
    return found


def _after(vocabulary: NoteVocabulary, symbol: sp.Symbol, side: sp.Expr, lag: int) -> bool:
    """Whether every noise of ``side`` comes after the noises the chain's ``symbol`` x_k is made of, and no other
    random variable is held fixed beside it (two steps of the chain, two noises' neighbours, depend)."""
    start = _keys(vocabulary).get(("x", "", "0"))
    others = {s for s in side.free_symbols if vocabulary.is_random(s)} - {start, symbol}
    if others - set(noises(vocabulary, side.free_symbols)):  # held fixed beside x_k, it may depend on it
        return False
    index = vocabulary.symbols[symbol][2]
    k = index_value(index)
    beside = [index_value(vocabulary.symbols[n][2]) if vocabulary.symbols[n][2] else None
              for n in noises(vocabulary, side.free_symbols)]  # fmt: skip
    return (
        k is not None
        and ":" not in index
        and all(j is not None and (j - (k - lag)).is_Integer and j - (k - lag) > 0 for j in beside)
    )


def indexed_chains(vocabulary: NoteVocabulary, sides: Iterable[sp.Expr]) -> list[IndexedMarkovChain]:
    """x_0 -> x_1 -> ... -> x_top a Markov chain under q and under p, for the indexed variables of a step over
    sums (``top``: the highest index the step's ``sides`` reach, sums' ranges included, when SymPy can tell
    which it is)."""
    tops: dict[sp.IndexedBase, list[sp.Expr]] = {}
    for side in sides:
        try:
            variables = random_in(side, vocabulary)
        except Unmodelled:  # indices that cannot be ordered: no chain is read from this side
            continue
        for variable in variables:
            if isinstance(variable, Slice):
                tops.setdefault(variable.base, []).append(variable.stop)
            elif isinstance(variable, sp.Indexed):
                tops.setdefault(variable.base, []).append(variable.indices[0])
    found = []
    for base, indices in tops.items():
        top = extreme(indices, Ranges(), lowest=False)
        if top is not None and top.free_symbols and top.is_integer:
            found += [IndexedMarkovChain("q", base, 0, top), IndexedMarkovChain("p", base, 0, top)]
    return found


def _forward(vocabulary: NoteVocabulary, chain: IndexedMarkovChain) -> bool:
    """Whether ``chain`` is the context's forward process: x_0, x_1, ... (a latent z_1, z_2, ... is not)."""
    return vocabulary.symbols.get(chain.base.label, ("",))[0] == "x"


def _writes_schedule(vocabulary: NoteVocabulary, symbols: set[sp.Symbol], defined: Mapping[sp.Expr, object]) -> bool:
    """Whether the step, or a definition of the note, writes a name of the schedule (alpha_t, abar_t, beta_t):
    the forward steps over an index are then not given as Gaussian steps with a schedule of their own, which
    would be another schedule than the one those names stand for."""
    written = set(symbols)
    for definition in defined.values():
        if isinstance(definition, Definition):
            written |= definition.lhs.free_symbols | definition.rhs.free_symbols
    return any(vocabulary.symbols.get(s, ("", "", ""))[:2] in SCHEDULE for s in written)


def presupposed_sizes(vocabulary: NoteVocabulary) -> list[Constraint]:
    """A step that writes x_2 beside x_T presupposes T >= 2: the trajectory reaches every variable it names
    (a counterexample at T = 1 with an x_2 past x_T would refute what the note never claimed)."""
    found = []
    for indices in vocabulary.indexed_bases.values():
        symbolic = [i for i in indices if i.free_symbols]
        top = extreme(symbolic, Ranges(), lowest=False) if symbolic else None
        constants = [int(i) for i in indices if i.is_Integer]
        if top is not None and constants and max(constants) > 0:
            found.append(Constraint(sp.Ge(top, max(constants))))
    return found


#: The laws whose chains x_0 -> ... -> x_T a named context states: the forward process q and the model p.
CHAINED = frozenset({"q", "p"})


@dataclass(frozen=True)
class Process:
    """What a note states of the forward process itself, with no context declared: the laws (``"q"``, ``"p"``)
    whose chain x_0 -> ... -> x_T it writes as the product of its transitions, and whether it defines
    abar_t = prod_{i=1}^{t} alpha_i.  With its own definition of q's Gaussian transitions, each part of the
    context that follows from these is a consequence of the note, not a reading of it (see :func:`ddpm`)."""

    chains: frozenset[str] = frozenset()
    products: bool = False


def _transitions_stated(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> bool:
    """Whether the note defines q(x_t | x_{t-1}) at a generic step t (so at every step) as the context does,
    N(sqrt(alpha_t) x_{t-1}, 1 - alpha_t), by its own definitions alone (beta_t = 1 - alpha_t only if it says so)."""
    definitions = [d for d in defined.values() if isinstance(d, Definition) and not isinstance(d.lhs, Density)]
    for lhs, definition in defined.items():
        if not (isinstance(lhs, Density) and lhs.name == "q" and isinstance(definition, Definition)):
            continue
        stated = _stated_by_context(vocabulary, lhs)
        if stated is None or not isinstance(definition.rhs, Normal):
            continue
        (point,), (given,) = lhs.variables, lhs.given
        index, below = vocabulary.symbols[point][2], vocabulary.symbols[given][2]
        value = index_value(index)
        if below != _shift(index, -1) or value is None or not value.free_symbols:
            continue
        ours, theirs = definition.rhs, stated
        pairs = [(ours.mean, theirs.mean), (ours.var, theirs.var)]
        if all(prove_equal(written_out(a, definitions), written_out(b, definitions)) for a, b in pairs):
            return True
    return False


def _forward_noises(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> set[tuple[str, str]]:
    """The families of noises (letter, decoration) of the note's own forward step x_t = sqrt(alpha_t) x_{t-1} +
    sqrt(1 - alpha_t) n_{t-l}, at a generic step t.  Under a stated chain with these Gaussian transitions,
    n_{t-l} = (x_t - sqrt(alpha_t) x_{t-1}) / sqrt(1 - alpha_t) is a standard normal independent of x_0, ...,
    x_{t-1}: each noise of the family is one, independent of the variables made before it."""
    definitions = [d for d in defined.values() if isinstance(d, Definition) and not isinstance(d.lhs, Density)]
    families = set()
    for name, definition in defined.items():
        key = vocabulary.symbols.get(name)
        if key is None or key[:2] != ("x", "") or not isinstance(definition, Definition):
            continue
        value, previous = index_value(key[2]), _shift(key[2], -1)
        found = noises(vocabulary, definition.rhs.free_symbols)
        if value is None or not value.free_symbols or previous is None or len(found) != 1:
            continue
        lag = value - (index_value(vocabulary.symbols[found[0]][2]) or sp.nan)
        if not lag.is_Integer:  # x_t = ... + sqrt(1 - alpha_t) eps: one noise for every t is no step's own noise
            continue
        alpha, before = vocabulary.symbol(("alpha", "", key[2])), vocabulary.symbol(("x", "", previous))
        step = sp.sqrt(alpha) * before + sp.sqrt(1 - alpha) * found[0]
        others = [d for d in definitions if d.lhs != name]
        if prove_equal(written_out(definition.rhs, others), written_out(step, others)) is not None:
            families.add(vocabulary.symbols[found[0]][:2])
    return families


def _generic_letters(vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> frozenset[tuple[str, str]]:
    """The letters (base, decoration) the note defines at a generic index (z_t := ..., for every t): each member,
    whatever its index, is the note's variable, made as its definition says, never a fresh standard normal."""
    found = set()
    for lhs in defined:
        key = vocabulary.symbols.get(lhs) if isinstance(lhs, sp.Symbol) else None
        value = index_value(key[2]) if key is not None and key[2] else None
        if value is not None and value.free_symbols:
            found.add(key[:2])
    return frozenset(found)


def _names(definition: Definition, vocabulary: NoteVocabulary) -> set[sp.Symbol]:
    """The names a definition writes: its body's, and the name it defines (not a density's arguments)."""
    defined = {definition.lhs} if definition.lhs in vocabulary.symbols else set()
    return definition.rhs.free_symbols | defined


def ddpm(
    vocabulary: NoteVocabulary,
    symbols: set[sp.Symbol],
    defined: Mapping[sp.Expr, object],
    gaussians: bool,
    sides: Iterable[sp.Expr] = (),
    in_law: bool = False,
    disputed: frozenset[Key] = frozenset(),
    written: Written = AS_WRITTEN,
    process: Process | None = None,
    unchained: frozenset[str] = frozenset(),
    ties: Ties = NONE,
    said: frozenset[Key] = frozenset(),
) -> list[Assumption]:
    """The DDPM context for a step whose symbols are ``symbols`` and whose sides are ``sides`` (``defined``: names
    the note defines itself; ``in_law``: the step is read as an equality in law).  A ``disputed`` name (its key,
    or a whole family's), one the note says something unmodelled of (``abar_t = prod_{i=1}^{T} alpha_i``), is not
    given the context's meaning, nor is any of the context's statements that write it used, the ones that bring
    it in themselves (the forward posterior's mean, in abar) included: the note's own statement may contradict
    them.  An ``unchained`` law (its process the note calls non-Markovian) is no Markov chain.  ``written``: a step in law's sides before its random variables were written through their
    definitions (a noise beside x_t there is beside what made x_t).  ``ties``: what the note's statements and
    words may make depend on each other (:func:`linked`), beyond its definitions.  ``said``: names the note relates
    in a way not modelled (abar_0 = 0.99 in a sentence), of which the context's products abar_k = alpha_1 ... alpha_k
    stop short, as of a name the note defines.

    With a ``process`` (no context declared), only the parts that follow from what the note states itself:
    the Markov property of each chain it states; q's Gaussian transitions at every step where it defines them
    at a generic step; the marginals and posteriors (theorems of the catalogue) where it also states q's chain
    and abar_t = prod_{i=1}^{t} alpha_i; its forward step's noises, independent standard normals.  Never the
    schedule's relations (its own definitions give them), Ho et al.'s names mu~ and beta~, or other noises."""
    sides = tuple(sides)
    whole = process is None
    chained = set(CHAINED if whole else process.chains) - unchained
    steps = whole or _transitions_stated(vocabulary, defined)  # q's Gaussian transitions, at every step
    derived = whole or ("q" in chained and steps and process.products)  # the marginals and the posteriors
    families = None if whole else _forward_noises(vocabulary, defined) if "q" in chained and steps else set()

    def contested(symbol: sp.Symbol) -> bool:
        key = vocabulary.symbols.get(symbol)
        return key is not None and (key in disputed or (key[0], key[1], "*") in disputed)

    def own(symbol: sp.Symbol) -> bool:  # a noise of the note's forward step (n_j, indexed), under a process it states
        key = vocabulary.symbols[symbol]
        return whole or (key[:2] in families and index_value(key[2]) is not None)

    # first: the schedule covers the names it brings
    posterior = posteriors(vocabulary, sides, defined, gaussians) if derived else []
    if not whole:  # mu~ and beta~ are Ho et al.'s names, which the note has not given them
        posterior = [d for d in posterior if isinstance(d.lhs, Density)]
    agreeing = agrees(vocabulary, defined)  # else the note's own process may have other marginals and posteriors
    found: list[Assumption] = []
    lag = noise_lag(vocabulary, defined, LUO_LAG if whole else None)
    if in_law and agreeing and derived and all(own(n) for side in sides for n in noises(vocabulary, side.free_symbols)):
        found += marginals_in_law(vocabulary, sides, lag)
    chains = [c for c in indexed_chains(vocabulary, sides) if c.name in chained and (whole or _forward(vocabulary, c))]
    found += chains
    if agreeing and steps and not _writes_schedule(vocabulary, symbols, defined):
        found += [
            GaussianSteps("q", c.base, c.start, c.stop) for c in chains if c.name == "q" and _forward(vocabulary, c)
        ]
    order = _from_the_data(chain_order(vocabulary, symbols), sides, vocabulary) if steps and "q" in chained else ()
    order = order or chain_order(vocabulary, symbols)
    if len(order) > 1:
        found += [MarkovChain(name, order) for name in ("q", "p") if name in chained]
        if gaussians and steps:
            stated = transitions(vocabulary, order)
            found += [
                d for d in stated if d.lhs not in defined and (not _marginal(d, vocabulary) or (agreeing and derived))
            ]
    if agreeing:
        found += posterior
    if whole or process.products:  # abar_k = alpha_k abar_{k-1}, at every k: the note's product says so too
        starts = {key for key in disputed | said if key[:2] == ("alpha", "bar")}  # abar_0 = 0.9 in a sentence
        relations = schedule(vocabulary, defined, filter(contested, vocabulary.symbols), starts)
        found = [d for d in relations if whole or vocabulary.symbols[d.lhs][:2] == ("alpha", "bar")] + found
    found = [a for a in found if not (isinstance(a, Definition) and any(map(contested, _names(a, vocabulary))))]
    # epsilon ~ N(0, 4I), or epsilon := (x_t - ...) / ..., is the note's, not the context's standard normal; so is
    # every member of a letter the note defines at a generic index (z_t := sqrt(1 - beta_t) z_{t-1} + ...: z_{t-2})
    letters = _generic_letters(vocabulary, defined)
    noise = tuple(
        s
        for s in noises(vocabulary, symbols)
        if not contested(s) and s not in defined and own(s) and vocabulary.symbols[s][:2] not in letters
    )
    # a noise is independent of the rest (its declaration says so) only beside variables made before it
    replaced = {a.lhs for a in found if isinstance(a, Definition) and a.relation is Relation.EQ_LAW}
    made = dict(written.values)
    apart = sides if in_law else (sp.Tuple(*sides),)  # in law each side's law alone; as values, the step's
    noise = tuple(
        n
        for n in noise
        if all(independent(vocabulary, n, side, lag, replaced, defined=defined, ties=ties) for side in apart)
        and all(independent(vocabulary, n, side, lag, replaced, made, defined, ties) for side in written.sides)
    )
    if noise:
        found.append(Noises(noise))
    return found
