"""The twenty-sixth red team's notes (tests/data/notes/redteam_laws/rt26a-*, rt26c-*) on the kernel's
conventions and the bounds a note states: each made the checker prove a wrong step or refute a correct one.  The
held notes keep what the fixes must not cost."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws

#: (note, line, the verdict it must never give).
RED_TEAM_26 = [
    # "Let sigma > 0" was news the kernel does not model: the four-coordinate counterexample was not trusted
    ("rt26a-01-kl-identity-cov-let-sigma-positive", 4, PROVED),
    ("rt26a-02-expected-norm-let-sigma-positive", 4, PROVED),
    ("rt26a-03-log-density-let-sigma-positive", 4, PROVED),
    # a bound on one of the schedule's names reaches the others under the context (alpha_t = 1 - beta_t)
    ("rt26a-09-ddpm-beta-bound-alpha-step", 5, REFUTED),
    ("rt26a-10-ddpm-alpha-bound-beta-step", 5, REFUTED),
    ("rt26a-11-ddpm-increasing-beta-schedule", 5, REFUTED),
    ("rt26a-15-ddpm-snr-bound-abar-step", 5, REFUTED),  # through the note's gamma_t := abar_t / (1 - abar_t)
    # a bound on a defined number reaches the names of its definition (s := a + b, s > 0); s is no index there
    ("rt26a-14-bound-on-defined-sum", 4, REFUTED),
    # under a declared context, what the note says against it: a meaning in words for the context's names
    ("rt26c-06-ddim-alpha-in-words-refuted", 6, REFUTED),  # "alpha_t denotes the cumulative product"
    ("rt26c-50-ctx-ddim-notation-display-refuted", 12, REFUTED),  # "alpha_t stands for our abar_t"
    ("rt26c-07-beta-not-one-minus-alpha-proved", 6, PROVED),  # "beta_t is not 1 - alpha_t"
    # a process it calls non-Markovian
    ("rt26c-53-ctx-ddim-non-markovian-markov-proved", 6, PROVED),
    ("rt26c-54-ctx-not-a-markov-chain-proved", 6, PROVED),
    # noises it ties together (the context draws them independently)
    ("rt26c-14-ctx-noises-not-independent-proved", 6, PROVED),
    ("rt26c-24-ctx-antithetic-eps2-minus-eps1", 6, PROVED),
    ("rt26c-25-ctx-anticorrelated-noises-in-words", 6, PROVED),
    ("rt26c-26-ctx-shared-noise-coincide", 6, PROVED),
    # a schedule value outside the convention, which under the context ties the other names' too
    ("rt26c-15-ctx-beta-zero-for-some-t", 6, PROVED),
    # a schedule display against the context's is a claim (refuted), not the note's own definition
    ("rt26c-30-ctx-power-of-beta-defined-against-context", 12, PROVED),
    ("rt26c-31-ctx-abar-recursion-redefined-wrong", 10, PROVED),
    ("rt26c-32-ctx-beta-redefined-wrong", 10, PROVED),
    ("rt26c-31-ctx-abar-recursion-redefined-wrong", 4, PROVED),
    ("rt26b-25-tag-wrong-still-defines", 3, PROVED),  # \tag{wrong}: words shown beside the equation, not a label
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26)
def test_the_twenty_sixth_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


def judged(note: str) -> list[str]:
    return [r.status for r in check_notes(read_notes(note, markdown=True), Limits(seconds=60)).results]


@pytest.mark.parametrize(
    "sentence, steps, expected",
    [
        # a bound on names the step's names are not tied to leaves its counterexamples trusted
        ("We assume $\\beta_t < \\frac{1}{2}$.", ["|2c - 1| = 2c - 1"], [REFUTED]),
        ("Let $u := a + b$ and assume $u > 0$.", ["|c| = c"], [REFUTED]),
        # and one on the names themselves, or those tied to them, is checked at the counterexample: never proved
        # from it, and refuted only where it holds (a + b > 0 there)
        ("Let $u := a + b$ and assume $u > 0$.", ["|a + b| = a + b", "|a + b| = -(a + b)"], [UNDECIDED, REFUTED]),
        # a letter without the index convention bounded in a sentence is a number (the loss L, the score s)
        ("The loss satisfies $L \\ge 0$.", ["|L| = L"], [UNDECIDED]),
        ("For every $t \\ge 1$ we write it out.", ["\\sqrt{t^2} = -t"], [REFUTED]),  # t is a step
    ],
)
def test_a_bound_reaches_the_names_tied_to_its_own_and_no_others(sentence, steps, expected):
    header = "<!-- diffproof: context ddpm -->\n" if "beta" in sentence else ""
    displays = "".join(f"$$\n{step}\n$$\n\n" for step in steps)
    assert judged(f"{header}{sentence}\n\n{displays}") == expected


CONTEXT_HELD = """<!-- diffproof: context ddpm -->

The noises $\\epsilon_1$ and $\\epsilon_2$ are independent; $x_t$ depends on $\\epsilon_t$, and is related to it.

$$
\\alpha_t = 1 - \\beta_t
$$

$$
\\mathbb{E}[\\epsilon_1 \\epsilon_2] = 0
$$

$$
\\beta_t = 1 - \\alpha_t^2
$$

$$
\\bar\\alpha_t = \\alpha_t^2 \\bar\\alpha_{t-1}
$$
"""


def test_under_a_context_its_schedule_and_noises_keep_their_meaning_where_the_note_agrees():
    """The context's schedule display is proved as a claim, independent noises stay independent beside words on
    one noise, and a schedule display against the context is refuted (no longer the note's own definition)."""
    assert judged(CONTEXT_HELD) == [PROVED, PROVED, REFUTED, REFUTED]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Here $C$ is some function not involving $x$...recall that $c = a + b$.", PROVED),  # kiseki's blockquote
        ("Here $C$ is some function not involving $x$; and remember that $c = a + b$.", PROVED),
        ("Here $C$ is some function not involving $x$, and $c = a + b$.", UNDECIDED),  # one clause: may deny it
        ("Recall that it is not true that $c = a + b$.", UNDECIDED),  # a negation in the recalled clause
    ],
)
def test_recall_that_after_a_clause_with_a_negation_asserts_what_it_recalls(sentence, expected):
    """kiseki: "C(x_t, x_0) is some function not involving x_{t-1} ...recall that alpha_t = 1 - beta_t" denied the
    definition (a "not" earlier in the sentence); an ellipsis ends the clause, and "recall that" asserts."""
    assert judged(f"{sentence}\n\n$$\nc - a = b\n$$\n") == [expected]


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("\\tag{1}", PROVED),  # a label: blanked
        ("\\tag{2.1}", PROVED),
        ("\\tag{ELBO}", PROVED),  # a name for the equation: the definition holds
        ("\\tag{by definition}", PROVED),
        ("\\tag{wrong}", UNDECIDED),  # words that deny it, beside it as a remark
        ("\\tag*{(incorrect!)}", UNDECIDED),
    ],
)
def test_a_tag_in_words_is_read_as_the_remark_it_shows(tag, expected):
    assert judged(f"$$ c = a + b {tag} $$\n\n$$ c - a = b $$\n")[1] == expected
