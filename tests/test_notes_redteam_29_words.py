"""Open findings of red teams 26c, 27 and 28 (tests/data/notes/redteam_laws/): what a note says in words alone,
with little or no maths, of a noise's law, a schedule name's meaning or value, abar vanishing, and a bound carried
over to another name ("the same holds for $y$").  Held notes `rt29w-held-*` keep the neighbours' verdicts."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier
import test_notes_redteam_26 as round26

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
keeps = earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts
judged = round26.judged

CONTEXT = "<!-- diffproof: context ddpm -->\n\n"

#: (note, line, the verdict it must never give).
FOUND = [
    # a noise's scale said in words: a scaled standard normal, a sentence with no maths at all
    ("rt28-08-ctx-standard-normal-scaled-by-two-proved", 6, PROVED),
    ("rt27a-09-ctx-noise-variance-4-rather-than-one", 6, PROVED),
    ("rt29w-03-ctx-noise-variance-four-in-words-proved", 6, PROVED),  # "variance four"
    ("rt29w-03-ctx-noise-variance-four-in-words-proved", 12, PROVED),  # "twice a standard normal", no maths
    # a schedule name called a standard deviation is the note's, not the context's variance
    ("rt28-26-ctx-beta-is-standard-deviation-refuted", 4, REFUTED),
    ("rt29w-04-ctx-beta-called-std-before-refuted", 5, REFUTED),
    # a schedule name given a value outside its range in words lifts the schedule's ranges, as in maths
    ("rt26c-22-ctx-beta-T-equal-to-one-in-words", 6, PROVED),
    ("rt29w-01-ctx-beta-T-equal-to-one-other-languages-proved", 6, PROVED),  # "ist gleich 1"
    ("rt29w-01-ctx-beta-T-equal-to-one-other-languages-proved", 12, PROVED),  # "は 0 に等しい"
    # words that make abar (the cumulative product, the SNR) vanish
    ("rt26c-23-ctx-zero-terminal-snr-in-words", 6, PROVED),
    ("rt29w-02-ctx-snr-reaches-zero-proved", 6, PROVED),
    # "the same holds for $y$", "likewise", "同様": what was said before, said of another name
    ("rt28-14-same-holds-for-another-name-refuted", 3, REFUTED),
    ("rt28-14-same-holds-for-another-name-refuted", 7, REFUTED),
    ("rt29w-05-likewise-and-ja-refuted", 3, REFUTED),
    ("rt29w-05-likewise-and-ja-refuted", 7, REFUTED),
]


@pytest.mark.parametrize(("name", "line", "never"), FOUND)
def test_what_words_alone_say_is_heard(name, line, never):
    never_gives(name, line, never)


#: Correct neighbours, and wrong ones, that keep their verdicts.
HELD = [
    ("rt29w-held-01-ctx-plain-standard-normal-keeps-unit", 6, PROVED),
    ("rt29w-held-01-ctx-plain-standard-normal-keeps-unit", 10, REFUTED),
    ("rt29w-held-02-ctx-standard-normal-scaled-by-one", 6, PROVED),
    ("rt29w-held-03-ctx-noise-itself-scaled-keeps-law", 6, PROVED),  # eps scaled by sqrt(1 - abar) is added
    ("rt29w-held-04-ctx-unit-variance-in-plain-words", 6, PROVED),
    ("rt29w-held-04-ctx-unit-variance-in-plain-words", 10, REFUTED),
    ("rt29w-held-05-ctx-beta-is-the-variance", 5, PROVED),  # sqrt(beta_t) is its standard deviation
    ("rt29w-held-05-ctx-beta-is-the-variance", 7, REFUTED),
    ("rt29w-held-06-ctx-beta-T-equal-to-small-value", 6, PROVED),  # a value within the range
    ("rt29w-held-07-ctx-ja-beta-T-small-value-in-words", 6, PROVED),
    ("rt29w-held-08-ctx-cumulative-product-never-vanishes", 6, PROVED),  # never vanishes, only approaches zero
    ("rt29w-held-08-ctx-cumulative-product-never-vanishes", 10, REFUTED),
    ("rt29w-held-09-same-holds-without-a-name", 3, REFUTED),  # no name carried to
    ("rt29w-held-10-same-holds-for-another-name-only", 3, REFUTED),  # z is not the name carried to
]


@pytest.mark.parametrize(("name", "line", "status"), HELD)
def test_the_rules_keep_their_neighbours(name, line, status):
    keeps(name, line, status)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The noise is a standard normal scaled by $3$.", UNDECIDED),
        ("The noise has standard deviation two.", UNDECIDED),
        ("Here the noise has variance 0.5, not one.", UNDECIDED),
        ("Here the noise has unit variance.", PROVED),
        ("We add noise at each step.", PROVED),
    ],
)
def test_a_noise_s_scale_in_words_gives_way_to_the_context_s_unit(sentence, expected):
    assert judged(f"{CONTEXT}{sentence}\n\n$$\n\\mathbb{{E}}[\\epsilon_t^2] = 1\n$$\n") == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Here $\\beta_t$ is the standard deviation of the added noise.", UNDECIDED),
        ("Here $\\beta_t$ ist die Standardabweichung des Rauschens.", UNDECIDED),
        ("Here $\\beta_t$ is the variance of the added noise.", REFUTED),
        ("Here $\\sqrt{\\beta_t}$ is the standard deviation of the added noise.", REFUTED),
    ],
)
def test_a_schedule_name_called_a_standard_deviation_is_the_note_s(sentence, expected):
    assert judged(f"{CONTEXT}{sentence}\n\n$$ \\alpha_t = 1 - \\beta_t^2 $$\n") == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("At the end $\\beta_T$ equals $1$.", UNDECIDED),
        ("At the end $\\beta_T$ is set to 2.", UNDECIDED),
        ("At the end $\\beta_T$ 等于 $1$.", UNDECIDED),
        ("At the end $\\beta_T$ equals $0.5$.", PROVED),  # within the range
        ("At the end $\\beta_T$ is not equal to $1$.", PROVED),
    ],
)
def test_a_value_in_words_outside_the_range_lifts_the_schedule(sentence, expected):
    assert judged(f"{CONTEXT}{sentence}\n\n$$\n\\alpha_{{T-1}} > 0\n$$\n") == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We use a schedule with zero terminal SNR.", UNDECIDED),
        ("The cumulative product is zero at the last step.", UNDECIDED),
        ("The SNR tends to zero but stays positive.", PROVED),
        ("The cumulative product does not vanish.", PROVED),
        ("The loss vanishes at the optimum.", PROVED),  # not the schedule
    ],
)
def test_words_that_make_abar_vanish_lift_its_range(sentence, expected):
    assert judged(f"{CONTEXT}{sentence}\n\n$$\n\\bar\\alpha_T > 0\n$$\n") == [expected]


@pytest.mark.parametrize(
    "words, expected",
    [
        ("The same holds for $y$.", UNDECIDED),
        ("Similarly, $y$ is another number.", UNDECIDED),
        ("De même pour $y$.", UNDECIDED),
        ("同理 $y$ 也是。", UNDECIDED),
        ("Nothing is said of $z$.", REFUTED),  # (z is another name)
        ("The same holds for $z$.", REFUTED),
    ],
)
def test_a_bound_carried_to_another_name_leaves_it_untrusted(words, expected):
    note = f"Here $x$ is smaller than $1$. {words}\n\n$$ \\sqrt{{(1-y)^2}} = 1 - y $$\n"
    assert judged(note) == [expected]
