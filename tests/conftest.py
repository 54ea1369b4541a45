"""Shared fixtures: the whole catalogue verified once per test session (seed 0); a cache of the session's own.

Every skip in this suite is for something missing from the machine (pdflatex, Chromium, the [diffusers] or
[plot] extras).  CI installs all of them and sets ``DIFFPROOF_NO_SKIPS=1``: there a skip is a failure, so a
test can never pass unnoticed by not running.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from derivations.catalogue import IDENTITIES
from diffproof.report import verify

# Every property test draws the same examples on every run and machine: a failure is reproducible, and a
# pass is not luck.
settings.register_profile("seeded", derandomize=True, print_blob=True)
settings.load_profile("seeded")


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory):
    """Commands run by the tests cache their results in a folder of the session, never the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIFFPROOF_CACHE_DIR", str(tmp_path_factory.mktemp("diffproof-cache")))
        yield


@pytest.fixture(scope="session")
def catalogue_reports():
    return [verify(identity, seed=0) for identity in IDENTITIES]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under ``DIFFPROOF_NO_SKIPS=1`` (CI), a skipped test fails with its reason."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("DIFFPROOF_NO_SKIPS") == "1" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped where everything must run (DIFFPROOF_NO_SKIPS=1): {reason}"


#: Test files whose tests share a session fixture that takes minutes to build (:func:`catalogue_reports`): under
#: pytest-xdist they are one unit of work, so one worker builds it once instead of each worker that runs one of them.
_SHARING_A_FIXTURE = {"tests/test_catalogue.py": "catalogue_reports", "tests/test_document.py": "catalogue_reports"}
#: Test files whose tests share nothing (each judges a note of its own, minutes in all): each test is a unit of work of
#: its own, so that they spread over the workers instead of keeping one busy after the others have finished.
_TESTS_APART = frozenset({"tests/test_notes_sweeps.py"})


def _scheduling_unit(nodeid: str) -> str:
    """The unit of work of a test under ``--dist loadfile``: its file, with the two exceptions above."""
    path = nodeid.split("::", 1)[0]
    return nodeid if path in _TESTS_APART else _SHARING_A_FIXTURE.get(path, path)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: without it (-p no:xdist) there is nothing to schedule
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` (pyproject's default) with the units of :func:`_scheduling_unit`; any other mode is xdist's."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Scheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _scheduling_unit(nodeid)

    return Scheduling(config, log)
