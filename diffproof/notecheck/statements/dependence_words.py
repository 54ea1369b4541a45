"""The words that say a quantity varies with a name written after them, or does not ("$u$ depends on $s$", "a
function of $\\mu$", "varies with $t$"; "does not depend on $\\theta$", "independent of $x$", "constant with respect
to $\\theta$"): one table, which each reader of such sentences decides with in its own way
(:mod:`~diffproof.notecheck.statements.functions`, :mod:`~diffproof.notecheck.statements.proportional_words`,
:mod:`~diffproof.notecheck.statements.unnamed`, :mod:`~diffproof.notecheck.integrands`,
:mod:`~diffproof.notecheck.statements.tied_in_words`).  Regular-expression source, no groups, case left to the user.
"""

from __future__ import annotations

#: A dependence said: the quantity before varies with what follows ("depends only on", "may depend upon",
#: "dependent on", "varies with", "varying over", "changes with", "grows with", "decreases in", "increasing over",
#: "determined by", "a function of", "une fonction de", "als Funktion von", "dépend de", "dipende da", 依赖于, 取决于,
#: に依存, 에 의존).
DEPENDS = (
    r"(?:(?:(?:may|can|also)\s+)?(?:depend\w*|var(?:y|ies|ying|ied)|chang\w*|grow\w*|increas\w*|decreas\w*"
    r"|shrink\w*|evolv\w*|d[ée]pend\w*|depende|dipende)\s+"
    r"(?:(?:only|also|solely)\s+)?(?:on|upon|with|in|over|along|de|da|von)\b"
    r"|determined\s+(?:only\s+|solely\s+|entirely\s+)?by"
    r"|functions?\s+of|fonctions?\s+de|funci[oó]n(?:es)?\s+de|als\s+Funktion\s+(?:von|in)|abh[äa]ngig\s+von"
    r"|依赖于|依赖|取决于|依存|에\s*의존)"
)
#: A dependence said right after the maths of what is depended on ("$x$-dependent", "$t$-varying").
DEPENDS_AFTER = r"-\s*(?:dependent|varying|changing)\b"
#: A dependence denied: the quantity before does not vary with what follows ("does not depend on", "independent
#: of", "drawn independently of", "free of", "constant with respect to", "constant in", "is not a function of", "does
#: not vary with").
INDEPENDENT = (
    r"(?:constant\s+(?:with\s+respect\s+to|w\.\s*r\.\s*t\.|in)|independent(?:ly)?\s+of|free\s+of"
    r"|(?:does|do)\s+not\s+(?:depend\s+(?:up)?on|vary\s+(?:with|in))|(?:is|are)\s+not\s+(?:a\s+)?functions?\s+of)"
)
#: A dependence said as the shape of the quantity before in what follows ("proportional to $x$", "linear in $x$",
#: "a polynomial in $x$"): it varies with it.
VARIES_AS = (
    r"(?:(?:inversely\s+)?proportional\s+to|(?:linear|affine|quadratic|monoton(?:e|ic)|polynomials?)\s+in"
    r"|(?:increasing|decreasing)\s+functions?\s+of)"
)
#: A dependence said after the maths of what is depended on, in a script without spaces ("$y$ 是 $x$ 的函数",
#: "$y$ は $x$ の関数", "$y$ 는 $x$ 의 함수"): the quantity before varies with it.
FUNCTION_AFTER = r"(?:的函数|的函數|の関数|の函数|에\s*의존|의\s*함수)"
#: A dependence said the other way round, the quantity after varying with the maths before it ("$x$ determines
#: $y$", "$u$ controls $\\sigma$", "$x$ drives $y$").
DETERMINES = r"(?:determin(?:es|e|ing)|controls?|controlling|drives?|driving|governs?|governing)\b"
