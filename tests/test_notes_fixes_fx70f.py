"""Red team 70a's replacements said in words and aliases, fixed (fx70f): a sentence's "replace A by B" is read only
where it asserts it plainly, now, by the note, as an equality, for the display right after it; anything else reads
nothing, and the display is judged as if no replacement were said.

- contrast, time, case, another's work, judgement, approximation, another display, a second clause (";"), a finite
  verb whose subject is not the note's ("the paper replaces", "who replace"): replacements._NOT_PLAIN,
  _OWN_SUBJECT;
- the passive and particle forms ("If $a$ is replaced by $b$", "もし$a$を..."): every word before the first maths is
  read (their empty 'before' pattern matched at 0 and dropped them);
- a bound, an estimate, a proxy, "its mean" named by the noun phrases (replacements._NOT_EQUAL);
- several pairs in one sentence (a swap, "$a$ by $b$ and $b$ by $a$"): replacements._pairs;
- Japanese ず (置き換えずに) and Chinese 未 (并未, 尚未, 从未) as negations (sentences._NEGATED), not まず, 必ず,
  未知;
- a bare A's name written before a parenthesis (lambda(t) beside "replacing lambda by 1"): not rewritten
  (replacements._applied);
- an alias x = epsilon of a noise's name keeps the doubt (aliases._has_a_law: the standard reading makes it a
  standard normal).

Each group is judged in one note (one display after each sentence), so the whole file judges a handful of notes.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

#: The display: wrong as written at a = 0, b = 1 (2 vs 1), right under a = b.
DISPLAY = "$$\n(a - b)^2 + 1 = 1\n$$\n"

#: Held-out sentences that do not plainly replace a by b for the display after them: each step held or refuted.
NOT_PLAIN = {
    "contrast-yet": r"Replacing $a$ by $b$ is tempting, yet we keep both:",
    "contrast-fr-mais": r"On remplace souvent $a$ par $b$, mais ici on garde les deux :",
    "contrast-de-jedoch": r"Ersetzt man $a$ durch $b$, so vereinfacht sich vieles, jedoch gilt allgemein",
    "display-third-below": r"Replacing $a$ by $b$ in the third equation below, we first record",
    "display-numbered": r"Replacing $a$ by $b$ in (3), we get",
    "passive-unless": r"Unless $a$ is replaced by $b$, we have",
    "passive-ja-moshi": r"もし $a$ を $b$ で置き換えると項が消えるが、一般には",
    "passive-ko-manyak": r"만약 $a$를 $b$로 대체하면 항이 사라지지만, 일반적으로",
    "case-for-large": r"For large $n$ one replaces $a$ by $b$, and in general",
    "case-asymptotically": r"Asymptotically, replacing $a$ by $b$ gives",
    "case-ja-kyokugen": r"極限では $a$ を $b$ で置き換えると、",
    "another-cited": r"As in [2], replacing $a$ by $b$ gives",
    "another-et-al": r"Ho et al. replace $a$ by $b$ and obtain",
    "another-zh-wenxian": r"文献中用$b$代替$a$，得到",
    "judged-heuristic": r"Replacing $a$ by $b$ is a crude heuristic, and gives",
    "second-clause": r"One replaces $a$ by $b$; in general",
    "time-postpone": r"We postpone replacing $a$ by $b$ and first write",
    "time-later": r"Replacing $a$ by $b$ later, we first get",
    "time-ja-mae-ni": r"$a$ を $b$ で置き換える前に、次を得る。",
    "time-zh-zhiqian": r"在用$b$代替$a$之前，有",
    "ja-zuni": r"$a$を$b$に置き換えず、そのまま計算すると",
    "zh-shangwei": r"我们尚未用$b$代替$a$，得到",
    "zh-congwei": r"这里从未将$a$替换为$b$，得到",
}

#: Held-out bounds, estimates and proxies (the noun phrase names B as no value of A): held or refuted.
NOT_EQUAL = {
    "sample-mean": r"Replacing $a$ by the sample mean $b$, we get",
    "upper-bound": r"Replacing $a$ by an upper bound $b$, we get",
    "its-mean": r"Replacing the random $a$ by its mean $b$, we get",
    "fr-estimation": r"En remplaçant $a$ par son estimation $b$, on obtient",
    "ja-suiteichi": r"$a$ をその推定値 $b$ で置き換えると、次を得る。",
    "zh-gujizhi": r"用估计值$b$代替$a$，得到",
}

#: Faithful sentences (plain, now, the note's own, an equality): the display is read with a = b and proved.
PLAIN = {
    "here-we-replace": r"Here we replace $a$ by $b$:",
    "now-replace": r"Now replace $a$ by $b$ to get",
    "lead-in-we-replace": r"To simplify, we replace $a$ by $b$ and get",
    "with-passive": r"With $a$ replaced by $b$, the expression becomes",
    "its-value": r"Replacing $a$ by its value $b$, we get",
    "fr": r"En remplaçant $a$ par $b$, on obtient",
    "de": r"Ersetzt man $a$ durch $b$, so erhält man",
    "ja-mazu": r"まず $a$ を $b$ で置き換えると、次を得る。",
    "zh-weizhi": r"用未知常数$b$代替$a$，得到",
    "ko": r"$a$를 $b$로 대체하면 다음과 같다.",
}

#: Several pairs in one sentence: a swap (wrong b^2 - a = a^2 - b held or refuted; right b - a = -(a - b) proved).
SWAPS = {
    "en-swap": (r"Swapping, i.e. replacing $x$ by $y$ and $y$ by $x$, gives", "y^2 - x = x^2 - y"),
    "fr-swap": (r"En remplaçant $x$ par $y$ et $y$ par $x$, on obtient", "y^2 - x = x^2 - y"),
    "two-pairs": (r"Replacing $x$ by $y$ and $u$ by $v$, we get", "(x - y)^2 + (u - v)^2 = 0"),
}

#: A bare name replaced by a constant and written before a parenthesis (applied, or times): not refuted.
APPLIED = r"""Replacing the weight $w$ by $2$, we get

$$
w(s) \, v = 2 v
$$
"""

#: The lemma applied to an alias of a noise's name (standard normal under the standard reading): not refuted;
#: the alias of x_0 (no law of its own) is (rt70a-guard-12).
ALIAS = r"""We apply the lemma to the noise, $x = {noise}$.

Let

$$
\begin{{align*}}
p(x) &= \mathcal{{N}}(x; \mu_A, \sigma_A^2) \\
p(y|x) &= \mathcal{{N}}(y; ax, \sigma_B^2)
\end{{align*}}
$$

Then

$$
p(x|y) = \mathcal{{N}}\left(x; \frac{{a y}}{{a^2 + \sigma_B^2}}, \frac{{\sigma_B^2}}{{a^2 + \sigma_B^2}}\right)
$$
"""

READ_WITH = "read with a = b"


def _blocks(sentences: dict[str, str], display: str = DISPLAY) -> dict[str, object]:
    """Each sentence with the display right after it, in one note: the verdict of each display's step, by name."""
    names = sorted(sentences)
    results = red_team.report("\n".join(f"{sentences[name]}\n\n{display}" for name in names)).results
    assert len(results) == len(names)
    return dict(zip(names, results))


@pytest.fixture(scope="module")
def not_plain():
    return _blocks({**NOT_PLAIN, **NOT_EQUAL})


@pytest.mark.parametrize("name", sorted({**NOT_PLAIN, **NOT_EQUAL}))
def test_a_replacement_not_said_plainly_reads_nothing(not_plain, name):
    result = not_plain[name]
    red_team.assert_held_or_refuted(result)
    assert not any("read with" in how for how in (result.judged.reading if result.judged else ())), name


def test_a_plain_replacement_is_read():
    for name, result in _blocks(PLAIN).items():
        assert result.status == PROVED, (name, result.reason)
        assert any(READ_WITH in how for how in result.judged.reading), (name, result.judged.reading)


@pytest.mark.parametrize("name", sorted(SWAPS))
def test_several_pairs_read_nothing(name):
    sentence, step = SWAPS[name]
    red_team.assert_held_or_refuted(red_team.last(f"{sentence}\n\n$$\n{step}\n$$\n"))


def test_a_swap_keeps_an_identity_proved():
    red_team.assert_proved(red_team.last("Replacing $x$ by $y$ and $y$ by $x$, we get\n\n$$\ny - x = -(x - y)\n$$\n"))


def test_a_bare_name_applied_is_not_rewritten():
    result = red_team.last(APPLIED)
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


def test_an_alias_of_a_noise_keeps_the_doubt():
    result = red_team.last(ALIAS.format(noise="z_1"))  # held out: rt70a-23 is epsilon
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason
