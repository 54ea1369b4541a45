"""Red team 60a's rings and dropped indices, read as a reader reads them: a ring in any blackboard font (``\\Bbb``,
``\\mathds``), a field the numbers "live in" or everything "is over", "char. 3", a remainder on division by a
number, 模三意义下 (33-39: right congruences refuted among the reals); an index left implicit, or dropped in German,
French, Spanish or Chinese (45-48: a bare and an indexed name, one name there, read as two)."""

from __future__ import annotations

import pytest
from red_team import results

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Right congruences, wrong among the reals, with where the ring is said.
RINGS = {
    "bbb-f5": ("We compute in $\\Bbb F_5$.", "2 + 3 = 0"),
    "lies-in-mathbb-f2": ("Everything lies in $\\mathbb{F}_2$.", "1 + 1 = 0"),
    "are-over-bold-f7": ("All quantities are over $\\mathbf{F}_7$.", "4 + 4 = 1"),
    "char-dot-2": ("Here we are in char. 2.", "1 + 1 = 0"),
    "remainders-after-division-by-4": ("Read each number as its remainder after division by 4.", "3 + 3 = 2"),
    "zh-mo-5-yunsuan": ("以下在模 5 运算。", "3 + 3 = 1"),
}

#: An index dropped, said in words: the step is true if epsilon is epsilon_t.
DROPS = {
    "kept-implicit": "The index $t$ is kept implicit from here on.",
    "de-unterdrueckt": "Die Indizes werden im Folgenden unterdrückt.",
    "fr-sous-entendus": "Les indices sont sous-entendus.",
    "es-omitimos": "Omitimos el índice $t$.",
    "zh-luequ": "下文略去下标 $t$。",
}


@pytest.mark.parametrize(("said", "step"), RINGS.values(), ids=RINGS.keys())
def test_a_ring_said_holds_the_step(said, step):
    result = results(f"{said}\n\n$$\n{step}\n$$\n")[0]
    assert result.status == UNDECIDED and "other than the reals" in result.reason, result.reason


@pytest.mark.parametrize("said", ["We work over $\\mathbb{R}$.", "The vector $x$ is in $\\mathbb{R}^3$."])
def test_the_reals_keep_the_refutation(said):
    assert results(f"{said}\n\n$$\n2 + 2 = 1\n$$\n")[0].status == REFUTED


@pytest.mark.parametrize("said", DROPS.values(), ids=DROPS.keys())
def test_an_index_dropped_in_words_holds_the_step(said):
    result = results(f"{said}\n\n$$\nE(\\epsilon \\epsilon_t) = 1\n$$\n")[0]
    assert result.status == UNDECIDED and "drops an index" in result.reason, result.reason


@pytest.mark.parametrize("said", ["We keep the index $t$.", "The index $t$ is never omitted."])
def test_an_index_kept_leaves_two_names(said):
    """The same step after an index kept: no drop is read (its verdict is then the kernel's, for two names)."""
    result = results(f"{said}\n\n$$\nE(\\epsilon \\epsilon_t) = 1\n$$\n")[0]
    assert "drops an index" not in result.reason, result.reason


#: Values said after framing words red team 60a found unread (25-32): each sets y to 0 (or 2), where y / y (or
#: (y - 2) / (y - 2)) has no value.
FRAMED = {
    "henceforth": ("Henceforth $y$ is zero.", "y"),
    "below-equals-two": ("Below, $y$ equals two.", "y - 2"),
    "put-to": ("Put $y$ equal to $0$.", "y"),
    "de-setze": ("Setze $y$ gleich null.", "y"),
    "fr-posons": ("Posons $y$ égal à zéro.", "y"),
    "zh-ling-dengyu": ("令 $y$ 等于零。", "y"),
}


@pytest.mark.parametrize(("said", "divisor"), FRAMED.values(), ids=FRAMED.keys())
def test_a_value_after_framing_words_holds_the_quotient(said, divisor):
    result = results(f"{said}\n\n$$\n\\frac{{{divisor}}}{{{divisor}}} = 1\n$$\n")[0]
    assert result.status == UNDECIDED and "no value" in result.reason, result.reason


@pytest.mark.parametrize("said", ["Now $y$ is a vector.", "From now on $y$ is fixed.", "Henceforth $y$ is nonzero."])
def test_framing_words_without_a_value_keep_the_proof(said):
    result = results(f"{said}\n\n$$\n\\frac{{y}}{{y}} = 1\n$$\n")[0]
    assert result.status == PROVED, result.reason
