"""Orders, bounds and values said in words ("Let $a$ be positive", "$\\beta_T$ equal to $1$", "at least four
steps"), a display's bound on a name, and whether a sentence states its maths plainly."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck import set_brackets
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import NOISES, SCHEDULE
from diffproof.notecheck.numbers import bounded, contradicts, convention, fits, value
from diffproof.notecheck.statements.formulas import Formula, Stated, _variables, name_key, parse
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _sentences, _words_around, _words_of
from diffproof.notecheck.statements.zero_words import ending_on_zero, zero_alone
from diffproof.notecheck.vocabulary import CONSTANTS, COORDINATE, nodes
from diffproof.notes import Inline, Notes, critic
from diffproof.notes.model import Step

_BOUND_RELATIONS = frozenset({"<", "<=", ">", ">="})


def _displayed_order(step: Step, lhs: Formula, rhs: Formula) -> bool:
    """Whether a display's step is an order between formulas of names and numbers alone (``h + k > 0``; no
    density, expectation or function), one on its own: the note states it, so a counterexample to a step after it
    must satisfy it, though it proves nothing."""
    if step.relation.value not in _BOUND_RELATIONS or step.alternative or lhs.node is None or rhs.node is None:
        return False
    written = [n for side in (lhs.node, rhs.node) for n in nodes(side)]
    plain = (syntax.Name, syntax.Number, syntax.Binary, syntax.Negative, syntax.Power, syntax.Function)
    return any(isinstance(n, syntax.Name) for n in written) and all(isinstance(n, plain) for n in written)


def _implied_by_convention(statement: syntax.Statement) -> bool:
    """Whether a chain of bounds by numbers on one name says no more than the name's convention
    (``\\bar\\alpha_T > 0``, ``\\sigma > 0``, ``0 < \\alpha_t < 1``): every value the convention allows it allows."""
    names = [(position, operand) for position, operand in enumerate(statement.operands) if value(operand) is None]
    if len(names) != 1 or not set(statement.relations) <= {"<", "<=", ">", ">="}:
        return False
    ((position, name),) = names
    allowed = convention(name) if isinstance(name, syntax.Name) else None
    said = bounded(statement.operands, statement.relations, position) if allowed is not None else None
    return said is not None and allowed.is_subset(said) is True


def _bound_of_a_name(
    lhs: syntax.Node | None, rhs: syntax.Node | None, relation: str, known: set[tuple], declared: bool
) -> bool:
    """Whether a display bounds by a number a lone name the note gave no meaning before (``known``), nor a
    declared context (``a > 0``, ``1 \\ge b``, ``\\sigma < 0`` where only a convention says sigma > 0), or a formula
    of one such name that contradicts its convention (``-\\sigma > 0``): the note stating it, which the steps after
    it may rely on (and which overrides a convention it contradicts)."""
    for name, bound, operands in ((lhs, rhs, (lhs, rhs)), (rhs, lhs, (lhs, rhs))):
        if value(bound) is None or name is None:
            continue
        names = [n for n in nodes(name) if isinstance(n, syntax.Name)]
        if len({name_key(n) for n in names}) != 1 or name_key(names[0]) in known:
            continue
        if isinstance(name, syntax.Name) and (
            convention(name) is None or not declared or _narrows(name, operands, relation)
        ):
            return True  # under a context, beta_t <= 0.02 narrows what it says: stated, not a claim to prove
        if not declared and contradicts(names[0], operands, (relation,)):
            return True
    return False


def _narrows(name: syntax.Name, operands: tuple, relation: str) -> bool:
    """Whether a bound by a number on a conventional name keeps part of its convention's domain only (``\\beta_t
    \\le 0.02``): a choice the note makes, which its convention cannot prove (``\\alpha_t \\ge 1``, outside it,
    is a claim the convention refutes)."""
    domain = convention(name)
    values = bounded(operands, (relation,), operands.index(name))
    return (
        isinstance(domain, sp.Interval)
        and domain.is_subset(values) is False
        and domain.intersect(values).is_empty is False
    )


#: A verb of setting or of scaling, a few words (the name's noun, its maths) between it and a value said after "to",
#: "at" or "equal to" ("We set the scale $a$ to unity", "fix the step $h$ at one half", "We normalise the scale $a$
#: to unity", "rescale $x$ to one", "setzen wir $a$ auf eins", "normieren wir $a$ auf eins", "on fixe l'échelle $a$
#: à deux", "on normalise $a$ à un", "fijamos $a$ en uno", "normalizamos $a$ a uno"): a value the name is given, in
#: words no reader of a value takes.
_SET_TO_A_NUMBER = (
    r"\b(?:(?:set(?!\s+of\b)|sets|setting|fix|fixes|fixed|fixing|put|puts|putting|choose|chooses|chose|chosen|pick"
    r"|picks|picked|(?:re)?normali[sz](?:e|es|ed|ing)|rescal(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:to(?:\s+be)?|at|as|equal\s+to)\s+(?:[-−]?\d|(?:zero|one|unity|two|three"
    r"|four|five|six|seven|eight|nine|ten|half|third|quarter|n[ao]ught)\b)"
    r"|(?:setz\w*|fixier\w*|w[äa]hl\w*|normier\w*|normalisier\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:auf|gleich|zu)\s+(?:[-−]?\d|(?:null|eins|zwei|drei|vier"
    r"|f[üu]nf)\b)"
    r"|(?:fix\w*|posons|pose|choisi\w*|normalis\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:[àa]|[ée]gale?\s+[àa])\s+(?:[-−]?\d|(?:z[ée]ro|une?|deux"
    r"|trois)\b)"
    r"|(?:fij\w*|ponemos|pongamos|elegimos|escogemos|normaliz\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:en|a|igual\s+a)\s+(?:[-−]?\d"
    r"|(?:cero|uno|una|dos|tres)\b))"
)
#: Words that bound, sign or give a value to a quantity, in the languages of the notes read ("Let $a$ and $b$ be
#: positive", "$d$ equals 2"; Korean, Chinese, Japanese): said of names in the same sentence, they narrow what a
#: counterexample may take.
_SIGN_WORDS = re.compile(
    r"\b(?:(?:non-?|nicht-?|strictly\s+)?(?:positi|n[eé]gati)\w*|non-?zero|bounded|greater\s+than|less\s+than|smaller\s+than"
    r"|larger\s+than|bigger\s+than|higher\s+than|lower\s+than|(?:more|fewer)\s+than\s+(?:\d|\$|zero|one|two|three"
    r"|four|five|ten)|at\s+(?:least|most)|between|exceed\w*|above|below)\b|양수|음수|양의|음의|0보다|이상|이하|초과|미만|"
    r"正数|负数|正值|负值|非负|大于|小于|正數|負數|負值|非負|大於|小於|正の|負の|より大きい|より小さい|以上|以下|"
    r"\b(?:equals?|set\s+to|minus|vaut|gleich|[ée]gal\w*|igual\w*)\b|\b(?:is|be|est|ist|es)\s+[-−]?\s*(?:\\[td]?frac\s*\{?\s*)?\d"
    r"|\b(?:is|be|est|ist|es)\s+(?:(?:a|one|the\s+(?:number|value))\s+)?(?:zero|one|unity|two|three|four|five|six|seven"
    r"|eight|nine|ten|half|third|quarter|z[ée]ro|null|n[ao]ught|eins|zwei|cero|uno|dos|deux|trois)\b"
    rf"|{_SET_TO_A_NUMBER}"
    r"|[<>≤≥]\s*[-−]?\d|\b(?:in|on)\s*[\[(]\s*[-−]?\d|\bfrom\s+[-−]?\d[\d.]*\s+(?:to|until)\b"
    r"|\b(?:continu\w*|real-valued|real\s+numbers?|(?:either|any|arbitrary)\s+sign|uniform\w*|integers?|entier\w*"
    r"|ganzzahl\w*|kontinuierlich\w*)\b|連続|连续|实数|実数"
    # a sign said in other words, which may deny the convention: "the sign of $\sigma$ is arbitrary", "a signed
    # scale", "ranges over all of $\mathbb{R}$" (the reals' maths read as ℝ), "imaginary"; 正とは限らない, 負にもなりうる,
    # 也可能为负, 是正的; supérieur à zéro, größer als null, mayor que cero, and their signs (signe, Vorzeichen, signo)
    r"|\b(?:signs?|signed|sign-\w+|reals|real\s+line|imaginary|complex-valued|complex\s+numbers?|sup[ée]rieur\w*"
    r"|inf[ée]rieur\w*|signe|gr[öo](?:ß|ss)er|kleiner|Vorzeichen|mayor(?:es)?\s+que|menor(?:es)?\s+que|signo"
    r"|(?:не)?(?:положительн|отрицательн)\w*"
    # the signs of Polish, Czech and Slovak, Hungarian and Greek (ujemne, dodatni, záporné, kladné, negatív, pozitív,
    # αρνητικός, θετικός), not read as orders: said of a name, they keep a logarithm of it from being trusted
    r"|ujemn\w*|dodatn\w*|z[áa]porn\w*|kladn\w*|negat[íi]v\w*|pozit[íi]v\w*|αρνητικ\w*|θετικ\w*)\b|ℝ"
    r"|正とは限ら|負に|負で|負と|正に|正で|[がは]\s*[正負](?:なら|で|の|だ|であ)|[为為是取]\s*[正负負]|[正负負]\s*的|可正可[负負]|正[负負]|符号|符號|부호"
    # a covariance of two variables or a correlation, which may be negative ("$\sigma_{xy}$ is the covariance of
    # $x$ and $y$"; a covariance matrix, a variance per coordinate, is no sign)
    r"|\b(?:covarian\w*\s+(?:between|of\s+(?:\w+\s+)?(?:and|with))|cross-?covarian\w*|correlat\w*|covarian\w*\s+term)\b",
    re.IGNORECASE,
)
#: A law written in a sentence (``\\sim``, ``\\mathcal{N}``): a noun there names its parameters.
_LAW_WRITTEN = re.compile(r"\\sim\b|\\mathcal\s*\{?\s*N\b")
#: Where a law written in maths splits into parts the parser reads: its variable, its law, a density's value.
_LAW_PARTS = re.compile(r"\\sim\b|:=|\\coloneqq|=")


def _law_letters(sentence: str, line: int) -> set[tuple[str, str]] | None:
    """The letters the Gaussian laws written in ``sentence`` hold as their whole covariance (``x \\sim
    \\mathcal{N}(0, s)``: s), which a variance or a standard deviation beside them names: the law's parameter, whose
    domain is the law's (the witness's to keep: sd45), not a bound in words.  A letter the law holds elsewhere (a
    mean, ``s`` in ``s^2``) keeps the noun's bound: the law does not bound it.  None where a law does not parse (which
    letters it holds is not read, and the noun bounds every name it is said beside)."""
    letters: set[tuple[str, str]] = set()
    for match in _SENTENCE_MATHS.finditer(sentence):
        maths = next(group for group in match.groups() if group is not None)
        for part in _LAW_PARTS.split(maths) if _LAW_WRITTEN.search(maths) else ():
            node = parse(part, line).node
            if node is None:
                return None
            letters |= {(n.covariance.base, n.covariance.decoration) for n in nodes(node)
                        if isinstance(n, syntax.Gaussian) and isinstance(n.covariance, syntax.Name)}  # fmt: skip
    return letters


#: Nouns that make a quantity nonnegative ("$a$ is a variance", "a probability", "$n$ counts the steps"), with
#: the set they keep it in: said of a name whose convention already lies there, no news (its counterexamples stay
#: trusted); else a bound in words, as "positive" is.
_NONNEGATIVE_NOUNS = (
    (re.compile(r"\b(?:probabilit\w*|probabilit[ée]s?|probabilidad\w*|Wahrscheinlichkeit\w*)\b|概率|確率|확률",
                re.IGNORECASE), sp.Interval(0, 1)),
    (re.compile(r"\b(?:counts?|counted|counting|number\s+of|nombre\s+d[e']|n[úu]mero\s+de|Anzahl)\b"
                r"|个数|個数|数目|개수", re.IGNORECASE), sp.Range(0, sp.oo)),
    # the natural numbers (with 0 or without: the wider set kept), whole numbers; entiers naturels, natürliche Zahlen
    (re.compile(r"\b(?:natural\s+numbers?|naturals|whole\s+numbers?|entiers?\s+naturels?|nat[üu]rliche[nr]?\s+Zahlen?"
                r"|n[úu]meros?\s+naturales?|numeri\s+naturali|numero\s+naturale)\b|自然数|自然數|자연수",
                re.IGNORECASE), sp.Range(0, sp.oo)),
    (re.compile(r"\b(?:variances?|standard\s+deviations?|std|norms?|distances?|lengths?|radius|radii|magnitudes?"
                r"|varianza|varianz|desviaci[óo]n\s+est[áa]ndar|[ée]cart-type|Standardabweichung|norme|Abstand"
                r"|distancia)\b|分散|方差|标准差|標準偏差|분산|표준편차|范数|ノルム|距离|距離|거리", re.IGNORECASE),
     sp.Interval(0, sp.oo)),
    # a vector of norm one said by its noun ("a unit vector $u$", "points $u$ on the unit sphere"): read one
    # coordinate at a time, a coordinate of +-1, which no convention lies in (a norm fixed fixes no coordinate)
    (re.compile(r"\bunit(?:[-\s]+norm)?\s+(?:vectors?|spheres?|balls?|circles?|hyperspheres?)\b|\bunit\s+norm\b"
                r"|\bvecteurs?\s+unitaires?\b|\bsph[èe]re\s+unit[ée]\b|\bEinheits(?:vektor|kugel|kreis|sph[äa]re)\w*"
                r"|\bvectores?\s+unitarios?\b|\besfera\s+unitaria\b|単位ベクトル|単位球|单位向量|单位球|단위\s*벡터",
                re.IGNORECASE), sp.FiniteSet(-1, 1)),
)  # fmt: skip
#: The nouns of :data:`_NONNEGATIVE_NOUNS` that name a law's parameter (a variance, a standard deviation): said of a
#: random variable (a noise, or a name the note writes a law of: not a letter random by default alone, "Let $x$ be a
#: standard deviation"), or in a sentence that writes a law, they are about the law, not a bound on a value.
_LAW_NOUN = re.compile(r"varian|deviation|desviaci|[ée]cart|abweichung|\bstd\b|分散|方差|标准差|標準偏差|분산|표준편차",
                       re.IGNORECASE)  # fmt: skip
#: Words that make a noun say something else of a name than what it is ("the log of a variance", "the difference of
#: two standard deviations", "a shift"): the noun is then no news of the name's range.
_MODIFIED = re.compile(r"\b(?:log\w*|differen\w*|opposite|negat\w*|minus|shift\w*|ratio|scaled|times|increment\w*"
                       r"|change|derivative|gradient)\b|对数|対数|로그", re.IGNORECASE)  # fmt: skip


def _no_news(name: syntax.Name, kept: sp.Set) -> bool:
    """Whether a noun's set says no more than the name's convention: the convention lies in it, and an index's
    whole numbers are not made reals ("$t$ is a distance" makes t a real)."""
    domain = convention(name)
    return (
        domain is not None
        and domain.is_subset(kept)
        and not (isinstance(domain, sp.Range) and not isinstance(kept, sp.Range))
    )


#: The names the reading gives a value (e, π, the identity I): a number near one in a sentence does not bound it.
_READ_AS_CONSTANTS = frozenset((*CONSTANTS, *COORDINATE))
#: A number in a sentence's words right after a name ("$\alpha$ を 2 とする", "设 $\alpha$ 为 2", "pick $\alpha$ as 2").
#: How far after a name's maths a number is taken as said of it (a few words: "を 2 とする", " as 2").
_NUMBER_REACH = 12
_NUMBER_IN_WORDS = re.compile(r"(?<![\w.])[-−]?\d+(?:\.\d+)?(?!\w|\.\d)")

#: A number a scale's words spell out ("variance four", "scaled by two", "a standard deviation of a half").
_SPELLED = {word: sp.Rational(*number) for word, number in (
    ("zero", (0,)), ("unity", (1,)), ("two", (2,)), ("three", (3,)), ("four", (4,)), ("five", (5,)), ("six", (6,)), ("seven", (7,)),
    ("eight", (8,)), ("nine", (9,)), ("ten", (10,)), ("half", (1, 2)), ("third", (1, 3)), ("quarter", (1, 4)),
    ("null", (0,)), ("zéro", (0,)), ("cero", (0,)), ("nought", (0,)), ("naught", (0,)), ("零", (0,)))}  # fmt: skip

#: A number of steps said in words ("The chain has at least four steps", "a thousand time steps", "many steps").
_STEPS_COUNTED = re.compile(
    r"\b(?:at\s+least|no\s+fewer\s+than|more\s+than|over|many|several|a\s+(?:large\s+)?number\s+of|thousands?(?:\s+of)?"
    r"|hundreds?(?:\s+of)?|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred"
    r"|a\s+thousand)\s+(?:\w+\s+){0,2}?(?:time[- ]?steps?|steps?|noising\s+steps?|diffusion\s+steps?|transitions?)\b",
    re.IGNORECASE,
)


#: Words that size a horizon named alone in their sentence ("Take $T$ large", "The horizon $T$ is bigger than one",
#: "for a long chain of $T$ steps"): an order on it in words, or its size said (:func:`_size_in_words`).
_HORIZON_SIZED = re.compile(
    r"\b(?:large|larger|big|bigger|long|longer|great|greater|huge|high|higher|many|more|beyond|exceed\w*|at\s+least"
    r"|above|over|grand\w*|gro(?:ß|ss)\w*|lang\w*|grande\w*|largo\w*|mindestens|au\s+moins|al\s+menos)\b"
    r"|大きい|大きな|十分|大的|较大|很大|큰|충분",
    re.IGNORECASE,
)


def _size_in_words(notes: Notes, horizons: set[tuple[str, str]]) -> list[Stated]:
    """ "The chain has at least four steps": a number of steps said in words is an order on the chain's length, the
    letters a sum runs up to (and T), which is not read: a counterexample at a size it excludes (T = 1) is not
    trusted (a relation of the horizon, in words).  So is a horizon named alone in a sentence whose words size it
    (:data:`_HORIZON_SIZED`: "Take $T$ large", "$T$ is bigger than one"), the order they say not read."""
    found = []
    for inline in notes.inline:
        name = parse(inline.text, inline.line).node
        key = (name.base, name.decoration) if isinstance(name, syntax.Name) and not name.index else None
        sized = _HORIZON_SIZED.search(_words_of(inline.sentence)) if key in horizons else None
        if sized is not None:
            said = f"${inline.text.strip()}$ beside the word '{sized.group(0)}' (its size in words)"
            found.append(Stated("relation", inline.line, said, Formula(said, inline.line, name), None, "inline"))
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _sentences(text):
                counted = _STEPS_COUNTED.search(_words_of(sentence))
                if counted is None:
                    continue
                line = paragraph.line + offset
                said = f"{counted.group(0)} (a number of steps in words)"
                found += [Stated("relation", line, said, Formula(said, line, syntax.Name(0, base, decoration, "")), None,
                                 "inline") for base, decoration in sorted(horizons)]  # fmt: skip
    return found


def _bounded_in_words(
    inline: Inline, variables: set[tuple[str, str]], laws: set[tuple[str, str]] = frozenset()
) -> list[Stated]:
    """``Let $a$ and $b$ be positive``: names set alone in a sentence whose words bound or sign something, but
    the letters of random ``variables`` (what a density is written of: "x_t tends to a mean of 0" is no bound on
    a value), and the letters of ``laws`` the note writes densities of unless the words give a value ("the
    distance between $q$ and $p$" bounds no law; "$q$ equals $p$" may say they are one).  Which name the words
    are about is not read, so nothing is assumed of them, but what the sentence says of its names is taken as a
    relation the kernel cannot use (no counterexample about them is trusted)."""
    if _no_news_compared(inline):
        return []
    sentence = _words_of(inline.sentence)
    around = _words_around(inline)
    right_after = _words_of(around[1])[:_NUMBER_REACH] if around is not None else ""  # "$\alpha$ を 2 とする"
    ranged = _RANGE_OPENING.match(_words_of(around[1])) if around is not None else None  # "$t$ starting from zero"
    words = _SIGN_WORDS.search(sentence) or _NUMBER_IN_WORDS.search(right_after) or ranged
    kept: sp.Set | None = None  # what a noun keeps its name in ("$a$ is a variance"), read only without other words
    if words is None:
        noun = next(((found, kept) for pattern, kept in _NONNEGATIVE_NOUNS if (found := pattern.search(sentence))),
                    None)  # fmt: skip
        words, kept = noun if noun is not None else (None, None)
    words = words or _CARRIED_OVER.search(sentence)  # "The same holds for $y$": what was said before, said of y
    listed = _variables(inline.text, inline.line).node if words is not None else None
    if not (isinstance(listed, syntax.Call) and all(isinstance(a, NAMES_AND_DOTS) for a in listed.arguments)):
        return []
    of_a_law = kept is not None and _LAW_NOUN.search(words.group(0)) is not None
    if of_a_law and _LAW_WRITTEN.search(inline.sentence):  # "N(x; mu, s) ... with standard deviation $s$": the
        held = _law_letters(inline.sentence, inline.line)  # law's parameters, read with its law; "Let $a$ be a
        listed = replace(listed, arguments=tuple(  # variance and $x \sim N(0, 1)$": a bound on a, which it lacks
            name for name in listed.arguments if not (isinstance(name, syntax.Name) and held is not None
                                                      and (name.base, name.decoration) in held)
        ))  # fmt: skip
    if kept is not None:  # "$\sigma$ is a standard deviation": the convention says no less, no news; "the noise
        plain = not (_NEGATED.search(sentence) or _MODIFIED.search(sentence))  # not "the log of a variance"
        before = around is not None and words.group(0).lower() in _words_of(around[0]).lower()  # "the variance is $I$"
        listed = replace(listed, arguments=tuple(  # $\epsilon$ has unit variance" speaks of a law, not a value
            name for name in listed.arguments
            if not (isinstance(name, syntax.Name) and (
                (of_a_law and (name.base in NOISES or (name.base, name.decoration) in variables))
                or (before and name.key in _READ_AS_CONSTANTS)  # "the variance is $I$": the identity
                or (plain and _no_news(name, kept))))
        ))  # fmt: skip
    if words is ranged and not _clause_after_index(listed, around):  # a range opened after no lone index
        return []
    excluded = variables | (set() if _VALUE_WORDS.search(sentence) else laws)
    numbers = [] if _SIGN_WORDS.search(sentence) else [sp.Rational(n.replace("−", "-")) for n in
                                                      _NUMBER_IN_WORDS.findall(right_after)]  # fmt: skip
    said = f"${' '.join(inline.text.split())}$ beside the word '{words.group(0).strip()}'"
    said += _clause_after_index(listed, around)
    return [Stated("relation", inline.line, said, Formula(said, inline.line, name), None, "words")
            for name in listed.arguments
            if isinstance(name, syntax.Name) and (name.base, name.decoration) not in excluded
            and not (numbers and (name.key in _READ_AS_CONSTANTS
                                  or (convention(name) is not None and fits(name, sp.FiniteSet(*numbers)))))]  # fmt: skip


def _clause_after_index(listed: syntax.Call, around: tuple[str, str] | None) -> str:
    """The words of the clause right after a lone index letter (a bare name whose convention is a range of steps:
    "For every $t$ greater than or equal to zero"), as ", followed by '...'": where the note claims its steps is read
    from them (:func:`~diffproof.notecheck.orders_not_taken.claimed_index_ends`); '' for any other maths."""
    (name,) = listed.arguments if len(listed.arguments) == 1 else (None,)
    if around is None or not isinstance(name, syntax.Name) or name.decoration or name.index:
        return ""
    if not isinstance(convention(name), sp.Range):
        return ""
    clause = re.split(r"[,;:.!?]", " ".join(_words_of(around[1]).split()), maxsplit=1)[0]
    descending = _DESCENDING.match(clause)
    if descending is not None:  # "from $T$ down to $0$": from 0 up
        high = (descending["high"] or descending["top"] or "").strip()
        clause = f"{descending['opening']}from {descending['low']} up to {high}{clause[descending.end() :]}"
    return f", followed by '{clause[:80]}'"


#: Words opening the range of the index right after it, its ends maybe in words or maths ("starting from zero", "from
#: $T$ down to $0$", "running from one"): the clause after the index is recorded (:func:`_clause_after_index`) for
#: the readers of where the note claims its steps, as after a word of sign or bound.
_RANGE_OPENING = re.compile(
    r"^\W*(?:(?:starting|beginning)\s+(?:at|from|with)|(?:(?:ranging|running|going)\s+)?(?:down\s+)?from)\b",
    re.IGNORECASE,
)
#: A range said from its high end down to its low end ("from $T$ down to $0$", "going down from $T$ to $1$", its
#: maths taken out: "from down to 0"): the same range from its low end up ("from 0 up to"), the order the readers of
#: its first step read.
_DESCENDING = re.compile(
    r"^(?P<opening>\W*(?:(?:ranging|running|going)\s+)?)(?:down\s+from\s+(?P<high>(?:[^\s,;]+\s+){0,3}?)(?:down\s+)?"
    r"|from\s+(?P<top>(?:[^\s,;]+\s+){0,3}?)(?:down|backwards?)\s+)to\s+(?P<low>[-−]?\d+|[^\W\d_]+)",
    re.IGNORECASE,
)


#: Words that say the names beside them are real and no more ("Let $x$ be real", "$x$ and $y$ are both real", "for
#: real $x$", "$x$ is a real scalar"): not the real part, the real line, real data or a real-valued function.
_REAL_WORDS = re.compile(
    r"\b(?:be|is|are|being|all|both|for(?:\s+(?:all|any|every|each|some))?)\s+(?:an?\s+)?real"
    r"(?:\s+(?:scalars?|constants?|parameters?|variables?))?\b(?!\s*-|\s+(?:parts?|lines?|data|world|life|analysis)\b)",
    re.IGNORECASE,
)


def reals_in_words(inline: Inline) -> list[Stated]:
    """``Let $x$ be real``: names set alone in a sentence that says they are real (:data:`_REAL_WORDS`), read as
    ``x \\in \\mathbb{R}`` is: unsigned (:attr:`Stated.unsigned`), so a logarithm or an even root of them is not
    presumed to have a value; a ``real`` (no relation: any real value of theirs is one a counterexample may take)."""
    sentence = _words_of(inline.sentence)
    if _REAL_WORDS.search(sentence) is None or _NEGATED.search(sentence):
        return []
    listed = _variables(inline.text, inline.line).node
    if not (isinstance(listed, syntax.Call) and all(isinstance(a, NAMES_AND_DOTS) for a in listed.arguments)):
        return []
    return [Stated("real", inline.line, f"${inline.text.strip()}$ said real", Formula(inline.text, inline.line,
                   name), None, "words", unsigned=True)
            for name in listed.arguments if isinstance(name, syntax.Name)]  # fmt: skip


#: Words that compare the maths before them with the number in the maths after them ("$2\alpha_t$ is smaller than
#: $1$", "$2\alpha_t$ は $1$ より小さい", "$2\alpha_t$ 小于 $1$"): the words between, the words after, and the order.
_COMPARED = (
    (re.compile(r"^\s*(?:is|stays|remains)?\s*(?:always\s+)?(?:strictly\s+)?(?:smaller|less|lower)\s+than\s*$", re.IGNORECASE), "",
     "<"),
    (re.compile(r"^\s*(?:is|stays|remains)?\s*(?:always\s+)?(?:strictly\s+)?(?:greater|larger|bigger|higher)\s+than\s*$",
                re.IGNORECASE), "", ">"),
    (re.compile(r"^\s*(?:is|stays|remains)?\s*(?:at\s+most|no\s+(?:more|greater|larger)\s+than)\s*$", re.IGNORECASE),
     "", "<="),
    (re.compile(r"^\s*(?:is|stays|remains)?\s*(?:at\s+least|no\s+(?:less|smaller)\s+than)\s*$", re.IGNORECASE), "",
     ">="),
    (re.compile(r"^\s*(?:is|stays|remains|lies)?\s*(?:strictly\s+)?(?:below|under)\s*$", re.IGNORECASE), "", "<"),
    (re.compile(r"^\s*(?:is|stays|remains|lies)?\s*(?:strictly\s+)?above\s*$", re.IGNORECASE), "", ">"),
    (re.compile(r"^\s*(?:is|stays|remains)?\s*never\s+(?:more|greater|larger)\s+than\s*$", re.IGNORECASE), "", "<="),
    (re.compile(r"^\s*(?:is|stays|remains)?\s*never\s+(?:less|smaller)\s+than\s*$", re.IGNORECASE), "", ">="),
    (re.compile(r"^\s*(?:は|が)?\s*(?:常に|つねに|いつも)?\s*$"), r"^\s*より\s*小さい", "<"),  # not 小さくない, "not smaller"
    (re.compile(r"^\s*(?:は|が)?\s*(?:常に|つねに|いつも)?\s*$"), r"^\s*より\s*大きい", ">"),
    (re.compile(r"^\s*(?:は|が)?\s*$"), r"^\s*以上", ">="),
    (re.compile(r"^\s*(?:は|が)?\s*$"), r"^\s*以下", "<="),
    (re.compile(r"^\s*(?:不大于|小于等于|小於等於)\s*$"), "", "<="),
    (re.compile(r"^\s*(?:不小于|大于等于|大於等於)\s*$"), "", ">="),
    (re.compile(r"^\s*(?:小于|小於)\s*$"), "", "<"),
    (re.compile(r"^\s*(?:大于|大於)\s*$"), "", ">"),
)  # fmt: skip
#: Words right after a formula that sign it ("$\log\sigma$ is positive"), and the order with 0 they state.
_SIGNED = (
    (re.compile(r"^\s*(?:is|stays|remains)\s+(?:strictly\s+)?positive\b", re.IGNORECASE), ">"),
    (re.compile(r"^\s*(?:is|stays|remains)\s+(?:strictly\s+)?negative\b", re.IGNORECASE), "<"),
    (re.compile(r"^\s*(?:is|stays|remains)\s+non-?negative\b", re.IGNORECASE), ">="),
    (re.compile(r"^\s*(?:is|stays|remains)\s+non-?positive\b", re.IGNORECASE), "<="),
)
#: Verbs that give a name a number where they end its clause ("Let $x$ vanish.", "Angenommen $x$ verschwindet.";
#: "vanishes as $T$ grows" is a limit, not a value), and the number they give.
_VALUE_VERBS = {verb: sp.Integer(0) for verb in (
    "vanish", "vanishes", "verschwinde", "verschwindet", "verschwinden")}  # fmt: skip
#: Words right after a name's maths that give it a number (" equal to $1$", " is one", " ist gleich 1", " est égal
#: à 1", " は 1 に等しい", " 等于 1"): the number, not followed by more of a formula (" is 1 minus ...").
_A_NUMBER = rf"([-−]?\d+(?:\.\d+)?(?!\w|\.\d)|(?:{'|'.join(('one', *_SPELLED))})\b)"
_VALUE_AFTER = re.compile(
    r"^\W{0,2}\s*(?:"
    r"(?:(?:is|are|be|was|were|becomes?|ist|est|es)\s+)?(?:(?:exactly|precisely|now|then|here|always|set)\s+)?"
    r"(?:equal\s+to|equals?|to|(?:ist\s+)?gleich|[ée]gale?\s+[àa]|vaut|igual\s+a)?\s*"
    + _A_NUMBER
    # "reaches $1$", "is driven to zero", "takes the value $0$", erreicht, atteint, alcanza, toma el valor
    + r"|(?:(?:is|are|gets?)\s+)?(?:(?:exactly|precisely|finally|then|eventually)\s+)?(?:reach(?:es|ed)?|hits?|attains?"
    r"|takes?\s+(?:on\s+)?the\s+value(?:\s+of)?|(?:driven|set|brought|pushed|taken|sent)\s+(?:exactly\s+)?to"
    r"|goes\s+to|drops?\s+to|falls?\s+to|erreicht|nimmt\s+den\s+Wert|atteint|prend\s+la\s+valeur|alcanza"
    r"|toma\s+el\s+valor)\s+(?:exactly\s+|genau\s+|exactement\s+|exactamente\s+)?"
    + _A_NUMBER.replace("(", "(?P<verb>", 1)
    + rf"|(?:(?:is|are)\s+)?(?:(?:exactly|then|here|always|identically)\s+)?(?P<verbal>{'|'.join(_VALUE_VERBS)})(?:\s+identically)?(?=\s*(?:[.;,!]|$))"
    + r"|(?:等于|等於|为|為|是|达到|達到|取值为|取值為)\s*"
    + _A_NUMBER.replace("(", "(?P<zh>", 1)
    + r"|[はがを]\s*"
    + _A_NUMBER.replace("(", "(?P<ja>", 1)
    + r"\s*(?:に等しい|と等しい|である|です|だ|とする|とおく|となる|になる|に設定|に達する|に到達))"
    r"(?!\s*(?:minus|plus|times|over|divided|[-+*/^_]|\\|,\s*\d))",
    re.IGNORECASE,
)


#: The words a sentence may state a relation with plainly ("Here", "We assume", "Let", "Throughout", ここで, 假设, 여기서):
#: a sentence of these words and its maths asserts its maths; any other word may say something else of it ("is
#: violated", "Ref. [3] assumes", "the negative of").
_PLAIN_WORDS = frozenset(
    "here we assume let and also throughout where with note recall since as so then now further furthermore moreover"
    " hence thus therefore that is are be holds hold always have know hier sei gelte es gilt wir nehmen an dass und ici"
    " on et nous".split()
)
_PLAIN_CJK = re.compile(
    r"^(?:ここで|とする|と仮定する|とおく|である|であり|假设|设|这里|此处|其中|여기서|라고|가정한다|이다|[。、，,.:;：；\s])*$"
)
#: Of those, the ones that say the sentence asserts, as an assumption or a fact a reader may use ("We have", "We know
#: that", "Note that", "Recall", "Since", "where", "with"): one must be there (a bare "$h + k > 0$" may be an item of a
#: list headed "Wrong assumptions:" or "Exactly one holds:").  Words that only suppose, ask, deny or give an example
#: ("Suppose ... would", "if", "when", "not", "for example") are not plain words, so a sentence holding one is not
#: plain whatever frames it; nor is a question (:data:`ASKED`: "Do we have $w > 0$?").
_FRAMING = re.compile(
    r"\b(?:here|assume|let|throughout|recall|note|since|have|know|where|with|hier|sei|gelte|gilt|ici)\b|ここで|仮定"
    r"|とする|とおく|假设|设|这里"
    r"|此处|여기서|가정",
    re.IGNORECASE,
)
#: Maths that says more than its relation: words in it (\text{fails}), a negation, a strike-out.
MATHS_SAYS_MORE = re.compile(
    r"\\(?:text\w*|mbox|hbox|operatorname|mathrm\s*\{\s*[A-Za-z]{3}|lnot|neg|not|cancel|bcancel"
    r"|xcancel|sout|st)(?![A-Za-z])"
)


#: A question mark, Latin or full-width: the sentence asks or doubts what it writes ("Is $w > 0$?", "(?)").
ASKED = re.compile(r"[?？]")


def _plain_words(text: str) -> bool:
    """Whether ``text`` (a sentence's words, its maths taken out) is made of :data:`_PLAIN_WORDS` alone, and asks
    nothing (:data:`ASKED`)."""
    latin = re.findall(r"[A-Za-z\u00c0-\u024f]+", text)
    rest = re.sub(r"[A-Za-z\u00c0-\u024f]+|\d+(?:\.\d+)?|[()\[\]*_!'\"`~-]", " ", text)
    return (
        not ASKED.search(text)
        and all(word.lower() in _PLAIN_WORDS for word in latin)
        and bool(_PLAIN_CJK.match(rest.strip()))
    )


def _plain(inline: Inline) -> bool:
    """Whether the sentence of ``inline`` states its maths plainly: its words are :data:`_PLAIN_WORDS`, one of them
    framing it (:data:`_FRAMING`), its maths says nothing more in words or negations, and is no list (``0 < h, k <
    1`` would be read in pieces)."""
    inline = _as_rendered(inline)
    words = _SENTENCE_MATHS.sub(" ", _signs_taken_out(inline.sentence, inline.line))
    return (
        _plain_words(words)
        and _FRAMING.search(words) is not None
        and not MATHS_SAYS_MORE.search(inline.sentence)
        and not _top_level_comma(inline.text)
        and not _restricted(inline.sentence)
    )


def _signs_taken_out(sentence: str, line: int) -> str:
    """``sentence`` without the signs said right after a name alone (:func:`_sign_said`: "and $y$ be negative"),
    which :func:`_signed_plainly` reads: they say nothing of the other maths of the sentence (``Let $x < y$, and $y$
    be negative`` states x < y plainly)."""
    kept, start = [], 0
    for match in _SENTENCE_MATHS.finditer(sentence):
        maths = next(group for group in match.groups() if group is not None)
        marked = _formulas_marked(sentence[match.end() :])[0]
        signed = _sign_said(marked)
        if (
            signed is not None
            and sentence[match.end() : match.end() + signed[2]] == marked[: signed[2]]
            and _lone_name(maths, line)
        ):
            kept.append(sentence[start : match.end()])
            start = match.end() + signed[2]
    return "".join(kept) + sentence[start:]


#: Words that open a clause attaching maths to other maths as the place it holds ("We have $A$ where $x > 0$",
#: "With $x > 0$, we have $A$"); the clause runs to the next comma, semicolon or colon.
_RESTRICTING = re.compile(r"\b(?:where|with)\b[^,;:]*", re.IGNORECASE)


def _restricted(sentence: str) -> bool:
    """Whether ``sentence`` writes maths both inside a clause that restricts (:data:`_RESTRICTING`) and outside
    every such clause: "We have $A$ where $x > 0$" says where A holds, "With $x > 0$, we have $A$" makes a case;
    neither states x > 0, nor A everywhere, so none of its maths is stated plainly ("With $a > 0$ and $b > 0$.",
    all of it in the clause, states both)."""
    masked = _SENTENCE_MATHS.sub("\ue000", sentence)
    inside = sum(clause.group(0).count("\ue000") for clause in _RESTRICTING.finditer(masked))
    return 0 < inside < masked.count("\ue000")


def _top_level_comma(text: str) -> bool:
    """Whether ``text`` has a comma outside every bracket (those written as commands too: ``\\lbrace 1, 2
    \\rbrace``)."""
    depth = 0
    for character in set_brackets.as_plain_brackets(text):
        depth += character in "({[" and 1 or character in ")}]" and -1 or 0
        if character == "," and depth == 0:
            return True
    return False


#: Words of :data:`_SIGN_WORDS` that more often say where in the text ("the equation above", 以下のように "as
#: follows") than bound a formula: said after one with no number, they are not read as a bound.
_PLACES = frozenset({"above", "below", "以上", "以下"})


#: How far before a formula words that bound it are read ("Only negative values of $h + k$").
_REACH_BEFORE = 20


def _bounding(words: re.Match, text: str) -> bool:
    """Whether sign words found in ``text`` bound something: "above" and "below" do where a number follows them
    ("below zero", "above $1$"), else they more often say where in the text (:data:`_PLACES`)."""
    return words.group(0).lower() not in _PLACES or bool(_A_NUMBER_AFTER.match(text[words.end() :]))


_A_NUMBER_AFTER = re.compile(r"\s*(?:[-−]?\d|zero|one|null|z[ée]ro)", re.IGNORECASE)
#: A comparison negated in Japanese (より小さくない, より大きくない): not read, its formula's names are not trusted.
_NEGATED_COMPARISON = re.compile(r"より\s*(?:小さ|大き)く(?:ない|なく)")
#: What may end a sentence after a comparison: a full stop, and a copula in Japanese (である, です).
_ENDS = re.compile(r"^\s*(?:である|です|だ)?\s*[.。!]?\s*$")


def _comparison(after: str) -> tuple[str, syntax.Node | None, str, str] | None:
    """The order the words right after a formula's maths state with the maths that follows them (:data:`_COMPARED`:
    "is smaller than $1$", "は常に $1$ より小さい"): the order, the maths read (None: not read), the words after the
    comparison, and the maths as written; None where the words compare nothing."""
    following = _SENTENCE_MATHS.search(after)
    for between, words, relation in _COMPARED if following is not None else ():
        rest = after[following.end() :]
        tail = re.match(words, rest) if words else None  # より小さい after the number
        if between.match(after[: following.start()]) and (tail is not None or not words):
            shown = maths = next(group for group in following.groups() if group is not None)
            maths = maths[1:-1] if len(maths) > 1 and maths[0] == maths[-1] == "`" else maths  # GitHub's $`1`$
            try:
                number = syntax.parse(maths, notes=True)
            except InvalidAnswer:
                number = None
            if isinstance(number, syntax.Statement) and len(number.operands) == 1:
                (number,) = number.operands
            return relation, number, rest[tail.end() :] if tail is not None else rest, shown
    return None


#: What may follow a comparison in words: the clause's end ("$\\alpha_t$ は $1$ より小さい。"), not more words that
#: may deny, hedge or restrict it (とは限らない "not necessarily", "in absolute value", "for $t > 1$").
_CLAUSE_ENDS = re.compile(r"^\s*(?:である|です|だ)?\s*(?:ので|から|[.。,，、;；!]|$)")
#: A reason drawn from the comparison right after it (ので, から, ", so"): its clause is asserted, as "since" says.
_REASON_AFTER = re.compile(r"^\s*(?:である|です|だ)?\s*(?:ので|から|[,，、;；]\s*(?:so|hence|thus|therefore)\b)",
                           re.IGNORECASE)  # fmt: skip


def _no_news_compared(inline: Inline) -> bool:
    """Whether a name alone is compared in words with a number in a clause that asserts it, in an order its
    convention implies (:func:`convention_compared`).  No news, as a displayed order is
    (:func:`_implied_by_convention`): the note says of the name no more than its convention, whose counterexamples
    stay trusted."""
    around = _words_around(inline)
    name = parse(inline.text, inline.line).node
    return around is not None and convention_compared(name, *around, inline.sentence) is not None


def convention_compared(name: syntax.Node | None, before: str, after: str, sentence: str) -> str | None:
    """The words right after a name's maths (``before`` and ``after`` it in ``sentence``) that compare it with a
    number, in a clause that asserts it ("Note that $\\alpha_t$ is always smaller than $1$.", "$\\alpha_t$ は常に
    $1$ より小さいので"): plain words before it, one of them framing it (:data:`_FRAMING`) or a reason drawn right
    after it (:data:`_REASON_AFTER`), nothing after it in its clause, in an order every value of the name's
    convention satisfies (:func:`_implied_by_convention`); None for any other.  Hedged, conditional or denied words
    ("Often", "If", "It is not true that") are not read so."""
    compared = _comparison(after) if isinstance(name, syntax.Name) else None
    if compared is None:
        return None
    order, number, rest, _ = compared
    said = (
        number is not None
        and value(number) is not None
        and not _SENTENCE_MATHS.search(before)
        and _plain_words(before)
        and (_FRAMING.search(before) is not None or _REASON_AFTER.match(rest) is not None)
        and _CLAUSE_ENDS.match(rest) is not None
        and not MATHS_SAYS_MORE.search(sentence)
        and _implied_by_convention(syntax.Statement(name.position, (order,), (name, number)))
    )
    return after[: len(after) - len(rest)] if said else None


def _compared_in_words(inline: Inline) -> list[Stated]:
    """A formula of names compared in words with a number, or signed ("$2\\alpha_t$ is smaller than $1$",
    "$\\log\\sigma$ is positive"): the order it states, which a counterexample must satisfy; where the sentence
    says it otherwise (not in plain words, :func:`_plain_words`, or saying more after it), or bounds it in words not
    read ("exceeds", 为正), a relation of its names the kernel cannot use (no counterexample about them is trusted).
    A name alone is read by :func:`_bounded_in_words`."""
    around = _words_around(inline)
    if around is None:
        return []
    try:
        formula = syntax.parse(inline.text, notes=True)
    except InvalidAnswer:
        return []
    if isinstance(formula, syntax.Statement) and len(formula.operands) == 1:
        (formula,) = formula.operands
    if isinstance(formula, (syntax.Name, syntax.Statement)) or not any(
        isinstance(n, syntax.Name) for n in nodes(formula)
    ):
        return []
    after = around[1]
    order, number, rest, shown = _comparison(after) or (None, None, "", "0")
    for signed, relation in _SIGNED if order is None else ():
        found = signed.match(after)
        if found is not None:
            order, number, rest = relation, syntax.Number(0, "0"), after[found.end() :]
            break
    if order is None:  # "$h + k$ exceeds $1$", "$h + k$ 为正", "For negative $h + k$": words that bound it, not read,
        # in its clause (numbers and intervals in maths read as words: "lies in $(-1, 0)$", "$0$ is less than $h$")
        clause = re.split(r"[.,;:!?。，；：、]", _words_of(after), maxsplit=1)[0]
        before = re.split(r"[.,;:!?。，；：、]", _words_of(around[0]))[-1][-_REACH_BEFORE:]  # "For negative", not
        # "the negative log-likelihood that for us is $-K$"
        words = next((w for w in _SIGN_WORDS.finditer(clause) if _bounding(w, clause)), None)
        words = words or next((w for w in _SIGN_WORDS.finditer(before) if _bounding(w, before)), None)
        words = words or _NEGATED_COMPARISON.search(after)  # より小さくない, "not smaller"
        if words is None or any(law_letter(n) is not None for n in nodes(formula)):
            return []
        said = f"${' '.join(inline.text.split())}$ beside the word '{words.group(0)}'"
        return [Stated("relation", inline.line, said, Formula(said, inline.line, formula), None, "words")]
    said = f"that ${' '.join(inline.text.split())} {order} {shown.strip()}$"
    plain = (  # "Here $2\alpha_t$ is smaller than $1$.": nothing before but plain words, nothing after
        number is not None and value(number) is not None and _plain_words(_SENTENCE_MATHS.sub(" ", around[0]))
        and _FRAMING.search(around[0]) is not None and not _SENTENCE_MATHS.search(around[0]) and _ENDS.match(rest)
        and not MATHS_SAYS_MORE.search(inline.sentence)
    )  # fmt: skip
    if not plain:
        return [Stated("relation", inline.line, said, Formula(said, inline.line, formula), None, "words")]
    statement = syntax.Statement(formula.position, (order,), (formula, number))
    return [Stated("relation", inline.line, said, Formula(said, inline.line, statement), None, "words", plain=True)]


def _written_number(position: int, number: sp.Rational) -> syntax.Node:
    """``number`` as the parser writes it: its magnitude, over its denominator, negated."""
    written: syntax.Node = syntax.Number(position, str(abs(number.p)))
    if number.q != 1:
        written = syntax.Binary(position, "/", written, syntax.Number(position, str(number.q)))
    return syntax.Negative(position, written) if number < 0 else written


def _valued_in_words(inline: Inline) -> list[Stated]:
    """ "the last step has $\\beta_T$ equal to $1$": a schedule name the words right after it give a number outside
    its range (in maths, ``\\beta_T = 1`` lifts the schedule's ranges under a context, as a value for one of its names
    is a value for the others).  Read as that equation, a relation the kernel does not use (its names' counterexamples
    are untrusted), so that what the words say is never assumed; the schedule's start (abar_0 equal to 1) is no
    news, nor a value within the range (beta_T equal to 0.02)."""
    name = parse(inline.text, inline.line).node
    around = _words_around(inline)
    if not (isinstance(name, syntax.Name) and name.key[:2] in SCHEDULE) or around is None:
        return []
    said = _VALUE_AFTER.match(_words_of(around[1]))
    if said is None:
        return []
    number = _number_said(next(group for group in said.groups() if group is not None))
    if fits(name, sp.FiniteSet(number)) or (name.index == "0" and number in (0, 1)):
        return []
    equation = syntax.Statement(name.position, ("=",), (name, _written_number(name.position, number)))
    text = f"${inline.text.strip()}$ said to be {number} in words"
    return [Stated("relation", inline.line, text, Formula(text, inline.line, equation), None, "value in words")]


#: The words that frame what a sentence says of a name right after it ("Let $x$ be zero", "Suppose $v$ is negative"),
#: one table for every reader of a value or a sign said in words: those that set the note's own case (``True``: Let,
#: Assume, Take, Fix, Choose, Here, Sei, Soit, Sea, Seja, Zij, Laat, Låt, 设) and those that only suppose one (``False``: Suppose, If, Say,
#: Consider the case, Angenommen, Si, Wenn, 如果), which may open a hypothesis argued against, so what they say holds
#: a step where it has no value there, but bounds neither a counterexample nor the zero of a divisor.
_VALUE_FRAMES = (
    (re.compile(r"\b(?:let\s+us|let['’]s|let|assume|assuming|take|fix|choose|pick|set|put|here|throughout|recall|note|since"
                r"|now|from\s+now\s+on|henceforth|hereafter|below|in\s+what\s+follows|hier|sei|seien|gelte|gilt"
                r"|nehmen\s+wir\s+an|w[äa]hle|(?:wir\s+)?setzen(?:\s+wir)?|setze|ici|soit|soient|prenons|posons|sea|sean"
                r"|tomemos|sia|siano|seja|sejam|zij|laat|låt|пусть)\b|ここで|仮定|とする|とおく|假设|设|令|这里|此处|여기서|가정", re.IGNORECASE), True),
    (re.compile(r"\b(?:suppose|supposing|say|if|consider\s+the\s+case(?:\s+(?:that|where|when))?|in\s+the\s+case"
                r"(?:\s+(?:that|where|when))?|angenommen|wenn|falls|supposons|si|supongamos|если|предположим)\b|如果|假如|若",
                re.IGNORECASE), False),
)  # fmt: skip
#: Words right after a name that say it is taken as what follows ("to be", "is taken to be", "be chosen as", "fixed
#: at", "ist gleich"): read as "is".  Passive ("$x$ is taken to be zero") they frame the sentence, as "Let" does.
_TAKEN_AS = re.compile(
    r"^(\W{0,2}\s*)(?:(?:is|be|are)\s+)?(?P<passive>(?:taken|chosen|assumed|supposed|fixed|set)\s+)?"
    r"(?:to\s+be|as|at(?!\s+(?:most|least)\b))\s+",  # not "be at most 1", a bound
    re.IGNORECASE,
)


def _framed(before: str, after: str) -> tuple[bool, bool, str] | None:
    """How plain words frame what ``after`` says of a name (:data:`_VALUE_FRAMES`): whether a frame is said,
    whether each one sets the note's case (none only supposes it: "Let us suppose" supposes), and ``after`` with "is taken to be" read as "is";
    None where the words before the name are not plain once the frames are taken out (:func:`_plain_words`)."""
    taken = _TAKEN_AS.match(after)
    after = _TAKEN_AS.sub(r"\1is ", after, count=1) if taken is not None else after
    found = [setting for frame, setting in _VALUE_FRAMES if frame.search(before)]
    rest = before
    for frame, _ in _VALUE_FRAMES:
        rest = frame.sub(" ", rest)
    if not _plain_words(rest):
        return None
    passive = taken.group("passive").strip().lower() if taken is not None and taken.group("passive") else ""
    setting = [*found, passive != "supposed"] if passive else found  # "$x$ is taken to be": set; "supposed to be": not
    return bool(setting), bool(setting) and all(setting), after


#: "either" before a choice of values ("is either zero or one"), taken out to read them.
_EITHER = re.compile(r"^(\W{0,2}\s*(?:is|be|are)\s+)either\s+(?=.*\bor\b)", re.IGNORECASE)
#: A further value after a name's first one ("zero or one", "$0$ or $1$", "null oder eins"): one of them, not said which.
_ANOTHER_VALUE = re.compile(r"^\s*(?:,\s*(?:or\s+)?|\s(?:or|oder|ou|o)\s+)" + _A_NUMBER, re.IGNORECASE)
#: A value written as a formula right after a name ("be $1 + y$", "is equal to $1 + y$"), marked as for
#: :data:`_ANOTHER_FORMULA`.
_FORMULA_AFTER = re.compile(r"^\W{0,2}\s*(?:(?:is|are|be|ist|est|es)\s+)?(?:equal\s+to\s+)?\uE000(?P<formula>\d+)\uE001",
                            re.IGNORECASE)  # fmt: skip
#: A further value written as a formula ("zero or $1 + y$"), its maths marked by :func:`_formulas_marked`.
_ANOTHER_FORMULA = re.compile(r"^\s*(?:,\s*(?:or\s+)?|\s(?:or|oder|ou|o)\s+)\uE000(\d+)\uE001", re.IGNORECASE)


def _number_said(word: str) -> sp.Rational:
    """The number a word says: a numeral, a number spelled (:data:`_SPELLED`) or a verb's (:data:`_VALUE_VERBS`)."""
    word = word.lower().replace("−", "-")
    spelled = _SPELLED | _VALUE_VERBS
    return sp.Integer(1) if word == "one" else spelled[word] if word in spelled else sp.Rational(word)


def _formulas_marked(text: str) -> tuple[str, list[str]]:
    """``text``'s words as :func:`_words_of` reads them, but each maths it takes out kept as a mark (its number in
    the list of the maths returned), so that a formula said among values is found."""
    formulas: list[str] = []

    def marked(match: re.Match) -> str:
        said = _words_of(match.group(0))
        if said.strip():
            return said
        formulas.append(next(group for group in match.groups() if group is not None))
        return f" \ue000{len(formulas) - 1}\ue001 "

    return _SENTENCE_MATHS.sub(marked, text), formulas


#: The nodes of a formula a value may be that keep an equation in it polynomial (the zero solve asks only those).
_POLYNOMIAL_NODES = (syntax.Name, syntax.Number, syntax.Binary, syntax.Negative, syntax.Power)


def _polynomial(node: syntax.Node) -> bool:
    """Whether the formula ``node`` is a polynomial in its names: names and numbers under +, -, * and whole powers."""
    return all(
        isinstance(n, _POLYNOMIAL_NODES)
        and (not isinstance(n, syntax.Binary) or n.operator in "+-*")
        and (not isinstance(n, syntax.Power) or (isinstance(n.exponent, syntax.Number) and n.exponent.text.isdigit()))
        for n in nodes(node)
    )


def _valued_plainly(inline: Inline) -> list[Stated]:
    """ "Let $x$ be zero.", "Suppose $x$ is zero.", "Take $x$ to be zero or $1 + y$.": a name alone (not a constant,
    nor a schedule name, read by :func:`_valued_in_words`) that plain words framing it (:data:`_VALUE_FRAMES`, which
    may only suppose) give a number, or one of a few numbers or formulas, right after it, its clause ending there: the
    values the note gives it, read as that equation (x = 0; x (x - 1) = 0 for zero or one; x (x - (1 + y)) = 0).  A
    relation the kernel does not use to prove (its names' counterexamples are untrusted); it tells where a step
    written of the name has a value (x / x at x = 0, which each choice allows).  A formula among the values that is
    not a polynomial (the zero solve does not ask it) leaves the numbers among them, each a value the note allows."""
    inline = _as_rendered(inline)
    name = parse(inline.text, inline.line).node
    around = _words_around(inline)
    if not isinstance(name, syntax.Name) or name.key in _READ_AS_CONSTANTS or name.key[:2] in SCHEDULE:
        return []
    if around is None or MATHS_SAYS_MORE.search(inline.sentence) or _SENTENCE_MATHS.search(around[0]):
        return []
    marked, formulas = _formulas_marked(around[1])
    framing = _framed(around[0], marked)
    if framing is None or not framing[0]:
        return []
    after = _EITHER.sub(r"\1", framing[2], count=1)
    said = _VALUE_AFTER.match(after) or _FORMULA_AFTER.match(after)
    if said is None:
        return []
    first = said.group("formula") if "formula" in said.re.groupindex else None
    if first is not None:  # "be $1 + y$ or zero": a formula first, one of a choice (a formula alone is maths' own)
        if _ANOTHER_VALUE.match(after[said.end() :]) is None and _ANOTHER_FORMULA.match(after[said.end() :]) is None:
            return []
        values, shown = [_value_formula(formulas[int(first)])], [f"${formulas[int(first)].strip()}$"]
        if values[0] is None:
            return []
    else:
        number = _number_said(next(g for g in said.groups() if g))
        values, shown = [_written_number(name.position, number)], [str(number)]
    rest = after[said.end() :]
    while (another := _ANOTHER_VALUE.match(rest) or _ANOTHER_FORMULA.match(rest)) is not None:
        if another.re is _ANOTHER_VALUE:
            values.append(_written_number(name.position, _number_said(another.group(1))))
            shown.append(str(_number_said(another.group(1))))
        else:
            formula = _value_formula(formulas[int(another.group(1))])
            if formula is None:
                return []
            values.append(formula)
            shown.append(f"${formulas[int(another.group(1))].strip()}$")
        rest = rest[another.end() :]
    if _ENDS.match(rest) is None:  # "Let $x$ be zero only if ...": the sentence ends
        return []
    kept = [v for v in values if _polynomial(v)]
    numbers = list(dict.fromkeys(v for v in kept if not any(isinstance(n, syntax.Name) for n in nodes(v))))
    values = kept if len(kept) == len(values) else numbers  # a formula not polynomial: the numbers said, each allowed
    values = list(dict.fromkeys(values))
    left: syntax.Node = name
    if len(values) > 1:  # x is one of them: (x - a)(x - b) = 0
        left = syntax.Binary(name.position, "-", name, values[0])
        for other in values[1:]:
            left = syntax.Binary(name.position, "*", left, syntax.Binary(name.position, "-", name, other))
    right = values[0] if len(values) == 1 else syntax.Number(name.position, "0")
    equation = syntax.Statement(name.position, ("=",), (left, right))
    text = f"${inline.text.strip()}$ said to be {' or '.join(shown)} in words"
    return [Stated("relation", inline.line, text, Formula(text, inline.line, equation), None, "value in words")]


#: A negation right before a zero word ("not zero", "non nul", "nicht null", "не равно нулю", "no nulo", "ungleich
#: null", "different from zero"): it says the name is not 0, which the zero word then does not give.
_NOT_ZERO = re.compile(
    r"(?:\b(?:not|never|non|no|nicht|ungleich|pas|jamais|nunca|mai|niet|nie)\b|\bdiff[eé]rent\w*\s+(?:from|de)"
    r"|\bdistint[oa]\s+de|\bdivers[oa]\s+da|\bverschieden\s+von|\bне\b|\bни\b|n['’]|ne\s)\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


#: Words that compare with the number after them ("greater than zero", "below zero", "at least zero"): a bound by
#: zero, which the sign readers take, not a value.
_COMPARED_WITH = re.compile(r"\b(?:than|above|below|under|over|least|most|between|from)\W*(?:the\W+)?$", re.IGNORECASE)


#: A verb that gives its object the value zero, the words of the object after it ("We zero out the noise", "we
#: switch off the drift", "zeroing the bias", "on annule le bruit", "anulamos el ruido"; not "zero in on", to focus
#: on): the name right after them, ending their clause, may be given the value 0.
_ZEROING_BEFORE = re.compile(
    r"\b(?:(?:zero(?:e?s|ed|ing)?|null(?:s|ed|ing)?)\s+out|(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?|shut(?:s|ting)?)"
    r"\s+off|zero(?:e?s|ed|ing)(?!\s+in\b)|annul(?:e|es|ons|ez|ent|er)|anul(?:a|amos|an|ar)|azzeri\w*)"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _zeroed_before(before: str, after: str) -> re.Match | None:
    """The verb of zero (:data:`_ZEROING_BEFORE`) whose object a name is, in the words ``before`` it in its clause,
    the clause ending at the name (``after`` it: adverbs alone), not right after a negation ("we do not zero out")."""
    clause = re.split(r"[.;:!?。；：！？]|,(?!\d)", _words_of(before))[-1]
    found = _ZEROING_BEFORE.search(clause)
    ends = _ENDS_AT_NAME.match(re.split(r"[.;:!?。；：！？]|,(?!\d)", after, maxsplit=1)[0])
    return found if found is not None and ends is not None and not _NOT_ZERO.search(clause[: found.start()]) else None


#: Words that may follow a name ending its clause (adverbs: "here", "entirely"; "out" of "zero $x$ out"), then the
#: clause's end or a conjunction opening another ("and keep $x$").
_ENDS_AT_NAME = re.compile(
    r"\s*(?:\b(?:out|off|here|now|then|throughout|too|again|also|entirely|completely|altogether|as\s+well|ici|aqu[ií])"
    r"\b\s*)*(?:$|\b(?:and|but|or|so|while|whereas|which|et|mais|y|pero|und|aber)\b)",
    re.IGNORECASE,
)


#: A range in words from zero, zero in it, opening the clause after a name ("between $0$ and $1$ inclusive", "from zero
#: to one", "that lies between 0 and 1"; not "strictly between", nor "between 0 and 1 exclusive"): the name may be 0.
_RANGE_FROM_ZERO = re.compile(
    r"^\W*(?:(?:that|which)\s+(?:is|are|lies|lie|ranges?|runs?|var(?:y|ies))\s+|is\s+|are\s+|lies\s+|ranging\s+"
    r"|running\s+|going\s+|varying\s+)?(?:between\s+(?:0|zero|n[ao]ught)\s+and\b(?![^.;:]*\bexclusive(?:ly)?\b)"
    r"|from\s+(?:0|zero|n[ao]ught)\s+(?:to|until|through|up\s+to)\b)",
    re.IGNORECASE,
)


def _zero_said_unread(inline: Inline) -> list[Stated]:
    """ "Soit $x$ nul.", "Ici $x$ s'annule.", "Пусть $x$ равно нулю.", "Here $x$ is identically zero.": a name alone
    (not a constant, nor a schedule name), or one of names listed together ("Both $x$ and $y$ are zero",
    :func:`_listed_apart`), whose clause right after it (or the list) ends on a zero word (:data:`ZERO_WORD`: "is the
    zero vector", "sits at the origin", "is switched off here", "vanishes"; not right after a negation nor a
    comparison), or the object of a verb of zero ending its clause (:func:`_zeroed_before`: "We zero out the noise
    $\\epsilon$."), or given a range in words from zero (:data:`_RANGE_FROM_ZERO`: "for every $\\sigma$ between $0$
    and $1$ inclusive"; a step index's range is read where the note claims its steps), that no reader of a value or a sign reads: the note may give it the value 0, in words not read.  Read as an equation not read of the name (a divisor or a
    logarithm's argument written of it is not known to have a value: the fail-safe direction, with no table of each
    language's words for zero), and as a relation in words (no counterexample about it is trusted)."""
    inline = _as_rendered(inline)
    name = parse(inline.text, inline.line).node
    around = _words_around(inline)
    if not isinstance(name, syntax.Name) or name.key in _READ_AS_CONSTANTS or name.key[:2] in SCHEDULE:
        return []
    if around is None or _valued_plainly(inline):
        return []
    after = _listed_apart(*around, inline.line)[1]  # "Both $x$ and $y$ are zero": the other names listed taken out
    clause = re.split(r"[.;:!?。；：！？]|,(?!\d)", after, maxsplit=1)[0]
    words = _words_of(clause).rstrip()
    last = None if _SENTENCE_MATHS.search(clause) else ending_on_zero(words)
    if last is None or _NOT_ZERO.search(words[: last.start()]) or _COMPARED_WITH.search(words[: last.start()]):
        last = _zeroed_before(_listed_apart(*around, inline.line)[0], after)  # "We zero out the noise $\epsilon$."
    if last is None and not isinstance(convention(name), sp.Range):  # a step index's range: orders_not_taken's
        last = _RANGE_FROM_ZERO.match(_words_of(after))  # "for every $\sigma$ between $0$ and $1$ inclusive"
    if last is None or _signed_plainly(inline):  # "greater than zero": a bound
        return []
    said = f"${inline.text.strip()}$ beside the word '{last.group(0).strip()}' (a value in words not read)"
    formula = Formula(said, inline.line, name)
    return [Stated("unread equation", inline.line, said, formula, None, "words"),
            Stated("relation", inline.line, said, formula, None, "words")]  # fmt: skip


def _value_formula(maths: str) -> syntax.Node | None:
    """The formula ``maths`` writes as a value (None: not read)."""
    try:
        node = syntax.parse(maths, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    if isinstance(node, syntax.Statement):
        return node.operands[0] if not node.relations and len(node.operands) == 1 else None
    return node


#: The words before a sign right after a name: a copula ("is", "be", "ist", "est", "es"; 为, 是; は, が), and "strictly".
_COPULA = (
    r"^\W{0,2}\s*(?:(?:is|be|are|ist|sind|est|sont|es|son|è|vara)\s+|[为為是]\s*|[はが]\s*|[은는이가]\s*)?"
    r"(?:(?:an?|une?|un[oa]?|um|uma|een|ett|en)\s+"  # "be a negative number" (the noun after the sign: _NUMBER_NOUN)
    r"(?:(?:r[ée]el|nombre(?:\s+r[ée]el)?|real|n[úu]mero(?:\s+real)?|reale|numero(?:\s+reale)?)\s+)?)?"  # "un réel négatif"
)
#: A noun a sign may be said with ("a negative number", "a positive real", "een positief getal", "ett negativt
#: tal"): it adds nothing to the sign.
_NUMBER_NOUN = (
    r"(?:\s+(?:number|real(?:\s+number)?|constant|scalar|value|(?:re[eë]{1,2}l\s+)?getal|(?:reellt\s+)?tal))?"
)
_STRICTLY = r"(?:strictly|strikt|strictement|estrictamente|estritamente|строго)\s+"
#: A sign said of a name right after it ("be negative", "is strictly positive", "nichtnegativ", "négatif", "negativo",
#: отрицательно, 为负数, は負とする), and its order with 0.  A bare "positif" or "positivo" is read as the weaker order
#: (:data:`_WEAK_SIGN_FRAMES`); 正 and 負 (zh, ja) are strict, as положительный and отрицательный are.
_SIGN_AFTER = (
    (re.compile(_COPULA + rf"(?:(?:(?:non-?negative|nicht-?negativ|non[-\s]n[ée]gati(?:f|ve)s?|no\s+negativ[oa]s?"
                rf"|n[ãa]o[-\s]negativ[oa]s?|niet[-\s]negatie[fv]e?|icke[-\s]negativ[at]?){_NUMBER_NOUN}"
                r"|неотрицательн\w*)\b|非负数?|非負(?:数|の数)?)", re.I), ">="),
    (re.compile(_COPULA + rf"(?:(?:(?:non-?positive|nicht-?positiv|non[-\s]positi(?:f|ve)s?|no\s+positiv[oa]s?"
                rf"|n[ãa]o[-\s]positiv[oa]s?|niet[-\s]positie[fv]e?|icke[-\s]positiv[at]?){_NUMBER_NOUN}"
                r"|неположительн\w*)\b|非正(?:数|の数)?)", re.I), "<="),
    (re.compile(_COPULA + rf"(?:{_STRICTLY})?(?:(?:(?:positive|positie[fv]e?|positivt?){_NUMBER_NOUN}|positi(?:f|ve)s?"
                r"|positiv[oaie]s?|положительн\w*)\b|正数|正數|正的|正(?:の数|数)?|양수(?:이다|입니다)?)", re.I), ">"),
    (re.compile(_COPULA + rf"(?:{_STRICTLY})?(?:(?:(?:negative|negatie[fv]e?|negativt?){_NUMBER_NOUN}|n[ée]gati(?:f|ve)s?"
                r"|negativ[oaie]s?|отрицательн\w*)\b|负数|負數|负的|負的|[负負](?:の数|数)?|음수(?:이다|입니다)?)", re.I), "<"),
)  # fmt: skip
#: A bound by a number said of a name right after it ("be less than zero", "is at most $-1$", "no smaller than 2"),
#: and its order with the number (read through :data:`_A_NUMBER`, the maths of a number kept as its words).
_BOUND_AFTER = (
    (re.compile(_COPULA + r"(?:less|smaller)\s+than\s+or\s+equal\s+to\s+" + _A_NUMBER, re.I), "<="),
    (re.compile(_COPULA + r"(?:greater|larger)\s+than\s+or\s+equal\s+to\s+" + _A_NUMBER, re.I), ">="),
    (re.compile(_COPULA + r"(?:strictly\s+)?(?:less|smaller|lower)\s+than\s+" + _A_NUMBER, re.I), "<"),
    (re.compile(_COPULA + r"(?:strictly\s+)?(?:greater|larger|bigger|higher)\s+than\s+" + _A_NUMBER, re.I), ">"),
    (re.compile(_COPULA + r"(?:at\s+most|no\s+(?:more|greater|larger)\s+than)\s+" + _A_NUMBER, re.I), "<="),
    (re.compile(_COPULA + r"(?:at\s+least|no\s+(?:less|smaller)\s+than)\s+" + _A_NUMBER, re.I), ">="),
    (re.compile(_COPULA + r"(?:strictly\s+)?below\s+" + _A_NUMBER, re.I), "<"),
    (re.compile(_COPULA + r"(?:strictly\s+)?above\s+" + _A_NUMBER, re.I), ">"),
)  # fmt: skip
#: The frames of French, Spanish, Italian, Portuguese and Dutch ("Soit", "Sea", "Sia", "Si", "Seja", "Zij", "Laat"): a
#: sign said after one without "strictement" or "estrictamente" may include 0 (French "positif" is >= 0, and so is
#: Belgian Dutch "positief"), so it is read as the weaker order.
_WEAK_SIGN_FRAMES = re.compile(
    r"\b(?:ici|soit|soient|prenons|posons|supposons|si|sea|sean|tomemos|supongamos|sia|siano|seja|sejam|zij|laat)\b",
    re.IGNORECASE,
)
#: A frame said after the sign in Japanese and Korean ("$x$ は負とする", "$x$ 는 음수라고 하자": let x be negative).
_FRAME_AFTER = re.compile(r"^\s*(?:とする|と仮定する|とおく|라고\s*(?:하자|가정하자|가정한다|둔다|놓자))")
#: The verb Dutch puts after the sign under its frame ("Laat $x$ positief zijn": let x be positive).
_VERB_AFTER = re.compile(r"^\s+zijn\b", re.IGNORECASE)
#: What joins names listed together before what is said of all of them ("$x$ and $y$", "$x$, $y$ and $z$").
_LIST_JOIN = r"(?:,\s*(?:and\s+|und\s+|et\s+|y\s+)?|\s(?:and|und|et|y)\s+|和|与|與|と|、)"
#: A further sign joined to a name's first one ("nonnegative and nonpositive", "positiv und negativ"): both are said.
_ANOTHER_SIGN = re.compile(r"^\s*,?\s*(?:and|und|et|y)\s+(?:also\s+)?(?=\w)", re.IGNORECASE)


#: A LaTeX command that sets words in another face ("\\emph{strictly}", "\\textbf{negative}"): shown as its words.
_FACE = re.compile(r"\\(?:emph|textbf|textit|textsl|textsc|textup|textmd|textnormal|underline)\s*\{([^{}$]*)\}")
#: A Markdown emphasis mark ("**negative**", "*negative*", "__negative__", "_negative_"): a renderer shows none.
_EMPHASIS = re.compile(r"(?<!\\)\*+|(?<!\w)_+|_+(?!\w)")


def _as_rendered(inline: Inline) -> Inline:
    """``inline`` with its sentence as every renderer shows it: CriticMarkup as both readings give it
    (:data:`critic.READINGS`: "Let $x$ be {++negative++}."), kept as written where they differ (a deletion beside an
    addition: no words are then read of it); emphasis marks and face commands dropped outside maths ("Let $x$ be
    **negative**.", "\\emph{strictly}"): the words the orders readers read."""
    readings = {reading(inline.sentence) for reading in critic.READINGS}
    sentence = readings.pop() if len(readings) == 1 else inline.sentence
    shown, start = [], 0
    for match in _SENTENCE_MATHS.finditer(sentence):
        shown += [_EMPHASIS.sub("", _FACE.sub(r"\1", sentence[start : match.start()])), match.group(0)]
        start = match.end()
    shown.append(_EMPHASIS.sub("", _FACE.sub(r"\1", sentence[start:])))
    return replace(inline, sentence="".join(shown))


def _lone_name(maths: str, line: int) -> bool:
    """Whether ``maths`` writes a name alone (not a constant): an item of a list of names."""
    name = parse(maths, line).node
    return isinstance(name, syntax.Name) and name.key not in _READ_AS_CONSTANTS


def _listed_apart(before: str, after: str, line: int) -> tuple[str, str]:
    """The words around a name (``before`` and ``after`` its maths) with the other names listed beside it taken
    out ("Let $x$ and $y$ be negative": "Let " and " be negative" for each), and, where the name opens a clause
    joined to one before it (``Let $x < y$, and $y$ be negative``), that clause's maths taken out of its words: what
    it states is read on its own, and its words frame both.  Maths that is no lone name is kept."""
    item = r"(?:\$\$(.*?)\$\$|\$(.*?)\$)"
    listed = re.match(rf"^(?:\s*{_LIST_JOIN}\s*{item})+", after)
    if listed is not None and all(_lone_name(m.group(1) or m.group(2), line)
                                  for m in re.finditer(item, listed.group(0))):  # fmt: skip
        after = after[listed.end() :]
    listed = re.search(rf"(?:{item}\s*{_LIST_JOIN}\s*)+$", before)
    if listed is not None and all(_lone_name(m.group(1) or m.group(2), line)
                                  for m in re.finditer(item, listed.group(0))):  # fmt: skip
        before = before[: listed.start()]
    clause = re.match(r"^(?P<head>.*)[,;]\s*(?:and|und|et|y)\s+$", before, re.DOTALL | re.IGNORECASE)
    if clause is not None and _SENTENCE_MATHS.search(clause.group("head")):
        before = _SENTENCE_MATHS.sub(" ", clause.group("head")) + " "
    return before, after


def _signed_plainly(inline: Inline) -> list[Stated]:
    """ "Let $v$ be negative.", "Here $v$ is nonnegative.", "Sei $v$ negativ.", "Let $x$ be nonnegative and
    nonpositive.", "Let $x$ be at most $-1$.", "Let $x$ and $y$ be negative.", "Soit $x$ négatif.", "设 $x$ 为负数。":
    a name alone (not a constant, nor a schedule name), or listed with other names alone, that plain words framing
    it (:data:`_VALUE_FRAMES`, or とする after the sign) sign or bound by a number right after it
    (:data:`_SIGN_AFTER`, :data:`_BOUND_AFTER`), with further signs joined by "and", its clause ending there: the
    orders the note states of it (all of them: x >= 0 and x <= 0 pin x = 0), conditions a counterexample must
    satisfy and where a step written of it has a value, as "Assume $v < 0$" is.  Words that only suppose it
    ("Suppose $v$ is negative.", "If $v$ is negative") give the orders as equations only (:func:`_supposed_signs`),
    which hold a step without value.  Other maths after the name ends the reading ("Let $x$ be positive and $y$
    negative" says nothing more of x)."""
    inline = _as_rendered(inline)
    name = parse(inline.text, inline.line).node
    around = _words_around(inline)
    if not isinstance(name, syntax.Name) or name.key in _READ_AS_CONSTANTS or name.key[:2] in SCHEDULE:
        return []
    if around is None or MATHS_SAYS_MORE.search(inline.sentence):
        return []
    before, after = _listed_apart(*around, inline.line)
    if _SENTENCE_MATHS.search(before):
        return []
    marked, _ = _formulas_marked(after)
    framing = _framed(before, marked)
    if framing is None:
        return []
    weak = _WEAK_SIGN_FRAMES.search(before) is not None
    orders, rest = [], framing[2]
    while (signed := _sign_said(rest, weak)) is not None:
        orders.append(signed[:2])
        rest = rest[signed[2] :]
        joined = _ANOTHER_SIGN.match(rest)
        if joined is None:
            break
        rest = rest[joined.end() :]
    set_after = _FRAME_AFTER.match(rest) if orders else None
    if set_after is not None:  # "$x$ は負とする": the sign's own frame sets it
        framing, rest = (True, framing[1] or not framing[0], framing[2]), rest[set_after.end() :]
    verb = _VERB_AFTER.match(rest) if orders and framing[0] else None
    rest = rest[verb.end() :] if verb is not None else rest  # "Laat $x$ positief zijn."
    if not orders or not framing[0] or _ENDS.match(rest) is None:
        return []
    if not framing[1]:
        return _supposed_signs(inline, name, tuple(dict.fromkeys(orders)))
    found = []
    for order, bound in dict.fromkeys(orders):
        statement = syntax.Statement(name.position, (order,), (name, _written_number(name.position, bound)))
        text = f"that ${inline.text.strip()} {order} {bound}$, in words"
        found.append(Stated("relation", inline.line, text, Formula(text, inline.line, statement), None, "words",
                            plain=True))  # fmt: skip
    return found


#: Each sign as equations in the name v and names of its own, s and u, whose real solutions are exactly the values
#: the sign allows: v < 0 is v + s^2 = 0 with v u^2 + 1 = 0 (v = -s^2 and u != 0), v <= 0 is v + s^2 = 0.
_SIGN_EQUATIONS = {
    "<": (("+", "s", 2, 0), ("*", "u", 2, 1)),
    ">": (("-", "s", 2, 0), ("*", "u", 2, -1)),
    "<=": (("+", "s", 2, 0),),
    ">=": (("-", "s", 2, 0),),
}


def _supposed_signs(inline: Inline, name: syntax.Name, orders: tuple[tuple[str, sp.Rational], ...]) -> list[Stated]:
    """The signs words that suppose them say of ``name`` (:data:`_VALUE_FRAMES`), each as the equations whose real
    solutions are the values it allows (:data:`_SIGN_EQUATIONS`), in names of the supposition's own: relations the
    kernel does not use to prove, which tell where a step written of the name has a value (no density for N(y; 1, v)
    where v is supposed negative), as a value said in words does; never an order a counterexample or a zero is
    bounded by, since the supposition may be argued against."""
    found, at = [], name.position
    own = re.sub(r"\W", "", f"{name.base}{name.decoration}{name.index}")
    for order, bound in orders:
        gap = syntax.Binary(at, "-", name, _written_number(at, bound)) if bound else name  # x < -1: x + 1 < 0
        for joint, letter, power, constant in _SIGN_EQUATIONS[order]:
            other = syntax.Power(at, syntax.Name(at, letter, "", f"supposed{own}"), syntax.Number(at, str(power)))
            left = syntax.Binary(at, joint, gap, other)
            right = _written_number(at, sp.Integer(-constant)) if joint == "*" else syntax.Number(at, "0")
            equation = syntax.Statement(at, ("=",), (left, right))
            text = f"${inline.text.strip()}$ supposed {order} {bound} in words"
            found.append(Stated("relation", inline.line, text, Formula(text, inline.line, equation), None,
                                "value in words"))  # fmt: skip
    return found


def _negated_in_words(inline: Inline) -> list[Stated]:
    """ "Zij $x$ niet groter dan nul.", "Let $x$ be not positive.", "Seja $x$ não maior que zero.": names alone (not
    constants, nor names with a convention: "$\\bar\\alpha_T$ is never driven to zero"), or listed with other
    names alone, that the words right after them (a copula at most between) say are not something.  What they are
    not may be a sign or a bound, in words no reader need read (the fail-safe direction, with no table of each
    language's comparisons): each is a relation in words, so a logarithm or a root of them is not presumed to have
    a value and no counterexample about them is trusted."""
    inline = _as_rendered(inline)
    name = parse(inline.text, inline.line).node
    around = _words_around(inline)
    if not isinstance(name, syntax.Name) or name.key in _READ_AS_CONSTANTS or convention(name) is not None:
        return []  # a name with a convention keeps it: words that may break it are read by the values readers
    if around is None:
        return []
    _, after = _listed_apart(*around, inline.line)
    words = _words_of(after)
    copula = re.match(_COPULA, words, re.IGNORECASE)  # it matches at least nothing
    negation = _NEGATED.match(words, copula.end())
    if negation is None:
        return []
    said = f"${inline.text.strip()}$ beside the negation '{negation.group(0)}'"
    return [Stated("relation", inline.line, said, Formula(said, inline.line, name), None, "words")]


def _sign_said(after: str, weak: bool = False) -> tuple[str, sp.Rational, int] | None:
    """The order a sign or a bound right at the start of ``after`` says (:data:`_SIGN_AFTER`, :data:`_BOUND_AFTER`),
    the number it bounds by, and where its words end; a sign not said strict read as the weaker order where ``weak``
    (:data:`_WEAK_SIGN_FRAMES`)."""
    for sign, order in _SIGN_AFTER:
        said = sign.match(after)
        if said is not None:
            strict = re.search(_STRICTLY, said.group(0), re.IGNORECASE) is not None
            return (f"{order}=" if weak and not strict and len(order) == 1 else order), sp.Integer(0), said.end()
    for bound, order in _BOUND_AFTER:
        said = bound.match(after)
        if said is not None:
            return order, _number_said(said.group(1)), said.end()
    return None


#: What the DDPM context calls abar_t in words, and words that make it vanish ("zero terminal SNR", "the cumulative
#: product vanishes at the final step", "the signal-to-noise ratio reaches zero"): abar = 0 (the SNR is abar / (1 -
#: abar)), said at the last step where the words say so.
_CUMULATIVE_NOUN = re.compile(
    r"\bcumulative\s+products?\b|\bSNRs?\b|\bsignal[-\s]to[-\s]noise\b|累積積|累积|信噪比|信号対雑音比|SN比",
    re.IGNORECASE,
)
_VANISHES = re.compile(
    r"\bvanish\w*|\b(?:is|are|be|becomes?|reach\w*|go(?:es)?\s+to|drops?\s+to|falls?\s+to|set\s+to|equals?"
    r"|equal\s+to|hits?|(?:driven|brought|pushed|sent)\s+to|takes?\s+the\s+value)\s+(?:exactly\s+)?(?:zero|0|nil|null|naught|nought)\b(?![.,]\d)|(?<![-\w])zero\s+(?:terminal\s+|final\s+)?(?:SNR|signal)"
    r"|\b(?:SNR|ratio)\s+of\s+(?:exactly\s+)?(?:zero|0)\b(?![.,]\d)|\bverschwind\w*|\bs'annul\w*|消失|为零|為零"
    r"|等于零|等於零|ゼロ(?:に|と)なる|ゼロになり|0\s*(?:に|と)なる|消える",
    re.IGNORECASE,
)
_NOT_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|cannot|nicht|nie|pas|jamais)\b|n't)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)
_AT_THE_END = re.compile(r"\b(?:terminal|final|last|end)\b|\bT\b|最終|最后|最後|終端|终端", re.IGNORECASE)


def _abar_vanishing(sentence: str) -> syntax.Name | None:
    """ "Zero terminal SNR means the cumulative product vanishes at the final step": words that make abar vanish
    (what the DDPM context calls it, :data:`_CUMULATIVE_NOUN`, said to be zero, :data:`_VANISHES`, not right after
    a negation): abar_T (abar_t where no last step is said).  Words that only bring it near zero ("tends to",
    "approaches") do not."""
    words = _words_of(sentence)
    if not _CUMULATIVE_NOUN.search(words):
        return None
    if not any(not _NOT_RIGHT_BEFORE.search(words[: m.start()]) for m in _VANISHES.finditer(words)):
        return None
    return syntax.Name(0, "alpha", "bar", "T" if _AT_THE_END.search(words) else "t")


#: DDPM's data named in words, no maths, as the subject of a clause with its copula ("The data point is", "the clean
#: image lies at", "le point de données est"): what the clause says after it is said of x_0.
_DATA_IS = re.compile(
    r"(?:^|[,;:]|\b(?:and|so|thus|hence|here|then|et|und)\b)\s*(?:(?:the|our|each|every|this|le|la|les|der|die|das)\s+)?"
    r"(?:(?:clean|original|noiseless|noise-free|uncorrupted|training|input|observed)\s+)?"
    r"(?:data[-\s]?points?|data|datum|images?|(?:clean|original|noiseless|uncorrupted|training|input)\s+(?:samples?"
    r"|signals?|examples?)|points?\s+de\s+donn[ée]es|donn[ée]es?|Daten(?:punkt)?|Datenpunkt)"
    r"\s+(?:is|are|lies|lie|sits|sit|equals?|becomes?|est|sont|ist|sind|es)\b",
    re.IGNORECASE,
)


def _data_vanishing(sentence: str) -> syntax.Name | None:
    """ "The data point is the origin.", "The clean image is zero.": DDPM's data named in words (:data:`_DATA_IS`,
    no maths in its clause) whose clause is a zero word alone after its copula (:func:`zero_alone`, no negation
    between): x_0, the name DDPM gives its data.  In a note that names no data x_0, the relation only holds a
    counterexample about an x_0 (the fail-safe direction)."""
    for subject in _DATA_IS.finditer(sentence):
        clause = re.split(r"[.;:!?,]", sentence[subject.end() :], maxsplit=1)[0]
        if "$" not in clause and zero_alone(clause) is not None:
            return syntax.Name(0, "x", "", "0")
    return None


#: The readers of a quantity DDPM names in words that a sentence makes vanish: abar, and the data x_0.
_VANISHING_READERS = (_abar_vanishing, _data_vanishing)


def _vanishing_in_words(notes: Notes) -> list[Stated]:
    """Words that make a quantity DDPM names in words vanish (:data:`_VANISHING_READERS`: "the cumulative product
    vanishes at the final step", abar_T = 0; "The data point is the origin.", x_0 = 0).  Read as that equation, a
    relation the kernel does not use: the schedule's ranges give way under a context, as they do for
    ``\\bar\\alpha_T = 0``, and the name's counterexamples are untrusted (false at every schedule too)."""
    found = []
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _sentences(text):
                for reader in _VANISHING_READERS:
                    name = reader(sentence)
                    if name is None:
                        continue
                    line = paragraph.line + offset
                    equation = syntax.Statement(0, ("=",), (name, syntax.Number(0, "0")))
                    shown = f"{'abar' if name.base == 'alpha' else name.base}_{name.index}"
                    said = f"{shown} said to vanish in words ({' '.join(sentence.split())[:60]})"
                    found.append(Stated("relation", line, said, Formula(said, line, equation), None, "value in words"))
    return found


#: Words that say of a name what was said before of another ("The same holds for $y$", "Likewise, $b$", "and so is
#: $y$", "$z$ も同様である", "同理 $y$", "ebenso", "de même"): what they carry over is not read, so the names set alone
#: beside them are related in a way the kernel does not model (it may be a bound "$x$ is smaller than $1$" gave x).
_CARRIED_OVER = re.compile(
    r"\b(?:the\s+same|same\s+thing)\s+(?:holds|is\s+true|goes|applies|happens)|\bthe\s+same\s+(?:for|of)\b"
    r"|\b(?:this|that|it)\s+(?:also\s+)?(?:holds|applies)\s+(?:also\s+|too\s+)?(?:for|to)\b|\blikewise\b|\bsimilarly\b"
    r"|\bas\s+well\b(?!\s+as)|\bas\s+(?:is|are|does|do)\s*(?:[.;,!?]|$)|\bso\s+(?:is|are|does|do)\b"
    r"|\bebenso\b|\bgleichfalls\b|\b(?:das\s+gleiche|dasselbe)\s+gilt|\bde\s+m[êe]me\b|\bpareil\w*|\blo\s+mismo\b"
    r"|\basimismo\b|\bigualmente\b|同様|同じく|同样|同樣|同理|亦然|也是如此"
    r"|\bditto\b|\bsame\s+(?:for|with|goes)\b|\bcarr(?:y|ies|ied)\s+over\b|\bidem\b|についても同じ|也一样|也一樣",
    re.IGNORECASE,
)


#: The words of :data:`_SIGN_WORDS` that give a value rather than a bound or a sign.
_VALUE_WORDS = re.compile(
    r"\b(?:equals?|set\s+to|minus|vaut|gleich|[ée]gal\w*|igual\w*|same|identi\w*)\b|\b(?:is|be|est|ist|es)\s+[-−]?\s*\d"
    rf"|{_SET_TO_A_NUMBER}",
    re.IGNORECASE,
)


#: What a list of names written alone is made of (``\\beta_1, \\dots, \\beta_T``).
NAMES_AND_DOTS = (syntax.Name, syntax.Ellipsis)
