"""Laws whose tails are heavy, named in maths (``x \\sim \\mathrm{Cauchy}(0, 1)``, ``t_1``, ``\\mathrm{Pareto}(1,
1)``) or in words ("the standard Cauchy distribution", "Student's t with two degrees of freedom", "heavy-tailed",
"has no mean"): under such a law a moment may not exist (the Cauchy law has no mean), so an expectation of a
variable the note gives one is asked of that law's tail
(:func:`~derivations.kernel.convergence.tail_expectation_shown_to_exist`), not trusted as one against an unknown
density.  A law named as unknown ("some law") or one with every moment (Gaussian, uniform, Laplace) is no such law."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import Formula, Stated, parse
from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS, _raw_sentences, _words_of
from diffproof.notecheck.vocabulary import NoteVocabulary
from diffproof.notes import Inline, Notes
from diffproof.notes import relations as rel
from diffproof.notes.steps import unwrapped

#: What a sentence's words say of a variable set alone in it: a law whose tail is heavy (read as the maths it names).
TAIL_LAW = "tail law"


@dataclass(frozen=True)
class Tail:
    """A law whose density is, off a bounded set, at most ``C |x|^{-(exponent + 1)}`` (its moments of order below
    ``exponent`` exist); ``exponent`` None where the note names no such bound (a law said to be heavy-tailed)."""

    exponent: sp.Expr | None
    said: str


def _least_number(arguments: tuple[syntax.Node, ...]) -> sp.Expr | None:
    """The least of a law's parameters, each a number (None where one is not): a shape whose place in the
    parametrisation is not read (Pareto's (scale, shape) or (shape, scale)) is at least it."""
    numbers = [value(argument) for argument in arguments]
    return min(numbers) if numbers and None not in numbers else None


def _fixed(exponent: sp.Expr) -> Callable[[tuple[syntax.Node, ...]], sp.Expr]:
    return lambda arguments: exponent


#: Families by the name written after ``\\sim`` (plain or upright), and their tail's exponent from their parameters:
#: Cauchy's density falls as x^{-2}, Lévy's as x^{-3/2}, the log-Cauchy's slower than any power's, Pareto's as
#: x^{-(α+1)}, Student's t's as x^{-(ν+1)}.
_FAMILIES: Mapping[str, Callable[[tuple[syntax.Node, ...]], sp.Expr | None]] = {
    "Cauchy": _fixed(sp.Integer(1)),
    "Lorentz": _fixed(sp.Integer(1)),
    "Lorentzian": _fixed(sp.Integer(1)),
    "Levy": _fixed(sp.Rational(1, 2)),
    "LogCauchy": _fixed(sp.Integer(0)),
    "Pareto": _least_number,
    "Student": _least_number,
    "StudentT": _least_number,
}
#: Student's t written by its letter, its degrees of freedom its index (``t_1``, ``t_{\\nu}``).
_STUDENT_LETTER = "t"


#: Families with every moment, by the name written after ``\\sim`` (``\\mathcal{N}`` is read as a Gaussian before):
#: normal, uniform, Laplace, exponential, Bernoulli, binomial, Poisson, beta, categorical (bounded or
#: exponentially decaying tails).  Any other family named there is not trusted to have a moment.
_WITH_EVERY_MOMENT = frozenset(
    {"N", "Normal", "Gaussian", "U", "Uniform", "Unif", "Laplace", "Exp", "Exponential", "Bernoulli", "Bern",
     "Binomial", "Bin", "Poisson", "Beta", "Categorical", "Cat", "Rademacher"}
)  # fmt: skip


def _named_family(node: syntax.Name, called: bool) -> bool:
    """Whether ``node`` names a family of laws rather than an unknown density: a name of several letters
    (``\\mathrm{Cauchy}``, ``\\mathrm{InvGamma}``) or a calligraphic letter given parameters (``\\mathcal{C}(0,
    1)``); a plain letter (``p``, ``q_\\theta``, ``\\pi``) or a calligraphic one alone (``\\mathcal{D}``, a data set)
    is a law the note leaves unknown."""
    if node.decoration == "cal":
        return called
    return len(node.base) > 1 and node.base.isalpha() and node.base.lower() != "pi"


def _tail_of(node: syntax.Node | None, said: str) -> Tail | None:
    """The tail of the law ``node`` after ``\\sim``, or None for a law with every moment or an unknown density; of
    maths read two ways (``\\mathrm{StudentT}(1)``, a call or a product), the heaviest of its readings' (fail-safe:
    it only holds).  A family neither table names (``\\mathrm{InvGamma}(1/2, 1)``, ``\\mathcal{C}(0, 1)``), a family
    named without its parameters, or a mixture (a sum of laws) has a tail not read (fail-safe: it holds)."""
    if isinstance(node, syntax.Ambiguous):
        tails = [tail for reading in node.readings if (tail := _tail_of(reading, said)) is not None]
        return functools.reduce(_merged, tails) if tails else None
    if isinstance(node, syntax.Call) and node.name.base in _FAMILIES and not node.given:
        return Tail(_FAMILIES[node.name.base](node.arguments), said)
    letter = node.name if isinstance(node, syntax.Call) else node  # t_1(0, 1): a location and a scale, same tail
    if isinstance(letter, syntax.Name) and letter.base == _STUDENT_LETTER and letter.index and not letter.decoration:
        degrees = letter.index.strip("{} ")
        return Tail(sp.Rational(degrees) if degrees.isdigit() else None, said)
    student = isinstance(node, syntax.Binary) and node.operator == "*" and isinstance(node.left, syntax.Name)
    if student and node.left.base == _STUDENT_LETTER and not node.left.index and not node.left.decoration:
        return Tail(value(node.right), said)  # t(1): Student's t, its degrees of freedom in brackets
    if isinstance(node, syntax.Binary) and node.operator == "+":
        return Tail(None, said)  # a mixture: its tail is its heaviest part's, not read
    called = isinstance(node, syntax.Call)
    name = node.name if called else node
    if isinstance(name, syntax.Name) and _named_family(name, called) and name.base not in _WITH_EVERY_MOMENT:
        return Tail(None, said)
    return None


_COUNT = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_SPELLED = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
#: A count only where it is the whole number written: not part of a fraction, a product, a power or a decimal written
#: with a comma ("3/2", "3 \\cdot 10^{-1}", "3^2", "3,5"), whose first digits are not its value (none is then read).
_WHOLE_BEFORE = r"(?<![-+*/^_.,\d])(?<!\\cdot)(?<!\\cdot\s)(?<!\\times)(?<!\\times\s)"
_WHOLE_AFTER = r"\b(?!\s*(?:[-+*/^_(!]|\\[A-Za-z]|[.,]\d))"
#: A count of degrees of freedom ("two degrees of freedom", "$\\nu = 1$", "2 Freiheitsgraden", "deux degrés de
#: liberté"), and a Pareto law's shape ("shape $\\alpha = 3$", "shape $k = 3$", "tail index 3").
_DEGREES = re.compile(
    rf"{_WHOLE_BEFORE}\b{_COUNT}\s+(?:degrees?\s+of\s+freedom|Freiheitsgrad\w*|degr[ée]s?\s+de\s+libert[ée])"
    rf"|(?:\\nu|\bnu|\bdf|\bdof)\s*=\s*{_COUNT}{_WHOLE_AFTER}",
    re.IGNORECASE,
)
_SHAPE = re.compile(
    rf"\b(?:shape|tail\s+index|Formparameter|forme)\s*(?:parameter\s*)?(?:of\s+|is\s+|=\s*|equal\s+to\s+)?"
    rf"(?:\\?[A-Za-z]+(?:_\{{?\w+\}}?)?\s*=\s*)?{_WHOLE_BEFORE}{_COUNT}{_WHOLE_AFTER}",
    re.IGNORECASE,
)
#: Pareto's usual letter for its shape, with no word before it: read as the shape only in a sentence that names no
#: other parameter ("scale $\\alpha = 3$ and shape $k = 1$": there it may be any of them).
_ALPHA = re.compile(rf"\\alpha\s*=\s*{_COUNT}{_WHOLE_AFTER}")
_OTHER_PARAMETER = re.compile(r"\b(?:scale|location|minimum|mode|rate|Skala|[ée]chelle)\b", re.IGNORECASE)


def _counted(plain: str, *patterns: re.Pattern) -> str | None:
    """The one count the ``patterns`` find in a sentence's words and maths, as maths; None where they find none or
    two."""
    counts = {next(g for g in f.groups() if g is not None).lower() for p in patterns for f in p.finditer(plain)}
    if len(counts) != 1:
        return None
    (count,) = counts
    return str(_SPELLED.get(count, count))


def _student(plain: str) -> str | None:
    degrees = _counted(plain, _DEGREES)
    return f"t_{{{degrees}}}" if degrees is not None and degrees.isdigit() else None


def _pareto(plain: str) -> str | None:
    shape = _counted(plain, _SHAPE, *(() if _OTHER_PARAMETER.search(plain) else (_ALPHA,)))
    return f"\\mathrm{{Pareto}}({shape})" if shape is not None else None


#: A transformation said in words that may take every moment away ("the tangent of an angle drawn uniformly", "the
#: reciprocal of a standard normal", "the ratio of two Gaussians", "the logarithm of"), in French and German too: the
#: name it makes is given no moment (fail-safe; :mod:`.transformations` reads one written as maths).
_TRANSFORMED_IN_WORDS = re.compile(
    r"\b(?:tangent|cotangent|secant|cosecant|reciprocal|ratio|quotient|logarithm)\s+of\b"
    r"|\b(?:tangente|cotangente|s[ée]cante|inverse|rapport|quotient|logarithme)\s+(?:de|du|des|d['’])"
    r"|\b(?:Tangens|Kotangens|Sekans|Kehrwert|Quotient|Verh[äa]ltnis|Logarithmus)\b",
    re.IGNORECASE,
)
#: Words that name a law with a heavy tail, and the law they name as maths (:data:`_FAMILIES`) read from the
#: sentence's words and maths, None where no tail is read ("heavy-tailed", "has no mean", Student's t whose degrees
#: of freedom are not given); in French, German, Chinese, Japanese and Korean where the family's name differs.
_IN_WORDS: tuple[tuple[re.Pattern, Callable[[str], str | None]], ...] = (
    (re.compile(r"\blog[- ]?cauchy\b", re.IGNORECASE), lambda plain: r"\mathrm{LogCauchy}(0, 1)"),
    (re.compile(r"\bcauchy\w*|\blorentz\w*|コーシー|柯西|코시", re.IGNORECASE), lambda plain: r"\mathrm{Cauchy}(0, 1)"),
    (re.compile(r"\bl[ée]vy\b|レヴィ|莱维|레비", re.IGNORECASE), lambda plain: r"\mathrm{Levy}(0, 1)"),
    (
        re.compile(
            r"\bstudent(?:'s|’s)?(?:[- ]?t\b|\s+(?:distribution|law|Verteilung))|\bt[- ](?:distribution|law"
            r"|Verteilung)s?\b|\bt-distributed\b|\bloi\s+de\s+student\b|スチューデント|学生t|스튜던트",
            re.IGNORECASE,
        ),
        _student,
    ),  # fmt: skip
    (re.compile(r"\bpareto\w*|パレート|帕累托|파레토", re.IGNORECASE), _pareto),
    (
        re.compile(
            r"\b(?:heavy|fat)[- ]?tail\w*|\bqueue\w*\s+lourde\w*|\bschwer\w*\s+Verteilungsr[äa]nd\w*|重尾|厚尾|裾の重い"
            r"|\b(?:no|without\s+an?|undefined|infinite)\s+(?:finite\s+)?(?:mean|expectation|variance|moments?)\b"
            r"|\b(?:mean|expectation|variance|moments?)\s+(?:is\s+|are\s+)?(?:infinite|undefined|does\s+not\s+exist"
            r"|do\s+not\s+exist)",
            re.IGNORECASE,
        ),
        lambda plain: None,
    ),
    (_TRANSFORMED_IN_WORDS, lambda plain: None),
)


#: Words before "distribution", "law" or "distributed" that name a law with every moment, or no family at all (a
#: law the note leaves unknown: "the data distribution", "its marginal law").
_NOT_HEAVY = frozenset(
    {"normal", "normally", "gaussian", "uniform", "uniformly", "laplace", "laplacian", "exponential", "exponentially",
     "bernoulli", "binomial", "poisson", "beta", "categorical", "rademacher", "standard", "isotropic", "multivariate",
     "data", "unknown", "some", "any", "arbitrary", "same", "target", "true", "joint", "marginal", "conditional",
     "posterior", "prior", "the", "a", "an", "its", "their", "this", "that", "underlying", "empirical", "identically",
     "independently", "equally", "probability", "stationary", "initial", "noise", "model", "common", "given", "whose",
     "of", "and", "or", "learned", "training", "reverse", "forward", "final", "limiting", "sampling", "latent"}
)  # fmt: skip
#: Families written in lower case whose tail may be heavy (inverse-gamma, alpha-stable, log-logistic, power law,
#: zeta, slash); a family named by a proper noun (Lomax, Zipf, Fréchet, Burr, F) is read by its capital.
_HEAVY_STEMS = ("gamma", "stable", "logistic", "power", "zeta", "slash")
#: Words that make of a family the law of a reciprocal (inverse exponential, inverse chi-squared), whose mass near 0
#: becomes a heavy tail.
_RECIPROCAL = frozenset({"inverse", "inverted", "reciprocal", "inv"})
#: Families written in lower case with every moment: another word after one (beta prime, Gaussian mixture) names
#: another family, not read.
_LIGHT_FAMILIES = frozenset(
    {"normal", "gaussian", "uniform", "laplace", "exponential", "bernoulli", "binomial", "poisson", "beta",
     "categorical", "rademacher"}
)  # fmt: skip
#: The word before "distribution", "law", "distributed" or "density" and the two before it, which may name the family
#: with it ("a Breit-Wigner density": a proper noun whose moments no table reads).
_FAMILY_WORD = re.compile(
    r"(?:([\w'’]+)[- ]+)?(?:([\w'’]+)[- ]+)?([\w'’]+)[- ]+(?:distribution|law|distributed|density|densities)s?\b",
    re.IGNORECASE,
)
#: A density written out beside its variable ("has density $p(x) = \\frac{1}{\\pi (1 + x^2)}$"): its tail not read.
_DENSITY_WRITTEN = re.compile(r"\bdensity\s*\$[^$]*=", re.IGNORECASE)


#: A word naming a density ("density", "pdf") or a kernel ("proportional to"), after which maths written as a formula
#: gives the density (:func:`_density_given_as_maths`).
_DENSITY_WORD = re.compile(r"\b(?:densit(?:y|ies)|pdfs?|p\.d\.f\.?|proportional\s+to)(?!\w)", re.IGNORECASE)


#: Maths that gives a function of a name by a formula (``F(x) = \\frac{1}{2} + \\frac{1}{\\pi} \\arctan x``,
#: ``\\varphi(t) = e^{-|t|}``, ``p(x) \\propto ...``): a letter (or a command, ``\\varphi``) with an index perhaps,
#: applied to names, then ``=`` or ``\\propto`` and its right side.
_FUNCTION_GIVEN = re.compile(
    r"^\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:\{[^{}]*\}|\\?\w+))?\s*\((?![^()]*(?:\||\\vert|\\mid|;))\s*[^()=]+\)\s*"
    r"(?:=|\\propto\b)(.+)$",
    re.DOTALL,
)
#: A function of a letter applied in a formula (``p(x_T)``, ``p_\\theta(x_0 | x_1)``, not ``\\pi(1 + x^2)``): a formula
#: of densities the note leaves unknown, read as such a density is (:func:`_named_family`), not as a formula.
_UNKNOWN_APPLIED = re.compile(r"(?<![\\A-Za-z])[A-Za-z](?:_(?:\{[^{}]*\}|\\?\w+))?\s*\(")


def _function_given(sentence: str) -> str | None:
    """The maths by which a sentence gives a function of a name by a formula (:data:`_FUNCTION_GIVEN`, of no
    condition: its right side not a lone number or name, a Gaussian or a formula of unknown densities,
    :data:`_UNKNOWN_APPLIED`; or one no reader parses): a density, a distribution function, a characteristic
    function or any other the law may be given by, whatever the words call it; or None.  No reader matches such a
    formula to a law with every moment, so a name the sentence sets is given a tail not read (fail-safe: it only
    holds)."""
    for maths in _SENTENCE_MATHS.finditer(sentence):
        given = _FUNCTION_GIVEN.match(next(group for group in maths.groups() if group is not None))
        if given is not None and not _UNKNOWN_APPLIED.search(given.group(1)):
            right = parse(given.group(1).strip().rstrip(".,;"), 0).node
            if not isinstance(right, syntax.Name | syntax.Number | syntax.Gaussian):
                return maths.group(0)
    return None


def _density_given_as_maths(sentence: str) -> str | None:
    """The words and maths by which a sentence gives a density as maths ("the density of $x$, proportional to
    $1/(1 + x^2)$", "its pdf is $\\frac{1}{\\pi (1 + x^2)}$", "$p(x) \\propto e^{-|x|}$"): maths that writes
    ``\\propto``, or after a word of :data:`_DENSITY_WORD`, maths that is a formula (not a name, a density's name
    ``p(x)`` or a law such as ``\\mathcal{N}(x; 0, 1)``); or None.  No reader matches a formula to a law with
    every moment, so its tail is not read (fail-safe: it only holds)."""
    said, at = None, 0
    for maths in _SENTENCE_MATHS.finditer(sentence):
        said = said or _DENSITY_WORD.search(sentence, at, maths.start())
        at = maths.end()
        text = next(group for group in maths.groups() if group is not None)
        if "\\propto" in text or (said is not None and isinstance(parse(text, 0).node, _FORMULAS)):
            return f"{said.group(0) if said is not None else ''} {maths.group(0)}".strip()
    return None


def _unread_family(word: str) -> bool:
    """Whether ``word``, before "distribution", "law" or "distributed", names a family whose moments no table reads:
    a proper noun or a lower-case family that may be heavy (:data:`_HEAVY_STEMS`), not one of :data:`_NOT_HEAVY`."""
    lower = word.lower()
    return lower not in _NOT_HEAVY and (word != lower or any(stem in lower for stem in _HEAVY_STEMS))


def _unread_words(first: str | None, second: str | None, last: str) -> bool:
    """Whether the words before "distribution" name a family whose moments no table reads: the last one does
    (:func:`_unread_family`), a word before it makes a reciprocal's law (:data:`_RECIPROCAL`), or the last one
    follows a family with every moment as a word no table knows (beta prime)."""
    before = [w.lower() for w in (first, second) if w is not None]
    after_light = bool(before) and before[-1] in _LIGHT_FAMILIES and last.lower() not in _NOT_HEAVY
    return _unread_family(last) or any(w in _RECIPROCAL for w in before) or after_light


def _family_unread(sentence: str, words: str) -> str | None:
    """The words by which a sentence names a law whose moments no table reads (:func:`_unread_words`, a density
    written out or given as a formula: :func:`_density_given_as_maths`, a function of a name given by a formula:
    :func:`_function_given`), or None."""
    found = _families_unread(words)
    written = _DENSITY_WRITTEN.search(sentence)
    if found or written:
        return found[0] if found else written.group(0)
    return _density_given_as_maths(sentence) or _function_given(sentence)


@functools.lru_cache(maxsize=4096)
def _families_unread(words: str) -> tuple[str, ...]:
    """The words naming a family whose moments no table reads, in a sentence's ``words`` (kept: a sentence that
    points back is read with each name before it, :func:`tails_said_after`, its words the same each time)."""
    return tuple(m.group(0) for m in _FAMILY_WORD.finditer(words) if _unread_words(*m.groups()))


@functools.lru_cache(maxsize=4096)
def _heavy_laws_named(words: str) -> tuple[tuple[Callable[[str], str | None], str], ...]:
    """Each law with a heavy tail a sentence's ``words`` name (:data:`_IN_WORDS`): its maths from the sentence,
    and the words that name it (kept as :func:`_families_unread` is)."""
    return tuple((law, match.group(0)) for pattern, law in _IN_WORDS if (match := pattern.search(words)))


def _lettered_words(sentence: str) -> str:
    """A sentence's words (:func:`_words_of`) with each maths that is one Latin letter kept as that letter, in its
    place: a word's letter written as maths ("Student's $t$" reads "Student's t", "$t$-distributed" "t-distributed")."""

    def letter(match: re.Match) -> str:
        maths = next(group for group in match.groups() if group is not None).strip()
        return maths if len(maths) == 1 and maths.isascii() and maths.isalpha() else match.group(0)

    return _words_of(_SENTENCE_MATHS.sub(letter, sentence))


def _plain(sentence: str) -> str:
    """A sentence with its maths written in place, its dollars taken off (``$\\nu = 2$`` reads ``\\nu = 2``)."""
    return _SENTENCE_MATHS.sub(lambda m: f" {next(g for g in m.groups() if g is not None)} ", sentence)


#: Words that name a law of any family ("normal", "uniformly distributed", "Cauchy", "some law").
_A_LAW = re.compile(
    r"\b(?:normal\w*|gaussian|uniform\w*|exponential\w*|laplace\w*|logistic|gamma|beta|poisson|distributed"
    r"|distributions?|laws?)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _law_said(words: str) -> bool:
    """Whether a sentence's words name a law: a heavy one (:data:`_IN_WORDS`), a family no table reads, or any
    other (:data:`_A_LAW`)."""
    return bool(_A_LAW.search(words) or _FAMILY_WORD.search(words) or any(p.search(words) for p, _ in _IN_WORDS))


#: Maths that sets a name in a law or a set (``x \\sim C(0, 1)``, ``x \\in \\mathbb{R}``): what the words beside it
#: speak of is that name.
_NAME_RELATED = re.compile(r"(.+?)\s*\\(?:sim|in)\b")


def tails_in_words(inline: Inline) -> list[Stated]:
    """What an inline maths says of a law's tail: a density written as a formula (:func:`densities_as_formulas`),
    and a law named in words beside a name set alone (:func:`_tails_beside_a_name`)."""
    return densities_as_formulas(inline) + _tails_beside_a_name(inline)


def _tails_beside_a_name(inline: Inline) -> list[Stated]:
    """``Let $x$ follow the standard Cauchy distribution``: a name set alone in a sentence, or set in a law or a set
    (``$x \\in \\mathbb{R}$``), whose words name a law with a heavy tail (:data:`_IN_WORDS`) is given that law (a ``tail law``: its body the law's maths, none where
    its tail is not read), whatever else the sentence says (a denial too: fail-safe, it only holds proofs).  A law
    said of a function of a name (``Let $\\log x_0$ be Cauchy``: x_0 is log-Cauchy) gives the name the law of that
    function's inverse, whose moments are not read: a tail not read, whatever the law (fail-safe)."""
    text = inline.text.strip()
    related = _NAME_RELATED.match(text)
    text = related.group(1) if related else text
    node = parse(text, inline.line).node
    function = isinstance(node, syntax.Function) and isinstance(node.argument, syntax.Name)
    if not (function or isinstance(node, syntax.Name)):
        return []
    words = _words_of(inline.sentence)
    if function and _law_said(words):
        said = f"${inline.text.strip()}$ given a law in words, its name's law not read"
        return [Stated(TAIL_LAW, inline.line, said, Formula(text, inline.line, node.argument), None, "words")]
    if not isinstance(node, syntax.Name):
        return []
    found = []
    for law, named in _heavy_laws_named(_lettered_words(inline.sentence)):
        said = f"${inline.text.strip()}$ beside the words '{named}'"
        maths = law(_plain(inline.sentence))
        body = parse(maths, inline.line) if maths is not None else None
        found.append(Stated(TAIL_LAW, inline.line, said, Formula(text, inline.line, node), body, "words"))
    unread = _family_unread(inline.sentence, words) if not found else None
    if unread is not None:
        said = f"${inline.text.strip()}$ beside the words '{unread}', a law whose moments are not read"
        found.append(Stated(TAIL_LAW, inline.line, said, Formula(text, inline.line, node), None, "words"))
    return found


#: What a density written as a formula says of its variables where the formula is a Gaussian (times a rational
#: function of its point): a law whose tail is light only where the Gaussian's mean and covariance are fixed, which
#: :func:`~.transformations.transformed_tails` reads with every law the note states (its ``name`` the density
#: ``p(x \\mid y)``, its ``body`` the Gaussian).
DENSITY_LAW = "density law"
#: The signs by which maths gives a function its formula: ``=``, ``\\propto``, and each sign the relations' table
#: (:mod:`diffproof.notes.relations`) reads as defining its left side or its bare name (``:=``, ``\\coloneqq``,
#: ``\\triangleq``, ``\\equiv``, ``≔``): a density defined is given as one said equal is.
_DEFINING = frozenset({rel.Kind.DEFINES_LEFT, rel.Kind.DEFINES_NAME, rel.Kind.EQUIVALENT})
_GIVING_SIGNS = (
    "=",
    "\\propto",
    "∝",
    *(sign for table in (rel.WORDS, rel.CHARACTERS) for sign, meaning in table.items() if meaning.kind in _DEFINING),
    *("".join(pair) for pair, meaning in rel.PAIRS.items() if meaning.kind in _DEFINING),
)
_GIVES = "(?:{})".format(
    "|".join(re.escape(sign) + ("(?![A-Za-z])" if sign[0] == "\\" else "")
             for sign in sorted(_GIVING_SIGNS, key=len, reverse=True))
)  # fmt: skip
#: The law's differential written after the density, before the sign (``p(x)\\,dx = \\frac{dx}{\\pi (1 + x^2)}``,
#: ``p(x)\\,\\mathrm{d}x``): the measure, taken off both sides (:func:`_without_differential`).
_DIFFERENTIAL = (
    r"(?:\\[,;:!]|\s)*(?P<differential>(?:\\mathrm\{d\}|\\text\{d\}|\\operatorname\{d\}|d)\s*"
    r"[A-Za-z](?:_(?:\{[^{}]*\}|\w))?)"
)


def _function_as_formula(letter: str) -> re.Pattern:
    """Maths that writes a function ``letter`` (perhaps of a logarithm: ``\\log p(x) = ...``, a log-density, or
    its negative: ``-\\log p(x) = ...``), with its index, applied to variables, perhaps given others (``|``,
    ``\\mid``, ``\\vert``; a ``;`` before parameters, not variables), perhaps times its variable's differential
    (:data:`_DIFFERENTIAL`), then a sign that gives it (:data:`_GIVES`) and the formula."""
    return re.compile(
        rf"^\s*(?:(?P<minus>-)\s*(?=\\(?:log|ln)(?![A-Za-z])))?(?P<log>\\(?:log|ln)(?![A-Za-z])\s*)?(?:{letter})\s*\(\s*(?P<variables>[^()|;]+?)\s*"
        rf"(?:(?:\||\\mid|\\vert)\s*(?P<given>[^()|;]+?)\s*|;[^()]*)?\)(?:{_DIFFERENTIAL})?\s*{_GIVES}(?P<right>.+)$",
        re.DOTALL,
    )


_INDEX = r"(?:_(?P<index>\{[^{}]*\}|\\?\w+))?"
#: A density of variables written as a formula (:func:`_function_as_formula`) by a density letter (p, q, P, Q, or f
#: with a capital's index, ``f_X``), perhaps with an index (a model's, ``p_\\theta``, or the variable's, ``p_X``).
_DENSITY_AS_FORMULA = _function_as_formula(rf"[pqPQ]{_INDEX}|f_(?P<capital>\{{[A-Z]\}}|[A-Z])")
#: A function of variables written as a formula by any other letter (``\\rho(x) = ...``, ``\\pi(x) \\propto ...``):
#: a letter or a command, with an index perhaps; a density only where the words next to it call it one
#: (:func:`_called_a_density`).
_FUNCTION_AS_FORMULA = _function_as_formula(rf"(?:[A-Za-z]|\\[A-Za-z]+){_INDEX}")
#: How many words next to a maths may name it a density ("be the density of", "The target density is").
_NEXT_WORDS = 4


def _called_a_density(inline: Inline) -> bool:
    """Whether the words right before or right after an inline maths (up to the next maths, :data:`_NEXT_WORDS` of
    them) name a density (:data:`_DENSITY_WORD`): "The target density is $\\pi(x) \\propto ...$", "Let
    $\\rho(x) = ...$ be the density of the data"."""
    at = inline.sentence.find(inline.text)
    if at < 0:
        return False
    before = _SENTENCE_MATHS.split(inline.sentence[:at].rstrip("$( \\"))[-1].split()[-_NEXT_WORDS:]
    after = _SENTENCE_MATHS.split(inline.sentence[at + len(inline.text) :].lstrip("$) \\"))[0].split()[:_NEXT_WORDS]
    return any(_DENSITY_WORD.search(" ".join(words)) for words in (before, after))


def _density_written(inline: Inline) -> re.Match | None:
    """The density an inline maths writes as a formula: by a density letter (:data:`_DENSITY_AS_FORMULA`), or by any
    letter the words next to it call a density (:data:`_FUNCTION_AS_FORMULA`, :func:`_called_a_density`); or
    None."""
    written = _DENSITY_AS_FORMULA.match(inline.text)
    if written is None and _called_a_density(inline):
        written = _FUNCTION_AS_FORMULA.match(inline.text)
    return written


def _integer(node: syntax.Node) -> bool:
    number = value(node)
    return number is not None and bool(number.is_integer)


def gaussians_times_rational(node: syntax.Node) -> list[syntax.Gaussian] | None:
    """The Gaussians of a density written as Gaussians times a rational function (``\\mathcal{N}(x; 0, 1) (1 +
    x^2)^2 / Z``, a mixture ``\\mathcal{N}(x; 0, 1) + \\mathcal{N}(x; 1, 1)``): off a bounded set it is at most a
    power of |x| times a Gaussian, so every moment exists where the Gaussians' parameters are fixed; an empty list
    for a rational function alone (no Gaussian: its tail is a power's), None for any other formula (a function of
    the variable, a power of unread exponent, a quotient by a Gaussian: not read)."""
    if isinstance(node, syntax.Gaussian):
        return [node]
    if isinstance(node, syntax.Number | syntax.Name):
        return []
    if isinstance(node, syntax.Negative):
        return gaussians_times_rational(node.operand)
    if isinstance(node, syntax.Power):
        base = gaussians_times_rational(node.base)
        whole = _integer(node.exponent) and (not base or bool(value(node.exponent) > 0))
        return base if base is not None and whole else None
    if not isinstance(node, syntax.Binary) or node.operator not in ("+", "-", "*", "/"):
        return None
    left, right = gaussians_times_rational(node.left), gaussians_times_rational(node.right)
    if left is None or right is None or (node.operator == "/" and right):
        return None
    if node.operator in ("+", "-") and bool(left) != bool(right):
        return None  # a rational term beside a Gaussian one: the sum's tail is the rational one's
    return left + right


def _writes_a_density(node: syntax.Node) -> bool:
    """Whether a formula applies a density the note leaves unknown (``p(x_T) \\prod_t p_\\theta(x_{t-1} | x_t)``,
    ``\\int q(x | z) p(z) dz``): read as such a density is (:func:`_named_family`), presumed to have its moments."""
    return any(law_letter(n) is not None for n in syntax.nodes(node))


def _points_cover(gaussians: list[syntax.Gaussian] | None, variables: Iterable[syntax.Node]) -> bool:
    """Whether ``gaussians`` are some, and every name of ``variables`` is written in one's point (``\\mathcal{N}(y;
    0, 1) / (1 + x^2)`` is Cauchy in x)."""
    points = {n.key for g in gaussians or () if g.point is not None for n in syntax.nodes(g.point)
              if isinstance(n, syntax.Name)}  # fmt: skip
    names = {n.key for v in variables for n in syntax.nodes(v) if isinstance(n, syntax.Name)}
    return bool(gaussians) and names <= points


def _density_unread(law: syntax.Node, variables: Iterable[syntax.Node]) -> bool:
    """Whether a law written after ``\\sim`` is a density formula of its own variables whose tail is not read (``x
    \\sim \\frac{1}{\\pi (1 + x^2)}``): a formula (not a family, a Gaussian or an unknown density's name) that writes
    one of them, of no unknown density (:func:`_writes_a_density`), and not Gaussians times a rational function of
    them (:func:`gaussians_times_rational`)."""
    variables = tuple(v for v in variables if v is not None)  # (h_1, h_2) \\sim ...: a pair not parsed
    keys = {n.key for v in variables for n in syntax.nodes(v) if isinstance(n, syntax.Name)}
    if isinstance(law, syntax.Name | syntax.Number | syntax.Call | syntax.Gaussian | syntax.Ambiguous):
        return False
    if not any(isinstance(n, syntax.Name) and n.key in keys for n in syntax.nodes(law)) or _writes_a_density(law):
        return False
    return not _points_cover(gaussians_times_rational(law), variables)


def densities_as_formulas(inline: Inline) -> list[Stated]:
    """``Let $p(x \\mid y) = \\frac{1}{\\pi (1 + (x - y)^2)}$``, ``$p(x) \\propto \\frac{1}{1 + x^2}$``: a density
    of variables written as a formula (:func:`_density_written`) says their law, whether or not a name is set alone
    beside it (:func:`_density_formula`)."""
    written = _density_written(inline)
    return _density_formula(written, inline.text.strip(), inline.line, "inline") if written is not None else []


def densities_defined(stated: Iterable[Stated]) -> list[Stated]:
    """The densities the note's definitions write as formulas by a density letter (:data:`_DENSITY_AS_FORMULA`), in
    a display as in a sentence (``Let the density of the noise be $$p(x) = \\frac{1}{\\pi (1 + x^2)}.$$``): each
    read as :func:`densities_as_formulas` reads one in a sentence (:func:`_density_formula`)."""
    found = []
    for item in stated:
        if item.kind == "definition" and not item.denied:
            written = _DENSITY_AS_FORMULA.match(item.text)
            found += _density_formula(written, item.text.strip(), item.line, item.origin) if written else []
    return found


def _density_formula(written: re.Match, text: str, line: int, origin: str) -> list[Stated]:
    """What a density written as a formula (``written``, a match of :func:`_function_as_formula`) says of its
    variables' law, its differential taken off (:func:`_without_differential`).  A formula that is Gaussians times a
    rational function of their points (:func:`gaussians_times_rational`, each variable a Gaussian's point) gives a
    :data:`DENSITY_LAW` per Gaussian (light only where its parameters are fixed, read with the note's other laws); a
    number, a name or a formula of unknown densities says nothing of the tail (as an unknown density does not), nor
    does a log-density of every moment (:func:`_log_density_light`); any other formula, one not parsed too
    (``\\mathcal{N}(x; \\operatorname{erf}^{-1}(y), 1)``, whose mean may be anything), gives each variable a tail not
    read, and the variable its index names too (``p_{x}(u)``, ``f_X(x)``: the density of x at u; fail-safe: it only
    holds an expectation of it).  The formula is read as a renderer shows it: a colour is no maths
    (``\\mathcal{N}(\\color{blue}{\\tilde\\mu}(x_t, x_0), \\color{red}{\\tilde\\beta_t} I)``, as the display
    reader unwraps it), and a Gaussian without its point is the density's variable's (:func:`_at_its_variable`)."""
    given = f" \\mid {written.group('given')}" if written.group("given") else ""
    density = parse(f"p({written.group('variables')}{given})", line)
    if not isinstance(density.node, syntax.Call):
        return []
    right = _at_its_variable(parse(unwrapped(_without_differential(written)), line).node, density.node)
    if right is not None and written.group("minus"):  # -log p(x) = f(x): the log-density is -f(x)
        right = syntax.Negative(right.position, right)
    if isinstance(right, syntax.Name | syntax.Number) or (right is not None and _writes_a_density(right)):
        return []
    if right is not None and written.group("log"):
        if _log_density_light(right, density.node.arguments):
            return []
    elif right is not None:  # (None: not parsed, its tail not read)
        gaussians = gaussians_times_rational(right)
        if _points_cover(gaussians, density.node.arguments):
            return [Stated(DENSITY_LAW, line, text, density, Formula(text, line, g), origin) for g in gaussians]
    said = f"${text}$, a density written as a formula whose tail is not read"
    return [Stated(TAIL_LAW, line, said, _with_index_variable(density, written, line), None, origin)]


def _at_its_variable(right: syntax.Node | None, density: syntax.Call) -> syntax.Node | None:
    """A density of one variable written as a Gaussian without its point (``q(x_{t-1} \\mid x_t) =
    \\mathcal{N}(\\mu, \\sigma^2)``) as the Gaussian at that variable, as ``x_{t-1} \\sim \\mathcal{N}(\\mu,
    \\sigma^2)`` says; any other formula as it is."""
    if isinstance(right, syntax.Gaussian) and right.point is None and len(density.arguments) == 1:
        return replace(right, point=density.arguments[0])
    return right


def _without_differential(written: re.Match) -> str:
    """The right side of a density written as a formula, without the differential written beside the density
    (``p(x)\\,dx = \\frac{dx}{\\pi (1 + x^2)}`` reads ``\\frac{1}{\\pi (1 + x^2)}``): the measure, on both sides."""
    right = written.group("right").strip().rstrip(".,;")
    differential = written.group("differential")
    if differential is None:
        return right
    measure = re.escape(differential).replace("\\ ", r"\s*")
    right = re.sub(rf"(?:\\[,;:!]|\s)*{measure}\s*$", "", right)  # written last: a factor
    return re.sub(measure, "1", right)


#: An index that names the variable a density is of (``p_X``, ``p_{x}``, ``f_X``): one Latin letter.
_VARIABLE_INDEX = re.compile(r"^\{?\s*([A-Za-z])\s*\}?$")


def _with_index_variable(density: Formula, written: re.Match, line: int) -> Formula:
    """The density ``p(u)`` with the variable its letter's index names (``p_{x}(u)``, ``f_X(x)``: the density of x,
    at u) among its variables, where that index is one Latin letter (:data:`_VARIABLE_INDEX`) not already one of
    them; which of the two the note means is not read, so both are given the law (fail-safe: it only holds)."""
    index = _VARIABLE_INDEX.match(written.group("index") or written.groupdict().get("capital") or "")
    variables = written.group("variables")
    if index is None or index.group(1) in {n.base for a in density.node.arguments for n in syntax.nodes(a)
                                           if isinstance(n, syntax.Name) and not n.index}:  # fmt: skip
        return density
    given = f" \\mid {written.group('given')}" if written.group("given") else ""
    named = parse(f"p({variables}, {index.group(1)}{given})", line)
    return named if isinstance(named.node, syntax.Call) else density


def _terms(node: syntax.Node) -> list[syntax.Node]:
    """The terms of a sum or a difference (each sign kept as the term's: ``a - b`` gives a and -b; ``-(a + b)``
    gives -a and -b)."""
    if isinstance(node, syntax.Negative):
        return [syntax.Negative(term.position, term) for term in _terms(node.operand)]
    if isinstance(node, syntax.Binary) and node.operator in ("+", "-"):
        right = _terms(node.right)
        if node.operator == "-":
            right = [syntax.Negative(term.position, term) for term in right]
        return _terms(node.left) + right
    return [node]


def _numeric_polynomial(node: syntax.Node, keys: frozenset) -> sp.Expr | None:
    """``node`` as a polynomial in the names ``keys`` whose coefficients are numbers, or None (another name, a
    function, a division by what is not a number, a power not a whole number)."""
    if isinstance(node, syntax.Name):
        return sp.Symbol(repr(node.key)) if node.key in keys else None
    if isinstance(node, syntax.Negative):
        inner = _numeric_polynomial(node.operand, keys)
        return -inner if inner is not None else None
    if isinstance(node, syntax.Power):
        base, exponent = _numeric_polynomial(node.base, keys), value(node.exponent)
        whole = exponent is not None and bool(exponent.is_integer) and bool(exponent >= 0)
        return base**exponent if base is not None and whole else None
    if isinstance(node, syntax.Binary) and node.operator in ("+", "-", "*", "/"):
        left, right = _numeric_polynomial(node.left, keys), _numeric_polynomial(node.right, keys)
        if left is None or right is None or (node.operator == "/" and (not right.is_number or right == 0)):
            return None
        return {"+": left + right, "-": left - right, "*": left * right, "/": left / right}[node.operator]
    return value(node)


def _log_density_light(node: syntax.Node, variables: Iterable[syntax.Node]) -> bool:
    """Whether a log-density (``\\log p(x) = -\\frac{x^2}{2} + \\text{const}``) has every moment: of one variable,
    its terms that write it a polynomial in it with numbers for coefficients (:func:`_numeric_polynomial`), of even
    degree and a negative leading coefficient, so the density falls as exp(-c x^{2k}); the other terms a
    normalisation.  Any other (``-\\log(1 + x^2)``, a Cauchy's; a scale or a mean of names, whose law is not read)
    is not read."""
    keys = frozenset(n.key for v in variables for n in syntax.nodes(v) if isinstance(n, syntax.Name))
    varying = [term for term in _terms(node) if any(isinstance(n, syntax.Name) and n.key in keys
                                                    for n in syntax.nodes(term))]  # fmt: skip
    parts = [_numeric_polynomial(term, keys) for term in varying]
    if len(keys) != 1 or None in parts:
        return False
    total = sp.expand(sp.Add(*parts))
    if not total.free_symbols:
        return False  # no term in the variable: no law read
    polynomial = sp.Poly(total, *total.free_symbols)
    return polynomial.degree() % 2 == 0 and bool(polynomial.LC() < 0)


#: A word that points back at something named before ("it", "its", "this density", "the variable", "the latter"),
#: anywhere in a sentence ("Note that it is", "In fact, the variable is", "Its law is").
_POINTING = re.compile(
    r"\b(?:it|its|this|that|these|those|they|their|the\s+(?:random\s+)?(?:variable|quantity|sample|density|law"
    r"|distribution)s?|the\s+latter|such\s+a)\b",
    re.IGNORECASE,
)
#: A sentence whose subject is a law itself ("A Cauchy law has no mean", "The Cauchy distribution is heavy"): a
#: remark on the family, not on a variable, where no word points back (:data:`_POINTING`).
_A_FAMILY_REMARKED = re.compile(
    r"^\W*(?:(?:an?|the|every|any)\s+)?(?:[\w'’-]+\s+){0,2}?(?:laws?|distributions?|densit(?:y|ies))\b", re.IGNORECASE
)


def tails_said_after(notes: Notes) -> list[Stated]:
    """``Let $p(x)$ be the density of $x$. Note that it is Cauchy distributed.``: a sentence with no maths that names
    a law (:func:`_law_said`) says it of something named before, whatever words point back ("it", "the former",
    "both", "Sa loi", "これは") where the law is one whose moments are not all read (a heavy tail, a family no table
    knows), and where a word read as pointing back says so (:data:`_POINTING`) for any law; not a remark on the family
    (:data:`_A_FAMILY_REMARKED`). It gives its law,
    read as :func:`_tails_beside_a_name` reads a sentence that sets the name, to each name every sentence before it sets
    alone (fail-safe: which earlier name is meant is not read, so every one is given the law, which only holds
    proofs)."""
    read = [
        (paragraph.line + (paragraph.text[: max(at, 0)].count("\n")), sentence)
        for paragraph in notes.prose
        for sentence in _raw_sentences(paragraph.text)
        if sentence.strip()
        for at in [paragraph.text.find(sentence)]
    ]
    found = []
    for at, (line, sentence) in enumerate(read):
        words = _words_of(sentence)
        if _SENTENCE_MATHS.search(sentence) or not _law_said(words):
            continue
        if _A_FAMILY_REMARKED.match(words) and not _POINTING.search(words):
            continue
        if not (_POINTING.search(words) or _heavy_laws_named(words) or _families_unread(words)):
            continue  # a law with every moment and no word read as pointing back ("这个 Gaussian 的均值和方差"): of
            # the law itself, as far as the reader can tell, not a law given to every name before
        given: dict[str, list[Stated]] = {}  # by the maths as written: a name set again is given the same laws
        for _, before in read[:at]:
            for maths in _SENTENCE_MATHS.finditer(before):
                if maths.group() not in given:
                    text = next(group for group in maths.groups() if group is not None)
                    given[maths.group()] = _tails_beside_a_name(Inline(text, line, f"{maths.group()} {sentence}"))
                found += given[maths.group()]
    return found


def _merged(one: Tail, other: Tail) -> Tail:
    """Of two tails a variable is given, the heavier (an unknown one heaviest)."""
    if one.exponent is None or (other.exponent is not None and one.exponent <= other.exponent):
        return one
    return other


def tails_stated(stated: Iterable[Stated], vocabulary: NoteVocabulary) -> dict[sp.Symbol, Tail]:
    """The variables the note gives a law with a heavy tail, in maths (``x \\sim \\mathrm{Cauchy}(0, 1)``: a law
    whose family :data:`_FAMILIES` knows) or in words (:func:`tails_in_words`), each with its heaviest tail.  A law
    stated of a formula of names (``\\log x_0 \\sim \\mathrm{Cauchy}(0, 1)``, ``1/x_0 \\sim \\mathcal{N}(0, 1)``)
    gives them the law of its inverse, whatever the law: a tail not read (fail-safe)."""
    found: dict[sp.Symbol, Tail] = {}

    def give(symbol: sp.Symbol, tail: Tail) -> None:
        found[symbol] = _merged(found[symbol], tail) if symbol in found else tail

    stated = list(stated)
    for item in [*stated, *densities_defined(stated)]:
        if item.name is None or item.denied or item.kind not in ("law", TAIL_LAW):
            continue
        body = item.body.node if item.body is not None else None
        tail = _tail_of(body, item.text) if body is not None else None
        if item.kind == TAIL_LAW and tail is None:
            tail = Tail(None, item.text)
        if tail is None and body is not None and _density_unread(body, _law_variables(item.name.node)):
            tail = Tail(None, f"{item.text}, a density written as a formula whose tail is not read")
        for variable in _law_variables(item.name.node):
            if isinstance(variable, syntax.Name) and tail is not None:
                give(vocabulary.symbol(variable.key), tail)
            elif isinstance(variable, _FORMULAS):
                inverse = Tail(None, f"{item.text}, a law of a formula")
                for written in syntax.nodes(variable):
                    if isinstance(written, syntax.Name):
                        give(vocabulary.symbol(written.key), inverse)
    return found


def _law_variables(name: syntax.Node) -> tuple[syntax.Node, ...]:
    """What a law is stated of, as :func:`~.formulas._variables` writes it: the arguments of ``P(x, y)``, or the
    formula in ``P(\\log x_0)`` (read as P times it, being no list of names)."""
    if isinstance(name, syntax.Call):
        return name.arguments
    letter = isinstance(name, syntax.Binary) and name.operator == "*" and isinstance(name.left, syntax.Name)
    if letter and name.left.key == ("P", "", ""):
        return (name.right,)
    return (name,)


#: Formulas of names a law may be stated of (``\\log x_0``, ``1/x_0``, ``x_0^3``, ``-x_0``), rather than names.
_FORMULAS = (syntax.Function, syntax.Binary, syntax.Power, syntax.Negative)
