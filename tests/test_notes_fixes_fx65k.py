"""Fix of red team 65c's 13-19, 24 and 25 (dropped_indices):

- an index dropped in words of the family of "dispense with" ("Indices are dispensed with.", "We do away with
  subscripts.", "do without", "forgo", "spare", "get rid of", "dispose of") is a verb of dropping (_VERB), so the bare
  eps may be eps_t past the display its paragraph leads into: E(eps eps_t) = 0 is held and = 1 not refuted;
- a sentence restores the dropped index only if it says so as done (no question, modal, supposition or task left to
  the reader: _UNDONE) and of every index (a word for an index with no qualifier: "the spatial indices" are others,
  _QUALIFIED); else it takes nothing back;
- a subject denied ("No index is ever dropped.", "None of the indices are omitted.") keeps the indices (_KEPT), unless
  the sentence spares some ("except", "unless", "but", "only").

Every note's step is E(eps eps_t) = 0 (or = 1), which is E(eps_t^2) = 1 where eps is eps_t."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

#: the note: a context, the words before the step, a display between, and the step
_NOTE = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\na = a\n$$\n\nThen:\n\n$$\nE(\\epsilon \\epsilon_t) = {}\n$$\n"
#: an unnamed drop, then (in the note) a sentence that may take it back
_DROPPED = "Where no confusion arises, the index is not written.\n\n$$\nb = b\n$$\n\n"

DROPPED_IN_OTHER_WORDS = (
    "Indices are dispensed with.",  # rt65c-16, 17
    "We do away with subscripts.",  # rt65c-18
    # held-out variants
    "We dispense with the time index.",
    "Subscripts are done away with from here on.",
    "We forgo the indices.",
    "We do without indices.",
    "We spare the reader the subscripts.",
    "We get rid of the time index.",
    "Subscripts are disposed of.",
    "No index is dropped except the time index.",
)


@pytest.mark.parametrize("before", DROPPED_IN_OTHER_WORDS)
def test_an_index_dropped_in_other_words_holds_the_step(before):
    result = red_team.last(_NOTE.format(before, 0))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("before", DROPPED_IN_OTHER_WORDS[:3])
def test_an_index_dropped_in_other_words_never_refutes_the_right_step(before):
    result = red_team.last(_NOTE.format(before, 1))
    assert result.status != REFUTED and not result.internal, result.reason


RESTORES_NOTHING = (
    "Writing every index again would clutter the formulas.",  # rt65c-13
    "Restoring the indices is left to the reader.",  # rt65c-14
    "Should the indices be restored? No.",  # rt65c-15
    "From now on all summation indices are written.",  # rt65c-24
    "We restore the spatial indices.",  # rt65c-25
    # held-out variants: a modal, an exercise, a question, other indices
    "One could restore the indices.",
    "Restoring the subscripts is an exercise.",
    "Are the subscripts shown again from now on?",
    "Suppose all indices were written again.",
    "From now on all vector subscripts are written.",
    "We reinstate the batch indices.",
)


@pytest.mark.parametrize("after", RESTORES_NOTHING)
def test_a_restore_not_done_or_of_other_indices_takes_nothing_back(after):
    result = red_team.last(_NOTE.format(_DROPPED + after, 0))
    assert result.status != PROVED and not result.internal, result.reason


KEPT = (
    "No index is ever dropped.",  # rt65c-19
    # held-out variants
    "None of the indices are omitted.",
    "Not a single subscript is left out.",
    "No subscript will be dropped.",
)
RESTORED = (
    "From now on all indices are written.",
    "We restore the indices.",
    "From now on every subscript is written explicitly.",
    "We restore all indices, the time index included.",
)


@pytest.mark.parametrize("before", KEPT + tuple(_DROPPED + after for after in RESTORED))
def test_indices_kept_or_restored_keep_the_proof(before):
    result = red_team.last(_NOTE.format(before, 0))
    assert result.status == PROVED, result.reason
