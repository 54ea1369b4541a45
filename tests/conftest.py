"""Shared fixtures: the whole catalogue verified once per test session (seed 0)."""

from __future__ import annotations

import pytest

from derivations.catalogue import IDENTITIES
from diffproof.report import verify


@pytest.fixture(scope="session")
def catalogue_reports():
    return [verify(identity, seed=0) for identity in IDENTITIES]
