"""Names given a meaning in words: "$f$ denotes $a b$", "$\\alpha_t$ denotes the cumulative product", a
conventional letter's role ("a weight $\\beta$"), and notations ("We write $q(x_t)$ for ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import SCHEDULE
from diffproof.notecheck.numbers import convention
from diffproof.notecheck.statements.formulas import Formula, Stated, _shape, _variables, parse
from diffproof.notecheck.statements.sentences import _INLINE_DOLLARS, _NEGATED, _words_around, _words_of, _written
from diffproof.notecheck.vocabulary import CONSTANTS, display_name, nodes
from diffproof.notes import Inline, Notes

#: The words between a name's maths and the next maths of its sentence that define the name as it ("$f$ denotes
#: $a b$", "$f$ now stands for $a b$").
_DENOTES = re.compile(
    r"[\s,]*(?:now\s+|here\s+|also\s+|instead\s+)?(?:denotes|stands\s+for|is\s+short(?:hand)?\s+for|means"
    r"|is\s+(?:now\s+)?defined\s+(?:as|to\s+be|by)|d[ée]signe|bezeichnet|steht\s+f[üu]r)\s*(?:now\s+)?",
    re.IGNORECASE,
)
_NEXT_MATHS = re.compile(r"(.*?)\$`?([^$`]+)`?\$", re.DOTALL)  # GitHub's $`...`$ too


#: The bare verb after "let" ("let $a$ denote $b$", "letting $a$ stand for $b$"), as "denotes" is; "we
#: write $a$ for $b$", "we use $a$ to denote $b$" (a stands for b); Spanish and Italian "denota".
_LET = re.compile(r"\blet(?:ting)?\s*$", re.IGNORECASE)
_LET_DENOTE = re.compile(
    r"[\s,]*(?:now\s+|here\s+|instead\s+)?(?:denote|stand\s+for|represent|mean)\b\s*(?:now\s+)?", re.IGNORECASE
)
_USED = (
    (re.compile(r"\bwrite\s*$", re.IGNORECASE), re.compile(r"\s*for\s*", re.IGNORECASE)),
    (
        re.compile(r"\b(?:use|using)\s*$", re.IGNORECASE),
        re.compile(r"\s*to\s+(?:denote|mean|represent)\s*", re.IGNORECASE),
    ),
    (_LET, _LET_DENOTE),
)
_DENOTA = re.compile(r"[\s,]*(?:ahora\s+|aqu[íi]\s+|ora\s+|qui\s+)?denota\s*", re.IGNORECASE)
#: Words after the maths a name is defined as that keep it a definition: the new value's time ("instead", "from
#: now on", "again").
_TIME_AFTER = re.compile(
    r"\s*(?:instead|now|henceforth|again|from\s+(?:now|here)\s+on)(?=\s*(?:[.;:!?]|,\s*(?:and|where|which)\b|$))",
    re.IGNORECASE,
)


def _denotes_after(before: str, words: str) -> bool:
    """Whether ``words`` between a name's maths and the next maths define the name as it, given the words
    ``before`` the name: "let $a$ denote $b$" (the bare verb after "let"), "we write $a$ for $b$", "we use $a$ to
    denote $b$", "$a$ denota $b$"."""
    return bool(any(lead.search(before) and verb.fullmatch(words) for lead, verb in _USED) or _DENOTA.fullmatch(words))


def _denoted(inline: Inline) -> list[Stated]:
    """``$f$ denotes $a b$``: a name set alone in a sentence, defined in words by the maths right after it (a
    definition in words, as ``$f = a b$`` is; given twice, the note's two definitions leave the name unused)."""
    around = _words_around(inline)
    following = _NEXT_MATHS.match(around[1]) if around is not None else None
    if following is None or not (
        _DENOTES.fullmatch(following.group(1)) or _denotes_after(around[0], following.group(1))
    ):
        return []
    rest = around[1][following.end() :]
    time = _TIME_AFTER.match(rest)  # "let $a$ denote $4$ instead"
    if not re.match(r"\s*(?:[.;:!?]|,\s*(?:and|where|which)\b|$)", rest[time.end() :] if time else rest):
        return []  # "$f$ denotes $a$'s derivative", "$a$ or $b$", "$a$ up to a constant": more than the maths
    name = parse(inline.text, inline.line)
    if not isinstance(name.node, syntax.Name):
        return []
    body = following.group(2)
    return [Stated("definition", inline.line, f"{inline.text.strip()} := {body.strip()} (in words)", name,
                   parse(body, inline.line), "inline")]  # fmt: skip


#: Words right after a name's maths that give it a meaning in words ("$\\alpha_t$ denotes the cumulative product",
#: "$\\beta_t$ is not $1 - \\alpha_t$"), and around it ("we use $\\beta_t$ for the variance").
_MEANT = re.compile(
    r"^\W{0,3}(?:(?:now|here|also|instead|then|again|rather)\s+)?(?:denotes|stands\s+for|represents|refers\s+to|means"
    r"|is\s+short(?:hand)?\s+for|is\s+(?:now\s+|here\s+)?defined\s+(?:as|to\s+be|by)|is\s+not\b|isn't\b|is\s+no\s+longer"
    r"|bezeichnet|steht\s+f[üu]r|d[ée]signe|repr[ée]sente)",
    re.IGNORECASE,
)
#: "$\\alpha_t$ is the cumulative product", "$\\beta_t$ is the variance of $x_t$ given $x_0$": what the DDPM
#: context calls abar_t (or 1 - abar_t), said with "is" of another schedule name.
_CALLED_CUMULATIVE = re.compile(
    r"^\W{0,3}(?:is|are|will\s+be)\s+(?:now\s+|here\s+)?(?:the|our|a|an)\s+[^.;]{0,40}?(?:cumulative|running\s+product"
    r"|product\s+of|given\s+\$\s*\\?(?:mathbf\s*\{?\s*)?x\s*\}?_\{?0|marginal)",
    re.IGNORECASE,
)
#: "$\\beta_t$ is the standard deviation of the noise", "noise of standard deviation $\\beta_t$": a schedule name
#: called a standard deviation, which the DDPM context never makes one (beta_t is a variance, alpha_t and abar_t
#: what is left of it; the standard deviations are their square roots).
_CALLED_STD_AFTER = re.compile(
    r"^\W{0,3}(?:(?:is|are|will\s+be|ist|est|es)\s+(?:now\s+|here\s+|then\s+)?(?:the|our|a|an|its|die|der|eine|l'|le|la|el)?"
    r"|\s*(?:は|が|是|为|為))\s*[^.;,$]{0,30}?(?:standard\s+deviation|\bstd\b|Standardabweichung|[ée]cart-type"
    r"|desviaci[óo]n\s+(?:t[íi]pica|est[áa]ndar)|標準偏差|标准差)",
    re.IGNORECASE,
)
_CALLED_STD_BEFORE = re.compile(
    r"(?:standard\s+deviations?|\bstd|Standardabweichung|[ée]cart-type|標準偏差|标准差)\s*(?:of\s+|is\s+|=\s*)?$",
    re.IGNORECASE,
)
_USED_BEFORE = re.compile(r"\b(?:use|write|reserve|keep)\s*$", re.IGNORECASE)
_USED_AFTER = re.compile(r"^\s*(?:for|to\s+denote|to\s+mean)\b", re.IGNORECASE)


#: A copula right after a schedule name's maths, in the languages notes are written in: what follows says what the
#: name is ("$\\bar\\alpha_t$ is the signal-to-noise ratio", "ist", "est", "es", "は ... である", "是", "은/는 ... 이다").
_COPULA = re.compile(
    r"^\W{0,3}(?:(?:is|are|will\s+be|becomes|ist|sei|wird|est|sera|es|ser[áa])\b"
    r"|\s*(?:は|とは|が|是|为|為|即|은|는|이|가)(?=\W|\s|\$|[^\x00-\x7f]))",
    re.IGNORECASE,
)
#: A copula set before the name, as German and French word order has it ("Hier ist $\bar\alpha_t$ das ...").
_COPULA_BEFORE = re.compile(r"\b(?:ist|sei|wird|est|es|is)\s*$", re.IGNORECASE)
#: "Denotes" in the other languages notes are written in, right after a name ("$\\alpha_t$ denota", "表示") or at the
#: end of its clause ("$\\alpha_t$ は ... を表す", "는 ... 를 나타낸다"): a meaning, as "denotes" is.
_DENOTES_ELSEWHERE = re.compile(
    r"^\W{0,3}(?:(?:aqu[íi]|ici|hier)\s+)?(?:denota|representa|significa|se\s+refiere\s+a|bedeutet|signifie)\b"
    r"|^\s*(?:表示|代表|指代|意指|意味着)",
    re.IGNORECASE,
)
_DENOTES_AT_END = re.compile(r"を(?:表す|表わす|意味する|指す)|[을를]\s*(?:나타낸다|나타내며|의미한다|뜻한다)")
#: A role given a name in words ("$\\alpha_t$ plays the role of $\\bar\\alpha_t$"): as "denotes" is, a meaning.
_ROLE_OF = re.compile(
    r"(?:plays?\s+(?:the\s+)?(?:role|part)\s+of|takes?\s+(?:the\s+)?(?:role|place)\s+of|stands?\s+in\s+for"
    r"|serves?\s+as|spielt\s+die\s+Rolle|die\s+Rolle\s+(?:von|des|der|eines|einer)|übernimmt\s+die\s+Rolle|joue\s+(?:le|un)\s+r[ôo]le|tient\s+lieu"
    r"|fait\s+office|(?:hace|desempe[ñn]a|juega|cumple)\s+(?:el|un)\s+papel|hace\s+las\s+veces"
    r"|役割|役目|代わり|作用|角色|充当|扮演|역할)",
    re.IGNORECASE,
)
#: The end of the clause a copula begins: a full stop, a semicolon, a comma, or a conjunction.
_MEANING_CLAUSE_END = re.compile(
    r"[.;:。．；：，、]|,|\b(?:and|but|while|whereas|which|where|whose|und|aber|während|et|mais|tandis|y|pero"
    r"|mientras|when|whenever|if|since|because|so|thus|hence|wenn|weil|quand|lorsque|cuando|si)\b"
    r"|そして|しかし|および|及び|とき|ならば|而|但|当|如果|以及|并且|並且|그리고|하지만|및|때"
)
#: What the DDPM context makes no schedule name: a signal-to-noise ratio.
_SNR_WORDS = re.compile(
    r"signal[\s-]*to[\s-]*noise|\bSNR\b|Signal[\s-]*(?:zu[\s-]*)?Rausch|signal[\s-]*sur[\s-]*bruit"
    r"|se[ñn]al[\s-]*(?:a[\s-]*)?ruido|信噪比|信号対雑音比|信号雑音比|SN比|신호\s*대\s*잡음|신호\s*대\s*노이즈",
    re.IGNORECASE,
)
#: A running product (what the context makes abar_t, of the alpha_s), and a product of named factors.
_CUMULATIVE_WORDS = re.compile(
    r"cumulative|running\s+product|produit\s+cumul|kumulative?\w*\s+Produkt|producto\s+acumulado|累積積|累積乗|累乗"
    r"|累积乘积|累积积|累乘|累积|累積|累计|累計|누적",
    re.IGNORECASE,
)
_PRODUCT_WORDS = re.compile(
    r"product\s+of|produit\s+(?:des?|du)|Produkt\s+(?:der|aus|von|über)|producto\s+de|の積|之积|的积|的乘积|의\s*곱"
    r"|乘积|総乗|総積|\\prod",
    re.IGNORECASE,
)
#: The noise's variance at a step (what the context makes beta_t).
_NOISE_VARIANCE_WORDS = re.compile(
    r"variance\s+of\s+(?:\w+\s+){0,3}noise|noise(?:'s)?\s+variance|Varianz\s+des\s+\w*\s*Rauschens"
    r"|Rauschvarianz|variance\s+du\s+bruit|varianza\s+del\s+ruido|ノイズの分散|雑音の分散|噪声的方差|噪声方差"
    r"|노이즈의\s*분산|잡음의\s*분산|잡음\s*분산",
    re.IGNORECASE,
)
#: What is kept of the signal (alpha_t's and abar_t's meaning), and the noise's level (beta_t's, 1 - abar_t's).
_SIGNAL_WORDS = re.compile(
    r"\bsignal\b(?![\s-]*to[\s-]*noise)|Signal(?:anteil|rate|koeffizient)|\bsignal\s+(?:conserv|gard)|se[ñn]al\s+conservad"
    r"|信号の(?:保持|残存)|保留的信号|信号保留|신호\s*(?:보존|유지)",
    re.IGNORECASE,
)
_NOISE_LEVEL_WORDS = re.compile(
    r"noise\s+(?:level|scale|variance|strength)|Rauschniveau|niveau\s+de\s+bruit|nivel\s+de\s+ruido"
    r"|ノイズ(?:レベル|の強さ)|噪声(?:水平|强度)|노이즈\s*(?:수준|레벨)",
    re.IGNORECASE,
)
#: A variance or standard deviation given x_0 (what the context makes 1 - abar_t, never a schedule name).
_GIVEN_X0_VARIANCE = re.compile(r"variance|Varianz|varianza|分散|方差|분산", re.IGNORECASE)
_CLAUSE_MATHS = re.compile(r"\$`?([^$`]+)`?\$")
_ONE_FACTOR = r"(?:\\left)?\(?\s*(?P<factor>1\s*-\s*)?\\(?P<letter>alpha|beta)\s*_\s*\{?\s*(?:[a-z]|\\tau|\d+)\s*\}?\s*(?:\\right)?\)?"
#: Maths in a clause that shifts a product's range off the step's index ("for $s < t$", "up to $t - 1$").
_SHIFTED = re.compile(r"t\s*-\s*1|t\s*\+|(?<![\\<>])<(?!=)|\\lt\b|\\gt\b")


def _meaning_in_words(key: tuple, clause: str, role: bool) -> str | None:
    """What a clause says a schedule name ``key`` is, against what the DDPM context makes it: "other" (a product of
    the beta_s, the SNR, the cumulative product for alpha_t or beta_t, another schedule name's role), "same" (the
    product of the alpha_s for abar_t, the noise's variance for beta_t, its own role), or None (not read)."""
    maths = _CLAUSE_MATHS.findall(clause)
    words = _CLAUSE_MATHS.sub(" ", clause)
    lead = _ROLE_OF.sub(" ", clause[: clause.find("$")]) if maths else "x"
    if role and not re.sub(r"\b(?:the|of|de|du|des|la|le|von|der|el)\b|[\s的のを의은는]", "", lead):
        # "plays the role of $\bar\alpha_t$", "は $\bar\alpha_t$ の役割を果たす": another schedule name's meaning
        named = re.fullmatch(
            r"\s*\\(?P<bar>bar\s*\{?\s*\\|overline\s*\{\s*\\)?(?P<letter>alpha|beta)\s*\}?\s*_\s*\{?\s*t\s*\}?\s*",
            maths[0],
        )
        if named is not None:
            same = (named["letter"], "bar" if named["bar"] else "") == key[:2]
            return "same" if same and len(maths) == 1 else "other"
    if _SNR_WORDS.search(words):
        return "other"
    if _GIVEN_X0_VARIANCE.search(words) and re.search(r"x\s*\}?\s*_\s*\{?\s*0", " ".join(maths)):
        return "other"  # the variance of x_t given x_0 is 1 - abar_t
    cumulative, product = _CUMULATIVE_WORDS.search(words), _PRODUCT_WORDS.search(clause)
    if cumulative or product:
        if key[:2] != ("alpha", "bar"):
            return "other"  # alpha_t, beta_t: one step's, never a product over steps
        maths = [_body_of_abar(m) for m in maths]  # "the cumulative product $\\bar\\alpha_t = \\prod_s \\alpha_s$"
        kinds = [_factors(m) for m in maths if not re.search(r"\\le|\\leq|=|≤|<", m) or "\\alpha" in m or "\\beta" in m]
        if "beta" in kinds:
            return "other"  # the product of the beta_s (or of the 1 - alpha_s)
        if any(_SHIFTED.search(m) for m in maths) or None in kinds:
            return "other"  # up to t - 1, for s < t, of the gamma_s: not abar_t
        if _OF_A_PRODUCT.search(words):
            return "other"  # the square root, the log, one minus the product: a function of abar_t, not it
        if _NEGATED.search(words):
            return None
        return "same" if _only_the_meaning(clause, (_CUMULATIVE_WORDS, _PRODUCT_WORDS)) else "other"
    if _NOISE_VARIANCE_WORDS.search(words):
        if key[:2] != ("beta", ""):
            return "other"
        if _NEGATED.search(words):
            return None
        return "same" if _only_the_meaning(clause, (_NOISE_VARIANCE_WORDS,)) else "other"
    if key[:2] == ("beta", "") and _SIGNAL_WORDS.search(words):
        return "other"  # the signal kept is alpha_t's (or abar_t's), never beta_t's
    if key[:2] != ("beta", "") and _NOISE_LEVEL_WORDS.search(words):
        return "other"  # the noise's level is beta_t's (or 1 - abar_t's), never alpha_t's or abar_t's
    return "other" if role else None


#: The words a clause may say the context's meaning of a schedule name with, besides the meaning's own words
#: ("the product of the $\alpha_s$ for $s \le t$", "the variance of the noise added at step $t$", "の積である",
#: "在第 $t$ 步加入的噪声的方差"): anything else ("accumulated", "the reverse step removes", "squared") may say
#: another meaning, which is then the note's.
#: The words of :data:`_MEANING_FILLER` in Japanese, Chinese and Korean (longest first where it is read).
_CJK_FILLER = (
    "积 積 乘积 乘積 乗 곱 ステップ 時刻 時点 番目 において における で に の を が は 加える 加えられる 加わる 付加 される 追加 まで までの である です だ とする 表す 表わす 意味する 指す 第 步 时刻 时间步 加入 添加 的 在 从 到 直到 为 是 表示 代表 단계 시점 에서 에 추가되는 추가된 더해지는 더해진 까지 의 이다 입니다 을 를 나타낸다 번째"
).split()
_MEANING_FILLER = re.compile(
    r"\b(?:the|a|an|of|its|at|in|on|for|to|single|one|step|steps|time|timestep|time-step"
    r"|noise|gaussian|added|injected|forward|diffusion|process|chain|alphas?|scheduled|schedule|that|is|are|we|add"
    r"|products?|Produkt|produit|producto|cumul\w*|acumulad[oa]|kumulativ\w*"
    r"|der|die|das|des|dem|den|im|bei|beim|zum|zur|Schritt\w*|Zeitpunkt|hinzugef[üu]gt\w*|Vorw[äa]rtsprozess\w*"
    r"|von|bis|alle[nr]?|le|la|les|du|de|des|au|aux|à|l|[ée]tape|ajout[ée]e?|bruit|pas|processus|direct|jusqu|pour"
    r"|el|los|las|del|en|al|paso|a[ñn]adido|ruido|hasta|para|proceso|directo|tous|todos)\b"
    r"|" + "|".join(sorted(_CJK_FILLER, key=len, reverse=True)),
    re.IGNORECASE,
)
#: What a clause's maths may be while it says the context's meaning: the step's index t, and the alpha_s (or 1 -
#: beta_s) over s from 1 to t (``s \le t``, ``s = 1, \dots, t``, ``\prod_{s=1}^t``, ``\alpha_1 \cdots \alpha_t``).
_MEANING_MATHS = frozenset(
    (
        *"tsi",
        *(f"\\alpha_{s}" for s in "si"),
        *(f"1-\\beta_{s}" for s in "si"),
        *(f"{s}{le}t" for s in "si" for le in ("\\le", "\\leq", "≤", "<=")),
        *(f"1\\le{s}\\let" for s in "si"),
        *(f"{s}=1,{dots},t" for s in "si" for dots in ("\\dots", "\\ldots", "\\cdots")),
        *(f"\\prod_{{{s}=1}}^t\\alpha_{s}" for s in "si"),
        *(f"\\alpha_1{dots}\\alpha_t" for dots in ("\\cdots", "\\dots", "\\ldots", ",\\dots,", ",\\ldots,")),
    )
)


def _meaning_maths(maths: str) -> bool:
    """Whether a clause's maths is no more than the step's index and the alpha_s over s from 1 to t (``s \\le t``,
    ``s = 1, \\dots, t``, ``\\prod_{s=1}^t \\alpha_s``, ``\\alpha_1 \\cdots \\alpha_t``), or abar_t defined as those:
    ``s \\le 2t``, ``\\tau_t``, ``t \\le s``, ``s \\le 1`` say another meaning."""
    written = re.sub(r"\{(\w)\}", r"\1", re.sub(r"\s+", "", maths))
    return _body_of_abar(written).replace(" ", "") in _MEANING_MATHS or written in _MEANING_MATHS


def _only_the_meaning(clause: str, meanings: tuple[re.Pattern[str], ...]) -> bool:
    r"""Whether ``clause`` says no more than a meaning of ``meanings`` (:data:`_MEANING_FILLER` aside), its maths
    no more than the step's index and the alpha_s up to it (:data:`_MEANING_MATHS`): "for $s \le 2t$", "at step
    $t + 1$" say another."""
    if not all(_meaning_maths(maths) for maths in _CLAUSE_MATHS.findall(clause)):
        return False
    words = _ROLE_OF.sub(" ", _CLAUSE_MATHS.sub(" ", clause))  # "plays the role of the noise variance"
    words = re.sub(r"\bcumul\w*", " ", words, flags=re.IGNORECASE)  # produit cumulé: the word whole
    for meaning in meanings:
        words = meaning.sub(" ", words)
    words = _MEANING_FILLER.sub(" ", words)
    return not re.search(r"[^\W\d_]", words)


#: Words that make a product's meaning a function of it ("the square root of the product", "one minus", "the log").
_OF_A_PRODUCT = re.compile(
    r"\b(?:square\s+roots?|roots?|sqrt|log\w*|inverse|reciprocal|minus|complement|half|twice|squared?|ratio|sum"
    r"|Wurzel|Kehrwert|racine|inverse|logarithme|ra[íi]z|logaritmo|rec[íi]proco|menos|moins)\b"
    r"|平方根|根|対数|对数|逆数|倒数|余|補|补|제곱근|로그|역수",
    re.IGNORECASE,
)


def _body_of_abar(maths: str) -> str:
    """The right-hand side of maths that defines abar_t itself (``\\bar\\alpha_t = \\prod_s \\alpha_s``), else the maths."""
    lhs, equals, rhs = maths.partition("=")
    abar = r"\s*\\(?:bar|overline)\s*\{?\s*\\alpha\s*\}?\s*_\s*\{?\s*t\s*\}?\s*"
    return rhs if equals and re.fullmatch(abar, lhs) else maths


def _factors(maths: str) -> str | None:
    """What a product's maths multiplies: "alpha" (the alpha_s, the 1 - beta_s, ``\\alpha_1 \\cdots \\alpha_t``,
    ``\\prod_{s=1}^t \\alpha_s``), "beta" (the beta_s, the 1 - alpha_s), or None (anything else)."""
    rest = re.sub(r"\\prod\s*(?:_\s*(?:\{[^{}]*\}|\w)\s*)?(?:\^\s*(?:\{[^{}]*\}|\w)\s*)?", " ", maths)
    kinds = set()
    for found in re.finditer(_ONE_FACTOR, rest):
        kinds.add(
            "alpha" if found["letter"] == "beta" and found["factor"] else "beta" if found["factor"] else found["letter"]
        )
    rest = re.sub(_ONE_FACTOR, " ", rest)
    if re.sub(r"\\c?dots|\\ldots|\\cdot|\\times|[\s,]", "", rest) or len(kinds) != 1:
        return None
    return kinds.pop()


def _clause(after: str, start: int) -> str:
    """The clause of ``after`` from ``start`` to its end (maths kept whole)."""
    rest, at = after[start:], 0
    rest = re.sub(r"^[\s、，,:]+", "", rest)
    for piece in re.split(r"(\$`?[^$`]+`?\$)", rest):
        if piece.startswith("$"):
            at += len(piece)
            continue
        end = _MEANING_CLAUSE_END.search(piece)
        if end is not None:
            return rest[: at + end.start()]
        at += len(piece)
    return rest


#: What may follow a clause that gives a schedule name the context's meaning for it to be said plainly: the end
#: of the sentence, or a new clause about other maths (", where $t$ ...", "; $\alpha_t$ is ...").
_MEANING_SAID = re.compile(
    r"^[\s*_~]*(?:(?:である|です|だ|となる|を表す|를\s*나타낸다|이다)[\s*_~]*)?(?:[.。!！]?[\s*_~]*$|[;；]|[,，、]?\s*(?:(?:and"
    r"|where|while|with|und|wobei|et|où|y|donde|其中|这里|ここで|여기서|以及|并且|並且|和|及び|および|そして|그리고|및)\s*)?\$)",
    re.IGNORECASE,
)


def _said_to_the_end(after: str, clause: str) -> bool:
    """Whether the sentence after a name's maths ends with ``clause`` (:data:`_MEANING_SAID`), or goes on about other
    maths than the clause's indices ("... for $s \\le t$ and $s \\le 1$" narrows them)."""
    at = after.find(clause) if clause else -1
    if at < 0 or not _MEANING_SAID.match(after[at + len(clause) :]):
        return False
    following = _CLAUSE_MATHS.search(after, at + len(clause))
    return following is None or not _INDEX_CONDITION.fullmatch(following.group(1))


#: Maths of indices alone (``s \le 1``, ``t = 1``, ``s < t``): said after a meaning, it narrows the meaning's range.
_INDEX_CONDITION = re.compile(
    r"[\sstijkTn0-9{}_=<>≤≥,+-]*(?:\\(?:le|leq|ge|geq|lt|gt|neq?)[\sstijkTn0-9{}_=<>≤≥,+-]*)*"
)


#: A clause that makes a name a function of others ("the average of", "a weighted sum of", "la media de"): a meaning,
#: which the context's words (:func:`_meaning_in_words`) may not read.
_FUNCTION_OF = re.compile(
    r"^\s*(?:(?:the|an?|our|its|la|il|el|le|die|der|das|lo)\s+)(?:[^\W\d_]+[\s-]+){0,2}?(?:of|de|del|di|des|du|von|der)\s",
    re.IGNORECASE,
)


def _meant(inline: Inline) -> list[Stated]:
    """``$\\alpha_t$ denotes the cumulative product``: a name the sentence gives a meaning in words, not in maths
    the reader reads; a name a declared context gives its own meaning is then the note's, not the context's. A
    schedule name said to be what the context makes it ("$\\bar\\alpha_t$ denotes the product of the $\\alpha_s$",
    "$\\beta_t$ is the variance of the noise added at step $t$") keeps the context's meaning; one said to be
    something else ("$\\bar\\alpha_t$ is the signal-to-noise ratio", "$\\alpha_t$ は ... の累積積である",
    "$\\alpha_t$ plays the role of $\\bar\\alpha_t$") is the note's."""
    around = _words_around(inline)
    if around is None:
        return []
    before, after = around
    name = parse(inline.text, inline.line)
    if not isinstance(name.node, syntax.Name):
        return []
    reading = _read_meaning(name.node.key, before, after)
    said = f"{inline.text.strip()}{after[:50]}".strip()
    if reading.meaning == "same" and not reading.denied:
        return []  # the context's own meaning, said again
    if reading.meaning == "other" or reading.said:
        return [Stated("meaning", inline.line, said, name, None, "words")]
    return []


@dataclass(frozen=True)
class _Meaning:
    """What the words around a name's maths say it is: ``meaning`` ("same": what the DDPM context makes a schedule
    name, "other", or None: not read) in ``clause``; ``said``, whether they give it a meaning at all ("denotes", a
    cumulative product, a standard deviation); ``denied``, whether they deny it ("is not")."""

    meaning: str | None
    clause: str
    said: bool
    denied: bool


def _read_meaning(key: tuple, before: str, after: str) -> _Meaning:
    """The meaning the words ``before`` and ``after`` a name's maths give the name ``key`` (:class:`_Meaning`)."""
    schedule = key[:2] in SCHEDULE
    cumulative = key[:2] in (("alpha", ""), ("beta", "")) and _CALLED_CUMULATIVE.match(after)
    std = schedule and (
        _CALLED_STD_AFTER.match(after) or _CALLED_STD_BEFORE.search(_words_of(before))
    )  # a standard deviation the context's schedule names never are
    meant = (
        _MEANT.match(after)
        or (_USED_BEFORE.search(before) and _USED_AFTER.match(after))
        or (_LET.search(before) and _LET_DENOTE.match(after))
    )
    denied = bool(meant and _NEGATED.search(meant.group(0)))
    said = bool(meant or cumulative or std)
    if not schedule or cumulative or std:
        return _Meaning(None, "", said, denied)
    copula = (
        _DENOTES_ELSEWHERE.match(after)
        or _COPULA.match(after)
        or (_COPULA_BEFORE.search(_words_of(before)) and re.match(r"", after))
    )
    clause = _clause(after, (meant or copula).end()) if (meant or copula) else _clause(after, 0)
    role = _ROLE_OF.search(_CLAUSE_MATHS.sub(" ", clause)) and not re.match(r"\s*(?:の|的|의)", clause)
    explicit = meant or _DENOTES_ELSEWHERE.match(after) or _DENOTES_AT_END.search(_CLAUSE_MATHS.sub(" ", clause))
    meaning = _meaning_in_words(key, clause, bool(role or explicit)) if (meant or copula or role) else None
    signal = key[:2] != ("beta", "") and _SIGNAL_WORDS.search(clause)  # "the fraction of the signal kept"
    if meaning is None and copula and _FUNCTION_OF.match(clause) and not (signal or _NEGATED.search(_words_of(clause))):
        meaning = "other"  # "is the average of the $\\alpha_s$": a meaning no reader takes is the note's
    if meaning == "same" and not _said_to_the_end(after, clause):
        meaning = "other"  # "..., squared", "..., divided by two": the sentence says more of it
    return _Meaning(meaning, clause, said, denied)


def said_again(text: str, before: str, after: str, line: int) -> str | None:
    """The words after a schedule name's maths ``text`` (in a sentence, ``before`` and ``after`` it) that say again
    what the DDPM context makes it, through the clause that says it ("$\\beta_t$ is the variance of the noise added
    at step $t$", "$\\bar\\alpha_t$ は $\\alpha_s$ の累積積である"); None where they say nothing of it or something
    else (:func:`_read_meaning`)."""
    name = parse(text, line)
    if not isinstance(name.node, syntax.Name):
        return None
    reading = _read_meaning(name.node.key, before, after)
    if reading.meaning != "same" or reading.denied or not reading.clause:
        return None
    return after[: after.find(reading.clause) + len(reading.clause)]


def _constant_named(inline: Inline) -> list[Stated]:
    """``Let $e$ be the prediction error``, ``the policy $\\pi$``: e or π set alone in a sentence is a name the
    words give a meaning, not the constant (which prose does not name by its letter alone)."""
    node = parse(inline.text, inline.line).node
    if not (isinstance(node, syntax.Name) and node.key in CONSTANTS):
        return []
    said = f"${inline.text.strip()}$ alone"
    return [Stated("relation", inline.line, said, Formula(said, inline.line, node), None, "words")]


#: Words that give a conventional name another role than the convention's ("a weight $\\beta$", "the $\\beta$-VAE",
#: "the temperature $\\sigma$"): right before its maths, or right after it.
_ROLE = (
    r"(?:(?:KL\s+|loss\s+|trade-?off\s+|regulari[sz]ation\s+)?weight(?:ing)?|multiplier|temperature"
    r"|penalty|regulari[sz]er|trade-?off|learning\s+rate|momentum|Gewicht|poids"
    r"|peso|权重|重み|가중치)"
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s*(?:\w+\s+)?$", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^\s*(?:-\s*VAE\b|(?:,\s*)?(?:is|be|as|denotes|=)?\s*(?:a|an|the|our|its)?\s*{_ROLE}\b)",
                         re.IGNORECASE)  # fmt: skip


def _role_in_words(inline: Inline) -> list[Stated]:
    """``multiplies the KL term by a weight $\\beta$``, ``the $\\beta$-VAE``: a conventional name (β of the schedule,
    σ a standard deviation) the words give another role; its convention gives way, and what the words say of it
    keeps its counterexamples untrusted."""
    node = parse(inline.text, inline.line).node
    if not (isinstance(node, syntax.Name) and convention(node) is not None):
        return []
    for written in _written(inline.text):
        for at in (m.start() for m in re.finditer(re.escape(written), inline.sentence)):
            before, after = inline.sentence[:at][-40:], inline.sentence[at + len(written) :][:40]
            found = _ROLE_BEFORE.search(_words_of(before)) or _ROLE_AFTER.search(_words_of(after))
            if found is not None:
                said = f"${inline.text.strip()}$ beside the words '{found.group(0).strip()}'"
                return [Stated("relation", inline.line, said, Formula(said, inline.line, node), None, "words")]
    return []


def _notations_in_words(notes: Notes) -> list[Stated]:
    r""" "We write $q(x_t)$ for $q(x_t \mid x_0)$": a sentence with words of notation (:data:`_NOTATION`) that
    writes a density alone and the same density given other variables says what one notation is of the other, so
    a counterexample that draws the marginal law is not the note's: the variables of both are given an ``unread
    law``.  Bayes' rule or a marginal said in words (p(x) the sum of p(x | z) p(z)) writes no such words."""
    found = []
    for inline in notes.inline:
        if inline.sentence in {item.text for item in found} or not _NOTATION.search(_words_of(inline.sentence)):
            continue
        trees = [parse(maths[1:-1].strip("`"), inline.line).node for maths in _INLINE_DOLLARS.findall(inline.sentence)]
        calls = [n for tree in trees if tree is not None for n in nodes(tree) if law_letter(n) is not None]
        marginal = {(law_letter(c), tuple(map(_shape, c.arguments))) for c in calls if not c.given}
        given = [c for c in calls if c.given and (law_letter(c), tuple(map(_shape, c.arguments))) in marginal]
        if given:
            names = {display_name(a.key) for c in given for a in (*c.arguments, *c.given) if isinstance(a, syntax.Name)}
            found.append(Stated("unread law", inline.line, inline.sentence, _variables(", ".join(sorted(names)),
                                inline.line), None, "words"))  # fmt: skip
    return found


#: Words that make a sentence about notation: one density written for another.
_NOTATION = re.compile(
    r"\b(?:write|writes|written|denot\w*|notation\w*|short(?:hand)?|abbreviat\w*|implicit\w*|omit\w*|drop\w*|"
    r"suppress\w*|lighten)\b|表記|略記|省略|简写|记为|記為|省去|표기|생략",
    re.IGNORECASE,
)
