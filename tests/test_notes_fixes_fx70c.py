"""Members of an index's range a sentence claims beyond its maths spans (diffproof.notecheck.statements.
claimed_members): rt69a-03 (the letter and its set in two spans), rt69a-29 ("(including $0$)") and rt69a-27 (x_k = K -
k "for $k = 1, \\ldots, K$": the list's last member).

Each sentence is read as if its membership were written in one span (``t \\in \\{0, \\ldots, T\\}``, ``t \\in
\\mathbb{N} \\cup \\{0\\}``), or with its list's last member claimed as its first is (k = K beside k = 1).  The readers
are pure functions of the sentence, so their held-out forms (other words, other languages, other sets and letters) and
the forms that must not be read (a negation, a number excluded, an interval of reals for a letter that is no index) are
asked of them directly; a few notes are judged end to end: a wrong DDPM step claimed at t = 0 and a family member
without a value are held, and their faithful twins keep their proofs.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers import parser as syntax
from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.statements.claimed_members import last_members, read_whole
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notes import Inline


def _read(sentence: str, maths: str) -> str:
    """:func:`read_whole` of the span ``maths`` in ``sentence``."""
    return read_whole(Inline(maths, 1, sentence))


#: Sentences whose first span is read with the words after it, and how (held out: other words, other languages).
READ = {
    "for-every-in": (r"For every $t$ in $\{0, 1, \ldots, T\}$ we have", "t", r"t \in \{0, 1, \ldots, T\}"),
    "belonging-to": (r"For all $t$ belonging to $\{0, \ldots, T\}$,", "t", r"t \in \{0, \ldots, T\}"),
    "ranging-over": (r"With $k$ ranging over $[\![0, K]\!]$,", "k", r"k \in [\![0, K]\!]"),
    "lies-in-naturals": (r"Each $n$ lies in $\mathbb{N}_0$.", "n", r"n \in \mathbb{N}_0"),
    "unicode-in": (r"For every $t$ ∈ $\lbrace 0, \dots, T \rbrace$,", "t", r"t \in \lbrace 0, \dots, T \rbrace"),
    "fr-dans": (r"Pour tout $t$ dans $\{0, \ldots, T\}$, on a", "t", r"t \in \{0, \ldots, T\}"),
    "de-aus": (r"Für alle $t$ aus $\{0, \ldots, T\}$ gilt", "t", r"t \in \{0, \ldots, T\}"),
    "step-in-interval": (r"For every $t$ in $[0, T]$ we have", "t", r"t \in [0, T]"),
    "including": (r"For every $t \in \mathbb{N}$ (including $0$) we have", r"t \in \mathbb{N}", r"t \in \mathbb{N} \cup \{0\}"),
    "together-with": (r"For $t \in \mathbb{N}$, together with $0$,", r"t \in \mathbb{N}", r"t \in \mathbb{N} \cup \{0\}"),
    "included-after": (r"For $t \in \{1, \ldots, T\}$ ($0$ included),", r"t \in \{1, \ldots, T\}",
                       r"t \in \{1, \ldots, T\} \cup \{0\}"),
    "including-zero": (r"For $t \in \mathbb{N}$ (including zero),", r"t \in \mathbb{N}", r"t \in \mathbb{N} \cup \{0\}"),
    "fr-y-compris": (r"Pour $t \in \mathbb{N}$ (y compris $0$),", r"t \in \mathbb{N}", r"t \in \mathbb{N} \cup \{0\}"),
    "de-einschliesslich": (r"Für $n \in \mathbb{N}$ einschließlich $0$ gilt", r"n \in \mathbb{N}",
                           r"n \in \mathbb{N} \cup \{0\}"),
    "both-rules": (r"For every $t$ in $\mathbb{N}$ (including $0$) we have", "t", r"t \in \mathbb{N} \cup \{0\}"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(READ))
def test_a_membership_is_read_across_its_spans_and_words(name):
    sentence, maths, read = READ[name]
    assert _read(sentence, maths) == read


#: Sentences whose span is read as written: no membership words, a set that is not one of integers for a letter
#: that is no step index, a negation before the words that add a member, or the member said excluded.
AS_WRITTEN = {
    "no-membership-word": (r"For every $t$ and $\{0, \ldots, T\}$ we have", "t"),
    "words-between": (r"For every $t$ we have, in $\{0, \ldots, T\}$,", "t"),
    "reals-for-a-non-index": (r"For every $x$ in $(0, 1)$ we have", "x"),
    "not-a-set": (r"For every $x$ in $f(y)$ we have", "x"),
    "a-name-indexed": (r"For every $x_t$ in $\{0, 1\}$ we have", "x_t"),
    "not-including": (r"For $t \in \mathbb{N}$ (not including $0$),", r"t \in \mathbb{N}"),
    "excluding": (r"For $t \in \mathbb{N}$ (excluding $0$),", r"t \in \mathbb{N}"),
    "with-zero-excluded": (r"For $t \in \mathbb{N}$, with $0$ excluded,", r"t \in \mathbb{N}"),
    "with-zero-not-included": (r"For $t \in \mathbb{N}$, with $0$ not included,", r"t \in \mathbb{N}"),
    "with-an-order": (r"For $t \in \mathbb{N}$ with $t \le T$,", r"t \in \mathbb{N}"),
    "no-membership": (r"For $x = 2$ (including $0$),", "x = 2"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(AS_WRITTEN))
def test_other_spans_are_read_as_written(name):
    sentence, maths = AS_WRITTEN[name]
    assert _read(sentence, maths) == maths


def _first(letter: str, member: str) -> Stated:
    """The value of an index's first member a sentence's reading keeps for the display after it."""
    text = f"{letter} = {member}"
    return Stated("relation", 1, text, Formula(text, 1, syntax.parse(text, notes=True)), None, "inline", until=5)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (r"k = 1, \ldots, K", ("k", "1"), "k = K"),
        (r"j = 1, 2, \ldots, N", ("j", "1"), "j = N"),
        (r"i = 0, \dots, M - 1", ("i", "0"), "i = M-1"),
        (r"k = 1, \ldots, 5", ("k", "1"), "k = 5"),
    ],
)
def test_a_list_claims_its_last_member_beside_its_first(text, first, last):
    (found,) = last_members(text, [_first(*first)])
    assert (found.kind, found.text.replace(" ", ""), found.until) == ("last member", last.replace(" ", ""), 5)


def test_no_last_member_without_the_first_or_where_it_is_read_already():
    assert last_members(r"k = 1, \ldots, K", []) == []  # the first member not kept (denied, say): no claim
    assert last_members(r"k = 1, \ldots, K", [_first("k", "1"), _first("k", "K")]) == []
    assert last_members(r"k = 1", [_first("k", "1")]) == []


_DDPM = (
    "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0\n$$\n"
)
_FAMILY = "{}\n\n$$\n{}\n$$\n"
#: rt69a-14's note with the membership's words and set as given: wrong where the set leaves out t = 1 or 2.
_BOUNDED = (
    "Let $0.9 < \\alpha_t < 0.95$ for every $t$ {}, and let $\\bar\\alpha_t = "
    "2\\alpha_1 - \\alpha_{{t+1}}$.\n\n$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"
)

#: Notes judged end to end: wrong ones held, faithful twins proved.
NOTES = {
    "ddpm-in-words-belonging-to-0-to-T": (_DDPM.format(r"For all $t$ belonging to $\{0, \ldots, T\}$ we have:"),
                                          UNDECIDED),
    "ddpm-in-naturals-0-two-spans": (_DDPM.format(r"For every $t$ in $\mathbb{N}_0$ we have the following."), UNDECIDED),
    "ddpm-fr-y-compris-0": (_DDPM.format(r"Pour tout $t \in \mathbb{N}$ (y compris $0$) on a ce qui suit."), UNDECIDED),
    "ddpm-in-words-1-to-T": (_DDPM.format(r"For every $t$ in $\{1, 2, \ldots, T\}$ we have the following."), PROVED),
    "ddpm-not-including-0": (_DDPM.format(r"For every $t \in \mathbb{N}$ (not including $0$) we have:"), PROVED),
    "family-j-1-to-N-log": (_FAMILY.format(r"Let $x_j = N - j$ for $j = 1, 2, \ldots, N$.", r"\log x_j - \log x_j = 0"),
                            UNDECIDED),
    "family-i-1-to-M-divisor": (_FAMILY.format(r"Let $y_i = M - i$ for $i = 1, \ldots, M$.",
                                               r"\frac{1}{y_i} - \frac{1}{y_i} = 0"), UNDECIDED),
    "family-k-1-to-K-minus-1-log": (_FAMILY.format(r"Let $x_k = K - k$ for $k = 1, \ldots, K - 1$.",
                                                   r"\log x_k - \log x_k = 0"), PROVED),
    # the bound said under a membership across two spans restricts it (rt69a-14's rule, held out): alpha_1 is free
    "bound-for-t-belonging-to-3-to-T-abs": (_BOUNDED.format(r"belonging to $\{3, \ldots, T\}$"), UNDECIDED),
    "bound-for-t-in-1-to-T-abs": (_BOUNDED.format(r"in $\{1, \ldots, T\}$"), PROVED),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(NOTES))
def test_notes_end_to_end(name):
    text, status = NOTES[name]
    result = red_team.report(text).results[-1]
    assert not result.internal, result.reason
    assert result.status == status, result.reason
