"""Fixes of session 67's fx67d: red team 66b's withdrawals (tests/test_notes_redteam_66b.py, 04-07 and 19), each read
by a rule of grammar written once in statements/retractions.py, with held-out variants and guards:

- A verb of giving up that takes a particle (retractions._PHRASAL: take back, give up, cross out, rule out, throw out,
  strike out, walk back; German ziehen/nehmen ... zurück, geben ... auf) is read in its three places: active with the
  particle before the object ("rule out (1)"), with the object between ("We rule (1) out", its own particle only:
  "take (1) up again" is another verb), and passive or modal after the object ("(1) has to be taken back", "is hereby
  crossed out", "must be given up"), as are the single verbs of the class (discard, scrap, retract, withdraw, revoke;
  "doit être abandonnée", "muss verworfen werden", "debe ser descartada").
- A withdrawing verb's object may be a free relative of saying ("what we said in (1)", "everything we assumed in",
  "ce que nous avons dit dans") or a noun for what a display states ("the claim made in (1)").
- A display "comes apart", "collapses", "crumbles" as it "falls apart" (not "collapses to" a simpler form).
- A verb of holding negated is read in each language the tables cover (_NOT_HOLDING: "ne tient pas", "gilt nicht",
  "no se cumple", "non vale", "não vale", "geldt niet"), not in an idiom it opens ("ne tient pas compte de", "gilt
  nicht nur", "no vale la pena").

Each sentence is read by retractions.withdrawn alone (a regex reading, fast): the red team's own notes, judged whole,
are in tests/test_notes_redteam_66b.py, and one held-out note of each kind is judged whole here.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck.statements.formulas import Stated, parse
from diffproof.notecheck.statements.retractions import withdrawn
from diffproof.notes import read_notes

#: a := 3 (tagged (1)), a sentence, then a + a = 6: where the sentence withdraws (1), a is free and the sum not 6.
_SAID_OF_1 = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"
#: The definition the note's display (1) makes, on line 4.
_A_IS_3 = Stated("definition", 4, "a := 3", parse("a", 4), parse("3", 4), "display")


def _frees_a(sentence: str) -> bool:
    """Whether ``sentence``, said after a := 3 (1), withdraws it."""
    return bool(withdrawn(read_notes(_SAID_OF_1.format(sentence), markdown=True), [_A_IS_3]))


#: Held-out variants: each withdraws (1).
_WITHDRAWING = {
    # 04: a verb of giving up, passive or modal, after the reference
    "should be discarded": "Equation (1) should be discarded.",
    "has to be scrapped": "Equation (1) has to be scrapped.",
    "must be revoked": "(1) must be revoked.",
    "is to be ruled out": "Equation (1) is to be ruled out.",
    "should be thrown away": "Equation (1) should be thrown away.",
    "is struck out": "Equation (1) is now struck out.",
    "de: wird zurückgezogen": "Gleichung (1) wird zurückgezogen.",
    "de: muss verworfen werden": "Gleichung (1) muss verworfen werden.",
    "es: debe ser descartada": "La ecuación (1) debe ser descartada.",
    "es: queda descartada": "La ecuación (1) queda descartada.",
    "fr: doit être abandonnée": "L'équation (1) doit être abandonnée.",
    # 05: a verb and its particle, the object between them or after both
    "throw out": "We throw (1) out.",
    "strike out": "We strike equation (1) out.",
    "walk back": "We walk (1) back.",
    "have taken back": "We have taken (1) back.",
    "throw away before": "We throw away (1).",
    "rule out before": "We now rule out (1).",
    "de: ziehen zurück": "Wir ziehen (1) zurück.",
    "de: nehmen zurück": "Wir nehmen Gleichung (1) zurück.",
    "de: verwerfen": "Wir verwerfen (1).",
    # 06: a free relative of saying, a noun for what a display states
    "retract what was stated": "We retract what was stated in (1).",
    "withdraw everything assumed": "We withdraw everything we assumed in (1).",
    "drop the claim made": "We drop the claim made in (1).",
    "fr: ce que nous avons dit": "Nous retirons ce que nous avons dit dans (1).",
    # 07: a display falls
    "collapses": "Equation (1) collapses under scrutiny.",
    "crumbles": "On closer inspection, (1) crumbles.",
    # 19: a verb of holding negated
    "fr: ne vaut pas": "L'équation (1) ne vaut pas.",
    "fr: n'est pas valable": "L'équation (1) n'est pas valable.",
    "de: gilt nicht": "Gleichung (1) gilt nicht.",
    "de: trifft nicht zu": "Gleichung (1) trifft nicht zu.",
    "es: no se cumple": "La ecuación (1) no se cumple.",
    "it: non vale": "L'equazione (1) non vale.",
    "pt: não vale": "A equação (1) não vale.",
    "nl: geldt niet": "Vergelijking (1) geldt niet.",
    "didn't hold": "Equation (1) didn't hold.",
}


@pytest.mark.parametrize("sentence", _WITHDRAWING.values(), ids=_WITHDRAWING.keys())
def test_a_display_withdrawn_in_more_words_is_freed(sentence):
    assert _frees_a(sentence)


#: Guards: the same verbs on something that is not the display, negated, warned against or another's, a particle of
#: another verb or a motion, an idiom of holding: (1) is kept.
_KEEPING = {
    "rule out every other value": "By (1) we rule out every other value.",
    "throw out the root": "By (1) we throw out the negative root.",
    "takes us back": "Equation (1) takes us back to where we started.",
    "take back to the start": "Taking (1) back to the definition, we see the sum.",
    "take up again": "We take (1) up again later.",
    "give a name": "We give (1) a name.",
    "given up to a constant": "Equation (1) is given up to a constant.",
    "thrown out of balance": "Equation (1) is thrown out of balance by noise.",
    "comes from": "Equation (1) comes from the last section.",
    "collapses to": "Equation (1) collapses to a single term.",
    "breaks down as": "Equation (1) breaks down as a sum of two terms.",
    "not taken back": "We do not take (1) back.",
    "never ruled out": "We never rule (1) out.",
    "de: nicht zurück": "Wir ziehen (1) nicht zurück.",
    "others rule out": "Some authors rule (1) out, but we keep it.",
    "a mistake to rule out": "It would be a mistake to rule (1) out.",
    "asked, answered no": "Should we rule (1) out? No.",
    "what we said is correct": "What we said in (1) is correct.",
    "fr: tient toujours": "L'équation (1) tient toujours.",
    "fr: ne tient pas compte": "L'équation (1) ne tient pas compte du bruit.",
    "fr: negated": "Nous ne disons pas que l'équation (1) ne tient pas.",
    "de: gilt nicht nur": "Gleichung (1) gilt nicht nur hier.",
    "de: gibt auf Seite": "Wir geben (1) auf Seite 3 an.",
    "es: no vale la pena": "La ecuación (1) no vale la pena.",
}


@pytest.mark.parametrize("sentence", _KEEPING.values(), ids=_KEEPING.keys())
def test_a_display_kept_is_not_freed(sentence):
    assert not _frees_a(sentence)


def test_a_held_out_withdrawal_holds_the_step_and_its_guard_keeps_the_proof():
    """Judged whole: a passive of another verb of the class holds a + a = 6; the same verb on a value keeps it."""
    red_team.assert_held_or_refuted(red_team.last(_SAID_OF_1.format("Equation (1) must be thrown out.")))
    red_team.assert_proved(red_team.last(_SAID_OF_1.format("By (1) we throw out every other value.")))
