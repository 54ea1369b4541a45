"""The words before and after a display: the sentence that runs into it (or follows it) and assumes,
supposes, lets, denies or approximates what it writes."""

from __future__ import annotations

import re
import unicodedata

from derivations.kernel.vocabulary import Counterexample
from diffproof.notecheck.statements.hedges import (
    _ATTRIBUTED,
    _BARE_INDEX,
    _CLAUSES,
    _GOAL,
    _GOING_ON_WORD,
    _IF_SI_SE,
    _NUMBER_WORD,
    _ORDER_WORDS,
    _OURS_TOO,
    _RANGE_WORD,
    _REASSERTING,
)
from diffproof.notecheck.statements.indices import steps_in_words
from diffproof.notecheck.statements.sentences import (
    _NEGATED,
    _SENTENCE_MATHS,
    _prose_lines,
    _raw_sentences,
    _sentences,
    _words_of,
)
from diffproof.notes import Notes
from diffproof.notes import relations as rel


def _follow_ups(notes: Notes) -> dict[int, list[str]]:
    """The words of the first three sentences of the prose right after each display (on its last line after it,
    then within three lines, and before the display after), by the display's first line."""
    lines = _prose_lines(notes)
    trails = dict(notes.trails)
    found = {}
    for number, (first, last) in enumerate(notes.displays):
        following = notes.displays[number + 1][0] if number + 1 < len(notes.displays) else last + 4
        after = [trails.get(last, "")] + [lines[n] for n in range(last + 1, min(last + 4, following)) if n in lines]
        sentences = [words for sentence in _sentences(" ".join(after))[:3] if (words := _words_of(sentence).strip())]
        if sentences:
            found[first] = sentences
    return found


#: Words that open a sentence glossing the display before it ("Here $y$ is ...", "With $Y = y$.", "Given ...").
_GLOSSING = re.compile(r"^\W*(?:where|with|here|given|conditional|conditioned)\b", re.IGNORECASE)


def continuations(notes: Notes) -> dict[int, str]:
    """The sentence each display's sentence goes on in after it, by the display's first line: its words on the
    display's last line after it, else the next line of prose (within three lines, before the next display) where
    it starts in lower case or opens a gloss (:data:`_GLOSSING`); a display with neither is absent."""
    lines = _prose_lines(notes)
    trails = dict(notes.trails)
    found = {}
    for number, (first, last) in enumerate(notes.displays):
        after = trails.get(last, "")
        end = min(last + 4, notes.displays[number + 1][0]) if number + 1 < len(notes.displays) else last + 4
        next_line = next((n for n in range(last + 1, end) if lines.get(n, "").strip()), None)
        following = lines[next_line].strip() if next_line is not None else ""
        if not after.strip() and (following[:1].islower() or _GLOSSING.match(following)):
            after = following
        if after.strip():
            found[first] = _sentences(after + " ")[0]
    return found


def _paragraph_before(lines: dict[int, str], first: int, previous: int) -> list[str]:
    """The lines of the paragraph right before line ``first`` (blank lines before it skipped; at most twelve
    lines, none at or before line ``previous``)."""
    end = first - 1
    while end > previous and end in lines and not lines[end].strip():
        end -= 1
    start = end
    while start - 1 > max(previous, first - 13) and lines.get(start - 1, "").strip():
        start -= 1
    return [lines[n] for n in range(start, end + 1) if n in lines and n > previous]


def _lead_ins(notes: Notes) -> dict[int, str]:
    """The words of the sentence that starts in the prose right before each display and runs into it (in the
    paragraph before it and on its first line before it, after the display before), by the display's first
    line."""
    lines = _prose_lines(notes)
    leads = dict(notes.leads)
    found = {}
    previous = 0
    for first, last in notes.displays:
        before = _paragraph_before(lines, first, previous) + [leads.get(first, "")]
        previous = last
        if not before:
            continue
        sentence = _sentences(" ".join(before) + " ")[-1]
        if "$$" in sentence or "\\[" in sentence:
            sentence = sentence.rsplit("$$", 1)[-1].rsplit("\\[", 1)[-1]
        if words := _unmarked(_words_of(sentence)).strip():
            found[first] = words
    return found


#: How prose is set rather than what it says: LaTeX's spacing and font commands (``\\noindent``, ``\\textbf{``,
#: ``{\\em``, ``\\item``, a group's braces) and Markdown's emphasis (``**Assume**``, ``_Suppose_``).
_MARKUP = re.compile(
    r"\\(?:noindent|indent|par|medskip|smallskip|bigskip|newline|linebreak|hfill|item|bfseries|itshape|em|bf|it"
    r"|sl|rm|sf|sc|textbf|textit|textsl|textsc|textsf|textrm|textup|textmd|emph|underline|mbox)(?![a-zA-Z@])"
    r"|\\\\|[{}]|\*+|(?<![\w\\])_{1,3}(?=\w)|(?<=\w)_{1,3}(?!\w)"
)


def _unmarked(words: str) -> str:
    """The words of prose without the markup that sets them (:data:`_MARKUP`): "\\noindent \\textbf{Assume}" and
    "**Assume**" say "Assume"."""
    return re.sub(r"[ \t]+", " ", _MARKUP.sub(" ", words))


#: Words that make the equalities of a display approximations or limits ("For large $T$, approximately,", "In the
#: limit $T \\to \\infty$,", "To first order in $\\beta_t$,", "\\quad \\text{for large } T"), in the languages of the
#: notes: said right before the display, beside a step or over its relation, a counterexample to the exact equation
#: is not one to what the note claims.  (Not "the approximate posterior", a law's name, nor "almost surely".)
APPROXIMATING_WORDS = re.compile(
    r"\b(?:approximately|approx\b|roughly|nearly|asymptotic\w*|lineari[sz]\w*|taylor)"
    r"|\b(?:to|in|within|under|with)\s+(?:an?\s+|the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}approximation\b"
    r"|\bapproximations?\s+(?:gives?|yields?|reads?|becomes?)\b"
    # a term neglected, dropped or ignored, an error negligible ("Neglecting $\bar\alpha_T$,", "up to a negligible
    # error", "ignoring terms of order ..."); vernachlässigt, en négligeant, despreciable, trascurabile
    r"|\b(?:neglect\w*|negligib\w*|ignor(?:e|es|ed|ing)\s+(?:the\s+)?(?:terms?|(?:higher|second|first)[- ]order|corrections?)"
    r"|(?:dropp?(?:ing|ed)?|discard\w*)\s+(?:the\s+)?(?:(?:small|higher[- ]order|remaining|second[- ]order)\s+)?"
    r"(?:terms?|corrections?)|up\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:errors?|terms?|corrections?)"
    r"|vernachl[äa]ssig\w*|n[ée]glig\w*|despreci\w*|trascur\w*|pr[aá]cticamente)\b|忽略|可忽略|無視|무시"
    r"|\b(?:first|second|leading|lowest)[- ]order\s+(?:in|approximations?|expansions?|terms?|taylor)\b"
    r"|\b(?:to|at|in)\s+(?:the\s+)?(?:first|second|leading|lowest|linear)\s+order\b|\bhigher[- ]order\s+terms\b"
    r"|\blimit(?:s|ing)?\b|\bregimes?\b|\b(?:tends?|tending|goes|going|converges?|converging)\s+to\s*(?:zero\b"
    r"|infinity\b|\d|[,.;:)]|$)|\bas\s+[^.,;:]{0,30}\bgrows?\b"
    r"|\b(?:for|when|if|as|with)\s+(?:(?:very|sufficiently|large|small|big)\s+|[^\s.,;:]+\s+){0,2}?"
    r"(?:large|small|big|tiny)\b|\b(?:is|are|becomes?|gets?)\s+(?:very\s+|sufficiently\s+)?(?:large|small)\b"
    r"|\b(?:approximativement|environ|asymptotiquement|en\s+premi[èe]re\s+approximation|näherungsweise|ungefähr|annähernd|asymptotisch"
    r"|grenzfall|grenzwert|limes|aproximadamente|asint[óo]tic\w*|l[íi]mite|premier\s+ordre|erster\s+ordnung"
    r"|primer\s+orden)\b|\b(?:pour|für|para)\s+(?:\S+\s+){0,2}?(?:grands?|petits?|gro(?:ß|ss)e\w*|kleine\w*"
    r"|grandes?|peque[ñn][oa]s?)\b"
    r"|近似|大致|大约|大約|およそ|ほぼ|极限|極限|渐近|漸近|充分大|足够大|足夠大|十分大|十分に大き|근사|극한|점근|대략|충분히\s*큰"
    r"|很大时|很小时|很大的时候|很小的时候|大きいとき|小さいとき|大きければ|小さければ|클\s*때|작을\s*때",
    re.IGNORECASE,
)
#: Maths that does: an approximate relation or an order of magnitude (``\\bar\\alpha_T \\approx 0``, ``T \\gg 1``), a limit
#: (an arrow to a number or to infinity, ``\\lim``) or a Landau order (``O(\\beta^2)``).
APPROXIMATING_MATHS = re.compile(
    r"\\(?:approx|approxeq|thickapprox|simeq|eqsim|gg|ll|lesssim|gtrsim|lessapprox|gtrapprox|asymp|doteq|lim)"
    r"(?![A-Za-z])|[≈≃≪≫≲≳≍]|(?:\\to|\\rightarrow|\\longrightarrow|→)\s*(?:[+-]\s*)?(?:\\infty|∞|\d)"
    r"|(?<![A-Za-z\\])(?:O|o|\\mathcal\s*\{?\s*O\s*\}?)\s*\("
)


def approximating(text: str) -> bool:
    """Whether words or maths (a remark beside a step, a sentence, text set over a relation) make an equation an
    approximation or a limit: :data:`APPROXIMATING_WORDS` in its words, :data:`APPROXIMATING_MATHS` in its maths."""
    words = _words_of(rel.plain(text)) if "$" in text or "\\(" in text else rel.plain(text)
    return bool(APPROXIMATING_WORDS.search(words) or APPROXIMATING_MATHS.search(text))


def _approximate_displays(notes: Notes) -> frozenset[int]:
    """The first lines of the displays whose sentence says their equations are approximations or limits
    (:func:`approximating`): the sentence that starts in the prose right before the display and runs into it ("In
    the limit $T \\to \\infty$,", "Since $\\bar\\alpha_T \\approx 0$,"), or the sentence the display ends, run on in
    the prose right after it ("$$ ... $$ approximately, for large $T$."); not a sentence before or after those."""
    lines = _prose_lines(notes)
    found = set()
    previous = 0
    for number, (first, last) in enumerate(notes.displays):
        before = _paragraph_before(lines, first, previous)
        previous = last
        if before:
            sentence = _raw_sentences(" ".join(before) + " ")[-1]
            sentence = sentence.rsplit("$$", 1)[-1].rsplit("\\[", 1)[-1]
            if approximating(sentence):
                found.add(first)
        following = notes.displays[number + 1][0] if number + 1 < len(notes.displays) else last + 4
        after = " ".join(lines[n] for n in range(last + 1, min(last + 4, following)) if n in lines).strip()
        run_on = _raw_sentences(after)[0] if after else ""
        if run_on[:1].islower() and approximating(run_on):  # a sentence starting after a display starts anew
            found.add(first)
    return frozenset(found)


def _denies(words: str) -> bool:
    """Whether a lead-in denies the display after it or sets it as a goal, its last clause not re-asserting it in
    the note's own voice ("To avoid a common pitfall, we fix")."""
    words = _TAKE_INSTEAD.sub(" ", words)  # "take instead": the note's own value, in place of another
    if not (_NEGATED.search(words) or _GOAL.search(words)):
        return False
    clause = _CLAUSES.split(words)[-1]
    return not (_REASSERTING.match(clause) and not (_NEGATED.search(clause) or _GOAL.search(clause)))


#: "take instead", "instead we use", "let instead": a lead-in that gives the display in place of another value.
_TAKE_INSTEAD = re.compile(
    r"\b(?:take|use|set|let|choose|pick|define|put|fix)\s+instead\b|\binstead\W+(?:we\s+)?(?:take|use|set|let|choose"
    r"|pick|define|put|fix)\b",
    re.IGNORECASE,
)


def _denied_displays(notes: Notes) -> frozenset[int]:
    """The first lines of the displays whose sentence starts in the prose right before them and denies them or
    sets them as a goal (:data:`_NEGATED`, :data:`_GOAL` in the words since the last full stop), or whose next
    sentence starts by denying them (:data:`_DENIED_FOLLOWING`: "$$ f = a b $$ but this is false in general")."""
    before = {first for first, words in _lead_ins(notes).items() if _denies(words)}
    following = _follow_ups(notes)
    after = {first for first, said in following.items() if any(_DENIED_FOLLOWING.match(w) for w in said)}
    for first, said in following.items():
        for words in said:
            if (denial := _ALL_DENIED_FOLLOWING.match(words)) is not None:
                after |= _displays_of_one_sentence(
                    notes, first, _counted(denial.group())
                )  # "Both formulas above are wrong."
    return frozenset(before | after)


#: The number of displays a denial after them names ("both", "the two formulas above").
_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "beide": 2, "beiden": 2, "zwei": 2, "drei": 3, "deux": 2,
            "trois": 3, "ambas": 2, "ambos": 2, "dos": 2, "tres": 3, "二つ": 2, "2つ": 2, "どちらも": 2, "両方": 2,
            "三つ": 3, "两个": 2, "兩個": 2, "两": 2, "三个": 3, "두": 2, "둘": 2, "세": 3}  # fmt: skip


def _counted(words: str) -> int:
    """The number of displays a denial names (:data:`_COUNTED`: a word of it, or in Chinese and Japanese, which
    set no spaces between words, a part of one), at least one."""
    tokens = {w.lower() for w in re.findall(r"\w+", words)}
    return max(
        (n for w, n in _COUNTED.items() if w in tokens or ("\u3040" <= w[0] <= "\u9fff" and w in words)), default=1
    )


def _displays_of_one_sentence(notes: Notes, first: int, counted: int = 1) -> set[int]:
    """The first lines of the display at line ``first`` and of the displays before it in the same sentence (no
    sentence ends in the prose between them: "Some references write $$ c = 3 $$ and $$ d = 5 $$"), and at least
    the last ``counted`` displays up to it."""
    lines = _prose_lines(notes)
    firsts = [start for start, _ in notes.displays]
    position = firsts.index(first)
    found = {first}
    while position > 0:
        _, last = notes.displays[position - 1]
        between = " ".join(lines.get(n, "") for n in range(last + 1, notes.displays[position][0])).strip()
        if len(found) >= counted and len(_sentences(f"{between} ")) > 1:
            break
        position -= 1
        found.add(firsts[position])
    return found


#: A warning against saying the display fails, the whole sentence ("It is wrong to say (1) fails", "It is a mistake to
#: claim that this does not hold"): two negations, which say it holds.
_WARNED_FAILING = (
    r"(?:is|was)\s+(?:wrong|false|incorrect|misleading|a\s+mistake|an\s+error)\s+to\s+(?:say|claim|think|believe"
    r"|assume|conclude|state)\s+(?:that\s+)?(?:this|it|(?:equation\s+|eq\.\s+)?\([^()]{1,10}\)|the\s+(?:formula"
    r"|equation|identity|display|step)(?:\s+above)?)\s+(?:fails|does\s+not\s+hold|doesn't\s+hold|is\s+(?:wrong|false"
    r"|incorrect|not\s+(?:true|valid|correct|right)))\W*$"
)
#: The start of a sentence after a display that denies it: "does not hold", "but this is false in general",
#: "which is wrong", "is impossible"; not a warning against saying it fails (:data:`_WARNED_FAILING`).
_DENIED_FOLLOWING = re.compile(
    r"^\W*(?:(?:but|however|yet|and|unfortunately|sadly|alas|of\s+course|note(?:\s+that)?|careful|caution|warning)\W+)*"
    r"(?:(?:this|that|it|which|the\s+above|the)(?:\s+(?:one|last\s+one|formula|equation|expression|identity|step|result|claim"
    r"|derivation|line|statement|display|relation|bound))?\s+)?"
    rf"(?!{_WARNED_FAILING})"
    r"(?:(?:is|are|was|were)\s+(?:not\s+(?:true|valid|correct|right|exact)|false|wrong|incorrect|erroneous|impossible"
    r"|absurd|rejected|refuted|a\s+(?:mistake|typo|blunder|common\s+error))|(?:does|do)\s+not\s+hold|doesn't\s+hold"
    r"|never\s+holds?|(?:cannot|can't|could\s+not|couldn't)\s+(?:be|hold)|fails|false|wrong|incorrect)\b",
    re.IGNORECASE,
)


#: The start of a sentence after displays that denies them all: "Both formulas above are wrong", "These equations
#: do not hold", "Neither formula holds".
_ALL_DENIED_FOLLOWING = re.compile(
    r"^\W*(?:(?:but|however|yet|unfortunately|sadly|alas|of\s+course|note(?:\s+that)?|careful|caution|warning)\W+)*"
    r"(?:(?:(?:both|all|these|those)(?:\s+(?:of\s+)?(?:the|these|them|two|three|four))*|the\s+(?:two|three|four))"
    r"(?:\s+(?:formulas|formulae|equations|expressions|identities|steps|results|claims|lines|statements|displays"
    r"|relations))?(?:\s+(?:above|here|before))?|they)\s+"
    r"(?:(?:are|were)\s+(?:(?:all|both)\s+)?(?:not\s+(?:true|valid|correct|right|exact)|false|wrong|incorrect"
    r"|erroneous|mistaken|mistakes|typos)|(?:do|did)\s+not\s+hold|don't\s+hold|fail)\b"
    r"|^\W*(?:neither|none)\b[^.]*?\b(?:holds?|is\s+(?:true|correct|right|valid))\b"
    # "Beide Formeln oben sind falsch", "Ces deux formules sont fausses", "Ambas fórmulas son incorrectas"
    r"|^\W*(?:(?:aber|doch|jedoch|mais|cependant|pero|sin\s+embargo)\W+)?(?:(?:beide|alle|diese|die\s+(?:beiden|zwei|drei)"
    r"|ces|les|toutes?(?:\s+les|\s+ces)?|ambas|ambos|todas|todos|estas|estos|las|los)(?:\s+(?:deux|trois|dos|tres|zwei"
    r"|drei|beiden))?(?:\s+(?:formeln|gleichungen|ausdr[üu]cke|schritte|aussagen|identit[äa]ten|zeilen|formules"
    r"|[ée]quations|expressions|identit[ée]s|[ée]tapes|relations|lignes|f[óo]rmulas|ecuaciones|expresiones"
    r"|identidades|pasos|relaciones|l[íi]neas))?(?:\s+(?:oben|hier|davor|ci-dessus|pr[ée]c[ée]dentes|anteriores"
    r"|de\s+arriba))?|sie|elles|ils)\s+(?:(?:sind|waren|sont|[ée]taient|son|eran)\s+(?:beide\s+|alle\s+|toutes\s+"
    r"|tous\s+|ambas\s+|ambos\s+|todas\s+|todos\s+)?(?:falsch|fehlerhaft|ung[üu]ltig|nicht\s+(?:richtig|korrekt"
    r"|g[üu]ltig|wahr)|fausses|faux|erron[ée]e?s|incorrecte?s|pas\s+(?:vraies|correctes|valides|exactes)"
    r"|falsas|falsos|err[óo]ne[ao]s|incorrect[ao]s|no\s+(?:son\s+)?(?:correct[ao]s|v[áa]lid[ao]s))"
    r"|gelten\s+nicht|ne\s+(?:sont|tiennent)\s+pas|no\s+(?:son\s+v[áa]lid|se\s+cumplen))\b"
    # 上の二つの式はどちらも誤りである, これらの式は成り立たない, 以上两个公式都是错误的, 위의 두 식은 모두 틀렸다
    r"|^\W*(?:上の|以上の|これらの|これら|前の|二つの|2つの|両方の|上面的?|以上|这些|这两个|這些|上述|前面的?|위의|이|이들|앞의)"
    r"[^。！!]{0,14}?(?:式|公式|等式|方程|식|수식|등식)[^。！!]{0,10}?(?:誤り|間違|正しくない|成り立たない|错误|錯誤|不成立"
    r"|不对|不對|错了|틀렸|틀린|잘못|성립하지\s*않)",
    re.IGNORECASE,
)

#: Words before a display that make it the statement of a model, not a claim ("We model the joint as", "Assume"),
#: in the languages of the notes (モデル化される, と置く, のように定める, 建模, 假设, 모델링; not 必要とする, "requires").
_MODELLING = re.compile(
    r"\b(?:model\w*|assum\w*|suppos\w*|let|defin\w*|posit\w*|generative)\b"
    r"|モデル化|モデリング|(?:と|ように)(?:置|お)く|(?:と|ように)定め|(?<!要)とする|と仮定|建模|假设|假定|모델링|모델화|가정",
    re.IGNORECASE,
)

#: Words of a sentence closed by a full stop that announce the display right after it ("as follows.", "below.",
#: 以下のように, 次のように, 如下, 다음과 같이): the sentence leads into the display though its full stop ends it.
_ANNOUNCING = re.compile(
    r"\b(?:as\s+follows|the\s+following|below)\b|以下の|次の(?:よう|通り)|如下|下面|다음과\s*같|아래와\s*같",
    re.IGNORECASE,
)

#: Words that make the display announced a result rather than what is set ("We derive the model's law as follows.",
#: 以下のように求められる, 可得如下): its equations are claims, whatever model they are of.
_DERIVING = re.compile(
    r"\b(?:deriv\w*|obtain\w*|show\w*|prov\w*|find\w*|found|comput\w*|get|gets|got|gives?|yield\w*|hence|thus"
    r"|therefore|follows\s+that)\b|導|求め|求ま|得ら|得る|示す|示さ|推导|推導|得到|可得|求得|证明|證明|유도|얻|보인|구하",
    re.IGNORECASE,
)


def _announcing(notes: Notes) -> dict[int, str]:
    """The words of the sentence right before each display, closed by a full stop, that announces it
    (:data:`_ANNOUNCING`: "The generator is modelled as follows."), by the display's first line; none where
    words on the display's own line before it run into it, or where the sentence derives it (:data:`_DERIVING`) or
    denies it (:func:`_denies`: "We do not model it as follows.", "A common mistake is to model it as follows.")."""
    lines = _prose_lines(notes)
    leads = dict(notes.leads)
    found = {}
    previous = 0
    for first, last in notes.displays:
        before = _paragraph_before(lines, first, previous)
        previous = last
        if leads.get(first, "").strip() or not before:
            continue
        *sentences, after = _sentences(" ".join(before) + " ")
        if after.strip() or not sentences:
            continue
        words = _unmarked(_words_of(sentences[-1])).strip()
        if _ANNOUNCING.search(words) and not (_DERIVING.search(words) or _denies(words)):
            found[first] = words
    return found


#: A sentence that only assumes the display after it ("Assume that", "Suppose", "We now assume:", "and assume" after
#: a display in the same sentence).
_ASSUMING = re.compile(
    r"^\W*(?:(?:and|but|now|also|further|here|finally)\s+)?"
    r"(?:(?:we|let\s+us|let's)\s+(?:now\s+|also\s+|further\s+)?)?(?:assume|suppose)"
    r"(?:\s+(?:now|instead|also|further|moreover))?(?:\s+that)?[\s:,]*$",
    re.IGNORECASE,
)


#: A sentence leading into a display that opens a hypothesis ("If, say,", "Suppose for contradiction that", "Assume
#: now", "When"): the first equation of a row joined to what follows from it is supposed, not claimed.
_HYPOTHESISING = re.compile(
    r"^\W*(?:(?:and|but|now)\s+)?(?:(?:we|let\s+us|let's)\s+)?(?:if|suppose|assume|when|whenever|provided|assuming)\b",
    re.IGNORECASE,
)
#: A word of supposition ending a lead-in's last clause, the display after it its object: "Under the assumption",
#: "Let's say", "on the hypothesis that", "Presuming".
_SUPPOSITION_ENDING = re.compile(
    r"\b(?:assum\w*|suppos\w*|presum\w*|hypothes[ie]s|premise|say)(?:\s+that)?\W*$", re.IGNORECASE
)


def hypothesises(words: str) -> bool:
    """Whether a lead-in opens a hypothesis (:data:`_HYPOTHESISING`) or its last clause ends in a word of
    supposition (:data:`_SUPPOSITION_ENDING`)."""
    return bool(_HYPOTHESISING.match(words) or _SUPPOSITION_ENDING.search(_last_clause(words.rstrip(" \t:,;"))))


#: The relations an assumed display may state (an approximation or an unchecked order is listed as written).
_ASSUMABLE = frozenset({"=", "<=", ">=", "<", ">", "!="})
#: A sentence that only lets the display after it hold ("Let", "Now let"): before an order or an inequation
#: ("Let \\[ h + k < 0 \\]") it assumes it, as "Let $h + k < 0$." does (before an equation it may define).
_LETTING = re.compile(r"^\W*(?:(?:now|further|also|and|finally)\s+)?let[\s:,]*$", re.IGNORECASE)
_ORDERS = frozenset({"<=", ">=", "<", ">", "!="})


#: A sentence that supposes the display after it, or gives it a case, rather than the note's own value: "If we
#: set", "Had we chosen", "Pretend that", "Except when $a = 0$, we set", "There exists an index $k$ with" (a value
#: at some index only), in the languages of the notes ("si" and "se" as "if", not before a verb of fact: "Si ha" is
#: "one has").  ("Assume", "Suppose" state the note's own assumptions.)
_SUPPOSING = re.compile(
    r"\b(?:if|when|whenever|unless|except|provided|pretend\w*|imagin\w*|hypothetical\w*|for\s+some"
    rf"|there\s+(?:exists?|is|are)|{_IF_SI_SE}|wenn|falls|sofern)\b|^\W*(?:had|were)\s+(?:we|one|you)\b|もし|如果|假如|만약",
    re.IGNORECASE,
)


#: Words of a lead-in that give its display as what one may write, not what the note writes: a modal of
#: possibility or a counterfactual ("One would write", "One could write", "One might write", "ought to", "On
#: pourrait écrire", "Man könnte", "Es wäre", "Podríamos", "Potremmo"), or an impersonal "one may" or "one can"
#: choose ("one may set", "one can instead take": an option anyone has, not the note's choice; not "we can set",
#: nor "one can show", which asserts what it shows).
_WITHHOLDING = re.compile(
    r"\b(?:one\s+(?:may|can)\s+(?:also\s+|instead\s+|equally\s+|alternatively\s+)?(?:set|take|choose|pick|fix|put"
    r"|let|define|write|use|assume)|would|could|might|ought|pourrai\w*|serai\w*|k[öo]nnte\w*|w[üu]rde\w*|w[äa]re\w*"
    r"|podr[íi]a\w*|ser[íi]a\w*|potre\w*|sarebbe\w*|poder[íi]a\w*)\b",
    re.IGNORECASE,
)


def _withholds(words: str) -> bool:
    """Whether a lead-in gives its display as what one may write (:data:`_WITHHOLDING`) or as others'
    (:data:`_ATTRIBUTED`), its last clause not re-asserting it in the note's own voice ("As one would expect, we
    set", as :func:`_denies` reads it)."""
    if not (_WITHHOLDING.search(words) or _ATTRIBUTED.search(words)):
        return False
    clause = _last_clause(words)
    return not (_REASSERTING.match(clause) and not (_WITHHOLDING.search(clause) or _ATTRIBUTED.search(clause)))


def _withheld_displays(notes: Notes) -> frozenset[int]:
    """The first lines of the displays whose lead-in withholds them (:func:`_withholds`: "One would write", "Some
    authors write"), the sentence after them not taking them as the note's own too (:data:`_OURS_TOO`: "and so do
    we"): what they define is no definition of the note's."""
    following = _follow_ups(notes)
    return frozenset(
        first
        for first, words in _lead_ins(notes).items()
        if _withholds(words) and not any(_OURS_TOO.match(said) for said in following.get(first, [])[:1])
    )


def _supposes(words: str) -> bool:
    """Whether a lead-in supposes its display or gives it as others' (:data:`_SUPPOSING`, :data:`_ATTRIBUTED`)."""
    return bool(_SUPPOSING.search(words) or _ATTRIBUTED.search(words))


def _last_clause(words: str) -> str:
    """The last clause of a lead-in (:data:`_CLAUSES`)."""
    return _CLAUSES.split(words)[-1]


#: Words in the last clause before a display that give it as the note's value of a name, also where the note gave
#: the name another before: "Let", "take instead", "we use", "but here we define", "In this note, by contrast".
_REDEFINING = re.compile(
    r"\b(?:let|set|take|choose|pick|put|fix|define|redefine|use|instead|by\s+contrast|in\s+this\s+note"
    r"|from\s+now\s+on|henceforth)\b",
    re.IGNORECASE,
)
#: A lead-in that makes its display follow from what came before ("Then", "Hence", "so that", "we get"): for a
#: name an earlier display equated to something, a claim, not its first definition.
_CONSEQUENT = re.compile(
    r"^\W*(?:and\s+)?(?:then|hence|thus|so|so\s+that|therefore|it\s+follows(?:\s+that)?|we\s+(?:get|obtain|have|find)"
    r"|this\s+gives|which\s+gives)\W*$",
    re.IGNORECASE,
)

#: A remark beside a display that makes it an example's (``\text{(Example 1 only)}``, ``\text{e.g.}``).
_EXAMPLE_REMARK = re.compile(r"\b(?:example|e\.\s?g\.|for\s+instance|only)\b", re.IGNORECASE)
#: A sentence that leaves an example for the general case: "In general", "$c$ is arbitrary", "the schedule
#: varies", "We do not set it", "In Example 2", "Back to the general case".
_LEAVING_EXAMPLE = re.compile(
    r"\b(?:in\s+general|general\s+case|more\s+generally|generally|arbitrary|free|any\s+(?:real|value|number|positive)"
    r"|var(?:y|ies|ying)|do(?:es)?\s+not\s+set|not\s+fixed|example\s+\d+|another\s+example|next\s+example"
    r"|back\s+to|return\w*\s+to|unknown|unspecified|again|drop\w*|no\s+longer|forget|im\s+Allgemeinen|allgemein\w*"
    r"|beliebig\w*|en\s+g[ée]n[ée]ral|cas\s+g[ée]n[ée]ral|quelconque|arbitraire|caso\s+general|arbitrari[oa])\b"
    r"|一般|任意|通常の場合|일반적으로|일반|임의",
    re.IGNORECASE,
)


def _assumed_displays(notes: Notes) -> frozenset[int]:
    """The first lines of the displays whose sentence only assumes them (:data:`_ASSUMING`)."""
    return frozenset(first for first, words in _lead_ins(notes).items() if _ASSUMING.match(words))


#: Words before a display (in its sentence) that do not assert it: a supposition, a counterfactual, a question, a
#: wish, a case considered or a claim still to be made ("If it were the case that", "Is it true that", "Perhaps",
#: "We would need", "Consider", "Were", a question's verb alone: "Does $$ ... $$ hold?").
_UNASSERTING = re.compile(
    r"\b(?:would|could|might|should|whether|perhaps|maybe|possibly|conjectur\w*|hope\w*|wish\w*|wonder\w*|ask\w*"
    r"|question\w*|guess\w*|expect\w*|seem\w*|appear\w*|hypothes\w*|unclear|unknown|doubt\w*|try\w*|tries|tried"
    r"|want\w*|need\w*|show|prove|check|verify|claim\w*|assert\w*|say|says|said|consider\w*|ob|könnte|würde"
    r"|pourrait|serait)\b|\?|^\W*(?:is|are|does|do|did|can|will|was|were|had|has|have|must)(?:\s|\W*$)",
    re.IGNORECASE,
)
#: Words right after a display, continuing its sentence, that take back what it says ("we would be done; it is
#: not", "which need not hold", "?").
_UNASSERTING_AFTER = re.compile(r"\b(?:would|could|might|whether)\b|\?", re.IGNORECASE)


#: A case a display's sentence places it in ("in the first case", "in case 2"), which a later sentence may deny.
_CASE = re.compile(
    r"\b(?:(?:first|second|third|fourth|former|latter|last|other)\s+case|case\s+(?:\d+|[a-z]|[ivx]+))\b", re.IGNORECASE
)
#: A sentence that says a case or a display's claim never comes about ("The first case never occurs", "This cannot
#: happen", "That is impossible"): its subject (:data:`_CASE`, or a word pointing back) and the denial.
_NEVER_SO = re.compile(
    r"^\W*(?:the\s+)?(?P<subject>it|this|that|such\s+a\s+case|this\s+case|that\s+case|the\s+above|"
    + _CASE.pattern
    + r")\s+(?:\w+\s+){0,2}?(?:(?:never|not|no\s+longer|cannot|can't|doesn't|does\s+not|do\s+not)\s+(?:\w+\s+)?"
    r"(?:occurs?|happens?|holds?|arises?|true|the\s+case|possible|realised|realized|valid)|impossible|ruled\s+out"
    r"|excluded|vacuous)\b",
    re.IGNORECASE,
)


def _case_denied_later(lead: str, sentences: list[str]) -> bool:
    """Whether a sentence after a display's own (``sentences``, up to the next display) says never to come about
    the case the display's sentence (its lead-in ``lead`` and ``sentences[0]``) places it in, or, by a word pointing
    back, the display itself (:data:`_NEVER_SO`): "$$ h + k < 0 $$ in the first case. ... The first case never
    occurs."; not another case ("The second case never occurs")."""
    cases = {" ".join(found.lower().split()) for found in _CASE.findall(f"{lead} {sentences[0] if sentences else ''}")}
    for sentence in sentences[1:]:
        denial = _NEVER_SO.match(_words_of(sentence))
        if denial is None:
            continue
        subject = " ".join(denial.group("subject").lower().split())
        if not _CASE.fullmatch(subject) or subject in cases:
            return True
    return False


def _unasserted_displays(notes: Notes) -> frozenset[int]:
    """The first lines of the displays the note does not plainly assert: whose sentence before them supposes,
    denies, questions or wishes (:func:`_supposes`, :func:`_denies`, :data:`_UNASSERTING`), or goes on after them
    (its words on the display's last line, or the next line's starting in lower case) with a counterfactual, a
    question or a denial (:data:`_UNASSERTING_AFTER`, :data:`_NEGATED`), or whose case a later sentence before the
    next display says never comes about (:func:`_case_denied_later`).  Fail safe: what is not read as a plain
    assertion is no condition of the steps after it."""
    lead_ins = _lead_ins(notes)
    found = {first for first, words in lead_ins.items()
             if _supposes(words) or _denies(words) or _UNASSERTING.search(words)}  # fmt: skip
    trails = dict(notes.trails)
    lines = _prose_lines(notes)
    for number, (first, last) in enumerate(notes.displays):
        after = trails.get(last, "")
        end = min(last + 4, notes.displays[number + 1][0]) if number + 1 < len(notes.displays) else last + 4
        next_line = next((n for n in range(last + 1, end) if lines.get(n, "").strip()), None)
        following = lines[next_line] if next_line is not None else ""
        continued = not after.strip() and following.strip()[:1].islower()
        if continued:
            after = following  # "we would be done; it is not.": the display's sentence goes on
        if after.strip():
            sentence = _sentences(after + " ")[0]
            if _UNASSERTING_AFTER.search(sentence) or _NEGATED.search(_words_of(sentence)):
                found.add(first)
        upto = notes.displays[number + 1][0] if number + 1 < len(notes.displays) else max(lines, default=last) + 1
        prose = " ".join(lines[n] for n in range(last + 1, upto) if n in lines and not (continued and n == next_line))
        sentences = _sentences(f"{after} {prose} ") if after.strip() else ["", *_sentences(f"{prose} ")]
        if _case_denied_later(lead_ins.get(first, ""), sentences):
            found.add(first)
    return frozenset(found)


#: Words in the last clause before a display that define what it writes ("Define the joint law", "We define",
#: "Let", "Set", "Denote by", "is defined as", "we write"), in the languages of the notes ("On définit", "Soit",
#: "Wir definieren", "Sei", "Definimos", "Sea", 定义, 令, 定義, と置く, とする, 정의, 놓): the first equation of a
#: density after them is its definition.  (Not "we can write", a rewriting.)
_DEFINING_WORDS = re.compile(
    r"\b(?:defin\w*|d[ée]fini\w*|let|set|denot\w*|notons|posons|soit|sei|setzen|bezeichne\w*|sea|model\w*"
    r"|posit\w*)\b|(?<!\bcan\s)(?<!\bmay\s)\bwrite\b"
    r"|定义|定義|令|(?:と|ように)(?:置|お)く|(?:と|ように)定め|(?<!要)とする|정의|놓",
    re.IGNORECASE,
)


def _defines(words: str) -> bool:
    """Whether a lead-in's last clause defines its display (:data:`_DEFINING_WORDS`) and does not derive it
    (:data:`_DERIVING`: "Defining $q$ so, we get" derives), nor deny it (:func:`_denies`)."""
    clause = _last_clause(words.rstrip(" \t:,;"))
    return bool(_DEFINING_WORDS.search(clause)) and not (_DERIVING.search(clause) or _denies(words))


def defining_displays(notes: Notes) -> frozenset[int]:
    """The first lines of the displays whose sentence defines them (:func:`_defines`): the sentence that runs into
    the display ("Define the joint law", "We define $q$ by"), or one closed by a full stop that announces it ("We
    define the joint law as follows.", :func:`_announcing`)."""
    said = {**_lead_ins(notes), **_announcing(notes)}
    return frozenset(first for first, words in said.items() if _defines(words))


#: Words of a display's sentence that claim it only under a case (a supposition or a counterfactual: "If no noise
#: were added", "Suppose for a moment that"), in the languages of the notes; not "Suppose we want to show that" (a
#: claim announced), an assumption referred to ("By the assumption"), nor a modal alone ("it would give").  English
#: inverts "had" and "should" before their subject at a clause's start to suppose ("Had there been a single step,",
#: "Should the noise vanish,"), not "had to".
_SUPPOSED = re.compile(
    rf"\b(?:if|suppos\w*(?!\s+(?:that\s+)?(?:we|I)\s+(?:want|wish|need|have)\s+to\s+(?:show|prove|check))|were"
    rf"|imagin\w*|pretend\w*|{_IF_SI_SE}|wenn|falls|angenommen|supposons|supongamos)\b|もし|仮定|如果|假如|假设|若|만약|가정"
    r"|(?:^|(?<=[.,;:!?(]))[\s*_]*(?:had|should)\s+(?!to\b)\w",
    re.IGNORECASE,
)
#: A name the sentence gives a value or an order in words, after a case word ("At $t$ equal to one", "When $t$ is
#: one", "for $x$ equal to $2$", "when $t$ is at least two"): a case the display is claimed in that no reader of the
#: sentence's maths takes (its maths is the name alone, no relation).
_VALUE_SAID = re.compile(
    r"\b(?:at|for|when|whenever|with|once|where)\s+\$[^$]+\$\s+(?:(?:is|are|being|becomes|equals?|equal\s+to|set\s+to"
    rf"|takes\s+the\s+value)\s+(?:\$[^$]*\$|[-+]?\d|{_NUMBER_WORD})|(?:(?:is|are|being)\s+)?{_ORDER_WORDS})",
    re.IGNORECASE,
)
#: A word of a case's lead-in before the words and the maths it is of ("For", "Given", "Consider", "Take"; French
#: pour, soit; German für, sei; Spanish para, sea; Italian per), and before the maths and the words after it (those,
#: "Let", "Assume that", "Suppose", "When", "Once").
_PROPERTY_CASE_WORD = r"\b(?:for|given|consider|take|pour|soit|für|sei|para|sea|per)\s+"
_PROPERTY_CASE_WORD_BEFORE_MATHS = (
    r"\b(?:for|given|consider|take|let|assume|assuming|suppose|supposing|when|whenever|once|pour|soit|für|sei|para"
    r"|sea|per)(?:\s+that)?\s+"
)
#: An indefinite article or a quantifier before what a name is ("a", "every", "all"): the word right before the
#: maths (or the last, after a copula) is then the noun the name is, the words before it its properties.
_DETERMINER = (
    r"(?:a|an|every|each|all|any|un|une|ein|eine|einen|einer|una|uno|um|uma|chaque|tout|toute|jede[nrs]?|todo|toda"
    r"|cada|ogni)"
)
#: A definite article: what follows it names the one thing meant ("Consider the forward process $q$", "Let $x_t$ be
#: the noisy sample"), no case of a property.
_DEFINITE = r"(?!(?:the|le|la|les|der|die|das|den|dem|el|los|las|il|lo|gli|het|de|o|os)\b)"
#: A quantifier over every value, before one word and a name: the word may be a property ("For all symmetric $A$")
#: as well as a noun ("For all matrices $A$"), so it is weighed as a property.
_QUANTIFIER = re.compile(r"every|each|all|any|chaque|tout|toute|jede[nrs]?|todo|toda|cada|ogni", re.IGNORECASE)
#: A preposition ending the words before a name: they describe what the name is given to, not the name.
_PREPOSITION = r"for|of|to|in|on|at|with|by|from|as|into|over|pour|de|à|für|von|über|para|per|di|da"
#: One word of the property a lead-in says, in its clause.
_PROPERTY_WORD = r"[^\W\d_][\w-]*"
#: A case stated as a property of a name the display writes: a case word (:data:`_PROPERTY_CASE_WORD`), an
#: indefinite article and words, or one word, before the maths ("For a symmetric matrix $A$,", "For a real symmetric
#: matrix $A$", "For every symmetric matrix $A$", "For symmetric $A$", "Pour une matrice symétrique $A$"); or the
#: maths, a copula at most and words after it ending the clause ("Let $A$ be a symmetric matrix.", "When $A$ is
#: symmetric,", "For a matrix $A$ that is symmetric,", "For $A$ symmetric,", "Assume that $A$ is invertible.").
_PROPERTY_BEFORE = re.compile(
    rf"{_PROPERTY_CASE_WORD}(?:(?P<determiner>{_DETERMINER}\s+)(?P<words>(?:{_PROPERTY_WORD}\s+){{1,4}})"
    rf"|{_DEFINITE}(?P<word>{_PROPERTY_WORD}\s+))\$[^$]+\$",
    re.IGNORECASE,
)
#: A copula that states a property of the subject before it ("is", "are"; est, ist, sind, sont, es, son, è).
_STATING_COPULA = r"(?:is|are|est|sont|ist|sind|es|son|è)"
#: What opens a property said of a name after it: a case word and an indefinite article and words, or the case
#: word right before the maths (:data:`_PROPERTY_CASE_WORD_BEFORE_MATHS`: "Let $A$ be", "For a matrix $A$ that is");
#: a case word and a bare plural, read only with a relative pronoun after the maths ("For matrices $A$ that are
#: symmetric"); or the subject opening a plain statement, read only with a copula and one adjective after the maths
#: ("The matrix $A$ is symmetric.", "$A$ is symmetric,", "Die Matrix $A$ ist symmetrisch.").
_PROPERTY_OPENING = (
    rf"(?:{_PROPERTY_CASE_WORD_BEFORE_MATHS}(?:{_DETERMINER}\s+(?:{_PROPERTY_WORD}\s+){{1,3}}"
    rf"|(?P<bare>(?:{_PROPERTY_WORD}\s+){{1,3}}))?"
    rf"|(?P<subject>^\W*(?:{_PROPERTY_WORD}\s+){{0,4}}))"
)
#: The words ending the clause after a name: its property, one to eight words (a noun the name is with its
#: properties, "a matrix equal to its own transpose").
_PROPERTY_AFTER = re.compile(
    rf"{_PROPERTY_OPENING}"
    r"\$(?P<name>\s*\\?[A-Za-z]+(?:_\{?[\w\\]+\}?)?\s*)\$\s+"
    rf"(?(bare)(?:that|which|who)\s+|(?:(?:that|which|who)\s+)?)"
    rf"(?(subject){_STATING_COPULA}\s+|(?:(?:is|are|be|being|est|ist|es|è)\s+)?)"
    rf"(?:not\s+)?(?!(?:that|which|who|is|are|be|being|est|ist|es|è|not)\b){_DEFINITE}"
    rf"(?P<determiner>{_DETERMINER}\s+)?(?P<words>(?:{_PROPERTY_WORD}\s*){{1,8}}?)(?=[.,;:]|$|\s+then\b)",
    re.IGNORECASE,
)


#: Adjectives a plain statement says that other readers take, so no unread property: a size (schedule words: "Here
#: $\\beta_t$ is small"), discrete values (dimension's: "$b$ is binary", of that name only), a sign (orders').
_READ_ELSEWHERE = re.compile(
    r"small|large|tiny|big|huge|negligible|binary|boolean|discrete|integer(?:[- ]valued)?|integral|positive|negative"
    r"|non-?negative|non-?positive|non-?zero",
    re.IGNORECASE,
)


def _property_said(said: str) -> bool:
    """Whether a lead-in ``said`` claims its display for a property of a name it writes (:data:`_PROPERTY_BEFORE`,
    :data:`_PROPERTY_AFTER`; after an article one word is the noun the name is, after a quantifier too where two
    words or more are there; a step index's range, "For $t$ in the chain", is none): a word that leaves the name
    general, is what a name stands for or goes on with the clause (hedges' :data:`~.hedges._GOING_ON_WORD`: "a real
    matrix", "a square matrix", "a given sample", "For now $x$") is no property.  The property is read by no reader,
    so a counterexample to the display may break it."""
    for pattern in (_PROPERTY_BEFORE, _PROPERTY_AFTER):
        for found in pattern.finditer(said):
            groups = found.groupdict()
            words = (groups.get("words") or groups.get("word") or "").split()
            if _BARE_INDEX.fullmatch((groups.get("name") or "").strip()) and re.match(
                _RANGE_WORD, words[0], re.IGNORECASE
            ):
                continue  # "For $t$ in the chain": every step
            if groups.get("subject") is not None and (
                len(words) != 1 or groups.get("determiner") or _READ_ELSEWHERE.fullmatch(words[0])
            ):
                continue  # a plain statement says one adjective ("is symmetric"), not a law or a state in words
                # ("is Gaussian with zero mean", "is switched on throughout", "is far from the origin"), nor one
                # its own reader takes ("$\\beta_t$ is small", "$b$ is binary")
            named = [not re.fullmatch(_GOING_ON_WORD, word, re.IGNORECASE) for word in words]
            determiner = (groups.get("determiner") or "").strip()
            if words and (not (determiner or named[0]) or re.fullmatch(_PREPOSITION, words[-1], re.IGNORECASE)):
                continue  # a new clause after the name ("For $c$ we know nothing", "be its mean"), or the words
                # are of something the name is given to ("a Gumbel density for $p$"): no property of the name
            if determiner and (len(words) > 1 or not _QUANTIFIER.fullmatch(determiner)):
                # one of the words is the noun the name is, before or after its properties ("a symmetric matrix",
                # "une matrice symétrique"): a property where a word names one beside a noun of no case, or two do
                if (any(named) and not all(named)) or sum(named) > 1:
                    return True
            elif any(named):
                return True
    return False


#: A chain's length given exactly in words after a case word ("With a single step", "For a chain of one step", "When
#: there is only one step", "with two steps", "In a one-step chain", "For a chain of length one"): a case of the
#: horizon T no reader takes from words ("many steps", "at least four steps" give none; "In one step", a manner, is
#: no chain's length: after "in", only an adjective of the chain is, "In a one-step chain").
_STEPS_NUMBERED = re.compile(
    rf"\b(?:(?:with|for|when|whenever|if|given|assuming|under)\s+(?:[^\s$.,;:!?]+\s+){{0,4}}?"
    rf"(?:(?P<count>a\s+single|single|(?:only|just|exactly)\s+(?:one|a\s+single)|one|\d+|{_NUMBER_WORD})[\s-]+"
    r"(?:[\w-]+\s+)??(?:time[- ]?steps?|steps?|transitions?)\b"
    rf"|(?:chain|process|trajectory)\s+of\s+length\s+(?P<length>one|\d+|{_NUMBER_WORD}))"
    rf"|in\s+an?\s+(?P<adjective>single|one|\d+|{_NUMBER_WORD})-(?:time-?)?step\s+(?:chain|process|diffusion"
    r"|model|trajectory|schedule|markov))",
    re.IGNORECASE,
)
#: Words before a number of steps that make them some steps of the chain, not its length ("the last two steps", "the
#: first three steps", "these two steps").
_SOME_STEPS = re.compile(r"\b(?:the|first|last|next|final|previous|remaining|these|those|other|its)\b", re.IGNORECASE)
#: The lengths :data:`_STEPS_NUMBERED` reads exactly, by their words.
_LENGTHS = {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}  # fmt: skip


def _chain_length(said: str) -> int | None:
    """The chain's length a lead-in says (:data:`_STEPS_NUMBERED`), where it is a number read (None: none, some
    steps of the chain, :data:`_SOME_STEPS`, or not read: "a hundred steps" is read as a case, not as its number)."""
    found = _STEPS_NUMBERED.search(said)
    if found is None or (found["count"] and _SOME_STEPS.search(said, found.start(), found.start("count"))):
        return None  # "For the last two steps": some steps of a chain, not its length
    word = (found["count"] or found["length"] or found["adjective"]).split()[-1].lower()
    return int(word) if word.isdigit() else _LENGTHS.get(word)


#: A name of a counterexample with its subscript (``ᾱ_{T-1}``, ``α_T``).
_SUBSCRIPTED = re.compile(r"(?P<base>[^_]+)_\{?(?P<index>[^{}]+)\}?")


def _barred(base: str) -> bool:
    """Whether a name's letter carries a bar (``ᾱ``): a product of the schedule up to its step."""
    return "\u0304" in unicodedata.normalize("NFD", base)


#: A subscript that is a sum of whole numbers and the horizon's letter (``T-1``, ``T``, ``2``, ``T - 2 + 1``).
_SUM_OF_STEPS = re.compile(r"\s*[-+]?\s*(?:\d+|[A-Z])(?:\s*[-+]\s*(?:\d+|[A-Z]))*\s*")
#: A term of such a sum, with its sign.
_TERM = re.compile(r"([-+]?)\s*(\d+|[A-Z])")


def _step_at(index: str, horizon: str, length: int) -> int | None:
    """The step a subscript names in a chain of ``length`` steps (``T-1`` is ``length - 1``), read as a sum of whole
    numbers and the horizon's letter only (text of the note: never handed to SymPy's parser); None for any other."""
    if not _SUM_OF_STEPS.fullmatch(index):
        return None
    terms = [(sign, term) for sign, term in _TERM.findall(index)]
    if any(term.isalpha() and term != horizon for _, term in terms):
        return None
    return sum((-1 if sign == "-" else 1) * (length if term == horizon else int(term)) for sign, term in terms)


def fits_chain_length(counterexample: Counterexample | None, length: int) -> bool:
    """Whether a counterexample's values hold in a chain of ``length`` steps (the horizon, the one capital letter its
    subscripts write, set to ``length``): each subscript then a step from 1 to ``length``, no two values at one name,
    and no product of the schedule (``ᾱ_m``, a letter with a bar) given beside a value of the schedule at a step up to
    ``m`` (one of its factors, which may fix it); the horizon's own value, if given, ``length``.  A value at a step
    the chain does not have (``ᾱ_{T-1}`` in a one-step chain is ``ᾱ_0 = 1``), a subscript of another letter (``t``:
    any step up to the horizon), a model of its own (``where``, ``drawn``) or a subscript not read: False."""
    if counterexample is None or counterexample.where or counterexample.drawn:
        return False
    values = [*counterexample.point, *counterexample.derived]
    found = [(key, _SUBSCRIPTED.fullmatch(key), value) for key, value in values]
    letters = {c for _, match, _ in found if match for c in match["index"] if c.isupper()}
    if len(letters) > 1:
        return False
    horizon = next(iter(letters), "T")
    steps: dict[tuple[str, int], object] = {}
    given = []  # the point's own values (not derived): (barred, step)
    for number, (key, match, value) in enumerate(found):
        if match is None:
            if key == horizon and value != length:
                return False
            continue
        step = _step_at(match["index"], horizon, length)
        if step is None or not 1 <= step <= length:
            return False
        if steps.setdefault((match["base"], step), value) != value:
            return False
        if number < len(counterexample.point):
            given.append((_barred(match["base"]), step))
    return not any(factor <= top for barred, top in given if barred for plain, factor in given if not plain)


#: A letter standing alone in a sentence's words (``u`` of "The constant u is zero"): a value in words is then said
#: of a named quantity, which the readers of properties of unnamed quantities weigh (not ``a``, ``I``).
_LONE_LETTER = re.compile(r"(?<![\w'’])(?![aAI]\b)[A-Za-z](?![\w'’])")
#: Words that give a name of the step a value ("at the origin", "all zeros", "zero", "vanishing", "no noise"): the
#: step is claimed at that value, which no reader takes from words.
_VALUE_IN_WORDS = re.compile(
    r"\b(?:at\s+the\s+origin|zero(?:e?s)?|vanish\w*|null|no\s+noise|noiseless|noise-free|degenerate|nul(?:le)?|cero"
    r"|origine|ursprung|(?:without|sans|ohne|sin|senza|sem|zonder)\s+(?:any\s+|the\s+|le\s+|de\s+)?(?:noise|bruit"
    r"|rauschen|ruido|rumore|ru[íi]do|ruis))\b|零|ゼロ|原点|영",
    re.IGNORECASE,
)
#: A relation in a sentence's maths, which the readers of conditions read (``x_0 = 0``, ``t > 1``).
_MATHS_RELATION = re.compile(r"(?<![<>!:\\])=|<|>|\\(?:le|leq|ge|geq|lt|gt|ne|neq|in)(?![A-Za-z])")
#: A matrix's transpose or adjoint (``A^T``, ``A^\\top``, ``U^\\dagger``, ``U^H``): a relation written of it
#: (``A^T = A``, ``Q^\\top Q = I``) says a property of the matrix's entries, which no reader of conditions reads.
_TRANSPOSED = re.compile(
    r"\^\s*(?:\{\s*(?:T|H|\\top|\\intercal|\\dagger|\\math(?:sf|rm)\s*\{\s*T\s*\})\s*\}"
    r"|[TH]|\\(?:top|intercal|dagger)(?![A-Za-z]))"  # a superscript of one letter is that letter alone: A^Tx
)


#: A subscript (``x_{t-1}``, ``x_T``, ``\\alpha_t``), its commands taken out first.
_SUBSCRIPT = re.compile(r"_(\{[^{}]*\}|\w)")
#: A schedule's letter written bare (``\\alpha``, ``\\bar\\alpha``, ``\\beta``), at no index.
_BARE_SCHEDULE = re.compile(r"\\(?:alpha|beta|gamma|sigma|lambda)(?![A-Za-z])(?!\s*_)")


def _at_fixed_steps(notes: Notes, first: int, last: int) -> bool:
    """Whether the display's steps write names at fixed steps only (``q(x_T|x_0) = q(x_T)``: every index a number or
    a capital, no schedule letter bare): a case of steps named by their order ("for the last step") leaves no step
    index free, so no counterexample lies outside it."""
    texts = [f"{s.lhs} {s.rhs}" for s in notes.steps if first <= s.line <= last]
    if not texts or any(_BARE_SCHEDULE.search(text) for text in texts):
        return False
    indices = [index for text in texts for index in _SUBSCRIPT.findall(re.sub(r"\\[A-Za-z]+", " ", text))]
    return bool(indices) and not any(re.search(r"(?<![A-Za-z])[a-z](?![A-Za-z])", index) for index in indices)


def case_in_words(notes: Notes, line: int, counterexample: Counterexample | None = None) -> str:
    """The sentence leading into the display ``line`` lies in (the sentence before it too where it only draws a
    consequence, :data:`_CONSEQUENT`: "Suppose ... . Then") where it claims the display only under a case said in
    words: some steps named by their order (:func:`~.indices.steps_in_words`: "For the first step"), a name's value
    or order in words (:data:`_VALUE_SAID`), a property (:func:`_property_said`, also in a sentence closed right
    before the display: "Let $A$ be a symmetric matrix.") or the chain's length (:data:`_STEPS_NUMBERED`), which no
    reader takes whatever the maths; or a supposition or counterfactual (:data:`_SUPPOSED`) or a value of an
    unnamed quantity (:data:`_VALUE_IN_WORDS`: "no noise", "without noise"), where its maths holds no relation a
    reader of conditions takes (:data:`_MATHS_RELATION`); else ''.  A counterexample outside that case is none to
    what the note claims, and the case is not read: a refutation is held.  A chain's length read as a number
    (:func:`_chain_length`) is no such case where the ``counterexample`` holds in a chain of that length
    (:func:`fits_chain_length`: "In a two-step chain" and a counterexample at T = 2)."""
    lines = _prose_lines(notes)
    previous = 0
    for first, last in notes.displays:
        before = _paragraph_before(lines, first, previous)
        previous = last
        if not first <= line <= last:
            continue
        sentences = _raw_sentences(" ".join(before) + " ") if before else []
        if not sentences:
            return ""
        said = sentences[-1].rsplit("$$", 1)[-1].rsplit("\\[", 1)[-1]
        if len(sentences) > 1 and _CONSEQUENT.match(_words_of(said)):
            said = f"{sentences[-2]} {said}"
        closed = sentences[-2].rsplit("$$", 1)[-1].rsplit("\\[", 1)[-1] if len(sentences) > 1 else ""
        if not said.strip() and _property_said(closed):  # "Let $A$ be symmetric." closed right before it
            return " ".join(closed.split())[:120]
        words = _words_of(said)
        maths = _SENTENCE_MATHS.findall(said)
        ordinal = steps_in_words(said) and not _at_fixed_steps(notes, first, last)
        written = [next((m for m in found if m), "") for found in maths]
        transposed = any(_MATHS_RELATION.search(m) and _TRANSPOSED.search(m) for m in written)  # "with $A^T = A$"
        length = _chain_length(said)
        numbered = _STEPS_NUMBERED.search(said) and not (length and fits_chain_length(counterexample, length))
        if ordinal or _VALUE_SAID.search(said) or _property_said(said) or numbered or transposed:
            return " ".join(said.split())[:120]  # read by no reader, whatever the sentence's maths say
        if any(_MATHS_RELATION.search(m) for m in written):
            return ""
        valued = _VALUE_IN_WORDS.search(words) and not maths and not _LONE_LETTER.search(words)
        if _SUPPOSED.search(words) or valued:
            return " ".join(said.split())[:120]
        return ""
    return ""
