"""Independence a note states of named variables, positively and in so many words: "$\\epsilon$ is independent of
$x_0$", "$x_0$ and $\\epsilon$ are independent", "Let $x_0, y$ and $\\epsilon$ be independent", "$\\epsilon$ is drawn
independently of $x_0$", "$x_0$ and $\\epsilon$ are i.i.d.", ``$\\epsilon \\perp x_0$`` (``\\perp\\!\\!\\!\\perp``, ⊥,
⫫), "$x_0$ und $\\epsilon$ sind unabhängig", "... sont indépendants", "... son independientes", "$x_0$ 与 $\\epsilon$
相互独立", "$\\epsilon$ 独立于 $x_0$".

A sentence states it only where the whole sentence is one of these forms, after lead-in words that assert ("Here",
"We assume that", "Note that", "where"): any other word -- a negation, a hedge, a condition, a question, a scope
("at the next step"), another's claim ("some authors say") -- leaves it stating nothing (read as written or not at
all: a form not read is no statement).  Only names count (each maths of a list a name alone, or a list of names):
"$x_0$ and $\\epsilon_1$ are independent" says nothing of $\\epsilon_2$ or of $\\epsilon_t$.  A list said
independent is mutually independent (each name its own group, as the statistician's "independent" means); one name
said independent of a list in words is so of each of them alone (pairwise: "independent of $a$ and $b$" is not read
as of the pair), of a tuple in maths (``\\epsilon \\perp (x_0, y)``) of the vector.  Prose only: a table's cells, a
quotation (``>``) and a heading state nothing.  Fail-safe: where any other sentence of the note speaks of
independence or dependence under a negation, a withdrawal, a hedge or a question ("we no longer assume that they are
independent", "are $x_0$ and $\\epsilon$ independent?"), the note states no independence at all; so too where
any sentence after a statement, whatever it speaks of, denies, doubts, abandons or points back at what was said
("None of the above holds", "a simplification we abandon below", "Please disregard the first paragraph"), or
a short remark right after it that reads no maths and does not lead on ("Scratch that.", "Это неверно."), where
any sentence sets a scope ("As a warm-up, consider a toy model", "Back to the real model") or makes expectations
conditional ("conditional on $x_t$", "after we observe $x_t$"), or where a sentence after a statement gives one of
its names a second meaning ("We write $\\epsilon$ also for ...", ``\\epsilon := ...``).  A statement on lines a
reader may not see (faint ink, a conditional TeX evaluates, a site's switch) states nothing, and one reaches only to
the next heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from diffproof.notecheck.contexts import Key
from diffproof.notecheck.statements.noise_ties import _lone
from diffproof.notecheck.statements.retractions import _WITHDRAWING
from diffproof.notecheck.statements.sentences import _NEGATED, _SENTENCE_MATHS, _raw_sentences
from diffproof.notes import Notes

#: One stated independence: the line that states it, the line of the next heading (where it ends: 0 for none), and
#: its groups of names (mutually independent vectors).
Stated = tuple[int, int, tuple[frozenset[Key], ...]]

#: Words before the statement that assert it ("Here", "We assume that", "Note that", "where", "Throughout").
_LEAD = (
    r"(?:(?:here|now|also|moreover|furthermore|throughout|where|and|note\s+that|recall\s+that|(?:we\s+)?assume"
    r"(?:\s+that)?|by\s+assumption|by\s+construction|in\s+(?:this|the)\s+(?:note|model|process))\s*,?\s*)*"
)
#: A list of maths ("M0 and M1", "M0, M1 and M2", "M0、M1"): M<k> is the k-th maths of the sentence.
_LIST = r"(?P<{0}>M\d+(?:\s*(?:,|、|，)\s*M\d+)*(?:\s*,?\s*(?:and|und|et|y|和|与|與|及|と|와|과)\s*M\d+)?)"
_ONE = r"(?P<{0}>M\d+)"
#: The words of independence, each language's.
_MUTUAL = (
    r"(?:are|be)\s+(?:mutually\s+|jointly\s+)?(?:independent|i\.\s?i\.\s?d\.?|independent\s+and\s+identically"
    r"\s+distributed)(?:\s+of\s+(?:each\s+other|one\s+another))?|are\s+(?:drawn|sampled)\s+(?:independently|i\.\s?i\.\s?d\.?)"
    r"|sind\s+(?:voneinander\s+|stochastisch\s+|gegenseitig\s+)?unabh[äa]ngig|sont\s+(?:mutuellement\s+)?ind[ée]pendant"
    r"(?:e|es|s)|son\s+(?:mutuamente\s+)?independientes|(?:是)?(?:相互|互相)?独立(?:的)?|(?:は|が)?(?:互いに)?独立(?:である|です)?"
)
_OF = (
    r"(?:is|be)\s+(?:(?:drawn|sampled|chosen)\s+)?independent(?:ly)?\s+of|ist\s+unabh[äa]ngig\s+von"
    r"|est\s+ind[ée]pendant(?:e)?\s+de|es\s+independiente\s+de|独立于"
)
_PLURAL_OF = r"are\s+(?:(?:drawn|sampled|chosen)\s+)?independent(?:ly)?\s+of|sind\s+unabh[äa]ngig\s+von"
_END = r"\s*[.。]?\s*"
#: The whole-sentence forms: a list mutually independent, one name (or a list, each) independent of a list (each).
_FORMS = (
    ("mutual", re.compile(rf"{_LEAD}(?:let\s+)?{_LIST.format('all')}\s*(?:{_MUTUAL}){_END}", re.IGNORECASE)),
    ("of", re.compile(rf"{_LEAD}{_ONE.format('one')}\s*(?:{_OF})\s*{_LIST.format('others')}{_END}", re.IGNORECASE)),
    (
        "of",
        re.compile(rf"{_LEAD}{_LIST.format('one')}\s*(?:{_PLURAL_OF})\s*{_LIST.format('others')}{_END}", re.IGNORECASE),
    ),
    ("maths", re.compile(rf"{_LEAD}{_ONE.format('one')}{_END}", re.IGNORECASE)),
)
#: The sign of independence in maths, once, between two sides (``\\perp\\!\\!\\!\\perp`` one sign).
_SIGN = re.compile(r"\\(?:perp|Perp|independent|indep)\b(?:\s*\\[!,]\s*)*(?:\\perp\b)?|⊥|⫫")
#: A tuple of names in maths, ``(x_0, y)``.
_TUPLE = re.compile(r"^\s*\\?(?:left)?\(\s*(.*?)\s*\\?(?:right)?\)\s*$")
#: Words of independence or dependence a withholding sentence may speak of.
_OF_INDEPENDENCE = re.compile(
    r"\bindepend\w*|\bi\.\s?i\.\s?d\b|\bdepend\w*|\bcorrelat\w*|\bunabh[äa]ngig\w*|\bind[ée]pendan\w*|\\perp\b|⊥|⫫"
    r"|\bassum\w*|\bhypothes\w*|独立|독립|依赖|相关",
    re.IGNORECASE,
)
#: Words that withhold what a sentence says: a hedge, a condition, a question, a scope, another's claim.
_WITHHOLDING = re.compile(
    r"\?|？|\b(?:if|whether|unless|suppose\w*|perhaps|maybe|may|might|could|would|should|assum\w*\s+(?:here\s+)?"
    r"only|longer|drop\w*|retract\w*|withdr\w*|some|claim\w*|say|says|said|step|only)\b",
    re.IGNORECASE,
)


def _names(maths: str) -> list[frozenset[Key]]:
    """The groups one maths gives a list: each name alone of a list of names ("$x_0, y$"), else none."""
    keys = _lone(maths)
    return [frozenset({key}) for key in sorted(keys)] if keys and len(keys) == maths.count(",") + 1 else []


def _sides(maths: str) -> tuple[frozenset[Key], ...]:
    """``a \\perp b`` or ``a \\perp (b, c)``: the two sides' names (a tuple a vector), where the maths is exactly
    that, one sign between names; else none.  A condition (``\\mid``, ``|``) is no independence of the names."""
    parts = _SIGN.split(maths)
    if len(parts) != 2 or re.search(r"\\mid\b|\||\\not|\\neg", maths):
        return ()
    found = []
    for part in parts:
        inside = _TUPLE.match(part)
        keys = _lone(inside.group(1) if inside else part)
        if not keys or (inside is None and "," in part):
            return ()
        found.append(frozenset(keys))
    return tuple(found) if not found[0] & found[1] else ()


def _stated(sentence: str) -> list[tuple[frozenset[Key], ...]]:
    """The independences one sentence states (see the module)."""
    written = [next(g for g in m.groups() if g is not None) for m in _SENTENCE_MATHS.finditer(sentence)]
    counter = iter(range(len(written)))
    words = " ".join(_SENTENCE_MATHS.sub(lambda _: f" M{next(counter)} ", sentence).split())

    def listed(group: str) -> list[frozenset[Key]] | None:
        found = [g for k in re.findall(r"M(\d+)", group) for g in (_names(written[int(k)]) or [frozenset()])]
        return None if not found or any(not g for g in found) or len(set(found)) != len(found) else found

    for form, pattern in _FORMS:
        match = pattern.fullmatch(words)
        if match is None:
            continue
        if form == "mutual":
            groups = listed(match.group("all"))
            return [tuple(groups)] if groups and len(groups) > 1 else []
        if form == "maths":
            sides = _sides(written[int(match.group("one")[1:])])
            return [sides] if sides else []
        ones, others = listed(match.group("one")), listed(match.group("others"))
        if not ones or not others or set(ones) & set(others):
            return []
        return [(one, other) for one in ones for other in others]
    return []


#: A sentence whose subject is the plural anaphor "They" ("They are independent of $\epsilon$"), and one whose
#: subject is a list of two or more maths and all its maths ("Here $x_0$ and $y$ are given.").
_THEY = re.compile(rf"{_LEAD}they\b", re.IGNORECASE)
_LISTED_SUBJECT = re.compile(rf"{_LEAD}{_LIST.format('all')}\s+(?:are|were)\b(?P<rest>.*)", re.IGNORECASE)
#: What may open another clause, with a subject of its own ("..., but their noises are drawn afresh"): punctuation
#: inside the sentence or a word that joins clauses.
_ANOTHER_CLAUSE = re.compile(
    r"[,;:()—–]|\b(?:and|but|or|nor|yet|so|while|whereas|although|though|because|since|as|which|who|whose|that"
    r"|where|when|whereby|unlike)\b",
    re.IGNORECASE,
)


def _resolved(sentence: str, before: str) -> str:
    """``sentence`` with its plural anaphor "They" read as the list of names the sentence ``before`` (in the same
    paragraph) has for its subject, where that list is two or more names and all that sentence's maths ("Here $x_0$
    and $y$ are given. They are independent of $\\epsilon$."), and that sentence one clause (:data:`_ANOTHER_CLAUSE`
    opens none after its verb: "but their noises are drawn afresh" has a nearer plural subject); else ``sentence``
    as written."""
    they = _THEY.match(sentence)
    found = list(_SENTENCE_MATHS.finditer(before))
    written = [m.group() for m in found]
    counter = iter(range(len(written)))
    words = " ".join(_SENTENCE_MATHS.sub(lambda _: f" M{next(counter)} ", before).split())
    subject = _LISTED_SUBJECT.fullmatch(words.rstrip(".。 "))
    if they is None or subject is None or len(written) < 2 or _ANOTHER_CLAUSE.search(subject.group("rest")):
        return sentence
    listed = [int(k) for k in re.findall(r"M(\d+)", subject.group("all"))]
    if listed != list(range(len(written))) or any(
        len(_names(next(g for g in found[k].groups() if g is not None))) != 1 for k in listed
    ):
        return sentence
    names = ", ".join(written[:-1]) + f" and {written[-1]}"
    return f"{sentence[: they.end() - 4]}{names}{sentence[they.end() :]}"


def _prose(source: Sequence[str], line: int) -> bool:
    """Whether the note's ``line`` (from 1) is prose: not a table's row, a quotation or a heading."""
    text = source[line - 1].lstrip() if 0 < line <= len(source) else ""
    return not text.startswith(("|", ">", "#"))


def stated_independence(notes: Notes) -> tuple[Stated, ...]:
    """Each independence the note's sentences state, with its line and the line of the heading that ends it; none
    where another sentence withholds, takes back, scopes, conditions or renames (see the module), where a sentence
    right before or after a statement doubts, denies or withdraws anything ("The next claim is false", "It is unclear
    whether this holds"), or where a heading does ("Common mistakes")."""
    source = notes.source.split("\n")
    if any(_HEADING.match(text) and _withholds(text, True) for text in source):
        return ()
    read = [
        (paragraph, sentence, _stated(_resolved(sentence, sentences[n - 1] if n else "")))
        for paragraph in notes.prose
        for sentences in [list(filter(str.strip, _raw_sentences(paragraph.text)))]
        for n, sentence in enumerate(sentences)
    ]
    headings = [n for n, text in enumerate(source, 1) if _HEADING.match(text)]
    unseen = notes.faint + notes.undecidable + notes.site_decided
    found: list[Stated] = []
    for k, (paragraph, sentence, stated) in enumerate(read):
        beside = [read[n] for n in (k - 1, k + 1) if 0 <= n < len(read)]
        if not stated and (_withholds(sentence) or _SCOPED.search(sentence) or _conditional(sentence)):
            return ()
        if stated and any(not other and _withholds(text, True) for _, text, other in beside):
            return ()
        if stated and k + 1 < len(read) and not read[k + 1][2] and _unread_remark(read[k + 1][1]):
            return ()
        at = paragraph.text.find(sentence)
        asked = at >= 0 and paragraph.text[at + len(sentence) :].lstrip()[:1] in ("?", "？")  # its mark read off
        if found and not stated and (asked or _takes_back(sentence) or _renames(sentence, found)):
            return ()
        line = paragraph.line + (paragraph.text[:at].count("\n") if at > 0 else 0)
        if stated and _prose(source, line) and not any(first <= line <= last for first, last in unseen):
            until = next((n for n in headings if n > line), 0)
            found += [(line, until, groups) for groups in stated]
    if found and any(_redefined(display, found) for display in source[found[0][0] :]):
        return ()
    return tuple(found)


#: A heading's line: Markdown's ``#``, LaTeX's sectioning and environments (their titles).
_HEADING = re.compile(r"^\s*(?:#|\\(?:(?:sub)*section|paragraph|chapter|part)\b|\\begin\s*\{)")


#: Words that doubt what was just said ("It is unclear whether this holds", "This is doubtful").
_DOUBTED = re.compile(r"\b(?:unclear|doubt\w*|uncertain\w*|questionabl\w*|unsure|unproven|debat\w*)\b", re.IGNORECASE)


def _withholds(sentence: str, after_statement: bool = False) -> bool:
    """Whether a sentence that states no independence speaks of independence, dependence or an assumption (or
    comes right after a statement) under a negation, a withdrawal, a hedge, a doubt or a question."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    if not (after_statement or _OF_INDEPENDENCE.search(words) or _OF_INDEPENDENCE.search(sentence)):
        return False
    return bool(
        _NEGATED.search(words) or _WITHDRAWING.search(words) or _WITHHOLDING.search(sentence) or _DOUBTED.search(words)
    )


#: Words that take back or point back at what was said, whatever they speak of: "None of the above holds", "a
#: simplification we abandon below", "The first sentence of this note is wrong", "this turned out to be untrue".
_TAKEN_BACK = re.compile(
    r"\b(?:abandon\w*|untrue|turn(?:s|ed)?\s+out|perhaps|maybe|above|earlier|previous\w*|preceding|former\w*"
    r"|first\s+(?:sentence|paragraph|line|claim|statement|assumption|part)|beginning|so\s+far|hitherto|retain\w*"
    r"|revis\w*|amend\w*|correct(?:ed|ion)|actually|in\s+fact|however|but|relax\w*|weaken\w*|simplif\w*|approximat\w*)\b",
    re.IGNORECASE,
)
#: Words that set a scope a statement may be said under: "As a warm-up, consider a toy model", "Back to the real
#: model", "In this special case", "For illustration".
_SCOPED = re.compile(
    r"\b(?:toy|warm[-\s]?up|back\s+to|return\s+to|returning\s+to|special\s+case|illustrat\w*|example|instance"
    r"|for\s+(?:now|the\s+moment|simplicity)|temporar\w*|in\s+this\s+(?:section|part|subsection|paragraph)"
    r"|until\s+further|for\s+the\s+rest|real\s+model|general\s+case|scenario|setting|regime)\b",
    re.IGNORECASE,
)
#: Words that make expectations conditional: "conditional on", "conditioned on", "we condition on", "after we
#: observe $x_t$", "given $x_t$" (given a maths).
_CONDITIONING = re.compile(
    r"\b(?:condition(?:al|ally|ed|ing)?\s+(?:on|upon|to)|we\s+condition|conditional\s+(?:expectation|mean|law"
    r"|distribution)s?|(?:after|once|when|having)\s+(?:we\s+)?(?:have\s+)?observ\w*|observed|we\s+observe\s+M\d"
    r"|posterior|given\s+(?:that\b|M\d))",
    re.IGNORECASE,
)
#: Words that give a name a (second) meaning: "We write $\epsilon$ also for", "$\epsilon$ denotes", "stands for".
_NAMING = re.compile(
    r"\b(?:also|again|denot\w*|stands?\s+for|write|writes|written|use[sd]?|reus\w*|overload\w*|abus\w*|refer\w*"
    r"|means?|meaning|call\w*|name\w*|redefin\w*|henceforth|from\s+now\s+on)\b|:=|≔|\\coloneqq|\\equiv|\\triangleq",
    re.IGNORECASE,
)
#: A definition in maths: ``\epsilon := ...``, ``\epsilon \coloneqq ...`` (its left side a name).
_DEFINED = re.compile(r"(?P<name>[^=$]{1,40}?)\s*(?::=|≔|\\coloneqq|\\triangleq)")


#: A sentence that leads into what follows ("Then:", "Hence", "So we get"), which comments on nothing said before.
_LEADS_ON = re.compile(
    r"^\W*(?:then|hence|thus|so|therefore|now|next|consequently|it\s+follows|we\s+(?:get|have|obtain|find)"
    r"|this\s+gives|this\s+yields)\b[^.!?]*$|:\s*$",
    re.IGNORECASE,
)


#: Words of the mathematics a remark may speak of ("Both have mean zero", "This makes the computation short").
_OF_MATHEMATICS = re.compile(
    r"\b(?:mean|means|zero|variance|expect\w*|independ\w*|noise|gauss\w*|normal|comput\w*|calcul\w*|step|line"
    r"|linear\w*|follow\w*|proof|prove\w*|deriv\w*|identity|equation|formula|term|sum|product|integral|law"
    r"|distribut\w*|densit\w*|model|sample\w*|data|variable\w*|symmetr\w*|finite|moment\w*)\b",
    re.IGNORECASE,
)


def _unread_remark(sentence: str) -> bool:
    """Whether a sentence right after a statement is a short remark with no maths and no word of the mathematics
    (:data:`_OF_MATHEMATICS`) that does not lead on ("Scratch that.", "Just kidding.", "Это неверно.", "这是错的。"):
    a comment on what was just said, which may take it back, so the statement is not trusted."""
    words = sentence.strip().rstrip(".。!！")
    if _SENTENCE_MATHS.search(sentence) or _LEADS_ON.search(words) or _OF_MATHEMATICS.search(words):
        return False
    spaced = len(words.split())
    return spaced <= 5 and len(words) <= (12 if spaced == 1 else 40)


def _takes_back(sentence: str) -> bool:
    """Whether a sentence denies, doubts, abandons or points back at what was said, whatever it speaks of."""
    words = _SENTENCE_MATHS.sub(" ", sentence)
    return bool(
        _NEGATED.search(words)
        or _WITHDRAWING.search(words)
        or _DOUBTED.search(words)
        or _TAKEN_BACK.search(words)
        or re.search(r"\?|？", words)  # a question (where the sentence keeps its mark)
    )


def _conditional(sentence: str) -> bool:
    """Whether a sentence makes expectations conditional (see :data:`_CONDITIONING`)."""
    counter = iter(range(1000))
    words = _SENTENCE_MATHS.sub(lambda _: f" M{next(counter)} ", sentence)
    return bool(_CONDITIONING.search(words))


def _stated_names(found: Sequence[Stated]) -> set[Key]:
    """The names the statements ``found`` speak of."""
    return {key for _, _, groups in found for group in groups for key in group}


def _renames(sentence: str, found: Sequence[Stated]) -> bool:
    """Whether a sentence after a statement gives one of its names a meaning: a naming word beside a maths that
    writes the name ("We write $\\epsilon$ also for ...", "$\\epsilon$ denotes ..."), or a definition of it."""
    names = _stated_names(found)
    written = [next(g for g in m.groups() if g is not None) for m in _SENTENCE_MATHS.finditer(sentence)]
    if any(_redefined(maths, found) for maths in written):
        return True
    words = _SENTENCE_MATHS.sub(" ", sentence)
    return bool(_NAMING.search(words)) and any(_lone(maths) & names for maths in written)


def _redefined(text: str, found: Sequence[Stated]) -> bool:
    """Whether ``text`` (a maths or a line) defines one of the stated names (``\\epsilon := ...``)."""
    names = _stated_names(found)
    return any(_lone(match.group("name").strip(" $\\[")) & names for match in _DEFINED.finditer(text))


def in_force(stated: Iterable[Stated], line: int) -> tuple[tuple[frozenset[Key], ...], ...]:
    """The independences stated before the step on ``line``, with no heading between them and it."""
    return tuple(groups for at, until, groups in stated if at < line and (not until or line < until))
