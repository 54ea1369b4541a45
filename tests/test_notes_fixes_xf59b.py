"""Held-out variants of xf59b's fixes: rings named in prose however a mathematician writes them (red team 58a's
12-15: Unicode subscripts, "the integers modulo n", raised orders, "the field with q elements") hold a step judged
among the reals, and a ring named only to set it apart from the reals the note works in does not; a retraction
withdraws a definition only where its sentence performs it, not negated, warned against, counterfactual or others'
(16-17); and the lead's findings: "as we do not" takes no display as the note's own, and a definition scoped to its
sentence, said "locally" or "in the next step/sentence" is not in force for the rest of the note.

Each sum below is right in the ring the note names and wrong among the reals, or the other way round; each
definition note's last step is a + a = 6, right where a := 3 holds and wrong where a is any number (a = 0 fails)."""

from __future__ import annotations

import pytest
from red_team import report

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_SUM = "{}\n\nNext, the sum.\n\n$$\n{}\n$$\n"

#: Right in the ring named (wrong among the reals): never refuted, held with the ring's words as the reason.
IN_A_RING = {
    "unicode-z-5": ("Throughout, we work in $ℤ₅$.", "2 + 3 = 0"),
    "unicode-z-12": ("All arithmetic is in $ℤ₁₂$.", "7 + 5 = 0"),
    "unicode-f-2": ("We compute in $𝔽₂$.", "1 + 1 = 0"),
    "unicode-z-sub-n-then-n-7": ("We work in $ℤₙ$ with $n = 7$.", "3 + 4 = 0"),
    "integers-mod-5-in-words": ("Here all arithmetic is done in the integers mod 5.", "2 + 3 = 0"),
    "residues-modulo-7": ("We compute with residues modulo 7 throughout.", "3 + 4 = 0"),
    "residue-classes-modulo-4": ("Everything below lives in the residue classes modulo 4.", "2 + 2 = 0"),
    "integers-modulo-a-prime-p": ("We work with the integers modulo a prime $p$, here $p = 3$.", "1 + 2 = 0"),
    "arithmetic-modulo-6": ("From now on, arithmetic modulo 6 is used.", "3 + 3 = 0"),
    "f-4-raised-in-braces": ("Let us work in $\\mathbb F_{2^2}$.", "1 + 1 = 0"),
    "z-2-to-the-32-in-braces": (
        "Integers are machine words, elements of $\\mathbb{Z}_{2^{32}}$.",
        "2^{31} + 2^{31} = 0",
    ),
    "f-p-to-the-k": ("We compute in $\\mathbb{F}_{p^k}$ with $p = 2$.", "1 + 1 = 0"),
    "field-with-three-elements": ("We compute in the field with three elements.", "1 + 2 = 0"),
    "field-of-4-elements": ("We compute in a field of $4$ elements.", "1 + 1 = 0"),
    "two-element-field": ("Everything happens in the two-element field.", "1 + 1 = 0"),
    "characteristic-five-in-words": ("The field has characteristic five.", "2 + 3 = 0"),
    "prime-characteristic": ("We work over a field of prime characteristic $p = 2$.", "1 + 1 = 0"),
    "plain-z-7-as-a-ring": ("We work in the ring $Z_7$.", "3 + 4 = 0"),
    "plain-z-3-worked-in": ("We compute in $Z_3$.", "1 + 2 = 0"),
    "bold-z-5-worked-in": ("We calculate over $\\mathbf{Z}_5$.", "2 + 3 = 0"),
    "gf-2-to-the-8": ("Bytes are elements of $\\mathrm{GF}(2^8)$.", "1 + 1 = 0"),
    "f-2-to-the-n-a-space-over-f-2": ("Vectors lie in $\\mathbb{F}_2^n$.", "1 + 1 = 0"),
    "named-after-the-reals-set-apart": ("Unlike over the reals, in $ℤ₃$ the sum vanishes.", "1 + 2 = 0"),
}

#: The reals are the note's arithmetic, a ring named only to set it apart: judged among the reals, the wrong sum
#: refuted and the right one proved.
IN_PASSING = {
    "unlike-in-unicode-z-3": ("Unlike in $ℤ₃$, here we work over the reals.", "1 + 2 = 0", REFUTED),
    "unlike-in-unicode-z-3-right": ("Unlike in $ℤ₃$, here we work over the reals.", "1 + 2 = 3", PROVED),
    "reals-not-in-z-3": ("We work over the reals, not in $\\mathbb{Z}_3$.", "1 + 2 = 0", REFUTED),
    "rather-than-the-integers-mod-3": (
        "We compute with real numbers rather than the integers modulo 3.",
        "1 + 2 = 3",
        PROVED,
    ),
    "do-not-work-in-z-mod-3z": (
        "We do not work in $\\mathbb{Z}/3\\mathbb{Z}$ but over $\\mathbb{R}$.",
        "1 + 2 = 0",
        REFUTED,
    ),  # fmt: skip
    "as-opposed-to-f-2": ("As opposed to $\\mathbb{F}_2$, the reals have 1 + 1 = 2.", "1 + 1 = 2", PROVED),
}

#: Words that name no ring: a variable Z_3, a claim up to a constant, the characteristic zero: judged among the reals.
NO_RING = {
    "variable-z-3": ("Let $Z_3$ be the third latent.", "1 + 2 = 0", REFUTED),
    "modulo-a-constant": ("The log-density is known modulo a constant.", "1 + 2 = 0", REFUTED),
    "z-0-plus-a-set": ("The index ranges over $\\mathbb{Z}_0^+$.", "1 + 2 = 3", PROVED),
}


@pytest.mark.parametrize("name", sorted(IN_A_RING))
def test_a_sum_in_a_named_ring_is_held(name):
    result = report(_SUM.format(*IN_A_RING[name])).results[-1]
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason
    assert "names a ring other than the reals" in result.reason


@pytest.mark.parametrize("name", sorted(IN_PASSING) + sorted(NO_RING))
def test_a_ring_in_passing_or_none_keeps_the_reals(name):
    sentence, step, status = {**IN_PASSING, **NO_RING}[name]
    result = report(_SUM.format(sentence, step)).results[-1]
    assert not result.internal, result.reason
    assert result.status == status, result.reason


_KEPT = "Let $a := 3$.\n\n{}\n\n$$\na + a = 6\n$$\n"

#: Right: the sentence keeps the definition (a := 3), so each keeps its proof.
KEPT = {
    "it-is-a-mistake-to-drop": "It is a mistake to drop the previous definition.",
    "wrong-to-disregard": "It would be wrong to disregard the definition above.",
    "no-one-should-forget": "No one should forget the previous definition.",
    "no-reader-should-discard": "No reader should discard the previous definition.",
    "under-no-circumstances": "Under no circumstances should one discard the definition above.",
    "be-careful-never-to-drop": "Be careful never to drop the previous definition.",
    "avoid-discarding": "Avoid discarding the previous definition.",
    "beware-of-ignoring": "Beware of ignoring the previous definition.",
    "do-not-forget": "Do not forget the previous definition.",
    "we-no-longer-ignore": "We no longer ignore the previous definition.",
    "some-authors-drop-we-keep": "Some authors drop the previous definition; we keep it.",
    "many-texts-ignore": "Many texts ignore the previous definition.",
    "counterfactual-if-would": "If we ignored the previous definition, the sum would not be 6.",
    "counterfactual-were-we-to": "Were we to discard the previous definition, $a$ would be arbitrary.",
    "fr-n-oubliez-pas": "N'oubliez pas la définition précédente.",
    "fr-une-erreur-d-oublier": "Ce serait une erreur d'oublier la définition précédente.",
    "de-niemand-sollte-ignorieren": "Niemand sollte die obige Definition ignorieren.",
    "de-vergessen-sie-nicht": "Vergessen Sie die obige Definition nicht.",
    "es-nadie-deberia-olvidar": "Nadie debería olvidar la definición anterior.",
    "es-un-error-descartar": "Sería un error descartar la definición anterior.",
    "it-un-errore-ignorare": "Sarebbe un errore ignorare la definizione precedente.",
    "es-un-error-olvidar-esta": "Es un error olvidar esta definición.",
}

#: Wrong: the sentence withdraws the definition, so a is any number: held (a name defined twice) or refuted.
WITHDRAWN = {
    "mistake-not-to-ignore": "It would be a mistake not to ignore the previous definition.",
    "we-do-not-hesitate-to-drop": "We do not hesitate to drop the previous definition.",
    "with-no-further-ado": "With no further ado we ignore the previous definition.",
    "without-hesitation": "Without hesitation we drop the previous definition.",
    "no-comma-ignore": "No, ignore the previous definition.",
    "like-many-authors-we-drop": "Like many authors we ignore the previous definition.",
    "some-authors-drop-and-so-do-we": "Some authors drop the previous definition, and so do we.",
    "not-needed-so-we-drop": "It is not needed, so we drop the previous definition.",
    "the-definition-above-was-a-mistake": "The definition above was a mistake.",
    "if-needed-one-could-ignore": "If needed, one could ignore the previous definition, and we do.",
    "fr-oubliez": "Oubliez la définition précédente.",
    "de-vergessen-sie": "Vergessen Sie die obige Definition.",
    "es-olvide": "Olvide la definición anterior.",
    "es-hay-un-error-en": "Hay un error en la definición anterior.",
    "es-un-error-grave-la": "La definición anterior contiene un error grave.",
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


_WOULD = "One would write\n\n$$\na := 3\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"
_AT = "\n\n$$\na + a = 6\n$$\n"

#: Wrong: a := 3 is not in force where the step stands (a = 0 fails): held or refuted.
NOT_IN_FORCE = {
    # the lead's findings: a display others would write that the note says it does not use
    "as-we-do-not": _WOULD.format("as we do not."),
    "as-we-do-not-capitalised": _WOULD.format("As we do not: $a$ is arbitrary."),
    "and-so-do-we-not": _WOULD.format("And so do we not."),
    "as-we-never-do": _WOULD.format("As we never do."),
    "fr-comme-nous-ne-le-faisons-pas": _WOULD.format("Comme nous ne le faisons pas."),
    "de-wie-wir-auch-nicht": _WOULD.format("Wie wir auch nicht."),
    # a definition scoped to its own sentence, to "locally", or to the next step or sentence
    "in-this-sentence-only": "Let $a := 3$ in this sentence only." + _AT,
    "for-this-sentence-only": "For this sentence only, let $a := 3$." + _AT,
    "for-the-rest-of-the-sentence": "For the rest of the sentence, take $a := 3$ and note $a > 0$." + _AT,
    "fr-dans-cette-phrase": "Dans cette phrase seulement, posons $a := 3$." + _AT,
    "es-en-esta-frase": "En esta frase, sea $a := 3$." + _AT,
    "locally-let": "Locally, let $a := 3$." + _AT,
    "temporarily-set": "We set $a := 3$ temporarily." + _AT,
    "locally-before-a-display": "Locally, let\n\n$$\na := 3\n$$\n" + _AT,
    "in-the-next-step-we-will-let": "In the next step we will let $a := 3$." + _AT,
    "in-the-following-step": "**Step 1.** In the following step, set $a := 3$." + _AT + "\n**Step 2.** Done.\n",
    "in-the-next-sentence": "In the next sentence we let $a := 3$." + _AT,
}

#: Right: a := 3 is in force where the step stands: each keeps its proof.
IN_FORCE = {
    "as-we-do": _WOULD.format("as we do."),
    "as-we-do-here": _WOULD.format("As we do here."),
    "fr-comme-nous": _WOULD.format("Comme nous."),
    "in-this-sentence-then-plainly": "Let $a := 3$ in this sentence only. Let $a := 3$." + _AT,
    "locally-in-another-sentence": "The density is smooth locally. Let $a := 3$." + _AT,
    "local-as-an-adjective": "Let $a := 3$ be the local scale." + _AT,
}


@pytest.mark.parametrize("name", sorted(NOT_IN_FORCE))
def test_a_definition_not_in_force_is_not_used(name):
    result = report(NOT_IN_FORCE[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


@pytest.mark.parametrize("name", sorted(IN_FORCE))
def test_a_definition_in_force_keeps_its_proof(name):
    result = report(IN_FORCE[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason
