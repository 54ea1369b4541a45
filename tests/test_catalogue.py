"""The whole catalogue: names, verification, fuzzing, and the README table."""

from __future__ import annotations

import pathlib

import pytest

from derivations import catalogue
from derivations.model import SECTIONS
from diffproof.readme import catalogue_table, replace_table
from numeric import fuzz
from numeric.checks import CHECKS

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


def test_names_are_unique_kebab_case_and_sectioned():
    for identity in catalogue.IDENTITIES:
        assert identity.name == identity.name.lower() and " " not in identity.name
        assert identity.section in SECTIONS
    assert len(catalogue.BY_NAME) == len(catalogue.IDENTITIES)


def test_every_identity_has_an_instance_and_a_numeric_check():
    for identity in catalogue.IDENTITIES:
        assert identity.instances, identity.name
        assert identity.name in CHECKS, identity.name
    assert set(CHECKS) <= set(catalogue.BY_NAME), "a numeric check for an identity that does not exist"


def test_every_identity_is_verified(catalogue_reports):
    failures = {r.identity.name: r.failure() for r in catalogue_reports if not r.verified}
    assert not failures


@pytest.mark.parametrize("identity", catalogue.IDENTITIES, ids=lambda i: i.name)
def test_fuzzing_of_the_concrete_instances(identity):
    assert fuzz.fuzz(identity) >= 1, "every identity has a closed-form claim to fuzz"


def test_readme_table_is_current(catalogue_reports):
    text = README.read_text()
    assert replace_table(text, catalogue_table(catalogue_reports)) == text, (
        "the catalogue table in README.md is stale: run `python -m diffproof.readme --write`"
    )


def test_unknown_name_suggests_the_closest():
    with pytest.raises(catalogue.UnknownIdentity) as error:
        catalogue.get("forward-marginl")
    assert "forward-marginal" in error.value.suggestions
    assert "forward-marginal" in str(error.value)
