"""Documents from verification reports: structure, marks, figures, pdflatex, PNG pages, the command.

Tests that compile need pdflatex (and pdftoppm for the pages); they skip only
when the tool is absent.  CI installs both (texlive-latex-base,
texlive-latex-recommended, texlive-fonts-recommended, poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import sympy as sp

from derivations import catalogue, evidence, rules
from derivations.kernel.checking import DerivationResult, IdentityResult, Status, StepResult, Verdict
from derivations.latex import MACROS, RenderError
from derivations.model import SECTIONS, Relation, Step
from derivations.probability import Density
from derivations.symbols import x, z
from diffproof import document
from diffproof.cli import main
from diffproof.document import (
    Compilation,
    LatexError,
    compile_pdf,
    fragment,
    number,
    standalone,
    thousands,
    write_atomically,
)
from diffproof.report import Report, verify
from numeric.montecarlo import NumericResult, compare_equal, exact, mean_estimate

needs_pdflatex = pytest.mark.skipif(
    shutil.which("pdflatex") is None, reason="pdflatex is not installed (CI installs TeX Live)"
)
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (CI installs poppler-utils)"
)

#: The page margin of the standalone document (geometry margin=2cm), in TeX points.
MARGIN_PT = 2 / 2.54 * 72.27


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# ------------------------------------------------------------------ variants


def bayes_exchanged():
    """Refuted at step 2: p(x|z) and p(z|x) exchanged."""
    identity = evidence.bayes_rule
    derivation = identity.derivations[0]
    wrong = Step(Relation.EQ, evidence.posterior * evidence.p_z / evidence.p_x, rules.PRODUCT_RULE)
    steps = (derivation.steps[0], wrong)
    return replace(
        identity,
        name="bayes-exchanged",
        title="Bayes' rule with p(x|z) & p(z|x) exchanged",
        derivations=(replace(derivation, steps=steps, rhs=wrong.expr),),
    )


def bayes_by_hand_waving():
    """Undecided at step 2: an unknown function g(z, x) that no rule, instance or model speaks to."""
    identity = evidence.bayes_rule
    derivation = identity.derivations[0]
    steps = (
        derivation.steps[0],
        Step(Relation.EQ, sp.Function("g")(z, x), rules.Rule("hand-waving")),
        Step(Relation.EQ, derivation.rhs, rules.Rule("more hand-waving")),
    )
    return replace(identity, name="bayes-hand-waving", derivations=(replace(derivation, steps=steps),))


FIXED_NUMERIC = NumericResult(
    "bayes-rule",
    "a fixed figure for the test",
    (
        compare_equal("exact value", exact(0.0, bound=1e-9), reference=0.25),
        compare_equal("a mean", mean_estimate([-0.5, 0.5] * 5000), reference=0.5),
        compare_equal("a wrong mean", mean_estimate([0.5, 1.5] * 5000), reference=0.5),
    ),
)


@pytest.fixture(scope="module")
def variant_reports():
    return [verify(bayes_exchanged()), verify(bayes_by_hand_waving()), verify(catalogue.get("reparameterization"))]


# ------------------------------------------------------------------ figures


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        (0.16971234, 4, "0.1697"),
        (1e-6, 4, r"1 \times 10^{-6}"),
        (2.5e-7, 6, r"2.5 \times 10^{-7}"),
        (float("inf"), 4, r"\infty"),
        (float("-inf"), 4, r"-\infty"),
        (-1.5310, 6, "-1.531"),
    ],
)
def test_numbers_in_math_mode(value, digits, expected):
    assert number(value, digits) == expected


def test_counts_are_grouped_by_thousands():
    assert thousands(1053924) == "1{,}053{,}924"
    assert thousands(12) == "12"


def test_numeric_figures_appear_with_interval_n_and_test():
    report = replace(verify(catalogue.get("bayes-rule")), numeric=FIXED_NUMERIC)
    tex = document.identity_section(report)
    assert "a fixed figure for the test" in tex
    assert (
        r"\item[$\bullet$] exact value: estimate $0.25$, reference $0.25$, interval $[0.25, 0.25]$\enspace $\dpproved$"
        in tex
    )
    assert r"\item[$\bullet$] a mean: estimate $0.5$, reference $0.5$" in tex and r"$n = 10{,}000$" in tex
    assert r"\item[$\bullet$] a wrong mean: estimate $1.5$, reference $0.5$" in tex and tex.endswith(
        r"$\dprefuted$" + "\n\\end{itemize}"
    )
    assert "each a two-sided z-test at false-alarm 1e-06." in tex
    assert r"\texttt{bayes-rule}\quad $\dprefuted$ (numeric check failed)" in tex


# ------------------------------------------------------------------ structure


def test_standalone_has_a_summary_and_a_subsection_per_identity(catalogue_reports):
    tex = standalone(catalogue_reports)
    assert tex.startswith(r"\documentclass") and tex.rstrip().endswith(r"\end{document}")
    for package in ("amsmath", "amssymb", "bm"):
        assert re.search(rf"\\usepackage(\[[^\]]*\])?\{{[^}}]*\b{package}\b", tex), package
    summary = tex[tex.index(r"\section*{Summary}") : tex.index(r"\end{longtable}")]
    assert all(rf"\texttt{{{r.identity.name}}}" in summary for r in catalogue_reports)
    assert tex.count(r"\subsection{") == len(catalogue_reports)
    headings = re.findall(r"\\section\{([^}]*)\}", tex)
    present = [s for s in SECTIONS if any(r.identity.section == s for r in catalogue_reports)]
    assert [h.lower() for h in headings] == present, "sections in the tutorial's order"


def test_every_step_of_the_catalogue_carries_its_verdict(catalogue_reports):
    for report in catalogue_reports:
        tex = document.identity_section(report)
        for result in report.symbolic.derivations:
            for step in result.steps:
                macro = {Status.PROVED: "dpproved", Status.REFUTED: "dprefuted", Status.UNDECIDED: "dpundecided"}
                rule, mark = document.escape(step.step.rule.name), macro[step.verdict.status]
                beside = rf"\text{{({rule})}}\ \{mark}" in tex
                wrapped = rf"\raggedright ({rule})\ $\{mark}$}}" in tex
                assert beside or wrapped, (report.identity.name, result.derivation.label, step.index)


def test_refuted_and_undecided_steps_are_marked_with_their_reason(variant_reports):
    refuted, undecided, verified = (document.identity_section(r) for r in variant_reports)
    assert r"\text{(product rule)}\ \dprefuted" in refuted
    assert "Step 2: refuted: the relation fails" in refuted and r"\textbf{Not verified:}" in refuted
    assert (
        r"\text{(hand-waving)}\ \dpundecided" in undecided
        and "Step 2: undecided: 'hand-waving' is not a rule" in undecided
    )
    assert r"\textbf{Not verified:}" not in verified and r"\dprefuted" not in verified
    assert "Bayes' rule with p(x$|$z) \\& p(z$|$x) exchanged" in refuted, "titles are escaped"


def test_a_fragment_lists_the_packages_and_macros_it_uses(variant_reports):
    tex = fragment(variant_reports)
    assert r"\documentclass" not in tex and r"\begin{document}" not in tex
    header = [line for line in tex.splitlines() if line.startswith("%")]
    assert header and tex.startswith("%")
    defined = {name for line in header for name in re.findall(r"\\new(?:command|savebox)\{\\(\w+)\}", line)}
    used = set(re.findall(r"\\(dp\w+)", tex))
    assert used <= defined and {m.name for m in MACROS} <= defined
    packages = {p for line in header for p in re.findall(r"\\usepackage\{([^}]*)\}", line) for p in p.split(",")}
    for environment, package in (("longtable", "longtable"), ("align*", "amsmath"), (r"\toprule", "booktabs")):
        if environment in tex:
            assert package in packages, environment


# ------------------------------------------------------------------ failures


class Unprintable(Density):
    """A density whose LaTeX printing fails."""

    def _latex(self, printer):
        raise ValueError("no LaTeX for this")


def unprintable_report() -> Report:
    step = Step(Relation.EQ, Unprintable("p", (x,)), rules.Rule("oops"))
    derivation = replace(evidence.bayes_rule.derivations[0], steps=(step,))
    identity = replace(evidence.bayes_rule, derivations=(derivation,))
    proved = Verdict(Status.PROVED, "test")
    result = DerivationResult(derivation, (StepResult(1, step, derivation.lhs, proved, 0.0),), proved)
    return Report(IdentityResult(identity, (result,), (), 0.0), None, 0.0)


def test_a_rendering_failure_names_the_identity_and_step():
    with pytest.raises(RenderError, match=r"identity 'bayes-rule': statement, step 1 \(oops\): ValueError: no LaTeX"):
        document.identity_section(unprintable_report())


def test_a_rendering_failure_writes_nothing(tmp_path, capsys, monkeypatch):
    target = tmp_path / "proofs.tex"
    target.write_text("earlier version\n")
    monkeypatch.setattr("diffproof.commands.latex.verify", lambda identity, seed: unprintable_report())
    status, _, err = run(capsys, "latex", "bayes-rule", "-o", str(target))
    assert status == 2
    assert "nothing written" in err and "'bayes-rule'" in err and "step 1 (oops)" in err
    assert target.read_text() == "earlier version\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proofs.tex"]


def test_an_interrupted_write_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "proofs.tex"
    target.write_text("earlier version\n")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr("diffproof.document.os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, "new text")
    assert target.read_text() == "earlier version\n"
    assert [p.name for p in tmp_path.iterdir()] == ["proofs.tex"]


# ------------------------------------------------------------------ the command


def test_latex_to_standard_output(capsys):
    status, out, err = run(capsys, "latex", "bayes-rule")
    assert status == 0
    assert out.startswith(r"\documentclass") and r"\subsection{Bayes' rule}" in out
    assert "1/1 identities verified" in err


def test_latex_fragment_to_a_file(tmp_path, capsys):
    target = tmp_path / "body.tex"
    status, out, _ = run(capsys, "latex", "forward-marginal", "gaussian-sum", "--fragment", "-o", str(target))
    text = target.read_text()
    assert status == 0 and out == ""
    assert text.startswith("% diffproof fragment") and text.count(r"\subsection{") == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["latex", "forward-marginl"], "did you mean forward-marginal"),
        (["latex", "--pdf", "--fragment"], "--pdf and --fragment exclude each other"),
        (["latex", "-o", "proofs.pdf"], "-o must name a .tex file, got 'proofs.pdf'"),
        (["latex", "-o", "no/such/folder/proofs.tex"], "the folder 'no/such/folder' does not exist"),
        (["latex", "--seed", "-1"], "--seed must be a nonnegative integer"),
    ],
    ids=["unknown name", "pdf and fragment", "not .tex", "missing folder", "negative seed"],
)
def test_usage_errors_are_specific(capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_pdf_without_pdflatex_names_the_missing_tool(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("diffproof.document.shutil.which", lambda name: None)
    status, _, err = run(capsys, "latex", "bayes-rule", "--pdf", "-o", str(tmp_path / "p.tex"))
    assert status == 2 and "pdflatex not found" in err


# ------------------------------------------------------------------ compilation


def overfull_points(log: str) -> list[float]:
    return [float(m) for m in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]


def assert_clean(compilation: Compilation) -> None:
    log = compilation.log
    assert "Undefined control sequence" not in log and "LaTeX Error" not in log
    assert not re.search(r"\.\d+pk\b", log), "no bitmap fonts: every glyph from the Type 1 fonts of a basic TeX Live"
    assert compilation.pdf.stat().st_size > 0
    too_wide = [p for p in overfull_points(log) if p >= MARGIN_PT]
    assert not too_wide, f"lines running into the page edge: {too_wide} pt"


@needs_pdflatex
def test_a_broken_document_is_a_latex_error_with_the_log_lines(tmp_path):
    tex = tmp_path / "broken.tex"
    tex.write_text("\\documentclass{article}\n\\begin{document}\n\\notamacro\n\\end{document}\n")
    with pytest.raises(LatexError, match="Undefined control sequence") as error:
        compile_pdf(tex)
    assert "broken.tex:3" in str(error.value)
    assert (tmp_path / "broken.log").exists() and not (tmp_path / "broken.pdf").exists()


def compiled(tex: Path, reports) -> Compilation:
    """The standalone document of ``reports`` written to ``tex`` and compiled, checked clean."""
    write_atomically(tex, standalone(reports))
    compilation = compile_pdf(tex)
    assert_clean(compilation)
    return compilation


@needs_pdflatex
def test_refuted_undecided_and_verified_identities_compile(tmp_path, variant_reports):
    compiled(tmp_path / "variants.tex", variant_reports)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["variants.pdf", "variants.tex"], "no auxiliary files"


@needs_pdflatex
def test_a_fragment_compiles_inside_a_users_document(tmp_path, variant_reports):
    body = tmp_path / "body.tex"
    write_atomically(body, fragment(variant_reports))
    preamble = [line.removeprefix("%").strip() for line in body.read_text().splitlines() if line.startswith("%   ")]
    main_tex = tmp_path / "notes.tex"
    main_tex.write_text(
        "\n".join(["\\documentclass{article}", *preamble, "\\begin{document}", "\\input{body}", "\\end{document}", ""])
    )
    assert compile_pdf(main_tex).pdf.exists()


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@needs_pdflatex
@needs_pdftoppm
def test_the_whole_catalogue_compiles_into_pages_that_are_not_blank(tmp_path, catalogue_reports):
    from PIL import Image

    compilation = compiled(tmp_path / "catalogue.tex", catalogue_reports)
    subprocess.run(["pdftoppm", "-png", "-gray", "-r", "50", str(compilation.pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == page_count(compilation.pdf)
    assert len(pages) >= 1 + len(catalogue_reports) // 4, "a title page and about a page per few identities"
    for page in pages:
        pixels = np.asarray(Image.open(page).convert("L"))
        body = pixels[: int(0.9 * len(pixels))]  # the page number sits in the bottom tenth
        assert (body < 128).sum() >= 20, f"{page.name} is blank but for its page number"
