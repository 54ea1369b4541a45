"""Findings of a sweep of new public notes (sweep 38b), each held by a note in ``tests/data/notes/sweep38b`` whose
comment names its source and explains the mathematics, and by probes of the same class.

t01 (Su Jianlin's DDPM series): a note that writes ``\\alpha_t^2 + \\beta_t^2 = 1`` uses the schedule's names as its
own, so the DDPM context's ``\\beta_t = 1 - \\alpha_t`` must not prove ``\\alpha_t + \\beta_t = 1`` (false at alpha_t =
0.8, beta_t = 0.6).  t04 (Portuguese ELBO notes): ``\\log p(x) = \\text{ELBO} + KL(q(z) || p(z | x))``, ELBO defined
by a display, holds in every dimension, but the four-coordinate reading under the context summed the KL and not
the densities the definition brings, and said it "holds for one coordinate only"."""

from __future__ import annotations

import pathlib

import pytest

from diffproof.notecheck import PROVED, UNDECIDED, check_notes
from diffproof.notes import read_file, read_notes

SWEEP = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "sweep38b"
CONTEXT = "<!-- diffproof: context ddpm -->\n"


def note(name: str) -> pathlib.Path:
    (path,) = SWEEP.glob(f"{name}-*.md")
    return path


def by_step(results) -> dict[tuple[str, str], object]:
    return {(r.step.lhs.strip(), r.step.rhs.strip()): r for r in results}


def judged(text: str) -> dict[tuple[str, str], object]:
    return by_step(check_notes(read_notes(text, markdown=True)).results)


def displays(*steps: str) -> str:
    return "".join(f"\n$$\n{step}\n$$\n" for step in steps)


# -- t01: a relation the note states among the schedule's names sets the context's relations on them aside

SUM = (r"\alpha_t + \beta_t", "1")
RATIO = (r"\frac{\beta_t^2}{\alpha_t^2}", r"\frac{\beta_t^2}{(1-\beta_t)^2}")
PRODUCT = (r"\bar\alpha_t", r"\alpha_t \bar\alpha_{t-1}")
PROBES = displays(" = ".join(SUM), " = ".join(RATIO))


def test_su_s_own_alpha_and_beta_are_not_the_context_s():
    found = by_step(check_notes(read_file(note("t01"))).results)
    for step in (SUM, RATIO):
        assert found[step].status == UNDECIDED, found[step].reason
        assert "line 15 states \\alpha_t^2 + \\beta_t^2=1" in found[step].reason
        assert "β_t = 1 - α_t" in found[step].reason


@pytest.mark.parametrize(
    "stated",
    [
        r"We write $x_t = \alpha_t x_{t-1} + \beta_t \varepsilon_t$ with $\alpha_t^2 + \beta_t^2 = 1$.",
        r"Here $\alpha_t, \beta_t > 0$ and $\alpha_t^2 + \beta_t^2 = 1$ (our own notation).",
        "We assume\n\n$$\n\\alpha_t^2 + \\beta_t^2 = 1.\n$$",
        r"Here $\alpha_t + \beta_t^2 = 1$.",
    ],
    ids=["in a sentence with the forward step", "in a sentence", "as an assumed display", "another power"],
)
def test_an_equation_the_context_does_not_imply_keeps_its_names_from_the_context(stated):
    found = judged(CONTEXT + stated + "\n" + PROBES)
    assert found[SUM].status != PROVED, found[SUM].reason
    assert found[RATIO].status != PROVED, found[RATIO].reason


@pytest.mark.parametrize(
    "stated",
    [
        r"In DDPM, $\alpha_t + \beta_t = 1$ and $\sqrt{\bar\alpha_t}$ scales the data.",
        r"Here $\beta_t = 1 - \alpha_t$ is the variance of each step.",
        r"As usual, $\bar\alpha_t = \prod_{s=1}^t \alpha_s$.",
        "Recall\n\n$$\n1 - \\alpha_t = \\beta_t\n$$",
        "Recall\n\n$$\n\\bar\\alpha_t = \\prod_{s=1}^t \\alpha_s\n$$",
        r"The noise scale $\sigma_t$ satisfies $\alpha_t^2 + \sigma_t^2 = 1$.",
        "Then\n\n$$\n\\frac{1}{\\tilde{\\sigma}^2} = \\frac{1}{1 - \\bar\\alpha_{t-1}} + \\frac{\\alpha_t}{\\beta_t}\n$$",
    ],
    ids=[
        "the context's sum",
        "the context's beta",
        "abar as a product",
        "a display of it",
        "a display of abar",
        "a name of the note's own",
        "a display with a name of its own",
    ],  # fmt: skip
)
def test_an_equation_consistent_with_the_context_keeps_the_context_s_proofs(stated):
    found = judged(CONTEXT + stated + "\n" + PROBES + displays(" = ".join(PRODUCT)))
    for step in (SUM, RATIO, PRODUCT):
        assert found[step].status == PROVED, found[step].reason


def test_a_note_that_defines_alpha_still_wins_over_the_context():
    found = judged(CONTEXT + r"Assume $\alpha_t = \sqrt{1-\beta_t}$." + "\n" + displays(r"\alpha_t^2 + \beta_t = 1"))
    assert found[(r"\alpha_t^2 + \beta_t", "1")].status == PROVED


# -- t04: the four-coordinate reading sums what a definition brings as it sums the step's own KL

ELBO = (r"\log p(x)", r"\text{ELBO} + D_{KL}(q(z)||p(z|x))")
VLB = (r"\log p_\theta(x_0)", r"\mathcal{L} + D_{KL}(q(x_{1:T}|x_0)||p_\theta(x_{1:T}|x_0))")


@pytest.mark.parametrize("declared", [True, False], ids=["with the context", "without it"])
def test_the_elbo_identity_through_its_definition_holds_in_every_dimension(declared):
    source = note("t04").read_text(encoding="utf-8")
    found = judged(source if declared else source.replace(CONTEXT, "", 1))
    for step in (ELBO, VLB):
        assert found[step].status == PROVED, found[step].reason
        assert "coordinate" not in found[step].reason


@pytest.mark.parametrize(
    "step",
    [r"\mathbb{E}[\|\epsilon\|^2] = 1", r"\log \mathcal{N}(x_t; 0, I) = -\frac{1}{2}\log(2\pi) - \frac{1}{2}x_t^2"],
    ids=["a squared norm", "a Gaussian's log-density"],
)
def test_a_step_that_holds_for_one_coordinate_only_keeps_its_message(step):
    (result,) = judged(CONTEXT + displays(step)).values()
    assert result.status == UNDECIDED and "one coordinate only" in result.reason
