"""The maths a sentence sets inline: the definitions, laws and relations it states, and the formulas it
writes."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck import set_brackets
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import NOISES
from diffproof.notecheck.enumerations import enumeration
from diffproof.notecheck.numbers import convention, real_set, says_its_convention
from diffproof.notecheck.statements.densities import _into_marginals, _marginals, ties_laws
from diffproof.notecheck.statements.formulas import Formula, Stated, _mentions, _variables, defined_name, parse
from diffproof.notecheck.statements.indices import (
    _INDEX_LETTERS,
    _integer_range,
    _narrowed_indices,
    _size,
    indices_only,
)
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import relations as written_relations
from diffproof.notes.steps import HALF_LINE, membership_order

#: ``\\sim`` with words set over or under it (``\\overset{\\text{iid}}{\\sim}``, ``\\stackrel{i.i.d.}{\\sim}``).
_STACKED_SIM = re.compile(r"\\(?:overset|stackrel|underset)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*\\sim\s*\}")

#: Variables listed in parentheses, ``(x, y)``.
_PARENTHESES = re.compile(r"^\(([^()]*)\)$")

#: A range written out as its members: ``x_{1:T} = x_1, \\cdots, x_T`` (the reader's own notation for x_{1:T}).
_RANGE_LISTED = re.compile(
    r"^\s*(?P<name>\\?[A-Za-z]+)_\{(?P<first>[^:{}]+):(?P<last>[^{}]+)\}\s*=\s*(?P=name)_\{?(?P=first)\}?\s*,.*,"
    r"\s*(?P=name)_\{?(?P=last)\}?\s*$"
)


def _inline(text: str, line: int, next_display: int | None = None) -> list[Stated]:
    """Definitions, laws and relations set in a sentence: each top-level ``name = body``, ``name := body``,
    ``vars \\sim law``, bound or membership.  A condition on indices alone (``t = T``, ``i^2 = -1``) holds for
    the display after the sentence (``next_display`` is its last line), not for the whole note."""
    if _RANGE_LISTED.match(text):  # x_{1:T} = x_1, \cdots, x_T: the range's notation, which the reader knows
        return []
    found = []
    text = _STACKED_SIM.sub(r"\\sim ", written_relations.as_parsed(text))  # t \overset{\text{iid}}{\sim} U(0, 1): a law
    for piece in _variables_joined([_turned_round(piece) for piece in _listed_ends(text)]):
        left, sep, right = piece.partition("\\sim")
        if sep and left.strip() and right.strip() and "=" not in left:
            law = Stated("law", line, piece, _variables(left, line), parse(right, line), "inline")
            if law.body.node is not None and _marginals(law.body.node):  # (x, y) ~ p(x) p(y): independence
                listed = _variables(_PARENTHESES.sub(r"\1", left.strip()), line)
                law = Stated("relation", line, piece, listed, None, "inline")
            found.append(law)
            continue
        sign = _DEFINES.search(piece)
        if sign is not None:  # c := 3: a definition, whatever its body
            name_text, body_text = piece[: sign.start()], piece[sign.end() :]
            found.append(Stated("definition", line, piece, parse(name_text, line), parse(body_text, line), "inline"))
            continue
        member = MEMBER.match(piece)
        if member is not None and _EITHER_HALF_LINE.search(member.group(2)):
            member = None  # x \\in \\mathbb{R}_+: a set not read (below)
        if member is not None:  # t \\in [0, 1]: reals, not an index; \\beta_t \\in (0, 1) is the convention's
            names = parse(member.group(1), line)
            values = real_set(member.group(2))
            written = [n for n in nodes(names.node) if isinstance(n, syntax.Name)] if names.node is not None else []
            said = values is not None and all(convention(n) is not None and values == convention(n) for n in written)
            order = _order_stated(member.group(1), member.group(2), written) if "\\{" not in piece else None
            if written and not said and order is not None:  # x \\in [-1, 1]: -1 <= x <= 1, its order
                found.append(Stated("relation", line, piece, Formula(piece, line, order), None, "inline"))
            elif written and not said:  # sigma \\in (0, 1) narrows the convention: no counterexample outside it
                signless = values is not None and not values.is_subset(sp.Interval(0, sp.oo))  # x \\in \\mathbb{R}
                unread = values is not sp.Reals and membership_order(member.group(1).strip(), member.group(2).strip(),
                                                                     named_ends=True) is None  # fmt: skip
                # a set not read as an interval may lie anywhere, at 0 or below it: no sign is presumed
                found.append(Stated("relation", line, piece, names, None, "inline", sign_unread=unread,
                                    unsigned=signless))  # fmt: skip
            continue
        try:
            statement = syntax.parse(piece, notes=True)
        except InvalidAnswer:  # a \in \mathbb{R}_{>0}, a \geqq 0: what it says of its names is not known
            found.extend(_unread_relation(piece, line))
            continue
        if not statement.relations:
            continue
        relation = Stated("relation", line, piece, Formula(piece, line, statement), None, "inline")
        if statement.relations != ("=",):
            if says_its_convention(statement.operands, statement.relations):  # Let sigma > 0: no news, unless denied
                found.append(replace(relation, origin="convention"))
                continue
            if not (indices_only(*statement.operands) and _integer_range(statement)):  # 1 \le t \le T is not news
                found.append(relation)
            else:  # T \ge 2 for the note, "for $2 \le t \le T$" for the display after it: a first step above 1
                found += _narrowed_indices(statement, piece, line, next_display)
            continue
        target, body = statement.operands
        name_text, _, body_text = piece.partition("=")
        if _joint(target):  # a chain, or a model of the joint law the kernel does not read: see Timeline._steps
            found.append(Stated("joint", line, piece, Formula(name_text, line, target), Formula(body_text, line, body),
                                "inline"))  # fmt: skip
            continue
        if indices_only(target, body) and not _size(target):  # t = T: a condition for the display after it
            condition = isinstance(target, syntax.Name)  # (i^2 = -1 says what i is, for the whole note)
            found.append(replace(relation, until=next_display if condition and next_display is not None else None))
            continue
        if _mentions(body, target):  # p(x, y) = p(x) p(y): a relation its names are read under, not a definition
            if _into_marginals(target, body):  # (Bayes' rule, a chain's factors: the kernel's own identities)
                found.append(relation)
            elif ties_laws(target, body):  # q(x, z) = p(x) q(z | x): a joint tied to another law, not read
                found.append(Stated("joint", line, piece, Formula(name_text, line, target),
                                    Formula(body_text, line, body), "inline"))  # fmt: skip
            continue
        if target is not defined_name(target) or isinstance(body, syntax.Number) or _size(target):
            found.append(relation)  # alpha_t^2 + beta_t^2 = 1, sigma = 2, T = 10^3: nothing defined, and not used
            continue
        if isinstance(target, syntax.Name) and target.base in _INDEX_LETTERS and not target.index:
            found.append(replace(relation, until=next_display if next_display is not None else line))
            continue
        found.append(Stated("definition", line, piece, Formula(name_text, line, target), Formula(body_text, line, body),
                            "inline"))  # fmt: skip
    return found


#: What may relate the names on its left to something: membership, order, and their variants; and an approximate
#: relation or an order of magnitude ("Since $\\bar\\alpha_T \\approx 0$", "$\\beta_t \\ll 1$"), which bounds its
#: names as surely as an order does, though by how much is not said.
_RELATION_SIGN = re.compile(
    r"\\(?:in|notin|subset|subseteq|[gl]eqq?|[gl]neqq?|[gl]eqslant|succ|succeq|prec|preceq|[gl]t|[gl]e|neq?"
    r"|nless|ngtr|n[gl]eq|n[gl]eqslant|approx|approxeq|thickapprox|eqsim|doteq|doteqdot|ll|gg|lll|ggg|lesssim"
    r"|gtrsim|lessapprox|gtrapprox|asymp|equiv|triangleq|simeq|cong)\b|\\not\s*[<>=]|[<>≥≤∈≠≮≯≈≊≃≪≫≲≳≍≐≡≜≅]"
)
#: The signs of :data:`_RELATION_SIGN` that only say two sides differ.
_UNEQUAL = re.compile(r"\\neq?|≠|\\not\s*=")
#: A name as a sentence's maths may write it: a letter or a command, with a subscript.
_NAME_WRITTEN = re.compile(r"(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|\w))?")


def _unread_relation(piece: str, line: int) -> list[Stated]:
    """A sentence's relation that cannot be read (``a \\in \\mathbb{R}_{>0}``, ``a \\geqq 0``, ``a \\lneq 0``, ``h
    \\nless 0``, ``\\max(h, k) < 0``, an equation ``\\epsilon = \\mathrm{sign}(x) |z|``), as a relation of the names on its left (or, where the left cannot be read
    either, of every name it writes), read as words are: nothing is used of it, no counterexample about them is
    trusted, and their conventions give way."""
    sign = _RELATION_SIGN.search(piece)
    # a decorated '=' (\overset{d}{=}: equal in law; \stackrel{def}{=}) is no equation of values
    equated = re.search(r"(?<![<>!:\\{])=", piece) if sign is None else None
    if equated is not None:  # eps_{t-1} = sign(x_{t-1}) |z_{t-1}|: a forward noise's value of the note's, unread
        noise = parse(piece[: equated.start()], line).node
        if isinstance(noise, syntax.Name) and noise.base in NOISES and (noise.index or noise.base != "z"):
            return [Stated("noise law", line, piece, Formula(piece, line, noise), None, "words")]
    if sign is None:
        names = _equation_pins(piece, equated.start(), line) if equated is not None else None
        return [Stated("unread equation", line, piece, names, None, "words")] if names is not None else []
    names = parse(piece[: sign.start()], line) if piece[: sign.start()].strip() else None
    if names is None or names.node is None:
        names = _names_written(piece, line)
    if names is None or names.node is None:
        return []
    # as words: its names' conventions give way, and none of them is presumed to have a sign, unless it only says
    # them unequal to something (x \ne 0 puts x nowhere a note without it would not)
    unequal = _UNEQUAL.fullmatch(sign.group(0)) is not None
    return [Stated("relation", line, piece, names, None, "words", sign_unread=not unequal)]


def _equation_pins(piece: str, equated: int, line: int) -> Formula | None:
    """The names an equation not read may pin: a name alone on its left (its value is not read), none where its left
    is a function or a density at a point (q(x_t | x_0) = N(...): it states that function, a law, not the values of
    its point's names), else every name it writes (sin x = 0)."""
    try:
        left = syntax.parse(piece[:equated], notes=True)
    except InvalidAnswer:
        return _names_written(piece, line)
    if isinstance(left, syntax.Statement) and not left.relations and len(left.operands) == 1:
        left = left.operands[0]
    if isinstance(left, syntax.Call):
        return None
    return parse(piece[:equated], line) if isinstance(left, syntax.Name) else _names_written(piece, line)


def _names_written(text: str, line: int) -> Formula | None:
    """The names maths that cannot be read writes (h and k in ``\\max(h, k)``), as a list, or None."""
    found = []
    for token in _NAME_WRITTEN.findall(text):
        try:
            node = syntax.parse(token, notes=True)
        except InvalidAnswer:
            continue
        node = node.operands[0] if isinstance(node, syntax.Statement) and len(node.operands) == 1 else node
        if isinstance(node, syntax.Name) and token not in found:
            found.append(token)
    return _variables(", ".join(found), line) if found else None


#: Signs that define the name on their left in a sentence (``Let $c := 3$``).
_DEFINES = re.compile(r":=|\\coloneqq?\b|\\defeq\b|\\triangleq\b|≔")
#: ``t \\in [0, 1]``, ``x \\in (0, 1)``, ``x \\in ]0, 1[``, ``\\sigma \\in \\mathbb{R}``, ``a \\in
#: \\mathbb{R}_{>0}`` (a half-line, :data:`~diffproof.notes.steps.HALF_LINE`): names in a set of reals.
MEMBER = re.compile(
    r"^\s*(?:\\left)?(?:\\\{)?\s*(.+?)\\in\s*"
    r"((?:\\left\s*)?[\[(\]][^\[\]()]*(?:\\right\s*)?[\])\[]|(?:" + HALF_LINE.pattern + r")"
    r"|\\mathbb\s*\{?\s*R\s*\}?(?!\s*\^)|\\R\b)"
    r"(?:\s*(?:\\right)?\\\}.*)?\s*$"
)
#: A half-line signed by a lone ``+`` or ``-`` (``\\mathbb{R}_+``): positive to some, nonnegative to others, so
#: whether 0 is in it is not read (a logarithm of its member is not shown to have a value).
_EITHER_HALF_LINE = re.compile(r"[_^]\s*\{?\s*[+\-−]\s*\}?\s*$")


#: A membership turned round, ``(0, 1) \\ni x`` (TeX's ``\\ni`` and ``\\owns`` print ∋): the set, then its members.
_TURNED_ROUND = re.compile(
    r"^\s*(?P<set>(?:\\left\s*)?[\[(\]][^\[\]()]*(?:\\right\s*)?[\])\[]|\\mathbb\s*\{?\s*R\s*\}?|\\R\b)\s*"
    r"(?:\\ni|\\owns)(?![A-Za-z])\s*(?P<members>.+?)\s*$|^\s*(?P<set2>.+?)\s*∋\s*(?P<members2>.+?)\s*$"
)


def _turned_round(piece: str) -> str:
    """A membership written set first, ``S \\ni x``, as it reads member first, ``x \\in S``; other pieces as they are."""
    found = _TURNED_ROUND.match(piece)
    if found is None:
        return piece
    members, values = found.group("members") or found.group("members2"), found.group("set") or found.group("set2")
    return f"{members} \\in {values}"


def _order_stated(member: str, interval: str, written: list[syntax.Name]) -> syntax.Statement | None:
    """The order a membership in an interval states (``x \\in [-1, 1]``: -1 <= x <= 1; ``(0, 1)``, ``]0, 1[``, ``[0,
    \\infty)``, ``[a, b]``), as the parser reads it; None for an index's (``t \\in [0, 1]``: t is a
    real there, not an index bounded), for a set that is no such interval, or an order that does not parse."""
    order = membership_order(member.strip(), interval.strip(), named_ends=True)
    if order is None or not written or all(n.base in _INDEX_LETTERS and not n.decoration for n in written):
        return None
    try:
        statement = syntax.parse(order, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    return statement if isinstance(statement, syntax.Statement) and statement.relations else None


def _sentence_formulas(text: str, line: int) -> list[Formula]:
    """The formulas of a sentence's maths, each side of its relations apart (unreadable pieces left out)."""
    found = []
    for piece in _top_level_split(text):
        try:
            statement = syntax.parse(piece, notes=True)
        except (InvalidAnswer, RecursionError):
            continue
        found.extend(Formula(piece, line, operand) for operand in statement.operands)
    return found


def _joint(node: syntax.Node) -> bool:
    """Whether ``node`` is a joint density of a block of variables, ``q(x_{1:T} | x_0)``."""
    arguments = node.arguments if law_letter(node) is not None else ()
    return any(isinstance(a, syntax.Name) and ":" in a.index for a in arguments)


def _top_level_split(text: str) -> list[str]:
    """``a = b, c = d`` at its top-level commas (not inside braces, brackets or parentheses, those written as
    commands too, ``\\lbrace 1, 2 \\rbrace``, nor the thin space ``\\,``)."""
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(set_brackets.as_plain_brackets(text)):
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif char == "," and depth == 0 and not _escaped(text, index):
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return [piece.replace("\\Large", " ").replace("\\large", " ").strip() for piece in pieces]


def _listed_ends(text: str) -> list[str]:
    """``text`` at its top-level commas (:func:`_top_level_split`), with the least member of an index's members
    listed with dots as a value of its own where the list does not start at it ("t = T, T-1, \\ldots, 0": t = 0
    too): the list claims what follows at both its ends, as "t = 0, \\ldots, T" does at its first (a membership,
    ``t \\in \\{T, \\ldots, 0\\}``, is one piece, read whole where the claims are)."""
    pieces = _top_level_split(text)
    listed = enumeration(text)
    if listed is None or not re.match(rf"\s*{listed.letter}\s*=\s*(?!{re.escape(listed.low)}\s*$)", pieces[0]):
        return pieces
    return [*pieces, f"{listed.letter} = {listed.low}"]


def _escaped(text: str, index: int) -> bool:
    """Whether the character at ``index`` follows an odd run of backslashes (``\\,``): a command."""
    run = len(text[:index]) - len(text[:index].rstrip("\\"))
    return run % 2 == 1


def _variables_joined(pieces: list[str]) -> list[str]:
    """The pieces of a sentence's maths with the names listed right before a law joined to it: ``x, z \\sim q``
    draws both x and z, where ``z \\sim q`` alone would leave x out; and before a membership given to each of
    them: ``x, y \\in (0, 1)`` puts both in the interval."""
    joined: list[str] = []
    names: list[str] = []
    for piece in pieces:
        if "\\sim" in piece:
            joined.append(", ".join([*names, piece]))
            names = []
        elif names and MEMBER.match(piece) is not None:  # x, y \\in (0, 1): each name listed is in the set
            member = MEMBER.match(piece)
            joined.extend(f"{name} {piece[member.end(1) :]}" for name in [*names, member.group(1).strip()])
            names = []
        elif isinstance(parse(piece, 0).node, syntax.Name):
            names.append(piece)
        else:
            joined.extend([*names, piece])
            names = []
    return joined + names
