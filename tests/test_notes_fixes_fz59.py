"""Held-out variants of fz59's fixes to red team 59a's rings and retractions: a ring a question or a conditional names
beside the reals is not set apart, nor one set apart from reals that are set apart in turn (16-18); a ring named as a
quotient of the integers, a cyclic group, or in French, German, Spanish or Chinese words holds a step judged among the
reals (19-24); one negation keeps every withdrawing verb a disjunction joins to the one it governs ("do not drop or
ignore", "neither ... nor", "ne ... ni", "weder ... noch", "no ... ni") (25-31).

Each sum below is right in the ring the note names and wrong among the reals, or the other way round; each
definition note's last step is a + a = 6, right where a := 3 holds and wrong where a is any number (a = 0 fails)."""

from __future__ import annotations

import pytest
from red_team import report

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_SUM = "{}\n\nNext, the sum.\n\n$$\n{}\n$$\n"

#: Right in the ring named (wrong among the reals): never refuted, held with the ring's words as the reason.
IN_A_RING = {
    # a question or a conditional sets nothing apart
    "why-not-compute-in-z-mod-5z": (
        "Why not compute in $\\mathbb{Z}/5\\mathbb{Z}$ rather than in the reals? We do just that.",
        "2 + 3 = 0",
    ),
    "should-we-not-work-over-f-2": (
        "Should we not work over $\\mathbb{F}_2$ instead of the reals? Yes, and from here on we do.",
        "1 + 1 = 0",
    ),
    "could-not-compute-unless-prime": (
        "We could not compute in $\\mathbb{F}_7$ unless 7 were prime; it is, so we compute there, not over the reals.",
        "3 + 4 = 0",
    ),
    "are-we-not-working-in-z-5": ("Are we not working in $ℤ₅$, as opposed to the reals? We are.", "2 + 3 = 0"),
    "if-not-working-in-f-5": (
        "If we did not work in $\\mathbb{F}_5$ but over the reals, this would fail.",
        "2 + 3 = 0",
    ),
    # a quotient of the integers, a cyclic group
    "quotient-ring-by-5z": ("We compute in the quotient ring of the integers by $5\\mathbb{Z}$.", "2 + 3 = 0"),
    "quotient-of-z-modulo-7z": (
        "Everything lives in the quotient of $\\mathbb{Z}$ modulo $7\\mathbb{Z}$.",
        "3 + 4 = 0",
    ),
    "cyclic-group-of-order-five": ("Work in the cyclic group of order five, written additively.", "2 + 3 = 0"),
    "cyclic-group-of-order-n": ("We add in the cyclic group of order $n$, with $n = 4$.", "2 + 2 = 0"),
    # French, German, Spanish, Chinese
    "fr-corps-a-deux-elements": ("On calcule dans le corps à deux éléments.", "1 + 1 = 0"),
    "fr-entiers-modulo-5": ("On travaille avec les entiers modulo 5.", "2 + 3 = 0"),
    "fr-corps-fini": ("Soit un corps fini de caractéristique 2.", "1 + 1 = 0"),
    "de-koerper-mit-zwei-elementen": ("Wir rechnen im Körper mit zwei Elementen.", "1 + 1 = 0"),
    "de-restklassenring": ("Wir arbeiten im Restklassenring modulo 5.", "2 + 3 = 0"),
    "de-endlicher-koerper": ("Wir rechnen in einem endlichen Körper der Charakteristik 2.", "1 + 1 = 0"),
    "es-campo-de-dos-elementos": ("Trabajamos en el campo de dos elementos.", "1 + 1 = 0"),
    "es-enteros-modulo-5": ("Calculamos con los enteros módulo 5.", "2 + 3 = 0"),
    "zh-residue-ring-mod-5": ("以下在模 5 的剩余类环中计算。", "2 + 3 = 0"),
    "zh-two-element-field": ("我们在二元域中计算。", "1 + 1 = 0"),
}

#: The reals are the note's arithmetic (a ring named only to set it apart, or none): judged among the reals.
KEEPS_THE_REALS = {
    "instead-of-z-mod-3z-we-use-reals": (
        "Instead of $\\mathbb{Z}/3\\mathbb{Z}$, we use the real numbers.",
        "1 + 2 = 0",
        REFUTED,
    ),
    "in-the-reals-and-not-in-f-3": ("We work in the reals and not in $\\mathbb{F}_3$.", "1 + 2 = 0", REFUTED),
    "unlike-in-f-2-over-the-reals": ("Unlike in $\\mathbb{F}_2$, over the reals we have more.", "1 + 1 = 2", PROVED),
    "fr-corps-of-the-proof": ("Le corps de la preuve suit.", "1 + 2 = 3", PROVED),
    "fr-characteristic-zero": ("On travaille dans un corps de caractéristique 0.", "1 + 2 = 0", REFUTED),
    "es-campo-de-fuerzas": ("El campo de fuerzas es conservativo.", "1 + 2 = 3", PROVED),
    "de-koerper-of-a-cone": ("Der Körper ist ein Kegel.", "1 + 2 = 0", REFUTED),
}


@pytest.mark.parametrize("name", sorted(IN_A_RING))
def test_a_sum_in_a_named_ring_is_held(name):
    result = report(_SUM.format(*IN_A_RING[name])).results[-1]
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason
    assert "names a ring other than the reals" in result.reason


@pytest.mark.parametrize("name", sorted(KEEPS_THE_REALS))
def test_the_reals_are_kept(name):
    sentence, step, status = KEEPS_THE_REALS[name]
    result = report(_SUM.format(sentence, step)).results[-1]
    assert not result.internal, result.reason
    assert result.status == status, result.reason


_KEPT = "Let $a := 3$.\n\n{}\n\n$$\na + a = 6\n$$\n"

#: Right: one negation keeps the definition through every verb it governs, so each keeps its proof.
KEPT = {
    "do-not-forget-or-disregard": "We don't forget or disregard the previous definition.",
    "no-one-should-drop-or-discard": "No one should drop or discard the definition above.",
    "without-ignoring-or-discarding": "We carry on without ignoring or discarding the previous definition.",
    "never-drop-it-or-ignore-it": "We never drop the previous definition, or ignore it.",
    "neither-drop-nor-forget": "We neither drop nor forget the previous definition.",
    "neither-we-nor-readers-ignore": "Neither we nor our readers ignore the previous definition.",
    "de-weder-noch-streichen": "Wir vergessen die obige Definition weder, noch streichen wir sie.",
    "de-weder-first": "Weder ignorieren wir die obige Definition, noch vergessen wir sie.",
    "fr-n-ni-ne": "Nous n'oublions ni ne supprimons la définition précédente.",
    "es-no-ni": "No descartamos ni olvidamos la definición anterior.",
}

#: Wrong: the sentence withdraws the definition, so a is any number: held (a name defined twice) or refuted.
WITHDRAWN = {
    "drop-or-ignore": "We drop or ignore the previous definition.",
    "keep-not-then-drop-or-ignore": "We do not keep the previous definition; we drop or ignore it.",
    "mistake-not-to-drop-or-ignore": "It would be a mistake not to drop or ignore the previous definition.",
    "not-hesitate-to-drop-or-ignore": "We do not hesitate to drop or ignore the previous definition.",
    "not-drop-but-ignore": "We do not drop the previous definition, but we ignore it.",
    "not-drop-or-rather-ignore": "We do not drop the previous definition or, rather, we ignore it.",
    "de-ignorieren-und-vergessen": "Wir ignorieren und vergessen die obige Definition.",
    "fr-supprimons-ou-oublions": "Nous supprimons ou oublions la définition précédente.",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_definition_kept_keeps_its_proof(name):
    result = report(_KEPT.format(KEPT[name])).results[-1]
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", sorted(WITHDRAWN))
def test_a_definition_withdrawn_is_not_used(name):
    result = report(_KEPT.format(WITHDRAWN[name])).results[-1]
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason
