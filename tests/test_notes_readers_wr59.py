"""The notations of the corpus's unread wrong steps, read or refused by name (held-out variants, not the corpus's
own lines).  Each refused notation reads more than one way, and the readings disagree on the step, so the step
stays undecided with a reason that names the notation and its readings; never proved, never refuted.

- ``\\mathcal{N}(x, \\mu, \\Sigma)``, three arguments and commas (zh-diffusion-study-notes, line 64).  Public notes do
  write the comma form for the density at x, but not with one meaning of the third argument (sources: the search
  index's exact-string hits, by index id).  A standard deviation: Chinese Kalman-filter write-ups,
  ``\\mathcal{N}(x, \\mu, \\sigma) = \\frac{1}{\\sigma\\sqrt{2\\pi}} e^{-(x-\\mu)^2 / 2\\sigma^2}`` (ids 21604622346,
  17254232273, 56772509561, 23407797786).  A covariance: a Spanish note on Gaussian mixtures,
  ``\\mathcal{N}(\\mathbf{x}, \\boldsymbol{\\mu}_j, \\mathbf{U}_j)`` with U_j a covariance matrix (id 60334691919), and
  a lemma "proportional to \\mathcal{N}(x, \\mu, \\Sigma)" (id 61626977690).  Either: a DDPM note that says
  "\\mathcal{N}(x, \\mu, \\sigma) refers to the density ... having the value x", then writes both
  ``\\mathcal{N}(x_T, 0, I)`` and ``\\mathcal{N}(x_{t-1}, \\mu_\\theta(x_t, t), \\sigma_\\theta(x_t, t))`` (id 17079215605).
  Read as the density at x with a covariance, zh 64 is DDPM's forward marginal, right: its annotation calls it
  wrong for the comma alone, so reading it would turn a step annotated wrong into a proof.
- an argmax over several variables (``\\underset{\\phi, \\theta}{\\text{argmax}}``, ko-unified-perspective-review,
  line 133): a joint optimum, which the optimum reader does not hold (one variable); it was refused with
  "unbalanced '{'", about a balanced group.
- ``\\nabla_x p(x_{t-1})`` (lilianweng-diffusion-models-2021, line 82): x is not written in it, so it is the law's
  gradient taken at x_{t-1} (a score, as the Langevin update means it) or the derivative of p(x_{t-1}) through
  x_{t-1}; the reason listed the names of x_{t-1}'s definition instead.
- a trace beside a dimension's letter (ja-naoyukikita-ddpm, lines 207 and 208): the reason named the note's first
  cue (a word on line 12), not the d the step writes beside its own trace.
- a KL without ``||`` between two braced laws, a differential outside an integral and a stray ``)`` inside
  \\mathcal{N}(...) (zh 139, ko 83, david-wb 201): typographic slips whose repairs are not one; they stay unread.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.parser import parse
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.trace_shapes import shape_given, shapes_given
from diffproof.notes import read_notes


def _note(*steps: str, sentence: str = "") -> str:
    """A Markdown note: an optional sentence, then each step in its own display."""
    displays = "\n\n".join(f"$$\n{step}\n$$" for step in steps)
    return f"{sentence}\n\n{displays}\n" if sentence else f"{displays}\n"


def _unread(text: str) -> str:
    """The reason of the note's last step, which must be undecided as unread."""
    result = red_team.last(text)
    assert result.status == UNDECIDED and result.reason.startswith("could not read the step"), result.reason
    return result.reason


# --------------------------------------------------------------------------- three arguments to \mathcal{N}

#: Right as the density at the first argument with a variance, wrong with a standard deviation (or the reverse):
#: never decided.
THREE_ARGUMENTS = {
    "right with a variance": r"\mathcal{N}(x, 0, 4) = \mathcal{N}(x; 0, 4)",
    "right with a standard deviation": r"\mathcal{N}(x, m, s) = \frac{1}{s \sqrt{2 \pi}} e^{-(x - m)^2 / (2 s^2)}",
    "wrong either way": r"\mathcal{N}(x, 0, 1) = 2 \mathcal{N}(x; 0, 1)",
    "a forward marginal": r"q(z_t \mid z_0) = \mathcal{N}(z_t, \sqrt{\bar\alpha_t} z_0, (1 - \bar\alpha_t) I)",
    "bold, a forward step": r"q(\mathbf{y}_t | \mathbf{y}_{t-1}) = \mathcal{N}(\mathbf{y}_t, \sqrt{a_t}\mathbf{y}_{t-1}, b_t)",
}


@pytest.mark.parametrize("step", THREE_ARGUMENTS.values(), ids=THREE_ARGUMENTS.keys())
def test_a_gaussian_with_three_arguments_and_commas_is_not_read(step):
    reason = _unread(_note(step))
    assert "three arguments separated by commas" in reason and "standard deviation" in reason, reason


def test_the_semicolon_form_is_still_read_both_ways():
    assert red_team.last(_note(r"\mathcal{N}(x; 0, 1) = \frac{1}{\sqrt{2\pi}} e^{-x^2/2}")).status == PROVED
    assert red_team.last(_note(r"\mathcal{N}(x; 0, 1) = \frac{2}{\sqrt{2\pi}} e^{-x^2/2}")).status == REFUTED


def test_the_parser_points_at_the_third_argument():
    text = r"\mathcal{N}(x, \mu, \Sigma)"
    with pytest.raises(InvalidAnswer, match="three arguments") as raised:
        parse(text, notes=True)
    assert raised.value.position == text.index(", \\Sigma")


# --------------------------------------------------------------------------- an optimum over several variables

#: Equal objectives under a joint optimum (proved if it were read) and different ones: refused by name.
JOINT = {
    "underset, equal objectives": r"\underset{\phi, \theta}{\text{argmax}} (a + b) = "
    r"\underset{\phi, \theta}{\text{argmax}} (b + a)",
    "subscript, equal objectives": r"\arg\max_{\phi, \theta} (a + b) = \arg\max_{\phi, \theta} (b + a)",
    "argmin, different objectives": r"\underset{\mu,\sigma}{\arg\min} (a - b) = \underset{\mu,\sigma}{\arg\min} a",
}


@pytest.mark.parametrize("step", JOINT.values(), ids=JOINT.keys())
def test_an_optimum_over_several_variables_is_refused_by_name(step):
    reason = _unread(_note(step))
    assert "over several variables" in reason and "unbalanced" not in reason, reason


def test_an_optimum_over_one_variable_is_still_read():
    step = r"\underset{\theta}{\text{argmax}} (a + b) = \underset{\theta}{\text{argmax}} (b + a)"
    assert red_team.last(_note(step)).status == PROVED


@pytest.mark.parametrize(
    "text",
    [r"\underset{\phi, \theta}{\text{argmax}} f", r"\text{argmax}_{\phi, \theta} f", r"\arg\min_{a,b} f"],
)
def test_the_parser_refuses_a_list_under_an_optimum_at_its_group(text):
    with pytest.raises(InvalidAnswer, match="over several variables") as raised:
        parse(text, notes=True)
    assert raised.value.position == text.index("{", text.index("_") if "_" in text else 0)


def test_a_comma_inside_an_application_under_an_optimum_is_not_a_list():
    """``\\arg\\max_{g(a, b)}``: the comma is the application's, not a list of variables."""
    assert parse(r"\arg\max_{g(a, b)} f", notes=True) is not None


# --------------------------------------------------------------------------- a law's derivative at another point

#: A law differentiated in a variable its point does not show, the point defined through other names.
ELSEWHERE = {
    "a density": (r"y = 2 z", r"\nabla_x p(y) = 0"),
    "a log density (wrong as a score)": (r"y = 2 z", r"\nabla_x \log p(y) = 1"),
    "bold, a chain's point": (r"u_{t-1} = a u_{t-2} + b", r"\nabla_\mathbf{x} p(u_{t-1}) = 0"),
}


@pytest.mark.parametrize("steps", ELSEWHERE.values(), ids=ELSEWHERE.keys())
def test_a_law_differentiated_at_another_point_names_both_readings(steps):
    reason = _unread(_note(*steps))
    assert "where x is not written" in reason and "gradient taken at its point" in reason, reason


def test_a_name_differentiated_in_an_unwritten_variable_keeps_its_reason():
    reason = _unread(_note(r"\frac{\partial L}{\partial \mu} = 0"))
    assert "what L is made of is not said" in reason, reason


def test_a_score_at_its_own_variable_is_still_read():
    assert red_team.last(_note(r"\nabla_x \log p(x) = \frac{\nabla_x p(x)}{p(x)}")).status == PROVED


# --------------------------------------------------------------------------- the size cue a trace's reason names


def test_the_reason_names_the_cue_nearest_the_step():
    # $d$ pixels: a count beside the pixels, and the d the prose gives is the one beside the trace (wr60: a pixel
    # without a count, and a d written only beside a trace, no longer keep the trace from being read)
    text = _note(
        r"\frac{1}{2}(\operatorname{tr}(s^{-1} b) - d) = \frac{1}{2}(s b - d)", sentence="Images have $d$ pixels."
    )
    notes = read_notes(text, markdown=True)
    first, nearest = shapes_given(notes)[0], shape_given(notes, notes.steps[-1].line)
    assert first[1] == "pixels" and nearest == (notes.steps[-1].line, "d beside a trace")
    reason = _unread(text)
    assert f"line {nearest[0]} gives" in reason and "d beside a trace" in reason, reason


def test_a_cue_after_every_step_is_still_named():
    text = _note(r"\operatorname{tr}(s^{-1} b) = s b") + "\nEvery matrix here is 3-by-3.\n"
    notes = read_notes(text, markdown=True)
    assert shape_given(notes, notes.steps[-1].line) == shape_given(notes) == shapes_given(notes)[0]
    assert "3-by-3" in _unread(text)


# --------------------------------------------------------------------------- slips whose repair is not one

SLIPS = {
    "a KL without ||": (r"KL({q(x)}{p(x)}) = 0", "expected ||"),
    "a differential after an expectation": (
        r"\mathbb{E}_{q(z)} \log p(z) dz = \mathbb{E}_{q(z)} \log p(z)",
        "a differential (such as dz) written outside an integral",
    ),
    "a stray ) in a Gaussian": (r"p(x) = \mathcal{N}(x; m), s)", "between the mean and the covariance"),
}


@pytest.mark.parametrize(("step", "why"), SLIPS.values(), ids=SLIPS.keys())
def test_a_slip_whose_repair_is_not_one_stays_unread(step, why):
    assert why in _unread(_note(step))
