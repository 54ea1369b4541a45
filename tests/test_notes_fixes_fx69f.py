"""Fix of red team 69a's 10, 11, 15-17 and 28 (dropped_indices, zero_words, orders), read as general rules:

- a word of keeping keeps an index only where it governs the index's writing (dropped_indices._KEPT): a verb of
  keeping whose object is the index (a word for it or its maths, after determiners and at most two qualifiers, or a
  pronoun), with nothing after it but the clause's end or an adverbial of writing (_KEPT_AS_WRITTEN): "To keep it
  short", "keep things simple", "Keeping $t$ fixed" keep no index; a negation keeps it only where it denies the verb
  of dropping itself, auxiliaries and adverbs alone between (_TO_ITS_VERB: "As $t$ never changes we drop the index"
  denies the changing); and a comma parts clauses (_CLAUSE_BREAK), so a keeping before it says nothing of a drop after;
- a verb of vanishing ("vanishes", "verschwindet", "verdwijnt") and "nought" / "naught" are zero words
  (zero_words.ZERO_WORD, orders._SPELLED), a negation before them read as before ("does not vanish" gives no value);
- names listed together before a zero word ("Both $x$ and $y$ are zero", "$x$, $y$ and $z$ vanish") are each said
  to be zero (orders._zero_said_unread through _listed_apart, as the sign readers list names);
- a verb of setting with a value after "to", "at" or "equal to", words between ("We set the scale $a$ to unity",
  "setzen wir $a$ auf eins"), is a value in words (orders._SET_TO_A_NUMBER in _SIGN_WORDS): a counterexample about
  the name is not trusted.

Each rule keeps its guards: a drop said plainly or beside "keep it short" holds the step; an index kept in its own
clause keeps the proof; a negation, a comparison, a name not in the list, or a verb of setting with no value leaves
the refutation."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.dropped_indices import _drops

#: A DDPM note whose step is E(eps eps_t) = 0: proved where eps and eps_t are two noises, false where eps is eps_t.
_NOTE = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\nE(\\epsilon \\epsilon_t) = 0\n$$\n"

#: Sentences that drop the index t though a word of keeping or a negation stands beside the drop.
_DROPPED = [
    "To keep it short, we drop the index $t$ from now on.",  # rt69a-10
    "As $t$ never changes we drop the index $t$ from now on.",  # rt69a-11
    "To keep it short we drop the index $t$.",
    "To keep things simple the index $t$ is dropped.",
    "To keep formulas index-free we drop the index $s$.",
    "Keeping $t$ fixed we drop the index $t$.",
    "As $t$ is kept fixed we drop the index $t$.",
    "As the step is not varied, we omit the index $t$.",
    "Since $k$ never moves we suppress the subscript $k$.",
    "To retain the index's meaning, we drop the index $t$.",
    "To keep it light, we write $\\epsilon$ for $\\epsilon_t$.",
    "Keeping $u$ in the unit interval we drop the index $u$.",
    "To keep it in mind we drop the index $t$.",
    "Um es kurz zu halten, lassen wir den Index $t$ weg.",
    "Da sich $t$ nie ändert, lassen wir den Index $t$ weg.",
    "Pour faire court, on omet l'indice $t$.",
]

#: Sentences that keep the index, or deny its dropping: no drop read.
_KEPT = [
    "We keep the index $t$.",
    "We keep the index $t$ throughout.",
    "We do not drop the index $t$.",
    "We do not ever drop the index $t$.",
    "We don't drop the index $t$.",
    "The index $t$ is never explicitly dropped.",
    "The index $t$ is retained in the notation.",
    "We keep all the indices.",
    "We keep the time index $t$ and never drop it.",
    "No index is ever dropped.",
    "Keeping the index $t$, we write every formula in full.",
    "The index $t$ is kept.",
    "We keep the subscript $s$ on $x$.",
    "We keep it explicit and do not drop the index $t$.",
]


def test_a_keeping_of_something_else_or_a_negation_of_another_verb_keeps_no_drop():
    assert [sentence for sentence in _DROPPED if not _drops(sentence)] == []


def test_an_index_kept_or_its_drop_denied_drops_nothing():
    assert [sentence for sentence in _KEPT if _drops(sentence)] == []


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("To keep it brief, we omit the index $t$ from here on.", UNDECIDED),
        ("As $t$ never varies we suppress the time index.", UNDECIDED),
        ("We keep the index $t$ throughout.", PROVED),  # kept: eps and eps_t two noises
    ],
)
def test_a_dropped_index_holds_the_step_and_a_kept_one_proves_it(said, status):
    assert red_team.last(_NOTE.format(said)).status == status


#: A step true where its name is 0 only (3 y = 2 y), and one true where it is 1 only (y x = y^2 x).
_AT_ZERO = "\n\n$$\n3 {n} = 2 {n}\n$$\n\n"
_AT_ONE = "\n\n$$\n{n} x = {n}^2 x\n$$\n\n"


def _statuses(said: list[tuple[str, str, str]]) -> list[str]:
    """The verdicts of one note that says each sentence (its name ``n``) before its own step (a template)."""
    text = "".join(sentence + step.format(n=name) for sentence, name, step in said)
    return [result.status for result in red_team.results(text)]


#: Right steps after a value said in words, each of its own name: held (the counterexample breaks the words).
_HELD = [
    ("The noise $\\epsilon$ vanishes here.", "\\epsilon", _AT_ZERO),  # rt69a-15
    ("Here the noise $\\epsilon_1$ is identically nought.", "\\epsilon_1", _AT_ZERO),  # rt69a-16
    ("Both $\\epsilon_2$ and $\\eta$ are zero here.", "\\epsilon_2", _AT_ZERO),  # rt69a-17
    ("We set the scale $a$ to unity.", "a", _AT_ONE),  # rt69a-28
    ("The drift $f$ vanishes identically.", "f", _AT_ZERO),
    ("Das Rauschen $\\xi$ verschwindet hier.", "\\xi", _AT_ZERO),
    ("The bias $b$ is naught.", "b", _AT_ZERO),
    ("Here $u$, $v$ and $w$ are all zero.", "v", _AT_ZERO),
    ("Both $p$ and $q$ vanish.", "p", _AT_ZERO),
    ("We fix the gain $g$ at one.", "g", _AT_ONE),
    ("Wir setzen die Skala $c$ auf eins.", "c", _AT_ONE),
    ("We set the weight $h$ equal to two.", "h", _AT_ZERO.replace("3 {n} = 2 {n}", "{n}^2 = 2 {n}")),
    ("We set the rate $r$ to one half.", "r", _AT_ZERO.replace("3 {n} = 2 {n}", "2 {n}^2 = {n}")),
]


def test_a_value_said_in_words_holds_a_step_true_there():
    assert _statuses(_HELD) == [UNDECIDED] * len(_HELD)


#: Wrong steps after words that give no value (or deny it), each of its own name: refuted as before.
_REFUTED = [
    ("The noise $\\epsilon$ does not vanish.", "\\epsilon", _AT_ZERO),
    ("The noise $\\epsilon_1$ vanishes at the boundary.", "\\epsilon_1", _AT_ZERO),  # where, not a value
    ("The drift $f$ vanishes as $T$ grows.", "f", _AT_ZERO),
    ("The drift $p$ grows while $q$ vanishes.", "p", _AT_ZERO),  # no list: the zero is q's alone
    ("Either $u$ or $v$ vanishes.", "u", _AT_ZERO),
    ("We set the scale $a$ by hand.", "a", _AT_ONE),
]


def test_words_that_give_no_value_keep_the_refutation():
    assert _statuses(_REFUTED) == [REFUTED] * len(_REFUTED)
