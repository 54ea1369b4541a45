"""The orders a stated law makes of its parameters: a law exists only where each parameter lies in its domain (a
Gaussian's variance positive, a Bernoulli's probability in (0, 1), a uniform's ends in order), so the note states
them with the law, and a counterexample is trusted only where they hold; so is a scale a noun names beside its
letter in the law's sentence ("$x \\sim N(0, s^2)$ with standard deviation $s$": s > 0).  Each order is the
interior of its domain: a witness at a degenerate law (a variance of 0) is not trusted either (fail-safe)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, replace

from diffproof.answers import parser as syntax
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
