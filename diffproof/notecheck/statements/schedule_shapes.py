"""A schedule spoken of in words beyond DDPM's own definitions ("We use a constant schedule", "All the betas are
equal", "The noise variance is the same at every step"): no reader takes what such words say, so a counterexample
that draws the schedule's names at indices of its own may break it (:func:`schedule_shapes`)."""

from __future__ import annotations

import re

from diffproof.notecheck.statements.ddpm_restatements import RESTATED, restated
from diffproof.notecheck.statements.formulas import Stated, parse_bound
from diffproof.notecheck.statements.laws import _FORWARD_NOISE_WORD
from diffproof.notecheck.statements.orders import _COMPARED, _FRAMING, MATHS_SAYS_MORE, _plain_words
from diffproof.notecheck.statements.sentences import _NUMBERS_ONLY, _PRONOUN, _SENTENCE_MATHS, _raw_sentences, _words_of
from diffproof.notes import Notes

#: What a sentence names the schedule by in words: the word, its values ("the betas", "every beta", "alpha bar"),
#: the noise's levels, variances or scales, step sizes, the signal-to-noise ratio; in several languages.
_SCHEDULE = re.compile(
    r"\b(?:schedul\w*|betas?|alphas?|alphabars?|(?:noise|forward(?:\s+process)?|diffusion)[\s-]+(?:levels?"
    r"|variances?|scales?|rates?)|step[\s-]+sizes?|snrs?|signal[\s-]+to[\s-]+noise|zeitplan\w*|calendrier\w*"
    r"|programa\w*|расписани\w*)\b|スケジュール|调度|日程|스케줄",
    re.IGNORECASE,
)
#: How much noise there is, said beside a word for the noise anywhere in a sentence ("The variance of the noise is
#: the same at every step"): the schedule, named in other words.
_AMOUNT = re.compile(
    r"\b(?:variances?|levels?|scales?|amounts?|magnitudes?|strengths?|std|deviations?|sizes?|rates?|varianz\w*"
    r"|varianza|niveau\w*|niveles?|уровень|дисперси\w*)\b|方差|分散|분산|强度|大小",
    re.IGNORECASE,
)
#: A schedule's name in maths: beta, alpha, alpha bar (\bar, \overline, \hat, \tilde), with its index or not.
_NAME = r"(?:\\(?:bar|overline|hat|tilde)\s*\{?\s*)?\\(?:alpha|beta)(?![A-Za-z])\s*\}?"
#: The schedule in maths as DDPM writes it (spaces taken out): a name at a letter's index (beta_t), the list
#: beta_1, ..., beta_T, the family {beta_t}_{t=1}^T (of beta_t in (0, 1)) (:data:`_DDPM_S_NAMES`); or DDPM's
#: definitions beta_t in (0, 1), alpha_t := 1 - beta_t and abar_t := prod_{s=1}^t alpha_s (:data:`_DDPM_S_SCHEDULE`).
_ONE = r"(?:\\(?:bar|overline)\{?)?\\(?:alpha|beta)\}?"
_AT = r"_\{?[a-z]\}?"
_DEFINED = r"(?::=|=|\\coloneqq|\\triangleq|\\equiv|\\doteq)"
_DDPM_S_NAMES = re.compile(
    rf"{_ONE}{_AT}|{_ONE}_\{{?1\}}?,(?:\\[lc]?dots|\.\.\.|…),{_ONE}_\{{?T\}}?|{_ONE}_\{{1:T\}}"
    rf"|(?:\\\{{|\\left\\\{{|\()?{_ONE}{_AT}(?:\\in\(0,1\))?(?:\\\}}|\\right\\\}}|\))_\{{?[a-z]=1\}}?\^\{{?[a-zA-Z]\}}?"
)
_DDPM_S_SCHEDULE = re.compile(
    rf"\\beta{_AT}\\in\(0,1\)|\\alpha{_AT}{_DEFINED}1-\\beta{_AT}"
    rf"|\\(?:bar|overline)\{{?\\alpha\}}?{_AT}{_DEFINED}\\prod_\{{?[a-z]=1\}}?\^\{{?[a-zA-Z]\}}?"
    rf"(?:\\alpha{_AT}|\(1-\\beta{_AT}\))"
)
#: Letters maths may hold beside a schedule's names and still speak of the schedule alone: indices and their bounds.
_INDEX_LETTERS = frozenset("tsijkTnN")
#: Commands that name nothing: operators, relations, dots, fonts, delimiters and spacing.
_NOT_NAMES = re.compile(
    r"\\(?:sqrt|[dt]?frac|prod|sum|in|notin|[lc]?dots|approx|to|rightarrow|le|leq|ge|geq|lt|gt|ne|neq|equiv|sim"
    r"|coloneqq|triangleq|doteq|propto|infty|mathrm|text|operatorname|left|right|big+[lr]?|Big+[lr]?|quad|qquad"
    r"|cdot|times|log|exp|min|max|forall|ll|gg|[,;:!{}| ])(?![A-Za-z])"
)
#: The words DDPM's own sentences of its schedule are made of ("where $\beta_t$ is the variance schedule", "Let
#: $\alpha_t := 1 - \beta_t$ and $\bar\alpha_t := \prod_{s=1}^t \alpha_s$", "The step sizes are controlled by a
#: variance schedule"), with the schedule's maths as DDPM writes it (``xname``, ``xschedule``) and maths of other
#: names (``xmaths``).  A word beyond them may say anything of the schedule ("equal", "the same", "never change",
#: "time-invariant", "a single", "every", a number), and is not read.
_DDPM_S_WORDS = frozenset(
    "where let be is are and with we the a an of to by denote denotes denoted define defines defined as schedule use "
    "uses used variance variances noise betas alphas level levels forward process diffusion at step time timestep add adds "
    f"added controlled size sizes gaussian xname xschedule xmaths {RESTATED}".split()
)
#: Two of the schedule's names said of each other ("$\alpha_t$ is $\beta_t$"): a relation in words, not DDPM's.
_TWO_NAMES = re.compile(r"\bxname\b(?:(?!\b(?:and|where|let|with)\b).)*?\bxname\b")


def schedule_shapes(notes: Notes) -> list[Stated]:
    """Each sentence (read with the one before it where it opens with a pronoun, :data:`_PRONOUN`) that speaks of
    the schedule (its names in words, :data:`_SCHEDULE`, a word for the noise with one for its amount,
    :data:`_AMOUNT`, or maths of its names alone, :func:`_of_the_schedule`) in words beyond DDPM's own definitions
    (:data:`_DDPM_S_WORDS`, :data:`_TWO_NAMES`), as a ``schedule shape`` statement holding throughout the note:
    whatever it says, it may be a shape of the schedule.  Clauses that say again what DDPM makes a name
    (:func:`ddpm_restatements.restated`) say nothing more, and relations in maths stated plainly
    (:func:`_relations_stated`) are the checker's to read.  A sentence that says no more than beta_t small
    (:data:`_SMALL`) is a ``small schedule`` statement instead: a schedule witnessing a counterexample keeps every
    beta_s at DDPM's scale (:mod:`~diffproof.notecheck.assumptions`); one that names a quantity of the noise by a
    chain of equations (:func:`_quantity_named`) is a ``named identity``, a shape unless the chain is an identity."""
    found = []
    for paragraph in notes.prose:
        text, at, before = paragraph.text.replace("\n", " "), 0, ""
        for written in _raw_sentences(text):
            at = max(text.find(written, at), at)
            sentence = f"{before} {written}" if _PRONOUN.match(written) else written
            before = written
            line = paragraph.line + paragraph.text[:at].count("\n")
            if _relations_stated(sentence):
                continue
            sentence = restated(sentence, line)
            if not _beyond_ddpm(sentence):
                continue
            named = _quantity_named(sentence)
            if named is not None:  # "Here the merged standard deviation is $A = B$.": an identity, or a shape
                found.append(
                    Stated(
                        "named identity", line, " ".join(written.split())[:90], parse_bound(named, line), None, "words"
                    )
                )
                continue
            small = _SMALL.sub(f" {RESTATED} ", sentence)
            only_small = small != sentence and not _beyond_ddpm(small)
            said_more = _MORE_OF_IT.search(_words_of(small)) or _DENIED.search(_words_of(small))
            kind = "small schedule" if only_small and not said_more else "schedule shape"
            found.append(Stated(kind, line, " ".join(written.split())[:90], None, None, "words"))
    return found


#: A quantity of the noise named in words before its maths ("Here the merged standard deviation is", "the combined
#: variance of the two noises becomes"), and the end of the sentence after the maths.
_QUANTITY = re.compile(
    r"^\s*(?:here|so|thus|that\s+is)?\s*,?\s*the\s+(?:(?:merged|combined|summed|total|resulting|new)\s+)?"
    r"(?:standard\s+deviation|variance)(?:\s+of\s+the\s+(?:two\s+)?(?:merged\s+|combined\s+)?(?:noises?|gaussians))?"
    r"\s+(?:is|becomes)\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"^\s*\.?\s*$")


def _quantity_named(sentence: str) -> str | None:
    """The maths of a sentence that names a quantity of the noise by a chain of equations and says nothing else
    (:data:`_QUANTITY`: "Here the merged standard deviation is $\\sqrt{(1 - \\alpha_t) + \\alpha_t (1 - \\alpha_{t-1})}
    = \\sqrt{1 - \\alpha_t \\alpha_{t-1}}$."), or None.  The words name the quantity and give the schedule no
    shape; the chain says no more of the schedule than its equations do, so where they hold at every value of
    their names (:func:`assumptions._identity`) it says nothing a schedule may break, and otherwise it is a
    ``schedule shape``."""
    pieces = list(_SENTENCE_MATHS.finditer(sentence))
    if len(pieces) != 1:
        return None
    maths = pieces[0]
    written = next(group for group in maths.groups() if group is not None).strip("`")
    if not (_QUANTITY.match(sentence[: maths.start()]) and _SENTENCE_END.match(sentence[maths.end() :])):
        return None
    return written if "=" in written else None


def _beyond_ddpm(sentence: str) -> bool:
    """Whether ``sentence`` speaks of the schedule (its names in words, :data:`_SCHEDULE`, a word for the noise with
    one for its amount, :data:`_AMOUNT`, or maths of its names alone, :func:`_of_the_schedule`) in words beyond
    DDPM's own definitions (:data:`_DDPM_S_WORDS`, :data:`_TWO_NAMES`)."""
    maths = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(sentence)]
    words = _SENTENCE_MATHS.sub(lambda m: f" {_written_as(m)} ", sentence)
    named = _SCHEDULE.search(words) or (_FORWARD_NOISE_WORD.search(words) and _AMOUNT.search(words))
    if not (named or any(_of_the_schedule(piece) for piece in maths)):
        return False
    return bool(set(re.findall(r"\w+", words.lower())) - _DDPM_S_WORDS or _TWO_NAMES.search(words))


#: beta_t said small: asserted, to the end of its sentence ("$\\beta_t$ is small.", "$\\beta_t$ は十分小さい。"), or as the
#: case a clause after it holds in ("if $\\beta_t$ is small enough, ...", "$\\beta_t$が十分小さい場合は", "如果 $\\beta_t$
#: 很小，"); not "small at first", "smaller than", "small, and grows later" (words after it in its clause or sentence).
_BETA_T = r"\$\$?`?\s*\\beta_\{?\s*t\s*\}?\s*`?\$\$?"
#: The noise each forward step adds said small, as DDPM's own description of its forward process says it ("a process
#: in which we add (a) small amount(s) of Gaussian noise (to the sample) (in $T$ steps)"), to the end of its clause:
#: beta_t small at every one of the chain's T steps.  Its subject is right before the verb ("we add", "the process
#: adds"; not "we do not add"), and the clause ends the sentence or a participle follows it ("..., producing a sequence
#: of noisy samples"); not "small at first", "in $k$ steps", ", then more" (other words after it).
_SMALL_NOISE_ADDED = (
    r"\b(?:in\s+which\s+we|we|it|that|which|process)\s+add(?:s|ing)?\s+(?:an?\s+)?(?:very\s+)?small\s+amounts?\s+of\s+"
    r"(?:gaussian\s+)?noise(?:\s+to\s+the\s+(?:sample|data(?:\s+point)?))?"
    r"(?:\s+(?:in|over)\s+\$\$?`?\s*T\s*`?\$\$?\s+steps)?"
    r"(?=\s*(?:[.;]|$|,\s*(?:producing|yielding|giving|generating|resulting\s+in)\b))"
)
_SMALL = re.compile(
    rf"\b(?:if|when|as\s+long\s+as)\s+{_BETA_T}\s*(?:is|are)\s+(?:very\s+|sufficiently\s+)?small(?:\s+enough)?(?=\s*,)"
    rf"|{_BETA_T}\s*(?:is|are)\s+(?:very\s+|sufficiently\s+)?small(?:\s+enough)?(?=\s*\.?\s*$)"
    rf"|{_BETA_T}\s*(?:が|は)\s*(?:十分|じゅうぶん|非常に|とても)?\s*小さい(?=\s*(?:場合(?:は|に)?|とき(?:は|に)?|なら(?:ば)?"
    r"|[。.]?\s*$))"
    rf"|(?:如果|若|当)\s*{_BETA_T}\s*(?:很|非常|足够)小(?=\s*(?:时|的话)?\s*[，,])"
    rf"|{_SMALL_NOISE_ADDED}",
    re.IGNORECASE,
)
#: Words in the rest of a sentence that may say more of beta_t's size (refer back to it, or name a step, a time, a
#: growth or a change: "..., which it is only at first", "..., and grows later"): its schedule is not DDPM's scale.
_MORE_OF_IT = re.compile(
    r"\b(?:it|its|which|they|them|steps?|first|last|later|early|initial\w*|final\w*|end|start\w*|begin\w*|large\w*"
    r"|big\w*|grow\w*|increas\w*|decreas\w*|chang\w*|var(?:y|ies|ying)|only|except|unless)\b"
    r"|それ|ステップ|最初|最後|初め|後半|前半|大き|増|減|変|だけ|のみ|它|步|开始|最后|后期|前期|大|增|减|变|只|단계|처음|마지막|크|증가|감소|변|만",
    re.IGNORECASE,
)

#: Words that may deny or set aside what the rest of a sentence says of beta_t's size ("It is false that we add small
#: amounts of noise", "we never ...", "rather than"): its schedule is not DDPM's scale.
_DENIED = re.compile(
    r"\b(?:not|no|never|false|untrue|neither|nor|without|instead|rather|hardly|rarely|seldom)\b|n't\b"
    r"|ない|不|没|않|아니",
    re.IGNORECASE,
)


#: A relation in maths the checker reads (an equation or an order; not ``\\equiv``, "for every index", nor
#: ``\\approx``).
_RELATION = re.compile(r"(?<![<>!:\\])=|<|>|\\(?:le|leq|ge|geq|lt|gt)(?![A-Za-z])")


def _relations_stated(sentence: str) -> bool:
    """Whether ``sentence`` states relations of the schedule plainly, which the checker reads and a counterexample
    must meet ("Here $1 > \\alpha_1 > \\cdots > \\alpha_T > 0.5$.", "Here $\\alpha_t = \\frac14$.", "Here $2\\alpha_t$
    is smaller than $1$."): its words, those of an order between two maths aside (:data:`orders._COMPARED`), are
    plain (:func:`orders._plain_words`) with a framing word (:data:`orders._FRAMING`), its maths say no more
    (:data:`orders.MATHS_SAYS_MORE`), and each maths of the schedule alone is a relation (:data:`_RELATION`) or
    compared in words."""
    pieces = _SENTENCE_MATHS.split(sentence)
    words, maths = (
        pieces[::4],
        [next((p for p in pieces[at : at + 3] if p is not None), "") for at in range(1, len(pieces), 4)],
    )
    compared = set()
    for at in range(len(maths) - 1):
        for between, tail, _ in _COMPARED:
            ending = re.match(tail, words[at + 2]) if tail else None
            if between.match(words[at + 1]) and (ending is not None or not tail):
                compared |= {at, at + 1}
                words[at + 1] = " "
                words[at + 2] = words[at + 2][ending.end() :] if ending is not None else words[at + 2]
                break
    said = " ".join(words)
    return (
        bool(maths)
        and _plain_words(said)
        and _FRAMING.search(said) is not None
        and not MATHS_SAYS_MORE.search(sentence)
        and all(at in compared or _RELATION.search(m) or not _of_the_schedule(m) for at, m in enumerate(maths))
        and any(_of_the_schedule(m) for m in maths)
    )


def _of_the_schedule(maths: str) -> bool:
    """Whether inline maths names the schedule (:data:`_NAME`) and no other names: its letters, once the
    schedule's names and the commands of :data:`_NOT_NAMES` are taken out, are indices (:data:`_INDEX_LETTERS`):
    ``\\beta_t = 0.02``, ``\\bar\\alpha_T \\approx 0``, ``\\beta``; not ``\\sigma_t^2 = \\beta_t``."""
    if not re.search(_NAME, maths):
        return False
    rest = _NOT_NAMES.sub(" ", re.sub(_NAME, " ", maths.strip("`")))
    return "\\" not in rest and set(re.findall(r"[A-Za-z]", rest)) <= _INDEX_LETTERS


def _written_as(match: re.Match) -> str:
    """Inline maths as a word of its sentence: ``xname`` or ``xschedule`` for the schedule as DDPM writes it
    (:data:`_DDPM_S_NAMES`, :data:`_DDPM_S_SCHEDULE`), ``xsaid`` (no word of DDPM's) for any other maths of the
    schedule alone or of numbers alone (``\\beta``, ``\\beta_t = \\beta``, ``0.02``), ``xmaths`` for maths of other
    names."""
    maths = (match.group(1) or match.group(2) or match.group(3) or "").strip("`")
    bare = re.sub(r"\s+", "", maths)
    if _DDPM_S_NAMES.fullmatch(bare):
        return "xname"
    if _DDPM_S_SCHEDULE.fullmatch(bare):
        return "xschedule"
    if _of_the_schedule(maths) or _NUMBERS_ONLY.fullmatch(maths):
        return "xsaid"
    return "xmaths"


#: Words that put a schedule at an end of its range, outside the box (0, 1) the context's convention gives its
#: names ("adds no noise", "noiseless", "a step of pure noise", "degenerate", "in the limit", "the last beta is one",
#: "beta is zero", "vanishes"): not a shape within the schedules the note may mean, but one beyond them.
_AT_AN_END = re.compile(
    r"\b(?:no\s+noise|noiseless|noise-free|without\s+noise|pure\s+noise|degenerate|limit\w*|vanish\w*|zero(?:e?s)?"
    r"|(?:is|are|equals?|be|becomes?|to|of)\s+(?:exactly\s+)?(?:one|1|0)|kein\w*\s+rauschen|sans\s+bruit"
    r"|sin\s+ruido|d[ée]g[ée]n[ée]r\w*|degenerad\w*|entartet\w*)\b|無ノイズ|无噪|노이즈\s*없",
    re.IGNORECASE,
)


def leaves_the_box(shape: Stated) -> bool:
    """Whether a ``schedule shape`` says a value at an end of the schedule's range (:data:`_AT_AN_END`): it may put
    the schedule outside the box (0, 1), so it does not only narrow the schedules the note may mean."""
    return shape.kind in ("schedule shape", "small schedule") and bool(_AT_AN_END.search(shape.text))
