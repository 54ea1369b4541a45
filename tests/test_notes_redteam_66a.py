"""Red team 66a's notes (tests/data/notes/redteam_laws/rt66a-*), against session 65's late fixes to the reader's
case, index and family rules (main at 625ea5dd):

- 01-02: a family's bound said for a restricted quantifier ('for every $t \\ge 2$', 'for every $t$ except $t = 1$')
  is read for every member, so alpha_1 keeps (0.9, 0.95) and |1 - abar_t| = 1 - abar_t is proved;
- 03-08: a definition said for a case after it that hedges' case rules do not read (a size of a step index's letter,
  a value in maths, 'at every', French sign words, a membership in N, an order in words with a number beyond three),
  so a := 3 is kept for every z and 6/(a - 1) = 3 is proved;
- 09-11: an index claimed from 0 in a way claimed_index_ends does not read ('from $0$ to $T$', '[\\![0, T]\\!]',
  'N u {0}'), so log(1 - abar_t) at t = 0 is cancelled and proved;
- 12-13: a family's value not carried to the member the step writes (said under a range of its own index; a value
  in its index letter), so a logarithm of a negative number is cancelled and proved;
- 14-15, 25: a right step claimed in a case said in words (the first step; t equal to one; 'Had there been a single
  step') refuted outside it: false alarms, case_in_words reads none;
- 16-19: an index dropped though a word of keeping stands elsewhere in the sentence, or taken back by a sentence
  that excepts the time index or only says writing indices is too heavy: E(eps eps_t) = 0 proved;
- 20: a definition of four letters whose body leaves its convention (sigma := a + b + c - d), never sampled;
- 21-22: a family's value written with another name (x_i = -1 - y^2, x_i = -y_i^2 - 1) not held against a
  counterexample giving x_1 its own value: false alarms;
- 23-24: an index's range given as a set listed in full or as [\\![1, 5]\\!], not read as orders, so a witness at
  T = 192 is trusted: false alarms.

01-13 and 16-20 are false proofs, 14-15 and 21-25 false alarms; each a strict xfail until fixed (listed in
FIXED); the guards (rt66a-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is
its last.  Each note's first comment gives the hand check; the cause, as read from the code, is the reason of its
xfail.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_FAMILY_RESTRICTED = (
    "overrides._family_ranges takes a bound on alpha_t as every member's wherever a 'freed' item on the same line "
    "quantifies t, whatever restricts the quantifier ({}): it carries no cases, so alpha_1 is sampled in (0.9, 0.95) "
    "and may_leave finds abar_t inside (0, 1); the kernel's bound of the family alike gives alpha_1 (0.9, 0.95) "
    "('bounded symbols written through positive ones'), though the note bounds only {}"
)
_CASE_AFTER = (
    "hedges._case_named_after (_CASE_NAMED_AFTER) reads a case after a sentence's maths only {}, so a := 3 is read "
    "as said for every z"
)
_INDEX_FROM_ZERO = (
    "orders_not_taken.claimed_index_ends reads an index claimed from 0 only as an order, a value, {} or a word "
    "'nonnegative'; {} matches none, so t = 0 is not claimed and the cancelled logarithm is proved"
)
_DROP_KEPT = (
    "dropped_indices._KEPT is searched over the whole sentence and wins over a drop (_drops returns False before "
    "_DROPS is tried): {}, so 'we drop the index $t$' in the same sentence drops nothing and eps, eps_t are two names"
)
_WRITTEN_AGAIN = (
    "dropped_indices._restores takes a verb of writing beside a lasting word ({}) as writing every index again "
    "unless the sentence has a word of _RESTRICTED or _UNDONE; {}, so indices_written_again takes back the drop "
    "before it and eps, eps_t are two names"
)

_FAMILY_OTHER_NAMES = (
    "conditions._family_value holds a counterexample that gives another member of a defined family its own value "
    "only where the definition's body is written in its index letters alone (definition.rhs.free_symbols <= "
    "letters); {}, so x_1 = 0.82 (breaking x_1 < 0) is trusted and the right step refuted ({})"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # Wrong (01-02): alpha_1 is any value of (0, 1); at alpha_1 = 0.99, alpha_2 = 0.91, abar_1 = 1.07.
    "rt66a-01-alphas-bounded-for-t-at-least-2-abar-2-alpha-1-minus-alpha-t-plus-1-abs-proved": _FAMILY_RESTRICTED.format(
        "here its order t \\ge 2, read as part of the freed maths", "alpha_t for t >= 2"
    ),
    "rt66a-02-alphas-bounded-for-t-except-1-abar-abs-proved": (
        "the sentence's maths 't = 1' after 'except' is read as the index's value until the display (no reader takes "
        "'except' as leaving the value out), so the definition is read at t = 1 as the relation abar_1 = 2 alpha_1 - "
        "alpha_2 (at abar_1) and the bound as alpha_1's; overrides._relation overrides a name given a number only, "
        "not a formula of names, and numbers.may_leave (_leaves_apart) tries a family's members apart only through a "
        "free index letter, which abar_1's body has none of, so abar_1 keeps its convention (0, 1) and |1 - abar_1| "
        "= 1 - abar_1 is proved (overrides._family_ranges now drops a bound whose quantifier the line restricts)"
    ),
    # Wrong (03-08): a := 3 in a case only; elsewhere a is free and 6/(a - 1) = 3 fails at a = 0.
    "rt66a-03-let-a-3-for-n-large-enough-proved": (
        "hedges._case_named_after drops a case whose maths writes a step index's letter bare (_BARE_INDEX: n is one), "
        "leaving it to the index cases (indices.index_case, timeline._sentence_cases), which read orders and values "
        "of an index, not a size in words ('large enough'); 'for large $n$' (the size word first) is held"
    ),
    "rt66a-04-let-a-3-for-z-equal-0-proved": _CASE_AFTER.format(
        "by a sign or size word, an order in words, an order or membership in maths (_ORDER_IN_MATHS: <, >, \\le, "
        "\\ne, \\in, ... but no '='), or maths and 'only': 'for $z = 0$' is a value, none of them"
    ),
    "rt66a-05-let-a-3-at-every-z-at-least-0-proved": _CASE_AFTER.format(
        "after the prepositions for, on, over, pour, für, para, per: 'at every $z \\ge 0$' (also 'in the region', "
        "'throughout the half-line', each proved alike) starts with none"
    ),
    "rt66a-06-soit-a-3-pour-z-positif-proved": _CASE_AFTER.format(
        "by a sign or size word in English (_SIGN: positive, negative, nonzero, large, ...) or maths and a word of "
        "'only' (seulement, nur, solo, ...): French 'positif' (Italian 'positivo', proved alike) is no English word"
    ),
    "rt66a-07-let-a-3-for-z-in-naturals-proved": _CASE_AFTER.format(
        "by an order or membership in maths other than a membership in a whole space (_ORDER_IN_MATHS's lookahead "
        "excludes \\in \\mathbb{R}, \\mathbb{C}, \\mathbb{N}, \\mathbb{Z}); N and Z are no whole real line, so "
        "'for $z \\in \\mathbb{N}$' (or \\mathbb{Z}) names a case, read as every point"
    ),
    "rt66a-08-let-a-3-for-z-at-least-four-proved": _CASE_AFTER.format(
        "by an order in words before maths, a digit or a number word of _ORDER_WORDS' lookahead (zero, one, two, "
        "three, unity, infinity): 'at least four' (also 'above ten') ends in none"
    ),
    # Wrong (09-11): abar_0 = 1, so log(1 - abar_0) = log 0 has no value at the claimed t = 0.
    "rt66a-09-ddpm-for-t-from-0-to-T-log-proved": _INDEX_FROM_ZERO.format(
        "a membership (_MEMBER_FROM, _WHOLE_FROM)",
        "a range in words, 'For $t$ from $0$ to $T$' (also 'between $0$ "
        "and $T$'), whose maths '0' and 'T' are no relation of t,",
    ),
    "rt66a-10-ddpm-t-in-double-bracket-0-T-log-proved": _INDEX_FROM_ZERO.format(
        "a membership whose bracket is \\{, [, ( or \\llbracket (_MEMBER_FROM)",
        "'t \\in [\\![0, T]\\!]' (the integer interval as written without stmaryrd: '[' then '\\!', not a number)",
    ),
    "rt66a-11-ddpm-t-in-naturals-union-0-log-proved": _INDEX_FROM_ZERO.format(
        "a membership in N_0, Z_{\\ge n} (_WHOLE_FROM: the set alone, then $)",
        "'t \\in \\mathbb{N} \\cup \\{0\\}' (also \\mathbb{Z}_0^+, proved alike)",
    ),
    # Wrong (12-13): the member the step writes is negative, so its logarithm has no value.
    "rt66a-12-x-i-is-minus-1-for-i-1-to-n-then-log-x-1-proved": (
        "orders_not_taken.orders_at_other_indices carries a family's value (x_i = -1) to the member the step writes "
        "(x_1) only where it is said for every index; said under a range of its own letter ('for $i = 1, \\ldots, "
        "n$', read as a case: 'x_i = -1 (only where i = 1, \\ldots, n)'; also 'for every $i$ from $1$ to $3$') it "
        "reaches no member, though x_1 lies in every such range, and log x_1 - log x_1 is cancelled"
    ),
    "rt66a-13-x-k-is-minus-k-then-log-x-k-proved": (
        "a definition x_k := -k is written into the step (log(-k) - log(-k)), and stated_values' domain check finds "
        "the log's argument at 'the note's values' only where it is a number (x_k = -1 is held): -k with the index "
        "letter k (whole, >= 1 by its convention, so -k <= -1) is not shown to fail, and the cancelled step is proved "
        "(x_i = 1 - 2i alike)"
    ),
    # Right (14-15): abar_1 = alpha_1, claimed at the first step only; the counterexample is at another t.
    "rt66a-14-ddpm-for-the-first-step-abar-is-alpha-refuted": (
        "lead_ins.case_in_words holds a refutation only for a supposition word (_SUPPOSED) or a value in words "
        "(_VALUE_IN_WORDS: origin, zero, vanishing, no noise, ...); 'For the first step' names a step by an ordinal "
        "(first, initial, last), which neither table has, and no reader takes it as t = 1"
    ),
    "rt66a-15-ddpm-at-t-equal-to-one-abar-is-alpha-refuted": (
        "lead_ins.case_in_words reads a value in words only in a sentence with no maths and no lone letter "
        "(valued = ... and not maths), and neither 'at' nor 'when' is a word of _SUPPOSED; no reader takes the "
        "number word 'one' as t's value ('At $t = 1$' is proved), so 'At $t$ equal to one' (also 'When $t$ is "
        "one') sets no case and the counterexample at another t stands"
    ),
    "rt66a-25-ddpm-had-there-been-a-single-step-abar-T-is-alpha-T-refuted": (
        "lead_ins._SUPPOSED reads a counterfactual by 'if', 'suppose', 'were', 'imagine', ... but not by the inverted "
        "'had' ('Had there been a single step'), and 'would' alone is left out on purpose (lead65), so case_in_words returns '' and the refutation at T >= 2 stands ('Were there a single "
        "step' is held)"
    ),
    # Wrong (16-19): the bare eps is eps_t (E(eps_t^2) = 1), not an independent noise.
    "rt66a-16-drop-the-index-and-keep-other-symbols-proved": _DROP_KEPT.format(
        "'keep every other symbol' matches \\b(?:keep\\w*|retain\\w*)\\b, whatever is kept"
    ),
    "rt66a-17-never-drop-silently-then-drop-the-index-proved": _DROP_KEPT.format(
        "'We never drop an index silently' matches a verb of dropping denied (never ... drop), though the denial is "
        "of dropping silently and its clause is followed by a drop"
    ),
    "rt66a-18-indices-written-apart-from-the-time-index-proved": _WRITTEN_AGAIN.format(
        "'From now on all indices are written'",
        "'apart from the time index' is no word of _SPARING or _RESTRICTED (except, unless, only, not, ...; 'save "
        "the time index' is proved alike), and _drops reads no drop in it",
    ),
    "rt66a-19-writing-every-index-is-too-heavy-proved": _WRITTEN_AGAIN.format(
        "'Writing every index explicitly'",
        "'is too heavy' (a reason not to write them) is no word of _UNDONE (a question, a modal, a supposition, a "
        "task left to the reader), and the sentence is read as done",
    ),
    # Right (21-22): x_1 < 0 by the family's value, so sqrt(x_1^2) = -x_1; the counterexample has x_1 > 0.
    "rt66a-21-x-i-is-minus-1-minus-y-squared-then-sqrt-x-1-squared-refuted": _FAMILY_OTHER_NAMES.format(
        "-1 - y^2 writes y", "x_i = c i after c = -1 is refuted alike"
    ),
    "rt66a-22-x-i-is-minus-y-i-squared-minus-1-then-sqrt-x-1-squared-refuted": _FAMILY_OTHER_NAMES.format(
        "-y_i^2 - 1 writes y_i, a member of another family (at x_1, y_1)", "the value at x_1 is -y_1^2 - 1"
    ),
    # Right (23-24): T <= 5 and every alpha_s > 0.9, so 2 abar_t - 1 > 2 (0.9^5) - 1 > 0; the witness has T = 192.
    "rt66a-23-ddpm-alphas-above-0-9-t-in-listed-set-1-to-5-abs-refuted": (
        "assumptions.membership_as_order reads a set of integers only when written with its ellipsis (a set with no "
        '\'\\dots\' returns None: \'(found["open"] == "\\\\{") != bool(found["dots"])\'), so the set listed '
        "in full, T \\in \\{1, 2, 3, 4, 5\\}, gives T no order, conditions._index_condition_broken has no bound of T "
        "to check the witness against, and the witness at T = 192 is trusted ('T \\in \\{1, \\ldots, 5\\}' holds it)"
    ),
    "rt66a-24-ddpm-alphas-above-0-9-t-in-double-bracket-1-5-abs-refuted": (
        "assumptions._MEMBERSHIP takes the brackets \\{, [, ( and \\llbracket: the integer interval written without "
        "stmaryrd, T \\in [\\![1, 5]\\!], matches none (the same notation as finding 10, in the second reader), so T's "
        "range gives no order and the witness at T = 192 is trusted ('T \\in [1, 5]' holds it)"
    ),
    # Wrong (20): sigma = -1 at a = b = c = 0, d = 1.
    "rt66a-20-sigma-sum-of-four-letters-then-abs-proved": (
        "numbers.may_leave returns False (cannot tell) for a body of more than three letters (len(letters) > 3), and "
        "overrides then keeps sigma's convention sigma > 0, so sqrt(sigma^2) = sigma is proved; the fail-safe "
        "direction for a body never sampled is to drop the convention (or hold), as for a body of no value"
    ),
}

#: The verdicts each finding may have once fixed: a wrong step is held or refuted, a right one held or proved.
SOUND = {
    name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {UNDECIDED, PROVED}) for name in FINDINGS
}

#: Findings fixed since (plain cases then).
FIXED: frozenset[str] = frozenset({
    "rt66a-01-alphas-bounded-for-t-at-least-2-abar-2-alpha-1-minus-alpha-t-plus-1-abs-proved",
    "rt66a-02-alphas-bounded-for-t-except-1-abar-abs-proved",  # fx69b
    "rt66a-03-let-a-3-for-n-large-enough-proved",
    "rt66a-04-let-a-3-for-z-equal-0-proved",
    "rt66a-05-let-a-3-at-every-z-at-least-0-proved",
    "rt66a-06-soit-a-3-pour-z-positif-proved",
    "rt66a-07-let-a-3-for-z-in-naturals-proved",
    "rt66a-08-let-a-3-for-z-at-least-four-proved",
    "rt66a-09-ddpm-for-t-from-0-to-T-log-proved",
    "rt66a-10-ddpm-t-in-double-bracket-0-T-log-proved",
    "rt66a-11-ddpm-t-in-naturals-union-0-log-proved",
    "rt66a-12-x-i-is-minus-1-for-i-1-to-n-then-log-x-1-proved",
    "rt66a-13-x-k-is-minus-k-then-log-x-k-proved",
    "rt66a-14-ddpm-for-the-first-step-abar-is-alpha-refuted",
    "rt66a-15-ddpm-at-t-equal-to-one-abar-is-alpha-refuted",
    "rt66a-16-drop-the-index-and-keep-other-symbols-proved",
    "rt66a-17-never-drop-silently-then-drop-the-index-proved",
    "rt66a-18-indices-written-apart-from-the-time-index-proved",
    "rt66a-19-writing-every-index-is-too-heavy-proved",
    "rt66a-20-sigma-sum-of-four-letters-then-abs-proved",
    "rt66a-21-x-i-is-minus-1-minus-y-squared-then-sqrt-x-1-squared-refuted",
    "rt66a-22-x-i-is-minus-y-i-squared-minus-1-then-sqrt-x-1-squared-refuted",
    "rt66a-23-ddpm-alphas-above-0-9-t-in-listed-set-1-to-5-abs-refuted",
    "rt66a-24-ddpm-alphas-above-0-9-t-in-double-bracket-1-5-abs-refuted",
    "rt66a-25-ddpm-had-there-been-a-single-step-abar-T-is-alpha-T-refuted",
})  # fmt: skip


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt66a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_66a_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt66a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt66a-guard-01-alphas-bounded-for-every-t-abar-abs-proved": PROVED,
    "rt66a-guard-02-let-a-3-for-z-in-reals-proved": PROVED,
    "rt66a-guard-03-let-a-3-for-all-n-however-large-proved": PROVED,
    "rt66a-guard-04-let-a-3-for-z-nonnegative-undecided": UNDECIDED,
    "rt66a-guard-05-ddpm-for-t-at-least-1-log-proved": PROVED,
    "rt66a-guard-06-ddpm-t-in-set-0-to-T-log-undecided": UNDECIDED,
    "rt66a-guard-07-x-i-is-minus-1-for-i-at-least-2-then-log-x-1-proved": PROVED,
    "rt66a-guard-08-x-i-is-minus-1-for-every-i-then-log-x-3-undecided": UNDECIDED,
    "rt66a-guard-09-ddpm-at-t-equal-1-abar-is-alpha-proved": PROVED,
    "rt66a-guard-10-ddpm-for-every-step-abar-is-alpha-refuted": REFUTED,
    "rt66a-guard-11-drop-the-index-undecided": UNDECIDED,
    "rt66a-guard-12-sigma-x-squared-minus-1-then-abs-refuted": REFUTED,
    "rt66a-guard-13-x-i-is-minus-e-to-the-i-then-sqrt-x-1-squared-undecided": UNDECIDED,
    "rt66a-guard-14-ddpm-alphas-above-0-9-t-in-interval-1-5-abs-undecided": UNDECIDED,
    "rt66a-guard-15-ddpm-were-there-a-single-step-abar-T-is-alpha-T-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt66a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_red_team_66a_s_guards(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status == GUARDS[name], result.reason
