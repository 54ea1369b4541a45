"""Reports for CI: GitHub Actions workflow annotations and JUnit XML.

Shared by every command that judges something (``verify``, ``verify-tex``):
a command turns its findings into :class:`Annotation` s and :class:`TestCase` s
and prints or writes them with :func:`github_annotation` and :func:`junit_xml`.

* GitHub: ``::error file=notes.py,line=23,title=...::message`` lines on
  standard output become annotations on the lines of the pull request
  (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions).
* JUnit: one ``<testsuite>`` of ``<testcase>`` s, a failing one with a
  ``<failure message=... type=...>`` whose text gives the details; the format
  that Jenkins, GitLab and the test-report actions read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LEVELS = ("error", "warning", "notice")


@dataclass(frozen=True)
class Annotation:
    """A message attached to a line of a file (or to the run, without a file)."""

    level: str
    message: str
    title: str = ""
    file: str = ""
    line: int | None = None

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"annotation level must be one of {LEVELS}, got {self.level!r}")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(annotation: Annotation) -> str:
    """The workflow command for ``annotation``: one line, its data and properties escaped."""
    properties = []
    if annotation.file:
        properties.append(f"file={_escape_property(annotation.file)}")
        if annotation.line is not None:
            properties.append(f"line={int(annotation.line)}")
    if annotation.title:
        properties.append(f"title={_escape_property(annotation.title)}")
    head = f"::{annotation.level}" + (" " + ",".join(properties) if properties else "")
    return f"{head}::{_escape_data(annotation.message)}"


@dataclass(frozen=True)
class Failure:
    """Why a test case failed: a one-line message, a type (``refuted``, ``undecided``) and the details."""

    message: str
    kind: str
    details: str = ""
    error: bool = False  # the item could not be judged at all (unreadable input): a JUnit <error>, not a <failure>


@dataclass(frozen=True)
class TestCase:
    """One judged item: an identity, a step of notes."""

    __test__ = False  # not a pytest test class

    name: str
    classname: str
    seconds: float = 0.0
    failure: Failure | None = None
    file: str = ""
    line: int | None = None
    skipped: str = ""  # why the item was not judged either way (an undecided step when not strict)


#: Characters XML 1.0 does not allow, even escaped (terminal colours, NUL, ...).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def junit_xml(suite: str, cases: Sequence[TestCase]) -> str:
    """A JUnit XML document with one test suite holding ``cases``."""
    return junit_suites(suite, {suite: cases})


def _count(cases: Sequence[TestCase]) -> dict[str, str]:
    failed = [case.failure for case in cases if case.failure is not None]
    return {
        "tests": str(len(cases)),
        "failures": str(sum(not failure.error for failure in failed)),
        "errors": str(sum(failure.error for failure in failed)),
        "skipped": str(sum(bool(case.skipped) and case.failure is None for case in cases)),
    }


def junit_suites(name: str, suites: Mapping[str, Sequence[TestCase]]) -> str:
    """A JUnit XML document named ``name`` with a test suite per entry of ``suites`` (a file of notes each)."""
    everything = [case for cases in suites.values() for case in cases]
    root = ElementTree.Element("testsuites", name=_xml(name), **_count(everything))
    for suite, cases in suites.items():
        element = ElementTree.SubElement(
            root, "testsuite", name=_xml(suite), **_count(cases), time=f"{sum(case.seconds for case in cases):.3f}"
        )
        for case in cases:
            _junit_case(element, case)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def _junit_case(suite: ElementTree.Element, case: TestCase) -> None:
    attributes = {"name": _xml(case.name), "classname": _xml(case.classname), "time": f"{case.seconds:.3f}"}
    if case.file:
        attributes["file"] = _xml(case.file)
        if case.line is not None:
            attributes["line"] = str(case.line)
    node = ElementTree.SubElement(suite, "testcase", attributes)
    if case.failure is not None:
        tag = "error" if case.failure.error else "failure"
        failure = ElementTree.SubElement(node, tag, message=_xml(case.failure.message), type=_xml(case.failure.kind))
        failure.text = _xml(case.failure.details or case.failure.message)
    elif case.skipped:
        ElementTree.SubElement(node, "skipped", message=_xml(case.skipped))
