"""A note's prose read as sentences: its lines, its sentences (inline maths masked or kept), a sentence's words
with its maths taken out, and the words around an inline formula."""

from __future__ import annotations

import functools
import re

from diffproof.notes import Inline, Notes

#: Inline maths in a sentence, taken out before its words are read (but numbers and bounds: "$d$ is $0.5$").
_SENTENCE_MATHS = re.compile(r"\$\$(.*?)\$\$|\$(.*?)\$|\\\((.*?)\\\)", re.DOTALL)
#: Maths that is only a number or a bound by numbers (``0.5``, ``> 0``, ``(0, \\infty)``), as the words it says.
_NUMBERS_ONLY = re.compile(r"(?:[\s\d.,+\-−<>()\[\]{}/]|\\[td]?frac)*")
#: Maths that is the set of reals alone (``\\mathbb{R}``, ``\\R``, ℝ), said as a word.
_REALS_ALONE = re.compile(r"\s*(?:\\(?:mathbb|mathbf|Bbb)\s*\{?\s*R\s*\}?|\\R|ℝ)\s*")
_AS_WORDS = {"\\geq": "≥", "\\leq": "≤", "\\ge": "≥", "\\le": "≤", "\\gt": ">", "\\lt": "<", "\\infty": ")"}


def _words_of(sentence: str) -> str:
    """A sentence's words, its maths taken out but for numbers and bounds by numbers."""

    def said(match: re.Match) -> str:
        maths = next(group for group in match.groups() if group is not None)
        maths = maths[1:-1] if len(maths) > 1 and maths[0] == maths[-1] == "`" else maths  # GitHub's $`...`$
        for command, word in _AS_WORDS.items():
            maths = maths.replace(command, word)
        if _REALS_ALONE.fullmatch(maths):  # "ranges over all of $\mathbb{R}$": the reals, in words
            return " ℝ "
        return f" {maths} " if _NUMBERS_ONLY.fullmatch(maths.replace("≥", "").replace("≤", "")) else " "

    return _SENTENCE_MATHS.sub(said, sentence)


#: The sentences of a paragraph.
_SENTENCES = re.compile(r"[^.!?。！？]+[.!?。！？]?")

#: Inline maths as a sentence holds it: $...$, \(...\) or, in Markdown's source, \\(...\\).
_MATHS = r"(?:\$[^$]*\$|\\\\?\(.*?\\\\?\))"


def _written(text: str) -> tuple[str, ...]:
    """How a sentence may set the inline maths ``text``: ``$...$``, GitHub's ``$`...`$``, ``\\(...\\)``."""
    return f"${text}$", f"$`{text}`$", f"\\({text}\\)", f"\\\\({text}\\\\)"


def _words_around(inline: Inline) -> tuple[str, str] | None:
    """The sentence of ``inline`` before and after its maths, delimiters taken off (None: not found in it)."""
    spans = [(at, at + len(written)) for written in _written(inline.text) if (at := inline.sentence.find(written)) >= 0]
    if not spans:
        return None
    start, end = min(spans)
    return inline.sentence[:start], inline.sentence[end:]


#: A sentence that opens with a pronoun ("It is not random.", "They never change."): it speaks of what the sentence
#: before it does.
_PRONOUN = re.compile(r"\s*(?:it|its|this|these|they|their|them|those|that|such|both|each)\b", re.IGNORECASE)

#: Turkish's negative suffix -ma/-me on a verb, in the present (almıyoruz), the optative (koymayalım), the past
#: (koymadık, vermedik: not -medi alone, Italian "intermedi"), the future (tanımlamayacağız) and the aorist's first
#: person plural (almayız).
_TURKISH_NEGATION = r"[^\W\d_]+(?:m[ıiuü]yor\w*|m[ae]y[ae]l[ıi]m|(?-i:madı)\w*|medi(?:m|n|k|niz|ler|ğ\w*)|m[ae]y[ae]c[ae][kğ]\w*|m[ae]y[ıi]z)"

#: Words that deny or doubt what a sentence says, anywhere in it ("we cannot assume", "... is false in general",
#: "rather than assume", "a common error is", "beware of", "soit faux", と仮定しない, 가정하지 않는다); "without" (sin,
#: senza, sem) before a doubt denied asserts ("without loss of generality", "without doubt", "without further ado",
#: "sin duda", "senza dubbio", "sem perder generalidade"), as "not only/just/merely" (... but also) does.  The
#: negations of each language read (not its "nothing", as English "nothing" is none: "Wir lernen nichts: $x = y$"):
#: English not/never/no/neither/nor; French ne ... pas/plus/jamais/rien/aucun/guère/point/nullement,
#: "non pas", "et non" (not "non nul"; "ne ... que" is "only", "n'importe quel point" "any point"); Spanish and
#: Portuguese no/não, nunca, jamás, ningún/nenhum, tampoco; Italian "non" before a verb or a clitic (not "non
#: nullo"), mai, nessuno; German nicht, kein, nie, niemals, weder; Dutch niet, nooit, geen; Swedish inte, icke,
#: aldrig, ingen; Danish and Norwegian ikke, aldrig/aldri, ingen; Finnish's negation verb ei, emme, ette, eivät, eikä
#: (not en, et: French and Scandinavian words);
#: Russian не, нет, ни, никогда, нельзя; Chinese 不, 没, 并非/绝非/而非 (not 非常 "very", 非负 "non-negative");
#: Chinese 未 after an adverb (并未, 尚未, 从未 "did not, not yet, never") or before a verb (未曾, 未经, 未被, 未能,
#: 未必; not 未知 "unknown", Japanese 未満 "less than"); Japanese ない, ません, a verb's negative ず before に, して,
#: とも or a comma (置き換えずに "without replacing"; not まず "first", 必ず, はず, かかわらず, 相変わらず, とりあえず,
#: 絶えず); Korean 않, 아니, 못; "instead of" in each (in place of, as opposed to, statt, au lieu de,
#: en vez de, invece di, em vez de, in plaats van, вместо); "wrongly" (à tort, zu Unrecht, fälschlich, a torto,
#: erróneamente); and a cross mark (❌, ✗, ✘, ✖, 🚫, ⛔) set by a wrong item.
_NEGATED = re.compile(
    r"\b(?:not(?!\s+(?:only|just|merely)\b)|never|no|neither|nor|cannot|without(?!\s+(?:any\s+)?(?:loss\s+of\s+generality"
    r"|doubts?|(?:further\s+)?ado|exceptions?|fail|question)\b)|rather|instead|wrong\w*|false|fails?|rarely"
    r"|seldom|hardly|unrealistic\w*|incorrect\w*|erroneous\w*|misconception\w*|fallac\w*|pitfalls?|beware"
    r"|common\s+(?:error|slip)s?|avoid\w*|mistak\w*|typos?|misprint\w*|errat(?:um|a)|bugs?|buggy"
    r"|counterexamples?|blunder\w*|reject\w*|red\s+herrings?|misleading|spurious|bogus|flawed|invalid|absurd\w*"
    r"|na[iï]ve\w*|nobody|refrain\w*|ignor\w*|obsolete|outdated|slips?|unlikely|warn\w*|pas|faux|fausse|nicht|falsch"
    r"|kein\w*|nunca|não|nao|sin(?!\s+(?:p[ée]rdida|duda)\b)|senza(?!\s+(?:perdita|dubbio)\b)|falso|sbagliat\w*"
    r"|in\s+place\s+of|as\s+opposed\s+to|(?:an)?statt|au\s+lieu|e[nm]\s+(?:vez|lugar)|invece|in\s+plaats|вместо"
    r"|jamais|aucun\w*|gu[èe]re|nullement|(?:ne|n['’](?!importe)\w*)\s+(?:\w+\s+){0,3}?(?:plus|point|personne|rien)"
    r"|non\s+pas|(?:et|mais|ou)\s+non(?!\s+(?:seulement|nul\w*|n[ée]gati\w*|vide\w*|trivia\w*|born[ée]\w*))"
    r"|jam[áa]s|tampoco|tampouco|ning[úu]n\w*|nenhum\w*"
    r"|non\s+(?:(?:lo|la|li|le|si|ci|vi|ne|mi|ti|gli|è|sono|siamo|era|erano|sarà|sarebbe|ha|hanno|abbiamo|può"
    r"|possono|possiamo|deve|devono|dobbiamo|vale|valgono|serve|servono|occorre|basta|bisogna|esiste|esistono"
    r"|dipende|dipendono|segue|implica|vogliamo|facciamo)\b|\w+iamo\b)|mai|nessun\w*"
    r"|nie|niemals|weder|niet|nooit|geen|не|нет|ни|никогда|нельзя"
    r"|none|nope|nah|inte|icke|aldrig|ingen|inget|inga|ikke|aldri|ei|emme|ette|eivät|eikä"
    # Czech: ne- on a verb of the first person plural (nenastavujeme, neklademe, nepředpokládejme; not a superlative
    # nej-, nor nechejme "let us keep") or on a common verb of the third person (neplatí, nemusí, nebude, neexistuje;
    # not an adjective: nelineární, nenulová), není, nelze, nikdy; Greek δεν and its short form δε (not the particle
    # after an article, "η δε"), μην, μη after ας/να (not μη of μη αρνητικός "non-negative"), ποτέ, ούτε, όχι;
    # Hungarian nem, soha, sem (not SEM, the standard error; not Portuguese "sem" before a doubt denied), nincs, ne
    # before an imperative (ne legyen, ne tegyük; not Italian "ne segue", Romanian "să ne"); Romanian nu before a word
    # (not the letter's name: "nu is", "for nu degrees"), its elision n- on a verb (n-am, n-are, n-o; not
    # "n-dimensional"), niciodată, nici; Turkish's negative suffix (_TURKISH_NEGATION), değil, asla, hiçbir;
    # Vietnamese không (not không gian "space", không đổi "constant", bằng/khác không "equal to/other than zero"),
    # chưa, chẳng, đừng; Indonesian and Malay tidak (not tidak nol/negatif), bukan, belum, jangan, tak before a verb
    # or the pronoun of a passive ("tak kita pakai"; not Polish tak "yes, so")
    r"|ne(?!j(?!s)|ch)\w{3,}me|nen[ií]|nelze|ne(?:plat[ií]|plyne|mus[ií]|m[uů]že|mohou|sm[ií]|bude|budou|byl\w*|jsou"
    r"|m[áa]|maj[ií]|sta[čc][ií]|vypl[ýy]v[áa]|\w+uj[eí])|nikdy"
    r"|(?<!\bο\s)(?<!\bη\s)(?<!\bτο\s)(?<!\bοι\s)(?<!\bτα\s)(?<!\bτου\s)(?<!\bτης\s)(?<!\bτων\s)δε|(?:ας|να)\s+μη"
    r"|δεν|μην|ποτέ|ούτε|όχι|nem|soha|(?-i:[Ss]em)(?!\s+(?:perda|perder|d[úu]vida|mais|restri\w*|exce\w*)\b)|nincs"
    r"|ne\s+(?:legy\w*|\w+(?:j|zz|ss|gy)[uü]k)"
    r"|(?<!\bfor\s)(?<!\bwith\s)(?<!\bthe\s)(?<!\bof\s)(?<!\band\s)(?<!\bwhere\s)(?<!\bby\s)(?<!\bat\s)"
    r"nu(?=\s+[^\W\d_])(?!\s+(?:is|be|are|was|and|or|of|in|to|for|with|as)\b)|niciodat[ăa]|nici"
    r"|n-(?:am|ai|a|au|ați|aţi|ar|are|aș|aş|avem|o)|" + _TURKISH_NEGATION + r"|değil\w*|asla|hiçbir"
    r"|không(?!\s+(?:gian|đổi))(?<!bằng\skhông)(?<!khác\skhông)(?<!số\skhông)|chưa|chẳng|đừng"
    r"|tidak(?!\s+(?:nol|negatif))|bukan|belum|jangan"
    r"|tak(?=\s+(?:(?:me|di|ber|perlu|ada|bisa|boleh)\w*|(?:kita|kami|saya|aku|kamu|anda|dia|mereka)\b))"
    r"|à\s+tort|a\s+torto|zu\s+Unrecht|f[äa]lschlich\w*|err[óo]neamente|por\s+error)\b|n't"
    r"|不(?!妨|难|難|断|斷|同|仅|僅|过|過|变|變|论|論)|没|(?:并|並|绝|絕|决|決|而|既)非|ない|ません|せず|않|못하|못한"
    r"|(?:并|並|尚|从|從|还|還|仍|亦|均|都|也)未|未(?:曾|经|經|被|能|必)"
    r"|(?<![まは必])(?<!かなら)(?<!わら)(?<!あえ)(?<!絶え)ず(?=に|して|とも|[、，,。]|$)"
    r"|矛盾|아니|错误|錯誤|誤り|間違|잘못|오류|[❌✗✘✖🚫⛔]",  # 不妨 "we may as well", 不难 "it is easy"
    re.IGNORECASE,
)


def _prose_lines(notes: Notes) -> dict[int, str]:
    """Each line of the note's prose, by its number."""
    lines: dict[int, str] = {}
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            lines.setdefault(paragraph.line + offset, text)
    return lines


#: Inline maths in a sentence, ``$n! \\ge 1$``, whose signs end no sentence (not ``$$``, a display's delimiter).
_INLINE_DOLLARS = re.compile(r"(?<!\$)\$(?!\$)[^$]+(?<!\$)\$(?!\$)")


@functools.lru_cache(maxsize=16384)
def _sentences(text: str) -> tuple[str, ...]:
    """The sentences of ``text``, its inline maths masked (a ``!`` or ``.`` in it ends none); kept, as every
    reader of a note splits its paragraphs again."""
    return tuple(_SENTENCE_END.split(_INLINE_DOLLARS.sub("$m$", text)))


@functools.lru_cache(maxsize=16384)
def _raw_sentences(text: str) -> tuple[str, ...]:
    """The sentences of ``text`` as written, its inline maths kept (split where :func:`_sentences` splits)."""
    kept: list[str] = []

    def masked(match: re.Match) -> str:
        kept.append(match.group())
        return f"$m{len(kept) - 1}$"

    pieces = _SENTENCE_END.split(_INLINE_DOLLARS.sub(masked, text))
    return tuple(re.sub(r"\$m(\d+)\$", lambda m: kept[int(m.group(1))], piece) for piece in pieces)


#: The end of a sentence: not the full stop of an abbreviation (e.g., e. g., i.e., cf., et al., Eq., Fig., Sec.,
#: Thm., Prop., Ref.); a CJK full stop needs no space after it.  Inline maths is masked first (:func:`_sentences`).
_SENTENCE_END = re.compile(
    r"(?<![A-Za-z]\.[A-Za-z])(?<![A-Za-z]\.\s[A-Za-z])"
    r"(?<!\bcf)(?<!\bvs)(?<!\bal)(?<!\bEq)(?<!\beq)(?<!\bEqs)(?<!\beqs)(?<!\bFig)(?<!\bfig)(?<!\bFigs)(?<!"
    r"\bSec)(?<!\bsec)(?<!\bCh)(?<!\bch)(?<!\bresp)(?<!\bapprox)(?<!\bThm)(?<!\bthm)(?<!\bProp)(?<!\bprop)"
    r"(?<!\bRef)(?<!\bref)(?<!\bRefs)(?<!\bDef)(?<!\bdef)(?<!\bLem)(?<!\bLemma)(?<!\bCor)(?<!\bProb)(?<!\b"
    r"Ex)(?<!\bex)(?<!\bAlg)(?<!\bApp)(?<!\bTab)(?<!\bNo)(?<!\bno)(?<!\bVol)(?<!\bpp)(?<!\bp)(?<!\bDr)(?<!"
    r"\bMr)(?<!\bMs)(?<!\bProf)(?<!\bSt)(?<!\betc)"
    r"[.!?](?!\s[A-Za-z]\.)(?:\s|$)|[。！？]"
)
