"""Definitions a later sentence withdraws by pointing at them rather than writing them again: "Ignore the previous
definition", "The definition above was a typo", "From now on we drop (H)", "Equation (1) is a typo", "we drop
\\eqref{h}"; and a display named by its reference in a sentence that says a fault ("There is an error in (1)", "(1) is
far from correct") or a case only ("(1) holds only when $z > 0$"), held as withdrawn; a display a pronoun stands for
("(1) is not what we want. We drop it.") and one a denial opening its clause names ("It is not the case that (1)
holds") are withdrawn alike, as is every display named in a clause that says a withdrawal anywhere in it ("(1),
however, is dropped", "This assumption is lifted", "We no longer assume that $a = 3$": :func:`_clause_spans`).  The
name each withdrawn definition gives a value is free from that sentence on (with the definition, it is then defined
more than once, so neither value is used)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.hedges import _CITATION, _OURS_TOO, _YES_NO_QUESTION
from diffproof.notecheck.statements.scopes import named_place
from diffproof.notecheck.statements.sentences import _prose_lines, _raw_sentences, _words_of
from diffproof.notes import Notes, critic

#: Words pointing at every definition before the sentence: a plural ("the definitions above", "the previous choices",
#: "both definitions", "les définitions précédentes", "die obigen Definitionen").
_EVERY_DEFINITION = re.compile(
    r"\b(?:the|these|those|both|all)\s+(?:(?:previous|preceding|above|earlier|last|former|prior|two|three)\s+)?"
    r"(?:definitions|choices|settings)\b(?!\s+(?:of|in|for|below|that|which)\b)"
    r"|\bles\s+d[ée]finitions\s+(?:pr[ée]c[ée]dentes|ci-dessus)\b|\bdie\s+(?:obigen|vorigen|vorherigen)\s+Definitionen\b"
    r"|\blas\s+definiciones\s+(?:anteriores|de\s+arriba)\b"
    r"|\bthe\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:definition|choice|setting)\b",
    re.IGNORECASE,
)
#: Words pointing at some displays before the sentence without saying which by their place from the sentence: a
#: plural ("the equations above", "both displays") or an ordinal ("the first equation above", "the second display"):
#: the definitions of every display before it are withdrawn, the one meant among them.
_SOME_DISPLAYS = re.compile(
    r"\b(?:the|these|those|both|all)\s+(?:(?:previous|preceding|above|earlier|last|former|prior|two|three)\s+)?"
    r"(?:equations|displays|displayed\s+equations|formulas|formulae)\b(?!\s+(?:of|in|for|below|that|which)\b)"
    r"|\bthe\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:equation|display|displayed\s+equation"
    r"|formula)\b(?!\s+(?:below|of|in)\b)",
    re.IGNORECASE,
)

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

#: Verbs of giving up that take a particle, each with its forms (base, third person, gerund, past, participle) and its
#: particles: English ("take back", "give up", "cross out", "rule out", "throw out", "strike out", "walk back") and
#: German, whose particle ends the clause ("Wir ziehen (1) zurück", "Wir nehmen (1) zurück", "Wir geben (1) auf").
#: Each is read in its three places: active with the particle before the object (:data:`_GIVING_UP`), active with the
#: object between (:data:`_SPLIT`, :func:`_split_around`), and passive or modal after the object (its participle in
#: :data:`_FAULTY`: "(1) has to be taken back", "is hereby crossed out", "must be given up").
_PHRASAL = (
    (("take", "takes", "taking", "took", "taken"), ("back",)),
    (("give", "gives", "giving", "gave", "given"), ("up",)),
    (("cross", "crosses", "crossing", "crossed", "crossed"), ("out", "off")),
    (("rule", "rules", "ruling", "ruled", "ruled"), ("out",)),
    (("throw", "throws", "throwing", "threw", "thrown"), ("out", "away")),
    (("strike", "strikes", "striking", "struck", "struck"), ("out", "off")),
    (("scratch", "scratches", "scratching", "scratched", "scratched"), ("out",)),
    (("walk", "walks", "walking", "walked", "walked"), ("back",)),
)
_GERMAN_PHRASAL = (
    (("ziehen", "ziehe", "zieht", "zog", "zurückgezogen"), ("zurück",)),
    (("nehmen", "nehme", "nimmt", "nahm", "zurückgenommen"), ("zurück",)),
    (("geben", "gebe", "gibt", "gab", "aufgegeben"), ("auf",)),
)
#: Where an English particle ends the verb's object (not "take (1) back to the start", a motion, nor "out of"), and
#: where a German one does (its clause's end).
_PARTICLE_END = r"\b(?!\s+(?:to|into|in|from|on|at|of|with|front)\b)"
_GERMAN_PARTICLE_END = r"(?=\s*(?:[.,;:!?)]|$))"


def _either(words: Sequence[str]) -> str:
    """An alternation of ``words``, the longest first."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


#: The participles of :data:`_PHRASAL`, as :data:`_FAULTY` reads them after a form of "to be" ("taken back").
_PHRASAL_PASSIVE = "|".join(
    [rf"{forms[4]}\s+{_either(particles)}{_PARTICLE_END}" for forms, particles in _PHRASAL]
    + [forms[4] for forms, _ in _GERMAN_PHRASAL]
)

#: What a sentence calls a display it withdraws, after a form of "to be" (:data:`_BEING`): wrong, false, a typo, no
#: good, in
#: English, French ("est fausse", "une coquille"), German ("ist falsch", "ein Tippfehler"), Spanish ("es
#: incorrecta", "una errata"), Dutch ("is fout", "is onjuist"), Italian ("è sbagliata", "è errata") and Portuguese
#: ("está errada", "é incorreta").
_FAULTY = (
    rf"(?:{_PHRASAL_PASSIVE}"
    r"|dropped|withdrawn|retracted|discarded|removed|deleted|cancell?ed|revoked|ignored|struck|set\s+aside|scrapped"
    r"|disregarded|forgotten|undone|reverted|verworfen|abandonn[ée]e?s?|rejet[ée]e?s?|annul[ée]e?s?|descartad[ao]s?|retirad[ao]s?"
    r"|anulad[ao]s?|abandonad[ao]s?"
    r"|(?:null\s+and\s+)?void|untenable|abandoned|rescinded|inaccurate|inexact"
    r"|invalid|wrong|false|incorrect|erroneous|mistaken|bogus|nonsense|nonsensical|obsolete|outdated|superseded"
    r"|an?\s+(?:typo|misprint|mistake|error)"
    # a verdict of no worth, ending its clause ("(1) is no good", "is of no use"; not "is no good reason to")
    r"|(?:(?:no|not\s+any)\s+good|of\s+no\s+(?:use|value)|useless|worthless|broken|garbage|rubbish|junk)"
    r"(?=\s*(?:[.,;:!?)]|$))"
    r"|faux|fausse|erron[ée]e?s?|incorrecte?s?|inexacte?s?|invalides?|supprim[ée]e?s?|une?\s+(?:coquille|erreur|faute)"
    r"|falsch|fehlerhaft|ung[üu]ltig|inkorrekt|ungenau|gestrichen|hinf[äa]llig|ein\s+(?:Tippfehler|Druckfehler|Fehler)"
    r"|falsa|err[óo]nea|incorrecta|inexacta|equivocad[ao]s?|inv[áa]lida|una?\s+(?:errata|error)"
    r"|fout|foutief|onjuist|onnauwkeurig|ongeldig|vervallen|een\s+(?:fout|drukfout|tikfout|vergissing)"
    r"|sbagliat[aoie]|errat[aoie]|fals[aoie]|scorrett[aoie]|inesatt[aoie]|non\s+valid[aoie]|un\s+refuso|un\s+errore"
    r"|errad[ao]s?|incorret[ao]s?|inexat[ao]s?|fals[ao]s?|inv[áa]lid[ao]s?|um\s+(?:erro|engano))"
)
#: The English perfect of "to be", plain or after a modal, a word of time between ("has been", "have now been",
#: "had since been", "should have been"); a negation between ("has not been") makes none.
_PERFECT = (
    r"(?:(?:will|would|should|must|may|might|could)\s+)?(?:has|have|had)\s+"
    r"(?:(?:now|since|already|just|hereby|recently|meanwhile|long)\s+)?been"
)
#: A form of "to be" before :data:`_FAULTY`, a modal's too ("should be ignored", "must be dropped", "is to be
#: discarded", "doit être abandonnée", "muss verworfen werden", "debe ser descartada"), a passive's auxiliary ("wird
#: zurückgezogen", "queda descartada"), its perfect (:data:`_PERFECT`: "has been withdrawn"), with a word or an aside
#: between ("is now dropped", "is, in fact, wrong", "ist leider falsch").
_BEING = (
    rf"(?:{_PERFECT}|is|was|are|were"
    r"|(?:should|must|can|may|will|shall|ha(?:s|ve)\s+to|needs?\s+to|is\s+to|are\s+to)\s+be"
    r"|(?:doit|doivent|devrait|devraient)\s+être|a\s+été|ont\s+été|wird|werden|wurde|wurden|muss|müssen|soll|sollte"
    r"|(?:debe|deben|debería|deberían)\s+ser|queda|quedan|qued[óo]|fue|ha\s+sido"
    r"|est|était|sont|étaient|ist|war|sind|waren|es|era|son|eran|zijn|è|sono|erano|é|está|estão|estava|são|eram)"
    r"(?:\s*,[^,.;]{1,30},\s*|\s+)(?:(?:now|hereby|henceforth|actually|simply|clearly|plainly|leider|doch|en\s+fait"
    r"|malheureusement)\s+)?"
)
#: Words after a display's reference that correct it: "(1) should read", "should be replaced", "is corrected".
_CORRECTED = (
    r"should\s+(?:read|say|have\s+been)|(?:is|was|are|were|should\s+be|must\s+be)\s+(?:replaced|corrected|amended)"
    r"|(?:has|have|had|contains?|contained)\s+(?:an?\s+|several\s+|some\s+|a\s+few\s+|two\s+)?(?!no\s)(?:\w+\s+)?"
    r"(?:typos?|misprints?|mistakes?|errors?)(?!\s+(?:term|bound|function|estimate)s?\b)"
    r"|(?:has|have|had)\s+(?:the|a)\s+wrong\s+(?:sign|coefficient|constant|factor|exponent|power|term|value)s?"
)
#: An erratum's opening (a sentence starting "Erratum:", "Corrigendum:"), and one naming first the display it corrects
#: ("Erratum: in (1), $3$ should be $4$", "Corrigendum to equation (2):"): that display is withdrawn as written.
_ERRATUM = r"^\W*(?:errat(?:um|a)|corrigend(?:um|a))\b"
_ERRATUM_OF = rf"{_ERRATUM}\W*(?:(?:in|to|for|on|of)\s+)?(?:(?:the\s+)?(?:equations?|eqs?\.|displays?|formula[es]?)[\s~]*)?\(?\s*$"
#: A display said wrong, in a word of its own, or said not to hold, in Czech ("je chybná", "nesprávná", "neplatí"),
#: Turkish ("yanlıştır", "hatalı", "geçerli değildir"), Danish and Norwegian ("er forkert", "er feil", "feilaktig",
#: "ugyldig"), Greek ("είναι λάθος", "εσφαλμένη", "δεν ισχύει"), Dutch ("klopt niet", "is niet juist") and Finnish
#: ("on väärin", "virheellinen", "ei pidä paikkaansa"), with its copula or none.
_WRONG_ABROAD = (
    r"(?:(?:je|jsou|byla?|er|var|on|oli|είναι|ήταν)\s+)?(?:chybn\w*|nesprávn\w*|neplatn\w*|yanlış\w*|hatalı\w*"
    r"|geçersiz\w*|forkert\w*|ugyldig\w*|(?:er|var)\s+feil(?!\w)|λάθος|λανθασμέν\w*|εσφαλμέν\w*|klopt\s+niet"
    r"|väärin|virheelli\w*|vääriä|väärä\w*|feilaktig\w*|neplatí|ei\s+pidä\s+paikkaansa|δεν\s+ισχύει"
    r"|geçerli\s+değil\w*|(?:is|zijn)\s+niet\s+(?:meer\s+)?(?:juist|correct|waar|geldig))"
)

#: A display said not right by a copula or a verb of being right negated: "is not correct", "isn't true", "is
#: untrue", "n'est pas juste", "stimmt nicht", "ist nicht richtig", "no es correcta", "non è corretta", "não é válida";
#: a word of time or degree between the negation and the adjective, in each language ("is no longer valid", "n'est
#: plus valide", "ist nicht mehr gültig", "no es del todo correcta", "non è più valida", "não é mais válida"); at
#: its clause's end or before "as written" ("(1) is not true in general" says less).
_NOT_RIGHT = (
    r"(?:(?:is|was|are|were)\s+(?:not|never|no\s+longer)\s+(?:(?:always|quite|entirely|fully|really|yet|any\s+longer)\s+)?"
    r"|(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:(?:always|quite|entirely|fully|really|yet)\s+)?"
    r"|(?:is|was|are|were)\s+un)(?:correct|right|true|valid|sound|accurate|(?:any\s+)?good)"
    r"|n['’]\s*(?:est|était|sont|étaient)\s+(?:pas|plus|jamais|guère)\s+(?:(?:toujours|vraiment|tout\s+à\s+fait"
    r"|encore)\s+)?(?:correcte?s?|juste|vraie?s?|valides?|exacte?s?)"
    r"|stimm(?:t|en)\s+nicht|(?:ist|sind|war|waren)\s+(?:nicht|nie|niemals|keineswegs)\s+(?:(?:mehr|länger|ganz"
    r"|immer|wirklich)\s+)?(?:korrekt|richtig|wahr|gültig)"
    r"|no\s+(?:es|son|era|eran)\s+(?:(?:ya|más|siempre|realmente|del\s+todo)\s+)?(?:correct[ao]s?|ciert[ao]s?"
    r"|v[áa]lid[ao]s?|verdader[ao]s?)"
    r"|non\s+(?:è|sono|era|erano)\s+(?:(?:più|affatto|sempre|davvero|proprio|ancora|mai|del\s+tutto)\s+)?"
    r"(?:corrett[aoie]|giust[aoie]|ver[aoie]|valid[aoie])"
    r"|não\s+(?:é|são|está|era)\s+(?:(?:mais|sempre|realmente|nunca)\s+)?(?:corret[ao]s?|verdadeir[ao]s?"
    r"|v[áa]lid[ao]s?)"
)
_NOT_RIGHT_END = r"(?=\s*(?:[.,;:!?)]|$|as\s+(?:written|stated|printed|given)|any\s*(?:more|longer)\b))"

#: Words that correct a display as it was written, not withdraw it from here on: an erratum ("Erratum:",
#: "Corrigendum:"), "(1) should read", "is a typo": the display was never right, and its definitions are freed from
#: where they stand.
_CORRECTING = re.compile(
    rf"{_ERRATUM}|\b(?:{_CORRECTED})\b|\b{_BEING}an?\s+(?:typo|misprint)\b",
    re.IGNORECASE,
)

#: A cross mark beside what it marks wrong ("(1) ❌", "(1) ✗"), as a check mark marks it right.
_CROSSED = r"[❌✗✘]"

#: Words that forbid using what they name: "(1) should not be used", "must not be assumed", "is not to be used".
_UNUSABLE = r"(?:(?:should|must|shall)\s+not|(?:shouldn't|mustn't)|(?:is|are)\s+not\s+to)\s+be\s+(?:used|assumed|relied\s+(?:on|upon))"

#: An English verb group that negates the verb after it, now or from here on: do-support ("does not", "didn't"), a
#: modal negated ("will not", "won't", "cannot", "can no longer", "should never", "need not"), or "no longer" or
#: "never" alone ("no longer stands"); and "no longer" after the verb it negates ("holds no longer", "stands no
#: more").  A verb of holding or standing after the one, or before the other, says a display withdrawn
#: (:data:`_FALLEN`, :data:`_NOT_HOLDING`).
_NOT_NOW = (
    r"(?:(?:does|do|did|will|would|shall|should|can|could|may|might|must|need)\s+(?:not|no\s+longer|never)"
    r"|(?:doesn|don|didn|won|wouldn|shan|shouldn|can|couldn|mustn|needn)['’]t|cannot|no\s+longer|never)\s+"
)
_NO_MORE = r"\s+no\s+(?:longer|more)\b"


def _negated(verbs: str) -> str:
    """The English verbs ``verbs`` (an alternation of their forms) negated: after :data:`_NOT_NOW` ("will not hold"),
    or before :data:`_NO_MORE` ("holds no longer")."""
    return rf"{_NOT_NOW}(?:{verbs})|(?:{verbs}){_NO_MORE}"


#: Words after a display's reference that say it falls: "(1) does not stand", "cannot stand", "no longer stands",
#: "stands no longer" (not "stands for"), "will not survive (a closer look)", "falls apart", "comes apart", "breaks
#: down", "collapses", "crumbles" (not "breaks down into" its terms, "collapses to" a simpler form, "comes from"; nor
#: the noun "mode collapse").
_FALLEN = (
    _negated(r"stands?(?!\s+for)|survives?")
    + r"|(?:falls?|fell|falling|comes?|came|coming)\s+apart|(?:(?:breaks?|broke|breaking)\s+down|collaps(?:es|ed|ing)"
    r"|crumbl(?:es|ed|ing))(?!\s+(?:into|to|onto|as|in\s+terms)\b)"
)
#: A verb of holding negated (:func:`_negated`), in each language the tables read: "does not hold", "will not hold",
#: "cannot apply", "no longer applies", "holds no longer", "ne tient pas",
#: "ne vaut plus", "n'est plus valable", "gilt nicht (mehr)", "trifft nicht zu", "no se cumple", "no vale", "non
#: vale", "non regge", "não vale", "não se verifica", "geldt niet"; not an idiom it opens ("ne tient pas compte de",
#: "gilt nicht nur", "no vale la pena").
_NOT_HOLDING = (
    rf"(?:{_negated('holds?|applies|apply')}"
    r"|(?:ne|n['’])\s*(?:tient|tiennent|vaut|valent|s['’]applique|s['’]appliquent)\s+(?:pas|plus)"
    r"|n['’]\s*(?:est|sont)\s+(?:pas|plus)\s+valables?"
    r"|(?:gilt|gelten|galt|galten)\s+nicht(?:\s+mehr)?|(?:trifft|treffen)\s+nicht\s+(?:mehr\s+)?zu"
    r"|no\s+(?:se\s+cumplen?|valen?|se\s+sostienen?|se\s+aplican?)|ya\s+no\s+(?:se\s+cumplen?|valen?)"
    r"|non\s+(?:vale|valgono|regge|reggono|sussiste|sussistono|si\s+applica)(?:\s+più)?"
    r"|não\s+(?:vale|valem|se\s+verifica|se\s+sustenta|se\s+aplica)(?:\s+mais)?"
    r"|(?:geldt|gelden)\s+niet(?:\s+meer)?|gaat\s+niet\s+(?:meer\s+)?op)"
    r"(?!\s+(?:compte|la\s+peine|la\s+pena|a\s+pena|nur|seulement|uniquement|solo|sólo|solamente|soltanto|apenas"
    r"|alleen)\b)"
)
#: Words that say a display holds in a case only ("(1) holds only when $z > 0$", "is valid if", "only applies for"):
#: what it defines is then not said outright, and is held as withdrawn (fail-safe: the case is not read).
_IN_A_CASE_ONLY = (
    r"(?:holds?|applies|apply|(?:is|are)\s+(?:valid|correct|true|right|in\s+force))\s+(?:only\b|(?:just|solely)\s+"
    r"(?:when|if|for)\b|(?:when|whenever|if|provided|unless|as\s+long\s+as|so\s+long\s+as|in\s+the\s+case)\b)"
    r"|only\s+(?:holds?|applies|apply)\b"
)
#: A prohibition before what it forbids: "Do not use (1)", "never assume (1)", "we must not rely on (1)".
_FORBIDDING = r"(?:(?:do|does|must|should|shall)\s+not|(?:don|doesn|mustn|shouldn)['’]t|never)\s+(?:us|assum|rely\s+on)"
#: Verbs of undoing ("We undo (1)", "revert (1)", "reverse (1)"; "reverse" not after an article, "the reverse
#: process" being no verb, and read in a sentence only right before a display's reference, as in "reverse equation
#: (1)": :data:`_WITHDRAWING`) and of letting go, whose object follows a preposition ("Forget about (1)", "get rid
#: of", "do away with", "dispense with", "let go of").
_UNDO = r"undo\w*|undid|revert\w*"
_REVERSING = r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)revers(?:e|es|ed|ing)"
_UNDOING = rf"{_UNDO}|{_REVERSING}"
_BEFORE_A_REFERENCE = (
    r"(?=[\s~]+(?:(?:the\s+)?(?:equation|eq\.|display|definition|assumption)s?[\s~]*)?(?:\(|\\(?:eq|auto|c|C)?ref\b))"
)
_LETTING_GO = (
    r"(?:forget\w*|forgot\w*)\s+(?:all\s+)?about|(?:get|gets|getting|got|gotten)\s+rid\s+of"
    r"|(?:do|does|doing|did|done)\s+(?:away\s+with|without)|dispens\w*\s+with|let\w*\s+go\s+of"
)
#: Withdrawing verbs of giving up: "we abandon (1)", "rescind", "Wir verwerfen (1)", and those of :data:`_PHRASAL`
#: with their particle before the object ("give up (1)", "take back", "rule out", "throw out").
_GIVING_UP = "|".join(
    ["abandon", "rescind", "verwerf", "verwarf"]
    + [rf"{_either(forms)}\s+{_either(particles)}{_PARTICLE_END}" for forms, particles in _PHRASAL]
)
#: A withdrawing verb of :data:`_PHRASAL` and its particle with the object between them ("We take (1) back", "rule (1)
#: out", "give (1) up", "Wir ziehen (1) zurück"; not "take (1) back to the start", a motion, nor "take (1) up", a
#: particle of another verb), no negation between them ("Wir ziehen (1) nicht zurück"): each verb's forms right
#: before the object, its own particle right after it.
_SPLIT_PAIRS = tuple(
    (_either(forms), rf"{_either(particles)}{end}")
    for table, end in ((_PHRASAL, _PARTICLE_END), (_GERMAN_PHRASAL, _GERMAN_PARTICLE_END))
    for forms, particles in table
)
_SPLIT = "|".join(
    rf"{verb}\s+(?:(?!\b(?:not|never|nicht|nie|niemals|kein\w*)\b)[^.;:!?]){{1,40}}?\s+{particle}"
    for verb, particle in _SPLIT_PAIRS
)
#: Words that say a display not right in Chinese, Japanese and Korean ("(1) 不正确", "(1) は正しくない", "(1)은 옳지 않다"),
#: and that it does not hold ("不成立", "成り立たない", "성립하지 않").
_NOT_RIGHT_EAST = r"不正确|不正確|不成立|正しくない|成り立たない|옳지\s*않|맞지\s*않|성립하지\s*않"

#: A negation opening a that-clause, denying what the clause says of the display it opens with (:data:`_DENIED_BEFORE`):
#: "It is not the case that (1) holds", "It is no longer true that", "It isn't true that", "It is untrue that", "Il
#: n'est pas vrai que", "Es ist nicht wahr, dass", "No es cierto que", "Non è vero che", "Não é verdade que", "Het is
#: niet waar dat" (not "It is not only the case that").
_DENIED_THAT = (
    r"\bit\s+(?:(?:is|was)\s+(?:not|no\s+longer|never)|isn['’]t|wasn['’]t)\s+(?:the\s+case|true|correct|right)\s+that"
    r"|\bit\s+(?:is|was)\s+(?:untrue|false)\s+that"
    r"|\bil\s+n['’]\s*(?:est|était)\s+(?:pas|plus)\s+(?:vrai|exact|juste|le\s+cas)\s+qu(?:e\b|['’])"
    r"|\bes\s+ist\s+nicht\s+(?:mehr\s+)?(?:wahr|richtig|der\s+Fall)\s*,?\s+dass"
    r"|\bno\s+es\s+(?:cierto|verdad)\s+que|\bnon\s+è\s+(?:più\s+)?vero\s+che|\bnão\s+é\s+(?:mais\s+)?verdade\s+que"
    r"|\bhet\s+is\s+niet\s+(?:meer\s+)?waar\s+dat"
)

#: Verbs of lifting what they name, read wherever they stand in a clause that names a definition
#: (:func:`_clause_spans`): "Assumption (1) is lifted", "we relax (1)", "(1) is waived", "(1) is hereby replaced by an
#: arbitrary $a$", "(1) is moot", "is superseded", "we suspend (1)".
_LIFTING = r"lift(?:s|ed|ing)?|relax\w*|waiv\w*|replac\w*|moot|supersed\w*|suspend\w*"
#: A verb of keeping, needing or assuming negated, active ("We will not keep (1)", "do not need", "does not retain")
#: or passive ("(1) is no longer assumed", "is not needed", "is no longer in effect"); not where an infinitive follows
#: in its clause ("We do not need (1) to be dropped": what is not needed is the withdrawal).
_KEEPING_VERB = r"keep|keeps|kept|retain\w*|need\w*|requir\w*|assum\w*|us(?:e|es|ed|ing)|impos\w*|maintain\w*"
_NOT_KEPT = (
    rf"(?:{_NOT_NOW}(?:{_KEEPING_VERB})|(?:{_KEEPING_VERB}){_NO_MORE}"
    r"|(?:is|was|are|were|be|been)\s+(?:not|never|no\s+longer)\s+(?:\w+ly\s+)?"
    rf"(?:{_KEEPING_VERB}|in\s+(?:effect|force|place|use)))(?![^.;:!?]*\bto\s+\w)"
)

#: The stems of verbs of letting go that "no longer" before them negates ("We no longer ignore the definition": kept).
_LETTING_GO_STEM = r"(?:ignor|disregard|drop|neglect|omit|discard|forget|exclud|skip|set\s+aside)"

#: Words that withdraw what they point at: "ignore", "drop", "withdrawn", "no longer holds", "is a typo", "should be
#: ignored", "oubliez", "entfällt", "descártese".
_WITHDRAWING = re.compile(
    r"\b(?:ignor\w*|disregard\w*|drop\w*|withdr[ae]w\w*|retract\w*|discard\w*|forget\w*|forgot\w*|scrap\w*"
    rf"|cancel\w*|revok\w*|delet\w*|remov\w*|strik\w*|struck|(?:{_GIVING_UP})\w*|(?:{_FORBIDDING})\w*|{_FALLEN}"
    rf"|{_UNDO}|{_REVERSING}{_BEFORE_A_REFERENCE}|{_LETTING_GO}|{_DENIED_THAT}"
    rf"|{_IN_A_CASE_ONLY}|(?<!from\s)scratch\w*|set\s+aside|no\s+longer(?!\s+{_LETTING_GO_STEM})|{_LIFTING}|{_NOT_KEPT}"
    r"|stop\w*\s+(?:assuming|using)"
    rf"|{_NOT_HOLDING}|(?:is|was|are|were)\s+(?:an?\s+)?(?:typo"
    r"|misprint|mistake|error|wrong|false|incorrect|erroneous|invalid|void)(?!\s+(?:not\s+)?to\b|-free\b)|oubli\w*|supprim\w*|retir\w*"
    r"|vergess\w*|ignorier\w*|entf[äa]llt|gestrichen|streich\w*|olvid\w*|descart\w*|elimin\w*"
    rf"|{_BEING}{_FAULTY}(?!\s+(?:not\s+)?to\b)|{_CORRECTED}|{_UNUSABLE})\b"
    rf"|(?<!\w)(?:{_NOT_RIGHT}){_NOT_RIGHT_END}"
    rf"|{_CROSSED}|{_ERRATUM}|\b(?:{_SPLIT})"
    # said wrong in Russian, Polish and Swedish (a word of its own: "Уравнение (1) неверно", "Równanie (1) jest
    # błędne", "Ekvation (1) är fel"), and in Japanese, Korean and Chinese, whose words are not spaced
    r"|(?<!\w)(?:неверн\w*|ошибочн\w*|ложн\w*|błędn\w*|niepoprawn\w*|fałszyw\w*|(?:är|var)\s+fel(?!\w)"
    rf"|felaktig\w*|ogiltig\w*|{_WRONG_ABROAD})|誤り|誤っ|間違|틀렸|틀린|잘못|错的|错误|有误|不对|作废|{_NOT_RIGHT_EAST}",
    re.IGNORECASE,
)
#: Words that keep what the withdrawing verb after them in their clause names, the sentence not performing the
#: withdrawal: a negation ("we do not drop (H)", "Nobody should ignore", "never", "without"; "ne", "nicht", "nadie"),
#: a warning against it ("It would be a mistake to ignore", "avoid", "beware of", "rather than"; "une erreur de",
#: "vermeiden", "evite"), others doing it ("Some authors drop (H)", a cited work the verb's subject: "Smith [2] drops
#: (H)", "Ho et al. drop (H)"; not "Like many authors we drop (H)", "Following [2] we drop (H)").  Two of
#: them undo each other ("It would be a mistake not to ignore"), and so perform it.
_KEEPING = re.compile(
    r"\b(?:not|never|nobody|neither|nor|cannot|lest|hesitat\w*\s+to|fail\w*\s+to)\b|n't\b"
    r"|\bno\s+(?:one|readers?|authors?|circumstances?)\b|\b(?:no|without)\s+(?:\w+\s+)?$"
    r"|\b(?:mistake|error|wrong|unwise|incorrect|dangerous|bad\s+idea|careless)\s+(?=(?:not\s+)?to\b)"
    r"|\b(?:avoid\w*|refrain\w*|bewar\w*|rather\s+than|instead\s+of)\b"
    r"|(?:\b(?:some|many|several|most|other)\s+(?:authors|readers|texts|books|papers|references|people|students"
    r"|sources|writers)|\bothers)\b(?!.*\b(?:we|I|us)\b)"
    rf"|(?:{_CITATION}|\bal\.)\s*$"  # "Ho et al. drop" ("et" ends a clause)
    r"|\b(?:ne|sans|jamais)\b|\bn'|\b(?:une\s+erreur|une\s+faute|tort)\s+d(?:e\b|')|\b[ée]vit\w*|\bau\s+lieu\s+de\b"
    r"|\b(?:nicht|nie|niemals|niemand|kein\w*|weder|ohne|statt|anstatt|vermeid\w*)\b|\bein\s+Fehler\b"
    r"|\b(?:nunca|jam[áa]s|nadie|ning[úu]n\w*|sin|evit\w*)\b|\bun\s+error\b",
    re.IGNORECASE,
)
#: "Nothing" or "none" as the subject opening the verb's clause ("Nothing in (1) is wrong", "None of (1)-(3) is
#: wrong"; not "Since nothing depends on it we drop (1)", where it opens no clause of the verb's).
_NOTHING_OPENS = re.compile(r"^\W*(?:nothing|none)\b(?!\s+but\b)", re.IGNORECASE)
#: A German negation after the verb, where German puts it ("Wir ignorieren die obige Definition nicht", "... weder,
#: noch ...").
_KEEPING_AFTER = re.compile(r"\b(?:nicht|nie|niemals|weder)\b", re.IGNORECASE)
_GERMAN_VERB = re.compile(r"ignorier|vergess|streich|entf[äa]llt|gestrichen|verw[ae]rf", re.IGNORECASE)
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
    :data:`_NEAR` words before it in its clause (:data:`_KEEPING`, a counterfactual :data:`_IF` ... :data:`_WOULD`,
    :data:`_NOTHING_OPENS` its clause),
    or two that undo each other, or words after it that make it the note's own too ("Some authors drop (H), and so
    do we": hedges._OURS_TOO).  A display's reference ends no clause ("Nothing in (1) is wrong")."""
    whole = _CLAUSE_END.split(_blanked(_TAG_REFERENCE, words[: verb.start()]))[-1]
    clause = " ".join(whole.split()[-_NEAR:]) + " "
    after = _CLAUSE_END.split(words[verb.end() :])
    keeping = len(_KEEPING.findall(clause)) - bool(_NEITHER_NOR.search(clause)) + bool(_NOTHING_OPENS.match(whole))
    keeping += bool(_IF.search(clause) and _WOULD.search(words))
    keeping += bool(_GERMAN_VERB.match(verb.group(0)) and _KEEPING_AFTER.search(after[0]))
    ours = any(_OURS_TOO.match(part) for part in words[verb.end() :].split(",")[1:])
    return keeping != 1 or ours


#: A word saying a fault, read by its stem ("an error", "erroneous", "a typo", "typographical", "misprinted", "mistyped",
#: "a bug", "buggy", "wrong", "incorrectly", "faulty", "flawed", "a blunder", "a slip"; "inaccurate", "inexact"), but for a warning ("a mistake to ignore"; a Romance
#: infinitive and its object, "sería un error descartar la definición"), an error that is a quantity ("the error
#: term", "the squared error"), or "error-free".
_FAULT_WORD = re.compile(
    r"(?<![-\w])(?P<quantity>(?:squared|mean|absolute|relative|reconstruction|approximation|prediction|estimation|truncation"
    r"|discretization|rounding|numerical|training|test|generalization|sampling|quantization|standard|bayes)\s+)?"
    r"(?:erro\w*|errat(?:um|a)|mistak\w*|mistyp\w*|typo\w*|misprint\w*|bug\w*|wrong\w*|incorrect\w*|fault\w*|flaw\w*"
    r"|false\w*|invalid\w*|bogus|inaccura(?:te|tely|cy|cies)|inexact(?:ly|ness)?|blunder\w*|slip(?:s|-ups?)?)(?![-\w])(?!\s+(?:not\s+)?to\b|\s+\w+(?:ar|er|ir|re)\s+(?:la|el|los|las|lo|il|gli|le|les"
    r"|l['’]|est[ae]s?|es[ae]s?|quest[aeio])\b)(?![-\s]*(?:free|terms?|bounds?|functions?"
    r"|estimates?|rates?|variances?|bars?|positives?|negatives?)\b)",
    re.IGNORECASE,
)
#: A warning against judging a display so ("It would be wrong to call (1) correct", "It is a mistake to regard (1) as
#: valid", "an error to treat", "misleading to say"): it turns round the judgement it governs, as a negation does
#: ("wrong to call (1) incorrect" says (1) right; in "wrong not to call (1) correct", "not" is counted apart).
_WARNING_IN_ENGLISH = (
    r"\b(?:wrong|a\s+mistake|an\s+error|incorrect|false|misleading|unjustified|unwarranted)(?=\s+(?:not\s+)?to\s+"
    r"(?:call|say|claim|consider|regard|treat|think|believe|deem|assume|state|describe|label|declare|conclude|view"
    r"|take|accept)\b)"
)
_WARNING = (
    rf"(?:{_WARNING_IN_ENGLISH}"
    # French, Spanish, Italian and Portuguese: "faux de dire que", "une erreur de qualifier", "un error decir que",
    # "sbagliato dire che", "errado dizer que"
    r"|\b(?:faux|fausse|une\s+erreur|tort|erron[ée]e?|inexact|incorrect[oa]|un\s+error|err[óo]ne[oa]|sbagliat[oa]"
    r"|un\s+errore|errat[oa]|errad[oa]|um\s+erro)(?=\s+(?:de\s+|d['’]\s*)?(?:dire|qualifier|consid[ée]rer|appeler"
    r"|traiter|affirmer|croire|penser|decir|llamar|considerar|afirmar|creer|pensar|chiamare|considerare|affermare"
    r"|credere|pensare|dizer|chamar|achar)\b))"
)
#: A plain negation right before a fault word, which makes it none ("no error", "not incorrect", "without any typo",
#: "free of errors", "isn't wrong", "nothing wrong", "Nothing in (1) is wrong"), or a warning against the judgement it
#: ends ("wrong to call (1) incorrect", "a mistake to say that (1) is wrong"; no negation between them: "wrong to say
#: (1) is not incorrect" is a fault).
_PLAINLY_NEGATED = re.compile(
    r"(?:(?:\b(?:no|not|without|free\s+of|nothing(?:\s+(?:in|about|of)\s+[^.;:,!?]{1,40}?\s+(?:is|was|seems|looks))?)"
    r"|n['’]t)\s+(?:(?:a|an|any|single)\s+)?"
    rf"|{_WARNING_IN_ENGLISH}\s+to\s+\w+\s+(?:(?!(?:not|no|never|hardly|scarcely|barely)\b|\S*n['’]t\b)[^\s,;:.!?]+\s+){{0,5}})$",
    re.IGNORECASE,
)
#: A negation, and a verb of doubt or denial, each of which turns round what it governs ("not", "nobody", "never",
#: "cannot", "doubts", "deny").
_NEGATING = (
    r"\b(?:not|no|never|nobody|none|nothing|neither|nor|cannot|without|lest|nowhere)\b|n['’]t\b|\bfree\s+of\b"
    rf"|{_WARNING}"
    r"|\b(?:doubt\w*|den(?:y|ies|ied|ying|ial)|disput\w*|question\w*|refut\w*|contest\w*|reject\w*|disagree\w*)"
)
#: Words that turn a sentence round or qualify what it says: a negation or a verb of doubt or denial
#: (:data:`_NEGATING`), a hedge or an intensifier ("hardly", "far from", "not just", "merely", "even"), an exception
#: ("There is nothing wrong with (1) except the sign", "but the sign", "apart from").
_TURNING = re.compile(
    rf"{_NEGATING}|\b(?:hardly|scarcely|barely|just|merely|only|simply|even|far\s+from|anything\s+but|less\s+than"
    r"|almost|nearly|partly|partially|somewhat|quite|rather|except\w*|apart\s+from|aside\s+from|other\s+than|besides"
    r"|save|but)\b",
    re.IGNORECASE,
)
#: A word of being right at its clause's end ("Nobody would call (1) correct.", "(1) never was correct.").
_RIGHT_WORD = re.compile(
    r"\b(?:correct|right|true|valid|accurate|exact|sound|fine|correcte?s?|juste|exacte?s?|vraie?s?|valides?"
    r"|correct[ao]s?|ciert[ao]s?|v[áa]lid[ao]s?|verdader[ao]s?|corrett[aoie]|giust[aoie]|ver[aoie]|valid[aoie]"
    r"|corret[ao]s?|verdadeir[ao]s?|(?:erro\w*|typo\w*|bug\w*|mistake\w*|fault\w*|flaw\w*)-free)\b"
    r"(?![-\s]*(?:hand|side))",
    re.IGNORECASE,
)
#: A negation as :func:`_says_a_fault` counts it round a word of being right.
_NO_FAULT = re.compile(_NEGATING, re.IGNORECASE)
#: A word of being right said of a display with a negation or hedge before it ("is anything but correct", "is far
#: from correct", "is hardly right", "is not quite true", "cannot be valid", "doesn't look correct").
_HEDGE = (
    r"(?:not(?!\s+(?:only|just|merely|simply|solely)\b)|never|hardly|scarcely|barely|far\s+from|anything\s+but|less\s+than|nowhere\s+near|by\s+no\s+means"
    r"|in\s+no\s+way|not\s+quite|almost|nearly|partly|partially|somewhat|only)"
)
_RIGHT_DOUBTED = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|seems?|seemed|looks?|looked|appears?|appeared)\s+(?:" + _HEDGE + r"\s+)+"
    r"|(?:\b(?:not|never|cannot|hardly|scarcely)|n['’]t)\s+(?:be|seem|look|appear|sound)\w*\s+(?:" + _HEDGE + r"\s+)*)"
    r"(?:\w+ly\s+)?(?:correct|right|true|valid|accurate|exact|sound|fine)\b(?![-\s]*(?:hand|side))",
    re.IGNORECASE,
)

#: A verb of remedying right before a fault word, its object ("(1) corrects an error in [3]", "fixes a sign error of"):
#: the fault is what it removes, said of what follows (:func:`_remedied`).
_REMEDYING = re.compile(
    r"\b(?:correct|fix|repair|remed|resolv|eliminat|avoid|rectif|amend)\w*\s+"
    r"(?:(?:an?|the|this|that|one|two|several|some|many|all|its|their)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Words that may name a display: a bracket, a reference, a word for one ("in (2)", "in \eqref{h}", "in Equation 2").
_MAY_NAME_A_DISPLAY = re.compile(r"[()]|\\(?:eq|auto|c|C)?ref\b|\b(?:equation|eq|display|formula)s?\b", re.IGNORECASE)
#: A belief or a claim reported right before a fault word ("(1) was thought wrong", "was believed to be an error") ...
_REPORTED = re.compile(
    r"\b(?:thought|believed|considered|deemed|said|claimed|suspected|feared|alleged)\s+(?:to\s+be\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)
#: ... and the sentence's last clause, after "but", saying the same display right: "but it is correct", "but is in
#: fact right", "but it turns out to be valid", "but it holds" (not "but (2) is correct", which sets another against it).
_BUT_RIGHT = re.compile(
    r"^\s*,?\s*but\s+(?:(?:it|this|that|they)\s+)?"
    r"(?:(?:is|was|are|were|(?:turns?|turned|proves?|proved)\s+out\s+to\s+be|proves?\s+to\s+be)\s+"
    r"(?:(?:in\s+fact|actually|indeed|really)\s+)?(?:correct|right|true|valid|fine|sound)|(?:in\s+fact\s+|actually\s+)?holds?)"
    r"\W*$",
    re.IGNORECASE,
)
#: A word of being right said of a past belief or state, not of now ("(1) was once thought correct", "used to be
#: valid", "was correct in the first draft only"), but where the sentence ends saying it still is ("and it still is",
#: "and it is", "and indeed it holds").
_RIGHT_NO_LONGER = re.compile(
    r"\b(?:(?:was|were)\s+(?:(?:once|formerly|originally|previously|initially|long|at\s+first)\s+)?(?:thought|believed"
    r"|considered|deemed|held|taken|assumed)|(?:was|were)\s+(?:once|formerly|originally|previously|initially|at\s+first)"
    r"|used\s+to\s+be(?:\s+(?:thought|believed|considered|deemed))?)\s+(?:to\s+be\s+)?(?:correct|right|true|valid"
    r"|accurate|exact|sound)\b(?!.*\band\s+(?:indeed\s+)?(?:(?:it|this|they)\s+)?(?:(?:still|indeed)\s+)?(?:is|are|holds?)"
    r"(?:\s+(?:still|indeed))?\W*$)"
    r"|\b(?:was|were)\s+(?:correct|right|true|valid)\s+(?:only\s+)?(?:in|for)\s+(?:the|an|our)\s+(?:first|earlier"
    r"|previous|original|old|older)\s+(?:draft|version|edition)",
    re.IGNORECASE,
)
#: A word of being right, then an elliptical denial closing the sentence: "(1) seems correct at first sight, but it is
#: not", "looks right but isn't", "appears to hold, but it does not".
_BUT_NOT = re.compile(
    r"\b(?:correct|right|true|valid|accurate|exact|sound|fine|holds?|to\s+hold)\b[^.;!?]*?\bbut\s+"
    r"(?:(?:it|this|that|they|(?:the\s+)?(?:equation|display|formula)(?:\s*\(\w+\))?|\(\w+\))\s+)?"
    r"(?:(?:is|was|are|were|does|did)\s+not|(?:isn|wasn|aren|weren|doesn|didn)['’]t)"
    r"(?:\s+(?:really|actually|in\s+fact|so|the\s+case))?\W*$",
    re.IGNORECASE,
)
#: "not only", "not just": no negation ("Not only is (1) correct, it is also simple").
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply|solely)\b", re.IGNORECASE)


def _remedied(words: str, found: re.Match) -> bool:
    """Whether the fault word ``found`` is what a verb of remedying before it removes (:data:`_REMEDYING`) with no
    display named after it: "(1) corrects an error in [3]" says no fault of (1); "corrects an error in (2)" (the
    fault then (2)'s) is read as a fault said."""
    return bool(_REMEDYING.search(words[: found.start()])) and not _MAY_NAME_A_DISPLAY.search(words[found.end() :])


def _belief_undone(words: str, found: re.Match) -> bool:
    """Whether the fault word ``found`` is a belief reported (:data:`_REPORTED`) that the sentence's last clause turns
    round (:data:`_BUT_RIGHT`): "(1) was thought wrong, but it is correct"."""
    return bool(_REPORTED.search(words[: found.start()]) and _BUT_RIGHT.match(words[found.end() :]))


def _says_a_fault(words: str) -> bool:
    """Whether the sentence ``words`` says something faulty: a fault word (:data:`_FAULT_WORD`) but where a plain
    negation right before it makes it none (:data:`_PLAINLY_NEGATED`: "There is no error", "is not incorrect") and
    nothing else in the sentence turns it round or qualifies it (:data:`_TURNING`: "It is not true that (1) has no
    error", "No one doubts there is an error", "is not just wrong"); a word of being right negated or hedged
    (:data:`_RIGHT_DOUBTED`: "is anything but correct"; "is not true in general" says less) that no negation among the
    :data:`_NEAR` words before it in its clause turns round ("We do not claim that Equation 1 is not correct"); or one
    at its clause's end that an odd number of negations or verbs of doubt or denial in its clause turn round
    (:func:`_right_denied`: "Nobody would call (1) correct", "(1) never was correct"); a word of being right said of the
    past only (:data:`_RIGHT_NO_LONGER`: "(1) was once thought correct") or denied by an elliptical last clause
    (:data:`_BUT_NOT`: "seems correct, but it is not").  A fault word a verb of remedying removes with no display named
    after it (:func:`_remedied`: "(1) corrects an error in [3]") or a belief of a fault that a last clause turns round
    (:func:`_belief_undone`: "(1) was thought wrong, but it is correct") is none.  Said of a display named by its
    reference, the display's definitions are held (fail-safe: the reader does not tell a retraction from a remark, and
    a name freed is held, not refuted)."""
    faults = [
        found
        for found in _FAULT_WORD.finditer(words)
        if not (found.group("quantity") or _remedied(words, found) or _belief_undone(words, found))
    ]
    negated = [(found, _PLAINLY_NEGATED.search(words[: found.start()])) for found in faults]
    if any(negation is None for _, negation in negated):
        return True
    if negated:
        rest, at = [], 0
        for found, negation in negated:
            rest.append(words[at : negation.start()])
            at = found.start()
        if _TURNING.search(" ".join([*rest, words[at:]])):
            return True
    if _RIGHT_NO_LONGER.search(words) or _BUT_NOT.search(words):
        return True
    doubted = [found for found in _RIGHT_DOUBTED.finditer(words) if re.match(_NOT_RIGHT_END, words[found.end() :])]
    for fault in doubted:
        clause = " ".join(_CLAUSE_END.split(words[: fault.start()])[-1].split()[-_NEAR:]) + " "
        if len(_NO_FAULT.findall(clause)) % 2 == 0:
            return True
    return _right_denied(words)


def _blanked(pattern: re.Pattern, text: str) -> str:
    """``text`` with what ``pattern`` finds in it blanked, each character a space (its places kept)."""
    return pattern.sub(lambda found: " " * len(found.group(0)), text)


def _right_denied(words: str) -> bool:
    """Whether a word of being right (:data:`_RIGHT_WORD`) ends its clause (:data:`_NOT_RIGHT_END`) with an odd number
    of negations or verbs of doubt or denial (:data:`_NO_FAULT`) before it in its clause, a display's reference not
    ending one: "Nobody would call (1) correct", "(1) never was correct", "We cannot deny (1) is not right"; "No one
    doubts (1) is correct" says it right."""
    unbracketed = _blanked(_NOT_ONLY, _blanked(_TAG_REFERENCE, words))
    return any(
        re.match(_NOT_RIGHT_END, words[found.end() :])
        and len(_NO_FAULT.findall(_CLAUSE_END.split(unbracketed[: found.start()])[-1])) % 2 == 1
        for found in _RIGHT_WORD.finditer(words)
    )


#: A withdrawing verb right before a reference to a display ("we drop (H)", "ignore equation (1)", "discard assumption
#: \eqref{h}"), and words right after one that withdraw it ("(H) no longer holds", "(A1) is dropped", "Equation (1) is a
#: typo", "(*) does not hold"): a reference elsewhere in the sentence ("By (1), the constant term drops out") is no
#: withdrawal of it.
#: A withdrawing verb before its object ("drop", "no longer assume", "stop using").
_VERB_BEFORE = (
    rf"\b(?:{_LETTING_GO}|{_UNDOING}"
    r"|ignor|disregard|drop|withdr[ae]w|retract|discard|forget|scrap|scratch|cancel|revok|delet|remov|strik|set\s+aside"
    r"|no\s+longer\s+(?:assum|us|need|requir|impos)|stop\w*\s+(?:assum|us)"
    rf"|oubli|supprim|retir|vergess|ignorier|streich|olvid|descart|elimin|{_GIVING_UP}|{_FORBIDDING})\w*\s+"
)
#: What a withdrawing verb's object may say of the display it names before its reference: a noun for a display or
#: what it states ("the equation", "the claim made in", "the definition of"), or a free relative of saying ("what we
#: said in", "everything we assumed in", "all that was stated in", "ce que nous avons dit dans", "lo que dijimos en").
_STATEMENT_NOUN = (
    r"(?:the\s+|our\s+|l['’]|la\s+|les\s+|die\s+)?(?:assumptions?|equations?|eqs?\.|definitions?|displays?|conditions?"
    r"|formula[es]?|relations?|claims?|statements?|assertions?|hypothes[ie]s|[ée]quations?|hypoth[èe]ses?"
    r"|d[ée]finitions?|Gleichung(?:en)?|Annahmen?|ecuaci[óo]n(?:es)?)"
    r"(?:\s+(?:(?:made|stated|given|written|set|introduced|claimed|assumed)\s+)?(?:in|of|from|at))?"
)
_SAID_IN = (
    r"(?:(?:what|everything|all)\s+(?:that\s+)?(?:(?:we|I|was|were|is|are|had|has|have|been|just|earlier|above"
    r"|previously|first)\s+){1,3}(?:said|wrote|written|stated|claimed|assumed|defined|set|put|proposed|asserted"
    r"|supposed|posited)|ce\s+que\s+(?:nous\s+avons|j['’]ai|l['’]on\s+a)\s+(?:dit|écrit|supposé|affirmé)"
    r"|lo\s+que\s+(?:dijimos|escribimos|supusimos|afirmamos))\s+(?:in|at|by|dans|en)\s+"
    rf"(?:{_STATEMENT_NOUN})?"
)
_WITHDRAWING_BEFORE = re.compile(
    rf"{_VERB_BEFORE}(?:both\s+|all\s+|each\s+of\s+)?(?:{_SAID_IN}|{_STATEMENT_NOUN})?[\s~]*\(?\s*$|{_ERRATUM_OF}",
    re.IGNORECASE,
)
#: A denial (:data:`_DENIED_THAT`) right before a display's reference, a noun for what it states between: the display
#: is withdrawn unless what the clause says of it withdraws it ("It is not the case that (1) fails" keeps it).
_DENIED_BEFORE = re.compile(rf"(?:{_DENIED_THAT})\s+(?:{_STATEMENT_NOUN})?[\s~]*\(?\s*$", re.IGNORECASE)
_WITHDRAWN_AFTER = re.compile(
    r"^\)?\s*(?:(?:above|earlier|previously)\s+)?"  # "(\ref{h}) is wrong", "\eqref{h} above is wrong"
    rf"(?:{_BEING}{_FAULTY}|{_CORRECTED}|{_UNUSABLE}|{_NOT_HOLDING}|fails|{_FALLEN}|{_IN_A_CASE_ONLY})\b"
    rf"|^\)?\s*{_CROSSED}|^\)?\s*(?:{_NOT_RIGHT}){_NOT_RIGHT_END}"
    # said wrong in Russian, Polish and Swedish ("(1) неверно", "(1) jest błędne", "(1) är fel"), Japanese, Korean and
    # Chinese ("(1) は誤り", "(1)은 틀렸다", "(1) 是错的"), with a particle or a copula before
    r"|^\)?\s*(?:(?:jest|było|является|är|var)\s+)?(?:неверн|ошибочн|ложн|błędn|niepoprawn|fałszyw|felaktig|ogiltig)\w*"
    r"|^\)?\s*(?:är|var)\s+fel(?!\w)"
    rf"|^\)?\s*(?:denklemi\s+)?{_WRONG_ABROAD}"
    rf"|^\)?\s*(?:[はがもを은는이가]\s*)?(?:誤り|誤っ|間違|틀렸|틀린|잘못|{_NOT_RIGHT_EAST})"
    rf"|^\)?\s*(?:(?:是|有|为)\s*)?(?:错的|错误|有误|不对|作废|{_NOT_RIGHT_EAST})",
    re.IGNORECASE,
)

#: What joins the references of a list ("(1) and (2)", "(1), (2) or (3)", "\\eqref{a} and~\\eqref{b}") and of a range
#: ("(1)–(3)", "(1) to (3)", "(1) bis (3)"): what is said of the list or range is said of each member.
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&|as\s+well\s+as|et|und|y|e|en|ou|oder|o)\s*", re.IGNORECASE)
_THROUGH = re.compile(r"\s*(?:[-–—−]{1,2}|to|through|thru|up\s+to|bis|à|a|tot|até|al)\s*", re.IGNORECASE)

#: What a renderer shows as a space between words (a tie, a no-break space written or as its entity) and what it
#: shows beside the words, not among them (a footnote's mark, ``[^1]``, ``\\footnote{...}``): read as a space.
_SPACE_SHOWN = re.compile(
    r"(?<!\\)~|&nbsp;|&#160;|&#x[aA]0;|\u00a0|\u202f|\[\^[^\]\s]+\]"
    r"|\\footnote(?:mark)?\s*(?:\[[^\]]*\]\s*)*\{[^{}]*\}"
)
#: Emphasis and font as the source marks them, the words they set kept: Markdown's ``*...*``, ``**...**``, ``_..._``
#: paired around words (not a tag ``(*)``; HTML's tags are blanked already), TeX's ``\\emph{...}``, ``\\textbf{...}``, changes' ``\\added{...}`` and a bare group's braces.
_EMPHASIS = re.compile(r"(?<![\w\\*_])(\*{1,3}|_{1,3})(?=\w)(.+?)(?<=\w)\1(?![\w*_])")
_FONT = re.compile(
    r"\\(?:emph|textbf|textit|textsl|textsc|textup|textmd|textnormal|textrm|textsf|underline|uline|added|mbox|text)"
    r"\*?\s*(?:\[[^\]]*\]\s*)?(?=\{)"
)
_GROUP = re.compile(r"(?<![\w\\@}\]])\{([^{}]*)\}")
#: MathJax's reference written in inline maths, as Markdown needs it: ``$\\eqref{h}$`` shows as ``\\eqref{h}`` does.
_REFERENCE_IN_MATHS = re.compile(r"\$\s*(\\(?:eq|auto|c|C)?ref\s*\{[^{}]+\})\s*\$")


def _shown(sentence: str) -> str:
    """The sentence's words as a renderer shows them: its spaces a space, its marks of emphasis and font, footnotes and
    citations taken out (its inline maths as written, but for a reference alone in maths, unwrapped)."""
    pieces = re.split(r"(\$[^$]*\$)", _REFERENCE_IN_MATHS.sub(r"\1", sentence))
    for at in range(0, len(pieces), 2):
        text = _EMPHASIS.sub(r"\2", _FONT.sub("", _SPACE_SHOWN.sub(" ", pieces[at])))
        while (ungrouped := _GROUP.sub(r"\1", text)) != text:
            text = ungrouped
        pieces[at] = text
    return "".join(pieces)


#: A display's tag or label as its source writes it (``\\tag{H}``, ``\\tag*{1}``, ``\\label{h}``).
_TAG = re.compile(r"\\tag\*?\s*\{([^{}]+)\}")
_LABEL = re.compile(r"\\label\s*\{([^{}]+)\}")
#: A reference to a label (``\\eqref{h}``, ``\\ref{h}``) and to a tag as the rendered text shows it (``(H)``,
#: "Equation (1)").
_REFERENCE = re.compile(r"\\(?:eq|auto|c|C)?ref\s*\{([^{}]+)\}")
_TAG_REFERENCE = re.compile(r"\(([^()\s$](?:[^()$]{0,10}[^()\s$])?)\)")
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


def _prose_readings(notes: Notes) -> list[dict[int, str]]:
    """The note's prose lines as each renderer shows them: as parsed, and where a CriticMarkup part touches them, as a
    renderer of CriticMarkup prints them and as one that reads none shows them (:data:`critic.READINGS`); a
    withdrawal any of them says is read; and each paragraph given a line another holds (a footnote's, read at its
    mark: :func:`_overlaid`) as read there."""
    lines = _prose_lines(notes)
    spans = critic.spans(notes.source)
    overlaid = _overlaid(notes)
    if not spans:
        return [lines, *overlaid]
    touched = [number for number in lines if any(first <= number <= last for first, last in spans)]
    readings = [lines, *overlaid]
    for reading in critic.READINGS:
        rendered = reading(notes.source).split("\n")
        readings.append({**lines, **{number: rendered[number - 1] for number in touched}})
    return readings


def _overlaid(notes: Notes) -> list[dict[int, str]]:
    """The lines of each paragraph of the note's prose that starts on a line an earlier one holds (a footnote read at
    its mark shares the mark's line, and :func:`_prose_lines` keeps the mark's paragraph there): its own reading."""
    held: set[int] = set()
    readings = []
    for paragraph in notes.prose:
        numbered = {paragraph.line + offset: text for offset, text in enumerate(paragraph.text.split("\n"))}
        if paragraph.line in held:
            readings.append(numbered)
        held.update(numbered)
    return readings


def _sentences_with_lines(notes: Notes, lines: dict[int, str]) -> list[tuple[int, str, str, str]]:
    """The sentences of the note's prose ``lines`` outside its displays, each with the line it starts on, the maths
    written on that line before it and the mark that ends it ("." "?"; "" for none)."""
    inside = {n for first, last in notes.displays for n in range(first, last + 1)}
    found: list[tuple[int, str, str, str]] = []
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
                offset += len(sentence)
                ending = joined[offset : offset + 1].strip()
                found.append((start + joined.count("\n", 0, offset - len(sentence)), sentence, maths, ending))
        block = [(number, text)] if number is not None and number not in inside and text.strip() else []
    return found


#: A table cell that says its row's display is faulty: a word of :data:`_FAULTY` or a cross mark alone ("| (1) |
#: wrong |", under a column headed "Status").
_FAULTY_CELL = re.compile(rf"\W*(?:{_FAULTY}|({_CROSSED}))\W*", re.IGNORECASE)


def _rows_said(notes: Notes) -> list[tuple[int, str, str, str]]:
    """What each table row of the note (cells on one line) with a faulty cell (:data:`_FAULTY_CELL`) says of its other
    cells, as the sentence :func:`_sentences_with_lines` gives: "| (1) | wrong |" says "(1) is wrong", "| (1) | ❌ |"
    says "(1) ❌"."""
    cells: dict[int, list[str]] = {}
    for paragraph in notes.prose:
        cells.setdefault(paragraph.line, []).append(paragraph.text.strip())
    found: list[tuple[int, str, str, str]] = []
    for line, row in cells.items():
        marks = [said for cell in row if (said := _FAULTY_CELL.fullmatch(cell)) is not None]
        if len(row) > 1 and marks:
            word = marks[0].group(0).strip() if marks[0].group(1) else f"is {marks[0].group(0).strip()}"
            found += [(line, f"{cell} {word}", "", ".") for cell in row if not _FAULTY_CELL.fullmatch(cell)]
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


#: A withdrawal the note asks or reports rather than says: a yes/no question ("Should we drop (1)?"), an indirect
#: one ("One may wonder whether (1) is wrong"), another's claim ("A reviewer said (1) is wrong", "It was claimed that").
_OPEN = re.compile(
    r"\b(?:whether|said|says|claim(?:s|ed)|suggest(?:s|ed)|argu(?:es|ed)|assert(?:s|ed)|object(?:s|ed)|alleg(?:es|ed)"
    r"|believ(?:es|ed)|thinks?|thought|wonder\w*|ask(?:s|ed)?)\b",
    re.IGNORECASE,
)
#: An answer no, or a denial of what was asked or reported: "No.", "It is not.", "this does not hold", "Certainly not".
_ANSWER_NO = re.compile(
    r"^\W*(?:no|nope|not\s+at\s+all|(?:certainly|surely|of\s+course)\s+not|(?:it|this|that|they)\s+(?:is|was|are"
    r"|were|does|did)\s+not(?:\s+(?:so|the\s+case|wrong|false|hold))?|(?:it|this|that)\s+(?:isn't|wasn't|doesn't"
    r"|does\s+not\s+hold))\W*$",
    re.IGNORECASE,
)
#: Where a sentence's next clause starts: a semicolon, a colon, "but".
_NEXT_CLAUSE = re.compile(r"[;:]|,?\s+but\b", re.IGNORECASE)


def _denied_answer(words: str, ending: str, following: tuple[int, str, str, str] | None) -> bool:
    """Whether the sentence ``words`` asks or reports its withdrawal (a yes/no question ending ``?``, :data:`_OPEN`)
    and its next clause or the sentence after it answers no (:data:`_ANSWER_NO`): "Should we drop (1)? No.", "A
    reviewer said (1) is wrong; it is not."  Asked or reported with no answer, it is read as performed (held)."""
    asked = ending in {"?", "？"} and _YES_NO_QUESTION.match(f"{words}?") is not None
    if not (asked or _OPEN.search(words)):
        return False
    answers = _NEXT_CLAUSE.split(words)[1:] + ([_words_of(_shown(following[1]))] if following is not None else [])
    return any(_ANSWER_NO.match(answer) for answer in answers[:2])


def _runs(text: str, reference: re.Pattern) -> list[tuple[int, int, list[str], list[tuple[str, str]]]]:
    """The references ``reference`` finds in ``text``, read in runs: a list of them (:data:`_LISTED`) or a range
    (:data:`_THROUGH`) is one run, what is said right before or after it said of each member.  Each run: where it
    starts and ends, its references' marks (a ``\\cref`` list of labels split at its commas), and its ranges' ends."""
    runs: list[tuple[int, int, list[str], list[tuple[str, str]]]] = []
    previous: re.Match | None = None
    for found_mark in reference.finditer(text):
        marks = found_mark.group(1).split(",") if reference is _REFERENCE else [found_mark.group(1)]
        between = text[previous.end() : found_mark.start()] if previous is not None else None
        if between is not None and _LISTED.fullmatch(between):
            start, _, listed, ranges = runs.pop()
            runs.append((start, found_mark.end(), listed + marks, ranges))
        elif between is not None and _THROUGH.fullmatch(between):
            start, _, listed, ranges = runs.pop()
            runs.append((start, found_mark.end(), listed + marks, [*ranges, (listed[-1], marks[0])]))
        else:
            runs.append((found_mark.start(), found_mark.end(), marks, []))
        previous = found_mark
    return runs


#: A verb of :data:`_SPLIT_PAIRS` right before a display's reference, and its own particle right after it ("take (1)
#: back", "rule equation (1) out", "ziehen Gleichung (1) zurück").
_SPLIT_AROUND = tuple(
    (
        re.compile(
            rf"\b{verb}\s+(?:(?:the\s+|our\s+|die\s+)?(?:equations?|eqs?\.|definitions?|displays?|assumptions?"
            r"|formula[es]?|Gleichung|Definition|Annahme)[\s~]*)?\(?\s*$",
            re.IGNORECASE,
        ),
        re.compile(rf"^\)?\s*{particle}", re.IGNORECASE),
    )
    for verb, particle in _SPLIT_PAIRS
)


def _split_around(before: str, after: str) -> bool:
    """Whether a verb of :data:`_SPLIT_PAIRS` ends ``before`` (the words before a display's reference) and its own
    particle opens ``after`` (those after it): "We rule (1) out"."""
    return any(verb.search(before) and particle.match(after) for verb, particle in _SPLIT_AROUND)


#: A withdrawing verb right before words pointing at what it withdraws ("Ignore | the definitions above").
_VERB_RIGHT_BEFORE = re.compile(rf"{_VERB_BEFORE}$", re.IGNORECASE)


def _pointing(pattern: re.Pattern, words: str) -> bool:
    """Whether ``words`` point with ``pattern`` at what they withdraw: as a withdrawing verb's object ("Ignore the
    definitions above") or as the subject of words after it that withdraw ("The first equation above is wrong")."""
    return any(
        _VERB_RIGHT_BEFORE.search(words[: found.start()]) or _WITHDRAWN_AFTER.match(words[found.end() :])
        for found in pattern.finditer(words)
    )


def withdrawn(notes: Notes, definitions: Sequence[Stated]) -> list[Stated]:
    """What sentences withdraw by pointing at definitions (:data:`_WITHDRAWING`, performed: :func:`_performed`), read
    in their words as shown (:func:`_shown`): the last definition before the sentence where it says "the previous
    definition" (:data:`_LAST_DEFINITION`), every one before it where it says "the definitions above"
    (:data:`_EVERY_DEFINITION`), those of the last display before it where it says "the equation above"
    (:data:`_LAST_DISPLAY`), of every display before it where it says "the equations above" or "the first equation
    above" (:data:`_SOME_DISPLAYS`), or those of the displays before it that its tags or labels name (``(H)``,
    ``($\\star$)``, ``\\eqref{h}``, "Equation 1"; a list or a range of them: :func:`_runs`; a table's row marking
    it faulty: :func:`_rows_said`) as the object or subject
    of the withdrawal (``we drop (H)``, ``\\eqref{h} no longer holds``, "(1) est fausse": :data:`_WITHDRAWING_BEFORE`,
    :data:`_WITHDRAWN_AFTER`); each name they define freed from the sentence's line, or from the definition's own
    where the sentence corrects it (:data:`_CORRECTING`).  A withdrawal asked or reported and answered no
    (:func:`_denied_answer`) withdraws nothing.  Prose a CriticMarkup part touches is read as each renderer shows it
    (:func:`_prose_readings`), and what any reading withdraws is withdrawn.  A display's reference opening the
    sentence as the place it corrects ("In (1), the 3 should have been a 0": :func:`_corrected_in_place`) is withdrawn
    too; a sentence that warns against withdrawing (:data:`_WARNED_AGAINST`: "Dropping (1) would be a mistake") none."""
    found: list[Stated] = []
    for lines in _prose_readings(notes):
        sentences = sorted(_sentences_with_lines(notes, lines) + _rows_said(notes), key=lambda said: said[0])
        found += [item for item in _withdrawn_by(notes, definitions, sentences) if item not in found]
    return found


#: A withdrawing verb's gerund as a sentence's subject, warned against by all it says: "Dropping (1) would be a
#: mistake", "Ignoring the previous definition is wrong", "Giving up (1) would be unwise": the sentence keeps (1).
_WARNED_AGAINST = re.compile(
    r"^\W*(?:(?:ignor|disregard|dropp|withdraw|retract|discard|forgett|scrapp|cancell?|revok|delet|remov|strik|abandon"
    r"|rescind|undo|revert|revers)ing|giving|taking|crossing|getting\s+rid|doing\s+away)\b[^.;:!?,]{0,80}?\s(?:would|will|could|might|is|was)\s+(?:be\s+)?"
    r"(?:an?\s+)?(?:(?:big|serious|grave|real|huge|terrible|clear)\s+)?(?:mistake|error|blunder|wrong|unwise|incorrect"
    r"|bad\s+idea|dangerous|careless|misleading|unjustified)\W*$",
    re.IGNORECASE,
)
#: A sentence opening with a display's reference as the place it corrects ("In (1), the 3 should have been a 0", "In
#: equation (1) the sign should be a minus", "Dans (1), ..."), and the correction said after it.
_PLACE_OPENING = re.compile(
    r"^\W*(?:in|at|dans|en)\s+(?:(?:the\s+)?(?:equation|eq\.|display|formula|l['’][ée]quation|(?:der\s+)?Gleichung"
    r"|la\s+ecuaci[óo]n)[\s~]*)?\(?\s*$",
    re.IGNORECASE,
)
_CORRECTION = re.compile(rf"\b(?:{_CORRECTED}|should\s+be|ought\s+to\s+(?:be|read|have\s+been))\b", re.IGNORECASE)


def _corrected_in_place(text: str, start: int, end: int) -> bool:
    """Whether the reference from ``start`` to ``end`` of ``text`` opens the sentence as the place it corrects
    (:data:`_PLACE_OPENING`), a correction (:data:`_CORRECTION`) said after it: "In (1), the 3 should have been a 0"."""
    return bool(_PLACE_OPENING.match(text[:start]) and _CORRECTION.search(text[end:]))


def _readings(sentence: str, words: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The texts a sentence's references to displays are read in, each with the kind of reference read there: labels
    and tags in maths in the sentence as shown, tags and displays named by their number in its words."""
    return (
        (sentence, _REFERENCE),
        (words, _TAG_REFERENCE),
        (sentence, _MATHS_TAG_REFERENCE),
        (words, _NAMED_REFERENCE),
    )


def _displays_through(
    notes: Notes, marked: dict[str, tuple[int, int]], ranges: list[tuple[str, str]]
) -> list[tuple[int, int]]:
    """The displays of the note from the one to the other of each range of references ("(1)–(3)") whose ends it marks."""
    spans = []
    for lower, upper in ranges:
        if _mark_key(lower) in marked and _mark_key(upper) in marked:
            low, high = marked[_mark_key(lower)][0], marked[_mark_key(upper)][1]
            spans += [shown for shown in notes.displays if low <= shown[0] and shown[1] <= high]
    return spans


#: A pronoun that may stand for a display: "it", "them", "they", and "this", "that", "these", "those" where no noun
#: follows (a determiner then: "drop this term"), at a clause's end or before a verb ("This is wrong").
_PRONOUN = re.compile(
    r"\b(?:it|them|they|(?:this|that|these|those)(?=\s*(?:[.,;:!?)]|$)|\s+(?:is|was|are|were|has|have|had|no|does|do|did"
    r"|will|would|cannot|can|should|must|may|might|holds?|fails?)\b))\b",
    re.IGNORECASE,
)
#: What makes a pronoun's withdrawal none of a display's: a clause it opens ("It is wrong to drop (2)", "It is false
#: that (1) holds": an expletive "it").
_CLAUSE_AFTER = re.compile(r"\s*(?:not\s+)?(?:that|to)\b", re.IGNORECASE)


def _pronoun_withdrawn(text: str) -> int | None:
    """Where the first pronoun (:data:`_PRONOUN`) that ``text`` withdraws stands in it: the object of a withdrawing
    verb ("We drop it": :data:`_VERB_RIGHT_BEFORE`) or the subject of words that withdraw ("It no longer holds", "This
    is wrong": :data:`_WITHDRAWN_AFTER`, no clause of its own after them: :data:`_CLAUSE_AFTER`); None for none."""
    for pronoun in _PRONOUN.finditer(text):
        if _VERB_RIGHT_BEFORE.search(text[: pronoun.start()]):
            return pronoun.start()
        after = _WITHDRAWN_AFTER.match(text[pronoun.end() :])
        if after is not None and not _CLAUSE_AFTER.match(text[pronoun.end() + after.end() :]):
            return pronoun.start()
    return None


def _antecedents(
    notes: Notes, marked: dict[str, tuple[int, int]], said: tuple[str, str], said_before: tuple[str, str] | None
) -> list[tuple[int, int]]:
    """The displays a pronoun that the sentence ``said`` withdraws (:func:`_pronoun_withdrawn`) may stand for: those
    its own words name before it and those the sentence before (``said_before``) names, each as shown and in words.
    One named is the pronoun's antecedent ("(1) is not what we want. We drop it."); of several, which it stands for
    is not read, and all are withdrawn (fail-safe: a name freed is held, not refuted)."""
    sentence, words = said
    texts = [(text, reference, _pronoun_withdrawn(text)) for text, reference in _readings(sentence, words)]
    if all(at is None for _, _, at in texts):
        return []
    named = [(text[:at], reference) for text, reference, at in texts if at is not None]
    if said_before is not None:
        named += list(_readings(*said_before))
    spans = []
    for text, reference in named:
        for _, _, marks, ranges in _runs(text, reference):
            spans += [marked[_mark_key(mark)] for mark in marks if _mark_key(mark) in marked]
            spans += _displays_through(notes, marked, ranges)
    return spans


#: Where a clause ends, for a withdrawal said anywhere in it (:func:`_clause_spans`): a semicolon, a colon, or a
#: conjunction opening a clause of its own ("but", "whereas", "since", "if"); not a comma, which may bound an aside
#: ("(1), however, is dropped"), nor "and", which may join subjects ("(1) and everything it implies are dropped").
_CLAUSE_BREAK = re.compile(
    r"[;:]|(?<!\blong\s)(?<!\bever\s)\bsince\b(?!\s+(?:been|then)\b)"  # not the adverb: "has long since been"
    r"|\b(?:but|whereas|while|whilst|although|though|because|unless|if|when|whenever|once|so\s+that|mais|aber|pero"
    r"|ma)\b",
    re.IGNORECASE,
)
#: A display's reference as a source of what its clause does, or the place it does it in, not what it withdraws: "By
#: (1), the constant drops out", "Substituting (1), the terms cancel", "We replace (1) by (2)", "We drop the constant
#: in (3)".
_SOURCE = re.compile(
    r"\b(?:by|from|using|via|into|in|with|thanks\s+to|in\s+view\s+of|according\s+to|due\s+to|owing\s+to|cf\.?|see"
    r"|applying|substituting|plugging|inserting|combining|invoking)"
    rf"\s+(?:{_STATEMENT_NOUN})?[\s~]*\(?\s*$",
    re.IGNORECASE,
)
#: A negation or a verb of keeping right before a display's reference, which keeps it from its clause's withdrawal:
#: "We drop neither (1) nor anything else", "we drop not (1) but (2)", "We drop (1) and keep (2)" (a verb of keeping
#: not negated: "We shall not retain (1)" withdraws it).
_KEPT_OBJECT = re.compile(
    r"(?:\b(?:neither|nor|not|never|no)|(?<!not\s)(?<!n't\s)(?<!never\s)(?<!longer\s)\b(?:keep|keeps|kept|keeping"
    rf"|retain\w*|maintain\w*|preserv\w*))\s+(?:{_STATEMENT_NOUN})?"
    r"[\s~]*\(?\s*$",
    re.IGNORECASE,
)
#: Words that may stand for a display in a clause that withdraws: a pronoun, a relative ("which we now drop"), a
#: demonstrative alone or before a noun for what a display states ("This assumption is dropped", "that
#: simplification"); not an expletive "it" opening a clause of its own ("It is no longer the case that").
_STATEMENT_WORD = (
    r"assumptions?|simplifications?|approximations?|choices?|definitions?|equations?|conditions?|claims?|statements?"
    r"|hypothes[ie]s|relations?|identit(?:y|ies)|formula[es]?|displays?|settings?|constraints?|restrictions?|ansatz"
)
_STANDING_FOR = re.compile(
    rf"\b(?:it(?!\s+(?:is|was|would\s+be|seems)\b[^.;:!?]*\b(?:that|to)\b)|them|they|which"
    rf"|(?:this|that|these|those)(?=\s*(?:[.,;:!?)]|$)|\s+(?:\w+\s+)?(?:{_STATEMENT_WORD})\b"
    r"|\s+(?:is|was|are|were|has|have|had|no|does|do|did|will|would|cannot|can|should|must|may|might)\b))\b",
    re.IGNORECASE,
)


#: What, right before a display's reference, makes it no object of its clause's withdrawal (:func:`_clause_spans`).
_NOT_ITS_OBJECT = (_SOURCE, _KEPT_OBJECT, _DENIED_BEFORE)


def _clauses(text: str) -> list[tuple[str, str]]:
    """The clauses of the sentence ``text`` (:data:`_CLAUSE_BREAK`) that perform a withdrawal (:func:`_performed_each`),
    each with what comes before it in the sentence."""
    bounds = [0, *(found.start() for found in _CLAUSE_BREAK.finditer(text)), len(text)]
    return [
        (text[:start], text[start:end])
        for start, end in zip(bounds, bounds[1:], strict=False)
        if any(_performed_each(_words_of(text[start:end])))
    ]


def _clause_spans(
    notes: Notes, marked: dict[str, tuple[int, int]], said: tuple[str, str], said_before: tuple[str, str] | None
) -> list[tuple[int, int]]:
    """The displays a sentence (``said``: as shown and in words) withdraws by naming them anywhere in a clause that
    performs a withdrawal (:func:`_clauses`), whatever the words' order ("(1), however, is dropped", "(1) is therefore
    dropped", "We will not keep (1)"): by their references, but for one named as its source (:data:`_SOURCE`), negated
    or kept (:data:`_KEPT_OBJECT`: "We drop neither (1) nor anything else", "We drop (1) and keep (2)") or after a
    denial, read by :data:`_DENIED_BEFORE` ("It is not the case that (1) fails" keeps it); or by a word standing
    for them (:data:`_STANDING_FOR`: those named before it in the sentence, or in the sentence before, ``said_before``).
    A clause that keeps them ("We do not drop (1)") performs none."""
    spans: list[tuple[int, int]] = []
    for text, reference in _readings(*said):
        for before, clause in _clauses(text):
            named = [
                (clause, run)
                for run in _runs(clause, reference)
                if not any(pattern.search(clause[: run[0]]) for pattern in _NOT_ITS_OBJECT)
            ]
            standing = _STANDING_FOR.search(clause)
            if standing is not None:
                earlier = before + clause[: standing.start()]
                named += [(earlier, run) for run in _runs(earlier, reference)]
                if said_before is not None and standing.group(0).lower() != "which":
                    named += [(t, run) for t, r in _readings(*said_before) for run in _runs(t, r)]
            for _, (_, _, marks, ranges) in named:
                spans += [marked[_mark_key(mark)] for mark in marks if _mark_key(mark) in marked]
                spans += _displays_through(notes, marked, ranges)
    return spans


def _restated(before: Sequence[Stated], sentence: str) -> list[Stated]:
    """The definitions of ``before`` whose name and value a clause of ``sentence`` that performs a withdrawal writes
    again in its maths ("We no longer assume that $a = 3$", "It is no longer the case that $a = 3$")."""
    maths = [" ".join(_INLINE_MATHS.findall(clause)) for _, clause in _clauses(sentence)]
    return [item for item in before for written in maths if written and _written_in(item, written)]


def _withdrawn_by(
    notes: Notes, definitions: Sequence[Stated], sentences: list[tuple[int, str, str, str]]
) -> list[Stated]:
    """What ``sentences`` (each with its line, the maths before it on its line and its end) withdraw, as
    :func:`withdrawn` reads them."""
    marked = _marked(notes)
    found = []
    previous: tuple[str, str] | None = None  # the sentence before, as shown and in words
    for (line, written, maths_before, ending), following in zip(sentences, [*sentences[1:], None], strict=False):
        sentence = _shown(written)
        words = _words_of(sentence)
        said_before, previous = previous, (sentence, words)
        performed = any(_performed_each(words))
        faulty = _says_a_fault(words)  # "There is an error in (1)": held where it names a display
        withdrawing = performed or faulty
        if (
            not (withdrawing or _CORRECTION.search(words))
            or _denied_answer(words, ending, following)
            or _WARNED_AGAINST.match(words)
        ):
            continue
        before = sorted(
            (item for item in definitions if item.line < line or item.line == line and _written_in(item, maths_before)),
            key=lambda item: item.line,
        )
        pointed = [before[-1]] if withdrawing and before and _LAST_DEFINITION.search(words) else []
        pointed += before if withdrawing and _pointing(_EVERY_DEFINITION, words) else []
        if withdrawing and _LAST_DISPLAY.search(
            words
        ):  # "Ignore the equation above": the definitions of the display before it
            first, last = max(
                (shown for shown in notes.displays if shown[1] < line), key=lambda shown: shown[1], default=(0, 0)
            )
            pointed += [item for item in before if first <= item.line <= last]
        spans: list[tuple[int, int]] = []
        if withdrawing and _pointing(
            _SOME_DISPLAYS, words
        ):  # "The first equation above is wrong": any display before it
            spans += [shown for shown in notes.displays if shown[1] < line]
        for text, reference in _readings(sentence, words):
            for start, end, marks, ranges in _runs(text, reference):
                placed = _corrected_in_place(text, start, end)
                said = faulty or _WITHDRAWING_BEFORE.search(text[:start]) or _split_around(text[:start], text[end:])
                if _DENIED_BEFORE.search(text[:start]):  # "It is not the case that (1) fails" keeps (1)
                    said = said or not _WITHDRAWN_AFTER.match(text[end:])
                else:
                    said = said or _WITHDRAWN_AFTER.match(text[end:])
                if not (placed or withdrawing and said):
                    continue
                for mark in marks:
                    key = _mark_key(mark)
                    if (faulty or placed or reference is _NAMED_REFERENCE or " " in mark.strip()) and key not in marked:
                        continue  # "equation 2 of the paper", "(see above)": only what a display of the note is tagged
                    spans.append(marked.get(key, (line, line)))
                spans += _displays_through(notes, marked, ranges)
        if withdrawing:  # "(1) is not what we want. We drop it."
            spans += _antecedents(notes, marked, (sentence, words), said_before)
        if performed:  # "(1), however, is dropped", "This assumption is lifted", "We no longer assume $a = 3$"
            spans += _clause_spans(notes, marked, (sentence, words), said_before)
            pointed += _restated(before, sentence)
        pointed += [item for item in before if any(first <= item.line <= last for first, last in spans)]
        correcting = _CORRECTING.search(words) is not None  # "Erratum: (1) should read": wrong where it stands
        since = _placed(notes, words, line)
        found += [
            Stated(
                "freed",
                item.line if correcting else since,
                f"{item.name.text.strip()} is free (its definition withdrawn)",
                item.name,
                None,
                "words",
            )
            for item in dict.fromkeys(pointed)
            if item.name is not None and item.name.node is not None and (correcting or since is not None)
        ]
    return found


#: A place of the text the sentence opens with, the withdrawal said of it ("In the appendix we drop (1)", "Below, in
#: Section 5, (1) no longer holds", "In §3 below we ignore (1)").
_PLACED = re.compile(
    r"^\W*(?:(?:below|later(?:\s+on)?|further\s+on)\s*,?\s+)?(?:in|within|throughout)\s+"
    r"(?P<place>the\s+appendix|appendix\s*~?\s*[A-Z]|(?:section|sec\.)\s*~?\s*\d+(?:\.\d+)*|§\s*\d+(?:\.\d+)*)\b"
    r"(?:\s+(?:below|later))?\s*,?\s*",
    re.IGNORECASE,
)


#: A line that may open a part of the text: one that opens with markup (a heading "#", any HTML tag in any case, a
#: bold or italic run "**", "*", "_", a rule or a Setext underline of any length "=", "-", a quotation or a table),
#: LaTeX's sectioning or ``\appendix``, a numbered or lettered title ("5. Proofs", "A Proofs", "A.1 Proof", "II.
#: Proofs"), or one that names an appendix or a section: where the note has none, a place it names is not in it
#: (fail-safe: what the reader cannot tell from prose may open the place).
_MAY_OPEN_A_PART = re.compile(
    r"^\s*(?:[#*_=\-+~|>`]|<[a-zA-Z]|\\(?:appendix|(?:sub)*section|chapter|part|paragraph)\b"
    r"|(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)*|[IVXLC]+)[.):]?\s+[A-Z])"
    r"|(?i:appendi(?:x|ces)|annex\w*|anhang|section|§)"
)


def _placed(notes: Notes, words: str, line: int) -> int | None:
    """The line a withdrawal said on ``line`` holds from: where the sentence opens with a place of the text
    (:data:`_PLACED`) whose clause holds its one withdrawing verb, and a heading of the note after the sentence titles
    that place (:func:`~diffproof.notecheck.statements.scopes.named_place`), that heading's line (the text before
    it keeps what is withdrawn there; where the place ends is not read, so it holds to the note's end); None where
    no line after the sentence, outside its displays, may open a part of the text (:data:`_MAY_OPEN_A_PART`): the
    place is not in the note, and nothing is withdrawn in it; else the sentence's own line."""
    opening = _PLACED.match(words)
    verbs = list(_WITHDRAWING.finditer(words))
    if opening is None or len(verbs) != 1:
        return line
    if _CLAUSE_END.search(_TAG_REFERENCE.sub(" ", words[opening.end() : verbs[0].start()])):  # "(1)" ends none
        return line
    place = named_place(notes, opening.group("place"))
    if place is not None:
        return max(line, place)
    lines = notes.source.split("\n")
    shown = [n for first, last in notes.displays for n in range(first, last + 1)]
    later = (text for n, text in enumerate(lines, 1) if n > line and n not in shown)
    return line if any(_MAY_OPEN_A_PART.search(text) for text in later) else None
