"""An equation a sentence says holds in law ("In distribution, $x = -y$", "$x = -y$ in law", "$x = -y$ en loi"):
the two sides have one law, and their values may differ at every draw (x and y independent standard normals, x = -y
in law), so it defines no name and gives no value a step may use; it still relates its names, so that no
counterexample about them is trusted.
"""

from __future__ import annotations

import re

from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.sentences import _words_around, _words_of
from diffproof.notes import Inline

#: The words for "in law" in the languages of the notes: in distribution, in law, equal in law (or distribution),
#: en loi, en distribution, in Verteilung, in Verteilungsgleichheit, en distribución.
_IN_LAW = (
    r"(?:(?:equal|identical|the\s+same)\s+)?in\s+(?:distribution|law)|en\s+(?:loi|distribution|distribución)"
    r"|in\s+Verteilung|gleich\s+in\s+Verteilung|verteilungsgleich|in\s+legge|in\s+distribuzione"
)
#: The words right before the maths ("In distribution, $x = -y$", "equal in law: $x = -y$").
_BEFORE = re.compile(rf"\b(?:{_IN_LAW})\b[\s,:;*_]*$", re.IGNORECASE)
#: The words right after it ("$x = -y$ in law", "$x = -y$, in distribution").
_AFTER = re.compile(rf"^[\s,;:]*(?:holds\s+|is\s+|are\s+|only\s+)?(?:{_IN_LAW})\b", re.IGNORECASE)


def said_in_law(inline: Inline) -> bool:
    """Whether the words right around ``inline`` in its sentence say its equation holds in law (:data:`_IN_LAW`)."""
    around = _words_around(inline)
    if around is None:
        return False
    return bool(_BEFORE.search(_words_of(around[0])) or _AFTER.match(_words_of(around[1])))


#: What says a value: a definition, and a relation (``x = -y`` defining neither name).
_VALUED = ("definition", "relation")


def equal_in_law(found: list[Stated]) -> list[Stated]:
    """What a sentence said in law states: each definition or relation only a relation between its names (a
    condition's kind: nothing a step may use, no counterexample about them trusted); a law (``x \\sim N(0, 1)``)
    as it is."""
    kept = [item for item in found if item.kind not in _VALUED]
    return kept + [
        Stated("relation", item.line, f"{item.text} in law", formula, origin="condition")
        for item in found
        if item.kind in _VALUED
        for formula in (item.name, item.body)
        if formula is not None and formula.node is not None
    ]
