"""Notes with sums and products over t: read into the kernel's Sum and Product of indexed variables.

A step with ``\\sum_{t=a}^{b}`` or ``\\prod_{t=a}^{b}`` reads its random variables as indexed ones
(``x_{t-1}`` is ``x[t-1]``, ``x_{1:T}`` a block) so that the kernel's rules for sums apply (log of a product,
splitting off a term, index shift); a wrong step is never proved, and its counterexample at a small T is
trusted only where the model meets what the note declares (its Markov structure, q Gaussian under ``context
ddpm``).
"""

from __future__ import annotations

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTE = r"""
$$
\log \prod_{t=1}^{T} q(x_t \mid x_{t-1}) = \sum_{t=1}^{T} \log q(x_t \mid x_{t-1})
$$

$$
\sum_{t=1}^{T} \log \frac{q(x_t \mid x_{t-1})}{p_\theta(x_{t-1} \mid x_t)}
  = \log \frac{q(x_1 \mid x_0)}{p_\theta(x_0 \mid x_1)} + \sum_{t=2}^{T} \log \frac{q(x_t \mid x_{t-1})}{p_\theta(x_{t-1} \mid x_t)}
$$

$$
\sum_{t=1}^{T} \log q(x_t \mid x_{t-1}) = \sum_{t=0}^{T-1} \log q(x_{t+1} \mid x_{t})
$$
"""

WRONG = {
    "a boundary term dropped": r"\sum_{t=1}^{T} \log q(x_t \mid x_{t-1}) = \sum_{t=2}^{T} \log q(x_t \mid x_{t-1})",
    "a shift on one side only": r"\sum_{t=1}^{T} \log q(x_t \mid x_{t-1}) = \sum_{t=0}^{T-1} \log q(x_{t} \mid x_{t-1})",
    "the split term at the wrong end": r"\sum_{t=1}^{T} \log q(x_t \mid x_{t-1}) = \log q(x_T \mid x_{T-1}) "
    r"+ \sum_{t=1}^{T} \log q(x_t \mid x_{t-1})",
    "log of a product as a product of logs": r"\log \prod_{t=1}^{T} q(x_t \mid x_{t-1}) "
    r"= \prod_{t=1}^{T} \log q(x_t \mid x_{t-1})",
}


#: The verdicts, not the machine's speed, are under test: a time limit no step here comes near, even loaded.
LIMITS = Limits(seconds=120)


def check(text: str):
    return check_notes(read_notes(text, markdown=True), LIMITS).results


def test_sums_and_products_are_proved_by_the_kernels_rules_for_them():
    results = check(NOTE)
    assert [r.status for r in results] == [PROVED, PROVED, PROVED]
    rules = [r.judged.verdict.rule for r in results]
    assert rules == ["log of a product of positive factors", "split off the first or last term", "index shift"]


def test_wrong_steps_over_sums_are_never_proved():
    for name, step in WRONG.items():
        (result,) = check(f"$$\n{step}\n$$\n")
        assert result.status != PROVED, name
        assert result.status in (REFUTED, UNDECIDED)


def test_a_schedule_term_inside_a_sum_is_not_read_as_one_number():
    (result,) = check("$$\n\\sum_{t=1}^{T} \\alpha_t x_t = \\alpha_t \\sum_{t=1}^{T} x_t\n$$\n")
    assert result.status == UNDECIDED and "changes with the index" in result.reason


def test_a_wrong_step_over_sums_is_refuted_only_by_a_model_that_meets_what_the_note_declares():
    """Without a declared chain, the finite model's counterexample may ignore the note's Markov structure: not
    trusted.  With ``context ddpm`` q is Gaussian, which no finite law is: the step is refuted in Gaussian laws
    along q's declared steps, and a step about p, whose laws the context leaves free, in a finite model."""
    step = WRONG["a boundary term dropped"]
    (undeclared,) = check(f"$$\n{step}\n$$\n")
    assert undeclared.status == UNDECIDED and "context ddpm" in undeclared.reason
    (declared,) = check(f"<!-- diffproof: context ddpm -->\n\n$$\n{step}\n$$\n")
    assert declared.status == REFUTED
    shown = declared.counterexample.describe()
    assert "T = 1" in shown and "in Gaussian laws" in shown and "declared Gaussian steps: q's to x_1 with a =" in shown
    (other_law,) = check(f"<!-- diffproof: context ddpm -->\n\n$$\n{step.replace('q(', 'p(')}\n$$\n")
    assert other_law.status == REFUTED  # p's transitions are not Gaussian under the context
    shown = other_law.counterexample.describe()
    assert "T = 1" in shown and "declared Markov chains honoured" in shown


def test_under_a_declared_context_the_correct_steps_over_sums_stay_proved():
    results = check("<!-- diffproof: context ddpm -->\n" + NOTE)
    assert [r.status for r in results] == [PROVED, PROVED, PROVED]


def test_a_step_that_names_x_2_is_not_refuted_at_a_T_that_stops_before_it():
    """Writing q(x_2 | x_1) beside x_T presupposes T >= 2: a counterexample at T = 1, with x_2 past the end of
    the trajectory, would refute what the note never claimed (true for T >= 2, so it must not be refuted)."""
    step = (r"\sum_{t=1}^{T} \log q(x_t \mid x_{t-1}) = \log q(x_1 \mid x_0) + \log q(x_2 \mid x_1) "
            r"+ \sum_{t=3}^{T} \log q(x_t \mid x_{t-1})")  # fmt: skip
    (result,) = check(f"<!-- diffproof: context ddpm -->\n\n$$\n{step}\n$$\n")
    assert result.status != REFUTED, result.reason
    wrong = r"\sum_{t=2}^{T} \log \frac{p(x_t \mid x_0)}{p(x_{t-1} \mid x_0)} = \log \frac{p(x_T \mid x_0)}{p(x_2 \mid x_0)}"
    (refuted,) = check(  # under p, which the context does not make Gaussian: a finite model of it is one
        f"<!-- diffproof: context ddpm -->\n\n$$\n{wrong}\n$$\n"
    )
    assert refuted.status == REFUTED and "T = 2" in refuted.counterexample.describe()


SUMS = r" + \sum_{t=1}^{T} \log q(x_t \mid x_{t-1})"


def test_gaussian_steps_with_a_schedule_of_their_own_are_declared_only_where_the_note_writes_none():
    """Under ``context ddpm`` the forward steps over an index are Gaussian with a schedule the model draws; a
    step that writes alpha_t or abar_t means the note's schedule, which a drawn one need not be: the true step
    E[x_T | x_0] = sqrt(abar_T) x_0 is then never refuted (nor, by the same rule, its slips), and a slip that
    writes no schedule name is refuted in Gaussian laws."""
    header = "<!-- diffproof: context ddpm -->\n\n"
    left = r"x_0 \mathbb{E}_{q(x_T \mid x_0)}[x_T]" + SUMS
    for right in (r"\sqrt{\bar\alpha_T} x_0^2", r"\sqrt{\bar\alpha_{T-1}} x_0^2", r"\sqrt{\alpha_T} x_0^2"):
        (result,) = check(f"{header}$$\n{left} = {right}{SUMS}\n$$\n")
        assert result.status == UNDECIDED and "forward law q is Gaussian" in result.reason, right
    (slip,) = check(f"{header}$$\n{left} = 2 x_0^2{SUMS}\n$$\n")
    assert slip.status == REFUTED and "in Gaussian laws" in slip.counterexample.describe()


def test_gaussian_steps_are_the_forward_process_of_x_only():
    """The context's forward process is x_0 -> x_1 -> ...; a chain of latents z_1, z_2, ... (a hierarchical VAE's)
    is not given its Gaussian steps, so a finite model's counterexample to a slip over it stays untrusted."""
    header = "<!-- diffproof: context ddpm -->\n\n"
    step = WRONG["a boundary term dropped"]
    bold_step = step.replace("x_", r"\mathbf{x}_")
    (bold,) = check(f"{header}$$\n{bold_step}\n$$\n")
    assert bold.status == REFUTED and "in Gaussian laws" in bold.counterexample.describe()
    (latent,) = check(f"{header}$$\n{step.replace('x_', 'z_')}\n$$\n")
    assert latent.status == UNDECIDED and "not trusted" in latent.reason


def test_a_note_that_defines_its_own_forward_step_is_not_given_the_contexts_gaussian_steps():
    """A random walk q(x_t | x_{t-1}) = N(x_{t-1}, I) is not DDPM's step: drawing the context's Gaussian steps
    for it would refute in laws the note does not have.  Nor does a definition in the schedule's names get
    steps with a drawn schedule.  The slip stays undecided, never refuted in Gaussian laws."""
    step = WRONG["a boundary term dropped"]
    for own in (r"q(x_t \mid x_{t-1}) := \mathcal{N}(x_t; x_{t-1}, \mathbf{I})",
                r"q(x_t \mid x_{t-1}) := \mathcal{N}(x_t; \sqrt{\alpha_t} x_{t-1}, (1 - \alpha_t)\mathbf{I})"):  # fmt: skip
        result = check(f"<!-- diffproof: context ddpm -->\n\n$$\n{own}\n$$\n\n$$\n{step}\n$$\n")[-1]
        assert result.status == UNDECIDED, own
        assert result.counterexample is None or "in Gaussian laws" not in result.counterexample.describe()


def test_an_integral_over_a_range_without_its_density_says_what_is_not_read():
    """Found by a red team (Malav-P's DDPM notes, dx_1 ... dx_T rewritten d x_{1:T}): SymPy's own message,
    'Invalid limits given', was the reason shown."""
    text = "$$\n\\int p(x_T) \\prod_{t=1}^T p(x_{t-1} | x_t) d x_{1:T} = \\int \\prod_{t=1}^T p(x_{t-1} | x_t) p(x_T) d x_{1:T}\n$$\n"
    result = check_notes(read_notes(text, markdown=True)).results[0]
    assert result.status == UNDECIDED and not result.internal
    assert "a range of variables" in result.reason


def test_a_name_written_as_a_sums_last_index_counts():
    """rmsrosa/random_notes sums to K: 'the limits must be integers, such as 1 and T' left its ELBO unread.  A
    name the note writes as the last index of a sum counts steps, as T does (shown among the conventions),
    unless the note says otherwise of it."""
    step = r"\log \prod_{k=1}^K p(x_k | x_{k-1}) = \sum_{k=1}^K \log p(x_k | x_{k-1})"
    result = check_notes(read_notes(f"$$\n{step}\n$$\n", markdown=True), Limits(seconds=60)).results[0]
    assert result.status == PROVED
    assert any("last index of a sum" in convention for convention in result.judged.conventions)
    stated = f"Let $K := 1/2$.\n\n$$\n{step}\n$$\n"
    assert check_notes(read_notes(stated, markdown=True), Limits(seconds=60)).results[0].status == UNDECIDED


def test_a_wrong_sum_of_numbers_needs_no_declared_chain_to_be_refuted():
    """A step that writes no law and no random variable has no Markov structure a finite model could ignore:
    its counterexample at a small size is trusted without a context."""
    (numbers,) = check("$$\n\\sum_{i=1}^{3} i = 7\n$$\n")
    assert numbers.status == REFUTED and "6 vs 7" in numbers.counterexample.describe()
    (symbolic,) = check("$$\n\\sum_{i=1}^{n} i = n^2\n$$\n")
    assert symbolic.status == REFUTED and "n = 2: 3 vs 4" in symbolic.counterexample.describe()
    (right,) = check("$$\n\\sum_{i=1}^{n} i = 1 + \\sum_{i=2}^{n} i\n$$\n")
    assert right.status == PROVED
    (random,) = check(f"$$\n{WRONG['a boundary term dropped']}\n$$\n")  # a law: still not trusted
    assert random.status == UNDECIDED and "context ddpm" in random.reason
