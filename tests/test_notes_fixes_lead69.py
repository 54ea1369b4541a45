"""The lead's fixes of this session (twenty-ninth on issue 11).

- A union the index is said to lie in claims the members of each of its listed sets however the braces are written
  (``\\lbrace 0 \\rbrace``, ``\\bigl\\{ 0 \\bigr\\}``, thin spaces among members: rt69a-07), through set_brackets'
  one brace pattern; a set that lists no number claims nothing.
- A lead-in's words are a property of the name only where they qualify it (found by the fresh run after fx69d's
  merge: five refutations held): not a new clause after the name ("For $c$ we know nothing", "let $r$ be its
  standard deviation"), not words ending in a preposition, of something the name is given to ("We take a Gumbel
  density for $p(x_T)$"), not a word that only says the name is fixed ("a non-random image").
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.orders_not_taken import _union_from
from diffproof.notecheck.statements.lead_ins import _property_said

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


_PROPERTIES = {
    "For $c$ we know nothing.": False,
    "For $x$ one has": False,
    "Let $r$ be its standard deviation.": False,
    "Let $m$ be their mean,": False,
    "We take a Gumbel density for $p(x_T)$ and a Gaussian for $q$.": False,
    "Take a uniform law on $u$.": False,
    "Let $x_0$ be a non-random image.": False,
    "Let $x_0$ be a deterministic input.": False,
    "For $A$ symmetric,": True,
    "Let $A$ be a symmetric matrix.": True,
    "For a real symmetric matrix $A$,": True,
    "When $A$ is invertible,": True,
    "Pour une matrice symétrique $B$,": True,
}


@pytest.mark.parametrize("said", sorted(_PROPERTIES))
def test_a_property_is_read_only_where_the_words_qualify_the_name(said):
    assert _property_said(said) is _PROPERTIES[said]
