"""Congruences: an equation written with a modulus ("8 = 2 (mod 3)", ``8 \\equiv 2 \\pmod{3}``, "Modulo 3, 8 = 2",
the French ``8 \\equiv 2 \\; [3]``), or said in a ring the note names other than the reals ("In Z/3Z", F_3, GF(3),
"in characteristic 2").

The modulus may stand beside the step, in its display, or in the paragraph that leads into the display; a ring, or a
modulus that names its number ("modulo $3$", "(mod p)", ``\\pmod{5}``), may be said anywhere in the note's prose: the
sentence a display goes on with, the line after it, a gloss, or a sentence for the whole note (it sets the arithmetic
of the steps it is said of, which the reader does not place).  The reader keeps either as a remark and
the kernel judges the equation among the reals, where a counterexample need not be one to the congruence the page
states (and a proof among the reals is one of another claim): such a step is held.
"""

from __future__ import annotations

import re

from diffproof.notes.model import Notes

#: A modulus written as TeX (``\pmod``, ``\bmod``, ``\mod``, ``\pod``), as a word (mod, modulo, modulus), or in
#: brackets after a congruence sign (the French ``a \equiv b \; [n]``; ``\[`` opens a display, not a modulus).
_MODULUS = re.compile(
    r"\\(?:[pb]?mod|pod)(?![A-Za-z])|(?<![A-Za-z\\])mod(?:ulo|ulus)?(?![A-Za-z])"
    r"|(?:\\equiv(?![A-Za-z])|≡)[^\n]*?(?<!\\)\[[^\[\]\n]+\]",
    re.IGNORECASE,
)

#: The blackboard-bold fonts of TeX and its packages: ``\mathbb``, plain TeX's ``\Bbb``, dsfont's ``\mathds``,
#: bbm's ``\mathbbm``.
_BLACKBOARD = r"\\(?:mathbb|Bbb|mathds|mathbbm)"
#: The integers, or a field, as TeX or Unicode: ``\mathbb{Z}``, ``\mathbb Z``, ℤ (``\mathbf{Z}`` too before "/").
_INTEGERS = rf"(?:{_BLACKBOARD}\s*\{{?\s*Z\s*\}}?|ℤ)"
_BOLD_INTEGERS = r"(?:\\mathbf\s*\{\s*Z\s*\})"
_FIELD = rf"(?:{_BLACKBOARD}\s*\{{?\s*F\s*\}}?|𝔽)"
#: An order or a modulus: a positive number, or p, q, n, m, k (a letter alone).
_NUMBER = r"(?:[1-9]\d*|[pqnmk](?![A-Za-z]))"
#: The subscript of a finite ring or field: one written with "_" (Z_3, F_p, F_{q}, a power in braces: F_{2^8},
#: Z_{2^{32}}), or as Unicode subscripts (ℤ₃, 𝔽₂, ℤₙ, ℤₚ).
_SUBSCRIPT = (
    rf"(?:_\s*(?:{_NUMBER}|\{{\s*{_NUMBER}\s*(?:\^\s*(?:\{{\s*{_NUMBER}\s*\}}|{_NUMBER})\s*)?\}})"
    r"|[₁-₉][₀-₉]*|[ₙₚₘₖ])"
)
#: A ring's subscript not raised after (Z_0^+ and Z_1^+ are sets of integers, not rings of residues); a field's may
#: be (F_2^n is a space over the field F_2, not over the reals).
_ORDER = rf"{_SUBSCRIPT}(?!\s*\^)"
#: Words that say a number (an order, a characteristic): "two", ..., "twelve".
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: Words that say a number in French, German and Spanish ("trois", "drei", "tres"), and in Chinese (三).
_NUMBER_WORD_ABROAD = (
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
)
_ORDER_ABROAD = rf"(?:\$\s*)?(?:[1-9]\d*|[pq](?![A-Za-z])|{_NUMBER_WORD_ABROAD}\b)\s*\$?"
#: A finite field, the integers modulo n or a positive characteristic in French ("le corps à trois éléments", "corps
#: fini", "entiers modulo 5"), German ("Körper mit drei Elementen", "endlicher Körper", "Restklassenring"), Spanish
#: ("cuerpo de tres elementos", "campo finito", "enteros módulo 5") and Chinese ("模 3 的整数环", "有限域", "三元域").
_RING_ABROAD = (
    rf"(?i:\bcorps\s+(?:à|a|de)\s+{_ORDER_ABROAD}\s*éléments\b|\bcorps\s+finis?\b|\bentiers\s+modulo\s+{_ORDER_ABROAD}"
    rf"|\bcaractéristique\s+{_ORDER_ABROAD}"
    rf"|\bKörper(?:n|s)?\s+mit\s+{_ORDER_ABROAD}\s*Element(?:en|e)?\b|\bendlich\w*\s+Körper|\bRestklassen"
    rf"|\bganzen\s+Zahlen\s+modulo\s+{_ORDER_ABROAD}|\bCharakteristik\s+{_ORDER_ABROAD}"
    rf"|\b(?:cuerpo|campo)\s+(?:de|con)\s+{_ORDER_ABROAD}\s*elementos\b|\b(?:cuerpo|campo)s?\s+finitos?\b"
    rf"|\benteros\s+m[óo]dulo\s+{_ORDER_ABROAD}|\bcaracterística\s+{_ORDER_ABROAD})"
    r"|模\s*\$?\s*(?:[1-9]\d*|[pqnmk]|[二两三四五六七八九十])\s*\$?\s*的?\s*(?:整数|剩余类|同余类|意义|运算|同余|下)"
    r"|有限域|[二两三四五六七八九十]元域|特征(?:为|是)?\s*\$?\s*(?:[1-9]|p(?![A-Za-z]))"
    # "modulo" spelled with an accent (Spanish and Portuguese módulo), in Russian (по модулю) and Polish (modulo),
    # before its number; Japanese and Korean say the number first: "3 を法として", "3을 법으로"
    rf"|(?i:(?<![A-Za-z])m[óo]dulo|по\s+модулю)\s+{_ORDER_ABROAD}"
    r"|(?:[1-9]\d*|[pqn])\s*\$?\s*(?:を法と|[을를]\s*법으로)"
    # arithmetic named for its modulus without giving it ("modular arithmetic", "clock arithmetic"), or equations
    # called congruences ("All equalities are congruences with respect to 3", "kongruent", "congruentes")
    r"|(?i:\b(?:modular|clock)\s+arithmetic|\b[ck]ongru(?:en|ên)\w*)"
)
#: A ring or field named other than the reals and the complex numbers: Z/nZ (TeX, Unicode or plain), Z_n, F_q, GF(q),
#: a positive characteristic, a finite or Galois field, and in words: "the integers modulo 3", "residues mod $p$",
#: "the field with two elements", "the two-element field", "arithmetic modulo 5", and a modulus that names its number
#: wherever the prose says it ("modulo $3$.", "(mod 3)", "is taken mod p").
_RING = re.compile(
    rf"(?:{_INTEGERS}|{_BOLD_INTEGERS})\s*/|{_INTEGERS}\s*{_ORDER}|{_FIELD}\s*{_SUBSCRIPT}|(?<![A-Za-z])GF\}}?\s*\("
    r"|(?<![A-Za-z])Z\s*/\s*\(?\s*\d+\s*\)?\s*Z(?![A-Za-z])"
    rf"|(?i:characteristic|\bchar\.)\s*\$?\s*\\?\(?\s*(?:[1-9]|p(?![A-Za-z])|(?i:{_NUMBER_WORD})\b)"
    r"|(?i:(?:positive|prime|nonzero|non-zero|finite)\s+characteristic)|(?i:(?:finite|Galois)\s+field)"
    rf"|(?i:(?:\b(?:integers|residues|residue\s+classes|arithmetic)\s+(?:taken\s+|reduced\s+)?)?"
    rf"(?:(?<![A-Za-z\\])(?:modulo|mod)\s+|\\[pb]?mod\s*(?=\{{))"
    rf"(?:an?\s+(?:prime|positive\s+integer|integer)\s+)?\$?\s*\\?\(?\s*\{{?\s*{_NUMBER})"
    # Z_n and F_q in plain letters or bold, which may name a variable, only as a ring or field the note works in
    rf"|(?i:\b(?:rings?|fields?|(?:(?:work|compute|calculate|operate|live|lie)\w*|is|are|be)\s+(?:in|over)))\s+"
    r"(?:the\s+(?:ring|field)\s+)?"
    rf"\$?\s*(?:[ZF]|\\mathbf\s*\{{\s*[ZF]\s*\}})\s*{_ORDER}"
    rf"|(?i:\bfields?\s+(?:with|of)\s+(?:\$\s*)?(?:[1-9]\d*|[pq](?![A-Za-z])|{_NUMBER_WORD})\b\s*\$?\s*elements)"
    rf"|(?i:\b(?:{_NUMBER_WORD}|[1-9]\d*)-element\s+field)"
    # a remainder on division by a number ("each side stands for its remainder on division by 3")
    rf"|(?i:\b(?:remainders?|residues?)\s+(?:on|upon|after|of|from)\s+(?:the\s+)?divi(?:sion|ding)\s+by\s+"
    rf"\$?\s*(?:{_NUMBER}|{_NUMBER_WORD}\b))"
    # a quotient of the integers ("the quotient ring of the integers by $3\mathbb{Z}$"), a cyclic group of an order
    rf"|(?i:\bquotient\s+(?:ring\s+|group\s+)?of\s+(?:the\s+integers|\$\s*{_INTEGERS}\s*\$)\s+(?:by|modulo|mod)\b)"
    rf"|(?i:\bcyclic\s+group\s+of\s+order\s+\$?\s*(?:{_NUMBER}|{_NUMBER_WORD}\b))"
    # the same in French, German, Spanish and Chinese
    rf"|{_RING_ABROAD}"
)

#: A TeX comment, to the end of its line.
_COMMENT = re.compile(r"(?<!\\)%.*")


def _paragraph_before(lines: list[str], first: int) -> tuple[int, int]:
    """The lines (first, last, 1-based) of the paragraph that ends before line ``first``, blank lines skipped."""
    end = first - 1
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 1 and lines[start - 2].strip():
        start -= 1
    return start, end


def modulus_said(notes: Notes, line: int) -> str:
    """The modulus written for the step on ``line``, as the page shows it, or '': in the display the step stands in
    (its TeX comments aside) or in the prose of the paragraph that leads into it."""
    lines = notes.source.split("\n")
    for first, last in notes.displays:
        if first <= line <= last:
            start, end = _paragraph_before(lines, first)
            shown = [_COMMENT.sub("", text) for text in lines[first - 1 : last]]
            shown += [prose.text for prose in notes.prose if start <= prose.line <= end]
            return next((" ".join(text.split()) for text in shown if _MODULUS.search(text) is not None), "")
    return ""


#: Words that name a ring only to set it apart, right before it: "unlike in", "rather than", "instead of", "as
#: opposed to", "in contrast to", "not in", "do not work in".
_SET_APART = re.compile(
    r"(?:\bunlike|\brather\s+than|\binstead\s+of|\bas\s+opposed\s+to|\bin\s+contrast\s+(?:to|with)"
    r"|\bnot(?:\s+(?:work|compute|calculate|operate)\w*)?|n't\s+(?:work|compute|calculate|operate)\w*)"
    r"(?:\s+(?:in|over|with|on))?(?:\s+the)?(?:\s+(?:ring|field)(?:\s+of)?)?\s*(?:\$|\\\()?\s*$",
    re.IGNORECASE,
)
#: The reals (or the complex numbers) named as the note's arithmetic: ℝ, ``\mathbb{R}``, "the reals", "real numbers".
_REALS = re.compile(
    r"ℝ|ℂ|\\mathbb\s*\{?\s*[RC]\s*\}?|\b(?:the\s+reals|real\s+numbers|complex\s+numbers)\b", re.IGNORECASE
)
#: The end of a sentence of prose.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


#: A conditional, which affirms nothing of the arithmetic: "We could not work in F_3 if 3 were not prime".
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


def ring_said(notes: Notes) -> str:
    """The words of the note's prose that name a ring or field other than the reals (:data:`_RING`), as the page
    shows them, or '': the arithmetic the note's steps are said in, wherever the note names it.  A ring a sentence
    names only in passing, set apart (:data:`_SET_APART`) from the reals it says the note works in ("Unlike in
    ℤ₃, here we work over the reals"), sets no arithmetic."""
    found = (match for prose in notes.prose for match in _RING.finditer(prose.text) if not _in_passing(match))
    return next((_around(match) for match in found), "")


def _in_passing(match: re.Match) -> bool:
    """Whether the ring ``match`` names is set apart, in its sentence, from the reals that sentence affirms as the
    arithmetic: a statement (no question, no conditional: "Why not work in Z/3Z?", "We could not work in F_3 if 3
    were not prime" set nothing apart) that names the reals without setting them apart in turn ("instead of the
    reals")."""
    text = match.string
    start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    stop = next(_SENTENCE_END.finditer(text, match.end()), None)
    end = stop.start() if stop is not None else len(text)
    sentence = text[start:end]
    if (stop is not None and stop.group() == "?") or _CONDITIONAL.search(sentence):
        return False
    return bool(_SET_APART.search(text[start : match.start()]) and _reals_affirmed(text, start, end, match))


def _reals_affirmed(text: str, start: int, end: int, ring: re.Match) -> bool:
    """Whether the sentence ``text[start:end]`` names the reals, outside the ring ``ring`` names, other than to set
    them apart (:data:`_SET_APART`)."""
    return any(
        not (ring.start() <= reals.start() < ring.end()) and not _SET_APART.search(text[start : reals.start()])
        for reals in _REALS.finditer(text, start, end)
    )


def _around(match: re.Match) -> str:
    """The words a match stands in, some 30 characters either side, on one line."""
    text = match.string
    return " ".join(text[max(0, match.start() - 30) : match.end() + 30].split())
