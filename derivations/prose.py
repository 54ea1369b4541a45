"""Prose with plain-text maths, as LaTeX (and as Unicode for PDF bookmarks).

The catalogue, the checker and the numeric checks describe themselves in
sentences that carry maths in the plain-text notation of this project (the
one ``diffproof check`` reads)::

    the forward posterior q(x_(t-1) | x_t, x_0) is Gaussian
    a late step: alpha_t = 49/50, abar_(t-1) = 1/20

:func:`prose_latex` writes such a sentence as LaTeX text with its maths in
``$...$``: ``q(\\mathbf{x}_{t-1} \\mid \\mathbf{x}_t, \\mathbf{x}_0)``,
``\\bar\\alpha_{t-1} = 1/20``.  What is maths is decided token by token by the
rules a reader applies, not by a list of sentences:

* a name with a subscript or superscript (``x_0``, ``sigma_q^2``), a Greek
  letter (``omega``), a single letter other than the articles *a*, *A* and the
  pronoun *I*, an application ``f(...)``, ``E[...]``, and a relation or operator
  (``=``, ``<=``, ``~``, ``->``, ``+``, ``||``) are maths;
* a function name (``log``, ``grad``, ``sqrt``), an article, a number or an
  acronym (``ELBO``) is maths next to maths, as a word is next to a relation;
* a bracketed group is maths when everything in it is;
* ``$...$`` is LaTeX already and is kept as written, so an author can always
  say exactly what they mean.

Words stay text; ``e.g.``, possessives (``Bayes'``), hyphenated words
(``z-test``) and code names (``add_noise``) are recognised as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sympy.printing.latex import translate

from derivations.symbols import LATEX_NAMES

# ------------------------------------------------------------------- notation


def _symbol_names() -> dict[str, str]:
    """Each symbol's name (as written in prose, subscripts in braces) and its LaTeX; scalars over matrices."""
    names: dict[str, str] = {}
    for symbol, tex in sorted(LATEX_NAMES.items(), key=lambda item: not item[0].is_Symbol):
        names.setdefault(symbol.name, tex)
    return names


#: Names of the notation: every declared symbol, and the spellings prose uses for them.
NAMES = {
    **_symbol_names(),
    "eps": r"\boldsymbol{\epsilon}",
    "epsilon": r"\boldsymbol{\epsilon}",
    "abar": r"\bar\alpha",
    "xhat": r"\hat{\mathbf{x}}",
    "I": r"\mathbf{I}",
}

#: Functions and operators written by name, with their LaTeX; maths when applied to something.
FUNCTIONS = {
    "sqrt": r"\sqrt",
    "exp": r"\exp",
    "log": r"\log",
    "ln": r"\ln",
    "grad": r"\nabla",
    "sum": r"\sum",
    "prod": r"\prod",
    "det": r"\det",
    "tr": r"\operatorname{tr}",
    "sigmoid": r"\operatorname{sigmoid}",
    "tanh": r"\tanh",
    "sin": r"\sin",
    "cos": r"\cos",
    "tan": r"\tan",
    "min": r"\min",
    "max": r"\max",
}

#: Letters that name an operator when applied: E[...], N(...), KL(...).
APPLIED = {
    "E": r"\mathbb{E}",
    "N": r"\mathcal{N}",
    "U": r"\mathcal{U}",
    "KL": r"D_{\mathrm{KL}}",
}

#: Single letters that are English words unless maths surrounds them.
ARTICLES = {"a", "A", "I"}

#: Operators that are maths wherever they stand, with their LaTeX.
OPERATORS = {
    "=d": r"\overset{d}{=}",
    "<=": r"\le",
    ">=": r"\ge",
    "->": r"\to",
    "||": r"\|",
    "..": r"\dots",
    "=": "=",
    "<": "<",
    ">": ">",
    "~": r"\sim",
    "+": "+",
    "*": r"\ast",
}
#: Operators that are maths only next to maths (``trace / log-det`` is prose).
WEAK_OPERATORS = {"-": "-", "/": "/", "|": "|"}

_UNICODE_GREEK = dict(
    zip(
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega".split(),
        "αβγδεζηθικλμνξπρστυφχψω",
    )
)
_UNICODE_GREEK.update(
    {"Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ"}
)
_UNICODE_GREEK.update({"Omega": "Ω", "eps": "ε", "abar": "ᾱ", "xhat": "x̂", "grad": "∇", "sqrt": "√", "sum": "∑"})
_UNICODE_OPERATORS = {"=d": "=ᵈ", "<=": "≤", ">=": "≥", "->": "→", "||": "‖", "..": "…", "~": "∼", "*": "∗", "-": "−"}
_SUBSCRIPTS = str.maketrans("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUPERSCRIPTS = str.maketrans("0123456789+-=()nT*", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀ*")

# --------------------------------------------------------------------- tokens

_SCRIPT = r"(?:\{[^{}]*\}|\([^()]*\)|[A-Za-z0-9]+|\*)"
_TOKEN = re.compile(
    r"""
    (?P<math>\$(?:[^$\\]|\\[^$])*\$)
  | (?P<possessive>'s(?![A-Za-z]))
  | (?P<abbreviation>(?:\b[A-Za-z]\.){2,})
  | (?P<compound>[A-Za-z0-9]+(?:-[A-Za-z][A-Za-z0-9]*)+)
  | (?P<number>\d+(?:\.\d+)?(?:e[+-]?\d+)?)
  | (?P<ident>[A-Za-z][A-Za-z0-9]*(?:[_^]"""
    + _SCRIPT
    + r""")*)
  | (?P<operator>=d(?![A-Za-z0-9])|<=|>=|->|\|\||\.\.|[=<>~+*\-/|^])
  | (?P<open>[(\[{])
  | (?P<close>[)\]}])
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE,
)


@dataclass
class Node:
    """A token of prose, or a bracketed group of them; ``math`` is decided by :func:`_classify`."""

    kind: str
    text: str
    children: list[Node] = field(default_factory=list)
    close: str = ""
    script: str = ""  # a ^ or _ script written after a closing bracket: (x - c)^2
    applied: Node | None = None  # the group a name is applied to: f(...), E[...]
    math: bool = False

    @property
    def significant(self) -> bool:
        return self.kind != "space"


def _tokens(text: str) -> list[Node]:
    """The tokens of ``text``; ``**`` is a power, as in Python and the plain-text notation (``u**2``)."""
    return [Node(match.lastgroup, match.group()) for match in _TOKEN.finditer(text.replace("**", "^"))]


def _nest(tokens: list[Node]) -> list[Node]:
    """Brackets as groups; a name directly followed by an open bracket applied to it; scripts after groups."""
    stack: list[list[Node]] = [[]]
    opens: list[Node] = []
    for token in tokens:
        if token.kind == "open":
            group = Node("group", token.text)
            stack[-1].append(group)
            opens.append(group)
            stack.append(group.children)
        elif token.kind == "close" and opens and _MATCHING[opens[-1].text] == token.text:
            opens.pop().close = token.text
            stack.pop()
        else:
            stack[-1].append(token)
    while opens:  # an unclosed bracket: its group stays open, which the renderers respect
        opens.pop()
        stack.pop()
    return _attach(stack[0])


_MATCHING = {"(": ")", "[": "]", "{": "}"}


def _attach(nodes: list[Node]) -> list[Node]:
    """Join ``name(group)`` into an application and ``(group)^2`` into a scripted group, recursively."""
    out: list[Node] = []
    index = 0
    while index < len(nodes):
        node = nodes[index]
        node.children = _attach(node.children)
        following = _at(nodes, index + 1)
        group = node
        if node.kind == "ident" and following is not None and following.kind == "group" and following.text in "([":
            following.children = _attach(following.children)
            node.applied = group = following
            index += 1
        if group.kind == "group":
            caret, script = _at(nodes, index + 1), _at(nodes, index + 2)
            if caret is not None and caret.kind == "operator" and caret.text == "^" and script is not None:
                if script.kind in ("number", "ident"):
                    group.script = "^" + script.text
                    index += 2
        out.append(node)
        index += 1
    return out


def _at(nodes: list[Node], index: int) -> Node | None:
    return nodes[index] if index < len(nodes) else None


# ---------------------------------------------------------------- classifying

_CODE = re.compile(r"^[a-z]{2,}(?:_[a-z]{2,})+$")


def _base(ident: str) -> str:
    return re.split(r"[_^]", ident, maxsplit=1)[0]


def _is_code(node: Node) -> bool:
    """``add_noise``: lowercase words joined by underscores, none of them notation."""
    return bool(_CODE.match(node.text)) and not any(part in NAMES or part in _GREEK for part in node.text.split("_"))


def _is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper() and text.isalpha()


def _is_differential(text: str) -> bool:
    """dx, dt, dw: d and one letter."""
    return len(text) == 2 and text[0] == "d" and text[1].isalpha()


_GREEK = set(_UNICODE_GREEK) - {"grad", "sqrt", "xhat", "sum"}


def _is_times(nodes: list[Node], index: int) -> bool:
    """The x of ``2 x 2``: a lone x between two numbers."""
    before, after = _at(nodes, index - 2) if index >= 2 else None, _at(nodes, index + 2)
    return (
        nodes[index].text == "x"
        and before is not None
        and after is not None
        and before.kind == after.kind == "number"
        and _spaced(nodes, index)
    )


def _is_negative_number(nodes: list[Node], index: int) -> bool:
    """A minus sign written against a number after a space or at the start: ``at -1.54``."""
    node, after = nodes[index], _at(nodes, index + 1)
    before = nodes[index - 1] if index else None
    return (
        node.kind == "operator"
        and node.text == "-"
        and after is not None
        and after.kind == "number"
        and (before is None or before.kind == "space" or (before.kind == "other" and before.text in ",(["))
    )


def _certain(node: Node) -> bool:
    """Maths whatever surrounds it."""
    if node.kind == "math" or (node.kind == "number" and "e" in node.text):
        return True
    if node.kind == "operator":
        return node.text in OPERATORS
    if node.kind == "compound":
        return node.text.endswith("-bar") and len(node.text) <= len("dw-bar")
    if node.kind != "ident" or _is_code(node):
        return False
    if node.applied is not None:
        return True
    name = node.text
    if name != _base(name):
        return True
    return name in _GREEK or (len(name) == 1 and name not in ARTICLES) or (name in NAMES and name not in ARTICLES)


def _classify(nodes: list[Node]) -> None:
    """Decide which nodes are maths: the certain ones, then what their neighbourhood pulls in, to a fixed point."""
    for index, node in enumerate(nodes):
        for inner in (node.children, node.applied.children if node.applied else []):
            _classify(inner)
        node.math = _certain(node) or (node.kind == "group" and _group_is_math(node))
        if node.kind == "ident" and _is_times(nodes, index):
            node.kind, node.text = "times", "x"
        if _is_negative_number(nodes, index):  # "at -1.54": a minus sign, not a dash
            node.kind, node.math = "sign", True
    significant = [node for node in nodes if node.significant]
    changed = True
    while changed:
        changed = False
        for index, node in enumerate(significant):
            if not node.math and _pulled_in(node, significant, index):
                node.math = changed = True


def _group_is_math(group: Node) -> bool:
    """A bracket of maths, or of two or more numbers (``[0, 1]``, a matrix), but not ``(2022)``."""
    inside = [n for n in group.children if n.significant]
    allowed = all(
        n.math or n.kind == "number" or (n.kind == "other" and n.text == ",") or n.text in WEAK_OPERATORS
        for n in inside
    )
    numbers = sum(n.kind == "number" for n in inside)
    return bool(inside) and allowed and (any(n.math for n in inside) or numbers > 1)


def _pulled_in(node: Node, nodes: list[Node], index: int) -> bool:
    """Whether ``node`` joins the maths beside it (``nodes`` are the significant ones)."""
    before, after = _at(nodes, index - 1) if index else None, _at(nodes, index + 1)
    neighbours = [n for n in (before, after) if n is not None and n.math]
    if not neighbours:
        return False
    text = node.text
    if node.kind == "times" or (node.kind == "operator" and text in WEAK_OPERATORS):
        return True
    if node.kind == "number":
        return True
    if node.kind not in ("ident", "compound") or _is_code(node):
        return False
    # a word beside a relation or operator that has maths on its other side: Evidence = ELBO + KL(...)
    by_operator = (before is not None and _operates(before, _at(nodes, index - 2) if index > 1 else None)) or (
        after is not None and _operates(after, _at(nodes, index + 2))
    )
    if _is_acronym(text):  # ELBO = ..., SNR(t-1) - ...
        return any(n.kind == "operator" for n in neighbours)
    if text in ARTICLES:  # "a eps_1 + b", "= a x", "tr A", not "a v prediction" or "a 2 x 2 table"
        beyond = _at(nodes, index + 2)
        after_function = before is not None and before.math and before.text in FUNCTIONS
        return (
            by_operator
            or after_function
            or (
                after is not None
                and after.math
                and after.kind != "number"
                and beyond is not None
                and beyond.kind == "operator"
            )
        )
    if text in FUNCTIONS:  # "grad log p", not "log of a product"
        return by_operator or (after is not None and after.math and after.kind != "operator")
    if _is_differential(text):
        return True
    return by_operator


def _operates(operator: Node, other_side: Node | None) -> bool:
    """A relation or operator in the maths with maths on its other side."""
    return operator.kind == "operator" and operator.math and other_side is not None and other_side.math


# ------------------------------------------------------------------ rendering


def _script_latex(script: str, mark: str) -> str:
    """A subscript or superscript as written (``t``, ``{t-1}``, ``(t-1)``, ``ij``, ``T``), in LaTeX."""
    inner = script[1:-1] if script[:1] in "({" else script
    if mark == "^" and inner == "T":
        return r"\top"
    if inner == "*":
        return "*"
    if inner.isalpha() and inner not in NAMES and inner not in _GREEK and len(inner) > 1:
        return inner  # indices: t_ij
    return _math_latex(_parsed(inner))


def _split_scripts(name: str) -> tuple[str, list[tuple[str, str]]]:
    """The base name and its scripts; a subscript on a subscript is nested: ``grad_x_t`` is grad with x_t."""
    base = _base(name)
    scripts = re.findall(r"([_^])(" + _SCRIPT + ")", name[len(base) :])
    nested: list[tuple[str, str]] = []
    for mark, script in scripts:
        if mark == "_" and nested and nested[-1][0] == "_":
            nested[-1] = ("_", "{" + _unbraced(nested[-1][1]) + "_" + script + "}")
        else:
            nested.append((mark, script))
    return base, nested


def _unbraced(script: str) -> str:
    return script[1:-1] if script[:1] in "({" else script


def _normalized(name: str) -> str:
    """``abar_(t-1)`` and ``abar_{t-1}`` as the symbol table spells them: ``abar_{t-1}``."""
    base, scripts = _split_scripts(name)
    parts = []
    for mark, script in scripts:
        inner = script[1:-1] if script[:1] in "({" else script
        parts.append(f"{mark}{{{inner}}}" if len(inner) > 1 and not inner.isalpha() else f"{mark}{inner}")
    return base + "".join(parts)


def _base_latex(base: str) -> str:
    if base in NAMES:
        return NAMES[base]
    if base in FUNCTIONS:
        return FUNCTIONS[base]
    if base in _GREEK:
        return translate(base)
    if len(base) == 1:
        return base
    if _is_differential(base):
        return base
    if _is_acronym(base) or any(char.isupper() for char in base[1:]):
        return rf"\mathrm{{{base}}}"
    return rf"\text{{{base}}}"


#: Spellings of a base name that the symbol table knows under another: eps_1 is epsilon_1.
ALIASES = {"eps": "epsilon"}


def _ident_latex(name: str) -> str:
    base = _base(name)
    if base in ALIASES:
        name = ALIASES[base] + name[len(base) :]
    normalized = _normalized(name)
    base, scripts = _split_scripts(name)
    subscripts = [s for mark, s in scripts if mark == "_"]
    for known in (normalized, _normalized(base + "".join(f"_{s}" for s in subscripts[:1]))):
        if known in NAMES and known != base:
            rest = scripts[1:] if known != normalized else []
            return NAMES[known] + "".join(f"{mark}{{{_script_latex(s, mark)}}}" for mark, s in rest)
    tex = _base_latex(base)
    for mark, script in scripts:
        tex += f"{mark}{{{_script_latex(script, mark)}}}"
    return tex


def _applied_latex(node: Node) -> str:
    """``f(...)``, ``sqrt(...)`` as ``\\sqrt{...}``, ``E[...]``, ``N(...)``, ``KL(q || p)``."""
    group = node.applied
    base, scripts = _split_scripts(node.text)
    inner = _math_latex(group.children, conditioning=True)
    if base == "sqrt" and not scripts and group.text == "(":
        return rf"\sqrt{{{inner}}}"
    head = APPLIED[base] if base in APPLIED else _ident_latex(base)
    head += "".join(f"{mark}{{{_script_latex(s, mark)}}}" for mark, s in scripts)
    return head + _bracketed(group, inner)


def _bracketed(group: Node, inner: str) -> str:
    if _is_matrix(group):
        rows = [" & ".join(_math_latex(cell) for cell in _cells(row[0].children)) for row in _cells(group.children)]
        return r"\begin{pmatrix}" + r" \\ ".join(rows) + r"\end{pmatrix}"
    opening = {"(": "(", "[": "[", "{": r"\{"}[group.text]
    closing = {")": ")", "]": "]", "}": r"\}", "": ""}[group.close]
    tex = f"{opening}{inner}{closing}"
    if group.script:
        tex += f"{group.script[0]}{{{_script_latex(group.script[1:], group.script[0])}}}"
    return tex


def _cells(nodes: list[Node]) -> list[list[Node]]:
    cells: list[list[Node]] = [[]]
    for node in nodes:
        if node.kind == "other" and node.text == ",":
            cells.append([])
        elif node.significant:
            cells[-1].append(node)
    return cells


def _is_matrix(group: Node) -> bool:
    """``[[1, 2], [3, 4]]``: a bracket of equally long brackets."""
    if group.text != "[":
        return False
    rows = _cells(group.children)
    if len(rows) < 2 or not all(len(row) == 1 and row[0].kind == "group" and row[0].text == "[" for row in rows):
        return False
    return len({len(_cells(row[0].children)) for row in rows}) == 1


def _node_latex(node: Node, previous: Node | None) -> str:
    kind, text = node.kind, node.text
    if kind == "math":
        return text[1:-1]
    if kind == "space":
        return " "
    if kind == "times":
        return r"\times"
    if kind == "sign":
        return "-"
    if kind == "operator":
        return OPERATORS.get(text) or WEAK_OPERATORS.get(text) or text
    if kind == "number":
        return _number_latex(text)
    if kind == "group":
        return _bracketed(node, _math_latex(node.children))
    if kind == "compound" and text.endswith("-bar"):
        space = r"\," if previous is not None and previous.kind in ("ident", "group", "number") else ""
        return space + _bar_latex(text[: -len("-bar")])
    if kind == "compound":
        return rf"\text{{{text}}}"
    if kind == "ident":
        tex = _applied_latex(node) if node.applied is not None else _ident_latex(text)
        if _is_differential(_base(text)) and previous is not None and previous.kind in ("ident", "group", "number"):
            tex = r"\," + tex
        return tex
    return _escape_math(text)


def _bar_latex(name: str) -> str:
    """``w-bar`` as \\bar{w}; ``dw-bar`` as d\\bar{w}."""
    if _is_differential(name):
        return rf"d\bar{{{name[1]}}}"
    return rf"\bar{{{_ident_latex(name)}}}"


def _number_latex(text: str) -> str:
    mantissa, _, exponent = text.partition("e")
    if not exponent:
        return text
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def _escape_math(text: str) -> str:
    return {"&": r"\&", "%": r"\%", "#": r"\#", "'": "'", "$": r"\$", "\\": r"\backslash "}.get(text, text)


def _math_latex(nodes: Sequence[Node], conditioning: bool = False) -> str:
    """Nodes as LaTeX maths (the inside of ``$...$``).

    A bar between spaces, or directly inside an application (``q(z|x)``, when ``conditioning``),
    is the conditioning bar ``\\mid``; otherwise it is an absolute value's (``|R_T|``).
    """
    parts, previous = [], None
    for index, node in enumerate(nodes):
        if node.kind == "operator" and node.text == "|":
            parts.append(r"\mid" if conditioning or _spaced(nodes, index) else "|")
        else:
            parts.append(_node_latex(node, previous))
        if node.significant:
            previous = node
    joined = ""
    for part in parts:  # a control word and a letter after it stay apart: \dots i, not \dotsi
        if re.search(r"\\[A-Za-z]+$", joined) and part[:1].isalpha():
            joined += " "
        joined += part
    return re.sub(r"\s+", " ", joined).strip()


def _parsed(text: str) -> list[Node]:
    nodes = _nest(_tokens(text))
    _classify(nodes)
    return nodes


# ------------------------------------------------------------------- text side

_TEXT_ESCAPES = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\textunderscore{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}


def escape_text(text: str) -> str:
    """Plain ``text`` as LaTeX text: every special character written as a text-mode command."""
    return "".join(_TEXT_ESCAPES.get(char, char) for char in text)


Link = Callable[[str], str | None]


@dataclass(frozen=True)
class Flavour:
    """How a sentence is written out: its words, its runs of maths, a dash, and how it is put together."""

    words: Callable[[str], str]  # plain words and punctuation
    code: Callable[[str], str]  # a code name: add_noise
    math: Callable[[str], str]  # a run of maths, given as LaTeX maths
    dash: str
    link: Link | None = None


def _html_escape(words: str) -> str:
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


_WORDS = re.compile("\x02([^\x02\x03]*)\x03")


def _mathjax_words(words: str) -> str:
    """Words marked so that neighbours join into one ``\\text{...}`` (see :func:`prose_mathjax`)."""
    return "\x02" + words.replace("\\", "").replace("{", "(").replace("}", ")") + "\x03"


#: LaTeX text with maths in $...$ (documents).
LATEX = Flavour(escape_text, lambda name: rf"\texttt{{{escape_text(name)}}}", lambda tex: f"${tex}$", "--")
#: LaTeX maths with the words in \text{...} (MathJax displays in Jupyter).
MATHJAX = Flavour(_mathjax_words, lambda name: rf"\texttt{{{name}}}", lambda tex: tex, r"\text{--}")
#: HTML with maths in \(...\), which MathJax typesets in Jupyter.
HTML = Flavour(
    _html_escape, lambda name: f"<code>{_html_escape(name)}</code>", lambda tex: rf"\({_html_escape(tex)}\)", "&ndash;"
)


def _text(node: Node, flavour: Flavour) -> str:
    if node.kind in ("ident", "compound") and flavour.link is not None:
        linked = flavour.link(node.text)
        if linked is not None:
            return linked
    if node.kind == "ident" and _is_code(node):
        return flavour.code(node.text)
    if node.kind == "group":
        return flavour.words(node.text) + _runs(node.children, flavour) + flavour.words(node.close)
    if node.kind == "ident" and node.applied is not None:
        return _text(Node("ident", node.text), flavour) + _text(node.applied, flavour)
    return flavour.words(node.text)


def _runs(nodes: list[Node], flavour: Flavour) -> str:
    """Words and runs of maths; spaces between two pieces of maths stay inside the run."""
    out: list[str] = []
    run: list[Node] = []
    pending: list[Node] = []  # spaces after a run, kept in it only if more maths follows

    def flush() -> None:
        if run:
            out.append(flavour.math(_math_latex(run)))
            run.clear()
        out.extend(_text(space, flavour) for space in pending)
        pending.clear()

    for index, node in enumerate(nodes):
        if node.math:
            apposition = node.kind == "group" and pending and run[-1].kind == "number"  # d = 2 (Sigma_i = ...)
            if run and not apposition:
                run.extend(pending)
                pending.clear()
            else:
                flush()
            run.append(node)
        elif node.kind == "space" and run:
            pending.append(node)
        elif node.kind == "operator" and node.text == "-" and (_spaced(nodes, index) or _range(nodes, index)):
            flush()
            out.append(flavour.dash)  # a dash in prose, or a range of numbers: eqs. 34--45
        else:
            flush()
            out.append(_text(node, flavour))
    flush()
    return "".join(out)


def _range(nodes: list[Node], index: int) -> bool:
    before, after = _at(nodes, index - 1) if index else None, _at(nodes, index + 1)
    return before is not None and after is not None and before.kind == after.kind == "number"


def _spaced(nodes: list[Node], index: int) -> bool:
    return 0 < index < len(nodes) - 1 and nodes[index - 1].kind == "space" and nodes[index + 1].kind == "space"


def render(text: str, flavour: Flavour, *, capitalize: bool = False) -> str:
    """``text`` written out in ``flavour``; with ``capitalize`` its first letter is capitalised when the
    sentence starts with a word (``base case t = 1`` becomes ``Base case $t = 1$``; ``x_0 from ...``
    stays as it is)."""
    nodes = _parsed(text)
    if capitalize:
        first = next((n for n in nodes if n.significant), None)
        if first is not None and not first.math and first.kind in ("ident", "compound") and first.text[:1].islower():
            if flavour.link is None or flavour.link(first.text) is None:
                first.text = first.text[0].upper() + first.text[1:]
    return _runs(nodes, flavour)


def prose_latex(text: str, *, link: Link | None = None, capitalize: bool = False) -> str:
    """``text`` as LaTeX text, its maths in ``$...$``; ``link(word)`` may turn a word into a link."""
    flavour = LATEX if link is None else Flavour(LATEX.words, LATEX.code, LATEX.math, LATEX.dash, link)
    return render(text, flavour, capitalize=capitalize)


def prose_mathjax(text: str, *, capitalize: bool = False) -> str:
    """``text`` as LaTeX maths for MathJax: its words in ``\\text{...}``, its maths as maths."""
    marked = render(text, MATHJAX, capitalize=capitalize).replace("\x03\x02", "")
    return _WORDS.sub(lambda match: rf"\text{{{match.group(1)}}}", marked)


def prose_html(text: str, *, capitalize: bool = False) -> str:
    """``text`` as HTML, its maths in ``\\(...\\)`` for MathJax."""
    return render(text, HTML, capitalize=capitalize)


def prose_math(text: str) -> str:
    """``text`` read entirely as maths (a subscript, a formula without words), as LaTeX maths."""
    return _math_latex(_parsed(text))


# -------------------------------------------------------------------- unicode


def prose_unicode(text: str) -> str:
    """``text`` for a PDF bookmark: maths in Unicode (``q(xₜ | x₀)``, ``ᾱₜ``, ``σ²``), no TeX markup."""
    nodes = _parsed(text)
    return "".join(_unicode(node) for node in nodes)


def _unicode(node: Node) -> str:
    if node.kind == "math":
        return re.sub(r"\\[A-Za-z]+|[{}$\\]", "", node.text)
    if node.kind == "group":
        script = _unicode_script(node.script[1:], "^") if node.script else ""
        return node.text + "".join(_unicode(child) for child in node.children) + node.close + script
    if node.kind == "operator" and node.math:
        return _UNICODE_OPERATORS.get(node.text, node.text)
    if node.kind == "ident" and not _is_code(node):
        base, scripts = _split_scripts(node.text)
        tex = _UNICODE_GREEK.get(base, base) if node.math else base
        for mark, script in scripts:
            tex += _unicode_script(script, mark)
        if node.applied is not None:
            tex += _unicode(node.applied)
        return tex
    if node.kind == "ident" and node.applied is not None:
        return node.text + _unicode(node.applied)
    return node.text


def _unicode_script(script: str, mark: str) -> str:
    """A script in Unicode sub- or superscript characters where they all exist, else ``_t`` or ``^(...)``."""
    inner = script[1:-1] if script[:1] in "({" else script
    table = _SUBSCRIPTS if mark == "_" else _SUPERSCRIPTS
    converted = inner.translate(table)
    if all(char in _SCRIPT_CHARACTERS for char in converted):
        return converted
    inner = "".join(_UNICODE_GREEK.get(part, part) for part in re.split(r"([A-Za-z]+)", inner))
    return mark + (inner if len(inner) == 1 else f"({inner})")


_SCRIPT_CHARACTERS = set("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀ*")
