"""The cases a step is said in: a condition written beside it, the orders an arrow makes it follow from, what the
sentence going on after its display restricts it to, and a value given beside the step before it."""

from __future__ import annotations

import re
from dataclasses import replace

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.overrides import overridden
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.statements.hedges import RESTRICTING
from diffproof.notecheck.statements.orders import MATHS_SAYS_MORE
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import relations as written_relations
from diffproof.notes.steps import membership_order

#: A word in a condition's text (letters not part of a command): "excluded", "not", "for all".
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")


def case_beside(remark: str, line: int) -> Stated | None:
    """The condition written beside a step (``\\sqrt{x^2} = x, \\quad x \\ge 0``) as a relation the note states
    there, or None where there is none or it cannot be read."""
    if not RESTRICTING.search(remark.strip()) or MATHS_SAYS_MORE.search(remark) or _WORD.search(remark):
        return None  # \text{not } h + k > 0, "h + k > 0 excluded": words that may say anything of it
    try:
        node = syntax.parse(remark, notes=True)
    except InvalidAnswer:
        return None
    return Stated("relation", line, f"{remark} beside the step", Formula(remark, line, node), None, "case")


#: The orders a step may state, as the parser writes them.
_ORDER_WRITTEN = {"<": "<", ">": ">", "<=": "\\le", ">=": "\\ge"}


def _antecedents(timeline: Timeline, index: int) -> tuple[list[Stated], str, list[int]]:
    """The orders an arrow (or "if ... then", "so") makes step ``index`` follow from (``h + k > 0 \\implies |h + k|
    = h + k``): every step before it on its row joined to it that way, each a condition the step is claimed under;
    the first of them that is neither such an order, a definition the display uses nor an equation (``h + k \\ne 0``,
    ``h + k \\nless 0``), whose names no counterexample is then trusted about, else ""; and the equations that define
    nothing (``h + k = 1``, ``x + x = 2x``), which restrict the step unless they are identities."""
    steps = timeline.notes.steps
    step = steps[index]
    found: list[Stated] = []
    equations: list[int] = []
    if not (step.implication or step.consequence):
        return found, "", equations
    unread = ""
    before = index - 1
    while before >= 0 and (steps[before].implication or steps[before].consequence) and steps[before].line == step.line:
        earlier = steps[before]
        before -= 1
        written = f"{earlier.lhs} {earlier.shown} {earlier.rhs}"
        if timeline.introduces[before + 1] is not None:  # x = 3 \implies x^2 = 9: x is 3 in the display
            continue
        if earlier.relation.value == "=":  # x + x = 2x, and hence ...: restricts nothing if an identity
            equations.append(before + 1)
            continue
        if earlier.relation.value not in _ORDER_WRITTEN:
            unread = unread or written
            continue
        case = case_beside(f"{earlier.lhs} {_ORDER_WRITTEN[earlier.relation.value]} {earlier.rhs}", step.line)
        if case is None:
            unread = unread or written
        else:
            found.append(case)
    return found, unread, equations


#: Words that open a restriction of the display before them when the sentence goes on after it (``$$ |h + k| =
#: h + k $$ unless $h + k < 0$.``, "provided", "whenever", "for", "if"; "sauf si", "sofern", "salvo si").
_RESTRICTION_AFTER = re.compile(
    r"(unless|except(?:\s+(?:when|if|for|where))?|if|only\s+if|provided(?:\s+that)?|providing|whenever|when|for"
    r"|(?:as|so)\s+long\s+as|given(?:\s+that)?|assuming(?:\s+that)?|but\s+only|sauf(?:\s+si)?|si|pour|lorsque"
    r"|quand|pourvu\s+que|falls|wenn|sofern|außer|au(?:ss|ß)er\s+wenn|für|salvo(?:\s+si)?|cuando|para|siempre\s+que)"
    r"(?![\w])"
)


#: Words that open, after a display, a condition it is claimed under or a reason it holds, read as the restriction
#: words are where an order in maths follows alone: "iff", "in the case", "since", "because" (the reason is stated,
#: so the step is claimed where it holds), "as"; "si et seulement si", "puisque", "weil", "ya que" (not "da", "car":
#: words of other meanings in other languages).  Other words before an order are not read (:func:`_relating`: the
#: sentence leaves the counterexample untrusted); these words before no order restrict nothing ("since we use it
#: below").
_CONDITION_WORDS = (
    r"(?P<iff>iff|if\s+and\s+only\s+if|(?:exactly|precisely|just)\s+(?:when|if)|si\s+et\s+seulement\s+si"
    r"|genau\s+dann,?\s+wenn|si\s+y\s+s[oó]lo\s+si|se\s+e\s+solo\s+se)"
    r"|in\s+(?:the\s+)?case(?:\s+(?:that|where|when))?|in\s+the\s+(?:region|regime|range|domain)|since|because"
    r"|as|seeing\s+that|dans\s+le\s+cas\s+o[uù]|puisque|im\s+Fall(?:e)?|weil|en\s+el\s+caso(?:\s+de)?"
    r"(?:\s+que)?|ya\s+que|porque|puesto\s+que|dado\s+que|poich[eé]|dato\s+che|visto\s+che"
)


#: Words going on after a display that say where it fails or holds only ("fails unless", "is false whenever", "holds
#: only for", "does not hold if"): its claim is not the plain equation, and no counterexample to it is trusted.
_FAILS_AFTER = re.compile(
    r"(?:fails?|is\s+(?:false|wrong|incorrect|invalid)|(?:does\s+not|doesn't|need\s+not)\s+hold|breaks(?:\s+down)?"
    r"|holds?\s+only|is\s+(?:true|valid|correct)\s+only|only\s+holds?)\b"
)


#: The restriction a sentence after a display states plainly: its word, then one order in maths, then its end.
_PLAIN_RESTRICTION = re.compile(
    r"(?P<word>unless|if|provided(?:\s+that)?|whenever|when|for|(?:as|so)\s+long\s+as|given(?:\s+that)?"
    r"|assuming(?:\s+that)?|si|pour|lorsque|quand|falls|wenn|sofern|für|cuando|para|" + _CONDITION_WORDS + r")"
    r"\s+(?:\$(?P<maths>[^$]+)\$|\\\((?P<paren>.+?)\\\))\s*(?:here|there|ici|hier|aqu[ií]|qui)?\s*[.,;]?"
)


#: A sentence of its own after a display that says it holds under a condition or for a reason: "This holds because
#: ...", "The identity is valid only if ...", "It is true when ..." (read by :func:`said_after` where its maths
#: relates the step's names: not as a condition, but no counterexample is trusted under it).
_BACK_TO_DISPLAY = re.compile(
    r"^(?:this|it|that|the\s+(?:above|last|previous|identity|equation|equality|step|relation)|above)\b[^.;!?]*?"
    r"\b(?:because|since|as|iff|if|when|whenever|unless|provided|given|assuming|only|where|for)\b",
    re.IGNORECASE,
)


#: What a condition read after a display says when its word made it one side of an equivalence ("iff"): a proof
#: under it proves that side alone.
EQUIVALENCE_AFTER = "(said after the display, iff)"


#: A relation in a sentence's maths: an order, an equation, a membership, a limit.
_RELATION_IN_MATHS = re.compile(
    rf"\\(?:{'|'.join(sorted((re.escape(w[1:]) for w in written_relations.WORDS), key=len, reverse=True))}"
    rf"|to|in|notin|neq?|approx|sim|simeq|ll|gg|subset(?:eq)?|forall|rightarrow|downarrow|uparrow)(?![A-Za-z])"
    rf"|[{''.join(re.escape(c) for c in written_relations.CHARACTERS if len(c) == 1)}∈∉→∀≈]"
)


_INLINE_MATHS = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")


#: The negation of an order, for "unless": h + k < 0 excluded leaves h + k >= 0.
_NEGATED = {"<": "\\ge", ">": "\\le", "\\le": ">", "\\leq": ">", "\\ge": "<", "\\geq": "<", "≤": ">", "≥": "<"}


_ONE_ORDER = re.compile(r"([^<>≤≥]+?)\s*(<|>|\\leq?|\\geq?|≤|≥)(?![A-Za-z=])\s*([^<>≤≥]+)")


#: Where a display's last line ends it: the text after it on that line is the sentence going on.
_DISPLAY_CLOSE = re.compile(r"\$\$|\\\]|\\end\s*\{[^{}]*\}")


def said_after(timeline: Timeline, index: int) -> tuple[list[Stated], str]:
    """What the sentence going on right after the display of step ``index`` restricts it to (``$$ |h + k| = h + k
    $$ unless $h + k < 0$.``, "iff", "in the case", "since" a reason stated): its order as a condition the step is
    claimed under ("unless" its negation; "iff" one side of an equivalence, :data:`EQUIVALENCE_AFTER`); where the
    words are not read so ("for all", "except when", two orders), or other words go on to relate the step's names
    in maths (:func:`_relating`), the sentence itself, under which no counterexample is trusted; else nothing
    ("which we use below").  The sentence continues the display's only when it starts in lower case after it; a
    capital starts a sentence of its own, which restricts nothing unless it goes back to the display for a reason
    or a condition relating the step's names (:data:`_BACK_TO_DISPLAY`, "This holds because $h + k \\ge 0$."):
    then no counterexample is trusted."""
    notes = timeline.notes
    step = notes.steps[index]
    last = next((end for first, end in notes.displays if first <= step.line <= end), None)
    if last is None:
        return [], ""
    lines: dict[int, str] = {}
    for item in notes.prose:
        for number, text in enumerate(item.text.split("\n")):
            lines.setdefault(item.line + number, text)
    closing = list(_DISPLAY_CLOSE.finditer(lines.get(last, "")))
    tail = lines.get(last, "")[closing[-1].end() :] if closing else ""
    following = tail if tail.strip() else lines.get(last + 1, "")
    if following is lines.get(last + 1) and not tail.strip():
        number = last + 2
        while lines.get(number, "").strip() and not re.search(r"[.;:!?]\s*$", following):
            following += " " + lines[number]  # the sentence runs on over lines
            number += 1
    words = following.strip()
    sentence = re.split(r"(?<=[.;!?])\s+(?=[A-Z])", words)[0]
    if not words[:1].islower():  # "This holds because $h + k \ge 0$.": a sentence of its own, back to the display
        back = _BACK_TO_DISPLAY.search(sentence) and _relating(timeline, index, sentence)
        return [], sentence if back else ""
    opened = _RESTRICTION_AFTER.match(words)
    if opened is None and _FAILS_AFTER.match(words):  # "fails unless $h + k \ge 0$"
        return [], sentence
    plain = _PLAIN_RESTRICTION.fullmatch(sentence)
    if plain is None:  # "for all", "except when", two orders; "iff" or "since" before words, or other words
        return [], sentence if opened is not None or _relating(timeline, index, sentence) else ""
    maths = (plain.group("maths") or plain.group("paren")).strip()
    if plain.group("word") == "unless":
        one = _ONE_ORDER.fullmatch(maths)
        if one is None:
            return [], sentence
        maths = f"{one.group(1)} {_NEGATED[one.group(2)]} {one.group(3)}"
    member = re.fullmatch(r"(.+?)\s*(?:\\in(?![A-Za-z])|∈)\s*(.+)", maths)
    if member is not None:  # for $h + k \in (0, 1)$: the order it states, if an interval's
        maths = membership_order(member.group(1).strip(), member.group(2).strip()) or ""
        if not maths:
            return [], sentence
    case = case_beside(maths, step.line)
    if case is None:
        return [], sentence
    said = EQUIVALENCE_AFTER if plain.group("iff") else "(said after the display)"
    return [replace(case, text=f"{maths} {said}")], ""


def _relating(timeline: Timeline, index: int, sentence: str) -> bool:
    """Whether a sentence going on after the display of step ``index`` relates the step's names in its maths (an
    order, an equation, a membership, a limit: ``in the half-plane $h + k \\ge 0$``, ``so that $h = k$``), which
    its words, not read, may make a condition of the step; maths not parsed is taken to relate them."""
    step_names = {
        (node.base, node.decoration)
        for side in timeline.sides[index]
        if side.node is not None
        for node in nodes(side.node)
        if isinstance(node, syntax.Name)
    }
    for found in _INLINE_MATHS.finditer(sentence):
        maths = found.group(1) or found.group(2)
        if not _RELATION_IN_MATHS.search(maths):
            continue
        try:
            statement = syntax.parse(maths, notes=True)
        except (InvalidAnswer, RecursionError):
            return True
        named = {
            (node.base, node.decoration)
            for operand in statement.operands
            for node in nodes(operand)
            if isinstance(node, syntax.Name)
        }
        if named & step_names:
            return True
    return False


def value_beside(timeline: Timeline, index: int) -> bool:
    """Whether step ``index`` gives a name a value (``\\alpha_T = 0``, a number alone on its right) beside another
    step on its row (``\\sqrt{\\alpha_T} x_{T-1} = 0, \\quad \\alpha_T = 0``), not continuing it (its left side is not
    the right side before it) nor joined to it by an arrow: the case the step before it is claimed in."""
    steps = timeline.notes.steps
    step, before = steps[index], steps[index - 1] if index else None
    if before is None or before.line != step.line or step.implication or step.relation.value != "=":
        return False
    if " ".join(before.rhs.split()) == " ".join(step.lhs.split()):
        return False  # a = b = 0: a chain
    lhs, rhs = timeline.sides[index]
    if not (isinstance(lhs.node, syntax.Name) and rhs.node is not None):
        return False
    return not any(isinstance(n, syntax.Name) for n in nodes(rhs.node))


def leaves_conventions(case: Stated) -> bool:
    """Whether a condition written beside a step bounds one of its names beyond the name's convention (``\\sigma <
    0``, ``\\alpha_t > 2``), as the same relation in a sentence would lift the convention."""
    return bool(overridden([replace(case, origin="inline")]))
