"""How a sentence holds its inline maths, and a remark the step beside it: as a condition, a case, a
substitution, a hypothesis, an example, others' claim, a denial, or a name freed or redefined."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import Formula, Stated, parse
from diffproof.notecheck.statements.indices import _INDEX_LETTERS
from diffproof.notecheck.statements.orders import _COPULA, _SPELLED, _VALUE_FRAMES, _lone_name, _plain
from diffproof.notecheck.statements.sentences import (
    _NEGATED,
    _SENTENCE_MATHS,
    _TURKISH_NEGATION,
    _raw_sentences,
    _words_around,
    _words_of,
)
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import Inline, Prose
from diffproof.notes import relations as rel

#: Words right before a sentence's maths that make a bound on an index a case of what follows ("For $t \ge 2$,",
#: "Let $T \ge 2$."), and right after it, the end of that clause.
_CASE_BEFORE = re.compile(
    r"\b(?:for|when|whenever|if|let|assume|assuming|suppose|with|given)(?:\s+(?:all|every|each|any|that))?[\s*_]*$",
    re.IGNORECASE,
)
#: What may follow a case's maths: its clause ending, or a clause of fact run on into the display ("For $t \ge 2$ we
#: get", "we have", "one obtains").
_CASE_AFTER = re.compile(
    r"^[\s*_]*(?:[,:;.]|$|(?:we|one)\s+(?:get|have|obtain|obtains|find|finds|can\s+write|arrive\s+at)\b)",
    re.IGNORECASE,
)


#: Words before a case that exclude it ("Except at $t = 1$"), and after it that widen it ("At $t = 1$ or later",
#: "For $t \ge 2$, ..., and for all $t$").
_EXCEPT = re.compile(r"\b(?:except|unlike|other\s+than|apart\s+from|besides|excluding|beyond)\b", re.IGNORECASE)
_WIDENING = re.compile(
    r"^\W*\(|\b(?:or|all|every|any|each|general(?:ly)?|later|onwards?|above|beyond|other\w*|remaining|rest|else"
    r"|likewise|similarly|too|also)\b",
    re.IGNORECASE,
)


def _a_case(inline: Inline) -> bool:
    """Whether the sentence of ``inline`` makes its maths a case of what follows: a case word right before it
    (:data:`_CASE_BEFORE`, or "at"), none that excludes it, and nothing after it that widens it."""
    around = _words_around(inline)
    if around is None:
        return False
    before, after = _words_of(around[0]), _words_of(around[1])
    if _EXCEPT.search(before) or _WIDENING.search(after):
        return False
    return bool(_CASE_BEFORE.search(before) or re.search(r"\bat[\s*_]*$", before, re.IGNORECASE))


def _a_pin(item: Stated, inline: Inline) -> bool:
    """Whether an index condition (``t = 1``) is the case of the display its sentence runs into: the whole of its
    maths (not ``t = 1, \\ldots, T``), and no other maths of the sentence naming its letter ("For $t = 1$, ...,
    while for $t > 1$:"); the words after it do not turn to other cases (:data:`_WIDENING`, :func:`_a_case`)."""
    statement = item.name.node if item.name is not None else None
    around = _words_around(inline)
    if item.until is None or around is None or not isinstance(statement, syntax.Statement):
        return False
    if item.text.strip() != inline.text.strip() or _RANGE_AFTER.match(around[1]):
        return False  # "For $t = 1, \\ldots, T$", "For $t = 1$ to $T$": a range, not a case
    letters = {n.base for n in nodes(statement) if isinstance(n, syntax.Name)}
    others = [maths for found in _SENTENCE_MATHS.findall(around[0] + around[1]) for maths in found if maths]
    return not any(
        re.search(rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])", o) for o in others for letter in letters
    )


#: Words right after an index's value that make it the start of a range ("For $t = 1$ to $T$").
_RANGE_AFTER = re.compile(r"^\s*(?:to|through|until|till|up\s+to|-|–|—|\.\.)\s*(?:\$|\\\()", re.IGNORECASE)


def _narrowing(item: Stated, inline: Inline, runs_on: bool) -> Stated:
    """A narrowing of an index (:func:`_narrowed_indices`) only where its sentence makes it a case of what follows:
    a case word right before the maths and the clause ending right after it; for the display the sentence runs on
    into (``runs_on``), or, for the horizon (T) where the sentence asserts it ("Let $T \\ge 2$."), for the note.
    Elsewhere ("Let $T \\ge 2$ be an integer.") it bounds nothing, but the note still claims its steps at the end
    it writes: a ``range`` for the rest of the note (fail-safe: a step is then checked there, never proved by it).
    Any other item as it is."""
    if item.origin != "narrowing":
        return item
    around = _words_around(inline)
    horizon = any(name.base.isupper() for name in nodes(item.name.node) if isinstance(name, syntax.Name))
    claimed = replace(item, kind="range", origin="inline", until=None)
    if around is not None and _plain(inline) and not _conditional(inline):  # "Here $T \ge 2$.": the horizon, for
        return replace(item, origin="inline", until=None if horizon else item.until)  # the note; t, the next display
    if around is None or not (_CASE_BEFORE.search(around[0]) and _CASE_AFTER.match(around[1]) and _a_case(inline)):
        return claimed
    if horizon and _asserted(inline):
        return replace(item, origin="inline", until=None)
    return replace(item, origin="inline") if runs_on else claimed


#: The impersonal verbs of fact after Italian "si" ("si ha", "si ottiene": one has, one obtains), where Italian writes
#: "if" as "se": never a copula or a modal, "si è", "si può", which are French or Spanish "if it is", "if it can".
_ITALIAN_OF_FACT = (
    r"(?:ha|hanno|ottiene|ottengono|trova|trovano|ricava|ricavano|deduce|deducono|verifica|verificano|vede|nota|noti"
    r"|osserva|osservi|scrive|scrivono|definisce|definiscono|pone|pongono|calcola|calcolano|riduce|riducono"
    r"|semplifica|sostituisce|conclude|dimostra|dimostrano|mostra|usa|usano|utilizza|avrà|otterrà)"
)
#: The reflexive-passive verbs of fact after Spanish "se" ("se tiene", "se obtiene": one has), where Spanish writes
#: "if" as "si": never a modal ("se puede", Italian "if he can").  Portuguese "se" is "if" before any verb.
_SPANISH_OF_FACT = (
    r"(?:tiene|tienen|obtiene|obtienen|cumple|cumplen|sigue|siguen|define|definen|denota|denotan|escribe|escriben"
    r"|llama|utiliza|expresa|satisface|anula|aplica|observa|halla|encuentra|demuestra|concluye)"
)
#: "si" and "se" as "if": not the pronoun of its own language before one of its verbs of fact.
_IF_SI_SE = rf"(?:si(?!\s+{_ITALIAN_OF_FACT}\b)|se(?!\s+{_SPANISH_OF_FACT}\b))"

#: Words that make what follows a condition, not a fact (a note's "assuming" or "given" sets its own premise).
_IF = rf"(?:if|iff|when|whenever|unless|provided|{_IF_SI_SE}|cuando|quand|lorsque|wenn|falls|sofern)"
#: Those words right before a sentence's maths ("with equality if and only if $q = p$", "when $q(z|x) = p(z|x)$";
#: si y solo si, wenn, 当且仅当).
_CONDITION_BEFORE = re.compile(
    rf"(?:\b{_IF}(?:\s+that)?|当且仅当|仅当|当|若|如果)[\s*_]*$",  # Markdown's emphasis around: **if and only if**
    re.IGNORECASE,
)


def _conditional(inline: Inline) -> bool:
    """Whether the words right before ``inline`` make it a condition (if, iff, when, unless, ...)."""
    around = _said_around(inline)
    return around is not None and _CONDITION_BEFORE.search(around[0]) is not None


#: Words that make a sentence's equation a substitution made in the display after it, not a definition for the
#: rest of the note ("substituting $x_0 = f_\\theta(x_t, t)$", "plugging in", "en remplaçant", 代入, 대입).
_SUBSTITUTING_BEFORE = re.compile(
    r"(?:\b(?:substitut\w*|plugg?\w*|replac\w*|remplaç\w*|substituant|einsetz\w*|ersetz\w*|sustitu\w*|"
    r"reemplaz\w*|sostitu\w*|insert\w*|insér\w*|ins?ertando)(?:\s+\S+){0,8}|代入|带入|代进|대입)[\s*_]*$",
    re.IGNORECASE,
)
#: The same words in the past ("here we substituted $a = b + c$"): said of a display before the sentence.
_SUBSTITUTED_BEFORE = re.compile(
    r"\b(?:substituted|plugged|replaced|inserted|remplacé\w*|ersetzt|eingesetzt|sustituido|reemplazado|sostituit\w*)"
    r"(?:\s+\S+){0,8}[\s*_]*$",
    re.IGNORECASE,
)
_SUBSTITUTING_AFTER = re.compile(r"^[\s*_]*(?:を|를|을)?\s*(?:代入|带入|대입)")


def _substituted(inline: Inline) -> bool:
    """Whether the words around ``inline`` make its equation a substitution (see :data:`_SUBSTITUTING_BEFORE`)."""
    around = _words_around(inline)
    return around is not None and bool(_SUBSTITUTING_BEFORE.search(around[0]) or _SUBSTITUTING_AFTER.search(around[1]))


#: Words right before a sentence's maths that assert it ("Assume $q(z|x) = p(z|x)$", "Let ...", "Since ..."), in
#: the languages of the notes read; without them an equation between two laws' densities is read as a condition
#: (an assertion word farther back, "Let us see what happens as long as $q = p$", asserts nothing of it).
_ASSERTING = re.compile(
    r"\b(?:assum\w*|suppos\w*|let|set|setting|take|choose|define\w*|denote\w*|since|because|recall|hence|thus"
    r"|therefore|supposons|soit|posons|puisque|sei|angenommen|supongamos|sea|dado|pois)\b"
    r"(?:\s+(?:that|now|here|also|que|dass))?[\s,:*_]*$|(?:假设|假定|设|令|由于|因为)\s*$",
    re.IGNORECASE,
)
#: The same right after the maths, in Japanese and Korean ("$q = p$ とする", "$q = p$ 라고 하자").
_ASSERTING_AFTER = re.compile(r"^\s*(?:と(?:する|おく|仮定)|(?:이?라고\s*)?(?:하자|가정))")


#: The verbs of a stock default ("unless otherwise stated", "unless noted otherwise").
_SAID = r"(?:stated|noted|specified|mentioned|said|indicated|given|defined|declared)"
#: A stock default in force, in the languages read, where its clause ends there (at a comma, a colon, a semicolon,
#: a full stop or the words' end; not "unless otherwise indicated by $z \le 0$", a condition it names): "unless
#: otherwise stated", "unless stated otherwise", "except where noted otherwise", German "sofern (wenn, falls, soweit)
#: nicht anders angegeben", French "sauf mention (indication) contraire", Spanish "salvo que se indique lo
#: contrario", "salvo indicación contraria", "si no se indica otra cosa", Italian "salvo diversa indicazione", "se
#: non diversamente specificato", Portuguese "salvo indicação em contrário", Chinese 除非另有说明, 如无特别说明,
#: Japanese 特に断らない限り, Korean 특별한 언급이 없으면: its "unless", "nicht", "se non" deny or suppose nothing of
#: what the sentence sets.
_DEFAULT = re.compile(
    rf"(?:\b(?:unless|except\s+(?:where|when|as|if))\s+(?:otherwise\s+{_SAID}|{_SAID}\s+otherwise"
    rf"|(?:it\s+is|we\s+have)\s+(?:otherwise\s+{_SAID}|{_SAID}\s+otherwise)|the\s+contrary\s+is\s+{_SAID})"
    r"|\b(?:sofern|wenn|falls|soweit|solange)\s+(?:nicht|nichts)\s+(?:ausdrücklich\s+)?(?:anders|anderes)\s+"
    r"(?:angegeben|vermerkt|gesagt|erwähnt|festgelegt|definiert|bestimmt|vereinbart)(?:\s+(?:ist|wird))?"
    r"|\bsauf\s+(?:mention|indication|précision|avis)\s+contraire"
    r"|\b(?:salvo|a\s+menos)\s+que\s+se\s+(?:indique|diga|especifique)\s+(?:lo\s+contrario|otra\s+cosa)"
    r"|\bsalvo\s+(?:indicaci[óo]n|menci[óo]n)\s+(?:en\s+)?contrari[ao]"
    r"|\bsi\s+no\s+se\s+(?:indica|dice|especifica)\s+(?:lo\s+contrario|otra\s+cosa)"
    r"|\bsalvo\s+(?:diversa\s+indicazione|indicazione\s+contraria)"
    r"|\bse\s+non\s+(?:diversamente|altrimenti)\s+(?:specificato|indicato|detto)"
    r"|\bsalvo\s+(?:indica[çc][ãa]o|men[çc][ãa]o)\s+em\s+contr[áa]rio"
    r"|\ba\s+menos\s+que\s+(?:seja\s+)?(?:indicado|dito|especificado)\s+(?:o\s+contr[áa]rio|de\s+outra\s+forma))"
    r"(?=\s*(?:[.,;:!—–]|$))"
    r"|(?:除非另有(?:说明|規定|规定|声明|注明|說明)|(?:如|若)无特(?:别|殊)说明|特に断(?:らない|りのない)限り|特記しない限り"
    r"|특별한\s*언급이\s*없(?:으면|는\s*한)|달리\s*명시하지\s*않는\s*한)(?=\s*(?:[.,;:!。、，；：]|$))",
    re.IGNORECASE,
)
#: A word of Spanish alone (not of Italian, Portuguese or French): in a sentence with one, "se" is Spanish's
#: impersonal or passive pronoun before whatever verb follows ("En lo que sigue se toma $a := 3$", "En el resto se
#: fija"), never "if" (Spanish "si").
_SPANISH = re.compile(
    r"\b(?:el|los|las|es(?!\.)|en|lo\s+que|donde|entonces|sea|sean|hay|cuando|sigue|siguiente)\b", re.IGNORECASE
)


#: An index pinned at a number with the case word Japanese and Korean put after it and Chinese around it ("$t=1$ の
#: とき", "$t = 1$ 일 때", "当 $t=1$ 时"): the sentence's pins and cases read it (indices._sentence_pins,
#: timeline._sentence_cases), setting what the sentence says at that index, no hypothesis.
_PINNED_CASE = re.compile(
    rf"(?:当\s*)?\$`?\s*(?:{'|'.join(sorted(_INDEX_LETTERS))})\s*=\s*\d+\s*`?\$\s*"
    r"(?:の(?:とき|時|場合)|(?:일|인)?\s*(?:때(?!문)|경우)|时)"
)
#: Spanish's pronoun "se" (see :data:`_SPANISH`).
_SPANISH_SE = re.compile(r"\bse\b", re.IGNORECASE)


def _said_around(inline: Inline) -> tuple[str, str] | None:
    """The sentence of ``inline`` before and after its maths (:func:`_words_around`) as said: without a stock default
    (:data:`_DEFAULT`) or an index's pinned case (:data:`_PINNED_CASE`) and, in a Spanish sentence
    (:data:`_SPANISH`), without its pronoun "se".  What is left may suppose, deny or condition what the sentence
    sets."""
    around = _words_around(inline)
    if around is None:
        return None
    before, after = (_PINNED_CASE.sub(" ", _DEFAULT.sub(" ", part)) for part in around)
    if _SPANISH.search(_words_of(f"{before} {after}")):
        before, after = (_SPANISH_SE.sub(" ", part) for part in (before, after))
    return before, after


#: Words that make what follows them a hypothesis ("If we assume $q = p$, ...", "Unless $z > 0$, let ...", "One
#: might write $q = p$"; Polish gdyby "were ... to", jeśli and jeżeli "if", Czech kdyby; Chinese 除非 "unless", 只要
#: "as long as", 当 ... 时 "when" (not 当前 "current", 当然 "of course", 相当 "amounts to"); Japanese の とき, 場合,
#: なら "when, in the case, if" after the condition (not このとき, その場合 "then", which point back); Korean 때, 경우,
#: 이면 "when, in the case, if" (not 이때, 그 경우 "then", 때문 "because")).  A stock default is no hypothesis: it is
#: taken out first (:func:`_said_around`).
_HYPOTHETICAL = re.compile(
    rf"\b(?:if|when|whenever|unless|might|could|{_IF_SI_SE}|wenn|falls|como\s+si|gdyby\w*|je[śs]li|je[żz]eli|kdyby\w*)\b"
    r"|如果|若|假如|倘若|除非|只要|仅当|(?<!相)当(?![前然中作成做下地时])[^，。,；;]{0,30}?时(?![刻间間])|もし|만약"
    r"|(?<![こそあど])の(?:とき|場合|時(?=[、，,はにで\s]|$))|(?<![こそあどの])(?:とき|場合)|(?<![れ])なら(?:ば)?(?![ずないび])"
    r"|(?<![이그저])(?<![이그저]\s)(?:때(?!문)|경우)|(?:이|라|다|으)면(?=[\s,，]|$)",
    re.IGNORECASE,
)


#: The conditional mood of a clause's verb before its maths: what one would, ought to or could have set, not what the
#: note sets ("One would let", "It would be natural to let", "We ought to set"; French pourrait, serait, devrait,
#: faudrait, aurait; German Konjunktiv II könnte, wäre, würde, müsste, sollte, dürfte, hätte; Spanish
#: podríamos, sería, debería, habría; Italian potremmo, sarebbe, dovremmo, avrebbe; Portuguese poderíamos, seria,
#: deveria; Chinese 本可以 "could have", 也许/或许 "perhaps").  The indicative and "can" assert ("we can set", 可以令,
#: wurde, konnte, waren); "as one would expect" compares, and "we would like to", voudrions, möchten, vorremmo wish
#: (:data:`_COMPARING`, taken out first, and no form of "want" in the table): what is wished for is what follows.
_CONDITIONAL_MOOD = re.compile(
    r"\b(?:would|ought|(?:we|one|you|they|I)['’]d"
    r"|(?:pourr|devr|faudr|ser|aur|fer)(?:ais|ait|ions|iez|aient)"
    r"|(?:könnt|koennt|müsst|muesst|sollt|dürft|duerft|wär|waer|hätt|haett|würd|wuerd)(?:e|en|est|et)"
    r"|(?:podr|ser|deber|habr|tendr|har)[íi]a(?:s|mos|n)?|pudi[ée]ramos|debi[ée]ramos"
    r"|(?:potr|sar|dovr|avr)(?:ei|esti|ebbe|emmo|este|ebbero)"
    r"|(?:poder|ser|dever|ter|far)[íi]a(?:s|m|mos)?)\b|本来?可以|原本可以|也许|或许|也許|或許",
    re.IGNORECASE,
)
#: "as one would expect", "as we would hope": a comparison, which supposes nothing of the clause it is set in; "we
#: would like to", "we'd prefer": a wish, said politely ("We would like to train $\mu_\theta$ to predict ...").
_COMPARING = re.compile(
    r"\bas\s+(?:one|we|you|I|anyone)\s+(?:would|might|could)\s+\w+|\b(?:would|['’]d)\s+(?:like|love|prefer|want)\b",
    re.IGNORECASE,
)
#: The same right after the maths, in Japanese and Korean: "とおくこともできる" (one could also set), "かもしれない"
#: (might), "둘 수도 있다" (could also set), "지도 모른다" (might); not "ことができる", "수 있다" (can).
_CONDITIONAL_MOOD_AFTER = re.compile(
    r"^[^、。，,;；]*?(?:こともでき|ことも可能|かもしれ|수도\s*있|지도\s*모르|지도\s*모른)"
)


def _conditional_mood(inline: Inline) -> bool:
    """Whether the clause of ``inline`` sets its maths in the conditional mood (:data:`_CONDITIONAL_MOOD` in the
    clause before it, :data:`_CONDITIONAL_MOOD_AFTER` right after it)."""
    around = _words_around(inline)
    if around is None:
        return False
    clause = _COMPARING.sub(" ", _CLAUSES.split(_words_of(around[0]))[-1])
    return bool(_CONDITIONAL_MOOD.search(clause) or _CONDITIONAL_MOOD_AFTER.search(_words_of(around[1])))


#: Words right before a sentence's maths that make it an example or a case, not a fact of the note.
_EXAMPLE = re.compile(
    r"(?:\b(?:as\s+long\s+as|for\s+(?:example|instance)|e\.\s?g\.|say|par\s+exemple|zum\s+Beispiel|por\s+ejemplo"
    r"|per\s+esempio|z\.\s?B\.|beispielsweise)|例えば|たとえば|例として|예를\s*들어|예를\s*들면|예컨대|例如|比如|举例来说)[\s,:;、，*_]*$",
    re.IGNORECASE,
)


#: Words right after a sentence's maths that make it hold in a case only ("$a = b + 1$ if $b > 0$", "$a := 3$ except
#: when $z \le 0$", "save for", "barring", "in the case", "subject to", "so long as", "other than when", ", but only
#: when"; French sauf, pourvu que, à condition que, à moins que; German sofern, solange, vorausgesetzt, außer, es sei
#: denn; Spanish a menos que, salvo, excepto, siempre que, con tal de que; Italian purché, tranne, a meno che,
#: quando; Portuguese exceto, desde que, contanto que, caso, quando; Chinese 除非, 只要, 当, 若, 在 ... 情况下), after
#: the clause's marks of any width (, ; : ， 、 ； ：).
_CONDITION_AFTER = re.compile(
    r"^[\s,;:，、；：]*(?:(?:only\s+)?(?:if|iff|when|whenever|unless|provided|providing)|(?:but|yet)\s+(?:only|not)"
    r"|and\s+only|only|would|exactly\s+when|in\s+(?:the\s+)?(?:case|event)|assuming|supposing|given\s+that|subject\s+to"
    r"|on\s+(?:the\s+)?condition|(?:as|so)\s+long\s+as|as\s+soon\s+as|except|other\s+than|apart\s+from|aside\s+from|excluding"
    r"|save\s+(?:when|if|for|where|at)|barring"
    rf"|in\s+(?:this|that|the\s+first)\s+(?:example|case)|{_IF_SI_SE}|wenn|falls|cuando|quand|lorsque"
    r"|sauf|pourvu|à\s+condition|au\s+cas|dans\s+le\s+cas|à\s+moins|tant\s+que|(?:seulement|uniquement)\s+(?:si|quand|pour)"
    r"|except[ée]|hormis|sofern|soweit|solange|vorausgesetzt|au(?:ß|ss)er|es\s+sei\s+denn|nur\s+(?:wenn|falls|für|bei)"
    r"|unter\s+der\s+(?:Bedingung|Voraussetzung)|im\s+Falle?|ausgenommen|abgesehen|a\s+menos|salvo|excepto|exceto"
    r"|siempre\s+(?:y\s+cuando|que)|con\s+tal|en\s+(?:el\s+)?caso|mientras(?!\s+que)|(?:s[óo]lo|solamente|[úu]nicamente)\s+(?:si|cuando|para)"
    r"|purch[ée]|tranne|eccetto|a\s+meno|a\s+condizione|nel\s+caso|sempre\s+che|finch[ée]|(?:solo|soltanto)\s+(?:se|quando|per)"
    r"|quando|desde\s+que|contanto|caso|no\s+caso|(?:s[óo]|somente|apenas)\s+(?:se|quando|para)|enquanto"
    # restricted to an event: "$x = 2y$ on the event $y > 0$", "almost surely on $\{y > 0\}$", "on the set"
    r"|(?:almost\s+surely|a\.\s?s\.)\s+on|on\s+(?:the|an?)\s+(?:event|set))\b"
    r"|^[\s,;:，、；：]*(?:除非|只要|只有|仅当|当且仅当|如果|若|假如|倘若|要是|当(?![然前中作成做下地时])"
    r"|在[^，。,；;]{0,20}?(?:情况|情形|条件|前提)下)",
    re.IGNORECASE,
)
#: An exception right after a sentence's maths whose object is a pronoun pointing back at it, a clause following it
#: ("Let $a := 3$; except for this, nothing is fixed", "apart from that,", "à part cela,", "abgesehen davon", "aparte de
#: esto,"): it takes what was set out of what follows, and is no case of it.  Not a determiner ("except for that
#: case") nor a pronoun ending the sentence ("except for that."), which may point at a case.
_EXCEPTING_ITSELF = re.compile(
    r"^[\s,;:，；：]*(?:(?:except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than|besides|save\s+for|à\s+part"
    r"|sauf|hormis|aparte\s+de|salvo|excepto|exceto|tranne|eccetto|a\s+parte)\s+(?:this|that|these|those|it|cela"
    r"|ceci|ça|esto|eso|ello|questo|ciò|isso|isto)\s*,|(?:abgesehen\s+davon|davon\s+abgesehen)\b\s*,?)(?=\s*[^\W\d_])",
    re.IGNORECASE,
)

#: A sign or a size said of a name, in words, in the languages of the notes ("positive", "not negative", "nonzero",
#: "strictly positive", "large"; French positif, négative, strictement, assez grand; German positiv, nicht negativ;
#: Spanish and Italian positivo, negativa, grande).
_SIGN = (
    r"(?:(?:not\s+|non\s+|nicht\s+|no\s+|pas\s+|strictly\s+|strictement\s+|streng\s+|estrictamente\s+"
    r"|strettamente\s+)?(?:non-?)?(?:(?:positi|n[eé]gati)(?:ve|f|v|vo|va|ef|eve)s?|z[eé]ro|cero|null|vanishing|nul(?:le)?)"
    r"(?:ly)?|(?:(?:sufficiently|very|arbitrarily|assez|suffisamment|très|hinreichend|sehr|suficientemente|muy"
    r"|sufficientemente|molto)\s+)?(?:large|small|big|tiny|huge|grande?s?|petite?s?|gro(?:ß|ss)\w*|klein\w*"
    r"|pequeñ[oa]s?|piccol[oa])(?:\s+enough)?)\b"
)
#: A number in words (the spelled numbers of :data:`~.orders._SPELLED`, "one", "unity", "infinity", the tens and
#: teens, hundreds and beyond): a bound an order in words may end in.
_NUMBER_WORD = (
    rf"(?:{'|'.join(('one', 'unity', 'infinity', *_SPELLED))}|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million)\b"
)
#: An article or "one" before a bound in words ("a half", "a threshold $c$", "the level $c$", "un seuil $c$").
_ARTICLE = r"(?:a|an|one|the|some|un|une|ein|eine|einen|una|uno|een|um|uma)"
#: An order said in words before its bound ("greater than or equal to zero", "at least $0$", "no more than 1", "above
#: $1$", "much greater than one", "beyond one", "other than $0$", "greater than a half", "above a threshold $c$";
#: French "supérieur à zéro", German "größer als", Spanish "mayor que", Italian "maggiore di", Portuguese "maior
#: que", Dutch "groter dan"; not "the model above"): its bound maths, a number or a number word, or an article and
#: a word or two before maths.
_ORDER_WORDS = (
    r"(?:(?:strictly\s+|much\s+|far\s+|well\s+)?(?:greater|larger|bigger|less|smaller|lower|higher|more)\s+than"
    r"(?:\s+or\s+equal\s+to)?|at\s+(?:least|most)|no\s+(?:less|more|greater|smaller|larger|lower|higher)\s+than"
    r"|(?:not\s+)?(?:exceeding|above|below|under|over|beyond|in\s+excess\s+of|other\s+than|different\s+from"
    r"|distinct\s+from|(?:un)?equal\s+to|near|close\s+to|around|away\s+from)"
    r"|(?:strictement\s+)?(?:sup[ée]rieur|inf[ée]rieur)e?s?(?:\s+ou\s+[ée]gale?s?)?\s+à|plus\s+(?:grand|petit)e?s?\s+que"
    r"|au\s+(?:moins|plus)|diff[ée]rente?s?\s+de|(?:echt\s+)?(?:gr[öo](?:ß|ss)er|kleiner)\s+(?:als|gleich)"
    r"|mindestens|h[öo]chstens|ungleich|(?:mayor|menor|maior)(?:es)?(?:\s+o\s+igual)?\s+(?:que|a|do\s+que)"
    r"|al\s+menos|como\s+(?:mucho|m[áa]ximo)|pelo\s+menos|no\s+m[áa]ximo|distint[oa]s?\s+de"
    r"|(?:maggior|minor)[ei](?:\s+o\s+ugual[ei])?\s+(?:di|a)|almeno|al\s+pi[ùu]|divers[oaie]\s+da"
    r"|(?:groter|kleiner)\s+(?:dan|of\s+gelijk\s+aan)|ten\s+minste|hoogstens|minstens)"
    rf"(?=\s*(?:\$|[-+]?\d|(?:{_ARTICLE}\s+)?(?:[^\W\d_]+\s+){{0,2}}\$|(?:{_ARTICLE}\s+)?{_NUMBER_WORD}))"
)
#: The relations of a case in maths: order, value, membership, nearness and limits (<, >, =, \\le, \\ge, \\ne,
#: \\in, \\notin, \\gg, \\ll, \\gtrsim, \\geqq, \\nleq, \\succ, \\approx, \\to, ...; not a definition's := nor a
#: law's \\sim, which binds a name, not restricts it).
_CASE_RELATION = (
    r"[<>≤≥≠∈∉≪≫≈≃≲≳≦≧⩽⩾≮≯≰≱≺≻→]|(?<![:<>!\\])=|\\(?:[lg]eq?q?|[lg]eqslant|[lg]t|neq?|in|notin|gg|ll|ggg|lll"
    r"|gtrsim|lesssim|gtrapprox|lessapprox|[gl]neqq?|n[lg]eq(?:slant)?|ngtr|nless|succ|prec|succeq|preceq"
    r"|succcurlyeq|preccurlyeq|approx|simeq|asymp|equiv|subset|subseteq|to|rightarrow|longrightarrow|searrow"
    r"|nearrow|downarrow|uparrow|nrightarrow)(?![A-Za-z])"
)
#: An order, a value or a membership in maths (:data:`_CASE_RELATION`), but for a membership in a whole space
#: (``\\mathbb{R}``, ``\\mathbb{C}^d``), which names every point (the naturals and the integers do not: "for $z \\in
#: \\mathbb{N}$" leaves out z = 1/2).
_WHOLE_SPACE = r"(?:\\in|∈)\s*(?:\\mathbb\s*\{?[RC]\}?|[ℝℂ])(?:\^\{?[\w\s\\]*\}?)?\s*\$"
#: The whole real line or complex plane, or a power of it, written alone in maths ("in $\\mathbb{R}$", "de $ℝ^n$").
_WHOLE_LINE = r"\$\s*(?:\\mathbb\s*\{?[RC]\}?|[ℝℂ])(?:\^[^$]*)?\$"
_ORDER_IN_MATHS = rf"\$(?![^$]*?{_WHOLE_SPACE})[^$]*?(?:{_CASE_RELATION})[^$]*\$"
#: The opening of the words after a sentence's maths before a case they name: the clause's marks, and a word of
#: holding ("valid for", "which holds near").
_HOLDING = r"^[\s,;:(]*(?:(?:valid|true|defined|holding|only|(?:that|which|it)\s+holds?)\s+)?"
#: Where a case named after a sentence's maths opens: "for" and the prepositions of a place or a range (on, over, at,
#: in, within, throughout; French pour, sur, dans; German für, bei, auf; Spanish para, en; Italian per, su; Dutch
#: voor, bij, op), "as" before maths ("as $z \\to \\infty$"), after a word of holding at most.
_CASE_OPENING = (
    rf"{_HOLDING}(?:for|on|over|at|in|within|throughout|pour|sur|dans|für|bei|auf|para|en|per|su|voor|bij|op"
    r"|as(?=\s+\$))\s+"
)
#: Not a word that binds the name after it as some value, not every ("for some positive $y$", "for a $y$", "for
#: one $y$", "for certain $y$"): what follows names no case.
_NOT_SOME = r"(?!(?:some|a|an|one|certain|un|une|ein|eine|einen|algún|alguna|algum|alguma|qualche)\b)"
#: A case named right after a sentence's maths, its own maths kept ("We let $a := 3$ for $z$ not negative only", "for
#: positive $z$", "for large $z$", "for $z > 0$", "for $z \\in [0, \\infty)$", "valid for $z > 0$ only", "for all $z$
#: with $z \\ge 0$", "for each $z$ that is not negative", "for $z$ at least $0$", "on the half-line $z \\ge 0$",
#: "pour $z$ positif seulement", "at every $z \\ge 0$", "throughout the region $z > 0$", "as $z \\to \\infty$"): after
#: :data:`_CASE_OPENING` and a few words or maths of the one clause, a name's sign or size in words, an order in maths
#: or in words, or maths and "only"; what the sentence sets holds in that case alone ("for all $z$" and "for $t = 1,
#: \\dots, T$" name none; "for all $z$ not negative" one; "for some positive $y$" binds $y$).
_CASE_NAMED_AFTER = re.compile(
    rf"{_CASE_OPENING}{_NOT_SOME}"
    r"(?:(?:[^\s$.,;:!?]+|\$[^$]*\$)\s+){0,4}?"
    rf"(?:{_SIGN}|{_ORDER_WORDS}|{_ORDER_IN_MATHS}"
    rf"|\$[^$]+\$(?:\s+(?:(?:that|which|who)\s+(?:is|are)\s+|is\s+|are\s+|being\s+)?(?:{_SIGN}|{_ORDER_WORDS})"
    r"|[^.;:!?]*?\b(?:only|alone|seulement|uniquement|nur|solo|solamente|apenas|soltanto)\b))",
    re.IGNORECASE,
)
#: A neighbourhood right after a sentence's maths ("near $z = 0$", "around the origin", "close to zero", "in the
#: vicinity of", "près de", "in der Nähe von", "cerca de", "vicino a", "dicht bij"): always a case, whatever follows.
_NEIGHBOURHOOD_AFTER = re.compile(
    rf"{_HOLDING}(?:near|around|close\s+to|away\s+from|in\s+(?:the\s+)?(?:vicinity|neighbou?rhood)\s+of"
    r"|près\s+de|autour\s+de|nahe|in\s+der\s+N[äa]he"
    r"|cerca\s+de|vicino\s+a|dicht\s+bij|rond|in\s+de\s+buurt\s+van)\s+\S",
    re.IGNORECASE,
)
#: A name written alone in maths (``z``, ``\\sigma``, ``x_0``): what a case in words around it qualifies.
_LONE_MATHS = r"\$\s*\\?[A-Za-z]+(?:_\{?[\w\\]+\}?)?\s*\$"
#: A quantifier over every value (all, every, each, any; French tous, chaque; German alle, jede; Spanish todos,
#: cada; Italian ogni, tutti; Dutch elke, iedere).
_EVERY = (
    r"(?:all|every|each|any|both|tous|toutes|tout|toute|chaque|alle|jede[nrsm]?|todos?|todas?|cada|ogni|tutt[ie]"
    r"|elke|iedere?)"
)
#: What qualifies no case of a name beside it: a quantifier over every value (:data:`_EVERY`), an article or a word
#: of grammar, a word that leaves the name general (real, complex, square, fixed, given, arbitrary, generic, random,
#: particular) or binds it by a law (drawn, sampled, distributed), and a noun of what a name stands for (step, time,
#: sample, point, value, vector, class, ...).
_NO_CASE_WORD = (
    rf"(?:{_EVERY}|the|a|an|this|that|these|those|its|their|our|le|la|les|l|un|une|der|die|das|den|dem|des|ein"
    r"|eine[nrs]?|el|los|las|il|lo|gli|de|het|een|o|os|as|um|uma|of|to|and|or|with|from|by|du|von|vom|zu|di|da|del"
    r"|van|real|complex|square|non-?random|deterministic|reell\w*|r[ée]el(?:le)?s?|reales?|reale?|re[ëe]le?|fixed|fest\w*|fix[ée]?e?s?"
    r"|fij[oa]s?|fiss[oa]|vast\w*|given|donn[ée]e?s?|gegeben\w*|dad[oa]s?|dat[oa]|gegeven|arbitrary|generic"
    r"|general|beliebig\w*|quelconques?|cualquier\w*|qualsiasi|willekeurig\w*|random|single|new|typical|certain"
    r"|particular|specific|drawn|sampled|distributed|step|steps|time|times|timesteps?|index|indices|samples?|data"
    r"|datum|points?|inputs?|outputs?|variables?|values?|vectors?|matri\w*|numbers?|functions?|elements?|images?"
    r"|iterations?|layers?|levels?|noise|parameters?|observations?|class(?:es)?|components?|coordinates?"
    r"|dimensions?|entr(?:y|ies)|pixels?|tokens?|nodes?|states?|actions?|models?|examples?|instances?|channels?"
    r"|batch(?:es)?|epochs?|rounds?|trials?|particles?|modes?|terms?|words?)"
)
#: A word after a name's maths that goes on with the clause instead of qualifying the name (:data:`_NO_CASE_WORD`,
#: a conjunction, a pronoun, a verb, an adverb of place, time or manner: "for $z$ and $w$", "for $z$ we get", "for
#: $z$ as before", "for $z$ in what follows", "for $z$ in $\\mathbb{R}$"; also a word before maths that qualifies no
#: name, "For now $x$", "Let us write $x$").
_GOING_ON_WORD = (
    rf"(?:{_NO_CASE_WORD}|or|und|oder|et|ou|y|e|en|we|one|it|which|where|whereas|while|so|thus|hence|then|but"
    r"|because|since|is|are|was|were|be|will|shall|can|may|has|have|as|too|also|alike|here|there|now|throughout"
    r"|henceforth|hereafter|onwards?|respectively|separately|jointly|simultaneously|again|likewise|similarly|nous"
    r"|on|wir|man|hier|ici|aquí|qui|us|first|next|finally|further|simplicity|brevity|convenience|clarity|short|ook"
    r"|aussi|auch|también|anche|também|in\s+(?:what|the\s+(?:following|sequel|rest|remainder)|this|general)"
    rf"|in\s+{_WHOLE_LINE})"
)
#: A word right after a name's maths that opens a restriction of the name in its clause, though it may go on with the
#: clause elsewhere (:data:`_GOING_ON_WORD`): a word of origin or of belonging ("for $z$ from the upper half", "for
#: $z$ of norm one", "für $z$ von der oberen Hälfte", "pour $z$ de la queue", "para $z$ del borde", "voor $z$ van de
#: staart"), of having ("for $z$ with norm one"), of place ("for $z$ where the density is positive", "wherever") or a
#: relative pronoun ("for every $z$ that lies in the tail", "which", "whose"); English "on" before a determiner or
#: maths ("for $z$ on the unit circle"; not before "a": French "on a" is "we have"), French "qui" before a verb
#: ("pour tout $z$ qui est dans la queue"; Italian "qui" is "here").  The other languages' words of having, place and
#: relation (mit, avec, con, met; où, wo, donde, dove, waar, onde) go on with no clause anywhere, so are cases
#: already.
_RESTRICTING_WORD = (
    r"(?:from|of|with|where|wherever|that|which|whose|von|vom|van|de|del|du|des|da"
    r"|on(?=\s+(?:the|an|its|this|that|every|each|some|\$))|qui(?=\s+(?:est|sont|soit|v[ée]rifi\w*|satisf\w*)\b))"
)
#: The phrases a :data:`_RESTRICTING_WORD` opens that restrict nothing: a time from which on ("from now on", "from
#: here onwards", "from the start", "von nun an", "van nu af aan", "de ahora en adelante", "da ora in poi", "de agora
#: em diante"), and the whole line or plane ("for $z$ of $\mathbb{R}$", "pour $z$ de $\mathbb{R}^n$").
_GOING_ON_PHRASE = (
    r"(?:from\s+(?:(?:now|here|then|there|this\s+point|that\s+point)(?:\s+on(?:wards?)?\b|\s+onwards?\b|(?![\w-]))"
    r"|the\s+(?:start|outset|beginning)\b)"
    r"|vo[nm]\s+(?:nun|jetzt|hier|da|dort)\s+an\b|van\s+nu\s+(?:af\s+)?aan\b|de\s+(?:ahora|aquí|agora)\s+(?:en\s+adelante"
    r"|em\s+diante)\b|da\s+(?:ora|qui|adesso)\s+in\s+poi\b"
    rf"|{_RESTRICTING_WORD}\s+{_WHOLE_LINE})"
)
#: What goes on with the clause right after a name's maths (:data:`_QUALIFIED_AFTER`): a going-on phrase, or a
#: :data:`_GOING_ON_WORD` that opens no restriction of the name (:data:`_RESTRICTING_WORD`).
_GOING_ON_AFTER_NAME = rf"(?:{_GOING_ON_PHRASE}|(?!{_RESTRICTING_WORD}(?![\w-])){_GOING_ON_WORD}(?![\w-]))"
#: The range words after a step index's maths ("for $t$ from $1$ to $T$", "for $t$ up to $T$", "for $t$ in
#: $\\{1, \\dots, T\\}$"): every step of a range, no case (the index readers read its cases in maths).
_RANGE_WORD = r"(?:from|to|through|till|until|up\s+to|in|between|de|à|bis|hasta|fino|tot)\b"
#: A case in words of a name written alone, which no reader of orders takes: a word before the name that
#: qualifies it ("for odd $z$", "for integer $z$", "voor positieve $z$"), or words after it in its clause ("for $z$
#: other than $0$", "for $z$ odd", "pour $z$ supérieur à zéro", "for $z$ beyond one").  Fail-safe: what the words
#: restrict the name to is not read, so what the sentence sets is held as a case.
_QUALIFIED_BEFORE = re.compile(
    rf"{_CASE_OPENING}{_NOT_SOME}(?:{_EVERY}\s+)?(?:(?!{_NO_CASE_WORD}\b)[^\W\d_][\w-]*\s+){{1,2}}{_LONE_MATHS}",
    re.IGNORECASE,
)
_QUALIFIED_AFTER = re.compile(
    rf"{_CASE_OPENING}{_NOT_SOME}(?:{_NO_CASE_WORD}\s+)*(?P<name>{_LONE_MATHS})\s+(?!{_GOING_ON_AFTER_NAME})"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
#: A step index's letter written bare in maths (``t \\ge 2``, not ``\\alpha_t``): its cases in maths are read as a step
#: index's (:func:`~.indices.index_case`, the timeline's cases of a definition), not here.
_BARE_INDEX = re.compile(r"(?<![\\A-Za-z_^{])(?:" + "|".join(sorted(_INDEX_LETTERS)) + r")(?![A-Za-z])")
#: A step index's case written in maths after a :data:`_RESTRICTING_WORD`, ending its clause ("for $t$ with $t \\ge
#: 2$", "for $t$ where $t > 1$", "for $t$ of $\\{1, \\ldots, T\\}$"): read as the index's case in maths, as "for $t
#: \\ge 2$" is, not here.
_INDEX_CASE_IN_MATHS = re.compile(rf"{_RESTRICTING_WORD}\s+\$[^$]+\$\s*(?:[.,;:!?)]|$)", re.IGNORECASE)
#: A case in words (a sign or a size, an order in words), which the index cases do not read ("for $n$ large enough").
_CASE_IN_WORDS = re.compile(rf"\b(?:{_SIGN}|{_ORDER_WORDS})", re.IGNORECASE)


def _qualified_in_words(after: str) -> bool:
    """Whether the words ``after`` a sentence's maths qualify a name alone as a case (:data:`_QUALIFIED_BEFORE`,
    :data:`_QUALIFIED_AFTER`; a step index's range after it, :data:`_RANGE_WORD`, or its case in maths,
    :data:`_INDEX_CASE_IN_MATHS`, is none)."""
    if _QUALIFIED_BEFORE.match(after):
        return True
    found = _QUALIFIED_AFTER.match(after)
    if found is None:
        return False
    index = _BARE_INDEX.fullmatch(found.group("name").strip("$ "))
    rest = after[found.end() :]
    return not (index and (re.match(_RANGE_WORD, rest, re.IGNORECASE) or _INDEX_CASE_IN_MATHS.match(rest)))


def _case_named_after(after: str) -> bool:
    """Whether the words and maths ``after`` a sentence's maths name a case it holds in (:data:`_CASE_NAMED_AFTER`):
    in words (:data:`_CASE_IN_WORDS`, :func:`_qualified_in_words`, a neighbourhood :data:`_NEIGHBOURHOOD_AFTER`), of
    any name; in maths, of a name other than a step index (:data:`_BARE_INDEX`)."""
    if _NEIGHBOURHOOD_AFTER.match(after) or _qualified_in_words(after):
        return True
    found = _CASE_NAMED_AFTER.match(after)
    if found is None or _CASE_IN_WORDS.search(re.sub(r"\$[^$]*\$", " ", found.group())):
        return found is not None
    return not any(_BARE_INDEX.search(maths) for maths in re.findall(r"\$([^$]+)\$", found.group()))


#: The opening of a sentence that goes on about the maths of the sentence before it, its subject a pro-form of it
#: and its verb one of holding or of being set ("This choice is made", "This holds", "It is valid", "That value
#: applies", "The above is only used"): the words after them may name the case it holds in.
_GOING_ON = re.compile(
    r"^\W*(?:this|that|it|such|the\s+above)(?:\s+(?:choice|value|definition|setting|assignment|assumption|one))?"
    r"\s+(?:(?:is|was)\s+(?:only\s+)?(?:made|chosen|set|taken|used|meant|valid|true|adopted|assumed|in\s+force)"
    r"|(?:only\s+)?(?:holds|applies))\b",
    re.IGNORECASE,
)


def sentence_after(inline: Inline, prose: Iterable[Prose]) -> str:
    """The sentence right after that of ``inline`` in its paragraph of ``prose``, as written; '' where it is the
    paragraph's last or is not found."""
    own = _raw_sentences(inline.sentence)[0].strip() if inline.sentence else ""
    for paragraph in (p for p in prose if p.line <= inline.line) if own else ():
        sentences = [sentence.strip() for sentence in _raw_sentences(paragraph.text)]
        if own in sentences[:-1]:
            return sentences[sentences.index(own) + 1]
    return ""


def restricted_after(following: str) -> bool:
    """Whether the sentence ``following`` one with inline maths goes on about that maths (:data:`_GOING_ON`) and
    names right after a case it holds in (:data:`_CONDITION_AFTER`, :func:`_case_named_after`): "We let $a := 3$.
    This choice is made for $z \\ge 0$ only." supposes a := 3, as "We let $a := 3$ for $z \\ge 0$ only." does."""
    going_on = _GOING_ON.match(following)
    rest = following[going_on.end() :] if going_on is not None else ""
    return bool(rest) and bool(_CONDITION_AFTER.search(_words_of(rest)) or _case_named_after(rest))


def _hypothetical(inline: Inline) -> bool:
    """Whether the sentence of ``inline`` supposes its maths (:data:`_HYPOTHETICAL` or :data:`_EXAMPLE` before it,
    :data:`_CONDITION_AFTER` or a case :func:`_case_named_after` right after it, past an exception of the maths
    itself (:data:`_EXCEPTING_ITSELF`), or its clause's verb in the conditional mood, :func:`_conditional_mood`):
    what it sets holds in no step."""
    around = _said_around(inline)
    if around is None:
        return _conditional_mood(inline)
    excepting = _EXCEPTING_ITSELF.match(around[1])
    rest = around[1][excepting.end() if excepting else 0 :]
    before, after = _words_of(around[0]), _words_of(rest)
    if _HYPOTHETICAL.search(before) or _EXAMPLE.search(before) or _CONDITION_AFTER.search(after):
        return True
    if _case_named_after(rest):
        return True
    return _conditional_mood(inline)


#: Words before a sentence's maths that make it a goal to prove, not a fact ("Let us prove that $c = a + b$").
_GOAL = re.compile(
    r"\b(?:prove|show|verify|check|derive|claim|establish|demonstrate|goal|remains|exercise|whether|contradiction"
    r"|naive\w*|hope|mistake|tempting|tentant\w*|tenté\w*|verlockend\w*|tentador\w*|allettant\w*|montrons|zeigen)\b"
    r"|^\W*(?:had|should|would|were)\b|证明|証明|증명",
    re.IGNORECASE,
)
#: Words right after a sentence's maths that deny it ("$c = a + b$ does not hold", "... is false in general", "is
#: forbidden", "leads to a contradiction", "(this is wrong)").
_DENIED_AFTER = re.compile(
    r"^[\s,]*(?:does\s+not|doesn't|do\s+not|don't|is\s+not\s+(?:true|valid|correct|exact|the\s+case|always|in\s+general"
    r"|generally|guaranteed|necessarily|assured)|isn't|(?:is|was|are|were|would\s+be|will\s+be)\s+(?:false|wrong"
    r"|incorrect|unrealistic|unlikely|rejected|refuted|impossible|absurd|misleading|obsolete|forbidden|prohibited"
    r"|disallowed|ruled\s+out|unjustified|unwarranted|inadmissible|not\s+(?:allowed|permitted|justified|admissible)"
    r"|an?\s+(?:red\s+herring|misprint|typo|mistake|blunder|slip|error|common\s+error|bad\s+(?:idea|choice)))"
    r"|(?:leads?|led)\s+to\s+(?:an?\s+)?(?:contradiction|absurdity|inconsistency)|by\s+mistake|in\s+error|erroneously|fails|rarely"
    r"|seldom|never|cannot|can't|need\s+not|may\s+not|might\s+not)\b|^\s*(?:とは限らない|とは言えない)"
    # "is not needed", "is no longer assumed", nicht vorausgesetzt, n'est pas supposé, no se supone, を仮定しない,
    # 不成立, 을 가정하지 않는다: the verb's negation after the maths
    r"|^[\s,]*(?:is|are)\s+(?:not|no\s+longer)\s+(?:needed|required|assumed|necessary|imposed|enforced|used"
    r"|supposed|demanded|true|valid)\b|^[\s,]*(?:(?:ist|wird|werden|sind)\s+(?:hier\s+|dabei\s+|jetzt\s+)?)?(?:nicht"
    r"|nicht\s+mehr|kein\w*)\s+(?:vorausgesetzt|angenommen|gefordert|verlangt|ben[öo]tigt|n[öo]tig|notwendig"
    r"|erforderlich|richtig|korrekt|wahr|g[üu]ltig|erf[üu]llt)\b|^[\s,]*(?:gilt|gelten)\s+(?:hier\s+)?nicht\b"
    # a German or Dutch negation ending the clause, after its verb's particle ("Wir setzen $a := 3$ nicht.", "Wir
    # nehmen $a := 3$ nicht an.", "We nemen $a := 3$ niet aan."); "wrongly" (à tort, zu Unrecht, a torto, por error)
    r"|^[\s,]*(?:(?:hier|dabei|jetzt|hierbij|nu)\s+)?(?:nicht|niemals|nie|niet|nooit)(?:\s+(?:mehr|meer))?"
    r"(?:\s+(?:an|aan|voraus|vast|fest|ein|op|mit|mee))?\s*(?:[.;!,]|$)"
    r"|^[\s,]*(?:à\s+tort|a\s+torto|zu\s+Unrecht|f[äa]lschlich\w*|err[óo]neamente|por\s+error|wrongly|mistakenly"
    r"|falsely|incorrectly)\b"
    # Turkish's verb after its object, negated by its suffix ("$a := 3$ almıyoruz", "... olarak koymayalım", değil)
    r"|^[\s,]*(?:[^\W\d_]+\s+){0,2}?(?:" + _TURKISH_NEGATION + r"|değil\w*)\b"
    # Indonesian's object put first, its verb negated after it ("$a := 3$ tak kita pakai", "... tidak digunakan")
    r"|^[\s,]*(?:tidak(?!\s+(?:nol|negatif)\b)|belum|tak(?=\s+(?:(?:me|di|ber)\w*|kita|kami|saya|aku|kamu|anda|dia"
    r"|mereka)\b))\b"
    r"|^[\s,]*(?:n'est|ne\s+sont|ne\s+(?:tient|tiennent|vaut|valent))\s+(?:pas|plus)\b|^[\s,]*no\s+(?:es|son|se"
    r"|est[aá]n?|vale|valen|hace\s+falta)\b|^\s*(?:を|は|が|も)?\s*[^、。，,；;.]{0,6}?(?:(?:仮定|前提と|要求|必要と|採用"
    r"|使用|成立)(?:しない|せず|しません)|ではない|でない|じゃない|成り立たない|満たさない|必要ない|不要|要らない)"
    r"|^\s*(?:并|也|则|就)?\s*(?:不|没有|未)(?:成立|是|再|必|需要|需|假设|假定|要求|对|正确|满足|一定|总是)|^\s*(?:无须|无需)"
    r"|^\s*(?:을|를|은|는|이|가|도)?\s*[^,.。]{0,6}?(?:(?:가정|성립|요구|사용|만족|전제)(?:하지|되지)\s*않|아니|필요(?:가|는)?\s*없)"
    # a remark right after the maths, in brackets or after a dash, that calls it wrong: "(this is wrong)", "— wrong!",
    # "(not really)", "[false]", "(which was a mistake)"
    r"|^[\s,]*(?:\(|\[|—|–|--?)\s*(?:(?:this|that|it|which)(?:\s+(?:is|was|would\s+be))?\s+)?(?:not\s+(?:really|so"
    r"|true|correct|valid|right)|wrong|false|incorrect|erroneous|mistaken|an?\s+(?:mistake|typo|misprint|error))\b",
    re.IGNORECASE,
)
#: A later clause of the sentence that says the note does not do what it has just described, by a pro-form of its
#: verb ("One would let $a := 3$, but we do not", "... ; we don't do so here", "mais nous ne le faisons pas", "aber
#: wir tun es nicht", "pero no lo hacemos", "ma non lo facciamo", "mas não o fazemos", 但这里不这样做, ここではそうしない,
#: 그렇게 하지 않는다), or that it does not follow it ("In [3], $a := 3$; we do not follow it").
_NOT_DONE = re.compile(
    r"\b(?:we|I|one)\s+(?:do|did|will|shall|would)\s*(?:not|n['’]t)(?:\s+do\s+(?:so|this|that|it))?"
    r"(?:\s+(?:here|now|in\s+this\s+(?:note|section|paper|text)))?\s*(?:[.;!]|$)"
    r"|\bwe\s+(?:do|will|shall)\s*(?:not|n['’]t)\s+(?:follow|adopt|use)\s+(?:it|this|that|them|these|those)\W*$"
    r"|\b(?:nous\s+ne|on\s+ne)\s+(?:le\s+|l['’])?(?:faisons|fait|ferons|fera)\s+pas\b"
    r"|\b(?:wir\s+(?:tun|machen)\s+(?:es|das|dies)|(?:das|dies)\s+(?:tun|machen)\s+wir)\s+(?:hier\s+)?nicht\b"
    r"|\bno\s+lo\s+(?:hacemos|haremos|hace|hacen)\b|\bnon\s+lo\s+(?:facciamo|faremo|fa|fanno)\b"
    r"|\bn[ãa]o\s+o\s+(?:fazemos|faremos|faz|fazem)\b"
    # (not "otherwise": 不这样做的话, そうしないと, 그렇게 하지 않으면)
    r"|(?:不|并不|並不|没有|沒有)(?:这样|這樣|这么|這麼|如此)做(?!的话|的話|就|则|則)"
    r"|そう(?:は)?(?:しない|しません|せず)(?![とでけ限に])|그렇게\s*하지\s*않(?!으면|는다면)",
    re.IGNORECASE,
)
#: Words before a convention's own bound that set it aside, not deny it: "We drop the requirement $\sigma > 0$",
#: "relax", "no longer assume", verzichten auf, abandonnons, 去掉, 外す, 제거.
_LIFTING = re.compile(
    r"\b(?:drop\w*|relax\w*|lift\w*|remov\w*|abandon\w*|waiv\w*|giv\w*\s+up|dispens\w*\s+with|no\s+longer"
    r"|verzicht\w*|aufheb\w*|fallen(?:\s+lassen)?|renon[cç]\w*|levons|lever|rel[âa]ch\w*|suprim\w*|eliminam\w*"
    r"|omit\w*|quitamos)\b|去掉|放弃|取消|放宽|外す|外し|緩め|取り除|제거|완화",
    re.IGNORECASE,
)


#: Where a clause ends, before a sentence's maths (a comma only before a new subject: "We cannot, however, set"
#: is one clause); and words in the last clause that assert the maths whatever the clauses before it deny ("To
#: avoid a common pitfall, we fix $c = 2$", "in fact $c = 2$", "is fixed by setting $c = 2$").
_CLAUSES = re.compile(r"[;:…]|\.{2,}|,(?=\s*(?:we|here|the|in\s+fact)\b)|\b(?:once|but|so|whereas)\b", re.IGNORECASE)
_REASSERTING = re.compile(
    r"^\s*(?:(?:instead\W+)?we\s+(?:\w+\s+){0,2}?(?:fix|set|take|choose|use|let|define|write)\w*\b.*|(?:in\s+fact|actually|here"
    r"(?:\s+(?:it\s+is|we\s+have))?)\s*|the\s+(?:correct|right)\s+\w+(?:\s+\w+)?\s+is\s*|the\s+errat(?:um|a)\s+gives?\s*"
    r"|(?:and\s+)?(?:recall|remember)\s+that\b.*)$",
    re.IGNORECASE,
)

#: A question that asks whether its maths holds, not why (which presupposes it): it opens with an auxiliary or a
#: modal verb ("Is", "Shall we set", "Must", "Did") and ends with its question mark.
_YES_NO_QUESTION = re.compile(
    r"^\W*(?:is|are|was|were|am|does|do|did|has|have|had|can|could|will|would|shall|should|may|might|must)\b"
    r"[^?？]*[?？]\s*$",
    re.IGNORECASE,
)
#: A sentence that ends with its question mark (a closing quote or bracket after it): asked, not said ("Let $a :=
#: 3$?", "Here, is $x > 0$?", "设 $a := 3$？"); but a question why (:data:`_PRESUPPOSING`) takes its maths as said.
_ASKED = re.compile(r"[?？][\s\"'”’»)\]]*$")
#: A question that asks why, and so presupposes what it asks about ("Why do we set $a := 3$?", "即，为何是 $a = 3$？");
#: not "why not", which proposes it.
_PRESUPPOSING = re.compile(
    r"\b(?:why|how\s+come|pourquoi|warum|wieso|weshalb|por\s+qu[ée]|perch[ée])\b(?!\s+(?:not|pas|nicht|no|non)\b)"
    r"|(?:为什么|為什麼|为何|為何|なぜ|どうして)(?!不|没|ない)",
    re.IGNORECASE,
)
#: A doubt mark right after the maths ("Let $a := 3$ (?).", "(??)"; its parenthesis may close after the sentence
#: that the question mark ends): the writer queries it rather than states it.
_DOUBT_MARK = re.compile(r"^\s*\(\s*[?？]+\s*(?:\)|$)")

#: A bracket citation: keys with a number or an @ ([3], [3, 4], [12-14], [Ho20], [@ho2020]), not a link's text, a task
#: list's box ([x]) or TeX's optional argument (\\begin{frame}[label=main]).
_BRACKET_CITATION = r"(?<![}\w\\])\[(?=[^\]]*[\d@])@?[\w:.-]+(?:\s*[,;–-]\s*@?[\w:.-]+)*\](?!\()"
#: A work cited: a bracket citation, TeX's \\cite{...}, or an author with a year or a bracket citation (Smith (2020),
#: Ho et al. [3], Kingma and Welling (2014)).
_CITATION = (
    rf"(?:{_BRACKET_CITATION}|\\cite[pt]?\*?(?:\[[^\]]*\])?\{{[^}}]*\}}"
    rf"|[A-Z][\w'-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'-]+)?\s*(?:\(\d{{4}}\w?\)|{_BRACKET_CITATION}))"
)

#: A sentence that gives the display after it as what others write, not the note's own definition: "Other texts
#: define", "some papers write", "Smith (2021) uses", "Ho et al. define".
_ATTRIBUTED = re.compile(
    r"(?i:\b(?:other|some|many|several|most|few|older|earlier|previous|classical)\s+(?:texts?|authors?|papers?"
    r"|references?|works?|(?:text|hand)?books?|sources?|treatments?|presentations?|tutorials?|articles?|people"
    r"|(?:lecture|course|class)\s+notes|monographs?|surveys?)\b|\bthe\s+literature\b"
    r"|\b(?:the\s+original\s+paper|the\s+authors)\s+(?:write|use|define|set|take|state|give|choose|denote|let)s?\b"
    # "An earlier version of this note", "prior work", andere Autoren, frühere Arbeiten, d'autres auteurs, otros
    # autores, 先行研究では, 他の著者, 以往的工作, 其他作者, 선행 연구, 다른 저자
    r"|\b(?:an?\s+|the\s+)?(?:earlier|previous|older|prior|first|original)\s+(?:versions?|drafts?|editions?"
    r"|revisions?)\b|\bprior\s+(?:work|art|studies|literature)\b"
    r"|\b(?:andere|einige|manche|viele|fr[üu]here|[äa]ltere)\s+(?:Autor\w*|Arbeit\w*|Texte?|Quellen|B[üu]cher|Version\w*)\b"
    r"|\bin\s+der\s+Literatur\b|\b(?:d'autres|certains|plusieurs|de\s+nombreux)\s+(?:auteurs|travaux|textes|articles)\b"
    r"|\bla\s+litt[ée]rature\b|\b(?:otros|algunos|muchos)\s+(?:autores|trabajos|textos|art[íi]culos)\b"
    r"|\bla\s+literatura\b)"
    r"|先行研究|従来研究|従来の研究|他の(?:著者|文献|論文)|既存研究|以前の版|以往(?:的)?(?:工作|研究)|先前(?:的)?(?:工作|研究)"
    r"|其他(?:作者|文献|论文)|已有(?:工作|研究)|선행\s*연구|다른\s*(?:저자|논문|문헌)|기존\s*연구"
    r"|^\W*(?!(?:We|One|I|You|This|That|It|Then|Here|Now|Thus|Hence|So|Let|The|These|There|Since|For|In|Note|Recall"
    r"|Define|Set|Take|And|But|With|Using|By|If|When|Finally|Next|First|Similarly|Writing)\b)[A-Z][\w'-]+"
    r"(?:\s+(?:et\s+al\.?|and\s+[A-Z][\w'-]+|&\s+[A-Z][\w'-]+))?(?:\s*\(\d{4}\w?\)|\s*\[[^\]]*\])?"
    r"\s+(?:write|use|define|put|set|take|state|give|choose|denote)s?\b"
    # others as the subject ("While others let", "others often write"), and a work cited anywhere in the clause: in
    # it ("In [3],", "In Smith (2020),"), against it ("Unlike [3]", "contrary to Smith (2020)"), or doing it ("[3]
    # uses", "Smith (2020), who lets")
    r"|(?i:\bothers\s+(?:\w+\s+)?(?:write|use|define|put|let|set|take|state|give|choose|denote|assume|adopt|prefer)s?\b)"
    rf"|^\W*(?i:in)\s+{_CITATION}\s*,|(?i:\b(?:unlike|contrary\s+to|in\s+contrast\s+(?:to|with))\s+){_CITATION}"
    rf"|{_CITATION}(?i:\s*,\s*(?:who|which)\b|\s+(?:write|use|define|put|let|set|take|state|give|choose|denote"
    r"|assume|adopt)s?\b)"
)

#: A lead-in that makes its display an example ("For example, with a constant schedule,", "Example: take", 例えば);
#: in Chinese and Japanese, "this example" (この例, 这个例子, 本例) or "in the example" (例では, 例子中), not 例子 alone
#: ("最特殊的一个例子是取 ...", the most special example is ..., whose case a later section takes up again by its label).
_EXAMPLE_LEAD_IN = re.compile(
    r"\b(?:for\s+(?:example|instance)|e\.\s?g\.|example|as\s+an\s+illustration|to\s+illustrate|par\s+exemple"
    r"|special\s+case|particular\s+case|(?:for|at)\s+the\s+moment|for\s+now|temporarily|toy\s+case"
    r"|zum\s+Beispiel|z\.\s?B\.|beispielsweise|als\s+Beispiel|por\s+ejemplo|como\s+ejemplo|per\s+esempio|exemple"
    r"|ejemplo|Beispiel)\b|例えば|たとえば|例として|この例|その例|本例|具体例|例では|例子中|例子里|这个例|這個例|此例|该例|該例"
    r"|例如|比如|举例|舉例|예를\s*들어|예를\s*들면|예컨대|예로|예시|예제|이\s*예(?:에서|의|는)",
    re.IGNORECASE,
)

#: "we redefine $s$ as $a - b$", "$s$ is now redefined to be $a - b$": a second definition in words.
_REDEFINED = re.compile(
    r"\bredefin\w*\s+\$`?([^$`]+)`?\$\s+(?:as|to\s+be|to|by|via)\s+\$`?([^$`]+)`?\$"
    r"|\$`?([^$`]+)`?\$\s+is\s+(?:now\s+)?redefined\s+(?:as|to\s+be|to|by|via)\s+\$`?([^$`]+)`?\$",
    re.IGNORECASE,
)


def _redefined_in_words(inline: Inline) -> list[Stated]:
    """The definition a sentence gives in words of a name it redefines (:data:`_REDEFINED`), once, at the name's
    maths: with the note's first definition of it, the name is defined more than once."""
    found = []
    for match in _REDEFINED.finditer(inline.sentence):
        name, body = (match.group(1), match.group(2)) if match.group(1) is not None else match.group(3, 4)
        if name.strip() != inline.text.strip():
            continue
        target, formula = parse(name, inline.line), parse(body, inline.line)
        if isinstance(target.node, syntax.Name) and formula.node is not None:
            found.append(Stated("definition", inline.line, f"{name} := {body}", target, formula, "inline"))
    return found


#: Words right after a name's maths that free it: "$c$ is arbitrary", "is now unknown again", "is any real".
_FREED = re.compile(
    r"^\W{0,3}(?:is|are|be)\s+(?:now\s+|again\s+|henceforth\s+|from\s+now\s+on\s+)*(?:an?\s+)?(?:arbitrary|free"
    r"|unknown|unspecified|general(?!\s+[A-Za-z])|any\s+(?:real|number|value|random\s+variable))\b"
    # "we leave $c$ unspecified", "$c$ remains free", "Ab jetzt ist $c$ beliebig", "$c$ est quelconque",
    # "$c$ es arbitrario", "$c$ は任意とする", "$c$ 是任意的", "$c$ 는 임의이다"
    r"|^\W{0,3}(?:(?:remains?|stays?|becomes?|be|ist|sei|bleibt|wird|est|soit|reste|devient|es|sea|queda"
    r"|permanece)\s+)?(?:(?:now|again|henceforth|nun|jetzt|wieder|wieder|désormais|maintenant|ahora|de\s+nuevo)\s+)*"
    r"(?:an?\s+|une?\s+|ein\w*\s+|una?\s+)?(?:arbitrary|unspecified|undetermined|beliebig\w*|unbestimmt\w*"
    r"|quelconques?|arbitraires?|ind[ée]termin[ée]e?s?|arbitrari[oa]s?|cualquiera|indeterminad[oa]s?)\b"
    r"(?!\s+(?:of|from|von|de|für|for)\b)"
    r"|^\s*(?:は|を|が|也|是|为|為|는|은|를|을|도)?\s*(?:以後|今後|以降|从现在起|此后|이제부터|이후)?\s*"
    r"(?:任意|임의)(?:である|とする|と|です|だ|の(?:実数|値|数|定数)|的|值|实数|이다|이며|로|의\s*(?:실수|값|수|상수)|\s*[。、，,.]|\s*$)"
    # "$c$ may take any value", "is no longer fixed", "can be anything", "ist nicht mehr fest", "n'est plus fixé",
    # "ya no está fijo", "はもう固定しない", "不再固定", "는 더 이상 고정되지 않는다"
    r"|^\W{0,3}(?:(?:now|then|henceforth)\s+)?(?:may|can|could|is\s+free\s+to|is\s+allowed\s+to)\s+(?:now\s+)?"
    r"(?:take|be|have|assume)\s+(?:any(?:thing)?|every|all)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:form|one)\b)"
    r"|^\W{0,3}(?:is|are)\s+(?:now\s+)?(?:no\s+longer|not\s+(?:any\s+)?(?:longer|more))\s+(?:fixed|given|set|known"
    r"|determined|specified|pinned|prescribed|equal\s+to)\b|^\W{0,3}(?:is|are)\s+not\s+(?:fixed|given|set)\s+any\s*more\b"
    # "$c$ is not fixed" (not "is not fixed by the data", which says what fixes it), "no longer equals 3"
    r"|^\W{0,3}(?:is|are)\s+(?:now\s+|then\s+)?not\s+(?:fixed|specified|determined|pinned|prescribed)\b"
    r"(?!\s+(?:by|through|via|from|in\s+terms)\b)|^\W{0,3}(?:no\s+longer|not\s+any\s*more)\s+equals\b"
    r"|^\W{0,3}(?:(?:ist|sind)\s+)?(?:jetzt\s+|nun\s+)?nicht\s+mehr\s+(?:fest\w*|gegeben|bestimmt)"
    r"|^\W{0,3}(?:n'est|ne\s+sont)\s+plus\s+(?:fix[ée]\w*|donn[ée]\w*|d[ée]termin[ée]\w*)"
    r"|^\W{0,3}ya\s+no\s+(?:est[áa]|es)\s+(?:fij[oa]|dad[oa]|determinad[oa])"
    r"|^\s*(?:は|を|が|는|은|를|을)?\s*(?:もう|もはや)?\s*固定(?:しない|されない|せず)|^\s*(?:不再|不再是)\s*固定"
    r"|^\s*(?:는|은|를|을)?\s*더\s*이상\s*고정",
    re.IGNORECASE,
)
#: A name left free by a verb before it and the word after it: "we leave $c$ free", "we keep $c$ general", "lassen
#: wir $c$ frei", "nous laissons $c$ libre", "dejamos $c$ libre", "lasciamo $c$ libero", "deixamos $c$ livre".
_LEFT_BEFORE = re.compile(
    r"\b(?:leave|leaves|leaving|left|keep|keeps|keeping|kept|take|treat|lassen\s+wir|l[äa]sst\s+man|lassen|laissons"
    r"|laisse|laissant|dejamos|deja|dejando|lasciamo|lascia|deixamos|deixa)\s*$",
    re.IGNORECASE,
)
_LEFT_FREE = re.compile(
    r"^\W{0,3}(?:free|general|arbitrary|unspecified|undetermined|frei|beliebig|allgemein|libres?|quelconques?"
    r"|liber[oa]|livres?|arbitrari[oa]s?)\b(?!\s+(?:of|from|von|de|di|for|für)\b)",
    re.IGNORECASE,
)
#: Words right before a name's maths that free it: "We now forget the value of $c$", "we no longer fix $c$",
#: "Wir vergessen den Wert von $c$", "oublions la valeur de $c$", "olvidamos el valor de $c$".
_FREED_BEFORE = re.compile(
    r"(?:\b(?:forget\w*|forgot|drop\w*|discard\w*|releas\w*|unfix\w*|lift\w*)\s+(?:the\s+|its\s+)?(?:value|definition"
    r"|choice)\s+(?:of|for)|\b(?:no\s+longer|do\s+not\s+(?:any\s+longer|longer))\s+(?:fix|set|pin|specify)\w*"
    r"|\bvergess\w*\s+(?:den|die)\s+(?:Wert|Definition)\s+von|\boubli\w*\s+(?:la\s+valeur|la\s+d[ée]finition)\s+de"
    r"|\bolvid\w*\s+(?:el\s+valor|la\s+definici[óo]n)\s+de)\s*$",
    re.IGNORECASE,
)


#: A universal quantifier right before a name's maths binds it afresh ("For every $a$", "for all real
#: $a$", "pour tout $a$", "pour chaque $a$", "quel que soit $a$", "für alle $a$", "para todo $a$", "per ogni $a$",
#: "voor alle $a$", "dla każdego $a$", "对任意 $a$", "任意の $a$"): the name is free from there on, as after
#: "arbitrary".
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:for|over)\s+(?:every|all|any|each|an?\s+arbitrary|arbitrary)(?:\s+(?:real|positive|negative|nonnegative"
    r"|non-negative|natural|integer|complex|fixed|given|possible))?(?:\s+(?:numbers?|values?|choices?)(?:\s+of)?)?"
    r"|\bpour\s+tou(?:t|s|te|tes)(?:\s+les)?|\bf[üu]r\s+(?:alle|jede[snm]?|beliebige[snm]?)"
    r"|\bpara\s+(?:todo|todos|toda|todas|cada|cualquier)(?:\s+(?:los|las))?|\bpour\s+chaque"
    r"|\bquel(?:le)?s?\s+que\s+soi(?:t|ent)|\bper\s+(?:ogni|ciascun[oa]?|qualsiasi|qualunque|tutt[ie](?:\s+(?:i|gli|le))?)"
    r"|\bvoor\s+(?:alle|elke|iedere?)|\bdla\s+(?:każde(?:go|j)|wszystkich|dowolne(?:go|j))"
    r"|(?:对于?|對於?)\s*(?:任意|任何|所有|每一?[个個]|一切)的?|(?:任意|すべて|全て)の)[\s,:*_]*$",
    re.IGNORECASE,
)


def _freed(inline: Inline) -> list[Stated]:
    """ "From now on, $c$ is arbitrary": a name the sentence frees, which a definition before it then no longer
    gives a value (with it, the name is defined more than once)."""
    around = _words_around(inline)
    if around is None:
        return []
    if _BOUND_BEFORE.search(_CLAUSES.split(around[0])[-1]):
        return _quantified_name(inline)
    target = parse(inline.text, inline.line)
    if not isinstance(target.node, syntax.Name):
        return []
    clause = _CLAUSES.split(around[0])[-1]
    left = _LEFT_BEFORE.search(_words_of(clause)) and _LEFT_FREE.match(around[1])
    if not (_FREED.match(around[1]) or _FREED_BEFORE.search(clause) or left):
        return []
    return [Stated("freed", inline.line, f"{inline.text.strip()} is free", target, None, "inline")]


#: A quantified name's set after it (``a \in \mathbb{R}``, ``a > 0``): the name is what the quantifier binds.
_RANGE = re.compile(r"\\in(?![A-Za-z])|[<>]|\\(?:le|ge|leq|geq)(?![A-Za-z])")


#: A universal quantifier beside a step or leading its display, as the reader keeps it in the step's remark
#: (``\\quad \\forall a``, ``\\forall a \\in \\mathbb{R}:``, ``\\text{for all } a``), with what it binds.
_BOUND_BESIDE = re.compile(
    r"^\s*(?:\\forall(?![A-Za-z])|(?:for|over)\s+(?:all|every|any|each)\b)\s*(.+?)\s*[,:;.]?\s*$", re.IGNORECASE
)


def bound_beside(remark: str, line: int) -> list[Stated]:
    """The names a universal quantifier in a step's remark (at ``line``) binds: each is free from the step on,
    as a name quantified in words is (a definition before it no longer gives it a value)."""
    match = _BOUND_BESIDE.match(remark)
    if match is None:
        return []
    bound = [parse(part, line) for part in _RANGE.split(match.group(1), maxsplit=1)[0].split(",")]
    return [
        Stated("freed", line, f"{name.text.strip()} is bound beside a step", name, None, "display")
        for name in bound
        if isinstance(name.node, syntax.Name)
    ]


def _quantified_name(inline: Inline) -> list[Stated]:
    """ "For every $a$", "for all $a \\in \\mathbb{R}$": the name a universal quantifier binds is free from there on
    (a definition before it no longer gives it a value); what the words right after it may restrict it to
    (:func:`_quantified_in_part`) is said after :data:`BOUND_IN_PART`."""
    bound = _RANGE.split(inline.text, maxsplit=1)[0]
    target = parse(bound, inline.line)
    if not isinstance(target.node, syntax.Name):
        return []
    part = _quantified_in_part(inline, bound.strip())
    said = f"{bound.strip()} is bound" + (f"{BOUND_IN_PART}{part}" if part is not None else "")
    return [Stated("freed", inline.line, said, target, None, "inline")]


#: How the name a quantifier binds is marked where the words after it may restrict it (:func:`_quantified_name`):
#: what follows the mark is those words, or the letter's membership in the set they write (``t \\in \\{2, \\ldots,
#: T\\}``), so that a bound said under the quantifier is not taken as every value's unless that reads as every value.
BOUND_IN_PART = " only where: "

#: Where a quantifier's phrase ends right after its letter, so that it names every value the letter may take: the
#: clause's or the sentence's end, a closing parenthesis, maths after a comma (what it quantifies: "For every $t$,
#: $0.9 < \\alpha_t < 0.95$"), or a new clause that sets ("and let", "soit") or one of fact ("we have").  Anything
#: else ("after the first", ", except the first", "nach dem ersten", "but $t = 1$") may restrict it.
_EVERY_VALUE_AFTER = re.compile(
    r"^[\s*_]*(?:[.;:!?)]|$|,?\s*(?:\$|\\\()|,?\s*(?:(?:and|und|et|y|e|en)\s+)?"
    rf"(?:(?:{_VALUE_FRAMES[0][0].pattern})\s*(?:us\s+)?(?=\$|\\\(|$)"
    r"|(?:we|one)\s+(?:get|have|obtain|obtains|find|finds|can\s+write|arrive\s+at)\b))",
    re.IGNORECASE,
)
#: A set of the quantified letter in its own maths span right after it ("for every $t$ in $\\{1, \\ldots, T\\}$",
#: "pour tout $t$ dans", "für alle $t$ aus", "para todo $t$ en", "per ogni $t$ in", "voor elke $t$ uit").
_SET_AFTER = re.compile(r"^[\s*_]*(?:in|dans|aus|en|em|uit|∈)\s*\$(?P<set>[^$]+)\$", re.IGNORECASE)


def _quantified_in_part(inline: Inline, letter: str) -> str | None:
    """What the words right after a quantified ``letter`` may restrict it to: None where its phrase ends there
    (:data:`_EVERY_VALUE_AFTER`); its membership in a set written in its own maths span after it (``t \\in \\{2,
    \\ldots, T\\}``, :data:`_SET_AFTER`); else those words, to their clause's end, not read (the quantifier may bind
    some values only)."""
    around = _words_around(inline)
    after = around[1] if around is not None else ""
    member = _SET_AFTER.match(after)
    if not _EVERY_VALUE_AFTER.match(after[member.end() :] if member is not None else after):
        return re.split(r"[.;:!?]", after, maxsplit=1)[0].strip()
    return f"{letter} \\in {member.group('set').strip()}" if member is not None else None


def _freeing_denies(inline: Inline) -> bool:
    """Whether the denial of a sentence that frees its name is the freeing's own ("$c$ is no longer fixed", 不再固定,
    "We no longer fix $c$") or an earlier clause's ("The previous sentence is a mistake; $c$ is any number"), not a
    negation of it ("We do not leave $c$ unspecified"): no negation in the name's clause before the name but in the
    words that free it."""
    around = _words_around(inline)
    if around is None:
        return False
    before = _FREEING_CLAUSES.split(_words_of(around[0]))[-1]
    freeing = _FREED_BEFORE.search(before)
    if freeing is not None:
        before = before[: freeing.start()]
    before = _REPLACING.sub("", before)
    return not (_NEGATED.search(before) or _GOAL.search(before) or _YES_NO_QUESTION.match(inline.sentence))


#: Where the clause that frees a name starts: a clause's end (:data:`_CLAUSES`), or ", and" before a new clause
#: ("That was wrong, and $c$ is arbitrary"; not ", and that", which goes on with the words a clause before governs):
#: a negation in an earlier clause denies what that clause says, not the freeing.
_FREEING_CLAUSES = re.compile(rf"{_CLAUSES.pattern}|,\s*and\b(?!\s+that\b)", re.IGNORECASE)
#: "Instead," or "Rather," opening the freeing's clause: it puts the freeing in place of what came before, and
#: negates nothing of it ("Instead, let $c$ be arbitrary"; not "instead of" nor "rather than", which negate).
_REPLACING = re.compile(r"^\W*(?:instead|rather)\b(?!\s+(?:of|than)\b)", re.IGNORECASE)


def _asked(sentence: str) -> bool:
    """Whether ``sentence`` asks rather than says: it ends with its question mark (:data:`_ASKED`) and asks no why
    (:data:`_PRESUPPOSING`)."""
    return _ASKED.search(sentence.strip()) is not None and _PRESUPPOSING.search(sentence) is None


#: A new clause that sets something: a frame of :data:`_VALUE_FRAMES` that sets the note's case, after a comma, a
#: semicolon or a short word (a conjunction: "and let", "e seja", "en zij", ", sei"), right before maths or where
#: the words before the maths end.
_NEW_FRAME = re.compile(
    rf"(?:[,;]\s*|\b\w{{1,3}}\s+)(?:{_VALUE_FRAMES[0][0].pattern})\s*(?:us\s+)?(?=\$|\\\(|$)", re.IGNORECASE
)


def _past_a_name_negated(before: str, line: int) -> str:
    """The words before a sentence's maths that may deny it: where an earlier clause says a name alone is not
    something (a negation right after it, a copula at most between: "Seja $x$ não positivo e seja $y = x$", "Let
    $x$ be not positive, and let $y = x$") and a new clause then sets the maths (:data:`_NEW_FRAME`, or a clause
    of :data:`_CLAUSES`), the words without that name's own negation, from the name to its negation's end: that
    negation is said of the name, not of the maths after it.  Every other word stays, so a denial or a condition
    elsewhere in the sentence ("Unless $x$ is not positive, let", "and it is not the case that we let") still
    reads as it did."""
    kept, start = [], 0
    for maths in _SENTENCE_MATHS.finditer(before):
        if not _lone_name(next(g for g in maths.groups() if g is not None), line):
            continue
        copula = re.match(_COPULA, before[maths.end() :], re.IGNORECASE)  # it matches at least nothing
        negation = _NEGATED.match(before, maths.end() + copula.end())
        if negation is None:
            continue
        if _NEW_FRAME.search(before, negation.end()) or _CLAUSES.search(before, negation.end()):
            kept.append(before[start : maths.start()])
            start = negation.end()
    return " ".join([*kept, before[start:]])


#: An auxiliary before its subject (a pronoun never an object: we, they, he, she, I) in the clause of a sentence's
#: maths, where the sentence asks nothing ("nowhere do we let", "at no point shall we set", "only then can we take"):
#: English inverts them after a fronted negation or restriction, whatever its words, so what the clause sets is
#: denied or restricted; not after the fronted words that affirm ("not only do we set", "and so do we", "as do we").
_INVERTED = re.compile(
    r"(?P<affirming>\b(?:not\s+(?:only|just|merely)|so|as)\s+)?"
    r"\b(?:do|does|did|shall|should|will|would|can|could|may|might|must|have|has|had)\s+(?:we|they|he|she|(?-i:I))\b",
    re.IGNORECASE,
)


def _inverted(clause: str, sentence: str) -> bool:
    """Whether ``clause`` inverts an auxiliary and its subject after a fronted negation or restriction
    (:data:`_INVERTED`) in a ``sentence`` that asks nothing."""
    fronted = any(found.group("affirming") is None for found in _INVERTED.finditer(clause))
    return fronted and _ASKED.search(sentence.strip()) is None


#: The verbs of excluding a case, by language: the copulas an exclusion is said with after the case ("is", "ist",
#: "est", "queda"), the participles that follow them ("excluded", "skipped", "ruled out", "not considered"), and
#: every form of the verbs a sentence may use, a negation before them turning the exclusion round ("we do not skip",
#: "nor do we rule out", "wir schließen ... nicht aus", "nous n'écartons pas", "no descartamos").  A separable verb
#: may have a few words, or the case's maths, between its parts ("rule $t = 0$ out", "lassen ... aus").
_EXCLUDING_VERBS: dict[str, tuple[str, str, str]] = {
    "English": (
        r"is|are|was|were|stays|remains",
        r"excluded|left\s+out|omitted|disregarded|ignored|skipped|ruled\s+out|discarded|neglected|set\s+aside"
        r"|not\s+(?:considered|treated|covered|included)",
        r"exclu\w*|omit\w*|(?:left|leav\w*|rul\w*)\s+(?:[\w-]+\s+){0,3}?out\b|disregard\w*|ignor\w*|skip\w*"
        r"|discard\w*|neglect\w*|set\w*\s+aside",
    ),
    "German": (
        r"ist|sind|wird|werden|bleibt|bleiben",
        r"ausgeschlossen|ausgenommen|ausgelassen|weggelassen|übersprungen|vernachlässigt|ignoriert"
        r"|nicht\s+ber[üu]cksichtigt",
        r"ausschlie(?:ß|ss)\w*|ausgeschlossen|ausnehm\w*|ausgenommen|auslass\w*|ausgelassen|weglass\w*|weggelassen"
        r"|überspr\w*|vernachlässig\w*|(?:schlie(?:ß|ss)|nehm|nimm|lass|läss)\w*\s+(?:\S+\s+){0,4}?aus\b",
    ),
    "French": (
        r"est|sont|reste|restent",
        r"exclue?s?|omise?s?|écartée?s?|laissée?s?\s+de\s+côté|ignorée?s?|négligée?s?|sautée?s?",
        r"exclu\w*|omet\w*|omis\w*|écart\w*|laiss\w*\s+de\s+côté|néglig\w*|saut(?:ons|er|ée?s?)\b",
    ),
    "Spanish": (
        r"está|están|queda|quedan",
        r"excluid[oa]s?|omitid[oa]s?|descartad[oa]s?|ignorad[oa]s?|saltad[oa]s?",
        r"descart\w*|salt(?:amos|ar|ad[oa]s?)\b|dej\w*\s+fuera",
    ),
    "Italian": (
        r"è|sono|resta|rimane",
        r"esclus[oaie]|omess[oaie]|scartat[oaie]|tralasciat[oaie]|trascurat[oaie]|ignorat[oaie]|saltat[oaie]",
        r"esclu\w*|omett\w*|omess\w*|scart\w*|tralasci\w*|trascur\w*|salt(?:iamo|are|at[oaie])\b",
    ),
    "Portuguese": (
        r"está|estão|fica|ficam|é",
        r"exclu[íi]d[oa]s?|omitid[oa]s?|descartad[oa]s?|desconsiderad[oa]s?|ignorad[oa]s?|pulad[oa]s?",
        r"desconsider\w*|pul(?:amos|ar|ad[oa]s?)\b|deix\w*\s+de\s+fora",
    ),
    "Dutch": (
        r"is|zijn|wordt|worden|blijft|blijven",
        r"uitgesloten|weggelaten|overgeslagen|genegeerd",
        r"uitgesloten|uitsluit\w*|sluit\w*\s+(?:\S+\s+){0,4}?uit\b|weggelaten|weglat\w*|overgeslagen|overslaan",
    ),
}
#: Words right after a case's maths that exclude it, ending their clause: a copula and a participle of
#: :data:`_EXCLUDING_VERBS` ("is excluded", "is skipped", "is not considered (here)", "bleibt ausgeschlossen", "est
#: exclu", "queda excluido", "è escluso", "fica excluído").
_EXCLUDED_AFTER = re.compile(
    r"^[\s,]*(?:"
    + "|".join(
        rf"(?:{copulas})\s+(?:(?:here|hier|ici|aquí|aqui|qui)\s+)?(?:{participles})"
        for copulas, participles, _ in _EXCLUDING_VERBS.values()
    )
    + r")(?:\s+(?:here|throughout|below|in\s+what\s+follows|from\s+now\s+on|hier|ici|aquí|aqui|qui))?\s*"
    r"(?:[.;:,!)]|$)",
    re.IGNORECASE,
)
#: The words before an excluded case in its clause: the case named alone ("the case", "der Fall", "le cas", "el
#: caso", "il caso", "o caso"), after a joining word at most; any other word may turn the exclusion round ("It is
#: wrong to say that ...").
_CASE_NAMED = re.compile(
    r"^\W*(?:(?:and|but|while|whereas|however|here|und|aber|et|mais|y|pero|e|ma|mas)\W+)*"
    r"(?:(?:the|der|die|le|la|el|il|o|a)\s+)?(?:(?:case|value|index|step|fall|wert|cas|valeur|caso|valor)\s+)?\W*$",
    re.IGNORECASE,
)


#: How a statement a sentence denies in words of excluding that are themselves denied or doubted ("We do not exclude
#: $t = 0$", "It is wrong to say that the case $t = 0$ is excluded") is marked (:func:`how_denied`): the case may be
#: one the steps are claimed in after all.
NOT_EXCLUDED = "(denied, an exclusion turned round)"

#: A word of excluding a case, in any form (:data:`_EXCLUDING_VERBS`: "exclude", "omitted", "left out", "skip",
#: "ruled out", "ausgeschlossen", "exclu", "escluso", "excluido", "descartamos").
_EXCLUSION_WORD = re.compile(
    r"\b(?:" + "|".join(f"{participles}|{forms}" for _, participles, forms in _EXCLUDING_VERBS.values()) + ")",
    re.IGNORECASE,
)


def _excluded(inline: Inline) -> bool:
    """Whether the sentence of ``inline`` excludes its maths as a case ("the case $t = 0$ is excluded", "$t = 0$ is
    left out"): the case named alone before it in its clause (:data:`_CASE_NAMED`) and words that exclude it right
    after it, ending their clause (:data:`_EXCLUDED_AFTER`).  What is excluded is no case the steps are claimed in."""
    around = _said_around(inline)
    if around is None:
        return False
    clause = _CLAUSES.split(_words_of(around[0]))[-1]
    return bool(_CASE_NAMED.match(clause) and _EXCLUDED_AFTER.match(_words_of(around[1])))


def how_denied(inline: Inline) -> str:
    """How what the sentence of ``inline`` denies is marked: as turned round (:data:`NOT_EXCLUDED`) where its words
    exclude (:data:`_EXCLUSION_WORD`) but do not plainly exclude its maths as a case (:func:`_excluded`), else as
    denied."""
    turned = _EXCLUSION_WORD.search(_words_of(inline.sentence)) and not _excluded(inline)
    return NOT_EXCLUDED if turned else "(denied)"


def _denied(inline: Inline) -> bool:
    """Whether the sentence of ``inline`` denies its maths, asks it (:func:`_asked`) or sets it as a goal: a word of
    :data:`_NEGATED` or :data:`_GOAL` before it ("We cannot assume $c = a + b$", "Let us prove that ..."), :data:`_DENIED_AFTER`
    right after it, a later clause that says it is not done (:data:`_NOT_DONE`), or words that exclude it as a case
    (:func:`_excluded`).  What it sets then holds in no step."""
    around = _said_around(inline)
    if around is None:
        return False
    before, after = _words_of(_past_a_name_negated(around[0], inline.line)), _words_of(around[1])
    if _DENIED_AFTER.search(after) or _NOT_DONE.search(after) or _excluded(inline):
        return True
    # "Is it true that $c = a + b$?", "Let $c := 3$?" (not "Why is ...?"), "Let $c := 3$ (?)."
    asked = bool(_YES_NO_QUESTION.match(inline.sentence) or _DOUBT_MARK.match(around[1]) or _asked(inline.sentence))
    clause = _CLAUSES.split(before)[-1]  # "A common error is to forget it: the correct constant is $c = 2$."
    if not asked and _REASSERTING.match(clause) and not (_NEGATED.search(clause) or _GOAL.search(clause)):
        return False
    return bool(asked or _inverted(clause, inline.sentence) or _NEGATED.search(before) or _GOAL.search(before))


#: Words after a sentence's maths given as others' that make it the note's too: "and so do we", "as we do here",
#: "which we follow", "and indeed we do", "which is exactly what we do", "wie wir auch", "comme nous", "como
#: nosotros"; not with a negation after them ("as we do not", "comme nous ne le faisons pas", "wie wir auch nicht").
_OURS_TOO = re.compile(
    r"^\W*(?:(?:and|as)\s+(?:so\s+)?do\s+we|as\s+we\s+do|and\s+we\s+(?:do|will|shall)\s+(?:the\s+same|too|also|likewise)"
    r"|(?:which|and)\s+we\s+(?:also\s+)?(?:follow|adopt|keep|use)|as\s+(?:here|in\s+this\s+note)|like\s+us|we\s+(?:do\s+)?too"
    r"|(?:and\s+)?indeed\s+we\s+do|(?:which|this|that)\s+is\s+(?:exactly\s+|precisely\s+|just\s+)?"
    r"what\s+we\s+(?:do|use|adopt|follow|write)"
    r"|(?:und\s+|wie\s+)wir\s+auch|(?:et\s+)?nous\s+aussi|comme\s+nous|(?:y\s+)?nosotros\s+tambi[ée]n|como\s+nosotros)\b"
    r"(?!\s*(?:(?:not|never|ne|nicht|nie|no|nunca)\b|n't|n'))",
    re.IGNORECASE,
)


def _attributed(inline: Inline) -> bool:
    """Whether the last clause before ``inline`` gives its maths as others' (:data:`_ATTRIBUTED`: "Some authors
    set $c = a + b$", as a display's lead-in does), the words after it not taking it as the note's own too
    (:data:`_OURS_TOO`): what it defines is then no definition of the note's."""
    around = _words_around(inline)
    if around is None or not _ATTRIBUTED.search(_CLAUSES.split(_words_of(around[0]))[-1]):
        return False
    return _OURS_TOO.match(_words_of(around[1])) is None


def _example(inline: Inline) -> bool:
    """Whether the words before ``inline`` in its sentence set an example (:data:`_EXAMPLE_LEAD_IN`)."""
    around = _words_around(inline)
    return around is not None and _EXAMPLE_LEAD_IN.search(_words_of(around[0])) is not None


def _lifting(inline: Inline) -> bool:
    """Whether the words of the clause right before ``inline`` set its maths aside (:data:`_LIFTING`)."""
    around = _words_around(inline)
    return around is not None and _LIFTING.search(_CLAUSES.split(_words_of(around[0]))[-1]) is not None


def _asserted(inline: Inline) -> bool:
    """Whether the sentence of ``inline`` asserts its maths (:data:`_ASSERTING` right before it or, in Japanese and
    Korean, :data:`_ASSERTING_AFTER` right after it), with no word that denies it anywhere in the sentence nor one
    that makes it a hypothesis before it."""
    around = _said_around(inline)
    if around is None or _NEGATED.search(_words_of(" ".join(around))) or _HYPOTHETICAL.search(around[0]):
        return False
    return bool(_ASSERTING.search(around[0]) or _ASSERTING_AFTER.search(around[1]))


def _two_laws(item: Stated) -> bool:
    """Whether ``item`` equates densities of two different laws (``q(z|x) = p(z|x)``): a condition or a remark
    far more often than a fact (the equality case of a bound), a fact only where the sentence asserts it."""
    if item.kind != "definition" or item.name is None or item.body is None:
        return False
    laws = [law_letter(node) for node in (item.name.node, item.body.node)]
    return None not in laws and laws[0][0] != laws[1][0]


def _as_conditions(found: list[Stated], supposed: bool = True) -> list[Stated]:
    """What a sentence sets as a condition (if $p = q$): nothing the steps may use, but a relation between its
    names, so that no counterexample about them is trusted (the step after may hold under the condition); a
    value it gives a name outside the name's convention lifts the convention (the note considers "if $\\sigma =
    -1$").  The first keeps what a sentence that ``supposed`` it says (``supposes``; others' maths, "Some authors
    set", is not supposed): where it says otherwise of a name a declared context gives its meaning, that meaning
    proves nothing of the steps after it either.  An equation of two laws' densities (the bound is tight when
    $q(x_{t-1} \\mid x_t, x_0) = p_\\theta(x_{t-1} \\mid x_t)$) relates the model to q, saying nothing otherwise of q."""
    return [
        Stated(
            "relation",
            item.line,
            f"{item.text} as a condition",
            formula,
            origin="condition",
            supposes=item if supposed and not place and not _two_laws(item) else None,
        )
        for item in found
        for place, formula in enumerate(
            f for f in (item.name, item.body, _equation(item)) if f is not None and f.node is not None
        )
    ]


def _supposed(item: Stated) -> Stated:
    """A relation a sentence supposes ("If $T = 1$", "$T = 1$ only for this example"): not the note's size,
    but still a relation between its names."""
    return replace(item, origin="condition") if item.kind == "relation" and item.origin == "inline" else item


def _as_relations(found: list[Stated], said: str = "(denied)") -> list[Stated]:
    """What a sentence denies: nothing the steps may use, nor a value that lifts a convention, but what it names
    (the name an equation defines or values, a law's variables) is related in a way not modelled, so that no
    counterexample about it is trusted: the words may deny another equation of the sentence than the one that
    gives it its value ("The incorrect value $c = 3$ appears in the first version; the erratum gives $c = 2$").
    Each keeps what the sentence said (``denies``): where it says otherwise of a name a declared context gives its
    meaning, that meaning proves nothing either.  Each is marked ``said`` (:func:`how_denied`)."""
    return [
        Stated("relation", item.line, f"{item.text} {said}", named, origin="inline", denied=True, denies=item)
        for item in found
        if (named := _named(item)) is not None
    ]


def _named(item: Stated) -> Formula | None:
    """What ``item`` is about: the name a definition or a law is of, or the left side of a relation's equation."""
    formula = item.name
    if formula is None or formula.node is None:
        return None
    if item.kind == "relation" and isinstance(formula.node, syntax.Statement):
        return replace(formula, node=formula.node.operands[0])
    return formula


def _equation(item: Stated) -> Formula | None:
    """A definition that gives a name a number, as the equation it makes (``\\sigma = -1``), else None."""
    if item.kind != "definition" or item.name is None or item.body is None:
        return None
    if not isinstance(item.name.node, syntax.Name) or item.body.node is None or value(item.body.node) is None:
        return None
    node = syntax.Statement(item.name.node.position, ("=",), (item.name.node, item.body.node))
    return Formula(item.text, item.line, node)


#: A condition pinning an equation's index, written beside it (``\\bar\\alpha_t = \\alpha_t, \\quad t = 1``).
_PINNED = re.compile(r"[A-Za-z]\s*=\s*\d+")
#: A condition written beside a step (``\quad x \ge 0``, ``\quad \text{if } a = 0``): the step holds under it.
CONDITION = re.compile(
    r"\\(le|ge|leq|geq|neq|ne|lt|gt|in)(?![A-Za-z])|[<>≤≥≠∈]"
    r"|^(?:(?:if|for|when|where|with|provided|given|unless)\s+)?[A-Za-z]\s*=\s*-?\d+(?:\.\d+)?$"
    # a condition's word before an equation or a sign in words: \text{if} \quad x = 2, \text{for nonnegative } x
    rf"|(?i:\b(?:{_IF}|for|given|assuming|at|case)"
    r"\b(?:[^=]*=|.*\b(?:positive|negative|non-?negative|non-?positive|non-?zero|real|integers?)\b))",
    re.DOTALL,
)
#: What in a remark beside a step may restrict its names, so that a counterexample to the step is not trusted: any
#: relation, quantifier or sign in words, in the languages of the notes (``\\quad \\forall x > 0``, ``\\text{with } x
#: \\text{ nonnegative}``, ``\\text{si } x \\text{ est positif}``, 为正).  (:data:`CONDITION`, narrower, decides
#: whether a remark keeps an equation from defining its name.)
RESTRICTING = re.compile(
    rf"\\(?:{'|'.join(sorted((re.escape(w[1:]) for w in rel.WORDS), key=len, reverse=True))}|forall|because|not)"
    rf"(?![A-Za-z])|[{''.join(c for c in rel.CHARACTERS if len(c) == 1)}∀∵]"
    r"|(?i:\b(?:non-?|strictly\s+|strictement\s+|streng\s+)?(?:positi|n[eé]gati)\w*|\bnon-?neg\w*|\bnon-?zero\b"
    r"|\breal\b|\bintegers?\b|\bover\b|\bon\b|\bin\s*[\[(]|[\[(]\s*[-−]?\d)|\\mathbb|\\infty|正|负|負|양수|음수|양의|음의",
    re.DOTALL,
)
