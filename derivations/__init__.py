"""The SymPy layer of diffproof: identities, derivations as checked steps, and the catalogue.

The public objects a user needs to write and check a derivation of their own::

    from derivations import Derivation, Identity, Relation, Step, domains, rules, check_identity
"""

from derivations import symbols
from derivations.kernel import rules
from derivations.kernel.checking import IdentityResult, InconsistentAssumptions, check_identity
from derivations.kernel.rules import Rule
from derivations.kernel.vocabulary import Counterexample, Status, Verdict
from derivations.model import (
    Axiom,
    Constraint,
    Definition,
    Derivation,
    Domain,
    Equation,
    Fact,
    Identity,
    Instance,
    MarkovChain,
    Noises,
    Parameters,
    Relation,
    Step,
    domains,
    noises,
)
from derivations.probability import KL, Density, Expectation, Grad, Normal

__all__ = [
    "KL",
    "Axiom",
    "Constraint",
    "Counterexample",
    "Definition",
    "Density",
    "Derivation",
    "Domain",
    "Equation",
    "Expectation",
    "Fact",
    "Grad",
    "Identity",
    "InconsistentAssumptions",
    "IdentityResult",
    "Instance",
    "MarkovChain",
    "Noises",
    "Parameters",
    "Normal",
    "Relation",
    "Rule",
    "Status",
    "Step",
    "Verdict",
    "check_identity",
    "domains",
    "noises",
    "rules",
    "symbols",
]
