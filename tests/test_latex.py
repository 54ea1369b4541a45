"""LaTeX rendering: the tutorial's notation, line breaking, marks, _repr_latex_, golden files.

Golden files in tests/golden/ hold the rendering of a few identities; they are
reviewed by eye and updated deliberately:
``DIFFPROOF_UPDATE_GOLDEN=1 pytest tests/test_latex.py`` rewrites them.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import evidence, forward_process, reparameterization, rules
from derivations.catalogue import BY_NAME
from derivations.diffusion import SCORE
from derivations.kernel.checking import check_identity
from derivations.kernel.vocabulary import Status, Verdict
from derivations.latex import (
    DOCUMENT,
    MACROS,
    PROVED,
    REFUTED,
    Macro,
    RenderError,
    TutorialPrinter,
    broken,
    derivation_rows,
    escape,
    latex,
    split_inside,
    symbol_latex,
    width,
)
from derivations.model import Derivation, Relation, Step
from derivations.probability import KL, Density, Expectation, Normal
from derivations.symbols import a, abar_t, abar_tm1, alpha_t, b, eps, mu, sigma, x, x_0, x_t, x_tm1, xhat_theta, z
from diffproof.document import identity_section
from diffproof.report import verify

GOLDEN = Path(__file__).parent / "golden"

# ------------------------------------------------------------------ notation

NOTATION = [
    ("abar_t", abar_t, r"\bar\alpha_t"),
    ("subscript t-1", x_tm1, r"\mathbf{x}_{t-1}"),
    ("log of a density", sp.log(evidence.p_x), r"\log p(\mathbf{x})"),
    (
        "log of a ratio",
        sp.log(evidence.p_xz / evidence.q),
        r"\log \frac{p(\mathbf{x}, \mathbf{z})}{q_{\phi}(\mathbf{z} \mid \mathbf{x})}",
    ),
    ("log of a sum", sp.log(1 + a), r"\log \left(a + 1\right)"),
    (
        "KL divergence",
        KL(evidence.q, evidence.posterior),
        r"D_{\mathrm{KL}}\left(q_{\phi}(\mathbf{z} \mid \mathbf{x}) \,\|\, p(\mathbf{z} \mid \mathbf{x})\right)",
    ),
    (
        "expectation under q",
        Expectation(sp.log(evidence.p_x), evidence.q),
        r"\mathbb{E}_{q_{\phi}(\mathbf{z} \mid \mathbf{x})}\left[\log p(\mathbf{x})\right]",
    ),
    ("score", SCORE, r"\nabla_{\mathbf{x}_t} \log p(\mathbf{x}_t)"),
    ("Gaussian density", Normal(z, mu, sigma**2), r"\mathcal{N}\left(\mathbf{z}; \mu, \sigma^{2}\right)"),
    (
        "integral over the line",
        sp.Integral(evidence.p_xz, (z, -sp.oo, sp.oo)),
        r"\int p(\mathbf{x}, \mathbf{z})\, d\mathbf{z}",
    ),
    ("integral over an interval", sp.Integral(a, (a, 0, 1)), r"\int_{0}^{1} a\, da"),
    (
        "forward marginal: coefficients before vectors, noise last",
        forward_process.forward_marginal_rhs(abar_t),
        r"\sqrt{\bar\alpha_t} \mathbf{x}_0 + \sqrt{1 - \bar\alpha_t} \boldsymbol{\epsilon}",
    ),
    ("positive term first", z - mu, r"\mathbf{z} - \mu"),
    ("negative coefficient", -sigma * eps, r"- \sigma \boldsymbol{\epsilon}"),
    ("sum as coefficient", (a + b) * x_0, r"\left(a + b\right) \mathbf{x}_0"),
    (
        "derivative at a point",
        sp.diff(reparameterization.f(mu + sigma * eps), mu),
        r"f'\left(\mu + \sigma \boldsymbol{\epsilon}\right)",
    ),
]


@pytest.mark.parametrize(("expr", "expected"), [case[1:] for case in NOTATION], ids=[case[0] for case in NOTATION])
def test_notation_follows_the_tutorial(expr, expected):
    assert latex(expr) == expected


def test_counterexample_names_print_as_their_symbols():
    assert symbol_latex("abar_{t-1}") == r"\bar\alpha_{t-1}"
    assert symbol_latex("t_11") == "t_{11}"


def test_escape_makes_every_special_character_a_text_command():
    assert escape(r"a_b & 50% {x} ~ ^ \ $ # < > |") == (
        r"a\textunderscore{}b \& 50\% \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} \$ \# "
        r"\textless{} \textgreater{} \textbar{}"
    )


# ------------------------------------------------------------- presentation

PRESENTED = [
    ("integer content collected", 2 - 2 * abar_t, r"2 \left(1 - \bar\alpha_t\right)"),
    (
        "collected in a denominator",
        (abar_tm1 - abar_t) / ((1 - abar_t) * (2 - 2 * abar_tm1)),
        r"\frac{\bar\alpha_{t-1} - \bar\alpha_t}{2 \left(1 - \bar\alpha_t\right) \left(1 - \bar\alpha_{t-1}\right)}",
    ),
    ("no content to collect", 1 - abar_t, r"1 - \bar\alpha_t"),
    ("a common denominator collected", (1 - abar_t) / 2, r"\frac{1 - \bar\alpha_t}{2}"),
    ("a denominator that does not divide all stays", sp.Rational(1, 2) - abar_t, r"\frac{1}{2} - \bar\alpha_t"),
    (
        "squared difference of vectors: a norm",
        (xhat_theta - x_0) ** 2,
        r"\left\|\hat{\mathbf{x}}_{\boldsymbol{\theta}} - \mathbf{x}_0\right\|_2^2",
    ),
    ("square of a scalar sum stays a square", (mu - a) ** 2, r"\left(\mu - a\right)^{2}"),
    ("square of one vector stays a power", x_0**2, r"\mathbf{x}_0^{2}"),
    ("negative multiple of a vector", -2 * sigma * eps, r"- 2 \sigma \boldsymbol{\epsilon}"),
]


@pytest.mark.parametrize(("expr", "expected"), [case[1:] for case in PRESENTED], ids=[case[0] for case in PRESENTED])
def test_derivations_present_terms_as_the_tutorial_does(expr, expected):
    assert TutorialPrinter().doprint(expr) == expected


def test_presentation_never_changes_the_expression():
    from derivations.latex import collected

    for expr in (2 - 2 * abar_t, (abar_tm1 - abar_t) / ((1 - abar_t) * (2 - 2 * abar_tm1)), 6 * x_0 - 4 * sigma * eps):
        assert sp.simplify(collected(expr) - expr) == 0


# ----------------------------------------------------------------- width


def test_width_is_measured_in_points_from_the_fonts():
    assert width("x") == pytest.approx(5.715, abs=0.01), "cmmi10's x"
    assert width(r"\mathbf{x}") == pytest.approx(6.069, abs=0.01), "cmbx10's x"
    assert width("a+b") == pytest.approx(width("a") + width("b") + width("+") + 2 * 2.222, abs=0.01), "medium spaces"
    assert width("a=b") == pytest.approx(width("a") + width("b") + width("=") + 2 * 2.778, abs=0.01), "thick spaces"
    assert width(r"\frac{abc}{d}") == pytest.approx(width("abc") + 2.4, abs=0.01)
    assert width(r"x_{t-1}") < width("xt-1")


# ------------------------------------------------------------ line breaking

TERMS = [
    x_t / sp.sqrt(alpha_t),
    -(1 - alpha_t) / sp.sqrt(1 - abar_t) * eps,
    sp.sqrt(abar_tm1) * (1 - alpha_t) * x_0 / (1 - abar_t),
    -KL(evidence.q, evidence.posterior),
    Expectation(sp.log(evidence.p_xz / evidence.q), evidence.q),
    sp.Rational(1, 2) * sp.log(1 - abar_t),
    a * b,
    -mu,
]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TERMS), min_size=1, max_size=8, unique=True), st.floats(50, 800))
def test_broken_lines_join_to_the_whole_and_fit_their_budget(terms, budget):
    expr = sp.Add(*terms)
    lines = broken(expr, budget)
    assert unbroken(lines) == latex(expr).replace(" ", "")
    for line in lines[1:]:
        assert re.sub(r"^(\\left\.)+", "", line).startswith(("+ ", "- ", r"\|")), (
            "a continued line starts with its operator"
        )
    for line in lines:
        assert balanced(line), line
        assert width(line) <= budget or split_inside(line, 0) == [line], "a wide line has no place to break"


def unbroken(lines: list[str]) -> str:
    """The lines joined, without the delimiters that close and reopen them."""
    return re.sub(r"\\left\.|\\right\.", "", "".join(lines)).replace(" ", "")


def test_a_long_term_is_broken_inside_its_brackets():
    inner = sum(sp.log(Density("p", (s,))) for s in (x, z, x_0, x_t, x_tm1))
    expr = Expectation(inner, evidence.q)
    lines = broken(expr, 200)
    assert len(lines) > 1 and unbroken(lines) == latex(expr).replace(" ", "")
    assert lines[0].endswith(r"\right.") and lines[-1].startswith(r"\left.+ ") and lines[-1].endswith(r"\right]")


def test_a_wide_fraction_over_a_sum_is_opened_and_broken():
    numerator = sum(Normal(x, s, sigma**2) * s / (1 + sigma) for s in (a, b, mu, x_0, x_t, z))
    expr = numerator / (1 + a)
    assert width(latex(expr)) > 250
    lines = broken(expr, 250)
    assert len(lines) > 1 and lines[0].startswith(r"\frac{1}{a + 1} \left(")
    assert all(width(line) <= 250 for line in lines)
    assert broken(expr, 1000) == [latex(expr)], "a fraction that fits stays a fraction"


def test_a_long_exponent_is_written_exp_and_broken_inside():
    assert latex(sp.exp(-(x**2) / 2)) == r"e^{- \frac{\mathbf{x}^{2}}{2}}"
    long = sp.exp(-((x - mu) ** 2) / (2 * sigma**2) - (z - mu) ** 2 / (2 * sigma**2) + a * b)
    assert latex(long).startswith(r"\exp\left(")
    lines = broken(sp.sqrt(a) * long / (1 + b), 100)
    assert len(lines) > 1 and lines[0].startswith(r"\frac{\sqrt{a}}{b + 1} \exp\left(")


def test_a_long_product_is_broken_between_its_factors():
    expr = sp.Mul(*(Normal(x, s, sigma**2 + s) for s in (a, b, mu, x_0, x_t)))
    lines = broken(expr, 200)
    assert len(lines) > 1 and all(re.sub(r"^(\\left\.)+", "", line).startswith(r"\cdot ") for line in lines[1:])
    assert unbroken(lines).replace(r"\cdot", "") == latex(expr).replace(" ", "")


def test_nothing_is_ever_shrunk_to_fit():
    wide = Density("p", tuple(sp.symbols("x_1:40", real=True)))
    derivation = Derivation(x, Relation.EQ, wide, (Step(Relation.EQ, wide, rules.ALGEBRA),))
    (row,) = derivation_rows(derivation, layout=DOCUMENT)
    assert "resizebox" not in row and "scalebox" not in row and r"\dpfit" not in row
    assert latex(wide) in row, "a line with no place to break stays whole"


def test_a_short_sum_stays_on_one_line():
    assert broken(a + b, 40) == [latex(a + b)]


# ------------------------------------------------------------------- marks


def test_a_macro_is_called_in_documents_and_expanded_elsewhere():
    macro = Macro("dpnote", r"\text{note}")
    assert macro.definition() == r"\newcommand{\dpnote}{\text{note}}"
    assert macro.call(expand=False) == r"\dpnote"
    assert macro.call(expand=True) == r"\text{note}"
    assert {m.name for m in MACROS} == {"dpproved", "dprefuted", "dpundecided"}


def bayes_exchanged():
    """Bayes' rule with p(x|z) and p(z|x) exchanged in its second step: refuted there."""
    identity = evidence.bayes_rule
    derivation = identity.derivations[0]
    wrong = Step(Relation.EQ, evidence.posterior * evidence.p_z / evidence.p_x, rules.PRODUCT_RULE)
    return replace(identity, derivations=(replace(derivation, steps=(derivation.steps[0], wrong), rhs=wrong.expr),))


def test_each_step_row_has_its_rule_and_its_verdict_at_the_margin_and_a_refutation_its_evidence():
    result = check_identity(bayes_exchanged()).derivations[0]
    rows = derivation_rows(result.derivation, result.steps, DOCUMENT)
    assert len(rows) == 3, rows
    assert rows[0].endswith(r"\tag*{\small (definition of conditional density)\ $\dpproved$}")
    assert rows[1].endswith(r"\tag*{\small (product rule)\ $\dprefuted$}")
    counterexample = result.steps[1].verdict.counterexample
    assert rows[2].startswith(r"\shortintertext{") and "Step 2: refuted: the relation fails" in rows[2]
    assert all(f"{number:.6g}" in rows[2] for number in (counterexample.lhs, counterexample.rhs)), "both values"
    assert all(symbol_latex(name) in rows[2] for name, _ in counterexample.point), "the point, as maths"


def with_verdicts(derivation, *verdicts):
    """Step results carrying given verdicts (the kernel's fields set as a rule that checks conditions would)."""
    return [type("Result", (), {"verdict": verdict})() for verdict in verdicts]


def test_the_rule_that_proved_a_step_its_conditions_and_axioms_are_shown():
    derivation = evidence.elbo_jensen.derivations[0]
    verdicts = [Verdict(Status.PROVED, "algebra", rule=s.rule.name) for s in derivation.steps]
    verdicts[-1] = Verdict(
        Status.PROVED,
        "Jensen",
        rule=derivation.steps[-1].rule.name,
        conditions=("q(z|x) is a normalised density over z", "log is concave"),
        axioms=("q_phi > 0",),
    )
    verdicts[0] = Verdict(Status.PROVED, "algebra", rule="algebra")
    rows = derivation_rows(derivation, with_verdicts(derivation, *verdicts), DOCUMENT)
    text = "\n".join(rows)
    cited = escape(derivation.steps[0].rule.name) if "_" not in derivation.steps[0].rule.name else None
    assert r"proved by algebra (citation not used: " in text, "a citation that did no work says so"
    if cited:
        assert cited in text
    assert r"Checked: $q(\mathbf{z}\mid\mathbf{x})$ is a normalised density over $\mathbf{z}$; log is concave." in text
    assert r"Assuming axiom: $q_{\phi} > 0$." in text


def test_a_step_printed_like_the_one_before_shares_its_row():
    derivation = forward_process.forward_marginal.derivations[1]
    result = check_identity(forward_process.forward_marginal).derivations[1]
    rows = derivation_rows(derivation, result.steps, DOCUMENT)
    printer = TutorialPrinter()
    printed = [printer.doprint(step.expr) for step in derivation.steps]
    repeats = sum(a == b for a, b in zip(printed, printed[1:]))
    assert repeats >= 1, "the catalogue has such a step here (sum of Gaussians, then algebra)"
    assert len([r for r in rows if not r.startswith(r"\shortintertext")]) == len(derivation.steps) - repeats
    assert r"(sum of independent Gaussians)\ $\dpproved$; then (algebra)\ $\dpproved$" in "\n".join(rows)


def test_a_densitys_derivation_drops_constant_factors_as_the_tutorial_does():
    from derivations import forward_posterior
    from derivations.latex import proportional_note

    derivation = forward_posterior.forward_posterior.derivations[0]
    rows = derivation_rows(derivation, layout=DOCUMENT)
    relations = [
        re.match(r"^[^&]*&(\\propto|=)", row).group(1) for row in rows if re.match(r"^[^&]*&(\\propto|=)", row)
    ]
    assert relations[:3] == ["=", "=", "="] and set(relations[3:]) == {r"\propto"}, relations
    assert r"\sqrt{\pi}" not in "\n".join(rows[3:]), "the normalizing constant is not shown once dropped"
    assert "drop factors free of" in proportional_note(derivation)
    assert proportional_note(evidence.bayes_rule.derivations[0]) is None


# ----------------------------------------------------------- _repr_latex_


def balanced(tex: str) -> bool:
    depth = 0
    for token in re.findall(r"\\[{}]|[{}]", tex):
        if token in "{}":
            depth += 1 if token == "{" else -1
            if depth < 0:
                return False
    return depth == 0 and re.findall(r"\\begin\{(\w+)\}", tex) == re.findall(r"\\end\{(\w+)\}", tex)[::-1]


def test_every_model_and_result_object_renders_itself_for_jupyter():
    identity = evidence.evidence_elbo_kl
    result = check_identity(identity)
    derivation = identity.derivations[0]
    shown = {
        "step": derivation.steps[3]._repr_latex_(),
        "derivation": derivation._repr_latex_(),
        "identity": identity._repr_latex_(),
        "verdict": result.derivations[0].steps[3].verdict._repr_latex_(),
        "derivation result": result.derivations[0]._repr_latex_(),
        "identity result": result._repr_latex_(),
        "report": verify(identity, checks={})._repr_latex_(),
    }
    for name, tex in shown.items():
        assert tex.startswith("$") and tex.endswith("$") and balanced(tex), name
        assert r"\dp" not in tex, f"{name}: Jupyter has no document macros"
        assert "$" not in tex[1:-1], f"{name}: no text-mode maths inside a display (MathJax)"
    assert r"(\text{Bayes' rule})" in shown["step"]
    assert shown["derivation"].count(r"&& (") == len(derivation.steps)
    steps = sum(len(d.steps) for d in identity.derivations)
    assert shown["identity"].count(r"&& (") == steps
    assert r"\text{Evidence} = \mathrm{ELBO} + D_{\mathrm{KL}}" in shown["identity"], "the title, as maths"
    assert r"\text{Statement:}" in shown["identity"] and r"\text{Assuming }" in shown["identity"]
    assert PROVED.body in shown["verdict"]
    assert shown["identity result"].count(PROVED.body) == steps
    assert shown["report"].count(PROVED.body) == steps and r"\text{verified}" in shown["report"]


def test_a_refuted_result_shows_the_refuted_mark_and_the_point_in_jupyter():
    tex = check_identity(bayes_exchanged())._repr_latex_()
    assert REFUTED.body in tex and r"\text{Step 2: refuted: the relation fails" in tex
    assert re.search(r"t_\{11\} = [\d.]+\\text\{, \}t_\{12\} = [\d.]+", tex), "the point, as maths"


# -------------------------------------------------------------- failures


class Unprintable(sp.Expr):
    """An expression whose LaTeX printing fails."""

    def _latex(self, printer):
        raise ValueError("no LaTeX for this")


def test_a_step_that_cannot_be_printed_is_named():
    derivation = Derivation(
        x, Relation.EQ, x, (Step(Relation.EQ, x, rules.ALGEBRA), Step(Relation.EQ, Unprintable(), rules.Rule("oops")))
    )
    with pytest.raises(RenderError, match=r"step 2 \(oops\): ValueError: no LaTeX for this"):
        derivation_rows(derivation)


# ------------------------------------------------------------------ golden

GOLDEN_IDENTITIES = ("evidence-elbo-kl", "reparameterization", "forward-marginal")


@pytest.mark.parametrize("name", GOLDEN_IDENTITIES)
def test_rendering_matches_the_golden_file(name):
    """Statement, assumptions and derivation of the identity; instances and figures (whose wording the
    checker owns) are tested in test_document."""
    report = verify(BY_NAME[name], checks={})
    section = identity_section(report)
    rendered = section[: section.index(r"\paragraph{Concrete")]
    path = GOLDEN / f"{name}.tex"
    if os.environ.get("DIFFPROOF_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with DIFFPROOF_UPDATE_GOLDEN=1 and review it"
    assert rendered == path.read_text(encoding="utf-8"), f"rendering of {name} changed; review, then update {path}"
    assert result_marks(rendered) == sum(len(d.steps) + 1 for d in report.identity.derivations)
    assert r"\_" not in rendered and r"\^{}" not in rendered and "resizebox" not in rendered


def result_marks(section: str) -> int:
    """Marks of steps and chains in a section's derivation."""
    derivation = section[section.index(r"\paragraph{Derivation.}") :]
    return len(re.findall(r"\\dp(?:proved|refuted|undecided)\b", derivation))
