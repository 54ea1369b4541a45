"""When, in which order and on what DDPM's forward step acts, in a script without spaces (Chinese, Japanese,
Korean): words that say so are no role of DDPM's forward description, which names neither a time nor an order
nor a dependence beyond the Markov chain's, so a sentence with them says something the whitelist's phrases
(:mod:`unspaced_forward`) do not cover ("只在最后一步加噪声", "先加噪声，然后乘以", "$x_t$ 依赖于 $x_0$ 和
$x_{t-1}$").  A fail-safe rule: each kind below sets the context's forward laws aside wherever it is read, except
in the few shapes DDPM's own descriptions give it ("每一步只依赖前一步", "第 $t$ 步", "一部分再加上一个噪声")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: The clauses of a masked sentence: what a dependence or an "only" is said of.
_CLAUSE = re.compile(r"[^，。；,;、：:（）()]+")
#: Noise added, in words: the step's noise (Chinese 加入噪声, 加噪; Japanese ノイズを加える; Korean 노이즈를 추가).
_NOISE_ADDED = re.compile(
    r"(?:加入|添加|加上|增加|注入|引入|叠加|混入|加)(?:了|的)?[^，。；,;]{0,8}?(?:噪声|噪音)|加噪"
    r"|(?:噪声|噪音)[^，。；,;]{0,4}?(?:加入|添加|加上|叠加|注入|加到)"
    r"|(?:ノイズ|雑音)(?:を|が)?(?:加|付|足|乗せ)|노이즈(?:를|가)?\s*(?:추가|더|주입)"
)
#: The step's states in maths: x_t and its predecessor x_{t-1}.
_NOW_OR_BEFORE = re.compile(
    r"\s*`?\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?x\s*\}?\s*_\s*(?:\{?\s*t\s*\}?|\{\s*t\s*-\s*1\s*\})\s*`?\s*"
)
_BEFORE = re.compile(r"_\s*\{\s*t\s*-\s*1\s*\}")
#: The predecessor in words: "前一步", "上一步", "前一个时刻", "直前", "이전 단계".
_BEFORE_IN_WORDS = re.compile(r"[前上]一(?:步|个时刻|时刻|个状态|状态)|直前|一つ前|ひとつ前|이전\s*(?:단계|상태)")
#: The time the whole process is at, in maths: step $t$ or $t-1$ (any step, not one).
_ANY_TIME = re.compile(r"\s*`?\s*t\s*(?:-\s*1\s*)?`?\s*")


def _clause_at(text: str, at: int) -> str:
    return next((c.group(0) for c in _CLAUSE.finditer(text) if c.start() <= at < c.end()), "")


def _markov(text: str, at: int, masked: list[str]) -> bool:
    """Whether the clause at ``at`` says the step depends on its predecessor only: its maths are x_t and x_{t-1}
    alone with x_{t-1} (or the predecessor in words) among them ("$x_t$ 只和 $x_{t-1}$ 有关", "每一步只依赖前一步")."""
    clause = _clause_at(text, at)
    pieces = [masked[int(n)] for n in re.findall(r"\bm(\d+)\b", clause)]
    before = any(_BEFORE.search(p) for p in pieces) or bool(_BEFORE_IN_WORDS.search(clause))
    return before and all(_NOW_OR_BEFORE.fullmatch(p) for p in pieces)


def _noise_before(text: str, at: int) -> bool:
    """Whether noise is added before ``at`` in the sentence (what comes after it then follows the noise)."""
    return bool(_NOISE_ADDED.search(text, 0, at))


@dataclass(frozen=True)
class Beyond:
    """A kind of words DDPM's forward description has no role for: its pattern, and whether a match (the masked
    sentence, where it is, the maths) is one of DDPM's own shapes after all."""

    kind: str
    pattern: re.Pattern
    ddpm_s: Callable[[str, re.Match, list[str]], bool] = lambda text, found, masked: False


def _dependence_kept(text: str, found: re.Match, masked: list[str]) -> bool:
    return _markov(text, found.start(), masked)


def _only_kept(text: str, found: re.Match, masked: list[str]) -> bool:
    """ "只是", "只要" (merely, as long as), a verb's "だけ" (merely), or an "only" in a Markov clause."""
    word = found.group(0)
    return (
        text.startswith(("只是", "只要"), found.start())
        or (word == "だけ" and re.search(r"(?:て|で)いる$|る$", text[: found.start()]) is not None)
        or _markov(text, found.start(), masked)
    )


def _ordinal_kept(text: str, found: re.Match, masked: list[str]) -> bool:
    """Step $t$ (any step, as "直接加噪到第 $t$ 步" says), not a numbered one."""
    return found.group(1) is not None and bool(_ANY_TIME.fullmatch(masked[int(found.group(1))]))


def _then_kept(text: str, found: re.Match, masked: list[str]) -> bool:
    """DDPM's order: the state scaled, then (再, 然后) the noise added, never after the noise."""
    return not _noise_before(text, found.start())


def _one_noise(text: str, found: re.Match, masked: list[str]) -> bool:
    """An "again" or "besides" (又, 另外, また, さらに) that does not stand between two noises added: it says more
    of something else ("噪声的方差又逐渐增大", "また $\\beta_t$ は小さい"), not a second noise."""
    return not (_noise_before(text, found.start()) and _NOISE_ADDED.search(text, found.end()))


def _opening(text: str, found: re.Match, masked: list[str]) -> bool:
    """A sentence's opening "Finally," or "First," (最后，首先，まず、): the note's discourse, not the process's."""
    return (
        re.fullmatch(r"\s*", text[: found.start()]) is not None
        and re.match(r"\s*[，,、]", text[found.end() :]) is not None
    )


def _first_kept(text: str, found: re.Match, masked: list[str]) -> bool:
    """A sentence's opening "First," (:func:`_opening`), or a first act, up to the clause's end, that is not the
    noise ("先把 $x_{t-1}$ 乘以", not "先把噪声加到")."""
    act = re.match(r"[^，。；,;、]*", text[found.end() :]).group(0)
    return _opening(text, found, masked) or not _NOISE_ADDED.search(act)


#: A time in maths (``t``, ``T``, ``t-1``, ``1``) or a step in words: what a condition "when ..." pins the step to.
_TIME = re.compile(r"\s*`?\s*(?:[tTs]|\d+|t\s*[-+]\s*\d+)\s*`?\s*")
_STEP_WORD = re.compile(r"步|时刻|時刻|ステップ|단계|시점")
#: The schedule's names in maths (beta_t, alpha_t, abar_t): "at the start, beta_t is small" says the schedule's shape.
_SCHEDULE = re.compile(r"\s*`?\s*\\(?:beta|alpha|bar\s*\\alpha|bar\s*\{\s*\\alpha\s*\})\s*_\s*\{?\s*t\s*\}?\s*`?\s*")


def _no_time_said(text: str, found: re.Match, masked: list[str]) -> bool:
    """A "when" whose clause names no time (a time's maths, :data:`_TIME`, or a step in words): a condition on
    something else ("如果初始的分布 $x_0 \\sim ...$ 时"), not the step pinned to some times."""
    clause = _clause_at(text, found.start())
    pieces = [masked[int(n)] for n in re.findall(r"\bm(\d+)\b", clause)]
    return not (any(_TIME.fullmatch(p) for p in pieces) or _STEP_WORD.search(clause))


def _no_time_in_maths(text: str, found: re.Match, masked: list[str]) -> bool:
    """A "when" or "if" (当, 如果) whose clause writes no time in maths (:data:`_TIME`): a condition on something
    else ("如果前向过程每一步添加的噪声非常小"), not the step pinned to some times ("当 $t$ 为 $T$")."""
    clause = _clause_at(text, found.start())
    return not any(_TIME.fullmatch(masked[int(n)]) for n in re.findall(r"\bm(\d+)", clause))


def _opening_or_schedule(text: str, found: re.Match, masked: list[str]) -> bool:
    """A sentence's opening "Finally," (:func:`_opening`), or the start said of the schedule's name right after it
    ("刚开始 $\\beta_t$ 通常很小": the schedule's shape, read by its own rules)."""
    after = re.match(r"\s*m(\d+)", text[found.end() :])
    return _opening(text, found, masked) or bool(after and _SCHEDULE.fullmatch(masked[int(after.group(1))]))


#: The kinds of words beyond DDPM's forward description, each with the shapes DDPM's own words give it.
BEYOND = (
    Beyond(
        "a dependence beyond the Markov chain",
        re.compile(r"依赖|依存(?!しない|せず)|有关|相关|取决|의존|관련"),
        _dependence_kept,
    ),
    Beyond("only", re.compile(r"只|仅|(?<![刚剛方])才|だけ|のみ|뿐|만(?![\uac00-\ud7af])"), _only_kept),
    Beyond(
        "a numbered step",
        re.compile(
            r"第\s*(?:[一二三四五六七八九十两百千]+|\d+|m(\d+))\s*(?:步|个时刻|时刻|次|轮|ステップ|단계)"
            r"|(?:[一二三四五六七八九十]+|\d+)\s*(?:番目|번째)|첫\s*(?:번째|단계)"
        ),
        _ordinal_kept,
    ),
    Beyond(
        "the start or the end of the process",
        re.compile(r"最后|最後|最初|一开始|刚开始|开始时|起初|初めに|はじめに|마지막|처음"),
        _opening_or_schedule,
    ),
    Beyond(
        "a time in words",
        re.compile(
            r"(?<![此这同那])时(?!刻|间|序|步)|のとき|の時(?!刻|点|間)|ときに|とき(?=だけ|のみ|は|に)|場合|때|경우"
        ),
        _no_time_said,
    ),
    Beyond(
        "a time in a condition (when, if)", re.compile(r"当(?!前|然|作|成|时)|如果|假如|倘若|若"), _no_time_in_maths
    ),
    Beyond("a first act", re.compile(r"首先|先(?!验|前)|まず|먼저"), _first_kept),
    Beyond(  # a bare 后 (after) before another act, not before what results ("加噪后得到", "加噪后的输出")
        "an act after another (again, then)",
        re.compile(
            r"然后|之后|以后|接着|随后|再(?!パラメータ|参数)|次に|その後|てから|た後|もう一度|다음에|후에|다시|그리고\s*나서"
            r"|(?<![最之以随然落前今此其背])[后後](?![面文期续續者来來半述验驗的の])"
            r"(?!\s*[，,、]?\s*(?:得到|得出|得|即|为|是|就|便|变|成|可|会|m\d))|あと(?:で|に)|뒤"
        ),
        _then_kept,
    ),
    Beyond(  # "在乘以 ... 前加入噪声", "掛ける前にノイズを加える": the noise first, before the act it names
        "the noise before another act",
        re.compile(
            r"(?:(?<![之以直向提目眼事从從])前(?:に|で)?|전에)(?=\s*[，,、]?\s*(?:先|まず|먼저)?\s*(?:"
            + _NOISE_ADDED.pattern
            + "))"
        ),
    ),
    Beyond(
        "a second noise (again, besides)",
        re.compile(r"又|(?<![退])还(?!原)|另外|此外|而且|また|さらに|その上|加えて|또한|게다가"),
        _one_noise,
    ),
)


def beyond_ddpm_s_times(text: str, masked: list[str]) -> str:
    """The first words of a masked sentence about the forward process that say when, in which order or on what its
    step acts beyond DDPM's own shapes (:data:`BEYOND`), with their kind ("只 (only)"), or ''."""
    for kind in BEYOND:
        for found in kind.pattern.finditer(text):
            if not kind.ddpm_s(text, found, masked):
                words = re.sub(r"m(\d+)", lambda m: f"${masked[int(m.group(1))].strip()}$", found.group(0))
                return f"{words} ({kind.kind})"
    return ""
