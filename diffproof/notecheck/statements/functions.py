"""Which names a note writes as functions: letters applied to arguments, runs of letters read as products,
names its words call functions, and an E of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.applications import as_functions
from diffproof.notecheck.statements.dependence_words import DEPENDS, DEPENDS_AFTER
from diffproof.notecheck.statements.formulas import Formula, Key, Stated, _variables
from diffproof.notecheck.statements.sentences import _MATHS, _words_around
from diffproof.notecheck.vocabulary import keys_in, nodes, rebuilt
from diffproof.notes import Notes


def _applied(formula: Formula | None, functions: frozenset[Key]) -> Formula | None:
    """The formula with the note's one-letter functions applied (:mod:`diffproof.notecheck.applications`)."""
    if formula is None or formula.node is None:
        return formula
    try:
        return replace(formula, node=as_functions(formula.text, formula.node, functions))
    except InvalidAnswer as error:  # f^{-1}(x) of a function: its inverse, not read
        return replace(formula, node=None, error=str(error))


def _letters_alone(formulas: Iterable[Formula]) -> frozenset[str]:
    """The lowercase letters the note writes as names of their own, bare (a, x and y in a^2, p(y | x); not p, the
    name of a density or function applied)."""
    found = set()
    for formula in formulas:
        if formula is None or formula.node is None:
            continue
        written = list(nodes(formula.node))
        applied = {id(node.name) for node in written if isinstance(node, syntax.Call)}
        found |= {
            node.base
            for node in written
            if isinstance(node, syntax.Name) and id(node) not in applied
            and len(node.base) == 1 and node.base.islower() and node.key[1:] == ("", "")
        }  # fmt: skip
    return frozenset(found)


#: Words notes write in plain letters for a function or a quantity (sin x, var, loss): never a product.
_WORDS_AS_NAMES = frozenset(
    {"sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan", "erf", "erfc",
     "var", "cov", "kl", "mse", "loss", "snr", "relu", "softmax", "sigmoid", "elbo", "mod", "deg", "dim", "ker"}
)  # fmt: skip


def _named_words(formulas: Iterable[Formula | None]) -> frozenset[str]:
    """The words the note writes alone on the left of an equation or a definition (``lr := 0.1``, ``loss = ...``,
    a sentence's ``lr = 0.1``): names it gives a value, never a product of letters."""
    found = set()
    for formula in formulas:
        node = formula.node if formula is not None else None
        if isinstance(node, syntax.Statement):
            node = node.operands[0]
        if isinstance(node, syntax.Name) and len(node.base) > 1 and node.key[1:] == ("", ""):
            found.add(node.base)
    return frozenset(found)


def _juxtaposed(formula: Formula | None, letters: frozenset[str], named: frozenset[str]) -> Formula | None:
    """The formula with each bare run of letters the note writes one by one read as their product, as TeX sets
    it (``ax`` is a x where a and x are the note's names); a word with a letter the note never writes alone
    (``loss``), a word the note gives a value (``named``: ``lr := 0.1``) and a function's name (``loss(x)``)
    stay names."""
    if formula is None or formula.node is None:
        return formula

    def letters_of(node: syntax.Node) -> list[syntax.Node] | None:
        if not (isinstance(node, syntax.Name) and node.key[1:] == ("", "") and len(node.base) > 1):
            return None
        word = node.base
        if not (word.isascii() and set(word) <= letters) or word in syntax.WORDS or word in syntax.OPERATOR_WORDS:
            return None
        if word in _WORDS_AS_NAMES or word in named:
            return None
        if not re.search(rf"(?<![\\A-Za-z]){word}(?![A-Za-z])", formula.text):
            return None  # \pi, \phi: a command's name, not letters typed one after another
        if re.search(rf"\\(?:operatorname|text[a-z]*|math[a-z]+)\s*{{{word}}}", formula.text):
            return None  # \operatorname{kl}, \mathrm{ab}: a word set as one
        return [syntax.Name(node.position, letter) for letter in word]

    def times(factors: list[syntax.Node]) -> syntax.Node:
        result = factors[0]
        for factor in factors[1:]:
            result = syntax.Binary(factor.position, "*", result, factor)
        return result

    def product(node: syntax.Node) -> syntax.Node | None:
        if isinstance(node, syntax.Call):
            return replace(node, arguments=tuple(rebuilt(a, product) for a in node.arguments),
                           given=tuple(rebuilt(g, product) for g in node.given))  # fmt: skip
        if isinstance(node, syntax.Power) and letters_of(node.base) is not None:  # ab^2 is a b^2, as TeX sets it
            word = node.base.base
            bare = re.search(rf"(?<![\\A-Za-z]){word}\s*\^", formula.text)
            if bare is None:
                return None  # (ab)^2: the power of the product, its letters split below
            if re.search(rf"{word}\s*(?:\\right\s*)?[)\]}}]\s*\^", formula.text):
                return node  # ab^2 and (ab)^2 both written: which this is, the tree does not say
            *first, last = letters_of(node.base)
            return times([*first, replace(node, base=last, exponent=rebuilt(node.exponent, product))])
        factors = letters_of(node)
        return times(factors) if factors is not None else None

    return replace(formula, node=rebuilt(formula.node, product))


#: Words right after a name that call it a function ("$f$ is a convex function", "Let $f$ and $g$ be smooth
#: functions", "$\\sigma$ is a function of $t$"; "Soit $f$ une fonction", "Sei $f$ eine Funktion"; 是函数, は関数,
#: 는 함수), or right before it ("the function $g$", "for any functions $f$ and $g$", "la fonction $g$").
_FUNCTION_WORD = (
    r"(?:functions?|fonctions?|funktion(?:en)?|funci[oó]n(?:es)?|fun[çc][ãa]o|fun[çc][õo]es|funzion[ei]|maps?"
    r"|mappings?|applications?|abbildung(?:en)?|activations?|networks?|nets?|r[ée]seaux?|netz(?:e|werk)?|red(?:es)?"
    r"|functionals?|fonctionnelles?|sigmo[iï]d\w*|logistic|softmax|softplus|tanh|relu|denoisers?|encoders?|decoders?"
    r"|generators?|discriminators?|classifiers?|critics?|polic(?:y|ies)|transforms?|transformations?|filters?"
    r"|fields?|densit(?:y|ies)|energ(?:y|ies)|potentials?|nonlinearit(?:y|ies)|bijections?|diffeomorphisms?)"
)
#: The same in Chinese, Japanese and Korean.
_FUNCTION_CJK = r"(?:函数|函數|関数|함수|映射|写像|사상)"
#: After a name, the words calling it a function, or making it a function of another without the word function
#: (:data:`~diffproof.notecheck.statements.dependence_words.DEPENDS`: "$u$ depends on $s$", "$u$ varies with $s$",
#: "$u$ dépend de $s$", "$u$ is $s$-dependent"), or a name for an application ("We write $y$ for $f(x)$", "$y$
#: stands for $f(x)$", "$y$ as shorthand for $f(x)$"): written bare, it is that function's value.
_FUNCTION_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|et|und|y|和|与|と|와|과)\s*{_MATHS})*\s*(?:(?:is|be|are|denotes?|were|est|sont|soit|soient|ist|sind"
    r"|sei|seien|es|son|sea|sean|seja|sejam|é|são|sia|siano|è)\s+(?:(?:an?|the|two|both|some|any)\s+)?(?:[\w-]+\s+){0,2}"
    + _FUNCTION_WORD
    + r"\b"
    r"|(?:an?|une?|des|deux|eine?|zwei|una?|unas?|unos?|dos|uma|um)\s+(?:[\w-]+\s+)?" + _FUNCTION_WORD + r"\b"
    r"|(?:是|为|為|は|는|은)\s*(?:一个|一個)?[\u4e00-\u9fff]{0,3}"
    + _FUNCTION_CJK
    + r"|"
    + DEPENDS
    + rf"|(?:is|are|be)\s+(?:(?:an?|the)\s+)?{_MATHS}\s*{DEPENDS_AFTER}"
    + r"|(?:(?:stands?|is|are|as)\s+)?(?:(?:short(?:hand)?|an?\s+abbreviation)\s+)?for\s*\$[^$]*?\\?[A-Za-z]\s*\("
    + ")",
    re.IGNORECASE,
)
_FUNCTION_BEFORE = re.compile(
    rf"(?:\b{_FUNCTION_WORD}|{_FUNCTION_CJK})\s*(?:{_MATHS}\s*(?:,|and|et|und|y|和|与|と)\s*)*$", re.IGNORECASE
)

#: ``g \\in C^2``, ``f \\in \\mathcal{C}^\\infty``, ``h \\in L^2``: names in a space of functions.
_FUNCTION_SPACE = re.compile(
    r"(.+?)(?:\\in\s*(?:\\mathcal\s*\{?\s*)?[CL]\s*\}?\s*[\^_]"
    r"|(?<!:)(?::|\\colon)(?![=:]).*?\\(?:to|rightarrow|longrightarrow|mapsto)(?![A-Za-z]))"  # f: \mathbb{R} \to \mathbb{R}
)


def _names_alone(node: syntax.Node | None, names: frozenset[Key]) -> bool:
    """Whether a formula is one of ``names`` alone, or a relation of one alone (``g \\in C^2``): where a sentence
    names a function, not a number."""
    operands = node.operands if isinstance(node, syntax.Statement) else (node,)
    return any(isinstance(operand, syntax.Name) and operand.key in names for operand in operands)


def _functions_in_words(notes: Notes) -> frozenset[tuple[str, str, str]]:
    """The one-letter names a sentence calls functions, in words set right beside them, or puts in a space of
    functions (``g \\in C^2``)."""
    found = set()
    for inline in notes.inline:
        around = _words_around(inline)
        space = _FUNCTION_SPACE.match(inline.text.strip())
        if space is None and (
            around is None or not (_FUNCTION_AFTER.search(around[1]) or _FUNCTION_BEFORE.search(around[0]))
        ):
            continue
        listed = _variables(space.group(1) if space is not None else inline.text, inline.line).node
        for name in listed.arguments if isinstance(listed, syntax.Call) else ():
            if isinstance(name, syntax.Name):
                found.add(name.key)
    return frozenset(found)


#: A plain E applied, as an energy is written (``\\exp(-E(x))``), not ``\\mathbb{E}``.
_PLAIN_E_APPLIED = re.compile(r"(?<![\\A-Za-z{])E\s*(?:\\left\s*)?\(")
_E_APPLIED = re.compile(r"\s*(?:\\(?:mathbb|mathbf|mathrm|operatorname)\s*\{\s*E\s*\}|E)\s*(?:\\left\s*)?\(")


def _defines_e(item: Stated) -> bool:
    """Whether the equation ``item`` writes ``E(x)``, of a variable alone, and ``x`` outside it: E is then a
    function, since an expectation over ``x`` no longer depends on it (``E(x) = x^2``, an energy;
    ``p(x) = \\exp(-E(x)) / Z``).  ``E(x + y) = E(x) + E(y)`` keeps no x outside an E."""
    sides = [f.node for f in (item.name, item.body) if f is not None and f.node is not None]
    if len(sides) != 2 or not (_E_APPLIED.match(item.name.text) or _PLAIN_E_APPLIED.search(item.text)):
        return False
    applied = [
        n
        for side in sides
        for n in nodes(side)
        if isinstance(n, syntax.Expectation)
        and n.operator == "E"
        and n.measure is None
        and not n.variables
        and n.given is None
        and isinstance(n.body, syntax.Name)  # E(a x + b) = a E(x) + b keeps its parameters outside
    ]
    binding = (syntax.Expectation, syntax.Integral, syntax.Series)  # E(x) = \\int x p(x) dx binds its x again
    outside = set().union(
        *(
            keys_in(rebuilt(side, lambda node: syntax.Number(0, "0") if isinstance(node, binding) else None))
            for side in sides
        )
    )
    return any(e.body.key in outside for e in applied)
