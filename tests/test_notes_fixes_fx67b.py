"""Fix of red team 66a's 16-20 (dropped_indices, numbers.may_leave):

- a word of keeping is said of its own clause, and "keep" of what it names (_KEPT, _dropped_in_a_clause): "we drop
  the index $t$ and keep every other symbol", "We never drop an index silently, so ...: we drop the index $t$" drop
  the index, so the bare eps may be eps_t and E(eps eps_t) = 0 is held;
- an exception ("apart from", "save", "other than", "excluding", ...: _EXCEPTIONS) in a sentence that writes every
  index again leaves the excepted index dropped (_SPARING, _RESTRICTED), and a denied subject sparing it ("No index
  is dropped apart from the time index.") keeps nothing (_KEPT);
- a reason not to write the indices ("Writing every index explicitly is too heavy.": _UNDONE) writes none again;
- a definition's body of more points than may_leave tries (_GRID_LIMIT) may leave its name's convention, and one of
  four real letters is tried at every point (sigma := a + b + c - d is -1 at a = b = c = 0, d = 1).

Every dropped-index note's step is E(eps eps_t) = 0 (or = 1), which is E(eps_t^2) = 1 where eps is eps_t."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

#: the note: a context, the words before the step, a display between, and the step
_NOTE = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\na = a\n$$\n\nThen:\n\n$$\nE(\\epsilon \\epsilon_t) = {}\n$$\n"
#: an unnamed drop, then (in the note) a sentence that may take it back
_DROPPED = "Where no confusion arises, the index is not written.\n\n$$\nb = b\n$$\n\n"

KEPT_ELSEWHERE = (
    "For brevity we drop the index $t$ and keep every other symbol as it is.",  # rt66a-16
    "We never drop an index silently, so we say it here: we drop the index $t$.",  # rt66a-17
    # held-out variants: keeping something else, a denial in another clause
    "Keeping the notation of the last section, we omit the time index.",
    "We retain all other conventions; the subscript $t$ is suppressed.",
    "We do not omit indices lightly, but here we omit the index $t$.",
    "The index $t$ is dropped and every other index is kept.",
)
#: a drop taken back by a sentence that excepts the time index, or only says why the indices are not written
NOT_TAKEN_BACK = (
    "From now on all indices are written, apart from the time index.",  # rt66a-18
    "From now on all indices are written, save the time index.",
    "Writing every index explicitly is too heavy.",  # rt66a-19
    # held-out variants
    "All subscripts are shown again, other than the time index.",
    "From now on every index is written, excluding the time index.",
    "Writing all indices again is cumbersome.",
    "Showing every subscript explicitly clutters the formulas.",
    "Writing every index in full is unnecessary here.",
)


@pytest.mark.parametrize(
    "before",
    (
        *KEPT_ELSEWHERE,
        *(_DROPPED + after for after in NOT_TAKEN_BACK),
        "No index is dropped apart from the time index.",
    ),
)
def test_an_index_dropped_beside_a_keeping_or_an_exception_holds_the_step(before):
    result = red_team.last(_NOTE.format(before, 0))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("before", (*KEPT_ELSEWHERE[:2], _DROPPED + NOT_TAKEN_BACK[0], _DROPPED + NOT_TAKEN_BACK[2]))
def test_the_right_step_is_never_refuted(before):
    result = red_team.last(_NOTE.format(before, 1))
    assert result.status != REFUTED and not result.internal, result.reason


#: faithful notes: the index kept in its own clause, or every index written again as done
KEPT_OR_RESTORED = (
    "We keep the index $t$ throughout.",
    "We do not drop the index $t$, and we keep every other symbol as it is.",
    "The index $t$ is retained.",
    "We never drop an index silently.",
    "Keeping the index $t$, we write every formula in full.",
    _DROPPED + "From now on all indices are written.",
    _DROPPED + "From now on every subscript is written explicitly.",
)


@pytest.mark.parametrize("before", KEPT_OR_RESTORED)
def test_an_index_kept_or_written_again_keeps_the_proof(before):
    result = red_team.last(_NOTE.format(before, 0))
    assert result.status == PROVED, result.reason


_ABS = "Let ${} := {}$.\n\n$$\n\\sqrt{{{}^2}} = {}\n$$\n"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("\\sigma", "a + b + c - d"),  # rt66a-20
        ("\\sigma", "a - b + c - d + e"),
        ("\\sigma", "\\alpha + a + b - c"),
        ("\\sigma", "a b - c d + e f"),
    ],
)
def test_a_body_of_many_letters_lets_the_name_leave_its_convention(name, body):
    red_team.assert_held_or_refuted(red_team.last(_ABS.format(name, body, name, name)))


def test_a_body_of_four_letters_that_stays_keeps_the_convention():
    red_team.assert_proved(red_team.last(_ABS.format("\\sigma", "a^2 + b^2 + c^2 + d^2 + 1", "\\sigma", "\\sigma")))
