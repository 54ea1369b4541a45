"""What the note says, beyond its definitions, that may make a declared noise depend on a variable beside it
(fail-safe: a doubt is a tie; :func:`diffproof.notecheck.contexts.linked` decides with them).

Two kinds.  *Drawn*: a stated law of ``V`` (``x_0 ~ N(eps, 1)``, ``x_0 ~ p(x_0 | eps)``), or an equation of V's
density (``p(x_0 | eps) = N(x_0; eps, 1)``), draws V given every other name it writes: V varies with each (the
variables of one law with each other too, but for a standard normal N(0, I), which draws them independently in
either reading).  *Tied*: any other statement writing two names or more (a relation or a condition, ``x_0 = eps``
in this example, ``E(u eps) = 1``) ties each pair, either way round.  In a sentence, the names of two of its maths
are tied unless the words between them only list them ("$x_0$ and $\\epsilon$", "where", with nothing said of them
together after, or only that they are independent) or say the first is drawn independently of the second (without a
negation); within one of its maths, a definition of a name (``x_t = a x_0 +
b eps``) speaks of that name alone, made of its body's names (drawn given them), and ties its inputs to nothing; a
law speaks of its variables and draws them; any other relation ties all its names (an expression alone, none).
The words around one maths that writes two names may tie them too ("$\\epsilon_1, \\epsilon_2 \\sim N(0, 1)$ are
equal", "$\\epsilon_1 + \\epsilon_2$ vanishes"): :func:`_said_of_them`.
*Same*, beside: names said one value -- a = b, a := b between names alone, or a copula or "equals" between two maths
of names alone ("$\\epsilon_1$ equals $y$", "are both $z$", 都等于, は ... である) -- which, unlike a tie, composes
(:func:`diffproof.notecheck.contexts.linked`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.contexts import NONE, Ties, is_noise
from diffproof.notecheck.statements.dependence_words import INDEPENDENT
from diffproof.notecheck.statements.formulas import LAWS, Stated
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _raw_sentences
from diffproof.notecheck.statements.tails import DENSITY_LAW, TAIL_LAW
from diffproof.notecheck.vocabulary import Key, keys_in, nodes
from diffproof.notes import Notes

#: Statements that say nothing of how names vary together: a named context, or a definition (the note's
#: definitions reach the independence through their bodies, :func:`diffproof.notecheck.contexts.linked`).
_SILENT = frozenset({"context", "definition"})
#: Words between two maths that only list them ("$x_0$ and the noise $\\epsilon$", "$x_0$、$\\epsilon$", "where").
_LISTING = re.compile(
    r"(?:[\s,;:、，；]|\b(?:and|or|the|a|an|noise|data|where|und|et|y|e|o|wobei|où|donde)\b|和|与|與|及|以及|其中|と|や"
    r"|ここで|ただし|와|과|및)*",
    re.IGNORECASE,
)
#: Words after two maths listed that say nothing of them together ("$x_0$ and $\\epsilon$ are drawn", "..., and");
#: else ("$x_0$ and $\\epsilon$ are equal") the list is a subject.
_LISTED_AFTER = re.compile(
    r"(?:[\s.,;:、，；。]|\b(?:and|or|where|are|is|be|both|drawn|sampled|mutually|each\s+other|one\s+another|of|from)\b)*",
    re.IGNORECASE,
)
#: A topic or subject particle between two maths, the verb after the second ("$x_0$ は $\\epsilon$ と独立",
#: "$x_0$ 는 $\\epsilon$ 과 독립이다"): what the words after say decides.
_TOPIC = re.compile(r"\s*(?:は|が|も|는|은|이|가|도)\s*")
#: The postposition a verb-final sentence relates its topic to the second maths with ("と独立", "과 독립").
_POSTPOSITION = re.compile(r"\s*(?:と|に|和|与|與|와|과)\s*")

#: Words that say names are independent, or uncorrelated, in the languages read (independent, i.i.d., unabhängig,
#: indépendants, independientes, 独立, 독립): said of two names, not negated, they tie nothing.
_INDEPENDENCE = (
    r"\bindepend\w*|\bind[ée]pendant\w*|\bunabh[äa]ngig\w*|\bindipendent\w*"
    r"|\bi\.?\s?i\.?\s?d\b\.?|\\perp\b|⊥|⫫|独立|독립"
)
#: Words that say names are uncorrelated (uncorrelated, unkorreliert, décorrélés, incorrelados, 不相关, 無相関,
#: 무상관): a covariance said 0, no independence (eps_2 = S eps_1, S a fair sign, is uncorrelated with eps_1 but
#: E[eps_1^2 eps_2^2] = 3), so a tie, as "have covariance $0$" is, but where independence or a joint Gaussian law is
#: said of them too (:func:`_uncorrelated_out`).
_UNCORRELATED_SAID = re.compile(
    r"\buncorrelated\b|\bunkorreliert\w*|\bd[ée]corr[ée]l[ée]\w*|\bincorrelad\w*|不相关|不相關|無相関|无相关|무상관",
    re.IGNORECASE,
)
#: Words that say names have one law, which speaks of their laws, not of their values ("identically distributed",
#: "the same distribution", "dieselbe Verteilung", "la même loi", "la misma distribución", 同分布, 同じ分布, 같은 분포).
_SAME_LAW = (
    r"\bidentically\s+distributed\b|\b(?:the\s+)?same\s+(?:distribution|law|marginal)s?\b"
    r"|\b(?:identisch|gleich)\s+verteilt\w*|\b(?:derselben|dieselbe|der\s+gleichen|die\s+gleiche)\s+Verteilung\b"
    r"|\bidentiquement\s+distribu\w*|\b(?:de\s+)?(?:la\s+)?m[êe]me\s+(?:loi|distribution)\b"
    r"|\bid[ée]nticamente\s+distribuid\w*|\b(?:la\s+)?misma\s+(?:distribuci[óo]n|ley)\b"
    r"|同分布|同一分布|相同的?分布|同じ分布|同一の分布|(?:같은|동일한)\s*분포"
)
#: Words that say names are correlated, or name their correlation or covariance (not "uncorrelated", 不相关, 無相関,
#: 무상관): any value,
#: 0 included, is a tie (fail-safe), in the languages read.
_CORRELATED = re.compile(
    r"(?<![A-Za-zÀ-ÿ])(?:correlat\w*|corr[ée]l\w*|korrel\w*|covarian\w*|kovarian\w*)"
    r"|(?<![不無无非])(?:相关|相關|相関)|共分散|协方差|共變異|(?<!무)상관|공분산",
    re.IGNORECASE,
)
_SAID_APART = re.compile(rf"{_INDEPENDENCE}|{_SAME_LAW}", re.IGNORECASE)
#: Words that say nothing of two names' values once independence or one law is said of them: copulas, conjunctions,
#: words of each other, and the nouns and verbs of laws (standard Gaussians, random variables, drawn, follows), in
#: the languages read; no article, which may make two names one ("are the independent noise").
_OF_LAWS = re.compile(
    r"[\s.,;:、，；。!！()]|\b(?:and|or|und|oder|et|ou|y|o|e|is|are|be|being|been|was|were|ist|sind|sei|seien|est|sont"
    r"|soit|soient|es|son|sea|sean|both|all|mutually|pairwise|jointly|each\s+other|one\s+another|beide|alle|paarweise"
    r"|gegenseitig|wechselseitig|voneinander|stochastisch|mutuellement|deux\s+à\s+deux|entre\s+(?:eux|elles|sí)"
    r"|l'un\s+de\s+l'autre|tous\s+(?:les\s+)?deux|mutuamente|ambos|ambas|standard\w*|gau[sß]\w*|normal\w*|random"
    r"|variables?|vectors?|nois\w*|draws?|samples?|drawn|sampled|chosen|separately|distributed|distributions?|follows?|following"
    r"|have|has|with|of|from|Rausch\w*|Zufalls\w*|verteilt\w*|Verteilung\w*|gezogen|des|bruits?|al[ée]atoires?"
    r"|vecteurs?|gaussienn\w*|tir[ée]e?s|distribu[ée]e?s|suivent|suit|ruidos?|aleatori\w*|gaussian\w*|vectores?"
    r"|distribuid\w*|siguen|sigue|tienen|tiene|unos|unas)\b"
    r"|である|です|だ|とする|互いに|相互に|相互|彼此|互相|是|的|为|為|且|并且|而且|かつ|は|が|も|な|の|に|で|と|和|与|與"
    r"|標準正規|标准正态|正規|正态|正態|ガウス|高斯|ノイズ|噪声|噪音|雑音|随机变量|確率変数|变量|変数|分布|に従う|従う|服从"
    r"|서로|이다|입니다|이며|이고|한다|하다|합니다|적|인|한|는|은|이|가|도|와|과|를|을|따른다|확률\s*변수|변수|노이즈|잡음"
    r"|표준|정규|가우시안|분포",
    re.IGNORECASE,
)
#: Words that give names one joint law and say nothing of their independence ("jointly Gaussian", "bivariate
#: normal", "gemeinsam normalverteilt", "conjointement gaussiens", 联合高斯): the law leaves their covariance open.
_JOINT_LAW = re.compile(
    r"\bjoint(?:ly)?\s+(?:gau[sß]\w*|normal\w*|distributed|multivariate)|\bbivariate\s+(?:gau[sß]\w*|normal\w*)"
    r"|\bgemeinsam\s+(?:normal\w*|gau[sß]\w*|verteilt\w*)|\bconjointement\s+(?:gaussien\w*|normal\w*|distribu\w*)"
    r"|\bconjuntamente\s+(?:gaussian\w*|normal\w*|distribuid\w*)|联合高斯|聯合高斯|联合正态|聯合正態|联合分布|聯合分佈"
    r"|同時(?:ガウス|正規)|결합\s*(?:가우시안|정규)",
    re.IGNORECASE,
)
#: Words of when or where each noise is drawn, which say nothing of how they vary together ("added at each step",
#: "one per step", "of steps one and two", "drawn at steps $1$ and $2$", the steps' numbers taken out first): taken
#: out before the words of laws are read.  "one" only in "one per step" and as a step's number ("are one" ties).
_DRAWN_PER_STEP = re.compile(
    r"\b(?:(?:added|injected|drawn|sampled|used|applied|introduced)\s+)?"
    r"(?:(?:one\s+)?per\s+(?:steps?|timesteps?|iterations?)\b"
    r"|(?:at|in|for|during|of)\s+(?:each|every|its|their)\s+(?:(?:respective|own|successive|separate|different)\s+)?"
    r"(?:steps?|timesteps?|time\s+steps?|iterations?)\b"
    r"|(?:at|in|for|during|of)\s+(?:steps?|timesteps?|time\s+steps?|iterations?)"
    r"(?:\s*(?:,|\b(?:and|one|two|three|four|five|six|seven|eight|nine|ten)\b))*)",
    re.IGNORECASE,
)
#: An English article before a plural noun of laws ("are the Gaussian noises of steps one and two"): many noises,
#: each its own, not one value ("are the noise" may make them one; "the same" is no noun of laws).
_DRAWN_PLURAL_THE = re.compile(
    r"\bthe\s+(?=(?:(?:two|three|independent|gaussian|standard|normal|random)\s+){0,3}"
    r"(?:noises|variables|samples|draws|vectors)\b)",
    re.IGNORECASE,
)
#: A step word right before a maths, its number or index ("at steps $1$ and $2$", "at step $t$").
_DRAWN_AT_STEP = re.compile(r"\b(?:steps?|timesteps?|iterations?)(?:\s*(?:,|\b(?:and|or)\b))*\s*$", re.IGNORECASE)
#: A covariance or correlation said to be exactly zero ("so their covariance is $0$", "leur covariance est nulle",
#: 协方差为 0): beside independence, consistent with it, and no tie.
_ZERO_COVARIANCE = re.compile(
    r"(?:[,;]?\s*\b(?:so|hence|thus|therefore|whence|and|i\.e\.,?|donc)\s+)?"
    r"(?:\b(?:their|the|its|leur|la|ihre|die|su)\s+)?"
    r"\b(?:covariances?|correlations?|corr[ée]lations?|Kovarianz|Korrelation|covarianza|correlaci[óo]n)"
    r"(?:\s+coefficients?)?\s+(?:is|are|equals?|est|vaut|ist|es|=)\s+(?:(?:then|therefore|thus|hence|donc|also)\s+)?"
    r"(?:(?:zero|null|nulle?|cero)\b|\$\s*0\s*\$|\\\(\s*0\s*\\\))"
    r"|[，,]?\s*(?:所以|因此|故)?\s*(?:它们的)?(?:协方差|相关系数)\s*(?:为|是|等于)\s*(?:零|\$\s*0\s*\$|0(?![\d.]))",
    re.IGNORECASE,
)
#: An independence of something named after it ("independent of $x_0$", "unabhängig von", "indépendants de", 独立于),
#: not of each other ("independent of each other", "voneinander"): it says nothing of how the noises vary together.
_INDEPENDENT_OF = re.compile(
    rf"(?:{_INDEPENDENCE})\s*(?:of|from|von|de|du|des|d')(?![^\W\d_])(?!\s*(?:each\s+other|one\s+another)\b)"
    r"|独立于|獨立於|と独立|와\s*독립",
    re.IGNORECASE,
)
#: Words ending on an independence of what the next maths writes ("are independent of $x_0$ ..."): that maths is the
#: object, and the words after it may go on saying of the subject.
_INDEPENDENT_OF_ENDING = re.compile(rf"(?:{_INDEPENDENT_OF.pattern})\s*$", re.IGNORECASE)
#: Words between two maths that say the first is drawn apart from the second ("$x_0$ is independent of $\\epsilon$",
#: "drawn independently of", "follows the same distribution as", "unabhängig von", 独立于).
_APART = re.compile(
    r"(?:[\s,;:]|\b(?:is|are|be|was|were|ist|sind|est|sont|es|son|drawn|sampled|chosen|follows?|has|have|shares?"
    r"|suit|a|sigue|tiene|folgt|hat|the|noise|data)\b)*"
    rf"(?:{INDEPENDENT}|independently\s+(?:of|from)|(?:{_INDEPENDENCE})\s+(?:of|from|von|de|du|des)"
    rf"|(?:{_SAME_LAW}|distributed)\s+(?:as|like|wie|que)|独立于|と独立|와\s*독립)"
    r"(?:[\s,;:]|\b(?:the|noise|data|la|le|el)\b)*",
    re.IGNORECASE,
)
#: A copula that makes the maths right after it (before it, in Japanese and Korean) its complement ("... and is
#: $\\epsilon_1$", "是 $\\epsilon_1$", "$\\epsilon_1$ である"): the subject may be an earlier maths, so two maths of the
#: same names with one between them do not bridge.
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|are|be|being|been|was|were|ist|sind|est|sont|es|son)\b|是|为|為)\s*$", re.IGNORECASE
)
_COPULA_AFTER = re.compile(r"\s*(?:である|であり|です|でした|だ|이다|입니다|이며|이고|였다)")
#: Words between two maths that make the second, a name alone, the first's value ("$\\epsilon_1$ equals $y$", "are
#: both $z$", "ist gleich", "est égal à", "es igual a", 等于, 是), where what follows ends the clause (:data:`_CLAUSE_STOP`).
_ONE_VALUE = re.compile(
    r"\s*(?:(?:is|are|was|were)(?:\s+(?:both|all))?(?:\s+(?:equal\s+to|the\s+same\s+as|identical\s+to))?"
    r"|(?:both\s+|all\s+)?(?:equals?|coincides?\s+with)"
    r"|(?:ist|sind)(?:\s+(?:beide|alle))?(?:\s+gleich)?|(?:beide\s+|alle\s+)?gleich"
    r"|(?:est|sont)(?:\s+(?:tou(?:s|tes)\s+(?:les\s+)?deux))?(?:\s+[ée]ga(?:l|le|ux|les)\s+à)?"
    r"|(?:es|son)(?:\s+ambos)?(?:\s+igual(?:es)?\s+a)?"
    r"|[都均]?(?:等于|等於|就是|是|为|為))\s*",
    re.IGNORECASE,
)
#: Adverbs a copula or "equals" may carry before the value it names, which leave it said ("is simply $z$", "is
#: also", "ist genau", "est simplement", "es exactamente", 就等于, 也是, はちょうど): none weakens it to a likeness
#: (not approximately, roughly, nearly) or denies it.
_ONE_VALUE_ADVERBS = re.compile(
    r"\b(?:simply|just|exactly|precisely|merely|also|again|too|likewise|then|now|still|always|identically|really"
    r"|indeed|in\s+fact|by\s+(?:definition|construction)|almost\s+surely|simplement|exactement|pr[ée]cis[ée]ment"
    r"|aussi|[ée]galement|encore|juste|toujours|alors|donc|de\s+m[êe]me|par\s+(?:d[ée]finition|construction)"
    r"|einfach|genau|auch|ebenfalls|wieder|immer|dann|also|nun|eben|gerade|per\s+Definition|simplemente"
    r"|exactamente|precisamente|tambi[ée]n|justo|siempre|entonces|igualmente|por\s+(?:definici[óo]n|construcci[óo]n))\b"
    r"|就|也|正|恰好|恰恰|刚好|剛好|正好|亦|同样|同樣|总是|總是|ちょうど|まさに|単に|ただ|また|常に|정확히|바로|단순히|또한|역시",
    re.IGNORECASE,
)
#: Verbs of taking a value, between two maths: the second is the first's value ("takes the value $z$", "is set to",
#: "is given by", "vaut", "prend la valeur", "nimmt den Wert ... an", "beträgt", "vale", "toma el valor", 取值为).
_ONE_VALUE_VERBS = re.compile(
    r"\s*(?:takes?\s+(?:on\s+)?the\s+value(?:\s+of)?|(?:is|are)\s+(?:set|fixed)\s+(?:to|at|equal\s+to)"
    r"|(?:is|are)\s+(?:given|defined)\s+(?:by|as)|(?:is|are)\s+defined\s+to\s+be|(?:is|are)\s+chosen\s+(?:as|to\s+be)"
    r"|reduces?\s+to|becomes?|vaut|valent|prend\s+la\s+valeur|prennent\s+la\s+valeur"
    r"|(?:est|sont)\s+(?:fix[ée]e?s?|d[ée]finie?s?|donn[ée]e?s?)\s+(?:à|par|comme)|nimmt\s+den\s+Wert|nehmen\s+den\s+Wert"
    r"|betr[äa]gt|betragen|(?:ist|sind)\s+(?:definiert\s+als|gegeben\s+durch)|vale|valen|toma\s+el\s+valor"
    r"|toman\s+el\s+valor|(?:es|son)\s+(?:dad[oa]s?\s+por|definid[oa]s?\s+como)|取值为|取值為|取为|取為|的值为|的值為"
    r"|定义为|定義為|设为|設為|恒等于|恒等於|恒为|恒為)\s*",
    re.IGNORECASE,
)
#: The separable particle of a verb of taking a value, right after its value ("nimmt den Wert $z$ an").
_ONE_VALUE_PARTICLE = re.compile(r"\s*\b(?:an)\b", re.IGNORECASE)
#: A copula or a verb of taking a value before the subject, the verb second ("Hier ist $\\epsilon_1$ genau $z$",
#: "Hier beträgt $a$ $z$", "Hier nimmt $a$ den Wert $z$ an"), and the words it leaves between the two maths.
_ONE_VALUE_INVERTED = (
    (re.compile(r"\b(?:ist|sind|war|waren|betr[äa]gt|betragen)\s*$", re.IGNORECASE), re.compile(r"\s*")),
    (re.compile(r"\b(?:nimmt|nehmen)\s*$", re.IGNORECASE), re.compile(r"\s*den\s+Wert\s*", re.IGNORECASE)),
)
#: A topic particle between two maths, the copula after the second ("$\\epsilon_1$ は $z$ である", "는 $z$ 이다",
#: "はどちらも $z$ に等しい"): the second is the first's value.
_TOPIC_ONE_VALUE = re.compile(r"\s*(?:は|が|も|는|은|이|가|도)\s*(?:どちらも|いずれも|ともに|共に|모두|둘\s*다)?\s*")
_COPULA_ONE_VALUE = re.compile(
    r"\s*(?:である|であり|です|だ|に等しい|に等しく|と等しい|と等しく|と一致する|이다|입니다|이며|이고|와\s*같다|과\s*같다)"
)
#: What ends a clause right after a maths: a stop, a comma, a conjunction, the sentence's end.
_CLAUSE_STOP = re.compile(r"\s*(?:$|[.,;:!?。，；、．]|\b(?:and|where|so|hence|thus|und|et|y|e)\b)", re.IGNORECASE)
#: Words of a copula said of a list of names (each of them is the value): plural verbs and "both", "all".
_PLURAL = re.compile(
    r"\b(?:are|were|both|all|sind|beide|alle|sont|tou(?:s|tes)|son|ambos)\b|都|均|どちらも|いずれも|ともに|共に|모두|둘",
    re.I,
)
#: The end of a clause within a sentence: what is said before it speaks of the maths before it only.
_CLAUSE_END = re.compile(r"[:;：；]")
#: Words that say names are tied to each other, or give their combination a value, as an adjective or a predicate
#: of them ("the equal noises", "are one and the same draw", "vanishes", "cancel", "sum to zero", "add up to",
#: "is zero", "correlated", "dependent", "相等", "同じ"); what says them apart (:data:`_SAID_APART`: "the same
#: distribution") is taken out first.
_TIED_WORDS = re.compile(
    r"\b(?:equal\w*|equals?|same|identical\w*|coincid\w*|cancel\w*|vanish\w*|sums?\s+(?:up\s+)?to|add\w*\s+(?:up\s+)?to"
    r"|zero|null|nil|constant|fixed|known|deterministic|non-?random|not\s+random|no\s+(?:randomness|variance|noise)"
    r"|degenerate|correlated|dependent|related"
    r"|proportional|coupled|linked|tied|(?:is|are|equals?|ist|est|es)\s+0"
    r"|gleich\w*|identisch\w*|verschwinde\w*|[ée]ga(?:l|ux|les?)|identiques?|m[êe]mes?|nul\w*|s'annul\w*"
    r"|iguales?|mism[oa]s?|id[ée]ntic\w*|cero|anula\w*|korreliert\w*|corr[ée]l[ée]\w*|correlacionad\w*"
    r"|abh[äa]ngig\w*|d[ée]pendant\w*|dependientes?)\b|(?:为|為|是|は|等于)\s*0(?![\d.])"
    r"|相等|相同|同一|一样|一樣|为零|為零|等于零|抵消|消去|相关|相關|等しい|同じ|相関|ゼロ|打ち消|같은|같다|동일|상관|0\s*이",
    re.IGNORECASE,
)
#: A copula or "equals" before the next maths ("is $0$", "is always $0$"): that maths may be the value of the
#: maths before it.
_VALUED = re.compile(r"\b(?:is|are|be|equals?|ist|sind|gleich|est|vaut|es|vale)\b|是|为|為|等于|は|이다", re.IGNORECASE)
#: Words that deny what a sentence says, beyond :data:`_NEGATED` ("ne ... pas", "non", "neither", "nor", "weder").
_DENIED = re.compile(r"\b(?:ne|n'|non|neither|nor|weder)\b", re.IGNORECASE)

#: Relations that say their sides one value, which the parser may not read (``\\equiv``, ``\\coloneqq``, ``\\gets``).
_EQUATED = re.compile(r"\\(?:equiv|coloneqq|triangleq|gets|leftarrow)(?![A-Za-z])|:=|=")
#: What maths that cannot be read as a whole is cut at to read its names: arrows, relations, commas.
_PIECES = re.compile(
    r"\\(?:(?:long)?(?:left|right|leftright|Left|Right|Leftright)arrow|gets|to|mapsto|approx|equiv|coloneqq|triangleq"
    r"|doteq|simeq|cong|leftrightharpoons)(?![A-Za-z])|:=|[=<>,;|]"
)


def stated_ties(stated: Iterable[Stated]) -> Ties:
    """The ties the note's statements give (its definitions, its steps and a named context aside, see the
    module)."""
    found = NONE
    for item in stated:
        if item.kind in _SILENT or item.origin == "step" or _a_density_s_tail(item):  # a step: a claim checked
            continue
        name = _variables(item.name.node) if item.name is not None and item.name.node is not None else set()
        body = _variables(item.body.node) if item.body is not None and item.body.node is not None else set()
        if item.kind in LAWS:
            found |= _law(name, body, item.body.node if item.body is not None else None)
        elif item.name is not None and law_letter(item.name.node) is not None:  # a density's equation: a law
            found |= _law(_arguments(item.name.node), name | body, None)
        else:
            found |= _tie(name | body)
    return found


def _a_density_s_tail(item: Stated) -> bool:
    """Whether ``item`` says only the tail of a density written as a formula (``p(x \\mid y) = \\mathcal{N}(x; y,
    1)``, read for its tail wherever the note says it): the law is the equation's, which ties its names from its own
    line on (read there as a density's equation), not before it."""
    return item.kind == DENSITY_LAW or (
        item.kind == TAIL_LAW and item.name is not None and law_letter(item.name.node) is not None
    )


def said_ties(notes: Notes) -> tuple[tuple[int, Ties], ...]:
    """The ties each sentence of the note gives, with its line (see the module)."""
    sentences = dict.fromkeys((inline.line, inline.sentence) for inline in notes.inline if inline.sentence)
    found = tuple((line, _sentence(sentence)) for line, sentence in sentences) + _anaphora_ties(notes)
    return found + worded_subject_ties(notes)  # "the data point is the noise $\\epsilon$"


def in_force(said: Iterable[tuple[int, Ties]], steps: Sequence[int], line: int) -> Ties:
    """The ties of the sentences before the step on ``line`` and of those right after its display, up to the
    next display of a step (``steps``: the steps' lines), which may say what its names are ("where ...")."""
    said = tuple(said)
    later = sorted(s for s in steps if s > line and any(line < at < s for at, _ in said))
    found = NONE
    for at, ties in said:
        if not later or at < later[0]:
            found |= ties
    return found


def _sentence(sentence: str) -> Ties:
    """The ties one sentence gives: its maths' own, and the names of two of its maths unless the words on the way
    between them relate each neighbouring two of them in no way that ties (:func:`_apart`)."""
    sentence = _zero_covariance_out(sentence)
    written = list(_SENTENCE_MATHS.finditer(sentence))
    found, mentioned = NONE, []
    for match in written:
        names, ties = _maths(next(g for g in match.groups() if g is not None))
        mentioned.append(names)
        found |= ties
    words = _SENTENCE_MATHS.sub(" ", sentence)
    if _CORRELATED.search(words):  # "with correlation $\rho = 1$": the correlation is of the names written
        found |= _tie(set().union(*mentioned))
    denied = bool(_NEGATED.search(words) or _DENIED.search(words))
    bounds = [(m.start(), m.end()) for m in written]
    for first, names in enumerate(mentioned):
        listed = _a_list(next(g for g in written[first].groups() if g is not None))
        if len(names) > 1 and _said_of_them(sentence, bounds, first, listed, denied):
            found |= _tie(names)
    cut = [
        not _apart(sentence[bounds[k][1] : bounds[k + 1][0]], sentence[bounds[k + 1][1] : _next(bounds, k + 2)],
                   mentioned[k] == mentioned[k + 1], denied)
        for k in range(len(written) - 1)
    ]  # fmt: skip
    for first in range(len(written)):
        for second in range(first + 1, len(written)):
            if any(cut[first:second]):
                found |= Ties(tied=frozenset(
                    frozenset((a, b)) for a in mentioned[first] for b in mentioned[second] if a != b
                ))  # fmt: skip
    return found | _said_one_value(
        sentence, bounds, [_lone(next(g for g in m.groups() if g is not None)) for m in written]
    )


def _said_one_value(sentence: str, bounds: Sequence[tuple[int, int]], lone: Sequence[set[Key]]) -> Ties:
    """Names a sentence says are one value: a maths that is a name alone (or a list of names alone) said by a
    copula or "equals" to be the next, a name alone (:func:`_complement`), and, the copula plural ("are both", 都,
    どちらも), each name alone listed before it ("$\\epsilon_1$ and $\\epsilon_2$ are both $z$")."""
    pairs: set[frozenset[Key]] = set()
    made: set[tuple[Key, Key]] = set()
    complements: set[int] = set()
    for k in range(len(bounds) - 1):
        between, after = sentence[bounds[k][1] : bounds[k + 1][0]], sentence[bounds[k + 1][1] :]
        value = lone[k + 1] if len(lone[k + 1]) == 1 else _one_value_made_of(sentence, bounds[k + 1])
        before = sentence[bounds[k - 1][1] if k else 0 : bounds[k][0]]
        if not (lone[k] and value and (_complement(between, after) or _worded_value(before, between, after))):
            continue
        complements.add(k + 1)
        subjects, first = set(lone[k]), k
        while (
            _PLURAL.search(between)
            and first - 1 not in complements  # "$a$ is $x$, and $b$ and $c$ are both $z$": x is no subject of z
            and first > 0
            and lone[first - 1]
            and _listed_after(sentence, bounds, first)
        ):
            first -= 1
            subjects |= lone[first]
        if len(lone[k + 1]) == 1:
            pairs |= {frozenset((a, b)) for a in subjects for b in value if a != b}
        else:  # "is simply $-z$": made of z, as the equation eps_1 = -z makes it
            made |= {(a, b) for a in subjects for b in value if a != b}
    return Ties(drawn=frozenset(made), same=frozenset(pairs))


def _worded_value(before: str, between: str, after: str) -> bool:
    """Whether words :func:`_complement` does not read make the maths after ``between`` the value of the one before:
    a copula or "equals" carrying adverbs (:data:`_ONE_VALUE_ADVERBS`: "is simply", "ist genau", 就等于, はちょうど
    ... である), a verb of taking a value (:data:`_ONE_VALUE_VERBS`: "takes the value", "vaut", "nimmt den Wert ...
    an"), or, the copula or verb set before the subject, adverbs alone ("Hier ist $a$ genau $z$", "Hier nimmt $a$
    den Wert $z$ an")."""
    bare = _ONE_VALUE_ADVERBS.sub(" ", between)
    if _complement(bare, after):
        return True
    particle = _ONE_VALUE_PARTICLE.match(after)
    if _ONE_VALUE_VERBS.fullmatch(bare) and _CLAUSE_STOP.match(after, particle.end() if particle else 0):
        return True
    inverted = any(verb.search(before) and left.fullmatch(bare) for verb, left in _ONE_VALUE_INVERTED)
    return bool(inverted and _CLAUSE_STOP.match(after, particle.end() if particle else 0))


def _one_value_made_of(sentence: str, bound: tuple[int, int]) -> set[Key]:
    """The names of the maths at ``bound`` if it is an expression a name may be said to be ("$-z$", "$2 z$"), not
    a relation, nor a law ("$\\mathcal{N}(0, 1)$", "$p(x)$"), nor a list; else none."""
    text = next(g for g in _SENTENCE_MATHS.match(sentence, bound[0]).groups() if g is not None)
    node = _parsed(text)
    if node is None or "," in text or (isinstance(node, syntax.Statement) and node.relations):
        return set()
    alone = node.operands[0] if isinstance(node, syntax.Statement) and len(node.operands) == 1 else node
    if any(isinstance(part, syntax.Gaussian) or law_letter(part) is not None for part in nodes(alone)):
        return set()
    return _variables(node)


def _complement(between: str, after: str) -> bool:
    """Whether the words ``between`` two maths, and those ``after`` the second, make it the first's value."""
    return bool(
        (_ONE_VALUE.fullmatch(between) and _CLAUSE_STOP.match(after))
        or (_TOPIC_ONE_VALUE.fullmatch(between) and (copula := _COPULA_ONE_VALUE.match(after))
            and _CLAUSE_STOP.match(after, copula.end()))
    )  # fmt: skip


def _listed_after(sentence: str, bounds: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether the maths at ``k`` is listed after the one before it ("$a$ and $b$"), not said its value."""
    return bool(_LISTING.fullmatch(sentence[bounds[k - 1][1] : bounds[k][0]]))


def _lone(text: str) -> set[Key]:
    """The names of a maths that is a name alone or a list of names alone ("$\\epsilon_1, \\epsilon_2$"), else
    none."""
    parts = [_parsed(part) for part in text.split(",")]
    alone = [
        part.operands[0] if isinstance(part, syntax.Statement) and len(part.operands) == 1 else part for part in parts
    ]
    return (
        {key for name in alone for key in _variables(name)} if all(isinstance(n, syntax.Name) for n in alone) else set()
    )


def _said_of_them(sentence: str, bounds: Sequence[tuple[int, int]], index: int, listed: bool, denied: bool) -> bool:
    """Whether the words around one maths that writes two names or more may relate them to each other.  Of a list
    of names (``listed``: "$\\epsilon_1, \\epsilon_2 \\sim N(0, 1)$", a plural subject), the words after it (after
    the maths listed with it: "$a, b$ and $c$ are equal") tie them unless they only end the list or, denying
    nothing, only say of laws (:func:`_only_of_laws`: "are independent", "are i.i.d.", "are drawn separately"); of
    any other maths (an expression: "$a + b$ vanishes"), the words after it that say a tie or a value
    (:data:`_TIED_WORDS`), or a copula or "equals" whose complement is maths that writes no name ("$a - b$ is
    $0$"); and, of a list, the words before it, from the maths before, that say a tie ("the equal noises $a, b$")."""
    last = index
    while last + 1 < len(bounds) and _LISTING.fullmatch(sentence[bounds[last][1] : bounds[last + 1][0]]):
        last += 1
    after = sentence[bounds[last][1] : _next(bounds, last + 1)]
    before = sentence[bounds[index - 1][1] if index else 0 : bounds[index][0]]
    if listed:
        after = _past_step_numbers(sentence, bounds, last)
        tied_after = not (_LISTED_AFTER.fullmatch(after) or (not denied and _only_of_laws(after, said=False)))
    else:
        valued = last + 1 < len(bounds) and _VALUED.search(after) and not _keys_of(sentence, bounds[last + 1])
        tied_after = bool(_TIED_WORDS.search(_SAID_APART.sub(" ", after)) or valued)
    return tied_after or (listed and bool(_TIED_WORDS.search(_SAID_APART.sub(" ", before))))


def _past_step_numbers(sentence: str, bounds: Sequence[tuple[int, int]], last: int) -> str:
    """The words after the maths at ``last`` up to the next maths that is not a step's number or index written
    after a step word ("are drawn at steps $1$ and $2$, and equal", "at step $t$ and are equal": all of it, the
    steps' maths taken out; their own ties are read apart), or past the maths an independence is said of ("are
    independent of $x_0$ and uncorrelated": what follows is said of the list too, rt51b-18)."""
    words, k = sentence[bounds[last][1] : _next(bounds, last + 1)], last + 1
    while k < len(bounds) and (_DRAWN_AT_STEP.search(words) or _INDEPENDENT_OF_ENDING.search(words)):
        words += " " + sentence[bounds[k][1] : _next(bounds, k + 1)]
        k += 1
    return words


def _zero_covariance_out(sentence: str) -> str:
    """A sentence that says independence, of the names it lists (not only of something else, :data:`_INDEPENDENT_OF`:
    "independent of $x_0$"), and denies nothing, with its covariance said zero taken out (:data:`_ZERO_COVARIANCE`):
    independent noises have covariance 0, so saying it ties nothing; uncorrelated ones need not be independent."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    mutual = re.search(_INDEPENDENCE, _INDEPENDENT_OF.sub(" ", words), re.IGNORECASE)
    if _NEGATED.search(words) or _DENIED.search(words) or not mutual:
        return sentence
    return _ZERO_COVARIANCE.sub(" ", sentence)


def _keys_of(sentence: str, bound: tuple[int, int]) -> set[Key]:
    """The names the maths at ``bound`` of a sentence speaks of (:func:`_maths`)."""
    return _maths(next(g for g in _SENTENCE_MATHS.match(sentence, bound[0]).groups() if g is not None))[0]


def _a_list(text: str) -> bool:
    """Whether maths is a list of two names or more, alone or drawn from a law (``a, b``, ``a, b \\sim N(0, I)``)."""
    parts = [_parsed(part) for part in text.partition("\\sim")[0].split(",")]
    return len(parts) > 1 and all(
        isinstance(part, syntax.Statement) and not part.relations and isinstance(part.operands[0], syntax.Name)
        for part in parts
    )


def _next(bounds: Sequence[tuple[int, int]], index: int) -> int | None:
    """Where the maths at ``index`` starts, None past the last."""
    return bounds[index][0] if index < len(bounds) else None


def _apart(between: str, after: str, same: bool, denied: bool) -> bool:
    """Whether the words ``between`` two neighbouring maths of a sentence, and those ``after`` the second, tie
    nothing: they only list them ("$x_0$ and $\\epsilon$", "where", with nothing said of them after); or, in a
    sentence that denies nothing ("not independent" ties), they list them and say them independent or of one law
    ("$\\epsilon_1$ und $\\epsilon_2$ sind unabhängig", "$x_0$ と $\\epsilon$ は独立である", "i.i.d. standard
    Gaussians"), say the first drawn apart from the second ("independent of", "follows the same distribution as"),
    say only that in a clause the first ends ("$\\epsilon_1$ and $\\epsilon_2$ are independent: $\\epsilon_1$
    ..."), or, between two maths of the same names, say nothing else (the words before say what they relate) and
    make the second no copula's complement ("... as $\\epsilon_1$ and is $\\epsilon_1$": it is the subject's)."""
    if _LISTING.fullmatch(between) and _LISTED_AFTER.fullmatch(after):
        return True
    if denied:
        return False
    if same and not (_COPULA_BEFORE.search(between) or _COPULA_AFTER.match(after)):
        return _only_of_laws(between, said=False)
    closed = _CLAUSE_END.split(between)  # "... are independent: $\epsilon_1$ follows ...": a clause said, then another
    if len(closed) > 1 and _only_of_laws("".join(closed[:-1]), said=True) and _LISTING.fullmatch(closed[-1]):
        return True
    topic = _TOPIC.fullmatch(between) and (said := _POSTPOSITION.match(after)) and _SAID_APART.match(after, said.end())
    return bool(
        (_LISTING.fullmatch(between) and _only_of_laws(after, said=True))
        or (topic and _only_of_laws(after, said=True))
        or (_APART.fullmatch(between) and _only_of_laws(after, said=False))
    )


def _only_of_laws(words: str, said: bool) -> bool:
    """Whether ``words`` say nothing but independence, one law and the words of laws (:data:`_OF_LAWS`), and, if
    ``said``, say independence or one law; a joint law said without independence (:data:`_JOINT_LAW`) is more, and so
    is "uncorrelated" said alone (:func:`_uncorrelated_out`)."""
    words = _uncorrelated_out(words)
    rest, count = _SAID_APART.subn(" ", words)
    joint = _JOINT_LAW.search(words) and not re.search(_INDEPENDENCE, words, re.IGNORECASE)  # covariance left open
    rest = _DRAWN_PLURAL_THE.sub(" ", _DRAWN_PER_STEP.sub(" ", rest))  # "the noises added at each step"
    return not joint and not _OF_LAWS.sub("", rest).strip() and (count > 0 or not said)


def _uncorrelated_out(words: str) -> str:
    """``words`` with "uncorrelated" (:data:`_UNCORRELATED_SAID`) read as what it says there: nothing more beside an
    independence ("independent and uncorrelated"), independence beside a joint Gaussian law ("jointly Gaussian and
    uncorrelated": a Gaussian vector's uncorrelated coordinates are independent); else left, a zero covariance.  An
    independence of something else ("uncorrelated and independent of $x_0$", :data:`_INDEPENDENT_OF`) is none of
    theirs (rt51b-17)."""
    if not _UNCORRELATED_SAID.search(words):
        return words
    if re.search(_INDEPENDENCE, _INDEPENDENT_OF.sub(" ", words), re.IGNORECASE):
        return _UNCORRELATED_SAID.sub(" ", words)
    if _JOINT_LAW.search(words):
        return _UNCORRELATED_SAID.sub(" independent ", words)
    return words


def _maths(text: str) -> tuple[set[Key], Ties]:
    """The names one maths of a sentence speaks of (a definition's: the name it defines), and the ties it gives."""
    if "\\sim" in text:
        variables, _, law = text.partition("\\sim")
        names = _keys(variables) or {key for part in variables.split(",") for key in _keys(part)}  # a, b ~ N(0, I)
        node = _parsed(law)
        return names, _law(names, set() if node is None else _variables(node), node)
    node = _leniently_parsed(text.replace(":=", "="))
    if node is None:  # x_0 \leftarrow 2 eps: not read, its names (read piece by piece) are tied, any of them
        names = {key for part in _PIECES.split(text) for key in _keys(part)}
        return names, _tie(names) | _equated(text)
    names = _variables(node)
    alone = node.operands[0] if isinstance(node, syntax.Statement) and len(node.operands) == 1 else node
    if isinstance(node, syntax.Statement) and node.relations == ("=",) and len(node.operands) == 2:
        alone = node.operands[0]
        if isinstance(alone, syntax.Name):  # x_0 = 2 eps: x_0 made of its body's names, as a definition makes it
            defined = _variables(alone)
            one = _tie(names).tied if isinstance(node.operands[1], syntax.Name) else frozenset()  # eps_1 = z: one value
            return defined, Ties(drawn=frozenset((a, b) for a in defined for b in names if a != b), same=one)
    if _names_equal(node):  # eps_1 = z = eps_2: one value
        return names, Ties(tied=_tie(names).tied, same=_tie(names).tied)
    if law_letter(alone) is not None:  # q(x_{t-1} | x_t), p(x_0 | eps) = N(x_0; eps, 1): a law of its variables
        return _arguments(alone), _law(_arguments(alone), names, None)
    stated = isinstance(node, syntax.Statement) and bool(node.relations)  # an expression alone states nothing
    return names, _tie(names) if stated else NONE


def _equated(text: str) -> Ties:
    """Names alone said one value by relations the parser does not read (eps_1 \\equiv z, eps_1 \\coloneqq z,
    eps_1 \\gets z); not an equality in law (\\overset{d}{=}), whose pieces are no names alone."""
    pieces = [_lone(piece) for piece in _EQUATED.split(text)]
    if len(pieces) < 2 or any(len(piece) != 1 for piece in pieces):
        return NONE
    return Ties(same=_tie(set().union(*pieces)).tied)


def _names_equal(node: syntax.Node | None) -> bool:
    """Whether a maths says names alone equal (a = b = c)."""
    return (
        isinstance(node, syntax.Statement)
        and bool(node.relations)
        and set(node.relations) == {"="}
        and all(isinstance(operand, syntax.Name) for operand in node.operands)
    )


def _law(variables: set[Key], written: set[Key], body: syntax.Node | None) -> Ties:
    """``variables`` drawn given the other names a law writes, and given each other unless it is N(0, I)."""
    apart = _standard_normal(body)
    return Ties(
        drawn=frozenset(
            (a, b) for a in variables for b in written | variables if a != b and not (apart and b in variables)
        )
    )


def _standard_normal(node: syntax.Node | None) -> bool:
    """Whether a law is N(0, I) or N(0, 1): its variables are independent, each alone or together."""
    if isinstance(node, syntax.Statement) and len(node.operands) == 1:
        node = node.operands[0]
    return (
        isinstance(node, syntax.Gaussian)
        and node.point is None
        and isinstance(node.mean, syntax.Number)
        and node.mean.text == "0"
        and (
            (isinstance(node.covariance, syntax.Number) and node.covariance.text == "1")
            or (isinstance(node.covariance, syntax.Name) and node.covariance.key == ("I", "", ""))
        )
    )


def _tie(names: set[Key]) -> Ties:
    return Ties(tied=frozenset(frozenset((a, b)) for a in names for b in names if a != b))


def _arguments(density: syntax.Call) -> set[Key]:
    """A density's variables: the names its arguments write (not its condition's)."""
    return {key for argument in density.arguments for key in _variables(argument)}


def _keys(text: str) -> set[Key]:
    node = _leniently_parsed(text)
    return set() if node is None else _variables(node)


#: A command applied to parentheses (``\\tanh(y)``, ``\\sinh\\left(z\\right)``), which the notes parser may not
#: know; not a delimiter's size (``\\left(``, ``\\big(``).
_APPLIED_COMMAND = re.compile(r"\\(?!(?:left|right|[bB]ig{1,2}[lr]?)(?![A-Za-z]))([A-Za-z]+)(?=\s*(?:\(|\\left\s*\())")


def _leniently_parsed(text: str) -> syntax.Node | None:
    """The maths ``text`` parsed, or, where it is not read, parsed with each command applied to parentheses read as
    an operator's name, as a renderer sets it (x_0 = \\tanh(y): x_0 of y), so that its names are not lost."""
    node = _parsed(text)
    if node is None and _APPLIED_COMMAND.search(text):
        return _parsed(_APPLIED_COMMAND.sub(r"\\operatorname{\1}", text))
    return node


def _parsed(text: str) -> syntax.Node | None:
    try:
        return _ci52_parsed(text)
    except RecursionError:
        return None


@functools.lru_cache(maxsize=4096)
def _ci52_parsed(text: str) -> syntax.Node | None:
    """The maths ``text`` parsed in notes mode, None where it is no formula.  The tree is a frozen value of the text
    alone, so it is kept: an anaphor's search reads the sentences before it again, each one's maths, for every
    sentence of the note.  A RecursionError is no property of the text (it depends on the stack), so is not kept."""
    try:
        return syntax.parse(text, notes=True)
    except InvalidAnswer:
        return None


def _variables(node: syntax.Node) -> set[Key]:
    """The names ``node`` writes, but those of the laws and functions it applies (q in q(x_0), the stand-in P of a
    stated law): a law's letter is no variable that varies with another."""
    applied = {c.name.key for c in nodes(node) if isinstance(c, syntax.Call) and isinstance(c.name, syntax.Name)}
    return set(keys_in(node)) - applied


#: Words that open a sentence and link it to the one before, or say what follows is asserted ("Moreover, they ...",
#: "Note that they ...", "De plus, ils ...", "Beachte, dass sie ..."), before its subject.
_ANAPHORA_OPENING = (
    r"(?:(?:(?:note|remark|remarque|bemerkung|hinweis|注)\s*[.:：]|and|but|moreover|furthermore|also|here|however|now"
    r"|in\s+addition|in\s+fact|indeed|clearly|of\s+course"
    r"|(?:we\s+)?(?:note|recall|assume|suppose|know|see)\s+that|et|mais|ici|de\s+plus|en\s+outre|(?:notons|rappelons"
    r"|remarquons)\s+que|on\s+suppose\s+que|und|aber|hier|au(?:ß|ss)erdem|zudem|(?:man\s+)?beachte,?\s+dass"
    r"|wir\s+nehmen\s+an,?\s+dass|此外|而且|并且|另外|注意|假设|即|また|さらに|ここで|なお|ただし|つまり)[\s,，、]*)*"
)
#: Nouns a plural anaphor may carry and still speak of the noises listed before ("these noises", "les deux bruits",
#: "die beiden Variablen").
_ANAPHORA_NOUNS = (
    r"(?:nois\w*|variables?|random\s+variables?|samples?|draws?|vectors?|terms?|bruits?|tirages?|[ée]chantillons?"
    r"|vecteurs?|Rausch\w*|Variablen|Zufallsvariablen|Stichproben|Ziehungen|Vektoren|Terme)"
)
#: Plural nouns of noises a definite article makes an anaphor of ("the noises", "les bruits", "die Variablen").
_ANAPHORA_PLURAL_NOUNS = (
    r"(?:noises|noise\s+(?:terms|vectors|samples)|random\s+variables|variables|samples|draws|bruits|tirages"
    r"|Rauschterme|Variablen|Zufallsvariablen|Stichproben)"
)
#: Verbs a determiner used as a plural anaphor may be followed by ("these are", "both have", "les deux sont").
_ANAPHORA_VERBS = (
    r"(?:are|were|have|share|depend|follow|coincide|agree|sont|ont|suivent|d[ée]pendent|sind|haben|folgen|h[äa]ngen)"
)
#: A plural anaphor as the subject a sentence opens with, in English, French, German, Chinese and Japanese (they,
#: both, these, the two, ils/elles, les deux, sie, beide, 它们, 两者, それら, 両者): it refers to the last list of
#: names of the sentence before.  A determiner followed by another noun ("these steps", "the two networks") is none.
_ANAPHORA_SUBJECT = re.compile(
    rf"\s*{_ANAPHORA_OPENING}(?:(?:they|ils|elles|sie)\b|(?:we|one|on|wir|man)\s+(?:[^\W\d_]+\s+)?(?:them|les|sie)\b"
    rf"|(?:both|(?:these|those)(?:\s+two)?|the\s+two|ces(?:\s+deux)?|les\s+deux|tou(?:s|tes)\s+(?:les\s+)?deux|beide"
    rf"|diese(?:\s+beiden)?|die\s+beiden)\b"
    rf"(?=\s+(?:{_ANAPHORA_NOUNS}|{_ANAPHORA_VERBS}|of\s+them)\b)(?:\s+(?:{_ANAPHORA_NOUNS}|of\s+them)\b)?"
    rf"|(?:the|les|die)\s+{_ANAPHORA_PLURAL_NOUNS}\b|each\s+of\s+them\b|chacun\s+d'eux\b|jede[rs]?\s+von\s+ihnen\b"
    r"|它们|它們|两者|兩者|二者|这两者|這兩者|这两个(?:噪声|变量|样本)?|それら|両者|これら|二つの(?:ノイズ|変数))",
    re.IGNORECASE,
)
#: A possessive plural anaphor ("their", "leurs", "ihre", 它们的, それらの) before the noun the sentence speaks of
#: ("their correlation", "leurs moyennes", "ihre Summe", 它们的和, それらの相関).
_ANAPHORA_POSSESSIVE = re.compile(
    rf"\s*{_ANAPHORA_OPENING}(?:their|leurs?|ihre?|它们的|它們的|两者的|二者的|それらの|両者の)\s*(?=[^\W\d_])",
    re.IGNORECASE,
)
#: Nouns of each noise's own law (their means, variances, laws): said of them, they tie nothing.
_ANAPHORA_MARGINAL = re.compile(
    r"(?:means?|variances?|expectations?|expected\s+values?|laws?|distributions?|marginals?|scales?|moyennes?"
    r"|esp[ée]rances?|lois?|Mittelwerte?|Erwartungswerte?|Varianzen|Verteilungen)(?![^\W\d_])"
    r"|均值|方差|期望|分布|平均|分散|期待値",
    re.IGNORECASE,
)
#: What a sentence may say of the marginal noun it speaks of and still tie nothing ("Their means are 0.", "Their
#: variances are equal.").
_ANAPHORA_MARGINAL_SAID = re.compile(
    r"[\s,]*(?:are|is|sont|est|sind|ist|为|為|是|は|が)?\s*(?:all\s+|both\s+)?"
    r"(?:0|zero|one|1|equal|the\s+same|identical|nul(?:le)?s?|[ée]ga(?:ux|les)|identiques|les\s+m[êe]mes|gleich|null"
    r"|eins|相等|相同|零|等しい|同じ)?\s*(?:である|です)?\s*[.。]?\s*",
    re.IGNORECASE,
)
#: A moment said of each noise alone ("zero mean", "unit variance", "variance one", "moyenne nulle", "Mittelwert
#: 0"): no tie.
_ANAPHORA_MOMENTS = re.compile(
    r"\b(?:zero|unit|0|1)[\s-]+(?:means?|variances?)\b|\b(?:means?|variances?)\s+(?:of\s+)?(?:zero|one|0|1)\b"
    r"|\b(?:moyennes?|variances?)\s+(?:nulles?|unit[ée]s?|[ée]gales?\s+[àa]\s+(?:0|1|un))\b"
    r"|\b(?:Mittelwert|Erwartungswert|Varianz)\s+(?:0|1|null|eins)\b",
    re.IGNORECASE,
)
#: What says two noises one value, exactly, after a plural anaphor ("They are equal.", "Ils sont égaux.", "Sie sind
#: gleich.", 它们相等。, それらは等しい。).
_ANAPHORA_EQUAL = re.compile(
    r"\s*(?:(?:are|were)\s+(?:equal|identical|the\s+same)(?:\s+to\s+(?:each\s+other|one\s+another))?"
    r"|sont\s+(?:[ée]ga(?:ux|les)|identiques|les\s+m[êe]mes)(?:\s+l'une?\s+[àa]\s+l'autre)?"
    r"|sind\s+(?:gleich|identisch|dieselben)"
    r"|相等|相同|(?:は|が)(?:等しい|同じ)(?:である|です)?)\s*[.。]?\s*",
    re.IGNORECASE,
)
#: A reciprocal ("each other", "l'un de l'autre", "voneinander", 彼此, 互いに): in a sentence with no maths of
#: its own it speaks of the names listed before, as a plural anaphor does.
_ANAPHORA_RECIPROCAL = re.compile(
    r"\b(?:each\s+other|one\s+another|l'une?\s+(?:de|[àa])\s+l'autre|(?:von)?einander|zueinander)\b|彼此|互相|互いに",
    re.IGNORECASE,
)
#: A subject of another kind ("The two networks", "These steps", "Both models"): the reciprocal after it is theirs.
_ANAPHORA_OTHER_SUBJECT = re.compile(
    rf"\s*{_ANAPHORA_OPENING}(?:the|these|those|both|all|les|ces|die|diese|beide)\s+(?:two\s+|deux\s+|beiden\s+)?"
    rf"(?!{_ANAPHORA_NOUNS}\b|are\b|were\b|have\b|of\s+them\b|sont\b|ont\b|sind\b|haben\b)[^\W\d_]+",
    re.IGNORECASE,
)
#: Marks of emphasis or code around words (``*They*``, ``**Note.**``, ``_their_``), its maths taken out first.
_ANAPHORA_EMPHASIS = re.compile(r"[*_`~]+")
#: "The same sample" (draw, noise, realisation, value, seed): a noise set to it is the one named before.
_ANAPHORA_SAME_DRAW = re.compile(
    r"\bthe\s+same\s+(?:random\s+)?(?:samples?|draws?|nois\w*|reali[sz]ations?|values?|seeds?|vectors?|variables?)\b"
    r"|\b(?:le|la|au|du|de\s+la|[àa]\s+la)\s+m[êe]me\s+(?:tirage|[ée]chantillon|bruit|r[ée]alisation|valeur|graine"
    r"|vecteur|variable)\b"
    r"|\b(?:dieselbe|die\s+gleiche|denselben|den\s+gleichen|dasselbe|das\s+gleiche)\s+(?:Stichprobe|Ziehung"
    r"|Realisierung|Wert|Rauschen|Rauschwert|Seed|Vektor|Variable)\b"
    r"|(?:同一个?|相同的?)(?:样本|采样|噪声|噪音|随机数|种子|值)|同じ(?:サンプル|ノイズ|標本|値|乱数|シード)",
    re.IGNORECASE,
)


#: What :func:`_any_anaphor_maths` writes for a maths that is a name of the list alone (a reference to one of them),
#: and for one that may be a value said of them.
_ANY_ANAPHOR_NAMED, _ANY_ANAPHOR_VALUE = "listedname", "maths"
#: What may follow a determiner or a singular anaphor for it to stand for a noise named before ("each is", "the
#: latter.", "the first of them", "the other noise"): a stop, "of", a noun of noises, or a verb, an auxiliary or an
#: adverb; any other word is a noun it determines ("each step", "the first term", "both sides", "l'autre terme").
_ANY_ANAPHOR_HEAD = (
    rf"(?=\s*(?:$|[^\w\s']|(?:of(?!\s+(?:{_ANY_ANAPHOR_VALUE}|{_ANY_ANAPHOR_NAMED})\b)|de|d'|von|nois\w*|variables?|random\s+variables?|samples?|draws?"
    r"|vectors?|bruits?|tirages?|[ée]chantillons?|vecteurs?|Rausch\w*|Variablen|Zufallsvariablen|Stichproben|Ziehungen"
    r"|Vektoren|ones?|is|are|was|were|be|has|have|had|does|do|did|can|could|may|might|must|will|would|shall|should|equals?"
    r"|matches|copies|mirrors|repeats|reuses?|becomes?|remains?|stays?|gets?|takes?|makes?|gives?|follows?|shares?"
    r"|depends?|coincides?|agrees?|cancels?|[^\W\d_]+ly|est|sont|a|ont|vaut|suit|[ée]gale?|ist|sind|hat|haben|gleicht"
    r"|folgt|entspricht|ebenso|auch|also|then|too|again|aussi|alors|donc"
    r"|es|son|está|están|era|fue|tiene|tienen|sigue|siguen|depende|dependen|coinciden?|iguala|igual(?:es)?|también"
    r"|è|sono|ha|hanno|segue|seguono|dipende|dipendono|coincidono|uguali?|anche|é|são|tem|têm|seguem|dependem"
    r"|coincidem|iguais|também)(?![\w'])))"
)
#: A step's maths after a step word ("at step $t$", "at steps $1$ and $2$"): when a noise is drawn, no value of it.
_ANY_ANAPHOR_STEPS = re.compile(
    rf"\b(?:steps?|timesteps?|iterations?)\s+{_ANY_ANAPHOR_VALUE}(?:\s*(?:,|\band\b|\bor\b)\s*{_ANY_ANAPHOR_VALUE})*\b",
    re.IGNORECASE,
)
#: An anaphor of any kind that may speak of names written before (they, them, their, both, each, either, the other,
#: the former, the latter, the first, the second, one another, these, the pair, said noises, in French, German,
#: Spanish, Italian, Portuguese, Chinese, Japanese; a plural verb opening a sentence with no subject, as Spanish,
#: Italian and Portuguese drop it: "Son iguales", rt51b-01..05, 14, 15): the class is closed, so a sentence that
#: writes one speaks of them, whatever else it says (:func:`_any_anaphor_said`).
_ANY_ANAPHOR = re.compile(
    r"\b(?:they|them|their|theirs|themselves|ils|elles|eux|leurs?|einander|voneinander|zueinander)\b"
    r"|\b(?:each\s+other|one\s+another|l'une?\s+(?:de|[àa]|et)\s+l'autre|l'une?\s+l'autre)"
    r"|\b(?:both|each|either|neither|these|those|the\s+(?:two|other|former|latter|first|second|last)"
    r"|les\s+deux|tou(?:s|tes)\s+(?:les\s+)?deux|chacune?|l'une?|l'autre|(?:le|la)\s+(?:premi[eè]re?|seconde?"
    r"|deuxi[eè]me|derni[eè]re?)|ce(?:tte)?\s+derni[eè]re?|celui-(?:ci|l[àa])|celle-(?:ci|l[àa])|ceux-ci|celles-ci"
    r"|beide[n]?|jede[rs]?|(?:der|die|das)\s+(?:erste|zweite|andere|letzte)|erstere[rs]?|letztere[rs]?|diese|jene"
    r"|the\s+pair|(?:said|aforementioned)(?=\s+(?:nois|variables|random|samples|draws|vectors|terms))"
    r"|(?:el|la|del|al|lo)\s+(?:primer[oa]|segund[oa]|otr[oa]|últim[oa])|(?:los|las)\s+dos|ambos|ambas|cada\s+un[oa]"
    r"|un[oa]|(?:est[ea]|es[ea])\s+últim[oa]|ellos|ellas"
    r"|(?:il|la|del|al|dal)\s+(?:prim[oa]|second[oa]|ultim[oa])|(?:l|dell|all|dall)'altr[oa]|entramb[ie]|(?:i|le)\s+due"
    r"|ciascun[oa]|l'un[oa]|quest'ultim[oa]|essi|esse"
    r"|(?:o|a|do|da|ao|à)\s+(?:primeir[oa]|segund[oa]|outr[oa]|últim[oa])|os\s+dois|as\s+duas|cada\s+um[a]?|eles|elas)\b"
    rf"{_ANY_ANAPHOR_HEAD}"
    r"|^\s*(?:son|están|tienen|siguen|dependen|coinciden|sono|hanno|seguono|dipendono|coincidono|são|estão|têm|seguem"
    r"|dependem|coincidem)\b"
    r"|\b(?:sie|ihre?[nmrs]?)\b|\b(?:of|to|with|as|equals?|is|from)\s+(?:it|itself)\b|\bthe\s+same(?=\s*(?:$|[^\w\s]))"
    r"|它们|它們|两者|兩者|二者|前者|后者|後者|彼此|互相|(?:另一|第一|第二|其中一)[个個](?=的|是|等于|等於|[，。,.]|$)"
    r"|それら|それぞれ|両者|もう一方|互い|これら|(?:一方|他方)(?=は|が|の|と|に|を)(?!では)",
    re.IGNORECASE,
)


def _any_anaphor_maths(text: str, names: set[Key]) -> str:
    """A sentence's maths as :func:`_any_anaphor_said` reads it: a law ("drawn from $\\mathcal{N}(0, 1)$") says
    nothing more of the names; a number is read as a word ("variance $1$"); a name of theirs alone ("$\\epsilon_2$
    is independent of it") is one more reference to them; any other maths is a word that may say their value ("The
    first is $z$.") and no noun of noises ("each $s_i$")."""
    node = _parsed(text)
    alone = node.operands[0] if isinstance(node, syntax.Statement) and len(node.operands) == 1 else node
    if alone is not None and (isinstance(alone, syntax.Gaussian) or law_letter(alone) is not None):
        return " "
    if isinstance(alone, syntax.Number):  # "variance $1$": the number, as if in words
        return f" {alone.text} "
    lone = _lone(text)
    return f" {_ANY_ANAPHOR_NAMED} " if lone and lone <= names else f" {_ANY_ANAPHOR_VALUE} "


def _any_anaphor_words(sentence: str, names: set[Key]) -> str:
    """A sentence's words, its maths read by :func:`_any_anaphor_maths`, its steps ("at step $t$") taken out."""
    written = _SENTENCE_MATHS.sub(
        lambda m: _any_anaphor_maths(next(g for g in m.groups() if g is not None), names), sentence
    )
    return _DRAWN_PER_STEP.sub(" ", _ANY_ANAPHOR_STEPS.sub(" step ", _ANAPHORA_EMPHASIS.sub(" ", written)))


def _any_anaphor_valued(sentence: str, names: set[Key]) -> bool:
    """Whether a sentence writes maths that may be a value said of the names (not a law, nor a step: "They are
    $z$.", "Both are $\\epsilon_3$.")."""
    words = _any_anaphor_words(sentence, names)
    written = set().union(
        *(_lone(next(g for g in m.groups() if g is not None)) for m in _SENTENCE_MATHS.finditer(sentence))
    )
    apposed = written >= names  # "Les bruits $a$ et $b$ sont ...": the list itself, read by :func:`_sentence`
    return bool(re.search(rf"\b{_ANY_ANAPHOR_VALUE}\b", words) or (_ANY_ANAPHOR_NAMED in words and not apposed))


def _any_anaphor_said(sentence: str, before: Sequence[str]) -> Ties:
    """What a sentence says, by an anaphor of any kind (:data:`_ANY_ANAPHOR`: "Each is equal to the other.", "The
    former equals the latter.", "One is a copy of the other.", "Ils sont des copies l'un de l'autre."), of the names
    of the last list before it (:func:`_anaphora_list`): nothing where, its anaphors, its steps and each one's
    moments taken out, it says only independence or laws ("Each is standard normal.", "Each is independent of the
    other."), and independence where two of them are said of each other; else a tie (fail-safe: what it says is not
    read: "The second is the first.")."""
    names, at = set(), len(before)
    while len(names) < 2 and at > 0:
        at -= 1
        names = _anaphora_list(before[at])[0]
    if len(names) < 2:
        return NONE
    words = _any_anaphor_words(sentence, names)
    anaphors = len(_ANY_ANAPHOR.findall(words))
    other = _ANAPHORA_OTHER_SUBJECT.match(words)  # "The networks depend on each other.": theirs
    if not anaphors or (
        other and not _ANY_ANAPHOR.search(words, 0, other.end())
    ):  # the names alone: what the sentence says of them is read by :func:`_sentence`
        return NONE
    opening = re.match(rf"\s*{_ANAPHORA_OPENING}", words, re.IGNORECASE)  # "Moreover, ...", "Note that ..."
    rest = _ANY_ANAPHOR.sub(" ", _ANAPHORA_MOMENTS.sub(" ", words[opening.end() :]))
    rest = _INDEPENDENT_OF.sub(" independent ", rest)  # "indépendant de l'autre": of the anaphor taken out
    said = anaphors + rest.count(_ANY_ANAPHOR_NAMED) > 1
    denied = bool(_NEGATED.search(words) or _DENIED.search(words))
    return NONE if not denied and _only_of_laws(rest.replace(_ANY_ANAPHOR_NAMED, " "), said) else _tie(names)


def _anaphora_ties(notes: Notes) -> tuple[tuple[int, Ties], ...]:
    """The ties a sentence says of names of the sentences before it: by a plural anaphor (they, their, both, these,
    ils, sie, 它们, それら), of the last list of names there (:func:`_anaphora_said`), in an earlier paragraph too (a
    paragraph, a list item, the prose after a display may go on from the one before); by "the same sample", between
    its names and those of the last sentence before that writes any."""
    found, before = [], []
    for paragraph in sorted(notes.prose, key=lambda prose: prose.line):
        cursor, opened = 0, len(before)
        for sentence in _raw_sentences(paragraph.text):
            at = max(cursor, paragraph.text.find(sentence, cursor))
            cursor = at + len(sentence)
            line = paragraph.line + paragraph.text.count("\n", 0, at)
            ties = _anaphora_said(sentence, before, opened) | _singular_anaphor_said(sentence, before)
            if _ANAPHORA_SAME_DRAW.search(_SENTENCE_MATHS.sub(" ", sentence)):
                ties |= _anaphora_same_draw(sentence, before)
            if ties != NONE:
                found.append((line, ties))
            before.append(sentence)
    return tuple(found)


#: A singular anaphor as the subject a sentence opens with, in the languages read ("It is a function of
#: $\\epsilon$.", "This depends on ...", "Il dépend de ...", "Es hängt von ... ab", 它是 ... 的函数, これは ..., 그것은
#: ...): it refers to a name of the sentence before, which one not read.  "This" and "that" only before a verb
#: ("This is", "That depends"), not as a determiner ("This noise", "That is, ...").
_SINGULAR_SUBJECT = re.compile(
    rf"\s*{_ANAPHORA_OPENING}(?:(?:it|the\s+(?:former|latter)|il|elle|celui-ci|celle-ci|er|es|ello)(?![^\W\d_])"
    r"|(?:this|that)\s+(?=(?:is|was|itself|depends|equals|varies)\b(?!\s*,))|它|これ|それ|이것|그것)",
    re.IGNORECASE,
)


def _singular_anaphor_said(sentence: str, before: Sequence[str]) -> Ties:
    """What a sentence whose subject is a singular anaphor says of the names of the last sentence before it that
    writes any: nothing where it says only independence or laws ("It is standard normal."), else its names are tied
    to each of them (fail-safe: which one the anaphor means is not read: "It is a function of $\\epsilon$.")."""
    words = _ANAPHORA_EMPHASIS.sub(" ", _SENTENCE_MATHS.sub(" ", sentence))
    subject = _SINGULAR_SUBJECT.match(words)
    if subject is None or subject.end() == 0:
        return NONE
    mine = set().union(*_anaphora_names(sentence))
    others = next((names for earlier in reversed(before) if (names := set().union(*_anaphora_names(earlier)))), set())
    denied = bool(_NEGATED.search(words) or _DENIED.search(words))
    if not denied and _only_of_laws(words[subject.end() :], said=False) and not _any_anaphor_valued(sentence, others):
        return NONE
    return Ties(tied=frozenset(frozenset((a, b)) for a in mine for b in others if a != b))


def _anaphora_names(sentence: str) -> list[set[Key]]:
    """The names each maths of a sentence speaks of (:func:`_maths`)."""
    return [_maths(next(g for g in m.groups() if g is not None))[0] for m in _SENTENCE_MATHS.finditer(sentence)]


@functools.lru_cache(maxsize=4096)
def _anaphora_list(sentence: str) -> tuple[frozenset[Key], bool]:
    """The names of the lists of two names or more a sentence writes, which a plural anaphor after it may refer to
    (one maths that lists them, "$\\epsilon_1, \\epsilon_2 \\sim N(0, 1)$", or maths of names or laws each listed
    after the one before, "$a$ and $b \\sim N(0, 1)$"), and whether they are exactly one list whose members are
    plain: one maths, or maths of one name each (else "they" may mean a part of it, fail-safe)."""
    written = list(_SENTENCE_MATHS.finditer(sentence))
    runs: list[list[set[Key]]] = []  # the maths of names or laws, each run of them listed one after another
    for k, match in enumerate(written):
        text = next(g for g in match.groups() if g is not None)
        names = _maths(text)[0] if (_a_list(text) or _lone(text) or "\\sim" in text) else set()
        joined = k > 0 and runs and runs[-1] and _LISTING.fullmatch(sentence[written[k - 1].end() : match.start()])
        if names and joined:
            runs[-1].append(names)
        else:
            runs.append([names] if names else [])
    groups = [run for run in runs if len(set().union(*run)) > 1]
    plural = [set().union(*run) for run in groups]
    exact = len(groups) == 1 and (len(groups[0]) == 1 or all(len(members) == 1 for members in groups[0]))
    return frozenset().union(*plural), exact


def _anaphora_said(sentence: str, before: Sequence[str], opened: int) -> Ties:
    """What a sentence whose subject is a plural anaphor says of the names listed in the last sentence ``before`` it
    that lists any (:func:`_anaphora_list`; "**Note.**" between lists none): one value, where it says them equal in
    so many words ("They are equal.") and they are one plain list of the sentence right before, in its paragraph
    (from ``opened`` on: what a display or a break between holds is not read); nothing, where it
    says only their independence or laws ("They are i.i.d."), or each one's own mean, variance or law ("Their means
    are 0."); else a tie, where it says anything that may relate them (equal, the same, correlated, a correlation's
    value, dependent, their sum, a negation of independence), fail-safe."""
    words = _ANAPHORA_EMPHASIS.sub(" ", _SENTENCE_MATHS.sub(" ", sentence))
    possessive = _ANAPHORA_POSSESSIVE.match(words)
    subject = None if possessive else _ANAPHORA_SUBJECT.match(words)
    reciprocal = not _SENTENCE_MATHS.search(sentence) and not _ANAPHORA_OTHER_SUBJECT.match(words)
    if not (subject or possessive or (reciprocal and _ANAPHORA_RECIPROCAL.search(words))):
        return _any_anaphor_said(sentence, before)
    names, exact, at = set(), False, len(before)
    while len(names) < 2 and at > 0:
        at -= 1
        names, exact = _anaphora_list(before[at])
    if len(names) < 2:
        return NONE
    exact = exact and at == len(before) - 1 and at >= opened
    rest = _ANAPHORA_MOMENTS.sub(" ", words[(subject or possessive).end() :] if subject or possessive else words)
    denied = bool(_NEGATED.search(words) or _DENIED.search(words))
    if subject and not denied and _ANAPHORA_EQUAL.fullmatch(rest):
        return Ties(tied=_tie(names).tied, same=_tie(names).tied if exact else frozenset())
    marginal = _ANAPHORA_MARGINAL.match(words, possessive.end()) if possessive else None
    if marginal and _ANAPHORA_MARGINAL_SAID.fullmatch(words, marginal.end()):
        return NONE
    if not denied and _only_of_laws(rest, said=False) and not _any_anaphor_valued(sentence, names):
        return NONE
    return _tie(names)  # what it says is not read: a tie (a list of tie words would miss "one another's copies")


def _anaphora_same_draw(sentence: str, before: Sequence[str]) -> Ties:
    """A sentence that sets a noise to "the same sample" (draw, noise) ties the names it writes to those of the last
    sentence before that writes any, one of which it is (fail-safe: which one is not read); two names of its own it
    writes are tied by :func:`_sentence`."""
    mine = set().union(*_anaphora_names(sentence))
    others = next((names for earlier in reversed(before) if (names := set().union(*_anaphora_names(earlier)))), set())
    return Ties(tied=frozenset(frozenset((a, b)) for a in mine for b in others if a != b))


#: A copula or "equals" that makes the maths after it the value of the subject before it ("is", "equals", "est",
#: "ist gleich", "es igual a", 等于, 是), and the words it may carry before the noise's maths: articles, adverbs,
#: the noise's own nouns and adjectives ("is the noise $\\epsilon$", "is simply the Gaussian noise $\\epsilon$").
_COPULA_TO_NOISE = re.compile(
    r"(?:\b(?:is|are|was|were|be|equals?|becomes?|ist|sind|est|sont|es|son|è|é|sono|são)\b"
    r"(?:\s+(?:equal\s+to|the\s+same\s+as|identical\s+to|gleich|[ée]ga(?:l|le)\s+(?:à|au)|igual\s+al?|igual\s+ao?"
    r"|uguale\s+al?|set\s+to|taken\s+(?:to\s+be|as)|chosen\s+(?:to\s+be|as)|defined\s+as))?"
    r"|\bgleich\b|等于|等於|就是|是|为|為)"
    r"(?:\s*(?:噪声|噪音|高斯)|\s+(?:the|a|an|le|la|l'|du|der|die|das|dem|el|lo|il|o|simply|just|exactly|precisely|also"
    r"|again|then|itself|pure|same|gaussian|standard|random|sampled|drawn|added|injected|nois\w*|bruit\w*|Rauschen"
    r"|ruido\w*|ruído|rumore|gau[sß]\w*|simplement|exactement|einfach|genau|simplemente|exactamente))*\s*$",
    re.IGNORECASE,
)
#: A copula that carries words before the noise's maths ("is the noise", "is set to", 就是噪声): the maths is its
#: complement whatever follows it ("... is the noise $\epsilon$ scaled by 2"), not a verb-second subject.
_RT53A_COMPLEMENT = re.compile(r"\S\s+\S|噪|高斯")


def _worded_subjects(sentence: str) -> set[Key]:
    """The noises a sentence says are the value of something it names in words alone ("the data point is the noise
    $\\epsilon$ itself", "the image equals $\\epsilon$"): a noise's maths alone that ends its clause, after a copula
    whose clause writes no maths before it, and whose subject is words other than the noise's own ("the noise is
    $\\epsilon$" names it); or the noise's maths as the subject of the data in words
    (:data:`_IS_THE_DATA`) or as what is observed (:data:`_OBSERVED`).  What the words name, any of the
    note's names, may so be made of the noise."""
    found: set[Key] = set()
    for match in _SENTENCE_MATHS.finditer(sentence):
        noise = {key for key in _lone(next(g for g in match.groups() if g is not None)) if is_noise(key)}
        clause = re.split(r"[:;：；]|\b(?:and|und|et|y|e|where|wobei|où|donde)\b|[,，、]", sentence[: match.start()])[
            -1
        ]
        copula = _COPULA_TO_NOISE.search(clause) if noise and "$" not in clause and "\\(" not in clause else None
        subject = clause[: copula.start()] if copula is not None else ""
        ends = _CLAUSE_ENDS.match(sentence[match.end() :])  # "Hier ist $\epsilon_1$ unabhängig": its subject
        complement = copula is not None and _RT53A_COMPLEMENT.search(copula.group(0).strip())
        if (ends or complement) and re.search(r"\w", subject) and not _NOISE_WORDS.search(subject):
            found |= noise
        if noise and (_IS_THE_DATA.match(sentence[match.end() :]) or _OBSERVED.search(sentence[: match.start()])):
            found |= noise  # kf53: "the noise $\epsilon$ is exactly what we observe", "we observe $\epsilon$ directly"
    return found


#: A copula right after the noise's maths whose complement is the data in words, after articles and adverbs only
#: ("$\epsilon$ is exactly what we observe", "... is the observed image"; not "is independent of the image"): the
#: noise, as the subject, is said to be the data.
_IS_THE_DATA = re.compile(
    r"\s*(?:itself\s+)?(?:is|are|equals|becomes)\s+(?:(?:exactly|just|simply|precisely|also|then|the|a|an|our|itself)\s+)*"
    r"(?:what\s+(?:we|one|you)\s+(?:observe|see|measure)|(?:(?:observed|training|clean|input)\s+)?"
    r"(?:data(?:\s*point)?|datum|images?|observations?)(?![\w'’-]))",
    re.IGNORECASE,
)
#: The noise's maths as what is observed ("we observe $\epsilon$", "one measures"), not denied: said to be the data.
_OBSERVED = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bcannot\s)(?<!n't\s)\b(?:observe[sd]?|measure[sd]?)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:\w+\s+)?nois\w*\s+)?$",
    re.IGNORECASE,
)


#: What ends a clause right after the noise's maths ("... is the noise $\\epsilon$ itself."): in a verb-second
#: order the maths is the subject, and words after it say what it is ("Hier ist $\\epsilon_1$ unabhängig von ...").
_CLAUSE_ENDS = re.compile(
    r"\s*(?:\b(?:itself|herself|himself|lui-m[êe]me|elle-m[êe]me|selbst|mismo|misma|stesso|stessa)\b\s*)?"
    r"(?:$|[.,;:!?。，；、．)]|\b(?:and|where|so|hence|thus|und|et|y|e)\b)",
    re.IGNORECASE,
)
#: Words that name the noise itself: a subject of them speaks of the noise, not of another thing.
_NOISE_WORDS = re.compile(r"\bnois\w*|\bbruit\w*|\bRauschen\b|\bruido\w*|噪声|噪音|ノイズ|노이즈", re.IGNORECASE)


def worded_subject_ties(notes: Notes) -> tuple[tuple[int, Ties], ...]:
    """Each sentence that says a noise is the value of something named in words alone (:func:`_worded_subjects`),
    with its line: the noise tied to every name the note writes (its sentences' maths and its steps), any of which
    the words may name (fail-safe)."""
    said = [(inline.line, _worded_subjects(inline.sentence)) for inline in notes.inline if inline.sentence]
    if not any(noises for _, noises in said):
        return ()
    names = {key for inline in notes.inline for key in _maths(inline.text)[0]}
    names |= {key for step in notes.steps for side in (step.lhs, step.rhs) for key in _pieces(side)}
    return tuple(
        (line, Ties(tied=frozenset(frozenset((a, b)) for a in noises for b in names if a != b)))
        for line, noises in dict.fromkeys((line, frozenset(n)) for line, n in said if n)
    )


def _pieces(text: str) -> set[Key]:
    """The names maths writes, read whole or, where it is not read, piece by piece."""
    node = _parsed(text)
    return _variables(node) if node is not None else {key for part in _PIECES.split(text) for key in _keys(part)}
