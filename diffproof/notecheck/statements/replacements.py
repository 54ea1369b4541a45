"""A quantity replaced by another in words ("replacing $A$ by $B$", "$A$ を $B$ で代替すると"): the display right
after the sentence is read with A = B.

A careful reader takes "replace A by B" as a statement about the next display only: it is written under A = B.  So
each step of that display is read with A's written occurrences set to B (``\\sigma_\\theta^2(x_t, t)`` and, one value,
the bare ``\\sigma_\\theta^2`` are ``\\sigma_t^2``), where that is exact: A is a name N (bare or applied) to a power
p, every occurrence of N in the step is N, or N applied to A's arguments, to a multiple of that power (so that it is
a power of A), B does not write N, and N is no index of the display.  The step read so writes N nowhere: a
counterexample to it gives N a value at which A = B, and it must meet what the note's laws and words say of N, read
with A = B too (a law's positive variance sigma_theta^2 is sigma_t^2 > 0 there).  A step whose N is also written
otherwise, or reached through a statement made outside the display (a law written with N), or said of in words A =
B does not rewrite, or a bare A's name written before a parenthesis (lambda(t) beside "replacing lambda by 1"), is
left as written, and A = B only relates its names (no counterexample about them is trusted).  Definitions made in
the display are read under A = B too, for its steps only; a display that defines N itself is not read under it.

The sentence replaces A by B where its words say so in one of the forms of :data:`FORMS`, plainly, now, as the
note's own step, as an equality, for the display right after it: a replacement denied or supposed ("we cannot
replace", "without replacing", 置き換えずに, "if $a$ is replaced"), contrasted, put before or after the display,
restricted to a case, given to another work, judged, approximate, said of another display or followed by a second
clause (:data:`_NOT_PLAIN`, :data:`_OWN_SUBJECT`), B named a bound or an estimate of A (:data:`_NOT_EQUAL`), or one
of several pairs in the sentence (a swap) is none, and the display is judged as if no replacement were said.  Its
display is the first after it, with nothing said between them (the sentence ends the prose before it); a later
display is not read under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.notecheck.applications import ever_applied
from diffproof.notecheck.chains import same
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import Formula, Stated, parse
from diffproof.notecheck.statements.hedges import _HYPOTHETICAL
from diffproof.notecheck.statements.sentences import _MATHS, _NEGATED, _prose_lines, _words_around, _words_of
from diffproof.notecheck.vocabulary import keys_in, nodes, rebuilt
from diffproof.notes import Inline, Notes


@dataclass(frozen=True)
class Replacement:
    """A sentence's "replace A by B" (its line and words), and the display it governs (its first and last lines)."""

    line: int
    sentence: str
    replaced: syntax.Node
    by: syntax.Node
    first: int
    last: int
    text: str

    def governs(self, line: int) -> bool:
        return self.first <= line <= self.last

    @property
    def name(self) -> syntax.Name | None:
        """The name N of A = N^p (N bare or applied), or None where A is no such power."""
        form = _power_form(self.replaced)
        if form is None:
            return None
        return form[0].name if isinstance(form[0], syntax.Call) else form[0]

    @property
    def how(self) -> str:
        """How a step of its display is read, for the reading's account."""
        return f"read with {self.text}, as line {self.line} replaces it in words for this display"

    @property
    def relation(self) -> Stated:
        """A = B as a relation of its names, for the display's steps not read under it."""
        statement = syntax.Statement(0, ("=",), (self.replaced, self.by))
        return Stated("relation", self.line, self.text, Formula(self.text, self.line, statement), None, "inline",
                      until=self.last)  # fmt: skip


#: A few words naming what a maths stands for ("the model's variance", "a scalar"): no maths, no clause's end.
_NP = r"(?P<np>(?:[^\W\d][\w'’-]*\s+){0,4})"
_NP2 = _NP.replace("np", "np2")
#: The same in Chinese, Japanese and Korean, where a modifier stands before its noun ("パラメータに依存しないスカラー").
_CJK_NP = r"(?P<np>[^$。．.!?！？;；]{0,40}?)"
_CJK_NP2 = _CJK_NP.replace("np", "np2")
_JA_VERBS = r"(?:代替|置き換え|置きかえ|置き替え|置換|差し替え|代用)"
_ZH_VERBS = r"(?:代替|替换|替代|代换|取代)"
_KO_VERBS = r"(?:대체|치환|바꾸|바꿔|교체)"

#: The forms of "replace A by B", each as (words before the first maths, words between the two, words after the
#: second, whether the first maths is the one replaced): English "replace (replacing) A by/with B", "A (is)
#: replaced by B", "substituting B for A", "with (using) B in place of A", "setting A to B"; Japanese "AをBで代替
#: (置き換え, 置換)すると"; Chinese "用B代替(替换)A", "将(把)A替换为B"; Korean "A를 B로 대체(치환)하면"; French "en
#: remplaçant A par B"; German "ersetzt man A durch B", "A durch B ersetzt".  The words between the two maths are
#: the form's own and a noun phrase naming the second (``np2``; in Chinese, Japanese and Korean a modifier before
#: its noun, "パラメータに依存しないスカラー"): a denial is read in the words around the form only (a noun phrase's
#: "does not depend" denies nothing of the verb).
FORMS: tuple[tuple[re.Pattern, re.Pattern, re.Pattern, bool], ...] = tuple(
    (re.compile(before, re.IGNORECASE), re.compile(between, re.IGNORECASE), re.compile(after), first_replaced)
    for before, between, after, first_replaced in (
        (rf"\breplac(?:e|es|ing)\s+{_NP}$", rf"^\s*(?:by|with)\s+{_NP2}$", r"", True),
        (r"$", rf"^\s*(?:(?:is|are|being|gets?)\s+)?replaced\s+(?:by|with)\s+{_NP2}$", r"", True),
        (rf"\bsubstitut(?:e|es|ing)\s+{_NP}$", rf"^\s*for\s+{_NP2}$", r"", False),
        (rf"\b(?:with|using|taking)\s+{_NP}$", rf"^\s*in\s+place\s+of\s+{_NP2}$", r"", False),
        (rf"\bset(?:s|ting)?\s+{_NP}$", rf"^\s*(?:equal\s+)?to\s+{_NP2}$", r"", True),
        (r"$", rf"^\s*(?:を|は)\s*[、，,]?\s*{_CJK_NP2}$", rf"^\s*(?:で|に|と)\s*{_JA_VERBS}", True),
        (rf"用\s*{_CJK_NP}$", rf"^\s*(?:来|去)?\s*{_ZH_VERBS}\s*{_CJK_NP2}$", r"", False),
        (rf"(?:将|把)\s*{_CJK_NP}$", rf"^\s*{_ZH_VERBS}?(?:为|成)\s*{_CJK_NP2}$", r"", True),
        (r"$", rf"^\s*(?:를|을)\s*,?\s*{_CJK_NP2}$", rf"^\s*(?:으로|로)\s*{_KO_VERBS}", True),
        (rf"\brempla[çc]\w*\s+{_NP}$", rf"^\s*par\s+{_NP2}$", r"", True),
        (rf"\bersetz\w*\s+(?:(?:man|wir)\s+)?{_NP}$", rf"^\s*durch\s+{_NP2}$", r"", True),
        (r"$", rf"^\s*durch\s+{_NP2}$", r"^\s*ersetz", True),
    )
)

#: Words that refuse, suppose or would undo what a sentence says, beside the denials of :data:`_NEGATED` and the
#: hypotheses of :data:`_HYPOTHETICAL`: "were to", "would", "could", "suppose", "whether", "undo"; French "sans",
#: "si"; German "würde", "könnte"; Japanese もし, 仮に; Chinese 假设; Korean 만약.
_REFUSED = re.compile(
    r"\b(?:were|would|could|should|suppos\w*|imagin\w*|whether|undo\w*|revert\w*|sans|si|s['’]il|würde\w*|könnte\w*)\b"
    r"|もし|仮に|假设|만약",
    re.IGNORECASE,
)

#: Words by which a sentence says its replacement otherwise than as the note's own plain step, now, for the display
#: right after it, in each language the forms read: a contrast ("but we keep $a$", "unlike", "whereas", mais,
#: jedoch, 但, しかし, 하지만); a time or an order that sets the display apart from it ("before", "later",
#: "postpone", avant, später, 之前, 前に, 나중에; "we will replace" has no subject of :data:`_OWN_SUBJECT`); a case
#: it is restricted to ("in the limit", "asymptotically", "for large", "in practice", 极限, 極限); another's work
#: ("[3]", "\cite", "et al.", "the paper", "the authors", "who", "they", "it is common", 文献, 論文, 논문); a
#: judgement of it ("unjustified", "heuristic", "crude"); an approximation ("approximately", "roughly", "to first
#: order", 近似, 근사); another display named ("the second display below", "the previous equation", "in (2)",
#: "above", ci-dessus, oben; not "the following identity", the display after it); and a second clause after it
#: (";"), which the display is then said of.  Each reads nothing: the display is judged as if no replacement were
#: said.
_NOT_PLAIN = re.compile(
    r"\b(?:but|however|although|though|yet|whereas|unlike|contrary|in\s+contrast|nevertheless|nonetheless"
    r"|on\s+the\s+other\s+hand|otherwise|mais|cependant|pourtant|contrairement|tandis|alors\s+que|aber|jedoch|doch"
    r"|im\s+Gegensatz|wohingegen"
    r"|before|later|postpon\w*|defer\w*|delay\w*|until|till|eventually|afterwards|subsequently|avant|plus\s+tard"
    r"|bevor|vorher|später|zuvor"
    r"|limit\w*|asymptot\w*|for\s+(?:large|small|big|finite|infinite|many|few)|in\s+(?:the\s+)?case|special\s+case"
    r"|particular\s+case|only\s+(?:if|when|for|in)|in\s+practice|limite|Grenz\w*"
    r"|et\s+al|\\cite\w*|paper|article|authors?|who|they|their|them|others|literature|common\w*|customar\w*"
    r"|conventional\w*|usually|typically|often|traditional\w*|auteurs?|ils|elles|Autoren|Artikel"
    r"|unjustif\w*|unwarrant\w*|questionab\w*|dubious|doubtful|crude\w*|sloppy|illegitimat\w*|unfounded|heuristic\w*"
    r"|inexact\w*|imprecis\w*|inaccura\w*"
    r"|approximat\w*|roughly|to\s+(?:first|leading|second|lowest|higher)\s+order|näherungsweise|Näherung\w*"
    r"|(?:second|third|fourth|fifth|later|earlier|previous|preceding)\s+(?:[^\W\d]\w*\s+)?(?:display|equation"
    r"|formula|line|row|step|expression|identity|section|chapter|appendix)s?|above|ci-dessus|oben)\b"
    r"|\bin\s+(?:eq\w*\.?\s*)?\(\s*\d+\s*\)"
    r"|\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|\\(?:eq)?ref\b|[;；]"
    r"|但|然而|不过|不過|しかし|けれど|だが|一方|하지만|그러나|반면|지만"
    r"|之前|以前|稍后|稍後|前に|後で|後ほど|のちほど|전에|나중에|极限|極限|漸近|渐近|극한"
    r"|文献|文獻|論文|论文|作者|著者|他们|他們|彼ら|저자|논문|近似|근사",
    re.IGNORECASE,
)

#: Nouns by which the words naming A or B make B a bound, an estimate or an approximation of A, not its value: "its
#: lower bound", "its estimate", "a proxy", "the sample mean", "its mean" (a random A by its mean), French borne,
#: estimation, German Schranke, Schätzer, Japanese 推定, 上界, Chinese 估计, 下界, Korean 추정, 하한: A = B is then
#: not what the display is written under.
_NOT_EQUAL = re.compile(
    r"\b(?:bound\w*|estimat\w*|approximat\w*|proxy|proxies|surrogate\w*|guess\w*|sample\w*|empirical\w*|upper"
    r"|lower|majorant|minorant|supremum|infimum|maximum|minimum|limit\w*|asymptot\w*|truncat\w*|relax\w*"
    r"|(?:its|their)\s+(?:\w+\s+)?(?:mean|average|expectation|expected\s+value|mode|median|typical\s+value)"
    r"|borne\w*|estim\w*|Schranke\w*|Sch[äa]tz\w*|Näherung\w*|Mittelwert\w*)\b"
    r"|推定|估计|估計|近似|上界|下界|上限|下限|平均|期待値|期望|추정|근사|상한|하한|평균",
    re.IGNORECASE,
)

#: What may stand before a finite "replace(s)", "substitute(s)", "set(s)": the note's own subject ("we", "one",
#: "let us"; none, an imperative), after the sentence's start or a comma-bounded lead-in, with adverbs of
#: sequence around it ("Here we now replace").  Any other subject ("the paper replaces", "who replace", "in the
#: limit one replaces") says the replacement is another's or restricted.
_OWN_SUBJECT = re.compile(
    r"(?:^|[,:])\s*(?:(?:now|then|next|finally|here|so|thus|hence|therefore|again|also|further\w*|moreover"
    r"|similarly|likewise)\s*,?\s+)*(?:(?:we|one|i|you|let\s+us|let['’]s)\s+)?(?:(?:now|then|next|finally|here"
    r"|also|simply|further|again|first|can|may|must)\s+)*$",
    re.IGNORECASE,
)
#: The finite verbs of the English forms (their participles, "replacing", have the main clause's subject).
_FINITE = re.compile(r"\b(?:replaces?|substitutes?|sets?)\s", re.IGNORECASE)


def replacements(notes: Notes) -> tuple[Replacement, ...]:
    """Every replacement the note's sentences make, with the display each governs: none of a sentence that
    replaces several pairs ("$a$ by $b$ and $b$ by $a$": a swap, not a = b)."""
    found = []
    lines = _prose_lines(notes)
    pairs = [(first, second) for first, second in zip(notes.inline, notes.inline[1:])
             if first.sentence == second.sentence and first.sentence]  # fmt: skip
    for first, second in pairs:
        pair = _replaced(first, second) if _pairs(first.sentence) == 1 else None
        display = _display_after(notes, second, lines) if pair is not None else None
        if pair is None or display is None:
            continue
        replaced, by = pair
        found.append(Replacement(second.line, second.sentence, replaced.node, by.node, *display,
                                 f"{replaced.text.strip()} = {by.text.strip()}"))  # fmt: skip
    return tuple(found)


def _between(first: Inline, second: Inline) -> tuple[str, str, str] | None:
    """The words of one sentence before ``first``, between it and ``second`` and after ``second`` (its maths one
    after the other); None where they are not found, or the same maths stands twice."""
    around_first, around_second = _words_around(first), _words_around(second)
    if around_first is None or around_second is None:
        return None
    end = len(first.sentence) - len(around_first[1])
    if end > len(around_second[0]):
        return None  # the same maths twice in the sentence: which is which is not read
    return around_first[0], first.sentence[end : len(around_second[0])], around_second[1]


def _pairs(sentence: str) -> int:
    """How many pairs of maths, one right after the other, a sentence joins by a form's words ("$a$ by $b$",
    "$a$を$b$"), the same maths written twice counted each time."""
    spans = list(re.finditer(_MATHS, sentence))
    return sum(
        any(between.search(sentence[one.end() : other.start()]) for _, between, _, _ in FORMS)
        for one, other in zip(spans, spans[1:])
    )


def _replaced(first: Inline, second: Inline) -> tuple[Formula, Formula] | None:
    """The maths replaced and the maths replacing it, where the words around ``first`` and ``second`` (one
    sentence's maths, one after the other) replace one by the other, plainly; else None."""
    words = _between(first, second)
    if words is None:
        return None
    before, between, after = words
    for before_form, between_form, after_form, first_replaced in FORMS:
        said = [form.search(text) for form, text in ((before_form, before), (between_form, between))]
        if not all(said) or not after_form.search(after):
            continue
        if not _plain(before[: said[0].start()], after, said):
            return None  # refused, hedged, another's, restricted or no equality: no replacement
        formulas = parse(first.text, first.line), parse(second.text, second.line)
        if any(f.node is None for f in formulas):
            return None
        return formulas if first_replaced else formulas[::-1]
    return None


def _plain(lead: str, after: str, said: list[re.Match]) -> bool:
    """Whether a form's words ``said`` (its verb and noun phrases), with the sentence's words before (``lead``) and
    after them, replace plainly: no denial, hypothesis or refusal around the form (a noun phrase's "does not
    depend" denies nothing of the verb), no word of :data:`_NOT_PLAIN`, noun phrases naming no bound or estimate
    (:data:`_NOT_EQUAL`), and a finite verb's subject the note's own (:data:`_OWN_SUBJECT`)."""
    words = f"{lead} {after}"
    if _NEGATED.search(_words_of(words)) or _HYPOTHETICAL.search(words) or _REFUSED.search(words):
        return False
    if _NOT_PLAIN.search(_words_of(words)):
        return False
    named = " ".join(match.groupdict().get(group) or "" for match in said for group in ("np", "np2"))
    if _NOT_EQUAL.search(named):
        return False
    return not _FINITE.match(said[0].group()) or bool(_OWN_SUBJECT.search(lead))


def _display_after(notes: Notes, inline: Inline, lines: dict[int, str]) -> tuple[int, int] | None:
    """The first and last lines of the display right after the sentence of ``inline``, where the sentence is the
    last thing said before it; else None."""
    after = [(first, last) for first, last in notes.displays if first > inline.line]
    if not after:
        return None
    first, last = min(after)
    text = "\n".join(lines.get(n, "") for n in range(inline.line, first))
    tail = " ".join(inline.sentence.split())[-16:]
    return (first, last) if " ".join(text.split()).endswith(tail) else None


def rewritten(sides: tuple[Formula, Formula], replacement: Replacement) -> tuple[Formula, Formula] | None:
    """The sides of a step of the display ``replacement`` governs, read with A = B (see the module's docstring),
    or None where that reading is not exact (the replaced name written otherwise, or an index there)."""
    if any(f.node is None for f in sides):
        return None
    form = _power_form(replacement.replaced)
    if form is None:
        return None
    target, power = form
    name = replacement.name
    if name.key in keys_in(replacement.by) or _an_index(name, sides) or _applied(target, sides):
        return None
    new = []
    for side in sides:
        node = rebuilt(side.node, lambda n: _as_replaced(n, target, power, replacement.by))
        if name.key in keys_in(node):
            return None  # N written otherwise than as a power of A: A = B does not give its value
        new.append(Formula(side.text, side.line, node))
    return new[0], new[1]


def writes_replaced(node: syntax.Node, replacement: Replacement) -> bool:
    """Whether ``node`` writes the value A's name has in A: the name bare, or applied as A applies it (or, for a
    bare A, applied at all: the bare name may be that function's value).  N applied elsewhere (sigma_theta(x_1, 1)
    beside A = sigma_theta^2(x_t, t)) is another value, which A = B says nothing of."""
    form = _power_form(replacement.replaced)
    if form is None:
        return False
    target = form[0]
    name = target.name if isinstance(target, syntax.Call) else target
    calls = [n for n in nodes(node) if isinstance(n, syntax.Call) and same(n.name, name)]
    if isinstance(target, syntax.Name) and calls:
        return True
    applied = {id(call.name) for call in calls}
    bare = any(isinstance(n, syntax.Name) and id(n) not in applied and same(n, name) for n in nodes(node))
    return bare or any(same(call, target) for call in calls)


def _power_form(node: syntax.Node) -> tuple[syntax.Node, int] | None:
    """A = N^p as (N, written bare or applied, p); None for any other maths."""
    power = 1
    if isinstance(node, syntax.Power):
        exponent = value(node.exponent)
        if exponent is None or not exponent.is_integer or exponent < 1:
            return None
        node, power = node.base, int(exponent)
    if isinstance(node, syntax.Name) or (isinstance(node, syntax.Call) and isinstance(node.name, syntax.Name)):
        return node, power
    return None


def _as_replaced(node: syntax.Node, target: syntax.Node, power: int, by: syntax.Node) -> syntax.Node | None:
    """B^k for N^(k p) (N as A writes it, or bare beside an applied A: one value), or None."""
    exponent = 1
    if isinstance(node, syntax.Power):
        written = value(node.exponent)
        if written is None or not written.is_integer:
            return None
        node, exponent = node.base, int(written)
    if not _one_value(node, target) or exponent % power:
        return None
    times = exponent // power
    if times == 1:
        return by
    count = syntax.Number(0, str(abs(times)))
    return syntax.Power(0, by, count if times > 0 else syntax.Negative(0, count))


def _one_value(node: syntax.Node, target: syntax.Node) -> bool:
    """Whether ``node`` is the value ``target`` writes: itself, or its bare name beside an applied ``target``."""
    if isinstance(target, syntax.Call):
        return same(node, target) or (isinstance(node, syntax.Name) and same(node, target.name))
    return same(node, target)


def _applied(target: syntax.Node, sides: tuple[Formula, Formula]) -> bool:
    """Whether a bare A's name is applied in ``sides``, or written right before a parenthesis (lambda(t) beside
    "replacing lambda by 1": lambda applied, or lambda times t): B in its place would be B applied or B times
    (1(t), read as t), which is no value A = B gives."""
    if not isinstance(target, syntax.Name):
        return False
    calls = any(isinstance(n, syntax.Call) and same(n.name, target) for side in sides for n in nodes(side.node))
    return calls or target.key in ever_applied(((side.text, side.node) for side in sides), constants=True)


def _an_index(name: syntax.Name, sides: tuple[Formula, Formula]) -> bool:
    """Whether ``name`` (a bare letter) is written as an index in ``sides`` (t in x_t): a position, whose
    replacement in its bare occurrences only would split one value in two."""
    if name.index or name.decoration:
        return False
    letter = re.compile(rf"(?<![A-Za-z]){re.escape(name.base)}(?![A-Za-z])")
    return any(
        isinstance(n, syntax.Name) and letter.search(n.index) for side in sides for n in nodes(side.node)
    ) or any(isinstance(n, syntax.Series) for side in sides for n in nodes(side.node))
