"""The values a step is said to hold at, beside it (``x / x = 1 \\quad \\text{even at } x = y = 0``) or in the words
after its display (its sentence going on, ``evaluated at $x = 0$.``, or a sentence of its own about it, ``This holds
at $x = 0$.``), in maths or in words (``where $x$ vanishes``, ``when $x$ is $0$``): the equations of its names the
step is claimed under, and, where a value is said but cannot be read, that text (the step is then not presumed to
have a value there)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import Notes
from diffproof.notes.steps import membership_order

#: The words of a condition and the display as a sentence's subject, by language: what a sentence right after a
#: display says the step holds at ("Dies gilt bei $x = 0$", "Ceci vaut en", "Isto vale em", "Это верно при", "Dit
#: geldt voor", "Zachodzi to dla", "这在 ... 处成立"), and the language's words of a condition that are English words
#: too ("in", "per"), read only in a sentence whose subject is of that language ("L'uguaglianza vale anche in $x =
#: 0$"): elsewhere a value misread there would have the step judged at it.
_BY_LANGUAGE = {
    "German": (r"bei|für|wenn|falls", r"dies|das|es|diese|die\s+(?:Gleichung|Identität|Gleichheit)", ""),
    "French": (r"en|pour|quand|lorsque|si", r"ceci|cela|ce|c[’']est|l[’']?\s*(?:égalité|identité|équation)", ""),
    "Spanish": (r"en|para|cuando|si", r"esto|esta|eso|la\s+(?:igualdad|identidad|ecuación|fórmula)", ""),
    "Italian": (r"quando|se", r"questo|questa|ciò|l[’']?\s*(?:uguaglianza|identità|equazione)", r"in|per"),
    "Portuguese": (r"em|para|quando|se", r"isto|isso|esta|a\s+(?:igualdade|identidade|equação|fórmula)", ""),
    "Dutch": (r"voor|als|wanneer|bij", r"dit|dat|deze|de\s+(?:gelijkheid|identiteit|vergelijking)", ""),
    "Polish": (r"dla|przy|gdy|jeśli", r"zachodzi|równość|tożsamość|wzór", ""),
    "Russian": (r"при|для|когда|если", r"это|равенство|тождество|формула|оно", ""),
}
_CONDITIONS = "|".join(words for words, _, _ in _BY_LANGUAGE.values())
_SUBJECTS = "|".join(subjects for _, subjects, _ in _BY_LANGUAGE.values())

#: The display as the subject of a sentence whose condition's word follows its maths, by language: Japanese
#: ("これは $x = 0$ で成り立つ", "この式は"), Korean ("이 식은 $x = 0$에서 성립한다", "이것은"); each with its particles of
#: a condition (で, において, に対して, のとき; 에서, 에 대해, 일 때, 인 경우) and its verb of holding negated (成り立たない, 성립하지 않는다),
#: which alone, right after the particle (and a particle of focus, も, は, 도, 는) and with no negation of it after
#: (成り立たないとは限らない), says the step does not hold there.
_POSTPOSITIONAL = {
    "Japanese": (
        r"これ|この(?:式|等式|恒等式|関係)|上の式",
        r"において|における|に対して|に対し|について|に関して|のとき|の場合|では|で",
        r"(?:も|は)?\s*(?:成り立た(?:ない|ず|ぬ)|成り立ちません|成立し(?:ない|ません)|成立せ(?:ず|ぬ))(?!.*(?:ない|ません|ず|ぬ))",
    ),
    "Korean": (
        r"이것|이는|이\s*(?:식|등식|항등식|관계)|위\s*(?:식|등식)",
        r"에서|에\s*대해서?|에\s*대하여|일\s*때|인\s*경우|일\s*경우|이면",
        r"(?:도|는|은)?\s*성립(?:하|되)지\s*(?:않|못)(?!.*(?:않|아니|못))",
    ),
}

#: Inline maths, and a run of it listed with commas or a list's particles ("$x = 0$ と $y = 0$", "$x = 0$ 및").
_INLINE = r"\$[^$]+\$|\\\(.+?\\\)"
_LISTED_INLINE = rf"(?:(?:{_INLINE})\s*(?:[,、]|と|や|및|와|과)?\s*)+"


#: A word that says a step holds at a value written after it ("at x = 0", "for", "when", "if", "where", "with",
#: "provided", "given", "as long as", "in the case"), in English or another language (:data:`_BY_LANGUAGE`), or
#: Chinese 在 ("在 $x = 0$ 处").
_AT = re.compile(
    rf"(?<![\\\w])(?:at|for|when|whenever|if|where|with|(?:provided|given|assuming)(?:\s+that)?|(?:as|so)\s+long\s+as"
    rf"|in\s+the\s+cases?(?:\s+(?:of|that|where))?|{_CONDITIONS})(?!\w)|在",
    re.IGNORECASE,
)

#: A word that says the step holds away from the value ("except at x = 0", "unless", "not at", "other than"; "salvo",
#: "excepto", "sauf", "exceto", "tranne", "außer"): no value of it, its order is the cases' to read.  "but" is one
#: only right before what it excepts ("all but $x = 0$", "nowhere but at"); before a clause ("easy but we use it at")
#: it is a conjunction.
_AWAY = re.compile(
    r"(?<![\\A-Za-z])(?:except|unless|not(?!\s+only)|but(?=\s*(?:\$|\\[(}]|(?:at|for|when|on|in)(?![A-Za-z])))"
    r"|other\s+than|away\s+from|apart\s+from|outside"
    r"|excluding|salvo|excepto|sauf|exceto|tranne|eccetto|außer)(?![A-Za-z])",
    re.IGNORECASE,
)

#: Words between the condition's word and its maths ("at the point x = 0", "for the values"), each followed by
#: more than a relation (a word followed by '=' is the maths: "at alpha = 0").
_FILLER = re.compile(r"(?:[A-Za-z]{2,}\s+(?![=<>]))*")

#: What wraps maths in a remark or a sentence: dollars, \( \), \text{...}'s braces, spacing commands.
_WRAPPING = re.compile(r"\$|\\[()]|\\(?:text|textrm|mbox|mathrm)\s*\{([^{}]*)\}|\\q?quad(?![A-Za-z])|\\[,;:!]|~")

#: Where a list of values is cut: commas, semicolons and the words that add a member ("and", "or", "also",
#: "including", "in particular", "even", "as well as", "not only ... but also").
_BETWEEN = re.compile(
    r"\s*(?:[,;]|(?<![\\A-Za-z])(?:and|or|not\s+only|but\s+also|also|even|including|in\s+particular|especially"
    r"|notably|as\s+well(?:\s+as)?)(?![A-Za-z]))\s*",
    re.IGNORECASE,
)

#: The words a sentence lists its values with besides its maths: those of :data:`_BETWEEN` and a condition's, the
#: words of a value said in words (:data:`_VALUE_IN_WORDS`) and of a point ("for all $x$, in particular at the
#: point $x = 0$"); any other word ends the list ("evaluated at $x = 1$, which is used below").
_LISTING = re.compile(
    r"(?:and|or|not\s+only|but\s+also|also|even|including|in\s+particular|especially|notably|as\s+well(?:\s+as)?"
    r"|at|for|when|whenever|if|where|with|all|every|each|any|the|point|points|value|values|is|are|equal|equals|to"
    r"|vanish|vanishes|zero|origin)",
    re.IGNORECASE,
)

#: A value said in words, and the relation it says: "x vanishes", "x is zero" (x = 0); "x is 0", "x equal to 0",
#: "x equals 0" (x = 0: "is" only before a number or maths, not "x is a vector"); "x \\equiv 0" of a scalar (x = 0;
#: with a modulus, a congruence: not read).
_VALUE_IN_WORDS = (
    (re.compile(r"\s+(?:vanish(?:es)?|(?:is|are)\s+(?:zero|null))(?![A-Za-z])", re.IGNORECASE), " = 0 "),
    (
        re.compile(
            r"\s+(?:(?:is|are)\s+equal\s+to|equals?(?:\s+to)?|is|are)\s+"
            r"(?=[-+]?\d|\\[A-Za-z]|[A-Za-z](?:_\S+)?\s*(?:$|[,;.]))",
            re.IGNORECASE,
        ),
        " = ",
    ),
    (re.compile(r"(?<![\\A-Za-z])zero(?![-A-Za-z])", re.IGNORECASE), "0"),
    (re.compile(r"\\equiv(?![A-Za-z])"), "="),
)

#: A point named in words ("at the origin"): a value said but not read.
_POINT_IN_WORDS = re.compile(r"(?<![\\A-Za-z])origin(?![A-Za-z])", re.IGNORECASE)

#: A value given by membership in a set written out (x \\in \\{0, 1\\}): the name is one of its members.
_IN_A_SET = re.compile(r"(?P<name>.+?)\s*(?:\\in(?![A-Za-z])|∈)\s*\\\{(?P<members>.*)\\\}")

#: A modulus beside a value (x \\equiv 0 \\pmod 3): a congruence, whose values are not read here.
_MODULUS = re.compile(r"\\[bp]?mod(?![A-Za-z])|(?<![A-Za-z])mod(?:ulo)?(?![A-Za-z])", re.IGNORECASE)

#: A number alone (0, -1, 0.5, a point (0, 0)): a value with no name.
_NUMBER = re.compile(r"[-+]?\(?\s*[-+]?\d[\d.\s,-]*\)?")

#: A range written as its members (t = 1, \ldots, T): values said but not read (a chain of orders with it,
#: 1 > a_1 > \cdots > a_T > 0, is the cases' to read).
_RANGE = re.compile(r"\\[lc]?dots|\.\.\.|…")

#: A definition beside the step (c := f(x), \\stackrel{def}{=}): the note's definitions are read elsewhere; one of a
#: number (at x := 0) is the value the step is said at.
_DEFINING = re.compile(r":=|=:|\\(?:stackrel|overset|coloneqq|eqqcolon|triangleq|doteq)(?![A-Za-z])")

#: A relation other than '=' in a value ("x = 0 \\le y"): the piece is not one value.
_OTHER_RELATION = re.compile(r"\\(?:le|ge|leq|geq|ne|neq|lt|gt|in|approx|sim)(?![A-Za-z])|[<>≤≥≠∈]")

#: A name given a number (``x = 0``, ``\\sigma_1 = -1/2``): a value written alone beside a step.
_A_VALUE = re.compile(r"\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?\s*=\s*-?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?")

#: A word left in a value's maths ("x = 0 respectively"): what it says of the value is not read.
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")

#: A sentence's pieces: its inline maths, its words, its punctuation.
_SENTENCE_PIECE = re.compile(
    r"\$[^$]+\$|\\\(.+?\\\)|(?:not\s+only|but\s+also|in\s+particular|as\s+well\s+as)(?![A-Za-z])|[A-Za-z]+|[,;]|\S",
    re.IGNORECASE,
)

#: A new sentence after a display whose subject is the display ("This holds at $x = 0$.", "It is used at", "The
#: identity holds for"): read as the display's sentence going on.
_THE_DISPLAY = re.compile(
    r"(?:this|it|that|the\s+(?:above|last|previous|identity|equation|equality|step|relation|formula|display|result)"
    rf"|above|{_SUBJECTS})(?!\w)|这|此|上式|该式|{'|'.join(subjects for subjects, _, _ in _POSTPOSITIONAL.values())}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Said:
    """What a text beside a step says its names are: ``equations`` (each the text of one equation, a value list of
    one name written as the product of its differences: x = 0 and x = 1 as (x - (0))(x - (1)) = 0, the name being
    one of them), ``unread`` (the text of a value said but not read, else '') and ``ranges`` (the text of each order
    of its names said of the step after it, ``It holds for $x \\ge 0$.``: where it claims to have a value)."""

    equations: tuple[str, ...] = ()
    unread: str = ""
    ranges: tuple[str, ...] = ()


def said_beside(remark: str) -> Said:
    """The values a step's remark says it holds at: the maths after the first word of a condition (words between
    allowed, "at the point x = 0"; words before it too, "even at"), to the remark's end."""
    found = _value_words(remark)
    if found is None:  # x = 0 in the step's row, or its tag: values alone, where the row holds (not a reason's
        alone = _unwrapped(remark)  # maths, \\because beta_t = 1 - alpha_t, nor an order)
        values = _pieces(alone)
        return _read(alone) if all(_A_VALUE.fullmatch(v.strip()) for v in values) else Said()
    return _read(_unwrapped(remark[found.end() :]))


def said_after(notes: Notes, line: int) -> Said:
    """The values the sentence carrying on the display of the step on ``line`` says it holds at ("evaluated at $x =
    0$.", "for all $x$, including $x = 0$."): its inline maths and the words it lists them with
    (:data:`_LISTING`) after the first word of a condition, to the first other word, the rest of the sentence
    left to it."""
    sentence = _sentence_after(notes, line)
    postposed = _said_before_a_particle(sentence)
    if postposed is not None:
        return postposed
    for found in _conditions(sentence).finditer(sentence):  # the first condition's word maths follows ("en $x = 0$")
        if _AWAY.search(sentence[: found.start()]):
            return Said()
        listed = []
        for piece in _SENTENCE_PIECE.finditer(sentence, found.end()):
            text = piece.group()
            if text[0].isalpha() and not _LISTING.fullmatch(text):
                break
            listed.append(text)
        if any(text.startswith(("$", "\\(")) for text in listed):
            return _read(_unwrapped(" ".join(listed)))
        if _POINT_IN_WORDS.search(" ".join(listed)):  # "This holds at the origin.": a point said but not read
            return Said(unread=_unwrapped(" ".join(listed)))
    return Said()


def held_beside(notes: Notes, line: int, names: frozenset[tuple[str, str, str]]) -> Said:
    """A sentence beside the display of the step on ``line`` as a value said but not read, where its maths relates a
    name of the step (``names``, their keys) to a value (``$x = 0$``, ``$x := 0$``, a side free of names): any
    sentence of the paragraph after the display, whatever its subject ("Equation (1) holds at $x = 0$.", "Valid at
    $x = 0$.", "This is the key identity. We use it at $x = 0$."), where :func:`said_after` read no value of it (the
    caller's test) and the sentence does not read as the step holding away from the value (:func:`_away_read`); or
    the sentence leading into the display (no end before it) where it finds no exception ("When $x = 0$, we have",
    "当 $x = 0$ 时，有"): such a sentence may say where the step holds in words not read, so the step is held rather
    than judged at or away from the value.  The orders of a name of the step between values such a sentence after
    writes (``$x \\ge 0$``, ``$x \\in [0, 1]$``) are where the step claims a value (``ranges``), or, beside a word of
    negation ("It fails for $x \\ge 0$"), a sentence not read.  The sentences are read to the next display, across
    paragraphs and headings (:func:`_sentences_to_next_display`); a clause a word of exception governs
    (:func:`_away_clause`, "except at $x = 1$") is left out, and any other clause is read; a value written in a way
    not read (:func:`_value_unread`) holds the step."""
    ranges: list[str] = []
    for after in _sentences_to_next_display(notes, line):
        away = _away_clause(after)
        rest = after if away is None else f"{after[: away[0]]} {after[away[1] :]}"
        worded, named = _values_in_words(rest), _named_in(rest, names)
        if _relates_a_value(worded, named) or _value_unread(rest, named):
            return Said(unread=after)
        found = _ranges_of(rest, names)
        if found and _negated(rest):
            return Said(unread=after)
        ranges += found
    before = _sentence_leading_in(notes, line)
    if before and not _excepting(before) and _relates_a_value(_values_in_words(before), _named_in(before, names)):
        return Said(unread=before, ranges=tuple(ranges))
    return Said(ranges=tuple(ranges))


#: A verb of failing or a negation beside a word of exception ("fails unless", "does not hold except at", "以外では
#: 成り立たない"): two negations, which say the step holds only at the value, not away from it.
_NEGATED_VERB = re.compile(
    r"(?<![A-Za-z])(?:fail(?:s|ed)?|false|wrong|incorrect|invalid|breaks|not|never)(?![A-Za-z])|n[’']t(?![A-Za-z])"
    r"|以外|ない|ません|ず|않|아니|못",
    re.IGNORECASE,
)


#: A word of negation besides those of :data:`_AWAY` and :data:`_NEGATED_VERB` ("nowhere", "no", "without", "is
#: not excluded", "do not exclude"): with a word of exception, a second negation whose sense is not read.
_NEGATION = re.compile(
    r"(?<![A-Za-z])(?:no|none|nothing|nowhere|neither|nor|without|cannot|exclud(?:e|es|ed|ing))(?![A-Za-z])",
    re.IGNORECASE,
)


def _away_clause(sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` says the step holds away from its value in words read, the span of the clause the word of
    exception governs (from it to the next clause: :data:`_CLAUSE_END`), else None: one word of exception
    (:data:`_AWAY`, "This holds except at $x = 0$.") and no other word of negation or verb of failing anywhere in it
    (:data:`_NEGATED_VERB`, :data:`_NEGATION`: "nowhere except at", "is not excluded", each word counted once where
    two lists hold it), written before some maths of its clause (an exception goes before what it excepts: "$x =
    0$ is not ruled out" negates words not read), or a Japanese or Korean verb of holding negated right after the
    value's particle ("$x = 0$ では成り立たない", the whole sentence).  Two negations may cancel or not; their sense is
    not read, so the sentence is not read as the step holding away from the value (fail-safe: it is then held)."""
    for subjects, particles, negation in _POSTPOSITIONAL.values():
        if re.match(rf"(?:{subjects})", sentence):
            found = re.search(rf"({_LISTED_INLINE})(?:{particles})", sentence)
            held = found is not None and re.match(negation, sentence[found.end() :]) is not None
            return (0, len(sentence)) if held else None
    words = _INLINE_OR_NOT.sub(lambda m: "$" * len(m.group()), sentence)  # each word where the sentence has it
    away = _excepting(words)
    negations = {n.start() for pattern in (_AWAY, _NEGATED_VERB, _NEGATION) for n in pattern.finditer(words)}
    if len(away) != 1 or negations != {away[0].start()}:
        return None
    start = away[0].start()
    ending = _CLAUSE_END.search(words, start)
    end = ending.start() if ending else len(sentence)
    return (start, end) if any(start < m.start() < end for m in _INLINE_OR_NOT.finditer(sentence)) else None


#: Where a clause after a word of exception ends: a comma or semicolon, "and", "but", "or" before a word other
#: than a condition's ("except at $x = 1$ and at $x = 2$" is one clause; ", and we use it at $x = 0$" another), or a
#: word of consequence ("except at $x = 1$ so we may use it at $x = 0$", "hence", "thus", "therefore"; not "so long
#: as", a condition's word).
_CLAUSE_END = re.compile(
    r"[,;]|(?<![\\A-Za-z])(?:and|but|or|while|whereas)\s+(?!(?:at|for|when|in|on)(?![A-Za-z])|\$)"
    r"|(?<![\\A-Za-z])(?:so(?!\s+long\s+as)|hence|thus|therefore|consequently)(?![A-Za-z])",
    re.IGNORECASE,
)

#: Words of :data:`_AWAY` that except a value only where it follows them ("Apart from $x = 0$, it holds", "outside
#: the point $x = 0$"): before other words they may mean "besides" or place the use ("Apart from its use at $x =
#: 0$", "Outside the main proof we use it at $x = 0$"), which excepts nothing, so no exception is read there.
_AMBIGUOUS_AWAY = re.compile(r"apart\s+from|outside", re.IGNORECASE)
_EXCEPTED_NEXT = re.compile(
    r"\s*(?:of\s+)?(?:(?:at|for|when|where|on|in)\s+)?(?:the\s+(?:points?|values?|set|case)\s+(?:of\s+|where\s+)?)?"
    r"(?:\$|\\\()",
    re.IGNORECASE,
)


def _excepting(words: str) -> list[re.Match]:
    """The words of exception of ``words`` (:data:`_AWAY`), less an ambiguous one (:data:`_AMBIGUOUS_AWAY`) not right
    before the maths it would except (:data:`_EXCEPTED_NEXT`)."""
    return [
        away
        for away in _AWAY.finditer(words)
        if not _AMBIGUOUS_AWAY.fullmatch(away.group()) or _EXCEPTED_NEXT.match(words, away.end())
    ]


#: A value said in words of inline maths right before them (``$x$ vanishes``, ``$x$ is zero``, ``$x$ equals $0$``,
#: ``$x$ is equal to 0``), as the equation it says (:data:`_VALUE_IN_WORDS`; not "$x$ is large", "$x$ is a vector").
_MATHS_VALUED = re.compile(
    r"\$(?P<maths>[^$]+)\$\s+(?:(?P<zero>vanish(?:es)?|(?:is|are)\s+(?:zero|null))(?![A-Za-z])"
    r"|(?:(?:is|are)\s+equal\s+to|equals?(?:\s+to)?|is|are)\s+"
    r"(?:\$(?P<value>[^$]+)\$|(?P<number>[-+]?\d+(?:\.\d+)?)(?![\w-]|\.\d)))",
    re.IGNORECASE,
)


def _values_in_words(sentence: str) -> str:
    """``sentence`` with each value said in words of maths (:data:`_MATHS_VALUED`) written as its equation's maths
    (``$x$ vanishes`` as ``$x = 0$``): a value a later sentence says so is then held as one written in maths."""

    def written(found: re.Match) -> str:
        value = "0" if found.group("zero") else found.group("value") or found.group("number")
        return f"${found.group('maths')} = {value}$"

    return _MATHS_VALUED.sub(written, sentence)


def _named_in(sentence: str, names: frozenset[tuple[str, str, str]]) -> frozenset[tuple[str, str, str]]:
    """``names`` and the names ``sentence``'s maths says may be one of them: the same name at another index where
    either index is a letter (x_i of "$x_i = 0$ for every $i$" is x_1 where the step writes x_1), and a name the
    maths equates with one of them (y of "$x = y$ with $y = 0$", "$x = a$, where $a := 0$"), each in turn, so a
    value said of it is held as one said of the step's."""
    written = [keys for maths in re.findall(_INLINE, sentence) for keys in [_keys_written(_unwrapped(maths))]]
    named = set(names) | {
        key
        for keys in written
        for key in keys
        for base, decoration, index in names
        if key[:2] == (base, decoration) and key[2] != index and _a_letter(key[2]) | _a_letter(index)
    }
    equated = [_equated_names(_unwrapped(maths)) for maths in re.findall(_INLINE, sentence)]
    for _ in range(len(equated)):
        linked = {key for keys in equated if keys & named for key in keys}
        if linked <= named:
            break
        named |= linked
    return frozenset(named)


def _a_letter(index: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z]", index))


def _equated_names(text: str) -> frozenset[tuple[str, str, str]]:
    """The names maths ``text`` equates as sides of its equation (``x = y``, ``x = a = b``, ``a := x``), each a side
    alone; none where no two are."""
    sides = _DEFINING.split(text)
    statement = equation_written(" = ".join(sides) if len(sides) == 2 else sides[0])
    if statement is None:
        return frozenset()
    keys = frozenset(o.key for o in statement.operands if isinstance(o, syntax.Name))
    return keys if len(keys) > 1 else frozenset()


def _negated(sentence: str) -> bool:
    """Whether the words of ``sentence`` (its maths aside) hold a word of exception, negation or failing."""
    words = _INLINE_OR_NOT.sub(" ", sentence)
    return any(pattern.search(words) for pattern in (_AWAY, _NEGATED_VERB, _NEGATION))


_INLINE_OR_NOT = re.compile(_INLINE)


def _relates_a_value(sentence: str, names: frozenset[tuple[str, str, str]]) -> bool:
    """Whether some inline maths of ``sentence``, or one of the values it lists (:func:`_listed_in`), equates one of
    ``names`` with a value (:func:`_names_a_value`; a definition of it, ``x := 0``, as the equation it writes)."""
    for maths in re.findall(_INLINE, sentence):
        for piece in _listed_in(maths):
            sides = _DEFINING.split(piece)
            statement = equation_written(" = ".join(sides) if len(sides) == 2 else sides[0])
            if statement is not None and _names_a_value(statement, names):
                return True
    return False


#: A remark or a spacing command inside inline maths ("\\sigma = 0 \\text{ (no noise)}", "\\sigma = 0 \\quad (t =
#: T)"): it ends the value before it, as a comma does.
_REMARK_IN_MATHS = re.compile(r"\\(?:text|textrm|mbox)\s*\{[^{}]*\}|\\q?quad(?![A-Za-z])")


def _listed_in(maths: str) -> list[str]:
    """Inline ``maths`` whole, and, where it lists values (commas, "and", a remark between them: "\\sigma = 0, \\mu =
    1"), each of them: a value said in a list is said as one said alone.  A range (t = 1, \\ldots, T) is not cut: its
    first member is not a value the step is said at alone."""
    whole = _unwrapped(maths)
    if _RANGE.search(maths):
        return [whole]
    return [whole, *(piece.strip() for piece in _pieces(_unwrapped(_REMARK_IN_MATHS.sub(" , ", maths))))]


#: A relation other than an equation in maths: an order, a membership or an inclusion ('x \\in \\mathbb{R}', '|x| \\le
#: 1'); an equation is one only with a tuple on a side ('(x, y) = (0, 0)').  'x \\ne 1' is not one: it excepts a
#: value, and claims the step at every other (:data:`_EXCEPTED`).
_RELATION_SIGN = re.compile(
    r"\\(?:le|ge|leq|geq|leqslant|geqslant|lt|gt|in|notin|subset|subseteq)(?![A-Za-z])|[<>≤≥∈∉⊂⊆]"
    r"|^\s*\([^()]*,[^()]*\)\s*=|=\s*\([^()]*,[^()]*\)\s*$"
)

#: A letter in plain text before a relation sign ("at x = 0", "for x != 1"): a name of the note's maths written out.
_PLAIN_RELATION = re.compile(r"(?<![\w\\$])([A-Za-z])\s*(?:[<>=≤≥≠∈]|!=)")


def _value_unread(sentence: str, names: frozenset[tuple[str, str, str]]) -> bool:
    """Whether ``sentence`` says a value or a range of a name of the step (``names``) in a way not read (fail-safe):
    inline maths with a relation sign (:data:`_RELATION_SIGN`: '|x| \\le 1', 'x \\in \\mathbb{R}', '(x, y) = (0, 0)',
    'x \\in \\{0, 1\\}') or an exception (:data:`_EXCEPTED`: 'x \\ne y') that writes one of them and that
    :func:`_order_of` and :func:`_exceptions_of` do not read; a letter of them in plain text before a relation sign
    ("at x = 0"); or, in a sentence about the display (:data:`_THE_DISPLAY`, or going on in lower case), an interval
    of numbers alone ("It holds on $[0, 1]$.")."""
    for maths in re.findall(_INLINE, sentence):
        text = _unwrapped(maths)
        if _order_of(text, names) is not None or _exceptions_of(text, names):
            continue
        if (_RELATION_SIGN.search(text) or _EXCEPTED.fullmatch(text)) and names & _keys_written(text):
            return True
        if (sentence[:1].islower() or _THE_DISPLAY.match(sentence)) and _is_interval(text):
            return True
    words = _INLINE_OR_NOT.sub(" ", sentence)
    return any(names & _keys_written(found.group(1)) for found in _PLAIN_RELATION.finditer(words))


def _keys_written(text: str) -> frozenset[tuple[str, str, str]]:
    """The keys of the names in ``text``'s pieces between relation signs, commas and brackets (each parsed alone;
    one that does not parse, \\mathbb{R}, adds none)."""
    keys: set[tuple[str, str, str]] = set()
    for piece in re.split(
        r"\\(?:le|ge|leq|geq|leqslant|geqslant|lt|gt|ne|neq|in|notin|subset|subseteq)(?![A-Za-z])"
        r"|[<>=≤≥≠∈∉⊂⊆,;()\[\]|]|\\[{}]|\\(?:left|right)(?![A-Za-z])",
        text,
    ):
        if not piece.strip():
            continue
        try:
            parsed = syntax.parse(piece, notes=True)
        except (InvalidAnswer, RecursionError):
            continue
        keys |= {n.key for n in nodes(parsed) if isinstance(n, syntax.Name)}
    return frozenset(keys)


def _is_interval(text: str) -> bool:
    """Whether ``text`` is an interval of numbers alone ([0, 1], (0, \\infty), [-1, 1)): two ends free of names."""
    found = re.fullmatch(r"(?:\\left)?\s*[\[(]\s*([^,;]+?)\s*,\s*([^,;]+?)\s*(?:\\right)?\s*[\])]", text)
    return found is not None and all(re.fullmatch(r"[-+]?\s*(?:\d+(?:\.\d+)?|\\infty)", end) for end in found.groups())


#: An order between a name and values, as the parser writes its relations.
_ORDER_RELATIONS = frozenset({"<", ">", "<=", ">="})


def _ranges_of(sentence: str, names: frozenset[tuple[str, str, str]]) -> list[str]:
    """The orders the inline maths of ``sentence`` writes between one of ``names`` and values (:func:`_order_of`),
    and the values it excepts of one (:func:`_exceptions_of`: "It holds for $x \\ne 1$" claims every other x)."""
    found = []
    for maths in re.findall(_INLINE, sentence):
        order = _order_of(_unwrapped(maths), names)
        found += [order] if order else _exceptions_of(_unwrapped(maths), names)
    return found


#: A value or values excepted of a name: ``x \\ne 1``, ``x \\neq 1``, ``x ≠ 1``, ``x \\ne 0, 1``, ``x \\notin \\{0, 1\\}``.
_EXCEPTED = re.compile(
    r"(?P<name>[^=<>]+?)\s*(?:(?:\\neq?(?![A-Za-z])|≠)\s*(?P<value>[^;]+?)"
    r"|(?:\\notin(?![A-Za-z])|∉)\s*\\\{(?P<values>[^{}]+)\\\})\s*"
)


def _exceptions_of(text: str, names: frozenset[tuple[str, str, str]]) -> list[str]:
    """The values maths ``text`` excepts of one of ``names`` (:data:`_EXCEPTED`), each as ``x \\ne c`` (the set
    claimed is every value but those: x \\notin \\{0, 1\\} is x \\ne 0 and x \\ne 1); none where a value is not
    written without names."""
    found = _EXCEPTED.fullmatch(text)
    if found is None:
        return []
    name = found.group("name").strip()
    values = (found.group("value") or found.group("values")).split(",")
    excepted = []
    for value in (v.strip() for v in values):
        statement = equation_written(f"{name} = {value}")
        if statement is None or not _names_a_value(statement, names):
            return []
        excepted.append(f"{name} \\ne {value}")
    return excepted


def _order_of(text: str, names: frozenset[tuple[str, str, str]]) -> str | None:
    """The order maths ``text`` writes between one of ``names`` and values (x \\ge 0, 0 < x < 1), a membership in an
    interval of numbers or a half-line as the order it states (x \\in [0, 1]: 0 \\le x \\le 1;
    :func:`membership_order`), else None."""
    member = re.fullmatch(r"(.+?)\s*(?:\\in(?![A-Za-z])|∈)\s*(.+)", text)
    if member is not None:
        text = membership_order(member.group(1).strip(), member.group(2).strip()) or ""
    try:
        statement = syntax.parse(text, notes=True) if text else None
    except (InvalidAnswer, RecursionError):
        return None
    if (
        isinstance(statement, syntax.Statement)
        and set(statement.relations) <= _ORDER_RELATIONS
        and _names_a_value(statement, names)
    ):
        return text
    return None


def _names_a_value(statement: syntax.Statement, names: frozenset[tuple[str, str, str]]) -> bool:
    """Whether ``statement`` equates one of ``names``, or a formula of it alone (x^2 = 0, |x| = 0: a value of the
    name as much as x = 0 is), with a value written without names (x = 0, x = -1/2)."""
    named = [_of_one_name(o, names) for o in statement.operands]
    unnamed = [not any(isinstance(n, syntax.Name) for n in nodes(o)) for o in statement.operands]
    return any(named) and any(unnamed)


def _of_one_name(operand: syntax.Node, names: frozenset[tuple[str, str, str]]) -> bool:
    """Whether ``operand`` writes one of ``names`` and no other name (x, x^2, |x|)."""
    written = {n.key for n in nodes(operand) if isinstance(n, syntax.Name)}
    return len(written) == 1 and written <= names


def _conditions(sentence: str) -> re.Pattern:
    """The words of a condition read in ``sentence``: :data:`_AT`, and those of a language that are English words
    too where the sentence's subject is of that language (Italian "in" after "L'uguaglianza vale anche")."""
    for _, subjects, shared in _BY_LANGUAGE.values():
        if shared and re.match(rf"(?:{subjects})(?!\w)", sentence, re.IGNORECASE):
            return _with_words(shared)
    return _AT


@lru_cache(maxsize=16)
def _with_words(shared: str) -> re.Pattern:
    return re.compile(rf"(?<![\\\w])(?:{shared})(?!\w)|{_AT.pattern}", re.IGNORECASE)


def _said_before_a_particle(sentence: str) -> Said | None:
    """The values a Japanese or Korean sentence whose subject is the display (:data:`_POSTPOSITIONAL`) says the step
    holds at: the inline maths right before a particle of a condition ("$x = 0$ で", "$x = 0$에서"), none where the
    verb of holding right after it is negated (で成り立たない) or no maths has such a particle; None where the
    sentence is not one.  A negation elsewhere (注意しなければならない, 例外はない, 놀랍지 않다, a second clause's
    それ以外では成り立たない) leaves the values read."""
    for subjects, particles, negation in _POSTPOSITIONAL.values():
        if not re.match(rf"(?:{subjects})", sentence):
            continue
        found = re.search(rf"({_LISTED_INLINE})(?:{particles})", sentence)
        if found is None or re.match(negation, sentence[found.end() :]):
            return Said()
        return _read(_unwrapped(", ".join(re.findall(_INLINE, found.group(1)))))
    return None


def _sentence_after(notes: Notes, line: int) -> str:
    """The first sentence of the paragraph right after the display holding ``line`` (:func:`_first_sentence_after`),
    where it starts in lower case (the display's sentence going on) or its subject is the display
    (:data:`_THE_DISPLAY`); else ''."""
    sentence = _first_sentence_after(notes, line)
    return sentence if sentence[:1].islower() or _THE_DISPLAY.match(sentence) else ""


def _sentence_leading_in(notes: Notes, line: int) -> str:
    """The last sentence before the display holding ``line`` where it leads into it, with no end ('.', '!', '?')
    before the display ("When $x = 0$, we have"): in the paragraph holding the display (LaTeX's), else in the
    paragraph right before it (a blank line between allowed); else ''."""
    first = next((start for start, end in notes.displays if start <= line <= end), None)
    if first is None:
        return ""
    holding = [p for p in notes.prose if p.line < first <= p.line + p.text.count("\n")]
    if holding:
        words = "\n".join(holding[0].text.split("\n")[: first - holding[0].line])
    else:
        preceding = max((p for p in notes.prose if p.line < first), key=lambda p: p.line, default=None)
        if preceding is None or any(preceding.line < end < first for _, end in notes.displays):
            return ""
        words = preceding.text
    words = words.strip()
    if not words or re.search(r"[.!?。．！？]$", words):
        return ""
    return re.split(r"(?<=[.;!?。．])\s+", words)[-1]


def _first_sentence_after(notes: Notes, line: int) -> str:
    """The first sentence after the display holding ``line`` (:func:`_sentences_after`), else ''."""
    return next(iter(_sentences_after(notes, line)), "")


def _sentences_after(notes: Notes, line: int) -> list[str]:
    """The sentences of the paragraph after the display holding ``line``: the rest of the paragraph holding the
    display (LaTeX's paragraph goes on after ``\\]``, to the next display), else the paragraph right after it (a
    blank line between allowed, no other display); a sentence ends at '.', ';', '!' or '?' before a capital or a
    command, or at '。', '．'."""
    last = next((end for first, end in notes.displays if first <= line <= end), None)
    if last is None:
        return []
    upto = min((first for first, _ in notes.displays if first > last), default=None)
    words = next(
        (rest for p in notes.prose if (rest := _rest_of_paragraph(p.text, last - p.line, upto and upto - p.line))), ""
    )
    if not words:
        following = min((p for p in notes.prose if p.line > last), key=lambda p: p.line, default=None)
        if following is None or any(last < first < following.line for first, _ in notes.displays):
            return []
        words = following.text.strip()
    return _split_sentences(words)


#: Inline maths, read whole, or the end of a sentence outside it: '.', ';', '!' or '?' before a capital or a command,
#: or '。', '．'.
_SENTENCE_END = re.compile(rf"{_INLINE}|(?<=[.;!?])\s+(?=[A-Z\\])|(?<=[。．])")


def _split_sentences(words: str) -> list[str]:
    """``words`` cut into sentences at each end of one outside inline maths (:data:`_SENTENCE_END`: the ';' of
    "$\\mu = 2; \\sigma = 0$" is the maths' own)."""
    sentences, start = [], 0
    for found in _SENTENCE_END.finditer(words):
        if found.group().startswith(("$", "\\(")):
            continue
        sentences.append(words[start : found.start()])
        start = found.end()
    return [s for s in [*sentences, words[start:]] if s.strip()]


#: A footnote's text ("[^a]: ...", "\\footnotetext{...}"): said of its mark, not of the display before it.
_FOOTNOTE_TEXT = re.compile(r"\s*(?:\[\^[^\]]*\]:|\\footnotetext(?![A-Za-z]))")


def _sentences_to_next_display(notes: Notes, line: int) -> list[str]:
    """The sentences after the display holding ``line`` to the next display (:func:`_sentences_after`'s, then those
    of every later paragraph before the next display, a heading's among them, a footnote's text not), its lines
    before that display only."""
    sentences = _sentences_after(notes, line)
    last = next((end for first, end in notes.displays if first <= line <= end), None)
    if last is None:
        return sentences
    upto = min((first for first, _ in notes.displays if first > last), default=None)
    later = sorted(
        (p for p in notes.prose if p.line > last and (upto is None or p.line < upto)),
        key=lambda p: p.line,
    )
    if later and sentences == _split_sentences(later[0].text.strip()):  # the paragraph right after, read already
        later = later[1:]
    for paragraph in (p for p in later if not _FOOTNOTE_TEXT.match(p.text)):
        text = "\n".join(paragraph.text.split("\n")[: None if upto is None else upto - paragraph.line])
        sentences += _split_sentences(text.strip())
    return sentences


#: Where a display's last line ends it: the text after it on that line goes on with the paragraph.
_DISPLAY_CLOSE = re.compile(r"\$\$|\\\]|\\end\s*\{[^{}]*\}")


def _rest_of_paragraph(text: str, at: int, upto: int | None = None) -> str:
    """What a paragraph ``text`` holding a display says after the display's last line, its line ``at`` (0-based),
    to a blank line or the line ``upto`` lines after the paragraph's first (the next display's); '' where the
    paragraph does not hold that line or says nothing after it."""
    lines = text.split("\n")
    if not 0 <= at < len(lines) - 1 or not _DISPLAY_CLOSE.search(lines[at]):
        return ""
    tail = lines[at][list(_DISPLAY_CLOSE.finditer(lines[at]))[-1].end() :]
    following = lines[at + 1 :] if upto is None else lines[at + 1 : max(at + 1, upto)]
    return re.split(r"\n\s*\n", "\n".join([tail, *following]))[0].strip()


def _value_words(text: str) -> re.Match | None:
    """The first word of a condition in ``text``, or None where there is none or a word before it says the step
    holds away from its value."""
    found = _AT.search(text)
    if found is None or _AWAY.search(text[: found.start()]):
        return None
    return found


def _unwrapped(text: str) -> str:
    return _WRAPPING.sub(lambda m: f" {m.group(1) or ''} ", text).strip().rstrip(".,;:").strip()


def _read(maths: str) -> Said:
    """The values ``maths`` lists (after its filler words, values said in words read as equations,
    :data:`_VALUE_IN_WORDS`): each piece with '=' one equation, all holding together; pieces that give the same
    left side two values are read as the name being one of them where each is ``name = value`` (x = 0 and x = 1),
    a bare value after ``name = value`` another value of the name (x = 1, 0), a set written out the name's values (x
    \\in \\{0, 1\\}); a value said but not read (a range t = 1, ..., T, a point in words, a number alone, words
    left in its maths) makes the text unread; what says no value ("for all x", an order, a name alone) nothing."""
    maths = maths[_FILLER.match(maths).end() :]
    if not _says_a_value(maths):
        return Said()
    if _POINT_IN_WORDS.search(maths) or _MODULUS.search(maths):
        return Said(unread=maths)  # at the origin; x \equiv 0 \pmod 3
    for words, relation in _VALUE_IN_WORDS:
        maths = words.sub(relation, maths)
    parsed, left = [], ""
    for piece in (_AT.sub(" ", p).strip() for p in _pieces(maths)):
        values = _valued(piece, left)
        if values is None:
            return Said(unread=maths)
        for value in values:
            statement = None if _OTHER_RELATION.search(value) or _WORD.search(value) else equation_written(value)
            if statement is None:
                return Said(unread=maths)
            parsed.append((value, statement))
            left = value.split("=", 1)[0].strip()
    if not parsed:
        return Said()
    lefts = [statement.operands[0] for _, statement in parsed]
    if len(set(lefts)) == len(lefts):  # x = 0 and y = 1, a = b and b = 0: all hold together
        return Said(equations=tuple(piece for piece, _ in parsed))
    one_of = _one_of(parsed)
    return Said(equations=(one_of,)) if one_of else Said(unread=maths)


def _says_a_value(maths: str) -> bool:
    """Whether ``maths`` (after a condition's word) says a value: a relation '=' or one said in words, a set of
    values, a point in words, a number right after the condition's word ("at 0"); not "for all x", "for x > 0",
    "(where we used Bayes' rule)"."""
    return bool(
        "=" in maths
        or any(words.search(maths) for words, _ in _VALUE_IN_WORDS)
        or _IN_A_SET.fullmatch(maths.strip())
        or _POINT_IN_WORDS.search(maths)
        or _NUMBER.fullmatch(maths.strip())
    )


def _valued(piece: str, left: str) -> tuple[str, ...] | None:
    """The equations one piece of a list of values writes: its own ('x = 0'), the name's values where it writes a
    set (x \\in \\{0, 1\\}), the last name's where it is a bare value after one (the 0 of 'x = 1, 0'), a
    definition of a number as its value (x := 0); none where it says no value (a name alone, an order, a definition
    of a formula read elsewhere); None where a value is said but not read (a number with no name, a range)."""
    piece = piece[_FILLER.match(piece).end() :].strip()
    if not piece or re.fullmatch(r"(?:[A-Za-z]{2,}\s*)+", piece):
        return ()  # words alone ("all" of "for all"): no value
    member = _IN_A_SET.fullmatch(piece)
    if member is not None and _RANGE.search(member.group("members")):
        return None  # x \in \{1, \ldots, T\}: a range of values
    if member is not None:
        return tuple(f"{member.group('name').strip()} = {v.strip()}" for v in _pieces(member.group("members")))
    if _DEFINING.search(piece):
        sides = _DEFINING.split(piece)
        numbers = [side for side in sides if _NUMBER.fullmatch(side.strip())]
        return (" = ".join(side.strip() for side in sides),) if len(sides) == 2 and numbers else ()
    if "=" in piece:
        return (piece,)
    if _OTHER_RELATION.search(piece):
        return ()  # x > 0, x \ne 0, 1 > a_1 > \cdots > a_T: orders, the cases' to read
    if _RANGE.search(piece):
        return None  # the \ldots of t = 1, \ldots, T: a range of values, not read
    if left:
        return (f"{left} = {piece}",)  # x = 1, 0
    return None if _NUMBER.fullmatch(piece) else ()


def _pieces(maths: str) -> list[str]:
    """``maths`` cut at each comma, semicolon, "and" or "or" outside brackets (f(a, b) is one piece)."""
    pieces, start, depth = [], 0, 0
    for found in re.finditer(rf"[({{\[]|[)}}\]]|{_BETWEEN.pattern}", maths):
        text = found.group()
        if text in "({[":
            depth += 1
        elif text in ")}]":
            depth -= 1
        elif depth == 0:
            pieces.append(maths[start : found.start()])
            start = found.end()
    return [*pieces, maths[start:]]


def _one_of(parsed: list[tuple[str, syntax.Statement]]) -> str:
    """``name = a``, ``name = b``, ... as the equation (name - (a))(name - (b)) ... = 0, or '' where the pieces are
    not each the same name equal to a value without it."""
    lefts = {statement.operands[0] for _, statement in parsed}
    if len(lefts) != 1 or not all(len(statement.operands) == 2 for _, statement in parsed):
        return ""
    (name,) = lefts
    if not isinstance(name, syntax.Name) or any(name in nodes(statement.operands[1]) for _, statement in parsed):
        return ""
    left = parsed[0][0].split("=", 1)[0].strip()
    product = "".join(f"({left} - ({piece.split('=', 1)[1].strip()}))" for piece, _ in parsed)
    return f"{product} = 0" if equation_written(f"{product} = 0") is not None else ""


@lru_cache(maxsize=2048)
def equation_written(text: str) -> syntax.Statement | None:
    """The equation ``text`` writes (one or more '='), else None (remembered: every later step reads the note's
    earlier displays again)."""
    try:
        statement = syntax.parse(text, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    if isinstance(statement, syntax.Statement) and set(statement.relations) == {"="}:
        return statement
    return None
