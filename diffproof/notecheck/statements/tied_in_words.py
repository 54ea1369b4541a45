"""The pairs of names a sentence ties together in words ("Let $L$ be the loss of the model with mean $\\mu$", "the
loss $L$ of the network's mean $\\mu$", "$L$, a function of $\\mu$", "$L$ depends on $\\mu$"): one may vary with the
other, so a derivative in one does not hold the other fixed.  A tie is a dependence phrase
(:data:`~diffproof.notecheck.statements.dependence_words.DEPENDS`) or a preposition that makes one a thing of the
other (of, with, on, at, through, via; de, von, di, da) among the words between their maths, each the name
alone ("a noisy version of $p(x)$" ties nothing); words that deny it (:data:`~diffproof.notecheck.statements.dependence_words.INDEPENDENT`, "constant", "fixed", a
negation of a tie's verb) between them untie the pair, and only these: a tie is the fail-safe reading, so negation
composes ("not independent of" ties).  Either order is read: "the model with mean $\\mu$ has the loss $L$"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.statements.dependence_words import DEPENDS, DETERMINES, FUNCTION_AFTER, INDEPENDENT, VARIES_AS
from diffproof.notecheck.statements.lead_ins import _unmarked
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _words_around
from diffproof.notecheck.vocabulary import Key, keys_in
from diffproof.notes import Notes

#: Words between two maths that make one a thing of the other ("given" is not one: "$\\tilde x$ given $x$" holds x).
#: A change said of each in turn ("When $x$ changes, $y$ changes too") ties them as well; so do a shape in the
#: other ("proportional to", "linear in") and a determination ("$x$ determines $y$").
_TIE = re.compile(
    rf"\b(?:{DEPENDS}|{VARIES_AS}|{DETERMINES}|of|with|on|upon|at|through|via|de|du|des|von|vom|der|di|da|del)\b"
    r"|\b(?:chang|var(?:y|ies|ied|ying)|grow|increas|decreas|shrink|evolv|mov)\w*\s*,",
    re.IGNORECASE,
)
#: Words right after the second maths that make the first a function of it ("$y$ 是 $x$ 的函数", "$y$ は $x$ の関数"),
#: or that relate two names listed before them, up to the end of the clause or the next comma, or past a comma
#: (which may open an aside: "are, as shown above, equal") up to the next maths ("$y$ 与 $x$ 成正比", "$x$ and $y$ are
#: proportional", "... are equal", "... are the same", "sum to one", "add (up) to", "are reciprocal", "are
#: opposite", "sont égaux", "sont opposés", "sind gleich", "相等", "互为相反数", "之和为", "等しい").
_TIED_AFTER = re.compile(
    rf"^\s*{FUNCTION_AFTER}|^(?:[^.;:。；：,，、]*?|(?:(?!\\\()[^.;:。；：$])*?)"
    r"(?:\b(?:proportional|related|correlated|coupled|linked|tied|equal|identical|equivalent|coincide|coincident"
    r"|sum(?:s|med)?\s+(?:up\s+)?to|adds?\s+(?:up\s+)?to|added\s+up\s+to|cancel\w*"
    r"|reciprocals?|opposites?|complementary"
    r"|[ée]gaux|[ée]gales|identiques|gleich|identisch|iguales|id[ée]nticos|uguali"
    r"|oppos[ée]e?s|r[ée]ciproques|opuest[oa]s|rec[íi]proc[oa]s|entgegengesetzt\w*|reziprok\w*|komplement[äa]r\w*)\b"
    r"|\bthe\s+same\b(?!\s+(?!(?:for|at|in|as|when|under|across|whatever|up)\b)[A-Za-z])"  # not "the same network"
    r"|正比|反比|比例|相关|相關|有关|有關|关联|関係|関連|相関|연관|관련|비례|相等|相同|一样|一樣|等しい|同じ|같다|동일"
    r"|相反数|相反數|之和|之积|之積|互为|互為|逆数|和が|積が)",
    re.IGNORECASE,
)
#: Words between them, after the last end of a clause or a list, that say the second is held apart from the first
#: (or held: "holding $y$ fixed"); said before it ("independent of $x$ but depends on $z$") they speak of another.
_UNTIE = re.compile(
    rf"\b(?:{INDEPENDENT}|constants?|fixed|held|free|regardless(?:\s+of)?)\b|\b(?:holding|keeping)\s*$",
    re.IGNORECASE,
)
#: Words right after an untie word, up to the second name, that make it an adjective of the name's noun ("twice the free
#: parameter $x$", "the held-out input $x$", "the independent variable $x$"): one to three words, none a preposition or a
#: quantifier of a claim ("constant in $x$", "fixed for every $x$"), so the word describes x and denies no tie.
_ADJECTIVE_OF_NAME = re.compile(
    r"[-\s]+(?:(?!(?:in|of|on|upon|for|from|to|with|by|at|across|over|under|throughout|wrt|as|when|while|whatever"
    r"|given|every|all|each|any|de|du|des|von|vom|en|pour|para|por|con|mit|für|bei|zu)\b)[^\W\d_][\w-]*\s+){1,3}$",
    re.IGNORECASE,
)
#: Words of a tie that a negation right before them denies ("doesn't depend on", "is never affected by", "not
#: involving", "has no dependence on", "not relating to"): a denial of a tie is one only with its own verb.
_DENIABLE = re.compile(
    rf"\b(?:{DEPENDS}|{VARIES_AS}|{DETERMINES}|depend\w*|var(?:y|ies|ied|ying)|chang\w*|functions?|affect\w*"
    r"|influenc\w*|involv\w*|relat\w*|contain\w*|us(?:e|es|ed|ing)|comput\w*|deriv\w*|obtain\w*|d[ée]pend\w*"
    r"|h[äa]ng\w*|variier\w*)\b",
    re.IGNORECASE,
)
#: Words that make a negation widen a tie rather than deny it ("not only on", "does not depend only on", "not
#: necessarily", "nicht nur"): the tie stands.
_WIDENING = (
    r"\b(?:only|just|merely|solely|exclusively|simply|entirely|wholly|necessarily|always|exactly|quite|seulement"
    r"|uniquement|nur|allein|blo(?:ß|ss))\b"
)
#: A negation said right after such a verb, then the verb's own preposition ("depends not on", "ne dépend pas de",
#: "hängt nicht von"): the verb and its complement denied ("depends not only on" widens: no denial).
_DENIED_AFTER = re.compile(
    rf"\s+(?:not|pas|nicht)\b(?!\s+{_WIDENING})(?:\s+(?:on|upon|of|with|in|de|du|des|von|vom))?\b", re.IGNORECASE
)
#: The preposition of such a verb right after it ("depend on", "dépend de"), part of what the negation denies.
_COMPLEMENT = re.compile(r"\s+(?:on|upon|of|with|in|by|de|du|des|von|vom|da|di)\b", re.IGNORECASE)
#: A negation that denies the tie word right after it (up to three words between: "is not a function of", "is not in
#: any way affected by"); not one that widens ("not only on", "not just"), nor a modal's ("need not be linear in",
#: "may not depend on", "not necessarily"), which leave the tie possible.
_DENYING = re.compile(
    r"(?<!\bneed\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bmust\s)"
    r"(?:\b(?:not|never|no|cannot|nicht|kein\w*|pas|ne|nunca|n[ãa]o|non)\b|\bn'|(?<!need)(?<!might)n't)"
    rf"(?!\s+{_WIDENING})\s+(?:[\w'-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
#: A character of a script without spaces: a negation in it (:data:`_NEGATED`: 不, 没, ない, 않) is read as a denial
#: where it stands, Japanese and Korean saying it after the verb it denies ("に依存しない"), Chinese before one written
#: without a space (不依赖于).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: Words right after the first name that wait for their complement ("$y$ is, in fact, $x$", "$y$ equals, as before,
#: $x$"): the two commas after them set off a parenthesis, not the end of a clause, and the second name completes it.
_DANGLING = re.compile(
    r"^\s*(?:(?:is|are|was|were|be|been|equals?|becomes?|denotes?|means|est|sont|ist|sind|es|son|è|sono)\s*)$",
    re.IGNORECASE,
)
#: Where the words between two names' maths end a clause or a list ("$\\mu$ is the mean, and $\\sigma$ ..."): the words
#: before it speak of the first name alone.
_BOUNDARY = re.compile(
    r"[,;:，；、。]|\b(?:and|or|nor|while|whereas|but|und|oder|et|ou|y|o)\b|和|与|與|及|或|而|と|や|과|와|및|또는|그리고",
    re.IGNORECASE,
)
#: English words right before the second name, after such an end, that name it ("..., and the noise $\\epsilon$"): not a
#: relation.  A possessive that points back ("its", "their") may point at the first name ("$x$ is the input, and its
#: output $y$"): it relates.
_NAMING = re.compile(
    r"^\s*(?:(?:the|a|an|our|also|both|then)\s+)*(?:(?!(?:its|their|his|her|whose)\b)[A-Za-z][A-Za-z-]*\s+){0,2}$",
    re.IGNORECASE,
)
#: Words of a relation, a multiple, a part or an equality ("twice", "half", "equal", "a constant times"): said in an
#: apposition ("$y$, twice $x$, ...", "$y$, deux fois $x$,") or after an untie word, they relate the two names.
_RELATION_WORD = re.compile(
    r"\b(?:twice|thrice|double|doubled|triple|half|halved|equal|equals|identical|same|proportional|inverse"
    r"|reciprocal|negative|opposite|minus|plus|times|multiple|fraction|square|squared|root|sum|difference|product"
    r"|ratio|copy|scaled|shifted|fois|moiti[ée]|zweimal|doppelt|halb|mal|doble|mitad|veces|doppio|met[àa]|volte)\b",
    re.IGNORECASE,
)
#: Words naming the second name that relate it (:data:`_RELATION_WORD`), or end with the preposition of a
#: complement ("$y$, equal to $x$,", "$y$, larger than $x$,"): an apposition, not a name.
_RELATING = re.compile(rf"{_RELATION_WORD.pattern}|\b(?:to|than|as|by)\s*$", re.IGNORECASE)
#: A word of any script.
_WORD = re.compile(r"[^\W\d_]")


def _last_clause(between: str) -> str:
    """The words between two names' maths after the last end of a clause or a list (:data:`_BOUNDARY`), all of them
    where none ends: what is said of the second ("$y$ is independent of $x$ but depends on $z$": "depends on")."""
    ends = list(_BOUNDARY.finditer(between))
    return between[ends[-1].end() :] if ends else between


def _relates(between: str) -> bool:
    """Whether the words between two names' maths may make one a thing of the other: a tie word (:data:`_TIE`)
    anywhere, or any word at all where no clause or list ends between them ("$y$ is computed from $x$", "$x$ affects
    $y$", "$y$ is twice $x$", "$y$ 随 $x$ 变化": a whitelist, not a list of the verbs that relate), or where the first
    clause waits for its complement (:data:`_DANGLING`: a parenthesis), or after the last end, other than words
    naming the second (:data:`_NAMING`) without a relation in them (:data:`_RELATING`: an apposition).  A list
    ("$x$ and $y$") relates nothing itself."""
    if _TIE.search(between):
        return True
    ends = list(_BOUNDARY.finditer(between))
    if not ends:
        return bool(_WORD.search(between))
    last = between[ends[-1].end() :]
    parenthesis = len(ends) == 2 and _DANGLING.match(between[: ends[0].start()])  # "$y$ is, in fact, $x$"
    return bool(parenthesis or not _NAMING.match(last) or _RELATING.search(last))


def _held_apart(clause: str) -> bool:
    """Whether a clause's last claim on a tie denies it: an untie word (:data:`_UNTIE`: "is constant in", "is a
    constant") no negation comes before ("is not constant in", "need not be independent of": a denied denial ties),
    or a tie word (:data:`_TIE`, :data:`_DENIABLE`) a negation denies (:data:`_DENYING`: "doesn't depend on", "a
    constant not depending on", "に依存しない"); a tie or a relation (:data:`_RELATION_WORD`) said after an untie word
    ("a constant multiple of", "a fixed function of", "a constant times") is the claim, and an untie word that is an
    adjective of the second name's noun (:data:`_ADJECTIVE_OF_NAME`: "the free parameter") is none.  Negation composes: only
    these readings untie, anything else ties."""
    unties = [u for u in _UNTIE.finditer(clause) if not _adjective(clause, u)]

    def inside(found: re.Match) -> bool:
        return any(u.start() <= found.start() < u.end() for u in unties)

    denied = [_denied(clause, d) for d in _DENIABLE.finditer(clause) if not inside(d)]
    spans = [span for span in denied if span]
    claims = [(u.start(), not _NEGATED.search(clause[: u.start()])) for u in unties]
    claims += [(start, True) for start, _ in spans]
    claims += [
        (t.start(), False)  # "not of $x$": a preposition's tie is no verb a negation denies
        for t in _TIE.finditer(clause)
        if not inside(t) and not any(start <= t.start() < end or t.start() <= start < t.end() for start, end in spans)
    ]
    claims += [(n.start(), True) for n in _NEGATED.finditer(clause) if _UNSPACED.match(n.group(0))]
    claims += [(r.start(), False) for r in _RELATION_WORD.finditer(clause) if not inside(r)]  # "a constant times"
    return bool(claims) and max(claims)[1]


def _adjective(clause: str, untie: re.Match) -> bool:
    """Whether an untie word is an adjective of the second name's noun: one word ("independent of" is a claim), the
    words after it up to the name one to three and no preposition (:data:`_ADJECTIVE_OF_NAME`)."""
    return not re.search(r"\s", untie.group(0)) and bool(_ADJECTIVE_OF_NAME.match(clause, untie.end()))


def _denied(clause: str, verb: re.Match) -> tuple[int, int] | None:
    """Where a negation denies a tie's verb (:data:`_DENYING` before it, :data:`_DENIED_AFTER` after it), the span
    of the verb with its preposition; else None."""
    if re.search(_WIDENING, verb.group(0), re.IGNORECASE):
        return None  # "does not depend only on $x$": on more than x
    after = _DENIED_AFTER.match(clause, verb.end())
    if after:
        return verb.start(), after.end()
    if _DENYING.search(clause[: verb.start()]):
        complement = _COMPLEMENT.match(clause, verb.end())
        return verb.start(), complement.end() if complement else verb.end()
    return None


#: A copula set off from its complement by an aside between two commas, maths and abbreviations in it included
#: ("are, for $t > 0$, equal", "are, by Eq. $(3)$, equal", "sont, par $(3)$, égaux"): the aside is no end of the
#: clause.
_TIED_AFTER_ASIDE = re.compile(
    r"^(\s*(?:is|are|was|were|be|been|becomes?|est|sont|ist|sind|es|son|è|sono)\s*),"
    r"(?:\$\$.*?\$\$|\$[^$]*\$|\\\(.*?\\\)|\b(?:eqs?|figs?|cf|refs?|sec|thm|lem|prop|e\.g|i\.e)\.|[^,$.;:])*,",
    re.IGNORECASE,
)


def _tied_after_unnamed_out(after: str) -> str:
    """The words after a maths with an aside after its copula taken out (:data:`_TIED_AFTER_ASIDE`), and each later
    maths that writes no name: an equation's number or a value ("are, by $(3)$, equal") is part of what is said,
    not a new subject of the clause."""
    after = _TIED_AFTER_ASIDE.sub(lambda m: m.group(1) + " ", after)
    return _SENTENCE_MATHS.sub(
        lambda m: " " if not _all_names(next(g for g in m.groups() if g is not None)) else m.group(0), after
    )


@dataclass(frozen=True)
class Tie:
    """Two names a sentence ties in words, and the sentence."""

    names: frozenset[Key]
    line: int
    sentence: str


def tied_in_words(notes: Notes) -> dict[frozenset[Key], Tie]:
    """By each pair of names (as keys) some sentence of ``notes`` ties, the first such sentence."""
    found: dict[frozenset[Key], Tie] = {}
    sentences = dict.fromkeys((inline.line, inline.sentence) for inline in notes.inline if inline.sentence)
    for line, sentence in sentences:
        written = list(_SENTENCE_MATHS.finditer(sentence))
        names = [_names(next(g for g in m.groups() if g is not None)) for m in written]
        for first in range(len(written)):
            for second in range(first + 1, len(written)):
                between = _unmarked(_SENTENCE_MATHS.sub(" ", sentence[written[first].end() : written[second].start()]))
                tied = _relates(between) or _TIED_AFTER.match(
                    _tied_after_unnamed_out(sentence[written[second].end() :])
                )
                if not tied or _held_apart(_last_clause(between)):
                    continue
                for one in names[first]:
                    for other in names[second] - {one}:
                        found.setdefault(frozenset((one, other)), Tie(frozenset((one, other)), line, sentence))
        for one, other in _possessive_pairs(sentence, written, names):
            found.setdefault(frozenset((one, other)), Tie(frozenset((one, other)), line, sentence))
    return found


#: A possessive that points back, right after a name ("and $y$ its double", "$y$, being its square", "$y$ son
#: double", "$y$ sein Doppeltes") or right before it, a noun or two between ("and its output $y$", "其输出 $y$").
_POSSESSIVE = (
    r"(?:its|their|his|her|son|sa|ses|leur|leurs|sein|seine|seiner|seinen|seines|ihr|ihre|ihrer|ihren|ihres|su|sus"
    r"|suo|sua|suoi|sue)\b|其|它的|その"
)
_POSSESSIVE_AFTER = re.compile(rf"^\s*,?\s*(?:(?:is|being|be|est|ist|es|è)\s+)?(?:\b{_POSSESSIVE})", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(rf"(?:\b{_POSSESSIVE})\s*(?:[^\W\d_][\w-]*\s+){{0,2}}$", re.IGNORECASE)
#: A Spanish list of names ("$x_0$ y $\\epsilon$", "$x$ o $y$", "ni $x$ ni $y$"): the word "son" right after it is
#: the plural copula ("son independientes": are), not the French possessive ("$y$ son double": its double), whose
#: noun points back at one name.
_SPANISH_LIST = re.compile(r"^\s*,?\s*(?:y|e|o|u|ni)\s*$", re.IGNORECASE)
_COPULA_SON = re.compile(r"^\s*son\b", re.IGNORECASE)


def _possessive_pairs(sentence: str, written: list[re.Match], names: list[set[Key]]) -> list[tuple[Key, Key]]:
    """The pairs a possessive ties: a name written alone with one pointing back right beside it (:data:`_POSSESSIVE_
    AFTER`, :data:`_POSSESSIVE_BEFORE`) and every name of the maths the sentence writes before it, a formula's too
    ("Let $\\hat p(x_T) = p(x_T)$, and $y$ its double": y and x_T): which one "its" points at is not read.  "son" after a
    Spanish list of names (:data:`_SPANISH_LIST`: "$x_0$ y $\\epsilon$ son independientes") is the copula, no
    possessive."""
    pairs = []
    for at in range(1, len(written)):
        before, after = sentence[written[at - 1].end() : written[at].start()], sentence[written[at].end() :]
        copula = _SPANISH_LIST.match(before) is not None and _COPULA_SON.match(after) is not None
        if not ((_POSSESSIVE_AFTER.match(after) and not copula) or _POSSESSIVE_BEFORE.search(before)):
            continue
        earlier = {key for match in written[:at] for key in _all_names(next(g for g in match.groups() if g))}
        pairs += [(one, other) for one in names[at] for other in earlier - {one}]
    return pairs


def _all_names(maths: str) -> set[Key]:
    """The keys of every name ``maths`` writes; none where it does not parse."""
    try:
        return keys_in(syntax.parse(maths, notes=True))
    except (InvalidAnswer, RecursionError):
        return set()


def _names(maths: str) -> set[Key]:
    """The key of the one name ``maths`` writes alone (``$L$``, ``$\\mu$``), as a set; none for anything else: a
    name inside other maths ("a noisy version of $p(x)$") is not what the words speak of."""
    try:
        statement = syntax.parse(maths, notes=True)
    except (InvalidAnswer, RecursionError):
        return set()
    alone = statement.operands[0] if len(statement.operands) == 1 else None
    return set(keys_in(alone)) if isinstance(alone, syntax.Name) else set()


#: Words that call the names right after them, or right before them, parameters or constants ("the parameters are
#: $m, s$", "パラメータは$m, s$", "Let $a$ be a constant").
_HELD = r"(?:parameters?|constants?|param[eè]tres?|par[aá]metros?|パラメータ|定数|参数|常数|매개변수|상수)"
_HELD_BEFORE = re.compile(rf"{_HELD}\s*(?:(?:are|is|は|:)\s*)?$", re.IGNORECASE)
#: Said after them, the word is the claim's own, neither denied ("$y$ is not constant", "is never a constant") nor an
#: adjective of another noun ("a constant multiple of $x$", "a constant factor"): what follows it ends the phrase.
_HELD_AFTER = re.compile(
    rf"^\s*(?:is|are|be)\s+(?:(?:an?|the)\s+)?(?:(?!(?:not|never|no|nowhere)\b)[\w-]+\s+)?{_HELD}"
    r"(?=\s*(?:$|[.,;:()]|\b(?:and|or|but|in|with|w\.|for|of|that|which|here|throughout|independent|not|while|whose"
    r"|so|since|because|to|as|at|on|across|over|again|too|also|now|then|there|below|above|from|by|such|where|if|when"
    r"|respectively|everywhere)\b))",
    re.IGNORECASE,
)


def _held_then_tied(after: str) -> bool:
    """Whether the words after names called parameters tie them to another (:data:`_TIED_AFTER`: "are free
    parameters, and equal"): a name said equal to another is no number held apart from it."""
    return bool(_TIED_AFTER.match(_tied_after_unnamed_out(after)))


def held_in_words(notes: Notes) -> frozenset[Key]:
    """The names (one alone, or a list ``$m, s$``) a sentence calls parameters or constants, in words set right
    beside them: the note says they are numbers, whatever else it writes with the same letter (``s(x)``, a score,
    beside a scale ``s``)."""
    found: set[Key] = set()
    for inline in notes.inline:
        around = _words_around(inline)
        if around is None or _held_then_tied(around[1]):
            continue
        if _HELD_BEFORE.search(around[0]) or _HELD_AFTER.search(around[1]):
            found |= {key for part in inline.text.strip().strip("`").split(",") for key in _names(part)}
    return frozenset(found)
