"""Fix of red team 64c's 10 and its family: a sentence that speaks of an index naming none beside a word of omission,
a negation or a word that spares it to some places ("The index is understood.", "We don't show the subscript.",
"Indices are written only where needed.") drops it for the rest of the note, not only for the display its paragraph
leads into, until a sentence writes the indices again ("From now on all indices are written.").  A sentence that only
speaks of an index ("**t** is the timestep (indices)", zh-diffusion-study-notes) stays said for the display its
paragraph leads into.  Neighbouring wordings found unread on the way (fx65d's own findings: "the index goes
unwritten", "stays silent", "a bare $\\epsilon$ is the noise at step $t$", "unless indexed otherwise", "left off",
"removed", "skip", "ignore", "discarded", "strip", "absent"; abroad "unterdrücken wir den Index", "Der Index ist
implizit", "첨자는 쓰지 않는다", "se sobreentiende", "下标默认不写", "подразумевается", "fica implícito") are held-out
variants here.  Every note's step is E(eps eps_t) = 0, which is E(eps_t^2) = 1 where eps is eps_t."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: the note: a context, the words before the step, and the step
_NOTE = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\nE(\\epsilon \\epsilon_t) = 0\n$$\n"
#: a paragraph between the sentence and the display, which takes nothing back
_BETWEEN = "\n\nWe now look at the step."

HELD = (
    # rt64c-10 and its held-out variants: other words, two paragraphs between, a list item
    "The index is understood." + _BETWEEN,
    "Indices are suppressed." + _BETWEEN,
    "We omit the subscript." + _BETWEEN,
    "We look at the noise (dropping the time index)." + _BETWEEN,
    "The index is understood." + _BETWEEN + "\n\nIt is short.",
    "- The index is understood.\n- The noise is standard." + _BETWEEN,
    "The time index is clear from context." + _BETWEEN,
    "Indices are tacit." + _BETWEEN,
    "We don't show the subscript." + _BETWEEN,
    "We do not bother with indices." + _BETWEEN,
    "Indices are written only where needed." + _BETWEEN,
    # fx65d's findings: neighbouring wordings no table read
    "From here on the index goes unwritten." + _BETWEEN,
    "The time index stays silent below." + _BETWEEN,
    "A bare $\\epsilon$ is the noise at step $t$." + _BETWEEN,
    "Every name is at step $t$ unless indexed otherwise." + _BETWEEN,
    "Subscripts will be left off." + _BETWEEN,
    "For readability, the index is removed." + _BETWEEN,
    "We skip the index." + _BETWEEN,
    "We ignore the time index." + _BETWEEN,
    "The index is discarded." + _BETWEEN,
    "We strip the subscripts." + _BETWEEN,
    "The subscript is absent." + _BETWEEN,
    # what takes nothing back: a restoring sentence restricted, naming another index, said of elsewhere, or not said
    # to last
    "The index is understood.\n\nIndices are written again only where needed.",
    "We drop the index $s$.\n\nWe write the index $t$ again." + _BETWEEN,
    "The index is understood.\n\nIndices are written as subscripts.",
    "The index is understood.\n\nIn the appendix all indices are written again.",
    "The index is understood.\n\nAbove, all indices were written.",
)


@pytest.mark.parametrize("before", HELD)
def test_an_index_dropped_paragraphs_before_holds_a_name_bare_and_indexed(before):
    result = red_team.last(_NOTE.format(before))
    assert result.status != PROVED and not result.internal, result.reason


#: The same abroad (other languages' words of implicitness and negations), each with a paragraph between.
HELD_ABROAD = (
    "Der Einfachheit halber unterdrücken wir den Index.\n\nWir betrachten nun den Schritt.",
    "Der Index ist implizit.\n\nWir betrachten nun den Schritt.",
    "편의상 첨자는 쓰지 않는다.\n\n이제 다음 단계를 본다.",
    "El índice se sobreentiende.\n\nAhora miramos el paso.",
    "以下下标默认不写。\n\n现在看这一步。",
    "Индекс подразумевается.\n\nТеперь рассмотрим шаг.",
    "O índice fica implícito.\n\nAgora olhamos o passo.",
)


@pytest.mark.parametrize("before", HELD_ABROAD)
def test_an_index_dropped_abroad_paragraphs_before_holds_a_name_bare_and_indexed(before):
    result = red_team.last(_NOTE.format(before))
    assert result.status != PROVED and not result.internal, result.reason


KEPT = (
    # the drop taken back: the indices written again, in the paragraph before the display or one earlier
    "The index is understood.\n\nFrom now on all indices are written.",
    "We drop the index.\n\nFrom now on all indices are written." + _BETWEEN,
    "The index is understood.\n\nWe restore the index." + _BETWEEN,
    "The index is understood.\n\nThe subscripts are shown explicitly again.",
    # an index only spoken of (zh-diffusion-study-notes' gloss), a paragraph before: said for its display alone
    "**t** is the timestep (indices), an integer from 0 to T - 1." + _BETWEEN,
    "**t** 是 timestep (indices），通常是 $0,1,...,T-1$ 的整数。\n\n现在看这一步。",
    "Wir behalten den Index bei.\n\nWir betrachten nun den Schritt.",
    "We now look at the step.",
    # a verb of dropping denied keeps the index
    "We never skip the index." + _BETWEEN,
    "We do not remove the subscript." + _BETWEEN,
)


@pytest.mark.parametrize("before", KEPT)
def test_an_index_written_again_or_only_spoken_of_keeps_the_proof(before):
    result = red_team.last(_NOTE.format(before))
    assert result.status == PROVED, result.reason


def test_an_index_dropped_holds_no_step_without_a_name_bare_and_indexed():
    text = (
        "<!-- diffproof: context ddpm -->\n\nThe index is understood." + _BETWEEN + "\n\n$$\nE(\\epsilon_t^2) = 1\n$$\n"
    )
    assert red_team.last(text).status == PROVED
