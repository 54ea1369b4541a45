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
