"""Shared fixtures: the whole catalogue verified once per test session (seed 0); a cache of the session's own."""

from __future__ import annotations

import pytest

from derivations.catalogue import IDENTITIES
from diffproof.report import verify


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory):
    """Commands run by the tests cache their results in a folder of the session, never the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIFFPROOF_CACHE_DIR", str(tmp_path_factory.mktemp("diffproof-cache")))
        yield


@pytest.fixture(scope="session")
def catalogue_reports():
    return [verify(identity, seed=0) for identity in IDENTITIES]
