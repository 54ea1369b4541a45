"""Sentences that may hold the data x_0 fixed, in any words: a sentence that speaks of the data says something
DDPM says of it (that it is drawn from the data's law, a data point, the clean image) or else may hold it fixed ("a
non-random image", "the image $x_0$ at hand"); what a step says of x_t after it, in its section, may be given x_0
(:func:`data_held`)."""

from __future__ import annotations

import re

from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.laws import (
    _DATA_WORDS,
    _FORWARD_NOISE_WORD,
    _NOISE_MATHS,
    _data_maths,
)
from diffproof.notecheck.statements.sentences import _PRONOUN, _SENTENCE_MATHS, _raw_sentences
from diffproof.notecheck.statements.unnamed import _HEADING
from diffproof.notes import Notes

#: What a sentence calls the data, in words: the data, an image, a sample, a signal (in the role of x_0 or not:
#: read fail-safe).
_DATA_SAID = re.compile(_DATA_WORDS.pattern + r"|\b(?:samples?|signals?)\b", re.IGNORECASE)
#: Idioms with a word for the data that call no x_0: "for example", and the data's law named in DDPM's role ("the
#: likelihood of the data", "the data distribution"), which says nothing of one x_0.
_NO_DATA = re.compile(
    r"\bfor\s+(?:example|instance)\b|\b(?:(?:log[- ])?likelihood|distribution)\s+of\s+(?:the\s+)?data\b"
    r"|\bdata\s+(?:distribution|likelihood)\b",
    re.IGNORECASE,
)
#: The data in maths as DDPM writes it (spaces taken out): x_0 (bold or not), drawn from the data's law (x_0 \sim
#: q(x_0), x_0 \sim q(x), x_0 \sim p_{\mathrm{data}}), or that law alone.
_X0 = r"(?:x|\\mathbf\{x\}|\\boldsymbol\{x\}|\\bm\{x\}|\\vec\{x\}|\\mathbf x|\{\\bf x\})_(?:0|\{0\})"
_LAW = rf"(?:(?:q|p)\((?:{_X0}|x|\\mathbf\{{x\}}|\\mathbf x|\\boldsymbol\{{x\}})\)|(?:p|q|\\pi)_\{{?(?:\\(?:mathrm|text|rm|operatorname)\{{)?data\}}?\}}?(?:\({_X0}\))?)"
_DDPM_S_DATA = re.compile(rf"{_X0}(?:\\sim{_LAW})?|{_LAW}")
#: The words DDPM's own sentences of the data are made of ("Let $x_0 \sim q(x_0)$ be a data point", "where $x_0$ is
#: the clean image", "a sample drawn from the data distribution"); ``xdata`` stands for the data in maths as DDPM
#: writes it (:data:`_DDPM_S_DATA`).  A word beyond them may say anything of the data, and hold it fixed.
_DDPM_S_WORDS = frozenset(
    "let be is are denote denotes denoted by where with a an the data datum dataset datapoint point points sample "
    "samples sampled draw drawn from distribution real clean original image images example examples training set "
    "true noiseless uncorrupted signal xdata".split()
)
#: A moment or the randomness of what a sentence speaks of.
_MOMENT = re.compile(
    r"\b(?:(?:co)?varian\w*|expect\w*|means?|averages?|moments?|random\w*|distribution|law|esp[ée]rance|moyenne"
    r"|al[ée]a\w*|Erwartung\w*|Mittelwert\w*|Zufall\w*|esperanza|media|aleatori\w*)\b|分散|期待|平均|方差|期望|均值|随机"
    r"|ランダム|확률|분산|평균",
    re.IGNORECASE,
)
#: A word that restricts what it is said with to it alone ("over the noise only", "the noise alone is random").
_ALONE = re.compile(
    r"\b(?:only|alone|solely|just|purely|seulement|uniquement|nur|allein|solo|s[óo]lo|soltanto|только)\b|のみ|だけ|仅|只|만",
    re.IGNORECASE,
)


def data_held(notes: Notes) -> list[Stated]:
    """Each sentence that may hold the data fixed, in words no reader need take, as a ``data held`` statement for
    the rest of its section (to the line before the next heading, ``until``): a sentence (read with the one before
    it where it opens with a pronoun, :data:`_PRONOUN`: "It is not random."; a table's row read whole,
    :func:`_table_rows`) that writes the data (x_0 in
    maths, :func:`_data_maths`, or a word for it) in words beyond DDPM's own (:func:`_holds_the_data`), or a
    sentence that takes a moment over the noise alone (:func:`_over_the_noise_alone`).
    A counterexample that draws x_0 from a law of its own is not trusted there (the step may be given x_0)."""
    said: list[tuple[int, str]] = _table_rows(notes)
    rows = {line for line, _ in said}
    for paragraph in notes.prose:
        if paragraph.line in rows:
            continue  # a table's row, read whole
        text, at, before = paragraph.text.replace("\n", " "), 0, ""
        for sentence in _raw_sentences(text):
            at = max(text.find(sentence, at), at)
            read = f"{before} {sentence}" if _PRONOUN.match(sentence) else sentence
            said.append((paragraph.line + paragraph.text[:at].count("\n"), read))
            before = sentence
    said += [(step.line, step.remark) for step in notes.steps if step.remark]
    source = notes.source.split("\n")
    found = []
    for line, sentence in said:
        if not (_holds_the_data(sentence) or _over_the_noise_alone(sentence)):
            continue
        end = next((n - 1 for n in range(line + 1, len(source) + 1) if _HEADING.match(source[n - 1])), len(source))
        shown = " ".join(sentence.split())[:80]
        found.append(Stated("data held", line, f"line {line} may hold the data x_0 fixed ('{shown}')", None, None,
                            "words", until=max(end, line)))  # fmt: skip
    return found


def _table_rows(notes: Notes) -> list[tuple[int, str]]:
    """Each row of a table as one sentence, its cells joined by ':' ("$x_0$: fixed"): the cells of a line are read
    together, as the row says them of each other (a row is the prose's paragraphs of one line, none broken)."""
    rows: dict[int, list[str]] = {}
    for paragraph in notes.prose:
        rows.setdefault(paragraph.line, []).append(paragraph.text)
    return [
        (line, ": ".join(cell.strip() for cell in cells))
        for line, cells in rows.items()
        if len(cells) > 1 and all("\n" not in cell for cell in cells)
    ]


def _holds_the_data(sentence: str) -> bool:
    """Whether ``sentence`` speaks of the data (in maths, :func:`_data_maths`, or words, :data:`_DATA_SAID`) in
    words beyond DDPM's own (:data:`_DDPM_S_WORDS`): whatever it says, it may hold x_0 fixed."""
    sentence = _NO_DATA.sub(" ", sentence)
    maths = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(sentence)]
    words = _SENTENCE_MATHS.sub(lambda m: f" {_written_as(m)} ", sentence)
    if not (any(_data_maths(piece.strip("`")) for piece in maths) or _DATA_SAID.search(words)):
        return False
    return bool(set(re.findall(r"\w+", words.lower())) - _DDPM_S_WORDS)


def _written_as(match: re.Match) -> str:
    """Inline maths as a word of its sentence: ``xdata`` for the data as DDPM writes it (:data:`_DDPM_S_DATA`),
    else ``maths`` (not one of DDPM's words of the data: what it says of the data is not read here)."""
    maths = (match.group(1) or match.group(2) or match.group(3) or "").strip("`")
    return "xdata" if _DDPM_S_DATA.fullmatch(re.sub(r"\s+", "", maths)) else "maths"


#: A moment taken over what follows ("over the noise", "with respect to $\\epsilon$", "taken over the Gaussian
#: noise"): ``noisemaths`` stands for the noise's maths, a word or two between and none that joins another thing to
#: it, before it or after it ("over $x_0$ and the noise", "over $\\epsilon$ and $x_0$" average over the data too).
_OVER_THE_NOISE = re.compile(
    r"\b(?:over|across|with\s+respect\s+to|w\.\s*r\.\s*t\.?|wrt|in)\s+(?:(?:the|its|their|an?)\s+)?"
    r"(?:(?!(?:and|or|both)\b)[\w-]+\s+){0,2}?(?:nois\w*|noisemaths)\b(?!\s*(?:,|and\b|or\b))",
    re.IGNORECASE,
)


def _over_the_noise_alone(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a moment or randomness (:data:`_MOMENT`) and of the noise (a word for it, or
    its maths), restricted to it alone (:data:`_ALONE`) or taken over it (:data:`_OVER_THE_NOISE`: "Expectations are
    taken over the noise", "We average over $\\epsilon$"): what is random is then the noise, and x_0 is held."""
    maths = [m.group(1) or m.group(2) or m.group(3) or "" for m in _SENTENCE_MATHS.finditer(sentence)]
    words = _SENTENCE_MATHS.sub(" ", sentence)
    noise = _FORWARD_NOISE_WORD.search(words) or any(_NOISE_MATHS.search(piece) for piece in maths)
    marked = _SENTENCE_MATHS.sub(
        lambda m: " noisemaths " if _NOISE_MATHS.search(m.group(1) or m.group(2) or m.group(3) or "") else " ", sentence
    )
    return bool(noise and _MOMENT.search(words) and (_ALONE.search(words) or _OVER_THE_NOISE.search(marked)))
