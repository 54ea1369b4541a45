"""Notes from the thirty-eighth sweep of public notes (tests/data/notes/sweep38/, sources and licences in its
README): each file quotes a passage of a public repository, named in its comment lines with path and commit.

Slices of any letter (``a_{c:k}``, ``s_{2:T}``, ``h_{1:T}``) were free variables apart from their elements, a law
the note names in words only (``\\bar{p}``, the posterior) was drawn at random, and a product over a chain in
capital ``X`` beside the context's ``x`` stopped the judge.  Each right step must not be refuted; wrong variants
of the same steps must not be proved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_file, read_notes

NOTES = Path(__file__).parent / "data" / "notes" / "sweep38"

#: The reproductions whose steps are all right (s07's layout is kept for its own test).
RIGHT = (
    "s01-ctx-product-then-factor-capital-X-internal",
    "s02-slice-a-c-k-conditional-definition-refuted",
    "s03-markov-chain-slice-steps-refuted",
    "s06-pbar-posterior-in-words-kl-step-refuted",
    "s08-slice-letter-s-h-refuted",
)


def _statuses(text: str) -> list[str]:
    return [result.status for result in check_notes(read_notes(text, markdown=True)).results]


@pytest.mark.parametrize("name", RIGHT)
def test_right_steps_are_not_refuted_nor_internal_errors(name: str) -> None:
    results = check_notes(read_file(NOTES / f"{name}.md")).results
    assert results
    assert not [r.step.line for r in results if r.status == REFUTED or r.internal]


def test_slices_of_any_letter_are_blocks_of_their_variables() -> None:
    """p(s_1 | s_{2:T}) = p(s_{1:T}) / p(s_{2:T}) is the definition of a conditional, whatever the letter."""
    results = check_notes(read_file(NOTES / "s08-slice-letter-s-h-refuted.md")).results
    assert [r.status for r in results] == [PROVED] * 3


@pytest.mark.parametrize("letter", ["a", "s", "h", "w", "u", "b", "x"])
def test_a_wrong_conditional_of_slices_is_not_proved(letter: str) -> None:
    (status,) = _statuses(f"$$ p({letter}_1 | {letter}_{{2:T}}) = p({letter}_{{1:T}}) \\cdot p({letter}_{{2:T}}) $$\n")
    assert status != PROVED


def test_chain_rule_over_a_slice_is_proved_and_a_markov_step_without_the_chain_is_not() -> None:
    right = "$$ p(w_{1:T}) = p(w_T | w_{1:T-1}) p(w_{1:T-1}) $$\n"
    wrong = "$$ p(w_{1:T}) = p(w_T | w_{T-1}) p(w_{1:T-1}) $$\n"  # the Markov property, stated nowhere
    assert _statuses(right) == [PROVED]
    assert _statuses(wrong) != [PROVED]


def test_slices_with_ends_that_cannot_be_ordered_are_unread_beside_their_elements() -> None:
    """a_{c:k} beside a_c: c has no generic rank, so the blocks are not cut, and the step is not judged on a
    free a_{c:k} (s02); a wrong Markov step over such slices is not proved either."""
    text = (NOTES / "s02-slice-a-c-k-conditional-definition-refuted.md").read_text()
    wrong = text.replace("\\frac{ p(a_{c:k})}{p(a_{c+1:k})}", "p(a_{c:k}) p(a_{c+1:k})")
    assert wrong != text
    assert _statuses(wrong) == ["undecided"]
    markov = "$$ \\frac{p(a_{c:k})}{p(a_{c+1:k})} = p(a_c | a_{k}) $$\n"
    assert _statuses(markov) != [PROVED]


def test_a_law_named_in_words_only_is_not_drawn_at_random() -> None:
    """p̄, the posterior in words, on one side only: no counterexample; once it is defined as the posterior the
    step is proved and a wrong sign is not."""
    defined = "Let $\\bar{p}(\\theta) = p(\\theta | x)$.\n\n"
    step = (
        "$$ \\mathbb{E}_{\\theta\\sim q}[\\log q(\\theta)] - \\mathbb{E}_{\\theta\\sim q}[\\log \\bar{p}(\\theta)] = "
        "\\mathbb{E}_{\\theta\\sim q}[\\log q(\\theta)] - \\mathbb{E}_{\\theta\\sim q}[\\log p(\\theta , x)] "
        "SIGN \\log p(x) $$\n"
    )
    assert _statuses(step.replace("SIGN", "+")) == ["undecided"]
    assert _statuses(defined + step.replace("SIGN", "+")) == [PROVED]
    assert _statuses(defined + step.replace("SIGN", "-")) != [PROVED]


def test_product_over_capital_x_beside_the_context_chain_is_judged() -> None:
    """s01: with the ddpm context, p(X_t | X_{t+1}, x_0) is no density of the context's chain of x."""
    (result,) = check_notes(read_file(NOTES / "s01-ctx-product-then-factor-capital-X-internal.md")).results
    assert not result.internal
    assert result.status != REFUTED


def test_a_display_after_a_list_does_not_chain_to_the_lists_last_display_for_a_counterexample() -> None:
    """s07: '= E[...]' after a bullet list of displays continues the display before the list; the join to the
    last bullet's display is in doubt, so no counterexample to it refutes the step."""
    results = check_notes(read_file(NOTES / "s07-continuation-chained-to-bullet-display-refuted.md")).results
    assert not [r.step.line for r in results if r.status == REFUTED]
    assert results[-1].step.joined and "list item" in results[-1].reason


def test_a_wrong_continuation_is_refuted_outside_a_list_and_never_proved_after_one() -> None:
    """The same layout without the list: the chain join is the plain one, and a wrong step is refuted."""
    chain = "$$ (x+1)^2 = x^2 + 2x + 1 $$\n\n$$ = x^2 + 2x + 2 $$\n"
    assert _statuses(chain) == [PROVED, REFUTED]
    assert _statuses("- " + chain) == [PROVED, "undecided"]
