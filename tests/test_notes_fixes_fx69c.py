"""Fixes of session 69's fx69c: red team 69b's withdrawals not read (tests/test_notes_redteam_69b.py, 01-06, 27, 28),
each read by a rule of grammar written once in statements/retractions.py, with held-out variants and guards:

- The English perfect of "to be" (_PERFECT: "has been", "have now been", "should have been") is a form of "to be"
  before the words that withdraw ("(1) has been withdrawn", "has been ruled out"); "has not been" is none.
- A negated verb group (_NOT_NOW: do-support, a modal negated, "cannot", "no longer", "never") before a verb of
  holding or standing, or "no longer" after it ("will not hold", "won't hold", "no longer stands", "holds no longer").
- A word of time or degree between a negated copula and its adjective, in each language ("non è più valida", "n'est
  plus valide", "ist nicht mehr gültig", "ya no es válida", "não é mais válida", "is niet meer geldig").
- Verbs of undoing (undo, revert; "reverse" right before a reference, not "the reverse process") and of letting go
  with a preposition ("Forget about (1)", "get rid of", "do away with", "dispense with").
- A pronoun withdrawn ("We drop it", "It no longer holds") stands for the displays named before it in its sentence or
  in the sentence before: one is its antecedent; several are all withdrawn (fail-safe).
- A denial opening a that-clause ("It is not the case that (1) holds", "Il n'est pas vrai que", "Es ist nicht wahr,
  dass") withdraws the display the clause opens with, unless the clause itself withdraws it (a double negation:
  "It is not the case that (1) fails" keeps it).

Each sentence is read by retractions.withdrawn alone (a regex reading, fast): the red team's own notes, judged whole,
are in tests/test_notes_redteam_69b.py, and one held-out note and one guard are judged whole here.
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
    # 01: the perfect of "to be"
    "have been withdrawn": "Equations (1) have been withdrawn.",
    "had been dropped": "Equation (1) had been dropped.",
    "has been taken back": "Equation (1) has been taken back.",
    "has since been ruled out": "Equation (1) has since been ruled out.",
    "should have been discarded": "Equation (1) should have been discarded.",
    "has been reverted": "(1) has been reverted.",
    # 02, 03: a verb of holding or standing negated
    "stands no longer": "Equation (1) stands no longer.",
    "can no longer stand": "Equation (1) can no longer stand.",
    "won't hold": "Equation (1) won't hold from here on.",
    "cannot hold": "Equation (1) cannot hold.",
    "holds no longer": "Equation (1) holds no longer.",
    "will no longer apply": "From here on, (1) will no longer apply.",
    "never holds": "Equation (1) never holds.",
    # 04: a word between the negated copula and its adjective
    "fr: n'est plus valide": "L'équation (1) n'est plus valide.",
    "de: ist nicht mehr gültig": "Gleichung (1) ist nicht mehr gültig.",
    "es: ya no es válida": "La ecuación (1) ya no es válida.",
    "es: no es del todo correcta": "La ecuación (1) no es del todo correcta.",
    "it: non è affatto corretta": "L'equazione (1) non è affatto corretta.",
    "pt: não é mais válida": "A equação (1) não é mais válida.",
    "nl: is niet meer geldig": "Vergelijking (1) is niet meer geldig.",
    # 05, 28: verbs of undoing and of letting go
    "get rid of": "Let us get rid of (1).",
    "do away with": "We do away with equation (1).",
    "dispense with": "We can dispense with (1).",
    "forget all about": "Forget all about (1).",
    "revert": "We revert (1).",
    "reverse equation": "We reverse equation (1).",
    "undo the previous definition": "Undo the previous definition.",
    # 06: a pronoun withdrawn, its antecedent named before it
    "drop it, same sentence": "Equation (1) is not what we want, so we drop it.",
    "it no longer holds": "We look again at (1). It no longer holds.",
    "this is wrong": "We look again at (1). This is wrong.",
    "ignore them": "Consider (1) and (2). We ignore them.",
    # 27: a denial opening a that-clause
    "no longer true that": "It is no longer true that (1) holds.",
    "untrue that": "It is untrue that (1) holds.",
    "fr: n'est pas vrai que": "Il n'est pas vrai que (1) soit vraie.",
    "de: nicht wahr, dass": "Es ist nicht wahr, dass (1) gilt.",
    "es: no es cierto que": "No es cierto que (1) se cumpla.",
    "it: non è vero che": "Non è vero che (1) valga.",
    "nl: niet waar dat": "Het is niet waar dat (1) geldt.",
}


@pytest.mark.parametrize("sentence", _WITHDRAWING.values(), ids=_WITHDRAWING.keys())
def test_a_display_withdrawn_in_more_words_is_freed(sentence):
    assert _frees_a(sentence)


#: Guards: a negation that does not withdraw, the same words of something else, a double negation: (1) is kept.
_KEEPING = {
    "has not been withdrawn": "Equation (1) has not been withdrawn.",
    "has been checked": "Equation (1) has been checked twice.",
    "will hold throughout": "Equation (1) holds, and will hold throughout.",
    "nothing withdraws": "Nothing withdraws (1).",
    "we never drop": "We never drop (1).",
    "cannot be dropped": "(1) cannot be dropped.",
    "do not undo": "We do not undo (1).",
    "never revert": "We never revert (1).",
    "warned against undoing": "Undoing (1) would be a mistake.",
    "do not forget about": "Do not forget about (1).",
    "the reverse process": "The reverse process (1) is used throughout.",
    "reversing the order": "We reverse the inequality and obtain (1).",
    "undo a substitution": "We undo the substitution made in (1).",
    "not only correct": "Equation (1) is not only correct, it is optimal.",
    "it: non è solo valida": "L'equazione (1) non è solo valida, è ottimale.",
    "not only the case that": "It is not only the case that (1) holds: it is the only choice.",
    "double negation": "It is not the case that (1) fails.",
    "pronoun negated": "Equation (1) is not what we want. We do not drop it.",
    "pronoun of a clause": "We look again at (1). It is wrong to drop (2).",
    "pronoun with no display before": "The last term is small. We drop it.",
    "this as a determiner": "We look again at (1). We drop this term.",
}


@pytest.mark.parametrize("sentence", _KEEPING.values(), ids=_KEEPING.keys())
def test_a_display_kept_is_not_freed(sentence):
    assert not _frees_a(sentence)


def test_a_held_out_withdrawal_holds_the_step_and_its_guard_keeps_the_proof():
    """Judged whole: a modal negation of holding holds a + a = 6; a double negation keeps it proved."""
    red_team.assert_held_or_refuted(red_team.last(_SAID_OF_1.format("Equation (1) can no longer hold.")))
    red_team.assert_proved(red_team.last(_SAID_OF_1.format("It is not the case that (1) fails.")))
