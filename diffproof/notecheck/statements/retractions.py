"""Definitions a later sentence withdraws by pointing at them rather than writing them again: "Ignore the previous
definition", "The definition above was a typo", "From now on we drop (H)", "Equation (1) is a typo", "we drop
\\eqref{h}".  The name each withdrawn definition gives a value is free from that sentence on (with the definition, it
is then defined more than once, so neither value is used)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.hedges import _OURS_TOO
from diffproof.notecheck.statements.sentences import _prose_lines, _raw_sentences, _words_of
from diffproof.notes import Notes

#: Words pointing at the last definition before the sentence: "the previous definition", "the definition above", "la
#: définition précédente", "die obige Definition", "la definición anterior".
_LAST_DEFINITION = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:previous|preceding|above|earlier|last|former|prior|first)\s+)?(?:definition|choice"
    r"|setting)\s+(?:above|before)\b|\b(?:the|this|that)\s+(?:previous|preceding|above|earlier|last|former|prior)\s+"
    r"(?:definition|choice|setting)\b|\bla\s+d[ée]finition\s+(?:pr[ée]c[ée]dente|ci-dessus)\b"
    r"|\bdie\s+(?:obige|vorige|vorherige|erste)\s+Definition\b|\bla\s+definici[óo]n\s+(?:anterior|de\s+arriba)\b",
    re.IGNORECASE,
)

#: Words pointing at the last display before the sentence: "the equation above", "the last display", "the previous
#: formula", "l'équation ci-dessus", "die obige Gleichung", "la ecuación anterior".
_LAST_DISPLAY = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:previous|preceding|above|earlier|last|former|prior)\s+)?(?:equation|display"
    r"|formula)\s+(?:above|before)\b|\b(?:the|this|that)\s+(?:previous|preceding|above|earlier|last|former|prior)\s+"
    r"(?:equation|display|displayed\s+equation|formula)\b|\bl['’][ée]quation\s+(?:pr[ée]c[ée]dente|ci-dessus)\b"
    r"|\bdie\s+(?:obige|vorige|vorherige|letzte)\s+(?:Gleichung|Formel)\b|\bla\s+(?:ecuaci[óo]n|f[óo]rmula)\s+"
    r"(?:anterior|de\s+arriba)\b",
    re.IGNORECASE,
)

#: What a sentence calls a display it withdraws, after a form of "to be" (:data:`_BEING`): wrong, false, a typo, in
#: English, French ("est fausse", "une coquille"), German ("ist falsch", "ein Tippfehler") and Spanish ("es
#: incorrecta", "una errata").
_FAULTY = (
    r"(?:dropped|withdrawn|retracted|discarded|removed|deleted|cancell?ed|revoked|ignored|struck|set\s+aside|void"
    r"|invalid|wrong|false|incorrect|erroneous|mistaken|an?\s+(?:typo|misprint|mistake|error)"
    r"|faux|fausse|erron[ée]e?s?|incorrecte?s?|invalides?|supprim[ée]e?s?|une?\s+(?:coquille|erreur|faute)"
    r"|falsch|fehlerhaft|ung[üu]ltig|inkorrekt|gestrichen|hinf[äa]llig|ein\s+(?:Tippfehler|Druckfehler|Fehler)"
    r"|falsa|err[óo]nea|incorrecta|inv[áa]lida|una?\s+(?:errata|error))"
)
#: A form of "to be" before :data:`_FAULTY`, a modal's too ("should be ignored", "must be dropped", "is to be
#: discarded"), with a word or an aside between ("is now dropped", "is, in fact, wrong", "ist leider falsch").
_BEING = (
    r"(?:is|was|are|were|(?:should|must|can|may|will|shall|ha(?:s|ve)\s+to|needs?\s+to|is\s+to|are\s+to)\s+be"
    r"|est|était|sont|étaient|ist|war|sind|waren|es|era|son|eran)"
    r"(?:\s*,[^,.;]{1,30},\s*|\s+)(?:(?:now|hereby|henceforth|actually|simply|clearly|plainly|leider|doch|en\s+fait"
    r"|malheureusement)\s+)?"
)
#: Words after a display's reference that correct it: "(1) should read", "should be replaced", "is corrected".
_CORRECTED = (
    r"should\s+(?:read|say|have\s+been)|(?:is|was|are|were|should\s+be|must\s+be)\s+(?:replaced|corrected|amended)"
)

#: Words that withdraw what they point at: "ignore", "drop", "withdrawn", "no longer holds", "is a typo", "should be
#: ignored", "oubliez", "entfällt", "descártese".
_WITHDRAWING = re.compile(
    r"\b(?:ignor\w*|disregard\w*|drop\w*|withdr[ae]w\w*|retract\w*|discard\w*|forget\w*|forgot\w*|scrap\w*"
    r"|cancel\w*|revok\w*|delet\w*|remov\w*|strik\w*|struck|set\s+aside|no\s+longer\s+(?:holds?|applies|valid|in\s+force)"
    r"|(?:does|do)\s+not\s+(?:hold|apply)|(?:doesn't|don't)\s+(?:hold|apply)|(?:is|was|are|were)\s+(?:an?\s+)?(?:typo"
    r"|misprint|mistake|error|wrong|false|incorrect|erroneous|invalid|void)(?!\s+(?:not\s+)?to\b)|oubli\w*|supprim\w*|retir\w*"
    r"|vergess\w*|ignorier\w*|entf[äa]llt|gestrichen|streich\w*|olvid\w*|descart\w*|elimin\w*"
    rf"|{_BEING}{_FAULTY}(?!\s+(?:not\s+)?to\b)|{_CORRECTED}|ne\s+(?:tient|vaut)\s+plus|gilt\s+nicht\s+mehr)\b",
    re.IGNORECASE,
)
#: Words that keep what the withdrawing verb after them in their clause names, the sentence not performing the
#: withdrawal: a negation ("we do not drop (H)", "Nobody should ignore", "never", "without"; "ne", "nicht", "nadie"),
#: a warning against it ("It would be a mistake to ignore", "avoid", "beware of", "rather than"; "une erreur de",
#: "vermeiden", "evite"), others doing it ("Some authors drop (H)"; not "Like many authors we drop (H)").  Two of
#: them undo each other ("It would be a mistake not to ignore"), and so perform it.
_KEEPING = re.compile(
    r"\b(?:not|never|nobody|neither|nor|cannot|lest|hesitat\w*\s+to|fail\w*\s+to)\b|n't\b"
    r"|\bno\s+(?:one|readers?|authors?|circumstances?)\b|\b(?:no|without)\s+(?:\w+\s+)?$"
    r"|\b(?:mistake|error|wrong|unwise|incorrect|dangerous|bad\s+idea|careless)\s+(?=(?:not\s+)?to\b)"
    r"|\b(?:avoid\w*|refrain\w*|bewar\w*|rather\s+than|instead\s+of)\b"
    r"|(?:\b(?:some|many|several|most|other)\s+(?:authors|readers|texts|books|papers|references|people|students"
    r"|sources|writers)|\bothers)\b(?!.*\b(?:we|I|us)\b)"
    r"|\b(?:ne|sans|jamais)\b|\bn'|\b(?:une\s+erreur|une\s+faute|tort)\s+d(?:e\b|')|\b[ée]vit\w*|\bau\s+lieu\s+de\b"
    r"|\b(?:nicht|nie|niemals|niemand|kein\w*|weder|ohne|statt|anstatt|vermeid\w*)\b|\bein\s+Fehler\b"
    r"|\b(?:nunca|jam[áa]s|nadie|ning[úu]n\w*|sin|evit\w*)\b|\bun\s+error\b",
    re.IGNORECASE,
)
#: A German negation after the verb, where German puts it ("Wir ignorieren die obige Definition nicht", "... weder,
#: noch ...").
_KEEPING_AFTER = re.compile(r"\b(?:nicht|nie|niemals|weder)\b", re.IGNORECASE)
_GERMAN_VERB = re.compile(r"ignorier|vergess|streich|entf[äa]llt|gestrichen", re.IGNORECASE)
#: A counterfactual: "If we ignored the previous definition, the sum would not be 6", "Were we to drop (H)", "Had we
#: ignored it".
_IF = re.compile(r"\b(?:if|were\s+(?:we|one|you)\s+to|had\s+(?:we|one|you))\b", re.IGNORECASE)
_WOULD = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)
#: How many words before the withdrawing verb may keep it.
_NEAR = 6
#: Where a clause ends: punctuation, or a conjunction that opens another one.
_CLAUSE_END = re.compile(
    r"[,;:()]|\b(?:but|and|yet|or|so|then|whereas|while|although|though|mais|et|ou|aber|und|oder|pero|y|o)\b",
    re.IGNORECASE,
)


#: What joins a withdrawing verb to the one before it under one negation or keeping word: "or", "nor" ("We do not drop
#: or ignore", "We neither ignore nor withdraw"), "ou", "ni" ("ne supprimons ni n'oublions", "n'oublions ni ne
#: supprimons"), "noch", "o", its object and a comma between them at most ("We do not drop it, or ignore it";
#: "ignorieren die obige Definition weder, noch").
_DISJOINED = re.compile(r"^[^;:.!?]{0,60}?\s(?:or|nor|ou|ni|noch|o)\s+(?:ne\s+|n')?$", re.IGNORECASE)
#: A clause's "neither ... nor" ("weder ... noch"): one negation, though written in two words.
_NEITHER_NOR = re.compile(r"\b(?:neither|weder)\b.*\b(?:nor|noch)\b", re.IGNORECASE)


def _performed_each(words: str) -> list[bool]:
    """Whether the sentence ``words`` performs the withdrawal each of its withdrawing verbs (:data:`_WITHDRAWING`)
    says, in order: a verb joined to the one before it by a disjunction (:data:`_DISJOINED`: "We do not drop or
    ignore (H)", "neither ... nor", "ne ... ni") is under that one's negation, and performs it as that one does;
    any other, as :func:`_performed` reads its own clause."""
    found: list[bool] = []
    verbs = list(_WITHDRAWING.finditer(words))
    for before, verb in zip([None, *verbs], verbs, strict=False):
        joined = before is not None and _DISJOINED.match(words[before.end() : verb.start()]) is not None
        found.append(found[-1] if joined else _performed(words, verb))
    return found


def _performed(words: str, verb: re.Match) -> bool:
    """Whether the sentence ``words`` performs the withdrawal its verb ``verb`` says: no word keeping it among the
    :data:`_NEAR` words before it in its clause (:data:`_KEEPING`, a counterfactual :data:`_IF` ... :data:`_WOULD`),
    or two that undo each other, or words after it that make it the note's own too ("Some authors drop (H), and so
    do we": hedges._OURS_TOO)."""
    clause = " ".join(_CLAUSE_END.split(words[: verb.start()])[-1].split()[-_NEAR:]) + " "
    after = _CLAUSE_END.split(words[verb.end() :])
    keeping = len(_KEEPING.findall(clause)) - bool(_NEITHER_NOR.search(clause))
    keeping += bool(_IF.search(clause) and _WOULD.search(words))
    keeping += bool(_GERMAN_VERB.match(verb.group(0)) and _KEEPING_AFTER.search(after[0]))
    ours = any(_OURS_TOO.match(part) for part in words[verb.end() :].split(",")[1:])
    return keeping != 1 or ours


#: A withdrawing verb right before a reference to a display ("we drop (H)", "ignore equation (1)", "discard assumption
#: \eqref{h}"), and words right after one that withdraw it ("(H) no longer holds", "(A1) is dropped", "Equation (1) is a
#: typo", "(*) does not hold"): a reference elsewhere in the sentence ("By (1), the constant term drops out") is no
#: withdrawal of it.
_WITHDRAWING_BEFORE = re.compile(
    r"\b(?:ignor|disregard|drop|withdr[ae]w|retract|discard|forget|scrap|cancel|revok|delet|remov|strik|set\s+aside"
    r"|oubli|supprim|retir|vergess|ignorier|streich|olvid|descart|elimin)\w*\s+(?:(?:the\s+|our\s+|l['’]|la\s+|les\s+"
    r"|die\s+)?(?:assumptions?|equations?|eqs?\.|definitions?|displays?|conditions?|formula[es]?|relations?"
    r"|hypothes[ie]s|[ée]quations?|hypoth[èe]ses?|d[ée]finitions?|Gleichung(?:en)?|Annahmen?|ecuaci[óo]n(?:es)?)"
    r"(?:\s+(?:(?:made|stated|given|written|set|introduced)\s+)?(?:in|of|from|at))?[\s~]*)?\(?\s*$",
    re.IGNORECASE,
)
_WITHDRAWN_AFTER = re.compile(
    r"^\)?\s*(?:(?:above|earlier|previously)\s+)?"  # "(\ref{h}) is wrong", "\eqref{h} above is wrong"
    rf"(?:{_BEING}{_FAULTY}|{_CORRECTED}|no\s+longer\s+(?:holds?|applies|apply)|(?:does|do)\s+not\s+(?:hold"
    r"|apply)|(?:doesn't|don't)\s+(?:hold|apply)|fails|ne\s+(?:tient|vaut)\s+plus|gilt\s+nicht\s+mehr)\b",
    re.IGNORECASE,
)

#: A display's tag or label as its source writes it (``\\tag{H}``, ``\\tag*{1}``, ``\\label{h}``).
_TAG = re.compile(r"\\tag\*?\s*\{([^{}]+)\}")
_LABEL = re.compile(r"\\label\s*\{([^{}]+)\}")
#: A reference to a label (``\\eqref{h}``, ``\\ref{h}``) and to a tag as the rendered text shows it (``(H)``,
#: "Equation (1)").
_REFERENCE = re.compile(r"\\(?:eq|auto|c|C)?ref\s*\{([^{}]+)\}")
_TAG_REFERENCE = re.compile(r"\(([^()\s$]{1,12})\)")
#: A tag written in maths, as the sentence holds it: ``($\\star$)``, ``($\\dagger$)``.
_MATHS_TAG_REFERENCE = re.compile(r"\((\$[^$()]{1,16}\$)\)")
#: A display named by its number without brackets: "Equation 1", "Eq. 2", "display 3", "Gleichung 1".
_NAMED_REFERENCE = re.compile(
    r"\b(?:equations?|eqs?\.|displays?|formula[es]?|[ée]quation|Gleichung|ecuaci[óo]n)[\s~]*(\d{1,3}[a-z]?)\b(?![.,]\d)",
    re.IGNORECASE,
)


def _mark_key(mark: str) -> str:
    """A tag or label as its references match it: its spaces and maths dollars taken out (``\\tag{$\\star$}`` is
    the display referred to as ``($\\star$)``)."""
    return re.sub(r"[\s$]", "", mark)


def _sentences_with_lines(notes: Notes) -> list[tuple[int, str, str]]:
    """The sentences of the note's prose outside its displays, each with the line it starts on and the maths written
    on that line before it."""
    lines = _prose_lines(notes)
    inside = {n for first, last in notes.displays for n in range(first, last + 1)}
    found: list[tuple[int, str, str]] = []
    block: list[tuple[int, str]] = []
    for number in [*sorted(lines), None]:
        text = lines.get(number, "") if number is not None else ""
        if number is not None and number not in inside and text.strip() and (not block or block[-1][0] == number - 1):
            block.append((number, text))
            continue
        if block:
            start, joined = block[0][0], "\n".join(t for _, t in block)
            offset = 0
            for sentence in _raw_sentences(joined):
                at = joined.find(sentence, offset)
                offset = max(at, offset)
                line_start = joined.rfind("\n", 0, offset) + 1
                maths = " ".join(_INLINE_MATHS.findall(joined[line_start:offset]))
                found.append((start + joined.count("\n", 0, offset), sentence, maths))
                offset += len(sentence)
        block = [(number, text)] if number is not None and number not in inside and text.strip() else []
    return found


#: Inline maths on a line of prose.
_INLINE_MATHS = re.compile(r"\$[^$]+\$|\\\(.+?\\\)")


def _written_in(item: Stated, maths: str) -> bool:
    """Whether a definition on a sentence's own line is written before it (its name and value in ``maths``, the inline
    maths of that line before the sentence): "Let $a := 3$. Ignore the previous definition." """
    said = [f.text.replace(" ", "") for f in (item.name, item.body) if f is not None]
    return bool(said) and all(text in maths.replace(" ", "") for text in said)


def _marked(notes: Notes) -> dict[str, tuple[int, int]]:
    """Each display's tags and labels (``H``, ``h``), by the tag or label, with the display's first and last lines."""
    source = notes.source.split("\n")
    found: dict[str, tuple[int, int]] = {}
    for first, last in notes.displays:
        text = "\n".join(source[first - 1 : last])
        for mark in _TAG.findall(text) + _LABEL.findall(text):
            found.setdefault(_mark_key(mark), (first, last))
    return found


def withdrawn(notes: Notes, definitions: Sequence[Stated]) -> list[Stated]:
    """What sentences withdraw by pointing at definitions (:data:`_WITHDRAWING`, performed: :func:`_performed`): the last
    definition before the sentence where it says "the previous definition" (:data:`_LAST_DEFINITION`), those of the
    last display before it where it says "the equation above" (:data:`_LAST_DISPLAY`), or those of the display before
    it that its tag or label names (``(H)``, ``($\\star$)``, ``\\eqref{h}``, "Equation 1") as the object or subject of
    the withdrawal (``we drop (H)``, ``\\eqref{h} no longer holds``, "(1) est fausse": :data:`_WITHDRAWING_BEFORE`,
    :data:`_WITHDRAWN_AFTER`); each name they define freed from the sentence's line."""
    marked = _marked(notes)
    found = []
    for line, sentence, maths_before in _sentences_with_lines(notes):
        words = _words_of(sentence)
        if not any(_performed_each(words)):
            continue
        before = sorted(
            (item for item in definitions if item.line < line or item.line == line and _written_in(item, maths_before)),
            key=lambda item: item.line,
        )
        pointed = [before[-1]] if before and _LAST_DEFINITION.search(words) else []
        if _LAST_DISPLAY.search(words):  # "Ignore the equation above": the definitions of the display before it
            first, last = max(
                (shown for shown in notes.displays if shown[1] < line), key=lambda shown: shown[1], default=(0, 0)
            )
            pointed += [item for item in before if first <= item.line <= last]
        readings = (
            (sentence, _REFERENCE),
            (words, _TAG_REFERENCE),
            (sentence, _MATHS_TAG_REFERENCE),
            (words, _NAMED_REFERENCE),
        )
        for text, reference in readings:
            for found_mark in reference.finditer(text):
                if not (
                    _WITHDRAWING_BEFORE.search(text[: found_mark.start()])
                    or _WITHDRAWN_AFTER.match(text[found_mark.end() :])
                ):
                    continue
                key = _mark_key(found_mark.group(1))
                if reference is _NAMED_REFERENCE and key not in marked:
                    continue  # "equation 2 of the paper": only a number a display of the note is tagged with
                first, last = marked.get(key, (line, line))
                pointed += [item for item in before if first <= item.line <= last]
        found += [
            Stated(
                "freed", line, f"{item.name.text.strip()} is free (its definition withdrawn)", item.name, None, "words"
            )  # fmt: skip
            for item in pointed
            if item.name is not None and item.name.node is not None
        ]
    return found
