"""The twenty-ninth red team's false proofs that were gaps in the vocabulary (tests/data/notes/redteam_laws/rt29-*,
fixed on branch fix29x), the variants in other languages added with the fix (rt29x-NN-*), and the correct
neighbours the fix must keep (rt29x-held-NN-*: the verdict each must give is the last word of its name)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import test_notes_redteam_26 as round26  # noqa: E402

from diffproof.answers.limits import Limits  # noqa: E402
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes  # noqa: E402
from diffproof.notes import read_file  # noqa: E402

RED_TEAM_LAWS = Path(__file__).parent / "data" / "notes" / "redteam_laws"
judged = round26.judged


def status_at(name: str, line: int) -> str:
    """The verdict of the first step on ``line`` of the note ``name`` (Markdown or LaTeX)."""
    (path,) = [p for p in RED_TEAM_LAWS.glob(f"{name}.*") if p.suffix in (".md", ".tex")]
    results = check_notes(read_file(path), Limits(seconds=120)).results
    result = next(r for r in results if r.step.line == line)
    return result.status


#: (note, line of the step that was proved and is now undecided).
FIXED = [
    # the Markov property denied in other words and languages
    ("rt29-01-ctx-lacks-markov-property-proved", 5),
    ("rt29-02-ctx-de-kein-markov-prozess-proved", 5),
    ("rt29-03-ctx-ja-markov-property-not-held-proved", 5),
    ("rt29-04-ctx-zh-not-a-markov-process-proved", 5),
    ("rt29-05-ctx-ko-no-markov-property-proved", 5),
    ("rt29-32-ctx-tex-fr-markov-pas-markovien-proved", 6),
    # noises tied in other words
    ("rt29-06-ctx-de-noises-korreliert-proved", 5),
    ("rt29-07-ctx-fr-bruits-correles-proved", 5),
    ("rt29-08-ctx-ja-noises-not-independent-proved", 5),
    ("rt29-09-ctx-zh-noises-not-independent-proved", 5),
    ("rt29-10-ctx-noise-function-of-another-proved", 5),
    ("rt29-34-tex-ctx-ko-noises-not-independent-proved", 6),
    # a convention's own bound set aside after the maths or by another verb
    ("rt29-11-drop-requirement-sigma-positive-proved", 4),
    ("rt29-12-sigma-positive-not-needed-proved", 4),
    ("rt29-13-ja-sigma-positive-not-assumed-proved", 4),
    ("rt29-14-de-sigma-positive-nicht-vorausgesetzt-proved", 4),
    ("rt29-33-tex-ko-sigma-positive-not-assumed-proved", 5),
    # GitHub's $`...`$ found in its sentence
    ("rt29-17-github-maths-denied-proved", 4),
    ("rt29-18-ctx-github-maths-meaning-in-words-proved", 5),
    # others' definition in a sentence; an example set in a sentence
    ("rt29-19-others-inline-definition-we-do-not-proved", 4),
    ("rt29-20-inline-example-value-leaks-proved", 8),
    ("rt29-21-ja-tatoeba-example-leaks-proved", 8),
    ("rt29x-33-de-inline-example-leaves-undecided", 8),
    ("rt29x-34-papers-write-inline-undecided", 4),
    # plural denials in other languages
    ("rt29-22-de-plural-denial-proved", 8),
    ("rt29-23-ja-plural-denial-proved", 8),
    ("rt29-24-fr-plural-denial-proved", 8),
    ("rt29x-19-es-plural-denial-undecided", 8),
    ("rt29x-20-zh-plural-denial-undecided", 8),
    ("rt29x-21-ko-plural-denial-undecided", 8),
    # a name freed in other words
    ("rt29-29-freed-leave-unspecified-proved", 8),
    ("rt29-30-ja-freed-arbitrary-proved", 8),
    ("rt29-31-de-freed-beliebig-proved", 8),
    ("rt29x-25-fr-quelconque-undecided", 8),
    ("rt29x-26-zh-renyi-undecided", 8),
    ("rt29x-27-ko-imui-undecided", 8),
    ("rt29x-28-es-arbitrario-undecided", 8),
]


@pytest.mark.parametrize(("name", "line"), FIXED)
def test_the_twenty_ninth_red_team_s_vocabulary_gaps_are_read(name, line):
    assert status_at(name, line) == UNDECIDED


#: (held note, line, the verdict it keeps): the affirmations, independence, a kept convention, a note's own
#: definition, an example that is not left, and wrong variants.
HELD = [
    ("rt29x-held-01-ctx-markov-property-holds-proved", 5, PROVED),
    ("rt29x-held-02-ctx-de-ein-markov-prozess-proved", 5, PROVED),
    ("rt29x-held-03-ctx-ja-markov-property-held-proved", 5, PROVED),
    ("rt29x-held-04-ctx-zh-ko-markov-process-proved", 7, PROVED),
    ("rt29x-held-05-ctx-fr-markov-not-lost-proved", 5, PROVED),
    ("rt29x-held-06-ctx-noises-independent-de-fr-es-proved", 5, PROVED),
    ("rt29x-held-07-ctx-noises-independent-ja-zh-ko-proved", 7, PROVED),
    ("rt29x-held-08-ctx-function-of-one-noise-proved", 5, PROVED),
    ("rt29x-held-09-ctx-de-independent-wrong-refuted", 5, REFUTED),
    ("rt29x-held-10-sigma-positive-kept-proved", 4, PROVED),
    ("rt29x-held-11-ko-fr-sigma-positive-assumed-proved", 4, PROVED),
    ("rt29x-held-12-drop-sigma-positive-wrong-undecided", 4, UNDECIDED),
    ("rt29x-held-12-drop-sigma-positive-wrong-undecided", 6, REFUTED),
    ("rt29x-held-13-sigma-positive-as-usual-proved", 4, PROVED),
    ("rt29x-held-14-de-both-right-proved", 8, PROVED),
    ("rt29x-held-15-fr-both-true-proved", 8, PROVED),
    ("rt29x-held-16-ja-both-right-proved", 8, PROVED),
    ("rt29x-held-17-zh-both-right-proved", 8, PROVED),
    ("rt29x-held-18-ko-both-right-proved", 8, PROVED),
    ("rt29x-held-22-keep-fixed-proved", 8, PROVED),
    ("rt29x-held-23-ja-fixed-proved", 8, PROVED),
    ("rt29x-held-24-de-fest-proved", 8, PROVED),
    ("rt29x-held-29-others-and-so-do-we-proved", 4, PROVED),
    ("rt29x-held-30-following-literature-we-set-proved", 4, PROVED),
    ("rt29x-held-31-inline-example-holds-in-example-proved", 4, PROVED),
    ("rt29x-held-31-inline-example-holds-in-example-proved", 8, PROVED),
    ("rt29x-held-32-inline-example-wrong-refuted", 4, REFUTED),
    ("rt29x-held-33-negation-about-another-verb-proved", 6, PROVED),
]


@pytest.mark.parametrize(("name", "line", "status"), HELD)
def test_the_correct_neighbours_keep_their_verdicts(name, line, status):
    assert status_at(name, line) == status


def test_every_held_note_is_tested():
    """A held note added to the folder is listed here too."""
    listed = {name for name, _, _ in HELD}
    assert {p.stem for p in RED_TEAM_LAWS.glob("rt29x-held-*")} == listed


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We write $`c = a + b`$.", PROVED),  # GitHub's maths, asserted: a definition as with $...$
        ("Do not write $`c = a + b`$.", UNDECIDED),
        ("Some authors set $c = a + b$; we do not.", UNDECIDED),
        ("Some authors set $c = a + b$, and so do we.", PROVED),
    ],
)
def test_a_sentence_s_words_around_its_maths(sentence, expected):
    assert judged(f"{sentence}\n\n$$ c - a = b $$\n") == [expected]
