"""Red team 55a's notes (tests/data/notes/redteam_laws/rt55a-*), against this session's merges: the optimum rule's
whitelist (``notecheck/forward_fixed.py``: terms of q dropped only where nothing the note writes could make q or
its schedule learned), the horizon's bound and where-clause readers, and the screen of a ∝ or a derivative by what
the note says of its names.

Each finding is a false proof (the step at issue is the note's last); each is a strict xfail until fixed (listed in
FIXED).  The guards (rt55a-guard-*) are faithful notes that must keep their verdict.  Fixed: 09, 10, 20-25, 27, 31;
01-08, 11-16, 26, 28-30 by withdrawing the optimum rule and the display/"Let ... be an integer" horizon bounds (session
54: their guards are undecided now); 17 (xf56a), 18, 19 (xf56b, session 56).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notes import read_notes

_UNLISTED = (
    "forward_fixed only checks a sentence beside q or the schedule that writes theta or a word of _LEARNED; {} is "
    "in no listed language or stem, so the sentence is never asked to be a faithful form and q's term is dropped"
)
_UNSHOWN = (
    "forward_fixed reads the prose as notes.prose gives it, which drops {}; the line is counted as prose read, so "
    "_elsewhere does not read its source either"
)

_HORIZON = (
    "indices._horizon_bound (through Timeline._horizon_set) reads a display T >= 5 as the horizon for every step "
    "after it unless it is unasserted, held or quoted (lead_ins._unasserted_displays); {}"
)
_LET_INTEGER = (
    "hedges._let_be_integer reads 'Let $T \\ge 5$ be an integer.' by its own words alone and makes it the horizon "
    "for the note; {}"
)

_SOURCE = "forward_fixed searched the source's words for learning, where {} keeps the word the page shows from matching"
_DISPLAYED = (
    "judging._sentence_ties skips a relation a step states (origin 'step'): s - 2x = 0 asserted in a display ties "
    "s to nothing, and the {} holds s fixed"
)
_CHAIN = (
    "judging._sentence_ties ties the names of one sentence's relation only (s with u, u with x), and no chain of "
    "ties was followed, so the {} held s fixed"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt55a-01-schedule-learned-in-swedish-proved": _UNLISTED.format("Swedish 'lärs in'"),
    "rt55a-02-schedule-learned-in-vietnamese-proved": _UNLISTED.format("Vietnamese 'được học'"),
    "rt55a-03-schedule-obtained-end-to-end-proved": _UNLISTED.format("'obtained end-to-end'"),
    "rt55a-04-schedule-chosen-to-maximise-the-objective-proved": _UNLISTED.format("'chosen to maximise'"),
    "rt55a-05-gradient-step-on-the-schedule-proved": _UNLISTED.format(
        "a gradient in beta written in maths (\\nabla_beta)"
    ),
    "rt55a-06-image-alt-text-schedule-learned-proved": _UNSHOWN.format("an image's alt text"),
    "rt55a-07-link-title-schedule-learned-proved": _UNSHOWN.format("a link's title"),
    "rt55a-08-html-title-attribute-schedule-learned-proved": _UNSHOWN.format("an HTML element's attributes"),
    "rt55a-09-horizon-bound-for-example-proved": _HORIZON.format("an example's display (timeline.examples) was not"),
    "rt55a-10-horizon-bound-asked-proved": _HORIZON.format(
        "_UNASSERTING's question opener needs a space after the verb (a lead-in 'Does' alone has none), and the "
        "'?' of the words after is cut off by lead_ins._sentences before _UNASSERTING_AFTER reads them"
    ),
    "rt55a-11-horizon-bound-otherwise-proved": _HORIZON.format("'Otherwise' (one case of two) is no supposition"),
    "rt55a-12-horizon-bound-is-an-example-after-proved": _HORIZON.format(
        "words after the display that make it an example are read only for a counterfactual, a question or a denial"
    ),
    "rt55a-13-let-be-integer-in-a-proof-by-contradiction-proved": _LET_INTEGER.format(
        "a supposition for contradiction in the sentence before is not read"
    ),
    "rt55a-14-let-be-integer-then-denied-proved": _LET_INTEGER.format(
        "the next sentence's 'This is impossible here.' is not read (lead_ins._NEVER_SO reads displays only)"
    ),
    "rt55a-15-horizon-bound-in-a-case-section-proved": _HORIZON.format(
        "a section's heading scopes nothing (as rt54r-06): the bound holds in the next section"
    ),
    "rt55a-16-horizon-bound-after-e-g-proved": _HORIZON.format(
        "hedges._EXAMPLE_LEAD_IN ends in \\b, which fails after 'E.g.' at the end of its lead-in (no word character "
        "follows the dot), so the display is no example"
    ),
    "rt55a-17-where-clause-defines-a-name-bound-for-every-proved": (
        "Timeline._where_after makes the rows after 'where' definitions for the step, and a universal quantifier "
        "in words ('freed', hedges) ends only the definitions stated before it, so a = 3b, which 'For every $a$' "
        "denies, proves the step (its first)"
    ),
    "rt55a-18-propto-relation-in-a-display-proved": _DISPLAYED.format("∝ check"),
    "rt55a-19-derivative-relation-in-a-display-proved": _DISPLAYED.format("derivative reader"),
    "rt55a-29-let-be-integer-first-of-a-list-of-cases-proved": _LET_INTEGER.format(
        "a list item's sentence is read as a sentence of its own, the list of cases around it not"
    ),
    "rt55a-30-let-be-integer-after-for-instance-proved": _LET_INTEGER.format(
        "an example's lead-in in the paragraph before ('For instance:') is not read (hedges._example reads "
        "the sentence's own words)"
    ),
    "rt55a-22-learned-split-by-bold-marks-proved": _SOURCE.format("emphasis marks splitting a word"),
    "rt55a-23-learned-split-by-a-soft-hyphen-proved": _SOURCE.format("a soft hyphen splitting a word"),
    "rt55a-24-learned-with-a-character-reference-proved": _SOURCE.format("an HTML character reference"),
    "rt55a-25-learned-in-fullwidth-letters-proved": _SOURCE.format("fullwidth letters"),
    "rt55a-31-learned-split-by-an-html-tag-proved": (
        "markdown._shown_words blanks a tag in place, so a word it splits reads 'lear       ned' to forward_fixed"
    ),
    "rt55a-26-learned-with-a-cyrillic-letter-proved": (
        "a homoglyph (Cyrillic e in 'learned') is a letter of its own to the whitelist's words: NFKC folds no "
        "confusables"
    ),
    "rt55a-27-not-struck-through-proved": (
        "markdown._noting_tildes noted the tildes' offset on the pending text the strikethrough rule pushes first, "
        "so _struck_blanked blanked the wrong span of the prose ('is ~~no      arned')"
    ),
    "rt55a-28-levels-trained-two-paragraphs-after-proved": (
        "forward_fixed reads a sentence of learning beside q's only one sentence away; 'The per-step levels are "
        "trained' two paragraphs after the schedule writes neither theta, q nor a word of the forward process"
    ),
    "rt55a-20-propto-chain-of-two-relations-proved": _CHAIN.format("∝ check"),
    "rt55a-21-derivative-chain-of-two-relations-proved": _CHAIN.format("derivative reader"),
}

#: A false proof fixed is undecided or refuted.
SOUND = frozenset({UNDECIDED, REFUTED})

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # withdrawn in session 54: the optimum rule (q's terms dropped) and the horizon bounds read from a display or
        # from "Let $T \\ge 5$ be an integer." (01-08, 26, 28; 11-16, 29, 30): nothing proves these steps now
        "rt55a-01-schedule-learned-in-swedish-proved",
        "rt55a-02-schedule-learned-in-vietnamese-proved",
        "rt55a-03-schedule-obtained-end-to-end-proved",
        "rt55a-04-schedule-chosen-to-maximise-the-objective-proved",
        "rt55a-05-gradient-step-on-the-schedule-proved",
        "rt55a-06-image-alt-text-schedule-learned-proved",
        "rt55a-07-link-title-schedule-learned-proved",
        "rt55a-08-html-title-attribute-schedule-learned-proved",
        "rt55a-11-horizon-bound-otherwise-proved",
        "rt55a-12-horizon-bound-is-an-example-after-proved",
        "rt55a-13-let-be-integer-in-a-proof-by-contradiction-proved",
        "rt55a-14-let-be-integer-then-denied-proved",
        "rt55a-15-horizon-bound-in-a-case-section-proved",
        "rt55a-16-horizon-bound-after-e-g-proved",
        "rt55a-26-learned-with-a-cyrillic-letter-proved",
        "rt55a-28-levels-trained-two-paragraphs-after-proved",
        "rt55a-29-let-be-integer-first-of-a-list-of-cases-proved",
        "rt55a-30-let-be-integer-after-for-instance-proved",
        # rt55a: an example's display sets no horizon (Timeline._horizon_set skips timeline.examples)
        "rt55a-09-horizon-bound-for-example-proved",
        # rt55a: a lead-in that is only a question's verb ("Does") does not assert its display (lead_ins._UNASSERTING)
        "rt55a-10-horizon-bound-asked-proved",
        # rt55a: ties are followed through chains of ties and of definitions of numbers (judging._chained)
        "rt55a-20-propto-chain-of-two-relations-proved",
        "rt55a-21-derivative-chain-of-two-relations-proved",
        # rt55a: an equation displayed between plain values that is no identity ties its names
        # (statements.displayed_ties)
        "rt55a-18-propto-relation-in-a-display-proved",
        "rt55a-19-derivative-relation-in-a-display-proved",
        # rt55a: forward_fixed reads words as shown (forward_fixed._shown: references resolved, NFKC, no format
        # characters or emphasis marks)
        "rt55a-22-learned-split-by-bold-marks-proved",
        "rt55a-23-learned-split-by-a-soft-hyphen-proved",
        "rt55a-24-learned-with-a-character-reference-proved",
        "rt55a-25-learned-in-fullwidth-letters-proved",
        # rt55a: and also with the runs of blanks a tag or a comment left dropped (forward_fixed._shown)
        "rt55a-31-learned-split-by-an-html-tag-proved",
        # rt55a: the struck span's offsets skip the pending text pushed before the tildes (markdown._noting_tildes)
        "rt55a-27-not-struck-through-proved",
        # xf56a: a row of a step's where clause that gives a value to a name freed by the step's line ("For every
        # $a$") is a relation, not a definition (Timeline._freed_before).  Checked by hand: a + a = 6b fails at a = 0,
        # b = 1, and a = 3b pins what the quantifier frees.
        "rt55a-17-where-clause-defines-a-name-bound-for-every-proved",
    }
)


#: The notes whose step at issue is their first (the others': their last).
_FIRST = frozenset(
    {
        "rt55a-17-where-clause-defines-a-name-bound-for-every-proved",
        "rt55a-guard-05-where-clause-beside-another-name-for-every-proved",
        "rt55a-guard-10-where-clause-before-a-later-for-every-proved",
    }
)


def _judged(name: str):
    return red_team.judged(name, last=() if name in _FIRST else {name})


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt55a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_55a_s_notes(name):
    result = _judged(name)
    assert not result.internal, result.reason
    assert result.status in SOUND, result.reason


#: Faithful notes (rt55a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt55a-guard-01-swedish-sentence-without-the-schedule-proved": UNDECIDED,
    "rt55a-guard-02-schedule-fixed-hyperparameters-beside-alt-text-proved": UNDECIDED,
    "rt55a-guard-03-throughout-horizon-bound-proved": UNDECIDED,
    "rt55a-guard-04-let-be-integer-then-more-words-proved": UNDECIDED,
    "rt55a-guard-05-where-clause-beside-another-name-for-every-proved": PROVED,
    "rt55a-guard-06-propto-chain-to-another-variable-proved": PROVED,
    "rt55a-guard-07-derivative-chain-to-another-variable-proved": PROVED,
    "rt55a-guard-08-strike-elsewhere-then-fixed-hyperparameters-proved": UNDECIDED,
    "rt55a-guard-09-struck-learned-sentence-then-fixed-proved": UNDECIDED,
    "rt55a-guard-10-where-clause-before-a-later-for-every-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt55a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


_SPLIT = r"\sum_{t=5}^{T} \log q(x_t \mid x_{t-1}) = \log q(x_5 \mid x_4) + \sum_{t=6}^{T} \log q(x_t \mid x_{t-1})"

#: Held-out lead-ins of a display T >= 5 before the split: an example's (en, fr, de) or a question's sets no
#: horizon (the split is not proved); a plain or assumed one does.
EXAMPLE_LEAD_INS = {
    "For instance,": UNDECIDED,
    "Par exemple,": UNDECIDED,
    "Zum Beispiel": UNDECIDED,
    "Example:": UNDECIDED,
    "Does": UNDECIDED,
    "Is it true that": UNDECIDED,
    "Can": UNDECIDED,
    "This is": UNDECIDED,
    "We assume": UNDECIDED,
    "Throughout,": UNDECIDED,
}


@pytest.mark.parametrize("lead", sorted(EXAMPLE_LEAD_INS))
def test_an_example_sets_no_horizon(lead):
    result = red_team.last(f"{lead}\n\n$$\nT \\geq 5\n$$\n\n$$\n{_SPLIT}\n$$\n")
    assert result.status == EXAMPLE_LEAD_INS[lead] and not result.internal, result.reason


_OPTIMUM = (
    "$$\n\\operatorname{argmax}_\\theta \\mathbb{E}_{q(x_{1:T} \\mid x_0)}\\left[\\ln p_\\theta(x_0 \\mid x_1) + \\ln "
    "q(x_1 \\mid x_0)\\right] = \\operatorname{argmax}_\\theta \\mathbb{E}_{q(x_{1:T} \\mid x_0)}\\left[\\ln "
    "p_\\theta(x_0 \\mid x_1)\\right]\n$$\n"
)
_PROPTO = "As a function of $x$,\n$$\ne^{-x^2 + s} \\propto e^{-x^2}\n$$\n"
_DERIVATIVE = "$$\n\\frac{d}{dx}\\left(x^2 + s\\right) = 2x\n$$\n"

#: Held-out chains before a step that holds s fixed in x: s tied to x through them is not held fixed (undecided);
#: s tied through them to another name only keeps the step's proof.
CHAINS = {
    "a display definition, then a sentence": ("$$\nu := 2x\n$$\n\nLet $s = u + 1$.\n\n", UNDECIDED),
    "three sentences": ("Let $v = 3x$.\n\nLet $u = v - 1$.\n\nLet $s = 2u$.\n\n", UNDECIDED),
    "words, then a sentence": ("Let $s$ be the loss of the model with mean $m$.\n\nLet $m = 2x$.\n\n", UNDECIDED),
    "in French": ("Soit $u = 2x$.\n\nSoit $s = u + 1$.\n\n", UNDECIDED),
    "three sentences, to y": ("Let $v = 3y$.\n\nLet $u = v - 1$.\n\nLet $s = 2u$.\n\n", PROVED),
    "a display definition of another name": ("$$\nu := 2x\n$$\n\nLet $s = w + 1$.\n\n", PROVED),
}


@pytest.mark.parametrize("step", ["propto", "derivative"])
@pytest.mark.parametrize("name", sorted(CHAINS))
def test_a_chain_of_ties_holds_no_name_fixed(name, step):
    before, verdict = CHAINS[name]
    result = red_team.last(before + (_PROPTO if step == "propto" else _DERIVATIVE))
    assert result.status == verdict and not result.internal, result.reason


#: Held-out strikes in a paragraph (text before them, maths before them, two in a row, an escaped tilde): the prose
#: as read, each struck span blanked in place and nothing else changed.
STRUCK = {
    "The schedule is ~~not~~ learned.": "The schedule is         learned.",
    "The $a$ is ~~not~~ learned.": "The $a$ is         learned.",
    "~~x~~ y and ~~z~~ w.": "      y and       w.",
    "a \\~~~b~~ c": "a \\~      c",
}


@pytest.mark.parametrize("source", sorted(STRUCK))
def test_a_struck_span_is_blanked_in_place(source):
    notes = read_notes(f"{source}\n\n$$\na = a\n$$\n", markdown=True)
    assert notes.prose[0].text == STRUCK[source]


#: Held-out words the page shows as learning, beside the schedule, split or disguised in the source (italic marks,
#: a zero-width space, a named reference, a ligature, a word in code): the q term is not dropped.  The faithful form
#: beside them keeps its proof.
SHOWN = {
    "italic marks": ("The schedule $\\beta_t$ is _lear_ned.", REFUTED),
    "a zero-width space": ("The schedule $\\beta_t$ is lea\u200brned.", REFUTED),
    "a named reference": ("The schedule $\\beta_t$ is le&shy;arned.", REFUTED),
    "a comment inside a word": ("The schedule $\\beta_t$ is lear<!-- x -->ned.", REFUTED),
    "a link inside a word": ("The schedule $\\beta_t$ is [lea](#)rned.", REFUTED),
    "a ligature": ("The schedule $\\beta_t$ is \ufb01tted jointly.", REFUTED),
    "faithful, beside a reference": ("The $\\beta_t$ are fixed hyperparameters. See &sect;2.", UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_words_are_read_as_shown(name):
    before, verdict = SHOWN[name]
    result = red_team.last(red_team.DDPM + before + "\n\n" + _OPTIMUM)
    if verdict == PROVED:
        assert result.status == PROVED, result.reason
    else:
        assert result.status in SOUND and not result.internal, result.reason


_WHERE = "\n\n$$\na + a = 6 b\n$$\n\n{}\n\n$$\na = 3 b\n$$\n"

#: Held-out where clauses of a step whose line frees the name they give a value (for all, \forall beside the step,
#: French "pour tout ... où", German "für alle ... wobei"): the row is no definition (undecided); a quantifier of
#: another name keeps it one (proved).
FREED_WHERE = {
    "for all": ("For all $a$," + _WHERE.format("where"), UNDECIDED),
    "forall beside": (_WHERE.format("where").replace("6 b\n", "6 b \\quad \\forall a\n", 1), UNDECIDED),
    "pour tout": ("Pour tout $a$," + _WHERE.format("où"), UNDECIDED),
    "für alle": ("Für alle $a$ gilt" + _WHERE.format("wobei"), UNDECIDED),
    "another name": ("For all $c$," + _WHERE.format("where"), PROVED),
}


@pytest.mark.parametrize("name", sorted(FREED_WHERE))
def test_a_where_clause_does_not_pin_a_freed_name(name):
    text, verdict = FREED_WHERE[name]
    result = red_team.report(text).results[0]
    assert result.status == verdict and not result.internal, result.reason
