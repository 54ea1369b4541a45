"""Words that say a quantity is zero, in one table for the readers of a value said in words: zero's stem ("zero",
"nul", "null", "cero", 零), "nought", a verb of vanishing ("vanishes", "verschwindet"), a zero object ("the zero vector", "the null matrix"), the origin ("the origin",
"l'origine", "der Ursprung", 原点) and a thing switched off ("switched off", "turned off", "ausgeschaltet");
and where such a word ends a clause (:func:`ending_on_zero`), with only adverbs after it ("is switched off here")."""

from __future__ import annotations

import re

#: A word of zero's stem in the languages of the notes and their neighbours (zero, zéro, cero, null, nul, nulo,
#: nullo, s'annule, anula, нуль, ноль, 零, ゼロ, 영), with the noun of a zero object it may name ("the zero vector",
#: "the null matrix"; "vecteur nul", "Nullvektor" end on the stem); the origin (a point at 0 in every coordinate:
#: origin, origine, origen, origem, Ursprung, 原点, 원점); a thing switched off ("switched off", "turned off",
#: "ausgeschaltet", "désactivé", "apagado"): said of a name, each may give it the value 0.  So do British "nought" and
#: "naught", and a verb of vanishing ("vanishes", "verschwindet", "verdwijnt", "svanisce", "se desvanece"; "s'annule"
#: and "se anula" are zero's stem): a negation before it ("does not vanish") is read by each reader.
ZERO_WORD = re.compile(
    r"(?<![\w-])(?:(?:z[eé]ro\w*|cero\w*|null?\w*|nul[oa]s?|annul\w*|anul\w*|нул\w*|ноль\w*|n[ao]ught"
    r"|vanish\w*|verschwind\w*|verschwunden|verdwijn\w*|verdwenen|svanisc\w*|svanit[oa]|desvanec\w*)"
    r"(?:\s+(?:vectors?|matri(?:x|ces)|points?|elements?|tensors?|arrays?|functions?|maps?|signals?|images?))?"
    r"|origin|origine|origen|origem|ursprung|(?:(?:switched|turned|shut|set)\s+)?off|ausgeschaltet|abgeschaltet"
    r"|d[ée]sactiv[ée]e?s?|[ée]teinte?s?|apagad[oa]s?|desactivad[oa]s?|disabled)(?!\w)|零|ゼロ|영|原点|원점",
    re.IGNORECASE,
)
#: Adverbs that may follow the zero word at the end of its clause ("is switched off here", "is zero throughout").
_AFTER_ZERO = re.compile(
    r"(?:\s*\b(?:here|now|then|throughout|too|again|also|entirely|completely|identically|everywhere|altogether"
    r"|as\s+well|ici|hier|aqu[ií])\b)*\s*",
    re.IGNORECASE,
)


def ending_on_zero(words: str) -> re.Match | None:
    """The last zero word of ``words`` (:data:`ZERO_WORD`) where it ends them, adverbs alone after it (None: none
    does)."""
    last = next(reversed(list(ZERO_WORD.finditer(words))), None)
    return last if last is not None and _AFTER_ZERO.fullmatch(words, last.end()) else None


#: What may stand between a copula and its zero word: articles and adverbs ("is the origin", "lies exactly at
#: zero", "est l'origine").
_BEFORE_ZERO = re.compile(
    r"\s*(?:(?:the|a|an|at|exactly|just|then|here|also|always|identically|l['’]|le|la|en|der|die|das|im|el|la|en)\b\s*"
    r"|l['’]\s*)*",
    re.IGNORECASE,
)


def zero_alone(words: str) -> re.Match | None:
    """The zero word ``words`` are made of (:func:`ending_on_zero`), articles and adverbs alone around it (None:
    they say more)."""
    last = ending_on_zero(words)
    return last if last is not None and _BEFORE_ZERO.fullmatch(words, 0, last.start()) else None
