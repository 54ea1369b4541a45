"""fx70h's fixes of red team 70b's cases in words after a name (tests/test_notes_redteam_70b.py, findings 02-04).

- hedges: a word right after a name's maths that may go on with the clause elsewhere, but here opens a restriction of
  the name (``_RESTRICTING_WORD``: from, of, with, where, wherever, that, which, whose; von, vom, van, de, del, du,
  des, da), is a case of it: "Let $a := 3$ for $z$ from the upper half" sets a for some z only, and a step that needs
  a = 3 is held.  Only its going-on phrases ("from now on", "from here onwards", "von nun an", "de ahora en
  adelante", "of $\\mathbb{R}$") restrict nothing (``_GOING_ON_PHRASE``).
- hedges: any number of words of no case before the name ("for every sampled $z$", "for every given real $z$") leave
  the words after it to be weighed (``_QUALIFIED_AFTER``), so "in the tail" after them is a case.
- A step index's case in maths after such a word ("for $t$ with $t \\ge 1$") is left to the index readers, as "for
  $t \\ge 1$" is (``_INDEX_CASE_IN_MATHS``).

Each variant is its own short note (one judging call; the steps are decided in well under a second).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: 6/(a - 1) = 3: right where a = 3, wrong where a is free (a = 0 gives -6).
_FRACTION = "{}\n\n$$\n\\frac{{6}}{{a - 1}} = 3\n$$\n"

#: a := 3 said for some z only, by a word after z that goes on elsewhere, or after several words of no case (held-out
#: words and languages beside 70b's 'from the upper half', 'every sampled $z$ in the tail', 'where the density').
SAID_FOR_SOME = [
    "Let $a := 3$ for $w$ from the lower tail.",
    "Let $a := 3$ for all $z$ of norm one.",
    "Let $a := 3$ for each $z$ with norm one.",
    "Let $a := 3$ for every $z$ that lies in the tail.",
    "Let $a := 3$ for every $z$ which the sampler accepts.",
    "Let $a := 3$ for any $x$ wherever the density is positive.",
    "Let $a := 3$ for every given real $z$ in the tail.",
    "Let $a := 3$ for all fixed $z$ of the upper half.",
    "Sei $a := 3$ für jedes $z$ von der oberen Hälfte.",
    "Soit $a := 3$ pour tout $z$ de la queue.",
    "Sea $a := 3$ para todo $z$ del borde.",
    "Zij $a := 3$ voor elke $z$ van de staart.",
    "Sia $a := 3$ per ogni $z$ da una coda.",
    "Let $a := 3$ for $t$ with $t$ even.",
    "Let $a := 3$ for every $z$ on the unit circle.",
    "Soit $a := 3$ pour tout $z$ qui est dans la queue.",
]

#: Faithful sentences: a := 3 for every z (the words after z go on, or name the whole line), so the step is proved; a
#: step index's case in maths after such a word is read as "for $t \\ge 1$" is (by the index readers).
SAID_THROUGHOUT = [
    "Let $a := 3$ for $z$ from here onwards.",
    "Let $a := 3$ for every $z$ from this point on.",
    "Let $a := 3$ for every drawn $z$.",
    "Let $a := 3$ for every given real $z$.",
    "Let $a := 3$ for all $z$ of $\\mathbb{R}$.",
    "Let $a := 3$ for every $z$ and every $w$.",
    "Sei $a := 3$ für alle $z$ von nun an.",
    "Soit $a := 3$ pour tout $z$ de $\\mathbb{R}^n$.",
    "Sea $a := 3$ para todo $z$ de ahora en adelante.",
    "Let $a := 3$ for $t$ with $t \\ge 1$.",
    "Soit $a := 3$ pour tout $z$ on a fini.",
    "Sia $a := 3$ per ogni $z$ qui e altrove.",
    "Let $a := 3$ for $t$ of $\\{1, \\ldots, T\\}$.",
]


@pytest.mark.parametrize("sentence", SAID_FOR_SOME)
def test_a_case_after_the_name_is_held(sentence):
    red_team.assert_held_or_refuted(red_team.results(_FRACTION.format(sentence))[-1])


@pytest.mark.parametrize("sentence", SAID_THROUGHOUT)
def test_words_that_go_on_keep_the_proof(sentence):
    result = red_team.results(_FRACTION.format(sentence))[-1]
    assert result.status == PROVED, result.reason
