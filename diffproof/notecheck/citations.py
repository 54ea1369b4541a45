"""The rule a note names for a step (``% diffproof: by Jensen``, ``\\overset{\\text{Jensen}}{\\geq}``).

A name is looked up in :data:`CITATIONS` (lower case, apostrophes and
punctuation ignored) and gives one of the kernel's registered kinds, which
still checks its own conditions; a name that is not in the table is the
user's citation, :class:`derivations.kernel.rules.Rule`, which the kernel
never trusts (it reports algebra when algebra proves the step).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from derivations.kernel import rules

if TYPE_CHECKING:
    from derivations.kernel.checking import Context

Make = Callable[["Context"], rules.Justification | None]


def _fixed(rule: rules.Justification) -> Make:
    return lambda context: rule


def _markov(context: Context) -> rules.Justification | None:
    """The Markov property by the first declared chain (the kernel checks that it reduces the densities)."""
    for chain in context.chains:
        return rules.Markov(chain, ())
    return rules.Rule("Markov property")


def _definitions(context: Context) -> rules.Justification:
    return rules.by(*context.definitions) if context.definitions else rules.Rule("definition")


#: Each name a note may cite, and the kernel's rule it selects.
CITATIONS: dict[str, Make] = {
    "jensen": _fixed(rules.JENSEN),
    "jensens inequality": _fixed(rules.JENSEN),
    "jensen inequality": _fixed(rules.JENSEN),
    "gibbs": _fixed(rules.GIBBS),
    "gibbs inequality": _fixed(rules.GIBBS),
    "kl nonnegative": _fixed(rules.GIBBS),
    "kl is nonnegative": _fixed(rules.GIBBS),
    "kl divergence is nonnegative": _fixed(rules.GIBBS),
    "elbo": _fixed(rules.GAP_IS_KL),
    "evidence lower bound": _fixed(rules.GAP_IS_KL),
    "kl gap": _fixed(rules.GAP_IS_KL),
    "bayes": _fixed(rules.BAYES),
    "bayes rule": _fixed(rules.BAYES),
    "bayes theorem": _fixed(rules.BAYES),
    "markov": _markov,
    "markov property": _markov,
    "markov assumption": _markov,
    "definition": _definitions,
    "by definition": _definitions,
    "linearity": _fixed(rules.LINEARITY),
    "linearity of expectation": _fixed(rules.LINEARITY),
    "marginalization": _fixed(rules.MARGINALIZATION),
    "marginalisation": _fixed(rules.MARGINALIZATION),
    "product rule": _fixed(rules.PRODUCT_RULE),
    "chain rule": _fixed(rules.PRODUCT_RULE),
    "log of a product": _fixed(rules.SPLIT_LOG),
    "completing the square": _fixed(rules.COMPLETE_SQUARE),
    "gaussian integral": _fixed(rules.GAUSSIAN_INTEGRAL),
    "normalization": _fixed(rules.NORMALIZATION),
    "normalisation": _fixed(rules.NORMALIZATION),
    "definition of expectation": _fixed(rules.EXPECTATION_DEFINITION),
    "definition of kl": _fixed(rules.KL_DEFINITION),
    "multiply and divide": _fixed(rules.MULTIPLY_DIVIDE),
    "reparameterization": _fixed(rules.GAUSSIAN_SUM),
    "reparameterisation": _fixed(rules.GAUSSIAN_SUM),
    "sum of gaussians": _fixed(rules.GAUSSIAN_SUM),
    "merging gaussians": _fixed(rules.GAUSSIAN_SUM),
    "gaussian moments": _fixed(rules.NOISE_EXPECTATION),
    "moments of the noise": _fixed(rules.NOISE_EXPECTATION),
    "leibniz": _fixed(rules.LEIBNIZ),
    "differentiation under the integral": _fixed(rules.LEIBNIZ),
    "gaussian kl": _fixed(rules.GAUSSIAN_KL),
    "kl of gaussians": _fixed(rules.GAUSSIAN_KL),
    "nonnegative expectation": _fixed(rules.NONNEGATIVE_EXPECTATION),
    "algebra": _fixed(rules.ALGEBRA),
}


def normal(name: str) -> str:
    """A cited name as looked up: lower case, without apostrophes, punctuation, parentheses and \\text."""
    name = re.sub(r"\\(text|mathrm|textrm|operatorname)\s*\{([^{}]*)\}", r"\2", name)
    name = name.lower().replace("'", "").replace("’", "")
    name = re.sub(r"[^a-z0-9 ]+", " ", name)
    return " ".join(word for word in name.split() if word not in ("by", "the", "using", "s"))


def rule(cited: str, context: Context) -> rules.Justification | None:
    """The kernel's rule for a cited name, or the user's (untrusted) citation when the name is not known."""
    make = CITATIONS.get(normal(cited))
    if make is None:
        return rules.Rule(cited.strip()) if cited.strip() else None
    return make(context)
