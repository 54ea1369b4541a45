"""Sentences that drop an index from the names after them ("We drop the index $t$ from now on", "we omit the
subscript", "suppressing the time index", "for brevity we write $\\epsilon$ for $\\epsilon_t$"): from there on a
bare name and the same name with an index may be one name, which the kernel reads as two (:func:`index_dropped`,
:func:`bare_beside_indexed`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from diffproof.notecheck.statements.sentences import _SENTENCE_MATHS, _raw_sentences
from diffproof.notes import Notes

Key = tuple[str, str, str]

#: A verb that takes an index away ("drop", "omit", "suppress", "leave out", "elide", "abbreviate", "leave
#: implicit", "remove", "skip", "ignore", "discard", "strip", "leave off", "dispense with", "do away with", "do
#: without", "forgo", "spare", "get rid of", "dispose of").
_VERB = (
    r"(?:drop|omit|suppress|leav(?:e|ing)\s+out|left\s+out|implicit|elid|abbreviat|remov|skip|ignor|discard|strip"
    r"|leav(?:e|ing)\s+off|left\s+off|dispens|(?:do|does|doing|did|done)\s+(?:away\s+with|without)|forgo|forwent"
    r"|forego\b|foregoes\b|spar(?:e|es|ed|ing)\b|(?:get|gets|getting|got|gotten)\s+rid\s+of"
    r"|dispos(?:e|es|ed|ing)\s+of)\w*"
)
#: A word for an index in English.
_INDEX_WORD = r"\b(?:ind(?:ex|ices|exes)|subscripts?|superscripts?)\b"
#: What it takes away: an index or subscript in words, or a dependence.
_WHAT = r"(?:ind(?:ex|ices|exes)|subscripts?|superscripts?|dependence)"
#: The verb and what it takes away, a few words apart ("we drop the time index", "the index $t$ is dropped"), or an
#: index in maths just after the verb ("we drop $t$"; "the assumption on $q$ is dropped" drops no index).
_DROPS = re.compile(
    rf"\b{_VERB}\s+(?:[\w-]+\s+){{0,3}}?{_WHAT}\b|\b{_VERB}\s+maths\b"
    rf"|\b{_WHAT}\s+(?:[\w-]+\s+){{0,3}}?(?:is\s+|are\s+)?{_VERB}",
    re.IGNORECASE,
)
#: The same in German ("wir lassen den Index weg", "der Index wird weggelassen"), French ("on omet l'indice",
#: "l'indice est sous-entendu"), Spanish ("omitimos el índice") and Chinese ("省略下标", "略去下标").
#: Words for an index or subscript in Portuguese, Italian, Dutch, Polish, Russian, Japanese, Korean and Chinese: any
#: word of the stem, plural or compound (índice, indici, Indizes, indexen, subíndice), not English "indexed".
_INDEX_ABROAD = r"\b\w*[ií]nd(?:ic[ei]s?|iz\w*|ex(?:en)?|eks\w*)\b|\b(?:pedic[ei]|subscri\w*)\b|\bиндекс\w*|添え?字|첨자|下标|角标|指标"
#: Verbs of omitting in the same languages, Swedish, Norwegian, Danish and Czech: omitimos, suprimimos, omettiamo,
#: tralasciamo, sottintendiamo, utelämnar, utelater, udelader, vynecháváme, (laten ...) weg / weglaten, pomijamy,
#: опускаем, 省略, 省く, 생략; and of not writing: "on ne note pas", "non scriviamo", "no escribimos", "não
#: escrevemos".
_OMIT_ABROAD = (
    r"\b(?:omit\w*|omet\w*|omiss\w*|suprim\w*|tralasci\w*|sottintend\w*|utel[äa]mn\w*|utelat\w*|udelad\w*"
    r"|vynech\w*|weg(?:ge)?la\w*|weg|pomij\w*|pomin\w*)\b|\bопуска\w*|\bопущ\w*"
    r"|\bопуст\w*|\bне\s+пиш\w*|省略|省く|省き|생략"
    r"|\bne\s+(?:not|écri|marqu)\w*\s+pas\b|\bn['’](?:écri|indiqu)\w*\s+pas\b|\bnon\s+(?:scriv|indic|riport)\w*"
    r"|\bno\s+(?:escrib|anot|indic)\w*|\bnão\s+(?:escrev|anot|indic)\w*"
)
#: A negation, or a verb of writing or of leaving out, said in the clause of a word for the index (in the languages
#: of :data:`_INDEX_ABROAD`): "no se escribe el índice", "l'indice n'est pas écrit", "non viene scritto", "è
#: sottinteso", "lassen den Index fort".  Read as dropping it, whatever it says: a sentence so read only holds a step
#: that writes a name both bare and indexed.
_NOT_WRITTEN_ABROAD = (
    r"\b(?:no|non|ne|nicht|não|nao|niet|ikke|inte|nie|ei)\b|\bn['’]|\bне\b"
    r"|\b(?:scri\w*|escri\w*|escrev\w*|écri\w*|ecri\w*|schreib\w*|geschrieben|sottint\w*|sous-ent\w*|fort|weg)\b"
)
_DROPS_ABROAD = re.compile(
    r"\blass\w*\s+(?:\w+\s+){0,4}?(?:Index|Indizes|Subskripte?)\b.{0,40}?\bweg\b"
    r"|\b(?:Index|Indizes|Subskripte?)\b.{0,40}?\b(?:weggelassen|fortgelassen|unterdrückt)"
    # German puts the negation of writing last: "schreiben wir den Index $t$ nicht", "der Index wird nicht geschrieben"
    r"|\bschreib\w*\s+(?:\w+\s+){0,4}?(?:Index|Indizes|Subskripte?)\b[^.;:!?]{0,30}?\bnicht\b"
    r"|\b(?:Index|Indizes|Subskripte?)\b[^.;:!?]{0,40}?\bnicht\s+(?:mehr\s+)?(?:mit)?(?:geschrieben|notiert|angegeben)\b"
    r"|\b(?:om(?:et|ett)\w*|omis\w*|supprim\w*|sous-entend\w*)\s+(?:\w+\s+){0,3}?(?:l'|les\s+|el\s+|los\s+)?"
    r"(?:indices?|índices?|subíndices?)\b"
    r"|\b(?:l'|les\s+)?indices?\s+(?:est|sont)\s+(?:omis|supprimés?|sous-entendus?)"
    r"|\b(?:omit|suprim)\w*\s+(?:\w+\s+){0,3}?(?:el|los)\s+(?:sub)?índices?\b"
    r"|(?:省略|略去|省去|不写|不再写)\S{0,6}?(?:下标|角标|指标)"
    # elsewhere, a verb of omitting and a word for the index in one clause, in either order
    rf"|(?:{_OMIT_ABROAD})[^.;:!?]{{0,40}}?(?:{_INDEX_ABROAD})|(?:{_INDEX_ABROAD})[^.;:!?]{{0,40}}?(?:{_OMIT_ABROAD})"
    rf"|(?:{_NOT_WRITTEN_ABROAD})[^.;:!?]{{0,40}}?(?:{_INDEX_ABROAD})|(?:{_INDEX_ABROAD})[^.;:!?]{{0,40}}?(?:{_NOT_WRITTEN_ABROAD})",
    re.IGNORECASE,
)
#: Maths that may be an index: one letter or a command's name ("we drop $t$"), not a formula ("drop $\\mid x_0$",
#: a condition dropped, whose names stay as written).
_INDEX = re.compile(r"\\?[A-Za-z]+")
#: A verb's auxiliary or adverb between a subject and its verb ("is ever", "will be", "has been").
_AUXILIARY = r"(?:is|are|was|were|be|been|being|gets?|got|will|shall|has|have|ever|here|now|then|thereby)"
#: Words that except some indices from what is said of all ("except the time index", "apart from", "save",
#: "other than", "excluding"): said of every index written (or none dropped), they leave the excepted ones dropped.
_EXCEPTIONS = (
    r"except\w*|unless|save|other\s+than|apart\s+from|aside\s+from|excluding|barring|besides|but\s+for"
    r"|with\s+the\s+exception"
)
#: What a negation may stand beside on its way to the verb it denies: an auxiliary or an adverb ("we do not ever drop",
#: "is not then omitted", "we have never explicitly dropped"), not another verb ("as $t$ never changes we drop the
#: index" denies the changing, not the dropping).
_TO_ITS_VERB = rf"(?:(?:{_AUXILIARY}|do|does|did|even|yet|further|again|\w+ly)\s+){{0,2}}?"
#: What may follow a verb of keeping and its object where the keeping is of the index's writing ("we keep the index
#: $t$", "we keep it throughout", "$t$ is retained in the notation"): the clause's end, a conjunction, or an adverbial of
#: writing, place or time.  Anything else is a complement the object is kept in, not a writing kept ("keep it short",
#: "keep $t$ fixed", "is kept constant").
_KEPT_AS_WRITTEN = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|so|while|whereas|yet|explicit\w*|visibl\w*|written|shown|throughout"
    r"|everywhere|always|intact|unchanged|too|also|hereafter|henceforth|below|here|there|from\s+now\s+on"
    r"|as\s+(?:is|it\s+is|written|before|usual)"
    r"|in\s+(?:the\s+|all\s+|every\s+|our\s+)?(?:notation|formulas?|subscripts?|names?|equations?|expressions?"
    r"|writing|text|place|full|view)"
    r"|(?:on|of|for)\s+(?:the\s+|every\s+|all\s+|each\s+|its\s+)?(?:maths|names?|symbols?|variables?|quantit\w*"
    r"|nois\w*|formulas?|clarity|completeness))\b)"
)
#: Words that only determine the noun after them ("the", "all the", "both"): a keeping's object may start with them.
_DETERMINERS = r"(?:the|a|an|this|that|these|those|its|their|our|every|each|all|both|any|of)"
#: The object of a verb of keeping when it is the index: a word for it or its maths, after determiners and at most two
#: qualifiers ("the time index", "all the diffusion indices"), no determiner after a qualifier ("keep things simple the
#: index is dropped" keeps things) and no pronoun or verb of dropping; or a pronoun ("keep it", "keep all of them").
_KEPT_OBJECT = (
    rf"(?:(?:{_DETERMINERS}\s+){{0,3}}(?:(?!(?:{_DETERMINERS}|we|us|it|them|they|you|one|maths|formula)\b|{_VERB})"
    rf"[\w-]+\s+){{0,2}}?(?:{_WHAT}(?!-)(?:\s+maths)?|maths)|(?:(?:all|both|each|any|none)\s+(?:of\s+)?)?(?:it|them))"
)
#: Words that keep the index rather than drop it: a verb of dropping denied ("we do not drop the index", "we never
#: omit t", "the index is not dropped", "we no longer drop it"; the negation beside the verb, :data:`_TO_ITS_VERB`), a
#: subject denied ("No index is ever dropped.", "None of the indices are omitted.", unless the sentence spares some:
#: :data:`_EXCEPTIONS`, "but", "only"), "we keep the index" or "$t$ is retained" (the keeping of its writing,
#: :data:`_KEPT_OBJECT`, :data:`_KEPT_AS_WRITTEN`: not "To keep it short"), "without dropping".  A denial of anything
#: else ("we do not write the index") or a keeping of anything else ("we keep the notation") keeps nothing.  Said only
#: of its own clause (:func:`_drops`: "we drop the index $t$ and keep every other symbol" drops it).
_KEPT = re.compile(
    rf"(?:\b(?:not|never|no\s+longer)|n't)\s+{_TO_ITS_VERB}(?:be\s+|been\s+)?{_VERB}"
    # a subject denied ("No index is ever dropped.", "None of the subscripts are omitted."), sparing none after it
    rf"|\b(?:no|none\s+of(?:\s+\w+)?|neither|not\s+(?:a|one|a\s+single|any))\s+(?:[\w-]+\s+){{0,2}}?{_WHAT}\s+"
    rf"(?![^.;:!?]*\b(?:{_EXCEPTIONS}|but|only)\b)(?:{_AUXILIARY}\s+){{1,4}}{_VERB}"
    # a verb of keeping said of an index's writing, in maths or a pronoun ("we keep the index $t$", "$t$ is retained"),
    # not of anything else ("we keep every other symbol as it is") nor of a state it is kept in ("keep it short")
    rf"|\b(?:keep\w*|retain\w*)\s+{_KEPT_OBJECT}{_KEPT_AS_WRITTEN}(?![^.]*\bimplicit)"
    rf"|\b(?:{_WHAT}|maths)\s+(?:[\w-]+\s+){{0,3}}?(?:is|are|be)\s+(?:(?!not\b|never\b)\w+\s+)?(?:kept|retained)\b"
    rf"{_KEPT_AS_WRITTEN}"
    r"(?![^.]*\bimplicit)"
    r"|\bwithout\s+dropping\b",
    re.IGNORECASE,
)
#: A keeping denied, right before the words :data:`_KEPT` matches ("we do not keep the index $t$", "we no longer
#: retain it", "without keeping the index"): it keeps nothing, it drops the index (read so by the readers of an index
#: spoken of, :func:`_names_an_index`, :func:`_unnamed_dropped`).
_KEEPING_DENIED = re.compile(rf"(?:(?:\b(?:not|never|no\s+longer)|n't)\s+{_TO_ITS_VERB}|\bwithout\s+)$", re.IGNORECASE)


def _keepings(words: str) -> list[re.Match]:
    """The words that keep the index (:data:`_KEPT`), less a keeping denied (:data:`_KEEPING_DENIED`)."""
    return [m for m in _KEPT.finditer(words) if not _KEEPING_DENIED.search(words[: m.start()])]


#: An index no longer written: "we do not write the index", "we no longer write $t$", "the subscript is not written",
#: "we write $x$ without its index".
_UNWRITTEN = re.compile(
    rf"(?:\b(?:not|never|no\s+longer)|n't)\s+(?:\w+\s+){{0,2}}?writ\w*\s+(?:[\w-]+\s+){{0,3}}?(?:{_WHAT}|maths)\b"
    rf"|\b{_WHAT}\s+(?:[\w-]+\s+){{0,3}}?(?:is|are)\s+(?:not|never|no\s+longer)\s+(?:written|shown)\b"
    rf"|\bwithout\s+(?:its|their|the|any|an)\s+(?:[\w-]+\s+)?{_WHAT}\b",
    re.IGNORECASE,
)
#: A word for an index in any language the readers know one in (:data:`_INDEX_ABROAD`; not "dependence", which a
#: sentence speaks of for much else: "we separate the dependence on $x$"), and the letter it names where one follows
#: it ("the index t", "첨자 t").
_SPOKEN_OF = re.compile(
    rf"(?:{_INDEX_WORD}|{_INDEX_ABROAD})(?:\s*(?:\*\*|\*|_)?([A-Za-z])(?![A-Za-z]))?",
    re.IGNORECASE,
)
#: A verb of keeping in the languages of :data:`_INDEX_ABROAD` ("Wir behalten den Index $t$ bei", "manteniamo",
#: "conservamos", "on garde", "保留", "유지"): a sentence that speaks of an index with one keeps it.  Read only where
#: no table reads the sentence as dropping the index (:func:`_names_an_index`), never against one that does.
_KEPT_ABROAD = re.compile(
    r"\b(?:behalt\w*|behält|beibehalt\w*|manten\w*|mantien\w*|mantém|mantemos|conserv\w*|gard\w*|behoud\w*"
    r"|сохран\w*)\b|保留|保持|残す|残し|유지",
    re.IGNORECASE,
)
#: A word of omission or of implicitness, or a verb of writing denied ("$t$ is not written"), in English or the
#: languages of :data:`_OMIT_ABROAD`: a sentence with one that names in maths what may be an index ("the dependence
#: on $t$ is left implicit", "we write $\\epsilon$ without $t$", "$t$ is implicit in $\\epsilon$", "a bare
#: $\\epsilon$ is the noise at step $t$", "every name is at step $t$ unless indexed otherwise") may drop it, in
#: words no table reads, so it is read so for the names indexed by it (the fail-safe direction: it only holds a step
#: writing such a name both bare and indexed); one that speaks of an index naming none ("the index is clear from
#: context", "the index goes unwritten") drops it (:func:`_unnamed_dropped`).
_OMISSION = re.compile(
    rf"\b(?:implicit\w*|implied|without|understood|tacit\w*|hidden|suppress\w*|elid\w*|drop\w*|left\s+out"
    rf"|leav\w*\s+out)\b"
    rf"|\bfrom\s+(?:the\s+)?context\b|\b(?:unwritten|unindexed|unsubscripted|silent\w*|bare|absent|missing)\b"
    rf"|\bunless\s+(?:\w+\s+)?(?:indexed|subscripted)\b"
    # a verb of writing or showing denied: "$t$ is not written", "we do not write $t$", "$t$ is never shown"
    r"|(?:\b(?:not|never|no\s+longer)|n't)\s+(?:\w+\s+){0,2}?(?:writ|shown?\b|shows|display|indicat)\w*"
    # implicit, understood or suppressed in German, Spanish, Portuguese, Russian, Chinese, Japanese and Korean
    r"|\b(?:implizit\w*|impl[íi]cit\w*|sobre?enti?end\w*|unterdrück\w*)\b|\bподразумева\w*|\bнеявн\w*"
    rf"|默认|隐含|暗黙|암묵|{_OMIT_ABROAD}",
    re.IGNORECASE,
)
#: "we write $a$ for $a_t$", "$a$ stands for $a_t$", "$a$ denotes $a_t$", "$a$ is short for $a_t$", "$a$ means
#: $a_t$", "$a$ in place of $a_t$": a name written for itself indexed.
_WRITTEN_FOR = re.compile(
    r"\b(?:write|writes|written|stands?|denot\w*|means|shorthand|short\s+for|abbreviat\w*|refers?\s+to|in\s+place\s+of"
    r"|instead\s+of)\b",
    re.IGNORECASE,
)
#: A negation in English: said in a sentence that speaks of an index naming none ("the subscript is not shown", "we
#: don't show the index"), it may deny the index its writing.
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\b|n't\b", re.IGNORECASE)
#: The same abroad: a negation or a verb of writing (:data:`_NOT_WRITTEN_ABROAD`), or a negation in Chinese, Japanese
#: or Korean ("下标默认不写", "첨자는 쓰지 않는다").
_NEGATED_ABROAD = re.compile(rf"{_NOT_WRITTEN_ABROAD}|不|没|ない|せず|않", re.IGNORECASE)
#: Words that write the indices again ("From now on all indices are written.", "we restore the index", "the
#: subscripts are shown explicitly again"): a verb of restoring, or of writing or showing said to last (again, from
#: now on, explicitly, all ...), beside a word for an index.
_RESTORED = re.compile(r"\b(?:restor\w*|reinstat\w*|put\s+back)\b", re.IGNORECASE)
_WRITTEN = re.compile(r"\b(?:writ\w*|shown?|shows|display\w*)\b", re.IGNORECASE)
_LASTING = re.compile(
    r"\b(?:again|from\s+now\s+on|hence\w*|from\s+here\s+on|hereafter|explicit\w*|in\s+full|throughout|always|all"
    r"|every)\b",
    re.IGNORECASE,
)
#: Words that spare the writing of an index to some places ("only where needed", "unless", "except", "apart from the
#: time index"): said of an index, they drop it elsewhere.
_SPARING = re.compile(rf"\b(?:only|{_EXCEPTIONS}|(?:where|when|if)\s+(?:needed|necessary))\b", re.IGNORECASE)
#: Words that restrict, deny or place elsewhere the writing (those of :data:`_SPARING`, "not", "when", "if", "in the
#: appendix", "in the code", "were written above"): a sentence with one takes nothing back.
_RESTRICTED = re.compile(
    rf"{_SPARING.pattern}|\b(?:not|never|no|when\w*|where\w*|if|appendi\w*|sections?|chapters?|parts?|figures?"
    r"|tables?|code|proofs?|examples?|lemmas?|theorems?|elsewhere|there|was|were|had|earlier|above|previous\w*"
    r"|before)\b"
    r"|n't\b",
    re.IGNORECASE,
)

#: Words that say a restore is not done: a question (its mark, kept by :func:`_said`, or its word order), a modal
#: ("would clutter", "could", "should", "may", "can", "must"), a supposition, the work left to someone ("left to
#: the reader", "an exercise"), or a reason not to write ("Writing every index is too heavy.", "cumbersome",
#: "clutters the formulas", "unnecessary"): a sentence that judges the writing says why it is not done.
_UNDONE = re.compile(
    r"\?|^\W*(?:are|is|do|does|did|was|were|has|have|will|shall)\b"
    r"|\b(?:would|could|might|should|may|can|cannot|must|ought|suppos\w*|imagin\w*|whether|left\s+to"
    r"|leav\w*\s+(?:\w+\s+)?to|readers?|exercises?"
    r"|too\s+\w+|heav\w*|cumbersome|tedious|clutter\w*|unwieldy|burden\w*|awkward\w*|impractical|messy|verbose|lengthy"
    r"|overkill|unnecessar\w*|needless\w*|superfluous|redundant|excessive\w*|distract\w*|obscur\w*|painful"
    r"|laborious|noisy|ugly|costly)\b",
    re.IGNORECASE,
)
#: A word for an index in English with a qualifier before it that is no determiner ("the spatial indices", "all
#: summation indices"): it speaks of other indices than the one dropped.
_QUALIFIED = re.compile(
    r"\b(?!(?:the|all|every|each|any|both|these|those|our|its|their|of|and|with|on|in|to|for|by|again|are|is|be"
    r"|been|we|us|now|then|maths|restor\w*|reinstat\w*|writ\w*|shown?|shows|display\w*|back)\b)[A-Za-z][\w-]*\s+"
    rf"(?={_INDEX_WORD})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dropped:
    """A sentence that drops an index, its line and its words (shortened); ``leading``: it only speaks of an index
    in words no table reads, naming none, and is said only for the displays its paragraph leads into; ``letters``: it
    only names in maths beside a word of omission what may be an index (:data:`_OMISSION`), and holds only a step
    writing a name indexed by one of them."""

    line: int
    sentence: str
    leading: bool = False
    letters: frozenset[str] = frozenset()


def index_dropped(notes: Notes) -> list[Dropped]:
    """Each sentence of the prose (or a step's remark) that drops an index: a verb of dropping before or after an
    index in words or maths (:data:`_DROPS`), or a name written for itself with an index ("we write $\\epsilon$ for
    $\\epsilon_t$"), and no word that keeps the index (:data:`_KEPT`); or that may drop one, as it speaks of an
    index it names in words no table reads (:func:`_names_an_index`: "the index $t$ is understood"), or naming none
    beside a word of omission or a negation (:func:`_unnamed_dropped`: "The index is understood."); or a sentence of
    the prose that speaks of an index naming none otherwise (:func:`_speaks_of_an_index`: "**t** is the timestep
    (indices)") and does not write it again (:func:`_restores`), said for the displays its paragraph leads into (a
    step's remark so worded speaks of its own rewriting: "switched the product's index"); or one that names in maths
    beside a word of omission what may be an index (:func:`_omitted_letters`), for the names indexed by it."""
    said, prose = _said(notes)
    found: list[Dropped] = []
    for at, (line, sentence) in enumerate(said):
        shown = " ".join(sentence.split())[:80]
        if _drops(sentence):
            found.append(Dropped(line, shown))
        elif at < prose and _speaks_of_an_index(sentence) and not _restores(sentence):
            found.append(Dropped(line, shown, leading=True))
        elif letters := _omitted_letters(sentence):
            found.append(Dropped(line, shown, letters=letters))
    return found


def indices_written_again(notes: Notes) -> list[int]:
    """The lines of the prose's sentences that write the indices again, naming none (:data:`_RESTORED`: "From now on
    all indices are written."), with no word that restricts or denies it (:data:`_RESTRICTED`) and none that drops
    an index: each takes back the drops said before it (:func:`dropped_for`)."""
    said, prose = _said(notes)
    return [line for line, sentence in said[:prose] if _restores(sentence) and not _names_one(sentence)
            and not _drops(sentence)]  # fmt: skip


def _said(notes: Notes) -> tuple[list[tuple[int, str]], int]:
    """Each sentence of the prose with its line (a question with its mark, which the splitter drops), then each step's
    remark with the step's line; and how many are of the prose."""
    said: list[tuple[int, str]] = []
    for paragraph in notes.prose:
        text, at = paragraph.text.replace("\n", " "), 0
        for sentence in _raw_sentences(text):
            at = max(text.find(sentence, at), at)
            asked = "?" if text[at + len(sentence) : at + len(sentence) + 1] == "?" else ""
            said.append((paragraph.line + paragraph.text[:at].count("\n"), sentence + asked))
    prose = len(said)
    return said + [(step.line, step.remark) for step in notes.steps if step.remark], prose


def dropped_for(notes: Notes, line: int) -> list[Dropped]:
    """The sentences that drop an index (:func:`index_dropped`) said for the step on ``line``: before it, and not
    taken back before its display by a sentence that writes the indices again (:func:`indices_written_again`), or in
    the paragraph that carries its display on ("where we dropped the index $t$ of $x$"), no other display between; one
    that only speaks of an index (:attr:`Dropped.leading`) only in the last paragraph before the display."""
    start, last = next(((first, end) for first, end in notes.displays if first <= line <= end), (line, line))
    following = min((p for p in notes.prose if p.line > last), key=lambda p: p.line, default=None)
    after = last
    if following is not None and not any(last < first < following.line for first, _ in notes.displays):
        after = following.line + following.text.count("\n")
    leading = max((p for p in notes.prose if p.line + p.text.count("\n") < start), key=lambda p: p.line, default=None)
    into = range(leading.line, leading.line + leading.text.count("\n") + 1) if leading is not None else range(0)
    again, found = indices_written_again(notes), index_dropped(notes)
    before = [d for d in found if d.line <= line and not any(d.line < at < start for at in again)]
    return [d for d in found if (d.line in into if d.leading else d in before or last < d.line <= after)]


def _drops(sentence: str) -> bool:
    maths = [_inline(m) for m in _SENTENCE_MATHS.finditer(sentence)]
    words = _SENTENCE_MATHS.sub(lambda m: " maths " if _INDEX.fullmatch(_inline(m)) else " formula ", sentence)
    if _dropped_in_a_clause(words):
        return True
    if _keepings(words):
        return False
    if _restores(sentence):
        return False
    if _names_an_index(sentence) or _unnamed_dropped(sentence):
        return True
    bare = {re.sub(r"\s+", "", piece) for piece in maths}
    indexed = {re.sub(r"\s+", "", piece).split("_", 1)[0] for piece in maths if "_" in piece}
    return bool(_WRITTEN_FOR.search(words) and bare & indexed)


#: Where a sentence's clauses part: a comma, colon or semicolon, or a conjunction between clauses ("To keep it short,
#: we drop the index $t$", "we drop the index $t$ and keep every other symbol", "We never drop an index silently, so
#: we say it here: we drop the index $t$").  A word of keeping never spans one (its table joins words by spaces).
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|so|while|whereas|yet|whilst)\b", re.IGNORECASE)


def _dropped_in_a_clause(words: str) -> bool:
    """Whether the words drop an index (:data:`_DROPS`, :data:`_UNWRITTEN`, :data:`_DROPS_ABROAD`) in a clause where
    no word keeps it (:data:`_KEPT`, read in the whole sentence for what it spares after it): a word of keeping is
    said of its own clause, so "keep every other symbol" or "we never drop an index silently" beside "we drop the
    index $t$" keeps nothing of it (the fail-safe direction: a drop only holds a step writing a name both bare and
    indexed).  A keeping denied keeps nothing (:func:`_keepings`), and each clause is also read alone: a drop read
    across a break ("the index $s$ but drop") would hide its own clause's drop ("we keep the index $s$ but drop
    $t$")."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(words)]
    kept = {bisect.bisect_right(breaks, m.start()) for m in _keepings(words)}
    clauses = zip([0, *breaks], [*breaks, len(words)])
    return any(bisect.bisect_right(breaks, start + m.start()) not in kept
               for start, end in [(0, len(words)), *clauses] for m in _drop_words(words[start:end]))  # fmt: skip


def _drop_words(words: str) -> Iterator[re.Match]:
    """The words that drop an index (:data:`_DROPS`, :data:`_UNWRITTEN`, :data:`_DROPS_ABROAD`)."""
    return (m for table in (_DROPS, _UNWRITTEN, _DROPS_ABROAD) for m in table.finditer(words))


def _restores(sentence: str) -> bool:
    """Whether the sentence writes an index again (:data:`_RESTORED`, beside a word for an index) with no word that
    restricts or denies it (:data:`_RESTRICTED`), said as done (no question, modal or task left to the reader:
    :data:`_UNDONE`) and of every index: a word for an index with no qualifier (:data:`_QUALIFIED`: "We restore the
    spatial indices." restores others)."""
    words = _SENTENCE_MATHS.sub(" maths ", sentence)
    again = _RESTORED.search(words) or (_WRITTEN.search(words) and _LASTING.search(words))
    done = not _RESTRICTED.search(words) and not _UNDONE.search(words)
    return bool(_SPOKEN_OF.search(words) and again and done and _of_every_index(words))


def _of_every_index(words: str) -> bool:
    """Whether the words speak of an index with no qualifier before it ("all indices", "the index"), not only of
    other indices ("the spatial indices")."""
    qualified = {m.end() for m in _QUALIFIED.finditer(words)}
    return any(m.start() not in qualified for m in re.finditer(_INDEX_WORD, words, re.IGNORECASE))


def _unnamed_dropped(sentence: str) -> bool:
    """Whether the sentence speaks of an index (:func:`_speaks_of_an_index`) beside a word of omission or
    implicitness (:data:`_OMISSION`: "The index is understood.", "Indices are tacit."), a negation (:data:`_NEGATED`,
    :data:`_NEGATED_ABROAD`: "We don't show the subscript.", "첨자는 쓰지 않는다") or a word that spares it to some
    places (:data:`_SPARING`: "Indices are written only where needed."): it drops the index it speaks of, so it is
    said for the rest of the note (until taken back), not only for the display its paragraph leads into."""
    words = _SENTENCE_MATHS.sub(" maths ", sentence)
    said = (_OMISSION, _NEGATED, _NEGATED_ABROAD, _SPARING)
    return _speaks_of_an_index(sentence) and any(words_of.search(words) for words_of in said)


def _speaks_of_an_index(sentence: str) -> bool:
    """Whether the sentence speaks of an index in words (:data:`_SPOKEN_OF`) with no word that keeps it (:data:`_KEPT`,
    :data:`_KEPT_ABROAD`): what it says of the index may be that it is dropped, in words no table reads."""
    words = _SENTENCE_MATHS.sub(" maths ", sentence)
    return bool(_SPOKEN_OF.search(words)) and not _keepings(words) and not _KEPT_ABROAD.search(words)


def _names_an_index(sentence: str) -> bool:
    """Whether the sentence names an index beside a word for an index, in maths or as the letter after the word ("the
    index $t$ is understood", "unterdrücken wir den Index $t$", "첨자 $t$는 쓰지 않는다"): what it says of the index
    may be that it is dropped, in words no table reads, so it is read so (the fail-safe direction: it only holds a
    step writing a name both bare and indexed).  One naming none ("t is the timestep (indices)") is said only for the
    display it leads into (:func:`dropped_for`)."""
    return _speaks_of_an_index(sentence) and _names_one(sentence)


def _names_one(sentence: str) -> bool:
    """Whether the sentence names what may be an index, in maths or as the letter after a word for an index."""
    spoken = _SPOKEN_OF.finditer(_SENTENCE_MATHS.sub(" maths ", sentence))
    named = (_inline(m) for m in _SENTENCE_MATHS.finditer(sentence))
    return any(s.group(1) for s in spoken) or any(_INDEX.fullmatch(m) for m in named)


def _omitted_letters(sentence: str) -> frozenset[str]:
    """What the sentence names in maths that may be an index (one letter or a command's name, :data:`_INDEX`), where
    it has a word of omission (:data:`_OMISSION`) and no word that keeps the index (:data:`_KEPT`); else none."""
    words = _SENTENCE_MATHS.sub(" maths ", sentence)
    if not _OMISSION.search(words) or _keepings(words) or _KEPT_ABROAD.search(words):
        return frozenset()
    named = (_inline(m) for m in _SENTENCE_MATHS.finditer(sentence))
    return frozenset(m.lstrip("\\") for m in named if _INDEX.fullmatch(m))


def _inline(match: re.Match) -> str:
    return (match.group(1) or match.group(2) or match.group(3) or "").strip()


def bare_beside_indexed(keys: set[Key], letters: frozenset[str] = frozenset()) -> str:
    """A name written both bare and with an index among ``keys`` (epsilon beside epsilon_t), shown, or ''; with
    ``letters``, only an index that writes one of them (t of epsilon_{t-1})."""
    bare = {(base, decoration) for base, decoration, index in keys if not index}
    both = sorted(f"{base}, {base}_{index}" for base, decoration, index in keys if index and (base, decoration) in bare
                  and (not letters or letters & set(re.findall(r"[A-Za-z]+", index))))  # fmt: skip
    return both[0] if both else ""
