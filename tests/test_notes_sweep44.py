"""What the seventh sweep of public notes (tests/data/notes/sweeps, sweep 44) found: reproductions in
tests/data/notes/sweep44 (its README), each a strict xfail until fixed (``FIXED``).

Under ``context ddpm`` an indexed z is the context's noise, an independent standard normal.  A note that defines
the letter at a generic index (the latent chain z_t := sqrt(1 - beta_t) z_{t-1} + sqrt(beta_t) eps_t of Prince's
*Understanding Deep Learning*) makes every z_k its own variable; only z_t was kept from the context's noises, and a
step written through the definition at t and t-1 left z_{t-2}, taken for a fresh standard normal: E[z_t] = 0 was
proved (en-obsidian-udl-diffusion-cumulative-alpha).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

NOTES = Path(__file__).parent / "data" / "notes" / "sweep44"
CONTEXT = "<!-- diffproof: context ddpm -->\n"

#: The findings fixed, each a plain case; the others are strict xfails with their cause.
FIXED = {"sw44-01-latent-z-chain-read-as-noises", "sw44-02-cumulative-alpha-latent-chain"}
CAUSES: dict[str, str] = {}


def case(name: str):
    """The finding ``name`` as a test case: plain once fixed, else a strict xfail giving its cause."""
    return red_team.case(name, FIXED, CAUSES)


def _claims(results):
    """The steps that are claims: not the note's definitions."""
    return [r for r in results if not r.reason.startswith("defines ")]


@pytest.mark.parametrize(
    "name", [case("sw44-01-latent-z-chain-read-as-noises"), case("sw44-02-cumulative-alpha-latent-chain")]
)
def test_a_latent_chain_the_note_defines_is_not_the_contexts_noise(name):
    results = red_team.results((NOTES / f"{name}.md").read_text(encoding="utf-8"))
    claims = _claims(results)
    assert claims
    assert not [(r.step.line, r.reason) for r in claims if r.status == PROVED]
    assert not [r.step.line for r in results if r.status == REFUTED]


def _chain(prose: str, step: str, claim: str) -> str:
    return f"{CONTEXT}{prose}\n\n$$\n{step}\n$$\n\nso\n\n$$\n{claim}\n$$\n"


@pytest.mark.parametrize(
    "text",
    [
        # a decorated letter: every member of the family is the note's
        _chain(
            r"Each latent is a noisier copy of the one before, with $\epsilon_t \sim \mathcal{N}(0, I)$:",
            r"\tilde z_t = \sqrt{1-\beta_t}\, \tilde z_{t-1} + \sqrt{\beta_t}\, \epsilon_t",
            r"\mathbb{E}[\tilde z_t^2] = 1",
        ),
        # bold vectors, the prose in Chinese
        _chain(
            r"数据 $\mathbf{x}$ 经过隐变量链 $\mathbf{z}_1, \dots, \mathbf{z}_T$ 编码，噪声 "
            r"$\boldsymbol\epsilon_t \sim \mathcal{N}(\mathbf{0}, \mathbf{I})$：",
            r"\mathbf{z}_t = \sqrt{1-\beta_t}\, \mathbf{z}_{t-1} + \sqrt{\beta_t}\, \boldsymbol\epsilon_t",
            r"\mathbb{E}[\mathbf{z}_{t}] = \mathbf{0}",
        ),
        # another schedule: the claim's variance is the context's only if z_{t-2} were a standard normal
        _chain(
            r"Die latenten Variablen bilden eine Kette mit $\epsilon_t \sim \mathcal{N}(0, 1)$:",
            r"z_t = \frac{1}{2} z_{t-1} + \frac{\sqrt{3}}{2} \epsilon_t",
            r"\mathbb{E}[z_{t-1}^2] = 1",
        ),
    ],
    ids=["decorated", "bold-chinese", "german-fixed-schedule"],
)
def test_a_wrong_moment_of_the_notes_own_chain_is_not_proved(text):
    claim = red_team.results(text)[-1]
    assert claim.status != PROVED, claim.reason
    assert claim.status != REFUTED, claim.reason


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a noise the note does not define stays the context's standard normal
        (
            f"{CONTEXT}The forward step, with noises $\\epsilon_t \\sim \\mathcal{{N}}(0, I)$:\n\n$$\n"
            "x_t = \\sqrt{\\alpha_t}\\, x_{t-1} + \\sqrt{1-\\alpha_t}\\, \\epsilon_t\n$$\n\nand\n\n$$\n"
            "\\mathbb{E}[\\epsilon_{t-1}^2] = 1\n$$\n",
            -1,
        ),
        # the note's chain in the context's schedule (beta_t = 1 - alpha_t): its own step, rewritten
        (
            _chain(
                r"The latent chain, with noises $\epsilon_t \sim \mathcal{N}(0, I)$:",
                r"z_t = \sqrt{1-\beta_t}\, z_{t-1} + \sqrt{\beta_t}\, \epsilon_t",
                r"z_t = \sqrt{\alpha_t}\, z_{t-1} + \sqrt{1-\alpha_t}\, \epsilon_t",
            ),
            -1,
        ),
    ],
    ids=["undefined-noise", "own-step-in-the-contexts-schedule"],
)
def test_the_faithful_steps_keep_their_proof(text, line):
    claim = red_team.results(text)[line]
    assert claim.status == PROVED, claim.reason
