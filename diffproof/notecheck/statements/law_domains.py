"""The orders a stated law makes of its parameters: a law exists only where each parameter lies in its domain (a
Gaussian's variance positive, a Bernoulli's probability in (0, 1), a uniform's ends in order), so the note states
them with the law, and a counterexample is trusted only where they hold; so is a scale a noun names beside its
letter in the law's sentence ("$x \\sim N(0, s^2)$ with standard deviation $s$": s > 0).  Each order is the
interior of its domain: a witness at a degenerate law (a variance of 0) is not trusted either (fail-safe)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, replace

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import law_letter, law_named
from diffproof.notecheck.statements.block_laws import held_by_block
from diffproof.notecheck.statements.formulas import LAWS, Formula, Stated, _variables, parse
from diffproof.notecheck.statements.orders import _LAW_PARTS, _LAW_WRITTEN, _MODIFIED, _SIGN_WORDS
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _words_of
from diffproof.notecheck.vocabulary import nodes

_ZERO, _ONE = syntax.Number(0, "0"), syntax.Number(0, "1")


def _positive(node: syntax.Node) -> tuple[syntax.Statement, ...]:
    return (syntax.Statement(0, (">",), (node, _ZERO)),)


def _probability(node: syntax.Node) -> tuple[syntax.Statement, ...]:
    """0 < p < 1, as two orders (each checked, and each dropped where the name's range implies it, on its own)."""
    return syntax.Statement(0, (">",), (node, _ZERO)), syntax.Statement(0, ("<",), (node, _ONE))


def _variance_positive(mean: syntax.Node, variance: syntax.Node) -> tuple[syntax.Statement, ...]:
    """A Gaussian's variance positive, its identity dropped (``s I``: s > 0); nothing of the identity alone."""
    scalar = _scalar(variance)
    return _positive(scalar) if scalar is not None else ()


#: The laws a reader knows by name after ``\\sim`` (plain or calligraphic, upright), by their number of parameters:
#: what they make of their parameters, and the word for it.
_FAMILIES: tuple[tuple[frozenset[str], int, Callable[..., Iterable[syntax.Statement]], str], ...] = (
    (frozenset({"N"}), 2, lambda mean, variance: _positive(variance), "variance positive"),
    (frozenset({"Bern", "Ber", "Bernoulli"}), 1, _probability, "probability in (0, 1)"),
    (frozenset({"Bin", "Binomial"}), 2, lambda n, p: _positive(n) + _probability(p), "size and probability"),
    (frozenset({"Beta", "Gamma"}), 2, lambda a, b: _positive(a) + _positive(b), "parameters positive"),
    (frozenset({"Exp", "Exponential", "Poisson", "Pois"}), 1, _positive, "rate positive"),
    (frozenset({"Laplace"}), 2, lambda mean, scale: _positive(scale), "scale positive"),
    (frozenset({"U", "Unif", "Uniform"}), 2, lambda a, b: (syntax.Statement(0, ("<",), (a, b)),), "ends in order"),
    # the Gaussian by its name, and families whose parameters are positive (or a probability) in every
    # parametrisation in use: a location and a scale, a shape and a scale or rate, degrees of freedom
    (frozenset({"Normal", "Gauss", "Gaussian"}), 2, _variance_positive, "variance positive"),
    (frozenset({"Geom", "Geo", "Geometric"}), 1, _probability, "probability in (0, 1]"),
    (frozenset({"Poi"}), 1, _positive, "rate positive"),
    (frozenset({"Cauchy", "Logistic", "Gumbel"}), 2, lambda location, scale: _positive(scale), "scale positive"),
    (frozenset({"LogNormal", "Lognormal"}), 2, _variance_positive, "variance positive"),
    (frozenset({"Weibull", "InvGamma", "InverseGamma"}), 2, lambda a, b: _positive(a) + _positive(b),
     "parameters positive"),
    (frozenset({"Rayleigh", "Student", "StudentT"}), 1, _positive, "parameter positive"),
)  # fmt: skip


def _family(call: syntax.Call) -> tuple[Iterable[syntax.Statement], str] | None:
    """What a law written after ``\\sim`` makes of its parameters (``N(0, s)``: s > 0), or None for another."""
    name = call.name
    if call.given or name.index or name.decoration not in ("", "cal"):
        return None
    for names, count, states, said in _FAMILIES:
        if name.base in names and len(call.arguments) == count:
            return states(*call.arguments), said
    return None


def _scalar(covariance: syntax.Node) -> syntax.Node | None:
    """A covariance without the identity it multiplies (``s I``, ``s \\mathbf{I}_d``: s); None for the identity."""
    if isinstance(covariance, syntax.Name) and covariance.base == "I" and not covariance.decoration:
        return None
    if isinstance(covariance, syntax.Binary) and covariance.operator == "*":
        left, right = _scalar(covariance.left), _scalar(covariance.right)
        if left is None or right is None:
            return left if right is None else right
        return replace(covariance, left=left, right=right)
    return covariance


def _covariance(node: syntax.Node, law: bool) -> syntax.Node | None:
    """The variance a Gaussian writes, its identity dropped: ``\\mathcal{N}(x; m, v)``, ``N(x; m, v)``, and after
    ``\\sim`` (``law``) ``N(m, v)``; its N plain or calligraphic with any subscript (``\\mathcal{N}_d``: the
    dimension, which the parser reads as a call); None for anything else."""
    if isinstance(node, syntax.Gaussian):
        return _scalar(node.covariance)
    if not (isinstance(node, syntax.Call) and node.name.base == "N" and node.name.decoration in ("", "cal")):
        return None
    if node.separator == ";" and len(node.given) == 2:
        return _scalar(node.given[1])
    return _scalar(node.arguments[1]) if law and not node.given and len(node.arguments) == 2 else None


def _orders_of(node: syntax.Node, law: bool) -> tuple[tuple[syntax.Statement, ...], str]:
    """The orders a law ``node`` makes of its parameters, and the word for them; none for anything else."""
    covariance = _covariance(node, law)
    if covariance is not None:
        return _positive(covariance), "variance positive"
    found = _family(node) if law and isinstance(node, syntax.Call) else None
    return (tuple(found[0]), found[1]) if found is not None else ((), "")


def _shape(node: object) -> object:
    """A formula as a value, its positions left out (two spellings of one order are one)."""
    if isinstance(node, tuple):
        return tuple(map(_shape, node))
    if isinstance(node, syntax.Node):
        return type(node).__name__, *(_shape(getattr(node, f.name)) for f in fields(node) if f.name != "position")
    return node


def _numbers_only(statement: syntax.Statement) -> bool:
    return not any(isinstance(n, syntax.Name) for n in nodes(statement))


def law_domains(stated: Iterable[Stated], formulas: Iterable[Formula]) -> list[Stated]:
    """The orders the laws the note states (``x \\sim N(0, s)``, ``\\sim \\mathrm{Bern}(p)``) and the Gaussians it
    writes anywhere (``\\mathcal{N}(x; m, v)``, a step's too) make of their parameters, as plain relations of the
    whole note (a law's parameters hold their domain wherever the law is written): one per order."""
    written = [(item.body, True) for item in stated if item.kind in LAWS and item.body is not None]
    written += [(formula, False) for formula in formulas]
    found: dict[object, Stated] = {}
    for formula, law in written:
        if formula.node is None:
            continue
        for node in nodes(formula.node):  # after \sim, the law itself is read by its family's name
            orders, said = _orders_of(node, law and node is formula.node)
            for order in orders:
                if not _numbers_only(order):
                    text = f"{' '.join(formula.text.split())[:50]} (a law: its {said})"
                    found.setdefault(_shape(order), _stated(order, formula.line, text))
    return list(found.values())


def _stated(order: syntax.Statement, line: int, text: str) -> Stated:
    return Stated("relation", line, text, Formula(text, line, order), None, "law", plain=True)


#: Nouns that name a law's scale ("standard deviation", "variance", "scale"), in the languages of the notes read.
_SCALE_NOUNS = re.compile(
    r"\b(?:variances?|standard\s+deviations?|std|scales?|varianza|varianz|desviaci[óo]n\s+est[áa]ndar"
    r"|[ée]cart-type|[ée]chelle|Standardabweichung|Skala|Skalen\w*|escala|scala)\b"
    r"|分散|方差|标准差|標準偏差|분산|표준편차|尺度|スケール|척도",
    re.IGNORECASE,
)


def _scales(maths: str, line: int) -> set[tuple[str, str, str]]:
    """The names a law written in ``maths`` has as its scale: its variance alone (``N(0, s)``, ``s I``), the name
    it squares (``N(0, s^2)``), a positive parameter alone (``\\mathrm{Exp}(\\lambda)``)."""
    found: set[tuple[str, str, str]] = set()
    parts = _LAW_PARTS.split(maths)
    for position, part in enumerate(parts):
        node = parse(part, line).node
        for law in nodes(node) if node is not None else ():
            covariance = _covariance(law, position > 0 and law is node)
            squared = isinstance(covariance, syntax.Power) and isinstance(covariance.exponent, syntax.Number)
            if squared and covariance.exponent.text == "2":
                covariance = covariance.base
            if isinstance(covariance, syntax.Name):
                found.add(covariance.key)
            family = _family(law) if position > 0 and law is node and isinstance(law, syntax.Call) else None
            found |= {o.operands[0].key for o in (family[0] if family else ())
                      if o.relations == (">",) and isinstance(o.operands[0], syntax.Name)}  # fmt: skip
    return found


def scales_in_words(inline: syntax.Node | None, sentence: str, text: str, line: int) -> Iterator[Stated]:
    """``Let $x \\sim N(0, s^2)$ with standard deviation $s$``: a name set alone in a sentence that writes a law
    and a noun of a scale, where the name is that law's scale (:func:`_scales`), is positive, as the noun says (a
    sentence that denies, modifies -- "log-variance" -- or signs it in other words is not read so).  A name of the
    law's other parameters (its mean) takes nothing from the noun."""
    words = _words_of(sentence)
    if not (_LAW_WRITTEN.search(sentence) and _SCALE_NOUNS.search(words)):
        return
    if _NEGATED.search(words) or _MODIFIED.search(words) or _SIGN_WORDS.search(words):
        return
    if not isinstance(inline, syntax.Call):
        return
    scales: set[tuple[str, str, str]] = set()
    for match in _SENTENCE_MATHS.finditer(sentence):
        maths = next(group for group in match.groups() if group is not None)
        scales |= _scales(maths, line) if _LAW_WRITTEN.search(maths) else set()
    noun = _SCALE_NOUNS.search(words).group(0)
    for name in inline.arguments:
        if isinstance(name, syntax.Name) and name.key in scales:
            yield _stated(_positive(name)[0], line, f"${text.strip()}$ beside the word '{noun}' (a law's scale)")


def scales_said(inlines: Iterable) -> list[Stated]:
    """:func:`scales_in_words` of every sentence's maths."""
    return [
        item
        for inline in inlines
        for item in scales_in_words(
            _variables(inline.text, inline.line).node, inline.sentence, inline.text, inline.line
        )  # fmt: skip
    ]


#: Words that say a sentence's maths is a law ("distributed as", "follows", "drawn from", "la loi", "verteilt",
#: "服从", "に従う"), in the languages of the notes read; "follows from" and "it follows" say a reason, not a law.
_LAW_WORDS = re.compile(
    r"\b(?:distributed|distributions?|laws?|drawn|sampled|follow(?:s|ing)?(?!\s+from\b)|loi|lois|suit|suivant"
    r"|distribu[ée]e?s?|tir[ée]e?s?|verteilt\w*|Verteilung\w*|folgt|gezogen|distribuid[oa]s?|distribuci[óo]n"
    r"|sigue|segue|distribuzion[ei])\b|服从|服從|分布|に従|に從|분포|따르",
    re.IGNORECASE,
)
_IT_FOLLOWS = re.compile(r"\bit\s+follows\b|\bne\s+segue\b", re.IGNORECASE)


def laws_in_words(inlines: Iterable) -> list[Stated]:
    """``Let $x$ be distributed as $N(0, s)$``: a sentence's maths that is a law alone, where its words say it is
    one (:data:`_LAW_WORDS`), makes the orders of its family (:func:`_orders_of`) as a law after ``\\sim``."""
    found: dict[object, Stated] = {}
    for inline, node in _worded_laws(inlines):
        orders, said = _orders_of(node, True)
        for order in orders:
            if not _numbers_only(order):
                text = f"${' '.join(inline.text.split())[:50]}$ in words (a law: its {said})"
                found.setdefault(_shape(order), _stated(order, inline.line, text))
    return list(found.values())


def _worded_laws(inlines: Iterable) -> Iterator[tuple[object, syntax.Call]]:
    """Each sentence's maths that is a family's law alone (:func:`_fa48_family`) in a sentence whose words say a
    law."""
    for inline in inlines:
        words = _words_of(inline.sentence)
        if not _LAW_WORDS.search(words) or _IT_FOLLOWS.search(words):
            continue
        node = parse(inline.text, inline.line).node
        if isinstance(node, syntax.Call) and _fa48_family(node):
            yield inline, node


def _fa48_family(call: syntax.Call) -> bool:
    """Whether a call is written as a law of a family: the Gaussian's or the uniform's letter, or an upright name
    of a capital and more letters (``\\mathrm{Zipf}``, ``\\operatorname{Normal}``), not a Greek letter's, nor a law
    letter's density (``Pr(x)``)."""
    base = call.name.base
    named = len(base) > 1 and base.isascii() and base.isalpha() and base[0].isupper() and base not in syntax.GREEK
    return (base in ("N", "U") or named) and law_letter(call) is None


def _law_read(call: syntax.Call) -> bool:
    """Whether a family's law is one whose parameters' domains are read: the Gaussian, a family :data:`_FAMILIES`
    knows (a uniform law on a set, ``\\mathrm{Unif}(\\{1, \\dots, K\\})``, is not: K >= 1 is not read)."""
    return _covariance(call, True) is not None or _family(call) is not None


#: A letter written in maths that is not parsed: a Latin letter standing alone, or a command (kept if Greek); a
#: letter a parenthesis follows is a call's (``\\mathcal{N}(``), no parameter.
_LETTER = re.compile(r"\\([A-Za-z]+)|(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])(?!\}?\s*(?:\\left\s*)?\()")


def _letters(maths: str) -> set[tuple[str, str, str]]:
    """The keys (at every index, in every decoration: which one each is written in is not read) of the letters
    unparsed maths writes: a Latin letter alone, a Greek letter."""
    found = set()
    for match in _LETTER.finditer(maths):
        command, letter = match.groups()
        base = syntax.LETTERS.get(command, command) if command in syntax.GREEK else letter
        if base:
            found |= {(base, decoration, "*") for decoration in {"", "cal", *syntax.DECORATIONS.values()}}
    return found


#: Unparsed maths that starts with the name of a family (``\\mathcal{N}``, ``N(``, ``\\operatorname{Normal}``): a law.
_FAMILY_FIRST = re.compile(r"\s*(?:\\(?:math[a-z]*|operatorname|text[a-z]*)\s*\{\s*)?[A-Z][A-Za-z]*(?![A-Za-z])")


def _balanced(maths: str) -> bool:
    """Whether maths closes no brace it does not open (a law after ``\\sim`` in a subscript, ``E_{z \\sim q}``,
    leaves one closed)."""
    depth = 0
    for character in maths:
        depth += {"{": 1, "}": -1}.get(character, 0)
        if depth < 0:
            return False
    return True


def _parameters(node: syntax.Node, variables: set[tuple[str, str]]) -> set[tuple[str, str, str]]:
    """The keys (at every index) of the names the unread laws of families in ``node`` (:func:`_fa48_family`,
    :func:`_law_read`) write, but the names of calls and the ``variables``' letters."""
    found: set[tuple[str, str, str]] = set()
    for law in nodes(node):
        if isinstance(law, syntax.Call) and _fa48_family(law) and not _law_read(law):
            called = {id(n.name) for n in nodes(law) if isinstance(n, syntax.Call)}
            found |= {(n.base, n.decoration, "*") for n in nodes(law)
                      if isinstance(n, syntax.Name) and id(n) not in called and n.key[:2] not in variables}  # fmt: skip
    return found


def _unread(item: Stated) -> tuple[set[tuple[str, str, str]], str]:
    """The parameters of the unread laws of families a stated law writes (after ``\\sim``, its text where it is not
    parsed) or a law letter's density is defined as (``p(x) = \\mathrm{Zipf}(x; s)``), and the law as written."""
    name = item.name.node if item.name is not None else None
    body = item.body.node if item.body is not None else None
    variables = (
        {n.key[:2] for n in name.arguments if isinstance(n, syntax.Name)} if isinstance(name, syntax.Call) else set()
    )
    if item.kind in LAWS and body is None:
        written = _LAW_PARTS.split(item.text)[-1]
        letters = _letters(written) if _balanced(written) and _FAMILY_FIRST.match(written) else set()
        return {key for key in letters if key[:2] not in variables}, written.strip()
    density = item.kind == "definition" and isinstance(name, syntax.Call) and law_letter(name) is not None
    if body is None or not (item.kind in LAWS or density):
        return set(), ""
    return _parameters(body, variables), item.body.text.strip()


def _unread_or_block(item: Stated, block_defined: frozenset | set) -> tuple[set[tuple[str, str, str]], str]:
    """:func:`_unread`, but for a block Gaussian law the names it writes that its components' laws do not define."""
    held = held_by_block(item, block_defined)
    if held is None:
        return _unread(item)
    return held, _LAW_PARTS.split(item.text)[-1].strip()


#: Families named in words whose parameters have domains (a probability, a positive rate, scale, shape or degrees of
#: freedom) in every parametrisation in use: "a geometric distribution", "Student's t", 伽马分布.  Not the Gaussian
#: or the uniform, whose words the notes use of laws read in their maths.
_FAMILY_WORDS = re.compile(
    r"(?<!\\)\b(?:geometric|gamma|student\W?s?|t-distribution|laplace|exponential\w*|poisson|chi-squared?|weibull|cauchy"
    r"|b[êe]ta|binomial|bernoulli|log-?normal|pareto|rayleigh|gumbel|dirichlet|zipf|g[ée]om[ée]trique|exponentielle"
    r"|geometrisch\w*|Gammaverteilung\w*|Exponentialverteil\w*|geom[ée]trica|degrees\s+of\s+freedom"
    r"|exponencial|esponenziale|khi-?deux|khi-?carr[ée]|chi-?cuadrado|chi-?quadrat\w*|degr[ée]s\s+de\s+libert[ée]"
    r"|grados\s+de\s+libertad|gradi\s+di\s+libert[àa]|Freiheitsgrad\w*)\b"
    r"|几何分布|伽马分布|指数分布|泊松分布|拉普拉斯分布|卡方分布|学生|t\s*分布|幾何分布|ガンマ分布|ポアソン分布|ラプラス分布"
    r"|カイ二乗分布",
    re.IGNORECASE,
)


#: German words that say a law and its family at once ("poissonverteilt", "Gammaverteilung"): a family of
#: :data:`_FAMILY_WORDS` joined to verteilt or Verteilung, which no word boundary splits.
_RT51A_FAMILY_LAW_WORDS = re.compile(
    r"\b(?:poisson|gamma|beta|exponential|laplace|weibull|cauchy|binomial|bernoulli|rayleigh|gumbel|pareto|geometrisch"
    r"|dirichlet|chi-?quadrat|student-?t?)-?verteil\w*",
    re.IGNORECASE,
)


def _named_families(inlines: Iterable) -> Iterator[tuple[int, set[tuple[str, str, str]], str]]:
    """The names of each sentence's maths where its words say a law (:data:`_LAW_WORDS`) of a family named in
    words (:data:`_FAMILY_WORDS`: "$x$ follows a geometric distribution with parameter $c$"): which of them is a
    parameter, and so its domain, is not read."""
    for inline in inlines:
        words = _words_of(inline.sentence)
        worded = _LAW_WORDS.search(words) and _FAMILY_WORDS.search(words)
        if not (worded or _RT51A_FAMILY_LAW_WORDS.search(words)) or _IT_FOLLOWS.search(words):
            continue
        node = _variables(inline.text, inline.line).node
        names = {(n.base, n.decoration, "*") for n in nodes(node) if isinstance(n, syntax.Name)} if node else set()
        said = _FAMILY_WORDS.search(words) or _RT51A_FAMILY_LAW_WORDS.search(words)
        yield inline.line, names, f"{said.group(0)} (in words)"


def unread_law_parameters(
    stated: Iterable[Stated], inlines: Iterable, block_defined: frozenset | set = frozenset()
) -> dict[tuple[str, str, str], str]:
    """The names that are parameters of a law the note states but whose domains are not read (``x \\sim
    \\mathrm{Dir}(a)``, ``x`` "follows" ``$\\mathrm{Zipf}(s)$``, a law after ``\\sim`` that is not parsed), each with
    why: a counterexample choosing a value for one may leave the law's domain, so none is trusted (at any index).
    A block Gaussian law (:mod:`.block_laws`) holds only its names not ``block_defined`` by its components' laws."""
    found: dict[tuple[str, str, str], str] = {}
    stated = list(stated)
    said = [(item.line, *_unread_or_block(item, block_defined)) for item in stated]
    inlines = list(inlines)
    said += [(inline.line, _parameters(node, set()), inline.text.strip()) for inline, node in _worded_laws(inlines)]
    said += list(_named_families(inlines))
    said += [(item.line, *_unread_shapes(item)) for item in stated]  # x \sim t_\nu, \chi^2(c), U(s)
    said += list(_worded_shapes(inlines))  # "distributed as $\mathrm{Gamma}(k, c)$"
    said += [(item.line, *_density_formula(item)) for item in stated]  # p(x) = s(1-s)^x
    said += [(item.line, *_letter_parameters(item)) for item in stated]  # x \sim \mathcal{P}(\lambda)
    said += list(_worded_letters(inlines))  # "follows $\mathcal{P}(\lambda)$"
    said += [(item.line, *_keyword_parameters(item)) for item in stated]  # \operatorname{Exp}(\text{rate}=\lambda)
    said += list(_worded_keywords(inlines))
    for line, keys, law in said:
        for key in sorted(keys):
            found.setdefault(key, f"line {line}: {key[0]} is a parameter of a law that is not read: {law[:60]}")
    return found


#: Families a reader writes as a letter with its parameter in the index (Student's ``t_\\nu``, ``\\chi^2_k``).
_INDEXED_FAMILIES = frozenset({"t", "chi"})
#: Capital Greek letters that name a family when applied (``\\Gamma(k, \\theta)``, ``\\mathrm{Gamma}(k, \\theta)``).
_GREEK_FAMILIES = frozenset({"Gamma"})


def _index_letters(name: syntax.Name) -> set[tuple[str, str, str]]:
    """The keys (at every index) of the letters an index writes (``t_\\nu``: nu), a single Latin letter or a Greek
    letter's name each; a word (``p_{data}``) writes none."""
    tokens = re.findall(r"[A-Za-z]+", name.index)
    return {(syntax.LETTERS.get(t, t), "", "*") for t in tokens if len(t) == 1 or t in syntax.GREEK}


def _head(node: syntax.Node) -> syntax.Node:
    """A product's first factor, its power's base (``\\chi^2(c)`` read as chi^2 times c: chi)."""
    while isinstance(node, syntax.Binary) and node.operator == "*":
        node = node.left
    return node.base if isinstance(node, syntax.Power) and isinstance(node.exponent, syntax.Number) else node


def _family_shaped(node: syntax.Node, capitals: Callable[[syntax.Name], bool]) -> bool:
    """Whether a law not read is written as a family's with its parameters: a letter of an indexed family with an
    index (``t_\\nu``, ``\\chi^2_k``), that letter or a capital (``capitals``) applied and read as a product
    (``\\chi^2(c)``, ``t(\\nu)``, ``U(s)``), a capital Greek family's call (``\\Gamma(k, c)``) or a capital's
    (``capitals``: after ``\\sim``, Snedecor's ``\\mathrm{F}(d, e)``), or a family's name with its parameter in the
    index (``\\mathrm{Exp}_\\lambda``)."""
    if isinstance(node, syntax.Call):
        return (node.name.base in _GREEK_FAMILIES or capitals(node.name)) and law_letter(node) is None
    head = _head(node)
    if not isinstance(head, syntax.Name):
        return False
    if head is not node and not (isinstance(node, syntax.Binary) and node.operator == "*"):
        return head.base == "chi" and bool(head.index)  # \\chi^2_k
    if head is node:
        return _indexed_family(head) and bool(head.index)
    return head.base == "chi" or capitals(head)


def _indexed_family(name: syntax.Name) -> bool:
    """A family that may be written with its parameter in the index: Student's t, chi (``t_\\nu``, ``\\chi^2_k``), or
    a family's name of a capital and more Latin letters (``\\mathrm{Exp}_\\lambda``, ``\\mathrm{Pois}_\\lambda``)."""
    base = name.base
    named = len(base) > 1 and base.isascii() and base.isalpha() and base[0].isupper() and base not in syntax.GREEK
    return base in _INDEXED_FAMILIES or named


def _capital(name: syntax.Name) -> bool:
    """After ``\\sim``, a capital Latin letter's name that is no law's density letter (``U``, ``B``; not ``P``,
    ``Q``), or Student's t, applied (``t(\\nu)``)."""
    return (len(name.base) == 1 and name.base.isupper() and law_named(name) is None) or name.base == "t"


def _held(
    node: syntax.Node, variables: set[tuple[str, str]], family: syntax.Node | None = None
) -> set[tuple[str, str, str]]:
    """The keys (at every index) of every name a law writes, but its ``family``'s own letter (t, chi, U: only its
    parameters are), the names of calls and the ``variables``' letters; an indexed family's index letters too."""
    called = {id(n.name) for n in nodes(node) if isinstance(n, syntax.Call)} | {id(family)}
    found: set[tuple[str, str, str]] = set()
    for name in nodes(node):
        if isinstance(name, syntax.Name) and id(name) not in called:
            found.add((name.base, name.decoration, "*"))
    if isinstance(family, syntax.Name) and _indexed_family(family):
        found |= _index_letters(family)  # t_\nu: nu, but not x_t's t (a name's index is no parameter)
    own = {family.key[:2]} if isinstance(family, syntax.Name) else set()  # t(1 - t): t stays free
    return {key for key in found if key[:2] not in variables | own}


def _unread_shapes(item: Stated) -> tuple[set[tuple[str, str, str]], str]:
    """A law after ``\\sim`` written as a family's but not read as one (``x \\sim t_\\nu``, ``\\chi^2(c)``, ``U(s)``
    read as a product): the names it writes, whose domains are not read, and the law as written."""
    body = item.body.node if item.body is not None else None
    name = item.name.node if item.name is not None else None
    if item.kind not in LAWS or body is None or not isinstance(name, syntax.Call) or _read(body):
        return set(), ""
    if _shape_parameter(body) is not None:  # read: its degrees of freedom positive (shapes_read)
        return set(), ""
    if not _family_shaped(body, _capital):
        return set(), ""
    variables = {n.key[:2] for n in name.arguments if isinstance(n, syntax.Name)}
    return _held(body, variables, _head(body)), item.body.text.strip()


def _read(node: syntax.Node) -> bool:
    """Whether a law is read with its domains (a Gaussian, a family :data:`_FAMILIES` knows)."""
    return isinstance(node, syntax.Gaussian) or (isinstance(node, syntax.Call) and _law_read(node))


def _worded_shapes(inlines: Iterable) -> Iterator[tuple[int, set[tuple[str, str, str]], str]]:
    """A sentence's maths alone that is a family-shaped law not read (``$\\mathrm{Gamma}(k, c)$``, ``$t_\\nu$``,
    ``$\\chi^2(c)$``), where its words say a law: the names it writes, whose domains are not read."""
    for inline in inlines:
        words = _words_of(inline.sentence)
        if not _LAW_WORDS.search(words) or _IT_FOLLOWS.search(words):
            continue
        node = parse(inline.text, inline.line).node
        if node is not None and _family_shaped(node, _uniform):  # none of these shapes is read in words
            yield inline.line, _held(node, set(), _head(node)), f"{inline.text.strip()} (in words)"


def _uniform(name: syntax.Name) -> bool:
    """In words, only the uniform's letter is read as a family applied (``U(s)``): another capital times a name
    is as often a product."""
    return name.base == "U" and not name.index


def _density_formula(item: Stated) -> tuple[set[tuple[str, str, str]], str]:
    """A law letter's density defined as a bare formula (``p(x) = s(1-s)^x``, ``p(x \\mid \\lambda) = \\lambda
    e^{-\\lambda x}``), no law's call nor Gaussian in it: its parameters' domains (s in (0, 1)) are not read, so the
    names it writes but its variables are held (a formula through other densities, ``p(x) = \\int p(x, z) dz``,
    names no parameter of its own)."""
    name = item.name.node if item.name is not None else None
    body = item.body.node if item.body is not None else None
    if item.kind != "definition" or body is None or not isinstance(name, syntax.Call) or law_letter(name) is None:
        return set(), ""
    if any(_law_within(n) for n in nodes(body)):
        return set(), ""
    bound = {v.key[:2] for n in nodes(body) for v in _bound(n) if isinstance(v, syntax.Name)}
    variables = {n.key[:2] for n in name.arguments if isinstance(n, syntax.Name)} | bound
    return _held(body, variables), item.body.text.strip()


def _law_within(node: syntax.Node) -> bool:
    """Whether a formula writes a law: a Gaussian, a law letter's density, a capital's call (``N(x; m, s)``) or a
    family's name of a capital and more letters (``\\text{Norm}``)."""
    name = node.name if isinstance(node, syntax.Call) else node
    capital = isinstance(name, syntax.Name) and name.base[:1].isupper() and name.base not in syntax.GREEK
    worded = capital and (len(name.base) > 1 or isinstance(node, syntax.Call))
    return isinstance(node, syntax.Gaussian) or law_letter(node) is not None or worded


def _bound(node: syntax.Node) -> tuple[syntax.Node, ...]:
    """The variables a sum, product or integral binds (no parameter of the density they write)."""
    if isinstance(node, syntax.Series):
        return (node.index,)
    return node.variables if isinstance(node, syntax.Integral) else ()


def densities_as_formulas(defined: Iterable[Stated | None]) -> dict[tuple[str, str, str], str]:
    """:func:`_density_formula` of the definitions a note's steps make (a display's ``p(x) = s(1-s)^x``), each
    name held with why, as :func:`unread_law_parameters`."""
    found: dict[tuple[str, str, str], str] = {}
    for item in defined:
        keys, law = _density_formula(item) if item is not None else (set(), "")
        for key in sorted(keys):
            found.setdefault(key, f"line {item.line}: {key[0]} is a parameter of a density not read: {law[:60]}")
    return found


#: Words that name the Gaussian law ("Gaussian", "normal", 正态, 正規), in the languages of the notes read.
_GAUSSIAN_WORDS = re.compile(
    r"\b(?:gaussian|gau[sß]\w*|normal|normale|normalverteilt\w*|Normalverteilung\w*|gaussienne?s?)\b"
    r"|正态|正態|高斯|ガウス|正規|가우시안|정규",
    re.IGNORECASE,
)
#: Nouns of a law's parameters beyond a scale: its covariance (and precision), in the languages of the notes read.
_COVARIANCE_NOUNS = re.compile(
    r"\b(?:covariances?|covarianza|Kovarianz\w*|precision|pr[ée]cision)\b|协方差|協方差|共分散|공분산",
    re.IGNORECASE,
)
#: An equation's sign in maths (``=``, ``:=``), not a relation's (``\\leq``, ``\\neq``).
_EQUALS = re.compile(r"(?<![<>!:\\])=")
#: Maths that writes a matrix in a form not read as numbers: a named operator (``\\operatorname{diag}``, an upright
#: ``\\mathrm{diag}``), a matrix environment.
_MATRIX_WRITTEN = re.compile(
    r"\\operatorname\s*\{|\\(?:mathrm|text|textrm)\s*\{\s*diag|\\diag\b|\\begin\s*\{\s*[pbvBV]?matrix|\\begin\s*\{\s*array"
)


def _named_scales(domains: Iterable[Stated]) -> set[tuple[str, str]]:
    """The letters a read law's order holds positive alone (``x \\sim N(0, \\Sigma)``: Sigma > 0)."""
    return {
        o.operands[0].key[:2]
        for item in domains
        if item.name is not None and isinstance(o := item.name.node, syntax.Statement)
        and o.relations == (">",) and isinstance(o.operands[0], syntax.Name)
    }  # fmt: skip


def _parameter_unparsed(inline: object, scales: set[tuple[str, str]]) -> set[tuple[str, str, str]]:
    """The letters of a sentence's maths that writes a matrix not read (:data:`_MATRIX_WRITTEN`) as a law's
    parameter: beside the words of a law or a Gaussian and a noun of its parameters ("Gaussian with covariance
    $\\operatorname{diag}(s, s)$"), or as the body of an equation whose left side is a name a read law holds
    positive (``$\\Sigma = \\operatorname{diag}(s, s)$`` after ``x \\sim N(0, \\Sigma)``): which of them is a
    parameter, and its domain, is not read."""
    text = inline.text
    if "\\sim" in text or not _MATRIX_WRITTEN.search(text):
        return set()
    words = _words_of(inline.sentence)
    lawful = _LAW_WORDS.search(words) or _GAUSSIAN_WORDS.search(words)
    if lawful and (_SCALE_NOUNS.search(words) or _COVARIANCE_NOUNS.search(words)):
        return _letters(text) if _balanced(text) else set()
    parts = _EQUALS.split(text, maxsplit=1)
    left = parse(parts[0].rstrip(":"), inline.line).node if len(parts) == 2 else None
    if isinstance(left, syntax.Name) and left.key[:2] in scales:
        return {key for key in _letters(parts[1]) if key[:2] != left.key[:2]}
    return set()


def parameters_unparsed(domains: Iterable[Stated], inlines: Iterable) -> dict[tuple[str, str, str], str]:
    """:func:`_parameter_unparsed` of every sentence's maths, each name held with why, as
    :func:`unread_law_parameters`."""
    scales = _named_scales(domains)
    found: dict[tuple[str, str, str], str] = {}
    for inline in inlines:
        for key in sorted(_parameter_unparsed(inline, scales)):
            found.setdefault(key, f"line {inline.line}: {key[0]} is in a law's parameter not read: {inline.text[:60]}")
    return found


def _shape_parameter(node: syntax.Node) -> syntax.Name | None:
    """The one parameter of a law after ``\\sim`` written as Student's t or the chi-squared law with it in the index
    (``t_\\nu``, ``\\chi^2_k``: a single letter) or applied to it alone and read as a product (``\\chi^2(c)``,
    ``t(\\nu)``): its degrees of freedom, positive in every parametrisation; None for another."""
    head = _head(node)
    if not (isinstance(head, syntax.Name) and head.base in _INDEXED_FAMILIES and not head.decoration):
        return None
    squared = isinstance(node, syntax.Power) or (
        isinstance(node, syntax.Binary) and isinstance(node.left, syntax.Power)
    )
    if (head.base == "chi") != squared or (squared and _power(node).exponent.text != "2"):
        return None
    if head is node or isinstance(node, syntax.Power):
        letter = head.index if len(head.index) == 1 and head.index.isalpha() or head.index in syntax.GREEK else None
        return syntax.Name(0, syntax.LETTERS.get(letter, letter), "", "") if letter else None
    applied = isinstance(node, syntax.Binary) and node.operator == "*" and not head.index
    return node.right if applied and isinstance(node.right, syntax.Name) else None


def _power(node: syntax.Node) -> syntax.Power:
    """The chi-squared law's power: the law itself (``\\chi^2_k``) or its first factor (``\\chi^2(c)``)."""
    return node if isinstance(node, syntax.Power) else node.left


def shapes_read(stated: Iterable[Stated]) -> list[Stated]:
    """A law after ``\\sim`` of Student's t or the chi-squared law (:func:`_shape_parameter`) makes its degrees
    of freedom positive, as a law :data:`_FAMILIES` knows, a plain relation of the whole note."""
    found: dict[object, Stated] = {}
    for item in stated:
        body = item.body.node if item.kind in LAWS and item.body is not None else None
        drawn = item.name is not None and isinstance(item.name.node, syntax.Call)  # a law of variables, P(x)
        parameter = _shape_parameter(body) if body is not None and drawn else None
        if parameter is not None:
            order = _positive(parameter)[0]
            text = f"{' '.join(item.body.text.split())[:50]} (a law: its degrees of freedom positive)"
            found.setdefault(_shape(order), _stated(order, item.line, text))
    return list(found.values())


#: The law-letter that is also Poisson's family's sign (``\\mathcal{P}(\\lambda)``, ``P(\\lambda)``).
_POISSON_LETTER = "P"


def _letter_parameters(item: Stated) -> tuple[set[tuple[str, str, str]], str]:
    """After ``\\sim``, the letter P applied to names none of which is a variable the law draws (``x \\sim
    \\mathcal{P}(\\lambda)``): Poisson's family or a law of parameters, neither read, so the names it writes are held
    (``x \\sim P(x)``, a density of the variable, writes no parameter)."""
    body = item.body.node if item.body is not None else None
    name = item.name.node if item.name is not None else None
    if item.kind not in LAWS or not isinstance(body, syntax.Call) or not isinstance(name, syntax.Call):
        return set(), ""
    if body.name.base != _POISSON_LETTER or law_letter(body) is None:
        return set(), ""
    variables = {n.key[:2] for n in nodes(name) if isinstance(n, syntax.Name) and n is not name.name}
    written = {n.key[:2] for a in (*body.arguments, *body.given) for n in nodes(a) if isinstance(n, syntax.Name)}
    if written & variables:
        return set(), ""
    return _held(body, variables, body.name), item.body.text.strip()


def _worded_letters(inlines: Iterable) -> Iterator[tuple[int, set[tuple[str, str, str]], str]]:
    """A sentence's maths alone that is a calligraphic P applied (``$\\mathcal{P}(\\lambda)$``), where its words say a
    law ("$x$ follows $\\mathcal{P}(\\lambda)$"): Poisson's law or a law of parameters, so the names it writes are
    held (a plain P in words is as often a density of its variable)."""
    for inline in inlines:
        words = _words_of(inline.sentence)
        if not _LAW_WORDS.search(words) or _IT_FOLLOWS.search(words):
            continue
        node = parse(inline.text, inline.line).node
        if isinstance(node, syntax.Call) and (node.name.base, node.name.decoration) == (_POISSON_LETTER, "cal"):
            yield inline.line, _held(node, set(), node.name), f"{inline.text.strip()} (in words)"


def _depths(maths: str) -> list[int]:
    """The depth of brackets (``(``, ``[``, ``{``) each character of maths stands at, never below 0."""
    depths, depth = [], 0
    for character in maths:
        depth = max(0, depth - (character in ")]}"))
        depths.append(depth)
        depth += character in "([{"
    return depths


#: TeX's spacing commands (``\!``, ``\,``, ``\;``, ``\:``, ``\>``): ``\!=`` is an equals sign with a space
#: taken off, not a "!=".
_RT53A_THIN_SPACES = re.compile(r"\\[!,;:>]")


def _keyworded(law: str) -> bool:
    """Whether a law writes a keyword argument (``\\operatorname{Exp}(\\text{rate}=\\lambda)``, ``\\chi^2(\\text{df}=k)``): an
    equation inside a call's brackets names a parameter, which the parser does not read; and no equation outside
    them (the maths is no equation itself)."""
    law = _RT53A_THIN_SPACES.sub(lambda match: " " * len(match.group(0)), law)  # \text{rate}\!=\!\lambda
    depths = _depths(law)
    found = {depths[m.start()] > 0 for m in _EQUALS.finditer(law)}
    return found == {True} and _balanced(law)


def _keyword_parameters(item: Stated) -> tuple[set[tuple[str, str, str]], str]:
    """A law after ``\\sim`` not parsed for its keyword arguments (:func:`_keyworded`): the letters it writes
    after its ``\\sim`` (a keyword is a word, no letter), but the law's variables; their domains are not read."""
    name = item.name.node if item.name is not None else None
    depths = _depths(item.text)
    tops = [m.end() for m in re.finditer(r"\\sim\b", item.text) if depths[m.start()] == 0]
    unparsed = item.body is None or item.body.node is None
    law = item.text[tops[-1] :] if tops and item.kind in LAWS and unparsed else ""
    if not _keyworded(law):
        return set(), ""
    variables = (
        {n.key[:2] for n in name.arguments if isinstance(n, syntax.Name)} if isinstance(name, syntax.Call) else set()
    )
    return {key for key in _letters(law) if key[:2] not in variables}, law.strip()


def _worded_keywords(inlines: Iterable) -> Iterator[tuple[int, set[tuple[str, str, str]], str]]:
    """A sentence's maths alone that is a call with a keyword argument (``$\\mathrm{Gamma}(\\text{shape}=a,
    \\text{scale}=b)$``), where its words say a law: the letters it writes are held."""
    for inline in inlines:
        words = _words_of(inline.sentence)
        if _LAW_WORDS.search(words) and not _IT_FOLLOWS.search(words) and _keyworded(inline.text):
            yield inline.line, _letters(inline.text), f"{inline.text.strip()} (in words)"


#: A GitHub table's delimiter row (``|---|:--:|``), which makes the line above it a table's header.
_DELIMITER_ROW = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")


#: A quote's markers at a line's start (``> | $x$ | ... |``): a table in a quote is a table.
_RT53A_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")


def _tables(source: str) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """Each GitHub table of a Markdown source (in a quote too): its header row, and its body rows with their lines
    (up to the first blank line); a table's cells are read by :mod:`diffproof.notes` as sentences of their own."""
    lines = [_RT53A_QUOTED.sub("", line) for line in source.split("\n")]
    for at in range(1, len(lines)):
        if "|" not in lines[at - 1] or "-" not in lines[at] or not _DELIMITER_ROW.fullmatch(lines[at]):
            continue
        rows = []
        for line in range(at + 1, len(lines)):
            if not lines[line].strip():
                break
            rows.append((line + 1, lines[line]))
        yield lines[at - 1], rows


#: An HTML table, a row of it (up to the next row or the table's end, as HTML's parser ends an unclosed ``<tr>``),
#: a cell of a row (up to the next cell or the row's end), and a tag.
_TABLE = re.compile(r"<table(?![\w-])[^>]*>(.*?)(?:</table\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_ROW = re.compile(
    r"<tr(?![\w-])[^>]*>(.*?)(?=<tr(?![\w-])|</t(?:able|body|head|foot)\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_CELL = re.compile(r"<t([dh])(?![\w-])[^>]*>(.*?)(?=<t[dh](?![\w-])|</tr\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?(?:-->|\Z)|</?[A-Za-z][^<>]*>", re.DOTALL)


def _html_tables(source: str) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """Each HTML table of a source read as a GitHub table is (:func:`_tables`): its header row (its first row
    if all its cells are ``<th>``, else none) and its rows, each with its line, cells as text (tags taken out,
    entities decoded) between ``|``."""
    for table in _TABLE.finditer(source):
        header, rows = "", []
        for row in _ROW.finditer(source, table.start(1), table.end(1)):
            cells = list(_CELL.finditer(row.group(1)))
            text = " | ".join(html.unescape(_TAG.sub(" ", cell.group(2))).replace("\n", " ") for cell in cells)
            if not rows and not header and cells and all(cell.group(1).lower() == "h" for cell in cells):
                header = text
                continue
            rows.append((source.count("\n", 0, row.start()) + 1, f"| {text} |"))
        yield header, rows


def _says_a_law(words: str) -> bool:
    """Whether a table's words (its header's or a row's, maths taken out) say a law ("distribution", "loi", 分布)."""
    return bool(_LAW_WORDS.search(words)) and not _IT_FOLLOWS.search(words)


def _names_a_family(words: str) -> bool:
    """Whether a table's words name a family whose parameters have domains ("exponential", "Poisson", 泊松分布)."""
    return bool(_FAMILY_WORDS.search(words) or _RT51A_FAMILY_LAW_WORDS.search(words))


def _writes_a_family(row: str, line: int, lawful: bool) -> bool:
    """Whether a row's maths writes a family's law: a family's call (``\\mathrm{Exp}(\\lambda)``, ``\\mathcal{N}(0,
    s)``, ``\\Gamma(k, c)``), Poisson's ``\\mathcal{P}(\\lambda)``, a keyword argument, a ``\\sim``; or, in a table that
    says a law (``lawful``), a capital's call that is no density (``F(d, e)``).  A density (``q(x_t \\mid x_{t-1})``,
    "the true distribution") writes no parameter."""
    for match in _SENTENCE_MATHS.finditer(row):
        maths = next(group for group in match.groups() if group is not None)
        node = parse(maths, line).node
        calls = [n for n in nodes(node) if isinstance(n, syntax.Call)] if node is not None else []
        poisson = any((c.name.base, c.name.decoration) == (_POISSON_LETTER, "cal") for c in calls)
        family = any(_fa48_family(c) or c.name.base in _GREEK_FAMILIES for c in calls)
        capital = lawful and any(_capital(c.name) and c.name.base != "t" for c in calls)
        if poisson or family or capital or _keyworded(maths) or "\\sim" in maths:
            return True
    return False


def tables_of_laws(source: str) -> dict[tuple[str, str, str], str]:
    """The letters of a table's row (``| $x$ | $\\mathrm{Exp}(\\lambda)$ |``) whose maths writes a family's law
    (:func:`_writes_a_family`) or whose words or header's name a family ("| $x$ | exponential, rate $\\lambda$
    |"): a table gives the law of its row's names, which its cells, each read as a sentence alone, do not say, so
    which is a parameter, and its domain, is not read; each held with why."""
    found: dict[tuple[str, str, str], str] = {}
    for header, rows in [*_tables(source), *_html_tables(source)]:
        for line, row in rows:
            words = f"{_words_of(header)} {_words_of(row)}"
            lawful = _says_a_law(words)
            if not (_names_a_family(words) or _writes_a_family(row, line, lawful)):
                continue
            for match in _SENTENCE_MATHS.finditer(row):
                maths = next(group for group in match.groups() if group is not None)
                for key in sorted(_letters(maths)):
                    found.setdefault(key, f"line {line}: {key[0]} is in a table's row of a law not read: {row[:60]}")
    return found
