"""Every format says the same: the table, JSON, LaTeX, HTML, JUnit, GitHub annotations and pytest.

Each shows, for a step, the rule that proved it, the conditions the kernel checked, the axioms it
assumed, and for a refutation the counterexample's point and both values.  The kernel fills those
fields of the verdict; here they are set by hand, as a rule that checks its conditions sets them.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from derivations import catalogue, evidence, rules
from derivations.kernel.vocabulary import Counterexample, Status, Verdict
from derivations.model import Relation, Step
from diffproof.ci_formats import Annotation, Failure, TestCase, github_annotation, junit_xml
from diffproof.cli import main
from diffproof.commands.verify import junit_cases, table
from diffproof.document import identity_section
from diffproof.progress import Progress
from diffproof.report import SCHEMA_VERSION, document, from_json, to_json, verify

ROOT = Path(__file__).resolve().parent.parent
WRONG = ROOT / "tests" / "data" / "user" / "wrong_weight.py"

CONDITIONS = ("q(z|x) is a normalised density over z", "log is concave")
AXIOM = "q_phi(z|x) > 0"
POINT = Counterexample((("gamma", 1.88), ("t", 0.35)), 1.44769, 0.965125)


@pytest.fixture(scope="module")
def reported():
    """The ELBO by Jensen, its last step proved by the cited rule with checked conditions and an axiom, its
    first proved by algebra (citation not used); and Bayes' rule refuted at a point."""
    report = verify(catalogue.get("elbo-jensen"), checks={})
    derivation = report.derivations[0]
    steps = list(derivation.steps)
    steps[0] = replace(steps[0], verdict=Verdict(Status.PROVED, "algebra", rule="algebra"))
    last = steps[-1]
    steps[-1] = replace(
        last,
        verdict=Verdict(Status.PROVED, "bound", rule=last.step.rule.name, conditions=CONDITIONS, axioms=(AXIOM,)),
    )
    proved = replace(report, derivations=(replace(derivation, steps=tuple(steps)),))
    wrong = verify(catalogue.get("bayes-rule"), checks={})
    derivation = wrong.derivations[0]
    refuted_step = replace(
        derivation.steps[1], verdict=Verdict(Status.REFUTED, "fails: 1.44769 vs 0.965125", counterexample=POINT)
    )
    refuted = replace(wrong, derivations=(replace(derivation, steps=(derivation.steps[0], refuted_step)),))
    return proved, refuted


def test_the_table_names_the_rule_conditions_axioms_and_unused_citations(reported):
    proved, refuted = reported
    text = "\n".join(table([proved, refuted], steps=True))
    assert "verified (assuming 1 axiom)" in text and f"elbo-jensen: verified (assuming 1 axiom): {AXIOM}" in text
    assert "proved by algebra (citation not used)" in text
    assert f"checked: {CONDITIONS[0]}, {CONDITIONS[1]}; assuming axiom: {AXIOM}" in text
    assert "at gamma = 1.88, t = 0.35: 1.44769 vs 0.965125" in text, "the point and both values"


def test_without_steps_the_table_still_says_which_citations_did_no_work(reported):
    proved, _ = reported
    text = "\n".join(table([proved]))
    assert "elbo-jensen: citations not used" in text and "proved by algebra (citation not used)" in text


def test_json_has_the_same_fields(reported):
    proved, refuted = reported
    steps = to_json(proved)["derivations"][0]["steps"]
    assert steps[0]["citation_used"] is False and steps[0]["verdict"]["rule"] == "algebra"
    assert steps[0]["justification"] == "proved by algebra (citation not used)"
    assert steps[-1]["verdict"]["conditions"] == list(CONDITIONS) and steps[-1]["verdict"]["axioms"] == [AXIOM]
    assert to_json(proved)["verdict"] == "verified (assuming 1 axiom)" and to_json(proved)["axioms"] == [AXIOM]
    found = to_json(refuted)["derivations"][0]["steps"][1]["verdict"]["counterexample"]
    assert found["point"] == {"gamma": 1.88, "t": 0.35} and (found["lhs"], found["rhs"]) == (1.44769, 0.965125)


def test_latex_has_the_same_fields(reported):
    proved, refuted = reported
    tex = identity_section(proved)
    assert r"$\dpproved$ verified (assuming 1 axiom)" in tex
    assert "proved by algebra (citation not used:" in tex
    assert r"Checked: $q(\mathbf{z}\mid\mathbf{x})$ is a normalised density over $\mathbf{z}$; log is concave." in tex
    assert r"Assuming axiom: $q_{\phi}(\mathbf{z}\mid\mathbf{x}) > 0$." in tex
    assert r"at $\gamma = 1.88$, $t = 0.35$: 1.44769 vs 0.965125" in identity_section(refuted)


class Structure(HTMLParser):
    """Checks that tags nest and records the text."""

    VOID = {"br", "hr", "img", "input", "meta", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parsed(html: str) -> Structure:
    structure = Structure()
    structure.feed(html)
    structure.close()
    assert not structure.errors and not structure.stack, (structure.errors, structure.stack)
    return structure


def test_html_has_the_same_fields_and_nests(reported):
    proved, refuted = reported
    text = " ".join(parsed(proved._repr_html_()).text)
    assert "verified (assuming 1 axiom)" in text and "proved by algebra (citation not used: " in text
    assert r"Checked: \(q(\mathbf{z}\mid\mathbf{x})\) is a normalised density over \(\mathbf{z}\)" in text
    assert r"\(\ge \mathbb{E}_{q_{\phi}(\mathbf{z} \mid \mathbf{x})}" in text, "the maths, for MathJax"
    refuted_text = " ".join(parsed(refuted._repr_html_()).text)
    assert r"at \(\gamma = 1.88\), \(t = 0.35\): 1.44769 vs 0.965125" in refuted_text
    assert "Concrete instances." in refuted_text


def test_an_identity_renders_its_title_statement_assumptions_and_steps_in_a_notebook():
    identity = catalogue.get("forward-posterior")
    text = " ".join(parsed(identity._repr_html_()).text)
    assert r"The forward posterior \(q(\mathbf{x}_{t-1} \mid \mathbf{x}_t, \mathbf{x}_0)\) is Gaussian" in text
    assert "Statement." in text and "Assumptions." in text and r"\(0 < \alpha_t < 1\)" in text
    assert all(step.rule.name.split()[0] in text for step in identity.derivations[0].steps)
    assert "verdict" in identity._repr_html_(), "a column for verdicts, empty before checking"


def test_junit_and_pytest_details_have_the_same_fields(reported):
    _, refuted = reported
    (case,) = junit_cases([refuted], {})
    assert case.failure.kind == "refuted" and "at gamma = 1.88, t = 0.35: 1.44769 vs 0.965125" in case.failure.message
    assert "counterexample: at gamma = 1.88, t = 0.35: 1.44769 vs 0.965125" in case.failure.details
    assert case.failure.details.splitlines() == refuted.details()


# ------------------------------------------------------------------ JSON


PLAIN = (dict, list, str, int, float, bool, type(None))


def plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(plain(v) for v in value)
    return type(value) in PLAIN


def test_json_is_plain_and_versioned_even_with_numpy_results(capsys):
    """reverse-sde's numeric check returns NumPy booleans: the crash of issue 10."""
    status = main(["verify", "reverse-sde", "gaussian-kl", "--json"])
    out = capsys.readouterr().out
    data = json.loads(out)
    assert status == 0 and data["schema_version"] == SCHEMA_VERSION
    assert plain(data)
    assert "Infinity" not in out and "NaN" not in out, "strict JSON: non-finite numbers as text"
    interval = [c["interval"] for i in data["identities"] for c in (i["numeric"] or {}).get("comparisons", [])]
    assert interval


def test_a_report_survives_its_json(reported):
    for report in reported:
        assert from_json(report.identity, json.loads(json.dumps(to_json(report), allow_nan=False))) == report


def test_the_run_document_says_what_was_run(reported):
    data = document(list(reported), seed=3, seconds=1.5, cache={"hits": 1, "misses": 1})
    assert data["schema_version"] == SCHEMA_VERSION and data["seed"] == 3 and data["verified"] is False
    assert [i["name"] for i in data["identities"]] == ["elbo-jensen", "bayes-rule"]


# ------------------------------------------------------------------ CI formats


@pytest.mark.parametrize(
    ("annotation", "line"),
    [
        (Annotation("error", "step 2: 1 vs 2"), "::error::step 2: 1 vs 2"),
        (
            Annotation("error", "50% off\nnext line", "a: b, c", "notes/file.py", 23),
            "::error file=notes/file.py,line=23,title=a%3A b%2C c::50%25 off%0Anext line",
        ),
        (Annotation("warning", "w", file="f.py"), "::warning file=f.py::w"),
    ],
    ids=["message only", "escaped", "no line"],
)
def test_github_annotations_are_escaped_workflow_commands(annotation, line):
    assert github_annotation(annotation) == line


def test_an_unknown_annotation_level_is_refused():
    with pytest.raises(ValueError, match="annotation level"):
        Annotation("fatal", "x")


def test_junit_is_well_formed_xml_even_with_control_characters():
    cases = [
        TestCase("good", "suite", 0.5),
        TestCase("bad", "suite", 1.0, Failure("refuted \x1b[31m<here>", "refuted", "line 1\nline 2 & more"), "f.py", 7),
    ]
    root = ElementTree.fromstring(junit_xml("diffproof verify", cases))
    suite = root.find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    bad = suite.findall("testcase")[1]
    failure = bad.find("failure")
    assert failure.get("type") == "refuted" and "<here>" in failure.get("message")
    assert failure.text == "line 1\nline 2 & more" and bad.get("file") == "f.py" and bad.get("line") == "7"


def test_verify_annotates_the_line_of_the_failing_step_in_the_users_file(capsys):
    status = main(["verify", str(WRONG), "--format", "github"])
    out = capsys.readouterr().out
    assert status == 1
    (annotation,) = [line for line in out.splitlines() if line.startswith("::")]
    step_line = next(i for i, text in enumerate(WRONG.read_text().splitlines(), 1) if 'Rule("reordering")' in text)
    assert annotation.startswith(f"::error file={WRONG},line={step_line},title=diffproof%3A wrong-weight refuted::")
    assert "statement, step 2 (reordering): refuted" in annotation and " vs " in annotation
    assert "identity" in out.splitlines()[0], "the table comes first"


def test_verify_writes_junit(tmp_path, capsys):
    report = tmp_path / "verify.xml"
    status = main(["verify", str(WRONG), str(ROOT / "examples" / "sigmoid_schedule.py"), "--junit", str(report)])
    capsys.readouterr()
    assert status == 1
    cases = ElementTree.parse(report).getroot().find("testsuite").findall("testcase")
    assert [c.get("name") for c in cases] == ["wrong-weight", "sigmoid-schedule-weight"]
    failure = cases[0].find("failure")
    assert failure.get("type") == "refuted" and "step 2 (reordering)" in failure.get("message")
    assert "counterexample:" in failure.text and cases[0].get("file") == str(WRONG) and cases[0].get("line")
    assert cases[1].find("failure") is None


def test_junit_into_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["verify", str(WRONG), "--junit", str(tmp_path / "no" / "such.xml")]) == 2
    assert "--junit: the folder" in capsys.readouterr().err


# ------------------------------------------------------------------ progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_and_erased():
    stream = Terminal()
    with Progress(3, stream=stream) as progress:
        progress.begin("bayes-rule")
        progress.end(cached=True)
        progress.begin("tweedie")
        progress.end()
    shown = stream.getvalue()
    assert (
        "[1/3] checking bayes-rule (3 to go" in shown and "[2/3] checking tweedie (2 to go, 1 from the cache" in shown
    )
    assert shown.endswith("\r\x1b[2K"), "the line is erased at the end"


@pytest.mark.parametrize("quiet", [False, True])
def test_no_progress_in_a_pipe_or_when_quiet(quiet):
    stream = Terminal() if quiet else io.StringIO()
    with Progress(2, stream=stream, quiet=quiet) as progress:
        progress.begin("bayes-rule")
        progress.end()
    assert stream.getvalue() == ""


def test_verify_shows_progress_on_a_terminal_only(capsys, monkeypatch):
    stream = Terminal()
    monkeypatch.setattr("sys.stderr", stream)
    assert main(["verify", "bayes-rule", "gaussian-sum"]) == 0
    assert "checking bayes-rule" in stream.getvalue() and "checking gaussian-sum" in stream.getvalue()
    assert "checking" not in capsys.readouterr().out
    stream = Terminal()
    monkeypatch.setattr("sys.stderr", stream)
    assert main(["verify", "bayes-rule", "--quiet"]) == 0
    assert stream.getvalue() == ""


def test_the_pytest_failure_is_the_reports_details():
    identity = evidence.bayes_rule
    derivation = identity.derivations[0]
    wrong = evidence.posterior * evidence.p_z / evidence.p_x
    broken = replace(
        identity,
        derivations=(
            replace(derivation, rhs=wrong, steps=(derivation.steps[0], Step(Relation.EQ, wrong, rules.PRODUCT_RULE))),
        ),
    )
    report = verify(broken, checks={})
    details = "\n".join(report.details())
    assert re.search(r"counterexample: at .* = [-\d.]+.*: [-\d.]+ vs [-\d.]+", details)
    assert "from:" in details and "to:" in details and "residual:" in details


@pytest.mark.parametrize(
    ("lhs", "rhs", "shown"),
    [
        (1.44769, 0.965125, "1.44769 vs 0.965125"),
        (1.0, 1.0 + 3e-8, "1 vs 1.00000003"),  # six digits would show 1 vs 1 (newnotes8, a dropped mu^2/2sigma^2)
        (2.0, "undefined", "2 vs undefined"),
    ],
)
def test_a_counterexample_shows_its_sides_different(lhs, rhs, shown):
    assert Counterexample((("x", 0.5),), lhs, rhs).describe() == f"at x = 0.5: {shown}"
