"""The judging side's remembered functions (suite time): each is keyed by everything it reads, so a worker that
judged one step or note before gives the next the answer its own arguments give, never the earlier one's."""

from __future__ import annotations

import sympy as sp

from derivations.kernel.assumptions import Definition
from derivations.kernel.rules import written_out
from diffproof.notecheck.assumptions import _nonnegative_within
from diffproof.notecheck.contexts import _written_out
from diffproof.notecheck.vocabulary import NoteVocabulary

S = ("s", "", "")


def test_a_gap_is_judged_on_the_ranges_its_names_have_when_asked_not_when_first_asked():
    vocabulary = NoteVocabulary()
    s = vocabulary.symbol(S)  # a letter with no convention: any real
    assert not _nonnegative_within(s, vocabulary)
    assert _nonnegative_within(s, vocabulary, frozenset({("s", "")}))  # a family the note defines by a body >= 0
    assert not _nonnegative_within(s, vocabulary)  # asked again without it: the reals again
    vocabulary.declared[S] = sp.Interval(1, 2)  # the same symbol, now bounded: s >= 0 holds
    assert _nonnegative_within(s, vocabulary)
    assert not _nonnegative_within(s - 3, vocabulary)  # and s - 3 >= 0 does not
    vocabulary.declared[S] = sp.Interval(-1, 2)
    assert not _nonnegative_within(s, vocabulary)
    assert _nonnegative_within(s + 1, vocabulary)


def test_every_name_s_range_is_part_of_the_key():
    vocabulary = NoteVocabulary()
    s, u = vocabulary.symbol(S), vocabulary.symbol(("u", "", ""))
    gap = s * u
    vocabulary.declared[S], vocabulary.declared[("u", "", "")] = sp.Interval(0, 1), sp.Interval(0, 1)
    assert _nonnegative_within(gap, vocabulary)
    vocabulary.declared[("u", "", "")] = sp.Interval(-1, 1)  # only the second name's range changes
    assert not _nonnegative_within(gap, vocabulary)


def test_a_definition_written_out_is_keyed_by_the_definitions():
    a, b, c = sp.symbols("a b c", real=True)
    first, second = (Definition(a, b + 1, "a := b + 1"),), (Definition(a, c**2, "a := c^2"),)
    assert _written_out(2 * a, first) == written_out(2 * a, first) == 2 * b + 2
    assert _written_out(2 * a, second) == 2 * c**2
    assert _written_out(2 * a, ()) == 2 * a
    assert _written_out(2 * a, first + (Definition(b, c, "b := c"),)) == 2 * c + 2  # b's body brought in turn
