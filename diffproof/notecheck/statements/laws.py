"""Laws and noises said in words: a noise's scale and mean, what N's second parameter is, independence and
dependence, a denied Markov property, a changed forward step, the data's law and its parameters."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import NOISES
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements import unspaced_forward as unspaced
from diffproof.notecheck.statements.formulas import Formula, Stated, _variables, parse
from diffproof.notecheck.statements.hedges import _denied
from diffproof.notecheck.statements.inline import _PARENTHESES
from diffproof.notecheck.statements.orders import _NUMBER_IN_WORDS, _READ_AS_CONSTANTS, _SPELLED
from diffproof.notecheck.statements.sentences import (
    _INLINE_DOLLARS,
    _NEGATED,
    _NUMBERS_ONLY,
    _SENTENCE_MATHS,
    _SENTENCES,
    _raw_sentences,
    _sentences,
    _words_around,
    _words_of,
)
from diffproof.notecheck.statements.unnamed import _HEADING
from diffproof.notecheck.vocabulary import COORDINATE, RANDOM, UNREAD_SCALE, Parametrisation, display_name, nodes
from diffproof.notes import Inline, Notes

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
    plain = _CITATION.sub(" ", _SENTENCE_MATHS.sub(" ", sentence))  # a citation's year is no scale (Ho et al. (2020))
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
    numbers = _numbers_said(_schedule_asides_out(inline.sentence))  # not a linear schedule's endpoints
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


#: Words that call what they are said of random ("a random variable", "stochastic"), in French, German, Chinese,
#: Japanese and Korean too; not "non-random".
_RANDOM_SAID = re.compile(
    r"\b(?<!non-)(?<!non)random\b|\bstochastic\w*|\bal[ée]atoire\w*|\bZufall\w*|\bzuf[äa]llig\w*"
    r"|随机|隨機|確率変数|ランダム|확률\s*변수",
    re.IGNORECASE,
)
#: Words that tie what they are said of to another variable ("depends on", "correlated with"): random where the
#: other is a noise.
_TIED_SAID = re.compile(r"\bcorrelat\w*|\bdepend(?:s|ed|ing|ent)?\b|依赖|相关|依存|相関", re.IGNORECASE)


def _random_in_words(inline: Inline) -> list[Stated]:
    """``Let $u$ be a random variable``, ``$u$ is correlated with the noise``: a name set alone in a sentence whose
    words call it random (:data:`_RANDOM_SAID`) or tie it to another (:data:`_TIED_SAID`) beside a noise (in words or
    maths), as a ``random`` statement -- a declared noise is then not known to be independent of it, whatever
    else the sentence says (fail-safe)."""
    node = parse(inline.text, inline.line).node
    words = _words_of(inline.sentence)
    noise = _FORWARD_NOISE_WORD.search(words) or _NOISE_MATHS.search(inline.sentence)
    if not (isinstance(node, syntax.Name) and (_RANDOM_SAID.search(words) or (noise and _TIED_SAID.search(words)))):
        return []
    said = f"${inline.text.strip()}$ called random in words"
    return [Stated("random", inline.line, said, Formula(said, inline.line, node), None, "words")]


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


#: How far from a name's maths, in characters, a word of independence is said of it whatever it says ("$X$ and $Y$
#: be independent", "$z_1, z_2$ independent noises").
_INDEPENDENCE_REACH = 25
#: Where else a word of independence said of a name's maths may stand: anywhere in its clause, up to a mark that
#: ends one in words (maths blanked; "i.i.d." ends none): "$h_1, h_2$ drawn from a standard normal law,
#: independently"; but for independence said of noises there ("$x_i$ expressed in terms of two independent noises").
_CLAUSE_MARK = re.compile(r"[;:!?]|\.(?=\s|$)")
#: A law statement's left side (``h_1, h_2 \sim \mathcal{N}(0, 1)``): the names it gives the law.
_LAW_SIDE = re.compile(r"^(.+?)\\sim\b")


#: How a name said independent of others is stated (``$g, \\alpha$ beside independence``): a random variable's.
BESIDE_INDEPENDENCE = "beside independence"


def _independent_in_words(inline: Inline) -> list[Stated]:
    """``Let $X$ and $Y$ be independent``, ``$X \\perp Y$``: each name in the sentence's maths, beside a word or
    sign of independence, is related in a way not modelled (its counterexamples untrusted)."""
    around = _words_around(inline)
    before, after = (_words_of(around[0]), _words_of(around[1])) if around else ("", "")
    clause = f"{_CLAUSE_MARK.split(before)[-1]} {_CLAUSE_MARK.split(after)[0]}"
    near = f"{before[-_INDEPENDENCE_REACH:]} {after[:_INDEPENDENCE_REACH]} {_OF_NOISES.sub(' ', clause)}"
    if not (_INDEPENDENT.search(near) or _INDEPENDENT.search(inline.text)) or _denied(inline):
        return []  # "We want to check whether $x \\perp y$": no independence
    if _ORTHOGONAL.search(_words_of(inline.sentence)) and not _INDEPENDENT.search(near):
        return []  # "vectors with $u \\perp v$, i.e. orthogonal": a right angle
    text = _INDEPENDENCE_SIGNS.sub(",", _PARENTHESES.sub(r"\1", inline.text.strip()))
    listed = _variables(text, inline.line).node
    if not isinstance(listed, syntax.Call) and (law := _LAW_SIDE.match(text)) is not None:
        listed = _variables(law.group(1), inline.line).node  # "$h_1, h_2 \\sim \\mathcal{N}(0, 1)$ i.i.d."
    written = listed.arguments if isinstance(listed, syntax.Call) else ()
    names = [n for argument in written for n in nodes(argument) if isinstance(n, syntax.Name)
             and not (n.base in NOISES and (n.base == "epsilon" or n.decoration or n.index))]  # fmt: skip
    # a noise's independence is the kernel's own reading of a declared noise (contexts): nothing unmodelled
    said = f"${' '.join(inline.text.split())}$ {BESIDE_INDEPENDENCE}"
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
    r"(?:に等しい|と等しい|と同じ(?!分布)|の符号を反転|의\s*부호를|[와과]\s*(?:같|동일)(?!\w*\s*분포))",
    re.IGNORECASE,
)


def _equal_noises(node: syntax.Node | None) -> bool:
    """Whether maths says two noises or more equal (``\\epsilon_1 = \\epsilon_2 = \\epsilon_3``, ``z_1 = -z_2``): a
    chain of equalities whose sides, a sign aside, are two noise-named variables or more."""
    if not (isinstance(node, syntax.Statement) and node.relations and set(node.relations) == {"="}):
        return False
    sides = [side.operand if isinstance(side, syntax.Negative) else side for side in node.operands]
    noises = {side.key for side in sides if isinstance(side, syntax.Name) and side.base in NOISES}
    return len(noises) > 1


#: Words that make one noise serve every forward step ("the same $\epsilon$ is added at every step", "one and the
#: same draw", "a single noise shared by all steps", "reused"): the context draws a fresh one at each.
_ONE_NOISE = re.compile(
    r"\bsame\s+(?:\w+\s+)?(?:nois\w*|draws?|samples?|realis\w*|realiz\w*|m)\b|\bone\s+and\s+the\s+same\b"
    r"|\bnois\w*\s+(?:\w+\s+|m\s+){0,3}?(?:is|are)\s+(?:all\s+)?(?:the\s+same|identical|equal|shared|re-?used|correlated"
    r"|not\s+(?:\w+\s+)?independent\w*|fixed)\b|\bre-?us(?:e|es|ed|ing)\b|\bsingle\s+(?:\w+\s+)?(?:noise|draw)\b|\bdrawn\s+once\b"
    r"|\bfixed\s+(?:across|for\s+all|over)\b|\bantithetic\w*|\banti-?correlated\b|\bm[êe]me\s+bruit|\bmismo\s+ruido|\bstesso\s+rumore|相同的?噪声|同一(?:个)?噪声"
    r"|同じノイズ",
    re.IGNORECASE,
)
#: Words that make a sentence about the noises of several steps: every step, the noises, successive ones.
_EVERY_STEP = re.compile(
    r"\b(?:every|each|all|across|successive|consecutive|different)\b|\bnois(?:es)\b|\bforward\s+noises\b"
    r"|\bchaque\b|\bjede[nrs]?\b|\bcada\b|\bogni\b|每|各",
    re.IGNORECASE,
)


def _noises_tied_in_words(notes: Notes) -> list[Stated]:
    """ "The same $\\epsilon$ is added at every forward step", "The forward noises are one and the same draw": a
    sentence about the noises of several steps (:data:`_EVERY_STEP`, the noise in words or in maths) that makes them
    one (:data:`_ONE_NOISE`) ties every noise of the context together (a ``noise law``: the context's independent
    standard normals are not the note's, and q's chain need not be Markov).  A sentence of the reverse process or a
    model (:data:`_NOT_FORWARD`) is not about them."""
    found = []
    for paragraph in notes.prose:
        text, at = paragraph.text, 0
        for sentence in _raw_sentences(text.replace("\n", " ")):
            at = max(text.replace("\n", " ").find(sentence, at), at)
            line = paragraph.line + text[:at].count("\n")
            words = _SENTENCE_MATHS.sub(" m ", sentence)
            noisy = _FORWARD_NOISE_WORD.search(words) or re.search(r"\\(?:var)?epsilon|(?<![A-Za-z\\])z_", sentence)
            one = _ONE_NOISE.search(words)
            if not (noisy and one and _EVERY_STEP.search(words)) or _NOT_FORWARD.search(words):
                continue
            said = f"a sentence ties the forward noises together ({' '.join(sentence.split())[:60]}: '{one.group(0)}')"
            found += [Stated("noise law", line, said, Formula(said, line, parse(f"\\{base}_t" if base == "epsilon"
                      else f"{base}_t", line).node), None, "words") for base in sorted(NOISES)]  # fmt: skip
    return found


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
    chained: set[str] = set()  # "$\\epsilon_1 = \\epsilon_2 = \\epsilon_3$": noises said equal, in a chain
    for inline in notes.inline:
        try:
            node = syntax.parse(inline.text, notes=True)
        except (InvalidAnswer, RecursionError):
            continue
        if _equal_noises(node):
            chained.add(inline.sentence)
        elif not (_DEPENDENT.search(inline.sentence) or _DEPENDS.search(inline.sentence)):
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
        tied = _DEPENDENT.search(sentence) or sentence in chained
        if not (len(named) > 1 and tied) and not (len(named) == 1 and alone):
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


def _prose_sentences(notes: Notes) -> Iterator[tuple[int, str, list[str]]]:
    """Each sentence of the note's prose with its line, its maths written ``$m$``, and the maths it writes in order
    (its dollars and GitHub's backticks taken off)."""
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            maths = iter(_INLINE_DOLLARS.findall(text))
            for sentence in _sentences(text):
                written = [next(maths, "$$")[1:-1].strip("`") for _ in range(sentence.count("$m$"))]
                yield paragraph.line + offset, sentence, written


def _laws_in_words(notes: Notes) -> list[Stated]:
    """ "We assume the data are standard normal", "The prior $p(x_T)$ is a standard normal", "$x_0$ is a single fixed
    example": a clause that says in words what a law is (a family, a support, a value, a moment) of the data, of a
    start variable written alone (x_0) or of a density written alone (p(x_T)).  Like a display's ``q(x_0) = N(x_0;
    0, 1)``, it leaves no counterexample free to draw the law of those variables (an ``unread law``); whatever it
    says, even a denial ("the data are not Gaussian"), it says something of that law.  A clause that writes other
    maths and no word for the data speaks of that maths ("the data fade, and $x_T$ is almost normal"), and one
    with words of the process of its noise ("Gaussian noise is added to the data")."""
    found = []
    for line, sentence, written in _prose_sentences(notes):
        data = bool(_DATA.search(_words_of(sentence)))
        kernels = [name for read in _KERNEL_READERS for name in read(sentence, written)]
        if kernels:
            said = f"line {line} says a kernel's law in words ({' '.join(_words_of(sentence).split())[:60]})"
            found.append(Stated("unread law", line, said, _variables(", ".join(kernels), line), None, "words"))
        for clause in _DATA_CLAUSES.split(sentence):
            inlines, written = written[: clause.count("$m$")], written[clause.count("$m$") :]
            words = _words_of(clause)
            law = bool(_LAW_WORDS.search(words))
            if _PROCESS_WORDS.search(words) or not (law or _OTHER_LAW.search(words)):
                continue
            afters = clause.split("$m$")[1:]
            variables = [v for maths, after in zip(inlines, afters) for v in _subjects(maths, after, law)]
            if data and law and (_DATA.search(words) or not inlines):
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


def _subjects(maths: str, after: str, law: bool = True) -> list[str]:
    """The variables a clause's maths ``maths`` names, when it is a marginal density alone (``p(x_T)``: its
    variables), or a start variable alone (``x_0``) that ``after``, the clause's words after it, makes the subject
    ("$x_0$ is fixed", not "$x_T$ is free of $x_0$"), as written; else none (its words speak of a formula, or of a
    conditional law the process or the note's own definitions give, unless a word after it gives it another family
    or says it does not vary with what it is given, :data:`_OTHER_LAW`: then its variables and those it is given;
    a law said otherwise of a kernel its sentence makes the subject is read by :func:`_kernels_said_otherwise`).
    ``law``: whether the clause names a law in words (:data:`_LAW_WORDS`), which a start variable or a marginal
    needs."""
    node = parse(maths, 0).node
    if law and isinstance(node, syntax.Name) and node.index == "0" and _SUBJECT_VERB.match(after):
        return [maths]
    if isinstance(node, syntax.Call) and law_letter(node) is not None and node.given and _OTHER_LAW.search(after):
        return [display_name(a.key) for a in (*node.arguments, *node.given) if isinstance(a, syntax.Name)]
    if law and isinstance(node, syntax.Call) and law_letter(node) is not None and not node.given:
        return [display_name(a.key) for a in node.arguments if isinstance(a, syntax.Name)]
    return []


#: Words that give a conditional density a law of another family than the Gaussian a process or a note's definitions
#: give it, or say it does not vary with what it is given ("For $q(x_t \mid x_{t-1})$ we use the uniform density",
#: "the same whatever $x_{t-1}$ is") wherever the sentence puts the kernel: the words a kernel said otherwise
#: (:func:`_kernels_said_otherwise`, a whitelist) cannot read outside a sentence that makes it the subject.
_OTHER_LAW = re.compile(
    r"\b(?:standard[- ]normal|uniform(?:ly)?|bernoulli|rademacher|dirac|deltas?|point[- ]mass(?:es)?|mixtures?|laplace"
    r"|cauchy|student|exponential|poisson|categorical|discrete|constant|deterministic|zero[- ]mean|cent(?:red|ered)"
    r"|symmetri\w*|same|whatever|regardless|irrespective)\b|一様|均匀|标准正态|標準正規|拉普拉斯|ラプラス|均等|균등|표준정규",
    re.IGNORECASE,
)


def _kernels_said_otherwise(sentence: str, written: list[str]) -> list[str]:
    """The variables of each conditional density (``q(x_t | x_{t-1})``, a kernel) whose law ``sentence`` (its maths
    masked, ``written`` its maths) names in words other than the Gaussian's: "$q(x_t \\mid x_{t-1})$ is the Gumbel
    density", "Soit $q(\\dots)$ la densité uniforme", "... is a standard normal", "... is the same whatever
    $x_{t-1}$ is".  What the sentence says after the kernel is read as its law when a verb makes the kernel its
    subject (:data:`_KERNEL_VERB`, or "let"/"soit" before it) and the words name a law (:data:`_NAMES_A_LAW`) or
    are few and end the sentence ("is Gumbel."); a kernel that ends its sentence after a copula takes the law its
    clause names before it ("The Gumbel density ... is $q$.").  The law is the Gaussian's only if the words name it
    and every word is one of :data:`_GAUSSIAN_SAID` (a whitelist: Gaussian, normal, gaussienne, 正态, ... with
    articles, copulas and law nouns; "is the density too" names none), else it is unread, whatever family or
    parameter the words give."""
    pieces = sentence.split("$m$")
    found = []
    for at, maths in enumerate(written):
        node = parse(maths, 0).node
        if not (isinstance(node, syntax.Call) and law_letter(node) is not None and node.given):
            continue
        before, after = pieces[at], "$m$".join(pieces[at + 1 :])
        verb = _KERNEL_VERB.match(after) or _TOPIC.match(after)
        if verb is None and not _LET_BEFORE.search(before):
            continue
        said = after[verb.end() :] if verb is not None else after
        if verb is None and not said.strip(_PUNCTUATION):  # "The Gumbel density ... is $q$.": the law before it
            said = _CLAUSE_START.split(_COPULA_BEFORE.sub("", "$m$".join(pieces[: at + 1])))[-1]
            if not (_NAMES_A_LAW.search(_words_of(said)) or _GAUSSIAN_WORDS.search(said)):
                continue  # "Here is $q$.": no law named
        if verb is not None and verb.re is _TOPIC and not _COPULA_END.search(said):
            continue  # "$q$は以下のように得られる", "$q$는 ...을 의미한다": no law said of q
        if not _law_named(_words_of(said)) or _gaussian_said(_FRAME_WORDS.sub(" ", said)):
            continue
        found += [display_name(a.key) for a in (*node.arguments, *node.given) if isinstance(a, syntax.Name)]
    return found


def _kernels_framed(sentence: str, written: list[str]) -> list[str]:
    """The variables of each kernel (a conditional density written alone) whose law a verb frame may say in words
    other than the Gaussian's, the law on either side of the kernel: "We take the Gumbel density for $q$", "We set $q$
    to ...", "For $q$ we use ...", "$q$ is chosen as ...", "On prend pour $q$ ...", "Wir wählen für $q$ ...", "我们取
    ... 作为 $q$", "$q$としてガンベル分布を用いる", or an apposition ("The kernel $q$, a Gumbel density, ...").  A frame
    is a verb (:data:`_FRAME_VERB`) in the kernel's clause (up to the kernel, maths before it included: a verb a list
    shares) and a word that links the law to the kernel right beside
    it (:data:`_LINK_BEFORE`: "for", "as", "pour", "作为"; :data:`_LINK_AFTER`: "to", "is set to", "として", "を ...
    とする"); a verb of which the kernel is the object ("uses the posterior $q$") says no law of it.  The kernel's
    words are its clause's (up to a semicolon) between the maths beside it, cut at the end of a list before other
    maths ("... for $q$ and ... for $p$": p's); the frame's words taken out (:data:`_FRAME_WORDS`), what is left is
    the law's, the Gaussian's only by the whitelist (:func:`_gaussian_said`), else unread."""
    pieces = sentence.split("$m$")
    found = []
    for at, maths in enumerate(written):
        node = parse(maths, 0).node
        if not (isinstance(node, syntax.Call) and law_letter(node) is not None and node.given):
            continue
        before, after = _CLAUSE_END.split(pieces[at])[-1], _CLAUSE_END.split(pieces[at + 1])[0]
        # the verb may stand before the maths earlier in the clause, shared by a list ("We take A for $p$ and B for $q$")
        clause = f"{_CLAUSE_END.split('$m$'.join(pieces[: at + 1]))[-1]} {after}"
        before = _LIST_END.split(before, maxsplit=1)[-1] if at > 0 and before == pieces[at] else before
        if at + 1 < len(written) and after == pieces[at + 1]:  # the words up to the last end of a list are q's
            after = after[: max((end.start() for end in _LIST_END.finditer(after)), default=len(after))]
        framed = _FRAME_VERB.search(clause) and (_LINK_BEFORE.search(before) or _LINK_AFTER.match(after))
        if not (framed or _APPOSITION.match(after)):
            continue
        said = _FRAME_WORDS.sub(" ", f"{before} {after}")
        if _law_named(_words_of(said)) and not _gaussian_said(said):
            found += [display_name(a.key) for a in (*node.arguments, *node.given) if isinstance(a, syntax.Name)]
    return found


def _kernel_in_words(sentence: str, written: list[str]) -> list[str]:
    """The random variables written alone in a sentence that says a law of one given another in words ("Given
    $x_{t-1}$, $x_t$ is Gumbel", "the density of $x_t$ given $x_{t-1}$ is Gumbel", "sachant", "gegeben", "给定"): a
    kernel said without its maths.  Its law is the words after the last such variable up to the clause's end, the
    frame's words taken out; the Gaussian's only by the whitelist (:func:`_gaussian_said`), else unread."""
    if not _GIVEN.search(_words_of(sentence)):
        return []
    pieces = sentence.split("$m$")
    alone = [at for at, maths in enumerate(written) if _random_alone(maths)]
    if len(alone) < 2:
        return []
    said = _FRAME_WORDS.sub(" ", _CLAUSE_END.split("$m$".join(pieces[alone[-1] + 1 :]))[0])
    if not _law_named(_words_of(said)) or _gaussian_said(said):
        return []
    return [written[at].strip() for at in alone]


def _random_alone(maths: str) -> bool:
    """Whether ``maths`` is a random variable's name alone (``x_t``, ``x_{t-1}``)."""
    node = parse(maths, 0).node
    return isinstance(node, syntax.Name) and node.base in RANDOM


#: A verb that gives a kernel its law in a frame, whichever side of the kernel the law stands (take, use, choose,
#: pick, set, fix, assume, adopt, select, model; prendre, utiliser, choisir, poser, fixer, supposer; nehmen, wählen,
#: setzen, verwenden, annehmen; tomar, usar, elegir; 取, 选, 采用, 使用, 设, 令, 假设; とする, とおく, 用いる, 使う, 選ぶ, 採用).
_FRAME_VERB = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|us(?:e|es|ed|ing)|choos(?:e|es|ing)|chos(?:e|en)|pick(?:s|ed|ing)?|set(?:s|ting)?"
    r"|fix(?:es|ed|ing)?|assum(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|select(?:s|ed|ing)?|model(?:s|led|ed|ling|ing)?"
    r"|specif(?:y|ies|ied)|prend\w*|pris\w*|utilis\w*|choisi\w*|pos(?:e|es|ons|ez|é|ée)|fix\w*|suppos\w*|adopt\w*"
    r"|nehm\w*|nimmt|genommen|w[äa]hl\w*|gew[äa]hlt|setz\w*|gesetzt|verwend\w*|benutz\w*|annehm\w*|angenommen"
    r"|tom\w*|us(?:a|amos|an)|elegi\w*|elig\w*)\b|取|选|選|采用|使用|用い(?:る|た|て)?|用|设|設|令|假设|とする|とおく|と置く|使(?:う|い|った)|採用(?:する)?",
    re.IGNORECASE,
)
#: A frame's other words, taken out with its verb before a law's words are read: its subject, a copula or an
#: auxiliary, its prepositions, an adverb of place or time ("We ... for", "... is set to", "On ... pour", "Wir ...
#: für", "我们 ... 作为", "... として ... を").
_FRAME_WORDS = re.compile(
    _FRAME_VERB.pattern + r"|\b(?:we|i|one|you|on|nous|wir|man|ich|nosotros|here|now|then|simply|ici|hier|aquí|qui|"
    r"for|as|to|be|is|are|was|will|shall|equal|equals|pour|comme|à|égale?s?|est|sera|für|als|auf|gleich|zu|ist|sei"
    r"|wird|para|como|en|es|sea|por|follows?|suit|folgt|sigue|segue)\b|我们|我們|我|这里|這裡|作为|作為|对于|對於|服从|服從"
    r"|为|為|成|是|として|には|ここで|では|に従う|に従い|に|を|は|と",
    re.IGNORECASE,
)
#: A word that links a law to the kernel right after it ("for $q$", "as $q$", "pour $q$", "für $q$", "作为 $q$"), or
#: right before it ("$q$ to", "$q$ is set to", "$q$ égale à", "$q$ gleich", "$q$ 取为", "$q$ として", "$q$ には", "$q$ を
#: ... とする").
_LINK_BEFORE = re.compile(
    r"(?:\b(?:for|as|pour|comme|als|für|zu|para|como)|作为|作為|为|為|对于|對於)\s*$", re.IGNORECASE
)
_LINK_AFTER = re.compile(
    r"^\s*(?:(?:is|are|be|was|will\s+be|est|ist|wird|sera|es)\s+)?(?:(?:set|taken|chosen|picked|fixed|assumed|defined"
    r"|modell?ed|pos[ée]e?|prise?|choisie?|fix[ée]e?|gesetzt|gew[äa]hlt|genommen)\s+)?(?:to\s+be|to|as|equal\s+to|à|comme"
    r"|[ée]gale?s?\s+à|als|auf|gleich|zu|como|igual\s+a)\b|^\s*(?:取为|取為|设为|設為|为|為|作为|作為|として|には|に"
    r"|[をは](?=[^。.]*(?:とする|とおく|と置く)))",
    re.IGNORECASE,
)
#: Where a kernel's words end: a clause's end, and the end of a list before other maths ("... for $p$ and ... for $q$").
_CLAUSE_END = re.compile(r"[;；]")
_LIST_END = re.compile(r",|，|、|\b(?:and|und|et|y|e)\b|和|及|与|與", re.IGNORECASE)
#: A noun phrase set off by a comma right after a kernel: an apposition that says what it is ("$q$, a Gumbel density,").
_APPOSITION = re.compile(
    r"^\s*,\s*(?:a|an|the|one|un|une|le|la|l'|ein|eine|einer|der|die|das|una|el|il|lo)\b", re.IGNORECASE
)
#: Words that condition a variable on another ("given", "conditional on", "sachant", "gegeben", "dado", "给定").
_GIVEN = re.compile(
    r"\b(?:given|conditional(?:ly)?\s+on|conditioned\s+on|sachant|gegeben|bedingt|dado|dada)\b|给定|給定|条件下"
    r"|が与えられ|を与え",
    re.IGNORECASE,
)
#: The readers of a kernel's law said in words: after a verb that makes it the subject, in a verb frame, without
#: its maths.
_KERNEL_READERS: tuple[Callable[[str, list[str]], list[str]], ...] = (
    _kernels_said_otherwise,
    _kernels_framed,
    _kernel_in_words,
)


def _gaussian_said(said: str) -> bool:
    """Whether the words said of a kernel name the Gaussian: one of its names (:data:`_GAUSSIAN_WORDS`), and no word
    beyond the whitelist :data:`_GAUSSIAN_SAID` ("is the density too" names no law of its own: the one before)."""
    return bool(_GAUSSIAN_WORDS.search(said)) and not _GAUSSIAN_SAID.sub(" ", said.replace("$m$", " maths ")).strip(
        _PUNCTUATION
    )


#: A copula that ends the words before a kernel ("The Gumbel density ... is $q$"), and where the clause it ends
#: starts (after a comma, a semicolon or a colon; any word left in it beyond the Gaussian's leaves the law unread).
_COPULA_BEFORE = re.compile(r"\b(?:is|are|ist|est|es|è)\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]")


def _law_named(said: str) -> bool:
    """Whether the words said of a kernel name a law: a law noun or a family's word, or a few words that end the
    sentence ("is Gumbel."; not "is defined as:", which announces maths)."""
    if _NAMES_A_LAW.search(said) or _GAUSSIAN_WORDS.search(said):
        return True
    words = _WORD.findall(said)
    return 0 < len(words) <= _FEW_WORDS and all(_LATIN.fullmatch(w) for w in words) and not said.rstrip().endswith(":")


#: A verb that makes a kernel written before it the subject of what follows ("is", "follows", "est", "ist", "es",
#: "は", "是", "服从", "to be"), adverbs of place and time before it allowed ("here is").
_KERNEL_VERB = re.compile(
    r"\s*(?:(?:here|now|then|itself|ici|hier|aquí|aqui|qui)\s+)*(?:(?:is|are|be|to\s+be|follows?|has|have|takes?|ist|"
    r"est|es|è|sea|soit|sei|sia|suit|folgt|sigue|segue)\b|服从|是|为|為)",
    re.IGNORECASE,
)
#: A particle that makes a kernel the topic of a Japanese or Korean sentence, which says what its law is only where it
#: ends with a copula or "follows" (:data:`_COPULA_END`: "$q$は一様分布である", "$q$는 균등 분포이다", "$q$는 ... 따른다").
_TOPIC = re.compile(r"\s*(?:は|が|も|는|은|가|이)")
_COPULA_END = re.compile(r"(?:である|だ|です|に従う|に従います|이다|입니다|이며|따른다|따릅니다)\W*$")
#: Words before a kernel that make it the subject of what follows it: "Let $q$ be", "Soit $q$", "Sea $q$", "设$q$",
#: and a verb put before its subject ("Hier ist $q$ die Dichte ...", "Here is $q$, ...").
_LET_BEFORE = re.compile(
    r"(?:\b(?:let|soit|sea|sei|sia|take|assume|ist|is|est|es|è)\s+(?:\w+\s+){0,2}|设|令|假设)$", re.IGNORECASE
)
#: Words that name a law: a law noun (density, distribution, law, Dichte, Verteilung, densité, loi, densidad, 分布,
#: 密度, ...) or a family's word as :data:`_LAW_WORDS` and :data:`_OTHER_FAMILY` know them.
_NAMES_A_LAW = re.compile(
    r"\b(?:densit\w*|distribu\w*|laws?|kernels?|pdfs?|mixtures?|\w*verteil\w*|dichte\w*|lois?|densidad\w*|leye?s?|"
    r"legge|плотност\w*|распределен\w*|закон\w*|family|families|famille|familia|tailed)\b|分布|密度|法則|밀도|분포"
    r"|" + _LAW_WORDS.pattern + "|" + _OTHER_FAMILY.pattern,
    re.IGNORECASE,
)
#: The Gaussian's name in the languages read (a whitelist), and what words may say of a kernel and leave its law the
#: Gaussian's: its name, articles, copulas, and law nouns.  Any other word (a family, "standard", "mixture", a
#: parameter, a number, a denial) leaves the law unread.
_GAUSSIAN_WORDS = re.compile(
    r"\b(?:gaussians?|gaussiennes?|gaussiens?|gaussian[oa]s?|gau(?:ss|ß)sch\w*|gaussian-distributed|normal(?:es?)?|"
    r"normally|normalverteilt\w*|normalverteilung|gau(?:ss|ß)verteilung|нормальн\w*|гауссов\w*)\b|正态|高斯|正規|正规|"
    r"ガウス|가우스|가우시안|정규",
    re.IGNORECASE,
)
_GAUSSIAN_SAID = re.compile(
    _GAUSSIAN_WORDS.pattern + r"|\b(?:a|an|the|also|too|again|still|le|la|les|l|un|une|aussi|également|der|die|das|"
    r"ein|eine|einer|eines|auch|el|una|también|il|lo|anche|densit(?:y|ies|é|és)|distribu(?:tion|tions|ted|ée|ées|é|"
    r"és|ción|ciones|ida|ido|zione)|laws?|lois?|leye?s?|legge|dichte|verteilung|densidad(?:es)?|densità|kernels?|"
    r"noyau|núcleo|pdf)\b|分布|密度|的|也|一个|个|である|です|だ|이다|입니다|분포|밀도",
    re.IGNORECASE,
)
#: A word, a word of Latin script, and how few of them said of a kernel end a sentence as its law's name ("is
#: Gumbel.", "est uniforme."; unspaced scripts have no count of words).
_WORD = re.compile(r"[^\W\d_]+|\d+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+")
_FEW_WORDS = 2
_PUNCTUATION = " \t.,;:!?()[]{}'\"`“”«»。，；：！？（）、-–—*_$"


#: Words right after a variable that make it a sentence's subject: "$x_0$ is", "$x_0$ は", "$x_0$ 服从", "$x_0$ 는".
_SUBJECT_VERB = re.compile(r"\s*(?:is|are|follows?|has|have|takes?|ist|est|は|が|服从|是|为|為|는|은|가|이)(?:\b|(?=\W)|$)",
                     re.IGNORECASE)  # fmt: skip


#: Where a clause ends: a comma, a semicolon or a conjunction between clauses.
_DATA_CLAUSES = re.compile(r"[,;:，；、]|\b(?:and|but|while|whereas|und|aber|et|mais)\b|而|但|그리고|하지만")


#: The data in maths: x_0 (bold or not; not an estimate \hat x_0), a density of it alone (q(x_0), p(x_0)), the data's
#: own density (p_data, p_{\mathrm{data}}, q_{data}, \pi_{data}).
_DATA_VARIABLE = r"(?<![\\A-Za-z{])x\s*_\s*(?:0|\{\s*0\s*\})(?![\d}]*\s*[\d])"
_DATA_DENSITY = re.compile(
    r"(?<![\\A-Za-z])(?:p|q|\\pi)\s*_\s*\{?\s*(?:\\(?:mathrm|text|rm|operatorname|textrm|mathsf)\s*\{?\s*)?data\b"
    r"|(?<![\\A-Za-z])(?:p|q)\s*\(\s*" + _DATA_VARIABLE + r"\s*\)",
)
#: What makes maths say something of a law (a family written, a moment, an equality in law), beside the data in it.
_LAW_IN_MATHS = re.compile(
    r"\\mathcal\s*\{?\s*[NU]\b|\\operatorname\s*\{\s*(?:Unif|Uniform|Laplace|Bern)|\\(?:overset|stackrel)\s*\{\s*"
    r"(?:d|\\mathcal\s*\{?\s*L\s*\}?|\\text\s*\{\s*d\s*\}|\\mathrm\s*\{\s*d\s*\})\s*\}|=_\s*\{?\s*d\b"
    r"|\\mathbb\s*\{?\s*E\b|\\operatorname\s*\{\s*(?:E|Var|Cov)\s*\}|\\mathrm\s*\{\s*(?:E|Var|Cov)\s*\}|\\(?:Var|E)\b"
    r"|\\delta\b",
)
#: A law or moment said in words, of the data's law: a family, a moment, a centring, a symmetry, a support; in
#: several languages.  Said beside the data (in words or maths), no reader need take it for the law to be the note's.
_DATA_LAW_CUE = re.compile(
    r"\b(?:standard[- ]?normal\w*|normal\w*|gauss\w*|gau(?:ß)\w*|uniform\w*|laplac\w*|bernoulli|rademacher|dirac"
    r"|point[- ]mass\w*|mixtures?|means?|expectations?|expected\s+values?|averages?|zero[- ]mean|cent(?:red|ered|re)"
    r"|centr\w*|zentr\w*|mittelwert\w*|erwartungswert\w*|moyenne\w*|esp[ée]rance|media|medie|esperanza|valor\s+esperado"
    r"|valore\s+atteso|symmetr\w*|sym[ée]tri\w*|sim[ée]tric\w*|simmetric\w*|variances?|varianz\w*|varianza"
    r"|standard\s+deviation|moments?|same\s+(?:law|distribution)|equal\s+in\s+(?:law|distribution)"
    r"|in\s+(?:law|distribution)|bounded|support)\b"
    r"|正規|ガウス|一様|平均|分散|対称|正态|高斯|均匀|均值|方差|对称|정규|가우스|균등|평균|분산|대칭|нормальн\w*|гаусс\w*|"
    r"центрир\w*|среднее|симметри\w*",
    re.IGNORECASE,
)
#: The data held fixed: a conditioning word right before the data ("Conditional on $x_0$", "Fix $x_0$.",
#: "Conditionally on the data", "for a fixed $x_0$") or a word of a fixed value after it ("Treating $x_0$ as a
#: constant", "holding $x_0$ fixed"); DATA stands for the data, in words or maths (:func:`_conditioned_on_the_data`).
_CONDITIONED_DATA = re.compile(
    r"\b(?:condition\w*|given|fix(?:es|ed|ing)?|deterministic|known|observed)\s+"
    r"(?:(?:on|upon|a|an|the|some|one|our|each|fixed|given|known|observed|deterministic)\s+){0,3}DATA"
    r"|DATA\s+(?:(?:is|are|be|being|as|a|an|held|kept|treated|considered|taken|to|remains?)\s+){0,4}"
    r"(?:fixed|constants?|known|given|deterministic|observed)\b|(?:给定|給定|固定)\s*DATA",
    re.IGNORECASE,
)
#: A word for the data, in more languages than :data:`_DATA` (datos, dati, dados, данные), and the signal the noise
#: is added to ("the clean signal", "the original sample"; not "signal-to-noise").
_DATA_WORDS = re.compile(
    _DATA.pattern + r"|\b(?:datos|dati|dados|данны\w*|training\s+(?:set|samples?|points?)"
    r"|(?:clean|original|noiseless|noise-free|uncorrupted|underlying)\s+(?:samples?|inputs?)"
    r"|signals?(?![-\s]+to[-\s]+noise))\b",
    re.IGNORECASE,
)


def _data_maths(maths: str) -> bool:
    """Whether inline maths writes the data: x_0 alone, x_0 on the left of a relation or under a moment (``x_0
    \\sim``, ``\\mathbb{E}[x_0]``, ``-x_0``), or the data's density (p_data, q(x_0)); not x_0 inside a formula of
    other variables (``\\sqrt{\\bar\\alpha_t} x_0 + ...``, ``q(x_{t-1} | x_t, x_0)``)."""
    text = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|mathrm|mathit|mathsf)\s*\{\s*([A-Za-z])\s*\}", r"\1", maths)
    text = re.sub(r"\\(?:mathbf|boldsymbol|bm)\s+([A-Za-z])|\{\\bf\s+([A-Za-z])\}", r"\1\2", text)
    if _DATA_DENSITY.search(text):
        return True
    alone = rf"\s*[-−]?\s*{_DATA_VARIABLE}\s*"
    if re.fullmatch(alone, text) or re.match(rf"{alone}(?:[=<>]|\\sim\b|\\(?:overset|stackrel)\b|\\in\b|\\perp\b)",
                                              text):  # fmt: skip
        return True
    moment = r"(?:\\mathbb\s*\{?\s*E\s*\}?|\\operatorname\s*\{\s*(?:E|Var)\s*\}|\\mathrm\s*\{\s*(?:E|Var)\s*\}|\\(?:Var|E)\b)"
    return bool(re.search(rf"{moment}\s*(?:\\left)?\s*[\[(]?{alone}(?:\\right)?\s*[\])]?(?![\w^])", text))


def _data_law_said(notes: Notes) -> list[Stated]:
    """ "The data are drawn from $\\mathcal{N}(0, 1)$", "Los datos están centrados", "$x_0 \\overset{d}{=} -x_0$",
    "because $\\mathbb{E}[x_0] = 0$" after a display, "\\text{the data are centred}" in one: a sentence (of the
    prose, or a display's remark) that writes the data (in words, :data:`_DATA_WORDS`, or in maths,
    :func:`_data_maths`) and says something of a law (a family, a moment, a symmetry, in words outside a clause
    about the process's noise, or a law or moment in its maths) says something of the data's law, whether or not a
    reader takes what: the data's law is then the note's (an ``unread law`` of x_0), and no counterexample that draws
    its own is trusted.  A law in maths of another variable (``$\\epsilon \\sim \\mathcal{N}(0, I)$``) is that
    variable's; the data's own density named (``$x_0 \\sim q(x_0)$``, "drawn from the data distribution") says
    nothing of what it is."""
    said: list[tuple[int, str]] = []
    for paragraph in notes.prose:
        text, at = paragraph.text, 0
        for sentence in _raw_sentences(paragraph.text.replace("\n", " ")):
            at = max(text.replace("\n", " ").find(sentence, at), at)
            said.append((paragraph.line + text[:at].count("\n"), sentence))
    said += [(step.line, step.remark) for step in notes.steps if step.remark]
    found = []
    for line, sentence in said:
        pieces = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(sentence)]
        data_maths = [p for p in pieces if _data_maths(p.strip("`"))]
        words = _words_of(sentence)
        if not (data_maths or _DATA_WORDS.search(words)):
            continue
        cue = any(_LAW_IN_MATHS.search(p) for p in data_maths) or _conditioned_on_the_data(sentence, data_maths)
        seen = False  # the data written in an earlier clause ("The data are images, and they are centred")
        for clause in _data_law_clauses(sentence):
            cue = cue or _said_of_the_data(clause, data_maths, seen)
            seen = seen or bool(_DATA_WORDS.search(_words_of(clause))) or any(p in clause for p in data_maths)
        if not cue:
            continue
        shown = " ".join(words.split())[:60]
        found.append(Stated("unread law", line, f"line {line} says something of the data's law ({shown})",
                            _variables("x_0", line), None, "words"))  # fmt: skip
    return found


def _conditioned_on_the_data(sentence: str, data_maths: list[str]) -> bool:
    """Whether a sentence holds the data fixed (:data:`_CONDITIONED_DATA`): what it then says of x_t is given x_0,
    so the data's law is the note's to say, and a counterexample drawing x_0 from one is not trusted."""

    def data(match: re.Match) -> str:
        maths = next(g for g in match.groups() if g is not None)
        return " DATA " if maths in data_maths else " m "

    text = _DATA_WORDS.sub(" DATA ", _SENTENCE_MATHS.sub(data, sentence))
    return bool(_CONDITIONED_DATA.search(" ".join(text.split())))


#: "$a$ and $b$": a subject of two maths, not two clauses.
_JOINED_MATHS = re.compile(r"(\$[^$]+\$)\s+(?:and|und|et|y|e|и|和|与|と|과|와)\s+(?=\$)")


def _data_law_clauses(sentence: str) -> list[str]:
    """A sentence's clauses (:data:`_DATA_CLAUSES`), maths kept, two maths joined by "and" kept in one ("$x_0$
    and $\\epsilon$ are standard normal": a subject of both)."""
    joined = _JOINED_MATHS.sub(r"\1 ＋ ", sentence)
    clauses, current = [], ""
    for piece in re.split(r"(\$[^$]*\$)", joined):
        if piece.startswith("$"):
            current += piece
            continue
        parts = _DATA_CLAUSES.split(piece)
        current += parts[0]
        for part in parts[1:]:
            clauses.append(current)
            current = part
    return [*clauses, current]


def _said_of_the_data(clause: str, data_maths: list[str], seen: bool) -> bool:
    """Whether a clause says something of a law (a word of :data:`_DATA_LAW_CUE` outside words of the process, or a
    law written alone, ``$\\mathcal{N}(0, 1)$``) of the data: its first maths, a law alone aside, is the data
    (:func:`_data_maths`), or it writes none ("the data are centred"; "$x_T$ is normal" speaks of x_T); and the data
    come before the word (``seen`` in an earlier clause, or in this one), or right after it ("the mean of the
    data"): "the target mean, in terms of $x_0$" says nothing of the data's law."""
    pieces = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(clause)]
    alone = [p for p in pieces if _LAW_IN_MATHS.search(p) and not re.search(r"\\sim\b|=|\\in\b", p)]
    if _PROCESS_WORDS.search(_SENTENCE_MATHS.sub(" m ", clause)):
        return False
    subjects = [p for p in pieces if p not in alone and not _NUMBERS_ONLY.fullmatch(p)]
    if subjects and subjects[0] not in data_maths:
        return False
    data = [m.start() for m in _SENTENCE_MATHS.finditer(clause) if m.group(0).strip("$`") in data_maths]
    data += [m.start() for m in _DATA_WORDS.finditer(clause)]
    first = -1 if seen else min(data, default=len(clause))
    cues = [m.start() for m in _SENTENCE_MATHS.finditer(clause) if m.group(0).strip("$`") in alone]
    cues += [m.start() for m in _DATA_LAW_CUE.finditer(clause) if not _inside_maths(clause, m.start())]
    of = [m for m in _DATA_LAW_CUE.finditer(clause) if _OF_THE_DATA.match(clause, m.end())]
    of += [m for m in _DATA_LAW_CUE.finditer(clause) if _BEFORE_THE_DATA.match(clause, m.end())]  # "centred data"
    return any(at > first for at in cues) or bool(of)


#: Words right after a law's word that make it the data's ("the mean of the data", "la media de los datos").
_OF_THE_DATA = re.compile(
    r"\s+(?:of|de|del|des|der|di|dei|degli|von)\s+(?:the\s+|la\s+|los\s+|las\s+|les\s+|l'|die\s+|our\s+)?"
    r"(?:\$[^$]*x\s*_\s*\{?0|\$[^$]*data|" + _DATA.pattern.replace("\\b(?:", "(?:", 1) + r")",
    re.IGNORECASE,
)


#: A law's word right before the data, as an adjective ("centred data", "Gaussian images", "symmetric $x_0$").
_BEFORE_THE_DATA = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:\$[^$]*(?:x\s*_\s*\{?0|data)|" + _DATA.pattern.replace("\\b(?:", "(?:", 1) + r")",
    re.IGNORECASE,
)


def _inside_maths(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` lies inside inline maths."""
    return any(m.start() <= at < m.end() for m in _SENTENCE_MATHS.finditer(text))


#: A noise named in words, in more languages than :data:`_NOISE_WORD` (rumore, ruído, шум).
_FORWARD_NOISE_WORD = re.compile(_NOISE_WORD.pattern + r"|\brumor\w*|\bru[íi]do\w*|\bшум\w*", re.IGNORECASE)
#: Words of the reverse (generative) process or a model: a sentence with them is not about the forward step.
_NOT_FORWARD = re.compile(
    r"\b(?:revers\w*|generative|denois(?:e|es|ed|ing)\b(?!\s+diffusion)|backward|learn(?:ed|t)?\s+(?:mean|variance)"
    r"|predict\w*|network|model's|sampler)\b",
    re.IGNORECASE,
)
#: Another family than the Gaussian for the forward noise ("noise drawn uniformly", "isn't Gaussian").
_NOT_GAUSSIAN = re.compile(
    _OTHER_FAMILY.pattern + r"|\b(?:is|are|was|were|does|do)n't\s+(?:\w+\s+)?(?:gaussian|normal)\b"
    r"|\b(?:never|no\s+longer|not)\s+(?:\w+\s+){0,2}(?:gaussian|normal(?:ly)?)\b|\bheavy[- ]tailed\b"
    r"|\b(?:nicht|kein\w*)\s+(?:\w+\s+)?gau(?:ss|ß)\w*|\bpas\s+gaussien\w*|\bno\s+(?:es\s+)?gaussian\w*",
    re.IGNORECASE,
)
#: A noise's variance, its standard deviation, or a factor the step multiplies by, said in words.
_VARIANCE_WORD = re.compile(
    r"\b(?:variances?|varianz\w*|varianza|variância|дисперси\w*)\b|分散|方差|분산", re.IGNORECASE
)
_STD_WORD = re.compile(
    r"\b(?:standard\s+deviations?|std|[ée]cart[- ]type|Standardabweichung|desviaci[óo]n\s+(?:est[áa]ndar|t[íi]pica)"
    r"|deviazione\s+standard)\b|标准差|標準偏差|표준편차",
    re.IGNORECASE,
)
_FACTOR_WORD = re.compile(r"\b(?:multipl\w*|(?:re)?scal(?:e|es|ed|ing))\s+(?:\w+\s+|\$[^$]*\$\s+){0,3}?by\b", re.I)
#: Words between a scale's word and its maths ("variance $\beta_t$", "of variance equal to $1 - \alpha_t$").
_TO_ITS_VALUE = re.compile(r"\s*(?:(?:of|is|equal\s+to|equals|=|:|set\s+to|given\s+by|di|de|del|vaut|gleich|è|es)\s+"
                           r"|[为為是はがの：]\s*)*$",
                           re.IGNORECASE)  # fmt: skip
_OF_ITS_NAME = re.compile(
    r"^\s*(?:is|are|be|denotes|è|es|est|ist|sia)?\s*(?:the|a|an|la|il|el|le|die|der)?\s*$", re.IGNORECASE
)


def _schedule_value(maths: str) -> str | None:
    """Maths with schedule names and numbers only, its letter indices made generic (another index, ``_{t+1}`` or
    ``_1``, is kept, so no value of the step's own compares equal to it) and its spacing, braces, ``\\left``
    and an identity factor taken out (``(1 - \\bar{\\alpha}_{t}) \\mathbf{I}`` is ``1-\\bar\\alpha_*``); None for maths
    of other names (a noise, x_t: what the scale is of, not its value)."""
    identity = r"\\(?:mathbf|boldsymbol|bm|mathrm)\s*\{\s*I\s*\}|\\mathbb\s*\{\s*I\s*\}|(?<![A-Za-z\\])I(?![A-Za-z])"
    text = re.sub(r"\\(?:left|right|,|;|!|quad)|\s+", "", re.sub(identity, "", maths.strip("`")))  # "\beta_t I"
    text = re.sub(r"\\(bar|overline|tilde|widetilde)\{\\(alpha|beta)\}", r"\\\1\\\2", text)
    text = re.sub(r"\\overline", r"\\bar", re.sub(r"\\widetilde", r"\\tilde", text))
    text = re.sub(r"_(?:\{[A-Za-z]\}|[A-Za-z])", "_*", text)  # beta_{t+1}, beta_1: another step's, kept
    names = re.sub(r"\\(?:bar|tilde)?\\?(?:alpha|beta)_\*|\\(?:sqrt|frac|cdot|times)|[\d.{}()\[\]+\-−*/^]", "", text)
    return text if not names else None


#: The forward step's values under the DDPM context, the transition's only (not the marginal's 1 - abar_t, the
#: posterior's beta-tilde_t or the reverse mean's 1/sqrt(alpha_t)): the noise's variance beta_t = 1 - alpha_t, its
#: standard deviation, and the factor sqrt(alpha_t) = sqrt(1 - beta_t) (Ho et al.'s notation), indices made generic
#: (:func:`_schedule_value`).
_CONTEXT_VARIANCES = frozenset({"\\beta_*", "1-\\alpha_*", "(1-\\alpha_*)"})
_CONTEXT_STDS = frozenset({"\\sqrt{\\beta_*}", "\\sqrt{1-\\alpha_*}"})
_CONTEXT_FACTORS = frozenset({"\\sqrt{\\alpha_*}", "\\sqrt{1-\\beta_*}"})


_TRANSITION_SETS = (_CONTEXT_VARIANCES, _CONTEXT_STDS, _CONTEXT_FACTORS)
#: The marginal q(x_t | x_0)'s values, for a sentence about the marginal only (:func:`_about_the_marginal`).
_MARGINAL_SETS = (
    frozenset({"1-\\bar\\alpha_*", "(1-\\bar\\alpha_*)"}),
    frozenset({"\\sqrt{1-\\bar\\alpha_*}"}),
    frozenset({"\\sqrt{\\bar\\alpha_*}"}),
)


def _about_the_marginal(sentence: str) -> bool:
    """Whether a sentence is about the forward marginal q(x_t | x_0) ("the forward marginal has variance ..."), not
    one step (no "each step", "transition", x_{t-1})."""
    words = _SENTENCE_MATHS.sub(" m ", sentence)
    one_step = re.search(
        r"\b(?:each|every|one|single)\s+(?:forward\s+)?(?:step|transition)|\btransitions?\b", words, re.I
    )
    return bool(re.search(r"\bmarginals?\b", words, re.I)) and not one_step and not _STEP_INPUT.search(sentence)


#: The noise as what a factor's word scales: its object ("multiplies the noise by") or the subject of the word
#: after it ("noise scaled by", "$\epsilon$, rescaled by").
_NOISE_SCALED = re.compile(r"\b(?:nois\w*|rumor\w*|ru[íi]do\w*|bruit\w*)\b|\\(?:var)?epsilon", re.IGNORECASE)
_NOISE_BEFORE = re.compile(
    r"(?:\b(?:nois\w*|rumor\w*|ru[íi]do\w*|bruit\w*)|\$[^$]*\\(?:var)?epsilon[^$]*\$)"
    r"\s*,?\s*(?:(?:is|are|being|then|first|each|term)\s+)*$",
    re.IGNORECASE,
)


def _scales_the_noise(sentence: str, found: re.Match) -> bool:
    """Whether a factor's word (:data:`_FACTOR_WORD`) scales the noise: the noise is its object or its subject
    right before it; its value is then the noise's standard deviation, not the state's factor."""
    return bool(_NOISE_SCALED.search(found.group(0)) or _NOISE_BEFORE.search(sentence[: found.start()]))


#: Maths of what a scale is of, not its value: a random variable (x_t, a noise), a density, a list or set of the
#: schedule ("$\\beta_1, \\dots, \\beta_T$", "$\\{\\beta_t \\in (0, 1)\\}_{t=1}^T$"), a relation.
_OF_OTHER_NAMES = re.compile(
    r"(?<![A-Za-z\\])(?:x|z|y)(?![A-Za-z])|\\(?:var)?epsilon|\\eta\b|\\xi\b|\\mathbf\s*\{\s*[xzy]|[(,|]\s*x|\\(?:c|l)?dots"
    r"|\\in\b|[=<>]|\\(?:le|ge|leq|geq|sim)\b|\\mathcal|\\mathbb|\\\{|,"
)


def _scale_against_context(sentence: str) -> str:
    """The words and maths of a sentence about the forward noise that give its variance, standard deviation or a
    step's factor a value other than the DDPM context's (``noise of variance $2(1 - \\alpha_t)$``, ``$\\sqrt{\\alpha_t}$
    is the standard deviation of the noise``, ``multiplies $x_{t-1}$ by $\\alpha_t$``), or ''.  The maths right after
    the word or its subject right before it is compared; a variance of one is the standard normal noise's where the
    sentence writes a noise ($\\epsilon$), else another; maths of other names is what the scale is of.  A factor of
    the noise ("multiplies the noise by", "noise scaled by") is its standard deviation, not the state's factor."""
    noise = bool(re.search(r"\\(?:var)?epsilon|(?<![A-Za-z\\])z_", sentence))
    sets = _MARGINAL_SETS if _about_the_marginal(sentence) else _TRANSITION_SETS
    for word, allowed in zip((_VARIANCE_WORD, _STD_WORD, _FACTOR_WORD), sets):
        for found in word.finditer(sentence):
            if _inside_maths(sentence, found.start()):
                continue
            noise_factor = word is _FACTOR_WORD and _scales_the_noise(sentence, found)
            values = sets[1] if noise_factor else allowed  # "multiplies the noise by": its standard deviation
            after = _SENTENCE_MATHS.search(sentence, found.end())
            near = [after] if after and _TO_ITS_VALUE.fullmatch(sentence[found.end() : after.start()]) else []
            if word is not _FACTOR_WORD:
                before = [m for m in _SENTENCE_MATHS.finditer(sentence[: found.start()])]
                if before and _OF_ITS_NAME.fullmatch(sentence[before[-1].end() : found.start()]):
                    near.append(before[-1])
            for maths in near:
                written = next(g for g in maths.groups() if g is not None)
                value = _schedule_value(written)
                if value is None and not _OF_OTHER_NAMES.search(written):
                    return f"{found.group(0)} ${written.strip()}$"  # sigma_t^2, c: no value the context gives
                if value is None or "=" in written or (value == "1" and noise and word is not _FACTOR_WORD):
                    continue
                if value not in values:  # a lone beta_t is a variance only, not a standard deviation
                    return f"{found.group(0)} ${written.strip()}$"
    return ""


#: The words a sentence about the forward step may say beside the context's values and plain names, and be taken
#: as saying no more than them (:func:`_beyond_the_value`): any other word ("squared", "the square of", "times",
#: "two", "shifts", "unscaled", "the result") may change what the maths beside it gives the step.
_PLAIN_STEP_WORDS = frozenset(
    "a an the each every forward diffusion step steps transition transitions kernel process noising it its is are has have "
    "with of to by and then first also adds add added adding gaussian normal isotropic fresh noise variance variances std "
    "multiplies multiply multiplied scales scale scaled at time here we m mean equal equals given which whose "
    "where that this q in obtain obtains gives marginal image images".split()
)
#: A citation, which says where the step is from, not what it is ("as in Ho et al. (2020)").
_CITATION = re.compile(
    r"\(?(?:as\s+in\s+|see\s+|following\s+|cf\.?\s+)?[A-Z][\w'-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'-]+)?"
    r"\s*(?:[(\[]\d{4}\w?[)\]]\)?|,\s*\d{4}\w?\))"
)
#: A plain name of the chain or its noise ($x_{t-1}$, $\mathbf{x}_t$, $\epsilon$, $t$): what the step acts on.
_PLAIN_NAME = re.compile(
    r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?(?:x|z|\\(?:var)?epsilon)\s*\}?\s*(?:_\s*(?:\{\s*[A-Za-z]\s*(?:-\s*1\s*)?\}|[A-Za-z0-9]))?"
    r"\s*|\s*[A-Za-z]\s*"
)
#: Maths that states a relation or a law (``x_t = ...``, ``\\epsilon \\sim ...``, ``q(x_t \\mid x_{t-1})``): the
#: readers of the note's maths take it, not the words' reader.
_STATED_IN_MATHS = re.compile(r"=|\\sim\b|\\mid\b|\\vert\b|\||\\coloneqq|\\begin")
#: The step's input, x_{t-1}, in a sentence's maths.
_STEP_INPUT = re.compile(r"x\s*\}?\s*_\s*\{\s*[a-z]\s*-\s*1\s*\}")


#: Words that say what a law is beside its values: a centring, an independence, a unit or degenerate scale, a
#: standard law.  Said of the forward step or the marginal they change it (a mean of zero, no dependence on
#: x_{t-1}); said of the noise ("independent Gaussian noise", "$\epsilon$ is standard normal") they are the
#: context's own noise law (:func:`_without_the_noise_s_law`).
_LAW_PROPERTY = re.compile(
    r"\b(?:zero(?:[- ]mean)?|mean[- ]zero|cent(?:red|ered|ring)|independent(?:ly)?|uncorrelated|i\.i\.d\b\.?|iid"
    r"|standard(?![- ]deviations?)|unit|deterministic\w*|degenerate)\b",
    re.IGNORECASE,
)
#: Words between a law's word and the noise it qualifies ("independent Gaussian noise", "zero-mean, unit noise").
_BEFORE_THE_NOISE = re.compile(
    r"[\s*_]*(?:(?:gaussian|normal|isotropic|fresh|random|white|standard|zero[- ]mean|centred|centered|independent"
    r"|identically|distributed|unit|variance|and|,)[\s*_]*)*\bnois\w*",
    re.IGNORECASE,
)
#: The noise right before a law's word, as what it is said of ("the noise is independent of", "noise with zero",
#: "$\epsilon$ is standard normal and independent of").
_AFTER_THE_NOISE = re.compile(
    r"\bnois\w*[\s*_]*,?\s*(?:(?:terms?|variables?|samples?|which|that)\s+)*"
    r"(?:(?:is|are|being|has|have|with|remains?|assumed|to|be|drawn)\s+)+"
    r"(?:(?:and|is|are|has|have|with|of|gaussian|normal|isotropic|zero|mean|unit|variance|standard|independent"
    r"|identically|distributed|,)[\s*_]*)*$",
    re.IGNORECASE,
)
#: A preposition right before the noise: it is then not the subject of what follows ("the transition, like the
#: noise, is independent of $x_{t-1}$").
_NOISE_NOT_SUBJECT = re.compile(
    r"\b(?:like|unlike|as|than|of|to|from|with|by|for|on)\s+(?:(?:the|a|an|its|gaussian|normal|forward|fresh"
    r"|standard|isotropic)\s+)*$",
    re.IGNORECASE,
)
#: A name of the noise in maths (epsilon, xi, eta): read as the word "noise" by :func:`_without_the_noise_s_law`.
_NOISE_MATHS = re.compile(r"\\(?:var)?epsilon|\\xi\b|\\eta\b")


def _without_the_noise_s_law(text: str, masked: list[str]) -> str:
    """A masked sentence (maths as m0, m1, ...) with a noise's maths read as the word "noise", "standard deviation"
    as "std", and each word of :data:`_LAW_PROPERTY` said of the noise taken out; what is left of them is said of
    the step or the marginal."""
    text = re.sub(
        r"\bm(\d+)\b", lambda m: " noise " if _NOISE_MATHS.search(masked[int(m.group(1))]) else m.group(0), text
    )
    text = re.sub(r"\bstandard[- ]deviations?\b", "std", text, flags=re.IGNORECASE)
    kept, at = [], 0
    for found in _LAW_PROPERTY.finditer(text):
        subject = _AFTER_THE_NOISE.search(text[: found.start()])
        subject = subject and not _NOISE_NOT_SUBJECT.search(text[: subject.start()])
        if _BEFORE_THE_NOISE.match(text, found.end()) or subject:
            kept.append(text[at : found.start()])
            at = found.end()
    return "".join(kept) + text[at:]


def _law_said(text: str, masked: list[str]) -> str:
    """In a masked sentence that names the step or the marginal: a word of :data:`_LAW_PROPERTY` left once the
    noise's are taken out (:func:`_without_the_noise_s_law`), or a law written alone in maths ("is
    $\\mathcal{N}(0, I)$", no relation for the maths' readers), or ''; either says what the law is, not its values."""
    law = _LAW_PROPERTY.search(re.sub(r"\bm\d+\b", " ", text))
    family = next((p for p in masked if _LAW_IN_MATHS.search(p) and not _STATED_IN_MATHS.search(p)), None)
    return law.group(0) if law else f"${family.strip()}$" if family else ""


def _said_twice(text: str, masked: list[str], allowed: tuple[frozenset[str], ...]) -> str:
    """The maths or word that gives one role of the step a second time, or '': the step's input x_{t-1} written
    twice as what the step acts on ("adds $x_{t-1}$ to $x_{t-1}$"; not after "of": "independent of $x_{t-1}$" says
    what something is said of), the noise's scale given twice (two variances, or a variance and a
    standard deviation: "the noise of variance $\\beta_t$ by $\\sqrt{\\beta_t}$"), the factor twice, or noise added
    twice (two "adds")."""
    variances, stds, factors = allowed
    roles: dict[str, list[str]] = {"input": [], "noise": [], "factor": []}
    for found in re.finditer(r"(\bof\s+)?\bm(\d+)\b", text):
        piece = masked[int(found.group(2))]
        if _STATED_IN_MATHS.search(piece):
            continue  # a relation is read as maths, by its readers
        value = _schedule_value(piece)
        role = "input" if _STEP_INPUT.search(piece) and not found.group(1) else None
        role = role or ("noise" if value in variances | stds else "factor" if value in factors else None)
        if role:
            roles[role].append(f"${piece.strip()}$")
    twice = next((said[1] for said in roles.values() if len(said) > 1), "")
    adds = re.findall(r"\badd(?:s|ed|ing)?\b", text, re.IGNORECASE)
    return twice or (adds[1] if len(adds) > 1 else "")


#: Numbers in words or digits, which may count the noises or scale what the maths beside them gives.
_COUNT_WORDS = re.compile(r"\b(?:one|two|three|four|five|twice|double|thrice|half|times|\d+(?:\.\d+)?)\b", re.I)
#: The clauses of a sentence, its maths masked: what the words beside a value may change.
_STEP_CLAUSES = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")


#: DDPM's own verbs and objects for its forward step or marginal, with the function words a plain description of
#: it uses ("given a data point sampled from a real data distribution", "we add small amount of Gaussian noise to
#: the sample in T steps, producing a sequence of noisy samples", "the data are gradually corrupted by noise"): a
#: clause of such words that acts on the state or the data says no more than the context's step.
_DDPM_ACTS = frozenset(
    "add adds added adding define defines defined defining call calls called calling denote denotes denoted "
    "denoting produce produces produced producing corrupt corrupts corrupted corrupting diffuse diffuses diffused "
    "diffusing perturb perturbs perturbed perturbing let us our small amount amounts bit little gradually slowly "
    "progressively successively sample samples sampled drawn distribution data datum point points state states "
    "input inputs image images noisy t steps over from for on as so be been original clean real sequence series "
    "chain markov".split()
)
#: What a verb of the forward step or marginal may act on: the state, its input, the data, or a pronoun for them.
_ACTED_ON = re.compile(r"\b(?:states?|inputs?|data(?:point)?s?|datum|images?|samples?|it|them)\b", re.IGNORECASE)
#: The data x_0 written alone in maths.
_DATA_NAME = re.compile(r"\s*(?:\\mathbf\s*\{\s*)?x\s*\}?\s*_\s*\{?\s*0\s*\}?\s*")
#: A change of the step (:data:`_CHANGED_STEP`) denied right before it ("is not clipped", "never rescaled"): what the
#: context's step does not do either.
_DENIED_CHANGE = re.compile(r"\b(?:not|never|no|without)\s+(?:" + _CHANGED_STEP.pattern + ")", re.IGNORECASE)
#: A copula or a verb of becoming whose subject is the step, the marginal, the state or the data (its last words,
#: or maths): its complement says what it is ("The marginal $q(x_t \mid x_0)$ is pure noise"; not "The same
#: schedule is used").
_LAW_COMPLEMENT = re.compile(
    r"\b(?:forward|steps?|transitions?|kernels?|marginals?|process|states?|inputs?|data|it|m)\s+"
    r"(?:\w+\s+){0,2}?(?:is|are|becomes?|became|remains?|stays?|turns?)\b",
    re.IGNORECASE,
)


def _acts_beyond_ddpm(text: str, masked: list[str]) -> str:
    """In a masked sentence that names the forward step or the marginal: the first word, in a clause that acts on
    the state or the data (a word of :data:`_ACTED_ON`, or maths of the step's input x_{t-1} or the data x_0) or
    says what the law is (:data:`_LAW_COMPLEMENT`), that is neither a plain step word (:data:`_PLAIN_STEP_WORDS`)
    nor one of DDPM's own verbs and objects (:data:`_DDPM_ACTS`), or ''.  A fail-safe class rule: "ignores its
    input", "halves the state", "replaces the state by pure noise", "is pure noise" set the context aside; "adds
    small amount of Gaussian noise to the sample in T steps" does not."""
    for clause in _STEP_CLAUSES.split(text):
        if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", clause):
            continue
        pieces = [masked[int(n)].strip("`") for n in re.findall(r"\bm(\d+)\b", clause)]
        words = re.sub(r"\bm\d+\b", " m ", clause)
        data = any(_STEP_INPUT.search(p) or _DATA_NAME.fullmatch(p) for p in pieces)
        if not (data or _ACTED_ON.search(words) or _LAW_COMPLEMENT.search(words)):
            continue
        words = _DENIED_CHANGE.sub(" ", words)  # "is not clipped": the context's step does not clip either
        for word in re.findall(r"[^\W\d_][\w'-]*", words):
            if word.lower() not in _PLAIN_STEP_WORDS | _DDPM_ACTS | {"m"}:
                return word
    return ""


def _beyond_the_value(sentence: str) -> str:
    """The first word or maths of a sentence about the forward step that may say more than the context's values,
    or '' (a fail-safe class rule, not a list of the words that change a step): in a clause that gives the step a
    value (a scale word with maths of the schedule), or, in a sentence about the forward step in its words, writes
    its input x_{t-1}, every word must be one of :data:`_PLAIN_STEP_WORDS` (a citation aside) and every maths a
    plain name or one of the transition's values; a sentence that gives a value says no number ("two noises,
    each of variance $\\beta_t$").  So "$\\beta_t$ squared", "the square of $\\beta_t$", "to $2 x_{t-1}$", "shifts
    $x_{t-1}$ by one", "then multiplies the result by ..." set the context's forward laws aside.  A word of
    :data:`_LAW_PROPERTY` ("zero mean", "independent of", "standard normal") not said of the noise, in a sentence
    that names the step or the marginal, or a law written alone in maths, is beyond them too, valued or not
    (:func:`_law_said`), and so is a verb or complement beyond DDPM's own in a clause that acts on the state or the
    data or says what the law is (:func:`_acts_beyond_ddpm`); so is one role given twice (:func:`_said_twice`), and, in a sentence about the marginal
    given the data, any word beside its input x_0.  A clause in a script without spaces (Chinese, Japanese) is not read so (its words are
    not known)."""
    masked: list[str] = []

    def mask(match: re.Match) -> str:
        masked.append(next(g for g in match.groups() if g is not None))
        return f" m{len(masked) - 1} "

    text = _without_the_noise_s_law(_SENTENCE_MATHS.sub(mask, _CITATION.sub(" ", sentence)), masked)
    named = bool(_FORWARD_STEP.search(text) or re.search(r"\b(?:marginals?|kernels?)\b", text, re.IGNORECASE))
    law = (_law_said(text, masked) or _acts_beyond_ddpm(text, masked)) if named else ""
    if law:
        return law
    sets = _MARGINAL_SETS if _about_the_marginal(sentence) else _TRANSITION_SETS
    allowed = frozenset().union(*sets)
    stepped = bool(_FORWARD_STEP.search(re.sub(r"\bm\d+\b", " ", text)))
    data_input = sets is _MARGINAL_SETS and named  # the marginal's input is x_0, as the step's is x_{t-1}
    valued = False
    for clause in _STEP_CLAUSES.split(text):
        if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", clause):
            continue
        pieces = [masked[int(n)] for n in re.findall(r"\bm(\d+)\b", clause)]
        pieces = [p for p in pieces if not _STATED_IN_MATHS.search(p)]  # a relation is read as maths, by its readers
        pieces = [p for p in pieces if not _NUMBERS_ONLY.fullmatch(p.strip().strip("`"))]  # the noise law's own
        values = [_schedule_value(p) for p in pieces]
        words = re.sub(r"\bm\d+\b", " m ", clause)
        scaled = any(v is not None for v in values) and bool(
            _VARIANCE_WORD.search(words)
            or _STD_WORD.search(words)
            or _FACTOR_WORD.search(words)
            or re.search(r"\b(?:multipl\w*|scal\w*)\b", words, re.I)
        )
        valued = valued or scaled
        inputs = any(_STEP_INPUT.search(p) or (data_input and _GIVEN_THE_DATA.search(p.strip("`"))) for p in pieces)
        if not (scaled or ((stepped or data_input) and inputs)):
            continue
        for piece, given in zip(pieces, values):
            if (given is not None and given not in allowed) or (given is None and not _PLAIN_NAME.fullmatch(
                    piece.strip("`"))):  # fmt: skip
                return f"${piece.strip()}$"
        for word in re.findall(r"[^\W\d_][\w'-]*|\d+", words):
            if word.lower() not in _PLAIN_STEP_WORDS:
                return word
    if not valued:
        return ""
    twice = _said_twice(text, masked, sets)
    if twice:
        return twice
    for clause in _STEP_CLAUSES.split(text):  # a sentence that gives a value: no clause may say more ("then doubled")
        if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", clause):
            continue
        for word in re.findall(r"[^\W\d_][\w'-]*|\d+", re.sub(r"\bm\d+\b", " m ", clause)):
            if word.lower() not in _PLAIN_STEP_WORDS:
                return word
    numbers = [
        f"${p.strip()}$" for p in masked if _NUMBERS_ONLY.fullmatch(p.strip().strip("`")) and re.search(r"\d", p)
    ]
    count = _COUNT_WORDS.search(re.sub(r"\bm\d+\b", " ", text))
    return count.group(0) if count else (numbers[0] if numbers else "")


#: A Markdown table's delimiter row (``|---|:---:|``), under its header row.
_TABLE_DELIMITER = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")


def _table_headers(notes: Notes) -> dict[int, int]:
    """Each line of a Markdown table's body, with the line of its header row (the row above the delimiter)."""
    lines = notes.source.split("\n")
    found: dict[int, int] = {}
    header = 0
    for number, text in enumerate(lines, 1):
        if "|" not in text:
            header = 0
        elif number > 1 and _TABLE_DELIMITER.fullmatch(text) and "|" in lines[number - 2]:
            header = number - 1
        elif header:
            found[number] = header
    return found


def _about_the_forward(sentence: str) -> bool:
    """Whether a sentence is about the forward step (:func:`_about_the_forward_step`) or may say what the forward
    process is (:func:`_about_the_forward_process`): what a footnote on it or a table's rows under it hang on."""
    return _about_the_forward_step(sentence) or _about_the_forward_process(sentence)


def _forward_sentences(notes: Notes) -> list[tuple[int, str, bool]]:
    """Each sentence of the prose (line, sentence, whether it hangs on a sentence about the forward process): a
    Markdown table's row is one sentence, its cells joined by ':' ("forward noise variance: $2\\beta_t$"), and hangs
    on its header row ("forward step" above "halves $x_{t-1}$"); a footnote's sentences hang on the sentence that
    cites it (their "Its variance" is its noise's)."""
    rows: dict[int, list] = {}
    for paragraph in notes.prose:
        rows.setdefault(paragraph.line, []).append(paragraph)
    headers = _table_headers(notes)
    headed = {
        line: _about_the_forward_process(" ".join(p.text for p in rows.get(line, []))) for line in set(headers.values())
    }
    found: list[tuple[int, str, bool]] = []
    cited: dict[str, str] = {}
    notes_of: list[tuple[str, int, str]] = []
    for line, paragraphs in rows.items():
        under = headed.get(headers.get(line, 0), False)
        if (len(paragraphs) > 1 or under) and all("\n" not in p.text for p in paragraphs):  # a table's row of cells
            found.append((line, ": ".join(p.text.strip() for p in paragraphs), under))
            continue
        for paragraph in paragraphs:
            text = paragraph.text.replace("\n", " ")
            footnote = re.match(r"\s*\[\^([^\]]+)\]:\s*", text)
            if footnote:
                notes_of.append((footnote.group(1), paragraph.line, text[footnote.end() :]))
                continue
            at = 0
            for sentence in _raw_sentences(text):
                at = max(text.find(sentence, at), at)
                for mark in re.findall(r"\[\^([^\]]+)\]", sentence):
                    cited[mark] = sentence
                found.append((paragraph.line + paragraph.text[:at].count("\n"), sentence, False))
    for mark, line, text in notes_of:
        host = cited.get(mark, "")
        hangs = bool(host) and _about_the_forward(host)
        found += [(line, sentence, hangs) for sentence in _raw_sentences(text)]
    return [(line, _schedule_asides_out(sentence), hangs) for line, sentence, hangs in found]


#: A number written in maths: digits (``0.02``, ``1e-4``) or a power of ten (``10^{-4}``, ``2 \times 10^{-2}``).
_DIGITS = re.compile(r"\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*")
_POWER_OF_TEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)\s*(?:\\times|\\cdot)\s*)?10\s*\^\s*\{?\s*([+-]?\d+)\s*\}?\s*")
#: A schedule value's apposition that says no more than the context's schedule (beta_t in (0, 1)): "$\beta_t$, a
#: small positive number".
_BETA_T = re.compile(r"\$\s*\\beta_\{?t\}?\s*\$")
_SMALL_POSITIVE = re.compile(
    rf"({_BETA_T.pattern})\s*,\s*(?:which\s+is\s+)?an?\s+(?:(?:small|tiny|positive)\s+)+(?:number|constant|scalar)\b"
)
#: The linear schedule's endpoints: "grow linearly from $10^{-4}$ to $0.02$", which say what the schedule is.
_LINEAR_ENDPOINTS = re.compile(
    r"\b(?:grows?|growing|increases?|increasing|rises?|rising)\s+linearly\s+from\s+\$([^$]*)\$\s+to\s+\$([^$]*)\$",
    re.IGNORECASE,
)


def _number(maths: str) -> float | None:
    """The number ``maths`` writes (:data:`_DIGITS`, :data:`_POWER_OF_TEN`), or None."""
    if (digits := _DIGITS.fullmatch(maths)) is not None:
        return float(digits.group(1))
    if (power := _POWER_OF_TEN.fullmatch(maths)) is not None:
        return float(power.group(1) or 1) * 10.0 ** int(power.group(2))
    return None


def _schedule_asides_out(sentence: str) -> str:
    """A sentence without the words that say only what the context's schedule is, so that the forward step's readers
    do not take them for a change of it: beta_t's apposition "a small positive number" (:data:`_SMALL_POSITIVE`),
    and, in a sentence of $\\beta_t$, a linear schedule's increasing endpoints in (0, 1) (:data:`_LINEAR_ENDPOINTS`;
    not "from $0.1$ to $2$", nor a standard deviation's growth said of no schedule)."""
    sentence = _SMALL_POSITIVE.sub(r"\1", sentence)
    if _BETA_T.search(sentence) is None:
        return sentence

    def endpoints(found: re.Match) -> str:
        low, high = _number(found.group(1)), _number(found.group(2))
        return " " if low is not None and high is not None and 0 < low < high < 1 else found.group(0)

    return _LINEAR_ENDPOINTS.sub(endpoints, sentence)


def _about_the_forward_step(sentence: str) -> bool:
    """Whether a sentence is about the forward step or its noise, not the reverse process or a model's."""
    words = _SENTENCE_MATHS.sub(" m ", sentence)
    noisy = _FORWARD_NOISE_WORD.search(words) or re.search(r"\\(?:var)?epsilon", sentence)
    return bool(_FORWARD_STEP.search(words) or noisy) and not _NOT_FORWARD.search(words)


#: The forward marginal given the data in maths: x_0 alone, or the density q(x_t | x_0).
_GIVEN_THE_DATA = re.compile(
    r"^\s*x\s*_\s*\{?\s*0\s*\}?\s*$|\b[qp]\s*\(\s*x\s*_\s*\{?\s*t\s*\}?\s*(?:\\mid|\||\\vert)\s*x\s*_\s*\{?\s*0"
)


def _about_the_data_s_marginal(sentence: str) -> bool:
    """Whether a sentence is about the forward marginal q(x_t | x_0) (:func:`_about_the_marginal`) and writes the
    data or that density in its maths ("the marginal of $x_t$ given $x_0$", "The marginal $q(x_t \\mid x_0)$"), not a
    model's; the marginal of x_t alone is the data's law's, not the context's."""
    maths = [next(g for g in m.groups() if g is not None).strip("`") for m in _SENTENCE_MATHS.finditer(sentence)]
    words = _SENTENCE_MATHS.sub(" m ", sentence)
    return (
        _about_the_marginal(sentence)
        and any(_GIVEN_THE_DATA.search(p) for p in maths)
        and not _NOT_FORWARD.search(words)
    )


def _forward_said_otherwise(notes: Notes) -> list[Stated]:
    """A sentence about the forward step or its noise (its words, :data:`_FORWARD_STEP`, or a noise in words,
    :data:`_FORWARD_NOISE_WORD`; not the reverse process or a model's; a table's row and a footnote on such a
    sentence too) that gives the noise another family than the Gaussian in its clause ("noise drawn uniformly",
    "isn't Gaussian", "heavy-tailed"), a scale other than the transition's (:func:`_scale_against_context`), or
    says more beside its values than they do (:func:`_beyond_the_value`): the note's forward step is not the
    context's, whose laws then prove nothing (a ``changed step``).  No reader need take what the step is instead.
    A sentence about the marginal given the data (:func:`_about_the_data_s_marginal`) is read the same way, against
    the marginal's values."""
    found = []
    for line, sentence, hangs in _forward_sentences(notes):
        words = _SENTENCE_MATHS.sub(" m ", sentence)
        if not (hangs or _about_the_forward_step(sentence) or _about_the_data_s_marginal(sentence)):
            continue
        change = ""
        for clause in _DATA_CLAUSES.split(words):
            other = _NOT_GAUSSIAN.search(clause)
            if other and (hangs or _FORWARD_NOISE_WORD.search(clause) or _FORWARD_STEP.search(clause)):
                change = other.group(0)
                break
        change = change or _scale_against_context(sentence) or _beyond_the_value(sentence)
        if change:
            said = f"{' '.join(sentence.split())[:80]} (the words '{change}')"
            name = Formula("x_t", line, syntax.Name(0, "x", "", "t"))
            found.append(Stated("changed step", line, said, name, None, "words"))
    return found


#: Words that name the forward process, whatever they say of it: its step, its noising, its corruption or
#: perturbation, a diffusion process (not a diffusion model), in French, German, Chinese and Japanese too.
_FORWARD_NAMED = re.compile(
    r"\b(?:forward|nois(?:ing|ed|es)|corrupt\w*|perturb\w*|diffus(?:e|es|ed|ing)|(?<!reverse\s)(?<!backward\s)diffusion\s+process(?:es)?"
    r"|destroy\w*|degrad\w*|vorw[äa]rts\w*|bruit[ée]e?s?|corrompu\w*)\b"
    r"|\bnois\w*(?:(?!\bnot\b)[^.;]){0,40}?\badd(?:s|ed|ing)?\b|\badd(?:s|ed|ing)?\b[^.;]{0,40}?\bnois\w*"
    r"|前向|加噪|扩散过程|擴散過程|拡散過程|ノイズを(?:加|付)|前方過程|順過程",
    re.IGNORECASE,
)
#: Another model's or process's name ("the VE variant", "We follow SMLD", "as in DDIM") beside a word that makes the
#: note's process it.
_OTHER_MODEL = re.compile(
    r"\b(?:VE|VP|sub-?VP|NCSN\w*|SMLD|DDIM|EDM|SDEs?|score[- ]based|flow[- ]matching|rectified\s+flow"
    r"|consistency\s+models?|cold\s+diffusion|Karras)\b"
)
_ADOPTED = re.compile(r"\b(?:variant|version|follow\w*|as\s+in|like|unlike|use[sd]?|using|adopt\w*|setting|case|instead)\b"
                      r"|采用|沿用|に従|を用い", re.IGNORECASE)  # fmt: skip
#: A word for a law of the chain (its marginal, kernel, transition): beside maths of x_t with x_{t-1} or x_0 it
#: says what that law is ("the marginal $q(x_t \mid x_0)$ forgets ...").
_CHAIN_WORD = re.compile(r"\b(?:marginals?|kernels?|transitions?|chains?|steps?)\b", re.IGNORECASE)
#: An environment of maths written in the prose (``\\begin{align} ... \\end{align}``), read by the maths' readers.
_DISPLAYED = re.compile(r"\\begin\s*\{(\w+\*?)\}.*?(?:\\end\s*\{\1\}|$)", re.DOTALL)
#: The timesteps' set in maths (``\\{1, \\dots, T\\}``).
_TIMES_SET = re.compile(r"(?:[\s\d,tT]|\\[{}]|\\[lc]?dots\b)*")
#: A script without spaces between words (Chinese, Japanese, Korean's syllables read so too).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: The chain's states in maths: x_t, its predecessor x_{t-1} or another time's x_s, the data x_0.
_STATE_AT = {
    "now": re.compile(r"x\s*\}?\s*_\s*\{?\s*t\s*\}?(?!\s*[-+])"),
    "before": re.compile(r"x\s*\}?\s*_\s*(?:\{\s*[a-z]\s*-\s*1\s*\}|\{?\s*s\s*\}?(?![A-Za-z]))"),
    "data": re.compile(r"x\s*\}?\s*_\s*\{?\s*0\s*\}?(?![\d])"),
}


def _about_the_forward_process(sentence: str) -> bool:
    """Whether a sentence may say what the forward process is: it names it in words (:data:`_FORWARD_NAMED`), or
    names another model beside a word that adopts it (:data:`_OTHER_MODEL`, "the VE variant of NCSN", "We follow
    SMLD"; noise added), or its maths writes x_t with x_{t-1} (or x_s) or with x_0, x_t a name alone that its words
    relate, or a word naming a law of the chain (:data:`_CHAIN_WORD`) beside them ("from $x_{t-1}$ to $x_t$", "$x_t$ depends on $x_0$"; a density q(x_{t-1} | x_t, x_0) alone is read by
    the maths' readers)."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    if _named_in_words(words):
        return True
    pieces = [next(g for g in m.groups() if g is not None).strip("`") for m in _SENTENCE_MATHS.finditer(sentence)]
    plain = [p for p in pieces if _PLAIN_NAME.fullmatch(p)]
    written = {when for p in pieces for when, state in _STATE_AT.items() if state.search(p)}
    alone = {when for p in plain for when, state in _STATE_AT.items() if state.search(p)}
    related = "now" in alone or bool(_CHAIN_WORD.search(words) or unspaced.CHAIN_WORD.search(words))
    return related and "now" in written and bool(written & {"before", "data"})


def _named_in_words(words: str) -> bool:
    """Whether a sentence's words (its maths out) name the forward process or adopt another model's."""
    if _UNSPACED.search(words) and (unspaced.NAMED.search(words) or unspaced.NOISE_ADDED.search(words)):
        return bool(unspaced.NAMED.search(words) or not unspaced.NOT_FORWARD.search(words))
    if _UNSPACED.search(words) and not _OTHER_MODEL.search(words):
        return False  # no name of the forward process: only its maths or a model's name
    return bool(_FORWARD_NAMED.search(words) or (_OTHER_MODEL.search(words) and _ADOPTED.search(words)))


#: The words DDPM's own descriptions of its forward process use, and the words of a note's discourse that say
#: nothing of a process ("we now compute", "recall that"): a sentence about the forward process made only of these
#: (its maths aside, read by the maths' readers) says no more than the context, its roles checked by
#: :data:`_DDPM_ROLES`.  Any other word may change the process ("discards", "halves", "forgets", "separately").
_DDPM_WORDS = (
    _PLAIN_STEP_WORDS
    | _DDPM_ACTS
    | frozenset(
        "noising noised noises corruption corruptions perturbation perturbations diffusion diffusions markovian "
        "forward-process forward-step amount amounts gaussian-noise isotropic small smaller variance variances "
        "schedule schedules beta betas alpha alphas known predefined increasing pre-defined according "
        "nois noisier noisiest increasingly until eventually approximately almost close "
        "recall note notice now compute computing derive derived deriving write written rewrite obtain obtained "
        "get got can could will would may might shall should must let's lets consider considering first next "
        "finally since because thus therefore hence so that than there these those such following follows below "
        "above previous previously earlier later any both either some defined describe describes "
        "described specified specify specifies closed form closed-form expression equation equations formula "
        "conditional conditionals distribution distributions density densities probability law laws joint "
        "trajectory latent latents variable variables random vector vectors variance-preserving vp ddpm ddpms "
        "ho al et paper original model models framework setup setting notation notations use used using "
        "goal want show shows shown see seen known well property properties also again however "
        "unfortunately they them their need needs needed function functions total final formulation section session "
        "discuss discussion via bayes bayes' theorem term terms suppose taking further way this do repeatedly "
        "form consists sequence end expecting expect ie i e "
        "conditioned conditioning when some which called kernel kernels original reverse reversed reversing "
        "backward backwards generative generate generating learn learned learns network neural approximate "
        "approximates estimate entire dataset order run desired construct removing crucial understanding how "
        "interpreted kl divergence divergences true initial deriving probabilities cool gives us our pass while "
        "sampling between simple simpler follow problem set had much up know take "
        "account during best it'll ratios ratio rewrite substituting rule log was were if std "
        "deviation deviations unlike posterior dpm dpms elbo vanish vanishes vanished vanishing tiny too early becomes "
        "signal signals".split()
    )
)
#: What is done to what, in DDPM's words: noise is added to the state or the data (nothing else is added, and
#: nothing is the data plus noise, which DDPM scales); a draw
#: from the data is the data's (x_0's), every other draw is of noise or from a Gaussian; each role broken here sets
#: the sentence aside ("adds the clean data to the state", "samples $x_t$ from the data distribution").
_DDPM_ROLES = (
    re.compile(  # something added that is no noise ("adds the clean data to the state", "adds $x_0$ to ...")
        r"\badd(?:s|ed|ing)?\s+(?:(?!\bnois)[^,;.]){0,40}?\b(?:data\w*|datum|clean|signal|images?|states?|inputs?"
        r"|samples?|original|m\d+)\b(?:(?!\bnois)[^,;.]){0,20}?\b(?:to|onto|into)\b",
        re.IGNORECASE,
    ),
    re.compile(  # the data, unscaled, plus noise ("the perturbed sample is the clean one plus Gaussian noise")
        r"\b(?:data\w*|datum|clean|signal|images?|states?|inputs?|samples?|original|one|m\d+)\b[^,;.]{0,20}?\bplus\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bsame\s+as\b", re.IGNORECASE),  # "$x_t$ is the same as $x_{t-1}$ plus noise"
    re.compile(  # drawn from the data, said of maths (x_t) rather than of a data point
        r"\b(?:sampl\w*|drawn|draws?|drawing|taken|takes?)\s+(?:m\d+\s+)?(?:\w+\s+){0,2}?from\s+(?:a\s+|the\s+)?"
        r"(?:\w+\s+){0,2}?(?:data\w*|training|dataset|images?|clean)\b",
        re.IGNORECASE,
    ),
    re.compile(  # what vanishes is the signal, never the noise ("the noise vanishes")
        r"\b(?:nois\w*|varian\w*|perturbation\w*|m\d+)\s+(?:\w+\s+){0,2}?vanish\w*", re.IGNORECASE
    ),
)


#: DDPM's name spelt out, which says what the process is called, not what it does.
_DDPM_NAME = re.compile(r"\bdenoising\s+diffusion\s+probabilistic\s+models?\b", re.IGNORECASE)


def _masked(sentence: str) -> tuple[str, list[str]]:
    """A sentence with its maths masked (``m0``, ``m1``, ...: the maths, in order) and its citations out."""
    masked: list[str] = []

    def mask(match: re.Match) -> str:
        masked.append(next(g for g in match.groups() if g is not None))
        return f" m{len(masked) - 1} "

    return _SENTENCE_MATHS.sub(
        mask, _CITATION.sub(" ", _DISPLAYED.sub(" m ", _DDPM_NAME.sub(" DDPM ", sentence)))
    ), masked


def _beyond_ddpm_s_words(sentence: str, derivation: bool = False) -> str:
    """The first word of a sentence about the forward process (:func:`_about_the_forward_process`) that is not one
    of DDPM's own (:data:`_DDPM_WORDS`) outside DDPM's shapes (:func:`_in_ddpm_s_shapes`), a state's maths out of
    place (:func:`_state_unplaced`), or the role it breaks (:data:`_DDPM_ROLES`), or ''.  A fail-safe rule, a
    whitelist and not a list of the words that change a process; a sentence in a script without spaces (Chinese,
    Japanese, Korean) is read by its own whitelist first (:func:`unspaced.beyond_ddpm`), its Latin words by this.
    Read as ``derivation`` prose (a sentence not about the forward process by its own words), a derivation's shapes
    (:data:`_DERIVATION_SHAPES`), words (:data:`_DERIVATION_WORDS`) and named quantities are no more than DDPM's, but
    a shape of the computation said of a thing (:func:`_computed_said_of`) is the first word beyond them."""
    text, masked = _masked(sentence)
    claim = _computed_said_of(text, masked) if derivation else ""
    if claim:  # "The noise is an expression of $x_{t-1}$": what a thing of the step is, in any script
        return claim
    if derivation:
        text = _derivation_out(text, masked)
    text = _without_the_noise_s_law(text, masked)  # "independent Gaussian noise with zero mean": the noise's own
    text = _DENIED_CHANGE.sub(" ", text)  # "is not clipped": the context's step does not clip either
    text = re.sub(  # "We sample $t$ uniformly": the timestep's law
        r"\bsampl\w*\s+m(\d+)\s+uniformly\b",
        lambda m: m.group(0)[: -len("uniformly")] if masked[int(m.group(1))].strip() == "t" else m.group(0),
        text,
    )
    shown: list[int] | range = range(len(masked))
    if derivation:  # the maths a derivation's shape took whole is read
        shown = [int(n) for n in re.findall(r"\bm(\d+)\b", text)]
    if _UNSPACED.search(text):
        phrases = unspaced.DERIVATION_PHRASES if derivation else unspaced.PHRASES
        first, text = unspaced.beyond_ddpm(
            text, masked, _UNSPACED_ROLES, _FINAL_STATE.fullmatch, _ddpm_scaling, phrases
        )
        if first:
            return first
        shown = [int(n) for n in re.findall(r"\bm(\d+)\b", text)]  # the maths its roles hold they have read
    else:  # a script without spaces places its states and its claims by its own roles
        text = _in_ddpm_s_shapes(text, masked)
        equated = _states_equated(text, masked) or _state_unplaced(text, masked)
        if equated:
            return equated
    for role in _DDPM_ROLES:
        found = role.search(text)
        if found and not (found.re is _DDPM_ROLES[3] and _draws_the_data(found.group(0), masked)):
            return found.group(0)
    words = _DDPM_WORDS | _DERIVATION_WORDS if derivation else _DDPM_WORDS
    for word in re.findall(r"[^\W\d_][\w'-]*", re.sub(r"\bm\d+\b", " ", text)):
        if word.lower() not in words:
            return word
    return next(
        (
            f"${masked[n].strip()}$"
            for n in shown
            if not (_ddpm_s_maths(masked[n].strip("`")) or (derivation and _derivation_s_maths(masked[n].strip("` "))))
        ),
        "",
    )


#: A trajectory's name (``x_{1:T}``) or another time's state (``x_{T-2}``), an arrow between the chain's states (``x_0 \\rightarrow x_1``), and a density
#: of names alone (``p(x_0, x_{1:T})``): names, not what the step is.
_TRAJECTORY = re.compile(
    r"\s*(?:\\mathbf\s*\{\s*)?x\s*\}?\s*_\s*\{\s*\w+\s*(?::\s*\w+|[-+]\s*\d)?(?:\s*-\s*1)?\s*\}\s*"
)
_ARROW = re.compile(r"\\(?:long)?rightarrow\b|\\to\b|→")
_DENSITY_OF = re.compile(r"\s*[pq]\s*(?:_\s*\{?\s*\\theta\s*\}?)?\s*\((.*)\)\s*")


def _names_only(piece: str) -> bool:
    """Whether maths is plain names of the chain: a list of them or a chain of arrows ("$x_1, \\dots, x_T$",
    "$x_0 \\rightarrow \\cdots \\rightarrow x_T$"), a trajectory, or a density of them ("$p(x_0, x_{1:T})$")."""
    density = _DENSITY_OF.fullmatch(piece)
    names = re.sub(
        r"\\[lc]?dots\b|\bX", lambda m: "x" if m.group(0) == "X" else "", density.group(1) if density else piece
    )
    return all(
        _PLAIN_NAME.fullmatch(n) or _DATA_NAME.fullmatch(n) or _TRAJECTORY.fullmatch(n) or not n.strip()
        for n in re.split(r",|" + _ARROW.pattern, names)
    )


#: The states a mean of DDPM's multiplies: x_{t-1} (the step's) and x_0 (the marginal's).
_PREVIOUS = re.compile(r"(?:\\mathbf\s*\{\s*x\s*\}|\\mathbf\s*x|x)\s*_\s*\{\s*t\s*-\s*1\s*\}")
_FIRST = re.compile(r"(?:\\mathbf\s*\{\s*x\s*\}|\\mathbf\s*x|x)\s*_\s*\{?\s*0\s*\}?(?![\d])")
#: The step's and the marginal's mean and variance, each a pair (the state the mean scales, its factors, variances).
_DDPM_MOMENTS = (
    (_PREVIOUS, _CONTEXT_FACTORS, _CONTEXT_VARIANCES),
    (_FIRST, _MARGINAL_SETS[2], _MARGINAL_SETS[0]),
)
#: A normal law in maths, ``\mathcal{N}(x_t; mean, variance)``.
_NORMAL_LAW = re.compile(r"\s*\\mathcal\s*\{?\s*N\s*\}?\s*\((.*)\)\s*", re.DOTALL)


def _ddpm_mean(piece: str, moments: tuple = _DDPM_MOMENTS) -> bool:
    """Whether maths is the step's mean, sqrt(alpha_t) x_{t-1}, or the marginal's, sqrt(abar_t) x_0."""
    for state, factors, _ in moments:
        rest, count = state.subn("", piece)
        if count == 1 and _schedule_value(rest) in factors:
            return True
    return False


def _ddpm_scaling(state: str, factor: str) -> bool:
    """Whether a state times a factor is one of DDPM's means: x_{t-1} by the step's, x_0 by the marginal's."""
    return _ddpm_mean(f"{factor} {state}")


def _ddpm_law(piece: str) -> bool:
    r"""Whether maths is the step's or the marginal's normal law with DDPM's values,
    ``\mathcal{N}(\mathbf{x}_t; \sqrt{1 - \beta_t} \mathbf{x}_{t-1}, \beta_t\mathbf{I})``."""
    law = _NORMAL_LAW.fullmatch(piece)
    parts: list[str] = [""]
    depth = 0
    for char in law.group(1) if law else "":
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(char, 0)
        if char in ";," and depth == 0:
            parts.append("")
        else:
            parts[-1] += char
    return len(parts) == 3 and any(
        _PLAIN_NAME.fullmatch(parts[0]) and _ddpm_mean(parts[1], (moment,)) and _schedule_value(parts[2]) in moment[2]
        for moment in _DDPM_MOMENTS
    )


#: A time pinned in maths ("at $t = 1$", "for $t > 1$"): the step said of some times only.
_TIME_PINNED = re.compile(r"\s*t\s*(?:=|<|>|\\(?:le|leq|ge|geq|neq|ne)\b)\s*(?:\d+|[A-Za-z])\s*")


def _ddpm_s_maths(piece: str) -> bool:
    """Whether a sentence's maths beside words about the forward process says no more than DDPM: plain names
    (:func:`_names_only`), a relation or law (read by the maths' readers), a number, or one of the transition's or
    marginal's values; any other ("$2 x_{t-1}$", "$\\beta_t^2$") may be what the words make the step."""
    values = frozenset().union(*_TRANSITION_SETS, *_MARGINAL_SETS)
    return not _TIME_PINNED.fullmatch(piece) and bool(
        _names_only(piece)
        or _ddpm_law(piece)
        or _STATED_IN_MATHS.search(piece)
        or _NUMBERS_ONLY.fullmatch(piece)
        or _TIMES_SET.fullmatch(piece)
        or _schedule_value(piece) in values
    )


def _draws_the_data(said: str, masked: list[str]) -> bool:
    """Whether a draw from the data (:data:`_DDPM_ROLES`) is said of the data x_0 (its maths, or none)."""
    pieces = [masked[int(n)].strip("`") for n in re.findall(r"\bm(\d+)\b", said)]
    return all(_DATA_NAME.fullmatch(p) for p in pieces)


#: A noise in maths with its index (``\boldsymbol{\epsilon}_{t-1}``, ``\varepsilon``).
_NOISE_SYMBOL = re.compile(
    r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*\\(?:var)?epsilon\s*\}|\\(?:var)?epsilon)(?:_\s*(?:\{[^{}]*\}|\w))?"
)


def _noise_term(piece: str) -> bool:
    """Whether maths is one noise, alone or times the step's or the marginal's standard deviation
    (``\\sqrt{\\beta_t} \\boldsymbol{\\epsilon}``)."""
    rest, count = _NOISE_SYMBOL.subn("", piece)
    return count == 1 and (not rest.strip() or _schedule_value(rest) in _CONTEXT_STDS | {"\\sqrt{1-\\bar\\alpha_*}"})


#: The final state x_T in maths.
_FINAL_STATE = re.compile(r"\s*(?:\\mathbf\s*\{\s*)?x\s*\}?\s*_\s*\{?\s*T\s*\}?\s*")
#: The state DDPM's step acts on (x_{t-1}; the data x_0 for the marginal) and the state it gives (x_t; the final
#: state x_T its steps reach, "$x_T$ を得るために"), in maths.
_INPUT_STATE = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?x\s*\}?\s*_\s*\{\s*t\s*-\s*1\s*\}\s*")
_RESULT_STATE = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?x\s*\}?\s*_\s*\{?\s*t\s*\}?\s*")
#: DDPM's verbs of its forward step in a script without spaces, bound to their roles (:func:`unspaced.roles`).
_UNSPACED_ROLES = unspaced.roles(
    factor=lambda p: _schedule_value(p) in _CONTEXT_FACTORS | {"\\sqrt{\\bar\\alpha_*}"},
    noise=_noise_term,
    final=lambda p: bool(_FINAL_STATE.fullmatch(p)),
    data=lambda p: bool(_DATA_NAME.fullmatch(p)),
    schedule=lambda p: _schedule_value(p) in {"\\alpha_*", "\\beta_*", "\\bar\\alpha_*"},
    mean=_ddpm_mean,
    variance=lambda p: _schedule_value(p) in _CONTEXT_VARIANCES | _MARGINAL_SETS[0],
    std=lambda p: _schedule_value(p) in _CONTEXT_STDS | _MARGINAL_SETS[1],
    step_input=lambda p: bool(_INPUT_STATE.fullmatch(p) or _DATA_NAME.fullmatch(p)),
    result=lambda p: bool(_RESULT_STATE.fullmatch(p) or _FINAL_STATE.fullmatch(p)),
)


#: DDPM's own phrasings that hold a word with a claim of its own ("transforms ... into", "sum", "identity", "same"):
#: such a word says no more than the context only inside one of these shapes, taken whole (:func:`_in_ddpm_s_shapes`);
#: anywhere else it is beyond DDPM's words ("transforms $x_{t-1}$ into white noise", "the corruption is the
#: identity", "only noise is added", "$x_t$ is exactly $x_{t-1}$").
_DDPM_SHAPES = {
    "the data's law carried to the Gaussian": re.compile(
        r"\btransforms?\s+(?:the\s+)?(?:original\s+|data\s+)?distribution\s+into\s+(?:a\s+|the\s+)?(?:standard\s+)?"
        r"(?:normal|gaussian)\s+distribution\b",
        re.IGNORECASE,
    ),
    "a loss's sum of terms": re.compile(
        r"\bsums?\s+of\s+(?:(?!m\d)\w+\s+){0,2}?(?:ratios?|divergences?|terms?|losses)\b"
        r"|\bplus\s+(?:a|an|the|one)\s+(?:(?!m\d)\w+\s+)?term\b",
        re.IGNORECASE,
    ),
    "a derivation's rule": re.compile(r"\b(?:log|bayes'?)\s+(?:identity|rule)\b", re.IGNORECASE),
    "a derivation's tricks": re.compile(r"\bthe\s+same\s+tricks?\b", re.IGNORECASE),
    "one schedule for every step": re.compile(r"\bthe\s+same\s+(?:noise\s+)?schedule\b", re.IGNORECASE),
    "a derivation done exactly": re.compile(
        r"\b(?:comput|deriv|writ|obtain|evaluat|solv)\w*\s+(?:(?!m\d)\w+\s+){0,3}?exactly\b", re.IGNORECASE
    ),
    "a noise taken into account": re.compile(r"\binto\s+account\b", re.IGNORECASE),
}
#: A dependence said in words, its maths masked: "$x_t$ depends (only) on $x_{t-1}$", "... on the previous state",
#: with nothing joined after it ("and $x_0$", "only", "as well").
_DEPENDENCE_SAID = re.compile(
    r"\bm(\d+)\s+(?:only\s+)?depends\s+(?:only\s+)?on\s+(?:m(\d+)|the\s+previous\s+state)\b"
    r"(?!\s*,?\s*(?:and|or|as\s+well|only|alone|too|both)\b)",
    re.IGNORECASE,
)


#: The marginal's reparametrisation in words: "$x_t$ depends on $\\epsilon$ and $x_0$" (the noise and the data).
_MARGINAL_DEPENDENCE = re.compile(
    r"\bm(\d+)\s+depends\s+on\s+(?:m(\d+)|noise)\s+and\s+(?:m(\d+)|noise)\b(?!\s*,?\s*(?:and|or|only|alone|too)\b)",
    re.IGNORECASE,
)


def _in_ddpm_s_shapes(text: str, masked: list[str]) -> str:
    """A masked sentence with DDPM's own shapes (:data:`_DDPM_SHAPES`) and its Markov chain in words taken out:
    "$x_t$ depends (only) on $x_{t-1}$", or on $x_0$ (the marginal, not "only"); what is left is read word by word."""

    def markov(found: re.Match) -> str:
        subject = masked[int(found.group(1))].strip("` ")
        given = masked[int(found.group(2))].strip("` ") if found.group(2) else "x_{t-1}"
        now = bool(_PLAIN_NAME.fullmatch(subject) and _STATE_AT["now"].search(subject))
        before = bool(_PLAIN_NAME.fullmatch(given) and _STEP_INPUT.search(given))
        data = bool(_DATA_NAME.fullmatch(given)) and "only" not in found.group(0).lower()
        return " " if now and (before or data) else found.group(0)

    def marginal(found: re.Match) -> str:
        subject, *given = (
            masked[int(n)].strip("` ") if n else "\\epsilon" for n in found.groups()
        )  # "noise": its law out
        now = bool(_PLAIN_NAME.fullmatch(subject) and _STATE_AT["now"].search(subject))
        noise_and_data = sorted(bool(_DATA_NAME.fullmatch(g)) for g in given) == [False, True]
        noise = all(_DATA_NAME.fullmatch(g) or re.fullmatch(r"\s*\\(?:var)?epsilon\s*", g) for g in given)
        return " " if now and noise_and_data and noise else found.group(0)

    for shape in _DDPM_SHAPES.values():
        text = shape.sub(" ", text)
    return _MARGINAL_DEPENDENCE.sub(marginal, _DEPENDENCE_SAID.sub(markov, text))


@dataclass(frozen=True)
class _StateShape:
    """A place DDPM's own descriptions give a state in words (``@`` its maths), the state it may be there, and
    whether only in a sentence about the whole process (not one step's)."""

    words: str
    state: re.Pattern
    whole_process: bool = False


#: The places a plain state's maths may take in a sentence about the forward process: the step's input as what
#: noise is added to or what is scaled ("adds noise to (the state) $x_{t-1}$", "scales $x_{t-1}$ by"), the data so
#: in a sentence about the whole process ("gradually adds noise to the data $x_0$"), the state whose law is said
#: ("the variance of $x_t$"), the step's input or the data as what is given ("given $x_0$"), the step's input named
#: ("$x_{t-1}$ is the previous state": its words are read all the same).  Anywhere else ("$x_t$
#: as $x_{t-1}$ with noise", "variance $x_{t-1}$", "given both $x_{t-1}$ and $x_0$", "each step adds noise to the
#: data $x_0$") the words may say what the step is instead (:func:`_state_unplaced`).
_STATE_SHAPES = (
    _StateShape(
        _ADDED_TO := r"\badd(?:s|ed|ing)?\s+(?:(?!m\d)[^\W\d][\w'-]*\s+){0,6}?(?:to|onto)\s+@(?!\s*(?:and|or|,))",
        _STEP_INPUT,
    ),
    _StateShape(_ADDED_TO, _DATA_NAME, whole_process=True),
    _StateShape(r"\b(?:scal(?:e|es|ed|ing)|multipl(?:y|ies|ied|ying))\s+@\s+by\b", _STEP_INPUT),
    _StateShape(r"@\s+(?:is|denotes)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:state|sample|input|latent)\b", _STEP_INPUT),
    _StateShape(r"\b(?:variance|mean|distribution|law|density)\s+of\s+@(?=\s+given\b)", _STATE_AT["now"]),
    _StateShape(r"\b(?:given|conditioned\s+on)\s+@(?!\s*(?:and|or|,|only|alone)\b)", _STEP_INPUT),
    _StateShape(r"\b(?:given|conditioned\s+on|from)\s+@(?!\s*(?:and|or|,|only|alone)\b)", _DATA_NAME),
)
#: A noun right before a state's maths, which names it ("the noisy sample $x_t$", "the data point $x_0$").
_STATE_NOUN = re.compile(
    r"\b(?:the\s+|a\s+|an\s+)?(?:(?!m\d)\w+\s+)??(?:samples?|states?|points?|images?|data|datum|variables?|latents?"
    r"|observations?)\s+(?=m\d+\b)",
    re.IGNORECASE,
)
#: Words right before a noun and its state that make them what something is done to or said to be ("to the data
#: $x_0$", "is the state $x_{t-1}$"): the noun then does not merely name the state.
_OBJECT_BEFORE = re.compile(r"\b(?:to|onto|into|by|is|are|equals?|as|than|becomes?)\s+$", re.IGNORECASE)
#: One step named (not the whole process): "each step", "every forward step", "a transition".
_ONE_STEP = re.compile(r"\b(?:each|every|one|single)\s+(?:forward\s+)?(?:step|transition)|\btransitions?\b", re.I)


def _named_by_its_noun(text: str, number: int) -> bool:
    """Whether a state's maths (``m<number>``) is named by the noun right before it ("noise $\\epsilon$ and data
    $x_0$"), and neither is what something is done to or said to be (:data:`_OBJECT_BEFORE`) nor is said to be
    something ("the state $x_t$ is ...")."""
    for found in _STATE_NOUN.finditer(text):
        after = text[found.end() :]
        if re.match(rf"m{number}\b(?!\s*(?:is|are|equals?|becomes?|was|as|with|plus|and|or)\b)", after, re.I):
            return not _OBJECT_BEFORE.search(text[: found.start()])
    return False


def _state_unplaced(text: str, masked: list[str]) -> str:
    """The first plain state's maths of a masked sentence neither named by its noun (:func:`_named_by_its_noun`) nor
    in a place DDPM's own words give it (:data:`_STATE_SHAPES`), or ''."""
    plain = _STATE_NOUN.sub(" ", text)
    one_step = bool(_ONE_STEP.search(text))
    for number, piece in enumerate(masked):
        name = re.sub(r"\bX", "x", piece.strip("` "))  # $X_t$: the state as a random variable
        if not (_PLAIN_NAME.fullmatch(name) and any(state.search(name) for state in _STATE_AT.values())):
            continue
        if f"m{number}" not in text.split() or _named_by_its_noun(text, number):
            continue  # taken whole by one of DDPM's shapes (:func:`_in_ddpm_s_shapes`), or a noun's name
        placed = (
            re.search(shape.words.replace("@", rf"m{number}\b"), plain, re.IGNORECASE)
            for shape in _STATE_SHAPES
            if shape.state.search(name) and not (shape.whole_process and one_step)
        )
        if not any(placed):
            return f"${name}$"
    return ""


#: A state, the state or "it", said to be another state or the noise: "$x_t$ is $x_{t-1}$", "the state is the
#: noise" (not "$x_t$ is a noisier version of $x_{t-1}$").
_STATE_IS = re.compile(
    r"\b(?:m(\d+)|states?|it)\s+(?:is|are|equals?|becomes?|remains?|stays?)\s+(?:(?:the|a|an|pure|then)\s+)*"
    r"(?:m(\d+)|(?:(?:gaussian|isotropic|standard)\s+)*nois(?:e|es)\b)",
    re.IGNORECASE,
)


def _states_equated(text: str, masked: list[str]) -> str:
    """The words of a masked sentence that make a state (maths of one, "the state", "it") another state or the
    noise (:data:`_STATE_IS`), or ''."""
    for found in _STATE_IS.finditer(text):
        pieces = [masked[int(n)].strip("` ") for n in found.groups() if n is not None]
        if all(_PLAIN_NAME.fullmatch(p) and any(s.search(p) for s in _STATE_AT.values()) for p in pieces):
            return found.group(0)
    return ""


#: A sentence that goes on with the one before it: it opens on a pronoun or a connective ("It halves the state",
#: "However, ..."), and says more of what that one is about.
_CONTINUES = re.compile(
    r"^\W*(?:however|but|except|instead|(?:(?:moreover|also|then|here|in\s+addition|additionally|furthermore"
    r"|that\s+is|i\.e\.)\W+)*(?:it|its|it's|this|they|their|these|such|the\s+(?:process|chain|state)))\b",
    re.IGNORECASE,
)
#: Words that say something of the states beside a model's or the reverse process's words: a relative clause on a
#: state's maths ("$x_t$, which depends on ..."), or a relation between states in words.
_OF_THE_STATES = re.compile(
    r"\$\s*,?\s*(?:which|that|whose)\b|\b(?:depend\w*|determin\w*|correlat\w*|markov\w*|function\s+of|equals?"
    r"|identical|plus|same|alone|exactly|simply|only)\b",
    re.IGNORECASE,
)


def _read_as_forward(sentence: str, hangs: bool, follows: bool) -> bool:
    """Whether a sentence is to be read as saying what the forward process is: it is about it
    (:func:`_about_the_forward_process`), hangs on a sentence or a table's header that is (a footnote, a row), or goes
    on with one (:data:`_CONTINUES`); a sentence of a model or the reverse process (:func:`_of_another_process`: no
    clause beside theirs changes a state) is not, unless it names the forward process in words or says something of
    the states (:data:`_OF_THE_STATES`)."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    if not (hangs or _about_the_forward_process(sentence) or (follows and _CONTINUES.match(words))):
        return False
    said_of_the_states = _OF_THE_STATES.search(sentence) or _states_equated(*_masked(sentence))
    return not _of_another_process(sentence) or _named_in_words(words) or bool(said_of_the_states)


#: Where a clause ends, outside maths: a comma or a semicolon (in each script), or before a word that opens a clause
#: of comparison or reason ("unlike", "as", "whereas", "because"); not a colon, whose words go on with its label's.
_PROCESS_CLAUSE_END = re.compile(
    r"[,;，；、]|(?=\b(?:unlike|whereas|while|because|since|as|than|like)\b)", re.IGNORECASE
)
#: "Reverse" as a verb said of what is not a process ("the sign of $x$ is reversed", "reverses the order of";
#: 符号を逆にする, 逆転, 取反): a change of a state, not a word of the reverse process.
_REVERSED_AS_A_VERB = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+\s+)?reversed|revers(?:es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:signs?|order|orientation|direction\s+of\s+m)\b)(?![\s-]+(?:\w+[\s-]+)?(?:process\w*|diffusion|chain|markov"
    r"|time|steps?|kernels?|transitions?|models?|sampl\w*|sdes?|trajector\w*|dynamics|conditionals?|posteriors?"
    r"|distributions?)\b)|逆に(?:する|し|して|した)|逆転|取反",
    re.IGNORECASE,
)


#: A phrase fronted to the clause after it, no clause of its own ("In the reverse process, ...", "During sampling,",
#: 在反向过程中, 逆過程では); not a contrast ("In contrast to the reverse process, ..."), which sets its words apart.
_FRONTED = re.compile(
    r"^\s*(?:(?:in(?!\s+contrast)|during|within|throughout|dans|pendant|im|beim|während)\b"
    r"|在)|(?:中|では|において|で)\s*$",
    re.IGNORECASE,
)


def _clauses(sentence: str) -> list[str]:
    """A sentence cut where its clauses end (:data:`_PROCESS_CLAUSE_END`), each clause with its maths; a fronted phrase
    (:data:`_FRONTED`) goes with the clause after it."""
    cuts = [m.start() for m in _PROCESS_CLAUSE_END.finditer(sentence) if not _inside_maths(sentence, m.start())]
    bounds = [0, *cuts, len(sentence)]
    clauses = [sentence[start:end] for start, end in zip(bounds, bounds[1:])]
    if len(clauses) > 1 and _FRONTED.search(_SENTENCE_MATHS.sub(" m ", clauses[0])):
        return [clauses[0] + clauses[1], *clauses[2:]]
    return clauses


#: Where a word of another process stops governing the words beside it, besides where a clause ends
#: (:data:`_PROCESS_CLAUSE_END`): before a conjunction of a coordinate, a purpose, a result, a time or a condition
#: clause, a relative pronoun or a comparison ("and", "so that", "for", "before", "which", "similarly", afin que,
#: comme, damit, wie, 以便, 为了, 并, 像), at a colon or a dash:
#: "$x_{t-1}$ is halved first so that the network sees it" halves the note's own state, not the network's.
_PROCESS_OWNER_CUT = re.compile(
    r"(?=\b(?:and|but|or|nor|yet|so|hence|thus|therefore|then|in\s+order|similar(?:ly)?|just|before|after|when(?:ever)?"
    r"|once|if|unless|until|(?:al)?though|for|which|et|mais|ou|afin|pour|de\s+(?:sorte|fa[çc]on|mani[èe]re)\s+que|donc"
    r"|puis|comme|contrairement|ainsi|avant|après|quand|lorsqu\w*|qui|und|aber|oder|damit|sodass|so\s+dass|wie|anders"
    r"|genauso|ebenso|dann|denn|weil|bevor|nachdem|wenn|falls|obwohl|für|um)\b)"
    r"|[:：—–]|\s-{1,3}\s|(?=并且|并|而且|而|以便|以免|使得|从而|然后|像|如同|和|与|为了|让)",
    re.IGNORECASE,
)
#: Words that close a comparison, a purpose, a time or a joined clause in a script without spaces (と同様に, ように,
#: ために, 前に, して, 一样): a process word's phrase ends after them.
_PROCESS_OWNER_CLOSE = re.compile(
    r"一样|一般|相同|似的|同様[にで]?|同じく|よう(?:に)?|ため(?:に)?|と共に|とともに|して|違って|異なり|前に|後に"
)
#: An aside, outside maths: words in parentheses or between two dashes, which own nothing of the clause around them.
_PROCESS_OWNER_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）|—[^—]*—|--[^-]*--|\s–\s[^–]*\s–\s")


def _process_owner_asides(sentence: str) -> tuple[str, list[str]]:
    """A sentence with its asides (:data:`_PROCESS_OWNER_ASIDE`) blanked, and the asides."""
    blanked = _SENTENCE_MATHS.sub(lambda m: "#" * len(m.group(0)), sentence)
    spans = [m.span() for m in _PROCESS_OWNER_ASIDE.finditer(blanked)]
    host = list(sentence)
    for start, end in spans:
        host[start:end] = " " * (end - start)
    return "".join(host), [sentence[start:end] for start, end in spans]


def _process_owner_clauses(sentence: str) -> list[str]:
    """A sentence cut where a word of another process stops governing (:data:`_PROCESS_CLAUSE_END`,
    :data:`_PROCESS_OWNER_CUT`, after :data:`_PROCESS_OWNER_CLOSE`), a fronted phrase (:data:`_FRONTED`) with the piece
    after it, the pieces between two with such a word one clause, each aside a clause of its own
    (:func:`_process_owner_asides`)."""
    host, asides = _process_owner_asides(sentence)
    ends = [m.start() for m in (*_PROCESS_CLAUSE_END.finditer(host), *_PROCESS_OWNER_CUT.finditer(host))]
    ends += [m.end() for m in _PROCESS_OWNER_CLOSE.finditer(host)]
    bounds = [0, *sorted({at for at in ends if 0 < at < len(host) and not _inside_maths(host, at)}), len(host)]
    pieces = [host[start:end] for start, end in zip(bounds, bounds[1:])]
    if len(pieces) > 1 and (_FRONTED.search(_SENTENCE_MATHS.sub(" m ", pieces[0])) or _label_owns(pieces)):
        pieces = [pieces[0] + pieces[1], *pieces[2:]]
    pieces = _shared_subjects(pieces)
    clauses: list[str] = []
    for piece in pieces:
        if clauses and not (_another_process_s_clause(clauses[-1]) or _another_process_s_clause(piece)):
            clauses[-1] += piece
        else:
            clauses.append(piece)
    return [*clauses, *asides]


#: A label's words: a determiner or a noun of a process, besides a word of a model or the reverse process.
_LABEL_WORDS = re.compile(
    r"(?:the|a|an|our|its|le|la|l'|les|der|die|das|el|il|process(?:es)?|steps?|pass|direction|chain|kernels?|models?"
    r"|processus|[ée]tapes?|mod[èe]les?|prozess|schritte?|modell|proceso|processo|modelo|modello)",
    re.IGNORECASE,
)
#: Words that deny or contrast in a label of a script without spaces (不, 非, 没, 無, 未): it is no label of a process.
_LABEL_NEGATION = re.compile(r"[不非没無未]")
#: A prediction's word, which labels a note's own claim as well as a model's ("Prediction:", 予測): no label of a
#: process.
_LABEL_PREDICTION = re.compile(r"predict\w*|pr[ée]di\w*|vorhersag\w*|vorhergesagt\w*|.*(?:预测|予測|예측).*", re.I)


def _label(first: str, then: str) -> bool:
    """Whether a sentence opens on a label of another process before a colon ("Reverse process:", "**The network:**",
    "Processus inverse :", "逆過程："): at most four words, each a word of a model or the reverse process
    (:func:`_process_word`) or of :data:`_LABEL_WORDS`, one of them a process word, and no maths; in a
    script without spaces at most eight characters with such a word and no negation.  What follows is said of it."""
    label = first.strip(" \t*_#>+-.0123456789")
    if not then.lstrip().startswith((":", "：")) or _SENTENCE_MATHS.search(first) or not _process_word(label):
        return False
    if _UNSPACED.search(label):
        return len(label) <= 8 and not (_LABEL_NEGATION.search(label) or _LABEL_PREDICTION.fullmatch(label))
    named = [
        m.group(0)
        for pattern in (_NOT_FORWARD, _PC50_PROCESS_WORDS)
        for m in pattern.finditer(label)
        if not _LABEL_PREDICTION.fullmatch(m.group(0))
    ]
    rest = _PC50_PROCESS_WORDS.sub(" ", _NOT_FORWARD.sub(" ", label)).split()
    return bool(named) and len(label.split()) <= 4 and all(_LABEL_WORDS.fullmatch(w) for w in rest)


#: The forward process named in the languages of the label words (:data:`_LABEL_WORDS`) beyond
#: :data:`_FORWARD_NAMED`'s: a label of another process before such a name labels nothing ("Réseau : dans le processus
#: direct $x_{t-1}$ est divisé par deux" is said of the forward process).
_FORWARD_NAMED_ABROAD = re.compile(
    r"\bdiffusion\b|\bdifusi[óo]n\b|\bdiffusione\b|\bdifus[ãa]o\b|\bdirect[oe]?\b|\bdirett[oa]\b|\bdiret[oa]\b"
    r"|\bhin\w*prozess\w*|\bdiffusionsprozess\w*|\bbruitage\b|\bruido\b|\brumore\b|\bru[íi]do\b|\brauschen\w*",
    re.IGNORECASE,
)


def _label_owns(pieces: list[str]) -> bool:
    """Whether a sentence's pieces open on a label of another process (:func:`_label`) and every piece after the
    clause it labels has a word of such a process: "Network: $x_{t-1}$ is halved first before it sees it" halves
    before the network, and is not labelled; nor is a clause that names the forward process (:data:`_FORWARD_NAMED`,
    :data:`_FORWARD_NAMED_ABROAD`)."""
    rest = [p for p in pieces[2:] if re.search(r"\w", _SENTENCE_MATHS.sub(" ", p))]
    said = _SENTENCE_MATHS.sub(" ", "".join(pieces[1:]))
    if _FORWARD_NAMED.search(said) or _FORWARD_NAMED_ABROAD.search(said):
        return False
    return len(pieces) > 1 and _label(*pieces[:2]) and all(_another_process_s_clause(p) for p in rest)


#: A coordinate clause with no subject of its own, its finite verb right after the conjunction ("and halves $x$",
#: "and then predicts", et divise, und halbiert): it shares the subject of the clause before it.
_NO_SUBJECT = re.compile(
    r"^\s*(?:and|or|but|then|et|puis|und|oder|dann)\s+(?:(?:then|also|first|finally|ensuite|aussi|auch|dann|zuerst)\s+)?"
    r"(?:halves|doubles|triples|quarters|scales|rescales|multiplies|divides|adds|subtracts|shrinks|reduces|clips"
    r"|rounds|replaces|swaps|negates|flips|predicts|outputs|returns|maps|computes|estimates|takes|receives|uses"
    r"|divise|multiplie|double|r[ée]duit|pr[ée]dit|renvoie|calcule|prend|halbiert|verdoppelt|teilt|multipliziert"
    r"|skaliert|reduziert|sagt|berechnet|nimmt)\b",
    re.IGNORECASE,
)
#: A clause opening on its subject, a word of a model or the reverse process ("The network", "Here the trained
#: denoising network", Le réseau, Das Netzwerk), maths and prepositions not before it.
_SUBJECT_FIRST = re.compile(
    r"^\W*(?:(?:here|then|first|now|ici|hier)\W+)?(?:(?:the|a|an|our|its|this|le|la|l'|un|une|der|die|das|ein\w*)\s*)?"
    r"(?:(?!(?:the|a|an|of|for|with|without|unlike|like|by|to|in|on|and|or|but|than|not|no|m)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: A piece that is a conjunction alone, cut before the next word of a clause ("and " before "then halves").
_LONE_CONJUNCTION = re.compile(r"\s*(?:and|or|but|et|ou|mais|und|oder|aber)\s*", re.IGNORECASE)


def _shared_subjects(pieces: list[str]) -> list[str]:
    """Pieces with each coordinate clause that has no subject (:data:`_NO_SUBJECT`) joined to the one before
    it when that one opens on a process word as its subject (:data:`_SUBJECT_FIRST`): "The network takes $x_t$
    and halves $x_{t-1}$" is the network's halving; a piece that is a lone conjunction ("and" before "then") goes
    with the piece after it."""
    whole: list[str] = []
    for piece in pieces:
        if whole and _LONE_CONJUNCTION.fullmatch(whole[-1]):
            whole[-1] += piece
        else:
            whole.append(piece)
    joined: list[str] = []
    for piece in whole:
        masked = _SENTENCE_MATHS.sub(" m ", joined[-1]) if joined else ""
        found = _process_word(masked)
        if found and _NO_SUBJECT.match(piece) and _SUBJECT_FIRST.match(masked[: found.start()]):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


#: A subordinate clause opening a sentence (if, when, because, since, si, quand, puisque, wenn, weil, 如果, 因为): a
#: process word in it owns a change after it only as the subject right before the change's verb ("When the network
#: halves $x_{t-1}$"), not "If the network diverges $x_{t-1}$ is halved first".
_SUBORDINATE = re.compile(
    r"^\W*(?:(?:if|when(?:ever)?|once|unless|because|since|as|although|though|after|before|until|while|whereas|si"
    r"|quand|lorsqu\w*|puisqu\w*|parce\s+qu\w*|car|bien\s+qu\w*|avant\s+qu\w*|apr[èe]s\s+qu\w*|tant\s+qu\w*"
    r"|d[èe]s\s+qu\w*|wenn|falls|weil|da|als|bevor|nachdem|obwohl|sobald|solange|given|to|in\s+order\s+to|so\s+as\s+to"
    r"|due\s+to|owing\s+to|thanks\s+to|because\s+of|[àa]\s+cause|en\s+raison|gr[âa]ce|faute|wegen|aufgrund|dank)\b"
    r"|如果|若|假如|要是|当|因为|由于|虽然|尽管)",
    re.IGNORECASE,
)


def _subordinate_owns_nothing(masked: str) -> bool:
    """Whether a clause (its maths out) opens on a subordinate clause (:data:`_SUBORDINATE`) whose process word
    is not the subject right before a change's verb (an adverb between at most); in a script without spaces, any."""
    if not _SUBORDINATE.match(masked):
        return False
    if _UNSPACED.search(masked):
        return True
    subject = rf"^\w*\s+(?:(?:first|also|then|now|only|again|d'abord|zuerst)\s+)?(?:{_CHANGE_VERBS}|divise|halbiert)\b"
    words = (_NOT_FORWARD, _PC50_PROCESS_WORDS)
    return not any(re.match(subject, masked[m.end() :], re.IGNORECASE) for w in words for m in w.finditer(masked))


#: A phrase of purpose or comparison opening a clause, with no subject of its own ("for the network", "like the
#: reverse process", pour, comme, für, wie, 为了, 像): a process word in it owns nothing the clause goes on to change.
_PROCESS_OWNER_PREPOSED = re.compile(
    r"^\W*(?:(?:for|like|unlike|similar(?:ly)?|just\s+as|as\s+in|with(?:out)?|pour|comme|contrairement|avec|sans|für"
    r"|wie|anders|genauso|ebenso|um|mit|ohne)\b|为了|为|像|如同)",
    re.IGNORECASE,
)
#: The agent of a passive right before a process word ("halved by the network", par le réseau, durch das Netz): it
#: owns the change written before it.
_PROCESS_OWNER_AGENT = re.compile(
    r"\b(?:by|par|von|vom|durch)\s+(?:(?:the|a|an|its|our|their|this|le|la|les|l'|un|une|dem|den|das|die|der|ein\w*)"
    r"\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: Words of a model or the reverse process in French, German, Spanish, Italian and Portuguese (réseau, Netzwerk,
#: processus inverse, Rückwärtsprozess, débruitage, prédit, red neuronal): :data:`_NOT_FORWARD`'s, for the clause rule.
_PC50_PROCESS_WORDS = re.compile(
    r"\b(?:r[ée]seaux?|netz(?:werk)?\w*|processus\s+(?:inverse|invers[ée]|r[ée]trograde)|r[üu]ckw[äa]rts\w*"
    r"|umgekehrt\w*\s+prozess\w*|g[ée]n[ée]rati(?:f|ve)s?|generativ\w*|d[ée]brui\w*|entrausch\w*|pr[ée]di(?:t|re)\w*"
    r"|vorhersag\w*|vorhergesagt\w*|rete\s+neural\w*|la\s+rete|red(?:es)?\s+neuronal\w*|la\s+red|rede\s+neural"
    r"|proce(?:s)?so\s+inverso)\b",
    re.IGNORECASE,
)


def _process_word(words: str) -> re.Match | None:
    """A clause's first word of a model or the reverse process, in any language (:data:`_NOT_FORWARD`, its unspaced
    scripts', :data:`_PC50_PROCESS_WORDS`), or None."""
    found = [
        m
        for m in (_NOT_FORWARD.search(words), unspaced.NOT_FORWARD.search(words), _PC50_PROCESS_WORDS.search(words))
        if m
    ]
    return min(found, key=lambda m: m.start(), default=None)


#: A verb of wanting or expecting, a participle of an absolute phrase or a postposition of cause between a process
#: word and the change ("The network expects $x_{t-1}$ to be halved", needs, being, attend, étant, erwartet, zuliebe,
#: 需要, 必要): the change is not the process's, but done for it.
_WANTS = re.compile(
    r"\b(?:expect|need|requir|want|prefer|demand|assum|suppos|ask|wish|rel(?:y|ies)|depend|attend|veu[tl]|exig"
    r"|pr[ée]f[èe]r|besoin|erwart|braucht|ben[öo]tigt|verlang|setzt|will|m[öo]chte|being|having|[ée]tant|ayant"
    r"|zuliebe|wegen|halber)\w*|需要|要求|希望|期望|期待|假设|必要|求め|前提",
    re.IGNORECASE,
)
#: A German passive's participle of a change right after its agent ("vom Netzwerk halbiert").
_AGENT_AFTER = re.compile(
    r"^\w*\s+(?:(?:zuerst|erst|auch|direkt)\s+)?(?:halbiert|verdoppelt|geteilt|skaliert|multipliziert|reduziert"
    r"|verkleinert)\b",
    re.IGNORECASE,
)
#: The agent of a passive in a script without spaces: 被/由 before the process word, によって/により after it.
_UNSPACED_AGENT = (re.compile(r"(?:被|由)\s*$"), re.compile(r"^\s*(?:によって|により|に\s*よって)"))
#: What may stand between an unspaced agent and its change: an adverb of order (先, 再, 直接, 先に, まず).
_UNSPACED_AGENT_GAP = re.compile(r"^\s*(?:によって|により|に\s*よって)?\s*(?:先|再|都|也|又|直接|先に|まず)?\s*")
#: Words of a script without spaces that order what is done (first, before, after), not a change of a state.
_UNSPACED_ORDER = re.compile(r"先|之前|之后|前に|後に")
#: A clause that hands maths of the step's input to a process word, its recipient, and says nothing else before it
#: ("$x_{t-1}/2$ is fed to the network", passed to, enters, as input to, est donné au réseau): the maths is its
#: input, not a change of the forward step.
_RECIPIENT = re.compile(
    r"^\W*(?:(?:here|then|now|ici)\W+)?\s*@[@ ]*(?:is|are|was|gets?|est|sont)?\s*(?:(?:then|first|directly|also"
    r"|ensuite|directement)\s+)?(?:(?:fed|passed|given|sent|handed|supplied|input)\s+(?:in)?to|enters?|goes\s+into"
    r"|as\s+(?:the\s+)?input\s+(?:of|to)|(?:donn|fourni|transmis|pass|envoy)\w*\s+(?:au|aux|à))"
    r"\s+(?:(?:the|a|an|its|our|la|l'|le|un|une)\s*)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _agent(words: str, found: re.Match) -> bool:
    """Whether a process word is the agent of a passive whose verb is the change: after by/par/von/durch right after
    the change's verb (:data:`_AGENT_VERB`), before a German participle of a change (:data:`_AGENT_AFTER`);
    in a script without spaces after 被/由 or before によって, a change after it and none before."""
    before, after = words[: found.start()], words[found.start() :]
    if _UNSPACED.search(words):
        real = [m.start() for m in _UNSPACED_CHANGE.finditer(words) if not _UNSPACED_ORDER.fullmatch(m.group(0))]
        agent = _UNSPACED_AGENT[0].search(before) or _UNSPACED_AGENT[1].match(words[found.end() :])
        gap = _UNSPACED_AGENT_GAP.match(words[found.end() :])
        return bool(agent) and found.end() + gap.end() in real and not any(at < found.start() for at in real)
    agent = _PROCESS_OWNER_AGENT.search(before)
    return bool(agent) and bool(_AGENT_VERB.search(before[: agent.start()]) or _AGENT_AFTER.match(after))


def _recipient(words: str, found: re.Match) -> bool:
    """Whether a process word is the recipient of the maths a clause opens on (:data:`_RECIPIENT`)."""
    return bool(_RECIPIENT.match(words[: found.start()]))


def _process_word_first(clause: str) -> bool:
    """Whether a clause's first word of a model or the reverse process stands before what changes the step (its first
    verb of a change, :data:`_CHANGE_VERBS`, or maths of the step's input; in a script without spaces its first word
    of a change, :data:`_UNSPACED_CHANGE`) or is the agent of a passive (:data:`_PROCESS_OWNER_AGENT`): its subject,
    its owner ("the network's input is $x_{t-1}/2$"), a fronted phrase or its agent ("$x_{t-1}$ is halved by the
    network")."""
    words = _REVERSED_AS_A_VERB.sub(lambda m: " " * len(m.group(0)), _SENTENCE_MATHS.sub(_process_owner_maths, clause))
    found = _process_word(words)
    changes = _UNSPACED_CHANGE if _UNSPACED.search(words) else re.compile(rf"\b(?:{_CHANGE_VERBS})\b|@", re.I)
    change = changes.search(words)
    if found is None:
        return False
    first = not change or (
        found.start() < change.start()
        and not _WANTS.search(words[found.start() : change.start()])
        and not _unspaced_time_between(words, found)
    )
    return first or _agent(words, found) or _recipient(words, found)


#: Words of a script without spaces that end a clause of time (之前, 以后, 前, 后, 時, 後): "网络读取 $x$ 之前先将其减半"
#: halves before the network reads.
_UNSPACED_TIME = re.compile(r"之前|以前|之后|以后|前(?!向)|后(?![向验])|時|时|後|際|たら")


def _unspaced_time_between(words: str, found: re.Match) -> bool:
    """Whether, in a script without spaces, a word of time (:data:`_UNSPACED_TIME`) stands between a process
    word and the first change after it that is no word of order: the process word is the subject of the time clause."""
    if not _UNSPACED.search(words):
        return False
    real = [m for m in _UNSPACED_CHANGE.finditer(words, found.end()) if not _UNSPACED_ORDER.fullmatch(m.group(0))]
    end = real[0].start() if real else len(words)
    return bool(_UNSPACED_TIME.search(words, found.end(), end))


def _process_owner_maths(found: re.Match) -> str:
    """A piece of maths blanked to its length, marked ``@`` where it writes the step's input or an earlier state."""
    return ("@" if _EARLIER_STATE.search(found.group(0)) else " ").ljust(len(found.group(0)))


def _process_word_owns(clause: str) -> bool:
    """Whether a word of a model or the reverse process in a clause (:func:`_another_process_s_clause`) owns what it
    changes: where the clause changes the step, it stands before the change or is its agent
    (:func:`_process_word_first`), not in a phrase of purpose or comparison opening the clause
    (:data:`_PROCESS_OWNER_PREPOSED`: "for the network $x_{t-1}$ is halved first")."""
    theirs = _another_process_s_clause(clause)
    if not (theirs and _changes_the_step(clause)):
        return theirs
    masked = _SENTENCE_MATHS.sub(" m ", clause)
    preposed = _PROCESS_OWNER_PREPOSED.match(masked) or _subordinate_owns_nothing(masked)
    return not preposed and _process_word_first(clause)


def _governed_by_another_process(clauses: list[str], theirs_by: Callable[[str], bool]) -> bool:
    """Whether a word of a model or the reverse process governs one of a sentence's clauses (``theirs_by`` tells)
    and no other clause may say what the forward step does (:func:`_changes_the_step`)."""
    theirs = [theirs_by(c) for c in clauses]
    return any(theirs) and not any(_pc50_changes_the_step(c) for c, their in zip(clauses, theirs) if not their)


#: A coordinate piece that goes on with the verb before it to maths of a state ("... goes into the network and into
#: $x_t$", et dans, und in): it says where that verb's object also goes.
_ELLIPTICAL_TARGET = re.compile(
    r"^\W*(?:and|or|as\s+well\s+as|et|ou|und|oder)\s+(?:also\s+)?(?:in|into|onto|to|au|aux|à|dans|zu|zum|zur|an)\s+"
    r"(?:\w+\s+){0,3}?\$[^$]*x",
    re.IGNORECASE,
)


def _pc50_changes_the_step(clause: str) -> bool:
    """Whether a clause may say what the forward step does (:func:`_changes_the_step`), or changes a state it leaves
    out (:data:`_ELIDED_CHANGE`: "The network reads $x_{t-1}$ after it is halved" halves the note's state), or
    sends what the clause before it sends to a state (:data:`_ELLIPTICAL_TARGET`)."""
    if _ELLIPTICAL_TARGET.match(clause):
        return True
    words = _SENTENCE_MATHS.sub(" m ", clause)
    if _UNSPACED.search(words):
        elided = any(not _UNSPACED_ORDER.fullmatch(m.group(0)) for m in _UNSPACED_CHANGE.finditer(words))
        return _changes_the_step(clause) or elided
    return _changes_the_step(clause) or bool(_ELIDED_CHANGE.search(words))


def _another_process_s_clause(clause: str) -> bool:
    """Whether a clause has a word of a model or the reverse process (:data:`_NOT_FORWARD`, its unspaced scripts'
    too), not "reverse" as a verb of a state (:data:`_REVERSED_AS_A_VERB`)."""
    words = _REVERSED_AS_A_VERB.sub(" ", _SENTENCE_MATHS.sub(" m ", clause))
    return _process_word(words) is not None


def _of_another_process(sentence: str) -> bool:
    """Whether a sentence is a model's or the reverse process's: a word of theirs governs the clause it stands in
    (:func:`_another_process_s_clause`), and no other clause may say what the forward step does
    (:func:`_changes_the_step`: "$x_{t-1}$ is halved first, as the network expects"), cut at its clauses' ends
    (:func:`_clauses`) and where such a word stops governing (:func:`_process_owner_clauses`: "$x_{t-1}$ is halved
    first so that the network sees it", there owning only what it governs, :func:`_process_word_owns`); either cut's
    clause that changes the step makes the sentence the note's."""
    return _governed_by_another_process(_clauses(sentence), _another_process_s_clause) and _governed_by_another_process(
        _process_owner_clauses(sentence), _process_word_owns
    )


#: Words of a script without spaces that change a state or order what is done to it (halve, double, times, divide,
#: negate, square, scale, clip, replace, swap, first): English's :data:`_CHANGE_WORDS`.
_UNSPACED_CHANGE = re.compile(
    r"减半|一半|加倍|翻倍|倍|乘|除以|取反|反转|平方|缩放|放大|缩小|截断|裁剪|替换|交换|先|之前|之后"
    r"|半分|掛け|割|反転|逆に|逆転|符号|二乗|置き換|入れ替|拡大|縮小|前に|後に"
)


def _changes_the_step(clause: str) -> bool:
    """Whether a clause may say what the forward step does: it changes a state (:func:`_changes_a_state`) or acts on
    the step's input (:func:`_acts_on_the_input`), or, in a script without spaces, writes a state beside a word that
    changes it (:data:`_UNSPACED_CHANGE`)."""
    words = _SENTENCE_MATHS.sub(" ", clause)
    if _UNSPACED.search(words):
        return _state_and_count(clause)[0] and bool(_UNSPACED_CHANGE.search(words))
    return _changes_a_state(clause) or _acts_on_the_input(clause)


#: Words that change a state (scale it, add to it, order what is done to it) or count: beside a state's maths in a
#: section that describes the forward process, they may say what its step does ("halve $x_{t-1}$", "Before that,
#: $x_{t-1}$ is halved", "Halving $x_{t-1}$ comes first", "factor on $x_{t-1}$: $1/2$").
_CHANGE_VERBS = (
    r"halv\w*|half|doubl\w*|twice|tripl\w*|thrice|quarter\w*|scal\w*|rescal\w*|multipl\w*|divid\w*|add\w*"
    r"|subtract\w*|shrink\w*|shrunk|grow\w*|increas\w*|decreas\w*|reduc\w*|amplif\w*|attenuat\w*|damp\w*|clip\w*"
    r"|round\w*|replac\w*|swap\w*|negat\w*|flip\w*"
)
_CHANGE_WORDS = re.compile(
    rf"\b(?:{_CHANGE_VERBS}|factors?|times|first|before|after|then|comes?|precede\w*|\d+(?:\.\d+)?)\b", re.IGNORECASE
)

#: A change verb (en, fr, de) right before the agent of a passive, only adverbs or its factor between ("halved first
#: by", "divisé par deux par"): the agent is the change's, not a later verb's ("halved first to be read by").
_AGENT_VERB = re.compile(
    rf"\b(?:{_CHANGE_VERBS}|divis\w*|multipli\w*|r[ée]dui\w*|halbiert\w*|verdoppelt\w*|geteilt\w*|skaliert\w*"
    r"|reduziert\w*|verkleinert\w*)(?:\s+(?:by|par|um)(?:\s+(?:two|deux|zwei|half|\d+(?:\.\d+)?|@+))?)?"
    r"(?:\s+(?:first|also|again|directly|only|always|here|d'abord|ensuite|zuerst|erst|direkt|@+))*\s*$",
    re.IGNORECASE,
)
#: A change said of a pronoun, its state left out ("after it is halved", "halving it"; in a script without spaces a
#: word of a change that is no word of order, 减半, 半分): a clause that may say what the forward step does.
_ELIDED_CHANGE = re.compile(
    rf"\b(?:it|they|them|this|these)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|gets?|got|being|been)\s+)?"
    rf"(?:\w+\s+)?(?:{_CHANGE_VERBS})\b|\b(?:{_CHANGE_VERBS})\s+(?:it|them)\b",
    re.IGNORECASE,
)
#: A derivation's quantity of the chain's states, which names that quantity and does not write the states: a
#: density (``q(x_t | x_{t-1})``, ``\log p(x_{t-1})``) or a mean, a variance, a noise or a score marked as a
#: posterior's or a model's (``\tilde{\mu}_t(x_t, x_0)``, ``\mu_\theta(x_t, t)``, ``\epsilon_\theta(x_t, t)``); not
#: ``\tilde{x}(x_{t-1})`` or ``f_\theta(x_{t-1})``, which may be what the step is made of.
_QUANTITY_LETTER = r"\\(?:mu|Sigma|sigma|beta|epsilon|varepsilon)|s"
_NAMED_QUANTITY = re.compile(
    r"(?<![A-Za-z\\])[pq](?:_\s*\{?\s*\\theta\s*\}?)?\s*\([^()]*\)"
    rf"|\{{?\s*\\(?:tilde|hat)\s*(?:\{{\s*(?:\\(?:mathbf|boldsymbol|bm)\s*)?\{{?\s*(?:{_QUANTITY_LETTER})\s*\}}?\s*\}}"
    rf"|(?:{_QUANTITY_LETTER})(?![A-Za-z]))\s*\}}?(?:_\s*(?:\{{[^{{}}]*\}}|\w))?\s*\([^()]*\)"
    rf"|(?<![A-Za-z\\])(?:{_QUANTITY_LETTER})\s*_\s*\{{?\s*\\theta\s*\}}?\s*\([^()]*\)"
)


def _names_only_a_quantity(found: re.Match) -> str:
    """A named quantity (:data:`_NAMED_QUANTITY`) blanked if it names one: a density of any states, or a mean,
    variance, noise or score of states other than the step's input (``\\epsilon_\\theta(x_{t-1})`` may be what the
    step's noise is made of)."""
    density = re.match(r"(?:\\log\s*)?[pq]\b", found.group(0))
    return " " if density or not _STATE_AT["before"].search(found.group(0)) else found.group(0)


def _named_quantity(piece: str) -> bool:
    r"""Whether maths is a derivation's named quantity of states alone (:data:`_NAMED_QUANTITY`), under a log or a
    gradient and a constant factor at most (``\frac{\delta}{2} \nabla_x \log p(x_{t-1})``)."""
    rest = _NAMED_QUANTITY.sub(_names_only_a_quantity, piece)
    count = rest != piece
    rest = re.sub(
        r"\\nabla\s*_\s*(?:\\mathbf\s*\{?\s*x\s*\}?|\{[^{}]*\}|\w)|\\nabla|\\log"
        r"|\\frac\s*\{\s*(?:\\delta|\\lambda|\d+)\s*\}\s*\{\s*\d+\s*\}|\s",
        "",
        rest,
    )
    return count > 0 and not rest


def _derivation_s_maths(piece: str) -> bool:
    """Whether maths a derivation writes says nothing of the step: a named quantity (:func:`_named_quantity`) or
    schedule values ordered (``0 < \\beta_1 < \\dots < \\beta_T < 1``)."""
    parts = re.split(r"<|>|\\(?:lt|gt|le|leq|ge|geq)\b", piece)
    ordered = len(parts) > 1 and all(
        _schedule_value(re.sub(r"\\[lc]?dots\b", "", re.sub(r"_\s*(?:\{[^{}]*\}|\w)", "_t", p))) is not None
        or not p.strip()
        for p in parts
    )
    return _named_quantity(piece) or ordered


@dataclass(frozen=True)
class _DerivationShape:
    """A shape of a derivation's prose whose maths (its groups, in order) pass ``maths``: it says how the note
    computes, not what the forward step is, and is taken whole (its maths too)."""

    pattern: re.Pattern
    maths: Callable[[list[str]], bool]
    rest: str = " "
    #: Whether the shape names what the note computes with (an expression or a coefficient of a state), which said
    #: after a copula ("The noise is an expression of $x_{t-1}$", 噪声是 ... 的二次表达式) is what a thing of the step
    #: is, a claim the whitelist reads, not derivation prose (:data:`_PREDICATE`).
    computed: bool = False


#: A copula, "equals" or "as" earlier in the clause of a derivation's shape ("is then a", "being a", "as a"; 是, 为,
#: 等于, 变成; Japanese's subject marked by は or が), or a colon after a noun that opens the sentence or a clause
#: ("Noise: a term in $x_{t-1}$", 噪声：...), a label and what it is: the shape is then what the clause's subject is
#: (or is taken as), not how the note computes.
_PREDICATE = re.compile(
    r"(?:\b(?:is|are|be|was|were|being|becomes?|remains?|equals?|as)\b[^,;.:]{0,40}"
    r"|(?:是|为|為|等于|变成|变为|成为|は|が)[^,;.:，；。：、]{0,20}"
    r"|(?:^|[.;!?。；！？]\s*)[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}\s*[:：][^,;.:，；。：]{0,40})$",
    re.I,
)

#: A label that opens the sentence or a clause and what it is, in the shapes a writer sets a label in beyond
#: :data:`_PREDICATE`'s: Markdown emphasis around it or its colon ("**Noise:**", "*Noise*:"), a parenthesis after
#: it ("Noise (of this step):"), a dash for the colon ("Noise — ...", "Noise -- ..."); one to three words.
_LABEL_PREDICATE = re.compile(
    r"(?:^|[.;!?。；！？]\s*)[*_]{0,3}[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}[*_]{0,3}(?:\s*\([^()]{0,40}\))?"
    r"\s*(?:[*_]{0,3}[:：][*_]{0,3}|\s[—–]|\s-{2,3}(?!-))[^,;.:，；。：]{0,40}$",
    re.I,
)

#: A state of the chain at any time in maths: x_t, x_{t-1}, x_{t-2}, x_i, x_0.
_ANY_STATE = re.compile(
    r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?x\s*\}?\s*_\s*(?:\{\s*[A-Za-z]\s*(?:[-+]\s*\d+\s*)?\}|[A-Za-z0-9])\s*"
)


def _a_state(piece: str) -> bool:
    """Whether maths is a state of the chain alone at any time (``x_{t-1}``, ``x_i``), or a power of it
    (``x_{t-1}^2``: a term of a polynomial)."""
    name = re.sub(r"\^\s*\{?\s*\d\s*\}?\s*$", "", piece.strip("` "))
    return bool(_ANY_STATE.fullmatch(name))


def _free_of(pieces: list[str]) -> bool:
    """Whether a function of the next state (``C(x_t, x_0)``, a posterior's derivation) is said free of the step's
    input, which its arguments do not write."""
    function, state = (p.strip("` ") for p in pieces)
    of_the_next = bool(re.search(r"\w\s*\(", function) and _STATE_AT["now"].search(function))
    return of_the_next and _the_step_s_input([state]) and not _STEP_INPUT.search(function)


def _the_step_s_input(pieces: list[str]) -> bool:
    """Whether maths is the step's input alone (x_{t-1}): DDPM's variance is free of it, its state depends on it."""
    return all(_STEP_INPUT.search(p) and _PLAIN_NAME.fullmatch(p.strip("` ")) for p in pieces)


#: A cardinal that counts things, not a factor ("two independent random noise variables").
_THINGS_COUNTED = re.compile(
    r"\b(?:two|three|four|five|ten|\d+)\s+(?:[*\w-]+\s+){0,3}?\**(?:variables|noises|terms|equations|expressions"
    r"|gaussians|distributions|vectors|lines)\b",
    re.IGNORECASE,
)


#: What a shape that says something free of a state must not be followed by in its sentence: another thing said
#: the same ("..., and so is the mean", 均值也是), which the shape, taken whole, would hide.
_ALONE = (
    r"(?![^.;。；]*(?:也|同样|亦|都|\b(?:also|too|likewise|nor|neither|well)\b|\b(?:so|as)\s+(?:is|are|does|do)\b))"
)
#: The shapes of a derivation's prose about states (a masked sentence, maths as ``m0``): an expression or a term
#: of a state, states expressed in terms of noises, a quadratic in a state, coefficients compared, the last line;
#: a function said free of a state it does not take ("$C(x_t, x_0)$ is some function not involving $x_{t-1}$",
#: 与 $x_{t-1}$ 无关的量, 可以忽略); and DDPM's own: its variance free of the step's input, its state dependent on it.
_DERIVATION_SHAPES = (
    _DerivationShape(
        re.compile(
            r"(?<![Ii]n\s)\b(?:expressions?|formulas?|terms?|coefficients?)\s+(?:for|of|in)\s+m(\d+)(?:\s+and\s+m(\d+))?",
            re.I,
        ),
        lambda pieces: all(_a_state(p) for p in pieces),
        computed=True,
    ),
    _DerivationShape(
        re.compile(
            r"\bm(\d+)(?:\s+and\s+m(\d+))?\s+(?:expressed|written)\s+(?:in\s+terms\s+of|as\s+functions?\s+of)\b", re.I
        ),
        lambda pieces: all(_a_state(p) for p in pieces),
    ),
    _DerivationShape(re.compile(r"\bin\s+terms\s+of\b", re.I), lambda pieces: True),
    _DerivationShape(  # English's 平方完成, a step of the derivation
        re.compile(r"\bcomplet(?:e|es|ed|ing)\s+the\s+squares?\s+(?:in|for|of|with\s+respect\s+to)\s+m(\d+)", re.I),
        lambda pieces: all(_a_state(p) for p in pieces),
        computed=True,
    ),
    _DerivationShape(
        re.compile(r"\bquadratic\s+(?:expression|form|function|polynomial)\s+(?:in|of)\s+m(\d+)", re.I),
        lambda pieces: all(_a_state(p) for p in pieces),
        computed=True,
    ),
    _DerivationShape(
        re.compile(
            r"m(\d+)\s*(?:的|の|に関する)?\s*(?:二次表达式|二次式|二次形式|(?:一次项|二次项|项)?(?:前面)?的?系数"
            r"(?:\s*(?:记为|记作)\s*m\d+)?|係数)"
            r"|最后\s*[1一]\s*行|两者\S{0,4}相等|推导\s*从\s*m(\d+)\s*到\s*m(\d+)"
        ),
        lambda pieces: all(_a_state(p) for p in pieces),
        computed=True,
    ),
    _DerivationShape(  # a term in a state (English's "a term in $x_{t-1}$"): 的二次项, の二次の項; its coefficient is above
        re.compile(r"m(\d+)\s*(?:的|の|に関する)\s*(?:[一二]次(?:的|の)?)?(?:项|項)(?!\s*(?:前面)?的?(?:系数|係数))"),
        lambda pieces: all(_a_state(p) for p in pieces),
        computed=True,
    ),
    _DerivationShape(  # a density's normalising constant free of a state, dropped
        re.compile(
            r"(?:分母|分子|归一化常数|常数项)\s*(?:与|和|跟)\s*m(\d+)\s*无关(?:\s*[，,]\s*(?:属于|是)归一化常数)?"
            r"(?:\s*[，,]\s*(?:在对数空间中)?\s*(?:可以|可)?忽略)?" + _ALONE
        ),
        lambda pieces: all(_a_state(p) for p in pieces),
    ),
    _DerivationShape(
        re.compile(
            r"(?:\bm(\d+)\s+(?:is|are)\s+(?:some|a|an)\s+(?:\w+\s+)?(?:function|quantity|term|constant)s?\s+"
            r"(?:not\s+involving|independent\s+of|free\s+of|that\s+does\s+not\s+(?:involve|depend\s+on))\s+m(\d+)"
            r"|m(\d+)\s*(?:是|为)\s*(?:和|与|跟)\s*m(\d+)\s*无关的\s*(?:量|项|函数|常数)(?:\s*[，,]\s*(?:可以|可)?(?:忽略|省略))?)"
            + _ALONE,
            re.I,
        ),
        _free_of,
    ),
    _DerivationShape(  # DDPM's variance free of the step's input, its value read after it as the variance's
        re.compile(r"方差\s*(?:是|为)?\s*(?:和|与|跟)\s*m(\d+)\s*无关的?\s*(?:量|项)?" + _ALONE),
        _the_step_s_input,
        "方差为",
    ),
    _DerivationShape(  # a density's terms free of a state dropped as constants (its normalisation)
        re.compile(
            r"\bterms?\s+(?:not\s+involving|not\s+depending\s+on|independent\s+of)\s+m(\d+)\s+(?:are|is)\s+"
            r"(?:\w+\s+)?(?:ignored|dropped|absorbed)\s+(?:as|into)\s+(?:a\s+|the\s+)?constants?\b"
            r"|m(\d+)\s*に依存しない\s*項は?\s*定数として\s*(?:無視|省略)",
            re.I,
        ),
        lambda pieces: all(_a_state(p) for p in pieces),
    ),
    _DerivationShape(  # a quadratic's form named ("the quadratic form $ax^2 + bx + c$")
        re.compile(r"(?:\bquadratic\s+form|二次方?的形式|二次式)\s*m(\d+)", re.I), lambda pieces: True
    ),
    _DerivationShape(  # DDPM's chain: "For $x_t$, recall that it is dependent on $x_{t-1}$" ("is is": a typo)
        re.compile(
            r"\bfor\s+m(\d+)\s*,\s*(?:(?:remember|recall|note)\s+(?:that\s+)?)?(?:it\s+|is\s+)?is\s+dependent\s+"
            r"(?:on\s+)?m(\d+)(?!\s*(?:(?:and|or)\b|,\s*m\d))" + _ALONE,
            re.I,
        ),
        lambda pieces: _a_state(pieces[0]) and _the_step_s_input(pieces[1:]),
    ),
    _DerivationShape(  # a moment named by a symbol ("the mean $\mu_{x_t}$"): the name, not its value
        re.compile(r"(?:均值|方差|\bmean|\bvariance)\s*m(\d+)(?!\s*(?:is|equals?|=|为|是|等于))", re.I),
        lambda pieces: bool(re.fullmatch(r"\s*\\(?:mu|sigma|Sigma)\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*", pieces[0])),
    ),
    _DerivationShape(re.compile(r"\]\([^()]*\)"), lambda pieces: True),  # a link's target, not prose
    _DerivationShape(_THINGS_COUNTED, lambda pieces: True),
)
#: Words of a derivation's prose beyond DDPM's (:data:`_DDPM_WORDS`): what it computes with (an expression, a term,
#: a coefficient), how it speaks (remember, okay, nice, details omitted), and DDPM's own words for sampling a state
#: at any time in closed form (Ho et al.: "admits sampling $x_t$ at an arbitrary timestep $t$ in closed form").
#: No verb that acts on a state, no negation, no count.
_DERIVATION_WORDS = frozenset(
    "let's lets okay ok nice notable useful convenient remember recall compare compared comparing expression "
    "expressions expressed express "
    "term terms coefficient coefficients quadratic single-step one-step arbitrary timestep timesteps admits "
    "reparameterization reparameterisation reparametrization reparameterized trick details detail omitted ".split()
)


def _shape_s_maths(found: re.Match, masked: list[str]) -> list[str]:
    """The maths a derivation's shape holds (its groups, in order)."""
    return [masked[int(n)] for n in found.groups() if n is not None]


def _said_of_a_thing(shape: _DerivationShape, found: re.Match) -> bool:
    """Whether a shape naming what the note computes with is said after a copula or a label (:data:`_PREDICATE`,
    :data:`_LABEL_PREDICATE`)."""
    before = found.string[: found.start()]
    return shape.computed and bool(_PREDICATE.search(before) or _LABEL_PREDICATE.search(before))


def _computed_said_of(text: str, masked: list[str]) -> str:
    """The first shape of the computation said after a copula of a thing (:func:`_said_of_a_thing`: "The noise is an
    expression of $x_{t-1}$", 噪声是 $x_{t-1}$ 的二次表达式, ノイズは $x_{t-1}$ の二次式である), with its maths, or '':
    what the thing is, a claim, whichever script's whitelist would pass its words."""
    for shape in _DERIVATION_SHAPES:
        for found in shape.pattern.finditer(text):
            if shape.maths(_shape_s_maths(found, masked)) and _said_of_a_thing(shape, found):
                said = re.sub(r"\bm(\d+)\b", lambda m: f"${masked[int(m.group(1))].strip()}$", found.group(0))
                return " ".join(said.split())
    return ""


def _derivation_out(text: str, masked: list[str]) -> str:
    """A masked sentence with the derivation's shapes whose maths pass taken out (:data:`_DERIVATION_SHAPES`)."""

    def out(shape: _DerivationShape) -> Callable[[re.Match], str]:
        def taken(found: re.Match) -> str:
            passes = shape.maths(_shape_s_maths(found, masked)) and not _said_of_a_thing(shape, found)
            return shape.rest if passes else found.group(0)

        return taken

    for shape in _DERIVATION_SHAPES:
        text = shape.pattern.sub(out(shape), text)
    return text


#: A count in words: beside a state in a section's sentence, a factor or a number of times ("by 2", "a third").
_COUNTED = re.compile(
    r"\b(?:\d+(?:\.\d+)?|half|twice|double|thrice|triple|third|quarter|two|three|four|five|ten)\b", re.I
)


def _unrelated_maths(sentence: str) -> list[str]:
    """A sentence's pieces of maths that state no relation and no limit (read by the maths' readers)."""
    pieces = [next(g for g in m.groups() if g is not None).strip("`") for m in _SENTENCE_MATHS.finditer(sentence)]
    return [p for p in pieces if not (_STATED_IN_MATHS.search(p) or _ARROW.search(p))]


def _state_and_count(sentence: str) -> tuple[bool, str]:
    """Whether a sentence writes a state of the chain (x_t, x_{t-1}, x_0) in maths that states no relation (a
    relation or a limit is the maths' readers'), and the count it says beside it (:data:`_COUNTED`, or a number in
    maths), or ''."""
    pieces = [next(g for g in m.groups() if g is not None).strip("`") for m in _SENTENCE_MATHS.finditer(sentence)]
    state = any(state.search(p) for p in _unrelated_maths(sentence) for state in _STATE_AT.values())
    numbers = [f"${p.strip()}$" for p in pieces if p.strip() and _NUMBERS_ONLY.fullmatch(p) and re.search(r"\d", p)]
    counted = _COUNTED.search(_SENTENCE_MATHS.sub(" ", sentence))
    return state, (numbers[0] if numbers else counted.group(0) if counted else "")


def _changes_a_state(sentence: str) -> bool:
    """Whether a sentence writes a state of the chain in its maths beside a word that changes it
    (:data:`_CHANGE_WORDS`) or a count (:func:`_state_and_count`): what it may say of the forward step."""
    state, count = _state_and_count(sentence)
    return state and bool(count or _CHANGE_WORDS.search(_SENTENCE_MATHS.sub(" ", sentence)))


#: The step's input or an earlier state in maths (x_{t-1}, x_{t-2}): what a sentence of the forward step acts on.
_EARLIER_STATE = re.compile(r"x\s*\}?\s*_\s*\{\s*[a-z]\s*-\s*\d+\s*\}")


def _state_written(sentence: str) -> bool:
    """Whether a sentence writes the step's input or the next state in its maths (x_{t-1}, x_t; no relation), not
    only inside a derivation's named quantity (:data:`_NAMED_QUANTITY`): wherever it stands, after a display or
    under a heading, whatever it says of them may be what the forward step does, so DDPM's words and a derivation's
    decide (:func:`_beyond_ddpm_s_words`), a whitelist and not a list of the verbs that change."""
    pieces = (_NAMED_QUANTITY.sub(_names_only_a_quantity, p) for p in _unrelated_maths(sentence))
    return any(_STATE_AT[when].search(p) for p in pieces for when in ("now", "before"))


def _acts_on_the_input(sentence: str) -> bool:
    """Whether a sentence in spaced script writes the step's input or an earlier state alone in its maths (x_{t-1},
    x_{t-2}, 2 x_{t-1}, x_{t-1}^2; no relation): in a stretch about the forward process, whatever verb it says of it
    ("shifts", "squares", "applies $\\tanh$ to", "uses ... instead of") may change the step, so the whitelist of
    DDPM's words decides (:func:`_beyond_ddpm_s_words`), not a list of the verbs that change."""
    if _UNSPACED.search(_SENTENCE_MATHS.sub(" ", sentence)):
        return False
    pieces = [next(g for g in m.groups() if g is not None).strip("`") for m in _SENTENCE_MATHS.finditer(sentence)]
    return any(_EARLIER_STATE.search(p) and not (_STATED_IN_MATHS.search(p) or _ARROW.search(p)) for p in pieces)


def _read_sentences(notes: Notes) -> list[tuple[int, str, str]]:
    """Each sentence of the prose (:func:`_forward_sentences`) with how it is to be read as saying what the forward
    process is: ``read`` itself (:func:`_read_as_forward`; a pronoun goes on with the last sentence, across a
    paragraph's or a list item's end), ``section`` in a stretch of prose that holds such a sentence, if it changes a
    state (:func:`_changes_a_state`: a list item, a table's row, another paragraph) or acts on the step's input
    (:func:`_acts_on_the_input`), ``anywhere`` if it writes the input or the next state (:func:`_state_written`:
    past a display or a heading, read as derivation prose may be), and is not a model's or the reverse process's;
    or ''."""
    read: list[tuple[int, str, bool]] = []
    follows = False
    for line, sentence, hangs in _forward_sentences(notes):
        if sentence.strip():  # a paragraph's trailing empty sentence ends nothing the next one goes on with
            follows = _read_as_forward(sentence, hangs, follows)
        read.append((line, sentence, follows and bool(sentence.strip())))
    headings = [n for n, text in enumerate(notes.source.split("\n"), start=1) if _HEADING.match(text)]
    bounds = sorted({*headings, *(first for first, _ in notes.displays)})

    def section(line: int) -> int:
        return sum(n <= line for n in bounds)

    forward = {section(line) for line, _, is_read in read if is_read}

    def reading(line: int, sentence: str, is_read: bool) -> str:
        if is_read or not _read_as_forward(sentence, True, False):
            return "read" if is_read else ""
        if section(line) in forward and (_changes_a_state(sentence) or _acts_on_the_input(sentence)):
            return "section"
        return "anywhere" if _state_written(sentence) else ""

    return [(line, sentence, reading(line, sentence, is_read)) for line, sentence, is_read in read]


def _forward_in_other_words(notes: Notes) -> list[Stated]:
    """A sentence to be read as saying what the forward process is (:func:`_read_sentences`) in words beyond DDPM's
    own (:func:`_beyond_ddpm_s_words`; a derivation's too, read ``anywhere``), or, read for its section or anywhere,
    with a count beside its state ("scale $x_{t-1}$ by 2", not one that counts things: no sentence about the forward
    step, whose values :func:`_forward_said_otherwise` reads): a declared
    context's forward step, its marginals and its Markov property then prove nothing (a ``forward unread``),
    whatever the words say."""
    found = []
    for line, sentence, reading in _read_sentences(notes):
        beyond = _beyond_ddpm_s_words(sentence, reading == "anywhere") if reading else ""
        if reading == "section":
            beyond = beyond or _state_and_count(sentence)[1]
        if reading == "anywhere":
            beyond = beyond or _state_and_count(_THINGS_COUNTED.sub(" ", sentence))[1]
        if beyond:
            said = f"{' '.join(sentence.split())[:80]} (the words '{beyond}')"
            name = Formula("x_t", line, syntax.Name(0, "x", "", "t"))
            found.append(Stated("forward unread", line, said, name, None, "words"))
    return found


def _forward_kernel(maths: str) -> list[str]:
    """The variables of maths that is the forward law's kernel alone, q of a state given another (``q(x_t \\mid
    x_{t-1})``, ``q(\\mathbf{x}_t \\mid \\mathbf{x}_0)``), as :func:`_kernels_said_otherwise` names them; else none."""
    node = parse(maths, 0).node
    if not (isinstance(node, syntax.Call) and law_letter(node) == ("q", "", "")):
        return []
    written = (*node.arguments, *node.given)
    states = len(node.arguments) == len(node.given) == 1 and all(
        isinstance(a, syntax.Name) and a.base == "x" for a in written
    )
    return [display_name(a.key) for a in written] if states else []


#: Words that name a law other than the Gaussian's with a kernel's given one (:data:`_OTHER_LAW`: "standard normal",
#: "uniform", "the same whatever", 标准正态) or another family by name ("Gumbel", "Laplace", "Student"), "uniform" in
#: French, Spanish, Italian, German too ("une loi uniforme", "gleichverteilt"): a kernel said to be a "linear Gaussian
#: transform" names none.
_XF52_OTHER_FAMILY = re.compile(
    _OTHER_LAW.pattern + r"|\b(?:gumbel|weibull|gamma|beta|logistic|rayleigh|pareto|binomial|geometric)\b"
    r"|\b(?:uniforme|uniformément|uniformemente|gleichverteil\w*|gleichförmig\w*)\b",  # rt53a
    re.IGNORECASE,
)


def _forward_kernel_said_otherwise(notes: Notes) -> list[Stated]:
    """A sentence that makes the forward law's kernel (:func:`_forward_kernel`) its subject and gives it a law
    in words other than the Gaussian's ("Here $q(x_t \\mid x_{t-1})$ is a standard normal density", "... the uniform
    density", read by :func:`_kernels_said_otherwise`; not a frame's words, "the variance of $q$ is independent of
    $x_{t-1}$"), where its words name another law (:data:`_XF52_OTHER_FAMILY`; not "a linear Gaussian transform"):
    the note's forward step is not the context's, whose laws then prove nothing and whose kernel refutes nothing (a
    ``changed step``), as it is read without a context (an ``unread law`` of its variables)."""
    found = []
    for line, sentence, written in _prose_sentences(notes):
        said = set(_kernels_said_otherwise(sentence, written))
        kernels = [k for k in map(_forward_kernel, written) if k and set(k) <= said]
        if kernels and _XF52_OTHER_FAMILY.search(_words_of(sentence)):
            words = " ".join(_words_of(sentence).split())[:80]
            name = Formula("x_t", line, syntax.Name(0, "x", "", "t"))
            found.append(Stated("changed step", line, f"{words} (the forward kernel's law in words)", name,
                                        None, "words"))  # fmt: skip
    return found


#: The forward kernel's state at t and at t - 1 (``x_t``, ``\mathbf{x}_{t}``, ``x_{t-1}``).
_RT53A_STATE = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*x\s*\}|x)_"
#: Maths that gives the forward kernel a law by a family's call (``q(x_t \mid x_{t-1}) = \mathrm{Laplace}(...)``,
#: ``x_t \mid x_{t-1} \sim U(0, 1)``), with the family's name.
_RT53A_KERNEL_LAW = re.compile(
    rf"^\s*(?:q\s*\(\s*{_RT53A_STATE}\{{?\s*t\s*\}}?\s*(?:\\mid|\|)\s*{_RT53A_STATE}\{{\s*t\s*-\s*1\s*\}}\s*\)\s*="
    rf"|{_RT53A_STATE}\{{?\s*t\s*\}}?\s*(?:\\mid|\|)\s*{_RT53A_STATE}\{{\s*t\s*-\s*1\s*\}}\s*\\sim)"
    r"\s*(?:\\(?:mathrm|operatorname|mathcal|mathscr|mathsf|text|textrm)\s*(?:\{\s*([A-Za-z]+)\s*\}|([A-Za-z])\b)"
    r"|([A-Z][a-z]*))\s*(?:\\(?:left|bigl?|Bigl?)\s*)?\(",  # kf53: \mathcal N, \left(
)
#: The Gaussian's names: a kernel given one of them is read as the context reads its own.
_RT53A_GAUSSIAN_NAMES = frozenset({"n", "normal", "gaussian", "gauss"})


#: TeX spacing and sizing that says nothing of a value (``\,``, ``\cdot``, ``\left``).
_SPACING = re.compile(r"\\(?:left|right|,|;|!|:|quad|cdot)(?![A-Za-z])")
#: The step's input, x_{t-1} (bold too), ending DDPM's mean sqrt(alpha_t) x_{t-1}; and the state x_t, a law's point.
_INPUT = re.compile(r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*x\s*\}|\bx)\s*_\s*\{\s*t\s*-\s*1\s*\}\s*$")
#: An index other than the step's own t (alpha_s, beta_{t-1}): the schedule's value at another step, not DDPM's.
_OTHER_INDEX = re.compile(r"_\s*(?!t(?![A-Za-z0-9])|\{\s*t\s*\})")
_POINT = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*x\s*\}|x)\s*_\s*(?:t|\{\s*t\s*\})\s*")


def _arguments(text: str) -> tuple[list[str], str]:
    """A call's arguments split at its top-level commas and semicolons (an empty list if it is not closed), and
    what follows its closing parenthesis."""
    depth, start, parts = 0, 0, []
    for at, char in enumerate(text):
        depth += char in "([{"
        depth -= char in ")]}"
        if depth < 0:
            return [*parts, text[start:at]], text[at + 1 :]
        if depth == 0 and char in ",;":
            parts.append(text[start:at])
            start = at + 1
    return [], ""


def _ddpm_s_gaussian(arguments: str) -> bool:
    """Whether a Gaussian's arguments after ``\\sim`` for x_t given x_{t-1} (the text after its opening parenthesis)
    are DDPM's forward kernel, and nothing after it: an optional point x_t, the mean sqrt(alpha_t) x_{t-1} (or
    sqrt(1 - beta_t) x_{t-1}) and the variance 1 - alpha_t (or beta_t, times an identity), at the step's own index t,
    as :func:`_schedule_value` spells them; any other mean or variance, or one not read, is another kernel's."""
    parts, after = _arguments(_SPACING.sub("", arguments))
    if len(parts) == 3 and _POINT.fullmatch(parts[0]):
        parts = parts[1:]
    if len(parts) != 2 or after.strip(" .,;"):
        return False
    mean, variance = parts
    factor = _INPUT.search(mean)
    return (
        factor is not None
        and not _OTHER_INDEX.search(mean[: factor.start()] + variance)
        and _schedule_value(mean[: factor.start()]) in _CONTEXT_FACTORS
        and _schedule_value(variance) in _CONTEXT_VARIANCES
    )


def _forward_kernel_in_maths(notes: Notes) -> list[Stated]:
    """Maths (a sentence's, a step's two sides or a display's law) that gives the forward kernel the law of a family
    other than the Gaussian (:data:`_RT53A_KERNEL_LAW`), or a Gaussian after ``\\sim`` other than DDPM's
    (:func:`_ddpm_s_gaussian`: x_t | x_{t-1} ~ N(0, 1)): the note's forward step is not the context's, whose
    laws then prove nothing and whose kernel refutes nothing (a ``changed step``); which law it is need not be
    read."""
    written = [(inline.line, inline.text) for inline in notes.inline]
    written += [(step.line, f"{step.lhs} = {step.rhs}") for step in notes.steps if step.relation.value == "="]
    written += [(law.line, f"{law.variable} \\sim {law.law}") for law in notes.laws]  # kf53: a display's law
    found = []
    for line, maths in written:
        match = _RT53A_KERNEL_LAW.match(maths)
        family = next((name for name in match.groups() if name), "") if match is not None else ""
        drawn = match is not None and "\\sim" in match.group(0)  # x_t | x_{t-1} ~ N(...), not q(...) = N(x_t; ...)
        gaussian = family.lower() in _RT53A_GAUSSIAN_NAMES
        if family and (not gaussian or (drawn and not _ddpm_s_gaussian(maths[match.end() :]))):
            name = Formula("x_t", line, syntax.Name(0, "x", "", "t"))
            found.append(Stated("changed step", line, f"{maths.strip()[:80]} (the forward kernel's law in maths)",
                                name, None, "maths"))  # fmt: skip
    return found


#: Words that name a family of laws other than DDPM's kernel's (:data:`_OTHER_FAMILY`, and "standard normal", a
#: point mass, a mixture, other families by name): generic words ("same", "constant", "symmetric") and the schedule's
#: letters in words ("beta", "gamma") are not among them.
_FAMILY = re.compile(
    _OTHER_FAMILY.pattern + r"|\b(?:standard[- ]normal|dirac|deltas?|point[- ]mass(?:es)?|mixtures?|exponential"
    r"|discrete|deterministic|gumbel|weibull|logistic|rayleigh|pareto|binomial|geometric|uniformément"
    r"|uniformemente|gleichförmig\w*|laplace)\b|拉普拉斯|ラプラス|均等|标准正态|標準正規|표준정규",
    re.IGNORECASE,
)


def _one_step(maths: str) -> list[str]:
    """The variables of maths that is the forward law's one-step kernel alone (:func:`_forward_kernel`, given a
    state other than x_0: ``q(x_t \\mid x_{t-1})``), else none."""
    variables = _forward_kernel(maths)
    return variables if variables and not re.fullmatch(r"\\?\w*x_\{?0\}?", variables[-1]) else []


def _other_density(maths: str) -> bool:
    """Whether maths is a density written alone other than the forward law's kernel (``p(x_T)``, ``p_\\theta(x_{t-1}
    \\mid x_t)``): a family's word beside it may be its."""
    node = parse(maths, 0).node
    return isinstance(node, syntax.Call) and law_letter(node) is not None and not _forward_kernel(maths)


#: Words between a family's word and the density written right after it that name that density with it ("a Gumbel
#: density for $p(x_T)$", "Laplace $p(x_T)$", "de Gumbel pour", "Gumbel-Dichte für"), and between a density and the
#: family's word right after it ("$p(x_T)$ is Gumbel", "$p(x_T)$ follows a Laplace", "suit une loi de").
_NAMES_AFTER = re.compile(
    r"[\s-]*(?:(?:density|law|distribution|prior|densité|loi|dichte|verteilung|densidad|distribución|densità)\s+)?"
    r"(?:(?:for|of|pour|de|du|für|von|para|del|per|di)\s+)?(?:the|la|le|les|die|der|das|el|il)?\s*",
    re.IGNORECASE,
)
_NAMES_BEFORE = re.compile(
    r"\s*(?:is|follows|est|suit|ist|folgt|es|sigue|è|segue)\s+(?:an?|the|une?|la|le|eine?|una?|el|il)?\s*"
    r"(?:(?:law|distribution|density|loi|densité|ley|distribución|legge)\s+(?:of|de|di)?\s*)?",
    re.IGNORECASE,
)


#: Words that may share a density's law with another ("and so is $q$", "as $q$ does", "both", "too", "aussi",
#: "ebenso"), and two maths joined as one phrase ("$p(x_T)$ and for $q$"): a family's word named for one density
#: may be the other's too.
_SHARED = re.compile(
    r"\b(?:so\s+(?:is|does|are|do)|as\s+\$m\$\s+(?:is|does)|too|also|both|alike|likewise|same|aussi|également"
    r"|de\s+même|tous\s+deux|auch|ebenso|beide\w*|también|ambos|ambas|anche|entrambi|lo\s+stesso)\b"
    r"|\$m\$[\s,]*(?:and|or|as\s+well\s+as|et|ou|und|oder|y|o|e)\s+(?:(?:for|of|pour|de|für|von|para|per|di)\s+)?"
    r"(?:the|la|le|die|der|el|il)?\s*\$m\$",
    re.IGNORECASE,
)


def _placed_elsewhere(sentence: str, written: list[str]) -> bool:
    """Whether every family's word of a sentence (:data:`_FAMILY`, maths written ``$m$``) names a density other than
    the forward kernel (:func:`_other_density`) written right after it or right before it in naming words
    (:data:`_NAMES_AFTER`, :data:`_NAMES_BEFORE`), and no word shares it (:data:`_SHARED`): only then is the word
    no kernel's."""
    if _SHARED.search(sentence):
        return False
    words = list(_FAMILY.finditer(sentence))
    for word in words:
        index = sentence.count("$m$", 0, word.start())  # the maths right after the word, counted from 0
        after, maths_after, _ = sentence[word.end() :].partition("$m$")
        _, maths_before, before = sentence[: word.start()].rpartition("$m$")
        named_after = bool(maths_after) and index < len(written) and _NAMES_AFTER.fullmatch(after) is not None
        named_before = bool(maths_before) and 0 < index <= len(written) and _NAMES_BEFORE.fullmatch(before) is not None
        if not (
            (named_after and _other_density(written[index])) or (named_before and _other_density(written[index - 1]))
        ):
            return False
    return bool(words)


def _forward_kernel_beside_a_family(notes: Notes) -> list[Stated]:
    """A sentence that writes the forward law's one-step kernel (:func:`_one_step`) and a family's word
    (:data:`_FAMILY`) not placed to another density it writes (:func:`_placed_elsewhere`), in any order ("The
    density $q(x_t \\mid x_{t-1})$ we use is uniform on $[0, 1]$"): which density the word is said of is not read,
    so the context's kernel is set aside (a ``changed step``, its laws prove nothing and its kernel refutes nothing)
    and the kernel's law is not drawn (an ``unread law``)."""
    found = []
    for line, sentence, written in _prose_sentences(notes):
        kernels = [variable for maths in written for variable in _one_step(maths)]
        if any(_other_density(maths) for maths in written) and _placed_elsewhere(sentence, written):
            continue  # "a Gumbel density for $p(x_T)$ and a Gaussian for $q$": the readers place the words
        if kernels and _FAMILY.search(_words_of(sentence)):
            words = " ".join(_words_of(sentence).split())[:80]
            name = Formula("x_t", line, syntax.Name(0, "x", "", "t"))
            found.append(Stated("changed step", line, f"{words} (a family's word beside the forward kernel)", name,
                                None, "words"))  # fmt: skip
            found.append(Stated("unread law", line, f"line {line} says a kernel's law in words ({words[:60]})",
                                _variables(", ".join(dict.fromkeys(kernels)), line), None, "words"))  # fmt: skip
    return found
