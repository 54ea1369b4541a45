"""A modulus said in the note's prose sets the arithmetic of its steps, wherever it is said: the sentence the display
goes on with ("modulo $3$."), the line after it ("(mod 3)"), a gloss ("where arithmetic is modulo $3$"), or a sentence
for the whole note ("All arithmetic here is modulo $3$").  The kernel judges among the reals, so such a step is held,
never refuted (red team 60r, 44-47) and never proved (a proof among the reals is one of another claim)."""

from __future__ import annotations

import pytest
from red_team import last

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Right congruences (each holds modulo the number said) that are false among the reals, with the modulus elsewhere.
HELD = {
    "the display's sentence goes on": "Then\n\n$$\n2 + 2 = 1\n$$\nmodulo $3$.\n",
    "a bracketed modulus on the next line": "Then\n\n$$\n4 = 0\n$$\n(mod 2)\n",
    "a TeX modulus on the next line": "Then\n\n$$\n5 = 0\n$$\n$\\pmod{5}$\n",
    "a gloss after a blank line": "Then\n\n$$\n3 \\cdot 3 = 1,\n$$\n\nwhere all arithmetic is mod $4$.\n",
    "said for the whole note": "We work modulo $7$ throughout.\n\nHence:\n\n$$\n8 = 1\n$$\n",
    # the word for "modulo" in other languages, before its number or (Japanese, Korean) after it (red team 61r)
    "Italian, a number in TeX": "Lavoriamo modulo $5$.\n\nQuindi:\n\n$$\n3 + 3 = 1\n$$\n",
    "Spanish, with its accent": "Todo se calcula módulo 5.\n\nEntonces:\n\n$$\n3 + 3 = 1\n$$\n",
    "Russian, a bracketed aside": "(Все вычисления по модулю 7.)\n\n$$\n4 + 4 = 1\n$$\n",
    "Japanese, the number first": "以下では 7 を法とする。\n\n$$\n4 + 4 = 1\n$$\n",
    "Korean, the number first": "7를 법으로 하여 계산한다.\n\n$$\n4 + 4 = 1\n$$\n",
    "modular arithmetic unnamed": "The steps below use modular arithmetic.\n\n$$\n4 + 4 = 1\n$$\n",
}

#: Steps judged as before: a modulus word that names no number, a paragraph away, is no arithmetic ("modulo a
#: constant", "modulo terms free of theta"), nor a modulus set apart from the reals the note works in.  (In the
#: paragraph that leads into the display any modulus word holds the step, as it always did.)
AMONG_THE_REALS = {
    "modulo a constant": ("The loss is the same modulo a constant.\n\nThen:\n\n$$\n2 + 2 = 5\n$$\n", REFUTED),
    "modulo terms": ("Both are equal modulo terms free of $\\theta$.\n\nThen:\n\n$$\n2 + 2 = 5\n$$\n", REFUTED),
    "set apart": ("Unlike modulo $3$, here we work over the reals.\n\nThen:\n\n$$\n2 + 2 = 1\n$$\n", REFUTED),
    "a right step, no modulus": ("Then\n\n$$\n2 + 2 = 4\n$$\n", PROVED),
    # Spanish and Russian "módulo" / "по модулю" also name an absolute value; with no number after, no arithmetic
    "el módulo del vector": ("Usamos el módulo del vector.\n\nEntonces:\n\n$$\n2 + 2 = 5\n$$\n", REFUTED),
    "по модулю меньше": ("Число по модулю меньше единицы.\n\nТогда:\n\n$$\n2 + 2 = 5\n$$\n", REFUTED),
}


@pytest.mark.parametrize("text", HELD.values(), ids=HELD.keys())
def test_a_congruence_with_its_modulus_said_in_prose_is_held(text):
    result = last(text)
    assert result.status == UNDECIDED, result.reason
    assert "other than the reals" in result.reason


@pytest.mark.parametrize("text", [text.replace("= 1", "= 2").replace("= 0", "= 3") for text in HELD.values()],
                         ids=HELD.keys())  # fmt: skip
def test_a_wrong_congruence_is_not_proved_either(text):
    """Each step made wrong modulo its number too (and still wrong among the reals): held, not refuted."""
    assert last(text).status == UNDECIDED


@pytest.mark.parametrize("text, status", AMONG_THE_REALS.values(), ids=AMONG_THE_REALS.keys())
def test_words_that_set_no_modulus_keep_the_reals(text, status):
    assert last(text).status == status
