"""Documents from verification reports: structure, marks, figures, links, pdflatex, PNG pages, the command.

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
from derivations.kernel.checking import Status, Verdict
from derivations.latex import MACROS, RenderError, symbol_latex
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
from diffproof.report import DerivationReport, Report, StepReport, verify
from numeric.montecarlo import NumericResult, compare_equal, exact, mean_estimate

needs_pdflatex = pytest.mark.skipif(
    shutil.which("pdflatex") is None, reason="pdflatex is not installed (CI installs TeX Live)"
)
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (CI installs poppler-utils)"
)


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
    assert r"each a two-sided z-test at false-alarm $1 \times 10^{-6}$." in tex
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


MARKS = {Status.PROVED: r"\dpproved", Status.REFUTED: r"\dprefuted", Status.UNDECIDED: r"\dpundecided"}


def test_every_step_of_the_catalogue_carries_its_verdict_and_its_rule(catalogue_reports):
    for report in catalogue_reports:
        tex = document.identity_section(report)
        derivation = tex[tex.index(r"\paragraph{Derivation.}") : tex.index(r"\paragraph{Concrete")]
        for status, macro in MARKS.items():
            steps = sum(s.verdict.status is status for d in report.derivations for s in d.steps)
            chains = sum(d.closure.status is status for d in report.derivations)
            assert derivation.count(macro) == steps + chains, (report.identity.name, status)
        for result in report.derivations:
            for step in result.steps:
                rule = document.prose_latex(step.justification.note())
                assert f"({rule})\\ ${MARKS[step.verdict.status]}$" in derivation, (report.identity.name, step.index)


def test_the_document_is_latex_throughout(catalogue_reports):
    """No escaped ASCII maths, no shrunk line: what a reader of the tutorial sees is LaTeX."""
    tex = standalone(catalogue_reports)
    assert r"\_" not in tex and r"\^{}" not in tex
    assert "resizebox" not in tex and "scalebox" not in tex and r"\dpfit" not in tex
    text = re.sub(r"\$[^$]*\$", "", tex[tex.index(r"\begin{document}") :])
    text = re.sub(r"\\texorpdfstring\{[^\n]*?\}\{([^\n]*?)\}\}", "", text)  # the bookmarks' Unicode
    text = re.sub(r"\\begin\{align\*\}.*?\\end\{align\*\}", "", text, flags=re.DOTALL)
    for ascii_maths in ("abar", "alpha_t", "x_0", "sigma_q", "eps_", "sqrt(", "grad ", "^2", "N(0"):
        assert ascii_maths not in text.replace(r"\textunderscore{}", "_"), ascii_maths


def test_sections_and_identities_are_bookmarked_and_linked(catalogue_reports):
    tex = standalone(catalogue_reports)
    preamble = tex[: tex.index(r"\begin{document}")]
    assert re.search(r"\\usepackage\[[^]]*\]\{hyperref\}", preamble) and r"\usepackage{bookmark}" in preamble
    for key in ("pdftitle", "pdfauthor", "pdfsubject", "pdfkeywords"):
        assert f"{key}={{" in preamble, key
    body = tex[tex.index(r"\section{") :]
    for report in catalogue_reports:
        label = document.label(report.identity.name)
        assert tex.count(rf"\label{{{label}}}") == 1
        summary = tex[tex.index(r"\section*{Summary}") : tex.index(r"\end{longtable}")]
        assert rf"\hyperref[{label}]{{\texttt{{{report.identity.name}}}}}" in summary, "the summary links to it"
    cited = set(re.findall(r"\\hyperref\[identity:([a-z0-9-]+)\]", body))
    assert {"forward-marginal", "denoising-kl-mse", "forward-posterior", "gaussian-kl"} <= cited, "citations link"
    assert all(f"identity:{name}" in tex for name in cited)


def test_a_document_of_some_identities_links_only_those(variant_reports):
    tex = fragment(variant_reports)
    targets = set(re.findall(r"\\hyperref\[(identity:[a-z0-9-]+)\]", tex))
    labels = set(re.findall(r"\\label\{(identity:[a-z0-9-]+)\}", tex))
    assert targets and targets <= labels


def test_refuted_and_undecided_steps_are_marked_with_their_evidence(variant_reports):
    refuted, undecided, verified = (document.identity_section(r) for r in variant_reports)
    assert r"(product rule)\ $\dprefuted$}" in refuted
    assert "Step 2: refuted: the relation fails" in refuted and r"\textbf{Not verified:}" in refuted
    found = variant_reports[0].first_failure[1].verdict.counterexample
    for name, value in found.point:
        assert f"${symbol_latex(name)} = {value:g}$" in refuted.replace(" = ", " = "), name
    assert f"{found.lhs:.6g} vs {found.rhs:.6g}" in refuted, "both values"
    assert (
        r"(hand-waving)\ $\dpundecided$}" in undecided and "Step 2: undecided: 'hand-waving' is not a rule" in undecided
    )
    assert r"\textbf{Not verified:}" not in verified and r"\dprefuted" not in verified
    assert r"Bayes' rule with $p(\mathbf{x}\mid\mathbf{z})$ \& $p(\mathbf{z}\mid\mathbf{x})$ exchanged" in refuted, (
        "titles are LaTeX, with their maths"
    )


def test_an_identity_verified_under_an_axiom_says_so(variant_reports):
    report = variant_reports[2]
    derivation = report.derivations[0]
    first = derivation.steps[0]
    assumed = replace(first, verdict=replace(first.verdict, axioms=("f is smooth",), rule="algebra"))
    report = replace(
        report, derivations=(replace(derivation, steps=(assumed, *derivation.steps[1:])), *report.derivations[1:])
    )
    tex = document.identity_section(report)
    assert report.verdict == "verified (assuming 1 axiom)"
    assert r"$\dpproved$ verified (assuming 1 axiom)" in tex and r"\textbf{Axioms assumed:} $f$ is smooth." in tex
    assert "Assuming axiom: $f$ is smooth." in tex, "beside the step that used it"
    assert "citation not used" in tex, "a step proved by another rule than the one it cites says so"


def test_a_fragment_lists_the_packages_and_macros_it_uses(variant_reports):
    tex = fragment(variant_reports)
    assert r"\documentclass" not in tex and r"\begin{document}" not in tex
    header = [line for line in tex.splitlines() if line.startswith("%")]
    assert header and tex.startswith("%")
    defined = {name for line in header for name in re.findall(r"\\newcommand\{\\(\w+)\}", line)}
    used = set(re.findall(r"\\(dp\w+)", tex))
    assert used <= defined and {m.name for m in MACROS} <= defined
    packages = {
        p for line in header for p in re.findall(r"\\usepackage(?:\[[^]]*\])?\{([^}]*)\}", line) for p in p.split(",")
    }
    for command, package in (
        ("longtable", "longtable"),
        ("align*", "amsmath"),
        (r"\toprule", "booktabs"),
        (r"\hyperref", "hyperref"),
        (r"\pdfbookmark", "bookmark"),
    ):
        if command in tex:
            assert package in packages, command


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
    result = DerivationReport(derivation, (StepReport(1, step, derivation.lhs, proved),), proved)
    return Report(identity, (result,), (), None, 0.0)


def test_a_rendering_failure_names_the_identity_and_step():
    with pytest.raises(RenderError, match=r"identity 'bayes-rule': statement, step 1 \(oops\): ValueError: no LaTeX"):
        document.identity_section(unprintable_report())


def test_a_rendering_failure_writes_nothing(tmp_path, capsys, monkeypatch):
    target = tmp_path / "proofs.tex"
    target.write_text("earlier version\n")
    monkeypatch.setattr("diffproof.report.verify", lambda identity, seed, checks, cache: unprintable_report())
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
    assert out.startswith(r"\documentclass") and r"\subsection{Bayes' rule}\label{identity:bayes-rule}" in out
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


def overfull(log: str) -> list[str]:
    return re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)[^\n]*", log)


def assert_clean(compilation: Compilation) -> None:
    """No LaTeX error, no bitmap font, no overfull line (not even a point), no warning from hyperref."""
    log = compilation.log
    assert "Undefined control sequence" not in log and "LaTeX Error" not in log
    assert not re.search(r"\.\d+pk\b", log), "no bitmap fonts: every glyph from the Type 1 fonts of a basic TeX Live"
    assert compilation.pdf.stat().st_size > 0
    assert not overfull(log), f"overfull lines: {overfull(log)} pt"
    assert "Token not allowed in a PDF string" not in log, "bookmarks are Unicode text"
    assert "undefined references" not in log and "Reference `" not in log, "every link has its target"


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


@pytest.fixture(scope="module")
def catalogue_pdf(tmp_path_factory, catalogue_reports) -> Compilation:
    return compiled(tmp_path_factory.mktemp("catalogue") / "catalogue.tex", catalogue_reports)


@needs_pdflatex
@needs_pdftoppm
@pytest.mark.slow
def test_the_whole_catalogue_compiles_into_pages_that_are_not_blank(tmp_path, catalogue_pdf, catalogue_reports):
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", "50", str(catalogue_pdf.pdf), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == page_count(catalogue_pdf.pdf)
    assert len(pages) >= 1 + len(catalogue_reports) // 4, "a title page and about a page per few identities"
    for page in pages:
        pixels = np.asarray(Image.open(page).convert("L"))
        body = pixels[: int(0.9 * len(pixels))]  # the page number sits in the bottom tenth
        assert (body < 128).sum() >= 20, f"{page.name} is blank but for its page number"


@needs_pdflatex
@needs_pdftoppm
@pytest.mark.slow
def test_the_pdf_has_bookmarks_links_and_metadata(catalogue_pdf, catalogue_reports):
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", "-q", str(catalogue_pdf.pdf)], capture_output=True, text=True, check=True
    ).stdout
    bookmarks = re.findall(r"<item page=\"\d+\">([^<]*)</item>", xml)
    assert "Summary" in bookmarks and len(bookmarks) == 1 + len(SECTIONS) + len(catalogue_reports)
    assert any("q(xₜ | x₀)" in b for b in bookmarks), "a title's maths in the bookmark, in Unicode"
    assert not any("$" in b or "\\" in b for b in bookmarks)
    links = re.findall(r'<a href="[^"#]*#(\d+)"', xml)
    assert len(links) >= 2 * len(catalogue_reports), "the summary's names and page numbers, and the citations"
    info = subprocess.run(["pdfinfo", str(catalogue_pdf.pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Title:\s+Understanding Diffusion Models", info, re.MULTILINE)
    assert re.search(r"^Author:\s+diffproof", info, re.MULTILINE)
    assert re.search(r"^Keywords:\s+diffusion models", info, re.MULTILINE)


@needs_pdflatex
@pytest.mark.slow
def test_the_width_of_every_line_is_estimated_within_its_margin(tmp_path, catalogue_reports):
    """The line breaker's widths (derivations.metrics) against the widths pdflatex measures, on every line
    of every derivation of the catalogue: the document leaves 1 - FILL of each line for their error."""
    from derivations.latex import FILL, width

    tex = standalone(catalogue_reports)
    lines = sorted(
        {
            piece.strip()
            for block in re.findall(r"\\begin\{align\*\}(.*?)\\end\{align\*\}", tex, flags=re.DOTALL)
            for row in block.split("\\\\\n")
            if not row.strip().startswith(r"\shortintertext")
            for piece in [re.sub(r"\\tag\*\{.*$", "", row.split("&", 1)[-1]).lstrip("=").lstrip()]
            if piece.strip() and "\\right." not in piece and "\\left." not in piece
        }
    )
    probe = tmp_path / "widths.tex"
    boxes = "\n".join(rf"\sbox0{{$\displaystyle {line}$}}\typeout{{W{k}:\the\wd0}}" for k, line in enumerate(lines))
    probe.write_text(
        "\\documentclass[10pt]{article}\n\\usepackage{amsmath,amssymb,bm,mathtools}\n"
        + "".join(macro.definition() + "\n" for macro in MACROS)
        + f"\\begin{{document}}\n{boxes}\nwidths measured\n\\end{{document}}\n"
    )
    log = compile_pdf(probe).log
    measured = {int(k): float(v) for k, v in re.findall(r"W(\d+):([\d.]+)pt", log)}
    assert len(measured) == len(lines) > 100
    errors = [(width(lines[k]) - real) / real for k, real in measured.items() if real > 20]
    assert sum(abs(e) for e in errors) / len(errors) < 0.03, "within 3 % on average"
    assert min(errors) > -(1 - FILL), "no line is wider than its estimate by more than the margin left for it"
