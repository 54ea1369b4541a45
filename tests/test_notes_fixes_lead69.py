"""The lead's fixes of this session (twenty-ninth on issue 11).

- A union the index is said to lie in claims the members of each of its listed sets however the braces are written
  (``\\lbrace 0 \\rbrace``, ``\\bigl\\{ 0 \\bigr\\}``, thin spaces among members: rt69a-07), through set_brackets'
  one brace pattern; a set that lists no number claims nothing.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.orders_not_taken import _union_from

_UNIONS = {
    r"t \in \mathbb{N} \cup \lbrace 0 \rbrace": ("t", 0),
    r"t \in \mathbb{N} \cup \bigl\{ 0 \bigr\}": ("t", 0),
    r"k \in \lbrace 0,\, 1 \rbrace \cup \mathbb{N}": ("k", 0),
    r"t \in \mathbb{N} \cup \left\{ -1 \right\}": ("t", -1),
    r"t \in \mathbb{N} \cup \{x\}": None,  # no number listed: nothing claimed
    r"t \in \mathbb{N}": None,  # no union
}


@pytest.mark.parametrize("text", sorted(_UNIONS))
def test_a_union_claims_its_listed_members_however_the_braces_are_written(text):
    found = _union_from(text)
    assert (found and (found[0], int(found[1]))) == (_UNIONS[text] or None)


_NOTE = "<!-- diffproof: context ddpm -->\n\nFor ${}$ we have the following.\n\n$$\n{}\n$$\n"
_LOG = r"\log (1 - \bar\alpha_t) - \log (1 - \bar\alpha_t) = 0"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        (r"t \in \mathbb{N} \cup \bigl\{ 0 \bigr\}", UNDECIDED),  # t = 0 claimed: log(1 - abar_0) has no value
        (r"t \in \mathbb{N} \cup \lbrace 0,\, 1 \rbrace", UNDECIDED),
        (r"t \in \mathbb{N} \cup \lbrace 1 \rbrace", PROVED),  # the union stays in the steps of the convention
    ],
)
def test_a_step_claimed_at_t_zero_through_a_union_is_not_proved(claim, status):
    result = red_team.last(_NOTE.format(claim, _LOG))
    assert result.status == status, result.reason
