"""The SymPy layer of diffproof: identities, derivations as checked steps, and the catalogue.

The public objects a user needs to write and check a derivation of their own::

    from derivations import Derivation, Identity, Relation, Step, domains, rules, check_identity
"""

from derivations import symbols
from derivations.kernel import rules
from derivations.kernel.checking import IdentityResult, Status, Verdict, check_identity
from derivations.model import (
    Constraint,
    Definition,
    Derivation,
    Domain,
    Equation,
    Fact,
    Identity,
    Instance,
    Relation,
    Rule,
    Step,
    domains,
)
from derivations.probability import KL, Density, Expectation, Grad, Normal

__all__ = [
    "KL",
    "Constraint",
    "Definition",
    "Density",
    "Derivation",
    "Domain",
    "Equation",
    "Expectation",
    "Fact",
    "Grad",
    "Identity",
    "IdentityResult",
    "Instance",
    "Normal",
    "Relation",
    "Rule",
    "Status",
    "Step",
    "Verdict",
    "check_identity",
    "domains",
    "rules",
    "symbols",
]
