"""The thirty-third red team's false proofs through the forward process (tests/data/notes/redteam_laws/rt33-01 to
05, 28 to 30, 37) and their variants (rt33p-*): the note's own forward step (a drift, a reversed step, a value at one
index, a change said in words) or the noise it rests on (another law, a mean, a value, tied to the data) is not the
context's, and the context's Gaussian transition or marginal of q proved the step all the same.  Such a note now
sets the context's laws of q aside: the step is undecided, and says which line did it.  A noise tied to the data or
to another noise, or given a value, also leaves q's chain unproved Markov (rt33p-14, 15)."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS
judged, DDPM = earlier.judged, earlier.DDPM

#: Red team 33's false proofs through the forward process, by number: the step is on line 6 of each.
FIXED = (1, 2, 3, 4, 5, 28, 29, 30, 37)
RED_TEAM_33 = [path.stem for n in FIXED for path in sorted(NOTES.glob(f"rt33-{n:02d}-*.md"))]
VARIANTS = [path.stem for path in sorted(NOTES.glob("rt33p-[0-9][0-9]-*.md"))]


def test_the_fixed_notes_are_all_there():
    assert len(RED_TEAM_33) == 9 and all(name.endswith("-proved") for name in RED_TEAM_33)
    assert len(VARIANTS) == 15


@pytest.mark.parametrize("name", RED_TEAM_33 + VARIANTS)
def test_a_forward_process_not_the_context_s_proves_nothing_from_it(name):
    never_gives(name, 6, PROVED)


def test_the_reason_names_the_note_s_line():
    result = judged(
        r"q(x_t \mid x_{t-1}) = \mathcal{N}(x_t; \sqrt{\alpha_t} x_{t-1}, 1 - \alpha_t)",
        DDPM + "Here each step is $x_t = \\sqrt{\\alpha_t} x_{t-1} + \\sqrt{1 - \\alpha_t} \\epsilon_{t-1} + 1$.\n\n",
    )
    assert result.status != PROVED
    assert "forward process q are not used: line 2" in result.reason, result.reason


MARGINAL = r"q(x_t \mid x_0) = \mathcal{N}(x_t; \sqrt{\bar\alpha_t} x_0, 1 - \bar\alpha_t)"
TRANSITION = r"q(x_t \mid x_{t-1}) = \mathcal{N}(x_t; \sqrt{\alpha_t} x_{t-1}, 1 - \alpha_t)"
MARKOV = r"q(x_t \mid x_{t-1}, x_{t-2}) = q(x_t \mid x_{t-1})"


@pytest.mark.parametrize(
    "sentence, step",
    [
        # the context's own forward step restated, its noise standard normal: the context's laws stand
        (r"Here each step is $x_t = \sqrt{\alpha_t} x_{t-1} + \sqrt{1 - \alpha_t}\epsilon_{t-1}$.", MARGINAL),
        (r"Here each step is $x_t = \sqrt{\alpha_t} x_{t-1} + \sqrt{1 - \alpha_t}\epsilon_{t-1}$.", TRANSITION),
        (
            r"Here $x_t = \sqrt{\alpha_t} x_{t-1} + \sqrt{1 - \alpha_t}\epsilon_{t-1}$ with "
            r"$\epsilon_{t-1} \sim \mathcal{N}(0, I)$.",
            MARGINAL,
        ),  # fmt: skip
        (r"Here $\epsilon \sim \mathcal{N}(0, I)$.", MARGINAL),
        (
            r"Here $x_t = \sqrt{\bar\alpha_t} x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon$.",
            r"\mathbb{E}_{q(x_t \mid x_0)}[x_t] = \sqrt{\bar\alpha_t} x_0",
        ),  # fmt: skip
        # the forward step solved for the earlier variable, the noise recovered from x_t: the context's step
        (r"Here $x_{t-1} = (x_t - \sqrt{1 - \alpha_t}\epsilon_t)/\sqrt{\alpha_t}$.", TRANSITION),
        (
            r"Here $x_t = \sqrt{\bar\alpha_t} x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon$ and "
            r"$x_0 = (x_t - \sqrt{1 - \bar\alpha_t}\epsilon)/\sqrt{\bar\alpha_t}$.",
            MARGINAL,
        ),  # fmt: skip
        (
            r"Here $x_t = \sqrt{\bar\alpha_t} x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon$ with "
            r"$\epsilon = (x_t - \sqrt{\bar\alpha_t} x_0)/\sqrt{1 - \bar\alpha_t}$.",
            MARGINAL,
        ),  # fmt: skip
        # words that leave the forward step and its noise the context's
        ("Here the noise $\\epsilon$ has unit variance.", MARGINAL),
        ("The noise $\\epsilon$ has mean $0$ and variance $1$.", MARGINAL),
        ("The noises have mean zero and unit variance.", MARGINAL),
        ("Each forward step adds Gaussian noise to the data.", TRANSITION),
        ("When sampling, the predicted $x_0$ is clipped to $[-1, 1]$.", TRANSITION),
        ("The images $x_0$ are rescaled to $[-1, 1]$.", TRANSITION),
        ("The forward step is not clipped.", TRANSITION),
        (
            r"Here $x_t = \sqrt{\bar\alpha_t} x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon$ where $\epsilon$ does not "
            r"depend on $x_0$.",
            MARGINAL,
        ),  # fmt: skip
        ("Note that $x_t$ depends on $\\epsilon$ and $x_0$.", MARGINAL),
        # noises drawn apart, whatever their law, keep q's chain Markov
        (r"Here each step is $x_t = \sqrt{\alpha_t} x_{t-1} + \sqrt{1 - \alpha_t}\epsilon_{t-1}$.", MARKOV),
        (r"We replace the Gaussian noise by Rademacher noise $\epsilon \in \{-1, 1\}$.", MARKOV),
    ],
)
def test_the_context_s_forward_step_restated_keeps_its_proofs(sentence, step):
    result = judged(step, f"{DDPM}{sentence}\n\n")
    assert result.status == PROVED, result.reason
