"""Whether a note leaves the DDPM context's forward process q and its schedule free of an optimum's variable, by a
whitelist: a context's q has no parameter, but a note that declares the context may still make q or the schedule
learned, in words of any language or in maths the parser cannot read.  So terms of q are dropped from an optimum's
objective only where *nothing the note writes* could say so: every sentence that writes the optimum's variable or a
word for learning, parameters or being fixed together with q, the forward process or the schedule (β, α, σ, γ,
"schedule", "variance", "noise", or a name the note makes the schedule of) -- in itself or beside its neighbour,
which a pronoun or a line break may continue, and every sentence that denies or takes back beside such a one -- must
read as one of a few faithful forms ("q has no learnable parameters", "the β_t are fixed hyperparameters", "p_θ is
learned, q is fixed"); every display that writes the variable must be read whole (no occurrence of the variable, q
or the schedule left outside a parsed formula, no formula making the variable of q or the schedule: θ = (φ, β_1)),
and none may set words of learning beside q or the schedule; no line outside the prose and the displays read (a
table, code) may write them together; and a macro the note defines counts as writing both.  Anything else
withholds."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from diffproof.answers import parser as syntax
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.statements.sentences import _raw_sentences
from diffproof.notes.model import Notes

#: Words for learning, training, fitting or parameters, or for being fixed, known, free or dependent, in the
#: languages the notes use (stems; a sentence holding one anywhere is taken to speak of what is learned or fixed,
#: and so must say it in a faithful form where it writes q or the schedule too).
_LEARNED = re.compile(
    r"learn|train|fit(?:s|ted|ting)?\b|optimi[sz]|estim|param|parám|tun(?:ed|able|ing)\b|adapt|updat|gradient"
    r"|weight|neur|network|appr(?:is|end)|entra[îi]n|ajust|réseau|lern|schätz|netz|aprend|entrena|treina|addestr"
    r"|apprend|appres|impar|rede\b|red\b|rete\b|geleerd|leer|uczon|uczeni|öğren|обуч|параметр|оптимиз|сет[ьи]"
    r"|学习|學習|训练|訓練|参数|參數|优化|優化|估计|估計|网络|網絡|学習|学ば|学ぶ|パラメ|最適化|推定|ネットワーク"
    r"|制御|調整|학습|훈련|파라미터|매개변수|최적화|추정|네트워크"
    r"|fix|constant|known|free\b|depend|abhäng|frei\b|libre|固定|定数|常数|不变|不変|既知|依赖|依存|고정|상수",
    re.IGNORECASE,
)

#: Words for the forward process, its schedule, its variances or its noise, in the same languages, and the
#: schedule's letters spelt out (beta, alphas_cumprod: as code writes them).
_FORWARD_WORDS = re.compile(
    r"schedul|noise\s+(?:level|scale|rate)|varian|forward|diffusion\s+process|nois(?:ing|ed)\s+process|encod"
    r"|posterior|signal[-\s]to[-\s]noise|\bsnr\b|calendrier|planning|niveaux?\s+de\s+bruit|processus\s+(?:direct"
    r"|de\s+diffusion|avant)|bruitage|codeur|zeitplan|rauschplan|rauschniveau|rauschpegel|vorwärts|diffusionsprozess"
    r"|verrausch|kodierer|calendario|cronograma|nivel(?:es)?\s+de\s+ruido|proceso\s+(?:directo|de\s+difusi)"
    r"|hacia\s+adelante|codifica|processo\s+(?:diretto|direto|di\s+diffusione|de\s+difus)|дисперс|расписан"
    r"|调度|調度|时间表|噪声水平|噪声调度|方差|前向|扩散过程|擴散過程|加噪|编码器|编码|后验|後驗"
    r"|スケジュール|ノイズレベル|分散|拡散過程|前向き|順過程|順方向|エンコーダ|符号化|事後"
    r"|스케줄|분산|순방향|확산\s*과정|인코더|사후"
    r"|(?<![A-Za-z\\])(?:beta|alpha|sigma|gamma)|nois|bruit|rausch|ruido|rumore|ruído|шум|噪声|噪聲|ノイズ|노이즈|잡음"
    r"|avanti|正向|順拡散",
    re.IGNORECASE,
)

#: Words that deny or take back what a neighbouring sentence says ("It is not.", "Just kidding.", "Actually, ..."):
#: beside a sentence of q or of learning, such a sentence must itself be a faithful form.
_DENIED = re.compile(
    r"\bnot?\b|n't|\bnever|\bnor\b|\bbut\b|however|except|false|untrue|wrong|kidding|jok|actually|instead|rather"
    r"|otherwise|contrary|\bne\b|\bpas\b|faux|nicht|\bkein|aber|falsch|\bpero\b|\bsin\b|falso|\bnon\b|\bнет|\bне\b"
    r"|不|没|沒|但|错|錯|ない|ではな|違|아니|않|틀",
    re.IGNORECASE,
)

#: The forward process and its schedule in maths: q alone as a letter, the schedule's Greek letters, an SNR.
_FORWARD_MATHS = (
    r"(?<![A-Za-z\\])q(?![A-Za-z])",
    r"\\(?:var)?(?:alpha|beta|sigma|gamma)(?![A-Za-z])",
    r"[αβσγᾱ]",
    r"SNR|snr",
)

#: Inline maths as a sentence may hold it: $...$ (GitHub's $`...`$ too), \(...\), or in Markdown's source \\(...\\).
_INLINE = re.compile(r"\$[^$]+\$|\\\\?\(.*?\\\\?\)")


def _letter(letter: str) -> str:
    """A regular expression for the variable ``letter`` as TeX, Unicode or words write it (theta: \\theta,
    \\vartheta, θ, theta spelt out; w: a w standing alone)."""
    if len(letter) == 1:
        return rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])"
    written = [rf"\\(?:var)?{re.escape(letter)}(?![A-Za-z])", rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])"]
    try:
        written.append(re.escape(unicodedata.lookup(f"GREEK SMALL LETTER {letter.upper()}")))
    except KeyError:
        pass  # a name of more letters, not a Greek one: as written
    return "|".join(written)


#: The subject of a faithful form: q or the schedule in maths (Q), or named in words, or a list of them.
_THING = (
    r"(?:(?:the\s+|le\s+|la\s+|les\s+|der\s+|die\s+|el\s+|los\s+)?(?:(?:forward\s+(?:process|diffusion|chain"
    r"|kernels?)|noising\s+process|diffusion\s+process|(?:noise\s+|variance\s+)?schedule|variances|noise\s+levels"
    r"|processus\s+direct|vorwärtsprozess|proceso\s+directo)(?:\s+⟨Q⟩)?|⟨Q⟩))"
)
_SUBJECT = rf"{_THING}(?:(?:\s*,\s*|,?\s+(?:and|et|und|y)\s+){_THING})*"
#: What a faithful form says of its subject: fixed, constants, hyperparameters, not learned, no parameters (in
#: English, French, German, Spanish).
_FIXED_ONE = (
    r"(?:(?:is|are)\s+(?:(?:kept\s+)?fixed(?:\s+(?:constants?|hyperparameters?|numbers?))?|(?:a\s+)?(?:fixed\s+)?"
    r"(?:constants?|hyperparameters?)|not\s+(?:learned|learnt|trained))(?:\s+in\s+advance)?"
    r"|(?:has|have|contains?)\s+no\s+(?:(?:learnable|trainable)\s+)?parameters?"
    r"|(?:est|sont)\s+(?:fixes?|fixée?s?)|n'(?:a|ont)\s+pas\s+de\s+paramètres?(?:\s+appris|\s+entraînables)?"
    r"|(?:ist|sind)\s+(?:fest|fixiert|fest\s+gewählt)|(?:hat|haben)\s+keine\s+(?:lernbaren\s+|trainierbaren\s+)?"
    r"parameter|(?:es|son)\s+fij[oa]s?|no\s+tienen?\s+parámetros(?:\s+aprendibles|\s+entrenables)?)"
)
_FIXED = rf"{_FIXED_ONE}(?:\s+(?:and|et|und|y)\s+{_FIXED_ONE})?"
#: What a faithful form says of the model: learned or trained (with parameters θ).
_MODEL = (
    r"(?:only\s+)?(?:the\s+(?:model|network|reverse\s+process|denoiser|decoder)\s+)?⟨P⟩\s+(?:is|are)\s+"
    r"(?:learned|learnt|trained|optimi[sz]ed)"
    r"(?:\s+\(?(?:with|over)\s+(?:(?:its|the)\s+)?parameters\s+⟨P⟩\)?)?"
)
_JOIN = r"\s*[,;:—–]?\s*(?:(?:and|while|whereas|but|so)\s+)?"
_OPENING = r"(?:(?:note\s+that|here|in\s+ddpm|throughout|as\s+in\s+ddpm)\s*,?\s+)?"

#: The faithful forms, read whole (a sentence that says more is not one of them): "q has no learnable parameters",
#: "the β_t are fixed hyperparameters", "p_θ is learned, q is fixed", "q is fixed and p_θ is learned", "p_θ is
#: learned" (beside a sentence of q).
_FAITHFUL = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        rf"{_OPENING}{_SUBJECT}\s+{_FIXED}",
        rf"{_OPENING}{_MODEL}{_JOIN}{_SUBJECT}\s+{_FIXED}",
        rf"{_OPENING}{_SUBJECT}\s+{_FIXED}{_JOIN}{_MODEL}",
        rf"{_OPENING}{_MODEL}",
    )
)


@dataclass(frozen=True)
class _Sentence:
    """A sentence of the note's prose as written, with the line it starts on."""

    line: int
    text: str


def _sentences(notes: Notes) -> Iterator[_Sentence]:
    """Each sentence of each paragraph of the prose (across its line breaks), and the words set before or after a
    display on its lines, with its line."""
    for paragraph in notes.prose:
        flat = paragraph.text.replace("\n", " ")
        cursor = 0
        for piece in _raw_sentences(flat):
            found = flat.find(piece, cursor)
            start = found if found >= 0 else cursor
            cursor = start + len(piece)
            if piece.strip():
                yield _Sentence(paragraph.line + paragraph.text.count("\n", 0, start), piece)
    for line, words in (*notes.leads, *notes.trails):
        yield _Sentence(line, words)


def _maths(text: str) -> list[str]:
    return _INLINE.findall(text)


def _words(text: str) -> str:
    return _INLINE.sub(" ", text)


def _shown(words: str) -> str:
    """Words as a reader sees them: HTML's character references resolved (&#108;), compatibility forms folded
    (fullwidth letters, ligatures: NFKC), invisible format characters (a soft hyphen, a zero-width space) and
    emphasis, strike, code and link marks dropped (**le**arned), so a word they split is read whole; and after
    them, the same words with every run of blanks the reader left for a tag or a comment dropped too (lear<b></b>ned
    reads "lear       ned"), both searched."""
    folded = unicodedata.normalize("NFKC", html.unescape(words))
    plain = re.sub(r"[*_~`\[\]]+", "", "".join(c for c in folded if unicodedata.category(c) != "Cf"))
    return plain + "\n" + re.sub(r"[ \t]{2,}", "", plain)


def _speaks(sentence: str, letter: str, forward: str) -> tuple[bool, bool]:
    """Whether ``sentence`` writes the variable (in maths or spelt out) or a word for learning, and whether it
    writes q, the schedule or a name the note makes them of (in maths) or the forward process or the schedule in
    words."""
    maths, words = " ".join(_maths(sentence)), _shown(_words(sentence))
    learned = bool(re.search(letter, sentence) or _LEARNED.search(words))
    of_q = bool(re.search(forward, maths) or _FORWARD_WORDS.search(words))
    return learned, of_q


def _faithful(sentence: str, letter: str, forward: str) -> bool:
    """Whether ``sentence`` is one of the faithful forms, each of its maths the model written with the variable
    and without q or the schedule (P), or q or the schedule without the variable (Q)."""

    def token(match: re.Match) -> str:
        maths = match.group()
        if re.search(r"\\(?:text|mbox|intertext|operatorname|mathrm|textrm|textit)", maths):
            return "\x00"  # words set in maths are read by no form
        has_letter, has_q = bool(re.search(letter, maths)), bool(re.search(forward, maths))
        return " ⟨P⟩ " if has_letter and not has_q else " ⟨Q⟩ " if has_q and not has_letter else "\x00"

    shape = " ".join(_INLINE.sub(token, sentence).split()).rstrip(" .!。")
    return "\x00" not in shape and any(form.fullmatch(shape) for form in _FAITHFUL)


def _forward_name(name: syntax.Name) -> bool:
    """Whether a name is q or a letter of the schedule (beta_t, bar alpha_t, sigma_t)."""
    written = name.base if len(name.base) == 1 else f"\\{name.base}"
    return any(re.fullmatch(pattern, written) for pattern in _FORWARD_MATHS)


#: The names a side may write beside the names q or the schedule are made of: the chain's variables and its steps.
_CHAIN = frozenset({"x", "t", "s", "T", "k", "i", "N"})


def _made_of(formulas: Iterable[tuple[syntax.Node | None, syntax.Node | None]]) -> set[str]:
    """The names the note makes q or the schedule of (β_t = σ(φ_t): φ), as TeX regular expressions, the chain's
    variables x_k and the steps' indices aside."""
    made = set()
    for first, second in formulas:
        for one, other in ((first, second), (second, first)):
            whole = one.name if isinstance(one, syntax.Call) else one
            if not isinstance(whole, syntax.Name) or other is None or not _forward_name(whole):
                continue
            for node in syntax.nodes(other):
                name = node.name if isinstance(node, syntax.Call) else node
                if isinstance(name, syntax.Name) and name.base not in _CHAIN:
                    made.add(_letter(name.base))
    return made


def _display_unread(notes: Notes, formulas: list[Formula], letter: str, forward: list[str]) -> tuple[int, str] | None:
    """A display that writes a word for learning or fixing in its text beside q or the schedule, or writes the
    variable and is not read whole: a formula on its lines not parsed, none read, or the variable, q or a schedule
    letter written more often than its parsed formulas write them (an unread tuple, θ = (φ, β_1)); with its first
    line and what it does."""
    lines = notes.source.split("\n")
    for first, last in notes.displays:
        raw = "\n".join(lines[first - 1 : last])
        words = r"\\(?:text\w*|mbox|math(?:rm|it|sf|bf)|operatorname|intertext|emph)\s*\{([^}]*)\}"
        texts = " ".join(re.findall(words, raw))
        if _LEARNED.search(texts) and any(re.search(pattern, raw) for pattern in forward):
            return first, "says in words something of q or the schedule"
        if not re.search(letter, raw):
            continue
        read = {(f.line, f.text): f for f in formulas if first <= f.line <= last}
        if not read or any(f.node is None for f in read.values()):
            return first, "writes the optimum's variable and a formula of it is not read"
        written = " ".join(text for _, text in read)
        for pattern in (letter, *forward):
            if len(re.findall(pattern, raw)) > len(re.findall(pattern, written)):
                return first, "writes the optimum's variable, q or the schedule more often than the formulas read of it"
    return None


#: An HTML comment, which a renderer does not show.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _elsewhere(notes: Notes, letter: str, forward: str) -> int | None:
    """The first line outside the prose and the displays read (a table, a code block, a list the reader does not
    take as prose) that writes the variable or a word for learning with q or the schedule, in maths or in words."""
    seen = {p.line + i for p in notes.prose for i in range(p.text.count("\n") + 1)}
    seen |= {line for first, last in notes.displays for line in range(first, last + 1)}
    shown = _COMMENT.sub(lambda comment: "\n" * comment.group().count("\n"), notes.source)
    for number, line in enumerate(shown.split("\n"), start=1):
        if number in seen:
            continue
        if (re.search(letter, line) or _LEARNED.search(_shown(line))) and (
            re.search(forward, line) or _FORWARD_WORDS.search(_shown(line))
        ):
            return number
    return None


def _theta_made(pairs: list[tuple[Formula, Formula]], letter: str, forward: str) -> bool:
    """Whether a formula writes the variable alone as a whole side and q or the schedule on the other (θ = β_1)."""
    bare = re.compile(rf"(?:{letter})\s*")
    return any(
        bare.fullmatch(one.text.strip()) and re.search(forward, other.text)
        for first, second in pairs
        for one, other in ((first, second), (second, first))
    )


#: A macro the note defines (\\newcommand{\\sched}, \\def\\sched, \\let, \\DeclareMathOperator): its name.
_MACRO = re.compile(
    r"\\(?:(?:re|provide)?newcommand|def|let|DeclareMathOperator|DeclareRobustCommand)\*?\s*\{?\s*(\\[A-Za-z@]+)"
)


def _macros(notes: Notes) -> list[str]:
    """The macros the note defines, as regular expressions: what they write is not expanded here, so each is
    taken to write both the variable and the schedule."""
    return [rf"{re.escape(name)}(?![A-Za-z@])" for name in sorted(set(_MACRO.findall(notes.source)))]


def learned_forward_reason(
    notes: Notes, sides: list[tuple[Formula, Formula]], everything: list[Stated], letter: str
) -> str:
    """Why terms of q may not be taken as free of the optimum's variable ``letter`` (its name, theta): the line of
    a sentence or a display the rule cannot read as leaving q and the schedule fixed; '' where none is."""
    macros = _macros(notes)
    pattern = "|".join(f"(?:{p})" for p in (_letter(letter), *macros))
    pairs = [*sides, *((i.name, i.body) for i in everything)]
    formulas = [f for pair in pairs for f in pair if f is not None]
    nodes = [(one.node if one else None, other.node if other else None) for one, other in pairs]
    patterns = [*_FORWARD_MATHS, *sorted(_made_of(nodes)), *macros]
    forward = "|".join(f"(?:{p})" for p in patterns)
    sentences = sorted(_sentences(notes), key=lambda sentence: sentence.line)
    spoken = [_speaks(s.text, pattern, forward) for s in sentences]
    for i, sentence in enumerate(sentences):
        learned, of_q = spoken[i]
        before = spoken[i - 1] if i else (False, False)
        after = spoken[i + 1] if i + 1 < len(spoken) else (False, False)
        denies = bool(_DENIED.search(_words(sentence.text))) and any((*before, *after))
        beside = denies or (learned and (of_q or before[1] or after[1])) or (of_q and (before[0] or after[0]))
        if beside and not _faithful(sentence.text, pattern, forward):
            return (f"line {sentence.line} writes the optimum's variable or a word for learning with q, the forward "
                    "process or its schedule, in itself or beside a neighbouring sentence, in no form read as leaving them "
                    "fixed")  # fmt: skip
    unread = _display_unread(notes, formulas, pattern, patterns)
    if unread is not None:
        return f"the display at line {unread[0]} {unread[1]}"
    elsewhere = _elsewhere(notes, pattern, forward)
    if elsewhere is not None:
        return (f"line {elsewhere}, outside the prose and the displays read, writes the optimum's variable or a word "
                "for learning with q, the forward process or its schedule")  # fmt: skip
    if _theta_made([p for p in pairs if None not in p], pattern, forward):
        return "a formula makes the optimum's variable of q or the schedule"
    return ""
