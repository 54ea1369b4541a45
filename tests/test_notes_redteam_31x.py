"""The thirty-first red team's false proofs that were gaps in this session's vocabulary (tests/data/notes/
redteam_laws/rt31-*, fixed on branch fix33), the variants in other languages added with the fix (rt31x-NN-*), and the
correct neighbours the fix must keep (rt31x-held-NN-*: the verdict each must give is the last word of its name)."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier
import test_notes_redteam_29x as round29x

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

status_at = round29x.status_at
RED_TEAM_LAWS = earlier.RED_TEAM_LAWS


#: (note, line of the step that was proved, or refuted for 15, and is now undecided).
FIXED = [
    # schedule meanings that say more than the context's: the note's, which gives way
    ("rt31-12-ctx-abar-product-comma-squared-proved", 5),
    ("rt31-13-ctx-beta-variance-comma-halved-proved", 5),
    ("rt31-14-ctx-beta-variance-next-step-proved", 5),
    ("rt31-15-ctx-beta-variance-next-step-refuted", 5),
    ("rt31-16-ctx-beta-noise-accumulated-proved", 5),
    ("rt31-17-ctx-beta-posterior-variance-proved", 5),
    ("rt31-18-ctx-abar-product-up-to-2t-proved", 5),
    ("rt31x-26-ctx-de-meaning-squared-undecided", 5),
    # the Markov property denied
    ("rt31-19-ctx-markov-property-does-not-hold-proved", 5),
    ("rt31-20-ctx-markov-assumption-dropped-proved", 5),
    ("rt31-21-ctx-no-longer-assume-markov-proved", 5),
    ("rt31-22-ctx-ja-markov-katei-shinai-proved", 5),
    ("rt31x-02-ctx-de-markov-nicht-vorausgesetzt-undecided", 5),
    ("rt31x-03-ctx-fr-ne-suppose-plus-markov-undecided", 5),
    ("rt31x-04-ctx-es-no-suponemos-markov-undecided", 5),
    # noises tied: one said to be another or its negative
    ("rt31-23-ctx-noise-equals-other-proved", 5),
    ("rt31-24-ctx-noise-negative-of-other-proved", 5),
    ("rt31-25-ctx-noises-one-and-same-vector-proved", 5),
    ("rt31x-05-ctx-de-noise-ist-gleich-minus-undecided", 5),
    ("rt31x-06-ctx-ja-noise-hitoshii-undecided", 5),
    ("rt31x-07-ctx-zh-fr-noise-equals-undecided", 5),
    ("rt31x-07-ctx-zh-fr-noise-equals-undecided", 9),
    # values in words
    ("rt31-26-ctx-beta-T-reaches-one-proved", 5),
    ("rt31-27-ctx-abar-T-driven-to-zero-proved", 5),
    ("rt31-28-ctx-alpha-T-takes-value-zero-proved", 5),
    ("rt31-29-ctx-snr-nil-proved", 5),
    ("rt31x-20-ctx-de-beta-T-erreicht-undecided", 4),
    ("rt31x-21-ctx-ja-beta-T-tassuru-undecided", 4),
    ("rt31x-22-ctx-fr-alpha-T-prend-valeur-undecided", 4),
    # others' definitions in a sentence
    ("rt31-36-others-define-ours-another-proved", 4),
    ("rt31-37-earlier-version-set-proved", 4),
    ("rt31-38-de-andere-autoren-wir-nicht-proved", 4),
    ("rt31-39-ja-senkou-kenkyu-proved", 4),
    ("rt31x-11-fr-dautres-auteurs-undecided", 4),
    ("rt31x-12-zh-xianqian-gongzuo-undecided", 4),
    ("rt31x-13-es-otros-autores-undecided", 4),
    # a name freed in words, on its definition's line
    ("rt31-40-freed-may-take-any-value-proved", 4),
    ("rt31-41-freed-no-longer-fixed-proved", 4),
    ("rt31-42-freed-forget-value-proved", 4),
    ("rt31x-16-de-fr-es-no-longer-fixed-undecided", 4),
    ("rt31x-16-de-fr-es-no-longer-fixed-undecided", 8),
    ("rt31x-16-de-fr-es-no-longer-fixed-undecided", 12),
    ("rt31x-17-ja-zh-no-longer-fixed-undecided", 4),
    ("rt31x-17-ja-zh-no-longer-fixed-undecided", 8),
]


@pytest.mark.parametrize(("name", "line"), FIXED)
def test_the_thirty_first_red_team_s_vocabulary_gaps_are_read(name, line):
    assert status_at(name, line) == UNDECIDED


#: (held note, line, the verdict it keeps): affirmations, independence, the note's own definition, a name kept
#: fixed, values within range or denied, the context's meanings said again plainly.
HELD = [
    ("rt31x-held-01-ctx-markov-property-holds-proved", 5, PROVED),
    ("rt31x-held-08-ctx-noises-independent-proved", 5, PROVED),
    ("rt31x-held-09-ho-et-al-and-so-do-we-proved", 4, PROVED),
    ("rt31x-held-10-following-earlier-version-we-set-proved", 4, PROVED),
    ("rt31x-held-14-c-is-fixed-proved", 4, PROVED),
    ("rt31x-held-15-unknown-then-defined-proved", 4, PROVED),
    ("rt31x-held-18-do-not-leave-unspecified-proved", 4, PROVED),
    ("rt31x-held-19-ctx-beta-T-stays-below-one-proved", 5, PROVED),
    ("rt31x-held-19-ctx-beta-T-stays-below-one-proved", 7, PROVED),
    ("rt31x-held-23-ctx-meanings-restated-plainly-proved", 5, PROVED),
    ("rt31x-held-23-ctx-meanings-restated-plainly-proved", 9, PROVED),
    ("rt31x-held-24-ctx-ja-zh-meanings-restated-proved", 5, PROVED),
    ("rt31x-held-24-ctx-ja-zh-meanings-restated-proved", 9, PROVED),
    ("rt31x-held-25-ctx-meaning-then-other-clause-proved", 5, PROVED),
]


@pytest.mark.parametrize(("name", "line", "status"), HELD)
def test_the_correct_neighbours_keep_their_verdicts(name, line, status):
    assert status_at(name, line) == status


def test_every_held_note_is_tested():
    """A held note added to the folder is listed here too."""
    listed = {name for name, _, _ in HELD}
    assert {p.stem for p in RED_TEAM_LAWS.glob("rt31x-held-*")} == listed


def test_every_variant_is_tested():
    listed = {name for name, _ in FIXED if name.startswith("rt31x-")}
    assert {p.stem for p in RED_TEAM_LAWS.glob("rt31x-[0-9]*")} == listed


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ho et al. take $c := 2$; our $c$ is another value.", UNDECIDED),  # a sentence goes on after "et al."
        ("Ho et al. take $c := 2$, and so do we.", PROVED),
        ("Let $c := 2$. From now on $c$ may take any value.", UNDECIDED),
        ("In general $c$ may take any value; here we take $c := 2$.", PROVED),
        ("Let $c := 2$. We now forget the value of $c$.", UNDECIDED),
        ("Let $c := 3$. From now on $c$ is fixed.", REFUTED),  # c^2 = 2c is false at c = 3
    ],
)
def test_a_sentence_s_words_around_its_maths(sentence, expected):
    assert earlier.judged("c^2 = 2c", header=f"{sentence}\n\n").status == expected
