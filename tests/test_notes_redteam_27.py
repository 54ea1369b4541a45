"""The twenty-seventh red team's notes (tests/data/notes/redteam_laws/rt27a-*, rt27b-*), against the rules the
twenty-sixth round's fixes added: each made the checker prove a wrong step or refute a correct one."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier
import test_notes_redteam_26 as round26

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
judged = round26.judged

#: (note, line, the verdict it must never give).
RED_TEAM_27 = [
    # a noun is no news of a name only when said of it plainly: not "the log of", "not a", "log-variance"
    ("rt27a-01-log-of-std-noun-no-news", 4, PROVED),
    ("rt27a-02-beta-log-variance-no-news", 4, PROVED),
    ("rt27a-14-not-a-standard-deviation-keeps-sign", 4, PROVED),
    ("rt27a-15-beta-not-a-variance-keeps-range", 4, PROVED),
    ("rt27a-03-t-a-distance-keeps-integer", 4, PROVED),  # a distance is a real: t is no longer a whole number
    ("rt27a-04-I-number-of-iterations-identity", 4, PROVED),  # "Let $I$ be the number of": not the identity
    # a noun of a law (a variance) is about a law; a probability or a count bounds a value, x's too
    ("rt27a-05-probability-beside-law-refuted", 4, REFUTED),
    ("rt27a-06-z-number-of-heads-refuted", 4, REFUTED),
    ("rt27a-07-x-a-probability-refuted", 4, REFUTED),
    ("rt27a-16-german-nichtnegativ-refuted", 4, REFUTED),
    # a unit set aside ("instead of unit variance", "instead of the identity") makes no standard normal
    ("rt27a-08-ctx-instead-of-unit-variance", 6, PROVED),
    ("rt27a-10-ctx-variance-instead-of-identity", 6, PROVED),
    # an example's value ends where the note drops it; a special case, "for the moment", is an example
    ("rt27a-11-example-ends-unknown-constant", 10, PROVED),
    ("rt27a-12-special-case-leaks-past-in-general", 10, PROVED),
    ("rt27a-13-suppose-for-moment-leaks-past-in-general", 10, PROVED),
    # a schedule the note chooses is no claim the context can refute
    ("rt27b-02-ctx-linear-schedule-refuted", 5, REFUTED),
    ("rt27b-02-ctx-linear-schedule-refuted", 9, REFUTED),
    ("rt27b-03-ctx-constant-schedule-refuted", 5, REFUTED),
    ("rt27b-03-ctx-constant-schedule-refuted", 9, REFUTED),
    # a norm of a scaled vector, ||sqrt(1 - abar_t) eps||^2: n (1 - abar_t) eps^2 at n equal coordinates
    ("rt27b-01-ctx-sqrt-scale-norm-one-coordinate-proved", 3, PROVED),
    ("rt27b-01-ctx-sqrt-scale-norm-one-coordinate-proved", 5, PROVED),
    # the schedule's start (abar_0 = 1, alpha_0 = 1) and a bound within the range lift no range
    ("rt27b-04-ctx-abar-zero-one-refutes-sign", 5, REFUTED),
    ("rt27b-05-ctx-alpha-zero-one-refutes-beta-sign", 5, REFUTED),
    ("rt27b-06-ctx-beta-one-positive-refutes-alpha-sign", 5, REFUTED),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 5, REFUTED),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 7, REFUTED),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 9, REFUTED),
    # noises made one in other words, and the Markov property denied in other words
    ("rt27b-08-ctx-noise-copy-independent-proved", 5, PROVED),
    ("rt27b-09-ctx-identical-noises-independent-proved", 5, PROVED),
    ("rt27b-10-ctx-same-draw-independent-proved", 5, PROVED),
    ("rt27b-11-ctx-reused-noise-independent-proved", 5, PROVED),
    ("rt27b-12-ctx-forward-has-memory-markov-proved", 5, PROVED),
    ("rt27b-13-ctx-no-longer-markov-chain-proved", 5, PROVED),
    ("rt27b-14-ctx-no-markov-property-proved", 5, PROVED),
    # a schedule name called what the context calls abar_t ("the cumulative product", "given x_0")
    ("rt27b-15-ctx-alpha-is-cumulative-product-proved", 5, PROVED),
    ("rt27b-16-ctx-our-beta-is-variance-proved", 5, PROVED),
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_27)
def test_the_twenty_seventh_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


#: Correct steps the fixes keep proved: a bound within the range, the schedule's start.
KEPT = [
    ("rt27b-04-ctx-abar-zero-one-refutes-sign", 5),
    ("rt27b-06-ctx-beta-one-positive-refutes-alpha-sign", 5),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 9),
]


@pytest.mark.parametrize(("name", "line"), KEPT)
def test_a_bound_within_the_range_keeps_the_context_s_proofs(name, line):
    earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts(name, line, PROVED)


def test_the_context_s_own_descriptions_keep_its_schedule():
    """abar_t called the cumulative product, beta_t the variance of a step's noise: what the context says."""
    note = (
        "<!-- diffproof: context ddpm -->\nHere $\\bar\\alpha_t$ is the cumulative product of the $\\alpha_s$, "
        "and $\\beta_t$ is the variance of the noise added at step $t$.\n\n$$ 1 - \\beta_t = \\alpha_t $$\n"
    )
    (result,) = check_notes(read_notes(note, markdown=True), Limits(seconds=60)).results
    assert result.status == PROVED, result.reason


#: GitHub's inline maths, read as maths (red team 26b's open finding, fixed the session after).
GITHUB = [
    ("rt26b-01-github-inline-maths-value", 3, PROVED),  # |sigma| = sigma past $`\sigma = -1`$
    ("rt26b-02-github-inline-maths-matrices", 3, PROVED),  # ab = ba past "$`A`$ and $`B`$ are matrices"
]


@pytest.mark.parametrize(("name", "line", "never"), GITHUB)
def test_github_inline_maths_is_read_as_maths(name, line, never):
    never_gives(name, line, never)


@pytest.mark.parametrize(
    "sentence",
    [
        "$`\\alpha_t`$は常に$`1`$より小さい。",  # said bare, with nothing that asserts it: maybe an item of a list
        "Often $\\alpha_t$ is smaller than $1$.",  # hedged
        "If $\\alpha_t$ is smaller than $1$, the map is monotone.",  # a condition
        "Here $\\alpha_t$ is smaller than $1$ for $t > 1$.",  # restricted after it
        "It is not true that $\\alpha_t$ is positive.",
        "もし $\\alpha_t$ が正ならば、写像は単調である。",  # a sign in Japanese (red team 28)
    ],
)
def test_words_that_bound_a_conventional_name_leave_its_counterexamples_untrusted(sentence):
    """sqrt(alpha_t^2) = -alpha_t is refuted at alpha_t in (0, 1) only where no words may take alpha_t elsewhere
    (a rule that read some such words as the convention's own end kept it past denials and conditions: rt28)."""
    assert judged(f"{sentence}\n\n$$ \\sqrt{{\\alpha_t^2}} = -\\alpha_t $$\n") == [UNDECIDED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Note that $\\alpha_t$ is always smaller than $1$.",
        "Here $\\alpha_t$ is at most $1$.",
        # asserted by a reason drawn from it (ので, ", so"), the sentence going on in words that say nothing of the
        # schedule ("the signal shrinks"): the comparison is DDPM's convention said again (small43's
        # ddpm_restatements._convention_said), and the rest no schedule shape
        "$`\\alpha_t`$は常に$`1`$より小さいので、信号は小さくなる。",
        "$\\alpha_t$ is smaller than $1$, so the signal shrinks.",
    ],
)
def test_a_bound_in_words_the_convention_implies_keeps_its_counterexamples(sentence):
    """A name alone said plainly to be smaller than 1 says no more of alpha_t than its convention (0, 1), as the
    same order displayed does: the counterexample alpha_t = 0.5 satisfies it, and sqrt(alpha_t^2) = -alpha_t fails
    there (it was left untrusted when which way the words go was not read)."""
    assert judged(f"{sentence}\n\n$$ \\sqrt{{\\alpha_t^2}} = -\\alpha_t $$\n") == [REFUTED]


#: Red team 28's notes against the newest rules.
RED_TEAM_28 = [
    *(
        (f"rt28-{n}", 3, PROVED)
        for n in (
            "01-smaller-than-one-in-absolute-value-proved",
            "15-not-true-that-sigma-positive-proved",
            "16-do-not-assume-sigma-positive-proved",
            "17-ja-not-assumed-smaller-than-one-proved",
            "18-smaller-than-one-only-in-the-paper-proved",
            "19-positive-by-others-dropped-proved",
            "20-if-sigma-positive-proved",
            "21-sigma-usually-positive-proved",
            "22-alpha-often-smaller-than-one-proved",
            "23-sigma-positive-at-t-equals-T-proved",
            "24-alpha-smaller-than-one-for-t-above-one-proved",
            "25-sigma-positive-until-it-crosses-zero-proved",
            "27-ja-if-sigma-positive-proved",
            "28-zh-alpha-usually-smaller-than-one-proved",
        )
    ),
    ("rt28-02-restated-end-drops-second-clause-refuted", 3, REFUTED),
    ("rt28-03-positive-and-so-is-expression-refuted", 3, REFUTED),
    ("rt28-05-ctx-bound-display-refuted", 4, REFUTED),  # beta_t <= 0.02 under the context: stated
    ("rt28-11-ctx-alpha-one-value-not-carried-to-beta-refuted", 4, REFUTED),  # alpha_1 = 0.5 says beta_1 = 0.5
    ("rt28-13-ctx-beta-one-zero-refuted", 4, REFUTED),
    ("rt28-07-ctx-in-place-of-unit-variance-proved", 6, PROVED),  # "In place of unit variance": no unit
    ("rt28-07-ctx-in-place-of-unit-variance-proved", 12, PROVED),  # "Unlike the usual unit variance"
    ("rt28-10-definition-taken-back-in-words-proved", 10, PROVED),  # "From now on, $c$ is arbitrary"
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_28)
def test_the_twenty_eighth_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


def test_github_maths_beside_a_noise_s_variance_is_read_without_an_internal_error():
    """rt28-09: "The noise $`\\epsilon_t`$ has variance $`4`$ here." crashed the reader of noises in words."""
    results = check_notes(read_notes((earlier.RED_TEAM_LAWS / "rt28-09-ctx-github-noise-variance-internal-error.md")
                                     .read_text(), markdown=True), Limits(seconds=60)).results  # fmt: skip
    assert results and not any(r.internal for r in results) and results[-1].status != PROVED


def test_a_range_written_out_and_a_case_in_a_sentence_define_nothing_of_the_family():
    """ja (GitHub's maths): "$`x_{1:T} = x_1, \\cdots, x_T`$" is the range's notation, and "$`t=1`$ のとき
    $`\\bar\\alpha_t = \\alpha_1`$" says abar_1, not abar_t (which its product defines)."""
    note = (
        "The chain $x_{1:T} = x_1, \\cdots, x_T$ and $\\bar\\alpha_t := \\prod_{s=1}^t \\alpha_s$.\n\n"
        "When $t=1$, $\\bar\\alpha_t = \\alpha_1$.\n\n"
        "$$ \\bar\\alpha_t = \\alpha_t \\bar\\alpha_{t-1} $$\n"
    )
    assert judged(note) == [PROVED]


@pytest.mark.parametrize(
    "words, expected",
    [
        ("From now on, $c$ is arbitrary.", UNDECIDED),  # freed: c = 3 no longer holds
        ("Here $c$ is a constant.", PROVED),  # no freeing: the definition holds
        ("Then $d$ is arbitrary.", PROVED),  # another name freed
    ],
)
def test_a_name_the_words_free_is_no_longer_defined(words, expected):
    assert judged(f"Take\n\n$$\nc = a + b\n$$\n\n{words}\n\n$$\nc - a = b\n$$\n")[-1] == expected


def test_a_name_said_free_before_its_definition_keeps_it():
    """Freeing speaks of a value given before it: "$c$ is unknown at first. Take c = a + b" defines c."""
    note = "Here $c$ is unknown at first. Take\n\n$$\nc = a + b\n$$\n\nso\n\n$$\nc - a = b\n$$\n"
    assert judged(note)[-1] == PROVED
