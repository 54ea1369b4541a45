"""Red team 57a's notes (tests/data/notes/redteam_laws/rt57a-*), against session 56's merges (main at 45289f7):
displayed ties whose every term holds a random variable's letter (xf56b), definitions under cases of a step index and
ranges written as members (xf56a), "si"/"se" before a verb of fact (xf56b), faint ink and what it is written on
(xf56b), schedule renamings (xf56a), an equality in law said in words that the equal-integrands rule takes for a
definition (up56, 26-27), and two definitions of random variables main at b3fc202 uses too (21-22, pre-existing).

Each finding is a false proof (23, 28 and 29 lost proofs): a strict xfail until fixed (listed in FIXED); the guards
(rt57a-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.  Each note's
first comment gives the hand check (why the step is wrong or right) and the cause as read from the code.  Fixed by
fx57c: 01-02, 11-16, 18, 21-22, 24-27 (held-out variants in tests/test_notes_reading_57c.py); by fx57b: 03-10,
19-20 (held-out variants below); by xf58: 28-29 (tests/test_notes_alternative_cases.py); by xf60: 17, 23 (held-out
variants in tests/test_notes_fixes_xf60.py).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_TIES = (
    "displayed_ties.relates ties nothing where every term of the expanded difference has a random variable's letter "
    "(s e^x - 2x e^x: x in both), though s = 2x there, so {} holds s fixed"
)
_CASE = "Timeline._sentence_cases reads {}, so the definition holds at every step and a := 3 proves the step at {}"
_FACT = (
    "hedges._OF_FACT lists '{}' as a verb of fact after 'si'/'se', but '{}' is 'if it is'/'if it can' too: the "
    "condition is read as a fact and a := 3 proves the step (main held it)"
)
_GROUND = "css._background {}, so the ink is read against {} and seen"
_RENAMED = (
    "schedules.renamed keeps the context's meaning where an admissible point satisfies the definition ({}); the point "
    "found at a generic t breaks t = 1 (alpha_1 = abar_0 = 1), so DDPM's transitions in alpha_t prove the mean"
)

_IN_LAW = (
    "{} the maths is not read as equality in law, so x = -y enters context.random_definitions (beside 'independent "
    "of $y$'), and readings.integrands_through_definitions writes x through it inside E_x (main held it)"
)

_UNION = (
    "Timeline._in_case asks the step's index to meet every case the sentence writes (their intersection), though {} "
    "is their union, so a := 3 is a relation and the proof is lost"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # Wrong: s e^x = 2x e^x and e^x > 0 give s = 2x, so d/dx (x^2 + s) = 2x + 2.
    "rt57a-01-displayed-tie-every-term-times-exp-derivative-proved": _TIES.format("the derivative reader"),
    # Wrong: s = 2x, so e^{-x^2 + s} / e^{-x^2} = e^{2x} changes with x.
    "rt57a-02-displayed-tie-every-term-times-x-proportional-proved": _TIES.format("the ∝ check"),
    # Wrong (03-10): a is any number at the step's index, and a + a = 6 fails at a = 0.
    "rt57a-03-for-t-not-1-let-used-at-t-1-proved": _CASE.format(
        "no case from t \\ne 1 (Timeline._remark_case reads no node from it, and indices.index_case reads =, <, <=, "
        ">, >= only)",
        "t = 1",
    ),
    "rt57a-04-for-t-strictly-between-1-and-T-used-at-t-1-proved": _CASE.format(
        "no case from 1 < t < T (indices.index_case skips a bound by the size under <= only, and returns None for "
        "t < T)",
        "t = 1",
    ),
    "rt57a-05-for-t-in-a-set-of-members-used-at-t-1-proved": _CASE.format(
        "no case from t \\in \\{2, 3\\} (timeline._MEMBERS needs dots, index_case reads no membership)", "t = 1"
    ),
    "rt57a-06-for-t-greater-than-one-in-words-used-at-t-1-proved": _CASE.format(
        "cases from the sentence's maths alone, not 'For $t$ greater than 1'", "t = 1"
    ),
    "rt57a-07-unless-t-above-1-let-used-at-t-3-proved": (
        "Timeline._sentence_cases takes t > 1 as the case the definition holds under whatever word introduces it "
        "('unless' negates it), and t = 3 meets it"
    ),
    "rt57a-08-case-met-but-definition-shifted-to-t-minus-1-proved": (
        "Timeline._in_case checks the case (t > 1) against the step's index t = 2, not the index t - 1 = 1 the "
        "definition a_t := 3 is used at, where it is not set"
    ),
    "rt57a-09-even-members-used-at-an-odd-step-proved": (
        "timeline._MEMBERS reads a range's members as its bounds whatever the stride (t = 2, 4, ..., T as "
        "2 <= t <= T), so t = 3 meets the case"
    ),
    "rt57a-10-members-up-to-T-minus-1-used-at-t-T-proved": _CASE.format(
        "no case from t = 1, \\ldots, T - 1 (timeline._MEMBERS reads a last member that is a size or a number only)",
        "t = T",
    ),
    # Wrong (11-13): the definition is a condition ("if ..."), and a is any number.
    "rt57a-11-italian-se-e-vero-che-proved": _FACT.format("è", "se è (vero che)"),
    "rt57a-12-italian-se-sono-proved": _FACT.format("sono", "se sono"),
    "rt57a-13-spanish-si-puede-proved": _FACT.format("puede", "si puede"),
    # Wrong (14-18): the definition is printed unseen; the shown text says a is any number.
    "rt57a-14-black-ink-on-a-black-gradient-proved": _GROUND.format(
        "reads colour words of 'background' only, not an image (linear-gradient(#000, #000))", "the white page"
    ),
    "rt57a-15-black-ink-on-a-var-background-proved": _GROUND.format(
        "finds no colour in var(--bg) and takes the white page, though a ground not read may be any colour", "white"
    ),
    "rt57a-16-white-ink-on-a-white-gradient-over-black-proved": _GROUND.format(
        "takes 'background''s colour (#000) and not the image painted over it (a white gradient)", "black"
    ),
    "rt57a-17-ink-eeeeee-below-the-point-of-invisibility-proved": (
        "css.faint takes only APCA Lc 0 as unseen; #eeeeee on white is Lc 10, under Lc 15, which APCA calls the "
        "point of invisibility for many readers (a judgement: the lead chose Lc 0 to read cyan, Lc 12; APCA states Lc 15 "
        "for every hue, and no published rule found keeps saturated ink at Lc 0 while holding grey below Lc 15, so it "
        "is left open)"
    ),
    "rt57a-18-tex-black-ink-in-a-black-colorbox-proved": (
        "tex.faint_ink reads the ink against a white page only, never \\colorbox's (or \\fcolorbox's) background"
    ),
    # Wrong (19-20): in the note's letters DDPM's forward mean is sqrt(abar_t / abar_{t-1}) x_{t-1}, which differs
    # from sqrt(alpha_t) x_{t-1} (abar_{t-1} = 0.9, abar_t = 0.45).
    "rt57a-19-let-alpha-denote-root-abar-forward-mean-proved": _RENAMED.format(
        "alpha_t = sqrt(alpha_t abar_{t-1}) at alpha_t = abar_{t-1}"
    ),
    "rt57a-20-let-alpha-denote-previous-abar-forward-mean-proved": _RENAMED.format("alpha_t = abar_{t-1}"),
    # Wrong: x is any random variable after the example (x independent of y: E[x y] = 0, not 2).
    "rt57a-21-definition-for-example-then-any-variable-proved": (
        "the example's x = 2y enters context.random_definitions ('for example ... this is only an example' scopes "
        "nothing, 'Now let $x$ be any random variable' frees no random variable), and the step is proved with x "
        "written through it (pre-existing)"
    ),
    # Wrong: x = 2y on y > 0 only (x = 0 on y <= 0: E[x y] = 1, not 2).
    "rt57a-22-definition-on-an-event-only-proved": (
        "'almost surely on the event $y > 0$' after the maths is read as no restriction, so x = 2y enters "
        "context.random_definitions and the step is proved with x written through it (pre-existing)"
    ),
    # Right: a := 3 for every step.
    "rt57a-23-for-every-step-then-t-2-as-an-example-undecided": (
        "Timeline._sentence_cases takes any index case in the sentence's maths (t = 2, an example of what follows) "
        "as the case the definition is set under, so a := 3 is a relation at a step of no known index; held on "
        "purpose (xf58): no general rule of the prose frees a case named as an example, which may be the very case a "
        "definition is set under ('For example, for $t = 2$, let $a := 3$' sets a at t = 2 only) or restrict an "
        "'every step' said before it ('... for every step; we use it at $t = 2$ only'), and a lost proof is the "
        "sound side"
    ),
    # Right (28-29): a := 3 at t = 1 and at every t > 1.
    "rt57a-28-for-t-above-1-and-also-t-1-used-at-t-1-undecided": _UNION.format("'For $t > 1$, and also for $t = 1$'"),
    "rt57a-29-whether-t-1-or-t-above-1-undecided": _UNION.format("'whether $t = 1$ or $t > 1$'")
    + " (and indices.case_turned holds a case that 'whether'/'or' give as one of several)",
    # Wrong (24-25): black ink on an ancestor's black background, unseen; the shown text says a is any number.
    "rt57a-24-black-ink-in-a-black-div-proved": _GROUND.format(
        "is the element's own background only, never an ancestor's (a div's)", "the white page"
    ),
    "rt57a-25-black-ink-in-a-black-span-proved": _GROUND.format(
        "is the element's own background only, never an enclosing span's", "the white page"
    ),
    # Wrong (26-27): x, y independent standard normals: E[x y] = 0, E[-y^2] = -1 (y E[x] = 0 against -y^2 with y fixed).
    "rt57a-26-in-distribution-before-the-maths-expectation-proved": _IN_LAW.format("'In distribution,' before"),
    "rt57a-27-in-law-after-the-maths-expectation-proved": _IN_LAW.format("'in law' after"),
}

#: A false proof fixed is undecided or refuted; a lost proof fixed is proved.
SOUND = {name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {PROVED}) for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt57a-01-displayed-tie-every-term-times-exp-derivative-proved",
        "rt57a-02-displayed-tie-every-term-times-x-proportional-proved",
        "rt57a-11-italian-se-e-vero-che-proved",
        "rt57a-12-italian-se-sono-proved",
        "rt57a-13-spanish-si-puede-proved",
        "rt57a-14-black-ink-on-a-black-gradient-proved",
        "rt57a-15-black-ink-on-a-var-background-proved",
        "rt57a-16-white-ink-on-a-white-gradient-over-black-proved",
        "rt57a-18-tex-black-ink-in-a-black-colorbox-proved",
        "rt57a-21-definition-for-example-then-any-variable-proved",
        "rt57a-22-definition-on-an-event-only-proved",
        "rt57a-24-black-ink-in-a-black-div-proved",
        "rt57a-25-black-ink-in-a-black-span-proved",
        "rt57a-26-in-distribution-before-the-maths-expectation-proved",
        "rt57a-27-in-law-after-the-maths-expectation-proved",
        "rt57a-03-for-t-not-1-let-used-at-t-1-proved",
        "rt57a-04-for-t-strictly-between-1-and-T-used-at-t-1-proved",
        "rt57a-05-for-t-in-a-set-of-members-used-at-t-1-proved",
        "rt57a-06-for-t-greater-than-one-in-words-used-at-t-1-proved",
        "rt57a-07-unless-t-above-1-let-used-at-t-3-proved",
        "rt57a-08-case-met-but-definition-shifted-to-t-minus-1-proved",
        "rt57a-09-even-members-used-at-an-odd-step-proved",
        "rt57a-10-members-up-to-T-minus-1-used-at-t-T-proved",
        "rt57a-19-let-alpha-denote-root-abar-forward-mean-proved",
        "rt57a-20-let-alpha-denote-previous-abar-forward-mean-proved",
        "rt57a-28-for-t-above-1-and-also-t-1-used-at-t-1-undecided",
        "rt57a-29-whether-t-1-or-t-above-1-undecided",
        "rt57a-23-for-every-step-then-t-2-as-an-example-undecided",
        "rt57a-17-ink-eeeeee-below-the-point-of-invisibility-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt57a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_57a_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt57a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt57a-guard-01-display-of-draws-then-an-untied-constant-proved": PROVED,
    "rt57a-guard-02-members-from-2-used-at-t-2-proved": PROVED,
    "rt57a-guard-03-italian-si-ha-a-fact-proved": PROVED,
    "rt57a-guard-04-grey-ink-on-white-proved": PROVED,
    "rt57a-guard-05-expectation-over-the-draw-a-variable-is-made-of-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt57a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason


_AT = "\n\n$$\na + a = 6 \\quad {}\n$$\n"
_FAMILY_AT = "For $t > 1$, let $a_t := 3$.\n\n$$\n{0} + {0} = 6{1}\n$$\n"

#: Held-out cases of a step index not read exactly (fixed with 03-10): a definition under one relates its names only,
#: so a + a = 6 is undecided at a step the case leaves out (each is wrong there: a is any number); a case read exactly,
#: "for all $t$", an index named in passing, and a family used inside its case keep the proof.
UNREAD_CASES = {
    "not equal, written neq": ("For $t \\neq 2$, let $a := 3$." + _AT.format("(t = 2)"), UNDECIDED),
    "not a member": ("For $t \\notin \\{1\\}$, let $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "strictly between, from 2": ("For $2 < t < T$, let $a := 3$." + _AT.format("(t = 2)"), UNDECIDED),
    "a set without dots": ("For $t \\in \\{3, 4\\}$, let $a := 3$." + _AT.format("(t = 2)"), UNDECIDED),
    "at least, in words": ("For $t$ at least 2, let $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "odd, before the index": ("For odd $t$, let $a := 3$." + _AT.format("(t = 2)"), UNDECIDED),
    "except when": ("Except when $t = 1$, let $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "odd members": ("For $t = 1, 3, \\ldots, T$, let $a := 3$." + _AT.format("(t = 2)"), UNDECIDED),
    "a family two steps back": (_FAMILY_AT.format("a_{t-2}", " \\quad (t = 3)"), UNDECIDED),
    "a family at a first step": (_FAMILY_AT.format("a_1", ""), UNDECIDED),
    "consecutive members, inside": ("For $t = 2, 3, \\ldots, T$, let $a := 3$." + _AT.format("(t = 3)"), PROVED),
    "a family inside": (_FAMILY_AT.format("a_t", " \\quad (t = 2)"), PROVED),
    "a family one step back, inside": (_FAMILY_AT.format("a_{t-1}", " \\quad (t = 3)"), PROVED),
    "for all t": ("For all $t$, let $a := 3$.\n\n$$\na + a = 6\n$$\n", PROVED),
    "the index named in passing": ("Let $a := 3$, where $t$ is the step.\n\n$$\na + a = 6\n$$\n", PROVED),
}


@pytest.mark.parametrize("name", sorted(UNREAD_CASES))
def test_a_case_not_read_exactly_holds_the_definition(name):
    text, verdict = UNREAD_CASES[name]
    result = red_team.last(text)
    assert result.status == verdict and not result.internal, result.reason


#: Held-out renamings by other names of the schedule (fixed with 19-20): no identity under DDPM, so the context's
#: forward mean in alpha_t is not the note's (undecided; each is wrong in the note's letters); a meaning the context's
#: relations give, or a value the note chooses, keeps the proof.
SCHEDULE_RENAMINGS = {
    "a square of abar": ("Let $\\alpha_t$ denote $\\bar\\alpha_t^2$." + red_team.FORWARD_MEAN, UNDECIDED),
    "the next abar": ("Let $\\alpha_t := \\bar\\alpha_{t+1}$." + red_team.FORWARD_MEAN, UNDECIDED),
    "the context's own": ("Let $\\alpha_t := 1 - \\beta_t$." + red_team.FORWARD_MEAN, PROVED),
    "a value chosen": ("Let $\\alpha_t := 0.9$." + red_team.FORWARD_MEAN, PROVED),
}


@pytest.mark.parametrize("name", sorted(SCHEDULE_RENAMINGS))
def test_a_schedule_name_by_others_of_it_is_renamed(name):
    said, verdict = SCHEDULE_RENAMINGS[name]
    result = red_team.last(red_team.DDPM + said)
    assert result.status == verdict and not result.internal, result.reason
