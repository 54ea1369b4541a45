"""Red team 65a's notes (tests/data/notes/redteam_laws/rt65a-*), against session 64's later merges on values, ranges
and indices (baseline 04551d33: fx64j's values_beside, fx64l's range_order and _indexed_beyond_convention, fx64f/m's
orders at other indices and dropped-index fail-safes):

- 01-07: a value the note says the step is used at, after its display, that values_beside neither reads nor holds:
  said in words in a later sentence ('when $x$ vanishes'), through another name ('$x = y$ with $y = 0$'), of x_i
  'for every i' where the step writes x_1, in a clause an exception word is taken to govern though it does not
  ('except at $x = 1$ so we may use it at $x = 0$', 'Apart from its use at', 'Outside the main proof'), or of a
  name with a positive convention (sigma = 0), whose held value conditions._value_unread drops;
- 08-16: DDPM's abar_0 = 1 (log(1 - abar_0) = log 0) at t = 0, claimed in forms _indexed_beyond_convention never
  reads (it takes only an order statement of the index before the step): a list 't = 0, ..., T', a membership in
  {0, ..., T} or [0, T], 'every nonnegative integer t', an order after the display or beside it on its row, a value
  t = 0 said after the display, in a later sentence, or before it;
- 17: an index dropped in words no omission table reads ('$t$ is not written');
- 18-19: a value or order of x_i that depends on i (x_i = -i, x_i <= -i), which orders_at_other_indices drops, so
  x_1 = -1 (or x_1 <= -1) is never carried to log x_1;
- 20-23: false alarms: a right step refuted by a schedule witness (cr64's searches) of T = 192 steps (t = 191), where
  the note states T <= 5 plainly or claims the step for t <= 3 beside it or after it (with alphas above 0.9, abar_t >
  0.9^5 > 1/2): the order is a kernel condition, or not read at all, and never reaches the indices' statements the
  witness is checked against.

01-19 are false proofs, 20-23 false alarms, each a strict xfail until fixed (listed in FIXED); the guards (rt65a-guard-*) are faithful
notes that must keep their verdict.  Every note's step at issue is its last.  Each note's first comment gives the
hand check; the cause, as read from the code, is the reason of its xfail.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_HELD_BESIDE_MISSES = (
    "values_beside.held_beside holds a later sentence only where its inline maths equates a name of the step with a "
    "value (_relates_a_value), writes one beside a relation sign (_value_unread) or a plain-text letter relation; {}"
)
_AWAY_READ_AS_EXCEPTION = (
    "values_beside._AWAY takes '{}' as a word of exception and _away_clause leaves out its clause to the next comma "
    "({}), so the value in it ($x = 0$) is dropped as excepted, though the words say the step is used there: no "
    "value is read or held and x / x = 1 is proved"
)
_END_NOT_READ = (
    "orders_not_taken._indexed_beyond_convention reads an end below the convention's first step only from a Stated "
    "order of the index before the step (kind range/relation whose node is an order Statement, _range_end); {}, so "
    "t = 0 is never an end and abar_t (a name of its own, in (0, 1) by convention) is never written at index 0"
)
_INDEX_NOT_A_NAME = (
    "values_beside.held_beside reads a later sentence against the names the step writes (stated_values."
    "stated_equations: the Name nodes of its sides); the index letter t of abar_t is none, so {} relates no name "
    "of the step (_names_a_value, _keys_written) and is neither read nor held; _indexed_beyond_convention reads "
    "only the sentences before the step"
)

_HORIZON_UNCHECKED = (
    "assumptions: {} states T \\le 5 plainly, so stated_order keeps it as a kernel condition and 'continue's before "
    "it reaches context.index_statements, the only statements of the indices conditions.schedule_witnessed checks "
    "a witness against (T \\le 5 in 'Let $T \\le 5$ be an integer.' does reach them, and holds: guard 16); "
    "schedule_witness.witness then builds a schedule of any horizon meeting the chain (T = 192, t = 191, abar_t < "
    "1/2), and within_the_schedule trusts the refutation with it"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # Wrong (01-07): the step is said to be used at x = 0 (sigma = 0), where x / x has no value.
    "rt65a-01-used-when-x-vanishes-next-sentence-proved": _HELD_BESIDE_MISSES.format(
        "'We use it when $x$ vanishes' writes $x$ alone and says its value in words, which only said_after's first "
        "sentence reads (_read, _VALUE_IN_WORDS), so the value is dropped"
    ),
    "rt65a-02-used-at-x-equals-y-with-y-0-proved": _HELD_BESIDE_MISSES.format(
        "'$x = y$' relates two names (_names_a_value wants a side free of names) and '$y = 0$' a name the step does "
        "not write, so the value x = y = 0 is dropped (likewise '$x = a$, where $a := 0$')"
    ),
    "rt65a-03-used-with-x-i-0-for-every-i-step-at-x-1-proved": _HELD_BESIDE_MISSES.format(
        "names are matched by key, and x_i's key (x, '', i) is not x_1's (x, '', 1): a value said of x_i 'for every i' "
        "is not carried to the index the step writes, as fx64f carries orders said before the step"
    ),
    "rt65a-04-except-at-x-1-so-used-at-x-0-proved": (
        "values_beside._CLAUSE_END ends an exception's clause only at a comma, a semicolon or and/but/or/while/whereas; "
        "'so' (likewise 'hence', 'thus', 'which is why') does not, so _away_clause leaves out 'except at $x = 1$ so we "
        "may use it at $x = 0$' whole, x = 0 with it, and held_beside reads no value"
    ),
    "rt65a-05-apart-from-its-use-at-x-0-proved": _AWAY_READ_AS_EXCEPTION.format(
        "apart from", "'Apart from its use at $x = 0$', where 'apart from' means 'besides'"
    ),
    "rt65a-06-outside-the-main-proof-used-at-x-0-proved": _AWAY_READ_AS_EXCEPTION.format(
        "outside", "no comma: the whole sentence, 'outside' placing the use, not excepting a value"
    ),
    "rt65a-07-sigma-used-at-sigma-0-next-sentence-proved": (
        "held_beside holds the sentence 'We use it at $\\sigma = 0$' as a value not read, but conditions._value_unread "
        "holds such a step only where a divisor's sign is not known (requirement.sign(expr) is not True): sigma's "
        "positive convention makes sigma's sign known, so the note's own value outside the convention is dropped (x "
        "in its place is held: guard 02)"
    ),
    # Wrong (08-16): at t = 0, DDPM's abar_0 = 1 and log(1 - abar_0) = log 0 has no value.
    "rt65a-08-ddpm-for-t-0-to-big-t-listed-log-proved": _END_NOT_READ.format(
        "'For $t = 0, \\ldots, T$' is stated as the equation 't = 0' (hedges: a range, not a case), which _range_end "
        "turns into the strict order -t > 0 (its '=' is no '>=' or '<='), not a GreaterThan its end is read from"
    ),
    "rt65a-09-ddpm-for-t-in-set-0-to-big-t-log-proved": _END_NOT_READ.format(
        "'$t \\in \\{0, \\ldots, T\\}$' is stated as a relation in words whose node is the Name t (a membership in a "
        "set written with \\ldots is no order Statement), which it skips"
    ),
    "rt65a-10-ddpm-for-t-in-interval-0-big-t-log-proved": _END_NOT_READ.format(
        "'$t \\in [0, T]$' is stated with the Name t as its node (an interval with a letter end is not turned into "
        "0 \\le t \\le T as membership_order does for numbers), which it skips"
    ),
    "rt65a-11-ddpm-for-every-nonnegative-integer-t-log-proved": _END_NOT_READ.format(
        "'every nonnegative integer $t$' is stated as '$t$ beside the word nonnegative', a relation in words whose "
        "node is the Name t, which it skips (signed_unread concerns a log of t itself, not of 1 - abar_t)"
    ),
    "rt65a-12-ddpm-it-holds-for-t-at-least-0-after-log-proved": _INDEX_NOT_A_NAME.format(
        "'It holds for $t \\ge 0$' (after the display)"
    ),
    "rt65a-13-ddpm-t-at-least-0-beside-the-step-log-proved": _END_NOT_READ.format(
        "the order ', \\quad t \\ge 0' on the step's own row is no Stated item of the sentences before it (the list "
        "it is given holds only the context directive)"
    ),
    "rt65a-14-ddpm-at-t-0-after-the-display-log-proved": (
        "values_beside.said_after reads 'at $t = 0$.' as the equation t = 0 (a case in context.valued, read), a "
        "condition on the symbol t, which the step does not write: abar_t is a symbol of its own, never written at "
        "index 0, and _indexed_beyond_convention reads only the sentences before the step"
    ),
    "rt65a-15-ddpm-used-at-t-0-next-sentence-log-proved": _INDEX_NOT_A_NAME.format("'We use it at $t = 0$'"),
    "rt65a-16-ddpm-for-t-0-we-have-log-proved": _END_NOT_READ.format(
        "'For $t = 0$' is the equation 't = 0', which _range_end turns into the strict order -t > 0 (not a "
        "GreaterThan), and the condition t = 0 is on the symbol t, which the step does not write"
    ),
    # Wrong as a proof (17): eps may be eps_t, and E(eps_t^2) = 1.
    "rt65a-17-t-is-not-written-where-no-confusion-proved": (
        "dropped_indices._OMISSION has no negated verb of writing ('is not written', like 'implicit' or 'suppressed' a "
        "word of omission; the Spanish 'no se escribe' is read through _OMIT_ABROAD), and _WRITTEN_FOR takes 'written' "
        "only as one name written for itself indexed ($a$ for $a_t$), which the sentence does not write: $t$ is kept, "
        "and eps and eps_t are two independent noises"
    ),
    # Wrong (18-19): x_1 = -1 (x_1 <= -1), where log x_1 has no real value.
    "rt65a-18-x-i-is-minus-i-for-every-i-then-log-x-1-proved": (
        "orders_not_taken._orders_or_value takes a value of x_i as two orders only where it is a number "
        "(value.is_number); -i depends on the index, so it is dropped instead of written at the index the step "
        "writes (x_1 = -1)"
    ),
    "rt65a-19-x-i-at-most-minus-i-for-every-i-then-log-x-1-proved": (
        "orders_not_taken.orders_at_other_indices keeps an order only where it writes one name (len(names) == 1); "
        "'x_i \\le -i' also writes its index i, so it is left out as relating several names, though at x_1 it is "
        "x_1 \\le -1"
    ),
    # Right (20-21): T <= 5 and alpha_s > 0.9 give abar_t > 0.9^5 > 1/2, so |2 abar_t - 1| = 2 abar_t - 1.
    "rt65a-20-ddpm-alphas-above-0-9-and-t-at-most-5-abs-refuted": _HORIZON_UNCHECKED.format(
        "'Here $1 > \\alpha_1 > \\dots > \\alpha_T > 0.9$, and $T \\le 5$.'"
    ),
    "rt65a-21-ddpm-here-t-at-most-5-then-alphas-above-0-9-abs-refuted": _HORIZON_UNCHECKED.format(
        "'Here $T \\le 5$.' (its own sentence)"
    ),
    # Right (22-23): t <= 3 and alpha_s > 0.9 give abar_t > 0.9^3 > 1/2.
    "rt65a-22-ddpm-alphas-above-0-9-t-at-most-3-beside-the-step-abs-refuted": (
        "the order ', \\quad t \\le 3' on the step's row is a kernel condition (3 - t >= 0) and, a case, is kept out "
        "of context.index_statements (assumptions: 'a case is written into the step's indices', which an order is "
        "not: abar_t keeps its letter index); conditions.schedule_witnessed checks a witness only against those "
        "statements, so the witness at t = 191 is trusted"
    ),
    "rt65a-23-ddpm-alphas-above-0-9-it-holds-for-t-at-most-3-abs-refuted": _INDEX_NOT_A_NAME.format(
        "'It holds for $t \\le 3$'"
    )
    + "; with no statement of t, conditions.schedule_witnessed trusts the witness at t = 191",
}

#: The verdicts each finding may have once fixed: a wrong step is held or refuted, a right one held or proved.
SOUND = {
    name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {UNDECIDED, PROVED}) for name in FINDINGS
}

#: Findings fixed since (plain cases then).
FIXED: frozenset[str] = frozenset(
    {
        "rt65a-08-ddpm-for-t-0-to-big-t-listed-log-proved",
        "rt65a-09-ddpm-for-t-in-set-0-to-big-t-log-proved",
        "rt65a-10-ddpm-for-t-in-interval-0-big-t-log-proved",
        "rt65a-11-ddpm-for-every-nonnegative-integer-t-log-proved",
        "rt65a-12-ddpm-it-holds-for-t-at-least-0-after-log-proved",
        "rt65a-13-ddpm-t-at-least-0-beside-the-step-log-proved",
        "rt65a-14-ddpm-at-t-0-after-the-display-log-proved",
        "rt65a-15-ddpm-used-at-t-0-next-sentence-log-proved",
        "rt65a-16-ddpm-for-t-0-we-have-log-proved",
        "rt65a-18-x-i-is-minus-i-for-every-i-then-log-x-1-proved",
        "rt65a-19-x-i-at-most-minus-i-for-every-i-then-log-x-1-proved",
        "rt65a-20-ddpm-alphas-above-0-9-and-t-at-most-5-abs-refuted",
        "rt65a-21-ddpm-here-t-at-most-5-then-alphas-above-0-9-abs-refuted",
        "rt65a-22-ddpm-alphas-above-0-9-t-at-most-3-beside-the-step-abs-refuted",
        "rt65a-23-ddpm-alphas-above-0-9-it-holds-for-t-at-most-3-abs-refuted",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt65a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_65a_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt65a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt65a-guard-01-used-when-x-is-large-proved": PROVED,
    "rt65a-guard-02-used-at-x-0-next-sentence-undecided": UNDECIDED,
    "rt65a-guard-03-used-at-x-equals-y-with-y-positive-proved": PROVED,
    "rt65a-guard-04-used-with-x-i-positive-for-every-i-proved": PROVED,
    "rt65a-guard-05-except-at-x-0-so-used-elsewhere-proved": PROVED,
    "rt65a-guard-06-apart-from-x-0-holds-everywhere-proved": PROVED,
    "rt65a-guard-07-ddpm-for-t-1-to-big-t-listed-log-proved": PROVED,
    "rt65a-guard-08-ddpm-for-t-at-least-1-log-proved": PROVED,
    "rt65a-guard-09-ddpm-it-holds-for-t-at-least-1-after-log-proved": PROVED,
    "rt65a-guard-10-ddpm-for-t-at-least-0-log-undecided": UNDECIDED,
    "rt65a-guard-11-x-i-is-i-for-every-i-then-log-x-1-proved": PROVED,
    "rt65a-guard-12-x-i-at-least-i-for-every-i-then-log-x-1-proved": PROVED,
    "rt65a-guard-13-x-i-is-minus-1-for-i-at-least-2-then-log-x-1-proved": PROVED,
    "rt65a-guard-14-we-suppress-t-in-the-notation-undecided": UNDECIDED,
    "rt65a-guard-15-ddpm-alphas-above-0-9-no-bound-on-t-abs-refuted": REFUTED,
    "rt65a-guard-16-ddpm-let-t-at-most-5-be-an-integer-alphas-above-0-9-abs-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt65a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_red_team_65a_s_guards(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status == GUARDS[name], result.reason
