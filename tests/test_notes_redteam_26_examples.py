"""Red team 26c's notes on values a note takes back (tests/data/notes/redteam_laws/rt26c-*): a value given twice
to a name, a display the note gives as others', an example's or a hypothesis's value, each once used where the note
had taken it back.  The held notes (rt26e-held-*) keep what a single definition or an example's own steps give."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
keeps = earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts

#: (note, line, the verdict it must never give).
RED_TEAM_26_EXAMPLES = [
    ("rt26c-01-take-instead-display-old-value-proves", 10, REFUTED),  # "take instead" c = 5: a second definition
    ("rt26c-01-take-instead-display-old-value-proves", 16, PROVED),  # c + 1 = 4 from the first, c defined twice
    ("rt26c-02-second-example-section-old-value-proves", 14, REFUTED),  # "Let" c = 5 again, in Example 2
    ("rt26c-02-second-example-section-old-value-proves", 20, PROVED),  # c^2 = 9 from Example 1's c = 3
    ("rt26c-03-redefine-in-words-old-value-proves", 10, PROVED),  # "we redefine $s$ as $a - b$" in words
    ("rt26c-04-had-we-chosen-display-refuted", 10, REFUTED),  # "Had we chosen" s = a - b: a what-if, no claim
    ("rt26c-05-blockquote-misquote-defines", 10, REFUTED),  # "Smith writes" c = 3: not the note's definition
    ("rt26c-05-blockquote-misquote-defines", 16, REFUTED),
    ("rt26c-19-ctx-example-constant-schedule-leaks", 12, PROVED),  # "For example" alpha_t = 0.9, then "varies"
    ("rt26c-20-example-value-leaks-to-general-case", 10, PROVED),  # "Example: take", then "the general case"
    ("rt26c-21-if-we-set-display-leaks", 10, PROVED),  # "If we set" c = 3: a hypothesis
    ("rt26c-27-wrong-step-after-where-clause-defines", 16, PROVED),  # "Then" y = 3x after y = cx: a claim
    ("rt26c-28-blockquote-other-authors-definition-proves", 18, PROVED),  # "Smith (2021) uses" s = a + b
    ("rt26c-29-other-texts-define-but-here-proves", 16, PROVED),  # "Other texts define" s = a + b
    ("rt26c-33-for-instance-value-leaks-past-arbitrary", 10, PROVED),  # "For instance", then "arbitrary"
    ("rt26c-34-pretend-value-leaks-past-arbitrary", 10, PROVED),  # "Pretend that" c = 3
    ("rt26c-35-japanese-tatoeba-value-leaks", 10, PROVED),  # 例えば c = 3, then "arbitrary"
    ("rt26c-49-example-1-only-remark-ignored", 10, PROVED),  # \text{(Example 1 only)}, then "In Example 2"
    ("rt26c-51-except-when-we-set-condition-lost", 10, PROVED),  # "Except when $a = 0$, we set" c = 3
    ("rt26c-52-there-exists-index-definition-universal", 10, PROVED),  # c_k = 3 for some k only
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26_EXAMPLES)
def test_red_team_26c_s_notes_on_values_taken_back(name, line, never):
    never_gives(name, line, never)


#: (note, line, the verdict it must keep).
RED_TEAM_26_EXAMPLES_HELD = [
    ("rt26e-held-01-single-definition-proves", 10, PROVED),  # one definition: the steps after it use it
    ("rt26e-held-01-single-definition-proves", 16, REFUTED),
    ("rt26e-held-02-example-checks-its-own-steps", 10, PROVED),  # "For example, take": its own steps use it
    ("rt26e-held-02-example-checks-its-own-steps", 16, REFUTED),
    ("rt26e-held-03-same-definition-twice-proves", 16, PROVED),  # the same value again: defined once
    ("rt26e-held-04-then-claim-after-definition-refuted", 10, REFUTED),  # "Then" y = 3x after "Let" y = 2x
    ("rt26e-held-04-then-claim-after-definition-refuted", 16, PROVED),
    ("rt26e-held-05-attributed-display-not-refuted", 4, UNDECIDED),  # "Smith (2021) uses": not the note's claim
    ("rt26e-held-06-sec-dot-split-we-write", 10, PROVED),  # "Sec." ends no sentence: "We write" defines c
]


@pytest.mark.parametrize(("name", "line", "status"), RED_TEAM_26_EXAMPLES_HELD)
def test_red_team_26e_s_held_notes_keep_their_verdicts(name, line, status):
    keeps(name, line, status)
