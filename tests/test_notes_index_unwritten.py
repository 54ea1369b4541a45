"""An index no longer written is dropped as surely as one dropped ("we do not write the index $t$", "we no longer
write $t$", "we write $x$ without its index"), and a drop said in the sentence that carries the display on ("where we
dropped the index $t$ of $x$") is said for that display: the step's bare and indexed names may be one name there,
so a counterexample that reads them as two is not trusted (red team 60k, 20-23).  Only a verb of dropping denied
keeps the index ("we do not drop the index"): then the names are two and the step is refuted."""

from __future__ import annotations

import pytest
from red_team import results

from diffproof.notecheck import REFUTED, UNDECIDED

#: Right if x is x_t, wrong if they are two names.
STEP = "\n\n$$\nx_t^2 + x = x^2 + x_t\n$$\n"

DROPPED = {
    "the subscript is not written": "From here on the subscript $t$ is not written." + STEP,
    "never writes the time index": "We shall never write the time index again." + STEP,
    "without their indices": "Below, all variables are written without their time indices." + STEP,
    "a drop, not of the noise": "We drop the index $t$, not the noise." + STEP,
    "said after, on the next line": "Then" + STEP + "(we omit the index $t$ of $x$ here).\n",
    # a verb of omitting and a word for the index in one clause, in other languages (red team 61r, 22-26)
    "Italian": "Per brevità omettiamo l'indice $t$." + STEP,
    "Polish": "Dla prostoty pomijamy indeks $t$." + STEP,
    "Russian, passive": "Далее индекс $t$ опущен." + STEP,
    "Japanese, 添え字": "以降、添え字 $t$ は省く。" + STEP,
    "Korean": "편의상 첨자 $t$는 생략한다." + STEP,
    "Dutch, weglaten": "We zullen de index $t$ weglaten." + STEP,
}

KEPT = {
    "a drop denied": "We do not drop the index $t$." + STEP,
    "never omitted": "The index $t$ is never omitted." + STEP,
    "kept": "We keep the index $t$ throughout." + STEP,
    "said of another display": "Then" + STEP + "\n$$\ny = 1\n$$\n\nwhere we dropped the index of $y$.\n",
}


@pytest.mark.parametrize("text", DROPPED.values(), ids=DROPPED.keys())
def test_an_index_not_written_is_dropped(text):
    result = results(text)[0]
    assert result.status == UNDECIDED, result.reason
    assert "drops an index" in result.reason


@pytest.mark.parametrize("text", KEPT.values(), ids=KEPT.keys())
def test_an_index_kept_leaves_two_names(text):
    """The step (the note's first) is refuted: the index is kept, or dropped only for a later display."""
    result = results(text)[0]
    assert result.status == REFUTED, result.reason
